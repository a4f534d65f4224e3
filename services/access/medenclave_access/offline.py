"""The access service's public offline API: what the CLI may call without the service.

This is the one module of the access service that the CLI imports: ``medenclave migrate`` calls
:func:`migrate_database`.
"""

from __future__ import annotations

from medenclave_access.adapters.outbound.schema import migrate_database

__all__ = ["migrate_database"]
