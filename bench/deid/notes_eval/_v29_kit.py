# Longer than 450 lines: v29's hand-written value pools (names, places, identifiers of two countries) are data.
"""v29's own value pools and small helpers, written for v29 alone (README.md "v29").

From _core only the span builder (Doc, P, K) and the 身份证 check digit are used; every name,
place and identifier shape below was written by hand for this version. Templates get the per-note
random context (``c``: ``c.r``, ``c.ch``, ``c.chance`` ...) from the driver and draw from here.
"""

# ruff: noqa: E501  (value pools)

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from _core import K, P, id_card_checksum

__all__ = ["K", "P"]

# --------------------------------------------------------------------------- English names

EN_FIRST_F = """Marisol Delphine Ingrid Rosalind Esperanza Yevgenia Thuy Kalani Nkechi Brigid Philippa Soledad
Margarethe Anouk Faustina Leilani Rhiannon Giedre Oksana Tamsin Beatrix Imogen Lucinda Priyanka Adaeze Henrietta
Consolata Wilhelmina Jessamine Marguerite Svetlana Ximena Evangeline Dagny Ottilie Roxanne Perpetua Genevieve""".split()
EN_FIRST_M = """Alistair Bartholomew Cornelius Desmond Evander Florian Gideon Horatio Ignatius Jovan Kofi Leopold
Mortimer Nikolai Oisin Peregrine Quincy Rafferty Sebastiano Thaddeus Ulysses Valentin Wendell Xavier Yusuf Zoltan
Anselm Bertrand Casimir Dmitri Everett Fitzgerald Gustavo Hamish Isidore Jericho Lorcan Matthias""".split()
#: first names that are ordinary English words (listed as word-like in generate_v29.py)
EN_FIRST_WORDLIKE_F = ["Autumn", "Bliss", "Haven", "Wren"]
EN_FIRST_WORDLIKE_M = ["Ridge", "Colt", "Stone", "Gray"]
EN_SURNAMES = """Achterberg Balasubramanian Castellanos Delacroix Eisenhauer Fairweather Gallagher-Ruiz Hakobyan
Ivanova Jankowski Kavanagh Lindqvist Mbeki Nakashima Oduya Pemberton Quintanilla Rautenbach Sandoval-Meyer Takahashi
Underwood Valdivia Whitlock Xiong Yarborough Zielinski Abernethy-Cole Benavides Chukwuemeka Drummond Esposito Fenwick
Grijalva Halvorsen Iwasaki Jaramillo Kowalczyk Loughlin McAllister Niedermeyer Ostrowski Papadakis Quarles Rosenthal
Szabo Tremblay Uchenna Vukovic Wojcik Yoshida Zamorano Ballantyne Cienfuegos Dominguez-Hart Etheridge Fitzsimmons
Goldberg Harjo Begaye Oquendo Lighthorse Nez Tohee Blackwater Kealoha Aguon Faleolo Thibodeaux Broussard Hebert""".split()
#: surnames that are ordinary English words (listed as word-like in generate_v29.py)
EN_SURNAME_WORDLIKE = ["Rivers", "Frost", "Steele", "Fox", "Sterling", "Bass", "Church", "Summers"]
EN_WORDLIKE = EN_FIRST_WORDLIKE_F + EN_FIRST_WORDLIKE_M + EN_SURNAME_WORDLIKE


