"""Units named in a field whose label or value shape the older finders do not read.

* **a delivery platform's station** (``平台站点：…``, ``所属平台及站点：…``, ``配送平台（站点）：…``,
  ``平台/站点 …``, ``骑手所属站点：…``, ``服务站点：…``, ``工作平台：…``): the whole value, up to a
  double space, a cell's bar or a clause mark, is the rider's employer, however it is written (a
  brand with a station in brackets, ``品牌 - 某某站``, ``品牌/子品牌 某某站点``);
* **a station by its shape** anywhere: a delivery brand's name (美团, 饿了么, 蜂鸟, 达达, 闪送 …)
  and up to fourteen characters ending in a station's kind (站, 站点, 配送站, 营业点, 服务部), and a
  place's station (``某某二站``) before a rider's word (``系某某二站骑手``);
* **an inviting or employing unit written in Latin letters or as a mission** (``工作单位：Nordic Pulp
  AB``, ``邀请单位：某国驻某市总领事馆``): the value of a unit field that the kind-ended finders miss;
  a foreign mission (``某国驻华大使馆``) is named wherever it stands;
* **a dental laboratory in its field, its letterhead or its fax line** (``加工单位：某某义齿``,
  ``传真至 某某齿研所``, a short line of its own above ``义齿设计单``), and the kinds of lab the
  kind-ended finder lacks (牙科技术服务部, 口腔制作室, 齿研所, 齿科工作室, 定制式义齿加工企业 …).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_platform_units"]

_HAN = "\u4e00-\u9fa5"
_GAP = r"[ \t\u3000]*"
_GLOSS = r"(?:[（(][^（()）\n:：|]{1,10}[)）])?"
#: a field's value: anything up to a line's or a cell's end, a double space or a clause mark
_VALUE = (
    r"(?P<v>[^\s|｜，,；;。:：](?:[^\n|｜，,；;。:：]*?[^\s|｜，,；;。:：])?)"
    # a form's single ideographic space closes a field too (加工所：某某中心　传真：…)
    r"(?=[ \t\u3000]{2}|\u3000|[ \t]*[|｜\n，,；;。]|$)"
)
_STATION_LABEL = (
    r"(?:所属|骑手所属|配送|服务|工作|接单|注册|合作)?平台(?:名称)?(?:[及和与/、](?:所属)?站点)?(?:名称)?|"
    r"(?:骑手|所属|服务|配送|工作|接单){0,2}(?:平台)?站点(?:名称)?|平台/站点|配送平台|工作平台"
)
_FIELD_START = r"(?:(?<=^)|(?<=\n)|(?<=[|｜])|(?<=[ \t\u3000，,；;]))"
_STATION_FIELD = re.compile(
    rf"{_FIELD_START}{_GAP}(?:{_STATION_LABEL}){_GLOSS}(?:{_GAP}[:：]|(?=[ \t\u3000]*[|｜])|(?=[ \t\u3000]))"
    rf"{_GAP}[|｜]?{_GAP}{_VALUE}",
    re.M,
)
_NO_VALUE = re.compile(r"^(?:无|不详|暂无|未填|同上|见上|本人|个体|否|—+|-+|/)$")
_BRANDS = (
    "美团外卖|美团众包|美团|饿了么|蜂鸟即配|蜂鸟|达达快送|达达|顺丰同城|闪送|UU跑腿|京东到家|盒马|叮咚买菜|"
    "货拉拉|滴滴"
)
_STATION_KIND = r"配送站|配送点|营业点|营业部|服务部|服务站|站点|分站|站"
_BRAND_STATION = re.compile(
    rf"(?:{_BRANDS})(?:[ \t]?[-－—/·][ \t]?|[ \t]|[（(])?"
    rf"[{_HAN}A-Za-z0-9 /（(]{{0,14}}?(?:{_STATION_KIND})[)）]?"
)
_STATION_RIDER = re.compile(
    rf"(?:(?<=[系为于])|(?<=受雇于)|(?<=就职于))(?P<v>[{_HAN}A-Za-z0-9]{{2,14}}?(?:{_STATION_KIND}))"
    r"(?=的?(?:专送|众包)?(?:骑手|配送员|外卖员|送餐员|快递员|员工))"
)
#: a unit field (工作单位, 邀请单位, 就读学校 …) whose value is Latin words or a foreign mission
_UNIT_FIELD = re.compile(
    rf"(?:(?:在华)?工作单位|邀请单位|邀请方|就读学校|单位名称|派出单位|所在单位|用人单位)(?:/学校)?{_GLOSS}"
    rf"(?:{_GAP}[:：|｜]|(?=[ \t\u3000])){_GAP}{_VALUE}"
)
_LATIN_UNIT = re.compile(r"^[A-Z][A-Za-z0-9&.,'éèöüäåøæ-]*(?: [A-Za-z0-9&.,'éèöüäåøæ()-]+){0,6}$")
_ORG_END = re.compile(
    r"(?:有限责任公司|有限公司|公司|集团|学校|中学|大学|学院|研究所|研究院|使馆|领事馆|代表处)$"
)
_MISSION = re.compile(rf"[{_HAN}]{{2,8}}驻[{_HAN}]{{1,8}}?(?:总领事馆|领事馆|大使馆|使馆|代表处)")
_LAB_KINDS = (
    "牙科技术服务部 口腔技术服务部 齿科技术服务部 义齿技术服务部 口腔制作室 口腔制作中心 齿研所 齿科研究所 "
    "齿科工作室 牙科工作室 牙科技工室 牙科技工所 义齿加工所 义齿工作室 口腔修复体制作中心 修复体制作中心 "
    "定制式义齿加工企业 定制式义齿生产企业 义齿生产企业 义齿加工企业"
).split()
#: characters that end a lab's name on its left: what was done with it, punctuation
_LAB_STOP = "因于在的了与及是为被等自来入出到行经由就将把对从向已均也并但而又或即至转往赴送寄交请给发返退回"
_LAB = re.compile(rf"[^{_LAB_STOP}\W_]{{2,10}}?(?:{'|'.join(sorted(_LAB_KINDS, key=len, reverse=True))})")
#: a lab field's value that names none (本院技工室, 院内加工, 外送)
_GENERIC_LAB = re.compile(r"^(?:本院|我院|院内|院外|外送|外加工|自制|科室)")
_LAB_LEAD = re.compile(r"^(?:由|与|寄往|送至|送往|交|经|请|联系|传真至|发往|本院|我院|合作|外协|指定|委托)+")
_LAB_FIELD = re.compile(
    rf"(?:加工单位|制作单位|技工单位|义齿加工机构|加工机构|承接单位|加工厂家|制作厂家|加工厂)(?:名称)?{_GLOSS}"
    rf"(?:{_GAP}[:：]|[ \t\u3000]+){_GAP}{_VALUE}"
)
#: the lab's kind as its field's label, with its colon (加工所：, 技工所：, 合作技工中心：)
_LAB_KIND_FIELD = re.compile(
    rf"(?:加工所|技工所|加工中心|技工中心|技工室|制作中心)(?:名称)?{_GLOSS}{_GAP}[:：]{_GAP}{_VALUE}"
)
#: where an order was sent or faxed: a lab's name only when it reads as one
_LAB_SENT = re.compile(rf"(?:送件至|传真至|发往|寄往){_GAP}[:：]?{_GAP}{_VALUE}")
_LAB_SIGN = re.compile(rf"(?:制作方?|落款|签收|技工室签收|技工室|加工)(?:单位)?{_GAP}[:：]{_GAP}{_VALUE}")
_LAB_NAME_END = re.compile(r"^[^\s，。,；;]{2,14}(?:义齿|齿科|牙科|技工所|技工室|技工中心|齿研所|制作室)$")
#: a prosthesis, not a lab (全口义齿, 可摘局部义齿, 种植义齿)
_PROSTHESIS = re.compile(
    r"(?:全口|半口|活动|固定|局部|种植|即刻|覆盖|隐形|临时|过渡|总|单颌|上颌|下颌|烤瓷|全瓷)义齿$"
)
_ORDER_TITLE = re.compile(r"(?:义齿|修复体|技工)(?:设计单|加工单|制作单|工作单)|(?:设计单|加工单|技工单)")
#: a letterhead: a short line of its own right above the order's title; a sign-off: the order's last line
_LETTERHEAD = re.compile(
    r"(?:^|\n)(?P<v>[^\n|：:]{2,24})\n(?=[^\n]{0,8}(?:设计单|加工单|技工单|制作单|工作单))"
)
_HEAD_LAB = re.compile(r"义齿|齿科|牙科|口腔|Dent|Lab|Zahn|Smile")
_HEAD_CLINIC = re.compile(r"医院|门诊|诊所")
_LAST_LINE = re.compile(r"(?:^|\n)(?P<v>[^\n|：:]{2,30}?)\s*$")


#: what follows a lab's name on its sign-off line: a seal's note or a fax number in brackets, a remark
_LAB_TAIL = re.compile(r"(?:[ \t\u3000]*[（(][^（()）]*[)）]|[ \t\u3000]+[\u4e00-\u9fa5][^A-Za-z]*)$")


def _lab_name(value: str) -> str:
    """The lab's name in a sign-off's value, without a seal's note or a remark after it."""
    return _LAB_TAIL.sub("", value).strip()


