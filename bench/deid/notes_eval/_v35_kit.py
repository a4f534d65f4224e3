"""v35's own hand-written value pools and small helpers (README.md "v35"). From _core only Doc, P, K
and id_card_checksum; every name, place and identifier here is v35's own, none from Faker."""

# ruff: noqa: E501, E701, E702, SIM108  (value pools and one-line helpers, kept whole)

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "K", "P", "id_card_checksum"]

# fmt: off
EN_F = ("Adelaide", "Bernadette", "Cordelia", "Delphine", "Evangeline", "Fiorella", "Georgiana", "Harriet", "Imogen", "Juliana", "Katarina", "Lavinia", "Marguerite", "Nadia", "Octavia", "Priscilla", "Rosalind", "Seraphina", "Tamsin", "Valentina", "Winifred", "Xiomara", "Yolanda", "Adaeze", "Ngozi", "Svetlana", "Ingrid", "Priya", "Mariko", "Hazel", "Joy")
EN_M = ("Alistair", "Benedikt", "Cornelius", "Desmond", "Evander", "Fitzroy", "Gideon", "Horatio", "Isidore", "Jasper", "Leopold", "Lucian", "Mortimer", "Nikolai", "Octavio", "Peregrine", "Rafferty", "Sebastian", "Thaddeus", "Valentin", "Wendell", "Xavier", "Emeka", "Kwame", "Bogdan", "Lars", "Alejandro", "Kenji", "Ravi", "Matteo", "Clay", "Rusty")
EN_LAST = ("Ackerly", "Brannigan", "Castellano", "Dunleavy", "Eriksen", "Fontaine", "Galloway", "Haverford", "Iwasaki", "Jaramillo", "Kessler", "Lombardi", "Marchetti", "Nordstrom", "Okonkwo", "Pellegrino", "Quarles", "Rasmussen", "Sorensen", "Thibodeaux", "Underhill", "Valentino", "Wexler", "Yoshida", "Zamora", "Albrecht", "Beaumont", "Cavanaugh", "Dvorak", "Espinoza", "Giordano", "Halvorsen", "Jankowski", "Kaczmarek", "Leclerc", "Mensah", "Nwosu", "Petrakis", "Rousseau", "Sokolov", "Vukovic", "Whitfield", "Marsh", "Frost", "Bell")
#: names that are ordinary words (listed in generate_v35.py's spec through templates_v35_en)
EN_WORDLIKE = ("hazel", "joy", "clay", "rusty", "marsh", "frost", "bell")
# (town, state, ZIP prefix, area code)
TOWNS = (("Chico", "CA", "959", "530"), ("Medford", "OR", "975", "541"), ("Yakima", "WA", "989", "509"), ("Twin Falls", "ID", "833", "208"), ("Rock Springs", "WY", "829", "307"), ("Grand Junction", "CO", "815", "970"), ("Roswell", "NM", "882", "575"), ("Prescott", "AZ", "863", "928"), ("Elko", "NV", "898", "775"), ("Logan", "UT", "843", "435"), ("Helena", "MT", "596", "406"), ("Minot", "ND", "587", "701"), ("Rapid City", "SD", "577", "605"), ("Grand Island", "NE", "688", "308"), ("Salina", "KS", "674", "785"), ("Enid", "OK", "737", "580"), ("Abilene", "TX", "796", "325"), ("Lake Charles", "LA", "706", "337"), ("Hattiesburg", "MS", "394", "601"), ("Dothan", "AL", "363", "334"), ("Albany", "GA", "317", "229"), ("Ocala", "FL", "344", "352"), ("Greenville", "NC", "278", "252"), ("Lynchburg", "VA", "245", "434"), ("Beckley", "WV", "258", "304"), ("Johnstown", "PA", "159", "814"), ("Elmira", "NY", "149", "607"), ("Rutland", "VT", "057", "802"), ("Bangor", "ME", "044", "207"), ("Pittsfield", "MA", "012", "413"), ("Torrington", "CT", "067", "860"), ("Mansfield", "OH", "449", "419"), ("Kokomo", "IN", "469", "765"), ("Peoria", "IL", "616", "309"), ("Saginaw", "MI", "486", "989"), ("Wausau", "WI", "544", "715"), ("Mankato", "MN", "560", "507"), ("Ottumwa", "IA", "525", "641"), ("Joplin", "MO", "648", "417"), ("Kingsport", "TN", "376", "423"))
STREETS = ("Larkspur Lane", "Quarry Road", "Cottonwood Avenue", "Tamarack Court", "Old Mill Road", "Sycamore Street", "Ridgeview Drive", "Prairie Wind Way", "Harbor Point Road", "Juniper Hollow", "Kestrel Drive", "Foundry Street", "Bluebonnet Trail", "Canal Street", "Orchard Terrace", "Switchback Road", "Granary Lane", "Lighthouse Road", "Pinecrest Boulevard", "Wagon Wheel Drive")
SAINTS = ("Brendan", "Hildegard", "Jerome", "Monica", "Cecilia", "Ambrose", "Bridget", "Raphael")
EMPLOYERS = ("Cascade Timber Products", "Northfork Cold Storage", "Redhawk Logistics", "Tri-County School District", "Sunbelt Poultry Processing", "Ironline Rail Services", "Meridian Call Center", "Bluewater Marina", "Keystone Drywall Inc.", "Summit Ridge Casino", "Prairie Co-op Grain", "Lakeshore Paper Mill")
MAKERS = ("RS", "VX", "HM", "TRX", "PB", "NV")
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
        if all(p.first != q.first and p.last != q.last for q in out): out.append(p)
    return out
