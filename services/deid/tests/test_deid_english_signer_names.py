"""People after a title with initials before a colon (``by Dr. M. Booker: scaly plaques``,
``Dr. J. R. Penhallow:``), and a lower-case given name signing a log (``log by matthew.``,
``notes by andrew.``); ``log by hand`` and ``located by gps`` stay.

Every line of ``english_signer_names_cases.txt`` was written for this test (none comes from an evaluation
set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"f" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_signer_names_cases.txt", "en", minimum=7
)
