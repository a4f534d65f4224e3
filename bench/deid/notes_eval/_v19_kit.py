"""v19's own hand-written value pools and small renderers (imports from _core only the builder,
``Ctx``-side helpers it needs: Doc, P, K, join and the 身份证 check digit)."""

# ruff: noqa: E501  (value pools)

from __future__ import annotations

import datetime as dt

from _core import Doc, K, P, id_card_checksum, join

__all__ = ["Doc", "K", "P", "join"]

# Document text and value pools are laid out by hand:
# fmt: off

# --------------------------------------------------------------------------- English people
FIRST_F = ["Oyinkansola", "Marisela", "Bronagh", "Tuuli", "Ximena", "Radka", "Ngozi", "Ludmila", "Perpetua", "Anouk", "Catrìona", "Yesenia", "Wilhelmina", "Dagny", "Thandiwe", "Mirela", "Inés", "Kalani", "Sunniva", "Araceli", "Philippa", "Hyun-joo", "Leocadia", "Mehwish", "Oona", "Delphine", "Zsófia", "Marguerite", "Tallulah", "Ebony"]
FIRST_M = ["Teodor", "Obadiah", "Cormac", "Ikaika", "Jovan", "Anselm", "Chukwuemeka", "Rafferty", "Bongani", "Leopold", "Tavita", "Eero", "Florian", "Desmond", "Hamza", "Casimir", "Thaddeus", "Benedikt", "Quang", "Ruairí", "Matteo", "Lachlan", "Sefton", "Ignatius", "Dashiell", "Kofi", "Aurelio", "Wendell", "Tobiah", "Marek"]
#: first names that are ordinary English words
WORD_FIRST = ["Honey", "Story", "Gale", "Autumn", "Lark", "Ember", "Patience", "Temperance", "Lucky", "Sonny", "Chance", "Ransom"]
WORD_LAST = ["Page", "Stone", "Beam", "Street", "Wheeler", "Shepherd", "Mason", "Swift", "Castle", "Lovely", "Noble", "Pike"]
SURNAMES = ["Vanderhoek", "de Souza", "van 't Riet", "d'Aubigné", "O'Meara", "McCorquodale", "Ó Súilleabháin", "Nakagawa-Brandt", "Adeyemi", "Kowalczyk", "Thorvaldsen", "Bui", "Mwangi-Ellis", "Papadimitriou", "Ruíz de Alarcón", "Quispe", "Haugland", "Lindqvist", "Okafor", "Szabó", "Delacroix-Boyd", "Achterberg", "MacLennan", "Tuilagi", "Zielinski", "Abernethy", "Villaseñor", "Chikwanha", "Fitzwilliam", "al-Khatib", "ben Haim", "Yellowhorse", "Kealamakia", "St. Onge", "Du Bois", "La Rosa", "Van Zandt", "Novotný", "Oyelaran", "Grzybowski"]
NICK = {"Wilhelmina": "Billie", "Philippa": "Pippa", "Thaddeus": "Tad", "Ignatius": "Nacho", "Obadiah": "Obie", "Leopold": "Leo", "Marguerite": "Daisy", "Casimir": "Caz", "Benedikt": "Benno", "Perpetua": "Pet", "Leocadia": "Cady", "Dashiell": "Dash", "Rafferty": "Raff", "Temperance": "Tempe", "Aurelio": "Lelo"}
EN_WORDLIKE = frozenset(w.lower() for w in WORD_FIRST + WORD_LAST + list(NICK.values()) + ["daisy", "dash", "pet", "leo"])
CLIN_FIRST = ["Anneliese", "Goran", "Priyanka", "Ugochi", "Soren", "Beatriz", "Kenji", "Margit", "Ademola", "Rosalind", "Viggo", "Shirin"]
CLIN_LAST = ["Halvorsen", "Ekwueme", "Carrasquillo", "Tanaka-Ruiz", "Bergström", "Mbatha", "O'Rourke", "Vasquez-Linde", "Hollingworth", "Dziedzic", "Amankwah", "Lemaire"]


class Person:
    def __init__(self, first: str, last: str, sex: str):
        self.first, self.last, self.sex = first, last, sex

    @property
    def nick(self):
        return NICK.get(self.first)


