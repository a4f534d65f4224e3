"""Workplaces, care homes and self-told names in Chinese forms and call notes, and role words
that other rules read as names.

* a whole cell of a row whose columns stand apart by spaces or full-width spaces (a sign-in
  sheet's ``单位`` column: ``2　某某　28周　青禾服装厂　某某``) ending in a kind of workplace or
  school (厂, 公司, 超市, 小学 …), named by at least two characters that are no word for "the
  local one" and no maker of drugs;
* the names in the name columns (姓名, 签名, 监护人 …) of such a row, read by the header above it
  (``序号 姓名 孕周 单位`` over ``3 宁可欣 19 青禾服装厂``), rare surnames too;
* a named care home or parcel station (``松鹤敬老院``, ``南湖养老院``, ``桥头驿站``), unless only a
  word for "the local one" stands before it (``入住本镇敬老院``, ``菜鸟驿站``);
* a caller's own name in what they say (``我叫阿青，``, ``我叫林小禾。``);
* a Han name propagated into a finding (``乳腺小叶增生`` after the nickname ``小叶``): an organ
  before it and a lesion after it make it part of the finding;
* role words read as a name by a surname or a cue (``乡村医生``, ``签约家庭医生``, ``班主任``,
  ``分站工作人员``, ``邻居家犬``): a name span that overlaps one is no name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_speaker_turns import titled_turns
from medenclave_deid.core.text.chinese_title_trims import fix_title_and_term_spans
from medenclave_deid.core.text.lexicon import CN_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["drop_role_words", "find_unit_cells", "inside_clinical_word"]

_HAN = "\u4e00-\u9fa5"
_SEP = "[ \u3000\t]"
_CELL_KIND = (
    r"有限责任公司|有限公司|公司|集团|工厂|电子厂|服装厂|厂|超市|商场|酒店|饭店|合作社|"
    r"小学|中学|幼儿园|学校|大学|学院|银行|敬老院|养老院|税务局|公安局|分局|局|研究所|事务所|"
    r"派出所|街道办|居委会|村委会"
)
#: a whole cell of a space-separated row ending in a kind of workplace
_CELL = re.compile(rf"(?:^|(?<={_SEP}))(?P<v>[{_HAN}]{{2,18}}?(?P<k>{_CELL_KIND}))(?={_SEP}|$)", re.M)
#: words for "the local one" or "none" before a kind: no name
_GENERIC = re.compile(
    r"(?:本|该|其|当地|所在|所属|附近|一家|一个|某|私人|个体|村里|镇上|村|镇|乡|县|市|区|"
    r"乡镇|街道|社区|公立|私立|民办|国营|国有|集体|外地|外资|合资|民营|无|菜鸟|快递|丰巢|"
    r"妈妈|兔喜|中通|圆通|申通|韵达|顺丰|京东|邮政)*"
)
#: makers of drugs and devices (a drug table's manufacturer) and the clinics the hospital rules read
_NOT_UNIT = re.compile(r"药业|制药|医药|药厂|生物|器械|医疗|医院|卫生|疾控|血站|诊所")
_HOME = re.compile(r"(?:敬老院|养老院|福利院|光荣院|老年公寓|颐养院|托养中心|驿站)")
#: the verbs that bring a care home in before its name (入住, 送往 …)
_HOME_LEAD = re.compile(
    r".*(?:入住|住进|住在|居住于|居住在|送往|送至|送到|送|转入|转往|来自|联系|通知|由|经|在|于|"
    r"到|去|回|从|至|为|系|是|的|与|和|及|往|取)"
)
#: a caller saying their own name (我叫阿青，, 我叫阿苏木呷。): two to five characters up to a stop
_SELF_NAMED = re.compile(
    rf"(?:我叫|我的名字叫|我名字叫|本人叫)(?P<v>[{_HAN}]{{2,5}})(?=[，,。；;！!？?\s]|$)"
)
#: a nickname told after "calls herself" or after a friend or a colleague (自称小鹿, 同事大力总是…,
#: 男朋友叫阿杰): 小, 阿, 大 or 老 and one character, before a stop or a verb
_NICKNAMED = re.compile(
    rf"(?:自称|(?:同事|同学|室友|闺蜜|朋友|男朋友|女朋友|男友|女友|前男友|前女友|网友|老乡)(?:叫|名叫)?)"
    rf"(?P<v>[小阿大老][{_HAN}])(?=[，,。；;！!？?\s]|总是|总|一直|经常|老是|说|让|也|都|就|又|还|跟|和|对|把|给|"
    r"不|没|会|要|在|是|打|骂|欺负|针对)"
)
#: two characters of those shapes that are everyday words (大多, 老是, 小心)
_NOT_NICKNAME = frozenset(
    "大多 大都 大家 大概 大约 大夫 老是 老板 老师 老家 老公 老婆 老人 老乡 小心 小时 小孩 小组 "
    "阿姨 大姐 大哥 大爷 大妈 老大 小姐 大量 小便 大便".split()
)
_NOT_SELF = re.compile(r"^(?:什么|不出|不上|不动|不醒|不来|救护|医生|护士|老师|家人|他们|她们|你们|一声|了)")
#: the place of an exposure, a bite or an injury (暴露地点：…)
_PLACE_FIELD = re.compile(
    rf"(?:(?:暴露|受伤|致伤|咬伤|抓伤|事发|发生|出事|被咬)(?:地点|场所|地址)|"
    r"(?:配送|收货|收件|送货|家庭|现|户籍|居住)(?:地址|住址)|现住地)\s*[:：]?\s*"
    rf"(?P<v>[{_HAN}0-9A-Za-z与和\-－#]{{3,40}})(?=[\s，,。；;（(]|$)"
)
#: where what happened there starts (被犬咬伤, 时, 遭)
_PLACE_STOP = re.compile(r"被|遭|时|咬|抓|摔|跌|受|处理|发生")
#: a place's kind inside the value: a road, a village, an estate, a market …
_PLACE_KIND = re.compile(
    r"(?<=[一-龥]{2})(?:路|街|巷|弄|道|村|组|屯|庄|小区|花园|苑|公寓|市场|广场|公园|"
    r"镇|乡|楼|站|场|店|厂|学校|小学|中学|幼儿园)"
)
#: a household head's name after 户主 (户主伍长林，)
_HEAD_OF_HOUSE = re.compile(rf"户主(?:姓名)?\s*[:：]?\s*(?P<v>[{_HAN}]{{2,3}})(?=[\s，,。；;（(]|$)")
#: a relative's full name right after the relation whose first two characters make a word (丈夫
#: 方向明在外地, 妻子 文化英，): a surname and two characters before a stop or what the relative does
_KIN_FULL_NAME = re.compile(
    rf"(?:妻子|丈夫|爱人|配偶|儿子|女儿|父亲|母亲|其母|其父|其妻|其夫|其子|其女|哥哥|姐姐|弟弟|妹妹|孙子|孙女)"
    rf"[ \u3000]?[:：]?[ \u3000]?(?P<v>[{_HAN}]{{3}})(?=[，,。；;\s（(]|$|在外|陪同|陪护|代诉|签字|来院|电话)"
)
#: a disease, a death or a history closing the three characters (父亲高血压，): no name
_NOT_KIN_NAME = re.compile(r"[病症癌炎瘤压史伤痛血死亡逝故世健在迈时后前的了去来再才就也都会能可要想]$")
#: a school or a company named in what a caller says of their own (我们学校是育才中学, 我们青禾中学)
_OURS = re.compile(
    rf"(?:我们|咱们|我家孩子|孩子)(?:学校|公司|单位|厂)?(?:是|叫|在)?(?P<v>[{_HAN}]{{2,8}}?"
    r"(?:中学|小学|大学|学院|职高|技校|中专|幼儿园|有限公司|公司|电子厂|服装厂|工厂))"
    r"(?=[，,。；;！!？?\s的里]|$)"
)
#: role words and animals that rules read as a name after a cue or a surname
_ROLE_WORDS = re.compile(
    r"乡村医生|家庭医生|全科医生|村医|班主任|工作人员|医务人员|志愿者|网格员|快递员|"
    r"家犬|宠物犬|流浪犬|流浪狗|流浪猫|家猫"
)
#: a role and a relation (捐献者母亲, 患儿父亲): a name span inside one is no name
_ROLE_KIN = re.compile(
    r"(?:患者|患儿|捐献者|来电者|申请人|受助人|孕妇|老人)的?(?:母亲|父亲|妻子|丈夫|儿子|女儿|家属|配偶|爷爷|奶奶|外公|外婆)"
)


def find_unit_cells(text: str) -> list[PhiSpan]:
    """Workplace and name spans of the module docstring's forms (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = _column_names(text)
    for m in _CELL.finditer(text):
        value = m.group("v")
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if len(re.findall(rf"{_SEP}+", line.strip())) < 2:  # no row of three cells
            continue
        head = value[: m.start("k") - m.start("v")]
        head = head[_GENERIC.match(head).end() :]  # type: ignore[union-attr]
        if len(head) >= 2 and not _NOT_UNIT.search(value):
            out.append(PhiSpan(m.start("v"), m.end("v"), "workplace"))
    for m in _HOME.finditer(text):
        run = re.search(rf"[{_HAN}]{{0,8}}$", text[: m.start()])
        head = run.group(0) if run else ""
        lead = _HOME_LEAD.match(head)
        head = head[lead.end() :] if lead else head
        rest = head[_GENERIC.match(head).end() :]  # type: ignore[union-attr]
        if len(rest) >= 2 and not _NOT_UNIT.search(rest):
            out.append(PhiSpan(m.start() - len(head), m.end(), "workplace"))
    for m in _PLACE_FIELD.finditer(text):
        # the place only: no 在 before it, no 被邻居家犬咬伤 after it
        skip = len(m.group("v")) - len(re.sub(r"^(?:在|于|位于)", "", m.group("v")))
        cut = _PLACE_STOP.search(m.group("v"), skip)
        start, end = m.start("v") + skip, m.start("v") + (cut.start() if cut else len(m.group("v")))
        if _PLACE_KIND.search(text, start, end):
            out.append(PhiSpan(start, end, "address"))
    for m in _HEAD_OF_HOUSE.finditer(text):
        if m.group("v")[0] in CN_SURNAMES:
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _KIN_FULL_NAME.finditer(text):
        value = m.group("v")
        if value[0] in CN_SURNAMES and not _NOT_KIN_NAME.search(value):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _OURS.finditer(text):
        head = m.group("v")[:-2]
        head = head[_GENERIC.match(head).end() :]  # type: ignore[union-attr]
        if len(head) >= 2 and not _NOT_UNIT.search(head):
            out.append(PhiSpan(m.start("v"), m.end("v"), "workplace"))
    for m in _NICKNAMED.finditer(text):
        if m.group("v") not in _NOT_NICKNAME:
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _SELF_NAMED.finditer(text):
        if not _NOT_SELF.match(m.group("v")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


_NAME_HEADS = frozenset(
    {
        "姓名",
        "签名",
        "签字",
        "患者姓名",
        "孕妇姓名",
        "家属姓名",
        "监护人",
        "联系人",
        "户主",
        "本人签名",
        "家属签名",
        "申请人",
        "捐献者",
        "来电者",
        "调阅人",
        "操作人",
    }
)
_NOT_NAME = re.compile(
    r"^(?:无|本人|同上|未签|拒签|不详|未知|空|略|代签|家属|患者|个体|无业|匿名|未留|未提供|拒告|保密|不愿透露|男|女)$"
)


def _column_names(text: str) -> list[PhiSpan]:
    """The name cells of rows whose columns stand apart by single or full-width spaces."""
    out: list[PhiSpan] = []
    columns: list[int] = []
    width = 0
    at = 0
    for line in text.split("\n"):
        cells = [(c.start(), c.group()) for c in re.finditer(r"[^ \u3000\t]+", line)]
        names = [i for i, (_, cell) in enumerate(cells) if cell in _NAME_HEADS]
        if names and len(cells) >= 3:
            columns, width = names, len(cells)
        elif columns and len(cells) == width:
            for i in columns:
                start, cell = cells[i]
                if re.fullmatch(rf"[{_HAN}]{{2,4}}", cell) and not _NOT_NAME.match(cell):
                    out.append(PhiSpan(at + start, at + start + len(cell), "name"))
        else:
            columns = []
        at += len(line) + 1
    return out


def drop_role_words(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` less the name spans that overlap a role word or an animal (乡村医生, 班主任).

    Args:
        text: the note.
        spans: the resolved spans.
    """
    spans = fix_title_and_term_spans(text, spans)  # 缑护士 -> 缑; 护士长, 白芥子, 吉妮环, VAS 2/6分
    # 班主任 that a record's turns and slots read as a surname and a title (chinese_speaker_turns)
    people = set(titled_turns(text)) if "主任" in text else set()
    roles = [(m.start(), m.end()) for m in _ROLE_WORDS.finditer(text) if (m.start(), m.end()) not in people]
    kin = [(m.start(), m.end()) for m in _ROLE_KIN.finditer(text)]
    if kin:
        spans = [
            s for s in spans if s.category != "name" or not any(a <= s.start and s.end <= b for a, b in kin)
        ]
    if not roles:
        return spans
    return [
        s
        for s in spans
        if s.category != "name" or not any(s.start < end and start < s.end for start, end in roles)
    ]


#: an organ or a tissue closing the word before a finding (乳腺, 甲状腺, 右肺)
_ORGAN_BEFORE = re.compile(
    r"(?:乳腺|甲状腺|前列腺|腮腺|胰腺|淋巴结|子宫|卵巢|输卵管|宫颈|膀胱|肝|胆|脾|胰|肾|肺|"
    r"心|脑|胃|肠|食管|骨|关节|皮肤|皮下|黏膜|粘膜|腺体|叶|段)$"
)
#: a lesion or a change opening the word after a finding's middle (增生, 结节, 钙化)
_LESION_AFTER = re.compile(
    r"增生|肿大|结节|囊肿|钙化|病变|萎缩|纤维化|积液|肿块|水肿|出血|梗死|狭窄|硬化|"
    r"扩张|占位|炎|癌|瘤|间隔|静脉|动脉|缺损|坏死|浸润|异常"
)


def inside_clinical_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits between an organ and a lesion (乳腺|小叶|增生): a finding.

    Args:
        text: the note.
        start: where the candidate starts.
        end: where it ends.
    """
    return (
        _ORGAN_BEFORE.search(text, max(0, start - 3), start) is not None
        and _LESION_AFTER.match(text, end) is not None
    )
