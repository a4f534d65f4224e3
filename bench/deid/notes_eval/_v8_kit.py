# Longer than 450 lines: the value pools (names, places, identifiers of two countries) are data, one item a line as the formatter lays them out.
"""v8's own value pools and small renderers (names, places, identifiers, dates of two countries).

Written for v8 alone, without reading any other version's kit or templates; from ``_core`` it takes
only the span-tracking builder (``Doc``, ``P``, ``K``), the per-note random context ``Ctx`` and the
身份证 check digit. Every function draws from ``c`` (the note's seeded context) so a seed gives the
same note on every run.
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from _core import Ctx, Doc, K, P, id_card_checksum

__all__ = ["Ctx", "Doc", "K", "P"]

# --------------------------------------------------------------------------- people (en)

FIRST_F = [
    "Latoya",
    "Bernadette",
    "Svetlana",
    "Ngozi",
    "Priyanka",
    "Marisol",
    "Kateryna",
    "Aroha",
    "Yolanda",
    "Imelda",
    "Dagny",
    "Fatou",
    "Mei-Ling",
    "Rosalind",
    "Tamsin",
    "Oksana",
    "Shaniqua",
    "Guadalupe",
    "Hyun-joo",
    "Ines",
    "Brigid",
    "Thandiwe",
    "Leilani",
    "Margarethe",
    "Noor",
    "Consuelo",
    "Delphine",
    "Kiri",
    "Ashlyn",
    "Darlene",
]
FIRST_M = [
    "Tobias",
    "Oluwaseun",
    "Dmitri",
    "Rafael",
    "Anand",
    "Cormac",
    "Thanh",
    "Kwame",
    "Everett",
    "Bartholomew",
    "Ignacio",
    "Sione",
    "Jaroslav",
    "Mustafa",
    "Desmond",
    "Hiroshi",
    "Lachlan",
    "Tyrone",
    "Björn",
    "Emeka",
    "Gustavo",
    "Radu",
    "Wendell",
    "Farid",
    "Cletus",
    "Dwayne",
    "Matteo",
    "Arjun",
    "Kofi",
    "Lonnie",
]
#: first names that are everyday words (also in the spec's word-like list)
WORD_FIRST = [
    "Summer",
    "Autumn",
    "Honey",
    "Sunny",
    "Brook",
    "Crystal",
    "Star",
    "Precious",
    "Major",
    "Royal",
    "Cash",
    "Rusty",
    "Sterling",
    "Chance",
    "Hunter",
    "Forrest",
]
LAST = [
    "Okonkwo",
    "Vasquez-Whitfield",
    "Lindqvist",
    "Nakashima",
    "Papadakis",
    "Abernathy",
    "Castellanos",
    "Dziedzic",
    "Oyelaran",
    "Truong",
    "Fitzgerald",
    "Rasmussen",
    "Mbeki",
    "Pellegrino",
    "Haugen",
    "Szymanski",
    "Kahananui",
    "Achterberg",
    "Delacroix",
    "Iyer",
    "Venkataraman",
    "Odhiambo",
    "Quintanilla",
    "Sorensen",
    "Babatunde",
    "Marchetti",
    "Kowalczyk",
    "Yamamoto",
    "Lefebvre",
    "Oduya",
    "Ferreira",
    "Tshabalala",
    "Halvorsen",
    "Gutierrez",
]
PARTICLE_LAST = [
    "van der Berg",
    "de la Cruz",
    "Dos Santos",
    "al-Rashid",
    "Van Buren",
    "du Plessis",
    "ter Haar",
    "O'Donoghue",
    "McAllister",
    "St. Clair",
    "bin Hamzah",
    "Della Rosa",
    "von Ahn",
    "Mac Giolla",
]
#: surnames that are everyday words
WORD_LAST = [
    "Parish",
    "Stone",
    "Baker",
    "Fox",
    "Rich",
    "Hill",
    "Street",
    "Bond",
    "Church",
    "Friend",
    "Winter",
    "Sharp",
    "Bull",
    "Christmas",
    "Cook",
    "Wise",
]
NICK = {
    "Bartholomew": "Bart",
    "Margarethe": "Greta",
    "Rosalind": "Roz",
    "Oluwaseun": "Seun",
    "Everett": "Ev",
    "Bernadette": "Bernie",
    "Lachlan": "Lach",
    "Dmitri": "Dima",
    "Svetlana": "Sveta",
    "Guadalupe": "Lupe",
}
WORDLIKE = frozenset(w.lower() for w in WORD_FIRST + WORD_LAST)


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    sex: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def person(c: Ctx, sex: str | None = None, word: float = 0.15) -> Person:
    sex = sex or c.pick("F", "M")
    if c.chance(word) and sex == "F":
        first = c.ch(WORD_FIRST[:8])
    elif c.chance(word) and sex == "M":
        first = c.ch(WORD_FIRST[8:])
    elif c.chance(0.35):
        first = c.fen.first_name_female() if sex == "F" else c.fen.first_name_male()
    else:
        first = c.ch(FIRST_F if sex == "F" else FIRST_M)
    last = c.wpick((0.4, None), (0.15, "particle"), (word, "word"), (0.3, "faker"))
    last = {
        None: c.ch(LAST),
        "particle": c.ch(PARTICLE_LAST),
        "word": c.ch(WORD_LAST),
        "faker": c.fen.last_name(),
    }[last]
    return Person(first, last, sex)


def name_form(c: Ctx, p: Person, cat: str, form: str | None = None) -> list:
    """One way of writing a person's name; only the identifying part is a span."""
    form = form or c.ch(("full", "full", "lastfirst", "caps", "lower", "init", "title", "nick"))
    if form == "nick" and p.first in NICK:
        return [P(cat, f"{NICK[p.first]} {p.last}")]
    if form == "lastfirst":
        return [P(cat, f"{p.last}, {p.first}")]
    if form == "caps":
        return [P(cat, f"{p.last.upper()}, {p.first.upper()}")]
    if form == "lower":
        return [P(cat, p.full.lower())]
    if form == "init":
        return [P(cat, f"{p.first[0]}. {p.last}")]
    if form == "title":
        return [("Mrs. " if p.sex == "F" else "Mr. "), P(cat, p.last)]
    return [P(cat, p.full)]


