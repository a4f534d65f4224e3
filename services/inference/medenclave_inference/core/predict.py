"""The platform's own Predict API: a float32 image batch in, class probabilities out.

:class:`Predictor` checks the request and computes the classes; a :class:`ClassifierBackend`
runs the model (the embedded catalog, or an external Triton). No I/O here.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from medenclave_inference.core.catalog import ModelCatalog
from medenclave_inference.core.errors import InvalidInput
from medenclave_inference.core.ports import ClassifierBackend

__all__ = ["CatalogClassifier", "ModelStatus", "Prediction", "Predictor"]


@dataclass(frozen=True)
class ModelStatus:
    name: str
    version: int
    state: str  # READY, UNAVAILABLE


@dataclass(frozen=True)
class Prediction:
    name: str
    version: int
    probabilities: np.ndarray  # [batch, classes] float32
    classes: np.ndarray  # [batch] int32


class Predictor:
    """Checks Predict requests and turns scores into classes."""

    def __init__(self, backend: ClassifierBackend) -> None:
        self._backend = backend

    @property
    def backend(self) -> ClassifierBackend:
        return self._backend

    async def predict(self, *, model: str, version: int, shape: Sequence[int],
                      data: bytes) -> Prediction:
        """Classify a batch of images.

        Args:
            model: model name.
            version: 0 for the latest.
            shape: one item's shape without the batch dimension, e.g. ``[1, 64, 64]``.
            data: row-major little-endian float32, batch first.

        Raises:
            InvalidInput: empty or inconsistent shape/data, or the model rejects the shape.
            ModelNotFound, InferenceFailed, BackendUnavailable: from the backend.
        """
        if not model:
            raise InvalidInput("model_name is required")
        if version < 0:
            raise InvalidInput("version must be >= 0")
        if not shape or any(d <= 0 for d in shape):
            raise InvalidInput("shape must list positive dimensions (without the batch)")
        item = math.prod(shape) * 4
        if not data or len(data) % item:
            raise InvalidInput(f"float32_data holds {len(data)} bytes, not a whole number of "
                               f"items of shape {list(shape)} ({item} bytes each)")
        batch = np.frombuffer(data, dtype="<f4").reshape((len(data) // item, *shape))
        used, scores = await self._backend.classify(model=model, version=version, batch=batch)
        scores = np.asarray(scores, dtype=np.float32).reshape(batch.shape[0], -1)
        return Prediction(name=model, version=used, probabilities=scores,
                          classes=scores.argmax(axis=1).astype(np.int32))

    async def models(self) -> list[ModelStatus]:
        return await self._backend.models()


class CatalogClassifier:
    """:class:`ClassifierBackend` over the embedded :class:`ModelCatalog`."""

    def __init__(self, catalog: ModelCatalog) -> None:
        self._catalog = catalog

    async def classify(self, *, model: str, version: int, batch: np.ndarray,
                       token_ids: np.ndarray | None = None) -> tuple[int, np.ndarray]:
        target = self._catalog.resolve(model, version)
        spec_in, *extra = target.signature.inputs
        spec_out = target.signature.outputs[0]
        if spec_in.datatype != "FP32":
            raise InvalidInput(f"model '{model}' does not take FP32 input '{spec_in.name}'")
        tensors = [(spec_in.name, "FP32", batch)]
        if extra:
            text_in = extra[0]
            if len(extra) > 1 or text_in.datatype != "INT64":
                raise InvalidInput(f"model '{model}' takes {len(extra) + 1} inputs; Predict "
                                   f"serves image models and image + report fusion models")
            if token_ids is None:
                raise InvalidInput(f"model '{model}' also reads the study's report (input "
                                   f"'{text_in.name}'): predict it by study or by DICOM")
            tensors.append((text_in.name, "INT64", token_ids))
        if target.signature.max_batch_size <= 0:
            tensors = [(name, kind, t.reshape(t.shape[1:]) if t.shape[0] == 1 else t)
                       for name, kind, t in tensors]
        result = await self._catalog.infer(model, target.version,
                                           inputs={name: (kind, t) for name, kind, t in tensors},
                                           outputs=[spec_out.name])
        return result.version, result.outputs[0][1]

    async def resolve(self, *, model: str, version: int) -> int:
        return self._catalog.resolve(model, version).version

    async def models(self) -> list[ModelStatus]:
        return [ModelStatus(v.name, v.version, "READY") for v in self._catalog.loaded()]
