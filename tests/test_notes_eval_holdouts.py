"""The frozen v2 to v39 holdouts of the clinical-notes evaluation set (bench/deid/notes_eval, issue
11) are intact and consistent: each one's checksums match its SHA256SUMS-<v>, it parses, its
annotations are exact and non-overlapping, every PHI category reaches 20 spans per language, its
templates are its own (none of an older version's names, as their manifests list them), the scorer
gives the trivial baselines their exact scores on it, and the older versions' checksum lists are
untouched by it. Reads the frozen files only (no Faker, the generators are not run), except the tests
that regenerate v4 to v39 byte-identically where Faker 40.63.0 is installed."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from medenclave_testing.notes_eval import check_annotations

EVAL = Path(__file__).resolve().parents[1] / "bench" / "deid" / "notes_eval"
#: the holdouts after v1 (v1 is tests/test_notes_eval_frozen.py)
VERSIONS = [f"v{i}" for i in range(2, 40)]  # v2 ... v39
#: notes per language (v6 is smaller: written against a deadline, README.md "v6")
SIZES = {"v6": {"en": 200, "zh": 140}}
DEFAULT_SIZES = {"en": 300, "zh": 200}


def _load_scorer():
    spec = importlib.util.spec_from_file_location("notes_eval_score_holdouts", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["notes_eval_score_holdouts"] = module
    spec.loader.exec_module(module)
    return module


score = _load_scorer()
SUMS = {
    "v2": score.V2_SUMS,
    "v3": score.V3_SUMS,
    "v4": score.V4_SUMS,
    "v5": score.V5_SUMS,
    "v6": score.V6_SUMS,
    "v7": score.V7_SUMS,
    "v8": score.V8_SUMS,
    "v9": score.V9_SUMS,
    "v10": score.V10_SUMS,
    "v11": score.V11_SUMS,
    "v12": score.V12_SUMS,
    "v13": score.V13_SUMS,
    "v14": score.V14_SUMS,
    "v15": score.V15_SUMS,
    "v16": score.V16_SUMS,
    "v17": score.V17_SUMS,
    "v18": score.V18_SUMS,
    "v19": score.V19_SUMS,
    "v20": score.V20_SUMS,
    "v21": score.V21_SUMS,
    "v22": score.V22_SUMS,
    "v23": score.V23_SUMS,
    "v24": score.V24_SUMS,
    "v25": score.V25_SUMS,
    "v26": score.V26_SUMS,
    "v27": score.V27_SUMS,
    "v28": score.V28_SUMS,
    "v29": score.V29_SUMS,
    "v30": score.V30_SUMS,
    "v31": score.V31_SUMS,
    "v32": score.V32_SUMS,
    "v33": score.V33_SUMS,
    "v34": score.V34_SUMS,
    "v35": score.V35_SUMS,
    "v36": score.V36_SUMS,
    "v37": score.V37_SUMS,
    "v38": score.V38_SUMS,
    "v39": score.V39_SUMS,
}
OLDER = {
    "v2": ["v1"],
    "v3": ["v1", "v2"],
    "v4": ["v1", "v2", "v3"],
    "v5": ["v1", "v2", "v3", "v4"],
    "v6": ["v1", "v2", "v3", "v4", "v5"],
    "v7": ["v1", "v2", "v3", "v4", "v5", "v6"],
    "v8": ["v1", "v2", "v3", "v4", "v5", "v6", "v7"],
    "v9": ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8"],
    "v10": ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9"],
    "v11": ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10"],
    "v12": ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11"],
    "v13": ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12"],
    "v14": ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13"],
    "v15": ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14"],
    "v16": ["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8", "v9", "v10", "v11", "v12", "v13", "v14", "v15"],
    "v17": [f"v{i}" for i in range(1, 17)],
    "v18": [f"v{i}" for i in range(1, 18)],
    "v19": [f"v{i}" for i in range(1, 19)],
    "v20": [f"v{i}" for i in range(1, 20)],
    "v21": [f"v{i}" for i in range(1, 21)],
    "v22": [f"v{i}" for i in range(1, 22)],
    "v23": [f"v{i}" for i in range(1, 23)],
    "v24": [f"v{i}" for i in range(1, 24)],
    "v25": [f"v{i}" for i in range(1, 25)],
    "v26": [f"v{i}" for i in range(1, 26)],
    "v27": [f"v{i}" for i in range(1, 27)],
    "v28": [f"v{i}" for i in range(1, 28)],
    "v29": [f"v{i}" for i in range(1, 29)],
    "v30": [f"v{i}" for i in range(1, 30)],
    "v31": [f"v{i}" for i in range(1, 31)],
    "v32": [f"v{i}" for i in range(1, 32)],
    "v33": [f"v{i}" for i in range(1, 33)],
    "v34": [f"v{i}" for i in range(1, 34)],
    "v35": [f"v{i}" for i in range(1, 35)],
    "v36": [f"v{i}" for i in range(1, 36)],
    "v37": [f"v{i}" for i in range(1, 37)],
    "v38": [f"v{i}" for i in range(1, 38)],
    "v39": [f"v{i}" for i in range(1, 39)],
}
MANIFESTS = {
    "v1": "MANIFEST.json",
    "v2": "MANIFEST-v2.json",
    "v3": "MANIFEST-v3.json",
    "v4": "MANIFEST-v4.json",
    "v5": "MANIFEST-v5.json",
    "v6": "MANIFEST-v6.json",
    "v7": "MANIFEST-v7.json",
    "v8": "MANIFEST-v8.json",
    "v9": "MANIFEST-v9.json",
    "v10": "MANIFEST-v10.json",
    "v11": "MANIFEST-v11.json",
    "v12": "MANIFEST-v12.json",
    "v13": "MANIFEST-v13.json",
    "v14": "MANIFEST-v14.json",
    "v15": "MANIFEST-v15.json",
    "v16": "MANIFEST-v16.json",
    "v17": "MANIFEST-v17.json",
    "v18": "MANIFEST-v18.json",
    "v19": "MANIFEST-v19.json",
    "v20": "MANIFEST-v20.json",
    "v21": "MANIFEST-v21.json",
    "v22": "MANIFEST-v22.json",
    "v23": "MANIFEST-v23.json",
    "v24": "MANIFEST-v24.json",
    "v25": "MANIFEST-v25.json",
    "v26": "MANIFEST-v26.json",
    "v27": "MANIFEST-v27.json",
    "v28": "MANIFEST-v28.json",
    "v29": "MANIFEST-v29.json",
    "v30": "MANIFEST-v30.json",
    "v31": "MANIFEST-v31.json",
    "v32": "MANIFEST-v32.json",
    "v33": "MANIFEST-v33.json",
    "v34": "MANIFEST-v34.json",
    "v35": "MANIFEST-v35.json",
    "v36": "MANIFEST-v36.json",
    "v37": "MANIFEST-v37.json",
    "v38": "MANIFEST-v38.json",
    "v39": "MANIFEST-v39.json",
}


@pytest.fixture(scope="module", params=VERSIONS)
def version(request):
    return request.param


@pytest.fixture(scope="module")
def notes(version):
    return score.load_notes(f"holdout-{version}")


def test_checksums_match_and_older_lists_are_unchanged(version):
    own = score.verify_frozen(EVAL / "frozen", sums=SUMS[version])
    assert set(own) == {MANIFESTS[version], f"notes-{version}-holdout.jsonl"}
    assert all(own.values()), own
    v1 = score.verify_frozen(EVAL / "frozen")
    assert set(v1) == {"MANIFEST.json", "notes-dev.jsonl", "notes-holdout.jsonl"}
    assert all(v1.values()), v1
    for older in OLDER[version][1:]:
        got = score.verify_frozen(EVAL / "frozen", sums=SUMS[older])
        assert set(got) == {MANIFESTS[older], f"notes-{older}-holdout.jsonl"}
        assert all(got.values()), (older, got)


def test_parses_and_matches_its_manifest(version, notes):
    sizes = SIZES.get(version, DEFAULT_SIZES)
    assert len(notes) == sum(sizes.values())
    assert Counter(n["lang"] for n in notes) == sizes
    manifest = json.loads((EVAL / "frozen" / MANIFESTS[version]).read_text(encoding="utf-8"))
    assert manifest["version"] == version
    for lang, cell in manifest["splits"][f"holdout-{version}"].items():
        got = Counter(s["category"] for n in notes if n["lang"] == lang for s in n["phi"])
        assert dict(got) == cell["phi_spans"], lang
        assert {n["template"] for n in notes if n["lang"] == lang} == set(cell["templates"])


def test_annotations_consistent(version, notes):
    ids = set()
    for n in notes:
        assert n["split"] == f"holdout-{version}" and n["id"] not in ids
        ids.add(n["id"])
        check_annotations(n, score.LANG_CATEGORIES, score.KEEP_KINDS)


def test_every_category_and_kind_covered(notes):
    for lang in ("en", "zh"):
        got = Counter(s["category"] for n in notes if n["lang"] == lang for s in n["phi"])
        short = {c: got[c] for c in score.LANG_CATEGORIES[lang] if got[c] < 20}
        assert not short, (lang, short)
        kinds = Counter(s["kind"] for n in notes if n["lang"] == lang for s in n["keep"])
        assert all(kinds[k] >= 20 for k in score.KEEP_KINDS), (lang, kinds)


def test_templates_are_new(version, notes):
    older = set()
    for name in OLDER[version]:
        m = json.loads((EVAL / "frozen" / MANIFESTS[name]).read_text(encoding="utf-8"))
        older |= {t for sp in m["splits"].values() for cell in sp.values() for t in cell["templates"]}
    templates = {n["template"] for n in notes}
    assert not older & templates
    digit = version[1:]
    assert len({t for t in templates if t.startswith(f"en{digit}_")}) >= 12
    assert len({t for t in templates if t.startswith(f"zh{digit}_")}) >= 12


def test_self_test_covers_every_holdout(capsys):
    assert score.self_test() is True
    out = capsys.readouterr().out
    for version in VERSIONS:
        assert f"PASS holdout-{version}: oracle recall == 1" in out
        assert f"PASS sha256 notes-{version}-holdout.jsonl" in out


def test_baselines(notes):
    report = score.score(notes, score.identity)
    assert report["phi"]["overall"]["recall"] == 0.0
    assert report["keep"]["overall"]["retention"] == 1.0
    assert "leaks" not in report  # a holdout: individual leaks are not listed
    report = score.score(notes, score.oracle(notes))
    assert report["phi"]["overall"]["recall"] == 1.0
    assert all(c["recall"] == 1.0 for c in report["phi"]["by_category"].values())
    assert report["keep"]["overall"]["retention"] == 1.0


def test_scorer_cli_scores_it(version, capsys):
    assert score.main(["--split", f"holdout-{version}", "--module", "identity", "--json", "-"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["frozen_sha256_ok"] is True
    assert report["splits"] == [f"holdout-{version}"]
    assert report["notes"] == sum(SIZES.get(version, DEFAULT_SIZES).values())


@pytest.mark.parametrize(
    "newer",
    [
        "v4",
        "v5",
        "v6",
        "v7",
        "v8",
        "v9",
        "v10",
        "v11",
        "v12",
        "v13",
        "v14",
        "v15",
        "v16",
        "v17",
        "v18",
        "v19",
        "v20",
        "v21",
        "v22",
        "v23",
        "v24",
        "v25",
        "v26",
        "v27",
        "v28",
        "v29",
        "v30",
        "v31",
        "v32",
        "v33",
        "v34",
        "v35",
        "v36",
        "v37",
        "v38",
        "v39",
    ],
)
def test_regenerates_byte_identically(newer):
    """generate_<v>.py --check rebuilds the set in memory; its frozen files are identical (Faker 40.63.0)."""
    faker = pytest.importorskip("faker")
    if faker.VERSION != "40.63.0":
        pytest.skip(f"{newer} was generated with Faker 40.63.0, {faker.VERSION} is installed")
    out = subprocess.run(
        [sys.executable, str(EVAL / f"generate_{newer}.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.count("identical") == 3, out.stdout