# --------------------------------------------------------------------------- dates

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


def day(c: Ctx, lo: dt.date = dt.date(2019, 2, 1), hi: dt.date = dt.date(2025, 10, 30)) -> dt.date:
    return lo + dt.timedelta(days=c.ri(0, (hi - lo).days))


def after(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def den(c: Ctx, d: dt.date, style: str | None = None) -> P:
    """An English date in one of the forms busy people type."""
    style = style or c.ch(
        ("us", "us", "us0", "short", "dash", "mon", "long", "dmy", "iso", "dot", "nosep", "ord")
    )
    s = {
        "us": f"{d.month}/{d.day}/{d.year}",
        "us0": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "dash": f"{d.month}-{d.day}-{d.year}",
        "mon": f"{MON[d.month - 1]} {d.day}, {d.year}",
        "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
        "dmy": f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}",
        "iso": d.isoformat(),
        "dot": f"{d.month:02d}.{d.day:02d}.{d.year}",
        "nosep": f"{d.month:02d}{d.day:02d}{d.year}",
        "ord": f"{MONTH[d.month - 1]} {d.day}{'th' if 10 < d.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}",
        "md": f"{d.month}/{d.day}",
    }[style]
    return P("DATE", s)


def dzh(c: Ctx, d: dt.date, style: str | None = None) -> P:
    style = style or c.ch(("cn", "cn", "cn0", "iso", "dot", "slash", "md", "compact", "sp"))
    return P(
        "DATE",
        {
            "cn": f"{d.year}年{d.month}月{d.day}日",
            "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
            "iso": d.isoformat(),
            "dot": f"{d.year}.{d.month}.{d.day}",
            "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
            "md": f"{d.month}月{d.day}日",
            "compact": f"{d.year}{d.month:02d}{d.day:02d}",
            "sp": f"{d.year} 年 {d.month} 月 {d.day} 日",
        }[style],
    )


