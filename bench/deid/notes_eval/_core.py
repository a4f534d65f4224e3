# Longer than 450 lines: the generator's value pools (names, places, identifiers of two countries) are data, kept beside the builder that draws from them.
"""Shared machinery of the notes evaluation generator: the span-tracking document builder, the
per-note random context, and the value pools (names, places, identifiers, dates, phones) that the
English and Chinese templates draw from.

Only generate.py and the template modules import this; the scorer and the tests never do (they
read the frozen files and need no Faker).
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt
import random
import re
import string
from dataclasses import dataclass
from string import Formatter
from typing import NamedTuple

PHI_CATEGORIES = (
    "NAME_PATIENT", "NAME_RELATIVE", "NAME_CLINICIAN", "DATE", "AGE_OVER_89", "PHONE", "FAX",
    "EMAIL", "ADDRESS_STREET", "CITY", "POSTCODE", "PROVINCE_STATE", "HOSPITAL", "MRN",
    "ACCESSION", "SSN", "ID_CARD", "INSURANCE", "ACCOUNT", "LICENSE", "VEHICLE", "DEVICE", "URL",
    "IP", "PASSPORT", "WORKPLACE", "OTHER_ID",
)
KEEP_KINDS = ("DRUG", "DOSE", "LAB", "ANATOMY", "FINDING", "PROCEDURE", "EPONYM", "MEASUREMENT")

# Inline markup for keep terms inside template text: ⟦dr|metformin⟧.
KIND_CODES = {
    "dr": "DRUG", "do": "DOSE", "lab": "LAB", "an": "ANATOMY", "fi": "FINDING",
    "pr": "PROCEDURE", "ep": "EPONYM", "me": "MEASUREMENT",
}
_MARK = re.compile(r"⟦([a-z]+)\|([^⟧]+)⟧")


class P(NamedTuple):
    """A PHI value placed in the text."""
    cat: str
    value: str


class K(NamedTuple):
    """A clinical term that must survive de-identification."""
    kind: str
    value: str


class Doc:
    """Appends text piece by piece and records the offsets of every P and K it is given."""

    def __init__(self):
        self._chunks: list[str] = []
        self._n = 0
        self.phi: list[dict] = []
        self.keep: list[dict] = []

    def _plain(self, s: str) -> None:
        if s:
            self._chunks.append(s)
            self._n += len(s)

    def _span(self, dest: list, key: str, label: str, value: str) -> None:
        if not value or value != value.strip():
            raise ValueError(f"bad span value {value!r}")
        start = self._n
        self._plain(value)
        dest.append({"start": start, "end": self._n, key: label, "value": value})

    def _lit(self, s: str) -> None:
        pos = 0
        for m in _MARK.finditer(s):
            self._plain(s[pos:m.start()])
            self._span(self.keep, "kind", KIND_CODES[m.group(1)], m.group(2))
            pos = m.end()
        self._plain(s[pos:])

    def put(self, *items) -> Doc:
        for v in items:
            if v is None or v == "":
                continue
            if isinstance(v, P):
                if v.cat not in PHI_CATEGORIES:
                    raise ValueError(v.cat)
                self._span(self.phi, "category", v.cat, v.value)
            elif isinstance(v, K):
                if v.kind not in KEEP_KINDS:
                    raise ValueError(v.kind)
                self._span(self.keep, "kind", v.kind, v.value)
            elif isinstance(v, str):
                self._lit(v)
            elif isinstance(v, int):
                self._plain(str(v))
            elif isinstance(v, (list, tuple)):
                self.put(*v)
            else:
                raise TypeError(type(v))
        return self

    def add(self, fmt: str, **slots) -> Doc:
        """str.format-like: literal text (with ⟦..⟧ keep markup) and {slot} fields.

        A {slot} inside ⟦..⟧ markup is substituted first and must be a plain string."""
        fmt = re.sub(r"⟦[a-z]+\|[^⟧]*⟧", lambda m: re.sub(r"\{(\w+)\}", lambda f: str(slots[f.group(1)]), m.group(0)), fmt)
        for literal, field, spec, _conv in Formatter().parse(fmt):
            self._lit(literal)
            if field is not None:
                val = slots[field]
                if spec:
                    val = format(val, spec)
                self.put(val)
        return self

    @property
    def text(self) -> str:
        return "".join(self._chunks)


def join(items, sep=", ", last=None):
    """Interleave part-lists with a separator (and an optional different last separator)."""
    out = []
    items = [i for i in items if i]
    for i, it in enumerate(items):
        if i:
            out.append(last if (last is not None and i == len(items) - 1) else sep)
        out.append(it)
    return out


UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q: as on plates and many ID schemes


class Ctx:
    """Everything random in one note comes from here (and from the two seeded Fakers)."""

    def __init__(self, seed: int, fen, fzh):
        self.seed = seed
        self.r = random.Random(seed)
        fen.seed_instance(seed)
        fzh.seed_instance(seed ^ 0x5A5A5A)
        self.fen = fen
        self.fzh = fzh

    def ch(self, seq):
        return seq[self.r.randrange(len(seq))]

    def pick(self, *opts):
        return opts[self.r.randrange(len(opts))]

    def wpick(self, *pairs):
        """wpick((w1, v1), (w2, v2), ...)"""
        total = sum(w for w, _ in pairs)
        x = self.r.random() * total
        for w, v in pairs:
            x -= w
            if x < 0:
                return v
        return pairs[-1][1]

    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def ri(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def fl(self, a: float, b: float, nd: int = 1) -> str:
        return f"{self.r.uniform(a, b):.{nd}f}"

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def digits(self, n: int, lead_nonzero: bool = True) -> str:
        s = "".join(str(self.r.randrange(10)) for _ in range(n))
        if lead_nonzero and n and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def letters(self, n: int, alphabet: str = UPPER) -> str:
        return "".join(self.ch(alphabet) for _ in range(n))

    def alnum(self, n: int) -> str:
        return "".join(self.ch(UPPER + "0123456789") for _ in range(n))

    def token(self, n: int) -> str:
        return "".join(self.ch(string.ascii_letters + string.digits) for _ in range(n))


# --------------------------------------------------------------------------- dates and ages

EPOCH_START = dt.date(2018, 1, 1)
EPOCH_END = dt.date(2024, 12, 31)


def rdate(c: Ctx, start: dt.date = EPOCH_START, end: dt.date = EPOCH_END) -> dt.date:
    return start + dt.timedelta(days=c.r.randrange((end - start).days + 1))


def plus(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def dob_for(c: Ctx, age: int, on: dt.date) -> dt.date:
    """A birth date giving `age` on date `on`."""
    last_bd = on - dt.timedelta(days=c.r.randrange(1, 365))
    try:
        return last_bd.replace(year=last_bd.year - age)
    except ValueError:  # 29 February
        return last_bd.replace(year=last_bd.year - age, day=28)


def age_on(dob: dt.date, on: dt.date) -> int:
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def pick_age(c: Ctx, p_old: float, lo: int = 22, hi: int = 88) -> int:
    if c.chance(p_old):
        return c.wpick((6, c.ri(90, 94)), (3, c.ri(95, 99)), (1, c.ri(100, 104)))
    return c.ri(lo, hi)


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def fmt_en(d: dt.date, style: str) -> str:
    m, dd, y = d.month, d.day, d.year
    mon = EN_MONTHS[m - 1]
    return {
        "mdy": f"{m:02d}/{dd:02d}/{y}",
        "mdy_short": f"{m}/{dd}/{y}",
        "mdyy": f"{m:02d}/{dd:02d}/{y % 100:02d}",
        "mdyy_short": f"{m}/{dd}/{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "long": f"{mon} {dd}, {y}",
        "abbr": f"{mon[:3]} {dd}, {y}",
        "dmy_abbr": f"{dd} {mon[:3]} {y}",
        "dmy_long": f"{dd} {mon} {y}",
        "DMY_UP": f"{dd:02d}-{mon[:3].upper()}-{y}",
        "md": f"{m}/{dd}",
        "md_long": f"{mon} {dd}",
        "mdy_dash": f"{m:02d}-{dd:02d}-{y}",
        "mdy_dot": f"{m:02d}.{dd:02d}.{y}",
        "ord": f"{mon} {dd}{_ordinal(dd)}, {y}",
    }[style]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


EN_DATE_STYLES_FULL = ("mdy", "mdy", "mdy", "mdy_short", "mdy_short", "iso", "long", "abbr",
                       "dmy_abbr", "DMY_UP", "mdyy", "mdy_dash", "long", "ord", "dmy_long",
                       "mdyy_short", "mdy_dot")


def den(c: Ctx, d: dt.date, style: str | None = None) -> P:
    return P("DATE", fmt_en(d, style or c.ch(EN_DATE_STYLES_FULL)))


def fmt_zh(d: dt.date, style: str) -> str:
    m, dd, y = d.month, d.day, d.year
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "dot_short": f"{y}.{m}.{dd}",
        "slash": f"{y}/{m}/{dd}",
        "slash0": f"{y}/{m:02d}/{dd:02d}",
        "md": f"{m}月{dd}日",
        "md0": f"{m:02d}-{dd:02d}",
        "compact": f"{y}{m:02d}{dd:02d}",
    }[style]


ZH_DATE_STYLES_FULL = ("cn", "cn", "cn", "cn0", "iso", "iso", "iso", "dot", "slash", "slash0",
                       "dot_short")


def dzh(c: Ctx, d: dt.date, style: str | None = None) -> P:
    return P("DATE", fmt_zh(d, style or c.ch(ZH_DATE_STYLES_FULL)))


def hhmm(c: Ctx, lo: int = 0, hi: int = 23, sep: str = ":") -> str:
    return f"{c.ri(lo, hi):02d}{sep}{c.ch((0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55)):02d}"


def age_en(c: Ctx, age: int, style: str | None = None) -> list:
    """An English age expression; the number is PHI only when over 89."""
    style = style or c.ch(("{}-year-old", "{}-year-old", "{} y/o", "{} yo", "{}yo", "{} year old",
                           "{}-yr-old", "{} yr old", "{}-year-old"))
    pre, post = style.split("{}")
    num = P("AGE_OVER_89", str(age)) if age > 89 else str(age)
    return [pre, num, post]


def age_zh(age: int, unit: str = "岁") -> list:
    return [P("AGE_OVER_89", str(age)) if age > 89 else str(age), unit]


# --------------------------------------------------------------------------- English people

FIRST_TRICKY_F = ["Rose", "Hope", "Grace", "Faith", "Joy", "Amber", "Dawn", "Iris", "Ivy", "June",
                  "April", "May", "Summer", "Holly", "Robin", "Penny", "Sandy", "Crystal",
                  "Destiny", "Heather", "Pearl", "Ruby", "Violet", "Lily", "Autumn", "Patience",
                  "Charity", "Star", "Sunny", "Precious"]
FIRST_TRICKY_M = ["Will", "Bill", "Mark", "Frank", "Jack", "Art", "Ray", "Guy", "Gene", "Drew",
                  "Chase", "Hunter", "Dean", "Rusty", "Sonny", "Bud", "Wade", "Lance", "Miles",
                  "Pierce", "Clay", "Cliff", "Don", "Sterling", "Major", "Royal", "King", "Deacon"]
LAST_TRICKY = ["Young", "White", "Black", "Brown", "Green", "Long", "Short", "Little", "Strong",
               "Rich", "Gray", "Hale", "Hill", "Wood", "Stone", "Frost", "Snow", "Day", "King",
               "Price", "Sharp", "Swift", "Wise", "Best", "Bright", "Cook", "Mason", "Shepherd",
               "Hunter", "Walker", "Ward", "Banks", "Brooks", "Fields", "Case", "Nurse", "Payne",
               "Hart", "Lamb", "Fox", "Bird", "Rice", "Sweet", "Moody", "Power", "Cash", "Love",
               "Person", "English", "Church", "Small", "Lord", "Bland", "Story", "Goodnight"]
TRICKY_WORDS = {w.lower() for w in FIRST_TRICKY_F + FIRST_TRICKY_M + LAST_TRICKY}

# Surnames / first names that are (parts of) eponyms or drug names used in the keep pools; a
# person who would carry one is redrawn, so an eponym never doubles as a name in this set.
NAME_BLOCK = {
    "parkinson", "hodgkin", "babinski", "foley", "glasgow", "apgar", "whipple", "cushing",
    "crohn", "down", "addison", "graves", "hashimoto", "alzheimer", "bell", "wilson", "barrett",
    "raynaud", "kaposi", "marfan", "huntington", "tourette", "guillain", "barre", "sjogren",
    "murphy", "mcburney", "homan", "homans", "kernig", "brudzinski", "romberg", "trendelenburg",
    "holter", "swan", "ganz", "hartmann", "nissen", "roux", "billroth", "colles", "tinel",
    "phalen", "lachman", "mcmurray", "gleason", "bishop", "wells", "child", "pugh", "killip",
    "mallampati", "epley", "heimlich", "doppler", "meniere", "lyme", "deauville",
    "epstein", "barr", "kawasaki", "wernicke", "korsakoff", "osgood", "schlatter", "charcot",
    "baker", "bartholin", "sequard", "wilms", "ewing", "horner", "bence",
    "norton", "braden", "morse", "duke", "hunt", "hess", "fisher", "folstein", "beck",
    "ranson", "levine", "valsalva", "heberden", "bouchard", "dupuytren", "paget", "bowen",
    "hurthle", "simpson", "ortolani", "barlow", "columbia", "courvoisier", "garden", "reed", "sternberg", "hickman", "seldinger", "pap", "tanner", "denver", "moca",
    "lantus", "norvasc", "lasix", "keppra", "xarelto", "eliquis", "zofran", "humalog",
    "coumadin", "plavix", "ozempic", "jardiance", "entresto", "flomax", "tylenol", "lipitor",
}


@dataclass
class PersonEN:
    first: str
    middle: str
    last: str
    sex: str  # "F" / "M"

    def v(self, style: str) -> str:
        f, m, ln = self.first, self.middle, self.last
        return {
            "full": f"{f} {ln}",
            "fml": f"{f} {m[0]}. {ln}",
            "fmlfull": f"{f} {m} {ln}",
            "lf": f"{ln}, {f}",
            "lfm": f"{ln}, {f} {m[0]}.",
            "LF": f"{ln.upper()}, {f.upper()}",
            "LFM": f"{ln.upper()}, {f.upper()} {m[0].upper()}",
            "FULLUP": f"{f.upper()} {ln.upper()}",
            "last": ln,
            "first": f,
            "lower": f"{f.lower()} {ln.lower()}",
            "lowerfirst": f.lower(),
            "lowerlast": ln.lower(),
            "init": f"{f[0]}. {ln}",
            "initnodot": f"{f[0]} {ln}",
        }[style]

    @property
    def title(self) -> str:
        return "Mr." if self.sex == "M" else "Ms."

    @property
    def he(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def He(self) -> str:
        return "He" if self.sex == "M" else "She"

    @property
    def his(self) -> str:
        return "his" if self.sex == "M" else "her"

    @property
    def His(self) -> str:
        return "His" if self.sex == "M" else "Her"

    @property
    def him(self) -> str:
        return "him" if self.sex == "M" else "her"


PINYIN_LAST = ["Zhang", "Wang", "Li", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu",
               "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang"]
PINYIN_FIRST = ["Wei", "Xiaoming", "Jing", "Fang", "Lei", "Jun", "Yan", "Hui", "Ying", "Min",
                "Jie", "Tao", "Ming", "Hong", "Xin", "Yu", "Lan", "Qiang", "Chun", "Mei", "Haoran",
                "Zihan", "Yiting"]
OTHER_NAMES = [  # (first, last, sex) from communities common in US hospitals
    ("Thanh", "Nguyen", "M"), ("Linh", "Tran", "F"), ("Minh", "Pham", "M"), ("Mai", "Le", "F"),
    ("Priya", "Patel", "F"), ("Rajesh", "Shah", "M"), ("Anil", "Reddy", "M"), ("Deepa", "Gupta", "F"),
    ("Harpreet", "Singh", "F"), ("Mohammed", "Hassan", "M"), ("Fatima", "Ahmed", "F"),
    ("Omar", "Abdullah", "M"), ("Ji-woo", "Kim", "F"), ("Min-jun", "Park", "M"), ("Soo-ah", "Choi", "F"),
    ("Kwame", "Mensah", "M"), ("Chiamaka", "Okafor", "F"), ("Oluwaseun", "Adeyemi", "M"),
    ("Guadalupe", "Hernández", "F"), ("José", "Martínez", "M"), ("María", "de la Cruz", "F"),
    ("Juan Carlos", "Ramírez", "M"), ("Siobhan", "O'Brien", "F"), ("Sean", "McCarthy", "M"),
    ("Dmitri", "Volkov", "M"), ("Olga", "Ivanova", "F"), ("Yuki", "Tanaka", "F"), ("Kenji", "Sato", "M"),
]


def _name_ok(*parts: str) -> bool:
    for p in parts:
        for tok in re.split(r"[\s\-']+", p.lower()):
            if tok in NAME_BLOCK:
                return False
    return True


def person_en(c: Ctx, sex: str | None = None, tricky: float = 0.2, other: float = 0.15,
              last: str | None = None) -> PersonEN:
    sex = sex or c.pick("F", "M")
    f = c.fen
    for _ in range(50):
        roll = c.r.random()
        if roll < other:
            if c.chance(0.4):
                first, lst, sex2 = c.ch(PINYIN_FIRST), c.ch(PINYIN_LAST), sex
            else:
                cand = [o for o in OTHER_NAMES if o[2] == sex]
                first, lst, sex2 = c.ch(cand)
            sex = sex2
        else:
            if c.chance(tricky):
                first = c.ch(FIRST_TRICKY_F if sex == "F" else FIRST_TRICKY_M)
            else:
                first = f.first_name_female() if sex == "F" else f.first_name_male()
            lst = c.ch(LAST_TRICKY) if c.chance(tricky) else f.last_name()
        if last is not None:
            lst = last
        middle = f.first_name_female() if sex == "F" else f.first_name_male()
        if _name_ok(first, lst, middle) and middle != first:
            return PersonEN(first, middle, lst, sex)
    raise RuntimeError("no name")


CRED_MD = ["MD", "MD", "MD", "DO", "MD, PhD", "MD, FACP", "MD, MPH"]
CRED_OTHER = ["NP", "FNP-C", "PA-C", "RN", "RN, BSN", "LPN", "LCSW", "PharmD", "RD", "PT, DPT",
              "CNM", "RT"]


# --------------------------------------------------------------------------- US places

US_CITIES = [  # city, state, zip3, area code
    ("Fresno", "CA", "937", "559"), ("Oakland", "CA", "946", "510"), ("San Jose", "CA", "951", "408"),
    ("Sacramento", "CA", "958", "916"), ("Los Angeles", "CA", "900", "213"),
    ("San Diego", "CA", "921", "619"), ("Portland", "OR", "972", "503"), ("Eugene", "OR", "974", "541"),
    ("Seattle", "WA", "981", "206"), ("Spokane", "WA", "992", "509"), ("Boise", "ID", "837", "208"),
    ("Phoenix", "AZ", "850", "602"), ("Tucson", "AZ", "857", "520"), ("Denver", "CO", "802", "303"),
    ("Albuquerque", "NM", "871", "505"), ("Salt Lake City", "UT", "841", "801"),
    ("Las Vegas", "NV", "891", "702"), ("Dallas", "TX", "752", "214"), ("Houston", "TX", "770", "713"),
    ("San Antonio", "TX", "782", "210"), ("El Paso", "TX", "799", "915"), ("Tyler", "TX", "757", "903"),
    ("Tulsa", "OK", "741", "918"), ("Omaha", "NE", "681", "402"), ("Wichita", "KS", "672", "316"),
    ("Minneapolis", "MN", "554", "612"), ("Madison", "WI", "537", "608"), ("Chicago", "IL", "606", "312"),
    ("Normal", "IL", "617", "309"), ("Peoria", "IL", "616", "309"), ("Detroit", "MI", "482", "313"),
    ("Grand Rapids", "MI", "495", "616"), ("Columbus", "OH", "432", "614"),
    ("Cleveland", "OH", "441", "216"), ("Marion", "OH", "433", "740"),
    ("Indianapolis", "IN", "462", "317"), ("Louisville", "KY", "402", "502"),
    ("Nashville", "TN", "372", "615"), ("Memphis", "TN", "381", "901"),
    ("Birmingham", "AL", "352", "205"), ("Mobile", "AL", "366", "251"), ("Jackson", "MS", "392", "601"),
    ("New Orleans", "LA", "701", "504"), ("Atlanta", "GA", "303", "404"), ("Savannah", "GA", "314", "912"),
    ("Tampa", "FL", "336", "813"), ("Orlando", "FL", "328", "407"), ("Miami", "FL", "331", "305"),
    ("Charlotte", "NC", "282", "704"), ("Raleigh", "NC", "276", "919"), ("Florence", "SC", "295", "843"),
    ("Richmond", "VA", "232", "804"), ("Baltimore", "MD", "212", "410"),
    ("Philadelphia", "PA", "191", "215"), ("Pittsburgh", "PA", "152", "412"),
    ("Newark", "NJ", "071", "973"), ("Brooklyn", "NY", "112", "718"), ("Buffalo", "NY", "142", "716"),
    ("Albany", "NY", "122", "518"), ("Hartford", "CT", "061", "860"), ("Providence", "RI", "029", "401"),
    ("Worcester", "MA", "016", "508"), ("Boston", "MA", "021", "617"), ("Burlington", "VT", "054", "802"),
    ("Bangor", "ME", "044", "207"), ("Manchester", "NH", "031", "603"), ("Anchorage", "AK", "995", "907"),
    ("Honolulu", "HI", "968", "808"), ("Charleston", "WV", "253", "304"), ("Des Moines", "IA", "503", "515"),
    ("St. Louis", "MO", "631", "314"), ("Independence", "MO", "640", "816"),
    ("Little Rock", "AR", "722", "501"), ("Hope", "AR", "718", "870"), ("Billings", "MT", "591", "406"),
    ("Fargo", "ND", "581", "701"), ("Sioux Falls", "SD", "571", "605"), ("Cheyenne", "WY", "820", "307"),
    ("Wilmington", "DE", "198", "302"),
]
STATE_NAMES = {
    "CA": "California", "OR": "Oregon", "WA": "Washington", "ID": "Idaho", "AZ": "Arizona",
    "CO": "Colorado", "NM": "New Mexico", "UT": "Utah", "NV": "Nevada", "TX": "Texas", "OK": "Oklahoma",
    "NE": "Nebraska", "KS": "Kansas", "MN": "Minnesota", "WI": "Wisconsin", "IL": "Illinois",
    "MI": "Michigan", "OH": "Ohio", "IN": "Indiana", "KY": "Kentucky", "TN": "Tennessee",
    "AL": "Alabama", "MS": "Mississippi", "LA": "Louisiana", "GA": "Georgia", "FL": "Florida",
    "NC": "North Carolina", "SC": "South Carolina", "VA": "Virginia", "MD": "Maryland",
    "PA": "Pennsylvania", "NJ": "New Jersey", "NY": "New York", "CT": "Connecticut",
    "RI": "Rhode Island", "MA": "Massachusetts", "VT": "Vermont", "ME": "Maine", "NH": "New Hampshire",
    "AK": "Alaska", "HI": "Hawaii", "WV": "West Virginia", "IA": "Iowa", "MO": "Missouri",
    "AR": "Arkansas", "MT": "Montana", "ND": "North Dakota", "SD": "South Dakota", "WY": "Wyoming",
    "DE": "Delaware",
}
US_STREETS = ["Oak St", "Maple Ave", "Main St", "Elm St", "Cedar Ln", "Pine St", "Washington Blvd",
              "Park Ave", "Lake Dr", "Hillcrest Rd", "Sunset Blvd", "Martin Luther King Jr Blvd",
              "3rd Ave", "W 41st St", "N Broadway", "Mission St", "Spring Garden St", "Peachtree Rd NE",
              "Cherry Hill Rd", "Willow Creek Dr", "Riverside Dr", "Chestnut St", "Highland Ave",
              "Lincoln Way", "Jefferson St", "Church St", "Mill Rd", "County Road 12", "E 14th Street",
              "Old Post Road", "S Halsted St", "Magnolia Ct", "Bayview Terrace", "Harbor Point Dr",
              "Country Club Rd", "Route 9", "Greenwood Ave", "Fairview Ave", "Pleasant St",
              "Cottonwood Ln", "Stonebridge Way", "W Colfax Ave", "Ocean Pkwy", "Kings Hwy"]


@dataclass
class City:
    city: str
    state: str
    zip3: str
    area: str


def city_en(c: Ctx) -> City:
    if c.chance(0.8):
        return City(*c.ch(US_CITIES))
    st = c.ch(sorted(STATE_NAMES))
    return City(c.fen.city(), st, c.digits(3), str(c.ri(201, 989)))


def zip_en(c: Ctx, city: City) -> str:
    z = city.zip3 + c.digits(2, lead_nonzero=False)
    return z + "-" + c.digits(4, False) if c.chance(0.12) else z


def street_en(c: Ctx) -> str:
    s = c.fen.street_address() if c.chance(0.45) else f"{c.ri(2, 9899)} {c.ch(US_STREETS)}"
    if c.chance(0.3) and "Apt" not in s and "Suite" not in s:
        s += c.pick(f" Apt {c.ri(1, 40)}{c.ch('ABCDEF')}", f", Apt. {c.ri(1, 999)}", f" Unit {c.ri(1, 60)}",
                    f" #{c.ri(100, 999)}")
    return s


def addr_en(c: Ctx, patient: bool = True, city: City | None = None, two_lines: bool | None = None,
            state_full: bool | None = None) -> list:
    """A US postal address as labeled parts. The state is PHI only for a patient's address."""
    city = city or city_en(c)
    st = STATE_NAMES[city.state] if (state_full if state_full is not None else c.chance(0.12)) else city.state
    state = P("PROVINCE_STATE", st) if patient else st
    two = c.chance(0.35) if two_lines is None else two_lines
    return [P("ADDRESS_STREET", street_en(c)), "\n" if two else ", ", P("CITY", city.city), ", ",
            state, " ", P("POSTCODE", zip_en(c, city))]


