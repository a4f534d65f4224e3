# Longer than 450 lines: v5's own value pools (names, places, facilities, identifiers of two countries) are data, kept beside the renderer that reads them.
"""v5's own toolkit: an inline-markup renderer and value pools written for v5 alone.

A template writes literal text with ``[[CATEGORY:value]]`` for PHI and ``[[KIND:term]]`` for clinical
keep terms (DRUG, DOSE, LAB, ANATOMY, FINDING, PROCEDURE, EPONYM, MEASUREMENT); :func:`render` turns it
into a span-tracking document. From ``_core`` only the builder (``Doc``, ``P``, ``K``), the random
context ``Ctx`` and the 身份证 check digit are used; every name, place and facility pool is v5's own
(plus seeded Faker 40.63.0 draws).
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)
# the pools stay compact tables (no formatter reflow):
# fmt: off

from __future__ import annotations

import datetime as dt
import re

from _core import KEEP_KINDS, PHI_CATEGORIES, Ctx, Doc, K, P, id_card_checksum

__all__ = ["V5_WORDLIKE", "Ctx", "Person", "PersonZH", "Place", "PlaceZH", "m", "render"]

_MARK = re.compile(r"\[\[([A-Z_0-9]+):(.+?)\]\]")


def render(text: str) -> Doc:
    """Literal text with ``[[CAT:value]]`` markup -> a Doc with exact PHI and keep spans."""
    doc = Doc()
    pos = 0
    for m in _MARK.finditer(text):
        doc.put(text[pos : m.start()])
        cat, value = m.group(1), m.group(2)
        if cat in PHI_CATEGORIES:
            doc.put(P(cat, value))
        elif cat in KEEP_KINDS:
            doc.put(K(cat, value))
        else:
            raise ValueError(f"unknown markup category {cat}")
        pos = m.end()
    doc.put(text[pos:])
    return doc


def m(cat: str, value: object) -> str:
    return f"[[{cat}:{value}]]"


# --------------------------------------------------------------------------- English pools

#: (city, state, zip3, area code); the word-like ones are listed in V5_WORDLIKE
US_PLACES = [
    ("Dothan", "AL", "363", "334"), ("Flagstaff", "AZ", "860", "928"), ("Visalia", "CA", "932", "559"),
    ("Pueblo", "CO", "810", "719"), ("Waterbury", "CT", "067", "203"), ("Dover", "DE", "199", "302"),
    ("Ocala", "FL", "344", "352"), ("Valdosta", "GA", "316", "229"), ("Hilo", "HI", "967", "808"),
    ("Pocatello", "ID", "832", "208"), ("Peoria", "IL", "616", "309"), ("Muncie", "IN", "473", "765"),
    ("Dubuque", "IA", "520", "563"), ("Salina", "KS", "674", "785"), ("Paducah", "KY", "420", "270"),
    ("Houma", "LA", "703", "985"), ("Bangor", "ME", "044", "207"), ("Hagerstown", "MD", "217", "301"),
    ("Pittsfield", "MA", "012", "413"), ("Kalamazoo", "MI", "490", "269"), ("Duluth", "MN", "558", "218"),
    ("Tupelo", "MS", "388", "662"), ("Joplin", "MO", "648", "417"), ("Missoula", "MT", "598", "406"),
    ("Kearney", "NE", "688", "308"), ("Elko", "NV", "898", "775"), ("Nashua", "NH", "030", "603"),
    ("Vineland", "NJ", "083", "856"), ("Roswell", "NM", "882", "575"), ("Utica", "NY", "135", "315"),
    ("Hickory", "NC", "286", "828"), ("Minot", "ND", "587", "701"), ("Lima", "OH", "458", "419"),
    ("Enid", "OK", "737", "580"), ("Medford", "OR", "975", "541"), ("Altoona", "PA", "166", "814"),
    ("Woonsocket", "RI", "028", "401"), ("Florence", "SC", "295", "843"), ("Rapid City", "SD", "577", "605"),
    ("Kingsport", "TN", "376", "423"), ("Odessa", "TX", "797", "432"), ("Laredo", "TX", "780", "956"),
    ("Ogden", "UT", "844", "801"), ("Rutland", "VT", "057", "802"), ("Roanoke", "VA", "240", "540"),
    ("Yakima", "WA", "989", "509"), ("Wheeling", "WV", "260", "304"), ("Oshkosh", "WI", "549", "920"),
    ("Casper", "WY", "826", "307"), ("Fairbanks", "AK", "997", "907"), ("Jonesboro", "AR", "724", "870"),
    ("Temple", "TX", "765", "254"), ("Surprise", "AZ", "853", "623"), ("Opportunity", "WA", "992", "509"),
    ("Lawrence", "KS", "660", "785"), ("Troy", "NY", "121", "518"), ("Quincy", "IL", "623", "217"),
    ("Homer", "AK", "996", "907"), ("Warren", "OH", "444", "330"), ("Clinton", "IA", "527", "563"),
]
STATE_FULL = {"AL": "Alabama", "AZ": "Arizona", "CA": "California", "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "AK": "Alaska", "AR": "Arkansas"}
V5_WORDLIKE = frozenset({"temple", "surprise", "opportunity", "troy", "homer", "warren", "clinton", "florence", "lawrence", "quincy", "lima", "dover"})

#: surnames of several origins (with particles and hyphens) and first names, v5's own lists
SURNAMES = ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Mensah", "Asante", "Tesfaye", "Gebremariam", "Abdi", "Warsame",
            "Oyelaran", "Kowalczyk", "Wiśniewski", "Novak", "Horvath", "Petrov", "Ivanova", "Papadakis", "Karagiannis",
            "Delacroix", "Beaumont", "van der Berg", "de la Cruz", "Dos Santos", "del Toro", "O'Rourke", "McAllister",
            "MacLeod", "Fitzgerald-Shaw", "Ruiz-Valdez", "Ahn", "Nguyen-Tran", "Truong", "Pham", "Vang", "Xiong",
            "Rahman", "Siddiqui", "Iyer", "Subramanian", "Venkataraman", "Bhattacharya", "Castellanos", "Quintero",
            "Villanueva", "Baptiste", "Toussaint", "Fonoti", "Tuilagi", "Begaye", "Tsosie", "Lindqvist", "Haugen",
            "Kristiansen", "Abernathy", "Whitfield", "Pennington", "Holloway", "Stanfield", "Kimura", "Takahashi",
            "Al-Khatib", "El-Sayed", "Haddadin", "Sarkisian", "Petrosyan", "Yilmaz", "Demir", "Olawale", "Kaur", "Sandhu"]
FIRST_F = ["Adaeze", "Ngozi", "Abena", "Selam", "Hodan", "Agnieszka", "Zofia", "Katarina", "Eleni", "Margaux",
           "Siobhan", "Maeve", "Thao", "Linh", "Mai", "Pa Nhia", "Farzana", "Lakshmi", "Priyanka", "Ximena",
           "Guadalupe", "Marisol", "Fabiola", "Leilani", "Shiloh", "Ingrid", "Astrid", "Dorothea", "Loretta",
           "Winifred", "Yuki", "Aiko", "Rania", "Nour", "Anahit", "Elif", "Harpreet", "Tamsin", "Delphine", "Bernadette"]
FIRST_M = ["Chukwuemeka", "Kwame", "Yaw", "Dawit", "Abdirahman", "Tomasz", "Piotr", "Dragan", "Nikolai", "Stavros",
           "Thierry", "Declan", "Cormac", "Quang", "Duc", "Tou", "Imran", "Arjun", "Raghav", "Joaquín", "Rigoberto",
           "Esteban", "Sione", "Keoni", "Dashiell", "Leif", "Magnus", "Thaddeus", "Clement", "Ambrose", "Hiroshi",
           "Kenji", "Omar", "Tariq", "Vahe", "Emre", "Gurpreet", "Fergus", "Lucien", "Barnaby"]
NICK = {"Thaddeus": "Tad", "Clement": "Clem", "Ambrose": "Bro", "Bernadette": "Bernie", "Winifred": "Winnie",
        "Dorothea": "Dottie", "Loretta": "Retta", "Nikolai": "Kolya", "Dashiell": "Dash", "Barnaby": "Barney",
        "Chukwuemeka": "Emeka", "Abdirahman": "Abdi", "Katarina": "Kat", "Agnieszka": "Aga", "Priyanka": "Pri"}
CLIN_SURNAMES = ["Okonkwo", "Halvorsen", "Marchetti", "Ferreira", "Oduya", "Lindgren", "Vasquez-Ortiz", "Bhatt",
                 "Sorensen", "Chakraborty", "Kaminski", "Ostrowski", "Adebayo", "Nakashima", "Cavanaugh", "Ellsworth",
                 "Trinh", "Esposito", "Rosenthal", "Abramowitz", "Mwangi", "Kiplagat", "Dubois", "Lefebvre",
                 "Ngata", "Haroutunian", "Rasmussen", "Quigley", "Drummond", "Ashworth-Lowe"]
STREET_NAMES = ["Tamarack", "Cottonwood", "Larkspur", "Juniper Ridge", "Old Mill", "Quarry", "Harbor View", "Sassafras",
                "Persimmon", "Foxglove", "Bellwether", "Chickasaw", "Wren Hollow", "Sycamore Bend", "Kestrel", "Indian Creek",
                "Mulberry", "Prairie Dog", "Stonewall", "Red Bud", "Whippoorwill", "Cardinal", "Magnolia Crest", "Buckeye"]
STREET_TYPES = ["Rd", "Road", "St", "Street", "Ave", "Dr", "Drive", "Ln", "Ct", "Way", "Blvd", "Trl", "Pkwy", "Cir"]
EMPLOYERS = ["Tri-County Feed & Grain", "Halvorsen Trucking", "Prairie Wind Energy", "Blue Heron Casino", "Bayou Shrimp Co.",
             "Pinecrest Elementary School", "Allied Millwork", "Riverbend Poultry", "Keystone Rail Services",
             "Summit Roofing LLC", "Copper Canyon Mining", "Lakeside Marina", "Northstar Call Center",
             "the county highway department", "Great Plains Beef", "Dollar Barn", "Ridgeway Fire Protection District"]


class Person:
    """A person drawn from v5's pools or from Faker (en_US or another locale for foreign names)."""

    def __init__(self, c: Ctx, sex: str | None = None, source: str | None = None):
        self.sex = sex or c.pick("F", "M")
        source = source or c.wpick((5, "pool"), (4, "faker"), (1, "foreign"))
        if source == "pool":
            self.first = c.ch(FIRST_F if self.sex == "F" else FIRST_M)
            self.last = c.ch(SURNAMES)
        elif source == "foreign":
            loc = c.ch(["de_DE", "fr_FR", "es_MX", "pl_PL", "it_IT", "pt_BR", "nl_NL", "sv_SE"])
            f = _faker(loc, c)
            self.first = (f.first_name_female() if self.sex == "F" else f.first_name_male()).split()[0]
            self.last = f.last_name().split()[0]
        else:
            self.first = (c.fen.first_name_female() if self.sex == "F" else c.fen.first_name_male())
            self.last = c.fen.last_name()
        self.middle = c.ch("ABCDEFGHJKLMNPRSTW")
        self.nick = NICK.get(self.first)

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    def form(self, c: Ctx) -> str:
        return c.wpick(
            (4, self.full), (2, f"{self.last}, {self.first}"), (1, f"{self.first} {self.middle}. {self.last}"),
            (1, f"{self.first[0]}. {self.last}"), (1, f"{self.first[0]}.{self.middle}. {self.last}"),
            (1, f"{self.last.upper()}, {self.first.upper()}"), (1, f"{self.last.upper()}, {self.first.upper()} {self.middle}"),
        )

    @property
    def he(self) -> str:
        return "she" if self.sex == "F" else "he"

    @property
    def his(self) -> str:
        return "her" if self.sex == "F" else "his"


