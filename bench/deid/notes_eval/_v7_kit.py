# Longer than 450 lines: v7's value pools (names of many origins, places and identifiers of two countries) are data, kept beside the few functions that draw from them.
"""v7's own value pools and line renderer for the seventh (blind) holdout of the notes evaluation set.

Written without reading any earlier version's templates, kits or notes: the only things taken from
``_core`` are the span-tracking builder (:class:`Doc`, :class:`P`, :class:`K`), the per-note random
context (:class:`Ctx`) and the 身份证 check digit. Everything a template draws — people, places,
hospitals, numbers, date forms — comes from here, so v7 does not share value pools with v1-v6.

Templates write one line at a time through :class:`Note`: ``n.line("MRN {m}", m=P("MRN", ...))``;
keep terms are inline ``⟦dr|apixaban⟧`` markup (the builder's), PHI are :class:`P` slot values.
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

from _core import Ctx, Doc, K, P, id_card_checksum
from faker import Faker

__all__ = ["V7_WORDLIKE", "Ctx", "Doc", "K", "Note", "P"]


class Note:
    """A document written line by line; ``line`` takes ``Doc.add``'s format with {slot} values."""

    def __init__(self, c: Ctx):
        self.c = c
        self.doc = Doc()

    def line(self, fmt: str = "", **slots) -> Note:
        self.doc.add(fmt + "\n", **slots)
        return self

    def text(self, fmt: str, **slots) -> Note:
        self.doc.add(fmt, **slots)
        return self

    def maybe(self, p: float, fmt: str, **slots) -> Note:
        if self.c.chance(p):
            self.line(fmt, **slots)
        return self

    def put(self, *items) -> Note:
        self.doc.put(*items)
        return self


# --------------------------------------------------------------------------- English people

#: surnames of eponyms used as keep terms in v7 (and a few famous others): never given to people
EPONYM_BLOCK = frozenset(
    "barrett mallory weiss boston bristol karnofsky lugol hickman groshong swan ganz allen seldinger "
    "judkins bruce tinel snellen fontan graves hashimoto addison down bell apgar alzheimer parkinson "
    "hodgkin crohn foley whipple cushing lewy huntington meniere braden morse glasgow richmond "
    "trendelenburg hartmann nissen roux mayo gleason bishop kegel valsalva doppler holter bezold "
    "frank starling wilson bentall ross norwood de di da du le la".split()
)
#: first names and surnames that are everyday English words
WORD_FIRST = ["Autumn", "Story", "Cash", "King", "Miracle", "Honesty", "Major", "Royal", "Deacon",
              "River", "Storm", "Sunny", "Lyric", "Clay", "Chase", "Sterling", "Precious", "Unique"]
WORD_LAST = ["Lamb", "Fox", "Moody", "Street", "Bone", "Cross", "Sharp", "Swift", "Hand", "Head",
             "Free", "Love", "Wise", "Rich", "Noble", "Stone", "Fields", "Rivers", "Waters", "Summers"]
PARTICLE_LAST = ["van der Linde", "de la Cruz", "O'Connell", "MacAulay", "St. Clair", "da Silva",
                 "D'Amico", "McKinney-Ochoa", "Le Blanc", "von Stade", "Abu-Saleh", "N'Diaye", "ter Horst"]
NICKNAMES = {"Robert": "Bobby", "William": "Billy", "Elizabeth": "Betsy", "Margaret": "Peggy",
             "Katherine": "Kit", "Richard": "Dick", "James": "Jimmy", "Patricia": "Trish",
             "Jennifer": "Jen", "Christopher": "Topher", "Deborah": "Debbie", "Theodore": "Teddy",
             "Alexander": "Sasha", "Guadalupe": "Lupita", "Francisco": "Pancho", "Jose": "Pepe"}
NAME_LOCALES = ("en_US", "en_US", "en_US", "es_MX", "es_MX", "pl_PL", "vi_VN", "fr_FR", "de_DE",
                "it_IT", "pt_BR", "nl_NL", "en_IN", "tr_TR", "ga_IE", "yo_NG", "sw")


@cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


