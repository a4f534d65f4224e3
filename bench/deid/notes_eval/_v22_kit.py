# ruff: noqa: E501
# fmt: off
"""v22's own hand-written value pools and small helpers (no Faker values; _core gives only the
builder, P, K and the 身份证 check digit). Every draw goes through the note's Ctx (c.r)."""

from __future__ import annotations

import datetime as dt

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "K", "P"]

# --------------------------------------------------------------------------- English people

EN_FIRST = (
    "Oluwaseun", "Thandiwe", "Kenji", "Priyanka", "Mateus", "Siobhan", "Bartholomew", "Ngozi", "Tadeusz",
    "Zofia", "Rustam", "Leilani", "Kaveh", "Ximena", "Dagny", "Ifeoma", "Bronislava", "Thuy", "Ekaterina",
    "Aroha", "Cormac", "Renée", "José", "Zoë", "Björn", "Chidi", "Yusuf", "Farida", "Nikolaos", "Maëlle",
    "Teodoro", "Ingrid", "Kwabena", "Marisol", "Anneliese", "Wiremu", "Sunniva", "Delphine", "Ahanu", "Rosalind",
)
#: first names and surnames that are ordinary words
EN_WORDLIKE_FIRST = ("Hazel", "Summer", "Forrest", "Clay", "Dusty", "Ginger", "Penny", "Crystal", "Ivy", "Lark", "Sage", "Autumn", "Royal", "Young")
EN_WORDLIKE_LAST = ("Baker", "Fields", "Hunter", "Brook", "Rivers", "Winter", "Steel", "Fox", "Marsh", "Mason", "Little", "Bell")
EN_LAST = (
    "Okonkwo", "Nakamura-Reyes", "O'Loughlin", "van der Berg", "de la Fuente", "Al-Masri", "Szymański", "Nguyễn",
    "Ferreira", "Kowalczyk", "Mbeki", "Thorsdottir", "MacAskill", "D'Amato", "St. Pierre", "Abernathy", "Villanueva",
    "Haugen", "Oyelaran", "Brannigan", "Petrakis", "Lindqvist", "Tshabalala", "Kealoha", "Yellowhorse", "Bégin",
    "Løvaas", "Quiñones", "Rask", "Ó Súilleabháin", "Delacroix-Ames", "Wojciechowski", "Eze",
)
NICKNAMES = ("Bubba", "Sissy", "Tank", "Peaches", "Chip", "Boo", "Dee-Dee", "Skeeter", "Junebug", "Moose", "Pip")
EN_WORDLIKE = tuple(n.lower() for n in EN_WORDLIKE_FIRST + EN_WORDLIKE_LAST + NICKNAMES)

