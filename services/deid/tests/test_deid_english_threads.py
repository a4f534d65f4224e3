"""People in chat and huddle threads typed in lower case, nicknames after a name, month/days
after clinical events, and names after role words and before credentials go; patient lists'
status words, groups addressed, fractions and scores stay (``core/text/english_chat.py``,
``dates.py``).

Every line of ``english_threads_cases.txt`` was written for this test from general knowledge of
huddle chats, residential progress notes and incident reports (none comes from an evaluation
set); ``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import load_text_vocabulary, make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_deid.core.text.dates import partial_dates
from medenclave_deid.core.text.english_chat import find_chat_people
from medenclave_testing.marked_notes import leftovers, marked_cases


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return make_note_deidentifier(b"t" * 32)


@marked_cases(Path(__file__).parent / "english_threads_cases.txt", "case", digits=2)
def test_thread_people_nicknames_and_event_dates_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line)
    assert not wrong, (wrong, out)


@pytest.mark.parametrize(
    "text",
    [
        "[06:10] kit: bed 4 - pending, 12345678",
        "[06:11] kit: hall 2 - stable, on room air",
        "[06:12] kit: fyi pharmacy called back",
        "[06:13] kit: re: the plan for tomorrow",
        "[06:14] kit: @all @charge huddle at 7",
        "[06:15] kit: rm 3 - dirty, needs EVS",
        "bed 4 - ortega, 12345678 (no thread: no time stamp)",
    ],
)
def test_thread_slots_need_a_person(text: str) -> None:
    assert find_chat_people(text, load_text_vocabulary()) == []


@pytest.mark.parametrize(
    "text",
    [
        "take 1/2 tab at night; strength 4/5 in the left leg",
        "grade 3/6 systolic murmur; BP 118/4 repeated",
        "reachable 24/7 by pager; UDS ordered",
        "pain 2/10, PHQ-2 1/6",
    ],
)
def test_fractions_scores_and_ratios_stay(text: str) -> None:
    found = [text[a:b] for a, b in partial_dates(text)]
    assert found == [], found
