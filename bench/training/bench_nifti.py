"""DICOM → NIfTI: ``medenclave convert nifti`` against dcm2niix on the same series, same run.

Contenders, timed on the same folder in interleaved rounds (best of ``--repeat``):

* ``dcm2niix``: ``dcm2niix -z y -f %s -o OUT SRC``, a fresh process (cold; it compresses with
  pigz -6 when pigz is installed, else its built-in zlib);
* ``ours-cli``: ``python -m medenclave_cli convert nifti SRC OUT``, a fresh process (cold:
  interpreter start, imports of pydicom/nibabel/numpy included);
* ``ours-warm``: ``convert_folder(SRC, OUT)`` in this process after one untimed run (warm).

The series are generated here (``medenclave_testing.volumes``: shuffled file order, random
int16 pixels, so gzip gains little; nibabel writes gzip level 1). Reported: seconds, series/s
and MB/s of DICOM input, and each of ours as a multiple of dcm2niix's time (goal ≤ 2). Run::

    .venv/bin/python bench/training/bench_nifti.py [--series 3 --slices 96 --size 512]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from medenclave_testing.volumes import OBLIQUE, SeriesSpec, write_series
from medenclave_training.offline import convert_folder

ROOT = Path(__file__).resolve().parents[2]


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--series", type=int, default=3)
    ap.add_argument("--slices", type=int, default=96)
    ap.add_argument("--size", type=int, default=512)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    dcm2niix = shutil.which("dcm2niix")
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        src = tmp / "src"
        for i in range(args.series):
            write_series(src / f"s{i}", SeriesSpec(
                rows=args.size, cols=args.size, slices=args.slices, series_number=i + 1,
                orientation=OBLIQUE if i % 2 else SeriesSpec().orientation, slope=1.0,
                intercept=-1024.0, seed=i))
        mb = sum(p.stat().st_size for p in src.rglob("*.dcm")) / 1e6
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        runs = {
            "dcm2niix": (lambda out: subprocess.run(
                [dcm2niix, "-z", "y", "-f", "%s", "-o", str(out), str(src)], check=True,
                capture_output=True)) if dcm2niix else None,
            "ours-cli": lambda out: subprocess.run(
                [sys.executable, "-m", "medenclave_cli", "convert", "nifti", str(src), str(out)],
                check=True, capture_output=True, env=env, cwd=ROOT),
            "ours-warm": lambda out: convert_folder(src, out),
        }
        convert_folder(src, tmp / "warmup")  # the warm contender's untimed first run
        best: dict[str, float] = {}
        for r in range(args.repeat):
            for name, run in runs.items():
                if run is None:
                    continue
                out = tmp / f"{name}-{r}"
                out.mkdir()
                seconds = _timed(lambda run=run, out=out: run(out))
                best[name] = min(best.get(name, seconds), seconds)
                shutil.rmtree(out)
    result: dict[str, object] = {"series": args.series, "slices": args.slices,
                                 "matrix": args.size, "input_mb": round(mb, 1)}
    for name, seconds in best.items():
        result[name] = {"seconds": round(seconds, 3), "series_per_s": round(args.series / seconds, 2),
                        "mb_per_s": round(mb / seconds, 1)}
        if "dcm2niix" in best and name != "dcm2niix":
            result[name]["x_dcm2niix_time"] = round(seconds / best["dcm2niix"], 2)  # type: ignore[index]
    if "dcm2niix" not in best:
        result["dcm2niix"] = "not on PATH: skipped"
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
