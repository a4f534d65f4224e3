# Longer than 450 lines: v25's hand-written value pools (names, places and identifiers of seven countries) are data, kept beside the small helpers that draw from them.
"""v25's own value pools and helpers (hand-written for v25; README.md "v25").

From _core only the span builder (Doc, P, K) and the 身份证 check digit are imported; every
name, place and identifier shape below was written for this version.
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt

from _core import K, P, id_card_checksum

__all__ = ["K", "P"]

# --------------------------------------------------------------------------- English names

# fmt: off

EN_FIRST_F = (
    "Ifeoma", "Nomvula", "Saoirse", "Gráinne", "Mereana", "Moana", "Malia", "Parminder", "Bożena",
    "Ingrid", "Yareli", "Xóchitl", "Anastasiya", "Ji-woo", "Akosua", "Eilidh", "Tahlia", "Noelani",
    "Chiamaka", "Renske", "Dagny", "Marisol", "Tuyết", "Hine", "Shreya", "Ivy", "Summer", "Honey",
    "Faith", "Clodagh", "Róisín", "Wairimu", "Lakshmi", "Maëlle", "Zofia",
)
EN_FIRST_M = (
    "Chukwuemeka", "Sipho", "Tadhg", "Rangi", "Sione", "Kalani", "Jaswinder", "Przemysław", "Mateo",
    "Grigori", "Min-jun", "Kofi", "Hemi", "Bodhi", "Winston", "Ezekiel", "Darragh", "Lachlan", "Anh",
    "Rafael", "Émile", "Tevita", "Sterling", "Rusty", "Chance", "Cathal", "Oisinn", "Babatunde",
    "Lorcan", "Bartholomew", "Yusuf", "Henare",
)
EN_SURNAMES = (
    "van Rensburg", "de la Cruz", "Du Toit", "De Villiers", "Mac Giolla Phádraig", "O'Dwyer",
    "McIlroy", "Ferreira-Lopes", "Adeyemi-Cole", "Kowalczyk", "Nowakowska", "Trần", "Đặng", "Ngata",
    "Tautahi", "Fonoti", "Tsosie", "Manuelito", "Abdirahman", "Haddad", "Okafor", "Mbeki-Jones",
    "Lindqvist", "Østergaard", "Ó Séaghdha", "St. Clair", "D'Souza", "da Silva", "Al-Amin",
    "Papadopoulos", "Sandhu", "Nakashima", "Kealoha", "Cook", "Shepherd", "Butcher", "Gardener",
    "Sharp", "Little", "Strong", "Wise", "Hill", "Brook", "Marsh", "Snow", "Frost", "Quigley",
    "Fitzgerald-Reyes", "Oyelaran", "Hohaia", "Kaufusi", "Villanueva", "Ruatapu", "Brennan", "Considine",
)
#: names above that are ordinary English words (for the driver)
WORDLIKE = (
    "ivy", "summer", "honey", "faith", "sterling", "rusty", "chance", "cook", "shepherd", "butcher",
    "gardener", "sharp", "little", "strong", "wise", "hill", "brook", "marsh", "snow", "frost",
    "bear", "tiny", "boo", "chip", "dot", "bunny", "sparky",
)
NICKNAMES = ("Bubba", "Sully", "Gigi", "Boo", "Moxie", "Tiny", "Bear", "Lulu", "Sparky", "Bunny", "Chip", "Dot")
KID_FIRST = ("Ruairí", "Aiyana", "Kaia", "Ottilie", "Eshan", "Marama", "Finnian", "Zuri", "Ilse", "Tama", "Orla", "Dev")

# --------------------------------------------------------------------------- places

# town, state, abbr, zip, area code
US_TOWNS = (
    ("Keokuk", "Iowa", "IA", "52632", "319"), ("Yankton", "South Dakota", "SD", "57078", "605"),
    ("Paducah", "Kentucky", "KY", "42001", "270"), ("Durango", "Colorado", "CO", "81301", "970"),
    ("Ketchikan", "Alaska", "AK", "99901", "907"), ("Brattleboro", "Vermont", "VT", "05301", "802"),
    ("Hattiesburg", "Mississippi", "MS", "39401", "601"), ("Texarkana", "Texas", "TX", "75501", "903"),
    ("Opelousas", "Louisiana", "LA", "70570", "337"), ("Kalispell", "Montana", "MT", "59901", "406"),
    ("Kearney", "Nebraska", "NE", "68847", "308"), ("Muskogee", "Oklahoma", "OK", "74401", "918"),
    ("Beckley", "West Virginia", "WV", "25801", "304"), ("Sandusky", "Ohio", "OH", "44870", "419"),
    ("Eau Claire", "Wisconsin", "WI", "54701", "715"), ("Bemidji", "Minnesota", "MN", "56601", "218"),
    ("Hobbs", "New Mexico", "NM", "88240", "575"), ("Yuma", "Arizona", "AZ", "85364", "928"),
    ("Klamath Falls", "Oregon", "OR", "97601", "541"), ("Kahului", "Hawaii", "HI", "96732", "808"),
    ("Presque Isle", "Maine", "ME", "04769", "207"), ("Elko", "Nevada", "NV", "89801", "775"),
    ("Cody", "Wyoming", "WY", "82414", "307"), ("Gainesville", "Georgia", "GA", "30501", "770"),
)
# town, postcode district, STD code
UK_TOWNS = (
    ("Whitby", "YO21", "01947"), ("Penrith", "CA11", "01768"), ("Oban", "PA34", "01631"),
    ("Llandudno", "LL30", "01492"), ("Brecon", "LD3", "01874"), ("Enniskillen", "BT74", "028"),
    ("Skegness", "PE25", "01754"), ("Barnstaple", "EX31", "01271"), ("Lerwick", "ZE1", "01595"),
    ("Kirkwall", "KW15", "01856"), ("Hawick", "TD9", "01450"), ("Ludlow", "SY8", "01584"),
    ("Fort William", "PH33", "01397"), ("Bridlington", "YO16", "01262"),
)
# town, county, eircode routing key, area code
IE_TOWNS = (
    ("Ennis", "Clare", "V95", "065"), ("Castlebar", "Mayo", "F23", "094"), ("Tralee", "Kerry", "V92", "066"),
    ("Letterkenny", "Donegal", "F92", "074"), ("Mullingar", "Westmeath", "N91", "044"),
    ("Kilkenny", "Kilkenny", "R95", "056"), ("Dundalk", "Louth", "A91", "042"), ("Clonmel", "Tipperary", "E91", "052"),
    ("Sligo", "Sligo", "F91", "071"), ("Navan", "Meath", "C15", "046"),
)
# town, postcode, area code
NZ_TOWNS = (
    ("Whanganui", "4500", "06"), ("Gisborne", "4010", "06"), ("Timaru", "7910", "03"), ("Nelson", "7010", "03"),
    ("Invercargill", "9810", "03"), ("Rotorua", "3010", "07"), ("Whangārei", "0110", "09"), ("Napier", "4110", "06"),
    ("Masterton", "5810", "06"), ("Greymouth", "7805", "03"),
)
# town, state, postcode, area code
AU_TOWNS = (
    ("Mildura", "VIC", "3500", "03"), ("Dubbo", "NSW", "2830", "02"), ("Toowoomba", "QLD", "4350", "07"),
    ("Kalgoorlie", "WA", "6430", "08"), ("Alice Springs", "NT", "0870", "08"), ("Mount Gambier", "SA", "5290", "08"),
    ("Launceston", "TAS", "7250", "03"), ("Broken Hill", "NSW", "2880", "08"), ("Port Hedland", "WA", "6721", "08"),
    ("Bundaberg", "QLD", "4670", "07"), ("Katherine", "NT", "0850", "08"), ("Wagga Wagga", "NSW", "2650", "02"),
)
# city, province, abbr, FSA, area code
CA_TOWNS = (
    ("Moncton", "New Brunswick", "NB", "E1C", "506"), ("Kamloops", "British Columbia", "BC", "V2C", "250"),
    ("Lethbridge", "Alberta", "AB", "T1J", "403"), ("Thunder Bay", "Ontario", "ON", "P7B", "807"),
    ("Sherbrooke", "Quebec", "QC", "J1H", "819"), ("Brandon", "Manitoba", "MB", "R7A", "204"),
    ("Corner Brook", "Newfoundland and Labrador", "NL", "A2H", "709"), ("Charlottetown", "Prince Edward Island", "PE", "C1A", "902"),
    ("Prince Albert", "Saskatchewan", "SK", "S6V", "306"), ("Timmins", "Ontario", "ON", "P4N", "705"),
)
STREETS = (
    "Larkspur", "Quarry", "Tamarack", "Ferris", "Bellweather", "Cobb", "Drumlin", "Wexford", "Halyard",
    "Kestrel", "Orchard", "Saltmarsh", "Juniper", "Pohutukawa", "Wattle", "Banksia", "Gannet", "Tern",
)
US_SUFFIX = ("St", "Ave", "Rd", "Ln", "Dr", "Ct", "Blvd", "Way")
UK_SUFFIX = ("Road", "Lane", "Terrace", "Crescent", "Close", "Street", "Wynd", "Avenue")
EMPLOYERS = (
    "Tri-County Grain Co-operative", "Halyard Marine Services", "Kestrel Freight Lines", "Bellweather Bakery",
    "Drumlin Quarry Ltd", "Saltmarsh Aquaculture", "Northgate Logistics", "Pinecrest School District",
    "Riverbend Meatworks", "Ferrisdale Council", "Wexford Dairies", "Copperhead Mining Pty Ltd",
    "Larkspur Aged Care", "Harbourside Hotel Group", "Gannet Ferries", "Quarryview Joinery",
)

# fmt: on

# --------------------------------------------------------------------------- shapes


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(c) -> str:
    body = "1" + c.digits(8, False)
    return body + luhn_digit("80840" + body)


def ssn(c) -> str:
    a = c.ri(101, 665)
    return c.pick(
        f"{a:03d}-{c.ri(10, 99):02d}-{c.ri(1000, 9999):04d}",
        f"{a:03d} {c.ri(10, 99):02d} {c.ri(1000, 9999):04d}",
    )


def mbi(c) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    s = f"{c.ri(1, 9)}{c.ch(al)}{c.ch(al + '0123456789')}{c.ri(0, 9)}{c.ch(al)}{c.ch(al + '0123456789')}{c.ri(0, 9)}{c.ch(al)}{c.ch(al)}{c.ri(0, 9)}{c.ri(0, 9)}"
    return c.pick(s, f"{s[:4]}-{s[4:7]}-{s[7:]}")


def nhs_number(c) -> str:
    while True:
        d = [c.ri(0, 9) for _ in range(9)]
        d[0] = c.ri(4, 7)
        chk = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            s = "".join(map(str, d)) + str(chk)
            return c.pick(f"{s[:3]} {s[3:6]} {s[6:]}", s)


def ppsn(c) -> str:
    """Irish PPS number: 7 digits + check letter (weights 8..2, mod 23)."""
    d = c.digits(7, False)
    chk = sum(int(x) * (8 - i) for i, x in enumerate(d)) % 23
    return d + "WABCDEFGHIJKLMNOPQRSTUV"[chk] + c.pick("", "A")


def nhi(c) -> str:
    """NZ National Health Index, old AAANNNC shape with its mod-11 check digit."""
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        letters = [c.ch(al) for _ in range(3)]
        nums = [c.ri(0, 9) for _ in range(3)]
        vals = [al.index(ch) + 1 for ch in letters] + nums
        chk = 11 - sum(v * (7 - i) for i, v in enumerate(vals)) % 11
        if chk < 10:
            return "".join(letters) + "".join(map(str, nums)) + str(chk % 10)


def au_medicare(c) -> str:
    d = [c.ri(2, 6)] + [c.ri(0, 9) for _ in range(7)]
    chk = sum(x * w for x, w in zip(d, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    s = "".join(map(str, d)) + str(chk) + str(c.ri(1, 5))
    return c.pick(f"{s[:4]} {s[4:9]} {s[9]}", s)


def ca_health(c, abbr: str) -> str:
    if abbr == "ON":
        return f"{c.digits(4)}-{c.digits(3, False)}-{c.digits(3, False)}-{c.letters(2)}"
    if abbr == "QC":
        return f"{c.letters(4)} {c.digits(4, False)} {c.digits(4, False)}"
    return c.pick(c.digits(9), f"{c.digits(4)} {c.digits(5, False)}")


def ca_postal(c, fsa: str) -> str:
    return f"{fsa} {c.ri(1, 9)}{c.letters(1, 'ABCEGHJKLMNPRSTVWXYZ')}{c.ri(0, 9)}"


def uk_postcode(c, district: str) -> str:
    return f"{district} {c.ri(1, 9)}{c.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def eircode(c, key: str) -> str:
    return f"{key} {c.letters(1, 'ACDEFHKNPRTVWXY')}{c.ri(0, 9)}{c.letters(1, 'ACDEFHKNPRTVWXY')}{c.ri(0, 9)}"


def zip_us(c, z: str) -> str:
    return c.pick(z, z, f"{z}-{c.digits(4, False)}")


def us_phone(c, area: str) -> str:
    n = f"{c.ri(2, 9)}{c.digits(2, False)}"
    t = c.digits(4, False)
    return c.pick(
        f"({area}) {n}-{t}", f"{area}-{n}-{t}", f"{area}.{n}.{t}", f"+1 {area} {n} {t}", f"1-{area}-{n}-{t}"
    )


def uk_phone(c, std: str) -> str:
    rest = c.digits(6 if len(std) == 5 else (8 if std == "028" else 6), False)
    if c.chance(0.3):
        return f"07{c.ri(100, 999)} {c.digits(6, False)}"
    return c.pick(f"{std} {rest}", f"+44 {std[1:]} {rest}", f"({std}) {rest}")


def ie_phone(c, area: str) -> str:
    if c.chance(0.35):
        return c.pick(
            f"08{c.ri(3, 9)} {c.digits(3, False)} {c.digits(4, False)}",
            f"+353 8{c.ri(3, 9)} {c.digits(3, False)} {c.digits(4, False)}",
        )
    return c.pick(
        f"({area}) {c.digits(3)} {c.digits(4, False)}",
        f"+353 {area[1:]} {c.digits(3)} {c.digits(4, False)}",
        f"{area}-{c.digits(7)}",
    )


def nz_phone(c, area: str) -> str:
    if c.chance(0.35):
        return c.pick(
            f"021 {c.digits(3, False)} {c.digits(4, False)}",
            f"027-{c.digits(3)}-{c.digits(4, False)}",
            f"+64 22 {c.digits(3)} {c.digits(4, False)}",
        )
    return c.pick(
        f"({area}) {c.ri(3, 9)}{c.digits(2, False)} {c.digits(4, False)}",
        f"+64 {area[1]} {c.ri(3, 9)}{c.digits(6, False)}",
        f"{area} {c.ri(3, 9)}{c.digits(6, False)}",
    )


def au_phone(c, area: str) -> str:
    if c.chance(0.35):
        return c.pick(
            f"04{c.digits(2, False)} {c.digits(3, False)} {c.digits(3, False)}",
            f"+61 4{c.digits(2, False)} {c.digits(3, False)} {c.digits(3, False)}",
        )
    return c.pick(
        f"({area}) {c.ri(5, 9)}{c.digits(3, False)} {c.digits(4, False)}",
        f"+61 {area[1]} {c.ri(5, 9)}{c.digits(3, False)} {c.digits(4, False)}",
        f"{area} {c.ri(5, 9)}{c.digits(7, False)}",
    )


def ip4(c) -> str:
    return c.pick(
        f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
        f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
        f"192.168.{c.ri(0, 255)}.{c.ri(1, 254)}",
        f"{c.ri(23, 203)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
    )


def ip6(c) -> str:
    return f"2001:db8:{c.ri(0, 65535):x}:{c.ri(0, 65535):x}::{c.ri(1, 65535):x}"


def email(c, first: str, last: str) -> str:
    import unicodedata

    def ascii_(s):
        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
        return "".join(ch for ch in s.lower() if ch.isalnum())

    f, la = ascii_(first) or "pt", ascii_(last) or "mail"
    dom = c.pick(
        "gmail.com",
        "outlook.com",
        "yahoo.co.uk",
        "eircom.net",
        "xtra.co.nz",
        "bigpond.com",
        "icloud.com",
        "proton.me",
        "shaw.ca",
    )
    return c.pick(
        f"{f}.{la}@{dom}", f"{f[0]}{la}{c.ri(1, 99)}@{dom}", f"{la}_{f}@{dom}", f"{f}{c.ri(60, 99)}@{dom}"
    )


def passport(c) -> str:
    return c.pick(
        f"{c.letters(2)}{c.digits(7)}", f"{c.letters(1)}{c.digits(8)}", c.digits(9), f"P{c.digits(7)}"
    )


def serial(c) -> str:
    return c.pick(
        f"{c.letters(3)}{c.digits(6)}",
        f"{c.letters(2)}{c.digits(7)}N",
        f"SN {c.digits(8)}",
        f"{c.digits(4)}-{c.alnum(6)}",
    )


def us_plate(c) -> str:
    return c.pick(
        f"{c.ri(1, 9)}{c.letters(3)}{c.digits(3, False)}",
        f"{c.letters(3)}-{c.digits(4)}",
        f"{c.letters(3)} {c.digits(3)}",
    )


def vin(c) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(c.ch(al) for _ in range(17))


def fmt_date(c, d: dt.date, style: str = "") -> str:
    mon = d.strftime("%b")
    style = style or c.ch(("us", "dmy", "iso", "long", "dmon", "dot"))
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "iso": d.isoformat(),
        "long": f"{d.day} {d.strftime('%B')} {d.year}",
        "mdy": f"{d.strftime('%B')} {d.day}, {d.year}",
        "dmon": f"{d.day:02d}-{mon.upper()}-{d.year}",
        "dot": f"{d.day}.{d.month}.{d.year}",
    }[style]


def rdate(c, y0: int = 2019, y1: int = 2025) -> dt.date:
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 31) - start).days))


def dob_for_age(c, age: int, ref: dt.date) -> dt.date:
    d = dt.date(ref.year - age - 1, 1, 1) + dt.timedelta(days=c.ri(0, 364))
    if (ref.month, ref.day) >= (d.month, d.day):
        d = dt.date(d.year + 1, d.month, min(d.day, 28))
    return d


def en_person(c, sex: str = ""):
    sex = sex or c.pick("F", "M")
    first = c.ch(EN_FIRST_F if sex == "F" else EN_FIRST_M)
    last = c.ch(EN_SURNAMES)
    return first, last, sex


def name_style(c, first: str, last: str, upper: bool = False) -> str:
    s = c.pick(f"{first} {last}", f"{last}, {first}", f"{first} {last}", f"{first[0]}. {last}")
    return s.upper() if upper else s


def clin(c) -> str:
    f, la, _ = en_person(c)
    return c.pick(f"{f} {la}", f"{f[0]}. {la}", la)


def age_pair(c, over: float):
    """(age, is_over_89)."""
    if c.chance(over):
        return c.ri(90, 104), True
    return c.ri(19, 86), False


def age_p(age: int):
    return P("AGE_OVER_89", str(age)) if age > 89 else str(age)


# --------------------------------------------------------------------------- Chinese

# fmt: off

ZH_RARE = ("禤", "佘", "谯", "阚", "靳", "郗", "荀", "晏", "牟", "麦", "覃", "蒯", "闵", "查", "尉", "濮", "晁", "扈", "鞠", "帅", "库", "寇", "桑", "练")
ZH_COMMON = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高")
ZH_COMPOUND = ("上官", "诸葛", "东方", "皇甫", "公孙", "令狐", "端木", "慕容", "司马", "尉迟", "闻人", "澹台")
ZH_GIVEN_F = ("秀芬", "春燕", "婉清", "梓涵", "雨桐", "玉兰", "海燕", "美霞", "丽娟", "若曦", "静", "颖", "娜", "翠萍", "桂香", "晓雯", "欣怡", "淑贞")
ZH_GIVEN_M = ("国庆", "志强", "浩宇", "建军", "子墨", "思远", "德福", "俊杰", "晓东", "一鸣", "军", "涛", "斌", "磊", "长根", "宏伟", "家豪", "振华")
ZH_MINORITY = (
    ("热依拉·阿不都", "F"), ("买合木提·吾守尔", "M"), ("乌日娜", "F"), ("朝鲁门", "M"), ("格日勒图", "M"),
    ("卓玛", "F"), ("次仁央金", "F"), ("扎西平措", "M"), ("阿衣古丽·吐尔洪", "F"), ("岩罕", "M"), ("玉喃", "F"),
    ("曲比阿果", "F"), ("朴美玲", "F"), ("崔光日", "M"), ("蓝春花", "F"), ("莫桂英", "F"), ("那日苏", "M"),
)
ZH_PET = ("球球", "壮壮", "妞妞", "乐乐", "果果", "团团", "圆圆", "石头", "毛毛", "胖胖", "丫丫", "嘟嘟")
ZH_FOREIGN = (
    ("Amadou Diallo", "M"), ("Ingrid Halvorsen", "F"), ("Marco Ferretti", "M"), ("Aiko Morimoto", "F"),
    ("Rajesh Iyer", "M"), ("Fatou Ndiaye", "F"), ("Lukas Brenner", "M"), ("Ekaterina Sokolova", "F"),
    ("Somchai Wongsa", "M"), ("Jamal Haddad", "M"), ("Carla Mendes", "F"), ("Tendai Moyo", "M"),
)
# 省, 市, 区/县, 区划码, 邮编, 区号, plate prefix, rural
ZH_AREAS = (
    ("河北省", "唐山市", "路北区", "130203", "063000", "0315", "冀B", False),
    ("山西省", "大同市", "平城区", "140213", "037000", "0352", "晋B", False),
    ("辽宁省", "鞍山市", "铁东区", "210302", "114000", "0412", "辽C", False),
    ("江苏省", "扬州市", "广陵区", "321002", "225000", "0514", "苏K", False),
    ("福建省", "泉州市", "鲤城区", "350502", "362000", "0595", "闽C", False),
    ("广东省", "汕头市", "金平区", "440511", "515000", "0754", "粤D", False),
    ("湖北省", "宜昌市", "西陵区", "420502", "443000", "0717", "鄂E", False),
    ("湖南省", "衡阳市", "雁峰区", "430406", "421000", "0734", "湘D", False),
    ("四川省", "绵阳市", "涪城区", "510703", "621000", "0816", "川B", False),
    ("浙江省", "温州市", "鹿城区", "330302", "325000", "0577", "浙C", False),
    ("山东省", "烟台市", "芝罘区", "370602", "264000", "0535", "鲁F", False),
    ("安徽省", "芜湖市", "镜湖区", "340202", "241000", "0553", "皖B", False),
    ("江西省", "九江市", "浔阳区", "360403", "332000", "0792", "赣G", False),
    ("内蒙古自治区", "锡林郭勒盟", "锡林浩特市", "152502", "026000", "0479", "蒙H", False),
    ("湖南省", "邵阳市", "隆回县", "430524", "422200", "0739", "湘E", True),
    ("云南省", "红河哈尼族彝族自治州", "元阳县", "532528", "662400", "0873", "云G", True),
    ("贵州省", "黔南布依族苗族自治州", "荔波县", "522722", "558400", "0854", "贵J", True),
    ("广西壮族自治区", "百色市", "那坡县", "451026", "533900", "0776", "桂L", True),
    ("甘肃省", "甘南藏族自治州", "夏河县", "623027", "747100", "0941", "甘P", True),
    ("河南省", "周口市", "郸城县", "411625", "477150", "0394", "豫P", True),
    ("江西省", "上饶市", "余干县", "361127", "335100", "0793", "赣E", True),
    ("湖北省", "荆州市", "公安县", "421022", "434300", "0716", "鄂D", True),
    ("四川省", "凉山彝族自治州", "昭觉县", "513431", "616150", "0834", "川W", True),
    ("新疆维吾尔自治区", "喀什地区", "伽师县", "653129", "844300", "0998", "新Q", True),
    ("湖南省", "岳阳市", "湘阴县", "430624", "414600", "0730", "湘F", True),
)
ZH_ROADS = ("建设", "解放", "新华", "文昌", "滨江", "朝阳", "青年", "胜利", "和平", "人民", "光明", "龙泉", "金沙", "桂花")
ZH_XQ = ("锦绣", "翠湖", "阳光", "金色家园", "碧桂", "书香", "幸福里", "御景")
ZH_TOWNS = ("桃花", "石门", "沙坪", "龙潭", "白沙", "清水", "马坪", "高桥", "新店", "水口")
ZH_VILLAGES = ("上湾", "李家坪", "杨柳", "大树", "田心", "岭脚", "新塘", "枫林", "河口", "双龙")
ZH_WORK = ("宏达建材有限公司", "顺丰速运网点", "美团外卖配送站", "长江航运公司", "翠湖物业服务中心", "恒信汽车销售服务有限公司",
           "县第二中学", "金穗农业合作社", "新华书店", "鑫源矿业有限公司", "援外医疗队", "中铁某局项目部")

# fmt: on


def zh_area(c, rural=None):
    pool = [a for a in ZH_AREAS if rural is None or a[7] == rural]
    return c.ch(pool)


def zh_person(c, sex: str = "", rare: float = 0.5):
    sex = sex or c.pick("F", "M")
    if c.chance(0.12):
        nm, sx = c.ch(ZH_MINORITY)
        return nm, sx
    sur = c.ch(ZH_COMPOUND) if c.chance(0.15) else (c.ch(ZH_RARE) if c.chance(rare) else c.ch(ZH_COMMON))
    return sur + c.ch(ZH_GIVEN_F if sex == "F" else ZH_GIVEN_M), sex


def zh_clin(c) -> str:
    return zh_person(c, rare=0.4)[0]


def zh_surname(name: str) -> str:
    return next((s for s in ZH_COMPOUND if name.startswith(s)), name[:1])


def zh_addr(c, a, detail: bool = True) -> str:
    """District/county and below (ADDRESS_STREET)."""
    if a[7]:
        return f"{a[2]}{c.ch(ZH_TOWNS)}镇{c.ch(ZH_VILLAGES)}村{c.ri(1, 12)}组" + (
            f"{c.ri(1, 60)}号" if detail and c.chance(0.4) else ""
        )
    s = f"{a[2]}{c.ch(ZH_ROADS)}{c.pick('路', '街', '大道')}{c.ri(1, 399)}号"
    if detail and c.chance(0.6):
        s += f"{c.ch(ZH_XQ)}小区{c.ri(1, 30)}栋{c.ri(1, 6)}单元{c.ri(1, 28)}{c.ri(1, 4):02d}室"
    return s


def zh_id(c, a, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a[3]}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def zh_mobile(c) -> str:
    n = f"1{c.ch('3578')}{c.ri(0, 9)}{c.digits(8, False)}"
    return c.pick(n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}")


def zh_land(c, a) -> str:
    n = f"{c.ri(2, 8)}{c.digits(6, False)}"
    return c.pick(f"{a[5]}-{n}", f"（{a[5]}）{n}", f"{a[5]}{n}")


def zh_plate(c, a) -> str:
    tail = c.pick(
        f"{c.digits(5, False)}",
        f"{c.letters(1)}{c.digits(4, False)}",
        f"{c.pick('D', 'F')}{c.digits(5, False)}",
    )
    return c.pick(f"{a[6]}·{tail}", f"{a[6]}{tail}")


def zh_hosp(c, a) -> str:
    city = a[1] if a[1].endswith("市") else a[2]
    if a[7]:
        return c.pick(
            f"{a[2]}人民医院", f"{a[2]}中医医院", f"{c.ch(ZH_TOWNS)}镇卫生院", f"{a[1]}第二人民医院"
        )
    return c.pick(
        f"{city}第一人民医院",
        f"{city}中心医院",
        f"{city}妇幼保健院",
        f"{a[2]}{c.ch(ZH_ROADS)}街道社区卫生服务中心",
    )


def zh_date(c, d: dt.date, style: str = "") -> str:
    style = style or c.ch(("cn", "dash", "dot", "slash", "cn", "md"))
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "dash": d.isoformat(),
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "md": f"{d.month}月{d.day}日",
    }[style]


def zh_num_age(c, age: int) -> str:
    digits = "零一二三四五六七八九"
    if age >= 100:
        return "一百" + ("" if age == 100 else ("零" + digits[age - 100] if age < 110 else ""))
    return digits[age // 10] + "十" + (digits[age % 10] if age % 10 else "")


def zh_age(c, over: float):
    """(age, P-or-str, is_over)."""
    if c.chance(over):
        age = c.ri(90, 103)
        return age, P("AGE_OVER_89", c.pick(str(age), str(age), zh_num_age(c, age))), True
    age = c.ri(18, 85)
    return age, str(age), False


def zh_email(c) -> str:
    user = c.pick(
        f"{c.letters(2).lower()}{c.digits(6)}",
        f"{c.ch(('xiaoyu', 'lihua', 'zhangwei', 'chenjing', 'wanghao'))}{c.ri(70, 99)}",
    )
    return f"{user}@{c.ch(('qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com'))}"
