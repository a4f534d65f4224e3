# Longer than 450 lines: v12's value pools (names, places, organisations, identifier formats of two countries) are data.
"""v12's own value pools and small helpers (hand-written for v12; imports from ``_core`` only the
span-tracking builder, ``Ctx`` and the 身份证 check digit, as v4 onwards do).

Everything random comes from the note's ``Ctx`` (its seeded ``random.Random`` and, for IP
addresses only, its seeded Faker), so Faker 40.63.0 and v12's seed give byte-identical notes.
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from _core import Ctx, Doc, K, P, id_card_checksum

__all__ = ["Ctx", "Doc", "K", "P"]

UP = "ABCDEFGHJKLMNPRSTUVWXYZ"
D0, D1 = dt.date(2019, 1, 1), dt.date(2024, 11, 30)


# --------------------------------------------------------------------------- dates


def day(c: Ctx, lo: dt.date = D0, hi: dt.date = D1) -> dt.date:
    return lo + dt.timedelta(days=c.ri(0, (hi - lo).days))


def dob(c: Ctx, age: int, on: dt.date) -> dt.date:
    d = on - dt.timedelta(days=int(age * 365.25) + c.ri(1, 360))
    return d


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


def den(c: Ctx, d: dt.date, style: str | None = None) -> P:
    style = style or c.ch(("mdy", "mdy", "mdy0", "iso", "long", "dmy", "short"))
    s = {
        "mdy": f"{d.month}/{d.day}/{d.year}",
        "mdy0": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "iso": d.isoformat(),
        "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
        "dmy": f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}",
        "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "md": f"{d.month}/{d.day}",
        "mon": f"{MON[d.month - 1]} {d.day}",
    }[style]
    return P("DATE", s)


def dzh(c: Ctx, d: dt.date, style: str | None = None) -> P:
    style = style or c.ch(("cn", "cn", "iso", "dot", "slash", "cn0"))
    s = {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "iso": d.isoformat(),
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "md": f"{d.month}月{d.day}日",
        "mdd": f"{d.month:02d}-{d.day:02d}",
    }[style]
    return P("DATE", s)


def hm(c: Ctx, lo: int = 0, hi: int = 23) -> str:
    return f"{c.ri(lo, hi):02d}:{c.ri(0, 59):02d}"


# --------------------------------------------------------------------------- English people

EN_F = [
    "Marisol",
    "Tamika",
    "Bethany",
    "Krystal",
    "Yesenia",
    "Priya",
    "Shanice",
    "Heather",
    "Deborah",
    "Oksana",
    "Lucinda",
    "Margarethe",
    "Imani",
    "Rosalind",
    "Noor",
    "Kiersten",
    "Ngozi",
    "Wilhelmina",
    "Jolene",
    "Esperanza",
    "Mei-Ling",
    "Thuy",
    "Ayesha",
    "Colleen",
    "Delphine",
    "Gretchen",
    "Anneliese",
    "Consuelo",
    "Fatoumata",
    "Bernadette",
]
EN_M = [
    "Dwayne",
    "Tobias",
    "Reginald",
    "Santiago",
    "Oluwaseun",
    "Cornelius",
    "Dmitri",
    "Jerome",
    "Thaddeus",
    "Rashad",
    "Lamar",
    "Ignatius",
    "Bartholomew",
    "Kwame",
    "Anselm",
    "Mustafa",
    "Ezekiel",
    "Leopold",
    "Nguyen Van",
    "Rafael",
    "Desmond",
    "Augustin",
    "Wendell",
    "Casimir",
    "Jebediah",
    "Percival",
    "Hamid",
    "Lorenzo",
    "Stanislaw",
    "Clement",
]
# first names that are ordinary words
EN_WORD_F = [
    "Summer",
    "Autumn",
    "Honey",
    "Sunny",
    "Star",
    "Precious",
    "Melody",
    "Destiny",
    "Harmony",
    "Journey",
]
EN_WORD_M = ["Hunter", "Mason", "Chase", "Forrest", "Sterling", "Major", "Royal", "Deacon", "Cash", "Heath"]
EN_LAST = [
    "Okafor",
    "Brannigan",
    "Szczepanski",
    "Delacroix",
    "Abernathy",
    "Featherstone",
    "Kowalczyk",
    "Villanueva",
    "Oyelaran",
    "Thistlewood",
    "Gallardo",
    "Pemberton",
    "Nakashima",
    "Haverford",
    "Lindqvist",
    "Quarshie",
    "Mbeki",
    "Rutherford",
    "Castellanos",
    "Iwasaki",
    "Petrakis",
    "Fitzwilliam",
    "Harrowgate",
    "Tolliver",
    "Achterberg",
    "Bouchard",
    "Krishnamurthy",
    "Mazur",
    "Ellingsen",
    "Ashworth",
    "Yilmaz",
    "Benavides",
]
# surnames with particles, apostrophes, hyphens
EN_LAST_ODD = [
    "de la Cruz",
    "O'Sullivan",
    "D'Amato",
    "van der Meer",
    "Ortiz-Kaplan",
    "St. Clair",
    "MacGillivray",
    "al-Rashidi",
    "Le Blanc",
    "Boateng-Smythe",
    "Da Silva",
    "N'Diaye",
    "von Essen",
    "McNaughton-Reyes",
]
# surnames that are ordinary words
EN_WORD_LAST = [
    "Baker",
    "Wolf",
    "Fish",
    "Rivers",
    "Lane",
    "Hill",
    "Church",
    "Page",
    "Street",
    "Banks",
    "Frost",
    "Bush",
    "Winter",
    "Price",
    "Sparrow",
    "Mills",
    "Booth",
    "Sharp",
]
NICK = {
    "Reginald": "Reggie",
    "Bartholomew": "Bart",
    "Cornelius": "Neil",
    "Wilhelmina": "Mina",
    "Bernadette": "Bernie",
    "Thaddeus": "Tad",
    "Ezekiel": "Zeke",
    "Deborah": "Debbie",
    "Margarethe": "Gretl",
    "Jebediah": "Jeb",
    "Percival": "Percy",
    "Oluwaseun": "Seun",
    "Ignatius": "Iggy",
    "Stanislaw": "Stan",
    "Lucinda": "Cindy",
}
WORDLIKE = frozenset(w.lower() for w in EN_WORD_F + EN_WORD_M + EN_WORD_LAST)
# eponyms used as keep terms in v12; nobody is named after them
EPONYM_BLOCK = {
    "Berg",
    "Parkinson",
    "Rankin",
    "Glasgow",
    "Hodgkin",
    "Alzheimer",
    "Epley",
    "Romberg",
    "Tanner",
    "Down",
    "Crohn",
    "Hashimoto",
    "Trendelenburg",
    "Tiffeneau",
    "Foley",
    "Babinski",
    "Apgar",
    "Graves",
}


@dataclass
class PE:
    first: str
    last: str
    sex: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def ini(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def nick(self) -> str:
        return NICK.get(self.first, self.first)

    @property
    def mr(self) -> str:
        return "Mr." if self.sex == "M" else self.ch_title

    ch_title: str = "Ms."

    @property
    def he(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "M" else "her"


def pe(c: Ctx, sex: str | None = None, last: str | None = None, word: float = 0.15, odd: float = 0.15) -> PE:
    sex = sex or c.ch("MF")
    if c.chance(word):
        first = c.ch(EN_WORD_M if sex == "M" else EN_WORD_F)
    else:
        first = c.ch(EN_M if sex == "M" else EN_F)
    if last is None:
        last = c.wpick((1 - word - odd, c.ch(EN_LAST)), (odd, c.ch(EN_LAST_ODD)), (word, c.ch(EN_WORD_LAST)))
    p = PE(first, last, sex)
    p.ch_title = c.ch(("Ms.", "Mrs.", "Ms."))
    return p


def people_en(c: Ctx, n: int, **kw) -> list[PE]:
    out: list[PE] = []
    seen: set[str] = set()
    while len(out) < n:
        p = pe(c, **kw)
        if p.first in seen or p.last in seen:
            continue
        seen |= {p.first, p.last}
        out.append(p)
    return out


CRED = ["MD", "DO", "RN", "NP", "PA-C", "OTR/L", "RRT", "LCSW", "LPC", "CNM", "BSN, RN", "MSN, APRN"]

# --------------------------------------------------------------------------- US places and numbers

US = [
    ("Lubbock", "TX", "794", "806"),
    ("Duluth", "MN", "558", "218"),
    ("Macon", "GA", "312", "478"),
    ("Spokane", "WA", "992", "509"),
    ("Erie", "PA", "165", "814"),
    ("Bangor", "ME", "044", "207"),
    ("Fresno", "CA", "937", "559"),
    ("Wichita", "KS", "672", "316"),
    ("Akron", "OH", "443", "330"),
    ("Billings", "MT", "591", "406"),
    ("Tallahassee", "FL", "323", "850"),
    ("Provo", "UT", "846", "801"),
    ("Flagstaff", "AZ", "860", "928"),
    ("Shreveport", "LA", "711", "318"),
    ("Burlington", "VT", "054", "802"),
    ("Cheyenne", "WY", "820", "307"),
    ("Rapid City", "SD", "577", "605"),
    ("Muncie", "IN", "473", "765"),
    ("Kalamazoo", "MI", "490", "269"),
    ("Pueblo", "CO", "810", "719"),
    ("Gainesville", "FL", "326", "352"),
    ("Joplin", "MO", "648", "417"),
    ("Asheville", "NC", "288", "828"),
    ("Boise", "ID", "837", "208"),
    ("Norman", "OK", "730", "405"),
    ("Hilo", "HI", "967", "808"),
]
STREETS = [
    "Quarry Rd",
    "Tamarack Ln",
    "Old Mill Pike",
    "Sycamore Ct",
    "Bluebonnet Dr",
    "Railroad Ave",
    "Harbor View Ter",
    "County Road 14",
    "Juniper Hollow",
    "Martin Luther King Jr Blvd",
    "Frontage Rd",
    "Wren Cir",
    "Apple Orchard Way",
    "Bishop St",
    "Prairie Wind Dr",
    "Cannery Row",
    "Lakeshore Loop",
    "Cottonwood Trl",
]
HOSP_EN = [
    "{c} Regional Medical Center",
    "St. Brigid Hospital of {c}",
    "{c} Memorial Hospital",
    "Valley Baptist {c}",
    "{c} Community Health Center",
    "Mercy Heights Medical Center",
    "Prairie Lutheran Hospital",
    "Good Samaritan {c}",
    "University of {c} Medical Center",
    "Northgate Women's Clinic",
]


def place(c: Ctx):
    return c.ch(US)


def street(c: Ctx) -> str:
    s = f"{c.ri(12, 9899)} {c.ch(STREETS)}"
    if c.chance(0.3):
        s += c.ch((f" Apt {c.ri(1, 40)}{c.ch('ABCD')}", f", Unit {c.ri(100, 499)}", f" Lot {c.ri(2, 88)}"))
    return s


def zipc(c: Ctx, z3: str) -> str:
    return z3 + c.digits(2, False) + (f"-{c.digits(4, False)}" if c.chance(0.2) else "")


def addr_en(c: Ctx, pl=None, sep: str = ", ") -> list:
    pl = pl or place(c)
    return [
        P("ADDRESS_STREET", street(c)),
        sep,
        P("CITY", pl[0]),
        ", ",
        P("PROVINCE_STATE", pl[1]),
        " ",
        P("POSTCODE", zipc(c, pl[2])),
    ]


def hosp_en(c: Ctx, city: str | None = None) -> str:
    return c.ch(HOSP_EN).format(c=city or place(c)[0])


def phone(c: Ctx, area: str | None = None) -> str:
    a = area or c.ch(US)[3]
    n = f"{c.ri(201, 989)}"
    last = c.digits(4, False)
    return c.ch((f"({a}) {n}-{last}", f"{a}-{n}-{last}", f"{a}.{n}.{last}", f"+1 {a} {n} {last}"))


def email(c: Ctx, p: PE | None = None, dom: str | None = None) -> str:
    if p is not None:
        loc = c.ch((f"{p.first[0]}{p.last}", f"{p.first}.{p.last}", f"{p.last}{c.ri(1, 99)}"))
        loc = "".join(ch for ch in loc.lower() if ch.isalnum() or ch == ".")
    else:
        loc = c.ch(("sunflower", "bluejay", "tigerlily", "roadrunner", "mapleleaf")) + str(c.ri(10, 999))
    return f"{loc}@{dom or c.ch(('gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'proton.me'))}"


def ip(c: Ctx) -> str:
    return c.wpick((6, c.fen.ipv4_public()), (3, c.fen.ipv4_private()), (1, c.fen.ipv6()))


def ssn(c: Ctx) -> str:
    return f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.digits(4, False)}"


def plate_us(c: Ctx) -> str:
    return c.ch(
        (
            f"{c.ri(1, 9)}{c.letters(3)}{c.digits(3, False)}",
            f"{c.letters(3)}-{c.digits(4, False)}",
            f"{c.letters(3)} {c.digits(3, False)}",
            f"{c.digits(3, False)}-{c.letters(3)}",
        )
    )


def vin(c: Ctx) -> str:
    return c.ch(("1FM", "2HG", "4T1", "5NP", "JTD", "WDD", "3GN")) + "".join(
        c.ch(UP + "0123456789") for _ in range(14)
    )


def serial(c: Ctx) -> str:
    return c.ch(
        (
            f"{c.letters(2)}{c.digits(8)}",
            f"{c.digits(3)}-{c.digits(5)}-{c.letters(1)}",
            f"SN{c.digits(9)}",
            f"{c.letters(4)}{c.digits(6)}",
            f"{c.digits(10)}",
        )
    )


def mrn(c: Ctx) -> str:
    return c.ch(
        (
            c.digits(8),
            f"{c.letters(1)}{c.digits(7)}",
            f"{c.digits(3)}-{c.digits(2)}-{c.digits(2)}",
            c.digits(7),
        )
    )


def passport(c: Ctx) -> str:
    return c.ch((c.digits(9), f"{c.letters(1)}{c.digits(8)}", f"{c.letters(2)}{c.digits(7)}"))


def dl(c: Ctx, st: str) -> str:
    return c.ch(
        (
            f"{c.letters(1)}{c.digits(7)}",
            c.digits(9),
            f"{c.letters(1)}{c.digits(3)}-{c.digits(3)}-{c.digits(3)}-{c.digits(3)}",
            c.digits(8),
        )
    )


def npi(c: Ctx) -> str:
    return "1" + c.digits(9, False)


def mbi(c: Ctx) -> str:
    return f"{c.ri(1, 9)}{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}"


EMPLOYERS = [
    "{l} Grain Elevator Co.",
    "Tri-County Transit Authority",
    "{l} Cabinetry LLC",
    "Riverside Cold Storage",
    "{l} Veterinary Hospital",
    "Magnolia Charter Academy",
    "{l} & Daughters Upholstery",
    "Hillcrest Call Center",
    "{l} Pest Control",
    "Great Plains Wind Services",
    "Keystone Foundry",
    "{l} Landscaping",
]


def employer(c: Ctx) -> str:
    return c.ch(EMPLOYERS).format(l=c.ch(EN_LAST))


# --------------------------------------------------------------------------- Chinese people

ZH_SUR = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴孔"
)
ZH_FU = ["欧阳", "上官", "司马", "诸葛", "公孙", "端木", "尉迟", "皇甫", "呼延", "澹台", "令狐", "宇文"]
G_F = list("桂芬淑兰秀梅玉珍春燕丽娟晓雯婉琪思涵语嫣梓萱诗瑶雨欣佳怡")
G_M = list("德福国庆建军志强永刚海洋俊杰子轩浩然宇航博文嘉豪明辉振华")
MINORITY = [
    ("阿依古丽·买买提", "F"),
    ("艾尔肯·吐尔逊", "M"),
    ("次仁卓玛", "F"),
    ("扎西顿珠", "M"),
    ("巴特尔", "M"),
    ("乌兰图雅", "F"),
    ("阿卜杜萨拉木·艾则孜", "M"),
    ("古丽娜尔·沙比提", "F"),
    ("格桑拉姆", "F"),
    ("其其格", "F"),
    ("木合塔尔·阿不都", "M"),
    ("达瓦次仁", "M"),
    ("吉克阿依", "F"),
    ("阿苏拉则", "M"),
    ("玛依拉·哈力克", "F"),
]
XIAOMING = [
    "豆豆",
    "乐乐",
    "糖糖",
    "多多",
    "壮壮",
    "妞妞",
    "小宝",
    "果果",
    "毛毛",
    "欢欢",
    "阳阳",
    "朵朵",
    "石头",
    "虎子",
    "丫丫",
]


@dataclass
class PZ:
    name: str
    sex: str
    sur: str

    @property
    def given(self) -> str:
        return self.name[len(self.sur) :]


def pz(
    c: Ctx, sex: str | None = None, sur: str | None = None, minority: float = 0.06, fu: float = 0.08
) -> PZ:
    sex = sex or c.ch("MF")
    if sur is None and c.chance(minority):
        pool = [m for m in MINORITY if m[1] == sex]
        n = c.ch(pool)[0]
        return PZ(n, sex, "")
    if sur is None:
        sur = c.ch(ZH_FU) if c.chance(fu) else c.ch(ZH_SUR)
    pool = G_M if sex == "M" else G_F
    given = "".join(c.sample(pool, c.ch((1, 2, 2, 2))))
    return PZ(sur + given, sex, sur)


def people_zh(c: Ctx, n: int, **kw) -> list[PZ]:
    out: list[PZ] = []
    names: set[str] = set()
    while len(out) < n:
        p = pz(c, **kw)
        if p.name in names or any(p.name in q or q in p.name for q in names):
            continue
        names.add(p.name)
        out.append(p)
    return out


# --------------------------------------------------------------------------- Chinese places and numbers

# province (None for a municipality), city, districts, zip prefix, area code, 身份证 area codes, plate prefix
ZH_GEO = [
    ("四川省", "成都市", ["武侯区", "金牛区", "双流区"], "610", "028", ["510107", "510106", "510116"], "川A"),
    (
        "湖南省",
        "长沙市",
        ["岳麓区", "开福区", "雨花区"],
        "410",
        "0731",
        ["430104", "430105", "430111"],
        "湘A",
    ),
    (
        "广东省",
        "深圳市",
        ["南山区", "宝安区", "龙岗区"],
        "518",
        "0755",
        ["440305", "440306", "440307"],
        "粤B",
    ),
    (None, "重庆市", ["渝北区", "沙坪坝区", "万州区"], "400", "023", ["500112", "500106", "500101"], "渝A"),
    (
        "新疆维吾尔自治区",
        "乌鲁木齐市",
        ["天山区", "沙依巴克区", "新市区"],
        "830",
        "0991",
        ["650102", "650103", "650104"],
        "新A",
    ),
    ("西藏自治区", "拉萨市", ["城关区", "堆龙德庆区"], "850", "0891", ["540102", "540103"], "藏A"),
    (
        "河北省",
        "保定市",
        ["竞秀区", "莲池区", "涿州市"],
        "071",
        "0312",
        ["130602", "130606", "130681"],
        "冀F",
    ),
    (
        "云南省",
        "昆明市",
        ["五华区", "盘龙区", "官渡区"],
        "650",
        "0871",
        ["530102", "530103", "530111"],
        "云A",
    ),
    (
        "内蒙古自治区",
        "呼和浩特市",
        ["新城区", "回民区", "赛罕区"],
        "010",
        "0471",
        ["150102", "150103", "150105"],
        "蒙A",
    ),
    (
        "江苏省",
        "苏州市",
        ["姑苏区", "吴中区", "昆山市"],
        "215",
        "0512",
        ["320508", "320506", "320583"],
        "苏E",
    ),
    (None, "上海市", ["浦东新区", "徐汇区", "闵行区"], "200", "021", ["310115", "310104", "310112"], "沪"),
    (
        "甘肃省",
        "兰州市",
        ["城关区", "七里河区", "安宁区"],
        "730",
        "0931",
        ["620102", "620103", "620105"],
        "甘A",
    ),
    (
        "贵州省",
        "黔东南苗族侗族自治州",
        ["凯里市", "雷山县", "从江县"],
        "556",
        "0855",
        ["522601", "522634", "522633"],
        "贵H",
    ),
    (
        "浙江省",
        "温州市",
        ["鹿城区", "瑞安市", "乐清市"],
        "325",
        "0577",
        ["330302", "330381", "330382"],
        "浙C",
    ),
]
ZH_ROADS = [
    "玉林北路",
    "桐梓林东路",
    "麓山南路",
    "科苑大道",
    "红旗河沟正街",
    "新华北路",
    "北京路",
    "东风东路",
    "人民中路",
    "滨河西路",
    "十里店路",
    "金马路",
    "学府街",
    "团结南路",
    "吴中大道",
]
ZH_XIAOQU = [
    "桂花苑",
    "锦江城市花园",
    "丽景湾",
    "幸福家园",
    "和平里小区",
    "书香名邸",
    "东湖人家",
    "星河丹堤",
    "阳光新城",
]
ZH_TOWN = ["石羊镇", "黄龙溪镇", "新店子乡", "坝心镇", "朗依乡", "丙妹镇", "西江镇", "仙女山镇", "马鞍镇"]
ZH_VILLAGE = ["先锋村", "团结村", "下寨村", "河湾村", "羊角村", "岩脚村", "红星村", "牧业村", "草原新村"]
ZH_HOSP = [
    "{city}第一人民医院",
    "{city}妇幼保健院",
    "{d}人民医院",
    "{city}中心医院",
    "{city}精神卫生中心",
    "{d}中医医院",
    "{short}大学华西医院",
    "{short}医科大学附属第二医院",
    "{d}社区卫生服务中心",
    "{city}第三人民医院",
    "{d}妇幼保健计划生育服务中心",
]
ZH_UNIT = [
    "{city}公交集团第三分公司",
    "{d}实验小学",
    "{city}燃气有限公司",
    "{short}顺丰速运营业部",
    "{d}市场监督管理局",
    "{short}恒达建筑劳务有限公司",
    "{city}地铁运营有限公司",
    "{short}宏远物流有限公司",
    "{d}供销合作社",
]


@dataclass
class G:
    prov: str | None
    city: str
    district: str
    z3: str
    area: str
    codes: list
    plate: str

    @property
    def short(self) -> str:
        return self.city.rstrip("市")[:2]


def geo(c: Ctx) -> G:
    g = c.ch(ZH_GEO)
    return G(g[0], g[1], c.ch(g[2]), g[3], g[4], g[5], g[6])


def street_zh(c: Ctx, g: G, rural: float | None = None) -> str:
    rural = 0.3 if rural is None else rural
    if c.chance(rural):
        return f"{g.district}{c.ch(ZH_TOWN)}{c.ch(ZH_VILLAGE)}{c.ri(1, 12)}组{c.ri(1, 60)}号"
    return c.ch(
        (
            f"{g.district}{c.ch(ZH_ROADS)}{c.ri(1, 399)}号{c.ch(ZH_XIAOQU)}{c.ri(1, 30)}栋{c.ri(1, 6)}单元{c.ri(1, 33)}0{c.ri(1, 6)}室",
            f"{g.district}{c.ch(ZH_ROADS)}{c.ri(1, 599)}号附{c.ri(1, 9)}号",
            f"{g.district}{c.ch(ZH_XIAOQU)}{c.ri(1, 20)}-{c.ri(1, 4)}-{c.ri(101, 2802)}",
        )
    )


def addr_zh(c: Ctx, g: G | None = None, prov: bool = True, rural: float | None = None) -> list:
    g = g or geo(c)
    out = []
    if prov and g.prov:
        out.append(P("PROVINCE_STATE", g.prov))
    out.append(P("CITY", g.city))
    out.append(P("ADDRESS_STREET", street_zh(c, g, rural)))
    return out


def hosp_zh(c: Ctx, g: G | None = None) -> str:
    g = g or geo(c)
    return c.ch(ZH_HOSP).format(city=g.city, d=g.district, short=g.short)


def unit_zh(c: Ctx, g: G | None = None) -> str:
    g = g or geo(c)
    return c.ch(ZH_UNIT).format(city=g.city, d=g.district, short=g.short)


def mobile(c: Ctx) -> str:
    n = c.ch(("13", "15", "17", "18", "19")) + c.digits(9, False)
    return c.ch((n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", n))


def land(c: Ctx, g: G) -> str:
    return c.ch((f"{g.area}-{c.digits(8)}", f"({g.area}){c.digits(8)}", f"{g.area}-{c.digits(7)}"))


def idcard(c: Ctx, g: G, birth: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{c.ch(g.codes)}{birth.year:04d}{birth.month:02d}{birth.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def plate_zh(c: Ctx, g: G) -> str:
    pre = g.plate if len(g.plate) == 2 else g.plate + c.ch("ABDE")
    return c.ch(
        (
            f"{pre}·{c.alnum(5)}",
            f"{pre}{c.alnum(5)}",
            f"{pre}·{c.ch('DF')}{c.digits(5, False)}",  # new-energy (green)
            f"{pre}{c.ch('DF')}{c.alnum(1)}{c.digits(4, False)}",
        )
    )


def zip_zh(c: Ctx, g: G) -> str:
    return g.z3 + c.digits(3, False)


def passport_zh(c: Ctx) -> tuple[str, str]:
    return c.ch(
        (
            ("护照", f"E{c.digits(8)}"),
            ("护照", f"E{c.letters(1)}{c.digits(7)}"),
            ("港澳居民来往内地通行证", f"H{c.digits(8)}"),
            ("台湾居民来往大陆通行证", c.digits(8)),
            ("往来港澳通行证", f"C{c.alnum(8)}"),
            ("护照", f"{c.letters(2)}{c.digits(7)}"),
        )
    )
