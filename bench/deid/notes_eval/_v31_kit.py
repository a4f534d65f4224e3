# Longer than 450 lines: v31's hand-written value pools (names, places, identifiers of two countries) are data, kept beside the helpers that draw from them.
"""v31's own hand-written value pools and helpers (README.md "v31"): names, towns, streets,
hospitals, employers and identifiers of both languages. From _core only Doc, P, K and
id_card_checksum; nothing here is copied from an earlier version's kit."""

# ruff: noqa: E501  (value pools)

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "K", "P"]

# --------------------------------------------------------------------------- English names

EN_F = """Alessandra Brunhilde Clementine Delphine Esperanza Florentyna Gwendolyn Hyacinth Isolde Jessamyn
Katalin Ludmila Marisol Nkechi Ottilie Perpetua Quintessa Rosamund Svetlana Thomasina Ulrika Valentina
Wilhelmina Ximena Yolanda Zofia Adaeze Bronagh Ingeborg Marguerite""".split()
EN_M = """Aurelio Benedikt Cornelius Desmond Evander Florian Gervase Horatio Ignatius Jovan Leopold
Maximilian Nikodem Octavian Percival Quillon Reinhold Stanislav Thaddeus Ulysses Vittorio Wendell
Xavier Yevgeny Zoltan Chukwuma Oisin Bartholomew Ferdinand Mortimer""".split()
EN_WORD_F = ["Rose", "Iris", "Hope"]
EN_WORD_M = ["Hunter", "Bishop", "King"]
EN_LAST = """Achterberg Balasubramanian Castellanos Dombrowski Eriksdottir Fitzwilliam Grabowski Halvorsen
Ikemefuna Jankowiak Kristoffersen Lindqvist Mastroianni Nwachukwu Oyelowo Papadakis Quisenberry
Rasmussen-Ode Stroganov Thibodeaux Uchenna Vanderhoven Wojciechowski Xanthopoulos Yarborough
Zhivago Begay Tsinajinnie Kowalczuk Abercromby Delacroix Okonkwo-Reyes Villanueva Haakonsen""".split()
EN_WORD_LAST = ["Fox", "Snow", "Best", "Rich", "Young", "Gay"]
EN_WORDLIKE = EN_WORD_F + EN_WORD_M + EN_WORD_LAST


class Person(NamedTuple):
    first: str
    last: str
    sex: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def lf(self) -> str:
        return f"{self.last}, {self.first}"

    @property
    def init(self) -> str:
        return f"{self.first[0]}. {self.last}"

    @property
    def login(self) -> str:
        return (self.first[0] + self.last).lower().replace("-", "")


def person(c, sex: str | None = None) -> Person:
    sex = sex or c.pick("F", "M")
    word = c.chance(0.1)
    first = c.ch((EN_WORD_F if word else EN_F) if sex == "F" else (EN_WORD_M if word else EN_M))
    last = c.ch(EN_WORD_LAST) if c.chance(0.1) else c.ch(EN_LAST)
    return Person(first, last, sex)


def people(c, n: int, sex: str | None = None) -> list[Person]:
    out: list[Person] = []
    while len(out) < n:
        p = person(c, sex)
        if all(p.first != q.first and p.last != q.last for q in out):
            out.append(p)
    return out


def kin(c, pat: Person, pat_age: int) -> tuple[str, Person]:
    """A relative matched to the patient's age and sex; children and siblings share the surname."""
    if pat_age < 18:
        rel = c.pick("mother", "father", "grandmother")
        sex = "M" if rel == "father" else "F"
        return rel, Person(person(c, sex).first, pat.last, sex)
    rel = c.pick("wife" if pat.sex == "M" else "husband", "daughter", "son", "sister", "brother")
    sex = "F" if rel in ("wife", "daughter", "sister") else "M"
    p = person(c, sex)
    if rel in ("daughter", "son", "sister", "brother") and c.chance(0.7):
        p = Person(p.first, pat.last, sex)
    if p.first == pat.first:
        p = Person(c.ch([f for f in (EN_F if sex == "F" else EN_M) if f != pat.first]), p.last, sex)
    return rel, p


