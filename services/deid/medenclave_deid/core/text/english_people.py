"""Where an English note puts a person without a title or a label, and the name judge's word
verdicts cannot tell: by the place the words stand in.

* **signatures**: the words after a closing (``Thanks,``, ``Sincerely,``, ``Regards,`` — on the
  same line or the next one) and after a signature dash (``— Hope``) are the writer's name, even
  when each is an everyday word (``Thank you,`` / ``Grace``);
* **a person described**: a run of name words right before an age and sex (``Hill, Will (67 y/o
  F)``, ``Grace Long, 71 yo M``) or before "and her husband" is the person's name;
* **lower-case person fields**: ``pt: hope long, 55m`` — the name words that fill a person
  field written in lower case (every word known as a name, ending where the field ends);
* **given names that are everyday words**: ``Provider: Justice Bean, MD``, ``Son (Rocky
  Lane)``, ``| right deltoid | Journey Pena`` — a capitalised word right before a surname
  already found, when the two fill a field, a cell, a parenthesis or a line, or stand before a
  credential or after a person cue, is the given name whatever else it means.
"""

from __future__ import annotations

import bisect
import re

from medenclave_deid.core.text.english_judge import Judge
from medenclave_deid.core.text.english_words import (
    ALLCAPS_KEEP,
    CLINICAL_HEADS,
    CREDENTIAL_WORDS,
    CREDENTIALS,
    DOSE_NEXT,
    DRUG_BEFORE,
    EPONYM_NEXT,
    HEADING_SURNAMES,
    NEVER,
    PERSON_CUES,
    TITLES,
)
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["AGE_AFTER", "PARTICLES", "described_people", "given_names_in_context",
           "lower_case_fields", "particle_names", "signatures"]

#: the particles of names of many origins (``Maria de los Angeles``, ``van der Berg``)
PARTICLES = frozenset("de del della de' da das do dos du la las le los van von der den ter ten "
                      "bin ibn bint al el di y".split())

#: a closing of a letter or a message, the writer's name on its line or the next one
_CLOSING = re.compile(
    r"(?im)^[ \t]*(?:thanks(?:[ \t]+(?:again|so[ \t]+much))?|thank[ \t]+you(?:[ \t]+(?:so[ \t]+much|"
    r"again|kindly))?|many[ \t]+thanks|sincerely(?:[ \t]+yours)?|yours[ \t]+(?:truly|sincerely)|"
    r"(?:best|kind|warm|warmest|with)[ \t]+(?:regards|wishes)|regards|best|warmly|respectfully"
    r"(?:[ \t]+yours)?|cordially|cheers|take[ \t]+care|with[ \t]+thanks|gratefully|love)"
    r"[ \t]*[,.!—–-]*[ \t]*(?:\n[ \t]*){0,2}")
#: a closing after the last sentence of a message, the writer's name ending the line, in any
#: case: "… come in. Thanks, angela", "Is that normal? Thank you - Dev Patel"
_CLOSING_INLINE = re.compile(
    r"(?i)(?<=[.!?)])[ \t]+(?:thanks|thank[ \t]+you|many[ \t]+thanks|regards|best|sincerely|cheers|"
    r"take[ \t]+care)[ \t]*[,—–-][ \t]*(?P<n>[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+)?)[ \t]*[.!]?[ \t]*(?=\n|$)")
#: a signature dash at the start of a line: ``— Hope``, ``-- Dr. Ward``
_SIGN_DASH = re.compile(r"(?m)^[ \t]*(?:—|–|--)[ \t]*(?=[A-Z])")
#: an age and sex, or a date of birth, right after a person's name
AGE_AFTER = re.compile(r"[ \t]*,?[ \t]*\(?[ \t]*(?:\d{1,3}[ \t]*(?:-[ \t]*)?(?:y/?o|yo|y\.o\.|yrs?|years?"
                       r"[ -]old|year-old|[MF])\b|(?:DOB|D\.O\.B\.)\b)"
                       r"|[ \t]+and[ \t]+(?:his|her|their)[ \t]+(?:husband|wife|spouse|partner|son|"
                       r"daughter|mother|father|sister|brother|children|kids|family|parents)\b",
                       re.IGNORECASE)
#: what may end a person field written in lower case
_FIELD_END = re.compile(r"[ \t]*(?:$|\n|[,;(|]|[ \t]{2,}|\t)", re.M)


def _index(judge: Judge) -> list[int]:
    return [t.start for t in judge.tokens]


def _stops(judge: Judge, k: int, *, begun: bool = False) -> bool:
    """Not a word of a name: a heading or function word (unless ``begun``, a name is already
    beside it, and it is also a surname), a credential, a cue, a claimed or clinical word."""
    t = judge.tokens[k]
    heading = t.key in NEVER or t.key in TITLES
    return (heading and not (begun and t.key in HEADING_SURNAMES)) \
        or t.key in CREDENTIAL_WORDS or t.key in PERSON_CUES \
        or judge.claimed(t.start, t.end) or judge.clinical(k, in_name=True)


