"""v36's own hand-written value pools and small helpers (README.md "v36"). From _core only Doc, P, K
and id_card_checksum; every name, place and identifier here is v36's own, none from Faker."""

# ruff: noqa: E501, E701, E702, SIM108  (value pools and one-line helpers, kept whole)

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "K", "P", "id_card_checksum"]

# fmt: off
EN_F = ("Annelise", "Beatrix", "Clementine", "Dagny", "Eloise", "Felicity", "Gwendolyn", "Henrietta", "Isadora", "Johanna", "Kirsten", "Leontine", "Mirabel", "Noemi", "Ottilie", "Philippa", "Rosamund", "Sabine", "Theodora", "Ursula", "Verity", "Wilhelmina", "Yvette", "Zinnia", "Chiamaka", "Folasade", "Dawn", "Robin")
EN_M = ("Anselm", "Barnaby", "Caspian", "Dorian", "Eamon", "Florian", "Gareth", "Hollis", "Ignatius", "Lachlan", "Magnus", "Niall", "Oswin", "Percival", "Quentin", "Roderick", "Stellan", "Tobias", "Ulrich", "Vaughn", "Wilfred", "Yannick", "Zebulon", "Chukwudi", "Tariq", "Hunter")
EN_LAST = ("Abernathy", "Blackwood", "Carrington", "Delacroix", "Ellsworth", "Fairbanks", "Gallagher", "Hargreaves", "Ingersoll", "Jorgensen", "Kowalczyk", "Lindqvist", "Mulroney", "Northcott", "Oyelaran", "Prendergast", "Quintero", "Radcliffe", "Szabo", "Tremblay", "Vanterpool", "Wainwright", "Yamamoto", "Zielinski", "Achterberg", "Bergstrom", "Castellanos", "Drummond", "Eckhardt", "Hollister", "Iordanou", "Kristiansen", "Lachance", "Moreau", "Nakashima", "Ostrowski", "Pemberton", "Raghunathan", "Sandoval", "Thorvaldsen", "Cash", "Lane")
#: first names and surnames that are ordinary words (listed in generate_v36.py's spec)
EN_WORDLIKE = ("dawn", "robin", "hunter", "cash", "lane")
# (town, state, ZIP3, area code)
TOWNS = (("Bend", "OR", "977", "541"), ("Kennewick", "WA", "993", "509"), ("Pocatello", "ID", "832", "208"), ("Casper", "WY", "826", "307"), ("Pueblo", "CO", "810", "719"), ("Las Cruces", "NM", "880", "575"), ("Flagstaff", "AZ", "860", "928"), ("Carson City", "NV", "897", "775"), ("St. George", "UT", "847", "435"), ("Billings", "MT", "591", "406"), ("Fargo", "ND", "581", "701"), ("Aberdeen", "SD", "574", "605"), ("Kearney", "NE", "688", "308"), ("Hays", "KS", "676", "785"), ("Lawton", "OK", "735", "580"), ("Tyler", "TX", "757", "903"), ("Monroe", "LA", "712", "318"), ("Tupelo", "MS", "388", "662"), ("Valdosta", "GA", "316", "229"), ("Gainesville", "FL", "326", "352"), ("Wilmington", "NC", "284", "910"), ("Roanoke", "VA", "240", "540"), ("Morgantown", "WV", "265", "304"), ("Altoona", "PA", "166", "814"), ("Utica", "NY", "135", "315"), ("Burlington", "VT", "054", "802"), ("Lewiston", "ME", "042", "207"), ("Worcester", "MA", "016", "508"), ("Danbury", "CT", "068", "203"), ("Zanesville", "OH", "437", "740"), ("Muncie", "IN", "473", "765"), ("Decatur", "IL", "625", "217"), ("Kalamazoo", "MI", "490", "269"), ("Eau Claire", "WI", "547", "715"), ("Duluth", "MN", "558", "218"), ("Dubuque", "IA", "520", "563"), ("Paducah", "KY", "420", "270"), ("Dover", "DE", "199", "302"), ("Nashua", "NH", "030", "603"))
STREETS = ("Heron Bay Drive", "Millstone Road", "Copperfield Lane", "Aspen Grove Court", "Blacksmith Road", "Windmill Street", "Magnolia Bend", "Cedar Bluff Road", "Thistle Way", "Pawnee Avenue", "Osprey Lane", "Chestnut Ridge Road", "Railroad Avenue", "Birchwood Circle", "Meadowlark Drive", "Quail Run", "Stonebridge Road", "Walnut Hill Lane", "Ferry Street", "Briar Patch Road")
EMPLOYERS = ("Timberline Sawmill", "Great Plains Wind Services", "Harborview Seafood Packers", "Allied Tire & Auto", "Northstar Bottling Co.", "Copper Canyon Mining", "Heartland Feed & Seed", "Silverline Bus Company", "Cornerstone Credit Union", "Bluegill Boat Works", "Prairie Rose Bakery", "Tri-State Pipe Fitters Local 27")
UTILITIES = ("Ridgeline Electric Cooperative", "Valley Power & Light", "Northern Gas Utility", "Bluestem Energy")
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
def hospital(c, t: Town) -> str: return c.ch((f"{t.name} General Hospital", f"{t.name} Community Hospital", "Good Shepherd Medical Center", f"Holy Cross Hospital of {t.name}", f"{t.name} University Medical Center", "Bluestem Regional Health", f"Lutheran Hospital of {t.name}", "Sisters of Charity Hospital"))
def street(c) -> str: return f"{c.ri(2, 8890)} {c.ch(STREETS)}" + c.ch(("", "", f", Apt {c.ri(1, 24)}{c.ch('ABCD')}", f" Unit {c.ri(2, 40)}", f" #{c.ri(101, 412)}"))
def zipc(c, t: Town) -> str: return t.zip3 + c.digits(2, False) + (f"-{c.digits(4, False)}" if c.chance(0.25) else "")
def addr(c, t: Town, sep: str = ", ") -> list: return [P("ADDRESS_STREET", street(c)), sep, P("CITY", t.name), ", ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", zipc(c, t))]
def phone(c, area: str) -> str:
    a, b = c.ri(210, 979), c.digits(4, False)
    return c.ch((f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area} {a} {b}", f"1-{area}-{a}-{b}", f"{area}/{a}-{b}"))
def ssn(c) -> str: return c.ch((f"{c.ri(102, 664)}-{c.ri(11, 98)}-{c.ri(1010, 9989)}", f"{c.ri(102, 664)} {c.ri(11, 98)} {c.ri(1010, 9989)}"))
def npi(c) -> str: return "1" + c.digits(9, False)
def state_lic(c, st: str) -> str: return c.ch((f"{st}-{c.digits(5)}", f"MD{c.digits(6)}", f"{c.letters(1)}{c.digits(5)}"))
def mrn(c) -> str: return c.ch((c.digits(7), f"{c.letters(2)}{c.digits(6)}", f"{c.digits(3)}-{c.digits(4, False)}-{c.digits(1, False)}"))
def fin(c) -> str: return c.ch((f"V{c.digits(9)}", c.digits(10), f"{c.digits(4)}-{c.digits(6, False)}"))
def member(c) -> str: return c.ch((f"{c.letters(3)}{c.digits(8)}", f"W{c.digits(9)}", f"{c.digits(3)}{c.letters(2)}{c.digits(5, False)}"))
def acc(c, pre: str) -> str: return c.ch((f"{pre}{c.digits(2)}-{c.digits(6, False)}", f"{pre}{c.digits(8)}"))
def serial(c) -> str: return c.ch((f"{c.letters(3)}{c.digits(6)}", f"{c.digits(2)}{c.letters(1)}{c.digits(5, False)}{c.letters(1)}", f"SN{c.digits(8)}"))
def plate(c) -> str: return c.ch((f"{c.letters(3)} {c.digits(4)}", f"{c.digits(3)}-{c.letters(3)}", f"{c.digits(1)}{c.letters(2)}{c.digits(4)}"))
def passport(c) -> str: return c.ch((c.digits(9), f"{c.letters(2)}{c.digits(7)}", f"{c.letters(1)}{c.digits(8)}"))
def dl(c) -> str: return c.ch((f"{c.letters(1)}{c.digits(3)}-{c.digits(4)}-{c.digits(4)}", c.digits(9), f"{c.letters(2)}{c.digits(6)}"))
def ipv4(c) -> str: return c.ch((f"10.{c.ri(2, 240)}.{c.ri(0, 240)}.{c.ri(2, 240)}", f"192.168.{c.ri(0, 99)}.{c.ri(2, 240)}"))
def email(c, p: Person) -> str: return c.ch((f"{p.first.lower()}.{p.last.lower()}{c.ri(1, 99)}", f"{p.first[0].lower()}{p.last.lower()}", f"{p.last.lower()}{p.first.lower()[:3]}")) + "@" + c.ch(("gmail.com", "outlook.com", "icloud.com", "aol.com", "att.net"))
def staff_email(p: Person, dom: str) -> str: return f"{p.first.lower()}.{p.last.lower()}@{dom}"
def link(c, host: str, path: str = "") -> str: return f"https://{host}/{path}{c.token(9)}"
def day(c) -> dt.date: return dt.date(2022, 3, 1) + dt.timedelta(days=c.ri(0, 1200))
def add(d: dt.date, n: int) -> dt.date: return d + dt.timedelta(days=n)
def born(c, a: int, ref: dt.date) -> dt.date: return add(ref, -(a * 365 + c.ri(15, 345)))
def us(d: dt.date, style: str) -> str: return {"slash": f"{d.month:02d}/{d.day:02d}/{d.year}", "short": f"{d.month}/{d.day}/{d.year % 100:02d}", "iso": d.isoformat(), "long": f"{LONG[d.month - 1]} {d.day}, {d.year}", "dmy": f"{d.day:02d}{MON[d.month - 1]}{d.year}", "dash": f"{d.month:02d}-{d.day:02d}-{d.year}", "md": f"{d.month}/{d.day}", "eu": f"{d.day} {LONG[d.month - 1][:3]} {d.year}"}[style]
def dd(c, d: dt.date, style: str | None = None) -> P: return P("DATE", us(d, style or c.ch(("slash", "slash", "short", "iso", "long", "dmy", "dash", "eu"))))
def age(c, p_old: float, lo: int = 20, hi: int = 88) -> int: return c.ri(90, 101) if c.chance(p_old) else c.ri(lo, hi)
def age_p(a: int): return P("AGE_OVER_89", str(a)) if a > 89 else str(a)
# fmt: on

# --------------------------------------------------------------------------- Chinese

# fmt: off
# (省 or "" for a municipality, 市, 区, 区划码, 邮编, 区号, plate prefix)
AREAS = (("河北省", "保定市", "竞秀区", "130602", "071000", "0312", "冀F"), ("山西省", "太原市", "小店区", "140105", "030000", "0351", "晋A"), ("辽宁省", "大连市", "中山区", "210202", "116000", "0411", "辽B"), ("吉林省", "长春市", "朝阳区", "220104", "130000", "0431", "吉A"), ("黑龙江省", "哈尔滨市", "南岗区", "230103", "150000", "0451", "黑A"), ("江苏省", "苏州市", "姑苏区", "320508", "215000", "0512", "苏E"), ("江苏省", "徐州市", "云龙区", "320303", "221000", "0516", "苏C"), ("浙江省", "杭州市", "西湖区", "330106", "310000", "0571", "浙A"), ("浙江省", "温州市", "鹿城区", "330302", "325000", "0577", "浙C"), ("安徽省", "合肥市", "蜀山区", "340104", "230000", "0551", "皖A"), ("福建省", "厦门市", "思明区", "350203", "361000", "0592", "闽D"), ("江西省", "南昌市", "东湖区", "360102", "330000", "0791", "赣A"), ("山东省", "烟台市", "芝罘区", "370602", "264000", "0535", "鲁F"), ("河南省", "郑州市", "金水区", "410105", "450000", "0371", "豫A"), ("湖北省", "武汉市", "江汉区", "420103", "430000", "027", "鄂A"), ("湖南省", "长沙市", "岳麓区", "430104", "410000", "0731", "湘A"), ("广东省", "深圳市", "福田区", "440304", "518000", "0755", "粤B"), ("广东省", "汕头市", "金平区", "440511", "515000", "0754", "粤D"), ("四川省", "成都市", "武侯区", "510107", "610000", "028", "川A"), ("云南省", "昆明市", "五华区", "530102", "650000", "0871", "云A"), ("陕西省", "西安市", "雁塔区", "610113", "710000", "029", "陕A"), ("甘肃省", "兰州市", "城关区", "620102", "730000", "0931", "甘A"), ("", "上海市", "徐汇区", "310104", "200030", "021", "沪A"), ("", "重庆市", "渝中区", "500103", "400010", "023", "渝A"))
ROADS = ("解放路", "建设大道", "和平街", "光明路", "东风路", "胜利街", "幸福路", "红旗路", "学府路", "工农路", "北环路", "松柏路", "银杏大道")
ESTATES = ("碧水湾", "万家城", "绿城世纪苑", "丽景花园", "香榭水岸", "怡和苑", "康乐新村", "盛世华庭", "凤凰城", "金桂园")
SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马", "胡", "郭", "林", "何", "高", "梁", "郑", "罗", "宋", "谢", "唐", "韩", "曹", "许", "邓", "萧", "冯", "曾", "程", "蔡", "彭", "潘", "袁", "于", "董", "余", "苏", "叶", "吕", "魏", "蒋", "田", "杜", "丁", "沈", "姜", "范", "江", "傅", "钟", "卢", "汪", "戴", "崔", "陆", "廖", "姚", "方", "金", "邱", "夏", "谭", "韦", "贾", "邹", "石", "熊", "孟", "秦", "阎", "薛", "侯", "雷", "白", "龙", "段", "郝", "孔", "邵", "史", "毛", "常", "万", "顾", "赖", "武", "康", "贺", "严", "尹", "钱", "施", "牛", "洪", "欧阳", "东方", "皇甫", "慕容")
ZH_F2 = ("诗涵", "语嫣", "梓萱", "可馨", "慧敏", "淑珍", "秀兰", "凤英", "玉梅", "素芬", "晓彤", "冰洁", "依诺", "美华", "雅琴", "月娥")
ZH_M2 = ("子墨", "皓轩", "梓豪", "建华", "卫东", "志强", "德胜", "立新", "文博", "俊熙", "家乐", "振华", "泽宇", "鸿飞", "树林", "永康")
ZH_F1 = ("娜", "婷", "倩", "璐", "雪", "颖")
ZH_M1 = ("刚", "勇", "伟", "杰", "辉", "超")
#: given names that are ordinary words (listed in generate_v36.py's spec through templates_v36_zh)
ZH_WORDLIKE = ("建华", "卫东", "立新", "振华", "美华", "树林", "永康")
ZH_EMPLOYERS = ("长城汽车配件厂", "宏图印务有限公司", "永昌钢结构工程有限公司", "市公交集团第五分公司", "佳美家政服务公司", "星河网络科技有限公司", "海天调味品厂", "金龙纺织有限公司", "第二实验小学", "恒通物流园", "华联商厦", "市自来水公司")
FOREIGN = (("Jonas Lindberg", "M"), ("Chloe Dubois", "F"), ("Rahul Mehta", "M"), ("Yuki Tanaka", "F"), ("Dmitri Volkov", "M"), ("Isabela Costa", "F"), ("Ahmed Khalil", "M"), ("Anna Kowalski", "F"), ("Tran Van Minh", "M"), ("Grace Mensah", "F"))
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
    dist: str
    code: str
    post: str
    tel: str
    plate: str


# fmt: off
def zname(c, sex: str | None = None, sur: str | None = None) -> ZN:
    s = sex or c.ch("FM")
    if c.chance(0.8): g = c.ch(ZH_F2 if s == "F" else ZH_M2)
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
        else: s = c.ch("FM"); rel, p = ("妹妹" if s == "F" else "弟弟"), zname(c, s, pat.sur)
        if all(p.given != q.given for q in [pat, *others]) and all(p.sur != q.sur for q in others): return rel, p
def area(c) -> Area: return Area(*c.ch(AREAS))
def zh_street(c, a: Area) -> str: return f"{a.dist}{c.ch(ROADS)}{c.ri(2, 199)}号" + c.ch((f"{c.ch(ESTATES)}{c.ri(1, 32)}幢{c.ri(1, 3)}单元{c.ri(2, 26)}0{c.ri(1, 6)}室", f"{c.ch(ESTATES)}{c.ri(1, 20)}栋{c.ri(101, 1806)}", ""))
def zh_addr(c, a: Area, prov: bool = True) -> list: return [P("PROVINCE_STATE", a.prov) if prov and a.prov else "", P("CITY", a.city), P("ADDRESS_STREET", zh_street(c, a))]
def zh_hosp(c, a: Area) -> str: return c.ch((f"{a.city}第二人民医院", f"{a.city}中医院", f"{a.dist}人民医院", f"{a.city}中心医院", f"{a.city}第五人民医院", f"{a.city[:-1]}医科大学附属第一医院"))
def zh_fuyou(c, a: Area) -> str: return c.ch((f"{a.city}妇幼保健院", f"{a.city}妇女儿童医院", f"{a.city}第二人民医院"))
def mobile(c) -> str:
    n = c.ch(("135", "136", "137", "152", "153", "157", "176", "180", "181", "187", "191")) + c.digits(8, False)
    return c.ch((n, n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86-{n}"))
def landline(c, a: Area) -> str: return c.ch((f"{a.tel}-{c.ri(6, 8)}{c.digits(6, False)}", f"（{a.tel}）{c.ri(6, 8)}{c.digits(6, False)}", f"{a.tel} {c.ri(6, 8)}{c.digits(6, False)}"))
def zh_plate(c, a: Area) -> str: return c.ch((f"{a.plate}{c.alnum(5)}", f"{a.plate}·{c.alnum(5)}", f"{a.plate}D{c.digits(5, False)}"))
def id_card(c, a: Area, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a.code}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)
def zd(d: dt.date, style: str = "cn") -> str: return {"cn": f"{d.year}年{d.month}月{d.day}日", "iso": d.isoformat(), "dot": f"{d.year}.{d.month}.{d.day}", "slash": f"{d.year}/{d.month:02d}/{d.day:02d}", "md": f"{d.month}月{d.day}日", "cpt": f"{d.year}{d.month:02d}{d.day:02d}", "mdd": f"{d.month:02d}-{d.day:02d}"}[style]
def zdp(c, d: dt.date, style: str | None = None) -> P: return P("DATE", zd(d, style or c.ch(("cn", "cn", "iso", "dot", "slash"))))
def zyno(c) -> str: return c.ch((c.digits(8), f"ZY{c.digits(8)}", f"{c.digits(4)}{c.digits(5, False)}"))
def mzno(c) -> str: return c.ch((f"MZ{c.digits(9)}", c.digits(10), f"0{c.digits(9)}"))
def jzk(c) -> str: return c.ch((f"JZK{c.digits(9)}", c.digits(12)))
def yibao(c, a: Area) -> str: return c.ch((f"{a.code}{c.digits(8, False)}", f"{c.letters(1)}{c.digits(10)}", f"{a.code[:2]}{c.digits(10)}"))
def zhiye(c) -> str: return f"1{c.digits(2, False)}{c.digits(12, False)}"
def zage(c, p_old: float, lo: int = 20, hi: int = 88) -> int: return c.ri(90, 99) if c.chance(p_old) else c.ri(lo, hi)
def zage_p(a: int): return P("AGE_OVER_89", str(a)) if a > 89 else str(a)
def foreign(c) -> tuple[str, str, str]:
    n, s = c.ch(FOREIGN)
    return n, s, c.ch((f"{c.letters(1)}{c.digits(8)}", c.digits(9), f"{c.letters(2)}{c.digits(7)}"))
def hk_pass(c) -> str: return c.ch((f"C{c.digits(8)}", f"H{c.digits(10)}", f"M{c.digits(10)}"))
def zmail(c) -> str: return c.ch((f"{c.letters(3).lower()}{c.digits(5)}@163.com", f"{c.digits(10)}@qq.com", f"{c.token(6).lower()}@sina.com", f"{c.token(8).lower()}@foxmail.com"))
def zh_ip(c) -> str: return c.ch((f"10.{c.ri(10, 99)}.{c.ri(1, 254)}.{c.ri(2, 254)}", f"172.{c.ri(16, 31)}.{c.ri(1, 254)}.{c.ri(2, 254)}"))
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