class EnName(NamedTuple):
    first: str
    last: str
    sex: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def rev(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def init_last(self) -> str:
        return f"{self.first[0]}. {self.last}"


def en_name(c, sex: str | None = None) -> EnName:
    sex = sex or c.ch("FM")
    if c.chance(0.08):
        first = c.ch(EN_FIRST_WORDLIKE_F if sex == "F" else EN_FIRST_WORDLIKE_M)
    else:
        first = c.ch(EN_FIRST_F if sex == "F" else EN_FIRST_M)
    last = c.ch(EN_SURNAME_WORDLIKE) if c.chance(0.08) else c.ch(EN_SURNAMES)
    return EnName(first, last, sex)


def en_names(c, n: int, sex: str | None = None) -> list[EnName]:
    """n people with distinct surnames and first names."""
    out: list[EnName] = []
    while len(out) < n:
        x = en_name(c, sex)
        if all(x.last != o.last and x.first != o.first for o in out):
            out.append(x)
    return out


# --------------------------------------------------------------------------- US places


class Town(NamedTuple):
    city: str
    state: str
    zip3: str
    area: str


TOWNS = [
    Town("Bemidji", "MN", "566", "218"),
    Town("Rutland", "VT", "057", "802"),
    Town("Joplin", "MO", "648", "417"),
    Town("Yakima", "WA", "989", "509"),
    Town("Tupelo", "MS", "388", "662"),
    Town("Laramie", "WY", "820", "307"),
    Town("Bangor", "ME", "044", "207"),
    Town("Dubuque", "IA", "520", "563"),
    Town("Lufkin", "TX", "759", "936"),
    Town("Gallup", "NM", "873", "505"),
    Town("Klamath Falls", "OR", "976", "541"),
    Town("Minot", "ND", "587", "701"),
    Town("Ardmore", "OK", "734", "580"),
    Town("Hattiesburg", "MS", "394", "601"),
    Town("Keene", "NH", "034", "603"),
    Town("Kokomo", "IN", "469", "765"),
    Town("Bluefield", "WV", "247", "304"),
    Town("Twin Falls", "ID", "833", "208"),
    Town("Florence", "AL", "356", "256"),
    Town("Salina", "KS", "674", "785"),
    Town("Owensboro", "KY", "423", "270"),
    Town("Alpena", "MI", "497", "989"),
    Town("Kearney", "NE", "688", "308"),
    Town("Rapid City", "SD", "577", "605"),
    Town("Lake Charles", "LA", "706", "337"),
    Town("Greenville", "NC", "278", "252"),
    Town("Sierra Vista", "AZ", "856", "520"),
]
STREET_NAMES = """Juniper Hawthorne Sycamore Tamarack Quarry Millrace Foundry Osage Cottonwood Larkspur Ironwood
Prairie Schoolhouse Depot Granary Buckeye Orchard Wagon Wheel Blue Heron Kingfisher Tanager Bellflower Cedar Bluff
Old Mission Saddle Creek Two Rivers Pioneer Sawmill""".split("\n")
_STREETS = [s for line in STREET_NAMES for s in line.split()]
STREET_KINDS = ["St", "Ave", "Rd", "Dr", "Ln", "Way", "Blvd", "Ct", "Pkwy", "Trail", "Street", "Road"]
HOSP_PATTERNS = [
    "{city} Regional Medical Center",
    "{city} Memorial Hospital",
    "St. Brendan's Hospital of {city}",
    "{city} Community Hospital",
    "Mercy Ridge Medical Center",
    "Good Shepherd Health {city}",
    "{city} Valley Hospital",
    "Providence Hollis Hospital",
    "{city} General Hospital",
    "Sacred Heart {city} Medical Center",
    "Lutheran Health {city}",
    "Northgate Medical Center",
]
EMPLOYERS = [
    "Dakota Plains Grain Cooperative",
    "Hillcrest Poultry Processing",
    "Tri-County School District",
    "Redbud Logistics LLC",
    "Pinecone Lumber Mill",
    "Bayou Offshore Services",
    "Cascade Fruit Packers",
    "Great Lakes Castings Inc.",
    "Lone Pine Trucking",
    "Meridian Call Center",
    "Blue Mesa Wind Farm",
    "Harvest Table Restaurants",
    "Ironhorse Rail Services",
    "Sunrise Assisted Living",
    "Quarry Ridge Aggregates",
    "Walnut Creek Dairy",
]


def zipcode(c, t: Town, plus4: bool | None = None) -> str:
    z = t.zip3 + c.digits(2, False)
    if plus4 if plus4 is not None else c.chance(0.3):
        z += "-" + c.digits(4, False)
    return z


def street(c) -> str:
    s = f"{c.ri(11, 9875)} {c.ch(_STREETS)} {c.ch(STREET_KINDS)}"
    if c.chance(0.25):
        s += c.ch(
            (
                f" Apt {c.ri(1, 40)}",
                f" Unit {c.ch('ABCD')}{c.ri(1, 9)}",
                f" #{c.ri(100, 420)}",
                f" Lot {c.ri(2, 88)}",
            )
        )
    return s


def en_hospital(c, t: Town) -> str:
    return c.ch(HOSP_PATTERNS).format(city=t.city)


def phone(c, area: str, style: str | None = None) -> str:
    ex, n = str(c.ri(201, 989)), c.digits(4, False)
    style = style or c.ch(("dash", "paren", "dot", "plus"))
    return {
        "dash": f"{area}-{ex}-{n}",
        "paren": f"({area}) {ex}-{n}",
        "dot": f"{area}.{ex}.{n}",
        "plus": f"+1 {area} {ex} {n}",
    }[style]


def ssn(c) -> str:
    a = c.ri(101, 899)
    if a == 666:
        a = 667
    return f"{a:03d}-{c.ri(10, 99):02d}-{c.ri(1001, 9999):04d}"


def npi(c) -> str:
    return "1" + c.digits(9, False)


def dea(c, last: str) -> str:
    return c.ch("ABFM") + last[0].upper() + c.digits(7, False)


def state_licence(c, st: str) -> str:
    return c.ch(
        (
            f"{st}-RN{c.digits(6)}",
            f"{st} {c.digits(5)}",
            f"MD.{c.digits(6)}",
            f"{st}{c.letters(1)}{c.digits(5)}",
        )
    )


def mrn(c) -> str:
    return c.ch((c.digits(8), "M" + c.digits(7), c.digits(3) + "-" + c.digits(5), "E" + c.digits(9, False)))


def fin(c) -> str:
    return c.ch(("FIN" + c.digits(9), c.digits(10), "V" + c.digits(8), "ENC-" + c.digits(7)))


def member_id(c) -> str:
    return c.ch(
        (
            c.letters(3) + c.digits(9),
            "W" + c.digits(8) + c.ch("0123456789"),
            c.digits(11) + c.letters(1),
            "MCD" + c.digits(8),
        )
    )


def accession(c) -> str:
    return c.ch(
        (
            "US" + c.digits(2) + "-" + c.digits(6),
            c.letters(2) + c.digits(9),
            "A" + c.digits(10),
            "BC-" + c.digits(7),
        )
    )


def plate(c) -> str:
    return c.ch(
        (
            c.digits(1) + c.letters(3) + c.digits(3),
            c.letters(3) + "-" + c.digits(4),
            c.digits(3) + " " + c.letters(3),
            c.letters(2) + c.digits(5),
        )
    )


def vin(c) -> str:
    return (
        c.ch(("1", "2", "3", "5", "J", "W"))
        + c.alnum(7)
        + c.ch("0123456789X")
        + c.alnum(2)
        + c.digits(6, False)
    )


def device_serial(c) -> str:
    return c.ch(
        (
            c.letters(3) + c.digits(6),
            "SN" + c.digits(8),
            c.digits(2) + c.letters(1) + c.digits(7),
            c.letters(1) + c.digits(4) + "-" + c.digits(5),
        )
    )


def us_passport(c) -> str:
    return c.ch((c.digits(9), c.letters(1) + c.digits(8)))


def foreign_passport(c) -> str:
    return c.ch((c.letters(2) + c.digits(7), "G" + c.digits(8), c.letters(1) + c.digits(7)))


def driver_licence(c, st: str) -> str:
    return c.ch(
        (
            c.letters(1) + c.digits(7),
            c.digits(9),
            c.letters(1) + c.digits(3) + "-" + c.digits(3) + "-" + c.digits(3),
        )
    )


def ipv4(c) -> str:
    return c.ch(
        (
            f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
            f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
            f"192.168.{c.ri(0, 255)}.{c.ri(2, 254)}",
        )
    )


def ipv6(c) -> str:
    return (
        "2001:db8:" + ":".join(f"{c.ri(1, 65535):x}" for _ in range(c.ri(2, 4))) + "::" + f"{c.ri(1, 4095):x}"
    )


def email_for(c, first: str, last: str, domain: str | None = None) -> str:
    ln = "".join(ch for ch in last.lower() if ch.isalpha())
    fn = first.lower()
    local = c.ch((f"{fn}.{ln}", f"{fn[0]}{ln}", f"{ln}.{fn[0]}", f"{fn}{ln[:3]}{c.ri(1, 99)}"))
    return f"{local}@{domain or c.ch(('gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com', 'proton.me', 'aol.com'))}"


def link(c, host: str) -> str:
    return f"https://{host}/{c.ch(('s', 'p', 'r', 'v'))}/{c.token(c.ri(8, 12))}"


# --------------------------------------------------------------------------- dates

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = [
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
]


def rdate(c, y0: int = 2019, y1: int = 2025) -> dt.date:
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 28) - start).days))


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def dob_for(c, age: int, ref: dt.date) -> dt.date:
    """A birth date giving exactly ``age`` on ``ref``."""
    return dt.date(ref.year - age - 1, ref.month, min(ref.day, 28)) + dt.timedelta(days=c.ri(1, 364))


