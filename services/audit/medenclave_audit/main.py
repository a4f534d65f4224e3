"""Wiring: settings → SQL store → ledger → gRPC and the audit-recorder consumer.

``python -m medenclave_audit``.
"""

from __future__ import annotations

import logging

from medenclave.config import database_url_for, load_settings
from medenclave.service import Service, ServiceContext, run
from medenclave.storage import make_engine
from medenclave.v1 import audit_pb2, audit_pb2_grpc
from medenclave_audit.adapters.grpc_api import AuditServicer
from medenclave_audit.adapters.recorder import DURABLE, GroupCommitter, make_recorder
from medenclave_audit.adapters.sql_store import SqlAuditStore
from medenclave_audit.config import AuditSettings
from medenclave_audit.core.ledger import AuditLedger

__all__ = ["AuditService", "main"]

log = logging.getLogger("medenclave.audit")


class AuditService(Service):
    name = "audit"

    def __init__(self, settings: AuditSettings) -> None:
        self.settings = settings
        self.store = SqlAuditStore(make_engine(database_url_for(settings, "audit"),
                                               schema=settings.database_schema))
        self.ledger = AuditLedger(store=self.store)
        self.committer = GroupCommitter(ledger=self.ledger,
                                        batch_max=settings.append_batch_max)

    def register(self, ctx: ServiceContext) -> None:
        servicer = AuditServicer(ledger=self.ledger, audit=lambda: ctx.audit)
        ctx.add_servicer(audit_pb2_grpc.add_AuditServiceServicer_to_server, servicer,
                         audit_pb2.DESCRIPTOR.services_by_name["AuditService"])

    async def start(self, ctx: ServiceContext) -> None:
        head = self.ledger.head()
        log.info("audit store open", extra={"code": "AUD-001", "fields": {
            "backend": self.store.engine.dialect.name, "head_seq": head.seq}})
        batch = self.settings.append_batch_max
        ctx.bus.consume(DURABLE, make_recorder(self.committer), batch=batch, concurrency=batch)

    async def stop(self) -> None:
        await self.committer.close()
        self.store.close()


def main() -> None:
    settings = load_settings(AuditSettings)
    run(AuditService(settings), settings)


if __name__ == "__main__":
    main()
