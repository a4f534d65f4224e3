# Longer than 450 lines: v27's hand-written value pools (names, places, identifiers) are data.
# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)
"""v27's own hand-written value pools and helpers (README.md "v27").

From _core only the span builder (Doc, P, K) and the 身份证 check digit are used; the per-note
random context (Ctx) is the one the driver hands to every template.
"""

from __future__ import annotations

import datetime as dt

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "K", "P"]

# --------------------------------------------------------------------------- English pools

FIRST_F = (
    "Marisol",
    "Delphine",
    "Tamsin",
    "Keisha",
    "Yolanda",
    "Brigid",
    "Ximena",
    "Ludmila",
    "Priyanka",
    "Nomvula",
    "Lorraine",
    "Henrietta",
    "Mirela",
    "Ailbhe",
    "Jolene",
    "Anneliese",
    "Rukhsana",
    "Noelani",
    "Corinne",
    "Dagny",
    "Rosalind",
    "Lupita",
    "Imogen",
    "Halima",
    "Wilhelmina",
    "Esperanza",
    "Ottilie",
    "Shauna",
    "Margit",
    "Malia",
)
FIRST_M = (
    "Thaddeus",
    "Rigoberto",
    "Evander",
    "Dashiell",
    "Chidi",
    "Lorenzo",
    "Bartholomew",
    "Stellan",
    "Ambrose",
    "Tobias",
    "Jaroslav",
    "Kofi",
    "Anselm",
    "Cornelius",
    "Desmond",
    "Florian",
    "Gideon",
    "Horatio",
    "Isidore",
    "Hamish",
    "Mortimer",
    "Nikolai",
    "Osvaldo",
    "Percival",
    "Quentin",
    "Rafferty",
    "Sebastiano",
    "Tiberius",
    "Ulysses",
    "Wendell",
)
LAST = (
    "Okonkwo",
    "Vasquez-Ruiz",
    "Lindqvist",
    "Abernathy",
    "Pryzbylewski",
    "Castellanos",
    "Muldoon",
    "Zielinski",
    "Haverford",
    "Nakashima",
    "Oyelaran",
    "Thibodeaux",
    "Grabowski",
    "Fairweather",
    "Delacroix",
    "Runyon",
    "Szabo",
    "Quintanilla",
    "Brannigan",
    "Etxeberria",
    "Van Houten",
    "McCreadie",
    "Papadakis",
    "Obi-Ugwu",
    "Sorensen",
    "Tremblay",
    "Gallagher",
    "Achterberg",
    "Boudreaux",
    "Kittredge",
    "Mbeki-Hall",
    "Stavros",
    "Wojcik",
    "Benally",
    "Manygoats",
    "Tsosie",
    "Hollingsworth",
    "Albrecht",
    "Dunleavy",
    "Esterhuizen",
)
#: (city, state, ZIP prefix, area code)
US_PLACES = (
    ("Bozeman", "MT", "597", "406"),
    ("Bluefield", "WV", "247", "304"),
    ("Pikeville", "KY", "415", "606"),
    ("Gallup", "NM", "873", "505"),
    ("Duluth", "MN", "558", "218"),
    ("Bangor", "ME", "044", "207"),
    ("Yakima", "WA", "989", "509"),
    ("Lubbock", "TX", "794", "806"),
    ("Macon", "GA", "312", "478"),
    ("Flagstaff", "AZ", "860", "928"),
    ("Lafayette", "LA", "705", "337"),
    ("Asheville", "NC", "288", "828"),
    ("Rapid City", "SD", "577", "605"),
    ("Twin Falls", "ID", "833", "208"),
    ("Scranton", "PA", "185", "570"),
    ("Winnemucca", "NV", "894", "775"),
    ("Troy", "AL", "360", "334"),
    ("Montrose", "CO", "814", "970"),
    ("Ithaca", "NY", "148", "607"),
    ("Sioux City", "IA", "511", "712"),
    ("Klamath Falls", "OR", "976", "541"),
    ("Gillette", "WY", "827", "307"),
    ("Joplin", "MO", "648", "417"),
    ("Terre Haute", "IN", "478", "812"),
    ("Hazard", "KY", "417", "606"),
    ("Logan", "UT", "843", "435"),
    ("Escanaba", "MI", "498", "906"),
)
STREETS = (
    "Juniper Hollow",
    "Tamarack",
    "Old Mill Creek",
    "Sawtooth",
    "Larkspur",
    "Coal Camp",
    "Riverbend",
    "Cottonwood",
    "Ponderosa",
    "Briarwood",
    "Quarry Ridge",
    "Hawthorne",
    "Bitterroot",
    "Magnolia Bluff",
    "Sassafras",
    "Chokecherry",
    "Tanglewood",
    "Ironworks",
    "Buckeye",
    "Cedar Knoll",
    "Pinyon",
    "Foxglove",
    "Limestone",
    "Meadowlark",
)
ST_SUFFIX = ("Rd", "Road", "St", "Street", "Ave", "Dr", "Lane", "Ln", "Ct", "Way", "Pike", "Trail")
HOSP_FMT = (
    "{c} Regional Medical Center",
    "{c} Memorial Hospital",
    "St. Brendan's Hospital of {c}",
    "{c} Valley Health",
    "Mercy {c}",
    "{c} Community Hospital",
    "Good Shepherd Medical Center {c}",
    "{c} Urgent Care",
)
EMPLOYERS = (
    "Blackwater Ridge Mining LLC",
    "Consol Appalachian Coal",
    "Tri-County Poultry Processing",
    "Hartwell Steel Fabricators",
    "Sunbelt Freight Lines",
    "Cascade Timber Products",
    "Ozark Glassworks",
    "Redline Roofing & Siding",
    "Prairie Wind Energy Services",
    "Keystone Paper Mill",
    "Great Basin Drilling",
    "Northstar Cold Storage",
    "Magnolia Shipyard Inc.",
    "Piedmont Textile Co.",
    "Granite Peak Quarry",
    "Delta Rice Milling",
)
EMAIL_DOM = (
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "icloud.com",
    "aol.com",
    "protonmail.com",
    "frontier.net",
)
FOREIGN_PASS = (
    ("Germany", "C{a}{d}"),
    ("Netherlands", "N{a}{d}"),
    ("Japan", "T{a}{d}"),
    ("Mexico", "G{d}"),
    ("Canada", "A{a}{d}"),
    ("Brazil", "F{a}{d}"),
)


