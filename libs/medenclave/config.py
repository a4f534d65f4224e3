"""Configuration shared by every service.

Each service defines one frozen pydantic-settings class that composes :class:`ServiceSettings`
with its own fields and an env prefix (``MEDENCLAVE_INGEST_`` …). Settings are validated at
start-up and every problem is reported at once. Secrets come from files or the environment;
nothing here ships a default password.
"""

from __future__ import annotations

import difflib
import enum
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import Field, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from medenclave.files import private_dir

__all__ = [
    "DEFAULT_CONSOLE_PORT",
    "DEFAULT_GRPC_PORTS",
    "DEFAULT_METRICS_PORTS",
    "SERVICES",
    "ConfigError",
    "ServiceSettings",
    "database_url_for",
    "load_settings",
    "look_up_option",
]

#: The services, in start-up order (access first: the others fetch its keys; the console, the
#: web pages over the others' APIs, last).
SERVICES: tuple[str, ...] = ("access", "audit", "ingest", "deid", "training", "inference",
                             "console")

DEFAULT_GRPC_PORTS = {
    "ingest": 50051,
    "deid": 50052,
    "training": 50053,
    "inference": 50054,
    "access": 50055,
    "audit": 50056,
    "console": 50057,
}
#: the console's web pages (HTTP; HTTPS with a certificate)
DEFAULT_CONSOLE_PORT = 8080
DEFAULT_METRICS_PORTS = {name: 9100 + i for i, name in enumerate(SERVICES, start=1)}


class ConfigError(ValueError):
    """Configuration is invalid; the message lists every problem found."""


E = TypeVar("E", bound=enum.Enum)


def look_up_option(value: str, choices: type[E] | Iterable[str], *, what: str = "option") -> str:
    """Return ``value`` if it is one of ``choices``, else raise with a 'did you mean' hint.

    Raises:
        ConfigError: ``value`` is not a valid choice.
    """
    names = [c.value for c in choices] if isinstance(choices, type) else list(choices)
    if value in names:
        return value
    close = difflib.get_close_matches(value, names, n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    raise ConfigError(f"unknown {what} '{value}'; choose one of {', '.join(names)}.{hint}")


class ServiceSettings(BaseSettings):
    """Settings every service has. Subclasses set ``model_config`` with their env prefix."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore")

    data_dir: Path = Path("./medenclave-data")
    nats_url: str = "nats://127.0.0.1:4222"
    #: NATS user of this service (``medenclave up`` and deploy/nats/nats.conf name it after
    #: the service); empty connects without credentials, to a bus without authentication
    nats_user: str = ""
    #: file holding that user's password (``medenclave up`` writes
    #: ``DATA_DIR/secrets/nats-<service>.secret``); required with ``nats_user``
    nats_password_file: Path | None = None
    #: copies of every JetStream stream: 1 on a single nats-server (embedded, dev), 3 on the
    #: hospital's 3-node JetStream cluster (deploy/k8s/overlays/hospital)
    jetstream_replicas: int = Field(default=1, ge=1, le=5)
    #: empty: SQLite in ``data_dir/<service>/``; else a postgresql:// URL
    database_url: str = ""
    #: optional PostgreSQL schema (search_path) so several stacks can share one database
    database_schema: str = ""
    grpc_host: str = "127.0.0.1"
    grpc_port: int = 0
    metrics_port: int = 0
    #: the access service, for the key set and this service's own token
    access_endpoint: str = "127.0.0.1:50055"
    #: file holding this service account's password (written by ``medenclave up``)
    credentials_file: Path | None = None
    #: empty: tracing stays in-process; else an OTLP gRPC endpoint
    otlp_endpoint: str = ""
    log_level: str = "INFO"
    #: folder made by ``medenclave certs init``: when set, gRPC uses mutual TLS (servers
    #: require client certificates); empty keeps plaintext on loopback
    tls_dir: Path | None = None

    @model_validator(mode="after")
    def _nats_credentials_complete(self) -> ServiceSettings:
        if self.nats_user and self.nats_password_file is None:
            raise ValueError("nats_user is set but nats_password_file is not")
        return self

    def nats_password(self) -> str:
        """The NATS password read from :attr:`nats_password_file` (empty without a user).

        Raises:
            ConfigError: the file cannot be read or is empty.
        """
        if not self.nats_user or self.nats_password_file is None:
            return ""
        try:
            password = self.nats_password_file.read_text().strip()
        except OSError as exc:
            raise ConfigError(f"cannot read nats_password_file: {type(exc).__name__}") from None
        if not password:
            raise ConfigError("nats_password_file is empty")
        return password

    def service_dir(self, service: str) -> Path:
        """The service's private folder in the data dir (created on demand, mode 0700 like the
        data dir itself; an existing one is tightened to 0700)."""
        private_dir(self.data_dir)
        return private_dir(self.data_dir / service)


S = TypeVar("S", bound=BaseSettings)


# overrides: Any, not object: they are field values of any type (pydantic validates them), and
# pydantic-settings types BaseSettings.__init__'s keywords as its own _-prefixed options only.
def load_settings(cls: type[S], **overrides: Any) -> S:
    """Build ``cls`` from the environment plus ``overrides``, listing every error at once.

    Raises:
        ConfigError: one line per invalid field.
    """
    # Fields every service shares may also come from MEDENCLAVE_<FIELD> (one value for all
    # containers); the service's own MEDENCLAVE_<SERVICE>_<FIELD> wins.
    prefix = str(cls.model_config.get("env_prefix", ""))
    for name in ServiceSettings.model_fields:
        shared = os.environ.get(f"MEDENCLAVE_{name.upper()}")
        if shared is not None and name not in overrides and \
                f"{prefix}{name.upper()}" not in os.environ and issubclass(cls, ServiceSettings):
            overrides[name] = shared
    try:
        return cls(**overrides)
    except ValidationError as exc:
        prefix = cls.model_config.get("env_prefix", "")
        lines = [
            f"  {prefix}{'.'.join(str(p) for p in err['loc']).upper()}: {err['msg']}"
            for err in exc.errors()
        ]
        raise ConfigError(f"invalid configuration for {cls.__name__}:\n" + "\n".join(lines)) from None


def database_url_for(settings: ServiceSettings, service: str) -> str:
    """The SQLAlchemy URL the service uses: its SQLite file, or the configured PostgreSQL."""
    url = settings.database_url
    if not url:
        return f"sqlite:///{settings.service_dir(service) / (service + '.db')}"
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url
