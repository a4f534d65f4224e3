"""Training jobs: what was asked for, and the states a job moves through. No I/O here.

::

    WAITING ──(all studies de-identified)──▶ QUEUED ──(its turn, within quota)──▶ RUNNING
       │                                        │                                    │
       ├──(wait deadline passed)──▶ FAILED      └──(cancel)──▶ CANCELLED        SUCCEEDED,
       └──(cancel)──▶ CANCELLED ◀──(cancel, at the next epoch boundary)──── FAILED ◀┘

A job whose studies are there and that fits the queue's limits goes from WAITING to RUNNING
directly (``core.job_queue``).
"""

from __future__ import annotations

import enum
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from medenclave_training.core.labels import InvalidLabels, LabelSet, parse_labels
from medenclave_training.core.split import DEFAULT_VAL_FRACTION

__all__ = [
    "DEFAULT_IMAGE_SIZE",
    "MODEL_NAME",
    "IllegalTransition",
    "InvalidJob",
    "Job",
    "JobNotFound",
    "JobSpec",
    "JobState",
    "make_spec",
    "new_job_id",
]

DEFAULT_IMAGE_SIZE = 64
MODEL_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")


def new_job_id() -> str:
    """A fresh, unguessable job id."""
    return "job-" + uuid.uuid4().hex[:20]


class JobState(str, enum.Enum):
    WAITING = "WAITING"
    #: studies complete, waiting for its turn (priority) and its project's GPU quota
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    SUCCEEDED = "SUCCEEDED"
    FAILED = "FAILED"
    CANCELLED = "CANCELLED"


