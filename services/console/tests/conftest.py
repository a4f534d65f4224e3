"""Console fixtures: the pages over a fake platform (our own port), and helpers for forms."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import pytest

from medenclave.security.policy import DEFAULT_ROLES
from medenclave_console.core.ports import (
    AuditFilter,
    AuditRow,
    BreakGlassRow,
    ChainCheck,
    DatasetRow,
    DriftPoint,
    ModelCardView,
    ModelRow,
    QuarantineRow,
    ServingHealth,
    SignedIn,
    SignInRefused,
    StudyRow,
    TrainedOn,
)

CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "no CSRF field on the page"
    return found.group(1)


@dataclass
class FakePlatform:
    """The services as the console sees them: users per role, one study per state."""

    clock: list[float] = field(default_factory=lambda: [1_800_000_000.0])
    reviews: list[tuple[str, int, bool, str]] = field(default_factory=list)
    previews: list[tuple] = field(default_factory=list)
    grants: list[tuple] = field(default_factory=list)
    queue: list[QuarantineRow] = field(default_factory=lambda: [QuarantineRow(
        study_ref="ref-secret-1", completion=1, reason_code="burned_in_text",
        review_state="PENDING", modality="US", reviewer="", review_reason="",
        instance_count=2)])

    #: model name → the card of its version (stage moves with the governance steps)
    cards: dict = field(default_factory=lambda: {("chest", 2): ModelCardView(
        model_name="chest", version=2, stage="candidate", served=False, job_id="job-1",
        dataset="chest-xr", dataset_version="1", manifest_sha256="ab" * 32,
        metrics={"accuracy": 0.9123, "auc": 0.95, "n": 1234.0}, metrics_split="test",
        config_sha256="cd" * 32, code_version="0.9.0", trained_by="demo-approver+trainer",
        registered_at=1_800_000_000.0, approved_by="", approved_at=0.0, approval_reason="",
        retired_by="", retired_at=0.0, privacy="none: trained without differential privacy",
        onnx_sha256="ef" * 32)})
    steps: list[tuple] = field(default_factory=list)
    nothing_to_mask: bool = False
    four_eyes: bool = False
    subjects: dict = field(default_factory=dict)   # token → subject

    async def sign_in(self, *, username: str, password: str, totp_code: str) -> SignedIn:
        role = username.removeprefix("demo-").split("+")[0]
        if password != "correct horse" or totp_code != "123456" or role not in DEFAULT_ROLES:
            raise SignInRefused("unauthenticated")
        token = f"tok-{role}" if "+" not in username else f"tok-{username}"
        self.subjects[token] = username
        return SignedIn(subject=username, role=role, token=token,
                        expires_at=self.clock[0] + 3600)

    async def studies(self, *, token: str, limit: int) -> Sequence[StudyRow]:
        now = self.clock[0]
        return [StudyRow("r1", "DEIDENTIFIED", 3, "PSEUDO-AAA", "CT", now - 7200, ""),
                StudyRow("r2", "QUARANTINED", 2, "", "US", now - 90000, "burned_in_text"),
                StudyRow("r3", "RECEIVED", 1, "", "MR", now - 60, "")]

    async def quarantine(self, *, token: str, include_decided: bool) -> Sequence[QuarantineRow]:
        return [q for q in self.queue if include_decided or q.review_state == "PENDING"]

    async def review_quarantine(self, *, token: str, study_ref: str, completion: int,
                                release: bool, reason: str, mask: bool = False) -> str:
        if mask and self.nothing_to_mask:
            from medenclave_console.core.ports import Rejected

            raise Rejected("mask_nothing_found")
        subject = self.subjects.get(token, "")
        case = next(q for q in self.queue if (q.study_ref, q.completion) == (study_ref, completion))
        if release and self.four_eyes and not case.proposed_by:   # deid's four eyes
            self.queue = [replace(q, proposed_by=subject, proposed_mask=mask) for q in self.queue]
            return "AWAITING_CONFIRMATION"
        if release and self.four_eyes and case.proposed_by == subject:
            from medenclave_console.core.ports import Rejected

            raise Rejected("four_eyes_same_officer")
        self.reviews.append((study_ref, completion, release, reason) + (("mask",) if mask else ()))
        state = "RELEASED" if release else "REJECTED"
        self.queue = [replace(q, review_state=state, reviewer=subject, review_reason=reason)
                      for q in self.queue]
        return state

    async def preview_quarantine(self, *, token: str, study_ref: str, completion: int,
                                 index: int, window_center: float,
                                 window_width: float):
        import numpy as np

        from medenclave_console.core.ports import PreviewImage, Rejected

        if index >= 2:
            raise Rejected("out_of_range")
        self.previews.append((study_ref, completion, index, window_center, window_width))
        png = b"\x89PNG\r\n\x1a\n" + np.arange(16, dtype=np.uint8).tobytes()
        return PreviewImage(png=png, index=index, instance_count=2,
                            window_center=window_center or 40.0,
                            window_width=window_width or 400.0, rows=64, columns=64,
                            text_regions=((4, 2, 30, 6),), mask_regions=((0, 0, 64, 10),),
                            mask_rule="us-vendor", text_read=True)

    async def audit_query(self, *, token: str, query: AuditFilter) -> Sequence[AuditRow]:
        return [AuditRow(1, self.clock[0], "deid", "demo-privacy_officer", "privacy_officer",
                         "quarantine.release", "ref", "success", "")]

    async def audit_verify(self, *, token: str) -> ChainCheck:
        return ChainCheck(True, 1234, 0, "", 2, 1000)

    async def audit_export(self, *, token: str, query: AuditFilter) -> bytes:
        return b'{"record": {}}\n'

    async def models(self, *, token: str) -> Sequence[ModelRow]:
        return [ModelRow(c.model_name, c.version, c.job_id, 0.9123, self.clock[0], c.stage,
                         c.served) for c in self.cards.values()]

    async def model_card(self, *, token: str, model_name: str, version: int) -> ModelCardView:
        from medenclave_console.core.ports import Rejected

        if (model_name, version) not in self.cards:
            raise Rejected("not_found")
        return self.cards[(model_name, version)]

    async def govern_model(self, *, token: str, step: str, model_name: str, version: int,
                           reason: str) -> ModelCardView:
        """Four eyes as training enforces it: the trainer may not approve."""
        from dataclasses import replace

        from medenclave_console.core.ports import Rejected

        card = self.cards[(model_name, version)]
        subject = self.subjects.get(token, "")
        self.steps.append((subject, step, model_name, version, reason))
        if step == "approve":
            if subject == card.trained_by:
                raise Rejected("approver_trained_model")
            card = replace(card, stage="approved", served=True, approved_by=subject,
                           approved_at=self.clock[0], approval_reason=reason)
        elif step == "retire":
            card = replace(card, stage="retired", served=False, retired_by=subject,
                           retired_at=self.clock[0])
        self.cards[(model_name, version)] = card
        return card

    async def datasets(self, *, token: str) -> Sequence[DatasetRow]:
        return [DatasetRow("chest-xr", 1, "ab" * 32, 1200, 900, 2, 2400, "CR", "demo-ai",
                           self.clock[0] - 86400)]

    async def dataset(self, *, token: str, name: str, version: int) -> DatasetRow:
        from dataclasses import replace

        return replace((await self.datasets(token=token))[0],
                       splits={"test": (180, 135), "train": (840, 630), "val": (180, 135)})

    async def lineage(self, *, token: str) -> Sequence[TrainedOn]:
        return [TrainedOn("chest", 2, "chest-xr", 1, "job-1")]

    async def serving_health(self, *, token: str) -> Sequence[ServingHealth]:
        now = self.clock[0]
        points = [DriftPoint(time=now - 60 * (10 - i), requests=1200 + 37 * i, interval_s=60.0,
                             p50_ms=8.0 + i % 3, p95_ms=21.0 + i, p99_ms=35.0 + 2 * i,
                             kl=0.02 * i) for i in range(10)]
        return [ServingHealth("chest", 2, 0.15, True, True, points)]

    async def break_glass_grants(self, *, token: str) -> Sequence[BreakGlassRow]:
        return []

    async def break_glass(self, *, token: str, role: str, reason: str,
                          duration_s: int) -> SignedIn:
        self.grants.append((token, role, reason, duration_s))
        return SignedIn(subject="demo-radiologist", role=role, token=f"tok-bg-{role}",
                        expires_at=self.clock[0] + duration_s)

    def policy(self) -> Mapping[str, frozenset[str]]:
        return DEFAULT_ROLES

    def has_rpc(self, name: str) -> bool:
        return False


@dataclass
class RecordingAudit:
    records: list[dict] = field(default_factory=list)
    down: bool = False

    async def record(self, **kw) -> None:
        from medenclave_console.core.ports import Unavailable

        if self.down:
            raise Unavailable("audit_unavailable")
        self.records.append(kw)


@pytest.fixture(scope="session")
def fake_platform_type():
    """The :class:`FakePlatform` class (test modules cannot import conftest by name)."""
    return FakePlatform


@pytest.fixture
def console():
    """(TestClient, FakePlatform, RecordingAudit, SessionBook) over the real pages."""
    from starlette.testclient import TestClient

    from medenclave_console.adapters.inbound.http_app import ConsoleApp
    from medenclave_console.core.sessions import SessionBook

    platform, audit = FakePlatform(), RecordingAudit()
    book = SessionBook(idle_timeout_s=600, max_sessions=50, clock=lambda: platform.clock[0])
    app = ConsoleApp(platform=platform, audit=audit, sessions=book,
                     clock=lambda: platform.clock[0])
    with TestClient(app.asgi(), base_url="http://127.0.0.1", follow_redirects=False) as client:
        yield client, platform, audit, book


def sign_in(client, role: str, *, lang: str = "") -> str:
    """Sign in as ``demo-<role>``; returns the page's CSRF token."""
    page = client.get("/login")
    form = {"csrf": csrf_of(page.text), "username": f"demo-{role}",
            "password": "correct horse", "totp": "123456"}
    reply = client.post("/login", data=form)
    assert reply.status_code == 303, reply.text
    home = client.get("/")
    assert home.status_code == 200
    return csrf_of(home.text)


