"""DICOM de-identification as a user runs it: the ``medenclave deid dicom`` CLI, cold.

Every contender is a fresh process started the way its documentation says, timed from launch
to exit (imports, state set-up and writing every output included), on the same files in the
same run, in interleaved rounds (best of ``--repeat``, so a busy machine slows all alike):

* ``medenclave``: ``medenclave deid dicom SRC DST --state-dir FRESH`` (a new state dir each
  round: new secrets, empty pseudonym index and escrow), and again with ``--workers N``;
* ``dicognito``: its CLI, ``python -m dicognito --output-directory DST SRC`` (installed into a
  separate folder given with ``--peer-site``; absent: skipped and said so);
* ``bare``: a fresh Python that imports pydicom and does ``dcmread`` + ``dcmwrite`` of every
  file into DST (the floor for any pydicom-based tool).

Two sets, both generated here: *header-heavy*, ``--copies`` copies of pydicom's CT_small (each
with its own study/series/instance UIDs and patient; ~100 private elements, 128×128 pixels),
and *pixel-heavy*, a ``--slices``-slice 512×512 16-bit CT series (``bench_deid_dicom.ct_series``:
with a study description and a private block, as a scanner writes them). Also the start-up time: the
CLI on an empty folder.

Reported per set: seconds and files/s per contender, ``medenclave / dicognito`` speed ratio
(goal ≥ 2) and ``medenclave time / bare time`` per core (goal ≤ 1.5; with N workers the
medenclave time is multiplied by N); and the same from CPU seconds (user + sys of the process and
its workers), which other load on the machine inflates less. Run::

    .venv/bin/pip install --target /tmp/deid-bench-site dicognito
    .venv/bin/python bench/deid/bench_deid_cli.py --peer-site /tmp/deid-bench-site

(``--sets pixel`` or ``--sets header`` runs one set only.)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pydicom
from bench_deid_dicom import ct_series  # the same series as the in-process benchmark
from pydicom.uid import generate_uid

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

_BARE = """
import sys
from pathlib import Path
import pydicom
src, dst = Path(sys.argv[1]), Path(sys.argv[2])
dst.mkdir(parents=True, exist_ok=True)
for i, path in enumerate(sorted(p for p in src.rglob('*') if p.is_file())):
    ds = pydicom.dcmread(path)
    ds.save_as(dst / f'{i:06d}.dcm', enforce_file_format=True)
"""


def _header_heavy(folder: Path, copies: int) -> None:
    from pydicom.data import get_testdata_file

    template = pydicom.dcmread(get_testdata_file("CT_small.dcm"))
    folder.mkdir(parents=True)
    for i in range(copies):
        ds = template.copy()
        ds.StudyInstanceUID = generate_uid()
        ds.SeriesInstanceUID = generate_uid()
        ds.SOPInstanceUID = ds.file_meta.MediaStorageSOPInstanceUID = generate_uid()
        ds.PatientName = f"Patient^Number{i // 20}"
        ds.PatientID = f"P{i // 20:05d}"
        ds.save_as(folder / f"ct-{i:04d}.dcm", enforce_file_format=True)


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + sys, its worker processes included) of one run:
    on a machine busy with other work the CPU seconds are inflated less than the wall."""
    cpu, start = _child_cpu(), time.perf_counter()
    done = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          check=False)
    elapsed = time.perf_counter() - start
    if done.returncode:
        raise SystemExit(f"{cmd[:3]} failed ({done.returncode}): {done.stderr[-800:]!r}")
    return elapsed, _child_cpu() - cpu


