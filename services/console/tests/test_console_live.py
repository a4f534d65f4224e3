"""The console against the real platform (every service its own OS process, started by the
supervisor as ``medenclave up`` does), over HTTP and then in a real browser (Playwright driving
Debian's Chromium): sign-in with password and TOTP through access, role gates, a page view in
the audit ledger, the demo's sign-ins, the quarantined image rendered by deid, the language
switch, a quarantine release, an auditor's export.

One module, one platform (the fixture is module-scoped): the HTTP tests come first, because
Playwright's sync API holds an event loop in this thread from the first browser test on.
``MEDENCLAVE_CONSOLE_SCREENSHOTS=DIR`` saves a 1366×768 screenshot of each screen there
(docs/console.md shows them)."""

from __future__ import annotations

import asyncio
import os
import re
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow


CSRF = re.compile(r'name="csrf" value="([^"]+)"')
SHOTS = os.environ.get("MEDENCLAVE_CONSOLE_SCREENSHOTS", "")


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


def test_emergency_access_and_its_review(live_console):
    radiologist, reply = _sign_in(live_console, "radiologist")
    assert reply.status_code == 303
    page = radiologist.get("/emergency")
    granted = radiologist.post("/emergency", data={
        "csrf": CSRF.search(page.text).group(1), "role": "clinician", "minutes": "5",
        "reason": "trauma bay: the on-call reader is unreachable"})
    assert granted.status_code == 303, granted.text
    home = radiologist.get("/")
    assert "Emergency access granted" in home.text and "(clinician)" in home.text
    officer, reply = _sign_in(live_console, "privacy_officer")
    review = officer.get("/break-glass")
    assert review.status_code == 200
    assert "trauma bay: the on-call reader is unreachable" in review.text


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
    # the approver the demo prints reads the models (training's ListModels, model.read) and the
    # serving health (inference's GetServingHealth) through the real services
    approver = next(p for p in people if p["role"] == "approver")
    client = httpx.Client(base_url=live_console.url, follow_redirects=False, timeout=30)
    page = client.get("/login")
    assert client.post("/login", data={
        "csrf": CSRF.search(page.text).group(1), "username": approver["username"],
        "password": approver["password"], "totp": totp_code(approver["totp_secret"])}
    ).status_code == 303
    for path in ("/models", "/serving"):
        assert client.get(path).status_code == 200, path
    assert client.get("/datasets").status_code == 403   # datasets: model.train only


def _shot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))


def _browser_sign_in(browser, live, role: str):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-GB")
    page = context.new_page()
    page.goto(live.url + "/login")
    _shot(page, "sign-in") if role == "privacy_officer" else None
    name = live.take(role)
    page.fill("#username", name)
    page.fill("#password", live.password)
    page.fill("#totp", live.code(name))
    page.click("#sign-in")
    page.wait_for_url(live.url + "/")
    return context, page


def test_sign_in_switch_language_and_release_from_quarantine(chromium, live_console, forms):
    forms.push_burned_in_study(live_console)
    context, page = _browser_sign_in(chromium, live_console, "privacy_officer")
    try:
        _shot(page, "home")
        assert page.locator('nav a[href="/studies"]').count() == 0   # no data.read
        page.click('nav a[href="/quarantine"]')
        deadline = time.monotonic() + 90   # a guard: ingest's quiet period, then deid
        while page.locator("form.review").count() == 0:
            assert time.monotonic() < deadline, "the study never reached the quarantine"
            time.sleep(0.5)
            page.reload()
        assert page.url == live_console.url + "/quarantine"
        row = page.locator("tbody tr").first
        assert "burned_in" in row.inner_text()
        # the raw pixels, rendered by deid with the header's window, then a window of our own
        page.click("form.review button.view")
        page.wait_for_load_state()
        image = page.locator("#preview-image")
        assert page.evaluate("document.getElementById('preview-image').naturalWidth") == 64
        assert "Instance 1 of 1, 64×64" in page.inner_text("figcaption")
        page.fill(".preview input[name=width]", "100")
        page.click(".preview button[type=submit]")
        page.wait_for_load_state()
        assert "/ 100.0" in page.inner_text("figcaption") and image.count() == 1
        _shot(page, "quarantine")
        # the language switch: every label in Chinese, the same page
        page.click("#lang-switch")
        page.wait_for_load_state()
        assert page.url == live_console.url + "/quarantine"
        assert page.inner_text("h1") == "隔离审核"
        assert page.locator("html").get_attribute("lang") == "zh-CN"
        assert page.title() == "隔离审核 — MedEnclave 控制台"
        _shot(page, "quarantine-zh")
        page.fill("form.review input[name=reason]", "逐帧检查：图像中没有可识别的文字。")
        page.click("form.review button.release")
        page.wait_for_load_state()
        assert "已放行。" in page.inner_text("main")
        assert page.locator("form.review").count() == 0
        page.click("#lang-switch")
        page.wait_for_load_state()
        assert page.inner_text("h1") == "Quarantine review"
    finally:
        context.close()


def test_radiologist_cannot_open_quarantine(chromium, live_console):
    context, page = _browser_sign_in(chromium, live_console, "radiologist")
    try:
        assert page.locator('nav a[href="/quarantine"]').count() == 0
        reply = page.goto(live_console.url + "/quarantine")
        assert reply.status == 403
        assert "Your role may not open this page." in page.inner_text("main")
        page.goto(live_console.url + "/studies")
        # what became of the study pushed above comes from deid, not ingest (ingest alone
        # would show every study as only "received")
        deadline = time.monotonic() + 60
        while True:
            states = [c.inner_text() for c in page.locator("tbody tr td:nth-child(2)").all()]
            if states and all(s in ("de-identified", "quarantined") for s in states):
                break
            assert time.monotonic() < deadline, f"studies never showed deid's outcome: {states}"
            time.sleep(0.5)
            page.reload()
        _shot(page, "studies")
        assert page.inner_text("h1") == "Studies"
    finally:
        context.close()


def test_auditor_verifies_and_exports(chromium, live_console):
    context, page = _browser_sign_in(chromium, live_console, "auditor")
    try:
        page.click('nav a[href="/audit"]')
        assert "Chain intact" in page.inner_text("#chain")
        _shot(page, "audit")
        with page.expect_download() as download:
            page.click("#export")
        assert download.value.suggested_filename == "medenclave-audit.jsonl"
        assert download.value.path().stat().st_size > 0
        # every URL the console showed carried no identifier: paths of screens only
        assert page.url.startswith(live_console.url + "/audit")
    finally:
        context.close()
