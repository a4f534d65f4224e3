"""``medenclave``: start the platform, run the demo, and talk to a running stack.

Commands find a running stack through ``--data-dir`` (where ``up`` records its endpoints).
Commands that call services take ``--token`` or ``MEDENCLAVE_TOKEN``.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import json
import os
import pkgutil
import signal
import sys
from pathlib import Path

import medenclave.cli

__all__ = ["main"]

DEFAULT_DATA_DIR = Path("medenclave-data")


class CommandRegistry:
    """Where command modules add their commands.

    Every module ``medenclave.cli.commands_<area>`` defines ``register(registry)`` and is found
    automatically; its parsers set ``func`` (``ns -> int``, or a coroutine function) with
    ``set_defaults``.
    """

    def __init__(self, sub: argparse._SubParsersAction) -> None:
        self.top = sub
        self._groups: dict[str, argparse._SubParsersAction] = {}

    def group(self, name: str, help: str) -> argparse._SubParsersAction:  # noqa: A002
        """The subcommands of ``medenclave NAME`` (created on first use)."""
        if name not in self._groups:
            parser = self.top.add_parser(name, help=help, description=help)
            self._groups[name] = parser.add_subparsers(dest="action", required=True,
                                                       metavar="ACTION")
        return self._groups[name]


def data_dir_arg(p: argparse.ArgumentParser) -> None:
    """``--data-dir``: the installation's data folder."""
    _data_dir_arg(p)


def token_arg(p: argparse.ArgumentParser) -> None:
    """``--token`` (default ``$MEDENCLAVE_TOKEN``)."""
    _token_arg(p)


def require_token(ns: argparse.Namespace) -> str:
    """The token given, or exit with a message saying how to get one."""
    return _require_token(ns)


def _data_dir_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR,
                   help=f"the installation's data folder (default: ./{DEFAULT_DATA_DIR})")


def _token_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--token", default=os.environ.get("MEDENCLAVE_TOKEN", ""),
                   help="bearer token (default: $MEDENCLAVE_TOKEN)")


def _require_token(ns: argparse.Namespace) -> str:
    if not ns.token:
        raise SystemExit("a token is needed: pass --token or set MEDENCLAVE_TOKEN "
                         "(a host administrator gets one with 'medenclave token issue')")
    return ns.token


