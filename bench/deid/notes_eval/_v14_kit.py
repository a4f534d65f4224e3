"""v14's own value pools and renderers (typed anew for v14; imports from _core only the builder,
Ctx and the 身份证 check digit). Every value is drawn through the note's Ctx, so a seed gives the
same note every time."""

# ruff: noqa: E501  (value pools)

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from _core import Ctx, Doc, K, P, id_card_checksum  # noqa: F401  (K, Doc re-exported for templates)

# --------------------------------------------------------------------------- English people
FIRST_F = (
    "Marisol", "Delphine", "Harriet", "Yolanda", "Bettina", "Cordelia", "Imelda", "Rosalind", "Tamsin",
    "Odalys", "Priyanka", "Quiana", "Leontyne", "Fenella", "Annika", "Beatrix", "Ximena", "Giselle",
    "Noreen", "Zuleika", "Theodora", "Marguerite", "Kasia", "Lupita", "Ngozi", "Saoirse", "Wilhelmina",
)
FIRST_M = (
    "Thaddeus", "Leopold", "Desmond", "Ignatius", "Rufus", "Octavio", "Barnaby", "Casimir", "Dashiell",
    "Evander", "Fitzgerald", "Gunnar", "Horatio", "Ishmael", "Jericho", "Lazarus", "Mortimer", "Nikolai",
    "Osvaldo", "Percival", "Quentin", "Roderick", "Sebastiano", "Tobias", "Ulysses", "Wendell", "Yusuf",
)
SURNAMES = (
    "Okonkwo", "Vandermeer", "Castellanos", "Przybylski", "Haverford", "Lindqvist", "Abernathy", "Quiroga",
    "Delacroix-Hunt", "Nakashima", "Szymanski", "Tolliver", "Uchenna", "Wojcik", "Yarborough", "Zielinski",
    "Achterberg", "Brannigan", "Cavanaugh", "Dziedzic", "Etheridge", "Fairweather", "Gallagher-Ruiz",
    "Hollingsworth", "Iwasaki", "Jankowski", "Kowalczyk", "Leclerc", "McAllister", "Nwachukwu", "O'Rourke",
    "Pettigrew", "Rasmussen", "Satterfield", "Thibodeaux", "Villanueva", "Whitcombe", "Youngblood",
)
NICK = {"Thaddeus": "Tad", "Leopold": "Leo", "Ignatius": "Iggy", "Barnaby": "Barney", "Dashiell": "Dash",
        "Nikolai": "Kolya", "Roderick": "Rod", "Tobias": "Toby", "Wendell": "Dell", "Theodora": "Teddie",
        "Wilhelmina": "Mina", "Harriet": "Hattie", "Cordelia": "Delia", "Rosalind": "Roz", "Beatrix": "Trixie",
        "Marguerite": "Daisy", "Bettina": "Tina", "Percival": "Percy", "Mortimer": "Mort", "Evander": "Van"}


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    sex: str
    mid: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


def person(c: Ctx, sex: str | None = None, last: str | None = None) -> Person:
    sex = sex or c.ch("MF")
    first = c.ch(FIRST_M if sex == "M" else FIRST_F)
    return Person(first, last or c.ch(SURNAMES), sex, c.ch("ABCDEFGHJKLMNPRSTW"))


def people(c: Ctx, n: int) -> list[Person]:
    """n persons with different first and last names."""
    out: list[Person] = []
    while len(out) < n:
        p = person(c)
        if all(p.first != q.first and p.last != q.last for q in out):
            out.append(p)
    return out


def name(c: Ctx, p: Person, cat: str, style: str | None = None) -> list:
    """A surface form of p's name; titles stay outside the span."""
    hon = "Mr." if p.sex == "M" else c.ch(("Ms.", "Mrs."))
    style = style or c.ch(("full", "full", "lastfirst", "init", "mid", "upper", "lower", "title", "first"))
    return {
        "full": [P(cat, p.full)],
        "lastfirst": [P(cat, f"{p.last}, {p.first}")],
        "init": [P(cat, f"{p.first[0]}. {p.last}")],
        "mid": [P(cat, f"{p.first} {p.mid}. {p.last}")],
        "upper": [P(cat, f"{p.last.upper()}, {p.first.upper()}")],
        "lower": [P(cat, f"{p.first.lower()} {p.last.lower()}")],
        "title": [f"{hon} ", P(cat, p.last)],
        "first": [P(cat, p.first)],
        "nick": [P(cat, NICK.get(p.first, p.first))],
        "last": [P(cat, p.last)],
        "initials": [P(cat, f"{p.first[0]}.{p.last[0]}.")],
    }[style]


