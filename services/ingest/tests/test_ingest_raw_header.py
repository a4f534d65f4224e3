"""The parser's fast path (:mod:`medenclave_ingest.adapters.inbound.dicom.header_walk`) against pydicom.

The walk must give exactly what the pydicom reading gives, or leave the instance to it; its
one verdict of its own is ``truncated`` for a top-level element that runs past the end.
"""

from __future__ import annotations

import random
from pathlib import Path

import pydicom.data
import pytest
from pydicom.dataset import Dataset
from pydicom.sequence import Sequence
from pydicom.uid import ExplicitVRLittleEndian, ImplicitVRLittleEndian

from medenclave_ingest.adapters.inbound.dicom import header_walk as raw_header
from medenclave_ingest.adapters.inbound.dicom.header_reader import DicomHeaderReader
from medenclave_ingest.core.instances import Rejected

BUNDLED = sorted((Path(pydicom.data.__file__).parent / "test_files").rglob("*.dcm"))
FAST, REFERENCE = DicomHeaderReader(), DicomHeaderReader(fast=False)


def _verdict(parser: DicomHeaderReader, data: bytes) -> object:
    try:
        return parser.parse(data)
    except Rejected as exc:
        return exc.reason_code


def _same(data: bytes) -> bool:
    """The fast parser agrees with pydicom (True), or refuses a truncated top-level element
    that pydicom read short (checked here to be one)."""
    fast, reference = _verdict(FAST, data), _verdict(REFERENCE, data)
    if fast == reference:
        return True
    assert fast == "truncated", (fast, reference)
    with pytest.raises(raw_header.Truncated):
        raw_header.walk(data)
    return False


def _part10(ds: Dataset, transfer_syntax: str = ExplicitVRLittleEndian) -> bytes:
    ds.file_meta = pydicom.dataset.FileMetaDataset()
    ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
    ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
    ds.file_meta.TransferSyntaxUID = transfer_syntax
    out = pydicom.filebase.DicomBytesIO()
    ds.save_as(out, enforce_file_format=True)
    return out.getvalue()


def _nested_ct() -> Dataset:
    """A CT header with nested undefined-length sequences and a private sequence."""
    ds = Dataset()
    ds.SOPClassUID, ds.SOPInstanceUID = "1.2.840.10008.5.1.4.1.1.2", "1.2.3.4.5.6"
    ds.StudyInstanceUID, ds.Modality = "1.2.3.4.5", "CT"
    inner = Dataset()
    inner.CodeValue, inner.CodingSchemeDesignator = "T-D1100", "SRT"
    item = Dataset()
    item.ReferencedSOPInstanceUID = "1.2.3.9"
    item.PurposeOfReferenceCodeSequence = Sequence([inner])
    ds.ReferencedImageSequence = Sequence([item, Dataset()])
    ds.add_new(0x00091010, "LO", "ACME 1.1")
    ds.add_new(0x00091011, "SQ", Sequence([inner]))
    ds.Rows = ds.Columns = 4
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.PixelData = b"\x01\x00" * 16
    for sequence in (ds.ReferencedImageSequence, ds[0x00091011].value):
        sequence.is_undefined_length = True
        for each in sequence:
            each.is_undefined_length_sequence_item = True
    return ds


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.name)
def test_bundled_files_read_as_pydicom_reads_them(path):
    data = path.read_bytes()
    if len(data) < 132 or data[128:132] != b"DICM":
        pytest.skip("not Part 10")
    assert _same(data) or path.name == "rtplan_truncated.dcm"   # pydicom reads it short


def test_common_encodings_take_the_fast_path():
    for name in ("CT_small.dcm", "MR_small.dcm", "JPEG2000.dcm", "rtplan.dcm"):
        data = (Path(pydicom.data.__file__).parent / "test_files" / name).read_bytes()
        assert raw_header.walk(data) is not None, name
    for syntax in (ExplicitVRLittleEndian, ImplicitVRLittleEndian):
        data = _part10(_nested_ct(), syntax)
        walked = raw_header.walk(data)
        assert walked is not None
        assert (walked.study, walked.sop_instance, walked.modality) == ("1.2.3.4.5",
                                                                        "1.2.3.4.5.6", "CT")
        assert _verdict(FAST, data) == _verdict(REFERENCE, data)


@pytest.mark.parametrize("syntax", [ExplicitVRLittleEndian, ImplicitVRLittleEndian])
def test_every_truncation_agrees_or_is_refused(syntax):
    data = _part10(_nested_ct(), syntax)
    stricter = 0
    for cut in range(132, len(data)):
        stricter += not _same(data[:cut])
    assert stricter        # cuts inside the header: pydicom reads a short value, we refuse


def test_a_header_cut_mid_value_is_truncated():
    data = _part10(_nested_ct())
    cut = data.index(b"1.2.3.4.5\x00") + 4      # inside the Study Instance UID's value
    assert _verdict(FAST, data[:cut]) == "truncated"


@pytest.mark.parametrize("syntax", [ExplicitVRLittleEndian, ImplicitVRLittleEndian])
def test_random_byte_flips_agree(syntax):
    rng = random.Random(20261126)
    base = bytearray(_part10(_nested_ct(), syntax))
    for _ in range(1500):
        data = bytearray(base)
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(132, len(data))] = rng.randrange(256)
        _same(bytes(data))


def test_what_it_leaves_to_pydicom():
    ds = _nested_ct()
    multi = _part10(ds).replace(b"1.2.3.4.5\x00", b"1.2\\3.4.5\x00")   # a multi-valued UID
    assert raw_header.walk(multi) is None
    assert _verdict(FAST, multi) == _verdict(REFERENCE, multi)
    big = _part10(_nested_ct(), "1.2.840.10008.1.2.2")
    assert raw_header.walk(big) is None
    private = _part10(_nested_ct()).replace(b"1.2.840.10008.1.2.1\x00",
                                            b"1.3.6.1.4.1.59623.1\x00", 1)
    assert raw_header.walk(private) is None
