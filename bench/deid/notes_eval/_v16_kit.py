"""v16's own value pools and formats (hand-written for v16; imports from _core only the builder, Ctx
and the 身份证 check digit). Every draw goes through the note's Ctx, so a seed gives the same note."""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt

from _core import Ctx, id_card_checksum

# --------------------------------------------------------------------------- English people

EN_F = ("Marisol", "Deborah", "Keisha", "Anneliese", "Priyanka", "Guadalupe", "Bernadette", "Tamsin", "Latrice", "Ingrid",
        "Yesenia", "Rosalind", "Hannelore", "Shaniqua", "Margit", "Colleen", "Thuy", "Ayesha", "Dolores", "Fenella",
        "Oksana", "Wren", "Imani", "Lorraine", "Siobhan", "Esperanza", "Nadia", "Tovah", "Magdalena", "Corinne")
EN_M = ("Thaddeus", "Desmond", "Rafael", "Bartholomew", "Kwame", "Lorenzo", "Ignatius", "Dmitri", "Jerome", "Fitzgerald",
        "Oluwaseun", "Anselm", "Cornelius", "Tomasz", "Reginald", "Emeka", "Ruairi", "Santiago", "Vikram", "Leopold",
        "Marcus", "Dashiell", "Augustin", "Tobias", "Nikolai", "Ezekiel", "Cyrus", "Hamish", "Wendell", "Jovan")
#: first names that are ordinary English words (validation allows them inside clinical terms)
EN_WORD_F = ("Hope", "Joy", "Summer", "Ivy", "Dawn", "Faith", "Star", "Autumn")
EN_WORD_M = ("Frank", "Bill", "Rusty", "Chase", "Sonny", "Grant", "Forrest", "Buck")
EN_LAST = ("Okonkwo", "Haverford", "Szymanski", "Delacroix-Byrne", "Nakashima", "Villanueva", "Abernathy", "Kowalczyk",
           "Thibodeaux", "Radcliffe", "Gallagher", "Oyelaran", "Pettigrew", "Lindqvist", "Achterberg", "Castellanos",
           "Whitcombe", "Mbeki-Hartley", "Quattlebaum", "Ferreira", "Tremblay", "Nguyen-Park", "Rasmussen", "Benavides",
           "Kaczmarek", "Dunleavy", "Hollingsworth", "Papadakis", "Zielinski", "Umberger", "Fairweather", "Yazzie",
           "Begaye", "Kealoha", "Chowdhury", "Petrosyan", "Lachance", "Ostrowski", "Vandermolen", "Eubanks")
EN_PARTICLE_LAST = ("de la Cruz", "van der Meer", "McCandless", "O'Donoghue", "MacKinnon", "De Luca", "da Silva", "Van Buskirk",
                    "O'Shaughnessy", "McGillicuddy", "St. Clair", "d'Amboise", "von Ahlen", "Le Blanc", "Fitzhugh")
EN_WORD_LAST = ("Moody", "Sterling", "Baker", "Walker", "Street", "Cash", "Rich", "Sharp", "Fox", "Battle")
NICK = {"Thaddeus": "Tad", "Bartholomew": "Bart", "Reginald": "Reggie", "Cornelius": "Neil", "Ignatius": "Iggy",
        "Deborah": "Debbie", "Bernadette": "Bernie", "Dolores": "Lola", "Guadalupe": "Lupe", "Magdalena": "Maggie",
        "Fitzgerald": "Fitz", "Leopold": "Leo", "Oluwaseun": "Seun", "Santiago": "Santi", "Nikolai": "Kolya"}
V16_WORDLIKE = frozenset(w.casefold() for w in EN_WORD_F + EN_WORD_M + EN_WORD_LAST + ("Ivy", "Chase", "Grant"))


