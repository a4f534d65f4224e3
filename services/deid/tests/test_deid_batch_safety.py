"""The offline batch (``medenclave deid dicom``) runs the service's safety steps: burned-in
screen (header, then the real OCR) with mask rules, the report naming held-back inputs by their
path under SRC, re-identification escrow (opened by ``reidentify --state-dir``)."""

from __future__ import annotations

import functools
import io
import json
import os

import pydicom
import pytest

from medenclave.files import write_private
from medenclave.storage import make_engine
from medenclave_deid.adapters.inbound.folder_batch import ESCROW_DB_NAME, REPORT_NAME, deidentify_folder
from medenclave_deid.adapters.outbound.sql_escrow_store import SqlEscrowStore
from medenclave_deid.core.escrow import ESCROW_KEY_MISSING, generate_officer_keypair
from medenclave_testing.burned_in_images import generate

from .conftest import build_instance


@functools.lru_cache(maxsize=1)
def _ultrasounds() -> dict[str, bytes]:
    """Generated 640×480 ultrasound frames: English name top left, and none."""
    images = {i.name: i.dicom for i in generate(kinds=("us",), clean_per_kind=1, cjk=False)}
    return {"text": images["us-00-name_en-11px-top-left-high"], "clean": images["us-clean-00"]}


def _write(folder, blobs):
    for name, blob in blobs.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(blob)


def _report(dst):
    return json.loads((dst / REPORT_NAME).read_text())


@pytest.mark.parametrize("workers", [1, 2])
def test_images_with_text_are_held_and_named_by_their_path_in_the_state_dir(tmp_path, workers, caplog):
    held = "ward 7/Doe John/us-0001.dcm"  # a folder name that names the patient
    _write(tmp_path / "src", {"ct.dcm": build_instance(0), held: _ultrasounds()["text"],
                              "us-clean.dcm": _ultrasounds()["clean"]})
    report = deidentify_folder(tmp_path / "src", tmp_path / "dst", state_dir=tmp_path / "s",
                               profile="medenclave-default", workers=workers)
    assert [(e["source"], e["reason"]) for e in report.quarantined] == [
        (held, "burned_in_text")]
    assert len(report.processed) == 2  # the CT and the ultrasound without text
    assert "source" not in report.processed[0]
    written = sorted(pydicom.dcmread(p).Modality for p in (tmp_path / "dst").rglob("*.dcm"))
    assert written == ["CT", "US"]
    dst_report = _report(tmp_path / "dst")
    entry = dst_report["quarantined"][0]
    assert entry["reason"] == "burned_in_text" and entry["source_id"]
    # no path beside the de-identified output: the folder name names the patient
    assert "Doe John" not in json.dumps(dst_report) and "source" not in entry
    kept = tmp_path / "s" / "last-run-quarantined.json"
    assert json.loads(kept.read_text())[0]["source"] == held
    assert dst_report["quarantined_paths"] == str(kept)
    assert kept.stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "s" / "last-run-sources.json").stat().st_mode & 0o777 == 0o600
    assert not any("Doe John" in r.getMessage() or "ward 7" in r.getMessage()
                   for r in caplog.records)


