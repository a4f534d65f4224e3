#!/usr/bin/env python3
"""Train the English notes' name and place tagger from the development notes, or cross-validate it.

Training reads the English notes of the development sets only — v1 (``dev`` and ``holdout``),
v2 … v7 of ``bench/deid/notes_eval/frozen/`` — never a blind set (v8 and later). v6 and v7 were
blind judges first (scored and quoted as aggregates, eleventh round) and joined the training
writers after that. The
same sets in the same order give the same model (CRFsuite's L-BFGS is deterministic)::

    .venv/bin/python scripts/train_note_tagger.py            # writes reference_data/note_tagger.crfsuite
    .venv/bin/python scripts/train_note_tagger.py --cross-validate

``--cross-validate`` is the honest measure: the writers take turns as the held-out one; a
model trained on the other four is scored on it with ``score.py``, the rules alone against the
rules and the tagger at several thresholds.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench" / "deid" / "notes_eval"))

from score import load_notes, score  # noqa: E402

from medenclave_deid.adapters.outbound.crf_tagger import NOTE_TAGGER_MODEL, CrfTagger, train_crf  # noqa: E402
from medenclave_deid.adapters.outbound.text_vocabulary import load_text_vocabulary  # noqa: E402
from medenclave_deid.core.text import NoteDeidentifier  # noqa: E402
from medenclave_deid.core.text.note_tagger import (  # noqa: E402
    LABEL_OF,
    note_tokens,
    token_features,
    token_labels,
)

#: the development sets, by writer (v1's dev and holdout came from one writer)
WRITERS = {"v1": ("dev", "holdout"), "v2": ("holdout-v2",), "v3": ("holdout-v3",),
           "v4": ("holdout-v4",), "v5": ("holdout-v5",), "v6": ("holdout-v6",), "v7": ("holdout-v7",)}
THRESHOLDS = (0.3, 0.5, 0.7, 0.9)
_SHOWN = ("NAME_PATIENT", "NAME_RELATIVE", "NAME_CLINICIAN", "CITY", "PROVINCE_STATE", "POSTCODE",
          "ADDRESS_STREET", "HOSPITAL")


def english_notes(writers: list[str]) -> list[dict]:
    """The English notes of ``writers``' sets, in a fixed order."""
    return [n for w in writers for split in WRITERS[w] for n in load_notes(split, lang="en")]


def sequences(notes: list[dict]) -> list[tuple[list[list[str]], list[str]]]:
    """(features, labels) per note."""
    vocab = load_text_vocabulary()
    out = []
    for note in notes:
        tokens = note_tokens(note["text"])
        out.append((token_features(note["text"], tokens, vocab), token_labels(tokens, note["phi"])))
    return out


def train(writers: list[str], path: Path) -> float:
    """Train on ``writers``' English notes into ``path``; the seconds it took."""
    began = time.perf_counter()
    train_crf(sequences(english_notes(writers)), path)
    return time.perf_counter() - began


def _row(report: dict) -> dict[str, float]:
    cats = report["phi"]["by_lang_category"]["en"]
    row = {"en": report["phi"]["by_lang"]["en"]["recall"],
           "keep": report["keep"]["by_lang"]["en"]["retention"]}
    row.update({c: cats[c]["recall"] for c in _SHOWN if c in cats})
    return row


def cross_validate(thresholds: tuple[float, ...]) -> None:
    """Leave one writer out: print a markdown table of English recall and retention."""
    vocab = load_text_vocabulary()
    head = ["held out", "engine", "en", *_SHOWN, "terms kept"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    with tempfile.TemporaryDirectory() as tmp:
        for held in WRITERS:
            model = Path(tmp) / f"without-{held}.crfsuite"
            seconds = train([w for w in WRITERS if w != held], model)
            print(f"<!-- {held}: trained in {seconds:.0f} s -->", file=sys.stderr)
            notes = english_notes([held])
            engines: list[tuple[str, NoteDeidentifier]] = [
                ("rules", NoteDeidentifier(secret=b"b" * 32, vocabulary=vocab))]
            tagger = CrfTagger(model)
            engines += [(f"rules+tagger {t}", NoteDeidentifier(
                secret=b"b" * 32, vocabulary=vocab, english_tagger=tagger, tagger_threshold=t))
                for t in thresholds]
            for name, deid in engines:
                row = _row(score(notes, lambda text, lang, d=deid: d.deidentify(text, lang=lang).text,
                                 show_leaks=False))
                cells = [held, name, *(f"{row[k] * 100:.2f}" if k in row else "–"
                                       for k in ("en", *_SHOWN)), f"{row['keep'] * 100:.2f}"]
                print("| " + " | ".join(cells) + " |", flush=True)


def tagger_alone(thresholds: tuple[float, ...]) -> None:
    """Leave one writer out, the tagger without the rules: of the annotated names, places and
    hospitals of the held-out writer, the share whose every token it tags (any label), and of
    the tokens it tags, the share inside annotated PHI of any category (a markdown table).

    The rules were fitted to every development set, so their figures on a held-out writer are not
    blind; the tagger's own figures here are."""
    vocab = load_text_vocabulary()
    print("| held out | threshold | names found | places found | hospitals found | tagged tokens in PHI |")
    print("|---|---|---|---|---|---|")
    groups = {"NAME": "names", "PLACE": "places", "HOSPITAL": "hospitals"}
    with tempfile.TemporaryDirectory() as tmp:
        for held in WRITERS:
            model = Path(tmp) / f"without-{held}.crfsuite"
            train([w for w in WRITERS if w != held], model)
            tagger = CrfTagger(model)
            counts = {t: {"names": [0, 0], "places": [0, 0], "hospitals": [0, 0], "tagged": [0, 0]}
                      for t in thresholds}
            for note in english_notes([held]):
                tokens = note_tokens(note["text"])
                phi_prob = [1.0 - p.get("O", 0.0)
                            for p in tagger.marginals(token_features(note["text"], tokens, vocab))]
                in_phi = [any(t.start < s["end"] and s["start"] < t.end for s in note["phi"])
                          for t in tokens]
                for t in thresholds:
                    c = counts[t]
                    for span in note["phi"]:
                        group = groups.get(LABEL_OF.get(span["category"], ""))
                        inside = [p for tok, p in zip(tokens, phi_prob, strict=True)
                                  if tok.start < span["end"] and span["start"] < tok.end]
                        if group and inside:
                            c[group][0] += all(p >= t for p in inside)
                            c[group][1] += 1
                    tagged = [phi for phi, p in zip(in_phi, phi_prob, strict=True) if p >= t]
                    c["tagged"][0] += sum(tagged)
                    c["tagged"][1] += len(tagged)
            for t in thresholds:
                cells = [f"{ok / n * 100:.2f}" if n else "–" for ok, n in counts[t].values()]
                print(f"| {held} | {t} | " + " | ".join(cells) + " |", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cross-validate", action="store_true",
                        help="leave one writer out; print the table")
    parser.add_argument("--tagger-alone", action="store_true",
                        help="leave one writer out; the tagger's own recall and precision")
    parser.add_argument("--thresholds", type=float, nargs="+", default=list(THRESHOLDS))
    parser.add_argument("--out", type=Path, default=NOTE_TAGGER_MODEL)
    args = parser.parse_args(argv)
    if args.cross_validate:
        cross_validate(tuple(args.thresholds))
        return 0
    if args.tagger_alone:
        tagger_alone(tuple(args.thresholds))
        return 0
    seconds = train(list(WRITERS), args.out)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    print(f"{args.out.name}: {args.out.stat().st_size} bytes, sha256 {digest}, {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
