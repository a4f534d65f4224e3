"""Lower-case callback logs: whoever was called, told or escalated to goes (``called to priya
nandakumar rn at …``, ``supv: stone, lead``), a found patient's name said again goes (``t. ozturk``
after ``patient: ozturk``), a form's repeated labels (``result:``, ``read back:``) and an organism
typed in lower case (``candida glabrata``) stay (``core/text/english_callback_logs.py``,
``core/text/english_lab_terms.py``); a lower-case hospital ending in ``health system``, ``med ctr``
or ``hosp`` goes (``core/text/english_lower_facilities.py``); a transfusion log's ``runner`` column
holds people (``core/text/table_column_words.py``).

Every line of ``english_callback_logs_cases.txt`` was written for this test from general knowledge
of laboratory critical-value callback logs (none comes from an evaluation set); ``«value»`` marks
an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import marked_cases

SECRET = b"t" * 32


@marked_cases(Path(__file__).parent / "english_callback_logs_cases.txt", "case", digits=2)
def test_people_of_lower_case_callback_logs_go(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_runner_column_of_a_tsv_cooler_log_goes(en_notes) -> None:
    en_notes.marked(
        "cooler\tissued\tproduct\trunner\treturned\n"
        "1\t0214\t4 RBC / 4 FFP\t«K. Abernathy»\t0240\n"
        "2\t0251\t1 apheresis plt\t«D.Wexley»\t0322\n"
        "3\t0330\t10 cryo\t«R Fenwick»\t0401"
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("called to bedside for rapid response, rn at bedside.", "called to bedside"),
        ("notified family at 1400, aware of plan.", "notified family"),
        ("spoke with charge rn, agrees.", "spoke with charge rn"),
        ("paged ortho at 0300, called micu @ 0310, notified house supervisor", "paged ortho at 0300"),
        ("called micu @ 0310", "called micu"),
        ("notified heme onc", "heme onc"),
        ("pt went to the hosp yesterday, discharged from hospital today.", "the hosp"),
        ("  result: pending\n  value: see below\n  result: final\n  value: 4.1", "result"),
    ],
)
def test_words_of_callback_logs_that_name_no_one_stay(en_notes, text: str, kept: str) -> None:
    en_notes.check(text, kept=[kept])
