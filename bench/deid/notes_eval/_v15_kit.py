"""v15's own value pools and formats (hand-written for v15; imports from _core only the builder,
``Ctx`` and the 身份证 check digit). People, places and identifiers here are invented."""

# ruff: noqa: E501  (value pools)

from __future__ import annotations

import datetime as dt

from _core import Ctx, Doc, K, P, id_card_checksum

__all__ = ["Ctx", "Doc", "K", "P"]

# --------------------------------------------------------------------------- English people
# fmt: off
EN_FIRST_F = ("Marisol", "Bethany", "Odalys", "Henrietta", "Yolanda", "Priyanka", "Tamsin", "Lucinda", "Gwendolyn", "Rosalind", "Anneliese", "Shonda", "Keiko", "Delphine", "Marguerite", "Imelda", "Zainab", "Corinne", "Thomasina", "Leocadia", "Fenella", "Darlene", "Agnieszka", "Nkechi")
# fmt: on
# fmt: off
EN_FIRST_M = ("Thaddeus", "Ignatius", "Desmond", "Rutger", "Alonzo", "Bartholomew", "Cornelius", "Demetrius", "Emeric", "Fitzgerald", "Horacio", "Jarrod", "Lysander", "Mordecai", "Oluwaseun", "Percival", "Quinton", "Rashid", "Stanislaw", "Tobias", "Vikram", "Wendell", "Anselm", "Dmitri")
# fmt: on
# fmt: off
EN_LAST = ("Okonkwo", "Vandermeer", "Castellanos", "Whitcombe", "Pruitt", "Szymanski", "Abernathy", "Delacroix", "Nakashima", "Featherstone", "Quillen", "Ravindran", "Oyelaran", "Haverford", "Lindqvist", "McGillicuddy", "Esposito", "Tran-Nguyen", "Bergstrom", "Kowalczyk", "Achterberg", "Galloway", "Iwu", "Petrakis", "Yarborough", "Mbeki", "Ostrowski", "Thibodeaux", "Villanueva", "Hargreave", "O'Sullivan", "DeShields", "Zelinski", "Albrecht", "Ferrante", "Kaczmarek", "Ruiz-Tagle", "Schoenfeld", "Underhill", "Wojcik")
# fmt: on
# fmt: off
EN_CLIN_LAST = ("Amberley", "Brightwater", "Chukwuma", "Dorsey-Kim", "Eldridge", "Fonseca", "Greaves", "Hollingsworth", "Ishikawa", "Jablonski", "Kittredge", "Lowenthal", "Mukherjee", "Northcott", "Oyama", "Penhallow", "Rinaldi", "Sutherland", "Tillotson", "Umberger", "Varga", "Weatherby")
# fmt: on
#: v15 names that are ordinary English words (none on purpose)
WORDLIKE: tuple[str, ...] = ()


def en_first(c: Ctx, sex: str | None = None) -> str:
    sex = sex or c.pick("F", "M")
    return c.ch(EN_FIRST_F if sex == "F" else EN_FIRST_M)


def en_name(c: Ctx, sex: str | None = None) -> tuple[str, str]:
    return en_first(c, sex), c.ch(EN_LAST)


def en_clin(c: Ctx) -> tuple[str, str]:
    return en_first(c), c.ch(EN_CLIN_LAST)


# --------------------------------------------------------------------------- English places
#: (city, state, zip prefix)
# fmt: off
EN_CITIES = (("Kalispell", "MT", "599"), ("Chillicothe", "OH", "456"), ("Tahlequah", "OK", "744"), ("Nacogdoches", "TX", "759"), ("Pocatello", "ID", "832"), ("Bemidji", "MN", "566"), ("Keokuk", "IA", "526"), ("Muskogee", "OK", "744"), ("Paducah", "KY", "420"), ("Kokomo", "IN", "469"), ("Hattiesburg", "MS", "394"), ("Oshkosh", "WI", "549"), ("Bangor", "ME", "044"), ("Winooski", "VT", "054"), ("Cheyenne", "WY", "820"), ("Yakima", "WA", "989"), ("Gallup", "NM", "873"), ("Valdosta", "GA", "316"), ("Scranton", "PA", "185"), ("Ypsilanti", "MI", "481"))
# fmt: on
# fmt: off
EN_STREETS = ("Larchmont Ave", "Quarry Hill Rd", "Tamarack Ln", "Fiddler's Creek Dr", "Old Mill Pike", "Sassafras St", "Wickersham Blvd", "Juniper Hollow Ct", "Ridgeback Way", "Cottonwood Terrace", "Marrowbone Rd", "Haskell Ave", "Pheasant Run Cir", "Eastbrook Pkwy", "Tolliver St")
# fmt: on
# fmt: off
EN_HOSP = ("St. Ansgar Regional Medical Center", "Bluestem Valley Hospital", "Mercy Lakeshore Medical Center", "Hollister Memorial Hospital", "Cedar Bend Community Hospital", "Riverstone University Hospital", "Sacred Oak Health", "Pinecrest Rehabilitation Hospital", "Northgate Children's Hospital", "Wabash County Hospital", "Greyfield Health Pathology Lab", "Sunridge Specialty Pharmacy", "Tallgrass Hospice House", "Copperline Urgent Care")
# fmt: on
# fmt: off
EN_EMPLOYERS = ("Kessler Grain Cooperative", "Bright Harbor Logistics", "Tri-County Water Authority", "Hollins & Marsh LLP", "Quarry Ridge School District", "Redtail Aerospace Components", "Maple Leaf Poultry Processing", "Summit Ridge Credit Union", "Ozark Freightways", "Lakeview Dental Group", "Ironwood Casino Resort", "Northstar Wind Services")
# fmt: on


