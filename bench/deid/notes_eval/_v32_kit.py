"""v32's own hand-written value pools and small helpers (names, places, identifiers of both
countries). Written for v32 without reading an earlier version's pools; from _core only Doc, P, K
and id_card_checksum are used (README.md "v32")."""

# ruff: noqa: E501  (value pools)

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "K", "P"]

# value pools and one-line helpers: kept compact, as data (the formatter is off below)
# fmt: off

# --------------------------------------------------------------------------- English people

EN_F = (
    "Annelise", "Bernadette", "Calliope", "Dagny", "Eulalia", "Fenella", "Georgiana", "Henrietta",
    "Ingeborg", "Jacinta", "Kerensa", "Lavinia", "Marisol", "Noelani", "Orla", "Philippa", "Rosalind",
    "Saoirse", "Temperance", "Ulrike", "Valentina", "Wilhelmina", "Yolanda", "Zuzana", "Chiamaka",
    "Oluwaseun", "Mireille", "Anouk", "Teodora", "Graciela", "Leilani", "Beatrix",
)
EN_M = (
    "Ambrose", "Bartholomew", "Caspian", "Dashiell", "Emeric", "Fitzgerald", "Gustavo", "Hamish", "Ivor",
    "Jericho", "Kasimir", "Lysander", "Matthias", "Napoleon", "Osvaldo", "Percival", "Quillan", "Rupert",
    "Sebastiano", "Tobiah", "Ulysses", "Vladislav", "Wendell", "Xavier", "Yevgeny", "Zebulon", "Obinna",
    "Tadeusz", "Anselm", "Eamon", "Florian", "Guillermo",
)
#: word-like first names (also ordinary words) - listed in generate_v32.py
EN_F_WORD = ("Amber", "Summer", "Ivy")
EN_M_WORD = ("Miles", "Forrest", "Major")
EN_SUR = (
    "Abernathy", "Bergstrom", "Cavanaugh", "Delacroix", "Eskildsen", "Fairweather", "Gallagher-Ruiz",
    "Hinojosa", "Ishikawa", "Jablonski", "Kowalczyk", "Lindqvist", "Mbeki", "Nakashima", "Oyelaran",
    "Pemberton", "Quintanilla", "Rautenberg", "Szymanski", "Tremblay", "Underhill", "Vasquez-Orr",
    "Whitlock", "Yellowhorse", "Zamora", "Adebayo", "Birnbaum", "Cuthbertson", "Dragomir", "Etsitty",
    "Faulkner", "Grigoryan", "Hollingsworth", "Iwasaki", "Karamanlis", "Lachance", "Moynihan", "Nieminen",
    "Ostrowski", "Pietrangeli", "Rosenquist", "Sandoval-Kim", "Terwilliger", "Vukovic",
)
#: word-like surnames - listed in generate_v32.py
EN_SUR_WORD = ("Frost", "Lamb", "Swift", "Steel", "Sparrow")


