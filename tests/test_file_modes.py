"""A local user must not read the data dir: a real service process (``python -m
medenclave_audit``) makes its data dir 0700 and its database and keys 0600 under a careless
umask, tightens an older, open installation at start-up, and refuses to start — one line on
stderr naming the file and ``chmod 600`` — when a key or secret is open to group or others."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from medenclave.files import write_private
from medenclave_audit.adapters.outbound.key_files import PRIVATE_NAME, load_or_create_checkpoint_key
from medenclave_testing import free_port

pytestmark = pytest.mark.timeout(120)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def _env(data: Path, port: int, **extra: str) -> dict[str, str]:
    # nothing answers on the NATS and access ports: the service binds its gRPC port and waits
    return {**os.environ, "MEDENCLAVE_AUDIT_DATA_DIR": str(data),
            "MEDENCLAVE_AUDIT_GRPC_PORT": str(port),
            "MEDENCLAVE_AUDIT_NATS_URL": f"nats://127.0.0.1:{free_port()}",
            "MEDENCLAVE_AUDIT_ACCESS_ENDPOINT": f"127.0.0.1:{free_port()}", **extra}


def _audit(env: dict[str, str]) -> subprocess.Popen:
    # a careless umask: what the kit creates must not depend on it
    return subprocess.Popen([sys.executable, "-m", "medenclave_audit"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            preexec_fn=lambda: os.umask(0o022))


def _wait_listening(proc: subprocess.Popen, port: int) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read().decode()[-2000:] if proc.stderr else ""
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise AssertionError("the audit service did not listen")


def _stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def test_a_started_service_keeps_its_files_from_other_users(tmp_path):
    data = tmp_path / "data"
    # an installation made by an older release: open folders, a world-readable database
    umask = os.umask(0o022)
    try:
        (data / "deid").mkdir(parents=True)
        old = data / "deid" / "deid.db"
        engine = sa.create_engine(f"sqlite:///{old}")
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE TABLE t (x INTEGER)"))
        engine.dispose()
    finally:
        os.umask(umask)
    assert (_mode(data), _mode(data / "deid"), _mode(old)) == (0o755, 0o755, 0o644)

    port = free_port()
    proc = _audit(_env(data, port))
    try:
        _wait_listening(proc, port)
        assert _mode(data) == 0o700
        for folder in (data / "audit", data / "audit" / "keys", data / "deid"):
            assert _mode(folder) == 0o700, folder
        for private in (data / "audit" / "audit.db", data / "audit" / "keys" / PRIVATE_NAME, old):
            assert _mode(private) == 0o600, private
        # as another local user: nothing of the data dir is open to "others" (but public keys)
        assert [p for p in [data, *data.rglob("*")] if _mode(p) & 0o007 and p.suffix != ".pub"] == []
    finally:
        _stop(proc)


@pytest.mark.parametrize("which", ["checkpoint key", "credentials file"])
def test_a_service_refuses_to_start_on_a_key_others_can_read(tmp_path, which):
    data = tmp_path / "data"
    extra: dict[str, str] = {}
    if which == "checkpoint key":
        load_or_create_checkpoint_key(data / "audit" / "keys")
        key = data / "audit" / "keys" / PRIVATE_NAME
    else:
        key = tmp_path / "svc-audit.secret"
        write_private(key, "audit-service-password-0123")
        extra["MEDENCLAVE_AUDIT_CREDENTIALS_FILE"] = str(key)
    os.chmod(key, 0o644)
    port = free_port()

    proc = _audit(_env(data, port, **extra))
    try:
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    lines = [line for line in err.decode().splitlines() if line.strip()]
    assert proc.returncode == 2, err.decode()[-2000:]
    assert len(lines) == 1 and "Traceback" not in lines[0], lines
    assert str(key) in lines[0] and f"chmod 600 {key}" in lines[0]
    with socket.socket() as sock:  # it never listened
        assert sock.connect_ex(("127.0.0.1", port)) != 0
    assert _mode(key) == 0o644  # left for the operator to fix, as ssh does