def _lab_value(value: str) -> bool:
    """A lab's name, not a prosthesis: Latin words, or a short name ending in a lab's word."""
    if _LATIN_UNIT.match(value):
        return True
    return bool(_LAB_NAME_END.search(value)) and not _PROSTHESIS.search(value)


def _latin_or_mission(value: str) -> bool:
    return bool(_LATIN_UNIT.match(value) or _MISSION.fullmatch(value) or _ORG_END.search(value))


def find_platform_units(text: str) -> list[PhiSpan]:
    """Workplace and hospital spans of the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out = [
        PhiSpan(m.start("v"), m.end("v"), "workplace")
        for m in _STATION_FIELD.finditer(text)
        if not _NO_VALUE.match(m["v"]) and any(ch.isalpha() for ch in m["v"])
    ]
    out += [PhiSpan(m.start(), m.end(), "workplace") for m in _BRAND_STATION.finditer(text)]
    out += [PhiSpan(m.start("v"), m.end("v"), "workplace") for m in _STATION_RIDER.finditer(text)]
    out += [
        PhiSpan(m.start("v"), m.end("v"), "workplace")
        for m in _UNIT_FIELD.finditer(text)
        if _latin_or_mission(m["v"])
    ]
    out += [PhiSpan(m.start(), m.end(), "workplace") for m in _MISSION.finditer(text)]
    for m in _LAB.finditer(text):
        lead = _LAB_LEAD.match(m.group())
        out.append(PhiSpan(m.start() + (lead.end() if lead else 0), m.end(), "hospital"))
    for m in (*_LAB_FIELD.finditer(text), *_LAB_KIND_FIELD.finditer(text)):
        if not _NO_VALUE.match(m["v"]) and not _GENERIC_LAB.match(m["v"]):
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    if _ORDER_TITLE.search(text):
        signs = [(m.start("v"), m["v"]) for rx in (_LAB_SIGN, _LAB_SENT) for m in rx.finditer(text)]
        last = _LAST_LINE.search(text)
        if last:
            value = last["v"].strip()
            signs.append((last.start("v") + last["v"].index(value), value))
        for start, value in signs:
            name = _lab_name(value)
            if _lab_value(name):
                out.append(PhiSpan(start, start + len(name), "hospital"))
    for m in _LETTERHEAD.finditer(text):
        value = m["v"].strip()
        if _HEAD_LAB.search(value) and not _HEAD_CLINIC.search(value):
            start = m.start("v") + m["v"].index(value)
            out.append(PhiSpan(start, start + len(value), "hospital"))
    return out