def dob_for(c: Ctx, age: int, on: dt.date) -> dt.date:
    """A birth date that makes the person exactly ``age`` on ``on``."""
    return dt.date(on.year - age - 1, on.month, min(on.day, 28)) + dt.timedelta(days=c.ri(1, 364))


def age(c: Ctx, old: float = 0.12) -> int:
    return c.ri(90, 103) if c.chance(old) else c.ri(19, 88)


def age_p(a: int, suffix: str = "") -> object:
    """The age as a span only when it is above 89 (README)."""
    return P("AGE_OVER_89", f"{a}{suffix}") if a > 89 else f"{a}{suffix}"


def clock(c: Ctx) -> str:
    return f"{c.ri(0, 23):02d}{c.pick(':', '')}{c.ri(0, 59):02d}"


# --------------------------------------------------------------------------- US places and numbers


@dataclass(frozen=True)
class Town:
    city: str
    st: str
    state: str
    zip3: str
    area: str


TOWNS = [
    Town(*t)
    for t in (
        ("Pueblo", "CO", "Colorado", "810", "719"),
        ("Muncie", "IN", "Indiana", "473", "765"),
        ("Bangor", "ME", "Maine", "044", "207"),
        ("Dothan", "AL", "Alabama", "363", "334"),
        ("Yakima", "WA", "Washington", "989", "509"),
        ("Lafayette", "LA", "Louisiana", "705", "337"),
        ("Joplin", "MO", "Missouri", "648", "417"),
        ("Kearney", "NE", "Nebraska", "688", "308"),
        ("Bozeman", "MT", "Montana", "597", "406"),
        ("Scranton", "PA", "Pennsylvania", "185", "570"),
        ("Utica", "NY", "New York", "135", "315"),
        ("Hilo", "HI", "Hawaii", "967", "808"),
        ("Las Cruces", "NM", "New Mexico", "880", "575"),
        ("Pocatello", "ID", "Idaho", "832", "208"),
        ("Enid", "OK", "Oklahoma", "737", "580"),
        ("Florence", "SC", "South Carolina", "295", "843"),
        ("Duluth", "MN", "Minnesota", "558", "218"),
        ("Paducah", "KY", "Kentucky", "420", "270"),
        ("Valdosta", "GA", "Georgia", "316", "229"),
        ("Eau Claire", "WI", "Wisconsin", "547", "715"),
        ("Bismarck", "ND", "North Dakota", "585", "701"),
        ("Rapid City", "SD", "South Dakota", "577", "605"),
        ("Flagstaff", "AZ", "Arizona", "860", "928"),
        ("Chico", "CA", "California", "959", "530"),
        ("Bend", "OR", "Oregon", "977", "541"),
        ("Laredo", "TX", "Texas", "780", "956"),
        ("Burlington", "VT", "Vermont", "054", "802"),
        ("Hattiesburg", "MS", "Mississippi", "394", "601"),
        ("Mankato", "MN", "Minnesota", "560", "507"),
        ("Johnson City", "TN", "Tennessee", "376", "423"),
    )
]
STREET_NAMES = [
    "Hackberry",
    "Old Mill",
    "Quarry",
    "Sycamore Ridge",
    "Tamarack",
    "Beulah",
    "Cottonwood",
    "Depot",
    "Larkspur",
    "Kinnickinnic",
    "Mesquite",
    "Orchard Hill",
    "Pawnee",
    "Ridgeview",
    "Shawnee",
    "Tupelo",
    "Wagon Wheel",
    "Willow Bend",
]
STREET_KINDS = [
    "St",
    "Ave",
    "Rd",
    "Dr",
    "Ln",
    "Blvd",
    "Ct",
    "Way",
    "Pkwy",
    "Trl",
    "Street",
    "Road",
    "Avenue",
    "Cir",
    "Pl",
]


def town(c: Ctx) -> Town:
    return c.ch(TOWNS)


def zipc(c: Ctx, t: Town, plus4: float = 0.25) -> str:
    z = t.zip3 + c.digits(2, False)
    return f"{z}-{c.digits(4, False)}" if c.chance(plus4) else z


