# Longer than 450 lines: v28's hand-written value pools are data, kept beside the few helpers that draw from them.
"""v28's own hand-written value pools and small helpers (written fresh for v28; from _core only
Doc, P, K and id_card_checksum). Every draw goes through the note's Ctx, so a note is a pure
function of its seed."""

# ruff: noqa: E501  (value pools)

from __future__ import annotations

import datetime as dt

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "K", "P"]

# --------------------------------------------------------------------------- English names
EN_F = """Wrenna Odalys Marguerite Saoirse Anneliese Temperance Yesenia Zuzana Ngozi Parveen Elodie
Henrietta Rosalind Bethan Kalinda Yolanda Esperanza Thandiwe Margit Siobhan Leocadia Imogen Philippa
Gwendolyn Araceli Oluwaseun Berenice Clementine Jacinta Lorelei Fenella Cordelia Nkechi Sunniva""".split()
EN_M = """Barnaby Cosimo Lysander Osvaldo Ignatius Fitzgerald Leopold Matthias Ruairi Benedikt Octavio
Tobiah Cornelius Emeka Ferdinand Augustin Reinhold Caspian Lazarus Obadiah Percival Sigmund Thaddaeus
Wendell Yusuf Zebulon Ingram Cyprian Gustavo Mordecai Radomir Anatole Florian Kwabena""".split()
#: first names that are ordinary English words (the set lists them as word-like)
EN_WORDLIKE_F = ["Hazel", "Ivy", "Pearl", "Clover", "Honor", "Meadow", "Briar", "Sparrow"]
EN_WORDLIKE_M = ["Forest", "Cash", "Ransom", "Fielding", "Reed", "Heath", "Booker"]
EN_SUR = """Abernathy Quisenberry Oyelaran Vandergriff Szczepanski Castellanos Fairweather Mulcahy
Okafor-Reyes Thistlewood Brannigan Dziedzic Halvorsen Villaseñor Kowalczuk Pemberton Rasmussen-Lee
Achterberg Nwachukwu Ballantyne Featherstone Yellowhorse Tsinajinnie Quintanilla Drummond Iwasaki
Marchetti Ogunbanjo Lachapelle Whitmore Zielinski Aguilar-Soto Hargreaves Lindgren Papadakis Boateng
Sandoval Kerrigan Delacroix Oyelowo Haverkamp Fitzwilliam Nakashima Strzelecki Montgomery Abiodun""".split()
EN_WORDLIKE_SUR = ["Bishop", "Marsh", "Sparks", "Castle", "Hollow", "Vane", "Cotton", "Baker"]
EN_WORDLIKE = EN_WORDLIKE_F + EN_WORDLIKE_M + EN_WORDLIKE_SUR

# town, state, ZIP prefix, area code
EN_TOWNS = [
    ("Kalispell", "MT", "599", "406"),
    ("Beckley", "WV", "258", "304"),
    ("Paducah", "KY", "420", "270"),
    ("Farmington", "NM", "874", "505"),
    ("Hibbing", "MN", "557", "218"),
    ("Presque Isle", "ME", "047", "207"),
    ("Wenatchee", "WA", "988", "509"),
    ("Abilene", "TX", "796", "325"),
    ("Valdosta", "GA", "316", "229"),
    ("Prescott", "AZ", "863", "928"),
    ("Houma", "LA", "703", "985"),
    ("Hickory", "NC", "286", "828"),
    ("Aberdeen", "SD", "574", "605"),
    ("Pocatello", "ID", "832", "208"),
    ("Altoona", "PA", "166", "814"),
    ("Elko", "NV", "898", "775"),
    ("Dothan", "AL", "363", "334"),
    ("Durango", "CO", "813", "970"),
    ("Oneonta", "NY", "138", "607"),
    ("Ottumwa", "IA", "525", "641"),
    ("Coos Bay", "OR", "974", "541"),
    ("Sheridan", "WY", "828", "307"),
    ("Sedalia", "MO", "653", "660"),
    ("Muncie", "IN", "473", "765"),
    ("Marquette", "MI", "498", "906"),
    ("Enid", "OK", "737", "580"),
    ("Stillwater", "OK", "740", "405"),
]
EN_STREET_NAMES = """Quarry Hollow Tamarack Juniper Ridge Millrace Cottonwood Sawmill Orchard Glen Larkspur
Pinion Creamery Depot Wagon Wheel Foundry Bluestem Sandhill Willowbend Old Ferry Chestnut Hill Beacon
Cranberry Bog Ironwood Prairie Rose Saltbox Harbor View Hemlock Tannery""".split("\n")
EN_STREET_WORDS = [w.strip() for line in EN_STREET_NAMES for w in line.split(" ") if w.strip()]
EN_SUFFIX = ["St", "Ave", "Rd", "Ln", "Dr", "Ct", "Way", "Blvd", "Pkwy", "Terrace", "Loop", "Trail"]
EN_HOSP = [
    "{t} Regional Medical Center",
    "St. Ansgar Hospital of {t}",
    "{t} Valley Health",
    "Good Shepherd Hospital {t}",
    "{t} Memorial Hospital",
    "Mercy Basin Medical Center",
    "Northridge Community Hospital",
    "Bayard Clinic {t}",
    "{t} General Hospital",
    "Hollis-Whitcombe University Hospital",
    "Tri-County Infirmary",
    "Our Lady of Pines Hospital",
]
EN_EMPLOYERS = [
    "Red Butte Gravel Co.",
    "Kessler Cold Storage",
    "Pinecrest School District",
    "Hadley & Sons Roofing",
    "Northfork Rural Electric Cooperative",
    "Bramble Logistics LLC",
    "Sawtooth Lumber Mill",
    "Valley Poultry Processors",
    "Grainger Ridge Wind Farm",
    "Ostrander Auto Body",
    "Lakeshore Casino Resort",
    "Meridian Call Center",
    "Copperline Railcar Services",
    "St. Ansgar Parish School",
    "Harbor Seafood Cannery",
    "Twin Spruce Dairy",
]
EN_DOMAINS = ["mailbox.net", "fastpost.com", "prairiemail.org", "kestrelnet.com", "postbox.us", "mymail.io"]