@pytest.fixture
def forms():
    """The form helpers (``csrf_of``, ``sign_in``) for test modules (importlib mode)."""
    import types

    return types.SimpleNamespace(csrf_of=csrf_of, sign_in=sign_in,
                                 push_burned_in_study=push_burned_in_study)


@dataclass(frozen=True)
class LiveConsole:
    """A running platform with its console, and a demo person per role."""

    url: str
    grpc: dict
    data_dir: object
    password: str
    totp_secrets: dict          # username → TOTP secret (every demo person has one)
    unused: dict = field(default_factory=dict)   # role → usernames not signed in yet

    def take(self, role: str) -> str:
        """A person of ``role`` who has not signed in yet: access refuses a TOTP code used
        twice, so each sign-in of a test gets its own person."""
        return self.unused[role].pop()

    def code(self, username: str) -> str:
        from medenclave_access.core.totp import totp_code

        return totp_code(self.totp_secrets[username])


ROLES = ("privacy_officer", "radiologist", "auditor")
PEOPLE_PER_ROLE = 4


@pytest.fixture(scope="module")
def live_console(tmp_path_factory):
    """The whole platform (``medenclave up``'s supervisor) with the console, and the people
    ``console-<role>`` with a password and TOTP, created through access as an admin would."""
    import asyncio

    from medenclave.rpc import StaticToken, secure_channel
    from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
    from medenclave.v1 import access_pb2, access_pb2_grpc
    from medenclave_cli.supervisor import Stack, StackConfig

    data_dir = tmp_path_factory.mktemp("console-stack")
    stack = Stack(StackConfig(data_dir=data_dir, quiet_period_s=0.5).with_free_ports())
    eps = stack.start()
    password = "a long console test passphrase"
    try:
        admin = TokenIssuer(load_or_create_signing_key(data_dir / "access" / "keys")).issue(
            subject="console-test-admin", role="admin", ttl_s=900)[0]

        async def people() -> dict:
            out = {}
            async with secure_channel(eps.grpc["access"], StaticToken(admin)) as ch:
                stub = access_pb2_grpc.AccessServiceStub(ch)
                for role, i in [(r, i) for r in ROLES for i in range(PEOPLE_PER_ROLE)]:
                    name = f"console-{role}-{i}"
                    await stub.CreateUser(access_pb2.CreateUserRequest(
                        username=name, role=role, password=password), timeout=20)
                    enrolled = await stub.EnrollTotp(access_pb2.EnrollTotpRequest(
                        username=name), timeout=20)
                    out[name] = enrolled.secret_base32
            return out

        secrets_ = asyncio.run(people())
        yield LiveConsole(url=eps.console, grpc=dict(eps.grpc), data_dir=data_dir,
                          password=password, totp_secrets=secrets_,
                          unused={r: [n for n in secrets_ if n.startswith(f"console-{r}-")]
                                  for r in ROLES})
    finally:
        stack.stop()


