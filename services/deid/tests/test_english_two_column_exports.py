"""Two-column exports pasted into notes (``zip,kits``, ``Name|Phone``, ``MRN;Bed``): a header of two
short fields, one of them an identifying column's name, with two or more rows of two short cells
under it, is read as a table, so its identifying column goes; two-column tables of terms
(``Drug,Dose``, ``Test,Result``) and a header-like line above prose stay as written.

Every line of ``english_two_column_exports_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_two_column_exports_cases.txt", "en", minimum=10
)
