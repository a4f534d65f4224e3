"""v25 Chinese templates, part two (six document kinds; templates_v25_zh.py lists all twelve).

README.md "v25" lists the document kinds and what each one plants.
"""

# ruff: noqa: E501  (document text; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt

import _v25_kit as kt
from _core import Doc, K, P


def zh25_rujing(c) -> Doc:
    """入境人员健康申明及医学排查记录."""
    d = Doc()
    a = c.ch([x for x in kt.ZH_AREAS if not x[7]])
    day = kt.rdate(c)
    foreign = c.chance(0.5)
    if foreign:
        name, sex = c.ch(kt.ZH_FOREIGN)
        pp = kt.passport(c)
    else:
        name, sex = kt.zh_person(c)
        pp = c.pick(f"E{c.digits(8)}", f"EH{c.digits(7)}")
    d.put(
        "入境人员健康申明及医学排查记录\n排查编号：",
        P("OTHER_ID", f"HG{day.strftime('%y%m%d')}{c.digits(4)}"),
        "\n",
    )
    d.put(
        "姓名：",
        P("NAME_PATIENT", name),
        "　性别：",
        "男" if sex == "M" else "女",
        "　国籍：",
        c.ch(("法国", "几内亚", "挪威", "日本", "印度", "意大利")) if foreign else "中国",
        "\n",
    )
    d.put(
        "护照号码：",
        P("PASSPORT", pp),
        "　航班：",
        c.ch(("AF382", "MU588", "CZ310", "ET604", "SQ830")),
        "　入境日期：",
        P("DATE", kt.zh_date(c, day, c.pick("cn", "dash"))),
        "\n",
    )
    d.put(
        "境内住址：",
        P("CITY", a[1]),
        P(
            "ADDRESS_STREET",
            c.pick(
                kt.zh_addr(c, a),
                f"{a[2]}{c.ch(kt.ZH_ROADS)}路{c.ri(1, 300)}号{c.ch(('国际', '假日', '维景', '锦江'))}酒店{c.ri(3, 25)}{c.ri(1, 40):02d}房",
            ),
        ),
        "\n",
    )
    d.put(
        "联系电话：",
        P("PHONE", kt.zh_mobile(c)),
        "　电子邮箱：",
        P(
            "EMAIL",
            kt.zh_email(c)
            if not foreign
            else f"{name.split()[0].lower()}.{name.split()[1].lower()}{c.ri(1, 99)}@{c.ch(('gmail.com', 'outlook.com', 'yahoo.fr'))}",
        ),
        "\n",
    )
    if c.chance(0.7):
        d.put("工作单位／邀请单位：", P("WORKPLACE", c.ch(kt.ZH_WORK)), "\n")
    d.add("\n申报症状：⟦fi|发热⟧、⟦fi|腹泻⟧。现场测⟦me|体温38.4℃⟧。\n")
    d.add("排查：⟦lab|疟原虫快速检测阴性⟧，⟦lab|登革病毒NS1抗原阳性⟧，⟦lab|血小板 86×10^9/L⟧。\n")
    if c.chance(0.65):
        d.put(
            "处置：由120负压救护车（",
            P("VEHICLE", kt.zh_plate(c, a)),
            "）转运至",
            P("HOSPITAL", kt.zh_hosp(c, a)),
            "发热门诊。\n",
        )
    else:
        d.put("处置：嘱居家健康监测，自行前往", P("HOSPITAL", kt.zh_hosp(c, a)), "就诊。\n")
    d.put(
        "海关卫生检疫人员：",
        P("NAME_CLINICIAN", kt.zh_clin(c)),
        "　医学排查医生：",
        P("NAME_CLINICIAN", kt.zh_clin(c)),
        "\n",
    )
    if c.chance(0.6):
        d.put("通报传真：", P("FAX", kt.zh_land(c, a)), "\n")
    d.put("录入终端IP：", P("IP", c.pick(kt.ip4(c), kt.ip6(c))))
    return d


