"""The console's pages over a fake platform: sign-in, sessions, CSRF, roles, headers,
languages, the quarantine decision, the audit export, and the attacks each form invites."""

from __future__ import annotations

from dataclasses import replace

import pytest

from medenclave_console.adapters.inbound.http_app import SESSION_COOKIE
from medenclave_console.core import i18n
from medenclave_console.core.screens import SCREENS, allowed
from medenclave_console.core.sessions import SessionBook


def test_sign_in_rotates_the_session_id(console, forms):
    client, _, _, book = console
    page = client.get("/login")
    planted = client.cookies[SESSION_COOKIE]
    form = {"csrf": forms.csrf_of(page.text), "username": "demo-radiologist",
            "password": "correct horse", "totp": "123456"}
    assert client.post("/login", data=form).status_code == 303
    fresh = client.cookies[SESSION_COOKIE]
    assert fresh != planted
    assert book.get(planted) is None  # the id known before sign-in is worth nothing now
    # an attacker who planted the old id gets the sign-in page, not the person's session
    client.cookies.clear()  # only the planted id: no second cookie of the same name is sent
    client.cookies.set(SESSION_COOKIE, planted)
    assert client.get("/studies").status_code == 303


def test_wrong_password_or_code_is_refused_without_a_session(console, forms):
    client, _, _, book = console
    page = client.get("/login")
    reply = client.post("/login", data={"csrf": forms.csrf_of(page.text), "username": "demo-auditor",
                                        "password": "correct horse", "totp": "000000"})
    assert reply.status_code == 401
    assert "Sign-in refused" in reply.text
    assert all(not s.signed_in for s in book._sessions.values())


def test_session_cookie_is_httponly_and_samesite_strict(console):
    client, *_ = console
    reply = client.get("/login")
    cookie = reply.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie
    assert "secure" not in cookie  # plain HTTP on loopback; https=True adds Secure


def test_security_headers_on_every_response(console):
    client, *_ = console
    for path in ("/login", "/", "/static/console.css", "/nowhere"):
        headers = client.get(path).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY"
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["cache-control"] == "no-store"


def test_forms_without_the_csrf_token_are_refused(console, forms):
    client, platform, _, _ = console
    forms.sign_in(client, "privacy_officer")
    page = client.get("/quarantine")
    row = page.text.split('name="row" value="')[1].split('"')[0]
    for token in ("", "forged"):
        reply = client.post("/quarantine/review", data={
            "csrf": token, "row": row, "decision": "release", "reason": "checked: no text"})
        assert reply.status_code == 403
    assert platform.reviews == []
    # the login form too: a cross-site login is refused
    client.cookies.clear()
    assert client.post("/login", data={"username": "demo-auditor", "password": "correct horse",
                                       "totp": "123456"}).status_code == 403


@pytest.mark.parametrize("role", ["radiologist", "auditor", "ai_engineer", "clinician"])
def test_roles_without_quarantine_review_get_403_and_an_audit_record(console, role, forms):
    client, platform, audit, _ = console
    csrf = forms.sign_in(client, role)
    assert client.get("/quarantine").status_code == 403
    reply = client.post("/quarantine/review", data={"csrf": csrf, "row": "x",
                                                    "decision": "release", "reason": "a" * 20})
    assert reply.status_code == 403
    assert platform.reviews == []
    assert {"action": "console.view", "resource": "quarantine", "outcome": "denied",
            "subject": f"demo-{role}", "role": role, "reason": "role_not_allowed"} \
        in audit.records
    home = client.get("/").text
    assert 'href="/quarantine"' not in home


def test_menu_follows_the_policy(console, forms):
    client, platform, _, _ = console
    for role in ("radiologist", "privacy_officer", "auditor", "ai_engineer"):
        client.cookies.clear()
        forms.sign_in(client, role)
        home = client.get("/").text
        for screen in SCREENS:
            assert (f'href="{screen.path}"' in home) == allowed(platform.policy(), role,
                                                                 screen.name), (role, screen)


