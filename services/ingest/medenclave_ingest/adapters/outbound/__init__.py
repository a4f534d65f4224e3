"""Outbound adapters: what the service calls (stores, vaults, the bus, files, other services)."""
