"""The deid service's public offline API: the same code as the service, without the service.

This is the one module of the deid service that the CLI imports: ``medenclave deid dicom``,
``deid text``, ``deid table``, ``escrow init`` and ``reidentify --state-dir`` call it.
"""

from __future__ import annotations

from pathlib import Path

from medenclave.storage import make_engine
from medenclave_deid.adapters.inbound.folder_batch import ESCROW_DB_NAME, REPORT_NAME, deidentify_folder
from medenclave_deid.adapters.inbound.note_folder import (
    NOTE_REPORT_NAME,
    deidentify_note_folder,
    read_demographics,
    read_table,
    write_table,
)
from medenclave_deid.adapters.outbound.sql_escrow_store import SqlEscrowStore
from medenclave_deid.config import ESCROW_PUBLIC_KEY_NAME
from medenclave_deid.core.anonymity import AnonymityError
from medenclave_deid.core.escrow import (
    EscrowEntry,
    EscrowKeyError,
    EscrowSealer,
    EscrowUnavailable,
    generate_officer_keypair,
    open_sealed,
)
from medenclave_deid.core.tables import TableError, anonymise_records

__all__ = [
    "ESCROW_PUBLIC_KEY_NAME",
    "NOTE_REPORT_NAME",
    "REPORT_NAME",
    "AnonymityError",
    "BatchStateMissing",
    "EscrowEntry",
    "EscrowKeyError",
    "EscrowSealer",
    "EscrowUnavailable",
    "TableError",
    "anonymise_records",
    "batch_escrow_entry",
    "deidentify_folder",
    "deidentify_note_folder",
    "generate_officer_keypair",
    "open_sealed",
    "read_demographics",
    "read_table",
    "write_table",
]


class BatchStateMissing(FileNotFoundError):
    """The state dir holds no escrow of an offline ``deid dicom`` batch."""


def batch_escrow_entry(state_dir: Path, pseudonym: str) -> EscrowEntry | None:
    """The escrow entry of ``pseudonym`` in an offline batch's state dir (None: no entry).

    Raises:
        BatchStateMissing: no batch state in ``state_dir``.
        EscrowUnavailable: the escrow database cannot be read.
    """
    db = Path(state_dir) / ESCROW_DB_NAME
    if not db.exists():
        raise BatchStateMissing(f"no batch state in {state_dir}")
    engine = make_engine(f"sqlite:///{db}")
    try:
        return SqlEscrowStore(engine).get(pseudonym=pseudonym)
    finally:
        engine.dispose()