def age_at(dob: dt.date, ref: dt.date) -> int:
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def us(d: dt.date, style: str) -> str:
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy1": f"{d.month}/{d.day}/{d.year}",
        "mdyy": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dmy": f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}",
        "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
        "md": f"{d.month}/{d.day}",
        "dmon": f"{d.day} {MON[d.month - 1]} {d.year}",
        "ymd": f"{d.year}{d.month:02d}{d.day:02d}",
    }[style]


def age_pair(c, p_old: float, lo: int = 40, hi: int = 88) -> tuple[int, bool]:
    """(age, over89): an age above 89 with probability p_old."""
    if c.chance(p_old):
        return c.ri(90, 103), True
    return c.ri(lo, hi), False


def age_p(age: int):
    """The age as text or, above 89, as an AGE_OVER_89 span."""
    return P("AGE_OVER_89", str(age)) if age > 89 else str(age)


# --------------------------------------------------------------------------- Chinese places


class Area(NamedTuple):
    prov: str
    city: str
    dist: str
    code: str
    post: str
    tel: str
    plate: str


AREAS = [
    Area("河北省", "唐山市", "路北区", "130203", "063000", "0315", "冀B"),
    Area("山西省", "大同市", "平城区", "140213", "037000", "0352", "晋B"),
    Area("辽宁省", "鞍山市", "铁东区", "210302", "114000", "0412", "辽C"),
    Area("吉林省", "吉林市", "船营区", "220204", "132000", "0432", "吉B"),
    Area("黑龙江省", "齐齐哈尔市", "龙沙区", "230202", "161000", "0452", "黑B"),
    Area("江苏省", "扬州市", "广陵区", "321002", "225000", "0514", "苏K"),
    Area("浙江省", "绍兴市", "越城区", "330602", "312000", "0575", "浙D"),
    Area("安徽省", "芜湖市", "镜湖区", "340202", "241000", "0553", "皖B"),
    Area("福建省", "泉州市", "鲤城区", "350502", "362000", "0595", "闽C"),
    Area("江西省", "赣州市", "章贡区", "360702", "341000", "0797", "赣B"),
    Area("山东省", "潍坊市", "潍城区", "370702", "261000", "0536", "鲁G"),
    Area("河南省", "洛阳市", "西工区", "410303", "471000", "0379", "豫C"),
    Area("湖北省", "宜昌市", "西陵区", "420502", "443000", "0717", "鄂E"),
    Area("湖南省", "衡阳市", "石鼓区", "430407", "421000", "0734", "湘D"),
    Area("广东省", "汕头市", "金平区", "440511", "515000", "0754", "粤D"),
    Area("广西壮族自治区", "桂林市", "秀峰区", "450302", "541000", "0773", "桂C"),
    Area("四川省", "绵阳市", "涪城区", "510703", "621000", "0816", "川B"),
    Area("贵州省", "遵义市", "红花岗区", "520302", "563000", "0851", "贵C"),
    Area("云南省", "大理白族自治州", "大理市", "532901", "671000", "0872", "云L"),
    Area("陕西省", "宝鸡市", "渭滨区", "610302", "721000", "0917", "陕C"),
    Area("甘肃省", "张掖市", "甘州区", "620702", "734000", "0936", "甘G"),
    Area("内蒙古自治区", "赤峰市", "红山区", "150402", "024000", "0476", "蒙D"),
    Area("新疆维吾尔自治区", "喀什地区", "喀什市", "653101", "844000", "0998", "新Q"),
    Area("青海省", "海东市", "乐都区", "630202", "810700", "0972", "青B"),
]
ROADS = """建设路 解放路 人民路 新华路 胜利路 和平路 育才路 文化路 朝阳路 光明路 长青路 滨江路 青年路 团结路 振兴路 东风路
凤凰路 桃源路 金桥路 锦绣路 丰收路 红旗街 中山街 工农街 民主街 花园街""".split()
COMPOUNDS = """阳光 锦江 翠湖 金色 丽景 康乐 书香 御景 枫林 龙湾 世纪 紫荆 怡和 银杏 碧水 福星""".split()
COMPOUND_SUFFIX = ["小区", "花园", "家园", "新村", "苑", "公寓"]
TOWNS_ZH = ["城关镇", "柳河镇", "石桥镇", "新店乡", "大河镇", "白杨乡", "黄土镇", "青龙乡"]
VILLAGES = ["王家村", "李庄村", "河口村", "东湾村", "杨树村", "南岗村", "高坪村", "马场村"]


