"""Chinese names placed by the field or the list they stand in rather than by their surname.

* **a list of people after a person's word** (``保安甲乙、丙丁到场``, ``评估员：某某、某某某``,
  ``经我院某某、某某两名医师评估``): items joined by 、 after a role, a person's label or 我院 /
  本院, the last one closed by punctuation, a count of people (两名, 二人, 等) or what they did
  (到场, 签字); when one item is a Han name (a surname and one or two characters) the others of a
  name's shape are names too, a Mongolian or Uyghur name without a surname (哈斯巴根) included;
  one item that is a clinical word, a department or a kinship word and the list is none;
* **a name without a Han surname as a person field's value** (``责任护士：乌兰图雅``,
  ``报告人：其其格（…）``, ``男方：巴特尔  35岁``, ``委托代理人：阿依古丽（女儿）``): two to six
  characters closed by a space, punctuation or a bracket; the field says a person follows, so
  the surname is not looked up; what the field says when it names no one (不详, 无, 同上), a
  kinship word, a state or a clinical word is not taken;
* **a patient named before a bracketed record number** (``患者巴特尔（病案号…）``);
* **a relative named before how they felt or what they did** (``家属双立新情绪激动``, ``其子
  冼建军拒绝签字``), the rarer surnames (双 冼) taken: the act says a person stands before it;
* **a given name alone after a worker's title, as the object of an assault** (``推搡护士小雨。``,
  ``殴打保安建军，``): the act says a person follows;
* **the other cells of a column of names** in a table without a header (a follow-up log whose
  rows close with who signed them: ``2021-03-02  INR 2.1  某某``): where the rules found a name
  as the whole cell in two rows or more and in half the rows at least, the column's other cells
  of a name's shape are names, a Mongolian name without a surname included.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_forms import STATE_STARTS, STATE_WORDS
from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS
from medenclave_deid.core.text.lexicon import CLINICAL_TERMS_ZH, CN_COMPOUND_SURNAMES, CN_SURNAMES_AFTER_CUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["extend_name_columns", "find_person_lists"]

_CJK = "\u4e00-\u9fa5"
#: the words before a list of people: their role, a person's label, or the hospital they work in
_LIST_LEAD = ("保安员|保安|保洁员|护工|民警|辅警|警官|社工|志愿者|司机|驾驶员|护士|护师|医师|医生|药师|技师|"
              "评估员|评估人|调查员|随访员|随访人|记录人|记录员|参加人员|参会人员|在场人员|参与人员|工作人员|"
              "见证人|陪同人员|家属|亲属|我院|本院|我科|本科")
#: what closes the last item: punctuation, a count of people, or what they did
_LIST_END = (r"(?=[，,。；;：:、\s（(）)]|$|[两二三四五六七八九十\d]+\s*[名位个人]|等|"
             r"到场|在场|劝离|处置|执行|签字|签名|核对|参加|陪同|评估|会诊|负责|共同|一起|见证|护送)")
_PERSON_LIST = re.compile(rf"(?:{_LIST_LEAD})\s*[:：]?\s*"
                          rf"(?P<l>[{_CJK}]{{2,6}}(?:·[{_CJK}]{{2,6}})?"
                          rf"(?:、[{_CJK}]{{2,6}}?(?:·[{_CJK}]{{2,6}})?)+){_LIST_END}", re.M)
#: a staff label and its colon before a list (评估师：某某、某某): every item is a person, a name
#: without a Han surname (a Dai or a Yi name) included
_STAFF_LIST = re.compile(rf"(?:^|(?<=[\s\u3000，,；;:：]))[{_CJK}]{{0,4}}(?:师|员|医生|护士)"
                         rf"[ \t\u3000]*[:：][ \t\u3000]*(?P<l>[{_CJK}]{{2,6}}(?:·[{_CJK}]{{2,6}})?"
                         rf"(?:、[{_CJK}]{{2,6}}?(?:·[{_CJK}]{{2,6}})?)+)(?=[ \t\u3000\n，,。；;]|$)", re.M)
#: the characters a staff list's item holding is no name: a function word, a clinical or a unit's
_NOT_IN_STAFF_NAME = frozenset("的了着过吗呢吧么啊是有为被把对不没无未非否已在于及或和与等诉述称说"
                               "病症炎痛癌瘤疹疮科室院部床号次周年时分岁药片针班组")
#: a person field whose value is a name, whatever its characters (a minority name has no surname)
_PERSON_LABEL = re.compile(
    rf"(?:责任护士|值班护士|主管护士|责任医师|值班医生|值班医师|报告人|上报人|填报人|男方|女方|委托代理人|"
    rf"代理人|评估员|评估人|随访人|记录人|监护人|联系人|当事人)[ \t\u3000]*[:：][ \t\u3000]*"
    rf"(?P<n>[{_CJK}]{{2,6}})(?=[ \t\u3000\n（(，,。；;]|$)")
#: the patient named before the record number that says who they are
_PATIENT_BEFORE_RECORD = re.compile(
    rf"(?:患者|病人|患儿)(?P<n>(?![男女老年本其该系为于在自已现今近入既约])[{_CJK}]{{2,6}}?)"
    rf"(?=[（(](?:病案号|住院号|门诊号|病历号|ID|登记号))")
#: a relative, their name with any surname, and how they felt or what they did
_RELATIVE_BEFORE_ACT = re.compile(
    rf"(?:家属|亲属|其子|其女|其妻|其夫|儿子|女儿|丈夫|妻子|爱人|老伴|儿媳|女婿|陪护|陪同人员)"
    rf"(?P<n>[{''.join(sorted(CN_SURNAMES_AFTER_CUE))}][{_CJK}]{{1,2}}?)"
    rf"(?=情绪|激动|吵闹|辱骂|推搡|殴打|拒绝|要求|签字|表示|坚持|称|诉)")
#: an assault's act, a worker's title and a given name closing the clause
_ASSAULTED_WORKER = re.compile(rf"(?:推搡|推倒|殴打|打伤|辱骂|抓伤|咬伤|踢伤|撞伤|掌掴|威胁)"
                               rf"(?:护士|护师|医生|医师|保安|护工|保洁员)(?P<n>[{_CJK}]{{1,2}})"
                               rf"(?=[，,。；;！!\s（(]|$)")
#: characters no name's part holds here: function words, what a field holds instead, clinical
#: characters, a unit, a time
_NOT_IN_NAME = frozenset("于在从到以由与及或并且而但也都还又再已将要会能可应该必须需不没无未非否是有为被把对"
                         "的了着过吗呢吧么啊此这那该各每某另些诉述称说病症炎痛癌瘤疹疮科室院部床号次周年时分"
                         "岁药片针班组")
_NOT_NAMES = frozenset("不详 未知 同上 见上 暂无 本人 家属 亲属 女婿 儿媳 儿子 女儿 妻子 丈夫 爱人 配偶 "
                       "父亲 母亲 孙子 孙女 外孙 哥哥 姐姐 弟弟 妹妹 老伴 朋友 同事 邻居 患者 病人 "
                       "医生 护士 医师 保安 "
                       "签字 签名 拒绝 同意 正常 体健 健康 健在 已故".split())
_CLINICAL = tuple(w for w in CLINICAL_TERMS_ZH if len(w) >= 2)
#: the gap between a table's cells
_GAP = re.compile(r"[ \t\u3000]{2,}|\t")
#: a cell that may hold a name: Chinese characters only, a minority name with its dot
_NAME_CELL = re.compile(rf"[{_CJK}]{{2,6}}(?:·[{_CJK}]{{2,6}})?")


def _word(text: str, start: int, value: str) -> bool:
    """Whether a value names no one: a known word, a state, a clinical term or a character no
    name's part holds."""
    return value in _NOT_NAMES or value in STATE_WORDS or text.startswith(STATE_STARTS, start) \
        or text.startswith(CN_NAME_STOP_WORDS, start) or any(w in value for w in _CLINICAL) \
        or any(c in _NOT_IN_NAME for c in value)


