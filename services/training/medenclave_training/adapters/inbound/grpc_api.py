"""gRPC adapter: TrainingService over the job scheduler, the job store and the model store."""

from __future__ import annotations

import re
from collections.abc import Callable

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from medenclave import telemetry
from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave.rpc import current_principal
from medenclave.v1 import training_pb2, training_pb2_grpc
from medenclave_training.adapters.inbound.dataset_api import DatasetRpcs
from medenclave_training.adapters.inbound.governance_api import GovernanceRpcs
from medenclave_training.adapters.outbound.launcher import JobLauncher
from medenclave_training.core.dataset_builder import DatasetBuilder
from medenclave_training.core.erasure import MAX_STUDY_IDS, trained_on
from medenclave_training.core.governance import ModelGovernance
from medenclave_training.core.jobs import (
    InvalidJob,
    Job,
    JobNotFound,
    JobSpec,
    make_spec,
    new_job_id,
)
from medenclave_training.core.ports import (
    DatasetStore,
    JobLog,
    JobStore,
    ModelCardStore,
    ModelStore,
    RegisteredModel,
)
from medenclave_training.core.scheduler import JobScheduler

__all__ = ["TrainingServicer", "job_message"]


_ERASURE_REF = re.compile(r"[a-z]{2,8}-[0-9a-f]{16,64}")


def _ts(seconds: float) -> Timestamp | None:
    if not seconds:
        return None
    ts = Timestamp()
    ts.FromNanoseconds(int(seconds * 1e9))
    return ts


def job_message(job: Job) -> training_pb2.Job:
    return training_pb2.Job(
        job_id=job.job_id, state=job.state.value, model_name=job.spec.model_name,
        model_version=job.model_version, val_accuracy=job.val_accuracy,
        train_loss=job.train_loss, studies=job.studies, images=job.images,
        error_code=job.error_code, trace_id=job.trace_id, created_at=_ts(job.created_at),
        finished_at=_ts(job.finished_at), dataset=job.spec.dataset,
        dataset_version=job.spec.dataset_version, manifest_sha256=job.spec.manifest_sha256,
        metrics_json=job.metrics_json)


class TrainingServicer(GovernanceRpcs, DatasetRpcs, training_pb2_grpc.TrainingServiceServicer):
    def __init__(self, *, scheduler: JobScheduler, jobs: JobStore, models: ModelStore,
                 launcher: JobLauncher, audit: Callable[[], AuditPublisher],
                 default_epochs: int, default_wait_timeout_s: int,
                 datasets: DatasetStore, builder: DatasetBuilder, job_log: JobLog,
                 governance: ModelGovernance | None = None,
                 cards: ModelCardStore | None = None, multi_node: bool = False,
                 segmentation_masks: bool = False) -> None:
        self._multi_node = multi_node
        self._segmentation_masks = segmentation_masks
        self._datasets = datasets
        self._builder = builder
        self._job_log = job_log
        self._job_reply = job_message
        self._scheduler = scheduler
        self._jobs = jobs
        self._models = models
        self._launcher = launcher
        self._audit = audit
        self._default_epochs = default_epochs
        self._default_wait = default_wait_timeout_s
        self._governance = governance
        self._cards = cards

    async def StartJob(self, request, context):
        principal = current_principal()
        if request.dataset:
            spec = await self._dataset_spec(request, context)
        else:
            spec = await self._labels_spec(request, context)
        try:
            self._scheduler.check_quota(spec)
        except InvalidJob as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, exc.code)
        job_id = new_job_id()
        try:
            await self._audit().record(
                action="training.job.start", resource=job_id, principal=principal,
                reason=f"dataset={spec.dataset}:{spec.dataset_version}" if spec.dataset else "")
        except BusUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")
        job, run_now = self._scheduler.submit(
            spec=spec, requested_by=principal.subject, job_id=job_id,
            origin=telemetry.inject({}).get("traceparent", ""),
            trace_id=telemetry.current_trace_id())
        if run_now:
            self._launcher.launch(job)  # inherits this call's trace context
        return job_message(job)

    async def _labels_spec(self, request, context) -> JobSpec:
        """The spec of a StartJob request carrying its own label table."""
        try:
            return make_spec(model_name=request.model_name, labels_csv=request.labels_csv,
                             epochs=request.epochs, seed=request.seed,
                             val_fraction=request.val_fraction, image_size=request.image_size,
                             wait_for_studies=request.wait_for_studies,
                             wait_timeout_s=request.wait_timeout_s,
                             default_epochs=self._default_epochs,
                             default_wait_timeout_s=self._default_wait)
        except InvalidJob as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, exc.code)
        raise AssertionError("unreachable")  # abort raises

    async def GetJob(self, request, context):
        try:
            return job_message(self._jobs.get(job_id=request.job_id))
        except JobNotFound:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no such job")

    async def ListJobs(self, request, context):
        return training_pb2.ListJobsResponse(jobs=[job_message(j) for j in self._jobs.list()])

    async def ListModels(self, request, context):
        models = self._models.list()
        stages: dict[tuple[str, int], tuple[str, bool]] = {}
        if self._cards is not None:
            for name in {m.model_name for m in models}:
                stages.update({(c.model_name, c.version): (c.stage.value, c.served)
                               for c in self._cards.cards(model_name=name)})
        out = []
        for m in models:
            msg = _model_message(m)
            msg.stage, msg.served = stages.get((m.model_name, m.version), ("", False))
            out.append(msg)
        return training_pb2.ListModelsResponse(models=out)

    async def ListTrainedOn(self, request, context):
        ids = list(dict.fromkeys(request.pseudo_study_ids))
        if not ids or len(ids) > MAX_STUDY_IDS or not _ERASURE_REF.fullmatch(
                request.erasure_ref) or any(len(i) > 128 for i in ids):
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                f"name 1 to {MAX_STUDY_IDS} study ids and an erasure_ref")
        try:
            await self._audit().record(action="phi.erase.models", resource=request.erasure_ref,
                                       principal=current_principal(),
                                       reason=f"studies={len(ids)}")
        except BusUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")
        jobs, models = trained_on(pseudo_study_ids=ids, jobs=self._jobs.list(),
                                  models=self._models.list())
        wanted = set(ids)
        datasets = [d.ref for d in self._datasets.list()
                    if any(m.study in wanted for m in d.members)]
        return training_pb2.ListTrainedOnResponse(
            job_ids=[j.job_id for j in jobs], models=[_model_message(m) for m in models],
            datasets=datasets)


def _model_message(m: RegisteredModel) -> training_pb2.ModelVersion:
    return training_pb2.ModelVersion(model_name=m.model_name, version=m.version,
                                     job_id=m.job_id, val_accuracy=m.val_accuracy,
                                     onnx_sha256=m.onnx_sha256,
                                     registered_at=_ts(m.registered_at))