def relative(c, pat: Person, others: list[Person], kind: str) -> tuple[str, Person]:
    """kind: 'spouse', 'parent', 'child', 'any'."""
    kind = c.ch(("spouse", "child", "sibling")) if kind == "any" else kind
    while True:
        if kind == "spouse": rel, p = ("wife" if pat.sex == "M" else c.ch(("husband", "partner"))), person(c, "F" if pat.sex == "M" else "M")
        elif kind == "parent": s = c.ch("FM"); rel, p = ("mother" if s == "F" else "father"), person(c, s, pat.last)
        elif kind == "child": s = c.ch("FM"); rel, p = ("daughter" if s == "F" else "son"), person(c, s, pat.last if s == "M" else None)
        else: s = c.ch("FM"); rel, p = ("sister" if s == "F" else "brother"), person(c, s, pat.last)
        if all(p.first != q.first for q in [pat, *others]) and all(p.last != q.last for q in others): return rel, p
def town(c) -> Town: return Town(*c.ch(TOWNS))
def hospital(c, t: Town) -> str: return c.ch((f"{t.name} Regional Medical Center", f"St. {c.ch(SAINTS)} Medical Center", f"{t.name} Memorial Hospital", "Three Rivers Health System", f"Mercy Valley Hospital {t.name}", f"{t.name} Specialty Clinic"))
def street(c) -> str: return f"{c.ri(3, 9870)} {c.ch(STREETS)}" + c.ch(("", "", f" Apt {c.ri(1, 30)}{c.ch('ABC')}", f" Suite {c.ri(100, 399)}", f" Lot {c.ri(2, 88)}"))
def zipc(c, t: Town) -> str: return t.zip3 + c.digits(2, False) + (f"-{c.digits(4, False)}" if c.chance(0.3) else "")
def addr(c, t: Town) -> list: return [P("ADDRESS_STREET", street(c)), ", ", P("CITY", t.name), ", ", P("PROVINCE_STATE", t.state), " ", P("POSTCODE", zipc(c, t))]
def phone(c, area: str) -> str:
    a, b = c.ri(201, 989), c.digits(4, False)
    return c.ch((f"({area}) {a}-{b}", f"{area}-{a}-{b}", f"{area}.{a}.{b}", f"+1 {area} {a} {b}"))
