"""A found name written again as a log-in handle ("Per Lindqvist, OTR/L (plindqvist)"), a given
name in capitals after a found surname ("MEDIC: HALVORSEN, BRISEIS"), one word and a credential
after an assisting role ("assisted: tamsin, MA"), and CSV rows whose last cell glues a second
quoted part on ('"naloxone 4 mg" "email ..."'), which used to end the table; clinical words,
credentials and suffixes stay.

Every line of ``english_handle_echoes_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases, read_cases

SECRET = b"h" * 32
_CASES_FILE = Path(__file__).parent / "english_handle_echoes_cases.txt"
_CASES = read_cases(_CASES_FILE)


@marked_cases(_CASES_FILE, "case")
def test_identifier_goes_and_clinical_words_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    assert len(_CASES) >= 25
