"""English people the earlier finders leave (helper en22a): a staff member's initials right after a
role's word ("scribe QR"), a lower-case given name and surname before a credential ("team: ada
lind np"), a name before its own log-in handle ("ada lind (a.lind)"), a nickname that is the
subject in quoted speech ('"..., Pip was in the water"'), a kin word's given name that reads like
a term ("Father Ifeoma"); credentials, department words, clinical acronyms and kin words stay.

Every line of ``english_people_marks_en22a_cases.txt`` was written for this test (none comes from
an evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"z" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_people_marks_en22a_cases.txt", "en", minimum=30
)
