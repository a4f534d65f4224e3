# Longer than 450 lines: three measurements (pydicom files, generated images, time) for two
# contenders (RapidOCR, Tesseract) share their rendering and reporting.
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

**Peer: Tesseract** (``tesseract`` CLI, Debian ``apt-get install tesseract-ocr
tesseract-ocr-eng tesseract-ocr-chi-sim``; skipped with a note when it is not on PATH). It runs
on the same images in the same run, image by image after MedEnclave's detector, inside the same
:class:`BurnedInScreen` (same header rules, same frames, and the same 8-bit rendering,
``pixel_frames.render_frames``), so both OCRs see identical pixels; only the detector and its
rule differ. Each rendered frame goes to ``tesseract stdin stdout -l eng+chi_sim --psm 11 tsv``
(PGM on stdin, psm 11: sparse text; ``OMP_THREAD_LIMIT=1``: one thread, as onnxruntime has). A
frame holds text when Tesseract returns at least one word with ≥ 2 letters, digits or
ideographs at a word confidence ≥ :data:`TESSERACT_MIN_CONFIDENCE` (60 of 100, the cut-off
commonly used with pytesseract, not tuned to these sets; a sweep of other cut-offs is reported
beside it, exact below 60 and a lower bound above, since the screen stops at the first frame
with text; on the generated set 60 is the lowest cut-off with no clean image flagged). The
result reports, for both contenders: false positives among pydicom's files with pixel data
(``KNOWN_TEXT`` count as true positives), the detection rate on generated images with text, the
false-positive rate on those without, the median time per image (render + OCR; Tesseract's
includes starting the process and loading its models on each image, measured alone as
``startup_seconds``), and the ratios (MedEnclave time / Tesseract time; detection and
false-positive rate differences, MedEnclave − Tesseract).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import pydicom

from medenclave_deid.adapters.inbound.folder_batch import deidentify_folder
from medenclave_deid.adapters.outbound.ocr_text_detector import RapidOcrTextDetector, real_characters
from medenclave_deid.core.burned_in import OCR_TEXT, BurnedInScreen, TextPolicy, Verdict
from medenclave_deid.core.burned_in_header import LOOK, read_header
from medenclave_deid.core.ports import TextBox, TextDetectorUnavailable
from medenclave_testing.burned_in_images import cjk_font, generate

#: the bundled files whose pixels do carry text (looked at, one by one)
KNOWN_TEXT = frozenset({"GDCMJ2K_TextGBR.dcm", "examples_jpeg2k.dcm", "examples_palette.dcm",
                        "examples_rgb_color.dcm", "examples_ybr_color.dcm"})
_DEFER = 64 * 1024

#: the peer's rule: a word with at least this many letters, digits or ideographs …
TESSERACT_MIN_CHARACTERS = 2
#: … at a word confidence (Tesseract's 0–100) of at least this is text
TESSERACT_MIN_CONFIDENCE = 60.0
TESSERACT_LANGUAGES = "eng+chi_sim"
TESSERACT_PSM = 11  # sparse text: find as much text as possible, in no particular order
#: the other cut-offs reported beside TESSERACT_MIN_CONFIDENCE
TESSERACT_SWEEP = (30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0)
_APT = "apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim"