def doc_name(c: Ctx, p: Person, style: str | None = None, cred: str | None = None) -> list:
    style = style or c.ch(("dr", "dr", "cred", "plain", "lastcred"))
    cred = cred or c.ch(("MD", "DO", "MD", "DO", "MD, PhD", "MBBS"))
    return {
        "dr": ["Dr. ", P("NAME_CLINICIAN", p.last)],
        "cred": [P("NAME_CLINICIAN", p.full), f", {cred}"],
        "plain": [P("NAME_CLINICIAN", f"{p.first[0]}. {p.last}")],
        "lastcred": [P("NAME_CLINICIAN", f"{p.last}, {p.first}"), f" {cred}"],
    }[style]


# --------------------------------------------------------------------------- English places
# (city, state, zip prefix)
CITIES = (
    ("Terre Haute", "IN", "478"), ("Kokomo", "IN", "469"), ("Muncie", "IN", "473"), ("Pocatello", "ID", "832"),
    ("Coeur d'Alene", "ID", "838"), ("Tulsa", "OK", "741"), ("Stillwater", "OK", "740"), ("Duluth", "MN", "558"),
    ("Mankato", "MN", "560"), ("Scranton", "PA", "185"), ("Altoona", "PA", "166"), ("Lubbock", "TX", "794"),
    ("Waco", "TX", "767"), ("Dubuque", "IA", "520"), ("Ames", "IA", "500"), ("Bozeman", "MT", "597"),
    ("Missoula", "MT", "598"), ("Flagstaff", "AZ", "860"), ("Yuma", "AZ", "853"), ("Roanoke", "VA", "240"),
    ("Lynchburg", "VA", "245"), ("Asheville", "NC", "288"), ("Greenville", "SC", "296"), ("Macon", "GA", "312"),
    ("Paducah", "KY", "420"), ("Bangor", "ME", "044"), ("Burlington", "VT", "054"), ("Eau Claire", "WI", "547"),
)
STREETS = ("Larkspur", "Juniper Hollow", "Old Mill", "Tamarack", "Bittersweet", "Quarry Ridge", "Ashcroft",
           "Wren", "Sycamore Bend", "Cottonwood", "Foxglove", "Harrow", "Kestrel", "Millrace", "Persimmon")
SUFFIX = ("St", "Ave", "Rd", "Lane", "Drive", "Ct", "Blvd", "Way", "Terrace", "Pike")
HOSP_EN = ("{c} Regional Medical Center", "St. Brendan's Hospital of {c}", "{c} Valley Health",
           "Mercy Crossing Hospital", "Holloway Memorial Hospital", "{c} Community Hospital",
           "Greystone Heart & Vascular Institute", "Harbor Pines Hospice",
           "Redbud Family Clinic", "Ironwood Sleep & Lung Center", "Lakeshore Women's Pavilion")
EMPLOYERS = ("Kessler Grain Elevator Co.", "Tri-County Rural Electric", "Brightline Logistics",
             "Maple Hollow Elementary School", "Halvorsen Tool & Die", "Cedar Point Credit Union",
             "Osprey Marine Supply", "Redwing Concrete", "Pinecrest Dental Lab", "Summit Roofing LLC",
             "Aldergrove Public Library", "Quarry Ridge Veterinary Clinic", "Northfield Bottling Plant")
PHARMACIES = ("Brookline Apothecary", "Corner Drug of {c}", "Willowbend Pharmacy", "Apex Specialty Pharmacy")
MAILHOSTS = ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "protonmail.com", "aol.com")


@dataclass(frozen=True)
class Addr:
    street: str
    city: str
    state: str
    zip: str


