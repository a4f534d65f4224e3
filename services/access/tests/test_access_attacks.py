"""Attacks on the access service, each performed against a real server on loopback (issue 15,
items 4, 6 and 8): parallel logins against the event loop, username enumeration, password
guessing, TOTP replay, secrets read from the database file, token minting for privileged
roles, and break-the-glass abuse. Each asserts the refusal and the bounded resource use."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import stat
import threading
import time

import argon2
import grpc
import nats
import pytest

from medenclave.audit_log import AuditPublisher
from medenclave.rpc import StaticToken, _principal, secure_channel
from medenclave.security.tokens import Principal, TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import access_pb2, access_pb2_grpc, events_pb2
from medenclave_access.config import AccessSettings
from medenclave_access.core.totp import new_totp_secret, totp_code
from medenclave_access.main import AccessService
from medenclave_testing import free_port, wait_serving

PASSWORD = "a long passphrase"


class _Verifier:
    """Counts Argon2 verifications, the most running at once, and can hold them at a gate."""

    def __init__(self, monkeypatch) -> None:
        self.calls = 0
        self.running = 0
        self.most = 0
        self.gate = threading.Event()
        self.gate.set()
        self._lock = threading.Lock()
        real = argon2.PasswordHasher.verify

        def verify(ph, hash_, password):
            with self._lock:
                self.calls += 1
                self.running += 1
                self.most = max(self.most, self.running)
            try:
                self.gate.wait(10)
                return real(ph, hash_, password)
            finally:
                with self._lock:
                    self.running -= 1

        monkeypatch.setattr(argon2.PasswordHasher, "verify", verify)


@contextlib.asynccontextmanager
async def _access(tmp_path, nats_url, **options):
    port = free_port()
    settings = AccessSettings(data_dir=tmp_path, nats_url=nats_url, grpc_port=port,
                              access_endpoint=f"127.0.0.1:{port}", **options)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(AccessService(settings), settings, stop))
    await wait_serving(port)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        stop.set()
        await task


def _issuer(tmp_path) -> TokenIssuer:
    return TokenIssuer(load_or_create_signing_key(tmp_path / "access" / "keys"))


async def _call(endpoint, token, call):
    """``(status code, reply or None)`` of ``call(stub)``."""
    async with secure_channel(endpoint, StaticToken(token) if token else None) as ch:
        try:
            return grpc.StatusCode.OK, await call(access_pb2_grpc.AccessServiceStub(ch))
        except grpc.aio.AioRpcError as exc:
            return exc.code(), None


def _login(username, password=PASSWORD, code=""):
    return lambda s: s.Login(access_pb2.LoginRequest(username=username, password=password,
                                                     totp_code=code), timeout=10)


async def _audit_records(nats_url):
    nc = await nats.connect(nats_url)
    sub = await nc.jetstream().subscribe("audit.record.v1", ordered_consumer=True)
    return nc, sub


async def _until_record(sub, predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    seen = []
    while time.monotonic() < deadline:
        with contextlib.suppress(Exception):
            msg = await sub.next_msg(timeout=0.5)
            rec = events_pb2.AuditRecord.FromString(msg.data)
            seen.append(rec)
            if predicate(rec):
                return rec
    raise AssertionError([(r.action, r.reason) for r in seen])


def test_parallel_logins_run_off_the_loop_in_a_bounded_pool(tmp_path, nats_server, monkeypatch):
    """(a) 20 parallel wrong-password logins: token issuance still answers while every worker is
    busy, at most 2 hashes run at once, the logins beyond the waiting line are refused."""
    verifier = _Verifier(monkeypatch)

    async def main():
        async with _access(tmp_path, nats_server.url, login_workers=2, login_max_waiting=6,
                           login_max_failures_per_peer=100) as ep:
            admin = _issuer(tmp_path).issue(subject="root", role="admin")[0]
            verifier.gate.clear()   # hold every password check until the loop is proven free
            logins = [asyncio.create_task(_call(ep, None, _login(f"guess{i}", "wrong password")))
                      for i in range(20)]
            deadline = time.monotonic() + 10
            while verifier.running < 2:
                assert time.monotonic() < deadline, "password checks never started"
                await asyncio.sleep(0.01)
            issued = await asyncio.wait_for(_call(ep, admin, lambda s: s.IssueToken(
                access_pb2.IssueTokenRequest(subject="dora", role="clinician"))), timeout=10)
            assert issued[0] == grpc.StatusCode.OK
            threads = [t for t in threading.enumerate() if t.name.startswith("access-login")]
            verifier.gate.set()
            codes = [code for code, _ in await asyncio.gather(*logins)]
        assert len(threads) <= 2
        assert verifier.most <= 2
        assert set(codes) <= {grpc.StatusCode.UNAUTHENTICATED, grpc.StatusCode.RESOURCE_EXHAUSTED}
        refused = codes.count(grpc.StatusCode.RESOURCE_EXHAUSTED)
        assert refused >= 20 - (2 + 6)   # beyond 2 running + 6 waiting: refused at once
        assert verifier.calls == codes.count(grpc.StatusCode.UNAUTHENTICATED)

    asyncio.run(main())


def test_unknown_and_known_users_cost_one_verification_each(tmp_path, nats_server,
                                                           monkeypatch):
    """(b) username enumeration: an unknown, a disabled and a known user with a wrong password
    each go through exactly one Argon2 verification and get the same answer."""
    verifier = _Verifier(monkeypatch)

    async def main():
        async with _access(tmp_path, nats_server.url) as ep:
            admin = _issuer(tmp_path).issue(subject="root", role="admin")[0]
            for name in ("known", "gone"):
                assert (await _call(ep, admin, lambda s, n=name: s.CreateUser(
                    access_pb2.CreateUserRequest(username=n, role="clinician",
                                                 password=PASSWORD))))[0] == grpc.StatusCode.OK
            await _call(ep, admin, lambda s: s.DisableUser(
                access_pb2.DisableUserRequest(username="gone")))
            for name in ("nobody-here", "known", "gone"):
                before = verifier.calls
                code, _ = await _call(ep, None, _login(name, "wrong password"))
                assert code == grpc.StatusCode.UNAUTHENTICATED, name
                assert verifier.calls - before == 1, name
            # the disabled user's right password is checked against the dummy hash too
            before = verifier.calls
            assert (await _call(ep, None, _login("gone")))[0] == grpc.StatusCode.UNAUTHENTICATED
            assert verifier.calls - before == 1

    asyncio.run(main())


def test_password_guessing_locks_the_user_and_is_audited(tmp_path, nats_server, monkeypatch):
    """(c) 6 wrong passwords: the 6th is refused as locked, the right password too (without
    hashing) until the lockout ends, and the lockout is in the audit log. The throttle's clock
    is the test's, so a slow machine cannot let the lockout lapse between two attempts."""
    import functools

    from medenclave_access import main as access_main
    from medenclave_access.core.login_throttle import LoginThrottle

    now = [1000.0]
    monkeypatch.setattr(access_main, "LoginThrottle",
                        functools.partial(LoginThrottle, clock=lambda: now[0]))
    verifier = _Verifier(monkeypatch)

    async def main():
        async with _access(tmp_path, nats_server.url, login_lockout_s=60.0) as ep:
            nc, sub = await _audit_records(nats_server.url)
            admin = _issuer(tmp_path).issue(subject="root", role="admin")[0]
            await _call(ep, admin, lambda s: s.CreateUser(access_pb2.CreateUserRequest(
                username="dora", role="clinician", password=PASSWORD)))
            codes = [(await _call(ep, None, _login("dora", f"guess {i}")))[0] for i in range(6)]
            assert codes == [grpc.StatusCode.UNAUTHENTICATED] * 5 + [
                grpc.StatusCode.RESOURCE_EXHAUSTED]
            hashed = verifier.calls
            now[0] += 59.0   # still locked a second before the end
            assert (await _call(ep, None, _login("dora")))[0] == \
                grpc.StatusCode.RESOURCE_EXHAUSTED
            assert verifier.calls == hashed == 5   # a locked login costs no hash
            lockout = await _until_record(sub, lambda r: r.action == "access.login.lockout")
            assert lockout.resource == "user:dora" and lockout.outcome == "denied"
            now[0] += 2.0    # the lockout has ended
            assert (await _call(ep, None, _login("dora")))[0] == grpc.StatusCode.OK
        await nc.close()

    asyncio.run(main())


