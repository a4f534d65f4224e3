# Longer than 450 lines: the value pools (names, places, identifiers of two countries) are data, kept beside the helpers that draw from them.
"""v30's own hand-written value pools and helpers (names, places, identifiers of two countries).

Written for v30 alone: nothing here is drawn from Faker or copied from an earlier kit. From _core
only the span-tracking builder (Doc, P, K) and the 身份证 check digit are used.
"""

# ruff: noqa: E501  (value pools)

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "K", "P"]

# --------------------------------------------------------------------------- English names

EN_FIRST_F = """Annelise Bernadette Cosima Dorothea Eulalia Fenella Genevieve Henrietta Imelda Jacinta Kateryna
Leocadia Magdalena Nicoleta Oluwaseun Pilar Quilla Roswitha Saoirse Tamsin Ulrike Valentina Winifred Ximena Yolanda
Zinaida Agnieszka Blessing Chiamaka Dagny Ebony Farida Graciela Hyacinth Ilse Jolanta Kalliope Lucinda Mirela Noelani""".split()
EN_FIRST_M = """Anselm Barnaby Casimir Dashiell Emmerich Fitzgerald Gustavo Hamish Isidore Jerome Kwabena Lysander
Mattias Nikolai Octavio Percival Quentin Radomir Sebastiano Tiberius Ulysses Vasily Wendell Xavier Yusuf Zebulon
Ambrose Benedikt Crispin Dariusz Ezekiel Fergus Gaspard Hendrik Ifeanyi Joaquin Kazimierz Lucius Mordecai Nnamdi""".split()
EN_FIRST_WORDLIKE_F = ["Dawn", "Joy", "Meadow"]
EN_FIRST_WORDLIKE_M = ["Chase", "Cash", "Rocky"]
EN_SURNAMES = """Abernathy Bojanowski Ciobanu Dziedzic Etxeberria Featherstonhaugh Gudmundsdottir Haverkamp Iwuchukwu
Jankowiak Kowalczuk Lindqvist Montgomery-Oyelaran Nakashima Ostrowski Papadopoulos Quattlebaum Rzepecki Szczepanski
Tarkington Uchenna Vandermolen Wojciechowski Xiong Yellowhorse Zeledon Apodaca Brannigan Cunningham-Diallo Dufresne
Esposito Fitzwilliam Grabowski Hollingsworth Ikeda Jablonski Kaczmarek Longbottom McGillicuddy Nwachukwu Oyelowo
Pettigrew Rakotomalala Sepulveda Tsosie Underhill Villalobos Whitlock Yazzie Zimmerle Ahlgren Bouchard""".split()
EN_SURNAME_WORDLIKE = ["Wood", "Shields", "Bond", "Marsh", "Banks", "Hale"]
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
    if c.chance(0.07):
        first = c.ch(EN_FIRST_WORDLIKE_F if sex == "F" else EN_FIRST_WORDLIKE_M)
    else:
        first = c.ch(EN_FIRST_F if sex == "F" else EN_FIRST_M)
    last = c.ch(EN_SURNAME_WORDLIKE) if c.chance(0.07) else c.ch(EN_SURNAMES)
    return EnName(first, last, sex)


