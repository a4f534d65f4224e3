"""Burned-in text: images that may carry identifying text in their pixels.

The header cannot be cleaned of text drawn into the pixel data, so an image at risk is
quarantined (reason :data:`BURNED_IN_TEXT`) unless a configured **mask rule** matches it, as in
RSNA's CTP DicomPixelAnonymizer: a rule names a device (Manufacturer, ManufacturerModelName)
and an image size (Rows × Columns) and lists the rectangles where that device writes its text;
those are blanked. Only uncompressed pixel data is masked; a compressed image at risk is
quarantined with :data:`BURNED_IN_COMPRESSED`. A masked image gets BurnedInAnnotation ``NO`` and
the CID 7050 code ``113101`` (Clean Pixel Data Option) in DeidentificationMethodCodeSequence.

Which images are at risk (:data:`RISK_RULES`, first match wins):

=====================================================  ========================================
image                                                  verdict
=====================================================  ========================================
BurnedInAnnotation ``YES``                             at risk
Ultrasound (Modality ``US``, the US SOP classes)       at risk, even when it says ``NO``
Secondary capture (SC SOP classes, Modality OT/SC)     at risk, even when it says ``NO``
XA, RF, DX, CR, MG, IO, PX, ES, XC, GM                 at risk unless BurnedInAnnotation ``NO``
anything else (CT, MR, PT, NM, …)                      not at risk
=====================================================  ========================================

An officer may release a quarantined study (``ReleaseQuarantine``): the check is then
overridden for that study; mask rules still apply, the leak guard always does.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

import numpy as np
import pydicom
from pydicom.dataset import Dataset
from pydicom.uid import UID

__all__ = [
    "BURNED_IN_COMPRESSED",
    "BURNED_IN_TEXT",
    "BURNED_IN_UNMASKABLE",
    "CLEAN_PIXEL_DATA_CODE",
    "BurnedInScreen",
    "ScreenCall",
    "MaskRule",
    "MaskRuleError",
    "RISK_RULES",
    "Verdict",
    "add_deidentification_code",
    "mask_encoded",
    "mask_rules_from_mapping",
]

BURNED_IN_TEXT = "burned_in_text"
BURNED_IN_COMPRESSED = "burned_in_compressed"
BURNED_IN_UNMASKABLE = "burned_in_unmaskable"
#: CID 7050 "Clean Pixel Data Option"
CLEAN_PIXEL_DATA_CODE = ("113101", "DCM", "Clean Pixel Data Option")

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
_PROJECTION_MODALITIES = frozenset({"XA", "RF", "DX", "CR", "MG", "IO", "PX", "ES", "XC", "GM"})

#: (name, test(modality, sop_class, burned_in_annotation) → at risk). First match decides.
RISK_RULES: tuple[tuple[str, Any], ...] = (
    ("burned_in_annotation_yes", lambda mod, cls, bia: bia == "YES"),
    ("ultrasound", lambda mod, cls, bia: mod == "US" or cls in _US_CLASSES),
    ("secondary_capture", lambda mod, cls, bia: cls in _SC_CLASSES or mod in {"OT", "SC"}),
    ("projection_unless_no", lambda mod, cls, bia: mod in _PROJECTION_MODALITIES and bia != "NO"),
)

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
    risk: str = ""                 # the RISK_RULES name that matched
    rule: MaskRule | None = None   # the mask rule to apply
    reason: str = ""               # quarantine reason code, empty when the image may pass

    @property
    def quarantine(self) -> bool:
        return bool(self.reason)


def _transfer_syntax(ds: Dataset) -> UID | None:
    meta = getattr(ds, "file_meta", None)
    ts = meta.get("TransferSyntaxUID") if meta is not None else None
    return UID(str(ts)) if ts else None


@dataclass
class BurnedInScreen:
    """Decides per image whether it passes, is masked, or is quarantined."""

    rules: tuple[MaskRule, ...] = field(default_factory=tuple)

    def assess(self, ds: Dataset, *, override: bool = False) -> Verdict:
        """The verdict for the source instance ``ds`` (its header suffices).

        Args:
            ds: the source dataset (pixel data not needed).
            override: the privacy officer released the study: never quarantine for burned-in
                text (a matching mask rule is still applied).
        """
        modality = str(ds.get("Modality", "") or "").strip().upper()
        sop_class = str(ds.get("SOPClassUID", "") or "").strip()
        bia = str(ds.get("BurnedInAnnotation", "") or "").strip().upper()
        risk = next((name for name, test in RISK_RULES if test(modality, sop_class, bia)), "")
        if not risk:
            return Verdict(at_risk=False)
        rule = next((r for r in self.rules if r.matches(ds)), None)
        if rule is not None:
            ts = _transfer_syntax(ds)
            photometric = str(ds.get("PhotometricInterpretation", "") or "").strip().upper()
            if ts is not None and ts.is_compressed:
                return Verdict(True, risk, None, "" if override else BURNED_IN_COMPRESSED)
            if photometric not in _MASKABLE_PHOTOMETRIC or \
                    int(ds.get("BitsAllocated", 0) or 0) not in (8, 16, 32):
                return Verdict(True, risk, None, "" if override else BURNED_IN_UNMASKABLE)
            return Verdict(True, risk, rule, "")
        return Verdict(True, risk, None, "" if override else BURNED_IN_TEXT)


class ScreenCall:
    """The ``screen`` callback of :meth:`StudySession.add`: assesses the parsed source and
    keeps the verdict for the caller (mask rule, or the reason it refused)."""

    def __init__(self, screen: BurnedInScreen, *, override: bool = False) -> None:
        self._screen = screen
        self._override = override
        self.verdict: Verdict | None = None

    def __call__(self, source: Dataset) -> str:
        self.verdict = self._screen.assess(source, override=self._override)
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
