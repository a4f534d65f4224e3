"""The whole platform with mutual TLS enabled: services reach each other (key sets, service
logins, study look-ups) with their certificates; a client without one is refused."""

from __future__ import annotations

import asyncio

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from medenclave.rpc import StaticToken, load_tls_identity, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.v1 import access_pb2, access_pb2_grpc, ingest_pb2, ingest_pb2_grpc
from medenclave_cli.dev_certs import init_development_pki
from medenclave_cli.supervisor import Stack, StackConfig

pytestmark = pytest.mark.slow


def test_stack_with_mutual_tls(tmp_path):
    tls_dir = tmp_path / "tls"
    init_development_pki(tls_dir)
    cfg = StackConfig(data_dir=tmp_path / "data", quiet_period_s=0.5, tls_dir=tls_dir)
    stack = Stack(cfg.with_free_ports())
    eps = stack.start()  # every service SERVING: each fetched access's keys over mTLS
    try:
        cli = load_tls_identity(tls_dir, "cli")
        admin = TokenIssuer(load_or_create_signing_key(tmp_path / "data" / "access" / "keys")
                            ).issue(subject="root", role="admin")[0]
        radiologist = TokenIssuer(load_or_create_signing_key(
            tmp_path / "data" / "access" / "keys")).issue(subject="rad", role="radiologist")[0]

        async def run():
            async with secure_channel(eps.grpc["access"], StaticToken(admin), tls=cli) as ch:
                users = await access_pb2_grpc.AccessServiceStub(ch).ListUsers(
                    access_pb2.ListUsersRequest(), timeout=10)
            assert {u.username for u in users.users} >= {"svc-deid", "svc-training"}
            async with secure_channel(eps.grpc["ingest"], StaticToken(radiologist),
                                      tls=cli) as ch:
                with pytest.raises(grpc.aio.AioRpcError) as answered:  # through TLS and guard
                    await ingest_pb2_grpc.IngestServiceStub(ch).GetStudy(
                        ingest_pb2.GetStudyRequest(study_ref="nope"), timeout=10)
                assert answered.value.code() == grpc.StatusCode.NOT_FOUND
            for name, target in eps.grpc.items():
                async with grpc.aio.insecure_channel(target) as ch:
                    with pytest.raises(grpc.aio.AioRpcError) as refused:
                        await health_pb2_grpc.HealthStub(ch).Check(
                            health_pb2.HealthCheckRequest(), timeout=3)
                    assert refused.value.code() == grpc.StatusCode.UNAVAILABLE, name
        asyncio.run(run())
    finally:
        stack.stop()
