"""NATS handler: dicom.study.received.v1 → de-identify → store → deid.study.{completed,quarantined}.v1.

Bound to the durable consumer ``deid-study-received``. Idempotent on (study_ref, completion):
the outcome is committed to ``deid_studies`` once, then announced (audit record and event,
both de-duplicated downstream) and marked published; a redelivery only re-announces.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import Callable

from google.protobuf.timestamp_pb2 import Timestamp

from medenclave import telemetry
from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable, Event, EventBus, PoisonMessage, TransientError
from medenclave.storage import ObjectStore
from medenclave.v1 import events_pb2
from medenclave_deid.core.accessions import AccessionLookup
from medenclave_deid.core.burned_in import (
    MASK_NOTHING_FOUND,
    BurnedInScreen,
    MaskRuleError,
    ScreenCall,
    mask_encoded,
)
from medenclave_deid.core.deidentifier import PROFILE_NAME, StudyDeidentifier
from medenclave_deid.core.escrow import EscrowClerk, EscrowUnavailable, identity_from_dataset
from medenclave_deid.core.instances import InvalidInstance
from medenclave_deid.core.ports import (
    DEIDENTIFIED,
    QUARANTINED,
    InstanceCatalog,
    QuarantineReviews,
    RawInstanceSource,
    SourceNotFound,
    SourceUnavailable,
    StudyOutcome,
    StudyStore,
    StudyStoreUnavailable,
)
from medenclave_deid.core.pseudonyms import PseudonymIndexUnavailable
from medenclave_deid.core.quarantine import QuarantineCase, ReviewsUnavailable, is_leak_block

__all__ = ["COMPLETED_SUBJECT", "DURABLE", "LEAK_BLOCKED_SUBJECT", "QUARANTINED_SUBJECT",
           "StudyReceivedHandler"]

log = logging.getLogger(__name__)
DURABLE = "deid-study-received"
COMPLETED_SUBJECT = "deid.study.completed.v1"
QUARANTINED_SUBJECT = "deid.study.quarantined.v1"
LEAK_BLOCKED_SUBJECT = "deid.leak.blocked.v1"
_RETRYABLE = (StudyStoreUnavailable, PseudonymIndexUnavailable, EscrowUnavailable,
              ReviewsUnavailable)


def _now() -> Timestamp:
    ts = Timestamp()
    ts.GetCurrentTime()
    return ts


@dataclasses.dataclass
class _Run:
    """What one de-identification run keeps beside its session."""

    identity_source: object = None  # the first source header, for the escrow entry
    escrow_reason: str = ""


class _NoEvent:
    """Stands in for the NATS event when an officer's release re-runs a study."""

    async def in_progress(self) -> None:
        return None


