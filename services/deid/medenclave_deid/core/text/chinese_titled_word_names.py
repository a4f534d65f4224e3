"""Two-character names that are also words, right after a clinician's title.

Parents give names that are everyday words (宁静, 汪洋, 于是, 安然, 方圆); the surname-led finders
keep such a run, since most often it is the word. Right after a clinician's title, with the act
the clinician did or a form's boundary after it, the run can only be the person: ``心理治疗师宁静
访谈患者``, ``向科主任汪洋汇报``, ``住院医师 于是``. The run must open with a listed surname and
be no act, no duty word and no clinical word (``医师查看。``, ``护士长不在``, ``药师 华法林``
stay): it is taken only when its second character can be a given name's.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_titled_word_names"]

_TITLE = (
    r"(?:科主任|主任医师|主治医师|住院医师|规培医师|进修医师|上级医师|经管医生|医师|医生|"
    r"治疗师|营养师|药师|技师|护士长|主管护师|护师|助产士|咨询师)"
)
#: what a clinician does, said right after the name (访谈, 汇报, 会诊 …)
_ACT = (
    r"访谈|汇报|查看|会诊|评估|指导|完成|审核|执行|签字|签名|查房|操作|记录|复核|讲解|宣教|进行|参与|"
    r"负责|协助|陪同|接诊|诊治|处理|告知|交代|看过|检查|到场|主持"
)
_SURNAME = "".join(sorted(CN_SURNAMES))
_RUN = re.compile(
    rf"{_TITLE}[ \t\u3000]?(?P<n>[{_SURNAME}][\u4e00-\u9fa5])"
    rf"(?=(?:{_ACT})|[ \t\u3000]*(?:[，,。；;、)）]|$)|[ \t\u3000]{{2,}}"
    rf"|[ \t\u3000]+[\u4e00-\u9fa5]{{2,6}}[:：]"
    rf"|[ \t\u3000]+(?:主任|副主任)?{_TITLE})",
    re.M,
)
#: runs after a title that are the title's duty or state, not a person
_NOT_A_NAME = frozenset(
    "查看 查房 查体 会诊 签字 签名 指导 同意 建议 告知 意见 回复 评估 执行 审核 记录 核对 交班 接班 处理 "
    "外出 休息 值班 不在 在场 未到 已到 到场 陪同 参与 协助 负责 解释 说明 认为 表示 考虑 诊断 确认 "
    "复核 宣教 讲解 操作 完成 进行 检查 观察 巡视 随访 沟通 交代 安排 通知 汇报 请示 签署 姓名 工号 "
    "华法林 甘露醇 白蛋白 石膏 常规 方案 管理 单位 万一 于此 于是否".split()
)


def find_titled_word_names(text: str) -> list[PhiSpan]:
    """The names of the module docstring in a Chinese note (overlaps not resolved).

    Args:
        text: a Chinese note.
    """
    out: list[PhiSpan] = []
    for m in _RUN.finditer(text):
        name = m.group("n")
        if name in _NOT_A_NAME or name[1] in CN_NON_GIVEN_CHARS:
            continue
        out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
