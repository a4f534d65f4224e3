"""v20's own hand-written value pools and small renderers (English and Chinese).

Nothing here comes from Faker: every value is drawn with the note's ``Ctx.r`` from the pools below.
From _core only the builder pieces (Doc, P, K, join) and the 身份证 check digit are used.
"""

# ruff: noqa: E501
# fmt: off

from __future__ import annotations

import datetime as dt

from _core import K, P, id_card_checksum, join

__all__ = ["K", "P", "join"]

# --------------------------------------------------------------------------- English people
FIRST_F = ["Oluwaseun", "Marisol", "Ingrid", "Yetunde", "Anahí", "Siobhán", "Thandiwe", "Kalani", "Magdalena", "Noor",
           "Beatriz", "Ottilie", "Ramona", "Hyun-joo", "Priyanka", "Wilhelmina", "Lucinda", "Zainab", "Agnieszka", "Imogen",
           "Delphine", "Rosalind", "Temperance", "Nkechi", "Mirela", "Xochitl", "Gwendolyn", "Leilani", "Birgit", "Fenna"]
FIRST_M = ["Tadeusz", "Kofi", "Émile", "Anselm", "Rashid", "Teodoro", "Bartholomew", "Dmitri", "Oisín", "Keoni", "Laszlo",
           "Ignatius", "Chukwuemeka", "Vikram", "Percival", "Soren", "Mateus", "Hamish", "Yusuf", "Cornelius", "Thanh",
           "Ezekiel", "Rafferty", "Augustin", "Kwame", "Benedikt", "Jovan", "Cyprian", "Ulises", "Wendell"]
# first names and surnames that are ordinary English words (listed for the driver: V20_EN_WORDLIKE)
WORD_F = ["Honor", "Blossom", "Clementine", "Meadow", "Ivy", "Summer", "Harmony", "Amber"]
WORD_M = ["Forrest", "Sterling", "Bishop", "Ransom", "Dusty", "Booker", "Ward", "Rocky"]
WORD_SUR = ["Baker", "Fields", "Stone", "Winter", "Brooks", "Carpenter", "Mason", "Shepherd", "Fox", "Church", "Knight",
            "Parsons"]
V20_EN_WORDLIKE = sorted({w.casefold() for w in WORD_F + WORD_M + WORD_SUR})
SURNAMES = ["Adeyemi-Cole", "van der Meulen", "O'Driscoll", "Delacroix", "Nakashima", "Szymańska", "de Souza", "Mbeki",
            "Villanueva", "Lindqvist", "MacAskill", "Bhattacharya", "Ó Faoláin", "Kowalczyk", "St. Germain", "Abernethy",
            "D'Onofrio", "Haddad", "Nguyen-Tran", "Papadakis", "Ferreira", "Okonkwo", "Lachance", "Brannigan", "Yilmaz",
            "Quisenberry", "Esterházy", "von Trapp", "Kealoha", "Rasmussen", "al-Amin", "Castellanos", "Tran", "Oyelaran",
            "Whitcombe", "Mendelsohn", "Achterberg", "Dufresne", "Obuya", "Kuznetsova"]
NICK = {"Bartholomew": "Bart", "Wilhelmina": "Mina", "Cornelius": "Neil", "Gwendolyn": "Gwen", "Percival": "Percy",
        "Magdalena": "Magda", "Ignatius": "Iggy", "Ezekiel": "Zeke", "Temperance": "Tempe", "Theodora": "Teddie",
        "Rosalind": "Roz", "Augustin": "Gus", "Lucinda": "Cindy", "Chukwuemeka": "Emeka", "Oluwaseun": "Seun"}
CLIN_FIRST = ["Anjali", "Darnell", "Mireille", "Gustavo", "Hannelore", "Takumi", "Folasade", "Brendan", "Ilse", "Rohan",
              "Nadia", "Caspian", "Esperanza", "Torvald", "Maeve", "Obinna", "Yevgenia", "Lorenzo", "Sunniva", "Quentin"]
