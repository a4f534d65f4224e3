"""Burned-in text screen: false positives on pydicom's bundled images, detection on generated
images, time per image.

    .venv/bin/python bench/deid/bench_burned_in.py [--hard] [--threads 1] [--json]

1. **pydicom's bundled files** (the ones inside the installed wheel: nothing is downloaded)
   that carry pixel data, through ``medenclave deid dicom``'s code (``deidentify_folder``):
   how many come out ``burned_in_text`` and ``burned_in_unverified``, beside how many headers
   the class table used before the OCR screen flags (every ultrasound, secondary capture and
   projection image; the command with that table quarantined 36 of the 64 top-level files
   ``burned_in_text``). Five of them do carry text in their pixels (``KNOWN_TEXT``: a "red
   green blue" test card and four ultrasound frames with a hospital name, dates, settings).
2. **Generated images** (``medenclave_testing.burned_in_images``): CT-, US- and XR-like images
   with English and Chinese names, dates and ids drawn in at several sizes, corners and
   contrasts, and the same pictures without text; ``--hard`` adds a set with smaller, fainter
   text (8–10 px, 18–35 % contrast) to show where detection gives out.
3. **Time** per image of the pixel screen (render + OCR, one onnxruntime thread), measured on
   the generated images and on the pydicom files the header left open.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import pydicom

from medenclave_deid.adapters.inbound.folder_batch import deidentify_folder
from medenclave_deid.adapters.outbound.ocr_text_detector import RapidOcrTextDetector
from medenclave_deid.core.burned_in import BurnedInScreen
from medenclave_deid.core.burned_in_header import LOOK, read_header
from medenclave_testing.burned_in_images import cjk_font, generate

#: the bundled files whose pixels do carry text (looked at, one by one)
KNOWN_TEXT = frozenset({"GDCMJ2K_TextGBR.dcm", "examples_jpeg2k.dcm", "examples_palette.dcm",
                        "examples_rgb_color.dcm", "examples_ybr_color.dcm"})
_DEFER = 64 * 1024


def bundled_with_pixels() -> list[Path]:
    """pydicom's test files inside the wheel that carry pixel data (never downloads)."""
    import pydicom.data

    root = Path(pydicom.data.__file__).parent / "test_files"
    out = []
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ds = pydicom.dcmread(path, defer_size=1024, force=True)
        except Exception:
            continue
        if any(tag in ds for tag in (0x7FE00010, 0x7FE00008, 0x7FE00009)):
            out.append(path)
    return out


_OLD_US = {"1.2.840.10008.5.1.4.1.1.6.1", "1.2.840.10008.5.1.4.1.1.3.1",
           "1.2.840.10008.5.1.4.1.1.6", "1.2.840.10008.5.1.4.1.1.3", "1.2.840.10008.5.1.4.1.1.6.2"}
_OLD_SC = {"1.2.840.10008.5.1.4.1.1.7", "1.2.840.10008.5.1.4.1.1.7.1",
           "1.2.840.10008.5.1.4.1.1.7.2", "1.2.840.10008.5.1.4.1.1.7.3",
           "1.2.840.10008.5.1.4.1.1.7.4"}


def _old_header_at_risk(ds) -> bool:
    """The table before the OCR screen: US, SC, projection unless NO, BurnedInAnnotation YES."""
    mod = str(ds.get("Modality", "") or "").strip().upper()
    cls = str(ds.get("SOPClassUID", "") or "").strip()
    bia = str(ds.get("BurnedInAnnotation", "") or "").strip().upper()
    return (bia == "YES" or mod == "US" or cls in _OLD_US or cls in _OLD_SC
            or mod in {"OT", "SC"}
            or (mod in {"XA", "RF", "DX", "CR", "MG", "IO", "PX", "ES", "XC", "GM"}
                and bia != "NO"))


def _timed_assess(screen: BurnedInScreen, raw: bytes):
    ds = pydicom.dcmread(io.BytesIO(raw), defer_size=_DEFER)
    start = time.perf_counter()
    verdict = screen.assess(ds)
    return verdict, time.perf_counter() - start, read_header(ds).verdict == LOOK