def en_addr(c: Ctx) -> tuple[str, str, str, str]:
    """(street line, city, state, zip)"""
    city, st, zp = c.ch(EN_CITIES)
    street = f"{c.ri(12, 9870)} {c.ch(EN_STREETS)}" + (
        c.pick(f" Apt {c.ri(1, 40)}{c.ch('ABC')}", f", Unit {c.ri(100, 420)}", "") if c.chance(0.4) else ""
    )
    zipc = zp + c.digits(2, False) + (f"-{c.digits(4, False)}" if c.chance(0.3) else "")
    return street, city, st, zipc


# --------------------------------------------------------------------------- English formats
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# fmt: off
MONTH = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
# fmt: on


def rday(c: Ctx, y0: int = 2019, y1: int = 2025) -> dt.date:
    a = dt.date(y0, 1, 1)
    return a + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 31) - a).days))


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def den(c: Ctx, d: dt.date, style: str | None = None) -> str:
    style = style or c.ch(("us", "us", "us2", "iso", "dmy", "long", "mil", "ord", "short"))
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dmy": f"{d.day} {MON[d.month - 1]} {d.year}",
        "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
        "mil": f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}",
        "ord": f"{MONTH[d.month - 1]} {ordinal(d.day)}",
        "short": f"{d.month}/{d.day}",
        "dot": f"{d.month:02d}.{d.day:02d}.{d.year}",
    }[style]


def phone_us(c: Ctx, ext: bool = False) -> str:
    a, b, n = c.ri(201, 989), c.ri(210, 989), c.digits(4, False)
    s = c.ch((f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"{a}.{b}.{n}", f"+1 {a} {b} {n}", f"1-{a}-{b}-{n}"))
    return s + (f" ext. {c.ri(100, 8999)}" if ext else "")


def ssn(c: Ctx) -> str:
    return f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.digits(4)}"


def ip4(c: Ctx, private: bool | None = None) -> str:
    if private if private is not None else c.chance(0.5):
        return c.pick(
            f"10.{c.ri(0, 254)}.{c.ri(0, 254)}.{c.ri(2, 254)}",
            f"172.{c.ri(16, 31)}.{c.ri(0, 254)}.{c.ri(2, 254)}",
            f"192.168.{c.ri(0, 254)}.{c.ri(2, 254)}",
        )
    return f"{c.ri(23, 223)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}"


def ip6(c: Ctx) -> str:
    return "2001:db8:" + ":".join(f"{c.ri(0, 65535):x}" for _ in range(c.ri(3, 6))).replace(":0:", ":")


def email(
    c: Ctx,
    first: str,
    last: str,
    domains=("fastmail.com", "yahoo.com", "outlook.com", "proton.me", "gmail.com", "icloud.com"),
) -> str:
    f, la = first.lower(), last.lower().replace("'", "").replace(" ", "")
    user = c.ch((f"{f}.{la}", f"{f[0]}{la}{c.ri(1, 99)}", f"{la}_{f}", f"{f}{la[:3]}{c.ri(60, 99)}"))
    return f"{user}@{c.ch(domains)}"


def plate_us(c: Ctx) -> str:
    return c.ch(
        (
            f"{c.digits(1)}{c.letters(3)}{c.digits(3)}",
            f"{c.letters(3)}-{c.digits(4)}",
            f"{c.letters(2)} {c.digits(5)}",
            f"{c.digits(3)} {c.letters(3)}",
        )
    )


def vin(c: Ctx) -> str:
    alph = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return (
        c.ch(("1", "2", "3", "5", "J", "K", "W"))
        + "".join(c.ch(alph) for _ in range(7))
        + c.ch("0123456789X")
        + "".join(c.ch(alph) for _ in range(2))
        + c.digits(6, False)
    )


