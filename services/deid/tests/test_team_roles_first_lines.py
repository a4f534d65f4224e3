"""A procedure team member named by one word after their role (``surgeon STONE; circulator EL``,
``Tech: Killian``, ``Technologist: IT``), not a department, credential, modality or status
(``surgeon ENT``, ``circulator RN``, ``Technologist: CT``, ``Scribe: None``); nurses after a plural
credential (``Primary RNs Gideon Marwick``); a lower-case ``surname, given`` after ``index=`` or
``name=`` in a ``key=value;`` line; the organisation on a note's first line that ends in a
programme's word or in ``of`` and a known town (``Laramie Microbiome Donor Program``, ``Smile
Mobile of Grand Junction``), not a section or a screening programme's plain name; an injector's,
a witness's initials (``Injector: PW``); the day after a signer's credential (``…, MD 11/7``); an
employer after ``Employer / school:``.

Every line of ``team_roles_first_lines_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "team_roles_first_lines_cases.txt", "en", minimum=20
)
