"""DeidentifyNote attacked by holders of ``data.deidentify``, live (real nats-server, the real
access service and real tokens, the deid service in-process on loopback).

The attack (issue 15, item 5): a radiologist or AI engineer sends a note with a known date and a
patient id, reads the shifted date back and so learns the patient's secret date offset — the
offset that de-identifies that patient's studies — and tells known from unknown patients by
NOT_FOUND vs OK. Only the privacy officer (``deid.patient_dates``) gets the patient's offset."""

from __future__ import annotations

import asyncio
import datetime as dt
import re
import time

import grpc
import nats
import pytest
import sqlalchemy as sa

from medenclave.files import write_private
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.policy import DEFAULT_ROLES, Policy
from medenclave.security.tokens import Principal, TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import deid_pb2, deid_pb2_grpc, events_pb2
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_deid.adapters.inbound.notes_api import may_link_patient_dates
from medenclave_deid.config import DeidSettings
from medenclave_deid.main import DeidService
from medenclave_testing import free_port, wait_serving

pytestmark = pytest.mark.timeout(120)

SEEN = dt.date(2024, 3, 5)
NOTE = "Follow-up on 2024-03-05: cough better, chest clear."
KNOWN, UNKNOWN, ISSUER = "PID-4477", "PID-9999-NOBODY", "HOSP"


def _shift(text: str) -> int:
    """The days the note's date moved (what an attacker computes from the answer)."""
    found = re.search(r"\d{4}-\d{2}-\d{2}", text)
    assert found, text
    return (dt.date.fromisoformat(found.group()) - SEEN).days


def _pseudonym_rows(engine: sa.Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(sa.text("SELECT count(*) FROM deid_pseudonyms")).scalar_one()


def test_only_the_privacy_officer_and_services_get_the_patient_offset():
    policy = Policy()
    for role in ("radiologist", "ai_engineer", "clinician", "auditor", "admin"):
        assert not may_link_patient_dates(Principal(subject="x", role=role), policy), role
    assert may_link_patient_dates(Principal(subject="po", role="privacy_officer"), policy)
    assert may_link_patient_dates(Principal(subject="svc-training", role="svc_training"), policy)
    # an emergency grant is not trusted with offsets, whatever role it elevates to
    assert not may_link_patient_dates(
        Principal(subject="rad", role="privacy_officer", break_glass="g-1"), policy)
    assert not may_link_patient_dates(Principal(subject="po", role="privacy_officer"), None)
    assert "data.deidentify" in DEFAULT_ROLES["privacy_officer"]


def test_note_dates_do_not_reveal_a_patients_offset(tmp_path, nats_server):
    asyncio.run(_run(tmp_path, nats_server))


async def _call(port: int, token: str, patient_id: str) -> deid_pb2.DeidentifyNoteResponse:
    async with secure_channel(f"127.0.0.1:{port}", StaticToken(token)) as channel:
        return await deid_pb2_grpc.DeidServiceStub(channel).DeidentifyNote(
            deid_pb2.DeidentifyNoteRequest(text=NOTE, patient_id=patient_id, issuer=ISSUER),
            timeout=20)


async def _run(tmp_path, nats_server):
    data = tmp_path / "data"
    secrets = data / "secrets"
    secrets.mkdir(parents=True)
    write_private(secrets / "svc-deid.secret", "deid-service-password-0123")
    access_port, deid_port = free_port(), free_port()
    access_ep = f"127.0.0.1:{access_port}"
    access_settings = AccessSettings(data_dir=data, nats_url=nats_server.url, grpc_port=access_port,
                                     access_endpoint=access_ep, service_secrets_dir=secrets)
    deid_settings = DeidSettings(data_dir=data, nats_url=nats_server.url, grpc_port=deid_port,
                                 access_endpoint=access_ep,
                                 ingest_endpoint=f"127.0.0.1:{free_port()}",
                                 credentials_file=secrets / "svc-deid.secret")
    deid = DeidService(deid_settings)
    # the patient is known: their studies were de-identified with this secret offset
    real = deid.pseudonyms.offset_for(issuer=ISSUER, patient_id=KNOWN)
    stop = asyncio.Event()
    tasks = [asyncio.create_task(serve(AccessService(access_settings), access_settings, stop))]
    await wait_serving(access_port)
    tasks.append(asyncio.create_task(serve(deid, deid_settings, stop)))
    nc = await nats.connect(nats_server.url)
    try:
        await wait_serving(deid_port)
        audits: list[events_pb2.AuditRecord] = []

        async def collect(msg):
            audits.append(events_pb2.AuditRecord.FromString(msg.data))
        await nc.subscribe("audit.record.v1", cb=collect)
        issuer = TokenIssuer(load_or_create_signing_key(data / "access" / "keys"))
        tokens = {role: issuer.issue(subject=f"u-{role}", role=role)[0]
                  for role in ("radiologist", "ai_engineer", "privacy_officer")}
        rows = _pseudonym_rows(deid.engine)

        for role in ("radiologist", "ai_engineer"):
            known = [await _call(deid_port, tokens[role], KNOWN) for _ in range(2)]
            # an unknown patient answers OK, exactly like a known one: existence is not revealed
            unknown = await _call(deid_port, tokens[role], UNKNOWN)
            none = await _call(deid_port, tokens[role], "")
            assert known[0].text == known[1].text == unknown.text == none.text, role
            assert all(_shift(r.text) != real for r in known), role
            assert dict(unknown.counts) == dict(known[0].counts)
        # the guesses left nothing behind: no pseudonym was created for the unknown patient
        assert _pseudonym_rows(deid.engine) == rows

        officer = await _call(deid_port, tokens["privacy_officer"], KNOWN)
        assert _shift(officer.text) == real  # notes and images agree for the officer
        # an officer's role reached through break-glass is not trusted with offsets
        token, _ = issuer.issue(subject="u-rad", role="privacy_officer", break_glass="g-1")
        try:
            assert _shift((await _call(deid_port, token, KNOWN)).text) != real
        except grpc.aio.AioRpcError as refused:  # or the grant is not honoured at all
            assert refused.code() in (grpc.StatusCode.PERMISSION_DENIED,
                                      grpc.StatusCode.UNAUTHENTICATED)

        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and sum(a.action == "deid.note" for a in audits) < 9:
            await asyncio.sleep(0.05)
        notes = [a for a in audits if a.action == "deid.note"]
        linked = [a for a in notes if a.reason == "patient_dates"]
        assert [a.subject for a in linked] == ["u-privacy_officer"]
        blob = b"".join(a.SerializeToString() for a in audits)
        assert KNOWN.encode() not in blob and UNKNOWN.encode() not in blob
    finally:
        await nc.close()
        stop.set()
        await asyncio.gather(*tasks, return_exceptions=True)
