"""A job with ``distributed.nproc_per_node`` above 1, run by the service under torchrun.

The job's de-identified model inputs go to a private temporary folder as a job bundle (plain
arrays, no pickles); ``python -m torch.distributed.run --standalone`` starts the processes of
:mod:`medenclave_training.distributed` (DDP: gloo on CPU, NCCL on GPUs); only rank 0 checks and
exports the model. The service reads ``model.onnx`` and ``metrics.json`` back and scores the
validation and test images with the exported graph (onnxruntime) for the evaluation.

The processes run the service's own loop with the job's optimiser, lr schedule, early
stopping and ``training.lr`` (:func:`entry_document` hands them over; Kubernetes jobs get the
same document). With :class:`TorchrunFolders` (the service's encrypted checkpoint store, its
file key-encryption key, and a folder for the runs) the job's bundle goes to
``runs/<job_id>/`` (a killed run's folder is removed when the job runs again, and every run's
when it ends), and rank 0 keeps the job's checkpoint in the store every
``checkpoint_every`` steps and every rank resumes from it when the job is run again (after a
kill and a restart of the service); the service drops it when the job ends, as for a job in
its own process.

Rank 0 writes one line per epoch (``--progress``); the service passes each to the job's
progress hook (the job log) and stops the processes (their own process group: SIGTERM, then
SIGKILL) when the hook answers False (a cancel). torchrun is started so that it gets SIGTERM
when the thread that started it dies (the service killed), and every rank dies with torchrun
(:func:`medenclave_training.distributed.die_with_parent`): a killed service leaves no
training behind to race the resumed run. Not here: more than one node (Kubernetes runs
those, :mod:`.k8s_job`, with the same entry point and checkpoints on the jobs claim).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort
import torch

from medenclave.files import private_dir
from medenclave_training.core.job_config import ModelConfig
from medenclave_training.core.optim_options import OptimOptions
from medenclave_training.core.ports import (
    Progress,
    TrainedModel,
    TrainingCancelled,
    TrainingData,
    TrainingFailed,
)
from medenclave_training.core.runtime import RuntimeOptions

__all__ = ["DEFAULT_TORCHRUN_TIMEOUT_S", "TorchrunFolders", "entry_document",
           "remove_stale_runs", "train_under_torchrun"]

log = logging.getLogger(__name__)

#: the longest a torchrun job may run before it is stopped (it fails ``distributed_timeout``)
DEFAULT_TORCHRUN_TIMEOUT_S = 6 * 3600

#: torchrun, asking first for SIGTERM when the thread that started it dies (PR_SET_PDEATHSIG;
#: it then stops its workers); it exits at once if that parent is already gone
_LAUNCH = ("import ctypes, os, runpy, signal, sys\n"
           "parent = int(sys.argv.pop(1))\n"
           "try:\n"
           "    ctypes.CDLL(None).prctl(1, int(signal.SIGTERM), 0, 0, 0)\n"
           "except (OSError, AttributeError):\n"
           "    pass\n"
           "if os.getppid() != parent:\n"
           "    sys.exit(1)\n"
           "sys.argv[0] = 'torchrun'\n"
           "runpy.run_module('torch.distributed.run', run_name='__main__', alter_sys=True)\n")


_JOB_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass(frozen=True)
class TorchrunFolders:
    """Where a torchrun job's processes keep its checkpoint (the service's checkpoint folder
    and the folder of its file key-encryption key; same host, same user) and where its run
    folder (the job bundle, ``runs/<job_id>``) lives."""

    checkpoints: Path
    keys: Path
    runs: Path


@contextlib.contextmanager
def _run_folder(folders: TorchrunFolders | None, job_id: str) -> Iterator[Path]:
    """The run's private folder: ``runs/<job_id>`` (a killed run's, left behind, is removed
    first), else a temporary one; removed at the end."""
    if folders is None or not _JOB_ID.match(job_id):
        with tempfile.TemporaryDirectory(prefix="medenclave-torchrun-") as tmp:
            yield private_dir(Path(tmp))
        return
    folder = private_dir(folders.runs) / job_id
    shutil.rmtree(folder, ignore_errors=True)
    try:
        yield private_dir(folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def remove_stale_runs(runs: Path, *, active: set[str]) -> int:
    """Remove the run folders (job bundles: de-identified model inputs, unencrypted) that
    killed runs left for jobs no longer running or queued; a job still active keeps its own
    (its next run replaces it). Returns how many were removed."""
    removed = 0
    if not runs.is_dir():
        return 0
    for folder in runs.iterdir():
        if folder.is_dir() and not folder.is_symlink() and folder.name not in active:
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def entry_document(options: RuntimeOptions, model: ModelConfig | None, *,
                   optim: OptimOptions | None = None, lr: float | None = None
                   ) -> dict[str, Any]:
    """The ``--config`` of :mod:`medenclave_training.distributed`: runtime options, the
    network, the learning rate, optimiser, schedule and early stopping."""
    training: dict[str, Any] = {"amp": options.amp,
                                "gradient_checkpointing": options.gradient_checkpointing,
                                "checkpoint_every": options.checkpoint_every}
    if lr is not None:
        training["lr"] = lr
    if optim is not None:
        training.update(optimizer=optim.optimizer, lr_schedule=optim.lr_schedule)
        if optim.patience is not None:
            training["early_stopping"] = {"patience": optim.patience,
                                          "min_delta": optim.min_delta}
    document: dict[str, Any] = {
        "training": training,
        "distributed": {"nproc_per_node": options.distributed.nproc_per_node,
                        "nnodes": options.distributed.nnodes}}
    if model is not None:
        document["model"] = {"name": model.name, "args": dict(model.args), "norm": model.norm}
    return document


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
                         timeout_s: float = DEFAULT_TORCHRUN_TIMEOUT_S,
                         optim: OptimOptions | None = None, lr: float | None = None,
                         folders: TorchrunFolders | None = None) -> TrainedModel:
    """Train ``data`` in ``options.distributed.nproc_per_node`` processes on this host, the
    network ``model`` names (None: the service's small DenseNet), with ``optim`` and ``lr``
    (None: Adam, constant, no early stopping; the entry point's 0.002). ``progress`` hears of
    every epoch rank 0 finishes; when it answers False the processes are stopped. With
    ``folders`` and a ``job_id`` the run checkpoints and resumes that job's checkpoint, in the
    job's own run folder.

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
    with _run_folder(folders, job_id) as folder:
        bundle, out, config = folder / "job.npz", folder / "out", folder / "runtime.json"
        np.savez(bundle, train_images=_stack(data.train_images),
                 train_labels=np.asarray(list(data.train_labels), np.int64),
                 val_images=_stack(data.val_images),
                 val_labels=np.asarray(list(data.val_labels), np.int64),
                 num_classes=np.int64(data.num_classes))
        config.write_text(json.dumps(entry_document(options, model, optim=optim, lr=lr)))
        command = [sys.executable, "-c", _LAUNCH, str(os.getpid()), "--nnodes", "1",
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
        if folders is not None and _JOB_ID.match(job_id):
            command += ["--checkpoint-dir", str(folders.checkpoints),
                        "--key-dir", str(folders.keys), "--job-id", job_id]
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
    runtime = metrics.get("runtime", {})
    if runtime.get("resumed_at_step"):
        log.info("torchrun job finished, resumed from a checkpoint", extra={"code": "TRN-033", "fields": {
            "job_id": job_id, "step": runtime["resumed_at_step"]}})
    session = ort.InferenceSession(onnx, providers=["CPUExecutionProvider"])
    val = _probabilities(session, data.val_images)
    test = _probabilities(session, data.test_images) if len(data.test_images) else None
    return TrainedModel(
        onnx=onnx, val_accuracy=float(metrics["val_accuracy"]),
        train_loss=float(metrics["train_loss"]), val_probabilities=val, test_probabilities=test,
        metrics={"runtime": {**metrics.get("runtime", {}), "world_size": metrics["world_size"],
                             "backend": metrics["backend"]},
                 "privacy": metrics.get("privacy", {"dp": False})})
