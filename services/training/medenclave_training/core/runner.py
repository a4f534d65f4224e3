"""Running one job: assemble the dataset, train, register the model, announce it."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from medenclave import preprocess
from medenclave_training.core.evaluation import evaluate
from medenclave_training.core.governance import (
    NOT_PRIVATE,
    ModelCard,
    ModelStage,
    config_sha256,
    fail_candidate,
)
from medenclave_training.core.job_config import InvalidJobConfig, JobConfig, parse_job_config
from medenclave_training.core.jobs import Job, JobState
from medenclave_training.core.ports import (
    AnnouncementFailed,
    Announcer,
    DatasetSource,
    JobLog,
    JobStore,
    MaskSource,
    ModelCardStore,
    ModelRepository,
    ModelStore,
    RegisteredModel,
    ServingSignature,
    StudyCatalog,
    StudyUnavailable,
    TrainedModel,
    Trainer,
    TrainingCancelled,
    TrainingData,
    TrainingFailed,
    VersionTaken,
)
from medenclave_training.core.split import split_studies
from medenclave_training.core.transforms import job_chain

__all__ = ["JobRunner", "RunFailed", "job_config"]

log = logging.getLogger(__name__)

_REGISTER_ATTEMPTS = 5


def _extras(trained: TrainedModel, image_size: int,
            chain: preprocess.Chain | None = None) -> dict[str, bytes]:
    """The files saved with the model: the trainer's, and the preprocessing its inputs got
    (``chain``, by default the default chain of ``image_size``, unless the trainer saved its
    own), which inference applies to Predict's images."""
    saved = preprocess.dumps(chain or preprocess.default_chain(image_size))
    return {preprocess.PREPROCESS_FILE: saved, **trained.extras}


