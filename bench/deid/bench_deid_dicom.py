"""DICOM de-identification throughput: MedEnclave vs dicognito vs pydicom/deid vs bare pydicom.

All contenders run in this one process on the same files, in interleaved rounds (best of
``--repeat`` counts, so a busy machine slows every contender alike), twice: on the whole corpus
and on the CT series alone (where every contender writes every file):

* the corpus: pydicom's bundled test files that read and write back cleanly, plus a synthetic
  300-slice CT series (512×512, 16-bit) generated here;
* ``bare``: ``dcmread`` + ``dcmwrite`` of every file (the limit for a pydicom-based tool);
* ``medenclave``: ``medenclave_deid.adapters.inbound.folder_batch.deidentify_folder`` (the code behind
  ``medenclave deid dicom``): platform default profile, burned-in screen, pseudonym index in
  SQLite, escrow, leak guard over every output byte, files written atomically; ``--workers N``
  adds the multi-process run. Burned-in-risk files (ultrasound, secondary capture) are
  quarantined, not written: the peers write them;
* ``dicognito`` (``Anonymizer().anonymize(ds)`` + save) and ``pydicom/deid``
  (``replace_identifiers`` with its default recipe), when importable. They are bench-only
  dependencies: install them into a separate folder and pass it with ``--peer-site``::

      .venv/bin/pip install --target /tmp/deid-bench-site dicognito deid
      .venv/bin/python bench/deid/bench_deid_dicom.py --peer-site /tmp/deid-bench-site --workers 2

Prints files/s per contender and the ratios the issue asks for (≥ 2× dicognito; within 1.5× of
bare read-and-write per core).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
import tempfile
import time
import warnings
from pathlib import Path

import numpy as np
import pydicom
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import CTImageStorage, ExplicitVRLittleEndian, generate_uid


def _bundled(folder: Path) -> list[Path]:
    import pydicom.data

    # the files inside the wheel only: get_testdata_files() would also try to download
    # pydicom-data's extra files, which a machine without internet retries for minutes
    local = Path(pydicom.data.__file__).parent / "test_files"
    out = []
    for i, path in enumerate(sorted(local.rglob("*.dcm"))):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ds = pydicom.dcmread(path)
                if "SOPInstanceUID" not in ds or "StudyInstanceUID" not in ds:
                    continue
                pydicom.dcmwrite(io.BytesIO(), ds, enforce_file_format=True)
        except Exception:
            continue
        with open(path, "rb") as fh:
            head = fh.read(132)
        if head[128:132] != b"DICM":
            continue
        dst = folder / f"bundled-{i:03d}.dcm"
        shutil.copyfile(path, dst)
        out.append(dst)
    return out


def ct_series(folder: Path, slices: int, size: int) -> list[Path]:
    """A ``slices``-slice CT series (``size``², 16-bit, a private block, a description) in
    ``folder`` (which must exist)."""
    study, series, frame = generate_uid(), generate_uid(), generate_uid()
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 2000, size=(size, size), dtype=np.uint16).tobytes()
    out = []
    for i in range(slices):
        meta = FileMetaDataset()
        meta.MediaStorageSOPClassUID = CTImageStorage
        meta.MediaStorageSOPInstanceUID = sop = generate_uid()
        meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds = Dataset()
        ds.file_meta = meta
        ds.SpecificCharacterSet = "ISO_IR 192"
        ds.SOPClassUID, ds.SOPInstanceUID = CTImageStorage, sop
        ds.StudyInstanceUID, ds.SeriesInstanceUID, ds.FrameOfReferenceUID = study, series, frame
        ds.PatientName, ds.PatientID, ds.PatientBirthDate = "Doe^Johnathan", "BENCH0001", "19700101"
        ds.PatientSex, ds.PatientAge = "M", "054Y"
        ds.AccessionNumber, ds.StudyID = "ACCBENCH01", "1"
        ds.StudyDate = ds.SeriesDate = ds.ContentDate = "20240305"
        ds.StudyTime = "101500"
        ds.InstitutionName, ds.ReferringPhysicianName = "Bench General Hospital", "Doc^Bench"
        ds.StudyDescription, ds.SeriesDescription = "CT chest", "Axial 1mm"
        ds.Modality, ds.Manufacturer = "CT", "SyntheticCT"
        ds.SeriesNumber, ds.InstanceNumber = 1, i + 1
        ds.ImagePositionPatient = [0.0, 0.0, float(i)]
        ds.ImageOrientationPatient = [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]
        ds.PixelSpacing, ds.SliceThickness = [0.7, 0.7], 1.0
        ds.RescaleIntercept, ds.RescaleSlope = -1024, 1
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.Rows = ds.Columns = size
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 12, 11, 0
        ds.PixelData = pixels
        block = ds.private_block(0x0019, "GEMS_ACQU_01", create=True)
        block.add_new(0x10, "LO", "scanner setting")
        path = folder / f"ct-{i:04d}.dcm"
        pydicom.dcmwrite(path, ds, enforce_file_format=True)
        out.append(path)
    return out


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _bare(files: list[Path], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(files):
        ds = pydicom.dcmread(path)
        ds.save_as(out / f"{i}.dcm", enforce_file_format=True)


def _dicognito(files: list[Path], out: Path) -> None:
    from dicognito.anonymizer import Anonymizer

    out.mkdir(parents=True, exist_ok=True)
    anonymizer = Anonymizer()
    for i, path in enumerate(files):
        ds = pydicom.dcmread(path)
        anonymizer.anonymize(ds)
        ds.save_as(out / f"{i}.dcm", enforce_file_format=True)


def _pydicom_deid(files: list[Path], out: Path) -> None:
    from deid.dicom import replace_identifiers

    out.mkdir(parents=True, exist_ok=True)
    replace_identifiers(dicom_files=[str(f) for f in files], save=True, output_folder=str(out),
                        overwrite=True, remove_private=True)


def _medenclave(src: Path, out: Path, state: Path, workers: int) -> dict:
    from medenclave_deid.adapters.inbound.folder_batch import deidentify_folder

    report = deidentify_folder(src, out, state_dir=state, profile="medenclave-default",
                               workers=workers)
    return {"processed": len(report.processed), "quarantined": len(report.quarantined),
            "reasons": sorted({e["reason"] for e in report.quarantined})}


def _contest(label: str, files: list[Path], src: Path, root: Path, ns) -> dict:
    """Every contender on ``files`` (the contents of ``src``), best of ``ns.repeat`` rounds,
    the rounds interleaved so a busy machine slows every contender alike."""
    n = len(files)
    work = root / label
    work.mkdir()
    state = root / "state"  # shared: pseudonym index and keys exist after the warm-up
    contenders: dict[str, object] = {
        "bare read+write": lambda out: _bare(files, out),
        "medenclave 1 worker": lambda out: _medenclave(src, out, state, 1),
    }
    if ns.workers > 1:
        contenders[f"medenclave {ns.workers} workers"] = \
            lambda out: _medenclave(src, out, state, ns.workers)
    results: dict[str, dict] = {}
    for name, fn in (("dicognito", _dicognito), ("pydicom/deid", _pydicom_deid)):
        try:
            fn(files[:2], work / f"warm-{name.replace('/', '-')}")
        except ImportError as exc:
            results[name] = {"skipped": f"not installed ({exc.name})"}
            continue
        except Exception as exc:  # a peer failing on the corpus is a result too
            results[name] = {"skipped": f"failed: {type(exc).__name__}"}
            continue
        contenders[name] = lambda out, fn=fn: fn(files, out)
    _bare(files[:5], work / "warm-bare")
    info = _medenclave(src, work / "warm-me", state, 1)
    for round_ in range(ns.repeat):
        for name, fn in contenders.items():
            if "skipped" in results.get(name, {}):
                continue
            out = work / f"{name.replace('/', '-').replace(' ', '_')}-{round_}"
            os.sync()  # every contender starts without the previous one's dirty pages
            try:
                seconds = _timed(lambda fn=fn, out=out: fn(out))
            except Exception as exc:
                results[name] = {"skipped": f"failed on the corpus: {type(exc).__name__}"}
                continue
            best = results.setdefault(name, {"seconds": seconds})
            best["seconds"] = min(best["seconds"], seconds)
            shutil.rmtree(out, ignore_errors=True)
    for r in results.values():
        if "seconds" in r:
            r["files_per_s"] = round(n / r["seconds"], 1)
    print(f"\n{label}: {n} files, best of {ns.repeat}")
    print(f"{'contender':28s} {'files/s':>10s} {'seconds':>9s}")
    for name in contenders:
        r = results.get(name, {})
        if "seconds" in r:
            print(f"{name:28s} {r['files_per_s']:10.1f} {r['seconds']:9.2f}")
    for name, r in results.items():
        if "skipped" in r:
            print(f"{name:28s} {r['skipped']}")
    me = results["medenclave 1 worker"]["files_per_s"]
    ratios = {"bare_over_medenclave (1 core, goal <= 1.5)": round(
        results["bare read+write"]["files_per_s"] / me, 2)}
    if "files_per_s" in results.get("dicognito", {}):
        ratios["medenclave_over_dicognito (goal >= 2)"] = round(
            me / results["dicognito"]["files_per_s"], 2)
    if "files_per_s" in results.get("pydicom/deid", {}):
        ratios["medenclave_over_pydicom_deid"] = round(
            me / results["pydicom/deid"]["files_per_s"], 2)
    if ns.workers > 1:
        ratios[f"scaling {ns.workers} workers"] = round(
            results[f"medenclave {ns.workers} workers"]["files_per_s"] / me, 2)
    for k, v in ratios.items():
        print(f"  {k}: {v}")
    print(f"  medenclave outcome: {info} (quarantined files are not written; the peers write "
          f"every file)")
    return {"files": n, "results": results, "ratios": ratios, "medenclave": info}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slices", type=int, default=300)
    parser.add_argument("--size", type=int, default=512)
    parser.add_argument("--workers", type=int, default=min(4, os.cpu_count() or 1))
    parser.add_argument("--repeat", type=int, default=3, help="rounds; the best counts")
    parser.add_argument("--peer-site", default="", help="folder with dicognito and deid")
    parser.add_argument("--json", default="", help="also write the results here")
    ns = parser.parse_args()
    if ns.peer_site:
        sys.path.append(ns.peer_site)  # after the venv: pydicom stays the venv's
    warnings.simplefilter("ignore")
    import logging

    logging.disable(logging.WARNING)  # pydicom/deid logs every file
    with tempfile.TemporaryDirectory(prefix="bench-deid-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        (corpus / "bundled").mkdir(parents=True)
        bundled = _bundled(corpus / "bundled")
        ct = ct_series(corpus / "ct", ns.slices, ns.size) if (corpus / "ct").mkdir() is None \
            else []
        print(f"corpus: {len(bundled)} bundled pydicom test files + {ns.slices}-slice CT "
              f"{ns.size}x{ns.size}; cores: {os.cpu_count()}")
        report = {
            "whole corpus": _contest("whole-corpus", bundled + ct, corpus, root, ns),
            "CT series": _contest("ct-series", ct, corpus / "ct", root, ns),
        }
        if ns.json:
            Path(ns.json).write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
