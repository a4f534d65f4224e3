"""v21's own hand-written value pools and renderers (no value comes from Faker).

From _core it takes only the builder (Doc, P, K, join) and the 身份证 check digit; every name,
place, employer, hospital and identifier shape below was written for v21 (README.md "v21").
"""

# ruff: noqa: E501
# fmt: off

from __future__ import annotations

import datetime as dt

from _core import K, P, id_card_checksum

__all__ = ["K", "P"]

# ------------------------------------------------------------------ English people
EN_FIRST_F = ("Ngozi", "Siobhan", "Priyanka", "Zainab", "Aroha", "Inés", "Yesenia", "Leilani", "Ifeoma", "Ximena", "Ludmila", "Chiara", "Thuy", "Aigerim", "Marisol", "Bronwyn", "Oksana", "Fatoumata", "Kalani", "Renée", "Dagny", "Esperanza", "Hazel", "Dawn", "Iris", "Olive", "Pearl", "Mercy", "Ivy", "June", "Summer", "Ginger")
EN_FIRST_M = ("Thiago", "Dmitri", "Kofi", "Tomasz", "Oluwaseun", "Rustam", "Haruto", "Colm", "Mateus", "Farrukh", "Søren", "Rajesh", "Emeka", "Anh", "Björn", "José", "Cormac", "Tevita", "Eldridge", "Lamar", "Augustin", "Wendell", "Rusty", "Forrest", "Clay", "Hunter", "Rocky", "Heath", "Sonny", "Chance", "Bishop", "Major")
EN_LAST = ("O'Donnell", "D'Amico", "van der Berg", "De la Cruz", "Nguyen-Tran", "Al-Farsi", "Okonkwo", "Kowalczyk", "Brennan", "Achterberg", "Szabó", "Nakashima", "Oyelaran", "Halvorsen", "Castañeda", "Ó Súilleabháin", "Ferreira-Lopes", "Bhattacharya", "Lindqvist", "St. Pierre", "MacAskill", "Papadakis", "Yilmaz", "Abernathy", "Whitlock", "Quiñones", "ten Brink", "Dufresne", "Kaur", "Tuilagi", "Petrosyan", "Mwangi", "Baker", "Stone", "Rivers", "Hill", "Fields", "Mason", "Price", "Bush", "Short", "Winter", "Love", "Gay", "Sparks", "Frost")
NICK = {"Margaret": "Peggy", "Robert": "Bobby", "Elizabeth": "Libby", "William": "Billy", "Theodore": "Teddy", "Josephine": "Josie", "Francis": "Frankie", "Dolores": "Lola", "Alejandro": "Jandro", "Cornelius": "Neil", "Dorothy": "Dot", "Richard": "Dickie", "Eleanor": "Nell", "Charles": "Chuck", "Patricia": "Trish", "Mildred": "Millie", "Harold": "Hal", "Guadalupe": "Lupe", "Rosalind": "Roz", "Jerome": "Romy"}
#: v21 names (and name parts) that are ordinary English words
V21_EN_WORDLIKE = ("hazel", "dawn", "iris", "olive", "pearl", "mercy", "ivy", "june", "summer", "ginger", "rusty", "forrest", "clay", "hunter", "rocky", "heath", "sonny", "chance", "bishop", "major", "baker", "stone", "rivers", "hill", "fields", "mason", "price", "bush", "short", "winter", "love", "gay", "sparks", "frost", "dot", "hal", "nell", "chuck", "neil", "billy", "lupe", "trish", "romy", "roz", "peggy", "libby", "teddy", "josie", "lola", "millie")
CLIN = ("Anneliese Vogt", "Kwabena Asare", "Harriet Oduya", "Mihail Dragomir", "Leticia Barrón", "Callum Fitzgerald", "Samira Haddad", "Noboru Ishikawa", "Greta Sandvik", "Desmond Achebe", "Paloma Iturbe", "Viktor Hrabal", "Rosalie Thibodeaux", "Amadou Diallo", "Tessa Kilbride", "Yusuf Demir", "Wren Holloway", "Ignatius Mbah", "Brooke Amsel", "Hollis Varga")
CITY_US = (("Laramie", "WY", "Wyoming", "82070"), ("Bozeman", "MT", "Montana", "59715"), ("Ames", "IA", "Iowa", "50010"), ("Hattiesburg", "MS", "Mississippi", "39401"), ("Keene", "NH", "New Hampshire", "03431"), ("Klamath Falls", "OR", "Oregon", "97601"), ("Paducah", "KY", "Kentucky", "42001"), ("Minot", "ND", "North Dakota", "58701"), ("Bangor", "ME", "Maine", "04401"), ("Roswell", "NM", "New Mexico", "88201"), ("Muncie", "IN", "Indiana", "47303"), ("Enid", "OK", "Oklahoma", "73701"), ("Pocatello", "ID", "Idaho", "83201"), ("Rutland", "VT", "Vermont", "05701"), ("Lufkin", "TX", "Texas", "75901"), ("Opelika", "AL", "Alabama", "36801"), ("Valdosta", "GA", "Georgia", "31601"), ("Sandusky", "OH", "Ohio", "44870"), ("Watertown", "SD", "South Dakota", "57201"), ("Elko", "NV", "Nevada", "89801"), ("Hilo", "HI", "Hawaii", "96720"), ("Fairbanks", "AK", "Alaska", "99701"), ("Dubuque", "IA", "Iowa", "52001"), ("Kalispell", "MT", "Montana", "59901"))
STREET = ("Tamarack Ln", "Quarry Rd", "Old Mill Pike", "Juniper Ct", "Cottonwood Dr", "Bellwether Ave", "Hollis St", "Ridgeback Trl", "Saddlehorn Way", "Larchmont Blvd", "Cypress Bend", "N Depot St", "County Road 14", "Harrow Pl", "Ferncliff Ave", "Prairie Rose Dr")
UNIT = ("Apt 3B", "Unit 12", "#204", "Apt 1", "Lot 37", "Suite 5")
EMPLOYER = ("Hartwell Grain Cooperative", "Blue Heron Casino", "Kessler Tool & Die", "Midvale School District", "Pinecrest Poultry", "Lakeshore Rail Yard", "Cascadia Pulp Mill", "Sorensen Roofing LLC", "First Prairie Credit Union", "Tri-County Transit", "Ortiz Family Dairy", "Granite Ridge Quarry", "Copperline Wireless", "Bayview Cannery", "Dunleavy Foundry", "Northgate Distribution Center", "Calloway Sheet Metal", "Red Mesa Wind Farm")
HOSP = ("St. Brendan Regional Medical Center", "Mercy Ridge Hospital", "Coldwater Valley Hospital", "Harlan Memorial Hospital", "Larkspur Children's Hospital", "Tamarind Bay Surgery Center", "Willow Glen Care Center", "Keystone Reference Laboratory", "Sagebrush Community Clinic", "Eastfork Burn Center")
PHARM = ("Cobblestone Pharmacy", "Dunmore Drug", "Prairie Apothecary", "Kettle Creek Pharmacy")
EMAIL_DOM = ("fastmail.com", "gmail.com", "outlook.com", "yahoo.com", "protonmail.com", "icloud.com")
WORDS = ("otter", "maple", "lark", "bison", "comet", "delta", "fjord", "sable")

