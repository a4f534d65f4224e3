"""A role's participle before a credential is a label (``Referring MD``, ``Attending physician``,
``Covering NP``), never a name, and its copies elsewhere go back to words; a state's ``MA`` before
``USA`` is no medical assistant; everyday clinical heads (biopsy, renal, cardiac, obs, incision …)
are no names in a title or a facility line (``Post-Renal Biopsy Obs``), while the people beside them
still go.

Every line of ``role_labels_clinical_heads_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "role_labels_clinical_heads_cases.txt", "en", minimum=20
)
