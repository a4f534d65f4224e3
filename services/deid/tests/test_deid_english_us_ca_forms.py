"""US and Canadian forms, logs and tables: a log-in with a diacritic after "exported … by", a
second plate after a slash, initials that are words in a staff column, a lower-case tech or
operator, bilingual (French/English) labels and a province in brackets before a postal code, a
condition's line list, a police rank, lot numbers, a surname that is a nation's word or in
capitals after a courtesy title, and a lab's name after a unit across a column's gap.

Every line of ``english_us_ca_forms_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay; a literal ``\\n`` in a
line is a line break.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"u" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "english_us_ca_forms_cases.txt", "en", minimum=20
)