def en_first(c, sex=None):
    sex = sex or c.pick("M", "F")
    if c.chance(0.35):
        return (c.fen.first_name_male() if sex == "M" else c.fen.first_name_female()), sex
    return c.ch(FIRST_M if sex == "M" else FIRST_F), sex


def en_last(c):
    return c.fen.last_name() if c.chance(0.35) else c.ch(LAST)


def en_person(c, sex=None):
    f, s = en_first(c, sex)
    return f, en_last(c), s


def place(c):
    return c.ch(US_PLACES)


def zip_code(c, pl, plus4=None):
    z = pl[2] + c.digits(2, False)
    if plus4 is None:
        plus4 = c.chance(0.25)
    return z + ("-" + c.digits(4, False) if plus4 else "")


def street(c):
    s = f"{c.ri(12, 9890)} {c.ch(STREETS)} {c.ch(ST_SUFFIX)}"
    if c.chance(0.3):
        s += c.pick(
            f" Apt {c.ri(1, 40)}", f", Unit {c.ri(1, 9)}{c.letters(1, 'ABCD')}", f" #{c.ri(100, 420)}"
        )
    return s


def us_phone(c, pl=None, style=None):
    area = pl[3] if pl else c.ch(US_PLACES)[3]
    mid, last = f"{c.ri(2, 9)}{c.digits(2, False)}", c.digits(4, False)
    style = style or c.pick("paren", "dash", "dot", "plus")
    return {
        "paren": f"({area}) {mid}-{last}",
        "dash": f"{area}-{mid}-{last}",
        "dot": f"{area}.{mid}.{last}",
        "plus": f"+1 {area} {mid} {last}",
    }[style]


def hospital(c, pl=None):
    pl = pl or place(c)
    return c.ch(HOSP_FMT).format(c=pl[0])


def ssn(c):
    a = c.ri(101, 899)
    while a == 666:
        a = c.ri(101, 899)
    return f"{a}-{c.ri(10, 99)}-{c.ri(1000, 9999)}"


def npi(c):
    return "1" + c.digits(9, False)


def email(c, first, last):
    u = c.pick(
        f"{first}.{last}", f"{first[0]}{last}", f"{last}{c.ri(1, 99)}", f"{first}_{last[:4]}{c.ri(60, 99)}"
    )
    return u.lower().replace(" ", "").replace("'", "") + "@" + c.ch(EMAIL_DOM)


def ipv4(c):
    return c.pick(
        f"10.{c.ri(1, 250)}.{c.ri(0, 250)}.{c.ri(2, 250)}",
        f"{c.ri(24, 209)}.{c.ri(1, 250)}.{c.ri(0, 250)}.{c.ri(2, 250)}",
        f"172.{c.ri(16, 31)}.{c.ri(0, 250)}.{c.ri(2, 250)}",
        f"2600:1700:{c.r.randrange(16**4):x}:{c.r.randrange(16**4):x}::{c.r.randrange(16**3):x}",
    )


