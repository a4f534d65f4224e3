"""The served models: which versions are loaded, their state and statistics, and inference.

:class:`ModelCatalog` is the embedded server's model control: it reads the repository,
asks a :class:`ModelRuntime` to load or unload versions, validates requests against each
model's signature and keeps Triton-style statistics. No I/O here.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from medenclave_inference.core.errors import (
    InferenceFailed,
    InvalidInput,
    ModelLoadFailed,
    ModelNotFound,
)
from medenclave_inference.core.model_config import ModelConfig, ModelSignature, TensorSpec, signature_of
from medenclave_inference.core.ports import InferenceObserver, ModelRuntime
from medenclave_inference.core.repository import ModelRepository
from medenclave_inference.core.scheduler import BatchScheduler, QueueLimits, VersionStats
from medenclave_inference.core.validation import RequestTensor, validate_request

__all__ = [
    "CatalogEntry",
    "InferenceResult",
    "LoadedVersion",
    "ModelCatalog",
    "QueueLimits",
    "VersionStats",
]

log = logging.getLogger(__name__)


@dataclass
class LoadedVersion:
    name: str
    version: int
    config: ModelConfig
    signature: ModelSignature
    stats: VersionStats = field(default_factory=VersionStats)
    scheduler: BatchScheduler | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class CatalogEntry:
    """One row of the repository index: a version (or a model without one) and its state."""

    name: str
    version: str
    state: str  # READY, UNAVAILABLE, or "" for a model never loaded
    reason: str = ""


@dataclass(frozen=True)
class InferenceResult:
    name: str
    version: int
    outputs: list[tuple[TensorSpec, np.ndarray]]


class ModelCatalog:
    """Loaded model versions and the requests they serve."""

    def __init__(self, *, repository: ModelRepository, runtime: ModelRuntime,
                 clock_ns: Callable[[], int] = time.monotonic_ns,
                 wall_ms: Callable[[], int] = lambda: int(time.time() * 1000),
                 limits: QueueLimits | None = None,
                 observer: InferenceObserver | None = None) -> None:
        self._repository = repository
        self._observer = observer
        self._limits = limits or QueueLimits()
        self._runtime = runtime
        self._clock_ns = clock_ns
        self._wall_ms = wall_ms
        self._models: dict[str, dict[int, LoadedVersion]] = {}
        self._failures: dict[str, str] = {}
        # explicitly unloaded (name → the versions it had): the poller leaves them alone
        self._held_back: dict[str, list[int]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    @property
    def repository(self) -> ModelRepository:
        return self._repository

    # ----------------------------------------------------------------- model control
    def _lock(self, name: str) -> asyncio.Lock:
        return self._locks.setdefault(name, asyncio.Lock())

    async def load(self, name: str, *, reload: Sequence[int] = ()) -> list[int]:
        """Load the versions the model's version_policy selects; unload the others.

        Args:
            name: model name.
            reload: versions to load again even if already loaded (a re-registered file).

        Returns:
            The versions that were (re)loaded by this call.

        Raises:
            ModelNotFound: no such model in the repository.
            ModelLoadFailed: the config is invalid, no version qualifies, or a file failed
                to load (versions that loaded stay loaded).
        """
        async with self._lock(name):
            self._held_back.pop(name, None)
            entry = self._repository.model(name)
            if entry.config is not None and not entry.serve:
                # the policy names no version (a model whose versions are all candidates, or
                # whose served version was retired): what was served stops being served
                for target in self._models.pop(name, {}).values():
                    await self._retire(target)
            if entry.error or entry.config is None:
                self._failures[name] = entry.error
                raise ModelLoadFailed(f"failed to load '{name}': {entry.error}")
            current = self._models.setdefault(name, {})
            config = entry.config
            for version in [v for v in current if v not in entry.serve]:
                await self._retire(current.pop(version))
            loaded: list[int] = []
            errors: list[str] = []
            for version in entry.serve:
                old = current.get(version)
                if old is not None and version not in reload and old.config == config:
                    continue
                try:
                    await self._runtime.load(model=name, version=version, config=config,
                                             model_file=entry.files[version])
                except ModelLoadFailed as exc:
                    errors.append(str(exc))
                    continue
                # new requests go to the new scheduler at once; the old one finishes what
                # it holds (the runtime serves the version throughout: runs under way end
                # on the sessions they started on) instead of stranding a request that is
                # executing, as a reload right after the poll's load used to (the
                # approval's model.registered reloads the version the poll just loaded)
                current[version] = self._serving(config, version)
                if old is not None and old.scheduler is not None:
                    await old.scheduler.close(drain=True)
                loaded.append(version)
            if errors:
                self._failures[name] = errors[0]
                raise ModelLoadFailed(errors[0])
            self._failures.pop(name, None)
            return loaded

    async def unload(self, name: str) -> None:
        """Unload every version of ``name``; the repository poll will not reload it.

        Raises:
            ModelNotFound: the model is neither loaded nor in the repository.
        """
        async with self._lock(name):
            if name not in self._models and name not in self._repository.names():
                raise ModelNotFound(f"model '{name}' is not in the model repository")
            versions = sorted(self._models.get(name, {}))
            for target in self._models.pop(name, {}).values():
                await self._retire(target)
            self._failures.pop(name, None)
            self._held_back[name] = versions

    async def sync(self) -> list[tuple[str, int]]:
        """Bring the loaded models in line with the repository (start-up and each poll).

        New models and versions are loaded, removed ones unloaded; models unloaded through
        :meth:`unload` stay unloaded. Failures are remembered for the index, not raised.

        Returns:
            ``(name, version)`` of every version loaded by this call.
        """
        names = set(self._repository.names())
        newly: list[tuple[str, int]] = []
        for gone in [n for n in self._models if n not in names]:
            async with self._lock(gone):
                for target in self._models.pop(gone, {}).values():
                    await self._retire(target)
        for name in sorted(names - set(self._held_back)):
            try:
                newly.extend((name, v) for v in await self.load(name))
            except (ModelLoadFailed, ModelNotFound):
                continue
        return newly

    def _serving(self, config: ModelConfig, version: int) -> LoadedVersion:
        stats = VersionStats()
        scheduler = BatchScheduler(config=config, version=version, runtime=self._runtime,
                                   stats=stats, limits=self._limits, clock_ns=self._clock_ns,
                                   wall_ms=self._wall_ms)
        return LoadedVersion(name=config.name, version=version, config=config,
                             signature=signature_of(config), stats=stats, scheduler=scheduler)

    async def _retire(self, target: LoadedVersion) -> None:
        if target.scheduler is not None:
            await target.scheduler.close()
        await self._runtime.unload(model=target.name, version=target.version)

    # ----------------------------------------------------------------- lookups
    def resolve(self, name: str, version: str | int = "") -> LoadedVersion:
        """The loaded version to serve (``""``/``0``: the highest ready version).

        Raises:
            ModelNotFound: unknown model or version, or a model with no loaded version
                (tritonserver answers NOT_FOUND there too).
            InvalidInput: the version is not a number.
        """
        versions = self._models.get(name)
        if not versions:
            if name in self._failures or name in self._held_back:
                raise ModelNotFound(
                    f"Request for unknown model: '{name}' has no available versions")
            raise ModelNotFound(f"Request for unknown model: '{name}' is not found")
        if version in ("", 0):
            return versions[max(versions)]
        try:
            number = int(version)
        except ValueError:
            raise InvalidInput(f"model version '{version}' is not a number") from None
        if number not in versions:
            raise ModelNotFound(
                f"Request for unknown model: '{name}' version {number} is not found")
        return versions[number]

    def is_ready(self, name: str, version: str | int = "") -> bool:
        try:
            self.resolve(name, version)
        except (ModelNotFound, InvalidInput):
            return False
        return True

    def loaded(self) -> list[LoadedVersion]:
        """Every loaded version, by name then version."""
        return [self._models[n][v] for n in sorted(self._models) for v in sorted(self._models[n])]

    def versions_of(self, name: str) -> list[int]:
        return sorted(self._models.get(name, {}))

    def index(self, *, ready_only: bool = False) -> list[CatalogEntry]:
        """The repository index: every model folder, with the state of its versions."""
        names = set(self._repository.names()) | set(self._models)
        rows: list[CatalogEntry] = []
        for name in sorted(names):
            versions = self._models.get(name, {})
            for version in sorted(versions):
                rows.append(CatalogEntry(name, str(version), "READY"))
            if versions or ready_only:
                continue
            if name in self._failures:
                rows.append(CatalogEntry(name, "", "UNAVAILABLE", self._failures[name]))
            elif name in self._held_back:
                # as tritonserver: the unloaded versions stay listed, UNAVAILABLE
                held = [str(v) for v in self._held_back[name]] or [""]
                rows.extend(CatalogEntry(name, v, "UNAVAILABLE", "unloaded") for v in held)
            else:
                rows.append(CatalogEntry(name, "", ""))
        return rows

    # ----------------------------------------------------------------- inference
    async def infer(self, name: str, version: str | int, *,
                    inputs: Mapping[str, tuple[str, np.ndarray]],
                    outputs: Sequence[str] = ()) -> InferenceResult:
        """Validate and execute one request.

        Args:
            name: model name.
            version: version string from the request (``""``: latest ready).
            inputs: input name → (datatype as the request declared it, array).
            outputs: requested outputs (empty: all, in config order).

        Raises:
            ModelNotFound, InvalidInput, InferenceFailed, QueueFull, RequestTimeout.
        """
        target = self.resolve(name, version)
        started = self._clock_ns()
        try:
            batch = validate_request(target.signature, inputs=[
                RequestTensor(n, dt, tuple(int(d) for d in arr.shape))
                for n, (dt, arr) in inputs.items()], outputs=outputs)
        except InvalidInput:
            self.record_failure(target, started_ns=started)
            raise
        wanted = list(outputs) or [o.name for o in target.signature.outputs]
        if target.scheduler is None:
            raise InferenceFailed(f"model '{name}' version {target.version} has no scheduler")
        arrays = await target.scheduler.submit(
            inputs={n: arr for n, (_, arr) in inputs.items()}, batch=batch, outputs=wanted,
            started_ns=started)
        if self._observer is not None:  # after this response is on its way (same loop)
            asyncio.get_running_loop().call_soon(_observe, self._observer, target, inputs,
                                                 wanted, arrays)
        specs = [target.signature.output(n) for n in wanted]
        return InferenceResult(name=name, version=target.version,
                               outputs=[(s, a) for s, a in zip(specs, arrays, strict=True)
                                        if s is not None])

    def now_ns(self) -> int:
        """The catalog's clock (what :meth:`record_failure` measures against)."""
        return self._clock_ns()

    def record_failure(self, target: LoadedVersion, *, started_ns: int) -> None:
        """Count a request to ``target`` that failed before it reached the queue (its bytes
        did not decode, say): Triton's ``fail`` statistic, with its duration."""
        target.stats.fail_count += 1
        target.stats.fail_ns += self._clock_ns() - started_ns


def _observe(observer: InferenceObserver, target: LoadedVersion,
             inputs: Mapping[str, tuple[str, np.ndarray]], wanted: Sequence[str],
             arrays: Sequence[np.ndarray]) -> None:
    """Show the observer the first input and, when computed, the first output (batch first)."""
    sig = target.signature
    first_in, first_out = sig.inputs[0].name, sig.outputs[0].name
    if first_in not in inputs:
        return
    images = inputs[first_in][1]
    scores = arrays[list(wanted).index(first_out)] if first_out in wanted else None
    if sig.max_batch_size <= 0:  # no batch dimension: one item
        images = images[None]
        scores = None if scores is None else scores[None]
    try:
        observer.observe(model=target.name, version=target.version, images=images,
                         probabilities=scores)
    except Exception as exc:  # monitoring never fails an inference
        log.warning("drift watch failed", extra={"code": "INF-064", "fields": {
            "model": target.name, "version": target.version, "error": type(exc).__name__}})
