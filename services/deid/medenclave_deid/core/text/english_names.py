"""Names and places written as plain words in English notes: a word survives only if known safe.

Every word a recogniser has not already claimed is judged on what it is and where it stands:

* **cues** make the words after or before them a name whatever they are: titles (``Dr.``,
  ``Mrs``), labels (``Patient:``, ``Caller:``, ``Signed by``), kinship and role words (``her
  son, Kevin``), credentials after a name (``J. Garcia, RN``), signatures (``/s/``);
* **pairs**: a given name next to a surname (``Amanda Taylor``, ``HILL, EDWARD``), with or
  without middle initials, is a name even when each word is also an everyday word;
* a word known as a name (given name or surname, from a multicultural lexicon) is a name,
  unless it is also an everyday word (``Will``, ``Rose``, ``Young``) — then only where the
  context says so: capitalised inside a sentence, next to another name, before a verb that
  people do (``Grace called``);
* a capitalised word that is neither an everyday word nor clinical vocabulary (a drug, an
  eponym, a word built from medical parts) is a proper noun: a name, or a place when the
  gazetteer knows it or a place word introduces it;
* everything else — everyday words, clinical vocabulary, measurements — stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_derived import is_derived_word
from medenclave_deid.core.text.english_judge import Judge
from medenclave_deid.core.text.english_lower_contacts import lower_case_contacts
from medenclave_deid.core.text.english_name_shapes import (
    dictated_names,
    field_comma_pairs,
    given_names_before_places,
    lines_of_upper_case_names,
    listed_people,
    names_before_roles,
    nicknames,
    sign_offs,
)
from medenclave_deid.core.text.english_people import (
    described_people,
    given_names_in_context,
    lower_case_fields,
    particle_names,
    signatures,
)
from medenclave_deid.core.text.english_pinyin_names import pinyin_names
from medenclave_deid.core.text.english_relatives10 import lower_case_relatives
from medenclave_deid.core.text.english_spoken_names import spoken_names
from medenclave_deid.core.text.english_words import (
    ALLCAPS_KEEP,
    CREDENTIAL_WORDS,
    CREDENTIALS,
    HEADING_SURNAMES,
    INNER_CAPS_NAME,
    KIN_AFTER,
    KINSHIP,
    MONTH_NAMES,
    NEVER,
    PERSON_CUES,
    TITLES,
)
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_english_names"]


def _pairs(judge: Judge, verdicts: list[str | None]) -> None:
    """A given name and a surname side by side (initials between allowed; ``Surname, Given``
    too) are a name, whatever else each word is."""
    tokens, vocab = judge.tokens, judge.vocab
    for i, t in enumerate(tokens):
        if not t.cap or t.initial or judge.claimed(t.start, t.end) or judge.clinical(i, in_name=True):
            continue
        j = judge.neighbour(i, 1)
        while j is not None and tokens[j].initial:       # John A. Smith
            j = judge.neighbour(j, 1)
        comma = judge.neighbour(i, 1, comma=True)
        for k, first, last in ((j, t, tokens[j] if j is not None else None),
                               (comma, tokens[comma] if comma is not None else None, t)):
            if k is None or first is None or last is None or not tokens[k].cap \
                    or tokens[k].initial or judge.clinical(k) \
                    or judge.claimed(tokens[k].start, tokens[k].end):
                continue
            clear_first = first.key in vocab.first_names and not vocab.is_name_word(first.key)
            if last is t and clear_first and k == comma and t.cap and not judge.clinical(i) \
                    and (judge.after_label(i) or t.sentence_start) \
                    and (t.key not in TITLES or t.allcaps):
                verdicts[k] = "name"  # "GOODNIGHT, SUSAN" in a header; not "Dear" or "Hello" before one
                if "," in judge.text[t.end:tokens[k].start] or not vocab.is_common(t.key):
                    verdicts[i] = "name"
                continue
            if first.key in vocab.first_names and last.key in vocab.last_names \
                    and first.key not in NEVER - MONTH_NAMES \
                    and (last.key not in NEVER or (clear_first and last is tokens[k])):
                verdicts[i] = verdicts[k] = "name"


def _places(judge: Judge, verdicts: list[str | None]) -> None:
    """Places of two or three words the gazetteer knows (``El Paso``, ``St. Louis``,
    ``Des Moines``), capitalised."""
    tokens, places = judge.tokens, judge.vocab.places
    for i in range(len(tokens)):
        for width in (3, 2):
            run = [i]
            while len(run) < width:
                j = judge.neighbour(run[-1], 1)
                if j is None:
                    break
                run.append(j)
            if len(run) < width or not all(tokens[k].cap for k in run) \
                    or any(judge.claimed(tokens[k].start, tokens[k].end) for k in run) \
                    or judge.clinical(run[-1]):  # "St. John's wort", "Lyme disease"
                continue
            key = " ".join(tokens[k].key for k in run)
            variants = (key, key.replace("st ", "saint ", 1), key.replace("st ", "st. ", 1),
                        key.replace("mt ", "mount ", 1), key.replace("ft ", "fort ", 1))
            if any(v in places for v in variants):
                for k in run:
                    verdicts[k] = verdicts[k] or "geo"
                break


#: two spaces or a tab between words: the next field of a printed slip
_WIDE_GAP = re.compile(r"[ ]{2,}|\t")


def _runs_after_titles(judge: Judge, verdicts: list[str | None]) -> None:
    """After a title or a kinship/role word, the capitalised words that follow (up to four,
    initials included) are the person's name: ``Dr. Patience Sweet``, ``son, Kevin J. Long``."""
    tokens = judge.tokens
    for i in range(len(tokens)):
        if verdicts[i] != "name" or not judge.after_person_word(i):
            continue
        j, taken = judge.neighbour(i, 1), 0
        while j is not None and taken < 4:
            nxt = tokens[j]
            # "Patient Grace Ward arrived": a surname that is also a heading word ends the run
            after = judge.neighbour(j, 1)
            last = nxt.key in judge.vocab.last_names and nxt.key not in TITLES \
                and not (after is not None and tokens[after].cap)
            if not nxt.cap or (nxt.key in NEVER and not last) or nxt.key in CREDENTIAL_WORDS \
                    or judge.claimed(nxt.start, nxt.end) or judge.clinical(j, in_name=True):
                break
            # a printed slip's next field after a wide gap: "DAUGHTER MAUREEN  RIGHT HAND WEAK"
            if _WIDE_GAP.search(judge.text, tokens[j - 1].end, nxt.start):
                break
            if not nxt.initial:
                verdicts[j] = "name"
                taken += 1
            j = judge.neighbour(j, 1)