# (town, state abbreviation, ZIP)
TOWNS = (
    ("Wahpeton", "ND", "58075"), ("Ely", "NV", "89301"), ("Tomah", "WI", "54660"), ("Nacogdoches", "TX", "75961"),
    ("Brattleboro", "VT", "05301"), ("Hood River", "OR", "97031"), ("Sidney", "MT", "59270"), ("Cordova", "AK", "99574"),
    ("Hilo", "HI", "96720"), ("Natchitoches", "LA", "71457"), ("Oneonta", "NY", "13820"), ("Galax", "VA", "24333"),
    ("Tahlequah", "OK", "74464"), ("Decorah", "IA", "52101"), ("Lewes", "DE", "19958"), ("Moab", "UT", "84532"),
    ("Silver City", "NM", "88061"), ("Presque Isle", "ME", "04769"), ("Dahlonega", "GA", "30533"), ("Pikeville", "KY", "41501"),
    ("Bemidji", "MN", "56601"), ("Walla Walla", "WA", "99362"), ("Rolla", "MO", "65401"), ("Sandpoint", "ID", "83864"),
    ("Alamosa", "CO", "81101"), ("Cullman", "AL", "35055"), ("Marquette", "MI", "49855"), ("Kearney", "NE", "68847"),
    ("Beaufort", "SC", "29902"), ("Gettysburg", "PA", "17325"),
)
STATE_NAMES = {
    "ND": "North Dakota", "NV": "Nevada", "WI": "Wisconsin", "TX": "Texas", "VT": "Vermont", "OR": "Oregon", "MT": "Montana",
    "AK": "Alaska", "HI": "Hawaii", "LA": "Louisiana", "NY": "New York", "VA": "Virginia", "OK": "Oklahoma", "IA": "Iowa",
    "DE": "Delaware", "UT": "Utah", "NM": "New Mexico", "ME": "Maine", "GA": "Georgia", "KY": "Kentucky", "MN": "Minnesota",
    "WA": "Washington", "MO": "Missouri", "ID": "Idaho", "CO": "Colorado", "AL": "Alabama", "MI": "Michigan", "NE": "Nebraska",
    "SC": "South Carolina", "PA": "Pennsylvania",
}
STREET_NAMES = ("Tamarack", "Quarry Hill", "Old Mill", "Juniper Ridge", "Sawtooth", "Kittredge", "Cottonwood Bend", "Larkspur",
                "Pawnee", "Bluestem", "Ferncliff", "Oxbow", "Wren Hollow", "Ironwood", "Saltbox", "Kilbride", "Hatchery", "Mesquite")
STREET_SUFFIX = ("Rd", "Lane", "Ave", "Street", "Ct", "Trail", "Hwy", "Loop", "Drive", "Pike")
UNITS = ("Apt 3B", "Unit 12", "Lot 44", "#7", "Apt 210", "Trlr 9", "Suite 4", "Apt C")
EMPLOYERS = ("Red Mesa Roofing", "Kettle Falls Cannery", "Big Sky Grain Co-op", "Tamarack Timber Products",
             "Northshore Ferry Authority", "Dixon & Pruitt Landscaping", "Cedar Valley Poultry", "Hilltop Asphalt Paving",
             "Sunbelt Pool Service", "Bayou Crawfish Processing", "Allegheny Rail Car", "Prairie Wind Turbines LLC",
             "Oxbow Dairy Cooperative", "Lakota Ridge Casino", "Hollis Brothers Scrap Metal")
HOSPITALS = ("St. Brendan's Regional Medical Center", "Wapsipinicon Valley Hospital", "Mercy-Hollis Community Hospital",
             "Grand Portage Health", "Kalani Pacific Medical Center", "Blue Ridge Memorial Hospital", "Tri-County Urgent Care",
             "Sagebrush Family Clinic", "Lakeshore Children's Hospital", "Amos Whitfield Memorial Hospital",
             "Oxbow Valley Critical Access Hospital", "Cottonwood Rural Health Clinic", "Marquette Bay Surgical Center")
PHARMACIES = ("Riverside Apothecary", "Hollis Drug & Soda Fountain", "Tamarack Compounding Pharmacy", "Bluestem Pharmacy")


def en_first(c) -> str:
    return c.ch(EN_FIRST) if c.chance(0.75) else c.ch(EN_WORDLIKE_FIRST)


def en_last(c) -> str:
    return c.ch(EN_LAST) if c.chance(0.75) else c.ch(EN_WORDLIKE_LAST)


def en_person(c) -> tuple[str, str]:
    return en_first(c), en_last(c)


def town(c):
    return c.ch(TOWNS)


def street(c, unit: bool | None = None) -> str:
    s = f"{c.ri(3, 9899)} {c.ch(STREET_NAMES)} {c.ch(STREET_SUFFIX)}"
    if unit if unit is not None else c.chance(0.4):
        s += f" {c.ch(UNITS)}" if c.chance(0.5) else f", {c.ch(UNITS)}"
    return s


def zip_code(c, base: str) -> str:
    return base + (f"-{c.digits(4, False)}" if c.chance(0.4) else "")


