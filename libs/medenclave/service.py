"""The runtime every service process shares.

A service subclasses :class:`Service`: ``register`` adds its gRPC servicers (before the server
starts), ``start`` opens stores and starts consumers once the bus and the token keys are there.
:func:`run` does the rest: logs, traces, metrics, gRPC health (NOT_SERVING until the
dependencies answer), the guard interceptor with the permissions the protos declare, the bus,
the audit publisher, a token for calls to other services, and a clean stop on SIGTERM.
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import grpc
from google.protobuf.descriptor import ServiceDescriptor
from grpc_health.v1 import health, health_pb2, health_pb2_grpc
from grpc_reflection.v1alpha import reflection

from medenclave import telemetry
from medenclave.audit_log import AuditPublisher
from medenclave.bus import BusUnavailable, EventBus, client_tls
from medenclave.config import ServiceSettings
from medenclave.rpc import (
    GuardInterceptor,
    configure_tls,
    load_tls_identity,
    secure_channel,
    server_credentials,
)
from medenclave.security.policy import LivePolicy, Policy, rpc_permissions
from medenclave.security.tokens import TokenVerifier

__all__ = ["KeySetClient", "Service", "ServiceAccount", "ServiceContext", "run", "serve"]

log = logging.getLogger(__name__)


class KeySetClient:
    """Fetches the access service's key set: public keys, revocations and the policy.

    Refetches when a token names an unknown key, and in the background every ``refresh_s``
    seconds so revocations and policy edits reach every verifier within a few seconds. The
    verifier (and its token cache) is rebuilt only when the fetched document changes.
    """

    def __init__(self, endpoint: str, *, refresh_s: float = 2.0) -> None:
        self._endpoint = endpoint
        self._refresh_s = refresh_s
        self._verifier: TokenVerifier | None = None
        self._policy: Policy | None = None
        self._fingerprint = b""
        self._last_fetch = 0.0
        self._lock = asyncio.Lock()
        self._background: asyncio.Task | None = None

    @property
    def loaded(self) -> bool:
        return self._verifier is not None

    @property
    def policy(self) -> Policy | None:
        """The policy access published (``None`` until fetched or if it sent none)."""
        return self._policy

    async def refresh(self) -> bool:
        from medenclave.v1 import access_pb2, access_pb2_grpc

        async with self._lock:
            self._last_fetch = time.monotonic()
            try:
                async with secure_channel(self._endpoint) as channel:
                    stub = access_pb2_grpc.AccessServiceStub(channel)
                    keyset = await stub.GetKeySet(access_pb2.GetKeySetRequest(), timeout=3)
            except grpc.aio.AioRpcError:
                return False
            fingerprint = keyset.SerializeToString(deterministic=True)
            if fingerprint == self._fingerprint:
                return True
            self._verifier = TokenVerifier(
                {k.kid: k.public_key_pem for k in keyset.keys},
                issuer=keyset.issuer, audience=keyset.audience,
                revoked={r.subject: float(r.revoked_before.seconds) for r in keyset.revocations})
            if keyset.HasField("policy") and keyset.policy.roles:
                self._policy = Policy(
                    roles={r.role: frozenset(r.permissions) for r in keyset.policy.roles},
                    version=keyset.policy.version)
            self._fingerprint = fingerprint
            return True

    async def _refresh_quietly(self) -> None:
        with contextlib.suppress(Exception):
            await self.refresh()

    async def verifier_for(self, token: str) -> TokenVerifier | None:
        since = time.monotonic() - self._last_fetch
        if self._verifier is None or not self._verifier.knows(TokenVerifier.key_id(token)):
            # an unknown key id: maybe a key just rotated. Refetch, at most once a second
            # (waiting out the rest of that second) so forged key ids cannot flood access.
            if since < 1.0:
                await asyncio.sleep(1.0 - since)
            if time.monotonic() - self._last_fetch >= 1.0:
                await self.refresh()
        elif since > self._refresh_s and (self._background is None or self._background.done()):
            self._last_fetch = time.monotonic()
            self._background = asyncio.get_running_loop().create_task(self._refresh_quietly())
        return self._verifier


class ServiceAccount:
    """This service's own short-lived token, from the access service's Login."""

    def __init__(self, endpoint: str, username: str, password: str) -> None:
        self._endpoint = endpoint
        self._username = username
        self._password = password
        self._token = ""
        self._expires = 0.0
        self._lock = asyncio.Lock()

    async def token(self) -> str:
        async with self._lock:
            if time.time() > self._expires - 60:
                from medenclave.v1 import access_pb2, access_pb2_grpc

                async with secure_channel(self._endpoint) as channel:
                    stub = access_pb2_grpc.AccessServiceStub(channel)
                    tok = await stub.Login(access_pb2.LoginRequest(
                        username=self._username, password=self._password), timeout=5)
                self._token = tok.token
                self._expires = tok.expires_at.seconds
            return self._token


@dataclass
class ServiceContext:
    """What a service's wiring gets to build with."""

    name: str
    settings: ServiceSettings
    server: grpc.aio.Server
    policy: Policy
    keys: KeySetClient
    bus: EventBus | None = None
    audit: AuditPublisher | None = None
    account: ServiceAccount | None = None
    _services: list[ServiceDescriptor] = field(default_factory=list)
    _extra_permissions: dict[str, str] = field(default_factory=dict)
    _shutdown: list[Callable[[], Any]] = field(default_factory=list)

    def add_servicer(self, add_fn: Callable[[Any, grpc.aio.Server], None], servicer: Any,
                     descriptor: ServiceDescriptor) -> None:
        """Register a servicer; its permissions come from the proto's method options."""
        add_fn(servicer, self.server)
        self._services.append(descriptor)

    def add_permissions(self, permissions: dict[str, str]) -> None:
        """Permissions for methods of protos we do not own (e.g. Triton's)."""
        self._extra_permissions.update(permissions)

    def on_shutdown(self, fn: Callable[[], Any]) -> None:
        self._shutdown.append(fn)

    def channel(self, endpoint: str) -> grpc.aio.Channel:
        """A channel to another service, authenticated as this service."""
        return secure_channel(endpoint, self.account)

    @property
    def permissions(self) -> dict[str, str]:
        return {**rpc_permissions(self._services), **self._extra_permissions}


