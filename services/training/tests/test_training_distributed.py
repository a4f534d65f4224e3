"""``medenclave_training.distributed`` under torchrun: 2 processes, DDP over gloo on CPU, the
job's optimiser, schedule, early stopping and lr, one export (rank 0); a run SIGKILLed after a
checkpoint resumes on every rank and ends like the uninterrupted run; and the job bundle, a
file input, refused when it is not plain arrays."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest

from medenclave.security.crypto import EnvelopeCipher, FileKeyEncryptionKey
from medenclave_testing import free_port
from medenclave_training.adapters.outbound.checkpoints import CheckpointStore
from medenclave_training.core.optim_options import OptimOptions
from medenclave_training.distributed import DEFAULT_LR, BundleInvalid, load_bundle, read_optim

pytestmark = pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning")


def _bundle(path: Path, **override) -> Path:
    rng = np.random.default_rng(3)

    def images(n: int) -> tuple[np.ndarray, np.ndarray]:
        y = np.arange(n) % 2
        x = rng.normal(0, 1, (n, 1, 32, 32)).astype(np.float32)
        x[y == 1, :, 12:20, 12:20] += 2.0
        return x, y

    (tx, ty), (vx, vy) = images(32), images(8)
    arrays = {"train_images": tx, "train_labels": ty, "val_images": vx, "val_labels": vy,
              "num_classes": np.int64(2), **override}
    np.savez(path, **arrays)
    return path


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path), "OMP_NUM_THREADS": "1"}


#: SGD with a cosine schedule; early stopping that no epoch can satisfy (an improvement of
#: more than 10 in cross-entropy): patience 1 stops every rank after epoch 2 of 3. Checkpoints
#: every 3 steps and at each epoch's end (4 steps of 8 per epoch, shared by 2 processes).
CONFIG = {"training": {"lr": 0.05, "optimizer": "sgd", "lr_schedule": "cosine",
                       "early_stopping": {"patience": 1, "min_delta": 10.0},
                       "checkpoint_every": 3},
          "distributed": {"nproc_per_node": 2}}


def _torchrun(folder: Path, job_id: str, *, progress: Path) -> list[str]:
    (folder / "config.json").write_text(json.dumps(CONFIG))
    return [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2",
            "--master_addr", "127.0.0.1", "--master_port", str(free_port()), "-m",
            "medenclave_training.distributed", "--bundle", str(folder / "job.npz"),
            "--out", str(folder / "out"), "--config", str(folder / "config.json"),
            "--epochs", "3", "--batch-size", "8", "--threads", "1", "--seed", "11",
            "--progress", str(progress), "--checkpoint-dir", str(folder / "ckpt"),
            "--key-dir", str(folder / "keys"), "--job-id", job_id]


def _run(folder: Path, job_id: str) -> dict:
    proc = subprocess.run(_torchrun(folder, job_id, progress=folder / f"{job_id}.jsonl"),
                          env=_env(), capture_output=True, text=True, timeout=280)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads((folder / "out" / "metrics.json").read_text())


def _val_probabilities(folder: Path) -> np.ndarray:
    session = ort.InferenceSession(str(folder / "out" / "model.onnx"),
                                   providers=["CPUExecutionProvider"])
    return session.run(["probabilities"], {"image": np.load(folder / "job.npz")["val_images"]})[0]


@pytest.fixture(scope="module")
def uninterrupted(tmp_path_factory):
    """One uninterrupted 2-process run: its folder and metrics."""
    folder = tmp_path_factory.mktemp("uninterrupted")
    _bundle(folder / "job.npz")
    return folder, _run(folder, "job-a")


@pytest.mark.slow
def test_two_process_torchrun_job_trains_with_ddp_and_exports_once(uninterrupted):
    folder, metrics = uninterrupted
    assert sorted(p.name for p in (folder / "out").iterdir()) == ["metrics.json", "model.onnx"]
    assert metrics["world_size"] == 2 and metrics["backend"] == "gloo"
    assert metrics["privacy"] == {"dp": False}
    # the job's optimiser and schedule; both ranks stopped after epoch 2 (no deadlock)
    runtime = metrics["runtime"]
    assert (runtime["optimizer"], runtime["lr_schedule"]) == ("sgd", "cosine")
    assert runtime["stopped_early"] is True and runtime["epochs_run"] == 2
    assert runtime["steps"] == 8 and runtime["resumed_at_step"] == 0
    assert [json.loads(x)["epoch"] for x in (folder / "job-a.jsonl").read_text().splitlines()] \
        == [1, 2]
    probs = _val_probabilities(folder)
    assert probs.shape == (8, 2) and np.allclose(probs.sum(axis=1), 1, atol=1e-5)
    blob = (folder / "ckpt" / "job-a.ckpt").read_bytes()  # rank 0's, encrypted
    assert b"model" not in blob and b"optimizer" not in blob


def _processes_naming(text: str) -> list[int]:
    """The processes whose command line contains ``text``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if text.encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _wait_for(check, *, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.05)
    raise AssertionError(f"{what} did not happen in {timeout} s")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc, PR_SET_PDEATHSIG")
