"""Staff in lower case or with dotted initials: the last cell of a timed flowsheet row
(``09:00 | 132/72 | dry | h.e.``, ``| ze`` on two or more rows), a rooming assistant's initials
(``roomed by MA tz |``) and a lower-case name before a lower-case credential
(``amber banks msn, rn``); routes (``p.o.``, ``i.v.``), readings (``ok``, ``KVO``) and a bare
``md aware`` stay.

Every line of ``sloppy_signers_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "sloppy_signers_cases.txt", "en", minimum=20
)
