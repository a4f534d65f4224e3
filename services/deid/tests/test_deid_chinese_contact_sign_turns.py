"""Chinese people the name rules missed in three layouts, and a shifted date that wrote a true one.

* a relative's cell in a contact block (``【家属】丈夫 某某某  电话 …``): the relation, a space and
  a name of any shape (a rare surname, a given name that is a word) before a contact's field;
* a signature row (``评估员   某某某某    日期 …``): a Yi, Tibetan, Dai or Uyghur name with no Han
  surname after the role and a column gap;
* a surname and title that make an everyday word (班主任) opening a turn of a ward round's record
  and filling its chair's or checker's slot: a clinician, unless the record is a school's;
* two dates of a note the patient's offset apart: the later one's shifted value would write the
  earlier one's true value, so it is written as the placeholder.

Every line of the ``*_cases.txt`` files read here was invented for this test from general
knowledge of such documents (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word or a role word that must stay.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from medenclave_deid.core.text.dates import DATE_PATTERN, note_offset, shift_date
from medenclave_testing.marked_notes import marked_cases, read_cases

SECRET = b"t" * 32
_HERE = Path(__file__).parent
_FILES = (
    "chinese_contact_kin_cells_cases.txt",
    "chinese_signature_rows_cases.txt",
    "chinese_titled_turns_cases.txt",
)


@marked_cases(_HERE / "chinese_contact_kin_cells_cases.txt", "kin")
def test_relative_in_contact_block_goes(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@marked_cases(_HERE / "chinese_signature_rows_cases.txt", "sign")
def test_name_in_signature_row_goes(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@marked_cases(_HERE / "chinese_titled_turns_cases.txt", "turn")
def test_titled_word_of_a_round_goes(zh_notes, line: str) -> None:
    zh_notes.marked(line)


def test_cases_are_many_and_marked() -> None:
    for name in _FILES:
        lines = read_cases(_HERE / name)
        assert len(lines) >= 20, name
        assert all("«" in line or "‹" in line for line in lines), name


def test_round_chair_surname_is_replaced_and_school_teacher_stays(notes) -> None:
    record = "教学查房记录\n主持：班主任\n参加：乐小川\n班主任：注意低钾血症。\n"
    record += "记录人：乐小川    审核：班主任"
    out = notes.deidentify(record, lang="zh").text
    assert "班主任" not in out and out.count("主任") == 3, out
    school = "主题班会记录\n主持：班主任\n班主任：同学们注意流感预防。\n审核：班主任"
    assert notes.deidentify(school, lang="zh").text.count("班主任") == 3


def _iso(day: date) -> str:
    return day.isoformat()


def test_shifted_date_never_writes_a_date_of_the_note() -> None:
    offset_days = -267
    early = date(2023, 9, 8)
    late = early - timedelta(days=offset_days)  # the later date's shifted value is the earlier one
    text = f"末次月经,预产期\n{_iso(early)},{_iso(late)}\n2023年3月5日 复查"
    offset = note_offset(text, offset_days)
    shifted = [shift_date(m, offset) for m in DATE_PATTERN.finditer(text)]
    assert shifted[0] == _iso(early + timedelta(days=offset_days))
    assert shifted[1] is None  # written as the placeholder
    assert shifted[2] == "2022年6月11日"
    # with a time after it too, and in a note with no such pair every date shifts
    timed = f"{_iso(early)} 入院\n{_iso(late)}T08:30 出院"
    assert [shift_date(m, note_offset(timed, offset_days)) for m in DATE_PATTERN.finditer(timed)][1] is None
    alone = f"{_iso(late)} 出院"
    assert shift_date(DATE_PATTERN.search(alone), note_offset(alone, offset_days)) == _iso(early)


def test_note_keeps_no_true_date_when_two_are_the_offset_apart(notes) -> None:
    early = date(2022, 11, 21)
    late = early + timedelta(days=200)
    text = f"编号,姓名,末次月经,预产期\n1,甲,{_iso(early)},{_iso(late)}\n"
    text += f"2,乙,{_iso(late)},{_iso(late + timedelta(days=280))}"
    out = notes.deidentify(text, lang="zh", date_offset_days=-200).text
    assert _iso(early) not in out and _iso(late) not in out, out
    assert "[日期]" in out
