"""The access service live: token attacks, key rotation, revocation, policy edits, TOTP and
break-the-glass, each through a real server and a real nats-server."""

from __future__ import annotations

import asyncio
import contextlib
import time

import grpc
import nats
import pytest

from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, TokenVerifier, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import access_pb2, access_pb2_grpc, events_pb2
from medenclave_access.config import AccessSettings
from medenclave_access.core.totp import totp_code
from medenclave_access.main import AccessService
from medenclave_testing import free_port, wait_serving


@contextlib.asynccontextmanager
async def _access(tmp_path, nats_url):
    port = free_port()
    settings = AccessSettings(data_dir=tmp_path, nats_url=nats_url, grpc_port=port,
                              access_endpoint=f"127.0.0.1:{port}")
    stop = asyncio.Event()
    task = asyncio.create_task(serve(AccessService(settings), settings, stop))
    await wait_serving(port)
    try:
        yield f"127.0.0.1:{port}"
    finally:
        stop.set()
        await task


class _Records:
    """Audit records (or any events) of a subject, read from JetStream as they arrive."""

    def __init__(self, sub, message_type):
        self._sub = sub
        self._type = message_type
        self.seen = []

    async def until(self, predicate, timeout=15.0):
        deadline = time.monotonic() + timeout
        while not predicate(self.seen):
            assert time.monotonic() < deadline, [getattr(r, "reason", r) for r in self.seen]
            with contextlib.suppress(Exception):
                msg = await self._sub.next_msg(timeout=0.5)
                self.seen.append(self._type.FromString(msg.data))
        return self.seen


async def _code(endpoint, token, call):
    async with secure_channel(endpoint, StaticToken(token) if token else None) as ch:
        try:
            await call(access_pb2_grpc.AccessServiceStub(ch))
        except grpc.aio.AioRpcError as exc:
            return exc.code()
    return grpc.StatusCode.OK


async def _eventually(fn, expected, timeout=15.0):
    """Poll ``fn()`` until it returns ``expected`` (verifiers refresh every few seconds)."""
    deadline = time.monotonic() + timeout
    while (got := await fn()) != expected:
        assert time.monotonic() < deadline, got
        await asyncio.sleep(0.1)


def _list_users(stub):
    return stub.ListUsers(access_pb2.ListUsersRequest())


def test_token_attacks_rotation_and_revocation(tmp_path, nats_server, forged_tokens):
    attacks, forge = forged_tokens

    async def main():
        nc = await nats.connect(nats_server.url)
        async with _access(tmp_path, nats_server.url) as ep:
            records = _Records(await nc.jetstream().subscribe("audit.record.v1",
                                                              ordered_consumer=True),
                               events_pb2.AuditRecord)
            keys_dir = tmp_path / "access" / "keys"
            key = load_or_create_signing_key(keys_dir)
            admin = TokenIssuer(key).issue(subject="root", role="admin")[0]
            assert await _code(ep, admin, _list_users) == grpc.StatusCode.OK

            # every attack: UNAUTHENTICATED, and an audit record naming the reason
            for attack, reason in attacks.items():
                code = await _code(ep, forge(key, attack), _list_users)
                assert code == grpc.StatusCode.UNAUTHENTICATED, attack
            expected = {f"token_{r}" for r in attacks.values()}
            await records.until(lambda seen: expected <= {
                r.reason for r in seen if r.action == "rpc.denied" and r.outcome == "denied"})

            # rotation: the old key's tokens keep verifying, new tokens carry the new kid
            async with secure_channel(ep, StaticToken(admin)) as ch:
                keyset = await access_pb2_grpc.AccessServiceStub(ch).RotateKey(
                    access_pb2.RotateKeyRequest())
            assert [k.kid for k in keyset.keys][1:] == [key.kid]
            new_key = load_or_create_signing_key(keys_dir)
            assert new_key.kid == keyset.keys[0].kid != key.kid
            assert await _code(ep, admin, _list_users) == grpc.StatusCode.OK
            fresh = TokenIssuer(new_key).issue(subject="root2", role="admin")[0]
            assert TokenVerifier.key_id(fresh) == new_key.kid
            assert await _code(ep, fresh, _list_users) == grpc.StatusCode.OK

            # revocation: every token of the subject issued so far is refused
            async with secure_channel(ep, StaticToken(fresh)) as ch:
                rev = await access_pb2_grpc.AccessServiceStub(ch).RevokeSubject(
                    access_pb2.RevokeSubjectRequest(subject="root"))
            assert rev.revoked_before.seconds <= time.time()
            await _eventually(lambda: _code(ep, admin, _list_users),
                              grpc.StatusCode.UNAUTHENTICATED)
            assert await _code(ep, fresh, _list_users) == grpc.StatusCode.OK
            await records.until(lambda seen: any(
                r.reason == "token_revoked" and r.action == "rpc.denied" for r in seen))
            assert any(r.action == "access.key.rotate" for r in records.seen)
        await nc.close()

    asyncio.run(main())


