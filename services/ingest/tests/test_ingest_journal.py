"""The journal vault on real files, and the catalog rebuilt from it after a lost commit."""

from __future__ import annotations

import asyncio
import os

import pytest

from medenclave.storage import durable_begin, make_engine
from medenclave_ingest.adapters.inbound.dicom.header_reader import DicomHeaderReader
from medenclave_ingest.adapters.outbound.encrypted_vault import open_local_vault
from medenclave_ingest.adapters.outbound.journal_vault import open_journal_vault
from medenclave_ingest.adapters.outbound.sql_catalog import SqlStudyCatalog
from medenclave_ingest.core.assembler import StudyAssembler
from medenclave_ingest.core.ports import ObjectMissing, StorageUnavailable
from medenclave_ingest.core.refs import RefDeriver

MIB = 1024 * 1024


class MemoryEvents:
    """IngestEvents in memory (our own port)."""

    def __init__(self) -> None:
        self.received: list = []

    async def instance_stored(self, *, instance) -> None:
        pass

    async def instance_quarantined(self, *, record) -> None:
        pass

    async def study_received(self, *, study, completed_at) -> None:
        self.received.append(study)


class MemoryAudit:
    async def record(self, **_kw) -> None:
        pass


def _segments(root):
    return sorted((root / "journal").glob("*.seg"))


def test_journal_round_trips_encrypted_and_survives_a_reopen(tmp_path):
    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    secret = b"Doe^Jane MRN12345 " * 1000

    async def scenario():
        await vault.put(key="instances/st-a/in-1.dcm", data=secret,
                        record={"instance": {"instance_ref": "in-1"}})
        await vault.put(key="instances/st-a/in-2.dcm", data=b"second")
        assert await vault.get(key="instances/st-a/in-1.dcm") == secret
        assert await vault.exists(key="instances/st-a/in-2.dcm")
        assert not await vault.exists(key="instances/st-a/in-3.dcm")
        with pytest.raises(ObjectMissing):
            await vault.get(key="instances/st-a/in-3.dcm")
        entry = await vault.record(key="instances/st-a/in-1.dcm")
        assert entry is not None and entry.record == {"instance": {"instance_ref": "in-1"}}
        assert await vault.record(key="instances/st-a/in-2.dcm") is None  # none kept
    asyncio.run(scenario())
    for seg in _segments(tmp_path / "vault"):
        assert b"Doe^Jane" not in seg.read_bytes() and b"MRN12345" not in seg.read_bytes()
    with pytest.raises(StorageUnavailable):  # one writer per journal
        open_journal_vault(tmp_path / "vault", tmp_path / "keys")
    reader = open_journal_vault(tmp_path / "vault", tmp_path / "keys", readonly=True)
    assert reader.keys("instances/st-a/") == ["instances/st-a/in-1.dcm", "instances/st-a/in-2.dcm"]
    vault.close()
    again = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    assert asyncio.run(again.get(key="instances/st-a/in-1.dcm")) == secret
    assert again.journal_id == vault.journal_id
    again.close()


def test_a_torn_tail_is_dropped_and_overwritten(tmp_path):
    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)

    async def put(n: int) -> str:
        position = vault.position()
        await vault.put(key=f"instances/st-a/in-{n}.dcm", data=os.urandom(1000) + b"%d" % n)
        return position
    asyncio.run(put(1))
    third_at = [asyncio.run(put(2)), asyncio.run(put(3))][1]
    vault.close()
    # a crash in the middle of the third write: half of it reached the disk
    segment, offset = (int(x) for x in third_at.split(":"))
    path = tmp_path / "vault" / "journal" / f"{segment:08d}.seg"
    with path.open("r+b") as fh:
        fh.seek(offset + 600)
        fh.write(b"\0" * 600)
    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    assert vault.keys() == ["instances/st-a/in-1.dcm", "instances/st-a/in-2.dcm"]
    assert vault.position() == third_at  # the next record takes the torn one's place
    asyncio.run(vault.put(key="instances/st-a/in-4.dcm", data=b"four"))
    vault.close()
    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    assert asyncio.run(vault.get(key="instances/st-a/in-4.dcm")) == b"four"
    vault.close()


