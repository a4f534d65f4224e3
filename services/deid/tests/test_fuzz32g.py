"""A second generation-directed search's finds: plates under abbreviated cues ("Lic Plt:", "LP#",
"V.I.N.") and a bare VIN on a vehicle's line; a relative speaking under a tag that holds the kin
word among others ("[patient's daughter]:", "[family - son]:", "niece (caregiver):") or named as
"<name>, my <kin>", and a confirmed everyday-word name after the kin word again; lower-case towns
after "moved to", "we're out in", "76 y/o m of"; and a passport-style "SURNAME,GIVEN" without a
space after a Chinese name label.

Every line of ``fuzz32g_cases.txt`` and ``fuzz32g_zh_cases.txt`` was written for this test (none
comes from an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"w" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "fuzz32g_cases.txt", "en", minimum=12
)
test_zh_identifier_goes_and_clinical_words_stay, test_zh_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "fuzz32g_zh_cases.txt", "zh", minimum=12
)
