"""Clinical notes: per-category recall and clinical-term retention on the frozen, independent
evaluation set (bench/deid/notes_eval, written without reading the rules), MedEnclave side by
side with Presidio in the same run; speed in-process (warm) and through the CLI (cold).

* **MedEnclave**: the note de-identifier the service and ``medenclave deid text`` run.
* **MedEnclave, no name lists**: the same with empty given-name/surname lexicons — how the
  context rules alone do on names nobody listed (an honest look at unseen names).
* **Presidio** (presidio-analyzer, offline): its predefined pattern recognizers with the no-op
  NLP engine (no spaCy model can be downloaded here, so no NER names/places); detected spans
  are replaced by ``<ENTITY>`` tags. Its recognizers are English; on Chinese notes they run as
  language-neutral patterns.

The scorer (notes_eval/score.py) counts a PHI value as leaked when any form of it (the value,
its digits, each name token) is more frequent in the output than in the note's non-PHI text.
Precision is computed here from the spans each contender replaced, against the set's gold
spans: *span precision*, the share of replaced spans that overlap a gold PHI span, and
*character precision*, the share of replaced characters inside one (what was replaced that
was not PHI is clinical or ordinary text lost).

    .venv/bin/python bench/deid/bench_deid_notes.py [--split dev|holdout|both] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "notes_eval"))

import score as notes_eval  # noqa: E402 (the scorer ships beside the frozen set)

from medenclave_deid.adapters.outbound.jieba_tagger import JiebaTagger  # noqa: E402
from medenclave_deid.adapters.outbound.text_vocabulary import (  # noqa: E402
    load_text_vocabulary,
    make_note_deidentifier,
)
from medenclave_deid.core.text import NoteDeidentifier  # noqa: E402


class _Contender:
    """A de-identifier: ``__call__`` (text, lang) → output text, ``spans`` (text, lang) → the
    (start, end) it replaces."""

    def __init__(self, deidentify, spans) -> None:
        self.deidentify, self.spans = deidentify, spans

    def __call__(self, text: str, lang: str) -> str:
        return self.deidentify(text, lang)


def _ours(notes: NoteDeidentifier) -> _Contender:
    return _Contender(lambda text, lang: notes.deidentify(text, lang=lang).text,
                      lambda text, lang: [(s.start, s.end) for s in notes.find(text, lang=lang)[1]])


def _medenclave():
    return _ours(make_note_deidentifier(b"b" * 32))


def _medenclave_without_name_lists():
    vocab = replace(load_text_vocabulary(), first_names=frozenset(), last_names=frozenset())
    return _ours(NoteDeidentifier(secret=b"b" * 32, vocabulary=vocab, tagger=JiebaTagger()))


def _presidio():
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine.no_op_nlp_engine import NoOpNlpEngine
    except ImportError:
        return None
    engine = AnalyzerEngine(nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en",
                                                                "model_name": "no_op"}]),
                            supported_languages=["en"])

    def found(text: str) -> list:
        kept, last = [], 0
        for r in sorted(engine.analyze(text, language="en"), key=lambda r: r.start):
            if r.start >= last:
                kept.append(r)
                last = r.end
        return kept

    def deidentify(text: str, lang: str) -> str:
        out, last = [], 0
        for r in found(text):
            out.append(text[last:r.start])
            out.append(f"<{r.entity_type}>")
            last = r.end
        out.append(text[last:])
        return "".join(out)
    return _Contender(deidentify, lambda text, lang: [(r.start, r.end) for r in found(text)])


def _precision(contender: _Contender, notes: list[dict]) -> dict:
    """Span and character precision of what ``contender`` replaces, against the gold spans."""
    spans = hits = chars = inside = 0
    for note in notes:
        gold = bytearray(len(note["text"]))
        for g in note["phi"]:
            gold[g["start"]:g["end"]] = b"\x01" * (g["end"] - g["start"])
        for start, end in contender.spans(note["text"], note["lang"]):
            if end <= start:
                continue
            covered = sum(gold[start:end])
            spans += 1
            hits += covered > 0
            chars += end - start
            inside += covered
    return {"spans": spans, "span_precision": round(hits / spans, 4) if spans else None,
            "char_precision": round(inside / chars, 4) if chars else None}


def _timed(fn, notes: list[dict], repeat: int) -> tuple[dict, float]:
    report = notes_eval.score(notes, fn, show_leaks=False)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for n in notes:
            fn(n["text"], n["lang"])
        best = min(best, time.perf_counter() - t0)
    return report, len(notes) / best


def _cli_cold(notes: list[dict]) -> float:
    """Seconds for ``medenclave deid text`` over the notes as files (a fresh process and state
    dir: imports, word lists, jieba's dictionary, every note)."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "src"
        src.mkdir()
        for n in notes:
            (src / f"{n['id']}.txt").write_text(n["text"], encoding="utf-8")
        cli = Path(sys.executable).with_name("medenclave")
        t0 = time.perf_counter()
        subprocess.run([str(cli), "deid", "text", str(src), str(Path(tmp) / "dst"),
                        "--state-dir", str(Path(tmp) / "state"), "--json"],
                       check=True, capture_output=True, timeout=1200)
        return time.perf_counter() - t0


def _rows(report: dict) -> dict[str, dict]:
    return report["phi"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "holdout", "both"), default="both")
    ap.add_argument("--repeat", type=int, default=2, help="timing rounds (best kept)")
    ap.add_argument("--json", action="store_true")
    ns = ap.parse_args()
    contenders = {"medenclave": _medenclave(), "medenclave_no_name_lists": _medenclave_without_name_lists()}
    presidio = _presidio()
    if presidio is not None:
        contenders["presidio_patterns"] = presidio
    splits = ("dev", "holdout") if ns.split == "both" else (ns.split,)
    results: dict = {"frozen_ok": notes_eval.verify_frozen()}
    for split in splits:
        notes = notes_eval.load_notes(split)
        results[split] = {}
        for name, fn in contenders.items():
            report, rate = _timed(fn, notes, ns.repeat)
            results[split][name] = {"notes_per_s_warm": round(rate, 1), "phi": report["phi"],
                                    "keep": report["keep"],
                                    "precision": _precision(fn, notes)}
        results[split]["medenclave_cli_cold_s"] = round(_cli_cold(notes), 2)
    if ns.json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return
    _print(results, splits, list(contenders))


