"""New Zealand, Australian and Canadian records: NHI numbers after their label (both shapes),
address blocks ending in a town and a four-digit postcode, a suburb between a street and a town,
home-spirometry exports (health card, CPSO, spirometer SN and coach columns), a one-word lower-case
name in a coach's, CNC's or RT's slot or after "by"; a unit's denominator (``mcg/kg/min en``) is
no name.

Every line of ``english_nz_au_ca_records_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"r" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_nz_au_ca_records_cases.txt", "en", minimum=15
)