def _job_chain(job: Job) -> preprocess.Chain:
    """The chain every image of ``job`` gets: its config's ``transforms`` (checked again: the
    spec may come from the store), else the default chain of its image size.

    Raises:
        RunFailed: ``config_invalid``.
    """
    try:
        return job_chain(job.spec.config, job.spec.image_size)
    except InvalidJobConfig:
        raise RunFailed("config_invalid") from None


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
                 clock: Callable[[], float] = time.time, cards: ModelCardStore | None = None,
                 code_version: str = "", job_log: JobLog | None = None,
                 masks: MaskSource | None = None) -> None:
        self._jobs = jobs
        self._masks = masks
        self._studies = studies
        self._source = source
        self._trainer = trainer
        self._models = models
        self._repository = repository
        self._announcer = announcer
        self._max_batch_size = max_batch_size
        self._clock = clock
        self._cards = cards
        self._code_version = code_version
        self._log = job_log

    async def run(self, job: Job) -> Job:
        """Run ``job`` (already RUNNING in the store) to its end; never raises for a failed run.

        Returns:
            The finished job as stored.
        """
        if job.state is not JobState.RUNNING:
            raise ValueError("only RUNNING jobs are run")
        images = 0
        model: RegisteredModel | None = None
        try:
            await self._announcer.job_changed(job=job)
            await self._announcer.audit(action="training.run", resource=job.job_id,
                                        reason="started")
            config = job_config(job)
            owners: dict[str, list[str]] = {"train": [], "val": [], "test": []}
            data = await self._assemble(job, owners)
            images = len(data.train_images) + len(data.val_images) + len(data.test_images)
            data = await self._method_inputs(config, data, owners, _job_chain(job))
            trained = await self._trainer.train(data=data, epochs=job.spec.epochs,
                                                seed=job.spec.seed, job_id=job.job_id,
                                                progress=self._progress(job),
                                                config=config if job.spec.config.strip()
                                                else None)
            for line in _stop_lines(trained):
                self._note(job, line)
            self._note(job, f"validation accuracy={trained.val_accuracy:.4f}")
            if self._cancel_requested(job):
                raise TrainingCancelled
            trained = self._evaluated(job, data, trained)
            model = self._register(job, data, trained)
            await self._announcer.model_registered(model=model, platform=ServingSignature.platform)
            await self._announcer.audit(action="model.register",
                                        resource=f"{model.model_name}:{model.version}",
                                        reason="registered")
        except TrainingCancelled:
            return await self._finish_cancelled(job, images)
        except (RunFailed, StudyUnavailable, TrainingFailed) as exc:
            return await self._finish_failed(job, exc.code, images, model)
        except AnnouncementFailed:
            return await self._finish_failed(job, "announcement_failed", images, model)
        except Exception as exc:  # an unexpected fault: the job fails, the service goes on
            log.error("job failed unexpectedly", exc_info=True, extra={
                "code": "TRN-500", "fields": {"job_id": job.job_id, "error": type(exc).__name__}})
            return await self._finish_failed(job, "internal_error", images, model)

        done = job.succeed(now=self._clock(), model_version=model.version,
                           val_accuracy=trained.val_accuracy, train_loss=trained.train_loss,
                           images=images, metrics_json=_metrics_json(trained))
        if not self._jobs.replace(job=done, expected=JobState.RUNNING):
            log.warning("job changed while running", extra={
                "code": "TRN-301", "fields": {"job_id": job.job_id}})
            self._fail_candidate(model)
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

    def _note(self, job: Job, line: str) -> None:
        if self._log is not None:
            self._log.append(job_id=job.job_id, line=line, at=self._clock())

    def _cancel_requested(self, job: Job) -> bool:
        return self._jobs.get(job_id=job.job_id).cancel_requested

    def _progress(self, job: Job) -> Callable[[int, float], bool]:
        """The trainer's per-epoch hook: a log line, and False once a cancel was asked for."""
        def progress(epoch: int, loss: float) -> bool:
            self._note(job, f"epoch {epoch}/{job.spec.epochs} loss={loss:.4f}")
            return not self._cancel_requested(job)
        return progress

    async def _assemble(self, job: Job, owners: dict[str, list[str]] | None = None
                        ) -> TrainingData:
        spec = job.spec
        labels = spec.labels
        if set(labels.labels) - self._studies.available(pseudo_study_ids=labels.labels):
            raise RunFailed("studies_not_available")
        if spec.splits:  # a dataset: its split is part of its manifest
            by_side = {side: tuple(sorted(s for s, v in spec.splits.items() if v == side))
                       for side in ("train", "val", "test")}
        else:
            known = self._studies.describe(pseudo_study_ids=labels.labels)
            split = split_studies(labels, val_fraction=spec.val_fraction, seed=spec.seed,
                                  patients={s: a.pseudo_patient_id for s, a in known.items()})
            by_side = {"train": split.train, "val": split.val, "test": ()}
        sides: dict[str, tuple[list, list]] = {"train": ([], []), "val": ([], []),
                                                "test": ([], [])}
        chain = _job_chain(job)
        for side, studies in by_side.items():
            images, targets = sides[side]
            for study in studies:
                fetched = await self._source.images(pseudo_study_id=study,
                                                    image_size=spec.image_size, chain=chain)
                if not fetched:
                    raise StudyUnavailable("study_has_no_images")
                images.extend(fetched)
                targets.extend([labels.labels[study]] * len(fetched))
                if owners is not None:  # which study each image is of (_method_inputs)
                    owners[side].extend([study] * len(fetched))
        if not sides["val"][0]:
            raise RunFailed("no_validation_studies")
        return TrainingData(train_images=sides["train"][0], train_labels=sides["train"][1],
                            val_images=sides["val"][0], val_labels=sides["val"][1],
                            num_classes=labels.num_classes, image_size=spec.image_size,
                            test_images=sides["test"][0], test_labels=sides["test"][1])

    async def _method_inputs(self, config: JobConfig, data: TrainingData,
                             owners: dict[str, list[str]], chain: preprocess.Chain
                             ) -> TrainingData:
        """What the task needs beyond images: the patient of every image (few-shot episodes
        are drawn by patient) or its study's de-identified report text (fusion)."""
        studies = sorted({s for side in owners.values() for s in side})
        if config.task == "fewshot":
            known = self._studies.describe(pseudo_study_ids=studies)
            patient = {s: (known[s].pseudo_patient_id if s in known else "") or s
                       for s in studies}
            return replace(data, train_patients=[patient[s] for s in owners["train"]],
                           val_patients=[patient[s] for s in owners["val"]],
                           test_patients=[patient[s] for s in owners["test"]])
        if config.task == "fusion":
            text = {s: await self._source.report(pseudo_study_id=s) for s in studies}
            if not any(t.strip() for t in text.values()):
                raise RunFailed("report_text_missing")
            return replace(data, train_texts=[text[s] for s in owners["train"]],
                           val_texts=[text[s] for s in owners["val"]],
                           test_texts=[text[s] for s in owners["test"]])
        if config.task == "segmentation":
            return await self._with_masks(data, owners, chain)
        return data

    async def _with_masks(self, data: TrainingData, owners: dict[str, list[str]],
                          chain: preprocess.Chain) -> TrainingData:
        """Segmentation: each image's mask from the mask source (one per image, in the
        order of the study's images, in the geometry ``chain`` gives the images); none
        configured fails ``segmentation_masks_missing``, a count that differs
        ``segmentation_mask_count_mismatch``."""
        if self._masks is None:
            raise RunFailed("segmentation_masks_missing")
        counts = Counter(s for side in owners.values() for s in side)
        of = {s: await self._masks.masks(pseudo_study_id=s, image_size=data.image_size,
                                         chain=chain)
              for s in sorted(counts)}
        if any(len(of[s]) != n for s, n in counts.items()):
            raise RunFailed("segmentation_mask_count_mismatch")
        # a study's images are together on one side, in the order the source gave them
        sides = {side: [m for s in dict.fromkeys(studies) for m in of[s]]
                 for side, studies in owners.items()}
        return replace(data, train_masks=sides["train"], val_masks=sides["val"],
                       test_masks=sides["test"])

    def _evaluated(self, job: Job, data: TrainingData, trained: TrainedModel) -> TrainedModel:
        """The trained model with the evaluation's metrics: on the test split when there is
        one, else on validation; the operating point is always chosen on validation."""
        if trained.val_probabilities is None:
            return trained
        evaluated = trained.val_probabilities
        on_test = bool(len(data.test_images)) and trained.test_probabilities is not None
        if on_test and trained.test_probabilities is not None:
            evaluated = trained.test_probabilities
        try:
            metrics = evaluate(
                probabilities=evaluated,
                labels=data.test_labels if on_test else data.val_labels,
                val_probabilities=trained.val_probabilities, val_labels=data.val_labels,
                num_classes=data.num_classes, split="test" if on_test else "validation")
        except ValueError:
            log.warning("evaluation skipped", extra={
                "code": "TRN-340", "fields": {"job_id": job.job_id}})
            return trained
        return replace(trained, metrics={**trained.metrics, **metrics})

    def _register(self, job: Job, data: TrainingData, trained: TrainedModel) -> RegisteredModel:
        name = job.spec.model_name
        signature = ServingSignature(model_name=name, image_size=data.image_size,
                                     num_classes=trained.num_classes or data.num_classes,
                                     max_batch_size=self._max_batch_size,
                                     text_length=trained.text_length,
                                     segmentation=trained.segmentation,
                                     dims=_input_dims(data))
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
        served = self._cards.served(model_name=name) if self._cards is not None else 0
        extras = _extras(trained, data.image_size, _job_chain(job))
        try:
            self._repository.publish(signature=signature, version=version, onnx=trained.onnx,
                                     served=served, extras=extras)
        except OSError:
            self._models.discard(model_name=name, version=version)
            raise RunFailed("repository_write_failed") from None
        if self._cards is not None:
            self._cards.add(card=self._candidate(job, model, trained))
        return model

    async def _finish_cancelled(self, job: Job, images: int) -> Job:
        """CANCELLED: no model, no event; the audit trail records it."""
        done = job.cancelled(now=self._clock(), images=images)
        if not self._jobs.replace(job=done, expected=JobState.RUNNING):
            return self._jobs.get(job_id=job.job_id)
        self._note(job, "cancelled")
        log.info("job cancelled", extra={"code": "TRN-140", "fields": {"job_id": job.job_id}})
        try:
            await self._announcer.audit(action="training.run", resource=job.job_id,
                                        reason="cancelled")
        except AnnouncementFailed:
            log.error("job end not announced", extra={
                "code": "TRN-302", "fields": {"job_id": job.job_id}})
        return done

    def _candidate(self, job: Job, model: RegisteredModel, trained: TrainedModel) -> ModelCard:
        """The new version's card: a candidate, with its lineage and evaluation."""
        metrics = dict(trained.metrics)
        privacy = metrics.pop("privacy", "")
        return ModelCard(
            model_name=model.model_name, version=model.version, job_id=job.job_id,
            stage=ModelStage.CANDIDATE, trained_by=job.requested_by,
            registered_at=model.registered_at, onnx_sha256=model.onnx_sha256,
            metrics=metrics, config_sha256=config_sha256(job.spec),
            code_version=self._code_version,
            # the datasets branch's lineage, where the job has it
            dataset=str(_lineage(job, "dataset")),
            dataset_version=str(_lineage(job, "dataset_version")),
            manifest_sha256=str(_lineage(job, "manifest_sha256")),
            privacy=privacy_text(privacy))

    def _fail_candidate(self, model: RegisteredModel | None) -> None:
        if model is None or self._cards is None:
            return
        try:
            if fail_candidate(self._cards, model_name=model.model_name, version=model.version):
                log.warning("candidate of a failed job marked failed", extra={
                    "code": "TRN-341", "fields": {"model": model.model_name,
                                                  "version": model.version}})
        except Exception as exc:  # the store is down: the candidate stays, never served
            log.error("candidate not marked failed", extra={
                "code": "TRN-342", "fields": {"model": model.model_name,
                                              "version": model.version,
                                              "error": type(exc).__name__}})

    async def _finish_failed(self, job: Job, code: str, images: int,
                             model: RegisteredModel | None = None) -> Job:
        self._fail_candidate(model)
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


