"""Deid service settings (env prefix ``MEDENCLAVE_DEID_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import SettingsConfigDict

from medenclave.config import ServiceSettings
from medenclave_deid.adapters.outbound.file_layout import (
    DEFAULT_ANNEX_E_TABLE,
    DEFAULT_SAFE_PRIVATE_LIST,
    ESCROW_PUBLIC_KEY_NAME,
    REFERENCE_DATA,
)

__all__ = ["DEFAULT_ANNEX_E_TABLE", "ESCROW_PUBLIC_KEY_NAME", "REFERENCE_DATA", "DeidSettings"]


class DeidSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEDENCLAVE_DEID_", frozen=True, extra="ignore")

    grpc_port: int = 50052
    #: four eyes on quarantine releases: a first privacy officer's release is a proposal that
    #: a second, different officer confirms (a reject needs one officer)
    quarantine_four_eyes: bool = False
    #: the ingest service, for IngestService.FetchInstances (raw.read)
    ingest_endpoint: str = "127.0.0.1:50051"
    #: the confidentiality profile table (JSON rows with ``tag`` and ``basicProfile``)
    annex_e_table: Path = DEFAULT_ANNEX_E_TABLE
    #: the named profile (``medenclave-default`` or ``annex-e-basic``)
    profile: str = "medenclave-default"
    #: extra options on top of the profile, comma-separated (e.g. ``retain-device-identity``)
    options: str = ""
    #: the safe private list (TCIA knowledge base CSV) for Retain Safe Private
    safe_private_list: Path = DEFAULT_SAFE_PRIVATE_LIST
    #: the privacy officer's X25519 public key (PEM) for the re-identification escrow; unset:
    #: ``DATA_DIR/deid/keys/escrow-public.pem`` if present (``medenclave escrow init``), else no
    #: escrow is sealed (studies are still de-identified; reason code ``escrow_key_missing``)
    escrow_public_key_file: Path | None = None
    #: refuse to start without an escrow public key
    escrow_required: bool = False
    #: YAML mask rules for burned-in text (``rules: [{name, manufacturer, model, rows,
    #: columns, modality, regions: [[x, y, w, h], …]}]``); unset: none, images at risk are
    #: quarantined
    mask_rules_file: Path | None = None
    #: onnxruntime threads of the burned-in text detector (the OCR that reads the pixels of
    #: images whose header leaves the question open)
    ocr_threads: int = 1
    #: retention of the de-identified data class: a study's de-identified objects are deleted
    #: this many days after it was de-identified (datasets and models refer to them: ten years
    #: by default; no "keep forever"), audited ``retention.expire`` (docs/erasure.md)
    deidentified_retention_days: int = Field(default=3650, ge=1, le=36500)
    #: how often the de-identified retention sweep runs
    retention_sweep_interval_s: float = Field(default=3600.0, ge=1.0, le=86400.0)

    def escrow_key_path(self) -> Path | None:
        """The escrow public key file to use, or None when there is none."""
        if self.escrow_public_key_file is not None:
            return self.escrow_public_key_file
        default = self.data_dir / "deid" / "keys" / ESCROW_PUBLIC_KEY_NAME
        return default if default.exists() else None
