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
import errno
import logging
import signal
import sys
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
from medenclave.config import ConfigError, ServiceSettings
from medenclave.files import InsecureFileMode, read_private, secure_data_dir
from medenclave.keyset import KeySetClient
from medenclave.lifeline import watch_parent
from medenclave.rpc import (
    GuardInterceptor,
    configure_tls,
    load_tls_identity,
    secure_channel,
    server_credentials,
)
from medenclave.security.policy import LivePolicy, Policy, rpc_permissions

__all__ = ["KeySetClient", "PortInUse", "Service", "ServiceAccount", "ServiceContext",
           "check_private_files", "run",
           "serve"]

log = logging.getLogger(__name__)


class PortInUse(RuntimeError):
    """A port this process must listen on is taken; the message names the option to change."""

    def __init__(self, port: int, option: str) -> None:
        super().__init__(f"port {port} is in use ({option}): choose another or stop the "
                         "process using it")
        self.port = port
        self.option = option


def _port_option(settings: ServiceSettings, field_name: str) -> str:
    """The environment variable that sets ``field_name`` of ``settings``."""
    prefix = str(settings.model_config.get("env_prefix", "MEDENCLAVE_"))
    return f"{prefix}{field_name.upper()}"


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
    try:
        if settings.tls_dir is not None:
            bound = ctx.server.add_secure_port(address, server_credentials(identity))
        else:
            bound = ctx.server.add_insecure_port(address)
    except RuntimeError:  # grpc says only "Failed to bind": the port is taken (or not ours)
        raise PortInUse(settings.grpc_port, _port_option(settings, "grpc_port")) from None
    await ctx.server.start()
    log.info("grpc listening", extra={"code": "SVC-001", "fields": {"port": bound}})


async def _start(service: Service, ctx: ServiceContext, bus: EventBus) -> None:
    """Give the context the bus, the audit publisher and this service's account; start it."""
    settings = ctx.settings
    await bus.ensure_topology(owner=ctx.name, replicas=settings.jetstream_replicas)
    ctx.bus = bus
    ctx.audit = AuditPublisher(bus, ctx.name)
    if settings.credentials_file is not None and settings.credentials_file.exists():
        ctx.account = ServiceAccount(settings.access_endpoint, f"svc-{ctx.name}",
                                     read_private(settings.credentials_file).decode().strip())
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

    Raises:
        InsecureFileMode: a secret file is open to group or others (:func:`check_private_files`).
    """
    check_private_files(settings)
    stopping = stopping or asyncio.Event()
    _stop_on_signals(stopping)
    try:
        telemetry.start_metrics_server(settings.metrics_port, settings.grpc_host)
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE:
            raise
        raise PortInUse(settings.metrics_port, _port_option(settings, "metrics_port")) from None
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
        refresher = asyncio.get_running_loop().create_task(keys.keep_fresh(stopping))
        guard.serving = True
        await _set_health(health_servicer, names, health_pb2.HealthCheckResponse.SERVING)
        log.info("serving", extra={"code": "SVC-002"})
        await stopping.wait()
        refresher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await refresher
    finally:
        log.info("stopping", extra={"code": "SVC-003"})
        guard.serving = False
        await _shut_down(service, ctx, health_servicer, bus)


def check_private_files(settings: ServiceSettings) -> None:
    """The start-up check of the data dir and the secrets a service reads.

    An existing data dir is tightened (folders 0700, SQLite databases 0600); the service's
    credentials file and its TLS keys must not be open to group or others (refused, as ssh
    refuses a private key: the fix is ``chmod 600 FILE``). The keys in the data dir are checked
    by their loaders as the service reads them.

    Raises:
        InsecureFileMode: a secret file is open to group or others.
    """
    secure_data_dir(settings.data_dir)
    secrets = [settings.credentials_file] if settings.credentials_file is not None else []
    if settings.tls_dir is not None and settings.tls_dir.is_dir():
        secrets += sorted(settings.tls_dir.glob("*.key"))
    for path in secrets:
        if path.exists():
            read_private(path)


def run(service: Service | Callable[[], Service], settings: ServiceSettings) -> None:
    """Process entry point: check the files, build the service, configure logs and traces, then
    :func:`serve` until stopped.

    Started by ``medenclave up``, the process also stops when the supervisor dies (see
    :mod:`medenclave.lifeline`). A taken port ends it with one line naming the option to change
    and exit status 2.

    Args:
        service: the service, or what builds it (then a key file open to others or a
            configuration error found while building it stops the process with one line on
            stderr and exit status 2, instead of a traceback).
        settings: its settings.
    """
    watch_parent()
    if not isinstance(service, Service):
        try:
            check_private_files(settings)
            service = service()
        except (InsecureFileMode, ConfigError) as exc:
            sys.stderr.write(f"medenclave: cannot start: {exc}\n")
            raise SystemExit(2) from None
    telemetry.configure_logging(service.name, settings.log_level)
    telemetry.configure_tracing(f"medenclave-{service.name}", otlp_endpoint=settings.otlp_endpoint)
    try:
        asyncio.run(serve(service, settings))
    except PortInUse as exc:
        log.error("port in use", extra={"code": "SVC-005", "fields": {
            "port": exc.port, "option": exc.option}})
        print(f"medenclave-{service.name}: {exc}", file=sys.stderr, flush=True)
        raise SystemExit(2) from None
