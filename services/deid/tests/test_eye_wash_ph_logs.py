"""An eye wash record's irrigating lens and shield kept as eponyms (``Morgan Lens``, ``Fox shield``) and
the initials of the nurse beside each pH reading (``pH 8.5 at 10:20 (KT)``, ``| 10:10 | 8.0 | DH |``).

Every line of ``eye_wash_ph_logs_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "eye_wash_ph_logs_cases.txt", "en", minimum=20
)
