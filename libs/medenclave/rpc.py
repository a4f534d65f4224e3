"""gRPC plumbing shared by every service: the guarded server and authenticated clients.

Server side, :class:`GuardInterceptor` wraps every handler so that each call
1. continues the caller's trace (``traceparent`` metadata) in a span named ``Service.Method``,
2. authenticates the bearer token and checks the method's declared permission against the
   role policy (deny by default; a method with no declared permission is denied to everyone),
3. records a denial in the audit log,
4. exposes the verified :class:`Principal` to the handler through :func:`current_principal`
   (a break-glass token is honoured only for a role the policy lets a break-glass grant, and
   every audit record made during its call is flagged, see :mod:`medenclave.audit_log`).

Client side, :func:`secure_channel` adds the token and the trace context to every call.

Mutual TLS: when a :class:`TlsIdentity` is configured (:func:`configure_tls`, or
``MEDENCLAVE_TLS_DIR`` with ``MEDENCLAVE_TLS_IDENTITY`` in the environment), channels present
that client certificate and :func:`server_credentials` makes servers require one.
"""

from __future__ import annotations

import contextlib
import contextvars
import inspect
import logging
import os
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, Protocol

import grpc
from opentelemetry import trace

from medenclave import telemetry
from medenclave.files import read_private
from medenclave.security.policy import PUBLIC, Policy
from medenclave.security.tokens import InvalidToken, Principal, TokenVerifier

__all__ = [
    "ALWAYS_PUBLIC",
    "DenialSink",
    "GuardInterceptor",
    "StaticToken",
    "TlsIdentity",
    "TokenSource",
    "VerifierSource",
    "channel_credentials",
    "configure_tls",
    "current_principal",
    "load_tls_identity",
    "secure_channel",
    "server_credentials",
]

log = logging.getLogger(__name__)

#: Infrastructure methods anyone may call: health and reflection.
ALWAYS_PUBLIC = ("/grpc.health.v1.Health/", "/grpc.reflection.")

_principal: contextvars.ContextVar[Principal | None] = contextvars.ContextVar(
    "medenclave_principal", default=None)


def current_principal() -> Principal:
    """The verified caller of the RPC being handled.

    Raises:
        LookupError: called outside a guarded RPC.
    """
    principal = _principal.get()
    if principal is None:
        raise LookupError("no authenticated principal in this context")
    return principal


class DenialSink(Protocol):
    """Receives denied calls, to audit them. Must not raise."""

    async def __call__(self, *, method: str, subject: str, role: str, reason: str) -> None: ...


class VerifierSource(Protocol):
    """Supplies the current token verifier; may refresh keys for an unknown key id."""

    async def verifier_for(self, token: str) -> TokenVerifier | None: ...


def _bearer(metadata: Any) -> str:
    for key, value in metadata or ():
        if key == "authorization" and isinstance(value, str) and value.startswith("Bearer "):
            return value[len("Bearer "):].strip()
    return ""


def _metadata_dict(metadata: Any) -> dict[str, str]:
    return {k: v for k, v in (metadata or ()) if isinstance(v, str)}


