"""``medenclave``: start the platform, run the demo, and talk to a running stack.

Commands find a running stack through ``--data-dir`` (where ``up`` records its endpoints).
Commands that call services take ``--token`` or ``MEDENCLAVE_TOKEN``. Each module of
:mod:`medenclave_cli.commands` registers its own commands.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import pkgutil
import sys

import medenclave_cli.commands
from medenclave_cli.registry import CommandRegistry

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medenclave",
        description="MedEnclave: train and serve medical AI on the hospital's own data, "
                    "with nothing identifiable leaving the building.")
    registry = CommandRegistry(parser.add_subparsers(dest="command", required=True,
                                                     metavar="COMMAND"))
    for info in sorted(pkgutil.iter_modules(medenclave_cli.commands.__path__),
                       key=lambda m: m.name):
        importlib.import_module(f"medenclave_cli.commands.{info.name}").register(registry)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one ``medenclave`` command; its exit status."""
    ns = _parser().parse_args(argv)
    result = ns.func(ns)
    if inspect.iscoroutine(result):
        import asyncio  # only the commands that talk to a stack need an event loop

        result = asyncio.run(result)
    return int(result or 0)


if __name__ == "__main__":
    sys.exit(main())