class TesseractTextDetector:
    """The peer as a :class:`~medenclave_deid.core.ports.TextDetector`: the ``tesseract`` CLI
    on the frame the screen rendered (PGM on stdin, TSV on stdout), one box per word.

    ``best`` keeps the highest confidence of a word with enough characters since the last
    :meth:`reset` (for the cut-off sweep); the words themselves are not kept.
    """

    def __init__(self, binary: str, *, languages: str = TESSERACT_LANGUAGES,
                 psm: int = TESSERACT_PSM) -> None:
        self.command = [binary, "stdin", "stdout", "-l", languages, "--psm", str(psm), "tsv"]
        self._env = dict(os.environ, OMP_THREAD_LIMIT="1")
        self.best = -1.0

    def reset(self) -> None:
        self.best = -1.0

    def run(self, image: np.ndarray) -> str:
        """Tesseract's TSV for ``image`` (2-D ``uint8``)."""
        rows, cols = image.shape
        pgm = b"P5\n%d %d\n255\n" % (cols, rows) + np.ascontiguousarray(image, np.uint8).tobytes()
        try:
            proc = subprocess.run(self.command, input=pgm, capture_output=True, env=self._env,
                                  timeout=300, check=True)
        except (OSError, subprocess.SubprocessError) as exc:
            raise TextDetectorUnavailable(f"tesseract failed ({type(exc).__name__})") from None
        return proc.stdout.decode("utf-8", "replace")

    def detect(self, image: np.ndarray) -> list[TextBox]:
        if image.ndim != 2 or image.size == 0:
            return []
        boxes = []
        for line in self.run(image).splitlines()[1:]:
            cells = line.split("\t")
            if len(cells) != 12 or cells[0] != "5" or not cells[11].strip():
                continue  # not a word (page, block, paragraph and line rows have conf -1)
            left, top, width, height = (int(v) for v in cells[6:10])
            box = TextBox(x=left, y=top, width=max(1, width), height=max(1, height),
                          confidence=float(cells[10]) / 100.0,
                          characters=real_characters(cells[11]))
            if box.characters >= TESSERACT_MIN_CHARACTERS:
                self.best = max(self.best, 100.0 * box.confidence)
            boxes.append(box)
        return boxes


def tesseract_peer() -> tuple[TesseractTextDetector | None, dict]:
    """The peer and what describes it, or None and the reason it is skipped."""
    binary = shutil.which("tesseract")
    if binary is None:
        return None, {"skipped": f"tesseract is not on PATH ({_APT})"}
    langs = subprocess.run([binary, "--list-langs"], capture_output=True, text=True).stdout
    missing = set(TESSERACT_LANGUAGES.split("+")) - set(langs.split())
    if missing:
        return None, {"skipped": f"tesseract lacks the languages {sorted(missing)} ({_APT})"}
    version = subprocess.run([binary, "--version"], capture_output=True, text=True)
    detector = TesseractTextDetector(binary)
    blank = np.zeros((32, 32), np.uint8)
    startup = []
    for _ in range(5):  # starting the process and loading the models, on a blank 32×32 frame
        start = time.perf_counter()
        detector.run(blank)
        startup.append(time.perf_counter() - start)
    info = {"name": "tesseract",
            "version": (version.stdout or version.stderr).splitlines()[0].strip(),
            "command": detector.command[1:], "threads": "OMP_THREAD_LIMIT=1",
            "min_characters": TESSERACT_MIN_CHARACTERS,
            "min_confidence": TESSERACT_MIN_CONFIDENCE, "startup_seconds": startup}
    return detector, info


def peer_screen(screen: BurnedInScreen, detector: TesseractTextDetector) -> BurnedInScreen:
    """The screen with Tesseract for a detector: same header rules, frames and rendering; a
    word of ≥ 2 characters at ≥ :data:`TESSERACT_MIN_CONFIDENCE` is text (no line-length or
    height rule)."""
    policy = TextPolicy(min_characters=TESSERACT_MIN_CHARACTERS,
                        min_confidence=TESSERACT_MIN_CONFIDENCE / 100.0,
                        long_line=10**9, long_line_confidence=1.0, max_height_share=1.0)
    return BurnedInScreen(rules=screen.rules, detector=detector, policy=policy,
                          frames=screen.frames, max_side=screen.max_side)


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


def _peer_assess(peer: BurnedInScreen | None, raw: bytes):
    """The peer's verdict, seconds and best word confidence (None: no peer)."""
    if peer is None:
        return None
    assert isinstance(peer.detector, TesseractTextDetector)
    peer.detector.reset()
    verdict, seconds, _ = _timed_assess(peer, raw)
    return verdict, seconds, peer.detector.best


def _pydicom_outcome(verdicts: dict[str, Verdict], looked: list[str]) -> dict:
    """One contender's verdicts on the bundled files, scored against KNOWN_TEXT."""
    text = {name for name, v in verdicts.items() if v.reason == "burned_in_text"}
    return {"burned_in_text": sorted(text), "true_positives": sorted(text & KNOWN_TEXT),
            "false_positives": sorted(text - KNOWN_TEXT),
            "missed_text": sorted(KNOWN_TEXT - text),
            "by_pixels": sorted(n for n, v in verdicts.items() if v.risk == OCR_TEXT),
            "burned_in_unverified": sorted(n for n, v in verdicts.items()
                                           if v.reason == "burned_in_unverified"),
            "pixel_screened": len(looked)}