def test_users_totp_policy_and_break_glass(tmp_path, nats_server):
    async def main():
        nc = await nats.connect(nats_server.url)
        js = nc.jetstream()
        async with _access(tmp_path, nats_server.url) as ep:
            records = _Records(await js.subscribe("audit.record.v1", ordered_consumer=True),
                               events_pb2.AuditRecord)
            alerts = _Records(await js.subscribe("access.breakglass.granted.v1",
                                                 ordered_consumer=True),
                              events_pb2.BreakGlassGranted)
            issuer = TokenIssuer(load_or_create_signing_key(tmp_path / "access" / "keys"))
            admin = issuer.issue(subject="root", role="admin")[0]
            async with secure_channel(ep, StaticToken(admin)) as ch:
                stub = access_pb2_grpc.AccessServiceStub(ch)
                await stub.CreateUser(access_pb2.CreateUserRequest(
                    username="dora", role="clinician", password="a long passphrase"))
                await stub.CreateUser(access_pb2.CreateUserRequest(
                    username="eve", role="auditor", password="another passphrase"))
                enrolled = await stub.EnrollTotp(access_pb2.EnrollTotpRequest(username="dora"))
                assert enrolled.otpauth_uri.startswith("otpauth://totp/")
                disabled = await stub.DisableUser(access_pb2.DisableUserRequest(username="eve"))
                assert disabled.disabled
                users = {u.username: u for u in (await _list_users(stub)).users}
                assert users["dora"].totp_enabled and users["eve"].disabled

            async with secure_channel(ep) as ch:
                stub = access_pb2_grpc.AccessServiceStub(ch)
                for request in (access_pb2.LoginRequest(username="dora",
                                                        password="a long passphrase"),
                                access_pb2.LoginRequest(username="dora",
                                                        password="a long passphrase",
                                                        totp_code="000000"
                                                        if totp_code(enrolled.secret_base32)
                                                        != "000000" else "111111"),
                                access_pb2.LoginRequest(username="eve",
                                                        password="another passphrase")):
                    with pytest.raises(grpc.aio.AioRpcError) as bad:
                        await stub.Login(request)
                    assert bad.value.code() == grpc.StatusCode.UNAUTHENTICATED
                dora = (await stub.Login(access_pb2.LoginRequest(
                    username="dora", password="a long passphrase",
                    totp_code=totp_code(enrolled.secret_base32)))).token

            # policy: an admin grants auditors users.admin; every verifier follows the edit
            auditor = issuer.issue(subject="fay", role="auditor")[0]
            assert await _code(ep, auditor, _list_users) == grpc.StatusCode.PERMISSION_DENIED
            change = access_pb2.PermissionChange(role="auditor", permission="users.admin")
            async with secure_channel(ep, StaticToken(admin)) as ch:
                stub = access_pb2_grpc.AccessServiceStub(ch)
                before = (await stub.GetPolicy(access_pb2.GetPolicyRequest())).version
                policy = await stub.GrantPermission(change)
                assert policy.version == before + 1
                with pytest.raises(grpc.aio.AioRpcError) as unknown:
                    await stub.GrantPermission(access_pb2.PermissionChange(
                        role="auditor", permission="everything.please"))
                assert unknown.value.code() == grpc.StatusCode.INVALID_ARGUMENT
            await _eventually(lambda: _code(ep, auditor, _list_users), grpc.StatusCode.OK)
            async with secure_channel(ep, StaticToken(admin)) as ch:
                policy = await access_pb2_grpc.AccessServiceStub(ch).RevokePermission(change)
                assert policy.version == before + 2
            await _eventually(lambda: _code(ep, auditor, _list_users),
                              grpc.StatusCode.PERMISSION_DENIED)

            # break-the-glass: a written reason, a time box, an alert and a review trail
            async with secure_channel(ep, StaticToken(dora)) as ch:
                stub = access_pb2_grpc.AccessServiceStub(ch)
                for request in (access_pb2.BreakGlassRequest(role="radiologist", reason="urgent"),
                                access_pb2.BreakGlassRequest(
                                    role="radiologist", reason="x" * 25, duration_s=7200),
                                access_pb2.BreakGlassRequest(role="admin", reason="x" * 25)):
                    with pytest.raises(grpc.aio.AioRpcError) as refused:
                        await stub.BreakGlass(request)
                    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
                grant = await stub.BreakGlass(access_pb2.BreakGlassRequest(
                    role="radiologist", reason="trauma bay: patient unconscious, prior CT needed",
                    duration_s=600))
                with pytest.raises(grpc.aio.AioRpcError) as review:
                    await stub.ListBreakGlass(access_pb2.ListBreakGlassRequest())
                assert review.value.code() == grpc.StatusCode.PERMISSION_DENIED
            assert grant.token.role == "radiologist" and grant.subject == "dora"
            assert 0 < grant.expires_at.seconds - grant.granted_at.seconds <= 600
            keyset_key = load_or_create_signing_key(tmp_path / "access" / "keys")
            elevated = TokenVerifier({keyset_key.kid: keyset_key.public_pem}).verify(
                grant.token.token)
            assert elevated.break_glass == grant.grant_id and elevated.role == "radiologist"
            assert await _code(ep, grant.token.token, lambda s: s.BreakGlass(
                access_pb2.BreakGlassRequest(role="ai_engineer", reason="y" * 30))) == \
                grpc.StatusCode.FAILED_PRECONDITION
            (alert,) = await alerts.until(lambda seen: len(seen) >= 1)
            assert alert.grant_id == grant.grant_id and alert.granted_role == "radiologist"
            await records.until(lambda seen: any(
                r.action == "access.break_glass" and r.reason == "break_glass"
                and r.subject == "dora" for r in seen))

            officer = issuer.issue(subject="pat", role="privacy_officer")[0]
            async with secure_channel(ep, StaticToken(officer)) as ch:
                listed = await access_pb2_grpc.AccessServiceStub(ch).ListBreakGlass(
                    access_pb2.ListBreakGlassRequest())
            assert [g.grant_id for g in listed.grants] == [grant.grant_id]
            assert listed.grants[0].reason.startswith("trauma bay")
            assert not listed.grants[0].token.token
        await nc.close()

    asyncio.run(main())


