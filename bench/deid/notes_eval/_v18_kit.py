"""v18's own hand-written value pools and small helpers (names, places, identifiers, dates).

Imports from _core only the span builder, ``Ctx`` and the 身份证 check digit.
"""

# ruff: noqa: E501  (value pools)

from __future__ import annotations

import datetime as dt

from _core import Ctx, P, id_card_checksum

# fmt: off

# --------------------------------------------------------------------------- English people

EN_FIRST_F = (
    "Annika", "Beatriz", "Chiamaka", "Delphine", "Esperanza", "Fiorella", "Gwendolyn", "Halima", "Ingeborg",
    "Jolene", "Keiko", "Leilani", "Marisela", "Noor", "Oksana", "Priyanka", "Rosalind", "Saoirse", "Tamsin",
    "Ulrike", "Vesna", "Winifred", "Ximena", "Yolanda", "Zofia", "Adaeze", "Bernadette", "Thuy",
    "Magdalena", "Kalani", "Faith", "Dawn", "Sunny", "Joy", "Precious",
)
EN_FIRST_M = (
    "Anselm", "Bartholomew", "Cyprian", "Desmond", "Emeka", "Fitzgerald", "Gunnar", "Horatio", "Ignatius",
    "Jorge", "Kwabena", "Lorcan", "Mateusz", "Nnamdi", "Osvaldo", "Percival", "Quentin", "Rafferty",
    "Soren", "Tobias", "Umberto", "Vikram", "Wendell", "Yusuf", "Zebulon", "Dariusz", "Thanh", "Kealoha",
    "Bjorn", "Rusty", "Heath", "Cash", "Major", "Royal",
)
EN_LAST = (
    "de la Fuente", "van Houten", "von Ahlefeldt", "du Plessis", "Mac Giolla", "O'Shaughnessy",
    "D'Alessandro", "Ní Bhriain", "Abernathy-Okoye", "Lindqvist", "Wojciechowski", "Nakagawa", "Oyelaran",
    "Thorsdottir", "Castellanos-Ruiz", "Papadakis", "Szczepanski", "Mwangi", "Achterberg", "Fairweather",
    "Kowalczyk", "Ramaswamy", "Quintanilla", "Etxeberria", "Haddad", "Nguyen-Tran", "Ferreira da Costa",
    "ter Horst", "Le Blanc", "Gallagher", "Zielinski", "Abubakar", "Marsh", "Wolf", "Bird", "Lamb", "Rich",
    "Sharp", "Gold", "Steele", "Hart", "Underwood", "Blackwood",
)
EN_NICK = {
    "Bartholomew": "Bart", "Fitzgerald": "Fitz", "Horatio": "Race", "Percival": "Percy",
    "Gwendolyn": "Gwen", "Winifred": "Winnie", "Rosalind": "Roz", "Ignatius": "Iggy", "Zebulon": "Zeb",
    "Bernadette": "Bernie", "Magdalena": "Lena", "Quentin": "Q.T.",
}
V18_EN_WORDLIKE = (
    "faith", "dawn", "sunny", "joy", "precious", "rusty", "heath", "cash", "major", "royal", "marsh",
    "wolf", "bird", "lamb", "rich", "sharp", "gold", "steele", "hart",
)

