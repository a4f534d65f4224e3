"""People an MH crisis record in pipes names again: a staff member's name in an event table's
``Event`` or ``Action`` cell (``relieved by M. Veldkamp``, ``per KILBRACKEN, close``), a team
list's ``name, role`` entries, a patient in capitals in a ``Patient | QUARRIE TOBIAS | Sex | M``
line read as a table's header, a compact ``14APR2023`` date in such a line, and the initials of a
row that leaves out a blank cell; the clinical words of those cells stay.

Every line of ``pipe_record_echoes_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"t" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "pipe_record_echoes_cases.txt", "en", minimum=20
)