# --------------------------------------------------------------------------- US places


class Town(NamedTuple):
    city: str
    state: str
    zip3: str
    area: str


TOWNS = [
    Town(*row.split("|"))
    for row in """Dubuque|IA|520|563;Joplin|MO|648|417;Lufkin|TX|759|936;Roswell|NM|882|575;
Klamath Falls|OR|976|541;Yakima|WA|989|509;Twin Falls|ID|833|208;Rock Springs|WY|829|307;Minot|ND|587|701;
Rapid City|SD|577|605;Hastings|NE|689|402;Salina|KS|674|785;Stillwater|OK|740|405;Jonesboro|AR|724|870;
Hattiesburg|MS|394|601;Albany|GA|317|229;Rock Hill|SC|297|803;Morgantown|WV|265|304;Williamsport|PA|177|570;
Plattsburgh|NY|129|518;Rutland|VT|057|802;Keene|NH|034|603;Sandusky|OH|448|419;Kokomo|IN|469|765;
Alpena|MI|497|989;Wausau|WI|544|715;Bemidji|MN|566|218;Bozeman|MT|597|406;Prescott|AZ|863|928;
Durango|CO|813|970;Kodiak|AK|996|907;Bowling Green|KY|421|270;Dyersburg|TN|380|731""".replace("\n", "").split(
        ";"
    )
]
STREETS = """Larkspur Wolf Creek Tallgrass Beaver Dam Harrow Sugarloaf Mill Pond Cider Press Gristmill Hickory Hollow
Foxglove Kettle Moraine Buckeye Sawmill Prairie Wind Cobblestone Lantern Orchard Crest Redbud Stagecoach""".split()
STREET_KIND = [
    "Street",
    "St.",
    "Avenue",
    "Ave",
    "Road",
    "Rd",
    "Lane",
    "Drive",
    "Court",
    "Circle",
    "Parkway",
    "Hwy",
]
HOSPITALS = [
    "{c} Regional Medical Center",
    "St. Brendan's Hospital of {c}",
    "{c} Memorial Hospital",
    "Mercy Valley Hospital",
    "{c} Community Health Center",
    "Good Shepherd Medical Center",
    "Northern Pines Health",
    "{c} Children's Clinic",
    "Prairie Lakes Hospital",
    "Sisters of Providence {c}",
]
EMPLOYERS = [
    "Tri-County Grain Cooperative",
    "Hollister Freight Lines",
    "Bluewater Poultry Processing",
    "Summit Ridge Ski Resort",
    "Ironhorse Rail Services",
    "Keystone Cabinetry",
    "Red Mesa Drilling",
    "Great Plains Wind Farm",
    "Lakeshore Fiberglass",
    "Cascade Pallet Company",
    "Pinecone Elementary School",
    "Frontier Casino & Hotel",
    "Osprey Marine Salvage",
    "Badlands Concrete Supply",
]


ADULT_HOSPITALS = [h for h in HOSPITALS if "Children" not in h]


def town(c) -> Town:
    return c.ch(TOWNS)


def hospital(c, t: Town, pool=None) -> str:
    return c.ch(pool or ADULT_HOSPITALS).format(c=t.city)


def street(c) -> str:
    s = f"{c.ri(11, 9899)} {c.ch(STREETS)} {c.ch(STREET_KIND)}"
    return s + c.pick(
        "", "", f" Apt {c.ri(1, 40)}", f" Unit {c.letters(1)}", f" #{c.ri(100, 420)}", f" Lot {c.ri(2, 88)}"
    )


def zipc(c, t: Town) -> str:
    z = t.zip3 + c.digits(2, False)
    return z + f"-{c.digits(4, False)}" if c.chance(0.25) else z


def phone(c, area: str, style: str | None = None) -> str:
    n = f"{c.ri(201, 989)}{c.digits(4, False)}"
    style = style or c.pick("dash", "paren", "dot", "plus")
    return {
        "dash": f"{area}-{n[:3]}-{n[3:]}",
        "paren": f"({area}) {n[:3]}-{n[3:]}",
        "dot": f"{area}.{n[:3]}.{n[3:]}",
        "plus": f"+1 {area} {n[:3]} {n[3:]}",
    }[style]


