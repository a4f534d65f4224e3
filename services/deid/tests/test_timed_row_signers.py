"""Staff named in the terse shapes of hourly flowsheets (a timed row's last cell after a bar, a
dash, a comma, a bracket, ``init`` or ``RN``, a slash pair or a credential), a rooming
assistant's initials beside ``MA``, a copied physician as ``N. Surname``, and a scribe in
capitals; a row's reading, route, rhythm or oxygen device (``RA``, ``KVO``, ``IV``,
``SBA``) stays.

Every line of ``timed_row_signers_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "timed_row_signers_cases.txt", "en", minimum=20
)
