"""A job with ``distributed.nnodes`` above 1, run on Kubernetes (``MEDENCLAVE_TRAINING_LAUNCHER=
kubernetes``): as a Kubeflow ``PyTorchJob`` when the training operator's CRD is served, else as
an Indexed ``Job`` with a headless ``Service`` for the rendezvous (:mod:`.k8s_objects`).

As under local torchrun (:mod:`.torchrun_job`), the job's de-identified model inputs go to a
job bundle, here in the job's folder on the shared volume (``jobs_dir``, a ReadWriteMany claim
mounted by the service and the pods); every pod runs :mod:`medenclave_training.distributed`
under torchrun, and only rank 0 checks and exports the model to ``out/``. The service polls
the object's status (every ``poll_s``), passes rank 0's epochs to the job's progress hook,
deletes the objects when the hook answers False (a cancel) or the job runs past ``timeout_s``,
reads ``model.onnx`` and ``metrics.json`` back and removes the folder. A job resumed by another
replica (the first died while it ran) replaces the objects its earlier attempt left.

Checkpoints: each job (an id the entry point accepts) gets its own folder on the claim,
``checkpoints/<name>/`` (0700), mounted alone in its pods, where rank 0 keeps the job's
encrypted checkpoint (the store and format of :mod:`.checkpoints`; its file key-encryption key
in ``checkpoint-keys/``, made by the service before the first job, read-only in the pods). The
folder outlives an attempt: a job re-launched after its replica died (after the earlier
attempt's objects are gone) resumes from the latest checkpoint, and so does a pod the operator
restarts. The service drops it when the job ends (:meth:`KubernetesJobs.discard_checkpoints`,
as for a job in its own process) and, at start-up, the folders of jobs no longer running or
queued (:meth:`KubernetesJobs.remove_stale_checkpoints`).

Failures (``TrainingFailed`` codes): the API's (``kubernetes_forbidden``,
``kubernetes_conflict``, ``kubernetes_invalid``, ``kubernetes_unavailable``, …, see
:mod:`.k8s_api`), ``kubernetes_job_failed``, ``kubernetes_job_vanished`` (deleted by someone
else), ``kubernetes_timeout``, ``kubernetes_output_missing``.
"""

from __future__ import annotations

import json
import logging
import re
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np
import onnxruntime as ort

from medenclave.files import private_dir
from medenclave.security.crypto import FileKeyEncryptionKey
from medenclave_training.adapters.outbound.k8s_api import KubernetesApi, KubernetesRefused
from medenclave_training.adapters.outbound.k8s_objects import (
    CHECKPOINT_KEYS_SUBDIR,
    CHECKPOINTS_SUBDIR,
    JOB_ID_ANNOTATION,
    JobShape,
    LaunchSettings,
    indexed_job,
    object_name,
    pytorch_job,
    rendezvous_service,
)
from medenclave_training.adapters.outbound.torchrun_job import (
    _epochs,
    _probabilities,
    _stack,
    entry_document,
)
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

__all__ = ["KubernetesJobs", "job_state"]

log = logging.getLogger(__name__)

_PYTORCHJOBS = "/apis/kubeflow.org/v1/namespaces/{ns}/pytorchjobs"
_JOBS = "/apis/batch/v1/namespaces/{ns}/jobs"
_SERVICES = "/api/v1/namespaces/{ns}/services"
#: the job ids the entry point checkpoints under (medenclave_training.distributed)
_JOB_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def job_state(obj: dict[str, Any]) -> str:
    """``succeeded``, ``failed`` or ``running`` from a PyTorchJob's or a Job's conditions."""
    conditions = (obj.get("status") or {}).get("conditions") or []
    true = {c.get("type") for c in conditions if c.get("status") == "True"}
    if "Failed" in true:
        return "failed"
    if true & {"Succeeded", "Complete"}:
        return "succeeded"
    return "running"


