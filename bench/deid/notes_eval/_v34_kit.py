"""v34's own hand-written value pools and small helpers (README.md "v34"): names, places,
facilities, employers and identifier shapes written for v34, none copied from another kit.
From _core only Doc, P, K and id_card_checksum are used."""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from _core import Doc as _Doc
from _core import K, P, id_card_checksum

__all__ = ["K", "P"]


class Doc(_Doc):
    """_core's Doc whose put() first joins neighbouring plain pieces, so that keep markup may be
    written around a drawn number: "⟦lab|K ", 4.1, " mmol/L⟧"."""

    def put(self, *items) -> Doc:
        flat: list = []

        def walk(xs) -> None:
            for v in xs:
                if isinstance(v, (list, tuple)) and not isinstance(v, (P, K)):
                    walk(v)
                elif v is None or v == "":
                    continue
                elif isinstance(v, (str, int)) and flat and isinstance(flat[-1], str):
                    flat[-1] += str(v)
                elif isinstance(v, int):
                    flat.append(str(v))
                else:
                    flat.append(v)

        walk(items)
        return super().put(*flat)


# fmt: off
F_FIRST = ("Anneliese", "Beatrix", "Clementine", "Dorothea", "Eloise", "Florentina", "Genevieve", "Henrietta", "Isolde", "Josephine",
           "Leonora", "Magdalena", "Ottilie", "Philippa", "Rosamund", "Sabine", "Theodora", "Ursula", "Viviane", "Wilhelmina",
           "Annika", "Chiamaka", "Folasade", "Ludmila", "Marisol", "Yesenia", "Nayeli", "Akosua", "Sunita", "Meiko", "Ivy", "Grace")
M_FIRST = ("Ambrose", "Bartholomew", "Casimir", "Dashiell", "Emmerich", "Florian", "Gustavo", "Hamish", "Ignatius", "Lysander",
           "Maximilian", "Oswald", "Percival", "Quentin", "Reinhold", "Stanislav", "Tobias", "Ulysses", "Wolfgang", "Yaroslav",
           "Zebulon", "Obinna", "Tunde", "Mikhail", "Anders", "Dmitri", "Santiago", "Hiroshi", "Wade", "Miles")
LAST = ("Abernathy", "Bergstrom", "Calloway", "Delacroix", "Ellsworth", "Fairweather", "Grimaldi", "Hollingsworth", "Ibarra", "Jablonski",
        "Kowalczyk", "Lindqvist", "Montgomery", "Nakagawa", "Oyelaran", "Pemberton", "Quintero", "Radcliffe", "Sandoval", "Trevino",
        "Umberger", "Vasquez", "Whitlock", "Yarborough", "Zielinski", "Achterberg", "Bjornsson", "Cardenas", "Dimitriou", "Esposito",
        "Fitzgerald", "Gallagher", "Hakimi", "Kinkaid", "Lockhart", "Mwangi", "Oduya", "Papadakis", "Rinaldi", "Szabo", "Baker", "Hill")
EN_WORDLIKE = ("Ivy", "Grace", "Wade", "Miles", "Baker", "Hill")
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


class Town(NamedTuple):
    name: str
    state: str
    zip3: str
    area: str


# fmt: off
TOWNS = (("Laramie", "WY", "820", "307"), ("Bozeman", "MT", "597", "406"), ("Pocatello", "ID", "832", "208"), ("Klamath Falls", "OR", "976", "541"),
         ("Eureka", "CA", "955", "707"), ("Flagstaff", "AZ", "860", "928"), ("Las Cruces", "NM", "880", "575"), ("Alamosa", "CO", "811", "719"),
         ("Hays", "KS", "676", "785"), ("Kearney", "NE", "688", "308"), ("Aberdeen", "SD", "574", "605"), ("Bismarck", "ND", "585", "701"),
         ("Duluth", "MN", "558", "218"), ("Marquette", "MI", "498", "906"), ("Eau Claire", "WI", "547", "715"), ("Dubuque", "IA", "520", "563"),
         ("Quincy", "IL", "623", "217"), ("Paducah", "KY", "420", "270"), ("Cookeville", "TN", "385", "931"), ("Tupelo", "MS", "388", "662"),
         ("Ruston", "LA", "712", "318"), ("Nacogdoches", "TX", "759", "936"), ("Stillwater", "OK", "740", "405"), ("Fayetteville", "AR", "727", "479"),
         ("Cullman", "AL", "350", "256"), ("Valdosta", "GA", "316", "229"), ("Orangeburg", "SC", "291", "803"), ("Boone", "NC", "286", "828"),
         ("Staunton", "VA", "244", "540"), ("Morgantown", "WV", "265", "304"), ("Altoona", "PA", "166", "814"), ("Cortland", "NY", "130", "607"),
         ("Brattleboro", "VT", "053", "802"), ("Keene", "NH", "034", "603"), ("Presque Isle", "ME", "047", "207"), ("Zanesville", "OH", "437", "740"),
         ("Muncie", "IN", "473", "765"), ("Carbondale", "IL", "629", "618"), ("Ithaca", "NY", "148", "607"), ("Hilo", "HI", "967", "808"))
