# Longer than 450 lines: v26's hand-written value pools (names, places, identifiers of several countries) are data.
"""v26's own value pools and helpers: hand-written for v26, none taken from an earlier version.

From _core it imports only the span-tracking builder (Doc, P, K) and the 身份证 check digit.
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt

from _core import K, P, id_card_checksum

__all__ = ["K", "P"]

# --------------------------------------------------------------------------- English names

EN_F = (
    "Thandiwe",
    "Aoibheann",
    "Kahurangi",
    "Losaline",
    "Harpreet",
    "Wiktoria",
    "Itzel",
    "Oksana",
    "Seo-yeon",
    "Abena",
    "Isla",
    "Leilani",
    "Ngozi",
    "Ataahua",
    "Sinéad",
    "Océane",
    "Nokuthula",
    "Yaretzi",
    "Agnieszka",
    "Fenella",
    "Marigold",
    "Temperance",
    "Ebele",
    "Mehwish",
    "Zanele",
    "Brígida",
    "Tallulah",
    "Kiri",
)
EN_M = (
    "Obinna",
    "Lwazi",
    "Cathal",
    "Wiremu",
    "Viliami",
    "Gurpreet",
    "Wojciech",
    "Dmitri",
    "Seo-jun",
    "Kwabena",
    "Ruaridh",
    "Tane",
    "Pádraig",
    "Anatole",
    "Siosaia",
    "Keanu",
    "Bartholomew",
    "Thabo",
    "Mikaere",
    "Florin",
    "Oisín",
    "Tendekai",
    "Yusuf",
    "Lachlan",
    "Ignatius",
    "Casimir",
    "Emeka",
    "Fergal",
)
#: first names and surnames that are ordinary English words
EN_WORD_F = ("Joy", "Dawn", "Crystal", "Hazel", "Sunny", "Merry", "Precious")
EN_WORD_M = ("Rocky", "Sonny", "Major", "Duke", "Chase")
EN_WORD_SUR = (
    "Bishop",
    "Mason",
    "Fisher",
    "Waters",
    "Bird",
    "Lamb",
    "Stone",
    "Rivers",
    "Church",
    "Pool",
    "Wood",
    "Field",
    "Bell",
)
EN_SUR = (
    "van der Merwe",
    "Ní Bhriain",
    "Mac Carthaigh",
    "O'Halloran",
    "Fitzgerald-Nash",
    "Te Rangi",
    "Tuhiwai",
    "Paewai",
    "Fifita",
    "Vainikolo",
    "Begay",
    "Yazzie",
    "Nakai",
    "Kowalczyk",
    "Szymańska",
    "Phạm",
    "Võ",
    "Castañeda",
    "de los Santos",
    "Al-Farsi",
    "Mahlangu",
    "Dlamini",
    "Nkosi",
    "Sithole",
    "Oyelaran",
    "Adebayo-Smith",
    "Ramaswamy",
    "Chaudhry",
    "Brennan",
    "McAteer",
    "Cuthbertson",
    "Sinclair-Hume",
    "Lindqvist",
    "Haugland",
    "Petrenko",
    "Kealoha",
    "Kahananui",
    "St-Onge",
    "Lévesque",
    "Thériault",
    "Okonjo",
    "Mwale",
    "Carvalho",
    "Kaur-Gill",
    "Quigley",
    "Drummond",
    "MacLennan",
    "Pretorius",
    "Botha",
)
NICK = (
    "Dusty",
    "Pip",
    "Scooter",
    "Peaches",
    "Junebug",
    "Tank",
    "Smudge",
    "Noodle",
    "Ace",
    "Biscuit",
    "Moose",
    "Ziggy",
)
KID_F = ("Aroha", "Saoirse-Lee", "Nevaeh", "Zaria", "Imani", "Kenzie", "Freya", "Talia", "Amara", "Wren")
KID_M = ("Rowan", "Kairo", "Bodhi", "Ezra", "Jaxon", "Tadhgán", "Eli", "Kian", "Matteo", "Nico")
WORDLIKE = tuple(n.casefold() for n in EN_WORD_F + EN_WORD_M + EN_WORD_SUR + NICK)


def en_first(c, sex=None, word=0.15):
    sex = sex or c.ch("FM")
    if c.chance(word):
        return c.ch(EN_WORD_F if sex == "F" else EN_WORD_M)
    return c.ch(EN_F if sex == "F" else EN_M)


def en_sur(c, word=0.15):
    return c.ch(EN_WORD_SUR) if c.chance(word) else c.ch(EN_SUR)


def en_person(c, sex=None):
    sex = sex or c.ch("FM")
    return en_first(c, sex), en_sur(c), sex


def kid_first(c, sex):
    return c.ch(KID_F if sex == "F" else KID_M)


# --------------------------------------------------------------------------- English places

US = (  # town, state abbr, state, ZIP, area code
    ("Grand Junction", "CO", "Colorado", "81501", "970"),
    ("Las Cruces", "NM", "New Mexico", "88001", "575"),
    ("Dothan", "AL", "Alabama", "36301", "334"),
    ("Hattiesburg", "MS", "Mississippi", "39401", "601"),
    ("Elko", "NV", "Nevada", "89801", "775"),
    ("Casper", "WY", "Wyoming", "82601", "307"),
    ("Minot", "ND", "North Dakota", "58701", "701"),
    ("Pocatello", "ID", "Idaho", "83201", "208"),
    ("Beckley", "WV", "West Virginia", "25801", "304"),
    ("Cape Girardeau", "MO", "Missouri", "63701", "573"),
    ("Watertown", "NY", "New York", "13601", "315"),
    ("Oshkosh", "WI", "Wisconsin", "54901", "920"),
    ("Kearney", "NE", "Nebraska", "68847", "308"),
    ("Salina", "KS", "Kansas", "67401", "785"),
    ("Jonesboro", "AR", "Arkansas", "72401", "870"),
    ("Rutland", "VT", "Vermont", "05701", "802"),
    ("Nacogdoches", "TX", "Texas", "75961", "936"),
    ("Hilo", "HI", "Hawaii", "96720", "808"),
    ("Bethel", "AK", "Alaska", "99559", "907"),
    ("Wenatchee", "WA", "Washington", "98801", "509"),
    ("Chico", "CA", "California", "95926", "530"),
    ("Valdosta", "GA", "Georgia", "31601", "229"),
    ("Sumter", "SC", "South Carolina", "29150", "803"),
    ("Keene", "NH", "New Hampshire", "03431", "603"),
    ("Altoona", "PA", "Pennsylvania", "16601", "814"),
    ("Muncie", "IN", "Indiana", "47302", "765"),
    ("Marquette", "MI", "Michigan", "49855", "906"),
    ("Dubuque", "IA", "Iowa", "52001", "563"),
    ("Tupelo", "MS", "Mississippi", "38801", "662"),
    ("Enid", "OK", "Oklahoma", "73701", "580"),
)
UK = (  # town, postcode district, STD code
    ("Dumfries", "DG1", "01387"),
    ("Elgin", "IV30", "01343"),
    ("Stornoway", "HS1", "01851"),
    ("Thurso", "KW14", "01847"),
    ("Arbroath", "DD11", "01241"),
    ("Peebles", "EH45", "01721"),
    ("Stranraer", "DG9", "01776"),
    ("Hexham", "NE46", "01434"),
    ("Bridlington", "YO15", "01262"),
    ("Kendal", "LA9", "01539"),
    ("Barnstaple", "EX31", "01271"),
    ("Truro", "TR1", "01872"),
    ("Aberystwyth", "SY23", "01970"),
    ("Omagh", "BT78", "028"),
    ("Grantham", "NG31", "01476"),
    ("Dewsbury", "WF13", "01924"),
)
SCOT = UK[:7]
IE = (  # town, Eircode routing key, area code
    ("Naas", "W91", "045"),
    ("Kilkenny", "R95", "056"),
    ("Carlow", "R93", "059"),
    ("Wexford", "Y35", "053"),
    ("Athlone", "N37", "090"),
    ("Tullamore", "R35", "057"),
    ("Cavan", "H12", "049"),
    ("Ballina", "F26", "096"),
    ("Listowel", "V31", "068"),
    ("Thurles", "E41", "0504"),
    ("Nenagh", "E45", "067"),
    ("Bantry", "P75", "027"),
)
NZ = (  # town, postcode, area code
    ("Napier", "4110", "06"),
    ("Nelson", "7010", "03"),
    ("Blenheim", "7201", "03"),
    ("Masterton", "5810", "06"),
    ("Greymouth", "7805", "03"),
    ("Oamaru", "9400", "03"),
    ("Taupō", "3330", "07"),
    ("Tauranga", "3110", "07"),
    ("Palmerston North", "4410", "06"),
    ("Kaitaia", "0410", "09"),
    ("Levin", "5510", "06"),
    ("Hokitika", "7810", "03"),
)
AU = (  # town, state, postcode, area code
    ("Bendigo", "VIC", "3550", "03"),
    ("Ballarat", "VIC", "3350", "03"),
    ("Shepparton", "VIC", "3630", "03"),
    ("Warrnambool", "VIC", "3280", "03"),
    ("Traralgon", "VIC", "3844", "03"),
    ("Geelong", "VIC", "3220", "03"),
    ("Cairns", "QLD", "4870", "07"),
    ("Bundaberg", "QLD", "4670", "07"),
    ("Tamworth", "NSW", "2340", "02"),
    ("Orange", "NSW", "2800", "02"),
    ("Broome", "WA", "6725", "08"),
    ("Devonport", "TAS", "7310", "03"),
)
CA = (  # town, province abbr, province, FSA, area code
    ("Revelstoke", "BC", "British Columbia", "V0E", "250"),
    ("Fernie", "BC", "British Columbia", "V0B", "250"),
    ("Kelowna", "BC", "British Columbia", "V1Y", "250"),
    ("Nanaimo", "BC", "British Columbia", "V9R", "250"),
    ("Red Deer", "AB", "Alberta", "T4N", "403"),
    ("Medicine Hat", "AB", "Alberta", "T1A", "403"),
    ("Saskatoon", "SK", "Saskatchewan", "S7K", "306"),
    ("Fredericton", "NB", "New Brunswick", "E3B", "506"),
    ("Sudbury", "ON", "Ontario", "P3E", "705"),
    ("Mississauga", "ON", "Ontario", "L5B", "905"),
    ("Rimouski", "QC", "Quebec", "G5L", "418"),
    ("Yellowknife", "NT", "Northwest Territories", "X1A", "867"),
)
ZA = (  # town, province, postcode, area code
    ("Stellenbosch", "Western Cape", "7600", "021"),
    ("Pietermaritzburg", "KwaZulu-Natal", "3201", "033"),
    ("Polokwane", "Limpopo", "0699", "015"),
    ("Bloemfontein", "Free State", "9301", "051"),
    ("Gqeberha", "Eastern Cape", "6001", "041"),
    ("Mbombela", "Mpumalanga", "1200", "013"),
    ("George", "Western Cape", "6529", "044"),
    ("Kimberley", "Northern Cape", "8301", "053"),
)
STREET_WORDS = (
    "Kowhai",
    "Tamarack",
    "Sagebrush",
    "Wattle",
    "Heron",
    "Quarry",
    "Tannery",
    "Cooper",
    "Juniper",
    "Larkspur",
    "Saltmarsh",
    "Ironbark",
    "Ferry",
    "Millrace",
    "Bracken",
    "Sycamore",
    "Orchard",
    "Bellbird",
    "Pohutukawa",
    "Cedar",
)
SUFFIX = {
    "us": ("St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct"),
    "uk": ("Road", "Street", "Lane", "Terrace", "Crescent", "Wynd", "Close"),
    "ie": ("Road", "Street", "Park", "Avenue", "Lawn", "Grove"),
    "nz": ("Road", "Street", "Crescent", "Terrace", "Place"),
    "au": ("Street", "Road", "Parade", "Court", "Avenue", "Way"),
    "ca": ("Street", "Avenue", "Drive", "Road", "Crescent"),
    "za": ("Street", "Road", "Avenue", "Crescent", "Drive"),
}


NZ_WORDS = ("Kowhai", "Pohutukawa", "Bellbird")


def street(c, cc):
    words = STREET_WORDS if cc == "nz" else tuple(w for w in STREET_WORDS if w not in NZ_WORDS)
    base = f"{c.ri(2, 980)} {c.ch(words)} {c.ch(SUFFIX[cc])}"
    if cc == "us" and c.chance(0.35):
        base += c.pick(f" Apt {c.ri(1, 40)}{c.ch('ABCD')}", f" Unit {c.ri(100, 420)}", f" #{c.ri(2, 30)}")
    elif cc in ("uk", "ie") and c.chance(0.35):
        base = c.pick(f"Flat {c.ri(1, 14)}, ", f"Apartment {c.ri(1, 30)}, ") + base
    elif cc in ("au", "nz") and c.chance(0.35):
        base = f"{c.ri(1, 12)}/" + base
    elif cc == "ca" and c.chance(0.3):
        base = f"{c.ri(101, 1208)}-" + base
    return base


def zip_us(c, z):
    return z if c.chance(0.6) else f"{z}-{c.digits(4, False)}"


def pc_uk(c, dist):
    return f"{dist} {c.ri(1, 9)}{c.letters(2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def eircode(c, key):
    return f"{key} {c.ch('ACDEFHKNPRTVWXY')}{c.digits(1, False)}{c.ch('ACDEFHKNPRTVWXY')}{c.digits(1, False)}"


def pc_ca(c, fsa):
    return f"{fsa} {c.digits(1, False)}{c.ch('ABCEGHJKLMNPRSTVWXYZ')}{c.digits(1, False)}"


def ph_us(c, area=None):
    area = area or c.ch(US)[4]
    n = f"{c.ri(201, 989)}"
    last = c.digits(4, False)
    return c.pick(f"({area}) {n}-{last}", f"{area}-{n}-{last}", f"{area}.{n}.{last}", f"+1 {area} {n} {last}")


def ph_uk(c, std=None, mobile=False):
    if mobile:
        m = f"07{c.ri(300, 999)} {c.digits(6, False)}"
        return m if c.chance(0.7) else "+44 " + m[1:]
    std = std or c.ch(UK)[2]
    if std == "028":
        return f"028 {c.ri(70, 99)}{c.digits(2, False)} {c.digits(4, False)}"
    return f"{std} {c.digits(6)}"


def ph_ie(c, area=None, mobile=False):
    if mobile:
        m = f"08{c.ch('3567')} {c.digits(3)} {c.digits(4, False)}"
        return m if c.chance(0.7) else "+353 " + m[1:]
    area = area or c.ch(IE)[2]
    return f"({area}) {c.digits(3)} {c.digits(4, False)}" if c.chance(0.5) else f"{area} {c.digits(7)}"


def ph_nz(c, area=None, mobile=False):
    if mobile:
        return c.pick(
            f"021 {c.digits(3)} {c.digits(4, False)}",
            f"027 {c.digits(3)} {c.digits(4, False)}",
            f"+64 22 {c.digits(3)} {c.digits(4, False)}",
        )
    area = area or c.ch(NZ)[2]
    return (
        f"({area}) {c.ri(3, 9)}{c.digits(2, False)} {c.digits(4, False)}"
        if c.chance(0.5)
        else f"{area} {c.ri(3, 9)}{c.digits(2, False)} {c.digits(4, False)}"
    )


def ph_au(c, area=None, mobile=False):
    if mobile:
        m = f"04{c.digits(2, False)} {c.digits(3, False)} {c.digits(3, False)}"
        return m if c.chance(0.7) else "+61 " + m[1:]
    area = area or c.ch(AU)[3]
    return f"({area}) {c.ri(4, 9)}{c.digits(3, False)} {c.digits(4, False)}"


def ph_ca(c, area=None):
    area = area or c.ch(CA)[4]
    return c.pick(
        f"({area}) {c.ri(201, 989)}-{c.digits(4, False)}",
        f"{area}-{c.ri(201, 989)}-{c.digits(4, False)}",
        f"1-{area}-{c.ri(201, 989)}-{c.digits(4, False)}",
    )


def ph_za(c, area=None, mobile=False):
    if mobile:
        m = f"0{c.ch('678')}{c.ri(1, 9)} {c.digits(3)} {c.digits(4, False)}"
        return m if c.chance(0.6) else "+27 " + m[1:]
    area = area or c.ch(ZA)[3]
    return f"{area} {c.digits(3)} {c.digits(4, False)}"


# --------------------------------------------------------------------------- English identifiers


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


def npi(c):
    body = "1" + c.digits(8, False)
    return body + luhn_digit("80840" + body)


def ssn(c):
    a = c.ri(101, 665) if c.chance(0.5) else c.ri(667, 899)
    return f"{a:03d}-{c.ri(10, 99):02d}-{c.ri(1000, 9999)}"


def chi(c, dob: dt.date, sex: str):
    for _ in range(50):
        body = f"{dob:%d%m%y}{c.digits(2, False)}{c.ch('13579' if sex == 'M' else '02468')}"
        s = sum(int(d) * w for d, w in zip(body, range(10, 1, -1)))
        chk = (11 - s % 11) % 11
        if chk != 10:
            return body + str(chk)
    return body + "0"


def nhs_no(c):
    for _ in range(50):
        body = c.digits(9)
        s = sum(int(d) * w for d, w in zip(body, range(10, 1, -1)))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            n = body + str(chk)
            return f"{n[:3]} {n[3:6]} {n[6:]}"
    return "485 777 3456"


def medicare_au(c):
    body = str(c.ri(2, 6)) + c.digits(7, False)
    chk = sum(int(d) * w for d, w in zip(body, (1, 3, 7, 9, 1, 3, 7, 9))) % 10
    return f"{body[:4]} {body[4:]}{chk} {c.ri(1, 5)}"


def za_id(c, dob: dt.date, sex: str):
    g = c.ri(5000, 9999) if sex == "M" else c.ri(0, 4999)
    body = f"{dob:%y%m%d}{g:04d}0{c.ch('89')}"
    return body + luhn_digit(body)


def passport(c, cc):
    return {
        "us": lambda: c.pick("5", "6") + c.digits(8, False),
        "uk": lambda: c.digits(9),
        "ca": lambda: c.letters(2) + c.digits(6, False),
        "au": lambda: c.ch("NPE") + c.digits(7, False),
        "za": lambda: "A" + c.digits(8, False),
        "nz": lambda: "L" + c.letters(1) + c.digits(6, False),
        "ie": lambda: c.letters(2) + c.digits(7, False),
        "my": lambda: "A" + c.digits(8, False),
    }[cc]()


def ipv4(c):
    return c.pick(
        f"{c.ri(23, 223)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
        f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
        f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
    )


def ipv6(c):
    return f"2001:db8:{c.ri(1, 65535):x}:{c.ri(1, 65535):x}::{c.ri(1, 65535):x}"


def ip(c):
    return ipv6(c) if c.chance(0.3) else ipv4(c)


def ascii_fold(s):
    table = str.maketrans("áéíóúàèìòùâêîôûäëïöüñçćńśźżłøåãõạđ", "aeiouaeiouaeiouaeiounccnszzloaaoad")
    out = "".join(ch for ch in s.lower().translate(table) if ch.isalnum() or ch in ".-")
    return out.strip(".-") or "user"


def email(c, first, last):
    f, s = ascii_fold(first), ascii_fold(last).replace("-", "")
    dom = c.ch(
        (
            "gmail.com",
            "outlook.com",
            "yahoo.com",
            "icloud.com",
            "hotmail.co.uk",
            "xtra.co.nz",
            "bigpond.com",
            "shaw.ca",
            "mweb.co.za",
            "eircom.net",
            "proton.me",
        )
    )
    return c.pick(
        f"{f}.{s}@{dom}",
        f"{f[0]}{s}{c.ri(1, 99)}@{dom}",
        f"{s}.{f}{c.ri(70, 99)}@{dom}",
        f"{f}{c.ri(100, 999)}@{dom}",
    )


def plate_us(c):
    return c.pick(
        f"{c.letters(3)} {c.digits(4, False)}",
        f"{c.digits(1)}{c.letters(3)}{c.digits(3, False)}",
        f"{c.letters(3)}-{c.digits(3, False)}",
    )


def plate_ca(c):
    return c.pick(
        f"{c.letters(2)}{c.digits(3, False)}{c.letters(1)}",
        f"{c.letters(4)} {c.digits(3, False)}",
        f"{c.letters(3)}-{c.digits(4, False)}",
    )


def plate_au(c):
    return c.pick(
        f"{c.digits(1)}{c.letters(2)} {c.digits(1)}{c.letters(2)}",
        f"{c.letters(3)}-{c.digits(3, False)}",
        f"{c.digits(3, False)} {c.letters(3)}",
    )


def vin(c):
    return "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


# --------------------------------------------------------------------------- dates

MON = (
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


def rdate(c, y0=2019, y1=2025):
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 31) - start).days))


def plus(d, n):
    return d + dt.timedelta(days=n)


def dob_for(c, age, on):
    y = on.year - age
    d = dt.date(y, c.ri(1, 12), c.ri(1, 28))
    if (d.month, d.day) > (on.month, on.day):
        d = dt.date(y - 1, d.month, d.day)
    return d


def d_us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def d_dmy(d, sep="/"):
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def d_long(d):
    return f"{d.day} {MON[d.month - 1]} {d.year}"


def d_us_long(d):
    return f"{MON[d.month - 1]} {d.day}, {d.year}"


def d_mon(d):
    return f"{d.day:02d}-{MON[d.month - 1][:3].upper()}-{d.year}"


def d_iso(d):
    return d.isoformat()


def d_short(d, us=False):
    return f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}"


def d_zh(d, style=None):
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "iso": d.isoformat(),
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "sl": f"{d.year}/{d.month}/{d.day}",
        "md": f"{d.month}月{d.day}日",
    }[style or "cn"]


# --------------------------------------------------------------------------- Chinese names

ZH_RARE = (
    "仉",
    "逯",
    "訾",
    "邝",
    "亓",
    "冼",
    "缪",
    "郦",
    "昝",
    "甄",
    "巫",
    "鄢",
    "揭",
    "栾",
    "仝",
    "鲍",
    "苑",
    "邸",
    "竺",
    "尚",
    "郜",
    "伍",
    "戚",
    "粟",
)
ZH_COMPOUND = ("欧阳", "司徒", "夏侯", "长孙", "宇文", "呼延", "百里")
ZH_COMMON = (
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
    "朱",
    "郭",
    "何",
    "罗",
    "高",
    "林",
    "韦",
    "蒙",
)
ZH_GIVEN_F = (
    "秀兰",
    "婷",
    "晓燕",
    "丽萍",
    "雪",
    "春梅",
    "慧敏",
    "佳怡",
    "玉珍",
    "桂芳",
    "静",
    "雨萱",
    "翠花",
    "淑琴",
    "梦瑶",
    "海燕",
)
ZH_GIVEN_M = (
    "建国",
    "伟",
    "志强",
    "海龙",
    "涛",
    "德明",
    "子轩",
    "永福",
    "国庆",
    "斌",
    "宏伟",
    "金山",
    "立新",
    "俊杰",
    "长贵",
    "振宇",
)
ZH_MINORITY_F = (
    "白玛曲珍",
    "德吉央宗",
    "拉巴卓嘎",
    "古丽娜尔·艾买提",
    "斯琴高娃",
    "其其格",
    "吉克阿衣",
    "玉应",
    "巴哈尔古丽·热合曼",
)
ZH_MINORITY_M = (
    "索朗多吉",
    "尼玛次仁",
    "旦增罗布",
    "艾力·买买提",
    "阿布都热合曼·吐尔逊",
    "巴特尔",
    "额尔敦",
    "沙马拉且",
    "岩温",
    "努尔兰·哈斯木",
)
ZH_XIAOMING = ("豆豆", "笑笑", "小宝", "贝贝", "宁宁", "天天", "阳阳", "多多", "皮皮", "牛牛", "欢欢", "小米")
ZH_FOREIGN = (
    "Oleksandr Bondarenko",
    "Nguyen Thi Hoa",
    "Kwame Asante",
    "Priya Nair",
    "Hiroshi Tanabe",
    "Siti Rahmawati",
    "Bolat Nurlanov",
    "Ana Beatriz Costa",
    "Mehmet Yilmaz",
    "Soe Win",
    "Ganbold Bat-Erdene",
    "Joseph Mwangi",
)


def zh_name(c, sex=None, minority=0.12):
    sex = sex or c.ch("MF")
    if c.chance(minority):
        return c.ch(ZH_MINORITY_F if sex == "F" else ZH_MINORITY_M)
    sur = c.wpick((5, ZH_COMMON), (3, ZH_RARE), (1, ZH_COMPOUND))
    return c.ch(sur) + c.ch(ZH_GIVEN_F if sex == "F" else ZH_GIVEN_M)


def zh_sur(c):
    return c.ch(c.wpick((5, ZH_COMMON), (3, ZH_RARE), (1, ZH_COMPOUND)))


# --------------------------------------------------------------------------- Chinese places

#: 区划码, 省, 市/州, 区/县, 邮编, 区号, plate prefix, rural
ZH_AREAS = (
    ("130102", "河北省", "石家庄市", "长安区", "050011", "0311", "冀A", False),
    ("450305", "河南省", "洛阳市", "涧西区", "471003", "0379", "豫C", False),
    ("370202", "山东省", "青岛市", "市南区", "266001", "0532", "鲁B", False),
    ("350203", "福建省", "厦门市", "思明区", "361001", "0592", "闽D", False),
    ("350112", "福建省", "福州市", "长乐区", "350200", "0591", "闽A", False),
    ("330902", "浙江省", "舟山市", "定海区", "316000", "0580", "浙L", False),
    ("450102", "广西壮族自治区", "南宁市", "兴宁区", "530023", "0771", "桂A", False),
    ("450203", "广西壮族自治区", "柳州市", "鱼峰区", "545005", "0772", "桂B", False),
    ("530102", "云南省", "昆明市", "五华区", "650031", "0871", "云A", False),
    ("540102", "西藏自治区", "拉萨市", "城关区", "850000", "0891", "藏A", False),
    ("540302", "西藏自治区", "昌都市", "卡若区", "854000", "0895", "藏B", False),
    ("630102", "青海省", "西宁市", "城东区", "810007", "0971", "青A", False),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", "150001", "0451", "黑A", False),
    ("230602", "黑龙江省", "大庆市", "萨尔图区", "163001", "0459", "黑E", False),
    ("220102", "吉林省", "长春市", "南关区", "130022", "0431", "吉A", False),
    ("150105", "内蒙古自治区", "呼和浩特市", "赛罕区", "010020", "0471", "蒙A", False),
    ("610802", "陕西省", "榆林市", "榆阳区", "719000", "0912", "陕K", False),
    ("420303", "湖北省", "十堰市", "张湾区", "442000", "0719", "鄂C", False),
    ("460105", "海南省", "海口市", "秀英区", "570311", "0898", "琼A", False),
    ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区", "830002", "0991", "新A", False),
    ("431202", "湖南省", "怀化市", "鹤城区", "418000", "0745", "湘N", False),
    ("540122", "西藏自治区", "拉萨市", "当雄县", "851500", "0891", "藏A", True),
    ("632723", "青海省", "玉树藏族自治州", "称多县", "815100", "0976", "青G", True),
    ("513332", "四川省", "甘孜藏族自治州", "石渠县", "627350", "0836", "川V", True),
    ("513428", "四川省", "凉山彝族自治州", "普格县", "615300", "0834", "川W", True),
    ("522326", "贵州省", "黔西南布依族苗族自治州", "望谟县", "552300", "0859", "贵E", True),
    ("532627", "云南省", "文山壮族苗族自治州", "广南县", "663300", "0876", "云H", True),
    ("532923", "云南省", "大理白族自治州", "祥云县", "672100", "0872", "云L", True),
    ("610926", "陕西省", "安康市", "平利县", "725500", "0915", "陕G", True),
    ("420325", "湖北省", "十堰市", "房县", "442100", "0719", "鄂C", True),
    ("450923", "广西壮族自治区", "玉林市", "博白县", "537600", "0775", "桂K", True),
    ("350128", "福建省", "福州市", "平潭县", "350400", "0591", "闽A", True),
    ("220323", "吉林省", "四平市", "伊通满族自治县", "130700", "0434", "吉C", True),
    ("150927", "内蒙古自治区", "乌兰察布市", "察哈尔右翼中旗", "013500", "0474", "蒙J", True),
)
ZH_ROADS = (
    "滨河",
    "迎宾",
    "胜利",
    "民族",
    "团结",
    "金沙江",
    "北京",
    "雪域",
    "渔港",
    "纺织",
    "矿区",
    "红旗",
    "光明",
    "康宁",
    "桂花",
    "木棉",
)
ZH_COMPOUNDS = ("阳光", "锦绣", "翠湖", "金域", "幸福里", "和平", "龙湖", "碧水湾", "书香", "盛世")
ZH_TOWNS = (
    "城关镇",
    "新华镇",
    "石门镇",
    "河口镇",
    "白沙镇",
    "龙潭镇",
    "高桥镇",
    "松林镇",
    "扎西镇",
    "沙坪镇",
)
ZH_VILLAGES = (
    "上坪村",
    "下寨村",
    "红星村",
    "柳树村",
    "团结村",
    "岔河村",
    "新民村",
    "沙湾村",
    "马场村",
    "双河村",
)


def zh_area(c, rural=None):
    pool = ZH_AREAS if rural is None else tuple(a for a in ZH_AREAS if a[7] == rural)
    return c.ch(pool)


def zh_street(c, a):
    """The 区/县-and-below part of a home address."""
    if a[7]:
        return f"{a[3]}{c.ch(ZH_TOWNS)}{c.ch(ZH_VILLAGES)}" + (
            f"{c.ri(1, 9)}组" if c.chance(0.7) else f"{c.ri(1, 80)}号"
        )
    if c.chance(0.5):
        return f"{a[3]}{c.ch(ZH_ROADS)}路{c.ri(1, 399)}号{c.ch(ZH_COMPOUNDS)}小区{c.ri(1, 30)}栋{c.ri(1, 4)}单元{c.ri(1, 28)}0{c.ri(1, 4)}室"
    return f"{a[3]}{c.ch(ZH_ROADS)}街{c.ri(1, 200)}号" + (
        f"{c.ri(1, 9)}号楼{c.ri(101, 1802)}室" if c.chance(0.6) else ""
    )


def zh_addr(c, a, with_prov=True):
    """P parts of a full home address: 省 / 市 / 区-and-below."""
    out = []
    if with_prov and a[1]:
        out.append(P("PROVINCE_STATE", a[1]))
    out += [P("CITY", a[2]), P("ADDRESS_STREET", zh_street(c, a))]
    return out


def id_card(c, a, dob, sex):
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a[0]}{dob:%Y%m%d}{seq:03d}"
    return body + id_card_checksum(body)


def mobile(c):
    n = f"1{c.ch('3456789')}{c.digits(9, False)}"
    return c.pick(n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}")


def landline(c, a):
    return c.pick(
        f"{a[5]}-{c.ri(2, 8)}{c.digits(6 if len(a[5]) == 4 else 7, False)}",
        f"（{a[5]}）{c.ri(2, 8)}{c.digits(6 if len(a[5]) == 4 else 7, False)}",
    )


def plate_zh(c, a, ne=False):
    p = a[6]
    if ne:
        return f"{p}{c.ch('DF')}{c.alnum(5)}"
    return c.pick(f"{p}{c.alnum(5)}", f"{p}·{c.alnum(5)}")


def short_city(a):
    city = a[2]
    for suf in ("藏族自治州", "彝族自治州", "白族自治州", "布依族苗族自治州", "壮族苗族自治州"):
        city = city.replace(suf, "州")
    return city


def zh_hospital(c, a, kind="any"):
    city = short_city(a)
    if kind == "county" or (kind == "any" and a[7]):
        return c.ch(
            (f"{a[3]}人民医院", f"{a[3]}中医医院", f"{a[3]}{c.ch(ZH_TOWNS)}卫生院", f"{a[3]}妇幼保健院")
        )
    return c.ch(
        (
            f"{city}第一人民医院",
            f"{city}第二人民医院",
            f"{city}中心医院",
            f"{city}中医医院",
            f"{a[2]}{c.ch(('红十字会医院', '第三人民医院', '传染病医院'))}",
        )
    )


def zh_email(c):
    return c.pick(
        f"{c.token(7).lower()}@qq.com",
        f"{c.digits(9)}@qq.com",
        f"{c.token(6).lower()}{c.ri(10, 99)}@163.com",
        f"{c.token(8).lower()}@126.com",
        f"{c.token(5).lower()}@sina.cn",
    )


def yibao(c):
    return c.pick(
        f"{c.letters(1)}{c.digits(8)}",
        c.digits(10),
        f"{c.ri(1, 9)}{c.digits(15, False)}",
        f"{c.letters(2)}{c.digits(9, False)}",
    )


def zh_passport(c):
    return c.pick(f"E{c.digits(8)}", f"EH{c.digits(7)}", f"{c.letters(1)}{c.digits(8, False)}")


_REL_M = frozenset({"丈夫", "儿子", "父亲", "兄长", "祖父", "侄子", "哥哥"})
_REL_F = frozenset({"妻子", "女儿", "母亲", "姐姐", "婆婆"})


def zh_rel(c, name_slot, rel_slot, words, minority=0.12, psex=None):
    """{name_slot: the relative's NAME_RELATIVE span, rel_slot: a relation word of the same sex}."""
    word = c.ch(words)
    if psex and word in ("丈夫", "妻子", "老伴"):
        word = (
            {"丈夫": "丈夫", "妻子": "丈夫", "老伴": "老伴"}[word]
            if psex == "F"
            else {"丈夫": "妻子", "妻子": "妻子", "老伴": "老伴"}[word]
        )
        if word == "老伴":
            sex = "M" if psex == "F" else "F"
            return {name_slot: P("NAME_RELATIVE", zh_name(c, sex, minority)), rel_slot: word}
    sex = "M" if word in _REL_M else ("F" if word in _REL_F else None)
    return {name_slot: P("NAME_RELATIVE", zh_name(c, sex, minority)), rel_slot: word}