class InvalidJob(ValueError):
    """The job request cannot be accepted. ``code`` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class IllegalTransition(Exception):
    """A job was asked to move to a state it cannot reach from its current one."""


class JobNotFound(KeyError):
    """No job with that id."""


@dataclass(frozen=True)
class JobSpec:
    """What a job trains: validated request parameters."""

    model_name: str
    labels: LabelSet
    epochs: int
    seed: int = 0
    val_fraction: float = DEFAULT_VAL_FRACTION
    image_size: int = DEFAULT_IMAGE_SIZE
    wait_for_studies: bool = False
    wait_timeout_s: int = 600
    #: when trained on a dataset: its name, version, manifest hash and study → split
    dataset: str = ""
    dataset_version: int = 0
    manifest_sha256: str = ""
    splits: Mapping[str, str] = field(default_factory=dict)
    #: the job config (YAML text) as given and validated by ``parse_job_config``; empty for
    #: the defaults. The runner reads the task, model, runtime and transforms from it.
    config: str = ""


def make_spec(*, model_name: str, labels_csv: bytes, epochs: int, seed: int,
              val_fraction: float, image_size: int, wait_for_studies: bool,
              wait_timeout_s: int, default_epochs: int,
              default_wait_timeout_s: int) -> JobSpec:
    """Validate a StartJob request; zeros mean "the default".

    Raises:
        InvalidJob: ``model_name_invalid``, ``epochs_invalid``, ``val_fraction_invalid``,
            ``image_size_invalid``, ``wait_timeout_invalid`` or one of the labels' codes
            (see :func:`~medenclave_training.core.labels.parse_labels`).
    """
    if not MODEL_NAME.match(model_name or ""):
        raise InvalidJob("model_name_invalid")
    epochs = epochs or default_epochs
    if not 1 <= epochs <= 1000:
        raise InvalidJob("epochs_invalid")
    val_fraction = val_fraction or DEFAULT_VAL_FRACTION
    if not 0.0 < val_fraction < 1.0:
        raise InvalidJob("val_fraction_invalid")
    image_size = image_size or DEFAULT_IMAGE_SIZE
    if not 16 <= image_size <= 512:
        raise InvalidJob("image_size_invalid")
    wait_timeout_s = wait_timeout_s or default_wait_timeout_s
    if wait_timeout_s < 1:
        raise InvalidJob("wait_timeout_invalid")
    try:
        labels = parse_labels(labels_csv)
    except InvalidLabels as exc:
        raise InvalidJob(exc.code) from None
    return JobSpec(model_name=model_name, labels=labels, epochs=epochs, seed=seed,
                   val_fraction=val_fraction, image_size=image_size,
                   wait_for_studies=wait_for_studies, wait_timeout_s=wait_timeout_s)


@dataclass(frozen=True)
class Job:
    """One training job and where it stands."""

    job_id: str
    spec: JobSpec
    state: JobState
    created_at: float
    wait_deadline: float = 0.0
    requested_by: str = ""
    #: W3C traceparent of the StartJob call; the run span links to it
    origin: str = ""
    #: the trace the job actually ran in
    trace_id: str = ""
    model_version: int = 0
    val_accuracy: float = 0.0
    train_loss: float = 0.0
    studies: int = 0
    images: int = 0
    error_code: str = ""
    started_at: float = 0.0
    finished_at: float = 0.0
    #: a JSON object: the run's evaluation (val_accuracy, train_loss, and what the trainer adds)
    metrics_json: str = ""
    #: a RUNNING job stops at its next epoch boundary
    cancel_requested: bool = False

    @classmethod
    def new(cls, *, spec: JobSpec, now: float, requested_by: str = "", origin: str = "",
            job_id: str = "") -> Job:
        """A fresh WAITING job (it starts at once when its studies are already there)."""
        return cls(job_id=job_id or new_job_id(), spec=spec, state=JobState.WAITING,
                   created_at=now, wait_deadline=now + spec.wait_timeout_s,
                   requested_by=requested_by, origin=origin,
                   studies=len(spec.labels.labels))

    @property
    def finished(self) -> bool:
        return self.state in (JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED)

    def queue(self) -> Job:
        """WAITING → QUEUED (its studies are there; its turn has not come).

        Raises:
            IllegalTransition: the job is not WAITING.
        """
        if self.state is not JobState.WAITING:
            raise IllegalTransition(f"{self.state.value} -> QUEUED")
        return replace(self, state=JobState.QUEUED)

    def start(self, *, trace_id: str, now: float) -> Job:
        """WAITING or QUEUED → RUNNING.

        Raises:
            IllegalTransition: the job is neither WAITING nor QUEUED.
        """
        if self.state not in (JobState.WAITING, JobState.QUEUED):
            raise IllegalTransition(f"{self.state.value} -> RUNNING")
        return replace(self, state=JobState.RUNNING, trace_id=trace_id, started_at=now)

    def succeed(self, *, now: float, model_version: int, val_accuracy: float,
                train_loss: float, images: int, metrics_json: str = "") -> Job:
        """RUNNING → SUCCEEDED.

        Raises:
            IllegalTransition: the job is not RUNNING.
        """
        if self.state is not JobState.RUNNING:
            raise IllegalTransition(f"{self.state.value} -> SUCCEEDED")
        return replace(self, state=JobState.SUCCEEDED, finished_at=now,
                       model_version=model_version, val_accuracy=val_accuracy,
                       train_loss=train_loss, images=images, metrics_json=metrics_json)

    def fail(self, *, code: str, now: float, images: int | None = None) -> Job:
        """WAITING or RUNNING → FAILED with an error code.

        Raises:
            IllegalTransition: the job has already finished.
        """
        if self.finished:
            raise IllegalTransition(f"{self.state.value} -> FAILED")
        return replace(self, state=JobState.FAILED, error_code=code, finished_at=now,
                       images=self.images if images is None else images)

    def cancel(self, *, now: float) -> Job:
        """WAITING or QUEUED → CANCELLED at once; RUNNING → still RUNNING with ``cancel_requested``
        (the runner ends it CANCELLED at the next epoch boundary).

        Raises:
            IllegalTransition: the job has already finished.
        """
        if self.finished:
            raise IllegalTransition(f"{self.state.value} -> CANCELLED")
        if self.state in (JobState.WAITING, JobState.QUEUED):
            return replace(self, state=JobState.CANCELLED, finished_at=now,
                           error_code="cancelled", cancel_requested=True)
        return replace(self, cancel_requested=True)

    def cancelled(self, *, now: float, images: int = 0) -> Job:
        """RUNNING → CANCELLED (the runner saw the request).

        Raises:
            IllegalTransition: the job is not RUNNING.
        """
        if self.state is not JobState.RUNNING:
            raise IllegalTransition(f"{self.state.value} -> CANCELLED")
        return replace(self, state=JobState.CANCELLED, finished_at=now, error_code="cancelled",
                       images=images)

    def overdue(self, now: float) -> bool:
        return self.state is JobState.WAITING and now >= self.wait_deadline