def test_records_of_the_first_format_stay_readable(tmp_path):
    """MEJ1 records (zlib CRC-32) written before CRC-32C are read after an upgrade."""
    import struct
    import zlib

    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    first_at = vault.position()
    asyncio.run(vault.put(key="instances/st-a/in-1.dcm", data=b"old " * 500))
    second_at = vault.position()
    vault.close()
    path = _segments(tmp_path / "vault")[0]
    with path.open("r+b") as fh:   # rewrite the first record as the first format wrote it
        offset = int(first_at.split(":")[1])
        fh.seek(offset)
        magic, hlen, blen, _crc = struct.unpack(">4sIQI", fh.read(20))
        assert magic == b"MEJ2"
        payload = fh.read(hlen + blen)
        fh.seek(offset)
        fh.write(struct.pack(">4sIQI", b"MEJ1", hlen, blen, zlib.crc32(payload)))
    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    assert vault.position() == second_at
    assert asyncio.run(vault.get(key="instances/st-a/in-1.dcm")) == b"old " * 500
    asyncio.run(vault.put(key="instances/st-a/in-2.dcm", data=b"new"))
    vault.close()
    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    assert vault.keys() == ["instances/st-a/in-1.dcm", "instances/st-a/in-2.dcm"]
    vault.close()


def test_segments_roll_over_and_records_are_read_in_order(tmp_path):
    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    blob = os.urandom(300 * 1024)

    async def scenario():
        positions = []
        for n in range(8):
            positions.append(vault.position())
            await vault.put(key=f"instances/st-a/in-{n}.dcm", data=blob,
                            record={"instance": {"n": n}})
        await vault.put(key="instances/st-b/big.dcm", data=os.urandom(2 * MIB))  # own segment
        after = await vault.records_after(position=positions[5])
        assert [e.record["instance"]["n"] for e in after] == [5, 6, 7]
        assert [e.record["instance"]["n"] for e in await vault.records_after(position="")] \
            == list(range(8))
    asyncio.run(scenario())
    assert len(_segments(tmp_path / "vault")) >= 3
    assert list((tmp_path / "vault" / "journal").glob("*.idx"))  # left segments are indexed
    vault.close()
    again = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    assert len(again.keys()) == 9
    assert asyncio.run(again.get(key="instances/st-a/in-3.dcm")) == blob
    again.close()


def test_durable_begin_keeps_the_engines_sync_level(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'c.db'}", durable_commits=False)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
    with durable_begin(engine) as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1
    engine.dispose()
    default = make_engine(f"sqlite:///{tmp_path / 'd.db'}")  # other services: unchanged
    with default.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    default.dispose()


class _LostCommit(Exception):
    pass


def test_a_catalog_commit_lost_after_the_journal_sync_is_restored(tmp_path, dicom):
    """The catalog commit of a journaled instance never happens (the process dies first):
    at start-up the catalog gets the instance from the journal and the study is announced
    with it; the sender's re-send is stored once."""
    keys = tmp_path / "keys"
    refs = RefDeriver(b"r" * 32)
    study = dicom.ct_study(2)
    now = [100.0]

    def build():
        vault = open_journal_vault(tmp_path / "vault", keys, segment_bytes=MIB)
        engine = make_engine(f"sqlite:///{tmp_path / 'ingest.db'}", durable_commits=False)
        catalog = SqlStudyCatalog(engine, clock=lambda: now[0])
        events = MemoryEvents()
        assembler = StudyAssembler(
            parser=DicomHeaderReader(), refs=refs, vault=vault,
            quarantine=open_local_vault(tmp_path / "quarantine", keys),
            catalog=catalog, events=events, audit=MemoryAudit(), quiet_period_s=1.0,
            clock=lambda: now[0])
        return vault, engine, catalog, events, assembler

    async def first_life():
        vault, engine, catalog, events, assembler = build()
        await assembler.receive(data=dicom.part10(study[0]), calling_ae="CT1")
        await assembler.checkpoint()
        assert len(await catalog.pending_instances()) == 1

        async def dies(**_kw):
            raise _LostCommit  # the process is gone before the commit
        catalog.record_instances = dies  # type: ignore[method-assign]
        await assembler.receive(data=dicom.part10(study[1]), calling_ae="CT1")  # Success
        await assembler.flush()
        key = f"instances/{refs.study_ref(study[1].StudyInstanceUID)}/" \
              f"{refs.instance_ref(study[1].SOPInstanceUID)}.dcm"
        assert await vault.exists(key=key)                  # journaled and synced
        assert len(await catalog.pending_instances()) == 1  # the catalog never heard of it
        vault.close()
        engine.dispose()

    async def second_life():
        now[0] = 200.0
        vault, engine, catalog, events, assembler = build()
        assert await assembler.recover() == 0
        done = await assembler.complete_quiet_studies()
        assert [len(s.instance_refs) for s in done] == [2]
        assert set(done[0].instance_refs) == {refs.instance_ref(ds.SOPInstanceUID)
                                              for ds in study}
        # a re-send: stored once, nothing new to announce
        await assembler.receive(data=dicom.part10(study[1]), calling_ae="CT1")
        assert await assembler.complete_quiet_studies() == []
        assert len(await catalog.instances_of(study_ref=done[0].study_ref)) == 2
        vault.close()
        engine.dispose()
    asyncio.run(first_life())
    asyncio.run(second_life())


