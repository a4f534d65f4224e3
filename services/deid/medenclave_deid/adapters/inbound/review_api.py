"""gRPC: the privacy officer's RPCs of DeidService — quarantine review and re-identification.

Mixed into :class:`medenclave_deid.adapters.inbound.grpc_api.DeidServicer`. Every call is audited
before anything is released or changed, and fails closed (UNAVAILABLE) when the audit record
cannot be persisted. The written reason of a review is kept in the review store and the audit
record; nothing here is logged with data values.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from typing import Protocol

import grpc

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable, TransientError
from medenclave.rpc import current_principal
from medenclave.v1 import deid_pb2
from medenclave_deid.core.escrow import EscrowUnavailable
from medenclave_deid.core.ports import DEIDENTIFIED, EscrowStore, QuarantineReviews, StudyOutcome, StudyStore
from medenclave_deid.core.quarantine import (
    AWAITING_CONFIRMATION,
    PENDING,
    RELEASED,
    CaseAlreadyDecided,
    CaseNotFound,
    QuarantineCase,
    ReviewsUnavailable,
)

__all__ = ["QuarantineRerun", "ReviewRpcs"]

log = logging.getLogger(__name__)
_PSEUDONYM = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_MAX_REASON = 1000


class QuarantineRerun(Protocol):
    """What a release needs from the study handler (the NATS consumer's de-identification)."""

    async def rerun_released(self, *, study_ref: str, completion: int,
                             instance_refs: list[str], modality: str = "",
                             mask_text: bool = False) -> StudyOutcome:
        """Raises: medenclave.bus.TransientError."""
        ...

    async def announce_released(self, record: StudyOutcome) -> None:
        """Raises: medenclave.bus.TransientError."""
        ...


class ReviewRpcs:
    """ReleaseQuarantine, RejectQuarantine, ListQuarantine (with review state), Reidentify."""

    _audit: Callable[[], AuditPublisher]
    _studies: StudyStore
    _reviews: QuarantineReviews | None
    _escrow: EscrowStore | None
    _rerun: Callable[[], QuarantineRerun | None]
    #: four eyes on releases (MEDENCLAVE_DEID_QUARANTINE_FOUR_EYES)
    _four_eyes: bool = False

    async def _audited(self, context, **kwargs) -> None:
        try:
            await self._audit().record(principal=current_principal(), **kwargs)
        except (BusUnavailable, AttributeError):
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")

    async def _review_args(self, request, context) -> tuple[str, int, str]:
        study_ref, reason = request.study_ref.strip(), request.reason.strip()
        if not study_ref or request.completion < 1:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                "study_ref and completion are required")
        if not reason:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "a written reason is required")
        if self._reviews is None:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "quarantine review not configured")
        return study_ref, request.completion, reason[:_MAX_REASON]

    async def ListQuarantine(self, request, context):
        await self._audited(context, action="quarantine.review", resource="deid:quarantine")
        try:
            cases = await asyncio.to_thread(self._reviews.list,
                                            include_decided=request.include_decided)
        except ReviewsUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "quarantine store unavailable")
        return deid_pb2.ListQuarantineResponse(studies=[
            deid_pb2.QuarantinedStudy(
                study_ref=c.study_ref, completion=c.completion, reason_code=c.reason_code,
                review_state=c.state, modality=c.modality, reviewer=c.reviewer,
                review_reason=c.review_reason, instance_count=len(c.instance_refs),
                proposed_by=c.proposed_by, proposed_mask=c.proposed_mask)
            for c in cases])

    async def RejectQuarantine(self, request, context):
        study_ref, completion, reason = await self._review_args(request, context)
        await self._audited(context, action="quarantine.reject", resource=study_ref,
                            reason=reason)
        principal = current_principal()
        try:
            case = await asyncio.to_thread(
                self._reviews.reject, study_ref=study_ref, completion=completion,
                reviewer=principal.subject if principal else "", reason=reason)
        except CaseNotFound:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no quarantined completion")
        except CaseAlreadyDecided as exc:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, f"already {exc.state}")
        except ReviewsUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "quarantine store unavailable")
        log.info("quarantine rejected", extra={"code": "DEID-311", "fields": {
            "study_ref": study_ref, "completion": completion}})
        return deid_pb2.ReviewQuarantineResponse(study_ref=study_ref, completion=completion,
                                                 review_state=case.state)

    async def ReleaseQuarantine(self, request, context):
        study_ref, completion, reason = await self._review_args(request, context)
        case = await self._case(context, study_ref=study_ref, completion=completion)
        rerun = self._rerun()
        if rerun is None:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "deid is starting")
        if case.state == RELEASED:  # released before, but its announcement did not go out
            answer = await self._announce_again(context, rerun, case, study_ref=study_ref,
                                                completion=completion, reason=reason)
            if answer is not None:
                return answer
        if case.state != PENDING:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, f"already {case.state}")
        principal = current_principal()
        subject = principal.subject if principal else ""
        if self._four_eyes:
            if not case.proposed_by:
                return await self._propose(context, case, subject=subject, reason=reason,
                                           mask=request.mask_text)
            if case.proposed_by == subject:
                await context.abort(grpc.StatusCode.PERMISSION_DENIED,
                                    "four_eyes_same_officer: a second privacy officer must "
                                    "confirm the release this officer proposed")
            if case.proposed_mask != request.mask_text:
                await context.abort(grpc.StatusCode.FAILED_PRECONDITION,
                                    "confirm_mismatch: the release was proposed "
                                    + ("masked" if case.proposed_mask else "unmasked"))
        await self._audited(context, action="quarantine.release", resource=study_ref,
                            reason=f"masked: {reason}" if request.mask_text else reason)
        record = await self._rerun_case(context, rerun, case, study_ref=study_ref,
                                        completion=completion, mask_text=request.mask_text)
        case = await self._record_release(context, rerun, record, reviewer=subject,
                                          reason=reason)
        log.info("quarantine released", extra={"code": "DEID-310", "fields": {
            "study_ref": study_ref, "completion": completion,
            "pseudo_study_id": record.pseudo_study_id}})
        return _release_response(study_ref, completion, case, record)

    async def _propose(self, context, case: QuarantineCase, *, subject: str, reason: str,
                       mask: bool) -> deid_pb2.ReviewQuarantineResponse:
        """Four eyes: the first officer's release is kept as a proposal (audited)."""
        await self._audited(context, action="quarantine.release_proposed",
                            resource=case.study_ref,
                            reason=f"masked: {reason}" if mask else reason)
        try:
            await asyncio.to_thread(self._reviews.propose, study_ref=case.study_ref,
                                    completion=case.completion, proposer=subject,
                                    reason=reason, mask=mask)
        except CaseNotFound:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no quarantined completion")
        except CaseAlreadyDecided as exc:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, f"already {exc.state}")
        except ReviewsUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "quarantine store unavailable")
        log.info("quarantine release proposed", extra={"code": "DEID-314", "fields": {
            "study_ref": case.study_ref, "completion": case.completion}})
        return deid_pb2.ReviewQuarantineResponse(study_ref=case.study_ref,
                                                 completion=case.completion,
                                                 review_state=AWAITING_CONFIRMATION)

    async def _case(self, context, *, study_ref: str, completion: int) -> QuarantineCase:
        """The review case of the completion (aborts NOT_FOUND or UNAVAILABLE)."""
        try:
            case = await asyncio.to_thread(self._reviews.get, study_ref=study_ref,
                                           completion=completion)
        except ReviewsUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "quarantine store unavailable")
        if case is None:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no quarantined completion")
        return case

    async def _announce_again(self, context, rerun: QuarantineRerun, case: QuarantineCase, *,
                              study_ref: str, completion: int, reason: str
                              ) -> deid_pb2.ReviewQuarantineResponse | None:
        """Announce a released completion whose announcement did not go out; None when there
        is nothing to announce (aborts UNAVAILABLE when the announcement fails again)."""
        record = await asyncio.to_thread(self._studies.get, study_ref=study_ref,
                                         completion=completion)
        if record is None or record.state != DEIDENTIFIED or record.published:
            return None
        await self._audited(context, action="quarantine.release", resource=study_ref,
                            reason=reason)
        try:
            await rerun.announce_released(record)
        except TransientError:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "released, announcement pending")
        return _release_response(study_ref, completion, case, record)

    async def _rerun_case(self, context, rerun: QuarantineRerun, case: QuarantineCase, *,
                          study_ref: str, completion: int,
                          mask_text: bool = False) -> StudyOutcome:
        """De-identify the case's instances again (``mask_text``: blanking the text lines
        found); aborts (audited as a failure) unless the re-run de-identified them."""
        try:
            record = await rerun.rerun_released(
                study_ref=study_ref, completion=completion,
                instance_refs=list(case.instance_refs), modality=case.modality,
                mask_text=mask_text)
        except TransientError as exc:
            await self._audited(context, action="quarantine.release", resource=study_ref,
                                outcome="failure", reason="retry_later")
            await context.abort(grpc.StatusCode.UNAVAILABLE, f"retry later ({exc})")
        if record.state != DEIDENTIFIED:
            log.warning("release re-run quarantined", extra={"code": "DEID-312", "fields": {
                "study_ref": study_ref, "completion": completion, "reason": record.reason_code}})
            await self._audited(context, action="quarantine.release", resource=study_ref,
                                outcome="failure", reason=record.reason_code)
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION,
                                f"still quarantined: {record.reason_code}")
        return record

    async def _record_release(self, context, rerun: QuarantineRerun, record: StudyOutcome, *,
                              reviewer: str, reason: str) -> QuarantineCase:
        """Store the officer's decision, then announce the completion."""
        try:
            case = await asyncio.to_thread(
                self._reviews.release, record=record, reviewer=reviewer, reason=reason)
            await rerun.announce_released(record)
        except CaseAlreadyDecided as exc:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION, f"already {exc.state}")
        except CaseNotFound:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no quarantined completion")
        except (ReviewsUnavailable, TransientError):
            # the decision is stored; the completion is announced by a later release attempt
            # or the operator (the study row stays unpublished)
            await context.abort(grpc.StatusCode.UNAVAILABLE, "released, announcement pending")
        return case

    async def Reidentify(self, request, context):
        pseudonym = request.pseudonym.strip()
        if not _PSEUDONYM.match(pseudonym):
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "malformed pseudonym")
        if self._escrow is None:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "escrow not configured")
        try:
            entry = await asyncio.to_thread(self._escrow.get, pseudonym=pseudonym)
        except EscrowUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "escrow store unavailable")
        if entry is None or not entry.sealed:
            reason = "escrow_not_found" if entry is None else entry.reason_code
            await self._audited(context, action="phi.reidentify", resource=pseudonym,
                                outcome="failure", reason=reason)
            if entry is None:
                await context.abort(grpc.StatusCode.NOT_FOUND, "no escrow entry")
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION,
                                f"no sealed entry ({entry.reason_code})")
        await self._audited(context, action="phi.reidentify", resource=pseudonym)
        return deid_pb2.ReidentifyResponse(pseudonym=pseudonym, sealed=entry.sealed,
                                           key_id=entry.key_id)


def _release_response(study_ref: str, completion: int, case: QuarantineCase,
                      record: StudyOutcome) -> deid_pb2.ReviewQuarantineResponse:
    return deid_pb2.ReviewQuarantineResponse(
        study_ref=study_ref, completion=completion, review_state=case.state,
        pseudo_study_id=record.pseudo_study_id, instance_count=record.instance_count)
