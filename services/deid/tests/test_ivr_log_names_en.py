"""An outbound reminder IVR log's pipe fields: a provider as an initial and a surname that is an
everyday word or a never-name (``| PROV R. Ward |``, ``prov=J. Ward``) and a patient as ``WARD,
ROSE`` go; the word ward of a unit stays.

Every line of ``ivr_log_names_en_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"o" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "ivr_log_names_en_cases.txt", "en", minimum=10
)