def person(c, sex: str | None = None) -> Person:
    sex = sex or c.pick("F", "M")
    pool = (FIRST_F if sex == "F" else FIRST_M) + (WORD_FIRST[:6] if sex == "F" else WORD_FIRST[6:])
    last = c.ch(WORD_LAST) if c.chance(0.15) else c.ch(SURNAMES)
    return Person(c.ch(pool), last, sex)


def clinician(c) -> Person:
    return Person(c.ch(CLIN_FIRST), c.ch(CLIN_LAST), c.pick("F", "M"))


def nm(c, p: Person, cat: str, style: str | None = None) -> P:
    style = style or c.ch(("full", "full", "lf", "init", "caps", "capslf", "lower", "mid"))
    mid = c.ch("ABCDEJKLMRSTW")
    v = {"full": f"{p.first} {p.last}", "lf": f"{p.last}, {p.first}", "init": f"{p.first[0]}. {p.last}", "caps": f"{p.first} {p.last}".upper(), "capslf": f"{p.last}, {p.first}".upper(), "lower": f"{p.first} {p.last}".lower(), "mid": f"{p.first} {mid}. {p.last}", "first": p.first, "last": p.last, "nick": p.nick or p.first, "flower": p.first.lower(), "LAST": p.last.upper()}[style]
    return P(cat, v)


# --------------------------------------------------------------------------- English places
TOWNS = [("Kalispell", "MT", "59901"), ("Oskaloosa", "IA", "52577"), ("Natchitoches", "LA", "71457"), ("Watertown", "SD", "57201"), ("Ephrata", "PA", "17522"), ("Chillicothe", "OH", "45601"), ("Bemidji", "MN", "56601"), ("Paducah", "KY", "42001"), ("Laramie", "WY", "82070"), ("Nacogdoches", "TX", "75961"), ("Keene", "NH", "03431"), ("Sedalia", "MO", "65301"), ("Ardmore", "OK", "73401"), ("Hattiesburg", "MS", "39401"), ("Elko", "NV", "89801"), ("Torrington", "CT", "06790"), ("Presque Isle", "ME", "04769"), ("Dothan", "AL", "36301"), ("Hilo", "HI", "96720"), ("Valdosta", "GA", "31601"), ("Walla Walla", "WA", "99362"), ("Klamath Falls", "OR", "97601"), ("Durango", "CO", "81301"), ("Rutland", "VT", "05701"), ("Gallup", "NM", "87301"), ("Decorah", "IA", "52101"), ("Marquette", "MI", "49855"), ("Beckley", "WV", "25801"), ("Coeur d'Alene", "ID", "83814"), ("Muskogee", "OK", "74401"), ("Sault Ste. Marie", "MI", "49783"), ("Lewes", "DE", "19958")]
STREETS = ["Quarry Hollow Rd", "Tamarack Ln", "Old Mill Pond Dr", "Cottonwood Bend", "Juniper Ridge Ct", "Fenwick St", "Sassafras Way", "Lockkeeper Rd", "County Road 14", "Breckenridge Ave", "Heron Slough Rd", "Pawpaw Trl", "N Ferncliff Blvd", "Saltbox Ln", "Whistle Stop Dr", "Osage Orange Ct", "Kittatinny Ave", "Bluestem Pkwy"]
HOSPITALS = ["Tamarack Ridge Medical Center", "St. Brendan's Regional Hospital", "Heron Slough Community Hospital", "Flathead Valley Surgical Hospital", "Lower Yellowstone Memorial", "Saint Walburga Medical Center", "Ouachita Crossing Health", "Pinewater Rehabilitation Hospital", "Good Shepherd Hospice of the Palouse", "Cobbleford Family Clinic", "Two Rivers Urology Associates", "Brightwater Allergy & Asthma Clinic"]
PHARMACIES = ["Kettle Creek Pharmacy", "Hollister Drug #212", "Bluebonnet Apothecary", "Northgate Compounding Pharmacy"]
EMPLOYERS = ["Cascadia Timber Products", "Lighthouse Freight LLC", "Okafor & Lindqvist CPAs", "Pinecrest Poultry Co.", "Walla Walla Public Schools", "Red Butte Rural Electric", "Tri-County Transit Authority", "Harbor Light Marina", "Quillfeather Software", "Marquette Iron Range Mining"]
FUNERAL = ["Halvard & Sons Funeral Home", "Evergreen Rest Chapel", "Mulcahy-Prewitt Mortuary"]


