"""A procedure team member named by one word right after their role, where a record has room only
for a surname or initials.

``surgeon STONE; circulator EL``, ``Tech: Killian``, ``Technologist: IT``, ``scrub tech RB /``:
after an operating or imaging team's role word (surgeon, circulator, scrub, CRNA, technologist,
tech, perfusionist, first assistant, scribe, injector, witness …) a single word that ends the item
(a semicolon, a comma, a slash, a wide gap, the line's end) is the person:

* two or three capitals are their initials, unless they abbreviate a department, a credential or
  a word (``surgeon ENT``, ``circulator RN``, ``Tech: N/A``), or, after an imaging role, a
  modality (``Technologist: CT``);
* a word in capitals or a capitalised word is their surname or given name, unless it names a
  specialty, or a word list calls it clinical (a known surname in capitals is the person even
  then: ``surgeon STONE``) or an everyday word that names no one (``Surgeon: Orthopedics``,
  ``Tech: Pending``, ``surgeon AWARE``); a word only as common as ``Lockhart`` is a surname.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import SPECIALTY
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_team_role_words"]

_IMAGING = r"technologist|tech|technician|sonographer|radiographer"
_ROLE = (
    r"(?i:surgeon|co-surgeon|circulator|circulating(?:[ \t]+(?:rn|nurse))?|scrub(?:[ \t]+(?:tech|nurse|rn))?|"
    r"crna|anesthetist|anaesthetist|anesthesiologist|anaesthetist|perfusionist|first[ \t]+assist(?:ant)?|"
    rf"assistant|scribe|recorder|runner|injector|checker|verifier|witness|observer|preceptor|proctor|{_IMAGING})"
)
_WORD = re.compile(
    rf"(?<![\w/-])(?P<role>{_ROLE})(?:[ \t]*:[ \t]*|[ \t]+)"
    r"(?P<v>[A-Z][A-Za-z'’-]*[A-Za-z])(?=[ \t]*(?:[;,/]|$)|[ \t]{2,}|\t)",
    re.M,
)
_SPECIALTY = re.compile(SPECIALTY)
#: capitals that abbreviate a department, a credential, a time or a word, not a person
_NOT_INITIALS = frozenset(
    """
RN MD DO RT CST LPN CNA NA TBD OR ED ER ICU CCU ENT GI ID IR OB EP PT OT PA AM PM OK NO YES ALL PRN
ASAP STAT IV PO IM SC
""".split()
)
_MODALITIES = frozenset("CT MR MRI US XR DX CR NM IR PET DEXA DXA MG RF".split())
#: what a role's slot holds when it names no one
_NO_ONE = frozenset("bedside tba tbd float relief agency locum traveler pool prn none self same".split())


def _person(word: str, role: str, vocabulary: TextVocabulary) -> bool:
    lower = word.lower()
    if word.isupper() and len(word) <= 3:
        if word in _NOT_INITIALS:
            return False
        return not (re.fullmatch(_IMAGING, role, re.I) and word in _MODALITIES)
    if (word.isupper() and word in _MODALITIES) or _SPECIALTY.fullmatch(word):
        return False
    if word.isupper() and vocabulary.is_name(lower):
        return True  # "surgeon STONE;": a surname in capitals, though a word list knows the word
    if is_clinical_word(lower) or lower in vocabulary.clinical or lower in vocabulary.drugs:
        return False
    if lower in _NO_ONE or lower.endswith(("ed", "ing")):
        return False
    return vocabulary.is_name(lower) or not vocabulary.is_common(lower, threshold=3.5)


def find_team_role_words(text: str, vocabulary: TextVocabulary) -> list[PhiSpan]:
    """The one-word people of the shape above (module docstring)."""
    return [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _WORD.finditer(text)
        # a heading in capitals ("CIVIL SURGEON WORKSHEET") names no one after its role word
        # ("SURGEON: STONE", a form's field in capitals, does)
        if not (m["role"].isupper() and m["v"].isupper() and len(m["v"]) > 3 and ":" not in m[0])
        and _person(m["v"], m["role"], vocabulary)
    ]
