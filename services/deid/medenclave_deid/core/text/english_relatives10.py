"""Lower-case names of relatives, partners and staff behind the cues that forms put before them.

Forms that list people (partner-services interviews, foster-care screens, proxy requests,
emergency contacts, pharmacy logs, operative reports) write them in lower case after cues that
the contact-shorthand pass (``english_lower_contacts``) does not read:

* **a numbered or plural cue**: ``partner #1 marcus (boyfriend)``, ``Partner 2: jessica``,
  ``Partners: bobby - ongoing``, ``contact 2: nkechi``;
* **a quoted name after a cue**: ``per 'kate' in pharmacy``, ``partner #2 "tay"``;
* **a role abbreviation of the theatre or the clinic**: ``CRNA liz ahn``, ``circ RN marisol``,
  ``scrub tech deshawn``, ``DIS renata``, ``CDE roberta``;
* **a possessive before a kinship word**: ``luis's cousin``, ``jenny's husband``;
* **a lower-case surname, comma, given name in a staff or signature slot**:
  ``Examiner signature: fenwick, gerald``, ``Witness: okafor, ruth``.

A word is such a given name only where it is on the given-name list and nothing else (no
everyday word, no clinical word, no drug); a rare lower-case word right after it is its surname.
Capitalised names are the name judge's business.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_judge import Judge
from medenclave_deid.core.text.english_words import KINSHIP, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["joined_given_names", "lower_case_relatives"]

#: kinship, partner and care words, singular and plural, and their charting abbreviations
_KIN = KINSHIP | frozenset("""partners contacts contact parents parent guardians sons daughters
brothers sisters siblings sibling children child mom mum dad grandma grandpa gma gpa granny nana
papa abuela abuelo tia tio auntie stepmom stepdad dtr sis bro gf bf fob mob proxy poa nok friend
friends neighbor neighbour roommate fiance fiancee ex""".split())
#: staff roles and their abbreviations that forms put right before a colleague's given name
_ROLES = frozenset("""rn lpn cna np pa crna cst circ circulator scrub tech dis cde cdces trainer
rep caseworker worker navigator counselor counsellor witness examiner interpreter translator
resident attending chaplain surgeon assist assistant pharmacist pharmacy cphT sw msw lcsw cm
nurse aide scribe fellow intern anesthesia anesthetist anaesthetist""".lower().split())
#: a cue word, maybe a number (``#2``, ``2``), a colon, comma, dash or bracket, maybe a quote
_CUE_BEFORE = re.compile(
    r"(?:^|[^\w/'’])(?P<w>[A-Za-z]+)(?:[ \t]*(?:#[ \t]*\d{1,2}|\d{1,2}))?[ \t]*[:,(–-]?[ \t]*"
    r"(?P<q>['\"“‘])?[ \t]*$"
)
#: ``per`` and a quote: ``per 'kate' in pharmacy``
_PER_QUOTE = re.compile(r"(?:^|[^\w])(?i:per|from|with|by)[ \t]+['\"“‘]$")
#: a possessive and a kinship word after a name: ``luis's cousin``
_POSSESSIVE_KIN = re.compile(r"['’]s[ \t]+(?P<w>[a-z]+(?:-in-law)?)\b", re.I)
#: a kinship word in brackets after a name, in-laws and great-grandparents too: ``priya
#: (daughter-in-law)``
_KIN_BRACKET = re.compile(r"[ \t]*\([ \t]*(?:great-|step-?)?(?P<w>[a-z]+(?:-in-law)?)[ \t]*\)", re.I)
#: ``here`` after a speaker's own name, then a pause: ``"kate here, his niece"``
_SAYS_HERE = re.compile(r"[ \t]+here\b[ \t]*(?:[-–,.!:;\"”']|$)", re.M)
#: a staff role or a signature word in a label before its colon
_SLOT_LABEL = re.compile(
    r"(?i:\b(?:signature|signed|sig|witness|examiner|counselor|counsellor|navigator|trainer|"
    r"caseworker|interpreter|surgeon|assistant|scrub|circulator|user|cosigner|verified[ \t]+by|"
    r"reviewed[ \t]+by|approved[ \t]+by|processed[ \t]+by|reported[ \t]+by)\b)[^:\n]{0,20}:[ \t]*$"
)


def _clear_given(judge: Judge, i: int) -> bool:
    """On the given-name list and nothing else: no everyday word, no clinical one."""
    t, vocab, text = judge.tokens[i], judge.vocab, judge.text
    if text[t.end:t.end + 1] in ("@", ".", "_") and text[t.end + 1:t.end + 2].isalnum():
        return False  # a part of an e-mail address or a handle
    return not t.cap and len(t.key) >= 3 and t.key in vocab.first_names \
        and not vocab.is_name_word(t.key) and t.key not in NEVER and not judge.clinical(i) \
        and not judge.claimed(t.start, t.end)


#: where a field's value ends: the line, a bracket, a slash, a sentence's punctuation, a wide gap
_FIELD_END = re.compile(r"[ \t]*(?:$|\n|[.,;:(/|]|[ \t]{2})")


def _rare_word(judge: Judge, j: int) -> bool:
    """A lower-case word that may be a surname: no everyday word, not clinical, not claimed."""
    t, vocab = judge.tokens[j], judge.vocab
    if t.cap or len(t.key) < 3 or t.key in NEVER or judge.claimed(t.start, t.end):
        return False
    if vocab.is_name(t.key) and not vocab.is_name_word(t.key) and vocab.zipf(t.key) < 3.5:
        # a listed surname ("liz ahn"): only no clinical word or drug
        return t.key not in vocab.clinical and t.key not in vocab.drugs and not is_clinical_word(t.key)
    if vocab.zipf(t.key) < 3.3 and _FIELD_END.match(judge.text, t.end) and t.key not in vocab.clinical \
            and t.key not in vocab.drugs and not is_clinical_word(t.key):
        return True  # "CRNA liz ahn" ending its field
    return not vocab.is_common(t.key) and not judge.clinical(j)


def _cued(judge: Judge, i: int) -> bool:
    """A cue right before token ``i`` on its line, or a possessive and a kinship word after it."""
    text, t = judge.text, judge.tokens[i]
    line_start = text.rfind("\n", 0, t.start) + 1
    before = text[max(line_start, t.start - 40):t.start]
    if _PER_QUOTE.search(before):
        return True
    m = _CUE_BEFORE.search(before)
    if m is not None and (m["w"].lower() in _KIN or m["w"].lower() in _ROLES):
        return True
    if _SAYS_HERE.match(text, t.end) and re.search(r"(?:^|[\"“'‘]|\b(?i:hi|hello|hey),?)[ \t]*$", before):
        return True  # a speaker naming themself: "marguerite here - dad's 91 now"
    after = _POSSESSIVE_KIN.match(text, t.end) or _KIN_BRACKET.match(text, t.end)
    return after is not None and after["w"].lower().removesuffix("-in-law") in _KIN


def _slot_pairs(judge: Judge, verdicts: list[str | None]) -> None:
    """``Examiner signature: fenwick, gerald``: a rare word, a comma and a given name."""
    tokens, text = judge.tokens, judge.text
    for i in range(len(tokens) - 1):
        j = judge.neighbour(i, 1, comma=True)
        if j is None or "," not in text[tokens[i].end:tokens[j].start]:
            continue
        line_start = text.rfind("\n", 0, tokens[i].start) + 1
        if not _SLOT_LABEL.search(text[line_start:tokens[i].start]):
            continue
        if _rare_word(judge, i) and judge.vocab.is_name(tokens[i].key) and _clear_given(judge, j):
            verdicts[i] = verdicts[i] or "name"
            verdicts[j] = verdicts[j] or "name"


#: ``&`` or ``and`` between two names
_JOIN = re.compile(r"[ \t]+(?:&|and|AND)[ \t]+")


def _mark_with_surname(judge: Judge, verdicts: list[str | None], i: int) -> None:
    """Mark token ``i`` a name, and the rare word right after it its surname."""
    verdicts[i] = "name"
    j = judge.neighbour(i, 1)
    if j is not None and verdicts[j] is None and _rare_word(judge, j):
        verdicts[j] = "name"


def lower_case_relatives(judge: Judge, verdicts: list[str | None]) -> None:
    """Mark lower-case given names after the cues of the module docstring, and a rare word that
    follows them."""
    tokens, text = judge.tokens, judge.text
    for i in range(len(tokens)):
        if verdicts[i] is not None or not _clear_given(judge, i) or not _cued(judge, i):
            continue
        _mark_with_surname(judge, verdicts, i)
    for i in range(len(tokens)):  # "parents: greg and linda ostrowski"
        if verdicts[i] != "name" or tokens[i].cap or verdicts[i + 1:i + 2] == ["name"]:
            continue
        for k in (i + 1, i + 2):
            if k < len(tokens) and verdicts[k] is None and _clear_given(judge, k) \
                    and _JOIN.fullmatch(text[tokens[i].end:tokens[k].start]):
                _mark_with_surname(judge, verdicts, k)
                break
    _slot_pairs(judge, verdicts)
    _short_forms(judge, verdicts)
    _lower_titles(judge, verdicts)
    _described_after_dash(judge, verdicts)
    _comma_surnames(judge, verdicts)


#: a dash or a colon, up to two words and a kinship or partner word: ``Jamal - regular partner``
_DESCRIBED_AFTER = re.compile(
    r"[ \t]+[-–:][ \t]+(?:[A-Za-z]+[ \t]+){0,2}?(?i:(?P<w>(?:"
    + "|".join(sorted(_KIN, key=len, reverse=True)) + r")(?:-in-law)?))\b"
)


def _described_after_dash(judge: Judge, verdicts: list[str | None]) -> None:
    """A given name, in any case, that a dash describes as a relative or a partner."""
    tokens, text, vocab = judge.tokens, judge.text, judge.vocab
    for i, t in enumerate(tokens):
        if verdicts[i] is not None or len(t.key) < 3 or t.allcaps:
            continue
        m = _DESCRIBED_AFTER.match(text, t.end)
        if m is None or "\n" in m.group():
            continue
        if t.key in vocab.first_names and not vocab.is_name_word(t.key) and t.key not in NEVER \
                and not judge.clinical(i) and not judge.claimed(t.start, t.end):
            verdicts[i] = "name"


def _comma_surnames(judge: Judge, verdicts: list[str | None]) -> None:
    """``cho, kevin (son)``: a listed surname, lower case, a comma before a lower-case name found."""
    tokens, text, vocab = judge.tokens, judge.text, judge.vocab
    for i in range(len(tokens) - 1):
        t = tokens[i]
        if verdicts[i] is not None or verdicts[i + 1] != "name" or t.cap or tokens[i + 1].cap:
            continue
        if text[t.end:tokens[i + 1].start] not in (", ", ","):
            continue
        if vocab.is_name(t.key) and not vocab.is_name_word(t.key) and vocab.zipf(t.key) < 3.5 \
                and t.key not in NEVER and t.key not in vocab.clinical and t.key not in vocab.drugs \
                and not judge.claimed(t.start, t.end):
            verdicts[i] = "name"


#: a lower-case doctor's title, maybe an initial: ``dr. p. holloway``, ``dr holloway``
_LOWER_TITLE = re.compile(r"(?:^|(?<=[^\w]))dr\.?[ \t]+(?:[a-z]\.[ \t]*)?$")


def _lower_titles(judge: Judge, verdicts: list[str | None]) -> None:
    """A listed surname that is no everyday word after a lower-case ``dr.`` and an initial."""
    tokens, text, vocab = judge.tokens, judge.text, judge.vocab
    for i, t in enumerate(tokens):
        if verdicts[i] is not None or t.cap or len(t.key) < 3 or i == 0:
            continue
        m = _LOWER_TITLE.search(text, max(0, t.start - 12), t.start)
        if m is None or not vocab.is_name(t.key) or vocab.is_name_word(t.key) \
                or vocab.zipf(t.key) >= 3.5 or t.key in NEVER or t.key in vocab.clinical \
                or t.key in vocab.drugs or judge.claimed(t.start, t.end):
            continue
        verdicts[i] = "name"
        k = i - 1
        if tokens[k].start >= m.start() and len(tokens[k].key) == 1 and verdicts[k] is None:
            verdicts[k] = "name"  # the initial


#: a quoted or bracketed short form right after a name: ``jessica ("jess")``, ``Robert 'rob'``
_SHORT_FORM = re.compile(r"[ \t]*\(?[ \t]*['\"“‘][ \t]*$")


def _short_forms(judge: Judge, verdicts: list[str | None]) -> None:
    """A quoted word of three letters or more that begins the given name just before it."""
    tokens, text = judge.tokens, judge.text
    for i in range(1, len(tokens)):
        t, p = tokens[i], tokens[i - 1]
        if verdicts[i] is not None or verdicts[i - 1] != "name" or len(t.key) < 3:
            continue
        gap = text[p.end:t.start]
        if "\n" in gap or not _SHORT_FORM.fullmatch(gap) or text[t.end:t.end + 1] not in "'\"”’":
            continue
        if p.key.startswith(t.key) and p.key != t.key and not judge.clinical(i):
            verdicts[i] = "name"


#: ``GREG & LINDA OSTROWSKI``, ``Carl and Brenda Whitfield``: a given name, ``&`` or ``and``
_JOINED_BEFORE = re.compile(r"(?:^|(?<=[^\w'’-]))(?P<g>[A-Za-z]{3,})[ \t]+(?:&|and|AND)[ \t]+$")


def joined_given_names(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The given names joined by ``&`` or ``and`` to a found name of two words or more, written
    in its case: the couple's other given name."""
    out: list[PhiSpan] = []
    for s in spans:
        value = text[s.start:s.end]
        if s.category != "name" or len(value.split()) < 2:
            continue
        m = _JOINED_BEFORE.search(text, max(0, s.start - 30), s.start)
        if m is None:
            continue
        g, key = m["g"], m["g"].lower()
        same_case = (g.isupper() and value.isupper()) or (g[0].isupper() and g[1:].islower()
                                                         and value[0].isupper())
        if same_case and key in vocab.first_names and not vocab.is_name_word(key) \
                and key not in NEVER and not vocab.is_common(key, threshold=5.0) \
                and key not in vocab.clinical and key not in vocab.drugs:
            out.append(PhiSpan(m.start("g"), m.end("g"), "name"))
    return out
