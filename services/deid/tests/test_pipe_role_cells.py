"""People in a pipe-separated record's role cells: ``Surgeon | PENROSE | Circulator | KD``,
``CRNA | tobin hale``, ``pt | VANTERPOOL, JUNE``, ``Mother | Ada Vanterpool``, the role inside a
cell (``CRNA: j. okonkwo``, ``surgeon THACKERAY``, ``lu pham (CRNA)``) and an event table's
initials column; the label cells, the terms and a word for no one (``pending``) stay.

Every line of ``pipe_role_cells_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "pipe_role_cells_cases.txt", "en", minimum=20
)
