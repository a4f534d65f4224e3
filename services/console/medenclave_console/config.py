"""Console service settings (env prefix ``MEDENCLAVE_CONSOLE_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from medenclave.config import ServiceSettings

__all__ = ["ConsoleSettings"]


class ConsoleSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEDENCLAVE_CONSOLE_", frozen=True,
                                      extra="ignore")

    grpc_port: int = 50057
    #: where the web pages are served (HTTP, or HTTPS with the two files below)
    http_host: str = "127.0.0.1"
    http_port: int = 8080
    #: PEM certificate and key for HTTPS; both empty serves plain HTTP (loopback only)
    http_tls_cert: Path | None = None
    http_tls_key: Path | None = None
    #: the pages reach people through a TLS-terminating proxy: cookies get Secure, HSTS is sent
    behind_tls_proxy: bool = False
    #: the services the pages ask, on behalf of the signed-in person
    ingest_endpoint: str = "127.0.0.1:50051"
    deid_endpoint: str = "127.0.0.1:50052"
    training_endpoint: str = "127.0.0.1:50053"
    inference_endpoint: str = "127.0.0.1:50054"
    audit_endpoint: str = "127.0.0.1:50056"
    #: a session unused this long is signed out
    idle_timeout_s: float = Field(default=900.0, gt=0, le=86400)
    #: most sessions held at once (the oldest unused goes first)
    max_sessions: int = Field(default=2000, ge=1, le=100000)
    #: largest form body accepted
    max_form_bytes: int = Field(default=16384, ge=1024, le=1048576)
    #: most rows a list page shows
    page_rows: int = Field(default=200, ge=1, le=5000)
