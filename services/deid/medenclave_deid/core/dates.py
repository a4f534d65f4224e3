"""Date shifting for Retain Longitudinal Temporal Information with Modified Dates.

Every date of one patient moves by the same number of days (the patient's offset, kept with the
pseudonym), so intervals between studies survive while the calendar dates do not.
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["cap_age", "shift_da", "shift_dt"]

_DA = re.compile(r"^\d{8}$")
_AGE = re.compile(r"^(\d{3})([DWMY])$")


def _shift_one(value: str, days: int) -> str | None:
    value = value.strip()
    if not value:
        return ""
    if not _DA.match(value):
        return None
    try:
        day = _dt.date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return None
    try:
        return (day + _dt.timedelta(days=days)).strftime("%Y%m%d")
    except OverflowError:
        return None


def shift_da(value: str, days: int) -> str | None:
    """A DA value (or ``A-B`` range) shifted by ``days``; ``None`` when it is not a valid date."""
    parts = str(value).split("-")
    if len(parts) > 2:
        return None
    shifted = [_shift_one(p, days) for p in parts]
    if any(s is None for s in shifted):
        return None
    return "-".join(s for s in shifted if s is not None)


def shift_dt(value: str, days: int) -> str | None:
    """A DT value shifted by ``days`` (time and zone kept); ``None`` when the date part is not
    a full ``YYYYMMDD``."""
    text = str(value).strip()
    if not text:
        return ""
    head = _shift_one(text[:8], days)
    if head is None:
        return None
    return head + text[8:]


def cap_age(value: str) -> str | None:
    """An AS value with ages of 90 years and over written as ``090Y``; ``None`` when invalid."""
    m = _AGE.match(str(value).strip())
    if not m:
        return None
    number, unit = int(m.group(1)), m.group(2)
    years = {"Y": number, "M": number / 12, "W": number / 52, "D": number / 365}[unit]
    return "090Y" if years >= 90 else f"{number:03d}{unit}"
