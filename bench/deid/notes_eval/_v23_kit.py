# Longer than 450 lines: v23's value pools are data, kept beside the helpers that draw from them.
"""v23's own hand-written value pools and small helpers (README.md "v23").

Written for v23 alone: no earlier version's kit or templates were read. From ``_core`` only the
span-tracking builder (Doc, P, K) and the 身份证 check digit are imported.
"""

# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "En", "K", "P", "Zh", "join_parts"]

# --------------------------------------------------------------------------- English pools

FIRST_F = (
    "Marisol",
    "Sunniva",
    "Ingrid",
    "Rosalind",
    "Yesenia",
    "Oona",
    "Priyanka",
    "Delphine",
    "Wren",
    "Nkechi",
    "Soledad",
    "Bettina",
    "Lucinda",
    "Anouk",
    "Ximena",
    "Genevieve",
    "Tamsin",
    "Folasade",
    "Annika",
    "Zofia",
    "Mireille",
    "Keziah",
    "Lorna",
    "Evangeline",
    "Hyacinth",
    "Dagny",
    "Catalina",
    "Noor",
    "Philippa",
    "Renske",
    "Clover",
    "Marigold",
    "Misty",
    "Raven",
)
FIRST_M = (
    "Thaddeus",
    "Obinna",
    "Leopold",
    "Anselm",
    "Casimir",
    "Ignatius",
    "Rafferty",
    "Desmond",
    "Haruki",
    "Mateus",
    "Bartholomew",
    "Lachlan",
    "Emeka",
    "Cormac",
    "Anders",
    "Silvio",
    "Tobias",
    "Percival",
    "Jovan",
    "Kwame",
    "Rutger",
    "Ezekiel",
    "Florian",
    "Hamish",
    "Dario",
    "Osvaldo",
    "Benedikt",
    "Ignacio",
    "Malachi",
    "Stellan",
    "Rusty",
    "Flint",
    "Sterling",
    "Dusty",
)
SURNAMES = (
    "Okonkwo",
    "Vasquez-Ruiz",
    "O'Halloran",
    "de la Cruz",
    "Nakashima",
    "Lindqvist",
    "Abernathy",
    "Wiśniewski",
    "van Wyk",
    "Ó Dálaigh",
    "Trần",
    "Müller-Hahn",
    "D'Agostino",
    "MacAskill",
    "St. Croix",
    "Achterberg",
    "Bhattacharya",
    "Fitzgerald-Oyelaran",
    "Kowalczyk",
    "Thibodeaux",
    "Ibáñez",
    "Eriksdóttir",
    "Al-Haddad",
    "Ben-David",
    "Oyelowo",
    "Halvorsen",
    "Papadakis",
    "Ferreira",
    "Tremblay",
    "Yamaguchi",
    "Castellanos",
    "Dubois",
    "Kaczmarek",
    "Ogunleye",
    "Whitfield",
    "Pemberton",
    "Delacroix",
    "Marchetti",
    "Gallagher",
    "Ramaswamy",
    "Sørensen",
    "Mbatha",
    "Frost",
    "Hale",
    "Mercer",
    "Banks",
    "Swift",
    "Moody",
    "Sharp",
    "Waters",
)
#: names above that are ordinary English words (the driver then allows them inside clinical terms)
WORDLIKE = (
    "clover",
    "marigold",
    "misty",
    "raven",
    "rusty",
    "flint",
    "sterling",
    "dusty",
    "frost",
    "hale",
    "mercer",
    "banks",
    "swift",
    "moody",
    "sharp",
    "waters",
)
NICKNAMES = (
    "Bunny",
    "Spud",
    "Cricket",
    "Boomer",
    "Sissy",
    "Chip",
    "Lulu",
    "Moose",
    "Birdie",
    "Ziggy",
    "Tex",
    "Dozer",
)
#: (town, state, ZIP) - real towns with a ZIP of theirs
TOWNS = (
    ("Keokuk", "IA", "52632"),
    ("Cairo", "IL", "62914"),
    ("Ellensburg", "WA", "98926"),
    ("Paducah", "KY", "42001"),
    ("Bemidji", "MN", "56601"),
    ("Astoria", "OR", "97103"),
    ("Opelousas", "LA", "70570"),
    ("Beaufort", "SC", "29902"),
    ("Elko", "NV", "89801"),
    ("Laramie", "WY", "82070"),
    ("Bangor", "ME", "04401"),
    ("Rutland", "VT", "05701"),
    ("Hays", "KS", "67601"),
    ("Kearney", "NE", "68847"),
    ("Durango", "CO", "81301"),
    ("Ada", "OK", "74820"),
    ("Moab", "UT", "84532"),
    ("Sitka", "AK", "99835"),
    ("Kailua-Kona", "HI", "96740"),
    ("Decorah", "IA", "52101"),
    ("Marquette", "MI", "49855"),
    ("Oxford", "MS", "38655"),
    ("Athens", "OH", "45701"),
    ("Bozeman", "MT", "59715"),
    ("Pendleton", "OR", "97801"),
    ("Cody", "WY", "82414"),
    ("Dothan", "AL", "36301"),
    ("Valdosta", "GA", "31601"),
    ("Lewiston", "ID", "83501"),
    ("Gallup", "NM", "87301"),
)
STREETS = (
    "Wisteria Ln",
    "Quarry Rd",
    "Old Mill Pike",
    "Tamarack Ct",
    "Bluff View Dr",
    "Cistern St",
    "Hollyhock Way",
    "Gristmill Rd",
    "Sawtooth Ave",
    "Kestrel Ridge Rd",
    "Pumphouse Ln",
    "Larkin Hollow Rd",
    "Chokecherry Dr",
    "Ferris Wheel Ct",
    "Slate Quarry Blvd",
    "Juniper Bench Rd",
)
HOSPITALS = (
    "Bramblewood Regional Medical Center",
    "St. Ansgar Hospital",
    "Kettle River Community Hospital",
    "Harrowgate Health",
    "Mercy Hollow Medical Center",
    "Three Forks Memorial Hospital",
    "Larkspur Valley Hospital",
    "Copperline University Hospital",
    "Saint Odile Medical Center",
    "Tallgrass Regional Hospital",
)
CLINICS = (
    "Cobble Creek Family Clinic",
    "Northfork Hand & Upper Extremity Center",
    "Ridgeview Neuromodulation Clinic",
    "Sandhill Women's Health",
    "Eastbank Lipid & Prevention Clinic",
    "Pinegap Community Health Center",
    "Halyard Street Harm Reduction Center",
)
PHARMACIES = (
    "Pinecrest Apothecary",
    "Harbor Lane Pharmacy",
    "Riverbend Drug",
    "Foxglove Specialty Pharmacy",
    "Millrace Pharmacy",
    "Tidewater Compounding Pharmacy",
)
LABS = (
    "Northgate Toxicology Laboratories",
    "Helix Crest Genomics",
    "Quillon Reference Laboratory",
    "Meridian Forensic Drug Testing",
)
EMS = ("Kettle River EMS", "Tri-Valley Ambulance District", "Sawtooth Air Medical", "Cedar Bluff Fire Rescue")
EMPLOYERS = (
    "Tri-County Freight Lines",
    "Larchmont Poultry Processing",
    "Bluestem Wind Services",
    "Cascade Millwork Inc.",
    "Ridgeback Logistics",
    "Sweetwater Unified School District",
    "Halcyon Data Systems",
    "Granite Peak Concrete",
    "Oxbow Cannery",
    "Meridian Rail Maintenance",
    "Pelican Point Seafoods",
    "Ironwood Timber Co.",
)
MAIL = ("gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "aol.com")
MONTHS = (
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


def join_parts(items, sep=", "):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        out.append(it)
    return out


@dataclass
class Person:
    first: str
    last: str
    sex: str
    mid: str

    @property
    def full(self):
        return f"{self.first} {self.last}"


class En:
    """English values for one note."""

    def __init__(self, c):
        self.c = c

    def person(self, sex=None):
        c = self.c
        sex = sex or c.ch("FM")
        first = c.ch(FIRST_F if sex == "F" else FIRST_M)
        return Person(first, c.ch(SURNAMES), sex, c.ch("ABCDEFGHJKLMNPRSTW"))

    def name_forms(self, p: Person, style=None):
        c = self.c
        style = style or c.ch(("full", "full", "lastfirst", "caps", "mid", "init"))
        return {
            "full": p.full,
            "lastfirst": f"{p.last}, {p.first}",
            "caps": f"{p.last.upper()}, {p.first.upper()}",
            "mid": f"{p.first} {p.mid}. {p.last}",
            "init": f"{p.first[0]}. {p.last}",
            "lower": f"{p.first.lower()} {p.last.lower()}",
        }[style]

    def user(self, p: Person):
        last = "".join(ch for ch in p.last.lower() if ch.isascii() and ch.isalpha())
        return f"{p.first[0].lower()}{last}" if last else p.first.lower()

    def initials(self, p: Person):
        last = next((ch for ch in p.last if ch.isupper()), p.last[0].upper())
        return p.first[0] + last

    def date(self, start=dt.date(2019, 1, 1), end=dt.date(2025, 6, 30)):
        return start + dt.timedelta(days=self.c.r.randrange((end - start).days + 1))

    def d(self, day: dt.date, style=None):
        c = self.c
        style = style or c.ch(("us", "us", "us2", "long", "iso", "dmy"))
        return {
            "us": f"{day.month:02d}/{day.day:02d}/{day.year}",
            "us2": f"{day.month}/{day.day}/{day.year % 100:02d}",
            "long": f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
            "iso": day.isoformat(),
            "dmy": f"{day.day:02d}-{MONTHS[day.month - 1][:3].upper()}-{day.year}",
            "md": f"{day.month}/{day.day}",
        }[style]

    def dob_for(self, on: dt.date, age: int):
        c = self.c
        born = on.replace(year=on.year - age, day=min(on.day, 28)) - dt.timedelta(days=c.ri(1, 360))
        return born

    def age_of(self, on: dt.date, born: dt.date):
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))

    def phone(self, style=None):
        c = self.c
        a, b, n = (
            c.ch(
                (
                    "319",
                    "618",
                    "509",
                    "270",
                    "218",
                    "541",
                    "318",
                    "843",
                    "775",
                    "307",
                    "207",
                    "802",
                    "785",
                    "308",
                    "970",
                    "580",
                    "435",
                    "907",
                    "808",
                    "563",
                    "906",
                    "662",
                    "740",
                    "406",
                    "334",
                    "229",
                    "208",
                    "505",
                )
            ),
            str(c.ri(201, 989)),
            c.digits(4, False),
        )
        style = style or c.ch(("paren", "dash", "dot", "intl"))
        return {
            "paren": f"({a}) {b}-{n}",
            "dash": f"{a}-{b}-{n}",
            "dot": f"{a}.{b}.{n}",
            "intl": f"+1 {a} {b} {n}",
        }[style]

    def ssn(self):
        c = self.c
        return f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.digits(4, False)}"

    def mrn(self):
        c = self.c
        return c.ch(
            (
                c.digits(8),
                "M" + c.digits(7),
                c.digits(3) + "-" + c.digits(4) + "-" + c.digits(2),
                "00" + c.digits(7, False),
            )
        )

    def npi(self):
        return "1" + self.c.digits(9, False)

    def dea(self, last):
        c = self.c
        return (
            c.ch("ABFM")
            + (last[0].upper() if last[0].isascii() and last[0].isalpha() else "X")
            + c.digits(7, False)
        )

    def state_lic(self):
        c = self.c
        return c.ch(("MD", "ME", "PHY", "R")) + c.digits(c.ri(5, 6), False)

    def email(self, p: Person):
        c = self.c
        user = self.user(p)
        return (
            c.ch(
                (f"{user}{c.ri(1, 99)}", f"{p.first.lower()}.{user[1:]}", f"{user[:5]}_{c.digits(3, False)}")
            )
            + "@"
            + c.ch(MAIL)
        )

    def ip(self):
        c = self.c
        return c.ch(
            (
                f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
                f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
                f"192.168.{c.ri(0, 255)}.{c.ri(2, 254)}",
                f"{c.ri(23, 216)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
            )
        )

    def member(self):
        c = self.c
        return c.ch(
            (
                c.letters(3) + c.digits(9, False),
                "W" + c.digits(9),
                c.letters(2) + c.digits(6) + c.letters(1),
                c.digits(3) + c.letters(2) + c.digits(5),
            )
        )

    def plate(self):
        c = self.c
        return c.ch(
            (
                c.digits(1) + c.letters(3) + c.digits(3),
                c.letters(3) + "-" + c.digits(4, False),
                c.letters(3) + " " + c.digits(3, False),
                c.digits(3, False) + " " + c.letters(3),
            )
        )

    def vin(self):
        c = self.c
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return c.ch(("1", "2", "3", "4", "5", "J", "K", "W")) + "".join(c.ch(al) for _ in range(16))

    def passport(self):
        c = self.c
        return c.ch(
            (
                c.digits(9),
                c.letters(2) + c.digits(7, False),
                c.letters(1) + c.digits(8, False),
                c.digits(3) + c.letters(1) + c.digits(5),
            )
        )

    def serial(self, prefix=""):
        c = self.c
        return prefix + c.ch(
            (
                c.letters(3) + c.digits(6),
                c.digits(10),
                c.letters(2) + c.digits(3) + c.letters(1) + c.digits(4),
            )
        )

    def town(self):
        return self.c.ch(TOWNS)

    def street(self):
        c = self.c
        s = f"{c.ri(3, 9890)} {c.ch(STREETS)}"
        if c.chance(0.3):
            s += c.ch((f" Apt {c.ri(1, 40)}", f" Unit {c.ch('ABCDEF')}", f" #{c.ri(100, 420)}"))
        return s

    def zip(self, z):
        return z + ("-" + self.c.digits(4, False) if self.c.chance(0.35) else "")