def bench_pydicom(screen: BurnedInScreen, peer: BurnedInScreen | None = None) -> dict:
    files = bundled_with_pixels()
    root = Path(pydicom.data.__file__).parent / "test_files"
    with tempfile.TemporaryDirectory() as tmp:
        report = deidentify_folder(root, Path(tmp) / "dst", state_dir=Path(tmp) / "state",
                                   profile="medenclave-default")
    wanted = {str(p.relative_to(root)) for p in files}
    reasons = {e["source"]: e["reason"] for e in report.quarantined if e["source"] in wanted}
    old, times = set(), []
    mine, theirs, looked = {}, {}, []
    peer_times, best = [], {}
    for path in files:
        raw = path.read_bytes()
        name = str(path.relative_to(root))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if _old_header_at_risk(pydicom.dcmread(io.BytesIO(raw), defer_size=_DEFER)):
                old.add(name)
            mine[name], seconds, opened = _timed_assess(screen, raw)
            peer_result = _peer_assess(peer, raw)
        if opened:
            times.append(seconds)
            looked.append(name)
        if peer_result is not None:
            theirs[name], peer_seconds, best[name] = peer_result
            if opened:
                peer_times.append(peer_seconds)
    text = {r for r, why in reasons.items() if why == "burned_in_text"}
    top = {str(p.relative_to(root)) for p in files if p.parent == root}
    held = {r for r, why in reasons.items() if why.startswith("burned_in")}
    out = {"files": len(files), "top_level": len(top), "before_at_risk": len(old),
           "before_at_risk_top_level": len(old & top), "held_top_level": len(held & top),
           "burned_in_text": len(text), "burned_in_text_with_text": len(text & KNOWN_TEXT),
           "false_positives": sorted(text - KNOWN_TEXT),
           "missed_text": sorted(KNOWN_TEXT - text),
           "burned_in_unverified": sorted(r for r, why in reasons.items()
                                          if why == "burned_in_unverified"),
           "other_reasons": dict(Counter(why for why in reasons.values()
                                         if not why.startswith("burned_in"))),
           "ocr_seconds": times,
           # the screen alone (BurnedInScreen.assess), as the peer is measured
           "screen": _pydicom_outcome(mine, looked)}
    if peer is not None:
        out["peer"] = {**_pydicom_outcome(theirs, looked), "ocr_seconds": peer_times,
                       "best_confidence": {n: best[n] for n in looked}}
    return out


def _generated_outcome(images, verdicts: dict[str, Verdict], seconds: dict[str, float]) -> dict:
    rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    by_kind: dict[str, list[float]] = defaultdict(list)
    missed, flagged = [], []
    for image in images:
        verdict = verdicts[image.name]
        by_kind[image.kind].append(seconds[image.name])
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
            "clean": sum(not i.has_text for i in images),
            "seconds": [seconds[i.name] for i in images], "seconds_by_kind": dict(by_kind)}


def bench_generated(screen: BurnedInScreen, *, hard: bool,
                    peer: BurnedInScreen | None = None) -> dict:
    images = generate(hard=hard, clean_per_kind=0 if hard else 8)
    mine, mine_s, theirs, theirs_s, best = {}, {}, {}, {}, {}
    for image in images:  # the two contenders take turns, image by image
        mine[image.name], mine_s[image.name], _ = _timed_assess(screen, image.dicom)
        peer_result = _peer_assess(peer, image.dicom)
        if peer_result is not None:
            theirs[image.name], theirs_s[image.name], best[image.name] = peer_result
    out = {**_generated_outcome(images, mine, mine_s), "cjk_font": bool(cjk_font())}
    if peer is not None:
        out["peer"] = {**_generated_outcome(images, theirs, theirs_s), "best_confidence": best,
                       "with_text": [i.name for i in images if i.has_text]}
    return out


def _median_ms(seconds: list[float]) -> float | None:
    return round(1000 * statistics.median(seconds), 1) if seconds else None


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


def _sweep_generated(gen: dict, images_text: set[str]) -> dict:
    """Tesseract's detection and clean-image false-positive rates at other cut-offs."""
    best = gen["peer"]["best_confidence"]
    out = {}
    for cut in TESSERACT_SWEEP:
        hit = {n for n, conf in best.items() if conf >= cut}
        text = [n for n in best if n in images_text]
        clean = [n for n in best if n not in images_text]
        out[f"{cut:g}"] = {"detection_rate": round(len(hit & set(text)) / len(text), 3)
                           if text else None,
                           "clean_fp_rate": round(len(hit & set(clean)) / len(clean), 3)
                           if clean else None}
    return out