#: the word before a colon that says a person's name follows (``Patient:``, ``Patient Name:``,
#: ``RE:``, ``Registered by:``)
_PERSON_LABELS = PERSON_CUES | {"re", "by", "subject", "resident", "patient's", "name(s)", "decedent",
                                "deceased", "applicant", "informant", "recipient", "claimant", "person",
                                "enrollee", "beneficiary", "donor", "author"}
_NAME_GAP = re.compile(r"^(?: |, |\. |\.|-)$")
#: "Family Name (Last Name): OKONJO", "Spouse - MA, ROYAL"
_LABEL_GAP = re.compile(r"[ \t]*\)?[ \t]*(?:[:#]|[-–—](?=[ \t]))[ \t]*$")
#: what may follow a name in a field: the end of the line, a wider gap, a parenthesis, a comma
_FIELD_END = re.compile(r"[ \t]*(?:$|\n)|[ \t]{2,}|\t|[ \t]*[(,;/]|\.[ \t]*(?:$|\n)", re.M)


def _shaped_like_a_term(word: str) -> bool:
    """``BiPAP``, ``NT-proBNP``, ``D-dimer``, ``T4``: written as a term, not as a name."""
    if any(c.isdigit() for c in word):
        return True
    if not word.isupper() and any(c.isupper() for c in word[1:]) and "-" not in word \
            and not INNER_CAPS_NAME.match(word):
        return True
    return "-" in word and any(len(part) <= 1 or part.isupper() for part in word.split("-"))


