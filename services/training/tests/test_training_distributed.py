"""``medenclave_training.distributed`` under torchrun: 2 processes, DDP over gloo on CPU, one
export (rank 0); and the job bundle, a file input, refused when it is not plain arrays."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import onnxruntime as ort
import pytest

from medenclave_testing import free_port
from medenclave_training.distributed import BundleInvalid, load_bundle

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


@pytest.mark.slow
def test_two_process_torchrun_job_trains_with_ddp_and_exports_once(tmp_path):
    bundle, out = _bundle(tmp_path / "job.npz"), tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "torch.distributed.run", "--nproc_per_node", "2",
         "--master_addr", "127.0.0.1", "--master_port", str(free_port()), "-m",
         "medenclave_training.distributed", "--bundle", str(bundle), "--out", str(out),
         "--epochs", "2", "--batch-size", "8", "--threads", "1"],
        env=_env(), capture_output=True, text=True, timeout=280)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert sorted(p.name for p in out.iterdir()) == ["metrics.json", "model.onnx"]
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["world_size"] == 2 and metrics["backend"] == "gloo"
    assert metrics["runtime"]["steps"] == 8 and metrics["privacy"] == {"dp": False}
    session = ort.InferenceSession(str(out / "model.onnx"), providers=["CPUExecutionProvider"])
    probs = session.run(["probabilities"], {"image": np.zeros((3, 1, 32, 32), np.float32)})[0]
    assert probs.shape == (3, 2) and np.allclose(probs.sum(axis=1), 1, atol=1e-5)


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
