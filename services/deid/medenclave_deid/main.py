"""Wiring: settings → stores → core → gRPC and the NATS consumer. ``python -m medenclave_deid``."""

from __future__ import annotations

import json

import grpc

from medenclave.config import ConfigError, database_url_for, load_settings
from medenclave.security.crypto import EnvelopeCipher, FileKeyEncryptionKey, load_or_create_secret
from medenclave.service import Service, ServiceContext, run
from medenclave.storage import EncryptedObjectStore, LocalObjectStore, make_engine
from medenclave.v1 import deid_pb2, deid_pb2_grpc
from medenclave_deid.adapters.consumer import DURABLE, StudyReceivedHandler
from medenclave_deid.adapters.grpc_api import DeidServicer
from medenclave_deid.adapters.ingest_client import IngestRawSource
from medenclave_deid.adapters.store import SqlPseudonymIndex, SqlStudyRecords
from medenclave_deid.config import DeidSettings
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.leak_guard import LeakGuard
from medenclave_deid.core.profile import BasicProfile, ProfileTable, ProfileTableError
from medenclave_deid.core.pseudonyms import PatientPseudonyms

__all__ = ["DeidService", "main"]


def _load_profile(settings: DeidSettings) -> BasicProfile:
    try:
        rows = json.loads(settings.annex_e_table.read_text(encoding="utf-8"))
        return BasicProfile(ProfileTable.from_rows(rows))
    except (OSError, ValueError, ProfileTableError) as exc:
        raise ConfigError(f"MEDENCLAVE_DEID_ANNEX_E_TABLE: unusable table "
                          f"({type(exc).__name__}: {exc})") from None


class DeidService(Service):
    name = "deid"

    def __init__(self, settings: DeidSettings) -> None:
        self.settings = settings
        home = settings.service_dir("deid")
        keys = home / "keys"
        self.uid_secret = load_or_create_secret(keys, "uid")
        pseudonym_secret = load_or_create_secret(keys, "pseudonym")
        self.engine = make_engine(database_url_for(settings, "deid"),
                                  schema=settings.database_schema)
        self.records = SqlStudyRecords(self.engine)
        self.store = EncryptedObjectStore(LocalObjectStore(home / "store"),
                                          EnvelopeCipher(FileKeyEncryptionKey(keys)))
        self.deidentifier = StudyDeidentifier(
            profile=_load_profile(settings), uid_secret=self.uid_secret,
            pseudonyms=PatientPseudonyms(secret=pseudonym_secret,
                                         index=SqlPseudonymIndex(self.engine)),
            guard=LeakGuard())
        self._ingest: grpc.aio.Channel | None = None

    def register(self, ctx: ServiceContext) -> None:
        servicer = DeidServicer(records=self.records, store=self.store,
                                uid_secret=self.uid_secret, audit=lambda: ctx.audit)
        ctx.add_servicer(deid_pb2_grpc.add_DeidServiceServicer_to_server, servicer,
                         deid_pb2.DESCRIPTOR.services_by_name["DeidService"])

    async def start(self, ctx: ServiceContext) -> None:
        self._ingest = ctx.channel(self.settings.ingest_endpoint)
        handler = StudyReceivedHandler(
            deidentifier=self.deidentifier, records=self.records, store=self.store,
            source=IngestRawSource(lambda: self._ingest), bus=lambda: ctx.bus,
            audit=lambda: ctx.audit)
        ctx.bus.consume(DURABLE, handler)

    async def stop(self) -> None:
        if self._ingest is not None:
            await self._ingest.close()
        self.engine.dispose()


def main() -> None:
    settings = load_settings(DeidSettings)
    run(DeidService(settings), settings)


if __name__ == "__main__":
    main()
