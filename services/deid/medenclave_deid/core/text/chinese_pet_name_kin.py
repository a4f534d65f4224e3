"""A child's pet name placed by the family word after it or the child's word before it.

* **a pet name before a parent's or grandparent's word** (``阿宝爸爸陪同``, ``豆豆妈妈诉``,
  ``小宇外婆陪同``): a doubled character (豆豆), or 小 / 阿 and one character, then 爸爸, 妈妈, 爷爷,
  奶奶, 外公, 外婆, 姥姥, 姥爷 …: the family speaks of itself by the child's name, so the pet name is
  the patient's. Words that look the same stay: the kin words themselves doubled (宝宝, 姐姐),
  adverbs (天天, 常常), 小孩, 小儿, 阿姨.
* **a pet name right after the child's word** (``患儿小宇今日复查``, ``患儿阿宝``), or opening a
  clause, after a field's colon too, before what a child does or refuses (``家长反馈：糖糖在幼儿园
  不愿戴眼罩``, ``，阿福配合遮盖``).

Later bare uses of the name are taken by the note's name propagation.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NAME_WORD_CHARS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_pet_names_by_kin"]

_HAN = "\u4e00-\u9fa5"
_KIN = r"(?:爸爸|妈妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|爹爹|爹地|妈咪|老爸|老妈)"
_PET = r"(?P<n>(?P<d>[\u4e00-\u9fa5])(?P=d)|[小阿][\u4e00-\u9fa5])"
_BEFORE_KIN = re.compile(rf"(?<![{_HAN}]){_PET}(?={_KIN})")
#: a pet name opening a clause (after a field's colon too) before what a child does or refuses
_CHILD_DOES = re.compile(
    rf"(?:^|(?<=[。！？；;!?：:，,]))[ \t\u3000]*{_PET}"
    r"(?=在家|在幼儿园|在学校|不愿|不肯|不配合|配合|拒绝|戴镜|戴眼罩|遮盖|哭闹|坚持|今日|今天|昨晚|近来|最近)",
    re.M,
)
_AFTER_CHILD = re.compile(rf"(?:患儿|患童|小患者)\s*{_PET}(?![{_HAN}]{{2}}(?:[:：]|$))")
#: doubled kin words and adverbs, and the everyday words of 小 / 阿 and one character
_NOT_PET = frozenset(
    "宝宝 娃娃 姐姐 哥哥 弟弟 妹妹 爸爸 妈妈 爷爷 奶奶 姥姥 舅舅 叔叔 伯伯 婶婶 姑姑 公公 婆婆 太太 "
    "常常 天天 渐渐 刚刚 偏偏 往往 慢慢 好好 仅仅 稍稍 时时 处处 人人 个个 早早 久久 默默 暗暗 每每 "
    "小孩 小儿 小朋 小学 小时 小便 小腿 小腹 小脑 小组 小区 小姨 小舅 小叔 小姑 小孙 小儿子 小女 "
    "阿姨 阿婆 阿公 阿爸 阿妈 阿叔 阿伯 阿哥 阿姐 阿司 阿托 阿奇 阿莫 阿昔".split()
)


def find_pet_names_by_kin(text: str) -> list[PhiSpan]:
    """Pet names before a family word or after the child's word, as name spans."""
    out = []
    for rx in (_BEFORE_KIN, _AFTER_CHILD, _CHILD_DOES):
        for m in rx.finditer(text):
            name = m.group("n")
            # a doubled character is a pet name whatever it is (糖糖, 花花); 小 / 阿 and a clinical one
            # is a word (小便)
            single = name[0] != name[1]
            if name in _NOT_PET or (
                single and name[-1] in CN_NON_GIVEN_CHARS and name[-1] not in CN_NAME_WORD_CHARS
            ):
                continue
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
