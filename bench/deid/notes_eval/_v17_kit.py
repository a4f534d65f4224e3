"""v17's own hand-written value pools and small drawing helpers (README.md "v17").

Imports from _core only the span builder (Doc, P, K, join), Ctx and the 身份证 check digit; every
name, place, hospital, employer and identifier shape below was written for v17.
"""

# ruff: noqa: E501  (value pools)

from __future__ import annotations

import datetime as dt

from _core import Ctx, P, id_card_checksum

# --------------------------------------------------------------------------- English people
EN_FIRST_F = ("Rosalind", "Imani", "Bernadette", "Keiko", "Marisol", "Tamsin", "Oluwaseun", "Greer", "Delphine", "Noor",
              "Yesenia", "Henrietta", "Saoirse", "Lucinda", "Thandiwe", "Ingrid", "Pilar", "Winifred", "Anouk", "Zainab")
EN_FIRST_M = ("Thaddeus", "Obinna", "Lorcan", "Emeka", "Casimir", "Ravindra", "Bartholomew", "Ignatius", "Hamish", "Teodoro",
              "Leopold", "Kwabena", "Alistair", "Dashiell", "Florian", "Mateus", "Cornelius", "Anders", "Jedediah", "Rustam")
EN_LAST = ("Okonkwo-Reyes", "Van den Berg", "O'Halloran", "da Silva", "MacGillivray", "Abernathy", "Szymanski", "Nakagawa",
           "Fairweather", "Quintero", "D'Ambrosio", "Lindqvist", "Achterberg", "St. Clair", "Mwangi", "Oyelaran",
           "Haverford", "Castellanos", "Villeneuve", "Prendergast", "Kowalczyk", "Thorsby", "Ferreira-Lowe", "Ashdown",
           "Delacroix", "Brannigan", "Yilmaz", "Iwu", "Petrakis", "Galbraith")
#: names that are ordinary English words (the driver's validation allows them inside clinical terms)
EN_WORDLIKE_FIRST = ("Hazel", "Rowan", "Ivy", "Forrest", "Sunny", "Clay", "Autumn", "Reed")
EN_WORDLIKE_LAST = ("Bishop", "Carpenter", "Winter", "Fields", "Banks", "Frost")
EN_NICK = {"Thaddeus": "Tad", "Bartholomew": "Bart", "Cornelius": "Neil", "Henrietta": "Hettie", "Winifred": "Winnie",
           "Leopold": "Leo", "Bernadette": "Bernie", "Lucinda": "Cindy", "Ignatius": "Iggy", "Jedediah": "Jed"}
V17_EN_WORDLIKE = tuple(w.lower() for w in EN_WORDLIKE_FIRST + EN_WORDLIKE_LAST)


def en_person(c: Ctx, sex: str | None = None) -> tuple[str, str]:
    sex = sex or c.pick("F", "M")
    first = c.ch(EN_WORDLIKE_FIRST) if c.chance(0.12) else c.ch(EN_FIRST_F if sex == "F" else EN_FIRST_M)
    last = c.ch(EN_WORDLIKE_LAST) if c.chance(0.1) else c.ch(EN_LAST)
    return first, last


# --------------------------------------------------------------------------- English places
# (city, state, zip)
EN_TOWNS = (("Bozeman", "MT", "59715"), ("Keokuk", "IA", "52632"), ("Opelousas", "LA", "70570"), ("Nacogdoches", "TX", "75961"),
            ("Ypsilanti", "MI", "48197"), ("Walla Walla", "WA", "99362"), ("Chillicothe", "OH", "45601"), ("Hattiesburg", "MS", "39401"),
            ("Pocatello", "ID", "83201"), ("Bangor", "ME", "04401"), ("Muskogee", "OK", "74401"), ("Kalispell", "MT", "59901"),
            ("Sheboygan", "WI", "53081"), ("Paducah", "KY", "42001"), ("Winooski", "VT", "05404"), ("Lompoc", "CA", "93436"),
            ("Elkins", "WV", "26241"), ("Rapid City", "SD", "57701"), ("Tahlequah", "OK", "74464"), ("Beaufort", "SC", "29902"))
