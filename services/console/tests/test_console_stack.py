"""The console against the real platform (every service its own process, started by the
supervisor as ``medenclave up`` does): sign-in with password and TOTP through access, the
pages' calls with the person's token, the audit record of a page view in the ledger."""

from __future__ import annotations

import asyncio
import re
import time

import httpx
import pytest

pytestmark = pytest.mark.slow

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def _sign_in(live, role: str, *, code: str | None = None) -> tuple[httpx.Client, httpx.Response]:
    """Sign in a fresh person of ``role`` (with the right TOTP code unless ``code``)."""
    client = httpx.Client(base_url=live.url, follow_redirects=False, timeout=30)
    page = client.get("/login")
    name = live.take(role)
    reply = client.post("/login", data={
        "csrf": CSRF.search(page.text).group(1), "username": name, "password": live.password,
        "totp": live.code(name) if code is None else code})
    return client, reply


def test_sign_in_with_totp_and_role_gates(live_console):
    officer, reply = _sign_in(live_console, "privacy_officer")
    assert reply.status_code == 303, reply.text
    assert officer.get("/quarantine").status_code == 200
    assert officer.get("/studies").status_code == 403      # no data.read for the officer
    radiologist, reply = _sign_in(live_console, "radiologist")
    assert reply.status_code == 303
    assert radiologist.get("/studies").status_code == 200
    assert radiologist.get("/quarantine").status_code == 403
    assert radiologist.get("/models").status_code == 403
    _, refused = _sign_in(live_console, "auditor", code="000000")
    assert refused.status_code == 401


def test_a_page_view_lands_in_the_audit_ledger(live_console):
    auditor_name = live_console.unused["auditor"][-1]
    auditor, reply = _sign_in(live_console, "auditor")
    assert reply.status_code == 303
    page = auditor.get("/audit")
    assert page.status_code == 200 and "Chain intact" in page.text
    csrf = CSRF.search(page.text).group(1)
    export = auditor.post("/audit/export", data={"csrf": csrf, "action": "console.view"})
    assert export.status_code == 200

    from medenclave.rpc import StaticToken, secure_channel
    from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
    from medenclave.v1 import audit_pb2, audit_pb2_grpc

    token = TokenIssuer(load_or_create_signing_key(live_console.data_dir / "access" / "keys")
                        ).issue(subject="console-test-reader", role="auditor", ttl_s=300)[0]

    async def views():
        async with secure_channel(live_console.grpc["audit"], StaticToken(token)) as ch:
            reply = await audit_pb2_grpc.AuditServiceStub(ch).Query(audit_pb2.QueryRequest(
                action="console.view", subject=auditor_name), timeout=20)
            return [r.record for r in reply.records]

    deadline = time.monotonic() + 30   # a guard: the recorder commits asynchronously
    records = asyncio.run(views())
    while not records and time.monotonic() < deadline:
        time.sleep(0.2)
        records = asyncio.run(views())
    assert records and records[0].service == "console" and records[0].role == "auditor"
    assert records[0].resource in ("audit", "audit.export")


def test_demo_people_sign_in_to_the_console(live_console, tmp_path):
    """The sign-ins `make demo` prints work, and a second demo reads them back."""
    from medenclave_access.core.totp import totp_code
    from medenclave_cli.console_demo import DEMO_ROLES, console_people, describe_sign_ins

    people = asyncio.run(console_people(live_console.grpc["access"], live_console.data_dir))
    assert [p["role"] for p in people] == list(DEMO_ROLES)
    again = asyncio.run(console_people(live_console.grpc["access"], live_console.data_dir))
    assert again == people
    text = describe_sign_ins(people, console_url=live_console.url, data_dir=tmp_path)
    assert live_console.url in text and all(p["username"] in text for p in people)
    officer = next(p for p in people if p["role"] == "privacy_officer")
    client = httpx.Client(base_url=live_console.url, follow_redirects=False, timeout=30)
    page = client.get("/login")
    reply = client.post("/login", data={
        "csrf": CSRF.search(page.text).group(1), "username": officer["username"],
        "password": officer["password"], "totp": totp_code(officer["totp_secret"])})
    assert reply.status_code == 303
    assert client.get("/quarantine").status_code == 200
