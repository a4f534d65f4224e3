# Longer than 450 lines: v24's templates and value pools are data (a frozen holdout's source, not edited).
# ruff: noqa: E501  (value pools; wrapping the literals would only hurt reading them)
"""v24's own hand-written value pools and small helpers (README.md "v24").

Written for v24 alone: from ``_core`` only the builder (``Doc``, ``P``, ``K``) and the 身份证 check
digit are imported; every name, place and identifier shape below was written by hand for v24.
"""

from __future__ import annotations

import datetime as dt

from _core import Doc, K, P, id_card_checksum

__all__ = ["Doc", "K", "P"]

# --------------------------------------------------------------------------- English people

EN_FIRST_F = (
    "Oluwaseun",
    "Thandiwe",
    "Siobhan",
    "Aoife",
    "Mairead",
    "Ngaio",
    "Aroha",
    "Leilani",
    "Priyanka",
    "Harpreet",
    "Anjali",
    "Khadija",
    "Farida",
    "Agnieszka",
    "Dagny",
    "Solveig",
    "Ximena",
    "Guadalupe",
    "Itzel",
    "Anastasia",
    "Yevgenia",
    "Linh",
    "Thuy",
    "Seo-yeon",
    "Abena",
    "Noor",
    "Rhiannon",
    "Cerys",
    "Mhairi",
    "Kirra",
    "Marcia",
    "Beverley",
    "Precious",
    "Heather",
    "Autumn",
    "Pearl",
    "Blessing",
    "Bernadette",
    "Philippa",
    "Dolores",
    "Tamsin",
    "Imogen",
    "Lorraine",
    "Wilhelmina",
    "Esperanza",
)
EN_FIRST_M = (
    "Tavita",
    "Keoni",
    "Gurpreet",
    "Ravinder",
    "Yusuf",
    "Tomasz",
    "Bartosz",
    "Matthias",
    "Benedikt",
    "Joaquín",
    "Dmitri",
    "Minh",
    "Bao",
    "Jae-won",
    "Kwame",
    "Kofi",
    "Tariq",
    "Ewan",
    "Callum",
    "Hamish",
    "Tane",
    "Wiremu",
    "Manaia",
    "Jarrah",
    "Delroy",
    "Winston",
    "Chase",
    "Hunter",
    "Desmond",
    "Cornelius",
    "Fergus",
    "Ignatius",
    "Lowell",
    "Rupert",
    "Thaddeus",
    "Ezekiel",
    "Santiago",
    "Ahmad",
    "Nikolai",
)
EN_SURNAMES = (
    "Adeyemi",
    "Okonkwo-Bright",
    "Ferreira",
    "Castellanos",
    "Villanueva",
    "Nakamura-Price",
    "Kowalczyk",
    "Szymański",
    "Lindqvist",
    "Halvorsen",
    "Fitzgerald",
    "MacAskill",
    "McIlroy",
    "O'Sullivan",
    "Ní Bhriain",
    "Te Whare",
    "Tuilagi",
    "Fonoti",
    "Pillai",
    "Raghunathan",
    "Sandhu",
    "Grewal",
    "Chaudhry",
    "Qureshi",
    "Khoury",
    "Abubakar",
    "Mensah",
    "Boateng",
    "Asante",
    "Nguyen-Tran",
    "Phạm",
    "Choi",
    "Yamamoto",
    "Papadopoulos",
    "Georgiou",
    "Esposito",
    "Brennan",
    "Gallagher",
    "Whitfield",
    "Pendleton",
    "Thistlewood",
    "Abernathy",
    "Delacroix",
    "Le Roux",
    "du Plessis",
    "van der Merwe",
    "Van Houten",
    "Baker",
    "Carpenter",
    "Fisher",
    "Mason",
    "Porter",
    "Short",
    "Young",
    "Noble",
    "Bright",
    "Stone",
    "Oyelaran",
    "Kapoor",
    "Rahimi",
    "Haddad",
    "Tshabalala",
    "Ngata",
    "Yazzie",
    "Begay",
    "Redcloud",
)
#: names above that are ordinary English words (the driver allows them inside clinical terms)
EN_WORDLIKE = (
    "heather",
    "autumn",
    "pearl",
    "blessing",
    "precious",
    "chase",
    "hunter",
    "baker",
    "carpenter",
    "fisher",
    "mason",
    "porter",
    "short",
    "young",
    "noble",
    "bright",
    "stone",
)
EN_NICK = ("Dee", "Bev", "Tommy", "Ozzy", "Nana", "Pip", "Kiki", "Scooter", "Junebug", "Bubba", "Taz", "Roo")

