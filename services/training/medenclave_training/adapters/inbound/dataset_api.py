"""gRPC adapter, part two: datasets, jobs by dataset, cancel and job logs (TrainingService).

Mixed into :class:`~medenclave_training.adapters.inbound.grpc_api.TrainingServicer`; every
call that creates or changes something is audited first (fail closed)."""

from __future__ import annotations

import time
from collections.abc import Callable

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave.rpc import current_principal
from medenclave.v1 import training_pb2
from medenclave_training.core.dataset_builder import DatasetBuilder, DatasetRequest
from medenclave_training.core.dataset_jobs import make_dataset_spec, read_job_settings
from medenclave_training.core.datasets import (
    MAX_LABEL_BYTES,
    Dataset,
    DatasetNotFound,
    InvalidDataset,
    parse_dataset_ref,
    validate_dataset_name,
)
from medenclave_training.core.job_config import InvalidJobConfig
from medenclave_training.core.jobs import (
    IllegalTransition,
    InvalidJob,
    Job,
    JobNotFound,
    JobSpec,
    JobState,
)
from medenclave_training.core.ports import DatasetStore, JobLog, JobStore, StudyUnavailable

__all__ = ["DatasetRpcs", "dataset_message"]


def _ts(seconds: float) -> Timestamp | None:
    if not seconds:
        return None
    ts = Timestamp()
    ts.FromNanoseconds(int(seconds * 1e9))
    return ts


def dataset_message(d: Dataset, *, members: bool) -> training_pb2.Dataset:
    msg = training_pb2.Dataset(
        name=d.name, version=d.version, manifest_sha256=d.manifest_sha256, studies=d.studies,
        patients=d.patients, classes=d.num_classes, images=d.images,
        skipped_non_image=d.skipped_non_image, excluded=d.excluded, split=list(d.split),
        seed=d.seed, modality=d.modality, body_part=d.body_part, created_by=d.created_by,
        created_at=_ts(d.created_at), task=d.task,
        coded_classes=[training_pb2.DatasetClass(
            label=c.label, concept_id=c.concept_id, term=c.term,
            local_labels=list(c.local_labels)) for c in d.classes])
    if members:
        msg.members.extend(training_pb2.DatasetMember(
            study=m.study, patient=m.patient, label=m.label, split=m.split,
            series=list(m.series), content_sha256=m.content_sha256, images=m.images,
            concept_id=m.concept_id)
            for m in d.members)
    return msg


class DatasetRpcs:
    """CreateDataset, ListDatasets, GetDataset, CancelJob, GetJobLogs, and the dataset half
    of StartJob."""

    _jobs: JobStore
    _datasets: DatasetStore
    _builder: DatasetBuilder
    _job_log: JobLog
    _default_epochs: int
    #: jobs with ``distributed.nnodes`` above 1 are run (the Kubernetes launcher)
    _multi_node: bool = False
    #: a mask source is configured (``MASK_DIR`` or ``SEG_MASKS``): segmentation is run
    _segmentation_masks: bool = False
    _audit: Callable[[], AuditPublisher]
    _job_reply: Callable[[Job], training_pb2.Job]

    async def _audited(self, context, **record) -> None:
        try:
            await self._audit().record(principal=current_principal(), **record)
        except BusUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")

    async def CreateDataset(self, request, context):
        if len(request.labels_csv) > MAX_LABEL_BYTES:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "labels_too_large")
        try:
            validate_dataset_name(request.name)
        except InvalidDataset as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, exc.code)
        await self._audited(context, action="training.dataset.create", resource=request.name)
        try:
            dataset = await self._builder.create(DatasetRequest(
                name=request.name, labels_csv=request.labels_csv, modality=request.modality,
                body_part=request.body_part, split=list(request.split), seed=request.seed,
                created_by=current_principal().subject, task=request.task))
        except InvalidDataset as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        except StudyUnavailable as exc:  # deid down or refusing us: nothing created, retry
            await context.abort(grpc.StatusCode.UNAVAILABLE, exc.code)
        return dataset_message(dataset, members=True)

    async def ListDatasets(self, request, context):
        return training_pb2.ListDatasetsResponse(datasets=[
            dataset_message(d, members=False) for d in self._datasets.list()])

    async def GetDataset(self, request, context):
        dataset = await self._dataset(request.dataset, context)
        await self._audited(context, action="training.dataset.read", resource=dataset.ref)
        return dataset_message(dataset, members=True)

    async def _dataset(self, ref: str, context) -> Dataset:
        try:
            name, version = parse_dataset_ref(ref)
            return self._datasets.get(name=name, version=version)
        except InvalidDataset as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, exc.code)
        except DatasetNotFound:
            await context.abort(grpc.StatusCode.NOT_FOUND, "dataset_not_found")
        raise AssertionError("unreachable")  # abort raises

    async def _dataset_spec(self, request, context) -> JobSpec:
        """The spec of a StartJob request naming a dataset (labels_csv must be empty)."""
        if request.labels_csv:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "dataset_and_labels")
        dataset = await self._dataset(request.dataset, context)
        try:
            settings = read_job_settings(request.config_yaml, multi_node=self._multi_node)
            if dataset.task == "segmentation" and settings.task != "segmentation":
                await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                    "dataset_task_mismatch: the dataset lists studies for "
                                    "segmentation (no labels); its jobs need task: segmentation")
            if settings.task == "segmentation" and not self._segmentation_masks:
                await context.abort(grpc.StatusCode.FAILED_PRECONDITION,
                                    "segmentation_masks_not_configured: set "
                                    "MEDENCLAVE_TRAINING_MASK_DIR to run segmentation jobs")
            return make_dataset_spec(
                model_name=request.model_name, dataset=dataset, settings=settings,
                epochs=request.epochs, seed=request.seed, image_size=request.image_size,
                default_epochs=self._default_epochs)
        except InvalidJob as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, exc.code)
        except InvalidJobConfig as exc:  # paths and problems only, never a value
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                "config_invalid: " + "; ".join(exc.errors[:20]))
        raise AssertionError("unreachable")

    async def CancelJob(self, request, context):
        try:
            job = self._jobs.get(job_id=request.job_id)
        except JobNotFound:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no such job")
        await self._audited(context, action="training.job.cancel", resource=job.job_id)
        for _ in range(3):  # compare-and-set: the job may move on between read and write
            try:
                changed = job.cancel(now=time.time())
            except IllegalTransition:
                await context.abort(grpc.StatusCode.FAILED_PRECONDITION, "job_finished")
            if self._jobs.replace(job=changed, expected=job.state):
                if changed.state is JobState.CANCELLED:
                    self._job_log.append(job_id=job.job_id, line="cancelled", at=time.time())
                return self._job_reply(changed)
            job = self._jobs.get(job_id=request.job_id)
        await context.abort(grpc.StatusCode.ABORTED, "job_changed")

    async def GetJobLogs(self, request, context):
        try:
            self._jobs.get(job_id=request.job_id)
        except JobNotFound:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no such job")
        return training_pb2.GetJobLogsResponse(lines=[
            training_pb2.JobLogLine(at=_ts(at), line=line)
            for at, line in self._job_log.lines(job_id=request.job_id)])
