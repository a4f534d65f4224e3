"""The leak guard on notes: the patient's known values must not leave in any form; a note that
fails is quarantined (CLI) or refused (RPC), never written or returned."""

from __future__ import annotations

import asyncio
import json

import grpc
import pytest

from medenclave.v1 import deid_pb2
from medenclave_deid.adapters.inbound.note_folder import deidentify_note_folder, read_demographics
from medenclave_deid.adapters.inbound.notes_api import NoteRpcs
from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import PatientDemographics
from medenclave_deid.core.text.leak_check import NOTE_LEAK, leaked_categories


@pytest.mark.parametrize("text,deny,expected", [
    ("seen XiaoDong today", [("name", "Xiao Dong")], ["name"]),
    ("id 77 qx on file", [("mrn", "77-QX")], ["mrn"]),
    ("ID 5550 1234", [("mrn", "55501234")], ["mrn"]),
    ("家属王 小 东陪同", [("name", "王小东")], ["name"]),
    ("Mr. ZÖRK called", [("name", "Zork")], ["name"]),
    ("nothing here: pneumonia", [("name", "Zork"), ("mrn", "55501234")], []),
    ("a zorkish word", [("name", "Zork")], []),            # a name inside another word is not it
])
def test_leak_check_finds_every_form(text, deny, expected):
    assert leaked_categories(text, deny) == expected


def test_note_with_a_surviving_identifier_is_quarantined_not_written(tmp_path):
    src, dst, state = tmp_path / "src", tmp_path / "dst", tmp_path / "state"
    src.mkdir()
    (src / "a.txt").write_text("Patient seen for cough; 5550.1234 on the old sheet.", encoding="utf-8")
    (src / "b.txt").write_text("Zork Ilse reports less cough.", encoding="utf-8")
    (tmp_path / "d.csv").write_text("file,names,identifiers\na.txt,Zork^Ilse,55501234\n"
                                    "b.txt,Zork^Ilse,55501234\n", encoding="utf-8")
    report = deidentify_note_folder(src, dst, state_dir=state,
                                    demographics=read_demographics(tmp_path / "d.csv"))
    assert [f["reason"] for f in report.failed] == [NOTE_LEAK]
    assert report.failed[0]["categories"] == ["mrn"]
    assert not (dst / "a.txt").exists()                    # never written
    quarantined = list((state / "quarantine" / "notes").iterdir())
    assert len(quarantined) == 1 and quarantined[0].stat().st_mode & 0o077 == 0
    assert "Zork" not in (dst / "b.txt").read_text() and "Ilse" not in (dst / "b.txt").read_text()
    saved = json.loads((dst / "deid-text-report.json").read_text())
    assert "5550" not in json.dumps(saved) and "Zork" not in json.dumps(saved)


class _Abort(Exception):
    pass


class _Context:
    def __init__(self):
        self.code = None

    async def abort(self, code, details):
        self.code = code
        raise _Abort(details)


class _Facts:
    def note_facts(self, *, patient_id, issuer):
        return PatientDemographics(identifiers=(patient_id,)), -30


def test_rpc_refuses_a_note_that_fails_the_guard():
    rpcs = NoteRpcs()
    rpcs._note_facts = _Facts()
    rpcs._note_deidentifier = make_note_deidentifier(b"k" * 32)
    audits = []

    async def record(context, **kwargs):
        audits.append(kwargs)
    rpcs._record = record
    ctx = _Context()
    request = deid_pb2.DeidentifyNoteRequest(text="5550.1234 on the old sheet; cough better.",
                                             patient_id="55501234", issuer="H")
    with pytest.raises(_Abort) as refused:
        asyncio.run(rpcs.DeidentifyNote(request, ctx))
    assert ctx.code == grpc.StatusCode.FAILED_PRECONDITION and "5550" not in str(refused.value)
    assert audits == [{"action": "deid.note", "resource": audits[0]["resource"],
                       "outcome": "failure", "reason": "leak_guard:mrn"}]
