"""The ingest service's public offline API: what the CLI may call without the service.

This is the one module of the ingest service that the CLI imports: ``medenclave migrate`` calls
:func:`migrate_database`.
"""

from __future__ import annotations

from medenclave_ingest.adapters.outbound.schema import migrate_database

__all__ = ["migrate_database"]
