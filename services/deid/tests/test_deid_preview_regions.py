"""The quarantine preview's regions: the text lines found (instance pixels, even when the
frame was shrunk for the detector) and the matching mask rule's regions; fail safe. The
officer's mask-and-release: the text found is blanked, or the image stays quarantined."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np

from medenclave_deid.core.burned_in import (
    MASK_NOTHING_FOUND,
    OFFICER_MASK,
    BurnedInScreen,
    MaskRule,
    mask_encoded,
)
from medenclave_deid.core.ports import TextBox, TextDetectorUnavailable
from medenclave_deid.core.preview_regions import find_regions

_spec = importlib.util.spec_from_file_location(
    "preview_helpers", Path(__file__).with_name("test_deid_preview.py"))
_helpers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_helpers)  # type: ignore[union-attr]


class FakeDetector:
    """Our own port: one confident line of text and one lone mark (not text)."""

    def __init__(self, fail: bool = False) -> None:
        self.fail = fail
        self.shapes: list[tuple[int, ...]] = []

    def detect(self, image: np.ndarray) -> list[TextBox]:
        if self.fail:
            raise TextDetectorUnavailable("down")
        self.shapes.append(image.shape)
        return [TextBox(x=10, y=4, width=60, height=8, confidence=0.95, characters=9),
                TextBox(x=90, y=30, width=4, height=4, confidence=0.99, characters=1)]


def _image(rows: int = 40, columns: int = 200, **header) -> bytes:
    return _helpers._instance(np.zeros((rows, columns), dtype=np.int16), **header)


def test_text_lines_and_mask_regions_are_found():
    rule = MaskRule(name="us-vendor", regions=((0, 0, 200, 12),), rows=40, columns=200)
    regions = find_regions(_image(), BurnedInScreen(rules=(rule,), detector=FakeDetector()))
    assert regions.text == ((10, 4, 60, 8),) and regions.text_read   # the lone mark is not text
    assert regions.mask == ((0, 0, 200, 12),) and regions.mask_rule == "us-vendor"


def test_boxes_are_in_instance_pixels_when_the_frame_was_shrunk():
    detector = FakeDetector()
    regions = find_regions(_image(40, 400), BurnedInScreen(detector=detector, max_side=200))
    assert detector.shapes[0][1] == 200                       # the detector saw half the size
    assert regions.text == ((20, 8, 120, 16),) and regions.mask == ()


def test_no_detector_or_a_failing_one_reads_nothing_and_never_raises():
    assert not find_regions(_image(), BurnedInScreen()).text_read
    failing = find_regions(_image(), BurnedInScreen(detector=FakeDetector(fail=True)))
    assert failing.text == () and not failing.text_read
    assert find_regions(b"not dicom at all", BurnedInScreen(detector=FakeDetector())).text == ()


def _at_risk(pixels: np.ndarray | None = None):
    import io

    import pydicom

    pixels = np.full((40, 200), 900, dtype=np.int16) if pixels is None else pixels
    return pydicom.dcmread(io.BytesIO(_helpers._instance(pixels, BurnedInAnnotation="YES")))


def test_mask_and_release_blanks_the_text_found():
    screen = BurnedInScreen(detector=FakeDetector())
    ds = _at_risk()
    verdict = screen.assess(ds, override=True, mask_text=True)
    assert not verdict.quarantine and verdict.rule is not None
    assert verdict.rule.name == OFFICER_MASK and verdict.rule.regions == ((10, 4, 60, 8),)
    import io

    import pydicom

    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    masked = pydicom.dcmread(io.BytesIO(mask_encoded(buf.getvalue(), verdict.rule)))
    pixels = masked.pixel_array
    assert (pixels[4:12, 10:70] == 0).all() and pixels[0, 0] == 900 and pixels[20, 100] == 900
    assert masked.BurnedInAnnotation == "NO"


def test_mask_and_release_with_nothing_to_mask_stays_quarantined():
    for screen in (BurnedInScreen(), BurnedInScreen(detector=FakeDetector(fail=True))):
        verdict = screen.assess(_at_risk(), override=True, mask_text=True)
        assert verdict.quarantine and verdict.reason == MASK_NOTHING_FOUND
    # a plain release of the same image passes it unmasked (the officer's other choice)
    assert not BurnedInScreen().assess(_at_risk(), override=True).quarantine
