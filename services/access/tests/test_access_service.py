"""The access service in-process against a real nats-server: logins, tokens, the guard."""

from __future__ import annotations

import asyncio

import grpc
import pytest

from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.policy import Policy
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.service import serve
from medenclave.v1 import access_pb2, access_pb2_grpc, events_pb2
from medenclave_access.config import AccessSettings
from medenclave_access.core.users import AuthenticationFailed, InvalidUser, UserDirectory
from medenclave_access.main import AccessService
from medenclave_testing import free_port, wait_serving


class _MemoryUsers:
    def __init__(self):
        self.rows = {}

    def get(self, *, username):
        return self.rows.get(username)

    def upsert(self, *, user):
        self.rows[user.username] = user

    def list(self):
        return list(self.rows.values())


class _PlainHasher:
    def hash(self, password):
        return "h:" + password

    def verify(self, *, password_hash, password):
        return password_hash == "h:" + password


def test_user_directory_rules():
    users = UserDirectory(store=_MemoryUsers(), hasher=_PlainHasher(), policy=Policy())
    users.create(username="alice", role="radiologist", password="correct horse")
    assert users.authenticate(username="alice", password="correct horse").role == "radiologist"
    with pytest.raises(AuthenticationFailed):
        users.authenticate(username="alice", password="wrong password")
    with pytest.raises(AuthenticationFailed):
        users.authenticate(username="bob", password="correct horse")
    for kwargs in ({"username": "Alice!", "role": "radiologist", "password": "x" * 12},
                   {"username": "carol", "role": "superuser", "password": "x" * 12},
                   {"username": "carol", "role": "auditor", "password": "short"}):
        with pytest.raises(InvalidUser):
            users.create(**kwargs)



def test_access_service_end_to_end(tmp_path, nats_server):
    async def main():
        (tmp_path / "secrets").mkdir()
        (tmp_path / "secrets" / "svc-deid.secret").write_text("s3cret-service-password")
        port = free_port()
        settings = AccessSettings(data_dir=tmp_path, nats_url=nats_server.url, grpc_port=port,
                                  access_endpoint=f"127.0.0.1:{port}",
                                  service_secrets_dir=tmp_path / "secrets")
        stop = asyncio.Event()
        task = asyncio.create_task(serve(AccessService(settings), settings, stop))
        await wait_serving(port)

        import nats
        nc = await nats.connect(nats_server.url)
        js = nc.jetstream()
        records = await js.subscribe("audit.record.v1", ordered_consumer=True)

        key = load_or_create_signing_key(tmp_path / "access" / "keys")
        admin = StaticToken(TokenIssuer(key).issue(subject="root", role="admin")[0])
        ep = f"127.0.0.1:{port}"
        async with secure_channel(ep, admin) as ch:
            stub = access_pb2_grpc.AccessServiceStub(ch)
            await stub.CreateUser(access_pb2.CreateUserRequest(
                username="alice", role="radiologist", password="correct horse battery"))
            users = await stub.ListUsers(access_pb2.ListUsersRequest())
            assert {u.username for u in users.users} == {"alice", "svc-deid"}
            issued = await stub.IssueToken(access_pb2.IssueTokenRequest(subject="ris",
                                                                        role="clinician"))
            assert issued.role == "clinician"
        async with secure_channel(ep) as ch:
            stub = access_pb2_grpc.AccessServiceStub(ch)
            svc = await stub.Login(access_pb2.LoginRequest(username="svc-deid",
                                                           password="s3cret-service-password"))
            assert svc.role == "svc_deid"
            with pytest.raises(grpc.aio.AioRpcError) as bad:
                await stub.Login(access_pb2.LoginRequest(username="alice", password="nope"))
            assert bad.value.code() == grpc.StatusCode.UNAUTHENTICATED
            with pytest.raises(grpc.aio.AioRpcError) as missing:
                await stub.ListUsers(access_pb2.ListUsersRequest())
            assert missing.value.code() == grpc.StatusCode.UNAUTHENTICATED
            keyset = await stub.GetKeySet(access_pb2.GetKeySetRequest())
            assert keyset.keys[0].kid == key.kid and keyset.keys[0].alg == "EdDSA"
        async with secure_channel(ep, StaticToken(issued.token)) as ch:
            with pytest.raises(grpc.aio.AioRpcError) as denied:
                await access_pb2_grpc.AccessServiceStub(ch).ListUsers(access_pb2.ListUsersRequest())
            assert denied.value.code() == grpc.StatusCode.PERMISSION_DENIED
        async with secure_channel(ep, StaticToken("forged.token.value")) as ch:
            with pytest.raises(grpc.aio.AioRpcError) as forged:
                await access_pb2_grpc.AccessServiceStub(ch).ListUsers(access_pb2.ListUsersRequest())
            assert forged.value.code() == grpc.StatusCode.UNAUTHENTICATED

        seen = []
        deadline = asyncio.get_running_loop().time() + 15
        def complete():
            return {"access.user.create", "access.login"} <= {r.action for r in seen} and any(
                r.action == "rpc.denied" and r.role == "clinician" for r in seen)

        while not complete():
            assert asyncio.get_running_loop().time() < deadline, [r.action for r in seen]
            try:
                msg = await records.next_msg(timeout=1)
            except Exception:
                continue
            seen.append(events_pb2.AuditRecord.FromString(msg.data))
        denial = next(r for r in seen if r.action == "rpc.denied" and r.role == "clinician")
        assert denial.outcome == "denied" and denial.reason == "role_lacks_users.admin"
        await nc.close()
        stop.set()
        await task

    asyncio.run(main())
