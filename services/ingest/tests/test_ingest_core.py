"""StudyAssembler and StudyReader against in-memory adapters."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace

import pytest

from medenclave_ingest.core.assembler import StudyAssembler
from medenclave_ingest.core.instances import InstanceHeader, Rejected, check_header
from medenclave_ingest.core.ports import (
    STATE_RECEIVED,
    STATE_RECEIVING,
    EventsUnavailable,
    ObjectMissing,
    PendingStudy,
    QuarantineRecord,
    StorageUnavailable,
    StoredInstance,
    StudySummary,
)
from medenclave_ingest.core.reader import InstanceNotFound, StudyNotFound, StudyReader
from medenclave_ingest.core.refs import RefDeriver

SECRET = b"k" * 32
TRACEPARENT = "00-" + "a" * 32 + "-" + "b" * 16 + "-01"


class JsonParser:
    """Instances are JSON objects in these tests; anything else is 'not DICOM'."""

    def parse(self, data: bytes) -> InstanceHeader:
        try:
            fields = json.loads(data)
        except ValueError:
            raise Rejected("not_dicom") from None
        return InstanceHeader(study_instance_uid=fields.get("study", ""),
                              sop_instance_uid=fields.get("sop", ""),
                              sop_class_uid=fields.get("cls", ""),
                              transfer_syntax_uid="1.2.840.10008.1.2.1", modality=fields.get("modality", ""))


class MemoryVault:
    def __init__(self) -> None:
        self.objects: dict[str, bytes] = {}
        self.puts = 0

    async def put(self, *, key: str, data: bytes) -> None:
        self.puts += 1
        self.objects[key] = data

    async def get(self, *, key: str) -> bytes:
        if key not in self.objects:
            raise ObjectMissing(key)
        return self.objects[key]

    async def exists(self, *, key: str) -> bool:
        return key in self.objects


class MemoryCatalog:
    def __init__(self) -> None:
        self.instances: dict[str, StoredInstance] = {}
        self.studies: dict[str, dict] = {}
        self.quarantine: dict[str, QuarantineRecord] = {}

    async def find_instance(self, *, instance_ref):
        return self.instances.get(instance_ref)

    async def record_instance(self, *, instance, trace_context):
        if instance.instance_ref in self.instances:
            return False
        self.instances[instance.instance_ref] = instance
        study = self.studies.get(instance.study_ref)
        if study is None:
            self.studies[instance.study_ref] = dict(
                state=STATE_RECEIVING, count=1, completions=0, received_at=instance.stored_at,
                last=instance.stored_at, updated=instance.stored_at, modality=instance.modality,
                trace=dict(trace_context))
        else:
            if study["state"] != STATE_RECEIVING:
                study["trace"] = dict(trace_context)
            study.update(state=STATE_RECEIVING, count=study["count"] + 1,
                         last=instance.stored_at, updated=instance.stored_at)
        return True

    async def record_quarantine(self, *, record):
        self.quarantine.setdefault(record.quarantine_id, record)

    async def forget_instance(self, *, instance_ref):
        instance = self.instances.get(instance_ref)
        if instance is None or instance.completion is not None:
            return
        del self.instances[instance_ref]
        study = self.studies[instance.study_ref]
        study["count"] -= 1
        if study["count"] <= 0:
            del self.studies[instance.study_ref]

    async def pending_instances(self):
        return [i for i in self.instances.values() if i.completion is None]

    async def quiet_studies(self, *, quiet_since):
        out = []
        for ref, s in self.studies.items():
            pending = tuple(sorted(i.instance_ref for i in self.instances.values()
                                   if i.study_ref == ref and i.completion is None))
            if s["state"] == STATE_RECEIVING and s["last"] <= quiet_since and pending:
                out.append(PendingStudy(study_ref=ref, completion=s["completions"] + 1,
                                        instance_refs=pending, total_instances=s["count"],
                                        modality=s["modality"], received_at=s["received_at"],
                                        trace_context=s["trace"]))
        return out

    async def mark_completed(self, *, study_ref, completion, instance_refs, at):
        s = self.studies[study_ref]
        if s["completions"] >= completion:
            return
        for ref in instance_refs:
            self.instances[ref] = replace(self.instances[ref], completion=completion)
        left = any(i.completion is None for i in self.instances.values()
                   if i.study_ref == study_ref)
        s.update(completions=completion, updated=at,
                 state=STATE_RECEIVING if left else STATE_RECEIVED)

    async def get_study(self, *, study_ref):
        s = self.studies.get(study_ref)
        if s is None:
            return None
        return StudySummary(study_ref=study_ref, state=s["state"], instance_count=s["count"],
                           modality=s["modality"], received_at=s["received_at"],
                           updated_at=s["updated"], completions=s["completions"])

    async def list_studies(self, *, limit, after=""):
        return [await self.get_study(study_ref=r) for r in list(self.studies)[:limit]]

    async def instances_of(self, *, study_ref):
        return [i for i in self.instances.values() if i.study_ref == study_ref]


class MemoryEvents:
    def __init__(self) -> None:
        self.published: list[tuple[str, str, object]] = []  # (kind, msg_id, payload)
        self.fail = False

    async def instance_stored(self, *, instance):
        if self.fail:
            raise EventsUnavailable("down")
        self.published.append(("stored", instance.instance_ref, instance))

    async def instance_quarantined(self, *, record):
        if self.fail:
            raise EventsUnavailable("down")
        self.published.append(("quarantined", record.quarantine_id, record))

    async def study_received(self, *, study, completed_at):
        if self.fail:
            raise EventsUnavailable("down")
        self.published.append(("received", f"{study.study_ref}:{study.completion}", study))

    def of(self, kind: str) -> list:
        return [p for p in self.published if p[0] == kind]


class MemoryAudit:
    def __init__(self) -> None:
        self.records: list[dict] = []
        self.fail = False

    async def record(self, *, action, resource, outcome="success", reason="", principal=None,
                     subject="", role=""):
        if self.fail:
            raise EventsUnavailable("down")
        self.records.append(dict(action=action, resource=resource, outcome=outcome,
                                 reason=reason, principal=principal, subject=subject, role=role))


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def kit():
    clock = Clock()
    parts = dict(vault=MemoryVault(), quarantine=MemoryVault(), catalog=MemoryCatalog(),
                 events=MemoryEvents(), audit=MemoryAudit())
    assembler = StudyAssembler(parser=JsonParser(), refs=RefDeriver(SECRET), quiet_period_s=5.0,
                               clock=clock, **parts)
    return assembler, clock, parts


def instance(study: str, sop: str) -> bytes:
    return json.dumps({"study": study, "sop": sop, "cls": "1.2.840.10008.5.1.4.1.1.2",
                       "modality": "CT"}).encode()


def run(coro):
    return asyncio.run(coro)


def test_refs_follow_the_contract():
    from medenclave.security.crypto import keyed_digest

    refs = RefDeriver(SECRET)
    assert refs.study_ref("1.2.3") == "st-" + keyed_digest(SECRET, "1.2.3")[:24]
    assert refs.instance_ref("1.2.3.4") == "in-" + keyed_digest(SECRET, "1.2.3.4")[:24]
    assert refs.study_ref("1.2.3") != RefDeriver(b"x" * 32).study_ref("1.2.3")


def test_a_quiet_study_completes_once_with_all_its_instances(kit):
    assembler, clock, p = kit

    async def scenario():
        for n in range(3):
            await assembler.receive(data=instance("1.2.3", f"1.2.3.{n}"), calling_ae="CT1",
                                    trace_context={"traceparent": TRACEPARENT})
            clock.now += 1
        assert await assembler.complete_quiet_studies() == []  # not quiet yet
        clock.now += 5
        done = await assembler.complete_quiet_studies()
        assert await assembler.complete_quiet_studies() == []  # nothing left
        return done

    done = run(scenario())
    refs = RefDeriver(SECRET)
    assert len(done) == 1
    study = done[0]
    assert study.study_ref == refs.study_ref("1.2.3")
    assert study.completion == 1
    assert set(study.instance_refs) == {refs.instance_ref(f"1.2.3.{n}") for n in range(3)}
    assert study.total_instances == 3 and study.modality == "CT"
    assert study.trace_context["traceparent"].startswith("00-" + "a" * 32)
    received = p["events"].of("received")
    assert [msg_id for _, msg_id, _ in received] == [f"{study.study_ref}:1"]
    assert len(p["events"].of("stored")) == 3
    assert p["catalog"].studies[study.study_ref]["state"] == STATE_RECEIVED
    stores = [r for r in p["audit"].records if r["action"] == "dicom.store"]
    assert len(stores) == 3 and all(r["outcome"] == "success" for r in stores)


def test_additions_after_completion_make_a_new_completion_with_only_them(kit):
    assembler, clock, p = kit

    async def scenario():
        await assembler.receive(data=instance("1.2.3", "1.2.3.1"))
        await assembler.receive(data=instance("1.2.3", "1.2.3.2"))
        clock.now += 6
        first = await assembler.complete_quiet_studies()
        await assembler.receive(data=instance("1.2.3", "1.2.3.3"))
        clock.now += 6
        second = await assembler.complete_quiet_studies()
        return first, second

    first, second = run(scenario())
    refs = RefDeriver(SECRET)
    assert first[0].completion == 1 and len(first[0].instance_refs) == 2
    assert second[0].completion == 2
    assert second[0].instance_refs == (refs.instance_ref("1.2.3.3"),)
    assert second[0].total_instances == 3
    assert [m for _, m, _ in p["events"].of("received")] == [
        f"{first[0].study_ref}:1", f"{first[0].study_ref}:2"]


def test_a_resent_instance_is_stored_once_and_announced_with_the_same_id(kit):
    assembler, clock, p = kit

    async def scenario():
        a = await assembler.receive(data=instance("1.2.3", "1.2.3.1"))
        clock.now += 1
        b = await assembler.receive(data=instance("1.2.3", "1.2.3.1"))
        clock.now += 6
        return a, b, await assembler.complete_quiet_studies()

    a, b, done = run(scenario())
    assert a == b
    assert p["vault"].puts == 1
    ids = [m for _, m, _ in p["events"].of("stored")]
    assert ids == [a.instance_ref, a.instance_ref]
    assert done[0].total_instances == 1 and done[0].instance_refs == (a.instance_ref,)


@pytest.mark.parametrize("data, reason", [
    (b"\x00\x01garbage", "not_dicom"),
    (json.dumps({"sop": "1.2.3.1", "cls": "1.2.840.10008.5.1.4.1.1.2"}).encode(), "missing_uid"),
    (json.dumps({"study": "1.2.3", "cls": "1.2.840.10008.5.1.4.1.1.2"}).encode(), "missing_uid"),
    (json.dumps({"study": "1.2.3", "sop": "1.2.3.1"}).encode(), "missing_uid"),
    (json.dumps({"study": "Doe^Jane", "sop": "1.2.3.1", "cls": "1.2"}).encode(), "invalid_uid"),
])
def test_bad_input_is_quarantined_with_a_reason_code_only(kit, data, reason):
    assembler, _, p = kit
    with pytest.raises(Rejected) as info:
        run(assembler.receive(data=data, calling_ae="CT1"))
    assert info.value.reason_code == reason
    [record] = p["catalog"].quarantine.values()
    assert record.reason_code == reason and record.size_bytes == len(data)
    assert p["quarantine"].objects == {record.object_key: data}
    assert p["vault"].objects == {} and p["catalog"].studies == {}
    assert [m for _, m, _ in p["events"].of("quarantined")] == [record.quarantine_id]
    [audit] = p["audit"].records
    assert audit["outcome"] == "failure" and audit["reason"] == reason
    assert audit["resource"] == record.quarantine_id
    # the reason code never quotes the data
    assert "Doe" not in str(info.value) and "Doe" not in repr(record)


def test_the_same_bad_bytes_are_quarantined_once(kit):
    assembler, _, p = kit
    for _ in range(2):
        with pytest.raises(Rejected):
            run(assembler.receive(data=b"junk"))
    assert len(p["catalog"].quarantine) == 1


def test_check_header_accepts_valid_uids():
    check_header(InstanceHeader(study_instance_uid="1.2.3", sop_instance_uid="1.2.3.4",
                                sop_class_uid="1.2.840.10008.5.1.4.1.1.2"))
    with pytest.raises(Rejected):
        check_header(InstanceHeader(study_instance_uid="1." + "2" * 70, sop_instance_uid="1.2",
                                    sop_class_uid="1.2"))


def test_a_failed_announcement_stays_pending_and_is_retried(kit):
    assembler, clock, p = kit

    async def scenario():
        await assembler.receive(data=instance("1.2.3", "1.2.3.1"))
        clock.now += 6
        p["events"].fail = True
        assert await assembler.complete_quiet_studies() == []
        p["events"].fail = False
        return await assembler.complete_quiet_studies()

    done = run(scenario())
    assert [s.completion for s in done] == [1]


def test_store_fails_when_the_bus_does_not_ack(kit):
    assembler, _, p = kit
    p["events"].fail = True
    with pytest.raises(EventsUnavailable):
        run(assembler.receive(data=instance("1.2.3", "1.2.3.1")))


def test_raw_reads_are_audited_first_and_fail_closed(kit):
    assembler, _, p = kit
    reader = StudyReader(catalog=p["catalog"], vault=p["vault"], audit=p["audit"])
    stored = run(assembler.receive(data=instance("1.2.3", "1.2.3.1")))
    run(assembler.receive(data=instance("1.2.3", "1.2.3.2")))

    with pytest.raises(StudyNotFound):
        run(reader.open_raw(study_ref="st-unknown"))
    with pytest.raises(InstanceNotFound):
        run(reader.open_raw(study_ref=stored.study_ref, instance_refs=["in-unknown"]))
    assert not [r for r in p["audit"].records if r["action"] == "raw.read"]

    picked = run(reader.open_raw(study_ref=stored.study_ref,
                                  instance_refs=[stored.instance_ref], principal="svc-deid"))
    assert [i.instance_ref for i in picked] == [stored.instance_ref]
    assert run(reader.read_raw(instance=picked[0])) == instance("1.2.3", "1.2.3.1")
    [audit] = [r for r in p["audit"].records if r["action"] == "raw.read"]
    assert audit["resource"] == stored.study_ref and audit["principal"] == "svc-deid"
    assert len(run(reader.open_raw(study_ref=stored.study_ref))) == 2

    p["audit"].fail = True
    with pytest.raises(EventsUnavailable):
        run(reader.open_raw(study_ref=stored.study_ref))


def test_a_failed_vault_write_leaves_nothing_to_announce(kit):
    assembler, clock, p = kit

    async def failing_put(*, key, data):
        raise StorageUnavailable("disk")
    good_put = p["vault"].put
    p["vault"].put = failing_put

    async def scenario():
        with pytest.raises(StorageUnavailable):
            await assembler.receive(data=instance("1.2.3", "1.2.3.1"))
        clock.now += 6
        assert await assembler.complete_quiet_studies() == []
        assert p["catalog"].instances == {} and p["catalog"].studies == {}
        p["vault"].put = good_put  # the sender re-sends
        await assembler.receive(data=instance("1.2.3", "1.2.3.1"))
        clock.now += 6
        return await assembler.complete_quiet_studies()

    done = run(scenario())
    assert [len(s.instance_refs) for s in done] == [1]


def test_recover_forgets_instances_whose_bytes_never_arrived(kit):
    assembler, clock, p = kit

    async def scenario():
        a = await assembler.receive(data=instance("1.2.3", "1.2.3.1"))
        b = await assembler.receive(data=instance("1.2.3", "1.2.3.2"))
        del p["vault"].objects[b.vault_key]       # a crash between commit and fsync
        assert await assembler.recover() == 1
        clock.now += 6
        done = await assembler.complete_quiet_studies()
        assert [s.instance_refs for s in done] == [(a.instance_ref,)]
        await assembler.receive(data=instance("1.2.3", "1.2.3.2"))  # re-sent
        clock.now += 6
        return await assembler.complete_quiet_studies()

    done = run(scenario())
    assert [s.completion for s in done] == [2] and done[0].total_instances == 2


def test_a_resend_repairs_a_missing_vault_object(kit):
    assembler, _, p = kit

    async def scenario():
        a = await assembler.receive(data=instance("1.2.3", "1.2.3.1"))
        del p["vault"].objects[a.vault_key]
        await assembler.receive(data=instance("1.2.3", "1.2.3.1"))
        return a

    a = run(scenario())
    assert a.vault_key in p["vault"].objects
