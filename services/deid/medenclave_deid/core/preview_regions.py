"""Where a quarantined instance holds burned-in text, and what a mask would blank.

For the privacy officer's review beside the rendered image: the lines of text the
:class:`~medenclave_deid.core.ports.TextDetector` finds in the first frame (those the text
policy counts as text; positions only, never the text), and the regions of the mask rule that
matches the instance's device and size (what a release would blank). Coordinates are pixels of
the instance (before any reduction of the preview).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from medenclave_deid.core.burned_in import BurnedInScreen
from medenclave_deid.core.pixel_frames import render_frames

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
    if screen.detector is None:
        return Regions(mask=mask, mask_rule=name)
    try:
        frame = render_frames(ds, most=1, max_side=screen.max_side)[0]
        boxes = screen.detector.detect(frame)
    except Exception:  # FrameRenderError, a detector bug or outage: not read, fail safe
        return Regions(mask=mask, mask_rule=name)
    columns = int(ds.get("Columns", 0) or 0) or frame.shape[1]
    scale = columns / frame.shape[1] if frame.shape[1] else 1.0
    text = tuple((round(b.x * scale), round(b.y * scale), round(b.width * scale),
                  round(b.height * scale))
                 for b in boxes if screen.policy.is_text(b, frame.shape[0]))[:max_boxes]
    return Regions(text=text, mask=mask, mask_rule=name, text_read=True)