def ssn(c) -> str:
    return f"{c.ri(101, 665)}-{c.ri(10, 98)}-{c.digits(4)}"


def npi(c) -> str:
    return c.pick("1", "2") + c.digits(9, False)


def mrn(c) -> str:
    return c.pick(f"M{c.digits(7)}", c.digits(8), f"{c.digits(3)}-{c.digits(3)}-{c.digits(2)}")


def fin(c) -> str:
    return c.pick(f"FIN{c.digits(9)}", f"E{c.digits(8)}", c.digits(10))


def member(c) -> str:
    return c.pick(
        f"{c.letters(3)}{c.digits(9)}", f"W{c.digits(8)}", f"{c.digits(4)}-{c.digits(4)}-{c.letters(2)}"
    )


def accession(c, pre: str = "RA") -> str:
    return f"{pre}{c.digits(2)}-{c.digits(6)}"


def plate(c, st: str = "") -> str:
    return c.pick(
        f"{c.digits(3)} {c.letters(3)}",
        f"{c.letters(3)}-{c.digits(4)}",
        f"{c.digits(1)}{c.letters(2)}{c.digits(3)}",
    )


def vin(c) -> str:
    return c.pick("1", "2", "3", "5") + "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16))


def serial(c, pre: str | None = None) -> str:
    return (pre or c.pick("SN", "PVT", "ABK", "HM")) + c.pick(
        c.digits(7), f"{c.digits(6)}{c.letters(1)}", f"-{c.digits(8)}"
    )


def passport(c) -> str:
    return c.pick(c.digits(9), f"{c.letters(1)}{c.digits(8)}", f"{c.letters(2)}{c.digits(7)}")


def ipv4(c) -> str:
    return c.pick(
        f"10.{c.ri(0, 254)}.{c.ri(0, 254)}.{c.ri(2, 254)}",
        f"172.{c.ri(16, 31)}.{c.ri(0, 254)}.{c.ri(2, 254)}",
        f"192.168.{c.ri(0, 254)}.{c.ri(2, 254)}",
    )


def ipv6(c) -> str:
    return f"fd{c.digits(2, False)}:{c.token(4).lower()}:{c.ri(1, 9)}::{c.token(3).lower()}"


def email(c, p: Person, domain: str | None = None) -> str:
    user = (
        c.pick(f"{p.first}.{p.last}", f"{p.first[0]}{p.last}", f"{p.last}{c.ri(1, 99)}")
        .lower()
        .replace("-", "")
    )
    return f"{user}@{domain or c.pick('gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me')}"


def link(c, host: str) -> str:
    return f"https://{host}/{c.pick('r', 's', 'v', 'u')}/{c.token(10)}"


MON = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
MONTH = "January February March April May June July August September October November December".split()


def day(c, y0: int = 2020, y1: int = 2025) -> dt.date:
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 31) - start).days))


def add(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def born(c, age: int, ref: dt.date) -> dt.date:
    d = (
        ref.replace(year=ref.year - age - 1)
        if not (ref.month == 2 and ref.day == 29)
        else dt.date(ref.year - age - 1, 3, 1)
    )
    return add(d, c.ri(1, 360))


def us(d: dt.date, style: str) -> str:
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "md": f"{d.month}/{d.day}",
        "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dmy": f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}",
        "long": f"{MONTH[d.month - 1]} {d.day}, {d.year}",
        "mon": f"{MON[d.month - 1]} {d.day}",
    }[style]


def age(c, p_old: float, lo: int = 30, hi: int = 88) -> int:
    return c.ri(90, 103) if c.chance(p_old) else c.ri(lo, hi)


def age_p(a: int):
    """An age as a part: a PHI span only when over 89."""
    return P("AGE_OVER_89", str(a)) if a > 89 else str(a)


def times(c, n: int, h0: int = 7) -> list[str]:
    m, out = h0 * 60 + c.ri(0, 50), []
    for _ in range(n):
        out.append(f"{m // 60 % 24:02d}:{m % 60:02d}")
        m += c.ri(20, 150)
    return out


