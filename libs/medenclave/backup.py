"""Backups of a data dir: one tar archive, sealed to the operator's X25519 public key.

What goes in: every file under the data dir except the ones the caller skips (logs, a running
stack's JetStream store). A SQLite database (recognised by its header, not its name) is copied
with SQLite's online backup API, so each database is a consistent snapshot even while its
service writes; its ``-wal``/``-shm``/``-journal`` files are left out (the snapshot holds their
content). Other files (the vault's journal, keys, the model repository) are copied as they are:
the journal is append-only and its reader stops at a torn tail. An optional PostgreSQL dump
(``pg_dump``) goes in as ``postgresql/dump.sql``; the caller's extra files (a running stack's
JetStream snapshots) under their own prefix. The last member, ``MANIFEST.json``, lists
every file's path, size and SHA-256.

:func:`verify_backup` decrypts and checks every hash without writing anything;
:func:`restore_backup` refuses a non-empty target, verifies the whole archive first, then writes
files 0600 and folders 0700 and checks every hash again while writing.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO
from urllib.parse import unquote, urlsplit

from medenclave.files import fsync_directory, private_dir
from medenclave.security.sealed_stream import (
    SealedReader,
    SealedStreamError,
    SealedWriter,
    load_private_key,
    load_public_key,
)

__all__ = [
    "FORMAT",
    "BackupError",
    "BackupManifest",
    "create_backup",
    "restore_backup",
    "verify_backup",
]

FORMAT = "medenclave-backup/1"
MANIFEST_NAME = "MANIFEST.json"
_SQLITE_HEADER = b"SQLite format 3\x00"
_SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
_PREFIXES = ("data/", "postgresql/", "jetstream/", "s3/")
_COPY = 1 << 20
#: the largest manifest a reader accepts (bounds memory on a hostile archive)
_MAX_MANIFEST = 64 << 20


class BackupError(Exception):
    """The backup could not be made, or the archive is not intact; the message says which."""


@dataclass
class BackupManifest:
    """What an archive holds: one entry per file, and notes on what was left out and why."""

    files: list[dict] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    created_at: float = 0.0

    def to_json(self) -> bytes:
        return json.dumps({"format": FORMAT, "created_at": self.created_at, "notes": self.notes,
                           "files": self.files}, indent=1, sort_keys=True).encode()

    @classmethod
    def from_json(cls, raw: bytes) -> BackupManifest:
        try:
            doc = json.loads(raw)
            if doc.get("format") != FORMAT:
                raise BackupError(f"unknown archive format {doc.get('format')!r}")
            files = [{"path": str(f["path"]), "size": int(f["size"]),
                      "sha256": str(f["sha256"]), "kind": str(f.get("kind", "file"))}
                     for f in doc["files"]]
            return cls(files=files, notes={str(k): str(v) for k, v in doc["notes"].items()},
                       created_at=float(doc["created_at"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            raise BackupError("the archive's manifest is malformed") from None


# -- create ------------------------------------------------------------------------------------
def _is_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER


def _walk(data_dir: Path, skip: Sequence[str]) -> Iterator[Path]:
    """Every folder and regular file under ``data_dir``, sorted, without skipped paths, SQLite
    side files, the kit's temporary files (``.NAME.*.tmp``) and symbolic links."""
    skipped = {PurePosixPath(s) for s in skip}
    for root, dirs, files in os.walk(data_dir):
        rel_root = PurePosixPath(Path(root).relative_to(data_dir).as_posix())
        dirs[:] = sorted(d for d in dirs if rel_root / d not in skipped
                         and not (Path(root) / d).is_symlink())
        for name in dirs:
            yield Path(root) / name
        for name in sorted(files):
            path = Path(root) / name
            if (rel_root / name in skipped or name.endswith(_SQLITE_SIDE_FILES)
                    or (name.startswith(".") and name.endswith(".tmp"))
                    or path.is_symlink() or not path.is_file()):
                continue
            yield path


