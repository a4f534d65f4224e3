"""Reads the few header attributes ingest needs (pixel data is not decoded)."""

from __future__ import annotations

import io
import re
import struct
import warnings

import pydicom
from pydicom.errors import InvalidDicomError
from pydicom.uid import DeflatedExplicitVRLittleEndian, ExplicitVRBigEndian, ImplicitVRLittleEndian

from medenclave_ingest.adapters.inbound.dicom import header_walk as raw_header
from medenclave_ingest.core.instances import (
    REASON_NOT_DICOM,
    REASON_TRANSFER_SYNTAX_MISMATCH,
    REASON_TRUNCATED,
    InstanceHeader,
    Rejected,
)

__all__ = ["DicomHeaderReader"]

_HEADER_TAGS = ["SOPClassUID", "SOPInstanceUID", "StudyInstanceUID", "Modality"]
_PIXEL_TAG = b"\xe0\x7f\x10\x00"
_MODALITY = re.compile(r"^[A-Z0-9_ ]{1,16}$")


def _text(ds: pydicom.Dataset, keyword: str) -> str:
    value = ds.get(keyword)
    return str(value).strip().rstrip("\x00") if value is not None else ""


def _pixels_truncated(data: bytes, pos: int, transfer_syntax: str) -> bool:
    """True when the Pixel Data element at ``pos`` claims more bytes than were received."""
    if transfer_syntax in (DeflatedExplicitVRLittleEndian, ExplicitVRBigEndian):
        return False  # the dataset is compressed or big-endian; pydicom read it whole
    head = data[pos:pos + 12]
    if head[:4] != _PIXEL_TAG:
        return False
    if len(head) < 8:
        return True
    if transfer_syntax == ImplicitVRLittleEndian:
        (length,) = struct.unpack("<I", head[4:8])
        start = pos + 8
    elif head[4:6] in raw_header.LONG_VRS:
        if len(head) < 12:
            return True
        (length,) = struct.unpack("<I", head[8:12])
        start = pos + 12
    else:
        (length,) = struct.unpack("<H", head[6:8])
        start = pos + 8
    if length == 0xFFFFFFFF:  # encapsulated: every item must be complete
        return _fragments_truncated(data, start)
    return start + length > len(data)


_VRS = raw_header.LONG_VRS | raw_header.SHORT_VRS


def _vr_encoding_differs(data: bytes, transfer_syntax: str) -> bool:
    """True when the dataset's first element is implicit VR under an explicit syntax or back.

    pydicom reads such a body anyway (it guesses the VR encoding); a sender that encodes in
    another syntax than it negotiated is refused instead.
    """
    if transfer_syntax == DeflatedExplicitVRLittleEndian or data[132:134] != b"\x02\x00":
        return False
    (group_length,) = struct.unpack("<I", data[140:144]) if len(data) >= 144 else (0,)
    start = 144 + group_length
    head = data[start:start + 6]
    if len(head) < 6:
        return False
    explicit_body = head[4:6] in _VRS
    return explicit_body == (transfer_syntax == ImplicitVRLittleEndian)


def _fragments_truncated(data: bytes, pos: int) -> bool:
    """Walk the items of encapsulated pixel data; True if one claims more bytes than arrived.

    A missing sequence delimiter at the very end is tolerated (some writers omit it).
    """
    while pos + 8 <= len(data):
        tag, (length,) = data[pos:pos + 4], struct.unpack("<I", data[pos + 4:pos + 8])
        pos += 8
        if tag == b"\xfe\xff\xdd\xe0":
            return False
        if tag != b"\xfe\xff\x00\xe0" or pos + length > len(data):
            return True
        pos += length
    return pos != len(data)


class DicomHeaderReader:
    """:class:`~medenclave_ingest.core.instances.HeaderReader`: the header walked straight from
    the bytes (:mod:`.raw_header`) and, where the walk cannot decide, read with pydicom.

    Args:
        fast: False reads every instance with pydicom (the reference the tests hold the walk to).
    """

    def __init__(self, *, fast: bool = True) -> None:
        self._fast = fast

    def parse(self, data: bytes) -> InstanceHeader:
        """Raises: Rejected ("not_dicom", "truncated", "transfer_syntax_mismatch")."""
        if len(data) < 132 or data[128:132] != b"DICM":
            raise Rejected(REASON_NOT_DICOM)
        try:
            walked = raw_header.walk(data) if self._fast else None
        except raw_header.Truncated:
            raise Rejected(REASON_TRUNCATED) from None
        if walked is not None:
            transfer_syntax, pixel_pos = walked.transfer_syntax, walked.pixel_pos
            values = {"SOPClassUID": walked.sop_class, "SOPInstanceUID": walked.sop_instance,
                      "StudyInstanceUID": walked.study, "Modality": walked.modality}
        else:
            transfer_syntax, values, pixel_pos = _read_with_pydicom(data)
        if not transfer_syntax:
            raise Rejected(REASON_TRUNCATED if len(data) < 256 else REASON_NOT_DICOM)
        if not any(values[kw] for kw in ("SOPClassUID", "SOPInstanceUID", "StudyInstanceUID")):
            raise Rejected(REASON_NOT_DICOM)  # a file meta over something that is no dataset
        if _vr_encoding_differs(data, transfer_syntax):
            raise Rejected(REASON_TRANSFER_SYNTAX_MISMATCH)
        if _pixels_truncated(data, pixel_pos, transfer_syntax):
            raise Rejected(REASON_TRUNCATED)
        modality = values["Modality"].upper()
        return InstanceHeader(
            study_instance_uid=values["StudyInstanceUID"],
            sop_instance_uid=values["SOPInstanceUID"],
            sop_class_uid=values["SOPClassUID"],
            transfer_syntax_uid=transfer_syntax,
            modality=modality if _MODALITY.match(modality) else "")


def _read_with_pydicom(data: bytes) -> tuple[str, dict[str, str], int]:
    """``(transfer syntax, values, Pixel Data position)`` as pydicom reads them."""
    fp = io.BytesIO(data)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pydicom's warnings may quote values
            ds = pydicom.dcmread(fp, stop_before_pixels=True)
            transfer_syntax = str(ds.file_meta.get("TransferSyntaxUID", "") or "")
            values = {kw: _text(ds, kw) for kw in _HEADER_TAGS}
    except (EOFError, struct.error):
        raise Rejected(REASON_TRUNCATED) from None
    except InvalidDicomError:
        raise Rejected(REASON_NOT_DICOM) from None
    except Exception:  # pydicom raises many types on malformed input
        raise Rejected(REASON_NOT_DICOM) from None
    return transfer_syntax, values, fp.tell()