def phone_en(c: Ctx, area: str | None = None, style: str | None = None) -> str:
    a = area or str(c.ri(201, 989))
    x = str(c.ri(200, 989))
    y = c.digits(4, False)
    style = style or c.ch(("paren", "paren", "dash", "dash", "dot", "plus", "plus_sp", "bare",
                           "space", "one_dash"))
    return {
        "paren": f"({a}) {x}-{y}",
        "dash": f"{a}-{x}-{y}",
        "dot": f"{a}.{x}.{y}",
        "plus": f"+1-{a}-{x}-{y}",
        "plus_sp": f"+1 {a} {x} {y}",
        "bare": f"{a}{x}{y}",
        "space": f"{a} {x} {y}",
        "one_dash": f"1-{a}-{x}-{y}",
    }[style]


def email_en(c: Ctx, p: PersonEN | None = None) -> str:
    dom = c.ch(("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "icloud.com",
                "comcast.net", "att.net", "protonmail.com"))
    if p is None:
        return c.fen.user_name() + "@" + dom
    f = _ascii(p.first.lower().replace(" ", ""))
    ln = _ascii(p.last.lower().replace(" ", "").replace("'", ""))
    local = c.ch((f"{f}.{ln}", f"{f[0]}{ln}", f"{f}{ln}{c.ri(1, 99)}", f"{ln}.{f}", f"{f}_{ln}{c.ri(60, 99)}",
                  f"{f}{c.ri(1950, 2005)}"))
    return local + "@" + dom


