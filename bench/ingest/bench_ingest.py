"""C-STORE throughput and latency: MedEnclave ingest vs Orthanc, same files, same machine.

dcmtk's ``storescu`` pushes the same synthetic 300-instance CT series (512×512, 16 bit,
~513 KB per instance) to

* MedEnclave ingest, run as its own process (``python -m medenclave_ingest``): each instance
  envelope-encrypted and appended with its catalog record to the vault's journal, and Success
  only after that record's ``fdatasync`` and the JetStream PubAcks of
  ``dicom.instance.stored`` and of its audit record (published while the sync runs); the
  SQL catalog follows in batches (SQLite, synchronous=NORMAL, rebuilt from the journal);
* Orthanc (Debian package) with its default storage settings;

once with a default storescu and once with ``TCP_NODELAY=1`` in the environment of storescu
and of Orthanc (dcmtk reads that variable; MedEnclave's SCP always sets TCP_NODELAY and
re-arms TCP_QUICKACK on its sockets). Per-instance latency is the time between storescu's
"Sending Store Request" and "Received Store Response" log lines (read as they come).

Both DICOM engines run as contenders: ``DICOM_ENGINE=pynetdicom`` ("MedEnclave pynetdicom") and the
native asyncio receiver ``DICOM_ENGINE=native`` ("MedEnclave native", the default), same durability.

Then, per engine: time from the start of a 324-slice push (Nagle-free storescu) to ``dicom.study.received``
(the quiet period, reported separately, is part of it).

Each receiver starts fresh (new data folder) for each push, after ``sync``; the contenders take
turns for ``--rounds`` rounds and each one's median run is reported, since this 2-core machine's
rates drift by tens of percent between runs.

    .venv/bin/python bench/ingest/bench_ingest.py [--count 300] [--ct 324] [--quiet 0.5]
                                                  [--rounds 3]

Under load (``--senders 10 --instances 300``): 10 Nagle-free storescu processes at once, each
with its own 300-instance series (3,000 distinct instances), against MedEnclave ingest (native
engine, fresh data folder, after ``sync``) and against Orthanc (``DicomThreadsCount`` raised to
the number of senders, so it serves them all at once too), taking turns for ``--rounds``
rounds. Reported per contender (median round): instances acknowledged of those sent, aggregate
instances/s (all acknowledged / wall time from the first sender's start to the last one's
end), C-STORE latency p50/p99 over every sender, and the receiver's peak RSS (``VmHWM``) with
its RSS before the push. ``--burn N`` runs N CPU-burning processes during every push (a stand-in
for a training job on the same machine).

    .venv/bin/python bench/ingest/bench_ingest.py --senders 10 --instances 300 [--rounds 3]
                                                  [--burn 0]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import nats
import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid
from pynetdicom import AE
from pynetdicom.sop_class import Verification  # type: ignore[attr-defined]

from medenclave_cli.embedded_nats import NatsServer
from medenclave_testing import free_port

#: (label, MEDENCLAVE_INGEST_DICOM_ENGINE) of the MedEnclave contenders
ENGINES = [("MedEnclave pynetdicom", "pynetdicom"), ("MedEnclave native", "native")]


def write_series(folder: Path, count: int, size: int = 512) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    study, series = generate_uid(), generate_uid()
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 2000, (size, size), dtype=np.int16).tobytes()
    paths = []
    for i in range(count):
        ds = Dataset()
        ds.SOPClassUID, ds.SOPInstanceUID = CTImageStorage, generate_uid()
        ds.StudyInstanceUID, ds.SeriesInstanceUID = study, series
        ds.PatientName, ds.PatientID, ds.Modality = "Bench^Synthetic", "BENCH1", "CT"
        ds.InstanceNumber, ds.ImagePositionPatient = i + 1, [0.0, 0.0, float(i)]
        ds.Rows = ds.Columns = size
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 1
        ds.PixelData = pixels
        ds.file_meta = FileMetaDataset()
        ds.file_meta.MediaStorageSOPClassUID = ds.SOPClassUID
        ds.file_meta.MediaStorageSOPInstanceUID = ds.SOPInstanceUID
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        path = folder / f"{i:04d}.dcm"
        ds.save_as(path, enforce_file_format=True)
        paths.append(path)
    return paths


def echo_ok(port: int, aet: str) -> bool:
    ae = AE(ae_title="BENCH")
    ae.add_requested_context(Verification)
    try:
        assoc = ae.associate("127.0.0.1", port, ae_title=aet)
    except Exception:
        return False
    if not assoc.is_established:
        return False
    assoc.release()
    return True


def wait_echo(port: int, aet: str, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{aet} exited")
        if echo_ok(port, aet):
            return
        time.sleep(0.2)
    raise RuntimeError(f"{aet} did not start")


def start_medenclave(home: Path, nats_url: str, quiet: float,
                     engine: str = "pynetdicom") -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "MEDENCLAVE_INGEST_DATA_DIR": str(home),
           "MEDENCLAVE_INGEST_DICOM_ENGINE": engine,
           "MEDENCLAVE_INGEST_NATS_URL": nats_url,
           "MEDENCLAVE_INGEST_GRPC_PORT": str(free_port()),
           "MEDENCLAVE_INGEST_ACCESS_ENDPOINT": f"127.0.0.1:{free_port()}",
           "MEDENCLAVE_INGEST_DICOM_PORT": str(port),
           "MEDENCLAVE_INGEST_QUIET_PERIOD_S": str(quiet),
           "MEDENCLAVE_INGEST_ASSEMBLER_INTERVAL_S": "0.05",
           "MEDENCLAVE_INGEST_LOG_LEVEL": "WARNING"}
    proc = subprocess.Popen([sys.executable, "-m", "medenclave_ingest"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_echo(port, "MEDENCLAVE", proc)
    return proc, port


def start_orthanc(home: Path, nodelay: bool, threads: int | None = None,
                  ) -> tuple[subprocess.Popen, int]:
    http_port, port = free_port(), free_port()
    home.mkdir(parents=True, exist_ok=True)
    config = {"Name": "bench", "StorageDirectory": str(home / "storage"),
              "IndexDirectory": str(home / "index"), "HttpPort": http_port, "DicomPort": port,
              "DicomAet": "ORTHANC", "RemoteAccessAllowed": False, "Plugins": [],
              "DicomCheckCalledAet": False, "StorageCompression": False}
    if threads is not None:
        config["DicomThreadsCount"] = threads
    (home / "orthanc.json").write_text(json.dumps(config))
    env = {k: v for k, v in os.environ.items() if k != "TCP_NODELAY"}
    if nodelay:
        env["TCP_NODELAY"] = "1"
    proc = subprocess.Popen(["Orthanc", str(home / "orthanc.json")], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_echo(port, "ORTHANC", proc)
    return proc, port


def _storescu(port: int, aet: str, files: list[Path], nodelay: bool) -> subprocess.Popen:
    env = dict(os.environ)
    env.pop("TCP_NODELAY", None)
    if nodelay:
        env["TCP_NODELAY"] = "1"
    return subprocess.Popen(["storescu", "-v", "-aet", "BENCHSCU", "-aec", aet, "127.0.0.1",
                             str(port), *map(str, files)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, bufsize=1)


def _read_sender(proc: subprocess.Popen) -> tuple[int, list[float]]:
    """Acknowledged (Success) count and per-instance latencies from storescu's -v log."""
    latencies, ok, sent_at = [], 0, None
    assert proc.stderr is not None
    for line in proc.stderr:
        now = time.perf_counter()
        if "Sending Store Request" in line:
            sent_at = now
        elif "Received Store Response" in line and sent_at is not None:
            latencies.append(now - sent_at)
            ok += "(Success)" in line
            sent_at = None
    proc.wait()
    return ok, latencies