def bench_pydicom(screen: BurnedInScreen) -> dict:
    files = bundled_with_pixels()
    root = Path(pydicom.data.__file__).parent / "test_files"
    with tempfile.TemporaryDirectory() as tmp:
        report = deidentify_folder(root, Path(tmp) / "dst", state_dir=Path(tmp) / "state",
                                   profile="medenclave-default")
    wanted = {str(p.relative_to(root)) for p in files}
    reasons = {e["source"]: e["reason"] for e in report.quarantined if e["source"] in wanted}
    old, times = set(), []
    for path in files:
        raw = path.read_bytes()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if _old_header_at_risk(pydicom.dcmread(io.BytesIO(raw), defer_size=_DEFER)):
                old.add(str(path.relative_to(root)))
            _, seconds, looked = _timed_assess(screen, raw)
        if looked:
            times.append(seconds)
    text = {r for r, why in reasons.items() if why == "burned_in_text"}
    top = {str(p.relative_to(root)) for p in files if p.parent == root}
    held = {r for r, why in reasons.items() if why.startswith("burned_in")}
    return {"files": len(files), "top_level": len(top), "before_at_risk": len(old),
            "before_at_risk_top_level": len(old & top), "held_top_level": len(held & top),
            "burned_in_text": len(text), "burned_in_text_with_text": len(text & KNOWN_TEXT),
            "false_positives": sorted(text - KNOWN_TEXT),
            "missed_text": sorted(KNOWN_TEXT - text),
            "burned_in_unverified": sorted(r for r, why in reasons.items()
                                           if why == "burned_in_unverified"),
            "other_reasons": dict(Counter(why for why in reasons.values()
                                          if not why.startswith("burned_in"))),
            "ocr_seconds": times}


def bench_generated(screen: BurnedInScreen, *, hard: bool) -> dict:
    images = generate(hard=hard, clean_per_kind=0 if hard else 8)
    rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    times, missed, flagged = [], [], []
    by_kind: dict[str, list[float]] = defaultdict(list)
    for image in images:
        verdict, seconds, _ = _timed_assess(screen, image.dicom)
        times.append(seconds)
        by_kind[image.kind].append(seconds)
        caught = verdict.reason == "burned_in_text"
        row = rows[(image.kind, image.category)]
        row[0] += 1
        row[1] += caught
        if image.has_text and not caught:
            missed.append(image.name)
        if not image.has_text and verdict.quarantine:
            flagged.append(image.name)
    return {"rows": {f"{k}/{c}": v for (k, c), v in sorted(rows.items())}, "missed": missed,
            "flagged": flagged, "text": sum(i.has_text for i in images),
            "clean": sum(not i.has_text for i in images), "seconds": times,
            "seconds_by_kind": dict(by_kind),
            "cjk_font": bool(cjk_font())}


def _ms(seconds: list[float]) -> str:
    if not seconds:
        return "-"
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return (f"mean {1000 * statistics.mean(ordered):.0f} ms, median "
            f"{1000 * statistics.median(ordered):.0f} ms, p95 {1000 * p95:.0f} ms "
            f"(n={len(ordered)})")


def _print(result: dict) -> None:
    pd = result["pydicom"]
    print("pydicom bundled files with pixel data: "
          f"{pd['files']} ({pd['top_level']} top-level, the rest in dicomdirtests/)")
    print(f"  old header table flags:      {pd['before_at_risk']} "
          f"({pd['before_at_risk_top_level']} of the {pd['top_level']} top-level)")
    print(f"  held back as burned-in now:  {pd['held_top_level']} of the top-level")
    print(f"  burned_in_text now:          {pd['burned_in_text']} "
          f"({pd['burned_in_text_with_text']} of the {len(KNOWN_TEXT)} that carry text; "
          f"false positives: {len(pd['false_positives'])} {pd['false_positives']})")
    print(f"  burned_in_unverified:        {len(pd['burned_in_unverified'])} "
          f"(pixels not decodable here) {pd['burned_in_unverified']}")
    print(f"  other reasons:               {pd['other_reasons']}")
    print(f"  time, header left it open:   {_ms(pd['ocr_seconds'])}")
    for key in ("generated", "hard"):
        gen = result.get(key)
        if not gen:
            continue
        print(f"\n{key} images (CJK font: {'yes' if gen['cjk_font'] else 'no: Chinese left out'})")
        print(f"  {'kind/category':24s} {'images':>6s} {'quarantined':>11s}")
        for name, (n, caught) in gen["rows"].items():
            print(f"  {name:24s} {n:6d} {caught:11d}")
        text_caught = gen["text"] - len(gen["missed"])
        print(f"  text caught: {text_caught}/{gen['text']}; clean flagged: "
              f"{len(gen['flagged'])}/{gen['clean']}; missed: {gen['missed']}")
        print(f"  time per image: {_ms(gen['seconds'])}")
        for kind, seconds in sorted(gen["seconds_by_kind"].items()):
            print(f"    {kind}: {_ms(seconds)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hard", action="store_true", help="add the smaller, fainter set")
    parser.add_argument("--threads", type=int, default=1, help="onnxruntime threads")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    ns = parser.parse_args()
    warnings.filterwarnings("ignore", module="pydicom")
    screen = BurnedInScreen(detector=RapidOcrTextDetector(threads=ns.threads))
    result = {"pydicom": bench_pydicom(screen),
              "generated": bench_generated(screen, hard=False)}
    if ns.hard:
        result["hard"] = bench_generated(screen, hard=True)
    if ns.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