# ------------------------------------------------------------------ Chinese people and places
ZH_SUR = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯邓曹彭曾"
ZH_SUR_RARE = ("訾", "冼", "亓", "禤", "鞠", "逄", "昝", "笪", "郗", "蔺", "阚", "寇", "欧阳", "上官", "司徒", "皇甫", "端木", "呼延", "万俟", "第五")
ZH_GIVEN = ("秀兰", "建国", "桂芳", "志强", "淑珍", "海燕", "文博", "雨桐", "子涵", "国庆", "玉梅", "德胜", "晓峰", "婉清", "俊杰", "春生", "丽娟", "一鸣", "诗雨", "永福", "梦瑶", "振华", "翠英", "明轩", "凤", "勇", "静", "磊", "芸", "杰")
ZH_MINORITY = ("阿依古丽·买买提", "热依拉·艾尔肯", "扎西顿珠", "格桑卓玛", "巴特尔", "其木格", "阿卜杜热合曼·吐尔逊", "次仁央金", "莫日根", "古丽娜尔·托合提")
ZH_XIAOMING = ("豆豆", "乐乐", "糖糖", "果果", "壮壮", "妞妞", "球球", "多多", "团团", "小米")
ZH_LATIN = ("Nguyen Thi Hoa", "Park Ji-woo", "Anna Kowalska", "Mohammed Al-Rashid", "Tanaka Yuki", "Olga Petrova", "Somchai Wongsakul", "Juan Pablo Herrera", "Aisha Bello", "Lars Eriksen")
# (省, 市, [(区/县, 区划码)], 邮编)
ZH_PLACE = (("江西省", "赣州市", (("章贡区", "360702"), ("兴国县", "360732")), "341000"), ("甘肃省", "天水市", (("秦州区", "620502"), ("麦积区", "620503")), "741000"), ("广西壮族自治区", "柳州市", (("城中区", "450202"), ("鱼峰区", "450203")), "545000"), ("湖南省", "岳阳市", (("岳阳楼区", "430602"), ("平江县", "430626")), "414000"), ("山东省", "潍坊市", (("奎文区", "370705"), ("昌乐县", "370725")), "261000"), ("四川省", "绵阳市", (("涪城区", "510703"), ("三台县", "510722")), "621000"), ("福建省", "漳州市", (("芗城区", "350602"), ("平和县", "350628")), "363000"), ("河北省", "邢台市", (("襄都区", "130502"), ("临城县", "130522")), "054000"), ("云南省", "曲靖市", (("麒麟区", "530302"), ("宣威市", "530381")), "655000"), ("浙江省", "台州市", (("椒江区", "331002"), ("黄岩区", "331003")), "318000"), ("安徽省", "芜湖市", (("镜湖区", "340202"), ("鸠江区", "340207")), "241000"), ("吉林省", "四平市", (("铁西区", "220302"), ("梨树县", "220322")), "136000"))
ZH_ROAD = ("红旗大道", "青年路", "滨江东路", "建设北街", "文昌路", "解放西路", "桃源路", "长征路", "新华南街", "人民东路")
ZH_ESTATE = ("锦绣家园", "金桂苑", "翠湖小区", "阳光水岸", "和平里小区", "东方名都", "樟树湾")
ZH_TOWN = ("长冈乡", "白石镇", "三岔镇", "黄桥镇", "龙湾镇", "柳溪乡")
ZH_VILLAGE = ("塘石村", "杨家坪村", "新民村", "下湾村", "石门村")
ZH_UNIT_KIND = ("阀门有限公司", "食品厂", "物流有限公司", "实验小学", "建筑工程公司", "纺织有限公司", "供电所", "农商银行营业部", "机械制造厂", "中心幼儿园")
ZH_UNIT_MID = ("宏盛", "嘉禾", "恒通", "瑞丰", "东兴", "永泰", "华宇", "顺达")
ZH_HOSP_KIND = ("人民医院", "第二人民医院", "中医院", "妇幼保健院", "中心医院", "第三人民医院")
ZH_PLATE_PREFIX = {"江西省": "赣", "甘肃省": "甘", "广西壮族自治区": "桂", "湖南省": "湘", "山东省": "鲁", "四川省": "川", "福建省": "闽", "河北省": "冀", "云南省": "云", "浙江省": "浙", "安徽省": "皖", "吉林省": "吉"}
ZH_MAIL = ("163.com", "qq.com", "126.com", "sina.com", "foxmail.com")
CN_DIG = "零一二三四五六七八九"