class Person(NamedTuple):
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
    def init(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def login(self) -> str:
        return (self.first[0] + self.last.split("-")[0]).lower()


def person(c, sex: str | None = None) -> Person:
    sex = sex or c.pick("F", "M")
    f = c.ch(EN_F_WORD if c.chance(0.08) else EN_F) if sex == 'F' else c.ch(EN_M_WORD if c.chance(0.08) else EN_M)
    return Person(f, c.ch(EN_SUR_WORD if c.chance(0.08) else EN_SUR), sex)


def people(c, n: int) -> list[Person]:
    out: list[Person] = []
    while len(out) < n:
        p = person(c)
        if all(p.first != q.first and p.last != q.last for q in out):
            out.append(p)
    return out


def kin(c, pat: Person) -> tuple[str, Person]:
    rel = c.ch(("wife", "husband", "daughter", "son", "sister", "brother", "niece", "partner"))
    sex = {'wife': 'F', 'daughter': 'F', 'sister': 'F', 'niece': 'F', 'husband': 'M', 'son': 'M', 'brother': 'M'}.get(rel)
    p = person(c, sex)
    while p.first == pat.first or p.last == pat.last:
        p = person(c, sex)
    if rel in ("daughter", "son", "sister", "brother") and c.chance(0.6):
        p = Person(p.first, pat.last, p.sex)
    return rel, p


# --------------------------------------------------------------------------- US places


class Town(NamedTuple):
    name: str
    st: str
    zip3: str
    area: str
    county: str


TOWNS = tuple(
    Town(*r.split('|'))
    for r in (
        "Ottumwa|IA|525|641|Wapello", "Sedalia|MO|653|660|Pettis", "Nacogdoches|TX|759|936|Nacogdoches",
        "Carlsbad|NM|882|575|Eddy", "Pendleton|OR|978|541|Umatilla", "Walla Walla|WA|993|509|Walla Walla",
        "Pocatello|ID|832|208|Bannock", "Laramie|WY|820|307|Albany", "Dickinson|ND|586|701|Stark",
        "Aberdeen|SD|574|605|Brown", "Kearney|NE|688|308|Buffalo", "Hays|KS|676|785|Ellis",
        "Enid|OK|737|580|Garfield", "Russellville|AR|728|479|Pope", "Tupelo|MS|388|662|Lee",
        "Valdosta|GA|316|229|Lowndes", "Greenwood|SC|296|864|Greenwood", "Beckley|WV|258|304|Raleigh",
        "Altoona|PA|166|814|Blair", "Oneonta|NY|138|607|Otsego", "Bennington|VT|052|802|Bennington",
        "Laconia|NH|032|603|Belknap", "Zanesville|OH|437|740|Muskingum", "Vincennes|IN|475|812|Knox",
        "Marquette|MI|498|906|Marquette", "Eau Claire|WI|547|715|Eau Claire",
        "Brainerd|MN|564|218|Crow Wing", "Havre|MT|595|406|Hill", "Kingman|AZ|864|928|Mohave",
        "Alamosa|CO|811|719|Alamosa", "Bethel|AK|995|907|Bethel", "Paducah|KY|420|270|McCracken",
        "Cookeville|TN|385|931|Putnam", "Natchitoches|LA|714|318|Natchitoches",
        "Presque Isle|ME|047|207|Aroostook", "Elko|NV|898|775|Elko", "Cedar City|UT|847|435|Iron",
    )
)
STREETS = (
    "Tamarack Ln", "Quarry Rd", "Sycamore Bend", "Old Mill Pike", "Cottonwood Trl", "Ridgeline Dr",
    "Pawnee St", "Larkspur Ct", "Foundry Ave", "Chisholm Rd", "Wren Hollow Rd", "Beacon Ter", "Sawgrass Way",
    "Kestrel Pl", "Granary St", "N Depot St", "E Harrow Ave", "County Road 14", "Juniper Flats Rd",
    "Bluestem Cir", "W Tanager Blvd", "Mulberry Row", "Ferry Landing Rd",
)
SAINTS = ("Brendan", "Casimir", "Hedwig", "Columba", "Benedicta", "Kateri", "Dymphna", "Gerard")
EMPLOYERS = (
    "Kessler Grain Cooperative", "Tri-County Rural Electric", "Bluewater Freight Lines",
    "Halvard Tool & Die", "Pinecrest Unified School District", "Meridian Poultry Processing",
    "Northgate Credit Union", "Ironwood Casino & Hotel", "Cascade Wind Services",
    "Lone Oak Veterinary Clinic", "Sutter Gypsum Mine", "Redfield Auto Salvage", "Prairie Rose Bakery",
    "Tolliver Roofing LLC", "Great Basin Rail Services",
)


def town(c) -> Town:
    return c.ch(TOWNS)


def hospital(c, t: Town) -> str:
    return c.ch((f'{t.name} Regional Medical Center', f'St. {c.ch(SAINTS)} Hospital', f'{t.county} County Memorial Hospital', f'{t.name} Community Hospital', f'St. {c.ch(SAINTS)} Medical Center - {t.name}', f'{t.county} Valley Health', f'{t.name} Heart & Vascular Institute', f'Mercy Plains Hospital of {t.name}'))


def street(c) -> str:
    s = f"{c.ri(2, 9899)} {c.ch(STREETS)}"
    return s + c.ch(('', '', '', f" Apt {c.ri(1, 40)}{c.ch('ABCD')}", f' Unit {c.ri(101, 420)}', f' #{c.ri(2, 30)}', f' Lot {c.ri(1, 90)}'))


def zipc(c, t: Town) -> str:
    z = t.zip3 + c.digits(2, False)
    return z + (f"-{c.digits(4, False)}" if c.chance(0.3) else "")


def phone(c, area: str, style: str | None = None) -> str:
    n, m = str(c.ri(201, 989)), c.digits(4, False)
    style = style or c.ch(("paren", "dash", "dot", "plus"))
    return {'paren': f'({area}) {n}-{m}', 'dash': f'{area}-{n}-{m}', 'dot': f'{area}.{n}.{m}', 'plus': f'+1 {area} {n} {m}'}[style]


def ssn(c) -> str:
    return f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.digits(4, False)}"


