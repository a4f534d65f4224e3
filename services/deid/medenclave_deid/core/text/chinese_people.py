"""People in Chinese notes beyond ``surname + given name`` after a cue word.

Forms written in real records that the basic cue rule misses:

* names padded with spaces in forms (``姓名：田  佳``, ``医师：房　明``);
* a surname with a title (``今日苏主任查房``, ``本科卢教授``, ``陈主任前来会诊``): the surname is
  the identifier;
* names after a kinship or study role, with no colon (``患者侄子公孙军探视``, ``研究者刘婷婷于``,
  ``受试者儿媳刘彤彤在场``);
* lists of names (``诊断医师：晋博、许欢``);
* names with no Han surname after a signature label (``医师签名：巴特尔``,
  ``主治医师：阿依努尔·沙吾提``);
* nicknames after a patient or family word (``患儿小凯``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_forms import STATE_STARTS, STATE_WORDS
from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS, CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import (
    CN_COMPOUND_SURNAMES,
    CN_SURNAMES,
    CN_SURNAMES_AFTER_CUE,
    cn_surname_pattern,
)
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_chinese_people"]

_CJK = "\u4e00-\u9fa5"
_SURNAME = cn_surname_pattern()
_SPACE = "[ \u3000\u00a0]"
_LABELS = (
    "姓名|患者姓名|病人姓名|签名|医师签名|医生签名|护士签名|签字|医师|医生|护士|护士长|药师|技师|"
    "主治医师|住院医师|主任医师|副主任医师|经治医师|上级医师|接诊医师|会诊医师|报告医师|审核医师|"
    "诊断医师|处方医师|审方药师|记录者|记录人|记录|书写者|操作者|审核者|报告者|研究者签名|研究者|"
    "受试者|监护人|联系人|陪同人|代诉人|陈述者|委托人|见证人|CRC|CRA|术者|主刀|一助|二助|三助|助手|"
    "麻醉医师|器械护士|巡回护士|随访人|随访者|问诊医生|接诊人|患者|病人|申请人|送检医生|开单医生|"
    # another name of the same person: whatever it is, the field says it is a name
    "曾用名|原名|别名|又名|化名|曾用姓名"
)
#: a name with spaces inside, after a label (forms pad names to a fixed width)
_SPACED = re.compile(
    rf"(?:{_LABELS})\s*[:：]?{_SPACE}*"
    rf"(?P<n>{_SURNAME}{_SPACE}{{1,3}}[{_CJK}](?:{_SPACE}{{0,3}}[{_CJK}])?)"
    rf"(?![{_CJK}])"
)
#: a form's name field with the label padded too (``姓  名：卜  凡``): whatever fills it
#: a name field's or a person's field's value padded to the form's width (``姓名：仉  军  年龄：``,
#: ``申请人：宓  岚``): every character
#: spaced, the cell closed by two spaces or the line's end; the field says it is a name, so the
#: surname is not looked up (rare ones, 亓 仉 字, are on no list)
_SPACED_IN_NAME_FIELD = re.compile(
    rf"(?:姓名|曾用名|原名|别名|[{_CJK}]{{1,4}}[人者])\s*[:：]{_SPACE}*"
    rf"(?P<n>[{_CJK}](?:{_SPACE}{{1,3}}[{_CJK}]){{1,2}})"
    rf"(?={_SPACE}{{2}}|{_SPACE}*(?:\n|$|[（(])|{_SPACE}+[{_CJK}]{{1,6}}[:：])"
)
#: what a padded name field holds when it names no one (不  详, 无)
_NO_NAME_CHARS = frozenset("无不详略某空缺暂同上见")
_PADDED_LABEL = re.compile(
    rf"姓{_SPACE}+名{_SPACE}*[:：]?{_SPACE}*"
    rf"(?P<n>[{_CJK}](?:[{_CJK}]|{_SPACE}{{1,3}}(?![性年民出籍职婚科床住电身证联单门病])"
    rf"[{_CJK}]){{1,3}})(?![{_CJK}])"
)
#: a surname with a title after it (the surname is the identifier)
_TITLE = (
    "主任医师|副主任医师|主治医师|住院医师|主任|医生|医师|大夫|教授|护士长|护士|老师|院长|药师|技师|"
    "主管|科长|书记"
)
#: characters that make a word with a title after them (副主任, 病区护士长, 总护士长): not a
#: surname there
_NOT_A_SURNAME_BEFORE_TITLE = "科副组室部班队所处局会级区总代原前现该本各"
#: words whose last character is a surname, before a title: 检查医师 is no Dr. Zha
_WORD_BEFORE_TITLE = (
    "检查",
    "复查",
    "审查",
    "调查",
    "巡查",
    "随车",
    "出车",
    "救护车",
    "程控",
    "指导",
    "带教",
    "处方",
    "审方",
    "开方",
    "调配",
    "发药",
    "复核",
    "核对",
    # 责任护士, 公卫医师 (public health), 查房医师, 分管医生: a word, not Nurse Ren
    "责任",
    "公卫",
    "兽医",
    "军医",
    "村医",
    "校医",
    "中医",
    "西医",
    "查房",
    "病房",
    "产房",
    "分管",
    "协管",
    "经管",
    # who put a tube in or took it out (置管医生, 拔管护士): a procedure, not Dr. Guan
    "置管",
    "插管",
    "拔管",
    "换管",
    "兼任",
    "现任",
    "前任",
    "担任",
    # thanks to whoever holds the title (谢谢医生, 谢谢护士): no Dr. Xie
    "谢谢",
)
#: rare surnames that are also the words that bring in a person: 经 (via) and 由 (by) before a
#: title almost always, 和 and 与 only where the title's own person follows it; 于 and 向 are
#: common surnames (于医师 is Dr. Yu) and stay names
_PREPOSITIONS = frozenset("经由")
_PREPOSITIONS_BEFORE_NAMED = frozenset("和与")
#: a title with its person's name right after it, a colon or a space between (技师：罗成)
_TITLE_THEN_NAME = re.compile(rf"(?:{_TITLE})[:：\s\u3000]*{_SURNAME}")
#: two-character titles whose second character is also a surname (主任: 任)
_TITLE_PARTS = ("主任", "主治", "主管", "护士")
_SURNAME_TITLE = re.compile(rf"(?P<n>{_SURNAME})(?={_TITLE})")
#: a surname that is not on the main list (储 储存, 冼, 宿 …) before a title, where a word cannot
#: run into it: after punctuation, an opening quote, a space or the start (会诊专家：储教授, “冼老师，…”),
#: after the clause a time closes (治疗后冼主任查房) or a doctor's kind (村医笪医生, 校医谯老师),
#: or the ward or unit the nurse belongs to (通知病区糜护士, 门诊帅医生)
_RARE_SURNAME_TITLE = re.compile(
    rf"(?:^|(?<=[\s，。；：:,;、（(“「『‘\"])|(?<=[请给由找问让叫后])|(?<=转给|交给|告知|通知|谢谢|感谢|麻烦|辛苦)"
    rf"|(?<=村医|校医|队医|厂医|军医)|(?:(?<=病区|病房|科室|本科|门诊|急诊)|(?<=护理站))(?![{_NOT_A_SURNAME_BEFORE_TITLE}]))"
    rf"(?P<n>[{''.join(sorted(CN_SURNAMES_AFTER_CUE - CN_SURNAMES))}])"
    rf"(?=主任|医生|医师|大夫|教授|护士长|护士|老师|院长|药师|技师)"
)
#: rare surnames that are function words before a title (，那医生说…, 术后都医生交代过): not there
_FUNCTION_WORDS = frozenset("那都从能须终别")
#: one character between a hospital's or a contact's word and a title is the surname, on a list
#: or not (本院宾主任同意, 联系人仝医生): no word of a title (本院科主任, 我院副主任) stands there
_HOSPITAL_SURNAME_TITLE = re.compile(
    rf"(?:(?<=本院)|(?<=我院)|(?<=贵院)|(?<=外院)|(?<=联系人)|(?<=联络人))(?P<n>[{_CJK}])(?=主任|医生|医师|大夫|教授|护士长|院长)"
)
_NOT_SURNAME_IN_TITLE = frozenset("科副正总主大老名专带值管医护各两三一二该本原主首院部组室")
#: a surname with an honorific (龙女士, 杜先生, 刘大妈): the surname is the identifier
_HONORIFICS = ("先生", "女士", "小姐", "太太", "夫人", "阿姨", "大妈", "大爷", "大姐", "大哥", "师傅")
_SURNAME_HONORIFIC = re.compile(rf"(?P<n>{_SURNAME})(?={'|'.join(_HONORIFICS)})")
#: a surname given alone after 姓 (患者自称姓卢，名不详)
_SURNAME_ALONE = re.compile(rf"(?:称|患者|病人|其|本人|家属)姓(?P<n>{_SURNAME})(?=[，,。；;、\s]|名|氏|$)")
#: 向 before a title and a verb of telling is the preposition (嘱向医生报告, 家属向主任说明)
_TOLD = re.compile(
    rf"(?:{_TITLE})(?:报告|汇报|说明|咨询|表示|反映|询问|求助|诉说|交代|提出|请教|反馈|"
    r"求救|讲述|描述|了解|要求|寻求|致谢|道谢|解释|提供|出示|说|讲|问)"
)
_ROLES = (
    "研究者|受试者|侄子|侄女|外甥|外甥女|儿媳|女婿|母亲|父亲|姐姐|妹妹|哥哥|弟弟|孙子|孙女|祖母|祖父|"
    "奶奶|爷爷|外婆|外公|姑姑|叔叔|舅舅|阿姨|朋友|同事|邻居|见证人|陪护|护工|丈夫|妻子|爱人|儿子|女儿|家属|"
    "其母|其父|其妻|其夫|其子|其女|监护人|联系人|其兄|其姐|其弟|其妹|之妻|之夫|之子|之女|之父|之母|"
    "配偶|委托人|代理人|授权人|被授权人|亲属|孙媳|外孙|外孙女|继父|继母|养父|养母|老伴|伴侣|未婚妻|未婚夫|"
    "男友|女友|男朋友|女朋友|前男友|前女友|"
    "前妻|前夫|表哥|表姐|表弟|表妹|堂哥|堂姐|堂弟|堂妹|嫂子|弟媳|姐夫|妹夫|岳父|岳母|公公|婆婆|"
    # workers who are not clinicians (保安员卓立新护送, 民警王强到场, 社工李娜联系)
    "保安员|保安|保洁员|护送员|陪检员|陪诊员|调度员|驾驶员|司机|民警|辅警|警官|社工|志愿者|"
    # who is at the scene of a 120 call (现场群众李大海拨打120, 目击者王某称)
    "群众|路人|目击者|同行者|呼救人|"
    # who else a ward's or village's day brings in (保洁张某清扫, 村医刘某曾输液, 网格员上门)
    "保洁|村医|网格员|收费员|快递员|房东|室友|工友|同学|班主任|"
    # a one-character sibling word at the start of a clause or before a colon (兄王建华, 姐：王秀梅)
    "(?:(?<=^)|(?<=[\\s，。；;,、\\n（(]))[兄姐弟妹](?![弟妹姐兄])"
)
_AFTER_ROLE = re.compile(
    rf"(?:{_ROLES})[:：（(]?\s*(?P<n>{_SURNAME}[{_CJK}]{{1,2}}?)"
    rf"(?=[，。、；：,.;:\s（(）)]|于|在|探视|陪同|陪护|陪伴|照顾|体健|健在|已故|签字|签署|同意|"
    rf"见证|在场|表示|称|诉|代|询问|要求|拒绝|知情|电话|联系|交代|说明|告知|沟通|签名|确认|"
    # what a carer does (其儿媳刘芳每日陪护, 其女儿王敏协助用药)
    rf"每日|每天|日夜|全程|协助|帮助|负责|看护|护理|接送|共同|一起|"
    rf"护送|陪送|到场|处置|报警|劝离|曾|已|发现|送|给予|上门|反映|"
    rf"手机|每周|每月|定期|探访|走访|入院|就诊|来院|到院|拨打|呼叫|\d|$)"
)
#: the words for the person a clinical note is about
_PATIENT_CUE = "(?:患者|病人|患儿|伤者|孕妇|产妇|病员|受检者|就诊者|您的家属|贵家属)"  # 您的家属: to the kin
#: the person a clinical note is about, named right after the word for them with no colon
#: (``患者傅建华，45岁``): given names are often everyday words (建华, 建国, 桂花, 海燕), which the
#: word-based finders keep, so the cue decides. 于 and 在 are surnames, but after 患者 they are
#: the prepositions (患者于今晨), never a name.
_AFTER_PATIENT = re.compile(
    rf"{_PATIENT_CUE}"
    rf"(?P<n>(?![于在])[{''.join(sorted(CN_SURNAMES_AFTER_CUE))}]"
    rf"[{_CJK}]{{1,2}}?)"
    rf"(?=[，。、；：,.;:\s（(）)]|\d|[男女]性?[，,、\s]|$)"
)
#: a note's header about its patient, ``患者闭建平，60岁`` / ``病人母帅 男``: whatever stands
#: between the cue and the sex or age is the name, whether or not its surname is on a list
#: (the lists miss rare ones: 闭 宾 由 原 母); words that describe the patient there instead
#: (患者男性, 患者老年女性, 患者本人) do not start with a surname-like slot
_PATIENT_HEADER = re.compile(
    rf"{_PATIENT_CUE}"
    rf"(?P<n>(?![男女老年本该系为于在自已现今近入既约]|其(?!其))[{_CJK}]{{2,3}}?)"
    rf"(?=[，,、\s（(]*(?:[男女](?![性子孩儿婴童友婿])|\d{{1,3}}岁))"
)
#: a form's line about one person opened by the name, then its sex and age in cells of their
#: own (``交接单⏎柏原  男  78岁  病案号``, ``- 区宁，女，66岁``): the layout says who, so a rare
#: surname (原 檀 区 闭) is read as well; what describes a person there instead (患者 男 66岁,
#: 老年 女) starts with a word no name starts with
_ROW_HEAD = re.compile(
    rf"^[ \t\u3000]*(?:[-•·*][ \t]*|\d{{1,3}}[.、)）][ \t]*)?(?P<n>[{_CJK}]{{2,4}})"
    # the age with 岁, or a bare number in a cell of its own (``2. 盘秀英 女 67 宫颈癌``)
    rf"(?:[ \t\u3000]+|[，,、][ \t]*)[男女](?:[ \t\u3000]+|[，,、][ \t]*)"
    rf"\d{{1,3}}(?:岁|(?=[ \t\u3000,，]|$))",
    re.M,
)
_NOT_ROW_HEAD = frozenset("患病老年本其该性姓男女姓伤孕产婴幼儿新受就家亲某无未同")
#: the sex (not 女儿, 男孩, 女友) or the age
_SEX_OR_AGE = re.compile(r"[，,、\s（(]*(?:[男女](?![子孩儿婴童友方])|\d{1,3}岁)")
_LIST_NEXT = re.compile(
    rf"{_SPACE}*[、，,/]{_SPACE}*(?P<n>{_SURNAME}[{_CJK}]{{1,2}})(?![{_CJK}])"
    # or what the listed people did (护士刁晓雯、武思彤执行)
    rf"|{_SPACE}*[、，,/]{_SPACE}*(?P<v>{_SURNAME}[{_CJK}]{{2}})"
    rf"(?=执行|签字|签名|核对|查房|会诊|参加|在场|陪同|操作|完成|负责|见证)"
    # or the second signer of a cell after a slash, whatever the surname
    # (医师：某大夫/仉志远)
    rf"|{_SPACE}*[/／]{_SPACE}*(?P<w>[{_CJK}]{{2,3}})(?=\s|[，,。；;]|$)"
    # or the last of the list before how many they are (马丽、王芳、韦妹三人, 李娜、赵敏等人)
    rf"|{_SPACE}*[、，,]{_SPACE}*(?P<c>{_SURNAME}[{_CJK}]{{1,2}}?)(?=[两二三四五六七八九十]位?人|等人)"
    # or the second of a couple or a parent and child, whatever the surname (金某、朴智妍夫妇)
    rf"|{_SPACE}*[、和与及]{_SPACE}*(?P<f>[{_CJK}]{{2,3}}?)(?=夫妇|夫妻|母子|母女|父子|父女|二人|两人)"
)
_UNSURNAMED = re.compile(
    rf"(?:{_LABELS})\s*[:：]{_SPACE}*"
    rf"(?P<n>[{_CJK}]{{2,8}}(?:[·•・][{_CJK}]{{2,8}})?)(?![{_CJK}·•・])"
)
_NAME_FIELD = re.compile(r"姓名\s*[:：]")
#: characters of a shift, a unit or a time after a slash, where a second signer would stand
_NOT_IN_SIGNER = frozenset("班组科室院部床号次天日周月年时")
#: what a signature field says when it holds no name (签字：同意手术, 签名：拒绝)
_KIN_WORDS = frozenset(
    "女婿 儿媳 儿子 女儿 妻子 丈夫 爱人 配偶 父亲 母亲 孙子 孙女 外孙 哥哥 姐姐 弟弟 妹妹 "
    "老伴 朋友 同事 邻居 侄子 侄女 本人 家属 亲属".split()
)
_CONSENT_WORDS = (
    "同意",
    "不同意",
    "拒绝",
    "确认",
    "知情",
    "本人",
    "同上",
    "见上",
    "已",
    "未",
    # what a doctor says after their name in a discussion (王强副主任医师：考虑…)
    "考虑",
    "建议",
    "认为",
    "拟",
    "诊断",
    "目前",
    "患者",
    "病人",
    "予",
    "给予",
    "需",
    "应",
    "请",
    "补充",
    "总结",
    "赞同",
    "分析",
    "结合",
    "根据",
    "鉴于",
    "支持",
    "倾向",
    "排除",
)
_NICKNAME = re.compile(
    rf"(?:患儿|患者|家属|其子|其女|其兄|其弟|其姐|其妹|其夫|其妻|孙子|孙女|小名|乳名)"
    rf"(?P<n>[小阿][{_CJK}])"
    rf"(?=[，。、；：,.;:\s（(]|\d|$|[于在因诉])"
)


#: characters of everyday words that two-character given names do use (可馨, 书瑶, 雪花): after a
#: cue that says a person follows, a full name with them is still a name
_CUED_GIVEN = frozenset("可书花")


def _clinical(text: str, start: int, name: str, *, cued: bool = False) -> bool:
    given = name[2:] if name[:2] in CN_COMPOUND_SURNAMES else name[1:]  # 上官德福: 官 is the surname
    allowed = _CUED_GIVEN if cued and len(given) == 2 else frozenset()
    return text.startswith(CN_NAME_STOP_WORDS, start) or any(
        c in CN_NON_GIVEN_CHARS and c not in allowed for c in given
    )


#: a surname and a two-character given name filling a labelled cell (护士长：高峰杰  上报日期…): a
#: name even when its first two characters make a word (高峰)
_FULL_CELL_NAME = re.compile(rf"(?={_SURNAME})[{_CJK}]{{3}}(?=[ \t\u3000]{{2}}|[ \t\u3000]*(?:\n|$))")


def _full_cell_name(text: str, start: int, end: int) -> bool:
    cell = _FULL_CELL_NAME.match(text, start)
    return (
        cell is not None
        and cell.end() == end
        and not any(c in CN_NON_GIVEN_CHARS for c in text[start + 1 : end])
    )


def _preposition(text: str, m: re.Match[str]) -> bool:
    """Whether a surname before a title brings the titled person in (经医生会诊, 经技师：罗成巡视,
    与护士 王丽核对) rather than names them."""
    word = m.group("n")
    return word in _PREPOSITIONS or (
        word in _PREPOSITIONS_BEFORE_NAMED and _TITLE_THEN_NAME.match(text, m.end()) is not None
    )


def find_chinese_people(text: str) -> list[PhiSpan]:
    """Name spans of the forms listed in the module docstring.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for rx in (_SPACED, _AFTER_ROLE, _UNSURNAMED, _NICKNAME, _PADDED_LABEL):
        for m in rx.finditer(text):
            name = m.group("n").replace(" ", "").replace("\u3000", "")
            if rx in (_UNSURNAMED, _PADDED_LABEL) or not _clinical(
                text, m.start("n"), name, cued=rx is _AFTER_ROLE
            ):
                # a 姓名 field holds a name even when it is also a word (姓名：高峰, 姓名：冉冉)
                if rx is _UNSURNAMED and (
                    text.startswith(_CONSENT_WORDS, m.start("n")) or name in _KIN_WORDS
                ):
                    continue  # 家属签字：同意手术 is what was signed, 联系人：儿子 王明 the relation
                state = text.startswith(STATE_STARTS, m.start("n")) or name in STATE_WORDS
                if (
                    rx is _UNSURNAMED
                    and state
                    and not _NAME_FIELD.search(text, max(0, m.start() - 2), m.start("n"))
                ):
                    continue  # 护士：神志清楚 says how the patient is
                if (
                    rx is _UNSURNAMED
                    and text.startswith(CN_NAME_STOP_WORDS, m.start("n"))
                    and not _NAME_FIELD.search(text, max(0, m.start() - 2), m.start("n"))
                    and not _full_cell_name(text, m.start("n"), m.end("n"))
                ):
                    continue
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _SPACED_IN_NAME_FIELD.finditer(text):
        if not set(m.group("n")) & _NO_NAME_CHARS:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _AFTER_PATIENT.finditer(text):
        name = m.group("n")
        # the sex or the age right after is the header of a note about this person: a name
        # there even when it is also a word (朱红, 杨梅, 皮桂花); without it, surname + one
        # character is as often a word (易怒, 尚好), and a longer one must not look clinical
        header = _SEX_OR_AGE.match(text, m.end("n")) is not None
        if header or (len(name) > 2 and not _clinical(text, m.start("n"), name)):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    out += [PhiSpan(m.start("n"), m.end("n"), "name") for m in _PATIENT_HEADER.finditer(text)]
    for m in _ROW_HEAD.finditer(text):
        name = m.group("n")
        if (
            name[0] not in _NOT_ROW_HEAD
            and not _clinical(text, m.start("n"), name)
            and name not in _KIN_WORDS
            and name not in STATE_WORDS
        ):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _RARE_SURNAME_TITLE.finditer(text):
        if not _preposition(text, m) and m.group("n") not in _FUNCTION_WORDS:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    out += [PhiSpan(m.start("n"), m.end("n"), "name") for m in _SURNAME_ALONE.finditer(text)]
    out += [
        PhiSpan(m.start("n"), m.end("n"), "name")
        for m in _HOSPITAL_SURNAME_TITLE.finditer(text)
        if m.group("n") not in _NOT_SURNAME_IN_TITLE
    ]
    for m in _SURNAME_HONORIFIC.finditer(text):
        # a word the surname makes with the honorific's first character (张大爷: 张大) is no word
        # there; one that runs past the honorific is
        honorific = next(h for h in _HONORIFICS if text.startswith(h, m.end()))
        words = [w for w in CN_NAME_STOP_WORDS if text.startswith(w, m.start())]
        if m.group("n") not in _NOT_A_SURNAME_BEFORE_TITLE and all(
            len(w) <= m.end() - m.start() + len(honorific) for w in words
        ):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _SURNAME_TITLE.finditer(text):
        if m.group("n") == "向" and _TOLD.match(text, m.end()):
            continue
        if _preposition(text, m):
            continue
        if (
            m.group("n") not in _NOT_A_SURNAME_BEFORE_TITLE
            and not text[max(0, m.start() - 1) : m.end()].endswith(_TITLE_PARTS)
            and not text[max(0, m.start() - 2) : m.end()].endswith(_WORD_BEFORE_TITLE)
        ):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out


def _slash_row(text: str, at: int) -> bool:
    """Whether ``at`` stands in a register's row of slash-separated fields (某某/女/45/门诊号…/失眠/拔罐):
    three slashes or more on the line say the next cell is the row's next field, not a second
    signer (医师：某大夫/仉志远), so a word there without a surname is no name."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    return line.count("/") + line.count("／") >= 3


def extend_name_lists(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Names listed after a found name (``晋博、许欢``) are names too.

    Args:
        text: the note.
        spans: the name spans found so far.
    """
    out: list[PhiSpan] = []
    for span in spans:
        if span.category != "name":
            continue
        end = span.end
        while (m := _LIST_NEXT.match(text, end)) is not None:
            group = next(g for g in ("n", "v", "w", "c", "f") if m.group(g))
            if _clinical(text, m.start(group), m.group(group)) or (
                group == "w"
                and (
                    re.search(_TITLE, m.group(group))
                    or set(m.group(group)) & _NOT_IN_SIGNER
                    or _slash_row(text, m.start(group))
                )
            ):
                break
            out.append(PhiSpan(m.start(group), m.end(group), "name"))
            end = m.end()
    return out