def passport_any(c: Ctx) -> str:
    return c.ch(
        (c.digits(9), f"{c.letters(1)}{c.digits(8)}", f"{c.letters(2)}{c.digits(7)}", f"E{c.digits(8)}")
    )


def mrn_en(c: Ctx) -> str:
    return c.ch(
        (
            c.digits(8, False),
            f"{c.digits(3)}-{c.digits(2, False)}-{c.digits(2, False)}",
            f"M{c.digits(7)}",
            f"{c.letters(2)}{c.digits(6)}",
        )
    )


def npi(c: Ctx) -> str:
    return c.ch("12") + c.digits(9, False)


def dea(c: Ctx, last: str) -> str:
    return c.ch("ABFM") + last[0].upper() + c.digits(7, False)


# --------------------------------------------------------------------------- Chinese people
# fmt: off
ZH_SUR = ("钟", "岑", "祁", "糜", "覃", "滕", "蔺", "邝", "阮", "芮", "闵", "鞠", "晏", "瞿", "戚", "宓", "郜", "訾", "麦", "贲", "伍", "汪", "骆", "裴")
# fmt: on
ZH_SUR2 = ("欧阳", "端木", "皇甫", "尉迟", "独孤", "公孙")
# fmt: off
ZH_GIVEN_M = ("景澄", "沛霖", "奕舟", "铎", "嘉硕", "怀瑾", "柏川", "子骞", "朔", "绍钧", "庆丰", "旭尧", "振岳", "宏达", "峥")
# fmt: on
# fmt: off
ZH_GIVEN_F = ("婉汀", "芷萱", "沁", "若岚", "静姝", "海棠", "佩瑶", "妍", "淑芬", "桂兰", "翠萍", "书瑶", "采薇", "晓岚", "筱")
# fmt: on
# fmt: off
ZH_MINORITY = ("阿依努尔·托合提", "吾买尔江·热合曼", "格桑央宗", "次仁多吉", "巴特尔", "乌云其木格", "韦秀鸾", "阿西木·买买提", "莫日根", "依明·肉孜")
# fmt: on
ZH_NICK = ("豆豆", "小满", "团团", "毛毛", "阿宝", "妞妞", "石头", "果果")


def zh_name(c: Ctx, sex: str | None = None, minority: float = 0.1) -> str:
    sex = sex or c.pick("F", "M")
    if c.chance(minority):
        return c.ch(ZH_MINORITY)
    sur = c.ch(ZH_SUR2) if c.chance(0.12) else c.ch(ZH_SUR)
    return sur + c.ch(ZH_GIVEN_F if sex == "F" else ZH_GIVEN_M)


def zh_sur(name: str) -> str:
    return next((s for s in ZH_SUR2 if name.startswith(s)), name[:1])


def zh_pad(name: str) -> str:
    """A two-character name as forms print it (张  伟)."""
    return f"{name[0]}  {name[1]}" if len(name) == 2 else name


# --------------------------------------------------------------------------- Chinese places
#: (province or "", city, districts, postcode prefix, area code)
# fmt: off
ZH_PLACES = (("浙江省", "湖州市", ("吴兴区", "南浔区", "长兴县"), "313", "0572"), ("江西省", "赣州市", ("章贡区", "南康区", "于都县"), "341", "0797"), ("四川省", "绵阳市", ("涪城区", "游仙区", "三台县"), "621", "0816"), ("河南省", "洛阳市", ("涧西区", "老城区", "伊川县"), "471", "0379"), ("广西壮族自治区", "柳州市", ("城中区", "鱼峰区", "融水苗族自治县"), "545", "0772"), ("山东省", "潍坊市", ("奎文区", "寒亭区", "昌乐县"), "261", "0536"), ("", "天津市", ("河西区", "南开区", "蓟州区"), "300", "022"), ("", "重庆市", ("渝中区", "沙坪坝区", "綦江区"), "400", "023"), ("湖南省", "岳阳市", ("岳阳楼区", "君山区", "平江县"), "414", "0730"), ("甘肃省", "天水市", ("秦州区", "麦积区", "甘谷县"), "741", "0938"), ("福建省", "泉州市", ("鲤城区", "丰泽区", "安溪县"), "362", "0595"), ("吉林省", "延边朝鲜族自治州", ("延吉市", "龙井市", "汪清县"), "133", "0433"))
# fmt: on
# fmt: off
ZH_ROADS = ("青枫路", "栖霞北街", "望湖东路", "槐荫巷", "丰乐大道", "纺织路", "梧桐里", "新华西街", "翠微南路", "卧龙岗路")
# fmt: on
ZH_COMMUNITIES = ("锦绣家园", "丹桂苑", "观澜名邸", "纺机宿舍", "金域蓝湾", "柳岸小区", "和平新村")
ZH_VILLAGES = ("石门村", "柳树沟村", "下坝村", "杨家湾村", "青冈坪村")
ZH_TOWNS = ("白鹤镇", "龙泉镇", "双溪乡", "马蹄镇")
ZH_HOSP_SUFFIX = ("第二人民医院", "中医院", "妇幼保健院", "中心医院", "第三人民医院")
# fmt: off
ZH_HOSP_NAMED = ("仁济康复医院", "华协肿瘤医院", "博爱儿童医院", "南山骨科医院", "明德血液病医院", "同心社区卫生服务中心", "康宁精神卫生中心", "惠民大药房")
# fmt: on
# fmt: off
ZH_WORK = ("恒通物流有限公司", "红星纺织厂", "新锐电子科技有限公司", "育才实验小学", "市自来水公司", "金鹰商贸城", "宏达建筑工程有限公司", "县农商银行", "蓝天幼儿园", "长城汽车配件厂", "市第十一中学", "顺丰速运城东营业部")
# fmt: on