SAINTS = ("Agatha", "Boniface", "Clare", "Dymphna", "Gertrude", "Kateri", "Lucy", "Polycarp")
STREETS = ("Sagebrush Trl", "Quarry Hill Rd", "Larkspur Ln", "Old Mill Pond Rd", "Cottonwood Dr", "Harrow Ct", "Bluestem Ave", "Tamarack St",
           "Foundry Row", "Kestrel Way", "Wheelwright Rd", "Orchard Grove Ln", "Ferry Landing Rd", "Chokecherry Pl", "Granary St",
           "Lamplighter Ct", "Beacon Ridge Dr", "Shagbark Ln", "Millrace Ave", "Coalbank Rd")
EMPLOYERS = ("Tri-County Grain Cooperative", "Northgate Logistics", "Silver Creek School District", "Meridian Rail Services",
             "Pinecrest Credit Union", "Halvard Plastics", "Blue Mesa Wind Farm", "Ridgeway Poultry", "Lakeshore Marine Supply",
             "Copperline Mining Co.", "Evergreen Public Library", "Stonebridge Cabinetry")
MAKERS = ("SN", "RX", "MQ", "TZ")
# fmt: on


def person(c, sex: str | None = None) -> Person:
    sex = sex or c.ch("FM")
    return Person(c.ch(F_FIRST if sex == "F" else M_FIRST), c.ch(LAST), sex)


def people(c, n: int) -> list[Person]:
    out: list[Person] = []
    while len(out) < n:
        p = person(c)
        if all(p.first != q.first and p.last != q.last for q in out):
            out.append(p)
    return out


def kin(c, pat: Person, others: list[Person], old: bool = False) -> tuple[str, Person]:
    """A relative (relation, person) whose names differ from pat's and others'; sons, brothers and sisters share pat's surname."""
    rels = (
        ("daughter", "son", "wife" if pat.sex == "M" else "husband", "granddaughter")
        if old
        else ("wife" if pat.sex == "M" else "husband", "mother", "sister", "brother", "partner")
    )
    rel = c.ch(rels)
    sex = (
        "F"
        if rel in ("daughter", "wife", "mother", "sister", "granddaughter")
        else ("M" if rel in ("son", "husband", "brother") else None)
    )
    while True:
        p = person(c, sex)
        if rel in ("son", "brother", "sister"):
            p = p._replace(last=pat.last)
        if p.first != pat.first and all(
            p.first != q.first and (p.last == pat.last or p.last != q.last) for q in others
        ):
            return rel, p


# fmt: off
def town(c) -> Town: return Town(*c.ch(TOWNS))
def hospital(c, t: Town) -> str: return c.ch((f'{t.name} Community Hospital', f'St. {c.ch(SAINTS)} Hospital', f'{t.name} Baptist Medical Center', 'High Plains Regional Medical Center', f'Riverbend Health {t.name}', f'{t.name} Family Clinic'))
def street(c) -> str: return f'{c.ri(12, 9890)} {c.ch(STREETS)}' + c.ch(('', '', f" Apt {c.ri(1, 40)}{c.ch('ABCD')}", f' Unit {c.ri(2, 19)}', f' #{c.ri(100, 420)}'))
def zipc(c, t: Town) -> str: return t.zip3 + c.digits(2, False) + (f'-{c.digits(4, False)}' if c.chance(0.25) else '')
# fmt: on


def phone(c, area: str, style: str | None = None) -> str:
    n = f"{c.ri(2, 9)}{c.digits(2, False)}"
    m = c.digits(4, False)
    return {
        "dash": f"{area}-{n}-{m}",
        "paren": f"({area}) {n}-{m}",
        "dot": f"{area}.{n}.{m}",
        "plus": f"+1 {area} {n} {m}",
    }[style or c.ch(("dash", "paren", "dot", "plus"))]


