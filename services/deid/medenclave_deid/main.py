"""Wiring: settings → stores → core → gRPC and the NATS consumer. ``python -m medenclave_deid``."""

from __future__ import annotations

import asyncio
import contextlib
import logging

import grpc

from medenclave.config import ConfigError, database_url_for, load_settings
from medenclave.security.crypto import EnvelopeCipher, FileKeyEncryptionKey, load_or_create_secret
from medenclave.service import Service, ServiceContext, run
from medenclave.storage import EncryptedObjectStore, LocalObjectStore, make_engine
from medenclave.v1 import deid_pb2, deid_pb2_grpc
from medenclave_deid.adapters.inbound.consumer import DURABLE, StudyReceivedHandler
from medenclave_deid.adapters.inbound.grpc_api import DeidServicer
from medenclave_deid.adapters.inbound.notes_api import PseudonymNoteFacts
from medenclave_deid.adapters.outbound.ingest_client import IngestRawSource
from medenclave_deid.adapters.outbound.ocr_text_detector import shared_text_detector
from medenclave_deid.adapters.outbound.profile_files import load_profile
from medenclave_deid.adapters.outbound.sql_escrow_store import SqlEscrowStore, SqlQuarantineReviews
from medenclave_deid.adapters.outbound.sql_store import (
    SqlAccessionIndex,
    SqlInstanceCatalog,
    SqlPseudonymIndex,
    SqlStudyStore,
)
from medenclave_deid.adapters.outbound.text_vocabulary import make_descriptor_cleaner
from medenclave_deid.config import DeidSettings
from medenclave_deid.core.accessions import AccessionLookup
from medenclave_deid.core.burned_in import BurnedInScreen, MaskRuleError, mask_rules_from_mapping
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.erasure import PatientErasure
from medenclave_deid.core.escrow import EscrowClerk, EscrowKeyError, EscrowSealer
from medenclave_deid.core.leak_guard import LeakGuard
from medenclave_deid.core.profile import BasicProfile
from medenclave_deid.core.profile_table import ProfileTableError
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.retention import BATCH as RETENTION_BATCH
from medenclave_deid.core.retention import DeidentifiedRetention
from medenclave_deid.core.transient import TransientDeidentifier

__all__ = ["DeidService", "main"]

log = logging.getLogger(__name__)


def _load_profile(settings: DeidSettings, uid_secret: bytes) -> BasicProfile:
    try:
        return load_profile(table_path=settings.annex_e_table, profile=settings.profile,
                            options=[o for o in settings.options.split(",") if o.strip()],
                            safe_private_path=settings.safe_private_list,
                            cleaner=make_descriptor_cleaner(uid_secret))
    except (OSError, ValueError, ProfileTableError) as exc:
        raise ConfigError(f"MEDENCLAVE_DEID_ANNEX_E_TABLE/PROFILE/OPTIONS: unusable profile "
                          f"({type(exc).__name__}: {exc})") from None


def _load_escrow_sealer(settings: DeidSettings) -> EscrowSealer | None:
    """The officer's public key, or None (then no escrow is sealed: ``escrow_key_missing``)."""
    path = settings.escrow_key_path()
    if path is None:
        if settings.escrow_required:
            raise ConfigError("MEDENCLAVE_DEID_ESCROW_REQUIRED: no escrow public key; run "
                              "'medenclave escrow init' or set MEDENCLAVE_DEID_ESCROW_PUBLIC_KEY_FILE")
        return None
    try:
        return EscrowSealer(path.read_bytes())
    except (OSError, EscrowKeyError) as exc:
        raise ConfigError(f"MEDENCLAVE_DEID_ESCROW_PUBLIC_KEY_FILE: unusable key "
                          f"({type(exc).__name__}: {exc})") from None


def _load_mask_rules(settings: DeidSettings) -> BurnedInScreen:
    """The burned-in screen: the mask rules file and the offline OCR detector (its models load
    on the first image the header leaves open)."""
    detector = shared_text_detector(settings.ocr_threads)
    if settings.mask_rules_file is None:
        return BurnedInScreen(detector=detector)
    import yaml

    try:
        doc = yaml.safe_load(settings.mask_rules_file.read_text(encoding="utf-8"))
        return BurnedInScreen(rules=mask_rules_from_mapping(doc), detector=detector)
    except (OSError, yaml.YAMLError, MaskRuleError) as exc:
        raise ConfigError(f"MEDENCLAVE_DEID_MASK_RULES_FILE: unusable rules "
                          f"({type(exc).__name__}: {exc})") from None


