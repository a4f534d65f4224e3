"""A health system's lower-case name ending in its town on a log's heading line (``— mercy health
tacoma behavioral health``), an upper-case facility's town in a fax header (``GRACE HOSPITAL
SPOKANE``) and a scanned address's misread town (``SP0KANE, WA``); the kinds of care
(``behavioral health``, ``public health``) and staging codes (``T1N0``) kept.

Every line of ``english_health_system_towns_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"h" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_health_system_towns_cases.txt", "en", minimum=12
)
