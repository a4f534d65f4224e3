"""Terms kept whole: a difficult airway's devices and syndromes (``Miller 2 blade``, ``Eschmann
bougie``, ``Treacher Collins``, ``Pierre Robin sequence``) and the products of a gastrostomy note
(``cleaned with Hibiclens``, ``Applied Calmoseptine to``, ``Formula: Neocate``, ``Kate Farms
Peptide 1.5 at 45 mL/h``), while a titled name and a name after "handed over to" still go.

Every line of ``airway_feed_terms_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"a" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "airway_feed_terms_cases.txt", "en", minimum=12
)
