"""Test fixtures' building blocks: real processes on free loopback ports (no mocks)."""

from medenclave_cli.embedded_nats import (
    NatsServer,
    free_port,
    nats_secret_path,
    nats_server_binary,
    wait_for_port,
    write_nats_secrets,
)

__all__ = ["NatsServer", "free_port", "metric", "nats_secret_path", "nats_server_binary", "until",
           "wait_for_port", "wait_serving", "write_nats_secrets"]


async def until(predicate, *, timeout: float = 20.0, what: str = "condition"):
    """Poll ``predicate`` every 50 ms until it returns something truthy, and return that.

    Raises:
        AssertionError: still falsy after ``timeout`` seconds.
    """
    import asyncio
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = predicate()
        if result:
            return result
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def metric(name: str, labels: dict | None = None) -> float:
    """The current value of a Prometheus sample in this process's default registry (0 if unset)."""
    from prometheus_client import REGISTRY

    return REGISTRY.get_sample_value(name, labels or {}) or 0.0


async def wait_serving(endpoint: str | int, *, timeout: float = 30.0) -> None:
    """Wait until the gRPC health check of ``endpoint`` (or a loopback port) says SERVING.

    Raises:
        TimeoutError: not SERVING within ``timeout``.
    """
    import asyncio
    import time

    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    from medenclave.rpc import secure_channel

    target = f"127.0.0.1:{endpoint}" if isinstance(endpoint, int) else endpoint
    deadline = time.monotonic() + timeout
    async with secure_channel(target) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline:
            try:
                reply = await stub.Check(health_pb2.HealthCheckRequest(), timeout=1)
                if reply.status == health_pb2.HealthCheckResponse.SERVING:
                    return
            except grpc.aio.AioRpcError:
                pass
            await asyncio.sleep(0.05)
    raise TimeoutError(f"{target} not serving")
