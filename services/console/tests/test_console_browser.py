"""The console in a real browser (Playwright driving Debian's Chromium) against the real
platform: sign-in with password and TOTP, the language switch, a quarantine release by the
privacy officer, a radiologist refused the quarantine page, the audit export.

``MEDENCLAVE_CONSOLE_SCREENSHOTS=DIR`` saves a 1366×768 screenshot of each screen there
(docs/console.md shows them)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SHOTS = os.environ.get("MEDENCLAVE_CONSOLE_SCREENSHOTS", "")


def _shot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))


def _sign_in(browser, live, role: str):
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
    context, page = _sign_in(chromium, live_console, "privacy_officer")
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
    context, page = _sign_in(chromium, live_console, "radiologist")
    try:
        assert page.locator('nav a[href="/quarantine"]').count() == 0
        reply = page.goto(live_console.url + "/quarantine")
        assert reply.status == 403
        assert "Your role may not open this page." in page.inner_text("main")
        page.goto(live_console.url + "/studies")
        _shot(page, "studies")
        assert page.inner_text("h1") == "Studies"
    finally:
        context.close()


def test_auditor_verifies_and_exports(chromium, live_console):
    context, page = _sign_in(chromium, live_console, "auditor")
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