# ------------------------------------------------------------------ helpers
def person_en(c, sex=None):
    sex = sex or c.pick("F", "M")
    if c.chance(0.2):
        full, nick = c.ch(tuple(NICK.items()))
    else:
        full, nick = c.ch(EN_FIRST_F if sex == "F" else EN_FIRST_M), None
    return {"first": full, "last": c.ch(EN_LAST), "nick": nick, "sex": sex}


def full(p):
    return f"{p['first']} {p['last']}"


def lastfirst(p, upper=False):
    s = f"{p['last']}, {p['first']}"
    return s.upper() if upper else s


def clin(c):
    return c.ch(CLIN)


def clin_first(c):
    return clin(c).split()[0]


def initials(name):
    return "".join(w[0] for w in name.split()).upper()


def date_en(c, d, style=None):
    style = style or c.pick("slash", "slash", "iso", "mon", "long", "short", "dmy")
    mon = d.strftime("%b").upper()
    return {"slash": f"{d.month:02d}/{d.day:02d}/{d.year}", "iso": d.isoformat(), "mon": f"{d.day:02d}-{mon}-{d.year}",
            "long": f"{d.strftime('%B')} {d.day}, {d.year}", "short": f"{d.month}/{d.day}/{d.year % 100:02d}", "dmy": f"{d.day} {d.strftime('%b')} {d.year}"}[style]


