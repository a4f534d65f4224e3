"""`medenclave up`'s supervisor: a crashed service is restarted and serves again."""

from __future__ import annotations

import os
import signal
import threading
import time

import pytest

from medenclave_cli.supervisor import Stack, StackConfig, StackError, _is_serving

pytestmark = pytest.mark.slow


def test_crashed_service_is_restarted(tmp_path):
    stack = Stack(StackConfig(data_dir=tmp_path, quiet_period_s=0.5).with_free_ports())
    eps = stack.start()
    stop = threading.Event()
    watcher = threading.Thread(target=stack.supervise, args=(stop.is_set,), daemon=True)
    watcher.start()
    try:
        old = stack.children["deid"].proc
        os.kill(old.pid, signal.SIGKILL)
        deadline = time.monotonic() + 60
        while True:
            new = stack.children["deid"].proc
            if new is not old and new.poll() is None and _is_serving(eps.grpc["deid"]):
                break
            assert time.monotonic() < deadline, "deid was not restarted"
            time.sleep(0.2)
        assert stack.children["deid"].restarts == 1
    finally:
        stop.set()
        watcher.join(10)
        stack.stop()
    assert all(c.proc.poll() is not None for c in stack.children.values())


def test_start_fails_clearly_when_a_port_is_taken(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        cfg = StackConfig(data_dir=tmp_path, startup_timeout_s=30).with_free_ports()
        cfg.grpc_ports["audit"] = busy.getsockname()[1]
        port = cfg.grpc_ports["audit"]
        with pytest.raises(StackError, match=rf"port {port} is in use \(MEDENCLAVE_AUDIT_GRPC_PORT"):
            Stack(cfg).start()
    assert not (tmp_path / "nats").exists()  # refused before anything started