class StudyReceivedHandler:
    """De-identifies one study completion per event."""

    def __init__(self, *, deidentifier: StudyDeidentifier, studies: StudyStore,
                 store: ObjectStore, source: RawInstanceSource,
                 bus: Callable[[], EventBus], audit: Callable[[], AuditPublisher],
                 escrow: EscrowClerk | None = None, screen: BurnedInScreen | None = None,
                 reviews: QuarantineReviews | None = None,
                 instances: InstanceCatalog | None = None,
                 profile_name: str = PROFILE_NAME,
                 accessions: AccessionLookup | None = None) -> None:
        self._accessions = accessions
        self._profile_name = profile_name
        self._instances = instances
        self._escrow = escrow
        self._screen = screen
        self._reviews = reviews
        self._deidentifier = deidentifier
        self._studies = studies
        self._store = store
        self._source = source
        self._bus = bus
        self._audit = audit

    async def __call__(self, event: Event) -> None:
        msg = event.parse(events_pb2.StudyReceived)
        if not msg.study_ref or msg.completion < 1:
            raise PoisonMessage("study_ref and completion are required")
        try:
            record = await asyncio.to_thread(self._studies.get, study_ref=msg.study_ref,
                                             completion=msg.completion)
            if record is None:
                record = await self._deidentify(msg, event)
                record = await asyncio.to_thread(self._studies.save, record=record)
            if record.published:
                return
            if record.state == QUARANTINED and self._reviews is not None:
                await asyncio.to_thread(self._reviews.open, case=QuarantineCase(
                    study_ref=record.study_ref, completion=record.completion,
                    reason_code=record.reason_code, instance_refs=tuple(msg.instance_refs),
                    modality=record.modality))
            await self._announce(record)
            await asyncio.to_thread(self._studies.mark_published, study_ref=record.study_ref,
                                    completion=record.completion)
        except _RETRYABLE as exc:
            raise TransientError(f"metadata_unavailable:{type(exc).__name__}") from None

    async def rerun_released(self, *, study_ref: str, completion: int,
                             instance_refs: list[str], modality: str = "",
                             mask_text: bool = False) -> StudyOutcome:
        """De-identify a quarantined completion again for an officer's release: the burned-in
        text check is overridden (``mask_text``: the text lines found are blanked instead, or
        the completion stays quarantined); every other check and the leak guard apply.

        Raises:
            medenclave.bus.TransientError: ingest, the stores or the bus are unavailable.
        """
        msg = events_pb2.StudyReceived(study_ref=study_ref, completion=completion,
                                       instance_refs=instance_refs, modality=modality)
        try:
            return await self._deidentify(msg, _NoEvent(), override_burned_in=True,
                                          mask_text=mask_text)
        except _RETRYABLE as exc:
            raise TransientError(f"metadata_unavailable:{type(exc).__name__}") from None

    async def announce_released(self, record: StudyOutcome) -> None:
        """Publish the completion of a released study and mark it published.

        Raises:
            medenclave.bus.TransientError: the bus or the store is unavailable.
        """
        try:
            await self._announce(record)
            await asyncio.to_thread(self._studies.mark_published, study_ref=record.study_ref,
                                    completion=record.completion)
        except _RETRYABLE as exc:
            raise TransientError(f"metadata_unavailable:{type(exc).__name__}") from None

    def _screen_and_add(self, session, run: _Run, raw: bytes, *, override: bool,
                        mask_text: bool = False) -> str:
        """Burned-in screen, then de-identify one instance (mask it when a rule says so).
        Returns a quarantine reason code or "". Raises what ``session.add`` raises."""
        # sees the source as the session parsed it, before cleaning
        screen = ScreenCall(self._screen, override=override, mask_text=mask_text) \
            if self._screen is not None else None
        if screen is None and mask_text:
            return MASK_NOTHING_FOUND  # no screen, no text found: nothing masked, not released
        try:
            instance = session.add(raw, screen=screen)
        except InvalidInstance as exc:
            verdict = screen.verdict if screen is not None else None
            if verdict is not None and verdict.quarantine and exc.code == verdict.reason:
                return exc.code  # the burned-in screen's verdict, not a broken instance
            raise
        header = session.source  # parsed once, by the session
        verdict = screen.verdict if screen is not None else None
        if verdict is not None and verdict.rule is not None:
            try:
                masked = mask_encoded(instance.dicom, verdict.rule)
            except MaskRuleError:
                return "burned_in_unmaskable"
            session.instances[-1] = dataclasses.replace(instance, dicom=masked)
        if run.identity_source is None:
            run.identity_source = header
        return ""

    def _write_escrow(self, session, run: _Run) -> None:
        """Raises: EscrowUnavailable."""
        if self._escrow is not None and run.identity_source is not None:
            run.escrow_reason = self._escrow.record(identity_from_dataset(
                run.identity_source, pseudonym=session.pseudo_patient_id))

    async def _deidentify(self, msg: events_pb2.StudyReceived, event: Event, *,
                          override_burned_in: bool = False,
                          mask_text: bool = False) -> StudyOutcome:
        fields = {"study_ref": msg.study_ref, "completion": msg.completion}
        session = self._deidentifier.session()
        run = _Run()
        quarantine = await self._fetch_and_add(msg, event, session, run, fields=fields,
                                               override=override_burned_in, mask_text=mask_text)
        if not quarantine:
            quarantine = _missing_instances(msg, session)
        if not quarantine:
            quarantine = await self._leak_guard(session, event, fields=fields)
        trace_id = telemetry.current_trace_id()
        if quarantine:
            log.warning("study quarantined", extra={"code": "DEID-300", "fields": {
                **fields, "reason": quarantine}})
            return StudyOutcome(study_ref=msg.study_ref, completion=msg.completion,
                               state=QUARANTINED, reason_code=quarantine[:64],
                               modality=(msg.modality or session.modality)[:16],
                               trace_id=trace_id)
        await self._write_outputs(msg, event, session, run, fields=fields)
        return StudyOutcome(study_ref=msg.study_ref, completion=msg.completion, state=DEIDENTIFIED,
                           pseudo_study_id=session.pseudo_study_id,
                           pseudo_patient_id=session.pseudo_patient_id,
                           instance_count=len(session.instances),
                           modality=(session.modality or msg.modality)[:16], trace_id=trace_id,
                           body_part=session.body_part)

    async def _fetch_and_add(self, msg: events_pb2.StudyReceived, event: Event, session,
                             run: _Run, *, fields: dict, override: bool,
                             mask_text: bool = False) -> str:
        """Fetch the instances and de-identify each; returns a quarantine reason code or "".

        Raises:
            medenclave.bus.TransientError: ingest unavailable.
        """
        quarantine = ""
        try:
            async with contextlib.aclosing(self._source.fetch(
                    study_ref=msg.study_ref, instance_refs=list(msg.instance_refs))) as stream:
                async for _instance_ref, raw in stream:
                    await event.in_progress()
                    quarantine = await asyncio.to_thread(
                        self._screen_and_add, session, run, raw, override=override,
                        mask_text=mask_text)
                    if quarantine:
                        break
        except SourceUnavailable as exc:
            log.warning("ingest unavailable", extra={"code": "DEID-101", "fields": {
                **fields, "status": str(exc)}})
            raise TransientError("ingest_unavailable", delay=10.0) from None
        except SourceNotFound:
            quarantine = "source_not_found"
        except InvalidInstance as exc:
            quarantine = exc.code
        if quarantine.startswith("burned_in"):
            log.warning("burned-in text", extra={"code": "DEID-302", "fields": {
                **fields, "reason": quarantine}})
        return quarantine

    async def _leak_guard(self, session, event: Event, *, fields: dict) -> str:
        """The leak guard over every output; returns its reason code or ""."""
        await event.in_progress()
        finding = await asyncio.to_thread(session.verify)
        if finding is None:
            return ""
        log.warning("leak guard hit", extra={"code": "DEID-301", "fields": {
            **fields, "where": finding.where, "reason": finding.reason_code}})
        return finding.reason_code

    async def _write_outputs(self, msg: events_pb2.StudyReceived, event: Event, session,
                             run: _Run, *, fields: dict) -> None:
        """Escrow entry, then every output, then the instance catalog (in that order).

        Raises:
            EscrowUnavailable, StudyStoreUnavailable: retry later.
        """
        await asyncio.to_thread(self._write_escrow, session, run)
        if run.escrow_reason:
            log.warning("no escrow written", extra={"code": "DEID-401", "fields": {
                **fields, "reason": run.escrow_reason}})
        for instance in session.instances:
            await asyncio.to_thread(self._store.put, instance.object_key, instance.dicom)
            await event.in_progress()
        if self._instances is not None:  # after the objects are durable: FetchStudy's lookup
            await asyncio.to_thread(
                self._instances.add, pseudo_study_id=session.pseudo_study_id,
                study_ref=msg.study_ref, completion=msg.completion,
                object_keys=[i.object_key for i in session.instances])
        if self._accessions is not None and run.identity_source is not None:
            accession = str(getattr(run.identity_source, "AccessionNumber", "") or "")
            await asyncio.to_thread(self._accessions.record, accession=accession,
                                    pseudo_study_id=session.pseudo_study_id)
        log.info("study de-identified", extra={"code": "DEID-001", "fields": {
            **fields, "pseudo_study_id": session.pseudo_study_id,
            "instances": len(session.instances)}})

    async def _announce(self, record: StudyOutcome) -> None:
        try:
            if record.state == DEIDENTIFIED:
                await self._audit().record(action="deid.study", resource=record.study_ref)
                await self._bus().publish(COMPLETED_SUBJECT, events_pb2.StudyDeidentified(
                    study_ref=record.study_ref, completion=record.completion,
                    pseudo_study_id=record.pseudo_study_id,
                    pseudo_patient_id=record.pseudo_patient_id,
                    instance_count=record.instance_count, profile=self._profile_name,
                    modality=record.modality, completed_at=_now(),
                    body_part=record.body_part),
                    msg_id=f"deid:{record.study_ref}:{record.completion}")
            else:
                await self._audit().record(action="deid.study", resource=record.study_ref,
                                           outcome="failure", reason=record.reason_code)
                await self._bus().publish(QUARANTINED_SUBJECT, events_pb2.StudyQuarantined(
                    study_ref=record.study_ref, completion=record.completion,
                    reason_code=record.reason_code, quarantined_at=_now()),
                    msg_id=f"deidq:{record.study_ref}:{record.completion}")
                if is_leak_block(record.reason_code):
                    await self._bus().publish(LEAK_BLOCKED_SUBJECT, events_pb2.DeidLeakBlocked(
                        study_ref=record.study_ref, completion=record.completion,
                        reason_code=record.reason_code, at=_now()),
                        msg_id=f"deidleak:{record.study_ref}:{record.completion}")
        except BusUnavailable:
            raise TransientError("bus_unavailable", delay=5.0) from None


def _missing_instances(msg: events_pb2.StudyReceived, session) -> str:
    """``empty_study`` when nothing came back.

    Raises:
        medenclave.bus.TransientError: fewer instances came back than the event lists.
    """
    expected = len(msg.instance_refs)
    if not session.instances:
        return "empty_study"
    if expected and len(session.instances) != expected:
        raise TransientError("incomplete_fetch", delay=10.0)
    return ""