def npi(c) -> str:
    return "1" + c.digits(9, False)


def mrn(c) -> str:
    return c.pick(f'M{c.digits(7, False)}', c.digits(8), f'{c.digits(3)}-{c.digits(2, False)}-{c.digits(3, False)}')


def fin(c) -> str:
    return c.pick(c.digits(10), f"V{c.digits(9)}")


def member(c) -> str:
    return c.pick(f'{c.letters(3)}{c.digits(9)}', f'W{c.digits(8)}', f'{c.digits(3)}{c.letters(2)}{c.digits(6)}')


def accession(c, pre: str = "RX") -> str:
    return f"{pre}{c.ri(20, 25)}-{c.digits(7, False)}"


def plate(c) -> str:
    return c.pick(f'{c.ri(1, 9)}{c.letters(3)}{c.digits(3, False)}', f'{c.letters(3)}-{c.digits(4, False)}', f'{c.letters(2)}{c.digits(2)}{c.letters(2)}')


def vin(c) -> str:
    return "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def serial(c, pre: str | None = None) -> str:
    return (pre or c.ch(("QXR", "HMV", "TRN", "BSX", "LZA", "PNC"))) + c.digits(c.ri(6, 8), False)


def passport(c) -> str:
    return c.pick(c.digits(9), f"{c.ch('ACEGKLNPX')}{c.digits(8)}")


def ipv4(c) -> str:
    return c.pick(f'10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}', f'172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}', f'192.168.{c.ri(0, 255)}.{c.ri(2, 254)}')


def ipv6(c) -> str:
    h = lambda: f"{c.r.randrange(1, 65536):x}"  # noqa: E731
    return f"fd{c.r.randrange(256):02x}:{h()}:{h()}::{h()}"


def email(c, p: Person, domain: str | None = None) -> str:
    d = domain or c.ch(('postbox.net', 'prairiemail.com', 'ymail.example.org', 'outlook.com', 'heartland.net'))
    user = c.pick(f'{p.first}.{p.last}'.lower(), f'{p.first[0]}{p.last}'.lower() + str(c.ri(1, 99)), f'{p.last}{p.first[0]}'.lower())
    return f"{user.replace(' ', '').replace('-', '')}@{d}"


def link(c, host: str) -> str:
    return f"https://{host}/{c.token(c.ri(8, 12))}"


# --------------------------------------------------------------------------- dates and ages