def he(sex: str) -> str:
    return "she" if sex == "F" else "he"


def his(sex: str) -> str:
    return "her" if sex == "F" else "his"


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
    Area(*r.split("|"))
    for r in """河北省|邯郸市|丛台区|130403|056000|0310|冀D
山西省|大同市|平城区|140213|037000|0352|晋B
内蒙古自治区|赤峰市|红山区|150402|024000|0476|蒙D
辽宁省|鞍山市|铁东区|210302|114000|0412|辽C
吉林省|吉林市|船营区|220204|132000|0432|吉B
黑龙江省|齐齐哈尔市|龙沙区|230202|161000|0452|黑B
江苏省|常州市|天宁区|320402|213000|0519|苏D
浙江省|嘉兴市|南湖区|330402|314000|0573|浙F
安徽省|芜湖市|镜湖区|340202|241000|0553|皖B
福建省|泉州市|鲤城区|350502|362000|0595|闽C
江西省|赣州市|章贡区|360702|341000|0797|赣B
山东省|潍坊市|奎文区|370705|261000|0536|鲁G
河南省|洛阳市|西工区|410303|471000|0379|豫C
湖北省|宜昌市|西陵区|420502|443000|0717|鄂E
湖南省|衡阳市|雁峰区|430406|421000|0734|湘D
广东省|汕头市|金平区|440511|515000|0754|粤D
广西壮族自治区|桂林市|秀峰区|450302|541000|0773|桂C
四川省|绵阳市|涪城区|510703|621000|0816|川B
贵州省|遵义市|红花岗区|520302|563000|0851|贵C
云南省|玉溪市|红塔区|530402|653100|0877|云F
陕西省|宝鸡市|渭滨区|610302|721000|0917|陕C
甘肃省|白银市|白银区|620402|730900|0943|甘D
新疆维吾尔自治区|克拉玛依市|克拉玛依区|650203|834000|0990|新J
河南省|周口市|郸城县|411625|477150|0394|豫P
|天津市|河西区|120103|300202|022|津""".split("\n")
]
ZH_ROADS = "青年 兴业 百花 桃源 瑞金 松江 望江 鼓楼 钟楼 书院 凤凰 太平 德胜 永安 金沙 梧桐 槐荫 新兴".split()
ZH_ROAD_KIND = ["路", "街", "大道", "巷"]
ZH_ESTATES = (
    "碧水蓝湾 枫林雅苑 恒大名都 东湖小区 电力新村 华府天地 南苑北里 化肥厂宿舍 山水龙城 学院家属院".split()
)
ZH_TOWNS = "石门镇 白沙镇 黄泥塘镇 双庙乡 汲冢镇 胡集乡".split()
ZH_VILLAGES = "赵楼村 后营村 三里井村 刘寨村 东风村 小王庄村".split()
ZH_EMPLOYERS = [
    "常州东方特钢有限公司",
    "嘉兴恒远纺织有限公司",
    "洛阳一拖配件厂",
    "宜昌三峡物流集团",
    "泉州鸿运鞋业有限公司",
    "潍坊华信食品有限公司",
    "衡阳市第八中学",
    "桂林漓江旅游客运公司",
    "遵义黔北建筑工程公司",
    "白银有色金属集团",
    "克拉玛依油田钻井二公司",
    "赤峰草原乳业有限公司",
    "绵阳长虹电子配套厂",
    "天津港集装箱码头公司",
]


def area(c) -> Area:
    return c.ch(AREAS)


def zh_street(c, a: Area, dist: bool = True) -> str:
    if a.dist.endswith("县"):
        s = f"{c.ch(ZH_TOWNS)}{c.ch(ZH_VILLAGES)}{c.ri(1, 9)}组{c.ri(1, 80)}号"
    else:
        s = c.pick(
            f"{c.ch(ZH_ROADS)}{c.ch(ZH_ROAD_KIND)}{c.ri(1, 399)}号{c.ch(ZH_ESTATES)}{c.ri(1, 30)}栋{c.ri(1, 4)}单元{c.ri(1, 28)}0{c.ri(1, 4)}室",
            f"{c.ch(ZH_ROADS)}{c.ch(ZH_ROAD_KIND)}{c.ri(1, 399)}号院{c.ri(1, 12)}号楼{c.ri(101, 1802)}室",
        )
    return (a.dist + s) if dist else s