def addr_en(c, sep: str = ", ", caps: bool = False) -> list:
    town, st, z = c.ch(TOWNS)
    street = f"{c.ri(12, 9890)} {c.ch(STREETS)}" + (c.pick("", "", f" Apt {c.ri(1, 40)}", f" Unit {c.letters(1)}"))
    if c.chance(0.3):
        z = f"{z}-{c.digits(4, False)}"
    if caps:
        street, town = street.upper(), town.upper()
    return [P("ADDRESS_STREET", street), sep, P("CITY", town), ", ", P("PROVINCE_STATE", st), " ", P("POSTCODE", z)]


# --------------------------------------------------------------------------- dates
MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def rdate(c, y0: int = 2019, y1: int = 2025) -> dt.date:
    return dt.date(y0, 1, 1) + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))


def dob(c, lo: int = 20, hi: int = 88) -> dt.date:
    return dt.date(2024 - c.ri(lo, hi), c.ri(1, 12), c.ri(1, 28))


def de(c, d: dt.date, style: str | None = None) -> P:
    style = style or c.ch(("us", "us0", "iso", "dmy", "long", "short", "ord", "yy", "md", "eu", "cmp"))
    m, dd, y = d.month, d.day, d.year
    suf = "th" if 10 <= dd % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    v = {"us": f"{m}/{dd}/{y}", "us0": f"{m:02d}/{dd:02d}/{y}", "iso": d.isoformat(), "dmy": f"{dd:02d}-{MON[m - 1][:3].upper()}-{y}", "long": f"{MON[m - 1]} {dd}, {y}", "short": f"{MON[m - 1][:3]} {dd} {y}", "ord": f"{MON[m - 1]} {dd}{suf}, {y}", "yy": f"{m}/{dd}/{y % 100:02d}", "md": f"{m}/{dd}", "eu": f"{dd} {MON[m - 1]} {y}", "cmp": f"{y}{m:02d}{dd:02d}"}[style]
    return P("DATE", v)


# --------------------------------------------------------------------------- identifiers (both languages)
def phone_en(c) -> str:
    a = c.ch(("406", "641", "318", "605", "717", "740", "218", "270", "307", "936", "603", "660"))
    n = f"{c.ri(2, 9)}{c.digits(2, False)}"
    return c.pick(f"({a}) {n}-{c.digits(4, False)}", f"{a}-{n}-{c.digits(4, False)}", f"{a}.{n}.{c.digits(4, False)}", f"+1 {a} {n} {c.digits(4, False)}")


def ssn(c) -> str:
    return f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.ri(1000, 9999)}"


def mrn_en(c) -> str:
    return c.pick(c.digits(8), "E" + c.digits(7), f"{c.digits(3)}-{c.digits(2, False)}-{c.digits(3, False)}", "M" + c.digits(9, False))


def acc_en(c) -> str:
    return c.pick(f"SA{c.digits(2)}-{c.digits(5, False)}", f"RX{c.digits(9)}", f"LB{c.digits(7)}", f"{c.digits(4)}-{c.letters(2)}{c.digits(4, False)}")


def member(c) -> str:
    return c.pick(c.letters(3) + c.digits(9), f"{c.ri(1, 9)}{c.letters(2)}{c.ri(1, 9)}-{c.letters(2)}{c.ri(1, 9)}-{c.letters(2)}{c.digits(2, False)}", "W" + c.digits(10), f"ZGP{c.digits(8)}")


def acct(c) -> str:
    return c.pick(c.digits(10), f"HAR{c.digits(8)}", f"V{c.digits(9)}", f"{c.digits(6)}-{c.digits(3, False)}")


def npi(c) -> str:
    return "1" + c.digits(9, False)


def dea(c, last: str) -> str:
    return c.letters(1, "ABFM") + last[0].upper().replace("'", "X") + c.digits(7, False)