def plate(c):
    return c.pick(
        f"{c.digits(1)}{c.letters(3)}{c.digits(3, False)}",
        f"{c.letters(3)}-{c.digits(4, False)}",
        f"{c.letters(2)} {c.digits(5, False)}",
        f"{c.digits(3)} {c.letters(3)}",
    )


def vin(c):
    return "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(11)) + c.digits(6, False)


def us_passport(c):
    return c.pick(c.digits(9), f"A{c.digits(8, False)}")


def foreign_passport(c):
    country, fmt = c.ch(FOREIGN_PASS)
    return country, fmt.format(a=c.letters(1), d=c.digits(8 if "a" not in fmt else 7, False))


def device_serial(c):
    return c.pick(
        f"{c.letters(3)}{c.digits(6)}{c.letters(1)}",
        f"{c.digits(2)}{c.letters(2)}{c.digits(7, False)}",
        f"PX{c.digits(8)}",
        f"{c.letters(1)}{c.digits(9)}",
    )


def ddate(c, start=dt.date(2021, 1, 1), end=dt.date(2025, 6, 30)):
    return start + dt.timedelta(days=c.r.randrange((end - start).days + 1))


def dob_for_age(c, age, ref):
    return ref - dt.timedelta(days=age * 365 + c.ri(10, 350))


