"""gRPC adapter: DeidService (studies, de-identified instances, tables, quarantine)."""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Callable

import grpc

from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable
from medenclave.rpc import current_principal
from medenclave.storage import ObjectNotFound, ObjectStore
from medenclave.v1 import common_pb2, deid_pb2, deid_pb2_grpc
from medenclave_deid.adapters.inbound.erasure_api import ErasureRpcs
from medenclave_deid.adapters.inbound.instance_api import InstanceRpcs
from medenclave_deid.adapters.inbound.notes_api import NoteRpcs
from medenclave_deid.adapters.inbound.preview_api import PreviewRpcs
from medenclave_deid.adapters.inbound.review_api import QuarantineRerun, ReviewRpcs
from medenclave_deid.core.ports import (
    DEIDENTIFIED,
    QUARANTINED,
    EscrowStore,
    InstanceCatalog,
    QuarantineReviews,
    StudyOutcome,
    StudyStore,
    StudyStoreUnavailable,
)
from medenclave_deid.core.tables import TableError, deidentify_table

__all__ = ["DeidServicer"]

_PSEUDO_UID = re.compile(r"^2\.25\.[0-9]{1,40}$")
_STATES = {DEIDENTIFIED: common_pb2.STUDY_STATE_DEIDENTIFIED,
           QUARANTINED: common_pb2.STUDY_STATE_QUARANTINED}
_MAX_TABLE_BYTES = 64 * 1024 * 1024
#: ListStudies by study_refs: one console page's worth
_MAX_STUDY_REFS = 500


def _summary(study_ref: str, records: list[StudyOutcome]) -> common_pb2.StudySummary:
    """One study: the latest completion's state, the de-identified instances of all completions."""
    latest = records[-1]
    done = [r for r in records if r.state == DEIDENTIFIED]
    summary = common_pb2.StudySummary(
        study_ref=study_ref, state=_STATES.get(latest.state, common_pb2.STUDY_STATE_UNSPECIFIED),
        instance_count=sum(r.instance_count for r in done),
        pseudo_study_id=done[-1].pseudo_study_id if done else "",
        modality=latest.modality, trace_id=latest.trace_id,
        quarantine_reason=latest.reason_code if latest.state == QUARANTINED else "")
    summary.received_at.FromSeconds(int(records[0].created_at))
    summary.updated_at.FromSeconds(int(latest.updated_at))
    return summary


class DeidServicer(ReviewRpcs, PreviewRpcs, NoteRpcs, ErasureRpcs, InstanceRpcs,
                   deid_pb2_grpc.DeidServiceServicer):
    def __init__(self, *, studies: StudyStore, store: ObjectStore, uid_secret: bytes,
                 audit: Callable[[], AuditPublisher], reviews: QuarantineReviews | None = None,
                 escrow: EscrowStore | None = None,
                 rerun: Callable[[], QuarantineRerun | None] = lambda: None,
                 instances: InstanceCatalog | None = None) -> None:
        self._instances = instances  # FetchStudy's keyed lookup (deid_instances)
        self._reviews = reviews  # quarantine review and re-identification: review_api.py
        self._escrow = escrow
        self._rerun = rerun
        self._studies = studies
        self._store = store
        self._uid_secret = uid_secret
        self._audit = audit  # () -> AuditPublisher

    async def _record(self, context, **kwargs) -> None:
        """Audit before anything is released; fail closed."""
        try:
            await self._audit().record(principal=current_principal(), **kwargs)
        except (BusUnavailable, AttributeError):
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")

    async def ListStudies(self, request, context):
        limit = request.page.limit if 0 < request.page.limit <= 1000 else 100
        wanted = list(request.study_refs)
        if len(wanted) > _MAX_STUDY_REFS:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT,
                                f"at most {_MAX_STUDY_REFS} study_refs per request")
        if wanted:
            limit = len(wanted)
        rows = await asyncio.to_thread(self._studies.list, after=request.page.after,
                                       limit=limit + 1, refs=wanted)
        by_study: dict[str, list[StudyOutcome]] = {}
        for row in rows:
            by_study.setdefault(row.study_ref, []).append(row)
        refs = sorted(by_study)
        more = len(refs) > limit
        refs = refs[:limit]
        return deid_pb2.ListStudiesResponse(
            studies=[_summary(ref, by_study[ref]) for ref in refs],
            next=refs[-1] if more else "")

    async def FetchStudy(self, request, context):
        pseudo = request.pseudo_study_id.strip()
        if not _PSEUDO_UID.match(pseudo):
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "pseudo_study_id must be 2.25.<n>")
        records = await asyncio.to_thread(self._studies.by_pseudo_study, pseudo_study_id=pseudo)
        if not any(r.state == DEIDENTIFIED for r in records):
            await context.abort(grpc.StatusCode.NOT_FOUND, "no de-identified study with that id")
        await self._record(context, action="data.read", resource=f"pseudo_study:{pseudo}")
        done = [r for r in records if r.state == DEIDENTIFIED]
        try:
            keys = await asyncio.to_thread(self._instance_keys, pseudo, done[-1])
        except StudyStoreUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "instance index unavailable")
        for key in keys:
            try:
                data = await asyncio.to_thread(self._store.get, key)
            except ObjectNotFound:
                continue
            name = key.rsplit("/", 1)[-1]
            yield deid_pb2.DeidentifiedInstance(pseudo_instance_uid=name.removesuffix(".dcm"),
                                                dicom=data)

    def _instance_keys(self, pseudo: str, record: StudyOutcome) -> list[str]:
        """The study's object keys from the index (one keyed range read). A study written before
        the index existed (none indexed) is listed from the store once and indexed then.

        Raises:
            StudyStoreUnavailable: the index cannot be read.
        """
        if self._instances is None:
            return list(self._store.keys(f"{pseudo}/"))
        keys = self._instances.keys(pseudo_study_id=pseudo)
        if not keys:
            keys = list(self._store.keys(f"{pseudo}/"))
            self._instances.add(pseudo_study_id=pseudo, study_ref=record.study_ref,
                                completion=record.completion, object_keys=keys)
        return keys

    async def DeidentifyTable(self, request, context):
        if len(request.csv) > _MAX_TABLE_BYTES:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "table too large")
        try:
            accessions = getattr(self, "_accessions", None)
            if request.accession_column and accessions is None:
                raise TableError("accession_index_unavailable")
            table = await asyncio.to_thread(
                deidentify_table, request.csv, uid_secret=self._uid_secret,
                study_uid_column=request.study_uid_column or "StudyInstanceUID",
                accession_column=request.accession_column,
                accession_lookup=accessions.find if accessions is not None else None)
        except TableError as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        digest = hashlib.sha256(request.csv).hexdigest()[:16]
        await self._record(context, action="deid.table", resource=f"table:{digest}")
        return deid_pb2.DeidentifyTableResponse(csv=table.csv, rows=table.rows,
                                                dropped_columns=table.dropped_columns)