def _snapshot_sqlite(src: Path, dst: Path) -> None:
    """A consistent copy of the live database ``src`` (SQLite's online backup API)."""
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True, timeout=30)
    target = sqlite3.connect(dst)
    try:
        source.backup(target)
        (verdict,) = target.execute("PRAGMA quick_check").fetchone()
        if verdict != "ok":
            raise BackupError(f"the snapshot of {src.name} fails SQLite's quick_check")
    except sqlite3.Error as exc:
        raise BackupError(f"could not snapshot {src.name}: {exc}") from None
    finally:
        source.close()
        target.close()


class _HashingReader:
    """Reads exactly ``size`` bytes of ``fh`` for tarfile, hashing them."""

    def __init__(self, fh: BinaryIO, size: int) -> None:
        self._fh, self._left, self.digest = fh, size, hashlib.sha256()

    def read(self, n: int = -1) -> bytes:
        data = self._fh.read(self._left if n < 0 else min(n, self._left))
        self._left -= len(data)
        self.digest.update(data)
        return data


def _add_file(tar: tarfile.TarFile, manifest: BackupManifest, name: str, path: Path,
              kind: str) -> None:
    with path.open("rb") as fh:
        size = os.fstat(fh.fileno()).st_size
        info = tarfile.TarInfo(name)
        info.size, info.mode, info.mtime = size, 0o600, int(time.time())
        reader = _HashingReader(fh, size)
        try:
            tar.addfile(info, reader)
        except OSError as exc:
            raise BackupError(f"{name} changed while it was copied ({exc}); run again") from None
    manifest.files.append({"path": name, "size": size, "sha256": reader.digest.hexdigest(),
                           "kind": kind})


def _add_dir(tar: tarfile.TarFile, manifest: BackupManifest, name: str) -> None:
    info = tarfile.TarInfo(name)
    info.type, info.mode, info.mtime = tarfile.DIRTYPE, 0o700, int(time.time())
    tar.addfile(info)
    manifest.files.append({"path": name, "size": 0, "sha256": "", "kind": "dir"})


def _pg_environment(database_url: str) -> dict[str, str]:
    """libpq's environment for ``database_url`` (``postgresql[+driver]://user:pw@host:port/db``):
    the password goes through the environment, never onto a command line."""
    url = urlsplit(database_url)
    if not url.scheme.startswith("postgresql"):
        raise BackupError("the database URL is not a PostgreSQL URL")
    env = {"PGHOST": url.hostname or "", "PGPORT": str(url.port or 5432),
           "PGUSER": unquote(url.username or ""), "PGPASSWORD": unquote(url.password or ""),
           "PGDATABASE": url.path.lstrip("/")}
    return {k: v for k, v in env.items() if v}


def _pg_dump(database_url: str, schema: str, dst: Path, pg_dump: str) -> None:
    cmd = [pg_dump, "--no-owner", "--format=plain", f"--file={dst}"]
    if schema:
        cmd.append(f"--schema={schema}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    done = subprocess.run(cmd, env={**env, **_pg_environment(database_url)},
                          capture_output=True, text=True, timeout=3600, check=False)
    if done.returncode != 0:
        raise BackupError(f"pg_dump failed (exit {done.returncode}): "
                          f"{done.stderr.strip()[-500:]}")


