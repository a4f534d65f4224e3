"""3-D jobs: a study's CT series becomes one volume (the converter's rules, medenclave.volumes),
the 3-D chain gives ``[1, S, S, S]``, a 3-D network trains, exports to ONNX with a 5-D input and
is served with a ``[1, S, S, S]`` Triton input; Predict by study feeds the net exactly what
training fed it. Tiny volumes (8 slices of 16×16), one epoch.
"""

from __future__ import annotations

import asyncio
import io
import time

import numpy as np
import pydicom
import pytest
from google.protobuf import text_format
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian
from tritonclient.grpc import model_config_pb2

from medenclave import preprocess, volumes
from medenclave.v1 import training_pb2
from medenclave_inference.core.errors import InvalidInput
from medenclave_inference.core.image_predict import ImagePredictor
from medenclave_testing.training_runs import run_dicom_job
from medenclave_training.core.dataset_jobs import read_job_settings
from medenclave_training.core.job_config import InvalidJobConfig
from medenclave_training.core.jobs import JobState
from medenclave_training.core.transforms import default_volume_chain, job_chain

pytestmark = pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning")

SIZE, SLICES, ROWS = 16, 8, 16
CONFIG = f"""
training: {{epochs: 1, seed: 1, batch_size: 4}}
data: {{image_size: {SIZE}, dims: 3}}
transforms:
  - {{name: rescale}}
  - {{name: orientation, args: {{axcodes: RAS}}}}
  - {{name: spacing, args: {{pixdim: [1.5, 1.5, 3.0]}}}}
  - {{name: window, args: {{a_min: -200, a_max: 400}}}}
  - {{name: resize, args: {{spatial_size: [{SIZE}, {SIZE}, {SIZE}], mode: linear}}}}
"""


def series(study: str, label: int, seed: int) -> list[bytes]:
    """A de-identified CT series of SLICES slices, 2.5 mm apart, in shuffled order (the files
    say nothing of the order but their positions); class 1 has a bright ball."""
    rng = np.random.default_rng(seed)
    zz, yy, xx = np.mgrid[0:SLICES, 0:ROWS, 0:ROWS]
    ball = ((zz - 4) * 2.5) ** 2 + ((yy - 8) * 0.8) ** 2 + ((xx - 8) * 0.8) ** 2 <= 25
    vol = 1000 + rng.normal(0, 20, (SLICES, ROWS, ROWS)) + (300 * ball if label else 0)
    out = []
    for k in rng.permutation(SLICES):
        uid = f"{study}.9.{k}"
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID = CTImageStorage, uid
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
        ds.SOPClassUID, ds.SOPInstanceUID, ds.StudyInstanceUID = CTImageStorage, uid, study
        ds.SeriesInstanceUID, ds.SeriesNumber = study + ".1", 2
        ds.Modality, ds.PatientIdentityRemoved = "CT", "YES"
        ds.ImagePositionPatient = [-6.0, -6.0, 2.5 * float(k)]
        ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
        ds.PixelSpacing, ds.SliceThickness = [0.8, 0.8], 2.5
        ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.Rows = ds.Columns = ROWS
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
        ds.PixelData = np.clip(vol[k], 0, 4095).astype(np.uint16).tobytes()
        buf = io.BytesIO()
        pydicom.dcmwrite(buf, ds, enforce_file_format=True)
        out.append(buf.getvalue())
    return out


def test_a_series_becomes_the_converters_volume_whatever_the_file_order():
    blobs = series("2.25.31", 1, 3)
    array, meta, skipped = volumes.study_volume(blobs)
    again, _, _ = volumes.study_volume(sorted(blobs))
    assert skipped == 0 and array.shape == (SLICES, ROWS, ROWS)
    assert np.array_equal(array, again)
    # voxel (column, row, slice) → RAS mm, slices 2.5 mm apart from the lowest one
    assert np.allclose(meta.affine[:3, 3], [6.0, 6.0, 0.0])
    assert np.allclose(np.diag(meta.affine)[:3], [-0.8, -0.8, 2.5])
    assert (meta.slope, meta.intercept) == (1.0, -1024.0)
    # a missing slice, never a silently shorter volume
    with pytest.raises(volumes.VolumeError, match="missing"):
        volumes.study_volume([b for b in blobs
                              if pydicom.dcmread(io.BytesIO(b)).ImagePositionPatient[2] != 7.5])
    volume, _ = volumes.from_series(default_volume_chain(SIZE), blobs)
    assert volume.shape == (1, SIZE, SIZE, SIZE) and volume.dtype == np.float32


def test_3d_jobs_are_served_for_classification_in_one_process():
    assert read_job_settings(CONFIG.encode()).text == CONFIG
    assert job_chain("data: {image_size: 16, dims: 3}\n", SIZE) == default_volume_chain(SIZE)
    for config in (b"data: {dims: 3}\ntask: fusion\nfusion: {text_length: 8}\n",
                   b"data: {dims: 3}\ndistributed: {nproc_per_node: 2}\n"):
        with pytest.raises(InvalidJobConfig) as refused:
            read_job_settings(config)
        assert "data.dims: not run by the job service yet (3-D data trains classification in one "\
            "process only)" in refused.value.errors