CLIN_LAST = ["Achebe", "Vandersloot", "Iwasaki", "Montalbán", "Fairweather", "Gruenwald", "Osei-Bonsu", "Lindgren",
             "Perlmutter", "Rautenbach", "Chaudhry", "Bellweather", "Kapoor", "Thibodeaux", "Mwangi", "Halvorsen",
             "Nakamura-Reyes", "Costigan", "Oyebanji", "Sandoval"]

# --------------------------------------------------------------------------- US places and organisations
TOWNS = [("Tupelo", "MS", "388"), ("Bemidji", "MN", "566"), ("Walla Walla", "WA", "993"), ("Keokuk", "IA", "526"),
         ("Nacogdoches", "TX", "759"), ("Pocatello", "ID", "832"), ("Ardmore", "OK", "734"), ("Kokomo", "IN", "469"),
         ("Bangor", "ME", "044"), ("Paducah", "KY", "420"), ("Rapid City", "SD", "577"), ("Hattiesburg", "MS", "394"),
         ("Elko", "NV", "898"), ("Bozeman", "MT", "597"), ("Scranton", "PA", "185"), ("Valdosta", "GA", "316"),
         ("Las Cruces", "NM", "880"), ("Muncie", "IN", "473"), ("Dothan", "AL", "363"), ("Kenosha", "WI", "531"),
         ("Hilo", "HI", "967"), ("Grand Junction", "CO", "815"), ("Bellingham", "WA", "982"), ("Joplin", "MO", "648"),
         ("Laramie", "WY", "820"), ("Burlington", "VT", "054"), ("Minot", "ND", "587"), ("Opelousas", "LA", "705"),
         ("Saginaw", "MI", "486"), ("Chillicothe", "OH", "456")]
STATE_NAMES = {"MS": "Mississippi", "MN": "Minnesota", "WA": "Washington", "IA": "Iowa", "TX": "Texas", "ID": "Idaho",
               "OK": "Oklahoma", "IN": "Indiana", "ME": "Maine", "KY": "Kentucky", "SD": "South Dakota", "NV": "Nevada",
               "MT": "Montana", "PA": "Pennsylvania", "GA": "Georgia", "NM": "New Mexico", "AL": "Alabama",
               "WI": "Wisconsin", "HI": "Hawaii", "CO": "Colorado", "MO": "Missouri", "WY": "Wyoming", "VT": "Vermont",
               "ND": "North Dakota", "LA": "Louisiana", "MI": "Michigan", "OH": "Ohio"}
STREETS = ["Quarry Ridge Rd", "Tamarack Lane", "N. Cottonwood St", "Old Mill Pike", "Beaumont Circle", "Larkspur Court",
           "W. Fulton Ave", "Sassafras Trail", "Depot Street", "Harbison Blvd", "Kettle Creek Dr", "Mulberry Row",
           "E. Pawnee Ave", "Juniper Hollow", "Canal Street", "Wexford Terrace", "Sorghum Mill Rd", "Bluebonnet Way"]
EMPLOYERS = ["Tri-County Rural Electric Cooperative", "Kessler Battery Recycling", "Pinewood Poultry Processing",
             "Harlan Glassworks", "Bellwether Logistics", "Maple Hollow School District", "Crescent Auto Body",
             "Ironclad Foundry", "Sundance Casino & Resort", "Whitfield County Sheriff's Office", "Riverbend Grain Elevator",
             "Northstar Call Center", "Galloway Brothers Roofing", "Prairie Wind Turbine Services", "Lakeside Marina",
             "Dunmore Textile Mill", "Cavendish Bakery", "Summit Ridge Ski Patrol", "Okafor & Lindqvist Dental Lab"]
