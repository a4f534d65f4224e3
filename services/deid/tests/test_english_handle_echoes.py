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

from medenclave_testing.marked_notes import case_suite

SECRET = b"h" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_handle_echoes_cases.txt", "en", minimum=25
)
