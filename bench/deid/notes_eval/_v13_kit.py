# Longer than 450 lines: v13's hand-written value pools (people, places, workplaces, identifiers of two countries) are data.
"""v13's own value pools and small helpers (names, places, workplaces, identifiers, dates).

Written for v13 alone: from _core it takes only the span-tracking builder (Doc, P, K), the
per-note random context (Ctx) and the 身份证 check digit. Every pool below was typed for v13.
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

# Hand-laid data and document text: the formatter would triple the length.
# fmt: off
import datetime as dt
from dataclasses import dataclass

from _core import Ctx, Doc, K, P, id_card_checksum

__all__ = ["Ctx", "Doc", "K", "P"]

# --------------------------------------------------------------------------- dates and ages

D0, D1 = dt.date(2019, 3, 1), dt.date(2025, 9, 30)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def day(c: Ctx, lo: dt.date = D0, hi: dt.date = D1) -> dt.date:
    return lo + dt.timedelta(days=c.ri(0, (hi - lo).days))


def shift(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def born(c: Ctx, age: int, on: dt.date) -> dt.date:
    b = on - dt.timedelta(days=c.ri(1, 364))
    return b.replace(year=b.year - age, day=min(b.day, 28))


def en_date(c: Ctx, d: dt.date, style: str | None = None) -> P:
    m, dd, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    forms = {
        "a": f"{m:02d}/{dd:02d}/{y}", "b": f"{m}/{dd}/{y}", "c": f"{y}-{m:02d}-{dd:02d}",
        "d": f"{mon} {dd}, {y}", "e": f"{dd}-{mon[:3]}-{y % 100:02d}", "f": f"{mon[:3]}. {dd}, {y}",
        "g": f"{m}/{dd}/{y % 100:02d}", "h": f"{dd} {mon} {y}", "i": f"{mon[:3].upper()} {dd:02d} {y}",
        "md": f"{m}/{dd}", "mon": f"{mon} {dd}", "monabbr": f"{mon[:3]} {dd}",
    }
    return P("DATE", forms[style or c.ch("aaabbcddefghi")])


def zh_date(c: Ctx, d: dt.date, style: str | None = None) -> P:
    m, dd, y = d.month, d.day, d.year
    forms = {
        "a": f"{y}年{m}月{dd}日", "b": f"{y}-{m:02d}-{dd:02d}", "c": f"{y}.{m}.{dd}", "d": f"{y}/{m:02d}/{dd:02d}",
        "e": f"{y}年{m:02d}月{dd:02d}日", "md": f"{m}月{dd}日", "mdd": f"{m:02d}-{dd:02d}", "f": f"{y}{m:02d}{dd:02d}",
    }
    return P("DATE", forms[style or c.ch("aaabbbcde")])


def an_age(c: Ctx, p_old: float = 0.25, lo: int = 19, hi: int = 87) -> int:
    if c.chance(p_old):
        return c.wpick((7, c.ri(90, 96)), (3, c.ri(97, 103)))
    return c.ri(lo, hi)


def age_v(age: int, suffix: str = "") -> P | str:
    """An age number (with an optional glued suffix such as "Y"); PHI only above 89."""
    return P("AGE_OVER_89", f"{age}{suffix}") if age > 89 else f"{age}{suffix}"


def tm(c: Ctx) -> str:
    return f"{c.ri(0, 23):02d}:{c.ch(['04', '11', '17', '26', '33', '38', '42', '49', '52', '58'])}"


# --------------------------------------------------------------------------- English people

FEM = ["Ximena", "Guadalupe", "Marisol", "Yesenia", "Priyanka", "Lakshmi", "Ngozi", "Adaeze", "Abena", "Thuy",
       "Huong", "Ngoc Anh", "Fatima", "Yasmin", "Rania", "Svetlana", "Oksana", "Bozena", "Margarethe", "Colleen",
       "Bernadette", "Tamika", "Shaniqua", "Keisha", "Loretta", "Imelda", "Marguerite", "Siobhan", "Anneliese",
       "Dorcas", "Wanjiru", "Nkechi", "Kalani", "Leilani", "Mei-Ling", "Ji-woo", "Beatriz", "Rosalind", "Yolanda",
       "Harmony", "Blessing", "Constance", "Felicity", "Clementine", "Juniper", "Meadow"]
MASC = ["Joaquin", "Rigoberto", "Esteban", "Anand", "Rajesh", "Venkatesh", "Chukwuemeka", "Kwabena", "Oluwaseun",
        "Babajide", "Mamadou", "Thanh", "Duc", "Quang", "Mustafa", "Khalid", "Tariq", "Dmitri", "Yaroslav",
        "Wojciech", "Bogdan", "Seamus", "Lorcan", "Cornelius", "Thaddeus", "Ezekiel", "Jerome", "DeShawn", "Tyrell",
        "Kekoa", "Hyun-woo", "Wen-Jie", "Gunnar", "Anders", "Reinhold", "Cosmo", "Booker", "Ransom",
        "Sterling", "Bishop", "Justice", "Royal", "Cannon", "Deacon"]
SURN = ["Villanueva", "Quintanilla", "Zepeda", "Ochoa", "Bustamante", "Venkataraman", "Raghunathan", "Chaudhry",
        "Bhattacharya", "Okonkwo", "Adeyemi", "Mensah", "Boateng", "Diallo", "Traoré", "Tran", "Pham", "Nguyen",
        "Huynh", "Vo", "Haddad", "Al-Amin", "Mansour", "Khoury", "Kowalczyk", "Wiśniewski", "Petrenko",
        "Shevchenko", "Novak", "Dvořák", "Lindqvist", "Halvorsen", "Fitzgerald", "Gallagher", "McCready",
        "Abernathy", "Whitcombe", "Pemberton", "Thibodeaux", "Broussard", "Kealoha", "Yamashita", "Takahashi",
        "Oyelaran", "Kamau", "Ochieng"]
SURN_SHAPED = ["O'Shaughnessy", "D'Alessandro", "N'Diaye", "O'Rourke-Baptiste", "de la Garza", "De Los Santos",
               "van der Linden", "Van Wyk", "St. Pierre", "bin Rashid", "Okafor-Mensah", "Ruiz-Escobar",
               "al-Masri", "dos Anjos", "Le Blanc", "LaFleur", "McAllister-Yoon"]
SURN_WORDS = ["Winter", "Sparrow", "Bliss", "Goodbody", "Hardy", "Bone", "Marrow", "Cross", "Lively", "Coffin",
              "Moon", "Pepper", "Kidd", "Heart", "Salt", "Gentry", "Temple", "Pickens", "Cotton", "Rainwater"]
NICKS = {"Rigoberto": "Rigo", "Chukwuemeka": "Emeka", "Oluwaseun": "Seun", "Venkatesh": "Venky", "Wojciech": "Wojtek",
         "Thaddeus": "Tad", "Cornelius": "Neil", "Guadalupe": "Lupe", "Bernadette": "Bernie", "Margarethe": "Gretchen",
         "Priyanka": "Pri", "Ezekiel": "Zeke", "Dmitri": "Dima", "Svetlana": "Sveta", "Yaroslav": "Slava",
         "Marguerite": "Peggy", "Constance": "Connie", "Felicity": "Fliss", "Babajide": "Jide", "Adaeze": "Ada"}
#: names here that are ordinary English words (a PHI value may then occur inside a clinical term)
WORDLIKE = ["harmony", "blessing", "constance", "felicity", "juniper", "meadow", "ransom",
            "sterling", "bishop", "justice", "royal", "cannon", "deacon", "booker", "winter", "sparrow",
            "bliss", "hardy", "bone", "marrow", "cross", "lively", "coffin", "moon", "pepper", "kidd",
            "heart", "salt", "gentry", "temple", "cotton", "rainwater", "goodbody", "pickens", "cosmo", "neil",
            "tad", "connie", "peggy", "pri"]
MIDDLE = list("ABCDEFGHJKLMNPRSTW")


@dataclass
class Who:
    first: str
    last: str
    sex: str
    mid: str = ""

    def f(self, style: str) -> str:
        a, b = self.first, self.last
        return {
            "full": f"{a} {b}", "lf": f"{b}, {a}", "LF": f"{b.upper()}, {a.upper()}", "first": a, "last": b,
            "mi": f"{a} {self.mid}. {b}", "init": f"{a[0]}. {b}", "low": f"{a.lower()} {b.lower()}",
            "lowfirst": a.lower(), "UP": f"{a.upper()} {b.upper()}", "nick": NICKS.get(a, a),
            "lfm": f"{b}, {a} {self.mid}", "ini2": f"{a[0]}{b[0]}",
        }[style]

    @property
    def t(self) -> str:
        return "Mr." if self.sex == "M" else "Ms."

    @property
    def he(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "M" else "her"


def who(c: Ctx, sex: str | None = None, last: str | None = None) -> Who:
    sex = sex or c.pick("F", "M")
    first = c.ch(FEM if sex == "F" else MASC)
    if c.chance(0.15):
        first = c.fen.first_name_female() if sex == "F" else c.fen.first_name_male()
    last = last or c.wpick((5, c.ch(SURN)), (2, c.ch(SURN_SHAPED)), (2, c.ch(SURN_WORDS)), (2, c.fen.last_name()))
    return Who(first, last, sex, c.ch(MIDDLE))


def people(c: Ctx, n: int, sexes: str = "") -> list[Who]:
    """n people with distinct first and last names; sexes ("FM.") fixes the sex of the first few."""
    out: list[Who] = []
    while len(out) < n:
        sx = sexes[len(out)] if len(out) < len(sexes) and sexes[len(out)] in "FM" else None
        w = who(c, sx)
        if all(w.first != o.first and w.last != o.last and w.first != o.last for o in out):
            out.append(w)
    return out


# --------------------------------------------------------------------------- US places

US = [("Lubbock", "TX", "794"), ("Brownsville", "TX", "785"), ("Hialeah", "FL", "330"), ("Kissimmee", "FL", "347"),
      ("Fresno", "CA", "937"), ("Modesto", "CA", "953"), ("Garden Grove", "CA", "928"), ("Yakima", "WA", "989"),
      ("Spokane Valley", "WA", "992"), ("Boise", "ID", "837"), ("Pocatello", "ID", "832"), ("Tulsa", "OK", "741"),
      ("Lawton", "OK", "735"), ("Dearborn", "MI", "481"), ("Kalamazoo", "MI", "490"), ("Cedar Rapids", "IA", "524"),
      ("Fargo", "ND", "581"), ("Duluth", "MN", "558"), ("Minot", "ND", "587"), ("Lowell", "MA", "018"),
      ("Worcester", "MA", "016"), ("Paterson", "NJ", "075"), ("Scranton", "PA", "185"), ("Erie", "PA", "165"),
      ("Dayton", "OH", "454"), ("Akron", "OH", "443"), ("Gary", "IN", "464"), ("Bloomington", "IN", "474"),
      ("Macon", "GA", "312"), ("Albany", "GA", "317"), ("Hattiesburg", "MS", "394"), ("Lafayette", "LA", "705"),
      ("Las Cruces", "NM", "880"), ("Flagstaff", "AZ", "860"), ("Ogden", "UT", "844"), ("Billings", "MT", "591"),
      ("Rapid City", "SD", "577"), ("Cheyenne", "WY", "820"), ("Hilo", "HI", "967"), ("Fairbanks", "AK", "997"),
      ("Bangor", "ME", "044"), ("Burlington", "VT", "054"), ("Chattanooga", "TN", "374"), ("Roanoke", "VA", "240"),
      ("Asheville", "NC", "288"), ("Wheeling", "WV", "260"), ("Pueblo", "CO", "810"), ("Independence", "MO", "640")]
STREET_NAMES = ["Tamarack", "Old Mill", "Quarry Ridge", "Buckeye", "Magnolia Bend", "Saguaro", "Cottonwood",
                "Pecan Hollow", "Lighthouse", "Juniper Flats", "Kingfisher", "Orchard Gap", "Ironwood",
                "Cypress Knee", "Harbor View", "Twin Silos", "Prairie Wind", "Cardinal", "Foundry", "Mesquite"]
STREET_KINDS = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Ln", "Dr", "Drive", "Ct", "Blvd", "Way", "Pkwy", "Trail", "Cir"]


@dataclass
class Place:
    city: str
    state: str
    zip: str


def place(c: Ctx) -> Place:
    city, st, z3 = c.ch(US)
    return Place(city, st, z3 + c.digits(2, False) + (f"-{c.digits(4, False)}" if c.chance(0.2) else ""))


def street(c: Ctx, unit: float = 0.45) -> str:
    s = f"{c.ri(3, 19999)} {c.pick('', '', 'N ', 'S ', 'E ', 'W ', 'NE ')}{c.ch(STREET_NAMES)} {c.ch(STREET_KINDS)}"
    if c.chance(unit):
        s += c.pick(f" Apt {c.ri(1, 40)}{c.ch('ABCDEF')}", f", Unit {c.ri(100, 920)}", f" #{c.ri(2, 310)}",
                    f", Lot {c.ri(1, 88)}", f" Apt. {c.ri(101, 1420)}", f", Trlr {c.ri(2, 60)}")
    return s


def addr_en(c: Ctx, pl: Place | None = None, patient: bool = True) -> list:
    pl = pl or place(c)
    st = P("PROVINCE_STATE", pl.state) if patient else pl.state
    return [P("ADDRESS_STREET", street(c)), ", ", P("CITY", pl.city), ", ", st, " ", P("POSTCODE", pl.zip)]


def phone_en(c: Ctx, style: str | None = None) -> str:
    a, b, n = c.ri(201, 989), c.ri(210, 989), c.digits(4, False)
    return {"p": f"({a}) {b}-{n}", "d": f"{a}-{b}-{n}", "o": f"{a}.{b}.{n}", "i": f"+1 {a} {b} {n}",
            "x": f"{a}-{b}-{n} ext {c.ri(100, 9999)}", "s": f"{a} {b} {n}"}[style or c.ch("ppddoisx")]


# --------------------------------------------------------------------------- English institutions

HOSP_EN = [("St. Brigid Regional Medical Center", "St. Brigid"), ("Prairie Lutheran Hospital", "Prairie Lutheran"),
           ("Mesa Verde Community Hospital", "Mesa Verde"), ("Good Shepherd Rehabilitation Hospital", "Good Shepherd"),
           ("Three Rivers Children's Hospital", "Three Rivers"), ("Kessler-Whitfield Medical Center", "Kessler-Whitfield"),
           ("Bayou Teche General Hospital", "Teche General"), ("Our Lady of the Lakes Hospital", "OLOL"),
           ("Copper Basin Medical Center", "Copper Basin"), ("Northgate Veterans Affairs Medical Center", "Northgate VA"),
           ("Sandhill Family Health Clinic", "Sandhill"), ("Evergreen Hospice House", "Evergreen"),
           ("Harborview Urgent Care", "Harborview UC"), ("Riverbend Dialysis Center", "Riverbend"),
           ("Quest Peak Reference Laboratory", "Quest Peak"), ("Larkspur Skilled Nursing Facility", "Larkspur"),
           ("Two Rivers Community Pharmacy", "Two Rivers pharmacy"), ("Saint Adalbert Hospital", "St. Adalbert")]


PEDS_EN = [("Three Rivers Children's Hospital", "Three Rivers"), ("Sandhill Family Health Clinic", "Sandhill"),
           ("Kinder Pediatrics of the Plains", "Kinder Peds"), ("St. Brigid Regional Medical Center", "St. Brigid"),
           ("Lakeside Community Health Center", "Lakeside CHC")]


def hosp_en(c: Ctx, peds: bool = False) -> tuple[str, str]:
    if peds:
        return c.ch(PEDS_EN)
    return c.ch([h for h in HOSP_EN if "Children" not in h[0]])


def kin(c: Ctx, sex: str, f: list[str], m: list[str]) -> str:
    """A kinship word matching the relative's sex."""
    return c.ch(f if sex == "F" else m)