def push_burned_in_study(live: LiveConsole, *, seed: int = 11) -> None:
    """Send one ultrasound study whose header says it has burned-in text (deid quarantines it
    without OCR) over DICOM C-STORE, as a modality would."""
    import io

    import pydicom
    from pynetdicom import AE, _config

    from medenclave_cli.supervisor import load_endpoints
    from medenclave_cli.synthetic import make_cohort

    us_image = "1.2.840.10008.5.1.4.1.1.6.1"
    _config.LOG_REQUEST_IDENTIFIERS = False
    _config.LOG_RESPONSE_IDENTIFIERS = False
    eps = load_endpoints(live.data_dir)
    ae = AE(ae_title="CONSOLE_TEST")
    ae.add_requested_context(us_image)
    study = make_cohort(1, instances_per_study=1, seed=seed)[0]
    assoc = ae.associate(eps.dicom_host, eps.dicom_port, ae_title=eps.ae_title)
    assert assoc.is_established
    try:
        for raw in study.instances:
            ds = pydicom.dcmread(io.BytesIO(raw))
            ds.SOPClassUID = ds.file_meta.MediaStorageSOPClassUID = us_image
            ds.Modality = "US"
            ds.BurnedInAnnotation = "YES"
            status = assoc.send_c_store(ds)
            assert status and status.Status == 0x0000
    finally:
        assoc.release()


@pytest.fixture(scope="module")
def chromium(live_console):
    """Playwright driving Debian's Chromium (never a downloaded browser); skips, saying why,
    where either is missing. Module-scoped and after the stack: Playwright's sync API holds
    an event loop in this thread while it runs."""
    import shutil

    path = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (pip install -e '.[dev]')")
    if not os.path.exists(path):
        pytest.skip("Chromium is not installed (apt-get install -y chromium): browser tests skipped")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=["--no-sandbox"])
        try:
            yield browser
        finally:
            browser.close()