def zh25_qishou(c) -> Doc:
    """道路交通伤害门急诊监测报告卡 (外卖骑手)."""
    d = Doc()
    a = c.ch([x for x in kt.ZH_AREAS if not x[7]])
    name, sex = kt.zh_person(c, "M" if c.chance(0.85) else "F")
    day = kt.rdate(c)
    age = c.ri(19, 52)
    d.put(
        "伤害监测报告卡（道路交通）\n监测医院：",
        P("HOSPITAL", kt.zh_hosp(c, a)),
        "　急诊号：",
        P("MRN", f"JZ{c.digits(8)}"),
        "\n",
    )
    d.put(
        "姓名：",
        P("NAME_PATIENT", name),
        "　性别：",
        "男" if sex == "M" else "女",
        "　年龄：",
        str(age),
        "岁\n",
    )
    d.put("身份证号：", P("ID_CARD", kt.zh_id(c, a, kt.dob_for_age(c, age, day), sex)), "\n")
    d.put("手机：", P("PHONE", kt.zh_mobile(c)), "\n")
    d.put(
        "职业：外卖配送员　用人单位／平台站点：",
        P("WORKPLACE", c.ch(("美团外卖配送站", "顺丰速运网点", "饿了么蜂鸟配送站", "达达快送站点"))),
        "\n",
    )
    if c.chance(0.5):
        d.put("工伤保险个人编号：", P("INSURANCE", c.digits(14)), "\n")
    d.put(
        "伤害发生日期：",
        P("DATE", kt.zh_date(c, day, c.pick("cn", "dash", "slash"))),
        "　时间：",
        f"{c.ri(11, 21)}时{c.ri(0, 59)}分",
        "\n",
    )
    d.put(
        "伤者交通工具：电动自行车（号牌",
        P("VEHICLE", f"{a[6][:1]}{a[6][1]}{c.digits(6)}" if c.chance(0.5) else kt.zh_plate(c, a)),
        "）\n",
    )
    d.put("对方：小型轿车，号牌", P("VEHICLE", kt.zh_plate(c, a)), "\n")
    if c.chance(0.4):
        d.put("交通事故认定书编号：", P("OTHER_ID", f"{a[3]}{day.year}{c.digits(6)}"), "\n")
    d.add("\n伤害部位：⟦an|左胫腓骨⟧、⟦an|头部⟧　性质：⟦fi|左胫腓骨开放性骨折⟧、⟦fi|头皮裂伤⟧\n")
    d.add(
        "处置：⟦pr|清创缝合术⟧，⟦dr|破伤风抗毒素⟧⟦do|1500IU⟧肌注，⟦pr|外固定支架固定术⟧；⟦lab|血红蛋白 118g/L⟧，⟦lab|血乙醇浓度 0mg/100ml⟧。⟦ep|格拉斯哥昏迷评分⟧⟦me|15分⟧。\n"
    )
    d.put("报告医生：", P("NAME_CLINICIAN", kt.zh_clin(c)))
    if c.chance(0.5):
        d.put("　执业证书编号：", P("LICENSE", f"1{c.digits(2)}{a[3][:2]}{c.digits(10, False)}"))
    d.put(
        "\n上报日期：",
        P("DATE", kt.zh_date(c, day + dt.timedelta(days=c.ri(0, 3)), "dash")),
        "　上报IP：",
        P("IP", kt.ip4(c)),
    )
    return d


def zh25_yichi(c) -> Doc:
    """口腔修复科义齿设计单 (送义齿加工所)."""
    d = Doc()
    a = kt.zh_area(c)
    name, sex = kt.zh_person(c)
    day = kt.rdate(c)
    age, age_v, over = kt.zh_age(c, 0.5)
    lab = c.ch(("美晶义齿加工有限公司", "瓷艺齿科技术中心", "康泰义齿制作所", "精工口腔修复技工室"))
    d.put(P("HOSPITAL", kt.zh_hosp(c, a)), "口腔修复科　义齿设计单\n")
    d.put(
        "加工单号：",
        P("OTHER_ID", f"YC{c.digits(8)}"),
        "　加工所：",
        P("HOSPITAL", lab),
        "　传真：",
        P("FAX", kt.zh_land(c, a)) if c.chance(0.6) else "无",
        "\n",
    )
    d.put(
        "患者：",
        P("NAME_PATIENT", name),
        "　性别：",
        "男" if sex == "M" else "女",
        "　年龄：",
        age_v,
        "　门诊号：",
        P("MRN", c.digits(9)),
        "　就诊卡号：",
        P("ACCOUNT", c.digits(12)),
        "\n",
    )
    d.put(
        "取模日期：",
        P("DATE", kt.zh_date(c, day, c.pick("cn", "dot"))),
        "　试戴日期：",
        P("DATE", kt.zh_date(c, day + dt.timedelta(days=c.ri(7, 14)), "md")),
        "\n\n",
    )
    d.add("诊断：⟦fi|上颌牙列缺损（Kennedy第一类）⟧，⟦fi|慢性牙周炎⟧。\n")
    d.add(
        "设计：⟦pr|可摘局部义齿修复⟧，⟦an|上颌双侧第一前磨牙⟧放置⟦pr|RPI卡环组⟧，⟦me|大连接体宽8mm⟧，钴铬合金支架，人工牙比色A3。\n"
    )
    if c.chance(0.5):
        d.add("⟦an|右下第一磨牙⟧种植体序列号：")
        d.put(P("DEVICE", f"{c.letters(2)}{c.digits(7)}"), "（")
        d.add("⟦me|4.1×10mm⟧）。\n")
    d.add("⟦pr|牙周基础治疗⟧后取模，⟦dr|复方氯己定含漱液⟧⟦do|10ml tid⟧含漱。\n")
    d.put(
        "医生：",
        P("NAME_CLINICIAN", kt.zh_clin(c)),
        "　技师：",
        P("NAME_CLINICIAN", kt.zh_surname(kt.zh_clin(c))),
        "师傅　联系电话：",
        P("PHONE", kt.zh_land(c, a)),
    )
    return d