def addr(c: Ctx) -> Addr:
    city, st, zp = c.ch(CITIES)
    unit = c.pick("", "", f" Apt {c.ri(1, 40)}{c.ch('ABCD')}", f" Unit {c.ri(100, 450)}", f" #{c.ri(2, 19)}")
    z = zp + c.digits(2, False) + (f"-{c.digits(4, False)}" if c.chance(0.3) else "")
    return Addr(f"{c.ri(11, 9899)} {c.ch(STREETS)} {c.ch(SUFFIX)}{unit}", city, st, z)


def addr_parts(a: Addr, one_line: bool = True) -> list:
    sep = ", " if one_line else "\n"
    return [P("ADDRESS_STREET", a.street), sep, P("CITY", a.city), ", ", P("PROVINCE_STATE", a.state), " ", P("POSTCODE", a.zip)]


def hosp(c: Ctx, city: str | None = None) -> str:
    return c.ch(HOSP_EN).replace("{c}", city or c.ch(CITIES)[0])


def pharmacy(c: Ctx) -> str:
    return c.ch(PHARMACIES).replace("{c}", c.ch(CITIES)[0])


# --------------------------------------------------------------------------- dates
MON = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December")


def day(c: Ctx, lo: int = -400, hi: int = 0, base: dt.date = dt.date(2026, 11, 20)) -> dt.date:
    return base + dt.timedelta(days=c.ri(lo, hi))


def dob(c: Ctx, age: int) -> dt.date:
    return dt.date(2026 - age, 1, 1) + dt.timedelta(days=c.ri(0, 300))


def den(c: Ctx, d: dt.date, style: str | None = None) -> str:
    style = style or c.ch(("us", "us", "iso", "long", "short", "dmy", "abbr", "ord", "dots", "md"))
    m = MON[d.month - 1]
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}", "iso": d.isoformat(), "long": f"{m} {d.day}, {d.year}",
        "short": f"{d.month}/{d.day}/{d.year % 100:02d}", "dmy": f"{d.day} {m[:3]} {d.year}",
        "abbr": f"{d.day:02d}-{m[:3].upper()}-{d.year}", "ord": f"{m} {d.day}{suf}", "dots": f"{d.month}.{d.day}.{d.year}",
        "md": f"{d.month}/{d.day}",
    }[style]


# --------------------------------------------------------------------------- English identifiers
def phone(c: Ctx, style: str | None = None) -> str:
    a, b, n = str(c.ri(205, 989)), str(c.ri(201, 989)), c.digits(4, False)
    style = style or c.ch(("paren", "dash", "dot", "plus", "ext"))
    return {"paren": f"({a}) {b}-{n}", "dash": f"{a}-{b}-{n}", "dot": f"{a}.{b}.{n}",
            "plus": f"+1 {a} {b} {n}", "ext": f"{a}-{b}-{n} x{c.ri(100, 9999)}"}[style]


def ssn(c: Ctx) -> str:
    a = c.ri(1, 899)
    a = 700 if a == 666 else a
    return c.pick(f"{a:03d}-{c.ri(1, 99):02d}-{c.ri(1, 9999):04d}", f"{a:03d} {c.ri(1, 99):02d} {c.ri(1, 9999):04d}")


def mbi(c: Ctx) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    s = f"{c.ri(1, 9)}{c.ch(L)}{c.ch(L + '0123456789')}{c.ri(0, 9)}{c.ch(L)}{c.ch(L + '0123456789')}{c.ri(0, 9)}{c.ch(L)}{c.ch(L)}{c.ri(0, 9)}{c.ri(0, 9)}"
    return c.pick(s, f"{s[:4]}-{s[4:7]}-{s[7:]}")


def mrn(c: Ctx) -> str:
    return c.pick(c.digits(8), f"MR{c.digits(7)}", f"{c.digits(3)}-{c.digits(2, False)}-{c.digits(3, False)}", f"E{c.digits(9)}")


def acct(c: Ctx) -> str:
    return c.pick(f"FIN {c.digits(10)}", c.digits(11), f"V{c.digits(8)}", f"ENC-{c.digits(4)}-{c.digits(5, False)}")