def test_a_sigkilled_torchrun_job_resumes_on_every_rank_and_ends_like_an_uninterrupted_one(
        tmp_path, uninterrupted):
    reference_folder, reference = uninterrupted
    _bundle(tmp_path / "job.npz")
    store = CheckpointStore(tmp_path / "ckpt",
                            EnvelopeCipher(FileKeyEncryptionKey(tmp_path / "keys")))
    # rank 0 reports epoch 1 into a FIFO nobody reads: it waits there, after the epoch's
    # checkpoint (step 4; the first one, step 3, is mid-epoch), and the other rank waits for it
    fifo = tmp_path / "progress.fifo"
    os.mkfifo(fifo)
    proc = subprocess.Popen(_torchrun(tmp_path, "job-b", progress=fifo), env=_env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    try:
        _wait_for(lambda: (store.load("job-b") or {}).get("steps") == 4, timeout=240,
                  what="the checkpoint of epoch 1")
    finally:  # SIGKILL torchrun's process group; its workers die with it (PR_SET_PDEATHSIG)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    _wait_for(lambda: not _processes_naming(str(tmp_path / "job.npz")), timeout=30,
              what="the end of every rank")
    assert not (tmp_path / "out").exists()

    metrics = _run(tmp_path, "job-b")  # every rank loads the checkpoint of step 4
    runtime = metrics["runtime"]
    assert runtime["resumed_at_step"] == 4
    assert runtime["steps"] == reference["runtime"]["steps"] == 8
    assert runtime["stopped_early"] is True and runtime["epochs_run"] == 2
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["metrics.json",
                                                                     "model.onnx"]
    # tolerance: the same seed, data and steps; equal up to float noise
    assert metrics["train_loss"] == pytest.approx(reference["train_loss"], abs=1e-5)
    assert metrics["val_accuracy"] == reference["val_accuracy"]
    assert runtime["best_val_loss"] == pytest.approx(reference["runtime"]["best_val_loss"],
                                                     abs=1e-5)
    diff = np.abs(_val_probabilities(tmp_path) - _val_probabilities(reference_folder)).max()
    assert diff <= 1e-5, diff


