"""Adapters on their real back ends: SQL catalog (SQLite, PostgreSQL), pydicom parser, vault."""

from __future__ import annotations

import asyncio

import pytest

from medenclave.storage import make_engine
from medenclave_ingest.adapters.inbound.dicom.header_reader import DicomHeaderReader
from medenclave_ingest.adapters.outbound.encrypted_vault import open_local_vault
from medenclave_ingest.adapters.outbound.sql_catalog import SqlStudyCatalog
from medenclave_ingest.core.instances import Rejected
from medenclave_ingest.core.ports import (
    STATE_RECEIVED,
    STATE_RECEIVING,
    ObjectMissing,
    QuarantineRecord,
    StoredInstance,
)

TRACEPARENT = "00-" + "c" * 32 + "-" + "d" * 16 + "-01"


def _instance(study: str, ref: str, at: float) -> StoredInstance:
    return StoredInstance(instance_ref=ref, study_ref=study,
                          sop_class_uid="1.2.840.10008.5.1.4.1.1.2",
                          transfer_syntax_uid="1.2.840.10008.1.2.1", size_bytes=100,
                          calling_ae="CT1", stored_at=at, vault_key=f"instances/{study}/{ref}.dcm",
                          modality="CT")


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ingest.db'}", ""
        return
    database_url = request.getfixturevalue("database_url")
    schema = request.getfixturevalue("pg_schema")
    yield "postgresql+psycopg://" + database_url.split("://", 1)[1], schema


def test_catalog_assembles_across_a_restart(engine_url):
    url, schema = engine_url

    async def scenario():
        engine = make_engine(url, schema=schema)
        catalog = SqlStudyCatalog(engine)
        assert await catalog.record_instance(instance=_instance("st-a", "in-1", 10.0),
                                             trace_context={"traceparent": TRACEPARENT})
        assert await catalog.record_instance(instance=_instance("st-a", "in-2", 11.0),
                                             trace_context={})
        assert not await catalog.record_instance(instance=_instance("st-a", "in-2", 12.0),
                                                 trace_context={})
        assert await catalog.quiet_studies(quiet_since=10.5) == []
        engine.dispose()

        # a new process: the pending study is still there
        engine = make_engine(url, schema=schema)
        catalog = SqlStudyCatalog(engine)
        [pending] = await catalog.quiet_studies(quiet_since=20.0)
        assert pending.study_ref == "st-a" and pending.completion == 1
        assert pending.instance_refs == ("in-1", "in-2") and pending.total_instances == 2
        assert pending.trace_context == {"traceparent": TRACEPARENT}
        study = await catalog.get_study(study_ref="st-a")
        assert study.state == STATE_RECEIVING and study.trace_id == "c" * 32

        await catalog.mark_completed(study_ref="st-a", completion=1,
                                     instance_refs=pending.instance_refs, at=21.0)
        await catalog.mark_completed(study_ref="st-a", completion=1,
                                     instance_refs=pending.instance_refs, at=22.0)  # idempotent
        assert await catalog.quiet_studies(quiet_since=30.0) == []
        study = await catalog.get_study(study_ref="st-a")
        assert study.state == STATE_RECEIVED and study.completions == 1
        assert study.updated_at == 21.0

        # an addition reopens the study; the next completion carries only it
        assert await catalog.record_instance(instance=_instance("st-a", "in-3", 40.0),
                                             trace_context={})
        assert (await catalog.get_study(study_ref="st-a")).state == STATE_RECEIVING
        [pending] = await catalog.quiet_studies(quiet_since=50.0)
        assert pending.completion == 2 and pending.instance_refs == ("in-3",)
        assert pending.total_instances == 3

        # paging, newest first
        await catalog.record_instance(instance=_instance("st-b", "in-9", 60.0), trace_context={})
        first = await catalog.list_studies(limit=1)
        assert [s.study_ref for s in first] == ["st-b"]
        rest = await catalog.list_studies(limit=5, after="st-b")
        assert [s.study_ref for s in rest] == ["st-a"]
        assert [i.instance_ref for i in await catalog.instances_of(study_ref="st-a")] == [
            "in-1", "in-2", "in-3"]
        assert await catalog.get_study(study_ref="st-zzz") is None

        record = QuarantineRecord(quarantine_id="qu-1", reason_code="not_dicom",
                                  calling_ae="CT1", size_bytes=5, quarantined_at=1.0,
                                  object_key="qu-1.bin")
        await catalog.record_quarantine(record=record)
        await catalog.record_quarantine(record=record)
        assert await catalog.quarantined() == [record]
        engine.dispose()

    asyncio.run(scenario())


