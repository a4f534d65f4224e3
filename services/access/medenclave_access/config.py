"""Access service settings (env prefix ``MEDENCLAVE_ACCESS_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from medenclave.config import ServiceSettings

__all__ = ["AccessSettings"]


class AccessSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEDENCLAVE_ACCESS_", frozen=True, extra="ignore")

    grpc_port: int = 50055
    token_ttl_s: int = 900
    #: folder of ``svc-<name>.secret`` files: service accounts created at start-up
    service_secrets_dir: Path | None = None
    #: password checks (Argon2id) run on this many threads, off the event loop
    login_workers: int = Field(default=2, ge=1, le=32)
    #: logins waiting for a worker at most; beyond, RESOURCE_EXHAUSTED at once
    login_max_waiting: int = Field(default=16, ge=0, le=1024)
    #: failed logins of one username (known or not) that lock it for login_lockout_s
    login_max_failures_per_user: int = Field(default=5, ge=1, le=100)
    #: failed logins from one peer address that lock the address for login_lockout_s
    login_max_failures_per_peer: int = Field(default=20, ge=1, le=10000)
    #: how long a lockout lasts, and the window failures are counted in
    login_lockout_s: float = Field(default=900.0, gt=0, le=86400)