def en_names(c, n: int, sex: str | None = None) -> list[EnName]:
    """n people with distinct first names and surnames."""
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
    Town("Paducah", "KY", "420", "270"),
    Town("Muncie", "IN", "473", "765"),
    Town("Eau Claire", "WI", "547", "715"),
    Town("Pocatello", "ID", "832", "208"),
    Town("Elko", "NV", "898", "775"),
    Town("Hilo", "HI", "967", "808"),
    Town("Kingman", "AZ", "864", "928"),
    Town("Alamogordo", "NM", "883", "575"),
    Town("Grand Junction", "CO", "815", "970"),
    Town("Billings", "MT", "591", "406"),
    Town("Casper", "WY", "826", "307"),
    Town("Aberdeen", "SD", "574", "605"),
    Town("Enid", "OK", "737", "580"),
    Town("Texarkana", "AR", "718", "870"),
    Town("Natchez", "MS", "391", "601"),
    Town("Dothan", "AL", "363", "334"),
    Town("Valdosta", "GA", "316", "229"),
    Town("Sumter", "SC", "291", "803"),
    Town("Beckley", "WV", "258", "304"),
    Town("Altoona", "PA", "166", "814"),
    Town("Oneonta", "NY", "138", "607"),
    Town("Presque Isle", "ME", "047", "207"),
    Town("Findlay", "OH", "458", "419"),
    Town("Marquette", "MI", "498", "906"),
    Town("Mankato", "MN", "560", "507"),
    Town("Ottumwa", "IA", "525", "641"),
    Town("Cape Girardeau", "MO", "637", "573"),
    Town("Nacogdoches", "TX", "759", "936"),
    Town("Walla Walla", "WA", "993", "509"),
    Town("Medford", "OR", "975", "541"),
]

STREET_NAMES = """Quarry Tamarack Osage Juniper Cottonwood Millrace Sassafras Ironwood Bluestem Pawnee Chokecherry
Ridgeline Kettle Foundry Tanager Buckeye Palisade Sorghum Larkspur Wagonwheel Hickory Cannery Prospect Switchyard""".split()
STREET_KINDS = ["St", "Ave", "Rd", "Ln", "Dr", "Ct", "Blvd", "Way", "Pike", "Trail"]

HOSP_PATTERNS = [
    "{city} Regional Medical Center",
    "{city} Memorial Hospital",
    "St. Bonaventure Hospital of {city}",
    "{city} Community Health System",
    "Good Shepherd Medical Center {city}",
    "{city} Valley Hospital",
    "Mercyhurst General - {city}",
    "{city} Baptist Hospital",
]
HOME_INFUSION = [
    "{city} Home Infusion Pharmacy",
    "Prairie Star Infusion Services of {city}",
    "{city} Specialty Pharmacy",
]
HOME_HEALTH = [
    "{city} Visiting Nurse Association",
    "Lantern Home Health of {city}",
    "{city} Home Care Partners",
]
EMPLOYERS = [
    "Tri-County Grain Cooperative",
    "Halverson Trucking",
    "Bluegill Marine Supply",
    "Cedar Hollow School District",
    "Pinnacle Rail Services",
    "Oxbow Poultry Processing",
    "Sandstone Credit Union",
    "Redtail Wind Farm",
    "Kestrel Aerospace Components",
    "Brightwater Casino Resort",
    "Municipal Water Authority",
    "Foxglove Nursing & Rehab",
    "Larkin Brothers Roofing",
    "Copperline Mining Co.",
]


def en_town(c) -> Town:
    return c.ch(TOWNS)


def en_hospital(c, t: Town, pool=None) -> str:
    return c.ch(pool or HOSP_PATTERNS).format(city=t.city)


def street(c) -> str:
    s = f"{c.ri(12, 9890)} {c.ch(STREET_NAMES)} {c.ch(STREET_KINDS)}"
    if c.chance(0.3):
        s += c.ch(
            (f" Apt {c.ri(1, 40)}", f" Unit {c.letters(1)}", f" #{c.ri(2, 120)}", f" Lot {c.ri(3, 88)}")
        )
    return s


def zipcode(c, t: Town) -> str:
    z = t.zip3 + c.digits(2, False)
    return z + f"-{c.digits(4, False)}" if c.chance(0.25) else z


def phone(c, area: str) -> str:
    n = f"{c.ri(2, 9)}{c.digits(2, False)}"
    m = c.digits(4, False)
    return c.ch((f"({area}) {n}-{m}", f"{area}-{n}-{m}", f"{area}.{n}.{m}", f"+1 {area} {n} {m}"))


def ssn(c) -> str:
    return f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.digits(4)}"


def npi(c) -> str:
    return "1" + c.digits(9, False)


def dea(c, last: str) -> str:
    return c.ch("ABFM") + last[0].upper() + c.digits(7, False)