# --------------------------------------------------------------------------- Chinese pools

ZH_SURNAMES = (
    "龚",
    "廖",
    "谭",
    "邬",
    "郜",
    "靳",
    "禤",
    "晁",
    "綦",
    "郇",
    "昝",
    "宓",
    "庹",
    "冼",
    "覃",
    "蒯",
    "芮",
    "阚",
    "佘",
    "晏",
    "蓝",
    "韦",
    "黎",
    "骆",
    "伍",
    "粟",
    "卢",
    "滕",
    "喻",
    "揭",
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "令狐",
    "皇甫",
    "尉迟",
    "公孙",
    "端木",
    "东方",
    "慕容",
    "澹台",
)
ZH_GIVEN_F = (
    "若溪",
    "书瑶",
    "秀兰",
    "晓岚",
    "雨桐",
    "慧敏",
    "丽娟",
    "婉清",
    "淑芬",
    "梦琪",
    "凤英",
    "嘉怡",
    "海燕",
    "桂香",
    "玉珍",
    "静",
    "芳",
    "颖",
    "月娥",
    "翠屏",
)
ZH_GIVEN_M = (
    "振邦",
    "沛然",
    "国栋",
    "德胜",
    "家豪",
    "志远",
    "宏伟",
    "建华",
    "泽宇",
    "春生",
    "子墨",
    "永福",
    "明轩",
    "立新",
    "思源",
    "勇",
    "磊",
    "涛",
    "斌",
    "守仁",
)
ZH_MINORITY = (
    ("阿依古丽·吐尔洪", "F"),
    ("努尔兰·别克", "M"),
    ("扎西顿珠", "M"),
    ("次仁央宗", "F"),
    ("阿苏拉则", "M"),
    ("乌兰图雅", "F"),
    ("热依汗古丽·艾买提", "F"),
    ("莫日根", "M"),
    ("格桑卓玛", "F"),
    ("阿卜杜外力·肉孜", "M"),
)
ZH_XIAOMING = ("嘟嘟", "果果", "乐乐", "团团", "皮皮", "石头", "小虎", "妞妞", "阿宝", "毛毛", "丫丫", "壮壮")
ZH_FOREIGN = (
    ("Freya Lindholm", "F", "瑞典"),
    ("Mateo Fernández", "M", "西班牙"),
    ("Sophie Laurent", "F", "法国"),
    ("Daniel Kowalski", "M", "波兰"),
    ("Amara Nwosu", "F", "尼日利亚"),
    ("Liam O'Connor", "M", "爱尔兰"),
    ("Yuki Tanabe", "F", "日本"),
    ("Hannah Schulz", "F", "德国"),
    ("Arjun Mehta", "M", "印度"),
    ("Camila Rojas", "F", "智利"),
)
#: (province, city, district/county, 区划码, 邮编, streets, rural)
ZH_PLACES = (
    (
        "湖南省",
        "长沙市",
        "岳麓区",
        "430104",
        "410013",
        ("麓山南路", "桐梓坡路", "枫林三路", "银盆南路"),
        False,
    ),
    (
        "湖北省",
        "武汉市",
        "洪山区",
        "420111",
        "430070",
        ("珞喻路", "卓刀泉路", "雄楚大道", "白沙洲大道"),
        False,
    ),
    ("四川省", "成都市", "武侯区", "510107", "610041", ("玉林北路", "科华北路", "浆洗街", "高升桥路"), False),
    ("浙江省", "杭州市", "西湖区", "330106", "310012", ("文三路", "天目山路", "古翠路", "转塘街道"), False),
    ("江苏省", "南京市", "鼓楼区", "320106", "210008", ("中山北路", "湖南路", "宁海路", "幕府西路"), False),
    (
        "广东省",
        "广州市",
        "天河区",
        "440106",
        "510630",
        ("天河北路", "五山路", "龙口西路", "员村二横路"),
        False,
    ),
    ("山东省", "济南市", "历下区", "370102", "250014", ("文化东路", "山大路", "解放路", "燕子山路"), False),
    ("河南省", "郑州市", "金水区", "410105", "450003", ("花园路", "经三路", "纬五路", "东风路"), False),
    ("福建省", "厦门市", "思明区", "350203", "361003", ("厦禾路", "莲前西路", "湖滨南路", "思明南路"), False),
    (
        "陕西省",
        "西安市",
        "雁塔区",
        "610113",
        "710061",
        ("小寨西路", "长安南路", "电子二路", "雁塔北路"),
        False,
    ),
    ("云南省", "昆明市", "五华区", "530102", "650032", ("西昌路", "青年路", "龙泉路", "莲花池正街"), False),
    (
        "广西壮族自治区",
        "南宁市",
        "青秀区",
        "450103",
        "530022",
        ("民族大道", "竹溪大道", "金湖路", "古城路"),
        False,
    ),
    ("安徽省", "合肥市", "蜀山区", "340104", "230031", ("长江西路", "潜山路", "黄山路", "望江西路"), False),
    ("贵州省", "贵阳市", "南明区", "520102", "550001", ("中华南路", "花果园大街", "遵义路", "新华路"), False),
    (
        "新疆维吾尔自治区",
        "乌鲁木齐市",
        "天山区",
        "650102",
        "830002",
        ("解放南路", "新华南路", "延安路", "团结路"),
        False,
    ),
    (
        "内蒙古自治区",
        "呼和浩特市",
        "新城区",
        "150102",
        "010050",
        ("新华大街", "海拉尔东路", "兴安北路", "成吉思汗大街"),
        False,
    ),
    (
        "黑龙江省",
        "哈尔滨市",
        "南岗区",
        "230103",
        "150001",
        ("红军街", "西大直街", "学府路", "果戈里大街"),
        False,
    ),
    ("湖南省", "怀化市", "芷江侗族自治县", "431228", "419100", ("土桥乡", "罗旧镇", "碧涌镇"), True),
    ("云南省", "大理白族自治州", "剑川县", "532931", "671300", ("沙溪镇", "甸南镇", "金华镇"), True),
    ("贵州省", "黔东南苗族侗族自治州", "雷山县", "522634", "557100", ("西江镇", "丹江镇", "郎德镇"), True),
    ("四川省", "凉山彝族自治州", "昭觉县", "513431", "616150", ("新城镇", "竹核乡", "四开乡"), True),
    ("甘肃省", "临夏回族自治州", "东乡族自治县", "622926", "731400", ("锁南镇", "达板镇", "龙泉镇"), True),
    ("河南省", "周口市", "郸城县", "411625", "477150", ("城郊乡", "宁平镇", "汲冢镇"), True),
    ("山东省", "临沂市", "沂南县", "371321", "276300", ("界湖街道", "辛集镇", "双堠镇"), True),
)
ZH_VILLAGES = ("杨家湾村", "石门坎村", "松柏村", "大坪村", "青龙村", "下寨村", "马鞍山村", "柳树沟村")
ZH_HOSPITALS = (
    "麓山湖医院",
    "珞珈东区医院",
    "锦官城第二医院",
    "湖畔中西医结合医院",
    "钟阜人民医院",
    "五羊心血管病医院",
    "泉城妇幼保健院",
    "中原康复医院",
    "鹭岛第一医院",
    "曲江新区医院",
    "滇池眼耳鼻喉医院",
    "邕江人民医院",
    "庐州儿童医院",
    "黔中肿瘤医院",
    "天山中心医院",
    "青城人民医院",
    "松北烧伤医院",
)
ZH_EMPLOYERS = (
    "长沙岳峰机械制造有限公司",
    "武汉江汉物流股份有限公司",
    "成都锦程软件科技有限公司",
    "杭州西溪丝绸厂",
    "南京金陵建工集团",
    "广州穗通网约车服务有限公司",
    "济南鲁泉食品有限公司",
    "郑州中原冷链运输公司",
    "厦门鹭华电子有限公司",
    "西安秦川汽车配件厂",
    "昆明滇红茶叶公司",
    "南宁邕城市政工程处",
)


