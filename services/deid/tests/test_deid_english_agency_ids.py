"""Identifiers and facilities of document kinds no evaluation set here has: partner-services field
records, aviation medical examinations, financial-assistance applications, death pronouncements,
foster-care entry screens, mammography recall letters, implant logs, school asthma plans, pump
starts, civil surgeons' immigration worksheets, dispensing-cabinet discrepancy reports and
portal proxy requests.

Every line of ``english_agency_ids_cases.txt`` was written for this test from general knowledge
of such documents (none comes from an evaluation set). ``«value»`` must go, ``‹value›`` must stay:
an implant log's catalogue (REF) and lot numbers stay beside the serial that goes, a dispensing
cabinet's or workstation's name goes, a found hospital's acronym goes where it stands alone, a
form's field ends at its wide gap ("Hospital: Mercy West   Unit: 4 North").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import MARK, read_cases

SECRET = b"a" * 32
_CASES = read_cases(Path(__file__).parent / "english_agency_ids_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:03d}" for i in range(len(_CASES))])
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 150
    assert all(MARK.search(line) for line in _CASES)