def test_totp_code_is_good_once_and_secrets_are_sealed(tmp_path, nats_server):
    """(d) a TOTP code accepted once is refused the second time (also when two logins race
    with it); (e) access.db holds no TOTP secret in clear, the key file is 0600, and a clear
    secret left by an older release is sealed at start-up."""
    access_dir = tmp_path / "access"
    access_dir.mkdir()
    legacy = new_totp_secret()
    with sqlite3.connect(access_dir / "access.db") as db:   # what an older release left
        db.execute("CREATE TABLE access_totp (username VARCHAR(64) PRIMARY KEY, "
                   "secret VARCHAR(64) NOT NULL)")
        db.execute("INSERT INTO access_totp VALUES ('old', ?)", (legacy,))

    async def main():
        async with _access(tmp_path, nats_server.url) as ep:
            admin = _issuer(tmp_path).issue(subject="root", role="admin")[0]
            for name in ("dora", "old"):
                await _call(ep, admin, lambda s, n=name: s.CreateUser(
                    access_pb2.CreateUserRequest(username=n, role="clinician",
                                                 password=PASSWORD)))
            _, enrolled = await _call(ep, admin, lambda s: s.EnrollTotp(
                access_pb2.EnrollTotpRequest(username="dora")))
            secret = enrolled.secret_base32
            code = totp_code(secret)
            assert (await _call(ep, None, _login("dora", code=code)))[0] == grpc.StatusCode.OK
            assert (await _call(ep, None, _login("dora", code=code)))[0] == \
                grpc.StatusCode.UNAUTHENTICATED
            # the next step's code, sent twice at once: one login wins, the other is a replay
            later = totp_code(secret, at=time.time() + 30)
            race = await asyncio.gather(*[_call(ep, None, _login("dora", code=later))
                                          for _ in range(2)])
            assert sorted(c.name for c, _ in race) == ["OK", "UNAUTHENTICATED"]
            # the migrated secret still works as a second factor
            assert (await _call(ep, None, _login("old", code=totp_code(legacy))))[0] == \
                grpc.StatusCode.OK
            files = sorted(access_dir.glob("access.db*"))
            raw = b"".join(p.read_bytes() for p in files)
            for clear in (secret, legacy):
                assert clear.encode() not in raw and clear.lower().encode() not in raw
            key = access_dir / "keys" / "totp-secrets.key"
            assert stat.S_IMODE(key.stat().st_mode) == 0o600

    asyncio.run(main())


