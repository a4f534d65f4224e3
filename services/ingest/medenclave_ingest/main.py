"""Wiring: settings → vault, catalog, bus → core → DICOM SCP and gRPC. ``python -m medenclave_ingest``."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
import ssl
from collections.abc import Callable

from medenclave.config import database_url_for, load_settings
from medenclave.security.crypto import (
    EnvelopeCipher,
    FileKeyEncryptionKey,
    load_or_create_secret,
)
from medenclave.security.tokens import InvalidToken
from medenclave.service import Service, ServiceContext, run
from medenclave.storage import EncryptedObjectStore, make_engine
from medenclave.v1 import ingest_pb2, ingest_pb2_grpc
from medenclave_ingest.adapters.inbound.dicom.header_reader import DicomHeaderReader
from medenclave_ingest.adapters.inbound.dicom.native_server import NativeDicomServer
from medenclave_ingest.adapters.inbound.dicom.pynetdicom_server import PynetdicomServer
from medenclave_ingest.adapters.inbound.dicom.tls import DicomTlsFiles, server_context
from medenclave_ingest.adapters.inbound.grpc_api import IngestServicer
from medenclave_ingest.adapters.inbound.stow import STORE_PERMISSION, HttpLimits, StowServer
from medenclave_ingest.adapters.outbound.encrypted_vault import EncryptedVault, open_local_vault
from medenclave_ingest.adapters.outbound.journal_vault import open_journal_vault
from medenclave_ingest.adapters.outbound.publisher import BusAuditTrail, BusIngestEvents
from medenclave_ingest.adapters.outbound.sql_catalog import SqlStudyCatalog
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.core.assembler import StudyAssembler
from medenclave_ingest.core.erasure import StudyEraser
from medenclave_ingest.core.ports import StorageUnavailable
from medenclave_ingest.core.reader import StudyReader
from medenclave_ingest.core.refs import RefDeriver

__all__ = ["REF_SECRET_NAME", "IngestService", "main"]

log = logging.getLogger(__name__)

#: ``data_dir/ingest/keys/<name>.key``: the secret behind study and instance refs
REF_SECRET_NAME = "refs"  # noqa: S105 (a key file's name, not a secret)


class IngestService(Service):
    name = "ingest"

    def __init__(self, settings: IngestSettings) -> None:
        self.settings = settings
        home = settings.service_dir("ingest")
        keys = home / "keys"
        self.refs = RefDeriver(load_or_create_secret(keys, REF_SECRET_NAME))
        self.vault_dir = home / "vault"
        if settings.vault_backend == "s3":
            from medenclave_ingest.adapters.outbound.s3_objects import S3ObjectStore, make_s3_client

            client = make_s3_client(settings.s3_endpoint, region=settings.s3_region,
                                    timeout_s=settings.s3_timeout_s,
                                    max_attempts=settings.s3_max_attempts)
            store = S3ObjectStore(client, settings.s3_bucket,
                                  prefix=f"{settings.s3_prefix}vault/")
            self.vault = EncryptedVault(EncryptedObjectStore(
                store, EnvelopeCipher(FileKeyEncryptionKey(keys))))
        else:  # the journal: one sync per instance, the catalog is rebuilt from it
            self.vault = open_journal_vault(self.vault_dir, keys,
                                            segment_bytes=settings.journal_segment_bytes)
        self.quarantine = open_local_vault(home / "quarantine", keys)
        self.engine = make_engine(database_url_for(settings, "ingest"),
                                  schema=settings.database_schema,
                                  durable_commits=settings.vault_backend != "local")
        self.catalog = SqlStudyCatalog(self.engine)
        self.scp: PynetdicomServer | NativeDicomServer | None = None
        self.stow: StowServer | None = None
        self.assembler: StudyAssembler | None = None
        self._ticker: asyncio.Task | None = None
        self._audit: BusAuditTrail | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._background: set[asyncio.Future] = set()
        self._compaction: asyncio.Task | None = None
        self._retention: asyncio.Task | None = None
        self.eraser: StudyEraser | None = None
        self._compact_again = False

    def register(self, ctx: ServiceContext) -> None:
        events = BusIngestEvents(lambda: ctx.bus)
        audit = self._audit = BusAuditTrail(lambda: ctx.audit)
        self.assembler = StudyAssembler(
            parser=DicomHeaderReader(), refs=self.refs, vault=self.vault,
            quarantine=self.quarantine, catalog=self.catalog, events=events, audit=audit,
            quiet_period_s=self.settings.quiet_period_s,
            max_object_bytes=self.settings.max_object_bytes,
            catalog_batch_s=self.settings.catalog_batch_s)
        reader = StudyReader(catalog=self.catalog, vault=self.vault, audit=audit)
        eraser = self.eraser = StudyEraser(catalog=self.catalog, vault=self.vault, audit=audit)
        ctx.add_servicer(ingest_pb2_grpc.add_IngestServiceServicer_to_server,
                         IngestServicer(reader=reader, eraser=eraser,
                                        on_erased=self.compact_soon),
                         ingest_pb2.DESCRIPTOR.services_by_name["IngestService"])

    async def start(self, ctx: ServiceContext) -> None:
        if self.assembler is None:
            raise RuntimeError("used before start()")
        await self.assembler.recover()
        self.compact_soon()   # finishes any shredding a crash interrupted
        self._retention = asyncio.create_task(self._retention_forever(), name="ingest-retention")
        self._ticker = asyncio.create_task(self._assemble_forever(), name="ingest-assembler")
        s = self.settings
        self._loop = asyncio.get_running_loop()
        common = dict(assembler=self.assembler, ae_title=s.ae_title, host=s.dicom_host,
                      port=s.dicom_port, max_pdu=s.max_pdu,
                      allowed_calling_aes=s.allowed_calling_aes, allowed_hosts=s.allowed_hosts,
                      max_associations=s.max_associations,
                      free_bytes=self.free_bytes if s.vault_backend == "local" else None,
                      min_free_bytes=s.min_free_bytes, on_refused=self._audit_refusal,
                      plain=s.dicom_plain, tls_port=s.dicom_tls_port,
                      ssl_context=self._dicom_tls_context(),
                      tls_handshake_timeout_s=s.dicom_tls_handshake_timeout_s)
        if s.dicom_engine == "native":
            native = NativeDicomServer(
                **common,  # type: ignore[arg-type]
                max_object_bytes=s.max_object_bytes,
                max_pending_connections=s.max_pending_connections,
                max_pending_per_host=s.max_pending_per_host,
                artim_timeout_s=s.dicom_artim_timeout_s, idle_timeout_s=s.dicom_idle_timeout_s)
            self.scp = native
            await native.start()
        else:
            scp = PynetdicomServer(loop=self._loop, **common)  # type: ignore[arg-type]
            self.scp = scp
            await asyncio.to_thread(scp.start)
        if s.stow_port:
            self.stow = self._stow_server(ctx, self.scp.disk_ok)
            self.stow.start()

    def _stow_server(self, ctx: ServiceContext, disk_ok: Callable[[], bool]) -> StowServer:
        """STOW-RS with the settings' limits (and HTTPS with the DICOM TLS files)."""
        s = self.settings
        if self.assembler is None or self._loop is None:
            raise RuntimeError("used before start()")
        limits = HttpLimits(max_body_bytes=s.stow_max_body_bytes, workers=s.stow_workers,
                            max_pending=s.stow_max_pending,
                            header_timeout_s=s.stow_header_timeout_s,
                            body_idle_timeout_s=s.stow_body_idle_timeout_s,
                            body_min_bytes_per_s=s.stow_body_min_bytes_per_s)
        context = None
        if s.stow_tls:
            cert, key, ca = s.dicom_tls_paths()
            if cert is None or key is None:
                raise RuntimeError("STOW TLS files are not configured")
            context = server_context(
                DicomTlsFiles(cert=cert, key=key,
                              ca=ca if s.stow_tls_require_client_cert else None),
                require_client_cert=s.stow_tls_require_client_cert)
        return StowServer(
            assembler=self.assembler, parser=DicomHeaderReader(), loop=self._loop,
            authorize=lambda token: self._authorize_stow(ctx, token), host=s.dicom_host,
            port=s.stow_port, spool_dir=s.service_dir("ingest") / "stow-spool", limits=limits,
            max_part_bytes=s.max_object_bytes or s.stow_max_body_bytes,
            max_parts=s.stow_max_parts, ssl_context=context, disk_ok=disk_ok)

    async def _authorize_stow(self, ctx: ServiceContext, token: str) -> tuple[str, str]:
        """``(subject, "")`` when the token is valid and its role holds ``dicom.store``."""
        verifier = await ctx.keys.verifier_for(token)
        if verifier is None:
            return "", "unauthenticated"
        try:
            principal = verifier.verify(token)
        except InvalidToken:
            return "", "unauthenticated"
        policy = ctx.keys.policy or ctx.policy
        if not policy.allows(principal.role, STORE_PERMISSION):
            if self._audit is not None:
                with contextlib.suppress(Exception):
                    await self._audit.record(action="rpc.denied", resource="stow.studies",
                                             outcome="denied", reason="permission",
                                             principal=principal)
            return principal.subject, "forbidden"
        return principal.subject, ""

    def _dicom_tls_context(self) -> ssl.SSLContext | None:
        """The DICOM TLS context when ``dicom_tls`` is on (files checked by the settings)."""
        if not self.settings.dicom_tls:
            return None
        cert, key, ca = self.settings.dicom_tls_paths()
        if cert is None or key is None:
            raise RuntimeError("DICOM TLS files are not configured")
        return server_context(DicomTlsFiles(cert=cert, key=key, ca=ca),
                              require_client_cert=self.settings.dicom_tls_require_client_cert)

    def free_bytes(self) -> int:
        """Free space on the vault's file system."""
        self.vault_dir.mkdir(parents=True, exist_ok=True)
        return shutil.disk_usage(self.vault_dir).free

    def _audit_refusal(self, reason: str, calling_ae: str, host: str) -> None:
        """Audit a refused association (called from an association thread; does not wait)."""
        if self._audit is None or self._loop is None:
            return
        clean = "".join(ch for ch in calling_ae if ch.isprintable())[:16]
        future = asyncio.run_coroutine_threadsafe(self._audit.record(
            action="dicom.associate", resource=f"host:{host}", outcome="failure",
            reason=reason, subject=f"ae:{clean}", role="dicom_scu"), self._loop)
        self._background.add(future)
        future.add_done_callback(self._background.discard)

    def compact_soon(self) -> None:
        """Compact the journal in the background (after an erasure; at start-up). Ingest
        goes on meanwhile; a request while one runs makes it run once more."""
        compact = getattr(self.vault, "compact", None)
        if compact is None:
            return
        if self._compaction is not None and not self._compaction.done():
            self._compact_again = True
            return

        async def run() -> None:
            while True:
                self._compact_again = False
                try:
                    freed = await compact()
                except StorageUnavailable as exc:
                    log.warning("journal compaction failed", extra={"code": "ING-206",
                                "fields": {"error": str(exc)}})
                    return
                if freed:
                    log.info("journal compacted", extra={"code": "ING-032",
                             "fields": {"bytes_freed": freed}})
                if not self._compact_again:
                    return
        self._compaction = asyncio.create_task(run(), name="ingest-compaction")

    async def sweep_retention(self) -> int:
        """One raw retention sweep: every study past ``raw_retention_days``, in batches.

        Returns:
            How many studies were erased.
        """
        if self.eraser is None:
            raise RuntimeError("used before start()")
        erased = 0
        while True:
            batch = await self.eraser.expire(retention_days=self.settings.raw_retention_days)
            erased += len(batch)
            if len(batch) < 100:
                break
        if erased:
            log.info("raw retention expired studies", extra={"code": "ING-033", "fields": {
                "studies": erased, "raw_retention_days": self.settings.raw_retention_days}})
            self.compact_soon()
        return erased

    async def _retention_forever(self) -> None:
        while True:
            try:
                await self.sweep_retention()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # audit or storage down: the next sweep goes on
                log.warning("raw retention sweep failed", extra={"code": "ING-207", "fields": {
                    "error": type(exc).__name__}})
            await asyncio.sleep(self.settings.retention_sweep_interval_s)

    async def _assemble_forever(self) -> None:
        if self.assembler is None:
            raise RuntimeError("used before start()")
        while True:
            try:
                await self.assembler.complete_quiet_studies()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # keep assembling; the catalog may come back
                log.warning("assembly pass failed", extra={"code": "ING-202", "fields": {
                    "error": type(exc).__name__}})
            # wake when the next study becomes quiet, not only every interval
            await asyncio.sleep(self.assembler.next_pass_in(self.settings.assembler_interval_s))

    async def stop(self) -> None:
        if self.stow is not None:
            await asyncio.to_thread(self.stow.stop)
        if isinstance(self.scp, NativeDicomServer):
            await self.scp.stop()
        elif self.scp is not None:
            await asyncio.to_thread(self.scp.stop)
        for task in (self._ticker, self._retention):
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
        if self.assembler is not None:
            with contextlib.suppress(Exception):
                await self.assembler.checkpoint()
        if self._compaction is not None:
            with contextlib.suppress(Exception):
                await self._compaction
        if hasattr(self.vault, "close"):
            self.vault.close()
        self.engine.dispose()


def main() -> None:
    settings = load_settings(IngestSettings)
    run(lambda: IngestService(settings), settings)  # built after the start-up file check


if __name__ == "__main__":
    main()
