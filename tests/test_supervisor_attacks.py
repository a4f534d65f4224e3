"""``medenclave up`` under attack: a SIGKILLed supervisor, a taken port, unauthenticated calls.

One real ``medenclave up`` (its own process, free ports) serves the module: first an
unauthenticated caller is refused and audited as such; then the supervisor is SIGKILLed and
every process it started must exit and free its port.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import grpc
import pytest

from medenclave.lifeline import LIFELINE_FD_ENV, Lifeline
from medenclave.rpc import StaticToken, secure_channel
from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave.v1 import audit_pb2, audit_pb2_grpc, ingest_pb2, ingest_pb2_grpc
from medenclave_cli.embedded_nats import free_port

pytestmark = pytest.mark.slow

UP_TIMEOUT_S = 180.0


def _children(pid: int) -> list[int]:
    """The pids whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid …: comm may hold spaces, so split after the last ')'
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


@pytest.fixture(scope="module")
def up(tmp_path_factory):
    """A running ``medenclave up``: (process, data dir, endpoints.json)."""
    data = tmp_path_factory.mktemp("up")
    stderr = data.parent / f"{data.name}.stderr"
    log = open(stderr, "wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "medenclave_cli.main", "up", "--data-dir", str(data),
         "--auto-ports", "--quiet-period", "0.5"],
        stdout=subprocess.DEVNULL, stderr=log, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + UP_TIMEOUT_S
    endpoints = data / "endpoints.json"
    try:
        while not endpoints.exists():
            assert proc.poll() is None, stderr.read_text()[-2000:]
            assert time.monotonic() < deadline, "medenclave up did not become ready"
            time.sleep(0.3)
        yield proc, data, json.loads(endpoints.read_text())
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        log.close()


def test_unauthenticated_calls_are_audited_as_unauthenticated(up):
    _, data, eps = up
    key = load_or_create_signing_key(data / "access" / "keys")
    auditor = TokenIssuer(key).issue(subject="auditor.test", role="auditor")[0]

    async def main():
        # the attack: calls without a token and with a garbage one
        for token in ("", "not-a-token"):
            async with secure_channel(eps["grpc"]["ingest"],
                                      StaticToken(token) if token else None) as ch:
                with pytest.raises(grpc.aio.AioRpcError) as info:
                    await ingest_pb2_grpc.IngestServiceStub(ch).ListStudies(
                        ingest_pb2.ListStudiesRequest(), timeout=10)
                assert info.value.code() == grpc.StatusCode.UNAUTHENTICATED
        deadline = time.monotonic() + 30
        while True:
            async with secure_channel(eps["grpc"]["audit"], StaticToken(auditor)) as ch:
                found = await audit_pb2_grpc.AuditServiceStub(ch).Query(audit_pb2.QueryRequest(
                    action="rpc.denied", resource="/medenclave.ingest.v1.IngestService/ListStudies"),
                    timeout=10)
            records = [stored.record for stored in found.records]
            if {r.reason for r in records} >= {"missing_token", "token_malformed"}:
                return records
            assert time.monotonic() < deadline, [(r.subject, r.role, r.reason) for r in records]
            await asyncio.sleep(0.3)

    records = asyncio.run(main())
    for rec in records:
        assert (rec.subject, rec.role, rec.service) == ("unauthenticated", "", "ingest"), rec


def test_sigkilled_supervisor_takes_every_child_with_it(up):
    proc, _, eps = up
    children = _children(proc.pid)
    # six services, nats-server and its warden
    assert len(children) >= 8, children
    ports = [int(ep.rsplit(":", 1)[1]) for ep in eps["grpc"].values()]
    ports += [eps["dicom"]["port"], int(eps["triton"].rsplit(":", 1)[1])]
    ports += [int(url.rsplit(":", 1)[1].split("/")[0]) for url in eps["metrics"].values()]
    ports.append(int(eps["nats_url"].rsplit(":", 1)[1]))
    assert not any(_port_free(p) for p in ports)

    proc.kill()  # the attack: no SIGTERM, no clean-up
    proc.wait()
    deadline = time.monotonic() + 30  # SIGTERM, a graceful stop, else SIGKILL after 10 s
    while (alive := [pid for pid in children if _alive(pid)]):
        assert time.monotonic() < deadline, f"still running after the supervisor died: {alive}"
        time.sleep(0.2)
    deadline = time.monotonic() + 10
    while (taken := [p for p in ports if not _port_free(p)]):
        assert time.monotonic() < deadline, f"ports still taken: {taken}"
        time.sleep(0.2)


def _free_block(n: int) -> int:
    """The first of ``n`` consecutive free ports (a moment ago)."""
    for _ in range(50):
        base = free_port()
        if base + n < 65535 and all(_port_free(base + i) for i in range(n)):
            return base
    raise RuntimeError("no block of free ports")


def test_taken_port_is_one_line_naming_the_option(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "medenclave_cli.main", "up", "--data-dir", str(tmp_path),
             "--grpc-base-port", str(_free_block(6)), "--metrics-base-port", "0",
             "--triton-port", str(free_port()), "--dicom-port", str(taken)],
            capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        f"medenclave up: port {taken} is in use (MEDENCLAVE_INGEST_DICOM_PORT / --dicom-port): "
        "choose another or stop the process using it"]
    assert not (tmp_path / "nats").exists()  # refused before anything started


def test_service_started_alone_names_its_port_option(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("MEDENCLAVE_")}
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        env.update(MEDENCLAVE_AUDIT_DATA_DIR=str(tmp_path), MEDENCLAVE_AUDIT_GRPC_PORT=str(taken),
                   MEDENCLAVE_AUDIT_NATS_URL=f"nats://127.0.0.1:{free_port()}")
        result = subprocess.run([sys.executable, "-m", "medenclave_audit"], env=env,
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"port {taken} is in use (MEDENCLAVE_AUDIT_GRPC_PORT)" in result.stderr
    assert any('"SVC-005"' in line for line in result.stdout.splitlines())


def test_child_started_after_its_supervisor_died_stops_at_once():
    """A child watching the lifeline stops (SIGTERM) as soon as the line is cut."""
    lifeline = Lifeline()
    script = ("import time; from medenclave.lifeline import watch_parent; "
              "assert watch_parent(grace_s=5); time.sleep(60)")
    env = {**os.environ, **lifeline.env()}
    child = subprocess.Popen([sys.executable, "-c", script], env=env, pass_fds=(lifeline.fd,))
    try:
        assert env[LIFELINE_FD_ENV] == str(lifeline.fd)
        time.sleep(0.5)
        assert child.poll() is None  # the line holds: the child runs
        lifeline.close()             # as if the supervisor died
        assert child.wait(20) == -signal.SIGTERM
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
