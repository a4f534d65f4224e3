"""What the training core needs from the outside world, and the errors each part raises.

Adapters implement these: SQL stores, the deid gRPC client, the torch trainer, the Triton
model repository on disk, NATS events and audit records.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import numpy as np

if TYPE_CHECKING:  # the records these ports carry; imported for annotations only
    from medenclave_training.core.jobs import Job, JobState

__all__ = [
    "AnnouncementFailed",
    "Announcer",
    "AvailableStudy",
    "DatasetSource",
    "JobStore",
    "ModelRepository",
    "ModelStore",
    "RegisteredModel",
    "ServingSignature",
    "StudyCatalog",
    "StudyUnavailable",
    "TerminologyStore",
    "TrainedModel",
    "Trainer",
    "TrainingData",
    "TrainingFailed",
    "VersionTaken",
]


# --- studies ------------------------------------------------------------------------------

@dataclass(frozen=True)
class AvailableStudy:
    """A de-identified study training may use (from deid.study.completed)."""

    pseudo_study_id: str
    modality: str = ""
    instance_count: int = 0
    #: W3C trace context of the event that announced it
    traceparent: str = ""
    tracestate: str = ""
    event_id: str = ""
    recorded_at: float = 0.0


class StudyCatalog(Protocol):
    """Which pseudonymous studies have been de-identified."""

    def record(self, *, study: AvailableStudy) -> bool:
        """Remember ``study`` (idempotent). True if it was new or changed."""
        ...

    def available(self, *, pseudo_study_ids: Iterable[str]) -> set[str]:
        """The subset of ``pseudo_study_ids`` that is de-identified."""
        ...


class StudyUnavailable(Exception):
    """A study's images could not be fetched. ``code``: ``study_not_found``,
    ``study_has_no_images``, ``study_unreadable``, ``deid_access_denied`` or
    ``deid_unavailable``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class DatasetSource(Protocol):
    async def images(self, *, pseudo_study_id: str, image_size: int) -> list[np.ndarray]:
        """Every de-identified instance of the study as a float32 ``[1, S, S]`` model input.

        Raises:
            StudyUnavailable: with a code.
        """
        ...


# --- training -----------------------------------------------------------------------------

@dataclass(frozen=True)
class TrainingData:
    """Model inputs ``[1, S, S]`` and class indices, split by study."""

    train_images: Sequence[np.ndarray]
    train_labels: Sequence[int]
    val_images: Sequence[np.ndarray]
    val_labels: Sequence[int]
    num_classes: int
    image_size: int


@dataclass(frozen=True)
class TrainedModel:
    """A trained classifier exported to ONNX (input ``image``, output ``probabilities``)."""

    onnx: bytes
    val_accuracy: float
    train_loss: float


class TrainingFailed(Exception):
    """Training or export did not produce a usable model. ``code`` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Trainer(Protocol):
    async def train(self, *, data: TrainingData, epochs: int, seed: int) -> TrainedModel:
        """Train, export to ONNX and check the export against the trained model.

        Raises:
            TrainingFailed: with a code.
        """
        ...


# --- models -------------------------------------------------------------------------------

@dataclass(frozen=True)
class ServingSignature:
    """How the model is served (Triton's config.pbtxt)."""

    model_name: str
    image_size: int
    num_classes: int
    max_batch_size: int = 32
    platform: str = "onnxruntime_onnx"
    input_name: str = "image"
    output_name: str = "probabilities"


@dataclass(frozen=True)
class RegisteredModel:
    model_name: str
    version: int
    job_id: str
    val_accuracy: float
    onnx_sha256: str
    registered_at: float
    dataset_studies: tuple[str, ...] = field(default=())


class VersionTaken(Exception):
    """Another job registered that model version first."""


class ModelStore(Protocol):
    """The record of registered model versions."""

    def latest_version(self, *, model_name: str) -> int:
        """The highest registered version, 0 if none."""
        ...

    def add(self, *, model: RegisteredModel) -> None:
        """Raises: VersionTaken."""
        ...

    def discard(self, *, model_name: str, version: int) -> None:
        """Forget a version whose files could not be written."""
        ...

    def list(self) -> list[RegisteredModel]: ...


class ModelRepository(Protocol):
    """The serving repository (Triton layout) that inference reads."""

    def latest_version(self, *, model_name: str) -> int:
        """The highest version folder present, 0 if none."""
        ...

    def publish(self, *, signature: ServingSignature, version: int, onnx: bytes) -> None:
        """Write ``<model>/<version>/model.onnx`` and ``<model>/config.pbtxt`` atomically.

        Raises:
            OSError: the files could not be written.
        """
        ...


# --- announcements ------------------------------------------------------------------------

class AnnouncementFailed(Exception):
    """An event or audit record could not be persisted."""


class Announcer(Protocol):
    """Events and audit records about jobs and models."""

    async def job_changed(self, *, job: Job) -> None:
        """Raises: AnnouncementFailed."""
        ...

    async def model_registered(self, *, model: RegisteredModel, platform: str) -> None:
        """Raises: AnnouncementFailed."""
        ...

    async def audit(self, *, action: str, resource: str, outcome: str = "success",
                    reason: str = "") -> None:
        """Raises: AnnouncementFailed."""
        ...


class JobStore(Protocol):
    """Durable jobs. ``replace`` is a compare-and-set on the state, so that of several
    processes only one starts (or fails) a given job."""

    def add(self, *, job: Job) -> None: ...

    def get(self, *, job_id: str) -> Job:
        """Raises: JobNotFound."""
        ...

    def list(self) -> list[Job]:
        """Newest first."""
        ...

    # builtins.list: inside this class, ``list`` names the method above
    def in_state(self, *, state: JobState) -> builtins.list[Job]: ...

    def replace(self, *, job: Job, expected: JobState) -> bool:
        """Store ``job`` if the stored one is still in ``expected``; False otherwise."""
        ...


if TYPE_CHECKING:  # the terminology records (core/terminology.py) this port carries
    from medenclave_training.core.terminology import (
        Concept,
        ConceptRow,
        DescriptionRow,
        IsARow,
        LabelMapping,
    )


class TerminologyStore(Protocol):
    """SNOMED CT concepts, descriptions and |Is a| links of one imported RF2 snapshot, and the
    label map (local label → concept). Errors: the parsers' own (``Rf2Invalid``) pass through
    unchanged, and nothing of a failed replacement is kept."""

    def replace_snapshot(self, *, concepts: Iterable[ConceptRow],
                         descriptions: Iterable[DescriptionRow],
                         relationships: Iterable[IsARow]) -> dict[str, int]:
        """Replace the whole terminology in one transaction; the row counts stored."""
        ...

    def concept(self, *, concept_id: int) -> Concept | None: ...
    def search(self, *, term: str, limit: int) -> builtins.list[Concept]: ...
    def is_a(self, *, concept_id: int, ancestor_id: int) -> bool:
        """``concept_id`` is ``ancestor_id`` or below it (transitively) in the hierarchy."""
        ...
    def active_concepts(self, *, concept_ids: set[int]) -> set[int]: ...
    def replace_label_map(self, *, rows: Sequence[LabelMapping]) -> int: ...
    def label_concepts(self, *, labels: set[str]) -> dict[str, Concept]: ...
