"""Chinese field values whose shape the pattern rules do not read.

* **a labelled address** whatever it holds (``家庭住址：朝阳区望京西园三区312号楼``): the whole
  value up to the end of the field is the address, estate and building included;
* **an age over 89 in Chinese numerals** (``九十二岁``, ``一百零一周岁``), or in figures without
  岁 as the value of an age field (``年龄：93``, ``年龄：年龄：101``);
* **an account handle** after its label (``微信号：wxid_ab12c``, ``QQ：12345678``), letters and
  figures alike.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_field_values"]

_ADDRESS_FIELD = re.compile(
    r"(?:家庭住址|家庭地址|现住址|现住地址|住址|地址|现居住地|现居地|现居|居住地|居住地址|户籍地址|户籍地|"
    r"通讯地址|联系地址|通信地址|常住地址|暂住地址)"
    r"\s*[:：]\s*(?P<v>[^\s，。；;,：:（(]{4,40})"
)
#: what an address field says when it gives no address
_NO_ADDRESS = (
    "同上",
    "不详",
    "未提供",
    "未知",
    "无",
    "见上",
    "拒绝",
    "暂无",
    "空",
    "本院",
    "我院",
    "详见",
    "http",
    "www",
)
_CN_AGE = re.compile(
    r"(?<![一二三四五六七八九十百零〇])(?P<v>(?:九十[一二三四五六七八九]?|一百(?:零?[一二三四五六七八九]|"
    r"[一二三四]十[一二三四五六七八九]?)?)\s*(?:周岁|岁))"
)
#: an age field's value in figures, the unit left out (not months, days or weeks of an infant)
_AGE_FIELD = re.compile(r"年\s*龄\s*[:：]\s*(?:年\s*龄\s*[:：]\s*)?(?P<v>9\d|1[0-4]\d)(?![\d.])"
                        r"(?!\s*(?:个月|月|天|日|周|小时|%|kg|cm))")
_HANDLE = re.compile(
    r"(?:微信号|微信|WeChat|QQ号|QQ|抖音号|快手号|微博)\s*(?:号)?\s*[:：]\s*"
    r"(?P<v>[A-Za-z0-9][A-Za-z0-9_.-]{4,})"
)


def find_field_values(text: str) -> list[PhiSpan]:
    """Address, age and handle spans of the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _ADDRESS_FIELD.finditer(text):
        if not m.group("v").startswith(_NO_ADDRESS):
            out.append(PhiSpan(m.start("v"), m.end("v"), "address"))
    out += [PhiSpan(m.start("v"), m.end("v"), "age") for m in _CN_AGE.finditer(text)]
    out += [PhiSpan(m.start("v"), m.end("v"), "age") for m in _AGE_FIELD.finditer(text)]
    out += [PhiSpan(m.start("v"), m.end("v"), "other_id") for m in _HANDLE.finditer(text)]
    return out