def day(c, y0: int = 2021, y1: int = 2025) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=c.r.randrange((dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def add(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def born(c, age: int, ref: dt.date) -> dt.date:
    d = ref - dt.timedelta(days=age * 365 + c.ri(20, 340))
    return d


def us(d: dt.date, style: str = "slash") -> str:
    return {'slash': f'{d.month:02d}/{d.day:02d}/{d.year}', 'short': f'{d.month}/{d.day}/{d.year % 100:02d}', 'iso': d.isoformat(), 'long': d.strftime('%B ') + f'{d.day}, {d.year}', 'dmy': d.strftime('%d-%b-%Y').upper(), 'md': f'{d.month}/{d.day}', 'abbr': d.strftime('%b ') + f'{d.day}, {d.year}', 'hl7': d.strftime('%Y%m%d'), 'dicom': d.strftime('%Y%m%d'), 'mon': d.strftime('%b ') + str(d.day)}[style]


def age(c, p_old: float, lo: int = 30, hi: int = 88) -> int:
    return c.ri(90, 103) if c.chance(p_old) else c.ri(lo, hi)


def age_p(a: int):
    return P("AGE_OVER_89", str(a)) if a > 89 else str(a)


# --------------------------------------------------------------------------- China


class Area(NamedTuple):
    code: str
    prov: str
    city: str
    dist: str
    post: str
    tel: str
    plate: str


AREAS = tuple(
    Area(*r.split('|'))
    for r in (
        "130602|河北省|保定市|竞秀区|071000|0312|冀F", "140105|山西省|太原市|小店区|030000|0351|晋A",
        "150203|内蒙古自治区|包头市|昆都仑区|014000|0472|蒙B", "210202|辽宁省|大连市|中山区|116000|0411|辽B",
        "220102|吉林省|长春市|南关区|130000|0431|吉A", "230103|黑龙江省|哈尔滨市|南岗区|150000|0451|黑A",
        "320505|江苏省|苏州市|虎丘区|215000|0512|苏E", "330106|浙江省|杭州市|西湖区|310000|0571|浙A",
        "340104|安徽省|合肥市|蜀山区|230000|0551|皖A", "350203|福建省|厦门市|思明区|361000|0592|闽D",
        "360102|江西省|南昌市|东湖区|330000|0791|赣A", "370202|山东省|青岛市|市南区|266000|0532|鲁B",
        "410105|河南省|郑州市|金水区|450000|0371|豫A", "420106|湖北省|武汉市|武昌区|430000|027|鄂A",
        "430104|湖南省|长沙市|岳麓区|410000|0731|湘A", "440106|广东省|广州市|天河区|510000|020|粤A",
        "450103|广西壮族自治区|南宁市|青秀区|530000|0771|桂A", "510107|四川省|成都市|武侯区|610000|028|川A",
        "520102|贵州省|贵阳市|南明区|550000|0851|贵A", "530102|云南省|昆明市|五华区|650000|0871|云A",
        "610113|陕西省|西安市|雁塔区|710000|029|陕A", "620102|甘肃省|兰州市|城关区|730000|0931|甘A",
        "500103||重庆市|渝中区|400000|023|渝A", "310104||上海市|徐汇区|200000|021|沪A",
        "421127|湖北省|黄冈市|黄梅县|435500|0713|鄂J",
    )
)
ROADS = (
    "玉兰路", "金沙江路", "望湖街", "石榴巷", "滨河东路", "枫林大道", "鼓楼南街", "丹桂路", "翠微路", "荷塘街", "青枫路", "学府西街", "樱花东路",
)
ESTATES = (
    "锦绣花园", "金桂苑", "翡翠湾", "枫丹小区", "水岸名都", "和美家园", "紫荆公寓", "银河湾", "书香门第", "春晓苑", "晴川雅居",
)
RURAL = (
    ('停前镇', '张湾村'), ('孔垄镇', '胡塘村'), ('杉木乡', '石桥村'), ('柳林乡', '新屋村'), ('濯港镇', '桂花村'),
)
ZH_SUR = tuple(
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦许何吕施张孔曹严华金魏陶姜谢邹喻柏窦章苏潘葛范彭鲁韦马苗方俞任袁柳鲍史唐薛雷贺倪汤罗毕郝邬安常乐于傅齐康伍余顾孟黄穆萧尹姚邵汪祁毛狄贝明臧"
)
ZH_SUR2 = ("皇甫", "慕容", "公孙", "尉迟", "夏侯", "宇文", "长孙", "澹台")
ZH_GF = (
    "婉清", "若曦", "雅琴", "桂英", "秀兰", "佳怡", "梦瑶", "思雨", "淑芬", "晓燕", "春花", "红梅", "秋月", "诗涵", "语桐", "慧", "静", "琳",
)
ZH_GM = (
    "建国", "志强", "国庆", "文明", "浩然", "宇航", "俊熙", "德胜", "永福", "铁柱", "子轩", "明哲", "振华", "平安", "磊", "斌", "涛",
)
#: given names made of common words (listed in generate_v32.py)
ZH_WORDLIKE = ("春花", "红梅", "秋月", "建国", "国庆", "文明", "平安")
TW_SUR = ("陳", "黃", "梁", "鄭", "馮", "鄧", "葉", "譚", "蕭", "歐陽")
TW_GIV = ("嘉欣", "志偉", "麗華", "家豪", "詠詩", "俊傑", "美玲", "國強", "曉彤", "偉業")
#: foreign patients' Latin names (passport holders in Chinese notes)
FOREIGN = (
    "KIM MINJUN", "NGUYEN THI LAN", "Sergei Volkov", "Maria Santos Pereira", "TANAKA YUI", "Ahmed Karimov",
    "Olga Petrenko", "PARK JIHOON",
)
HK_STREETS = (
    "九龍旺角彌敦道", "香港仔湖北街", "沙田大圍積輝街", "荃灣青山公路", "北角英皇道", "觀塘開源道", "元朗安寧路",
)


class ZN(NamedTuple):
    sur: str
    giv: str
    sex: str

    @property
    def full(self) -> str:
        return self.sur + self.giv


def zname(c, sex: str | None = None) -> ZN:
    sex = sex or c.pick("F", "M")
    sur = c.ch(ZH_SUR2) if c.chance(0.06) else c.ch(ZH_SUR)
    return ZN(sur, c.ch(ZH_GF if sex == "F" else ZH_GM), sex)


def znames(c, n: int) -> list[ZN]:
    out: list[ZN] = []
    while len(out) < n:
        z = zname(c)
        if all(z.sur != q.sur and z.giv != q.giv for q in out):
            out.append(z)
    return out


def zkin(c, pat: ZN) -> tuple[str, ZN]:
    rel = c.ch(("配偶", "儿子", "女儿", "母亲", "父亲", "姐姐", "弟弟", "孙子"))
    sex = 'F' if rel in ('女儿', '母亲', '姐姐') else 'M' if rel != '配偶' else 'F' if pat.sex == 'M' else 'M'
    z = zname(c, sex)
    while z.giv == pat.giv or z.sur == pat.sur:
        z = zname(c, sex)
    if rel in ("儿子", "女儿", "父亲", "孙子", "姐姐", "弟弟"):
        z = ZN(pat.sur, z.giv, sex)
    return rel, z


def tw_name(c) -> str:
    return c.ch(TW_SUR) + c.ch(TW_GIV)


def area(c) -> Area:
    return c.ch(AREAS)


def zh_addr(c, a: Area, prov: bool = True) -> list:
    """[省]市 + 区县 and below as separate spans (省 only where prov)."""
    out: list = []
    if prov and a.prov:
        out.append(P("PROVINCE_STATE", a.prov))
    out.append(P("CITY", a.city))
    if a.dist.endswith("县"):
        tn, vil = c.ch(RURAL)
        out.append(P("ADDRESS_STREET", f"{a.dist}{tn}{vil}{c.ri(1, 9)}组{c.ri(1, 60)}号"))
    else:
        tail = c.pick(f'{c.ch(ESTATES)}{c.ri(1, 30)}栋{c.ri(1, 4)}单元{c.ri(1, 32)}0{c.ri(1, 4)}室', f'{c.ri(1, 300)}号{c.ri(1, 12)}号楼{c.ri(1, 26)}0{c.ri(1, 6)}室')
        out.append(P('ADDRESS_STREET', f'{a.dist}{c.ch(ROADS)}{tail}' if c.chance(0.5) else f'{a.dist}{c.ch(ROADS)}{c.ri(1, 500)}号{c.ch(ESTATES)}{c.ri(1, 20)}-{c.ri(1, 3)}-{c.ri(101, 2602)}'))
    return out


def zh_hosp(c, a: Area) -> str:
    cb = a.city[:-1]
    if a.dist.endswith("县"):
        return c.ch((f"{a.dist}人民医院", f"{a.dist}中医院", f"{cb}市中心医院"))
    return c.ch((f'{cb}市第一人民医院', f'{cb}市第三人民医院', f'{cb}市中医医院', f'{cb}医科大学附属第二医院', f'{a.dist}人民医院', f'{cb}市{a.dist}医院'))


def mobile(c) -> str:
    s = c.ch(("138", "139", "150", "151", "158", "177", "186", "187", "199", "135")) + c.digits(8, False)
    return c.pick(s, f"{s[:3]}-{s[3:7]}-{s[7:]}", f"{s[:3]} {s[3:7]} {s[7:]}", s)


def landline(c, a: Area) -> str:
    n = str(c.ri(2, 8)) + c.digits(7 if len(a.tel) == 3 else 6, False)
    return c.pick(f"{a.tel}-{n}", f"({a.tel}){n}", f"{a.tel}{n}")


def zh_plate(c, a: Area) -> str:
    tail = c.pick(c.alnum(5), f"D{c.digits(5, False)}")
    return c.pick(f"{a.plate}{tail}", f"{a.plate}·{tail}")


def id_card(c, a: Area, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a.code}{dob:%Y%m%d}{seq:03d}"
    return body + id_card_checksum(body)


def zd(d: dt.date, style: str = "cn") -> str:
    return {'cn': f'{d.year}年{d.month}月{d.day}日', 'iso': d.isoformat(), 'dot': f'{d:%Y.%m.%d}', 'sl': f'{d.year}/{d.month}/{d.day}', 'md': f'{d.month}月{d.day}日', 'compact': f'{d:%Y%m%d}', 'mdd': f'{d:%m-%d}'}[style]


def zdoc(z: ZN, title: str = "医生") -> list:
    return [P("NAME_CLINICIAN", z.sur), title]


def zyno(c) -> str:
    return c.pick(c.digits(8), f"ZY{c.digits(8, False)}", f"{c.ri(20, 25)}{c.digits(6, False)}")


def mzno(c) -> str:
    return c.pick(c.digits(10), f"MZ{c.digits(9, False)}")


def yibao(c) -> str:
    return c.pick(f'{c.digits(6)}{c.digits(10, False)}', f"{c.ch('ABCDEFGHJK')}{c.digits(8, False)}", c.digits(12))


def zhiye(c) -> str:
    return f"{c.ri(1, 2)}{c.digits(2, False)}{c.digits(12, False)}"

# fmt: on