def test_quarantine_release_with_a_written_reason(console, forms):
    client, platform, audit, _ = console
    csrf = forms.sign_in(client, "privacy_officer")
    page = client.get("/quarantine")
    assert page.status_code == 200
    assert "ref-secret-1" not in page.text  # only an opaque per-session handle reaches the page
    row = page.text.split('name="row" value="')[1].split('"')[0]
    short = client.post("/quarantine/review", data={"csrf": csrf, "row": row,
                                                    "decision": "release", "reason": "ok"})
    assert short.status_code == 400 and platform.reviews == []
    page = client.get("/quarantine")
    row = page.text.split('name="row" value="')[1].split('"')[0]
    done = client.post("/quarantine/review", data={
        "csrf": csrf, "row": row, "decision": "release", "reason": "no burned-in text, checked"})
    assert done.status_code == 303 and done.headers["location"] == "/quarantine"
    assert "Released." in client.get("/quarantine").text
    assert "Released." not in client.get("/quarantine").text  # shown once
    assert platform.reviews == [("ref-secret-1", 1, True, "no burned-in text, checked")]
    assert {"action": "console.view", "resource": "quarantine", "outcome": "success",
            "subject": "demo-privacy_officer", "role": "privacy_officer"} in audit.records
    # a handle is good once: replaying the form acts on nothing
    again = client.post("/quarantine/review", data={
        "csrf": csrf, "row": row, "decision": "reject", "reason": "replayed decision here"})
    assert again.status_code == 403 and len(platform.reviews) == 1


def test_the_decided_filter_is_a_checked_form_and_a_decision_must_be_known(console, forms):
    client, platform, _, _ = console
    csrf = forms.sign_in(client, "privacy_officer")
    pending = platform.queue
    platform.queue = [replace(q, review_state="RELEASED") for q in pending]
    assert "burned_in_text" not in client.get("/quarantine").text          # pending only
    assert client.post("/quarantine", data={"decided": "1"}).status_code == 403  # no CSRF
    shown = client.post("/quarantine", data={"csrf": csrf, "decided": "1"})
    assert shown.status_code == 200 and "burned_in_text" in shown.text     # decided ones too
    platform.queue = pending
    row = client.get("/quarantine").text.split('name="row" value="')[1].split('"')[0]
    odd = client.post("/quarantine/review", data={"csrf": csrf, "row": row, "decision": "keep",
                                                  "reason": "an unknown decision"})
    assert odd.status_code == 403 and platform.reviews == []


def test_mask_and_release_or_the_reason_it_was_not(console, forms):
    client, platform, _, _ = console
    csrf = forms.sign_in(client, "privacy_officer")
    platform.nothing_to_mask = True    # deid found no text it could blank: not released
    row = client.get("/quarantine").text.split('name="row" value="')[1].split('"')[0]
    refused = client.post("/quarantine/review", data={
        "csrf": csrf, "row": row, "decision": "mask_release", "reason": "mask the name please"})
    assert refused.status_code == 409 and "deid found no text it could mask" in refused.text
    assert platform.reviews == []
    platform.nothing_to_mask = False
    row = refused.text.split('name="row" value="')[1].split('"')[0]
    done = client.post("/quarantine/review", data={
        "csrf": csrf, "row": row, "decision": "mask_release", "reason": "mask the name please"})
    assert done.status_code == 303 and "Masked and released" in client.get("/quarantine").text
    assert platform.reviews == [("ref-secret-1", 1, True, "mask the name please", "mask")]


def test_four_eyes_release_needs_a_second_officer(console, forms):
    client, platform, _, _ = console
    platform.four_eyes = True      # deid's MEDENCLAVE_DEID_QUARANTINE_FOUR_EYES
    csrf = forms.sign_in(client, "privacy_officer")
    row = client.get("/quarantine").text.split('name="row" value="')[1].split('"')[0]
    client.post("/quarantine/review", data={"csrf": csrf, "row": row, "decision": "release",
                                            "reason": "no burned-in text, checked"})
    page = client.get("/quarantine").text
    assert "a second privacy officer must confirm" in page and "awaiting another" in page
    assert 'value="release"' not in page and platform.reviews == []   # no button to confirm
    # the attack: post the confirmation anyway, as the proposing officer
    row = page.split('name="row" value="')[1].split('"')[0]
    same = client.post("/quarantine/review", data={"csrf": csrf, "row": row,
                                                   "decision": "release",
                                                   "reason": "confirming it myself"})
    assert same.status_code == 403 and "another privacy officer must confirm" in same.text
    assert platform.reviews == []
    client.cookies.clear()
    csrf = forms.sign_in(client, "privacy_officer+2")
    page = client.get("/quarantine").text
    assert "Confirm release" in page and "release proposed by demo-privacy_officer" in page
    row = page.split('name="row" value="')[1].split('"')[0]
    done = client.post("/quarantine/review", data={"csrf": csrf, "row": row,
                                                   "decision": "release",
                                                   "reason": "agreed, nothing burned in"})
    assert done.status_code == 303
    assert platform.reviews == [("ref-secret-1", 1, True, "agreed, nothing burned in")]