def _label_runs(judge: Judge, verdicts: list[str | None]) -> None:
    """The capitalised words that fill a person field (``Patient: WHITE, JAMES``, ``Pt: Nicholas
    Glover (73 y/o M)``, ``RE: Jeremy Stewart   DOB: …``) are the name, whether or not any
    list knows them or they are everyday words — when they fill the field: up to four words
    (initials, a comma between), ending where the field ends. ``Patient: Alert and oriented``
    goes on in lower case, so it is no name; a clinical word or a heading word voids the run."""
    tokens, text = judge.tokens, judge.text
    for i, t in enumerate(tokens):
        if not t.cap or t.initial or i == 0:
            continue
        label = tokens[i - 1]
        if label.key not in _PERSON_LABELS or not _LABEL_GAP.match(text[label.end:t.start]) \
                or "\n" in text[label.end:t.start]:
            continue
        run, j = [i], judge.neighbour(i, 1, comma=True)
        while j is not None and tokens[j].cap and len(run) < 6 \
                and tokens[j].key not in CREDENTIAL_WORDS \
                and not judge.claimed(tokens[j].start, tokens[j].end) \
                and _NAME_GAP.match(text[tokens[run[-1]].end:tokens[j].start]):
            run.append(j)
            j = judge.neighbour(j, 1, comma=True)
        words = [k for k in run if not tokens[k].initial]
        end = tokens[run[-1]].end
        after = end + len(text[end:end + 4]) - len(text[end:end + 4].lstrip(" \t"))
        if not 1 <= len(words) <= 4 or (not _FIELD_END.match(text, end)
                                         and not CREDENTIALS.match(text, end)
                                         and not (after > end and judge.claimed(after, after + 1))):
            continue  # the field ends at the line's end, a gap, a credential or a date after it
        # a title word in the surname's place ("Patient: NURSE, CHRISTIAN") is the surname
        titles = [k for k in words if tokens[k].key in TITLES
                  and not (k != run[0] or text[tokens[k].end:tokens[k].end + 1] == ",")]
        if len(words) == 1 and not tokens[i].allcaps and judge.vocab.is_common(tokens[i].key) \
                and not judge.vocab.is_name(tokens[i].key) and not CREDENTIALS.match(text, end):
            continue  # one everyday word fills the field ("Subscriber: Self"): no one's name
        if titles or any((tokens[k].key in NEVER and tokens[k].key not in TITLES
                          and not (k != run[0] and tokens[k].key in HEADING_SURNAMES))
                         or tokens[k].key in PERSON_CUES
               or judge.claimed(tokens[k].start, tokens[k].end) or judge.clinical(k, in_name=True)
               or _shaped_like_a_term(tokens[k].text) for k in words):
            continue
        for k in run:
            verdicts[k] = "name"


def _spread_names(judge: Judge, verdicts: list[str | None]) -> None:
    """A capitalised word next to a name (``Emily Rahul``, ``Butler, Rahul``, across initials)
    is part of it, unless it is clinical, a heading word or a very common word."""
    changed = True
    while changed:
        changed = False
        for i, t in enumerate(judge.tokens):
            if verdicts[i] is not None or not t.cap or t.initial \
                    or judge.claimed(t.start, t.end) or _clinical_beyond_shape(judge, i):
                continue
            if (t.key in NEVER and t.key not in MONTH_NAMES) or t.key in CREDENTIAL_WORDS:
                continue
            if t.key in PERSON_CUES and not judge.vocab.is_name(t.key):
                continue  # "Caregiver<TAB>Hale, Ivo": the field's label, not a word of the name
            if judge.vocab.is_common(t.key, threshold=4.5) and not judge.vocab.is_name(t.key):
                continue
            rare = not judge.vocab.is_common(t.key, threshold=3.0)
            for step in (-1, 1):
                # "NAKASHIMA, Ren": a rare word before a comma and a name is the surname
                j = judge.neighbour(i, step, comma=step < 0 or rare)
                while j is not None and judge.tokens[j].initial:
                    j = judge.neighbour(j, step)
                if j is not None and step < 0 and t.allcaps and len(t.key) <= 3 \
                        and "," in judge.text[judge.tokens[j].end:t.start]:
                    k = judge.neighbour(j, -1)
                    if k is not None and verdicts[k] == "name":
                        continue  # "Philippa Dowling, MH susceptible": a full name, then no initials of it
                if j is not None and verdicts[j] == "name" \
                        and (t.key not in MONTH_NAMES or step > 0):
                    verdicts[i] = "name"
                    changed = True
                    break