EN_CITIES = (
    ("Walla Walla", "WA", "99362"), ("Beaufort", "SC", "29902"), ("Bemidji", "MN", "56601"),
    ("Hood River", "OR", "97031"), ("Natchitoches", "LA", "71457"), ("Keokuk", "IA", "52632"),
    ("Truth or Consequences", "NM", "87901"), ("Wahpeton", "ND", "58075"), ("Presque Isle", "ME", "04769"),
    ("Hagerstown", "MD", "21740"), ("Ottumwa", "IA", "52501"), ("Kalispell", "MT", "59901"),
    ("Nacogdoches", "TX", "75961"), ("Paducah", "KY", "42001"), ("Ypsilanti", "MI", "48197"),
    ("Pocatello", "ID", "83201"), ("Muskogee", "OK", "74401"), ("Terre Haute", "IN", "47807"),
    ("Bangor", "ME", "04401"), ("Chillicothe", "OH", "45601"), ("Hilo", "HI", "96720"),
)
EN_STREETS = (
    "Quarry Hollow Rd", "N Tamarack St", "Old Mill Pond Lane", "Bayou Teche Dr", "Ridgecrest Terrace",
    "E Cottonwood Ave", "Sandpiper Circle", "Route 9W", "Kettle Creek Blvd", "Fox Chapel Ct",
    "Larkspur Way", "S Alder Street", "County Rd 14",
)
EN_HOSP = (
    "St. Brendan's Regional Medical Center", "Three Rivers Community Hospital", "Prairie Lutheran Health",
    "Mercy Northshore Clinic", "Cascade Valley Surgical Center", "Lowcountry Women's Pavilion",
    "Bayside Kidney Associates", "Red Cedar Family Medicine", "Pinecrest Memorial Hospital",
    "Holy Redeemer Skilled Nursing",
)
EN_PHARM = (
    "Corner Drug of Keokuk", "Rx Express #4471", "Bluebonnet Apothecary", "Harbor Compounding Pharmacy",
    "Medicine Shoppe on Main",
)
EN_EMPLOYERS = (
    "Gulf Coast Shrimp Processors", "Tri-County School District", "Halvorsen Timber Co.",
    "Bright Path Daycare", "Ameriflex Packaging", "Sunrise Nail Spa", "Ironhorse Rail Services",
    "Keystone Auto Body", "Lakeview Correctional Facility", "Paloma Landscaping LLC",
)
EMAIL_DOMAINS = ("gmail.com", "yahoo.com", "outlook.com", "proton.me", "icloud.com", "aol.com")
MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
MONTH = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)


def en_person(c: Ctx, sex: str | None = None):
    sex = sex or c.pick("F", "M")
    first = c.ch(EN_FIRST_F if sex == "F" else EN_FIRST_M)
    return first, c.ch(EN_LAST), sex


def clin(c: Ctx) -> str:
    f, last, _ = en_person(c)
    return c.ch((f"{f} {last}", f"{f[0]}. {last}", last, f"{f} {last}"))


def en_full(c: Ctx, first: str, last: str) -> str:
    return c.wpick(
        (5, f"{first} {last}"),
        (2, f"{last}, {first}"),
        (1, f"{first} {last}".upper()),
        (1, f"{first[0]}. {last}"),
        (1, f"{last.upper()}, {first.upper()}"),
    )


def rdate(c: Ctx, y0: int = 2019, y1: int = 2025) -> dt.date:
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 28) - start).days))


def dob(c: Ctx, age: int) -> dt.date:
    return dt.date(2025 - age, c.ri(1, 12), c.ri(1, 28))


def en_date(c: Ctx, d: dt.date) -> str:
    sfx = "th" if 10 < d.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return c.ch(
        (
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
            f"{MONTH[d.month - 1]} {d.day}{sfx}, {d.year}",
            f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.day} {MONTH[d.month - 1][:3]} {d.year}",
            f"{d.month}/{d.day}/{d.year}",
            f"{MON[d.month - 1]} {d.day} {d.year}",
        )
    )


def en_phone(c: Ctx) -> str:
    a, b, n = c.ri(201, 989), c.ri(201, 989), c.digits(4, False)
    return c.ch((f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"{a}.{b}.{n}", f"+1 {a} {b} {n}", f"1-{a}-{b}-{n}"))


def ip4(c: Ctx) -> str:
    return c.ch(
        (
            f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
            f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
            f"{c.ri(23, 216)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
            f"192.168.{c.ri(0, 99)}.{c.ri(2, 250)}",
        )
    )


def ip6(c: Ctx) -> str:
    return "2001:db8:" + ":".join(f"{c.ri(0, 65535):x}" for _ in range(c.ri(3, 6)))


def ip_any(c: Ctx) -> str:
    return ip6(c) if c.chance(0.25) else ip4(c)


def email(c: Ctx, first: str, last: str) -> str:
    lt = "".join(ch for ch in last.lower() if ch.isalpha())[:8] or "x"
    return (
        c.ch(
            (
                f"{first.lower()}.{lt}{c.ri(1, 99)}",
                f"{first[0].lower()}{lt}",
                f"{lt}_{first.lower()}{c.ri(70, 99)}",
            )
        )
        + "@"
        + c.ch(EMAIL_DOMAINS)
    )


