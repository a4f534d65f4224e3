"""A typing table's columns: the relatives who head them by name and the typings under them.
Tissue-typing reports compare the recipient with each family member typed, a column each, headed
by a first name beside a kinship word (``Locus | Recipient | Priya (sibling)``, ``Sister:
Oona``, ``Ilse/mother``) or by the name alone; the name goes wherever it is said again, while the
alleles under ``Recipient`` or ``Mother`` (``A*02:01, A*24:02``), the loci, the roles and the
match grades (``10/10``, ``8/8 allele match``) stay.

Every line of ``typing_table_heads_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"x" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "typing_table_heads_cases.txt", "en", minimum=20
)