def _clinical_beyond_shape(judge: Judge, i: int) -> bool:
    """Clinical for a reason other than its Greco-Latin shape alone: next to a name, a rare
    word that only looks medical (``Ifeoma``: ``-oma``) is a name."""
    if not judge.clinical(i):
        return False
    t = judge.tokens[i]
    shape_only = is_clinical_word(t.key) and t.key not in judge.vocab.clinical \
        and t.key not in judge.vocab.drugs and t.key not in judge.vocab.eponyms \
        and not judge.vocab.is_common(t.key, threshold=2.5) and not judge.in_clinical_term(i)
    return not shape_only


_KIN_WORDS = KINSHIP
#: a signature line of a sloppy note: "- ray miller md, pgy3"
_LOWER_SIGNATURE = re.compile(r"(?m)^[ \t]*(?:-{1,2}|/s/|signed:?)[ \t]*"
                              r"(?P<n>[a-z][a-z'-]+(?:[ \t]+[a-z]\.?)?(?:[ \t]+[a-z][a-z'-]+){1,2})"
                              r",?[ \t]+(?:md|do|np|rn|pa|pa-c|pgy\d)\b")


def _rare_lower_case_names(judge: Judge, verdicts: list[str | None]) -> None:
    """Lower-case names in sloppy notes that no list knows: a rare word (not clinical) next to a
    kinship word (``oluwaseun (nephew)``, ``her son tendai``), and the words of a lower-case
    signature line (``- ray miller md, pgy3``)."""
    tokens, vocab = judge.tokens, judge.vocab
    for i, t in enumerate(tokens):
        if t.cap or verdicts[i] is not None or len(t.key) < 3 or judge.claimed(t.start, t.end) \
                or vocab.is_common(t.key, threshold=2.5) or judge.clinical(i) or t.key in NEVER \
                or is_derived_word(t.key, vocab.zipf):  # "mom verbalized understanding"
            continue
        j = judge.neighbour(i, -1, comma=True)
        if KIN_AFTER.match(judge.text, t.end) or (j is not None and tokens[j].key in _KIN_WORDS
                                                  and not _label_word(judge.text, tokens[j].start, t.end)):
            verdicts[i] = "name"
    for m in _LOWER_SIGNATURE.finditer(judge.text):
        for i, t in enumerate(tokens):
            if m.start("n") <= t.start and t.end <= m.end("n") and not judge.clinical(i):
                verdicts[i] = "name"


#: a kinship word opening its line and one word after it, then the label's colon
_KIN_LABEL = re.compile(r"(?:^|\n)[ \t]*$")
_LABEL_COLON = re.compile(r"[ \t]*:")


def _label_word(text: str, kin_start: int, end: int) -> bool:
    """``Caregiver infuser:``: the word after a kinship word that opens its line, right before
    the colon, qualifies the label (the person's name stands after the colon)."""
    return bool(_LABEL_COLON.match(text, end) and _KIN_LABEL.search(text, max(0, kin_start - 40), kin_start))


def _allcaps_pairs(judge: Judge, verdicts: list[str | None]) -> None:
    """``OYELARAN, TEMITOPE``: two rare upper-case words joined by a comma (or, rarer still, by a
    space), neither clinical nor an everyday word nor an abbreviation, are a person's name."""
    tokens, vocab = judge.tokens, judge.vocab
    for i, t in enumerate(tokens):
        j = judge.neighbour(i, 1, comma=True)
        if j is None:
            continue
        # "ADEOLA BANKOLE" without a comma only when both words are rarer still
        rare = 3.0 if "," in judge.text[t.end:tokens[j].start] else 2.0
        pair = (i, j)
        if all(tokens[k].allcaps and len(tokens[k].text) >= 4 and not ALLCAPS_KEEP.match(tokens[k].text)
               and not vocab.is_common(tokens[k].key, threshold=rare) and tokens[k].key not in NEVER
               and not judge.claimed(tokens[k].start, tokens[k].end) and not judge.clinical(k)
               and not is_clinical_word(tokens[k].key) and tokens[k].key not in vocab.clinical
               for k in pair):
            verdicts[i] = verdicts[j] = "name"


