"""Wiring: settings → vault, catalog, bus → core → DICOM SCP and gRPC. ``python -m medenclave_ingest``."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from medenclave.config import database_url_for, load_settings
from medenclave.security.crypto import load_or_create_secret
from medenclave.service import Service, ServiceContext, run
from medenclave.storage import make_engine
from medenclave.v1 import ingest_pb2, ingest_pb2_grpc

from medenclave_ingest.adapters.catalog import SqlStudyCatalog
from medenclave_ingest.adapters.events import BusAuditTrail, BusIngestEvents
from medenclave_ingest.adapters.grpc_api import IngestServicer
from medenclave_ingest.adapters.parser import PydicomParser
from medenclave_ingest.adapters.scp import IngestSCP
from medenclave_ingest.adapters.vault import open_local_vault
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.core.assembler import StudyAssembler
from medenclave_ingest.core.library import StudyLibrary
from medenclave_ingest.core.refs import RefDeriver

__all__ = ["IngestService", "main", "REF_SECRET_NAME"]

log = logging.getLogger("medenclave.ingest")

#: ``data_dir/ingest/keys/<name>.key``: the secret behind study and instance refs
REF_SECRET_NAME = "refs"


class IngestService(Service):
    name = "ingest"

    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings
        home = settings.service_dir("ingest")
        keys = home / "keys"
        self.refs = RefDeriver(load_or_create_secret(keys, REF_SECRET_NAME))
        self.vault = open_local_vault(home / "vault", keys)
        self.quarantine = open_local_vault(home / "quarantine", keys)
        self.engine = make_engine(database_url_for(settings, "ingest"),
                                  schema=settings.database_schema)
        self.catalog = SqlStudyCatalog(self.engine)
        self.scp: IngestSCP | None = None
        self.assembler: StudyAssembler | None = None
        self._ticker: asyncio.Task | None = None

    def register(self, ctx: ServiceContext) -> None:
        events = BusIngestEvents(lambda: ctx.bus)
        audit = BusAuditTrail(lambda: ctx.audit)
        self.assembler = StudyAssembler(
            parser=PydicomParser(), refs=self.refs, vault=self.vault,
            quarantine=self.quarantine, catalog=self.catalog, events=events, audit=audit,
            quiet_period_s=self.settings.quiet_period_s)
        library = StudyLibrary(catalog=self.catalog, vault=self.vault, audit=audit)
        ctx.add_servicer(ingest_pb2_grpc.add_IngestServiceServicer_to_server,
                         IngestServicer(library=library),
                         ingest_pb2.DESCRIPTOR.services_by_name["IngestService"])

    async def start(self, ctx: ServiceContext) -> None:
        assert self.assembler is not None
        self._ticker = asyncio.create_task(self._assemble_forever(), name="ingest-assembler")
        s = self.settings
        self.scp = IngestSCP(assembler=self.assembler, loop=asyncio.get_running_loop(),
                             ae_title=s.ae_title, host=s.dicom_host, port=s.dicom_port,
                             max_pdu=s.max_pdu)
        await asyncio.to_thread(self.scp.start)

    async def _assemble_forever(self) -> None:
        assert self.assembler is not None
        while True:
            try:
                await self.assembler.complete_quiet_studies()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # keep assembling; the catalog may come back
                log.warning("assembly pass failed", extra={"code": "ING-202", "fields": {
                    "error": type(exc).__name__}})
            await asyncio.sleep(self.settings.assembler_interval_s)

    async def stop(self) -> None:
        if self.scp is not None:
            await asyncio.to_thread(self.scp.stop)
        if self._ticker is not None:
            self._ticker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._ticker
        self.engine.dispose()


def main() -> None:
    settings = load_settings(IngestSettings)
    run(IngestService(settings), settings)


if __name__ == "__main__":
    main()