class DeidService(Service):
    name = "deid"

    def __init__(self, settings: DeidSettings) -> None:
        self.settings = settings
        sealer = _load_escrow_sealer(settings)  # configuration first: fail before opening stores
        self.screen = _load_mask_rules(settings)
        home = settings.service_dir("deid")
        keys = home / "keys"
        self.uid_secret = load_or_create_secret(keys, "uid")
        pseudonym_secret = load_or_create_secret(keys, "pseudonym")
        self.engine = make_engine(database_url_for(settings, "deid"),
                                  schema=settings.database_schema)
        self.studies = SqlStudyStore(self.engine)
        self.instances = SqlInstanceCatalog(self.engine)
        self.store = EncryptedObjectStore(LocalObjectStore(home / "store"),
                                          EnvelopeCipher(FileKeyEncryptionKey(keys)))
        self.pseudonyms = PatientPseudonyms(secret=pseudonym_secret,
                                            index=SqlPseudonymIndex(self.engine))
        self.accessions = AccessionLookup(secret=pseudonym_secret,
                                          index=SqlAccessionIndex(self.engine))
        profile = _load_profile(settings, self.uid_secret)
        self.deidentifier = StudyDeidentifier(
            profile=profile, uid_secret=self.uid_secret,
            pseudonyms=self.pseudonyms, guard=LeakGuard())
        # DeidentifyInstance (inference's Predict by DICOM): one-time keys, nothing stored
        self.transient = TransientDeidentifier(profile=profile)
        self.escrow = SqlEscrowStore(self.engine)
        self.escrow_clerk = EscrowClerk(store=self.escrow, sealer=sealer)
        self.reviews = SqlQuarantineReviews(self.engine)
        self.handler: StudyReceivedHandler | None = None
        self.retention: DeidentifiedRetention | None = None
        self._retention: asyncio.Task | None = None
        self._ingest: grpc.aio.Channel | None = None

    def register(self, ctx: ServiceContext) -> None:
        servicer = DeidServicer(studies=self.studies, store=self.store,
                                uid_secret=self.uid_secret, audit=lambda: ctx.audit,
                                reviews=self.reviews, escrow=self.escrow,
                                rerun=lambda: self.handler, instances=self.instances)
        # notes get the same per-patient date offset as the patient's images, for the callers
        # the policy trusts with it (deid.patient_dates, service accounts); others the default
        servicer._note_facts = PseudonymNoteFacts(self.pseudonyms)
        servicer._note_policy = ctx.policy
        # the quarantine preview reads raw pixels from ingest with deid's account (raw.read)
        servicer._raw = lambda: IngestRawSource(lambda: self._ingest) \
            if self._ingest is not None else None
        servicer._screen = self.screen  # the preview's text lines and mask regions
        servicer._four_eyes = self.settings.quarantine_four_eyes
        servicer._accessions = self.accessions  # DeidentifyTable(accession_column)
        servicer._transient = self.transient
        servicer._erasure = PatientErasure(pseudonyms=self.pseudonyms, studies=self.studies,
                                           accessions=self.accessions,
                                           escrow=self.escrow)
        ctx.add_servicer(deid_pb2_grpc.add_DeidServiceServicer_to_server, servicer,
                         deid_pb2.DESCRIPTOR.services_by_name["DeidService"])

    async def start(self, ctx: ServiceContext) -> None:
        self._ingest = ctx.channel(self.settings.ingest_endpoint)
        handler = StudyReceivedHandler(
            deidentifier=self.deidentifier, studies=self.studies, store=self.store,
            source=IngestRawSource(lambda: self._ingest), bus=lambda: ctx.bus,
            audit=lambda: ctx.audit, escrow=self.escrow_clerk, screen=self.screen,
            reviews=self.reviews, instances=self.instances,
            profile_name=self.settings.profile, accessions=self.accessions)
        self.handler = handler
        ctx.bus.consume(DURABLE, handler)
        self.retention = DeidentifiedRetention(
            studies=self.studies, store=self.store, audit=lambda: ctx.audit,
            forget_accessions=lambda ids: self.accessions.forget_studies(pseudo_study_ids=ids))
        self._retention = asyncio.create_task(self._retention_forever(), name="deid-retention")

    async def sweep_retention(self) -> int:
        """One retention sweep of the de-identified data class (in batches); how many studies
        expired."""
        if self.retention is None:
            raise RuntimeError("used before start()")
        days, expired = self.settings.deidentified_retention_days, 0
        while True:
            batch = await self.retention.expire(retention_days=days)
            expired += len(batch)
            if len(batch) < RETENTION_BATCH:
                break
        if expired:
            log.info("de-identified retention expired studies", extra={
                "code": "DEID-130", "fields": {"studies": expired,
                                               "deidentified_retention_days": days}})
        return expired

    async def _retention_forever(self) -> None:
        while True:
            try:
                await self.sweep_retention()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # audit or storage down: the next sweep goes on
                log.warning("de-identified retention sweep failed", extra={
                    "code": "DEID-131", "fields": {"error": type(exc).__name__}})
            await asyncio.sleep(self.settings.retention_sweep_interval_s)

    async def stop(self) -> None:
        if self._retention is not None:
            self._retention.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._retention
        if self._ingest is not None:
            await self._ingest.close()
        self.engine.dispose()


def main() -> None:
    settings = load_settings(DeidSettings)
    run(lambda: DeidService(settings), settings)  # built after the start-up file check


if __name__ == "__main__":
    main()