# --------------------------------------------------------------------------- Chinese names
ZH_SUR = list(
    "赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯管卢莫房解应宗丁宣邓郁单杭洪包诸左石崔吉龚程邢裴陆荣翁荀甄曲封芮储靳焦牧山谷车侯班仰秋仲伊宫宁仇栾暴甘厉戎祖武符刘景詹龙叶幸司黎蓟白怀蒲台从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍桑桂濮牛寿通边扈燕冀浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾沙养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公"
)
ZH_COMPOUND = [
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "皇甫",
    "慕容",
    "令狐",
    "司徒",
    "夏侯",
    "端木",
    "公孙",
    "尉迟",
    "长孙",
    "宇文",
    "南宫",
    "呼延",
    "澹台",
    "百里",
]
ZH_GIVEN_M = [
    "浩然",
    "子墨",
    "俊熙",
    "宏伟",
    "国栋",
    "振华",
    "立群",
    "家豪",
    "耀祖",
    "铭轩",
    "博文",
    "天佑",
    "承志",
    "泽宇",
    "树林",
    "长青",
    "德胜",
    "永康",
    "锦程",
    "守仁",
    "弘毅",
    "嘉懿",
    "庆丰",
    "士杰",
    "望舒",
    "之恒",
    "鹤鸣",
    "景行",
    "晓东",
    "卫国",
]
ZH_GIVEN_F = [
    "婉清",
    "若曦",
    "静怡",
    "雨桐",
    "梦瑶",
    "慧敏",
    "秀兰",
    "桂芳",
    "玉珍",
    "淑贤",
    "晓燕",
    "佳琪",
    "紫萱",
    "书瑶",
    "诗涵",
    "美玲",
    "翠萍",
    "凤英",
    "海霞",
    "丽娟",
    "月娥",
    "雪梅",
    "采薇",
    "念慈",
    "芷若",
    "巧云",
    "玉兰",
    "春花",
    "素琴",
    "宛如",
]
ZH_SINGLE = ["强", "磊", "静", "敏", "伟", "芳", "军", "娜", "勇", "艳", "杰", "丹", "斌", "霞", "鹏", "莉"]
# minority names (Uyghur / Kazakh with the middle dot, Tibetan, Yi, Mongolian, Hui)
ZH_MINORITY_M = [
    "阿卜杜拉·买买提",
    "努尔兰·哈森",
    "扎西顿珠",
    "洛桑旺堆",
    "阿苏木呷",
    "巴特尔",
    "马海麦",
    "艾尔肯·司马义",
    "朝鲁门",
]
ZH_MINORITY_F = [
    "古丽娜尔·吐尔逊",
    "热依拉·阿不都热合曼",
    "次仁央金",
    "格桑卓玛",
    "吉克阿依",
    "乌日娜",
    "其其格",
    "斯琴高娃",
    "迪丽拜尔·艾力",
    "阿依古丽·吾斯曼",
    "白玛措姆",
]
ZH_MINORITY = ZH_MINORITY_M + ZH_MINORITY_F
ZH_FOREIGN_M = [
    "Henrik Solberg",
    "Mateus Carvalho",
    "Rashid Karimov",
    "Tomasz Wrobel",
    "Samuel Ofori",
    "Kwame Asante",
    "Dmitri Volkonsky",
]
ZH_FOREIGN_F = [
    "Amara Diallo",
    "Yuki Tanabe",
    "Olena Kravets",
    "Ingrid Vestergaard",
    "Priya Raghunathan",
    "Lucía Beltrán",
    "Nguyen Thi Hoa",
]
ZH_FOREIGN = ZH_FOREIGN_M + ZH_FOREIGN_F
ZH_XIAOMING = ["豆豆", "乐乐", "糖糖", "果果", "壮壮", "妞妞", "小宝", "团团", "朵朵", "石头"]

