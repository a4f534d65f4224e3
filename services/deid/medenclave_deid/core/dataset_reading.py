"""Values of a parsed dataset read without decoding its elements.

The reader leaves most elements raw (and large ones unread); these helpers read what the
de-identifier needs from the bytes as read when they are plain ASCII, so the elements stay
undecoded for the writer.
"""

from __future__ import annotations

import struct

from pydicom.dataelem import DataElement, RawDataElement
from pydicom.dataset import Dataset
from pydicom.multival import MultiValue
from pydicom.uid import ExplicitVRBigEndian, ExplicitVRLittleEndian, ImplicitVRLittleEndian

__all__ = ["charsets_of", "decoded", "text_of", "transfer_syntax_of", "us_of"]

_US = struct.Struct("<H").unpack


def transfer_syntax_of(ds: Dataset) -> str:
    """The transfer syntax of ``ds``: its file meta's, else the encoding it was read in.

    Args:
        ds: a parsed dataset.
    """
    meta = getattr(ds, "file_meta", None)
    ts = meta.get("TransferSyntaxUID") if meta is not None else None
    if ts:
        return str(ts)
    implicit, little = getattr(ds, "original_encoding", (True, True))
    if implicit:
        return ImplicitVRLittleEndian
    return ExplicitVRLittleEndian if little else ExplicitVRBigEndian


def charsets_of(ds: Dataset) -> list[str]:
    """The non-empty values of ``ds``'s SpecificCharacterSet.

    Args:
        ds: a parsed dataset.
    """
    value = ds.get("SpecificCharacterSet")
    if value is None:
        return []
    values = value if isinstance(value, (list, tuple, MultiValue)) else [value]
    return [str(v) for v in values if v]


def decoded(ds: Dataset, tag: int) -> DataElement | None:
    """``ds[tag]`` decoded, or None when pydicom cannot decode it.

    A malformed value fails in many ways (ValueError, TypeError, struct.error, KeyError …), so
    any exception counts; the callers skip the element: what cannot be decoded is neither
    vouched for (it does not leave) nor scanned. Nothing is logged: pydicom's messages quote
    the values.

    Args:
        ds: the dataset.
        tag: the element's tag (present in ``ds``).
    """
    try:
        return ds[tag]
    except Exception:
        return None


def text_of(ds: Dataset, tag: int) -> str:
    """``str(ds.get(tag, "") or "").strip()``, read from the bytes as read when they are plain
    ASCII (no escapes, one value): the element stays undecoded for the writer.

    Args:
        ds: a parsed dataset.
        tag: the element's tag; an undecodable element reads as absent ("").
    """
    elem = ds.get_item(tag, keep_deferred=True)
    if elem is None:
        return ""
    if isinstance(elem, RawDataElement):
        data = elem.value
        if data is not None and data.isascii() and b"\x1b" not in data and b"\\" not in data:
            return data.decode("ascii").strip(" \0")
    try:
        value = ds[tag].value
    except Exception:  # undecodable: as absent (the profile drops it too)
        return ""
    return str(value or "").strip()


def us_of(ds: Dataset, tag: int, default: int | None = None) -> int:
    """An unsigned short (Rows, Columns …) without decoding the element.

    Args:
        ds: the dataset.
        tag: the element's tag.
        default: the value when the element is absent or empty (None: raise instead).

    Raises:
        AttributeError: absent and no default; TypeError, ValueError: not a number.
    """
    elem = ds.get_item(tag, keep_deferred=True)
    if elem is None:
        if default is None:
            raise AttributeError(tag)
        return default
    if isinstance(elem, RawDataElement) and elem.VR == "US" and elem.is_little_endian and \
            elem.value is not None and len(elem.value) == 2:
        return _US(elem.value)[0]
    value = ds[tag].value
    if value is None or value == "":
        if default is None:
            raise TypeError(tag)
        return default
    return int(value)