HOSPITALS = ["Sisters of Providence Medical Center", "Bluegrass Valley Regional Hospital", "Mercy Plains Hospital",
             "Tamarack Memorial Hospital", "St. Bridget Community Hospital", "Canyon View Children's Hospital",
             "Hollister-Greene University Hospital", "Lakeshore Veterans Home", "Rosewood Hospice House",
             "Prairie Star Rehabilitation Institute", "Eastgate Family Health Clinic", "Copperline Urgent Care"]
PHARMACIES = ["Heritage Drug", "Pillbox Pharmacy of Elko", "Kwik-Med Apothecary", "Main Street Rexall", "Corner Care Pharmacy"]
LABS = ["Meridian Reference Laboratory", "Keystone Pathology Associates", "Ridgeline Clinical Labs"]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "protonmail.com", "aol.com", "hotmail.com"]


def _asc(s: str) -> str:
    out = s.replace("'", "").replace(" ", "").replace(".", "").replace("-", "")
    tr = str.maketrans("áéíóúñńśŏÓÉàèäöüåí", "aeiounnsoOEaeaouai")
    return out.translate(tr).lower()


def person(c, sex: str | None = None, wordlike: float = 0.15) -> tuple[str, str]:
    sex = sex or c.pick("F", "M")
    pool = (WORD_F if sex == "F" else WORD_M) if c.chance(wordlike) else (FIRST_F if sex == "F" else FIRST_M)
    sur = c.ch(WORD_SUR) if c.chance(wordlike) else c.ch(SURNAMES)
    return c.ch(pool), sur


def clin(c) -> tuple[str, str]:
    return c.ch(CLIN_FIRST), c.ch(CLIN_LAST)


def nick(first: str) -> str:
    return NICK.get(first, first)


def date(c, start=dt.date(2019, 1, 1), end=dt.date(2025, 6, 30)) -> dt.date:
    return start + dt.timedelta(days=c.r.randrange((end - start).days + 1))


def dob(c, age: int, ref: dt.date) -> dt.date:
    return dt.date(ref.year - age, 1, 1) + dt.timedelta(days=c.r.randrange(360))


def fd(c, d: dt.date, style: str | None = None) -> str:
    m = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"][d.month - 1]
    mon = d.strftime("%B")
    style = style or c.pick("us", "us", "iso", "dmy", "long", "short", "dash")
    return {"us": f"{d.month:02d}/{d.day:02d}/{d.year}", "iso": d.isoformat(), "dmy": f"{d.day:02d}-{m}-{d.year}",
            "long": f"{mon} {d.day}, {d.year}", "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
            "dash": f"{d.month}-{d.day}-{d.year}", "md": f"{d.month}/{d.day}", "d8": d.strftime("%Y%m%d")}[style]


def town(c):
    city, st, z3 = c.ch(TOWNS)
    z = z3 + c.digits(2, False)
    return city, st, (z + "-" + c.digits(4, False)) if c.chance(0.3) else z


def street(c) -> str:
    s = f"{c.ri(12, 9870)} {c.ch(STREETS)}"
    return s + c.pick("", "", "", f", Apt {c.ri(1, 40)}{c.pick('', 'B')}", f" Unit {c.ri(100, 420)}")


def address(c, sep=", "):
    """[street, sep, city, ", ", state, " ", zip] as P values."""
    city, st, z = town(c)
    return [P("ADDRESS_STREET", street(c)), sep, P("CITY", city), ", ", P("PROVINCE_STATE", st), " ", P("POSTCODE", z)]


def phone(c) -> str:
    a, b, n = c.ri(205, 989), c.ri(201, 989), c.digits(4, False)
    return c.pick(f"({a}) {b}-{n}", f"{a}-{b}-{n}", f"{a}.{b}.{n}", f"+1 {a} {b} {n}", f"{a}-{b}-{n} x{c.ri(20, 899)}")