@dataclass
class Person:
    first: str
    last: str
    sex: str
    mi: str = ""
    nick: str = ""

    def full(self) -> str:
        return f"{self.first} {self.last}"

    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    def caps(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()}" + (f" {self.mi}" if self.mi else "")

    def init_last(self) -> str:
        return f"{self.first[0]}. {self.last}"

    def initials(self) -> str:
        return f"{self.first[0]}{self.mi}{self.last[0]}".upper()

    def mr(self) -> str:
        return ("Mr." if self.sex == "M" else self.pick_ms()) + " "

    def pick_ms(self) -> str:
        return "Mrs." if len(self.last) % 3 == 0 else "Ms."

    @property
    def he(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "M" else "her"


def _ok_name(*parts: str) -> bool:
    toks = [t.strip(".'").lower() for p in parts for t in p.replace("-", " ").split()]
    return all(len(t) >= 3 and t not in EPONYM_BLOCK for t in toks if t not in ("de", "la", "van", "der", "von", "da", "le", "ter", "st"))


def person(c: Ctx, sex: str | None = None, last: str | None = None, word: float = 0.15) -> Person:
    """A person of one of many origins; sometimes word-like, hyphenated, particle or nicknamed."""
    sex = sex or c.pick("F", "M")
    for _ in range(30):
        loc = c.ch(NAME_LOCALES)
        f = c.fen if loc == "en_US" else _faker(loc)
        if loc != "en_US":
            f.seed_instance(c.r.randrange(1 << 30))
        first = f.first_name_female() if sex == "F" else f.first_name_male()
        sur = last or f.last_name()
        if c.chance(word):
            first = c.ch(WORD_FIRST) if c.chance(0.5) else first
            sur = last or c.ch(WORD_LAST)
        elif not last and c.chance(0.12):
            sur = c.ch(PARTICLE_LAST)
        elif not last and c.chance(0.08):
            sur = f"{sur}-{c.fen.last_name()}"
        first = first.split()[0]
        if _ok_name(first, sur) and first.isalpha():
            mi = c.letters(1) if c.chance(0.4) else ""
            nick = NICKNAMES.get(first, "") if c.chance(0.7) else ""
            return Person(first, sur, sex, mi, nick)
    return Person("Noor", "Okafor", sex)


def nicked(c: Ctx, sex: str | None = None) -> Person:
    """A person whose first name has a common nickname (Margaret 'Peggy')."""
    first = c.ch([k for k in NICKNAMES if (sex is None) or (k in _SEX_F) == (sex == "F")])
    p = person(c, "F" if first in _SEX_F else "M")
    return Person(first, p.last, p.sex, p.mi, NICKNAMES[first])


_SEX_F = {"Elizabeth", "Margaret", "Katherine", "Patricia", "Jennifer", "Deborah", "Guadalupe"}
CRED = ["MD", "MD", "DO", "MD, FACC", "MD, PhD", "NP", "PA-C", "RN", "RN, CCRN", "RN, OCN", "PharmD", "CRNA", "AuD, CCC-A", "RT(R)", "MSW, LCSW", "CNM"]


# --------------------------------------------------------------------------- English places

@dataclass(frozen=True)
class Town:
    city: str
    state: str
    zip5: str
    area: str


US_STATE_NAMES = {"ME": "Maine", "MN": "Minnesota", "WA": "Washington", "IN": "Indiana", "LA": "Louisiana",
                  "MT": "Montana", "CO": "Colorado", "ND": "North Dakota", "AZ": "Arizona", "VA": "Virginia",
                  "PA": "Pennsylvania", "GA": "Georgia", "MO": "Missouri", "NE": "Nebraska", "IA": "Iowa",
                  "AL": "Alabama", "SD": "South Dakota", "KY": "Kentucky", "TX": "Texas", "NM": "New Mexico",
                  "VT": "Vermont", "WV": "West Virginia", "CA": "California", "WI": "Wisconsin", "OH": "Ohio",
                  "MD": "Maryland", "OR": "Oregon", "ID": "Idaho", "OK": "Oklahoma", "MS": "Mississippi"}
TOWNS = [Town(*t) for t in [
    ("Bangor", "ME", "04401", "207"), ("Duluth", "MN", "55802", "218"), ("Yakima", "WA", "98901", "509"),
    ("Muncie", "IN", "47303", "765"), ("Lafayette", "LA", "70501", "337"), ("Billings", "MT", "59101", "406"),
    ("Pueblo", "CO", "81003", "719"), ("Bismarck", "ND", "58501", "701"), ("Flagstaff", "AZ", "86001", "928"),
    ("Roanoke", "VA", "24011", "540"), ("Erie", "PA", "16501", "814"), ("Macon", "GA", "31201", "478"),
    ("Joplin", "MO", "64801", "417"), ("Kearney", "NE", "68847", "308"), ("Waterloo", "IA", "50701", "319"),
    ("Dothan", "AL", "36301", "334"), ("Rapid City", "SD", "57701", "605"), ("Bowling Green", "KY", "42101", "270"),
    ("Laredo", "TX", "78040", "956"), ("Santa Fe", "NM", "87501", "505"), ("Burlington", "VT", "05401", "802"),
    ("Wheeling", "WV", "26003", "304"), ("Eureka", "CA", "95501", "707"), ("Friendship", "WI", "53934", "608"),
    ("Loving", "NM", "88256", "575"), ("Commerce", "TX", "75428", "903"), ("Hazard", "KY", "41701", "606"),
    ("Plain City", "OH", "43064", "614"), ("Accident", "MD", "21520", "301"), ("Sweet Home", "OR", "97386", "541"),
    ("Nampa", "ID", "83651", "208"), ("Enid", "OK", "73701", "580"), ("Tupelo", "MS", "38801", "662"),
    ("Hurricane", "WV", "25526", "304"), ("Kalispell", "MT", "59901", "406"), ("Kokomo", "IN", "46901", "765"),
]]
STREET_NAMES = ["Cedar Hollow", "Old Mill", "Quarry", "Pheasant Run", "Tamarack", "Bluebonnet", "Juniper",
                "Kettle Creek", "Larkspur", "Mesquite", "Orchard View", "Riverbend", "Sycamore", "Wagon Wheel",
                "Harbor", "Cottonwood", "Deer Trail", "Ironwood", "Meadowlark", "Prairie Wind", "Stagecoach"]
STREET_TYPES = ["Rd", "Road", "St", "Street", "Ave", "Dr", "Drive", "Ln", "Ct", "Way", "Blvd", "Pkwy", "Trl", "Loop", "Cir"]


@dataclass
class Address:
    street: str
    town: Town
    zip: str


def address(c: Ctx, town: Town | None = None) -> Address:
    town = town or c.ch(TOWNS)
    form = c.wpick((6, "plain"), (3, "unit"), (1, "pobox"), (1, "rr"), (1, "faker"))
    if form == "pobox":
        street = f"PO Box {c.ri(12, 9899)}" if c.chance(0.6) else f"P.O. Box {c.ri(12, 9899)}"
    elif form == "rr":
        street = c.pick(f"RR {c.ri(1, 9)} Box {c.ri(10, 499)}", f"Rural Route {c.ri(1, 5)}, Box {c.ri(10, 499)}", f"HC {c.ri(60, 89)} Box {c.ri(10, 999)}")
    elif form == "faker":
        street = c.fen.street_address()
    else:
        pre = c.pick("", "", "N ", "S ", "E ", "W ", "NE ")
        street = f"{c.ri(3, 24999)} {pre}{c.ch(STREET_NAMES)} {c.ch(STREET_TYPES)}"
        if form == "unit":
            street += c.pick(f" Apt {c.ri(1, 40)}{c.ch('ABCD')}", f", Apt. {c.ri(101, 455)}", f" #{c.ri(2, 60)}",
                             f" Unit {c.ri(1, 320)}", f", Lot {c.ri(1, 90)}", f" Suite {c.ri(100, 500)}", f" Trlr {c.ri(1, 30)}")
    z = town.zip5 if c.chance(0.7) else f"{town.zip5}-{c.digits(4, False)}"
    return Address(street, town, z)


def addr_lines(c: Ctx, a: Address, layout: str | None = None, state_words: bool | None = None) -> list:
    """A patient's address as builder items in one of several layouts (state labelled)."""
    layout = layout or c.pick("one", "two", "nocomma", "two")
    st = US_STATE_NAMES[a.town.state] if (state_words if state_words is not None else c.chance(0.25)) else a.town.state
    s, ci, sp, zp = P("ADDRESS_STREET", a.street), P("CITY", a.town.city), P("PROVINCE_STATE", st), P("POSTCODE", a.zip)
    if layout == "one":
        return [s, ", ", ci, ", ", sp, " ", zp]
    if layout == "nocomma":
        return [s, "  ", ci, " ", sp, " ", zp]
    return [s, "\n", ci, ", ", sp, " ", zp]


def phone(c: Ctx, area: str | None = None, style: str | None = None) -> str:
    a = area or c.ch(TOWNS).area
    x, y = f"{c.ri(201, 989)}", c.digits(4, False)
    style = style or c.pick("paren", "dash", "dash", "dot", "plus", "bare", "paren")
    return {"paren": f"({a}) {x}-{y}", "dash": f"{a}-{x}-{y}", "dot": f"{a}.{x}.{y}",
            "plus": f"+1 {a} {x} {y}", "bare": f"{a}{x}{y}"}[style]


def email(c: Ctx, p: Person | None = None) -> str:
    dom = c.pick("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "protonmail.com", "att.net")
    if p is None:
        return c.fen.user_name() + f"@{dom}"
    base = "".join(ch for ch in (p.first + "." + p.last).lower() if ch.isascii() and (ch.isalnum() or ch == "."))
    return c.pick(base, base.replace(".", ""), base.split(".")[0] + c.digits(2), base[0] + base.split(".")[-1] + c.digits(3)) + f"@{dom}"


HOSP_FORMS = ["{t} Regional Medical Center", "{t} Community Hospital", "{t} Memorial", "St. {s} Hospital",
              "Mercy {t} Health", "{t} Endoscopy & Surgery Center", "{t} Valley Cancer Institute",
              "{p} Memorial Hospital", "Good Shepherd Rehabilitation of {t}", "{t} Heart & Vascular",
              "{t} Hearing & Balance Clinic", "{t} Home Health Partners", "Heritage Manor of {t}"]
SAINTS = ["Brigid", "Columba", "Agnes", "Benedict", "Cecilia", "Dominic", "Hedwig", "Casimir", "Clare", "Kateri"]


def hospital(c: Ctx, town: Town | None = None, form: str | None = None) -> str:
    t = (town or c.ch(TOWNS)).city
    fmt = form or c.ch(HOSP_FORMS)
    return fmt.format(t=t, s=c.ch(SAINTS), p=c.pick("Ruth Coyle", "Abner Tisdale", "Helen Okonkwo", "Lyle Brandvold"))


def domain(c: Ctx) -> str:
    return c.pick("stbrigidhealth.org", "mercynorth.org", "valleycancer.net", "heartlandcare.org", "pmhs.org", "northstarhealth.com")


# --------------------------------------------------------------------------- English identifiers

def mrn(c: Ctx) -> str:
    return c.pick(f"{c.digits(8, False)}", f"M{c.digits(9)}", f"E{c.digits(7)}", f"{c.digits(3)}-{c.digits(2, False)}-{c.digits(3, False)}", f"00{c.digits(7)}")


def fin(c: Ctx) -> str:
    return c.pick(f"{c.digits(10)}", f"V{c.digits(9)}", f"{c.digits(4)}-{c.digits(6, False)}")


def ssn(c: Ctx) -> str:
    a = c.ri(1, 665)
    d = f"{a:03d}{c.ri(1, 99):02d}{c.ri(1, 9999):04d}"
    return c.pick(f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", d)


def npi(c: Ctx) -> str:
    body = "1" + c.digits(8, False)
    s, dbl = 24, True
    for ch in reversed(body):
        k = int(ch) * (2 if dbl else 1)
        s += k - 9 if k > 9 else k
        dbl = not dbl
    return body + str((10 - s % 10) % 10)


def dea(c: Ctx, last: str) -> str:
    d = c.digits(6, False)
    chk = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
    ini = last[0].upper() if last[0].isascii() and last[0].isalpha() else "X"
    return c.pick("A", "B", "F", "M") + ini + d + str(chk)


def mbi(c: Ctx) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    return f"{c.ri(1, 9)}{c.ch(al)}{c.ch(an)}{c.ri(0, 9)}{c.ch(al)}{c.ch(an)}{c.ri(0, 9)}{c.ch(al)}{c.ch(al)}{c.ri(0, 9)}{c.ri(0, 9)}"


def member_id(c: Ctx) -> str:
    return c.pick(f"{c.letters(3)}{c.digits(9)}", f"W{c.digits(10)}", f"{c.digits(3)}{c.letters(2)}{c.digits(6)}", f"U{c.digits(8)}-01", f"ZGP{c.digits(8)}")


def vin(c: Ctx) -> str:
    return "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def plate(c: Ctx) -> str:
    return c.pick(f"{c.ri(1, 9)}{c.letters(3)}{c.digits(3, False)}", f"{c.letters(3)}-{c.digits(4)}", f"{c.letters(3)} {c.digits(3)}", f"{c.digits(3)} {c.letters(3)}", f"{c.letters(2)}{c.digits(2)}{c.letters(3)}")


def serial(c: Ctx) -> str:
    return c.pick(f"{c.letters(3)}{c.digits(6)}{c.letters(1)}", f"{c.digits(10)}", f"{c.letters(2)}{c.digits(7)}", f"{c.digits(4)}-{c.digits(5)}", f"SN{c.digits(8)}")


def ip4(c: Ctx) -> str:
    return c.pick(f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}", f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
                  f"{c.ri(24, 223)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}", f"192.168.{c.ri(0, 255)}.{c.ri(2, 254)}")


def ip6(c: Ctx) -> str:
    return "2600:" + ":".join(f"{c.ri(0, 65535):x}" for _ in range(3)) + "::" + f"{c.ri(1, 65535):x}"


# --------------------------------------------------------------------------- dates and ages

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def day(c: Ctx, lo: dt.date = dt.date(2019, 3, 1), hi: dt.date = dt.date(2025, 9, 30)) -> dt.date:
    return lo + dt.timedelta(days=c.ri(0, (hi - lo).days))


def after(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def _th(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def de(c: Ctx, d: dt.date, style: str | None = None) -> P:
    """An English date in one of many written forms (a DATE span)."""
    style = style or c.pick("mdy", "mdy", "md_yy", "iso", "dmy_abbr", "mon_d_y", "long_th", "d_month_y", "mdy0", "dmyUP", "hl7", "mdy")
    m = MON[d.month - 1]
    v = {"mdy": f"{d.month:02d}/{d.day:02d}/{d.year}", "md_yy": f"{d.month}/{d.day}/{d.year % 100:02d}",
         "iso": d.isoformat(), "dmy_abbr": f"{d.day:02d}-{m[:3]}-{d.year}", "mon_d_y": f"{m[:3]} {d.day}, {d.year}",
         "long_th": f"{m} {_th(d.day)}, {d.year}", "d_month_y": f"{d.day} {m} {d.year}", "mdy0": f"{d.month}-{d.day}-{d.year}",
         "dmyUP": f"{d.day:02d}{m[:3].upper()}{d.year % 100:02d}", "hl7": f"{d.year}{d.month:02d}{d.day:02d}",
         "md": f"{d.month}/{d.day}", "mon_d": f"{m[:3]} {d.day}", "month_d": f"{m} {d.day}", "dot": f"{d.month}.{d.day}.{d.year % 100:02d}"}[style]
    return P("DATE", v)


def dob_for(age: int, on: dt.date, c: Ctx) -> dt.date:
    return on - dt.timedelta(days=int(age * 365.25) + c.ri(1, 360))


def age(c: Ctx, old: float = 0.14, lo: int = 24, hi: int = 88) -> int:
    return c.ri(90, 103) if c.chance(old) else c.ri(lo, hi)


def age_en(c: Ctx, a: int, style: str | None = None) -> list:
    """'92-year-old', '92 y/o', 'age 92', '92Y' — only ages over 89 are spans."""
    style = style or c.pick("yo", "slash", "years", "Y", "yo")
    v = f"{a}Y" if style == "Y" else str(a)
    item = P("AGE_OVER_89", v) if a > 89 else v
    tail = {"yo": "-year-old", "slash": " y/o", "years": " years old", "Y": ""}[style]
    return [item, tail]


# --------------------------------------------------------------------------- Chinese people

ZH_SUR = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍韦申尤毕聂丛焦向柳邢路岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵")
ZH_COMPOUND = ["欧阳", "司马", "诸葛", "上官", "皇甫", "尉迟", "公孙", "令狐", "长孙", "万俟", "东方", "夏侯"]
ZH_GIVEN_F = ["淑兰", "桂英", "秀梅", "玉珍", "凤霞", "丽娟", "海燕", "晓红", "春梅", "雅琴", "婉清", "思彤", "梓涵",
              "欣怡", "佳琪", "若曦", "诗雨", "美华", "翠花", "金凤", "秋月", "冬梅", "巧云", "静", "娜", "敏", "倩", "颖"]
ZH_GIVEN_M = ["建华", "国强", "志刚", "德福", "永军", "振东", "卫国", "红兵", "文斌", "海涛", "宏伟", "俊杰", "浩然",
              "子轩", "宇航", "梓豪", "家乐", "明远", "天佑", "守仁", "长顺", "铁军", "勇", "斌", "磊", "鹏", "涛", "凯"]
ZH_MINORITY = [("努尔比亚·艾力", "F"), ("买买提江·吐尔逊", "M"), ("次仁卓玛", "F"), ("扎西平措", "M"),
               ("乌日娜", "F"), ("巴特尔", "M"), ("央金拉姆", "F"), ("阿力木·沙吾提", "M")]
ZH_NICK = ["乐乐", "豆豆", "小宝", "果果", "朵朵", "壮壮", "妞妞", "小虎"]
#: Latin-script foreign patients in Chinese notes (name, sex, passport country)
FOREIGN = [("Nguyen Thi Lan", "F", "越南"), ("Kim Minjun", "M", "韩国"), ("Aigerim Seitkali", "F", "哈萨克斯坦"),
           ("Ivan Petrov", "M", "俄罗斯"), ("Somchai Srisuk", "M", "泰国"), ("Maria Santos", "F", "菲律宾"),
           ("Tanaka Yui", "F", "日本"), ("Batbayar Ganbold", "M", "蒙古")]


@dataclass
class PersonZh:
    sur: str
    given: str
    sex: str

    @property
    def name(self) -> str:
        return self.sur + self.given if self.given and "·" not in self.sur else self.sur

    def padded(self) -> str:
        n = self.name
        return f"{n[0]}  {n[1]}" if len(n) == 2 else n


def person_zh(c: Ctx, sex: str | None = None, sur: str | None = None) -> PersonZh:
    sex = sex or c.pick("F", "M")
    if sur is None and c.chance(0.04):
        nm, sx = c.ch([m for m in ZH_MINORITY if m[1] == sex])
        return PersonZh(nm, "", sx)
    if sur is None and c.chance(0.15):
        f = c.fzh
        return PersonZh(f.last_name(), f.first_name_female() if sex == "F" else f.first_name_male(), sex)
    s = sur or (c.ch(ZH_COMPOUND) if c.chance(0.06) else c.ch(ZH_SUR))
    return PersonZh(s, c.ch(ZH_GIVEN_F if sex == "F" else ZH_GIVEN_M), sex)


# --------------------------------------------------------------------------- Chinese places

@dataclass(frozen=True)
class CityZh:
    prov: str
    city: str
    districts: tuple[str, ...]
    post: str
    area: str
    code6: str
    plate: str
    short: str


CITIES_ZH = [CityZh(*t) for t in [
    ("河南省", "洛阳市", ("涧西区", "西工区", "老城区", "洛龙区"), "471000", "0379", "410305", "豫C", "洛阳"),
    ("江西省", "赣州市", ("章贡区", "南康区", "赣县区"), "341000", "0797", "360702", "赣B", "赣州"),
    ("四川省", "南充市", ("顺庆区", "高坪区", "嘉陵区"), "637000", "0817", "511302", "川R", "南充"),
    ("湖南省", "常德市", ("武陵区", "鼎城区"), "415000", "0736", "430702", "湘J", "常德"),
    ("广东省", "湛江市", ("赤坎区", "霞山区", "麻章区"), "524000", "0759", "440802", "粤G", "湛江"),
    ("湖南省", "岳阳市", ("岳阳楼区", "君山区"), "414000", "0730", "430602", "湘F", "岳阳"),
    ("黑龙江省", "齐齐哈尔市", ("龙沙区", "建华区", "铁锋区"), "161000", "0452", "230202", "黑B", "齐齐哈尔"),
    ("山东省", "潍坊市", ("奎文区", "潍城区", "寒亭区"), "261000", "0536", "370705", "鲁G", "潍坊"),
    ("江苏省", "盐城市", ("亭湖区", "盐都区"), "224000", "0515", "320902", "苏J", "盐城"),
    ("广西壮族自治区", "桂林市", ("秀峰区", "七星区", "象山区"), "541000", "0773", "450302", "桂C", "桂林"),
    ("甘肃省", "天水市", ("秦州区", "麦积区"), "741000", "0938", "620502", "甘E", "天水"),
    ("陕西省", "榆林市", ("榆阳区", "横山区"), "719000", "0912", "610802", "陕K", "榆林"),
    ("浙江省", "舟山市", ("定海区", "普陀区"), "316000", "0580", "330902", "浙L", "舟山"),
    ("福建省", "漳州市", ("芗城区", "龙文区"), "363000", "0596", "350602", "闽E", "漳州"),
    ("湖北省", "十堰市", ("茅箭区", "张湾区"), "442000", "0719", "420302", "鄂C", "十堰"),
    ("内蒙古自治区", "通辽市", ("科尔沁区",), "028000", "0475", "150502", "蒙G", "通辽"),
    (None, "重庆市", ("渝中区", "沙坪坝区", "九龙坡区"), "400010", "023", "500103", "渝A", "重庆"),
    (None, "天津市", ("河西区", "南开区", "红桥区"), "300200", "022", "120103", "津A", "天津"),
]]
ZH_ROADS = ["景华路", "九都西路", "红旗路", "滨江大道", "文昌街", "健康路", "华山北路", "青年路", "五一大道", "迎宾路",
            "工农路", "新村街", "桃园路", "北京中路", "学院路", "东风路", "光明巷", "跃进路"]
ZH_ESTATES = ["金桂苑", "恒大名都", "书香门第", "丽景湾", "铁路新村", "纺织厂家属院", "建业森林半岛", "阳光水岸", "南湖春晓", "保利香槟国际"]
ZH_TOWNS = ["白马寺镇", "龙门镇", "潭口镇", "陡山乡", "龙潭镇", "柳林镇", "大岭乡"]
ZH_VILLAGES = ["后营村", "沙坡村", "杨湾村", "石门村", "新庄村", "东岗村"]


def street_zh(c: Ctx, g: CityZh, level: str | None = None) -> str:
    """District downwards: 区 + 路/号 + 小区/栋/单元/室, or 镇/村/组."""
    dist = c.ch(g.districts)
    level = level or c.pick("road", "estate", "estate", "village", "road")
    if level == "village":
        return f"{dist}{c.ch(ZH_TOWNS)}{c.ch(ZH_VILLAGES)}{c.ri(1, 9)}组{c.pick('', f'{c.ri(1, 80)}号')}"
    if level == "road":
        return f"{dist}{c.ch(ZH_ROADS)}{c.ri(1, 388)}号{c.pick('', f'{c.ri(1, 6)}号楼{c.ri(1, 4)}单元{c.ri(1, 18)}0{c.ri(1, 4)}室')}"
    return f"{dist}{c.ch(ZH_ROADS)}{c.ri(1, 288)}号{c.ch(ZH_ESTATES)}{c.ri(1, 32)}栋{c.ri(1, 3)}单元{c.ri(1, 26)}0{c.ri(1, 4)}"


def addr_zh(c: Ctx, g: CityZh | None = None, with_prov: bool | None = None) -> list:
    g = g or c.ch(CITIES_ZH)
    items: list = []
    if g.prov and (with_prov if with_prov is not None else c.chance(0.7)):
        items.append(P("PROVINCE_STATE", g.prov))
    items += [P("CITY", g.city), P("ADDRESS_STREET", street_zh(c, g))]
    return items


def mobile(c: Ctx, style: str | None = None) -> str:
    n = c.pick("13", "15", "18", "17", "19") + str(c.ri(0, 9)) + c.digits(8, False)
    style = style or c.pick("bare", "bare", "dash", "space", "plus")
    return {"bare": n, "dash": f"{n[:3]}-{n[3:7]}-{n[7:]}", "space": f"{n[:3]} {n[3:7]} {n[7:]}", "plus": f"+86 {n}"}[style]


def landline(c: Ctx, g: CityZh, style: str | None = None) -> str:
    n = c.digits(8)
    style = style or c.pick("dash", "paren", "space")
    return {"dash": f"{g.area}-{n}", "paren": f"({g.area}){n}", "space": f"{g.area} {n[:4]} {n[4:]}"}[style]


def id_card(c: Ctx, g: CityZh, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{g.code6}{dob:%Y%m%d}{seq:03d}"
    return body + id_card_checksum(body)


def hosp_zh(c: Ctx, g: CityZh, kind: str | None = None) -> str:
    kind = kind or c.pick("univ", "city", "short", "chs", "town", "tcm", "women")
    s = g.short
    return {"univ": c.pick(f"{s}医学院附属第一医院", f"{s}大学第一附属医院", f"{s}职业技术学院附属医院"),
            "city": c.pick(f"{s}市第一人民医院", f"{s}市中心医院", f"{s}市第三人民医院"),
            "short": c.pick("市一院", "市中心", "省人民", "市三院", "地区医院"),
            "chs": f"{c.ch(g.districts)}{c.ch(ZH_ROADS)[:2]}社区卫生服务中心",
            "town": f"{c.ch(ZH_TOWNS)}卫生院",
            "tcm": c.pick(f"{s}市中医院", f"{s}市中医医院", "国医堂中医诊所"),
            "women": c.pick(f"{s}市妇幼保健院", f"{s}市妇女儿童医院")}[kind]


def plate_zh(c: Ctx, g: CityZh) -> str:
    tail = c.pick(f"{c.letters(1)}{c.digits(4, False)}", f"{c.digits(5, False)}", f"{c.letters(2)}{c.digits(3, False)}", f"D{c.letters(1)}{c.digits(4, False)}")
    return c.pick(f"{g.plate}·{tail}", f"{g.plate}{tail}", f"{g.plate} {tail}")


def passport_zh(c: Ctx, kind: str) -> str:
    """护照 E+8 / 港澳通行证 C+8 / 台胞证 8 digits / 回乡证 H or M + 8 digits."""
    return {"护照": c.pick(f"E{c.digits(8)}", f"E{c.letters(1)}{c.digits(7)}"), "港澳通行证": f"C{c.digits(8)}",
            "台胞证": c.digits(8, False), "回乡证": f"{c.pick('H', 'M')}{c.digits(8)}"}[kind]


def dz(c: Ctx, d: dt.date, style: str | None = None) -> P:
    """A Chinese date in one of many written forms (a DATE span)."""
    style = style or c.pick("cn", "cn", "iso", "dot", "slash", "cn0", "md", "iso", "yy")
    up = "〇一二三四五六七八九"

    def cnum(n: int) -> str:
        return {10: "十"}.get(n) or (("" if n < 20 else up[n // 10]) + "十" + (up[n % 10] if n % 10 else "") if n > 10 else up[n])

    v = {"cn": f"{d.year}年{d.month}月{d.day}日", "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日", "iso": d.isoformat(),
         "dot": f"{d.year}.{d.month}.{d.day}", "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "md": f"{d.month}月{d.day}日",
         "yy": f"{d.year % 100:02d}.{d.month:02d}.{d.day:02d}",
         "upper": "".join(up[int(x)] for x in str(d.year)) + f"年{cnum(d.month)}月{cnum(d.day)}日"}[style]
    return P("DATE", v)


def age_zh(a: int) -> list:
    return [P("AGE_OVER_89", str(a)) if a > 89 else str(a), "岁"]


#: v7 names and towns that are ordinary words (a PHI value inside a clinical term is allowed)
V7_WORDLIKE = frozenset(w.lower() for w in WORD_FIRST + WORD_LAST + ["Friendship", "Loving", "Commerce", "Hazard", "Plain City", "Accident", "Sweet Home", "Hurricane", "Erie", "Enid"])
