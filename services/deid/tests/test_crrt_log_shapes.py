"""A CRRT circuit and citrate log in the shapes a first search did not cover: rows with no bars
(``- 3/10 1130: bags changed -- MB``, ``3/4 @ 16:00 filter clotted. RN J.K.``), rows that open
with the clock time (``0600 | 3/14 | …``, ``0130 line clot on 3/4 by JT``), a header whose last
column is the signer's, a signer's initials written again (``Handoff to JM``), a day in the
log's prose (``Circuit changed 3/11``); and the therapy's words that stay: a title in any case
(``Citrate CRRT circuit log``), ``Continuous Renal Replacement Therapy``, other therapies named
like a facility, a row's capitalised first word (``Circuit changed``).

Every line of ``crrt_log_shapes_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "crrt_log_shapes_cases.txt", "en", minimum=20
)