_FAKERS: dict = {}


def _faker(loc: str, c: Ctx):
    from faker import Faker

    if loc not in _FAKERS:
        _FAKERS[loc] = Faker(loc)
    f = _FAKERS[loc]
    f.seed_instance(c.seed ^ 0x2B5)
    return f


def clinician(c: Ctx) -> str:
    return c.ch(CLIN_SURNAMES) if c.chance(0.5) else c.fen.last_name()


class Place:
    def __init__(self, c: Ctx):
        self.city, self.state, zip3, self.area = c.ch(US_PLACES)
        self.zip = zip3 + c.digits(2, False)
        self.zip4 = self.zip + "-" + c.digits(4, False)


def street(c: Ctx) -> str:
    return f"{c.ri(12, 19870)} {c.pick('', '', 'N ', 'S ', 'W ', 'E ', 'NE ')}{c.ch(STREET_NAMES)} {c.ch(STREET_TYPES)}"


def street_unit(c: Ctx) -> str:
    return c.wpick(
        (4, street(c)), (2, f"{street(c)} Apt {c.ri(1, 40)}{c.pick('', 'B', 'C')}"), (1, f"{street(c)}, Unit {c.ri(100, 2400)}"),
        (1, f"PO Box {c.ri(10, 9999)}"), (1, f"Rural Route {c.ri(1, 9)}, Box {c.ri(10, 400)}"), (1, f"HC {c.ri(60, 80)} Box {c.ri(100, 999)}"),
        (1, f"{street(c)} Lot {c.ri(1, 90)}"), (1, f"{c.ri(100, 9999)} County Road {c.ri(10, 900)}"),
    )