def test_mutual_tls_refuses_clients_without_a_certificate(tmp_path, nats_server):
    from medenclave.rpc import load_tls_identity
    from medenclave_cli.dev_certs import init_development_pki

    tls_dir = tmp_path / "tls"
    init_development_pki(tls_dir)
    (tmp_path / "other").mkdir()
    init_development_pki(tmp_path / "other", identities=["cli"])  # a foreign CA

    async def main():
        port = free_port()
        settings = AccessSettings(data_dir=tmp_path, nats_url=nats_server.url, grpc_port=port,
                                  access_endpoint=f"127.0.0.1:{port}", tls_dir=tls_dir)
        stop = asyncio.Event()
        task = asyncio.create_task(serve(AccessService(settings), settings, stop))
        ep = f"127.0.0.1:{port}"
        cli = load_tls_identity(tls_dir, "cli")
        try:
            async def with_cert():
                async with secure_channel(ep, tls=cli) as ch:
                    try:
                        await access_pb2_grpc.AccessServiceStub(ch).GetKeySet(
                            access_pb2.GetKeySetRequest(), timeout=2)
                    except grpc.aio.AioRpcError as exc:
                        return exc.code()
                return grpc.StatusCode.OK
            await _eventually(with_cert, grpc.StatusCode.OK, timeout=30)

            for channel in (grpc.aio.insecure_channel(ep),
                            grpc.aio.secure_channel(ep, grpc.ssl_channel_credentials(
                                root_certificates=cli.ca_pem)),
                            secure_channel(ep, tls=load_tls_identity(tmp_path / "other",
                                                                     "cli"))):
                async with channel as ch:
                    with pytest.raises(grpc.aio.AioRpcError) as refused:
                        await access_pb2_grpc.AccessServiceStub(ch).GetKeySet(
                            access_pb2.GetKeySetRequest(), timeout=2)
                    assert refused.value.code() == grpc.StatusCode.UNAVAILABLE
        finally:
            stop.set()
            await task

    asyncio.run(main())