# --------------------------------------------------------------------------- English places
# (city, state, ZIP)
US_TOWNS = (
    ("Nacogdoches", "TX", "75961"),
    ("Walla Walla", "WA", "99362"),
    ("Marquette", "MI", "49855"),
    ("Ottumwa", "IA", "52501"),
    ("Chillicothe", "OH", "45601"),
    ("Natchez", "MS", "39120"),
    ("Bangor", "ME", "04401"),
    ("Rutland", "VT", "05701"),
    ("Laramie", "WY", "82070"),
    ("Hays", "KS", "67601"),
    ("Dothan", "AL", "36301"),
    ("Pocatello", "ID", "83201"),
    ("Kearney", "NE", "68847"),
    ("Beckley", "WV", "25801"),
    ("Muskogee", "OK", "74401"),
    ("Hilo", "HI", "96720"),
    ("Bethel", "AK", "99559"),
    ("Las Cruces", "NM", "88001"),
    ("Yuma", "AZ", "85364"),
    ("Klamath Falls", "OR", "97601"),
    ("Eureka", "CA", "95501"),
    ("Watertown", "NY", "13601"),
    ("Houma", "LA", "70360"),
    ("Brattleboro", "VT", "05301"),
    ("Gallipolis", "OH", "45631"),
)
US_STATE_LONG = {
    "TX": "Texas",
    "WA": "Washington",
    "MI": "Michigan",
    "IA": "Iowa",
    "OH": "Ohio",
    "MS": "Mississippi",
    "ME": "Maine",
    "VT": "Vermont",
    "WY": "Wyoming",
    "KS": "Kansas",
    "AL": "Alabama",
    "ID": "Idaho",
    "NE": "Nebraska",
    "WV": "West Virginia",
    "OK": "Oklahoma",
    "HI": "Hawaii",
    "AK": "Alaska",
    "NM": "New Mexico",
    "AZ": "Arizona",
    "OR": "Oregon",
    "CA": "California",
    "NY": "New York",
    "LA": "Louisiana",
}
US_AREA = {
    "TX": "936",
    "WA": "509",
    "MI": "906",
    "IA": "641",
    "OH": "740",
    "MS": "601",
    "ME": "207",
    "VT": "802",
    "WY": "307",
    "KS": "785",
    "AL": "334",
    "ID": "208",
    "NE": "308",
    "WV": "304",
    "OK": "918",
    "HI": "808",
    "AK": "907",
    "NM": "575",
    "AZ": "928",
    "OR": "541",
    "CA": "707",
    "NY": "315",
    "LA": "985",
}
US_STREETS = (
    "Sycamore Hollow Rd",
    "N Tamarack St",
    "Old Mill Pike",
    "Cottonwood Ln",
    "E Magnolia Ave",
    "Pawnee Trail",
    "Riverbend Dr",
    "Blackberry Ct",
    "W 14th St",
    "Quarry Rd",
    "Juniper Ridge Way",
    "Salt Lick Rd",
    "Depot St",
    "Larkspur Cir",
    "County Road 212",
    "S Bayou Blvd",
    "Harbor View Ter",
    "Kiowa Ave",
)
US_UNITS = ("Apt 3B", "Unit 12", "#204", "Apt. 7", "Lot 41", "Trlr 9", "Ste 2")
# UK: (town, postcode, STD area code)
UK_TOWNS = (
    ("Kendal", "LA9 4PQ", "01539"),
    ("Hexham", "NE46 1QJ", "01434"),
    ("Truro", "TR1 3LJ", "01872"),
    ("Aberystwyth", "SY23 1DL", "01970"),
    ("Inverness", "IV2 3UJ", "01463"),
    ("Dumfries", "DG1 4AP", "01387"),
    ("Wrexham", "LL11 1AY", "01978"),
    ("Grantham", "NG31 6RP", "01476"),
    ("Barnstaple", "EX31 1JZ", "01271"),
    ("Ayr", "KA7 1TP", "01292"),
    ("Omagh", "BT79 0AP", "028"),
    ("Penrith", "CA11 7QF", "01768"),
    ("Kettering", "NN16 8UZ", "01536"),
    ("Lowestoft", "NR32 1PA", "01502"),
    ("Stornoway", "HS1 2AF", "01851"),
)
UK_STREETS = (
    "Gillygate",
    "Fellside Road",
    "Tregolls Road",
    "Ffordd Penglais",
    "Old Edinburgh Road",
    "Lovers' Walk",
    "Wellington Terrace",
    "Castle Wynd",
    "Boutport Street",
    "Chapel Brow",
    "Marygate",
    "Sandhill Close",
    "Rope Walk",
    "Coronation Crescent",
    "Bridge End",
    "Kirkgate",
)
# Canada: (city, province, postal code, area code)
CA_TOWNS = (
    ("Moncton", "NB", "E1C 4B7", "506"),
    ("Kamloops", "BC", "V2C 1A1", "250"),
    ("Thunder Bay", "ON", "P7B 5E1", "807"),
    ("Brandon", "MB", "R7A 5A8", "204"),
    ("Rimouski", "QC", "G5L 3A3", "418"),
    ("Lethbridge", "AB", "T1J 4L5", "403"),
    ("Antigonish", "NS", "B2G 2L4", "902"),
    ("Prince Albert", "SK", "S6V 1A1", "306"),
    ("Sudbury", "ON", "P3E 2C6", "705"),
)
CA_STREETS = (
    "Rue Saint-Germain",
    "Mountain Rd",
    "Tranquille Rd",
    "Red River Rd",
    "Rosser Ave",
    "Mayor Magrath Dr",
    "Church St",
    "Marquis Rd W",
    "Lasalle Blvd",
    "Elm Row",
)
# Australia: (town, state, postcode, area code)
AU_TOWNS = (
    ("Wagga Wagga", "NSW", "2650", "02"),
    ("Toowoomba", "QLD", "4350", "07"),
    ("Bendigo", "VIC", "3550", "03"),
    ("Kalgoorlie", "WA", "6430", "08"),
    ("Launceston", "TAS", "7250", "03"),
    ("Mount Gambier", "SA", "5290", "08"),
    ("Katherine", "NT", "0850", "08"),
    ("Dubbo", "NSW", "2830", "02"),
    ("Mildura", "VIC", "3500", "03"),
)
AU_STREETS = (
    "Baylis St",
    "Ruthven St",
    "Pall Mall",
    "Hannan St",
    "Brisbane St",
    "Commercial St W",
    "Giles St",
    "Macquarie St",
    "Deakin Ave",
    "Fitzmaurice Rd",
)

