"""The house's layout, checked: layering contracts (and that breaking one fails), one skeleton
per service, module sizes, one message per log code, generated Dockerfiles."""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ("ingest", "deid", "training", "inference", "access", "audit", "console")
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
#: a module longer than this says why at its top (a line starting "Longer than")
MAX_LINES = 450
SOURCE_ROOTS = [ROOT / "libs" / "medenclave", ROOT / "apps" / "cli" / "medenclave_cli",
                ROOT / "testing" / "medenclave_testing", ROOT / "bench", ROOT / "scripts",
                *(ROOT / "services" / s / f"medenclave_{s}" for s in SERVICES)]


def _sources():
    for root in SOURCE_ROOTS:
        for path in sorted(root.rglob("*.py")):
            if "v1" not in path.relative_to(root).parts:
                yield path


def _lint_imports(cwd: Path, pythonpath: list[Path]) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(str(p) for p in pythonpath)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache"], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def _paths(base: Path) -> list[Path]:
    return [base / "libs", base / "apps" / "cli", base / "testing",
            *(base / "services" / s for s in SERVICES)]


@pytest.mark.skipif(not LINT_IMPORTS.exists(), reason="import-linter not installed")
def test_layering_contracts_hold_and_a_broken_one_fails(tmp_path):
    ok = _lint_imports(ROOT, _paths(ROOT))
    assert ok.returncode == 0, ok.stdout[-2000:]
    # a copy of the tree where the kit imports a service: the check must fail and say where
    copy = tmp_path / "tree"
    ignore = shutil.ignore_patterns("tests", "__pycache__", "*.csv", "*.txt", "*.json")
    for part in ("libs", "apps", "testing", "services"):
        shutil.copytree(ROOT / part, copy / part, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    (copy / "libs" / "medenclave" / "shortcut.py").write_text(
        "from medenclave_deid.offline import deidentify_folder  # the wrong arrow\n")
    broken = _lint_imports(copy, _paths(copy))
    assert broken.returncode != 0
    assert "medenclave.shortcut -> medenclave_deid" in broken.stdout


@pytest.mark.parametrize("service", SERVICES)
def test_every_service_has_the_same_skeleton(service):
    package = ROOT / "services" / service / f"medenclave_{service}"
    entries = {p.name for p in package.iterdir() if p.name != "__pycache__"}
    allowed = {"__init__.py", "__main__.py", "main.py", "config.py", "offline.py", "core", "adapters"}
    if service == "training":  # torchrun's entry point, named by deploy/k8s's training jobs
        allowed.add("distributed.py")
    assert entries <= allowed, f"{service}: unexpected at the package root: {entries - allowed}"
    assert {"__init__.py", "__main__.py", "main.py", "config.py", "core", "adapters"} <= entries
    assert (package / "core" / "ports.py").is_file()
    for direction in ("inbound", "outbound"):
        assert (package / "adapters" / direction / "__init__.py").is_file()
    assert set(os.listdir(package / "adapters")) - {"__pycache__"} <= {"__init__.py", "inbound",
                                                                      "outbound"}
    for name in ("Dockerfile", "README.md"):
        assert (ROOT / "services" / service / name).is_file()


def test_core_protocols_live_in_ports():
    for service in SERVICES:
        core = ROOT / "services" / service / f"medenclave_{service}" / "core"
        for path in core.rglob("*.py"):
            if path.name == "ports.py":
                continue
            tree = ast.parse(path.read_text())
            protocols = [n.name for n in tree.body if isinstance(n, ast.ClassDef) and any(
                getattr(b, "id", getattr(b, "attr", "")) == "Protocol" for b in n.bases)]
            assert not protocols, f"{path.relative_to(ROOT)} defines {protocols}: move to ports.py"


def test_modules_stay_readable():
    long = []
    for path in _sources():
        lines = path.read_text().splitlines()
        if len(lines) > MAX_LINES and not any(line.lstrip("#\" ").startswith("Longer than")
                                              for line in lines[:15]):
            long.append(f"{path.relative_to(ROOT)} ({len(lines)} lines)")
    assert not long, "over ~450 lines without a reason at the top: " + ", ".join(long)


def _log_calls(path: Path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("debug", "info", "warning", "error", "exception",
                                       "critical")):
            continue
        message = node.args[0].value if node.args and isinstance(node.args[0], ast.Constant) else None
        for kw in node.keywords:
            if kw.arg == "extra" and isinstance(kw.value, ast.Dict):
                for key, value in zip(kw.value.keys, kw.value.values, strict=True):
                    if isinstance(key, ast.Constant) and key.value == "code" \
                            and isinstance(value, ast.Constant):
                        yield value.value, message


def test_every_log_code_has_one_message():
    messages: dict[str, set] = defaultdict(set)
    for path in _sources():
        for code, message in _log_calls(path):
            messages[code].add(message)
    assert len(messages) > 50
    shared = {code: sorted(map(str, m)) for code, m in messages.items() if len(m) > 1}
    assert not shared, f"log codes used for different messages: {shared}"


def test_loggers_are_named_after_their_module():
    for path in _sources():
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "getLogger" \
                    and node.args and isinstance(node.args[0], ast.Constant) \
                    and str(node.args[0].value).startswith("medenclave"):
                pytest.fail(f"{path.relative_to(ROOT)}: getLogger({node.args[0].value!r}); "
                            "use __name__")


def test_dockerfiles_are_generated_from_one_template():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_dockerfiles.py"),
                             "--check"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout
