"""Chinese names, streets and workplaces a note mentions in passing, without a field for them.

* **a name someone gives himself in quotes** (``来访者自称“豆豆”``, ``自报姓名“老猫”``,
  ``化名“小雨”``): the quoted word is that person's name, and every later use of it is taken
  by :func:`~medenclave_deid.core.text.propagation.propagate_names`; the real name told after
  ``真名`` / ``实名`` / ``本名`` is one too, whatever its surname.
* **a street named alone** where something happened (``暴露地点：商场门口（春晖路附近）``,
  ``车停在桂花巷边上``, ``在文昌街路口摔倒``): two to four characters and a street's ending
  (路 街 巷 里 道 胡同 弄), after a bracket, a colon or a verb of place (在 到 至 沿 近),
  before what places something by it (附近 旁 门口 路口 边上 一带 周边).
* **a workplace after the word that ties someone to it** (``挂靠顺达物流公司``,
  ``抬头：县第三中学教务处``, ``就职于区供电局``): the organisation up to its kind's ending
  (公司 中学 小学 厂 局 银行 …); the department after it stays.
* **a clinician by surname and title after a role** (``督导糜老师``, ``授课：巴助产士``,
  ``心内科格主任``, ``主讲：独孤助产士``): one character a surname list or the transliterated
  names' characters hold, or a compound surname, between the role and the title.
* **a name in spoken punctuation** (``患者糜建波逗号男逗号…``), **a staff row's number/name**
  (``27018/糜某``), **a relative before the relation in brackets** (``家人支持：乌云其木格（妻子）``)
  and **a cell of transliterated characters** in a comma-separated row (``…,孕34+4周,巴特尔,…``).

:func:`propagate_mentions` then takes, once a name or a workplace is found, the first character
of a found name before a clinician's title elsewhere (``糜海棠`` … ``糜主任``, ``格桑央宗`` …
``格医生``) and every other occurrence of a found workplace's name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_account_names import find_account_names
from medenclave_deid.core.text.chinese_baby_names import find_baby_names
from medenclave_deid.core.text.chinese_clinics_kin_ages import find_clinics_kin_ages
from medenclave_deid.core.text.chinese_entry_signatures import find_entry_signatures
from medenclave_deid.core.text.chinese_familiar_surnames import find_familiar_surnames
from medenclave_deid.core.text.chinese_grouped_cells import find_grouped_cells
from medenclave_deid.core.text.chinese_joined_labels import find_joined_label_values
from medenclave_deid.core.text.chinese_kin_staff_slots import find_kin_staff_slots
from medenclave_deid.core.text.chinese_lab_titles import find_lab_titles
from medenclave_deid.core.text.chinese_marked_names_zh21 import find_marked_names
from medenclave_deid.core.text.chinese_names import CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.chinese_rare_name_slots import find_rare_name_slots
from medenclave_deid.core.text.chinese_record_roles import find_record_role_names
from medenclave_deid.core.text.chinese_shop_branches import find_shop_branches
from medenclave_deid.core.text.chinese_single_space_tables import find_single_space_cells
from medenclave_deid.core.text.chinese_spoken_surnames import find_spoken_surnames
from medenclave_deid.core.text.chinese_surname_echoes import extend_surname_echoes
from medenclave_deid.core.text.chinese_titled_word_names import find_titled_word_names
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.prefixed_matches import matches_after
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_mentions", "propagate_mentions"]

_HAN = "\u4e00-\u9fa5"
_OPEN = "“\"「『‘'"
_CLOSE = "”\"」』’'"
#: the characters transliterated (Mongolian, Tibetan, Uyghur) names are written in
_TRANSLIT = (
    "阿巴乌其木格吉尔特古郎苏日娜图布赫达哈斯根朝鲁宝音德力扎西卓玛次仁旦增顿珠央金拉姆措曲桑多杰"
    "尼强白热依买提艾克孜汗丽努帕米吐逊迪拜库班江夏伊合那仓嘎旺索南罗卡穆萨尤素甫麦孟和敖其腾"
    "额齐策楞呼毕沁满都胡查干雅琪慕云勒吾肉曼"
)
_SURNAME_CHARS = "".join(sorted(CN_SURNAMES_AFTER_CUE | set(_TRANSLIT)))
_COMPOUND = "|".join(sorted(CN_COMPOUND_SURNAMES, key=len, reverse=True))
_TITLE = r"(?:助产士|护士长|护士|老师|医生|医师|主任|大夫|教授|药师|技师|治疗师|咨询师)"
#: before a surname and a clinician's title: no Han character that makes a word with it, or a
#: role's or a unit's (compiled once: the per-note surname pattern goes behind it)
_TITLED_BEFORE = re.compile(
    rf"(?:(?<![{_HAN}])|(?<=[科组室导课讲由请向给和与及、])"
    r"|(?<=逗号|句号|冒号|分号))"
)

_SELF_NAMED = re.compile(
    rf"(?:自称|自报(?:姓名|名字)?(?:叫|为|是)?|化名(?:叫|为)?|称自己(?:叫|为|是)|自我介绍(?:叫|为|是))\s*"
    rf"[{_OPEN}](?P<n>[{_HAN}]{{1,4}}|[A-Za-z][A-Za-z'-]{{1,14}})[{_CLOSE}]"
)
_REAL_NAME = re.compile(
    rf"(?:真名|实名|本名|真实姓名)(?:叫|为|是)?\s*[:：]?\s*(?P<n>(?:{_COMPOUND})[{_HAN}]{{1,2}}|[{_HAN}]{{2,3}}"
    rf"|[{_HAN}]{{2,6}}·[{_HAN}]{{2,6}})(?=[，,。；;、\s）)]|$)"
)
#: an instruction or a thing in quotes after 自称 is no name (自称“没事”, 自称“头痛”)
_NOT_A_SELF_NAME = frozenset("没事不好的了病痛药医院吗呢吧")

_STREET = re.compile(
    rf"(?:(?<=[（(:：\s，,、])|(?<=停在|住在|位于|走到|途经)|(?<=[在到至沿近经住]))"
    rf"(?P<s>[{_HAN}]{{2,4}}?(?:大道|大街|胡同|路|街|巷|里|弄))"
    r"(?=附近|旁边|旁|门口|路口|边上|一带|周边|交叉口|拐角|对面"
    rf"|[与和][{_HAN}]{{2,6}}?(?:大道|大街|路|街|巷)(?:交叉口|路口|交汇处))"
)
#: a street's place that is a word, not a name: a pronoun first (这条路, 那里) or a common
#: word last (高速公路, 学校家里, 村里)
_NOT_A_STREET = re.compile(
    r"^[这那哪每各某该本其此]|(?:公路|铁路|马路|道路|小路|大路|山路|水路|街道|小巷|村里|城里|家里|心里|夜里|"
    r"屋里|院里|楼里|店里|车里|厂里|镇里|乡里|公里|千里|万里|邻里|这里|那里|哪里)$"
)

_ORG_END = (
    r"(?:有限公司|公司|中学|小学|幼儿园|大学|学院|学校|厂|局|银行|商贸城|商场|超市|集团|营业部|"
    r"合作社|研究所|事务所|酒店|宾馆|饭店|医院|卫生院|物流|车队|出租车|派出所|委员会|村委会|居委会)"
)
_WORKPLACE = re.compile(
    rf"(?:挂靠(?:在|于)?|抬头(?:为|是)?\s*[:：]?|就职于|任职于|供职于|受雇于|工作于|就读于|就读/工作于|"
    rf"在职于)\s*(?P<w>[{_HAN}0-9]{{2,14}}?{_ORG_END}(?:有限公司|公司|集团)?)"
)
#: a county's, a city's or a district's own body named alone (县农商银行, 市第三中学, 区供电局)
_LOCAL_ORG = re.compile(
    rf"(?:(?<![{_HAN}])|(?<=[在于到回去]))(?P<w>[市县区](?:第[一二三四五六七八九十]{{1,3}})?[{_HAN}]{{0,6}}?"
    r"(?:有限公司|公司|中学|小学|幼儿园|厂|银行|商场|超市|集团|供电局|自来水公司|营业部))"
    r"(?![\u4e00-\u9fa5]{0,2}(?:医院|卫生院))"
)
#: a county's or a city's word, not its body (县城小学, 市区超市, 市级公司)
_LOCAL_WORD = re.compile(r"[市县区](?:城|区|内|场|级|属|里|外|郊|中心|政府)")
#: a kind of place, not a named one (挂靠公司, 抬头：单位, 就读于小学)
_NOT_A_WORKPLACE = re.compile(
    rf"^(?:[本该某其原现我他她]|单位|所在|当地|附近)|^{_ORG_END}$|[的了在是和与及由被把期间]"
)

_ROLE_SURNAME_TITLE = re.compile(
    rf"(?:(?<=督导|授课|主讲|带教|讲师|指导|上级)|(?<=授课[:：])|(?<=主讲[:：])|(?<=带教[:：])|(?<=[科组室]))"
    rf"(?P<n>{_COMPOUND}|[{_SURNAME_CHARS}])(?={_TITLE})"
)
#: characters after a department or a role that open a word with the title (科主任, 副主任)
_NOT_A_SURNAME = frozenset("副正总主大小老该本各和及与带")

_SPOKEN = re.compile(
    rf"(?<=患者|家属|病人|医师|医生|护士)(?P<n>(?:{_COMPOUND})[{_HAN}]{{1,2}}?|[{_SURNAME_CHARS}][{_HAN}]{{1,2}}?)"
    r"(?=逗号|句号|分号|冒号)"
)
_STAFF_ROW = re.compile(
    rf"(?<![\d/])\d{{3,8}}\s*/\s*(?P<n>[{_HAN}]{{2,4}}|[{_HAN}]{{2,6}}·[{_HAN}]{{2,6}})"
    r"(?=\s*[|｜,，\t]|\s*$)",
    re.M,
)
_KIN = (
    r"(?:妻子|丈夫|爱人|配偶|老伴|儿子|女儿|父亲|母亲|哥哥|姐姐|弟弟|妹妹|儿媳|女婿|孙子|孙女|外孙女?|"
    r"奶奶|爷爷|外婆|外公|姥姥|姥爷|叔叔|阿姨|舅舅|姑姑|室友|朋友|同事|男友|女友|未婚夫|未婚妻)"
)
_NAME_BEFORE_KIN = re.compile(
    rf"(?<=[:：，,、\s（(])(?P<n>[{_TRANSLIT}]{{3,7}}|[{_HAN}]{{2,6}}·[{_HAN}]{{2,6}})[（(]{_KIN}[)）]"
)
#: compound surnames that are everyday words too (东方, 百里): not taken alone in brackets
_WORD_COMPOUNDS = frozenset(
    "东方 东门 西门 南宫 百里 司空 东郭 南郭 左丘 乐正 归海 太史 闻人 微生 公羊".split()
)
_BRACKETED_COMPOUND = re.compile(rf"(?<=[（(])(?P<n>(?P<s>{_COMPOUND})(?P<g>[{_HAN}]{{1,2}}))(?=[)）])")
_TRANSLIT_CELL = re.compile(
    rf"(?<=[,，])(?P<n>[{_TRANSLIT}]{{4,7}}|[{_HAN}]{{2,6}}·[{_HAN}]{{2,6}})(?=[,，]|$)", re.M
)


def _self_name(name: str) -> bool:
    return not (set(name) & _NOT_A_SELF_NAME)


def _given_ok(given: str) -> bool:
    return not (set(given) & CN_NON_GIVEN_CHARS)


def find_mentions(text: str) -> list[PhiSpan]:
    """Name, street and workplace spans of mentions in passing (see the module's description)."""
    out: list[PhiSpan] = []
    for m in _SELF_NAMED.finditer(text):
        if _self_name(m.group("n")):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _REAL_NAME.finditer(text):
        name = m.group("n")
        if _given_ok(name[1:]):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _STREET.finditer(text):
        if not _NOT_A_STREET.search(m.group("s")):
            out.append(PhiSpan(m.start("s"), m.end("s"), "address"))
    for m in _WORKPLACE.finditer(text):
        if not _NOT_A_WORKPLACE.search(m.group("w")):
            out.append(PhiSpan(m.start("w"), m.end("w"), "workplace"))
    for m in _LOCAL_ORG.finditer(text):
        if not _NOT_A_WORKPLACE.search(m.group("w")[1:]) and not _LOCAL_WORD.match(m.group("w")):
            out.append(PhiSpan(m.start("w"), m.end("w"), "workplace"))
    for m in _ROLE_SURNAME_TITLE.finditer(text):
        if m.group("n") not in _NOT_A_SURNAME:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    if text.count("逗号") + text.count("句号") >= 2:  # a dictation's spoken punctuation
        for m in _SPOKEN.finditer(text):
            name = m.group("n")
            given = name[2:] if name[:2] in CN_COMPOUND_SURNAMES else name[1:]
            if _given_ok(given):
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _STAFF_ROW.finditer(text):
        name = m.group("n")
        given = name[2:] if name[:2] in CN_COMPOUND_SURNAMES else name[1:]
        # a register's last cell after a number is a finding as often (…/13812345678/郁证)
        if (name[:2] in CN_COMPOUND_SURNAMES or name[0] in _SURNAME_CHARS) and _given_ok(given):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _BRACKETED_COMPOUND.finditer(text):
        # a rare surname of two characters in brackets is a name whatever its given name (书瑶)
        if m.group("s") not in _WORD_COMPOUNDS and not set(m.group("g")) & set("氏家族姓等们"):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for rx in (_NAME_BEFORE_KIN, _TRANSLIT_CELL):
        out.extend(PhiSpan(m.start("n"), m.end("n"), "name") for m in rx.finditer(text))
    out += find_spoken_surnames(text)  # “老某这几天…”, 我家老某今年…
    out += find_lab_titles(text)  # 某某检测送检单（某某基因）
    out += find_familiar_surnames(text)  # 小任每天耐心换药, 严营养师建议
    out += find_shop_branches(text)  # 某某星辰某华路店, 某某大药房某一路店
    out += find_rare_name_slots(text)  # 护士某某巴雅尔和…, 医务科第五某某、, 叫他老司徒
    out += find_clinics_kin_ages(text)  # 市疾控中心职业病门诊, 家长芳签字, “我93了”
    out += find_titled_word_names(text)  # 心理治疗师宁静访谈患者, 向科主任汪洋汇报
    out += find_single_space_cells(text)  # 序号 就诊号 姓名 年龄 / 1 FR0012 某某 93: a one-space register
    out += find_kin_staff_slots(text)  # “过了95就…”, 长子某某（电话…）, 报告某主任, 管理员：某某师傅
    out += find_marked_names(text)  # 孙女某某（小名）, 家属签收：周一某
    out += find_joined_label_values(text)  # 用人单位／平台站点：…, 家长：曲比某某, 审核：扎主任
    out += find_entry_signatures(text)  # 10:20 冲管通畅。 /晓燕, 接班：霞
    out += find_record_role_names(text)  # 导出人某某，IP, ⏎  某某  执业证书编号, 家属某某某陪同
    out += find_baby_names(text) + find_grouped_cells(text)  # 宝宝：欣怡, | 5212 0360 0187 85 |, | 男 | 96 |
    return out + find_account_names(text)  # 账号：某某   登录IP, 家长：阿某某, 康复治疗师：周一⏎


def propagate_mentions(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Spans for a found name's surname before a clinician's title and a found workplace's other
    occurrences, where no span lies yet.

    Args:
        text: the note.
        spans: the resolved spans found so far.
    """
    surnames: set[str] = set()
    workplaces: set[str] = set()
    for span in spans:
        value = text[span.start : span.end]
        if span.category == "name" and 2 <= len(value) <= 12 and re.fullmatch(rf"[{_HAN}·]+", value):
            if value[:2] in CN_COMPOUND_SURNAMES and len(value) >= 3:
                surnames.add(value[:2])
            elif value[0] in _SURNAME_CHARS:
                surnames.add(value[0])
        elif span.category == "workplace" and len(value) >= 4 and re.fullmatch(rf"[{_HAN}0-9]+", value):
            workplaces.add(value)
    if not surnames and not workplaces:
        return []
    taken = [(s.start, s.end) for s in spans]

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in taken)

    out: list[PhiSpan] = []
    if surnames:
        alternatives = "|".join(sorted(map(re.escape, surnames), key=len, reverse=True))
        # the character before is no Han one that makes a word with it, or a role's or a unit's
        titled = re.compile(rf"(?P<s>{alternatives})(?={_TITLE}|先生|女士)")
        for m in matches_after(_TITLED_BEFORE, titled, text):
            if free(m.start("s"), m.end("s")):
                out.append(PhiSpan(m.start("s"), m.end("s"), "name"))
    for value in workplaces:
        for m in re.finditer(re.escape(value), text):
            if free(m.start(), m.end()):
                out.append(PhiSpan(m.start(), m.end(), "workplace"))
    # 执行人：柏 in a later row after 执行人：柏知远: the surname alone where a person signs
    return out + [s for s in extend_surname_echoes(text, spans) if free(s.start, s.end)]
