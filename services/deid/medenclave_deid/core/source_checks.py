"""Refusals of sources the profile cannot vouch for: unknown VRs, oversized private sequences,
truncated pixel data."""

from __future__ import annotations

from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset
from pydicom.uid import ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian
from pydicom.valuerep import VR

from medenclave_deid.core.dataset_reading import decoded, text_of, transfer_syntax_of, us_of
from medenclave_deid.core.instances import InvalidInstance

__all__ = ["MAX_PRIVATE_SEQUENCE_ITEMS", "check_source"]

#: more items than this in one private sequence: refused (``private_sequence_too_large``)
MAX_PRIVATE_SEQUENCE_ITEMS = 10_000
_NATIVE = {ImplicitVRLittleEndian, ExplicitVRLittleEndian, ExplicitVRBigEndian}
_KNOWN_VRS = frozenset(vr.value for vr in VR)


def check_source(ds: Dataset, source_size: int) -> None:
    """Refuse inputs the profile cannot vouch for.

    Args:
        ds: the source as parsed (pixel data possibly deferred).
        source_size: the length of the raw source, in bytes.

    Raises:
        InvalidInstance: ``undecodable``, ``private_sequence_too_large`` or ``truncated``.
    """
    _check_value_representations(ds)
    _check_private_sequences(ds)
    if "PixelData" in ds and transfer_syntax_of(ds) in _NATIVE:
        _check_native_pixel_data(ds, source_size)


def _check_value_representations(ds: Dataset) -> None:
    """An element stored under a VR no standard knows: the fast path would copy it as it is,
    an output no reader decodes (found by fuzzing, issue 15).

    Raises:
        InvalidInstance: ``undecodable``.
    """
    for tag in list(ds.keys()):
        raw = ds.get_item(tag, keep_deferred=True)
        if isinstance(raw, RawDataElement) and raw.VR is not None and raw.VR not in _KNOWN_VRS:
            raise InvalidInstance("undecodable")


def _check_private_sequences(ds: Dataset) -> None:
    """Raises: InvalidInstance ``private_sequence_too_large``."""
    for tag in list(ds.keys()):
        if not int(tag) >> 16 & 1:
            continue
        raw = ds.get_item(tag, keep_deferred=True)
        if isinstance(raw, RawDataElement) and raw.VR not in (None, "SQ", "UN"):
            continue  # not a sequence: nothing to count
        elem = decoded(ds, tag)
        if elem is None:  # undecodable: the profile drops it
            continue
        if elem.VR == "SQ" and elem.value is not None and len(elem.value) > \
                MAX_PRIVATE_SEQUENCE_ITEMS:
            raise InvalidInstance("private_sequence_too_large")


def _check_native_pixel_data(ds: Dataset, source_size: int) -> None:
    """Uncompressed pixel data shorter than its image attributes say.

    Raises:
        InvalidInstance: ``truncated``.
    """
    try:
        rows, cols = us_of(ds, 0x00280010), us_of(ds, 0x00280011)
        samples, bits = us_of(ds, 0x00280002, 1) or 1, us_of(ds, 0x00280100)
        frames = int(text_of(ds, 0x00280008) or 1)
        pixels = ds.get_item(0x7FE00010, keep_deferred=True)
        if pixels.value is None:  # deferred: what the source really holds
            # keep_deferred returns the RawDataElement (length, value_tell), though pydicom's
            # get_item overload says DataElement
            have = min(pixels.length,  # type: ignore[attr-defined]
                       max(0, source_size - pixels.value_tell))  # type: ignore[attr-defined]
        else:
            have = len(pixels.value)
    except (AttributeError, TypeError, ValueError):
        return  # malformed image attributes: the pixel data is copied as it is
    if str(ds.get("PhotometricInterpretation", "")).startswith("YBR_FULL_422"):
        samples = 2  # two chroma samples shared by two pixels
    expected = rows * cols * samples * frames * bits // 8 if bits >= 8 else \
        (rows * cols * samples * frames + 7) // 8
    if have < expected:
        raise InvalidInstance("truncated")
