"""MedEnclave's shared kit: configuration, event bus, RPC, security, storage, telemetry.

Generated protobuf stubs live in :mod:`medenclave.v1`.
"""

__version__ = "0.1.0"