class KubernetesJobs:
    """Runs multi-node jobs on the cluster; ``train`` blocks (call it from a worker thread)."""

    def __init__(self, api: KubernetesApi, settings: LaunchSettings, *, poll_s: float = 5.0,
                 timeout_s: float = 6 * 3600, stale_wait_s: float = 120.0) -> None:
        if not 0 < poll_s <= 300 or not 0 < timeout_s <= 30 * 86400 \
                or not 0 < stale_wait_s <= 3600:
            raise ValueError("poll_s 0..300, timeout_s 0..30 days, stale_wait_s 0..3600")
        self._api = api
        self._s = settings
        self._poll = poll_s
        self._timeout = timeout_s
        self._stale_wait = stale_wait_s

    def _checkpoint_folder(self, name: str) -> Path:
        return Path(self._s.jobs_dir) / CHECKPOINTS_SUBDIR / name

    def _prepare_checkpoints(self, shape: JobShape) -> bool:
        """The job's checkpoint folder and the key-encryption key (made once, here, so no two
        pods race to make different ones); whether a checkpoint of an earlier attempt is
        there to resume from."""
        FileKeyEncryptionKey(Path(self._s.jobs_dir) / CHECKPOINT_KEYS_SUBDIR)
        private_dir(self._checkpoint_folder(shape.name).parent)
        folder = private_dir(self._checkpoint_folder(shape.name))
        resuming = (folder / f"{shape.job_id}.ckpt").is_file()
        if resuming:
            log.info("kubernetes training job resumes from its checkpoint", extra={
                "code": "TRN-706", "fields": {"job_id": shape.job_id}})
        return resuming

    def discard_checkpoints(self, job_id: str) -> None:
        """Drop the job's checkpoint folder (the job ended; nothing to resume)."""
        shutil.rmtree(self._checkpoint_folder(object_name(job_id)), ignore_errors=True)

    def remove_stale_checkpoints(self, *, active: set[str]) -> int:
        """Remove the checkpoint folders of jobs that are no longer running or queued (their
        replica died before it could drop them); how many were removed."""
        root = Path(self._s.jobs_dir) / CHECKPOINTS_SUBDIR
        if not root.is_dir():
            return 0
        keep = {object_name(job_id) for job_id in active}
        removed = 0
        for folder in root.iterdir():
            if folder.is_dir() and not folder.is_symlink() and folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)
                removed += 1
        if removed:
            log.info("stale kubernetes job checkpoints removed", extra={
                "code": "TRN-707", "fields": {"folders": removed}})
        return removed

    def _paths(self, kind: str, name: str) -> list[str]:
        ns = self._s.namespace
        if kind == "PyTorchJob":
            return [f"{_PYTORCHJOBS.format(ns=ns)}/{name}"]
        return [f"{_JOBS.format(ns=ns)}/{name}", f"{_SERVICES.format(ns=ns)}/{name}"]

    def _submit(self, shape: JobShape) -> str:
        """Create the job's objects; the kind made (``PyTorchJob`` or ``Job``)."""
        ns = self._s.namespace
        if self._api.has_api("kubeflow.org/v1", "PyTorchJob"):
            self._api.call("POST", _PYTORCHJOBS.format(ns=ns), pytorch_job(shape, self._s))
            return "PyTorchJob"
        self._api.call("POST", _SERVICES.format(ns=ns), rendezvous_service(shape, self._s))
        try:
            self._api.call("POST", _JOBS.format(ns=ns), indexed_job(shape, self._s))
        except KubernetesRefused:
            self._delete([f"{_SERVICES.format(ns=ns)}/{shape.name}"])
            raise
        return "Job"

    def _clear_stale(self, shape: JobShape) -> None:
        """Delete what an earlier attempt of this job left (a replica that died while the job
        ran: its job id is in :data:`JOB_ID_ANNOTATION`) and wait until it is gone (at most
        ``stale_wait_s``), before the bundle is rewritten: its pods must not write into the new
        attempt's folder. An object of that name that is not this job's is not touched.

        Raises:
            KubernetesRefused: ``kubernetes_conflict`` (someone else's object, or not gone in
                time), or the API's refusal.
        """
        paths = self._paths("PyTorchJob", shape.name) + self._paths("Job", shape.name)
        left = []
        for path in paths:
            try:
                stale = self._api.call("GET", path)
            except KubernetesRefused as exc:
                if exc.code == "kubernetes_not_found":
                    continue
                raise
            owner = (stale.get("metadata", {}).get("annotations") or {}).get(JOB_ID_ANNOTATION)
            if owner != shape.job_id:
                raise KubernetesRefused("kubernetes_conflict", 409)
            left.append(path)
        if not left:
            return
        log.warning("stale training job objects replaced", extra={"code": "TRN-705", "fields": {
            "job_id": shape.job_id, "objects": len(left)}})
        self._delete(left)
        deadline = time.monotonic() + self._stale_wait
        for path in left:
            while True:
                try:
                    self._api.call("GET", path)
                except KubernetesRefused as exc:
                    if exc.code == "kubernetes_not_found":
                        break
                    raise
                if time.monotonic() > deadline:
                    raise KubernetesRefused("kubernetes_conflict", 409)
                time.sleep(min(self._poll, 1.0))

    def _delete(self, paths: list[str]) -> None:
        """Delete (pods too, in the background); what is gone already is fine."""
        for path in paths:
            try:
                self._api.call("DELETE", f"{path}?propagationPolicy=Background")
            except KubernetesRefused as exc:
                if exc.code != "kubernetes_not_found":
                    log.warning("training job objects not deleted", extra={
                        "code": "TRN-702", "fields": {"object": path.rsplit("/", 2)[-2],
                                                      "error": exc.code}})

    def _watch(self, kind: str, shape: JobShape, folder: Path,
               progress: Progress | None) -> None:
        """Until the job ends well.

        Raises:
            TrainingFailed, TrainingCancelled, KubernetesRefused.
        """
        deadline = time.monotonic() + self._timeout
        seen = 0
        path = self._paths(kind, shape.name)[0]
        while True:
            try:
                state = job_state(self._api.call("GET", path))
            except KubernetesRefused as exc:
                if exc.code == "kubernetes_not_found":
                    raise TrainingFailed("kubernetes_job_vanished") from None
                raise
            for epoch, loss in _epochs(folder / "progress.jsonl", seen):
                seen += 1
                if progress is not None and not progress(epoch, loss):
                    log.info("kubernetes training job cancelled", extra={
                        "code": "TRN-703", "fields": {"job_id": shape.job_id, "epoch": epoch}})
                    raise TrainingCancelled
            if state == "succeeded":
                return
            if state == "failed":
                raise TrainingFailed("kubernetes_job_failed")
            if time.monotonic() > deadline:
                raise TrainingFailed("kubernetes_timeout")
            time.sleep(self._poll)

    def train(self, *, data: TrainingData, options: RuntimeOptions, epochs: int, seed: int,
              batch_size: int, threads: int, job_id: str = "",
              model: ModelConfig | None = None, progress: Progress | None = None,
              optim: OptimOptions | None = None, lr: float | None = None) -> TrainedModel:
        """Train ``data`` on ``options.distributed.nnodes`` pods of ``nproc_per_node`` GPUs,
        with the job's optimiser, schedule, early stopping and learning rate; rank 0
        checkpoints into the job's checkpoint folder and every rank resumes from it (a job id
        the entry point does not accept: no checkpoints). The folder is kept when this returns
        or raises: the service drops it when the job ends (:meth:`discard_checkpoints`).

        Raises:
            TrainingFailed: with a code (the module's docstring).
            TrainingCancelled: ``progress`` returned False (the objects are deleted first).
        """
        dist = options.distributed
        name = object_name(job_id)
        folder = Path(self._s.jobs_dir) / name
        shape = JobShape(name=name, job_id=job_id, folder=str(folder), nnodes=dist.nnodes,
                         nproc_per_node=dist.nproc_per_node, epochs=epochs, seed=seed,
                         batch_size=batch_size, threads=max(1, threads),
                         checkpoints=bool(_JOB_ID.match(job_id)))
        kind = ""
        try:
            self._clear_stale(shape)  # first: no earlier pod writes a checkpoint any more
            if shape.checkpoints:
                self._prepare_checkpoints(shape)
            self._write_bundle(folder, data, entry_document(options, model, optim=optim, lr=lr))
            kind = self._submit(shape)
            log.info("kubernetes training job submitted", extra={"code": "TRN-700", "fields": {
                "job_id": job_id, "kind": kind, "nnodes": dist.nnodes,
                "nproc_per_node": dist.nproc_per_node}})
            self._watch(kind, shape, folder, progress)
            onnx, metrics = self._read_output(folder)
        except KubernetesRefused as exc:
            log.warning("kubernetes training job failed", extra={"code": "TRN-704", "fields": {
                "job_id": job_id, "error": exc.code, "status": exc.status}})
            raise TrainingFailed(exc.code) from None
        finally:
            if kind:
                self._delete(self._paths(kind, name))
            shutil.rmtree(folder, ignore_errors=True)
        session = ort.InferenceSession(onnx, providers=["CPUExecutionProvider"])
        return TrainedModel(
            onnx=onnx, val_accuracy=float(metrics["val_accuracy"]),
            train_loss=float(metrics["train_loss"]),
            val_probabilities=_probabilities(session, data.val_images),
            test_probabilities=(_probabilities(session, data.test_images)
                                if len(data.test_images) else None),
            metrics={"runtime": {**metrics.get("runtime", {}),
                                 "world_size": metrics["world_size"],
                                 "backend": metrics["backend"], "launcher": kind},
                     "privacy": metrics.get("privacy", {"dp": False})})

    @staticmethod
    def _write_bundle(folder: Path, data: TrainingData, document: dict[str, Any]) -> None:
        shutil.rmtree(folder, ignore_errors=True)  # a previous try's
        folder.mkdir(parents=True)
        private_dir(folder)
        np.savez(folder / "job.npz", train_images=_stack(data.train_images),
                 train_labels=np.asarray(list(data.train_labels), np.int64),
                 val_images=_stack(data.val_images),
                 val_labels=np.asarray(list(data.val_labels), np.int64),
                 num_classes=np.int64(data.num_classes))
        (folder / "runtime.json").write_text(json.dumps(document))

    @staticmethod
    def _read_output(folder: Path) -> tuple[bytes, dict[str, Any]]:
        try:
            onnx = (folder / "out" / "model.onnx").read_bytes()
            metrics = json.loads((folder / "out" / "metrics.json").read_text())
            for key in ("val_accuracy", "train_loss", "world_size", "backend"):
                metrics[key]
        except (OSError, ValueError, KeyError, TypeError):
            raise TrainingFailed("kubernetes_output_missing") from None
        return onnx, metrics