def member(c: Ctx) -> str:
    return c.pick(f"{c.letters(3)}{c.digits(9)}", f"W{c.digits(9)}", f"{c.digits(3)}-{c.letters(2)}-{c.digits(6)}", f"ZQX{c.digits(8)}01")


def accession(c: Ctx, pre: str = "") -> str:
    return pre + c.pick(f"{c.letters(2)}{c.digits(2)}-{c.digits(6, False)}", f"{c.digits(12)}", f"S26-{c.digits(5, False)}", f"BB{c.digits(7)}")


def npi(c: Ctx) -> str:
    return "1" + c.digits(9, False)


def dea(c: Ctx, p: Person) -> str:
    return c.ch("ABFM") + p.last[0].upper() + c.digits(7, False)


def st_license(c: Ctx, st: str) -> str:
    return c.pick(f"{st}-{c.digits(6)}", f"MD{c.digits(6)}", f"{c.digits(2)}A{c.digits(5)}")


def driver_lic(c: Ctx, st: str) -> str:
    return c.pick(f"{c.ch('ABCDEFGHKLMNPRSTW')}{c.digits(3)}-{c.digits(3, False)}-{c.digits(3, False)}", c.digits(9), f"{st}{c.digits(8)}")


def plate(c: Ctx) -> str:
    return c.pick(f"{c.digits(3)}-{c.letters(3)}", f"{c.letters(3)} {c.digits(4)}", f"{c.digits(1)}{c.letters(2)}{c.digits(3)}", f"DV {c.digits(4)}")


def vin(c: Ctx) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return c.ch("1245") + "".join(c.ch(al) for _ in range(16))


def serial(c: Ctx, pre: str = "") -> str:
    return pre + c.pick(f"{c.letters(3)}{c.digits(6)}", f"{c.digits(2)}{c.letters(1)}{c.digits(7)}", f"SN{c.digits(9)}", f"{c.letters(2)}-{c.digits(5)}-{c.letters(1)}")


def passport(c: Ctx) -> str:
    return c.pick(c.digits(9), f"{c.ch('ACEGKLMN')}{c.digits(8)}", f"E{c.digits(8)}", f"P{c.letters(1)}{c.digits(7)}")


def ip(c: Ctx) -> str:
    return c.pick(f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}", f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
                  f"{c.ri(23, 223)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}", f"2600:{c.token(4).lower()}:{c.ri(1, 9)}a0::{c.ri(10, 99)}")


def email(c: Ctx, p: Person) -> str:
    u = c.pick(f"{p.first.lower()}.{p.last.lower().replace(chr(39), '')}", f"{p.first[0].lower()}{p.last.lower().replace(chr(39), '')}{c.ri(1, 99)}",
               f"{p.last.lower().replace(chr(39), '')}_{c.ri(60, 99)}")
    return f"{u}@{c.ch(MAILHOSTS)}"


def url(c: Ctx, host: str, path: str) -> str:
    return f"https://{host}/{path}/{c.token(c.ri(8, 12))}"


def age_parts(c: Ctx, age: int, style: str | None = None) -> list:
    """"92-year-old" etc.; only ages over 89 are PHI."""
    a: object = P("AGE_OVER_89", str(age)) if age > 89 else str(age)
    style = style or c.ch(("yo", "yof", "age"))
    sx = c.ch(("F", "M"))
    return {"yo": [a, "-year-old"], "yof": [a, f" y/o {sx}"], "age": ["age ", a], "yrs": [a, " years old"]}[style]


# --------------------------------------------------------------------------- Chinese
SUR_ZH = ("赵", "钱", "孙", "卫", "蒋", "沈", "韩", "杨", "朱", "秦", "尤", "许", "何", "吕", "施", "孔", "曹",
          "严", "华", "金", "魏", "陶", "姜", "戚", "谢", "邹", "喻", "柏", "窦", "章", "云", "苏", "潘", "葛",
          "奚", "范", "彭", "郎", "鲁", "韦", "昌", "马", "苗", "凤", "方", "俞", "任", "袁", "柳", "鲍", "史",
          "唐", "费", "廉", "岑", "薛", "雷", "贺", "倪", "汤", "滕", "殷", "罗", "毕", "郝", "邬", "安", "常")
