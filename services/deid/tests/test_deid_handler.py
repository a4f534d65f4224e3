"""The StudyReceived handler with in-memory fakes of its ports: ordering, quarantine, retries."""

from __future__ import annotations

import asyncio

import pytest

from medenclave.bus import BusUnavailable, Event, PoisonMessage, TransientError
from medenclave.storage import make_engine
from medenclave.v1 import events_pb2
from medenclave_deid.adapters.inbound.consumer import StudyReceivedHandler
from medenclave_deid.adapters.outbound.sql_store import SqlStudyStore
from medenclave_deid.core.action_resolution import IMAGE_ATTRIBUTES
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.ports import SourceUnavailable
from medenclave_deid.core.profile import BasicProfile
from medenclave_deid.core.profile_table import ProfileTable
from medenclave_deid.core.pseudonyms import PatientPseudonyms


class MemoryStore(dict):
    def put(self, key, data):
        self[key] = data


class FakeSource:
    def __init__(self, instances, fail=False):
        self.instances, self.fail = instances, fail

    async def fetch(self, *, study_ref, instance_refs):
        if self.fail:
            raise SourceUnavailable("UNAVAILABLE")
        for i, data in enumerate(self.instances):
            yield f"in-{i}", data


class FakeBus:
    def __init__(self):
        self.published, self.down = [], False

    async def publish(self, subject, message, *, msg_id):
        if self.down:
            raise BusUnavailable("down")
        self.published.append((subject, msg_id, message))


class FakeAudit:
    def __init__(self):
        self.records = []

    async def record(self, **kwargs):
        self.records.append(kwargs)


def _event(refs, ref="st-1", completion=1) -> Event:
    msg = events_pb2.StudyReceived(study_ref=ref, completion=completion, instance_refs=refs)
    return Event(subject="dicom.study.received.v1", data=msg.SerializeToString(),
                 headers={"Nats-Msg-Id": f"{ref}:{completion}"}, num_delivered=1)


@pytest.fixture
def parts(tmp_path, profile, pseudonym_index):
    engine = make_engine(f"sqlite:///{tmp_path / 'deid.db'}")
    yield dict(studies=SqlStudyStore(engine), store=MemoryStore(), bus=FakeBus(),
               audit=FakeAudit(), pseudonyms=PatientPseudonyms(secret=b"p" * 32,
                                                                index=pseudonym_index))
    engine.dispose()


def _handler(parts, profile, source):
    return StudyReceivedHandler(
        deidentifier=StudyDeidentifier(profile=profile, uid_secret=b"u" * 32,
                                       pseudonyms=parts["pseudonyms"]),
        studies=parts["studies"], store=parts["store"], source=source,
        bus=lambda: parts["bus"], audit=lambda: parts["audit"])


def test_completed_then_idempotent(parts, profile, make_instance):
    handler = _handler(parts, profile, FakeSource([make_instance(0), make_instance(1)]))
    asyncio.run(handler(_event(["in-0", "in-1"])))
    (subject, msg_id, msg), = parts["bus"].published
    assert (subject, msg_id) == ("deid.study.completed.v1", "deid:st-1:1")
    assert all(k.startswith(f"{msg.pseudo_study_id}/2.25.") and k.endswith(".dcm")
               for k in parts["store"])
    assert len(parts["store"]) == 2 and msg.instance_count == 2
    assert parts["audit"].records == [{"action": "deid.study", "resource": "st-1"}]
    asyncio.run(handler(_event(["in-0", "in-1"])))  # redelivery
    assert len(parts["bus"].published) == 1 and len(parts["audit"].records) == 1


def test_leak_quarantines_the_whole_study_and_writes_nothing(parts, profile_rows, make_instance):
    leaky = BasicProfile(ProfileTable.from_rows(profile_rows),
                         whitelist=IMAGE_ATTRIBUTES | {0x0040A160})  # lets TextValue through
    handler = _handler(parts, leaky, FakeSource([make_instance(0), make_instance(1)]))
    asyncio.run(handler(_event(["in-0", "in-1"])))
    assert parts["store"] == {}
    (subject, msg_id, msg), (alert_subject, alert_id, alert) = parts["bus"].published
    assert (subject, msg_id) == ("deid.study.quarantined.v1", "deidq:st-1:1")
    assert msg.reason_code == "leak_guard:PatientID"
    # the leak-guard alert: ids and the reason code only
    assert (alert_subject, alert_id) == ("deid.leak.blocked.v1", "deidleak:st-1:1")
    assert (alert.study_ref, alert.completion, alert.reason_code) == (
        "st-1", 1, "leak_guard:PatientID")
    assert b"MRN55501234" not in alert.SerializeToString()
    record = parts["studies"].get(study_ref="st-1", completion=1)
    assert (record.state, record.pseudo_study_id, record.published) == ("QUARANTINED", "", True)
    assert parts["audit"].records[0]["outcome"] == "failure"


def test_ingest_unavailable_is_transient(parts, profile):
    handler = _handler(parts, profile, FakeSource([], fail=True))
    with pytest.raises(TransientError):
        asyncio.run(handler(_event(["in-0"])))
    assert parts["studies"].get(study_ref="st-1", completion=1) is None


def test_bus_down_after_commit_is_announced_on_redelivery(parts, profile, make_instance):
    handler = _handler(parts, profile, FakeSource([make_instance(0)]))
    parts["bus"].down = True
    with pytest.raises(TransientError):
        asyncio.run(handler(_event(["in-0"])))
    assert parts["studies"].get(study_ref="st-1", completion=1).state == "DEIDENTIFIED"
    parts["bus"].down = False
    handler._source = FakeSource([], fail=True)  # not fetched again
    asyncio.run(handler(_event(["in-0"])))
    assert [s for s, _, _ in parts["bus"].published] == ["deid.study.completed.v1"]
    assert parts["studies"].get(study_ref="st-1", completion=1).published


def test_bad_event_is_poison(parts, profile):
    handler = _handler(parts, profile, FakeSource([]))
    with pytest.raises(PoisonMessage):
        asyncio.run(handler(_event([], ref="")))
