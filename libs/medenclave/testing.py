"""Test fixtures' building blocks: real processes on free loopback ports (no mocks)."""

from medenclave.embedded_nats import NatsServer, free_port, nats_server_binary, wait_for_port

__all__ = ["NatsServer", "free_port", "nats_server_binary", "wait_for_port"]
