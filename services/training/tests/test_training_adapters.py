"""Adapters against real libraries: torch/MONAI/ONNX trainer, onnxruntime, the model repository
on disk, the SQL stores on SQLite and (when DATABASE_URL is set) PostgreSQL."""

from __future__ import annotations

import hashlib

import numpy as np
import onnxruntime as ort
import pytest
import sqlalchemy as sa
from google.protobuf import text_format
from tritonclient.grpc import model_config_pb2

from medenclave.drift import DriftReference, DriftWindow
from medenclave.storage import make_engine
from medenclave_testing.training_data import SIZE, synthetic_image, training_data
from medenclave_training.adapters.outbound.sql_store import (
    SqlJobStore,
    SqlModelStore,
    SqlStudyCatalog,
    create_tables,
)
from medenclave_training.adapters.outbound.torch_trainer import TorchTrainer
from medenclave_training.adapters.outbound.triton_repository import TritonModelRepository
from medenclave_training.core.jobs import Job, JobNotFound, JobState, make_spec
from medenclave_training.core.ports import (
    AvailableStudy,
    RegisteredModel,
    ServingSignature,
    VersionTaken,
)

# torch.export warns about its own deprecated pytree API during ONNX export
pytestmark = pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning")

dataset = training_data


def test_trainer_learns_exports_and_onnx_matches(tmp_path):
    data = dataset(64, 24)
    trained = TorchTrainer(torch_threads=2).train_blocking(data=data, epochs=8, seed=3)
    assert trained.val_accuracy >= 0.9
    assert np.isfinite(trained.train_loss)

    session = ort.InferenceSession(trained.onnx, providers=["CPUExecutionProvider"])
    (inp,), (out,) = session.get_inputs(), session.get_outputs()
    assert inp.name == "image" and list(inp.shape[1:]) == [1, SIZE, SIZE]
    assert out.name == "probabilities" and out.shape[1] == 2
    rng = np.random.default_rng(99)
    labels = np.array([i % 2 for i in range(20)])
    batch = np.stack([synthetic_image(int(y), rng) for y in labels])
    probs = session.run(["probabilities"], {"image": batch})[0]
    assert probs.shape == (20, 2)
    assert np.allclose(probs.sum(axis=1), 1.0, atol=1e-5)
    assert (probs.argmax(axis=1) == labels).mean() >= 0.85
    one = session.run(["probabilities"], {"image": batch[:1]})[0]  # dynamic batch dimension
    assert np.allclose(one, probs[:1], atol=1e-5)
    # the drift reference of the validation split travels with the model; data like it is
    # not drifted, the same images brightened are
    reference = DriftReference.from_json(trained.extras["drift_reference.json"])
    assert reference.samples == len(data.val_images) and len(reference.prediction) == 2
    labels = np.array([i % 2 for i in range(120)])
    live = np.stack([synthetic_image(int(y), rng) for y in labels])
    live_probs = session.run(["probabilities"], {"image": live})[0]
    window = DriftWindow(reference, size=120)
    window.add(live, live_probs)
    assert window.report().judged and not window.report().drifted, window.report()
    shifted = DriftWindow(reference, size=120)
    shifted.add(live + 2.0, live_probs)
    assert shifted.report().drifted


