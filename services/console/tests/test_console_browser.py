"""The new screens in a real browser (Playwright driving Debian's Chromium) over the console's
own pages served by uvicorn on a fake platform (our own port): a model approval with four
eyes, role visibility of the approval, quarantine, datasets and serving pages, and the
language switch complete on the new screens. One browser and one server for the module.
``MEDENCLAVE_CONSOLE_SCREENSHOTS=DIR`` saves a 1366×768 screenshot of each new screen."""

from __future__ import annotations

import os
import shutil
import socket
import threading
from pathlib import Path

import pytest

SHOTS = os.environ.get("MEDENCLAVE_CONSOLE_SCREENSHOTS", "")


@pytest.fixture(scope="module")
def served(fake_platform_type):
    """(URL, FakePlatform) of a console served by uvicorn in a thread."""
    import uvicorn

    from medenclave_console.adapters.inbound.http_app import ConsoleApp
    from medenclave_console.core.sessions import SessionBook

    fake = fake_platform_type()
    book = SessionBook(idle_timeout_s=600, max_sessions=50)
    app = ConsoleApp(platform=fake, audit=_Audit(), sessions=book)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app.asgi(), log_config=None, access_log=False,
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}", fake
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


class _Audit:
    async def record(self, **_) -> None:
        return None


@pytest.fixture(scope="module")
def browser(served):
    path = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[dev]')")
    if not os.path.exists(path):
        pytest.skip("Chromium is not installed (apt-get install -y chromium): browser tests skipped")
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=path, args=["--no-sandbox"])
        try:
            yield chromium
        finally:
            chromium.close()


def _shot(page, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"))


def _sign_in(browser, url: str, username: str):
    context = browser.new_context(viewport={"width": 1366, "height": 768}, locale="en-GB")
    page = context.new_page()
    page.goto(url + "/login")
    page.fill("#username", username)
    page.fill("#password", "correct horse")
    page.fill("#totp", "123456")
    page.click("#sign-in")
    page.wait_for_url(url + "/")
    return context, page


def test_model_approval_with_four_eyes(browser, served):
    url, fake = served
    context, page = _sign_in(browser, url, "demo-approver+trainer")   # trained it
    page.click("nav >> text=Models")
    page.click("button.card")
    page.fill("#gov-reason", "looks good to me, I trained it")
    page.click("button.approve")
    assert "four eyes" in page.inner_text("main")
    assert "candidate" in page.inner_text("#card-stage")
    context.close()

    context, page = _sign_in(browser, url, "demo-approver")          # a second person
    page.click("nav >> text=Models")
    page.click("button.card")
    _shot(page, "model-card")
    page.fill("#gov-reason", "validated on this hospital's test split")
    page.click("button.approve")
    assert "Approved." in page.inner_text("main")
    assert "demo-approver" in page.inner_text("#card-approver")
    assert fake.cards[("chest", 2)].stage == "approved"
    context.close()


@pytest.mark.parametrize("path", ["/models", "/quarantine", "/datasets"])
def test_a_radiologist_cannot_open_approval_quarantine_or_dataset_pages(browser, served, path):
    url, _ = served
    context, page = _sign_in(browser, url, "demo-radiologist")
    nav = page.inner_text("nav")
    assert "Models" not in nav and "Quarantine" not in nav and "Datasets" not in nav
    reply = page.goto(url + path)
    assert reply is not None and reply.status == 403
    assert "may not open this page" in page.inner_text("main")
    context.close()


def test_language_switch_is_complete_on_the_new_screens(browser, served):
    url, _ = served
    context, page = _sign_in(browser, url, "demo-ai_engineer")
    page.click("#lang-switch")
    for path, title, localised in (("/datasets", "数据集与溯源", "1,200"),
                                   ("/serving", "服务健康", "月"),
                                   ("/models", "模型", "年")):
        page.goto(url + path)
        main = page.inner_text("main")
        assert page.inner_text("h1") == title and localised in main
        assert page.get_attribute("html", "lang") == "zh-CN"
        _shot(page, f"{path.strip('/')}-zh")
    page.click("button.card")
    assert "清单哈希" in page.inner_text("main") and "训练人" in page.inner_text("main")
    page.click("#lang-switch")
    page.goto(url + "/serving")
    assert page.inner_text("h1") == "Serving health"
    assert page.locator("svg.chart").count() == 3
    _shot(page, "serving")
    page.goto(url + "/datasets")
    page.click("button.show")
    assert "training" in page.inner_text("table.splits")
    _shot(page, "datasets")
    context.close()