def phone(c: Ctx, area: str | None = None) -> str:
    a = area or c.pick("312", "505", "803", "701", "580", "419", "270", "863")
    n = c.pick("2", "3", "4", "5", "6", "7", "8", "9") + c.digits(2, False)
    s = c.digits(4, False)
    return c.wpick((4, f"({a}) {n}-{s}"), (3, f"{a}-{n}-{s}"), (1, f"{a}.{n}.{s}"), (1, f"1-{a}-{n}-{s}"),
                   (1, f"+1 {a} {n} {s}"), (1, f"{a}{n}{s}"), (1, f"{a}/{n}-{s}"))


def email(c: Ctx, p: Person | None = None) -> str:
    base = (p.first[0] + re.sub(r"[^a-z]", "", p.last.lower())) if p and p.first.isascii() and p.last.isascii() else c.fen.user_name()
    return f"{base}{c.pick('', str(c.ri(1, 99)), '.' + str(c.ri(1950, 2005)))}@{c.pick('gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'hotmail.com', 'protonmail.com', 'windstream.net')}"


def ssn(c: Ctx) -> str:
    a, b, d = f"{c.ri(101, 665):03d}", f"{c.ri(10, 99):02d}", f"{c.ri(1001, 9999):04d}"
    return c.wpick((4, f"{a}-{b}-{d}"), (2, f"{a}{b}{d}"), (1, f"{a} {b} {d}"), (1, f"{a}.{b}.{d}"))


