"""Container health check: exit 0 when the named service's gRPC health says SERVING.

``python -m medenclave.healthcheck SERVICE`` (port from MEDENCLAVE_<SERVICE>_GRPC_PORT or the default).
"""

from __future__ import annotations

import os
import sys

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from medenclave.config import DEFAULT_GRPC_PORTS

__all__ = ["main"]


def main(argv: list[str]) -> int:
    """Check the service named in ``argv[1]``; the process's exit status.

    Args:
        argv: ``sys.argv``.

    Returns:
        0 when it answers SERVING, 1 when it does not, 2 for a usage error.
    """
    service = argv[1] if len(argv) > 1 else ""
    if service not in DEFAULT_GRPC_PORTS:
        print(f"usage: python -m medenclave.healthcheck {{{','.join(DEFAULT_GRPC_PORTS)}}}")
        return 2
    port = os.environ.get(f"MEDENCLAVE_{service.upper()}_GRPC_PORT", DEFAULT_GRPC_PORTS[service])
    tls_dir = os.environ.get(f"MEDENCLAVE_{service.upper()}_TLS_DIR",
                             os.environ.get("MEDENCLAVE_TLS_DIR", ""))
    target = f"127.0.0.1:{port}"
    try:
        if tls_dir:  # mutual TLS: present the service's own certificate
            from pathlib import Path

            from medenclave.rpc import channel_credentials, load_tls_identity

            channel = grpc.secure_channel(target, channel_credentials(
                load_tls_identity(Path(tls_dir), service)))
        else:
            channel = grpc.insecure_channel(target)
        with channel:
            resp = health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(),
                                                             timeout=3)
    except grpc.RpcError:
        return 1
    return 0 if resp.status == health_pb2.HealthCheckResponse.SERVING else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
