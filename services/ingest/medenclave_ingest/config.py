"""Ingest service settings (env prefix ``MEDENCLAVE_INGEST_``)."""

from __future__ import annotations

from typing import Literal

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
    #: calling AE titles allowed to associate (empty: any)
    allowed_calling_aes: list[str] = Field(default_factory=list)
    #: peer IP addresses allowed to associate (empty: any)
    allowed_hosts: list[str] = Field(default_factory=list)
    #: concurrent associations accepted; more are rejected (A-ASSOCIATE-RJ, local limit)
    max_associations: int = Field(default=10, ge=1)
    #: objects larger than this are refused and quarantined as ``oversized`` (0: no limit)
    max_object_bytes: int = Field(default=2 * 1024 ** 3, ge=0)
    #: refuse C-STOREs (0xA700, ING-104) while the vault's disk has less free space than this
    min_free_bytes: int = Field(default=1024 ** 3, ge=0)
    #: DICOMweb STOW-RS HTTP port (0: off); listens on ``dicom_host``
    stow_port: int = Field(default=0, ge=0, le=65535)
    #: where the raw vault keeps its (encrypted) objects: local files, or an S3-compatible
    #: store (needs ``boto3``; credentials from the AWS_* variables; no live test yet)
    vault_backend: Literal["local", "s3"] = "local"
    s3_endpoint: str = ""
    s3_bucket: str = ""
    s3_prefix: str = "medenclave/"
