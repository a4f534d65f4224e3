"""Ingest service settings (env prefix ``MEDENCLAVE_INGEST_``)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
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
    #: the DICOM receiver: pynetdicom's SCP, or the native asyncio Upper Layer/DIMSE receiver
    #: on the service's loop (adapters/inbound/dicom/native_server.py: no reactor threads, no thread hop)
    dicom_engine: Literal["pynetdicom", "native"] = "native"
    #: maximum P-DATA-TF PDU length the SCP receives, announced in its A-ASSOCIATE-AC; a
    #: longer PDU is aborted (A-ABORT) from its header. Never unlimited.
    max_pdu: int = Field(default=256 * 1024, ge=4096, le=0xFFFFFFFF)
    #: calling AE titles allowed to associate (empty: any)
    allowed_calling_aes: list[str] = Field(default_factory=list)
    #: peer IP addresses allowed to associate (empty: any)
    allowed_hosts: list[str] = Field(default_factory=list)
    #: concurrent associations accepted; more are rejected (A-ASSOCIATE-RJ, local limit)
    max_associations: int = Field(default=10, ge=1)
    #: native engine: connections not associated yet (TCP connected, TLS handshake,
    #: negotiating); more are closed as they connect. Unset: 2 × ``max_associations``
    max_pending_connections: int | None = Field(default=None, ge=1)
    #: native engine: connections not associated yet from one peer address; more are closed
    #: as they connect (its associations are bounded by ``max_associations``). Unset:
    #: ``max_associations``
    max_pending_per_host: int | None = Field(default=None, ge=1)
    #: native engine: a new connection has this long to send its A-ASSOCIATE-RQ (ARTIM)
    dicom_artim_timeout_s: float = Field(default=30.0, gt=0, le=600)
    #: native engine: an association silent this long (outside a C-STORE) is aborted
    dicom_idle_timeout_s: float = Field(default=60.0, gt=0, le=3600)
    #: objects larger than this are refused (``oversized``): the native engine drops a
    #: C-STORE's dataset as soon as its fragments pass it and answers 0xC210. Never unlimited
    max_object_bytes: int = Field(default=2 * 1024 ** 3, ge=1)
    #: refuse C-STOREs (0xA700, ING-104) while the vault's disk has less free space than this
    min_free_bytes: int = Field(default=1024 ** 3, ge=0)
    # --- DICOMweb STOW-RS (adapters/inbound/stow*.py) ---
    #: DICOMweb STOW-RS HTTP port (0: off); listens on ``dicom_host``
    stow_port: int = Field(default=0, ge=0, le=65535)
    #: largest request body, spooled to a 0600 file under ``data_dir/ingest/stow-spool``
    #: (disk, not memory; each part is further bounded by ``max_object_bytes``)
    stow_max_body_bytes: int = Field(default=2 * 1024 ** 3, ge=1)
    #: most parts in one request (each gets an entry in the answer)
    stow_max_parts: int = Field(default=10_000, ge=1)
    #: worker threads: requests served at once
    stow_workers: int = Field(default=8, ge=1, le=256)
    #: connections waiting for a worker; more are answered 503 (TLS: closed) at once
    stow_max_pending: int = Field(default=32, ge=1, le=4096)
    #: from connect to the end of the request head (TLS handshake included): else 408, closed
    stow_header_timeout_s: float = Field(default=10.0, gt=0)
    #: longest pause in a request body: else 408, closed
    stow_body_idle_timeout_s: float = Field(default=30.0, gt=0)
    #: slowest average body rate tolerated once ``stow_body_idle_timeout_s`` has passed
    stow_body_min_bytes_per_s: int = Field(default=16 * 1024, ge=1)
    #: HTTPS only on ``stow_port``, with the DICOM TLS certificate and key (``dicom_tls_cert``/
    #: ``dicom_tls_key``, default ``tls_dir``'s ``ingest.pem``/``ingest.key``)
    stow_tls: bool = False
    #: with ``stow_tls``: also demand a client certificate issued by ``dicom_tls_ca``
    stow_tls_require_client_cert: bool = False
    #: the SQL catalog follows the journal in one transaction per this many seconds of
    #: instances (the journal record is the committed metadata; a study is never announced
    #: before its rows are in): longer windows cost less CPU per instance under load
    catalog_batch_s: float = Field(default=0.25, gt=0, le=5.0)
    #: raw retention: a study's raw (identifiable) objects are crypto-shredded this many days
    #: after its newest instance arrived (the de-identified copy is deid's; the PACS keeps
    #: the record of care). 1 to 36500; no "keep forever"
    raw_retention_days: int = Field(default=365, ge=1, le=36500)
    #: how often the raw retention sweep runs
    retention_sweep_interval_s: float = Field(default=3600.0, ge=1.0, le=86400.0)
    #: size of a pre-allocated segment of the local vault's journal
    journal_segment_bytes: int = Field(default=256 * 1024 ** 2, ge=1024 ** 2)
    #: where the raw vault keeps its (encrypted) objects: local files, or an S3-compatible
    #: store (MinIO, Ceph RGW, SeaweedFS; needs ``medenclave[s3]``; credentials from the
    #: AWS_* variables or AWS_SHARED_CREDENTIALS_FILE)
    vault_backend: Literal["local", "s3"] = "local"
    s3_endpoint: str = ""
    s3_bucket: str = ""
    s3_prefix: str = "medenclave/"
    #: signing region (empty: boto3's default; MinIO/RGW accept ``us-east-1``)
    s3_region: str = ""
    #: connect/read timeout per S3 request, and tries before a C-STORE gets 0xA700
    s3_timeout_s: float = Field(default=10.0, gt=0)
    s3_max_attempts: int = Field(default=3, ge=1)
    #: plaintext DICOM on ``dicom_port`` (false: DICOM TLS only)
    dicom_plain: bool = True
    #: DICOM TLS (PS3.15 BCP 195) on its own port, alongside or instead of the plain one
    dicom_tls: bool = False
    #: the DICOM TLS port (2762 is the registered "dicom-tls" port; 0: any free port)
    dicom_tls_port: int = Field(default=2762, ge=0, le=65535)
    #: the SCP's certificate and key (PEM); default ``tls_dir/ingest.pem`` / ``ingest.key``
    dicom_tls_cert: Path | None = None
    dicom_tls_key: Path | None = None
    #: CA that client certificates must chain to; default ``tls_dir/ca.pem``
    dicom_tls_ca: Path | None = None
    #: mutual TLS: refuse peers without a certificate issued by ``dicom_tls_ca``
    dicom_tls_require_client_cert: bool = True
    #: a peer has this long to complete the TLS handshake
    dicom_tls_handshake_timeout_s: float = Field(default=10.0, gt=0)

    def dicom_tls_paths(self) -> tuple[Path | None, Path | None, Path | None]:
        """``(cert, key, ca)`` for DICOM TLS: the explicit settings, else ``tls_dir``'s files."""
        base = self.tls_dir
        return (self.dicom_tls_cert or (base / "ingest.pem" if base else None),
                self.dicom_tls_key or (base / "ingest.key" if base else None),
                self.dicom_tls_ca or (base / "ca.pem" if base else None))

    @model_validator(mode="after")
    def _check_stow(self) -> IngestSettings:
        if not (self.stow_port and self.stow_tls):
            return self
        env = "MEDENCLAVE_INGEST_"
        cert, key, ca = self.dicom_tls_paths()
        wanted = [("DICOM_TLS_CERT", cert), ("DICOM_TLS_KEY", key)]
        if self.stow_tls_require_client_cert:
            wanted.append(("DICOM_TLS_CA", ca))
        problems = [f"{env}{name} is not set (nor MEDENCLAVE_TLS_DIR), needed by {env}STOW_TLS"
                    if path is None else f"{env}{name}: no file {path} (needed by {env}STOW_TLS)"
                    for name, path in wanted if path is None or not path.is_file()]
        if problems:
            raise ValueError("; ".join(problems))
        return self

    @model_validator(mode="after")
    def _check_listeners_and_vault(self) -> IngestSettings:
        problems: list[str] = []
        env = "MEDENCLAVE_INGEST_"
        if not self.dicom_plain and not self.dicom_tls:
            problems.append(f"{env}DICOM_PLAIN=false needs {env}DICOM_TLS=true "
                            "(no DICOM port would listen)")
        if self.dicom_tls:
            if self.dicom_plain and self.dicom_port and self.dicom_port == self.dicom_tls_port:
                problems.append(f"{env}DICOM_TLS_PORT must differ from {env}DICOM_PORT")
            cert, key, ca = self.dicom_tls_paths()
            wanted = [("DICOM_TLS_CERT", cert), ("DICOM_TLS_KEY", key)]
            if self.dicom_tls_require_client_cert or self.dicom_tls_ca:
                wanted.append(("DICOM_TLS_CA", ca))
            for name, path in wanted:
                if path is None:
                    problems.append(f"{env}{name} is not set (nor MEDENCLAVE_TLS_DIR)")
                elif not path.is_file():
                    problems.append(f"{env}{name}: no file {path}")
        if self.vault_backend == "s3" and not self.s3_bucket:
            problems.append(f"{env}S3_BUCKET is not set (needed by {env}VAULT_BACKEND=s3)")
        if problems:
            raise ValueError("; ".join(problems))
        return self