def ipv4(c: Ctx) -> str:
    return c.pick(f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}", f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
                  f"192.168.{c.ri(0, 255)}.{c.ri(1, 254)}", f"{c.ri(24, 216)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}")


def ipv6(c: Ctx) -> str:
    g = [f"{c.ri(0, 65535):x}" for _ in range(5)]
    return c.pick(f"2001:db8:{g[0]}:{g[1]}::{g[2]}", f"fe80::{g[0]}:{g[1]}:{g[2]}:{g[3]}", f"2600:1700:{g[0]}:{g[1]}:{g[2]}:{g[3]}:{g[4]}:1")


def npi(c: Ctx) -> str:
    body = c.pick("1", "2") + c.digits(8, False)
    total = 0
    for i, d in enumerate(reversed([int(x) for x in "80840" + body])):
        d = d * 2 if i % 2 == 0 else d
        total += d - 9 if d > 9 else d
    return body + str((10 - total % 10) % 10)


def dea(c: Ctx, last: str) -> str:
    d = [c.ri(0, 9) for _ in range(6)]
    return c.ch("ABFM") + last[0].upper() + "".join(map(str, d)) + str((d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10)


def plate(c: Ctx) -> str:
    return c.pick(f"{c.letters(3)}-{c.digits(4, False)}", f"{c.digits(1)}{c.letters(3)}{c.digits(3, False)}", f"{c.letters(3)} {c.digits(3, False)}", f"{c.digits(3)}-{c.letters(3)}")


def vin(c: Ctx) -> str:
    return c.pick("1", "2", "3", "5", "J", "K", "W") + "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16))


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def rdate(c: Ctx, lo: int = 2019, hi: int = 2025) -> dt.date:
    start = dt.date(lo, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(hi, 12, 31) - start).days))


