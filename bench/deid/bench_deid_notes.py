"""Clinical notes: notes per second and per-category recall/precision on the seeded synthetic
corpora (English and Chinese), MedEnclave's rules side by side with Presidio's pattern
recognizers in the same run.

Presidio runs offline: the no-op NLP engine (no spaCy model, so no names/locations from NER),
its predefined pattern recognizers, ``TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS=""``. Its recognizers
are English; on the Chinese corpus they run as language-neutral regexes (language "en").
Recall is span-level by characters (a labelled span is found when detected spans of any
category cover all its characters); precision: a detected span is correct when it overlaps a
labelled span.

    .venv/bin/python bench/deid/bench_deid_notes.py [--notes 300] [--repeat 3] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import time

os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text.corpus import chinese_corpus, english_corpus  # noqa: E402
from medenclave_deid.core.text.evaluation import evaluate  # noqa: E402
from medenclave_deid.core.text.spans import PhiSpan  # noqa: E402


def _presidio():
    try:
        from presidio_analyzer import AnalyzerEngine
        from presidio_analyzer.nlp_engine.no_op_nlp_engine import NoOpNlpEngine
    except ImportError:
        return None
    engine = AnalyzerEngine(nlp_engine=NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "no_op"}]),
                            supported_languages=["en"])

    def find(text: str) -> list[PhiSpan]:
        return [PhiSpan(r.start, r.end, r.entity_type.lower()) for r in engine.analyze(text, language="en")]
    return find


def _run(name: str, find, corpus, repeat: int) -> dict:
    best = float("inf")
    predictions = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        predictions = [find(n.text) for n in corpus]
        best = min(best, time.perf_counter() - t0)
    ev = evaluate(corpus, predictions)
    return {"tool": name, "notes_per_s": round(len(corpus) / best, 1), **ev.as_dict()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--notes", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    ns = ap.parse_args()
    ours = make_note_deidentifier(b"b" * 32)
    presidio = _presidio()
    results = []
    for lang, corpus in (("en", english_corpus(ns.notes)), ("zh", chinese_corpus(ns.notes))):
        row = {"lang": lang, "notes": len(corpus)}
        row["medenclave_find"] = _run("medenclave (find)", lambda t, lang=lang: ours.find(t, lang=lang)[1],
                                      corpus, ns.repeat)
        t0 = time.perf_counter()
        for note in corpus:
            ours.deidentify(note.text, lang="auto")
        row["medenclave_deidentify_notes_per_s"] = round(len(corpus) / (time.perf_counter() - t0), 1)
        if presidio is not None:
            row["presidio_patterns"] = _run("presidio (patterns, no NLP)", presidio, corpus, ns.repeat)
            row["speed_ratio_medenclave_over_presidio"] = round(
                row["medenclave_find"]["notes_per_s"] / row["presidio_patterns"]["notes_per_s"], 2)
        results.append(row)
    if ns.json:
        print(json.dumps(results, indent=1, ensure_ascii=False))
        return
    if presidio is None:
        print("presidio-analyzer is not installed: MedEnclave only")
    for row in results:
        ours_r = row["medenclave_find"]
        print(f"\n== {row['lang']}: {row['notes']} notes ==")
        print(f"medenclave: {ours_r['notes_per_s']} notes/s detect, "
              f"{row['medenclave_deidentify_notes_per_s']} notes/s detect+replace; "
              f"clinical terms kept {ours_r['clinical_terms_kept']:.3f}")
        peer = row.get("presidio_patterns")
        if peer:
            print(f"presidio:   {peer['notes_per_s']} notes/s detect; clinical terms kept "
                  f"{peer['clinical_terms_kept']:.3f}; ratio {row['speed_ratio_medenclave_over_presidio']}x")
        print(f"{'category':<12} {'recall':>7} {'prec':>6}" + (f" {'presidio recall':>16}" if peer else ""))
        for cat, rec in ours_r["recall"].items():
            line = f"{cat:<12} {rec:>7.3f} {ours_r['precision'].get(cat, float('nan')):>6.3f}"
            if peer:
                line += f" {peer['recall'][cat]:>16.3f}"
            print(line)
        low = [c for c, r in ours_r["recall"].items() if r < 0.99]
        print("recall goal (>= 0.99 every category):", "met" if not low else f"NOT met for {low}")


if __name__ == "__main__":
    main()
