"""Parsing a raw instance (DICOM Part 10 bytes, or a bare dataset) for de-identification.

On the fast path, values over :data:`DEFER_BYTES` (pixel data) are left unread in the source
buffer, to be copied once into the output, and the elements are kept as the reader left them
(:attr:`ParsedSource.as_read`). Inputs the one-pass encoder cannot write (big endian, deflated)
or that hold a deferred undefined-length value other than pixel data are read whole and take
the reference path.
"""

from __future__ import annotations

import io
import struct
from dataclasses import dataclass

import pydicom
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset
from pydicom.errors import BytesLengthException, InvalidDicomError

from medenclave_deid.core.dataset_reading import text_of, transfer_syntax_of
from medenclave_deid.core.encoder import can_encode
from medenclave_deid.core.instances import InvalidInstance

__all__ = ["DEFER_BYTES", "ParsedSource", "parse_source"]

#: values longer than this are not read into the dataset: the encoder copies them from the source
DEFER_BYTES = 64 * 1024
#: what a reader raises on bytes that are not a dataset it can parse (found by fuzzing, issue
#: 15: a value whose length is no multiple of its VR's size, a length field past the end, a
#: file meta cut inside an element, sequences nested deeper than the interpreter's stack)
_NOT_DICOM_ERRORS = (InvalidDicomError, BytesLengthException, ValueError, TypeError, KeyError,
                     EOFError, OSError, NotImplementedError, AttributeError, IndexError,
                     struct.error, RecursionError, OverflowError)


@dataclass(frozen=True)
class ParsedSource:
    """A raw instance as parsed, and the path it takes."""

    dataset: Dataset
    #: the elements as stored (raw ones not decoded, deferred ones not read); None on the
    #: reference path
    as_read: dict[int, object] | None
    #: the fast path (one-pass encoder, byte-level guard); False: the reference path
    fast: bool
    #: read with a Part 10 preamble and file meta (False: a bare dataset)
    part10: bool
    study_uid: str
    sop_instance_uid: str
    sop_class_uid: str


def parse_source(raw: bytes, *, fast: bool) -> ParsedSource:
    """Parse ``raw`` and read its study, instance and class UIDs.

    Args:
        raw: DICOM Part 10 bytes, or a bare dataset.
        fast: take the fast path where the input allows it.

    Raises:
        InvalidInstance: ``not_dicom``.
    """
    part10 = True
    try:
        try:
            # large values (pixel data) are left in ``raw`` and copied once, into the output
            ds = pydicom.dcmread(io.BytesIO(raw), defer_size=DEFER_BYTES if fast else None)
        except InvalidDicomError:  # no preamble: a bare dataset, or not DICOM at all
            part10 = False
            ds = pydicom.dcmread(io.BytesIO(raw), force=True)
        # the elements as stored: raw ones not decoded, deferred ones not read
        stored: dict[int, object] = dict(ds.items())
        fast_here = fast and _fast_path_can_write(ds, stored)
        if fast and not fast_here:  # deflated, big endian: read it all, pydicom writes
            ds = pydicom.dcmread(io.BytesIO(raw), force=not part10)
        as_read = stored if fast_here else None
        return ParsedSource(
            dataset=ds, as_read=as_read, fast=fast_here, part10=part10,
            study_uid=text_of(ds, 0x0020000D),  # StudyInstanceUID
            sop_instance_uid=text_of(ds, 0x00080018),  # SOPInstanceUID
            sop_class_uid=text_of(ds, 0x00080016))  # SOPClassUID
    except _NOT_DICOM_ERRORS:
        raise InvalidInstance("not_dicom") from None


def _fast_path_can_write(ds: Dataset, as_read: dict[int, object]) -> bool:
    """The one-pass encoder writes the transfer syntax and no value it needs was deferred."""
    return can_encode(transfer_syntax_of(ds)) and not any(
        # a deferred undefined-length value other than encapsulated pixel data (an
        # undefined-length sequence, say): the reference path reads it whole
        tag != 0x7FE00010 and isinstance(elem, RawDataElement) and
        elem.value is None and elem.length == 0xFFFFFFFF
        for tag, elem in as_read.items())