def _han_name(value: str) -> bool:
    """A surname and one or two characters."""
    given = value[2:] if value[:2] in CN_COMPOUND_SURNAMES else value[1:]
    return value[0] in CN_SURNAMES_AFTER_CUE and 1 <= len(given) <= 2


def _listed(text: str, m: re.Match[str]) -> list[PhiSpan]:
    items, at = [], m.start("l")
    for item in m.group("l").split("、"):
        items.append((at, item))
        at += len(item) + 1
    if any(_word(text, start, item.replace("·", "")) for start, item in items) \
            or not any(_han_name(item) for _, item in items) \
            or not all(_han_name(item) or len(item) >= 3 for _, item in items):
        return []
    return [PhiSpan(start, start + len(item), "name") for start, item in items]


def _staff_listed(text: str, m: re.Match[str]) -> list[PhiSpan]:
    items, at = [], m.start("l")
    for item in m.group("l").split("、"):
        items.append((at, item))
        at += len(item) + 1
    if not any(_han_name(item) for _, item in items):  # one Han name says the list is of people
        return []
    for start, item in items:
        value = item.replace("·", "")
        if value in _NOT_NAMES or value in STATE_WORDS or text.startswith(STATE_STARTS, start) \
                or text.startswith(CN_NAME_STOP_WORDS, start) or any(w in value for w in _CLINICAL) \
                or any(c in _NOT_IN_STAFF_NAME for c in value):
            return []
    return [PhiSpan(start, start + len(item), "name") for start, item in items]


