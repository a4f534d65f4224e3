"""What an instance must carry to be accepted, and the reason codes when it does not."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "REASON_INVALID_UID",
    "REASON_MISSING_UID",
    "REASON_NOT_DICOM",
    "REASON_OVERSIZED",
    "REASON_SOP_CLASS_MISMATCH",
    "REASON_TRANSFER_SYNTAX_MISMATCH",
    "REASON_TRUNCATED",
    "InstanceHeader",
    "Rejected",
    "check_header",
]

REASON_NOT_DICOM = "not_dicom"
REASON_TRUNCATED = "truncated"
REASON_MISSING_UID = "missing_uid"
REASON_INVALID_UID = "invalid_uid"
REASON_OVERSIZED = "oversized"
#: the dataset's SOP Class UID is not the one of the negotiated presentation context
REASON_SOP_CLASS_MISMATCH = "sop_class_mismatch"
#: the dataset is not encoded in the transfer syntax it was sent under
REASON_TRANSFER_SYNTAX_MISMATCH = "transfer_syntax_mismatch"

_UID = re.compile(r"^[0-9]+(\.[0-9]+)*$")


class Rejected(Exception):
    """The instance cannot be accepted. ``reason_code`` says why; it never quotes the data."""

    def __init__(self, reason_code: str) -> None:
        super().__init__(reason_code)
        self.reason_code = reason_code


@dataclass(frozen=True)
class InstanceHeader:
    """The few attributes ingest reads from an instance (identifying: never log them)."""

    study_instance_uid: str
    sop_instance_uid: str
    sop_class_uid: str
    transfer_syntax_uid: str = ""
    modality: str = ""


def check_header(header: InstanceHeader, *, expected_sop_class: str = "") -> None:
    """Accept an instance only if it names its study, itself and its SOP class with valid UIDs.

    Args:
        header: what the parser read.
        expected_sop_class: the SOP class the sender negotiated for it (empty: not checked).

    Raises:
        Rejected: ``missing_uid``, ``invalid_uid`` or ``sop_class_mismatch``.
    """
    uids = (header.study_instance_uid, header.sop_instance_uid, header.sop_class_uid)
    if any(not uid for uid in uids):
        raise Rejected(REASON_MISSING_UID)
    if any(len(uid) > 64 or not _UID.match(uid) for uid in uids):
        raise Rejected(REASON_INVALID_UID)
    if expected_sop_class and header.sop_class_uid != expected_sop_class:
        raise Rejected(REASON_SOP_CLASS_MISMATCH)