def us_phone(c) -> str:
    a, b, n = c.ri(205, 989), c.ri(201, 989), c.digits(4, False)
    return c.ch((f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"{a}.{b}.{n}", f"+1 {a} {b} {n}", f"1-{a}-{b}-{n}"))


def ssn(c) -> str:
    a = c.ri(101, 665)
    return f"{a:03d}-{c.ri(10, 99):02d}-{c.ri(1000, 9999)}"


def mrn(c) -> str:
    return c.ch((f"MR{c.digits(7)}", f"{c.digits(8)}", f"E{c.digits(6)}", f"22-{c.digits(6)}"))


def mbi(c) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    return (f"{c.ri(1, 9)}{c.ch(L)}{c.ch(L + '0123456789')}{c.ri(0, 9)}-{c.ch(L)}{c.ch(L + '0123456789')}{c.ri(0, 9)}-"
            f"{c.ch(L)}{c.ch(L)}{c.ri(0, 9)}{c.ri(0, 9)}")


def npi(c) -> str:
    return c.ch(("1", "2")) + c.digits(9, False)


def plate(c) -> str:
    return c.ch((f"{c.letters(3)}-{c.digits(4, False)}", f"{c.digits(1)}{c.letters(3)}{c.digits(3, False)}", f"{c.letters(2)} {c.digits(5, False)}"))


def vin(c) -> str:
    a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(c.ch(a) for _ in range(17))


def ipv4(c) -> str:
    return c.ch((f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}", f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
                 f"{c.ri(23, 198)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}"))


def ipv6(c) -> str:
    return "2001:db8:" + ":".join(f"{c.ri(0, 65535):x}" for _ in range(3)) + "::" + f"{c.ri(1, 4095):x}"


def email(c, first: str, last: str) -> str:
    f = "".join(ch for ch in first.lower() if ch.isascii() and ch.isalpha()) or "pt"
    l_ = "".join(ch for ch in last.lower() if ch.isascii() and ch.isalpha()) or "x"
    dom = c.ch(("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "protonmail.com", "frontiernet.net", "hotmail.com"))
    return c.ch((f"{f}.{l_}{c.ri(1, 99)}@{dom}", f"{f[0]}{l_}@{dom}", f"{l_}_{f}{c.ri(60, 99)}@{dom}"))


# --------------------------------------------------------------------------- dates

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def rdate(c, y0: int = 2019, y1: int = 2025) -> dt.date:
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 31) - start).days))


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def fd(c, d: dt.date, style: str | None = None) -> str:
    style = style or c.ch(("us", "us0", "iso", "long", "dmy", "short", "mon"))
    return {
        "us": f"{d.month}/{d.day}/{d.year}", "us0": f"{d.month:02d}/{d.day:02d}/{d.year}", "iso": d.isoformat(),
        "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}", "dmy": f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}",
        "short": f"{d.month}/{d.day}/{d.year % 100:02d}", "mon": f"{MONTHS[d.month - 1][:3]} {d.day} {d.year}",
        "md": f"{d.month}/{d.day}",
    }[style]


def zd(c, d: dt.date, style: str | None = None) -> str:
    style = style or c.ch(("cn", "iso", "dot", "slash"))
    return {"cn": f"{d.year}年{d.month}月{d.day}日", "iso": d.isoformat(), "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
            "slash": f"{d.year}/{d.month}/{d.day}", "md": f"{d.month}月{d.day}日"}[style]


def clock(c) -> str:
    return f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d}"


# --------------------------------------------------------------------------- Chinese people

ZH_COMMON = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧")
ZH_RARE = ("仉", "亓", "笪", "糜", "逄", "禚", "暴", "汲", "厍", "佴", "帅", "巩", "隗", "郗", "蔺", "訾")
ZH_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐", "司徒", "夏侯", "端木", "公孙", "尉迟", "宇文", "南宫", "呼延")
ZH_GIVEN = ("建国", "秀英", "子轩", "梓涵", "海燕", "志强", "雨桐", "德福", "桂兰", "一鸣", "思远", "淑珍", "浩然", "若曦", "亮", "敏",
            "静", "磊", "婷", "勇", "霞", "春生", "玉梅", "红旗", "卫东", "丽娟", "文博", "佳怡", "金凤", "长顺", "秋菊", "永福", "晓峰")
