"""Jobs by dataset: a StartJob request naming ``NAME[:VERSION]`` and a job config becomes a
job spec over the dataset's members and their fixed split. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from medenclave_training.core.datasets import Dataset
from medenclave_training.core.jobs import DEFAULT_IMAGE_SIZE, MODEL_NAME, InvalidJob, JobSpec
from medenclave_training.core.labels import LabelSet

__all__ = ["MAX_CONFIG_BYTES", "JobSettings", "make_dataset_spec", "read_job_settings"]

MAX_CONFIG_BYTES = 256 * 1024


@dataclass(frozen=True)
class JobSettings:
    """The few job-config keys this branch reads (None: not given)."""

    epochs: int | None = None
    seed: int | None = None
    image_size: int | None = None


def read_job_settings(data: bytes) -> JobSettings:
    """``training.epochs``, ``training.seed`` and ``data.image_size`` from a job config (YAML).

    Replaced by core/job_config.parse_job_config at merge.

    Raises:
        InvalidJob: ``config_invalid``.
    """
    if not data:
        return JobSettings()
    if len(data) > MAX_CONFIG_BYTES:
        raise InvalidJob("config_invalid")
    try:
        doc = yaml.safe_load(data.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError):
        raise InvalidJob("config_invalid") from None
    doc = doc or {}
    training, data_ = (doc.get("training") or {}, doc.get("data") or {}) \
        if isinstance(doc, dict) else (None, None)
    if not isinstance(training, dict) or not isinstance(data_, dict):
        raise InvalidJob("config_invalid")
    values = {"epochs": training.get("epochs"), "seed": training.get("seed"),
              "image_size": data_.get("image_size")}
    if any(v is not None and (isinstance(v, bool) or not isinstance(v, int))
           for v in values.values()):
        raise InvalidJob("config_invalid")
    return JobSettings(**values)


def make_dataset_spec(*, model_name: str, dataset: Dataset, settings: JobSettings,
                      epochs: int, seed: int, image_size: int, default_epochs: int) -> JobSpec:
    """A job spec over ``dataset``: train on its train split, validate on val, test on test.

    The request's own fields win over the config's when both are given (non-zero).

    Raises:
        InvalidJob: ``model_name_invalid``, ``epochs_invalid``, ``image_size_invalid``.
    """
    if not MODEL_NAME.match(model_name or ""):
        raise InvalidJob("model_name_invalid")
    epochs = epochs or settings.epochs or default_epochs
    if not 1 <= epochs <= 1000:
        raise InvalidJob("epochs_invalid")
    image_size = image_size or settings.image_size or DEFAULT_IMAGE_SIZE
    if not 16 <= image_size <= 512:
        raise InvalidJob("image_size_invalid")
    return JobSpec(
        model_name=model_name,
        labels=LabelSet(labels={m.study: m.label for m in dataset.members}),
        epochs=epochs, seed=seed or settings.seed or 0, image_size=image_size,
        dataset=dataset.name, dataset_version=dataset.version,
        manifest_sha256=dataset.manifest_sha256,
        splits={m.study: m.split for m in dataset.members})