def zh_street(c, a: Area, with_dist: bool = True) -> str:
    """区/县 down to the door (or 镇/乡 + 村/组)."""
    d = a.dist if with_dist else ""
    if c.chance(0.22):
        return f"{d}{c.ch(TOWNS_ZH)}{c.ch(VILLAGES)}{c.ri(1, 12)}组{c.ri(1, 60)}号"
    if c.chance(0.5):
        return f"{d}{c.ch(ROADS)}{c.ri(1, 399)}号{c.ch(COMPOUNDS)}{c.ch(COMPOUND_SUFFIX)}{c.ri(1, 32)}栋{c.ri(1, 4)}单元{c.ri(1, 28)}{c.ri(1, 4):02d}室"
    return f"{d}{c.ch(ROADS)}{c.ri(1, 599)}号{c.ri(1, 9)}号楼{c.ri(101, 1806)}"


def zh_addr(c, a: Area, prov: bool, city: bool = True) -> list:
    """[省][市]区... as separate spans."""
    out = []
    if prov:
        out.append(P("PROVINCE_STATE", a.prov))
    if city or prov:
        out.append(P("CITY", a.city))
    out.append(P("ADDRESS_STREET", zh_street(c, a)))
    return out


HOSP_ZH = [
    "{c}第一人民医院",
    "{c}中心医院",
    "{c}人民医院",
    "{c}中医医院",
    "{c}第二人民医院",
    "{c}妇幼保健院",
    "{c}第三人民医院",
    "{d}人民医院",
    "{c}市立医院",
    "{c}骨科医院",
    "{d}中医院",
    "{c}传染病医院",
]


