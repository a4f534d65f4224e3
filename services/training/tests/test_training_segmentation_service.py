"""A segmentation job through the real training service (in-process, real nats-server, real
access service, a fake DeidService serving synthetic de-identified DICOM): masks from
``MEDENCLAVE_TRAINING_MASK_DIR`` (``.npz`` for some studies, ``.nii.gz`` for the others, in the
DICOM images' 64² geometry), or from a DICOM SEG in each study (``SEG_MASKS``; the fake deid
releases the SEG whole, which the real one does not yet), CreateDataset (``task:
segmentation``: the studies listed, no labels; a classification job on it is refused),
StartJob(``task: segmentation``) through the normal queue → SUCCEEDED with Dice on
validation and test above a margin, an ONNX ``[N, 2, 32, 32]``, config.pbtxt ``[2, 32, 32]``
and a model card carrying the Dice; a study whose mask (file or SEG) is gone fails the next
job ``segmentation_masks_missing``, naming no study.
"""

from __future__ import annotations

import asyncio
import gzip
import io
import json
import time

import grpc
import nibabel as nib
import numpy as np
import onnxruntime as ort
import pydicom
import pytest
from google.protobuf import text_format
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian
from tritonclient.grpc import model_config_pb2

from medenclave.v1 import training_pb2
from medenclave_testing.segmentation_dicom import seg_object
from medenclave_testing.training_stack import training_stack

pytestmark = pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning")

SIDE = 64  # the DICOM images' (and masks') rows and columns
SIZE = 32  # the job's image size
PATIENTS = 16
PER_STUDY = 2
CONFIG = (b"task: segmentation\n"
          b"model: {name: UNet, args: {channels: [8, 16, 32], strides: [2, 2], "
          b"num_res_units: 1}}\n"
          b"training: {epochs: 15, seed: 2, batch_size: 4, lr: 0.01, optimizer: adam}\n"
          b"data: {image_size: 32}\n")


def instance(study: str, n: int, mask: np.ndarray, rng: np.random.Generator) -> bytes:
    """A de-identified CT-like slice (2.25 UIDs, no PHI): noise, brighter where ``mask`` is 1."""
    uid = f"{study}.{100 + n}"
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID = CTImageStorage, uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID, ds.SOPInstanceUID, ds.StudyInstanceUID = CTImageStorage, uid, study
    ds.SeriesInstanceUID = study + ".1"
    ds.InstanceNumber = n + 1
    ds.Modality, ds.PatientIdentityRemoved = "CT", "YES"
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.Rows = ds.Columns = SIDE
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    img = 1000 + rng.normal(0, 40, (SIDE, SIDE)) + 300.0 * mask
    ds.PixelData = np.clip(img, 0, 4095).astype(np.uint16).tobytes()
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


def disc(rng: np.random.Generator) -> np.ndarray:
    cy, cx = rng.integers(14, SIDE - 14, 2)
    yy, xx = np.mgrid[0:SIDE, 0:SIDE]
    return (((yy - cy) ** 2 + (xx - cx) ** 2) <= 81).astype(np.uint8)


def cohort(mask_dir, source: str) -> dict[str, list[bytes]]:
    """One study per patient, two images each (a disc somewhere); the masks in ``mask_dir``:
    ``.npz`` (arr_0, arr_1) for even patients, ``.nii.gz`` ``[W, H, N]`` for odd ones; or
    (``source="seg"``) a SEG first in each study, one frame per image."""
    rng = np.random.default_rng(7)
    studies = {}
    for p in range(PATIENTS):
        study = f"2.25.{9000 + p}"
        masks = [disc(rng) for _ in range(PER_STUDY)]
        studies[study] = [instance(study, n, m, rng) for n, m in enumerate(masks)]
        if source == "seg":
            studies[study].insert(0, seg_object(study, f"{study}.200", [
                (1, f"{study}.{100 + n}", m) for n, m in enumerate(masks)]))
        elif p % 2 == 0:
            np.savez_compressed(mask_dir / f"{study}.npz", *masks)
        else:
            volume = np.stack(masks).transpose(2, 1, 0)  # (columns, rows, images)
            (mask_dir / f"{study}.nii.gz").write_bytes(
                gzip.compress(nib.Nifti1Image(volume, np.eye(4)).to_bytes()))
    return studies


async def _wait_done(stub, job_id: str, deadline: float):
    while True:
        job = await stub.GetJob(training_pb2.GetJobRequest(job_id=job_id))
        if job.state in ("SUCCEEDED", "FAILED", "CANCELLED"):
            return job
        assert time.monotonic() < deadline, f"job still {job.state}"
        await asyncio.sleep(0.1)