def en_addr(c: Ctx):
    city, st, z = c.ch(EN_CITIES)
    street = f"{c.ri(3, 9899)} {c.ch(EN_STREETS)}" + c.pick(
        "", "", f" Apt {c.ri(1, 40)}{c.ch('ABCD')}", f", Unit {c.ri(100, 420)}"
    )
    if c.chance(0.3):
        z = f"{z}-{c.digits(4, False)}"
    return street, city, st, z


def addr_line(street, city, st, z, sep=", "):
    return [
        P("ADDRESS_STREET", street),
        sep,
        P("CITY", city),
        ", ",
        P("PROVINCE_STATE", st),
        " ",
        P("POSTCODE", z),
    ]


def mrn(c):
    return c.ch(
        (c.digits(8), f"E{c.digits(7)}", f"MR-{c.digits(6)}", f"{c.digits(3)}-{c.digits(2)}-{c.digits(3)}")
    )


def acc(c):
    return c.ch(
        (
            f"CT{c.digits(2, False)}-{c.digits(6)}",
            f"S{c.ri(19, 25)}-{c.digits(5)}",
            f"ACC{c.digits(9)}",
            f"{c.digits(10)}",
        )
    )


def ssn(c):
    return f"{c.ri(100, 665)}-{c.ri(10, 99)}-{c.digits(4, False)}"


def member(c):
    return c.ch(
        (
            f"{c.letters(3)}{c.digits(9)}",
            f"W{c.digits(8)}-0{c.ri(1, 4)}",
            f"{c.ri(1, 9)}{c.letters(2)}{c.ri(1, 9)}-{c.letters(2)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}",
        )
    )


def account(c):
    return c.ch((f"{c.digits(10)}", f"HAR {c.digits(9)}", f"V{c.digits(8)}", f"FIN{c.digits(8)}"))


def npi(c):
    return c.ch(("1", "1", "2")) + c.digits(9, False)


def dea(c):
    return c.letters(2, "ABFGM")[:1] + c.letters(1) + c.digits(7, False)


def lic(c, st="state"):
    return c.ch(
        (
            f"MD{c.digits(6)}",
            f"{c.letters(1)}{c.digits(5)}",
            f"OD-{c.digits(5)}",
            f"{c.digits(2)}-{c.digits(6)}",
        )
    )


def dl(c):
    return c.ch(
        (
            f"{c.letters(1)}{c.digits(8)}",
            f"{c.digits(3)}-{c.digits(3)}-{c.digits(3)}",
            f"{c.letters(1)}{c.digits(3)}-{c.digits(4)}-{c.digits(4)}",
        )
    )


def plate(c):
    return c.ch(
        (
            f"{c.digits(1)}{c.letters(3)}{c.digits(3)}",
            f"{c.letters(3)}-{c.digits(4)}",
            f"{c.letters(2)} {c.digits(5)}",
        )
    )


def vin(c):
    return "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def serial(c):
    return c.ch(
        (
            f"SN{c.digits(8)}",
            f"{c.letters(3)}{c.digits(6)}{c.letters(1)}",
            f"{c.digits(4)}-{c.alnum(6)}",
            f"RX{c.alnum(9)}",
        )
    )


def passport(c):
    return c.ch((f"{c.digits(9)}", f"{c.letters(2)}{c.digits(7)}", f"{c.letters(1)}{c.digits(8)}"))


# --------------------------------------------------------------------------- Chinese

