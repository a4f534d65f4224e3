"""Burned-in text: images that may carry identifying text in their pixels.

The header cannot be cleaned of text drawn into the pixel data. Each source image is screened
before it is cleaned (:class:`BurnedInScreen`):

1. **The header** (:mod:`~medenclave_deid.core.burned_in_header`): BurnedInAnnotation,
   RecognizableVisualFeatures, ImageType, SOP class and modality say *at risk* (BurnedInAnnotation
   ``YES``, a screen capture …), *clean* (no pixel data; a CT, MR, PT, NM, SEG or RTDOSE image
   that says ``NO`` or is not ``SECONDARY``) or leave it open (ultrasound, secondary capture,
   projection radiography, derived secondary images …).
2. **The pixels**, when the header leaves it open: a few frames are rendered as displayed
   (:func:`~medenclave_deid.core.pixel_frames.render_frames`) and handed to the
   :class:`~medenclave_deid.core.ports.TextDetector`; a line it reads with at least
   :attr:`TextPolicy.min_characters` letters, digits or ideographs at a confidence of at least
   :attr:`TextPolicy.min_confidence` makes the image *at risk*; none makes it *clean*. No
   detector, a detector that fails, or pixels that cannot be decoded: the image is quarantined
   ``burned_in_unverified`` — never passed unread.

An image at risk is quarantined (reason :data:`BURNED_IN_TEXT`) unless a configured **mask
rule** matches it, as in RSNA's CTP DicomPixelAnonymizer: a rule names a device (Manufacturer,
ManufacturerModelName) and an image size (Rows × Columns) and lists the rectangles where that
device writes its text; those are blanked. Only uncompressed pixel data is masked; a compressed
image at risk is quarantined with :data:`BURNED_IN_COMPRESSED` (a compressed image the
detector found clean passes). A masked image gets BurnedInAnnotation ``NO`` and the CID 7050
code ``113101`` (Clean Pixel Data Option) in DeidentificationMethodCodeSequence. An image with
RecognizableVisualFeatures ``YES`` is quarantined :data:`RECOGNIZABLE_VISUAL_FEATURES` (no mask
rule removes a face).

An officer may release a quarantined study (``ReleaseQuarantine``): the check is then
overridden for that study; mask rules still apply, the leak guard always does.

Nothing here logs or keeps what the detector read: the verdict holds rule names and reason
codes only.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pydicom
from pydicom.dataset import Dataset
from pydicom.uid import UID

from medenclave_deid.core.burned_in_header import AT_RISK, CLEAN, read_header
from medenclave_deid.core.pixel_frames import FrameRenderError, render_frames
from medenclave_deid.core.ports import TextBox, TextDetector

__all__ = [
    "BURNED_IN_COMPRESSED",
    "BURNED_IN_TEXT",
    "BURNED_IN_UNMASKABLE",
    "BURNED_IN_UNVERIFIED",
    "CLEAN_PIXEL_DATA_CODE",
    "MASK_NOTHING_FOUND",
    "OCR_NO_TEXT",
    "OCR_TEXT",
    "OCR_UNVERIFIED",
    "OFFICER_MASK",
    "RECOGNIZABLE_VISUAL_FEATURES",
    "BurnedInScreen",
    "MaskRule",
    "MaskRuleError",
    "ScreenCall",
    "TextPolicy",
    "Verdict",
    "add_deidentification_code",
    "mask_encoded",
    "mask_rules_from_mapping",
]

BURNED_IN_TEXT = "burned_in_text"
BURNED_IN_COMPRESSED = "burned_in_compressed"
BURNED_IN_UNMASKABLE = "burned_in_unmaskable"
#: the header left it open and the pixels could not be read (no detector, it failed, the pixel
#: data does not decode): quarantined, never passed unread
BURNED_IN_UNVERIFIED = "burned_in_unverified"
#: RecognizableVisualFeatures YES: a face or photograph, which no mask rule removes
RECOGNIZABLE_VISUAL_FEATURES = "recognizable_visual_features"
#: the risk names the pixel screen gives (the header's are its rule names)
OCR_TEXT = "ocr_text"
OCR_UNVERIFIED = "ocr_unverified"
#: what the screen found when the pixels were read and held no text (Verdict.basis)
OCR_NO_TEXT = "ocr_no_text"
#: the officer asked to mask the text found, but none could be found (or read): not released
MASK_NOTHING_FOUND = "mask_nothing_found"
#: the name of the mask an officer's mask-and-release applies (the text lines found)
OFFICER_MASK = "officer_mask_text"
#: CID 7050 "Clean Pixel Data Option"
CLEAN_PIXEL_DATA_CODE = ("113101", "DCM", "Clean Pixel Data Option")

_MASKABLE_PHOTOMETRIC = frozenset({"MONOCHROME1", "MONOCHROME2", "RGB", "PALETTE COLOR",
                                   "YBR_FULL"})


class MaskRuleError(ValueError):
    """The mask rules file is malformed (the message names the rule, never image data)."""


@dataclass(frozen=True)
class MaskRule:
    """Blank ``regions`` (x, y, width, height in pixels) on images of one device and size.

    Matching is case-insensitive and exact on ``manufacturer`` and ``model`` (an empty field
    matches anything), exact on ``rows``/``columns`` (0 matches anything), and on ``modality``
    when given.
    """

    name: str
    regions: tuple[tuple[int, int, int, int], ...]
    manufacturer: str = ""
    model: str = ""
    rows: int = 0
    columns: int = 0
    modality: str = ""

    def matches(self, ds: Dataset) -> bool:
        def same(want: str, keyword: str) -> bool:
            return not want or str(ds.get(keyword, "") or "").strip().casefold() == want.casefold()

        return (same(self.manufacturer, "Manufacturer")
                and same(self.model, "ManufacturerModelName")
                and same(self.modality, "Modality")
                and (not self.rows or int(ds.get("Rows", 0) or 0) == self.rows)
                and (not self.columns or int(ds.get("Columns", 0) or 0) == self.columns))


def mask_rules_from_mapping(doc: Mapping[str, Any] | None) -> tuple[MaskRule, ...]:
    """Mask rules from the parsed YAML document ``{"rules": [{name, manufacturer, model, rows,
    columns, modality, regions: [[x, y, w, h], …]}, …]}``.

    Raises:
        MaskRuleError: a rule lacks a name or regions, or a region is not four non-negative
            integers with a positive width and height.
    """
    if not doc:
        return ()
    rules = doc.get("rules") if isinstance(doc, Mapping) else None
    if not isinstance(rules, list):
        raise MaskRuleError("mask rules: expected a top-level 'rules' list")
    out: list[MaskRule] = []
    for i, raw in enumerate(rules):
        if not isinstance(raw, Mapping):
            raise MaskRuleError(f"mask rule #{i + 1}: expected a mapping")
        name = str(raw.get("name") or f"rule-{i + 1}")
        regions = []
        for region in raw.get("regions") or []:
            if (not isinstance(region, (list, tuple)) or len(region) != 4
                    or not all(isinstance(v, int) and v >= 0 for v in region)
                    or region[2] == 0 or region[3] == 0):
                raise MaskRuleError(f"mask rule {name}: a region must be [x, y, width, height]")
            regions.append(tuple(region))
        if not regions:
            raise MaskRuleError(f"mask rule {name}: no regions")
        unknown = set(raw) - {"name", "manufacturer", "model", "rows", "columns", "modality",
                              "regions"}
        if unknown:
            raise MaskRuleError(f"mask rule {name}: unknown keys {sorted(unknown)}")
        try:
            out.append(MaskRule(name=name, regions=tuple(regions),
                                manufacturer=str(raw.get("manufacturer") or ""),
                                model=str(raw.get("model") or ""),
                                rows=int(raw.get("rows") or 0),
                                columns=int(raw.get("columns") or 0),
                                modality=str(raw.get("modality") or "").upper()))
        except (TypeError, ValueError):
            raise MaskRuleError(f"mask rule {name}: rows/columns must be integers") from None
    return tuple(out)


@dataclass(frozen=True)
class Verdict:
    """What to do with one image: pass it, mask it with ``rule``, or quarantine (``reason``)."""

    at_risk: bool
    risk: str = ""                 # what put it at risk: a header rule name, or OCR_TEXT …
    rule: MaskRule | None = None   # the mask rule to apply
    reason: str = ""               # quarantine reason code, empty when the image may pass
    basis: str = ""                # what decided: the header rule, or OCR_TEXT/OCR_NO_TEXT/…

    @property
    def quarantine(self) -> bool:
        return bool(self.reason)


@dataclass(frozen=True)
class TextPolicy:
    """When a line the :class:`~medenclave_deid.core.ports.TextDetector` found is burned-in
    text: real characters, read with confidence, and the size of a line of text."""

    #: letters, digits or ideographs the line must have (a lone ``L`` or a vertebra read as
    #: ``O`` is not text; a two-character Chinese name is)
    min_characters: int = 2
    #: the recogniser's confidence the line must reach
    min_confidence: float = 0.8
    #: a line with this many characters counts at :attr:`long_line_confidence`
    long_line: int = 4
    long_line_confidence: float = 0.6
    #: a "line" taller than this share of the frame is anatomy or a graphic, not text
    max_height_share: float = 0.5

    def is_text(self, box: TextBox, frame_height: int) -> bool:
        """Whether ``box`` (found in a frame ``frame_height`` pixels high) is text."""
        if frame_height > 0 and box.height > self.max_height_share * frame_height:
            return False
        if box.characters >= self.long_line and box.confidence >= self.long_line_confidence:
            return True
        return box.characters >= self.min_characters and box.confidence >= self.min_confidence


def _transfer_syntax(ds: Dataset) -> UID | None:
    meta = getattr(ds, "file_meta", None)
    ts = meta.get("TransferSyntaxUID") if meta is not None else None
    return UID(str(ts)) if ts else None


@dataclass
class BurnedInScreen:
    """Decides per image whether it passes, is masked, or is quarantined.

    Args:
        rules: the mask rules, tried in order on images at risk.
        detector: reads the pixels when the header leaves the question open; None: such
            images are quarantined ``burned_in_unverified``.
        policy: when a detected line counts as text.
        frames: how many frames of a multi-frame image are read (first, middle, last).
        max_side: frames larger than this are shrunk before detection.
    """

    rules: tuple[MaskRule, ...] = field(default_factory=tuple)
    detector: TextDetector | None = None
    policy: TextPolicy = field(default_factory=TextPolicy)
    frames: int = 3
    max_side: int = 2048

    def assess(self, ds: Dataset, *, override: bool = False, mask_text: bool = False) -> Verdict:
        """The verdict for the source instance ``ds``.

        Args:
            ds: the source dataset as read (pixel data may be deferred; it is read, without
                changing ``ds``, only when the header leaves the question open).
            override: the privacy officer released the study: never quarantine for burned-in
                text (a matching mask rule is still applied).
            mask_text: the officer released it *masked*: an image at risk has the text lines
                the detector finds blanked (with a matching rule's regions), else it stays
                quarantined (``mask_nothing_found``, compressed or unmaskable pixels).
        """
        header = read_header(ds)
        if header.verdict == CLEAN:
            return Verdict(False, basis=header.rule)
        risk = header.rule if header.verdict == AT_RISK else self.read_pixels(ds)
        if not risk:
            return Verdict(False, basis=OCR_NO_TEXT)
        if mask_text and risk != RECOGNIZABLE_VISUAL_FEATURES:
            return self._officer_mask(ds, risk)
        return self._dispose(ds, risk, override)

    def text_boxes(self, ds: Dataset) -> tuple[tuple[int, int, int, int], ...] | None:
        """The text lines found in the frames read, in pixels of the instance; None when the
        pixels cannot be read for text (no detector, it failed, or no renderable frame)."""
        if self.detector is None:
            return None
        try:
            frames = render_frames(ds, most=self.frames, max_side=self.max_side)
        except FrameRenderError:
            return None
        columns = int(ds.get("Columns", 0) or 0)
        found: list[tuple[int, int, int, int]] = []
        for frame in frames:
            try:
                boxes = self.detector.detect(frame)
            except Exception:  # TextDetectorUnavailable or a detector bug: fail closed
                return None
            scale = columns / frame.shape[1] if columns and frame.shape[1] else 1.0
            found += [(math.floor(b.x * scale), math.floor(b.y * scale),
                       math.ceil(b.width * scale), math.ceil(b.height * scale))
                      for b in boxes if self.policy.is_text(b, frame.shape[0])]
        return tuple(dict.fromkeys(found))

    def _officer_mask(self, ds: Dataset, risk: str) -> Verdict:
        """The officer's mask-and-release of an image at risk: blank the text found."""
        rule = next((r for r in self.rules if r.matches(ds)), None)
        boxes = self.text_boxes(ds) or ()
        regions = (*(rule.regions if rule is not None else ()), *boxes)
        if not regions:
            return Verdict(True, risk, None, MASK_NOTHING_FOUND, risk)
        ts = _transfer_syntax(ds)
        photometric = str(ds.get("PhotometricInterpretation", "") or "").strip().upper()
        if ts is not None and ts.is_compressed:
            return Verdict(True, risk, None, BURNED_IN_COMPRESSED, risk)
        if photometric not in _MASKABLE_PHOTOMETRIC or \
                int(ds.get("BitsAllocated", 0) or 0) not in (8, 16, 32):
            return Verdict(True, risk, None, BURNED_IN_UNMASKABLE, risk)
        return Verdict(True, risk, MaskRule(name=OFFICER_MASK, regions=regions), "", risk)

    def read_pixels(self, ds: Dataset) -> str:
        """:data:`OCR_TEXT` (a frame holds text), :data:`OCR_UNVERIFIED` (no detector, it
        failed, or the pixels do not render) or ``""`` (no text in the frames read)."""
        if self.detector is None:
            return OCR_UNVERIFIED
        try:
            frames = render_frames(ds, most=self.frames, max_side=self.max_side)
        except FrameRenderError:
            return OCR_UNVERIFIED
        for frame in frames:
            try:
                boxes = self.detector.detect(frame)
            except Exception:  # TextDetectorUnavailable or a detector bug: fail closed
                return OCR_UNVERIFIED
            if any(self.policy.is_text(box, frame.shape[0]) for box in boxes):
                return OCR_TEXT
        return ""

    def _dispose(self, ds: Dataset, risk: str, override: bool) -> Verdict:
        """Mask rule or quarantine for an image at risk (or unverified)."""
        if risk == RECOGNIZABLE_VISUAL_FEATURES:  # the header rule of the same name
            return Verdict(True, risk, None, "" if override else RECOGNIZABLE_VISUAL_FEATURES,
                           risk)
        if risk == OCR_UNVERIFIED and not override:
            return Verdict(True, risk, None, BURNED_IN_UNVERIFIED, risk)
        rule = next((r for r in self.rules if r.matches(ds)), None)
        if rule is not None:
            ts = _transfer_syntax(ds)
            photometric = str(ds.get("PhotometricInterpretation", "") or "").strip().upper()
            if ts is not None and ts.is_compressed:
                return Verdict(True, risk, None, "" if override else BURNED_IN_COMPRESSED, risk)
            if photometric not in _MASKABLE_PHOTOMETRIC or \
                    int(ds.get("BitsAllocated", 0) or 0) not in (8, 16, 32):
                return Verdict(True, risk, None, "" if override else BURNED_IN_UNMASKABLE, risk)
            return Verdict(True, risk, rule, "", risk)
        return Verdict(True, risk, None, "" if override else BURNED_IN_TEXT, risk)


class ScreenCall:
    """The ``screen`` callback of :meth:`StudySession.add`: assesses the parsed source and
    keeps the verdict for the caller (mask rule, or the reason it refused)."""

    def __init__(self, screen: BurnedInScreen, *, override: bool = False,
                 mask_text: bool = False) -> None:
        self._screen = screen
        self._override = override
        self._mask_text = mask_text
        self.verdict: Verdict | None = None

    def __call__(self, source: Dataset) -> str:
        self.verdict = self._screen.assess(source, override=self._override,
                                           mask_text=self._mask_text)
        return self.verdict.reason if self.verdict.quarantine else ""


def _frames(ds: Dataset) -> int:
    try:
        return max(1, int(ds.get("NumberOfFrames", 1) or 1))
    except (TypeError, ValueError):
        return 1


def blank_regions(ds: Dataset, regions: Iterable[tuple[int, int, int, int]]) -> None:
    """Set the pixels of ``regions`` to 0 in every frame of ``ds``'s uncompressed pixel data.

    Raises:
        MaskRuleError: the pixel data is compressed, missing or shorter than its header says.
    """
    ts = _transfer_syntax(ds)
    if ts is not None and ts.is_compressed:
        raise MaskRuleError("pixel data is compressed")
    if "PixelData" not in ds:
        raise MaskRuleError("no pixel data")
    rows, cols = int(ds.Rows), int(ds.Columns)
    spp = int(ds.get("SamplesPerPixel", 1) or 1)
    bits = int(ds.BitsAllocated)
    dtype = np.dtype({8: "u1", 16: "u2", 32: "u4"}[bits])
    if ts is not None and not ts.is_little_endian:
        dtype = dtype.newbyteorder(">")
    frames = _frames(ds)
    count = frames * rows * cols * spp
    raw = bytes(ds.PixelData)
    if len(raw) < count * dtype.itemsize:
        raise MaskRuleError("pixel data shorter than its header")
    pixels = np.frombuffer(raw, dtype=dtype, count=count).copy()
    planar = spp > 1 and int(ds.get("PlanarConfiguration", 0) or 0) == 1
    shape = (frames, spp, rows, cols) if planar else (frames, rows, cols, spp)
    view = pixels.reshape(shape)
    for x, y, w, h in regions:
        if planar:
            view[:, :, y:y + h, x:x + w] = 0
        else:
            view[:, y:y + h, x:x + w, :] = 0
    data = pixels.tobytes() + raw[count * dtype.itemsize:]  # keep any padding byte
    ds.PixelData = data


def add_deidentification_code(ds: Dataset, code: tuple[str, str, str]) -> None:
    """Append ``code`` (value, scheme, meaning) to DeidentificationMethodCodeSequence unless an
    item with that value and scheme is there (creating the sequence if needed)."""
    value, scheme, meaning = code
    seq = ds.get("DeidentificationMethodCodeSequence")
    items = list(seq) if seq is not None else []
    if any(str(i.get("CodeValue", "")) == value and str(i.get("CodingSchemeDesignator", ""))
           == scheme for i in items):
        return
    item = Dataset()
    item.CodeValue, item.CodingSchemeDesignator, item.CodeMeaning = value, scheme, meaning
    ds.DeidentificationMethodCodeSequence = [*items, item]


def mask_encoded(dicom: bytes, rule: MaskRule) -> bytes:
    """Mask a de-identified instance (DICOM Part 10 bytes) with ``rule``; mark it clean.

    Raises:
        MaskRuleError: the pixel data cannot be masked.
    """
    ds = pydicom.dcmread(io.BytesIO(dicom))
    blank_regions(ds, rule.regions)
    ds.BurnedInAnnotation = "NO"
    add_deidentification_code(ds, CLEAN_PIXEL_DATA_CODE)
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()
