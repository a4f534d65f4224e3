"""v33's own value pools and small helpers (hand-written for v33; from _core only Doc, P, K and
id_card_checksum are used by the templates). English: US persons, towns, hospitals and identifiers;
Chinese: persons, districts, hospitals and identifiers."""

# ruff: noqa: E501

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from _core import P, id_card_checksum

# fmt: off
F_EN = ("Aurelia", "Briony", "Cosima", "Delphine", "Esmeralda", "Farrah", "Gwendolyn", "Hyacinth", "Imogen", "Juniper",
        "Katarina", "Lucasta", "Marguerite", "Nerissa", "Octavia", "Perpetua", "Rosalind", "Seraphina", "Thomasina",
        "Valentina", "Winifred", "Xiomara", "Yolanda", "Zinnia", "Adaeze", "Ngozi", "Svetlana", "Mireille", "Itzel",
        "Priyanka", "Haruka", "Soledad", "Faith", "Dawn", "Joy")
M_EN = ("Alistair", "Barnaby", "Cornelius", "Desmond", "Evander", "Fergus", "Gideon", "Horatio", "Isidore", "Jasper",
        "Leopold", "Mortimer", "Nikolai", "Octavius", "Peregrine", "Roderick", "Sebastian", "Thaddeus", "Virgil",
        "Wendell", "Xavier", "Yusuf", "Zoltan", "Chinedu", "Emeka", "Rafferty", "Benedikt", "Anatoly", "Joaquin",
        "Rohan", "Kenji", "Ezekiel", "Hunter", "Chase", "Grant")
LAST_EN = ("Aldridge", "Blackwood", "Castellanos", "Drummond", "Eberhardt", "Fontaine", "Galloway", "Haverford",
           "Iwasaki", "Jaramillo", "Kostopoulos", "Lachance", "Markowitz", "Nwachukwu", "Okonkwo", "Pettigrew",
           "Quarles", "Rasmussen", "Thibodeaux", "Urquhart", "Villanueva", "Wojcik", "Xiong", "Yamamoto", "Zelenko",
           "Brannigan", "Crisostomo", "Dunleavy", "Escobedo", "Featherstone", "Gutowski", "Halvorsen", "Kaczmarek",
           "Mahoney", "Novotny", "Ostrowski", "Prendergast", "Rosenbaum", "Sigurdsson", "Tsosie", "Begaye",
           "Bishop", "Fisher", "Porter", "Hawk", "Marsh")
WORDLIKE_EN = ("Faith", "Dawn", "Joy", "Hunter", "Chase", "Grant", "Bishop", "Fisher", "Porter", "Hawk", "Marsh")
# town, state, ZIP prefix, area code, county
TOWNS = (("Bemidji", "MN", "566", "218", "Beltrami"), ("Ukiah", "CA", "954", "707", "Mendocino"),
         ("Astoria", "OR", "971", "503", "Clatsop"), ("Keokuk", "IA", "526", "319", "Lee"),
         ("Hannibal", "MO", "634", "573", "Ralls"), ("Galesburg", "IL", "614", "309", "Knox"),
         ("Natchez", "MS", "391", "601", "Adams"), ("Opelousas", "LA", "705", "337", "St. Landry"),
         ("Lufkin", "TX", "759", "936", "Angelina"), ("Roswell", "NM", "882", "575", "Chaves"),
         ("Prescott", "AZ", "863", "928", "Yavapai"), ("Rock Springs", "WY", "829", "307", "Sweetwater"),
         ("Minot", "ND", "587", "701", "Ward"), ("Mitchell", "SD", "573", "605", "Davison"),
         ("Scottsbluff", "NE", "693", "308", "Scotts Bluff"), ("Dodge City", "KS", "678", "620", "Ford"),
         ("Ardmore", "OK", "734", "580", "Carter"), ("Jonesboro", "AR", "724", "870", "Craighead"),
         ("Dothan", "AL", "363", "334", "Houston"), ("Tifton", "GA", "317", "229", "Tift"),
         ("Elkins", "WV", "262", "304", "Randolph"), ("Bradford", "PA", "167", "814", "McKean"),
         ("Plattsburgh", "NY", "129", "518", "Clinton"), ("Rutland", "VT", "057", "802", "Rutland"),
         ("Berlin", "NH", "035", "603", "Coos"), ("Chillicothe", "OH", "456", "740", "Ross"),
         ("Bedford", "IN", "474", "812", "Lawrence"), ("Escanaba", "MI", "498", "906", "Delta"),
         ("Wausau", "WI", "544", "715", "Marathon"), ("Kalispell", "MT", "599", "406", "Flathead"),
         ("Durango", "CO", "813", "970", "La Plata"), ("Nome", "AK", "997", "907", "Nome"),
         ("Hopkinsville", "KY", "422", "270", "Christian"), ("Tullahoma", "TN", "373", "931", "Coffee"),
         ("Houma", "LA", "703", "985", "Terrebonne"), ("Bangor", "ME", "044", "207", "Penobscot"),
         ("Ely", "NV", "893", "775", "White Pine"), ("Moab", "UT", "845", "435", "Grand"),
         ("Twin Falls", "ID", "833", "208", "Twin Falls"), ("Yakima", "WA", "989", "509", "Yakima"))
