"""The frozen clinical-notes de-identification evaluation set (bench/deid/notes_eval) is intact and
its scorer behaves: checksums match, annotations are consistent, every PHI category is covered in
both splits, and the scorer gives the trivial baselines their exact scores. Reads the frozen files
only (no Faker, the generator is not run)."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

from medenclave_testing.notes_eval import check_annotations

EVAL = Path(__file__).resolve().parents[1] / "bench" / "deid" / "notes_eval"


def _load_scorer():
    spec = importlib.util.spec_from_file_location("notes_eval_score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["notes_eval_score"] = module
    spec.loader.exec_module(module)
    return module


score = _load_scorer()


@pytest.fixture(scope="module")
def notes():
    return {split: score.load_notes(split) for split in ("dev", "holdout")}


def test_checksums_match():
    listed = score.verify_frozen(EVAL / "frozen")
    assert set(listed) == {"MANIFEST.json", "notes-dev.jsonl", "notes-holdout.jsonl"}
    assert all(listed.values()), listed



def test_annotations_consistent(notes):
    ids = set()
    for split, ns in notes.items():
        assert len(ns) == 500
        assert Counter(n["lang"] for n in ns) == {"en": 300, "zh": 200}
        for n in ns:
            assert n["split"] == split and n["id"] not in ids
            ids.add(n["id"])
            check_annotations(n, score.LANG_CATEGORIES, score.KEEP_KINDS)


def test_every_category_covered_in_both_splits(notes):
    for split, ns in notes.items():
        for lang in ("en", "zh"):
            got = Counter(s["category"] for n in ns if n["lang"] == lang for s in n["phi"])
            short = {c: got[c] for c in score.LANG_CATEGORIES[lang] if got[c] < 20}
            assert not short, (split, lang, short)


def test_holdout_templates_never_in_dev(notes):
    dev = {n["template"] for n in notes["dev"]}
    holdout = {n["template"] for n in notes["holdout"]}
    assert (
        len({t for t in dev if t.startswith("en_")}) + len({t for t in holdout if t.startswith("en_")}) >= 24
    )
    assert (
        len({t for t in dev if t.startswith("zh_")}) + len({t for t in holdout if t.startswith("zh_")}) >= 16
    )
    assert not dev & holdout


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_identity_scores_zero_recall_full_retention(notes, split):
    report = score.score(notes[split], score.identity)
    assert report["phi"]["overall"]["recall"] == 0.0
    assert report["keep"]["overall"]["retention"] == 1.0


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_annotation_oracle_scores_full_recall(notes, split):
    report = score.score(notes[split], score.oracle(notes[split]))
    assert report["phi"]["overall"]["recall"] == 1.0
    assert all(c["recall"] == 1.0 for c in report["phi"]["by_category"].values())
    assert report["keep"]["overall"]["retention"] == 1.0


def test_holdout_report_lists_no_individual_leaks(notes):
    report = score.score(notes["holdout"][:20], score.identity)
    assert "leaks" not in report and "lost_terms" not in report
    report = score.score(notes["dev"][:20], score.identity)
    assert report["leaks"] and "by_template" in report


def _note(text: str, phi: list[tuple[str, str]], keep: list[tuple[str, str]] = ()) -> dict:
    def spans(items, key):
        out, pos = [], 0
        for label, value in items:
            start = text.index(value, pos)
            out.append({"start": start, "end": start + len(value), key: label, "value": value})
            pos = start + len(value)
        return out

    return {
        "id": "t",
        "lang": "en",
        "split": "dev",
        "template": "t",
        "text": text,
        "phi": spans(phi, "category"),
        "keep": spans(keep, "kind"),
    }


def test_leak_rule_examples():
    n = _note(
        "Will Hope says he will call. Tel (415) 555-0123. Started metformin 500 mg.",
        [("NAME_PATIENT", "Will Hope"), ("PHONE", "(415) 555-0123")],
        [("DRUG", "metformin"), ("DOSE", "500 mg")],
    )

    def verdict(output):
        phi, keep = score.judge_note(n, output)
        return [r["ok"] for r in phi], [r["ok"] for r in keep]

    # a common word that is also a name is not a leak while the note's own "will" stays
    assert verdict("[NAME] says he will call. Tel [PHONE]. Started metformin 500 mg.") == (
        [True, True],
        [True, True],
    )
    # one surviving name token is a leak; a reformatted phone number is a leak
    assert verdict("[NAME] Hope says he will call. Tel 415.555.0123. Started metformin 500 mg.")[0] == [
        False,
        False,
    ]
    assert verdict("Will [NAME] says he will call. Tel [PHONE]. Started metformin 500 mg.")[0] == [
        False,
        True,
    ]
    # over-redaction of clinical terms is measured
    assert verdict("[NAME] says he will call. Tel [PHONE]. Started [DRUG] 500 mg.")[1] == [False, True]