class GuardInterceptor(grpc.aio.ServerInterceptor):
    """Tracing, authentication and authorisation for every RPC of a server."""

    def __init__(self, *, permissions: Mapping[str, str],
                 policy: Policy | Callable[[], Policy],
                 verifiers: VerifierSource, on_denied: DenialSink | None = None,
                 ready: Callable[[], bool] = lambda: True) -> None:
        self._permissions = dict(permissions)
        self._policy = policy
        self._verifiers = verifiers
        self._on_denied = on_denied
        self._ready = ready

    def permission_for(self, method: str) -> str | None:
        """The permission ``method`` requires: :data:`PUBLIC`, a declared one, or None (denied).

        Args:
            method: the full method name, ``/package.Service/Method``.
        """
        if method.startswith(ALWAYS_PUBLIC):
            return PUBLIC
        return self._permissions.get(method)

    async def intercept_service(self, continuation: Callable, details: grpc.HandlerCallDetails):
        """Wrap the method's handler so that every call is traced and authorized first.

        Args:
            continuation: gives the handler of the method (None when there is none).
            details: the call's method name and metadata.
        """
        handler = await continuation(details)
        if handler is None:
            return None
        method = details.method
        permission = self.permission_for(method)

        def guarded(context: grpc.aio.ServicerContext) -> AbstractAsyncContextManager[Principal]:
            return self._guarded_call(context, method, permission)

        shape, factory, wrap = next((row for row in _HANDLER_SHAPES if getattr(handler, row[0])),
                                    _HANDLER_SHAPES[-1])
        return factory(wrap(getattr(handler, shape), guarded),
                       request_deserializer=handler.request_deserializer,
                       response_serializer=handler.response_serializer)

    @contextlib.asynccontextmanager
    async def _guarded_call(self, context: grpc.aio.ServicerContext, method: str,
                            permission: str | None) -> AsyncIterator[Principal]:
        """The span ``Service.Method`` around the call, with the caller authorized and made
        :func:`current_principal` inside it (aborts the call when denied)."""
        parent = telemetry.extract(_metadata_dict(context.invocation_metadata()))
        span_name = method.strip("/").split(".")[-1].replace("/", ".")
        with telemetry.tracer("medenclave.rpc").start_as_current_span(
                span_name, context=parent, kind=trace.SpanKind.SERVER,
                attributes={"rpc.system": "grpc", "rpc.method": method}):
            principal = await self._authorize(context, method, permission)
            token = _principal.set(principal)
            try:
                yield principal
            finally:
                _principal.reset(token)

    async def _authorize(self, context: grpc.aio.ServicerContext, method: str,
                         permission: str | None) -> Principal:
        """The verified caller, if the policy grants it ``permission``; else the call aborts."""
        if permission is None:
            await self._deny(context, method, "", "", "no_permission_declared",
                             grpc.StatusCode.PERMISSION_DENIED)
        if permission == PUBLIC:
            return Principal(subject="anonymous", role="")
        if not self._ready():
            await _abort(context, grpc.StatusCode.UNAVAILABLE, "service is starting")
        token = _bearer(context.invocation_metadata())
        if not token:
            await self._deny(context, method, "", "", "missing_token",
                             grpc.StatusCode.UNAUTHENTICATED)
        verifier = await self._verifiers.verifier_for(token)
        if verifier is None:
            await _abort(context, grpc.StatusCode.UNAVAILABLE, "token keys not available yet")
        try:
            principal = verifier.verify(token)
        except InvalidToken as exc:
            await self._deny(context, method, "", "", f"token_{exc.code}",
                             grpc.StatusCode.UNAUTHENTICATED)
        policy = self._policy if isinstance(self._policy, Policy) else self._policy()
        # a denied call under a break-glass token is flagged in its record like any other
        flag = f";break_glass:{principal.break_glass}" if principal.break_glass else ""
        if not policy.allows(principal.role, permission):
            await self._deny(context, method, principal.subject, principal.role,
                             f"role_lacks_{permission}{flag}", grpc.StatusCode.PERMISSION_DENIED)
        if principal.break_glass and principal.role not in policy.break_glass_roles():
            # a break-glass token for a role the policy does not let a break-glass reach
            await self._deny(context, method, principal.subject, principal.role,
                             f"break_glass_role_not_grantable{flag}",
                             grpc.StatusCode.PERMISSION_DENIED)
        return principal

    async def _deny(self, context: grpc.aio.ServicerContext, method: str, subject: str,
                    role: str, reason: str, code: grpc.StatusCode) -> NoReturn:
        trace.get_current_span().set_attribute("authz.denied", reason)
        log.info("call denied", extra={"code": "RPC-403", "fields": {
            "method": method, "subject": subject, "role": role, "reason": reason}})
        if self._on_denied is not None:
            try:
                await self._on_denied(method=method, subject=subject, role=role, reason=reason)
            except Exception:  # the denial stands even if it could not be audited
                log.warning("denial not audited", extra={"code": "RPC-404"})
        await _abort(context, code, f"denied: {reason}")


async def _abort(context: grpc.aio.ServicerContext, code: grpc.StatusCode, details: str) -> NoReturn:
    """End the call with ``code``: ``context.abort``, which raises (grpc declares it ``NoReturn``,
    but ships no type information, so to a type checker it could return)."""
    await context.abort(code, details)
    raise RuntimeError("grpc.aio.ServicerContext.abort returned instead of ending the call")


_Guarded = Callable[[grpc.aio.ServicerContext], AbstractAsyncContextManager[Principal]]


def _single_response(inner: Callable, guarded: _Guarded) -> Callable:
    """A guarded handler for a method with one response (unary or streamed requests)."""
    async def call(request: Any, context: grpc.aio.ServicerContext) -> Any:
        async with guarded(context):
            return await inner(request, context)
    return call


def _streamed_response(inner: Callable, guarded: _Guarded) -> Callable:
    """A guarded handler for a method with streamed responses: ``inner`` is an async generator,
    or a coroutine that writes to the context itself."""
    async def call(request: Any, context: grpc.aio.ServicerContext) -> AsyncIterator[Any]:
        async with guarded(context):
            result = inner(request, context)
            if inspect.isasyncgen(result):
                async for item in result:
                    yield item
            else:
                await result
    return call


#: (handler attribute, grpc's handler factory, wrapper) per call shape; a handler that sets
#: none of the first three is taken as stream-stream.
_HANDLER_SHAPES: tuple[tuple[str, Callable, Callable[[Callable, _Guarded], Callable]], ...] = (
    ("unary_unary", grpc.unary_unary_rpc_method_handler, _single_response),
    ("unary_stream", grpc.unary_stream_rpc_method_handler, _streamed_response),
    ("stream_unary", grpc.stream_unary_rpc_method_handler, _single_response),
    ("stream_stream", grpc.stream_stream_rpc_method_handler, _streamed_response),
)


