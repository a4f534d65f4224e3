"""Errors the inference core raises; adapters map them to gRPC status codes at the edge.

Messages name models, versions and tensors only, never tensor values.
"""

from __future__ import annotations

__all__ = [
    "BackendUnavailable",
    "DriftNotWatched",
    "InferenceFailed",
    "InvalidInput",
    "LimitExceeded",
    "ModelLoadFailed",
    "ModelNotFound",
    "NotPreprocessable",
    "QueueFull",
    "RequestTimeout",
    "StudyNotFound",
]


class ModelNotFound(LookupError):
    """No such model (or version) in the repository or among the loaded models."""


class InvalidInput(ValueError):
    """The request does not fit the model's signature (names, datatypes, shapes, sizes)."""


class ModelLoadFailed(RuntimeError):
    """The model file could not be loaded or does not match its configuration."""


class InferenceFailed(RuntimeError):
    """The runtime failed while executing a valid request."""


class BackendUnavailable(RuntimeError):
    """The serving backend (an external Triton) cannot be reached now."""


class QueueFull(RuntimeError):
    """The model version's queue holds its maximum of requests or bytes (back-pressure)."""


class RequestTimeout(RuntimeError):
    """The request was not executed within its timeout."""


class LimitExceeded(RuntimeError):
    """A Predict input beyond its limits (instances, bytes): refused before any work."""


class StudyNotFound(LookupError):
    """No de-identified study with that pseudonymous id."""


class NotPreprocessable(RuntimeError):
    """The model version has no usable preprocess.json: it takes tensors only."""
class DriftNotWatched(LookupError):
    """No drift window for that model (version): it has no drift reference, or no input
    reached it since the service started."""
