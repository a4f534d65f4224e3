"""Operators' monitoring in deploy/: Prometheus alert rules (checked and unit-tested with
Debian's promtool), the Prometheus configuration, the Grafana dashboard and its provisioning,
and their services in docker-compose."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
PROM = ROOT / "deploy" / "prometheus"
GRAFANA = ROOT / "deploy" / "grafana"
DASHBOARD = GRAFANA / "dashboards" / "medenclave-inference.json"
SERVICES = ["ingest", "deid", "training", "inference", "access", "audit"]
#: series Prometheus makes itself
BUILTIN = {"up"}
_SUFFIX = re.compile(r"_(bucket|count|sum|total|created)$")
_PROMQL_WORDS = {"sum", "by", "rate", "max", "min", "avg", "and", "or", "on", "unless",
                 "histogram_quantile", "le", "without", "ignoring", "group_left", "offset"}

promtool = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(
    promtool is None, reason="promtool missing (Debian: apt-get install prometheus): alert rules "
                             "not checked")


def _base(name: str) -> str:
    return _SUFFIX.sub("", name)


def exported_metrics() -> set[str]:
    """Every metric name the services' code declares (string literals), without suffixes."""
    names: set[str] = set()
    for folder in (ROOT / "libs" / "medenclave", *(ROOT / "services").glob("*/medenclave_*")):
        for path in folder.rglob("*.py"):
            names.update(_base(m) for m in re.findall(r'"(medenclave_[a-z0-9_]+)"',
                                                      path.read_text()))
    return names


def metrics_in(expr: str) -> set[str]:
    """The series names a PromQL expression selects (not labels, functions or strings)."""
    code = re.sub(r'"[^"]*"', '""', expr)          # label values
    code = re.sub(r"\{[^}]*\}", "{}", code)         # label matchers
    code = re.sub(r"\[[^\]]*\]", "[]", code)        # ranges
    code = re.sub(r"\b(by|without|on|ignoring)\s*\([^)]*\)", "", code)  # grouping labels
    words = set(re.findall(r"[A-Za-z_:][A-Za-z0-9_:]*", code))
    return {w for w in words if w not in _PROMQL_WORDS and not w.startswith("$")}


def _dashboard() -> dict:
    return json.loads(DASHBOARD.read_text())


def _panel_exprs() -> list[str]:
    return [t["expr"] for p in _dashboard()["panels"] for t in p["targets"]]


def _alert_rules() -> list[dict]:
    doc = yaml.safe_load((PROM / "alerts.yml").read_text())
    return [r for g in doc["groups"] for r in g["rules"]]