EN_STREETS = ("Larkspur Lane", "Quarry Hill Rd", "Old Mill Pike", "Tamarack Court", "N. Juniper St", "Ridgecrest Dr",
              "Cottonwood Ave", "Bellflower Way", "County Road 14", "Sawgrass Blvd", "Hollis Street", "E. Magnolia Ter")
EN_HOSPITALS = ("St. Brendan Regional Medical Center", "Cascade Valley Hospital", "Mercy Lakeshore Medical Center",
                "Prairie Ridge Community Hospital", "Holloway Children's Hospital", "Tri-County Kidney Center",
                "Bluestem Behavioral Health", "Northgate Rehabilitation Institute", "Harbor Point Surgical Hospital",
                "Sagebrush Family Clinic", "Lakeland Oncology Associates", "Fenwick Voice & Swallow Center")
EN_PHARMACIES = ("Kessler Apothecary", "Riverbend Pharmacy #221", "Cedar Row Drug", "Plainview Specialty Pharmacy")
EN_EMPLOYERS = ("Tillamook Freight Lines", "Bluewater Casino & Resort", "Ozark Poultry Processing", "Marrowbone Public Schools",
                "Hendricks County Highway Dept.", "Coastal Choral Society", "Vantage Call Center", "Greystone Granite Works",
                "Sunrise Assisted Living", "Kittredge Lumber Co.")
EN_DOMAINS = ("mailbox.org", "outlook.com", "gmail.com", "yahoo.com", "proton.me", "icloud.com")


def en_town(c: Ctx):
    return c.ch(EN_TOWNS)


def en_street(c: Ctx) -> str:
    st = f"{c.ri(12, 9870)} {c.ch(EN_STREETS)}"
    return st + c.pick("", "", f", Apt {c.ri(1, 30)}{c.ch('ABCD')}", f" Unit {c.ri(100, 420)}")


def zip_(c: Ctx, z: str) -> str:
    return z + (f"-{c.digits(4, False)}" if c.chance(0.3) else "")


# --------------------------------------------------------------------------- dates
def rdate(c: Ctx, y0: int = 2019, y1: int = 2025) -> dt.date:
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 31) - start).days))


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def en_date(c: Ctx, d: dt.date, style: str | None = None) -> str:
    style = style or c.pick("us", "us", "iso", "long", "mon", "short2", "dot")
    return {"us": f"{d.month:02d}/{d.day:02d}/{d.year}", "iso": d.isoformat(), "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
            "mon": f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}", "short2": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "dot": f"{d.day}.{d.month}.{d.year}", "md": f"{d.month}/{d.day}"}[style]


def zh_date(c: Ctx, d: dt.date, style: str | None = None) -> str:
    style = style or c.pick("cn", "cn", "dash", "dot", "slash", "md")
    return {"cn": f"{d.year}年{d.month}月{d.day}日", "dash": d.isoformat(), "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
            "slash": f"{d.year}/{d.month}/{d.day}", "md": f"{d.month}月{d.day}日"}[style]


# --------------------------------------------------------------------------- identifiers
def en_phone(c: Ctx) -> str:
    a, b, n = c.ri(201, 989), c.ri(210, 989), c.digits(4, False)
    return c.pick(f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"{a}.{b}.{n}", f"+1 {a} {b} {n}", f"{a}-{b}-{n} x{c.ri(100, 4999)}")


def ssn(c: Ctx) -> str:
    a, b, d = c.ri(101, 665), c.ri(10, 99), c.digits(4, False)
    return c.pick(f"{a}-{b}-{d}", f"{a} {b} {d}", f"{a}-{b}-{d}")


def ip4(c: Ctx) -> str:
    return c.pick(f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}", f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
                  f"{c.ri(23, 216)}.{c.ri(1, 254)}.{c.ri(0, 255)}.{c.ri(2, 254)}")