def compare(result: dict) -> dict:
    """Both contenders on each set, side by side, and the ratios."""
    out: dict = {}
    pd = result["pydicom"]
    if "peer" in pd:
        sides = {}
        for who, part, secs in (("medenclave", pd["screen"], pd["ocr_seconds"]),
                                ("tesseract", pd["peer"], pd["peer"]["ocr_seconds"])):
            sides[who] = {"false_positives": len(part["false_positives"]),
                          "false_positive_files": part["false_positives"],
                          "true_positives": len(part["true_positives"]),
                          "known_text": len(KNOWN_TEXT), "missed_text": part["missed_text"],
                          "burned_in_unverified": len(part["burned_in_unverified"]),
                          "pixel_screened": part["pixel_screened"],
                          "median_ms": _median_ms(secs)}
        best = pd["peer"]["best_confidence"]
        sweep = {}
        for cut in TESSERACT_SWEEP:  # among the files the header left to the pixels
            hit = {n for n, conf in best.items() if conf >= cut}
            sweep[f"{cut:g}"] = {"pixel_false_positives": sorted(hit - KNOWN_TEXT),
                                 "pixel_true_positives": len(hit & KNOWN_TEXT)}
        out["pydicom"] = {**sides,
                          "time_ratio": _ratio(sides["medenclave"]["median_ms"],
                                               sides["tesseract"]["median_ms"]),
                          "false_positive_difference": sides["medenclave"]["false_positives"]
                          - sides["tesseract"]["false_positives"],
                          "true_positive_difference": sides["medenclave"]["true_positives"]
                          - sides["tesseract"]["true_positives"],
                          "tesseract_sweep": sweep}
    for key in ("generated", "hard"):
        gen = result.get(key)
        if not gen or "peer" not in gen:
            continue
        sides = {}
        for who, part in (("medenclave", gen), ("tesseract", gen["peer"])):
            sides[who] = {"text_caught": part["text"] - len(part["missed"]), "text": part["text"],
                          "detection_rate": round(1 - len(part["missed"]) / part["text"], 3)
                          if part["text"] else None,
                          "clean_flagged": len(part["flagged"]), "clean": part["clean"],
                          "clean_fp_rate": round(len(part["flagged"]) / part["clean"], 3)
                          if part["clean"] else None,
                          "median_ms": _median_ms(part["seconds"]),
                          "median_ms_by_kind": {k: _median_ms(v) for k, v
                                                in sorted(part["seconds_by_kind"].items())}}
        me, them = sides["medenclave"], sides["tesseract"]
        out[key] = {**sides,
                    "time_ratio": _ratio(me["median_ms"], them["median_ms"]),
                    "time_ratio_by_kind": {k: _ratio(v, them["median_ms_by_kind"].get(k))
                                           for k, v in me["median_ms_by_kind"].items()},
                    "detection_difference": round(me["detection_rate"] - them["detection_rate"], 3)
                    if me["detection_rate"] is not None else None,
                    "clean_fp_rate_difference":
                        round(me["clean_fp_rate"] - them["clean_fp_rate"], 3)
                        if me["clean_fp_rate"] is not None else None,
                    "tesseract_sweep": _sweep_generated(gen, set(gen["peer"]["with_text"]))}
    return out


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
    _print_peer(result)


def _pct(n: int, of: int) -> str:
    return f"{n}/{of} ({100 * n / of:.0f} %)" if of else "-"


