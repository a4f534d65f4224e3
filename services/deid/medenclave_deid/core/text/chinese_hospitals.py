"""Hospitals in Chinese notes named short or by where they stand rather than by a 医院 ending.

* one of a list of places the patient was seen, next to a named hospital (``曾就诊于华西及
  某某医院``, ``先后在市妇幼、县医院诊治``): the short names (华西, 湘雅, 市一院) are hospitals;
* the value of a reporting or referring unit's field (``报告单位：湘雅``, ``转出医院：县医院``) or
  of a form's plain 医院 / 机构 cell (``医院：市中心``);
* the name in brackets after the word for another hospital (``外院（瑞金）诊断``);
* the head of a form, the first line's first cell before a department (``湘雅  神经内科  医师
  交班记录``), or any line opened by a short name and one space before a unit (``省人民　消化内镜
  中心``);
* the place a kind of care was had, closing its clause (``上次产检在华西。``, ``透析于协和，``):
  what is done only at a place of care says the place is one;
* any run of characters after a word that says where care was had (在, 于, 转至, 来自, 就诊于 …)
  ending in a kind of place of care (…医院, …卫生院, …疗养院, …大药房, …检测中心), whatever
  characters its name holds (``到华大基因检测中心``, ``于因和诊所``);
* a large hospital's short name from :data:`LARGE_HOSPITALS` (华西, 湘雅, 北医三院) or a local one
  by its level and kind (省人民, 市一院, 区中医院), only where a transfer or care word places it
  (``转诊至协和继续治疗``, ``患者来自湘雅，``, ``于省人民住院``, ``在省人民植入``): the same words
  elsewhere (协和音, 中山大学, 同济大学) are left; the central hospital's short name (市中心), also a
  city's centre, only before care done there (``在市中心植入``, ``转至市中心继续治疗``);
* a hospital named by its town whose first character is also a place word (从化区中医院,
  即墨区人民医院, 于都县人民医院): the place word is kept in the name;
* a letterhead: a line opened by a hospital's short name (县医院, 市二院, 省人民, 妇幼,
  区中医院) that stands alone on its line above the document (or below it, the stamp of a
  slip) or runs, with or without a space, into a unit or the title of the document
  (``县医院眼科``, ``市妇幼 产前筛查门诊 登记表``, ``省人民⏎姓名``); where a hospital prints its
  name it names itself, so the generic kinds (县医院) count there; a large hospital's short
  name from :data:`LARGE_HOSPITALS` opening a line or a field before one of its units
  (``湘雅超声医学科``, ``接收科室：齐鲁心内科``) is one too.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_hospital_abbrevs import find_abbreviated_hospitals
from medenclave_deid.core.text.lexicon import CN_DEPARTMENTS
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["LARGE_HOSPITALS", "find_short_hospitals"]

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
    r"来源医院|原就诊医院|首诊医院|报告医院|接诊医院|出具单位|检测机构|检验机构|"
    # the hospitals a transfer is between (转出单位：同济（…）, 接收单位：…)
    r"转出单位|转入单位|转诊单位|接收单位|接诊单位|转出机构|接收医院|"
    # a form's plain 医院 cell (患者：…  医院：市中心)
    r"(?:^|(?<=[\s\u3000，,；;]))(?:医院|就诊单位|医疗单位|机构))"
    rf"\s*[:：]\s*(?P<v>[{_HAN}]{{2,20}})",
    re.M,
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
#: words that place a patient at a place of care
_TO = (r"(?:转入|转自|转诊至|转诊于|转诊到|转至|转往|转到|转回|转去|来自|就诊于|就医于|求诊于|住院于|会诊于|"
       r"曾在|曾于|曾到|送至|送往|送到|到|赴|去|往|至|于|在|由|从|转|上报|已报|报至|报送)")
_CARE_KIND = (r"(?:医院|卫生院|诊所|门诊部|社区卫生服务中心|卫生服务站|妇幼保健院|保健院|疗养院|"
              r"养老院|护理院|急救中心|体检中心|大药房|药房|药店|中医馆|医馆|检验所|检测中心|精神卫生中心|"
              # a dispensary for one disease (省结核病防治所, 职业病防治院, 皮防所)
              r"防治所|防治院|防治站|防治中心|防治门诊|结防所|皮防所)")
#: what follows a place word's character when it begins a town's name (从化区, 即墨区, 来宾市)
_TOWN_START = re.compile(rf"[{_HAN}]{{1,2}}[市区县镇州旗]")
#: a hospital named by its town opening a clause or a cell (即墨区人民医院, （行唐县医院）)
_TOWN_HOSPITAL = re.compile(
    rf"(?:^|(?<=[，。；：:,;、（(\s]))(?P<v>[{_HAN}]{{1,2}}[市区县旗][{_HAN}]{{0,10}}?{_CARE_KIND})", re.M)
_PLACED_RUN = re.compile(rf"{_TO}(?P<v>[{_HAN}]{{2,14}}?{_CARE_KIND})")
#: the short names large Chinese hospitals go by (a name the 医院 ending misses)
LARGE_HOSPITALS = tuple(
    "北医三院 北大一院 北大人民 北京协和 协和 华西 湘雅一院 湘雅二院 "
    "湘雅三院 湘雅 同济 齐鲁 瑞金 华山 中山一院 中山二院 中山三院 中山 "
    "仁济 长海 长征 新华 六院 西京 唐都 天坛 宣武 安贞 阜外 积水潭 朝阳 "
    "友谊 301 盛京 鼓楼 省立 浙一 浙二 邵逸夫 南方医院 珠江医院 "
    "西南医院 新桥 大坪 郑大一附院 郑大一附 中大附一 川大华西 复旦肿瘤 "
    "中山肿瘤 北京肿瘤 医科院肿瘤"
    .split()
)
_LOCAL_SHORT = (r"(?:省|市|县|区|州)(?:第?[一二三四五六七八九十]{1,2}(?:人民)?院|人民(?:医院)?|人医|"
                r"中医院|中医|医院|妇幼|立医院|肿瘤医院|儿童医院|胸科医院|肺科医院|传染病医院|"
                r"结核病防治所|结防所|精神卫生中心|疾控中心?)"
                # the local dispensary for tuberculosis by its short name alone (已报结防所)
                r"|结防所")
_SHORT_ALT = "|".join(sorted({re.escape(h) for h in LARGE_HOSPITALS}, key=lambda w: (-len(w), w)))
#: a short name after a transfer word, before a care word or the end of its clause
#: what is done only at a place of care: an operation's verbs (在省人民植入人工晶体)
_CARE_DONE = (r"就诊|住院|治疗|手术|复查|复诊|诊治|确诊|诊断|随访|门诊|急诊|会诊|检查|出院|抢救|化疗|放疗|"
              r"透析|分娩|产检|求治|植入|置入|安置|取出|切除|置换|修补|接受|完成|施行|实施|"
              # what a patient does only at a place of care (在区妇幼建档, 在市二院排队挂号)
              r"建档|排队|挂号|看病|就医|输液|登记|体检")
_SHORT_PLACED = re.compile(
    rf"{_TO}(?P<v>(?:{_SHORT_ALT})(?:医院|附属医院|[一二三]院)?|{_LOCAL_SHORT})"
    rf"(?=[，,。；;、）)\s]|$|行|{_CARE_DONE}|查|做|继续|进一步|后|时|期间|转|看|治)")
#: the city's or the province's central hospital by its short name (市中心, 省中心), also a
#: city's centre: only where care is done there, a form's head cell before a unit, or a field
_CENTRE_PLACED = re.compile(rf"(?:[在于]|转至|转往|转入|转诊至|送至|送往)(?P<v>[省市县区]中心)"
                            rf"(?={_CARE_DONE}|继续|进一步)")
#: the head of a form by a hospital's short name, one space before the unit (省人民　消化内镜中心,
#: 市中心　介入导管室, 湘雅　神经内科): a level and a kind of hospital, or a large one, open the line
_LOCAL_HEAD = re.compile(
    rf"^[ \t\u3000]*(?P<v>(?:省|市|县|区|州)(?:第?[一二三四五六七八九十]{{1,2}}(?:人民)?院?|人民|人医|中心|"
    rf"中医院?|妇幼|立|肿瘤|儿童|胸科)(?:医院)?|(?:{_SHORT_ALT})(?:医院|附属医院|[一二三]院)?)"
    rf"[ \t\u3000]+[{_HAN}]{{0,8}}?(?:{_DEPARTMENT_ALT}|科|中心|室)",
    re.M,
)

#: a hospital's short name: a level and a kind (县医院, 市二院, 省人民, 区妇幼, 州中医院)
_LETTERHEAD_NAME = (
    r"(?:省|市|县|区|州|旗)(?:第?[一二三四五六七八九十]{1,2}(?:人民)?院|"
    r"人民(?!政府|法院|检察|代表|银行|广播|出版|大会|警察|公园|广场|路|街)(?:医院)?|人医|中心医院|中医院|"
    r"中医(?!药)|医院|医(?![学保疗药生师科务护院])|妇幼(?:保健院)?|妇保院?|立(?:医院)?|肿瘤医院|儿童医院|"
    r"胸科医院|传染病医院)"
)
#: a kind that is one sort of hospital alone (妇幼, 中医院): before a space or the line's end
#: only, as 妇幼保健科 is a unit of any hospital
_LETTERHEAD_KIND = r"妇幼(?:保健院)?|妇保院|中医院|人民医院|中心医院"
_LETTERHEAD_UNIT = rf"(?:{_DEPARTMENT_ALT}|[{_HAN}]{{0,12}}?(?:科|室|中心|门诊|病区|病房))"
#: the title of the document printed under the name
_LETTERHEAD_TITLE = (rf"[{_HAN}/（）()]{{0,14}}?"
                     r"(?:记录|病历|登记表|申请表|申请单|报告|通知书|同意书|治疗单|证明|表|单)")
#: the spaces, a printed rule or the brackets a letterhead sets its name off with (县医院-放射科,
#: 【县医院】放射科)
_SP = r"[ \t\u3000]"
_GAP = r"[ \t\u3000\-—–·・|｜/】\]〕]"
_LETTERHEAD = re.compile(
    rf"^{_SP}*[【\[〔]?(?:(?P<v>{_LETTERHEAD_NAME})(?={_GAP}*(?:\n|\Z|{_LETTERHEAD_UNIT}|{_LETTERHEAD_TITLE}))"
    rf"|(?P<k>{_LETTERHEAD_KIND})(?={_GAP}*(?:\n|\Z)|{_GAP}+(?:{_LETTERHEAD_UNIT}|{_LETTERHEAD_TITLE})))",
    re.M,
)
#: a study a hospital's unit does, named after the hospital like a unit (华西超声, 湘雅CT, 协和病理)
_STUDY = (r"(?:超声|彩超|B超|CT|MRI|PET|DSA|磁共振|病理|检验|化验|胃镜|肠镜|内镜|放射|影像|核医学|心电图|"
          r"脑电图|造影|穿刺|会诊)")
#: a large hospital's short name heading a line or filling a field before one of its units
#: (湘雅超声医学科, 接收科室：齐鲁心内科, 华西　神经内科) or one of its studies (齐鲁超声提示,
#: 报告：华西超声), or placed there by a transfer or a word of place (转入华西心内科, 来自湘雅放射科,
#: 在华西超声检查)
_LARGE_BEFORE_UNIT = re.compile(
    rf"(?:^|(?<=[：:\s，,、（(于在到赴至从由])|(?<=转入|转往|转到|转回|来自|送至|送往|送到|收入|转至)"
    rf"|(?<=转诊至|转诊于|转诊到|就诊于|就医于|求诊于|住院于|会诊于))(?P<v>{_SHORT_ALT})(?={_SP}*(?:{_DEPARTMENT_ALT}|[{_HAN}]{{0,6}}?(?:医学科|科|中心|室)|{_STUDY}))",
    re.M,
)

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

#: a kind of place with no name of its own (转至上级医院, 在社区卫生服务中心)
_GENERIC_KINDS = frozenset("上级医院 当地医院 附近医院 专科医院 综合医院 定点医院 社区医院 基层医院 "
                           "私立医院 公立医院 三甲医院 二甲医院 县医院 市医院 镇医院 乡医院 区医院 省医院 "
                           "村卫生室 社区卫生服务中心 附近药店 零售药店 社区药房 门诊药房 院外药房 外院药房 "
                           "精神专科医院".split())

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
    for m in _PLACED_RUN.finditer(text):
        # the run after the last word that places someone (曾在那里转至仁和诊所 → 仁和诊所), unless
        # that word's character begins a town's name (在从化区中医院, 于于都县人民医院)
        value, start = m.group("v"), m.start("v")
        last = max((k.start() if _TOWN_START.match(value, k.end()) and len(k.group()) == 1 else k.end()
                    for k in re.finditer(_TO, value[:-2])), default=0)
        value, start = value[last:], start + last
        if len(value) > 2 and not value.startswith(_GENERIC) and value not in _GENERIC_KINDS:
            out.append(PhiSpan(start, start + len(value), "hospital"))
    out += [PhiSpan(m.start("v"), m.end("v"), "hospital") for m in _SHORT_PLACED.finditer(text)]
    for m in _TOWN_HOSPITAL.finditer(text):
        # 到社区医院, 由县医院: a word that places someone, then a kind of place (read above)
        if not re.match(_TO, m.group("v")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    out += [PhiSpan(m.start("v"), m.end("v"), "hospital") for m in _LARGE_BEFORE_UNIT.finditer(text)]
    for m in _LETTERHEAD.finditer(text):
        group = "v" if m.group("v") else "k"
        # a name on the last line is a slip's stamp only below the slip (县医院 alone is a word)
        if text[m.end(group) :].strip(" \t\u3000-—–·・|｜/】]〕") or "\n" in text[: m.start(group)].strip():
            out.append(PhiSpan(m.start(group), m.end(group), "hospital"))
    for rx in (_UNIT_FIELD, _FORM_HEAD, _BRACKETED, _CARE_AT, _CENTRE_PLACED, _LOCAL_HEAD):
        for m in rx.finditer(text):
            if not m.group("v").startswith(_GENERIC) and not m.group("v").endswith(_NOT_A_PLACE):
                out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    out += find_abbreviated_hospitals(text)  # 川医附院植入, 送城东中医急诊, 转卫生院
    return out
