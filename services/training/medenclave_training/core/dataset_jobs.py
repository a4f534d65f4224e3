"""Jobs by dataset: a StartJob request naming ``NAME[:VERSION]`` and a job config becomes a
job spec over the dataset's members and their fixed split. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from medenclave_training.core.datasets import Dataset
from medenclave_training.core.job_config import InvalidJobConfig, JobConfig, parse_job_config
from medenclave_training.core.jobs import DEFAULT_IMAGE_SIZE, MODEL_NAME, InvalidJob, JobSpec
from medenclave_training.core.labels import LabelSet
from medenclave_training.core.transforms import job_chain

__all__ = ["JobSettings", "make_dataset_spec", "read_job_settings"]

@dataclass(frozen=True)
class JobSettings:
    """The job-config keys the job service applies (None: not given)."""

    epochs: int | None = None
    seed: int | None = None
    image_size: int | None = None
    #: the config document as given (UTF-8 YAML), kept on the job spec
    text: str = field(default="", compare=False)


def read_job_settings(data: bytes) -> JobSettings:
    """A job config (YAML) validated whole by :func:`~medenclave_training.core.job_config.
    parse_job_config`; the job service applies ``training.epochs``, ``training.seed``,
    ``data.image_size`` and ``transforms`` (the runner, through
    :func:`~medenclave_training.core.transforms.job_chain`) and refuses what it does not run
    yet, rather than ignoring it.

    Raises:
        InvalidJobConfig: every problem of the document (``"path: problem"``), or the paths
            the job service does not apply yet (``"path: not run by the job service yet"``):
            a task other than classification, a model block, privacy, distributed, amp,
            gradient checkpointing (those run in the training adapters' own entry points:
            services/training/README.md).
    """
    if not data.strip():
        return JobSettings()
    config = parse_job_config(data)
    defaults = JobConfig()
    unserved = [path for path, given in (
        ("task", config.task != defaults.task),
        ("model", config.model != defaults.model),
        ("privacy", config.privacy is not None),
        ("distributed", config.distributed != defaults.distributed),
        ("training.amp", config.training.amp != defaults.training.amp),
        ("training.gradient_checkpointing", config.training.gradient_checkpointing),
        ("fewshot", config.fewshot is not None),
        ("fusion", config.fusion is not None)) if given]
    if unserved:
        raise InvalidJobConfig([f"{p}: not run by the job service yet" for p in unserved])
    doc = yaml.safe_load(data.decode("utf-8")) or {}  # parse_job_config checked it
    training, data_ = doc.get("training") or {}, doc.get("data") or {}
    return JobSettings(epochs=training.get("epochs"), seed=training.get("seed"),
                       image_size=data_.get("image_size"), text=data.decode("utf-8"))


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