def mrn(c) -> str:
    return c.ch((f"M{c.digits(8)}", f"{c.digits(7)}", f"00{c.digits(6)}", f"{c.letters(2)}{c.digits(6)}"))


def fin(c) -> str:
    return c.ch((f"FIN{c.digits(9)}", f"E{c.digits(10)}", f"{c.digits(11)}"))


def member_id(c) -> str:
    return c.ch(
        (f"{c.letters(3)}{c.digits(9)}", f"W{c.digits(10)}", f"{c.digits(3)}-{c.digits(4)}-{c.digits(4)}")
    )


def accession(c, pre: str = "") -> str:
    return pre + c.ch((f"{c.digits(2)}-{c.digits(6)}", f"A{c.digits(9)}", f"{c.letters(2)}{c.digits(8)}"))


def plate(c) -> str:
    return c.ch(
        (
            f"{c.digits(3)} {c.letters(3)}",
            f"{c.letters(3)}-{c.digits(4)}",
            f"{c.ri(1, 9)}{c.letters(3)}{c.digits(3)}",
        )
    )


def vin(c) -> str:
    return "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def device_serial(c) -> str:
    return c.ch(
        (f"SN{c.digits(9)}", f"{c.letters(3)}{c.digits(6)}{c.letters(1)}", f"{c.digits(4)}-{c.digits(5)}")
    )


def passport(c) -> str:
    return c.ch((c.digits(9), f"{c.letters(1)}{c.digits(8)}", f"{c.letters(2)}{c.digits(7)}"))


def ipv4(c) -> str:
    return c.ch(
        (
            f"10.{c.ri(0, 254)}.{c.ri(0, 254)}.{c.ri(2, 254)}",
            f"172.{c.ri(16, 31)}.{c.ri(0, 254)}.{c.ri(2, 254)}",
            f"192.168.{c.ri(0, 254)}.{c.ri(2, 254)}",
        )
    )


def email_for(c, first: str, last: str, domain: str | None = None) -> str:
    ln = "".join(ch for ch in last.lower() if ch.isalpha())
    fn = first.lower()
    local = c.ch((f"{fn}.{ln}", f"{fn[0]}{ln}", f"{ln}{fn[0]}{c.ri(1, 9)}"))
    return (
        f"{local}@{domain or c.ch(('gmail.com', 'hotmail.com', 'mail.com', 'fastmail.com', 'comcast.net'))}"
    )


def link(c, host: str) -> str:
    return f"https://{host}/{c.ch(('u', 'case', 'up', 'x'))}/{c.token(c.ri(9, 13))}"


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
    return start + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 20) - start).days))


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def dob_for(c, age: int, ref: dt.date) -> dt.date:
    """A birth date giving exactly ``age`` on ``ref``."""
    return dt.date(ref.year - age - 1, ref.month, min(ref.day, 28)) + dt.timedelta(days=c.ri(1, 364))


def us(d: dt.date, style: str | None = None, c=None) -> str:
    if style is None:
        style = c.ch(("mdy", "mdy", "mdy1", "iso", "dmy", "long", "mdyy"))
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy1": f"{d.month}/{d.day}/{d.year}",
        "mdyy": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dmy": f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}",
        "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
        "md": f"{d.month}/{d.day}",
        "mon": f"{MON[d.month - 1]} {d.day}",
    }[style]


def age_pair(c, p_old: float, lo: int = 38, hi: int = 88) -> int:
    return c.ri(90, 104) if c.chance(p_old) else c.ri(lo, hi)


def age_p(age: int):
    """The age as text or, above 89, as an AGE_OVER_89 span."""
    return P("AGE_OVER_89", str(age)) if age > 89 else str(age)


def timeline(c, day: dt.date, n: int, step: tuple[int, int] = (1, 6)) -> list[tuple[dt.date, str]]:
    """n increasing (date, "HH:MM") points starting on ``day``."""
    out, h, cur = [], c.ri(0, 9), day
    for _ in range(n):
        out.append((cur, f"{h:02d}:{c.ch(('00', '15', '30', '45'))}"))
        h += c.ri(*step)
        if h >= 24:
            h -= 24
            cur = plus(cur, 1)
    return out