def rday(c, y0=2019, y1=2024):
    return dt.date(y0, 1, 1) + dt.timedelta(days=c.ri(0, (y1 - y0 + 1) * 365 - 2))


def dob_for(c, age, ref):
    return dt.date(ref.year - age - (1 if c.chance(0.5) else 0), c.ri(1, 12), c.ri(1, 28))


def days(d, n):
    return d + dt.timedelta(days=n)


def addr_us(c):
    city, st, stfull, z = c.ch(CITY_US)
    street = f"{c.ri(12, 9870)} {c.ch(STREET)}" + (f", {c.ch(UNIT)}" if c.chance(0.3) else "")
    zipv = z if c.chance(0.7) else f"{z}-{c.digits(4, False)}"
    return {"street": street, "city": city, "st": st if c.chance(0.7) else stfull, "zip": zipv, "stfull": stfull}


def addr_lines(a):
    """[street] [city], [ST] [zip] as put() items."""
    return [P("ADDRESS_STREET", a["street"]), ", ", P("CITY", a["city"]), ", ", P("PROVINCE_STATE", a["st"]), " ", P("POSTCODE", a["zip"])]


def phone_us(c):
    a, b, n = c.ri(201, 989), c.ri(201, 989), c.digits(4, False)
    return c.pick(f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"{a}.{b}.{n}", f"+1 {a} {b} {n}")


def email_en(c, p):
    f, ln = p["first"].lower(), p["last"].lower().replace(" ", "").replace("'", "")
    return c.pick(f"{f}.{ln}{c.ri(1, 99)}", f"{f[0]}{ln}", f"{ln}.{c.ch(WORDS)}") + "@" + c.ch(EMAIL_DOM)


def ssn(c):
    return f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.digits(4)}"


def mrn(c):
    return c.pick(c.digits(8), "M" + c.digits(7), f"{c.digits(3)}-{c.digits(2, False)}-{c.digits(3, False)}")


def acct(c):
    return c.pick(c.digits(10), "V" + c.digits(9), f"{c.digits(4)}{c.digits(6, False)}")


def accession(c, pre):
    return f"{pre}{c.ri(19, 24)}-{c.digits(6, False)}"


def member(c):
    return c.pick(c.letters(3) + c.digits(9), "W" + c.digits(10), c.digits(3) + c.letters(2) + c.digits(5))


def mbi(c):
    return f"{c.ri(1, 9)}{c.letters(1)}{c.alnum(1)}{c.ri(0, 9)}-{c.letters(1)}{c.alnum(1)}{c.ri(0, 9)}-{c.letters(2)}{c.digits(2, False)}"


def npi(c):
    return c.pick("1", "2") + c.digits(9, False)


def lic(c, st):
    return c.pick(f"{st[:2].upper()}-{c.digits(6)}", f"MD{c.digits(5)}", f"{c.letters(2)}{c.digits(7)}")


def dl(c):
    return c.pick(c.letters(1) + c.digits(8), f"{c.digits(3)}-{c.digits(3, False)}-{c.digits(3, False)}", c.letters(2) + c.digits(6))


def plate_us(c):
    return c.pick(f"{c.ri(1, 9)}{c.letters(3)}{c.digits(3, False)}", f"{c.letters(3)} {c.digits(4)}", f"{c.letters(2)}-{c.digits(4)}")


def vin(c):
    return c.ch("123456789JKLSW") + c.alnum(7) + c.ch("0123456789X") + c.alnum(8)


def serial(c):
    return c.pick(c.letters(3) + c.digits(6), c.letters(2) + c.digits(7) + c.letters(1), c.digits(4) + c.letters(2) + c.digits(4))


def passport_en(c):
    return c.pick(c.digits(9), c.letters(2) + c.digits(7), c.letters(1) + c.digits(8))