EN_EMPLOYERS = (
    "Tri-County Rural Electric Co-op",
    "Halvorsen Seafoods",
    "Magnolia Poultry Processing",
    "Pike Valley School District",
    "Northgate Distribution Centre",
    "Cairnfield Dairies Ltd",
    "Bayou Marine Fabrication",
    "Kestrel Logistics plc",
    "Riverside Care Homes",
    "Lakehead Paper Mill",
    "Copperleaf Call Centre",
    "Ridgeline Quarry Co.",
    "Fenland Growers Ltd",
    "St Brendan's Primary School",
    "Redgum Mining Pty Ltd",
    "Harbourside Hotel",
)
US_HOSPITALS = (
    "Piney Woods Regional Medical Center",
    "Blue Mountain Community Hospital",
    "Superior Lakes Health",
    "Des Moines River Valley Hospital",
    "Scioto Memorial Hospital",
    "Trace Regional Hospital",
    "Penobscot Bay General",
    "Sagebrush Family Clinic",
    "Wiregrass Medical Center",
    "Portneuf Skin & Laser Clinic",
    "Platte Valley Dermatology",
    "Mountain Laurel Health Center",
    "Cherokee Nation Outpatient Clinic",
    "Mauna Kea Community Health Center",
)
US_PHARMACIES = ("Corner Drug of Ottumwa", "Redbud Pharmacy", "Lakeshore Apothecary", "Kiowa Street Pharmacy")
US_SUPPLIERS = (
    "Great Plains Home Medical",
    "Cascade DME Supply",
    "Bluestem Respiratory Services",
    "Gulf Coast Mobility",
)
US_LABS = ("Tri-State Reference Laboratory", "Prairie Pathology Associates", "Sawtooth Clinical Lab")
UK_HOSPITALS = (
    "Westmorland General Hospital",
    "Hexham General Hospital",
    "Royal Cornwall Hospital",
    "Bronglais General Hospital",
    "Raigmore Hospital",
    "Dumfries and Galloway Royal Infirmary",
    "Wrexham Maelor Hospital",
    "Grantham and District Hospital",
    "North Devon District Hospital",
    "University Hospital Crosshouse",
    "South West Acute Hospital",
    "Kettering General Hospital",
    "James Paget University Hospital",
    "Western Isles Hospital",
    "Cumberland Infirmary",
)
UK_PRACTICES = (
    "Station Lane Surgery",
    "Castle Medical Group",
    "Fellview Health Centre",
    "Penglais Medical Practice",
    "Riverside Family Practice",
    "The Old Forge Surgery",
    "Kirkgate Medical Centre",
    "Harbour Street Surgery",
)
CA_HOSPITALS = (
    "The Moncton Hospital",
    "Royal Inland Hospital",
    "Thunder Bay Regional Health Sciences Centre",
    "Brandon Regional Health Centre",
    "Hôpital régional de Rimouski",
    "Chinook Regional Hospital",
    "St. Martha's Regional Hospital",
    "Victoria Hospital Prince Albert",
    "Health Sciences North",
)
AU_HOSPITALS = (
    "Wagga Wagga Base Hospital",
    "Toowoomba Hospital",
    "Bendigo Health",
    "Kalgoorlie Health Campus",
    "Launceston General Hospital",
    "Mount Gambier and Districts Health Service",
    "Katherine Hospital",
    "Dubbo Base Hospital",
    "Mildura Base Public Hospital",
)