def ssn(c) -> str: return f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.ri(1001, 9998)}"
def npi(c) -> str: return "1" + c.digits(9, False)
def mrn(c) -> str: return c.ch((c.digits(8), f"M{c.digits(8)}", f"{c.digits(2)}-{c.digits(6, False)}"))
def fin(c) -> str: return c.ch((f"E{c.digits(10)}", c.digits(12)))
def member(c) -> str: return c.ch((f"{c.letters(2)}{c.digits(9, False)}", f"{c.digits(4)}{c.letters(3)}{c.digits(4, False)}", f"Q{c.digits(10)}"))
def group(c) -> str: return f"G{c.digits(5)}-{c.digits(3, False)}"
def serial(c) -> str: return f"{c.ch(MAKERS)}{c.digits(2)}{c.letters(1)}{c.digits(6, False)}"
def plate(c) -> str: return c.ch((f"{c.digits(1)}{c.letters(3)}{c.digits(3)}", f"{c.letters(3)}-{c.digits(4)}", f"{c.letters(2)} {c.digits(5)}"))
def passport(c) -> str: return c.ch((c.digits(9), f"{c.letters(1)}{c.digits(8)}"))
def ipv4(c) -> str: return c.ch((f"10.{c.ri(1, 250)}.{c.ri(0, 250)}.{c.ri(2, 250)}", f"172.{c.ri(16, 31)}.{c.ri(0, 250)}.{c.ri(2, 250)}"))
def email(c, p: Person) -> str: return c.ch((f"{p.first.lower()}{p.last[0].lower()}{c.ri(10, 89)}", f"{p.last.lower()}.{p.first[0].lower()}", f"{p.first.lower()}_{p.last.lower()}")) + "@" + c.ch(("gmail.com", "hotmail.com", "proton.me", "comcast.net", "yahoo.com"))
def staff_email(p: Person, dom: str) -> str: return f"{p.first[0].lower()}{p.last.lower()}@{dom}"
def link(c, host: str) -> str: return f"https://{host}/{c.token(10)}"
def day(c) -> dt.date: return dt.date(2022, 1, 1) + dt.timedelta(days=c.ri(0, 1330))
def add(d: dt.date, n: int) -> dt.date: return d + dt.timedelta(days=n)
def born(c, a: int, ref: dt.date) -> dt.date: return add(ref, -(a * 365 + c.ri(20, 340)))
def us(d: dt.date, style: str) -> str: return {"slash": f"{d.month:02d}/{d.day:02d}/{d.year}", "short": f"{d.month}/{d.day}/{d.year % 100:02d}", "iso": d.isoformat(), "long": f"{LONG[d.month - 1]} {d.day}, {d.year}", "dmy": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}", "dot": f"{d.month:02d}.{d.day:02d}.{d.year}", "md": f"{d.month}/{d.day}", "mon": f"{LONG[d.month - 1][:3]} {d.day}"}[style]
def dd(c, d: dt.date, style: str | None = None) -> P: return P("DATE", us(d, style or c.ch(("slash", "slash", "short", "iso", "long", "dmy", "dot"))))
def age(c, p_old: float, lo: int = 22, hi: int = 88) -> int: return c.ri(90, 98) if c.chance(p_old) else c.ri(lo, hi)
def age_p(a: int): return P("AGE_OVER_89", str(a)) if a > 89 else str(a)
def bp(c) -> str: return f"{c.ri(104, 158)}/{c.ri(58, 88)}"
# fmt: on

# --------------------------------------------------------------------------- Chinese

