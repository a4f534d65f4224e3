"""v38's own hand-written value pools and small helpers (README.md "v38"). From _core only Doc, P, K
and id_card_checksum; every name, place and identifier here is v38's own, none from Faker."""

# ruff: noqa: E501, E701, E702, SIM108  (value pools and one-line helpers, kept whole)

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "K", "P", "id_card_checksum"]

# fmt: off
EN_F = ('Anneliese', 'Beatrix', 'Clementine', 'Dorothea', 'Eloise', 'Florentina', 'Gwendolyn', 'Henrietta', 'Isadora', 'Juliet', 'Kerensa', 'Leonora', 'Mirabel', 'Noelle', 'Ophelia', 'Philippa', 'Rosamund', 'Saoirse', 'Theodora', 'Ursula', 'Verity', 'Wilhelmina', 'Yvette', 'Zinnia', 'Chiamaka', 'Folake', 'Autumn', 'Meadow')
EN_M = ('Anselm', 'Bartholomew', 'Caspian', 'Dashiell', 'Eamon', 'Florian', 'Grayson', 'Hamish', 'Ignatius', 'Jareth', 'Lachlan', 'Magnus', 'Niall', 'Osric', 'Percival', 'Quentin', 'Roderick', 'Silas', 'Tobias', 'Umar', 'Vaughn', 'Wendell', 'Zebulon', 'Chukwudi', 'Kofi', 'Forrest', 'Wade')
EN_LAST = ('Abernathy', 'Blackwood', 'Carrington', 'Delacroix', 'Ellsworth', 'Fairbanks', 'Gallagher', 'Hargreaves', 'Ingersoll', 'Jablonski', 'Kowalczyk', 'Langford', 'Mcallister', 'Northcott', 'Ostrowski', 'Prendergast', 'Quigley', 'Radcliffe', 'Sandoval', 'Trevino', 'Underhill', 'Vandermeer', 'Wexford', 'Yamaguchi', 'Zielinski', 'Achterberg', 'Bellweather', 'Castellano', 'Drummond', 'Eberhardt', 'Fontaine', 'Gutierrez', 'Hollister', 'Iverson', 'Kilpatrick', 'Lundqvist', 'Moriarty', 'Nakamura', 'Oyelaran', 'Pemberton', 'Rutledge', 'Szabo', 'Thornbury', 'Valdivia', 'Whitaker', 'Brooks', 'Marsh')
#: first names and surnames that are ordinary words (listed in generate_v38.py's spec)
EN_WORDLIKE = ('autumn', 'meadow', 'forrest', 'wade', 'brooks', 'marsh')
# (town, state, ZIP3, area code)
TOWNS = (('Fargo', 'ND', '581', '701'), ('Billings', 'MT', '591', '406'), ('Boise', 'ID', '837', '208'), ('Spokane', 'WA', '992', '509'), ('Reno', 'NV', '895', '775'), ('Flagstaff', 'AZ', '860', '928'), ('Santa Fe', 'NM', '875', '505'), ('Pueblo', 'CO', '810', '719'), ('Casper', 'WY', '826', '307'), ('Ogden', 'UT', '844', '801'), ('Sioux Falls', 'SD', '571', '605'), ('Lincoln', 'NE', '685', '402'), ('Topeka', 'KS', '666', '785'), ('Tulsa', 'OK', '741', '918'), ('Amarillo', 'TX', '791', '806'), ('Shreveport', 'LA', '711', '318'), ('Tupelo', 'MS', '388', '662'), ('Dothan', 'AL', '363', '334'), ('Savannah', 'GA', '314', '912'), ('Gainesville', 'FL', '326', '352'), ('Charleston', 'SC', '294', '843'), ('Roanoke', 'VA', '240', '540'), ('Morgantown', 'WV', '265', '304'), ('Erie', 'PA', '165', '814'), ('Burlington', 'VT', '054', '802'), ('Portland', 'ME', '041', '207'), ('Worcester', 'MA', '016', '508'), ('Hartford', 'CT', '061', '860'), ('Dayton', 'OH', '454', '937'), ('Muncie', 'IN', '473', '765'), ('Springfield', 'IL', '627', '217'), ('Kalamazoo', 'MI', '490', '269'), ('Green Bay', 'WI', '543', '920'), ('Duluth', 'MN', '558', '218'), ('Dubuque', 'IA', '520', '563'), ('Paducah', 'KY', '420', '270'), ('Frederick', 'MD', '217', '301'), ('Nashua', 'NH', '030', '603'), ('Knoxville', 'TN', '379', '865'), ('Joplin', 'MO', '648', '417'), ('Fayetteville', 'AR', '727', '479'))
STREETS = ('Buttonwood Drive', 'Quailrun Road', 'Heron Point Lane', 'Chestnut Bluff Road', 'Cedar Hollow Court', 'Wildflower Way', 'Blue Spruce Drive', 'Millstone Lane', 'Copperfield Road', 'Thistle Court', 'Magnolia Bend', 'Ridgecrest Avenue', 'Starling Street', 'Windmill Road', 'Briarwood Terrace', 'Fox Run Drive', 'Osprey Circle', 'Stonegate Road', 'Lantern Hill Lane', 'Timber Creek Drive')
EMPLOYERS = ('Northstar Plating Works', 'Cascade Chemical Supply', 'Blue Ridge Pool Service', 'Harborview Seafood Processing', 'Granite State Battery Recycling', 'Prairie Wind Turbines', 'Silver Lake Laundry', 'Maple Leaf Bakery', 'Ironhorse Railcar Repair', 'Evergreen Landscaping LLC', 'Apex Janitorial Services', 'Bright Horizons Tile Co.')
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
def hospital(c, t: Town) -> str: return c.ch((f"{t.name} General Hospital", f"{t.name} Community Hospital", "Sisters of Charity Hospital", f"University Hospital of {t.name}", "Lakeview Methodist Hospital", f"St. Agnes Medical Center of {t.name}", "Valley Lutheran Medical Center", f"{t.name} Women's and Children's Hospital"))
def clinic(c, t: Town, kind: str) -> str: return c.ch((f"{t.name} {kind} Group", f"{kind} Institute of {t.name}", f"Westbrook {kind} Clinic"))
def street(c) -> str: return f"{c.ri(3, 9870)} {c.ch(STREETS)}" + c.ch(("", "", f", Apt {c.ri(1, 30)}{c.ch('ABCDE')}", f" Ste {c.ri(2, 60)}", f" #{c.ri(2, 18)}0{c.ri(1, 9)}"))
def zipc(c, t: Town) -> str: return t.zip3 + c.digits(2, False) + (f"-{c.digits(4, False)}" if c.chance(0.3) else "")
def addr(c, t: Town, sep: str = ", ") -> list: return [P("ADDRESS_STREET", street(c)), sep, P("CITY", t.name), ", ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", zipc(c, t))]
def addr_up(c, t: Town) -> list: return [P("ADDRESS_STREET", street(c).upper()), " / ", P("CITY", t.name.upper()), " ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", zipc(c, t))]
def phone(c, area: str) -> str:
    a, b = c.ri(220, 989), c.digits(4, False)
    return c.ch((f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}", f"{area}{a}{b}", f"({area}){a}-{b} x{c.ri(20, 899)}"))
def ssn(c) -> str: return c.ch((f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.ri(1001, 9998)}", f"{c.ri(101, 665)}{c.ri(10, 99)}{c.ri(1001, 9998)}"))
def npi(c) -> str: return c.ch(("1", "1", "2")) + c.digits(9, False)
def state_lic(c, st: str) -> str: return c.ch((f"{st}{c.digits(6)}", f"{c.letters(2)}.{c.digits(5)}", f"{st}-RDH-{c.digits(4)}"))
def mrn(c) -> str: return c.ch((c.digits(8), f"M{c.digits(7)}", f"{c.digits(2)}-{c.digits(3, False)}-{c.digits(3, False)}", f"E{c.digits(6)}"))
def fin(c) -> str: return c.ch((f"FIN {c.digits(10)}", c.digits(11), f"A{c.digits(8)}"))
def member(c) -> str: return c.ch((f"{c.letters(2)}{c.digits(9)}", f"{c.digits(4)}{c.letters(1)}{c.digits(6, False)}", f"ZX{c.digits(10)}"))
def mbi(c) -> str: return f"{c.ri(1, 9)}{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(1)}{c.alnum(1)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}"
def acc(c, pre: str) -> str: return c.ch((f"{pre}-{c.digits(2)}-{c.digits(5, False)}", f"{pre}{c.digits(9)}"))
def serial(c) -> str: return c.ch((f"{c.letters(2)}{c.digits(7)}", f"{c.digits(3)}{c.letters(2)}{c.digits(4, False)}", f"S/N {c.digits(9)}"))
def plate(c) -> str: return c.ch((f"{c.letters(3)}-{c.digits(4)}", f"{c.digits(1)}{c.letters(3)}{c.digits(3)}", f"{c.letters(2)} {c.digits(5)}"))
def passport(c) -> str: return c.ch((c.digits(9), f"{c.letters(1)}{c.digits(8)}", f"{c.letters(2)}{c.digits(6)}"))
def ipv4(c) -> str: return c.ch((f"10.{c.ri(1, 250)}.{c.ri(0, 250)}.{c.ri(2, 250)}", f"172.{c.ri(16, 31)}.{c.ri(0, 250)}.{c.ri(2, 250)}"))
def email(c, p: Person) -> str: return c.ch((f"{p.first.lower()}{p.last.lower()}{c.ri(10, 99)}", f"{p.first.lower()}_{p.last[0].lower()}", f"{p.last.lower()}.{p.first[0].lower()}{c.ri(1, 9)}")) + "@" + c.ch(("yahoo.com", "protonmail.com", "hotmail.com", "gmail.com", "comcast.net"))
def link(c, host: str, path: str = "") -> str: return f"https://{host}/{path}{c.token(10)}"
def day(c) -> dt.date: return dt.date(2021, 7, 1) + dt.timedelta(days=c.ri(0, 1250))
def add(d: dt.date, n: int) -> dt.date: return d + dt.timedelta(days=n)
def born(c, a: int, ref: dt.date) -> dt.date: return add(ref, -(a * 365 + c.ri(20, 340)))
def us(d: dt.date, style: str) -> str: return {"slash": f"{d.month:02d}/{d.day:02d}/{d.year}", "short": f"{d.month}/{d.day}/{d.year % 100:02d}", "iso": d.isoformat(), "long": f"{LONG[d.month - 1]} {d.day}, {d.year}", "dmy": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}", "dot": f"{d.month:02d}.{d.day:02d}.{d.year}", "md": f"{d.month}/{d.day}", "ord": f"{LONG[d.month - 1]} {d.day}{'th' if 10 < d.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}", "compact": f"{d.year}{d.month:02d}{d.day:02d}", "abbr": f"{LONG[d.month - 1][:3]}. {d.day}, {d.year}"}[style]
def dd(c, d: dt.date, style: str | None = None) -> P: return P("DATE", us(d, style or c.ch(("slash", "slash", "short", "iso", "long", "dmy", "dot", "abbr"))))
def age(c, p_old: float, lo: int = 20, hi: int = 88) -> int: return c.ri(90, 103) if c.chance(p_old) else c.ri(lo, hi)
def age_p(a: int): return P("AGE_OVER_89", str(a)) if a > 89 else str(a)
# fmt: on

# --------------------------------------------------------------------------- Chinese

# fmt: off
# (省 or "" for a municipality, 市, 区, 区划码, 邮编, 区号, plate prefix)
AREAS = (('河北省', '保定市', '莲池区', '130606', '071000', '0312', '冀F'), ('山西省', '太原市', '小店区', '140105', '030000', '0351', '晋A'), ('内蒙古自治区', '赤峰市', '红山区', '150402', '024000', '0476', '蒙D'), ('辽宁省', '大连市', '中山区', '210202', '116000', '0411', '辽B'), ('吉林省', '长春市', '朝阳区', '220104', '130000', '0431', '吉A'), ('黑龙江省', '哈尔滨市', '南岗区', '230103', '150000', '0451', '黑A'), ('江苏省', '苏州市', '姑苏区', '320508', '215000', '0512', '苏E'), ('江苏省', '扬州市', '广陵区', '321002', '225000', '0514', '苏K'), ('浙江省', '杭州市', '上城区', '330102', '310000', '0571', '浙A'), ('浙江省', '温州市', '鹿城区', '330302', '325000', '0577', '浙C'), ('安徽省', '合肥市', '蜀山区', '340104', '230000', '0551', '皖A'), ('福建省', '厦门市', '思明区', '350203', '361000', '0592', '闽D'), ('江西省', '南昌市', '东湖区', '360102', '330000', '0791', '赣A'), ('山东省', '烟台市', '芝罘区', '370602', '264000', '0535', '鲁F'), ('山东省', '潍坊市', '奎文区', '370705', '261000', '0536', '鲁G'), ('河南省', '郑州市', '金水区', '410105', '450000', '0371', '豫A'), ('湖北省', '武汉市', '江汉区', '420103', '430000', '027', '鄂A'), ('湖南省', '长沙市', '岳麓区', '430104', '410000', '0731', '湘A'), ('广东省', '深圳市', '福田区', '440304', '518000', '0755', '粤B'), ('广东省', '珠海市', '香洲区', '440402', '519000', '0756', '粤C'), ('四川省', '成都市', '武侯区', '510107', '610000', '028', '川A'), ('云南省', '昆明市', '五华区', '530102', '650000', '0871', '云A'), ('', '上海市', '徐汇区', '310104', '200030', '021', '沪A'), ('', '重庆市', '渝中区', '500103', '400010', '023', '渝A'))
ROADS = ('解放路', '建设路', '和平路', '光明路', '东风路', '工农路', '幸福路', '民主路', '友谊路', '迎宾大道', '学府路', '银杏路', '沿江北路')
ESTATES = ('碧水蓝天', '怡景花园', '丽都家园', '桂花苑', '翡翠湾', '御景园', '绿城小区', '明珠花园', '富康新村', '枫丹名苑')
SURNAMES = ('韩', '冯', '曹', '彭', '萧', '潘', '袁', '蔡', '蒋', '魏', '薛', '杜', '姜', '姚', '谭', '廖', '邹', '熊', '陆', '郝', '崔', '邱', '秦', '侯', '邵', '孟', '雷', '钱', '尹', '贺', '龚', '汪', '欧阳', '皇甫', '慕容', '端木')
ZH_F2 = ('紫涵', '诗雨', '语嫣', '梓萱', '可馨', '晓彤', '美玲', '玉兰', '凤英', '淑芬', '雅琴', '映雪', '春燕', '秋菊')
ZH_M2 = ('子轩', '皓宇', '梓睿', '一鸣', '文涛', '建华', '振宇', '立新', '永强', '德明', '家豪', '世杰', '卫东', '红旗', '建国', '跃进')
ZH_F1 = ('婷', '莉', '燕', '霞', '蕾', '娜')
ZH_M1 = ('杰', '勇', '伟', '毅', '辉', '浩')
#: given names that are ordinary words (listed in generate_v38.py's spec through templates_v38_zh)
ZH_WORDLIKE = ('红旗', '建国', '跃进')
ZH_EMPLOYERS = ('华南化工厂', '永兴机械制造有限公司', '市实验小学', '捷达物流公司', '明辉电子厂', '瑞丰药业有限公司', '金盾保安服务公司', '市公交集团', '百汇超市', '红星幼儿园', '远航船舶修造厂', '天成建筑工程公司')
FOREIGN = (('Matteo Rossi', 'M'), ('Ingrid Larsen', 'F'), ('Rahul Mehta', 'M'), ('Yuna Kim', 'F'), ('Dmitri Volkov', 'M'), ('Camila Torres', 'F'), ('Tariq Mansour', 'M'), ('Elena Popescu', 'F'), ('Tran Van Minh', 'M'), ('Abena Mensah', 'F'))
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
def zh_hosp(c, a: Area) -> str: return c.ch((f"{a.city}中心医院", f"{a.city}第二人民医院", f"{a.dist}人民医院", f"{a.city}第四人民医院", f"{a.city[:-1]}医科大学第一附属医院", f"{a.city}中西医结合医院"))
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
def zyno(c) -> str: return c.ch((c.digits(7), f"ZY{c.digits(7)}", f"{c.digits(2)}-{c.digits(6, False)}"))
def mzno(c) -> str: return c.ch((f"MZ{c.digits(8)}", c.digits(11), f"M{c.digits(9)}"))
def jzk(c) -> str: return c.ch((f"JZ{c.digits(10)}", c.digits(12), f"{c.digits(4)} {c.digits(4, False)} {c.digits(4, False)}"))
def yibao(c, a: Area) -> str: return c.ch((f"{a.code}{c.digits(9, False)}", f"{c.letters(2)}{c.digits(9)}", f"{a.code[:4]}{c.digits(10)}"))
def zhiye(c) -> str: return f"{c.ch(('1', '2'))}{c.digits(2, False)}{c.digits(12, False)}"
def zage(c, p_old: float, lo: int = 20, hi: int = 88) -> int: return c.ri(90, 98) if c.chance(p_old) else c.ri(lo, hi)
def zage_p(a: int): return P("AGE_OVER_89", str(a)) if a > 89 else str(a)
def foreign(c) -> tuple[str, str, str]:
    n, s = c.ch(FOREIGN)
    return n, s, c.ch((f"{c.letters(1)}{c.digits(8)}", c.digits(9), f"{c.letters(2)}{c.digits(7)}"))
def hk_pass(c) -> str: return c.ch((f"C{c.digits(8)}", f"H{c.digits(8)}", f"T{c.digits(8)}"))
def zmail(c) -> str: return c.ch((f"{c.letters(4).lower()}{c.digits(4)}@163.com", f"{c.digits(9)}@qq.com", f"{c.token(7).lower()}@126.com", f"{c.token(6).lower()}@aliyun.com"))
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
