"""Staff named by their system log-in in audit tables, by a discipline with the person in
brackets, and by a first name after their role word go; a found relative's given name in lower
case goes too; the tables' role, IP-less actions and clinical words stay
(``core/text/english_login_handles.py``, ``english_discipline_names.py``).

Every line of ``english_staff_handles_roles_cases.txt`` was written for this test from general
knowledge of EHR access audits, therapy notes and operating-room records (none comes from an
evaluation set); ``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_testing.marked_notes import leftovers, marked_cases


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return make_note_deidentifier(b"t" * 32)


@marked_cases(Path(__file__).parent / "english_staff_handles_roles_cases.txt", "case", digits=2)
def test_handles_and_role_names_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("timestamp | user | role | action\n2023-01-02 10:00 | system | interface | result filed", "system"),
        ("Date,User,Role,Action\n01/02/2023,admin,IT,reset password", "admin"),
        ("PT (INR): 1.2 seconds", "PT (INR)"),
        ("PT (sec): 13.1", "PT (sec)"),
        ("OT (inpatient): evaluate and treat", "OT (inpatient)"),
        ("Circulating RN aware of count.", "RN aware"),
        ("Charge nurse notified at 0300.", "nurse notified"),
        ("Scrub tech present throughout.", "tech present"),
    ],
)
def test_words_that_name_no_one_stay(notes: NoteDeidentifier, text: str, kept: str) -> None:
    assert kept in notes.deidentify(text, lang="en").text