# --------------------------------------------------------------------------- Chinese people

ZH_SURNAMES = (
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
    "隗",
    "亓",
    "鄢",
    "笪",
    "缪",
    "邬",
    "滕",
    "訾",
    "臧",
    "郦",
    "巫",
    "甄",
    "眭",
    "茹",
    "蔺",
    "逄",
    "仉",
    "韦",
    "蒙",
    "谭",
    "龚",
    "饶",
    "冉",
    "敖",
)
ZH_COMPOUND = ("司徒", "夏侯", "长孙", "宇文", "呼延", "南宫", "独孤", "百里", "欧阳")
ZH_GIVEN_F = (
    "淑芬",
    "秀兰",
    "雨桐",
    "梓涵",
    "婉清",
    "春燕",
    "玉珍",
    "慧敏",
    "晓岚",
    "静怡",
    "桂香",
    "思琪",
    "凤",
    "丹",
    "蕾",
    "妍",
    "月娥",
    "海霞",
    "若曦",
    "美玲",
)
ZH_GIVEN_M = (
    "建华",
    "志强",
    "国栋",
    "宇航",
    "浩然",
    "德胜",
    "永福",
    "俊杰",
    "子墨",
    "明轩",
    "振东",
    "长海",
    "鹏",
    "磊",
    "彬",
    "军",
    "卫国",
    "铁柱",
    "一鸣",
    "天佑",
)
ZH_MINORITY = (
    ("古丽娜尔·买买提", "F"),
    ("艾克拜尔·吐尔逊", "M"),
    ("巴特尔", "M"),
    ("其其格", "F"),
    ("旺堆", "M"),
    ("达瓦次仁", "M"),
    ("阿依努尔·赛力克", "F"),
    ("玉香", "F"),
    ("岩温", "M"),
    ("阿西木·艾力", "M"),
    ("吉克阿依", "F"),
    ("金顺姬", "F"),
    ("韦秀兰", "F"),
    ("潘老岩", "M"),
)
ZH_PET = ("豆豆", "糖糖", "朵朵", "安安", "点点", "欢欢", "牛牛", "多多", "贝贝", "可可", "芽芽", "铁蛋")
ZH_FOREIGN = (
    ("Sven Aaltonen", "M"),
    ("Chiara Benedetti", "F"),
    ("Kwabena Owusu", "M"),
    ("Nadia Rahman", "F"),
    ("Pedro Álvarez", "M"),
    ("Yuki Tanabe", "F"),
    ("Olga Petrova", "F"),
    ("Hamid Karimi", "M"),
    ("Anna Schultz", "F"),
    ("Thabo Dlamini", "M"),
    ("Nguyen Thi Lan", "F"),
    ("Somchai Boonmee", "M"),
)