def employer_en(c: Ctx) -> str:
    ln = c.fen.last_name()
    return c.ch([
        f"{ln} Drywall & Paint LLC", "Tri-County Meat Packers", "Lubbock Independent School District",
        "Cedar Valley Unified School District", "Department of Motor Vehicles", "Amtrak Maintenance Yard",
        f"{ln} Family Dentistry", "El Torito Taqueria", "Golden Lotus Nail Spa", "Bayou Crawfish Shack",
        "U.S. Postal Service", "Greyhound Lines", "Pilgrim Poultry Plant", f"{ln} Landscaping LLC",
        "Walgreens distribution center", "county Department of Public Works", "Sunrise Assisted Living",
        "Big Sky Wind Farm", "Mercado La Palma", "Fairbanks North Star Borough School District",
        f"{ln} & {c.fen.last_name()} CPAs", "Sacred Heart Parish School", "Waffle House", "Tyson Foods",
        "Amazon fulfillment center", "county sheriff's office", "Delta Air Lines", "Pho Saigon Noodle House",
    ])


# --------------------------------------------------------------------------- English identifiers

def mrn_en(c: Ctx) -> str:
    return c.ch([c.digits(8), f"MR{c.digits(7)}", f"{c.digits(2)}-{c.digits(6, False)}",
                 f"E{c.digits(9)}", f"{c.digits(2)}{c.letters(1)}{c.digits(6)}"])


