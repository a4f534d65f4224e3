"""The job config's ``transforms`` in training: checked at StartJob (every problem by path,
the output must have the model's size), applied by the runner to every image of the job,
saved with the model as preprocess.json, and what Predict builds from that file for the same
instance is what the trainer was fed, bit for bit (2-D and 3-D chains)."""

from __future__ import annotations

import io

import numpy as np
import pydicom
import pytest
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, EnhancedCTImageStorage, ExplicitVRLittleEndian

from medenclave import preprocess
from medenclave_inference.core.image_predict import _inputs
from medenclave_testing.training_runs import run_dicom_job
from medenclave_training.core.dataset_jobs import read_job_settings
from medenclave_training.core.job_config import InvalidJobConfig
from medenclave_training.core.jobs import JobState
from medenclave_training.core.transforms import job_chain

SIZE = 16
CONFIG_2D = f"""
training: {{epochs: 1}}
data: {{image_size: {SIZE}}}
transforms:
  - {{name: frames, args: {{select: middle}}}}
  - {{name: rescale}}
  - {{name: spacing, args: {{pixdim: [1.5, 1.5]}}}}
  - {{name: window, args: {{a_min: -1000, a_max: 400}}}}
  - {{name: pad_or_crop, args: {{spatial_size: [{SIZE}, {SIZE}]}}}}
"""
CONFIG_3D = f"""
data: {{image_size: {SIZE}, dims: 3}}
transforms:
  - {{name: rescale}}
  - {{name: orientation, args: {{axcodes: LPS}}}}
  - {{name: spacing, args: {{pixdim: [1.0, 1.0, 2.0]}}}}
  - {{name: resize, args: {{spatial_size: [{SIZE}, {SIZE}, {SIZE}], mode: linear}}}}
  - {{name: normalize}}
"""


def ct(n: int, *, frames: int = 1, rows: int = 30, cols: int = 26) -> bytes:
    """A de-identified CT instance (``frames`` > 1: enhanced multi-frame), oblique-free."""
    rng = np.random.default_rng(n)
    sop = CTImageStorage if frames == 1 else EnhancedCTImageStorage
    uid = f"2.25.{7000 + n}"
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID = sop, uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = Dataset()
    ds.file_meta = meta
    ds.SOPClassUID, ds.SOPInstanceUID = sop, uid
    ds.StudyInstanceUID, ds.SeriesInstanceUID = "2.25.1", "2.25.1.1"
    ds.PatientIdentityRemoved, ds.Modality = "YES", "CT"
    ds.ImagePositionPatient = [-10.0, -12.0, 3.0 * n]
    ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
    ds.PixelSpacing, ds.SliceThickness = [0.7, 0.9], 2.5
    ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.Rows, ds.Columns = rows, cols
    if frames > 1:
        ds.NumberOfFrames = frames
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    ds.PixelData = rng.integers(0, 4095, (frames, rows, cols)).astype(np.uint16).tobytes()
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


def test_no_transforms_is_the_default_chain_and_a_chain_is_read_for_its_dims():
    assert job_chain("", 32) == preprocess.default_chain(32)
    assert job_chain("training: {epochs: 2}\n", 32) == preprocess.default_chain(32)
    two = job_chain(CONFIG_2D, SIZE)
    assert (two.dims, [t.name for t in two.transforms]) == (
        2, ["frames", "rescale", "spacing", "window", "pad_or_crop"])
    three = job_chain(CONFIG_3D, SIZE)
    assert three.dims == 3 and three.transforms[-2].args["spatial_size"] == [SIZE] * 3
    # the job service no longer refuses transforms
    assert read_job_settings(CONFIG_2D.encode()).text == CONFIG_2D


@pytest.mark.parametrize(("config", "errors"), [
    ("transforms: [{name: windw, args: {a_min: 0, a_max: 1}}]",
     ["transforms[0].name: unknown transform 'windw'; did you mean 'window'?"]),
    ("transforms: [{name: resize, args: {spatial_size: [16, 16], mode: cubic}},"
     " {name: orientation}]",
     ["transforms[0].args.mode: must be one of", "transforms[1].name: 'orientation' does not"]),
    ("transforms: [{name: window, args: {a_min: 0, a_max: 1}}]",
     ["transforms: must end its resampling with a resize or pad_or_crop to [16, 16]"]),
    ("transforms: [{name: resize, args: {spatial_size: [16, 16]}}, "
     "{name: spacing, args: {pixdim: [2, 2]}}]",
     ["transforms: must end its resampling with a resize or pad_or_crop"]),
    ("transforms: [{name: pad_or_crop, args: {spatial_size: [32, 32]}}]",
     ["transforms[0].args.spatial_size: must be [16, 16]"]),
])
def test_bad_chains_are_refused_by_path(config, errors):
    with pytest.raises(InvalidJobConfig) as err:
        job_chain(config, SIZE)
    assert len(err.value.errors) == len(errors)
    for got, want in zip(err.value.errors, errors, strict=True):
        assert got.startswith(want), got


def run_job(tmp_path, config: str, frames: int):
    """One job over four in-memory studies of two instances each, run to its end."""
    studies = {f"2.25.{100 + i}": [ct(10 * i + j, frames=frames) for j in range(2)]
               for i in range(4)}
    done, source, trainer, repo = run_dicom_job(tmp_path, studies, model_name="chest-ct",
                                                config=config, image_size=SIZE, cards=True)
    return done, studies, source, trainer, repo


# 3-D jobs (a study's series as one volume): test_training_volumes.py
@pytest.mark.parametrize(("config", "frames"), [(CONFIG_2D, 3), ("", 1)])
def test_what_training_fed_the_net_is_what_predict_feeds_it(tmp_path, config, frames):
    done, studies, source, trainer, repo = run_job(tmp_path, config, frames)
    assert done.state is JobState.SUCCEEDED, done.error_code
    saved = (repo.root / "chest-ct" / "1" / preprocess.PREPROCESS_FILE).read_bytes()
    chain = preprocess.loads(saved)
    assert chain == job_chain(config, SIZE)
    fed = [*trainer.data.train_images, *trainer.data.val_images]
    assert len(fed) == 8
    assert fed[0].shape == (1, *[SIZE] * chain.dims)
    # Predict's input builder with the saved chain, on the same instances in the order the
    # runner fetched them (train split, then validation)
    blobs = [b for study in source.asked for b in studies[study]]
    serving, skipped = _inputs(chain, blobs)
    assert skipped == 0 and serving.dtype == np.float32
    assert np.array_equal(serving, np.stack(fed))


def test_a_stored_config_whose_chain_no_longer_passes_fails_the_job(tmp_path):
    """A spec read back from the store is checked again: the job fails, nothing published."""
    bad = "transforms: [{name: resize, args: {spatial_size: [8, 8]}}]\n"
    done, _, source, trainer, repo = run_job(tmp_path, bad, 1)
    assert (done.state, done.error_code) == (JobState.FAILED, "config_invalid")
    assert source.asked == [] and trainer.data is None
    assert repo.latest_version(model_name="chest-ct") == 0