def test_the_state_dir_and_the_cli_name_held_files_by_relative_path(tmp_path, capsys):
    from medenclave_cli.main import main

    _write(tmp_path / "src", {"Doe John/a b/scan.dcm": b"not a dicom file" * 20,
                              "ct.dcm": build_instance(0)})
    assert main(["deid", "dicom", str(tmp_path / "src"), str(tmp_path / "dst"),
                 "--state-dir", str(tmp_path / "s")]) == 0
    out = capsys.readouterr()
    assert "1 de-identified, 1 quarantined" in out.out
    assert "quarantined Doe John/a b/scan.dcm: not_dicom" in out.err
    (entry,) = _report(tmp_path / "dst")["quarantined"]
    assert entry["reason"] == "not_dicom" and "source" not in entry
    assert len(entry["source_id"]) == 16
    (kept,) = json.loads((tmp_path / "s" / "last-run-quarantined.json").read_text())
    assert (kept["source"], kept["source_id"]) == ("Doe John/a b/scan.dcm", entry["source_id"])
    assert all("source" not in e for e in _report(tmp_path / "dst")["processed"])
    assert main(["deid", "dicom", str(tmp_path / "src"), str(tmp_path / "dst2"),
                 "--state-dir", str(tmp_path / "s"), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["quarantined_inputs"] == [{"source": "Doe John/a b/scan.dcm",
                                              "reason": "not_dicom"}]


def test_a_mask_rule_blanks_the_text_and_marks_the_image(tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text("rules:\n  - name: sono-header\n    modality: US\n    rows: 480\n"
                     "    columns: 640\n    regions: [[0, 0, 640, 40]]\n")
    _write(tmp_path / "src", {"us.dcm": _ultrasounds()["text"]})
    report = deidentify_folder(tmp_path / "src", tmp_path / "dst", state_dir=tmp_path / "s",
                               profile="medenclave-default", mask_rules_file=rules)
    assert report.quarantined == [] and report.mask_rules == 1
    (entry,) = report.processed
    assert entry["masked"] == "sono-header"
    ds = pydicom.dcmread(tmp_path / "dst" / entry["output"])
    assert ds.BurnedInAnnotation == "NO"
    assert "113101" in [c.CodeValue for c in ds.DeidentificationMethodCodeSequence]
    before = pydicom.dcmread(io.BytesIO(_ultrasounds()["text"])).pixel_array
    assert before[:40].max() > 200 and (ds.pixel_array[:40] == 0).all()
    assert (ds.pixel_array[40:] == before[40:]).all()


def test_bad_mask_rules_or_escrow_key_fail_before_any_file(tmp_path):
    bad = tmp_path / "rules.yaml"
    bad.write_text("rules:\n  - name: x\n    regions: [[0, 0, 0, 4]]\n")
    _write(tmp_path / "src", {"ct.dcm": build_instance(0)})
    with pytest.raises(ValueError):
        deidentify_folder(tmp_path / "src", tmp_path / "dst", state_dir=tmp_path / "s",
                          profile="medenclave-default", mask_rules_file=bad)
    key = tmp_path / "not-a-key.pem"
    key.write_text("nope")
    with pytest.raises(ValueError):
        deidentify_folder(tmp_path / "src", tmp_path / "dst", state_dir=tmp_path / "s",
                          profile="medenclave-default", escrow_public_key=key)
    assert not (tmp_path / "dst" / REPORT_NAME).exists()


def test_without_a_key_the_escrow_row_says_so(tmp_path):
    _write(tmp_path / "src", {"1.dcm": build_instance(0), "2.dcm": build_instance(1)})
    report = deidentify_folder(tmp_path / "src", tmp_path / "dst", state_dir=tmp_path / "s",
                               profile="medenclave-default")
    assert report.escrow == {"reason": ESCROW_KEY_MISSING}
    (pseudonym,) = {e["pseudonym"] for e in report.processed}
    engine = make_engine(f"sqlite:///{tmp_path / 's' / ESCROW_DB_NAME}")
    entry = SqlEscrowStore(engine).get(pseudonym=pseudonym)
    engine.dispose()
    assert entry is not None and entry.sealed == b"" and entry.reason_code == ESCROW_KEY_MISSING


def test_escrow_round_trip_through_the_cli(tmp_path, capsys):
    from medenclave_cli.main import main

    state, officer = tmp_path / "state", tmp_path / "officer" / "escrow.key"
    assert main(["escrow", "init", "--state-dir", str(state),
                 "--private-key-out", str(officer)]) == 0
    assert (state / "keys" / "escrow-public.pem").exists()
    _write(tmp_path / "src", {"1.dcm": build_instance(0), "2.dcm": build_instance(1)})
    capsys.readouterr()
    assert main(["deid", "dicom", str(tmp_path / "src"), str(tmp_path / "dst"),
                 "--state-dir", str(state), "--workers", "2", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["processed"] == 2 and summary["escrow"]["key_id"].startswith("x25519:")
    report = _report(tmp_path / "dst")
    (pseudonym,) = {e["pseudonym"] for e in report["processed"]}
    out = pydicom.dcmread(tmp_path / "dst" / report["processed"][0]["output"])
    assert out.PatientID == pseudonym
    engine = make_engine(f"sqlite:///{state / ESCROW_DB_NAME}")
    sealed = SqlEscrowStore(engine).get(pseudonym=pseudonym)
    engine.dispose()
    assert sealed is not None and sealed.sealed and b"MRN55501234" not in sealed.sealed

    assert main(["reidentify", pseudonym, "--private-key", str(officer),
                 "--state-dir", str(state), "--json"]) == 0
    identity = json.loads(capsys.readouterr().out)
    assert identity["patient_id"] == "MRN55501234"
    assert identity["patient_name"].startswith("Wang^XiaoDong")
    audit = [json.loads(line) for line in
             (state / "reidentify-audit.jsonl").read_text().splitlines()]
    assert audit[-1]["resource"] == pseudonym and audit[-1]["outcome"] == "success"

    wrong = tmp_path / "wrong.key"
    write_private(wrong, generate_officer_keypair()[0])  # 0600: a key open to others is refused
    assert main(["reidentify", pseudonym, "--private-key", str(wrong),
                 "--state-dir", str(state)]) == 3
    assert "MRN55501234" not in capsys.readouterr().out
    os.chmod(officer, 0o644)  # the officer's key readable by any local user: refused, like ssh
    assert main(["reidentify", pseudonym, "--private-key", str(officer),
                 "--state-dir", str(state)]) == 1
    assert f"chmod 600 {officer}" in capsys.readouterr().err
    os.chmod(officer, 0o600)
    assert main(["reidentify", "PSN-000000000000", "--private-key", str(officer),
                 "--state-dir", str(state)]) == 2
