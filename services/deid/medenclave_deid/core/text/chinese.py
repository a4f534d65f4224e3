"""Rules that find PHI in Chinese notes (GB/T 37964-2019 identifiers: names, 身份证号, phones,
record numbers, addresses, dates, hospitals and departments)."""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import find_cue_free_names
from medenclave_deid.core.text.dates import DATE_PATTERN
from medenclave_deid.core.text.lexicon import (
    CN_CITIES,
    CN_COMPOUND_SURNAMES,
    CN_DEPARTMENTS,
    CN_NAME_GUARD,
    CN_PROVINCES,
    CN_SURNAMES,
)
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_chinese_phi", "valid_resident_id"]

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID18 = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx]"
                   r"(?![0-9A-Za-z])")
_ID15 = re.compile(r"(?<![0-9A-Za-z])[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}(?![0-9A-Za-z])")
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])")
_LANDLINE = re.compile(r"(?<![0-9])(?:\(0\d{2,3}\)|（0\d{2,3}）|0\d{2,3}-)\s?\d{7,8}(?:-\d{1,5})?(?![0-9])")
_FAX_CUE = re.compile(r"传真[^\d]{0,4}$")
_RECORD_CUES = [
    ("mrn", r"住院号|病历号|病案号|门诊号|登记号|就诊卡号|检查号|影像号|患者ID|病人ID|ID号"),
    ("health_plan", r"医保卡号|医保号|社保卡号|医疗保险号|医保账号|新农合号|保险单号"),
    ("account", r"账号|账户|银行卡号|住院流水号|结算号"),
    ("licence", r"执业证号|执业证书编号|医师资格证号|驾驶证号|护照号|军官证号"),
    ("device", r"设备序列号|序列号|设备编号|起搏器编号|植入物编号"),
    ("vehicle", r"车牌号|车牌|车辆识别代号"),
]
_RECORD_RE = [(cat, re.compile(rf"(?:{cue})\s*(?:为|是)?\s*[:：]?\s*(?P<v>[A-Za-z0-9\u4e00-\u9fa5]?[A-Za-z0-9-]{{3,}})"))
              for cat, cue in _RECORD_CUES]
_AGE = re.compile(r"(?<![0-9])(?P<v>9\d|1[0-4]\d)\s*(?:岁|周岁)")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_URL = re.compile(r"(?:https?://|www\.)[A-Za-z0-9._~:/?#@!$&'*+,;=%-]+[A-Za-z0-9/]", re.IGNORECASE)
_IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?!\.?\d)")

_CJK = "\u4e00-\u9fa5"
_SURNAME_ALT = "|".join(sorted(CN_COMPOUND_SURNAMES, key=len, reverse=True)) + "|[" + "".join(sorted(CN_SURNAMES)) + "]"
#: Characters that end a name: function words and the usual next words in a note.
_STOP = "因于在的了和与及是为被等男女年今昨自来入出到行诉无有近反经由就将把对从向已曾既均也并但而又或即患先女医主护教老同家父母儿妻夫之其系现前后诊查科院，。、；：:,.（）() \n"
_NAME_BODY = rf"(?:{_SURNAME_ALT})[^{re.escape(_STOP)}\W\d]{{1,2}}"
_NAME_BEFORE = re.compile(
    rf"(?:(?:患者|病人|姓名|患儿|家属|联系人|配偶|之子|之女|儿子|女儿|丈夫|妻子|签名|代诉人|陈述者|"
    rf"[Pp]atient|[Nn]ame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)\s*[:：]?"
    rf"|(?:医生|医师|主任|护士|主治|签字|记录者|记录人|审核|报告)\s*[:：])\s*(?P<n>{_NAME_BODY})")
_NAME_AFTER = re.compile(rf"(?P<n>{_NAME_BODY})(?=\s*(?:先生|女士|小姐|医生|医师|主任|教授|护士|护士长|"
                         rf"同志|老师|老人|阿姨|患者|[（(]?[男女][，,、)）]))")
_PROVINCE_ALT = "|".join(sorted(CN_PROVINCES + [p[:-1] for p in CN_PROVINCES if p.endswith(("省", "市"))],
                                key=len, reverse=True))
_CITY_ALT = "|".join(sorted(CN_CITIES, key=len, reverse=True))
_ADMIN = (rf"(?:[{_CJK}]{{1,6}}?(?:自治州|地区|盟|市|州))?(?:[{_CJK}]{{1,6}}?(?:新区|区|县|旗))?"
          rf"(?:[{_CJK}]{{1,6}}?(?:街道|镇|乡))?(?:[{_CJK}]{{1,6}}?(?:社区|村))?")
