"""Cross-service journeys on the embedded default: every service as its own OS process, a real
nats-server, real DICOM associations (pynetdicom and dcmtk's storescu), the real tritonclient.

Assertions are on outcomes and published facts; nothing here measures time.
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from medenclave.security.tokens import TokenIssuer, load_or_create_signing_key
from medenclave_cli.demo import MODEL_NAME, add_trace_evidence, run_journey
from medenclave_cli.supervisor import Stack, StackConfig, load_endpoints
from medenclave_cli.synthetic import make_cohort
from medenclave_cli.trace_collector import SpanCollector

pytestmark = pytest.mark.slow
CLI = [sys.executable, "-m", "medenclave_cli.main"]


def _wait(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def _token(data_dir: Path, role: str) -> str:
    key = load_or_create_signing_key(data_dir / "access" / "keys")
    return TokenIssuer(key).issue(subject=f"test-{role}", role=role, ttl_s=600)[0]


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    """The demo journey on a small cohort, once for the module."""
    data_dir = tmp_path_factory.mktemp("journey")
    collector = SpanCollector().start()
    stack = Stack(StackConfig(data_dir=data_dir, quiet_period_s=0.5,
                              otlp_endpoint=collector.endpoint).with_free_ports())
    eps = stack.start()
    try:
        summary = asyncio.run(run_journey(stack, eps, n_studies=8, instances=2, epochs=0, seed=3,
                                          quiet=True))
    finally:
        stack.stop()
        collector.stop()
    return data_dir, add_trace_evidence(summary, collector)


def test_demo_journey_summary(demo_run):
    _, summary = demo_run
    assert summary["studies_sent"] == 8
    assert summary["instances_stored"] == 16
    assert summary["studies_deidentified"] == 8
    assert summary["phi_leaks"] == 0
    assert summary["inference_ok"] is True
    assert summary["audit_chain_valid"] is True
    assert summary["audit_records"] > 20
    assert len(summary["trace_id"]) == 32 and summary["trace_id"] != "0" * 32
    assert summary["audit_records_in_trace"] >= 1
    # one trace from the C-STORE through de-identification and training to the model's loading
    assert {"ingest", "deid", "training", "inference"} <= set(summary["trace_services"])
    assert summary["model"] == f"{MODEL_NAME}:1"
    # served only after the demo approver (not the engineer who trained it) approved it
    assert summary["approved_by"] == "approver.demo"
    assert summary["model_stage"] == "approved (served)"


def test_audit_verify_cli_detects_tampering(demo_run, tmp_path):
    data_dir, _ = demo_run
    ok = subprocess.run([*CLI, "audit", "verify", "--data-dir", str(data_dir), "--json"],
                        capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["valid"] is True
    # an attacker with file access edits one record (dropping the append-only trigger first)
    copy = tmp_path / "copy"
    shutil.copytree(data_dir / "audit", copy / "audit")
    import sqlite3

    db = sqlite3.connect(copy / "audit" / "audit.db")
    for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'").fetchall():
        db.execute(f'DROP TRIGGER "{name}"')
    db.execute("UPDATE audit_records SET subject='mallory' WHERE seq=3")
    db.commit()
    db.close()
    bad = subprocess.run([*CLI, "audit", "verify", "--data-dir", str(copy), "--json"],
                         capture_output=True, text=True)
    assert bad.returncode == 1
    verdict = json.loads(bad.stdout)
    assert verdict["valid"] is False and verdict["first_bad_seq"] == 3


@pytest.mark.skipif(shutil.which("storescu") is None,
                    reason="dcmtk's storescu not installed (apt-get install dcmtk)")
def test_up_serves_the_trained_model_and_storescu_reaches_studies_list(demo_run, tmp_path):
    """`medenclave up` on the demo's data dir: the model is served again, a storescu push is
    de-identified and listed, SIGTERM stops everything cleanly."""
    data_dir, summary = demo_run
    up = subprocess.Popen([*CLI, "up", "--data-dir", str(data_dir), "--auto-ports",
                           "--quiet-period", "0.5", "--metrics-base-port", "0"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        eps = _wait(lambda: (data_dir / "endpoints.json").exists() and load_endpoints(data_dir),
                    120, "medenclave up")
        import tritonclient.grpc as grpcclient

        headers = {"authorization": f"Bearer {_token(data_dir, 'clinician')}"}
        client = grpcclient.InferenceServerClient(eps.triton)
        assert client.is_server_live()
        _wait(lambda: client.is_model_ready(MODEL_NAME, headers=headers), 60, "model ready")

        study = make_cohort(1, instances_per_study=3, seed=99)[0]
        files = []
        for i, raw in enumerate(study.instances):
            path = tmp_path / f"{i}.dcm"
            path.write_bytes(raw)
            files.append(str(path))
        sent = subprocess.run(["storescu", "-aec", eps.ae_title, eps.dicom_host,
                               str(eps.dicom_port), *files], capture_output=True, text=True,
                              env={**os.environ, "TCP_NODELAY": "1"})
        assert sent.returncode == 0, sent.stderr

        env = {**os.environ, "MEDENCLAVE_TOKEN": _token(data_dir, "radiologist")}

        def listed():
            out = subprocess.run([*CLI, "studies", "list", "--json", "--data-dir", str(data_dir)],
                                 capture_output=True, text=True, env=env)
            assert out.returncode == 0, out.stderr
            rows = json.loads(out.stdout)
            done = [r for r in rows if r["state"] == "de-identified"]
            return rows if len(done) == summary["studies_sent"] + 1 else None

        rows = _wait(listed, 90, "the storescu study to be de-identified")
        import urllib.request

        for service, url in eps.metrics.items():
            with urllib.request.urlopen(url, timeout=5) as resp:
                assert resp.status == 200 and b"python_info" in resp.read(), service
        assert all(r["instances"] >= 2 for r in rows)
        assert not any(study.study_uid in json.dumps(r) for r in rows)
        _datasets_and_jobs_by_cli(data_dir, tmp_path)
    finally:
        up.send_signal(signal.SIGTERM)
        out, err = up.communicate(timeout=60)
    assert up.returncode == 0, err[-2000:]
    assert not (data_dir / "endpoints.json").exists()


def _datasets_and_jobs_by_cli(data_dir: Path, tmp_path: Path) -> None:
    """A radiologist's table keyed by StudyInstanceUID, then by accession number, becomes the
    same dataset (mapped through deid; no original id in any output); a job trains on it."""
    cohort = make_cohort(8, instances_per_study=2, seed=3)  # the demo's studies
    env = {**os.environ, "MEDENCLAVE_TOKEN": _token(data_dir, "ai_engineer")}
    (tmp_path / "uid.csv").write_text("study_instance_uid,label\n" + "".join(
        f"{s.study_uid},{s.label}\n" for s in cohort))
    (tmp_path / "acc.csv").write_text("AccessionNumber,label\n" + "".join(
        f"{s.phi['AccessionNumber']},{s.label}\n" for s in cohort))
    (tmp_path / "unknown.csv").write_text("accession_number,label\nACC0000001,0\n")
    (tmp_path / "job.yaml").write_text("training: {epochs: 1, seed: 2}\n")

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*CLI, *args, "--data-dir", str(data_dir)], capture_output=True,
                              text=True, env=env, timeout=300)

    made = []
    for table in ("uid.csv", "acc.csv"):
        out = cli("datasets", "create", "journey", "--labels", str(tmp_path / table),
                  "--split", "0.5,0.25,0.25", "--seed", "1", "--body-part", "CHEST", "--json")
        assert out.returncode == 0, out.stderr
        made.append(json.loads(out.stdout))
        assert not any(s.study_uid in out.stdout or s.phi["AccessionNumber"] in out.stdout
                       for s in cohort)
    assert [d["version"] for d in made] == [1, 2]
    assert made[0]["manifest_sha256"] == made[1]["manifest_sha256"]
    assert (made[0]["studies"], made[0]["patients"]) == (8, 8)
    assert all(made[0]["splits"][side] for side in ("train", "val", "test"))
    refused = cli("datasets", "create", "journey", "--labels", str(tmp_path / "unknown.csv"))
    assert refused.returncode == 2 and "study_unknown (rows 2)" in refused.stderr
    assert "ACC0000001" not in refused.stderr

    out = cli("train", "--dataset", "journey:1", "--config", str(tmp_path / "job.yaml"),
              "--wait", "--json")
    assert out.returncode == 0, out.stdout + out.stderr
    job = json.loads(out.stdout)
    assert (job["state"], job["dataset"], job["dataset_version"]) == ("SUCCEEDED", "journey", 1)
    assert job["manifest_sha256"] == made[0]["manifest_sha256"] and job["version"] >= 1
    assert "val_accuracy" in job["metrics"]
    logs = cli("jobs", "logs", job["job"])
    assert logs.returncode == 0 and "epoch 1/1 loss=" in logs.stdout
    listed = json.loads(cli("jobs", "list", "--json").stdout)
    assert job["job"] in [j["job"] for j in listed]


def test_stack_on_postgresql(database_url, pg_schema, tmp_path):
    """The same services with --database-url: metadata and the audit chain in PostgreSQL."""
    from pydicom import dcmread
    from pynetdicom import AE
    from pynetdicom.sop_class import CTImageStorage

    from medenclave_audit import verify_store

    stack = Stack(StackConfig(data_dir=tmp_path, database_url=database_url,
                              database_schema=pg_schema, quiet_period_s=0.5).with_free_ports())
    eps = stack.start()
    try:
        cohort = make_cohort(2, instances_per_study=2, seed=5)
        ae = AE(ae_title="PG_TEST")
        ae.dimse_timeout = 120  # the first stores wait on PostgreSQL on a loaded 2-core CI machine
        ae.add_requested_context(CTImageStorage)
        assoc = ae.associate(eps.dicom_host, eps.dicom_port, ae_title=eps.ae_title)
        assert assoc.is_established
        import io

        for study in cohort:
            for raw in study.instances:
                assert assoc.send_c_store(dcmread(io.BytesIO(raw))).Status == 0
        assoc.release()
        from medenclave.rpc import StaticToken
        from medenclave_cli.commands.studies import collect_studies

        token = StaticToken(_token(tmp_path, "radiologist"))

        def done():
            rows = asyncio.run(collect_studies(eps.grpc, token))
            return [r for r in rows if r["state"] == "de-identified"] if len(rows) == 2 and all(
                r["state"] == "de-identified" for r in rows) else None

        _wait(done, 90, "de-identification on PostgreSQL")
    finally:
        stack.stop()
    assert not (tmp_path / "audit" / "audit.db").exists()
    result = verify_store(database_url, pg_schema)
    assert result.valid and result.records > 5
