"""A call's transcript and a form's name fields: what a speaker says first after their label
(``话务员：您好，``, ``来电人：胃镜 预约…``) is no name, a caller's or a contact's name of four or
five characters with no surname (Mongolian, Yi) is, a consultant's before the title too, and two
characters of a letter-spaced title (``居 民 健 康 档 案``) are no spaced-out name.

Every line of ``chinese_call_transcripts_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_call_transcripts_cases.txt", "zh", minimum=12
)
