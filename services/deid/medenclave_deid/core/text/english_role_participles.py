"""A role's participle before a credential is a label, not a name: ``Referring MD | Dr. K. Foster``,
``Attending physician:``, ``Ordering provider``, ``Covering NP``.

A capitalised word before ``MD``, ``DO``, ``NP``, ``PA``, ``RN`` or a word for a clinician reads
like a surname with its credential (``Foster MD``); the participles that say which clinician a
field is for (referring, attending, ordering, admitting, consulting, covering …) are never anyone's
name there, nor are the qualifiers ``Primary``, ``Responsible``, ``Charge``, ``Triage``, ``Float``
and ``Bedside`` (``Charge RN -``); once such a word is a label, its copies that the name's
propagation took elsewhere in the note go too. Surnames that end in -ing (Fleming, Manning,
Cushing) are not in the list.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["drop_role_participles"]

_PARTICIPLES = frozenset(
    """
referring attending ordering admitting consulting covering treating operating supervising rounding
prescribing reading interpreting performing requesting discharging accepting transferring evaluating
reviewing authorizing authorising verifying signing primary responsible charge triage float bedside
""".split()
)
_CREDENTIAL_NEXT = re.compile(
    r"[ \t]+(?:MD|DO|NP|PA|PA-C|RN|APRN|CRNA|(?i:physician|provider|doctor|clinician|surgeon|radiologist|"
    r"pathologist|nurse|practitioner|anesthesiologist|anaesthetist))\b"
)


def drop_role_participles(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the one-word name spans of a role's participle written before a credential.

    Args:
        text: an English note.
        spans: resolved spans.
    """
    labels = {
        text[s.start : s.end].lower()
        for s in spans
        if s.category == "name"
        and text[s.start : s.end].lower() in _PARTICIPLES
        and _CREDENTIAL_NEXT.match(text, s.end)
    }
    return [s for s in spans if not (s.category == "name" and text[s.start : s.end].lower() in labels)]