SUR2_ZH = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐")
GIV_M_ZH = ("子墨", "浩然", "思远", "俊杰", "明轩", "志强", "建国", "德胜", "晓峰", "一鸣", "宏宇", "国栋", "文博", "振华",
            "天佑", "磊", "鹏", "军", "超", "立新", "永庆", "家豪")
GIV_F_ZH = ("婉清", "雨桐", "嘉怡", "若曦", "欣妍", "秀英", "桂芳", "玉兰", "春燕", "梦瑶", "淑贞", "海燕", "丽娟", "佳琪",
            "美玲", "静", "敏", "莉", "霞", "慧琳", "翠萍", "晓雯")
SMALL_ZH = ("豆豆", "乐乐", "朵朵", "壮壮", "妞妞", "果果", "团团", "小宝", "糖糖", "阳阳")


@dataclass(frozen=True)
class PersonZH:
    sur: str
    giv: str
    sex: str

    @property
    def full(self) -> str:
        return self.sur + self.giv


def person_zh(c: Ctx, sex: str | None = None, sur: str | None = None) -> PersonZH:
    sur = sur or (c.ch(SUR2_ZH) if c.chance(0.12) else c.ch(SUR_ZH))
    sex = sex or c.ch("MF")
    return PersonZH(sur, c.ch(GIV_M_ZH if sex == "M" else GIV_F_ZH), sex)


def people_zh(c: Ctx, n: int) -> list[PersonZH]:
    out: list[PersonZH] = []
    while len(out) < n:
        p = person_zh(c)
        if all(p.sur != q.sur and p.giv != q.giv for q in out):
            out.append(p)
    return out


def doc_zh(c: Ctx, p: PersonZH) -> list:
    """a clinician: full name, or 姓 + title (only the surname labelled)."""
    return c.pick([P("NAME_CLINICIAN", p.full)], [P("NAME_CLINICIAN", p.full)],
                  [P("NAME_CLINICIAN", p.sur), c.ch(("主任", "医生", "护士长", "老师"))])


# (省, 市, [区/县], 邮编前缀, 区号)
GEO_ZH = (
    ("江苏省", "徐州市", ("云龙区", "鼓楼区", "泉山区"), "221", "0516"), ("浙江省", "绍兴市", ("越城区", "柯桥区"), "312", "0575"),
    ("安徽省", "芜湖市", ("镜湖区", "鸠江区"), "241", "0553"), ("河南省", "洛阳市", ("涧西区", "老城区", "西工区"), "471", "0379"),
    ("湖北省", "宜昌市", ("西陵区", "伍家岗区"), "443", "0717"), ("湖南省", "株洲市", ("芦淞区", "荷塘区"), "412", "0731"),
    ("四川省", "绵阳市", ("涪城区", "游仙区"), "621", "0816"), ("山东省", "潍坊市", ("奎文区", "潍城区"), "261", "0536"),
    ("福建省", "泉州市", ("鲤城区", "丰泽区"), "362", "0595"), ("广东省", "佛山市", ("禅城区", "南海区", "顺德区"), "528", "0757"),
    ("河北省", "保定市", ("竞秀区", "莲池区"), "071", "0312"), ("江西省", "赣州市", ("章贡区", "南康区"), "341", "0797"),
    ("陕西省", "宝鸡市", ("渭滨区", "金台区"), "721", "0917"), ("辽宁省", "鞍山市", ("铁东区", "立山区"), "114", "0412"),
)
ROADS_ZH = ("建设", "解放", "人民", "中山", "和平", "胜利", "新华", "滨江", "光明", "长青", "幸福", "文昌", "迎宾", "青年")
ESTATE_ZH = ("锦绣花园", "阳光新城", "翠湖小区", "金桂苑", "丽景湾", "和谐家园", "书香名邸", "御龙湾")
HOSP_ZH = ("{s}市第一人民医院", "{s}市中心医院", "{s}市妇幼保健院", "{s}市中医医院", "{s}医学院附属医院",
           "{d}人民医院", "{d}社区卫生服务中心", "{s}市肿瘤医院", "{s}市第三人民医院", "{s}市疾病预防控制中心门诊部")