def _ascii(s: str) -> str:
    table = str.maketrans("áéíóúñüç", "aeiounuc")
    return re.sub(r"[^a-z0-9]", "", s.translate(table))


def work_email(c: Ctx, p: PersonEN, domain: str) -> str:
    f, ln = _ascii(p.first.lower()), _ascii(p.last.lower())
    return c.ch((f"{f}.{ln}", f"{f[0]}{ln}", f"{ln}{f[0]}")) + "@" + domain


SAINTS = ["Mary", "Joseph", "Luke", "Jude", "Vincent", "Francis", "Elizabeth", "Anthony", "Catherine",
          "Agnes", "Peter", "John", "Rita", "Clare", "Michael", "Bernard"]


def hospital_en(c: Ctx, city: City | None = None, kind: str = "hospital") -> str:
    city = city or city_en(c)
    cn = city.city
    lst = c.fen.last_name()
    while not _name_ok(lst):
        lst = c.fen.last_name()
    if kind == "clinic":
        return c.ch((f"{lst} Family Medicine", f"{cn} Community Health Center", f"{cn} Internal Medicine Associates",
                     f"Northside Primary Care of {cn}", f"{lst} & {c.fen.last_name()} Pediatrics",
                     f"{cn} Heart and Vascular Clinic", f"Valley Oncology Associates of {cn}",
                     f"{cn} Urgent Care", f"{lst} Medical Group"))
    if kind == "snf":
        return c.ch((f"{cn} Health and Rehabilitation Center", f"Brookdale {cn}", f"{lst} Manor Nursing Home",
                     f"Sunrise Senior Living of {cn}", f"The Gardens at {cn}", f"{cn} Hospice House"))
    return c.ch((f"{cn} General Hospital", f"{cn} Regional Medical Center", f"St. {c.ch(SAINTS)} Medical Center",
                 f"St. {c.ch(SAINTS)}'s Hospital", f"Mercy Hospital of {cn}", f"{lst} Memorial Hospital",
                 f"Kaiser Permanente {cn} Medical Center", f"{cn} VA Medical Center",
                 f"University of {STATE_NAMES[city.state]} Medical Center", "Good Samaritan Hospital",
                 f"Providence {c.ch(SAINTS)} Medical Center", f"Baptist Health {cn}",
                 f"{cn} Children's Hospital", "Riverside Methodist Hospital", f"{lst} Regional Hospital",
                 f"Sutter {cn} Medical Center", f"Banner {cn} Medical Center", f"{cn} Memorial Hospital",
                 "Lakeview Medical Center", f"{lst} County Hospital"))