def zh_hospital(c, a: Area, kind: str = "any") -> str:
    cb = a.city.removesuffix("市").removesuffix("地区").removesuffix("白族自治州")
    if kind == "community":
        return f"{a.dist}{c.ch(ROADS)[:-1]}街道社区卫生服务中心"
    if kind == "township":
        return f"{a.dist}{c.ch(TOWNS_ZH)}卫生院"
    return c.ch(HOSP_ZH).format(c=cb + "市" if not a.city.endswith("市") else a.city, d=a.dist)


# --------------------------------------------------------------------------- Chinese names

ZH_SURNAMES = """王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁
潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段
雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章
鲁 岳 翟 殷 詹 申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝
路 游 辛 靳 管 柴 蒙 鲍 华 喻 祁 蒲 房 滕 屈 饶 解 牟 艾 尤 阳 时 穆 农 司 卓 古 吉 缪 简 车 项 连 芦 麦 褚 娄 窦 戚 岑 景 党
宫 费 卜 冷 晏 席 卫 米 柏 宗 瞿 桂 全 佟 应 臧 闵 苟 邬 边 卞 姬 师 和 仇 栾 隋 商 刁 沙 荣 巫 寇 桑 郎 甄 丛 仲 虞 敖 巩 明""".split()
ZH_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "公冶", "轩辕", "钟离", "闻人", "赫连", "万俟", "申屠"]
GIVEN_F = """秀兰 桂英 玉梅 淑珍 海燕 丽娟 晓燕 婷婷 雪梅 春花 美玲 慧敏 静怡 梦瑶 思琪 雅琴 凤英 翠兰 金凤 月娥 欣怡
紫涵 诗雨 若曦 佳琪 晓丽 红霞 冬梅 素芬 巧云""".split()
GIVEN_M = """建国 志强 国平 德胜 永福 宏伟 振华 俊杰 浩然 子轩 宇航 明辉 文斌 家豪 立新 海涛 春生 长顺 继红 卫东 成林
宝山 广才 庆丰 树森 天佑 博文 一鸣 锦程 铁柱""".split()
GIVEN_1_F = list("芳娟敏静丽艳霞瑶婷琳萍")
GIVEN_1_M = list("伟磊勇军涛斌刚鹏杰昊峰")
#: minority names without a surname (sex, name)
MINORITY = [
    ("F", "阿依古丽·吐尔逊"),
    ("F", "古丽米拉·艾买提"),
    ("M", "艾尔肯·买买提"),
    ("M", "努尔兰·哈力克"),
    ("F", "次仁央宗"),
    ("M", "扎西顿珠"),
    ("F", "格桑卓玛"),
    ("M", "索朗旺堆"),
    ("M", "巴特尔"),
    ("F", "乌云其木格"),
    ("M", "朝鲁门"),
    ("F", "萨仁高娃"),
    ("M", "阿苏木呷"),
    ("F", "阿西阿呷"),
    ("M", "吉克曲布"),
    ("F", "沙马阿果"),
]
NICKNAMES = ["豆豆", "乐乐", "小宝", "糖糖", "果果", "阳阳", "妞妞", "壮壮", "安安", "朵朵"]
#: Taiwanese names in traditional script (sex, surname, name)
TW_NAMES = [
    ("M", "陳", "陳志豪"),
    ("F", "林", "林美玲"),
    ("M", "黃", "黃俊傑"),
    ("F", "張", "張淑芬"),
    ("M", "李", "李建宏"),
    ("F", "吳", "吳佩蓉"),
    ("M", "劉", "劉家豪"),
    ("F", "蔡", "蔡宜君"),
    ("F", "楊", "楊雅婷"),
    ("M", "許", "許文雄"),
    ("F", "鄭", "鄭惠如"),
    ("M", "謝", "謝明哲"),
    ("M", "賴", "賴冠廷"),
    ("F", "蕭", "蕭郁雯"),
    ("M", "葉", "葉宗翰"),
]
TW_CITIES = ["臺北市", "新北市", "臺中市", "臺南市", "高雄市", "桃園市", "新竹市", "嘉義市"]
TW_ROADS = ["中正路", "民生路", "忠孝東路", "復興南路", "文心路", "成功路", "自由路", "博愛路"]
FOREIGN_LATIN = [
    ("M", "Lucas Moreau"),
    ("F", "Anna Kowalska"),
    ("M", "Rahul Mehta"),
    ("F", "Nguyen Thi Lan"),
    ("M", "Ivan Petrov"),
    ("F", "Sofia Rossi"),
    ("M", "Kwame Mensah"),
    ("F", "Yuki Tanaka"),
]