def lic(c) -> str:
    return c.pick(f"MD{c.digits(6)}", f"{c.letters(2)}-{c.digits(5)}", f"RPH.{c.digits(5)}", f"DO{c.digits(5)}")


def dl(c) -> str:
    return c.pick(c.letters(1) + c.digits(8), c.digits(9), f"{c.letters(1)}{c.digits(3)}-{c.digits(4, False)}-{c.digits(4, False)}")


def plate(c) -> str:
    return c.pick(f"{c.ri(1, 9)}{c.letters(3)}{c.digits(3, False)}", f"{c.letters(3)}-{c.digits(4)}", f"{c.digits(3)} {c.letters(3)}", f"{c.letters(2)}{c.digits(5)}")


def vin(c) -> str:
    return c.ch("123456JKLSW") + c.alnum(16)


def serial(c) -> str:
    return c.pick(f"{c.letters(3)}{c.digits(6)}", f"SN{c.digits(9)}", f"{c.digits(2)}{c.letters(1)}{c.digits(7, False)}", f"{c.alnum(4)}-{c.alnum(6)}")


def passport(c) -> str:
    return c.pick(c.digits(9), c.letters(1) + c.digits(8), c.letters(2) + c.digits(7))


def ip(c) -> str:
    if c.chance(0.2):
        return f"2001:db8:{c.ri(1, 0xFFFF):x}:{c.ri(1, 0xFFFF):x}::{c.ri(1, 0xFFF):x}"
    return c.pick(f"10.{c.ri(0, 254)}.{c.ri(0, 254)}.{c.ri(2, 254)}", f"172.{c.ri(16, 31)}.{c.ri(0, 254)}.{c.ri(2, 254)}", f"{c.ri(23, 211)}.{c.ri(0, 254)}.{c.ri(0, 254)}.{c.ri(2, 254)}")


def email(c, p: Person | None = None, first: str = "", last: str = "") -> str:
    if p is not None:
        first, last = p.first, p.last
    f = "".join(ch for ch in first.lower() if ch.isascii() and ch.isalpha()) or "pt"
    la = "".join(ch for ch in last.lower() if ch.isascii() and ch.isalpha()) or "mail"
    dom = c.ch(("gmail.com", "yahoo.com", "outlook.com", "protonmail.com", "icloud.com", "frontiernet.net", "qq.com", "163.com"))
    return c.pick(f"{f}.{la}@{dom}", f"{f[0]}{la}{c.ri(1, 99)}@{dom}", f"{la}_{f}@{dom}")


def url(c, host: str = "") -> str:
    host = host or c.ch(("mychart.tamarackridge.org", "portal.stbrendans.org", "pay.heronslough.health", "forms.cobbleford.com"))
    return f"https://{host}/{c.ch(('r', 'v', 'doc', 'q', 's'))}/{c.token(10)}"


# --------------------------------------------------------------------------- Chinese people
ZH_SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严")
ZH_RARE = list("冼甄宓钭蒯扈郦禚缑幸麴酆羿阚栾嵇")
ZH_COMPOUND = ["拓跋", "呼延", "独孤", "轩辕", "西门", "百里", "公冶", "乐正", "即墨", "左丘"]
ZH_GIVEN = list("婕瑶泓骁芸澄韬嫣翊湛莞珂霁铎沅岚昀蕤颢晞堇棠砚璎钧禾朔筠骞萦")
ZH_MINORITY = ["古丽米拉·阿不都", "米日古丽·热合曼", "吾买尔江·托合提", "德吉央金", "格桑旺堆", "乌日娜", "苏和巴特尔", "阿苏拉则", "沙马伍各", "迪丽努尔·依明", "其其格玛", "洛桑次旦"]
ZH_SMALL = ["豆包", "糖糖", "小满", "果冻", "阿福", "石头", "团子", "妞妞", "二宝", "栗子"]
ZH_LATIN = [("HOLLOWAY", "Maeve"), ("NGUYEN", "Thi Hoa"), ("SANTOS", "Rafael"), ("KIM", "Seo-yeon"), ("PETROV", "Ilya"), ("OKONJO", "Adaeze")]


