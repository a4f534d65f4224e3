"""v39's own hand-written value pools and small helpers (README.md "v39"). From _core only Doc, P, K
and id_card_checksum; every name, place and identifier here is v39's own, none from Faker. The helper
shapes and the `checked` redraw guard follow v38's kit; the pool values are new."""

# ruff: noqa: E501, E701, E702, SIM108  (value pools and one-line helpers, kept whole)

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "K", "P", "id_card_checksum"]

# fmt: off
EN_F = ('Adelaide', 'Bernadette', 'Cordelia', 'Delphine', 'Evangeline', 'Fenella', 'Genevieve', 'Hermione', 'Imogen', 'Josephine', 'Katarina', 'Lavinia', 'Marguerite', 'Nerissa', 'Octavia', 'Perpetua', 'Rosalind', 'Seraphina', 'Tamsin', 'Winifred', 'Xanthe', 'Ngozi', 'Adaeze', 'Marisol', 'Summer', 'Ivy')
EN_M = ('Alistair', 'Benedict', 'Cornelius', 'Desmond', 'Emmett', 'Fitzgerald', 'Gideon', 'Horatio', 'Isidore', 'Jasper', 'Leopold', 'Mortimer', 'Nathaniel', 'Oberon', 'Peregrine', 'Rupert', 'Sebastian', 'Thaddeus', 'Ulysses', 'Virgil', 'Wolfgang', 'Obinna', 'Emeka', 'Joaquin', 'Clay', 'Reed')
EN_LAST = ('Ashcroft', 'Blanchard', 'Cavanaugh', 'Dunleavy', 'Estrada', 'Fitzwilliam', 'Gallardo', 'Haverford', 'Iglesias', 'Jankowski', 'Kaczmarek', 'Lindqvist', 'Montgomery', 'Nowicki', 'Okonkwo', 'Pacheco', 'Quintanilla', 'Rosenthal', 'Tremblay', 'Urquhart', 'Villanueva', 'Wojcik', 'Yoshida', 'Zamora', 'Albrecht', 'Bancroft', 'Castellanos', 'Dabrowski', 'Ellington', 'Ferreira', 'Gunderson', 'Holloway', 'Ishikawa', 'Lachance', 'Marchetti', 'Nordstrom', 'Pettigrew', 'Rourke', 'Sokolov', 'Thibodeaux', 'Whitfield', 'Hale', 'Fielding')
#: first names and surnames that are ordinary words (listed in generate_v39.py's spec)
EN_WORDLIKE = ('summer', 'ivy', 'clay', 'reed', 'hale', 'fielding')
# (town, state, ZIP3, area code)
TOWNS = (('Bismarck', 'ND', '585', '701'), ('Missoula', 'MT', '598', '406'), ('Pocatello', 'ID', '832', '208'), ('Yakima', 'WA', '989', '509'), ('Carson City', 'NV', '897', '775'), ('Yuma', 'AZ', '853', '928'), ('Las Cruces', 'NM', '880', '575'), ('Greeley', 'CO', '806', '970'), ('Laramie', 'WY', '820', '307'), ('Provo', 'UT', '846', '801'), ('Rapid City', 'SD', '577', '605'), ('Kearney', 'NE', '688', '308'), ('Wichita', 'KS', '672', '316'), ('Lawton', 'OK', '735', '580'), ('Abilene', 'TX', '796', '325'), ('Lafayette', 'LA', '705', '337'), ('Hattiesburg', 'MS', '394', '601'), ('Tuscaloosa', 'AL', '354', '205'), ('Macon', 'GA', '312', '478'), ('Ocala', 'FL', '344', '352'), ('Greenville', 'SC', '296', '864'), ('Lynchburg', 'VA', '245', '434'), ('Wheeling', 'WV', '260', '304'), ('Scranton', 'PA', '185', '570'), ('Rutland', 'VT', '057', '802'), ('Bangor', 'ME', '044', '207'), ('Pittsfield', 'MA', '012', '413'), ('New Haven', 'CT', '065', '203'), ('Akron', 'OH', '443', '330'), ('Bloomington', 'IN', '474', '812'), ('Peoria', 'IL', '616', '309'), ('Saginaw', 'MI', '486', '989'), ('Oshkosh', 'WI', '549', '920'), ('Rochester', 'MN', '559', '507'), ('Cedar Rapids', 'IA', '524', '319'), ('Bowling Green', 'KY', '421', '270'), ('Hagerstown', 'MD', '217', '301'), ('Concord', 'NH', '033', '603'), ('Chattanooga', 'TN', '374', '423'), ('Jefferson City', 'MO', '651', '573'), ('Jonesboro', 'AR', '724', '870'), ('Dover', 'DE', '199', '302'), ('Trenton', 'NJ', '086', '609'), ('Utica', 'NY', '135', '315'))
STREETS = ('Larkspur Lane', 'Pinecone Drive', 'Kingfisher Court', 'Sagebrush Road', 'Hawthorn Avenue', 'Juniper Ridge Road', 'Bramble Way', 'Orchard View Drive', 'Sandpiper Lane', 'Cobblestone Court', 'Whippoorwill Road', 'Aspen Grove Circle', 'Red Fox Trail', 'Prairie Rose Drive', 'Sycamore Bend', 'Lighthouse Road', 'Meadowlark Street', 'Elderberry Lane', 'Granite Ridge Drive', 'Wagon Wheel Road')
EMPLOYERS = ('Tri-County Grain Elevator', 'Summit Roofing and Siding', 'Keystone Cold Storage', 'Bayou Marine Fabrication', 'Pioneer Feed and Seed', 'Redline Auto Body', 'Clearwater Bottling Company', 'Hilltop Poultry Farms', 'Lakeshore Paper Mill', 'Mesa Verde Call Center', 'Twin Rivers School District', 'Copper Kettle Diner')
LONG = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
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
    def init(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def ini(self) -> str:
        return f"{self.first[0]}{self.last[0]}"


class Town(NamedTuple):
    name: str
    state: str
    zip3: str
    area: str


# fmt: off
def person(c, sex: str | None = None, last: str | None = None) -> Person:
    s = sex or c.ch("FM")
    return Person(c.ch(EN_F if s == "F" else EN_M), last or c.ch(EN_LAST), s)
def people(c, n: int) -> list[Person]:
    out: list[Person] = []
    while len(out) < n:
        p = person(c)
        if all(p.first != q.first and p.last != q.last and p.ini != q.ini for q in out): out.append(p)
    return out
def relative(c, pat: Person, others: list[Person], kind: str = "any") -> tuple[str, Person]:
    """kind: 'spouse', 'parent', 'child', 'sibling', 'any'."""
    kind = c.ch(("spouse", "child", "sibling")) if kind == "any" else kind
    while True:
        if kind == "spouse": rel, p = ("wife" if pat.sex == "M" else "husband"), person(c, "F" if pat.sex == "M" else "M")
        elif kind == "parent": s = c.ch("FM"); rel, p = ("mother" if s == "F" else "father"), person(c, s, pat.last if s == "M" else None)
        elif kind == "child": s = c.ch("FM"); rel, p = ("daughter" if s == "F" else "son"), person(c, s, pat.last if s == "M" else None)
        else: s = c.ch("FM"); rel, p = ("sister" if s == "F" else "brother"), person(c, s, pat.last)
        if all(p.first != q.first for q in [pat, *others]) and all(p.last != q.last for q in others): return rel, p
def town(c) -> Town: return Town(*c.ch(TOWNS))
def hospital(c, t: Town) -> str: return c.ch((f"{t.name} Regional Medical Center", f"{t.name} Memorial Hospital", "Good Shepherd Medical Center", f"Mercy Hospital of {t.name}", "Riverside Baptist Hospital", f"St. Brendan's Hospital of {t.name}", "Our Lady of Peace Hospital", f"{t.name} Children's Hospital", "Prairie View Osteopathic Hospital"))
def clinic(c, t: Town, kind: str) -> str: return c.ch((f"{t.name} {kind} Associates", f"{kind} Center of {t.name}", f"Northgate {kind} Clinic", f"Hillcrest {kind} Partners"))
def street(c) -> str: return f"{c.ri(3, 9870)} {c.ch(STREETS)}" + c.ch(("", "", f", Apt {c.ri(1, 30)}{c.ch('ABCDE')}", f" Ste {c.ri(2, 60)}", f" #{c.ri(2, 18)}0{c.ri(1, 9)}"))
def zipc(c, t: Town) -> str: return t.zip3 + c.digits(2, False) + (f"-{c.digits(4, False)}" if c.chance(0.3) else "")
def addr(c, t: Town, sep: str = ", ") -> list: return [P("ADDRESS_STREET", street(c)), sep, P("CITY", t.name), ", ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", zipc(c, t))]
def addr_up(c, t: Town) -> list: return [P("ADDRESS_STREET", street(c).upper()), " / ", P("CITY", t.name.upper()), " ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", zipc(c, t))]
def phone(c, area: str) -> str:
    a, b = c.ri(220, 989), c.digits(4, False)
    return c.ch((f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}", f"{area}{a}{b}", f"({area}){a}-{b} x{c.ri(20, 899)}"))
def ssn(c) -> str: return c.ch((f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.ri(1001, 9998)}", f"{c.ri(101, 665)}{c.ri(10, 99)}{c.ri(1001, 9998)}"))
def npi(c) -> str: return c.ch(("1", "1", "2")) + c.digits(9, False)
def state_lic(c, st: str) -> str: return c.ch((f"{st}{c.digits(6)}", f"MD{c.digits(5)}", f"{st}-{c.digits(2)}-{c.digits(5)}"))
def mrn(c) -> str: return c.ch((c.digits(9), f"MR{c.digits(6)}", f"{c.digits(3)}-{c.digits(4, False)}-{c.digits(2, False)}", f"H{c.digits(8)}"))
def fin(c) -> str: return c.ch((f"V{c.digits(9)}", f"ENC-{c.digits(8)}", c.digits(10)))
def member(c) -> str: return c.ch((f"{c.letters(3)}{c.digits(8)}", f"W{c.digits(9)}-{c.digits(2, False)}", f"{c.digits(3)}{c.letters(2)}{c.digits(6, False)}"))
def mbi(c) -> str: return f"{c.ri(1, 9)}{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}"
def acc(c, pre: str) -> str: return c.ch((f"{pre}-{c.digits(2)}-{c.digits(5, False)}", f"{pre}{c.digits(9)}"))
def serial(c) -> str: return c.ch((f"SN{c.digits(8)}", f"{c.letters(3)}{c.digits(6)}", f"{c.digits(4)}-{c.digits(5, False)}"))
def plate(c) -> str: return c.ch((f"{c.digits(3)} {c.letters(3)}", f"{c.letters(3)}{c.digits(4)}", f"{c.digits(1)}-{c.letters(2)}-{c.digits(4)}"))
def passport(c) -> str: return c.ch((c.digits(9), f"{c.letters(1)}{c.digits(8)}", f"{c.letters(1)}{c.digits(7)}"))
def ipv4(c) -> str: return c.ch((f"10.{c.ri(1, 250)}.{c.ri(0, 250)}.{c.ri(2, 250)}", f"192.168.{c.ri(0, 250)}.{c.ri(2, 250)}", f"172.{c.ri(16, 31)}.{c.ri(0, 250)}.{c.ri(2, 250)}"))
def email(c, p: Person) -> str: return c.ch((f"{p.first.lower()}.{p.last.lower()}{c.ri(10, 99)}", f"{p.first[0].lower()}{p.last.lower()}", f"{p.last.lower()}_{p.first.lower()}{c.ri(1, 9)}")) + "@" + c.ch(("outlook.com", "icloud.com", "aol.com", "gmail.com", "att.net", "mail.com"))
def link(c, host: str, path: str = "") -> str: return f"https://{host}/{path}{c.token(10)}"
def day(c) -> dt.date: return dt.date(2021, 7, 1) + dt.timedelta(days=c.ri(0, 1250))
def add(d: dt.date, n: int) -> dt.date: return d + dt.timedelta(days=n)
def born(c, a: int, ref: dt.date) -> dt.date: return add(ref, -(a * 365 + c.ri(20, 340)))
def us(d: dt.date, style: str) -> str: return {"slash": f"{d.month:02d}/{d.day:02d}/{d.year}", "short": f"{d.month}/{d.day}/{d.year % 100:02d}", "iso": d.isoformat(), "long": f"{LONG[d.month - 1]} {d.day}, {d.year}", "dmy": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}", "dot": f"{d.month:02d}.{d.day:02d}.{d.year}", "md": f"{d.month}/{d.day}", "ord": f"{LONG[d.month - 1]} {d.day}{'th' if 10 < d.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}", "compact": f"{d.year}{d.month:02d}{d.day:02d}", "abbr": f"{LONG[d.month - 1][:3]}. {d.day}, {d.year}"}[style]
def dd(c, d: dt.date, style: str | None = None) -> P: return P("DATE", us(d, style or c.ch(("slash", "slash", "short", "iso", "long", "dmy", "dot", "abbr"))))
def age(c, p_old: float, lo: int = 20, hi: int = 88) -> int: return c.ri(90, 103) if c.chance(p_old) else c.ri(lo, hi)
def age_p(a: int): return P("AGE_OVER_89", str(a)) if a > 89 else str(a)
def titled(cat: str, v: str):
    """a name span with a courtesy title or Dr. left outside it (cats: titles are not part of the name)"""
    for t in ("Dr. ", "Mr. ", "Ms. ", "Mrs. "):
        if v.startswith(t): return [t, P(cat, v[len(t):])]
    return P(cat, v)
# fmt: on

# --------------------------------------------------------------------------- Chinese

# fmt: off
# (省 or "" for a municipality, 市, 区, 区划码, 邮编, 区号, plate prefix)
AREAS = (('河北省', '石家庄市', '长安区', '130102', '050000', '0311', '冀A'), ('山西省', '大同市', '平城区', '140213', '037000', '0352', '晋B'), ('内蒙古自治区', '包头市', '昆都仑区', '150203', '014000', '0472', '蒙B'), ('辽宁省', '鞍山市', '铁东区', '210302', '114000', '0412', '辽C'), ('吉林省', '吉林市', '船营区', '220204', '132000', '0432', '吉B'), ('黑龙江省', '大庆市', '萨尔图区', '230602', '163000', '0459', '黑E'), ('江苏省', '无锡市', '梁溪区', '320213', '214000', '0510', '苏B'), ('江苏省', '南通市', '崇川区', '320613', '226000', '0513', '苏F'), ('浙江省', '宁波市', '海曙区', '330203', '315000', '0574', '浙B'), ('浙江省', '绍兴市', '越城区', '330602', '312000', '0575', '浙D'), ('安徽省', '芜湖市', '镜湖区', '340202', '241000', '0553', '皖B'), ('福建省', '泉州市', '鲤城区', '350502', '362000', '0595', '闽C'), ('江西省', '赣州市', '章贡区', '360702', '341000', '0797', '赣B'), ('山东省', '济南市', '历下区', '370102', '250000', '0531', '鲁A'), ('山东省', '青岛市', '市南区', '370202', '266000', '0532', '鲁B'), ('河南省', '洛阳市', '西工区', '410303', '471000', '0379', '豫C'), ('湖北省', '宜昌市', '西陵区', '420502', '443000', '0717', '鄂E'), ('湖南省', '株洲市', '天元区', '430211', '412000', '0731', '湘B'), ('广东省', '佛山市', '禅城区', '440604', '528000', '0757', '粤E'), ('广西壮族自治区', '南宁市', '青秀区', '450103', '530000', '0771', '桂A'), ('贵州省', '贵阳市', '南明区', '520102', '550000', '0851', '贵A'), ('陕西省', '西安市', '雁塔区', '610113', '710000', '029', '陕A'), ('甘肃省', '兰州市', '城关区', '620102', '730000', '0931', '甘A'), ('', '北京市', '朝阳区', '110105', '100020', '010', '京A'), ('', '天津市', '河西区', '120103', '300202', '022', '津A'))
ROADS = ('中山路', '新华路', '青年路', '长江路', '黄河路', '滨河路', '文化路', '公园路', '松花江路', '花园街', '育才路', '振兴大街', '北环路')
ESTATES = ('阳光花园', '金色家园', '锦绣华庭', '书香苑', '春晖小区', '海棠湾', '紫荆园', '滨江花城', '康乐新村', '龙湖苑')
SURNAMES = ('王', '刘', '杨', '吴', '孙', '朱', '胡', '郭', '宋', '邓', '傅', '董', '吕', '卢', '黎', '俞', '覃', '陶', '高', '白', '司马', '上官', '诸葛', '夏侯', '司徒', '令狐', '尉迟')
ZH_F2 = ('婉清', '若曦', '思琪', '欣怡', '雨桐', '佳怡', '慧敏', '秀兰', '桂芳', '丽娟', '淑珍', '海燕', '梦瑶', '静怡')
ZH_M2 = ('浩然', '宇航', '俊杰', '博文', '志强', '国栋', '海涛', '明轩', '天佑', '鹏飞', '少华', '文斌', '向阳', '国庆', '卫国')
ZH_F1 = ('芳', '琳', '倩', '颖', '萍')
ZH_M1 = ('斌', '磊', '涛', '鑫', '峰')
#: given names that are ordinary words (listed in generate_v39.py's spec through templates_v39_zh)
ZH_WORDLIKE = ('向阳', '国庆', '卫国')
ZH_EMPLOYERS = ('恒达纺织有限公司', '宏远化纤厂', '市第二中学', '市自来水公司', '长城汽车配件厂', '美佳食品厂', '鑫源建材市场', '市第三建筑工程公司', '光华印刷厂', '德胜餐饮管理公司', '安泰物业管理公司', '顺通货运站')
FOREIGN = (('Lucas Moreau', 'M'), ('Sofia Andersson', 'F'), ('Arjun Nair', 'M'), ('Mina Park', 'F'), ('Oleksandr Shevchenko', 'M'), ('Lucia Ferrante', 'F'), ('Yusuf Demir', 'M'), ('Hana Novak', 'F'), ('Nguyen Thi Lan', 'F'), ('Kwame Boateng', 'M'))
# fmt: on


class ZN(NamedTuple):
    sur: str
    given: str
    sex: str

    @property
    def full(self) -> str:
        return self.sur + self.given

    @property
    def pad(self) -> str:
        """the name as forms print it, padded to a fixed width (岳  静, 岳 浩然)"""
        return f"{self.sur}{'  ' if len(self.full) == 2 else ' '}{self.given}"


class Area(NamedTuple):
    prov: str
    city: str
    dist: str
    code: str
    post: str
    tel: str
    plate: str


# fmt: off
def zname(c, sex: str | None = None, sur: str | None = None) -> ZN:
    s = sex or c.ch("FM")
    if c.chance(0.75): g = c.ch(ZH_F2 if s == "F" else ZH_M2)
    else: g = c.ch(ZH_F1 if s == "F" else ZH_M1)
    return ZN(sur or c.ch(SURNAMES), g, s)
def znames(c, n: int) -> list[ZN]:
    out: list[ZN] = []
    while len(out) < n:
        p = zname(c)
        if all(p.sur != q.sur and p.given != q.given for q in out): out.append(p)
    return out
def zrel(c, pat: ZN, others: list[ZN], kind: str = "any") -> tuple[str, ZN]:
    kind = c.ch(("配偶", "子女", "兄妹")) if kind == "any" else kind
    while True:
        if kind == "配偶": rel, p = ("妻子" if pat.sex == "M" else "丈夫"), zname(c, "F" if pat.sex == "M" else "M")
        elif kind == "父母": s = c.ch("FM"); rel, p = ("母亲" if s == "F" else "父亲"), zname(c, s, pat.sur if s == "M" else None)
        elif kind == "子女": s = c.ch("FM"); rel, p = ("女儿" if s == "F" else "儿子"), zname(c, s, pat.sur)
        else: s = c.ch("FM"); rel, p = ("姐姐" if s == "F" else "哥哥"), zname(c, s, pat.sur)
        if all(p.given != q.given for q in [pat, *others]) and all(p.sur != q.sur for q in others): return rel, p
def area(c) -> Area: return Area(*c.ch(AREAS))
def zh_street(c, a: Area) -> str: return f"{a.dist}{c.ch(ROADS)}{c.ri(3, 288)}号" + c.ch((f"{c.ch(ESTATES)}{c.ri(1, 28)}栋{c.ri(1, 4)}单元{c.ri(1, 33)}0{c.ri(1, 4)}室", f"{c.ch(ESTATES)}{c.ri(1, 16)}号楼{c.ri(101, 2204)}", ""))
def zh_addr(c, a: Area, prov: bool = True) -> list: return [P("PROVINCE_STATE", a.prov) if prov and a.prov else "", P("CITY", a.city), P("ADDRESS_STREET", zh_street(c, a))]
def zh_hosp(c, a: Area) -> str: return c.ch((f"{a.city}第一人民医院", f"{a.city}第三人民医院", f"{a.dist}中心医院", f"{a.city[:-1]}市中医院", f"{a.city[:-1]}医学院附属医院", f"{a.city}人民医院"))
def mobile(c) -> str:
    n = c.ch(("133", "138", "139", "150", "151", "158", "159", "173", "177", "186", "189", "199")) + c.digits(8, False)
    return c.ch((n, n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}"))
def landline(c, a: Area) -> str: return c.ch((f"{a.tel}-{c.ri(5, 8)}{c.digits(6, False)}", f"（{a.tel}）{c.ri(5, 8)}{c.digits(6, False)}", f"{a.tel}{c.ri(5, 8)}{c.digits(6, False)}"))
def zh_plate(c, a: Area) -> str: return c.ch((f"{a.plate}{c.alnum(5)}", f"{a.plate}·{c.alnum(5)}", f"{a.plate}F{c.digits(5, False)}"))
def id_card(c, a: Area, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a.code}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)
def zd(d: dt.date, style: str = "cn") -> str: return {"cn": f"{d.year}年{d.month}月{d.day}日", "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日", "iso": d.isoformat(), "dot": f"{d.year}.{d.month:02d}.{d.day:02d}", "slash": f"{d.year}/{d.month}/{d.day}", "md": f"{d.month}月{d.day}日", "cpt": f"{d.year}{d.month:02d}{d.day:02d}", "mdd": f"{d.month:02d}-{d.day:02d}", "mds": f"{d.month}/{d.day}"}[style]
def zdp(c, d: dt.date, style: str | None = None) -> P: return P("DATE", zd(d, style or c.ch(("cn", "cn", "cn0", "iso", "dot", "slash"))))
def zyno(c) -> str: return c.ch((c.digits(8), f"Z{c.digits(7)}", f"{c.digits(3)}-{c.digits(5, False)}"))
def mzno(c) -> str: return c.ch((f"MZ{c.digits(9)}", c.digits(10), f"O{c.digits(8)}"))
def jzk(c) -> str: return c.ch((f"KH{c.digits(9)}", c.digits(13), f"{c.digits(3)} {c.digits(4, False)} {c.digits(4, False)}"))
def yibao(c, a: Area) -> str: return c.ch((f"{a.code}{c.digits(9, False)}", f"{c.letters(2)}{c.digits(9)}", f"{a.code[:4]}{c.digits(10)}"))
def zhiye(c) -> str: return f"{c.ch(('1', '2'))}{c.digits(2, False)}{c.digits(12, False)}"
def zage(c, p_old: float, lo: int = 20, hi: int = 88) -> int: return c.ri(90, 98) if c.chance(p_old) else c.ri(lo, hi)
def zage_p(a: int): return P("AGE_OVER_89", str(a)) if a > 89 else str(a)
def foreign(c) -> tuple[str, str, str]:
    n, s = c.ch(FOREIGN)
    return n, s, c.ch((f"{c.letters(1)}{c.digits(8)}", c.digits(9), f"{c.letters(2)}{c.digits(7)}"))
def hk_pass(c) -> str: return c.ch((f"C{c.digits(8)}", f"H{c.digits(8)}", f"T{c.digits(8)}"))
def zmail(c) -> str: return c.ch((f"{c.letters(3).lower()}{c.digits(5)}@163.com", f"{c.digits(10)}@qq.com", f"{c.token(8).lower()}@sina.com", f"{c.token(6).lower()}@139.com"))
def zh_ip(c) -> str: return c.ch((f"10.{c.ri(1, 99)}.{c.ri(1, 254)}.{c.ri(2, 254)}", f"192.168.{c.ri(1, 254)}.{c.ri(2, 254)}"))
# fmt: on


def residue_hits(note: dict) -> list[str]:
    """PHI values and name forms of the note that also stand in its text outside the PHI spans."""
    import score

    res = score.residue(note)
    folded, digits = score._fold(res), score._digits_view(res)
    return [
        form
        for s in note["phi"]
        for kind, form in score.phi_forms(s["value"], s["category"])
        if (score._count(digits, form, score._ascii_digit) if kind == "digits" else score.count(folded, form))
    ]


def checked(fn, wordlike: frozenset[str]):
    """The template drawn again (the same Ctx, so the next draws) until the shared validator
    (_holdout.validate) accepts it and no PHI value or name form stands in the note's other text.
    At most 30 draws; the driver then validates as usual."""
    import _holdout

    def run(c):
        for _ in range(30):
            doc = fn(c)
            note = {
                "text": doc.text,
                "phi": sorted(doc.phi, key=lambda s: s["start"]),
                "keep": sorted(doc.keep, key=lambda s: s["start"]),
                "template": fn.__name__,
            }
            try:
                _holdout.validate(note, wordlike | _holdout.CITY_WORDS)
                if not residue_hits(note):
                    return doc
            except (_holdout.Invalid, SystemExit):
                continue
        return doc

    run.__name__ = fn.__name__
    return run
