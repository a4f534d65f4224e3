"""``medenclave certs init``: a development CA and per-service certificates for mutual TLS."""

from __future__ import annotations

import argparse
from pathlib import Path

from medenclave_cli.registry import CommandRegistry, data_dir_arg

__all__ = ["register"]


def _init(ns: argparse.Namespace) -> int:
    from medenclave_cli.dev_certs import DEFAULT_IDENTITIES, init_development_pki

    tls_dir = ns.out or ns.data_dir / "tls"
    written = init_development_pki(tls_dir, identities=DEFAULT_IDENTITIES, days=ns.days)
    for path in written:
        print(path)
    print(f"enable mutual TLS with MEDENCLAVE_TLS_DIR={tls_dir.resolve()} "
          "(clients pick their certificate with MEDENCLAVE_TLS_IDENTITY, default 'cli')")
    return 0


def register(registry: CommandRegistry) -> None:
    init = registry.group("certs", "development certificates for mutual TLS").add_parser(
        "init", help="make a development CA and a certificate per service (and 'cli')",
        description="Writes ca.pem/ca.key and NAME.pem/NAME.key into DATA_DIR/tls (or --out). "
                    "Production uses the hospital's PKI with the same file names.")
    data_dir_arg(init)
    init.add_argument("--out", type=Path, default=None)
    init.add_argument("--days", type=int, default=365)
    init.set_defaults(func=_init)
