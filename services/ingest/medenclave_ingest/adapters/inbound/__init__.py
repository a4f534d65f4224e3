"""Inbound adapters: what calls into the service (gRPC, events, listeners)."""
