"""The frozen v2 holdout of the clinical-notes evaluation set (bench/deid/notes_eval, issue 11) is
intact and consistent: its checksums match SHA256SUMS-v2, it parses, its annotations are exact and
non-overlapping, every PHI category reaches 20 spans per language, its templates are its own (none
of v1's names), the scorer gives the trivial baselines their exact scores on it, and v1's checksum
list is untouched by it. Reads the frozen files only (no Faker, the generator is not run)."""

from __future__ import annotations

import importlib.util
import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[1] / "bench" / "deid" / "notes_eval"
V2_FILE = "notes-v2-holdout.jsonl"


def _load_scorer():
    spec = importlib.util.spec_from_file_location("notes_eval_score_v2", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["notes_eval_score_v2"] = module
    spec.loader.exec_module(module)
    return module


score = _load_scorer()


@pytest.fixture(scope="module")
def notes():
    return score.load_notes("holdout-v2")


def test_v2_checksums_match_and_v1_list_is_unchanged():
    v2 = score.verify_frozen(EVAL / "frozen", sums=score.V2_SUMS)
    assert set(v2) == {"MANIFEST-v2.json", V2_FILE}
    assert all(v2.values()), v2
    v1 = score.verify_frozen(EVAL / "frozen")
    assert set(v1) == {"MANIFEST.json", "notes-dev.jsonl", "notes-holdout.jsonl"}
    assert all(v1.values()), v1


def test_v2_parses_and_matches_its_manifest(notes):
    assert len(notes) == 500
    assert Counter(n["lang"] for n in notes) == {"en": 300, "zh": 200}
    manifest = json.loads((EVAL / "frozen" / "MANIFEST-v2.json").read_text(encoding="utf-8"))
    assert manifest["version"] == "v2"
    for lang, cell in manifest["splits"]["holdout-v2"].items():
        got = Counter(s["category"] for n in notes if n["lang"] == lang for s in n["phi"])
        assert dict(got) == cell["phi_spans"], lang
        assert {n["template"] for n in notes if n["lang"] == lang} == set(cell["templates"])


def _id_card_ok(s: str) -> bool:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return (
        bool(re.fullmatch(r"\d{17}[\dX]", s))
        and "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11] == s[17]
    )


def test_v2_annotations_consistent(notes):
    ids = set()
    for n in notes:
        assert n["split"] == "holdout-v2" and n["id"] not in ids
        ids.add(n["id"])
        text = n["text"]
        spans = []
        for s in n["phi"]:
            assert s["category"] in score.LANG_CATEGORIES[n["lang"]], s
            spans.append(s)
        for s in n["keep"]:
            assert s["kind"] in score.KEEP_KINDS, s
            spans.append(s)
        for s in spans:
            assert 0 <= s["start"] < s["end"] <= len(text)
            assert text[s["start"] : s["end"]] == s["value"], (n["id"], s)
        spans.sort(key=lambda s: s["start"])
        for a, b in itertools.pairwise(spans):
            assert b["start"] >= a["end"], (n["id"], a, b)
        for s in n["phi"]:
            if s["category"] == "ID_CARD":
                assert _id_card_ok(s["value"]), s


def test_v2_every_category_and_kind_covered(notes):
    for lang in ("en", "zh"):
        got = Counter(s["category"] for n in notes if n["lang"] == lang for s in n["phi"])
        short = {c: got[c] for c in score.LANG_CATEGORIES[lang] if got[c] < 20}
        assert not short, (lang, short)
        kinds = Counter(s["kind"] for n in notes if n["lang"] == lang for s in n["keep"])
        assert all(kinds[k] >= 20 for k in score.KEEP_KINDS), (lang, kinds)


def test_v2_templates_are_new(notes):
    v1 = json.loads((EVAL / "frozen" / "MANIFEST.json").read_text(encoding="utf-8"))
    v1_templates = {t for sp in v1["splits"].values() for cell in sp.values() for t in cell["templates"]}
    v2_templates = {n["template"] for n in notes}
    assert not v1_templates & v2_templates
    assert len({t for t in v2_templates if t.startswith("en2_")}) >= 12
    assert len({t for t in v2_templates if t.startswith("zh2_")}) >= 12


def test_v2_baselines(notes):
    report = score.score(notes, score.identity)
    assert report["phi"]["overall"]["recall"] == 0.0
    assert report["keep"]["overall"]["retention"] == 1.0
    assert "leaks" not in report  # a holdout: individual leaks are not listed
    report = score.score(notes, score.oracle(notes))
    assert report["phi"]["overall"]["recall"] == 1.0
    assert all(c["recall"] == 1.0 for c in report["phi"]["by_category"].values())
    assert report["keep"]["overall"]["retention"] == 1.0


def test_scorer_cli_scores_v2(capsys):
    assert score.main(["--split", "holdout-v2", "--module", "identity", "--json", "-"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["frozen_sha256_ok"] is True
    assert report["splits"] == ["holdout-v2"] and report["notes"] == 500