def ip6(c: Ctx) -> str:
    return f"2001:db8:{c.ri(1, 0xfff):x}:{c.ri(1, 0xffff):x}::{c.ri(1, 0xfff):x}"


def plate_us(c: Ctx) -> str:
    return c.pick(f"{c.ri(1, 9)}{c.letters(3)}{c.digits(3, False)}", f"{c.letters(3)}-{c.digits(4)}", f"{c.letters(2)} {c.digits(5)}")


def vin(c: Ctx) -> str:
    return c.pick("1FT", "2HG", "3VW", "5YJ", "JTD", "KMH", "1GC") + c.alnum(14)


def email(c: Ctx, first: str, last: str) -> str:
    f = first.lower().replace("'", "")
    la = last.lower().replace("'", "").replace(" ", "").replace(".", "")
    return c.pick(f"{f}.{la}", f"{f[0]}{la}{c.ri(1, 99)}", f"{la}_{f}") + "@" + c.ch(EN_DOMAINS)


def npi(c: Ctx) -> str:
    return "1" + c.digits(9, False)


def dea(c: Ctx, last: str) -> str:
    return c.ch("ABFM") + last[0].upper() + c.digits(7, False)


# --------------------------------------------------------------------------- Chinese people
ZH_SUR = ("柏", "祁", "阮", "蔺", "卞", "芮", "訾", "隗", "笪", "虞", "谯", "喻", "甘", "晏", "郦", "冼", "殷", "籍", "幸", "麦")
ZH_COMPOUND = ("上官", "皇甫", "令狐", "公孙", "宇文", "慕容", "东方", "夏侯")
ZH_GIVEN = ("砚秋", "若岚", "思源", "沐阳", "景行", "清越", "知微", "秉烛", "可馨", "予安", "望舒", "怀瑾", "书棠", "云舟",
            "嘉懿", "念慈", "振邦", "桂兰", "秀芝", "德福", "有财", "淑贞", "永庆", "月娥")
ZH_MINORITY = ("热依拉·艾则孜", "努尔兰·哈孜别克", "次仁央宗", "格桑卓玛", "阿力木江·吾守尔", "乌云其木格", "莫色拉博", "朗杰次旦")
ZH_XIAOMING = ("豆豆", "糖糖", "壮壮", "果果", "小满", "乐乐", "妞妞", "石头")
ZH_LATIN = ("Henrik JOHANSSON", "Amara OKAFOR", "Lucía FERNÁNDEZ", "KIM Jiwoo", "Dmitri VOLKOV", "Priya RAMANATHAN")


def zh_person(c: Ctx, allow_minority: bool = True) -> tuple[str, str]:
    """(full name, surname)"""
    if allow_minority and c.chance(0.1):
        n = c.ch(ZH_MINORITY)
        return n, n
    sur = c.ch(ZH_COMPOUND) if c.chance(0.15) else c.ch(ZH_SUR)
    given = c.ch(ZH_GIVEN)
    if len(sur) == 1 and c.chance(0.2):
        given = given[0]
    return sur + given, sur


# --------------------------------------------------------------------------- Chinese places
# (province, city, [(district, road)])
ZH_GEO = (("湖南省", "岳阳市", ("岳阳楼区", "巴陵中路"), "414000"), ("江西省", "赣州市", ("章贡区", "红旗大道"), "341000"),
          ("福建省", "泉州市", ("鲤城区", "涂门街"), "362000"), ("甘肃省", "天水市", ("秦州区", "民主西路"), "741000"),
          ("广西壮族自治区", "柳州市", ("城中区", "五一路"), "545001"), ("山东省", "潍坊市", ("奎文区", "胜利东街"), "261041"),
          ("安徽省", "芜湖市", ("镜湖区", "中山北路"), "241000"), ("四川省", "绵阳市", ("涪城区", "临园路"), "621000"),
          ("河北省", "保定市", ("竞秀区", "朝阳北大街"), "071051"), ("云南省", "曲靖市", ("麒麟区", "南宁西路"), "655000"),
          ("浙江省", "绍兴市", ("越城区", "解放北路"), "312000"), ("吉林省", "延边朝鲜族自治州", ("延吉市", "光明街"), "133000"))