class ZhName(NamedTuple):
    name: str
    surname: str  # the whole name where it has no surname
    sex: str


def zh_name(c, sex: str | None = None, minority: float = 0.1) -> ZhName:
    sex = sex or c.ch("FM")
    if c.chance(minority):
        opts = [n for s, n in MINORITY if s == sex]
        n = c.ch(opts)
        return ZhName(n, n, sex)
    sur = c.ch(ZH_COMPOUND) if c.chance(0.07) else c.ch(ZH_SURNAMES)
    if c.chance(0.2):
        given = c.ch(GIVEN_1_F if sex == "F" else GIVEN_1_M)
    else:
        given = c.ch(GIVEN_F if sex == "F" else GIVEN_M)
    return ZhName(sur + given, sur, sex)


def zh_names(c, n: int, minority: float = 0.08) -> list[ZhName]:
    out: list[ZhName] = []
    while len(out) < n:
        x = zh_name(c, minority=minority)
        if all(x.surname != o.surname and x.name not in o.name and o.name not in x.name for o in out):
            out.append(x)
    return out


def zh_doc(c, name: ZhName, title: str = "医生") -> list:
    """X医生 / X主任: the surname only is labelled (the whole name for a minority name)."""
    return [P("NAME_CLINICIAN", name.surname), title]


