"""SNOMED CT terminology in the training database: RF2 snapshot import, lookup, subsumption,
the label map, and the attacks on the files (huge lines, too many rows, malformed rows named by
line, nothing half-imported). On SQLite, and on PostgreSQL when DATABASE_URL is set. The RF2
sample is the project's own (fictional concepts): no SNOMED content ships."""

from __future__ import annotations

import pytest

from medenclave.storage import make_engine
from medenclave_cli.main import main as cli
from medenclave_testing.rf2_sample import sctid, write_rf2_sample
from medenclave_training.adapters.outbound.rf2_files import import_label_map, import_snapshot
from medenclave_training.adapters.outbound.sql_terminology import SqlTerminologyStore
from medenclave_training.core.terminology import (
    IS_A,
    LabelMapInvalid,
    Rf2Invalid,
    Rf2Limits,
    UnmappedLabels,
    is_sctid,
    map_labels,
)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "sqlite":
        engine = make_engine(f"sqlite:///{tmp_path / 'training.db'}")
    else:
        url = request.getfixturevalue("database_url")
        engine = make_engine("postgresql+psycopg://" + url.split("://", 1)[1],
                             schema=request.getfixturevalue("pg_schema"))
    yield SqlTerminologyStore(engine)
    engine.dispose()


@pytest.fixture
def sample(tmp_path):
    folder = tmp_path / "rf2"
    return folder, write_rf2_sample(folder)


def test_identifiers_are_checked_like_snomed_does():
    assert is_sctid(str(IS_A)) and is_sctid("900000000000003001")
    assert not is_sctid("116680004")                     # wrong check digit
    assert not is_sctid("116680013")                     # a description's partition
    assert not is_sctid("0116680003") and not is_sctid("12345") and not is_sctid("１１６６８０００３")
    assert is_sctid(sctid(9900001)) and is_sctid(sctid(9800001, "01"), "description")


def test_import_then_lookup_search_and_subsumption(store, sample):
    folder, ids = sample
    counts = import_snapshot(store, folder)
    # 9 concepts; FSN + synonym each (text definitions skipped); 9 active is-a links (the
    # retired concept's and the inactive one are not, the attribute relationship is skipped)
    assert counts == {"concepts": 9, "descriptions": 18, "is_a": 8}

    nodule = store.concept(concept_id=ids["nodule"])
    assert nodule.fsn == "Sample pulmonary nodule (finding)"
    assert nodule.synonyms == ("Sample lung nodule",) and nodule.active
    assert not store.concept(concept_id=ids["retired"]).active
    assert store.concept(concept_id=int(sctid(9900099))) is None

    found = store.search(term="LUNG", limit=10)
    assert {c.concept_id for c in found} == {ids["lung"], ids["nodule"], ids["consolidation"]}
    assert store.search(term="100%_", limit=10) == []            # LIKE wildcards are literal

    assert store.is_a(concept_id=ids["consolidation"], ancestor_id=ids["root"])   # transitive
    assert store.is_a(concept_id=ids["nodule"], ancestor_id=ids["mass"])          # 2nd parent
    assert store.is_a(concept_id=ids["lung"], ancestor_id=ids["lung"])
    assert not store.is_a(concept_id=ids["root"], ancestor_id=ids["lung"])
    assert not store.is_a(concept_id=ids["lung"], ancestor_id=ids["structure"])  # inactive link
    assert not store.is_a(concept_id=ids["consolidation"], ancestor_id=ids["structure"])  # site


def test_the_label_map_codes_local_labels(store, sample, tmp_path):
    folder, ids = sample
    import_snapshot(store, folder)
    csv = tmp_path / "labels.csv"
    csv.write_text(f"label,concept_id\npneumonia,{ids['consolidation']}\n"
                   f"nodule,{ids['nodule']}\n")
    assert import_label_map(store, csv) == 2
    mapped = map_labels(store, {"ps-1": "pneumonia", "ps-2": "nodule", "ps-3": "pneumonia"})
    assert mapped["ps-1"].concept_id == mapped["ps-3"].concept_id == ids["consolidation"]
    assert mapped["ps-2"].fsn == "Sample pulmonary nodule (finding)"
    with pytest.raises(UnmappedLabels) as err:
        map_labels(store, {"ps-1": "pneumonia", "ps-4": "effusion"})
    assert err.value.labels == ["effusion"]