class Person:
    def __init__(self, first: str, last: str, sex: str, mid: str = ""):
        self.first, self.last, self.sex, self.mid = first, last, sex, mid

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def nick(self) -> str:
        return NICK.get(self.first, self.first)

    def form(self, c: Ctx) -> str:
        """One realistic written form of the whole name."""
        return c.pick(self.full, self.full, f"{self.last}, {self.first}", f"{self.first} {self.mid}. {self.last}",
                      f"{self.first[0]}. {self.last}", f"{self.last.upper()}, {self.first.upper()}", self.full.lower())

    @property
    def title(self) -> str:
        return "Mr." if self.sex == "M" else "Ms."


def en_person(c: Ctx, sex: str | None = None, wordy: float = 0.12) -> Person:
    sex = sex or c.pick("F", "M")
    firsts = (EN_WORD_F if sex == "F" else EN_WORD_M) if c.chance(wordy) else (EN_F if sex == "F" else EN_M)
    last = c.wpick((6, EN_LAST), (2, EN_PARTICLE_LAST), (1, EN_WORD_LAST))
    return Person(c.ch(firsts), c.ch(last), sex, c.letters(1))


CREDS = ("MD", "DO", "RN", "NP", "PA-C", "RN, BSN", "MD, PhD", "CNM", "PharmD", "LCSW", "RRT", "MSN, APRN")

# --------------------------------------------------------------------------- US places

US_TOWNS = (("Kalispell", "MT", "599"), ("Bellefontaine", "OH", "433"), ("Natchitoches", "LA", "714"), ("Ypsilanti", "MI", "481"),
            ("Tahlequah", "OK", "744"), ("Coeur d'Alene", "ID", "838"), ("Bemidji", "MN", "566"), ("Opelousas", "LA", "705"),
            ("Kokomo", "IN", "469"), ("Paducah", "KY", "420"), ("Walla Walla", "WA", "993"), ("Hagerstown", "MD", "217"),
            ("Lewiston", "ME", "042"), ("Las Cruces", "NM", "880"), ("Pocatello", "ID", "832"), ("Rutland", "VT", "057"),
            ("Dubuque", "IA", "520"), ("Muskogee", "OK", "744"), ("Chillicothe", "OH", "456"), ("Hattiesburg", "MS", "394"),
            ("Keene", "NH", "034"), ("Sheboygan", "WI", "530"), ("Pueblo", "CO", "810"), ("Florence", "AL", "356"),
            ("St. Cloud", "MN", "563"), ("Eau Claire", "WI", "547"), ("Bluefield", "WV", "247"), ("Bozeman", "MT", "597"))
STATE_NAMES = {"MT": "Montana", "OH": "Ohio", "LA": "Louisiana", "MI": "Michigan", "OK": "Oklahoma", "ID": "Idaho", "MN": "Minnesota",
               "IN": "Indiana", "KY": "Kentucky", "WA": "Washington", "MD": "Maryland", "ME": "Maine", "NM": "New Mexico",
               "VT": "Vermont", "IA": "Iowa", "MS": "Mississippi", "NH": "New Hampshire", "WI": "Wisconsin", "CO": "Colorado",
               "AL": "Alabama", "WV": "West Virginia"}
STREETS = ("Tamarack Lane", "Old Mill Road", "Cherokee Trail", "N. Wabash Ave", "Ridgecrest Dr", "County Road 14",
           "Sycamore Hollow Rd", "E. 3rd Street", "Linwood Terrace", "Baywood Ct", "Route 9W", "Pleasant Valley Pkwy",
           "Ferncliff Circle", "S. Kessler Blvd", "Quarry Hill Rd", "Magnolia Bend", "W. Apache St", "Harbor View Way")
UNITS = ("Apt 4B", "Unit 12", "#207", "Lot 31", "Apt. 3", "Trlr 8", "Suite 2", "Bldg C Apt 110")


class UsAddr:
    def __init__(self, c: Ctx):
        self.town, self.st, zp = c.ch(US_TOWNS)
        self.street = f"{c.ri(3, 9899)} {c.ch(STREETS)}" + (f", {c.ch(UNITS)}" if c.chance(0.35) else "")
        self.zip = zp + c.digits(2, False) + (f"-{c.digits(4, False)}" if c.chance(0.45) else "")


