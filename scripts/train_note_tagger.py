#!/usr/bin/env python3
"""Train the notes' name and place taggers (English words, Chinese characters), or cross-validate them.

Training reads the notes of the development sets only — v1 (``dev`` and ``holdout``),
v2 … v21 of ``bench/deid/notes_eval/frozen/`` — never a set still blind (v22 and later). v6 … v21
were blind judges first (scored and quoted as aggregates; v6 and v7 in the eleventh round, v8 in the
eleventh and the twelfth, v9 in the twelfth, v10 and v11 in the thirteenth, v11 again and v12 in the
fourteenth, v12 a third time at the fifteenth's start, v13 twice in the fifteenth and a third time at the
sixteenth's start, v14 three times in the sixteenth and a fourth time at the seventeenth's start, v15
three times in the seventeenth and a fourth time, with the same code, at the eighteenth's start, v16
four times in the eighteenth, v17 three times in the nineteenth and a fourth time, with the same
code, at the twentieth's start, v18 twice in the twentieth, v19 twice in the twentieth and a third
time, with the same code, at the twenty-first's start, v20 twice in the twenty-first, v21 twice in the
twenty-first and a third time, with the same code, at the twenty-second's start) and joined the training
writers after that.
The same sets in the same order give the same model (CRFsuite's L-BFGS is deterministic)::

    .venv/bin/python scripts/train_note_tagger.py            # writes reference_data/note_tagger.crfsuite
    .venv/bin/python scripts/train_note_tagger.py --cross-validate
    .venv/bin/python scripts/train_note_tagger.py --lang zh --cross-validate --held-out v5 v6 v7

``--cross-validate`` is the honest measure: the writers take turns as the held-out one; a
model trained on the others is scored on it with ``score.py``, the rules alone against the
rules and the tagger at several thresholds. ``--lang zh`` does the same for the Chinese notes'
character tagger (``reference_data/zh_note_tagger.crfsuite``).
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

from medenclave_deid.adapters.outbound.crf_tagger import (  # noqa: E402
    NOTE_TAGGER_MODEL,
    ZH_NOTE_TAGGER_MODEL,
    CrfTagger,
    train_crf,
)
from medenclave_deid.adapters.outbound.jieba_tagger import JiebaTagger  # noqa: E402
from medenclave_deid.adapters.outbound.text_vocabulary import load_text_vocabulary  # noqa: E402
from medenclave_deid.core.text import NoteDeidentifier  # noqa: E402
from medenclave_deid.core.text.note_tagger import (  # noqa: E402
    LABEL_OF,
    note_tokens,
    token_features,
    token_labels,
)
from medenclave_deid.core.text.zh_note_tagger import ZH_LABEL_OF, char_features, char_labels  # noqa: E402

#: the development sets, by writer (v1's dev and holdout came from one writer)
WRITERS = {"v1": ("dev", "holdout"), "v2": ("holdout-v2",), "v3": ("holdout-v3",),
           "v4": ("holdout-v4",), "v5": ("holdout-v5",), "v6": ("holdout-v6",), "v7": ("holdout-v7",),
           "v8": ("holdout-v8",), "v9": ("holdout-v9",), "v10": ("holdout-v10",),
           "v11": ("holdout-v11",), "v12": ("holdout-v12",), "v13": ("holdout-v13",),
           "v14": ("holdout-v14",), "v15": ("holdout-v15",), "v16": ("holdout-v16",),
           "v17": ("holdout-v17",), "v18": ("holdout-v18",), "v19": ("holdout-v19",),
           "v20": ("holdout-v20",), "v21": ("holdout-v21",)}
THRESHOLDS = (0.3, 0.5, 0.7, 0.9)
_SHOWN = {"en": ("NAME_PATIENT", "NAME_RELATIVE", "NAME_CLINICIAN", "CITY", "PROVINCE_STATE", "POSTCODE",
                  "ADDRESS_STREET", "HOSPITAL"),
          "zh": ("NAME_PATIENT", "NAME_RELATIVE", "NAME_CLINICIAN", "CITY", "PROVINCE_STATE",
                 "ADDRESS_STREET", "HOSPITAL", "WORKPLACE")}
MODELS = {"en": NOTE_TAGGER_MODEL, "zh": ZH_NOTE_TAGGER_MODEL}


def notes_of(writers: list[str], lang: str = "en") -> list[dict]:
    """The notes in ``lang`` of ``writers``' sets, in a fixed order."""
    return [n for w in writers for split in WRITERS[w] for n in load_notes(split, lang=lang)]


def sequences(notes: list[dict], lang: str = "en"):
    """(features, labels) per note, one note at a time (the Chinese features of every character
    of every note would not fit in memory at once)."""
    if lang == "zh":
        segmenter = JiebaTagger()
        for note in notes:
            text = note["text"]
            yield char_features(text, segmenter.tag(text)), char_labels(text, note["phi"])
        return
    vocab = load_text_vocabulary()
    for note in notes:
        tokens = note_tokens(note["text"])
        yield token_features(note["text"], tokens, vocab), token_labels(tokens, note["phi"])


def train(writers: list[str], path: Path, lang: str = "en") -> float:
    """Train on ``writers``' notes in ``lang`` into ``path``; the seconds it took."""
    began = time.perf_counter()
    train_crf(sequences(notes_of(writers, lang), lang), path)
    return time.perf_counter() - began


