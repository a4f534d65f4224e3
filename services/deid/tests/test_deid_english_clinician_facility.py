"""Clinicians and care facilities in document kinds seen little before: stress-test reports, TB
contact worksheets, AMA forms, OPAT letters, mandated reports, work-status forms, send-out
manifests, SMS threads, security reports, interpreter notes, telemetry logs and well-child visits.

Every line of ``english_clinician_facility_cases.txt`` was invented for this test from general
knowledge of US clinical paperwork (none comes from an evaluation set); ``«value»`` marks an
identifier, ``‹value›`` a clinical term (eponyms included) that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import read_cases

SECRET = b"k" * 32
_CASES = read_cases(Path(__file__).parent / "english_clinician_facility_cases.txt")


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i:02d}" for i in range(len(_CASES))])
def test_clinicians_and_facilities_go_eponyms_stay(en_notes, line: str) -> None:
    en_notes.marked(line)
