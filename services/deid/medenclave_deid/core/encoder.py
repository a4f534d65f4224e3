"""Part 10 encoding of a de-identified dataset, with kept elements copied as they were read.

The profile keeps most of an image's elements untouched (as pydicom's ``RawDataElement``: the
bytes read from the source). pydicom's writer spends ~20 µs per element going through a buffer
for each; here a kept element is one header (``struct``) plus its value bytes, pixel data
included, and only the elements the profile produced (remapped UIDs, shifted dates, pseudonyms,
cleaned descriptors, dummies, new sequences) go through pydicom's own element writer. The
output is byte-for-byte what ``pydicom.dcmwrite(..., enforce_file_format=True)`` writes for the
same dataset (tests compare the two on every file of the corpora).

:func:`can_encode` says which transfer syntaxes this covers (little endian, implicit or explicit,
native or encapsulated); the caller falls back to ``dcmwrite`` for the rest (big endian,
deflated, unknown).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, MutableSequence
from operator import itemgetter

from pydicom import __version_info__ as _PYDICOM_VERSION
from pydicom.charset import convert_encodings, default_encoding
from pydicom.dataelem import RawDataElement, convert_raw_data_element
from pydicom.dataset import Dataset
from pydicom.filebase import DicomBytesIO
from pydicom.filewriter import write_data_element
from pydicom.multival import MultiValue
from pydicom.uid import PYDICOM_IMPLEMENTATION_UID, UID
from pydicom.valuerep import EXPLICIT_VR_LENGTH_32

__all__ = ["can_encode", "encode_part10", "freeze", "text_values"]

_LONG_VRS = frozenset(str(v) for v in EXPLICIT_VR_LENGTH_32)
_HDR16 = struct.Struct("<HH2sH").pack
_HDR32 = struct.Struct("<HH2sHI").pack
_HDR_IMPLICIT = struct.Struct("<HHI").pack
_ITEM = struct.Struct("<HHI").pack
_SEQUENCE_DELIMITER = b"\xfe\xff\xdd\xe0\x00\x00\x00\x00"
_ITEM_DELIMITER = b"\xfe\xff\x0d\xe0\x00\x00\x00\x00"
_PREAMBLE = b"\0" * 128 + b"DICM"
_VERSION_NAME = f"PYDICOM {'.'.join(_PYDICOM_VERSION)}"
_SUPPORTED: dict[str, bool] = {}
_first = itemgetter(0)


def can_encode(transfer_syntax: str) -> bool:
    """True for the little-endian, non-deflated transfer syntaxes pydicom knows."""
    known = _SUPPORTED.get(transfer_syntax)
    if known is None:
        uid = UID(transfer_syntax)
        known = _SUPPORTED[transfer_syntax] = bool(
            uid.is_transfer_syntax and uid.is_little_endian and not uid.is_deflated)
    return known


def _uid_value(value: str) -> bytes:
    data = value.encode("ascii")
    return data + b"\0" if len(data) % 2 else data


def _meta(sop_class_uid: str, sop_instance_uid: str, transfer_syntax: str) -> bytes:
    """The File Meta Information group as pydicom writes it with ``enforce_file_format``."""
    body = [_HDR32(0x0002, 0x0001, b"OB", 0, 2), b"\x00\x01"]
    for element, vr, value in (
            (0x0002, b"UI", _uid_value(sop_class_uid)),
            (0x0003, b"UI", _uid_value(sop_instance_uid)),
            (0x0010, b"UI", _uid_value(transfer_syntax)),
            (0x0012, b"UI", _uid_value(PYDICOM_IMPLEMENTATION_UID))):
        body += [_HDR16(0x0002, element, vr, len(value)), value]
    name = _VERSION_NAME.encode("ascii")
    name += b" " if len(name) % 2 else b""
    body += [_HDR16(0x0002, 0x0013, b"SH", len(name)), name]
    rest = b"".join(body)
    return _HDR16(0x0002, 0x0000, b"UL", 4) + struct.pack("<I", len(rest)) + rest


#: a Specific Character Set as pydicom takes it: one term, several (a MultiValue), or None
_Encodings = str | MutableSequence[str] | None


def _encodings(ds: Dataset, parent: _Encodings) -> _Encodings:
    """The item's own Specific Character Set, else its parent's (as pydicom's writer does)."""
    if 0x00080005 not in ds:
        return parent
    return ds.get("SpecificCharacterSet") or parent


#: text VRs whose ASCII values are written here directly (padding: NUL for UI, else space)
_PLAIN_TEXT_VRS = frozenset({"AE", "AS", "CS", "DA", "DT", "LO", "LT", "SH", "ST", "TM", "UC",
                             "UI", "UR", "UT"})
_SINGLE_VALUE_VRS = frozenset({"LT", "ST", "UT", "UR"})
#: items written the same way every time (the de-identification method codes): their bytes
#: by ``id`` (the item is kept alive alongside, so the id stays its own)
_FROZEN: dict[tuple[int, bool], tuple[Dataset, bytes]] = {}


def freeze(item: Dataset) -> Dataset:
    """Mark ``item`` as never changing: its encoding is computed once per VR encoding."""
    item._medenclave_frozen = True
    return item


def _plain_text(elem: object, implicit: bool) -> bytes | None:
    """The element in bytes when it is a plain ASCII text value, else None (pydicom's turn)."""
    vr = elem.VR  # type: ignore[attr-defined]
    if vr not in _PLAIN_TEXT_VRS:
        return None
    value = elem.value  # type: ignore[attr-defined]
    if value is None or value == "":
        data = b""
    elif isinstance(value, str):
        if not value.isascii():
            return None
        data = value.encode("ascii")
    elif isinstance(value, (list, MultiValue)) and vr not in _SINGLE_VALUE_VRS and \
            all(isinstance(v, str) and v.isascii() for v in value):
        data = "\\".join(value).encode("ascii")
    else:
        return None
    if len(data) % 2:
        data += b"\0" if vr == "UI" else b" "
    tag = int(elem.tag)  # type: ignore[attr-defined]
    group, element = tag >> 16, tag & 0xFFFF
    if implicit:
        return _HDR_IMPLICIT(group, element, len(data)) + data
    if vr in _LONG_VRS:
        return _HDR32(group, element, vr.encode("ascii"), 0, len(data)) + data
    if len(data) > 0xFFFF:
        return None
    return _HDR16(group, element, vr.encode("ascii"), len(data)) + data


def _element_bytes(elem: object, implicit: bool, encodings: _Encodings) -> bytes:
    plain = _plain_text(elem, implicit)
    if plain is not None:
        return plain
    buffer = DicomBytesIO()
    buffer.is_little_endian = True
    buffer.is_implicit_VR = implicit
    write_data_element(buffer, elem, encodings)  # type: ignore[arg-type]
    return buffer.getvalue()


def _encode(ds: Dataset, implicit: bool, parent_encodings: _Encodings, out: list,
            source: bytes | None = None) -> None:
    """Append the encoding of ``ds``'s elements to ``out``. ``source``: the buffer the
    top-level dataset was read from, for values the reader deferred (left unread)."""
    encodings = _encodings(ds, parent_encodings)
    # items(): the elements as stored, raw ones not decoded and deferred ones not read
    for tag, elem in sorted(ds.items(), key=_first):
        itag = int(tag)
        group, element = itag >> 16, itag & 0xFFFF
        if element == 0 and group > 6:
            continue  # retired group lengths are not written (PS3.5 7.2)
        if isinstance(elem, RawDataElement) and elem.is_little_endian and \
                elem.is_implicit_VR == implicit and (implicit or _valid_vr(elem.VR)):
            value: bytes | memoryview | None = elem.value
            undefined = elem.length == 0xFFFFFFFF
            if value is None and undefined and source is not None:
                value = _encapsulated(source, elem.value_tell)
            elif value is None and elem.length and not undefined:
                if source is None:  # deferred outside the top level: read it the usual way
                    elem = ds[tag]
                    out.append(_element_bytes(elem, implicit, encodings))
                    continue
                # a deferred value (pixel data): the source's bytes, not copied until the join
                value = memoryview(source)[elem.value_tell:elem.value_tell + elem.length]
                if len(value) != elem.length:
                    raise ValueError("deferred value beyond the end of the source")
            elif value is None:
                value = b""
            if implicit:
                out.append(_HDR_IMPLICIT(group, element, 0xFFFFFFFF if undefined else len(value)))
            else:
                vr = elem.VR
                if vr is None:  # not met: _valid_vr(elem.VR) held to come here
                    raise ValueError("explicit VR element without a VR")
                if vr not in _LONG_VRS and not undefined and len(value) > 0xFFFF:
                    vr = "UN"  # as pydicom does (PS3.5 6.2.2)
                if vr in _LONG_VRS:
                    out.append(_HDR32(group, element, vr.encode("ascii"), 0,
                                      0xFFFFFFFF if undefined else len(value)))
                else:
                    out.append(_HDR16(group, element, vr.encode("ascii"), len(value)))
            out.append(value)
            if undefined:
                out.append(_SEQUENCE_DELIMITER)
            continue
        if not isinstance(elem, RawDataElement) and elem.VR == "SQ":
            _sequence(elem, group, element, implicit, encodings, out)
            continue
        out.append(_element_bytes(elem, implicit, encodings))


_ITEM_HEADER = struct.Struct("<HHI").unpack_from


def _encapsulated(source: bytes, start: int) -> memoryview:
    """The items of a deferred undefined-length value (encapsulated pixel data: fragments of
    defined length) up to, not including, its sequence delimiter.

    Raises:
        ValueError: not a run of defined-length items ending in a sequence delimiter.
    """
    pos = start
    while True:
        if pos + 8 > len(source):
            raise ValueError("undefined-length value without its delimiter")
        group, element, length = _ITEM_HEADER(source, pos)
        if group == 0xFFFE and element == 0xE0DD:
            return memoryview(source)[start:pos]
        if group != 0xFFFE or element != 0xE000 or length == 0xFFFFFFFF:
            raise ValueError("undefined-length value that is not encapsulated fragments")
        pos += 8 + length


def _valid_vr(vr: object) -> bool:
    return isinstance(vr, str) and len(vr) == 2


def _sequence(elem, group: int, element: int, implicit: bool, encodings: _Encodings,
              out: list) -> None:
    body: list[bytes] = []
    for item in elem.value or ():
        if item.__dict__.get("_medenclave_frozen"):
            key = (id(item), implicit)
            cached = _FROZEN.get(key)
            if cached is None or cached[0] is not item:
                inner_bytes: list[bytes] = []
                _encode(item, implicit, encodings, inner_bytes)
                encoded = b"".join(inner_bytes)
                _FROZEN[key] = cached = (item, _ITEM(0xFFFE, 0xE000, len(encoded)) + encoded)
            body.append(cached[1])
            continue
        inner: list[bytes] = []
        _encode(item, implicit, encodings, inner)
        size = sum(len(c) for c in inner)
        if item.__dict__.get("is_undefined_length_sequence_item"):
            body.append(_ITEM(0xFFFE, 0xE000, 0xFFFFFFFF))
            body += inner
            body.append(_ITEM_DELIMITER)
        else:
            body.append(_ITEM(0xFFFE, 0xE000, size))
            body += inner
    undefined = bool(getattr(elem, "is_undefined_length", False))
    length = 0xFFFFFFFF if undefined else sum(len(c) for c in body)
    if implicit:
        out.append(_HDR_IMPLICIT(group, element, length))
    else:
        out.append(_HDR32(group, element, b"SQ", 0, length))
    out += body
    if undefined:
        out.append(_SEQUENCE_DELIMITER)


def encode_part10(ds: Dataset, *, sop_class_uid: str, sop_instance_uid: str,
                  transfer_syntax: str, source: bytes | None = None) -> bytes:
    """``ds`` as a DICOM Part 10 file in ``transfer_syntax`` (which :func:`can_encode`).

    ``source`` is the buffer ``ds`` was read from (with ``defer_size``): deferred top-level
    values, pixel data above all, are copied from it straight into the output.

    Raises:
        ValueError, TypeError, KeyError, struct.error: an element cannot be encoded.
    """
    implicit = UID(transfer_syntax).is_implicit_VR
    chunks: list[bytes] = [_PREAMBLE, _meta(sop_class_uid, sop_instance_uid, transfer_syntax)]
    _encode(ds, implicit, default_encoding, chunks, source)
    return b"".join(chunks)


def text_values(ds: Dataset, text_vrs: Iterable[str], source: bytes | None = None) -> list[str]:
    """The decoded values of the text elements of ``ds`` (nested items included) that the
    profile produced, and of kept elements whose bytes are not plain ASCII.

    Kept ASCII elements are left out: their bytes are in the encoded output as read, and the
    leak guard's byte scan (case-insensitive for ASCII) covers them without decoding.
    """
    vrs = frozenset(text_vrs)
    found: list[str] = []
    _collect_text(ds, vrs, found, source, default_encoding)
    return found


def _collect_text(ds: Dataset, vrs: frozenset[str], found: list[str], source: bytes | None,
                  parent_encodings: _Encodings) -> None:
    encodings = _encodings(ds, parent_encodings)
    for elem in list(ds.values()):
        if isinstance(elem, RawDataElement):
            value = elem.value
            if value is None:
                if elem.VR is not None and elem.VR not in vrs:
                    continue  # a deferred binary value (pixel data): the byte scan covers it
                if source is None or elem.length == 0xFFFFFFFF:
                    raise ValueError("deferred text value without its source")
                value = bytes(source[elem.value_tell:elem.value_tell + elem.length])
                elem = elem._replace(value=value)
            if not value or value.isascii():
                continue
            try:
                python_codecs = [default_encoding] if encodings == default_encoding else \
                    convert_encodings(encodings)
                elem = convert_raw_data_element(elem, encoding=python_codecs, ds=ds)
            except Exception:
                found.append(value.decode("latin-1"))  # still scanned, as bytes
                continue
        vr = elem.VR
        if vr == "SQ":
            for item in elem.value or ():
                _collect_text(item, vrs, found, None, encodings)
            continue
        if vr not in vrs or elem.value is None:
            continue
        value = elem.value
        if isinstance(value, (list, tuple, MultiValue)):
            found.extend(str(v) for v in value)
        else:
            found.append(str(value))
