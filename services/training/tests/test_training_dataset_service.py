"""Datasets and jobs by dataset through the real training service (in-process, real
nats-server, real access service, a fake DeidService serving synthetic de-identified DICOM):

deid.study.completed events (with pseudonymous patients) fill the catalog; CreateDataset splits
by patient and hashes the manifest; StartJob(dataset=...) trains on train, validates on val and
records the dataset's name, version and hash; CancelJob cancels a WAITING job at once; the
attacks (a huge label table, ids with control characters, an unknown study) are refused with
nothing created. Also the SQL dataset store on PostgreSQL when DATABASE_URL is set.
"""

from __future__ import annotations

import asyncio
import io
import json
import time

import grpc
import nats
import numpy as np
import pydicom
import pytest
from pydicom.dataset import FileDataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian

from medenclave.v1 import events_pb2, training_pb2
from medenclave_testing.training_stack import training_stack

pytestmark = pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning")

SIZE = 32
PATIENTS = 12


def instance(study: str, n: int, label: int, rng: np.random.Generator) -> bytes:
    """A de-identified CT-like slice (2.25 UIDs, no PHI); class 1 has a bright disk."""
    uid = f"2.25.{int(rng.integers(1, 2**62))}{n}"
    meta = FileMetaDataset()
    meta.MediaStorageSOPClassUID, meta.MediaStorageSOPInstanceUID = CTImageStorage, uid
    meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds = FileDataset(None, {}, file_meta=meta, preamble=b"\0" * 128)
    ds.SOPClassUID, ds.SOPInstanceUID, ds.StudyInstanceUID = CTImageStorage, uid, study
    ds.SeriesInstanceUID = study + ".1"
    ds.Modality, ds.PatientIdentityRemoved = "CT", "YES"
    ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
    ds.Rows = ds.Columns = SIZE
    ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
    yy, xx = np.mgrid[0:SIZE, 0:SIZE]
    img = 1000 + rng.normal(0, 20, (SIZE, SIZE)) + \
        (400 * (((yy - 16) ** 2 + (xx - 16) ** 2) <= 36) if label else 0)
    ds.PixelData = np.clip(img, 0, 4095).astype(np.uint16).tobytes()
    buf = io.BytesIO()
    pydicom.dcmwrite(buf, ds, enforce_file_format=True)
    return buf.getvalue()


def cohort() -> dict[str, tuple[str, int]]:
    """study → (pseudonymous patient, label): 12 patients, some with two studies."""
    out = {}
    for p in range(PATIENTS):
        for s in range(1 + p % 2):
            out[f"2.25.{7000 + p * 10 + s}"] = (f"pp-{p:03d}", p % 2)
    return out


async def _wait_state(stub, job_id: str, states: tuple[str, ...], deadline: float):
    while True:
        job = await stub.GetJob(training_pb2.GetJobRequest(job_id=job_id))
        if job.state in states or time.monotonic() > deadline:
            return job
        await asyncio.sleep(0.05)


async def scenario(tmp_path, nats_url: str) -> None:
    members = cohort()
    rng = np.random.default_rng(5)
    studies = {s: [instance(s, n, y, rng) for n in range(2)] for s, (_p, y) in members.items()}
    async with training_stack(tmp_path, nats_url, studies,
                              patients={s: p for s, (p, _y) in members.items()},
                              instance_count=2, body_part="CHEST",
                              default_epochs=2) as stack:
        nc = await nats.connect(nats_url)
        audits: list[events_pb2.AuditRecord] = []

        async def on_audit(msg):
            audits.append(events_pb2.AuditRecord.FromString(msg.data))
        await nc.subscribe("audit.record.v1", cb=on_audit)
        try:
            stub, service, deadline = stack.stub, stack.service, stack.deadline
            await _datasets_and_attacks(stub, members, service)
            await _coded_dataset(stub, members, service, tmp_path)
            await _train_and_cancel(stub, deadline)
            wanted = {("training.dataset.create", "chest"), ("training.dataset.read", "chest:1"),
                      ("training.job.cancel", None)}
            while time.monotonic() < deadline:
                seen = {(a.action, a.resource) for a in audits}
                if all(any(x == act and (r is None or y == r) for x, y in seen)
                       for act, r in wanted):
                    break
                await asyncio.sleep(0.05)
            assert all(any(x == act and (r is None or y == r) for x, y in seen)
                       for act, r in wanted)
            assert any(a.action == "training.job.start" and a.reason == "dataset=chest:2"
                       for a in audits)
        finally:
            await nc.close()


