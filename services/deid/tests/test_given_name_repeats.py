"""A found full name's given name again in lower case as a clause's subject (``rowan awake``,
``mom states summer put``), not the same word used plainly (``summer camp``, ``a research grant``);
the person an ID is held for (``Medicaid ID for Odalys: 5444``), not a kind of holder (``for
Mother``); the employer after an occupation's job title and a comma, dash, ``@`` or ``with``;
an ``&``-joined firm in an employer cell; initials that spell a found name (``C. Imbert / CI``).

Every line of ``given_name_repeats_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "given_name_repeats_cases.txt", "en", minimum=20
)