ZH_SUR = (
    "赵", "钱", "孙", "周", "吴", "郑", "冯", "褚", "卫", "蒋", "沈", "韩", "朱", "秦", "尤", "许", "吕", "施", "孔", "曹", "严",
    "华", "金", "魏", "陶", "姜", "戚", "谢", "邹", "喻", "柏", "窦", "章", "云", "苏", "潘", "葛", "奚", "范", "彭", "郎", "鲁",
    "韦", "昌", "苗", "凤", "俞", "任", "袁", "柳", "酆", "鲍", "史", "唐", "费", "廉", "岑", "薛", "雷", "贺", "倪", "汤", "滕",
    "殷", "罗", "毕", "郝", "邬", "安", "常", "乐", "于", "时", "傅", "卞", "齐", "康", "伍", "余", "元",
)
ZH_RARE = ("仉", "佘", "亓", "厍", "鄂", "晁", "禤", "覃", "逄", "郗", "隰", "昝", "粘", "佴", "琚", "蔺")
ZH_COMPOUND = ("欧阳", "司徒", "端木", "闻人", "钟离", "长孙", "万俟", "赫连", "第五", "濮阳", "太史", "申屠")
ZH_GIVEN = (
    "嘉怡", "子墨", "浩然", "雨桐", "志强", "秀兰", "桂芳", "建军", "思远", "婉清", "俊杰", "晓燕", "德福", "淑珍", "一鸣", "梓萱", "振华",
    "玉梅", "若曦", "家豪", "春生", "凤英", "立新", "海波", "锦程", "慧敏", "天佑", "美玲", "永福", "彩霞", "明轩", "亦菲", "国栋", "翠兰",
    "宏伟", "丽娟",
)
ZH_MINORITY = (
    "帕丽达·吐尔地", "阿卜杜热合曼·买提尼亚孜", "古丽娜尔·艾山", "巴桑卓玛", "洛桑旺堆", "额尔敦巴雅尔", "乌兰图雅", "阿说伍沙", "曲比阿果", "哈斯其其格",
    "努尔古丽·沙比提", "达瓦次仁",
)
ZH_XIAOMING = ("豆豆", "果果", "乐乐", "糖糖", "小宝", "妞妞", "壮壮", "团团", "毛毛", "多多")
ZH_PLACES = (  # province, city, district/county, roads, postcode prefix
    ("浙江省", "湖州市", "吴兴区", ("凤凰路", "苕溪西路", "红旗路"), "3130"),
    ("江西省", "赣州市", "章贡区", ("红旗大道", "文清路", "八一四大道"), "3410"),
    ("甘肃省", "天水市", "秦州区", ("民主西路", "藉河南路", "岷山路"), "7410"),
    ("广西壮族自治区", "柳州市", "城中区", ("五一路", "龙城路", "文惠路"), "5450"),
    ("黑龙江省", "牡丹江市", "东安区", ("太平路", "西三条路", "光华街"), "1570"),
    ("山东省", "潍坊市", "奎文区", ("胜利东街", "东风东街", "新华路"), "2610"),
    ("四川省", "绵阳市", "涪城区", ("临园路", "剑南路", "长虹大道"), "6210"),
    ("福建省", "泉州市", "鲤城区", ("中山中路", "温陵路", "新华北路"), "3620"),
    ("云南省", "大理白族自治州", "大理市", ("人民路", "苍山路", "洱河南路"), "6710"),
    ("湖南省", "岳阳市", "岳阳楼区", ("巴陵中路", "金鹗中路", "五里牌路"), "4140"),
)
ZH_MUNI = ("上海市", "天津市", "重庆市", "北京市")
ZH_XIAOQU = ("锦绣华庭", "翠湖名苑", "阳光新城", "梧桐雅居", "滨江一号", "金桂园", "和平里小区")
ZH_TOWN = ("双桥镇", "柳溪镇", "石门乡", "青龙镇", "太平镇")
ZH_VILLAGE = ("杨家湾村", "下河村", "沙坪村", "东岗村", "后塘村")
ZH_HOSP = (
    "{c}第一人民医院", "{c}中心医院", "{c}妇幼保健院", "{c}中医院", "{c}第二人民医院", "{d}人民医院", "{d}社区卫生服务中心",
)
ZH_HOSP_FIXED = ("仁济医院", "同仁堂中医门诊部", "协和医院", "华西医院", "湘雅二医院", "瑞金医院北院")
ZH_PHARM = ("老百姓大药房（{r}店）", "益丰大药房{r}店", "国大药房{r}分店", "海王星辰{r}店")
ZH_WORK = (
    "国网{c}供电公司", "{c}实验中学", "{c}公交集团", "中建三局{c}分公司", "{c}顺丰速运营业部", "{c}纺织有限公司", "{d}税务局", "{c}农商银行",
    "{c}人民检察院", "{c}自来水公司",
)