def zh_addr(c, a: Area, prov: bool) -> list:
    """[省] 市 区+街道 as separate spans (省 only when asked and not a municipality)."""
    out: list = []
    if prov and a.prov:
        out.append(P("PROVINCE_STATE", a.prov))
    out.append(P("CITY", a.city))
    out.append(P("ADDRESS_STREET", zh_street(c, a)))
    return out


def zh_hosp(c, a: Area) -> str:
    cb = a.city[:-1]
    if a.dist.endswith("县"):
        return c.pick(f"{a.dist}人民医院", f"{a.dist}中医院", f"{a.city}中心医院")
    return c.pick(
        f"{a.city}第二人民医院",
        f"{cb}市中医院",
        f"{cb}医学院附属医院",
        f"{a.city}{a.dist}人民医院",
        f"{cb}协和医院",
        f"{a.city}中心医院",
        f"{cb}市第三人民医院",
    )


def mobile(c) -> str:
    m = c.pick("135", "139", "150", "158", "177", "186", "189", "199") + c.digits(8, False)
    return c.pick(m, m, f"{m[:3]}-{m[3:7]}-{m[7:]}", f"{m[:3]} {m[3:7]} {m[7:]}", f"+86 {m}")


def landline(c, a: Area) -> str:
    n = str(c.ri(2, 8)) + c.digits(7, False)
    return c.pick(f"{a.tel}-{n}", f"({a.tel}){n}", f"{a.tel}{n}")


def zh_plate(c, a: Area) -> str:
    tail = c.pick(c.alnum(5), f"D{c.alnum(5)}", f"{c.letters(1)}{c.digits(4)}")
    return c.pick(f"{a.plate}·{tail}", f"{a.plate}{tail}")


def id_card(c, a: Area, dob: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a.code}{dob.year:04d}{dob.month:02d}{dob.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def zh_date(d: dt.date, style: str) -> str:
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "dash": d.isoformat(),
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "md": f"{d.month}月{d.day}日",
        "mdd": f"{d.month:02d}-{d.day:02d}",
    }[style]


# --------------------------------------------------------------------------- Chinese names

ZH_SUR = """王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡
余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 韦 付 方 白 邹 孟 熊 秦 邱 江 尹 薛 闫 段 雷 侯 龙 史
陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 常 温 康 施 文 牛 樊 葛 邢 安 齐 易 乔 伍 庞 颜 倪 庄 聂 章 鲁 岳 翟 殷 詹
申 欧 耿 关 兰 焦 俞 左 柳 甘 祝 包 宁 尚 符 舒 阮 柯 纪 梅 童 凌 毕 单 季 裴 霍 涂 成 苗 谷 盛 曲 翁 冉 骆 蓝 路 游 辛 靳 管""".split()
ZH_SUR2 = ["欧阳", "司马", "上官", "诸葛", "东方", "令狐", "端木", "轩辕", "百里", "钟离"]
GIV_F = """慧敏 雅琴 秋菊 红梅 丽华 晓红 巧云 彩霞 玉兰 金凤 若彤 一诺 梓涵 欣妍 可馨 沐晨 书瑶 芷若 念慈 紫萱 婉婷 晓雯
冬梅 爱华 小燕 凤霞 雪莲 春燕 荷花 兰英""".split()
GIV_M = """宏伟 建华 国庆 德胜 振国 光荣 永刚 解放 跃进 红军 子墨 梓豪 浩宇 一鸣 铭轩 睿哲 奕辰 俊熙 思远 嘉懿 文博 家乐
守仁 树林 有福 金宝 二虎 大勇 庆丰 汉章""".split()
GIV1_F = list("娜婷芳静莹洁蓉")
GIV1_M = list("伟强军涛波鑫斌")
MIN_NAMES = [  # (name, sex, surname-like part for a relative of the same tradition)
    ("阿依努尔·买买提", "F", "uy"),
    ("古丽米拉·艾山", "F", "uy"),
    ("吐尔洪·阿布都拉", "M", "uy"),
    ("艾尔肯·热合曼", "M", "uy"),
    ("阿娜尔古丽·努尔兰", "F", "kz"),
    ("叶尔兰·哈比吉", "M", "kz"),
    ("次仁央宗", "F", "ti"),
    ("格桑多吉", "M", "ti"),
    ("萨仁高娃", "F", "mn"),
    ("额尔德木图", "M", "mn"),
    ("阿依莫", "F", "yi"),
    ("吉克阿洛", "M", "yi"),
    ("米热古丽·吐逊", "F", "uy"),
    ("帕尔哈提·司马义", "M", "uy"),
    ("扎西卓嘎", "F", "ti"),
    ("巴雅尔", "M", "mn"),
]


