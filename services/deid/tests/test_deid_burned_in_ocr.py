"""The burned-in text screen with the real offline OCR (rapidocr-onnxruntime): generated images
with and without text, and pydicom's bundled collection through ``medenclave deid dicom``."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import numpy as np
import pydicom
import pytest

pytest.importorskip("rapidocr_onnxruntime")

from medenclave_deid.adapters.inbound.folder_batch import deidentify_folder
from medenclave_deid.adapters.outbound.ocr_text_detector import (
    RapidOcrTextDetector,
    real_characters,
    shared_text_detector,
)
from medenclave_deid.core.burned_in import BURNED_IN_TEXT, BurnedInScreen
from medenclave_testing.burned_in_images import cjk_font, generate

#: pydicom's bundled files whose pixels carry text (each looked at): a "red green blue" test
#: card, and ultrasound frames with a hospital name, dates and machine settings
KNOWN_TEXT = {"GDCMJ2K_TextGBR.dcm", "examples_jpeg2k.dcm", "examples_palette.dcm",
              "examples_rgb_color.dcm", "examples_ybr_color.dcm"}
CJK = cjk_font()


@pytest.fixture(scope="module")
def screen() -> BurnedInScreen:
    return BurnedInScreen(detector=shared_text_detector())


@pytest.fixture(scope="module")
def images():
    return generate(clean_per_kind=4, cjk=CJK or False)


def _assess(screen: BurnedInScreen, raw: bytes):
    return screen.assess(pydicom.dcmread(io.BytesIO(raw), defer_size=64 * 1024))


@pytest.mark.parametrize("script", [
    "latin",
    pytest.param("chinese", marks=pytest.mark.skipif(
        CJK is None, reason="no CJK font (fc-list :lang=zh); apt-get install fonts-wqy-microhei")),
])
def test_every_generated_image_with_text_is_caught(screen, images, script):
    chosen = [i for i in images if i.has_text and i.category.endswith("_zh") == (script == "chinese")]
    assert chosen
    missed = [i.name for i in chosen if _assess(screen, i.dicom).reason != BURNED_IN_TEXT]
    assert missed == []


def test_no_generated_image_without_text_is_held(screen, images):
    clean = [i for i in images if not i.has_text]
    assert {i.kind for i in clean} == {"ct", "us", "xr"}
    held = [(i.name, v.reason) for i in clean if (v := _assess(screen, i.dicom)).quarantine]
    assert held == []


def _decodes(path: Path) -> bool:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _ = pydicom.dcmread(path).pixel_array  # decoded, the array itself not needed
        return True
    except Exception:
        return False


def test_pydicom_collection_keeps_clean_images(tmp_path):
    """Every bundled file with pixel data through ``medenclave deid dicom``'s code: only the
    five with text come out ``burned_in_text``; ``burned_in_unverified`` only where pydicom
    cannot decode the pixels here; every other image is written."""
    import pydicom.data

    root = Path(pydicom.data.__file__).parent / "test_files"  # inside the wheel: no download
    report = deidentify_folder(root, tmp_path / "dst", state_dir=tmp_path / "state",
                               profile="medenclave-default")
    with_pixels = set()
    for path in (p for p in root.rglob("*") if p.is_file()):
        try:
            ds = pydicom.dcmread(path, defer_size=1024, force=True)
        except Exception:
            continue
        if "PixelData" in ds:
            with_pixels.add(str(path.relative_to(root)))
    assert len(with_pixels) >= 90
    reasons = {e["source"]: e["reason"] for e in report.quarantined}
    text = {src for src, why in reasons.items() if why == BURNED_IN_TEXT}
    assert text == KNOWN_TEXT
    unverified = {src for src, why in reasons.items() if why == "burned_in_unverified"}
    assert all(not _decodes(root / src) for src in unverified), unverified
    assert len(unverified) <= 4
    burned = {src for src, why in reasons.items() if why.startswith("burned_in")}
    assert burned == text | unverified
    # the rest held back are broken files (no UIDs, a bad value), not images with text
    assert {why for src, why in reasons.items() if src not in burned} <= {
        "missing_uid", "unwritable", "not_dicom", "missing_file_meta", "truncated",
        "undecodable", "wrong_encoding"}


def test_detector_reports_counts_not_text():
    detector = RapidOcrTextDetector()
    from PIL import Image, ImageDraw

    picture = Image.new("L", (320, 80), 0)
    ImageDraw.Draw(picture).text((10, 20), "DOE JOHN 1987", fill=255,
                                 font=_font(28))
    boxes = detector.detect(np.asarray(picture))
    assert boxes and max(b.characters for b in boxes) >= 8
    assert all(not hasattr(b, "text") for b in boxes)
    assert detector.detect(np.zeros((64, 64), dtype=np.uint8)) == []
    assert real_characters("王小明 2024-03-05!") == 11


def _font(px: int):
    from PIL import ImageFont

    from medenclave_testing.burned_in_images import latin_font

    path = latin_font()
    return ImageFont.truetype(path, px) if path else ImageFont.load_default(size=px)


def test_a_detector_that_cannot_load_fails_closed(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_rapidocr(name, *args, **kwargs):
        if name.startswith("rapidocr_onnxruntime"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_rapidocr)
    ds = generate(kinds=("us",), clean_per_kind=1, cjk=False)[-1]
    verdict = _assess(BurnedInScreen(detector=RapidOcrTextDetector()), ds.dicom)
    assert verdict.reason == "burned_in_unverified"
