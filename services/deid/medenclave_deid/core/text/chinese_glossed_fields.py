"""Chinese form fields whose label or value the older finders do not read.

* **a unit label glossed in brackets** (``参保单位（用人单位）：…``, ``用工单位（平台）：…``): the
  gloss is no part of the value; the whole value up to a space or a mark is the employer;
* **the station a platform worker belongs to** (``所属网点：…``, ``配送站点：…``, ``所属营业部：…``)
  and a depot or station named by its kind (``…分拨中心``, ``…配送站``, ``…营业部``, ``…揽投部``)
  in a unit field: the employer, whatever brand stands before the kind;
* **a relative's or companion's field** (``陪同家属：…``, ``探视亲属：…``, ``联系人（家属）：…``,
  ``监护人（父/母）：…``): the two to four characters after the colon are a name whatever the
  surname (a rare one such as the first of the name is in no list), so long as they are no state
  word (同意, 无, 本人) and what follows is a space, a mark or a phone;
* **the community a resident belongs to** (``所在社区：…社区``, ``签约社区：…居委会``): the value, up to
  its kind, is part of the address (a community health station's name is a hospital's);
* **the township, street or district a resident belongs to** (``乡镇（街道）名称：天心区``, ``所属街道：
  花园镇``, ``区县：…``): the value, a district, county, township or street office written alone,
  is part of the address;
* **a name cell** (``患者姓名 布和  性别``, ``姓　名 其其格``): after a 姓名 label, a space or a colon,
  and a value that fills its cell alone (two spaces or the line's end after it) is the name whatever
  its last character (和, 格 close Mongolian names);
* **a child's full name right after 孩子 / 宝宝** (``您的孩子某某已完成接种``): a surname (one that
  is also a kinship word's first character, 孙, included) and two characters before what follows a
  name;
* **a workmate's or friend's name before what they did** (``由同事某某送至``): a surname and one or
  two characters.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_bilingual_employers import find_bilingual_employers
from medenclave_deid.core.text.chinese_care_centres import find_care_centres
from medenclave_deid.core.text.chinese_cell_numbers import find_cell_numbers
from medenclave_deid.core.text.chinese_forms import STATE_STARTS, STATE_WORDS
from medenclave_deid.core.text.chinese_kin_cued_names import find_kin_cued_names
from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.chinese_platform_units import find_platform_units
from medenclave_deid.core.text.chinese_procedure_heads import find_names_before_procedure_heads
from medenclave_deid.core.text.chinese_speaker_turns import find_speaker_turns
from medenclave_deid.core.text.lexicon import CN_SURNAMES_AFTER_CUE, cn_surname_pattern
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_glossed_fields"]

_HAN = "\u4e00-\u9fa5"
_GAP = r"[ \t\u3000]*"
#: a bracketed gloss after a label (（用人单位）, （父/母）, （家属）)
_GLOSS = r"[（(][^（()）\n:：]{1,8}[)）]"
_UNIT = (
    r"(?:参保|缴费|投保|用工|用人|派遣|所在|工作|就职|生前工作|原工作)单位|单位名称|"
    r"所属(?:站点|网点|营业部|配送站|分拨中心|转运中心|车队|门店|站|公司|单位|企业)|"
    r"(?:服务|配送|揽投|工作|注册)站点|站点名称|网点名称|配送站名称|"
    # the firm that contracts a platform's riders or drivers (劳务公司（合作商）：)
    r"劳务(?:公司|派遣公司|外包公司)|合作商|加盟商|承包商|外包公司"
)
_UNIT_VALUE = rf"(?P<v>[{_HAN}A-Za-z0-9·&]+(?:[（(][{_HAN}A-Za-z0-9]{{1,8}}[)）][{_HAN}A-Za-z0-9·&]*)?)"
_GLOSSED_UNIT = re.compile(rf"(?:{_UNIT})(?:{_GLOSS})?{_GAP}[:：]{_GAP}{_UNIT_VALUE}")
_NO_UNIT = re.compile(
    r"(?:无|不详|暂无|待业|退休|离休|失业|未填|同上|见上|个体|个体户|自由职业|务农|农民|学生|无业|家庭主妇|"
    r"灵活就业|盖章|公章)$|^(?:无|不详|暂无|本人|同上|见上)"
)
#: a depot or station of a delivery or ride firm named by its kind, after 系/为/在 and before a job
_STATION_KIND = r"分拨中心|配送站|营业部|揽投部|转运中心|集散中心|配送中心|网点|站点|驿站"
_STATION_STAFF = re.compile(
    rf"(?:(?<=[系为是在于])|(?<=就职于)|(?<=任职于))(?P<v>[{_HAN}A-Za-z0-9]{{2,16}}?(?:{_STATION_KIND}))"
    r"(?=的?(?:快递员|配送员|骑手|分拣员|分拣工|司机|驾驶员|员工|职工|站长|工作|上班|务工))"
)
#: a label for someone who comes with, visits or answers for the patient
_KIN_LABEL = (
    r"(?:陪同|陪护|探视|随行|同行|可联系的?|紧急)(?:家属|亲属|人员|人)(?:姓名)?|家属姓名|亲属姓名|"
    r"(?:联系人|监护人|陪护人|陪同人|代办人|委托人|探视人)(?:{_GLOSS})(?:姓名)?"
).replace("{_GLOSS}", _GLOSS)
_KIN_FIELD = re.compile(
    rf"(?:{_KIN_LABEL}){_GAP}[:：]{_GAP}(?P<n>[{_HAN}]{{2,4}}?)"
    rf"(?=[ \t\u3000]|[，,；;。、（(\n]|电话|手机|联系|$)"
)
_NOT_NAME = frozenset(
    "无 不详 未知 同上 暂无 本人 自己 未填 拒绝 配偶 父亲 母亲 儿子 女儿 家属 子女 丈夫 妻子 爱人 老伴 "
    "哥哥 姐姐 弟弟 妹妹 孙子 孙女 儿媳 女婿 朋友 同事 邻居 亲属 护工 保姆 同意 不同意 缺席 见上 "
    # the next header of a table's header line (姓名  年龄  眼别), no value in the 姓名 cell
    "性别 年龄 眼别 眼位 诊断 科室 病区 床号 民族 职业 籍贯 婚姻 术者 主刀 药物 日期 电话 地址 备注".split()
)
#: the community a resident belongs to, up to the kind of its office
_COMMUNITY = re.compile(
    rf"(?:(?:所在|所属|签约|居住|户籍)(?:社区|村居|村（居）委会|居委会|村委会)|村（居）委会|村\(居\)委会)(?:名称)?"
    rf"{_GAP}[:：]{_GAP}"
    rf"(?P<v>[{_HAN}0-9]{{1,16}}?(?:社区(?:卫生服务站|卫生服务中心|居委会|居民委员会|服务站|服务中心|工作站)?"
    r"|居委会|村委会|村民委员会|村))(?![\u4e00-\u9fa5])"
)


def _spaced(label: str) -> str:
    """``label`` with the padding a form puts between its characters (乡　镇（街　道）名　称)."""
    return "[ \t\u3000]*".join(re.escape(c) for c in label)


#: a township's, a street office's or a district's label (乡镇（街道）名称, 所属街道, 区（县）)
_TOWNSHIP_LABEL = "|".join(
    _spaced(w)
    for w in (
        "乡镇（街道）名称 乡镇(街道)名称 乡镇（街道） 乡镇(街道) 乡镇/街道 街道（乡镇） 街道(乡镇) 街道/乡镇 "
        "所属街道 所在街道 所属乡镇 所在乡镇 所在乡镇（街道） 所属乡镇（街道） 乡镇名称 街道名称 "
        "所属区县 所在区县 区县名称 区（县） 县（区） 居住区县 所属辖区"
    ).split()
)
_TOWNSHIP = re.compile(
    rf"(?:{_TOWNSHIP_LABEL}){_GAP}[:：]?{_GAP}"
    rf"(?P<v>(?![本该无同])[{_HAN}]{{1,12}}?(?:区|县|旗|镇|乡|街道|街道办事处|街道办|苏木))(?![{_HAN}])"
)
#: a 姓名 label (spaced or not), a space or a colon, and a value alone in its cell
_NAME_CELL = re.compile(
    rf"(?:^|(?<=[\s：:]))(?:患者|病人|患儿|居民|本人|联系人|家属)?姓{_GAP}名"
    rf"(?:{_GAP}[:：]{_GAP}|[ \t\u3000]{_GAP})"
    rf"(?P<n>[{_HAN}]{{2,6}}(?:[·•.・][{_HAN}]{{2,8}})?)(?=[ \t\u3000]{{2}}|[ \t\u3000]*(?:\n|$))",
    re.M,
)
#: a child's full name after the word for the child
_CHILD = re.compile(
    rf"(?:孩子|宝宝|小孩|孩儿|宝贝)(?P<n>{cn_surname_pattern(CN_SURNAMES_AFTER_CUE)}[{_HAN}]{{2}})"
    r"(?=已|的|在|于|今日|今天|目前|现|，|,|。|、|（|\(|\s|小朋友|同学)"
)

#: a workmate, a room-mate or a friend named before what they did for the patient (由同事某某送至)
_PEER = re.compile(
    rf"(?:同事|工友|室友|同伴|朋友|邻居|老乡|站长)(?P<n>{cn_surname_pattern(CN_SURNAMES_AFTER_CUE)}[{_HAN}]{{1,2}}?)"
    r"(?=送至|送往|送到|送入|送来|护送|陪同|发现|报警|拨打|将其|扶起)"
)


def _name_like(name: str) -> bool:
    return (
        name not in _NOT_NAME
        and name not in STATE_WORDS
        and not name.startswith(STATE_STARTS)
        and name[-1] not in CN_NON_GIVEN_CHARS
    )


def find_glossed_fields(text: str) -> list[PhiSpan]:
    """Workplace, name and address spans of the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out = [
        PhiSpan(m.start("v"), m.end("v"), "workplace")
        for m in _GLOSSED_UNIT.finditer(text)
        if len(m["v"]) >= 2 and not _NO_UNIT.search(m["v"])
    ]
    out += [PhiSpan(m.start("v"), m.end("v"), "workplace") for m in _STATION_STAFF.finditer(text)]
    out += [
        PhiSpan(m.start("n"), m.end("n"), "name") for m in _KIN_FIELD.finditer(text) if _name_like(m["n"])
    ]
    for m in _COMMUNITY.finditer(text):
        kind = "hospital" if "卫生服务" in m["v"] else "address"
        out.append(PhiSpan(m.start("v"), m.end("v"), kind))
    out += [
        PhiSpan(m.start("n"), m.end("n"), "name")
        for m in _NAME_CELL.finditer(text)
        if m["n"] not in _NOT_NAME and m["n"] not in STATE_WORDS and not m["n"].startswith(STATE_STARTS)
    ]
    if "镇" in text or "道" in text or "县" in text or "辖" in text:
        out += [PhiSpan(m.start("v"), m.end("v"), "address") for m in _TOWNSHIP.finditer(text)]
    out += [
        PhiSpan(m.start("n"), m.end("n"), "name")
        for m in _CHILD.finditer(text)
        # the lookahead has placed the name, so a word its first characters make (孙子) is no guard
        if m["n"][-1] not in CN_NON_GIVEN_CHARS and not text.startswith(CN_NAME_STOP_WORDS, m.start("n") + 1)
    ]
    out += [
        PhiSpan(m.start("n"), m.end("n"), "name")
        for m in _PEER.finditer(text)
        if _name_like(m["n"]) and not text.startswith(CN_NAME_STOP_WORDS, m.start("n"))
    ]
    out += find_names_before_procedure_heads(text)  # 我父亲某某某结肠镜检查后
    out += find_platform_units(text)  # 平台站点：, 某某站骑手, 邀请单位：Latin name, 某某齿研所
    out += find_care_centres(text)  # 小棉袄母婴护理中心, 月子中心：喜月汇
    out += find_speaker_turns(text)  # 参加人员：…、乐小川 … 乐小川：补充检查结果
    out += find_bilingual_employers(text)  # Employer 雇主: Acme (Asia) Co., Ltd.
    out += find_kin_cued_names(text)  # 签字人某某 与患者关系：, 家属：老伴 某某，, 其女某某陪同
    out += find_cell_numbers(text)  # | 肾活检病理号 | 2022-5328 |: a number in the cell after its label
    return out
