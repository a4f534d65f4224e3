"""The training runtime: options, mixed precision, gradient checkpointing, DP-SGD (Opacus),
encrypted checkpoints and exact resumption, job leases on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import pickle

import numpy as np
import pytest
import torch
from monai.networks.nets import DenseNet

from medenclave.security.crypto import EnvelopeCipher, FileKeyEncryptionKey
from medenclave.storage import make_engine
from medenclave_testing.training_data import training_data
from medenclave_training.adapters.outbound.checkpoints import CheckpointStore
from medenclave_training.adapters.outbound.sql_leases import SqlJobLeases
from medenclave_training.adapters.outbound.sql_store import SqlJobStore, create_tables
from medenclave_training.adapters.outbound.torch_trainer import TorchTrainer, build_classifier
from medenclave_training.adapters.outbound.train_loop import fit
from medenclave_training.core.jobs import Job, JobState, make_spec
from medenclave_training.core.leases import LeaseKeeper
from medenclave_training.core.optim_options import OptimOptions
from medenclave_training.core.ports import TrainingFailed
from medenclave_training.core.runtime import InvalidRuntimeOptions, RuntimeOptions

pytestmark = pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning")

PRIVATE = {"privacy": {"target_epsilon": 8, "delta": 1e-5, "max_grad_norm": 1.0}}


@pytest.fixture(scope="module")
def tensors():
    """24 small (32×32) images, two classes: enough for 3 batches of 8, fast on 2 cores."""
    rng = np.random.default_rng(2)
    y = np.arange(24) % 2
    x = rng.normal(0, 1, (24, 1, 32, 32)).astype(np.float32)
    x[y == 1, :, 12:20, 12:20] += 2.0
    return torch.from_numpy(x), torch.from_numpy(y)


def _fit(tensors, options: RuntimeOptions, **kw):
    x, y = tensors
    torch.set_num_threads(2)
    args = dict(build=lambda: build_classifier(2), x=x, y=y, epochs=2, seed=5, batch_size=8,
                lr=2e-3, options=options, device=torch.device("cpu"))
    return fit(**{**args, **kw})


def _max_diff(a: torch.nn.Module, b: torch.nn.Module) -> float:
    return max(float((p - q).abs().max())
               for p, q in zip(a.state_dict().values(), b.state_dict().values(), strict=True))


# --- options -------------------------------------------------------------------------------

def test_options_defaults_and_every_error_at_once():
    assert RuntimeOptions.from_dict({}) == RuntimeOptions()
    opts = RuntimeOptions.from_dict({"training": {"amp": "bf16", "gradient_checkpointing": True},
                                     "distributed": {"nproc_per_node": 2, "nnodes": 2}})
    assert (opts.amp, opts.gradient_checkpointing, opts.distributed.world_size) == ("bf16",
                                                                                   True, 4)
    with pytest.raises(InvalidRuntimeOptions) as bad:
        RuntimeOptions.from_dict({"training": {"amp": "fp8", "gradient_checkpointing": "yes",
                                               "checkpoint_every": 0},
                                  "privacy": {"target_epsilon": -1, "delta": 0.5},
                                  "distributed": {"nproc_per_node": 0, "nnodes": "two"}})
    assert bad.value.errors == [
        "training.amp: must be one of off, fp16, bf16",
        "training.gradient_checkpointing: must be true or false",
        "training.checkpoint_every: must be an integer from 1 to 100000",
        "privacy.target_epsilon: must be a number from 0.01 to 100",
        "privacy.delta: must be a number above 0 and below 0.1",
        "distributed.nproc_per_node: must be an integer from 1 to 64",
        "distributed.nnodes: must be an integer from 1 to 64"]
    with pytest.raises(InvalidRuntimeOptions) as combo:
        RuntimeOptions.from_dict({**PRIVATE, "training": {"amp": "fp16"},
                                  "distributed": {"nproc_per_node": 2}})
    assert [e.split(":")[0] for e in combo.value.errors] == ["privacy", "privacy"]


# --- precision and memory ------------------------------------------------------------------

@pytest.mark.parametrize("amp", ["bf16", "fp16"])
def test_mixed_precision_on_cpu_trains_and_reports_its_figures(tensors, amp):
    result = _fit(tensors, RuntimeOptions(amp=amp), epochs=1)
    figures = result.figures()
    assert figures["amp"] == amp  # torch 2.13 autocasts both on CPU
    assert figures["samples_per_s"] > 0 and figures["steps"] == 3
    assert figures["peak_memory_bytes"] > 0 and figures["memory_source"].startswith("cpu_")
    assert dict(result.privacy) == {"dp": False}


def test_gradient_checkpointing_recomputes_the_same_training(tensors):
    plain = _fit(tensors, RuntimeOptions(), epochs=1)
    checkpointed = _fit(tensors, RuntimeOptions(gradient_checkpointing=True), epochs=1)
    assert _max_diff(plain.model, checkpointed.model) < 1e-5


# --- differential privacy ------------------------------------------------------------------

def test_dp_model_card_reports_spent_epsilon_and_a_plain_model_says_no_dp(tmp_path):
    data = training_data(24, 4, seed=4)
    trainer = TorchTrainer(torch_threads=2, batch_size=8)
    private = trainer.train_blocking(data=data, epochs=1, seed=1,
                                     runtime=RuntimeOptions.from_dict(PRIVATE))
    card = private.metrics["privacy"]
    assert card["dp"] is True and card["accountant"] == "rdp" and card["delta"] == 1e-5
    assert 0 < card["epsilon"] <= 8.0 and card["steps"] == 3
    assert private.metrics["runtime"]["samples_per_s"] > 0
    plain = trainer.train_blocking(data=data, epochs=1, seed=1)
    assert plain.metrics["privacy"] == {"dp": False}


def test_dp_refuses_batchnorm(tensors):
    def batchnorm_net() -> torch.nn.Module:
        return DenseNet(spatial_dims=2, in_channels=1, out_channels=2, init_features=8,
                        growth_rate=4, block_config=(1,), norm="batch")

    with pytest.raises(TrainingFailed) as refused:
        _fit(tensors, RuntimeOptions.from_dict(PRIVATE), build=batchnorm_net)
    assert refused.value.code == "privacy_unsupported_layer"


# --- checkpoints and resumption ------------------------------------------------------------

class _Killed(Exception):
    pass


class _DiesAfter:
    """Saves like the store, then dies (as a SIGKILL would) after the n-th checkpoint."""

    def __init__(self, inner, n: int) -> None:
        self.inner, self.n, self.saved = inner, n, 0

    def load(self):
        return self.inner.load()

    def save(self, state) -> None:
        self.inner.save(state)
        self.saved += 1
        if self.saved == self.n:
            raise _Killed


def _store(tmp_path) -> CheckpointStore:
    return CheckpointStore(tmp_path / "ckpt", EnvelopeCipher(FileKeyEncryptionKey(tmp_path / "k")))


# optimiser, schedule and early stopping: min_delta 1.0 cannot be beaten by a cross-entropy
# near 0.7, so patience 2 stops the run after epoch 3 of 6 (9 steps of 3 per epoch)
_STOPS = OptimOptions(optimizer="sgd", lr_schedule="onecycle", patience=2, min_delta=1.0)
_RESUMES = {  # id: (config, fit's extra arguments, die after the n-th checkpoint,
              #      resumed at step, steps)
    # checkpoints at steps 2, 3 (epoch end) and 4: the run died after step 4
    "sgd": ({"training": {"checkpoint_every": 2}}, {}, 3, 4, 6),
    "dp-sgd": ({"training": {"checkpoint_every": 2}, **PRIVATE}, {}, 3, 4, 6),
    "dp-adamw-cosine": ({"training": {"checkpoint_every": 2}, **PRIVATE},
                        {"optim": OptimOptions(optimizer="adamw", lr_schedule="cosine")}, 3, 4,
                        6),
    "sgd-onecycle-early-stop": ({"training": {"checkpoint_every": 2}},
                                {"optim": _STOPS, "epochs": 6}, 3, 4, 9),
    # checkpoints at steps 2, 3, 4, 6, 8, 9: the run died right after deciding to stop
    "step-schedule-died-at-the-stop": ({"training": {"checkpoint_every": 2}},
                                       {"optim": OptimOptions(lr_schedule="step", patience=2,
                                                              min_delta=1.0), "epochs": 6},
                                       6, 9, 9),
}


@pytest.mark.parametrize("case", list(_RESUMES))
def test_a_run_resumed_from_its_checkpoint_equals_an_uninterrupted_one(tmp_path, tensors,
                                                                       case):
    config, extra, dies_after, resumed_at, steps = _RESUMES[case]
    if "optim" in extra:
        extra = {**extra, "val": (tensors[0][:8], tensors[1][:8])}
    options = RuntimeOptions.from_dict(config)
    store = _store(tmp_path)
    reference = _fit(tensors, options, **extra)
    with pytest.raises(_Killed):
        _fit(tensors, options, checkpoints=_DiesAfter(store.for_job("job-1"), dies_after),
             **extra)
    resumed = _fit(tensors, options, checkpoints=store.for_job("job-1"), **extra)
    assert resumed.resumed_at_step == resumed_at and resumed.steps == reference.steps == steps
    assert _max_diff(reference.model, resumed.model) <= 1e-6
    assert resumed.train_loss == pytest.approx(reference.train_loss, abs=1e-6)
    assert dict(resumed.privacy) == dict(reference.privacy)
    assert dict(resumed.optim) == dict(reference.optim)
    if "epochs" in extra:
        assert reference.optim["stopped_early"] is True and reference.optim["epochs_run"] == 3


@pytest.mark.parametrize("name", ["adam", "adamw", "sgd"])
@pytest.mark.parametrize("schedule", ["constant", "cosine", "step", "onecycle"])
def test_every_optimiser_and_schedule_trains_and_says_so(tensors, name, schedule):
    result = _fit(tensors, RuntimeOptions(), epochs=1,
                  optim=OptimOptions(optimizer=name, lr_schedule=schedule))
    assert result.figures()["optimizer"] == name and result.figures()["lr_schedule"] == schedule
    assert result.steps == 3 and np.isfinite(result.train_loss)
    assert "stopped_early" not in result.optim  # no early stopping asked for


def test_early_stopping_without_a_validation_split_never_stops(tensors):
    result = _fit(tensors, RuntimeOptions(), epochs=3, optim=_STOPS)
    assert result.steps == 9 and result.optim["stopped_early"] is False
    assert result.optim["best_val_loss"] is None


def test_checkpoints_are_encrypted_bound_to_their_job_and_never_unpickled(tmp_path, tensors):
    store = _store(tmp_path)
    _fit(tensors, RuntimeOptions(), epochs=1, checkpoints=store.for_job("job-a"))
    path = tmp_path / "ckpt" / "job-a.ckpt"
    blob = path.read_bytes()
    assert b"PK" not in blob[:64] and b"model" not in blob  # not a readable torch zip
    assert (path.stat().st_mode & 0o777) == 0o600
    assert store.load("job-a")["epoch"] == 1

    # attack: a checkpoint moved to another job, and one with a flipped byte, are refused
    (tmp_path / "ckpt" / "job-b.ckpt").write_bytes(blob)
    assert store.load("job-b") is None
    path.write_bytes(blob[:-1] + bytes([blob[-1] ^ 1]))
    assert store.load("job-a") is None

    # attack: a pickle that runs code, even sealed with the right key, is not unpickled
    class Payload:
        def __reduce__(self):
            return (print, ("pwned",))  # weights_only refuses any global like this

    buf = io.BytesIO()
    torch.save({"x": Payload()}, buf, pickle_protocol=pickle.DEFAULT_PROTOCOL)
    cipher = EnvelopeCipher(FileKeyEncryptionKey(tmp_path / "k"))
    path.write_bytes(cipher.encrypt(buf.getvalue(), aad=b"medenclave.training.checkpoint:job-a"))
    assert store.load("job-a") is None
    with pytest.raises(ValueError):
        store.for_job("../escape").load()

    # a checkpoint of other options is ignored: the run starts from the beginning
    fresh = _fit(tensors, RuntimeOptions(amp="bf16"), epochs=1,
                 checkpoints=_store(tmp_path).for_job("job-c"))
    again = _fit(tensors, RuntimeOptions(), epochs=1, checkpoints=_store(tmp_path).for_job("job-c"))
    assert fresh.resumed_at_step == 0 and again.resumed_at_step == 0


# --- leases ----------------------------------------------------------------------------------

LABELS = b"pseudo_study_id,label\n2.25.1,0\n2.25.2,1\n2.25.3,0\n2.25.4,1\n"


def exercise_leases(engine) -> None:
    create_tables(engine)
    create_tables(engine)  # idempotent
    jobs, leases = SqlJobStore(engine), SqlJobLeases(engine)
    now = [100.0]
    a = LeaseKeeper(jobs=jobs, leases=leases, owner="replica-a", ttl_s=10, clock=lambda: now[0])
    b = LeaseKeeper(jobs=jobs, leases=leases, owner="replica-b", ttl_s=10, clock=lambda: now[0])
    spec = make_spec(model_name="m", labels_csv=LABELS, epochs=1, seed=0, val_fraction=0,
                     image_size=0, wait_for_studies=False, wait_timeout_s=0, default_epochs=1,
                     default_wait_timeout_s=60)
    job = Job.new(spec=spec, now=now[0])
    jobs.add(job=job)
    assert not a.claim(job)  # only RUNNING jobs are leased
    running = job.start(trace_id="", now=now[0])
    assert jobs.replace(job=running, expected=JobState.WAITING)
    assert b.adopt_orphans() == []  # just started, unowned: its starter claims it
    assert a.claim(running) and a.claim(running)  # ours: idempotent
    assert not b.claim(running) and b.adopt_orphans() == []
    now[0] += 8
    assert a.renew(running.job_id)
    now[0] += 8
    assert b.adopt_orphans() == []  # renewed: still a's
    now[0] += 11  # a stopped renewing
    assert [j.job_id for j in b.adopt_orphans()] == [running.job_id]
    assert not a.renew(running.job_id)  # a learns it lost the job
    a.release(running.job_id)  # not a's any more: no effect
    assert not a.claim(running)
    done = running.succeed(now=now[0], model_version=1, val_accuracy=1, train_loss=0, images=4)
    assert jobs.replace(job=done, expected=JobState.RUNNING)
    assert jobs.get(job_id=job.job_id) == done  # lease columns stay out of the record
    b.release(running.job_id)
    now[0] += 100
    assert a.adopt_orphans() == [] and not b.renew(running.job_id)


def test_leases_on_sqlite(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'leases.db'}")
    try:
        exercise_leases(engine)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_leases_on_postgresql(database_url, pg_schema):
    engine = make_engine("postgresql+psycopg://" + database_url.split("://", 1)[1],
                         schema=pg_schema)
    try:
        exercise_leases(engine)
    finally:
        engine.dispose()