def email(c, f: str, sur: str) -> str:
    return c.pick(f"{_asc(f)}.{_asc(sur)}", f"{_asc(f)[0]}{_asc(sur)}{c.ri(1, 99)}", f"{_asc(sur)}_{_asc(f)[:3]}") + "@" + c.ch(MAIL)


def url(c, host: str, path: str) -> str:
    return f"https://{host}/{path}/{c.token(10)}"


def ip(c) -> str:
    if c.chance(0.2):
        return f"2001:db8:{c.ri(1, 0xffff):x}:{c.ri(1, 0xffff):x}::{c.ri(1, 0xfff):x}"
    return c.pick(f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}", f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(2, 254)}",
                  f"{c.ri(24, 223)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(2, 254)}")


def ssn(c) -> str:
    return f"{c.ri(101, 665)}-{c.ri(10, 99)}-{c.digits(4)}"


def mrn(c) -> str:
    return c.pick(c.digits(8), f"MR{c.digits(7)}", f"{c.digits(3)}-{c.digits(2)}-{c.digits(3)}", f"E{c.digits(9)}")


def acct(c) -> str:
    return c.pick(c.digits(10), f"V{c.digits(9)}", c.digits(9), f"ENC-{c.digits(8)}")


def accession(c, pre: str = "") -> str:
    return c.pick(f"{pre or c.pick('HP', 'CY', 'BM', 'LS')}{c.digits(2)}-{c.digits(5)}", f"A{c.digits(10)}", f"{c.digits(12)}")


def member(c) -> str:
    return c.pick(f"{c.letters(3)}{c.digits(9)}", f"W{c.digits(8)}", f"{c.digits(1)}{c.letters(2)}{c.digits(1)}-{c.letters(2)}{c.digits(1)}-{c.letters(2)}{c.digits(2)}", f"{c.digits(11)}")


def npi(c) -> str:
    return "1" + c.digits(9, False)


def state_lic(c, st: str) -> str:
    return c.pick(f"{st}{c.digits(6)}", f"MD.{c.digits(5)}", f"{c.letters(1)}-{c.digits(5)}", f"RN{c.digits(7)}")


def dl(c) -> str:
    return c.pick(f"{c.letters(1)}{c.digits(8)}", f"{c.digits(9)}", f"{c.letters(1)}{c.digits(3)}-{c.digits(4)}-{c.digits(4)}")


def plate(c) -> str:
    return c.pick(f"{c.digits(1)}{c.letters(3)}{c.digits(3)}", f"{c.letters(3)}-{c.digits(4)}", f"{c.letters(2)} {c.digits(5)}", f"{c.digits(3)} {c.letters(3)}")


def vin(c) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "".join(c.ch(al) for _ in range(17))


def serial(c) -> str:
    return c.pick(f"{c.letters(3)}{c.digits(6)}{c.letters(1)}", c.digits(10), f"{c.digits(2)}{c.letters(2)}-{c.digits(6)}", f"{c.letters(1)}{c.digits(8)}")


def passport(c) -> str:
    return c.pick(f"{c.digits(9)}", f"{c.letters(2)}{c.digits(7)}", f"{c.letters(1)}{c.digits(8)}")


# --------------------------------------------------------------------------- Chinese people
ZH_SUR = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢")
ZH_RARE = list("卞昝谯逯滕笪隗甄邰宓郜蒯缑靳蒉伍禚")
ZH_COMPOUND = ["欧阳", "上官", "司马", "诸葛", "皇甫", "公孙", "慕容", "夏侯", "令狐", "宇文", "呼延", "尉迟"]
ZH_GIVEN = list("佳梓浩宇思雨欣怡子涵一诺俊杰秀英桂兰建国志强淑珍丽娟海燕明辉婉清嘉懿锦程沐阳若汐守仁德福玉凤")
ZH_MINORITY = ["古丽米热·艾合买提", "买买提江·吐尔逊", "次仁央金", "扎西顿珠", "乌云其木格", "巴特尔", "阿依古丽·热合曼", "阿牛木呷",
               "吉克阿依", "龙金花", "韦秀梅", "莫日根", "斯琴高娃", "热依拉·吾买尔"]
