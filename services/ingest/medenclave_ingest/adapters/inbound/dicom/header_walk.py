"""The fast path of the ingest parser: walk a Part 10 byte string's elements without pydicom.

Ingest needs four values (SOP Class, SOP Instance and Study Instance UIDs, Modality), the
transfer syntax and the position of Pixel Data; pydicom builds a whole dataset to give them
(~0.3–0.6 ms for a CT slice, on the critical path of every C-STORE). :func:`walk` reads the
same things straight from the bytes, checking every element's length on the way, in about a
tenth of that.

It decides only what it can decide exactly as the pydicom reading would: on anything it does
not fully understand (another byte order, deflate, an unknown VR, an undefined-length element
that is not a plain sequence, elements out of order, a value that is not plain ASCII, a
multi-valued UID, nesting deeper than 16 levels) it returns ``None`` and pydicom decides.
``tests/test_ingest_raw_header.py`` holds it to the pydicom reading on every bundled pydicom
file, every truncation of several of them and random byte flips.

One verdict is its own and stricter than pydicom's: a top-level element whose length runs past
the end of the data is a truncated instance (pydicom reads the short value and carries on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from struct import Struct

from pydicom.datadict import dictionary_VR
from pydicom.uid import UID

__all__ = ["LONG_VRS", "SHORT_VRS", "Truncated", "WalkedHeader", "walk"]

_EXPLICIT = Struct("<HH2sH")
_IMPLICIT = Struct("<HHL")
_UINT32 = Struct("<L")
#: explicit-VR encodings with a 32-bit length (after two reserved bytes) ...
LONG_VRS = frozenset((b"OB", b"OD", b"OF", b"OL", b"OV", b"OW", b"SQ", b"SV", b"UC", b"UN",
                       b"UR", b"UT", b"UV"))
#: ... and with a 16-bit length
SHORT_VRS = frozenset((b"AE", b"AS", b"AT", b"CS", b"DA", b"DS", b"DT", b"FL", b"FD", b"IS",
                        b"LO", b"LT", b"PN", b"SH", b"SL", b"SS", b"ST", b"TM", b"UI", b"UL",
                        b"US"))
_UNDEFINED = 0xFFFFFFFF
_ITEM, _ITEM_END, _SEQUENCE_END = 0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD
_PIXEL_TAGS = frozenset((0x7FE00008, 0x7FE00009, 0x7FE00010))   # where pydicom stops
_TRANSFER_SYNTAX = 0x00020010
_WANTED = {0x00080016: "sop_class", 0x00080018: "sop_instance", 0x00080060: "modality",
           0x0020000D: "study", 0x00080005: "charset"}
#: the VR each wanted value must carry in an explicit-VR dataset (pydicom reads by this VR)
_WANTED_VR = {"sop_class": b"UI", "sop_instance": b"UI", "study": b"UI", "modality": b"CS",
              "charset": b"CS"}
_MAX_DEPTH = 16
# a value exactly as pydicom would hand it to ingest after its strip()s
_UID_VALUE = re.compile(rb"[0-9.]*[\x00 ]?")
_CS_VALUE = re.compile(rb" *[A-Z0-9_]*[A-Z0-9_ ]*")
# Specific Character Set: pydicom looks the terms up as codec names, and a NUL among them
# makes it fail (printable ASCII only; an unknown term is only a warning there)
_CHARSET_VALUE = re.compile(rb"[ -~]*")


class Truncated(Exception):
    """A top-level element claims more bytes than were received."""


class _Defer(Exception):
    """Not something this walker decides: pydicom reads it."""


@dataclass(frozen=True)
class WalkedHeader:
    transfer_syntax: str
    sop_class: str
    sop_instance: str
    study: str
    modality: str
    pixel_pos: int          # where Pixel Data starts (len(data) when there is none)


def walk(data: bytes) -> WalkedHeader | None:
    """Read the header of a Part 10 byte string (``DICM`` at 128 already checked).

    Returns:
        The values, or ``None`` where pydicom must decide.

    Raises:
        Truncated: a top-level element runs past the end of ``data``.
    """
    try:
        pos, transfer_syntax = _file_meta(data)
        uid = UID(transfer_syntax)
        try:
            if not uid.is_transfer_syntax or uid.is_deflated or not uid.is_little_endian:
                return None
        except ValueError:   # a private transfer syntax: pydicom guesses the encoding
            return None
        found: dict[str, bytes] = {}
        pixel_pos = _dataset(data, pos, len(data), not uid.is_implicit_VR, 0, found)
        values = {name: _text(name, raw) for name, raw in found.items()}
    except _Defer:
        return None
    return WalkedHeader(transfer_syntax=transfer_syntax, pixel_pos=pixel_pos,
                        sop_class=values.get("sop_class", ""),
                        sop_instance=values.get("sop_instance", ""),
                        study=values.get("study", ""), modality=values.get("modality", ""))


def _file_meta(data: bytes) -> tuple[int, str]:
    """Group 2 (explicit VR little endian): ``(end position, transfer syntax UID)``."""
    pos, end, transfer_syntax = 132, len(data), b""
    while pos + 8 <= end:
        group, elem, vr, length = _EXPLICIT.unpack_from(data, pos)
        if group != 2:
            break
        if vr in LONG_VRS:
            if pos + 12 > end:
                raise _Defer
            (length,) = _UINT32.unpack_from(data, pos + 8)
            start = pos + 12
        elif vr in SHORT_VRS:
            start = pos + 8
        else:
            raise _Defer
        if length == _UNDEFINED or start + length > end:
            raise _Defer
        if elem in (0x0000, 0x0010) and (vr != (b"UL" if elem == 0 else b"UI")
                                         or (elem == 0 and length != 4)):
            raise _Defer          # pydicom converts both: a wrong VR or size fails there
        if elem == 0x0010:
            transfer_syntax = data[start:start + length]
        pos = start + length
    if not _UID_VALUE.fullmatch(transfer_syntax):
        raise _Defer
    text = transfer_syntax.rstrip(b"\x00 ").decode("ascii")
    if not text:
        raise _Defer
    return pos, text


def _dataset(data: bytes, pos: int, end: int, explicit: bool, depth: int,
             found: dict[str, bytes] | None, delimited: bool = False) -> int:
    """Walk the elements from ``pos`` to ``end``.

    At the top level (``found`` given) stop at Pixel Data and collect the wanted values; in
    an item, ``delimited`` says it has undefined length and ends with its delimiter. Returns
    where the walk stopped (after the delimiter of a delimited item).
    """
    previous = -1
    top = found is not None
    # the element header is read inline here and in _file_meta, not in a shared helper: a
    # call and a slice per element made the walk 20-50 % slower
    while pos < end:
        if pos + 8 > end:
            raise _Defer          # pydicom ignores a tail of under 8 bytes; it decides
        if explicit:
            group, elem, vr, length = _EXPLICIT.unpack_from(data, pos)
            tag = group << 16 | elem
            if tag == _ITEM_END and delimited:
                return _after_delimiter(data, pos)
            if top and tag in _PIXEL_TAGS:
                return pos
            if vr in LONG_VRS:
                if pos + 12 > end:
                    raise _truncated_or_defer(top)
                (length,) = _UINT32.unpack_from(data, pos + 8)
                start = pos + 12
            elif vr in SHORT_VRS:
                start = pos + 8
            else:
                raise _Defer
        else:
            group, elem, length = _IMPLICIT.unpack_from(data, pos)
            tag = group << 16 | elem
            if tag == _ITEM_END and delimited:
                return _after_delimiter(data, pos)
            if top and tag in _PIXEL_TAGS:
                return pos
            vr, start = b"", pos + 8
        if tag <= previous or group == 0xFFFE or (top and group == 2):
            raise _Defer
        previous = tag
        if length == _UNDEFINED:
            if not _is_sequence(data, tag, vr, start, explicit):
                raise _Defer
            pos = _sequence(data, start, end, explicit, depth + 1)
            continue
        if start + length > end:
            raise _truncated_or_defer(top)
        if top:
            name = _WANTED.get(tag)
            if name is not None:
                if explicit and vr != _WANTED_VR[name]:
                    raise _Defer      # pydicom reads the value by its (wrong) VR
                found[name] = data[start:start + length]    # type: ignore[index]
        pos = start + length
    if delimited:
        raise _Defer              # an undefined-length item without its delimiter
    return pos


def _after_delimiter(data: bytes, pos: int) -> int:
    """The position after an item delimiter; one with a non-zero length is pydicom's call
    (it refuses the instance)."""
    if _UINT32.unpack_from(data, pos + 4)[0]:
        raise _Defer
    return pos + 8


def _truncated_or_defer(top: bool) -> Exception:
    return Truncated() if top else _Defer()


def _is_sequence(data: bytes, tag: int, vr: bytes, start: int, explicit: bool) -> bool:
    """Whether pydicom reads this undefined-length element as a sequence of the same VR
    encoding (UN-as-SQ and undefined-length non-sequences are left to pydicom)."""
    if explicit:
        return vr == b"SQ"
    try:
        return dictionary_VR(tag) == "SQ"
    except KeyError:   # pydicom looks ahead: a sequence if an item follows
        return data[start:start + 4] == b"\xfe\xff\x00\xe0"


def _sequence(data: bytes, pos: int, end: int, explicit: bool, depth: int) -> int:
    """Walk the items of an undefined-length sequence; the position after its delimiter."""
    if depth > _MAX_DEPTH:
        raise _Defer
    while pos + 8 <= end:
        group, elem, length = _IMPLICIT.unpack_from(data, pos)
        tag = group << 16 | elem
        if tag == _SEQUENCE_END:
            if length:
                raise _Defer
            return pos + 8
        if tag != _ITEM:
            raise _Defer
        if length == _UNDEFINED:
            pos = _dataset(data, pos + 8, end, explicit, depth, None, delimited=True)
        else:
            item_end = pos + 8 + length
            if item_end > end or _dataset(data, pos + 8, item_end, explicit, depth,
                                          None) != item_end:
                raise _Defer
            pos = item_end
    raise _Defer


def _text(name: str, raw: bytes) -> str:
    """A wanted value as ingest would read it through pydicom (``_Defer`` if unsure)."""
    pattern = {"modality": _CS_VALUE, "charset": _CHARSET_VALUE}.get(name, _UID_VALUE)
    if not pattern.fullmatch(raw):
        raise _Defer
    return raw.decode("ascii").strip().rstrip("\x00")
