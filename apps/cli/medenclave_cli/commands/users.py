"""``medenclave users|keys|policy|breakglass …``: the access service's admin tools.

Each command calls the access service of the stack recorded in ``--data-dir`` with ``--token``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
from types import ModuleType

from medenclave_cli.registry import CommandRegistry, data_dir_arg, stack_endpoint, stack_token, token_arg

__all__ = ["register"]


def _messages() -> ModuleType:
    """access_pb2, imported when a command runs (not when the CLI starts)."""
    from medenclave.v1 import access_pb2

    return access_pb2


async def _call(ns: argparse.Namespace, method: str, request):
    import grpc

    from medenclave.rpc import secure_channel
    from medenclave.v1 import access_pb2_grpc

    async with secure_channel(stack_endpoint(ns, "access"), stack_token(ns)) as ch:
        try:
            return await getattr(access_pb2_grpc.AccessServiceStub(ch), method)(request,
                                                                                 timeout=10)
        except grpc.aio.AioRpcError as exc:
            raise SystemExit(f"{method}: {exc.code().name}: {exc.details()}") from None


def _print(message, as_json: bool = True) -> None:
    from google.protobuf.json_format import MessageToDict

    print(json.dumps(MessageToDict(message, preserving_proto_field_name=True), indent=2))


async def _users_add(ns: argparse.Namespace) -> int:
    password = os.environ.get("MEDENCLAVE_NEW_PASSWORD") or getpass.getpass(
        f"password for {ns.username}: ")
    _print(await _call(ns, "CreateUser", _messages().CreateUserRequest(
        username=ns.username, role=ns.role, password=password)))
    if ns.totp:
        _print(await _call(ns, "EnrollTotp", _messages().EnrollTotpRequest(username=ns.username)))
    return 0


async def _users_disable(ns: argparse.Namespace) -> int:
    _print(await _call(ns, "DisableUser", _messages().DisableUserRequest(
        username=ns.username, enable=ns.action == "enable")))
    return 0


async def _users_list(ns: argparse.Namespace) -> int:
    reply = await _call(ns, "ListUsers", _messages().ListUsersRequest())
    if ns.json:
        _print(reply)
        return 0
    for u in reply.users:
        flags = " ".join(f for f, on in (("disabled", u.disabled), ("totp", u.totp_enabled)) if on)
        print(f"{u.username:<24} {u.role:<16} {flags}")
    return 0


async def _users_totp(ns: argparse.Namespace) -> int:
    _print(await _call(ns, "EnrollTotp", _messages().EnrollTotpRequest(username=ns.username)))
    return 0


async def _keys_rotate(ns: argparse.Namespace) -> int:
    reply = await _call(ns, "RotateKey", _messages().RotateKeyRequest())
    print(json.dumps({"current": reply.keys[0].kid, "verifying": [k.kid for k in reply.keys]}))
    return 0


async def _tokens_revoke(ns: argparse.Namespace) -> int:
    _print(await _call(ns, "RevokeSubject", _messages().RevokeSubjectRequest(subject=ns.subject)))
    return 0


async def _policy_show(ns: argparse.Namespace) -> int:
    from medenclave.rpc import secure_channel
    from medenclave.v1 import access_pb2_grpc

    async with secure_channel(stack_endpoint(ns, "access")) as ch:
        policy = await access_pb2_grpc.AccessServiceStub(ch).GetPolicy(
            _messages().GetPolicyRequest(), timeout=10)
    if ns.json:
        _print(policy)
        return 0
    print(f"policy version {policy.version}")
    for role in policy.roles:
        print(f"{role.role:<16} {', '.join(role.permissions) or '-'}")
    return 0


async def _policy_change(ns: argparse.Namespace) -> int:
    method = "GrantPermission" if ns.action == "grant" else "RevokePermission"
    policy = await _call(ns, method, _messages().PermissionChange(role=ns.role,
                                                                  permission=ns.permission))
    print(f"policy version {policy.version}")
    return 0


async def _breakglass_request(ns: argparse.Namespace) -> int:
    grant = await _call(ns, "BreakGlass", _messages().BreakGlassRequest(
        role=ns.role, reason=ns.reason, duration_s=ns.minutes * 60))
    if ns.token_only:
        print(grant.token.token)
    else:
        _print(grant)
    return 0


async def _breakglass_list(ns: argparse.Namespace) -> int:
    _print(await _call(ns, "ListBreakGlass", _messages().ListBreakGlassRequest()))
    return 0


def _cmd_token_issue(ns: argparse.Namespace) -> int:
    from medenclave.config import ConfigError, look_up_option
    from medenclave.security.policy import DEFAULT_ROLES
    from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key

    try:
        look_up_option(ns.role, DEFAULT_ROLES.keys(), what="role")
    except ConfigError as exc:
        raise SystemExit(str(exc)) from None
    key = load_or_create_signing_key(ns.data_dir / "access" / "keys")
    token, _ = TokenIssuer(key).issue(subject=ns.subject, role=ns.role, ttl_s=ns.ttl)
    print(token)
    return 0


def _common(p: argparse.ArgumentParser) -> argparse.ArgumentParser:
    data_dir_arg(p)
    token_arg(p)
    return p


def register(registry: CommandRegistry) -> None:
    """Add ``users``, ``keys``, ``token issue|revoke``, ``policy`` and ``breakglass`` commands."""
    users = registry.group("users", "people and service accounts (admin)")
    add = _common(users.add_parser("add", help="create (or reset) a user; password from "
                                               "$MEDENCLAVE_NEW_PASSWORD or a prompt"))
    add.add_argument("username")
    add.add_argument("--role", required=True)
    add.add_argument("--totp", action="store_true", help="also enrol a TOTP second factor")
    add.set_defaults(func=_users_add)
    for action in ("disable", "enable"):
        p = _common(users.add_parser(action, help=f"{action} a user (disable also revokes "
                                                  "their tokens)"))
        p.add_argument("username")
        p.set_defaults(func=_users_disable)
    ls = _common(users.add_parser("list", help="users with role and flags"))
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_users_list)
    totp = _common(users.add_parser("totp", help="enrol a new TOTP secret for a user"))
    totp.add_argument("username")
    totp.set_defaults(func=_users_totp)

    rotate = _common(registry.group("keys", "token signing keys (admin)").add_parser(
        "rotate", help="new signing key; the previous one verifies until its tokens expire"))
    rotate.set_defaults(func=_keys_rotate)

    issue = registry.group("token", "tokens").add_parser(
        "issue", help="sign a token with the installation's key (host admin)",
        description="Bootstrap for a host administrator: signs a token with "
                                         "the access service's key in the data dir.")
    data_dir_arg(issue)
    issue.add_argument("--role", required=True)
    issue.add_argument("--subject", required=True)
    issue.add_argument("--ttl", type=int, default=3600, help="seconds (default 3600)")
    issue.set_defaults(func=_cmd_token_issue)

    revoke = _common(registry.group("token", "tokens").add_parser(
        "revoke", help="reject every token of a subject issued up to now (admin)"))
    revoke.add_argument("--subject", required=True)
    revoke.set_defaults(func=_tokens_revoke)

    policy = registry.group("policy", "the role policy")
    show = policy.add_parser("show", help="roles and their permissions, with the version")
    data_dir_arg(show)
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=_policy_show)
    for action in ("grant", "revoke"):
        p = _common(policy.add_parser(action, help=f"{action} a permission (admin)"))
        p.add_argument("role")
        p.add_argument("permission")
        p.set_defaults(func=_policy_change)

    bg = registry.group("breakglass", "emergency access")
    req = _common(bg.add_parser("request", help="a time-boxed elevated token; alerts at once"))
    req.add_argument("--role", required=True, help="the role needed")
    req.add_argument("--reason", required=True, help="why (at least 20 characters)")
    req.add_argument("--minutes", type=int, default=15, help="at most 60 (default 15)")
    req.add_argument("--token-only", action="store_true", help="print only the token")
    req.set_defaults(func=_breakglass_request)
    bl = _common(bg.add_parser("list", help="every break-glass grant (privacy officer)"))
    bl.set_defaults(func=_breakglass_list)
