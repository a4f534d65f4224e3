"""v6's own value pools and small renderers (names, places, identifiers, dates) for
templates_v6_en.py and templates_v6_zh.py. Only the span-tracking builder (Doc, P, K), the per-note
random context (Ctx) and the ID-card checksum come from _core; every pool here is v6's own, drawn
from Faker 40.63.0 (seeded per note) and short lists written for v6."""

from __future__ import annotations

import datetime as dt

from _core import Ctx, P, id_card_checksum
from faker import Faker

_FOREIGN = {loc: Faker(loc) for loc in ("es_MX", "vi_VN", "pl_PL", "en_IN", "de_DE", "fr_FR")}

# --------------------------------------------------------------------------- dates

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def day(c: Ctx, lo: int = 2019, hi: int = 2025) -> dt.date:
    start = dt.date(lo, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(hi, 12, 31) - start).days))


def later(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def den(c: Ctx, d: dt.date, style: str | None = None) -> P:
    style = style or c.pick("us", "us", "us0", "iso", "long", "abbr", "dmy", "short", "dot")
    s = {
        "us": f"{d.month}/{d.day}/{d.year}",
        "us0": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "iso": d.isoformat(),
        "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "abbr": f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        "dmy": f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}",
        "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "dot": f"{d.month}.{d.day}.{d.year % 100:02d}",
        "md": f"{d.month}/{d.day}",
        "mon": f"{MONTHS[d.month - 1]} {d.day}",
    }[style]
    return P("DATE", s)


def dzh(c: Ctx, d: dt.date, style: str | None = None) -> P:
    style = style or c.pick("cn", "cn", "iso", "dot", "slash", "cn0", "md")
    s = {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "iso": d.isoformat(),
        "dot": f"{d.year}.{d.month}.{d.day}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "md": f"{d.month}月{d.day}日",
    }[style]
    return P("DATE", s)


# --------------------------------------------------------------------------- English people


def first_en(c: Ctx, sex: str | None = None) -> str:
    sex = sex or c.pick("F", "M")
    return c.fen.first_name_female() if sex == "F" else c.fen.first_name_male()


PARTICLE_LAST = [
    "de la Cruz",
    "Van Dyke",
    "O'Connell",
    "McAllister",
    "DiMarco",
    "St. Pierre",
    "Ben-David",
    "Al-Masri",
    "von Hagen",
    "Da Silva",
    "LeBlanc",
    "MacLeod",
]


def last_en(c: Ctx) -> str:
    k = c.r.random()
    if k < 0.12:
        return c.ch(PARTICLE_LAST)
    if k < 0.2:
        return f"{c.fen.last_name()}-{c.fen.last_name()}"
    if k < 0.35:
        f = _FOREIGN[c.ch(sorted(_FOREIGN))]
        f.seed_instance(c.ri(0, 10**9))
        return f.last_name()
    return c.fen.last_name()


def clin_title(c: Ctx, last: str) -> str:
    return c.pick(f"Dr. {last}", f"Dr {last}", last, f"Dr. {last}")


def phone_en(c: Ctx) -> str:
    a, b, d = c.ri(201, 989), c.ri(200, 989), c.digits(4, False)
    return c.pick(f"({a}) {b}-{d}", f"{a}-{b}-{d}", f"{a}.{b}.{d}", f"{a} {b} {d}", f"+1 {a} {b} {d}")


US_PLACES = [  # v6's own list: city, state, postal abbreviation, zip prefix
    ("Dayton", "Ohio", "OH", "454"),
    ("Fresno", "California", "CA", "937"),
    ("Lubbock", "Texas", "TX", "794"),
    ("Duluth", "Minnesota", "MN", "558"),
    ("Spokane", "Washington", "WA", "992"),
    ("Macon", "Georgia", "GA", "312"),
    ("Bangor", "Maine", "ME", "044"),
    ("Billings", "Montana", "MT", "591"),
    ("Paterson", "New Jersey", "NJ", "075"),
    ("Shreveport", "Louisiana", "LA", "711"),
    ("Cedar Rapids", "Iowa", "IA", "524"),
    ("Flagstaff", "Arizona", "AZ", "860"),
    ("Scranton", "Pennsylvania", "PA", "185"),
    ("Chattanooga", "Tennessee", "TN", "374"),
    ("Roanoke", "Virginia", "VA", "240"),
    ("Provo", "Utah", "UT", "846"),
    ("Wichita", "Kansas", "KS", "672"),
    ("Greenville", "South Carolina", "SC", "296"),
    ("Pueblo", "Colorado", "CO", "810"),
    ("Kalamazoo", "Michigan", "MI", "490"),
    ("Mobile", "Alabama", "AL", "366"),
    ("Independence", "Missouri", "MO", "640"),
    ("Bismarck", "North Dakota", "ND", "585"),
]

HOSP_EN = [
    "Mercy",
    "St. Luke's",
    "Good Samaritan",
    "Riverside",
    "Baptist",
    "Providence",
    "Sentara",
    "Lakeland",
    "Northside",
    "Sacred Heart",
    "Methodist",
    "Summit",
]


def hospital_en(c: Ctx, town: str) -> str:
    base = c.ch(HOSP_EN)
    return c.pick(
        base,
        f"{base} Medical Center",
        f"{town} {c.pick('General', 'Regional')} Hospital",
        f"{base} Hospital",
        f"{town} Memorial",
        f"{base} {town}",
    )


def street_en(c: Ctx) -> str:
    return f"{c.ri(12, 9890)} {c.fen.street_name()}" + c.pick("", "", f", Apt {c.ri(1, 40)}{c.pick('', 'B')}")


def email_en(c: Ctx, first: str, last: str) -> str:
    f = "".join(ch for ch in first.lower() if ch.isalpha())
    ln = "".join(ch for ch in last.lower() if ch.isalpha())
    return c.pick(
        f"{f}.{ln}{c.ri(1, 99)}@gmail.com",
        f"{f[0]}{ln}@yahoo.com",
        f"{ln}.{f}@outlook.com",
        f"{f}{c.ri(60, 99)}@icloud.com",
    )


def ip(c: Ctx) -> str:
    return c.pick(
        f"10.{c.ri(0, 254)}.{c.ri(0, 254)}.{c.ri(2, 254)}",
        f"172.{c.ri(16, 31)}.{c.ri(0, 254)}.{c.ri(2, 254)}",
        f"192.168.{c.ri(0, 254)}.{c.ri(2, 254)}",
    )


def plate_en(c: Ctx) -> str:
    return c.pick(
        f"{c.letters(3)}-{c.digits(4, False)}",
        f"{c.digits(1)}{c.letters(3)}{c.digits(3, False)}",
        f"{c.letters(2)} {c.digits(5)}",
    )


# --------------------------------------------------------------------------- Chinese

ZH_PLACES = [  # province, city, postcode prefix, districts, area code
    ("四川省", "成都市", "610", ["武侯区", "锦江区", "青羊区"], "028"),
    ("湖北省", "武汉市", "430", ["江汉区", "洪山区", "武昌区"], "027"),
    ("浙江省", "温州市", "325", ["鹿城区", "瓯海区"], "0577"),
    ("山东省", "潍坊市", "261", ["奎文区", "潍城区"], "0536"),
    ("河南省", "洛阳市", "471", ["涧西区", "西工区"], "0379"),
    ("湖南省", "衡阳市", "421", ["蒸湘区", "石鼓区"], "0734"),
    ("江苏省", "徐州市", "221", ["鼓楼区", "云龙区"], "0516"),
    ("广东省", "佛山市", "528", ["禅城区", "南海区", "顺德区"], "0757"),
    ("福建省", "泉州市", "362", ["丰泽区", "鲤城区"], "0595"),
    ("云南省", "曲靖市", "655", ["麒麟区"], "0874"),
    ("黑龙江省", "齐齐哈尔市", "161", ["龙沙区", "建华区"], "0452"),
    ("安徽省", "芜湖市", "241", ["镜湖区", "弋江区"], "0553"),
    ("广西壮族自治区", "柳州市", "545", ["城中区", "鱼峰区"], "0772"),
]
ZH_AREA = [
    "510107",
    "420103",
    "330302",
    "370705",
    "410305",
    "430408",
    "320302",
    "440604",
    "350503",
    "530302",
    "230202",
    "340202",
    "450202",
]
ZH_ROADS = [
    "人民路",
    "解放路",
    "建设大道",
    "光明街",
    "滨江路",
    "文化路",
    "长青路",
    "胜利街",
    "和平路",
    "新民路",
]
ZH_HOSP = [
    "{c}第一人民医院",
    "{c}中心医院",
    "{c}中医院",
    "{c}妇幼保健院",
    "{d}人民医院",
    "{c}第三人民医院",
    "{d}社区卫生服务中心",
]
ZH_SHORT_HOSP = ["市一院", "市中心医院", "华西", "同济", "湘雅", "齐鲁", "省人民医院"]


def place_zh(c: Ctx):
    return c.ch(ZH_PLACES)


def hospital_zh(c: Ctx, pl) -> str:
    if c.chance(0.2):
        return c.ch(ZH_SHORT_HOSP)
    return c.ch(ZH_HOSP).format(c=pl[1].removesuffix("市"), d=c.ch(pl[3]))


def road_zh(c: Ctx, pl) -> str:
    return f"{c.ch(pl[3])}{c.ch(ZH_ROADS)}{c.ri(1, 388)}号" + c.pick(
        "", f"{c.ri(1, 20)}栋{c.ri(1, 3)}单元{c.ri(101, 2803)}室"
    )


def mobile_zh(c: Ctx) -> str:
    n = c.pick("13", "15", "18", "17", "19") + c.digits(9, False)
    return c.pick(n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}")


def name_zh(c: Ctx, sex: str | None = None, surname: str | None = None) -> str:
    return (surname or c.fzh.last_name()) + (
        c.fzh.first_name_female()
        if sex == "F"
        else c.fzh.first_name_male()
        if sex == "M"
        else c.fzh.first_name()
    )


#: relation -> (sex, shares the patient's surname)
KIN_ZH = {
    "儿子": ("M", True),
    "女儿": ("F", True),
    "孙女": ("F", True),
    "孙子": ("M", True),
    "丈夫": ("M", False),
    "妻子": ("F", False),
    "儿媳": ("F", False),
}


def kin_zh(c: Ctx, rel: str, patient: str) -> str:
    sex, same = KIN_ZH[rel]
    return name_zh(c, sex, patient[0] if same else None)


def id_card_zh(c: Ctx, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{c.ch(ZH_AREA)}{dob:%Y%m%d}{seq:03d}"
    return body + id_card_checksum(body)


def plate_zh(c: Ctx) -> str:
    return c.ch("川鄂浙鲁豫湘苏粤闽云黑皖桂") + c.letters(1) + c.pick("·", "") + c.alnum(5)