class Service(abc.ABC):
    """One MedEnclave service process."""

    name: str = ""

    @abc.abstractmethod
    def register(self, ctx: ServiceContext) -> None:
        """Add servicers to ``ctx.server`` (called before the server starts)."""

    @abc.abstractmethod
    async def start(self, ctx: ServiceContext) -> None:
        """Open stores, start consumers. ``ctx.bus``, ``ctx.audit`` and keys are ready."""

    async def stop(self) -> None:  # noqa: B027 (an optional hook: most services hold nothing)
        """Release resources (after the server stopped accepting calls)."""

    def extra_servers(self) -> Iterable[grpc.aio.Server]:
        """Additional gRPC servers this service runs (the inference Triton port)."""
        return ()


async def _connect_bus(name: str, settings: ServiceSettings,
                       stopping: asyncio.Event) -> EventBus | None:
    delay = 0.2
    password = settings.nats_password()
    # a tls:// URL (``medenclave up`` with a TLS folder): present this service's certificate
    tls = client_tls(settings.tls_dir, name) \
        if settings.tls_dir is not None and settings.nats_url.startswith("tls://") else None
    while not stopping.is_set():
        try:
            return await EventBus.connect(settings.nats_url, name=f"medenclave-{name}",
                                          user=settings.nats_user, password=password, tls=tls)
        except BusUnavailable:
            log.warning("event bus not reachable yet", extra={"code": "SVC-102"})
            await asyncio.sleep(delay)
            delay = min(delay * 2, 5.0)
    return None


class _ServiceGuard(GuardInterceptor):
    """The guard of a service's server, which exists before the service's wiring does.

    The permission table is known only after ``register()`` and the audit publisher only once
    the bus is there, so both are read from :attr:`ctx` at call time; calls are refused as
    "starting" until :attr:`serving` is set.
    """

    def __init__(self, keys: KeySetClient) -> None:
        self.ctx: ServiceContext | None = None
        self.serving = False
        # the policy access publishes with its key set (the default role table until fetched)
        self.policy = LivePolicy(lambda: keys.policy, Policy())
        super().__init__(permissions={}, policy=self.policy, verifiers=keys,
                         on_denied=self._audit_denial, ready=lambda: self.serving)

    def permission_for(self, method: str) -> str | None:
        """The permission ``method`` requires, from the registered servicers' protos.

        Args:
            method: the full method name, ``/package.Service/Method``.
        """
        if self.ctx is None:
            raise RuntimeError("the guard has no service context yet")
        self._permissions = self.ctx.permissions
        return super().permission_for(method)

    async def _audit_denial(self, *, method: str, subject: str, role: str, reason: str) -> None:
        if self.ctx is None:
            raise RuntimeError("the guard has no service context yet")
        if self.ctx.audit is not None:
            await self.ctx.audit.record(action="rpc.denied", resource=method, outcome="denied",
                                        reason=reason, subject=subject or "unauthenticated",
                                        role=role)


