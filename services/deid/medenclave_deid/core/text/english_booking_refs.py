"""Booking and referral references after their label: the NHS e-Referral Service's twelve-digit
UBRN written in three groups of four (``UBRN: 0415 2276 3391``, ``e-RS ref 041522763391``), and a
"booking reference" or "referral number" of the same shape. Twelve digits in 4-4-4 are no date,
phone or NHS number, but a list of years can look alike, so the label is asked for.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_booking_refs"]

_REF = re.compile(
    r"(?i:\b(?:UBRN|e-?RS(?:[ \t]+(?:UBRN|ref(?:erence)?|no\.?|number))?|"
    r"(?:booking|referral|appointment)[ \t]+(?:ref(?:erence)?|number|no\.?|id)(?:[ \t]+(?:number|no\.?))?))"
    r"[ \t]*[:#.=-]?[ \t]*(?P<v>\d{4}[ \t-]?\d{4}[ \t-]?\d{4})(?![\w-])"
)


def find_booking_refs(text: str) -> list[PhiSpan]:
    """Spans ("other_id") of labelled twelve-digit booking and referral references."""
    return [PhiSpan(m.start("v"), m.end("v"), "other_id") for m in _REF.finditer(text)]
