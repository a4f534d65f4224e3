"""A full name before an elder's address word and an age (卢海生爷爷，九十三岁; 王秀英奶奶 92岁).

Home-visit and follow-up records (PEG居家随访, 家庭病床) open with the patient named the way the
family and the nurse speak of them: the full name, then 爷爷 / 奶奶 / 阿婆 / 老人, then the age. The
surname-and-address form alone (张大爷) is :mod:`chinese_rosters`' rule; here the name has a given
name, and the age right after the address word is what makes it a person rather than a phrase.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import cn_surname_pattern
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_elder_names"]

_HAN = "\u4e00-\u9fa5"
_ELDER = r"(?:爷爷|奶奶|阿婆|阿公|阿爷|阿嬷|婆婆|老人|老先生|老太太|老太|大爷|大妈|大娘|老伯)"
_AGE = r"(?:\d{2,3}|[一二三四五六七八九十百零]{2,5})\s*(?:周岁|岁)"
_ELDER_NAME = re.compile(
    rf"(?:^|(?<=[\s，,。；;：:、】）)]))(?P<n>(?:{cn_surname_pattern()})[{_HAN}]{{1,2}}?)"
    rf"(?={_ELDER}[，,、\s]*(?:今年|现年|年龄)?[ \t]*{_AGE})",
    re.M,
)
#: words that open such a clause and are no name (患者奶奶, 其爷爷)
_NOT_A_NAME = ("患者", "病人", "其", "我", "他", "她", "家中", "照顾")


def find_elder_names(text: str) -> list[PhiSpan]:
    """Name spans of full names before an elder's address word and an age."""
    return [
        PhiSpan(m.start("n"), m.end("n"), "name")
        for m in _ELDER_NAME.finditer(text)
        if not m.group("n").startswith(_NOT_A_NAME)
    ]