def hosp_domain(c: Ctx) -> str:
    return c.ch(("mercyhealth.org", "stmarysmc.org", "providence.org", "bannerhealth.com", "kp.org",
                 "sutterhealth.org", "uhhospitals.org", "baptisthealth.net", "valleymed.org",
                 "riversidehealth.org", "goodsam.org", "lakeviewmc.org"))


# --------------------------------------------------------------------------- US identifiers

def mrn_en(c: Ctx) -> str:
    return c.ch((c.digits(7), c.digits(8), "00" + c.digits(7), c.digits(9), "E" + c.digits(7),
                 f"{c.digits(2)}-{c.digits(2)}-{c.digits(3)}", "M" + c.digits(8), c.digits(10)))


def acct_en(c: Ctx) -> str:
    return c.ch((c.digits(10), c.digits(12), "V" + c.digits(9), "A" + c.digits(10), c.digits(9),
                 f"{c.digits(4)}-{c.digits(6)}"))


def accession_en(c: Ctx, mod: str = "CT") -> str:
    y = c.ri(18, 24)
    return c.ch((f"{mod}-{y}-{c.digits(7, False)}", f"{mod}{c.digits(9)}", f"A{c.digits(8)}",
                 f"{c.digits(8)}", f"RAD{y}{c.digits(6, False)}", f"{y}{mod}{c.digits(6, False)}"))