def find_english_names(text: str, vocab: TextVocabulary, *,
                       claimed: Callable[[int, int], bool] = lambda s, e: False) -> list[PhiSpan]:
    """Name and place spans among the words of an English note.

    Args:
        text: the note.
        vocab: what is known about words.
        claimed: whether a recogniser already took ``text[start:end]`` (a date, an address…).
    """
    judge = Judge(text, vocab, claimed)
    verdicts = [judge.verdict(i) for i in range(len(judge.tokens))]
    _pairs(judge, verdicts)
    _places(judge, verdicts)
    pinyin_names(judge, verdicts)
    _allcaps_pairs(judge, verdicts)
    _rare_lower_case_names(judge, verdicts)
    _runs_after_titles(judge, verdicts)
    _label_runs(judge, verdicts)
    signatures(judge, verdicts)
    described_people(judge, verdicts)
    lower_case_fields(judge, verdicts)
    lower_case_contacts(judge, verdicts)
    lower_case_relatives(judge, verdicts)
    spoken_names(judge, verdicts)
    _spread_names(judge, verdicts)
    given_names_in_context(judge, verdicts)
    particle_names(judge, verdicts)
    field_comma_pairs(judge, verdicts)
    nicknames(judge, verdicts)
    dictated_names(judge, verdicts)
    sign_offs(judge, verdicts)
    lines_of_upper_case_names(judge, verdicts)
    listed_people(judge, verdicts)
    names_before_roles(judge, verdicts)
    given_names_before_places(judge, verdicts)
    _leading_particles(judge, verdicts)
    # an initial between or before name words; from the right, so that a run of initials
    # (``J.R. Pike``) is taken whole
    for i in reversed(range(len(judge.tokens))):
        t = judge.tokens[i]
        if t.initial and verdicts[i] is None:
            j = judge.neighbour(i, 1)
            if j is not None and verdicts[j] == "name":
                verdicts[i] = "name"
    spans = [PhiSpan(t.start, t.end, v) for t, v in zip(judge.tokens, verdicts, strict=True) if v]
    return _join(text, spans)


#: Dutch and German surname particles that are no English word ("ter Horst", "von Essen")
_LEAD_PARTICLES = frozenset("ter der den von vom zu zur".split())


def _leading_particles(judge: Judge, verdicts: list[str | None]) -> None:
    """``per ter Horst``, ``O. ter Horst``: the lower-case particles a surname opens with belong
    to it (an initial before them then does too)."""
    tokens = judge.tokens
    for i, t in enumerate(tokens):
        if verdicts[i] != "name" or not t.cap:
            continue
        run: list[int] = []
        j = judge.neighbour(i, -1)
        while j is not None and len(run) < 2 and tokens[j].key in _LEAD_PARTICLES and not tokens[j].cap \
                and verdicts[j] is None and not judge.claimed(tokens[j].start, tokens[j].end):
            run.append(j)
            j = judge.neighbour(j, -1)
        for k in run:
            verdicts[k] = "name"


_JOINER = re.compile(r"^(?:\.?\s+|\.|(?:\s+(?:van|von|de|del|della|da|das|do|dos|di|du|la|las|le|los|der|"
                     r"den|ter|bin|ibn|al|el|y)){1,3}\s+|"
                     r"\s*-\s*|,\s+)$")


def _join(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Adjacent name spans (``John A. Smith``, ``van der Berg``) become one span."""
    if not spans:
        return spans
    joined = [spans[0]]
    for span in spans[1:]:
        last = joined[-1]
        gap = text[last.end:span.start]
        if last.category == span.category and span.category in ("name", "geo") and len(gap) <= 14 \
                and _JOINER.match(gap) and "\n" not in gap \
                and (span.category == "name" or "," not in gap):
            joined[-1] = PhiSpan(last.start, span.end, span.category)
        else:
            joined.append(span)
    return joined

