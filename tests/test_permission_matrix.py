"""The complete permission matrix: every RPC of every service × every role, against the live
platform (each service its own OS process), generated from the protos' permission options and
the policy the access service publishes.

Every method is called with an empty request. Where the policy denies, the answer must be
PERMISSION_DENIED; where it allows, anything but PERMISSION_DENIED/UNAUTHENTICATED (an empty
request may well be INVALID_ARGUMENT or NOT_FOUND). Without a token every non-public method
answers UNAUTHENTICATED.
"""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass

import grpc
import pytest
from google.protobuf import message_factory
from google.protobuf.descriptor import MethodDescriptor

from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.policy import DEFAULT_ROLES, PUBLIC, Policy
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.v1 import (
    access_pb2,
    access_pb2_grpc,
    audit_pb2,
    common_pb2,
    deid_pb2,
    inference_pb2,
    ingest_pb2,
    training_pb2,
)
from medenclave_cli.main import main as cli
from medenclave_cli.supervisor import Stack, StackConfig, StackError

pytestmark = pytest.mark.slow

_MODULES = {"ingest": ingest_pb2, "deid": deid_pb2, "training": training_pb2,
            "inference": inference_pb2, "access": access_pb2, "audit": audit_pb2}
_ALLOWED_BAD = {grpc.StatusCode.PERMISSION_DENIED, grpc.StatusCode.UNAUTHENTICATED}


@dataclass(frozen=True)
class Rpc:
    endpoint: str
    path: str
    method: MethodDescriptor
    permission: str | None      # None: declared nowhere, so denied to everyone


def _rpcs(eps) -> list[Rpc]:
    out = []
    for name, module in _MODULES.items():
        for service in module.DESCRIPTOR.services_by_name.values():
            for m in service.methods:
                out.append(Rpc(eps.grpc[name], f"/{service.full_name}/{m.name}", m,
                               m.GetOptions().Extensions[common_pb2.permission]))
    from tritonclient.grpc import service_pb2

    from medenclave_inference.adapters.inbound.triton_grpc import TRITON_PERMISSIONS

    triton = service_pb2.DESCRIPTOR.services_by_name["GRPCInferenceService"]
    for m in triton.methods:
        if m.client_streaming:
            continue
        path = f"/{triton.full_name}/{m.name}"
        out.append(Rpc(eps.triton, path, m, TRITON_PERMISSIONS.get(path)))
    return out


async def _call(rpc: Rpc, token: str | None) -> grpc.StatusCode:
    code, _ = await _call_details(rpc, token)
    return code


async def _call_details(rpc: Rpc, token: str | None) -> tuple[grpc.StatusCode, str]:
    request = message_factory.GetMessageClass(rpc.method.input_type)()
    response = message_factory.GetMessageClass(rpc.method.output_type)
    async with secure_channel(rpc.endpoint, StaticToken(token) if token else None) as ch:
        try:
            if rpc.method.server_streaming:
                call = ch.unary_stream(rpc.path, request_serializer=type(request).SerializeToString,
                                       response_deserializer=response.FromString)
                async for _ in call(request, timeout=20):
                    pass
            else:
                call = ch.unary_unary(rpc.path, request_serializer=type(request).SerializeToString,
                                      response_deserializer=response.FromString)
                await call(request, timeout=20)
        except grpc.aio.AioRpcError as exc:
            return exc.code(), exc.details() or ""
    return grpc.StatusCode.OK, ""


def _allowed_answer(rpc: Rpc, code: grpc.StatusCode, details: str) -> bool:
    if rpc.path.endswith("AccessService/Login") and details == "invalid credentials":
        return True  # the RPC's own answer to an empty password, not the guard's
    return code not in _ALLOWED_BAD


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    # the free ports are picked before the services bind them: under xdist another test's process
    # may take one first ("port … is in use"), so a fresh set of ports is tried (three times at most)
    for attempt in range(3):
        data_dir = tmp_path_factory.mktemp("matrix")
        stack = Stack(StackConfig(data_dir=data_dir, quiet_period_s=0.5).with_free_ports())
        try:
            eps = stack.start()
            break
        except StackError as exc:
            if "is in use" not in str(exc) or attempt == 2:
                raise
    try:
        yield data_dir, eps
    finally:
        stack.stop()