def path_accession(c: Ctx) -> str:
    y = c.ri(18, 24)
    return c.ch((f"S{y}-{c.ri(100, 39999)}", f"SP-{y}-{c.digits(6, False)}", f"S{y}-{c.digits(5, False)}",
                 f"CS{y}-{c.ri(10, 9999):04d}", f"PA{y}-{c.digits(5, False)}"))


def ssn_en(c: Ctx) -> str:
    s = c.fen.ssn()
    return c.wpick((7, s), (2, s.replace("-", "")), (1, s.replace("-", " ")))


def npi(c: Ctx) -> str:
    """A 10-digit NPI with a valid Luhn check digit (prefix 80840)."""
    body = c.pick("1", "1", "2") + c.digits(8, False)
    digits = [int(x) for x in "80840" + body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def dea(c: Ctx, last: str) -> str:
    """A DEA registration number with a valid check digit."""
    first = c.ch("ABFGM")
    d = [c.ri(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + last[0].upper() + "".join(map(str, d)) + str(chk)


def state_license(c: Ctx, state: str) -> str:
    return c.ch((f"{c.ch('AGC')}{c.digits(5)}", f"MD{c.digits(6)}", f"{c.digits(2)}-{c.digits(6)}",
                 f"{state}{c.digits(7)}", f"{c.digits(7)}", f"DR.{c.digits(7)}"))


def insurance_en(c: Ctx) -> tuple[str, str]:
    """(plan name, member id)"""
    plan = c.ch(("Blue Cross Blue Shield PPO", "Aetna HMO", "UnitedHealthcare Choice Plus", "Cigna Open Access",
                 "Humana Gold Plus HMO", "Medicare Part A/B", "Medicaid", "Kaiser Permanente HMO", "Tricare Prime",
                 "Anthem Blue Cross", "Molina Healthcare", "Ambetter", "Medicare Advantage (Humana)"))
    if plan.startswith("Medicare Part"):
        m = (f"{c.ri(1, 9)}{c.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}{c.ch('ACDEFGHJKMNPQRTUVWXY0123456789')}{c.ri(0, 9)}"
             f"-{c.letters(1, 'ACDEFGHJKMNPQRTUVWXY')}{c.ch('ACDEFGHJKMNPQRTUVWXY0123456789')}{c.ri(0, 9)}"
             f"-{c.letters(2, 'ACDEFGHJKMNPQRTUVWXY')}{c.digits(2, False)}")
        if c.chance(0.4):
            m = m.replace("-", "")
    elif plan == "Medicaid":
        m = c.ch((c.digits(8) + c.letters(1), c.letters(2) + c.digits(5) + c.letters(1), c.digits(10)))
    else:
        m = c.ch((c.letters(3) + c.digits(9), "W" + c.digits(9), c.letters(1) + c.digits(8) + "01",
                  c.digits(9) + "00", c.letters(3) + c.digits(6) + c.letters(1) + c.digits(2)))
    return plan, m


def group_no(c: Ctx) -> str:
    return c.ch((c.digits(6), c.digits(5) + "-" + c.digits(3, False), "GRP" + c.digits(5), c.letters(2) + c.digits(4)))


def plate_en(c: Ctx, state: str) -> str:
    return c.ch((f"{c.ri(1, 9)}{c.letters(3)}{c.digits(3, False)}", f"{c.letters(3)}-{c.digits(4, False)}",
                 f"{c.letters(3)} {c.digits(4, False)}", f"{c.digits(3, False)} {c.letters(3)}",
                 f"{c.letters(2)}{c.digits(1)}-{c.letters(1)}{c.digits(3, False)}", c.fen.license_plate()))


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(c: Ctx) -> str:
    return c.ch(("1HG", "2T1", "1FT", "5YJ", "JN1", "1G1", "3VW", "KMH", "WBA")) + "".join(
        c.ch(VIN_CHARS) for _ in range(14))


def device_serial(c: Ctx) -> str:
    return c.ch((f"{c.letters(3)}{c.digits(6)}{c.letters(1)}", f"{c.letters(3)}{c.digits(6)}",
                 c.digits(8), f"{c.letters(2)}{c.digits(7)}", f"{c.digits(3)}{c.letters(2)}{c.digits(5)}",
                 f"{c.letters(1)}{c.digits(9)}"))


def passport_en(c: Ctx) -> str:
    return c.ch((c.digits(9), c.letters(1) + c.digits(8), c.letters(2) + c.digits(7), c.digits(9)))


def ip_addr(c: Ctx) -> str:
    return c.wpick((6, c.fen.ipv4_public()), (3, c.fen.ipv4_private()), (1, c.fen.ipv6()))


def company_en(c: Ctx) -> str:
    return c.wpick(
        (5, c.fen.company()),
        (4, c.ch((f"{c.fen.last_name()} Construction", f"{c.fen.city()} Unified School District",
                  f"{c.fen.last_name()} Trucking LLC", f"{c.fen.last_name()} & Sons Roofing",
                  f"{c.fen.city()} Fire Department", f"{c.fen.last_name()} Dental Group",
                  f"{c.fen.last_name()} Logistics", f"{c.fen.city()} Public Library",
                  f"{c.fen.last_name()} Poultry Processing", f"{c.fen.last_name()} Auto Body",
                  f"{c.fen.last_name()} Steel Fabrication Inc.", f"{c.fen.city()} Water Department"))),
    )


# --------------------------------------------------------------------------- Chinese people

COMPOUND_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "司徒", "夏侯",
                     "端木", "公孙", "尉迟", "长孙", "宇文", "西门", "南宫", "独孤"]
WORD_SURNAMES = ["高", "龙", "白", "黄", "叶", "房", "左", "关", "石", "方", "常", "金", "田", "夏",
                 "路", "余", "江", "华", "文", "安", "包", "钟", "史", "于", "向", "甘", "申", "全"]
GIVEN_CHARS_F = list("秀英华玉兰芳丽敏静燕霞红梅娟琳雪倩婷颖慧萍丹晶月莹洁淑珍凤琴云彤欣悦怡")
GIVEN_CHARS_M = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆建国峰志林海晨东亮")
MINORITY_NAMES = [("古丽米拉·艾则孜", "F"), ("阿不都热合曼·买买提", "M"), ("热依拉·吐尔逊", "F"),
                  ("艾力·买合木提", "M"), ("努尔艾合买提·吾斯曼", "M"), ("帕提古丽·阿布都拉", "F"),
                  ("扎西多吉", "M"), ("才让卓玛", "F"), ("巴特尔", "M"), ("其其格", "F"),
                  ("阿依努尔·沙吾提", "F"), ("买买提江·托合提", "M")]


@dataclass
class PersonZH:
    sur: str
    given: str
    sex: str

    @property
    def full(self) -> str:
        return self.sur + self.given

    @property
    def xing(self) -> str:
        return "男" if self.sex == "M" else "女"


def person_zh(c: Ctx, sex: str | None = None, sur: str | None = None, minority: float = 0.03) -> PersonZH:
    sex = sex or c.pick("F", "M")
    if sur is None and c.chance(minority):
        name, sx = c.ch([m for m in MINORITY_NAMES if m[1] == sex])
        return PersonZH("", name, sx)
    if sur is None:
        sur = c.wpick((74, None), (14, c.ch(WORD_SURNAMES)), (12, c.ch(COMPOUND_SURNAMES)))
        if sur is None:
            sur = c.fzh.last_name()
            while len(sur) != 1 and sur not in COMPOUND_SURNAMES:
                sur = c.fzh.last_name()
    for _ in range(20):
        if c.chance(0.75):
            given = c.fzh.first_name_female() if sex == "F" else c.fzh.first_name_male()
        else:
            pool = GIVEN_CHARS_F if sex == "F" else GIVEN_CHARS_M
            given = c.ch(pool) + (c.ch(pool) if c.chance(0.7) else "")
        if given and given not in ("某", "某某"):
            return PersonZH(sur, given, sex)
    return PersonZH(sur, "明", sex)


def child_nick(c: Ctx, p: PersonZH) -> str:
    """A child's home name, as parents and nurses use it (小明, 乐乐)."""
    g = p.given[-1]
    return c.pick("小" + g, g + g, "小" + c.ch(GIVEN_CHARS_F + GIVEN_CHARS_M))


# --------------------------------------------------------------------------- Chinese places

CN_GEO = [  # province (None for municipalities), city, districts, zip3, area code
    (None, "北京市", ["朝阳区", "海淀区", "东城区", "西城区", "丰台区", "通州区"], "100", "010"),
    (None, "上海市", ["浦东新区", "徐汇区", "静安区", "黄浦区", "闵行区", "杨浦区"], "200", "021"),
    (None, "天津市", ["和平区", "南开区", "河西区", "滨海新区"], "300", "022"),
    (None, "重庆市", ["渝中区", "江北区", "沙坪坝区", "九龙坡区"], "400", "023"),
    ("广东省", "广州市", ["越秀区", "天河区", "海珠区", "白云区", "番禺区"], "510", "020"),
    ("广东省", "深圳市", ["南山区", "福田区", "罗湖区", "宝安区", "龙岗区"], "518", "0755"),
    ("广东省", "佛山市", ["禅城区", "南海区", "顺德区"], "528", "0757"),
    ("江苏省", "南京市", ["鼓楼区", "玄武区", "秦淮区", "建邺区", "江宁区"], "210", "025"),
    ("江苏省", "苏州市", ["姑苏区", "吴中区", "相城区", "虎丘区"], "215", "0512"),
    ("江苏省", "无锡市", ["梁溪区", "滨湖区", "锡山区"], "214", "0510"),
    ("浙江省", "杭州市", ["西湖区", "上城区", "拱墅区", "滨江区", "余杭区"], "310", "0571"),
    ("浙江省", "宁波市", ["海曙区", "鄞州区", "江北区"], "315", "0574"),
    ("浙江省", "温州市", ["鹿城区", "瓯海区", "龙湾区"], "325", "0577"),
    ("四川省", "成都市", ["武侯区", "锦江区", "青羊区", "金牛区", "成华区"], "610", "028"),
    ("湖北省", "武汉市", ["江岸区", "武昌区", "洪山区", "汉阳区", "江汉区"], "430", "027"),
    ("湖南省", "长沙市", ["岳麓区", "芙蓉区", "天心区", "开福区", "雨花区"], "410", "0731"),
    ("陕西省", "西安市", ["雁塔区", "碑林区", "新城区", "未央区"], "710", "029"),
    ("河南省", "郑州市", ["金水区", "二七区", "中原区", "管城回族区"], "450", "0371"),
    ("河南省", "洛阳市", ["洛龙区", "西工区", "涧西区"], "471", "0379"),
    ("山东省", "济南市", ["历下区", "市中区", "槐荫区", "天桥区"], "250", "0531"),
    ("山东省", "青岛市", ["市南区", "市北区", "黄岛区", "崂山区"], "266", "0532"),
    ("辽宁省", "沈阳市", ["和平区", "沈河区", "皇姑区", "铁西区"], "110", "024"),
    ("辽宁省", "大连市", ["中山区", "西岗区", "沙河口区", "甘井子区"], "116", "0411"),
    ("黑龙江省", "哈尔滨市", ["南岗区", "道里区", "香坊区"], "150", "0451"),
    ("吉林省", "长春市", ["朝阳区", "南关区", "绿园区"], "130", "0431"),
    ("云南省", "昆明市", ["五华区", "盘龙区", "官渡区", "西山区"], "650", "0871"),
    ("福建省", "福州市", ["鼓楼区", "台江区", "仓山区"], "350", "0591"),
    ("福建省", "厦门市", ["思明区", "湖里区", "集美区"], "361", "0592"),
    ("安徽省", "合肥市", ["蜀山区", "包河区", "庐阳区", "瑶海区"], "230", "0551"),
    ("江西省", "南昌市", ["东湖区", "西湖区", "青山湖区"], "330", "0791"),
    ("河北省", "石家庄市", ["长安区", "桥西区", "新华区", "裕华区"], "050", "0311"),
    ("山西省", "太原市", ["小店区", "迎泽区", "杏花岭区"], "030", "0351"),
    ("甘肃省", "兰州市", ["城关区", "七里河区", "安宁区"], "730", "0931"),
    ("广西壮族自治区", "南宁市", ["青秀区", "兴宁区", "西乡塘区"], "530", "0771"),
    ("贵州省", "贵阳市", ["南明区", "云岩区", "观山湖区"], "550", "0851"),
    ("新疆维吾尔自治区", "乌鲁木齐市", ["天山区", "沙依巴克区", "新市区"], "830", "0991"),
    ("内蒙古自治区", "呼和浩特市", ["新城区", "回民区", "赛罕区"], "010", "0471"),
    ("海南省", "海口市", ["龙华区", "美兰区", "秀英区"], "570", "0898"),
]
CN_RURAL = [("河南省", "周口市", "郸城县", "466", "0394"), ("山东省", "临沂市", "沂水县", "276", "0539"),
            ("四川省", "南充市", "仪陇县", "637", "0817"), ("湖南省", "邵阳市", "隆回县", "422", "0739"),
            ("安徽省", "阜阳市", "临泉县", "236", "0558"), ("江西省", "赣州市", "于都县", "342", "0797"),
            ("河北省", "保定市", "涞源县", "074", "0312"), ("甘肃省", "天水市", "秦安县", "741", "0938"),
            ("贵州省", "毕节市", "威宁彝族回族苗族自治县", "553", "0857"),
            ("广东省", "梅州市", "五华县", "514", "0753")]
CN_TOWNS = ["城关镇", "新集镇", "李庄镇", "马头镇", "白庙乡", "杨集镇", "石桥镇", "黄岗镇", "大营镇", "龙泉乡"]
CN_VILLAGES = ["王庄村", "张楼村", "李家村", "前进村", "红旗村", "新民村", "大刘村", "后湾村", "东沟村"]
CN_STREETS = ["中山路", "解放路", "人民路", "建设路", "和平路", "胜利路", "长江路", "黄河路", "新华路",
              "文化路", "光明街", "朝阳路", "北京路", "南京路", "青年路", "学府路", "科技路", "工业大道",
              "滨江大道", "金融街", "东风路", "花园路", "红旗路", "幸福路", "迎宾大道", "五一路", "八一路",
              "团结街", "北四环中路", "南二环西路", "延安西路", "东湖路", "珠江路", "天府大道", "中山北路",
              "解放东路", "建国门外大街", "淮海中路"]
CN_SUBDISTRICTS = ["城南街道", "新华街道", "东湖街道", "望京街道", "小营街道", "龙华街道", "五里店街道",
                   "北苑街道", "丁桥街道"]
CN_COMMUNITIES = ["阳光花园", "锦绣家园", "幸福里小区", "翠苑", "金色家园", "碧桂园", "万科城市花园",
                  "绿地世纪城", "保利中央公园", "和平里", "电力宿舍", "教师新村", "铁路新村", "富康小区",
                  "龙湖春江郦城", "恒大名都", "丽景湾", "梧桐苑", "世纪花城", "御景华府"]


@dataclass
class CityZH:
    prov: str | None
    city: str
    district: str
    zip3: str
    area: str
    rural: bool = False


def city_zh(c: Ctx, rural: float = 0.15) -> CityZH:
    if c.chance(rural):
        prov, city, county, z, a = c.ch(CN_RURAL)
        return CityZH(prov, city, county, z, a, True)
    prov, city, dists, z, a = c.ch(CN_GEO)
    return CityZH(prov, city, c.ch(dists), z, a)


def street_zh(c: Ctx, g: CityZH, detail: bool = True) -> str:
    """Everything below the city: district/county down to the room."""
    if g.rural:
        if not detail:
            return g.district + c.ch(CN_STREETS) + f"{c.ri(1, 300)}号"
        s = g.district + c.ch(CN_TOWNS) + c.ch(CN_VILLAGES)
        if detail:
            s += c.pick(f"{c.ch('一二三四五六七八')}组", f"{c.ri(1, 120)}号", f"{c.ch('一二三四五')}组{c.ri(1, 60)}号")
        return s
    s = g.district
    if c.chance(0.25):
        s += c.ch(CN_SUBDISTRICTS)
    s += c.ch(CN_STREETS) + f"{c.ri(1, 999)}号"
    if detail:
        b, u, fl, rm = c.ri(1, 36), c.ri(1, 6), c.ri(1, 28), c.ri(1, 4)
        s += c.ch(CN_COMMUNITIES) + c.pick(f"{b}栋{u}单元{fl}0{rm}室", f"{b}号楼{u}单元{fl}0{rm}",
                                            f"{b}幢{fl}0{rm}室", f"{b}-{u}-{fl}0{rm}", f"{b}栋{fl}0{rm}")
    return s


def addr_zh(c: Ctx, patient: bool = True, g: CityZH | None = None, detail: bool = True,
            with_prov: float = 0.75) -> list:
    """A Chinese address as labeled parts; the province is PHI only for a patient's address."""
    g = g or city_zh(c)
    out = []
    if g.prov and c.chance(with_prov):
        out.append(P("PROVINCE_STATE", g.prov) if patient else g.prov)
    out.append(P("CITY", g.city))
    out.append(P("ADDRESS_STREET", street_zh(c, g, detail)))
    return out


def postcode_zh(c: Ctx, g: CityZH) -> str:
    return g.zip3 + c.digits(3, False)


def mobile_zh(c: Ctx, style: str | None = None) -> str:
    n = c.ch(("13", "15", "18", "17", "19", "13", "18")) + str(c.ri(0, 9)) + c.digits(8, False)
    style = style or c.ch(("bare", "bare", "bare", "bare", "sp", "dash", "plus", "plus_bare"))
    return {"bare": n, "sp": f"{n[:3]} {n[3:7]} {n[7:]}", "dash": f"{n[:3]}-{n[3:7]}-{n[7:]}",
            "plus": f"+86 {n[:3]} {n[3:7]} {n[7:]}", "plus_bare": f"+86-{n}"}[style]


def land_zh(c: Ctx, area: str, style: str | None = None) -> str:
    n = str(c.ri(2, 8)) + c.digits(7, False)
    style = style or c.ch(("dash", "dash", "dash", "paren", "fparen", "sp", "bare"))
    return {"dash": f"{area}-{n}", "paren": f"({area}){n}", "fparen": f"（{area}）{n}",
            "sp": f"{area}-{n[:4]} {n[4:]}", "bare": f"{area}{n}"}[style]


def id_card_checksum(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, w)) % 11]


