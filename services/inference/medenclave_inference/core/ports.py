"""Every port the inference core needs, with the errors each raises."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

import numpy as np

from medenclave_inference.core.model_config import ModelConfig

if TYPE_CHECKING:  # the records these ports carry; imported for annotations only
    from medenclave.drift import DriftReport
    from medenclave_inference.core.predict import ModelStatus

__all__ = [
    "ClassifierBackend",
    "DriftAlerts",
    "DriftReferenceSource",
    "InferenceObserver",
    "InlineRuntime",
    "InstanceDeidentifier",
    "JoinedRun",
    "JoiningRuntime",
    "ModelConfigReader",
    "ModelFiles",
    "ModelRuntime",
    "RepositoryLayout",
    "StudySource",
    "VersionLoader",
]


class RepositoryLayout(Protocol):
    """Read access to the repository's files."""

    def model_names(self) -> list[str]:
        """Folder names at the top of the repository."""
        ...

    def read_config(self, *, model: str) -> str | None:
        """The text of ``<model>/config.pbtxt``, or None if the model has none."""
        ...

    def versions(self, *, model: str) -> list[int]:
        """Numeric version folders of ``model`` that hold a model file."""
        ...

    def model_file(self, *, model: str, version: int) -> str:
        """Where the runtime finds the model file of that version."""
        ...


class ModelConfigReader(Protocol):
    """Turns the text of ``config.pbtxt`` into the core's :class:`ModelConfig`."""

    def parse(self, text: str, *, model_name: str) -> ModelConfig:
        """Parse and check one model's configuration.

        Raises:
            InvalidModelConfig: unparsable or not servable (the message names the field).
        """
        ...


class ModelRuntime(Protocol):
    """Executes models (onnxruntime in the embedded server)."""

    async def load(self, *, model: str, version: int, config: ModelConfig,
                   model_file: str) -> None:
        """Load (or replace) one version: ``config.instance_group.count`` parallel instances.

        Raises:
            ModelLoadFailed: the file is unreadable or does not match ``config``.
        """
        ...

    async def unload(self, *, model: str, version: int) -> None:
        """Release one version (no error if it is not loaded)."""
        ...

    async def run(self, *, model: str, version: int, inputs: Mapping[str, np.ndarray],
                  outputs: Sequence[str], instance: int = 0) -> list[np.ndarray]:
        """Execute one batch on instance ``instance`` (0-based); returns ``outputs`` in order.

        Raises:
            InferenceFailed: the runtime failed.
        """
        ...


class JoinedRun(NamedTuple):
    """What :meth:`JoiningRuntime.run_joined` returns."""

    #: the requested outputs, in order, for the whole batch (split per request by the caller)
    outputs: list[np.ndarray]
    #: nanoseconds spent joining the requests' inputs (ModelStatistics' ``compute_input``)
    join_ns: int


class JoiningRuntime(Protocol):
    """A :class:`ModelRuntime` that joins a batch's requests itself, on its worker thread and
    straight into its own buffers (pinned host memory for a GPU), so the event loop never
    copies a batch's inputs. The scheduler hands it every batch of more than one request."""

    async def run_joined(self, *, model: str, version: int,
                         parts: Sequence[Mapping[str, np.ndarray]], outputs: Sequence[str],
                         instance: int = 0) -> JoinedRun:
        """Join ``parts`` (one mapping per request, same input names and shapes past the batch
        dimension, in order) along the batch dimension and execute them as one batch.

        Raises:
            InferenceFailed: the runtime failed.
        """
        ...


class InlineRuntime(Protocol):
    """A :class:`ModelRuntime` that can also run a batch on the calling thread. The scheduler
    uses it for a lone request to a version whose runs are short (its measured mean at most
    ``QueueLimits.inline_max_ns``): the event loop is held that long, and the hand-offs to a
    worker thread and back are saved."""

    def run_inline(self, *, model: str, version: int, inputs: Mapping[str, np.ndarray],
                   outputs: Sequence[str], instance: int = 0) -> list[np.ndarray]:
        """As :meth:`ModelRuntime.run`, synchronously.

        Raises:
            InferenceFailed: the runtime failed.
        """
        ...