def mobile(c, style: str | None = None) -> str:
    n = c.ch(("13", "15", "18", "17", "19")) + str(c.ri(0, 9)) + c.digits(8, False)
    style = style or c.ch(("bare", "bare", "sp", "dash", "plus"))
    return {
        "bare": n,
        "sp": f"{n[:3]} {n[3:7]} {n[7:]}",
        "dash": f"{n[:3]}-{n[3:7]}-{n[7:]}",
        "plus": f"+86 {n}",
    }[style]


def landline(c, a: Area) -> str:
    n = str(c.ri(2, 8)) + c.digits(7, False)
    return c.ch((f"{a.tel}-{n}", f"({a.tel}){n}", f"{a.tel} {n}"))


def id_card(c, a: Area, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a.code}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def zh_plate(c, a: Area) -> str:
    if c.chance(0.25):
        return a.plate + c.ch(("·", "")) + c.ch("DF") + c.digits(5, False)
    return a.plate + c.ch(("·", "", " ")) + c.letters(1) + c.alnum(4)


def zh_mrn(c) -> str:
    return c.ch((c.digits(8), "ZY" + c.digits(8), c.digits(10), "0" + c.digits(7, False)))


def yibao(c, a: Area) -> str:
    return c.ch((a.code[:4] + c.digits(10, False), c.letters(1) + c.digits(9), a.code + c.digits(12, False)))


def zh_passport(c) -> str:
    return c.ch(("E" + c.digits(8), "EA" + c.digits(7), "G" + c.digits(8)))


def hk_permit(c) -> str:
    return c.ch(("C" + c.digits(8), "CA" + c.digits(7)))


def tw_permit(c) -> str:
    """台湾居民来往大陆通行证 (8 digits)."""
    return c.digits(8)


def zh_licence(c) -> str:
    return "1" + c.digits(2) + "0" + c.digits(5) + "0" + c.digits(5)


def zh_serial(c) -> str:
    return c.ch(("SN" + c.digits(9), c.letters(2) + c.digits(7), c.digits(4) + c.letters(1) + c.digits(5)))


def zh_ip(c) -> str:
    return f"{c.ch(('10', '172', '192'))}.{c.ri(16, 168)}.{c.ri(0, 255)}.{c.ri(2, 254)}"


def zh_email(c, local_hint: str | None = None) -> str:
    local = local_hint or c.ch(("xiao", "wang", "li", "chen", "liu", "zhang", "zhao")) + c.ch(
        ("yu", "lin", "feng", "hui", "ming")
    )
    return f"{local}{c.ri(7, 9988)}@{c.ch(('163.com', 'qq.com', '126.com', 'sina.com', 'foxmail.com', 'aliyun.com'))}"


def cn(d: dt.date, style: str) -> str:
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "cn0": f"{d.year}年{d.month:02d}月{d.day:02d}日",
        "iso": d.isoformat(),
        "dot": f"{d.year}.{d.month}.{d.day}",
        "slash": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "md": f"{d.month}月{d.day}日",
        "mdd": f"{d.month:02d}-{d.day:02d}",
        "ymd": f"{d.year}{d.month:02d}{d.day:02d}",
    }[style]


def relation_en(c, sex: str) -> str:
    return (
        c.ch(("daughter", "mother", "wife", "sister", "niece"))
        if sex == "F"
        else c.ch(("son", "father", "husband", "brother", "nephew"))
    )


def relation_zh(sex: str, c) -> str:
    return (
        c.ch(("女儿", "母亲", "妻子", "姐姐", "儿媳"))
        if sex == "F"
        else c.ch(("儿子", "父亲", "丈夫", "哥哥", "女婿"))
    )


def relation_en_young(c, sex: str) -> str:
    """A relation that fits an old patient (a child, grandchild or spouse)."""
    return (
        c.ch(("daughter", "granddaughter", "wife", "niece"))
        if sex == "F"
        else c.ch(("son", "grandson", "husband", "nephew"))
    )


def relation_zh_young(sex: str, c) -> str:
    return c.ch(("女儿", "儿媳", "孙女", "外孙女")) if sex == "F" else c.ch(("儿子", "女婿", "孙子", "侄子"))