def test_every_rpc_of_every_service_for_every_role(stack):
    data_dir, eps = stack
    issuer = TokenIssuer(load_or_create_signing_key(data_dir / "access" / "keys"))
    tokens = {role: issuer.issue(subject=f"matrix-{role}", role=role, ttl_s=900)[0]
              for role in DEFAULT_ROLES}
    rpcs = _rpcs(eps)

    async def run():
        async with secure_channel(eps.grpc["access"]) as ch:
            published = await access_pb2_grpc.AccessServiceStub(ch).GetPolicy(
                access_pb2.GetPolicyRequest())
        policy = Policy(roles={r.role: frozenset(r.permissions) for r in published.roles})
        assert dict(policy.roles) == dict(DEFAULT_ROLES)  # the default policy is the role table
        cases = [(rpc, role) for rpc in rpcs for role in [*DEFAULT_ROLES, None]]
        gate = asyncio.Semaphore(24)

        async def one(rpc, role):
            async with gate:
                return await _call_details(rpc, tokens[role] if role else None)
        codes = await asyncio.gather(*(one(rpc, role) for rpc, role in cases))
        return policy, list(zip(cases, codes))

    policy, results = asyncio.run(run())
    wrong = []
    for (rpc, role), (code, details) in results:
        if rpc.permission == PUBLIC:
            ok = _allowed_answer(rpc, code, details)
        elif rpc.permission is None:  # declared nowhere: denied to everyone, token or not
            ok = code == grpc.StatusCode.PERMISSION_DENIED
        elif role is None:
            ok = code == grpc.StatusCode.UNAUTHENTICATED
        elif policy.allows(role, rpc.permission):
            ok = _allowed_answer(rpc, code, details)
        else:
            ok = code == grpc.StatusCode.PERMISSION_DENIED
        if not ok:
            wrong.append(f"{rpc.path} as {role or 'anonymous'} ({rpc.permission}): {code.name}")
    assert not wrong, "\n".join(wrong)
    assert len(results) == len(rpcs) * (len(DEFAULT_ROLES) + 1) > 400


def test_admin_cli_edits_reach_every_service(stack, capsys, monkeypatch):
    """users add/disable/list, policy grant/revoke/show, keys rotate, token revoke."""
    data_dir, eps = stack
    key = load_or_create_signing_key(data_dir / "access" / "keys")
    admin = TokenIssuer(key).issue(subject="cli-admin", role="admin", ttl_s=900)[0]
    common = ["--data-dir", str(data_dir), "--token", admin]
    monkeypatch.setenv("MEDENCLAVE_NEW_PASSWORD", "a long enough passphrase")
    assert cli(["users", "add", "gina", "--role", "radiologist", *common]) == 0
    assert cli(["users", "disable", "gina", *common]) == 0
    capsys.readouterr()
    assert cli(["users", "list", *common]) == 0
    assert any(line.split()[:3] == ["gina", "radiologist", "disabled"]
               for line in capsys.readouterr().out.splitlines())

    # an admin lets clinicians read the audit log: the audit service (another process) obeys
    clinician = TokenIssuer(key).issue(subject="cli-clinician", role="clinician")[0]
    query = next(r for r in _rpcs(eps) if r.path.endswith("AuditService/Query"))

    async def until(expected):
        deadline = asyncio.get_running_loop().time() + 20
        while (code := await _call(query, clinician)) != expected:
            assert asyncio.get_running_loop().time() < deadline, code
            await asyncio.sleep(0.2)
    assert cli(["policy", "grant", "clinician", "audit.read", *common]) == 0
    asyncio.run(until(grpc.StatusCode.OK))
    assert cli(["policy", "revoke", "clinician", "audit.read", *common]) == 0
    asyncio.run(until(grpc.StatusCode.PERMISSION_DENIED))
    capsys.readouterr()
    assert cli(["policy", "show", "--data-dir", str(data_dir)]) == 0
    assert "policy version 3" in capsys.readouterr().out

    # rotation keeps old tokens valid; revocation ends them everywhere
    assert cli(["keys", "rotate", *common]) == 0
    asyncio.run(until(grpc.StatusCode.PERMISSION_DENIED))
    assert cli(["token", "revoke", "--subject", "cli-clinician", *common]) == 0
    asyncio.run(until(grpc.StatusCode.UNAUTHENTICATED))
    assert os.environ.get("MEDENCLAVE_NEW_PASSWORD")