ZH_MINORITY = ("阿依古丽·买买提", "次仁旺姆", "扎西多吉", "乌日娜", "巴特尔", "热依汗古丽·吐尔逊", "阿卜杜热合曼·艾力", "苏日娜",
               "格桑卓玛", "木拉提·哈力木", "阿旺晋美", "其其格")
ZH_XIAOMING = ("豆豆", "妞妞", "虎子", "小宝", "糖糖", "乐乐", "石头", "二丫", "果果", "毛毛", "铁蛋", "圆圆")
ZH_FOREIGN = ("Olivia Hartmann", "Dmitri Volkov", "Nguyen Van Hung", "Amara Diallo", "Kim Min-jun", "Sato Haruka",
              "Lucas Ferreira", "Aigerim Nurlanova", "Tomasz Zielinski")


def zh_surname(c) -> str:
    return c.wpick((6, c.ch(ZH_COMMON)), (2, c.ch(ZH_RARE)), (2, c.ch(ZH_COMPOUND)))


def zh_name(c, minority: float = 0.1) -> str:
    if c.chance(minority):
        return c.ch(ZH_MINORITY)
    return zh_surname(c) + c.ch(ZH_GIVEN)


# (province, city, district, 区划码, plate prefix, area code, postcode of the city)
ZH_PLACES = (
    ("黑龙江省", "齐齐哈尔市", "龙沙区", "230202", "黑B", "0452", "161000"), ("甘肃省", "天水市", "秦州区", "620502", "甘E", "0938", "741000"),
    ("广西壮族自治区", "桂林市", "七星区", "450305", "桂C", "0773", "541000"), ("贵州省", "遵义市", "红花岗区", "520302", "贵C", "0851", "563000"),
    ("内蒙古自治区", "包头市", "昆都仑区", "150203", "蒙B", "0472", "014010"), ("江西省", "赣州市", "章贡区", "360702", "赣B", "0797", "341000"),
    ("湖南省", "常德市", "武陵区", "430702", "湘J", "0736", "415000"), ("山西省", "大同市", "平城区", "140213", "晋B", "0352", "037000"),
    ("福建省", "泉州市", "鲤城区", "350502", "闽C", "0595", "362000"), ("四川省", "绵阳市", "涪城区", "510703", "川B", "0816", "621000"),
    ("云南省", "大理白族自治州", "大理市", "532901", "云L", "0872", "671000"), ("安徽省", "芜湖市", "镜湖区", "340202", "皖B", "0553", "241000"),
    ("河北省", "邯郸市", "邯山区", "130402", "冀D", "0310", "056000"), ("吉林省", "吉林市", "船营区", "220204", "吉B", "0432", "132000"),
    ("青海省", "西宁市", "城中区", "630103", "青A", "0971", "810000"), ("新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市", "654002", "新F", "0999", "835000"),
    ("辽宁省", "锦州市", "古塔区", "210702", "辽G", "0416", "121000"), ("山东省", "潍坊市", "奎文区", "370705", "鲁G", "0536", "261000"),
    ("浙江省", "湖州市", "吴兴区", "330502", "浙E", "0572", "313000"), ("江苏省", "扬州市", "广陵区", "321002", "苏K", "0514", "225000"),
    ("河南省", "洛阳市", "涧西区", "410305", "豫C", "0379", "471000"), ("湖北省", "宜昌市", "西陵区", "420502", "鄂E", "0717", "443000"),
    ("陕西省", "宝鸡市", "渭滨区", "610302", "陕C", "0917", "721000"), ("海南省", "三亚市", "吉阳区", "460203", "琼B", "0898", "572000"),
)
ZH_ROADS = ("迎宾路", "解放东路", "建设北街", "胜利巷", "滨江大道", "光明路", "文化街", "新华南路", "红旗路", "工农路", "育才巷", "桃源路")
ZH_ESTATES = ("金桂苑", "阳光小区", "铁路新村", "水岸华庭", "棉纺厂宿舍", "锦绣家园", "翠湖花园", "粮站家属院")
ZH_TOWNS = ("石门镇", "柳林镇", "双河乡", "白沙镇", "青龙镇", "马家堡乡")
ZH_VILLAGES = ("后沟村", "李家庄村", "东升村", "杨树湾村", "红星村")
ZH_WORK = ("潍柴动力第二分厂", "宝鸡钛业股份有限公司", "章贡区建筑工程队", "苍山林场", "吴兴区湖笔厂", "西陵区粮油贸易公司",
           "鲤城区石材加工厂", "国营红旗茶场", "包钢集团炼铁厂", "天水长城开关厂", "涪城区环卫所", "桂林漓江游船公司",
           "扬州东关街餐饮有限公司", "洛阳轴承集团", "三亚亚龙湾酒店")


