"""A job with ``distributed.nproc_per_node`` above 1, run by the service under torchrun.

The job's de-identified model inputs go to a private temporary folder as a job bundle (plain
arrays, no pickles); ``python -m torch.distributed.run --standalone`` starts the processes of
:mod:`medenclave_training.distributed` (DDP: gloo on CPU, NCCL on GPUs); only rank 0 checks and
exports the model. The service reads ``model.onnx`` and ``metrics.json`` back and scores the
validation and test images with the exported graph (onnxruntime) for the evaluation.

Rank 0 writes one line per epoch (``--progress``); the service passes each to the job's
progress hook (the job log) and stops the processes (their own process group: SIGTERM, then
SIGKILL) when the hook answers False (a cancel). Not here yet: checkpoints of a distributed
run, and more than one node (Kubernetes runs those).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
import torch

from medenclave.files import private_dir
from medenclave_training.core.job_config import ModelConfig
from medenclave_training.core.ports import (
    Progress,
    TrainedModel,
    TrainingCancelled,
    TrainingData,
    TrainingFailed,
)
from medenclave_training.core.runtime import RuntimeOptions

__all__ = ["DEFAULT_TORCHRUN_TIMEOUT_S", "train_under_torchrun"]

log = logging.getLogger(__name__)

#: the longest a torchrun job may run before it is stopped (it fails ``distributed_timeout``)
DEFAULT_TORCHRUN_TIMEOUT_S = 6 * 3600


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stack(images: Sequence[np.ndarray]) -> np.ndarray:
    return np.stack(list(images)).astype(np.float32)


def _probabilities(session: ort.InferenceSession, images: Sequence[np.ndarray]) -> np.ndarray:
    x = _stack(images)
    return np.concatenate([session.run(["probabilities"], {"image": x[i:i + 64]})[0]
                           for i in range(0, len(x), 64)])


def _stop(proc: subprocess.Popen) -> None:
    """End torchrun and its workers (their own process group)."""
    for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 10.0)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def _epochs(path: Path, seen: int) -> list[tuple[int, float]]:
    """The complete progress lines after the first ``seen``."""
    try:
        lines = path.read_text(encoding="utf-8").split("\n")[:-1]  # the last may be partial
    except OSError:
        return []
    out = []
    for line in lines[seen:]:
        try:
            item = json.loads(line)
            out.append((int(item["epoch"]), float(item["loss"])))
        except (ValueError, KeyError, TypeError):  # not rank 0's line: counted, not used
            out.append((0, float("nan")))
    return out


def _supervise(command: list[str], env: dict[str, str], folder: Path,
               progress: Progress | None, timeout_s: float, job_id: str) -> int:
    """Run torchrun to its end, passing rank 0's epochs to ``progress``; its exit code.

    Raises:
        TrainingCancelled: ``progress`` returned False (the processes are stopped first).
        TrainingFailed: ``distributed_timeout``.
    """
    deadline = time.monotonic() + timeout_s
    seen = 0
    with (folder / "torchrun.log").open("wb") as output:  # kept from the pipe, never logged
        proc = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT,
                                start_new_session=True)
        try:
            while True:
                try:
                    code: int | None = proc.wait(timeout=0.5)
                except subprocess.TimeoutExpired:
                    code = None
                for epoch, loss in _epochs(folder / "progress.jsonl", seen):
                    seen += 1
                    if progress is not None and not progress(epoch, loss):
                        log.info("torchrun job stopped: cancelled", extra={
                            "code": "TRN-032", "fields": {"job_id": job_id, "epoch": epoch}})
                        raise TrainingCancelled
                if code is not None:
                    return code
                if time.monotonic() > deadline:
                    raise TrainingFailed("distributed_timeout")
        finally:
            if proc.poll() is None:
                _stop(proc)


def train_under_torchrun(*, data: TrainingData, options: RuntimeOptions, epochs: int,
                         seed: int, batch_size: int, threads: int, job_id: str = "",
                         model: ModelConfig | None = None, progress: Progress | None = None,
                         timeout_s: float = DEFAULT_TORCHRUN_TIMEOUT_S) -> TrainedModel:
    """Train ``data`` in ``options.distributed.nproc_per_node`` processes on this host, the
    network ``model`` names (None: the service's small DenseNet). ``progress`` hears of every
    epoch rank 0 finishes; when it answers False the processes are stopped.

    Raises:
        TrainingFailed: ``distributed_refused`` (the entry point refused the bundle or the
            options), ``distributed_failed``, ``distributed_timeout``,
            ``distributed_too_few_gpus`` (on a GPU host, more processes than GPUs).
        TrainingCancelled: ``progress`` returned False.
    """
    nproc = options.distributed.nproc_per_node
    if torch.cuda.is_available() and nproc > torch.cuda.device_count():
        raise TrainingFailed("distributed_too_few_gpus")  # one GPU per process (NCCL)
    per_process = max(1, threads // nproc)
    with tempfile.TemporaryDirectory(prefix="medenclave-torchrun-") as tmp:
        folder = Path(tmp)
        private_dir(folder)
        bundle, out, config = folder / "job.npz", folder / "out", folder / "runtime.json"
        np.savez(bundle, train_images=_stack(data.train_images),
                 train_labels=np.asarray(list(data.train_labels), np.int64),
                 val_images=_stack(data.val_images),
                 val_labels=np.asarray(list(data.val_labels), np.int64),
                 num_classes=np.int64(data.num_classes))
        document: dict[str, Any] = {
            "training": {"amp": options.amp,
                         "gradient_checkpointing": options.gradient_checkpointing},
            "distributed": {"nproc_per_node": nproc, "nnodes": 1}}
        if model is not None:
            document["model"] = {"name": model.name, "args": dict(model.args),
                                 "norm": model.norm}
        config.write_text(json.dumps(document))
        command = [sys.executable, "-m", "torch.distributed.run", "--nnodes", "1",
                   "--nproc_per_node", str(nproc), "--master_addr", "127.0.0.1",
                   "--master_port", str(_free_port()),
                   "-m", "medenclave_training.distributed", "--bundle", str(bundle),
                   "--out", str(out), "--config", str(config), "--epochs", str(epochs),
                   "--seed", str(seed), "--batch-size", str(batch_size),
                   "--threads", str(per_process)]
        env = {**os.environ, "OMP_NUM_THREADS": str(per_process),
               "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
        log.info("torchrun job starting", extra={"code": "TRN-030", "fields": {
            "job_id": job_id, "nproc_per_node": nproc}})
        command += ["--progress", str(folder / "progress.jsonl")]
        code = _supervise(command, env, folder, progress, timeout_s, job_id)
        if code != 0:
            # its output is not logged: it may echo tensors; the entry point's codes suffice
            log.warning("torchrun job failed", extra={"code": "TRN-031", "fields": {
                "job_id": job_id, "exit_code": code}})
            raise TrainingFailed("distributed_refused" if code == 2 else "distributed_failed")
        try:
            onnx = (out / "model.onnx").read_bytes()
            metrics = json.loads((out / "metrics.json").read_text())
        except (OSError, ValueError):
            raise TrainingFailed("distributed_failed") from None
    session = ort.InferenceSession(onnx, providers=["CPUExecutionProvider"])
    val = _probabilities(session, data.val_images)
    test = _probabilities(session, data.test_images) if len(data.test_images) else None
    return TrainedModel(
        onnx=onnx, val_accuracy=float(metrics["val_accuracy"]),
        train_loss=float(metrics["train_loss"]), val_probabilities=val, test_probabilities=test,
        metrics={"runtime": {**metrics.get("runtime", {}), "world_size": metrics["world_size"],
                             "backend": metrics["backend"]},
                 "privacy": metrics.get("privacy", {"dp": False})})