def _summary(ok: int, elapsed: float, latencies: list[float]) -> dict:
    latencies = sorted(latencies)
    return {"ok": ok, "seconds": elapsed, "rate": ok / elapsed,
            "p50_ms": 1000 * statistics.median(latencies),
            "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))]}


def push(port: int, aet: str, files: list[Path], nodelay: bool) -> dict:
    started = time.perf_counter()
    ok, latencies = _read_sender(_storescu(port, aet, files, nodelay))
    return _summary(ok, time.perf_counter() - started, latencies)


def push_many(port: int, aet: str, series: list[list[Path]]) -> dict:
    """Every series from its own Nagle-free storescu, all at once; pooled figures."""
    results: list[tuple[int, list[float]]] = []
    started = time.perf_counter()
    procs = [_storescu(port, aet, files, True) for files in series]
    readers = [threading.Thread(target=lambda p=p: results.append(_read_sender(p)))
               for p in procs]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    elapsed = time.perf_counter() - started
    summary = _summary(sum(ok for ok, _ in results), elapsed,
                       [t for _, each in results for t in each])
    summary["failed_senders"] = sum(p.returncode != 0 for p in procs)
    return summary


def _rss_kib(pid: int, field: str) -> int:
    """``VmRSS`` or ``VmHWM`` (peak) of a process, in KiB (0 when unreadable)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _burners(count: int) -> list[subprocess.Popen]:
    """CPU-burning processes standing in for a training job on the same machine."""
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(count)]


def run_load(args: argparse.Namespace, root: Path) -> None:
    """``--senders``: concurrent storescu associations against MedEnclave and Orthanc."""
    series = [write_series(root / f"sender-{k}", args.instances) for k in range(args.senders)]
    sent = args.senders * args.instances
    runs: dict[str, list[dict]] = {}
    with NatsServer(root / "nats") as server:
        for round_ in range(args.rounds):
            for name in ("Orthanc", "MedEnclave native"):
                os.sync()
                home = root / f"load-{name.split()[0]}-{round_}"
                if name == "Orthanc":
                    proc, port = start_orthanc(home, True, threads=args.senders)
                    aet = "ORTHANC"
                else:
                    proc, port = start_medenclave(home, server.url, args.quiet, "native")
                    aet = "MEDENCLAVE"
                burners = _burners(args.burn)
                try:
                    before = _rss_kib(proc.pid, "VmRSS")
                    result = push_many(port, aet, series)
                    result["rss_before_mib"] = before / 1024
                    result["rss_peak_mib"] = _rss_kib(proc.pid, "VmHWM") / 1024
                    runs.setdefault(name, []).append(result)
                finally:
                    for burner in burners:
                        burner.kill()
                        burner.wait()
                    proc.terminate()
                    proc.wait()
                    shutil.rmtree(home, ignore_errors=True)
    results = {name: _median_run(each) for name, each in runs.items()}
    print(f"{args.senders} concurrent Nagle-free storescu x {args.instances} instances of "
          f"{series[0][0].stat().st_size // 1024} KiB ({sent} sent), loopback, "
          f"{args.burn} CPU burner(s); median of {args.rounds} interleaved rounds")
    print(f"{'receiver':<18} {'acked':>6} {'failed':>6} {'inst/s':>8} {'p50 ms':>8} "
          f"{'p99 ms':>8} {'RSS MiB':>8} {'peak MiB':>9}")
    for name, r in results.items():
        each = ", ".join(f"{run['rate']:.0f}" for run in runs[name])
        print(f"{name:<18} {r['ok']:>6} {r['failed_senders']:>6} {r['rate']:>8.1f} "
              f"{r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {r['rss_before_mib']:>8.0f} "
              f"{r['rss_peak_mib']:>9.0f}  [{each}]")
    ratio = results["MedEnclave native"]["rate"] / results["Orthanc"]["rate"]
    print(f"MedEnclave native / Orthanc aggregate rate: {ratio:.2f}x "
          f"(goal >= 2x: {'reached' if ratio >= 2 else 'not reached'})")


def _median_run(runs: list[dict]) -> dict:
    """The run with the median rate (its latencies with it)."""
    return sorted(runs, key=lambda run: run["rate"])[len(runs) // 2]


async def time_to_received(nats_url: str, port: int, files: list[Path]) -> float:
    nc = await nats.connect(nats_url)
    got = asyncio.Event()
    try:
        js = nc.jetstream()
        await js.subscribe("dicom.study.received.v1", cb=lambda m: _set(got),
                           deliver_policy="new")
        started = time.perf_counter()
        await asyncio.to_thread(push, port, "MEDENCLAVE", files, True)
        await asyncio.wait_for(got.wait(), 60)
        return time.perf_counter() - started
    finally:
        await nc.close()


async def _set(event: asyncio.Event) -> None:
    event.set()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--ct", type=int, default=324)
    ap.add_argument("--quiet", type=float, default=0.5)
    ap.add_argument("--rounds", type=int, default=3,
                    help="interleaved rounds; each contender's median run is reported")
    ap.add_argument("--senders", type=int, default=1,
                    help="more than 1: that many concurrent storescu (the load mode)")
    ap.add_argument("--instances", type=int, default=300,
                    help="load mode: instances per sender (each sender its own series)")
    ap.add_argument("--burn", type=int, default=0,
                    help="load mode: CPU-burning processes during every push")
    args = ap.parse_args()
    for tool in ("storescu", "Orthanc"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is required (apt-get install dcmtk orthanc)")
    root = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    if args.senders > 1:
        try:
            run_load(args, root)
        finally:
            shutil.rmtree(root, ignore_errors=True)
        return
    try:
        files = write_series(root / "series", args.count)
        ct = write_series(root / "ct", args.ct)
        runs: dict[tuple[str, str], list[dict]] = {}
        with NatsServer(root / "nats") as server:
            for round_ in range(args.rounds):
                for nodelay in (False, True):
                    label = "TCP_NODELAY=1" if nodelay else "default sender"
                    os.sync()  # every contender starts with the disk's write-back done
                    home = root / f"orthanc-{nodelay}-{round_}"
                    orthanc, o_port = start_orthanc(home, nodelay)
                    try:
                        runs.setdefault(("Orthanc", label), []).append(
                            push(o_port, "ORTHANC", files, nodelay))
                    finally:
                        orthanc.terminate()
                        orthanc.wait()
                        shutil.rmtree(home, ignore_errors=True)
                    for name, engine in ENGINES:
                        os.sync()
                        home = root / f"{engine}-{nodelay}-{round_}"
                        ours, m_port = start_medenclave(home, server.url, args.quiet, engine)
                        try:
                            runs.setdefault((name, label), []).append(
                                push(m_port, "MEDENCLAVE", files, nodelay))
                        finally:
                            ours.terminate()
                            ours.wait()
                            shutil.rmtree(home, ignore_errors=True)
            results = {key: _median_run(each) for key, each in runs.items()}
            received = {}
            for name, engine in ENGINES:
                ours, m_port = start_medenclave(root / f"{engine}-ct", server.url, args.quiet,
                                                engine)
                try:
                    received[name] = asyncio.run(time_to_received(server.url, m_port, ct))
                finally:
                    ours.terminate()
                    ours.wait()
        print(f"{args.count} instances of {files[0].stat().st_size // 1024} KiB, loopback; "
              f"median of {args.rounds} interleaved rounds (each round's rates in brackets)")
        print(f"{'receiver':<18} {'sender':<15} {'ok':>4} {'inst/s':>8} {'p50 ms':>8} "
              f"{'p99 ms':>8}")
        for (peer, label), r in results.items():
            each = ", ".join(f"{run['rate']:.0f}" for run in runs[(peer, label)])
            print(f"{peer:<18} {label:<15} {r['ok']:>4} {r['rate']:>8.1f} {r['p50_ms']:>8.2f} "
                  f"{r['p99_ms']:>8.2f}  [{each}]")
        for label in ("default sender", "TCP_NODELAY=1"):
            for name, _ in ENGINES:
                ratio = results[(name, label)]["rate"] / results[("Orthanc", label)]["rate"]
                print(f"{name} / Orthanc rate, {label}: {ratio:.2f}x")
        for name, _ in ENGINES:
            print(f"{args.ct}-slice CT, {name}: push start -> dicom.study.received "
                  f"{received[name]:.2f} s (quiet period {args.quiet} s included)")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
