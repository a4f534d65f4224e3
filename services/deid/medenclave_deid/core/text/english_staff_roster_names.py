"""The people a staff field lists, in the forms set-up sheets, procedure logs and checklists write
them: ``Therapists: A. LOCKHART, B. FIELDS``, ``Sim therapists T. Hill / O. Marsh``, ``Set-up team:
E. Reading & R. Carver``, ``Radiographers: Marsh, Oren; Hill, Tamsin``, ``therapist_2=Barley O``,
``Consultant - FAIRLEY, WYNN``, ``radiation oncologist=Barley, Rufus``.

An initial and a surname (``E. Reading``, ``A.Lockhart``, ``I. LANE``) after a staff word on the
line (therapist, RTT, radiographer, physician, oncologist, consultant, team, staff, performed by,
signed ...) is a person even where the surname is a town or an everyday word, and even in
capitals; a place found there becomes the person's surname. A staff field's whole value written
``Surname, Given`` or ``Surname I`` is the person too. Clinical words and drugs are no one's
surname (``L. Breast``, ``Site: R. Lung``).

A found person's initials written as a field's whole value (``MD review: OF``, ``Tattoos: nc
10:15``) are the person as well; service and route abbreviations (``IV``, ``PT``) stay.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medenclave_deid.core.text.english_role_initials_fuzz23e import NO_ONE
from medenclave_deid.core.text.english_staff_marks_fuzz22 import NOT_INITIALS
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_field_initials", "find_roster_names"]

_STAFF = re.compile(
    r"(?i)\b(?:therapists?|rtts?|radiographers?|dosimetrists?|physicists?|physicians?|oncologists?|"
    r"consultants?|attendings?|registrars?|residents?|fellows?|nurses?|techs?|technologists?|team|"
    r"staff|md|dr|signed|sign-?off|signature|(?:performed|done|written|checked|verified|entered|"
    r"completed|reviewed|approved|outlined|contoured|simulated|scanned|set[ -]?up)[ \t]+by|present)\b"
)
_SURNAME = r"(?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z][A-Z'-]+[A-Z]"
_INITIAL_NAME = re.compile(rf"(?<![\w./])[A-Z]\.[ \t]?(?P<s>{_SURNAME})(?![\w.'-]|\.[ \t]*[A-Za-z])")
#: a sentence's or a clause's end ("effect. ", "aware; "), not a title's full stop ("Dr. ")
_CLAUSE_END = re.compile(r"\b(?!(?:Dr|Mr|Mrs|Ms|St|Prof|Sr|Jr)\.)[A-Za-z0-9]{2,}[.;!?][ \t]+")
_VALUE = re.compile(
    r"(?im)^[ \t]*(?P<label>[A-Za-z][A-Za-z _/-]{1,40}?)[ \t]*(?:\d[ \t]*)?(?:[:=]|[ \t]-[ \t])[ \t]*"
    r"(?P<v>[^\n]*?)[ \t]*$"
)
_INVERTED = re.compile(rf"(?P<s>{_SURNAME}),[ \t]*(?P<g>{_SURNAME})")
_SURNAME_INITIAL = re.compile(rf"(?P<s>{_SURNAME})[ \t]+[A-Z]\.?")
_ITEM_END = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\)|,[ \t]*[A-Za-z-]{2,6})?[ \t]*$")
_SIGN = re.compile(r"(?i)\b(?:review|check|initials?|sign|verif)")
_TIME = r"(?:[ \t]+(?:at[ \t]+)?\d{1,2}:?\d{2}(?:[ \t]*[ap]\.?m\.?)?)?"


_BODY = frozenset(
    """