def us_hospital(c: Ctx, town: str | None = None) -> str:
    t = town or c.ch(US_TOWNS)[0]
    return c.pick(f"{t} Regional Medical Center", f"St. Ambrose Hospital - {t} Campus", f"Mercy Ridge {t}",
                  "Good Shepherd Community Hospital", "Prairie Lakes Health", "UPMC Altoona", "Holy Redeemer Medical Center",
                  f"{t} Memorial Hospital", "Sacred Heart-Riverbend", "Copper Hills Behavioral Health", "BRMC",
                  "Tri-County Women's Imaging", "Big Sky Surgical Hospital", "Lakeshore Family Clinic", "Bayou Children's Hospital")


EMPLOYERS = ("Tyson Foods plant", "Walmart Distribution Center #6041", "Dubuque County Schools", "Kwik Trip", "Boeing Everett",
             "Menards", "Pratt & Whitney", "St. Cloud State University", "FedEx Ground", "Cargill", "Bellefontaine Honda",
             "Sheboygan Area Transit", "Lowe's Home Improvement", "Amtrak", "U-Haul", "Jefferson Parish Sheriff's Office",
             "Riverside Dental Group", "Hy-Vee", "Allegiant Air", "Valley Roofing LLC", "Hormel Foods")
SCHOOLS = ("Lincoln Elementary", "Ypsilanti Community Middle School", "Tahlequah High School", "St. Brigid Catholic School",
           "Eau Claire Memorial High", "Sunrise Montessori", "Keene Middle School")

# --------------------------------------------------------------------------- dates and ages

D0, D1 = dt.date(2019, 1, 1), dt.date(2025, 6, 30)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def day(c: Ctx, a: dt.date = D0, b: dt.date = D1) -> dt.date:
    return a + dt.timedelta(days=c.r.randrange((b - a).days + 1))


def dob(c: Ctx, lo: int, hi: int) -> dt.date:
    return dt.date(2024 - c.ri(lo, hi), c.ri(1, 12), c.ri(1, 28))


def later(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def en_date(c: Ctx, d: dt.date, style: str | None = None) -> str:
    m = MONTHS[d.month - 1]
    style = style or c.ch(("us", "us", "us0", "mdy", "dmy", "iso", "abbr", "ord", "short"))
    return {"us": f"{d.month}/{d.day}/{d.year}", "us0": f"{d.month:02d}/{d.day:02d}/{d.year}", "mdy": f"{m} {d.day}, {d.year}",
            "dmy": f"{d.day} {m[:3]} {d.year}", "iso": d.isoformat(), "abbr": f"{d.day:02d}-{m[:3].upper()}-{d.year}",
            "ord": f"{m} {d.day}{'th' if 10 < d.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')}",
            "short": f"{d.month}/{d.day}/{d.year % 100:02d}"}[style]


def md(d: dt.date) -> str:
    return f"{d.month}/{d.day}"


WORD_AGES = {90: "ninety", 91: "ninety-one", 92: "ninety-two", 93: "ninety-three", 94: "ninety-four", 95: "ninety-five",
             96: "ninety-six", 97: "ninety-seven", 98: "ninety-eight", 99: "ninety-nine", 100: "one hundred", 101: "one hundred and one"}


def old(c: Ctx) -> int:
    return c.wpick((5, c.ri(90, 96)), (3, c.ri(97, 101)), (1, c.ri(102, 106)))


def en_age_old(c: Ctx, n: int) -> tuple[str, str, str]:
    """(before, value, after) of one written form of an age over 89."""
    return c.pick(("", f"{n}", "-year-old"), ("", f"{n}", " y/o"), ("", f"{n}yo", ""), ("", f"{n}", " YO"),
                  ("", f"{n}", "-yr-old"), ("age ", f"{n}", ""), ("", f"{n}Y", ""), ("", f"{n}", " years old"),
                  ("", WORD_AGES.get(n, f"{n}"), "-year-old" if n < 100 else " years old"), ("aged ", f"{n}", ""))


# --------------------------------------------------------------------------- English contact and identifiers

AREA = ("406", "937", "318", "734", "918", "208", "218", "765", "270", "509", "301", "207", "575", "802", "563", "601", "603", "920", "719", "256")


def en_phone(c: Ctx) -> str:
    a, e, n = c.ch(AREA), str(c.ri(2, 9)) + c.digits(2, False), c.digits(4, False)
    return c.pick(f"({a}) {e}-{n}", f"{a}-{e}-{n}", f"{a}.{e}.{n}", f"+1 {a} {e} {n}", f"1-{a}-{e}-{n}",
                  f"({a}) {e}-{n} ext. {c.ri(100, 4999)}", f"{a}{e}{n}")


def email(c: Ctx, p: Person | None = None, dom: str | None = None) -> str:
    base = (f"{p.first[0]}{p.last}".replace(" ", "").replace("'", "").lower() if p else c.letters(6).lower())
    return f"{base}{c.pick('', str(c.ri(1, 99)), '.' + c.letters(2).lower())}@{dom or c.pick('gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'aol.com', 'protonmail.com', 'hotmail.com')}"


def ip4(c: Ctx) -> str:
    return c.pick(f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}", f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
                  f"{c.ri(24, 223)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}", f"192.168.{c.ri(0, 255)}.{c.ri(2, 254)}")