def zname(c, kind: str | None = None) -> str:
    kind = kind or c.wpick((10, "c"), (2, "r"), (2, "cp"), (1, "m"))
    if kind == "m":
        return c.ch(ZH_MINORITY)
    sur = {"c": c.ch(ZH_SUR), "r": c.ch(ZH_RARE), "cp": c.ch(ZH_COMPOUND)}[kind]
    return sur + "".join(c.sample(ZH_GIVEN, c.pick(1, 2, 2)))


def sur(name: str) -> str:
    """The part before 护士/主任/师傅: a compound or single surname; a minority name's first part."""
    if "·" in name or name in ZH_MINORITY:
        return name.split("·")[0]
    return name[:2] if name[:2] in ZH_COMPOUND else name[0]


def latin(c) -> str:
    s, g = c.ch(ZH_LATIN)
    return c.pick(f"{s} {g.upper()}", f"{g} {s.title()}", f"{s}, {g}")


# --------------------------------------------------------------------------- Chinese places
ZH_GEO = [("浙江省", "衢州市", "柯城区", "龙游县", "湖镇镇"), ("安徽省", "六安市", "金安区", "霍山县", "衡山镇"), ("江西省", "赣州市", "章贡区", "于都县", "银坑镇"), ("湖南省", "常德市", "武陵区", "桃源县", "漳江镇"), ("四川省", "乐山市", "市中区", "夹江县", "甘江镇"), ("云南省", "曲靖市", "麒麟区", "宣威市", "板桥街道"), ("甘肃省", "天水市", "秦州区", "甘谷县", "大像山镇"), ("河北省", "邢台市", "襄都区", "临城县", "郝庄镇"), ("山东省", "日照市", "东港区", "莒县", "浮来山镇"), ("广西壮族自治区", "柳州市", "城中区", "融水苗族自治县", "融水镇"), ("贵州省", "遵义市", "红花岗区", "湄潭县", "永兴镇"), ("福建省", "漳州市", "芗城区", "平和县", "坂仔镇"), ("黑龙江省", "牡丹江市", "东安区", "宁安市", "渤海镇"), ("内蒙古自治区", "赤峰市", "红山区", "宁城县", "八里罕镇"), ("河南省", "南阳市", "卧龙区", "西峡县", "丁河镇"), ("陕西省", "汉中市", "汉台区", "勉县", "定军山镇")]
ZH_ROADS = ["滨江路", "枫林路", "桂香街", "荷塘北路", "槐荫巷", "学府大道", "青石板街", "梧桐东路", "新华西路", "钟楼街"]
ZH_ESTATES = ["锦绣华庭", "翠湖湾", "桃李苑", "金桂园", "江南世家", "梧桐小镇", "书香门第", "和平里"]
ZH_VILLAGES = ["星火村", "柳湾村", "上塘村", "石门村", "杨柳坪村", "大坝村"]
ZH_ZIP = {"浙江省": "324", "安徽省": "237", "江西省": "341", "湖南省": "415", "四川省": "614", "云南省": "655", "甘肃省": "741", "河北省": "054", "山东省": "276", "广西壮族自治区": "545", "贵州省": "563", "福建省": "363", "黑龙江省": "157", "内蒙古自治区": "024", "河南省": "473", "陕西省": "723"}
ZH_EMPLOYERS = ["衢州巨化集团有限公司", "六安市金安区第三中学", "赣南脐橙合作社", "常德烟草机械有限责任公司", "乐山市公交集团", "曲靖市麒麟区市场监督管理局", "天水长城电工仪器厂", "日照港集团", "柳州螺蛳粉产业园某食品公司", "漳州古雷石化基地", "牡丹江林业局", "南阳油田采油二厂", "汉中航空工业公司", "顺丰速运衢州分部"]
ZH_AREA = ["330802", "341502", "360702", "430702", "511102", "530302", "620502", "130502", "371102", "450202", "520302", "350602", "231002", "150402", "411303", "610702"]


def geo(c):
    return c.ch(ZH_GEO)