breast lung chest brain pelvis prostate arm arms leg legs hip knee foot feet hand eye ear neck head
side lobe kidney liver bone spine rib ribs skin face jaw lip tongue throat bowel colon rectum cervix
bladder abdomen back shoulder elbow wrist ankle thigh groin axilla nodes node
""".split()
)


def _clinical(word: str, vocabulary: TextVocabulary) -> bool:
    lower = word.lower()
    return (
        lower in vocabulary.clinical or lower in _BODY or is_clinical_word(lower) or lower in CREDENTIAL_WORDS
    )


def _staff_line(text: str, start: int) -> bool:
    """A staff word before ``start`` in its clause of the line, or in the head of the table whose
    row it is (not "Dr. Turner ... AST 159 U/L. Toxic exposure")."""
    line_start = text.rfind("\n", 0, start) + 1
    clause = max((m.end() for m in _CLAUSE_END.finditer(text, line_start, start)), default=line_start)
    if _STAFF.search(text, clause, start):
        return True
    while text.startswith("|", line_start) and line_start > 0:  # up to the table's head
        above = text.rfind("\n", 0, line_start - 1) + 1
        if not text.startswith("|", above):
            break
        line_start = above
    return text.startswith("|", line_start) and bool(
        _STAFF.search(text, line_start, text.find("\n", line_start))
    )


def find_roster_names(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """``spans`` with a staff field's people added (the module docstring); a place found where a
    person's surname stands becomes the person's name.

    Args:
        text: an English note.
        spans: the spans found so far.
        vocabulary: the word knowledge.
    """
    new: list[PhiSpan] = []
    for m in _INITIAL_NAME.finditer(text):
        if not _clinical(m.group("s"), vocabulary) and _staff_line(text, m.start()):
            new.append(PhiSpan(m.start(), m.end(), "name"))
    for m in _VALUE.finditer(text):
        if not _STAFF.search(m.group("label").replace("_", " ")):  # "therapist_2="
            continue
        start = m.start("v")
        for item in re.finditer(r"[^;/&+\n]+", m.group("v")):
            body = item.group().strip()
            at = start + item.start() + (len(item.group()) - len(item.group().lstrip()))
            shape = _INVERTED.match(body) or _SURNAME_INITIAL.match(body)
            if not shape or not _ITEM_END.fullmatch(body, shape.end()):
                continue
            words = [shape.group("s")] + ([shape.group("g")] if "g" in shape.groupdict() else [])
            if any(_clinical(w, vocabulary) for w in words):
                continue
            if shape.re is _INVERTED and not vocabulary.is_name(shape.group("g").lower()):
                continue  # "Site, Left": a given name is a name
            new.append(PhiSpan(at, at + shape.end(), "name"))
    if not new:
        return spans
    # a town or an everyday word found inside a person's name is the person's surname; one name
    # found over two people ("O. Rowe, N. Lane" read as "Rowe, N") is the two
    spans = [s for s in spans if sum(s.start <= n.start and n.end <= s.end for n in new) < 2]
    kept = [
        s
        for s in spans
        if not (s.category != "name" and any(n.start <= s.start and s.end <= n.end for n in new))
    ]
    return kept + [n for n in new if not any(s.start <= n.start and n.end <= s.end for s in kept)]


@lru_cache(maxsize=256)
def _field_pattern(alt: str) -> re.Pattern[str]:
    """A field whose whole value is one of an alternation of initials (compiled once per set)."""
    return re.compile(
        rf"(?m)^[ \t]*[A-Za-z][A-Za-z /-]{{1,30}}:[ \t]*(?P<v>{alt})(?![\w.'-]){_TIME}[ \t]*\.?[ \t]*$"
    )


def find_field_initials(text: str, spans: list[PhiSpan], initials: set[str]) -> list[PhiSpan]:
    """A found person's initials written as a field's whole value (``MD review: OF``).

    Args:
        text: an English note.
        spans: the spans found so far.
        initials: the found people's initials, in capitals.
    """
    forms = {f for v in initials for f in (v, v.lower()) if f in text}  # those the text holds
    if not forms:
        return []
    field = _field_pattern("|".join(sorted(forms, key=lambda f: (-len(f), f))))
    out = []
    for m in field.finditer(text):
        value = m.group("v")
        signs = _STAFF.search(m.group()) or _SIGN.search(m.group())
        if not signs and (value.lower() in NO_ONE or value.upper() in NOT_INITIALS):
            continue  # "Route: IV"; but "MD review: OR" is the doctor
        if not any(s.start <= m.start("v") < s.end for s in spans):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