def fdate(c: Ctx, d: dt.date, style: str | None = None) -> str:
    s = style or c.ch(["mdy", "mdy", "mdy0", "md", "iso", "long", "longth", "abbr", "dmon", "dmony", "mdyy", "dotted", "hl7", "dmy_word"])
    mon = EN_MONTHS[d.month - 1]
    th = "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {"mdy": f"{d.month}/{d.day}/{d.year}", "mdy0": f"{d.month:02d}/{d.day:02d}/{d.year}", "md": f"{d.month}/{d.day}",
            "iso": d.isoformat(), "long": f"{mon} {d.day}, {d.year}", "longth": f"{mon} {d.day}{th}",
            "abbr": f"{mon[:3]} {d.day}, {d.year}", "dmon": f"{d.day:02d}-{mon[:3].upper()}-{d.year}",
            "dmony": f"{d.day} {mon[:3]} {d.year}", "mdyy": f"{d.month}-{d.day}-{d.year % 100:02d}",
            "dotted": f"{d.month:02d}.{d.day:02d}.{d.year % 100:02d}", "hl7": f"{d.year}{d.month:02d}{d.day:02d}",
            "dmy_word": f"the {d.day}{th} of {mon}"}[s]


def old_age_en(c: Ctx) -> tuple[str, str, str]:
    """(before, the labelled number, after) of an age over 89 in one of many forms."""
    a = c.ri(90, 104)
    words = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
             96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine"}
    return c.wpick(
        (3, ("", str(a), "-year-old")), (2, ("", str(a), " yo")), (1, ("", f"{a}yo", "")), (1, ("", f"{a}y/o", "")),
        (1, ("age ", str(a), "")), (1, ("", str(a), " y.o.")), (1, ("aged ", str(a), "")),
        (1, ("", words.get(a, "ninety-nine"), "-year-old") if a < 100 else ("", str(a), " years old")),
        (1, ("", f"{a}M" if c.chance(0.5) else f"{a}F", "")),
    )


def age_phrase(c: Ctx, p_old: float = 0.35) -> str:
    """An age phrase: over 89 (labelled) with probability p_old, else a plain age."""
    if c.chance(p_old):
        b, v, a = old_age_en(c)
        return f"{b}{m('AGE_OVER_89', v)}{a}"
    return c.pick(f"{c.ri(19, 88)}-year-old", f"{c.ri(19, 88)} yo", f"{c.ri(19, 88)}y")


def hospital(c: Ctx, pl: Place | None = None) -> str:
    city = pl.city if pl else c.ch(US_PLACES)[0]
    return c.ch([f"{city} Regional Medical Center", f"{city} Community Hospital", f"St. {c.ch(['Brigid', 'Agnes', 'Raphael', 'Gerard', 'Monica', 'Clare'])}'s",
                 f"St. {c.ch(['Brigid', 'Agnes', 'Raphael', 'Gerard'])} Hospital", f"{c.ch(['Mercy', 'Providence', 'Good Samaritan', 'Covenant', 'Baptist'])} {city}",
                 c.ch(["Mercy", "Covenant", "Sacred Heart", "Good Shepherd", "Methodist"]), f"{c.ch(['Bluestem', 'Cedar Valley', 'Three Rivers', 'High Desert', 'Lakeland'])} Health",
                 f"the {c.ch(['Hollins', 'Whitcomb', 'Pryor', 'Ashby'])} Clinic", f"{city} VA Medical Center", f"{c.ch(['Kindred Hearts', 'Willow Brook', 'Autumn Ridge', 'Heritage Oaks'])} Nursing and Rehab"])


