"""Sealed backups of a data dir (medenclave.backup, medenclave.security.sealed_stream)."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import struct
import tarfile

import pytest

from medenclave.backup import BackupError, create_backup, restore_backup, verify_backup
from medenclave.security.sealed_stream import SealedWriter, generate_keypair, load_public_key


@pytest.fixture(scope="module")
def keys():
    return generate_keypair()


def _data_dir(root):
    """A small data dir: a live SQLite database in WAL mode, keys, a journal segment."""
    d = root / "data"
    (d / "svc" / "keys").mkdir(parents=True)
    (d / "ingest" / "vault" / "journal").mkdir(parents=True)
    (d / "empty").mkdir()
    (d / "logs").mkdir()
    (d / "svc" / "keys" / "kek.key").write_bytes(os.urandom(32))
    (d / "ingest" / "vault" / "journal" / "00000001.seg").write_bytes(os.urandom(300_000))
    (d / "logs" / "svc.log").write_text("log line\n")
    db = sqlite3.connect(d / "svc" / "svc.db")
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE t (v TEXT)")
    db.executemany("INSERT INTO t VALUES (?)", [(str(i),) for i in range(500)])
    db.commit()
    return d, db


def test_round_trip_of_a_live_database_keys_and_journal(tmp_path, keys):
    private, public = keys
    data, writer = _data_dir(tmp_path)
    writer.execute("BEGIN")
    writer.execute("INSERT INTO t VALUES ('uncommitted')")  # open write transaction meanwhile
    archive = tmp_path / "b.meb"
    manifest = create_backup(data, archive, public, skip=["logs"], notes={"jetstream": "x"})
    writer.rollback()
    writer.close()
    assert oct(archive.stat().st_mode & 0o777) == "0o600"
    kinds = {f["path"]: f["kind"] for f in manifest.files}
    assert kinds["data/svc/svc.db"] == "sqlite" and kinds["data/empty"] == "dir"
    assert not any("logs" in p or p.endswith(("-wal", "-shm")) for p in kinds)
    assert verify_backup(archive, private).notes == {"jetstream": "x"}

    target = tmp_path / "restored"
    restore_backup(archive, private, target)
    assert (target / "svc" / "keys" / "kek.key").read_bytes() == \
        (data / "svc" / "keys" / "kek.key").read_bytes()
    assert (target / "ingest" / "vault" / "journal" / "00000001.seg").read_bytes() == \
        (data / "ingest" / "vault" / "journal" / "00000001.seg").read_bytes()
    rows = sqlite3.connect(target / "svc" / "svc.db").execute("SELECT count(*) FROM t").fetchone()
    assert rows == (500,)  # committed rows only
    assert (target / "empty").is_dir() and not (target / "logs").exists()
    for path in target.rglob("*"):
        assert path.stat().st_mode & 0o777 == (0o700 if path.is_dir() else 0o600), path


def test_flipped_byte_truncation_and_wrong_key_are_refused_and_nothing_is_written(tmp_path, keys):
    private, public = keys
    data, db = _data_dir(tmp_path)
    db.close()
    archive = tmp_path / "b.meb"
    create_backup(data, archive, public)
    raw = archive.read_bytes()
    cases = {
        "flipped": raw[:len(raw) // 2] + bytes([raw[len(raw) // 2] ^ 1]) + raw[len(raw) // 2 + 1:],
        "truncated": raw[:-100],
        "appended": raw + b"x",
        "header": raw[:6] + bytes([raw[6] ^ 1]) + raw[7:],
    }
    for case, blob in cases.items():
        bad = tmp_path / f"{case}.meb"
        bad.write_bytes(blob)
        with pytest.raises(BackupError, match="altered|truncated|another key|not a|bad length"):
            verify_backup(bad, private)
        target = tmp_path / f"restore-{case}"
        with pytest.raises(BackupError):
            restore_backup(bad, private, target)
        assert not target.exists(), case
    with pytest.raises(BackupError, match="another key"):
        verify_backup(archive, generate_keypair()[0])


def test_restore_refuses_a_non_empty_target(tmp_path, keys):
    private, public = keys
    data, db = _data_dir(tmp_path)
    db.close()
    archive = tmp_path / "b.meb"
    create_backup(data, archive, public)
    target = tmp_path / "busy"
    target.mkdir()
    (target / "keep").write_text("x")
    with pytest.raises(BackupError, match="not empty"):
        restore_backup(archive, private, target)
    assert [p.name for p in target.iterdir()] == ["keep"]
    with pytest.raises(FileExistsError):
        create_backup(data, archive, public)  # never overwrites an archive


def _sealed_tar(path, public, members):
    with path.open("wb") as fh:
        sealed = SealedWriter(fh, load_public_key(public))
        with tarfile.open(fileobj=sealed, mode="w|") as tar:
            for name, data in members:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
        sealed.close()


def test_a_correctly_sealed_archive_with_a_traversal_member_writes_nothing(tmp_path, keys):
    """Whoever holds the public key can seal anything: member names are still checked."""
    private, public = keys
    for name in ("data/../../escaped", "/etc/evil", "other/x"):
        archive = tmp_path / "evil.meb"
        _sealed_tar(archive, public, [(name, b"pwn"), ("MANIFEST.json", b"{}")])
        target = tmp_path / "t"
        with pytest.raises(BackupError, match="not a path a backup writes"):
            restore_backup(archive, private, target)
        assert not target.exists() and not (tmp_path / "escaped").exists()
    archive = tmp_path / "unlisted.meb"
    _sealed_tar(archive, public, [("data/x", b"1"), ("MANIFEST.json",
                b'{"format": "medenclave-backup/1", "created_at": 0, "notes": {}, "files": []}')])
    with pytest.raises(BackupError, match="not in the manifest"):
        verify_backup(archive, private)


def test_a_hostile_chunk_length_is_refused_before_it_is_read(tmp_path, keys):
    private, public = keys
    archive = tmp_path / "huge.meb"
    _sealed_tar(archive, public, [("data/x", b"1")])
    raw = bytearray(archive.read_bytes())
    raw[49:53] = struct.pack(">I", 0xFFFFFFFF)  # the first chunk's length field
    archive.write_bytes(bytes(raw))
    with pytest.raises(BackupError, match="bad length"):
        verify_backup(archive, private)


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump not on PATH")
def test_pg_dump_goes_into_the_archive(tmp_path, keys, database_url):
    private, public = keys
    data, db = _data_dir(tmp_path)
    db.close()
    archive = tmp_path / "b.meb"
    manifest = create_backup(data, archive, public, database_url=database_url,
                             pg_dump=shutil.which("pg_dump"))
    assert any(f["path"] == "postgresql/dump.sql" for f in manifest.files)
    restore_backup(archive, private, tmp_path / "r")
    assert b"PostgreSQL database dump" in (tmp_path / "r" / "postgresql" / "dump.sql").read_bytes()
