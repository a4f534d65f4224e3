"""``medenclave escrow init`` and ``medenclave reidentify``: the privacy officer's escrow key.

``escrow init`` makes the officer's X25519 key pair: the private key goes where the officer
says (mode 0600, optionally passphrase-protected), the public key into
``DATA_DIR/deid/keys/escrow-public.pem`` where deid finds it. ``reidentify`` fetches the sealed
entry of a pseudonym through ``DeidService.Reidentify`` (privacy_officer only, audited) and opens
it locally with the private key: the service never sees the private key or the identity. With
``--state-dir`` both work on the state dir of the offline ``medenclave deid dicom`` batch instead:
the key goes to ``STATE/keys/escrow-public.pem`` and ``reidentify`` reads the sealed entry from
``STATE/pseudonyms.db``, recording the access in ``STATE/reidentify-audit.jsonl`` first.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from medenclave.files import read_private, write_private
from medenclave_cli.registry import CommandRegistry, data_dir_arg, stack_endpoint, stack_token, token_arg

__all__ = ["register"]


def register(registry: CommandRegistry) -> None:
    """Add ``escrow init`` and ``reidentify``."""

    init = registry.group("escrow", "the re-identification escrow").add_parser(
        "init", help="make the privacy officer's escrow key pair",
        description="Writes the private key to --private-key-out (mode 0600; keep it off this "
                    "machine) and the public key to DATA_DIR/deid/keys/escrow-public.pem, "
                    "where deid reads it on start.")
    data_dir_arg(init)
    init.add_argument("--private-key-out", type=Path, required=True,
                      help="where to write the officer's private key (must not exist)")
    init.add_argument("--passphrase", action="store_true",
                      help="protect the private key with a passphrase (prompted)")
    init.add_argument("--state-dir", type=Path, default=None,
                      help="write the public key for the offline batch ('deid dicom "
                           "--state-dir') to STATE_DIR/keys/ instead of DATA_DIR/deid/keys/")
    init.add_argument("--force", action="store_true",
                      help="replace an existing public key (entries sealed to it stay with the "
                           "old private key)")
    init.set_defaults(func=escrow_init)

    reid = registry.top.add_parser(
        "reidentify", help="open a pseudonym's escrow entry (privacy officer)",
        description="Fetches the sealed entry of PSEUDONYM from deid (permission "
                    "phi.reidentify, audited) and decrypts it here with --private-key.")
    reid.add_argument("pseudonym")
    reid.add_argument("--private-key", type=Path, required=True,
                      help="the officer's private key file from 'medenclave escrow init'")
    reid.add_argument("--passphrase", action="store_true",
                      help="the private key is passphrase-protected (prompted)")
    reid.add_argument("--json", action="store_true")
    reid.add_argument("--state-dir", type=Path, default=None,
                      help="read the entry from the offline batch's state dir ('deid dicom "
                           "--state-dir') instead of the running deid service")
    data_dir_arg(reid)
    token_arg(reid)
    reid.set_defaults(func=reidentify)


def escrow_init(ns: argparse.Namespace) -> int:
    from medenclave_deid.offline import ESCROW_PUBLIC_KEY_NAME, EscrowSealer, generate_officer_keypair

    keys = (ns.state_dir / "keys") if ns.state_dir is not None else ns.data_dir / "deid" / "keys"
    public_path = keys / ESCROW_PUBLIC_KEY_NAME
    if public_path.exists() and not ns.force:
        print(f"{public_path} exists; pass --force to replace it", file=sys.stderr)
        return 1
    if ns.private_key_out.exists():
        print(f"{ns.private_key_out} exists; choose another path", file=sys.stderr)
        return 1
    password = None
    if ns.passphrase:
        password = getpass.getpass("passphrase for the private key: ").encode()
        if password != getpass.getpass("again: ").encode() or not password:
            print("passphrases differ or are empty", file=sys.stderr)
            return 1
    private_pem, public_pem = generate_officer_keypair(password=password)
    ns.private_key_out.parent.mkdir(parents=True, exist_ok=True)
    write_private(ns.private_key_out, private_pem, exclusive=True)
    keys.mkdir(parents=True, exist_ok=True)
    write_private(public_path, public_pem, mode=0o644)
    print(json.dumps({"public_key": str(public_path), "private_key": str(ns.private_key_out),
                      "key_id": EscrowSealer(public_pem).key_id}))
    print("deid seals escrow entries to this key from its next start. Keep the private key "
          "off this machine.", file=sys.stderr)
    return 0


async def reidentify(ns: argparse.Namespace) -> int:
    import grpc

    from medenclave.rpc import secure_channel
    from medenclave.v1 import deid_pb2, deid_pb2_grpc
    from medenclave_deid.offline import EscrowKeyError, open_sealed

    try:
        private_pem = read_private(ns.private_key)
    except OSError as exc:
        print(f"cannot read the private key: {exc.strerror or exc}", file=sys.stderr)
        return 1
    password = getpass.getpass("passphrase: ").encode() if ns.passphrase else None
    if ns.state_dir is not None:
        entry = _local_entry(ns.state_dir, ns.pseudonym)
        if isinstance(entry, int):
            return entry
    else:
        try:
            async with secure_channel(stack_endpoint(ns, "deid"), stack_token(ns)) as channel:
                entry = await deid_pb2_grpc.DeidServiceStub(channel).Reidentify(
                    deid_pb2.ReidentifyRequest(pseudonym=ns.pseudonym), timeout=10)
        except grpc.aio.AioRpcError as exc:
            print(f"reidentify: {exc.code().name}: {exc.details()}", file=sys.stderr)
            return 2
    try:
        identity = open_sealed(entry.sealed, pseudonym=entry.pseudonym,
                               private_key_pem=private_pem, password=password)
    except EscrowKeyError as exc:
        print(f"reidentify: {exc} (entry sealed to {entry.key_id})", file=sys.stderr)
        return 3
    fields = dict(identity.__dict__)
    if ns.json:
        print(json.dumps(fields, ensure_ascii=False, indent=2))
    else:
        for key, value in fields.items():
            print(f"{key:<22} {value}")
    return 0


LOCAL_AUDIT_NAME = "reidentify-audit.jsonl"


def _local_audit(state_dir: Path, pseudonym: str, outcome: str, reason: str = "") -> bool:
    """Append the access to ``STATE/reidentify-audit.jsonl`` (fsynced); False if it failed."""
    import time

    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = str(os.getuid())
    line = json.dumps({"at": time.time(), "action": "phi.reidentify", "resource": pseudonym,
                       "principal": f"os:{user}", "outcome": outcome, "reason": reason})
    try:
        fd = os.open(state_dir / LOCAL_AUDIT_NAME, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, (line + "\n").encode())
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        return False
    return True


def _local_entry(state_dir: Path, pseudonym: str):
    """The sealed entry of ``pseudonym`` in the batch's state dir, or an exit code (printed why).

    The access is recorded before the entry is returned; nothing is opened if it cannot be.
    """
    from medenclave_deid.offline import BatchStateMissing, EscrowUnavailable, batch_escrow_entry

    try:
        entry = batch_escrow_entry(state_dir, pseudonym)
    except BatchStateMissing:
        print(f"reidentify: no batch state in {state_dir}", file=sys.stderr)
        return 2
    except EscrowUnavailable:
        print("reidentify: the escrow cannot be read", file=sys.stderr)
        return 2
    if entry is None or not entry.sealed:
        reason = "not_found" if entry is None else entry.reason_code
        _local_audit(state_dir, pseudonym, "failure", reason)
        print(f"reidentify: NOT_FOUND: no sealed escrow entry for {pseudonym}"
              + (f" ({reason})" if entry is not None else ""), file=sys.stderr)
        return 2
    if not _local_audit(state_dir, pseudonym, "success"):
        print("reidentify: UNAVAILABLE: the access cannot be recorded", file=sys.stderr)
        return 2
    return entry
