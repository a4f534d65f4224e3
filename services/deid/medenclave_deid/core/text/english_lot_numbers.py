"""Lot and batch numbers, which identify a product's batch and no one (the notes' rules leave
them, like a model's or a REF number): ``Kit lot 23K11``, ``Vaccine lot: EW0182``, ``lot #
4471B``, ``Batch no. K2231``. A span a generic number finder took right after such a label is
dropped; a serial number (``SN``, ``serial``) stays found.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["keep_lot_numbers"]

#: a lot's or a batch's label, right before its number
_LOT_LABEL = re.compile(r"(?i)\b(?:lot|batch)[ \t]*(?:#|no\.?|number|num\.?)?[ \t]*[:#]?[ \t]*$")


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
    ]
