"""Running one job: assemble the dataset, train, register the model, announce it."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable

from medenclave_training.core.jobs import Job, JobState
from medenclave_training.core.ports import (
    AnnouncementFailed,
    Announcer,
    DatasetSource,
    JobStore,
    ModelRepository,
    ModelStore,
    RegisteredModel,
    ServingSignature,
    StudyCatalog,
    StudyUnavailable,
    TrainedModel,
    Trainer,
    TrainingData,
    TrainingFailed,
    VersionTaken,
)
from medenclave_training.core.split import split_studies

__all__ = ["JobRunner", "RunFailed"]

log = logging.getLogger(__name__)

_REGISTER_ATTEMPTS = 5


class RunFailed(Exception):
    """The run stopped; ``code`` becomes the job's error_code."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class JobRunner:
    """Runs RUNNING jobs to SUCCEEDED or FAILED."""

    def __init__(self, *, jobs: JobStore, studies: StudyCatalog, source: DatasetSource,
                 trainer: Trainer, models: ModelStore, repository: ModelRepository,
                 announcer: Announcer, max_batch_size: int = 32,
                 clock: Callable[[], float] = time.time) -> None:
        self._jobs = jobs
        self._studies = studies
        self._source = source
        self._trainer = trainer
        self._models = models
        self._repository = repository
        self._announcer = announcer
        self._max_batch_size = max_batch_size
        self._clock = clock

    async def run(self, job: Job) -> Job:
        """Run ``job`` (already RUNNING in the store) to its end; never raises for a failed run.

        Returns:
            The finished job as stored.
        """
        if job.state is not JobState.RUNNING:
            raise ValueError("only RUNNING jobs are run")
        images = 0
        try:
            await self._announcer.job_changed(job=job)
            await self._announcer.audit(action="training.run", resource=job.job_id,
                                        reason="started")
            data = await self._assemble(job)
            images = len(data.train_images) + len(data.val_images)
            trained = await self._trainer.train(data=data, epochs=job.spec.epochs,
                                                seed=job.spec.seed, job_id=job.job_id)
            model = await self._register(job, data, trained)
        except (RunFailed, StudyUnavailable, TrainingFailed) as exc:
            return await self._finish_failed(job, exc.code, images)
        except AnnouncementFailed:
            return await self._finish_failed(job, "announcement_failed", images)
        except Exception as exc:  # an unexpected fault: the job fails, the service goes on
            log.error("job failed unexpectedly", exc_info=True, extra={
                "code": "TRN-500", "fields": {"job_id": job.job_id, "error": type(exc).__name__}})
            return await self._finish_failed(job, "internal_error", images)

        done = job.succeed(now=self._clock(), model_version=model.version,
                           val_accuracy=trained.val_accuracy, train_loss=trained.train_loss,
                           images=images)
        if not self._jobs.replace(job=done, expected=JobState.RUNNING):
            log.warning("job changed while running", extra={
                "code": "TRN-301", "fields": {"job_id": job.job_id}})
            return self._jobs.get(job_id=job.job_id)
        log.info("job succeeded", extra={"code": "TRN-200", "fields": {
            "job_id": job.job_id, "model": model.model_name, "version": model.version,
            "val_accuracy": round(trained.val_accuracy, 4), "images": images}})
        try:
            await self._announcer.job_changed(job=done)
            await self._announcer.audit(action="training.run", resource=job.job_id,
                                        reason="succeeded")
        except AnnouncementFailed:
            log.error("job end not announced", extra={
                "code": "TRN-302", "fields": {"job_id": job.job_id}})
        return done

    async def _assemble(self, job: Job) -> TrainingData:
        spec = job.spec
        labels = spec.labels
        if set(labels.labels) - self._studies.available(pseudo_study_ids=labels.labels):
            raise RunFailed("studies_not_available")
        split = split_studies(labels, val_fraction=spec.val_fraction, seed=spec.seed)
        sides: dict[str, tuple[list, list]] = {"train": ([], []), "val": ([], [])}
        for side, studies in (("train", split.train), ("val", split.val)):
            images, targets = sides[side]
            for study in studies:
                fetched = await self._source.images(pseudo_study_id=study,
                                                    image_size=spec.image_size)
                if not fetched:
                    raise StudyUnavailable("study_has_no_images")
                images.extend(fetched)
                targets.extend([labels.labels[study]] * len(fetched))
        if not sides["val"][0]:
            raise RunFailed("no_validation_studies")
        return TrainingData(train_images=sides["train"][0], train_labels=sides["train"][1],
                            val_images=sides["val"][0], val_labels=sides["val"][1],
                            num_classes=labels.num_classes, image_size=spec.image_size)

    async def _register(self, job: Job, data: TrainingData,
                        trained: TrainedModel) -> RegisteredModel:
        name = job.spec.model_name
        signature = ServingSignature(model_name=name, image_size=data.image_size,
                                     num_classes=data.num_classes,
                                     max_batch_size=self._max_batch_size)
        digest = hashlib.sha256(trained.onnx).hexdigest()
        for _ in range(_REGISTER_ATTEMPTS):
            version = max(self._models.latest_version(model_name=name),
                          self._repository.latest_version(model_name=name)) + 1
            model = RegisteredModel(model_name=name, version=version, job_id=job.job_id,
                                    val_accuracy=trained.val_accuracy, onnx_sha256=digest,
                                    registered_at=self._clock(),
                                    dataset_studies=tuple(job.spec.labels.studies))
            try:
                self._models.add(model=model)
            except VersionTaken:
                continue
            break
        else:
            raise RunFailed("model_version_conflict")
        try:
            self._repository.publish(signature=signature, version=version, onnx=trained.onnx)
        except OSError:
            self._models.discard(model_name=name, version=version)
            raise RunFailed("repository_write_failed") from None
        await self._announcer.model_registered(model=model, platform=signature.platform)
        await self._announcer.audit(action="model.register", resource=f"{name}:{version}",
                                    reason="registered")
        return model

    async def _finish_failed(self, job: Job, code: str, images: int) -> Job:
        done = job.fail(code=code, now=self._clock(), images=images)
        if not self._jobs.replace(job=done, expected=JobState.RUNNING):
            return self._jobs.get(job_id=job.job_id)
        log.warning("job failed", extra={"code": "TRN-400", "fields": {
            "job_id": job.job_id, "error_code": code}})
        try:
            await self._announcer.job_changed(job=done)
            await self._announcer.audit(action="training.run", resource=job.job_id,
                                        outcome="failure", reason=code)
        except AnnouncementFailed:
            log.error("job end not announced", extra={
                "code": "TRN-302", "fields": {"job_id": job.job_id}})
        return done