def test_a_failed_catalog_batch_is_restored_on_the_next_pass(tmp_path, dicom):
    keys = tmp_path / "keys"
    now = [100.0]
    vault = open_journal_vault(tmp_path / "vault", keys, segment_bytes=MIB)
    engine = make_engine(f"sqlite:///{tmp_path / 'ingest.db'}", durable_commits=False)
    catalog = SqlStudyCatalog(engine, clock=lambda: now[0])
    events = MemoryEvents()
    assembler = StudyAssembler(
        parser=DicomHeaderReader(), refs=RefDeriver(b"r" * 32), vault=vault,
        quarantine=open_local_vault(tmp_path / "quarantine", keys), catalog=catalog,
        events=events, audit=MemoryAudit(), quiet_period_s=1.0, clock=lambda: now[0])
    study = dicom.ct_study(3)

    async def scenario():
        real = catalog.record_instances

        async def fails(**_kw):
            raise StorageUnavailable("catalog down")
        catalog.record_instances = fails  # type: ignore[method-assign]
        for ds in study:
            await assembler.receive(data=dicom.part10(ds), calling_ae="CT1")
        await assembler.flush()
        assert await catalog.pending_instances() == []
        catalog.record_instances = real  # type: ignore[method-assign]
        now[0] = 200.0
        done = await assembler.complete_quiet_studies()
        assert [len(s.instance_refs) for s in done] == [3]
    asyncio.run(scenario())
    vault.close()
    engine.dispose()


def test_objects_from_before_the_journal_stay_readable(tmp_path):
    keys = tmp_path / "keys"
    old = open_local_vault(tmp_path / "vault", keys)  # the object-per-key layout
    asyncio.run(old.put(key="instances/st-a/in-old.dcm", data=b"old object"))
    vault = open_journal_vault(tmp_path / "vault", keys, segment_bytes=MIB)

    async def scenario():
        assert await vault.exists(key="instances/st-a/in-old.dcm")
        assert await vault.get(key="instances/st-a/in-old.dcm") == b"old object"
        assert await vault.record(key="instances/st-a/in-old.dcm") is None
        assert not await vault.exists(key="instances/st-a/in-new.dcm")
        with pytest.raises(ObjectMissing):
            await vault.get(key="instances/st-a/in-new.dcm")
    asyncio.run(scenario())
    vault.close()


def test_a_large_object_is_written_by_the_worker(tmp_path):
    """Over 4 MiB the record is encrypted and written off the event loop; same result."""
    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    big = os.urandom(5 * MIB)

    async def scenario():
        started = await vault.append(key="instances/st-a/big.dcm", data=big)
        await vault.sync(started)
        await vault.put(key="instances/st-a/small.dcm", data=b"small")
        assert await vault.get(key="instances/st-a/big.dcm") == big
    asyncio.run(scenario())
    vault.close()
    vault = open_journal_vault(tmp_path / "vault", tmp_path / "keys", segment_bytes=MIB)
    assert vault.keys() == ["instances/st-a/big.dcm", "instances/st-a/small.dcm"]
    vault.close()