def _row(report: dict, lang: str) -> dict[str, float]:
    cats = report["phi"]["by_lang_category"][lang]
    row = {lang: report["phi"]["by_lang"][lang]["recall"],
           "keep": report["keep"]["by_lang"][lang]["retention"]}
    row.update({c: cats[c]["recall"] for c in _SHOWN[lang] if c in cats})
    return row


def _with_tagger(vocab, lang: str, tagger: CrfTagger, threshold: float) -> NoteDeidentifier:
    if lang == "zh":
        return NoteDeidentifier(secret=b"b" * 32, vocabulary=vocab, tagger=JiebaTagger(),
                                chinese_tagger=tagger, zh_tagger_threshold=threshold)
    return NoteDeidentifier(secret=b"b" * 32, vocabulary=vocab, english_tagger=tagger,
                            tagger_threshold=threshold)


def cross_validate(thresholds: tuple[float, ...], lang: str = "en",
                   held_out: list[str] | None = None) -> None:
    """Leave one writer out: print a markdown table of recall and retention in ``lang``.

    The Chinese rules run with jieba's tags in both engines (as the service runs them)."""
    vocab = load_text_vocabulary()
    head = ["held out", "engine", lang, *_SHOWN[lang], "terms kept"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    with tempfile.TemporaryDirectory() as tmp:
        for held in held_out or list(WRITERS):
            model = Path(tmp) / f"without-{held}.crfsuite"
            seconds = train([w for w in WRITERS if w != held], model, lang)
            print(f"<!-- {held}: trained in {seconds:.0f} s -->", file=sys.stderr, flush=True)
            notes = notes_of([held], lang)
            rules = NoteDeidentifier(secret=b"b" * 32, vocabulary=vocab,
                                     tagger=JiebaTagger() if lang == "zh" else None)
            engines: list[tuple[str, NoteDeidentifier]] = [("rules", rules)]
            tagger = CrfTagger(model)
            engines += [(f"rules+tagger {t}", _with_tagger(vocab, lang, tagger, t)) for t in thresholds]
            for name, deid in engines:
                row = _row(score(notes, lambda text, lg, d=deid: d.deidentify(text, lang=lg).text,
                                 show_leaks=False), lang)
                cells = [held, name, *(f"{row[k] * 100:.2f}" if k in row else "–"
                                       for k in (lang, *_SHOWN[lang])), f"{row['keep'] * 100:.2f}"]
                print("| " + " | ".join(cells) + " |", flush=True)


def _positions_and_features(note: dict, lang: str,
                            vocab) -> tuple[list[tuple[int, int]], list[list[str]]]:
    """A note's tokens (``[start, end)``: English words, Chinese characters) and their features."""
    text = note["text"]
    if lang == "zh":
        return [(i, i + 1) for i in range(len(text))], char_features(text, JiebaTagger().tag(text))
    tokens = note_tokens(text)
    return [(t.start, t.end) for t in tokens], token_features(text, tokens, vocab)


def tagger_alone(thresholds: tuple[float, ...], lang: str = "en",
                 held_out: list[str] | None = None) -> None:
    """Leave one writer out, the tagger without the rules: of the annotated names, places,
    hospitals (and Chinese workplaces) of the held-out writer, the share whose every token it tags
    (any label), and of the tokens it tags, the share inside annotated PHI of any category (a
    markdown table).

    The rules were fitted to every development set, so their figures on a held-out writer are not
    blind; the tagger's own figures here are."""
    vocab = load_text_vocabulary()
    groups = {"NAME": "names", "PLACE": "places", "HOSPITAL": "hospitals"}
    label_of = LABEL_OF
    if lang == "zh":
        groups, label_of = groups | {"ORG": "workplaces"}, ZH_LABEL_OF
    head = ["held out", "threshold", *(f"{g} found" for g in groups.values()), "tagged tokens in PHI"]
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    with tempfile.TemporaryDirectory() as tmp:
        for held in held_out or list(WRITERS):
            model = Path(tmp) / f"without-{held}.crfsuite"
            train([w for w in WRITERS if w != held], model, lang)
            tagger = CrfTagger(model)
            counts = {t: {g: [0, 0] for g in [*groups.values(), "tagged"]} for t in thresholds}
            for note in notes_of([held], lang):
                tokens, features = _positions_and_features(note, lang, vocab)
                phi_prob = [1.0 - p.get("O", 0.0) for p in tagger.marginals(features)]
                in_phi = [any(a < s["end"] and s["start"] < b for s in note["phi"]) for a, b in tokens]
                for t in thresholds:
                    c = counts[t]
                    for span in note["phi"]:
                        group = groups.get(label_of.get(span["category"], ""))
                        inside = [p for (a, b), p in zip(tokens, phi_prob, strict=True)
                                  if a < span["end"] and span["start"] < b]
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
    parser.add_argument("--lang", choices=sorted(MODELS), default="en")
    parser.add_argument("--held-out", nargs="+", choices=list(WRITERS),
                        help="the writers that take turns as the held-out one (default: all)")
    parser.add_argument("--out", type=Path, help="the model (default: the language's shipped one)")
    args = parser.parse_args(argv)
    if args.cross_validate:
        cross_validate(tuple(args.thresholds), args.lang, args.held_out)
        return 0
    if args.tagger_alone:
        tagger_alone(tuple(args.thresholds), args.lang, args.held_out)
        return 0
    args.out = args.out or MODELS[args.lang]
    seconds = train(list(WRITERS), args.out, args.lang)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    print(f"{args.out.name}: {args.out.stat().st_size} bytes, sha256 {digest}, {seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
