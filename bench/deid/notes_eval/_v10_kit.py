# Longer than 450 lines: v10's value pools of two countries (names, towns, hospitals,
# employers, identifier formats) are data, kept beside the formatters that draw from them.
"""v10's own value pools and small formatters (names, towns, hospitals, employers, identifiers of
two countries). Written for v10 without reading any other version's kit or templates; from `_core`
it takes only the span builder (Doc, P, K), the random context (Ctx) and the 身份证 check digit."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from _core import Ctx, id_card_checksum

__all__ = ["Ctx"]

# --------------------------------------------------------------------------- English people

EN_FIRST_F = [
    "Marisol",
    "Tallulah",
    "Odessa",
    "Bernadette",
    "Kerry-Ann",
    "Nkechi",
    "Thuy",
    "Ximena",
    "Greer",
    "Delphine",
    "Shonda",
    "Magdalena",
    "Priyanka",
    "Aoife",
    "Rosalind",
    "Wilhelmina",
    "Sunshine",
    "Honor",
    "Clover",
    "Velvet",
    "Merry",
    "Lark",
    "Brook",
    "Marigold",
]
EN_FIRST_M = [
    "Thaddeus",
    "Ignatius",
    "Desmond",
    "Kwabena",
    "Tuan",
    "Anselm",
    "Rafferty",
    "Obadiah",
    "Lorenzo",
    "Cornelius",
    "Jedediah",
    "Emeka",
    "Hamish",
    "Dmitri",
    "Alonzo",
    "Rutherford",
    "Forrest",
    "Stone",
    "Sterling",
    "Ransom",
    "Price",
    "Story",
    "Heath",
    "Crew",
]
EN_LAST = [
    "Okonkwo",
    "Vasquez-Whitfield",
    "de la Garza",
    "van der Veen",
    "O'Flaherty",
    "St. Croix",
    "Abernathy",
    "Nwachukwu",
    "Trinh",
    "Castellanos",
    "MacAskill",
    "Delacroix-Payne",
    "Kowalczyk",
    "Oyelaran",
    "Szabo",
    "Bergstrom",
    "Fairweather",
    "Goodbody",
    "Merriweather",
    "Pennywhistle",
    "Thistlewood",
    "Quiñones",
    "Ahlberg",
    "Mbeki",
    "Haddock",
    "Lightfoot",
    "Winter",
    "Summers",
    "Rainwater",
    "Holiday",
    "Cotton",
    "Sparrow",
    "Castle",
    "Mercy",
    "Chisholm",
    "Yellowhorse",
    "Tsosie",
    "Kahananui",
    "Le",
    "Ng",
    "Al-Hashimi",
    "ben David",
    "Oduya",
    "Rasmussen",
]
V10_WORDLIKE = [
    "sunshine",
    "honor",
    "clover",
    "velvet",
    "merry",
    "lark",
    "brook",
    "marigold",
    "forrest",
    "stone",
    "sterling",
    "ransom",
    "price",
    "story",
    "heath",
    "crew",
    "winter",
    "summers",
    "holiday",
    "cotton",
    "sparrow",
    "castle",
    "mercy",
    "le",
    "ng",
    "ben",
]


@dataclass
class PersonEN:
    first: str
    last: str
    sex: str
    nick: str = ""

    def v(self, style: str) -> str:
        f, ln = self.first, self.last
        return {
            "full": f"{f} {ln}",
            "lf": f"{ln}, {f}",
            "LF": f"{ln.upper()}, {f.upper()}",
            "UP": f"{f.upper()} {ln.upper()}",
            "last": ln,
            "first": f,
            "low": f"{f.lower()} {ln.lower()}",
            "init": f"{f[0]}. {ln}",
            "ini": f"{f[0]}{ln[0].upper()}",
            "poss": f"{ln}'s",
        }[style]

    @property
    def he(self) -> str:
        return "he" if self.sex == "M" else "she"

    @property
    def his(self) -> str:
        return "his" if self.sex == "M" else "her"

    @property
    def title(self) -> str:
        return "Mr." if self.sex == "M" else "Ms."


def person_en(c: Ctx, sex: str | None = None, last: str | None = None) -> PersonEN:
    sex = sex or c.pick("F", "M")
    if c.chance(0.5):
        first = c.ch(EN_FIRST_F if sex == "F" else EN_FIRST_M)
    else:
        first = c.fen.first_name_female() if sex == "F" else c.fen.first_name_male()
    if last is None:
        last = c.ch(EN_LAST) if c.chance(0.55) else c.fen.last_name()
    return PersonEN(first, last, sex)


# --------------------------------------------------------------------------- English places and ids

EN_TOWNS = [
    ("Truth or Consequences", "NM", "879"),
    ("Bucksport", "ME", "044"),
    ("Walla Walla", "WA", "993"),
    ("Opelousas", "LA", "705"),
    ("Kearney", "NE", "688"),
    ("Coeur d'Alene", "ID", "838"),
    ("Chillicothe", "OH", "456"),
    ("Paducah", "KY", "420"),
    ("Nacogdoches", "TX", "759"),
    ("Winona", "MN", "559"),
    ("Sault Ste. Marie", "MI", "497"),
    ("Klamath Falls", "OR", "976"),
    ("Beaufort", "SC", "299"),
    ("Hilo", "HI", "967"),
    ("Bemidji", "MN", "566"),
    ("Enid", "OK", "737"),
    ("Welcome", "NC", "272"),
    ("Bath", "ME", "045"),
    ("Ogden", "UT", "844"),
    ("Keene", "NH", "034"),
]
EN_STREETS = [
    "Tamarack Ln",
    "Old Mill Road",
    "Cottonwood Dr",
    "N. Quarry St",
    "Larkspur Court",
    "County Road 14",
    "Fairgrounds Blvd",
    "Pecan Hollow Way",
    "Ridgeline Terrace",
    "W 3rd Ave",
    "Shoreline Drive",
    "Bluebonnet Trail",
    "Orchard Street",
]
EN_HOSP = [
    "{t} Valley Regional Medical Center",
    "St. Brigid's Hospital of {t}",
    "{t} Memorial Hospital",
    "Mercy Family Clinic {t}",
    "{t} General Hospital",
    "Our Lady of the Pines Medical Center",
    "{t} Community Health Center",
    "University Hospital of {t}",
    "Three Rivers Health System",
]
EN_EMPLOYERS = [
    "Red Mesa Grain Cooperative",
    "Tri-County Waste Haulers",
    "Ostrander Cabinetry LLC",
    "Bluewater Shrimp Co.",
    "Kessler Freight Lines",
    "Pinecrest School District",
    "Anchor Point Shipyard",
    "Sunnyside Poultry",
    "Delgado Roofing & Sheet Metal",
]


def town_en(c: Ctx) -> tuple[str, str, str]:
    if c.chance(0.6):
        return c.ch(EN_TOWNS)
    return c.fen.city(), c.fen.state_abbr(), c.fen.postcode()[:3]


def hospital_en(c: Ctx, town: str | None = None) -> str:
    return c.ch(EN_HOSP).format(t=town or c.ch(EN_TOWNS)[0])


def employer_en(c: Ctx) -> str:
    return c.ch(EN_EMPLOYERS) if c.chance(0.5) else c.fen.company()


def street_en(c: Ctx) -> str:
    s = f"{c.ri(2, 9899)} {c.ch(EN_STREETS)}" if c.chance(0.6) else c.fen.street_address()
    return s + (
        c.pick(f" Apt {c.ri(1, 40)}{c.ch('ABCD')}", f", Unit {c.ri(100, 999)}", "") if c.chance(0.4) else ""
    )


def zip_en(c: Ctx, z3: str) -> str:
    z = z3 + c.digits(2, False)
    return z + (f"-{c.digits(4, False)}" if c.chance(0.25) else "")


MON = [
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


def rdate(c: Ctx, y0: int = 2019, y1: int = 2025) -> dt.date:
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 31) - start).days))


def dob(c: Ctx, age: int, on: dt.date) -> dt.date:
    d = on - dt.timedelta(days=c.ri(1, 364))
    return d.replace(year=d.year - age, day=min(d.day, 28))


def fd(c: Ctx, d: dt.date, style: str | None = None) -> str:
    m, dd, y = d.month, d.day, d.year
    style = style or c.ch(("mdy", "mdy", "iso", "long", "abbr", "dmy", "UP", "short", "yy", "dot"))
    return {
        "mdy": f"{m:02d}/{dd:02d}/{y}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "long": f"{MON[m - 1]} {dd}, {y}",
        "abbr": f"{MON[m - 1][:3]}. {dd}, {y}",
        "dmy": f"{dd} {MON[m - 1]} {y}",
        "UP": f"{dd:02d}{MON[m - 1][:3].upper()}{y}",
        "short": f"{m}/{dd}/{y}",
        "yy": f"{m}/{dd}/{y % 100:02d}",
        "dot": f"{m:02d}.{dd:02d}.{y}",
        "md": f"{m}/{dd}",
        "mon": f"{MON[m - 1]} {dd}",
    }[style]


def phone_en(c: Ctx) -> str:
    a, b, n = c.ri(201, 989), c.ri(201, 989), c.digits(4, False)
    return c.ch(
        (
            f"({a}) {b}-{n}",
            f"{a}-{b}-{n}",
            f"{a}.{b}.{n}",
            f"+1 {a} {b} {n}",
            f"1-{a}-{b}-{n}",
            f"{a}/{b}-{n}",
            f"({a}){b}-{n} x{c.ri(100, 9999)}",
        )
    )


def ssn(c: Ctx) -> str:
    s = f"{c.ri(100, 665)}-{c.ri(10, 99)}-{c.digits(4, False)}"
    return s if c.chance(0.7) else s.replace("-", c.pick("", " "))


def email_en(c: Ctx, p: PersonEN | None = None) -> str:
    if p and c.chance(0.6):
        base = c.pick(p.first.lower()[:1] + p.last.lower(), p.first.lower() + "." + p.last.lower())
        base = "".join(ch for ch in base if ch.isalnum() or ch == ".")
        return base + str(c.ri(1, 99)) + "@" + c.ch(("gmail.com", "yahoo.com", "outlook.com", "icloud.com"))
    return c.fen.free_email()


def ip(c: Ctx) -> str:
    return c.ch(
        (c.fen.ipv4_private(), c.fen.ipv4_public(), f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}")
    )


def vin(c: Ctx) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return c.ch(("1FM", "4T1", "5NP", "JTD", "1C4", "WDD")) + "".join(c.ch(al) for _ in range(14))


def plate_en(c: Ctx) -> str:
    return c.ch(
        (
            f"{c.letters(3)} {c.digits(4, False)}",
            f"{c.ri(1, 9)}{c.letters(3)}{c.digits(3, False)}",
            f"{c.letters(2)}-{c.digits(5, False)}",
            f"{c.digits(3, False)}-{c.letters(3)}",
        )
    )


def npi(c: Ctx) -> str:
    body = c.ch("12") + c.digits(8, False)
    digs = [int(x) for x in "80840" + body]
    tot = 0
    for i, dgt in enumerate(reversed(digs)):
        if i % 2 == 0:
            dgt *= 2
            dgt = dgt - 9 if dgt > 9 else dgt
        tot += dgt
    return body + str((10 - tot % 10) % 10)


# --------------------------------------------------------------------------- Chinese people

ZH_SUR = list("郝庞詹谭卢蒋潘戴廖邹熊邱彭袁蔡魏薛雷贺龚万钱汤常康伍覃缪") + ["慕容", "澹台", "拓跋", "轩辕"]
ZH_WORD_SUR = list("毛牛席向古和林双花")
ZH_GIVEN_F = [
    "春燕",
    "玉珍",
    "桂香",
    "雅琪",
    "梓涵",
    "若曦",
    "金凤",
    "小梅",
    "婉婷",
    "翠花",
    "丽娟",
    "思彤",
    "诗雨",
    "海燕",
]
ZH_GIVEN_M = [
    "铁军",
    "国庆",
    "建业",
    "子轩",
    "浩宇",
    "振华",
    "卫国",
    "德胜",
    "明远",
    "宏伟",
    "晓东",
    "天佑",
    "俊杰",
    "长江",
]
ZH_MINORITY = [
    ("阿依古丽·买买提", "F"),
    ("吐尔洪·艾买提", "M"),
    ("次仁央宗", "F"),
    ("格桑多吉", "M"),
    ("乌云其木格", "F"),
    ("哈斯巴根", "M"),
    ("木合塔尔·阿不都", "M"),
    ("阿佳·卓玛", "F"),
]
ZH_NICK = ["豆豆", "团团", "小宝", "妞妞", "壮壮", "果果", "小石头", "乐乐", "安安", "小虎"]


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


def person_zh(c: Ctx, sex: str | None = None, sur: str | None = None) -> PersonZH:
    sex = sex or c.pick("F", "M")
    if sur is None and c.chance(0.06):
        name, s = c.ch([m for m in ZH_MINORITY if m[1] == sex])
        return PersonZH("", name, s)
    if sur is None:
        sur = c.wpick((5, "faker"), (3, c.ch(ZH_SUR)), (1, c.ch(ZH_WORD_SUR)))
        if sur == "faker":
            sur = c.fzh.last_name()[:1]
    if c.chance(0.5):
        given = c.ch(ZH_GIVEN_F if sex == "F" else ZH_GIVEN_M)
    else:
        given = c.fzh.first_name_female() if sex == "F" else c.fzh.first_name_male()
    return PersonZH(sur, given, sex)


def pad(name: str) -> str:
    return name[0] + "  " + name[1] if len(name) == 2 else name


# --------------------------------------------------------------------------- Chinese places and ids

ZH_GEO = [
    ("江苏省", "盐城市", ["亭湖区", "盐都区", "射阳县"], "224", "0515"),
    ("山东省", "潍坊市", ["奎文区", "潍城区", "寿光市"], "261", "0536"),
    ("湖南省", "岳阳市", ["岳阳楼区", "君山区", "平江县"], "414", "0730"),
    ("四川省", "乐山市", ["市中区", "五通桥区", "峨眉山市"], "614", "0833"),
    ("河北省", "邯郸市", ["丛台区", "邯山区", "武安市"], "056", "0310"),
    ("浙江省", "台州市", ["椒江区", "黄岩区", "临海市"], "318", "0576"),
    ("广东省", "湛江市", ["赤坎区", "霞山区", "雷州市"], "524", "0759"),
    ("黑龙江省", "齐齐哈尔市", ["龙沙区", "建华区", "讷河市"], "161", "0452"),
    ("云南省", "大理白族自治州", ["大理市", "宾川县", "祥云县"], "671", "0872"),
    ("宁夏回族自治区", "银川市", ["兴庆区", "金凤区", "西夏区"], "750", "0951"),
    (None, "重庆市", ["万州区", "涪陵区", "永川区"], "404", "023"),
    (None, "上海市", ["宝山区", "嘉定区", "松江区"], "201", "021"),
]
ZH_ROADS = ["建军路", "纺织路", "盐渎路", "胜利东街", "沿江大道", "青年中路", "工农路", "迎春街", "桃源路"]
ZH_XIAOQU = ["康居苑", "滨湖一品", "教育新村", "水岸华庭", "粮食局宿舍", "桂花园", "锦江名都"]
ZH_TOWNS = ["马集镇", "三河乡", "白塔镇", "柳林镇", "河口乡"]
ZH_VILLAGES = ["后营村", "双庙村", "杏树湾村", "小高庄村", "新河村"]
ZH_HOSP = [
    "{c}第二人民医院",
    "{c}妇幼保健院",
    "{c}中心血站",
    "{c}精神卫生中心",
    "{c}生殖医学中心",
    "{d}人民医院",
    "{d}社区卫生服务中心",
    "{c}司法鉴定中心",
    "{c}儿童医院",
    "{c}第三人民医院睡眠医学中心",
]
ZH_EMP = [
    "{b}港务集团",
    "{b}市第七中学",
    "{b}纺织机械厂",
    "{b}农商银行",
    "{b}顺丰速运营业部",
    "{b}市城管执法局",
]


@dataclass
class GeoZH:
    prov: str | None
    city: str
    dist: str
    zip3: str
    area: str


def geo_zh(c: Ctx) -> GeoZH:
    p, ci, ds, z, a = c.ch(ZH_GEO)
    return GeoZH(p, ci, c.ch(ds), z, a)


def street_zh(c: Ctx, g: GeoZH) -> str:
    if c.chance(0.3):
        return g.dist + c.ch(ZH_TOWNS) + c.ch(ZH_VILLAGES) + c.pick(f"{c.ri(1, 9)}组", f"{c.ri(1, 99)}号")
    return (
        g.dist
        + c.ch(ZH_ROADS)
        + f"{c.ri(1, 400)}号"
        + c.ch(ZH_XIAOQU)
        + c.pick(
            f"{c.ri(1, 30)}栋{c.ri(1, 4)}单元{c.ri(1, 18)}0{c.ri(1, 4)}室",
            f"{c.ri(1, 20)}-{c.ri(1, 3)}-{c.ri(1, 9)}0{c.ri(1, 4)}",
        )
    )


def hosp_zh(c: Ctx, g: GeoZH, i: int | None = None) -> str:
    t = ZH_HOSP[i] if i is not None else c.ch(ZH_HOSP)
    return t.format(c=g.city, d=g.dist)


def emp_zh(c: Ctx, g: GeoZH) -> str:
    return c.ch(ZH_EMP).format(b=g.city[:2]) if c.chance(0.6) else c.fzh.company()


def fz(c: Ctx, d: dt.date, style: str | None = None) -> str:
    m, dd, y = d.month, d.day, d.year
    style = style or c.ch(("cn", "cn", "iso", "dot", "slash", "cn0"))
    return {
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dot": f"{y}.{m:02d}.{dd:02d}",
        "slash": f"{y}/{m}/{dd}",
        "md": f"{m}月{dd}日",
        "mdd": f"{m:02d}-{dd:02d}",
    }[style]


def mobile(c: Ctx) -> str:
    n = c.ch(("139", "158", "186", "177", "199", "135", "152")) + c.digits(8, False)
    return c.ch((n, n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}"))


def landline(c: Ctx, g: GeoZH) -> str:
    n = str(c.ri(2, 8)) + c.digits(7, False)
    return c.ch((f"{g.area}-{n}", f"({g.area}){n}", f"{g.area}{n}"))


def id_card(c: Ctx, born: dt.date, sex: str) -> str:
    area = c.ch(
        (
            "320902",
            "370705",
            "430602",
            "511102",
            "130402",
            "331002",
            "440802",
            "230202",
            "532901",
            "640104",
            "500101",
            "310113",
        )
    )
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + id_card_checksum(body)


def plate_zh(c: Ctx) -> str:
    pv, lt = c.ch("苏鲁湘川冀浙粤黑云宁渝沪"), c.ch("ABCDEFGHJ")
    if c.chance(0.4):  # new-energy: 6 characters after the letter
        return c.ch(
            (f"{pv}{lt}·D{c.digits(5, False)}", f"{pv}{lt}F{c.alnum(5)}", f"{pv}{lt}{c.digits(5, False)}D")
        )
    body = "".join(c.ch("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(5))
    return c.ch((f"{pv}{lt}·{body}", f"{pv}{lt}{body}", f"{pv}{lt} {body}"))


def qq_mail(c: Ctx) -> str:
    return c.ch(
        (f"{c.digits(c.ri(8, 10))}@qq.com", c.fzh.user_name() + "@" + c.ch(("163.com", "126.com", "sina.cn")))
    )