def acc_en(c: Ctx) -> str:
    return c.ch([f"{c.letters(2)}{c.digits(2, False)}-{c.digits(6, False)}", f"ACC{c.digits(8)}",
                 f"{c.digits(4)}{c.letters(1)}{c.digits(5)}", f"SO-{c.digits(7)}", f"{c.letters(1)}{c.digits(10)}"])


def serial(c: Ctx) -> str:
    return c.ch([f"{c.letters(2)}{c.digits(8)}", f"SN {c.alnum(4)}-{c.digits(6)}", f"{c.digits(4)}{c.letters(3)}{c.digits(4)}",
                 f"{c.letters(1)}{c.digits(3)}-{c.alnum(5)}", f"{c.digits(11)}"])


def plate_us(c: Ctx) -> str:
    return c.ch([f"{c.digits(1)}{c.letters(3)}{c.digits(3, False)}", f"{c.letters(3)} {c.digits(3, False)}{c.letters(1)}",
                 f"{c.letters(2)}-{c.digits(5, False)}", f"{c.digits(3)}-{c.letters(3)}", f"{c.letters(4)}{c.digits(2, False)}"])


def vin(c: Ctx) -> str:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return c.ch(["1C4", "4T1", "1N4", "2HK", "5NP", "3FA", "JTD", "WDD"]) + "".join(c.ch(pool) for _ in range(14))