class Zh:
    """Chinese values for one note."""

    def __init__(self, c):
        self.c = c

    def name(self, sex=None, plain=False):
        """(name, sex); a compound or rare surname often, a minority name sometimes."""
        c = self.c
        sex = sex or c.ch("MF")
        if not plain and c.chance(0.15):
            pool = [n for n in ZH_MINORITY if n[1] == sex]
            return c.ch(pool)[0], sex
        given = c.ch(ZH_GIVEN_F if sex == "F" else ZH_GIVEN_M)
        return c.ch(ZH_SURNAMES) + given, sex

    def relative(self, *relations):
        """(name, relation) of a relative whose sex fits the relation word."""
        rel = self.c.ch(relations)
        female = rel in ("妻子", "母亲", "女儿", "外婆", "奶奶", "姐姐", "侄女", "配偶F")
        male = rel in ("丈夫", "父亲", "儿子", "哥哥", "侄子", "男友", "外公", "爷爷")
        sex = "F" if female else "M" if male else self.c.ch("MF")
        return self.name(sex)[0], rel

    def surname(self):
        return self.c.ch(ZH_SURNAMES)

    def place(self, rural=None):
        c = self.c
        pool = [p for p in ZH_PLACES if rural is None or p[6] == rural]
        return c.ch(pool)

    def street(self, pl):
        c = self.c
        prov, city, dist, code, post, streets, rural = pl
        if rural:
            return f"{dist}{c.ch(streets)}{c.ch(ZH_VILLAGES)}{c.ri(1, 9)}组{c.ri(1, 60)}号"
        return c.ch(
            (
                f"{dist}{c.ch(streets)}{c.ri(1, 399)}号{c.ch(('金桂园', '锦绣苑', '翠湖小区', '职工宿舍'))}{c.ri(1, 18)}栋{c.ri(1, 4)}单元{c.ri(1, 30)}0{c.ri(1, 4)}室",
                f"{dist}{c.ch(streets)}{c.ri(1, 399)}号{c.ri(1, 30)}0{c.ri(1, 6)}",
            )
        )

    def date(self, start=dt.date(2019, 1, 1), end=dt.date(2025, 6, 30)):
        return start + dt.timedelta(days=self.c.r.randrange((end - start).days + 1))

    def d(self, day: dt.date, style=None):
        c = self.c
        style = style or c.ch(("cn", "cn", "dash", "dot", "slash"))
        return {
            "cn": f"{day.year}年{day.month}月{day.day}日",
            "dash": day.isoformat(),
            "dot": f"{day.year}.{day.month:02d}.{day.day:02d}",
            "slash": f"{day.year}/{day.month}/{day.day}",
            "md": f"{day.month}月{day.day}日",
        }[style]

    def dob_for(self, on: dt.date, age: int):
        born = on.replace(year=on.year - age, day=min(on.day, 28)) - dt.timedelta(days=self.c.ri(1, 360))
        return born

    def id_card(self, born: dt.date, sex: str, pl=None):
        c = self.c
        pl = pl or self.place()
        seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
        body = f"{pl[3]}{born.year:04d}{born.month:02d}{born.day:02d}{seq:03d}"
        return body + id_card_checksum(body)

    def mobile(self):
        c = self.c
        n = c.ch(("135", "138", "139", "150", "152", "158", "177", "186", "189", "199")) + c.digits(8, False)
        return c.ch((n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", "+86 " + n))

    def landline(self):
        c = self.c
        return (
            c.ch(("0731", "027", "028", "0571", "025", "020", "0531", "0371", "0592", "029"))
            + "-"
            + str(c.ri(5, 8))
            + c.digits(7, False)
        )

    def plate(self):
        c = self.c
        return (
            c.ch(("湘A", "鄂A", "川A", "浙A", "苏A", "粤A", "鲁A", "豫A", "闽D", "陕A", "云A", "桂A"))
            + c.ch(("·", ""))
            + c.ch((c.alnum(5), "D" + c.digits(5, False), c.digits(3) + c.letters(2)))
        )

    def passport(self, kind=None):
        c = self.c
        kind = kind or c.ch(("cn", "foreign", "hk", "tw"))
        return {
            "cn": "E" + c.digits(8, False),
            "foreign": c.letters(2) + c.digits(7, False),
            "hk": "C" + c.letters(1) + c.digits(7, False),
            "tw": c.digits(8, False),
        }[kind], kind

    def ip(self):
        c = self.c
        return c.ch(
            (
                f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
                f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
                f"192.168.{c.ri(0, 255)}.{c.ri(2, 254)}",
            )
        )

    def email(self):
        c = self.c
        return c.ch(
            (
                c.digits(c.ri(8, 10)) + "@qq.com",
                c.token(7).lower() + "@163.com",
                c.token(6).lower() + "@126.com",
                c.token(8).lower() + "@sina.com",
            )
        )

    def age_cn(self, n: int):
        digits = "零一二三四五六七八九"
        s = (
            digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
            if n < 100
            else "一百" + ("零" + digits[n % 10] if n % 10 else "")
        )
        return s

    def age_of(self, on: dt.date, born: dt.date):
        return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
