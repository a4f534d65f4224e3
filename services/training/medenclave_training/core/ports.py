"""What the training core needs from the outside world, and the errors each part raises.

Longer than 450 lines on purpose: every port of the training core is read in one place.

Adapters implement these: SQL stores, the deid gRPC client, the torch trainer, the Triton
model repository on disk, NATS events and audit records.
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

if TYPE_CHECKING:  # the records these ports carry; imported for annotations only
    from medenclave import preprocess
    from medenclave_training.core.datasets import Dataset, StudyContents
    from medenclave_training.core.governance import ModelCard, ModelStage
    from medenclave_training.core.job_config import JobConfig
    from medenclave_training.core.jobs import Job, JobState

__all__ = [
    "AnnouncementFailed",
    "Announcer",
    "AvailableStudy",
    "DatasetSource",
    "DatasetStore",
    "DatasetVersionTaken",
    "JobLeases",
    "JobLog",
    "JobStore",
    "MaskSource",
    "ModelCardStore",
    "ModelRepository",
    "ModelStore",
    "Progress",
    "RegisteredModel",
    "RepositoryPruner",
    "ServingSignature",
    "StudyCatalog",
    "StudyInspector",
    "StudyUnavailable",
    "TerminologyStore",
    "TrainedModel",
    "Trainer",
    "TrainingCancelled",
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
    #: the study's pseudonymous patient (datasets split by patient); "" if not announced
    pseudo_patient_id: str = ""
    #: BodyPartExamined, a coded term; "" if absent
    body_part: str = ""


class StudyCatalog(Protocol):
    """Which pseudonymous studies have been de-identified."""

    def record(self, *, study: AvailableStudy) -> bool:
        """Remember ``study`` (idempotent). True if it was new or changed."""
        ...

    def available(self, *, pseudo_study_ids: Iterable[str]) -> set[str]:
        """The subset of ``pseudo_study_ids`` that is de-identified."""
        ...

    def describe(self, *, pseudo_study_ids: Iterable[str]) -> dict[str, AvailableStudy]:
        """The de-identified studies among ``pseudo_study_ids``, by id."""
        ...


class StudyUnavailable(Exception):
    """A study's images could not be fetched. ``code``: ``study_not_found``,
    ``study_has_no_images``, ``study_unreadable``, ``deid_access_denied`` or
    ``deid_unavailable``."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class DatasetSource(Protocol):
    async def images(self, *, pseudo_study_id: str, image_size: int,
                     chain: preprocess.Chain | None = None) -> list[np.ndarray]:
        """Every de-identified image instance of the study as a float32 model input: ``chain``
        applied (:func:`medenclave.preprocess.from_dicom`; default: the default chain of
        ``image_size``, giving ``[1, S, S]``).

        Raises:
            StudyUnavailable: with a code.
        """
        ...

    async def report(self, *, pseudo_study_id: str) -> str:
        """The study's de-identified report text (its structured reports' text), "" if none;
        read only for fusion jobs.

        Raises:
            StudyUnavailable: with a code.
        """
        ...


# --- training -----------------------------------------------------------------------------

class MaskSource(Protocol):
    async def masks(self, *, pseudo_study_id: str, image_size: int,
                    chain: preprocess.Chain | None = None) -> list[np.ndarray]:
        """The study's segmentation masks, one per image in :meth:`DatasetSource.images`'
        order: integer class maps ``[S, S]`` (0 background) in the model input's geometry
        (``chain``'s sizing steps, :func:`~medenclave_training.core.transforms.mask_chain`;
        default: a nearest resize to ``image_size``); read only for segmentation jobs.

        Raises:
            StudyUnavailable: ``segmentation_masks_missing`` (no mask for the study),
                ``segmentation_mask_invalid``, ``segmentation_mask_too_large``,
                ``segmentation_classes_invalid``.
        """
        ...


@dataclass(frozen=True)
class TrainingData:
    """Model inputs ``[1, S, S]`` and class indices, split by study."""

    train_images: Sequence[np.ndarray]
    train_labels: Sequence[int]
    val_images: Sequence[np.ndarray]
    val_labels: Sequence[int]
    num_classes: int
    image_size: int
    #: the held-out test split (the datasets branch fills it); empty: evaluate on validation
    test_images: Sequence[np.ndarray] = ()
    test_labels: Sequence[int] = ()
    #: per image: its study's pseudonymous patient (few-shot episodes are drawn by patient)
    train_patients: Sequence[str] = ()
    val_patients: Sequence[str] = ()
    test_patients: Sequence[str] = ()
    #: per image: its study's de-identified report text (fusion jobs only)
    train_texts: Sequence[str] = ()
    val_texts: Sequence[str] = ()
    test_texts: Sequence[str] = ()
    #: per image: its class map ``[S, S]`` (0 background; segmentation jobs only)
    train_masks: Sequence[np.ndarray] = ()
    val_masks: Sequence[np.ndarray] = ()
    test_masks: Sequence[np.ndarray] = ()


@dataclass(frozen=True)
class TrainedModel:
    """A trained classifier exported to ONNX (input ``image``, output ``probabilities``)."""

    onnx: bytes
    val_accuracy: float
    train_loss: float
    #: the evaluation's results (core.evaluation, filled by the runner); a trainer may put a
    #: ``"privacy"`` guarantee here (a string), which the model card shows
    metrics: Mapping[str, Any] = field(default_factory=dict)
    #: files to save next to model.onnx in the version folder
    extras: Mapping[str, bytes] = field(default_factory=dict)
    #: the served graph's class probabilities ``[images, classes]`` on the validation and the
    #: test images, in TrainingData's order (the runner's evaluation reads them)
    val_probabilities: np.ndarray | None = None
    test_probabilities: np.ndarray | None = None
    #: the served graph's outputs when not the dataset's classes (few-shot: n_way); 0: those
    num_classes: int = 0
    #: fusion: length of the second input ``token_ids`` (0: the graph takes images only)
    text_length: int = 0
    #: segmentation: the graph's output is per-pixel probabilities ``[N, C, S, S]``
    segmentation: bool = False


