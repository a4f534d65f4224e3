"""The frozen v3 holdout of the clinical-notes evaluation set (bench/deid/notes_eval, issue 11) is
intact and consistent: its checksums match SHA256SUMS-v3, it parses, its annotations are exact and
non-overlapping, every PHI category reaches 20 spans per language, its templates are its own (none
of v1's or v2's names, as their manifests list them), the scorer gives the trivial baselines their
exact scores on it, and v1's and v2's checksum lists are untouched by it. Reads the frozen files
only (no Faker, the generator is not run)."""

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
V3_FILE = "notes-v3-holdout.jsonl"


def _load_scorer():
    spec = importlib.util.spec_from_file_location("notes_eval_score_v3", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["notes_eval_score_v3"] = module
    spec.loader.exec_module(module)
    return module


score = _load_scorer()


@pytest.fixture(scope="module")
def notes():
    return score.load_notes("holdout-v3")


def test_v3_checksums_match_and_v1_v2_lists_are_unchanged():
    v3 = score.verify_frozen(EVAL / "frozen", sums=score.V3_SUMS)
    assert set(v3) == {"MANIFEST-v3.json", V3_FILE}
    assert all(v3.values()), v3
    v2 = score.verify_frozen(EVAL / "frozen", sums=score.V2_SUMS)
    assert set(v2) == {"MANIFEST-v2.json", "notes-v2-holdout.jsonl"}
    assert all(v2.values()), v2
    v1 = score.verify_frozen(EVAL / "frozen")
    assert set(v1) == {"MANIFEST.json", "notes-dev.jsonl", "notes-holdout.jsonl"}
    assert all(v1.values()), v1


def test_v3_parses_and_matches_its_manifest(notes):
    assert len(notes) == 500
    assert Counter(n["lang"] for n in notes) == {"en": 300, "zh": 200}
    manifest = json.loads((EVAL / "frozen" / "MANIFEST-v3.json").read_text(encoding="utf-8"))
    assert manifest["version"] == "v3"
    for lang, cell in manifest["splits"]["holdout-v3"].items():
        got = Counter(s["category"] for n in notes if n["lang"] == lang for s in n["phi"])
        assert dict(got) == cell["phi_spans"], lang
        assert {n["template"] for n in notes if n["lang"] == lang} == set(cell["templates"])


def _id_card_ok(s: str) -> bool:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return (
        bool(re.fullmatch(r"\d{17}[\dX]", s))
        and "10X98765432"[sum(int(a) * b for a, b in zip(s, w)) % 11] == s[17]
    )


def test_v3_annotations_consistent(notes):
    ids = set()
    for n in notes:
        assert n["split"] == "holdout-v3" and n["id"] not in ids
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


def test_v3_every_category_and_kind_covered(notes):
    for lang in ("en", "zh"):
        got = Counter(s["category"] for n in notes if n["lang"] == lang for s in n["phi"])
        short = {c: got[c] for c in score.LANG_CATEGORIES[lang] if got[c] < 20}
        assert not short, (lang, short)
        kinds = Counter(s["kind"] for n in notes if n["lang"] == lang for s in n["keep"])
        assert all(kinds[k] >= 20 for k in score.KEEP_KINDS), (lang, kinds)


def test_v3_templates_are_new(notes):
    older = set()
    for name in ("MANIFEST.json", "MANIFEST-v2.json"):
        m = json.loads((EVAL / "frozen" / name).read_text(encoding="utf-8"))
        older |= {t for sp in m["splits"].values() for cell in sp.values() for t in cell["templates"]}
    v3_templates = {n["template"] for n in notes}
    assert not older & v3_templates
    assert len({t for t in v3_templates if t.startswith("en3_")}) >= 12
    assert len({t for t in v3_templates if t.startswith("zh3_")}) >= 12


def test_self_test_covers_v3(capsys):
    assert score.self_test() is True
    out = capsys.readouterr().out
    assert "PASS holdout-v3: oracle recall == 1" in out
    assert "PASS sha256 notes-v3-holdout.jsonl" in out


def test_v3_baselines(notes):
    report = score.score(notes, score.identity)
    assert report["phi"]["overall"]["recall"] == 0.0
    assert report["keep"]["overall"]["retention"] == 1.0
    assert "leaks" not in report  # a holdout: individual leaks are not listed
    report = score.score(notes, score.oracle(notes))
    assert report["phi"]["overall"]["recall"] == 1.0
    assert all(c["recall"] == 1.0 for c in report["phi"]["by_category"].values())
    assert report["keep"]["overall"]["retention"] == 1.0


def test_scorer_cli_scores_v3(capsys):
    assert score.main(["--split", "holdout-v3", "--module", "identity", "--json", "-"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["frozen_sha256_ok"] is True
    assert report["splits"] == ["holdout-v3"] and report["notes"] == 500