def ip6(c: Ctx) -> str:
    h = [f"{c.ri(0, 65535):x}" for _ in range(4)]
    return c.pick(f"2600:1702:{h[0]}:{h[1]}::{h[2]}", f"fe80::{h[0]}:{h[1]}:{h[2]}:{h[3]}",
                  f"2001:4860:{h[0]}:{h[1]}:{h[2]}:{h[3]}:0:1", f"240e:3b7:{h[0]}:{h[1]}::{h[2]}")


def ip(c: Ctx) -> str:
    return ip6(c) if c.chance(0.3) else ip4(c)


def ssn(c: Ctx) -> str:
    a = c.ri(1, 899)
    a = 667 if a == 666 else a
    s = f"{a:03d}-{c.ri(1, 99):02d}-{c.ri(1, 9999):04d}"
    return c.pick(s, s, s.replace("-", ""), s.replace("-", " "))


def mrn(c: Ctx) -> str:
    return c.pick(c.digits(8), "MR" + c.digits(7), f"{c.digits(3)}-{c.digits(2, False)}-{c.digits(2, False)}", "E" + c.digits(9), c.digits(7))


def acc(c: Ctx) -> str:
    return c.pick(f"MG-{c.digits(2)}-{c.digits(6, False)}", "ACC" + c.digits(8), f"S{c.digits(2)}-{c.ri(1000, 39999)}",
                  f"{c.letters(2)}{c.digits(9)}", f"CT{c.digits(10)}", f"LAB{c.digits(7)}")


def member(c: Ctx) -> str:
    return c.pick(f"{c.letters(3)}{c.digits(9)}", f"W{c.digits(9)}", f"{c.digits(3)}-{c.digits(3, False)}-{c.digits(4, False)}",
                  f"ZGP{c.digits(8)}", f"{c.digits(11)}")


def mbi(c: Ctx) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    return f"{c.ri(1, 9)}{c.ch(L)}{c.ch(L + '0123456789')}{c.ri(0, 9)}-{c.ch(L)}{c.ch(L + '0123456789')}{c.ri(0, 9)}-{c.ch(L)}{c.ch(L)}{c.ri(0, 9)}{c.ri(0, 9)}"


def account(c: Ctx) -> str:
    return c.pick(f"FIN {c.digits(9)}", c.digits(10), f"V{c.digits(8)}", f"HAR-{c.digits(7)}", f"{c.digits(4)}-{c.digits(6, False)}")


def npi(c: Ctx) -> str:
    return c.pick("1", "1", "2") + c.digits(9, False)


def dea(c: Ctx) -> str:
    return c.ch("ABFM") + c.letters(1) + c.digits(7, False)