def pharmacy(c: Ctx, pl: Place | None = None) -> str:
    city = pl.city if pl else c.ch(US_PLACES)[0]
    return c.ch([f"Walgreens #{c.digits(5)}", f"CVS {city}", f"{c.ch(['Hometown', 'Corner', 'Main Street', 'Prairie'])} Pharmacy", f"{city} Apothecary", f"Kroger Pharmacy {city}"])


# --------------------------------------------------------------------------- Chinese pools

#: (省, 市, [区/县], 邮编前3位, 区号)
CN_PLACES = [
    ("湖南省", "常德市", ["武陵区", "鼎城区", "桃源县"], "415", "0736"), ("江西省", "赣州市", ["章贡区", "南康区", "瑞金市"], "341", "0797"),
    ("河南省", "洛阳市", ["西工区", "涧西区", "偃师区"], "471", "0379"), ("山东省", "潍坊市", ["奎文区", "潍城区", "寿光市"], "261", "0536"),
    ("四川省", "南充市", ["顺庆区", "高坪区", "阆中市"], "637", "0817"), ("广西壮族自治区", "桂林市", ["七星区", "象山区", "阳朔县"], "541", "0773"),
    ("湖北省", "宜昌市", ["西陵区", "伍家岗区", "夷陵区"], "443", "0717"), ("安徽省", "安庆市", ["迎江区", "大观区", "桐城市"], "246", "0556"),
    ("河北省", "邯郸市", ["丛台区", "复兴区", "武安市"], "056", "0310"), ("江苏省", "盐城市", ["亭湖区", "盐都区", "东台市"], "224", "0515"),
    ("浙江省", "台州市", ["椒江区", "黄岩区", "温岭市"], "318", "0576"), ("福建省", "漳州市", ["芗城区", "龙文区", "漳浦县"], "363", "0596"),
    ("云南省", "大理白族自治州", ["大理市", "祥云县", "宾川县"], "671", "0872"), ("贵州省", "毕节市", ["七星关区", "大方县", "威宁县"], "551", "0857"),
    ("甘肃省", "天水市", ["秦州区", "麦积区", "甘谷县"], "741", "0938"), ("黑龙江省", "齐齐哈尔市", ["龙沙区", "建华区", "讷河市"], "161", "0452"),
    ("吉林省", "吉林市", ["船营区", "昌邑区", "蛟河市"], "132", "0432"), ("山西省", "长治市", ["潞州区", "上党区", "襄垣县"], "046", "0355"),
    ("陕西省", "汉中市", ["汉台区", "南郑区", "城固县"], "723", "0916"), ("广东省", "湛江市", ["赤坎区", "霞山区", "雷州市"], "524", "0759"),
]
CN_MUNIS = [("重庆市", ["渝中区", "沙坪坝区", "万州区"], "400", "023"), ("天津市", ["河西区", "南开区", "武清区"], "300", "022")]
CN_ROADS = ["建设路", "人民南路", "解放西路", "红旗街", "滨江大道", "朝阳路", "文化路", "育才街", "光明巷", "幸福路", "青年路", "工农路", "胜利街", "府前街", "民主路"]
CN_XIAOQU = ["锦绣花园", "阳光小区", "金桂苑", "紫荆家园", "碧水湾", "东方明珠小区", "御景华庭", "春晖新村", "水岸名都", "铁路宿舍"]
CN_TOWNS = ["城关镇", "石门镇", "白沙镇", "马坪乡", "新塘镇", "双溪乡"]
CN_SURNAMES = ["李", "王", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "罗", "郑", "梁",
               "谢", "宋", "唐", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "蒋", "蔡", "余", "杜", "叶", "程",
               "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭", "陆", "范", "汪", "廖", "金", "贺", "庞", "樊",
               "欧阳", "司徒", "上官", "诸葛", "慕容", "东方", "夏侯", "万俟"]
