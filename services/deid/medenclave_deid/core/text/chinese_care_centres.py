"""Postpartum care centres (月子中心, 母婴护理中心, 产后康复中心, 月子会所) named in Chinese notes.

A confinement centre's register or a discharge note names where the mother stays after birth by
a brand and the kind of centre: 爱悦月子中心, 小棉袄母婴护理中心, 贝恩产后康复中心（福田店）,
禧月母婴月子会所; a city may open it and a branch in brackets may follow. Such a centre is a
care facility (HOSPITAL) like a nursing home. The brand is read back from the kind to the last
gap, sign or digit before it, less a verb or a label that led to it (入住, 签约, 于); a brand of
prose (该, 本, 一家, 出院后去了) or none at all (入住月子中心) names no centre. A field labelled by
such a centre (月子中心：喜月汇, 入住机构：…, 签约门店：…) in a note about a mother and her baby
holds its name whatever its kind.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_care_centres"]

_HAN = "\u4e00-\u9fa5"
#: the kind of centre: confinement, mother-and-baby, postpartum care
_KIND = (
    r"(?:母婴|妇婴|孕产|产后|母子)?月子(?:护理)?(?:中心|会所|会馆|公馆|酒店|之家)"
    r"|(?:母婴|妇婴|孕产|产后)(?:护理|康复|修复|健康管理|健康|照护|养护|恢复|月子|服务)?"
    r"(?:中心|会所|会馆|公馆|之家|护理院)"
)
#: a branch in brackets after the name (（福田店）, (国贸馆))
_BRANCH = rf"(?:[（(][{_HAN}A-Za-z0-9]{{1,8}}(?:店|馆|院区|分店|分院)[)）])?"
_CENTRE = re.compile(rf"(?<![{_HAN}A-Za-z])(?P<v>[{_HAN}A-Za-z]{{1,14}}?(?:{_KIND}){_BRANCH})")
#: what leads to a centre's name in a run of characters: a verb, a label's word, a word of prose or
#: one that points at a centre named before (该, 本, 一家, 出院后去了); the brand follows the last one
_LEAD = re.compile(
    r"建议|推荐|介绍|产妇|产后|宝宝|母婴|母子|客户|家属|患者|本人|入住|住进|住在|入驻|转入|转至|签约|预订|预定|选择|前往|"
    r"进入|联系|咨询|机构|名称|门店|单位|地址|位于|[的了是与及或后去回送该本此其这那某个们无未等已拟现曾将于在至到往一]"
)
#: the fields that hold a centre's name whatever its kind
_CENTRE_FIELD = re.compile(
    rf"(?:月子中心|月子会所|入住中心|入住机构|入住会所|护理机构|服务机构|机构名称|中心名称|"
    rf"签约门店|入住门店|签约机构|(?<![{_HAN}])机构)"
    rf"(?:[:：][ \t\u3000]*|[ \t\u3000]{{2,}})(?P<v>[{_HAN}A-Za-z]{{2,14}}{_BRANCH})"
)
#: a note about a mother and her newborn
_MATERNITY = re.compile(r"月子|母婴|产妇|产后|新生儿|宝宝")
#: a field's value that names no centre: a kind alone, a branch alone, nothing given
_NO_CENTRE = re.compile(rf"^(?:无|暂无|未定|待定|同上|本中心|本会所|[{_HAN}]{{1,3}}店)$")


def find_care_centres(text: str) -> list[PhiSpan]:
    """The care centres of the module docstring, as hospital spans.

    Args:
        text: a Chinese note.
    """
    if not _MATERNITY.search(text):
        return []
    out: list[PhiSpan] = []
    for m in _CENTRE.finditer(text):
        kind = re.search(rf"(?:{_KIND}){_BRANCH}$", m["v"])
        run = m["v"][: kind.start() if kind else 0]
        cut = max((w.end() for w in _LEAD.finditer(run)), default=0)  # 签约后入住|橙悦
        if len(run) - cut >= 2:
            out.append(PhiSpan(m.start("v") + cut, m.end("v"), "hospital"))
    out += [
        PhiSpan(m.start("v"), m.end("v"), "hospital")
        for m in _CENTRE_FIELD.finditer(text)
        if not _NO_CENTRE.match(m["v"])
    ]
    return out