def a_an(age: int) -> str:
    return "an" if str(age).startswith("8") or age in (11, 18) else "a"


def he(sex: str) -> str:
    return "he" if sex == "M" else "she"


def his(sex: str) -> str:
    return "his" if sex == "M" else "her"


def relation_en(c, pat_sex: str, pat_age: int, rel_sex: str) -> str:
    """A relation of someone of rel_sex to the patient, fitting the patient's age and sex."""
    if pat_age < 18:
        return "mother" if rel_sex == "F" else "father"
    if pat_age >= 60:
        return (
            c.ch(("daughter", "niece") if rel_sex == "F" else ("son", "nephew"))
            if c.chance(0.6)
            else (
                ("wife" if pat_sex == "M" else "partner")
                if rel_sex == "F"
                else ("husband" if pat_sex == "F" else "partner")
            )
        )
    return (
        c.ch(("sister", "wife" if pat_sex == "M" else "partner", "mother"))
        if rel_sex == "F"
        else c.ch(("brother", "husband" if pat_sex == "F" else "partner", "father"))
    )


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
    Area("河北省", "保定市", "竞秀区", "130602", "071000", "0312", "冀F"),
    Area("山西省", "长治市", "潞州区", "140403", "046000", "0355", "晋D"),
    Area("辽宁省", "锦州市", "古塔区", "210702", "121000", "0416", "辽G"),
    Area("吉林省", "四平市", "铁西区", "220302", "136000", "0434", "吉C"),
    Area("黑龙江省", "牡丹江市", "东安区", "231002", "157000", "0453", "黑C"),
    Area("江苏省", "淮安市", "清江浦区", "320812", "223000", "0517", "苏H"),
    Area("浙江省", "台州市", "椒江区", "331002", "318000", "0576", "浙J"),
    Area("安徽省", "蚌埠市", "蚌山区", "340303", "233000", "0552", "皖C"),
    Area("福建省", "漳州市", "芗城区", "350602", "363000", "0596", "闽E"),
    Area("江西省", "九江市", "浔阳区", "360403", "332000", "0792", "赣G"),
    Area("山东省", "临沂市", "兰山区", "371302", "276000", "0539", "鲁Q"),
    Area("河南省", "南阳市", "卧龙区", "411303", "473000", "0377", "豫R"),
    Area("湖北省", "襄阳市", "襄城区", "420602", "441000", "0710", "鄂F"),
    Area("湖南省", "常德市", "武陵区", "430702", "415000", "0736", "湘J"),
    Area("广东省", "湛江市", "赤坎区", "440802", "524000", "0759", "粤G"),
    Area("广西壮族自治区", "柳州市", "城中区", "450202", "545000", "0772", "桂B"),
    Area("四川省", "南充市", "顺庆区", "511302", "637000", "0817", "川R"),
    Area("贵州省", "安顺市", "西秀区", "520402", "561000", "0851", "贵G"),
    Area("云南省", "曲靖市", "麒麟区", "530302", "655000", "0874", "云D"),
    Area("陕西省", "汉中市", "汉台区", "610702", "723000", "0916", "陕F"),
    Area("甘肃省", "天水市", "秦州区", "620502", "741000", "0938", "甘E"),
    Area("内蒙古自治区", "包头市", "昆都仑区", "150203", "014000", "0472", "蒙B"),
]
ZH_ROADS = "建设 解放 人民 胜利 和平 育才 文化 长征 新华 光明 红旗 工农 振兴 滨河 迎宾 朝阳 东风 幸福 学府 矿山".split()
ZH_ESTATES = "锦绣花园 金桂苑 翠湖湾 丽景家园 书香门第 阳光新城 御景华庭 水岸名居 紫荆小区 铁路新村 纺织宿舍 康乐小区".split()
ZH_TOWNS = "柳林镇 石桥镇 黄土岗镇 白马镇 清水乡 双河镇 龙泉镇 杨家坪乡".split()
ZH_VILLAGES = "前进村 杏花村 王庄村 大柳树村 新民村 高家湾村 李家堡村".split()
ZH_EMPLOYERS = [
    "中铁某局第三工程有限公司",
    "华丰纺织有限公司",
    "宏达建筑劳务有限公司",
    "金旺食品加工厂",
    "顺通物流有限公司",
    "市自来水公司",
    "新兴机械制造有限公司",
    "利民超市连锁有限公司",
    "东方钢构有限公司",
    "恒远汽车配件厂",
    "育英实验小学",
    "锦程家具厂",
    "海联电子科技有限公司",
    "光华煤矿",
]