def test_admin_cannot_mint_privileged_tokens(tmp_path, nats_server):
    """(f) IssueToken for a service role, privacy_officer or admin, or for a service account's
    subject: PERMISSION_DENIED (and audited); a human care role still works; no service account
    over CreateUser."""
    async def main():
        async with _access(tmp_path, nats_server.url) as ep:
            nc, sub = await _audit_records(nats_server.url)
            admin = _issuer(tmp_path).issue(subject="root", role="admin")[0]
            for role in ("svc_deid", "svc_training", "privacy_officer", "admin"):
                code, _ = await _call(ep, admin, lambda s, r=role: s.IssueToken(
                    access_pb2.IssueTokenRequest(subject="mallory", role=r)))
                assert code == grpc.StatusCode.PERMISSION_DENIED, role
            for subject in ("svc-deid", "SVC_training", ""):   # a human role in a service's name
                code, _ = await _call(ep, admin, lambda s, n=subject: s.IssueToken(
                    access_pb2.IssueTokenRequest(subject=n, role="radiologist")))
                assert code == grpc.StatusCode.PERMISSION_DENIED, subject
            code, token = await _call(ep, admin, lambda s: s.IssueToken(
                access_pb2.IssueTokenRequest(subject="dora", role="radiologist")))
            assert code == grpc.StatusCode.OK and token.role == "radiologist"
            code, _ = await _call(ep, admin, lambda s: s.CreateUser(access_pb2.CreateUserRequest(
                username="svc-fake", role="svc_deid", password=PASSWORD)))
            assert code == grpc.StatusCode.PERMISSION_DENIED
            await _until_record(sub, lambda r: r.action == "access.token.issue"
                                and r.reason == "role_not_issuable")
        await nc.close()

    asyncio.run(main())