def st_license(c: Ctx, st: str = "") -> str:
    return c.pick(f"{st or 'MT'}-MED-{c.digits(5)}", f"{c.letters(1)}{c.digits(6)}", f"RN{c.digits(7)}", f"{c.digits(2)}.{c.digits(6, False)}")


def dl(c: Ctx) -> str:
    return c.pick(f"{c.letters(1)}{c.digits(8)}", c.digits(9), f"{c.letters(1)}{c.digits(3)}-{c.digits(3, False)}-{c.digits(3, False)}-{c.digits(3, False)}", f"{c.digits(3)}-{c.digits(2, False)}-{c.digits(4, False)}")


def plate(c: Ctx) -> str:
    return c.pick(f"{c.letters(3)} {c.digits(4)}", f"{c.digits(1)}{c.letters(3)}{c.digits(3)}", f"{c.letters(2)}-{c.digits(5)}", f"{c.digits(3)} {c.letters(3)}")


def vin(c: Ctx) -> str:
    a = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return c.pick("1", "2", "3", "5", "J", "K") + "".join(c.ch(a) for _ in range(16))


def serial(c: Ctx) -> str:
    return c.pick(f"{c.letters(3)}{c.digits(6)}", f"{c.letters(2)}{c.digits(7)}{c.letters(1)}", c.digits(11), f"{c.alnum(4)}-{c.alnum(4)}-{c.digits(4)}", f"PJN{c.digits(6)}")


def passport_us(c: Ctx) -> str:
    return c.pick(c.digits(9), f"{c.letters(1)}{c.digits(8)}")


def url(c: Ctx, host: str, stem: str) -> str:
    return f"https://{host}/{stem}/{c.token(c.ri(8, 14))}"


# --------------------------------------------------------------------------- Chinese people

ZH_SUR = ("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "郑",
          "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "萧", "田", "董", "潘", "袁", "蔡", "蒋", "余", "叶",
          "杜", "戴", "夏", "钟", "汪", "廖", "邱", "骆", "鲍", "甘")
ZH_COMPOUND = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "尉迟", "令狐", "端木", "公孙", "夏侯", "宇文", "澹台")
ZH_GIVEN_M = ("建国", "志强", "浩然", "子轩", "国栋", "德明", "卫东", "俊杰", "文博", "春生", "振华", "宏伟", "思远", "永福",
              "铁柱", "明", "磊", "涛", "斌", "家豪", "立新", "海波", "晓东", "金山")
ZH_GIVEN_F = ("秀英", "桂兰", "淑珍", "雨萱", "梓涵", "丽娟", "美玲", "晓燕", "玉梅", "翠花", "静怡", "红霞", "慧敏", "婷",
              "芳", "欣然", "春梅", "凤英", "海燕", "佳琪", "月娥", "素琴")
ZH_MINORITY_M = ("买买提江·吐尔逊", "扎西顿珠", "巴特尔", "木呷拉哈", "阿西木·喀迪尔", "艾尔肯·司马义", "旦增平措", "朝鲁门")
ZH_MINORITY_F = ("阿依古丽·买买提", "热依拉·艾力", "格桑卓玛", "其其格", "次仁央金", "乌兰图雅", "吉克阿依", "玛依拉·库尔班", "索朗旺姆")
ZH_SMALL = ("豆豆", "乐乐", "糖糖", "小宝", "二丫", "妞妞", "壮壮", "果果", "毛毛", "胖虎", "丫丫", "石头", "团团", "牛牛")


class ZhP:
    def __init__(self, sur: str, given: str, sex: str):
        self.sur, self.given, self.sex = sur, given, sex

    @property
    def full(self) -> str:
        return self.sur + self.given

    def padded(self, c: Ctx) -> str:
        n = self.full
        return c.pick(n, n, n, " ".join(n) if len(n) == 2 else n)


def zh_person(c: Ctx, sex: str | None = None, minority: float = 0.1) -> ZhP:
    sex = sex or c.pick("F", "M")
    if c.chance(minority):
        m = c.ch(ZH_MINORITY_M if sex == "M" else ZH_MINORITY_F)
        return ZhP("", m, sex)
    sur = c.ch(ZH_COMPOUND) if c.chance(0.15) else c.ch(ZH_SUR)
    return ZhP(sur, c.ch(ZH_GIVEN_M if sex == "M" else ZH_GIVEN_F), sex)