def zh_area(c) -> Area:
    return c.ch(AREAS)


def zh_street(c, a: Area, with_dist: bool = True) -> str:
    d = a.dist if with_dist else ""
    if c.chance(0.2):
        return f"{d}{c.ch(ZH_TOWNS)}{c.ch(ZH_VILLAGES)}{c.ri(1, 9)}组"
    s = f"{d}{c.ch(ZH_ROADS)}{c.ch(('路', '街', '大道'))}{c.ri(1, 399)}号"
    if c.chance(0.6):
        s += f"{c.ch(ZH_ESTATES)}{c.ri(1, 28)}栋{c.ri(1, 6)}单元{c.ri(1, 26)}0{c.ri(1, 4)}室"
    return s


def zh_addr(c, a: Area, prov: bool, city: bool = True) -> list:
    out: list = []
    if prov:
        out.append(P("PROVINCE_STATE", a.prov))
    if city:
        out.append(P("CITY", a.city))
    out.append(P("ADDRESS_STREET", zh_street(c, a)))
    return out


def zh_hospital(c, a: Area, kind: str = "any") -> str:
    cb = a.city[:-1]
    if kind == "big":
        return c.ch(
            (f"{cb}市第一人民医院", f"{cb}市中心医院", f"{cb}医学院附属医院", f"{a.prov[:2]}省{cb}市人民医院")
        )
    return c.ch(
        (
            f"{cb}市第一人民医院",
            f"{cb}市中心医院",
            f"{cb}医学院附属医院",
            f"{cb}市第二人民医院",
            f"{a.dist}人民医院",
            f"{cb}市中医医院",
            f"{cb}市第四人民医院",
            f"{cb}市第三人民医院",
        )
    )


# --------------------------------------------------------------------------- Chinese names