def job_config(job: Job) -> JobConfig:
    """The job's config (validated at StartJob; the defaults when it has none).

    Raises:
        RunFailed: ``config_invalid`` (it no longer parses, e.g. after an upgrade).
    """
    try:
        return parse_job_config(job.spec.config.encode("utf-8"))
    except InvalidJobConfig:
        raise RunFailed("config_invalid") from None


def _lineage(job: Job, name: str) -> str:
    """A lineage field of the job (dataset, version, manifest hash); "" where jobs have none."""
    value = getattr(job, name, "") or getattr(job.spec, name, "")
    return str(value or "")
def privacy_text(privacy: object) -> str:
    """The card's privacy guarantee: the trainer's DP-SGD account (``{"dp": true, "epsilon",
    "delta", "accountant", ...}``) as sorted JSON, or the plain statement that there is none."""
    if isinstance(privacy, dict):
        return json.dumps(privacy, sort_keys=True, default=str) if privacy.get("dp") \
            else NOT_PRIVATE
    return str(privacy) if privacy else NOT_PRIVATE


def _input_dims(data: TrainingData) -> int:
    """The spatial dimensions of the model's input: 3 for ``[1, S, S, S]`` volumes."""
    first = data.val_images[0] if len(data.val_images) else None
    return 3 if first is not None and getattr(first, "ndim", 3) == 4 else 2


def _stop_lines(trained: TrainedModel) -> list[str]:
    """The job log's line about early stopping, when the run stopped early."""
    runtime = (getattr(trained, "metrics", None) or {}).get("runtime") or {}
    if not isinstance(runtime, dict) or not runtime.get("stopped_early"):
        return []
    return [f"stopped early after epoch {runtime.get('epochs_run')}/{runtime.get('epochs')}: "
            f"validation loss did not improve (best {runtime.get('best_val_loss')})"]


def _metrics_json(trained: TrainedModel) -> str:
    """The job's metrics: validation accuracy, training loss, and the trainer's evaluation."""
    metrics = {"val_accuracy": trained.val_accuracy, "train_loss": trained.train_loss}
    metrics.update(getattr(trained, "metrics", None) or {})
    return json.dumps(metrics, sort_keys=True, default=str)
