"""An electrocardiogram's measurement lines, kept whole in the last pass.

A resting ECG's printout lists its intervals, rates and axes one per line, in capitals on most
carts: ``VENT RATE 72 BPM``, ``PR INTERVAL 164 MS``, ``QRS DURATION 96 MS``, ``QT/QTC 398/421 MS``,
``P-R-T AXES 45 12 38``. Faxed and scanned (OCR'd), the labels pick up a zero for an O and a one
for an I (``PR 1NTERVAL``, ``QRS DURAT10N``) and dotted leaders (``QT/QTC ....... 398/421 MS``).
Finders misread such a line: ``P-R-T`` looks like a person's initials to the learned tagger, a bare
three-digit interval after an OCR'd label like a ZIP code.

Such a line holds no PHI. A measurement is a known ECG label (read with the OCR digits put back to
letters) followed, after blanks, dots, a colon or a tab, by one to three signed numbers (``398/421``,
``-9 -57 -35``) and a unit where one belongs (BPM, MS, degrees); any span that lies inside the
label or the value is released. The label must open its line or stand after a wide gap, so prose
("Pt Rate 72") is not read as a printout's row.

Carts that print several measurements on one row (``VENT RATE 59 BPM   PR 212 MS   QRS 148 MS``)
give the finders a run of number, capitals and a short label that reads like a street address
(``59 BPM   PR``): measurements separated only by blanks form one run, and a span inside a run is
released as well. An axis printed alone (``AXIS -47``, OCR'd ``AX1S``) is a measurement too.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["ecg_measurements", "keep_ecg_measurements"]

#: OCR's digits for letters inside a word (``1NTERVAL``, ``DURAT10N``, ``AX5S`` is not read)
_OCR = str.maketrans({"0": "O", "1": "I"})
_WORD = re.compile(r"[A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*")

_RATE = r"(?:(?:VENT(?:RICULAR|\.)?|ATRIAL|ATR\.?|HEART|V|A)[ \t]*)?RATE"
_PR = r"(?:P-?R|PQ)(?:[ \t]*(?:INTERVAL|INT\.?))?"
_QRS = r"QRS(?:D|[ \t]*(?:DURATION|DUR\.?))"
_QT = r"QT(?:/QTC[BF]?|[ \t]*/[ \t]*QTC[BF]?|C[BF]?)(?:[ \t]+(?:BAZETT|FRIDERICIA))?"
_AXES = (
    r"(?:P[- ]?R[- ]?T|P-QRS-T)[ \t]+AXES|AXES[ \t]+(?:P[- ]?R[- ]?T|P-QRS-T)"
    r"|(?:(?:QRS|FRONTAL|P|T)[ \t]+)?AXIS"
)
_RR = r"(?:RR|PP|P)[ \t]*(?:INTERVAL|INT\.?|DURATION|DUR\.?)"
_LABEL = rf"(?:{_RATE}|{_AXES}|{_QT}|{_QRS}|{_RR}|{_PR})"
_NUM = r"[-+]?\d{1,4}"
_MEASURE = re.compile(
    rf"(?i)(?:(?<=\n)|^|(?<=[ \t]{{2}})|(?<=\t))(?P<label>{_LABEL})"
    rf"(?P<gap>[ \t]*:?[ \t]*(?:\.{{2,}}[ \t]*)?|[ \t]*\t[ \t]*)"
    rf"(?P<value>{_NUM}(?:(?:[ \t]*/[ \t]*|[ \t]+){_NUM}){{0,2}})"
    rf"(?:[ \t]*(?:BPM|MSEC|MS|DEG(?:REES)?|°))?(?![\w/.])"
)


def _read(text: str) -> str:
    """``text`` with OCR's 0 and 1 read as O and I inside words that have letters (same length)."""
    return _WORD.sub(lambda m: m.group().translate(_OCR) if not m.group().isdigit() else m.group(), text)


def ecg_measurements(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every ECG measurement (label, value and unit) in ``text``."""
    if not re.search(r"(?i)q[rt]s?|axes|rate", text):
        return []
    return [(m.start(), m.end()) for m in _MEASURE.finditer(_read(text))]


def keep_ecg_measurements(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without those inside an ECG measurement (module docstring)."""
    found = ecg_measurements(text)
    if not found:
        return spans
    # one row's measurements, blanks between them, are one run ("59 BPM   PR" is no street)
    runs: list[tuple[int, int]] = []
    for a, b in found:
        if runs and not text[runs[-1][1] : a].strip(" \t"):
            runs[-1] = (runs[-1][0], b)
        else:
            runs.append((a, b))
    found = runs
    return [s for s in spans if not any(a <= s.start and s.end <= b for a, b in found)]
