"""Hospitals in Chinese notes called by a colloquial abbreviation: a short stem and a kind.

People say the name of a hospital the way they say it on the street: the town or the university
cut to a character or two, then the kind of hospital cut short (``川医附院``, ``苏大二附院``,
``温医一院``, ``石鼓中医``, ``大理中心``, ``镜湖医``). Such a word is a hospital where the note
places care in it:

* after a word that sends or takes a patient there (送, 转, 转往, 转院至, 收入, 就诊于, 去, 在 …),
  before the end of its clause or before what is done there (``送洛江中医急诊``,
  ``问能不能转柯桥中医``, ``在川北附院植入``), a bare township hospital too (``转卫生院``);
* opening a clause or a bracket before what is done only at a place of care
  (``起搏器（徐医附院植入，…）``, ``，凉山中心手术后``, ``（乡卫生院安置）``);
* anywhere, where its stem is a city (``宜昌中心``, ``大理附院``, ``潍坊中医``) and nothing runs on
  into a department, a drug or a course (大理中医科, 中医药, 中心静脉).

A department (``内镜中心``, ``透析中心``, ``中医科``), a kind of medicine (``中西医``, ``看中医``) and
what is not a particular hospital (本院, 外院, 上级医院) are left.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import CN_CITIES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_abbreviated_hospitals"]

_HAN = "\u4e00-\u9fa5"
_NUM = "一二三四五六七八九"
#: the kind of hospital cut short: an affiliated one (附院, 附一院, 二附院), a traditional
#: medicine one (中医, 中医院), the people's (人医, 人民), the central (中心) or the n-th one (一院)
_STRONG_KIND = (rf"(?:[{_NUM}]?附院|附[{_NUM}]院?|[{_NUM}]附院?|中医院|中医(?![药学科师生])|人医|"
                rf"人民医院|人民(?=医院)|中心医院|[{_NUM}]院)")
_CENTRE = r"中心(?![静区城站点线])"
#: a stem of a department, a service or a course (内镜中心, 透析中心, 急救中心, 体检中心):
#: its last character says it is no town
_UNIT_STEM = re.compile(r"(?:[镜析检入痛伤救复像验术醉血瘤脏吸化断查学康务送应息据算服度养眠殖力"
                        r"言童控测毒教疗究床训流配保健诊室科部心管肾肝胆胃肠肺脑骨眼耳鼻喉皮]|"
                        r"卒中|病理|护理|管理|处理|中西|西|本|我|外|他|该|上级|当地|附近|社区|基层|乡镇)$")
#: words that send a patient to, or place them at, a place of care
_SEND = (r"(?:送至|送往|送到|送入|送|转院至|转院到|转院去|转院|转诊至|转诊到|转至|转往|转到|转入|转回|转去|"
         r"转诊|转|收入|收住|就诊于|就医于|求诊于|住院于|去|到|赴|在|于)")
#: what is done only at a place of care (急诊, 植入, 住院 …)
_DONE = (r"(?:急诊|就诊|住院|治疗|手术|复查|复诊|诊治|确诊|诊断|随访|门诊|会诊|检查|抢救|化疗|放疗|透析|"
         r"分娩|产检|植入|置入|安置|安装|取出|切除|置换|修补|行|做|查|看|抢|继续|进一步)")
_STOP = r"(?=[，,。；;、：:）)\s！!？?]|$)"
_ANY_KIND = rf"(?:{_STRONG_KIND}|{_CENTRE}|医(?=[{_HAN}]))"
#: after a sending word, a stem and a kind, before the clause ends or care is done there
_SENT = re.compile(rf"{_SEND}(?P<v>[{_HAN}]{{2,4}}?{_ANY_KIND})(?={_DONE}|{_STOP})")
#: a bare township hospital after a transfer (转卫生院, 送乡卫生院)
_TOWNSHIP = re.compile(rf"(?:转至|转往|转到|转回|转|送至|送往|送到|送|回)(?P<v>(?:乡|镇)?卫生院)"
                       rf"(?={_DONE}|{_STOP})")
#: opening a clause or a bracket, before care done there
_OPENING = re.compile(rf"(?:^|(?<=[（(，,：:；;、\s]))"
                      rf"(?P<v>[{_HAN}]{{2,3}}?(?:{_STRONG_KIND}|{_CENTRE})|[乡镇]?卫生院)"
                      r"(?=植入|置入|安置|安装|手术|住院|就诊|急诊|确诊|随访|复查|分娩)", re.M)
#: what opens no stem: a place that is none in particular, or a verb (看中医, 找老中医, 名老中医)
_NOT_A_STEM = ("本", "我", "外", "该", "他", "上级", "当地", "看", "找", "请", "老", "名", "选", "用", "学",
               "当", "某")
_CITY_ALT = "|".join(sorted(CN_CITIES, key=lambda w: (-len(w), w)))
#: a city's stem and a kind, anywhere the word ends there
_CITY_KIND = re.compile(rf"(?P<v>(?:{_CITY_ALT})(?:{_STRONG_KIND}|{_CENTRE}))(?=[^{_HAN}]|{_DONE}|$)")


def _stem_ok(value: str) -> bool:
    """Whether the stem before the kind can be a town's or a university's short name."""
    kind = re.search(rf"(?:{_ANY_KIND}|卫生院)$", value)
    stem = value[: kind.start()] if kind else value
    if not stem:
        return value.endswith("卫生院")
    return not _UNIT_STEM.search(stem) and not stem.startswith(_NOT_A_STEM)


def find_abbreviated_hospitals(text: str) -> list[PhiSpan]:
    """Hospital spans of the module docstring's forms (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for rx in (_SENT, _TOWNSHIP, _OPENING, _CITY_KIND):
        for m in rx.finditer(text):
            value = m.group("v")
            # 送镜湖医急诊: the bare 医 cut only before care done there, never a kind of medicine
            if rx is _SENT and value.endswith("医") and not re.search(r"[附人中]医$", value) \
                    and (len(value) != 3 or not re.match(_DONE, text[m.end("v"):])
                         or value[:2] in ("中西", "西医")):
                continue
            if rx is _CITY_KIND or _stem_ok(value):
                out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    return out