class Backend:
    """Inference's ClassifierBackend port: keeps the batches Predict sends the model."""

    def __init__(self):
        self.batches = []

    async def resolve(self, *, model, version):
        return 1

    async def classify(self, *, model, version, batch):
        self.batches.append(np.array(batch))
        return 1, np.full((len(batch), 2), 0.5, dtype=np.float32)


class Files:
    def __init__(self, root):
        self.root = root

    def read(self, *, model, version, name):
        path = self.root / model / str(version) / name
        return path.read_bytes() if path.exists() else None


class Studies:
    def __init__(self, studies):
        self.studies = studies

    async def instances(self, *, pseudo_study_id, max_instances, max_bytes):
        return self.studies[pseudo_study_id]


class Deid:
    async def deidentify(self, *, dicom):
        return dicom


def test_what_a_3d_job_fed_the_net_is_what_predict_by_study_feeds_it(tmp_path):
    studies = {f"2.25.{200 + i}": series(f"2.25.{200 + i}", i % 2, i) for i in range(4)}
    done, source, trainer, repo = run_dicom_job(tmp_path, studies, model_name="ct3d",
                                                config=CONFIG, image_size=SIZE)
    assert done.state is JobState.SUCCEEDED, done.error_code
    fed = [*trainer.data.train_images, *trainer.data.val_images]
    assert len(fed) == 4 and fed[0].shape == (1, SIZE, SIZE, SIZE)  # one volume per study
    served = text_format.Parse((repo.root / "ct3d" / "config.pbtxt").read_text(),
                               model_config_pb2.ModelConfig())
    assert list(served.input[0].dims) == [1, SIZE, SIZE, SIZE]
    predictor = ImagePredictor(backend=Backend(), files=Files(repo.root),
                               studies=Studies(studies), deid=Deid())
    for study, volume in zip(source.asked, fed, strict=True):
        got = asyncio.run(predictor.by_study(model="ct3d", version=0, pseudo_study_id=study))
        assert got.instances == 1
        assert np.array_equal(predictor._backend.batches[-1], volume[None])
    # DICOM sent to Predict must be a whole series: a clear refusal otherwise
    with pytest.raises(InvalidInput, match="whole series"):
        asyncio.run(predictor.by_dicom(model="ct3d", version=0,
                                       dicom=studies[source.asked[0]][:1] * 2))


async def service_scenario(tmp_path, nats_url: str) -> None:
    """A 3-D job by dataset through the real training service, several patients' CT series."""
    from medenclave_testing.training_stack import training_stack

    members = {f"2.25.{500 + p}": (f"pp-{p:03d}", p % 2) for p in range(8)}
    studies = {s: series(s, y, i) for i, (s, (_p, y)) in enumerate(members.items())}
    async with training_stack(tmp_path, nats_url, studies,
                              patients={s: p for s, (p, _y) in members.items()},
                              instance_count=SLICES, body_part="CHEST",
                              default_epochs=1) as stack:
        stub, service, fake = stack.stub, stack.service, stack.deid
        csv = "pseudo_study_id,label\n" + "".join(f"{s},{y}\n" for s, (_p, y) in members.items())
        await stub.CreateDataset(training_pb2.CreateDatasetRequest(
            name="ct3d", labels_csv=csv.encode(), seed=2, split=[0.5, 0.25, 0.25]))
        job = await stub.StartJob(training_pb2.StartJobRequest(
            model_name="ct3d", dataset="ct3d", config_yaml=CONFIG.encode()))
        while job.state not in ("SUCCEEDED", "FAILED") and time.monotonic() < stack.deadline:
            await asyncio.sleep(0.1)
            job = await stub.GetJob(training_pb2.GetJobRequest(job_id=job.job_id))
        assert job.state == "SUCCEEDED", job.error_code
        assert job.images == len(members)  # one volume per study
    root = service.repository.root / "ct3d"
    chain = preprocess.loads((root / "1" / preprocess.PREPROCESS_FILE).read_bytes())
    assert chain == job_chain(CONFIG, SIZE) and chain.dims == 3
    import onnxruntime as ort

    session = ort.InferenceSession((root / "1" / "model.onnx").read_bytes())
    assert len(session.get_inputs()[0].shape) == 5
    volume, _ = volumes.from_series(chain, fake.studies["2.25.500"])
    (scores,) = session.run(None, {"image": volume[None]})
    assert scores.shape == (1, 2) and abs(float(scores.sum()) - 1.0) < 1e-4


def test_a_3d_job_by_dataset_through_the_service(tmp_path, nats_server, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    asyncio.run(service_scenario(tmp_path, nats_server.url))
