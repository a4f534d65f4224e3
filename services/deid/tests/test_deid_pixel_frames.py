"""Frames rendered for the burned-in text detector: as displayed, a few per image, small."""

from __future__ import annotations

import io

import numpy as np
import pydicom
import pytest
from pydicom.dataelem import RawDataElement
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.tag import Tag
from pydicom.uid import ExplicitVRLittleEndian, RLELossless

from medenclave_deid.core.pixel_frames import FrameRenderError, frame_indices, render_frames


def _mono(pixels: np.ndarray, *, photometric: str = "MONOCHROME2", bits: int = 16,
          **attrs) -> Dataset:
    ds = Dataset()
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    frames = pixels.shape[0] if pixels.ndim == 3 else 1
    ds.Rows, ds.Columns = pixels.shape[-2:]
    if frames > 1:
        ds.NumberOfFrames = frames
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, photometric
    ds.BitsAllocated, ds.BitsStored, ds.HighBit = bits, bits, bits - 1
    ds.PixelRepresentation = 1 if pixels.dtype.kind == "i" else 0
    for key, value in attrs.items():
        setattr(ds, key, value)
    ds.PixelData = pixels.tobytes()
    return ds


@pytest.mark.parametrize("frames,most,picked", [
    (1, 3, [0]), (2, 3, [0, 1]), (9, 3, [0, 4, 8]), (300, 3, [0, 150, 299]), (9, 2, [0, 8]),
    (9, 1, [0]),
])
def test_frame_indices(frames, most, picked):
    assert frame_indices(frames, most) == picked


def test_window_and_rescale_as_displayed():
    stored = np.array([[0, 1024, 1064, 1300], [2000, 4000, 500, 1100]], dtype=np.uint16)
    ds = _mono(stored, RescaleIntercept=-1024, RescaleSlope=1, WindowCenter=40, WindowWidth=400)
    (grey,) = render_frames(ds)
    # HU -1024 → black, 0 → (0+160)/400·255 ≈ 102, 40 → 127, 276 → 255 (clipped)
    assert grey.dtype == np.uint8 and grey[0].tolist() == [0, 102, 127, 255]
    assert grey[1, 0] == 255 and grey[1, 2] == 0


def test_monochrome1_is_inverted_and_wide_values_get_a_percentile_window():
    rng = np.random.default_rng(0)
    stored = rng.integers(1000, 1200, (64, 64)).astype(np.uint16)
    stored[10:14, 10:40] = 0  # text drawn at the extreme: white in MONOCHROME1
    (grey,) = render_frames(_mono(stored, photometric="MONOCHROME1"))
    assert grey[10:14, 10:40].min() == 255
    assert 0 < np.median(grey) < 255


def test_eight_bit_grey_is_shown_as_stored():
    stored = np.arange(256, dtype=np.uint8).reshape(16, 16)
    (grey,) = render_frames(_mono(stored, bits=8))
    assert (grey == stored).all()


def _rgb(pixels: np.ndarray, photometric: str = "RGB") -> Dataset:
    ds = _mono(pixels[..., 0], bits=8)
    ds.SamplesPerPixel, ds.PhotometricInterpretation, ds.PlanarConfiguration = 3, photometric, 0
    ds.PixelData = pixels.tobytes()
    return ds


def test_colour_becomes_luminance():
    rgb = np.zeros((4, 4, 3), dtype=np.uint8)
    rgb[0, 0] = (255, 255, 255)
    rgb[0, 1] = (255, 255, 0)   # yellow text on black stays bright
    rgb[0, 2] = (0, 0, 255)
    (grey,) = render_frames(_rgb(rgb))
    assert grey[0, 0] == 255 and grey[0, 1] > 200 and 20 < grey[0, 2] < 40 and grey[1, 1] == 0


def test_palette_colour_goes_through_its_tables():
    index = np.array([[0, 1], [2, 3]], dtype=np.uint8)
    ds = _mono(index, photometric="PALETTE COLOR", bits=8)
    ds.RedPaletteColorLookupTableDescriptor = [4, 0, 8]
    ds.GreenPaletteColorLookupTableDescriptor = [4, 0, 8]
    ds.BluePaletteColorLookupTableDescriptor = [4, 0, 8]
    ds.RedPaletteColorLookupTableData = bytes([0, 255, 0, 255])
    ds.GreenPaletteColorLookupTableData = bytes([0, 255, 0, 255])
    ds.BluePaletteColorLookupTableData = bytes([0, 255, 255, 255])
    (grey,) = render_frames(ds)
    assert grey[0, 0] == 0 and grey[0, 1] == 255 and grey[1, 1] == 255 and grey[1, 0] < 40


def test_multiframe_compressed_renders_three_frames():
    frames = np.stack([np.full((8, 8), 10 * i, dtype=np.uint8) for i in range(7)])
    ds = _mono(frames, bits=8)
    ds.compress(RLELossless, frames)
    buf = io.BytesIO()
    ds.SOPClassUID = ds.SOPInstanceUID = "1.2.3"
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    read = pydicom.dcmread(io.BytesIO(buf.getvalue()), defer_size=16)
    out = render_frames(read)
    assert [int(f[0, 0]) for f in out] == [0, 30, 60]


def test_huge_images_are_shrunk_by_a_whole_factor():
    stored = np.zeros((3000, 2400), dtype=np.uint8)
    stored[:, :1200] = 200
    (grey,) = render_frames(_mono(stored, bits=8), max_side=1024)
    assert grey.shape == (1000, 800) and grey[0, 0] == 200 and grey[0, -1] == 0


@pytest.mark.parametrize("broken", ["no-pixels", "short", "frames", "no-meta"])
def test_unrenderable_pixels_raise(broken):
    ds = _mono(np.zeros((8, 8), dtype=np.uint16))
    if broken == "no-pixels":
        del ds.PixelData
    elif broken == "short":
        ds.PixelData = b"\x00\x00"
    elif broken == "frames":  # as read from a file that says so (pydicom's badVR.dcm)
        ds[0x00280008] = RawDataElement(Tag(0x00280008), "IS", 2, b"1A", 0, False, True)
    else:
        del ds.file_meta
    with pytest.raises(FrameRenderError):
        render_frames(ds)
