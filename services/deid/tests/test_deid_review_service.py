"""The privacy officer's side of deid, live: a real nats-server, the real access service (real
tokens), deid in-process, and a fake IngestService. Re-identification through the escrow,
burned-in quarantine released and rejected over gRPC and the CLI, and the leak-guard alert."""

from __future__ import annotations

import asyncio
import io
import json
import time

import grpc
import nats
import pydicom
import pytest

from medenclave.bus import EventBus
from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.policy import DEFAULT_ROLES
from medenclave.security.tokens import TokenIssuer, TokenVerifier, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import deid_pb2, deid_pb2_grpc, events_pb2, ingest_pb2, ingest_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_cli.main import main as cli_main
from medenclave_cli.supervisor import ENDPOINTS_FILE
from medenclave_deid.config import DeidSettings
from medenclave_deid.core.escrow import EscrowKeyError, generate_officer_keypair, open_sealed
from medenclave_deid.main import DeidService
from medenclave_testing import free_port, wait_serving

pytestmark = pytest.mark.timeout(150)
US_IMAGE = "1.2.840.10008.5.1.4.1.1.6.1"


class FakeIngest(ingest_pb2_grpc.IngestServiceServicer):
    """FetchInstances from a dict, for svc-deid only."""

    def __init__(self, studies, keys_dir) -> None:
        self.studies, self.keys_dir = studies, keys_dir

    async def FetchInstances(self, request, context):
        token = dict(context.invocation_metadata()).get("authorization", "")[len("Bearer "):]
        key = load_or_create_signing_key(self.keys_dir)
        if TokenVerifier({key.kid: key.public_pem}).verify(token).role != "svc_deid":
            await context.abort(grpc.StatusCode.PERMISSION_DENIED, "raw.read")
        wanted = set(request.instance_refs)
        for ref, data in self.studies.get(request.study_ref, []):
            if not wanted or ref in wanted:
                yield ingest_pb2.RawInstance(instance_ref=ref, dicom=data)


def _ultrasound(ds):
    ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = US_IMAGE
    ds.Modality = "US"
    ds.BurnedInAnnotation = "YES"  # at risk by its header: no OCR in this journey


def _leaky_pixels(ds):
    """The MRN in the pixel bytes: kept by the profile, found by the leak guard's byte scan."""
    ds.PixelData = (b"MRN55501234" * 47)[:512]


def _studies(make_instance):
    def uid(n):
        return {"StudyInstanceUID": f"1.2.826.0.1.3680043.8.498.{n}"}
    return {
        "st-ct": [("in-1", make_instance(0)), ("in-2", make_instance(1))],
        "st-us-release": [("in-3", make_instance(2, phi=uid(8001), extra=_ultrasound))],
        "st-us-reject": [("in-4", make_instance(3, phi=uid(8002), extra=_ultrasound))],
        "st-leak": [("in-5", make_instance(4, phi=uid(8003), extra=_leaky_pixels))],
    }


async def _wait_for(queue: asyncio.Queue, subject: str, study_ref: str, deadline: float):
    while True:
        msg = await asyncio.wait_for(queue.get(), timeout=max(0.1, deadline - time.monotonic()))
        if msg.subject != subject:
            continue
        payload = {"deid.study.completed.v1": events_pb2.StudyDeidentified,
                   "deid.study.quarantined.v1": events_pb2.StudyQuarantined,
                   "deid.leak.blocked.v1": events_pb2.DeidLeakBlocked}[subject].FromString(msg.data)
        if payload.study_ref == study_ref:
            return payload


@pytest.mark.parametrize("store", ["sqlite", "postgres"])
def test_officer_review_reidentify_and_leak_alert(request, store, tmp_path, nats_server,
                                                  make_instance, capsys):
    db = {}
    if store == "postgres":
        db = {"database_url": request.getfixturevalue("database_url"),
              "database_schema": request.getfixturevalue("pg_schema")}
    asyncio.run(_journey(tmp_path, nats_server, make_instance, capsys, db))