def ip4(c):
    return f"{c.pick(10, 172, 192, 64, 98)}.{c.ri(0, 254)}.{c.ri(0, 254)}.{c.ri(2, 254)}"


def ip6(c):
    return "2001:db8:" + ":".join(f"{c.ri(0, 65535):x}" for _ in range(4))


def url(c, host, path):
    return f"https://{host}/{path}/{c.token(8)}"


def age90(c):
    return c.ri(90, 104)


# ------------------------------------------------------------------ Chinese helpers
def name_zh(c, kind="any"):
    k = kind if kind != "any" else c.wpick((7, "han"), (2, "rare"), (1, "min"))
    if k == "min":
        return c.ch(ZH_MINORITY)
    sur = c.ch(ZH_SUR) if k == "han" else c.ch(ZH_SUR_RARE)
    return sur + c.ch(ZH_GIVEN)


def surname_zh(c):
    return c.ch(ZH_SUR) if c.chance(0.75) else c.ch(ZH_SUR_RARE)


def place_zh(c):
    prov, city, dists, zipc = c.ch(ZH_PLACE)
    dist, code = c.ch(dists)
    if dist.endswith("县") and c.chance(0.6):
        street = f"{dist}{c.ch(ZH_TOWN)}{c.ch(ZH_VILLAGE)}{c.ri(1, 9)}组{c.ri(2, 88)}号"
    else:
        street = f"{dist}{c.ch(ZH_ROAD)}{c.ri(3, 399)}号{c.ch(ZH_ESTATE)}{c.ri(1, 28)}栋{c.ri(1, 4)}单元{c.ri(1, 26)}0{c.ri(1, 4)}室"
    return {"prov": prov, "city": city, "street": street, "zip": zipc[:4] + c.digits(2, False) if c.chance(0.4) else zipc, "code": code}


def addr_zh(pl, with_prov=True):
    return [P("PROVINCE_STATE", pl["prov"]) if with_prov else "", P("CITY", pl["city"]), P("ADDRESS_STREET", pl["street"])]


def hosp_zh(c, pl=None):
    pl = pl or place_zh(c)
    return pl["city"] + c.ch(ZH_HOSP_KIND)


def unit_zh(c, pl=None):
    pl = pl or place_zh(c)
    return pl["city"][:-1] + c.ch(ZH_UNIT_MID) + c.ch(ZH_UNIT_KIND)


def id_card_zh(c, code, dob, sex):
    body = f"{code}{dob.year:04d}{dob.month:02d}{dob.day:02d}{c.ri(0, 99):02d}{c.ch('13579' if sex == 'M' else '02468')}"
    return body + id_card_checksum(body)


def date_zh(c, d, style=None):
    style = style or c.pick("cn", "cn", "iso", "dot", "slash", "md")
    return {"cn": f"{d.year}年{d.month}月{d.day}日", "iso": d.isoformat(), "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
            "slash": f"{d.year}/{d.month}/{d.day}", "md": f"{d.month}月{d.day}日"}[style]


def mobile(c):
    m = c.ch(("139", "138", "186", "150", "177", "199", "135", "158")) + c.digits(8, False)
    return c.pick(m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}", "+86 " + m)


def landline(c):
    return f"0{c.ri(310, 939)}-{c.ri(2, 8)}{c.digits(6, False)}"


def plate_zh(c, pl):
    return ZH_PLATE_PREFIX[pl["prov"]] + c.letters(1) + c.pick("·", "", " ") + c.alnum(5)


def email_zh(c):
    return c.pick(c.letters(1).lower() + c.letters(2).lower() + c.digits(4, False), c.token(6).lower(), c.digits(9)) + "@" + c.ch(ZH_MAIL)


def license_zh(c):
    return f"{c.ri(1, 2)}{c.digits(2, False)}{c.ri(11, 65)}{c.digits(11, False)}"


def cn_num(n):
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIG[t]) + "十" + (CN_DIG[u] if u else "") if n < 100 else "一百" + ("零" + CN_DIG[n - 100] if n > 100 else "")


def passport_zh(c):
    return c.pick(("护照", "E" + c.digits(8, False)), ("护照", "EA" + c.digits(7, False)), ("港澳通行证", "C" + c.digits(8, False)), ("台胞证", c.digits(8)))
