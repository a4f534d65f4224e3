"""``medenclave scenario triage`` and ``medenclave scenario pathology``: the brief's two
serving scenarios, one command each (each starts its own stack in a fresh data dir)."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path

from medenclave_cli.registry import CommandRegistry

__all__ = ["register"]


def _in_data_dir(ns: argparse.Namespace, prefix: str, run: Callable[[Path], int]) -> int:
    """``run`` in ``--data-dir``, or in a temporary folder that is removed afterwards."""
    if ns.data_dir is not None:
        return run(ns.data_dir)
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        return run(Path(tmp))


def _triage(ns: argparse.Namespace) -> int:
    from medenclave_cli.scenario_triage import run_triage

    return _in_data_dir(ns, "medenclave-triage-", lambda data_dir: run_triage(
        data_dir=data_dir, n_train=ns.train, n_test=ns.test, epochs=ns.epochs, seed=ns.seed,
        as_json=ns.json))


def _pathology(ns: argparse.Namespace) -> int:
    from medenclave_cli.scenario_pathology import run_pathology

    return _in_data_dir(ns, "medenclave-pathology-", lambda data_dir: run_pathology(
        data_dir=data_dir, size=ns.size, n_train=ns.train, n_test=ns.test, epochs=ns.epochs,
        seconds=ns.seconds, seed=ns.seed, as_json=ns.json))


def register(registry: CommandRegistry) -> None:
    group = registry.group("scenario", "the brief's serving scenarios, end to end")
    t = group.add_parser(
        "triage", help="emergency triage suggestions from English/Chinese symptom notes",
        description="Start the platform, de-identify generated triage notes through deid, "
                    "train a text classifier on them, serve it, and time each held-out note "
                    "from the raw text to the suggestion (goal: p99 < 3 s).")
    t.add_argument("--train", type=int, default=800, help="training notes (default 800)")
    t.add_argument("--test", type=int, default=200, help="held-out notes (default 200)")
    t.add_argument("--epochs", type=int, default=8, help="training epochs (default 8)")
    p = group.add_parser(
        "pathology", help="pathology tile classification at 1024×1024, frames/s on this machine",
        description="Train a small convolutional classifier on generated RGB tiles, serve it, "
                    "and measure tiles/s through the server (tritonclient) and in bare "
                    "onnxruntime, with accuracy on held-out tiles.")
    p.add_argument("--size", type=int, default=1024, help="tile side in pixels (default 1024)")
    p.add_argument("--train", type=int, default=64, help="training tiles (default 64)")
    p.add_argument("--test", type=int, default=32, help="held-out tiles (default 32)")
    p.add_argument("--epochs", type=int, default=3, help="training epochs (default 3)")
    p.add_argument("--seconds", type=float, default=10.0,
                   help="seconds of load per throughput figure (default 10)")
    for sub, func in ((t, _triage), (p, _pathology)):
        sub.add_argument("--data-dir", type=Path, default=None,
                         help="keep the stack's data here (default: a temporary folder)")
        sub.add_argument("--seed", type=int, default=7, help="for the data and training")
        sub.add_argument("--json", action="store_true", help="print the summary as JSON")
        sub.set_defaults(func=func)