# 省, 市, 区/县, 区划码, 邮编 prefix, 区号, plate prefix
ZH_AREAS = [
    ("河北省", "邢台市", "信都区", "130502", "054", "0319", "冀E"),
    ("山西省", "长治市", "潞州区", "140403", "046", "0355", "晋D"),
    ("辽宁省", "锦州市", "古塔区", "210702", "121", "0416", "辽G"),
    ("吉林省", "四平市", "铁西区", "220302", "136", "0434", "吉C"),
    ("黑龙江省", "牡丹江市", "东安区", "231002", "157", "0453", "黑C"),
    ("江苏省", "盐城市", "亭湖区", "320902", "224", "0515", "苏J"),
    ("浙江省", "台州市", "椒江区", "331002", "318", "0576", "浙J"),
    ("安徽省", "蚌埠市", "龙子湖区", "340302", "233", "0552", "皖C"),
    ("福建省", "漳州市", "芗城区", "350602", "363", "0596", "闽E"),
    ("江西省", "九江市", "浔阳区", "360403", "332", "0792", "赣G"),
    ("山东省", "临沂市", "兰山区", "371302", "276", "0539", "鲁Q"),
    ("河南省", "新乡市", "红旗区", "410702", "453", "0373", "豫G"),
    ("湖北省", "荆州市", "沙市区", "421002", "434", "0716", "鄂D"),
    ("湖南省", "岳阳市", "岳阳楼区", "430602", "414", "0730", "湘F"),
    ("广东省", "湛江市", "赤坎区", "440802", "524", "0759", "粤G"),
    ("广西壮族自治区", "柳州市", "城中区", "450202", "545", "0772", "桂B"),
    ("四川省", "南充市", "顺庆区", "511302", "637", "0817", "川R"),
    ("贵州省", "安顺市", "西秀区", "520402", "561", "0851", "贵G"),
    ("云南省", "曲靖市", "麒麟区", "530302", "655", "0874", "云D"),
    ("陕西省", "汉中市", "汉台区", "610702", "723", "0916", "陕F"),
    ("甘肃省", "天水市", "麦积区", "620503", "741", "0938", "甘E"),
    ("新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁县", "654021", "835", "0999", "新F"),
    ("西藏自治区", "日喀则市", "桑珠孜区", "540202", "857", "0892", "藏D"),
    ("四川省", "凉山彝族自治州", "布拖县", "513429", "616", "0834", "川W"),
]
ZH_ROADS = [
    "建设路",
    "解放南路",
    "光明街",
    "文化北路",
    "滨江大道",
    "迎宾路",
    "朝阳东街",
    "人民西路",
    "新华巷",
    "育才路",
    "胜利街",
    "和平里",
    "工农路",
    "青年路",
    "桃源街",
    "振兴大道",
    "康宁路",
    "纺织厂路",
]
ZH_ESTATES = [
    "阳光花园",
    "锦绣家园",
    "翠湖小区",
    "金色港湾",
    "幸福里",
    "丽景苑",
    "书香门第",
    "供电局宿舍",
    "东方明珠城",
    "龙湾新村",
]
ZH_TOWNS = ["石桥镇", "马头镇", "黄泥乡", "清水河镇", "柳林镇", "新集乡"]
ZH_VILLAGES = ["前进村", "李家庄村", "红星村", "下湾村", "王岗村", "大坪村"]
ZH_EMPLOYERS = [
    "宏达建材有限公司",
    "天成物流股份有限公司",
    "红星纺织厂",
    "新兴食品加工有限公司",
    "顺通汽车运输公司",
    "第三中学",
    "市自来水公司",
    "鑫源煤矿",
    "金穗农业合作社",
    "华晨电子科技有限公司",
    "东方海运有限公司",
    "城南幼儿园",
]
ZH_HOSP_T = [
    "{c}第一人民医院",
    "{c}中心医院",
    "{c}中医院",
    "{c}妇幼保健院",
    "{d}人民医院",
    "{c}第三人民医院",
    "{c}传染病医院",
    "{d}中医医院",
]
ZH_MAIL = ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "yeah.net"]