STREETS = ("Juniper Hollow Rd", "N Cottonwood Ave", "Old Mill Pike", "Larkspur Ln", "E Railroad St", "Quarry Ridge Dr",
           "Tamarack Ct", "S Depot St", "Windmill Trl", "County Road 17", "Prairie View Blvd", "Cedar Bluff Way",
           "W Hickory St", "Lighthouse Rd", "Buckeye Cir", "Silo Ln", "Magnolia Bend", "Canal St", "Sawmill Rd",
           "Ridgecrest Ter")
UNITS = ("Apt", "Unit", "#", "Lot", "Trlr")
SAINTS = ("Aloysius", "Bridget", "Cuthbert", "Ignatius", "Scholastica", "Jude", "Hilda", "Wenceslas")
EMPLOYERS = ("Tri-County Grain Cooperative", "Northstar Rail Services", "Bluewater Seafood Processing",
             "Hollister Sheet Metal", "Red Butte Casino", "Prairie Wind Energy", "Lakeshore Paper Mill",
             "Canyon Rim Outfitters", "Sunrise Poultry Farms", "Keystone Auto Glass", "Ridgeline Timber Co",
             "Oak Hollow School District")
MAKERS = ("BSC", "MDT", "SJM", "ABT", "BIO", "ZMR", "STK", "DPY")
# fmt: on


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
    def up(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()}"


class Town(NamedTuple):
    name: str
    state: str
    zip3: str
    area: str
    county: str


# fmt: off
def person(c, sex: str | None = None) -> Person:
    sex = sex or c.ch("FM")
    return Person(c.ch(F_EN if sex == "F" else M_EN), c.ch(LAST_EN), sex)
def people(c, n: int) -> list[Person]:
    out: list[Person] = []
    while len(out) < n:
        p = person(c)
        if all(p.last != q.last and p.first != q.first for q in out):
            out.append(p)
    return out
def kin(c, pat: Person, old: bool = False) -> tuple[str, Person]:
    rel = c.ch(("wife", "husband", "daughter", "son", "granddaughter", "son") if old else ("wife", "husband", "daughter", "son", "sister", "brother", "niece", "mother"))
    sex = "F" if rel in ("wife", "daughter", "sister", "niece", "mother", "granddaughter") else "M"
    if pat.sex == "M" and rel == "husband":
        rel, sex = "wife", "F"
    if pat.sex == "F" and rel == "wife":
        rel, sex = "husband", "M"
    while True:
        k = person(c, sex)
        if k.first != pat.first:
            break
    last = pat.last if rel in ("daughter", "son", "sister", "brother") and c.chance(0.7) else k.last
    return rel, Person(k.first, last, sex)
def town(c) -> Town: return Town(*c.ch(TOWNS))
def hospital(c, t: Town) -> str:
    return c.ch((f"{t.name} Regional Medical Center", f"{t.county} County Hospital", f"St. {c.ch(SAINTS)} Hospital",
                 f"{t.name} Memorial Hospital", f"Mercy Health {t.name}", f"{t.name} Valley Medical Center"))
def street(c) -> str:
    s = f"{c.ri(12, 9870)} {c.ch(STREETS)}"
    return s + (f" {c.ch(UNITS)} {c.ri(1, 48)}" if c.chance(0.35) else "")
