"""What the header alone says about burned-in text: at risk, clean, or look at the pixels.

The standard gives an image several ways to speak about its pixels; they are read first, and
only an image they leave open goes to the text detector (:data:`HEADER_RULES`, first match):

=============================================================  =========================
image                                                          header verdict
=============================================================  =========================
no pixel data (SR, PR, KO, RT plans …)                          clean
BurnedInAnnotation ``YES``                                      at risk
RecognizableVisualFeatures ``YES`` (a face, a photograph)       at risk (no mask helps)
ImageType naming a screen capture (``SCREEN SAVE`` …)           at risk
ultrasound, secondary capture (SOP class or Modality US/OT/SC)  look (even if it says NO)
CT, MR, PT, NM, SEG, RTDOSE with BurnedInAnnotation ``NO``      clean
CT, MR, PT, NM, SEG, RTDOSE, not ImageType ``…\\SECONDARY``     clean
anything else (XA, RF, DX, CR, MG, derived secondary CT …)      look
=============================================================  =========================

*Trusted* modalities are those whose pixels a scanner reconstructs or a planning system
computes: they carry no text unless someone adds it afterwards, which makes the image
``SECONDARY`` (a workstation's reformat, a screenshot) — those are looked at. Ultrasound and
secondary capture are looked at whatever BurnedInAnnotation says: devices stamp names and dates
into them and their headers are often wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from pydicom.dataset import Dataset
from pydicom.multival import MultiValue

__all__ = ["AT_RISK", "CLEAN", "HEADER_RULES", "LOOK", "TRUSTED_MODALITIES",
           "HeaderVerdict", "read_header"]

AT_RISK = "at_risk"
CLEAN = "clean"
LOOK = "look"

#: modalities whose pixels are reconstructed or computed, never photographed or captured
TRUSTED_MODALITIES = frozenset({"CT", "MR", "PT", "NM", "SEG", "RTDOSE"})
#: ImageType values that name a capture of a screen
_SCREEN_CAPTURE = frozenset({"SCREEN SAVE", "SCREENSAVE", "SCREEN_SAVE", "SCREEN CAPTURE",
                             "SCREENSHOT", "SCREEN SHOT"})
_US_CLASSES = frozenset({
    "1.2.840.10008.5.1.4.1.1.6.1",    # Ultrasound Image
    "1.2.840.10008.5.1.4.1.1.3.1",    # Ultrasound Multi-frame Image
    "1.2.840.10008.5.1.4.1.1.6",      # Ultrasound Image (retired)
    "1.2.840.10008.5.1.4.1.1.3",      # Ultrasound Multi-frame Image (retired)
    "1.2.840.10008.5.1.4.1.1.6.2",    # Enhanced US Volume
})
_SC_CLASSES = frozenset({
    "1.2.840.10008.5.1.4.1.1.7",      # Secondary Capture Image
    "1.2.840.10008.5.1.4.1.1.7.1",    # Multi-frame Single Bit SC
    "1.2.840.10008.5.1.4.1.1.7.2",    # Multi-frame Grayscale Byte SC
    "1.2.840.10008.5.1.4.1.1.7.3",    # Multi-frame Grayscale Word SC
    "1.2.840.10008.5.1.4.1.1.7.4",    # Multi-frame True Color SC
})
_PIXEL_DATA = (0x7FE00010, 0x7FE00008, 0x7FE00009)


@dataclass(frozen=True)
class _Facts:
    """The header attributes the rules read, normalised (upper case, stripped)."""

    modality: str
    sop_class: str
    burned_in: str
    visual_features: str
    image_type: tuple[str, ...]
    pixels: bool


def _text(ds: Dataset, keyword: str) -> str:
    return str(ds.get(keyword, "") or "").strip().upper()


def _facts(ds: Dataset) -> _Facts:
    raw = ds.get("ImageType", None)
    values = list(raw) if isinstance(raw, (list, tuple, MultiValue)) \
        else [v for v in str(raw or "").split("\\") if v]
    return _Facts(modality=_text(ds, "Modality"),
                  sop_class=str(ds.get("SOPClassUID", "") or "").strip(),
                  burned_in=_text(ds, "BurnedInAnnotation"),
                  visual_features=_text(ds, "RecognizableVisualFeatures"),
                  image_type=tuple(str(v or "").strip().upper() for v in values),
                  pixels=any(tag in ds for tag in _PIXEL_DATA))


def _captured(f: _Facts) -> bool:
    return f.sop_class in _US_CLASSES or f.sop_class in _SC_CLASSES or \
        f.modality in {"US", "OT", "SC"}


#: (name, verdict, test(facts)); the first test that holds decides
HEADER_RULES: tuple[tuple[str, str, Callable[[_Facts], bool]], ...] = (
    ("no_pixel_data", CLEAN, lambda f: not f.pixels),
    ("burned_in_annotation_yes", AT_RISK, lambda f: f.burned_in == "YES"),
    ("recognizable_visual_features", AT_RISK, lambda f: f.visual_features == "YES"),
    ("screen_capture", AT_RISK, lambda f: bool(_SCREEN_CAPTURE.intersection(f.image_type))),
    ("captured_image", LOOK, _captured),
    ("trusted_modality_annotation_no", CLEAN,
     lambda f: f.modality in TRUSTED_MODALITIES and f.burned_in == "NO"),
    ("trusted_modality_primary", CLEAN,
     lambda f: f.modality in TRUSTED_MODALITIES and "SECONDARY" not in f.image_type[1:2]),
    ("undecided", LOOK, lambda f: True),
)


@dataclass(frozen=True)
class HeaderVerdict:
    """The header's answer: ``verdict`` (:data:`AT_RISK`, :data:`CLEAN` or :data:`LOOK`) and
    the name of the rule that gave it."""

    verdict: str
    rule: str


def read_header(ds: Dataset) -> HeaderVerdict:
    """What the header of ``ds`` says (pixel data not needed, not read); a header whose
    attributes do not parse leaves it to the pixels (``unreadable_header``)."""
    try:
        facts = _facts(ds)
    except Exception:  # a malformed value: the pixels decide (the class names no data)
        return HeaderVerdict(LOOK, "unreadable_header")
    for name, verdict, test in HEADER_RULES:
        if test(facts):
            return HeaderVerdict(verdict, name)
    return HeaderVerdict(LOOK, "undecided")  # pragma: no cover - the last rule always holds