# fmt: off
def ssn(c) -> str: return f'{c.ri(102, 664)}-{c.ri(11, 98)}-{c.ri(1012, 9897)}'
def npi(c) -> str: return '1' + c.digits(9, False)
def mrn(c) -> str: return c.ch((c.digits(9), f'MR{c.digits(7)}', f'{c.digits(3)}-{c.digits(5, False)}'))
def fin(c) -> str: return c.ch((f'V{c.digits(9)}', f'{c.digits(11)}'))
def member(c) -> str: return c.ch((f'{c.letters(3)}{c.digits(8, False)}', f'W{c.digits(9)}', f'{c.digits(3)}{c.letters(2)}{c.digits(5, False)}'))
def group(c) -> str: return f'{c.digits(6)}-{c.alnum(3)}'
def accession(c, pre: str) -> str: return f'{pre}{c.digits(2, False)}-{c.digits(5, False)}'
def plate(c) -> str: return c.ch((f'{c.letters(3)} {c.digits(4)}', f'{c.digits(1)}{c.letters(2)}{c.digits(4)}', f'{c.letters(2)}-{c.digits(5)}'))
def serial(c) -> str: return f'{c.ch(MAKERS)}{c.digits(7)}'
def passport(c) -> str: return c.ch((c.digits(9), f'{c.letters(2)}{c.digits(7)}'))
def ipv4(c) -> str: return c.ch((f'10.{c.ri(0, 254)}.{c.ri(0, 254)}.{c.ri(2, 254)}', f'192.168.{c.ri(0, 254)}.{c.ri(2, 254)}'))
def email(c, p: Person) -> str: return c.ch((f'{p.first.lower()}.{p.last.lower()}', f'{p.first[0].lower()}{p.last.lower()}{c.ri(2, 99)}', f'{p.last.lower()}{c.ri(1960, 2004)}')) + '@' + c.ch(('gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com'))
def link(c, host: str) -> str: return f'https://{host}/{c.token(9)}'
def day(c, y0: int = 2022, y1: int = 2025) -> dt.date: return dt.date(y0, 1, 1) + dt.timedelta(days=c.ri(0, (y1 - y0) * 365))
def add(d: dt.date, n: int) -> dt.date: return d + dt.timedelta(days=n)
def born(c, age: int, ref: dt.date) -> dt.date: return add(ref, -(age * 365 + c.ri(10, 350)))
# fmt: on


MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
LONG = (
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
)


# fmt: off
def us(d: dt.date, style: str) -> str: return {'slash': f'{d.month:02d}/{d.day:02d}/{d.year}', 'short': f'{d.month}/{d.day}/{d.year % 100:02d}', 'iso': d.isoformat(), 'long': f'{LONG[d.month - 1]} {d.day}, {d.year}', 'dmy': f'{d.day:02d}-{MON[d.month - 1]}-{d.year}', 'md': f'{d.month}/{d.day}', 'mon': f'{LONG[d.month - 1][:3]} {d.day}'}[style]
def dd(c, d: dt.date, style: str | None = None) -> P: return P('DATE', us(d, style or c.ch(('slash', 'slash', 'short', 'iso', 'long', 'dmy'))))
def age(c, p_old: float, lo: int = 24, hi: int = 88) -> int: return c.ri(90, 102) if c.chance(p_old) else c.ri(lo, hi)
def age_p(a: int): return P('AGE_OVER_89', str(a)) if a > 89 else str(a)
def addr(c, t: Town, z: str | None = None) -> list: return [P('ADDRESS_STREET', street(c)), ', ', P('CITY', t.name), ', ', P('PROVINCE_STATE', t.state), ' ', P('POSTCODE', z or zipc(c, t))]
# fmt: on


# --------------------------------------------------------------------------- Chinese
class ZN(NamedTuple):
    sur: str
    given: str
    sex: str

    @property
    def full(self) -> str:
        return self.sur + self.given


class Area(NamedTuple):
    code: str
    prov: str
    city: str
    dist: str
    post: str
    tel: str
    plate: str


