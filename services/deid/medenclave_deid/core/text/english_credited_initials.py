"""Staff initials with their credential in brackets: ``irrigation … by SL (MA)``, ``checked by
KT (RN)``, ``- DC (CMA)``.

Two or three capitals followed by a bracketed credential (md, rn, ma, cma, lpn, rt, emt …) are a
person's initials in any line, not only in a flowsheet's row: a credential in brackets qualifies
the person just named. A unit, a service or a clinical abbreviation before the bracket (``ICU
(RN)``, ``ED (MD)``, ``OR (RN)``) is a place's staff, not anyone's initials.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_credited_initials"]

_CRED = "|".join(sorted((w.upper() for w in CREDENTIAL_WORDS if w.isalpha()), key=len, reverse=True))
_INITIALS = re.compile(rf"(?<![\w/.&'’-])(?P<v>[A-Z]{{2,3}})[ \t]*\([ \t]*(?:{_CRED})[ \t]*\)")
#: units, services, clinical and credential abbreviations that stand before a bracketed credential
_NOT_INITIALS = frozenset(
    """
ICU ED ER OR ENT GI OB CCU PACU NICU PICU SICU MICU CVICU ICN SCN NP PA RN MD DO MA LPN RT EMT CNA CMA
IR CT MRI EKG ECG IV PO NPO PRN HS AM PM CC US USA VA EMS OT PT SLP LD LDR MFM
""".split()
)


def find_credited_initials(text: str) -> list[PhiSpan]:
    """The name spans of the initials of the module docstring.

    Args:
        text: an English note.
    """
    if "(" not in text:
        return []
    return [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _INITIALS.finditer(text)
        if m.group("v") not in _NOT_INITIALS
    ]