UNITS_ZH = ("{s}市恒达机械制造有限公司", "{s}市第二中学", "{s}华润万家超市", "{s}市公交集团", "{s}鑫源化工有限公司",
            "{s}市自来水公司", "{s}新天地餐饮管理有限公司", "{s}顺丰速运营业部", "{s}市税务局", "{s}宏远建筑工程有限公司")


@dataclass(frozen=True)
class GeoZH:
    prov: str
    city: str
    dist: str
    zip: str
    area: str


def geo_zh(c: Ctx) -> GeoZH:
    prov, city, dists, zp, area = c.ch(GEO_ZH)
    return GeoZH(prov, city, c.ch(dists), zp + c.digits(3, False), area)


def street_zh(c: Ctx, g: GeoZH) -> str:
    tail = c.pick(f"{c.ch(ROADS_ZH)}路{c.ri(1, 388)}号", f"{c.ch(ROADS_ZH)}街{c.ri(1, 99)}号{c.ch(ESTATE_ZH)}{c.ri(1, 30)}栋{c.ri(1, 4)}单元{c.ri(101, 2804)}室",
                  f"{c.ch(ESTATE_ZH)}{c.ri(1, 22)}幢{c.ri(101, 1802)}室", f"{c.ch(('柳营', '石桥', '高庄', '李集'))}镇{c.ch(('前进', '新河', '王庄', '红星'))}村{c.ri(1, 9)}组")
    return g.dist + tail


def addr_zh(c: Ctx, g: GeoZH, prov: bool = True) -> list:
    return [P("PROVINCE_STATE", g.prov) if prov else "", P("CITY", g.city), P("ADDRESS_STREET", street_zh(c, g))]


def hosp_zh(c: Ctx, g: GeoZH, ward: bool = False) -> str:
    """a hospital of g's city; ward=True: one with inpatient wards."""
    pool = HOSP_ZH[:5] + HOSP_ZH[7:9] if ward else HOSP_ZH
    return c.ch(pool).replace("{s}", g.city[:-1]).replace("{d}", g.dist)


def unit_zh(c: Ctx, g: GeoZH) -> str:
    return c.ch(UNITS_ZH).replace("{s}", g.city[:-1])


def dzh(c: Ctx, d: dt.date, style: str | None = None) -> str:
    style = style or c.ch(("cn", "cn", "dash", "dot", "slash", "md"))
    return {"cn": f"{d.year}年{d.month}月{d.day}日", "dash": d.isoformat(), "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
            "slash": f"{d.year}/{d.month}/{d.day}", "md": f"{d.month}月{d.day}日"}[style]


def mobile(c: Ctx) -> str:
    n = c.ch(("138", "139", "150", "151", "157", "177", "186", "189", "199")) + c.digits(8, False)
    return c.pick(n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}")


def landline(c: Ctx, g: GeoZH) -> str:
    n = str(c.ri(2, 8)) + c.digits(7, False)
    return c.pick(f"{g.area}-{n}", f"（{g.area}）{n}", f"{g.area}{n}")


def id_card_zh(c: Ctx, birth: dt.date, sex: str) -> str:
    area = c.ch(("320302", "330602", "340202", "410305", "420502", "430203", "510703", "370705", "350502", "440604", "130602", "360702"))
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    return body + id_card_checksum(body)


def plate_zh(c: Ctx) -> str:
    p = c.ch(("苏C", "浙D", "皖B", "豫C", "鄂E", "湘B", "川B", "鲁G", "闽C", "粤E", "冀F", "赣B", "陕C", "辽C"))
    return c.pick(f"{p}·{c.alnum(5)}", f"{p}{c.alnum(5)}", f"{p}·D{c.digits(5, False)}", f"{p}{c.letters(1)}{c.digits(4)}")


def passport_zh(c: Ctx) -> tuple[str, str]:
    return c.pick(("护照", f"E{c.digits(8)}"), ("护照", f"EJ{c.digits(7)}"), ("港澳通行证", f"C{c.digits(8)}"),
                  ("台湾居民来往大陆通行证", c.digits(8)), ("护照", f"{c.letters(2)}{c.digits(7)}"))
