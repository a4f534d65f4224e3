"""gRPC adapter: AccessService over the user directory, key ring, policy book and break-glass."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import Protocol

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from medenclave import telemetry
from medenclave.audit_log import AuditPublisher
from medenclave.bus import EventBus
from medenclave.rpc import current_principal
from medenclave.security.policy import Policy
from medenclave.security.tokens import AUDIENCE, ISSUER, KeyRing, TokenIssuer
from medenclave.v1 import access_pb2, access_pb2_grpc, events_pb2
from medenclave_access.adapters.inbound.login_gate import LoginGate, LoginsBusy
from medenclave_access.core.break_glass import (
    BreakGlassDesk,
    BreakGlassRecord,
    BreakGlassRefused,
    SelfReview,
)
from medenclave_access.core.login_throttle import LockedOut, LoginThrottle
from medenclave_access.core.policy_book import InvalidPolicyChange, PolicyBook
from medenclave_access.core.totp import totp_uri
from medenclave_access.core.users import (
    AuthenticationFailed,
    InvalidUser,
    UnknownUser,
    UserDirectory,
    UserRecord,
)

__all__ = ["BREAK_GLASS_SUBJECT", "AccessServicer", "RevocationStore"]

BREAK_GLASS_SUBJECT = "access.breakglass.granted.v1"

log = logging.getLogger(__name__)


class RevocationStore(Protocol):
    def revoke(self, *, subject: str, before: float) -> None: ...
    def all(self) -> dict[str, float]: ...


def _peer_host(peer: str) -> str:
    """The address of a gRPC peer (``ipv4:1.2.3.4:5678``, ``ipv6:[::1]:5678``), no port."""
    kind, _, rest = peer.partition(":")
    if kind in ("ipv4", "ipv6"):
        return rest.rsplit(":", 1)[0].strip("[]")
    return peer[:128]


def _ts(seconds: float) -> Timestamp:
    ts = Timestamp()
    ts.FromSeconds(int(seconds))
    return ts


def _policy_message(policy: Policy) -> access_pb2.Policy:
    return access_pb2.Policy(version=policy.version, roles=[
        access_pb2.RolePermissions(role=role, permissions=sorted(perms))
        for role, perms in sorted(policy.roles.items())])


def _grant_message(rec: BreakGlassRecord) -> access_pb2.BreakGlassGrant:
    return access_pb2.BreakGlassGrant(
        grant_id=rec.grant_id, subject=rec.subject, from_role=rec.from_role,
        granted_role=rec.granted_role, reason=rec.reason, granted_at=_ts(rec.granted_at),
        expires_at=_ts(rec.expires_at))


class AccessServicer(access_pb2_grpc.AccessServiceServicer):
    def __init__(self, *, directory: UserDirectory, keys: KeyRing, policy_book: PolicyBook,
                 revocations: RevocationStore, break_glass: BreakGlassDesk,
                 audit: Callable[[], AuditPublisher], bus: Callable[[], EventBus | None],
                 ttl_s: int, throttle: LoginThrottle, gate: LoginGate) -> None:
        self._throttle = throttle
        self._gate = gate
        self._directory = directory
        self._keys = keys
        self._book = policy_book
        self._revocations = revocations
        self._break_glass = break_glass
        self._audit = audit
        self._bus = bus
        self._ttl = ttl_s

    def _token(self, subject: str, role: str, ttl: int, break_glass: str = "") -> access_pb2.Token:
        token, exp = TokenIssuer(self._keys.current).issue(subject=subject, role=role, ttl_s=ttl,
                                                           break_glass=break_glass)
        return access_pb2.Token(token=token, expires_at=_ts(exp), subject=subject, role=role)

    def _user(self, user: UserRecord) -> access_pb2.User:
        return access_pb2.User(username=user.username, role=user.role, disabled=user.disabled,
                               created_at=_ts(user.created_at),
                               totp_enabled=bool(self._directory.totp_secret(user.username)))

    async def Login(self, request, context):
        username, peer = request.username[:64], _peer_host(context.peer())
        try:
            self._throttle.check(username=username, peer=peer)
            user = await self._gate.run(self._directory.authenticate, username=username,
                                        password=request.password, totp_code=request.totp_code)
            # a lockout that began while this check ran stands, even for the right password
            self._throttle.check(username=username, peer=peer)
        except LockedOut:
            await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED,
                                "too many failed logins; try again later")
        except LoginsBusy:
            log.warning("login refused: every password check busy", extra={"code": "ACC-429"})
            await context.abort(grpc.StatusCode.RESOURCE_EXHAUSTED, "too many logins in progress")
        except AuthenticationFailed:
            await self._login_failed(username, peer)
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, "invalid credentials")
        self._throttle.succeeded(username=username)
        if not user.role.startswith("svc_"):
            await self._audit().record(action="access.login", resource=f"user:{user.username}",
                                       subject=user.username, role=user.role)
        return self._token(user.username, user.role, self._ttl)

    async def _login_failed(self, username: str, peer: str) -> None:
        """Count and audit a failed login, and audit each lockout it starts."""
        lockouts = self._throttle.failed(username=username, peer=peer)
        await self._audit().record(action="access.login", resource=f"user:{username}",
                                   outcome="denied", reason="bad_credentials",
                                   subject=username, role="")
        for lock in lockouts:
            log.warning("login locked out", extra={"code": "ACC-401", "fields": {
                "scope": lock.scope, "key": lock.key}})
            await self._audit().record(
                action="access.login.lockout", resource=f"{lock.scope}:{lock.key}",
                outcome="denied", reason="too_many_failures", subject=username, role="")

    async def IssueToken(self, request, context):
        policy = self._book.policy
        if request.role not in policy.roles:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "unknown role")
        if request.role not in policy.token_roles() or not request.subject \
                or request.subject.lower().startswith(("svc-", "svc_")):
            # service roles and oversight roles (admin, privacy_officer) are never minted, and
            # no token names a service account's subject (its records would read as the service's)
            await self._audit().record(action="access.token.issue", principal=current_principal(),
                                       resource=f"subject:{request.subject}:{request.role}",
                                       outcome="denied", reason="role_not_issuable")
            await context.abort(grpc.StatusCode.PERMISSION_DENIED,
                                f"role '{request.role}' cannot be issued by token for this subject")
        ttl = request.ttl_s or self._ttl
        if not 0 < ttl <= 86400:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "ttl_s must be 1..86400")
        await self._audit().record(action="access.token.issue", principal=current_principal(),
                                   resource=f"subject:{request.subject}:{request.role}")
        return self._token(request.subject, request.role, ttl)

    async def GetKeySet(self, request, context):
        return access_pb2.KeySet(
            keys=[access_pb2.PublicKey(kid=k.kid, alg="EdDSA", public_key_pem=k.public_pem)
                  for k in self._keys.verifying_keys()],
            issuer=ISSUER, audience=AUDIENCE,
            revocations=[access_pb2.Revocation(subject=s, revoked_before=_ts(t))
                         for s, t in sorted(self._revocations.all().items())],
            policy=_policy_message(self._book.policy))

    async def CreateUser(self, request, context):
        if request.role in self._book.policy.roles and request.role.startswith("svc_"):
            # service accounts come only from the service secrets folder at start-up
            await context.abort(grpc.StatusCode.PERMISSION_DENIED,
                                "service accounts cannot be created over the API")
        try:
            user = self._directory.create(username=request.username, role=request.role,
                                          password=request.password)
        except InvalidUser as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        await self._audit().record(action="access.user.create", principal=current_principal(),
                                   resource=f"user:{user.username}:{user.role}")
        return self._user(user)

    async def ListUsers(self, request, context):
        return access_pb2.ListUsersResponse(users=[self._user(u) for u in self._directory.list()])

    async def GetPolicy(self, request, context):
        return _policy_message(self._book.policy)

    async def DisableUser(self, request, context):
        try:
            user = self._directory.set_disabled(username=request.username,
                                                disabled=not request.enable)
        except UnknownUser:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no such user")
        if user.disabled:
            self._revoke(user.username)
        await self._audit().record(
            action="access.user.enable" if request.enable else "access.user.disable",
            principal=current_principal(), resource=f"user:{user.username}")
        return self._user(user)

    async def EnrollTotp(self, request, context):
        try:
            secret = self._directory.enroll_totp(username=request.username)
        except UnknownUser:
            await context.abort(grpc.StatusCode.NOT_FOUND, "no such user")
        await self._audit().record(action="access.user.totp_enroll", principal=current_principal(),
                                   resource=f"user:{request.username}")
        return access_pb2.TotpEnrollment(secret_base32=secret,
                                         otpauth_uri=totp_uri(secret, username=request.username))

    async def RotateKey(self, request, context):
        key = self._keys.rotate()
        await self._audit().record(action="access.key.rotate", principal=current_principal(),
                                   resource=f"key:{key.kid}")
        return await self.GetKeySet(access_pb2.GetKeySetRequest(), context)

    def _revoke(self, subject: str) -> float:
        # tokens carry whole-second iat: everything issued up to this second is rejected
        before = float(math.floor(time.time()))
        self._revocations.revoke(subject=subject, before=before)
        return before

    async def RevokeSubject(self, request, context):
        if not request.subject:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "subject is required")
        before = self._revoke(request.subject)
        await self._audit().record(action="access.token.revoke", principal=current_principal(),
                                   resource=f"subject:{request.subject}")
        account = next((u for u in self._directory.list() if u.username == request.subject
                        and u.role.startswith("svc_") and not u.disabled), None)
        if account is not None:
            # a service account logs in again at once with its secret: revoking it means
            # disabling it too, until an administrator re-enables it (DisableUser enable)
            self._directory.set_disabled(username=account.username, disabled=True)
            await self._audit().record(action="access.user.disable",
                                       principal=current_principal(),
                                       resource=f"user:{account.username}",
                                       reason="service_account_revoked")
        return access_pb2.Revocation(subject=request.subject, revoked_before=_ts(before))

    async def _change_policy(self, request, context, *, grant: bool):
        try:
            change = self._book.grant if grant else self._book.revoke
            policy = change(role=request.role, permission=request.permission)
        except InvalidPolicyChange as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        await self._audit().record(
            action="access.policy.grant" if grant else "access.policy.revoke",
            principal=current_principal(),
            resource=f"role:{request.role}:{request.permission}:v{policy.version}")
        return _policy_message(policy)

    async def GrantPermission(self, request, context):
        return await self._change_policy(request, context, grant=True)

    async def RevokePermission(self, request, context):
        return await self._change_policy(request, context, grant=False)

    async def BreakGlass(self, request, context):
        caller = current_principal()
        if caller.break_glass:
            await context.abort(grpc.StatusCode.FAILED_PRECONDITION,
                                "a break-glass token cannot break the glass again")
        try:
            rec = self._break_glass.grant(subject=caller.subject, from_role=caller.role,
                                          role=request.role, reason=request.reason,
                                          duration_s=request.duration_s)
        except BreakGlassRefused as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        ttl = max(1, int(rec.expires_at - rec.granted_at))
        token = self._token(caller.subject, rec.granted_role, ttl, break_glass=rec.grant_id)
        # the alert first, then the audit record for the privacy officer's review
        bus = self._bus()
        if bus is not None:
            await bus.publish(BREAK_GLASS_SUBJECT, events_pb2.BreakGlassGranted(
                grant_id=rec.grant_id, subject=rec.subject, from_role=rec.from_role,
                granted_role=rec.granted_role, reason_code="break_glass",
                granted_at=_ts(rec.granted_at), expires_at=_ts(rec.expires_at),
                trace_id=telemetry.current_trace_id()), msg_id=f"breakglass-{rec.grant_id}")
        await self._audit().record(action="access.break_glass", principal=caller,
                                   resource=f"grant:{rec.grant_id}:{rec.granted_role}",
                                   reason="break_glass")
        reply = _grant_message(rec)
        reply.token.CopyFrom(token)
        return reply

    async def ListBreakGlass(self, request, context):
        caller = current_principal()
        try:
            grants = self._break_glass.review(reviewer=caller.subject,
                                              reviewer_grant=caller.break_glass)
        except SelfReview as exc:
            await self._audit().record(action="access.break_glass.review", principal=caller,
                                       resource="break_glass", outcome="denied",
                                       reason="self_review")
            await context.abort(grpc.StatusCode.PERMISSION_DENIED, str(exc))
        await self._audit().record(action="access.break_glass.review",
                                   principal=caller, resource="break_glass")
        return access_pb2.ListBreakGlassResponse(grants=[_grant_message(r) for r in grants])
