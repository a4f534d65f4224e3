"""A chemodenervation map's muscles kept (a ``Muscle | Side | Units`` table, Latin muscle names in
prose), an assistant's login in a role slot, a revisit's and a weight check's month/day, an e-mail
display name the address spells, and a drug-list given name beside its surname.

Every line of ``spasticity_maps_mail_names_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"m" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "spasticity_maps_mail_names_cases.txt", "en", minimum=20
)
