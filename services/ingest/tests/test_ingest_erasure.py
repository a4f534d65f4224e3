"""Right to erasure on the raw side: crypto-shredding in the journal, and EraseStudies.

The vault test shreds objects across sealed and open segments and restarts the journal; the
service test stores two patients' studies over real associations, erases one patient's
studies over gRPC as a privacy officer, and checks what can and cannot be read afterwards,
the audit trail, and that other roles and malformed requests are refused.
"""

from __future__ import annotations

import asyncio
import io
import threading

import grpc
import nats
import pytest
from pydicom import dcmread
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid
from pynetdicom import AE

from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.crypto import (
    DecryptionError,
    EnvelopeCipher,
    FileKeyEncryptionKey,
    load_or_create_secret,
)
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import events_pb2, ingest_pb2, ingest_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_ingest.adapters.outbound.journal_format import read_body
from medenclave_ingest.adapters.outbound.journal_shred import SHRED_LOG
from medenclave_ingest.adapters.outbound.journal_vault import JournalVault
from medenclave_ingest.config import IngestSettings
from medenclave_ingest.core.ports import ObjectMissing
from medenclave_ingest.core.refs import RefDeriver
from medenclave_ingest.main import REF_SECRET_NAME, IngestService
from medenclave_testing import free_port, until, wait_serving

ERASURE_REF = "pt-" + "ab" * 12


def scu_store(port: int, items: list) -> list[int]:
    """One pynetdicom association; C-STORE each dataset; the statuses."""
    ae = AE(ae_title="TESTSCU")
    ae.add_requested_context(CTImageStorage, ExplicitVRLittleEndian)
    assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE")
    assert assoc.is_established, "association rejected"
    try:
        return [int(assoc.send_c_store(item).Status) for item in items]
    finally:
        assoc.release()