def ssn(c: Ctx) -> str:
    a = c.ri(101, 665)
    return c.pick(f"{a}-{c.ri(10, 99)}-{c.digits(4, False)}", f"{a} {c.ri(10, 99)} {c.digits(4, False)}")


def member(c: Ctx) -> str:
    return c.ch([f"{c.letters(3)}{c.digits(9)}", f"{c.digits(1)}{c.letters(2)}{c.digits(1)}-{c.letters(2)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}",
                 f"M{c.digits(10)}", f"{c.digits(11)}A", f"ZQW{c.digits(6)}0{c.digits(2)}"])


def account(c: Ctx) -> str:
    return c.ch([f"{c.digits(10)}", f"ENC-{c.digits(8)}", f"V{c.digits(9)}", c.digits(9), f"{c.digits(4)}-{c.digits(6)}"])


def npi(c: Ctx) -> str:
    return "1" + c.digits(9, False)


def dea(c: Ctx) -> str:
    return c.letters(2) + c.digits(7, False)


def lic_state(c: Ctx) -> str:
    return c.ch([f"MD{c.digits(6)}", f"{c.letters(1)}{c.digits(5)}", f"RN-{c.digits(7)}", f"PA{c.digits(5)}"])


def dl_us(c: Ctx) -> str:
    return c.ch([f"{c.letters(1)}{c.digits(8)}", f"{c.digits(9)}", f"{c.letters(1)}{c.digits(3)}-{c.digits(4)}-{c.digits(4)}", f"{c.letters(2)}{c.digits(6)}"])


