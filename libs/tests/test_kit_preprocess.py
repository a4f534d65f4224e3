"""medenclave.preprocess: the transform chain as data — parsing (every error at once, named by
place), preprocess.json round trip, the default chain equal to the historical input, MONAI steps
in 2-D and 3-D, and the refusals."""

from __future__ import annotations

import io
import json

import numpy as np
import pydicom
import pytest
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import EnhancedCTImageStorage, ExplicitVRLittleEndian

from medenclave import preprocess
from medenclave.imaging import to_model_input


def test_parse_reports_every_error_with_its_place():
    with pytest.raises(preprocess.InvalidChain) as err:
        preprocess.parse_chain([
            {"name": "resise", "args": {"spatial_size": [64, 64]}},
            {"name": "window", "args": {"a_min": 400, "a_max": -100, "gamma": 2}},
            {"name": "resize", "args": {"spatial_size": [64, 0], "mode": "cubic"}},
            {"name": "frames"},
            {"name": "spacing"},
            {"name": "orientation", "args": {"axcodes": "RAS"}},
            "normalize",
            {"name": "normalize", "args": {"nonzero": "yes"}, "when": "always"},
        ], dims=2)
    errors = err.value.errors
    assert errors == [
        "transforms[0].name: unknown transform 'resise'; did you mean 'resize'? (known: "
        "frames, rescale, orientation, spacing, window, resize, pad_or_crop, normalize)",
        "transforms[1].args.gamma: unknown argument of 'window' (known: a_min, a_max, b_min, "
        "b_max, clip)",
        "transforms[1].args.a_max: must be greater than a_min",
        "transforms[2].args.spatial_size: each size must lie in 1..2048",
        "transforms[2].args.mode: must be one of nearest, linear, area",
        "transforms[4].args.pixdim: required",
        "transforms[5].name: 'orientation' does not apply to 2-D models",
        "transforms[6]: must be a mapping with 'name' and 'args'",
        "transforms[7].when: unknown key (only 'name' and 'args')",
        "transforms[7].args.nonzero: must be true or false",
        "transforms[3].name: 'frames' must come first",
    ]


@pytest.mark.parametrize("items, dims, problem", [
    ("resize", 2, "transforms: must be a list of transforms"),
    ([], 4, "transforms: dims must be 2 or 3"),
    ([{"name": "normalize"}] * 33, 2, "transforms: at most 32 transforms"),
    ([{"name": "resize", "args": {"spatial_size": [64, 64]}}], 3,
     "transforms[0].args.spatial_size: must be a list of 3 whole numbers"),
    ([{"name": "resize", "args": {"spatial_size": [2048, 2048, 2048]}}], 3,
     "transforms[0].args.spatial_size: at most 134217728 voxels"),
    ([{"name": "orientation", "args": {"axcodes": "RAR"}}], 3,
     "transforms[0].args.axcodes: must be 3 letters, one of L/R, P/A, I/S each (e.g. RAS)"),
    ([{"name": "window", "args": {"a_min": float("nan"), "a_max": 1}}], 2,
     "transforms[0].args.a_min: must be a finite number"),
])
def test_parse_refusals(items, dims, problem):
    with pytest.raises(preprocess.InvalidChain) as err:
        preprocess.parse_chain(items, dims=dims)
    assert err.value.errors == [problem]


def test_preprocess_json_round_trip_and_refusals():
    chain = preprocess.parse_chain([
        {"name": "rescale"}, {"name": "orientation"},
        {"name": "spacing", "args": {"pixdim": [1, 1, 2]}},
        {"name": "window", "args": {"a_min": -1000, "a_max": 400}},
        {"name": "pad_or_crop", "args": {"spatial_size": [32, 32, 16]}}], dims=3)
    data = preprocess.dumps(chain)
    assert preprocess.loads(data) == chain
    assert preprocess.dumps(preprocess.loads(data)) == data  # stable bytes
    assert json.loads(data)["transforms"][3]["args"] == {
        "a_min": -1000.0, "a_max": 400.0, "b_min": 0.0, "b_max": 1.0, "clip": True}
    for bad, problem in [(b"{", "preprocess.json: not JSON"),
                         (b'{"format": 9}', "preprocess.json: format must be 1"),
                         (b" " * (65 * 1024), "preprocess.json: larger than 65536 bytes")]:
        with pytest.raises(preprocess.InvalidChain) as err:
            preprocess.loads(bad)
        assert err.value.errors == [problem]