_STREET = (rf"(?:[{_CJK}0-9]{{1,10}}?(?:大道|大街|路|街|巷|弄|胡同|里))(?:[0-9一二三四五六七八九十]+号(?:院)?)?"
           rf"(?:[{_CJK}]{{2,8}}(?:小区|花园|公寓|大厦|新村|家园|苑))?"
           rf"(?:[0-9一二三四五六七八九十]+(?:号楼|栋|幢|单元|室|层|楼|号))*")
_ADDRESS = re.compile(
    rf"(?:(?:{_PROVINCE_ALT}){_ADMIN}(?:{_STREET})?)"
    rf"|(?:(?:{_CITY_ALT})(?:市)?(?:[{_CJK}]{{1,6}}?(?:新区|区|县))(?:[{_CJK}]{{1,6}}?(?:街道|镇|乡))?(?:{_STREET})?)")
_ADDRESS_CUED = re.compile(
    rf"(?:住址|地址|家住|现住|居住|住在|户籍)[：:]?\s*(?P<free>[{_CJK}0-9]{{2,10}}?(?:区|县|镇|乡|村|街道|路|街)"
    rf"(?:{_STREET})?)")
_CITY_ONLY = re.compile(rf"(?:(?<=来自)|(?<=[来去赴回在于住居]))(?P<v>(?:{_CITY_ALT})市?)")
_HOSP_STOP = "因于在的了与及是为被等自来入出到行诉经由就将把对从向已曾均也并但而又或即患至转往赴诊住收送，。、；：:,.（）() \n"
_HOSPITAL = re.compile(rf"[^{re.escape(_HOSP_STOP)}\W]{{2,16}}?(?:附属医院|人民医院|中心医院|中医院|医院|卫生院|"
                       rf"卫生服务中心|妇幼保健院|医学中心|诊所)")
_HOSPITAL_FALSE = ("我院", "本院", "外院", "该院", "他院", "上级医院", "当地医院", "医院")
_DEPARTMENT = re.compile("|".join(sorted(CN_DEPARTMENTS, key=len, reverse=True)))


def valid_resident_id(number: str) -> bool:
    """Whether an 18-character resident identity card number has the right check character
    (GB 11643-1999, ISO 7064 MOD 11-2).

    Args:
        number: 17 digits and a check character (digit or X).
    """
    if len(number) != 18 or not number[:17].isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(number[:17], _ID_WEIGHTS))
    return _ID_CHECK[total % 11] == number[17].upper()


def find_chinese_phi(text: str) -> list[PhiSpan]:
    """Candidate PHI spans in a Chinese note (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    add = out.append
    for m in _ID18.finditer(text):
        # an identity number with a bad check digit is still an identifier: take it as a record
        # number rather than let it through
        add(PhiSpan(m.start(), m.end(), "id_card" if valid_resident_id(m.group(0)) else "mrn"))
    for m in _ID15.finditer(text):
        add(PhiSpan(m.start(), m.end(), "id_card"))
    for m in DATE_PATTERN.finditer(text):
        add(PhiSpan(m.start(), m.end(), "date"))
    for m in _AGE.finditer(text):
        add(PhiSpan(m.start("v"), m.end("v"), "age"))
    for m in _EMAIL.finditer(text):
        add(PhiSpan(m.start(), m.end(), "email"))
    for m in _URL.finditer(text):
        add(PhiSpan(m.start(), m.end(), "url"))
    for m in _IPV4.finditer(text):
        add(PhiSpan(m.start(), m.end(), "ip"))
    for rx in (_MOBILE, _LANDLINE):
        for m in rx.finditer(text):
            cat = "fax" if _FAX_CUE.search(text[max(0, m.start() - 8):m.start()]) else "phone"
            add(PhiSpan(m.start(), m.end(), cat))
    for cat, rx in _RECORD_RE:
        for m in rx.finditer(text):
            if sum(c.isdigit() for c in m.group("v")) >= 3:
                add(PhiSpan(m.start("v"), m.end("v"), cat))
    for m in _ADDRESS.finditer(text):
        add(PhiSpan(m.start(), m.end(), "address"))
    for m in _ADDRESS_CUED.finditer(text):
        add(PhiSpan(m.start("free"), m.end(), "address"))
    for m in _CITY_ONLY.finditer(text):
        add(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _HOSPITAL.finditer(text):
        if m.group(0) not in _HOSPITAL_FALSE and not m.group(0).endswith(_HOSPITAL_FALSE[:3]):
            add(PhiSpan(m.start(), m.end(), "hospital"))
    for m in _DEPARTMENT.finditer(text):
        add(PhiSpan(m.start(), m.end(), "department"))
    for rx in (_NAME_BEFORE, _NAME_AFTER):
        for m in rx.finditer(text):
            if not text.startswith(CN_NAME_GUARD, m.start("n")):
                add(PhiSpan(m.start("n"), m.end("n"), "name"))
    out.extend(find_cue_free_names(text))  # no cue word: surname list and context
    return out
