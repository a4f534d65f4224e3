"""Writing a cleaned output as DICOM Part 10 bytes, with the text the leak guard checks.

The fast path writes with the one-pass encoder (kept elements as read, large values copied
from the source); the reference path (big endian, deflated) with pydicom's writer. File meta
is rebuilt: MediaStorageSOPInstanceUID is the new SOPInstanceUID, the transfer syntax and SOP
class stay.
"""

from __future__ import annotations

import io

import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import UID

from medenclave_deid.core.dataset_reading import text_of, transfer_syntax_of
from medenclave_deid.core.encoder import encode_part10, text_values
from medenclave_deid.core.instances import InvalidInstance
from medenclave_deid.core.source_parsing import ParsedSource

__all__ = ["write_output"]

#: the VRs whose decoded values the leak guard checks besides the bytes
_GUARDED_TEXT_VRS = frozenset({"AE", "AS", "CS", "DA", "DS", "DT", "IS", "LO", "LT", "PN", "SH",
                               "ST", "TM", "UC", "UI", "UR", "UT"})


def write_output(out: Dataset, source: ParsedSource, raw: bytes) -> tuple[bytes, str]:
    """The Part 10 bytes of ``out``, and what the byte scan cannot see: the decoded values the
    profile produced and the kept values that are not plain ASCII, one per line.

    Args:
        out: the cleaned dataset (no file meta).
        source: the source it was cleaned from (SOP class, transfer syntax, path).
        raw: the source's bytes (deferred values are copied from them).

    Raises:
        InvalidInstance: ``unwritable``.
    """
    source_meta = getattr(source.dataset, "file_meta", None)
    media_class = str((source_meta.get("MediaStorageSOPClassUID")
                       if source_meta is not None else None) or source.sop_class_uid)
    transfer_syntax = transfer_syntax_of(source.dataset)
    try:
        if source.fast:
            dicom = encode_part10(out, sop_class_uid=media_class,
                                  sop_instance_uid=text_of(out, 0x00080018),
                                  transfer_syntax=transfer_syntax, source=raw)
        else:  # big endian, deflated: pydicom's writer
            dicom = _write_with_pydicom(out, media_class, transfer_syntax)
        text = "\n".join(text_values(out, _GUARDED_TEXT_VRS, raw if source.fast else None))
    except Exception:
        raise InvalidInstance("unwritable") from None
    return dicom, text


def _write_with_pydicom(out: Dataset, media_class: str, transfer_syntax: str) -> bytes:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = UID(media_class)
    meta.MediaStorageSOPInstanceUID = out.SOPInstanceUID
    meta.TransferSyntaxUID = UID(transfer_syntax)
    out.file_meta = meta
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, out, enforce_file_format=True)
    return buf.getvalue()