def zh_doc(c: Ctx) -> ZhP:
    """A clinician (no minority names, whose surname alone could not be labelled)."""
    return zh_person(c, minority=0.0)


# --------------------------------------------------------------------------- Chinese places

#: province, city, [districts], [rural counties], postcode prefix, phone area code, plate prefix
ZH_GEO = (("浙江省", "湖州市", ("吴兴区", "南浔区"), ("长兴县", "安吉县"), "313", "0572", "浙E"),
          ("江西省", "赣州市", ("章贡区", "南康区"), ("于都县", "兴国县"), "341", "0797", "赣B"),
          ("四川省", "绵阳市", ("涪城区", "游仙区"), ("三台县", "梓潼县"), "621", "0816", "川B"),
          ("山东省", "潍坊市", ("奎文区", "潍城区"), ("临朐县", "昌乐县"), "261", "0536", "鲁G"),
          ("广西壮族自治区", "柳州市", ("城中区", "柳南区"), ("融安县", "三江侗族自治县"), "545", "0772", "桂B"),
          ("河南省", "洛阳市", ("涧西区", "老城区"), ("栾川县", "嵩县"), "471", "0379", "豫C"),
          ("新疆维吾尔自治区", "喀什地区", ("喀什市",), ("疏附县", "伽师县"), "844", "0998", "新Q"),
          ("湖南省", "衡阳市", ("蒸湘区", "石鼓区"), ("衡东县", "祁东县"), "421", "0734", "湘D"),
          ("甘肃省", "天水市", ("秦州区", "麦积区"), ("甘谷县", "武山县"), "741", "0938", "甘E"),
          ("福建省", "泉州市", ("鲤城区", "丰泽区"), ("安溪县", "德化县"), "362", "0595", "闽C"),
          ("上海市", "上海市", ("闵行区", "杨浦区"), ("崇明区",), "200", "021", "沪B"),
          ("重庆市", "重庆市", ("渝北区", "沙坪坝区"), ("巫山县", "酉阳土家族苗族自治县"), "400", "023", "渝A"))
ZH_ROADS = ("解放路", "人民北路", "建设大道", "青年路", "凤凰山路", "滨江东路", "新华街", "工农路", "学府路", "跃进路", "光明巷", "桂花路")
ZH_ESTATES = ("锦绣花园", "阳光新城", "翠湖苑", "金桂小区", "铁路新村", "御景湾", "和平里", "春江名邸", "农机厂宿舍", "梧桐苑")
ZH_TOWNS = ("城关镇", "桥头镇", "白石乡", "新店镇", "龙泉镇", "石门乡", "长坡镇")
ZH_VILLAGES = ("柳树村", "东岗村", "王家湾村", "下坝村", "阿克苏村", "石桥村", "三合村")


class ZhAddr:
    def __init__(self, c: Ctx, rural: float = 0.3):
        g = c.ch(ZH_GEO)
        self.prov, self.city, self.code, self.area, self.plate_pre = g[0], g[1], g[4], g[5], g[6]
        self.rural = c.chance(rural)
        if self.rural:
            self.district = c.ch(g[3])
            self.street = f"{self.district}{c.ch(ZH_TOWNS)}{c.ch(ZH_VILLAGES)}{c.pick(str(c.ri(1, 9)) + '组', c.pick('一', '二', '三', '五') + '组', str(c.ri(1, 60)) + '号')}"
        else:
            self.district = c.ch(g[2])
            tail = c.pick(f"{c.ch(ZH_ESTATES)}{c.ri(1, 28)}栋{c.ri(1, 4)}单元{c.ri(1, 30)}0{c.ri(1, 6)}室",
                          f"{c.ri(1, 399)}号{c.ch(ZH_ESTATES)}{c.ri(1, 16)}幢{c.ri(101, 2604)}室",
                          f"{c.ri(1, 188)}号院{c.ri(1, 9)}号楼{c.ri(1, 3)}门{c.ri(101, 802)}", f"{c.ri(3, 299)}弄{c.ri(1, 60)}号{c.ri(101, 604)}室")
            self.street = f"{self.district}{c.ch(ZH_ROADS)}{tail}"
        self.post = self.code + c.digits(3, False)

    @property
    def muni(self) -> bool:
        return self.prov == self.city