def test_studies_counts_and_search_keep_ids_out_of_urls(console, forms):
    client, _, audit, _ = console
    csrf = forms.sign_in(client, "radiologist", lang="en")
    page = client.get("/studies")
    assert page.status_code == 200
    assert 'id="count-received">3<' in page.text and 'id="count-quarantined">1<' in page.text
    found = client.post("/studies", data={"csrf": csrf, "pseudonym": "PSEUDO-AAA"})
    assert found.status_code == 200 and "PSEUDO-AAA" in found.text
    assert str(found.url).endswith("/studies")  # the id went in the body, not the URL
    assert "<title>Studies — MedEnclave console</title>" in found.text
    bad = client.post("/studies", data={"csrf": csrf, "pseudonym": "<script>"})
    assert bad.status_code == 400 and "<script>" not in bad.text
    assert any(r["resource"] == "studies" and r["outcome"] == "success" for r in audit.records)


def test_no_page_without_its_audit_record(console, forms):
    client, _, audit, _ = console
    forms.sign_in(client, "auditor")
    audit.down = True
    assert client.get("/audit").status_code == 503


def test_audit_search_verify_and_export(console, forms):
    client, *_ = console
    csrf = forms.sign_in(client, "auditor")
    page = client.post("/audit", data={"csrf": csrf, "action": "quarantine.release",
                                       "since": "2020-01-01", "until": ""})
    assert page.status_code == 200 and "Chain intact: 1,234 records" in page.text
    assert client.post("/audit", data={"csrf": csrf, "since": "01/02/2020"}).status_code == 400
    export = client.post("/audit/export", data={"csrf": csrf})
    assert export.status_code == 200
    assert export.headers["content-type"].startswith("application/x-ndjson")
    assert "attachment" in export.headers["content-disposition"]


def test_language_switch_sets_a_cookie_and_translates(console, forms):
    client, *_ = console
    csrf = forms.sign_in(client, "auditor")
    reply = client.post("/lang", data={"csrf": csrf, "lang": "zh", "back": "/audit"})
    assert reply.status_code == 303 and reply.headers["location"] == "/audit"
    assert "samesite=strict" in reply.headers["set-cookie"].lower()
    page = client.get("/audit").text
    assert '<html lang="zh-CN">' in page and "审计记录" in page and "链完整" in page
    # an open redirect through "back" is refused
    assert client.post("/lang", data={"csrf": csrf, "lang": "en",
                                      "back": "https://evil.example/"}).headers["location"] == "/"


def test_oversized_forms_are_refused(console, forms):
    client, *_ = console
    csrf = forms.sign_in(client, "auditor")
    reply = client.post("/audit", data={"csrf": csrf, "subject": "x" * 40000})
    assert reply.status_code == 413


def test_idle_sessions_end(console, forms):
    client, platform, _, _ = console
    forms.sign_in(client, "auditor")
    platform.clock[0] += 601
    reply = client.get("/audit")
    assert reply.status_code == 303 and reply.headers["location"] == "/login?ended=1"


def test_sign_out_forgets_the_session(console, forms):
    client, _, _, book = console
    csrf = forms.sign_in(client, "auditor")
    sid = client.cookies[SESSION_COOKIE]
    assert client.post("/logout", data={"csrf": csrf}).status_code == 303
    assert book.get(sid) is None


def test_session_book_bounds_and_rotation():
    now = [0.0]
    book = SessionBook(idle_timeout_s=10, max_sessions=3, clock=lambda: now[0])
    first = book.anonymous()
    for _ in range(3):
        book.anonymous()
    assert len(book) == 3 and book.get(first.sid) is None  # the oldest went first
    with pytest.raises(ValueError):
        SessionBook(idle_timeout_s=0, max_sessions=1)


