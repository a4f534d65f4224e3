"""Access service settings (env prefix ``MEDENCLAVE_ACCESS_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import SettingsConfigDict

from medenclave.config import ServiceSettings

__all__ = ["AccessSettings"]


class AccessSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEDENCLAVE_ACCESS_", frozen=True, extra="ignore")

    grpc_port: int = 50055
    token_ttl_s: int = 900
    #: folder of ``svc-<name>.secret`` files: service accounts created at start-up
    service_secrets_dir: Path | None = None