# (province or "" for a municipality, city, district/county, 区划码, postcode, area code, rural)
ZH_AREAS = (
    ("河北省", "石家庄市", "长安区", "130102", "050011", "0311", False),
    ("山西省", "太原市", "小店区", "140105", "030032", "0351", False),
    ("辽宁省", "大连市", "甘井子区", "210211", "116033", "0411", False),
    ("吉林省", "长春市", "朝阳区", "220104", "130012", "0431", False),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "150001", "0451", False),
    ("江苏省", "苏州市", "姑苏区", "320508", "215008", "0512", False),
    ("安徽省", "合肥市", "蜀山区", "340104", "230031", "0551", False),
    ("福建省", "厦门市", "思明区", "350203", "361001", "0592", False),
    ("江西省", "南昌市", "东湖区", "360102", "330006", "0791", False),
    ("山东省", "青岛市", "市南区", "370202", "266001", "0532", False),
    ("河南省", "郑州市", "金水区", "410105", "450003", "0371", False),
    ("广东省", "佛山市", "禅城区", "440604", "528000", "0757", False),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "530022", "0771", False),
    ("海南省", "海口市", "美兰区", "460108", "570203", "0898", False),
    ("贵州省", "贵阳市", "南明区", "520102", "550001", "0851", False),
    ("云南省", "昆明市", "五华区", "530102", "650032", "0871", False),
    ("陕西省", "西安市", "雁塔区", "610113", "710061", "029", False),
    ("甘肃省", "兰州市", "城关区", "620102", "730030", "0931", False),
    ("宁夏回族自治区", "银川市", "兴庆区", "640104", "750001", "0951", False),
    ("", "重庆市", "渝中区", "500103", "400010", "023", False),
    ("", "天津市", "南开区", "120104", "300100", "022", False),
    ("", "上海市", "徐汇区", "310104", "200030", "021", False),
    ("湖南省", "湘西土家族苗族自治州", "凤凰县", "433123", "416200", "0743", True),
    ("云南省", "西双版纳傣族自治州", "勐海县", "532822", "666200", "0691", True),
    ("四川省", "阿坝藏族羌族自治州", "汶川县", "513221", "623000", "0837", True),
    ("贵州省", "黔东南苗族侗族自治州", "从江县", "522633", "557400", "0855", True),
    ("广西壮族自治区", "河池市", "巴马瑶族自治县", "451227", "547500", "0778", True),
    ("河南省", "周口市", "鹿邑县", "411628", "477200", "0394", True),
    ("山东省", "菏泽市", "曹县", "371721", "274400", "0530", True),
    ("新疆维吾尔自治区", "喀什地区", "疏附县", "653121", "844100", "0998", True),
    ("江西省", "赣州市", "于都县", "360731", "342300", "0797", True),
    ("安徽省", "阜阳市", "临泉县", "341221", "236400", "0558", True),
)
ZH_PLATE = {
    "河北省": "冀",
    "山西省": "晋",
    "辽宁省": "辽",
    "吉林省": "吉",
    "黑龙江省": "黑",
    "江苏省": "苏",
    "安徽省": "皖",
    "福建省": "闽",
    "江西省": "赣",
    "山东省": "鲁",
    "河南省": "豫",
    "广东省": "粤",
    "广西壮族自治区": "桂",
    "海南省": "琼",
    "贵州省": "贵",
    "云南省": "云",
    "陕西省": "陕",
    "甘肃省": "甘",
    "宁夏回族自治区": "宁",
    "重庆市": "渝",
    "天津市": "津",
    "上海市": "沪",
    "湖南省": "湘",
    "四川省": "川",
    "新疆维吾尔自治区": "新",
}
ZH_ROADS = (
    "建设北路",
    "解放西路",
    "和平里三街",
    "滨江东路",
    "文昌路",
    "民主巷",
    "新华南街",
    "光明路",
    "人民中路",
    "团结路",
    "朝阳大街",
    "青年路",
)
ZH_XIAOQU = ("锦绣华庭", "金色家园", "翠湖苑", "阳光新城", "梧桐里", "康乐小区", "丽景湾", "职工新村")
ZH_TOWNS = ("城关镇", "龙潭镇", "河口乡", "三合镇", "新店乡", "白鹤镇", "太平乡", "石桥镇")
ZH_VILLAGES = ("李家村", "大坪村", "新民村", "杨柳村", "红星村", "岔河村", "上寨村", "团山村")
ZH_WORKPLACES = (
    "华源物流有限公司",
    "鸿达建筑工程有限公司",
    "金穗食品厂",
    "市第二实验小学",
    "恒通电子科技有限公司",
    "顺丰速运分拨中心",
    "新城区环卫所",
    "兴旺农业专业合作社",
    "蓝天纺织有限公司",
    "佳美家政服务公司",
    "宏图钢结构有限公司",
    "美团外卖配送站",
)
ZH_HOSP_SUFFIX = ("第一人民医院", "中心医院", "妇幼保健院", "中医院", "第二人民医院")
ZH_COMMUNITY = ("社区卫生服务中心", "镇卫生院")

