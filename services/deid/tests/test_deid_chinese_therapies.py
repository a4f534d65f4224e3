"""Acupoints and named treatments that read like a surname and a given name stay; the people
beside them still go (``core/text/chinese_therapies.py``). Invented lines, no evaluation text."""

from __future__ import annotations

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text import NoteDeidentifier
from medenclave_testing.marked_notes import leftovers

_CASES = [
    "取穴：‹阳白›、‹地仓›、‹颊车›、‹合谷›，电针20min，配合‹艾灸›。治疗师«于洁»。",
    "总胆红素205μmol/L，继续‹蓝光治疗›；母亲«麻三妹»每日送奶。",
    "针刺‹太冲›、‹曲池›、‹足三里›，加‹拔罐›，由«艾小军»医师操作。",
    "患者«艾小军»，男，45岁，今日复诊。",
]


@pytest.fixture(scope="module")
def notes() -> NoteDeidentifier:
    return make_note_deidentifier(b"z" * 32)


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i}" for i in range(len(_CASES))])
def test_acupoints_and_treatments_stay_and_people_go(notes: NoteDeidentifier, line: str) -> None:
    wrong, out = leftovers(notes, line, lang="zh")
    assert not wrong, (wrong, out)