def zh25_ruoshi(c) -> Doc:
    """儿童弱视治疗记录单."""
    d = Doc()
    a = kt.zh_area(c)
    name, sex = kt.zh_person(c)
    day = kt.rdate(c)
    age = c.ri(3, 9)
    d.put(P("HOSPITAL", kt.zh_hosp(c, a)), "眼科　儿童弱视治疗记录单\n")
    d.put("患儿：", P("NAME_PATIENT", name))
    if c.chance(0.6):
        d.put("（", P("NAME_PATIENT", c.ch(kt.ZH_PET)), "）")
    d.put("　", str(age), "岁　病历号：", P("MRN", c.digits(8)), "\n")
    rel, _ = kt.zh_person(c)
    d.put("家长：", P("NAME_RELATIVE", rel), "　电话：", P("PHONE", kt.zh_mobile(c)), "\n")
    if c.chance(0.5):
        d.put("家长邮箱：", P("EMAIL", kt.zh_email(c)), "\n")
    if c.chance(0.4):
        d.put("医保卡号：", P("INSURANCE", f"{a[3][:4]}{c.digits(10, False)}"), "\n")
    d.put("家庭视觉训练仪序列号：", P("DEVICE", f"VT{c.digits(2)}{c.alnum(6)}"), "\n")
    if c.chance(0.7):
        d.put(
            "训练APP绑定链接：",
            P("URL", f"https://app.{c.ch(('shijue', 'ruoshi', 'eyeplay'))}.com/bind/{c.token(10)}"),
            "\n",
        )
    d.put("\n日期｜右眼矫正视力｜左眼矫正视力｜遮盖｜备注\n")
    for i in range(c.ri(2, 4)):
        dd = day + dt.timedelta(days=30 * i)
        d.put(P("DATE", kt.zh_date(c, dd, c.pick("dash", "dot", "md"))), "｜")
        d.put(
            K("MEASUREMENT", f"{c.ch(('0.6', '0.8', '1.0'))}"),
            "｜",
            K("MEASUREMENT", f"{c.ch(('0.2', '0.3', '0.4', '0.5'))}"),
            "｜遮右眼",
            f"{c.ri(2, 6)}h/d",
            "｜",
            c.ch(("依从好", "家长反映哭闹", "")),
            "\n",
        )
    d.add("\n诊断：⟦fi|左眼屈光参差性弱视⟧。⟦pr|睫状肌麻痹验光⟧（⟦dr|1%阿托品眼用凝胶⟧）：左⟦me|+4.50DS⟧。\n")
    d.put("医师：", P("NAME_CLINICIAN", kt.zh_clin(c)), "　视光师：", P("NAME_CLINICIAN", kt.zh_clin(c)))
    return d