def street(c: Ctx) -> str:
    kind = c.wpick((0.7, "plain"), (0.1, "po"), (0.08, "rr"), (0.12, "unit"))
    base = f"{c.ri(3, 9899)} {c.pick('', 'N ', 'S ', 'E ', 'W ')}{c.ch(STREET_NAMES)} {c.ch(STREET_KINDS)}"
    if kind == "po":
        return c.pick("PO Box ", "P.O. Box ", "POB ") + str(c.ri(10, 9999))
    if kind == "rr":
        return f"{c.pick('RR', 'Rural Route', 'RR#')} {c.ri(1, 9)} Box {c.ri(10, 990)}"
    if kind == "unit":
        return (
            base
            + c.pick(" Apt ", " Apt. ", " #", " Unit ", " Ste ", " Suite ", ", Apt ", " Lot ")
            + c.pick(str(c.ri(1, 40)), f"{c.ri(1, 9)}{c.letters(1, 'ABCDEF')}", str(c.ri(100, 990)))
        )
    return base


def address(c: Ctx, t: Town | None = None, layout: str | None = None, sep: str = "\n") -> list:
    """A patient's US address in one of several layouts (state labelled: it is the patient's)."""
    t = t or town(c)
    st = P("PROVINCE_STATE", t.st if c.chance(0.75) else t.state)
    z = P("POSTCODE", zipc(c, t))
    layout = layout or c.ch(("comma", "nocomma", "oneline", "caps"))
    s = street(c)
    if layout == "caps":
        return [
            P("ADDRESS_STREET", s.upper()),
            sep,
            P("CITY", t.city.upper()),
            " ",
            P("PROVINCE_STATE", t.st),
            "  ",
            z,
        ]
    if layout == "oneline":
        return [P("ADDRESS_STREET", s), ", ", P("CITY", t.city), ", ", st, " ", z]
    if layout == "nocomma":
        return [P("ADDRESS_STREET", s), sep, P("CITY", t.city), " ", st, " ", z]
    return [P("ADDRESS_STREET", s), sep, P("CITY", t.city), ", ", st, " ", z]


def phone(c: Ctx, area: str | None = None, cat: str = "PHONE") -> P:
    a = area or c.ch(TOWNS).area
    n = f"{c.ri(201, 989)}"
    x = c.digits(4, False)
    s = c.ch(
        (
            f"({a}) {n}-{x}",
            f"{a}-{n}-{x}",
            f"{a}.{n}.{x}",
            f"{a} {n} {x}",
            f"+1 {a} {n} {x}",
            f"1-{a}-{n}-{x}",
            f"{a}{n}{x}",
        )
    )
    if cat == "PHONE" and c.chance(0.1):
        s += f" x{c.ri(100, 9999)}"
    return P(cat, s)


def email(c: Ctx, p: Person | None = None) -> P:
    p = p or person(c)
    user = c.ch(
        (
            f"{p.first[0]}{p.last}",
            f"{p.first}.{p.last}",
            f"{p.last}{c.ri(1, 99)}",
            f"{p.first}_{c.ri(60, 99)}",
        )
    )
    user = "".join(ch for ch in user.lower() if ch.isascii() and (ch.isalnum() or ch in "._"))
    return P(
        "EMAIL",
        f"{user}@{c.ch(('gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com', 'aol.com', 'frontier.net', 'hotmail.com'))}",
    )


HOSP_STEMS = [
    "Mercy Ridge",
    "Prairie Lakes",
    "Good Samaritan",
    "Cascade Valley",
    "St. Brendan",
    "Tri-County",
    "Bayside",
    "Red River",
    "Sacred Heart",
    "Piedmont Highlands",
    "Lakeshore",
    "Three Rivers",
    "Blue Mesa",
    "Hollins",
]
HOSP_KINDS = [
    "Medical Center",
    "Regional Hospital",
    "Community Hospital",
    "Health",
    "Clinic",
    "Memorial Hospital",
    "Family Practice",
    "Urgent Care",
    "Pharmacy",
    "Rehabilitation Hospital",
    "Health System",
    "Surgery Center",
]


