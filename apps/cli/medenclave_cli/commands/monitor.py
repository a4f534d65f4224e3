"""``medenclave monitor drift``: how far a served model's inputs and predictions have moved
from the reference saved with it at training time.

Calls inference's MonitoringService.GetDrift (permission ``audit.read``: auditors, AI
engineers, radiologists, privacy officers). Prints the largest KL divergence, PSI and
Jensen–Shannon divergence over the features, the threshold, whether the window is drifted and
how many inputs it holds; ``--json`` adds the per-feature figures.
"""

from __future__ import annotations

import argparse
import json
import sys

from medenclave_cli.registry import CommandRegistry, data_dir_arg, stack_endpoint, stack_token, token_arg

__all__ = ["register"]


def register(registry: CommandRegistry) -> None:
    """Add ``monitor drift``."""
    group = registry.group("monitor", "watch served models (drift)")
    drift = group.add_parser("drift", help="input and prediction drift of a served model",
                             description="input and prediction drift of a served model "
                                         "against its training-time reference")
    drift.add_argument("--model", required=True, help="model name")
    drift.add_argument("--version", type=int, default=0,
                       help="model version (default: the highest one watched)")
    drift.add_argument("--endpoint", default="",
                       help="inference's gRPC API host:port (default: the stack recorded in "
                            "--data-dir)")
    drift.add_argument("--json", action="store_true")
    data_dir_arg(drift)
    token_arg(drift)
    drift.set_defaults(func=monitor_drift)


async def monitor_drift(ns: argparse.Namespace) -> int:
    import grpc

    from medenclave.rpc import secure_channel
    from medenclave.v1 import inference_pb2, inference_pb2_grpc

    if ns.version < 0:
        print("monitor drift: --version must be >= 0", file=sys.stderr)
        return 2
    endpoint = ns.endpoint or stack_endpoint(ns, "inference")
    token = stack_token(ns)
    try:
        async with secure_channel(endpoint, token) as channel:
            status = await inference_pb2_grpc.MonitoringServiceStub(channel).GetDrift(
                inference_pb2.GetDriftRequest(model_name=ns.model, version=ns.version),
                timeout=10)
    except grpc.aio.AioRpcError as exc:
        print(f"monitor drift: {exc.code().name}: {exc.details()}", file=sys.stderr)
        return 2
    doc = {"model": status.model_name, "version": status.version,
           "kl": round(status.kl, 6), "psi": round(status.psi, 6), "js": round(status.js, 6),
           "threshold": status.threshold, "drifted": status.drifted, "window": status.window,
           "window_size": status.window_size, "judged": status.judged,
           "features": {f.feature: {"kl": round(f.kl, 6), "psi": round(f.psi, 6),
                                    "js": round(f.js, 6)} for f in status.features}}
    if ns.json:
        print(json.dumps(doc, indent=2))
        return 0
    state = "DRIFTED" if status.drifted else ("ok" if status.judged else "too few inputs")
    print(f"{status.model_name} version {status.version}: {state}")
    print(f"  kl {status.kl:.4f}  psi {status.psi:.4f}  js {status.js:.4f}  "
          f"threshold {status.threshold:g}  window {status.window}/{status.window_size}")
    for f in status.features:
        print(f"  {f.feature:<11} kl {f.kl:.4f}  psi {f.psi:.4f}  js {f.js:.4f}")
    return 0