def _name_line(judge: Judge, verdicts: list[str | None], starts: list[int], at: int) -> None:
    """The capitalised words from ``at`` on its line (a title first allowed, up to four, initials
    between) are a name."""
    tokens, text = judge.tokens, judge.text
    k = bisect.bisect_left(starts, at)
    if k >= len(tokens) or "\n" in text[at:tokens[k].start] or not tokens[k].cap:
        return
    at_word: int | None = k
    if tokens[k].key in TITLES:
        at_word = judge.neighbour(k, 1)
    taken: list[int] = []
    while at_word is not None and tokens[at_word].cap and len(taken) < 4 \
            and not _stops(judge, at_word) \
            and (tokens[at_word].initial or judge.vocab.is_name(tokens[at_word].key)
                 or judge.is_proper(at_word)):
        taken.append(at_word)
        at_word = judge.neighbour(at_word, 1)
    if any(not tokens[j].initial for j in taken):
        for j in taken:
            verdicts[j] = "name"


def signatures(judge: Judge, verdicts: list[str | None]) -> None:
    """The name under a closing (``Thanks,`` / ``Grace``) or after a signature dash."""
    text = judge.text
    if not judge.tokens:
        return
    starts = _index(judge)
    for m in _CLOSING.finditer(text):
        at = m.end()
        line_end = text.find("\n", at)
        rest = text[at:len(text) if line_end < 0 else line_end].strip()
        # the name alone on its line (or the rest of the closing's line), not a sentence
        # ("Thanks, Grace will call you" is no signature)
        words = rest.split()
        if words and (len(words) <= 3 or (len(words) <= 6 and rest[-1] not in ".?!:")):
            _name_line(judge, verdicts, starts, at)
    for m in _SIGN_DASH.finditer(text):
        _name_line(judge, verdicts, starts, m.end())
    for m in _CLOSING_INLINE.finditer(text):
        run = [k for k in range(bisect.bisect_left(starts, m.start("n")), len(judge.tokens))
               if judge.tokens[k].end <= m.end("n")]
        if run and all(_signed_word(judge, k) for k in run):
            for k in run:
                verdicts[k] = "name"


#: whom a message thanks, not who signs it
_ADDRESSEES = frozenset("doc doctor team all everyone everybody guys folks again staff nurses "
                        "so much lot".split())


def _signed_word(judge: Judge, k: int) -> bool:
    """A word that may sign a message: a name, or a word rarer than everyday words; never a
    heading, cue or clinical word ("Thanks, everyone", "Thanks, doc")."""
    t, vocab = judge.tokens[k], judge.vocab
    if _stops(judge, k) or judge.clinical(k, in_name=True) or t.key in _ADDRESSEES:
        return False
    return (vocab.is_name(t.key) and not vocab.is_common(t.key, threshold=5.0)) \
        or not vocab.is_common(t.key, threshold=4.5)


def described_people(judge: Judge, verdicts: list[str | None]) -> None:
    """Name words right before an age and sex (``Hill, Will (67 y/o F)``) or "and her husband"."""
    tokens, vocab = judge.tokens, judge.vocab
    for i, t in enumerate(tokens):
        if not t.cap or not AGE_AFTER.match(judge.text, t.end):
            continue
        run: list[int] = []
        k: int | None = i
        while k is not None and len(run) < 3:
            w = tokens[k]
            if not w.cap or _stops(judge, k, begun=bool(run)):
                break
            if not w.initial and not (vocab.is_name(w.key) or judge.is_proper(k)
                                      or w.key in HEADING_SURNAMES):
                break
            run.append(k)
            k = judge.neighbour(k, -1, comma=True)
        if any(not tokens[j].initial for j in run):
            for j in run:
                verdicts[j] = "name"


def _rare_plain(judge: Judge, k: int) -> bool:
    """A rare word of three letters or more that no list and no medical affix calls clinical."""
    key, vocab = judge.tokens[k].key, judge.vocab
    return len(key) >= 3 and not vocab.is_common(key) and not is_clinical_word(key) \
        and key not in vocab.drugs and key not in vocab.clinical


def lower_case_fields(judge: Judge, verdicts: list[str | None]) -> None:
    """``pt: hope long, 55m``, ``index=novak, warrick;``: lower-case name words filling a person
    field, given name first or surname and comma first (known names, or
    rare words no list calls clinical: ``patient: clementine okafor, 73-yr-old``); in a table's
    cell too (``name | eamon radcliffe |``), where after a given name no list holds for anything
    else the next word is the surname unless it is an everyday word of the commonest."""
    tokens, text, vocab = judge.tokens, judge.text, judge.vocab
    for i in range(1, len(tokens)):
        t, label = tokens[i], tokens[i - 1]
        if t.cap or label.key not in ("pt", "patient", "name", "caller", "contact", "nok", "from", "index") \
                or not re.fullmatch(r"[ \t]*[:#|=][ \t]*", text[label.end:t.start]):
            continue
        run, k = [i], judge.neighbour(i, 1)
        while k is not None and len(run) < 3 and not tokens[k].cap:
            run.append(k)
            k = judge.neighbour(k, 1)
        k = judge.neighbour(i, 1, comma=True)
        if len(run) == 1 and k is not None and not tokens[k].cap:  # "index=novak, warrick;"
            run.append(k)
        while run and not _FIELD_END.match(text, tokens[run[-1]].end):
            run.pop()
        first = tokens[run[0]].key if run else ""
        given = first in vocab.first_names and not vocab.is_common(first)
        if len(run) >= 2 and all((vocab.is_name(tokens[j].key) or tokens[j].key in HEADING_SURNAMES
                                  or _rare_plain(judge, j)
                                  or (given and n > 0 and not vocab.is_common(tokens[j].key, threshold=4.0)))
                                 and not _stops(judge, j, begun=n > 0) for n, j in enumerate(run)):
            for j in run:
                verdicts[j] = "name"