def hospital(c: Ctx, t: Town | None = None, kind: str | None = None) -> P:
    stem = c.ch(HOSP_STEMS) if (t is None or c.chance(0.6)) else t.city
    return P("HOSPITAL", f"{stem} {kind or c.ch(HOSP_KINDS[:6])}")


def mrn(c: Ctx) -> P:
    return P(
        "MRN",
        c.ch(
            (
                c.digits(8),
                f"{c.letters(1)}{c.digits(7, False)}",
                f"{c.digits(3)}-{c.digits(2, False)}-{c.digits(3, False)}",
                f"00{c.digits(6)}",
            )
        ),
    )


def acct(c: Ctx) -> P:
    return P(
        "ACCOUNT",
        c.ch((c.digits(10), f"V{c.digits(9)}", f"{c.digits(4)}-{c.digits(6, False)}", f"FIN{c.digits(8)}")),
    )


def accession(c: Ctx) -> P:
    return P(
        "ACCESSION",
        c.ch(
            (
                f"{c.letters(2)}{c.digits(2, False)}-{c.digits(6, False)}",
                f"A{c.digits(9)}",
                f"{c.digits(2)}{c.letters(1)}{c.digits(6, False)}",
            )
        ),
    )


def ssn(c: Ctx) -> P:
    a, b, d = c.ri(101, 665), c.ri(10, 99), c.ri(1000, 9999)
    return P("SSN", c.ch((f"{a}-{b}-{d}", f"{a} {b} {d}", f"{a}{b}{d}")))


def insurance(c: Ctx) -> P:
    return P(
        "INSURANCE",
        c.ch(
            (
                f"{c.letters(3)}{c.digits(9)}",
                f"W{c.digits(8)}",
                f"{c.digits(1)}{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(2)}{c.digits(1)}-{c.alnum(2)}{c.digits(2, False)}",
                f"{c.digits(11)}",
            )
        ),
    )


