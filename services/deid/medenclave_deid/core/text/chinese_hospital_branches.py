"""Hospitals in Chinese notes named with a campus, a branch or a county's alliance, and a city's
hospital by its short form.

A found hospital's name runs on into the campus or the branch it means (``某市中心医院东院区``,
``某医院（感染病院区）``, ``某人民医院开发区分院``) and into the county medical alliance it leads
(``某县人民医院医共体某某分院``): the whole is one name. Other shapes have no hospital ending at all:

* a county's or a district's alliance named by its place (``某某县医共体分院``, ``某某区医共体成员单位``);
* a city's hospital by number or kind cut short after the city (``某州市一医``, ``某兴市人医``,
  ``某州市中医``, ``某州市妇幼``), a county's too (``某某县人医``);
* a chain's branch in a city (``某某体检佛山分院``, ``某某健康南通体检中心``) where the note places
  someone there or opens a field with it.

A form's label for a hospital (``抢救医院：``, ``定点医院：``) names none and is dropped.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import CN_CITIES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["extend_hospital_branches"]

_HAN = "\u4e00-\u9fa5"
_CITY_ALT = "|".join(sorted(CN_CITIES, key=lambda w: (-len(w), w)))
#: characters of a ward, a floor or a department, or a word before the campus that picks none
#: (住院区, 各院区, 本院区): no campus name holds them
_NOT_IN_CAMPUS = "科室病楼层号床住门急诊各本该我其两全多和与及的在于到去"
_CAMPUS = r"(?:院区|分院|总院)"
#: what runs on from a hospital's name: a campus in brackets, a campus or a branch, an alliance
_BRANCH_TAIL = re.compile(
    rf"[（(][{_HAN}]{{1,8}}?{_CAMPUS}[)）]"
    rf"|医共体(?:[{_HAN}]{{0,6}}?(?:{_CAMPUS}|成员单位|卫生院))?"
    rf"|[^\W{_NOT_IN_CAMPUS}\d_]{{0,6}}?{_CAMPUS}"
)
#: a county's or a district's alliance by its place (某某县医共体分院)
_ALLIANCE = re.compile(
    rf"(?:[{_HAN}]{{2}}市)?(?<![本该我全])[{_HAN}]{{2}}[县区市]医共体"
    rf"(?:[^\W{_NOT_IN_CAMPUS}\d_]{{0,6}}?(?:{_CAMPUS}|成员单位|卫生院))?"
)
_NUM = "一二三四五六七八九十"
#: a city's hospital cut short after the city (某州市一医, 某兴市人医, 某州市中医, 某州市妇幼)
_CITY_SHORT = re.compile(
    rf"(?:(?:{_CITY_ALT})市?|(?<![{_HAN}])[{_HAN}]{{2}}县)"
    rf"(?:第?[{_NUM}]{{1,2}}(?:人民)?(?:医院|院(?!区)|医(?![生师学科药疗嘱保]))|人医|"
    rf"中医(?![药师科学院生疗治理馆])|妇幼(?!保健院|保健|科))"
)
#: a chain's branch in a city, placed (去某某佛山分院) or opening a field or a cell
_CHAIN_BRANCH = re.compile(
    rf"(?:^|(?<=[：:，,。；;、\s（(|去到至在于往赴经由从]))"
    rf"(?P<v>[{_HAN}]{{2,6}}?)(?:{_CITY_ALT})市?(?:分院|分中心|体检中心|门诊部)",
    re.M,
)
_PLACING = re.compile(r"[去到至在于往赴经由从]")
#: a form's label for a hospital: what is done there, then 医院 and a colon
_LABEL = re.compile(
    r"(?:抢救|定点|就诊|送检|转运|转诊|转出|转入|接诊|首诊|诊治|治疗|救治|收治|报告|"
    r"来源|签约|合作|指定|筛查|检测|分娩|产检|体检|出生|死亡|住院|手术|发药)医院(?=[ \t\u3000]*[:：])"
)


#: any short word and 医院 opening a field, then its colon (监测医院：, 上报医院：): a label when
#: what fills the field is a hospital of its own or this one
_ANY_LABEL = re.compile(
    rf"(?:(?<=^)|(?<=[\n|｜ \t\u3000，,；;]))[{_HAN}]{{2,4}}医院(?=[ \t\u3000]*[:：])", re.M
)
_FIELD_VALUE = re.compile(r"[ \t\u3000]*[:：][ \t\u3000]*")
_OWN = ("本院", "我院", "同上")


def _label(text: str, span: PhiSpan, starts: frozenset[int] = frozenset()) -> bool:
    m = _LABEL.match(text, span.start)
    if m is not None and m.end() == span.end:
        return True
    m = _ANY_LABEL.match(text, span.start)
    if m is None or m.end() != span.end:
        return False
    value = _FIELD_VALUE.match(text, span.end)
    return value is not None and (value.end() in starts or text.startswith(_OWN, value.end()))


def extend_hospital_branches(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The hospitals of the module docstring, and the found spans less a hospital's label.

    Args:
        text: the note.
        spans: the spans found so far.
    """
    starts = frozenset(s.start for s in spans if s.category == "hospital")
    out = [s for s in spans if not (s.category == "hospital" and _label(text, s, starts))]
    for s in spans:
        if s.category != "hospital":
            continue
        end = s.end
        # a campus after an alliance's branch (…医共体某某分院) or two in a row
        while (m := _BRANCH_TAIL.match(text, end)) and m.end() > end:
            end = m.end()
        if end > s.end:
            out.append(PhiSpan(s.start, end, "hospital"))
    for rx in (_ALLIANCE, _CITY_SHORT):
        out += [PhiSpan(m.start(), m.end(), "hospital") for m in rx.finditer(text)]
    for m in _CHAIN_BRANCH.finditer(text):
        # the chain's name starts after the last word that places someone (周五去某某佛山分院)
        start = max([m.start(), *(k.end() for k in _PLACING.finditer(text, m.start(), m.end("v")))])
        if m.end("v") - start >= 2:
            out.append(PhiSpan(start, m.end(), "hospital"))
    return out
