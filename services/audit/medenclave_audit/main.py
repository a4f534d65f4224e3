"""Wiring: settings → SQL store → ledger → gRPC and the audit-recorder consumer.

``python -m medenclave_audit``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time

from medenclave.config import database_url_for, load_settings
from medenclave.service import Service, ServiceContext, run
from medenclave.storage import make_engine
from medenclave.v1 import audit_pb2, audit_pb2_grpc
from medenclave_audit.adapters.inbound.grpc_api import AuditServicer
from medenclave_audit.adapters.inbound.recorder import DURABLE, GroupCommitter, make_recorder
from medenclave_audit.adapters.outbound.key_files import TrustedKeys, load_or_create_checkpoint_key
from medenclave_audit.adapters.outbound.sql_store import SqlAuditStore
from medenclave_audit.config import AuditSettings
from medenclave_audit.core.ledger import (
    AuditLedger,
    CheckpointConflict,
    Checkpointer,
    StoreUnavailable,
)

__all__ = ["AuditService", "main"]

log = logging.getLogger(__name__)


class AuditService(Service):
    name = "audit"

    def __init__(self, settings: AuditSettings) -> None:
        self.settings = settings
        self.store = SqlAuditStore(make_engine(database_url_for(settings, "audit"),
                                               schema=settings.database_schema))
        self.key = load_or_create_checkpoint_key(settings.data_dir / "audit" / "keys")
        self.ledger = AuditLedger(store=self.store,
                                  signatures=TrustedKeys([self.key.public_key]))
        self.committer = GroupCommitter(ledger=self.ledger,
                                        batch_max=settings.append_batch_max)
        self.checkpointer = Checkpointer(
            store=self.store, signer=self.key, public_key=self.key.public_key,
            every_records=settings.checkpoint_every_records,
            interval_ns=int(settings.checkpoint_interval_s * 1e9))
        self._checkpoint_lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None

    async def checkpoint(self, *, force: bool = False) -> None:
        """Sign a checkpoint if one is due (``force``: whenever there are new records).

        Raises:
            CheckpointConflict: the store no longer matches the last signed checkpoint.
            StoreUnavailable: retry later.
        """
        async with self._checkpoint_lock:
            cp = await asyncio.to_thread(self.checkpointer.maybe_checkpoint,
                                         now_ns=time.time_ns(), force=force)
        if cp is not None:
            log.info("checkpoint signed", extra={"code": "AUD-003", "fields": {
                "tree_size": cp.tree_size, "key_id": cp.key_id}})

    async def _checkpoint_loop(self) -> None:
        period = min(1.0, self.settings.checkpoint_interval_s)
        while True:
            await asyncio.sleep(period)
            try:
                await self.checkpoint()
            except CheckpointConflict as exc:
                log.error("records do not match the last checkpoint; not signing",
                          extra={"code": "AUD-401", "fields": {"error": str(exc)}})
                await asyncio.sleep(30)
            except StoreUnavailable:
                log.warning("checkpoint postponed: store unavailable",
                            extra={"code": "AUD-102"})

    def register(self, ctx: ServiceContext) -> None:
        servicer = AuditServicer(ledger=self.ledger, audit=lambda: ctx.audit,
                                 key=self.key, checkpoint=self.checkpoint)
        ctx.add_servicer(audit_pb2_grpc.add_AuditServiceServicer_to_server, servicer,
                         audit_pb2.DESCRIPTOR.services_by_name["AuditService"])

    async def start(self, ctx: ServiceContext) -> None:
        head = self.ledger.head()
        log.info("audit store open", extra={"code": "AUD-001", "fields": {
            "backend": self.store.engine.dialect.name, "head_seq": head.seq}})
        batch = self.settings.append_batch_max
        recorder = make_recorder(self.committer, bound_only=ctx.bus.authenticated)
        ctx.bus.consume(DURABLE, recorder, batch=batch, concurrency=batch)
        self._task = asyncio.create_task(self._checkpoint_loop(), name="audit-checkpoints")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        await self.committer.close()
        self.store.close()


def main() -> None:
    settings = load_settings(AuditSettings)
    run(lambda: AuditService(settings), settings)  # built after the start-up file check


if __name__ == "__main__":
    main()
