"""An external NVIDIA Triton (``--triton-url``) as the Predict backend and model loader.

Triton reads the same model repository; this adapter asks it to (re)load models and sends
Predict requests to it with ``tritonclient.grpc.aio``; each model version's metadata (its first
input and output names) is fetched once and cached, dropped when the model is (re)loaded
or Triton refuses a request with it; over TLS when given a
:class:`TritonTls` (tritonserver's ``--grpc-use-ssl``, ``--grpc-use-ssl-mutual``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from tritonclient.grpc import InferInput, InferRequestedOutput
from tritonclient.grpc.aio import InferenceServerClient
from tritonclient.utils import InferenceServerException

from medenclave_inference.core.errors import (
    BackendUnavailable,
    InferenceFailed,
    InvalidInput,
    ModelLoadFailed,
    ModelNotFound,
)
from medenclave_inference.core.predict import ModelStatus

__all__ = ["RemoteTriton", "TritonTls"]

#: cached metadata entries at most
_METADATA_ENTRIES = 1024


@dataclass(frozen=True)
class TritonTls:
    """PEM files for a TLS connection to Triton: the CA that signed its certificate and,
    for mutual TLS, this client's certificate and key (tritonclient reads them itself)."""

    ca: Path
    cert: Path | None = None
    key: Path | None = None

    @classmethod
    def from_dir(cls, tls_dir: Path, *, mutual: bool, identity: str = "inference") -> TritonTls:
        """``ca.pem`` of ``tls_dir``; with ``mutual`` also ``IDENTITY.pem``/``IDENTITY.key``."""
        if not mutual:
            return cls(ca=tls_dir / "ca.pem")
        return cls(ca=tls_dir / "ca.pem", cert=tls_dir / f"{identity}.pem",
                   key=tls_dir / f"{identity}.key")


def _translate(exc: InferenceServerException, *, what: str) -> Exception:
    status = str(exc.status() or "")
    message = str(exc.message() or "")
    if status.endswith("NOT_FOUND") or "unknown model" in message:
        return ModelNotFound(message or f"{what}: not found")
    if status.endswith("INVALID_ARGUMENT"):
        return InvalidInput(message or f"{what}: invalid request")
    if status.endswith(("UNAVAILABLE", "DEADLINE_EXCEEDED")) or not status:
        return BackendUnavailable(f"{what}: Triton unavailable ({status or 'no status'})")
    return InferenceFailed(f"{what}: Triton answered {status}")