class VersionLoader(Protocol):
    async def load_version(self, *, model: str, version: int) -> bool:
        """(Re)load ``version`` of ``model``; False if its version_policy leaves it out.

        Raises:
            ModelNotFound: the repository does not hold that model version (yet).
            ModelLoadFailed: it is there but cannot be loaded.
            BackendUnavailable: the serving backend cannot be reached.
        """
        ...


class ClassifierBackend(Protocol):
    """Runs a classifier whose first input takes the image batch and first output the scores."""

    async def classify(self, *, model: str, version: int, batch: np.ndarray,
                       token_ids: np.ndarray | None = None) -> tuple[int, np.ndarray]:
        """Run ``batch`` (float32, batch first) through ``model``.

        Args:
            version: 0 for the latest ready version.
            token_ids: int64 ``[batch, L]`` report token ids, for a model whose second input
                takes them (image + report fusion); ignored by a one-input model.

        Returns:
            ``(version used, scores [batch, classes])``.

        Raises:
            ModelNotFound, InvalidInput, InferenceFailed, BackendUnavailable.
        """
        ...

    async def resolve(self, *, model: str, version: int) -> int:
        """The version a request for ``version`` (0: the latest) is served by.

        Raises:
            ModelNotFound, BackendUnavailable.
        """
        ...

    async def models(self) -> list[ModelStatus]:
        """Every served model version and its state.

        Raises:
            BackendUnavailable: the backend cannot be asked now.
        """
        ...


class ModelFiles(Protocol):
    """Files saved next to a version's model file (preprocess.json, operating_point.json,
    metrics.json)."""

    def read(self, *, model: str, version: int, name: str) -> bytes | None:
        """The file's bytes, None if the version has none (or it is too large to be one)."""
        ...


class StudySource(Protocol):
    """De-identified studies (deid's FetchStudy, with this service's account)."""

    async def instances(self, *, pseudo_study_id: str, max_instances: int,
                        max_bytes: int) -> list[bytes]:
        """The study's de-identified DICOM instances.

        Raises:
            StudyNotFound: no de-identified study with that id.
            LimitExceeded: more than ``max_instances`` instances or ``max_bytes`` bytes.
            BackendUnavailable: deid cannot be reached or refused this service.
        """
        ...


class InstanceDeidentifier(Protocol):
    """De-identification of one instance in memory (deid's DeidentifyInstance)."""

    async def deidentify(self, *, dicom: bytes) -> bytes:
        """The de-identified instance; nothing of it is stored anywhere.

        Raises:
            InvalidInput: deid refused the instance (the message names its code only).
            LimitExceeded: deid refused its size.
            BackendUnavailable: deid cannot be reached or refused this service.
        """
        ...


class DriftReferenceSource(Protocol):
    """Where a model version's drift reference (``drift_reference.json``) is read."""

    def read_drift_reference(self, *, model: str, version: int) -> bytes | None:
        """The reference's bytes, or None when the version has none (or it is unreadable)."""
        ...


class DriftAlerts(Protocol):
    """Tells the platform that a model version's inputs or predictions drifted."""

    def drift_detected(self, *, model: str, version: int, report: DriftReport) -> None:
        """Announce (event and audit record) without blocking the caller; never raises."""
        ...


class InferenceObserver(Protocol):
    """Sees every successful inference of the embedded server (the drift watch)."""

    def observe(self, *, model: str, version: int, images: np.ndarray,
                probabilities: np.ndarray | None = None) -> None:
        """``images``: the first input, batch first; ``probabilities``: the first output when
        the request asked for it."""
        ...
