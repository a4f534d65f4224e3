"""A test kit's or a reagent's lot number, which identifies a batch of supplies and no one:
``Kit lot 23K11``, ``reagent lot: R4471``, ``strip lot # 8812B``. A span a generic number finder
took right after such a label is dropped; a serial number (``SN``, ``serial``) stays found, and
so does a bare "Lot #" (a vaccine's lot, which the notes' rules remove). The container before
a lot's label (``Vial lot: C4455C3``, ``mL NS  Vial lot``) is no one's surname either.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["keep_lot_numbers"]

#: a lot's or a batch's label, right before its number
_LOT_LABEL = re.compile(
    r"(?i)\b(?:kit|reagent|strip|cartridge|cassette|control|vial)[ \t]+(?:lot|batch)[ \t]*"
    r"(?:#|no\.?|number|num\.?)?[ \t]*[:#]?[ \t]*$"
)

#: a supply's container written right before its lot's label ("Vial lot:", "Kit lot 23K11")
_CONTAINER = re.compile(r"(?i)\b(?:vial|kit|tray|syringe|bottle|cartridge|carton|pack)$")
_LOT_AFTER = re.compile(r"(?i)[ \t]+(?:lot|batch)\b")


def keep_lot_numbers(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the generic numbers that are a lot's or a batch's number.

    Args:
        text: an English note.
        spans: the resolved spans.
    """
    return [
        span
        for span in spans
        if not (
            span.category in ("other_id", "device")
            and _LOT_LABEL.search(text, max(0, span.start - 24), span.start)
        )
        and not (
            span.category == "name"
            and _CONTAINER.search(text, span.start, span.end)
            and _LOT_AFTER.match(text, span.end)
        )
    ]