def particle_names(judge: Judge, verdicts: list[str | None]) -> None:
    """Capitalised words joined to a name by particles are the name (``Maria de los Angeles
    Garcia``, ``Juan Carlos de la Cruz``, ``Ludwig van der Berg``)."""
    tokens = judge.tokens
    changed = True
    while changed:
        changed = False
        for i in range(len(tokens)):
            if verdicts[i] != "name":
                continue
            for step in (1, -1):
                j, particles = judge.neighbour(i, step), 0
                while j is not None and particles < 3 and tokens[j].key in PARTICLES \
                        and not tokens[j].cap:
                    j, particles = judge.neighbour(j, step), particles + 1
                if not particles or j is None or verdicts[j] is not None or not tokens[j].cap \
                        or tokens[j].initial or _stops(judge, j, begun=True):
                    continue
                verdicts[j] = "name"
                changed = True


#: where a name that fills a field starts: the line's start, a table bar, a parenthesis, a
#: label's colon, a wide gap
_FIELD_START = re.compile(r"(?:^|[|(:]|[ \t]{2,}|\t)[ \t]*$")
#: where it ends: the line's end, a table bar, a closing parenthesis, a wide gap, a comma, a
#: semicolon
_FIELD_STOP = re.compile(r"[ \t]*(?:$|\n|[|),;]|[ \t]{2,}|\t)", re.M)


#: the words that open a letter or a message before its addressee ("Dear Blessing Quinn,")
_GREETINGS = frozenset("hi hello hey dear greetings morning afternoon evening attn attention "
                       "to cc bcc re fwd fw".split())


def _plain_word(judge: Judge, i: int) -> bool:
    """A capitalised word that may be a given name: no heading, title, cue or credential word,
    no clinical vocabulary (a word a drug list also holds is a drug only after a verb of
    prescribing or before a dose)."""
    t, vocab = judge.tokens[i], judge.vocab
    if not t.cap or t.initial or judge.claimed(t.start, t.end) or len(t.key) < 2 \
            or t.key in NEVER or t.key in TITLES or t.key in CREDENTIAL_WORDS \
            or t.key in PERSON_CUES or t.key in CLINICAL_HEADS or t.key in _GREETINGS:
        return False
    if t.key in vocab.clinical or t.key in vocab.eponyms or EPONYM_NEXT.match(judge.text, t.end) \
            or DOSE_NEXT.match(judge.text, t.end) or judge.in_clinical_term(i):
        return False
    if t.key in vocab.drugs and DRUG_BEFORE.search(judge.text, max(0, t.start - 24), t.start):
        return False  # "started Eliquis …": a drug after a verb of prescribing
    return not (is_clinical_word(t.key) and not vocab.is_name(t.key))


def given_names_in_context(judge: Judge, verdicts: list[str | None]) -> None:
    """``Provider: Justice Bean, MD``: the capitalised word before a surname already found is
    the given name where the pair fills a field, a cell, a parenthesis or a line, follows a
    person cue or stands before a credential."""
    tokens, text = judge.tokens, judge.text
    for i in range(len(tokens) - 1, -1, -1):
        if verdicts[i] is not None or not _plain_word(judge, i):
            continue
        j = judge.neighbour(i, 1)
        while j is not None and tokens[j].initial:
            j = judge.neighbour(j, 1)
        if j is None or verdicts[j] != "name" or tokens[j].allcaps != tokens[i].allcaps:
            continue
        last = j
        while (k := judge.neighbour(last, 1)) is not None and verdicts[k] == "name":
            last = k
        end = tokens[last].end
        line = text[text.rfind("\n", 0, tokens[i].start) + 1:tokens[i].start]
        alone = not line.strip() and bool(re.match(r"[ \t]*(?:$|\n)", text[end:]))
        if tokens[i].allcaps and ALLCAPS_KEEP.match(tokens[i].text) and not alone:
            continue  # "ACE inhibitor", "CT": an abbreviation, unless the pair is the whole line
        credential = bool(CREDENTIALS.match(text, end))
        before = judge.after_cue(i) or bool(_FIELD_START.search(line))
        if credential or (before and _FIELD_STOP.match(text, end)):
            verdicts[i] = "name"