# fmt: off
# (省 or "" for a municipality, 市, 区, 区划码, 邮编, 区号, plate prefix)
AREAS = (("河北省", "石家庄市", "长安区", "130102", "050000", "0311", "冀A"), ("山西省", "大同市", "平城区", "140213", "037000", "0352", "晋B"), ("内蒙古自治区", "包头市", "青山区", "150204", "014030", "0472", "蒙B"), ("辽宁省", "沈阳市", "沈河区", "210103", "110000", "024", "辽A"), ("吉林省", "吉林市", "船营区", "220204", "132000", "0432", "吉B"), ("黑龙江省", "齐齐哈尔市", "龙沙区", "230202", "161000", "0452", "黑B"), ("江苏省", "南京市", "鼓楼区", "320106", "210000", "025", "苏A"), ("江苏省", "无锡市", "梁溪区", "320213", "214000", "0510", "苏B"), ("浙江省", "宁波市", "海曙区", "330203", "315000", "0574", "浙B"), ("安徽省", "芜湖市", "镜湖区", "340202", "241000", "0553", "皖B"), ("福建省", "福州市", "台江区", "350103", "350000", "0591", "闽A"), ("江西省", "九江市", "浔阳区", "360403", "332000", "0792", "赣G"), ("山东省", "青岛市", "崂山区", "370212", "266100", "0532", "鲁B"), ("山东省", "济南市", "历下区", "370102", "250000", "0531", "鲁A"), ("河南省", "洛阳市", "西工区", "410303", "471000", "0379", "豫C"), ("湖北省", "宜昌市", "西陵区", "420502", "443000", "0717", "鄂E"), ("湖南省", "株洲市", "芦淞区", "430203", "412000", "0731", "湘B"), ("广东省", "广州市", "越秀区", "440104", "510030", "020", "粤A"), ("广东省", "佛山市", "禅城区", "440604", "528000", "0757", "粤E"), ("广西壮族自治区", "桂林市", "秀峰区", "450302", "541000", "0773", "桂C"), ("四川省", "绵阳市", "涪城区", "510703", "621000", "0816", "川B"), ("贵州省", "贵阳市", "南明区", "520102", "550000", "0851", "贵A"), ("陕西省", "宝鸡市", "渭滨区", "610302", "721000", "0917", "陕C"), ("", "北京市", "海淀区", "110108", "100080", "010", "京A"), ("", "天津市", "河西区", "120103", "300200", "022", "津A"))
ROADS = ("人民路", "中山北路", "青年路", "文化路", "新华路", "长江路", "滨河路", "府前街", "朝阳大街", "五一路", "育才路", "迎宾路", "桃园街")
ESTATES = ("锦绣花园", "翠湖苑", "阳光家园", "金色港湾", "枫林小区", "书香名邸", "滨江华府", "桃源里", "紫荆苑", "御景湾")
SURNAMES = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "卢", "姚", "沈", "钟", "姜", "崔", "谭", "陆", "范", "汪", "廖", "石", "金", "韦", "贾", "夏", "付", "方", "邹", "熊", "白", "孟", "秦", "邱", "侯", "江", "尹", "薛", "闫", "段", "雷", "龙", "黎", "史", "陶", "贺", "毛", "郝", "顾", "龚", "邵", "万", "覃", "武", "钱", "戴", "严", "欧阳", "司马", "上官", "诸葛", "令狐")
ZH_F2 = ("婉清", "雨桐", "思琪", "欣怡", "梦瑶", "佳慧", "晓燕", "丽娟", "秀英", "桂兰", "玉兰", "春华", "红梅", "金凤", "海燕", "若溪", "静怡", "美玲")
ZH_M2 = ("浩然", "子轩", "宇航", "俊杰", "博文", "志刚", "国庆", "跃进", "爱民", "学军", "光荣", "振宇", "明辉", "德明", "建军", "永福", "嘉豪", "天成")
ZH_F1 = ("敏", "静", "芳", "丹", "蕾", "琳", "萍", "瑶")
ZH_M1 = ("强", "军", "磊", "涛", "斌", "鹏", "亮", "峰")
#: given names made of common words (listed in generate_v35.py's spec through templates_v35_zh)
ZH_WORDLIKE = ("国庆", "跃进", "爱民", "学军", "光荣", "建军", "春华", "红梅", "金凤", "海燕", "永福", "天成")
ZH_EMPLOYERS = ("宏达机械制造有限公司", "鑫源物流有限公司", "市第三中学", "华润万家超市", "恒信建筑工程有限公司", "瑞丰食品有限公司", "蓝天幼儿园", "新程汽车销售服务有限公司", "同创电子科技有限公司", "汇丰纺织厂", "安达保安服务有限公司", "美味源餐饮管理有限公司")
FOREIGN = (("Oliver Bennett", "M"), ("Sofia Martinez", "F"), ("Lukas Schneider", "M"), ("Amara Okafor", "F"), ("Mateo Rossi", "M"), ("Hana Novak", "F"), ("Minjun Park", "M"), ("Aiko Mori", "F"), ("Farhan Rahman", "M"), ("Elena Popescu", "F"), ("Nguyen Thi Lan", "F"), ("Carlos Mendes", "M"))
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
        else: s = c.ch("FM"); rel, p = ("姐姐" if s == "F" else "哥哥"), zname(c, s, pat.sur)
        if all(p.given != q.given for q in [pat, *others]) and all(p.sur != q.sur for q in others): return rel, p
