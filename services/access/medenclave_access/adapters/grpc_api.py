"""gRPC adapter: AccessService over the user directory and the token issuer."""

from __future__ import annotations

import grpc
from google.protobuf.timestamp_pb2 import Timestamp

from medenclave.rpc import current_principal
from medenclave.security.policy import Policy
from medenclave.security.tokens import ISSUER, AUDIENCE, SigningKey, TokenIssuer
from medenclave.v1 import access_pb2, access_pb2_grpc
from medenclave_access.core.users import AuthenticationFailed, InvalidUser, UserDirectory

__all__ = ["AccessServicer"]


def _ts(seconds: float) -> Timestamp:
    ts = Timestamp()
    ts.FromSeconds(int(seconds))
    return ts


class AccessServicer(access_pb2_grpc.AccessServiceServicer):
    def __init__(self, *, directory: UserDirectory, issuer: TokenIssuer, key: SigningKey,
                 policy: Policy, audit: "callable", ttl_s: int) -> None:  # noqa: F821
        self._directory = directory
        self._issuer = issuer
        self._key = key
        self._policy = policy
        self._audit = audit  # () -> AuditPublisher
        self._ttl = ttl_s

    def _token(self, subject: str, role: str, ttl: int) -> access_pb2.Token:
        token, exp = self._issuer.issue(subject=subject, role=role, ttl_s=ttl)
        return access_pb2.Token(token=token, expires_at=_ts(exp), subject=subject, role=role)

    async def Login(self, request, context):
        try:
            user = self._directory.authenticate(username=request.username,
                                                password=request.password)
        except AuthenticationFailed:
            await self._audit().record(action="access.login", resource=f"user:{request.username[:64]}",
                                       outcome="denied", reason="bad_credentials",
                                       subject=request.username[:64], role="")
            await context.abort(grpc.StatusCode.UNAUTHENTICATED, "invalid credentials")
        if not user.role.startswith("svc_"):
            await self._audit().record(action="access.login", resource=f"user:{user.username}",
                                       subject=user.username, role=user.role)
        return self._token(user.username, user.role, self._ttl)

    async def IssueToken(self, request, context):
        if request.role not in self._policy.roles:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "unknown role")
        ttl = request.ttl_s or self._ttl
        if not 0 < ttl <= 86400:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "ttl_s must be 1..86400")
        await self._audit().record(action="access.token.issue", principal=current_principal(),
                                   resource=f"subject:{request.subject}:{request.role}")
        return self._token(request.subject, request.role, ttl)

    async def GetKeySet(self, request, context):
        return access_pb2.KeySet(
            keys=[access_pb2.PublicKey(kid=self._key.kid, alg="EdDSA",
                                       public_key_pem=self._key.public_pem)],
            issuer=ISSUER, audience=AUDIENCE)

    async def CreateUser(self, request, context):
        try:
            user = self._directory.create(username=request.username, role=request.role,
                                          password=request.password)
        except InvalidUser as exc:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, str(exc))
        await self._audit().record(action="access.user.create", principal=current_principal(),
                                   resource=f"user:{user.username}:{user.role}")
        return access_pb2.User(username=user.username, role=user.role, disabled=user.disabled,
                               created_at=_ts(user.created_at))

    async def ListUsers(self, request, context):
        return access_pb2.ListUsersResponse(users=[
            access_pb2.User(username=u.username, role=u.role, disabled=u.disabled,
                            created_at=_ts(u.created_at)) for u in self._directory.list()])

    async def GetPolicy(self, request, context):
        return access_pb2.Policy(roles=[
            access_pb2.RolePermissions(role=role, permissions=sorted(perms))
            for role, perms in sorted(self._policy.roles.items())])
