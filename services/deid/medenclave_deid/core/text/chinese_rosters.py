"""People named by their place in a roster, a ward list or a family line of a Chinese note.

Forms the cue-word rules miss, found by what stands around the name rather than by the name:

* a name right before a title, at the start of a field or a list item (``参加人员：王振宇副主任
  医师、蒋丹主治医师``, ``病情汇报（姚彤住院医师）``, ``讨论：\\n徐翠花副主任医师：``,
  ``外院专家程翠花教授``): the whole name, not only a surname before the title;
* the people listed after a roster label (``参加人员：倪永福、郭翠花及科室全体医护人员``);
* a name right after a title, ending the item (``护士长朱红旗``, ``主治医师高峰。``);
* a two-character name padded to a form's width in a list (``诸葛明、邢  芳（复核）``);
* a form's cell after a role label (``科主任 谈红  主任医师 …``, ``编码员 杨  敏  …``) and a
  padded name before the relation in brackets (``李  利（配偶）``);
* one character alone filling a signature field (``护士：蕾``);
* a ward list's bed line (``19床 毛卫国，男，98岁``): whatever stands between the bed and the
  sex or age is the name;
* a surname with a kinship address opening a clause or after a bed (``邓奶奶夜间易躁动``,
  ``庄叔叔进食呛咳``, ``张大爷家属来了``, ``李姨下午转ICU``, ``5床孙姨拒绝抽血``);
* a relative after the kinship word with a verb after them (``患者之子志强已知情``, ``向患者
  及老伴王永福讲解``, ``患者之女薄晓红（电话…）``, ``告知患者之妻林小红病情``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_kin_cued_names import is_relation_word
from medenclave_deid.core.text.chinese_names import (
    CN_CLINICIAN_ACTS,
    CN_NAME_STOP_WORDS,
    CN_NON_GIVEN_CHARS,
    is_shift_or_time,
)
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_roster_names"]

_HAN = "\u4e00-\u9fa5"
_TITLES = (
    "主任医师|主治医师|住院医师|主管医师|主管护师|主管药师|规培医师|进修医师|实习医师|医师|医生|"
    "主任|教授|护士长|护士|护师|药师|技师|治疗师|物理师|大夫|院长|科长"
)
#: a name before a (副) title that ends the list item or the field (…医师、 …医师： …医师）)
_BEFORE_TITLE = re.compile(
    rf"(?:^|(?<=[、，,：:（(；;\s])|(?<=专家))(?P<n>[{_HAN}]{{2,4}}?)"
    rf"(?=副?(?:{_TITLES})(?:[、，,：:）)；;\s（(]|$))",
    re.M,
)
#: words before a title that say which doctor, not who (经治医师, 上级医师, 管床医生)
_ROLE_WORDS = (
    "经治",
    "上级",
    "管床",
    "值班",
    "主管",
    "带教",
    "进修",
    "规培",
    "实习",
    "会诊",
    "接诊",
    "当班",
    "责任",
    "病区",
    "科室",
    "本科",
    "我科",
    "该科",
    "住院",
    "总住院",
    "外院",
    "本院",
    "我院",
    "主刀",
    "手术",
    "麻醉",
    "急诊",
    "门诊",
    "首诊",
    "签字",
    "报告",
    "审核",
    "负责",
    "床位",
    "首席",
    "专科",
    "临床",
    "执业",
    "资深",
    "高年资",
    "低年资",
    "年资",
    "主治",
    "副主任",
    "主任",
    "二线",
    "一线",
    "三线",
    "听班",
    "夜班",
    "白班",
    "护理",
    "康复",
    "营养",
    "影像",
    "放射",
    "检验",
    "超声",
    "病理",
    "心电",
    "内镜",
    "全科",
    "家庭",
    "乡村",
    "社区",
    "驻村",
    "签约",
    "主持",
    "记录",
    "汇报",
    "专家",
    "参加",
    "出席",
    "该",
    "此",
    "其",
    "各",
    "每",
    "由",
    # what the doctor does in the form (谈话医师：, 告知医师：)
    "谈话",
    "公卫",
    "中医",
    "西医",
    "军医",
    "村医",
    "校医",
    "兽医",
    "经管",
    "分管",
    "协管",
    "查房",
    "告知",
    "沟通",
    "交代",
    "见证",
    "授权",
    "委托",
    "指导",
    "审签",
    "主诊",
    "陪检",
    "转运",
    "随车",
    "出诊",
    "巡诊",
    "坐诊",
    "接种",
    "查体",
    "体检",
    "开单",
    "申请",
    "执行",
    "核对",
    "复核",
)
_ROSTER_LABEL = re.compile(
    r"(?:参加人员|参会人员|出席人员|与会人员|在场人员|讨论人员|参与人员|参加者|出席者|"
    r"参与抢救人员|抢救人员|手术人员|会诊人员|查房人员|参会专家|会诊专家|讨论者)"
    r"\s*[:：]\s*"
)
_ROSTER_SPLIT = re.compile(r"[、，,/\s]+")
_ROSTER_END = re.compile(
    r"(?:及|等|和|与)(?:科室|全体|其他|其余|各|相关|在场|医护|护理|本科|全科|[0-9一二三四五六七八九十]+)"
    r"|等$|\n|。|；|;"
)
#: a ward list's bed, then the name before the sex or the age (19床 毛卫国，男，98岁)
_BED_LINE = re.compile(
    rf"(?:(?<!\d)\d{{1,3}}\s*(?:床|号床)|床号?\s*[:：]?\s*\d{{1,3}})\s*[:：]?\s*"
    rf"(?P<n>[{_HAN}]{{2,4}}?)(?=[，,、\s（(]*(?:[男女](?![性子孩儿婴童友方])|\d{{1,3}}\s*岁))"
)
#: a log's bed, a space, then the patient and what they did (神外25床 焦奕辰躁动，…): a surname
#: and two characters a given name may hold, or one before a character none does (12床 王芳诉…)
_BED_SPACE = re.compile(
    rf"(?<!\d)\d{{1,3}}床[ \t\u3000]+(?P<n>[{''.join(sorted(CN_SURNAMES))}][{_HAN}]{{1,2}})"
)
#: a surname with a kinship address opening a clause or after a bed (张大爷家属来了, 李姨下午转科,
#: 5床孙姨): the ward's way of naming a patient, so the surname is the identifier
_KIN_ADDRESS = re.compile(
    rf"(?:^|(?<![{_HAN}])|(?<=\d床))(?P<n>[{''.join(sorted(CN_SURNAMES))}])"
    r"(?=奶奶|爷爷|叔叔|伯伯|婆婆|阿婆|大叔|大婶|大伯|大娘|大爷|大妈|大姐|大哥|姥姥|姥爷|老伯|老太|婶婶|阿公|"
    r"阿伯|阿姨|[姨叔婶嫂姐哥伯](?=$|[\s，,。；;：:、！!？?）)]|[今昨明]|[上下晚]午|晚上|夜间|家属|[拒诉说称已又仍在来去转]|"
    r"要求|情绪|血压|体温|血糖|进食|睡眠|出院|入院))",
    re.M,
)
#: surnames that are also the words that open such a clause (由奶奶陪同, 和爷爷同住), or a word
#: with the kin character (师姐, 师兄: a fellow student, no one named)
_NOT_KIN_SURNAME = frozenset("由和与及向同跟给让请被把对其于在为经师")
_KIN = (
    "家属(?![（(])|之子|之女|之妻|之夫|之父|之母|其子|其女|其妻|其夫|其父|其母|老伴|女儿|儿子|丈夫|妻子|爱人|侄子|侄女|"
    "外甥|外甥女|儿媳|女婿|孙子|孙女|护工|陪护人|陪护|家属[（(][^）)\n]{1,4}[）)]"
)
_RELATIVE = re.compile(
    rf"(?:{_KIN})\s*[:：]?\s*(?P<n>[{_HAN}]{{2,4}}?)"
    r"(?P<after>已|讲解|每[日天]|[今昨]日|[今昨]天|陪护|陪同|陪伴|签字|签署|表示|知情|同意|拒绝|代诉|诉|称|病情|"
    r"[（(](?:电话|手机|联系|Tel|TEL|tel|\d)|[，,。；;、\s]|$)",
    re.M,
)
#: a relative named in brackets after their relation (联系家属（女儿，冼淑贞）)
_KIN_IN_BRACKETS = re.compile(
    rf"[（(]\s*(?:患者)?之?(?:{_KIN})\s*[，,、：:]\s*(?P<n>[{_HAN}]{{2,4}})\s*[)）]"
)
#: a two-character given name alone after the kin word only before what a person does
_GIVEN_VERBS = ("已", "讲解", "陪护", "陪同", "陪伴", "签字", "签署", "表示", "知情", "同意", "拒绝", "代诉")
_NOT_A_NAME = frozenset(
    "体健 健在 已故 去世 患病 在场 陪同 签字 同意 知情 拒绝 表示 电话 联系 来院 到院 "
    "前来 探视 照顾 不详 均体 本人 患者 家属 亲属 无恙 工作 务农 在外 外出 同住 "
    "年幼 幼小 尚小 未婚 已婚 离异 独居 代为 代签 目前 现在 今日 "
    # what follows 陪护 as a word (陪护须知已告知)
    "须知 事项 期间 制度 人员 要求 证明 协议 记录 登记 管理 服务 费用".split()
)

#: a name right after a title with nothing between, ending the list item (护士长朱红旗、, 主治
#:医师高峰。): the title is the cue, so a name that starts like a word (朱红, 高峰) is still one
_AFTER_TITLE = re.compile(
    rf"(?:护士长|主任医师|主治医师|住院医师|主管护师|医师|医生|护士|药师|技师|教授)(?:为|是)?"
    rf"(?P<n>[{_HAN}]{{2,4}}?)(?=[、，,。；;）)\n]|[ \t\u3000]{{2,}}|$)"
    # an operation's team written with spaces (术者 庞学军 助手 勾晓燕)
    rf"|(?:术者|主刀|助手|一助|二助|操作医师|操作者|记录者|记录人|审核者|报告医师|审核医师|麻醉医师|"
    rf"器械护士|巡回护士)[ \t\u3000]+(?P<s>[{_HAN}]{{2,4}}?)(?=[ \t\u3000]|$)",
    re.M,
)
_LONG_STOP_WORDS = tuple(w for w in CN_NAME_STOP_WORDS if len(w) >= 3)
#: characters a given name after a title never has (查房记录, 值班表): the clinical ones, less
#: the few that names do use (春花, 卫国), and the words of a heading
_NOT_GIVEN_AFTER_TITLE = (CN_NON_GIVEN_CHARS - frozenset("花卫")) | frozenset("录告单书表班记房")

#: a two-character name padded to a form's width (邢  芳) in a list or a cell, not a padded
#: label (主  诉：) or a letter-spaced heading
_PADDED_NAME = re.compile(
    # not inside a letter-spaced heading (诊 断 证 明 书): after a separator, a column gap or
    # the start of the line
    rf"(?:^|(?<=[、，,：:（(])|(?<=[、，,：:（(][ \u3000])|(?<=  )|(?<=\t))"
    rf"(?P<n>[{''.join(sorted(CN_SURNAMES))}][ \u3000]{{1,3}}[{_HAN}])"
    rf"(?=[、，,；;。（(）)]|[ \t\u3000]{{2,}}|[ \t]*$)",
    re.M,
)

#: a form's cell: a role label, a space, the name, then a column gap or the line's end
#: (科主任 谈红  主任医师 …, 编码员 杨  敏  病案质量 …, 联系人姓名 其其格  关系 母亲)
_ROLE_CELL = re.compile(
    r"(?:科主任|主任|医师|医生|护士|编码员|质控员|质控医师|质控护士|录入员|操作员|联系人姓名|联系人|术者|"
    r"执行护士|核对者|记录员|审核员|执行者|签名|签字)[ \t\u3000]+"
    rf"(?P<n>[{_HAN}](?:[{_HAN}]|[ \u3000]{{1,3}}[{_HAN}]){{1,3}})(?=[ \t\u3000]{{2,}}|[ \t]*$)",
    re.M,
)
_CELL_LABEL = re.compile(r"签|日期|时间|内容|医师|医生|护士|姓名|关系|电话|地址|单位|科室|编码|质量")
#: characters of a heading or a clinical word, never of a name without a listed surname
_HEADING_CHARS = frozenset("录告单书表班记房查病症炎痛术检药疗诊科室院号床")
_KIN_WORD = (
    "配偶|妻子|丈夫|爱人|老伴|儿子|女儿|[长次幼独养继][子女]|孙[子女]|外孙女?|女婿|儿媳|父亲|母亲|"
    "哥哥|姐姐|弟弟|妹妹|侄[子女]|外甥女?|兄|姐|弟|妹|[子女]"
)
#: a padded name before the relation in brackets (李  利（配偶）, 马  晶（妻子，电话…）)
_PADDED_BEFORE_KIN = re.compile(
    rf"(?P<n>[{''.join(sorted(CN_SURNAMES_AFTER_CUE))}][ \u3000]{{1,3}}[{_HAN}])"
    rf"(?=[（(](?:{_KIN_WORD})[，,）)])"
)

#: one character alone filling a signature field (护士：蕾, 签名：王): a given name or a surname
_ONE_CHAR_FIELD = re.compile(
    rf"(?:医师|医生|护士|药师|技师|护师|记录人|记录者|签名|签字|操作者|审核者)[:：][ \t\u3000]*"
    rf"(?P<n>[{_HAN}])(?=[ \t\u3000]*$|[ \t\u3000]{{2,}})",
    re.M,
)
_NOT_ONE_CHAR_NAME = frozenset("无略空签否是有男女同见详未已待缺")


def _surname_len(name: str) -> int:
    if name[:2] in CN_COMPOUND_SURNAMES:
        return 2
    return 1 if name[0] in CN_SURNAMES_AFTER_CUE else 0


_ACTION_IN_NAME = re.compile(r"照顾|居家|在家|看护|护理|同住|居住|务农|打工|上班|上学|工作|外出|来院|到院")
#: characters a clause starts with after 家属 (已, 均, 未 …) and no name does
_CLAUSE_WORD_STARTS = frozenset("已未均都也再又不没将要正在于及和与对被把向让给请自从到为是有无很更最亦仍")


def _relative(text: str, start: int, name: str, after: str) -> bool:
    """Whether ``name`` after a kinship word, with ``after`` following it, is a person."""
    if name in _NOT_A_NAME or is_relation_word(name) or text.startswith(CN_NAME_STOP_WORDS, start):
        return False  # 家属：儿子陪同: the relation, no name
    verb = after.startswith(_GIVEN_VERBS)
    if (
        name[0] in _CLAUSE_WORD_STARTS
        or any(w in name for w in _GIVEN_VERBS if len(w) > 1)
        or re.search(r"每|[今昨明当次]日|[今昨明]天", name[1:])
    ):
        return False  # 家属已知情同意, 家属均表示理解: what the family did
    if not _surname_len(name):
        # a given name alone only before what a person does; a longer name (扎西顿珠) there too
        # or before a phone number in brackets
        if len(name) == 2:
            return verb and not set(name) & CN_NON_GIVEN_CHARS
        return after.startswith(("（", "(")) or (verb and not set(name) & _HEADING_CHARS)
    if _ACTION_IN_NAME.search(name):
        return False  # 其女儿居家照顾: what the relative does
    surname = _surname_len(name)
    if verb or after.startswith(("（", "(")):
        return True
    return len(name) - surname <= 2 and not set(name[surname:]) & _NOT_GIVEN_AFTER_TITLE


def _role_cell_name(text: str, start: int, name: str) -> bool:
    """Whether the value of a role's cell is a name: a listed surname and a given name that is
    no clinical word, or three or four characters of no heading (其其格, 扎西多吉)."""
    if (
        name in _NOT_A_NAME
        or text.startswith(CN_NAME_STOP_WORDS, start)
        or name.startswith(_ROLE_WORDS)
        or is_shift_or_time(name)
    ):
        return False
    if name.startswith(("同意", "拒绝", "同上", "见上", "不详", "无", "略")) or _CELL_LABEL.search(name):
        return False  # a header row (医师签名  护士签名  停止日期) names no one
    surname = _surname_len(name)
    if surname:
        return not set(name[surname:]) & _NOT_GIVEN_AFTER_TITLE
    return len(name) >= 3 and not set(name) & _HEADING_CHARS


def _roster(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _ROSTER_LABEL.finditer(text):
        end_m = _ROSTER_END.search(text, m.end())
        stop = end_m.start() if end_m else len(text)
        pos = m.end()
        for part in _ROSTER_SPLIT.split(text[m.end() : stop]):
            start = text.find(part, pos)
            pos = start + len(part)
            name = re.sub(rf"副?(?:{_TITLES})$", "", part)
            if (
                2 <= len(name) <= 4
                and _surname_len(name)
                and re.fullmatch(f"[{_HAN}]+", name)
                and not text.startswith(CN_NAME_STOP_WORDS, start)
            ):
                out.append(PhiSpan(start, start + len(name), "name"))
    return out


def find_roster_names(text: str) -> list[PhiSpan]:
    """Name spans of the forms in the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out = _roster(text)
    for m in _BEFORE_TITLE.finditer(text):
        name = m.group("n")
        if (
            _surname_len(name)
            and not name.startswith(_ROLE_WORDS)
            and not text.startswith(CN_NAME_STOP_WORDS, m.start("n"))
        ):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _AFTER_TITLE.finditer(text):
        group = "n" if m.group("n") else "s"
        name = m.group(group)
        # 护士长王丽签字。, 护士王丽执行: the act closes the item, the name is before it
        acts = [a for a in CN_CLINICIAN_ACTS if name.endswith(a) and len(name) - len(a) >= 2]
        name = name[: len(name) - len(acts[0])] if acts else name
        if (
            not _surname_len(name)
            or name.startswith(_ROLE_WORDS)
            or name in _NOT_A_NAME
            or is_shift_or_time(name)
        ):
            continue
        if len(name) == 2 and (
            text.startswith(CN_NAME_STOP_WORDS, m.start("n")) or set(name[1:]) & CN_NON_GIVEN_CHARS
        ):
            continue
        given = name[_surname_len(name) :]
        if len(name) > 2 and (
            name in CN_NAME_STOP_WORDS
            or name.startswith(_LONG_STOP_WORDS)
            or set(given) & _NOT_GIVEN_AFTER_TITLE
        ):
            continue
        out.append(PhiSpan(m.start(group), m.start(group) + len(name), "name"))
    for m in _KIN_IN_BRACKETS.finditer(text):
        if m.group("n") not in _NOT_A_NAME and not text.startswith(CN_NAME_STOP_WORDS, m.start("n")):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _PADDED_NAME.finditer(text):
        out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _ROLE_CELL.finditer(text):
        if _role_cell_name(text, m.start("n"), re.sub(r"[ \u3000]", "", m.group("n"))):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    out += [PhiSpan(m.start("n"), m.end("n"), "name") for m in _PADDED_BEFORE_KIN.finditer(text)]
    for m in _ONE_CHAR_FIELD.finditer(text):
        if m.group("n") not in _NOT_ONE_CHAR_NAME:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _BED_LINE.finditer(text):
        if not m.group("n").startswith(("患者", "病人", "新入", "新收", "转入", "男", "女")):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _BED_SPACE.finditer(text):
        if (name := _bed_name(text, m.start("n"), m.group("n"))) is not None:
            out.append(PhiSpan(m.start("n"), m.start("n") + len(name), "name"))
    for m in _KIN_ADDRESS.finditer(text):
        if m.group("n") not in _NOT_KIN_SURNAME:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _RELATIVE.finditer(text):
        if _relative(text, m.start("n"), m.group("n"), m.group("after")):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out


def _bed_name(text: str, start: int, found: str) -> str | None:
    """The name after a bed and a space (``_BED_SPACE``): three characters when the last two may
    be a given name's, two when the third may not; never a word (明日, 今日) nor a word's start."""
    if text.startswith(CN_NAME_STOP_WORDS, start) or is_relation_word(found[:2]):
        return None
    given = found[1:]
    if len(given) == 2 and not set(given) & CN_NON_GIVEN_CHARS:
        return found
    if given[:1] not in CN_NON_GIVEN_CHARS and (len(given) == 1 or given[1] in CN_NON_GIVEN_CHARS):
        return found[:2]
    return None
