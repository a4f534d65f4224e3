"""A prescriber written as ``SURNAME, I`` right before their DEA or NPI number.

Prescription-monitoring (PDMP) reports, fill histories and controlled-substance logs list each
fill's prescriber in the report's own short form, surname and initial (``SWIFT, A``, ``Lake, H.``,
``ST. CLAIR, M``), and the prescriber's DEA registration (two letters and seven digits,
``FS6266039``) or NPI (ten digits) follows in the next cell. The name finders pass over a short
form whose surname is an everyday word (``FIELD, W``, ``GOLD, K``, ``STONE, W``); the number after
it says a person is named there. A surname of one or two words, a comma and an initial or a given
name, then a tab, a run of spaces, a bar or a label (``DEA:``, ``NPI``), then the number: the name
is a person's, whatever its words; a credential (``MD, FACP  1234567893``) or a device's ``XS, SN``
before a number is no one's.

A prescription bottle's label names its prescriber by initial and surname in a slot of its own:
after ``Prescriber:`` / ``Prescribed by:`` / ``Ordered by:`` or a ``Dr.`` opening the line
(``Prescriber: P. MARLOWE``, ``DR. K. FENWICK``), the initial(s) and one or two words ending the
line or standing before the prescriber's DEA number (``PRESCRIBER G. ROE  (DEA AB1234567``); an
``MD:`` label opening the line is a slot too. The surname may be a town's name too (``H.
FAIRBANKS``); the slot says it is a person. An OCR'd label may read its ``D`` as ``0``
(``PRESCRIBE0 BY:``, ``0R. K. FENWICK``, ``M0: K. FENWICK  0EA# …``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_prescriber_ids"]

_NAME = r"(?:St\.?[ \t]|ST\.?[ \t]|Mc|MC|O['’])?[A-Z][A-Za-z'’]+(?:[- ][A-Z][A-Za-z'’]+)?"
_PRESCRIBER = re.compile(
    rf"(?<![A-Za-z0-9,])(?P<v>(?P<s>{_NAME}),[ \t]?(?P<g>[A-Z](?:[a-z]+)?)\.?)"
    r"(?=[ \t]*(?:\|[ \t]*|\t[ \t]*|[ \t]{2,}|[ \t]\(?)(?:(?:DEA|NPI)[ \t]*(?:#|no\.?)?[ \t]*:?[ \t]*)?"
    r"(?:[A-Z]{2}\d{7}|\d{10})\b)"
)

_NUMBER = re.compile(r"[A-Z]{2}\d{7}|\d{10}")
#: "Prescriber: P. MARLOWE", "PRESCRIBED BY: H. FAIRBANKS", "DR. K. FENWICK" alone on its line
_LABEL_SLOT = re.compile(
    r"(?im)(?:(?:prescriber|prescribe[d0][ \t]+by|prescribing[ \t]+(?:physician|provider|doctor)|"
    r"or[d0]ered[ \t]+by)[ \t]*[:#-]?[ \t]*(?:[d0]r\.?[ \t]+)?|^[ \t]*[d0]r\.?[ \t]*:?[ \t]+|"
    r"^[ \t]*m[d0][ \t]*:[ \t]*)"
    r"(?P<v>(?-i:[A-Z]\.[ \t]?(?:[A-Z]\.[ \t]?)?[A-Z][A-Za-z'’-]+(?:[ \t][A-Z][A-Za-z'’-]+)?))"
    r"(?=[ \t]*(?:,[ \t]*(?i:md|do|np|pa-?c?|dds|dmd)\b[^\n]*|[ \t]*\(?[ \t]*[d0]ea\b[^\n]*)?$)"
)


def find_prescriber_ids(text: str) -> list[PhiSpan]:
    """Prescribers of ``text`` named in short form before a DEA or NPI number or in a label's slot."""
    slots = [PhiSpan(m.start("v"), m.end("v"), "name") for m in _LABEL_SLOT.finditer(text)]
    if "," not in text or not _NUMBER.search(text):
        return slots
    return slots + [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _PRESCRIBER.finditer(text)
        if not any(w.lower() in CREDENTIAL_WORDS for w in (*m.group("s").split(), m.group("g")))
    ]