def passport(c: Ctx) -> str:
    return c.ch([c.digits(9), f"{c.letters(1)}{c.digits(8)}", f"{c.letters(2)}{c.digits(7)}", f"G{c.digits(8)}"])


def case_no(c: Ctx, pfx: str = "") -> str:
    return f"{pfx}{c.pick('', '20', 'C')}{c.digits(2)}-{c.digits(5, False)}"


def ip(c: Ctx) -> str:
    return c.wpick((5, f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}"), (3, c.fen.ipv4_public()),
                   (2, f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}"), (1, c.fen.ipv6()))


def email_en(c: Ctx, w: Who) -> str:
    dom = c.ch(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "proton.me", "hotmail.com"])
    user = c.pick(f"{w.first.lower()}.{w.last.lower()}", f"{w.first[0].lower()}{w.last.lower()}{c.ri(1, 99)}",
                  f"{w.last.lower()}fam", f"{w.first.lower()}{c.ri(60, 2004)}")
    return "".join(ch for ch in user if ch.isalnum() or ch in "._").strip(".") + "@" + dom


def url_en(c: Ctx, host: str) -> str:
    return f"https://{host}/{c.ch(['p', 's', 'r', 'visit', 'track', 'x'])}/{c.token(c.ri(8, 14))}"


# --------------------------------------------------------------------------- Chinese people