def zh_hospital(c: Ctx, a: ZhAddr | None = None) -> str:
    city = (a.city if a else c.ch(ZH_GEO)[1]).replace("市", "").replace("地区", "")
    return c.pick(f"{city}市第一人民医院", f"{city}市中心医院东院区", f"{city}市中医院", f"{city}市妇幼保健院",
                  "南方医科大学第三附属医院", "省人民医院", "市一医院", "湘雅三医院", "仁济医院南院", "华西医院天府院区",
                  f"{city}市第三人民医院(感染病院区)", "县人民医院", f"{city}济民骨科医院", "同济医院光谷院区", "中南大学湘雅医院",
                  f"{city}和睦家诊所", "社区卫生服务中心(东门)")


ZH_WORK = ("国网湖州供电公司", "比亚迪汽车工业有限公司", "赣州稀土集团", "绵阳市涪城区实验小学", "潍柴动力股份有限公司", "上汽通用五菱柳州基地",
           "洛阳轴承集团", "顺丰速运(泉州)", "美团外卖骑手站", "中铁十一局三公司", "衡阳市公安局交警支队", "天水华天电子集团",
           "重庆长安汽车", "喀什地区第一中学", "个体(服装店)", "恒大物业", "闽南理工学院", "湖州市吴兴区织里镇童装厂")


def zh_date(c: Ctx, d: dt.date, style: str | None = None) -> str:
    style = style or c.ch(("cn", "cn", "dash", "dot", "slash", "md", "dash0"))
    return {"cn": f"{d.year}年{d.month}月{d.day}日", "dash": f"{d.year}-{d.month:02d}-{d.day:02d}", "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
            "slash": f"{d.year}/{d.month}/{d.day}", "md": f"{d.month}月{d.day}日", "dash0": f"{d.year}-{d.month}-{d.day}"}[style]


def zh_mobile(c: Ctx) -> str:
    n = c.pick("13", "15", "18", "17", "19") + c.digits(9, False)
    return c.pick(n, n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}")


def zh_land(c: Ctx, a: ZhAddr) -> str:
    n = str(c.ri(2, 8)) + c.digits(7, False)
    return c.pick(f"{a.area}-{n}", f"({a.area}){n}", f"{a.area}-{n}-{c.ri(800, 8999)}", f"{a.area} {n}")


def idcard(c: Ctx, d: dt.date, sex: str) -> str:
    area = c.pick("330502", "360702", "510703", "370705", "450202", "410305", "653121", "430408", "620502", "350503", "310112", "500112")
    body = f"{area}{d.year:04d}{d.month:02d}{d.day:02d}{c.ri(0, 99):02d}{c.ch('13579' if sex == 'M' else '02468')}"
    return body + id_card_checksum(body)


def zh_plate(c: Ctx, pre: str) -> str:
    p, q = pre[0], pre[1]
    return c.pick(f"{p}{q}·{c.alnum(5)}", f"{p}{q}{c.digits(5)}", f"{p}{q}·D{c.alnum(5)}", f"{p}{q}{c.alnum(5)}", f"{p}{q}·F{c.digits(4)}学")


def zh_passport(c: Ctx) -> str:
    return c.pick(f"E{c.digits(8)}", f"EA{c.digits(7)}", f"EH{c.digits(7)}")


def hk_permit(c: Ctx) -> str:
    return c.pick(f"C{c.digits(8)}", f"CE{c.digits(7)}", c.digits(8))


def zh_license(c: Ctx) -> str:
    return c.pick("1" + c.digits(14, False), f"{c.digits(3)}{c.ri(2000, 2024)}{c.digits(8, False)}")