CN_GIVEN_F = ["秀梅", "桂英", "玉兰", "淑华", "丽娟", "春燕", "海燕", "晓雯", "静怡", "思琪", "欣怡", "雨萱", "梦瑶", "婉婷", "佳琪", "芳", "娟", "敏", "霞", "丹"]
CN_GIVEN_M = ["建国", "志强", "国华", "德明", "振华", "永刚", "海涛", "文博", "宇轩", "浩然", "子涵", "俊杰", "明轩", "伟", "刚", "勇", "磊", "军", "斌", "鑫"]
CN_HOME_NAMES = ["小芳", "小军", "阿强", "阿珍", "毛毛", "豆豆", "丫丫", "小宝", "阿妹", "二娃"]
CN_EMPLOYERS = ["常德烟草机械有限责任公司", "赣南脐橙合作社", "洛阳轴承厂", "寿光蔬菜批发市场", "南充丝绸厂", "桂林旅游集团", "宜昌港务局",
                "安庆石化", "邯郸钢铁集团", "盐城汽车配件厂", "台州塑料模具厂", "漳州食品有限公司", "大理州第一中学", "天水长城电器厂",
                "齐齐哈尔车辆厂", "吉林化纤集团", "长治煤业公司", "汉中卷烟厂", "湛江港集团", "重庆长江物流公司"]


class PersonZH:
    def __init__(self, c: Ctx, sex: str | None = None, faker_p: float = 0.4):
        self.sex = sex or c.pick("F", "M")
        if c.chance(faker_p):
            full = c.fzh.name_female() if self.sex == "F" else c.fzh.name_male()
            self.last, self.given = full[0], full[1:]
        else:
            self.last = c.ch(CN_SURNAMES)
            self.given = c.ch(CN_GIVEN_F if self.sex == "F" else CN_GIVEN_M)
        self.home = c.ch(CN_HOME_NAMES)

    @property
    def full(self) -> str:
        return self.last + self.given

    def padded(self) -> str:
        return f"{self.last}  {self.given}" if len(self.full) == 2 else self.full

    @property
    def ta(self) -> str:
        return "她" if self.sex == "F" else "他"


class PlaceZH:
    def __init__(self, c: Ctx):
        if c.chance(0.12):
            self.prov = ""
            self.city, dists, zp, self.area = c.ch(CN_MUNIS)
        else:
            self.prov, self.city, dists, zp, self.area = c.ch(CN_PLACES)
        self.dist = c.ch(dists)
        self.zip = zp + c.digits(3, False)

    @property
    def short(self) -> str:
        return self.city[:-1] if self.city.endswith("市") else self.city[:2]


def addr_zh(c: Ctx, g: PlaceZH) -> str:
    """district down to room / village (ADDRESS_STREET)."""
    return c.wpick(
        (4, f"{g.dist}{c.ch(CN_ROADS)}{c.ri(1, 388)}号{c.ch(CN_XIAOQU)}{c.ri(1, 30)}栋{c.ri(1, 6)}单元{c.ri(1, 32)}0{c.ri(1, 4)}室"),
        (2, f"{g.dist}{c.ch(CN_ROADS)}{c.ri(1, 388)}号"),
        (2, f"{g.dist}{c.ch(CN_TOWNS)}{c.ch(['东风', '新华', '团结', '前进', '和平'])}村{c.ri(1, 12)}组{c.ri(1, 60)}号"),
        (1, f"{g.dist}{c.ch(CN_ROADS)}{c.ch(CN_XIAOQU)}{c.ri(1, 30)}-{c.ri(1, 6)}-{c.ri(1, 32)}0{c.ri(1, 4)}"),
    )