# --------------------------------------------------------------------------- helpers

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


def rday(c, y0: int = 2021, y1: int = 2025) -> dt.date:
    a, b = dt.date(y0, 1, 1), dt.date(y1, 11, 30)
    return a + dt.timedelta(days=c.r.randrange((b - a).days))


def plus(d: dt.date, n: int) -> dt.date:
    return d + dt.timedelta(days=n)


def dob(c, age: int, ref: dt.date) -> dt.date:
    y = ref.year - age
    d = dt.date(y, c.ri(1, 12), c.ri(1, 28))
    if d > dt.date(y, ref.month, min(ref.day, 28)):
        d = dt.date(y - 1, d.month, d.day)
    return d


def age_on(b: dt.date, ref: dt.date) -> int:
    return ref.year - b.year - ((ref.month, ref.day) < (b.month, b.day))


def us_date(c, d: dt.date, style: str | None = None) -> str:
    style = style or c.ch(("slash", "slash", "short", "iso", "long", "mon"))
    return {
        "slash": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "mon": f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}",
    }[style]


def uk_date(c, d: dt.date, style: str | None = None) -> str:
    style = style or c.ch(("slash", "slash", "dot", "long", "ord"))
    suf = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "slash": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dot": f"{d.day}.{d.month}.{d.year % 100:02d}",
        "long": f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        "ord": f"{d.day}{suf} {MONTHS[d.month - 1]} {d.year}",
    }[style]


def zh_date(c, d: dt.date, style: str | None = None) -> str:
    style = style or c.ch(("cn", "cn", "dash", "dot", "slash"))
    return {
        "cn": f"{d.year}年{d.month}月{d.day}日",
        "dash": d.isoformat(),
        "dot": f"{d.year}.{d.month:02d}.{d.day:02d}",
        "slash": f"{d.year}/{d.month}/{d.day}",
        "md": f"{d.month}月{d.day}日",
    }[style]


def en_person(c, sex: str | None = None) -> tuple[str, str, str]:
    sex = sex or c.ch("FM")
    return c.ch(EN_FIRST_F if sex == "F" else EN_FIRST_M), c.ch(EN_SURNAMES), sex


def en_name(c, first: str, last: str, style: str | None = None) -> str:
    style = style or c.ch(("full", "full", "lastfirst", "init", "upper"))
    return {
        "full": f"{first} {last}",
        "lastfirst": f"{last}, {first}",
        "init": f"{first[0]}. {last}",
        "upper": f"{last.upper()}, {first.upper()}",
        "lower": f"{first.lower()} {last.lower()}",
        "first": first,
        "last": last,
    }[style]


def staff(c) -> tuple[str, str]:
    f, la, _ = en_person(c)
    return f, la


def us_phone(c, st: str, style: str | None = None) -> str:
    a = US_AREA.get(st, "620")
    n = f"{c.ri(2, 9)}{c.digits(2, False)}", c.digits(4, False)
    style = style or c.ch(("paren", "dash", "dot", "plus"))
    return {
        "paren": f"({a}) {n[0]}-{n[1]}",
        "dash": f"{a}-{n[0]}-{n[1]}",
        "dot": f"{a}.{n[0]}.{n[1]}",
        "plus": f"+1 {a} {n[0]} {n[1]}",
    }[style]


def uk_phone(c, std: str, mobile: bool | None = None) -> str:
    if mobile if mobile is not None else c.chance(0.5):
        n = f"07{c.ri(4, 9)}{c.digits(2, False)} {c.digits(6, False)}"
        return c.pick(n, "+44 " + n[1:])
    return (
        f"{std} {c.digits(10 - len(std) + 1, False)}"
        if len(std) == 5
        else f"{std} {c.digits(4, False)} {c.digits(4, False)}"
    )


def ca_phone(c, area: str) -> str:
    return c.pick(
        f"({area}) {c.ri(2, 9)}{c.digits(2, False)}-{c.digits(4, False)}",
        f"{area}-{c.ri(2, 9)}{c.digits(2, False)}-{c.digits(4, False)}",
    )


def au_phone(c, area: str) -> str:
    return c.pick(
        f"({area}) {c.ri(5, 9)}{c.digits(3, False)} {c.digits(4, False)}",
        f"04{c.digits(2, False)} {c.digits(3, False)} {c.digits(3, False)}",
        f"+61 4{c.digits(2, False)} {c.digits(3, False)} {c.digits(3, False)}",
    )