ZH_LATIN = ["Olivier MARCHAND", "KIM Minjun", "Ahmed EL-SAYED", "Svetlana ORLOVA", "Lucas PEREIRA", "TANAKA Haruto",
            "Grace OWUSU", "Mikkel JENSEN", "NGUYEN Thi Lan", "Isabella ROSSI"]
ZH_PETNAME = ["豆豆", "果果", "乐乐", "糖糖", "壮壮", "妞妞", "小宝", "朵朵", "石头", "团团"]


def zh_name(c, minority: float = 0.06, latin: float = 0.0) -> str:
    if c.chance(latin):
        return c.ch(ZH_LATIN)
    if c.chance(minority):
        return c.ch(ZH_MINORITY)
    sur = c.wpick((70, c.ch(ZH_SUR)), (15, c.ch(ZH_RARE)), (15, c.ch(ZH_COMPOUND)))
    return sur + "".join(c.sample(ZH_GIVEN, c.pick(1, 2, 2)))


def zh_sur(name: str) -> str:
    return next((s for s in ZH_COMPOUND if name.startswith(s)), name[:1])


# --------------------------------------------------------------------------- Chinese places and organisations
# (province, city, [districts or counties], area code for 身份证, postcode prefix, phone area code)
ZH_GEO = [("河北省", "保定市", ["竞秀区", "莲池区", "涞源县"], "130602", "071", "0312"),
          ("江西省", "赣州市", ["章贡区", "南康区", "于都县"], "360702", "341", "0797"),
          ("山西省", "长治市", ["潞州区", "上党区", "襄垣县"], "140403", "046", "0355"),
          ("广西壮族自治区", "柳州市", ["城中区", "鱼峰区", "融水苗族自治县"], "450202", "545", "0772"),
          ("甘肃省", "天水市", ["秦州区", "麦积区", "甘谷县"], "620502", "741", "0938"),
          ("湖南省", "怀化市", ["鹤城区", "洪江市", "芷江侗族自治县"], "431202", "418", "0745"),
          ("安徽省", "淮南市", ["田家庵区", "谢家集区", "凤台县"], "340403", "232", "0554"),
          ("辽宁省", "阜新市", ["海州区", "细河区", "彰武县"], "210902", "123", "0418"),
          ("四川省", "宜宾市", ["翠屏区", "南溪区", "珙县"], "511502", "644", "0831"),
          ("浙江省", "丽水市", ["莲都区", "龙泉市", "缙云县"], "331102", "323", "0578"),
          ("云南省", "曲靖市", ["麒麟区", "沾益区", "宣威市"], "530302", "655", "0874"),
          ("贵州省", "遵义市", ["红花岗区", "汇川区", "湄潭县"], "520302", "563", "0851")]
ZH_ROADS = ["建设路", "朝阳北路", "新华街", "滨河东路", "解放西路", "团结巷", "育才路", "矿山路", "红旗大街", "长青路"]
ZH_ESTATES = ["锦绣花园", "阳光新城", "矿务局宿舍", "丽景湾", "和谐家园", "翠湖苑", "铁路新村"]
ZH_TOWNS = ["石门镇", "龙潭镇", "白沙镇", "柳河镇", "黄坪乡"]
ZH_EMPLOYERS = ["{c}煤业集团第三煤矿", "{c}市第二中学", "{c}钢铁有限公司", "{c}市公交公司", "{c}宏达石材厂",
                "{c}市供电公司", "{c}瑞丰纺织有限公司", "{c}市人民检察院", "{c}农村商业银行", "{c}顺通物流有限公司",
                "{c}水泥厂", "{c}市实验小学"]
