"""Month/days that look like fractions but are dates by their table or their cue: a roster's
``dose1,dose2`` columns (``"Quarles, Ida",93,M3598658,11/5,12/4,JT``; an unquoted ``ABERNATHY,
CLAUDETTE`` aligned on the right), a flowsheet's ``Date/Time`` cells (``3/2 0800``), "Admit: 11/2",
"identified 7/1", "returned from Lisbon 6/5", "RSV+ 3/1", "Hospital day 2 (3/2)", a headerless row's
``| 3/2 | 0800 |``; a score's column (``Score 1``, ``strength``, ``Pain``)
keeps its fractions. A patient's name found in lower case (``Patient: marisol quintero``) said
again in lower case in an ordinary-case note. A therapist's initials beside the credential in a
row (``| RT KR |``, ``- NB, RT``), never a unit's (``ICU, RN``) A relative's given name that is
also a place's after a kin label (``Husband: Andrew.``, ``father Nicholas``).

Every line of ``column_days_fuzz38c_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "column_days_fuzz38c_cases.txt", "en", minimum=20
)
