"""Revoking a service account takes effect within seconds, everywhere, and sticks.

A real access service and a second real service (a stand-in "ingest" serving ListStudies with
the shared runtime: guard, key-set client, audit) run on loopback with a real nats-server. The
training service account holds a valid token and uses it; an administrator revokes the
account; the token is refused by the other service (which fetched the revocation on its own,
without a call to prompt it), a new login is refused, and the refusal survives a restart of
the access service. Re-enabling the account restores it.
"""

from __future__ import annotations

import asyncio
import contextlib
import time

import grpc
import nats
from pydantic_settings import SettingsConfigDict

from medenclave.config import ServiceSettings
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import InvalidToken, TokenIssuer, load_or_create_signing_key
from medenclave.service import Service, ServiceAccount, ServiceContext, serve
from medenclave.v1 import access_pb2, access_pb2_grpc, events_pb2, ingest_pb2, ingest_pb2_grpc
from medenclave_access.config import AccessSettings
from medenclave_access.main import AccessService
from medenclave_testing import free_port, wait_serving

SECRET = "svc-training-secret-for-tests"


class _StubSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEDENCLAVE_STUB_", frozen=True, extra="ignore")


class _Studies(ingest_pb2_grpc.IngestServiceServicer):
    async def ListStudies(self, request, context):
        return ingest_pb2.ListStudiesResponse()


class _StubIngest(Service):
    """Another service: the shared runtime around one data.read method."""

    name = "ingest"

    def __init__(self) -> None:
        self.ctx: ServiceContext | None = None

    def register(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        ctx.add_servicer(ingest_pb2_grpc.add_IngestServiceServicer_to_server, _Studies(),
                         ingest_pb2.DESCRIPTOR.services_by_name["IngestService"])

    async def start(self, ctx: ServiceContext) -> None:
        pass


@contextlib.asynccontextmanager
async def _serving(service: Service, settings: ServiceSettings):
    stop = asyncio.Event()
    task = asyncio.create_task(serve(service, settings, stop))
    await wait_serving(settings.grpc_port)
    try:
        yield f"127.0.0.1:{settings.grpc_port}"
    finally:
        stop.set()
        await task


def _access_settings(tmp_path, nats_url, port):
    secrets = tmp_path / "secrets"
    secrets.mkdir(exist_ok=True)
    (secrets / "svc-training.secret").write_text(SECRET)
    return AccessSettings(data_dir=tmp_path, nats_url=nats_url, grpc_port=port,
                          access_endpoint=f"127.0.0.1:{port}", service_secrets_dir=secrets)


async def _list_studies(endpoint: str, token: str) -> grpc.StatusCode:
    async with secure_channel(endpoint, StaticToken(token)) as ch:
        try:
            await ingest_pb2_grpc.IngestServiceStub(ch).ListStudies(
                ingest_pb2.ListStudiesRequest(), timeout=5)
        except grpc.aio.AioRpcError as exc:
            return exc.code()
    return grpc.StatusCode.OK


async def _login_code(access: str) -> grpc.StatusCode:
    try:
        await ServiceAccount(access, "svc-training", SECRET).token()
    except grpc.aio.AioRpcError as exc:
        return exc.code()
    return grpc.StatusCode.OK


async def _admin(access: str, admin: str, method: str, request):
    async with secure_channel(access, StaticToken(admin)) as ch:
        return await getattr(access_pb2_grpc.AccessServiceStub(ch), method)(request, timeout=5)


def _refused_by(stub: _StubIngest, token: str) -> bool:
    """Whether the stand-in's current verifier refuses ``token`` as revoked (read without a
    call, so a refresh prompted by a call cannot be what made it so)."""
    verifier = stub.ctx.keys._verifier if stub.ctx is not None else None
    try:
        verifier.verify(token)
    except InvalidToken as exc:
        return exc.code == "revoked"
    return False


async def _audited(sub, predicate, timeout=15.0) -> list:
    seen: list = []
    deadline = time.monotonic() + timeout
    while not predicate(seen):
        assert time.monotonic() < deadline, [(r.action, r.reason) for r in seen]
        with contextlib.suppress(Exception):
            seen.append(events_pb2.AuditRecord.FromString((await sub.next_msg(timeout=0.5)).data))
    return seen


def test_revoked_service_account_is_refused_within_seconds_and_cannot_log_in(tmp_path,
                                                                             nats_server):
    async def main():
        nc = await nats.connect(nats_server.url)
        access_port = free_port()
        access_settings = _access_settings(tmp_path, nats_server.url, access_port)
        stub = _StubIngest()
        stub_settings = _StubSettings(data_dir=tmp_path, nats_url=nats_server.url,
                                      grpc_port=free_port(),
                                      access_endpoint=f"127.0.0.1:{access_port}")
        async with _serving(AccessService(access_settings), access_settings) as access:
            sub = await nc.jetstream().subscribe("audit.record.v1", ordered_consumer=True)
            admin = TokenIssuer(load_or_create_signing_key(tmp_path / "access" / "keys")).issue(
                subject="root", role="admin")[0]
            async with _serving(stub, stub_settings) as ingest:
                held = await ServiceAccount(access, "svc-training", SECRET).token()
                assert await _list_studies(ingest, held) == grpc.StatusCode.OK

                # the attack's answer: revoke the account while its token is valid for 15 min
                await _admin(access, admin, "RevokeSubject",
                             access_pb2.RevokeSubjectRequest(subject="svc-training"))
                deadline = time.monotonic() + 15  # verifiers refetch every 2 s, idle or not
                while not _refused_by(stub, held):
                    assert time.monotonic() < deadline, "revocation did not reach the service"
                    await asyncio.sleep(0.1)
                assert await _list_studies(ingest, held) == grpc.StatusCode.UNAUTHENTICATED
                assert await _login_code(access) == grpc.StatusCode.UNAUTHENTICATED
            await _audited(sub, lambda seen: {("access.token.revoke", ""),
                                              ("access.user.disable", "service_account_revoked"),
                                              ("rpc.denied", "token_revoked")}
                           <= {(r.action, r.reason) for r in seen})

        # a restart of access (which re-reads the secrets folder) does not re-enable it
        async with _serving(AccessService(access_settings), access_settings) as access:
            assert await _login_code(access) == grpc.StatusCode.UNAUTHENTICATED
            user = await _admin(access, admin, "DisableUser",
                                access_pb2.DisableUserRequest(username="svc-training",
                                                              enable=True))
            assert not user.disabled
            async with _serving(_StubIngest(), stub_settings) as ingest:
                fresh = await ServiceAccount(access, "svc-training", SECRET).token()
                assert await _list_studies(ingest, fresh) == grpc.StatusCode.OK
        await nc.close()

    asyncio.run(main())
