"""``medenclave backup keygen|create|verify|restore``: encrypted backups of a data dir.

``create`` seals one archive to the operator's X25519 public key (``keygen`` makes the pair):
a consistent snapshot of every SQLite database (SQLite's online backup API, so a running stack
can be backed up), the vault's journal, the keys, secrets and TLS folders, deid's store and
escrow, the model repository, and a manifest with every file's size and SHA-256. JetStream: while
a stack runs on the data dir (``endpoints.json``), every stream is snapshotted through
JetStream's snapshot API as the NATS admin user (messages and durable consumers with their
positions; :mod:`medenclave_cli.jetstream_backup`), since nats-server's files are not a
consistent snapshot while it writes them; a stopped stack's store (``nats/``) is copied as it
is. ``--database-url`` adds a ``pg_dump`` of the PostgreSQL metadata.
``verify`` and ``restore`` need the private key (mode 0600); ``restore`` writes only into an
empty folder and only after the whole archive verified, then restores the stream snapshots
into the folder's JetStream store.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from medenclave_cli.registry import CommandRegistry, data_dir_arg

# the archive code (tarfile, the sealed stream's cryptography) and asyncio load with the
# subcommand that uses them: every ``medenclave`` command imports this module to register

__all__ = ["PRIVATE_KEY_NAME", "PUBLIC_KEY_NAME", "register"]

PRIVATE_KEY_NAME = "backup-private.pem"
PUBLIC_KEY_NAME = "backup-public.pem"
#: what ``up`` writes while a stack runs (apps/cli/medenclave_cli/supervisor.py)
_ENDPOINTS_FILE = "endpoints.json"
#: never in a backup: the running stack's logs and its endpoints
_ALWAYS_SKIPPED = ("logs", _ENDPOINTS_FILE)


def register(registry: CommandRegistry) -> None:
    """Add ``backup keygen``, ``create``, ``verify`` and ``restore``."""
    group = registry.group("backup", "encrypted backups of a data dir and their restore")

    keygen = group.add_parser(
        "keygen", help="make the operator's backup key pair",
        description=f"Writes OUT/{PRIVATE_KEY_NAME} (mode 0600; keep it off the backed-up "
                    f"machine) and OUT/{PUBLIC_KEY_NAME} (give it to 'backup create').")
    keygen.add_argument("--out", type=Path, required=True, help="folder for the two key files")
    keygen.set_defaults(func=backup_keygen)

    create = group.add_parser(
        "create", help="seal a snapshot of the data dir to the operator's public key",
        description="A running stack may be backed up: databases through SQLite's online "
                    "backup API, JetStream's streams through its snapshot API.")
    data_dir_arg(create)
    create.add_argument("--out", type=Path, required=True, help="the archive (must not exist)")
    create.add_argument("--public-key", type=Path, required=True,
                        help=f"the operator's public key ({PUBLIC_KEY_NAME} from 'backup keygen')")
    create.add_argument("--database-url", default="",
                        help="PostgreSQL URL of the stack's metadata: dumped with pg_dump")
    create.add_argument("--database-schema", default="", help="the schema to dump (default: all)")
    _s3_args(create, "record a manifest (key, size, ETag) of the raw vault in this bucket")
    create.add_argument("--skip-jetstream", action="store_true",
                        help="leave a running stack's JetStream streams out (the restored "
                             "stack starts on empty streams)")
    create.add_argument("--json", action="store_true")
    create.set_defaults(func=backup_create)

    for action, helptext in (("verify", "decrypt an archive and check every file's SHA-256"),
                             ("restore", "restore an archive into an empty data dir")):
        p = group.add_parser(action, help=helptext, description=helptext)
        p.add_argument("archive", type=Path)
        p.add_argument("--private-key", type=Path, required=True,
                       help=f"the operator's private key ({PRIVATE_KEY_NAME}, mode 0600)")
        if action == "restore":
            p.add_argument("--data-dir", type=Path, required=True,
                           help="where to restore (absent or an empty folder)")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=backup_verify if action == "verify" else backup_restore)

    check = group.add_parser(
        "check-s3", help="check a raw vault on S3 against a backup's manifest of it",
        description="Compares the bucket with s3/vault-manifest.json of a restored backup: every "
                    "object recorded must still be there with the same size and ETag.")
    check.add_argument("manifest", type=Path, help="RESTORED_DIR/s3/vault-manifest.json")
    _s3_args(check, "the raw vault's bucket")
    check.add_argument("--json", action="store_true")
    check.set_defaults(func=backup_check_s3)


def _s3_args(parser: argparse.ArgumentParser, bucket_help: str) -> None:
    """The raw vault on S3, as ingest's MEDENCLAVE_INGEST_S3_* settings name it (credentials:
    the AWS_* variables, as the ingest service reads them)."""
    parser.add_argument("--s3-bucket", default="", help=bucket_help)
    parser.add_argument("--s3-endpoint", default="", help="e.g. https://minio.hospital:9000")
    parser.add_argument("--s3-prefix", default="medenclave/", help="the vault's key prefix")
    parser.add_argument("--s3-region", default="")


def _vault_manifest(ns: argparse.Namespace, scratch: Path) -> tuple[list[tuple[str, Path]], str]:
    """The raw vault's manifest on S3 as a backup member, and the manifest's note.

    Raises:
        BackupError: the bucket could not be listed.
    """
    from medenclave.backup import BackupError
    from medenclave_ingest.offline import s3_vault_manifest

    try:
        objects = s3_vault_manifest(ns.s3_endpoint, ns.s3_bucket, ns.s3_prefix, ns.s3_region)
    except (OSError, ImportError) as exc:
        raise BackupError(f"S3 vault: {exc}") from None
    path = scratch / "vault-manifest.json"
    path.write_text(json.dumps({"bucket": ns.s3_bucket, "prefix": ns.s3_prefix,
                                "objects": objects}, sort_keys=True))
    note = (f"manifest of {len(objects)} objects, {sum(o['size'] for o in objects)} bytes in "
            f"s3://{ns.s3_bucket}/{ns.s3_prefix} (the objects stay in the bucket: keep its "
            "versioning or replication)")
    return [("s3/vault-manifest.json", path)], note


def backup_check_s3(ns: argparse.Namespace) -> int:
    from medenclave_ingest.offline import check_s3_vault

    try:
        recorded = json.loads(ns.manifest.read_text())
        faults = check_s3_vault(recorded["objects"], ns.s3_endpoint,
                                ns.s3_bucket or recorded["bucket"], ns.s3_prefix, ns.s3_region)
    except (OSError, ImportError, ValueError, KeyError) as exc:
        print(f"backup check-s3 refused: {exc}", file=sys.stderr)
        return 1
    ok = not faults["missing"] and not faults["changed"]
    if ns.json:
        print(json.dumps({"valid": ok, "objects": len(recorded["objects"]), **faults}))
    else:
        print(f"{len(recorded['objects'])} objects recorded: {len(faults['missing'])} missing, "
              f"{len(faults['changed'])} changed")
    return 0 if ok else 1


def backup_keygen(ns: argparse.Namespace) -> int:
    from medenclave.files import private_dir, write_private
    from medenclave.security.sealed_stream import generate_keypair

    private_path, public_path = ns.out / PRIVATE_KEY_NAME, ns.out / PUBLIC_KEY_NAME
    for path in (private_path, public_path):
        if path.exists():
            print(f"{path} exists; choose another folder", file=sys.stderr)
            return 1
    private_pem, public_pem = generate_keypair()
    private_dir(ns.out)
    write_private(private_path, private_pem, exclusive=True)
    write_private(public_path, public_pem, mode=0o644, exclusive=True)
    print(f"private key: {private_path} (mode 0600; store it offline, away from the backups)")
    print(f"public key:  {public_path}")
    return 0


def _refused(what: str, exc: Exception) -> int:
    print(f"backup {what} refused: {exc}", file=sys.stderr)
    return 1


def _snapshot_jetstream(data_dir: Path, scratch: Path) -> tuple[list[tuple[str, Path]], str]:
    """The running stack's streams as backup members, and the manifest's note.

    Raises:
        BackupError: no NATS URL recorded, NATS unreachable, or a snapshot failed.
    """
    import asyncio

    from medenclave.backup import BackupError
    from medenclave_cli.embedded_nats import admin_credentials
    from medenclave_cli.jetstream_backup import JetStreamBackupError, snapshot_streams

    try:
        url = json.loads((data_dir / _ENDPOINTS_FILE).read_text()).get("nats_url", "")
    except ValueError:
        url = ""
    if not url:
        raise BackupError(f"a stack runs on {data_dir} but {_ENDPOINTS_FILE} names no NATS URL "
                          "(--skip-jetstream leaves the streams out)")
    try:
        counts = asyncio.run(snapshot_streams(url, admin_credentials(data_dir, url), scratch))
    except JetStreamBackupError as exc:
        raise BackupError(f"JetStream: {exc} (--skip-jetstream leaves the streams out)") from None
    files = [(f"jetstream/{p.name}", p) for p in sorted(scratch.iterdir())]
    note = (f"snapshot of {len(counts)} streams, {sum(counts.values())} messages "
            "(JetStream snapshot API, stack running)")
    return files, note


def backup_create(ns: argparse.Namespace) -> int:
    from medenclave.backup import BackupError, create_backup

    running = (ns.data_dir / _ENDPOINTS_FILE).exists()
    skip = list(_ALWAYS_SKIPPED)
    notes = {"logs": "not included"}
    if running:
        skip.append("nats")
    elif (ns.data_dir / "nats").is_dir():
        notes["jetstream"] = "included (stack stopped)"
    else:
        notes["jetstream"] = "none in the data dir"
    pg_dump = shutil.which("pg_dump") if ns.database_url else None
    notes["postgresql"] = "pg_dump" if ns.database_url else "not configured"
    try:
        public_pem = ns.public_key.read_bytes()
        if ns.out.exists():
            raise BackupError(f"{ns.out} exists; choose another name")
        with tempfile.TemporaryDirectory(prefix="medenclave-js-") as scratch:
            extra: list[tuple[str, Path]] = []
            if running and ns.skip_jetstream:
                notes["jetstream"] = "not included (--skip-jetstream)"
            elif running:
                extra, notes["jetstream"] = _snapshot_jetstream(ns.data_dir, Path(scratch))
            if ns.s3_bucket:
                vault, notes["s3_vault"] = _vault_manifest(ns, Path(scratch))
                extra += vault
            manifest = create_backup(ns.data_dir, ns.out, public_pem, skip=skip, notes=notes,
                                     database_url=ns.database_url,
                                     database_schema=ns.database_schema, pg_dump=pg_dump,
                                     extra=extra)
    except (BackupError, OSError) as exc:
        return _refused("create", exc)
    summary = {"archive": str(ns.out), "files": sum(f["kind"] != "dir" for f in manifest.files),
               "bytes": sum(f["size"] for f in manifest.files), "notes": manifest.notes}
    if ns.json:
        print(json.dumps(summary))
    else:
        print(f"{ns.out}: {summary['files']} files, {summary['bytes']} bytes")
        for key, note in manifest.notes.items():
            print(f"  {key}: {note}")
    return 0


def _private_key(path: Path) -> bytes:
    """The private key file's bytes.

    Raises:
        InsecureFileMode: group or others may read it (e.g. 0644).
        OSError: it cannot be read.
    """
    from medenclave.files import read_private

    return read_private(path)


def backup_verify(ns: argparse.Namespace) -> int:
    from medenclave.backup import BackupError, verify_backup

    try:
        manifest = verify_backup(ns.archive, _private_key(ns.private_key))
    except (BackupError, OSError) as exc:  # InsecureFileMode is an OSError
        return _refused("verify", exc)
    files = sum(f["kind"] != "dir" for f in manifest.files)
    if ns.json:
        print(json.dumps({"valid": True, "files": files, "notes": manifest.notes}))
    else:
        print(f"{ns.archive}: valid, {files} files match their SHA-256")
    return 0


def backup_restore(ns: argparse.Namespace) -> int:
    from medenclave.backup import BackupError, restore_backup
    from medenclave_cli.jetstream_backup import JetStreamBackupError, restore_streams

    try:
        manifest = restore_backup(ns.archive, _private_key(ns.private_key), ns.data_dir)
    except (BackupError, OSError) as exc:
        return _refused("restore", exc)
    snapshots = ns.data_dir / "jetstream"
    if snapshots.is_dir():
        try:
            streams = restore_streams(ns.data_dir, snapshots)
        except (JetStreamBackupError, OSError) as exc:
            print(f"backup restore: the files are restored but JetStream is not: {exc}; the "
                  f"snapshots stay in {snapshots}", file=sys.stderr)
            return 1
        manifest.notes["jetstream_restored"] = ", ".join(streams)
    files = sum(f["kind"] != "dir" for f in manifest.files)
    if ns.json:
        print(json.dumps({"restored": str(ns.data_dir), "files": files, "notes": manifest.notes}))
    else:
        print(f"restored {files} files into {ns.data_dir}")
        if any(f["kind"] == "pg_dump" for f in manifest.files):
            print(f"  load the PostgreSQL dump with: psql -f {ns.data_dir}/postgresql/dump.sql")
    return 0