def test_a_bad_label_map_names_every_bad_line_and_changes_nothing(store, sample, tmp_path):
    folder, ids = sample
    import_snapshot(store, folder)
    good = tmp_path / "good.csv"
    good.write_text(f"label,concept_id\npneumonia,{ids['consolidation']}\n")
    import_label_map(store, good)
    bad = tmp_path / "bad.csv"
    bad.write_text("label,concept_id\n"
                   f"nodule,{ids['nodule']}\n"
                   "effusion,116680004\n"                      # line 3: bad check digit
                   f"nodule,{ids['mass']}\n"                    # line 4: repeated label
                   f",{ids['mass']}\n"                          # line 5: empty label
                   f"a,{ids['nodule']},extra\n")                # line 6: three columns
    with pytest.raises(LabelMapInvalid) as err:
        import_label_map(store, bad)
    assert [e.split(":")[0] for e in err.value.errors] == ["line 3", "line 4", "line 5", "line 6"]
    retired = tmp_path / "retired.csv"
    retired.write_text(f"label,concept_id\nold,{ids['retired']}\nnew,{sctid(9900099)}\n")
    with pytest.raises(LabelMapInvalid) as err:
        import_label_map(store, retired)
    assert [e.split(":")[0] for e in err.value.errors] == ["line 2", "line 3"]
    assert set(map_labels(store, {"x": "pneumonia"})) == {"x"}   # the old map stands


@pytest.mark.parametrize(("kind", "line", "problem"), [
    ("concept", f"{sctid(9900010)}\t20250101\t1\t900000000000207008", "wrong_column_count"),
    ("concept", "9900010003\t20250101\t1\t900000000000207008\t900000000000074008", "invalid_id"),
    ("concept", f"{sctid(9900010)}\t2025\t1\t900000000000207008\t900000000000074008",
     "invalid_effective_time"),
    ("concept", f"{sctid(9900010)}\t20250101\tyes\t900000000000207008\t900000000000074008",
     "invalid_active_flag"),
    ("relationship", f"{sctid(9700200, '02')}\t20250101\t1\t900000000000207008\t"
                     f"{sctid(9900004)}\t{sctid(9900004)}\t0\t116680003\t900000000000011006\t"
                     "900000000000451002", "is_a_itself"),
])
def test_a_malformed_row_is_named_by_file_and_line_and_nothing_is_imported(store, tmp_path, kind,
                                                                          line, problem):
    ok = tmp_path / "ok"
    ids = write_rf2_sample(ok)
    import_snapshot(store, ok)
    bad = tmp_path / "bad"
    write_rf2_sample(bad, extra={kind: [line]})
    with pytest.raises(Rf2Invalid) as err:
        import_snapshot(store, bad)
    last = len(next(bad.rglob(f"sct2_{kind.capitalize()}_*")).read_text().splitlines())
    assert (err.value.file, err.value.line, err.value.problem) == (kind, last, problem)
    assert f"line {err.value.line}" in str(err.value)
    assert store.concept(concept_id=ids["nodule"]) is not None          # the old import stands


def test_references_to_unknown_concepts_and_duplicates_are_refused(store, tmp_path):
    bad = tmp_path / "dangling"
    write_rf2_sample(bad, extra={"relationship": [
        f"{sctid(9700300, '02')}\t20250101\t1\t900000000000207008\t{sctid(9900004)}\t"
        f"{sctid(9900077)}\t0\t116680003\t900000000000011006\t900000000000451002"]})
    with pytest.raises(Rf2Invalid, match="unknown_concept"):
        import_snapshot(store, bad)
    dup = tmp_path / "dup"
    write_rf2_sample(dup, extra={"concept": [
        f"{sctid(9900001)}\t20250101\t1\t900000000000207008\t900000000000074008"]})
    with pytest.raises(Rf2Invalid, match="duplicate_id"):
        import_snapshot(store, dup)
    assert store.search(term="sample", limit=5) == []


