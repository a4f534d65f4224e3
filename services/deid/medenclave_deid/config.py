"""Deid service settings (env prefix ``MEDENCLAVE_DEID_``)."""

from __future__ import annotations

from pathlib import Path

from pydantic_settings import SettingsConfigDict

from medenclave.config import ServiceSettings

__all__ = ["DEFAULT_ANNEX_E_TABLE", "DeidSettings"]

#: DICOM PS3.15 Table E.1-1 as shipped in the package (Innolitics extraction, MIT).
DEFAULT_ANNEX_E_TABLE = Path(__file__).resolve().parent / "data" / \
    "confidentiality_profile_attributes.json"


class DeidSettings(ServiceSettings):
    model_config = SettingsConfigDict(env_prefix="MEDENCLAVE_DEID_", frozen=True, extra="ignore")

    grpc_port: int = 50052
    #: the ingest service, for IngestService.FetchInstances (raw.read)
    ingest_endpoint: str = "127.0.0.1:50051"
    #: the confidentiality profile table (JSON rows with ``tag`` and ``basicProfile``)
    annex_e_table: Path = DEFAULT_ANNEX_E_TABLE