XING = list("邓谭廖蒋韦蔡贾熊孟秦阎薛侯雷龙段郝孔邵史毛常万顾赖武康贺严尹钱施牛洪龚汤陶黎温莫易樊乔文覃") + ["闫", "付", "卢"]
FU_XING = ["欧阳", "司马", "上官", "诸葛", "慕容", "尉迟", "公孙", "令狐", "澹台", "呼延", "万俟", "淳于"]
MING_F = ["雨桐", "思琪", "婉清", "晓燕", "丽娟", "翠花", "桂芳", "美玲", "佳怡", "梦瑶", "春梅", "秋菊", "淑芬", "凤霞", "若曦", "一诺"]
MING_M = ["建华", "志刚", "国栋", "德胜", "浩宇", "子轩", "宏伟", "永福", "俊杰", "立新", "家豪", "铁柱", "满仓", "博文", "天佑", "振邦"]
DAN_MING = list("磊静洁勇辉敏娜鑫阳琳刚斌璐昊")
MINZU = [("米日古丽·阿西木", "F"), ("艾尔肯·吐尔地", "M"), ("次仁央宗", "F"), ("格桑旺堆", "M"), ("乌云其木格", "F"),
         ("阿木古郎", "M"), ("吉克阿依", "F"), ("阿牛木呷", "M"), ("罗桑尼玛", "M"), ("迪娜·努尔兰", "F"), ("哈斯巴根", "M")]
XIAO_MING = ["豆豆", "乐乐", "小宝", "二丫", "石头", "妞妞", "阿福", "糖糖", "壮壮", "果果", "虎子", "丫蛋"]


@dataclass
class Ren:
    name: str
    sex: str
    sur: str = ""

    @property
    def xb(self) -> str:
        return "男" if self.sex == "M" else "女"

    @property
    def ta(self) -> str:
        return "他" if self.sex == "M" else "她"


def ren(c: Ctx, sex: str | None = None, sur: str | None = None, minzu: float = 0.07) -> Ren:
    sex = sex or c.pick("F", "M")
    if sur is None and c.chance(minzu):
        n, s = c.ch([m for m in MINZU if m[1] == sex])
        return Ren(n, s, "")
    if sur is None:
        sur = c.wpick((6, c.ch(XING)), (2, c.ch(FU_XING)), (3, c.fzh.last_name()))
        if len(sur) > 2:
            sur = c.ch(XING)
    given = c.wpick((5, c.ch(MING_F if sex == "F" else MING_M)), (2, c.ch(DAN_MING)),
                    (3, c.fzh.first_name_female() if sex == "F" else c.fzh.first_name_male()))
    return Ren(sur + given, sex, sur)


def rens(c: Ctx, n: int, sexes: str = "") -> list[Ren]:
    """n people with distinct names and surnames; sexes ("FM.") fixes the sex of the first few."""
    out: list[Ren] = []
    while len(out) < n:
        sx = sexes[len(out)] if len(out) < len(sexes) and sexes[len(out)] in "FM" else None
        r = ren(c, sx)
        if all(r.name not in o.name and o.name not in r.name and r.sur != o.sur for o in out):
            out.append(r)
    return out


# --------------------------------------------------------------------------- Chinese places

SHENG = [("湖北省", "宜昌市", ["西陵区", "伍家岗区", "夷陵区"], "443", "0717"), ("湖南省", "衡阳市", ["蒸湘区", "石鼓区", "珠晖区"], "421", "0734"),
         ("江苏省", "徐州市", ["云龙区", "泉山区", "铜山区"], "221", "0516"), ("浙江省", "绍兴市", ["越城区", "柯桥区", "上虞区"], "312", "0575"),
         ("山东省", "潍坊市", ["奎文区", "潍城区", "寒亭区"], "261", "0536"), ("河北省", "邯郸市", ["丛台区", "邯山区", "复兴区"], "056", "0310"),
         ("四川省", "绵阳市", ["涪城区", "游仙区"], "621", "0816"), ("广东省", "湛江市", ["赤坎区", "霞山区", "麻章区"], "524", "0759"),
         ("福建省", "泉州市", ["鲤城区", "丰泽区", "洛江区"], "362", "0595"), ("云南省", "大理白族自治州", ["大理市"], "671", "0872"),
         ("吉林省", "延边朝鲜族自治州", ["延吉市"], "133", "0433"), ("广西壮族自治区", "柳州市", ["城中区", "鱼峰区", "柳北区"], "545", "0772"),
         ("安徽省", "芜湖市", ["镜湖区", "弋江区", "鸠江区"], "241", "0553"), ("陕西省", "宝鸡市", ["渭滨区", "金台区", "陈仓区"], "721", "0917"),
         (None, "北京市", ["昌平区", "顺义区", "大兴区", "石景山区"], "102", "010"), (None, "上海市", ["宝山区", "嘉定区", "松江区", "普陀区"], "201", "021"),
         (None, "重庆市", ["万州区", "涪陵区", "南岸区"], "404", "023"), ("新疆维吾尔自治区", "喀什地区", ["喀什市"], "844", "0998"),
         ("黑龙江省", "齐齐哈尔市", ["龙沙区", "建华区"], "161", "0452"), ("甘肃省", "天水市", ["秦州区", "麦积区"], "741", "0938")]
