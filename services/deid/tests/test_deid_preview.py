"""The quarantine preview's rendering: windowing, MONOCHROME1, the PNG itself, refusals."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pydicom
import pytest
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian, SecondaryCaptureImageStorage, generate_uid

from medenclave_deid.core.preview import PreviewError, encode_png, render_preview, window_to_bytes


def _instance(pixels: np.ndarray, **header) -> bytes:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = SecondaryCaptureImageStorage
    meta.MediaStorageSOPInstanceUID = generate_uid()
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID, ds.SOPInstanceUID = meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID
    ds.Rows, ds.Columns = pixels.shape
    ds.SamplesPerPixel, ds.BitsAllocated, ds.BitsStored, ds.HighBit = 1, 16, 16, 15
    ds.PixelRepresentation = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    for key, value in header.items():
        setattr(ds, key, value)
    ds.PixelData = pixels.astype(np.int16).tobytes()
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


def _decode_png(png: bytes) -> np.ndarray:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    idat = png.index(b"IDAT")
    length = struct.unpack(">I", png[idat - 4:idat])[0]
    raw = zlib.decompress(png[idat + 4:idat + 4 + length])
    rows = [raw[r * (width + 1) + 1:(r + 1) * (width + 1)] for r in range(height)]
    return np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(height, width)


def test_window_maps_the_range_to_black_and_white():
    out = window_to_bytes(np.array([-1000.0, 40.0, 1000.0]), center=40, width=400)
    assert out.tolist() == [0, 128, 255]


def test_preview_uses_the_header_window_or_the_one_asked_for():
    pixels = np.tile(np.arange(-100, 100, dtype=np.int16), (20, 1))
    data = _instance(pixels, WindowCenter=0, WindowWidth=100, RescaleSlope=1, RescaleIntercept=0)
    header = render_preview(data)
    assert (header.window_center, header.window_width, header.rows, header.columns) == \
        (0.0, 100.0, 20, 200)
    image = _decode_png(header.png)
    assert image.shape == (20, 200) and image[0, 0] == 0 and image[0, -1] == 255
    asked = render_preview(data, center=-100, width=2)
    assert asked.window_width == 2 and _decode_png(asked.png)[0, 150] == 255


def test_monochrome1_is_inverted_and_large_images_are_reduced():
    pixels = np.zeros((2100, 30), dtype=np.int16)
    pixels[:, :15] = 500
    data = _instance(pixels, PhotometricInterpretation="MONOCHROME1")
    preview = render_preview(data, max_side=1024)
    image = _decode_png(preview.png)
    assert image.shape[0] <= 1024 and image[0, 0] == 0 and image[0, -1] == 255


def test_no_pixels_is_refused_with_a_code():
    ds = pydicom.Dataset()
    ds.Modality = "SR"
    buf = io.BytesIO()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    pydicom.dcmwrite(buf, ds)
    with pytest.raises(PreviewError, match="no_pixel_data"):
        render_preview(buf.getvalue())
    with pytest.raises(PreviewError):
        render_preview(b"not dicom at all")
    with pytest.raises(PreviewError):
        encode_png(np.zeros((2, 2), dtype=np.float32))