def zh_place(c: Ctx):
    return c.ch(ZH_PLACES)


def zh_street(c: Ctx, pl) -> str:
    dist = c.ch(pl[2])
    if c.chance(0.3):
        return f"{dist}{c.ch(ZH_TOWNS)}{c.ch(ZH_VILLAGES)}{c.ri(1, 9)}组{c.ri(1, 60)}号"
    return f"{dist}{c.ch(ZH_ROADS)}{c.ri(1, 388)}号{c.ch(ZH_COMMUNITIES)}{c.ri(1, 28)}栋{c.ri(1, 4)}单元{c.ri(1, 28)}0{c.ri(1, 4)}室"


def zh_postcode(c: Ctx, pl) -> str:
    return pl[3] + c.digits(3, False)


def zh_hosp(c: Ctx, pl=None) -> str:
    pl = pl or zh_place(c)
    return c.pick(pl[1] + c.ch(ZH_HOSP_SUFFIX), pl[1][:2] + c.ch(ZH_HOSP_NAMED), c.ch(pl[2]) + "人民医院")


def dzh(c: Ctx, d: dt.date, style: str | None = None) -> str:
    style = style or c.ch(("cn", "cn", "iso", "dot", "slash", "md"))
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "iso": d.isoformat(),
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "md": f"{d.month}月{d.day}日",
        "compact": f"{d.year}{d.month:02d}{d.day:02d}",
    }[style]


def mobile(c: Ctx) -> str:
    n = c.ch(("139", "158", "186", "177", "135", "199", "152")) + c.digits(8, False)
    return c.ch((n, n, f"{n[:3]} {n[3:7]} {n[7:]}", f"{n[:3]}-{n[3:7]}-{n[7:]}", f"+86 {n}"))


def tel_zh(c: Ctx, pl) -> str:
    n = c.ri(2, 8) + 0
    body = str(n) + c.digits(7, False)
    return c.ch((f"{pl[4]}-{body}", f"（{pl[4]}）{body}", f"{pl[4]}-{body[:4]} {body[4:]}"))


def id_card(c: Ctx, dob: dt.date, sex: str) -> str:
    area = c.ch(
        (
            "330502",
            "360702",
            "510703",
            "410305",
            "450202",
            "370705",
            "120103",
            "500103",
            "430602",
            "620502",
            "350502",
            "222401",
        )
    )
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{area}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def plate_zh(c: Ctx) -> str:
    pre = c.ch(("浙E", "赣B", "川B", "豫C", "桂B", "鲁G", "津A", "渝A", "湘F", "甘E", "闽C", "吉H"))
    tail = c.ch((c.alnum(5), c.digits(5), f"D{c.alnum(5)}", f"F{c.digits(5)}"))
    return c.ch((f"{pre}·{tail}", f"{pre}{tail}"))


def passport_zh(c: Ctx) -> str:
    return c.ch(
        (f"E{c.digits(8)}", f"EJ{c.digits(7)}", f"C{c.digits(8)}", f"H{c.digits(8)}", f"G{c.digits(8)}")
    )


def pinyin_email(c: Ctx) -> str:
    return (
        c.ch(("qingfeng", "xiaoyu", "wenjing", "zhaohui", "lanxi", "mingze", "suyun"))
        + c.digits(c.ri(2, 5), False)
        + "@"
        + c.ch(("163.com", "qq.com", "126.com", "sina.com", "foxmail.com"))
    )