class RemoteTriton:
    """ClassifierBackend and version loader over an external Triton's gRPC endpoint."""

    def __init__(self, url: str, *, timeout_s: float = 30.0, tls: TritonTls | None = None) -> None:
        self._url = url
        self._timeout = timeout_s
        self._tls = tls
        self._client: InferenceServerClient | None = None
        #: (model, requested version) → (input names, first output name)
        self._metadata: dict[tuple[str, str], tuple[tuple[str, ...], str]] = {}
        #: model → its ready versions (Predict by image resolves "latest" before it
        #: preprocesses); dropped like the metadata
        self._versions_cache: dict[str, tuple[str, ...]] = {}

    @property
    def client(self) -> InferenceServerClient:
        # created lazily: the aio client binds to the running event loop
        if self._client is None:
            if self._tls is None:
                self._client = InferenceServerClient(self._url)
            else:
                tls = self._tls
                self._client = InferenceServerClient(
                    self._url, ssl=True, root_certificates=str(tls.ca),
                    private_key=str(tls.key) if tls.key else None,
                    certificate_chain=str(tls.cert) if tls.cert else None)
        return self._client

    async def classify(self, *, model: str, version: int, batch: np.ndarray,
                       token_ids: np.ndarray | None = None) -> tuple[int, np.ndarray]:
        wanted = str(version) if version else ""
        try:
            input_names, output_name = await self._names(model, wanted)
            tensor = InferInput(input_names[0], list(batch.shape), "FP32")
            tensor.set_data_from_numpy(np.ascontiguousarray(batch, dtype=np.float32))
            tensors = [tensor]
            if len(input_names) > 1:  # image + report fusion: the report's token ids
                if token_ids is None:
                    raise InvalidInput(f"model '{model}' also reads the study's report (input "
                                       f"'{input_names[1]}'): predict it by study or by DICOM")
                ids = InferInput(input_names[1], list(token_ids.shape), "INT64")
                ids.set_data_from_numpy(np.ascontiguousarray(token_ids, dtype=np.int64))
                tensors.append(ids)
            result = await self.client.infer(model, tensors, model_version=wanted,
                                             outputs=[InferRequestedOutput(output_name)],
                                             client_timeout=self._timeout)
        except InferenceServerException as exc:
            self._metadata.pop((model, wanted), None)  # the model may have changed
            self._versions_cache.pop(model, None)
            raise _translate(exc, what=f"model '{model}'") from None
        used = result.get_response().model_version
        return int(used) if used.isdigit() else version, result.as_numpy(output_name)

    async def resolve(self, *, model: str, version: int) -> int:
        """The version Triton serves a request for ``version`` with (0: its highest ready one,
        from the cached metadata).

        Raises:
            ModelNotFound, BackendUnavailable.
        """
        try:
            versions = await self._versions(model)
            if version and str(version) not in versions:  # loaded since it was cached?
                self._versions_cache.pop(model, None)
                versions = await self._versions(model)
        except InferenceServerException as exc:
            raise _translate(exc, what=f"model '{model}'") from None
        if version:
            if str(version) not in versions:
                raise ModelNotFound(f"model '{model}' version {version} is not served")
            return version
        numbers = [int(v) for v in versions if v.isdigit()]
        if not numbers:
            raise ModelNotFound(f"model '{model}' has no ready version")
        return max(numbers)

    async def _versions(self, model: str) -> tuple[str, ...]:
        cached = self._versions_cache.get(model)
        if cached is not None:
            return cached
        meta = await self.client.get_model_metadata(model, "", client_timeout=self._timeout)
        versions = tuple(meta.versions)
        if len(self._versions_cache) >= _METADATA_ENTRIES:
            self._versions_cache.clear()
        self._versions_cache[model] = versions
        return versions

    async def _names(self, model: str, wanted: str) -> tuple[tuple[str, ...], str]:
        """The inputs' names (at most two) and the first output's, from the cache or Triton's
        ModelMetadata.

        Raises:
            InferenceServerException: Triton refused the metadata request.
        """
        cached = self._metadata.get((model, wanted))
        if cached is not None:
            return cached
        meta = await self.client.get_model_metadata(model, wanted, client_timeout=self._timeout)
        names = (tuple(i.name for i in meta.inputs[:2]), meta.outputs[0].name)
        if len(self._metadata) >= _METADATA_ENTRIES:
            self._metadata.clear()  # bounded: model names come from callers
        self._metadata[(model, wanted)] = names
        return names

    async def models(self) -> list[ModelStatus]:
        try:
            index = await self.client.get_model_repository_index(client_timeout=self._timeout)
        except InferenceServerException as exc:
            raise _translate(exc, what="repository index") from None
        return [ModelStatus(m.name, int(m.version), m.state or "UNAVAILABLE")
                for m in index.models if m.version.isdigit()]

    async def load_version(self, *, model: str, version: int) -> bool:
        """Ask Triton to (re)load ``model``; True once ``version`` is ready there.

        Raises:
            ModelLoadFailed: Triton refused the load.
            BackendUnavailable: Triton cannot be reached.
        """
        for key in [k for k in self._metadata if k[0] == model]:
            del self._metadata[key]
        self._versions_cache.pop(model, None)
        try:
            await self.client.load_model(model, client_timeout=self._timeout)
        except InferenceServerException as exc:
            # Triton in poll mode refuses explicit loads and picks the model up itself
            if "polling is enabled" not in str(exc.message()):
                error = _translate(exc, what=f"model '{model}'")
                if isinstance(error, BackendUnavailable):
                    raise error from None
                raise ModelLoadFailed(f"Triton did not load model '{model}'") from None
        try:
            return bool(await self.client.is_model_ready(model, str(version),
                                                         client_timeout=self._timeout))
        except InferenceServerException as exc:
            raise _translate(exc, what=f"model '{model}'") from None

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = None
