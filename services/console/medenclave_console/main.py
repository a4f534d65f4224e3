"""Wiring: settings → gRPC platform gateway, audit trail, sessions → the HTTP pages.

``python -m medenclave_console``. The process runs the kit's service runtime (gRPC health,
metrics, the bus for its audit records, the access service's key set and policy) and serves
the pages with uvicorn on ``http_port`` once the bus is there.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import socket

import uvicorn

from medenclave.config import load_settings
from medenclave.service import PortInUse, Service, ServiceContext, run
from medenclave_console.adapters.inbound.http_app import ConsoleApp
from medenclave_console.adapters.outbound.audit_trail import PublishedAuditTrail
from medenclave_console.adapters.outbound.grpc_platform import GrpcPlatform
from medenclave_console.config import ConsoleSettings
from medenclave_console.core.sessions import SessionBook

__all__ = ["ConsoleService", "main"]

log = logging.getLogger(__name__)


class ConsoleService(Service):
    name = "console"

    def __init__(self, settings: ConsoleSettings) -> None:
        self.settings = settings
        self.platform: GrpcPlatform | None = None
        self._server: uvicorn.Server | None = None
        self._task: asyncio.Task[None] | None = None

    def register(self, ctx: ServiceContext) -> None:
        """The console serves no RPC of its own (only gRPC health)."""

    def _bind(self) -> socket.socket:
        s = self.settings
        sock = socket.socket(socket.AF_INET6 if ":" in s.http_host else socket.AF_INET)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((s.http_host, s.http_port))
        except OSError as exc:
            sock.close()
            if exc.errno == errno.EADDRINUSE:
                raise PortInUse(s.http_port, "MEDENCLAVE_CONSOLE_HTTP_PORT") from None
            raise
        return sock

    async def start(self, ctx: ServiceContext) -> None:
        s = self.settings
        self.platform = GrpcPlatform(
            {"access": s.access_endpoint, "audit": s.audit_endpoint, "ingest": s.ingest_endpoint,
             "deid": s.deid_endpoint, "training": s.training_endpoint,
             "inference": s.inference_endpoint},
            policy=lambda: ctx.policy.roles)
        tls = s.http_tls_cert is not None and s.http_tls_key is not None
        https = tls or s.behind_tls_proxy
        app = ConsoleApp(platform=self.platform, audit=PublishedAuditTrail(lambda: ctx.audit),
                         sessions=SessionBook(idle_timeout_s=s.idle_timeout_s,
                                              max_sessions=s.max_sessions),
                         https=https, max_form_bytes=s.max_form_bytes, page_rows=s.page_rows)
        sock = self._bind()
        config = uvicorn.Config(
            app.asgi(), log_config=None, access_log=False, lifespan="off", server_header=False,
            proxy_headers=False, limit_concurrency=256, timeout_keep_alive=5,
            ssl_certfile=str(s.http_tls_cert) if tls else None,
            ssl_keyfile=str(s.http_tls_key) if tls else None)
        self._server = uvicorn.Server(config)
        self._task = asyncio.create_task(self._server.serve(sockets=[sock]), name="console-http")
        log.info("console listening", extra={"code": "CON-001", "fields": {
            "port": sock.getsockname()[1], "https": https}})

    async def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._task is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._task, 5)
        if self.platform is not None:
            await self.platform.close()


def main() -> None:
    settings = load_settings(ConsoleSettings)
    run(lambda: ConsoleService(settings), settings)


if __name__ == "__main__":
    main()
