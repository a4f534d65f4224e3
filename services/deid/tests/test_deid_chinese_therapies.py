"""Acupoints and named treatments that read like a surname and a given name stay; the people
beside them still go (``core/text/chinese_therapies.py``). Invented lines, no evaluation text."""

from __future__ import annotations

import pytest

SECRET = b"z" * 32
_CASES = [
    "取穴：‹阳白›、‹地仓›、‹颊车›、‹合谷›，电针20min，配合‹艾灸›。治疗师«于洁»。",
    "总胆红素205μmol/L，继续‹蓝光治疗›；母亲«麻三妹»每日送奶。",
    "针刺‹太冲›、‹曲池›、‹足三里›，加‹拔罐›，由«艾小军»医师操作。",
    "患者«艾小军»，男，45岁，今日复诊。",
]


@pytest.mark.parametrize("line", _CASES, ids=[f"case{i}" for i in range(len(_CASES))])
def test_acupoints_and_treatments_stay_and_people_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)
