"""Airway, catheter and line brands written alone with their size, kept as devices.

Notes name a tube by its maker and size without the tube's noun: ``tracheostomy (Shiley 6)``,
``trach changed to Portex 7.0``, ``Bivona 6 cuffless``, ``#6 Shiley``, ``Foley 16 Fr``,
``Groshong 5 Fr``, ``Macintosh 3`` blade. The brands are surnames and towns in the name
lists, and a name rule reads one before a number as a person or a place. A listed device brand
next to its size (a number, maybe with a model's letters or a unit: ``Shiley XLT 6``, ``6.0
Portex``, ``Corpak 10 Fr``) is the device when the size has a unit (``Fr``, ``French``, ``mm``)
or a device's word (trach, cannula, catheter, tube, blade, intubated, PICC …) stands on the same
line. Brands that are common surnames (Miller, Jackson, Cook) are left out. A title before it
(``Dr. Shiley 6``) still makes it a person.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["DEVICE_BRANDS", "keep_device_brands"]

#: makers' names of tubes, cannulas, catheters, lines and blades (lower case)
DEVICE_BRANDS = frozenset(
    """
shiley portex bivona tracoe holinger foley coude fogarty hickman broviac groshong tenckhoff malecot
pezzer corpak dobhoff keofeed replogle blakemore sengstaken quinton permcath mahurkar vascath passy
magill macintosh yankauer penrose hemovac pleurx swan-ganz mallinckrodt rusch
""".split()
)
_MODEL = r"(?:[ \t-]+(?:XLT|LPC|DCT|DCFS|CFS|FEN|PERC|TTS|DIC|LO|Flextend|Uniperc|cuffed|uncuffed|cuffless))?"
_SIZE = r"\#?[ \t]*\d{1,2}(?:\.\d)?(?:[ \t]*(?P<unit>Fr|FR|fr|French|F|mm|Ch|CH)\b\.?)?"
_BRAND = r"(?P<w>[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]{3,})"
#: brand then size (``Shiley 6``, ``Portex XLT 7.0``), or size then brand (``#6 Shiley``)
_SIZED = re.compile(
    rf"(?<![A-Za-z'’-]){_BRAND}{_MODEL}[ \t]*(?:size[ \t]*)?{_SIZE}(?![\d/:]|\.\d|[A-Za-z])"
    rf"|(?<![\w.])(?:size[ \t]*)?\#?[ \t]*\d{{1,2}}(?:\.\d)?(?:[ \t]*(?P<unit2>Fr|French|mm)\b\.?)?[ \t]+"
    rf"(?P<w2>[A-Z][a-z]+|[A-Z]{{3,}})(?![A-Za-z'’-])"
)
#: a device's word on the same line
_DEVICE_WORD = re.compile(
    r"(?i)\b(?:trach\w*|cannula|catheter\w*|cath|tubes?|ETT|airway|stoma|PEG|G-?tube|J-?tube|NG|OG|"
    r"NJ|line|PICC|CVC|port|blade|laryngoscop\w*|intubat\w*|DL|valve|drain|dialysis|HD|sump|"
    r"urinary|bladder|foley|balloon|inner|outer|obturator|decannulat\w*|cuff\w*)\b"
)
_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse|rev))\.?[ \t]+$")


def _ranges(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _SIZED.finditer(text):
        key = "w" if m.group("w") else "w2"
        if m.group(key).lower() not in DEVICE_BRANDS:
            continue
        if _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if m.group("unit") or m.group("unit2") or _DEVICE_WORD.search(line):
            out.append((m.start(), m.end()))
    return out


def keep_device_brands(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the name and place spans that lie inside a sized device brand.

    Args:
        text: the note.
        spans: resolved spans.
    """
    if not spans:
        return spans
    brands = _ranges(text)
    if not brands:
        return spans
    return [
        span
        for span in spans
        if not (
            span.category in ("name", "geo", "workplace", "hospital")
            and any(s <= span.start and span.end <= e for s, e in brands)
        )
    ]