class ZN(NamedTuple):
    name: str
    sex: str
    sur: str  # the surname ("" for minority names: X医生 then names the whole name)
    trad: str = ""

    @property
    def given(self) -> str:
        return self.name[len(self.sur) :] if self.sur else self.name


def zname(c, sex: str | None = None, minority: float = 0.07) -> ZN:
    sex = sex or c.pick("F", "M")
    if c.chance(minority):
        opts = [m for m in MIN_NAMES if m[1] == sex]
        n, s, t = c.ch(opts)
        return ZN(n, s, "", t)
    sur = c.ch(ZH_SUR2) if c.chance(0.05) else c.ch(ZH_SUR)
    giv = c.ch(GIV_F if sex == "F" else GIV_M) if c.chance(0.75) else c.ch(GIV1_F if sex == "F" else GIV1_M)
    return ZN(sur + giv, sex, sur)


def znames(c, n: int, minority: float = 0.05) -> list[ZN]:
    out: list[ZN] = []
    while len(out) < n:
        z = zname(c, minority=minority)
        if all(z.name != o.name and (not z.sur or z.sur != o.sur) for o in out):
            out.append(z)
    return out


def zdoc(z: ZN, title: str = "医生") -> list:
    """X医生 / X主任: the surname alone is the span; a minority name is named in full."""
    return [P("NAME_CLINICIAN", z.sur or z.name), title]


def zkin(c, pat: ZN, age_: int) -> tuple[str, ZN]:
    """A relative fitted to the relation: the patient's surname for children/siblings/father, same tradition."""
    if age_ < 18:
        rel = c.pick("母亲", "父亲", "奶奶", "外婆")
    elif age_ > 60:
        rel = c.pick("儿子", "女儿", "儿媳", "老伴", "孙子")
    else:
        rel = c.pick("丈夫" if pat.sex == "F" else "妻子", "哥哥", "姐姐", "父亲", "母亲")
    sex = (
        "M" if rel in ("父亲", "儿子", "丈夫", "哥哥", "孙子") or (rel == "老伴" and pat.sex == "F") else "F"
    )
    if not pat.sur:
        opts = [m for m in MIN_NAMES if m[2] == pat.trad and m[1] == sex and m[0] != pat.name]
        if opts:
            n, s, t = c.ch(opts)
            return rel, ZN(n, s, "", t)
    z = zname(c, sex, minority=0)
    while z.name == pat.name or z.given == pat.given:
        z = zname(c, sex, minority=0)
    if (pat.sur and rel in ("儿子", "女儿", "哥哥", "姐姐", "父亲", "孙子")) or (
        pat.sur and age_ < 18 and rel in ("父亲", "奶奶")
    ):
        z = ZN(pat.sur + z.given, sex, pat.sur)
    return rel, z


def zh_age(c, p_old: float, lo: int = 30, hi: int = 88):
    a = age(c, p_old, lo, hi)
    return a, age_p(a)


def yibao(c) -> str:
    return c.pick(
        f"{c.digits(10)}", f"{c.letters(1)}{c.digits(9)}", f"{c.digits(6)}{c.letters(2)}{c.digits(4)}"
    )


def zhiye(c) -> str:
    return f"1{c.digits(2)}{c.digits(6)}{c.digits(6)}"