def _stop_on_signals(stopping: asyncio.Event) -> None:
    """Set ``stopping`` on SIGTERM and SIGINT (where the loop can handle signals)."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stopping.set)


def _context(service: Service, settings: ServiceSettings, guard: _ServiceGuard,
             keys: KeySetClient) -> ServiceContext:
    """The guarded server (not started) and the context ``service`` wires itself into."""
    server = grpc.aio.server(interceptors=[guard], options=[
        ("grpc.max_receive_message_length", 256 * 1024 * 1024),
        ("grpc.max_send_message_length", 256 * 1024 * 1024),
        ("grpc.so_reuseport", 0),
    ])
    ctx = ServiceContext(name=service.name, settings=settings, server=server,
                         policy=guard.policy, keys=keys)
    guard.ctx = ctx
    return ctx


async def _register(service: Service, ctx: ServiceContext) -> tuple[health.aio.HealthServicer,
                                                                    list[str]]:
    """Add health, the service's servicers and reflection; every service NOT_SERVING so far.

    Returns the health servicer and the names of the service's gRPC services.
    """
    health_servicer = health.aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health_servicer, ctx.server)
    service.register(ctx)
    names = [d.full_name for d in ctx._services]
    health_name = health_pb2.DESCRIPTOR.services_by_name["Health"].full_name
    reflection.enable_server_reflection(names + [reflection.SERVICE_NAME, health_name],
                                        ctx.server)
    await _set_health(health_servicer, names, health_pb2.HealthCheckResponse.NOT_SERVING)
    return health_servicer, names


async def _set_health(health_servicer: health.aio.HealthServicer, names: list[str],
                      status: int) -> None:
    for svc_name in ["", *names]:
        await health_servicer.set(svc_name, status)


async def _listen(ctx: ServiceContext) -> None:
    """Bind the gRPC port (mutual TLS when the settings name a TLS folder) and start serving."""
    settings = ctx.settings
    address = f"{settings.grpc_host}:{settings.grpc_port}"
    if settings.tls_dir is not None:
        identity = load_tls_identity(settings.tls_dir, ctx.name)
        configure_tls(identity)
        bound = ctx.server.add_secure_port(address, server_credentials(identity))
    else:
        bound = ctx.server.add_insecure_port(address)
    await ctx.server.start()
    log.info("grpc listening", extra={"code": "SVC-001", "fields": {"port": bound}})


async def _start(service: Service, ctx: ServiceContext, bus: EventBus) -> None:
    """Give the context the bus, the audit publisher and this service's account; start it."""
    settings = ctx.settings
    await bus.ensure_topology(owner=ctx.name)
    ctx.bus = bus
    ctx.audit = AuditPublisher(bus, ctx.name)
    if settings.credentials_file is not None and settings.credentials_file.exists():
        ctx.account = ServiceAccount(settings.access_endpoint, f"svc-{ctx.name}",
                                     settings.credentials_file.read_text().strip())
    await service.start(ctx)
    for extra in service.extra_servers():
        await extra.start()


async def _shut_down(service: Service, ctx: ServiceContext,
                     health_servicer: health.aio.HealthServicer, bus: EventBus | None) -> None:
    """Stop the servers, then the service, its shutdown hooks and the bus (each step runs even
    if the service's own steps fail)."""
    if ctx.settings.tls_dir is not None:
        configure_tls(None)
    await health_servicer.enter_graceful_shutdown()
    for extra in service.extra_servers():
        await extra.stop(grace=2)
    await ctx.server.stop(grace=3)
    with contextlib.suppress(Exception):
        await service.stop()
    for fn in reversed(ctx._shutdown):
        with contextlib.suppress(Exception):
            result = fn()
            if asyncio.iscoroutine(result):
                await result
    if bus is not None:
        await bus.close()


async def serve(service: Service, settings: ServiceSettings,
                stopping: asyncio.Event | None = None) -> None:
    """Run ``service`` until ``stopping`` is set (or SIGTERM/SIGINT).

    The gRPC server answers (health NOT_SERVING, calls refused as starting) from the start; the
    service starts once the bus answers, and serves once the access service's keys are fetched.

    Args:
        service: the service to run.
        settings: its settings (ports, endpoints, TLS folder, credentials).
        stopping: set it to stop; a new event when None.
    """
    stopping = stopping or asyncio.Event()
    _stop_on_signals(stopping)
    telemetry.start_metrics_server(settings.metrics_port, settings.grpc_host)
    keys = KeySetClient(settings.access_endpoint)
    guard = _ServiceGuard(keys)
    ctx = _context(service, settings, guard, keys)
    health_servicer, names = await _register(service, ctx)
    await _listen(ctx)
    bus = await _connect_bus(service.name, settings, stopping)
    try:
        if bus is None:
            return
        await _start(service, ctx, bus)
        while not stopping.is_set() and not await keys.refresh():
            await asyncio.sleep(0.3)
        guard.serving = True
        await _set_health(health_servicer, names, health_pb2.HealthCheckResponse.SERVING)
        log.info("serving", extra={"code": "SVC-002"})
        await stopping.wait()
    finally:
        log.info("stopping", extra={"code": "SVC-003"})
        guard.serving = False
        await _shut_down(service, ctx, health_servicer, bus)


def run(service: Service, settings: ServiceSettings) -> None:
    """Process entry point: configure logs and traces, then :func:`serve` until stopped."""
    telemetry.configure_logging(service.name, settings.log_level)
    telemetry.configure_tracing(f"medenclave-{service.name}", otlp_endpoint=settings.otlp_endpoint)
    asyncio.run(serve(service, settings))
