# Longer than 450 lines: v9's value pools (names, places, identifiers of two countries) are data, one literal per line as ruff format lays them out.
"""v9's own value pools and small helpers (names, places, identifiers, dates, phones) for
templates_v9_en.py and templates_v9_zh.py. From _core it imports only the builder (Doc, P, K),
Ctx and the 身份证 check digit; every pool here was written for v9.
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from _core import Ctx, Doc, K, P, id_card_checksum

__all__ = ["Ctx", "Doc", "K", "P"]

# Surnames that are eponyms of terms used in v9's keep pools: never given to a person.
EPONYM_BLOCK = frozenset(
    "Guillain Barre Barré Wagner Glasgow Duchenne Hickman Broviac Groshong Stevens Johnson Kawasaki Bell Graves Addison "
    "Richmond Glasgow Apgar Brown Sequard Foley Babinski Tinel Phalen Heimlich Cheyne Stokes Kussmaul Hoffmann Romberg "
    "Braden Morse Norton Barthel Karnofsky Lansky Child Pugh Wells Ramsay Mallory Weiss Horner Parkinson Alzheimer Down "
    "Marx Doppler Allen Hunt Hess Fisher Rankin Gleason Bristol Sjogren Raynaud Wernicke Korsakoff Epley Dix Hallpike Roux Whipple Eustachi Cincinnati".split()
)

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


def rdate(c: Ctx, lo: dt.date = dt.date(2019, 2, 1), hi: dt.date = dt.date(2025, 9, 30)) -> dt.date:
    return lo + dt.timedelta(days=c.ri(0, (hi - lo).days))


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def dob(c: Ctx, age: int, on: dt.date) -> dt.date:
    return plus(dt.date(on.year - age - 1, on.month, min(on.day, 28)), c.ri(1, 360))


def fen(d: dt.date, style: str) -> str:
    m3 = MONTHS[d.month - 1][:3]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us1": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dmy": f"{d.day:02d}-{m3}-{d.year}",
        "DMY": f"{d.day:02d}{m3.upper()}{d.year}",
        "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "abbr": f"{m3} {d.day} {d.year}",
        "eu": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "dot": f"{d.month:02d}.{d.day:02d}.{d.year}",
        "hl7": f"{d.year}{d.month:02d}{d.day:02d}",
        "md": f"{d.month}/{d.day}",
        "dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
    }[style]


def den(c: Ctx, d: dt.date, *styles: str) -> P:
    return P("DATE", fen(d, c.ch(styles or ("us", "us", "us1", "us2", "iso", "dmy", "long", "abbr", "dash"))))


def fzh(d: dt.date, style: str) -> str:
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "iso": d.isoformat(),
        "dot": f"{d.year}.{d.month}.{d.day}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "md": f"{d.month}月{d.day}日",
        "num": f"{d.year}{d.month:02d}{d.day:02d}",
    }[style]


def dzh(c: Ctx, d: dt.date, *styles: str) -> P:
    return P("DATE", fzh(d, c.ch(styles or ("cn", "cn", "cn0", "iso", "iso", "dot", "slash"))))


def hm(c: Ctx, sep: str = ":") -> str:
    return f"{c.ri(0, 23):02d}{sep}{c.ri(0, 59):02d}"


# --------------------------------------------------------------------------- English people

FIRST_F = (
    "Marisol Tamika Ngozi Yesenia Bich Priyanka Oksana Leilani Siobhan Maribel Shaniqua Guadalupe Thuy Keisha "
    "Ifeoma Ruth Esperanza Dolores Wilhelmina Agnieszka Fatuma Hawa Inés Mele Noor Zainab Darlene Lorna Bernadette "
    "Kalani Ximena Anh Ebony Rosalind Tenzin Mercy Precious Sunshine Autumn Ginger Candy Clover Harmony Honey"
).split()
FIRST_M = (
    "Dmitri Kwame Tariq Joaquín Phuc Rajesh Bogdan Keoni Declan Lamar DeShawn Osvaldo Nnamdi Abdirahman Cornelius "
    "Eldon Virgil Thaddeus Jun Hamza Mateus Sione Tomasz Jaylen Cyrus Eustace Rocky Dusty Rusty Cliff Buck Chip "
    "Sonny Tex Forrest Heath Colby Royal Major Sterling"
).split()
LAST = (
    "Okonkwo Nguyen Szymański Ramírez-Ortiz Abernathy Achterberg Tupou Kowalczyk Oyelaran Castellanos "
    "Delacroix Featherstone Haugen Iyer Jankowski Kealamakia Lindqvist Mahmoud O'Rourke Pritchett Quintanilla "
    "Rasmussen Sandoval Thibault Uchenna Villalobos Whitfield Yellowhorse Zelenko Begay Tsosie Al-Hashimi Ben-David "
    "Dimitrov Estrada Fonoti Gebremariam Halvorsen Ibarra Jaramillo Kaur Lombardi Mbeki Nakashima Ostrowski "
    "Petrosyan Rahimi Stavros Trujillo Umeh Vo Wojcik Xiong Yoder Zuniga Payne Hart Sickles Coffin Bones Gurney "
    "Pillow Bedford Lively Goodnight Fortune Sweet Honeycutt Hale Storm Winter Frost Banks Rivers Hill"
).split() + ["Van der Merwe", "Ó Briain", "De la Cruz", "St. Fleur"]
# Faker's en_US names are mixed in as well, except eponyms and names already blocked.
V9_WORDLIKE = frozenset(
    w.lower()
    for w in (
        "Sunshine Autumn Ginger Candy Clover Harmony Honey Mercy Precious Ruth Rocky Dusty Rusty Cliff Buck Chip Sonny "
        "Forrest Heath Royal Major Sterling Payne Hart Sickles Coffin Bones Pillow Lively Goodnight Fortune Sweet Hale "
        "Storm Winter Frost Banks Rivers Hill Joy Happy Surprise Ransom Friendship Protection Plain Blue Earth Pearl "
        "Mercy Royal Patience"
    ).split()
)
CREDS = [
    "MD",
    "DO",
    "NP",
    "PA-C",
    "RN",
    "RN, CCRN",
    "PharmD",
    "RPh",
    "CPhT",
    "LCSW",
    "OTR/L",
    "ATP",
    "NRP",
    "EMT-B",
    "MSN, RN",
    "CHC",
    "CMI",
]


@dataclass
class Pe:
    first: str
    last: str
    sex: str
    mid: str = ""

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def form(self, c: Ctx, *styles: str) -> str:
        s = c.ch(styles or ("full", "full", "lf", "caps", "lfm", "il"))
        return {
            "full": self.full,
            "fml": f"{self.first} {self.mid}. {self.last}" if self.mid else self.full,
            "lf": f"{self.last}, {self.first}",
            "lfm": f"{self.last}, {self.first} {self.mid}" if self.mid else f"{self.last}, {self.first}",
            "caps": f"{self.last.upper()}, {self.first.upper()}",
            "CAPS": self.full.upper(),
            "low": self.full.lower(),
            "il": f"{self.first[0]}. {self.last}",
            "ini": f"{self.first[0]}.{self.last[0]}.",
            "INI": f"{self.first[0]}{self.mid or 'X'}{self.last[0]}",
            "first": self.first,
            "last": self.last,
        }[s]


def _ok(name: str) -> bool:
    return all(t not in EPONYM_BLOCK for t in name.replace("-", " ").split())


def person(c: Ctx, sex: str | None = None, faker: float = 0.4) -> Pe:
    sex = sex or c.pick("F", "M")
    for _ in range(30):
        if c.chance(faker):
            first = c.fen.first_name_female() if sex == "F" else c.fen.first_name_male()
            last = c.fen.last_name()
        else:
            first = c.ch(FIRST_F if sex == "F" else FIRST_M)
            last = c.ch(LAST)
        if _ok(first) and _ok(last) and first != last:
            return Pe(first, last, sex, c.ch("ABCDEFGHJKLMNPRSTVW"))
    return Pe("Marisol", "Okonkwo", sex, "A")


def clin(c: Ctx, md: bool = False) -> tuple[Pe, str]:
    return person(c, faker=0.5), c.ch(["MD", "DO", "MD, PhD", "MD, FUHM"] if md else CREDS)


# --------------------------------------------------------------------------- English places and numbers

# (city, state abbreviation, zip3, area code)
US_PLACES = [
    ("Yakima", "WA", "989", "509"),
    ("Joy", "IL", "612", "309"),
    ("Happy", "TX", "790", "806"),
    ("Surprise", "AZ", "853", "623"),
    ("Ransom", "KS", "675", "785"),
    ("Friendship", "WI", "539", "608"),
    ("Blue Earth", "MN", "560", "507"),
    ("Pearl", "MS", "392", "601"),
    ("Bemidji", "MN", "566", "218"),
    ("Hazard", "KY", "417", "606"),
    ("Opelousas", "LA", "705", "337"),
    ("Kalamazoo", "MI", "490", "269"),
    ("Hilo", "HI", "967", "808"),
    ("Chinle", "AZ", "865", "928"),
    ("Presque Isle", "ME", "047", "207"),
    ("Nogales", "AZ", "856", "520"),
    ("Lodi", "CA", "952", "209"),
    ("Dothan", "AL", "363", "334"),
    ("Altoona", "PA", "166", "814"),
    ("Minot", "ND", "587", "701"),
    ("Paducah", "KY", "420", "270"),
    ("Hialeah", "FL", "330", "305"),
    ("Pocatello", "ID", "832", "208"),
    ("Muskogee", "OK", "744", "918"),
    ("Worcester", "MA", "016", "508"),
    ("Elko", "NV", "898", "775"),
    ("Laredo", "TX", "780", "956"),
    ("Lewiston", "ME", "042", "207"),
    ("Protection", "KS", "671", "620"),
    ("Plain", "WI", "535", "608"),
]
STREETS = [
    "Tamarack Ct",
    "Sagebrush Trl",
    "County Road 14",
    "Old Mill Rd",
    "N Alder Way",
    "Kilbourn Ave",
    "Calle Ocho",
    "Pueblo Dr",
    "Ridgecrest Blvd",
    "Lakeview Terrace",
    "Route 9W",
    "Hwy 191",
    "Bayou Ln",
    "Quail Run",
    "Dogwood Cir",
    "E 31st St",
    "W Division St",
    "Cottonwood Loop",
    "Rue Royale",
    "Kamehameha Ave",
]
UNITS = ["Apt 4B", "Unit 12", "#3", "Lot 17", "Trlr 6", "Ste 210", "Apt 1102", "Bldg C Apt 8"]
HOSP_KIND = [
    "Regional Medical Center",
    "Community Hospital",
    "Memorial Hospital",
    "Health System",
    "Medical Center",
    "Indian Health Center",
    "Critical Access Hospital",
    "Infusion Pharmacy",
    "Hospice & Palliative Care",
    "Ambulance Service",
]
HOSP_FIRST = [
    "Sagebrush",
    "Twin Rivers",
    "Prairie Star",
    "Bluewater",
    "Our Lady of Lourdes",
    "Heartland",
    "Kootenai",
    "Cumberland Valley",
    "Three Forks",
    "Mesa Verde",
    "Great Plains",
    "Pinecrest",
    "Lakeshore",
    "Shepherd's Way",
    "Bayside",
    "Harbor View",
]
COMPANIES = [
    "Cascade Cold Storage",
    "Tri-County Staffing LLC",
    "Precision Harvest Co.",
    "Northstar Logistics",
    "Redline Auto Body",
    "BrightPath Home Care",
    "Kwik Stop #214",
    "Dairyland Cheese Co-op",
    "Summit Roofing Inc.",
    "Lone Pine School District",
    "Silver Creek Elementary",
    "Ironwood Middle School",
    "Gulf Coast Shrimp Processors",
    "Meridian Call Center",
]


def place(c: Ctx) -> tuple[str, str, str, str]:
    return c.ch(US_PLACES)


def hospital(c: Ctx, kind: str | None = None) -> str:
    city = c.ch(US_PLACES)[0]
    first = c.pick(
        city, c.ch(HOSP_FIRST), f"St. {c.ch(['Brigid', 'Casimir', 'Raphael', 'Agnes', 'Bernadine'])}"
    )
    return f"{first} {kind or c.ch(HOSP_KIND[:7])}"


def street(c: Ctx, unit: float = 0.4) -> str:
    s = f"{c.ri(2, 29999)} {c.ch(STREETS)}"
    return f"{s}, {c.ch(UNITS)}" if c.chance(unit) else s


def zipc(c: Ctx, z3: str) -> str:
    z = z3 + c.digits(2, False)
    return f"{z}-{c.digits(4, False)}" if c.chance(0.25) else z


def phone(c: Ctx, area: str | None = None) -> str:
    a = area or c.ch(US_PLACES)[3]
    ex, ln = f"{c.ri(2, 9)}{c.digits(2, False)}", c.digits(4, False)
    s = c.pick(
        f"({a}) {ex}-{ln}",
        f"{a}-{ex}-{ln}",
        f"{a}.{ex}.{ln}",
        f"+1 {a} {ex} {ln}",
        f"{a}{ex}{ln}",
        f"1-{a}-{ex}-{ln}",
    )
    return s + (f" x{c.ri(100, 9999)}" if c.chance(0.1) else "")


def email(c: Ctx, p: Pe | None = None, domain: str | None = None) -> str:
    p = p or person(c)
    user = c.pick(
        f"{p.first}.{p.last}",
        f"{p.first[0]}{p.last}{c.ri(1, 99)}",
        f"{p.last}_{p.first[0]}",
        f"{p.first}{c.ri(60, 2009)}",
    )
    user = "".join(ch for ch in user if ch.isascii() and (ch.isalnum() or ch in "._")).lower()
    return f"{user}@{domain or c.pick('gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'hotmail.com', 'protonmail.com')}"


def ip(c: Ctx) -> str:
    return c.pick(
        f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
        f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
        f"{c.ri(24, 223)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
        f"192.168.{c.ri(0, 255)}.{c.ri(2, 254)}",
        f"2001:db8:{c.ri(0, 65535):x}::{c.ri(1, 65535):x}",
    )


def ssn(c: Ctx) -> str:
    return f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.digits(4, False)}"


def luhn_npi(c: Ctx) -> str:
    body = str(c.ri(1, 2)) + c.digits(8, False)
    total, digits = 24, [int(x) for x in body]
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            dgt = dgt - 9 if dgt > 9 else dgt
        total += dgt
    return body + str((10 - total % 10) % 10)


def dea(c: Ctx, last: str) -> str:
    d = c.digits(6, False)
    chk = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
    return f"{c.pick('A', 'B', 'F', 'M')}{last[0].upper()}{d}{chk}"


def mbi(c: Ctx) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    s = f"{c.ri(1, 9)}{c.ch(a)}{c.ch(an)}{c.ri(0, 9)}{c.ch(a)}{c.ch(an)}{c.ri(0, 9)}{c.ch(a)}{c.ch(a)}{c.ri(0, 9)}{c.ri(0, 9)}"
    return s if c.chance(0.5) else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def plate(c: Ctx, st: str) -> str:
    return c.pick(
        f"{c.letters(3)}-{c.digits(4, False)}",
        f"{c.digits(1)}{c.letters(3)}{c.digits(3, False)}",
        f"{c.letters(2)} {c.digits(5, False)}",
        f"{c.digits(3)}-{c.letters(3)}",
    )


def vin(c: Ctx) -> str:
    return "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def old_age(c: Ctx, p: float) -> int:
    return c.ri(90, 104) if c.chance(p) else c.ri(24, 88)


def age_en(c: Ctx, age: int, *styles: str) -> list:
    """An age in running text; the number is a span when over 89."""
    a = P("AGE_OVER_89", str(age)) if age > 89 else str(age)
    s = c.ch(styles or ("yo", "yrs", "hyph", "age"))
    return {
        "yo": [a, " y/o"],
        "yrs": [a, " yrs"],
        "hyph": [a, "-year-old"],
        "age": ["age ", a],
        "Y": [P("AGE_OVER_89", f"{age}Y") if age > 89 else f"{age}Y"],
    }[s]


# --------------------------------------------------------------------------- Chinese people and places

SUR_COMMON = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
SUR_RARE = list("甄禤亓寇靳佟詹滑晁矫逯昝蒯蓟巩褚隋暴仝弓鄢邰满荆冉")
SUR_COMPOUND = [
    "司徒",
    "欧阳",
    "诸葛",
    "上官",
    "尉迟",
    "长孙",
    "端木",
    "万俟",
    "公冶",
    "拓跋",
    "完颜",
    "淳于",
    "左丘",
    "东郭",
    "申屠",
]
GIVEN_F = [
    "秀珍",
    "桂芝",
    "玉凤",
    "丽娟",
    "晓燕",
    "春梅",
    "雅琴",
    "梦瑶",
    "思彤",
    "诗涵",
    "欣怡",
    "亚楠",
    "紫萱",
    "爱华",
    "淑芬",
    "翠花",
    "美兰",
    "若曦",
    "佳琪",
    "海燕",
]
GIVEN_M = [
    "建华",
    "德胜",
    "永福",
    "志强",
    "红兵",
    "卫国",
    "宏伟",
    "浩然",
    "子轩",
    "俊杰",
    "宇航",
    "天佑",
    "铁军",
    "长江",
    "金龙",
    "春生",
    "立新",
    "博文",
    "家豪",
    "振宇",
]
GIVEN_1 = list("敏静伟磊勇军洁娜涛超芳艳杰")
MINORITY = [
    ("阿依古丽·买买提", "F"),
    ("吐尔洪·艾买提", "M"),
    ("次仁卓玛", "F"),
    ("扎西顿珠", "M"),
    ("巴特尔", "M"),
    ("其其格", "F"),
    ("帕提古丽·阿布都", "F"),
    ("努尔兰·哈力别克", "M"),
    ("阿旺多吉", "M"),
    ("乌兰图雅", "F"),
    ("木合塔尔·依明", "M"),
]
NICK = ["豆豆", "果果", "糖糖", "小宝", "妞妞", "壮壮", "乐乐", "阳阳", "贝贝", "毛毛", "朵朵", "小胖"]


@dataclass
class Zh:
    sur: str
    given: str
    sex: str

    @property
    def full(self) -> str:
        return self.sur + self.given if "·" not in self.given and self.sur else self.given


def zperson(c: Ctx, sex: str | None = None) -> Zh:
    sex = sex or c.pick("F", "M")
    x = c.r.random()
    if x < 0.04:
        name, sx = c.ch(MINORITY)
        return Zh("", name, sx)
    if x < 0.3:
        f = c.fzh.name_female() if sex == "F" else c.fzh.name_male()
        if 2 <= len(f) <= 3:
            return Zh(f[0], f[1:], sex)
    sur = c.wpick((70, c.ch(SUR_COMMON)), (15, c.ch(SUR_RARE)), (15, c.ch(SUR_COMPOUND)))
    given = c.wpick((80, c.ch(GIVEN_F if sex == "F" else GIVEN_M)), (20, c.ch(GIVEN_1)))
    return Zh(sur, given, sex)


def pad(z: Zh) -> str:
    """A two-character name as Chinese forms pad it: 王  敏."""
    n = z.full
    return f"{n[0]}  {n[1]}" if len(n) == 2 else n


# (province or None, city, [districts or counties], zip3, area code, area code of the 身份证)
CN_PLACES = [
    ("江西省", "赣州市", ["章贡区", "南康区", "于都县"], "341", "0797", "360702"),
    ("河南省", "南阳市", ["卧龙区", "宛城区", "镇平县"], "473", "0377", "411303"),
    ("河北省", "邯郸市", ["丛台区", "复兴区", "魏县"], "056", "0310", "130403"),
    ("广东省", "湛江市", ["赤坎区", "霞山区", "雷州市"], "524", "0759", "440802"),
    ("广西壮族自治区", "桂林市", ["秀峰区", "七星区", "阳朔县"], "541", "0773", "450302"),
    ("湖北省", "宜昌市", ["西陵区", "伍家岗区", "秭归县"], "443", "0717", "420502"),
    ("湖南省", "岳阳市", ["岳阳楼区", "君山区", "华容县"], "414", "0730", "430602"),
    ("江苏省", "盐城市", ["亭湖区", "盐都区", "射阳县"], "224", "0515", "320902"),
    ("山东省", "潍坊市", ["奎文区", "潍城区", "寿光市"], "261", "0536", "370705"),
    ("福建省", "漳州市", ["芗城区", "龙文区", "漳浦县"], "363", "0596", "350602"),
    ("浙江省", "台州市", ["椒江区", "黄岩区", "温岭市"], "318", "0576", "331002"),
    ("四川省", "德阳市", ["旌阳区", "罗江区", "广汉市"], "618", "0838", "510603"),
    ("陕西省", "汉中市", ["汉台区", "南郑区", "城固县"], "723", "0916", "610702"),
    ("甘肃省", "天水市", ["秦州区", "麦积区", "甘谷县"], "741", "0938", "620502"),
    ("新疆维吾尔自治区", "喀什地区", ["喀什市", "疏附县", "莎车县"], "844", "0998", "653101"),
    ("宁夏回族自治区", "银川市", ["兴庆区", "金凤区", "永宁县"], "750", "0951", "640104"),
    (None, "重庆市", ["渝北区", "万州区", "巫山县"], "401", "023", "500112"),
    (None, "天津市", ["河西区", "滨海新区", "蓟州区"], "300", "022", "120103"),
    ("内蒙古自治区", "包头市", ["昆都仑区", "青山区", "固阳县"], "014", "0472", "150203"),
    ("黑龙江省", "齐齐哈尔市", ["龙沙区", "建华区", "拜泉县"], "161", "0452", "230202"),
]
CN_ROADS = [
    "红旗大道",
    "滨江路",
    "长征路",
    "文化路",
    "光明街",
    "育才路",
    "幸福大街",
    "环城北路",
    "朝阳路",
    "工农路",
    "迎宾大道",
    "站前路",
]
CN_ESTATES = [
    "翡翠湾",
    "书香门第",
    "锦江花园",
    "御景华庭",
    "水岸人家",
    "紫金苑",
    "桃源小区",
    "职工宿舍",
    "棉纺厂家属院",
    "和谐家园",
]
CN_TOWNS = ["柏林镇", "石门乡", "长岗镇", "马家寨乡", "十里铺镇", "龙王庙镇", "桥头镇"]
CN_VILLAGES = ["杨柳村", "大槐树村", "上坪村", "新庄村", "河湾村", "高家岭村", "双井村"]
CN_HOSP = [
    "人民医院",
    "中医院",
    "妇幼保健院",
    "第一人民医院",
    "中心医院",
    "医学院附属医院",
    "职业病防治院",
    "传染病医院",
    "康复医院",
    "社区卫生服务中心",
]
CN_COMPANIES = [
    "物业服务有限公司",
    "建筑劳务有限公司",
    "物流有限公司",
    "纺织有限公司",
    "保洁服务有限公司",
    "电子科技有限公司",
    "机械厂",
    "小学",
    "中学",
]


@dataclass
class Geo:
    prov: str | None
    city: str
    district: str
    zip3: str
    area: str
    idarea: str


def geo(c: Ctx) -> Geo:
    p, city, ds, z, a, ida = c.ch(CN_PLACES)
    return Geo(p, city, c.ch(ds), z, a, ida)


def zstreet(c: Ctx, g: Geo, rural: float = 0.2) -> str:
    """From the district or county down to 室 or 组 (ADDRESS_STREET)."""
    if c.chance(rural):
        return (
            f"{g.district}{c.ch(CN_TOWNS)}{c.ch(CN_VILLAGES)}{c.ri(1, 12)}组{c.pick('', f'{c.ri(1, 88)}号')}"
        )
    return f"{g.district}{c.ch(CN_ROADS)}{c.ri(1, 399)}号{c.ch(CN_ESTATES)}{c.ri(1, 28)}栋{c.ri(1, 4)}单元{c.ri(1, 26)}{c.ri(1, 4):02d}室"


def zhosp(c: Ctx, g: Geo | None = None, short: float = 0.25) -> str:
    g = g or geo(c)
    name = g.city.rstrip("市").removesuffix("地区") + c.ch(CN_HOSP)
    return (
        c.pick(g.city.rstrip("市")[:2] + "市" + c.pick("一院", "人医", "中医院"), name)
        if c.chance(short)
        else name
    )


def zcompany(c: Ctx, g: Geo | None = None) -> str:
    g = g or geo(c)
    return (
        g.city.rstrip("市").removesuffix("地区")
        + c.pick("宏达", "鑫源", "恒通", "金穗", "顺丰达", "晨光", "东方红")
        + c.ch(CN_COMPANIES)
    )


def mobile(c: Ctx) -> str:
    n = c.pick("13", "15", "18", "17", "19") + c.digits(9, False)
    return c.pick(
        n,
        n,
        f"{n[:3]} {n[3:7]} {n[7:]}",
        f"{n[:3]}-{n[3:7]}-{n[7:]}",
        f"+86 {n}",
        f"+86-{n[:3]}-{n[3:7]}-{n[7:]}",
    )


def land(c: Ctx, area: str) -> str:
    n = str(c.ri(2, 8)) + c.digits(6 if len(area) == 4 else 7, False)
    return c.pick(f"{area}-{n}", f"({area}){n}", f"{area} {n[:4]} {n[4:]}", f"（{area}）{n}")


def idcard(c: Ctx, g: Geo, born: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{g.idarea}{born.year:04d}{born.month:02d}{born.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


PLATE_PROV = "京津沪渝冀豫赣湘鄂粤桂闽浙苏鲁川陕甘宁新蒙黑"


def zplate(c: Ctx) -> str:
    p, letter = c.ch(PLATE_PROV), c.ch("ABCDEFGHJK")
    tail = c.pick(
        c.digits(5, False),
        f"{c.ch('ABCDEFGHJKLMNPQRSTUVWXYZ')}{c.digits(4, False)}",
        f"{c.digits(3, False)}{c.letters(2)}",
        f"{c.digits(2, False)}{c.letters(1)}{c.digits(2, False)}",
    )
    return c.pick(
        f"{p}{letter}·{tail}",
        f"{p}{letter}{tail}",
        f"{p}{letter}·D{c.digits(5, False)}",
        f"{p}{letter} {tail}",
    )


def age_zh(age: int, unit: str = "岁") -> list:
    return [P("AGE_OVER_89", str(age)) if age > 89 else str(age), unit]
