# Longer than 450 lines: v4's own value pools (people, places, facilities, identifiers of two countries) are data, kept beside the small markup renderer that the v4 templates share.
"""v4's own toolkit: an inline-markup renderer over ``_core.Doc`` and v4's own value pools.

Templates write notes as literal text: ``[[NAME_CLINICIAN:Okafor]]`` marks a PHI span and
``⟦dr|metformin⟧`` a clinical keep term (``_core``'s keep markup). :func:`render` turns such a
string into a ``Doc`` with exact offsets. Nothing here comes from ``_core``'s value pools: the
names, places, facilities and identifier shapes below are v4's own, drawn with the note's seeded
``random.Random`` and seeded Faker instances (``en_US``, ``zh_CN`` and, for names of other
origins, a few further locales).
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from _core import PHI_CATEGORIES, Ctx, Doc, P, id_card_checksum
from faker import Faker

__all__ = ["T", "render"]

_PHI_MARK = re.compile(r"\[\[([A-Z_0-9]+):([^\]]+)\]\]")


def T(cat: str, value: object) -> str:
    """Inline PHI markup for one value."""
    if cat not in PHI_CATEGORIES:
        raise ValueError(cat)
    return f"[[{cat}:{value}]]"


def render(text: str) -> Doc:
    """A Doc from text carrying ``[[CAT:value]]`` PHI markup and ``⟦kind|term⟧`` keep markup."""
    d = Doc()
    pos = 0
    for m in _PHI_MARK.finditer(text):
        d.put(text[pos : m.start()], P(m.group(1), m.group(2)))
        pos = m.end()
    d.put(text[pos:])
    return d


# --------------------------------------------------------------------------- dates

START, END = dt.date(2019, 3, 1), dt.date(2025, 6, 30)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = [
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


def day(c: Ctx, start: dt.date = START, end: dt.date = END) -> dt.date:
    return start + dt.timedelta(days=c.ri(0, (end - start).days))


def shift(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def born(c: Ctx, age: int, on: dt.date) -> dt.date:
    """A birth date that makes the person exactly ``age`` on ``on``."""
    b = dt.date(on.year - age, 1, 1) + dt.timedelta(days=c.ri(0, 364))
    if (on.month, on.day) < (b.month, b.day) or b.year != on.year - age:
        b = dt.date(on.year - age - 1, c.ri(1, 12), c.ri(1, 28))
        if (on.month, on.day) >= (b.month, b.day):
            b = dt.date(on.year - age - 1, 12, 31)
    return b


def age(c: Ctx, p_old: float = 0.12) -> int:
    return c.ri(90, 103) if c.chance(p_old) else c.ri(24, 86)


def de(c: Ctx, d: dt.date, style: str | None = None) -> str:
    """An English date in one of many written forms (a PHI value, unmarked)."""
    s = style or c.pick(
        "mdy", "mdy", "mdy0", "short", "long", "dmy", "iso", "mon", "longnoyr", "dash", "dmyc"
    )
    return {
        "mdy": f"{d.month}/{d.day}/{d.year}",
        "mdy0": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
        "dmy": f"{d.day} {MON[d.month - 1]} {d.year}",
        "iso": d.isoformat(),
        "mon": f"{MON[d.month - 1]} {d.day}",
        "longnoyr": f"{MONTH[d.month - 1]} {d.day}",
        "dash": f"{d.month}-{d.day}-{d.year}",
        "dmyc": f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}",
        "md": f"{d.month}/{d.day}",
    }[s]


def dz(c: Ctx, d: dt.date, style: str | None = None) -> str:
    """A Chinese date in one of its written forms (a PHI value, unmarked)."""
    s = style or c.pick("cn", "cn", "cn", "iso", "iso", "dot", "slash", "md", "cn0")
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "iso": d.isoformat(),
        "dot": f"{d.year}.{d.month}.{d.day}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "md": f"{d.month}月{d.day}日",
        "mdd": f"{d.month}-{d.day}",
    }[s]


def clock(c: Ctx, lo: int = 0, hi: int = 23) -> str:
    return f"{c.ri(lo, hi):02d}:{c.ch(('00', '05', '10', '15', '20', '30', '40', '45', '50', '55'))}"


# --------------------------------------------------------------------------- English people

FIRST_F = [
    "Ebony",
    "Tamika",
    "Latoya",
    "Krystal",
    "Brittany",
    "Heather",
    "Dolores",
    "Imelda",
    "Marisol",
    "Yesenia",
    "Ngozi",
    "Chiamaka",
    "Priya",
    "Deepa",
    "Thuy",
    "Linh",
    "Hana",
    "Ingrid",
    "Siobhan",
    "Magdalena",
    "Bernadette",
    "Loretta",
    "Wanda",
    "Trinity",
    "Destiny",
    "Precious",
    "Sunshine",
    "Charity",
    "Patience",
    "Autumn",
]
FIRST_M = [
    "DeShawn",
    "Tyrone",
    "Marcus",
    "Dwayne",
    "Rodrigo",
    "Joaquin",
    "Ignacio",
    "Obinna",
    "Emeka",
    "Rajesh",
    "Sanjay",
    "Tuan",
    "Minh",
    "Bogdan",
    "Wojciech",
    "Seamus",
    "Declan",
    "Lars",
    "Gunnar",
    "Clifford",
    "Earl",
    "Vernon",
    "Royce",
    "Hunter",
    "Chase",
    "Sterling",
    "Major",
    "Rusty",
    "Dusty",
    "Bishop",
]
#: first names above that are also ordinary English words
WORDLIKE_FIRST = [
    "Trinity",
    "Destiny",
    "Precious",
    "Sunshine",
    "Charity",
    "Patience",
    "Autumn",
    "Hunter",
    "Chase",
    "Sterling",
    "Major",
    "Rusty",
    "Dusty",
    "Bishop",
    "Earl",
]
LAST_OWN = [
    "Okafor",
    "Adeyemi",
    "Nwosu",
    "Castellanos",
    "Villanueva",
    "Quintanilla",
    "Thibault",
    "Boudreaux",
    "Kowalczyk",
    "Wiśniewski",
    "Nakashima",
    "Takahashi",
    "Pham",
    "Truong",
    "Bhattacharya",
    "Iyer",
    "Fitzgerald",
    "O'Sullivan",
    "MacAulay",
    "McAllister",
    "Abernathy",
    "Pettigrew",
    "Whitfield",
    "Hargrove",
    "Lindqvist",
    "Haugen",
    "Oyelaran",
    "Mwangi",
    "Tesfaye",
    "Begay",
    "Tsosie",
    "Kahananui",
]
HYPHENATED = [
    "Garcia-Lopez",
    "Smith-Okoye",
    "Nguyen-Tran",
    "Ruiz-Kemper",
    "Alvarez-Boyd",
    "Hart-Mensah",
    "Kaur-Dhillon",
    "Bennett-Ochoa",
]
PARTICLE = [
    "de la Cruz",
    "Van der Berg",
    "da Silva",
    "De Luca",
    "Van Houten",
    "del Toro",
    "bin Hassan",
    "St. Pierre",
    "D'Angelo",
    "Le Blanc",
]
NICK = {
    "Robert": "Bobby",
    "William": "Billy",
    "Elizabeth": "Liz",
    "Margaret": "Peggy",
    "Richard": "Rick",
    "James": "Jimmy",
    "Katherine": "Kate",
    "Joseph": "Joey",
    "Patricia": "Trish",
    "Thomas": "Tommy",
    "Dorothy": "Dot",
    "Charles": "Chuck",
    "Susan": "Sue",
    "Edward": "Ted",
    "Rebecca": "Becky",
}
FOREIGN = (
    "es_MX",
    "pt_BR",
    "pl_PL",
    "it_IT",
    "vi_VN",
    "en_IN",
    "en_NG",
    "fil_PH",
    "fr_FR",
    "de_DE",
    "ga_IE",
    "tr_TR",
)
_FAKERS: dict[str, Faker] = {}


def foreign(c: Ctx, locale: str) -> Faker:
    f = _FAKERS.get(locale)
    if f is None:
        f = _FAKERS[locale] = Faker(locale)
    f.seed_instance(c.seed ^ 0x4E4)
    return f


@dataclass(frozen=True)
class Who:
    first: str
    last: str
    sex: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def inv(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def init_last(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def he(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "M" else "her"

    @property
    def mr(self) -> str:
        return "Mr." if self.sex == "M" else "Ms."


def _clean(s: str) -> str:
    return s.replace(".", "").strip() if s.count(" ") == 0 else s.strip()


def who(c: Ctx, sex: str | None = None, last: str | None = None) -> Who:
    """A person for an English note: Faker en_US mostly, own pools and other locales too."""
    sex = sex or c.pick("M", "F")
    r = c.r.random()
    if r < 0.45:
        first = c.fen.first_name_male() if sex == "M" else c.fen.first_name_female()
        ln = c.fen.last_name()
    elif r < 0.65:
        first = c.ch(FIRST_M if sex == "M" else FIRST_F)
        ln = c.ch(LAST_OWN)
    else:
        f = foreign(c, c.ch(FOREIGN))
        first = f.first_name_male() if sex == "M" else f.first_name_female()
        ln = f.last_name()
    if c.chance(0.08):
        ln = c.ch(HYPHENATED)
    elif c.chance(0.06):
        ln = c.ch(PARTICLE)
    first, ln = _clean(first.split()[0]), _clean(ln)
    return Who(first, last or ln, sex)


CRED = [
    "MD",
    "MD",
    "MD",
    "DO",
    "MD, PhD",
    "NP",
    "PA-C",
    "RN",
    "RN, BSN",
    "APRN",
    "PharmD",
    "LCSW",
    "MSW",
    "CCM",
    "BCC",
]


# --------------------------------------------------------------------------- US places and facilities

#: city, state abbreviation, state name, ZIP prefix, area code
CITIES = [
    ("Loveland", "CO", "Colorado", "805", "970"),
    ("Defiance", "OH", "Ohio", "435", "419"),
    ("Sweet Home", "OR", "Oregon", "973", "541"),
    ("Tell City", "IN", "Indiana", "475", "812"),
    ("Eureka", "CA", "California", "955", "707"),
    ("Reading", "PA", "Pennsylvania", "196", "610"),
    ("Temple", "TX", "Texas", "765", "254"),
    ("Surprise", "AZ", "Arizona", "853", "623"),
    ("Mission", "TX", "Texas", "785", "956"),
    ("Orange", "CA", "California", "928", "714"),
    ("Bath", "ME", "Maine", "045", "207"),
    ("Faith", "SD", "South Dakota", "576", "605"),
    ("Celebration", "FL", "Florida", "347", "407"),
    ("Troy", "NY", "New York", "121", "518"),
    ("Carmel", "IN", "Indiana", "460", "317"),
    ("Pharr", "TX", "Texas", "785", "956"),
    ("Lafayette", "LA", "Louisiana", "705", "337"),
    ("Augusta", "GA", "Georgia", "309", "706"),
    ("Kalamazoo", "MI", "Michigan", "490", "269"),
    ("Duluth", "MN", "Minnesota", "558", "218"),
    ("Yakima", "WA", "Washington", "989", "509"),
    ("Hattiesburg", "MS", "Mississippi", "394", "601"),
    ("Scranton", "PA", "Pennsylvania", "185", "570"),
    ("Bozeman", "MT", "Montana", "597", "406"),
    ("Lawton", "OK", "Oklahoma", "735", "580"),
    ("Pocatello", "ID", "Idaho", "832", "208"),
    ("Dubuque", "IA", "Iowa", "520", "563"),
    ("Gallup", "NM", "New Mexico", "873", "505"),
    ("Hilo", "HI", "Hawaii", "967", "808"),
    ("Paducah", "KY", "Kentucky", "420", "270"),
    ("Cheyenne", "WY", "Wyoming", "820", "307"),
    ("Worcester", "MA", "Massachusetts", "016", "508"),
]
#: city names above that are also ordinary words
WORDLIKE_CITIES = [
    "reading",
    "temple",
    "surprise",
    "mission",
    "orange",
    "bath",
    "faith",
    "celebration",
    "defiance",
    "eureka",
    "sweet home",
]
STREETS = [
    "Quarry Rd",
    "Tamarack Dr",
    "Old Mill Ln",
    "Sycamore Ct",
    "Riverbend Pkwy",
    "Juniper Way",
    "Hawthorne St",
    "Division St",
    "County Road 14",
    "Bluebonnet Trl",
    "Kingsley Ave",
    "Frontage Rd",
    "Magnolia Blvd",
    "Cottonwood Cir",
    "Church St",
    "Depot St",
    "Ridgeview Ter",
    "Lakeshore Dr",
]


@dataclass(frozen=True)
class Town:
    name: str
    st: str
    state: str
    zip3: str
    area: str


def town(c: Ctx) -> Town:
    return Town(*c.ch(CITIES))


def zipcode(c: Ctx, t: Town) -> str:
    z = t.zip3 + c.digits(2, False)
    return z + "-" + c.digits(4, False) if c.chance(0.25) else z


def street(c: Ctx) -> str:
    s = f"{c.ri(3, 9899)} {c.ch(STREETS)}"
    if c.chance(0.3):
        s += c.pick(
            f" Apt {c.ri(1, 40)}{c.ch('ABCD')}",
            f" Unit {c.ri(100, 420)}",
            f", Lot {c.ri(2, 90)}",
            f" #{c.ri(2, 30)}",
        )
    return s


def phone(c: Ctx, area: str | None = None) -> str:
    a, x, y = area or c.pick("312", "614", "704", "915", "801", "412"), c.ri(201, 989), c.digits(4, False)
    return c.pick(
        f"({a}) {x}-{y}", f"{a}-{x}-{y}", f"{a}.{x}.{y}", f"({a}){x}-{y}", f"+1 {a} {x} {y}", f"1-{a}-{x}-{y}"
    )


def hospital(c: Ctx, t: Town | None = None, kind: str = "any") -> str:
    t = t or town(c)
    k = kind if kind != "any" else c.pick("hosp", "hosp", "clinic", "snf", "pharm")
    return c.ch(
        {
            "hosp": [
                f"{t.name} Regional Medical Center",
                f"Mercy Hospital {t.name}",
                f"St. Luke's {t.name}",
                "Good Samaritan Medical Center",
                f"Providence {t.name} Hospital",
                f"{t.name} Memorial Hospital",
                "Sisters of Charity Hospital",
                f"Baptist Health {t.name}",
                "Our Lady of the Lake",
                f"{t.name} Community Hospital",
                "Mercy",
                "St. Luke's",
            ],
            "clinic": [
                f"{t.name} Family Health Center",
                "Northgate Internal Medicine",
                f"{t.name} Free Clinic",
                "Prairie Lakes Community Health",
                "Cleveland Clinic",
                f"{t.name} Pulmonary Associates",
            ],
            "onc": [
                "Riverbend Cancer Institute",
                "Clearwater Oncology Associates",
                f"{t.name} Cancer Center",
                f"Mercy Infusion Center {t.name}",
                "St. Luke's Oncology",
            ],
            "ent": [
                f"{t.name} Hearing & Balance",
                "Lakeside ENT & Audiology",
                f"St. Luke's Audiology {t.name}",
                "Northgate ENT",
            ],
            "snf": [
                f"Willow Creek Care Center of {t.name}",
                "Golden Oaks Rehabilitation",
                "Maple Terrace Nursing Home",
                "Heritage Manor",
                f"{t.name} Veterans Home",
                "Brookdale Assisted Living",
                "Sunrise Hospice House",
            ],
            "pharm": [
                f"Walgreens #{c.ri(1000, 19999)}",
                f"CVS Pharmacy {t.name}",
                "Hometown Drug",
                "Kroger Pharmacy",
                f"{t.name} Apothecary",
            ],
        }[k]
    )


def company(c: Ctx, t: Town | None = None) -> str:
    t = t or town(c)
    return c.ch(
        [
            f"{t.name} Unified School District",
            "Tyson Foods",
            "UPS",
            f"City of {t.name}",
            "Home Depot",
            f"{c.fen.last_name()} Plumbing & Heating",
            f"{c.fen.last_name()} Farms",
            "Amazon fulfillment center",
            f"{t.name} Police Department",
            "Union Pacific Railroad",
            f"{c.fen.company()}",
        ]
    ).replace(",", "")


def mrn(c: Ctx) -> str:
    return c.pick(
        c.digits(8), "M" + c.digits(7), c.digits(3) + "-" + c.digits(2) + "-" + c.digits(3), "E" + c.digits(9)
    )


def acct(c: Ctx) -> str:
    return c.pick("V" + c.digits(9), c.digits(11), "FIN " + c.digits(9), "HAR" + c.digits(8))


def ssn(c: Ctx) -> str:
    a, b, d = c.ri(101, 665), c.ri(10, 99), c.digits(4, False)
    return c.pick(f"{a}-{b}-{d}", f"{a} {b} {d}", f"{a}{b}{d}")


def luhn_npi(c: Ctx) -> str:
    body = c.pick("1", "1", "2") + c.digits(8, False)
    total = 0
    for i, ch in enumerate(reversed("80840" + body)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def dea_no(c: Ctx, last: str) -> str:
    d = [c.ri(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return c.ch("ABFM") + last[0].upper() + "".join(map(str, d)) + str(chk)


def state_lic(c: Ctx, st: str) -> str:
    return c.pick(f"{st}{c.digits(6)}", f"{c.letters(1)}-{c.digits(5)}", f"{c.digits(2)}.{c.digits(6)}")


def member_id(c: Ctx) -> str:
    return c.pick(
        c.letters(3) + c.digits(9), "W" + c.digits(9), c.digits(11) + "A", c.letters(1) + c.digits(8) + "01"
    )


def mbi(c: Ctx) -> str:
    return f"{c.ri(1, 9)}{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}"


def plate(c: Ctx) -> str:
    return c.pick(
        f"{c.digits(3)} {c.letters(3)}",
        f"{c.letters(3)}-{c.digits(4)}",
        f"{c.digits(1)}{c.letters(3)}{c.digits(3)}",
        f"{c.letters(2)}{c.digits(1)} {c.letters(1)}{c.digits(2)}",
    )


def vin(c: Ctx) -> str:
    return "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def serial(c: Ctx) -> str:
    return c.pick(
        c.letters(3) + c.digits(6),
        c.digits(10),
        c.letters(2) + c.digits(7) + c.letters(1),
        c.digits(4) + "-" + c.digits(5),
    )


def passport(c: Ctx) -> str:
    return c.pick(c.digits(9), c.letters(1) + c.digits(8), c.letters(2) + c.digits(7))


def ip(c: Ctx) -> str:
    if c.chance(0.15):
        return f"2001:db8:{c.ri(1, 0xFFF):x}:{c.ri(1, 0xFFFF):x}::{c.ri(1, 0xFF):x}"
    return c.pick(
        f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
        f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
        f"192.168.{c.ri(0, 255)}.{c.ri(2, 254)}",
        f"{c.ri(24, 98)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
    )


def email(c: Ctx, p: Who | None = None, domain: str | None = None) -> str:
    base = re.sub(r"[^a-z]", "", (p.first + p.last).lower()) if p else c.fen.user_name()
    base = base or "pt" + c.digits(3)
    dom = domain or c.pick("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "comcast.net")
    return c.pick(
        f"{base}{c.ri(1, 99)}@{dom}", f"{base}@{dom}", f"{base[:1]}.{base[1:6]}{c.ri(60, 99)}@{dom}"
    )


def url(c: Ctx, host: str, path: str) -> str:
    return f"https://{host}/{path}/{c.token(c.ri(8, 14))}"


# --------------------------------------------------------------------------- Chinese people

XING = [
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "赵",
    "黄",
    "周",
    "吴",
    "徐",
    "孙",
    "胡",
    "朱",
    "高",
    "林",
    "何",
    "郭",
    "马",
    "罗",
    "梁",
    "宋",
    "郑",
    "谢",
    "韩",
    "唐",
    "冯",
    "于",
    "董",
    "萧",
    "程",
    "曹",
    "袁",
    "邓",
    "许",
    "傅",
    "沈",
    "曾",
    "彭",
    "吕",
    "苏",
    "卢",
    "蒋",
    "蔡",
    "贾",
    "丁",
    "魏",
    "薛",
    "叶",
    "阎",
    "余",
    "潘",
    "杜",
    "戴",
    "夏",
    "钟",
    "汪",
    "田",
    "任",
    "姜",
    "范",
    "方",
    "石",
    "姚",
    "谭",
    "廖",
    "邹",
    "熊",
    "金",
    "陆",
    "郝",
    "孔",
    "白",
    "崔",
    "康",
    "毛",
    "邱",
    "秦",
    "江",
    "史",
    "顾",
    "侯",
    "邵",
    "孟",
    "龙",
    "万",
    "段",
    "雷",
    "钱",
    "汤",
    "尹",
    "黎",
    "易",
    "常",
    "武",
    "乔",
    "贺",
    "赖",
    "龚",
    "文",
    "庞",
    "樊",
    "兰",
    "殷",
    "施",
    "陶",
    "洪",
    "翟",
    "安",
    "颜",
    "倪",
    "严",
    "牛",
    "温",
    "芦",
    "季",
    "俞",
    "章",
    "鲁",
    "葛",
    "伍",
    "韦",
    "申",
    "尤",
    "毕",
    "聂",
    "丛",
    "焦",
    "向",
    "柳",
    "邢",
    "路",
    "岳",
    "齐",
    "梅",
    "莫",
    "庄",
    "辛",
    "管",
    "祝",
    "左",
    "涂",
    "谷",
    "祁",
    "时",
    "舒",
    "耿",
    "牟",
    "卜",
    "詹",
    "关",
    "苗",
    "凌",
    "费",
    "纪",
    "靳",
    "盛",
    "童",
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "皇甫",
    "公孙",
    "令狐",
    "尉迟",
]
GIVEN_F = [
    "秀梅",
    "淑芬",
    "桂英",
    "玉兰",
    "丽娟",
    "海燕",
    "晓红",
    "春花",
    "美华",
    "慧敏",
    "静怡",
    "雨萱",
    "欣妍",
    "诗涵",
    "梦琪",
    "思琪",
    "婉清",
    "小芳",
    "翠花",
    "金凤",
    "丹",
    "琳",
    "洁",
    "蕾",
    "莉",
    "雯",
    "瑶",
    "彤",
    "月娥",
    "巧云",
]
GIVEN_M = [
    "建华",
    "志强",
    "国平",
    "德明",
    "永福",
    "洪涛",
    "海龙",
    "振宇",
    "俊杰",
    "浩然",
    "子轩",
    "宇航",
    "晨阳",
    "博文",
    "卫国",
    "红旗",
    "胜利",
    "长江",
    "铁军",
    "大勇",
    "刚",
    "磊",
    "鹏",
    "斌",
    "勇",
    "涛",
    "昊",
    "凯",
    "文彬",
    "家乐",
]
ZH_NICK = ["小芳", "小宝", "豆豆", "妞妞", "壮壮", "阿强", "阿珍", "二毛", "小胖", "丫丫"]


@dataclass(frozen=True)
class Ren:
    xing: str
    ming: str
    sex: str

    @property
    def full(self) -> str:
        return self.xing + self.ming

    @property
    def padded(self) -> str:
        return self.xing + "  " + self.ming if len(self.full) == 2 else self.full


def ren(c: Ctx, sex: str | None = None, xing: str | None = None) -> Ren:
    """A person for a Chinese note: own surname and given-name pools, Faker zh_CN for part of them."""
    sex = sex or c.pick("M", "F")
    x = c.fzh.last_name() if xing is None and c.chance(0.35) else xing or c.ch(XING)
    return Ren(x, c.ch(GIVEN_M if sex == "M" else GIVEN_F), sex)


# --------------------------------------------------------------------------- Chinese places and facilities

#: province (None for a municipality), city, districts, county with towns, postcode prefix, area code, ID area code
GEO = [
    (
        "河南省",
        "洛阳市",
        ["西工区", "涧西区", "老城区"],
        ("栾川县", ["城关镇", "潭头镇"]),
        "471",
        "0379",
        "410303",
    ),
    ("四川省", "南充市", ["顺庆区", "高坪区"], ("仪陇县", ["马鞍镇", "金城镇"]), "637", "0817", "511302"),
    ("江西省", "赣州市", ["章贡区", "南康区"], ("于都县", ["贡江镇", "罗坳镇"]), "341", "0797", "360702"),
    ("湖南省", "岳阳市", ["岳阳楼区", "君山区"], ("平江县", ["汉昌镇", "三市镇"]), "414", "0730", "430602"),
    ("广东省", "湛江市", ["赤坎区", "霞山区"], ("徐闻县", ["徐城街道", "下桥镇"]), "524", "0759", "440802"),
    ("山东省", "潍坊市", ["奎文区", "潍城区"], ("临朐县", ["城关街道", "五井镇"]), "261", "0536", "370705"),
    ("河北省", "保定市", ["竞秀区", "莲池区"], ("阜平县", ["龙泉关镇", "阜平镇"]), "071", "0312", "130602"),
    ("湖北省", "宜昌市", ["西陵区", "伍家岗区"], ("秭归县", ["茅坪镇", "郭家坝镇"]), "443", "0717", "420502"),
    (
        "广西壮族自治区",
        "桂林市",
        ["秀峰区", "七星区"],
        ("阳朔县", ["阳朔镇", "兴坪镇"]),
        "541",
        "0773",
        "450302",
    ),
    (
        "黑龙江省",
        "齐齐哈尔市",
        ["龙沙区", "建华区"],
        ("克山县", ["克山镇", "北联镇"]),
        "161",
        "0452",
        "230202",
    ),
    ("吉林省", "吉林市", ["船营区", "昌邑区"], ("桦甸市", ["八道河子镇"]), "132", "0432", "220204"),
    ("甘肃省", "天水市", ["秦州区", "麦积区"], ("甘谷县", ["大像山镇", "新兴镇"]), "741", "0938", "620502"),
    ("陕西省", "榆林市", ["榆阳区", "横山区"], ("米脂县", ["银州街道", "桃镇"]), "719", "0912", "610802"),
    ("江苏省", "盐城市", ["亭湖区", "盐都区"], ("射阳县", ["合德镇", "临海镇"]), "224", "0515", "320902"),
    ("浙江省", "温州市", ["鹿城区", "瓯海区"], ("文成县", ["大峃镇", "珊溪镇"]), "325", "0577", "330302"),
    ("安徽省", "六安市", ["金安区", "裕安区"], ("霍邱县", ["城关镇", "临淮岗乡"]), "237", "0564", "341502"),
    ("福建省", "莆田市", ["城厢区", "荔城区"], ("仙游县", ["鲤城街道", "枫亭镇"]), "351", "0594", "350302"),
    ("河南省", "开封市", ["鼓楼区", "龙亭区"], ("兰考县", ["城关镇", "堌阳镇"]), "475", "0371", "410204"),
    (
        None,
        "重庆市",
        ["渝中区", "沙坪坝区", "江北区"],
        ("石柱土家族自治县", ["南宾街道", "西沱镇"]),
        "400",
        "023",
        "500103",
    ),
    (
        None,
        "天津市",
        ["河西区", "南开区", "红桥区"],
        ("蓟州区", ["渔阳镇", "下营镇"]),
        "300",
        "022",
        "120103",
    ),
]
ROADS = [
    "凯旋路",
    "九都路",
    "滨江路",
    "学府街",
    "建业大道",
    "育才路",
    "青年路",
    "光明街",
    "纺织路",
    "工农路",
    "健康路",
    "红星路",
    "东风路",
    "朝阳街",
    "文化路",
    "新华东路",
    "站前路",
    "桃源路",
]
ESTATES = [
    "锦江苑",
    "丽景华庭",
    "书香门第",
    "御景湾",
    "康居小区",
    "电业局家属院",
    "纺织厂宿舍",
    "江南名府",
    "盛世豪庭",
    "水岸花城",
    "教师新村",
    "怡和园",
]
VILLAGES = ["沙河村", "柳树沟村", "上湾村", "杨家坪村", "石门村", "高桥村", "新田村"]


@dataclass(frozen=True)
class Di:
    prov: str | None
    city: str
    districts: list
    county: tuple
    post3: str
    area: str
    idarea: str

    @property
    def short(self) -> str:
        return self.city[:-1] if self.city.endswith("市") else self.city


def di(c: Ctx) -> Di:
    return Di(*c.ch(GEO))


def addr_zh(c: Ctx, g: Di) -> str:
    """District/county down to the door (ADDRESS_STREET, the city and province written apart)."""
    if c.chance(0.25):
        cty, towns = g.county
        return f"{cty}{c.ch(towns)}{c.ch(VILLAGES)}{c.ri(1, 9)}组{c.ri(1, 60)}号"
    d = c.ch(g.districts)
    tail = c.pick(
        f"{c.ri(1, 30)}栋{c.ri(1, 4)}单元{c.ri(1, 30)}{c.ri(0, 1)}{c.ri(1, 6)}室",
        f"{c.ri(1, 12)}号楼{c.ri(101, 2406)}",
        f"{c.ri(1, 9)}幢{c.ri(101, 1802)}室",
    )
    return f"{d}{c.ch(ROADS)}{c.ri(1, 399)}号{c.ch(ESTATES)}{tail}"


def postcode_zh(c: Ctx, g: Di) -> str:
    return g.post3 + c.digits(3, False)


def mobile(c: Ctx) -> str:
    n = c.ch(("138", "139", "150", "151", "158", "182", "187", "135", "186", "133", "177", "199")) + c.digits(
        8, False
    )
    return c.pick(n, n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"+86 {n}")


def landline(c: Ctx, g: Di) -> str:
    n = c.digits(7 if g.area in ("0938", "0912") else 8)
    return c.pick(f"{g.area}-{n}", f"({g.area}){n}", f"{g.area} {n}")


def hosp_zh(c: Ctx, g: Di, kind: str = "any") -> str:
    s, d = g.short, c.ch(g.districts)
    k = kind if kind != "any" else c.pick("big", "big", "special", "small", "abbr")
    return c.ch(
        {
            "big": [
                f"{s}市第一人民医院",
                f"{s}市中心医院",
                f"{s}市第三人民医院",
                f"{d}人民医院",
                "四川大学华西医院",
                "中南大学湘雅二医院",
                f"{s}医学院附属医院",
                f"{c.ch(g.county[0:1])}人民医院",
            ],
            "special": [
                f"{s}市中医院",
                f"{s}市妇幼保健院",
                f"{s}市肿瘤医院",
                f"{s}市康复医院",
                f"{s}市第二福利院",
            ],
            "eye": [f"{s}市眼科医院", f"{s}爱尔眼科医院", f"{s}市第一人民医院", f"{s}普瑞眼科医院"],
            "dental": [
                f"{s}市口腔医院",
                "四川大学华西口腔医院",
                f"{s}市第一人民医院",
                f"{d}{c.ch(['美奥', '拜博', '瑞尔'])}口腔门诊部",
            ],
            "small": [
                f"{c.ch(g.county[1])}卫生院",
                f"{d}{c.ch(ROADS)[:2]}社区卫生服务中心",
                f"{s}市第二福利院",
                "老百姓大药房",
                f"{c.ch(ROADS)}益丰大药房",
            ],
            "community": [
                f"{c.ch(g.county[1])}卫生院",
                f"{d}{c.ch(ROADS)[:2]}社区卫生服务中心",
                f"{d}{c.ch(['东城', '南关', '西街', '北苑'])}社区卫生服务站",
            ],
            "tcm": [f"{s}市中医院", f"{s}中医药大学附属医院", f"{d}中医医院", f"{s}市中西医结合医院"],
            "abbr": ["市一院", "市中心医院", "华西", "湘雅", "市中医院", "县医院", "市妇幼"],
        }[k]
    )


def workplace_zh(c: Ctx, g: Di) -> str:
    s = g.short
    return c.ch(
        [
            f"{s}市第{c.ch('一二三四五六七八')}中学",
            f"{s}市公交集团",
            f"{s}钢铁集团有限公司",
            f"{s}市供电公司",
            f"{s}市{c.ch(g.districts)}城管局",
            f"{s}{c.ch(['华润', '宏达', '新希望', '金叶'])}纺织有限公司",
            "中国邮政集团",
            f"{s}市人民检察院",
            f"{s}{c.ch(['顺丰', '京东'])}物流分拣中心",
            f"{c.fzh.company()}",
        ]
    )


def id_card_zh(c: Ctx, g: Di, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{g.idarea}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def plate_zh(c: Ctx, g: Di) -> str:
    pref = {
        "洛阳市": "豫C",
        "南充市": "川R",
        "赣州市": "赣B",
        "岳阳市": "湘F",
        "湛江市": "粤G",
        "潍坊市": "鲁G",
        "保定市": "冀F",
        "宜昌市": "鄂E",
        "桂林市": "桂C",
        "齐齐哈尔市": "黑B",
        "吉林市": "吉B",
        "天水市": "甘E",
        "榆林市": "陕K",
        "盐城市": "苏J",
        "温州市": "浙C",
        "六安市": "皖N",
        "莆田市": "闽B",
        "开封市": "豫B",
        "重庆市": "渝A",
        "天津市": "津A",
    }[g.city]
    tail = c.pick(c.alnum(5), c.digits(5), "D" + c.alnum(5))
    return c.pick(f"{pref}{tail}", f"{pref}·{tail}", f"{pref} {tail}")


def mrn_zh(c: Ctx) -> str:
    return c.pick(c.digits(7), c.digits(8), "ZY" + c.digits(8), c.digits(10), c.digits(2) + "-" + c.digits(6))


def yibao(c: Ctx) -> str:
    return c.pick(c.digits(10), c.letters(1) + c.digits(8), c.digits(6) + c.alnum(4) + c.digits(2))


# --------------------------------------------------------------------------- relatives

KIN_EN = {
    "wife": "F",
    "husband": "M",
    "son": "M",
    "daughter": "F",
    "sister": "F",
    "brother": "M",
    "niece": "F",
    "nephew": "M",
    "mother": "F",
    "father": "M",
    "grandson": "M",
    "granddaughter": "F",
    "partner": None,
    "roommate": None,
    "friend": None,
    "neighbor": None,
}
KIN_ZH = {
    "儿子": "M",
    "女儿": "F",
    "妻子": "F",
    "丈夫": "M",
    "侄子": "M",
    "儿媳": "F",
    "老伴": None,
    "配偶": None,
    "之子": "M",
    "之女": "F",
    "其妻": "F",
    "其夫": "M",
    "其女": "F",
    "其子": "M",
    "护工": None,
    "外孙女": "F",
}


def kin(c: Ctx, *words: str, last: str | None = None) -> tuple[str, Who]:
    """A relation word and a person whose sex fits it (English)."""
    w = c.ch(words or tuple(KIN_EN))
    return w, who(c, KIN_EN[w], last)


def kin_zh(c: Ctx, *words: str, xing: str | None = None, avoid: Ren | None = None) -> tuple[str, Ren]:
    """A relation word and a person whose sex fits it (Chinese)."""
    w = c.ch(words or tuple(KIN_ZH))
    r = ren(c, KIN_ZH[w], xing)
    for _ in range(8):  # a relative sharing the surname never shares the given name too
        if avoid is None or r.ming != avoid.ming:
            break
        r = ren(c, KIN_ZH[w], xing)
    return w, r
