"""Where a quarantined instance holds burned-in text, and what a mask would blank.

For the privacy officer's review beside the rendered image: the lines of text the
:class:`~medenclave_deid.core.ports.TextDetector` finds in the frames the screen reads (those
the text policy counts as text; positions only, never the text; what a mask-and-release
blanks), and the regions of the mask rule that
matches the instance's device and size (what a release would blank). Coordinates are pixels of
the instance (before any reduction of the preview).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from medenclave_deid.core.burned_in import BurnedInScreen

__all__ = ["Box", "Regions", "find_regions"]

Box = tuple[int, int, int, int]   # x, y, width, height


@dataclass(frozen=True)
class Regions:
    text: tuple[Box, ...] = ()
    mask: tuple[Box, ...] = ()
    mask_rule: str = ""
    #: whether the pixels were read for text (a detector is configured and it worked)
    text_read: bool = False


def find_regions(dicom: bytes, screen: BurnedInScreen, *, max_boxes: int = 64) -> Regions:
    """The text lines and the mask regions of one instance (``max_boxes`` of each at most).

    Never raises for the pixels: an instance whose frame cannot be rendered, or a detector
    that fails, gives ``text_read=False`` (the officer still sees the image).
    """
    import pydicom

    try:
        ds = pydicom.dcmread(io.BytesIO(dicom), force=True)
    except Exception:  # a reader's error text may quote the data
        return Regions()
    rule = next((r for r in screen.rules if r.matches(ds)), None)
    mask = tuple(rule.regions[:max_boxes]) if rule is not None else ()
    name = rule.name if rule is not None else ""
    boxes = screen.text_boxes(ds)
    if boxes is None:
        return Regions(mask=mask, mask_rule=name)
    return Regions(text=boxes[:max_boxes], mask=mask, mask_rule=name, text_read=True)
