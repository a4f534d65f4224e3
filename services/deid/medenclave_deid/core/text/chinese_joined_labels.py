"""Chinese form fields read by the family of their label rather than by their value's shape.

* **two labels joined in one field** (``用人单位／平台站点：…``, ``工作单位或学校：…``,
  ``家长/监护人：…``, ``现住址、通讯地址：…``): when one part (or both) belongs to a family of
  labels — a unit (…单位, 公司, 学校, 站点, 网点, 雇主), a person (姓名, 家长, 监护人, 联系人,
  …人, 家属), an address (…地址, 住址, 居住地) or a hospital (…医院, 医疗机构) — and no part
  belongs to another family, the whole value up to the field's end is that family's identifier;
  a part that asks for a job, a post, a relation or a number (``工作单位／职务：``,
  ``联系人/电话：``) leaves the field alone, the value mixing two things;
* **a person label's value** (``家长：曲比阿果``, ``家长：库一鸣``, ``患儿：那日苏（妞妞）``): the
  two to six characters that fill the field up to its end are a name whatever the surname (a
  minority name has none, a rare surname is on no list), so long as they are no word a field holds
  instead (本人, 不详, 同意, a kinship word, a clinical term);
* **one character and a title after a label's colon** (``审核：扎主任``, ``签名：尉医生``): the
  character is a surname, whatever list it is missing from; the words a title completes
  (科主任, 副主任, 班主任, 女医生) are not.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_forms import STATE_STARTS, STATE_WORDS
from medenclave_deid.core.text.chinese_names import CN_NAME_STOP_WORDS
from medenclave_deid.core.text.chinese_rare_name_slots import TRANSLIT_CHARS
from medenclave_deid.core.text.lexicon import CLINICAL_TERMS_ZH
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_joined_label_values", "joined_label_parts"]

_HAN = "\u4e00-\u9fa5"
_GAP = r"[ \t\u3000]*"
_GLOSS = r"(?:[（(][^（()）\n:：|]{1,10}[)）])?"
_FIELD_START = r"(?:(?<=^)|(?<=\n)|(?<=[|｜])|(?<=[ \t\u3000，,；;。]))"
#: a field's value: up to a single ideographic space, a double space, a cell's bar or a clause mark
_VALUE = (
    r"(?P<v>[^\s|｜，,；;。:：](?:[^\n|｜，,；;。:：\u3000]*?[^\s|｜，,；;。:：])?)"
    r"(?=[ \t\u3000]{2}|\u3000|[ \t]*[|｜\n，,；;。]|$)"
)
_JOINED = re.compile(
    rf"{_FIELD_START}(?P<a>[{_HAN}]{{2,8}}?)(?:[/／、]|或|及|和|与)(?P<b>[{_HAN}]{{2,8}}?){_GLOSS}{_GAP}[:：]"
    rf"{_GAP}{_VALUE}",
    re.M,
)
#: the families of a label's part, told by its ending
_FAMILIES = (
    (
        "other",
        re.compile(
            r"(?:职务|职业|职位|岗位|职称|部门|工种|科室|专业|年级|班级|关系|电话|手机|号码|方式|"
            r"邮箱|编号|号|证号|日期|时间|性别|年龄|民族|籍贯|学历|签名|签字|盖章|公章|邮编)$"
        ),
    ),
    ("hospital", re.compile(r"(?:医院|医疗机构|就诊机构|卫生院|诊所|卫生服务中心)$")),
    (
        "workplace",
        re.compile(
            r"(?:单位|公司|学校|院校|雇主|站点|网点|平台|企业|商户|门店|厂家|幼儿园|营业部)(?:名称)?$"
        ),
    ),
    ("address", re.compile(r"(?:地址|住址|住所|居住地|暂住地|户籍地|居所|现住地)$")),
    (
        "name",
        re.compile(
            r"(?:姓名|家长|监护人|联系人|家属|亲属|代理人|委托人|陪同人|陪护人|患者|患儿|病人|"
            r"申请人|报告人|当事人|受检者|伤者)$"
        ),
    ),
)
_NO_VALUE = re.compile(r"^(?:无|不详|暂无|未填|同上|见上|本人|个体|否|待业|退休|务农|学生|无业|—+|-+|/)$")
#: a person's label standing alone before its colon
_PERSON_LABEL = (
    r"(?:紧急联系人|联系人|家长|监护人|法定代理人|代理人|委托人|陪同家属|陪同人|陪护人|家属|患儿|患者|病人|"
    r"姓名|伤者|孕妇|产妇|受检者|父亲|母亲|配偶|丈夫|妻子)(?:姓名)?"
)
_PERSON_FIELD = re.compile(
    rf"{_FIELD_START}(?P<l>{_PERSON_LABEL}){_GAP}[:：]{_GAP}(?P<n>[{_HAN}]{{2,6}}?)"
    # the field's end: a form's gap, the line's end, a bracket, a phone's label (no clause goes on)
    rf"(?=[ \t\u3000]{{2}}|\u3000|[ \t]*\n|[（(]|电话|手机|联系电话|$)",
    re.M,
)
_ALIAS_AFTER = re.compile(rf"[（(](?:小名|乳名)?[:：]?[{_HAN}]{{2,3}}[)）]")
#: what a person's field holds when it names no one
_NOT_NAMES = frozenset(
    "不详 未知 同上 见上 暂无 本人 自己 家属 亲属 父母 女婿 儿媳 儿子 女儿 妻子 丈夫 爱人 配偶 父亲 "
    "母亲 孙子 孙女 外孙 哥哥 姐姐 弟弟 妹妹 老伴 朋友 同事 邻居 患者 病人 患儿 医生 护士 医师 保安 "
    "签字 签名 拒绝 同意 不同意 正常 体健 健康 健在 已故 男孩 女孩 男婴 女婴 新生儿 早产儿 婴儿 幼儿 "
    "小儿 男性 女性 老人 成人 学生 儿童 孕妇 产妇 外籍 无名氏 未填 缺席 在场 到场".split()
)
#: characters no name's part after the first holds (function words, units, clinical ones)
_NOT_IN_GIVEN = frozenset(
    "于在从到以由与及或并且而但也都还又再已将要会能可应该必须需不没无未非否是有为被把对"
    "的了着过吗呢吧么啊此这那该各每某另些诉述称说病症炎痛癌瘤疹疮科室院部床号次周年时分"
    "岁药片针班组性"
)
_NOT_FIRST = frozenset(
    "于在从到以由与及或并且而但也都还又再已将要会能可应该必须需不没无未非否是有为被把对"
    "的了着过此这该各每某另些男女本其系现左右双"
)
_CLINICAL = tuple(w for w in CLINICAL_TERMS_ZH if len(w) >= 2)
_TITLE = (
    r"(?:副主任医师|主任医师|主治医师|主任|医生|医师|大夫|教授|护士长|护士|老师|院长|科长|药师|技师|治疗师)"
)
_TITLED_INITIAL = re.compile(
    rf"(?<=[:：])[ \t\u3000]*(?P<n>[{_HAN}]){_TITLE}(?=[ \t\u3000，,。；;、）)\n]|$)", re.M
)
#: characters that make a word with the title after them (科主任, 副主任, 班主任, 女医生, 总护士长)
_TITLE_WORDS = frozenset(
    "科副正总主班系室部处院组所站队局厅办中男女各某本该原前现新老小大执专兼护医技药责值"
    "住见实进规带轮管代驻校村乡"
)


def _name_like(text: str, start: int, value: str) -> bool:
    # 阿说木呷, 库尔班, 沙马拉且: the characters of a transliterated name say a name (one other in four)
    if len(value) >= 3 and sum(c not in TRANSLIT_CHARS for c in value) <= (len(value) >= 4):
        return value not in _NOT_NAMES and not any(w in value for w in _CLINICAL)
    return (
        value not in _NOT_NAMES
        and value not in STATE_WORDS
        and not text.startswith(STATE_STARTS, start)
        and not text.startswith(CN_NAME_STOP_WORDS, start)
        and value[0] not in _NOT_FIRST
        and not set(value[1:]) & _NOT_IN_GIVEN
        and not any(w in value for w in _CLINICAL)
    )


def _family(part: str) -> str | None:
    return next((name for name, rx in _FAMILIES if rx.search(part)), None)


def _joined(text: str) -> list[PhiSpan]:
    out = []
    for m in _JOINED.finditer(text):
        families = {f for f in (_family(m["a"]), _family(m["b"])) if f is not None}
        if len(families) != 1 or "other" in families:
            continue
        family, value, start = families.pop(), m["v"], m.start("v")
        if _NO_VALUE.match(value) or not any(ch.isalpha() for ch in value):
            continue
        if family == "name":
            name = re.match(rf"[{_HAN}·]{{2,8}}|[A-Za-z][A-Za-z .'-]*[A-Za-z]", value)
            if name is None or (name[0][0] != "·" and not _name_like(text, start, name[0].replace("·", ""))):
                continue
            out.append(PhiSpan(start, start + len(name[0]), "name"))
        else:
            out.append(PhiSpan(start, m.end("v"), family))
    return out


def joined_label_parts(text: str) -> set[tuple[int, int]]:
    """The ``(start, end)`` of each part of a joined label that belongs to a family
    (``平台站点`` in ``用人单位／平台站点：``): a label, never a unit or a hospital itself."""
    return {(m.start(g), m.end(g)) for m in _JOINED.finditer(text) for g in "ab" if _family(m[g])}


def find_joined_label_values(text: str) -> list[PhiSpan]:
    """Workplace, hospital, address and name spans of the module docstring (overlaps not yet
    resolved).

    Args:
        text: the note.
    """
    out = _joined(text)
    for m in _PERSON_FIELD.finditer(text):
        value = m["n"]
        if len(re.findall(rf"{m['l']}{_GAP}[:：]", text)) >= 2:
            continue  # 家属：…  产妇：…: a transcript's speaker or a log's heading, not a form's field
        # a pet name in brackets after it (患儿：那仁满都（豆豆）) says the value is the full name
        aliased = _ALIAS_AFTER.match(text, m.end("n")) is not None and value not in _NOT_NAMES
        if aliased or _name_like(text, m.start("n"), value):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    out += [
        PhiSpan(m.start("n"), m.end("n"), "name")
        for m in _TITLED_INITIAL.finditer(text)
        if m["n"] not in _TITLE_WORDS
    ]
    return out