def age_of(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


MON = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")
MONTH = (
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


def fd(d, style):
    """English date formats."""
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us1": f"{d.month}/{d.day}/{d.year}",
        "us2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "mil": f"{d.day:02d}-{MON[d.month - 1]}-{d.year}",
        "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
        "dmy": f"{d.day} {MONTH[d.month - 1][:3]} {d.year}",
        "md": f"{d.month}/{d.day}",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
    }[style]


def dstyle(c):
    return c.ch(("us", "us", "us1", "us2", "iso", "mil", "long", "dmy"))


def clin(c, cred=True):
    """(span value, credential suffix) of a clinician."""
    f, last, _ = en_person(c)
    form = c.pick("full", "full", "init", "last")
    v = {"full": f"{f} {last}", "init": f"{f[0]}. {last}", "last": last}[form]
    suffix = c.ch((", MD", ", DO", ", RN", ", NP", ", PA-C", " MD", "")) if cred else ""
    return v, suffix


def pat_form(c, first, last):
    return c.pick(
        f"{first} {last}", f"{last.upper()}, {first.upper()}", f"{last}, {first}", f"{first} {last}"
    )


# --------------------------------------------------------------------------- Chinese pools

#: (省, 市, 区/县, 区划码, 邮编, 区号, 车牌前缀, rural)
ZH_AREAS = (
    ("河北省", "保定市", "竞秀区", "130602", "071000", "0312", "冀F", False),
    ("山西省", "大同市", "平城区", "140213", "037000", "0352", "晋B", False),
    ("辽宁省", "鞍山市", "铁东区", "210302", "114000", "0412", "辽C", False),
    ("江苏省", "徐州市", "鼓楼区", "320302", "221000", "0516", "苏C", False),
    ("浙江省", "金华市", "婺城区", "330702", "321000", "0579", "浙G", False),
    ("安徽省", "芜湖市", "镜湖区", "340202", "241000", "0553", "皖B", False),
    ("江西省", "赣州市", "章贡区", "360702", "341000", "0797", "赣B", False),
    ("山东省", "潍坊市", "奎文区", "370705", "261000", "0536", "鲁G", False),
    ("河南省", "南阳市", "卧龙区", "411303", "473000", "0377", "豫R", False),
    ("湖北省", "宜昌市", "西陵区", "420502", "443000", "0717", "鄂E", False),
    ("湖南省", "衡阳市", "蒸湘区", "430408", "421000", "0734", "湘D", False),
    ("广东省", "湛江市", "霞山区", "440803", "524000", "0759", "粤G", False),
    ("四川省", "绵阳市", "涪城区", "510703", "621000", "0816", "川B", False),
    ("贵州省", "遵义市", "汇川区", "520303", "563000", "0851", "贵C", False),
    ("陕西省", "宝鸡市", "渭滨区", "610302", "721000", "0917", "陕C", False),
    ("甘肃省", "天水市", "秦州区", "620502", "741000", "0938", "甘E", False),
    ("福建省", "泉州市", "丰泽区", "350503", "362000", "0595", "闽C", False),
    ("吉林省", "延边朝鲜族自治州", "延吉市", "222401", "133000", "0433", "吉H", False),
    ("河南省", "周口市", "郸城县", "411625", "477150", "0394", "豫P", True),
    ("甘肃省", "定西市", "岷县", "621126", "748400", "0932", "甘J", True),
    ("云南省", "昭通市", "镇雄县", "530627", "657200", "0870", "云C", True),
    ("湖南省", "邵阳市", "隆回县", "430524", "422200", "0739", "湘E", True),
    ("四川省", "凉山彝族自治州", "昭觉县", "513431", "616150", "0834", "川W", True),
    ("安徽省", "阜阳市", "临泉县", "341221", "236400", "0558", "皖K", True),
)
#: pastoral areas (布鲁氏菌病): (省, 市/盟/州, 旗/县, 区划码, 邮编, 区号, 车牌前缀)
ZH_PASTORAL = (
    ("内蒙古自治区", "锡林郭勒盟", "阿巴嘎旗", "152522", "011400", "0479", "蒙H"),
    ("内蒙古自治区", "呼伦贝尔市", "陈巴尔虎旗", "150725", "021500", "0470", "蒙E"),
    ("内蒙古自治区", "通辽市", "扎鲁特旗", "150526", "029100", "0475", "蒙G"),
    ("新疆维吾尔自治区", "塔城地区", "裕民县", "654225", "834800", "0901", "新G"),
    ("甘肃省", "甘南藏族自治州", "玛曲县", "623025", "747300", "0941", "甘P"),
    ("宁夏回族自治区", "吴忠市", "盐池县", "640323", "751500", "0953", "宁C"),
)
ZH_ROADS = (
    "建设路",
    "胜利街",
    "解放西路",
    "光明巷",
    "人民南路",
    "工农路",
    "长征大道",
    "新华北街",
    "和平路",
    "文昌街",
    "团结东路",
    "育才路",
)
ZH_ESTATES = (
    "锦绣花园",
    "翠苑小区",
    "阳光新城",
    "东湖家园",
    "金桂苑",
    "铁路宿舍",
    "纺织厂家属院",
    "幸福里",
    "御景湾",
    "丽水名邸",
)
ZH_TOWNS = ("柳河镇", "石桥镇", "双龙镇", "新集镇", "官庄镇", "白沙镇", "黄坪镇", "清水镇")
ZH_VILLAGES = ("杨家村", "前进村", "大王庄村", "桃园村", "石门村", "河西村", "刘楼村", "马鞍村")
ZH_SUR = (
    "王",
    "李",
    "张",
    "刘",
    "陈",
    "杨",
    "黄",
    "赵",
    "周",
    "吴",
    "徐",
    "孙",
    "马",
    "胡",
    "郭",
    "何",
    "罗",
    "梁",
    "宋",
    "郑",
    "谢",
    "韩",
    "唐",
    "冯",
    "于",
    "董",
    "萧",
    "程",
    "曹",
    "袁",
    "邓",
    "许",
    "傅",
    "沈",
    "曾",
    "彭",
    "吕",
    "苏",
    "卢",
    "蒋",
    "蔡",
    "贾",
    "丁",
    "魏",
    "薛",
    "叶",
    "阎",
    "余",
    "潘",
    "杜",
    "戴",
    "夏",
    "钟",
    "汪",
    "田",
    "任",
    "姜",
    "范",
    "方",
    "石",
    "姚",
    "谭",
    "廖",
    "邹",
    "熊",
    "金",
    "陆",
    "郝",
    "孔",
    "白",
    "崔",
    "康",
    "毛",
    "邱",
    "秦",
    "江",
    "史",
    "顾",
    "侯",
    "邵",
    "孟",
    "龙",
    "万",
    "段",
    "雷",
    "钱",
    "汤",
    "尹",
    "黎",
    "易",
    "常",
    "武",
    "乔",
    "贺",
    "赖",
    "龚",
    "文",
    "欧阳",
    "司马",
    "上官",
)
ZH_GIVEN_M = (
    "建国",
    "志强",
    "德福",
    "国庆",
    "晓东",
    "宏伟",
    "子轩",
    "浩然",
    "长贵",
    "永福",
    "明轩",
    "振华",
    "保国",
    "立新",
    "铁柱",
)
ZH_GIVEN_F = (
    "秀兰",
    "桂兰",
    "丽娟",
    "海燕",
    "玉珍",
    "淑芬",
    "春梅",
    "雅婷",
    "梓涵",
    "欣怡",
    "金凤",
    "凤英",
    "诗涵",
    "翠花",
    "红霞",
)
ZH_GIVEN = ZH_GIVEN_M + ZH_GIVEN_F
ZH_MONGOL = ("巴雅尔", "其木格", "乌日娜", "图门", "苏和", "娜仁花", "朝鲁", "宝音", "阿拉坦仓", "萨仁")
ZH_SMALL = ("糖糖", "果果", "乐乐", "妞妞", "壮壮", "甜甜", "小虎", "丫丫")
ZH_FOREIGN = (
    "Olusegun Adeyemi",
    "Kateryna Bondar",
    "Nguyen Van Thanh",
    "Ahmed El-Sayed",
    "Lucia Fernandez",
    "Park Ji-hoon",
    "Dmitri Sokolov",
    "Hannah Weiss",
)


def zh_name(c, sex=None):
    sex = sex or c.pick("M", "F")
    if c.chance(0.5):
        n = c.fzh.name_male() if sex == "M" else c.fzh.name_female()
    else:
        n = c.ch(ZH_SUR) + c.ch(ZH_GIVEN_M if sex == "M" else ZH_GIVEN_F)
    return n, sex


def zh_area(c, rural=None):
    pool = [a for a in ZH_AREAS if rural is None or a[7] == rural]
    return c.ch(pool)


def zh_street(c, a):
    """区/县-and-below part of an address."""
    if a[7]:
        return f"{a[2]}{c.ch(ZH_TOWNS)}{c.ch(ZH_VILLAGES)}{c.pick(f'{c.ri(1, 9)}组', f'{c.ri(1, 60)}号', '')}"
    return c.pick(
        f"{a[2]}{c.ch(ZH_ROADS)}{c.ri(1, 388)}号{c.ch(ZH_ESTATES)}{c.ri(1, 30)}栋{c.ri(1, 4)}单元{c.ri(1, 28)}0{c.ri(1, 4)}室",
        f"{a[2]}{c.ch(ZH_ROADS)}{c.ri(1, 388)}号",
        f"{a[2]}{c.ch(ZH_ESTATES)}{c.ri(1, 30)}号楼{c.ri(101, 2604)}",
    )


def zh_addr(c, a, prov=None):
    """[省] 市 区-and-below as P parts."""
    if prov is None:
        prov = c.chance(0.5)
    return [P("PROVINCE_STATE", a[0]) if prov else "", P("CITY", a[1]), P("ADDRESS_STREET", zh_street(c, a))]


def id_card(c, code6, dob, sex):
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{code6}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def mobile(c):
    p = c.ch(("13", "15", "18", "17", "19")) + str(c.ri(0, 9)) + c.digits(8, False)
    return c.pick(p, p, f"{p[:3]}-{p[3:7]}-{p[7:]}", f"{p[:3]} {p[3:7]} {p[7:]}")


def landline(c, a):
    return c.pick(
        f"{a[5]}-{c.ri(2, 8)}{c.digits(6, False)}",
        f"({a[5]}){c.ri(2, 8)}{c.digits(6, False)}",
        f"{a[5]}-{c.ri(2, 8)}{c.digits(6, False)}",
    )


def zh_plate(c, prefix):
    body = c.pick(
        f"{c.letters(1)}{c.digits(3, False)}{c.letters(1)}",
        f"{c.digits(5, False)}",
        f"D{c.letters(1)}{c.digits(4, False)}",
        f"{c.letters(2)}{c.digits(3, False)}",
    )
    if len(body) == 6:
        body = c.pick("D", "F") + c.digits(5, False)
    return prefix + c.pick("·", "", " ") + body


def zh_hosp(c, a, kind="any"):
    if kind == "county" or (kind == "any" and a[7]):
        return c.ch(
            (
                f"{a[2]}人民医院",
                f"{a[2]}中医医院",
                f"{a[2]}第二人民医院",
                f"{c.ch(ZH_TOWNS)[:-1]}镇中心卫生院",
            )
        )
    city = a[1][:2]
    return c.ch(
        (
            f"{a[1]}第一人民医院",
            f"{a[1]}中心医院",
            f"{city}市第三人民医院",
            f"{a[1]}中医院",
            f"{city}医学院附属医院",
        )
    )


def zh_license(c):
    return f"{c.ri(1, 2)}{c.digits(2, False)}{c.ri(1, 6)}{c.digits(11, False)}"


def zd(d, style):
    """Chinese date formats."""
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "dash": d.isoformat(),
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "md": f"{d.month}月{d.day}日",
    }[style]


def zstyle(c):
    return c.ch(("cn", "cn", "cn0", "dash", "dot", "slash"))


def hk_permit(c):
    return c.pick(f"C{c.letters(1)}{c.digits(7, False)}", f"E{c.digits(8, False)}", f"H{c.digits(8, False)}")
