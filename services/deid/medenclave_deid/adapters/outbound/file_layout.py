"""Where deid's files are: the reference data shipped in the package, and the names of the
files it keeps in its state dir.

Plain constants, importable without the service's settings (the CLI's start-up path).
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["DEFAULT_ANNEX_E_TABLE", "DEFAULT_SAFE_PRIVATE_LIST", "ESCROW_PUBLIC_KEY_NAME",
           "REFERENCE_DATA"]

#: the reference tables shipped in the package (sources and licences in its README.md)
REFERENCE_DATA = Path(__file__).resolve().parent / "reference_data"
#: DICOM PS3.15 Table E.1-1 as shipped in the package (Innolitics extraction, MIT).
DEFAULT_ANNEX_E_TABLE = REFERENCE_DATA / "confidentiality_profile_attributes.json"
#: TCIA's private tag knowledge base (Apache-2.0), for Retain Safe Private.
DEFAULT_SAFE_PRIVATE_LIST = REFERENCE_DATA / "tcia_private_tag_kb.csv"

#: the escrow public key's file name in ``DATA_DIR/deid/keys/``
ESCROW_PUBLIC_KEY_NAME = "escrow-public.pem"