def _pct(cell: dict | None, key: str = "recall") -> str:
    if not cell or cell.get(key) is None:
        return "     -"
    return f"{100 * cell[key]:6.2f}"


def _print(results: dict, splits, names: list[str]) -> None:
    print("frozen files intact:", all(results["frozen_ok"].values()))
    for split in splits:
        res = results[split]
        print(f"\n== {split} split: PHI removed (%), both languages (MedEnclave also en / zh) ==")
        print(f"{'category':<16}" + "".join(f"{n[:24]:>26}" for n in names)
              + f"{'medenclave en':>15}{'zh':>8}")
        ours = res["medenclave"]["phi"]
        for cat in [*ours["by_category"], "OVERALL"]:
            cells = []
            for n in names:
                block = res[n]["phi"]
                cell = block["overall"] if cat == "OVERALL" else block["by_category"].get(cat)
                cells.append(f"{_pct(cell):>26}")
            langs = ours["by_lang"] if cat == "OVERALL" else {
                lang: ours["by_lang_category"].get(lang, {}).get(cat) for lang in ("en", "zh")}
            print(f"{cat:<16}" + "".join(cells)
                  + f"{_pct(langs.get('en')):>15}{_pct(langs.get('zh')):>8}")
        print("clinical terms kept (%): " + ", ".join(
            f"{n} {_pct(res[n]['keep']['overall'], 'retention').strip()}" for n in names))
        print("precision, spans / characters (%): " + ", ".join(
            f"{n} {_pct(res[n]['precision'], 'span_precision').strip()} / "
            f"{_pct(res[n]['precision'], 'char_precision').strip()}" for n in names))
        print("notes/s in-process (warm): " + ", ".join(
            f"{n} {res[n]['notes_per_s_warm']}" for n in names))
        print(f"medenclave deid text, cold CLI run over the {split} notes: "
              f"{res['medenclave_cli_cold_s']} s")


if __name__ == "__main__":
    main()