def zipc(c, t: Town) -> str: return t.zip3 + c.digits(2, False) + (f"-{c.digits(4, False)}" if c.chance(0.3) else "")
def phone(c, area: str, style: str | None = None) -> str:
    n = f"{c.ri(2, 9)}{c.digits(2, False)}"
    m = c.digits(4, False)
    style = style or c.ch(("paren", "dash", "dot", "plus"))
    return {"paren": f"({area}) {n}-{m}", "dash": f"{area}-{n}-{m}", "dot": f"{area}.{n}.{m}", "plus": f"+1 {area} {n} {m}"}[style]
def ssn(c) -> str: return f"{c.ri(101, 665)}-{c.digits(2, False).replace('00', '14')}-{c.ri(1001, 9899)}"
def npi(c) -> str: return "1" + c.digits(9, False)
def dea(c, last: str) -> str: return c.ch("ABFM") + last[0].upper() + c.digits(7, False)
def mrn(c) -> str: return c.ch((f"{c.digits(8)}", f"M{c.digits(7)}", f"{c.digits(2)}-{c.digits(6, False)}"))
def fin(c) -> str: return c.ch((f"{c.digits(10)}", f"FN{c.digits(8)}"))
def member(c) -> str: return c.letters(3) + c.digits(9, False)
def mbi(c) -> str: return f"{c.ri(1, 9)}{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}"
def accession(c, pre: str = "BB") -> str: return f"{pre}{c.digits(2, False)}-{c.digits(6, False)}"
def plate(c) -> str: return c.ch((f"{c.digits(3)} {c.letters(3)}", f"{c.letters(3)}-{c.digits(4)}", f"{c.digits(1)}{c.letters(3)}{c.digits(3)}"))
def vin(c) -> str: return "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
def serial(c) -> str: return f"{c.ch(MAKERS)}{c.digits(6)}{c.letters(1)}"
def passport(c) -> str: return c.ch((c.digits(9), f"{c.letters(1)}{c.digits(8)}"))
def dl(c, state: str) -> str: return c.ch((f"{c.letters(1)}{c.digits(7)}", f"{c.digits(9)}", f"{c.letters(1)}{c.digits(3)}-{c.digits(4)}-{c.digits(4)}"))
def ipv4(c) -> str: return c.ch((f"10.{c.ri(0, 254)}.{c.ri(0, 254)}.{c.ri(2, 254)}", f"172.{c.ri(16, 31)}.{c.ri(0, 254)}.{c.ri(2, 254)}"))
def email(c, p: Person) -> str:
    dom = c.ch(("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"))
    return c.ch((f"{p.first.lower()}.{p.last.lower()}{c.ri(1, 99)}@{dom}", f"{p.first[0].lower()}{p.last.lower()}@{dom}"))
def link(c, host: str) -> str: return f"https://{host}/{c.token(10)}"
def day(c, y0: int = 2022, y1: int = 2025) -> dt.date: return dt.date(y0, 1, 1) + dt.timedelta(days=c.ri(0, (y1 - y0) * 365))
def add(d: dt.date, n: int) -> dt.date: return d + dt.timedelta(days=n)
def born(c, age: int, ref: dt.date) -> dt.date: return add(ref, -(age * 365 + c.ri(10, 350)))
def us(d: dt.date, style: str = "slash") -> str:
    return {"slash": f"{d.month:02d}/{d.day:02d}/{d.year}", "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "iso": d.isoformat(), "long": f"{d:%B} {d.day}, {d.year}", "dmy": f"{d.day:02d}-{d:%b}-{d.year}".upper(),
            "md": f"{d.month}/{d.day}"}[style]
def age(c, p_old: float, lo: int = 24, hi: int = 88) -> int: return c.ri(90, 103) if c.chance(p_old) else c.ri(lo, hi)
def age_p(a: int): return P("AGE_OVER_89", str(a)) if a > 89 else str(a)
def dd(c, d: dt.date, style: str | None = None) -> P: return P("DATE", us(d, style or c.ch(("slash", "slash", "short", "iso", "long", "dmy"))))
# fmt: on


# --------------------------------------------------------------------------- Chinese

