"""Jobs by dataset: a StartJob request naming ``NAME[:VERSION]`` and a job config becomes a
job spec over the dataset's members and their fixed split. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from medenclave_training.core.datasets import Dataset
from medenclave_training.core.job_config import (
    EvaluationConfig,
    InvalidJobConfig,
    JobConfig,
    ModelConfig,
    parse_job_config,
    read_job_document,
)
from medenclave_training.core.job_queue import read_queue
from medenclave_training.core.jobs import DEFAULT_IMAGE_SIZE, MODEL_NAME, InvalidJob, JobSpec
from medenclave_training.core.labels import LabelSet
from medenclave_training.core.runtime import (
    DEFAULT_CHECKPOINT_EVERY,
    InvalidRuntimeOptions,
    RuntimeOptions,
)
from medenclave_training.core.transforms import MASKLESS_STEPS, job_chain

__all__ = ["JobSettings", "make_dataset_spec", "read_job_settings", "runtime_document"]

#: the tasks whose job config's optimizer, lr_schedule and early_stopping are run (in the
#: service's process or, for classification, under torchrun: the same loop)
_OPTIM_TASKS = ("classification", "segmentation")
#: why a path is refused, where the path alone does not say it
_WHY = {
    "distributed.nnodes": "several nodes run as Kubernetes jobs: "
                          "MEDENCLAVE_TRAINING_LAUNCHER=kubernetes",
    "distributed.nproc_per_node": "several processes train classification only",
    "data.dims": "3-D data trains classification in one process only",
    "privacy": "DP-SGD trains classification only",
    "training.amp": "mixed precision trains classification only",
    "training.gradient_checkpointing": "classification only",
    "training.optimizer": "few-shot and fusion train with their own loop",
    "training.lr_schedule": "few-shot and fusion train with their own loop",
    "training.early_stopping": "few-shot and fusion train with their own loop",
    "transforms": "segmentation masks follow resize and pad_or_crop, not spacing or orientation",
}

@dataclass(frozen=True)
class JobSettings:
    """The job-config keys the job service applies (None: not given)."""

    epochs: int | None = None
    seed: int | None = None
    image_size: int | None = None
    #: the config's ``task`` (the job service refuses segmentation without a mask source)
    task: str = "classification"
    #: the config document as given (UTF-8 YAML), kept on the job spec
    text: str = field(default="", compare=False)


def read_job_settings(data: bytes, *, multi_node: bool = False) -> JobSettings:
    """A job config (YAML) validated whole by :func:`~medenclave_training.core.job_config.
    parse_job_config`, the runtime's cross-checks and the ``queue`` block; the job service
    applies ``training.epochs``, ``training.seed`` and ``data.image_size`` to the spec, and
    the runner the rest of the config (task, model, runtime options, privacy, distributed,
    ``transforms`` through :func:`~medenclave_training.core.transforms.job_chain`).
    What it does not run yet is refused, rather than ignored.

    Raises:
        InvalidJobConfig: every problem of the document (``"path: problem"``), or the paths
            the job service does not run yet (``"path: not run by the job service yet"``):
            ``spacing``/``orientation`` transforms for segmentation (the masks would not
            follow them), 3-D data outside classification in one process, an
            ``evaluation`` block, a ``distributed.backend``
            other than auto, ``distributed.nnodes`` above 1 (multi-node runs are
            Kubernetes jobs: deploy/k8s); privacy, amp, gradient checkpointing and more than
            one process for tasks other than classification; optimisers other than adam, lr
            schedules and early stopping for few-shot and fusion (their own loops; under
            torchrun and on Kubernetes classification runs them); a ``model`` block for few-shot
            and fusion (they build their own encoders). With ``multi_node`` (the service
            launches Kubernetes jobs: ``MEDENCLAVE_TRAINING_LAUNCHER=kubernetes``),
            ``distributed.nnodes`` above 1 is run for classification.
    """
    if not data.strip():
        return JobSettings()
    doc = read_job_document(data)
    config = parse_job_config(doc)
    _, _, errors = read_queue(doc)
    try:
        RuntimeOptions.from_dict(runtime_document(config))
    except InvalidRuntimeOptions as exc:
        errors += exc.errors
    errors += [_refusal(p) for p in _unserved(config)
               if not (multi_node and p == "distributed.nnodes"
                       and config.task == "classification")]
    if errors:
        raise InvalidJobConfig(errors)
    training, data_ = doc.get("training") or {}, doc.get("data") or {}
    return JobSettings(epochs=training.get("epochs"), seed=training.get("seed"),
                       image_size=data_.get("image_size"), task=config.task,
                       text=data.decode("utf-8"))


def _refusal(path: str) -> str:
    why = _WHY.get(path)
    return f"{path}: not run by the job service yet" + (f" ({why})" if why else "")


def runtime_document(config: JobConfig, *, checkpoint_every: int = DEFAULT_CHECKPOINT_EVERY
                     ) -> dict[str, Any]:
    """The config's runtime blocks, defaults filled in, as
    :meth:`~medenclave_training.core.runtime.RuntimeOptions.from_dict` reads them."""
    training = config.training
    doc: dict[str, Any] = {
        "training": {"amp": training.amp,
                     "gradient_checkpointing": training.gradient_checkpointing,
                     "checkpoint_every": checkpoint_every},
        "distributed": {"nproc_per_node": config.distributed.nproc_per_node,
                        "nnodes": config.distributed.nnodes}}
    if config.privacy is not None:
        doc["privacy"] = {"target_epsilon": config.privacy.target_epsilon,
                          "delta": config.privacy.delta,
                          "max_grad_norm": config.privacy.max_grad_norm}
    return doc


def _unserved(config: JobConfig) -> list[str]:
    """The paths of ``config`` the job service does not run yet."""
    return [path for path, given in (
        ("transforms", config.task == "segmentation" and any(
            step.get("name") in MASKLESS_STEPS for step in config.transforms)),
        ("distributed.nnodes", config.distributed.nnodes > 1),
        ("distributed.backend", config.distributed.backend != "auto"),
        ("evaluation", config.evaluation != EvaluationConfig()),
        ("model", config.task in ("fewshot", "fusion") and config.model != ModelConfig()),
        ("privacy", config.privacy is not None and config.task != "classification"),
        ("training.amp", config.training.amp != "off" and config.task != "classification"),
        ("training.gradient_checkpointing",
         config.training.gradient_checkpointing and config.task != "classification"),
        ("distributed.nproc_per_node",
         config.distributed.nproc_per_node > 1 and config.task != "classification"))
        if given] + _unserved_optim(config) + _unserved_dims(config)


def _unserved_dims(config: JobConfig) -> list[str]:
    """3-D data (a study's series as one volume): classification in one process only."""
    three_d = config.data.dims == 3
    return ["data.dims"] if three_d and (
        config.task != "classification" or config.distributed.nproc_per_node > 1) else []


def _unserved_optim(config: JobConfig) -> list[str]:
    """Optimiser, lr schedule and early stopping: run by the training loop (classification
    in the service's process, under torchrun or on Kubernetes; segmentation in the service's
    process); few-shot and fusion have their own loops."""
    training = config.training
    elsewhere = config.task not in _OPTIM_TASKS
    return [path for path, given in (
        ("training.optimizer", training.optimizer != "adam"),
        ("training.lr_schedule", training.lr_schedule != "constant"),
        ("training.early_stopping", training.early_stopping is not None)) if given and elsewhere]


def make_dataset_spec(*, model_name: str, dataset: Dataset, settings: JobSettings,
                      epochs: int, seed: int, image_size: int, default_epochs: int) -> JobSpec:
    """A job spec over ``dataset``: train on its train split, validate on val, test on test.

    The request's own fields win over the config's when both are given (non-zero).

    Raises:
        InvalidJob: ``model_name_invalid``, ``epochs_invalid``, ``image_size_invalid``.
        InvalidJobConfig: the config's transforms do not give inputs of ``image_size``
            (checked here, where the image size is final, so the job is refused at StartJob).
    """
    if not MODEL_NAME.match(model_name or ""):
        raise InvalidJob("model_name_invalid")
    epochs = epochs or settings.epochs or default_epochs
    if not 1 <= epochs <= 1000:
        raise InvalidJob("epochs_invalid")
    image_size = image_size or settings.image_size or DEFAULT_IMAGE_SIZE
    if not 16 <= image_size <= 512:
        raise InvalidJob("image_size_invalid")
    job_chain(settings.text, image_size)
    return JobSpec(
        model_name=model_name,
        labels=LabelSet(labels={m.study: m.label for m in dataset.members}),
        epochs=epochs, seed=seed or settings.seed or 0, image_size=image_size,
        dataset=dataset.name, dataset_version=dataset.version,
        manifest_sha256=dataset.manifest_sha256,
        splits={m.study: m.split for m in dataset.members}, config=settings.text)