def id_card(c: Ctx, dob: dt.date, sex: str) -> str:
    """An 18-digit 居民身份证号 matching birth date and sex, with a valid MOD 11-2 check digit."""
    area = c.fzh.ssn()[:6]
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{area}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def id_card_valid(s: str) -> bool:
    return bool(re.fullmatch(r"\d{17}[\dX]", s)) and id_card_checksum(s[:17]) == s[17]


def hospital_zh(c: Ctx, g: CityZH | None = None, kind: str = "any") -> str:
    g = g or city_zh(c)
    cs = g.city  # 南京市
    cb = cs[:-1]
    if g.rural:
        return c.ch((f"{g.district}人民医院", f"{g.district}中医医院", f"{g.district}妇幼保健院",
                     f"{c.ch(CN_TOWNS)[:-1]}镇卫生院", f"{cs}第一人民医院", f"{cs}中心医院"))
    if kind == "community":
        return c.ch((f"{g.district}{c.ch(CN_SUBDISTRICTS)[:-2]}社区卫生服务中心", f"{g.district}人民医院",
                     f"{g.district}中医医院"))
    named = ["北京协和医院", "四川大学华西医院", "复旦大学附属华山医院", "上海交通大学医学院附属瑞金医院",
             "首都医科大学附属北京天坛医院", "北京大学人民医院", "中国医科大学附属盛京医院",
             "华中科技大学同济医学院附属协和医院", "空军军医大学西京医院", "中南大学湘雅二医院",
             "浙江大学医学院附属邵逸夫医院", "中山大学附属第一医院", "郑州大学第一附属医院",
             "广东省人民医院", "江苏省人民医院", "河南省人民医院", "浙江省人民医院", "山东省立医院",
             "南方医科大学南方医院", "复旦大学附属中山医院", "武汉大学人民医院", "西安交通大学第一附属医院"]
    return c.wpick(
        (3, c.ch(named)),
        (5, c.ch((f"{cb}市第{c.ch('一二三四五六')}人民医院", f"{cs}人民医院", f"{cs}中医院",
                  f"{cs}中心医院", f"{cs}妇幼保健院", f"{cs}儿童医院", f"{cs}胸科医院", f"{cs}肿瘤医院",
                  f"{cs}精神卫生中心", f"{g.district}人民医院", f"{cb}医科大学附属第{c.ch('一二')}医院"))),
    )