# fmt: off
SURNAMES = tuple("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖贾夏韦邹孟熊秦邱尹薛闫段雷侯史陶黎贺顾毛郝龚邵钱严覃戴莫孔汤") + ("慕容", "皇甫", "东方", "夏侯", "尉迟", "公孙")
F_GIVEN = ("婉清", "思琪", "雨桐", "佳怡", "欣然", "梦瑶", "若曦", "诗涵", "静怡", "晓雯", "美玲", "秀英", "桂兰", "玉珍", "淑芬", "丽娟", "春燕", "慧敏", "雅琴", "芷若", "娟", "敏", "莉", "芳", "萍")
M_GIVEN = ("浩然", "子轩", "宇航", "俊杰", "志强", "建国", "国栋", "振华", "文博", "明辉", "家豪", "天佑", "德胜", "永康", "立新", "卫东", "鹏飞", "晨阳", "嘉诚", "海涛", "伟", "强", "磊", "军", "涛")
ZH_WORDLIKE = ("建国", "振华", "立新", "卫东", "德胜", "永康", "天佑")
AREAS = (("130203", "河北省", "唐山市", "路北区", "063000", "0315", "冀B"), ("140105", "山西省", "太原市", "小店区", "030000", "0351", "晋A"),
         ("150203", "内蒙古自治区", "包头市", "昆都仑区", "014000", "0472", "蒙B"), ("210202", "辽宁省", "大连市", "中山区", "116000", "0411", "辽B"),
         ("220102", "吉林省", "长春市", "南关区", "130000", "0431", "吉A"), ("230103", "黑龙江省", "哈尔滨市", "南岗区", "150000", "0451", "黑A"),
         ("320506", "江苏省", "苏州市", "吴中区", "215000", "0512", "苏E"), ("330102", "浙江省", "杭州市", "上城区", "310000", "0571", "浙A"),
         ("340104", "安徽省", "合肥市", "蜀山区", "230000", "0551", "皖A"), ("350203", "福建省", "厦门市", "思明区", "361000", "0592", "闽D"),
         ("360102", "江西省", "南昌市", "东湖区", "330000", "0791", "赣A"), ("370202", "山东省", "青岛市", "市南区", "266000", "0532", "鲁B"),
         ("410105", "河南省", "郑州市", "金水区", "450000", "0371", "豫A"), ("420106", "湖北省", "武汉市", "武昌区", "430000", "027", "鄂A"),
         ("430104", "湖南省", "长沙市", "岳麓区", "410000", "0731", "湘A"), ("440305", "广东省", "深圳市", "南山区", "518000", "0755", "粤B"),
         ("450103", "广西壮族自治区", "南宁市", "青秀区", "530000", "0771", "桂A"), ("510107", "四川省", "成都市", "武侯区", "610000", "028", "川A"),
         ("530102", "云南省", "昆明市", "五华区", "650000", "0871", "云A"), ("610113", "陕西省", "西安市", "雁塔区", "710000", "029", "陕A"),
         ("620102", "甘肃省", "兰州市", "城关区", "730000", "0931", "甘A"), ("630104", "青海省", "西宁市", "城西区", "810000", "0971", "青A"),
         ("640104", "宁夏回族自治区", "银川市", "兴庆区", "750000", "0951", "宁A"), ("500103", "", "重庆市", "渝中区", "400000", "023", "渝A"),
         ("310115", "", "上海市", "浦东新区", "200000", "021", "沪B"))
ROADS = ("梧桐路", "银杏大道", "枫林街", "紫荆路", "翠柏路", "荷塘街", "兰亭路", "石榴巷", "海棠大街", "松涛路", "芙蓉中路", "樱花西街", "青檀路")
ESTATES = ("锦绣花园", "金色家园", "翡翠湾", "御景苑", "明珠小区", "水岸新城", "阳光丽景", "书香门第", "怡和苑", "学府雅居")
ZEMPLOYERS = ("国网供电公司营销部", "中铁某工程局第三项目部", "市第七中学", "华联超市连锁有限公司", "恒信物流有限公司", "市自来水公司", "蓝天纺织厂", "区人民法院", "新华书店", "城建集团第二分公司", "顺达汽车维修厂", "市农业科学研究院")
FOREIGN = (("Emily Clarke", "F"), ("Diego Alvarez", "M"), ("Natalia Volkova", "F"), ("Kofi Asante", "M"), ("Hugo Lefebvre", "M"), ("Yuki Sato", "F"),
           ("Jiwoo Kim", "F"), ("Rustam Aliyev", "M"), ("Giulia Conti", "F"), ("Piotr Kaminski", "M"), ("Tran Van Minh", "M"), ("Arun Sharma", "M"))
# fmt: on


def zname(c, sex: str | None = None) -> ZN:
    sex = sex or c.ch("FM")
    return ZN(c.ch(SURNAMES), c.ch(F_GIVEN if sex == "F" else M_GIVEN), sex)


def znames(c, n: int) -> list[ZN]:
    out: list[ZN] = []
    while len(out) < n:
        z = zname(c)
        if all(z.sur != q.sur and z.given != q.given for q in out):
            out.append(z)
    return out


