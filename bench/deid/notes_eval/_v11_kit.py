# Longer than 450 lines: v11's value pools (names, places, organisations, identifier formats of two countries) are data.
"""v11's own value pools and small helpers (names, places, hospitals, employers, identifiers).

Written for v11 alone: from _core only the span builder (Doc, P, K), the per-note context (Ctx)
and the 身份证 check digit come in; every pool below is v11's own, mixed with Faker draws.
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt

from _core import Ctx, Doc, K, P, id_card_checksum

__all__ = ["Ctx", "Doc", "K", "P"]

# ------------------------------------------------------------------ English people
EN_FIRST_F = [
    "Marisol",
    "Temperance",
    "Odalys",
    "Wren",
    "Philippa",
    "Keziah",
    "Ingrid",
    "Lorna",
    "Shirin",
    "Bettina",
    "Consuelo",
    "Harriet",
    "Noor",
    "Annelise",
    "Dorcas",
    "Yesenia",
    "Maeve",
    "Oksana",
    "Tamsin",
    "Lupe",
    "Summer",
    "Autumn",
    "Hazel",
    "Pearl",
    "Ruby",
    "Olive",
    "Sunny",
    "Precious",
]
EN_FIRST_M = [
    "Thaddeus",
    "Caspian",
    "Ignatius",
    "Rufus",
    "Bartholomew",
    "Osvaldo",
    "Leopold",
    "Ezekiel",
    "Anselm",
    "Dariusz",
    "Kwabena",
    "Tobiah",
    "Alistair",
    "Cormac",
    "Florian",
    "Ptolemy",
    "Jovan",
    "Evander",
    "Rocky",
    "Buck",
    "Chip",
    "Sterling",
    "Forrest",
    "Clay",
    "Heath",
    "Dale",
]
EN_LAST = [
    "Quackenbush",
    "Ellingsworth",
    "Van der Berg",
    "O'Shaughnessy",
    "de la Cruz",
    "Abernathy-Price",
    "Szymanski",
    "Okonkwo",
    "Threlkeld",
    "Vukovic",
    "Pemberton",
    "Kowalczyk",
    "MacAskill",
    "Delacroix",
    "Haverford",
    "Nakashima",
    "Oyelaran",
    "Brandvold",
    "Castellanos",
    "Fairweather",
    "Lindqvist",
    "Baptiste",
    "Rasmussen-Ode",
    "St. Clair",
    "Whitlock",
    "Mbeki",
    "Falkenrath",
    "Gutierrez-Moya",
    "Pike",
    "Frost",
    "Marsh",
    "Church",
    "Fox",
    "Hale",
    "Rich",
    "Sparrow",
    "Coffey",
    "Cash",
]
NICK = {
    "Bartholomew": "Bart",
    "Ignatius": "Iggy",
    "Philippa": "Pippa",
    "Thaddeus": "Tad",
    "Temperance": "Tempy",
    "Leopold": "Leo",
    "Ezekiel": "Zeke",
    "Alistair": "Ali",
    "Consuelo": "Chelo",
    "Bettina": "Tina",
}
#: first and last names from the pools above that are ordinary English words
WORDLIKE = frozenset(
    {
        "summer",
        "autumn",
        "hazel",
        "pearl",
        "ruby",
        "olive",
        "sunny",
        "precious",
        "rocky",
        "buck",
        "chip",
        "sterling",
        "forrest",
        "clay",
        "heath",
        "dale",
        "pike",
        "frost",
        "marsh",
        "church",
        "fox",
        "hale",
        "rich",
        "sparrow",
        "coffey",
        "cash",
        "wren",
    }
)


class Person:
    def __init__(self, first: str, last: str, sex: str):
        self.first, self.last, self.sex = first, last, sex

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def nick(self) -> str:
        return NICK.get(self.first, self.first)


def person(c: Ctx, sex: str | None = None) -> Person:
    sex = sex or c.pick("F", "M")
    if c.chance(0.35):
        first = c.fen.first_name_female() if sex == "F" else c.fen.first_name_male()
    else:
        first = c.ch(EN_FIRST_F if sex == "F" else EN_FIRST_M)
    last = c.fen.last_name() if c.chance(0.3) else c.ch(EN_LAST)
    return Person(first, last, sex)


def name_variants(c: Ctx, p: Person) -> str:
    return c.ch(
        (p.full, p.full, f"{p.last}, {p.first}", p.full.upper(), f"{p.first[0]}. {p.last}", p.full.lower())
    )


# ------------------------------------------------------------------ English places and organisations
EN_PLACES = [  # city, state abbr, state name, zip prefix, area code
    ("Bemidji", "MN", "Minnesota", "566", "218"),
    ("Walla Walla", "WA", "Washington", "993", "509"),
    ("Hattiesburg", "MS", "Mississippi", "394", "601"),
    ("Keene", "NH", "New Hampshire", "034", "603"),
    ("Pocatello", "ID", "Idaho", "832", "208"),
    ("Muncie", "IN", "Indiana", "473", "765"),
    ("Lake Charles", "LA", "Louisiana", "706", "337"),
    ("Bangor", "ME", "Maine", "044", "207"),
    ("Grand Junction", "CO", "Colorado", "815", "970"),
    ("Kalispell", "MT", "Montana", "599", "406"),
    ("Dothan", "AL", "Alabama", "363", "334"),
    ("Eau Claire", "WI", "Wisconsin", "547", "715"),
    ("Las Cruces", "NM", "New Mexico", "880", "575"),
    ("Scranton", "PA", "Pennsylvania", "185", "570"),
    ("Yakima", "WA", "Washington", "989", "509"),
    ("Joplin", "MO", "Missouri", "648", "417"),
]
EN_STREETS = [
    "Larkspur Trail",
    "Old Quarry Rd",
    "Tamarack Ct",
    "N 14th St",
    "Beulah Church Rd",
    "Kettle Pond Ln",
    "Sawmill Hollow Dr",
    "W Ridgecrest Ave",
    "County Rd 42",
    "Plover Way",
    "Junebug Ln",
    "Harbison Blvd",
]
EN_HOSPITALS = [
    "Northwoods Regional Medical Center",
    "St. Brendan's Hospital",
    "Tri-Valley Community Hospital",
    "Sacred Heart of the Pines",
    "Mercy Prairie Medical Center",
    "Bluestem Health",
    "Riverbend Memorial",
    "Kettle Moraine General",
    "Cascade Foothills Hospital",
    "Lowcountry Baptist Medical Center",
]
EN_EMPLOYERS = [
    "Dakota Grain Cooperative",
    "Pella Windows plant",
    "Sweetwater Propane",
    "Badger Line Trucking",
    "Hometown Dollar Store #211",
    "Gulf Shrimp Processors",
    "Keystone Cold Storage",
    "Big Sky Rural Electric",
    "Arrowhead Casino",
    "Tri-County School District",
]


class Place:
    def __init__(self, c: Ctx):
        self.city, self.st, self.state, zp, self.area = c.ch(EN_PLACES)
        self.zip = zp + c.digits(2, False)
        self.street = f"{c.ri(2, 9899)} {c.ch(EN_STREETS)}" + c.pick(
            "", "", f" Apt {c.ri(1, 30)}", f" Unit {c.letters(1)}"
        )


def phone(c: Ctx, area: str) -> str:
    n = f"{c.ri(2, 9)}{c.digits(2, False)}"
    m = c.digits(4, False)
    return c.ch(
        (f"({area}) {n}-{m}", f"{area}-{n}-{m}", f"{area}.{n}.{m}", f"+1 {area} {n} {m}", f"1-{area}-{n}-{m}")
    )


def email(c: Ctx, p: Person) -> str:
    dom = c.ch(("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "midco.net"))
    f = p.first.lower().replace(" ", "").replace("'", "")
    last = p.last.lower().replace(" ", "").replace("'", "").replace(".", "")
    return c.ch(
        (f"{f}.{last}{c.ri(1, 99)}@{dom}", f"{f[0]}{last}@{dom}", f"{last}{f[:3]}{c.ri(60, 99)}@{dom}")
    )


def date_en(c: Ctx, d: dt.date) -> str:
    mon = d.strftime("%B")
    return c.ch(
        (
            f"{d.month}/{d.day}/{d.year}",
            f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
            d.isoformat(),
            f"{mon} {d.day}, {d.year}",
            f"{d.day} {mon[:3]} {d.year}",
            f"{mon[:3].upper()} {d.day:02d} {d.year}",
            f"{d.month}-{d.day}-{d.year}",
        )
    )


def rdate(c: Ctx, y0: int = 2019, y1: int = 2025) -> dt.date:
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 31) - start).days))


def ssn(c: Ctx) -> str:
    a, b, d = f"{c.ri(101, 665):03d}", f"{c.ri(10, 99):02d}", f"{c.ri(1000, 9999):04d}"
    return c.ch((f"{a}-{b}-{d}", f"{a} {b} {d}", f"{a}{b}{d}"))


def url(c: Ctx, p: Person) -> str:
    return c.ch(
        (
            f"https://mychart.{c.ch(('northwoodsrmc', 'bluestemhealth', 'riverbendmem'))}.org/p/{c.token(10)}",
            f"www.gofundme.com/f/help-{p.first.lower()}-{c.ri(100, 999)}",
            f"https://rpm.{c.ch(('vitalbridge', 'carelinq'))}.io/patient/{c.digits(7)}",
        )
    )


def ip(c: Ctx) -> str:
    return c.ch(
        (
            f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
            f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
            f"{c.ri(23, 99)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
        )
    )


def plate_en(c: Ctx, st: str) -> str:
    return c.ch(
        (
            f"{c.digits(3)}-{c.letters(3)}",
            f"{c.letters(3)} {c.digits(4)}",
            f"{c.digits(1)}{c.letters(2)}{c.digits(3)}",
        )
    )


def vin(c: Ctx) -> str:
    return "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


# ------------------------------------------------------------------ Chinese people and places
ZH_SUR = ["郝", "甘", "封", "阮", "漆", "冉", "鄢", "訾", "欧阳", "司马", "庞", "覃", "蒙", "满", "佘", "卜"]
ZH_GIVEN = [
    "雨桐",
    "志强",
    "秋菊",
    "振华",
    "梓涵",
    "德胜",
    "春燕",
    "国庆",
    "一鸣",
    "淑芬",
    "晓燕",
    "建军",
    "思远",
    "海燕",
    "子轩",
    "桂兰",
]
ZH_MINORITY = [
    "阿依古丽·买买提",
    "扎西顿珠",
    "次仁卓玛",
    "热依拉·艾则孜",
    "阿卜杜拉·吐尔逊",
    "巴特尔",
    "格桑梅朵",
    "吉克阿依",
]
ZH_SMALL = ["豆豆", "小胖", "乐乐", "毛毛", "妞妞", "石头", "果果", "二丫"]
ZH_PLACES = [  # province, city, district, postcode prefix, area code
    ("贵州省", "遵义市", "汇川区", "5630", "0851"),
    ("甘肃省", "天水市", "秦州区", "7410", "0938"),
    ("江西省", "赣州市", "章贡区", "3410", "0797"),
    ("黑龙江省", "牡丹江市", "东安区", "1570", "0453"),
    ("广西壮族自治区", "柳州市", "鱼峰区", "5450", "0772"),
    ("山东省", "潍坊市", "奎文区", "2610", "0536"),
    ("湖南省", "常德市", "武陵区", "4150", "0736"),
    ("新疆维吾尔自治区", "喀什地区", "喀什市", "8440", "0998"),
    ("四川省", "南充市", "顺庆区", "6370", "0817"),
    ("浙江省", "台州市", "椒江区", "3180", "0576"),
]
ZH_STREETS = ["红旗路", "解放西街", "滨江大道", "建设巷", "人民南路", "纺织厂生活区", "育才路", "桂花巷"]
ZH_VILLAGES = ["石门坎村", "柳树湾村", "高家堡村", "上坝村", "三岔河村"]
ZH_HOSP_SUFFIX = ["市第二人民医院", "市中医院", "市妇幼保健院", "医学院附属医院", "市中心医院"]
ZH_EMPLOYERS = [
    "遵义钢绳厂",
    "顺丰速运网点",
    "县第三中学",
    "牧原养殖场",
    "华润万家超市",
    "城投建设集团",
    "乡镇卫生院",
    "中石化加油站",
]
PLATE_PROV = "黔甘赣黑桂鲁湘新川浙"


def zh_name(c: Ctx) -> str:
    r = c.r.random()
    if r < 0.12:
        return c.ch(ZH_MINORITY)
    if r < 0.5:
        return c.ch(ZH_SUR) + c.ch(ZH_GIVEN)
    return c.fzh.name()


class ZhPlace:
    def __init__(self, c: Ctx):
        self.prov, self.city, self.dist, pc, self.area = c.ch(ZH_PLACES)
        self.post = pc + c.digits(2, False)
        if c.chance(0.3):
            self.street = (
                f"{c.ch(('城关镇', '新场镇', '龙泉乡'))}{c.ch(ZH_VILLAGES)}{c.ri(1, 9)}组{c.ri(1, 80)}号"
            )
        else:
            self.street = f"{c.ch(ZH_STREETS)}{c.ri(1, 300)}号{c.ri(1, 12)}栋{c.ri(1, 6)}单元{c.ri(1, 30)}0{c.ri(1, 4)}室"
        self.hospital = (
            self.city[:-1] + c.ch(ZH_HOSP_SUFFIX) if self.city.endswith("市") else self.city + "人民医院"
        )


def date_zh(c: Ctx, d: dt.date) -> str:
    return c.ch(
        (
            f"{d.year}年{d.month}月{d.day}日",
            d.isoformat(),
            f"{d.year}.{d.month}.{d.day}",
            f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.year}年{d.month:02d}月{d.day:02d}日",
        )
    )


def mobile(c: Ctx) -> str:
    n = c.ch(("138", "139", "151", "186", "177", "199")) + c.digits(8, False)
    return c.ch((n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}"))


def landline(c: Ctx, area: str) -> str:
    n = str(c.ri(2, 8)) + c.digits(6, False)
    return c.ch((f"{area}-{n}", f"（{area}）{n}", f"{area} {n}"))


def id_card(c: Ctx, d: dt.date, sex: str) -> str:
    area = c.ch(
        ("520302", "620502", "360702", "231002", "450203", "370705", "430702", "653101", "511302", "331002")
    )
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{area}{d.year:04d}{d.month:02d}{d.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def plate_zh(c: Ctx) -> str:
    p, city = c.ch(PLATE_PROV), c.letters(1)
    if c.chance(0.4):
        return f"{p}{city}{c.ch('DF')}{c.alnum(1)}{c.digits(4, False)}"  # new-energy, 6 characters after the city
    return f"{p}{city}{c.ch(('·', '', ' '))}{c.alnum(2)}{c.digits(3, False)}"
