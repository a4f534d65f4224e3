"""gRPC adapter: IngestService over the StudyReader. Permissions come from ingest.proto."""

from __future__ import annotations

import logging
from collections.abc import Callable

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.rpc import current_principal
from medenclave.v1 import common_pb2, ingest_pb2, ingest_pb2_grpc
from medenclave_ingest.core.erasure import ErasureRefused, StudyEraser
from medenclave_ingest.core.ports import (
    STATE_RECEIVED,
    STATE_RECEIVING,
    EventsUnavailable,
    ObjectMissing,
    StorageUnavailable,
    StudySummary,
)
from medenclave_ingest.core.reader import (
    InstanceNotFound,
    StudyErased,
    StudyNotFound,
    StudyReader,
)

__all__ = ["IngestServicer", "summary_of"]

log = logging.getLogger(__name__)

_STATES = {
    STATE_RECEIVING: common_pb2.STUDY_STATE_RECEIVING,
    STATE_RECEIVED: common_pb2.STUDY_STATE_RECEIVED,
}


def _ts(seconds: float) -> Timestamp:
    ts = Timestamp()
    ts.FromNanoseconds(int(seconds * 1e9))
    return ts


def summary_of(study: StudySummary) -> common_pb2.StudySummary:
    return common_pb2.StudySummary(
        study_ref=study.study_ref,
        state=_STATES.get(study.state, common_pb2.STUDY_STATE_UNSPECIFIED),
        instance_count=study.instance_count, modality=study.modality,
        received_at=_ts(study.received_at), updated_at=_ts(study.updated_at),
        trace_id=study.trace_id)


class IngestServicer(ingest_pb2_grpc.IngestServiceServicer):
    def __init__(self, *, reader: StudyReader, eraser: StudyEraser | None = None,
                 on_erased: Callable[[], None] = lambda: None) -> None:
        self._reader = reader
        self._eraser = eraser
        self._on_erased = on_erased   # schedules the journal compaction

    async def ListStudies(self, request, context):
        try:
            page = await self._reader.list_studies(limit=request.page.limit,
                                                    after=request.page.after)
        except StorageUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "catalog unavailable")
        limit = min(request.page.limit or 100, 500)
        return ingest_pb2.ListStudiesResponse(
            studies=[summary_of(s) for s in page],
            next=page[-1].study_ref if len(page) == limit else "")

    async def GetStudy(self, request, context):
        try:
            study = await self._reader.get_study(study_ref=request.study_ref)
        except StudyNotFound:
            await context.abort(grpc.StatusCode.NOT_FOUND, "unknown study_ref")
        except StorageUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "catalog unavailable")
        return summary_of(study)

    async def FetchInstances(self, request, context):
        principal = current_principal()
        try:
            instances = await self._reader.open_raw(
                study_ref=request.study_ref, instance_refs=list(request.instance_refs),
                principal=principal)
        except StudyNotFound:
            await context.abort(grpc.StatusCode.NOT_FOUND, "unknown study_ref")
        except StudyErased:
            await context.abort(grpc.StatusCode.NOT_FOUND, "study erased")
        except InstanceNotFound:
            await context.abort(grpc.StatusCode.NOT_FOUND, "unknown instance_ref for this study")
        except EventsUnavailable:
            # fail closed: no audit record, no raw data
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")
        except StorageUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "catalog unavailable")
        log.info("raw instances read", extra={"code": "ING-030", "fields": {
            "study_ref": request.study_ref, "instances": len(instances),
            "subject": principal.subject}})
        for instance in instances:
            try:
                data = await self._reader.read_raw(instance=instance)
            except ObjectMissing:
                log.error("vault object missing", extra={"code": "ING-302", "fields": {
                    "instance_ref": instance.instance_ref}})
                await context.abort(grpc.StatusCode.DATA_LOSS, "instance missing from vault")
            except StorageUnavailable:
                await context.abort(grpc.StatusCode.UNAVAILABLE, "vault unavailable")
            yield ingest_pb2.RawInstance(instance_ref=instance.instance_ref, dicom=data)

    async def EraseStudies(self, request, context):
        eraser = self._eraser
        if eraser is None:
            await context.abort(grpc.StatusCode.UNIMPLEMENTED, "erasure is not enabled")
            return None
        principal = current_principal()
        try:
            done = await eraser.erase(study_refs=list(request.study_refs),
                                            erasure_ref=request.erasure_ref,
                                            principal=principal)
        except ErasureRefused as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        except EventsUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "audit log unavailable")
        except StorageUnavailable:
            await context.abort(grpc.StatusCode.UNAVAILABLE, "vault or catalog unavailable")
        self._on_erased()
        log.info("studies erased", extra={"code": "ING-031", "fields": {
            "erasure_ref": request.erasure_ref, "studies": len(done),
            "objects": sum(d.objects_shredded for d in done), "subject": principal.subject}})
        return ingest_pb2.EraseStudiesResponse(studies=[
            ingest_pb2.ErasedStudy(study_ref=d.study_ref, objects_shredded=d.objects_shredded,
                                   found=d.found) for d in done])
