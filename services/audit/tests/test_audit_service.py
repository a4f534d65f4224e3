"""The audit service in-process with the real nats-server and the real access service:
records published by other services land in the chain, an auditor can query and verify, a
clinician is refused, and both the query and the refusal are themselves audited."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import grpc
import pytest

from medenclave.audit_log import AuditPublisher
from medenclave.bus import EventBus
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import audit_pb2, audit_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_audit.adapters.inbound.records import checkpoint_from_proto, entry_from_proto
from medenclave_audit.adapters.outbound.key_files import TrustedKeys, public_key_from_pem
from medenclave_audit.config import AuditSettings
from medenclave_audit.core.chain import ChainedRecord
from medenclave_audit.core.checkpoint import key_id
from medenclave_audit.core.export import ExportedCheckpoint, ExportedRecord, check_export
from medenclave_audit.core.merkle import verify_consistency
from medenclave_audit.main import AuditService
from medenclave_audit.offline import trusted_keys, verify_store
from medenclave_testing import free_port, wait_serving

DEADLINE_S = 20.0



async def poll_query(stub, request: audit_pb2.QueryRequest, want: int) -> audit_pb2.QueryResponse:
    """Query until at least ``want`` records match (records arrive through the bus)."""
    deadline = time.monotonic() + DEADLINE_S
    while True:
        reply = await stub.Query(request, timeout=5)
        if len(reply.records) >= want or time.monotonic() > deadline:
            return reply
        await asyncio.sleep(0.05)


async def checkpoints_and_export(stub, resource: str) -> None:
    """Signed checkpoints, a consistency proof, and an Export an auditor checks on their own."""
    keys = await stub.GetCheckpointKey(audit_pb2.GetCheckpointKeyRequest())
    raw = public_key_from_pem(keys.keys[0].public_key_pem)
    assert keys.current_key_id == keys.keys[0].key_id == key_id(raw)
    deadline = time.monotonic() + DEADLINE_S
    while True:  # the service signs every 10 records (checked once a second)
        first = await stub.GetCheckpoint(audit_pb2.GetCheckpointRequest())
        if first.HasField("checkpoint") or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.05)
    assert first.checkpoint.tree_size >= 10

    items = [item async for item in stub.Export(audit_pb2.ExportRequest(resource=resource))]
    kinds = [item.WhichOneof("item") for item in items]
    assert kinds[0] == "key" and kinds.count("record") == 26
    cps = [ExportedCheckpoint(checkpoint_from_proto(i.checkpoint),
                              tuple(i.checkpoint.consistency_proof))
           for i in items if i.HasField("checkpoint")]
    recs = [ExportedRecord(ChainedRecord(seq=i.record.stored.seq,
                                         entry=entry_from_proto(i.record.stored.record),
                                         prev_hash=i.record.prev_hash, hash=i.record.stored.hash),
                           i.record.leaf_hash, i.record.tree_size,
                           tuple(i.record.inclusion_proof))
            for i in items if i.HasField("record")]
    check = check_export(checkpoints=cps, records=recs, signatures=TrustedKeys([raw]))
    # Export signs a fresh checkpoint first: every exported record is proven
    assert (check.valid, check.proven, check.records) == (True, 26, 26)

    latest = await stub.GetCheckpoint(audit_pb2.GetCheckpointRequest(
        old_tree_size=first.checkpoint.tree_size))
    old, new = first.checkpoint, latest.checkpoint
    assert new.tree_size >= old.tree_size
    verify_consistency(old_size=old.tree_size, new_size=new.tree_size,
                       old_root=bytes.fromhex(old.root_hash), new_root=bytes.fromhex(new.root_hash),
                       proof=[bytes.fromhex(p) for p in latest.consistency_proof])
    TrustedKeys([raw]).verify(checkpoint_from_proto(new))


async def journey(data_dir: Path, nats_url: str, database_url: str, schema: str) -> None:
    access_port, audit_port = free_port(), free_port()
    access_ep, audit_ep = f"127.0.0.1:{access_port}", f"127.0.0.1:{audit_port}"
    access_settings = AccessSettings(data_dir=data_dir, nats_url=nats_url, grpc_port=access_port,
                                     access_endpoint=access_ep)
    audit_settings = AuditSettings(data_dir=data_dir, nats_url=nats_url, grpc_port=audit_port,
                                   access_endpoint=access_ep, database_url=database_url,
                                   database_schema=schema, checkpoint_every_records=10)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop)),
             asyncio.create_task(serve(AuditService(audit_settings), audit_settings, stop))]
    bus = None
    try:
        await wait_serving(access_ep)
        await wait_serving(audit_ep)
        issuer = TokenIssuer(load_or_create_signing_key(data_dir / "access" / "keys"))
        auditor, _ = issuer.issue(subject="aud-1", role="auditor")
        clinician, _ = issuer.issue(subject="clin-1", role="clinician")

        # other services' records, through the real bus
        bus = await EventBus.connect(nats_url, name="test-publisher")
        publisher = AuditPublisher(bus, "ingest")
        resource = f"st-{uuid.uuid4().hex[:24]}"
        sent = [await publisher.record(action="dicom.store", resource=resource,
                                       subject="service:ingest", role="svc_ingest")
                for _ in range(25)]
        await publisher.record(action="dicom.store", resource=resource)  # a second fact
        # at-least-once: a re-delivered record (new Nats-Msg-Id, same record) is stored once
        await bus.publish("audit.record.v1", sent[0], msg_id=f"again-{sent[0].record_id}")

        async with secure_channel(audit_ep, StaticToken(auditor)) as channel:
            stub = audit_pb2_grpc.AuditServiceStub(channel)
            reply = await poll_query(stub, audit_pb2.QueryRequest(resource=resource), 26)
            assert len(reply.records) == 26
            got = {r.record.record_id for r in reply.records}
            assert {s.record_id for s in sent} <= got
            first = next(r for r in reply.records if r.record.record_id == sent[0].record_id)
            assert first.record == sent[0] and len(first.hash) == 64 and first.seq >= 1
            seqs = [r.seq for r in reply.records]
            assert seqs == sorted(seqs)

            limited = await stub.Query(audit_pb2.QueryRequest(resource=resource, limit=5))
            assert len(limited.records) == 5

            verdict = await stub.Verify(audit_pb2.VerifyRequest())
            assert verdict.valid and verdict.problem == "" and verdict.first_bad_seq == 0
            assert verdict.records >= 26 and len(verdict.head_hash) == 64

            # the auditor's own queries are audited
            own = await poll_query(stub, audit_pb2.QueryRequest(subject="aud-1",
                                                                action="audit.query"), 2)
            assert len(own.records) >= 2
            assert all(r.record.role == "auditor" and r.record.service == "audit"
                       for r in own.records)

            await checkpoints_and_export(stub, resource)

            bad = audit_pb2.QueryRequest(limit=-1)
            with pytest.raises(grpc.aio.AioRpcError) as err:
                await stub.Query(bad)
            assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT

        async with secure_channel(audit_ep, StaticToken(clinician)) as channel:
            with pytest.raises(grpc.aio.AioRpcError) as err:
                await audit_pb2_grpc.AuditServiceStub(channel).Query(
                    audit_pb2.QueryRequest(resource=resource))
            assert err.value.code() == grpc.StatusCode.PERMISSION_DENIED

        async with secure_channel(audit_ep) as channel:  # no token at all
            with pytest.raises(grpc.aio.AioRpcError) as err:
                await audit_pb2_grpc.AuditServiceStub(channel).Verify(audit_pb2.VerifyRequest())
            assert err.value.code() == grpc.StatusCode.UNAUTHENTICATED

        async with secure_channel(audit_ep, StaticToken(auditor)) as channel:
            stub = audit_pb2_grpc.AuditServiceStub(channel)
            denied = await poll_query(stub, audit_pb2.QueryRequest(subject="clin-1",
                                                                   action="rpc.denied"), 1)
            assert len(denied.records) == 1
            rec = denied.records[0].record
            assert (rec.outcome, rec.role, rec.resource) == \
                ("denied", "clinician", "/medenclave.audit.v1.AuditService/Query")
            assert (await stub.Verify(audit_pb2.VerifyRequest())).valid
            # let the last records land before stopping (nothing in flight at shutdown)
            verifies = await poll_query(stub, audit_pb2.QueryRequest(subject="aud-1",
                                                                     action="audit.verify"), 2)
            assert len(verifies.records) == 2
    finally:
        if bus is not None:
            await bus.close()
        stop.set()
        # generous: nats-py's drain can wait out its 30 s drain_timeout (see README)
        await asyncio.wait_for(asyncio.gather(*tasks), 45)

    # the same chain, offline, as the CLI sees it
    url = database_url or f"sqlite:///{data_dir / 'audit' / 'audit.db'}"
    offline = verify_store(url, schema, public_keys=trusted_keys(data_dir=data_dir))
    assert offline.valid and offline.records >= 30 and offline.checkpoints >= 1


def test_audit_service_end_to_end_sqlite(nats_server, tmp_path):
    asyncio.run(journey(tmp_path / "data", nats_server.url, "", ""))


def test_audit_service_end_to_end_postgresql(nats_server, tmp_path, database_url, pg_schema):
    asyncio.run(journey(tmp_path / "data", nats_server.url, database_url, pg_schema))
