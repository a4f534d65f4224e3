"""Latin eponyms written flush against the Chinese word they name in a disability assessment, an
eye or an ear form (``Mondini畸形``, ``Humphrey视野``, ``Leber遗传性视神经病变``, ``Syme截肢``,
``Vogt-小柳-原田综合征``) stay; a Latin patient, relative or doctor is still replaced.

Every line of ``latin_eponym_heads_zh_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"o" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "latin_eponym_heads_zh_cases.txt", "zh", minimum=20
)
