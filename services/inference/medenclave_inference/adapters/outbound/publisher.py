"""JetStream side of serving: ``inference.model.loaded.v1`` for this serving instance."""

from __future__ import annotations

import logging

from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.bus import EventBus
from medenclave.v1 import events_pb2

__all__ = ["LOADED_SUBJECT", "LoadedPublisher"]

log = logging.getLogger(__name__)

LOADED_SUBJECT = "inference.model.loaded.v1"


class LoadedPublisher:
    """Publishes ``inference.model.loaded.v1`` for this serving instance."""

    def __init__(self, bus: EventBus, instance: str) -> None:
        self._bus = bus
        self._instance = instance

    async def __call__(self, model: str, version: int) -> None:
        """Raises: BusUnavailable."""
        now = Timestamp()
        now.GetCurrentTime()
        await self._bus.publish(
            LOADED_SUBJECT, events_pb2.ModelLoaded(model_name=model, version=version,
                                                   loaded_at=now),
            msg_id=f"loaded:{model}:{version}:{self._instance}")
        log.info("model loaded", extra={"code": "INF-010",
                                        "fields": {"model": model, "version": version}})
