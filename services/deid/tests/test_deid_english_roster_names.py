"""A team roster's names said again in the note and a timed log entry's given name and initial
(``core/text/english_roster_names.py``), an employer field's label with a bracketed qualifier
(``core/text/english_fields.py``), a bare month/day after an event switched on or off or before
the person who acted (``core/text/dates.py``), and the real name after a trauma alias's arrow
(``core/text/english_word_surnames.py``).

Every line of the ``*_cases.txt`` files read here was invented for this test from general
knowledge of such documents (none comes from an evaluation set); ``«value»`` marks an identifier,
``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"r" * 32

_HERE = Path(__file__).parent

test_roster_names_again, test_roster_cases_are_many = case_suite(
    _HERE / "roster_names_cases.txt", "en", minimum=20
)
test_log_entry_initials, test_log_entry_cases_are_many = case_suite(
    _HERE / "log_entry_initials_cases.txt", "en", minimum=20
)
test_employer_qualifiers, test_employer_cases_are_many = case_suite(
    _HERE / "employer_qualifier_cases.txt", "en", minimum=20
)
test_event_month_days, test_event_month_day_cases_are_many = case_suite(
    _HERE / "event_month_day_cases.txt", "en", minimum=20
)
test_alias_real_names, test_alias_cases_are_many = case_suite(
    _HERE / "alias_real_names_cases.txt", "en", minimum=20
)
