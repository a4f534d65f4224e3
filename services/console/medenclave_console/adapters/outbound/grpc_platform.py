"""The other services over gRPC, called with the signed-in person's token.

One channel per service, shared by every session; the person's token travels as call
metadata, so each service checks the person's own permission and audits the person.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping, Sequence

import grpc
from google.protobuf import json_format
from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.rpc import secure_channel
from medenclave.v1 import (
    access_pb2,
    access_pb2_grpc,
    audit_pb2,
    audit_pb2_grpc,
    common_pb2,
    deid_pb2,
    deid_pb2_grpc,
    inference_pb2,
    inference_pb2_grpc,
    ingest_pb2,
    ingest_pb2_grpc,
    training_pb2,
    training_pb2_grpc,
)
from medenclave_console.core.ports import (
    AuditFilter,
    AuditRow,
    BreakGlassRow,
    ChainCheck,
    DatasetRow,
    DriftPoint,
    Forbidden,
    ModelCardView,
    ModelRow,
    PreviewImage,
    QuarantineRow,
    Rejected,
    ServingHealth,
    SignedIn,
    SignInRefused,
    StudyRow,
    TrainedOn,
    Unavailable,
)

__all__ = ["GrpcPlatform"]

log = logging.getLogger(__name__)

_TIMEOUT_S = 15.0
_DESCRIPTORS = {d.full_name: d for m in (access_pb2, audit_pb2, deid_pb2, ingest_pb2, training_pb2,
                          inference_pb2)
                for d in m.DESCRIPTOR.services_by_name.values()}


def _seconds(ts: Timestamp) -> float:
    return ts.seconds + ts.nanos / 1e9


def _stamp(epoch_s: float) -> Timestamp | None:
    if epoch_s <= 0:
        return None
    ts = Timestamp()
    ts.FromNanoseconds(int(epoch_s * 1e9))
    return ts


#: refusals a page explains by name: the service's details start with the code (no values)
_KNOWN_REFUSALS = ("approver_trained_model", "trainer_unknown", "four_eyes_same_officer",
                   "confirm_mismatch")
#: why a masked release left a completion quarantined (deid's reason codes)
_MASK_REFUSALS = ("mask_nothing_found", "burned_in_compressed", "burned_in_unmaskable")


def _translate(exc: grpc.aio.AioRpcError) -> Exception:
    """A gRPC status as the core's errors (the code name only: details may carry values,
    except the leading reason code of a known refusal such as four eyes)."""
    code = exc.code()
    details = exc.details() or ""
    for known in _KNOWN_REFUSALS:
        if details.startswith(known):
            return Rejected(known)
    for known in _MASK_REFUSALS:  # deid: "still quarantined: <code>"
        if details == f"still quarantined: {known}":
            return Rejected(known)
    if code in (grpc.StatusCode.PERMISSION_DENIED, grpc.StatusCode.UNAUTHENTICATED):
        return Forbidden(code.name.lower())
    if code in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED,
                grpc.StatusCode.RESOURCE_EXHAUSTED):
        return Unavailable(code.name.lower())
    return Rejected(code.name.lower())


class GrpcPlatform:
    """:class:`medenclave_console.core.ports.Platform` over the services' gRPC APIs.

    Args:
        endpoints: ``host:port`` per service name (access, audit, ingest, deid, training).
        policy: returns the role table access publishes (the service runtime's live policy).
    """

    def __init__(self, endpoints: Mapping[str, str],
                 policy: Callable[[], Mapping[str, frozenset[str]]]) -> None:
        self._endpoints = dict(endpoints)
        self._policy = policy
        self._channels: dict[str, grpc.aio.Channel] = {}

    def _channel(self, service: str) -> grpc.aio.Channel:
        if service not in self._channels:
            self._channels[service] = secure_channel(self._endpoints[service])
        return self._channels[service]

    async def close(self) -> None:
        for channel in self._channels.values():
            await channel.close()
        self._channels.clear()

    @staticmethod
    def _auth(token: str) -> tuple[tuple[str, str], ...]:
        return (("authorization", f"Bearer {token}"),)

    async def _call(self, method, request, token: str):
        try:
            return await method(request, metadata=self._auth(token), timeout=_TIMEOUT_S)
        except grpc.aio.AioRpcError as exc:
            raise _translate(exc) from None

    def policy(self) -> Mapping[str, frozenset[str]]:
        return self._policy()

    def has_rpc(self, name: str) -> bool:
        service, _, method = name.partition("/")
        descriptor = _DESCRIPTORS.get(service)
        return descriptor is not None and method in descriptor.methods_by_name

    async def sign_in(self, *, username: str, password: str, totp_code: str) -> SignedIn:
        stub = access_pb2_grpc.AccessServiceStub(self._channel("access"))
        try:
            token = await stub.Login(access_pb2.LoginRequest(
                username=username, password=password, totp_code=totp_code), timeout=_TIMEOUT_S)
        except grpc.aio.AioRpcError as exc:
            if exc.code() in (grpc.StatusCode.UNAVAILABLE, grpc.StatusCode.DEADLINE_EXCEEDED):
                raise Unavailable(exc.code().name.lower()) from None
            raise SignInRefused(exc.code().name.lower()) from None
        return SignedIn(subject=token.subject, role=token.role, token=token.token,
                        expires_at=_seconds(token.expires_at))

    async def studies(self, *, token: str, limit: int) -> Sequence[StudyRow]:
        stub = ingest_pb2_grpc.IngestServiceStub(self._channel("ingest"))
        reply = await self._call(stub.ListStudies, ingest_pb2.ListStudiesRequest(
            page=common_pb2.Page(limit=limit)), token)
        received = list(reply.studies)
        # ingest knows what arrived; deid what became of it (de-identified or quarantined)
        outcome = {}
        if received:
            try:
                deid = deid_pb2_grpc.DeidServiceStub(self._channel("deid"))
                done = await self._call(deid.ListStudies, deid_pb2.ListStudiesRequest(
                    study_refs=[s.study_ref for s in received[:500]]), token)
                outcome = {s.study_ref: s for s in done.studies}
            except (Unavailable, Forbidden):
                log.warning("deid did not answer: studies shown as ingest knows them",
                            extra={"code": "CON-030", "fields": {}})
        rows = []
        for s in received:
            d = outcome.get(s.study_ref)
            state = d.state if d is not None and d.state else s.state
            rows.append(StudyRow(
                study_ref=s.study_ref,
                state=common_pb2.StudyState.Name(state).removeprefix("STUDY_STATE_"),
                instance_count=s.instance_count,
                pseudo_study_id=(d.pseudo_study_id if d is not None else "") or s.pseudo_study_id,
                modality=s.modality, received_at=_seconds(s.received_at),
                quarantine_reason=(d.quarantine_reason if d is not None else "")
                or s.quarantine_reason))
        return rows

    async def quarantine(self, *, token: str, include_decided: bool) -> Sequence[QuarantineRow]:
        stub = deid_pb2_grpc.DeidServiceStub(self._channel("deid"))
        reply = await self._call(stub.ListQuarantine, deid_pb2.ListQuarantineRequest(
            include_decided=include_decided), token)
        return [QuarantineRow(study_ref=q.study_ref, completion=q.completion,
                              reason_code=q.reason_code, review_state=q.review_state,
                              modality=q.modality, reviewer=q.reviewer,
                              review_reason=q.review_reason, instance_count=q.instance_count,
                              proposed_by=q.proposed_by, proposed_mask=q.proposed_mask)
                for q in reply.studies]

    async def review_quarantine(self, *, token: str, study_ref: str, completion: int,
                                release: bool, reason: str, mask: bool = False) -> str:
        stub = deid_pb2_grpc.DeidServiceStub(self._channel("deid"))
        method = stub.ReleaseQuarantine if release else stub.RejectQuarantine
        reply = await self._call(method, deid_pb2.ReviewQuarantineRequest(
            study_ref=study_ref, completion=completion, reason=reason,
            mask_text=release and mask), token)
        return str(reply.review_state)

    async def preview_quarantine(self, *, token: str, study_ref: str, completion: int,
                                 index: int, window_center: float,
                                 window_width: float) -> PreviewImage:
        stub = deid_pb2_grpc.DeidServiceStub(self._channel("deid"))
        r = await self._call(stub.PreviewQuarantine, deid_pb2.PreviewQuarantineRequest(
            study_ref=study_ref, completion=completion, index=index,
            window_center=window_center, window_width=window_width), token)
        return PreviewImage(png=r.png, index=r.index, instance_count=r.instance_count,
                            window_center=r.window_center, window_width=r.window_width,
                            rows=r.rows, columns=r.columns,
                            text_regions=tuple((b.x, b.y, b.width, b.height)
                                               for b in r.text_regions),
                            mask_regions=tuple((b.x, b.y, b.width, b.height)
                                               for b in r.mask_regions),
                            mask_rule=r.mask_rule, text_read=r.text_read)

    @staticmethod
    def _filters(query: AuditFilter) -> dict:
        out: dict = {"subject": query.subject, "action": query.action,
                     "resource": query.resource}
        for name, value in (("since", query.since), ("until", query.until)):
            stamp = _stamp(value)
            if stamp is not None:
                out[name] = stamp
        return out

    async def audit_query(self, *, token: str, query: AuditFilter) -> Sequence[AuditRow]:
        stub = audit_pb2_grpc.AuditServiceStub(self._channel("audit"))
        reply = await self._call(stub.Query, audit_pb2.QueryRequest(
            limit=query.limit, **self._filters(query)), token)
        return [AuditRow(seq=r.seq, time=_seconds(r.record.time), service=r.record.service,
                         subject=r.record.subject, role=r.record.role, action=r.record.action,
                         resource=r.record.resource, outcome=r.record.outcome,
                         reason=r.record.reason) for r in reply.records]

    async def audit_verify(self, *, token: str) -> ChainCheck:
        stub = audit_pb2_grpc.AuditServiceStub(self._channel("audit"))
        r = await self._call(stub.Verify, audit_pb2.VerifyRequest(), token)
        return ChainCheck(valid=r.valid, records=r.records, first_bad_seq=r.first_bad_seq,
                          problem=r.problem, checkpoints=r.checkpoints,
                          checkpoint_size=r.checkpoint_size)

    async def audit_export(self, *, token: str, query: AuditFilter) -> bytes:
        stub = audit_pb2_grpc.AuditServiceStub(self._channel("audit"))
        lines = []
        try:
            async for item in stub.Export(audit_pb2.ExportRequest(**self._filters(query)),
                                          metadata=self._auth(token), timeout=60):
                lines.append(json.dumps(json_format.MessageToDict(item), sort_keys=True))
        except grpc.aio.AioRpcError as exc:
            raise _translate(exc) from None
        return ("\n".join(lines) + "\n").encode()

    async def models(self, *, token: str) -> Sequence[ModelRow]:
        stub = training_pb2_grpc.TrainingServiceStub(self._channel("training"))
        reply = await self._call(stub.ListModels, training_pb2.ListModelsRequest(), token)
        return [ModelRow(model_name=m.model_name, version=m.version, job_id=m.job_id,
                         val_accuracy=m.val_accuracy, registered_at=_seconds(m.registered_at),
                         stage=m.stage, served=m.served)
                for m in reply.models]

    @staticmethod
    def _card(c: training_pb2.ModelCard) -> ModelCardView:
        try:
            raw = json.loads(c.metrics_json or "{}")
        except ValueError:
            raw = {}
        metrics = {k: float(v) for k, v in sorted(raw.items())
                   if isinstance(v, (int, float)) and not isinstance(v, bool)}
        return ModelCardView(
            model_name=c.model_name, version=c.version, stage=c.stage, served=c.served,
            job_id=c.job_id, dataset=c.dataset, dataset_version=c.dataset_version,
            manifest_sha256=c.manifest_sha256, metrics=metrics, metrics_split=c.metrics_split,
            config_sha256=c.config_sha256, code_version=c.code_version, trained_by=c.trained_by,
            registered_at=_seconds(c.registered_at), approved_by=c.approved_by,
            approved_at=_seconds(c.approved_at), approval_reason=c.approval_reason,
            retired_by=c.retired_by, retired_at=_seconds(c.retired_at), privacy=c.privacy,
            onnx_sha256=c.onnx_sha256)

    async def model_card(self, *, token: str, model_name: str, version: int) -> ModelCardView:
        stub = training_pb2_grpc.TrainingServiceStub(self._channel("training"))
        return self._card(await self._call(stub.GetModelCard, training_pb2.GetModelCardRequest(
            model_name=model_name, version=version), token))

    async def govern_model(self, *, token: str, step: str, model_name: str, version: int,
                           reason: str) -> ModelCardView:
        stub = training_pb2_grpc.TrainingServiceStub(self._channel("training"))
        if step == "approve":
            reply = await self._call(stub.ApproveModel, training_pb2.ApproveModelRequest(
                model_name=model_name, version=version, reason=reason), token)
        elif step == "rollback":
            reply = await self._call(stub.RollbackModel, training_pb2.RollbackModelRequest(
                model_name=model_name, to_version=version, reason=reason), token)
        elif step == "retire":
            reply = await self._call(stub.RetireModel, training_pb2.RetireModelRequest(
                model_name=model_name, version=version, reason=reason), token)
        else:
            raise Rejected("unknown_step")
        return self._card(reply)

    @staticmethod
    def _dataset(d: training_pb2.Dataset) -> DatasetRow:
        splits: dict[str, tuple[set[str], set[str]]] = {}
        for m in d.members:
            studies, patients = splits.setdefault(m.split, (set(), set()))
            studies.add(m.study)
            patients.add(m.patient)
        return DatasetRow(name=d.name, version=d.version, manifest_sha256=d.manifest_sha256,
                          studies=d.studies, patients=d.patients, classes=d.classes,
                          images=d.images, modality=d.modality, created_by=d.created_by,
                          created_at=_seconds(d.created_at),
                          splits={k: (len(v[0]), len(v[1])) for k, v in sorted(splits.items())})

    async def datasets(self, *, token: str) -> Sequence[DatasetRow]:
        stub = training_pb2_grpc.TrainingServiceStub(self._channel("training"))
        reply = await self._call(stub.ListDatasets, training_pb2.ListDatasetsRequest(), token)
        return [self._dataset(d) for d in reply.datasets]

    async def dataset(self, *, token: str, name: str, version: int) -> DatasetRow:
        stub = training_pb2_grpc.TrainingServiceStub(self._channel("training"))
        return self._dataset(await self._call(stub.GetDataset, training_pb2.GetDatasetRequest(
            dataset=f"{name}:{version}"), token))

    async def lineage(self, *, token: str) -> Sequence[TrainedOn]:
        stub = training_pb2_grpc.TrainingServiceStub(self._channel("training"))
        reply = await self._call(stub.ListJobs, training_pb2.ListJobsRequest(), token)
        return [TrainedOn(model_name=j.model_name, model_version=j.model_version,
                          dataset=j.dataset, dataset_version=j.dataset_version, job_id=j.job_id)
                for j in reply.jobs if j.dataset and j.model_version > 0]

    async def serving_health(self, *, token: str) -> Sequence[ServingHealth]:
        stub = inference_pb2_grpc.MonitoringServiceStub(self._channel("inference"))
        reply = await self._call(stub.GetServingHealth,
                                 inference_pb2.GetServingHealthRequest(), token)
        return [ServingHealth(
            model_name=h.model_name, version=h.version, drift_threshold=h.drift_threshold,
            drifted=h.drifted, judged=h.judged,
            points=[DriftPoint(time=_seconds(p.at), requests=p.requests,
                               interval_s=p.interval_s, p50_ms=p.p50_ms, p95_ms=p.p95_ms,
                               p99_ms=p.p99_ms, kl=p.kl) for p in h.points])
            for h in reply.versions]

    async def break_glass(self, *, token: str, role: str, reason: str,
                          duration_s: int) -> SignedIn:
        stub = access_pb2_grpc.AccessServiceStub(self._channel("access"))
        grant = await self._call(stub.BreakGlass, access_pb2.BreakGlassRequest(
            role=role, reason=reason, duration_s=duration_s), token)
        return SignedIn(subject=grant.token.subject, role=grant.token.role,
                        token=grant.token.token, expires_at=_seconds(grant.token.expires_at))

    async def break_glass_grants(self, *, token: str) -> Sequence[BreakGlassRow]:
        stub = access_pb2_grpc.AccessServiceStub(self._channel("access"))
        reply = await self._call(stub.ListBreakGlass, access_pb2.ListBreakGlassRequest(), token)
        return [BreakGlassRow(grant_id=g.grant_id, subject=g.subject, from_role=g.from_role,
                              granted_role=g.granted_role, reason=g.reason,
                              granted_at=_seconds(g.granted_at), expires_at=_seconds(g.expires_at))
                for g in reply.grants]
