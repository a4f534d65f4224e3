"""``model.registered.v1`` in, and the repository poll that serves models already trained (or
copied in by hand)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from medenclave.bus import BusUnavailable, Event, PoisonMessage, TransientError
from medenclave.v1 import events_pb2
from medenclave_inference.core.catalog import ModelCatalog
from medenclave_inference.core.errors import BackendUnavailable, ModelLoadFailed, ModelNotFound
from medenclave_inference.core.ports import VersionLoader

__all__ = [
    "REGISTERED_DURABLE",
    "CatalogLoader",
    "LoadedAnnouncer",
    "ModelRegisteredHandler",
    "RepositoryPoller",
]

log = logging.getLogger(__name__)

REGISTERED_DURABLE = "inference-model-registered"

#: announces that this instance now serves (model, version); raises BusUnavailable
LoadedAnnouncer = Callable[[str, int], Awaitable[None]]


class CatalogLoader:
    """:class:`VersionLoader` for the embedded server."""

    def __init__(self, catalog: ModelCatalog) -> None:
        self._catalog = catalog

    async def load_version(self, *, model: str, version: int) -> bool:
        try:
            await self._catalog.load(model, reload=[version])
        except ModelLoadFailed:
            entry = self._catalog.repository.model(model)
            if entry.config is not None and version in entry.available \
                    and version not in entry.serve:
                return False  # not served by its policy (a candidate, a retired version)
            raise
        if version in self._catalog.versions_of(model):
            return True
        if not self._catalog.repository.has_version(model, version):
            raise ModelNotFound(f"model '{model}' version {version} is not in the repository")
        return False


class ModelRegisteredHandler:
    """Loads a newly registered model version and announces it (idempotent)."""

    def __init__(self, *, loader: VersionLoader, publish: LoadedAnnouncer) -> None:
        self._loader = loader
        self._publish = publish

    async def __call__(self, event: Event) -> None:
        registered = event.parse(events_pb2.ModelRegistered)
        name, version = registered.model_name, registered.version
        if not name or version <= 0:
            raise PoisonMessage("model.registered without a model name or version")
        try:
            served = await self._loader.load_version(model=name, version=version)
        except ModelNotFound:
            raise TransientError("model version not in the repository yet", delay=5) from None
        except ModelLoadFailed:
            if registered.change == "registered":
                # a new candidate: training's config.pbtxt does not serve it, and a model
                # with no approved version has nothing to load (external Triton refuses
                # an empty version_policy); its approval sends the event again
                log.info("candidate version not loaded", extra={
                    "code": "INF-014", "fields": {"model": name, "version": version}})
                return
            raise TransientError("model version failed to load", delay=10) from None
        except BackendUnavailable:
            raise TransientError("serving backend unavailable", delay=5) from None
        if not served:
            log.info("registered version not selected by version_policy",
                     extra={"code": "INF-011", "fields": {"model": name, "version": version}})
            return
        try:
            await self._publish(name, version)
        except BusUnavailable:
            raise TransientError("model.loaded not published", delay=2) from None


class RepositoryPoller:
    """Scans the repository at start and every ``interval_s`` (new, changed, removed models),
    and at once when :meth:`wake` is called: every replica calls it on its live copy of
    ``model.registered`` (the durable consumer hands each event to one replica only)."""

    def __init__(self, *, catalog: ModelCatalog, publish: LoadedAnnouncer,
                 interval_s: float) -> None:
        self._catalog = catalog
        self._publish = publish
        self._interval = interval_s
        self._woken = asyncio.Event()

    def wake(self) -> None:
        """Scan now rather than at the end of the interval."""
        self._woken.set()

    async def scan_once(self) -> list[tuple[str, int]]:
        newly = await self._catalog.sync()
        for model, version in newly:
            try:
                await self._publish(model, version)
            except BusUnavailable:
                log.warning("model.loaded not published", extra={
                    "code": "INF-012", "fields": {"model": model, "version": version}})
        return newly

    async def run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._woken.wait(), self._interval)
            self._woken.clear()
            try:
                await self.scan_once()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a broken folder must not stop the poll
                log.warning("repository scan failed", extra={
                    "code": "INF-013", "fields": {"error": type(exc).__name__}})