class TokenSource(Protocol):
    """Supplies a bearer token for outgoing calls."""

    async def token(self) -> str: ...


class StaticToken:
    """A fixed token (a person's, from the CLI)."""

    def __init__(self, token: str) -> None:
        self._token = token

    async def token(self) -> str:
        return self._token


class _ClientCallDetails(grpc.aio.ClientCallDetails):
    pass


def _with_metadata(details: grpc.aio.ClientCallDetails, extra: list[tuple[str, str]]):
    metadata = list(details.metadata or []) + extra
    return _ClientCallDetails(details.method, details.timeout, grpc.aio.Metadata(*metadata),
                              details.credentials, details.wait_for_ready)


class _AuthClientInterceptor:
    def __init__(self, tokens: TokenSource | None) -> None:
        self._tokens = tokens

    async def _extra(self) -> list[tuple[str, str]]:
        extra = list(telemetry.inject({}).items())
        if self._tokens is not None:
            extra.append(("authorization", f"Bearer {await self._tokens.token()}"))
        return extra


class _UnaryUnary(_AuthClientInterceptor, grpc.aio.UnaryUnaryClientInterceptor):
    async def intercept_unary_unary(self, continuation, details, request):
        return await continuation(_with_metadata(details, await self._extra()), request)


class _UnaryStream(_AuthClientInterceptor, grpc.aio.UnaryStreamClientInterceptor):
    async def intercept_unary_stream(self, continuation, details, request):
        return await continuation(_with_metadata(details, await self._extra()), request)


@dataclass(frozen=True)
class TlsIdentity:
    """A certificate, its private key and the CA that signs every peer (PEM bytes)."""

    ca_pem: bytes
    cert_pem: bytes
    key_pem: bytes


def load_tls_identity(tls_dir: Path, name: str) -> TlsIdentity:
    """Read ``ca.pem``, ``NAME.pem`` and ``NAME.key`` from ``tls_dir``.

    Raises:
        FileNotFoundError: a file is missing (run ``medenclave certs init``).
        InsecureFileMode: ``NAME.key`` is open to group or others (fix: ``chmod 600``).
    """
    return TlsIdentity(ca_pem=(tls_dir / "ca.pem").read_bytes(),
                       cert_pem=(tls_dir / f"{name}.pem").read_bytes(),
                       key_pem=read_private(tls_dir / f"{name}.key"))


_tls: dict[str, TlsIdentity | None] = {}


def configure_tls(identity: TlsIdentity | None) -> None:
    """Make ``identity`` the client certificate of every channel this process opens.

    ``None`` forgets it (channels then follow ``MEDENCLAVE_TLS_DIR``, or stay plaintext).
    """
    if identity is None:
        _tls.pop("default", None)
    else:
        _tls["default"] = identity


def _default_tls() -> TlsIdentity | None:
    if "default" in _tls:
        return _tls["default"]
    tls_dir = os.environ.get("MEDENCLAVE_TLS_DIR", "")
    if not tls_dir:
        return None
    return load_tls_identity(Path(tls_dir), os.environ.get("MEDENCLAVE_TLS_IDENTITY", "cli"))


def server_credentials(identity: TlsIdentity) -> grpc.ServerCredentials:
    """Server credentials that require a client certificate signed by the same CA."""
    return grpc.ssl_server_credentials([(identity.key_pem, identity.cert_pem)],
                                       root_certificates=identity.ca_pem,
                                       require_client_auth=True)


def channel_credentials(identity: TlsIdentity) -> grpc.ChannelCredentials:
    """Client credentials presenting ``identity``'s certificate, trusting its CA."""
    return grpc.ssl_channel_credentials(root_certificates=identity.ca_pem,
                                        private_key=identity.key_pem,
                                        certificate_chain=identity.cert_pem)


def secure_channel(target: str, tokens: TokenSource | None = None, *,
                   tls: TlsIdentity | None = None) -> grpc.aio.Channel:
    """An aio channel to ``target`` that sends ``tokens`` and the trace context on every call.

    Plaintext on loopback in the embedded default; mutual TLS with ``tls`` (or the process's
    configured identity, see :func:`configure_tls`).
    """
    interceptors = [_UnaryUnary(tokens), _UnaryStream(tokens)]
    options = [
        ("grpc.max_receive_message_length", 256 * 1024 * 1024),
        ("grpc.max_send_message_length", 256 * 1024 * 1024),
    ]
    identity = tls or _default_tls()
    if identity is None:
        return grpc.aio.insecure_channel(target, interceptors=interceptors, options=options)
    return grpc.aio.secure_channel(target, channel_credentials(identity),
                                   interceptors=interceptors, options=options)