async def _datasets_and_attacks(stub, members, service) -> None:
    csv = "pseudo_study_id,label\n" + "".join(f"{s},{y}\n" for s, (_p, y) in members.items())
    request = training_pb2.CreateDatasetRequest(name="chest", labels_csv=csv.encode(), seed=4,
                                                split=[0.5, 0.25, 0.25], body_part="chest")
    first = await stub.CreateDataset(request)
    again = await stub.CreateDataset(request)
    assert (first.version, again.version) == (1, 2)
    assert first.manifest_sha256 == again.manifest_sha256 and len(first.manifest_sha256) == 64
    assert (first.studies, first.patients, first.classes) == (len(members), PATIENTS, 2)
    split_of_patient: dict[str, set[str]] = {}
    for m in first.members:
        split_of_patient.setdefault(m.patient, set()).add(m.split)
        assert m.series == [m.study + ".1"] and m.images == 2
    assert all(len(s) == 1 for s in split_of_patient.values())
    assert {m.split for m in first.members} == {"train", "val", "test"}
    got = await stub.GetDataset(training_pb2.GetDatasetRequest(dataset="chest:1"))
    assert got.manifest_sha256 == first.manifest_sha256 and len(got.members) == len(members)
    listed = (await stub.ListDatasets(training_pb2.ListDatasetsRequest())).datasets
    assert [(d.name, d.version) for d in listed] == [("chest", 1), ("chest", 2)]
    assert not listed[0].members

    # attacks and bad input: refused with a code naming rows only, nothing created
    attacks = [
        (b"pseudo_study_id,label\n" + b"2.25.1,0\n" * 1_000_000, "labels_too_large"),
        (b"pseudo_study_id,label\n" + b"x" * (50 * 1024 * 1024), "labels_too_large"),
        (b"pseudo_study_id,label\n2.25.1\x1b[2J,0\n2.25.2,1\n", "pseudo_study_id_invalid (rows 2)"),
        (csv.encode() + b"2.25.424242,1\n", f"study_not_deidentified (rows {len(members) + 2})"),
        (csv.encode() + f"{next(iter(members))},1\n".encode(), "duplicate_study (rows 2, "),
        (b"pseudo_study_id,label\n" + "".join(f"{s},0\n" for s in members).encode(),
         "single_class"),
    ]
    for labels, expected in attacks:
        with pytest.raises(grpc.aio.AioRpcError) as bad:
            await stub.CreateDataset(training_pb2.CreateDatasetRequest(name="evil",
                                                                       labels_csv=labels))
        assert bad.value.code() == grpc.StatusCode.INVALID_ARGUMENT
        assert bad.value.details().startswith(expected), bad.value.details()
        assert "2.25" not in bad.value.details()
    assert service.datasets.latest_version(name="evil") == 0
    with pytest.raises(grpc.aio.AioRpcError) as bad:
        await stub.CreateDataset(training_pb2.CreateDatasetRequest(name="evil\x1b[2J",
                                                                   labels_csv=csv.encode()))
    assert (bad.value.code(), bad.value.details()) == (grpc.StatusCode.INVALID_ARGUMENT,
                                                       "dataset_name_invalid")
    with pytest.raises(grpc.aio.AioRpcError) as bad:
        await stub.GetDataset(training_pb2.GetDatasetRequest(dataset="chest:\n1"))
    assert bad.value.code() == grpc.StatusCode.INVALID_ARGUMENT


async def _coded_dataset(stub, members, service, tmp_path) -> None:
    """Named labels are coded in SNOMED CT through the service's label map (the sample RF2)."""
    from medenclave_testing.rf2_sample import write_rf2_sample
    from medenclave_training.adapters.outbound.rf2_files import import_label_map, import_snapshot

    ids = write_rf2_sample(tmp_path / "rf2")
    import_snapshot(service.terminology, tmp_path / "rf2")
    (tmp_path / "map.csv").write_text(f"label,concept_id\nnormal,{ids['structure']}\n"
                                      f"nodule,{ids['nodule']}\n")
    import_label_map(service.terminology, tmp_path / "map.csv")
    names = ("normal", "nodule")
    csv = "pseudo_study_id,label\n" + "".join(f"{s},{names[y]}\n"
                                              for s, (_p, y) in members.items())
    coded = await stub.CreateDataset(training_pb2.CreateDatasetRequest(
        name="chest-coded", labels_csv=csv.encode(), seed=4, split=[0.5, 0.25, 0.25]))
    concept = {c.label: c.concept_id for c in coded.coded_classes}
    assert sorted(concept.values()) == sorted((ids["structure"], ids["nodule"]))
    assert {c.local_labels[0] for c in coded.coded_classes} == set(names)
    assert all(m.concept_id == concept[m.label] for m in coded.members)
    with pytest.raises(grpc.aio.AioRpcError) as bad:
        await stub.CreateDataset(training_pb2.CreateDatasetRequest(
            name="chest-coded", labels_csv=(csv + "2.25.999999777,effusion\n").encode()))
    assert bad.value.details() == f"label_unmapped (rows {len(members) + 2})"