def find_person_lists(text: str) -> list[PhiSpan]:
    """Name spans of the forms in the module docstring (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _PERSON_LIST.finditer(text):
        out += _listed(text, m)
    for m in _STAFF_LIST.finditer(text):
        out += _staff_listed(text, m)
    for rx in (_PERSON_LABEL, _PATIENT_BEFORE_RECORD, _RELATIVE_BEFORE_ACT, _ASSAULTED_WORKER):
        for m in rx.finditer(text):
            if not _word(text, m.start("n"), m.group("n")):
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out


def _rows(text: str) -> list[list[list[tuple[int, str]]]]:
    """The blocks of three or more consecutive lines of as many cells (three or more), each
    row's cells as ``(offset in text, cell)``."""
    blocks: list[list[list[tuple[int, str]]]] = []
    block: list[list[tuple[int, str]]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        cells, pos = [], 0
        body = line.rstrip("\r\n")
        for part in _GAP.split(body):
            at = body.find(part, pos) if part else pos
            if part.strip():
                lead = len(part) - len(part.lstrip())
                cells.append((offset + at + lead, part.strip()))
            pos = at + len(part)
        if len(cells) >= 3 and (not block or len(block[-1]) == len(cells)):
            block.append(cells)
        else:
            if len(block) >= 3:
                blocks.append(block)
            block = [cells] if len(cells) >= 3 else []
        offset += len(line)
    if len(block) >= 3:
        blocks.append(block)
    return blocks


def extend_name_columns(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The other name-shaped cells of a headerless table's column of found names (module
    docstring).

    Args:
        text: the note.
        spans: the spans found so far.
    """
    named = {(s.start, s.end) for s in spans if s.category == "name"}
    out: list[PhiSpan] = []
    for block in _rows(text):
        for column in range(len(block[0])):
            cells = [row[column] for row in block]
            found = sum((at, at + len(cell)) in named for at, cell in cells)
            if found < 2 or 2 * found < len(cells):
                continue
            out += [PhiSpan(at, at + len(cell), "name") for at, cell in cells
                    if (at, at + len(cell)) not in named and _NAME_CELL.fullmatch(cell)
                    and not _word(text, at, cell.replace("·", ""))]
    return out
