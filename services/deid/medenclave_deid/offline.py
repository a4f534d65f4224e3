"""The deid service's public offline API: the same code as the service, without the service.

This is the one module of the deid service that the CLI imports: ``medenclave deid dicom``,
``deid text``, ``deid table``, ``escrow init`` and ``reidentify --state-dir`` call it.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what __getattr__ hands out, for type checkers and linters
    from medenclave_deid.adapters.inbound.folder_batch import REPORT_NAME, deidentify_folder
    from medenclave_deid.adapters.inbound.note_folder import (
        NOTE_REPORT_NAME,
        deidentify_note_folder,
        read_demographics,
        read_table,
        write_table,
    )
    from medenclave_deid.adapters.outbound.file_layout import ESCROW_PUBLIC_KEY_NAME
    from medenclave_deid.adapters.outbound.schema import migrate_database
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

#: where each name of this API lives; imported on first use, so a command loads only what it
#: needs (``deid dicom`` never loads the note de-identifier's word lists, ``deid text`` never
#: loads the DICOM profile)
_NAMES = {
    "migrate_database": "medenclave_deid.adapters.outbound.schema",
    "REPORT_NAME": "medenclave_deid.adapters.inbound.folder_batch",
    "deidentify_folder": "medenclave_deid.adapters.inbound.folder_batch",
    "NOTE_REPORT_NAME": "medenclave_deid.adapters.inbound.note_folder",
    "deidentify_note_folder": "medenclave_deid.adapters.inbound.note_folder",
    "read_demographics": "medenclave_deid.adapters.inbound.note_folder",
    "read_table": "medenclave_deid.adapters.inbound.note_folder",
    "write_table": "medenclave_deid.adapters.inbound.note_folder",
    "ESCROW_PUBLIC_KEY_NAME": "medenclave_deid.adapters.outbound.file_layout",
    "AnonymityError": "medenclave_deid.core.anonymity",
    "EscrowEntry": "medenclave_deid.core.escrow",
    "EscrowKeyError": "medenclave_deid.core.escrow",
    "EscrowSealer": "medenclave_deid.core.escrow",
    "EscrowUnavailable": "medenclave_deid.core.escrow",
    "generate_officer_keypair": "medenclave_deid.core.escrow",
    "open_sealed": "medenclave_deid.core.escrow",
    "TableError": "medenclave_deid.core.tables",
    "anonymise_records": "medenclave_deid.core.tables",
}


def __getattr__(name: str) -> Any:
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module), name)


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
    "migrate_database",
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
    from medenclave.embedded_db import driver_errors
    from medenclave_deid.adapters.inbound.folder_batch import ESCROW_DB_NAME as db_name
    from medenclave_deid.adapters.outbound.sqlite_state import SqliteEscrowStore, open_state_db
    from medenclave_deid.core.escrow import EscrowUnavailable

    db = Path(state_dir) / db_name
    if not db.exists():
        raise BatchStateMissing(f"no batch state in {state_dir}")
    with driver_errors(EscrowUnavailable, "deid_escrow unreadable"):
        conn = open_state_db(db)
    try:
        return SqliteEscrowStore(conn).get(pseudonym=pseudonym)
    finally:
        conn.close()