def create_backup(data_dir: Path, out: Path, public_key_pem: bytes, *,
                  skip: Sequence[str] = (), notes: dict[str, str] | None = None,
                  database_url: str = "", database_schema: str = "",
                  pg_dump: str | None = None,
                  extra: Sequence[tuple[str, Path]] = ()) -> BackupManifest:
    """Write the sealed archive of ``data_dir`` to ``out`` (which must not exist), mode 0600.

    Args:
        data_dir: the installation's data folder.
        out: the archive to write; written beside as a temporary file, renamed when complete.
        public_key_pem: the operator's X25519 public key (PEM).
        skip: paths relative to ``data_dir`` (files or folders) left out.
        notes: recorded in the manifest (e.g. why JetStream was left out).
        database_url: a PostgreSQL URL to dump with ``pg_dump`` (empty: none).
        database_schema: the schema to dump (empty: all).
        pg_dump: the ``pg_dump`` executable; required with ``database_url``.
        extra: ``(name, path)`` files made for the backup, e.g. JetStream's stream snapshots
            as ``jetstream/<stream>.snapshot`` (restored to ``target/jetstream/``).

    Raises:
        BackupError: no data dir, ``out`` exists, a bad key, a database that does not
            snapshot, a file that changed size while copied, a failed ``pg_dump``.
        FileExistsError: ``out`` exists.
    """
    if not data_dir.is_dir():
        raise BackupError(f"no data dir at {data_dir}")
    try:
        recipient = load_public_key(public_key_pem)
    except SealedStreamError as exc:
        raise BackupError(f"backup public key: {exc}") from None
    manifest = BackupManifest(notes=dict(notes or {}), created_at=time.time())
    tmp = out.with_name(f".{out.name}.{os.getpid()}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as sink, tempfile.TemporaryDirectory() as scratch:
            sealed = SealedWriter(sink, recipient)
            with tarfile.open(fileobj=sealed, mode="w|", format=tarfile.PAX_FORMAT) as tar:  # type: ignore[call-overload]
                for path in _walk(data_dir, skip):
                    name = "data/" + path.relative_to(data_dir).as_posix()
                    if path.is_dir():
                        _add_dir(tar, manifest, name)
                    elif _is_sqlite(path):
                        snap = Path(scratch) / "snapshot.db"
                        _snapshot_sqlite(path, snap)
                        _add_file(tar, manifest, name, snap, "sqlite")
                        snap.unlink()
                    else:
                        _add_file(tar, manifest, name, path, "file")
                if database_url:
                    if pg_dump is None:
                        raise BackupError("a PostgreSQL URL is configured but pg_dump is not "
                                          "on PATH")
                    dump = Path(scratch) / "dump.sql"
                    _pg_dump(database_url, database_schema, dump, pg_dump)
                    _add_file(tar, manifest, "postgresql/dump.sql", dump, "pg_dump")
                for name, path in extra:
                    _safe_name(name)
                    _add_file(tar, manifest, name, path, name.split("/", 1)[0])
                raw = manifest.to_json()
                info = tarfile.TarInfo(MANIFEST_NAME)
                info.size, info.mode, info.mtime = len(raw), 0o600, int(manifest.created_at)
                tar.addfile(info, io.BytesIO(raw))
            sealed.close()
            sink.flush()
            os.fsync(sink.fileno())
        os.link(tmp, out)  # never replaces an existing archive
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
    fsync_directory(out.parent)
    return manifest


# -- read: verify and restore ------------------------------------------------------------------
def _safe_name(name: str) -> PurePosixPath:
    path = PurePosixPath(name)
    if (path.is_absolute() or ".." in path.parts or not name.startswith(_PREFIXES)
            or len(path.parts) < 2 or "\\" in name or "\x00" in name):
        raise BackupError(f"archive member {name!r} is not a path a backup writes")
    return path


def _members(archive: Path, private_key_pem: bytes,
             sink: Callable[[str, Iterator[bytes] | None], None]) -> BackupManifest:
    """Decrypt ``archive``, hand each member to ``sink(name, chunks)`` (``None`` for a folder)
    and check the
    manifest against what was read; returns the manifest.

    Raises:
        BackupError: wrong key, altered or truncated archive, a member the manifest does not
            list (or the other way round), a size or hash that differs.
    """
    try:
        private = load_private_key(private_key_pem)
    except SealedStreamError as exc:
        raise BackupError(f"backup private key: {exc}") from None
    seen: dict[str, tuple[int, str]] = {}
    manifest: BackupManifest | None = None
    try:
        with archive.open("rb") as fh:
            reader = SealedReader(fh, private)
            with tarfile.open(fileobj=reader, mode="r|") as tar:  # type: ignore[call-overload]
                for info in tar:
                    if manifest is not None:
                        raise BackupError("archive altered: members after the manifest")
                    if info.isdir():
                        name = _safe_name(info.name.rstrip("/")).as_posix()
                        if name in seen:
                            raise BackupError(f"archive member {name} appears twice")
                        sink(name, None)
                        seen[name] = (0, "")
                        continue
                    if not info.isfile():
                        raise BackupError(f"archive member {info.name!r} is not a file or folder")
                    src = tar.extractfile(info)
                    if src is None:
                        raise BackupError(f"archive member {info.name!r} is unreadable")
                    if info.name == MANIFEST_NAME:
                        if info.size > _MAX_MANIFEST:
                            raise BackupError("the archive's manifest is too large")
                        manifest = BackupManifest.from_json(src.read())
                        continue
                    name = _safe_name(info.name).as_posix()
                    if name in seen:
                        raise BackupError(f"archive member {name} appears twice")
                    digest = hashlib.sha256()

                    def chunks(src=src, digest=digest) -> Iterator[bytes]:
                        while block := src.read(_COPY):
                            digest.update(block)
                            yield block

                    sink(name, chunks())
                    seen[name] = (info.size, digest.hexdigest())
                # a stream tar stops at its end-of-archive blocks; read the rest so the
                # final chunk's authentication and anything after it are checked
                while reader.read(_COPY):
                    pass
    except SealedStreamError as exc:
        raise BackupError(str(exc)) from None
    except tarfile.TarError as exc:
        raise BackupError(f"archive altered: not a readable tar ({exc})") from None
    if manifest is None:
        raise BackupError("archive has no manifest")
    listed = {f["path"]: (f["size"], f["sha256"]) for f in manifest.files}
    for name in sorted(set(listed) | set(seen)):
        if name not in seen:
            raise BackupError(f"{name} is in the manifest but not in the archive")
        if name not in listed:
            raise BackupError(f"{name} is in the archive but not in the manifest")
        if listed[name] != seen[name]:
            raise BackupError(f"{name} does not match its manifest entry (size or SHA-256)")
    return manifest


def verify_backup(archive: Path, private_key_pem: bytes) -> BackupManifest:
    """Decrypt ``archive`` and check every file against the manifest; writes nothing.

    Raises:
        BackupError: the archive does not verify; the message says why.
    """
    def discard(_name: str, chunks: Iterator[bytes] | None) -> None:
        for _ in chunks or ():
            pass

    return _members(archive, private_key_pem, discard)


def restore_backup(archive: Path, private_key_pem: bytes, target: Path) -> BackupManifest:
    """Restore ``archive`` into ``target`` (absent or an empty folder).

    The archive is verified in full first, so a bad archive writes nothing; then every file is
    written (0600, folders 0700) and checked again. The PostgreSQL dump, if any, is written to
    ``target/postgresql/dump.sql`` for the operator to load with ``psql``.

    Raises:
        BackupError: ``target`` is not empty, or the archive does not verify (then nothing
            is left in ``target``).
    """
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BackupError(f"{target} is not empty; restore only into an empty folder")
    verify_backup(archive, private_key_pem)
    created = not target.exists()
    private_dir(target)

    def write(name: str, chunks: Iterator[bytes] | None) -> None:
        rel = PurePosixPath(name)
        rel = rel.relative_to("data") if rel.parts[0] == "data" else rel
        dst = target.joinpath(*rel.parts)
        for parent in reversed(dst.relative_to(target).parents[:-1]):
            private_dir(target / parent)
        if chunks is None:
            private_dir(dst)
            return
        fd = os.open(dst, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "wb") as out:
            for block in chunks:
                out.write(block)
            out.flush()
            os.fsync(out.fileno())

    try:
        return _members(archive, private_key_pem, write)
    except BaseException:
        if created:
            shutil.rmtree(target, ignore_errors=True)
        else:
            for child in target.iterdir():
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child, ignore_errors=True)
                else:
                    child.unlink(missing_ok=True)
        raise
