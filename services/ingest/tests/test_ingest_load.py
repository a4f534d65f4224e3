"""Ingest under load: 10 concurrent senders × 300 instances while a training job runs.

The service runs as a real OS process (``python -m medenclave_ingest``, native DICOM engine,
journal vault: every Success only after a grouped ``fdatasync`` covering the instance). Ten
senders push at once, each its own study of 300 synthetic CT instances (128×128, ~33 KiB;
~100 MB in all): dcmtk's storescu when installed, else pynetdicom SCU threads (each
association's reactor race closed: ``medenclave_testing.dicom_scu``). Meanwhile a
real small training job (the training service's ``TorchTrainer`` on synthetic images, two
torch threads, in a loop) runs in its own process and competes for the CPUs; where torch is
not installed a CPU-burning process stands in for it, and the test says so in its output.

Asserted: every association succeeded and every instance was acknowledged (3,000 of 3,000);
none lost: after a clean stop each study has all 300 instances in the journal and in the
catalog; the ingest process grew by less than ``RSS_BOUND`` (peak RSS, ``VmHWM``, against its
RSS before the push; the push itself is ~100 MB, so nothing of it is kept in memory); the
training job ran throughout. The C-STORE latency p50/p99 (pooled over every sender) and the
aggregate rate are printed and recorded as test properties: reported, never asserted.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pydicom.uid import generate_uid
from pynetdicom import AE
from pynetdicom.sop_class import CTImageStorage, Verification  # type: ignore[attr-defined]

from medenclave.security.crypto import load_or_create_secret
from medenclave_ingest.adapters.outbound.journal_vault import open_journal_vault
from medenclave_ingest.core.refs import RefDeriver
from medenclave_ingest.main import REF_SECRET_NAME
from medenclave_testing import free_port
from medenclave_testing.dicom_scu import close_reactor_race

SENDERS = 10
PER_SENDER = 300
SIZE = 128
MIB = 1024 * 1024
RSS_BOUND = 64 * MIB   # well under the ~100 MB pushed
_SUCCESS = "Received Store Response (Success)"
_SENDING = re.compile(r"Sending Store Request")

TRAINER = """
import sys
from medenclave_testing.training_data import training_data
from medenclave_training.adapters.outbound.torch_trainer import TorchTrainer
data = training_data(64, 24)
trainer = TorchTrainer(torch_threads=2)
print("running", flush=True)
while True:
    trainer.train_blocking(data=data, epochs=2, seed=3)
    print("trained", flush=True)