def ssn(c) -> str:
    a = c.ri(1, 899)
    a = 667 if a == 666 else a
    return f"{a:03d}-{c.ri(1, 99):02d}-{c.ri(1, 9999):04d}"


def npi(c) -> str:
    body = "1" + c.digits(8, False)
    digits = [int(x) for x in "80840" + body]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            dgt = dgt - 9 if dgt > 9 else dgt
        total += dgt
    return body + str((10 - total % 10) % 10)


def mbi(c) -> str:
    L = "ACDEFGHJKMNPQRTUVWXY"
    an = L + "0123456789"
    s = f"{c.ri(1, 9)}{c.ch(L)}{c.ch(an)}{c.ri(0, 9)}{c.ch(L)}{c.ch(an)}{c.ri(0, 9)}{c.ch(L)}{c.ch(L)}{c.ri(0, 9)}{c.ri(0, 9)}"
    return c.pick(s, f"{s[:4]}-{s[4:7]}-{s[7:]}")


def nhs_number(c) -> str:
    while True:
        d = [c.ri(0, 9) for _ in range(9)]
        d[0] = c.ri(4, 6)
        chk = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            s = "".join(map(str, d)) + str(chk)
            return c.pick(f"{s[:3]} {s[3:6]} {s[6:]}", s, f"{s[:3]}-{s[3:6]}-{s[6:]}")


def us_plate(c) -> str:
    return c.pick(
        f"{c.letters(3)}-{c.digits(4, False)}",
        f"{c.digits(1)}{c.letters(3)}{c.digits(3, False)}",
        f"{c.letters(2)} {c.digits(5, False)}",
    )