class Recorder:
    """An ordered JetStream consumer collecting (subject, headers, data)."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, dict, bytes]] = []

    async def on_message(self, msg) -> None:
        self.messages.append((msg.subject, dict(msg.headers or {}), msg.data))

    def of(self, subject: str, message_type):
        return [(h, message_type.FromString(d)) for s, h, d in self.messages if s == subject]


def _vault(tmp_path) -> tuple[JournalVault, EnvelopeCipher]:
    cipher = EnvelopeCipher(FileKeyEncryptionKey(tmp_path / "keys"))
    return JournalVault(tmp_path / "vault", cipher, segment_bytes=64 * 1024), cipher


def test_shred_destroys_the_data_key_and_survives_a_restart(tmp_path):
    async def main() -> None:
        vault, cipher = _vault(tmp_path)
        blobs = {f"instances/{p}{i}": bytes([i]) * 20_000 for p in "ab" for i in range(4)}
        for key, data in blobs.items():   # 8 × 20 kB over 64 KiB segments: several sealed
            await vault.put(key=key, data=data, record={"n": key})
        erased = [k for k in blobs if k.startswith("instances/a")]
        where = {k: vault._index[k] for k in erased}
        assert await vault.shred(keys=erased + ["instances/unknown"]) == 4
        assert await vault.shred(keys=erased) == 0            # idempotent
        for key in erased:
            with pytest.raises(ObjectMissing):
                await vault.get(key=key)
            assert not await vault.exists(key=key)
            # the ciphertext is still on disk, but its data key is gone: it cannot decrypt
            body = read_body(vault._fd(where[key].segment), where[key])
            with pytest.raises(DecryptionError):
                cipher.decrypt(body, aad=key.encode())
        await vault.put(key="instances/c0", data=b"after", record={"n": "c0"})
        vault.close()

        again, _ = _vault(tmp_path)   # restart: index files and a scan past shredded records
        try:
            for key in erased:
                assert not await again.exists(key=key)
            for key, data in blobs.items():
                if key not in erased:
                    assert await again.get(key=key) == data
            assert await again.get(key="instances/c0") == b"after"
            assert {r.key for r in await again.records_after(position="")}.isdisjoint(erased)
        finally:
            again.close()
        assert len((tmp_path / "vault" / "journal" / SHRED_LOG).read_text().splitlines()) == 4

    asyncio.run(main())


def test_compaction_frees_the_shredded_bytes_while_appends_go_on(tmp_path):
    async def main() -> None:
        vault, _ = _vault(tmp_path)
        big = {f"instances/e{i}": bytes([i]) * 200_000 for i in range(6)}
        keep = {f"instances/k{i}": bytes([100 + i]) * 50_000 for i in range(3)}
        for key, data in {**big, **keep}.items():
            await vault.put(key=key, data=data, record={"n": key})
        journal = tmp_path / "vault" / "journal"

        def allocated() -> int:
            return sum(p.stat().st_blocks * 512 for p in journal.glob("*.seg"))
        before = allocated()
        assert await vault.shred(keys=list(big)) == 6
        # compaction and new appends at once: every append succeeds and is readable
        late = {f"instances/late{i}": bytes([200 + i]) * 30_000 for i in range(8)}
        freed, *_ = await asyncio.gather(
            vault.compact(), *(vault.put(key=k, data=d, record={"n": k})
                               for k, d in late.items()))
        grown = sum(len(d) for d in late.values())
        if freed == 0:
            pytest.skip("this file system cannot punch holes (bytes zeroed, not freed)")
        assert freed >= 5 * 200_000                       # most of 6 × 200 kB came back
        assert allocated() <= before + grown + 2 * 64 * 1024 - 5 * 200_000
        assert await vault.compact() == 0                 # nothing left to free
        for key, data in {**keep, **late}.items():
            assert await vault.get(key=key) == data
        vault.close()
        again, _ = _vault(tmp_path)                       # the scan steps over punched records
        try:
            for key, data in {**keep, **late}.items():
                assert await again.get(key=key) == data
            assert not any([await again.exists(key=k) for k in big])
            await again.put(key="instances/after", data=b"x", record={"n": "after"})
        finally:
            again.close()

    asyncio.run(main())


def test_raw_retention_sweep_shreds_only_expired_studies(tmp_path):
    from medenclave.storage import make_engine
    from medenclave_ingest.adapters.outbound.sql_catalog import SqlStudyCatalog
    from medenclave_ingest.core.erasure import StudyEraser
    from medenclave_ingest.core.ports import STATE_ERASED, StoredInstance

    class Audit:
        def __init__(self) -> None:
            self.records: list[dict] = []

        async def record(self, **kwargs) -> None:
            self.records.append(kwargs)

    day = 86400.0
    now = 1000 * day

    async def main() -> None:
        vault, _ = _vault(tmp_path)
        catalog = SqlStudyCatalog(make_engine(f"sqlite:///{tmp_path / 'c.db'}"))
        audit = Audit()
        eraser = StudyEraser(catalog=catalog, vault=vault, audit=audit, clock=lambda: now)
        ages = {"st-" + "a" * 24: 400, "st-" + "b" * 24: 366, "st-" + "c" * 24: 10}
        for n, (ref, age) in enumerate(ages.items()):
            key = f"instances/{n}"
            await vault.put(key=key, data=b"raw" * 100, record={"n": key})
            await catalog.record_instance(instance=StoredInstance(
                instance_ref=f"in-{n:024x}", study_ref=ref, sop_class_uid="1.2", size_bytes=300,
                transfer_syntax_uid="1.2.840.10008.1.2.1", calling_ae="X",
                stored_at=now - age * day, vault_key=key), trace_context={})
        done = await eraser.expire(retention_days=365)
        assert sorted(d.study_ref for d in done) == sorted(list(ages)[:2])
        assert all(d.objects_shredded == 1 for d in done)
        assert [r["action"] for r in audit.records] == ["retention.expire"] * 2
        assert all(r["reason"] == "raw_retention_days=365" for r in audit.records)
        for ref in list(ages)[:2]:
            assert (await catalog.get_study(study_ref=ref)).state == STATE_ERASED
        assert await vault.get(key="instances/2") == b"raw" * 100
        assert await eraser.expire(retention_days=365) == []      # nothing left to expire
        vault.close()

    asyncio.run(main())


def test_erase_studies_over_grpc(tmp_path, nats_server, dicom):
    asyncio.run(_erase_journey(tmp_path, nats_server, dicom))


async def _erase_journey(tmp_path, nats_server, dicom) -> None:
    data_dir = tmp_path / "data"
    access_port, grpc_port, dicom_port = free_port(), free_port(), free_port()
    access_settings = AccessSettings(data_dir=data_dir, nats_url=nats_server.url,
                                     grpc_port=access_port,
                                     access_endpoint=f"127.0.0.1:{access_port}")
    settings = IngestSettings(data_dir=data_dir, nats_url=nats_server.url, grpc_port=grpc_port,
                              access_endpoint=f"127.0.0.1:{access_port}",
                              dicom_port=dicom_port, quiet_period_s=0.5,
                              assembler_interval_s=0.1)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop)),
             asyncio.create_task(serve(IngestService(settings), settings, stop))]
    nc = None
    try:
        await wait_serving(access_port)
        await wait_serving(grpc_port)
        nc = await nats.connect(nats_server.url)
        audit = Recorder()
        await nc.jetstream().subscribe("audit.>", cb=audit.on_message, ordered_consumer=True)
        await nc.jetstream().subscribe("dicom.>", cb=audit.on_message, ordered_consumer=True)
        refs = RefDeriver(load_or_create_secret(data_dir / "ingest" / "keys", REF_SECRET_NAME))

        # -- two patients, one study each -----------------------------------------------------
        study_uid, series_uid = generate_uid(), generate_uid()
        study_a = [dicom.ct_instance(study_uid, series_uid, n, size=256) for n in (1, 2)]
        study_b = dicom.ct_study(2)
        for ds in study_a:
            ds.PatientID = "ERASE-ME-4711"
        for ds in study_b:
            ds.PatientID = "KEEP-ME-0815"
        assert await asyncio.to_thread(scu_store, dicom_port, study_a + study_b) == [0] * 4
        ref_a = refs.study_ref(study_a[0].StudyInstanceUID)
        ref_b = refs.study_ref(study_b[0].StudyInstanceUID)
        await until(lambda: {e.study_ref for _, e in audit.of(
            "dicom.study.received.v1", events_pb2.StudyReceived)} >= {ref_a, ref_b},
            what="both studies received")

        key = load_or_create_signing_key(data_dir / "access" / "keys")
        officer, _ = TokenIssuer(key).issue(subject="olga", role="privacy_officer")
        radiologist, _ = TokenIssuer(key).issue(subject="rita", role="radiologist")
        deid, _ = TokenIssuer(key).issue(subject="svc-deid", role="svc_deid")
        erase = ingest_pb2.EraseStudiesRequest(study_refs=[ref_a], erasure_ref=ERASURE_REF)

        # -- attack: other roles, and malformed requests from the officer, are refused --------
        threads = threading.active_count()
        for token in (radiologist, deid):
            async with secure_channel(f"127.0.0.1:{grpc_port}", StaticToken(token)) as ch:
                with pytest.raises(grpc.aio.AioRpcError) as info:
                    await ingest_pb2_grpc.IngestServiceStub(ch).EraseStudies(erase, timeout=10)
                assert info.value.code() == grpc.StatusCode.PERMISSION_DENIED
        bad = [ingest_pb2.EraseStudiesRequest(study_refs=[], erasure_ref=ERASURE_REF),
               ingest_pb2.EraseStudiesRequest(study_refs=["st-" + "0" * 24] * 2 + [
                   f"st-{i:024x}" for i in range(1001)], erasure_ref=ERASURE_REF),
               ingest_pb2.EraseStudiesRequest(study_refs=["../../journal"],
                                              erasure_ref=ERASURE_REF),
               # the patient id itself as the reference: refused, never written to audit
               ingest_pb2.EraseStudiesRequest(study_refs=[ref_a],
                                              erasure_ref="ERASE-ME-4711")]
        async with secure_channel(f"127.0.0.1:{grpc_port}", StaticToken(officer)) as ch:
            stub = ingest_pb2_grpc.IngestServiceStub(ch)
            for request in bad:
                with pytest.raises(grpc.aio.AioRpcError) as info:
                    await stub.EraseStudies(request, timeout=10)
                assert info.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            assert threading.active_count() <= threads + 8   # no thread per refused call

            # -- the officer erases patient A's study ------------------------------------------
            journal = data_dir / "ingest" / "vault" / "journal"

            def allocated() -> int:
                return sum(p.stat().st_blocks * 512 for p in journal.glob("*.seg"))
            before = allocated()
            done = await stub.EraseStudies(erase, timeout=30)
            assert [(s.study_ref, s.objects_shredded, s.found) for s in done.studies] == [
                (ref_a, 2, True)]

        async with secure_channel(f"127.0.0.1:{grpc_port}", StaticToken(deid)) as ch:
            stub = ingest_pb2_grpc.IngestServiceStub(ch)
            with pytest.raises(grpc.aio.AioRpcError) as info:
                async for _ in stub.FetchInstances(
                        ingest_pb2.FetchInstancesRequest(study_ref=ref_a)):
                    pass
            assert info.value.code() == grpc.StatusCode.NOT_FOUND
            got = [r async for r in stub.FetchInstances(
                ingest_pb2.FetchInstancesRequest(study_ref=ref_b))]
            assert sorted(dcmread(io.BytesIO(r.dicom)).SOPInstanceUID for r in got) == sorted(
                ds.SOPInstanceUID for ds in study_b)

        # ingest goes on while the journal is compacted: a C-STORE right after succeeds,
        # and the space of the two shredded 128 kB objects is given back
        assert await asyncio.to_thread(scu_store, dicom_port, dicom.ct_study(1)) == [0]
        await until(lambda: allocated() <= before - 200_000, what="compaction freed the bytes")

        # -- audit: one phi.erase per study, by the officer, with the opaque ref only ---------
        def records():
            return [r for _, r in audit.of("audit.record.v1", events_pb2.AuditRecord)]
        await until(lambda: any(r.action == "phi.erase" for r in records()), what="erase audit")
        erases = [r for r in records() if r.action == "phi.erase"]
        assert [(r.resource, r.subject, r.role) for r in erases] == [
            (ref_a, "olga", "privacy_officer")]
        assert ERASURE_REF in erases[0].reason
        assert any(r.action == "rpc.denied" and r.role == "radiologist" for r in records())
        assert not any(b"ERASE-ME-4711" in d for s, _, d in audit.messages
                       if s.startswith("audit."))
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        if nc is not None:
            await nc.close()