def zh25_dengre(c) -> Doc:
    """登革热病例一览表 (CSV 导出)."""
    d = Doc()
    a = c.ch([x for x in kt.ZH_AREAS if x[3] in ("440511", "350502", "532528", "451026", "330302")])
    hosp = kt.zh_hosp(c, a)
    start = kt.rdate(c)
    d.put("# 登革热病例一览表　导出单位：", a[2], "疾控中心　导出终端IP：", P("IP", kt.ip4(c)), "\n")
    d.put("序号,姓名,性别,年龄,证件号码,现住址,联系电话,发病日期,诊断,报告单位\n")
    for i in range(c.ri(3, 5)):
        foreign = c.chance(0.15)
        if foreign:
            name, sex = c.ch(kt.ZH_FOREIGN)
        else:
            name, sex = kt.zh_person(c)
        age, age_v, over = kt.zh_age(c, 0.12)
        onset = start + dt.timedelta(days=c.ri(0, 20))
        d.put(f"{i + 1},", P("NAME_PATIENT", name), ",", "男" if sex == "M" else "女", ",", age_v, ",")
        if foreign:
            d.put(P("PASSPORT", kt.passport(c)), ",")
        else:
            d.put(P("ID_CARD", kt.zh_id(c, a, kt.dob_for_age(c, age, onset), sex)), ",")
        d.put(
            P("ADDRESS_STREET", kt.zh_addr(c, a, detail=False)),
            ",",
            P("PHONE", kt.zh_mobile(c)),
            ",",
            P("DATE", kt.zh_date(c, onset, "dash")),
            ",",
        )
        d.put(
            K("FINDING", c.ch(("登革热", "重症登革热", "登革热（输入性）"))), ",", P("HOSPITAL", hosp), "\n"
        )
    d.add(
        "# 实验室确认：⟦lab|登革病毒NS1抗原阳性⟧／⟦lab|登革病毒核酸阳性⟧；处置：⟦pr|蚊媒应急监测⟧，⟦dr|对乙酰氨基酚⟧⟦do|0.5g prn⟧退热，禁用⟦dr|阿司匹林⟧。\n"
    )
    d.put("# 填报人：", P("NAME_CLINICIAN", kt.zh_clin(c)), "　审核：", P("NAME_CLINICIAN", kt.zh_clin(c)))
    return d


def zh25_xuanyun(c) -> Doc:
    """眩晕门诊耳石症复位治疗记录."""
    d = Doc()
    a = kt.zh_area(c)
    name, sex = kt.zh_person(c)
    day = kt.rdate(c)
    age, age_v, over = kt.zh_age(c, 0.6)
    d.put(P("HOSPITAL", kt.zh_hosp(c, a)), "眩晕门诊　耳石症复位治疗记录\n")
    d.put("姓名：", P("NAME_PATIENT", name), "　年龄：", age_v, "岁　门诊号：", P("MRN", c.digits(10)), "\n")
    d.put(
        "医保卡号：",
        P("INSURANCE", c.pick(c.digits(16), f"{a[3]}{c.digits(9)}")),
        "　就诊卡号：",
        P("ACCOUNT", c.digits(10)),
        "\n",
    )
    if c.chance(0.5):
        d.put(
            "住址：",
            P("CITY", a[1]),
            P("ADDRESS_STREET", kt.zh_addr(c, a)),
            "　邮编：",
            P("POSTCODE", a[4]),
            "\n",
        )
    rel, _ = kt.zh_person(c)
    d.put("陪同家属：", P("NAME_RELATIVE", rel), "　电话：", P("PHONE", kt.zh_mobile(c)), "\n")
    d.put("就诊日期：", P("DATE", kt.zh_date(c, day)), "\n\n")
    d.add(
        "主诉：翻身时⟦fi|旋转性眩晕⟧⟦me|数十秒⟧。⟦ep|Dix-Hallpike试验⟧右侧阳性，见⟦fi|垂直向上扭转性眼震⟧。\n"
    )
    d.put("视频眼震图检查号：", P("ACCESSION", f"VNG{c.digits(6)}"), "\n")
    d.add(
        "诊断：⟦fi|右侧后半规管良性阵发性位置性眩晕⟧。\n处理：⟦ep|Epley手法复位⟧1次，复位后⟦ep|Dix-Hallpike试验⟧转阴；⟦dr|甲磺酸倍他司汀片⟧⟦do|12mg tid⟧。\n"
    )
    if c.chance(0.5):
        d.put("复诊问卷：", P("URL", f"https://fz.{c.ch(('xyyy', 'rmyy', 'zyy'))}.cn/q/{c.token(8)}"), "\n")
    d.put("医师：", P("NAME_CLINICIAN", kt.zh_surname(kt.zh_clin(c))), "医生")
    return d


ZH25_PART2 = [
    ("zh25_rujing", zh25_rujing),
    ("zh25_qishou", zh25_qishou),
    ("zh25_yichi", zh25_yichi),
    ("zh25_ruoshi", zh25_ruoshi),
    ("zh25_dengre", zh25_dengre),
    ("zh25_xuanyun", zh25_xuanyun),
]
