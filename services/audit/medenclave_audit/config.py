"""Audit service settings (env prefix ``MEDENCLAVE_AUDIT_``)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from medenclave.config import ServiceSettings

__all__ = ["AuditSettings"]


class AuditSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEDENCLAVE_AUDIT_", frozen=True, extra="ignore")

    grpc_port: int = 50056
    #: most records committed in one chained append transaction (group commit)
    append_batch_max: int = Field(default=256, ge=1, le=10000)
    #: sign a Merkle checkpoint after this many new records …
    checkpoint_every_records: int = Field(default=1000, ge=1)
    #: … or after this many seconds when there is at least one new record
    checkpoint_interval_s: float = Field(default=60.0, gt=0)