def npi(c: Ctx) -> P:
    body = "1" + c.digits(8, False)
    total, s = 0, "80840" + body
    for i, ch in enumerate(reversed(s)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return P("LICENSE", body + str((10 - total % 10) % 10))


def license_no(c: Ctx, st: str) -> P:
    return P(
        "LICENSE",
        c.ch(
            (
                f"{st}{c.digits(6)}",
                f"{c.letters(1)}{c.digits(5, False)}",
                f"{st}-MD-{c.digits(5)}",
                f"{c.digits(2)}.{c.digits(6, False)}",
            )
        ),
    )


def plate(c: Ctx) -> P:
    return P(
        "VEHICLE",
        c.ch(
            (
                f"{c.digits(1)}{c.letters(3)}{c.digits(3, False)}",
                f"{c.letters(3)}-{c.digits(4, False)}",
                f"{c.letters(3)} {c.digits(3, False)}",
                f"{c.digits(3)}-{c.letters(3)}",
            )
        ),
    )


def vin(c: Ctx) -> P:
    return P("VEHICLE", "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17)))


def serial(c: Ctx) -> P:
    return P(
        "DEVICE",
        c.ch(
            (
                f"{c.letters(3)}{c.digits(7, False)}",
                f"{c.digits(2)}{c.letters(2)}{c.digits(6, False)}",
                f"SN{c.digits(9)}",
                f"{c.letters(1)}{c.digits(3, False)}-{c.digits(5, False)}",
            )
        ),
    )


def passport(c: Ctx) -> P:
    return P(
        "PASSPORT",
        c.ch((c.digits(9), f"{c.letters(1)}{c.digits(8, False)}", f"{c.letters(2)}{c.digits(7, False)}")),
    )


def ip(c: Ctx) -> P:
    if c.chance(0.15):
        return P("IP", f"2001:db8:{c.ri(1, 65535):x}:{c.ri(1, 65535):x}::{c.ri(1, 255):x}")
    return P("IP", f"{c.pick(10, 172, 192, 73, 98, 24)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}")


def employer(c: Ctx) -> P:
    return P(
        "WORKPLACE",
        c.ch(
            (
                f"{c.fen.last_name()} {c.pick('Trucking', 'Feed & Seed', 'Roofing LLC', 'Poultry', 'Concrete', 'Auto Body')}",
                f"{c.ch(STREET_NAMES)} {c.pick('Elementary School', 'Casino', 'Distribution Center', 'Credit Union', 'Meatpacking')}",
                f"{c.fen.company()}",
            )
        ),
    )


# --------------------------------------------------------------------------- China

ZH_SUR = list(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
)
ZH_RARE = ["亓", "钭", "郦", "靳", "笪", "芮", "禤", "眭", "缑", "蒯", "逯", "粟", "麻", "字", "保"]
ZH_COMPOUND = ["欧阳", "司马", "上官", "端木", "公孙", "长孙", "宇文", "轩辕", "独孤", "西门"]
ZH_GIVEN = [
    "建华",
    "秀兰",
    "志强",
    "丽娟",
    "海燕",
    "国栋",
    "春梅",
    "德胜",
    "玉珍",
    "永红",
    "晓东",
    "梦琪",
    "浩然",
    "欣怡",
    "子轩",
    "雨涵",
    "金凤",
    "三妹",
    "二毛",
    "得福",
    "桂芝",
    "卫国",
    "红霞",
    "振宇",
    "思远",
    "佳琪",
    "诗涵",
    "明",
    "勇",
    "芳",
    "静",
    "磊",
]
ZH_MINORITY = [
    "阿依古丽·买买提",
    "扎西顿珠",
    "其其格",
    "努尔艾力·吐尔洪",
    "央金拉姆",
    "巴特尔",
    "古丽娜尔·吐逊",
]
ZH_SMALL = ["豆豆", "果果", "妞妞", "小宝", "团团", "壮壮", "乐乐"]


@dataclass(frozen=True)
class PersonZ:
    sur: str
    given: str
    sex: str

    @property
    def full(self) -> str:
        return self.sur + self.given


def person_zh(c: Ctx, sex: str | None = None) -> PersonZ:
    sex = sex or c.pick("F", "M")
    if c.chance(0.04):
        return PersonZ("", c.ch(ZH_MINORITY), sex)
    sur = c.wpick((0.7, c.ch(ZH_SUR)), (0.15, c.ch(ZH_RARE)), (0.15, c.ch(ZH_COMPOUND)))
    given = c.ch(ZH_GIVEN) if c.chance(0.6) else c.fzh.first_name()
    return PersonZ(sur, given, sex)


def zname(c: Ctx, p: PersonZ, cat: str, form: str | None = None) -> list:
    form = form or c.ch(("full", "full", "full", "pad", "given", "title"))
    if not p.sur or form == "full":
        return [P(cat, p.full)]
    if form == "pad" and len(p.full) == 2:
        return [P(cat, f"{p.sur}  {p.given}")]
    if form == "given" and len(p.given) >= 2:
        return [P(cat, p.given)]
    if form == "title":
        return [
            P(cat, p.sur),
            c.pick("老师", "大爷", "阿姨", "先生", "女士")
            if cat != "NAME_CLINICIAN"
            else c.pick("主任", "医生", "大夫", "护士长"),
        ]
    return [P(cat, p.full)]


@dataclass(frozen=True)
class Place:
    prov: str
    city: str
    dists: tuple[str, ...]
    post: str
    area: str
    code: str  # 身份证 area code prefix (4 digits)
    short: str  # plate letter prefix


PLACES = [
    Place(*p)
    for p in (
        (
            "河南省",
            "洛阳市",
            ("西工区", "涧西区", "老城区", "洛龙区", "偃师区", "孟津区"),
            "471000",
            "0379",
            "4103",
            "豫C",
        ),
        (
            "湖南省",
            "岳阳市",
            ("岳阳楼区", "云溪区", "君山区", "华容县", "平江县"),
            "414000",
            "0730",
            "4306",
            "湘F",
        ),
        (
            "江苏省",
            "盐城市",
            ("亭湖区", "盐都区", "大丰区", "射阳县", "阜宁县"),
            "224000",
            "0515",
            "3209",
            "苏J",
        ),
        (
            "山东省",
            "潍坊市",
            ("奎文区", "潍城区", "坊子区", "寿光市", "青州市"),
            "261000",
            "0536",
            "3707",
            "鲁G",
        ),
        (
            "四川省",
            "南充市",
            ("顺庆区", "高坪区", "嘉陵区", "阆中市", "营山县"),
            "637000",
            "0817",
            "5113",
            "川R",
        ),
        (
            "广西壮族自治区",
            "桂林市",
            ("秀峰区", "叠彩区", "七星区", "阳朔县", "临桂区"),
            "541000",
            "0773",
            "4503",
            "桂C",
        ),
        (
            "浙江省",
            "台州市",
            ("椒江区", "黄岩区", "路桥区", "温岭市", "临海市"),
            "318000",
            "0576",
            "3310",
            "浙J",
        ),
        (
            "黑龙江省",
            "齐齐哈尔市",
            ("龙沙区", "建华区", "铁锋区", "讷河市", "龙江县"),
            "161000",
            "0452",
            "2302",
            "黑B",
        ),
        ("甘肃省", "天水市", ("秦州区", "麦积区", "甘谷县", "秦安县"), "741000", "0938", "6205", "甘E"),
        (
            "安徽省",
            "安庆市",
            ("迎江区", "大观区", "宜秀区", "桐城市", "怀宁县"),
            "246000",
            "0556",
            "3408",
            "皖H",
        ),
        (
            "江西省",
            "赣州市",
            ("章贡区", "南康区", "赣县区", "瑞金市", "于都县"),
            "341000",
            "0797",
            "3607",
            "赣B",
        ),
        (
            "云南省",
            "大理白族自治州",
            ("大理市", "祥云县", "宾川县", "弥渡县"),
            "671000",
            "0872",
            "5329",
            "云L",
        ),
        (
            "辽宁省",
            "锦州市",
            ("古塔区", "凌河区", "太和区", "凌海市", "黑山县"),
            "121000",
            "0416",
            "2107",
            "辽G",
        ),
        (
            "福建省",
            "漳州市",
            ("芗城区", "龙文区", "龙海区", "漳浦县", "诏安县"),
            "363000",
            "0596",
            "3506",
            "闽E",
        ),
        (
            "重庆市",
            "重庆市",
            ("万州区", "涪陵区", "渝北区", "江津区", "綦江区"),
            "400000",
            "023",
            "5001",
            "渝A",
        ),
    )
]
ROADS = [
    "解放",
    "人民",
    "建设",
    "中山",
    "和平",
    "胜利",
    "光明",
    "新华",
    "滨江",
    "文化",
    "纺织",
    "矿山",
    "学府",
    "长青",
    "桃源",
]
ESTATES = [
    "锦绣花园",
    "翠湖小区",
    "幸福里",
    "阳光新城",
    "职工宿舍",
    "金色家园",
    "东方明珠苑",
    "丽景湾",
    "棉纺厂家属院",
    "书香门第",
]


def place(c: Ctx) -> Place:
    return c.ch(PLACES)


def zstreet(c: Ctx, pl: Place, with_dist: bool = True) -> str:
    d = c.ch(pl.dists) if with_dist else ""
    kind = c.wpick((0.55, "urban"), (0.25, "estate"), (0.2, "rural"))
    if kind == "rural":
        return f"{d}{c.pick('城关', '河口', '白沙', '石桥', '新店')}镇{c.pick('王庄', '李家', '后湾', '杨柳', '大营')}村{c.ri(1, 12)}组{c.ri(1, 88)}号"
    if kind == "estate":
        return f"{d}{c.ch(ESTATES)}{c.ri(1, 30)}栋{c.ri(1, 6)}单元{c.ri(1, 28)}0{c.ri(1, 4)}室"
    return f"{d}{c.ch(ROADS)}{c.pick('路', '大道', '街', '北路', '南街')}{c.ri(1, 999)}号" + c.pick(
        "", f"{c.ri(1, 12)}号楼{c.ri(101, 2404)}", f"院内{c.ri(1, 9)}栋"
    )


def zaddr(c: Ctx, pl: Place, prov: bool | None = None) -> list:
    """A patient's address: province (labelled), city, district down to the door."""
    prov = c.chance(0.5) if prov is None else prov
    out: list = []
    if prov and pl.prov != pl.city:
        out.append(P("PROVINCE_STATE", pl.prov))
    out += [P("CITY", pl.city), P("ADDRESS_STREET", zstreet(c, pl))]
    return out


def zphone(c: Ctx, pl: Place | None = None, land: float = 0.35, cat: str = "PHONE") -> P:
    if (pl is not None and c.chance(land)) or cat == "FAX":
        pl = pl or place(c)
        n = c.digits(8 if len(pl.area) == 3 else 7)
        return P(
            cat, c.ch((f"{pl.area}-{n}", f"({pl.area}){n}", f"{pl.area}{n}", f"{pl.area}-{n[:4]}{n[4:]}"))
        )
    m = c.ch(("138", "139", "150", "151", "186", "187", "199", "177", "135", "158")) + c.digits(8, False)
    return P(cat, c.ch((m, m, f"{m[:3]} {m[3:7]} {m[7:]}", f"{m[:3]}-{m[3:7]}-{m[7:]}", f"+86 {m}")))


def id_card(c: Ctx, pl: Place, dob: dt.date, sex: str) -> P:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{pl.code}{c.ri(1, 28):02d}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return P("ID_CARD", body + id_card_checksum(body))


def zhospital(c: Ctx, pl: Place, kind: str | None = None) -> P:
    kind = kind or c.ch(("long", "short", "city", "community", "town", "clinic", "pharmacy", "tcm"))
    cs = pl.city.removesuffix("市").removesuffix("白族自治州")
    d = c.ch(pl.dists)
    return P(
        "HOSPITAL",
        {
            "long": f"{c.pick('南华', '江淮', '北方', '西南')}医科大学附属第{c.pick('一', '二', '三')}医院",
            "short": c.pick("市一院", "市二院", "省人民", "市中心医院", "县医院", "妇幼"),
            "city": f"{cs}市第{c.pick('一', '二', '三', '四')}人民医院",
            "community": f"{d}{c.pick('东城', '西关', '南门', '北苑')}街道社区卫生服务中心",
            "town": f"{d}{c.pick('城关', '白沙', '石桥', '新店')}镇卫生院",
            "clinic": f"{c.pick('仁和', '康泰', '惠民', '博爱')}{c.pick('诊所', '门诊部', '口腔诊所')}",
            "pharmacy": f"{c.pick('老百姓', '益丰', '大参林', '一心堂')}大药房（{c.ch(ROADS)}路店）",
            "tcm": f"{cs}市中医院",
        }[kind],
    )


def zmrn(c: Ctx) -> P:
    return P(
        "MRN", c.ch((c.digits(7), c.digits(10), f"ZY{c.digits(8)}", f"{c.ri(19, 25)}{c.digits(6, False)}"))
    )


def zpassport(c: Ctx) -> P:
    return P(
        "PASSPORT",
        c.ch(
            (
                f"E{c.digits(8, False)}",
                f"E{c.letters(1)}{c.digits(7, False)}",
                f"C{c.digits(8, False)}",
                f"C{c.letters(1)}{c.digits(7, False)}",
                c.digits(8),
                f"H{c.digits(8, False)}",
                f"M{c.digits(8, False)}",
            )
        ),
    )


def zplate(c: Ctx, pl: Place) -> P:
    tail = c.ch(
        (
            f"{c.letters(1)}{c.digits(4, False)}",
            f"{c.digits(5, False)}",
            f"{c.letters(2)}{c.digits(3, False)}",
            f"D{c.alnum(5)}",
        )
    )
    return P("VEHICLE", f"{pl.short}{c.pick('', '·', ' ')}{tail}")


def zins(c: Ctx) -> P:
    return P(
        "INSURANCE",
        c.ch(
            (
                c.digits(10),
                f"{c.letters(1)}{c.digits(8, False)}",
                f"{c.digits(6)}{c.digits(6, False)}",
                f"PICC{c.digits(12)}",
            )
        ),
    )
