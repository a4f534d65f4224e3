"""MedEnclave audit service: the append-only, hash-chained audit log.

:func:`verify_store` and :func:`query_store` work offline, straight against the database
(the CLI's ``medenclave audit verify`` / ``query``).
"""

from medenclave_audit.offline import export_store, query_store, trusted_keys, verify_store

__all__ = ["export_store", "query_store", "trusted_keys", "verify_store"]