def test_a_bundle_with_pickles_or_bad_arrays_is_refused(tmp_path):
    # attack: an object array (a pickle inside the npz) is never unpickled
    evil = tmp_path / "evil.npz"
    np.savez(evil, train_images=np.array([{"x": 1}], dtype=object))
    with pytest.raises(BundleInvalid) as refused:
        load_bundle(evil)
    assert refused.value.code == "bundle_unreadable"
    cases = {
        "bundle_train_labels_invalid": {"train_labels": np.full(32, 7)},
        "bundle_train_images_invalid": {"train_images": np.full((32, 1, 32, 32), np.nan,
                                                                np.float32)},
        "bundle_num_classes_invalid": {"num_classes": np.int64(1)},
        "bundle_val_images_invalid": {"val_images": np.zeros((8, 1, 16, 16), np.float32)},
    }
    for code, override in cases.items():
        with pytest.raises(BundleInvalid) as bad:
            load_bundle(_bundle(tmp_path / f"{code}.npz", **override))
        assert bad.value.code == code
    (tmp_path / "junk.npz").write_bytes(b"not a zip")
    with pytest.raises(BundleInvalid):
        load_bundle(tmp_path / "junk.npz")
    with pytest.raises(BundleInvalid) as big:
        load_bundle(_bundle(tmp_path / "ok.npz"), max_bytes=1000)
    assert big.value.code == "bundle_too_large"
    assert load_bundle(tmp_path / "ok.npz")["train_images"].shape == (32, 1, 32, 32)

    # the entry point answers the refusal with exit code 2 and the code, nothing else
    proc = subprocess.run([sys.executable, "-m", "medenclave_training.distributed",
                           "--bundle", str(evil), "--out", str(tmp_path / "o")],
                          env=_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and json.loads(proc.stderr)["error"] == "bundle_unreadable"
    assert not (tmp_path / "o").exists()
    # checkpoints need their key folder, and a job id usable as a file name
    for extra in (["--checkpoint-dir", str(tmp_path / "c")],
                  ["--checkpoint-dir", str(tmp_path / "c"), "--key-dir", str(tmp_path / "k"),
                   "--job-id", "../../etc/x"]):
        proc = subprocess.run([sys.executable, "-m", "medenclave_training.distributed",
                               "--bundle", str(tmp_path / "ok.npz"), "--out",
                               str(tmp_path / "o"), *extra],
                              env=_env(), capture_output=True, text=True, timeout=120)
        assert proc.returncode == 2 and json.loads(proc.stderr)["error"] == "arguments_invalid"
    assert not (tmp_path / "c").exists() and not (tmp_path / "o").exists()


def test_the_entry_points_optimiser_settings_are_checked():
    assert read_optim({}) == (DEFAULT_LR, OptimOptions())
    assert read_optim({"training": {"lr": 0.1, "optimizer": "adamw", "lr_schedule": "step",
                                    "early_stopping": {"patience": 2, "min_delta": 0.01}}}) \
        == (0.1, OptimOptions("adamw", "step", 2, 0.01))
    for training in ({"lr": 0}, {"lr": True}, {"lr": "0.1"}, {"optimizer": "rmsprop"},
                     {"lr_schedule": "cyclic"}, {"early_stopping": {"patience": 0}},
                     {"early_stopping": {}}, {"early_stopping": {"patience": 2,
                                                                 "min_delta": -1}}, []):
        with pytest.raises(ValueError):
            read_optim({"training": training})


def test_stale_run_folders_of_inactive_jobs_are_removed_at_start(tmp_path):
    """A SIGKILLed run leaves its job bundle (de-identified inputs) in ``runs/<job_id>``; at
    start the service removes those of jobs no longer running or queued, keeps the others',
    and never follows a link out of the folder."""
    from medenclave_training.adapters.outbound.torchrun_job import remove_stale_runs

    runs, outside = tmp_path / "torchrun", tmp_path / "elsewhere"
    for name in ("job-running", "job-failed", "job-gone"):
        (runs / name).mkdir(parents=True)
        (runs / name / "job.npz").write_bytes(b"x")
    outside.mkdir()
    (outside / "keep").write_bytes(b"x")
    (runs / "link").symlink_to(outside, target_is_directory=True)
    assert remove_stale_runs(runs, active={"job-running"}) == 2
    assert sorted(p.name for p in runs.iterdir()) == ["job-running", "link"]
    assert (outside / "keep").exists()
    assert remove_stale_runs(tmp_path / "absent", active=set()) == 0