def _parser() -> argparse.ArgumentParser:
    from medenclave.cli import client_commands as cc

    parser = argparse.ArgumentParser(
        prog="medenclave",
        description="MedEnclave: train and serve medical AI on the hospital's own data, "
                    "with nothing identifiable leaving the building.")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    registry = CommandRegistry(sub)

    up = sub.add_parser("up", help="start every service on this machine",
                        description="Start nats-server (unless --nats-url), then the six services "
                                    "as their own processes; wait until healthy; print endpoints; "
                                    "restart crashed services; stop on Ctrl-C/SIGTERM.")
    _data_dir_arg(up)
    up.add_argument("--nats-url", default="", help="use this NATS server instead of an embedded one")
    up.add_argument("--database-url", default="",
                    help="postgresql://… for PostgreSQL (default: SQLite files in the data dir)")
    up.add_argument("--dicom-port", type=int, default=11112, help="DICOM SCP port (default 11112)")
    up.add_argument("--ae-title", default="MEDENCLAVE", help="our AE title (default MEDENCLAVE)")
    up.add_argument("--triton-port", type=int, default=8001,
                    help="Triton-compatible gRPC port (default 8001)")
    up.add_argument("--triton-url", default="", help="serve through this external NVIDIA Triton")
    up.add_argument("--grpc-base-port", type=int, default=50051,
                    help="first of six consecutive service gRPC ports (default 50051)")
    up.add_argument("--metrics-base-port", type=int, default=9101,
                    help="first of six Prometheus ports; 0 disables metrics (default 9101)")
    up.add_argument("--auto-ports", action="store_true", help="pick free ports for everything")
    up.add_argument("--quiet-period", type=float, default=5.0,
                    help="seconds without new instances before a study counts as received")
    up.add_argument("--otlp-endpoint", default="", help="export traces to this OTLP gRPC endpoint")
    up.set_defaults(func=_cmd_up)

    demo = sub.add_parser("demo", help="the whole journey on synthetic data",
                          description="Start the stack, push a synthetic cohort with planted PHI "
                                      "over DICOM C-STORE, de-identify, train, serve, predict "
                                      "through tritonclient, verify the audit chain, summarise.")
    _data_dir_arg(demo)
    demo.add_argument("--json", action="store_true", help="print one JSON object")
    demo.add_argument("--studies", type=int, default=24, help="studies in the cohort (>= 4)")
    demo.add_argument("--instances", type=int, default=3, help="instances per study")
    demo.add_argument("--epochs", type=int, default=0, help="training epochs (0: service default)")
    demo.add_argument("--seed", type=int, default=7)
    demo.set_defaults(func=_cmd_demo)

    issue = registry.group("token", "tokens").add_parser("issue", help="sign a token with the installation's key (host admin)",
                             description="Bootstrap for a host administrator: signs a token with "
                                         "the access service's key in the data dir.")
    _data_dir_arg(issue)
    issue.add_argument("--role", required=True)
    issue.add_argument("--subject", required=True)
    issue.add_argument("--ttl", type=int, default=3600, help="seconds (default 3600)")
    issue.set_defaults(func=_cmd_token_issue)

    slist = registry.group("studies", "studies").add_parser("list", help="studies with their state and instance counts")
    _data_dir_arg(slist)
    _token_arg(slist)
    slist.add_argument("--json", action="store_true")
    slist.set_defaults(func=cc.studies_list)

    mlist = registry.group("models", "models").add_parser("list", help="registered model versions")
    _data_dir_arg(mlist)
    _token_arg(mlist)
    mlist.add_argument("--json", action="store_true")
    mlist.set_defaults(func=cc.models_list)

    audit = registry.group("audit", "the audit log")
    verify = audit.add_parser("verify", help="check the hash chain; exit 1 naming the first bad record",
                              description="Verifies the audit store of the data dir (or "
                                          "--database-url) directly, without trusting the service.")
    _data_dir_arg(verify)
    verify.add_argument("--database-url", default="", help="verify this PostgreSQL store instead")
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(func=cc.audit_verify)
    query = audit.add_parser("query", help="search audit records (the service with a token, else the store)")
    _data_dir_arg(query)
    _token_arg(query)
    for flag in ("subject", "action", "resource", "trace-id"):
        query.add_argument(f"--{flag}", default="")
    query.add_argument("--limit", type=int, default=100)
    query.set_defaults(func=cc.audit_query)
    for info in sorted(pkgutil.iter_modules(medenclave.cli.__path__), key=lambda m: m.name):
        if info.name.startswith("commands_"):
            importlib.import_module(f"medenclave.cli.{info.name}").register(registry)
    return parser


def _cmd_up(ns: argparse.Namespace) -> int:
    from medenclave.cli.supervisor import Stack, StackConfig, StackError
    from medenclave.config import SERVICES

    cfg = StackConfig(data_dir=ns.data_dir, nats_url=ns.nats_url, database_url=ns.database_url,
                      dicom_port=ns.dicom_port, ae_title=ns.ae_title, triton_port=ns.triton_port,
                      triton_url=ns.triton_url, quiet_period_s=ns.quiet_period,
                      otlp_endpoint=ns.otlp_endpoint)
    cfg.grpc_ports = {s: ns.grpc_base_port + i for i, s in enumerate(
        ["ingest", "deid", "training", "inference", "access", "audit"])}
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
          f"Triton gRPC: {eps.triton}  Ctrl-C stops.", file=sys.stderr, flush=True)
    try:
        stack.supervise(lambda: stopping["flag"])
    finally:
        stack.stop()
    return 0


def _cmd_token_issue(ns: argparse.Namespace) -> int:
    from medenclave.security.policy import DEFAULT_ROLES
    from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
    from medenclave.config import look_up_option, ConfigError

    try:
        look_up_option(ns.role, DEFAULT_ROLES.keys(), what="role")
    except ConfigError as exc:
        raise SystemExit(str(exc)) from None
    key = load_or_create_signing_key(ns.data_dir / "access" / "keys")
    token, _ = TokenIssuer(key).issue(subject=ns.subject, role=ns.role, ttl_s=ns.ttl)
    print(token)
    return 0


def _cmd_demo(ns: argparse.Namespace) -> int:
    from medenclave.cli.demo import run_demo

    return run_demo(data_dir=ns.data_dir, as_json=ns.json, n_studies=ns.studies,
                    instances=ns.instances, epochs=ns.epochs, seed=ns.seed)


def main(argv: list[str] | None = None) -> int:
    ns = _parser().parse_args(argv)
    result = ns.func(ns)
    if inspect.iscoroutine(result):
        result = asyncio.run(result)
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
