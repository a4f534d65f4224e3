"""Insurance numbers in Chinese notes, whatever the scheme, the label and the number's shape.

A Chinese hospital document names a patient's cover by many schemes and many labels: 医保卡号,
社保卡号, 社会保障卡号, 医保个人编号, 参保人员编号, 参保号, 医保电子凭证号, 医保码, 城乡居民医保号,
新农合证号, 合作医疗证号, 商业保险保单号, 保单号, 工伤保险个人编号, 生育保险编号, 医疗救助证号,
公费医疗证号, 异地就医备案号, 长护险编号. :data:`INSURANCE_LABEL` is that family: a scheme word
(医保, 社保, 新农合, 工伤保险, 保单 …), an optional whose-or-what word (个人, 人员, 电子凭证, 备案,
证) and a number word (卡号, 编号, 证号, 号码, 码). The number after it is read in any shape: plain
digits, digits in groups (``3301 0288 7654``, ``4401-0600-1234``), a region's letters first
(``GD4401060012``, ``HZ 0367 015681``), one letter and eight digits (the card's own number), a
policy's letters and year (``PICC2023…``), an 18-character 身份证-shaped card number; between label
and number a colon, a pipe (``| 医保个人编号 | 3301 0288 7654 |``), a tab, a bracket, an English
gloss (``医保卡号(Insurance No.)：``) or nothing.

Also read:

* a paired label (``医保类型/卡号：职工医保/1101052233``): the number is the value after the slash
  under the number word;
* a scheme's field whose value is the scheme and then its number with no number word
  (``医保：职工 3301 0288 7654``, ``费用类别：新农合（341226001234501）``).

A drug's national insurance code (医保编码, 医保代码 of a drug list) names no patient: bare 医保
with 编码 / 代码 is not a label here; a number needs at least four digits (six after a scheme with no
number word), and a sum of money (医保：职工 3200.00元) or a date is none.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["INSURANCE_LABEL", "find_insurance_numbers"]

#: a scheme of cover (the insurer's own word, with the population it serves)
_SCHEME = (
    r"(?:城乡居民|城镇职工|城镇居民|职工|居民|省直|市直|异地|基本|个人)?"
    r"(?:社会保障|社会保险|基本医疗保险|医疗保险|医疗保障|医保|社保|新型农村合作医疗|新农合|合作医疗|农合|"
    r"商业保险|商业医疗保险|商保|工伤保险|生育保险|长期护理保险|长护险|大病保险|惠民保|医疗救助|公费医疗|"
    r"异地就医备案|异地就医|电子医保|参保人员|参保人|参保|参合|保险|医疗)"
)
#: whose number or which document of the scheme
_WHAT = r"(?:个人账户|个人|人员|账户|电子凭证|保单|备案|登记|认定|电脑|识别|卡|证|手册)?"
#: the number's word
_NUMBER_WORD = (
    r"(?:卡号码|卡号|单号|号码|证号|证编号|编号|识别号|识别码|凭证号|备案号|登记号|电脑号|账号|号|码|ID)"
)
#: the family of insurance-number labels (also a column's header); schemes may share the number
#: word (医保/社保号, 医保、新农合卡号)
INSURANCE_LABEL = (
    rf"(?:(?:{_SCHEME}[/／、])*{_SCHEME}{_WHAT}{_NUMBER_WORD}|(?:{_SCHEME})?保单{_NUMBER_WORD}?|{_SCHEME}电子凭证|"
    rf"{_SCHEME}(?:卡|证))"
)
#: a number: a province's character or letters first, then letters and digits in groups
_VALUE = (
    r"(?P<v>(?:[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][-·]?)?"
    r"[A-Za-z0-9](?:[A-Za-z0-9]|[-/·.](?=[A-Za-z0-9])| (?=[A-Za-z]{0,3}\d{2,}(?![A-Za-z])))*)"
    r"(?![A-Za-z0-9]|\s*[年月日岁次天床楼层室元个人])"
)
#: what may stand between a label and its number
_GAP = (
    r"[ \t\u3000]*(?:[(（](?:[A-Za-z .]{2,24}|[\u4e00-\u9fa5]{1,6})[)）])?"
    r"[ \t\u3000]*(?:为|是)?[ \t\u3000]*[:：=#|｜】\]\-—（(]?[ \t\u3000|｜]*"
    r"(?:NO\.?|No\.?|no\.?|№)?[ \t\u3000]*"
)
_LABELLED = re.compile(rf"(?:{INSURANCE_LABEL})(?<!医保编码)(?<!医保代码){_GAP}{_VALUE}")
#: ``医保类型/卡号：职工医保/1101052233``: a pair of labels, the number under the second
_PAIRED = re.compile(
    rf"(?:{_SCHEME}|参保)(?:类型|类别|性质|种类|地)[/／](?:{_SCHEME})?{_WHAT}{_NUMBER_WORD}[ \t]*[:：][ \t]*"
    rf"[^\s/／\d]{{1,12}}[ \t]*[/／][ \t]*{_VALUE}"
)
#: ``医保：职工 3301 0288 7654``, ``费用类别：新农合（341226…）``: the scheme, then its number
_SCHEME_THEN_NUMBER = re.compile(
    rf"(?:{_SCHEME}|费用类别|费别|付费方式|医疗付费方式|支付方式|参保类型|险种)(?:类型|类别)?"
    r"[ \t]*[:：][ \t]*"
    rf"[^\s\d:：，。；|]{{0,14}}(?:{_SCHEME}|职工|居民|自费)[ \t]*[（(]?[ \t]*{_VALUE}"
)


#: a date after a scheme's field (参保类型：职工 2019.01.05) is the other rules' date
_DATE = re.compile(r"(?:19|20)\d\d[-/.]\d{1,2}(?:[-/.]\d{1,2})?")
#: a sum after a scheme's field (医保：统筹支付 3200.00元) is no number of anyone's
_MONEY = re.compile(r"[.,\d]*\s*(?:元|万|%|％)")


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def find_insurance_numbers(text: str) -> list[PhiSpan]:
    """Spans of insurance numbers after a label of the family (see the module's description)."""
    out: list[PhiSpan] = []
    for rx, fewest in ((_LABELLED, 4), (_PAIRED, 4), (_SCHEME_THEN_NUMBER, 6)):
        for m in rx.finditer(text):
            value = m.group("v").rstrip(".-/·")
            end = m.start("v") + len(value)
            if _digits(value) >= fewest and not _DATE.fullmatch(value) and not _MONEY.match(text, end):
                out.append(PhiSpan(m.start("v"), end, "health_plan"))
    return out
