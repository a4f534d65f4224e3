"""Tables: Safe Harbor generalisation, k-anonymity by lattice search, l-diversity, Parquet, CLI."""

from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter

import pytest

from medenclave_cli.main import main as cli_main
from medenclave_deid.core.anonymity import (
    RESTRICTED_ZIP3,
    AnonymityError,
    QuasiIdentifier,
    anonymise_rows,
    guess_kind,
    safe_harbor_value,
)
from medenclave_deid.core.tables import TableError, anonymise_table, deidentify_table


def _table(n: int = 400, seed: int = 5) -> bytes:
    rng = random.Random(seed)
    lines = ["patient_name,mrn,birth_date,age,zip,sex,diagnosis,phone"]
    for i in range(n):
        lines.append(f"Name{i},MRN{i:06d},{rng.randint(1930, 2005)}-{rng.randint(1, 12):02d}-"
                     f"{rng.randint(1, 28):02d},{rng.randint(18, 99)},"
                     f"{rng.choice(['62704', '62701', '03601', '10001', '10002', '94110', '94112'])},"
                     f"{rng.choice('MF')},{rng.choice(['flu', 'copd', 'asthma', 'cancer'])},555-01{i:02d}")
    return ("\n".join(lines) + "\n").encode()


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode())))


def test_safe_harbor_values():
    assert safe_harbor_value("date", "1967-11-23") == "1967"
    assert safe_harbor_value("date", "19671123") == "1967"
    assert safe_harbor_value("age", "89") == "89"
    assert safe_harbor_value("age", "90") == safe_harbor_value("age", "104") == "90+"
    assert safe_harbor_value("zip", "62704-1234") == "627"
    assert {"036", "059", "063", "102", "203", "556", "692", "790", "821", "823",
            "830", "831", "878", "879", "884", "890", "893"} == RESTRICTED_ZIP3
    for zip3 in RESTRICTED_ZIP3:
        assert safe_harbor_value("zip", zip3 + "01") == "000"
    assert guess_kind("zip", ["62704"]) == "zip"
    assert guess_kind("Age", ["45", "90+"]) == "age"
    assert guess_kind("admitted", ["2024-03-05"]) == "date"
    assert guess_kind("sex", ["M"]) == "categorical"


@pytest.mark.parametrize("k", [2, 5, 10])
def test_k_anonymity_holds(k):
    table = anonymise_table(_table(), quasi_identifiers=["birth_date", "age", "zip", "sex"],
                            direct_identifiers=["patient_name", "mrn"], k=k)
    rows = _rows(table.to_csv())
    assert table.dropped_columns == ["patient_name", "mrn", "phone"]   # phone: by its name
    assert "patient_name" not in rows[0] and "phone" not in rows[0]
    classes = Counter((r["birth_date"], r["age"], r["zip"], r["sex"]) for r in rows)
    assert min(classes.values()) >= k
    report = table.report
    assert report.k_reached == min(classes.values()) >= k
    assert report.rows_in == 400 and report.rows_suppressed == 400 - len(rows)
    assert report.rows_suppressed <= 40
    assert 0.0 <= report.information_loss <= 1.0
    assert not any(r["zip"].startswith("036") for r in rows)   # restricted area reported as 000


def test_least_loss_is_chosen_and_monotone_in_k():
    losses = [anonymise_table(_table(), quasi_identifiers=["birth_date", "age", "zip", "sex"],
                              k=k).report.information_loss for k in (1, 2, 5, 20)]
    assert losses[0] == 0.0                        # k=1: Safe Harbor alone
    assert losses == sorted(losses)


def test_lattice_prefers_generalising_over_suppressing_beyond_limit():
    rows = [{"age": str(a), "sex": "F"} for a in range(20, 40)]
    out, report = anonymise_rows(rows, [QuasiIdentifier("age", "age"),
                                        QuasiIdentifier("sex", "categorical")],
                                 k=5, max_suppression=0.0)
    assert report.rows_suppressed == 0 and report.levels == {"age": 1, "sex": 0}
    assert {r["age"] for r in out} == {"20-24", "25-29", "30-34", "35-39"}


def test_l_diversity():
    table = anonymise_table(_table(), quasi_identifiers=["birth_date", "age", "zip", "sex"],
                            k=3, sensitive="diagnosis", l_diversity=3)
    rows = _rows(table.to_csv())
    by_class: dict[tuple, set] = {}
    for r in rows:
        by_class.setdefault((r["birth_date"], r["age"], r["zip"], r["sex"]), set()).add(r["diagnosis"])
    assert min(len(v) for v in by_class.values()) >= 3
    assert table.report.l_reached >= 3


def test_errors():
    with pytest.raises(TableError, match="unknown_column"):
        anonymise_table(_table(10), quasi_identifiers=["nope"])
    with pytest.raises(AnonymityError, match="k_unreachable"):
        anonymise_table(_table(10), quasi_identifiers=["sex"], k=50, max_suppression=0.0)
    with pytest.raises(TableError, match="not_utf8"):
        anonymise_table(b"\xff\xfe", quasi_identifiers=["a"])


def test_existing_table_deidentifier_unchanged():
    out = deidentify_table(b"StudyInstanceUID,PatientName,label\n1.2.3.4,Wang^XiaoDong,1\n",
                           uid_secret=b"u" * 32)
    assert out.csv.decode().splitlines()[0] == "pseudo_study_id,label"


def test_cli_table_csv_and_parquet(tmp_path, capsys):
    src = tmp_path / "in.csv"
    src.write_bytes(_table(200))
    dst = tmp_path / "out.csv"
    assert cli_main(["deid", "table", str(src), str(dst), "--k", "5", "--quasi-identifiers",
                     "birth_date,age,zip,sex", "--direct-identifiers", "patient_name,mrn",
                     "--sensitive", "diagnosis"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["k_reached"] >= 5 and report["l_reached"] >= 2
    assert "MRN000001" not in dst.read_text()
    pytest.importorskip("pyarrow")
    import pyarrow as pa
    import pyarrow.parquet as pq
    rows = _rows(_table(200))
    pq.write_table(pa.table({h: [r[h] for r in rows] for h in rows[0]}), tmp_path / "in.parquet")
    assert cli_main(["deid", "table", str(tmp_path / "in.parquet"), str(tmp_path / "out.parquet"),
                     "--quasi-identifiers", "birth_date,age,zip,sex",
                     "--direct-identifiers", "patient_name,mrn"]) == 0
    out = pq.read_table(tmp_path / "out.parquet")
    assert "mrn" not in out.column_names and out.num_rows == 200 - json.loads(
        capsys.readouterr().out)["rows_suppressed"]
    assert cli_main(["deid", "table", str(src), str(dst), "--quasi-identifiers", "nope"]) == 2


def test_repeated_rows_count_towards_k():
    rows = [{"age": str(a), "sex": s} for a in (30, 41, 52) for s in "MF" for _ in range(5)]
    rows.append({"age": "77", "sex": "F"})
    out, report = anonymise_rows(rows, [QuasiIdentifier("age", "age"),
                                        QuasiIdentifier("sex", "categorical")], k=5,
                                 max_suppression=0.1)
    assert report.levels == {"age": 0, "sex": 0} and report.rows_suppressed == 1
    assert report.k_reached == 5 and len(out) == 30 and report.information_loss == round(2 / 62, 4)
