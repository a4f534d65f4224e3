"""Treatment logs (phototherapy sessions, lead draws) pasted as pipe tables whose header cells carry
a unit in brackets or after a comma (``Dose [mJ/cm2]``, ``Time [mm:ss]``, ``Lead, µg/dL``): the
table is read, so its technician, date and plate columns go and its measurements stay; a
Fitzpatrick skin type or phototype is a scale, not a person; a lower-case technician after
``Tech`` is a person.

Every line of ``english_treatment_log_units_cases.txt`` was written for this test (none comes
from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"q" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_treatment_log_units_cases.txt", "en", minimum=10
)
