"""``medenclave up`` and ``medenclave demo``: the platform on this machine."""

from __future__ import annotations

import argparse
import json
import signal
import sys

from medenclave_cli.registry import CommandRegistry, data_dir_arg

__all__ = ["register"]


def register(registry: CommandRegistry) -> None:
    """Add ``up`` and ``demo``."""
    up = registry.top.add_parser("up", help="start every service on this machine",
                        description="Start nats-server (unless --nats-url), then the services "
                                    "as their own processes; wait until healthy; print endpoints; "
                                    "restart crashed services; stop on Ctrl-C/SIGTERM.")
    data_dir_arg(up)
    up.add_argument("--nats-url", default="", help="use this NATS server instead of an embedded one")
    up.add_argument("--database-url", default="",
                    help="postgresql://… for PostgreSQL (default: SQLite files in the data dir)")
    up.add_argument("--dicom-port", type=int, default=11112, help="DICOM SCP port (default 11112)")
    up.add_argument("--ae-title", default="MEDENCLAVE", help="our AE title (default MEDENCLAVE)")
    up.add_argument("--triton-port", type=int, default=8001,
                    help="Triton-compatible gRPC port (default 8001)")
    up.add_argument("--triton-url", default="", help="serve through this external NVIDIA Triton")
    up.add_argument("--console-port", type=int, default=8080,
                    help="the web console's port (default 8080)")
    up.add_argument("--grpc-base-port", type=int, default=50051,
                    help="first of seven consecutive service gRPC ports (default 50051)")
    up.add_argument("--metrics-base-port", type=int, default=9101,
                    help="first of seven Prometheus ports; 0 disables metrics (default 9101)")
    up.add_argument("--auto-ports", action="store_true", help="pick free ports for everything")
    up.add_argument("--quiet-period", type=float, default=5.0,
                    help="seconds without new instances before a study counts as received")
    up.add_argument("--otlp-endpoint", default="", help="export traces to this OTLP gRPC endpoint")
    up.set_defaults(func=_cmd_up)

    demo = registry.top.add_parser("demo", help="the whole journey on synthetic data",
                          description="Start the stack, push a synthetic cohort with planted PHI "
                                      "over DICOM C-STORE, de-identify, train, serve, predict "
                                      "through tritonclient, verify the audit chain, summarise.")
    data_dir_arg(demo)
    demo.add_argument("--json", action="store_true", help="print one JSON object")
    demo.add_argument("--studies", type=int, default=24, help="studies in the cohort (>= 4)")
    demo.add_argument("--instances", type=int, default=3, help="instances per study")
    demo.add_argument("--epochs", type=int, default=0, help="training epochs (0: service default)")
    demo.add_argument("--seed", type=int, default=7)
    demo.set_defaults(func=_cmd_demo)



def _cmd_up(ns: argparse.Namespace) -> int:
    from medenclave.config import SERVICES
    from medenclave_cli.supervisor import Stack, StackConfig, StackError

    cfg = StackConfig(data_dir=ns.data_dir, nats_url=ns.nats_url, database_url=ns.database_url,
                      dicom_port=ns.dicom_port, ae_title=ns.ae_title, triton_port=ns.triton_port,
                      triton_url=ns.triton_url, quiet_period_s=ns.quiet_period,
                      otlp_endpoint=ns.otlp_endpoint, console_port=ns.console_port)
    cfg.grpc_ports = {s: ns.grpc_base_port + i for i, s in enumerate(
        ["ingest", "deid", "training", "inference", "access", "audit", "console"])}
    cfg.metrics_ports = {s: (ns.metrics_base_port + i if ns.metrics_base_port else 0)
                         for i, s in enumerate(SERVICES)}
    if ns.auto_ports:
        cfg.with_free_ports()
    stack = Stack(cfg)
    stopping = {"flag": False}

    def request_stop(*_: object) -> None:
        stopping["flag"] = True

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    try:
        eps = stack.start(progress=lambda name: print(f"  {name:<10} serving", file=sys.stderr))
    except StackError as exc:
        print(f"medenclave up: {exc}", file=sys.stderr)
        return 1
    print(json.dumps({"event": "ready", **eps.to_json()}, indent=2), flush=True)
    print(f"MedEnclave is up. DICOM: {eps.ae_title}@{eps.dicom_host}:{eps.dicom_port}  "
          f"Triton gRPC: {eps.triton}  Console: {eps.console}  Ctrl-C stops.",
          file=sys.stderr, flush=True)
    try:
        stack.supervise(lambda: stopping["flag"])
    finally:
        stack.stop()
    return 0


def _cmd_demo(ns: argparse.Namespace) -> int:
    from medenclave_cli.demo import run_demo

    return run_demo(data_dir=ns.data_dir, as_json=ns.json, n_studies=ns.studies,
                    instances=ns.instances, epochs=ns.epochs, seed=ns.seed)