def _contenders(workers: int, peer_site: Path | None) -> dict[str, object]:
    """name → function (src, dst, scratch) → (argv, env)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    cli = str(BIN / "medenclave")

    def medenclave(n: int):
        def run(src: Path, dst: Path, scratch: Path):
            extra = ["--workers", str(n)] if n > 1 else []
            return [cli, "deid", "dicom", str(src), str(dst),
                    "--state-dir", str(scratch / "state"), *extra], env
        return run

    out: dict[str, object] = {
        "bare": lambda src, dst, scratch: ([sys.executable, "-c", _BARE, str(src), str(dst)], env),
        "medenclave": medenclave(1),
    }
    if workers > 1:
        out[f"medenclave --workers {workers}"] = medenclave(workers)
    if peer_site is not None:
        peer_env = {**env, "PYTHONPATH": str(peer_site)}
        out["dicognito"] = lambda src, dst, scratch: (
            [sys.executable, "-m", "dicognito", "--quiet", "--output-directory", str(dst),
             str(src)], peer_env)
    return out


def _bench_set(name: str, src: Path, files: int, contenders: dict[str, object], repeat: int,
               workers: int, work: Path) -> dict[str, object]:
    best: dict[str, float] = {}
    best_cpu: dict[str, float] = {}
    for round_ in range(repeat):
        for who, make in contenders.items():
            scratch = work / f"{name}-{round_}-{who.replace(' ', '_')}"
            scratch.mkdir()
            argv, env = make(src, scratch / "out", scratch)  # type: ignore[operator]
            seconds, cpu = _timed(argv, env)
            best[who] = min(best.get(who, seconds), seconds)
            best_cpu[who] = min(best_cpu.get(who, cpu), cpu)
            shutil.rmtree(scratch)
    result: dict[str, object] = {
        "files": files,
        "seconds": {k: round(v, 3) for k, v in best.items()},
        "cpu_seconds": {k: round(v, 3) for k, v in best_cpu.items()},
        "files_per_s": {k: round(files / v, 1) for k, v in best.items()},
    }
    ratios: dict[str, float] = {}
    for who in best:
        if not who.startswith("medenclave"):
            continue
        cores = workers if "--workers" in who else 1
        ratios[f"{who}: time per core / bare"] = round(best[who] * cores / best["bare"], 2)
        ratios[f"{who}: cpu / bare cpu"] = round(best_cpu[who] / best_cpu["bare"], 2)
        if "dicognito" in best:
            ratios[f"{who}: speed / dicognito"] = round(best["dicognito"] / best[who], 2)
            ratios[f"{who}: cpu, dicognito / medenclave"] = round(
                best_cpu["dicognito"] / best_cpu[who], 2)
    result["ratios"] = ratios
    return result


def _startup(repeat: int, work: Path) -> float:
    empty = work / "empty"
    empty.mkdir()
    best = float("inf")
    for i in range(repeat):
        argv = [str(BIN / "medenclave"), "deid", "dicom", str(empty), str(work / f"e{i}"),
                "--state-dir", str(work / f"s{i}")]
        best = min(best, _timed(argv, dict(os.environ))[0])
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=600, help="CT_small copies")
    parser.add_argument("--slices", type=int, default=120, help="512×512 CT slices")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--peer-site", type=Path, help="folder with dicognito installed")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--sets", nargs="+", choices=("header", "pixel"),
                        default=["header", "pixel"], help="which sets to run (default both)")
    args = parser.parse_args()

    peer = args.peer_site
    if peer is not None and not (peer / "dicognito").is_dir():
        raise SystemExit(f"--peer-site {peer}: no dicognito there")
    contenders = _contenders(args.workers, peer)
    with tempfile.TemporaryDirectory(prefix="medenclave-bench-cli-") as tmp:
        work = Path(tmp)
        results: dict[str, object] = {
            "path": "CLI, cold: a fresh process per run, timed launch to exit",
            "cores": os.cpu_count(),
            "dicognito": "measured" if peer else "not installed (pass --peer-site)",
            "startup_s": round(_startup(args.repeat, work), 3),
        }
        if "header" in args.sets:
            _header_heavy(work / "header-heavy", args.copies)
            results["header-heavy (CT_small copies)"] = _bench_set(
                "header", work / "header-heavy", args.copies, contenders, args.repeat,
                args.workers, work)
        if "pixel" in args.sets:
            (work / "pixel-heavy").mkdir()
            ct_series(work / "pixel-heavy", args.slices, 512)
            results["pixel-heavy (512x512 CT)"] = _bench_set(
                "pixel", work / "pixel-heavy", args.slices, contenders, args.repeat,
                args.workers, work)
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
