"""Modes of the data dir, databases and keys (medenclave.files and the kit's loaders): folders
0700, databases and keys 0600 whatever the umask, keys open to others refused like ssh does,
and existing installations tightened at start-up."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlalchemy as sa

from medenclave.config import ServiceSettings, database_url_for
from medenclave.files import InsecureFileMode, private_dir, read_private, write_private
from medenclave.rpc import load_tls_identity
from medenclave.security.crypto import FileKeyEncryptionKey, load_or_create_secret
from medenclave.security.tokens import load_or_create_signing_key
from medenclave.service import check_private_files
from medenclave.storage import make_engine


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


@pytest.fixture
def open_umask():
    """The umask of a careless install (0o022: files 0644, folders 0755)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _write_rows(url: str) -> None:
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE IF NOT EXISTS t (x INTEGER)"))
        conn.execute(sa.text("INSERT INTO t VALUES (1)"))
    # the -wal and -shm files exist while a connection is open
    with engine.connect() as conn:
        conn.execute(sa.text("SELECT count(*) FROM t")).scalar()
        modes = {p.name: _mode(p) for p in Path(url.removeprefix("sqlite:///")).parent.iterdir()
                       if p.name.startswith("svc.db")}
    engine.dispose()
    assert set(modes) >= {"svc.db", "svc.db-wal", "svc.db-shm"}, modes
    assert set(modes.values()) == {0o600}, modes


def test_a_fresh_data_dir_is_private_whatever_the_umask(tmp_path, open_umask, monkeypatch):
    for name in ("DATABASE_URL", "MEDENCLAVE_DATABASE_URL"):   # CI points these at PostgreSQL
        monkeypatch.delenv(name, raising=False)
    data = tmp_path / "data"
    settings = ServiceSettings(data_dir=data, database_url="")
    _write_rows(database_url_for(settings, "svc"))
    keys = settings.service_dir("svc") / "keys"
    load_or_create_secret(keys, "uid")
    FileKeyEncryptionKey(keys)
    load_or_create_signing_key(settings.service_dir("access") / "keys")

    assert _mode(data) == 0o700
    assert _mode(data / "svc") == 0o700 and _mode(keys) == 0o700
    assert _mode(data / "access") == 0o700 and _mode(data / "access" / "keys") == 0o700
    for key in [keys / "uid.key", keys / "kek.key", data / "access" / "keys" / "token-signing.pem"]:
        assert _mode(key) == 0o600, key
    # another local user, reading as "others": nothing in the data dir lets them in
    assert not any(_mode(p) & 0o077 for p in [data, *data.rglob("*")])


@pytest.mark.parametrize("loader", ["secret", "signing", "tls", "credentials"])
def test_a_key_open_to_others_is_refused_with_the_fix(tmp_path, loader):
    keys = private_dir(tmp_path / "keys")
    if loader == "secret":
        path = keys / "uid.key"
        write_private(path, os.urandom(32))
    elif loader == "signing":
        load_or_create_signing_key(keys)
        path = keys / "token-signing.pem"
    else:
        path = keys / ("svc.key" if loader == "tls" else "svc-deid.secret")
        write_private(path, b"-----BEGIN PRIVATE KEY-----")
        write_private(keys / "ca.pem", b"ca", mode=0o644)
        write_private(keys / "svc.pem", b"cert", mode=0o644)
    os.chmod(path, 0o644)  # the attack surface: any local user can read the key

    with pytest.raises(InsecureFileMode) as refused:
        if loader == "secret":
            load_or_create_secret(keys, "uid")
        elif loader == "signing":
            load_or_create_signing_key(keys)
        elif loader == "tls":
            load_tls_identity(keys, "svc")
        else:
            check_private_files(ServiceSettings(data_dir=tmp_path / "data", credentials_file=path))
    message = str(refused.value)
    assert "\n" not in message and str(path) in message and f"chmod 600 {path}" in message
    assert "0644" in message
    assert _mode(path) == 0o644  # refused, not silently "fixed": the operator decides

    os.chmod(path, 0o600)
    assert read_private(path)  # the fix named in the message works


def test_group_writable_or_other_bits_are_refused_too(tmp_path):
    path = tmp_path / "k.key"
    write_private(path, b"x")
    for mode in (0o640, 0o620, 0o604, 0o602):
        os.chmod(path, mode)
        with pytest.raises(InsecureFileMode):
            read_private(path)


def test_an_existing_open_install_is_tightened_at_start(tmp_path, open_umask):
    data = tmp_path / "data"
    (data / "audit").mkdir(parents=True, mode=0o755)  # the umask is 0o022 (open_umask)
    db = data / "audit" / "audit.db"
    engine = sa.create_engine(f"sqlite:///{db}")  # as an older release made it: 0644
    with engine.begin() as conn:
        conn.execute(sa.text("CREATE TABLE t (x INTEGER)"))
    engine.dispose()
    wal = data / "audit" / "audit.db-wal"
    wal.write_bytes(b"")
    os.chmod(wal, 0o644)
    assert _mode(db) == 0o644 and _mode(data) == 0o755

    check_private_files(ServiceSettings(data_dir=data))  # what every service runs first

    assert _mode(data) == 0o700 and _mode(data / "audit") == 0o700
    assert _mode(db) == 0o600 and _mode(wal) == 0o600


def test_make_engine_tightens_an_existing_database(tmp_path, open_umask):
    db = tmp_path / "x.db"
    db.write_bytes(b"")
    os.chmod(db, 0o664)
    make_engine(f"sqlite:///{db}").dispose()
    assert _mode(db) == 0o600


def test_private_dir_never_widens(tmp_path):
    path = tmp_path / "p"
    path.mkdir(mode=0o500)
    private_dir(path)
    assert _mode(path) == 0o500