ZH_SURNAMES = """王 李 张 刘 陈 杨 赵 黄 周 吴 徐 孙 胡 朱 高 林 何 郭 马 罗 梁 宋 郑 谢 韩 唐 冯 于 董 萧 程 曹 袁 邓 许 傅
沈 曾 彭 吕 苏 卢 蒋 蔡 贾 丁 魏 薛 叶 阎 余 潘 杜 戴 夏 钟 汪 田 任 姜 范 方 石 姚 谭 廖 邹 熊 金 陆 郝 孔 白 崔 康 毛 邱
秦 江 史 顾 侯 邵 孟 龙 万 段 雷 钱 汤 尹 黎 易 常 武 乔 贺 赖 龚 文 庞 樊 兰 殷 施 陶 洪 翟 安 颜 倪 严 牛 温 芦 季 俞
章 鲁 葛 伍 韦 申 尤 毕 聂 丛 焦 向 柳 邢 路 岳 齐 奚 梅 莫 庄 辛 管 祝 左 涂 谷 祁 时 舒 耿 牟 卜 詹 关 苗 凌 费 纪 靳 盛
童 欧 甄 项 曲 成 游 阳 裴 席 卫 查 屈 鲍 位 覃 霍 翁 隋 植 甘 景 薄 单 包 司 柏 宁 柯 阮 桂 闵 解 强 柴 华 车 冉 房 边""".split()
ZH_COMPOUND = ["皇甫", "尉迟", "澹台", "公孙", "慕容", "宇文", "长孙", "夏侯", "拓跋", "呼延"]
GIVEN_F = """淑珍 桂芳 秀兰 玉梅 凤英 丽娟 晓燕 静怡 雨桐 梦瑶 思琪 欣悦 婉清 佳慧 春花 美华 翠萍 海燕 素芬 月娥 若汐 语嫣 诗涵
巧云 冬梅 玉兰 红霞 彩霞 雅琴 慧敏""".split()
GIVEN_M = """建国 志强 国栋 德明 振华 卫东 俊杰 浩然 子轩 宇航 博文 天佑 铁柱 长生 福贵 永康 立新 学军 海涛 明远 承泽 嘉树
光辉 庆丰 守仁 金宝 耀祖 宏伟 家骏 文斌""".split()
GIVEN_1_F = list("娟莉萍霞琳蕾瑾璐")
GIVEN_1_M = list("刚勇磊鹏斌峰铭昊")
#: (sex, name, naming tradition)
MINORITY_T = [
    ("M", "买买提·吐尔逊", "ug"),
    ("F", "古丽娜尔·艾山", "ug"),
    ("M", "艾力·阿布都", "ug"),
    ("F", "热依拉·买买提", "ug"),
    ("M", "叶尔兰·努尔兰", "kz"),
    ("F", "阿依古丽·卡德尔", "kz"),
    ("M", "努尔波拉提·叶尔肯", "kz"),
    ("F", "阿依达娜·别克", "kz"),
    ("M", "扎西顿珠", "bo"),
    ("F", "卓玛央宗", "bo"),
    ("M", "次仁旺堆", "bo"),
    ("F", "德吉卓嘎", "bo"),
    ("M", "巴特尔", "mn"),
    ("F", "其其格", "mn"),
    ("M", "朝鲁门", "mn"),
    ("F", "萨仁高娃", "mn"),
    ("M", "阿西木呷", "yi"),
    ("F", "阿果日洛", "yi"),
    ("M", "吉克伍呷", "yi"),
    ("F", "沙马阿支", "yi"),
]
MINORITY = [(s, n) for s, n, _ in MINORITY_T]
TRADITION = {n: t for _, n, t in MINORITY_T}


class ZhName(NamedTuple):
    name: str
    surname: str  # the whole name where it has no surname
    sex: str


def zh_name(c, sex: str | None = None, minority: float = 0.08) -> ZhName:
    sex = sex or c.ch("FM")
    if c.chance(minority):
        n = c.ch([n for s, n in MINORITY if s == sex])
        return ZhName(n, n, sex)
    sur = c.ch(ZH_COMPOUND) if c.chance(0.06) else c.ch(ZH_SURNAMES)
    if c.chance(0.2):
        given = c.ch(GIVEN_1_F if sex == "F" else GIVEN_1_M)
    else:
        given = c.ch(GIVEN_F if sex == "F" else GIVEN_M)
    return ZhName(sur + given, sur, sex)


def zh_names(c, n: int, minority: float = 0.06) -> list[ZhName]:
    out: list[ZhName] = []
    while len(out) < n:
        x = zh_name(c, minority=minority)
        if all(x.surname != o.surname and x.name not in o.name and o.name not in x.name for o in out):
            out.append(x)
    return out


def zh_doc(name: ZhName, title: str = "医生") -> list:
    """X医生 / X主任: the surname only (the whole name for a name without a surname)."""
    return [P("NAME_CLINICIAN", name.surname), title]


def relation_zh(c, pat_sex: str, pat_age: int, rel_sex: str) -> str:
    if pat_age < 18:
        return "母亲" if rel_sex == "F" else "父亲"
    if pat_age >= 60:
        if c.chance(0.6):
            return c.ch(("女儿", "儿媳")) if rel_sex == "F" else c.ch(("儿子", "女婿"))
        return (
            ("妻子" if pat_sex == "M" else "姐妹")
            if rel_sex == "F"
            else ("丈夫" if pat_sex == "F" else "兄弟")
        )
    if rel_sex == "F":
        return c.ch(("妻子", "姐姐", "母亲")) if pat_sex == "M" else c.ch(("姐姐", "母亲", "妹妹"))
    return c.ch(("丈夫", "哥哥", "父亲")) if pat_sex == "F" else c.ch(("哥哥", "父亲", "弟弟"))


