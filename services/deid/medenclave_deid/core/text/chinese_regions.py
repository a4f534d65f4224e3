"""Hong Kong's, Taiwan's and Macau's identifiers and dates in Chinese notes (read in the notes'
simplified view, :mod:`~medenclave_deid.core.text.traditional_view`, so in simplified characters).

* Hong Kong identity card numbers: one or two letters, six digits and a check digit in brackets
  (``A123456(3)``; mod 11, ``A`` for ten); without the brackets only when the check holds;
* Taiwan's national identification numbers (a letter, ``1`` or ``2``, eight digits; checksum) and
  resident certificates (``[A-Z][89]`` new, two letters old);
* Macau's resident identity card numbers: ``1``, ``5`` or ``7``, six digits, a check in brackets;
* Republic of China (民国) dates: ``民国65年3月2日``, ``110年9月16日``, ``110/09/16``;
* Hong Kong's public clinics: ``…普通科门诊（诊所）``, ``…健康中心``, ``…母婴健康院``;
* Hong Kong's addresses: a region (九龙, 新界, 香港) and the run to the flat (…邨…楼12楼05室);
* names in the record slots of Hong Kong's and Taiwan's forms (记录：张大贤, 审核：…) and a name
  with 家 for a given name before a title (许家宏医师): 家 ends a name elsewhere (患者家属).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.lexicon import cn_surname_pattern
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_regional_phi"]

_HKID = re.compile(
    r"(?<![A-Za-z0-9])(?P<l>[A-Z]{1,2})(?P<d>\d{6})\s?(?:[（(]\s?(?P<c>[0-9A])\s?[)）]|(?P<b>[0-9A]))"
    r"(?![A-Za-z0-9])"
)
_TWID = re.compile(r"(?<![A-Za-z0-9])[A-Z][1289]\d{8}(?![A-Za-z0-9])")
_OLD_ARC = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-D]\d{8}(?![A-Za-z0-9])")
_MACAU = re.compile(r"(?<![A-Za-z0-9])[157]\d{6}\s?[（(]\d[)）]")
_TW_LETTER = dict(zip("ABCDEFGHJKLMNPQRSTUVXYWZIO", range(10, 36), strict=True))
_M = r"(?:0?[1-9]|1[0-2])"
_D = r"(?:0?[1-9]|[12]\d|3[01])"
_ROC = re.compile(
    rf"(?:中华)?民国\s?\d{{1,3}}\s?年\s?{_M}\s?月(?:\s?{_D}\s?[日号])?"
    rf"|(?<![\d./-])1[01]\d年{_M}月{_D}[日号]"
    rf"|(?<![\d./:-])1[01]\d(?P<s>[/.-]){_M}(?P=s){_D}(?![\d./:-])"
    rf"|(?<=民国)\s?\d{{1,3}}\s?[/.-]\s?{_M}\s?[/.-]\s?{_D}(?![\d.])"
)
_STOP = (
    "因于在的了与及是为被等自来入出到行诉经由就将把对从向已曾均也并但而又或即患至转往赴诊住收送"
    "，。、；：:,.（）() \n"
)
_CLINIC = re.compile(
    rf"[^{re.escape(_STOP)}\W\d]{{2,14}}?(?:普通科门诊(?:诊所)?|(?:社区|长者)健康中心"
    rf"(?:普通科门诊(?:诊所)?)?|母婴健康院|健康院|卫生中心)"
)

_HK_ADDRESS = re.compile(
    r"(?:香港|九龙|新界|港岛|离岛)[^\s，。；,;、：:（）()]{2,30}(?:\d+\s?[楼号室座]|[邨苑])"
    r"(?:[A-Z](?![A-Za-z]))?"
)
_SURNAME = cn_surname_pattern()
_BOUND = r"(?=[\s，。；,;)）(（、]|$)"
_SLOT_NAME = re.compile(
    rf"(?:记录|纪录|签署|审核|覆核|复核|核对|判读|负责医生|负责护士|主理医生|当值医生)"
    rf"\s*[:：]\s*"
    rf"(?P<n>{_SURNAME}[\u4e00-\u9fa5]{{1,2}}){_BOUND}"
)
_TITLED = re.compile(rf"(?P<n>{_SURNAME}家[\u4e00-\u9fa5])(?=医师|医生|护士|姑娘|教授|主任|药师|治疗师)")

_NUM8 = r"(?:\+?85[23][- ]?|[（(]85[23][)）]\s?)?[2-9]\d{3}[- ]?\d{4}(?!\d)"
#: a phone by Hong Kong's or Macau's code (+852, (853)), Taiwan's (+886 9xx …), or after a word
#: that says to call it (请致电 2345 6789 或 9876 5432)
_PHONES = re.compile(
    r"(?<![\d+])(?:\+?85[23][- ]?|[（(]85[23][)）]\s?)\d{4}[- ]?\d{4}(?!\d)"
    r"|(?<![\d+])\+?886[- ]?\d{1,2}[- ]?\d{3,4}[- ]?\d{3,4}(?!\d)"
)
_CALL = re.compile(
    rf"(?:致电|拨打|电话|联络|联系|手机)[^\d\n]{{0,6}}?(?<![\d+])(?P<p>{_NUM8})"
    rf"(?:\s*(?:或|/|、|及|或者)\s*(?P<q>{_NUM8}))?"
)
#: Mr and Mrs by the surname alone in Hong Kong (陈生今早复诊): the surname, where 生 ends a word
_MR = re.compile(
    rf"(?<![\u4e00-\u9fa5])(?P<n>(?!卫|花|余|毕|双|学|医|新|先|终|一){_SURNAME})生"
    r"(?=[，。、；：:\s]|表示|称|诉|同意|陪同|今|昨|已|于|在|的|及|和|与)"
)
#: Taiwan's hospitals by their short names (林口长庚, 北荣, 高医) where a place of care stands
_TW_SHORT = re.compile(
    r"(?<=[于至在到往转及、和与])(?:林口|高雄|基隆|嘉义|土城|桃园|台北|台中|花莲|大林|新竹|云林)?"
    r"(?:长庚|北荣|中荣|高荣|台大|北医|高医|中国医|成大|马偕|慈济|奇美|亚东|彰基|万芳|双和|三总|新光)"
    r"(?=[及、，。和与；\s]|就|住|急|门|医|转|看|求|治|复|追)"
)


def _hkid_ok(letters: str, digits: str, check: str) -> bool:
    values = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters] + [int(d) for d in digits]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    want = (11 - total % 11) % 11
    return check == ("A" if want == 10 else str(want))


def _twid_ok(number: str) -> bool:
    first = _TW_LETTER[number[0]]
    weights = (8, 7, 6, 5, 4, 3, 2, 1, 1)
    total = first // 10 + first % 10 * 9 + sum(int(d) * w for d, w in zip(number[1:], weights, strict=True))
    return total % 10 == 0


def find_regional_phi(text: str) -> list[PhiSpan]:
    """Hong Kong, Taiwan and Macau identity numbers, 民国 dates and Hong Kong's clinics."""
    out: list[PhiSpan] = []
    for m in _HKID.finditer(text):
        if m.group("c") or _hkid_ok(m.group("l"), m.group("d"), m.group("b")):
            out.append(PhiSpan(m.start(), m.end(), "id_card"))
    for m in _TWID.finditer(text):
        if _twid_ok(m.group(0)):
            out.append(PhiSpan(m.start(), m.end(), "id_card" if m.group(0)[1] in "12" else "other_id"))
    out.extend(PhiSpan(m.start(), m.end(), "other_id") for m in _OLD_ARC.finditer(text))
    out.extend(PhiSpan(m.start(), m.end(), "id_card") for m in _MACAU.finditer(text))
    out.extend(PhiSpan(m.start(), m.end(), "date") for m in _ROC.finditer(text))
    out.extend(
        PhiSpan(m.start(), m.end(), "hospital")
        for m in _CLINIC.finditer(text)
        if not m.group(0).startswith(("社区", "长者", "母婴"))
    )
    out.extend(PhiSpan(m.start(), m.end(), "address") for m in _HK_ADDRESS.finditer(text))
    for m in _CALL.finditer(text):
        out.extend(PhiSpan(m.start(g), m.end(g), "phone") for g in ("p", "q") if m.group(g))
    out.extend(PhiSpan(m.start(), m.end(), "phone") for m in _PHONES.finditer(text))
    out.extend(PhiSpan(m.start(), m.end(), "hospital") for m in _TW_SHORT.finditer(text))
    for rx in (_SLOT_NAME, _TITLED, _MR):
        out.extend(PhiSpan(m.start("n"), m.end("n"), "name") for m in rx.finditer(text))
    return out
