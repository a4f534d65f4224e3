"""The brief's two serving scenarios on tiny sizes, on one real stack (every service its own
process, real nats-server): the triage note goes through deid's DeidentifyNote and the served
text model; pathology tiles go through the server and bare onnxruntime. And the GPU script's
``--cpu-dry-run`` writes every part of its JSON."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from medenclave_cli.scenario_pathology import pathology_journey
from medenclave_cli.scenario_triage import triage_journey
from medenclave_cli.supervisor import Stack, StackConfig
from medenclave_cli.triage_notes import CLASSES, make_notes

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.filterwarnings("ignore:.*LeafSpec.*:FutureWarning")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    stack = Stack(StackConfig(data_dir=tmp_path_factory.mktemp("scenarios"),
                              quiet_period_s=0.5).with_free_ports())
    eps = stack.start()
    yield eps
    stack.stop()


def test_triage_notes_are_english_and_chinese_with_every_class():
    notes = make_notes(40, seed=1)
    assert {n.label for n in notes} == set(CLASSES)
    assert {n.lang for n in notes} == {"en", "zh"}
    assert all(all(v in n.text for v in n.phi) for n in notes)


def test_triage_scenario_end_to_end(stack):
    summary = asyncio.run(triage_journey(stack, n_train=48, n_test=8, epochs=2, seed=3,
                                         log=lambda _m: None))
    assert summary["model"] == "triage_acuity:1"
    assert sorted(summary["classes"]) == sorted(CLASSES)
    assert summary["test_notes"] == 8 and 0.0 <= summary["test_accuracy"] <= 1.0
    assert summary["e2e_p99_ms"] >= summary["e2e_p50_ms"] > 0
    assert summary["onnx_max_abs_diff"] <= 1e-4
    # the planted names, MRNs and phone numbers of these notes are all replaced by deid
    assert summary["phi_left_in_deidentified_notes"] == 0
    repo = Path(stack.data_dir) / "model-repository" / "triage_acuity" / "1"
    assert {"model.onnx", "tokenizer.json", "labels.json"} <= {p.name for p in repo.iterdir()}


def test_pathology_scenario_end_to_end(stack):
    summary = asyncio.run(pathology_journey(stack, size=64, n_train=8, n_test=4, epochs=1,
                                            seconds=0.2, seed=3, log=lambda _m: None))
    assert summary["model"] == "pathology_tiles:1" and summary["tile"] == [3, 64, 64]
    assert [r["concurrency"] for r in summary["served"]] == [1, 4]
    assert all(r["requests"] > 0 and r["tiles_per_s"] > 0 for r in summary["served"])
    assert summary["onnxruntime_in_process"]["requests"] > 0
    assert summary["onnx_max_abs_diff"] <= 1e-4


def test_gpu_script_dry_run_writes_every_part(tmp_path):
    out = tmp_path / "infer_gpu.json"
    subprocess.run([sys.executable, str(ROOT / "bench" / "gpu" / "infer_gpu.py"),
                    "--cpu-dry-run", "--out", str(out)], check=True, capture_output=True,
                   timeout=120)
    report = json.loads(out.read_text())
    assert report["errors"] == {}
    assert {"torch_tiles", "onnx_export", "onnxruntime", "served_load"} <= set(report)
    served = report["served_load"]
    assert served["errors"] == [] and served["skipped"] == []
    assert served["rows"][-1]["mean_batch"] >= 1
    assert {(r["pinned"], r["dynamic_batching"], r["procs"]) for r in served["rows"]} == {
        (False, True, 1), (False, False, 1), (True, True, 1), (True, True, 2)}
    assert all(r["requests"] > 0 for r in served["rows"])
    assert "tiles_batching_gain_at_concurrency_4" in served["summary"]
    assert "CUDAExecutionProvider" in report["onnxruntime"].get("cuda", "CUDAExecutionProvider")