def test_parser_reads_the_header_and_names_what_is_wrong(dicom):
    parser = DicomHeaderReader()
    ds = dicom.ct_study(1)[0]
    data = dicom.part10(ds)
    header = parser.parse(data)
    assert header.study_instance_uid == ds.StudyInstanceUID
    assert header.sop_instance_uid == ds.SOPInstanceUID
    assert header.sop_class_uid == ds.SOPClassUID
    assert header.transfer_syntax_uid == "1.2.840.10008.1.2.1"
    assert header.modality == "CT"

    def reason(blob: bytes) -> str:
        with pytest.raises(Rejected) as info:
            parser.parse(blob)
        return info.value.reason_code

    assert reason(b"not a dicom file at all") == "not_dicom"
    assert reason(b"\x00" * 128 + b"XXXX" + b"\x00" * 64) == "not_dicom"
    assert reason(data[:len(data) - 500]) == "truncated"
    assert reason(dicom.meta_with_body(ds, b"\x10\x00\x10\x00garbage-garbage")) == "not_dicom"
    del ds.StudyInstanceUID
    assert parser.parse(dicom.part10(ds)).study_instance_uid == ""  # core says missing_uid


def test_vault_encrypts_at_rest(tmp_path, dicom):
    vault = open_local_vault(tmp_path / "vault", tmp_path / "keys")
    data = dicom.part10(dicom.ct_study(1)[0])

    async def scenario():
        await vault.put(key="instances/st-a/in-1.dcm", data=data)
        assert await vault.get(key="instances/st-a/in-1.dcm") == data
        with pytest.raises(ObjectMissing):
            await vault.get(key="instances/st-a/in-2.dcm")

    asyncio.run(scenario())
    on_disk = (tmp_path / "vault" / "instances" / "st-a" / "in-1.dcm").read_bytes()
    assert b"Doe^Jane" not in on_disk and b"MRN12345" not in on_disk
    # a second vault over the same key files reads it back (restart)
    again = open_local_vault(tmp_path / "vault", tmp_path / "keys")
    assert asyncio.run(again.get(key="instances/st-a/in-1.dcm")) == data


def test_catalog_forgets_only_unannounced_instances(engine_url):
    url, schema = engine_url

    async def scenario():
        engine = make_engine(url, schema=schema)
        try:
            catalog = SqlStudyCatalog(engine)
            for ref, at in (("in-a", 1.0), ("in-b", 2.0)):
                await catalog.record_instance(instance=_instance("st-f", ref, at),
                                              trace_context={})
            await catalog.mark_completed(study_ref="st-f", completion=1,
                                         instance_refs=("in-a",), at=3.0)
            assert [i.instance_ref for i in await catalog.pending_instances()] == ["in-b"]
            await catalog.forget_instance(instance_ref="in-a")   # announced: kept
            await catalog.forget_instance(instance_ref="in-b")
            study = await catalog.get_study(study_ref="st-f")
            assert study is not None and study.instance_count == 1
            assert await catalog.pending_instances() == []
            await catalog.record_instance(instance=_instance("st-g", "in-c", 4.0),
                                          trace_context={})
            await catalog.forget_instance(instance_ref="in-c")
            assert await catalog.get_study(study_ref="st-g") is None
        finally:
            engine.dispose()

    asyncio.run(scenario())