async def scenario(tmp_path, nats_url: str, source: str) -> None:
    mask_dir = tmp_path / "masks"
    mask_dir.mkdir()
    studies = cohort(mask_dir, source)
    async with training_stack(
            tmp_path, nats_url, studies, deadline_s=300,
            patients={s: f"pp-{i:03d}" for i, s in enumerate(studies)},
            instance_count=PER_STUDY, torch_threads=1,
            mask_dir=mask_dir if source == "files" else None,
            seg_masks=source == "seg") as stack:
        await _segment(stack.stub, studies, tmp_path, stack.deadline)
        await _mask_gone(stack.stub, studies, mask_dir, stack.deadline, source)


async def _segment(stub, studies, tmp_path, deadline: float) -> None:
    # a segmentation dataset lists its studies, no labels: the masks are the labels
    csv = "pseudo_study_id\n" + "".join(f"{s}\n" for s in studies)
    dataset = await stub.CreateDataset(training_pb2.CreateDatasetRequest(
        name="discs", labels_csv=csv.encode(), seed=3, split=[0.6, 0.2, 0.2],
        task="segmentation"))
    assert {m.split for m in dataset.members} == {"train", "val", "test"}
    assert dataset.task == "segmentation" and dataset.classes == 0
    assert {m.label for m in dataset.members} == {0} and dataset.studies == PATIENTS
    listed = await stub.ListDatasets(training_pb2.ListDatasetsRequest())
    assert [d.task for d in listed.datasets] == ["segmentation"]
    for config in (b"", b"task: classification\n"):   # nothing to classify: refused
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await stub.StartJob(training_pb2.StartJobRequest(
                model_name="disc-seg", dataset="discs", config_yaml=config))
        assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert refused.value.details().startswith("dataset_task_mismatch")
    job = await stub.StartJob(training_pb2.StartJobRequest(model_name="disc-seg",
                                                           dataset="discs", config_yaml=CONFIG))
    done = await _wait_done(stub, job.job_id, deadline)
    assert done.state == "SUCCEEDED", done.error_code
    assert done.images == PATIENTS * PER_STUDY
    metrics = json.loads(done.metrics_json)
    print(f"\nsegmentation StartJob Dice: validation {metrics['validation']['dice']}, "
          f"test {metrics['test']['dice']}")
    assert metrics["task"] == "segmentation" and metrics["classes"] == 2
    assert metrics["validation"]["dice"] > 0.6 and metrics["test"]["dice"] > 0.6
    folder = tmp_path / "model-repository" / "disc-seg"
    session = ort.InferenceSession(str(folder / "1" / "model.onnx"),
                                   providers=["CPUExecutionProvider"])
    out = session.run(None, {"image": np.zeros((3, 1, SIZE, SIZE), np.float32)})[0]
    assert out.shape == (3, 2, SIZE, SIZE) and np.allclose(out.sum(axis=1), 1.0, atol=1e-5)
    cfg = text_format.Parse((folder / "config.pbtxt").read_text(), model_config_pb2.ModelConfig())
    assert list(cfg.output[0].dims) == [2, SIZE, SIZE]
    card = await stub.GetModelCard(training_pb2.GetModelCardRequest(model_name="disc-seg",
                                                                    version=1))
    on_card = json.loads(card.metrics_json)
    assert on_card["validation"]["dice"] == metrics["validation"]["dice"]
    assert on_card["test"]["dice"] == metrics["test"]["dice"]
    assert card.stage == "candidate" and card.dataset == "discs"


async def _mask_gone(stub, studies, mask_dir, deadline: float, source: str) -> None:
    gone = next(iter(studies))
    if source == "seg":
        studies[gone] = studies[gone][1:]  # deid now releases the study without its SEG
    else:
        (mask_dir / f"{gone}.npz").unlink()
    job = await stub.StartJob(training_pb2.StartJobRequest(
        model_name="disc-seg", dataset="discs", config_yaml=CONFIG.replace(b"epochs: 15",
                                                                           b"epochs: 1")))
    done = await _wait_done(stub, job.job_id, deadline)
    assert (done.state, done.error_code) == ("FAILED", "segmentation_masks_missing")
    lines = [x.line for x in (await stub.GetJobLogs(
        training_pb2.GetJobLogsRequest(job_id=job.job_id))).lines]
    assert not any(gone in line for line in lines)


@pytest.mark.parametrize("source", ["files", "seg"])
def test_a_segmentation_job_through_start_job(tmp_path, nats_server, monkeypatch, source):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    asyncio.run(scenario(tmp_path, nats_server.url, source))