ZH_VILLAGES = ("桃花坪村", "石门坎村", "下洋村", "柳树湾村", "马家庄村")
ZH_HOSP = ("{city}第二人民医院", "{city}中心医院", "{city}妇幼保健院", "{city}中医院", "{dist}人民医院", "{city}肿瘤医院")
ZH_OTHER_HOSP = ("协和医院", "华山医院", "湘雅二医院", "齐鲁医院", "西京医院")
ZH_EMPLOYERS = ("{city}公交集团", "{city}第三中学", "鸿运物流有限公司", "{city}供电公司", "金穗农机合作社", "{city}纺织厂",
                "顺丰速运{city}分部", "{dist}城管局", "宏达建筑劳务公司", "{city}农商银行")


def zh_geo(c: Ctx):
    return c.ch(ZH_GEO)


def zh_addr(c: Ctx, g) -> list:
    """[P(PROVINCE_STATE), P(CITY), P(ADDRESS_STREET)] - a patient's address."""
    dist, road = g[2]
    if c.chance(0.25):
        street = f"{dist}{c.ch(('青山镇', '白沙镇', '龙泉乡'))}{c.ch(ZH_VILLAGES)}{c.ri(1, 9)}组{c.ri(1, 60)}号"
    else:
        street = f"{dist}{road}{c.ri(1, 388)}号{c.ch(('锦绣', '翠湖', '阳光', '书香'))}{c.ch(('小区', '花园', '家园'))}{c.ri(1, 20)}栋{c.ri(1, 4)}单元{c.ri(1, 30)}0{c.ri(1, 4)}室"
    return [P("PROVINCE_STATE", g[0]), P("CITY", g[1]), P("ADDRESS_STREET", street)]


def zh_hosp(c: Ctx, g) -> str:
    return c.ch(ZH_HOSP).format(city=g[1], dist=g[2][0])


def zh_employer(c: Ctx, g) -> str:
    return c.ch(ZH_EMPLOYERS).format(city=g[1].replace("朝鲜族自治州", ""), dist=g[2][0])


def id_card(c: Ctx, dob: dt.date, sex: str) -> str:
    area = c.pick("430602", "360702", "350502", "620502", "450202", "370705", "340202", "510703", "130602", "530302", "330602", "222401")
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{area}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def zh_mobile(c: Ctx) -> str:
    n = c.pick("138", "159", "177", "186", "199", "135") + c.digits(8, False)
    return c.pick(n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}")


def zh_landline(c: Ctx) -> str:
    a = c.pick("0730", "0797", "0595", "0938", "0772", "0536", "0553", "0816")
    return c.pick(f"{a}-{c.digits(7)}", f"（{a}）{c.digits(7)}", f"{a}-{c.digits(7)}转{c.ri(100, 899)}")


def passport(c: Ctx) -> str:
    return c.pick(f"E{c.digits(8)}", f"EK{c.digits(7)}", f"{c.letters(2)}{c.digits(7)}", f"C{c.digits(8)}")


def hk_permit(c: Ctx) -> str:
    return c.pick(f"H{c.digits(8)}", f"M{c.digits(8)}", f"{c.digits(8)}")


def zh_plate(c: Ctx) -> str:
    p = c.pick("湘F", "赣B", "闽C", "甘E", "桂B", "鲁G", "皖B", "川B", "冀F", "云D", "浙D")
    return c.pick(f"{p}{c.alnum(5)}", f"{p}·{c.alnum(5)}", f"{p}D{c.digits(5)}")


def zh_ip(c: Ctx) -> str:
    return c.pick(f"192.168.{c.ri(0, 254)}.{c.ri(2, 254)}", f"10.{c.ri(1, 99)}.{c.ri(0, 255)}.{c.ri(2, 254)}", ip6(c))