async def _train_and_cancel(stub, deadline: float) -> None:
    job = await stub.StartJob(training_pb2.StartJobRequest(
        model_name="chest-ds", dataset="chest",
        config_yaml=b"training: {epochs: 2, seed: 1}\ndata: {image_size: 32}\n"))
    assert (job.dataset, job.dataset_version) == ("chest", 2)
    done = await _wait_state(stub, job.job_id, ("SUCCEEDED", "FAILED"), deadline)
    assert done.state == "SUCCEEDED", done.error_code
    assert done.manifest_sha256 and json.loads(done.metrics_json)["val_accuracy"] >= 0
    lines = [x.line for x in (await stub.GetJobLogs(
        training_pb2.GetJobLogsRequest(job_id=job.job_id))).lines]
    assert lines[:2] == ["epoch 1/2 " + lines[0].split(" ", 2)[2], lines[1]]
    assert lines[-1].startswith("validation accuracy=")

    # the config's methods run through StartJob: DP-SGD (ε on the job's metrics), a queue
    private = await stub.StartJob(training_pb2.StartJobRequest(
        model_name="chest-dp", dataset="chest", config_yaml=b"training: {epochs: 1}\n"
        b"data: {image_size: 32}\nprivacy: {target_epsilon: 4.0}\n"
        b"queue: {priority: 5, project: chest}\n"))
    done = await _wait_state(stub, private.job_id, ("SUCCEEDED", "FAILED"), deadline)
    assert done.state == "SUCCEEDED", done.error_code
    privacy = json.loads(done.metrics_json)["privacy"]
    assert privacy["dp"] is True and 0 < privacy["epsilon"] <= 4.0 + 1e-6
    # no MASK_DIR here: segmentation is refused as a precondition of this service
    for config, status, expected in (
            (b"task: segmentation\nmodel: {name: UNet}\n", grpc.StatusCode.FAILED_PRECONDITION,
             "segmentation_masks_not_configured: set MEDENCLAVE_TRAINING_MASK_DIR to run "
             "segmentation jobs"),
            (b"distributed: {nproc_per_node: 8}\n", grpc.StatusCode.INVALID_ARGUMENT,
             "project_quota_too_small")):
        with pytest.raises(grpc.aio.AioRpcError) as refused:
            await stub.StartJob(training_pb2.StartJobRequest(model_name="no", dataset="chest",
                                                             config_yaml=config))
        assert (refused.value.code(), refused.value.details()) == (status, expected)

    # a WAITING job is cancelled at once and never runs
    waiting = await stub.StartJob(training_pb2.StartJobRequest(
        model_name="never", wait_for_studies=True, wait_timeout_s=600,
        labels_csv=b"pseudo_study_id,label\n2.25.1,0\n2.25.2,1\n2.25.3,0\n2.25.4,1\n"))
    assert waiting.state == "WAITING"
    cancelled = await stub.CancelJob(training_pb2.CancelJobRequest(job_id=waiting.job_id))
    assert cancelled.state == "CANCELLED"
    with pytest.raises(grpc.aio.AioRpcError) as again:
        await stub.CancelJob(training_pb2.CancelJobRequest(job_id=waiting.job_id))
    assert again.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    models = (await stub.ListModels(training_pb2.ListModelsRequest())).models
    assert sorted((m.model_name, m.version) for m in models) == [("chest-dp", 1),
                                                                  ("chest-ds", 1)]


def test_datasets_jobs_by_dataset_cancel_and_attacks(tmp_path, nats_server, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    asyncio.run(scenario(tmp_path, nats_server.url))


@pytest.mark.postgres
def test_dataset_store_on_postgresql(pg_schema, database_url):
    from medenclave.storage import make_engine
    from medenclave_training.adapters.outbound.sql_datasets import SqlDatasetStore, SqlJobLog
    from medenclave_training.adapters.outbound.sql_store import create_tables
    from medenclave_training.core.datasets import Dataset, DatasetMember
    from medenclave_training.core.ports import DatasetVersionTaken

    engine = make_engine("postgresql+psycopg://" + database_url.split("://", 1)[1],
                         schema=pg_schema)
    create_tables(engine)
    create_tables(engine)  # idempotent, added columns included
    store = SqlDatasetStore(engine)
    member = DatasetMember(study="2.25.1", patient="pp", label=1, split="val", series=("2.25.2",),
                           content_sha256="c" * 64, images=3)
    ds = Dataset(name="d", version=1, members=(member,), manifest_sha256="a" * 64,
                 created_at=1.0)
    store.add(dataset=ds)
    with pytest.raises(DatasetVersionTaken):
        store.add(dataset=ds)
    assert store.get(name="d").members == (member,)
    log = SqlJobLog(engine)
    log.append(job_id="job-1", line="epoch 1/1 loss=0.1", at=2.0)
    assert log.lines(job_id="job-1") == [(2.0, "epoch 1/1 loss=0.1")]
    engine.dispose()