def test_both_languages_are_complete():
    assert set(i18n.MESSAGES["en"]) == set(i18n.MESSAGES["zh"])
    assert all(i18n.MESSAGES["zh"][k] for k in i18n.MESSAGES["zh"])
    assert i18n.format_time(1_800_000_000, "zh") == "2027年1月15日 08:00 UTC"
    assert i18n.format_time(1_800_000_000, "en") == "15 Jan 2027 08:00 UTC"
    assert i18n.format_number(1234567, "zh") == "1,234,567"
    assert i18n.pick_lang("", "zh-CN,zh;q=0.9") == "zh"
    assert i18n.pick_lang("fr", "") == "en"


def test_the_officer_sees_the_image_with_a_window(console, forms):
    client, platform, audit, _ = console
    csrf = forms.sign_in(client, "privacy_officer")
    page = client.get("/quarantine")
    row = page.text.split('name="row" value="')[1].split('"')[0]
    shown = client.post("/quarantine/preview", data={"csrf": csrf, "row": row})
    assert shown.status_code == 200
    assert 'id="preview-image" src="data:image/png;base64,' in shown.text
    # the burned-in text found and the mask that would be applied, drawn over the image
    assert '<rect class="text" x="4" y="2" width="30" height="6"' in shown.text
    assert '<rect class="mask" x="0" y="0" width="64" height="10"' in shown.text
    assert 'viewBox="0 0 64 64"' in shown.text and "mask rule us-vendor" in shown.text
    assert "Instance 1 of 2, 64×64, window 40.0 / 400.0" in shown.text
    assert platform.previews == [("ref-secret-1", 1, 0, 0.0, 0.0)]
    assert "ref-secret-1" not in shown.text
    assert {"action": "console.view", "resource": "quarantine.preview", "outcome": "success",
            "subject": "demo-privacy_officer", "role": "privacy_officer"} in audit.records
    # the figure's own form: another instance and window, through a fresh handle
    again = shown.text.split('id="preview-h"')[1].split('name="row" value="')[1].split('"')[0]
    other = client.post("/quarantine/preview", data={"csrf": csrf, "row": again, "index": "2",
                                                     "center": "-600", "width": "1500"})
    assert other.status_code == 200 and platform.previews[-1] == ("ref-secret-1", 1, 1, -600.0,
                                                                  1500.0)
    bad = client.post("/quarantine/preview", data={"csrf": csrf, "row": again, "width": "nan"})
    assert bad.status_code in (400, 403)
    assert len(platform.previews) == 2


def test_a_radiologist_cannot_see_quarantined_pixels(console, forms):
    client, platform, _, _ = console
    csrf = forms.sign_in(client, "radiologist")
    reply = client.post("/quarantine/preview", data={"csrf": csrf, "row": "anything"})
    assert reply.status_code == 403 and platform.previews == []


def test_behind_https_cookies_are_secure_and_hsts_is_sent():
    from starlette.testclient import TestClient

    from medenclave_console.adapters.inbound.http_app import ConsoleApp

    app = ConsoleApp(platform=None, audit=None, https=True,  # type: ignore[arg-type]
                     sessions=SessionBook(idle_timeout_s=60, max_sessions=5))
    with TestClient(app.asgi(), base_url="https://127.0.0.1") as client:
        reply = client.get("/login")
    assert "secure" in reply.headers["set-cookie"].lower()
    assert reply.headers["strict-transport-security"].startswith("max-age=")


def test_emergency_access_elevates_for_its_time_only(console, forms):
    client, platform, _, book = console
    csrf = forms.sign_in(client, "radiologist")
    before = client.cookies[SESSION_COOKIE]
    assert client.get("/emergency").status_code == 200
    short = client.post("/emergency", data={"csrf": csrf, "role": "clinician",
                                            "reason": "too short", "minutes": "15"})
    assert short.status_code == 400 and platform.grants == []
    for role in ("admin", "privacy_officer"):   # never an oversight role, whatever is posted
        assert client.post("/emergency", data={
            "csrf": csrf, "role": role, "reason": "x" * 30, "minutes": "15"}).status_code == 400
    done = client.post("/emergency", data={
        "csrf": csrf, "role": "clinician", "minutes": "10",
        "reason": "unconscious patient, scan needs reading now"})
    assert done.status_code == 303
    assert platform.grants == [("tok-radiologist", "clinician",
                                "unconscious patient, scan needs reading now", 600)]
    assert client.cookies[SESSION_COOKIE] != before and book.get(before) is None
    home = client.get("/").text
    assert "Emergency access granted" in home and "(clinician)" in home
    platform.clock[0] += 601   # the grant's token expired: so did the session
    assert client.get("/").status_code == 303