#: relations that usually carry the patient's surname
SAME_SURNAME = {"儿子", "女儿", "兄弟", "姐妹", "哥哥", "弟弟", "姐姐", "妹妹", "父亲"}


def zh_kin(c, p: ZhName, relation: str, rel: ZhName) -> ZhName:
    """The relative's name fitted to the relation: the patient's surname for blood relations on the
    father's side, a name of the same naming tradition for a patient without a surname."""
    if p.surname == p.name:  # a name without a surname (minority naming)
        opts = [n for s, n, t in MINORITY_T if s == rel.sex and n != p.name and t == TRADITION[p.name]]
        n = c.ch(opts)
        return ZhName(n, n, rel.sex)
    if relation in SAME_SURNAME:
        pool = GIVEN_F if rel.sex == "F" else GIVEN_M
        given = c.ch([g for g in pool if g not in p.name])
        return ZhName(p.surname + given, p.surname, rel.sex)
    if rel.surname == rel.name:  # a spouse or in-law of a Han patient: a Han name
        return ZhName(c.ch(ZH_SURNAMES[:60]) + c.ch(GIVEN_F if rel.sex == "F" else GIVEN_M), "", rel.sex)
    return rel


# --------------------------------------------------------------------------- Chinese identifiers


def mobile(c) -> str:
    n = c.ch(("13", "15", "17", "18", "19")) + c.digits(9, False)
    return c.ch((n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}"))


def landline(c, a: Area) -> str:
    n = str(c.ri(2, 8)) + c.digits(6, False)
    return c.ch((f"{a.tel}-{n}", f"（{a.tel}）{n}", f"{a.tel} {n}"))


def id_card(c, a: Area, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a.code}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def zh_plate(c, a: Area) -> str:
    tail = c.ch(
        (f"{c.letters(1)}{c.digits(4, False)}", f"{c.digits(3, False)}{c.letters(2)}", f"D{c.alnum(5)}")
    )
    return c.ch((f"{a.plate}{tail}", f"{a.plate}·{tail}"))


def zh_mrn(c) -> str:
    return c.ch((c.digits(8), f"ZY{c.digits(8)}", c.digits(10), f"{c.digits(2)}{c.digits(6, False)}"))


def yibao(c, a: Area) -> str:
    return c.ch((f"{a.code[:4]}{c.digits(10, False)}", f"{a.code}{c.digits(12, False)}", f"YB{c.digits(12)}"))


def zh_passport(c) -> str:
    return c.ch((f"E{c.digits(8)}", f"EA{c.digits(7)}", f"G{c.digits(8)}"))


def hk_permit(c) -> str:
    return c.ch(("H", "M")) + c.digits(8) + c.ch(("", "01", "02"))


def zh_licence(c) -> str:
    return f"1{c.digits(2)}{c.digits(6)}{c.digits(6)}"


def zh_serial(c) -> str:
    return c.ch((f"{c.letters(2)}{c.digits(8)}", f"NG{c.digits(7)}H", f"{c.digits(5)}-{c.alnum(5)}"))


def zh_email(c) -> str:
    return c.ch(
        (
            f"{c.digits(9)}@qq.com",
            f"{c.letters(1).lower()}{c.token(6).lower()}@163.com",
            f"{c.token(7).lower()}@126.com",
            f"{c.token(6).lower()}@sina.com",
        )
    )


def cn(d: dt.date, style: str | None = None, c=None) -> str:
    if style is None:
        style = c.ch(("ymd", "ymd", "dash", "dot", "slash"))
    return {
        "ymd": f"{d.year}年{d.month}月{d.day}日",
        "dash": f"{d.year}-{d.month:02d}-{d.day:02d}",
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "md": f"{d.month}月{d.day}日",
        "mdd": f"{d.month:02d}-{d.day:02d}",
    }[style]


def zh_ta(sex: str) -> str:
    return "他" if sex == "M" else "她"


def zh_sex(sex: str) -> str:
    return "男" if sex == "M" else "女"