class _FakeS3:
    """The four boto3 calls S3ObjectStore uses, in memory (no live MinIO in the tests)."""

    class Missing(Exception):
        response = {"Error": {"Code": "NoSuchKey"}}

    def __init__(self) -> None:
        self.objects: dict[tuple[str, str], bytes] = {}

    def put_object(self, *, Bucket, Key, Body):
        self.objects[(Bucket, Key)] = bytes(Body)

    def get_object(self, *, Bucket, Key):
        import io

        if (Bucket, Key) not in self.objects:
            raise self.Missing()
        return {"Body": io.BytesIO(self.objects[(Bucket, Key)])}

    def head_object(self, *, Bucket, Key):
        if (Bucket, Key) not in self.objects:
            raise self.Missing()

    def delete_object(self, *, Bucket, Key):
        self.objects.pop((Bucket, Key), None)

    def get_paginator(self, name):
        fake = self

        class Pages:
            def paginate(self, *, Bucket, Prefix):
                yield {"Contents": [{"Key": k} for b, k in sorted(fake.objects)
                                    if b == Bucket and k.startswith(Prefix)]}
        return Pages()


def test_s3_vault_encrypts_and_round_trips(tmp_path):
    from medenclave.security.crypto import EnvelopeCipher, FileKeyEncryptionKey
    from medenclave.storage import EncryptedObjectStore
    from medenclave_ingest.adapters.outbound.encrypted_vault import EncryptedVault
    from medenclave_ingest.adapters.outbound.s3_objects import S3ObjectStore

    client = _FakeS3()
    store = S3ObjectStore(client, "raw", prefix="vault/")
    vault = EncryptedVault(EncryptedObjectStore(
        store, EnvelopeCipher(FileKeyEncryptionKey(tmp_path / "keys"))))

    async def scenario():
        await vault.put(key="instances/st-1/in-1.dcm", data=b"Doe^Jane pixels")
        assert await vault.exists(key="instances/st-1/in-1.dcm")
        assert not await vault.exists(key="instances/st-1/in-2.dcm")
        return await vault.get(key="instances/st-1/in-1.dcm")

    assert asyncio.run(scenario()) == b"Doe^Jane pixels"
    [(bucket, key)] = client.objects
    assert (bucket, key) == ("raw", "vault/instances/st-1/in-1.dcm")
    assert b"Doe^Jane" not in client.objects[(bucket, key)]
    assert list(store.keys("instances/")) == ["instances/st-1/in-1.dcm"]


def test_catalog_records_a_batch_once(engine_url):
    url, schema = engine_url

    async def scenario():
        engine = make_engine(url, schema=schema, durable_commits=False)
        catalog = SqlStudyCatalog(engine)
        assert await catalog.record_instance(instance=_instance("st-b", "in-1", 10.0),
                                             trace_context={})
        batch = [(_instance("st-b", "in-1", 10.0), {}), (_instance("st-b", "in-2", 12.0), {}),
                 (_instance("st-b", "in-2", 12.0), {}),
                 (_instance("st-c", "in-3", 11.0), {"traceparent": TRACEPARENT})]
        assert await catalog.record_instances(instances=batch) == 2
        assert await catalog.record_instances(instances=batch) == 0
        b = await catalog.get_study(study_ref="st-b")
        c = await catalog.get_study(study_ref="st-c")
        assert (b.instance_count, c.instance_count) == (2, 1)
        assert c.trace_id == "c" * 32
        early = await catalog.quiet_studies(quiet_since=11.5)  # st-b's last is 12.0
        assert [s.study_ref for s in early] == ["st-c"]
        quiet = await catalog.quiet_studies(quiet_since=12.0)
        assert {s.study_ref: len(s.instance_refs) for s in quiet} == {"st-b": 2, "st-c": 1}
        assert await catalog.journal_checkpoint(journal_id="j1") == ""
        await catalog.save_journal_checkpoint(journal_id="j1", position="00000001:000000000100")
        await catalog.save_journal_checkpoint(journal_id="j1", position="00000001:000000000200")
        assert await catalog.journal_checkpoint(journal_id="j1") == "00000001:000000000200"
        engine.dispose()
    asyncio.run(scenario())