XIAN = [("河南省", "南阳市", "淅川县", "474", "0377"), ("山东省", "菏泽市", "曹县", "274", "0530"), ("贵州省", "黔东南苗族侗族自治州", "雷山县", "557", "0855"),
        ("四川省", "凉山彝族自治州", "昭觉县", "616", "0834"), ("湖南省", "湘西土家族苗族自治州", "凤凰县", "416", "0743"), ("江西省", "上饶市", "鄱阳县", "333", "0793"),
        ("安徽省", "六安市", "金寨县", "237", "0564"), ("云南省", "红河哈尼族彝族自治州", "元阳县", "662", "0873")]
JIEDAO = ["滨湖街道", "东关街道", "桃源街道", "双塔街道", "新桥街道", "古城街道", "振兴街道", "龙山街道"]
SHEQU = ["槐树社区", "光华社区", "向阳社区", "石榴社区", "汇泉社区", "金湾社区"]
LU = ["沿江大道", "桃园路", "工农路", "枫林二路", "民主街", "胜利北街", "长虹路", "荷花池路", "纺织路", "学院南路", "兴业大道", "西关正街"]
XIAOQU = ["怡景苑", "锦江花园", "阳光水岸", "纺织厂宿舍", "水电八局家属院", "御龙湾", "桂花园", "书香名邸", "东方明珠苑"]
ZHEN = ["高庙镇", "三合乡", "铁炉镇", "柳林乡", "西岔镇", "马鞍镇"]
CUN = ["上坪村", "河湾村", "杨柳村", "石门村", "岔路口村", "黄土坡村", "新寨村", "龙井村"]
ZU = list("一二三四五六七八九") + ["十一", "十二"]


@dataclass
class Di:
    sheng: str | None
    shi: str
    qu: str
    zip3: str
    quhao: str
    xiang: bool = False


def di(c: Ctx, xiang: float = 0.3) -> Di:
    if c.chance(xiang):
        s, shi, x, z, q = c.ch(XIAN)
        return Di(s, shi, x, z, q, True)
    s, shi, qs, z, q = c.ch(SHENG)
    return Di(s, shi, c.ch(qs), z, q)


def jiedao(c: Ctx, g: Di, room: bool = True) -> str:
    if g.xiang:
        return g.qu + c.ch(ZHEN) + c.ch(CUN) + c.pick(f"{c.ch(ZU)}组", f"{c.ch(ZU)}组{c.ri(1, 80)}号", f"{c.ri(1, 200)}号")
    s = g.qu + c.pick("", c.ch(JIEDAO), c.ch(JIEDAO) + c.ch(SHEQU)) + c.ch(LU) + f"{c.ri(1, 688)}号"
    if room:
        s += c.ch(XIAOQU) + c.pick(f"{c.ri(1, 30)}栋{c.ri(1, 4)}单元{c.ri(1, 26)}0{c.ri(1, 4)}室",
                                    f"{c.ri(1, 18)}号楼{c.ri(1, 32)}0{c.ri(1, 6)}", f"{c.ri(1, 12)}幢{c.ri(1, 6)}0{c.ri(1, 2)}")
    return s


def addr_zh(c: Ctx, g: Di | None = None, patient: bool = True, room: bool = True) -> list:
    g = g or di(c)
    out: list = []
    if g.sheng and c.chance(0.7):
        out.append(P("PROVINCE_STATE", g.sheng) if patient else g.sheng)
    return [*out, P("CITY", g.shi), P("ADDRESS_STREET", jiedao(c, g, room))]


def youbian(c: Ctx, g: Di) -> str:
    return g.zip3 + c.digits(3, False)


def shouji(c: Ctx) -> str:
    n = c.ch(["139", "136", "158", "187", "177", "199", "150", "182", "166", "135"]) + c.digits(8, False)
    return c.pick(n, n, n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}")


def zuoji(c: Ctx, g: Di) -> str:
    n = str(c.ri(2, 8)) + c.digits(6 if len(g.quhao) == 4 else 7, False)
    return c.pick(f"{g.quhao}-{n}", f"({g.quhao}){n}", f"{g.quhao}{n}")


# --------------------------------------------------------------------------- Chinese institutions

