"""Wiring: settings → stores → core → gRPC and NATS. ``python -m medenclave_training``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket

import grpc

from medenclave import telemetry
from medenclave.config import database_url_for, load_settings
from medenclave.security.crypto import EnvelopeCipher, FileKeyEncryptionKey
from medenclave.service import Service, ServiceContext, run
from medenclave.storage import make_engine
from medenclave.v1 import training_pb2, training_pb2_grpc
from medenclave_training.adapters.inbound.consumer import (
    DEID_COMPLETED_DURABLE,
    StudyDeidentifiedHandler,
)
from medenclave_training.adapters.inbound.grpc_api import TrainingServicer
from medenclave_training.adapters.outbound.build_info import code_version
from medenclave_training.adapters.outbound.checkpoints import CheckpointStore
from medenclave_training.adapters.outbound.deid_client import DeidDatasetSource
from medenclave_training.adapters.outbound.k8s_api import KubernetesApi
from medenclave_training.adapters.outbound.k8s_job import KubernetesJobs
from medenclave_training.adapters.outbound.k8s_objects import LaunchSettings
from medenclave_training.adapters.outbound.launcher import JobLauncher
from medenclave_training.adapters.outbound.mask_files import MaskFiles
from medenclave_training.adapters.outbound.onnx_check import instance_kind
from medenclave_training.adapters.outbound.publisher import BusAnnouncer
from medenclave_training.adapters.outbound.seg_masks import DicomSegMasks, FileThenSegMasks
from medenclave_training.adapters.outbound.sql_cards import SqlModelCardStore
from medenclave_training.adapters.outbound.sql_datasets import SqlDatasetStore, SqlJobLog
from medenclave_training.adapters.outbound.sql_leases import SqlJobLeases
from medenclave_training.adapters.outbound.sql_store import (
    SqlJobStore,
    SqlModelStore,
    SqlStudyCatalog,
    create_tables,
)
from medenclave_training.adapters.outbound.sql_terminology import SqlTerminologyStore
from medenclave_training.adapters.outbound.torch_trainer import TorchTrainer
from medenclave_training.adapters.outbound.torchrun_job import (
    TorchrunFolders,
    remove_stale_runs,
)
from medenclave_training.adapters.outbound.triton_repository import TritonModelRepository
from medenclave_training.config import TrainingSettings
from medenclave_training.core.dataset_builder import DatasetBuilder
from medenclave_training.core.governance import ModelGovernance
from medenclave_training.core.job_queue import QueueLimits
from medenclave_training.core.jobs import Job, JobState
from medenclave_training.core.leases import LeaseKeeper
from medenclave_training.core.legacy_cards import adopt_legacy_versions
from medenclave_training.core.model_retention import RetiredModelRetention
from medenclave_training.core.ports import AnnouncementFailed, MaskSource
from medenclave_training.core.runner import JobRunner
from medenclave_training.core.runtime import RuntimeOptions
from medenclave_training.core.scheduler import JobScheduler

__all__ = ["TrainingService", "main"]

log = logging.getLogger(__name__)


def _kubernetes_jobs(settings: TrainingSettings) -> KubernetesJobs | None:
    """The launcher of multi-node jobs (``launcher: kubernetes``), else None (refused)."""
    if settings.launcher != "kubernetes":
        return None
    api = KubernetesApi(settings.k8s_api_url, token_file=settings.k8s_token_file,
                        ca_file=settings.k8s_ca_file, attempts=settings.k8s_api_attempts)
    return KubernetesJobs(api, LaunchSettings(
        namespace=settings.k8s_namespace, image=settings.k8s_image,
        gpu_resource=settings.k8s_gpu_resource, jobs_claim=settings.k8s_jobs_claim,
        jobs_dir=str(settings.k8s_jobs_dir)), poll_s=settings.k8s_poll_interval_s,
        timeout_s=settings.k8s_job_timeout_s)


class TrainingService(Service):
    name = "training"

    def __init__(self, settings: TrainingSettings) -> None:
        self.settings = settings
        self.engine = make_engine(database_url_for(settings, "training"),
                                  schema=settings.database_schema)
        create_tables(self.engine)
        self.jobs = SqlJobStore(self.engine)
        self.studies = SqlStudyCatalog(self.engine)
        self.models = SqlModelStore(self.engine)
        self.cards = SqlModelCardStore(self.engine)
        self.datasets = SqlDatasetStore(self.engine)
        self.job_log = SqlJobLog(self.engine)
        #: SNOMED CT and the label map (``medenclave terminology``; ``datasets create`` codes labels)
        self.terminology = SqlTerminologyStore(self.engine)
        self.repository = TritonModelRepository(
            settings.repository_path(),
            instance_kind=instance_kind(settings.serving_instance_kind))
        home = settings.service_dir("training")
        #: multi-node jobs (``LAUNCHER=kubernetes``); their checkpoints are on the jobs claim
        self.k8s_jobs = _kubernetes_jobs(settings)
        self.checkpoints = CheckpointStore(
            home / "checkpoints", EnvelopeCipher(FileKeyEncryptionKey(home / "keys")))
        self.trainer = TorchTrainer(
            torch_threads=settings.torch_threads, checkpoints=self.checkpoints.for_job,
            runtime=RuntimeOptions(amp="fp16" if settings.amp else "off",
                                   checkpoint_every=settings.checkpoint_every),
            cuda_only_amp=True,
            multi_node=self.k8s_jobs.train if self.k8s_jobs is not None else None,
            torchrun_folders=TorchrunFolders(checkpoints=home / "checkpoints", keys=home / "keys",
                                             runs=home / "torchrun"))
        owner = settings.replica_id or \
            f"{socket.gethostname()[:60]}-{os.getpid()}-{secrets.token_hex(4)}"
        self.leases = LeaseKeeper(jobs=self.jobs, leases=SqlJobLeases(self.engine), owner=owner,
                                  ttl_s=settings.lease_ttl_s)
        self.scheduler = JobScheduler(
            jobs=self.jobs, studies=self.studies,
            limits=QueueLimits(max_running=settings.max_running_jobs,
                               project_gpus=settings.project_gpu_quota))
        #: segmentation masks (``MASK_DIR``, ``SEG_MASKS``); None: StartJob refuses them
        self.masks: MaskSource | None = MaskFiles(
            settings.mask_dir, max_bytes=settings.mask_max_bytes) \
            if settings.mask_dir is not None else None
        self._deid_channel: grpc.aio.Channel | None = None
        self._ctx: ServiceContext | None = None
        self._sweeper: asyncio.Task | None = None
        self._retention: asyncio.Task | None = None
        self.model_retention: RetiredModelRetention | None = None
        self.announcer: BusAnnouncer | None = None
        self.launcher: JobLauncher | None = None
        self.governance: ModelGovernance | None = None

    def _finished(self, job_id: str) -> None:
        """A job ended here: drop its checkpoint; the queue's next jobs may start."""
        self.checkpoints.discard(job_id)
        if self.k8s_jobs is not None:
            self.k8s_jobs.discard_checkpoints(job_id)
        self._start_queued()

    def _start_queued(self) -> None:
        if self.launcher is None:
            raise RuntimeError("used before start()")
        for job in self.scheduler.start_queued(trace_id=telemetry.current_trace_id()):
            self.launcher.launch(job)

    def _deid(self) -> grpc.aio.Channel:
        if self._deid_channel is None:
            if self._ctx is None:
                raise RuntimeError("used before start()")
            self._deid_channel = self._ctx.channel(self.settings.deid_endpoint)
        return self._deid_channel

    def register(self, ctx: ServiceContext) -> None:
        self._ctx = ctx
        self.announcer = BusAnnouncer(bus=lambda: ctx.bus, audit=lambda: ctx.audit)
        source = DeidDatasetSource(channel=self._deid)
        if self.settings.seg_masks:  # the SEG objects deid released with the studies
            segs = DicomSegMasks(source.instances, max_bytes=self.settings.mask_max_bytes)
            self.masks = segs if self.masks is None else FileThenSegMasks(self.masks, segs)
        runner = JobRunner(jobs=self.jobs, studies=self.studies, source=source,
                           trainer=self.trainer, models=self.models,
                           repository=self.repository, announcer=self.announcer,
                           cards=self.cards, code_version=code_version(),
                           job_log=self.job_log, masks=self.masks)
        self.launcher = JobLauncher(runner, leases=self.leases, finished=self._finished)
        self.governance = ModelGovernance(cards=self.cards, repository=self.repository,
                                          announcer=self.announcer)
        servicer = TrainingServicer(scheduler=self.scheduler, jobs=self.jobs,
                                    models=self.models, launcher=self.launcher,
                                    audit=lambda: ctx.audit,
                                    default_epochs=self.settings.default_epochs,
                                    default_wait_timeout_s=self.settings.wait_timeout_s,
                                    governance=self.governance, cards=self.cards,
                                    datasets=self.datasets, job_log=self.job_log,
                                    multi_node=self.settings.launcher == "kubernetes",
                                    segmentation_masks=self.masks is not None,
                                    builder=DatasetBuilder(studies=self.studies,
                                                           inspector=source,
                                                           datasets=self.datasets,
                                                           terminology=self.terminology))
        ctx.add_servicer(training_pb2_grpc.add_TrainingServiceServicer_to_server, servicer,
                         training_pb2.DESCRIPTOR.services_by_name["TrainingService"])

    async def start(self, ctx: ServiceContext) -> None:
        if ctx.bus is None or self.launcher is None:
            raise RuntimeError("used before start()")
        with telemetry.tracer("medenclave.training").start_as_current_span("training.resume"):
            if self.governance is not None and self.announcer is not None:
                # versions from before governance get their cards first (core/legacy_cards.py)
                await adopt_legacy_versions(
                    models=self.models, cards=self.cards, jobs=self.jobs,
                    served_before=lambda name: self.repository.served(model_name=name),
                    announcer=self.announcer)
                self.governance.reconcile()  # config.pbtxt names what the store serves
            active = {j.job_id for state in (JobState.RUNNING, JobState.QUEUED)
                      for j in self.jobs.in_state(state=state)}
            stale = remove_stale_runs(self.settings.service_dir("training") / "torchrun",
                                      active=active)
            if stale:
                log.info("stale torchrun run folders removed", extra={
                    "code": "TRN-034", "fields": {"folders": stale}})
            if self.k8s_jobs is not None:
                self.k8s_jobs.remove_stale_checkpoints(active=active)
            self._adopt()
            for job in self.scheduler.start_ready(trace_id=telemetry.current_trace_id()):
                self.launcher.launch(job)
        ctx.bus.consume(DEID_COMPLETED_DURABLE,
                        StudyDeidentifiedHandler(scheduler=self.scheduler, launcher=self.launcher))
        self._sweeper = asyncio.create_task(self._sweep(), name="training-wait-sweeper")
        self.model_retention = RetiredModelRetention(
            models=self.models, cards=self.cards, repository=self.repository,
            audit=lambda: ctx.audit)
        self._retention = asyncio.create_task(self._retention_forever(),
                                              name="training-model-retention")

    async def _retention_forever(self) -> None:
        """The models retention sweep (core/model_retention.py), every interval."""
        days = self.settings.model_retention_days
        while True:
            try:
                if self.model_retention is not None:
                    removed = await self.model_retention.expire(retention_days=days)
                    if removed:
                        log.info("retired model versions removed", extra={
                            "code": "TRN-150", "fields": {"versions": removed,
                                                         "model_retention_days": days}})
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # audit or storage down: the next sweep goes on
                log.warning("models retention sweep failed", extra={
                    "code": "TRN-404", "fields": {"error": type(exc).__name__}})
            await asyncio.sleep(self.settings.retention_sweep_interval_s)

    def _adopt(self) -> None:
        """Run again the RUNNING jobs whose replica is gone (their lease expired): each
        resumes from its last checkpoint."""
        if self.launcher is None:
            raise RuntimeError("used before start()")
        for job in self.leases.adopt_orphans():
            if self.launcher.holds(job.job_id):
                continue  # ours, running here: the lease was only renewed
            log.warning("job taken over from a replica that stopped", extra={
                "code": "TRN-401", "fields": {"job_id": job.job_id}})
            self.launcher.launch(job)

    async def _sweep(self) -> None:
        """Fail WAITING jobs whose studies did not arrive in time; take over RUNNING jobs
        whose replica stopped renewing their lease."""
        while True:
            try:
                self._adopt()
                self._start_queued()
                for job in self.scheduler.expire_overdue():
                    log.warning("job gave up waiting for studies", extra={
                        "code": "TRN-402", "fields": {"job_id": job.job_id}})
                    await self._announce_failed(job)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the store is down: try again next round
                log.warning("wait sweep failed", extra={
                    "code": "TRN-403", "fields": {"error": type(exc).__name__}})
            await asyncio.sleep(self.settings.sweep_interval_s)

    async def _announce_failed(self, job: Job) -> None:
        if self.announcer is None:
            raise RuntimeError("used before start()")
        try:
            await self.announcer.job_changed(job=job)
        except AnnouncementFailed:
            log.error("job end not announced", extra={
                "code": "TRN-302", "fields": {"job_id": job.job_id}})

    async def stop(self) -> None:
        for task in (self._sweeper, self._retention):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self.launcher is not None:
            await self.launcher.close()
        if self._deid_channel is not None:
            await self._deid_channel.close()
        self.engine.dispose()


def main() -> None:
    settings = load_settings(TrainingSettings)
    run(lambda: TrainingService(settings), settings)  # built after the start-up file check


if __name__ == "__main__":
    main()
