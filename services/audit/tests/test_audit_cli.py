"""The auditor's commands offline against a data dir: verify (with the checkpoint key),
query with a time window, export to JSONL and CSV, check-export, and a truncated tail."""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

from medenclave_audit.adapters.outbound.key_files import load_or_create_checkpoint_key
from medenclave_audit.adapters.outbound.sql_store import open_store
from medenclave_audit.core.chain import AuditEntry
from medenclave_audit.core.ledger import Checkpointer
from medenclave_cli.main import main

T0 = 1_764_000_000_000_000_000  # 2025-11-24T16:00:00Z


@pytest.fixture
def data_dir(tmp_path):
    (tmp_path / "audit").mkdir()
    key = load_or_create_checkpoint_key(tmp_path / "audit" / "keys")
    store = open_store(f"sqlite:///{tmp_path / 'audit' / 'audit.db'}")
    cpr = Checkpointer(store=store, signer=key, public_key=key.public_key, every_records=5,
                       interval_ns=10**15)
    for i in range(1, 13):
        store.append(entries=[AuditEntry(
            record_id=f"r{i}", time_ns=T0 + i * 3_600 * 10**9, service="deid",
            subject="dr.li" if i % 2 else "eng.wu", role="radiologist", action="data.read",
            resource=f"pseudo_study:2.25.{i}", outcome="success", trace_id=f"{i:032x}")])
        cpr.maybe_checkpoint(now_ns=T0 + i)
    store.close()
    return tmp_path


def test_verify_query_export_check(data_dir, capsys, monkeypatch):
    monkeypatch.delenv("MEDENCLAVE_TOKEN", raising=False)
    assert main(["audit", "verify", "--data-dir", str(data_dir), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["valid"], out["records"], out["checkpoints"], out["checkpoint_size"],
            out["trusted_key"]) == (True, 12, 2, 10, True)

    assert main(["audit", "query", "--data-dir", str(data_dir), "--subject", "dr.li",
                 "--since", "2025-11-24T18:00:00Z", "--until", "2025-11-24T23:00:00"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["seq"] for r in rows] == [3, 5]  # seq 7 is at 23:00: until is exclusive

    for fmt in ("jsonl", "csv"):
        path = data_dir / f"export.{fmt}"
        assert main(["audit", "export", "--data-dir", str(data_dir), "--format", fmt,
                     "--out", str(path), "--subject", "eng.wu"]) == 0
        assert "exported 6 records, 2 checkpoints (1 newer" in capsys.readouterr().err
        assert main(["audit", "check-export", str(path), "--data-dir", str(data_dir),
                     "--json"]) == 0
        check = json.loads(capsys.readouterr().out)
        assert (check["valid"], check["records"], check["proven"], check["key"]) == \
            (True, 6, 5, "trusted key")
    lines = (data_dir / "export.jsonl").read_text().splitlines()
    assert [json.loads(line)["kind"] for line in lines[:3]] == ["key", "checkpoint", "checkpoint"]
    forged = [line.replace('"eng.wu"', '"someone"', 1) if '"seq":4,' in line else line
              for line in lines]
    (data_dir / "forged.jsonl").write_text("\n".join(forged) + "\n")
    assert main(["audit", "check-export", str(data_dir / "forged.jsonl"),
                 "--data-dir", str(data_dir)]) == 1
    assert "export BROKEN: leaf_mismatch at record 4" in capsys.readouterr().err


def test_verify_names_a_truncated_tail(data_dir, capsys):
    engine = sa.create_engine(f"sqlite:///{data_dir / 'audit' / 'audit.db'}")
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_records_no_delete")
        conn.exec_driver_sql("DELETE FROM audit_records WHERE seq > 7")
    engine.dispose()
    assert main(["audit", "verify", "--data-dir", str(data_dir)]) == 1
    err = capsys.readouterr().err
    assert "TRUNCATED" in err and "first missing record 8" in err
