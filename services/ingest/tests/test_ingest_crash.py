"""SIGKILL the ingest process in the middle of a 200-instance storescu push.

The service runs as a real OS process (``python -m medenclave_ingest``). dcmtk's storescu
pushes 200 CT instances; after 60 acknowledgements the process is killed. Every instance the
sender heard Success for must be in the vault after the restart, before anything is re-sent.
The sender then re-sends what was not acknowledged, as a PACS does; in the end each instance
is in the vault exactly once and every one of them was announced with dicom.study.received
exactly once (completion 1 may carry the instances from before the crash, completion 2 the
rest).
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import nats
import pytest
from pynetdicom import AE
from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

from medenclave.security.crypto import load_or_create_secret
from medenclave.v1 import events_pb2
from medenclave_ingest.adapters.outbound.journal_vault import open_journal_vault
from medenclave_ingest.core.refs import RefDeriver
from medenclave_ingest.main import REF_SECRET_NAME
from medenclave_testing import free_port

COUNT = 200
KILL_AFTER = 60
_SENDING = re.compile(r"Sending file: (\S+)")
_SUCCESS = "Received Store Response (Success)"


def _echo(port: int) -> bool:
    ae = AE(ae_title="PROBE")
    ae.add_requested_context(Verification)
    assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE")
    if not assoc.is_established:
        return False
    ok = assoc.send_c_echo().Status == 0
    assoc.release()
    return ok


def _start(data_dir: Path, nats_url: str, dicom_port: int, log: Path,
           engine: str = "pynetdicom") -> subprocess.Popen:
    env = {**os.environ,
           "MEDENCLAVE_INGEST_DICOM_ENGINE": engine,
           "MEDENCLAVE_INGEST_DATA_DIR": str(data_dir),
           "MEDENCLAVE_INGEST_NATS_URL": nats_url,
           "MEDENCLAVE_INGEST_GRPC_PORT": str(free_port()),
           "MEDENCLAVE_INGEST_ACCESS_ENDPOINT": f"127.0.0.1:{free_port()}",
           "MEDENCLAVE_INGEST_DICOM_PORT": str(dicom_port),
           "MEDENCLAVE_INGEST_QUIET_PERIOD_S": "1.5",
           "MEDENCLAVE_INGEST_ASSEMBLER_INTERVAL_S": "0.1"}
    proc = subprocess.Popen([sys.executable, "-m", "medenclave_ingest"], env=env,
                            stdout=log.open("ab"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()[-2000:]
        try:
            if _echo(dicom_port):
                return proc
        except Exception:
            pass
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("ingest did not start")


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM (a clean stop), SIGKILL if it does not stop within 20 s."""
    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _push(port: int, files: list[Path], on_ack=None) -> set[str]:
    """storescu the files; returns the paths acknowledged with Success."""
    proc = subprocess.Popen(
        ["storescu", "-v", "-aet", "PACS", "-aec", "MEDENCLAVE", "127.0.0.1", str(port),
         *map(str, files)], env={**os.environ, "TCP_NODELAY": "1"},
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    acked: set[str] = set()
    current = ""
    assert proc.stdout is not None
    for line in proc.stdout:
        if m := _SENDING.search(line):
            current = m.group(1)
        elif _SUCCESS in line and current:
            acked.add(current)
            current = ""
            if on_ack is not None:
                on_ack(len(acked))
    proc.wait(timeout=60)
    return acked


@pytest.mark.parametrize("engine", ["pynetdicom", "native"])
def test_sigkill_during_push(tmp_path, nats_server, dicom, engine):
    if shutil.which("storescu") is None:
        pytest.skip("dcmtk's storescu is not installed: apt-get install dcmtk")
    outgoing = tmp_path / "outgoing"
    outgoing.mkdir()
    study = dicom.ct_study(COUNT)
    files = []
    for i, ds in enumerate(study):
        path = outgoing / f"{i:03d}.dcm"
        path.write_bytes(dicom.part10(ds))
        files.append(path)
    by_path = {str(p): ds for p, ds in zip(files, study)}
    data_dir, port = tmp_path / "data", free_port()
    log = tmp_path / "ingest.log"

    first = _start(data_dir, nats_server.url, port, log, engine)

    def kill_midway(acked: int) -> None:
        if acked == KILL_AFTER and first.poll() is None:
            first.send_signal(signal.SIGKILL)
    try:
        acked = _push(port, files, on_ack=kill_midway)
    finally:
        first.kill()
        first.wait()
    assert KILL_AFTER <= len(acked) < COUNT, len(acked)

    home = data_dir / "ingest"
    refs = RefDeriver(load_or_create_secret(home / "keys", REF_SECRET_NAME))
    study_ref = refs.study_ref(study[0].StudyInstanceUID)

    async def in_vault(paths) -> None:
        # read-only: the journal as it is on disk now (another process may be writing it)
        vault = open_journal_vault(home / "vault", home / "keys", readonly=True)
        for path in paths:
            key = f"instances/{study_ref}/{refs.instance_ref(by_path[path].SOPInstanceUID)}.dcm"
            stored = await vault.get(key=key)
            assert stored[-2048:] == Path(path).read_bytes()[-2048:]  # the pixel data
        vault.close()

    # every acknowledged instance survived the SIGKILL
    asyncio.run(in_vault(acked))

    second = _start(data_dir, nats_server.url, port, log, engine)
    try:
        missing = [p for p in files if str(p) not in acked]
        again = _push(port, missing)
        assert again == {str(p) for p in missing}
        asyncio.run(in_vault(by_path))
        journal = open_journal_vault(home / "vault", home / "keys", readonly=True)
        assert len(journal.keys(f"instances/{study_ref}/")) == COUNT
        journal.close()
        asyncio.run(_announced_once(nats_server.url, {refs.instance_ref(ds.SOPInstanceUID)
                                                      for ds in study}, study_ref))
    finally:
        _stop(second)


async def _announced_once(url: str, expected: set[str], study_ref: str) -> None:
    nc = await nats.connect(url)
    try:
        js = nc.jetstream()
        seen: list[events_pb2.StudyReceived] = []

        async def on_message(msg) -> None:
            seen.append(events_pb2.StudyReceived.FromString(msg.data))
        await js.subscribe("dicom.study.received.v1", cb=on_message, ordered_consumer=True)
        deadline = time.monotonic() + 30
        while sum(len(e.instance_refs) for e in seen) < len(expected):
            assert time.monotonic() < deadline, "study not announced"
            await asyncio.sleep(0.05)
        refs = [r for e in seen for r in e.instance_refs]
        assert sorted(refs) == sorted(expected)            # each instance exactly once
        assert {e.study_ref for e in seen} == {study_ref}
        assert [e.completion for e in seen] == list(range(1, len(seen) + 1))
        assert seen[-1].total_instances == len(expected)
    finally:
        await nc.close()


@pytest.mark.slow
def test_sigkill_under_the_stack_still_reaches_deidentification(tmp_path, dicom):
    """The same crash inside ``medenclave up``'s supervisor: the killed ingest is restarted by
    the supervisor, the sender re-sends, and deid announces every instance."""
    if shutil.which("storescu") is None:
        pytest.skip("dcmtk's storescu is not installed: apt-get install dcmtk")
    import threading

    from medenclave_cli.embedded_nats import admin_credentials
    from medenclave_cli.supervisor import Stack, StackConfig

    outgoing = tmp_path / "outgoing"
    outgoing.mkdir()
    study = dicom.ct_study(COUNT)
    files = []
    for i, ds in enumerate(study):
        path = outgoing / f"{i:03d}.dcm"
        path.write_bytes(dicom.part10(ds))
        files.append(path)
    stack = Stack(StackConfig(data_dir=tmp_path / "data", quiet_period_s=1.5).with_free_ports())
    eps = stack.start()
    stop = threading.Event()
    try:
        first = stack.children["ingest"].proc
        assert first is not None

        def kill_midway(acked: int) -> None:
            if acked == KILL_AFTER and first.poll() is None:
                first.send_signal(signal.SIGKILL)
        acked = _push(eps.dicom_port, files, on_ack=kill_midway)
        assert KILL_AFTER <= len(acked) < COUNT, len(acked)
        watcher = threading.Thread(target=stack.supervise, args=(stop.is_set,), daemon=True)
        watcher.start()
        deadline = time.monotonic() + 60
        while not (stack.children["ingest"].proc is not first and _echo_quietly(eps.dicom_port)):
            assert time.monotonic() < deadline, "ingest was not restarted"
            time.sleep(0.2)
        missing = [p for p in files if str(p) not in acked]
        assert _push(eps.dicom_port, missing) == {str(p) for p in missing}
        asyncio.run(_deidentified(eps.nats_url, COUNT, admin_credentials(tmp_path / "data", eps.nats_url)))
    finally:
        stop.set()
        stack.stop()


def _echo_quietly(port: int) -> bool:
    try:
        return _echo(port)
    except Exception:
        return False


async def _deidentified(url: str, count: int, credentials: dict | None = None) -> None:
    nc = await nats.connect(url, **(credentials or {}))
    try:
        done: list[events_pb2.StudyDeidentified] = []

        async def on_message(msg) -> None:
            done.append(events_pb2.StudyDeidentified.FromString(msg.data))
        await nc.jetstream().subscribe("deid.study.completed.v1", cb=on_message,
                                       ordered_consumer=True)
        deadline = time.monotonic() + 60
        while sum(e.instance_count for e in done) < count:
            assert time.monotonic() < deadline, f"deid announced {len(done)} completions"
            await asyncio.sleep(0.1)
        assert sum(e.instance_count for e in done) == count
        assert len({e.study_ref for e in done}) == 1
    finally:
        await nc.close()


def test_sigkill_between_journal_sync_and_catalog_commit(tmp_path, nats_server, dicom):
    """The catalog cannot commit (another connection holds SQLite's write lock) while an
    instance is journaled, synced and acknowledged; the process is SIGKILLed before its
    catalog commit. After the restart the catalog is rebuilt from the journal and the study
    is announced with the instance without any re-send; a re-send and a later addition do
    not announce it twice."""
    if shutil.which("storescu") is None:
        pytest.skip("dcmtk's storescu is not installed: apt-get install dcmtk")
    import sqlite3

    study = dicom.ct_study(2)
    files = []
    for i, ds in enumerate(study):
        path = tmp_path / f"{i}.dcm"
        path.write_bytes(dicom.part10(ds))
        files.append(path)
    data_dir, port = tmp_path / "data", free_port()
    log = tmp_path / "ingest.log"
    home = data_dir / "ingest"
    first = _start(data_dir, nats_server.url, port, log)
    refs = RefDeriver(load_or_create_secret(home / "keys", REF_SECRET_NAME))
    study_ref = refs.study_ref(study[0].StudyInstanceUID)
    ref_b, ref_c = (refs.instance_ref(ds.SOPInstanceUID) for ds in study)

    blocker = sqlite3.connect(home / "ingest.db", isolation_level=None, timeout=30)
    blocker.execute("BEGIN EXCLUSIVE")  # the catalog's commit waits behind this
    try:
        assert _push(port, [files[0]]) == {str(files[0])}  # Success: journaled and synced
        first.send_signal(signal.SIGKILL)                   # before the catalog commit
        first.wait()
    finally:
        first.kill()
        blocker.execute("ROLLBACK")
        blocker.close()
    with sqlite3.connect(home / "ingest.db") as db:
        assert db.execute("SELECT count(*) FROM ingest_instances").fetchone() == (0,)
    journal = open_journal_vault(home / "vault", home / "keys", readonly=True)
    assert journal.keys() == [f"instances/{study_ref}/{ref_b}.dcm"]
    journal.close()

    second = _start(data_dir, nats_server.url, port, log)
    try:
        asyncio.run(_announced_once(nats_server.url, {ref_b}, study_ref))  # from the journal
        assert _push(port, [files[0]]) == {str(files[0])}                # a re-send
        assert _push(port, [files[1]]) == {str(files[1])}                # an addition
        asyncio.run(_announced_once(nats_server.url, {ref_b, ref_c}, study_ref))
    finally:
        _stop(second)