class TrainingFailed(Exception):
    """Training or export did not produce a usable model. ``code`` says why."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class TrainingCancelled(Exception):
    """The job was cancelled: ``progress`` answered False at an epoch boundary."""


#: called after each epoch with (epoch, mean training loss); False stops the run
Progress = Callable[[int, float], bool]


class Trainer(Protocol):
    async def train(self, *, data: TrainingData, epochs: int, seed: int,
                    progress: Progress | None = None, job_id: str = "",
                    config: JobConfig | None = None) -> TrainedModel:
        """Train, export to ONNX and check the export against the trained model. With a
        ``job_id`` the trainer may checkpoint, and resume that job's last checkpoint. The
        job's ``config`` (None: the defaults) says the task, model and runtime options;
        ``epochs`` and ``seed`` are the job's own (they win over the config's).

        Raises:
            TrainingFailed: with a code.
            TrainingCancelled: ``progress`` returned False.
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
    #: fusion models: a second input of ``text_length`` int64 report token ids (0: none)
    text_length: int = 0
    text_input_name: str = "token_ids"
    #: segmentation models: the output is ``[num_classes, S, S]`` per-pixel probabilities
    segmentation: bool = False
    #: the input's spatial dimensions: ``[1, S, S]`` (2) or ``[1, S, S, S]`` volumes (3)
    dims: int = 2


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

    def publish(self, *, signature: ServingSignature, version: int, onnx: bytes,
                served: int = 0, extras: Mapping[str, bytes] | None = None) -> None:
        """Write ``<model>/<version>/model.onnx`` (with ``extras``, file name → bytes, next to
        it) and ``<model>/config.pbtxt`` atomically; config.pbtxt's version_policy names only
        ``served`` (0: nothing is served), so the new version is a candidate that nobody loads.

        Raises:
            OSError: the files could not be written.
        """
        ...

    def serve(self, *, model_name: str, version: int) -> None:
        """Rewrite config.pbtxt so that only ``version`` is served (0: none).

        Raises:
            OSError: config.pbtxt is missing or could not be written.
        """
        ...


class ModelCardStore(Protocol):
    """Model cards (stage, lineage, metrics, approvals) and which version each model serves."""

    def add(self, *, card: ModelCard) -> None: ...

    def get(self, *, model_name: str, version: int) -> ModelCard | None:
        """The card with ``served`` filled in; None if there is none."""
        ...

    def cards(self, *, model_name: str) -> builtins.list[ModelCard]:
        """Every card of the model, by version."""
        ...

    def update(self, *, card: ModelCard, expected: ModelStage, serve: bool | None) -> bool:
        """In one transaction: store ``card`` if its stored stage is still ``expected``; with
        ``serve`` True make it the served version, with False stop serving it if it was.

        Returns:
            False (and nothing changed) when the stored stage was not ``expected``.
        """
        ...

    def served(self, *, model_name: str) -> int:
        """The served version, 0 if none."""
        ...

    def served_models(self) -> dict[str, int]:
        """Every model that serves a version, with that version."""
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

    async def serving_changed(self, *, card: ModelCard, change: str) -> None:
        """What a model serves changed (``approved``, ``rolled_back``, ``retired``).

        Raises: AnnouncementFailed.
        """
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


# --- datasets -----------------------------------------------------------------------------

class StudyInspector(Protocol):
    async def contents(self, *, pseudo_study_id: str) -> StudyContents:
        """Series, content hash and instance counts of a de-identified study.

        Raises:
            StudyUnavailable: with a code.
        """
        ...


class DatasetVersionTaken(Exception):
    """Another request created that dataset version first."""


class DatasetStore(Protocol):
    """Immutable dataset versions."""

    def latest_version(self, *, name: str) -> int:
        """The highest version of ``name``, 0 if none."""
        ...

    def add(self, *, dataset: Dataset) -> None:
        """Raises: DatasetVersionTaken."""
        ...

    def get(self, *, name: str, version: int | None = None) -> Dataset:
        """The version asked for, or the latest. Raises: DatasetNotFound."""
        ...

    def list(self) -> builtins.list[Dataset]:
        """Every version, by name then version, without members."""
        ...


class JobLog(Protocol):
    """Progress lines of jobs (epoch, loss, accuracy; never patient data)."""

    def append(self, *, job_id: str, line: str, at: float) -> None: ...

    def lines(self, *, job_id: str) -> builtins.list[tuple[float, str]]: ...


class JobLeases(Protocol):
    """Who runs a RUNNING job: an owner id and an expiry per job, changed by compare-and-set."""

    def acquire(self, *, job_id: str, owner: str, now: float, expires_at: float,
                unowned_before: float) -> bool:
        """Take the lease of a RUNNING job if it is ours already, expired (``< now``), or
        unowned and the job started before ``unowned_before``. True if we hold it now."""
        ...

    def renew(self, *, job_id: str, owner: str, expires_at: float) -> bool:
        """Extend our lease; False if we no longer hold it (or the job finished)."""
        ...

    def release(self, *, job_id: str, owner: str) -> None:
        """Let go of our lease (the job finished here)."""
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


class RepositoryPruner(Protocol):
    def has_version(self, *, model_name: str, version: int) -> bool: ...

    def remove_version(self, *, model_name: str, version: int) -> bool:
        """Delete ``<model>/<version>/``; False when it was not there. Raises: OSError."""
        ...
