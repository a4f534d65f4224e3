"""Property-based: PHI planted anywhere never survives; pseudonyms and UIDs stay consistent."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pydicom
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medenclave.security.crypto import load_or_create_secret
from medenclave_deid.adapters.inbound.folder_batch import REPORT_NAME, deidentify_folder
from medenclave_deid.adapters.outbound.profile_files import load_profile
from medenclave_deid.config import DEFAULT_ANNEX_E_TABLE
from medenclave_deid.core.deidentifier import StudyDeidentifier
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.uids import remap_uid

from .conftest import MemoryPseudonymIndex, build_instance

PROFILE = load_profile(table_path=DEFAULT_ANNEX_E_TABLE, profile="medenclave-default")
SECRET = "ZQXJVKWPHM"  # a planted marker: part of the patient's id, so it is identifying

#: public attributes of every kind (kept, cleaned, removed, not in the table) to plant PHI in
_PUBLIC = [
    (0x00081030, "LO"), (0x0008103E, "LO"), (0x00204000, "LT"), (0x00321060, "LO"),
    (0x00080080, "LO"), (0x00081040, "LO"), (0x00101040, "LO"), (0x00181030, "LO"),
    (0x00400254, "LO"), (0x00102180, "SH"), (0x00080070, "LO"), (0x00081090, "LO"),
    (0x00180015, "CS"), (0x0040A160, "UT"), (0x00380500, "LO"), (0x00081080, "LO"),
]
_SEQUENCES = [0x00081032, 0x0040A730, 0x00400275, 0x00081110, 0x00082112, 0x00089215]
_CREATORS = ["SIEMENS CSA HEADER", "GEMS_ACQU_01", "PHILIPS MR IMAGING DD 001", "EVIL CO"]

placement = st.one_of(
    st.tuples(st.just("public"), st.sampled_from(_PUBLIC)),
    st.tuples(st.just("sequence"), st.tuples(st.sampled_from(_SEQUENCES),
                                             st.sampled_from(_PUBLIC))),
    st.tuples(st.just("private"), st.tuples(st.sampled_from([0x0009, 0x0019, 0x0029, 0x0043]),
                                            st.sampled_from(_CREATORS),
                                            st.integers(0x00, 0xFF))),
)
wrapping = st.sampled_from(["{}", "Patient {} seen", "{}^Jones", "x{}y", "ref {} 123"])


def _plant(spots):
    def extra(ds):
        for kind, where, wrap in spots:
            value = wrap.format(SECRET)
            if kind == "public":
                tag, vr = where
                ds.add_new(tag, vr, value[:64] if vr != "CS" else SECRET)
            elif kind == "sequence":
                seq_tag, (tag, vr) = where
                item = pydicom.Dataset()
                item.add_new(tag, vr, value if vr != "CS" else SECRET)
                ds.add_new(seq_tag, "SQ", [item])
            else:
                group, creator, element = where
                block = ds.private_block(group, creator, create=True)
                block.add_new(element, "LO", value)
    return extra


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spots=st.lists(st.tuples(placement, wrapping).map(lambda t: (*t[0], t[1])),
                      min_size=1, max_size=6))
def test_planted_phi_never_survives(spots):
    raw = build_instance(0, phi={"PatientID": f"MRN-{SECRET}"}, extra=_plant(spots))
    session = StudyDeidentifier(profile=PROFILE, uid_secret=b"u" * 32, pseudonyms=PatientPseudonyms(
        secret=b"p" * 32, index=MemoryPseudonymIndex())).session()
    out = session.add(raw)
    finding = session.verify()
    if finding is None:  # either nothing survived, or the guard stopped it
        assert SECRET.encode() not in out.dicom
        assert SECRET.lower().encode() not in out.dicom.lower()


def _write(folder, blobs):
    folder.mkdir(parents=True, exist_ok=True)
    for name, blob in blobs.items():
        (folder / name).write_bytes(blob)


def _outputs(dst):
    report = json.loads((dst / REPORT_NAME).read_text())
    return report, {e["output"]: pydicom.dcmread(dst / e["output"]) for e in report["processed"]}


def test_consistent_across_files_batches_studies_and_reruns(tmp_path):
    state = tmp_path / "state"
    study2 = {"StudyInstanceUID": "1.2.826.0.1.3680043.8.498.8001",
              "SeriesInstanceUID": "1.2.826.0.1.3680043.8.498.8002"}
    _write(tmp_path / "a", {"1.dcm": build_instance(0), "2.dcm": build_instance(1)})
    _write(tmp_path / "b", {"3.dcm": build_instance(2, phi=study2)})
    deidentify_folder(tmp_path / "a", tmp_path / "out-a", state_dir=state,
                      profile="medenclave-default")
    deidentify_folder(tmp_path / "b", tmp_path / "out-b", state_dir=state,
                      profile="medenclave-default", workers=2)
    deidentify_folder(tmp_path / "a", tmp_path / "out-a2", state_dir=state,
                      profile="medenclave-default", workers=2)
    _, a = _outputs(tmp_path / "out-a")
    _, b = _outputs(tmp_path / "out-b")
    _, a2 = _outputs(tmp_path / "out-a2")
    assert sorted(a) == sorted(a2)  # reruns: same paths, same UIDs
    first, second = list(a.values())
    (third,) = b.values()
    assert first.StudyInstanceUID == second.StudyInstanceUID != third.StudyInstanceUID
    assert first.FrameOfReferenceUID == second.FrameOfReferenceUID
    assert first.PatientID == second.PatientID == third.PatientID  # one patient, one pseudonym
    assert first.StudyDate == third.StudyDate  # same day, same offset, across studies
    uid_key = load_or_create_secret(state / "keys", "uid")
    assert first.StudyInstanceUID == remap_uid(uid_key, "1.2.826.0.1.3680043.8.498.7001")
    # references inside sequences agree with the remapped study
    assert first.ReferencedStudySequence[0].ReferencedSOPInstanceUID == first.StudyInstanceUID
    for ds in [*a.values(), *b.values()]:
        for elem in ds.iterall():
            if elem.VR == "UI" and elem.keyword not in ("SOPClassUID", "ReferencedSOPClassUID"):
                assert str(elem.value).startswith("2.25.") and len(str(elem.value)) <= 64


def test_bad_inputs_are_quarantined_and_the_run_goes_on(tmp_path):
    def huge_private(ds):
        block = ds.private_block(0x0011, "EVIL CO", create=True)
        block.add_new(0x01, "SQ", [pydicom.Dataset() for _ in range(10_001)])

    good = build_instance(0)
    bare = good[132:]  # a dataset without preamble and file meta
    wrong = build_instance(2, charset="ISO_IR 192").replace(
        "Wang^XiaoDong=王^小东".encode(), "Wang^XiaoDong=\xcd\xf5^\xd0\xa1\xb6\xab".encode(
            "latin-1").ljust(len("Wang^XiaoDong=王^小东".encode()), b" "))
    _write(tmp_path / "src", {
        "good.dcm": good, "notes.txt": b"hello, not DICOM", "trunc.dcm": good[:-200],
        "bare.dcm": bare, "huge.dcm": build_instance(1, extra=huge_private),
        "wrong.dcm": wrong, "empty.dcm": b""})
    report = deidentify_folder(tmp_path / "src", tmp_path / "dst", state_dir=tmp_path / "s",
                               profile="medenclave-default")
    reasons = sorted(e["reason"] for e in report.quarantined)
    assert reasons == sorted(["not_dicom", "truncated", "missing_file_meta",
                              "private_sequence_too_large", "wrong_encoding", "not_dicom"])
    assert len(report.processed) == 1
    written = list((tmp_path / "dst").rglob("*.dcm"))
    assert len(written) == 1
    text = (tmp_path / "dst" / REPORT_NAME).read_text()
    assert "good.dcm" not in text and "MRN" not in text  # source names stay in the state dir


def test_cli_writes_valid_dicom_that_dcmdump_reads(tmp_path, capsys):
    from medenclave_cli.main import main

    _write(tmp_path / "src", {"1.dcm": build_instance(0)})
    rc = main(["deid", "dicom", str(tmp_path / "src"), str(tmp_path / "dst"), "--state-dir",
               str(tmp_path / "state"), "--option", "retain-device-identity", "--json"])
    assert rc == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert summary["processed"] == 1 and summary["quarantined"] == 0
    (path,) = (tmp_path / "dst").rglob("*.dcm")
    ds = pydicom.dcmread(path)
    assert ds.Rows == 16 and ds.file_meta.MediaStorageSOPInstanceUID == ds.SOPInstanceUID
    assert "113109" in [c.CodeValue for c in ds.DeidentificationMethodCodeSequence]
    assert main(["deid", "dicom", str(tmp_path / "src"), str(tmp_path / "d2"),
                 "--state-dir", str(tmp_path / "state"), "--option", "nonsense"]) == 2
    if shutil.which("dcmdump") is None:
        pytest.skip("dcmdump not installed")
    run = subprocess.run(["dcmdump", "-q", str(path)], capture_output=True, text=True,
                         timeout=60, check=False)
    assert run.returncode == 0, run.stderr[:500]
    assert "PatientIdentityRemoved" in run.stdout


def test_bundled_pydicom_files_come_out_readable():
    import pydicom.data

    deidentifier = StudyDeidentifier(profile=PROFILE, uid_secret=b"u" * 32,
                                     pseudonyms=PatientPseudonyms(secret=b"p" * 32,
                                                                  index=MemoryPseudonymIndex()))
    done = 0
    # the wheel's own files (get_testdata_files would try to download pydicom-data's too)
    local = Path(pydicom.data.__file__).parent / "test_files"
    for path in (local / name for name in ("CT_small.dcm", "MR_small.dcm", "rtplan.dcm",
                                           "SC_rgb.dcm", "rtdose.dcm")):
        if not path.exists():
            continue
        with open(path, "rb") as fh:
            raw = fh.read()
        session = deidentifier.session()
        out = session.add(raw)
        assert session.verify() is None
        ds = pydicom.dcmread(io.BytesIO(out.dicom))
        assert ds.PatientIdentityRemoved == "YES"
        done += 1
    assert done >= 3


@settings(max_examples=200, deadline=None)
@given(buf=st.binary(max_size=400), needle=st.binary(min_size=4, max_size=12).filter(
    lambda n: all(b >= 0x20 or b == 0x1B for b in n)), at=st.integers(0, 400))
def test_text_runs_find_what_the_whole_buffer_finds(buf, needle, at):
    from medenclave_deid.core.leak_guard import text_runs

    planted = buf[:at] + needle + buf[at:]
    assert needle in text_runs(planted)
    assert (needle in text_runs(buf)) == (needle in buf)