def _print_peer(result: dict) -> None:
    peer = result["peer"]
    if "skipped" in peer:
        print(f"\npeer skipped: {peer['skipped']}")
        return
    startup = _median_ms(peer["startup_seconds"])
    print(f"\nMedEnclave vs {peer['version']} ({' '.join(peer['command'])}, "
          f"{peer['threads']}; text = a word of >= {peer['min_characters']} letters/digits/"
          f"ideographs at confidence >= {peer['min_confidence']:g}); same images, same "
          f"rendering, same run. Tesseract start-up alone (blank 32x32): median {startup} ms")
    cmp = result["comparison"]
    row = "  {:38s} {:>22s} {:>22s} {:>14s}"
    print(row.format("", "MedEnclave", "Tesseract", "ratio / diff"))
    pd = cmp.get("pydicom")
    if pd:
        me, them = pd["medenclave"], pd["tesseract"]
        print(f"  pydicom files with pixel data ({result['pydicom']['files']}; "
              f"{me['pixel_screened']} left to the pixels by the header)")
        print(row.format("false positives", str(me["false_positives"]),
                         str(them["false_positives"]), f"{pd['false_positive_difference']:+d}"))
        print(row.format(f"true positives (of {len(KNOWN_TEXT)} KNOWN_TEXT)",
                         str(me["true_positives"]), str(them["true_positives"]),
                         f"{pd['true_positive_difference']:+d}"))
        print(row.format("burned_in_unverified", str(me["burned_in_unverified"]),
                         str(them["burned_in_unverified"]), ""))
        print(row.format("median time per image, ms", str(me["median_ms"]),
                         str(them["median_ms"]), f"{pd['time_ratio']}x"))
        print(f"    MedEnclave FPs: {me['false_positive_files']}; missed: {me['missed_text']}")
        print(f"    Tesseract FPs:  {them['false_positive_files']}; missed: {them['missed_text']}")
    for key in ("generated", "hard"):
        gen = cmp.get(key)
        if not gen:
            continue
        me, them = gen["medenclave"], gen["tesseract"]
        print(f"  {key} images")
        print(row.format("text images detected", _pct(me["text_caught"], me["text"]),
                         _pct(them["text_caught"], them["text"]),
                         f"{100 * gen['detection_difference']:+.0f} pp"))
        if me["clean"]:
            print(row.format("clean images flagged", _pct(me["clean_flagged"], me["clean"]),
                             _pct(them["clean_flagged"], them["clean"]),
                             f"{100 * gen['clean_fp_rate_difference']:+.0f} pp"))
        print(row.format("median time per image, ms", str(me["median_ms"]),
                         str(them["median_ms"]), f"{gen['time_ratio']}x"))
        for kind, ms in me["median_ms_by_kind"].items():
            print(row.format(f"  {kind}", str(ms), str(them["median_ms_by_kind"][kind]),
                             f"{gen['time_ratio_by_kind'][kind]}x"))
        print(f"    Tesseract missed: {result[key]['peer']['missed']}")
        if result[key]["peer"]["flagged"]:
            print(f"    Tesseract flagged clean: {result[key]['peer']['flagged']}")
        sweep = ", ".join(f">={cut}: {v['detection_rate']}"
                          + (f"/{v['clean_fp_rate']}" if v["clean_fp_rate"] is not None else "")
                          for cut, v in gen["tesseract_sweep"].items())
        print(f"    Tesseract cut-off sweep (detection{'/clean FP' if me['clean'] else ''}): "
              f"{sweep}")
    if pd:
        sweep = ", ".join(f">={cut}: {len(v['pixel_false_positives'])} FP/"
                          f"{v['pixel_true_positives']} TP"
                          for cut, v in pd["tesseract_sweep"].items())
        print(f"  Tesseract cut-off sweep, pydicom files left to the pixels: {sweep}")
    print("  ratio = MedEnclave / Tesseract (time); diff = MedEnclave - Tesseract")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hard", action="store_true", help="add the smaller, fainter set")
    parser.add_argument("--threads", type=int, default=1, help="onnxruntime threads")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--no-peer", action="store_true", help="leave Tesseract out")
    ns = parser.parse_args()
    warnings.filterwarnings("ignore", module="pydicom")
    screen = BurnedInScreen(detector=RapidOcrTextDetector(threads=ns.threads))
    detector, peer_info = (None, {"skipped": "--no-peer"}) if ns.no_peer else tesseract_peer()
    if detector is None:
        print(f"note: peer skipped: {peer_info['skipped']}", file=sys.stderr)
    peer = peer_screen(screen, detector) if detector is not None else None
    result = {"pydicom": bench_pydicom(screen, peer),
              "generated": bench_generated(screen, hard=False, peer=peer)}
    if ns.hard:
        result["hard"] = bench_generated(screen, hard=True, peer=peer)
    result["peer"] = peer_info
    result["comparison"] = compare(result)
    if ns.json:
        print(json.dumps(result, indent=2))
    else:
        _print(result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
