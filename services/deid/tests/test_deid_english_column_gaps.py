"""A facility's or a street's name does not run across a table's cell boundary: a hospital
"of <Town>" in a tab-separated cell ends at the tab, a hospital in a fixed-width row does not take
the injury column's last word (``18% TBSA``) across the gap, and a row's age, sex and triage
cells (``83   F   GRN``) are no capitals street.

Every line of ``english_column_gaps_cases.txt`` was written for this test (none comes from an evaluation
set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"f" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_column_gaps_cases.txt", "en", minimum=7
)
