"""Postpartum care centres named in Chinese registers (小棉袄母婴护理中心, 月子中心：某某), the
drugs of a table's drug column or run on to their dosage form (孟鲁司特钠片 under 药品名称), and
the names that open a teaching round's turns (乐小川：补充…) after a list of who took part.

Every line of the ``*_cases.txt`` files read here was invented for this test from general
knowledge of such notes (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a clinical word or a label that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_testing.marked_notes import read_cases

SECRET = b"a" * 32
_HERE = Path(__file__).parent
_CENTRES = read_cases(_HERE / "chinese_care_centres_cases.txt")
_DRUGS = read_cases(_HERE / "chinese_drug_cells_cases.txt")
_TURNS = read_cases(_HERE / "chinese_speaker_turns_cases.txt")


@pytest.mark.parametrize("line", _CENTRES, ids=[f"centre{i:03d}" for i in range(len(_CENTRES))])
def test_care_centres_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize("line", _DRUGS, ids=[f"drug{i:03d}" for i in range(len(_DRUGS))])
def test_drug_cells_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize("line", _TURNS, ids=[f"turn{i:03d}" for i in range(len(_TURNS))])
def test_speaker_turns_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "note",
    [
        "产妇出院后去了一家月子中心，宝宝体重增长好。",
        "产妇入住月子中心后，母婴护理中心护士指导喂养。",
        "建议产后康复中心随访。",
    ],
)
def test_no_centre_named(note: str) -> None:
    from medenclave_deid.core.text.chinese_care_centres import find_care_centres

    assert find_care_centres(note) == []


@pytest.mark.parametrize(
    "note",
    [
        "会诊记录\n时间：上午\n查体：双肺清\n主诉：胸痛\n诊断：冠心病",
        "讨论\n主诉：胸痛、气促\n查体：无殊\n现病史：3天",
    ],
)
def test_labels_are_no_speakers(note: str) -> None:
    from medenclave_deid.core.text.chinese_speaker_turns import find_speaker_turns

    assert find_speaker_turns(note) == []
