"""A health-plan number in spaced or dashed groups or behind a state's letters after a payer's cue
(``Medicaid - Marisela - TX 7731 0926``, ``MA# 6620 1937 44``, ``CHIP KQ 18 27 36 D Wilhelmina``)
with the holder's given name closing the cell; an employer named after an employment answer or a
job in title case or opened by a digit (``Employed - Big Lots``, ``night clerk at 7-Eleven``), not
a score, an answer or a clinical word (``Work: CIWA 12``, ``Employed - Yes``).

Every line of ``grouped_payer_employed_cells_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "grouped_payer_employed_cells_cases.txt", "en", minimum=20
)