ZH_HOSP = ["{c}市第一人民医院", "{c}市中医院", "{c}市职业病防治院", "{c}矿务局总医院", "{c}市妇幼保健院",
           "{d}人民医院", "{c}市第三人民医院", "{c}市老年病医院"]
ZH_PHARM = ["老百姓大药房（{r}店）", "{c}益丰大药房", "同仁堂{c}药店"]


def zh_geo(c):
    prov, city, dists, area, pc, tel = c.ch(ZH_GEO)
    return {"prov": prov, "city": city, "dist": c.ch(dists), "area": area, "pc": pc + c.digits(3, False), "tel": tel}


def zh_street(c, g) -> str:
    """the part from 区/县 down (the ADDRESS_STREET span), e.g. 莲池区建设路118号锦绣花园5栋2单元301室"""
    if c.chance(0.25):
        return f"{g['dist']}{c.ch(ZH_TOWNS)}{c.pick('黄泥', '上坝', '新庄', '桃源')}村{c.ri(1, 12)}组"
    return f"{g['dist']}{c.ch(ZH_ROADS)}{c.ri(1, 399)}号{c.ch(ZH_ESTATES)}{c.ri(1, 28)}栋{c.ri(1, 6)}单元{c.ri(1, 30)}0{c.ri(1, 4)}室"


def zh_addr(c, g=None, with_prov: bool = True):
    g = g or zh_geo(c)
    out = [P("PROVINCE_STATE", g["prov"])] if with_prov else []
    return out + [P("CITY", g["city"]), P("ADDRESS_STREET", zh_street(c, g))]


def zh_emp(c, g) -> str:
    return c.ch(ZH_EMPLOYERS).format(c=g["city"][:-1])


def zh_hosp(c, g) -> str:
    return c.ch(ZH_HOSP).format(c=g["city"][:-1], d=g["dist"])


def zh_pharm(c, g) -> str:
    return c.ch(ZH_PHARM).format(c=g["city"][:-1], r=c.ch(ZH_ROADS)[:-1])


def zh_id(c, g, birth: dt.date, sex: str) -> str:
    body = f"{g['area']}{birth:%Y%m%d}{c.ri(0, 99):02d}{c.ch('13579' if sex == 'M' else '02468')}"
    return body + id_card_checksum(body)


def zh_date(c, d: dt.date, style: str | None = None) -> str:
    style = style or c.pick("cn", "cn", "dash", "dot", "slash", "md")
    return {"cn": f"{d.year}年{d.month}月{d.day}日", "dash": d.isoformat(), "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
            "slash": f"{d.year}/{d.month}/{d.day}", "md": f"{d.month}月{d.day}日"}[style]


def zh_mobile(c) -> str:
    n = c.pick("13", "15", "18", "17", "19") + c.digits(9, False)
    return c.pick(n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", f"+86 {n}")


def zh_tel(c, g) -> str:
    return c.pick(f"{g['tel']}-{c.ri(2, 8)}{c.digits(6, False)}", f"（{g['tel']}）{c.ri(2, 8)}{c.digits(6, False)}")


def zh_plate(c) -> str:
    p = c.ch("冀赣晋桂甘湘皖辽川浙云贵")
    return c.pick(f"{p}{c.letters(1)}·{c.alnum(5)}", f"{p}{c.letters(1)}{c.digits(5)}", f"{p}{c.letters(1)}·D{c.digits(5)}")


def zh_passport(c) -> str:
    return c.pick(f"E{c.digits(8)}", f"EA{c.digits(7)}", f"C{c.digits(8)}", f"{c.digits(8)}", f"H{c.digits(8)}")


def zh_email(c) -> str:
    return c.pick(f"{c.token(6).lower()}{c.ri(10, 99)}@qq.com", f"{c.digits(9)}@qq.com", f"{c.token(7).lower()}@163.com",
                  f"{c.token(5).lower()}_{c.digits(4)}@126.com")