def vin(c) -> str:
    return "".join(c.ch("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))


def ipv4(c) -> str:
    return c.pick(
        f"10.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
        f"172.{c.ri(16, 31)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
        f"192.168.{c.ri(0, 255)}.{c.ri(1, 254)}",
        f"{c.ri(23, 212)}.{c.ri(0, 255)}.{c.ri(0, 255)}.{c.ri(1, 254)}",
    )


def en_email(c, first: str, last: str) -> str:
    f = first.lower().replace("'", "").replace(" ", "").replace("-", "")
    la = last.lower().replace("'", "").replace(" ", "").replace("-", "")
    f = f.encode("ascii", "ignore").decode() or "pt"
    la = la.encode("ascii", "ignore").decode() or "home"
    dom = c.ch(
        (
            "gmail.com",
            "yahoo.com",
            "outlook.com",
            "icloud.com",
            "btinternet.com",
            "hotmail.co.uk",
            "bigpond.com",
            "shaw.ca",
        )
    )
    return c.ch(
        (
            f"{f}.{la}@{dom}",
            f"{f[0]}{la}{c.ri(1, 99)}@{dom}",
            f"{la}{f[:3]}@{dom}",
            f"{f}_{c.ri(60, 99)}@{dom}",
        )
    )


# --------------------------------------------------------------------------- Chinese helpers


def zh_person(c, sex: str | None = None, kind: str | None = None) -> tuple[str, str]:
    """(name, sex): ordinary, compound-surname or minority name."""
    sex = sex or c.ch("FM")
    kind = kind or c.wpick((7, "plain"), (2, "compound"), (2, "minority"))
    if kind == "minority":
        opts = [n for n, s in ZH_MINORITY if s == sex]
        return c.ch(opts), sex
    sur = c.ch(ZH_COMPOUND) if kind == "compound" else c.ch(ZH_SURNAMES)
    return sur + c.ch(ZH_GIVEN_F if sex == "F" else ZH_GIVEN_M), sex


def zh_surname(name: str) -> str:
    for s in ZH_COMPOUND:
        if name.startswith(s):
            return s
    return name[0]


def zh_staff(c) -> str:
    sur = c.ch(ZH_COMPOUND) if c.chance(0.2) else c.ch(ZH_SURNAMES)
    return sur + c.ch(ZH_GIVEN_F + ZH_GIVEN_M)


def zh_area(c, rural: bool | None = None):
    opts = [a for a in ZH_AREAS if rural is None or a[6] == rural]
    return c.ch(opts)


def zh_address(c, a) -> list:
    """[省] 市 区县-and-below as P spans, separated by nothing (as written on forms)."""
    prov, city, dist, _code, _pc, _ac, rural = a
    if rural:
        below = f"{dist}{c.ch(ZH_TOWNS)}{c.ch(ZH_VILLAGES)}{c.pick('', f'{c.ri(1, 9)}组')}{c.pick('', f'{c.ri(1, 88)}号')}".rstrip()
    else:
        below = c.pick(
            f"{dist}{c.ch(ZH_ROADS)}{c.ri(1, 399)}号{c.ch(ZH_XIAOQU)}{c.ri(1, 30)}栋{c.ri(1, 6)}单元{c.ri(1, 28)}0{c.ri(1, 4)}室",
            f"{dist}{c.ch(ZH_ROADS)}{c.ri(1, 399)}号{c.ri(1, 20)}-{c.ri(1, 6)}-{c.ri(1, 3)}0{c.ri(1, 2)}",
            f"{dist}{c.ch(ZH_XIAOQU)}{c.ri(1, 30)}号楼{c.ri(1, 24)}0{c.ri(1, 4)}",
        )
    out = []
    if prov:
        out.append(P("PROVINCE_STATE", prov))
    out.append(P("CITY", city))
    out.append(P("ADDRESS_STREET", below))
    return out


def id_card(c, a, b: dt.date, sex: str) -> str:
    seq = c.ri(0, 99) * 10 + c.ch((1, 3, 5, 7, 9) if sex == "M" else (0, 2, 4, 6, 8))
    body = f"{a[3]}{b.year:04d}{b.month:02d}{b.day:02d}{seq:03d}"
    return body + id_card_checksum(body)


def zh_mobile(c) -> str:
    n = c.ch(("138", "139", "135", "150", "158", "186", "177", "199", "131", "189")) + c.digits(8, False)
    return c.pick(n, n, f"{n[:3]}-{n[3:7]}-{n[7:]}", f"{n[:3]} {n[3:7]} {n[7:]}", "+86 " + n)


def zh_land(c, a) -> str:
    ac = a[5]
    n = str(c.ri(2, 8)) + c.digits(
        7 if len(ac) == 3 else 6 + (1 if ac in ("0371", "0512", "0532", "0551", "0571") else 0), False
    )
    return c.pick(f"{ac}-{n}", f"({ac}){n}", f"{ac}{n}")


def zh_hospital(c, a, community: bool = False) -> str:
    city, dist = a[1], a[2]
    if community:
        return c.pick(
            f"{dist}{c.ch(ZH_TOWNS)[:-1]}镇卫生院"
            if a[6]
            else f"{dist}{c.ch(ZH_ROADS)[:2]}街道社区卫生服务中心",
            f"{dist}{c.ch(ZH_VILLAGES)}卫生室" if a[6] else f"{dist}{c.ch(ZH_XIAOQU)[:2]}社区卫生服务站",
        )
    if a[6]:
        return c.pick(f"{dist}人民医院", f"{dist}中医医院", f"{dist}妇幼保健院", f"{city}人民医院")
    return f"{city[:-1] if city.endswith('市') else city}{c.ch(ZH_HOSP_SUFFIX)}"


def zh_cdc(a) -> str:
    return f"{a[2]}疾病预防控制中心"


def zh_email(c) -> str:
    return c.ch(
        (
            f"{c.digits(9)}@qq.com",
            f"{c.letters(1).lower()}{c.ch(('xiao', 'li', 'wang', 'chen', 'yu', 'zhou'))}{c.digits(4)}@163.com",
            f"{c.ch(('sunny', 'mama', 'baobei', 'jia', 'tian'))}{c.digits(3)}@126.com",
            f"{c.digits(11)}@139.com",
        )
    )


def passport(c, kind: str = "any") -> str:
    kind = kind if kind != "any" else c.ch(("intl", "intl", "gangao", "tw", "cn"))
    return {
        "intl": f"{c.letters(c.ri(1, 2))}{c.digits(7, False)}",
        "gangao": f"C{c.digits(8, False)}",
        "tw": c.digits(8, False),
        "cn": f"E{c.digits(8, False)}",
    }[kind]


def zh_plate(c, a) -> str:
    ab = ZH_PLATE[a[0] or a[1]]
    return c.pick(
        f"{ab}{c.letters(1)}{c.alnum(5)}",
        f"{ab}{c.letters(1)}·{c.alnum(5)}",
        f"{ab}{c.letters(1)}·D{c.digits(5, False)}",
    )


def zh_relative(c, role: str) -> str:
    female = role in ("母亲", "奶奶", "外婆", "女儿", "妻子", "老伴（女）", "孙女", "儿媳")
    return zh_person(c, "F" if female else "M", "plain")[0]