def test_repository_writes_triton_layout_atomically(tmp_path):
    repo = TritonModelRepository(tmp_path / "repo")
    assert repo.latest_version(model_name="chest-ct") == 0
    sig = ServingSignature(model_name="chest-ct", image_size=SIZE, num_classes=2)
    repo.publish(signature=sig, version=1, onnx=b"one")
    repo.publish(signature=sig, version=2, onnx=b"two")
    assert repo.latest_version(model_name="chest-ct") == 2
    assert (tmp_path / "repo/chest-ct/2/model.onnx").read_bytes() == b"two"
    cfg = text_format.Parse((tmp_path / "repo/chest-ct/config.pbtxt").read_text(),
                            model_config_pb2.ModelConfig())
    assert cfg.name == "chest-ct" and list(cfg.output[0].dims) == [2]
    leftovers = [p.name for p in (tmp_path / "repo/chest-ct").iterdir() if p.name.startswith(".")]
    assert leftovers == []
    with pytest.raises(FileExistsError):
        repo.publish(signature=sig, version=2, onnx=b"again")
    repo.publish(signature=sig, version=3, onnx=b"three", extras={"drift_reference.json": b"{}"})
    assert (tmp_path / "repo/chest-ct/3/drift_reference.json").read_bytes() == b"{}"
    for bad in ("../escape.json", "sub/x.json", ".hidden", "model.onnx", ""):
        with pytest.raises(ValueError, match="extras"):
            repo.publish(signature=sig, version=4, onnx=b"four", extras={bad: b"x"})
    assert not (tmp_path / "repo/chest-ct/4").exists()
    assert not (tmp_path / "repo/escape.json").exists()


FOUR = b"pseudo_study_id,label\n2.25.1,0\n2.25.2,1\n2.25.3,0\n2.25.4,1\n"


def exercise_stores(engine: sa.Engine) -> None:
    create_tables(engine)
    jobs, studies, registry = SqlJobStore(engine), SqlStudyCatalog(engine), SqlModelStore(engine)
    spec = make_spec(model_name="chest-ct", labels_csv=FOUR, epochs=2, seed=5, val_fraction=0,
                     image_size=0, wait_for_studies=True, wait_timeout_s=0, default_epochs=8,
                     default_wait_timeout_s=600)
    job = Job.new(spec=spec, now=10.0, requested_by="alice", origin="00-" + "a" * 32 + "-"
                  + "b" * 16 + "-01")
    jobs.add(job=job)
    assert jobs.get(job_id=job.job_id) == job
    assert [j.job_id for j in jobs.in_state(state=JobState.WAITING)] == [job.job_id]
    running = job.start(trace_id="c" * 32, now=11.0)
    assert jobs.replace(job=running, expected=JobState.WAITING)
    assert not jobs.replace(job=running, expected=JobState.WAITING)  # compare-and-set
    assert jobs.get(job_id=job.job_id) == running
    with pytest.raises(JobNotFound):
        jobs.get(job_id="job-nope")
    assert [j.job_id for j in jobs.list()] == [job.job_id]

    rec = AvailableStudy(pseudo_study_id="2.25.1", modality="CT", instance_count=3,
                      traceparent="00-" + "d" * 32 + "-" + "e" * 16 + "-01",
                      event_id="deid:st-1:1", recorded_at=5.0)
    assert studies.record(study=rec)
    assert not studies.record(study=rec)  # idempotent
    assert studies.record(study=AvailableStudy(pseudo_study_id="2.25.1", instance_count=4,
                                            event_id="deid:st-1:2", recorded_at=6.0))
    assert studies.available(pseudo_study_ids=["2.25.1", "2.25.2"]) == {"2.25.1"}
    assert studies.get(pseudo_study_id="2.25.1").instance_count == 4

    assert registry.latest_version(model_name="chest-ct") == 0
    model = RegisteredModel(model_name="chest-ct", version=1, job_id=job.job_id,
                            val_accuracy=0.5, onnx_sha256=hashlib.sha256(b"x").hexdigest(),
                            registered_at=12.0, dataset_studies=("2.25.1", "2.25.2"))
    registry.add(model=model)
    with pytest.raises(VersionTaken):
        registry.add(model=model)
    assert registry.latest_version(model_name="chest-ct") == 1
    assert registry.list() == [model]
    registry.discard(model_name="chest-ct", version=1)
    assert registry.list() == []


def test_sql_stores_on_sqlite(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'training.db'}")
    try:
        exercise_stores(engine)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_sql_stores_on_postgresql(database_url, pg_schema):
    engine = make_engine("postgresql+psycopg://" + database_url.split("://", 1)[1],
                         schema=pg_schema)
    try:
        exercise_stores(engine)
    finally:
        engine.dispose()