def test_attack_a_huge_line_is_refused_after_a_bounded_read(store, tmp_path):
    folder = tmp_path / "huge"
    write_rf2_sample(folder, extra={"description": ["9" * (64 * 1024 * 1024)]})  # 64 MiB line
    with pytest.raises(Rf2Invalid) as err:
        import_snapshot(store, folder, Rf2Limits(max_line_bytes=16384))
    assert (err.value.file, err.value.line, err.value.problem) == \
        ("description", 29, "line_too_long")


def test_attack_millions_of_rows_stop_at_the_limit(store, tmp_path):
    folder = tmp_path / "many"
    ids = write_rf2_sample(folder)
    path = next(folder.rglob("sct2_Concept_*"))
    with path.open("a") as f:   # two million more rows (~110 MB): read up to the limit only
        f.write(f"{sctid(9900010)}\t20250101\t1\t900000000000207008\t900000000000074008\n"
                * 2_000_000)
    with pytest.raises(Rf2Invalid) as err:
        import_snapshot(store, folder, Rf2Limits(max_rows=1000))
    assert (err.value.file, err.value.line, err.value.problem) == ("concept", 1002, "too_many_rows")
    assert store.concept(concept_id=ids["root"]) is None


def test_attack_a_huge_label_map_is_refused(store, sample, tmp_path):
    folder, ids = sample
    import_snapshot(store, folder)
    csv = tmp_path / "huge.csv"
    csv.write_text("label,concept_id\n" + f"x,{ids['root']}\n" * 200)
    with pytest.raises(LabelMapInvalid, match="line 52: more than 50 rows"):
        import_label_map(store, csv, Rf2Limits(max_label_rows=50))
    line = tmp_path / "line.csv"
    line.write_text("label,concept_id\n" + "y" * 100_000 + f",{ids['root']}\n")
    with pytest.raises(LabelMapInvalid, match="line 2: line_too_long"):
        import_label_map(store, line)


def test_the_cli_imports_looks_up_and_maps(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    folder = tmp_path / "rf2"
    ids = write_rf2_sample(folder)
    data = ["--data-dir", str(tmp_path / "data")]
    assert cli(["terminology", "import", str(folder), *data]) == 0
    assert "9 concepts" in capsys.readouterr().out
    assert cli(["terminology", "lookup", str(ids["nodule"]), *data]) == 0
    assert "Sample pulmonary nodule (finding)" in capsys.readouterr().out
    assert cli(["terminology", "lookup", "consolidation", *data]) == 0
    assert str(ids["consolidation"]) in capsys.readouterr().out
    assert cli(["terminology", "is-a", str(ids["nodule"]), str(ids["finding"]), *data]) == 0
    assert cli(["terminology", "is-a", str(ids["finding"]), str(ids["nodule"]), *data]) == 1
    csv = tmp_path / "labels.csv"
    csv.write_text(f"label,concept_id\npneumonia,{ids['consolidation']}\n")
    assert cli(["terminology", "map", "--csv", str(csv), "pneumonia", *data]) == 0
    assert f"pneumonia\t{ids['consolidation']}" in capsys.readouterr().out
    assert cli(["terminology", "map", "effusion", *data]) == 1
    bad = tmp_path / "bad"
    write_rf2_sample(bad, extra={"concept": ["1\t2"]})
    capsys.readouterr()
    assert cli(["terminology", "import", str(bad), *data]) == 2
    assert "RF2 concept line 11: wrong_column_count; nothing was imported" in capsys.readouterr().err
    assert cli(["terminology", "lookup", str(ids["nodule"]), *data]) == 0   # still the old one