def yiyuan(c: Ctx, g: Di | None = None) -> tuple[str, str]:
    """(full name, the short name staff use)."""
    g = g or di(c)
    b = g.shi[:-1] if g.shi.endswith("市") else g.shi[:2]
    return c.ch([(f"{g.shi}中心医院", f"{b}中心"), (f"{g.qu}人民医院", f"{g.qu[:-1]}医"), (f"{b}市第二人民医院", "市二院"),
                 (f"{g.shi}妇幼保健院", "妇幼"), (f"{b}医学院附属医院", f"{b}附院"), (f"{g.qu}中医院", f"{g.qu[:-1]}中医"),
                 ("南昌大学第二附属医院", "南大二附院"), ("青岛大学附属医院", "青大附院"), ("徐州医科大学附属医院", "徐医附院"),
                 ("遵义医科大学附属医院", "遵医附院"), ("川北医学院附属医院", "川北附院"), ("温州医科大学附属第一医院", "温医一院"),
                 (f"{c.ch(ZHEN)}卫生院", "卫生院")])


def danwei(c: Ctx, g: Di | None = None) -> str:
    g = g or di(c)
    b = g.shi[:-1] if g.shi.endswith("市") else g.shi[:2]
    return c.ch([f"{b}恒昌机械制造有限公司", f"{b}第三棉纺厂", f"{g.qu}实验小学", f"{g.qu}机关幼儿园", f"{c.ch(CUN)}果蔬种植专业合作社",
                 f"{b}市公安局{c.ch(['东关', '城北', '河西'])}派出所", f"{c.ch(JIEDAO)}办事处", f"{c.ch(LU)}老王五金店（个体）",
                 f"{b}顺丰速运营业部", f"{b}城投建设集团有限公司", f"{g.qu}第二中学", f"{b}市环卫处", "美团外卖（众包骑手）",
                 f"{b}农商银行{c.ch(['城东', '开发区'])}支行", f"{b}宏发汽修厂", c.fzh.company(), f"{c.ch(LU)}兰州拉面馆（个体工商户）"])


# --------------------------------------------------------------------------- Chinese identifiers

def sfz(c: Ctx, dob: dt.date, sex: str) -> str:
    area = c.ch(["420503", "430408", "320311", "330602", "370705", "130402", "510703", "440802", "350503",
                 "532901", "222401", "450202", "110114", "310113", "653101", "411326", "522634", "513431"])
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{area}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def zhuyuan(c: Ctx) -> str:
    return c.ch([c.digits(7), f"ZY{c.digits(8)}", f"{c.digits(2)}{c.digits(6, False)}", f"H{c.digits(9)}"])


def jianchahao(c: Ctx) -> str:
    return c.ch([f"CT{c.digits(9)}", f"US{c.digits(8)}", f"{c.digits(12)}", f"BL{c.digits(2)}-{c.digits(5, False)}", f"JY{c.digits(10)}"])


def yibao(c: Ctx) -> str:
    return c.ch([f"{c.digits(2)}{c.letters(1)}{c.digits(8)}", f"{c.digits(10)}", f"Y{c.digits(11)}", f"{c.digits(6)}{c.alnum(4)}{c.digits(2)}"])


def chepai(c: Ctx) -> str:
    p = c.ch("鄂湘苏浙鲁冀川粤闽云吉桂皖陕京沪渝新黑甘")
    L = c.ch("ABCDEFGHJ")
    body = "".join(c.ch("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))
    xny = c.pick(f"{c.ch('DFADF')}{c.digits(5, False)}", f"{c.digits(5, False)}{c.ch('DF')}")
    return c.pick(f"{p}{L}·{body}", f"{p}{L}{body}", f"{p}{L}·{xny}", f"{p}{L}{xny}", f"{p}{L} {xny}")


def huzhao(c: Ctx) -> str:
    return c.pick(f"E{c.digits(8)}", f"E{c.letters(1)}{c.digits(7)}", f"G{c.digits(8)}")


def tongxingzheng(c: Ctx) -> str:
    return c.pick(f"C{c.digits(8)}", f"H{c.digits(8)}", f"{c.digits(8)}", f"M{c.digits(8)}")


def zhiye(c: Ctx) -> str:
    return f"{c.ri(1, 2)}{c.digits(2)}{c.ri(32, 65)}0{c.digits(10, False)}"


def email_zh(c: Ctx) -> str:
    return c.pick(f"{c.digits(c.ri(6, 10))}@qq.com", f"{c.fzh.user_name()}@{c.ch(['163.com', '126.com', 'sina.cn', 'yeah.net'])}")


def url_zh(c: Ctx, host: str) -> str:
    return f"https://{host}/{c.ch(['h5', 'm', 'wx', 'q', 'report'])}/{c.token(c.ri(8, 12))}"