def zh_name(c: Ctx, kind: str = "any") -> str:
    k = kind if kind != "any" else c.wpick((6, "han"), (2, "rare"), (2, "compound"), (1, "min"))
    if k == "min":
        return c.ch(ZH_MINORITY)
    sur = c.ch({"han": ZH_SUR, "rare": ZH_RARE, "compound": ZH_COMPOUND}[k])
    g = c.ch(ZH_GIVEN)
    return sur + (g if c.chance(0.75) else g[0])


def zh_sur(name: str) -> str:
    for s in ZH_COMPOUND:
        if name.startswith(s):
            return s
    return name[0]


def zh_place(c: Ctx):
    return c.ch(ZH_PLACES)


def zh_street(c: Ctx, pl) -> str:
    if c.chance(0.25):
        return f"{pl[2]}{c.ch(ZH_TOWN)}{c.ch(ZH_VILLAGE)}{c.ri(1, 9)}组{c.ri(1, 60)}号"
    return f"{pl[2]}{c.ch(pl[3])}{c.ri(1, 399)}号" + c.pick(
        f"{c.ch(ZH_XIAOQU)}{c.ri(1, 30)}栋{c.ri(1, 4)}单元{c.ri(1, 30)}0{c.ri(1, 4)}室",
        f"{c.ri(1, 12)}号楼{c.ri(101, 2404)}室",
        "",
    )


def zh_post(c: Ctx, pl) -> str:
    return pl[4] + c.digits(2, False)


def zh_hosp(c: Ctx, pl) -> str:
    if c.chance(0.2):
        return c.ch(ZH_HOSP_FIXED)
    return c.ch(ZH_HOSP).format(c=pl[1], d=pl[2])


def zh_pharm(c: Ctx, pl) -> str:
    return c.ch(ZH_PHARM).format(r=c.ch(pl[3]))


def zh_work(c: Ctx, pl) -> str:
    return c.ch(ZH_WORK).format(c=pl[1][:-1] if pl[1].endswith("市") else pl[1], d=pl[2])


def zh_date(c: Ctx, d: dt.date) -> str:
    return c.ch(
        (
            f"{d.year}年{d.month}月{d.day}日",
            f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.year}.{d.month:02d}.{d.day:02d}",
            f"{d.year}/{d.month}/{d.day}",
            f"{d.month}月{d.day}日",
            f"{d.year}年{d.month:02d}月{d.day:02d}日",
        )
    )


def zh_phone(c: Ctx) -> str:
    m = c.ch(("138", "139", "150", "158", "186", "177", "199", "135")) + c.digits(8, False)
    return c.ch((m, m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"+86 {m}", f"0{c.ri(20, 999)}-{c.digits(8)}"))


def zh_fax(c: Ctx) -> str:
    return c.ch(
        (
            f"0{c.ri(310, 999)}-{c.digits(7)}",
            f"（0{c.ri(20, 29)}）{c.digits(8)}",
            f"0{c.ri(531, 898)}{c.digits(7)}",
        )
    )


def id_card(c: Ctx, d: dt.date, sex: str) -> str:
    area = c.ch(
        ("330502", "360702", "620502", "450202", "231002", "370705", "510703", "350502", "532901", "430602")
    )
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{area}{d.year:04d}{d.month:02d}{d.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def zh_plate(c: Ctx) -> str:
    p = c.ch(("浙E", "赣B", "甘E", "桂B", "黑C", "鲁G", "川B", "闽C", "云L", "湘F"))
    return c.ch(
        (f"{p}·{c.alnum(5)}", f"{p}{c.alnum(5)}", f"{p}·D{c.digits(5, False)}", f"{p}{c.digits(5, False)}F")
    )


def zh_passport(c: Ctx) -> str:
    return c.ch(
        (f"E{c.digits(8)}", f"EA{c.digits(7)}", f"C{c.digits(8)}", f"H{c.digits(8)}", f"{c.digits(8)}")
    )


def zh_insur(c: Ctx) -> str:
    return c.ch(
        (
            f"{c.digits(10)}",
            f"A{c.digits(9)}",
            f"{c.digits(6)}{c.letters(1)}{c.digits(5)}",
            f"P{c.digits(4)}{c.digits(10)}",
        )
    )
