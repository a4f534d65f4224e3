"""Hospitals in Chinese notes named short or by where they stand rather than by a 医院 ending.

* one of a list of places the patient was seen, next to a named hospital (``曾就诊于华西及
  某某医院``, ``先后在市妇幼、县医院诊治``): the short names (华西, 湘雅, 市一院) are hospitals;
* the value of a reporting or referring unit's field (``报告单位：湘雅``, ``转出医院：县医院``);
* the name in brackets after the word for another hospital (``外院（瑞金）诊断``);
* the head of a form, the first line's first cell before a department (``湘雅  神经内科  医师
  交班记录``);
* the place a kind of care was had, closing its clause (``上次产检在华西。``, ``透析于协和，``):
  what is done only at a place of care says the place is one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import CN_DEPARTMENTS
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_short_hospitals"]

_HAN = "\u4e00-\u9fa5"
_SEEN_AT = (
    r"(?:(?<![存现正实所])在|(?<![位等大小高低介处属对关基终])于|"
    r"就诊于|求诊于|就医于|诊治于|治疗于|住院于|转诊于|转诊至|先后于|先后在|曾在|曾于|辗转于)"
)
_HOSPITAL_END = (
    r"(?:医院|卫生院|保健院|医学中心|卫生服务中心|体检中心|急救中心|疾控中心|"
    r"诊所|门诊部|[一二三四五六七八九]院)"
)
#: a place in a list beside a hospital
_LISTED = re.compile(
    rf"{_SEEN_AT}(?P<a>[{_HAN}]{{2,10}}?)(?:及|和|、|与|或)(?P<b>[{_HAN}]{{2,20}}?{_HOSPITAL_END})"
    rf"|{_SEEN_AT}[{_HAN}]{{2,20}}?{_HOSPITAL_END}(?:及|和|、|与|或)(?P<c>[{_HAN}]{{2,10}}?)"
    rf"(?=[，,。；;]|诊治|治疗|就诊|住院|检查|诊断|随访|复查)"
)
_UNIT_FIELD = re.compile(
    r"(?:报告单位|填报单位|上报单位|送检单位|送检医院|就诊医院|就诊机构|医疗机构|转出医院|转入医院|转诊医院|"
    r"来源医院|原就诊医院|首诊医院|报告医院|接诊医院|出具单位|检测机构|检验机构)"
    rf"\s*[:：]\s*(?P<v>[{_HAN}]{{2,20}})"
)
#: the other hospital named in brackets after the word for it: 外院（瑞金）, 当地医院(县医院)
_BRACKETED = re.compile(rf"(?:外院|院外|他院|当地医院|上级医院|原医院)[（(](?P<v>[{_HAN}]{{2,12}})[)）]")
#: care had at a place, the place closing the clause: 产检在华西。 就诊于瑞金，
_CARE_AT = re.compile(
    r"(?:产检|建档|就诊|看诊|住院|复查|复诊|体检|分娩|透析|化疗|放疗)"
    rf"(?:都|均|一直|曾|也)?(?:在|于)(?P<v>[{_HAN}]{{2,6}}?)(?=[。，；,;]|$)"
)
_DEPARTMENT_ALT = "|".join(sorted(CN_DEPARTMENTS, key=lambda w: (-len(w), w)))
_FORM_HEAD = re.compile(rf"\A\s*(?P<v>[{_HAN}]{{2,16}})(?:[ \t\u3000]{{2,}}|\t)(?:{_DEPARTMENT_ALT})")
#: words that name no particular place of care
_GENERIC = (
    "本院",
    "我院",
    "外院",
    "该院",
    "他院",
    "当地",
    "上级",
    "基层",
    "附近",
    "社区",
    "家中",
    "门诊",
    "急诊",
    "病房",
    "私人",
    "个体",
    "无",
    "不详",
    "本科",
    "我科",
    "具体",
    "名称",
    "详见",
    "未知",
    "家",
    "院",
    "科",
    "外地",
    "老家",
    "此",
    "那",
    "这",
    "病区",
    "卫生室",
    "诊所",
)

#: what closes a care clause without naming a place (住院在即, 复查在后, 手术于次日)
_NOT_A_PLACE = (
    "中",
    "期间",
    "当中",
    "之中",
    "以后",
    "之后",
    "以前",
    "之前",
    "后",
    "前",
    "时",
    "日",
    "天",
    "周",
    "月",
    "年",
    "即",
    "内",
    "外",
    "上",
    "下",
    "科",
    "室",
    "门诊",
    "病房",
    "期",
    "状",
    "态",
)


def find_short_hospitals(text: str) -> list[PhiSpan]:
    """Hospital spans of the module docstring's forms (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _LISTED.finditer(text):
        group = "a" if m.group("a") else "c"
        if not m.group(group).startswith(_GENERIC):
            out.append(PhiSpan(m.start(group), m.end(group), "hospital"))
    for rx in (_UNIT_FIELD, _FORM_HEAD, _BRACKETED, _CARE_AT):
        for m in rx.finditer(text):
            if not m.group("v").startswith(_GENERIC) and not m.group("v").endswith(_NOT_A_PLACE):
                out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    return out
