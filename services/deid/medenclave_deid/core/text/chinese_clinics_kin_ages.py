"""Clinics named by a local body's short name, staff and partners named alone, spoken ages.

* **a local body's clinic** (``区疾控中心职业病门诊``, ``门诊：县妇幼儿保门诊``): an administrative
  level (省 市 区 县 镇 乡) and a short institution (疾控中心, 妇幼, 妇保院, 中医院, 人民医院, 卫生院 …)
  run on into a clinic's own name up to 门诊 or 诊室, as a letterhead or a 门诊 field's value; the
  body alone (县医院, 已上报市疾控中心) and its plain 门诊 (县医院门诊) stay: many towns have one.
* **a name before a staff title** (``宣教：武晓燕康复治疗师``, ``核对 姜文药师``): a surname and one or
  two given characters after a colon or a space, then the title (呼吸治疗师, 康复治疗师, 药师, 技师 …);
  a title's own first word (康复治疗师, 主管药师) is no name.
* **a partner's given name alone** (``性伴：志强（男友）``, ``伴侣：娜（配偶）``) before the relation in
  brackets; 性伴：无（单身）, 固定（配偶） stay.
* **a parent's given name after 家长** (``家长琳签字``, ``家长建华现场签名``); 家长已签字, 家长本人签字 stay.
* **an age over 89 the patient says** (``老人说“我93了”``, ``我今年95岁了``,
  ``我爸九十七了``, ``奶奶都一百零一啦``): 90 to 120, in figures or words, after who speaks.
* **a name in capitals beside the Chinese one** (``NAME ZHANG SAN``, ``拼音：LI XIAOMING``).
* **a work unit in a two-column table row** (``| 用人单位 | 某某物业 |``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_clinics_kin_ages"]

_HAN = "\u4e00-\u9fa5"
_LEVEL = r"[省市区县镇乡]"
_BODY = (
    r"(?:疾控中心|疾病预防控制中心|妇幼保健院|妇幼保健所|妇幼|妇保院|妇保|中医院|人民医院|中心医院|医院|"
    r"卫生院|社区卫生服务中心|卫生服务中心|血站|结防所|结核病防治所|皮防所|精防院|精神卫生中心|CDC)"
)
_CLINIC = re.compile(
    rf"(?<![{_HAN}])(?P<h>{_LEVEL}(?:第[一二三四五六七八九十]+)?{_BODY}"
    rf"[{_HAN}A-Za-z0-9]{{1,10}}?(?:门诊部|门诊|诊室))(?![{_HAN}])"
)
_STAFF_TITLE = (
    r"(?:呼吸治疗师|康复治疗师|物理治疗师|作业治疗师|言语治疗师|治疗师|主管药师|临床药师|药师|主管技师|技师)"
)
_COMPOUND = "|".join(sorted(CN_COMPOUND_SURNAMES, key=len, reverse=True))
_SURNAME = "".join(sorted(CN_SURNAMES))
_NAME_TITLE = re.compile(
    rf"(?:(?<=[:：\s\u3000])|^)(?P<n>(?:{_COMPOUND})[{_HAN}]{{1,2}}?|[{_SURNAME}][{_HAN}]{{1,2}}?)"
    rf"{_STAFF_TITLE}(?=[\s\u3000，,。；;（(）)]|$)",
    re.M,
)
#: the first words of a title or a duty, not a name (康复治疗师, 主管药师, 临床药师, 责任技师)
_NOT_STAFF_NAME = re.compile(
    r"^(?:康复|呼吸|物理|作业|言语|主管|临床|执业|中药|西药|责任|专职|值班|带教|主任|副主任|"
    r"由|请|经|并|及|和|与|或|的|为|是|向|告知|通知|联系|咨询|指导)"
)
_PARTNER_KIN = (
    r"(?:男友|女友|男朋友|女朋友|前男友|前女友|配偶|丈夫|妻子|爱人|未婚夫|未婚妻|同居者?|"
    r"固定性伴|临时性伴|网友|同性伴侣|伴侣)"
)
_PARTNER = re.compile(
    rf"(?:性伴侣?|伴侣|对象|性接触者)\s*[:：]\s*(?P<n>[{_HAN}]{{1,3}})[（(]{_PARTNER_KIN}[)）]"
)
_NOT_PARTNER = frozenset(
    "无 不详 未知 固定 临时 多个 多名 一名 一人 同性 异性 偶遇 网友 不固定 拒答 拒绝 未提供 单身 "
    "男 女 男性 女性 其 某".split()
)
_PARENT = re.compile(rf"家长(?P<n>[{_HAN}]{{1,2}}?)(?=(?:现场|当场|当面|已)?(?:签字|签名|签署|确认签))")
#: a word after 家长 that says how or who signs, not a name
_NOT_PARENT_START = frozenset("已未本均同知现当亲自代表签陪在需拒不要及并也都另双一二或与和的意监于须请")
#: who says an age in speech: the speaker, a parent or grandparent of his, the old person
_SPEAKER = (
    r"(?:(?:我|俺|他|她)(?:爸|妈|父亲|母亲|爷爷|奶奶|姥姥|姥爷|外公|外婆|老伴|婆婆|公公|家老人|家老爷子|家老太太)?"
    r"|老人家?|老爷子|老太太|爷爷|奶奶|姥姥|姥爷|外公|外婆)"
)
#: 90 to 120 in figures or in words (九十六, 一百零三, 一百一十)
_SPOKEN_NUMBER = (
    r"(?<![0-9])(?:9\d|1[01]\d|120)(?![0-9])|九十[一二三四五六七八九]?"
    r"|一?百(?:零[一二三四五六七八九]|一十[一二三四五六七八九]?|[一二]十)?"
)
_SPOKEN_AGE = re.compile(
    rf"{_SPEAKER}(?:今年|都已经|已经都|都快|可都|早就|已经|都|已|快|也)?(?P<v>{_SPOKEN_NUMBER})"
    r"(?:岁|周岁)?多?(?:了|啦)"
)
_ROMAN_NAME = re.compile(
    r"(?:(?<![A-Za-z])NAME|拼音(?:姓名)?|姓名拼音|英文(?:姓)?名)[ \t\u3000]*[:：]?[ \t\u3000]*"
    r"(?P<n>[A-Z][A-Za-z]{0,11}(?:[ ,]{1,2}[A-Z][A-Za-z]{0,11}){1,2})(?![A-Za-z])"
)
_UNIT_ROW = re.compile(
    r"[|｜][ \t\u3000]*(?:工作单位|用人单位|派出单位|单位名称|所在单位|就职单位)[ \t\u3000]*[|｜][ \t\u3000]*"
    rf"(?P<v>[{_HAN}A-Za-z0-9（）()·]{{2,30}}?)[ \t\u3000]*(?=[|｜])"
)
_NOT_UNIT = re.compile(r"^(?:无|不详|未知|个体|务农|退休|待业|无业|学生|自由职业|家务|/|-|—)")


def find_clinics_kin_ages(text: str) -> list[PhiSpan]:
    """Spans of the shapes of the module's description (overlaps not yet resolved).

    Args:
        text: the note (half-width digits and colons).
    """
    out: list[PhiSpan] = []
    out.extend(PhiSpan(m.start("h"), m.end("h"), "hospital") for m in _CLINIC.finditer(text))
    for m in _NAME_TITLE.finditer(text):
        if not _NOT_STAFF_NAME.match(text, m.start("n")):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _PARTNER.finditer(text):
        if m.group("n") not in _NOT_PARTNER:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _PARENT.finditer(text):
        if m.group("n")[0] not in _NOT_PARENT_START:
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    out.extend(
        PhiSpan(m.start("v"), m.end("v"), "age")
        for m in _SPOKEN_AGE.finditer(text)
        if not m.group("v").isdigit() or int(m.group("v")) > 89
    )
    out.extend(PhiSpan(m.start("n"), m.end("n"), "name") for m in _ROMAN_NAME.finditer(text))
    for m in _UNIT_ROW.finditer(text):
        if not _NOT_UNIT.match(m.group("v")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "workplace"))
    return out
