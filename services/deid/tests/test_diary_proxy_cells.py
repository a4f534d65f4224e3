"""Month/day dates in a trial diary's rows, combination drugs the tagger took for names, inverted
names, pharmacies, treatment centres and employers in tab-separated label cells, and the people of
an OCR'd health-care proxy (principal, agent, alternate, witnesses) with misread glyphs in its words.

Every line of ``diary_proxy_cells_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"p" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "diary_proxy_cells_cases.txt", "en", minimum=60
)