def hosp_domain_zh(c: Ctx) -> str:
    return c.ch(("hospital.cn", "pumch.cn", "zs-hospital.sh.cn", "wchscu.cn", "fahzu.org.cn",
                 "gdghospital.org.cn", "jsph.org.cn", "xjtufh.edu.cn", "whuh.com", "sdhospital.com.cn"))


def plate_zh(c: Ctx, g: CityZH | None = None) -> str:
    prov = c.ch("京沪津渝粤苏浙川鄂湘陕豫鲁辽黑吉云闽皖赣冀晋甘桂贵新蒙琼")
    letter = c.ch("ABCDEFGHJK")
    body = "".join(c.ch("0123456789" * 3 + "ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    ev = c.ch("DF") + c.digits(5, False)
    return c.ch((f"{prov}{letter}·{body}", f"{prov}{letter}{body}", f"{prov}{letter}-{body}",
                 f"{prov}{letter}·{ev}", f"{prov}{letter}{ev}", f"{prov}{letter} {body}"))


def company_zh(c: Ctx, g: CityZH | None = None) -> str:
    g = g or city_zh(c)
    cb = g.city[:-1]
    return c.wpick(
        (4, c.fzh.company()),
        (5, c.ch((f"{cb}{c.ch(['宏达', '鑫源', '华兴', '永安', '恒通', '金泰', '远大'])}建筑工程有限公司",
                  f"{cb}第{c.ch('一二三四五')}纺织厂", f"{cb}{c.ch(['东风', '前进', '红星'])}煤矿",
                  f"{cb}市{c.ch(['实验', '第三', '育才'])}中学", f"{cb}公交集团有限公司",
                  f"{cb}{c.ch(['新星', '长城', '顺达'])}物流有限公司", f"{cb}钢铁集团有限公司",
                  f"{cb}{c.ch(['光明', '利民', '蓝天'])}化工有限公司", f"{cb}市公安局{c.ch(['交警支队', '刑侦支队'])}",
                  f"{cb}{c.ch(['华美', '金鼎', '恒昌'])}电子科技有限公司", f"{cb}市自来水公司"))),
    )


def email_zh(c: Ctx) -> str:
    return c.wpick((4, f"{c.digits(c.ri(8, 10))}@qq.com"),
                   (3, c.fzh.user_name() + str(c.ri(1, 99)) + "@" + c.ch(("163.com", "126.com", "sina.com", "foxmail.com"))),
                   (2, f"{c.ch(('13', '15', '18'))}{c.digits(9, False)}@163.com"),
                   (1, c.fzh.free_email()))
