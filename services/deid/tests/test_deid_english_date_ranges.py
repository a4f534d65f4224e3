"""The open end of a date range before a full or compact date goes; ratios, scores and ranges of
numbers stay (``core/text/english_date_ranges.py``).

Every line of ``english_date_ranges_cases.txt`` was written for this test (none comes from an
evaluation set); ``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.english_date_ranges import find_date_ranges
from medenclave_testing.marked_notes import marked_cases

SECRET = b"c" * 32


@marked_cases(Path(__file__).parent / "english_date_ranges_cases.txt", "case", digits=2)
def test_open_ends_of_date_ranges_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("text", ["Strength 4/5 - 5/5 after therapy", "BP 120/80 - 130/85",
                                  "Pain 3/10 - 7/10 overnight", "Gleason 3/4 - 12 cores",
                                  "Barthel 22/100 - 2 assists"])
def test_ratios_and_scores_are_no_ranges(text: str) -> None:
    assert find_date_ranges(text) == []