async def _journey(tmp_path, nats_server, make_instance, capsys, db):
    data = tmp_path / "data"
    secrets = data / "secrets"
    secrets.mkdir(parents=True)
    write_private(secrets / "svc-deid.secret", "deid-service-password-0123")  # 0600
    officer_key = tmp_path / "officer" / "escrow-private.pem"
    assert cli_main(["escrow", "init", "--data-dir", str(data),
                     "--private-key-out", str(officer_key)]) == 0
    assert officer_key.stat().st_mode & 0o777 == 0o600
    access_port, deid_port, ingest_port = free_port(), free_port(), free_port()
    access_ep = f"127.0.0.1:{access_port}"
    access_settings = AccessSettings(data_dir=data, nats_url=nats_server.url, grpc_port=access_port,
                                     access_endpoint=access_ep, service_secrets_dir=secrets)
    deid_settings = DeidSettings(data_dir=data, nats_url=nats_server.url, grpc_port=deid_port,
                                 access_endpoint=access_ep,
                                 ingest_endpoint=f"127.0.0.1:{ingest_port}",
                                 credentials_file=secrets / "svc-deid.secret", **db)
    (data / ENDPOINTS_FILE).write_text(json.dumps({
        "grpc": {"deid": f"127.0.0.1:{deid_port}"}, "dicom": {"host": "", "port": 0,
                                                            "ae_title": ""},
        "triton": "", "metrics": {}, "nats_url": nats_server.url, "data_dir": str(data)}))
    stop = asyncio.Event()
    deadline = time.monotonic() + 90
    studies = _studies(make_instance)
    ingest = grpc.aio.server()
    ingest_pb2_grpc.add_IngestServiceServicer_to_server(
        FakeIngest(studies, data / "access" / "keys"), ingest)
    ingest.add_insecure_port(f"127.0.0.1:{ingest_port}")
    await ingest.start()
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop))]
    await wait_serving(access_port)
    tasks.append(asyncio.create_task(serve(DeidService(deid_settings), deid_settings, stop)))
    nc = await nats.connect(nats_server.url)
    bus = None
    try:
        await wait_serving(deid_port)
        queue: asyncio.Queue = asyncio.Queue()

        async def collect(msg):
            await queue.put(msg)
        await nc.subscribe("deid.>", cb=collect)
        audits: list[events_pb2.AuditRecord] = []

        async def collect_audit(msg):
            audits.append(events_pb2.AuditRecord.FromString(msg.data))
        await nc.subscribe("audit.record.v1", cb=collect_audit)

        bus = await EventBus.connect(nats_server.url, name="test-ingest")
        for ref, instances in studies.items():
            await bus.publish("dicom.study.received.v1", events_pb2.StudyReceived(
                study_ref=ref, completion=1, instance_refs=[r for r, _ in instances],
                total_instances=len(instances)), msg_id=f"{ref}:1")

        done = await _wait_for(queue, "deid.study.completed.v1", "st-ct", deadline)
        for ref in ("st-us-release", "st-us-reject"):
            held = await _wait_for(queue, "deid.study.quarantined.v1", ref, deadline)
            assert held.reason_code == "burned_in_text"
        held = await _wait_for(queue, "deid.study.quarantined.v1", "st-leak", deadline)
        assert held.reason_code == "leak_guard:PatientID"
        alert = await _wait_for(queue, "deid.leak.blocked.v1", "st-leak", deadline)
        assert (alert.completion, alert.reason_code) == (1, "leak_guard:PatientID")
        assert alert.at.seconds > 0

        issuer = TokenIssuer(load_or_create_signing_key(data / "access" / "keys"))
        tokens = {role: issuer.issue(subject=f"user-{role}", role=role)[0]
                  for role in DEFAULT_ROLES}
        pseudonym = done.pseudo_patient_id

        # --- Reidentify: privacy_officer only ---
        for role, token in tokens.items():
            async with secure_channel(f"127.0.0.1:{deid_port}", StaticToken(token)) as channel:
                stub = deid_pb2_grpc.DeidServiceStub(channel)
                if role == "privacy_officer":
                    entry = await stub.Reidentify(deid_pb2.ReidentifyRequest(pseudonym=pseudonym))
                    continue
                for call, request in (
                        (stub.Reidentify, deid_pb2.ReidentifyRequest(pseudonym=pseudonym)),
                        (stub.ReleaseQuarantine, deid_pb2.ReviewQuarantineRequest(
                            study_ref="st-us-release", completion=1, reason="x")),
                        (stub.RejectQuarantine, deid_pb2.ReviewQuarantineRequest(
                            study_ref="st-us-reject", completion=1, reason="x"))):
                    with pytest.raises(grpc.aio.AioRpcError) as denied:
                        await call(request)
                    assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED, role
        assert b"MRN55501234" not in entry.sealed  # the service hands out only the sealed box
        identity = open_sealed(entry.sealed, pseudonym=pseudonym,
                               private_key_pem=officer_key.read_bytes())
        assert (identity.patient_id, identity.issuer_of_patient_id,
                identity.patient_birth_date) == ("MRN55501234", "SEMH", "19671123")
        with pytest.raises(EscrowKeyError):
            open_sealed(entry.sealed, pseudonym=pseudonym,
                        private_key_pem=generate_officer_keypair()[0])

        officer = tokens["privacy_officer"]
        # the CLI: fetch and open locally
        capsys.readouterr()
        rc = await asyncio.to_thread(cli_main, [
            "reidentify", pseudonym, "--private-key", str(officer_key), "--json",
            "--data-dir", str(data), "--token", officer])
        assert rc == 0
        printed = json.loads(capsys.readouterr().out)
        assert printed["patient_id"] == "MRN55501234" and printed["pseudonym"] == pseudonym
        rc = await asyncio.to_thread(cli_main, [
            "reidentify", pseudonym, "--private-key", str(officer_key),
            "--data-dir", str(data), "--token", tokens["auditor"]])
        assert rc == 2

        async with secure_channel(f"127.0.0.1:{deid_port}", StaticToken(officer)) as channel:
            stub = deid_pb2_grpc.DeidServiceStub(channel)
            with pytest.raises(grpc.aio.AioRpcError) as missing:
                await stub.Reidentify(deid_pb2.ReidentifyRequest(pseudonym="PSN-000000000000"))
            assert missing.value.code() == grpc.StatusCode.NOT_FOUND

            listed = await stub.ListQuarantine(deid_pb2.ListQuarantineRequest())
            assert {(q.study_ref, q.reason_code, q.review_state, q.instance_count)
                    for q in listed.studies} == {
                ("st-us-release", "burned_in_text", "PENDING", 1),
                ("st-us-reject", "burned_in_text", "PENDING", 1),
                ("st-leak", "leak_guard:PatientID", "PENDING", 1)}

            with pytest.raises(grpc.aio.AioRpcError) as no_reason:
                await stub.RejectQuarantine(deid_pb2.ReviewQuarantineRequest(
                    study_ref="st-us-reject", completion=1))
            assert no_reason.value.code() == grpc.StatusCode.INVALID_ARGUMENT

            # mask-and-release without a text detector nor a mask rule: nothing to blank, so
            # it is not released unmasked either (the case stays pending)
            with pytest.raises(grpc.aio.AioRpcError) as unmasked:
                await stub.ReleaseQuarantine(deid_pb2.ReviewQuarantineRequest(
                    study_ref="st-us-release", completion=1, mask_text=True,
                    reason="mask the burned-in name please"))
            assert unmasked.value.code() == grpc.StatusCode.FAILED_PRECONDITION
            assert "mask_nothing_found" in unmasked.value.details()

            # release: re-run with the burned-in check overridden, completed event published
            released = await stub.ReleaseQuarantine(deid_pb2.ReviewQuarantineRequest(
                study_ref="st-us-release", completion=1,
                reason="reviewed: no text in the image (ticket 42)"))
            assert released.review_state == "RELEASED"
            completed = await _wait_for(queue, "deid.study.completed.v1", "st-us-release",
                                        deadline)
            assert completed.pseudo_study_id == released.pseudo_study_id
            assert completed.instance_count == 1 and completed.modality == "US"

            # the leak guard is never overridden by a release
            with pytest.raises(grpc.aio.AioRpcError) as still:
                await stub.ReleaseQuarantine(deid_pb2.ReviewQuarantineRequest(
                    study_ref="st-leak", completion=1, reason="please"))
            assert still.value.code() == grpc.StatusCode.FAILED_PRECONDITION
            assert "leak_guard:PatientID" in still.value.details()

        # reject through the CLI: nothing is published
        capsys.readouterr()
        rc = await asyncio.to_thread(cli_main, [
            "quarantine", "reject", "st-us-reject", "--reason", "text burned into the image",
            "--data-dir", str(data), "--token", officer])
        assert rc == 0 and "REJECTED" in capsys.readouterr().out
        rc = await asyncio.to_thread(cli_main, [
            "quarantine", "release", "st-us-reject", "--reason", "changed my mind",
            "--data-dir", str(data), "--token", officer])
        assert rc == 2  # decided already
        rc = await asyncio.to_thread(cli_main, [
            "quarantine", "list", "--all", "--json", "--data-dir", str(data), "--token", officer])
        assert rc == 0
        rows = {r["study_ref"]: r for r in json.loads(capsys.readouterr().out)}
        assert rows["st-us-reject"]["review_state"] == "REJECTED"
        assert rows["st-us-reject"]["review_reason"] == "text burned into the image"
        assert rows["st-us-reject"]["reviewer"] == "user-privacy_officer"
        assert rows["st-us-release"]["review_state"] == "RELEASED"
        assert rows["st-leak"]["review_state"] == "PENDING"

        async with secure_channel(f"127.0.0.1:{deid_port}",
                                  StaticToken(tokens["ai_engineer"])) as channel:
            stub = deid_pb2_grpc.DeidServiceStub(channel)
            got = [i async for i in stub.FetchStudy(
                deid_pb2.FetchStudyRequest(pseudo_study_id=released.pseudo_study_id))]
            assert len(got) == 1
            ds = pydicom.dcmread(io.BytesIO(got[0].dicom))
            assert ds.Modality == "US" and ds.PatientIdentityRemoved == "YES"
            assert b"MRN55501234" not in got[0].dicom
            summaries = {s.study_ref: s for s in (await stub.ListStudies(
                deid_pb2.ListStudiesRequest())).studies}
            assert summaries["st-us-release"].pseudo_study_id == released.pseudo_study_id
            assert summaries["st-us-reject"].quarantine_reason == "burned_in_text"

        # audited with the written reasons; no identifying value in any record
        def seen(action, outcome="success"):
            return [a for a in audits if a.action == action and a.outcome == outcome]
        while time.monotonic() < deadline and not seen("quarantine.reject"):
            await asyncio.sleep(0.05)
        reids = seen("phi.reidentify")  # the gRPC call and the CLI call
        assert [(a.role, a.subject, a.resource) for a in reids] == \
            [("privacy_officer", "user-privacy_officer", pseudonym)] * 2
        assert [a.reason for a in seen("phi.reidentify", "failure")] == ["escrow_not_found"]
        assert [a.reason for a in seen("quarantine.release") if a.resource == "st-us-release"] \
            == ["masked: mask the burned-in name please",   # asked, audited before the re-run
                "reviewed: no text in the image (ticket 42)"]
        assert [a.reason for a in seen("quarantine.release", "failure")
                if a.resource == "st-us-release"] == ["mask_nothing_found"]
        assert [a.reason for a in seen("quarantine.reject")] == ["text burned into the image"]
        assert any(a.resource == "st-leak" for a in seen("quarantine.release", "failure"))
        denied = {a.role for a in seen("rpc.denied", "denied")
                  if a.resource.endswith("/Reidentify")}
        assert denied == set(DEFAULT_ROLES) - {"privacy_officer"}
        blob = b"".join(a.SerializeToString() for a in audits)
        assert b"MRN55501234" not in blob and b"19671123" not in blob

        # nothing was ever published for the rejected or the leaking study
        events = []
        while not queue.empty():
            events.append(queue.get_nowait())
        assert not any(m.subject == "deid.study.completed.v1" and
                       events_pb2.StudyDeidentified.FromString(m.data).study_ref in
                       {"st-us-reject", "st-leak"} for m in events)
    finally:
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
        if bus is not None:
            await bus.close()
        await nc.close()
        await ingest.stop(None)
