"""A crash mid-study is covered by JetStream redelivery, and FetchStudy finds a study by key.

The handler runs against durable on-disk stores (encrypted object store, SQLite); a "crash" is
an exception that no handler code catches (a BaseException, like a kill) raised at each step
before the ack. A fresh handler over the same stores then handles the redelivered event: the
study is de-identified once, the outputs are byte-identical, one completion is announced.
"""

from __future__ import annotations

import asyncio
import io

import pydicom
import pytest

from medenclave.bus import Event
from medenclave.security.crypto import EnvelopeCipher, FileKeyEncryptionKey
from medenclave.storage import EncryptedObjectStore, LocalObjectStore, make_engine
from medenclave.v1 import deid_pb2, events_pb2
from medenclave_deid.adapters.inbound.consumer import StudyReceivedHandler
from medenclave_deid.adapters.inbound.grpc_api import DeidServicer
from medenclave_deid.adapters.outbound.sql_escrow_store import SqlEscrowStore
from medenclave_deid.adapters.outbound.sql_store import (
    SqlInstanceCatalog,
    SqlPseudonymIndex,
    SqlStudyStore,
)
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.escrow import EscrowClerk, EscrowSealer, generate_officer_keypair
from medenclave_deid.core.ports import DEIDENTIFIED
from medenclave_deid.core.pseudonyms import PatientPseudonyms

_, PUBLIC_PEM = generate_officer_keypair()


class Crash(BaseException):
    """The process dies here (nothing in the handler catches a BaseException)."""


class FakeSource:
    def __init__(self, instances):
        self.instances = instances

    async def fetch(self, *, study_ref, instance_refs):
        for i, data in enumerate(self.instances):
            yield f"in-{i}", data


class FakeBus:
    def __init__(self):
        self.published = []
        self.crash_after_publish = False

    async def publish(self, subject, message, *, msg_id):
        self.published.append((subject, msg_id, message))
        if self.crash_after_publish:
            raise Crash()


class FakeAudit:
    def __init__(self):
        self.records = []

    async def record(self, **kwargs):
        self.records.append(kwargs)


class CrashingStore:
    """The durable store, dying after ``crash_after`` puts (None: never)."""

    def __init__(self, inner, crash_after=None):
        self.inner, self.crash_after, self.puts = inner, crash_after, 0

    def put(self, key, data):
        if self.crash_after is not None and self.puts >= self.crash_after:
            raise Crash()
        self.inner.put(key, data)
        self.puts += 1

    def __getattr__(self, name):
        return getattr(self.inner, name)


class CrashingRecords(SqlStudyStore):
    def __init__(self, engine, crash_on):
        super().__init__(engine)
        self.crash_on = crash_on

    def save(self, *, record):
        if self.crash_on == "save":
            raise Crash()
        stored = super().save(record=record)
        if self.crash_on == "after_save":
            raise Crash()
        return stored

    def mark_published(self, *, study_ref, completion):
        if self.crash_on == "mark_published":
            raise Crash()
        super().mark_published(study_ref=study_ref, completion=completion)


def _event(delivered: int) -> Event:
    msg = events_pb2.StudyReceived(study_ref="st-1", completion=1,
                                   instance_refs=["in-0", "in-1", "in-2"])
    return Event(subject="dicom.study.received.v1", data=msg.SerializeToString(),
                 headers={"Nats-Msg-Id": "st-1:1"}, num_delivered=delivered)


class Node:
    """One deid process: its handler over the shared on-disk state."""

    def __init__(self, home, profile, instances, *, crash_on=None, crash_after=None):
        self.engine = make_engine(f"sqlite:///{home / 'deid.db'}")
        keys = home / "keys"
        self.store = EncryptedObjectStore(LocalObjectStore(home / "store"),
                                          EnvelopeCipher(FileKeyEncryptionKey(keys)))
        self.records = CrashingRecords(self.engine, crash_on)
        self.instances = SqlInstanceCatalog(self.engine)
        self.escrow = SqlEscrowStore(self.engine)
        self.bus, self.audit = FakeBus(), FakeAudit()
        self.bus.crash_after_publish = crash_on == "publish"
        self.handler = StudyReceivedHandler(
            deidentifier=StudyDeidentifier(
                profile=profile, uid_secret=b"u" * 32,
                pseudonyms=PatientPseudonyms(secret=b"p" * 32,
                                             index=SqlPseudonymIndex(self.engine))),
            studies=self.records, store=CrashingStore(self.store, crash_after),
            source=FakeSource(instances), bus=lambda: self.bus, audit=lambda: self.audit,
            escrow=EscrowClerk(store=self.escrow, sealer=EscrowSealer(PUBLIC_PEM)),
            instances=self.instances)

    def objects(self):
        return {k: self.store.get(k) for k in self.store.keys()}  # noqa: SIM118 (an object store, not a dict)


