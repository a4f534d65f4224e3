"""People placed by their role whatever their surname, local hospitals by their short name, and
an operation's approach that is no road (``core/text/chinese_role_names.py``,
``chinese_hospitals.py``, the street rule of ``chinese.py``).

Every line of ``chinese_roles_places_cases.txt`` was written for this test from general knowledge
of Chinese ward paperwork (none comes from an evaluation set); ``«value»`` marks an identifier,
``‹value›`` a clinical term or an everyday word that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.core.text.chinese_role_names import find_role_names
from medenclave_testing.marked_notes import marked_cases

SECRET = b"z" * 32


@marked_cases(Path(__file__).parent / "chinese_roles_places_cases.txt", "case", digits=2)
def test_names_and_hospitals_go_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize("text", ["由其老伴（女儿）陪同", "请示上级医师。", "交班：同上", "主任医师签字",
                                  "请示值班医生。", "由患者女儿（长女）签字", "通知科主任到场",
                                  "术者 同上 助手", "护士长已知晓。",
                                  "请感染管理医师会诊", "，居委会主任来访", "主治医师今日查房"])
def test_roles_and_relations_alone_name_no_one(text: str) -> None:
    assert find_role_names(text) == []