def zh_place(c):
    return c.ch(ZH_PLACES)


def zh_street(c, g) -> str:
    """From 区/县 down (ADDRESS_STREET)."""
    if c.chance(0.25):
        return f"{g[2]}{c.ch(ZH_TOWNS)}{c.ch(ZH_VILLAGES)}{c.ri(1, 9)}组{c.ri(1, 60)}号"
    return f"{g[2]}{c.ch(ZH_ROADS)}{c.ri(1, 388)}号{c.ch(ZH_ESTATES)}{c.ri(1, 30)}栋{c.ri(1, 6)}单元{c.ri(1, 28)}0{c.ri(1, 6)}室"


def zh_hospital(c, g) -> str:
    cb = g[1]
    return c.ch((f"{cb}第二人民医院", f"{cb}中医院", f"{g[2]}妇幼保健院", f"{cb}第三人民医院", f"{g[2]}人民医院",
                 f"{g[2]}{c.ch(ZH_ROADS)[:2]}社区卫生服务中心", f"{g[2]}{c.ch(ZH_TOWNS)[:-1]}卫生院", f"{cb}中心医院"))


def zh_mobile(c) -> str:
    n = c.ch(("138", "139", "151", "187", "133", "177", "199", "182")) + c.digits(8, False)
    return c.ch((n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}"))


def zh_landline(c, g) -> str:
    n = str(c.ri(2, 8)) + c.digits(6 if len(g[5]) == 4 else 7, False)
    return c.ch((f"{g[5]}-{n}", f"（{g[5]}）{n}", f"{g[5]}{n}"))


def id_card(c, g, birth: dt.date, male: bool) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if male else (0, 2, 4, 6, 8))
    body = f"{g[3]}{birth.year:04d}{birth.month:02d}{birth.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def zh_postcode(c, g) -> str:
    return g[6][:4] + f"{c.ri(0, 99):02d}" if c.chance(0.6) else g[6]


def zh_plate(c, g) -> str:
    tail = "".join(c.ch("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5))
    if c.chance(0.3):
        tail = c.ch("DF") + c.digits(5, False)
    return c.ch((f"{g[4]}·{tail}", f"{g[4]}{tail}"))


def zh_birth(c, age: int, ref: dt.date) -> dt.date:
    return dt.date(ref.year - age, c.ri(1, 12), c.ri(1, 28))


def cn_num(n: int) -> str:
    d = "零一二三四五六七八九"
    if n < 100:
        return (d[n // 10] if n // 10 > 1 else "") + "十" + (d[n % 10] if n % 10 else "") if n >= 10 else d[n]
    return d[n // 100] + "百" + ("零" + d[n % 10] if n % 100 < 10 and n % 10 else (cn_num(n % 100) if n % 100 else ""))
