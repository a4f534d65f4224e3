"""Padded month-day stamps of an approval flow and its comments (``已同意 03-14``, ``· 03-14 ·``,
``已上传附件。 03-15``) in a note dated with a year elsewhere; mediation case numbers with the year
first in brackets or after a case-number label (``(2024)某医调申字第318号``, ``受理号：2024医调0087``);
people and employers in an interface message's XML read by the element's tag (``<PatName>``,
``<OrderDoctor>``, ``<Collector>``, ``<EnglishName>``, ``<WorkUnit>``), the same name again in a merge
warning; and the patient after 您的家属 in a deposit notice even when the name starts with a word,
the family's name in its salutation (``致某某家属：``).

Every line of ``fuzz32d_cases.txt`` was written for this test (none comes from an evaluation
set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"f" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "fuzz32d_cases.txt", "zh", minimum=12
)