def test_break_glass_is_bounded_never_self_reviewed_and_flagged(tmp_path, nats_server):
    """(g) an auditor cannot break the glass, nobody reaches privacy_officer by it, a grant is
    never in its holder's review, a break-glass token for a role it may not reach is refused
    everywhere, and calls made with a break-glass token are flagged in their audit records."""
    async def main():
        reason = "trauma bay: patient unconscious, prior CT needed"
        async with _access(tmp_path, nats_server.url) as ep:
            nc, sub = await _audit_records(nats_server.url)
            issuer = _issuer(tmp_path)
            def glass(role):
                return lambda s: s.BreakGlass(access_pb2.BreakGlassRequest(role=role,
                                                                           reason=reason))
            auditor = issuer.issue(subject="eve", role="auditor")[0]
            assert (await _call(ep, auditor, glass("privacy_officer")))[0] == \
                grpc.StatusCode.PERMISSION_DENIED
            dora = issuer.issue(subject="dora", role="clinician")[0]
            for role in ("privacy_officer", "admin", "auditor", "svc_deid"):
                assert (await _call(ep, dora, glass(role)))[0] == \
                    grpc.StatusCode.INVALID_ARGUMENT, role
            pat = issuer.issue(subject="pat", role="privacy_officer")[0]
            code, own = await _call(ep, pat, glass("radiologist"))
            assert code == grpc.StatusCode.OK
            code, dora_grant = await _call(ep, dora, glass("radiologist"))
            assert code == grpc.StatusCode.OK
            review = lambda s: s.ListBreakGlass(access_pb2.ListBreakGlassRequest())  # noqa: E731
            _, listed = await _call(ep, pat, review)
            assert [g.grant_id for g in listed.grants] == [dora_grant.grant_id]   # not pat's
            other = issuer.issue(subject="quinn", role="privacy_officer")[0]
            _, listed = await _call(ep, other, review)
            assert {g.grant_id for g in listed.grants} == {own.grant_id, dora_grant.grant_id}

            # a call made with the break-glass token: flagged in its audit record
            assert (await _call(ep, dora_grant.token.token, review))[0] == \
                grpc.StatusCode.PERMISSION_DENIED
            flag = f"break_glass:{dora_grant.grant_id}"
            rec = await _until_record(sub, lambda r: r.action == "rpc.denied"
                                      and r.subject == "dora" and flag in r.reason)
            assert rec.role == "radiologist"
            # a break-glass token into privacy_officer (what the old service granted)
            old = issuer.issue(subject="eve", role="privacy_officer", break_glass="g-old")[0]
            assert (await _call(ep, old, review))[0] == grpc.StatusCode.PERMISSION_DENIED
            await _until_record(sub, lambda r: r.action == "rpc.denied" and r.reason.startswith(
                "break_glass_role_not_grantable"))
        await nc.close()

    asyncio.run(main())


def test_records_made_under_a_break_glass_call_are_flagged():
    """(g) the success path: every record a handler makes while serving a break-glass caller
    carries the flag, whether it names the principal or not."""
    published = []

    class _Bus:
        async def publish(self, subject, message, *, msg_id=""):
            published.append(message)

    async def main():
        audit = AuditPublisher(_Bus(), "access")   # type: ignore[arg-type]
        bg = Principal(subject="dora", role="radiologist", break_glass="g1")
        token = _principal.set(bg)
        try:
            await audit.record(action="data.read", principal=bg)
            await audit.record(action="data.read", reason="model_input")
        finally:
            _principal.reset(token)
        await audit.record(action="data.read", principal=Principal(subject="x", role="auditor"))

    asyncio.run(main())
    assert [r.reason for r in published] == ["break_glass:g1", "model_input;break_glass:g1", ""]


@pytest.mark.parametrize("scope", ["user", "peer"])
def test_throttle_locks_each_scope(scope):
    from medenclave_access.core.login_throttle import LockedOut, LoginThrottle

    now = [0.0]
    throttle = LoginThrottle(max_failures_per_user=3, max_failures_per_peer=3 if scope == "peer"
                             else 10, lockout_s=60,
                             max_tracked=4, clock=lambda: now[0])
    started = []
    for i in range(3):
        name = "dora" if scope == "user" else f"user{i}"
        started += throttle.failed(username=name, peer="10.0.0.9")
    assert [lock.scope for lock in started] == [scope]
    with pytest.raises(LockedOut):
        throttle.check(username="dora" if scope == "user" else "new", peer="10.0.0.9")
    now[0] = 61.0
    throttle.check(username="dora", peer="10.0.0.9")
    for i in range(50):   # a flood of names stays bounded
        throttle.failed(username=f"spray{i}", peer=f"10.1.0.{i}")
    assert len(throttle._users._failures) <= 4