# --------------------------------------------------------------------------- helpers
def en_first(c, sex=None):
    sex = sex or c.ch("MF")
    if c.chance(0.12):
        return c.ch(EN_WORDLIKE_F if sex == "F" else EN_WORDLIKE_M), sex
    if c.chance(0.3):
        return (c.fen.first_name_female() if sex == "F" else c.fen.first_name_male()), sex
    return c.ch(EN_F if sex == "F" else EN_M), sex


def en_sur(c):
    x = c.r.random()
    return c.ch(EN_WORDLIKE_SUR) if x < 0.08 else (c.fen.last_name() if x < 0.4 else c.ch(EN_SUR))


def en_person(c, sex=None):
    f, s = en_first(c, sex)
    return f, en_sur(c), s


def en_date(c, d: dt.date, style=None):
    style = style or c.ch(("mdy", "mdy", "iso", "mon", "dmy", "long"))
    mon = d.strftime("%b")
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "iso": d.isoformat(),
        "mon": f"{mon} {d.day}, {d.year}",
        "dmy": f"{d.day:02d}-{mon.upper()}-{d.year}",
        "long": f"{d.strftime('%B')} {d.day}, {d.year}",
        "md": f"{d.month}/{d.day}",
        "mdyy": f"{d.month}/{d.day}/{d.year % 100:02d}",
    }[style]


def rdate(c, y0=2019, y1=2025):
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=c.r.randrange((dt.date(y1, 12, 31) - start).days))


def dob_for(c, age: int, ref: dt.date) -> dt.date:
    return dt.date(ref.year - age, 1, 1) + dt.timedelta(days=c.r.randrange(330))


def en_phone(c, area, style=None):
    n = f"{c.ri(2, 9)}{c.digits(2, False)}-{c.digits(4, False)}"
    style = style or c.ch(("paren", "dash", "dot", "intl"))
    return {
        "paren": f"({area}) {n}",
        "dash": f"{area}-{n}",
        "dot": f"{area}.{n.replace('-', '.')}",
        "intl": f"+1 {area} {n}",
    }[style]


def en_town(c):
    return c.ch(EN_TOWNS)


def en_street(c):
    return f"{c.ri(12, 9890)} {c.ch(EN_STREET_WORDS)} {c.ch(EN_SUFFIX)}" + (
        f" Apt {c.ri(1, 40)}{c.ch('ABCD')}" if c.chance(0.2) else ""
    )


def en_zip(c, pre):
    z = f"{pre}{c.digits(2, False)}"
    return z + (f"-{c.digits(4, False)}" if c.chance(0.25) else "")


def en_address(c, town=None, sep=", "):
    """list of parts: street, city, state, zip (all patient address spans)"""
    t = town or en_town(c)
    return [
        P("ADDRESS_STREET", en_street(c)),
        sep,
        P("CITY", t[0]),
        ", ",
        P("PROVINCE_STATE", t[1]),
        " ",
        P("POSTCODE", en_zip(c, t[2])),
    ]


def en_hosp(c, town=None):
    t = town or en_town(c)
    return c.ch(EN_HOSP).format(t=t[0])


def email_of(c, first, last, domains=EN_DOMAINS):
    base = c.ch((f"{first}.{last}", f"{first[0]}{last}", f"{last}{c.ri(1, 99)}", f"{first}_{last[:3]}"))
    base = "".join(ch for ch in base if ch.isascii() and (ch.isalnum() or ch in "._")).lower()
    return f"{base}@{c.ch(domains)}"


def ssn(c):
    return f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.digits(4)}"


def npi(c):
    return c.ch("12") + c.digits(9, False)


def vin(c):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(c.ch(al) for _ in range(17))


def us_plate(c):
    return c.ch(
        (
            f"{c.digits(3)}-{c.letters(3)}",
            f"{c.letters(3)} {c.digits(4)}",
            f"{c.digits(1)}{c.letters(3)}{c.digits(3)}",
        )
    )


def ipv4(c):
    return f"{c.ch((10, 172, 192, 100, 64))}.{c.ri(0, 254)}.{c.ri(0, 254)}.{c.ri(1, 254)}"


def ipv6(c):
    return "2001:db8:" + ":".join(f"{c.r.randrange(65536):x}" for _ in range(4))