# fmt: off
SUR = tuple("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤") + ("欧阳", "司马", "上官", "诸葛", "令狐", "端木")
GM = ("浩然", "子轩", "宇航", "振华", "立新", "德胜", "志强", "永康", "俊杰", "学军", "海涛", "卫东", "庆丰", "鹏飞", "嘉豪", "明远", "国栋", "树林", "文博", "天佑", "伟", "军", "斌", "磊", "涛", "刚", "和平", "胜利", "光明")
GF = ("婉婷", "思琪", "雅静", "淑芬", "桂兰", "秀英", "玉珍", "丽娟", "晓燕", "梦瑶", "欣怡", "美玲", "凤霞", "慧敏", "若曦", "佳怡", "素琴", "月娥", "翠花", "雪梅", "芳", "静", "敏", "娜", "燕", "霞", "海燕", "金凤")
WORDLIKE_ZH = ("和平", "胜利", "光明", "海燕", "金凤")
# 省, 市, 区, 区划码, 邮编, 区号, plate prefix
AREAS = (("河北省", "石家庄市", "长安区", "130102", "050011", "0311", "冀A"), ("山西省", "大同市", "平城区", "140213", "037006", "0352", "晋B"),
         ("内蒙古自治区", "呼和浩特市", "新城区", "150102", "010050", "0471", "蒙A"), ("辽宁省", "沈阳市", "沈河区", "210103", "110013", "024", "辽A"),
         ("吉林省", "吉林市", "船营区", "220204", "132011", "0432", "吉B"), ("黑龙江省", "齐齐哈尔市", "龙沙区", "230202", "161000", "0452", "黑B"),
         ("江苏省", "南京市", "鼓楼区", "320106", "210008", "025", "苏A"), ("浙江省", "宁波市", "鄞州区", "330212", "315100", "0574", "浙B"),
         ("安徽省", "芜湖市", "镜湖区", "340202", "241000", "0553", "皖B"), ("福建省", "福州市", "台江区", "350103", "350004", "0591", "闽A"),
         ("江西省", "赣州市", "章贡区", "360702", "341000", "0797", "赣B"), ("山东省", "济南市", "历下区", "370102", "250014", "0531", "鲁A"),
         ("河南省", "洛阳市", "涧西区", "410305", "471003", "0379", "豫C"), ("湖北省", "宜昌市", "西陵区", "420502", "443000", "0717", "鄂E"),
         ("湖南省", "株洲市", "芦淞区", "430203", "412000", "0731", "湘B"), ("广东省", "佛山市", "禅城区", "440604", "528000", "0757", "粤E"),
         ("广西壮族自治区", "桂林市", "秀峰区", "450302", "541001", "0773", "桂C"), ("四川省", "绵阳市", "涪城区", "510703", "621000", "0816", "川B"),
         ("贵州省", "遵义市", "红花岗区", "520302", "563000", "0851", "贵C"), ("陕西省", "宝鸡市", "渭滨区", "610302", "721000", "0917", "陕C"),
         ("甘肃省", "天水市", "秦州区", "620502", "741000", "0938", "甘E"), ("海南省", "海口市", "美兰区", "460108", "570203", "0898", "琼A"),
         ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", "650102", "830002", "0991", "新A"), ("", "天津市", "南开区", "120104", "300100", "022", "津A"),
         ("", "北京市", "海淀区", "110108", "100080", "010", "京A"))
ROADS = ("建设路", "解放大道", "人民南路", "中山北路", "新华街", "文化路", "青年路", "迎宾大道", "滨江路", "金桥路", "长江路", "光华街", "团结巷")
ESTATES = ("阳光花园", "锦绣家园", "翠湖苑", "金色港湾", "丽景华庭", "御景湾", "春晓小区", "枫林绿洲", "世纪新城", "桂香园")
# fmt: on


class ZN(NamedTuple):
    sur: str
    given: str
    sex: str

    @property
    def full(self) -> str:
        return self.sur + self.given


class Area(NamedTuple):
    prov: str
    city: str
    district: str
    code: str
    post: str
    tel: str
    plate: str


# fmt: off
def zname(c, sex: str | None = None) -> ZN:
    sex = sex or c.ch("MF")
    return ZN(c.ch(SUR), c.ch(GM if sex == "M" else GF), sex)
def znames(c, n: int) -> list[ZN]:
    out: list[ZN] = []
    while len(out) < n:
        z = zname(c)
        if all(z.sur != q.sur and z.given != q.given for q in out):
            out.append(z)
    return out
def zkin(c, pat: ZN, old: bool = False) -> tuple[str, ZN]:
    rel = c.ch(("儿子", "女儿", "配偶", "孙子", "孙女", "儿子") if old else ("儿子", "女儿", "配偶", "哥哥", "姐姐", "母亲", "父亲", "孙子"))
    if rel == "配偶":
        k = zname(c, "F" if pat.sex == "M" else "M")
    else:
        k = zname(c, "M" if rel in ("儿子", "哥哥", "父亲", "孙子") else "F")
        if rel in ("儿子", "女儿", "父亲", "孙子", "孙女", "哥哥", "姐姐"):
            k = ZN(pat.sur, k.given, k.sex)
    while k.given == pat.given:
        k = ZN(k.sur, c.ch(GM if k.sex == "M" else GF), k.sex)
    return rel, k