def hospital_zh(c: Ctx, g: PlaceZH) -> str:
    return c.ch([f"{g.city}第一人民医院", f"{g.city}中心医院", f"{g.short}市一院" if g.prov else f"{g.short}市肿瘤医院", f"{g.city}中医院",
                 f"{g.dist}人民医院", f"{g.city}妇幼保健院", f"{g.dist}{c.ch(['城南', '东街', '西关'])}社区卫生服务中心",
                 f"{g.short}{c.ch(['眼科医院', '康复医院', '精神卫生中心'])}", f"{g.prov[:2] if g.prov else g.short}省立医院" if g.prov else f"{g.short}医科大学附属第二医院",
                 f"{c.ch(['华西', '湘雅', '同济', '协和', '齐鲁'])}医院"])


def phone_zh(c: Ctx, g: PlaceZH | None = None) -> str:
    if g and c.chance(0.35):
        return c.pick(f"{g.area}-{c.digits(7 if len(g.area) == 4 else 8)}", f"（{g.area}）{c.digits(7 if len(g.area) == 4 else 8)}")
    mob = c.pick("13", "15", "18", "17", "19") + c.digits(9, False)
    return c.wpick((4, mob), (1, f"{mob[:3]} {mob[3:7]} {mob[7:]}"), (1, f"{mob[:3]}-{mob[3:7]}-{mob[7:]}"), (1, f"+86 {mob}"))


def id_card(c: Ctx, dob: dt.date, sex: str, area6: str | None = None) -> str:
    area = area6 or c.ch(["430702", "360702", "410303", "370705", "511302", "450305", "420502", "340802", "130403", "320902", "331002", "350602", "532901", "520502", "620502", "230202", "220204", "140403", "610702", "440802"])
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{area}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def plate_zh(c: Ctx) -> str:
    pre = c.ch(["湘J", "赣B", "豫C", "鲁G", "川R", "桂C", "鄂E", "皖H", "冀D", "苏J", "浙J", "闽E", "云L", "贵F", "甘E", "黑B", "吉B", "晋D", "陕F", "粤G", "渝A", "津C"])
    return c.pick(f"{pre}{c.alnum(5)}", f"{pre}·{c.alnum(5)}", f"{pre}D{c.digits(5, False)}")


_CN_NUM = "〇一二三四五六七八九"


def _cn_num(n: int) -> str:
    if n < 10:
        return "十" if n == 10 else _CN_NUM[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else _CN_NUM[t]) + "十" + ("" if u == 0 else _CN_NUM[u])


def fdate_zh(c: Ctx, d: dt.date, style: str | None = None) -> str:
    s = style or c.ch(["cn", "cn", "cn0", "iso", "iso", "dot", "slash", "md", "mdri", "yy", "cnnum", "compact"])
    return {"cn": f"{d.year}年{d.month}月{d.day}日", "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日", "iso": d.isoformat(),
            "dot": f"{d.year}.{d.month}.{d.day}", "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "md": f"{d.month}月{d.day}日",
            "mdri": f"{d.month}.{d.day}", "yy": f"{d.year % 100:02d}年{d.month}月{d.day}日",
            "cnnum": "".join(_CN_NUM[int(x)] for x in str(d.year)) + f"年{_cn_num(d.month)}月{_cn_num(d.day)}日",
            "compact": f"{d.year}{d.month:02d}{d.day:02d}"}[s]


def old_age_zh(c: Ctx) -> tuple[str, str, str]:
    a = c.ri(90, 103)
    return c.wpick((4, ("", str(a), "岁")), (1, ("", _cn_num(a) if a < 100 else str(a), "岁")), (1, ("年龄：", str(a), "")),
                   (1, ("", str(a), "周岁")), (1, ("", f"{a}岁", "")))


def age_zh(c: Ctx, p_old: float = 0.3) -> str:
    if c.chance(p_old):
        b, v, a = old_age_zh(c)
        return f"{b}{m('AGE_OVER_89', v)}{a}"
    return f"{c.ri(18, 88)}岁"