@needs_promtool
def test_alert_rules_check_and_pass_their_unit_tests():
    checked = subprocess.run([promtool, "check", "rules", "alerts.yml"], cwd=PROM,
                             capture_output=True, text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    tested = subprocess.run([promtool, "test", "rules", "alerts_test.yml"], cwd=PROM,
                            capture_output=True, text=True, timeout=60)
    assert tested.returncode == 0 and "SUCCESS" in tested.stdout, tested.stdout + tested.stderr
    config = subprocess.run([promtool, "check", "config", "prometheus.yml"], cwd=PROM,
                            capture_output=True, text=True, timeout=60)
    assert config.returncode == 0, config.stdout + config.stderr


def test_alerts_cover_the_service_levels_and_name_exported_metrics():
    rules = {r["alert"]: r for r in _alert_rules()}
    assert set(rules) == {"InferenceLatencyP99High", "InferenceErrorRateHigh",
                          "ModelDriftDetected", "GpuUnderusedWhileQueueing", "ServiceDown"}
    assert "0.5" in rules["InferenceLatencyP99High"]["expr"]
    assert "0.2" in rules["ModelDriftDetected"]["expr"]
    assert "0.7" in rules["GpuUnderusedWhileQueueing"]["expr"]
    exported = exported_metrics() | BUILTIN
    for name, rule in rules.items():
        used = metrics_in(rule["expr"])
        assert used and {_base(m) for m in used} <= exported, (name, used)
        assert rule["labels"]["severity"] in {"page", "ticket"}
    tested = yaml.safe_load((PROM / "alerts_test.yml").read_text())
    fired = {case["alertname"] for t in tested["tests"] for case in t["alert_rule_test"]
             if case["exp_alerts"]}
    assert fired == set(rules), "every alert has a unit test in which it fires"


def test_dashboard_structure_and_every_query_names_an_exported_metric():
    dash = _dashboard()
    assert dash["uid"] and dash["title"] and dash["schemaVersion"] >= 30
    panels = dash["panels"]
    ids = [p["id"] for p in panels]
    assert len(ids) == len(set(ids))
    datasource = yaml.safe_load(
        (GRAFANA / "provisioning" / "datasources" / "prometheus.yml").read_text())
    uid = datasource["datasources"][0]["uid"]
    exported = exported_metrics() | BUILTIN
    for panel in panels:
        assert panel["type"] in {"timeseries", "stat", "gauge", "bargauge", "table"}
        assert set(panel["gridPos"]) == {"x", "y", "w", "h"}
        assert panel["gridPos"]["x"] + panel["gridPos"]["w"] <= 24
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            assert target["datasource"]["uid"] == uid and target["refId"]
            used = metrics_in(target["expr"])
            assert used, (panel["title"], target["expr"])
            assert {_base(m) for m in used} <= exported, (panel["title"], used - exported)
    text = " ".join(_panel_exprs())
    for wanted in ("histogram_quantile(0.99", "medenclave_inference_call_seconds_count",
                   "medenclave_inference_batch_size", "medenclave_inference_drift_kl",
                   "medenclave_gpu_utilization_ratio", "medenclave_inference_queue_depth"):
        assert wanted in text, wanted  # latency percentiles, throughput, batches, drift, GPU
    provider = yaml.safe_load((GRAFANA / "provisioning" / "dashboards" / "medenclave.yml")
                              .read_text())
    assert provider["providers"][0]["options"]["path"] == "/var/lib/grafana/dashboards"


@needs_promtool
def test_dashboard_queries_parse(tmp_path):
    """Each panel's PromQL as a recording rule: promtool parses every expression."""
    rules = [{"record": f"dashboard:query_{i}", "expr": e.replace("$model", ".*")}
             for i, e in enumerate(_panel_exprs())]
    path = tmp_path / "dashboard_rules.yml"
    path.write_text(yaml.safe_dump({"groups": [{"name": "dashboard", "rules": rules}]}))
    checked = subprocess.run([promtool, "check", "rules", str(path)], capture_output=True,
                             text=True, timeout=60)
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_compose_runs_prometheus_and_grafana_with_provisioning():
    spec = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = spec["services"]
    prometheus, grafana = services["prometheus"], services["grafana"]
    for svc in (prometheus, grafana):
        assert "healthcheck" in svc
        assert all(str(p).startswith("127.0.0.1:") for p in svc.get("ports", [])), \
            "monitoring UIs on the host's loopback only"
    assert any(v.startswith("./deploy/prometheus:") for v in prometheus["volumes"])
    assert any(v.startswith("./deploy/grafana/provisioning:") for v in grafana["volumes"])
    assert any(v.startswith("./deploy/grafana/dashboards:") for v in grafana["volumes"])
    env = grafana["environment"]
    assert "GF_SECURITY_ADMIN_PASSWORD" not in env, "no password in the compose file"
    assert env["GF_SECURITY_ADMIN_PASSWORD__FILE"].startswith("/secrets/")
    assert env["GF_AUTH_ANONYMOUS_ENABLED"] == "false"
    # Prometheus scrapes every service on the port compose gives them
    config = yaml.safe_load((PROM / "prometheus.yml").read_text())
    port = spec["x-common-env"]["MEDENCLAVE_METRICS_PORT"]
    targets = {t for job in config["scrape_configs"] for sc in job["static_configs"]
               for t in sc["targets"]}
    assert {f"{s}:{port}" for s in SERVICES} <= targets
    assert config["rule_files"] == ["alerts.yml"]