def area(c) -> Area: return Area(*c.ch(AREAS))
def zh_street(c, a: Area) -> str: return f"{a.dist}{c.ch(ROADS)}{c.ri(1, 88)}号" + c.ch((f"{c.ch(ESTATES)}{c.ri(1, 28)}栋{c.ri(1, 4)}单元{c.ri(1, 30)}0{c.ri(1, 4)}室", f"{c.ch(ESTATES)}{c.ri(1, 18)}-{c.ri(1, 6)}-{c.ri(101, 2604)}", ""))
def zh_addr(c, a: Area, prov: bool = True) -> list: return [P("PROVINCE_STATE", a.prov) if prov and a.prov else "", P("CITY", a.city), P("ADDRESS_STREET", zh_street(c, a))]
def zh_hosp(c, a: Area) -> str: return c.ch((f"{a.city}第三人民医院", f"{a.city}中西医结合医院", f"{a.city}人民医院", f"{a.dist}人民医院", f"{a.city}第一医院", f"{a.city}肿瘤医院", f"{a.city}康复医院"))
def mobile(c) -> str:
    n = c.ch(("138", "139", "150", "151", "158", "177", "186", "189", "199")) + c.digits(8, False)
    return c.ch((n, n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}"))
def landline(c, a: Area) -> str: return c.ch((f"{a.tel}-{c.ri(5, 8)}{c.digits(6, False)}", f"（{a.tel}）{c.ri(5, 8)}{c.digits(6, False)}", f"{a.tel}{c.ri(5, 8)}{c.digits(6, False)}"))
def zh_plate(c, a: Area) -> str: return c.ch((f"{a.plate}{c.alnum(5)}", f"{a.plate}·{c.alnum(5)}", f"{a.plate}F{c.digits(5, False)}"))
def id_card(c, a: Area, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a.code}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)
def zd(d: dt.date, style: str = "cn") -> str: return {"cn": f"{d.year}年{d.month}月{d.day}日", "iso": d.isoformat(), "dot": f"{d.year}.{d.month:02d}.{d.day:02d}", "slash": f"{d.year}/{d.month}/{d.day}", "md": f"{d.month}月{d.day}日", "cpt": f"{d.year}{d.month:02d}{d.day:02d}"}[style]
def zdp(c, d: dt.date, style: str | None = None) -> P: return P("DATE", zd(d, style or c.ch(("cn", "cn", "iso", "dot", "slash"))))
def zyno(c) -> str: return c.ch((c.digits(7), f"ZY{c.digits(7)}", f"{c.digits(2)}-{c.digits(6, False)}"))
def mzno(c) -> str: return c.ch((f"MZ{c.digits(8)}", c.digits(11)))
def jzk(c) -> str: return c.ch((f"JZ{c.digits(10)}", c.digits(12)))
def yibao(c, a: Area) -> str: return c.ch((f"{a.code[:4]}{c.digits(9, False)}", f"{c.letters(1)}{c.digits(9)}"))
def zhiye(c) -> str: return f"1{c.digits(3, False)}{c.digits(11, False)}"
def zage(c, p_old: float, lo: int = 20, hi: int = 88) -> int: return c.ri(90, 98) if c.chance(p_old) else c.ri(lo, hi)
def zage_p(a: int): return P("AGE_OVER_89", str(a)) if a > 89 else str(a)
def foreign(c) -> tuple[str, str, str]:
    n, s = c.ch(FOREIGN)
    return n, s, c.ch((f"{c.letters(1)}{c.digits(8)}", c.digits(9), f"{c.letters(2)}{c.digits(7)}"))
def zmail(c) -> str: return c.ch((f"{c.letters(2).lower()}{c.digits(6)}@qq.com", f"{c.digits(9)}@qq.com", f"{c.token(7).lower()}@163.com", f"{c.token(6).lower()}@126.com"))
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
    (_holdout.validate) accepts it and no PHI value or name form stands in the note's other text
    (a drawn number or surname that also occurs there would otherwise stop the build or leave a
    residue). At most 30 draws; the driver then validates as usual."""
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