def passport_any(c):
    return c.ch(
        (c.digits(9), f"{c.letters(1)}{c.digits(8)}", f"{c.letters(2)}{c.digits(7)}", f"E{c.digits(8)}")
    )


def serial(c):
    return c.ch(
        (
            f"{c.letters(3)}{c.digits(6)}",
            f"{c.letters(2)}{c.digits(7)}{c.letters(1)}",
            f"{c.digits(4)}-{c.alnum(5)}",
            f"SN{c.digits(8)}",
        )
    )


# --------------------------------------------------------------------------- Chinese helpers
def zh_name(c, sex=None, minority=0.1):
    sex = sex or c.ch("MF")
    if c.chance(minority):
        return c.ch(ZH_MINORITY_M if sex == "M" else ZH_MINORITY_F), sex
    x = c.r.random()
    sur = c.ch(ZH_COMPOUND) if x < 0.1 else (c.fzh.last_name() if x < 0.4 else c.ch(ZH_SUR))
    given = c.ch(ZH_SINGLE) if c.chance(0.15) else c.ch(ZH_GIVEN_M if sex == "M" else ZH_GIVEN_F)
    return sur + given, sex


def zh_foreign(c, sex=None):
    sex = sex or c.ch("MF")
    return c.ch(ZH_FOREIGN_M if sex == "M" else ZH_FOREIGN_F), sex


def zh_surname(name: str) -> str:
    """the surname of a Han name; minority names have none, so the whole name"""
    if name in ZH_MINORITY:
        return name
    for s in ZH_COMPOUND:
        if name.startswith(s):
            return s
    return name[0]


def zh_area(c):
    return c.ch(ZH_AREAS)


def zh_street(c, a, rural=None):
    if rural if rural is not None else a[2].endswith("县") or c.chance(0.2):
        return f"{a[2]}{c.ch(ZH_TOWNS)}{c.ch(ZH_VILLAGES)}{c.ri(1, 12)}组{c.ri(1, 80)}号"
    return f"{a[2]}{c.ch(ZH_ROADS)}{c.ri(1, 399)}号{c.ch(ZH_ESTATES)}{c.ri(1, 30)}栋{c.ri(1, 6)}单元{c.ri(1, 28)}0{c.ri(1, 6)}室"


def zh_address(c, a=None, province=True):
    a = a or zh_area(c)
    out = []
    if province:
        out.append(P("PROVINCE_STATE", a[0]))
    out += [P("CITY", a[1]), P("ADDRESS_STREET", zh_street(c, a))]
    return out


def zh_postcode(c, a):
    return f"{a[4]}{c.digits(3, False)}"


def zh_date(c, d: dt.date, style=None):
    style = style or c.ch(("cn", "cn", "dash", "dot", "slash"))
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "dash": d.isoformat(),
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "md": f"{d.month}月{d.day}日",
    }[style]


def zh_mobile(c):
    m = c.ch(("13", "15", "17", "18", "19")) + c.digits(9, False)
    return c.ch((m, m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}", f"+86 {m}"))


def zh_landline(c, a):
    return c.ch(
        (
            f"{a[5]}-{c.ri(2, 8)}{c.digits(6, False)}",
            f"（{a[5]}）{c.ri(2, 8)}{c.digits(6, False)}",
            f"{a[5]}-{c.ri(2, 8)}{c.digits(6, False)}",
        )
    )


def zh_idcard(c, a, dob: dt.date, sex: str):
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a[3]}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def zh_plate(c, a):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    tail = "".join(c.ch(al) for _ in range(4)) + str(c.ri(0, 9))
    return c.ch((f"{a[6]}{tail}", f"{a[6]}·{tail}", f"{a[6]}D{c.digits(5, False)}"))


def zh_hosp(c, a):
    return c.ch(ZH_HOSP_T).format(c=a[1] if a[1].endswith("市") else a[2], d=a[2])


def zh_passport(c):
    return c.ch(
        (
            f"E{c.digits(8)}",
            f"EA{c.digits(7)}",
            f"C{c.digits(8)}",
            f"H{c.digits(8)}",
            f"{c.letters(1)}{c.digits(8)}",
        )
    )


def zh_email(c):
    base = c.ch(
        (
            c.letters(1, "abcdefghjkmnpqrstwxyz") + c.digits(6),
            "".join(c.ch("abcdefghijklmnopqrstuvwxyz") for _ in range(c.ri(5, 9))) + str(c.ri(10, 99)),
            c.digits(9),
        )
    )
    return f"{base}@{c.ch(ZH_MAIL)}"
