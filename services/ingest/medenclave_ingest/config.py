"""Ingest service settings (env prefix ``MEDENCLAVE_INGEST_``)."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from medenclave.config import ServiceSettings

__all__ = ["IngestSettings"]


class IngestSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEDENCLAVE_INGEST_", frozen=True, extra="ignore")

    grpc_port: int = 50051
    #: interface the DICOM SCP listens on (0.0.0.0 to accept modalities on the network)
    dicom_host: str = "127.0.0.1"
    dicom_port: int = Field(default=11112, ge=0, le=65535)
    #: the SCP's own AE title (1-16 characters)
    ae_title: str = Field(default="MEDENCLAVE", min_length=1, max_length=16)
    #: a study is complete once no instance arrived for this long
    quiet_period_s: float = Field(default=5.0, gt=0)
    #: how often the assembler looks for quiet studies
    assembler_interval_s: float = Field(default=0.25, gt=0)
    #: maximum PDU size the SCP receives (0: unlimited)
    max_pdu: int = Field(default=0, ge=0)