def area(c) -> Area: return Area(*c.ch(AREAS))
def zh_addr(c, a: Area, prov: bool = True) -> list:
    st = f"{a.district}{c.ch(ROADS)}{c.ri(1, 388)}号{c.ch(ESTATES)}{c.ri(1, 32)}栋{c.ri(1, 6)}单元{c.ri(1, 28)}0{c.ri(1, 6)}室"
    return [P("PROVINCE_STATE", a.prov) if prov and a.prov else "", P("CITY", a.city), P("ADDRESS_STREET", st)]
def zh_hosp(c, a: Area) -> str:
    b = a.city[:-1]
    return c.ch((f"{a.city}第{c.ch('一二三四五')}人民医院", f"{a.city}中心医院", f"{b}医学院附属医院", f"{a.city}中医医院",
                 f"{a.city}{a.district}人民医院", f"{b}市妇幼保健院"))
def mobile(c) -> str:
    n = c.ch(("138", "139", "150", "158", "186", "177", "199", "135", "187")) + c.digits(8, False)
    return c.ch((n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}"))
def landline(c, a: Area) -> str: return c.ch((f"{a.tel}-{c.ri(2, 8)}{c.digits(6, False)}", f"（{a.tel}）{c.ri(2, 8)}{c.digits(6, False)}"))
def zh_plate(c, a: Area) -> str: return c.ch((f"{a.plate}{c.alnum(5)}", f"{a.plate}·{c.alnum(5)}", f"{a.plate}D{c.digits(5, False)}"))
def id_card(c, a: Area, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a.code}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)
def zd(d: dt.date, style: str = "cn") -> str:
    return {"cn": f"{d.year}年{d.month}月{d.day}日", "iso": d.isoformat(), "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
            "slash": f"{d.year}/{d.month}/{d.day}", "md": f"{d.month}月{d.day}日", "compact": f"{d:%Y%m%d}"}[style]
def zdp(c, d: dt.date, style: str | None = None) -> P: return P("DATE", zd(d, style or c.ch(("cn", "iso", "dot", "slash"))))
def zdoc(z: ZN, title: str = "医生") -> list: return [P("NAME_CLINICIAN", z.full), ""] if title == "" else [P("NAME_CLINICIAN", z.sur), title]
def zyno(c) -> str: return c.ch((c.digits(8), f"ZY{c.digits(8)}", f"{c.digits(2, False)}{c.digits(6)}"))
def mzno(c) -> str: return c.ch((f"MZ{c.digits(9)}", c.digits(10)))
def yibao(c, a: Area) -> str: return c.ch((f"{a.code[:4]}{c.digits(10, False)}", f"{c.letters(1)}{c.digits(8)}"))
def zhiye(c) -> str: return f"1{c.digits(2, False)}{c.digits(12, False)}"
def zage(c, p_old: float, lo: int = 20, hi: int = 88) -> int: return c.ri(90, 104) if c.chance(p_old) else c.ri(lo, hi)
# fmt: on


# fmt: off
FOREIGN = ("Olivia Bennett", "Mateo Fernandez", "Anya Petrova", "Kwame Mensah", "Lucas Moreau", "Sakura Tanaka",
           "Minjun Park", "Ahmed Karimov", "Isabella Rossi", "Tomasz Nowak", "Nguyen Thi Lan", "Somchai Wongsakul")
FOREIGN_F = frozenset({"Olivia Bennett", "Anya Petrova", "Sakura Tanaka", "Isabella Rossi", "Nguyen Thi Lan"})
def foreign(c) -> tuple[str, str]: return c.ch(FOREIGN), c.ch((f"{c.letters(1)}{c.digits(8)}", f"{c.letters(2)}{c.digits(7)}"))
def cn_pass(c) -> tuple[str, str]:
    kind = c.ch(("护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证"))
    num = {"护照": f"E{c.digits(8)}", "港澳居民来往内地通行证": f"{c.ch('HM')}{c.digits(8)}", "台湾居民来往大陆通行证": c.digits(8)}[kind]
    return kind, num
# fmt: on
