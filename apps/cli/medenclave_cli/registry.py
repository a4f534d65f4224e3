"""How command modules plug into ``medenclave``: the registry and the arguments they share.

Every module in :mod:`medenclave_cli.commands` defines ``register(registry)``; its parsers set
``func`` (``ns -> int``, or a coroutine function) with ``set_defaults``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

__all__ = ["DEFAULT_DATA_DIR", "CommandRegistry", "data_dir_arg", "require_token",
           "stack_endpoint", "stack_token", "token_arg"]

DEFAULT_DATA_DIR = Path("medenclave-data")


class CommandRegistry:
    """Where command modules add their commands."""

    def __init__(self, sub: argparse._SubParsersAction) -> None:
        self.top = sub
        self._groups: dict[str, argparse._SubParsersAction] = {}

    def group(self, name: str, help: str) -> argparse._SubParsersAction:
        """The subcommands of ``medenclave NAME`` (created on first use)."""
        if name not in self._groups:
            parser = self.top.add_parser(name, help=help, description=help)
            self._groups[name] = parser.add_subparsers(dest="action", required=True,
                                                       metavar="ACTION")
        return self._groups[name]


def data_dir_arg(p: argparse.ArgumentParser) -> None:
    """``--data-dir``: the installation's data folder."""
    p.add_argument("--data-dir", type=Path, default=DEFAULT_DATA_DIR,
                   help=f"the installation's data folder (default: ./{DEFAULT_DATA_DIR})")


def token_arg(p: argparse.ArgumentParser) -> None:
    """``--token`` (default ``$MEDENCLAVE_TOKEN``)."""
    p.add_argument("--token", default=os.environ.get("MEDENCLAVE_TOKEN", ""),
                   help="bearer token (default: $MEDENCLAVE_TOKEN)")


def require_token(ns: argparse.Namespace) -> str:
    """The token given, or exit with a message saying how to get one."""
    if not ns.token:
        raise SystemExit("a token is needed: pass --token or set MEDENCLAVE_TOKEN "
                         "(a host administrator gets one with 'medenclave token issue')")
    return ns.token


def stack_endpoint(ns: argparse.Namespace, service: str) -> str:
    """The gRPC endpoint of ``service`` in the stack that ``up`` recorded in ``--data-dir``.

    Raises:
        SystemExit: no running stack is recorded there.
    """
    from medenclave_cli.supervisor import load_endpoints

    try:
        return load_endpoints(ns.data_dir).grpc[service]
    except FileNotFoundError:
        raise SystemExit(f"no running stack recorded in {ns.data_dir} "
                         "(start one with 'medenclave up --data-dir …')") from None


def stack_token(ns: argparse.Namespace):
    """The ``--token`` as call credentials for the stack's services."""
    from medenclave.rpc import StaticToken

    return StaticToken(require_token(ns))