"""
BURNER = "print('running', flush=True)\nwhile True: pass\n"


def _status_kib(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(f"{field} not in /proc/{pid}/status")


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _echo(port: int) -> bool:
    ae = AE(ae_title="PROBE")
    ae.add_requested_context(Verification)
    assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE")
    if not assoc.is_established:
        return False
    ok = assoc.send_c_echo().Status == 0
    assoc.release()
    return ok


def _start_ingest(data_dir: Path, nats_url: str, port: int, log: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "MEDENCLAVE_INGEST_DATABASE_URL"}
    env.update({"MEDENCLAVE_INGEST_DICOM_ENGINE": "native",
                "MEDENCLAVE_INGEST_DATA_DIR": str(data_dir),
                "MEDENCLAVE_INGEST_NATS_URL": nats_url,
                "MEDENCLAVE_INGEST_GRPC_PORT": str(free_port()),
                "MEDENCLAVE_INGEST_ACCESS_ENDPOINT": f"127.0.0.1:{free_port()}",
                "MEDENCLAVE_INGEST_DICOM_PORT": str(port),
                "MEDENCLAVE_INGEST_MAX_ASSOCIATIONS": str(SENDERS),
                "MEDENCLAVE_INGEST_QUIET_PERIOD_S": "30",
                "MEDENCLAVE_INGEST_LOG_LEVEL": "WARNING"})
    proc = subprocess.Popen([sys.executable, "-m", "medenclave_ingest"], env=env,
                            stdout=log.open("ab"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        assert proc.poll() is None, log.read_text()[-2000:]
        try:
            if _echo(port):
                return proc
        except Exception:
            pass
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("ingest did not start")


def _start_background() -> tuple[subprocess.Popen, str]:
    """The training job (or, without torch, a CPU burner standing in for it), running."""
    try:
        import torch  # noqa: F401
        code, what = TRAINER, "a TorchTrainer training loop"
    except ImportError:
        code, what = BURNER, "a CPU-burning process (torch not installed)"
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "running", "the background job did not start"
    return proc, what


def _storescu(port: int, files: list[Path]) -> tuple[int, list[float], int]:
    """One storescu association: (acknowledged, latencies in s, exit status)."""
    proc = subprocess.Popen(
        ["storescu", "-v", "-aet", f"LOAD{os.getpid() % 1000}", "-aec", "MEDENCLAVE",
         "127.0.0.1", str(port), *map(str, files)], env={**os.environ, "TCP_NODELAY": "1"},
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    acked, latencies, sent_at = 0, [], None
    assert proc.stderr is not None
    for line in proc.stderr:
        now = time.perf_counter()
        if _SENDING.search(line):
            sent_at = now
        elif "Received Store Response" in line and sent_at is not None:
            latencies.append(now - sent_at)
            acked += _SUCCESS in line
            sent_at = None
    return acked, latencies, proc.wait(timeout=120)


def _pynetdicom(port: int, datasets: list) -> tuple[int, list[float], int]:
    """The same with a pynetdicom SCU (when dcmtk is not installed). Its reactor race is
    closed first: under this load pynetdicom's own reactor thread otherwise takes and drops
    some responses, and those stores wait until the server's idle timeout ends them."""
    ae = AE(ae_title="LOADSCU")
    ae.add_requested_context(CTImageStorage)
    assoc = ae.associate("127.0.0.1", port, ae_title="MEDENCLAVE")
    if not assoc.is_established:
        return 0, [], 1
    close_reactor_race(assoc)
    acked, latencies = 0, []
    for ds in datasets:
        started = time.perf_counter()
        status = assoc.send_c_store(ds)
        latencies.append(time.perf_counter() - started)
        acked += getattr(status, "Status", None) == 0
    assoc.release()
    return acked, latencies, 0


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def test_ten_senders_while_training_lose_nothing_and_stay_bounded(
        tmp_path, nats_server, dicom, record_property):
    studies = [[dicom.ct_instance(study, series, i + 1, size=SIZE) for i in range(PER_SENDER)]
               for study, series in ((generate_uid(), generate_uid()) for _ in range(SENDERS))]
    with_dcmtk = shutil.which("storescu") is not None
    folders: list[list[Path]] = []
    if with_dcmtk:
        for k, study in enumerate(studies):
            (tmp_path / f"sender-{k}").mkdir()
            folders.append([])
            for i, ds in enumerate(study):
                path = tmp_path / f"sender-{k}" / f"{i:03d}.dcm"
                path.write_bytes(dicom.part10(ds))
                folders[k].append(path)
    data_dir, port = tmp_path / "data", free_port()
    ingest = _start_ingest(data_dir, nats_server.url, port, tmp_path / "ingest.log")
    background, what = _start_background()
    results: list[tuple[int, list[float], int]] = []
    try:
        rss_before = _status_kib(ingest.pid, "VmRSS") * 1024
        cpu_before, started = _cpu_seconds(background.pid), time.perf_counter()

        def send(k: int) -> None:
            results.append(_storescu(port, folders[k]) if with_dcmtk
                           else _pynetdicom(port, studies[k]))
        senders = [threading.Thread(target=send, args=(k,)) for k in range(SENDERS)]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join(timeout=300)
        elapsed = time.perf_counter() - started
        growth = _status_kib(ingest.pid, "VmHWM") * 1024 - rss_before
        background_cpu = _cpu_seconds(background.pid) - cpu_before
        assert background.poll() is None, "the training job stopped during the push"
    finally:
        background.kill()
        background.wait()
        ingest.send_signal(signal.SIGTERM)   # a clean stop: the catalog batches are flushed
        try:
            ingest.wait(timeout=30)
        except subprocess.TimeoutExpired:
            ingest.kill()
            ingest.wait()

    latencies = [t for _, each, _ in results for t in each]
    acked = sum(a for a, _, _ in results)
    p50, p99 = 1000 * statistics.median(latencies), 1000 * _percentile(latencies, 0.99)
    report = (f"{SENDERS} {'storescu' if with_dcmtk else 'pynetdicom'} senders x {PER_SENDER}: "
              f"{acked} acknowledged in {elapsed:.1f} s ({acked / elapsed:.0f} inst/s), "
              f"C-STORE p50 {p50:.1f} ms p99 {p99:.1f} ms, ingest RSS +{growth / MIB:.1f} MiB "
              f"(peak), beside {what} ({background_cpu:.1f} CPU s during the push)")
    print(report)
    for name, value in (("c_store_p50_ms", p50), ("c_store_p99_ms", p99),
                        ("instances_per_s", acked / elapsed), ("rss_growth_mib", growth / MIB)):
        record_property(name, round(value, 2))

    assert len(results) == SENDERS and all(rc == 0 for _, _, rc in results), results
    assert acked == SENDERS * PER_SENDER, report
    assert growth < RSS_BOUND, report
    assert background_cpu > 0.1 * elapsed, f"the training job hardly ran: {report}"

    home = data_dir / "ingest"
    refs = RefDeriver(load_or_create_secret(home / "keys", REF_SECRET_NAME))
    study_refs = [refs.study_ref(study[0].StudyInstanceUID) for study in studies]
    journal = open_journal_vault(home / "vault", home / "keys", readonly=True)
    try:
        for study_ref, study in zip(study_refs, studies):
            keys = set(journal.keys(f"instances/{study_ref}/"))
            assert keys == {f"instances/{study_ref}/{refs.instance_ref(ds.SOPInstanceUID)}.dcm"
                            for ds in study}
    finally:
        journal.close()
    with sqlite3.connect(home / "ingest.db") as db:
        counts = dict(db.execute("SELECT study_ref, COUNT(*) FROM ingest_instances "
                                 "GROUP BY study_ref").fetchall())
    assert counts == dict.fromkeys(study_refs, PER_SENDER)


@pytest.fixture(autouse=True)
def _linux_only():
    if not Path("/proc/self/status").exists():
        pytest.skip("reads /proc for the RSS of the ingest process")