@pytest.mark.parametrize("shape", [(512, 512), (100, 37), (30, 200), (3, 48, 40), (40, 30, 3)])
def test_default_chain_is_the_historical_input(shape):
    """Every trained model so far saw ``to_model_input``: the default chain gives the same."""
    rng = np.random.default_rng(sum(shape))
    pixels = rng.integers(0, 4096, shape).astype(np.uint16)
    # multi-frame: the first frame; colour (rows, cols, 3): samples averaged (read_instance)
    frames = pixels if len(shape) == 2 or shape[0] == 3 else pixels.mean(axis=-1)
    got = preprocess.apply(preprocess.default_chain(64), frames)
    assert got.shape == (1, 64, 64) and got.dtype == np.float32
    np.testing.assert_allclose(got, to_model_input(pixels, 64), atol=1e-5)


def _multiframe(frames: int = 6, rows: int = 20, cols: int = 16) -> bytes:
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID = EnhancedCTImageStorage
    meta.MediaStorageSOPInstanceUID = "2.25.77"
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = EnhancedCTImageStorage, "2.25.77"
    ds.NumberOfFrames = frames
    ds.Rows, ds.Columns = rows, cols
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
    ds.PixelSpacing, ds.SpacingBetweenSlices = [0.5, 0.75], 2.0
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.ImagePositionPatient = [0, 0, 0]
    ds.RescaleSlope, ds.RescaleIntercept = 1, -1024
    volume = np.arange(frames * rows * cols, dtype=np.int16).reshape(frames, rows, cols)
    ds.PixelData = volume.tobytes()
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


def test_read_instance_geometry_and_3d_chain():
    pixels, meta = preprocess.read_instance(_multiframe())
    assert pixels.shape == (6, 20, 16)
    assert meta.spacing == (0.5, 0.75, 2.0) and (meta.slope, meta.intercept) == (1.0, -1024.0)
    # rows run along +y (LPS: posterior) → RAS -y; columns along +x (left) → RAS -x
    np.testing.assert_allclose(meta.affine[:3, :3], [[0, -0.75, 0], [-0.5, 0, 0], [0, 0, 2]])
    chain = preprocess.parse_chain([
        {"name": "rescale"}, {"name": "orientation", "args": {"axcodes": "RAS"}},
        {"name": "spacing", "args": {"pixdim": [1.5, 1.0, 2.0]}},
        {"name": "window", "args": {"a_min": -1024, "a_max": 1000}},
        {"name": "pad_or_crop", "args": {"spatial_size": [12, 12, 8]}}], dims=3)
    out = preprocess.from_dicom(chain, _multiframe())
    assert out.shape == (1, 12, 12, 8) and out.dtype == np.float32
    assert out.min() >= 0.0 and out.max() <= 1.0
    # 2-D chains pick a frame first
    middle = preprocess.parse_chain([{"name": "frames", "args": {"select": "middle"}}])
    np.testing.assert_array_equal(preprocess.apply(middle, pixels, meta), pixels[3:4])


def test_apply_refusals():
    volume = np.zeros((4, 8, 8), np.float32)
    with pytest.raises(preprocess.PreprocessError) as err:
        preprocess.apply(preprocess.parse_chain([{"name": "normalize"}]), volume)
    assert err.value.code == "frames_not_selected"
    with pytest.raises(preprocess.PreprocessError) as err:
        preprocess.apply(preprocess.parse_chain([{"name": "orientation"}], dims=3), volume)
    assert err.value.code == "orientation_unknown"
    with pytest.raises(preprocess.PreprocessError) as err:
        preprocess.apply(preprocess.default_chain(), np.zeros((0, 8), np.float32))
    assert err.value.code == "image_shape"
    for blob, code in [(b"garbage", "not_an_image"), (_multiframe()[:-100], "image_unreadable")]:
        with pytest.raises(preprocess.PreprocessError) as err:
            preprocess.read_instance(blob)
        assert err.value.code == code