@pytest.mark.parametrize("crash_on,crash_after", [
    (None, 0),            # dies before the first output is stored
    (None, 2),            # dies with two of three outputs stored
    ("save", None),       # outputs stored, outcome not committed
    ("after_save", None),  # committed, nothing announced
    ("publish", None),    # announced, not marked published
    ("mark_published", None),  # announced, dies before the ack
])
def test_crash_before_ack_is_redelivered_and_processed_once(tmp_path, profile, make_instance,
                                                            crash_on, crash_after):
    instances = [make_instance(i) for i in range(3)]
    reference = Node(tmp_path / "reference", profile, instances)
    asyncio.run(reference.handler(_event(1)))
    expected = reference.objects()
    assert len(expected) == 3

    home = tmp_path / "deid"
    first = Node(home, profile, instances, crash_on=crash_on, crash_after=crash_after)
    with pytest.raises(Crash):  # no ack: JetStream redelivers after ack_wait
        asyncio.run(first.handler(_event(1)))
    announced_before = list(first.bus.published)
    written_before = first.objects()
    assert len(written_before) == (crash_after if crash_after is not None else 3)
    first.engine.dispose()

    second = Node(home, profile, instances)  # a restarted process gets the redelivery
    asyncio.run(second.handler(_event(2)))
    completed = [(s, i) for s, i, _ in announced_before + second.bus.published]
    # one completion; a second announce (died before marking it published) carries the same
    # Nats-Msg-Id, which the DEID stream's duplicate window drops
    assert set(completed) == {("deid.study.completed.v1", "deid:st-1:1")}
    record = second.records.get(study_ref="st-1", completion=1)
    assert (record.state, record.published, record.instance_count) == (DEIDENTIFIED, True, 3)
    # outputs idempotent: the keys of an uninterrupted run; what the dead process wrote is
    # rewritten byte for byte (same pseudonym from the index, same UIDs, same date offset)
    after = second.objects()
    assert sorted(after) == sorted(expected)
    assert all(after[k] == v for k, v in written_before.items())
    pseudonyms = {pydicom.dcmread(io.BytesIO(v)).PatientID for v in after.values()}
    assert pseudonyms == {record.pseudo_patient_id}
    assert second.instances.keys(pseudo_study_id=record.pseudo_study_id) == sorted(expected)
    assert second.escrow.get(pseudonym=record.pseudo_patient_id).sealed
    # a further redelivery (the ack was lost) changes nothing
    asyncio.run(second.handler(_event(3)))
    assert len(second.bus.published) == len(completed) - len(announced_before)
    second.engine.dispose()
    reference.engine.dispose()


class _Context:
    async def abort(self, code, details):
        raise AssertionError(f"{code}: {details}")


class CountingStore(dict):
    """A store that counts listings (the slow path FetchStudy must not take)."""

    listed = 0

    def put(self, key, data):
        self[key] = data

    def get(self, key):
        return self[key]

    def keys(self, prefix=""):
        CountingStore.listed += 1
        return iter(sorted(k for k in dict.keys(self) if k.startswith(prefix)))


async def _fetch(servicer, pseudo):
    from medenclave import rpc

    token = rpc._principal.set(object())
    try:
        return [i async for i in servicer.FetchStudy(
            deid_pb2.FetchStudyRequest(pseudo_study_id=pseudo), _Context())]
    finally:
        rpc._principal.reset(token)


def test_fetch_study_is_a_keyed_lookup(tmp_path, profile, make_instance):
    engine = make_engine(f"sqlite:///{tmp_path / 'deid.db'}")
    records, index, store = SqlStudyStore(engine), SqlInstanceCatalog(engine), CountingStore()
    audit, bus = FakeAudit(), FakeBus()
    handler = StudyReceivedHandler(
        deidentifier=StudyDeidentifier(profile=profile, uid_secret=b"u" * 32,
                                       pseudonyms=PatientPseudonyms(
                                           secret=b"p" * 32, index=SqlPseudonymIndex(engine))),
        studies=records, store=store, source=FakeSource([make_instance(i) for i in range(3)]),
        bus=lambda: bus, audit=lambda: audit, instances=index)
    asyncio.run(handler(_event(1)))
    store["2.25.999/2.25.1.dcm"] = b"another study"  # must not be listed or returned
    record = records.get(study_ref="st-1", completion=1)
    servicer = DeidServicer(studies=records, store=store, uid_secret=b"u" * 32,
                            audit=lambda: audit, instances=index)
    CountingStore.listed = 0
    got = asyncio.run(_fetch(servicer, record.pseudo_study_id))
    assert CountingStore.listed == 0  # the index answered; the store was not listed
    assert len(got) == 3 and all(i.dicom.startswith(b"\0" * 128 + b"DICM") for i in got)
    assert {f"{record.pseudo_study_id}/{i.pseudo_instance_uid}.dcm" for i in got} == \
        set(index.keys(pseudo_study_id=record.pseudo_study_id))
    assert audit.records[-1]["action"] == "data.read"

    # a study stored before the index existed: listed once, indexed, then found by key
    legacy = "2.25.4242"
    store[f"{legacy}/2.25.7.dcm"] = b"legacy"
    records.save(record=records.get(study_ref="st-1", completion=1).__class__(
        study_ref="st-old", completion=1, state=DEIDENTIFIED, pseudo_study_id=legacy,
        instance_count=1))
    assert [i.dicom for i in asyncio.run(_fetch(servicer, legacy))] == [b"legacy"]
    assert CountingStore.listed == 1
    assert index.keys(pseudo_study_id=legacy) == [f"{legacy}/2.25.7.dcm"]
    asyncio.run(_fetch(servicer, legacy))
    assert CountingStore.listed == 1
    engine.dispose()


def test_instance_index_on_sql(engine):
    index = SqlInstanceCatalog(engine)
    index.add(pseudo_study_id="2.25.1", study_ref="st-a", completion=1,
              object_keys=["2.25.1/2.25.3.dcm", "2.25.1/2.25.2.dcm"])
    index.add(pseudo_study_id="2.25.1", study_ref="st-a", completion=1,  # a redelivery
              object_keys=["2.25.1/2.25.2.dcm", "2.25.1/2.25.4.dcm"])
    index.add(pseudo_study_id="2.25.9", study_ref="st-b", completion=1,
              object_keys=["2.25.9/2.25.5.dcm"])
    assert index.keys(pseudo_study_id="2.25.1") == [
        "2.25.1/2.25.2.dcm", "2.25.1/2.25.3.dcm", "2.25.1/2.25.4.dcm"]
    assert index.keys(pseudo_study_id="2.25.404") == []