def zaddr(c, g=None, full: bool = True) -> list:
    """[省][市][区…室] or [省][市][县…组]; province and city as their own spans."""
    g = g or geo(c)
    prov, city, dist, county, town = g
    if c.chance(0.35):
        street = f"{county}{town}{c.ch(ZH_VILLAGES)}{c.ri(1, 12)}组" + c.pick("", f"{c.ri(1, 60)}号")
    else:
        street = f"{dist}{c.ch(ZH_ROADS)}{c.ri(1, 399)}号" + c.pick("", f"{c.ch(ZH_ESTATES)}{c.ri(1, 30)}栋{c.ri(1, 4)}单元{c.ri(1, 32)}0{c.ri(1, 6)}室", f"{c.ri(1, 18)}号楼{c.ri(1, 6)}0{c.ri(1, 4)}室")
    out = ([P("PROVINCE_STATE", prov)] if full else []) + [P("CITY", city), P("ADDRESS_STREET", street)]
    return out


def zzip(c, g) -> P:
    return P("POSTCODE", ZH_ZIP[g[0]] + c.digits(3, False))


def zhosp(c, g=None, kind: str = "any") -> str:
    g = g or geo(c)
    city = g[1]
    if kind == "pharm":
        return c.pick(f"{city[:-1]}百草堂大药房", f"{g[2]}康宁药店", f"{city}老百姓大药房{g[4]}店")
    return c.pick(f"{city}人民医院", f"{city}中心医院", f"{city}第二人民医院", f"{city}中医院", f"{g[2]}妇幼保健院", f"{g[3]}人民医院", f"{g[4]}卫生院", f"{city[:-1]}医学院附属医院")


def zdob(c, lo: int = 20, hi: int = 88) -> dt.date:
    return dob(c, lo, hi)


def zd(c, d: dt.date, style: str | None = None) -> P:
    style = style or c.ch(("cn", "cn0", "iso", "dot", "slash", "md", "cmp"))
    y, m, dd = d.year, d.month, d.day
    v = {"cn": f"{y}年{m}月{dd}日", "cn0": f"{y}年{m:02d}月{dd:02d}日", "iso": d.isoformat(), "dot": f"{y}.{m:02d}.{dd:02d}", "slash": f"{y}/{m}/{dd}", "md": f"{m}月{dd}日", "cmp": f"{y}{m:02d}{dd:02d}"}[style]
    return P("DATE", v)


def idcard(c, d: dt.date, sex: str) -> str:
    body = f"{c.ch(ZH_AREA)}{d.year:04d}{d.month:02d}{d.day:02d}{c.ri(0, 99):02d}{c.ch('13579' if sex == 'M' else '02468')}"
    return body + id_card_checksum(body)


def mobile(c) -> str:
    n = c.ch(("139", "158", "186", "173", "199", "135", "152")) + c.digits(8, False)
    return c.pick(n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}")


def landline(c, g=None) -> str:
    area = c.ch(("0570", "0564", "0797", "0736", "0833", "0874", "0938", "0319", "0633", "0772"))
    return c.pick(f"{area}-{c.ri(2, 8)}{c.digits(6, False)}", f"（{area}）{c.ri(2, 8)}{c.digits(6, False)}")


def zplate(c) -> str:
    pre = c.ch(("浙H", "皖N", "赣B", "湘J", "川L", "云D", "甘E", "冀E", "鲁L", "桂B", "贵C", "闽E"))
    return c.pick(f"{pre}{c.alnum(5)}", f"{pre}·{c.alnum(5)}", f"{pre}D{c.digits(5, False)}", f"{pre}·F{c.alnum(5)}")


def zpassport(c) -> tuple[str, str]:
    return c.pick(("护照", "E" + c.digits(8)), ("港澳通行证", "C" + c.digits(8)), ("台湾居民来往大陆通行证", c.digits(8)), ("护照", "EA" + c.digits(7)))


def zins(c) -> str:
    return c.pick(f"{c.ch(ZH_AREA)}{c.digits(10, False)}", c.letters(1) + c.digits(8), f"YB{c.digits(12)}", c.digits(9))


def zlic(c) -> str:
    return f"{c.ri(1, 2)}{c.digits(2)}{c.ch(ZH_AREA)[:2]}{c.digits(11, False)}"