def zkin(c, pat: ZN, others: list[ZN], old: bool = False) -> tuple[str, ZN]:
    rel = c.ch(("女儿", "儿子", "配偶", "孙子")) if old else c.ch(("配偶", "母亲", "父亲", "姐姐", "哥哥"))
    sex = {"女儿": "F", "儿子": "M", "孙子": "M", "母亲": "F", "父亲": "M", "姐姐": "F", "哥哥": "M"}.get(
        rel, "F" if pat.sex == "M" else "M"
    )
    while True:
        z = zname(c, sex)
        if rel in ("儿子", "孙子", "父亲", "姐姐", "哥哥", "女儿"):
            z = ZN(pat.sur, z.given, sex)
        if z.given != pat.given and all(z.full != q.full and z.given != q.given for q in others):
            return rel, z


# fmt: off
def area(c) -> Area: return Area(*c.ch(AREAS))
def zh_street(c, a: Area) -> str: return f'{a.dist}{c.ch(ROADS)}{c.ri(1, 399)}号' + c.ch((f'{c.ch(ESTATES)}{c.ri(1, 30)}栋{c.ri(1, 4)}单元{c.ri(1, 32)}0{c.ri(1, 6)}室', f'{c.ri(1, 18)}-{c.ri(1, 6)}-{c.ri(101, 2802)}', ''))
def zh_addr(c, a: Area, prov: bool = True) -> list: return [P('PROVINCE_STATE', a.prov) if prov and a.prov else '', P('CITY', a.city), P('ADDRESS_STREET', zh_street(c, a))]
def zh_hosp(c, a: Area) -> str: return c.ch((f'{a.city}第二人民医院', f'{a.city}中医院', f'{a.city}妇幼保健院', f'{a.dist}人民医院', f'{a.city}中心医院', f'{a.city}第五人民医院'))
# fmt: on


def mobile(c) -> str:
    n = c.ch(("138", "139", "150", "152", "177", "186", "189", "199")) + c.digits(8, False)
    return c.ch((n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"+86 {n}"))


# fmt: off
def landline(c, a: Area) -> str: return c.ch((f'{a.tel}-{c.ri(3, 8)}{c.digits(6, False)}', f'（{a.tel}）{c.ri(3, 8)}{c.digits(6, False)}'))
def zh_plate(c, a: Area) -> str: return c.ch((f'{a.plate}{c.alnum(5)}', f'{a.plate}·{c.alnum(5)}', f'{a.plate}D{c.digits(5, False)}'))
# fmt: on


def id_card(c, a: Area, dob: dt.date, sex: str) -> str:
    body = f"{a.code}{dob.year:04d}{dob.month:02d}{dob.day:02d}{c.ri(10, 99)}{c.ch('13579' if sex == 'M' else '02468')}"
    return body + id_card_checksum(body)


# fmt: off
def zd(d: dt.date, style: str = "cn") -> str: return {'cn': f'{d.year}年{d.month}月{d.day}日', 'iso': d.isoformat(), 'dot': f'{d.year}.{d.month:02d}.{d.day:02d}', 'slash': f'{d.year}/{d.month}/{d.day}', 'md': f'{d.month}月{d.day}日'}[style]
def zdp(c, d: dt.date, style: str | None = None) -> P: return P('DATE', zd(d, style or c.ch(('cn', 'cn', 'iso', 'dot', 'slash'))))
def zyno(c) -> str: return c.ch((c.digits(8), f'ZY{c.digits(8)}', f'{c.digits(2)}{c.digits(6, False)}'))
def mzno(c) -> str: return c.ch((f'MZ{c.digits(9)}', c.digits(10)))
def yibao(c, a: Area) -> str: return c.ch((f'{a.code[:4]}{c.digits(10, False)}', f'{c.letters(1)}{c.digits(8)}'))
def zhiye(c) -> str: return f'2{c.digits(2, False)}{c.digits(12, False)}'
def zage(c, p_old: float, lo: int = 20, hi: int = 88) -> int: return c.ri(90, 103) if c.chance(p_old) else c.ri(lo, hi)
def zage_p(a: int): return P('AGE_OVER_89', str(a)) if a > 89 else str(a)
# fmt: on


def foreign(c) -> tuple[str, str, str]:
    n, s = c.ch(FOREIGN)
    return n, s, c.ch((f"{c.letters(1)}{c.digits(8)}", f"{c.letters(2)}{c.digits(7)}"))
