"""A nurse's given name closing a timed log entry (``09:40 …无呕吐。 /慧敏``) or after 交班 / 接班,
a one-character relative before the bracketed relation after a carer's label (``陪护：晖（老伴）``),
and a full name filling its cell after a role label whose first two characters make a word
(``护士长：高峰翔``).

Every line of ``chinese_entry_signatures_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"g" * 32
test_identifier_goes_and_clinical_words_stay, test_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "chinese_entry_signatures_cases.txt", "zh", minimum=12
)
