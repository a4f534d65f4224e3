"""v28 Chinese templates, part 2 (zh28_*): an OCR'd photographed discharge summary with character
noise in its labels, a high-risk-pregnancy ledger CSV export, a port-of-entry febrile-traveller
referral hand-over form, an internet-hospital prescription delivery log (pipe table), a fixed-width
community cognitive screening sheet and an iodine-125 seed implantation record."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

import datetime as dt

from _v28_kit import (
    ZH_EMPLOYERS,
    Doc,
    P,
    dob_for,
    ipv4,
    rdate,
    serial,
    zh_address,
    zh_area,
    zh_date,
    zh_email,
    zh_foreign,
    zh_hosp,
    zh_idcard,
    zh_landline,
    zh_mobile,
    zh_name,
    zh_passport,
    zh_plate,
    zh_postcode,
    zh_street,
)


def _age(age):
    return P("AGE_OVER_89", str(age)) if age > 89 else str(age)


def ocr_xiaojie(c):
    d = Doc()
    a = zh_area(c)
    hosp = zh_hosp(c, a)
    day = rdate(c)
    pn, sex = zh_name(c)
    age = c.pick(c.ri(48, 88), c.ri(48, 88), c.ri(48, 88), c.ri(48, 88), c.ri(90, 100))
    adm = day - dt.timedelta(days=c.ri(5, 16))
    d.put("[识别结果 置信度0.87] ", P("HOSPITAL", hosp), "\n出 院 小 结\n")
    d.put(
        "姓名:",
        P("NAME_PATIENT", pn),
        "  性另リ:",
        "男" if sex == "M" else "女",
        "  年龄:",
        _age(age),
        "岁  住院吕:",
        P("MRN", c.digits(8)),
        "\n",
    )
    d.put(
        "入院曰期:",
        P("DATE", zh_date(c, adm, "dash")),
        "  出院曰期:",
        P("DATE", zh_date(c, day, "dash")),
        "\n",
    )
    d.put(
        "医保卡吕:",
        P("INSURANCE", f"{a[3][:4]}{c.digits(10)}"),
        "  联系电诂:",
        P("PHONE", zh_mobile(c)),
        "\n",
    )
    d.put("入院诊断: ⟦fi|社区获得性肺炎⟧ ⟦fi|慢性阻塞性肺疾病急性加重⟧\n")
    d.put(
        "诊疗经过: 入院后⟦pr|胸部CT⟧(检查吕:",
        P("ACCESSION", f"CT{c.digits(8)}"),
        f")示⟦an|右肺下叶⟧⟦fi|斑片状渗出影⟧, ⟦lab|降钙素原 0.{c.ri(3, 9)} ng/mL⟧, ",
    )
    d.put("予⟦dr|哌拉西林他唑巴坦⟧ ⟦do|4.5g q8h⟧ 静滴、⟦dr|布地奈德⟧雾化, ⟦ep|CURB-65评分⟧ 2分。\n")
    if c.chance(0.5):
        d.put("既往⟦pr|双腔起搏器植入术⟧, 起搏器SN: ", P("DEVICE", serial(c)), "\n")
    d.put(
        "出院情况: ⟦me|SpO2 94%⟧(未吸氧), ⟦fi|双肺湿啰音减少⟧。\n出院医嘱: ⟦dr|噻托溴铵⟧ ⟦do|18μg qd⟧ 吸入; 2周后复查⟦lab|血常规⟧。\n"
    )
    dn, _ = zh_name(c)
    zr, _ = zh_name(c)
    d.put("主治医师:", P("NAME_CLINICIAN", dn), "  主任医师:", P("NAME_CLINICIAN", zr), "\n")
    if c.chance(0.4):
        rn, _ = zh_name(c)
        d.put("家属签字:", P("NAME_RELATIVE", rn), "\n")
    d.put("---- 第1页/共1页 ---- 打印时间 ", P("DATE", zh_date(c, day, "slash")), "\n")
    return d


def gaowei_csv(c):
    d = Doc()
    a = zh_area(c)
    day = rdate(c)
    un, _ = zh_name(c)
    d.put(
        "# ",
        P("HOSPITAL", f"{a[2]}妇幼保健院"),
        " 高危孕产妇专案管理台账 导出\n# 导出人: ",
        P("NAME_CLINICIAN", un),
        "  导出时间: ",
        P("DATE", zh_date(c, day, "dash")),
        "  IP: ",
        P("IP", ipv4(c)),
        "\n",
    )
    d.put("编号,姓名,年龄,身份证号,丈夫,联系电话,现住址,末次月经,预产期,高危因素,分级,建档医院,责任医生\n")
    risks = [
        "⟦fi|瘢痕子宫⟧",
        "⟦fi|妊娠期糖尿病⟧",
        "⟦fi|前置胎盘⟧",
        "⟦fi|子痫前期⟧",
        "⟦fi|双胎妊娠⟧",
        "⟦fi|妊娠合并甲减⟧",
        "⟦lab|血小板 68×10^9/L⟧",
        "⟦fi|高龄初产⟧",
    ]
    doc_n = zh_name(c)[0]
    for _ in range(c.ri(4, 6)):
        pn, _ = zh_name(c, "F")
        hn, _ = zh_name(c, "M")
        age = c.ri(19, 44)
        lmp = day - dt.timedelta(days=c.ri(60, 250))
        edd = lmp + dt.timedelta(days=280)
        d.put(
            P("OTHER_ID", f"GW{day.year}{c.digits(4)}"),
            ",",
            P("NAME_PATIENT", pn),
            f",{age},",
            P("ID_CARD", zh_idcard(c, a, dob_for(c, age, day), "F")),
            ",",
            P("NAME_RELATIVE", hn),
            ",",
            P("PHONE", zh_mobile(c)),
            ",",
            P("ADDRESS_STREET", zh_street(c, a)),
            ",",
            P("DATE", zh_date(c, lmp, "dash")),
            ",",
            P("DATE", zh_date(c, edd, "dash")),
            f",{c.ch(risks)},{c.ch(('橙色', '黄色', '红色'))},",
            P("HOSPITAL", zh_hosp(c, a)),
            ",",
            P("NAME_CLINICIAN", doc_n),
            "\n",
        )
    d.put(
        "# 处理: 红色预警者转⟦pr|多学科会诊⟧; ⟦dr|阿司匹林⟧ ⟦do|100mg qn⟧ 预防子痫前期; ⟦lab|OGTT⟧ 24-28周; ⟦me|宫高⟧⟦me|腹围⟧每次产检记录; ⟦an|宫颈⟧长度<25mm者报告\n"
    )
    return d


def kouan_zhuanzhen(c):
    d = Doc()
    a = zh_area(c)
    day = rdate(c)
    foreign = c.chance(0.45)
    if foreign:
        pn, sex = zh_foreign(c)
    else:
        pn, sex = zh_name(c)
    age = c.pick(
        c.ri(4, 80),
        c.ri(4, 80),
        c.ri(4, 80),
        c.ri(4, 80),
        c.ri(4, 80),
        c.ri(4, 80),
        c.ri(4, 80),
        c.ri(4, 80),
        c.ri(90, 97),
    )
    port = c.ch(("浦东国际机场", "白云国际机场", "罗湖口岸", "双流国际机场", "满洲里口岸", "霍尔果斯口岸"))
    d.put(
        f"{port}海关 入境有症状旅客转诊交接单\n流调编号：",
        P("OTHER_ID", f"LD{day.year % 100}{c.digits(6)}"),
        "    入境日期：",
        P("DATE", zh_date(c, day)),
        "\n",
    )
    d.put(
        "旅客姓名：",
        P("NAME_PATIENT", pn),
        "  性别：",
        "男" if sex == "M" else "女",
        "  年龄：",
        _age(age),
        "\n",
    )
    if foreign or c.chance(0.4):
        d.put(
            "证件类型/号码：",
            c.ch(("护照 ", "港澳居民来往内地通行证 ", "护照 ")),
            P("PASSPORT", zh_passport(c) if not foreign else f"{c.letters(2)}{c.digits(7)}"),
            "\n",
        )
    else:
        d.put("证件类型/号码：居民身份证 ", P("ID_CARD", zh_idcard(c, a, dob_for(c, age, day), sex)), "\n")
    d.put(
        f"航班/车次：{c.ch(('MU', 'CA', 'CZ', 'TK', 'EK'))}{c.ri(100, 999)}  座位：{c.ri(1, 60)}{c.ch('ABCDEF')}\n"
    )
    d.put("境内联系电话：", P("PHONE", zh_mobile(c)), "\n境内住址：", zh_address(c, a))
    if c.chance(0.6):
        d.put("  邮编 ", P("POSTCODE", zh_postcode(c, a)))
    d.put("\n")
    if c.chance(0.4):
        cn, csex = zh_foreign(c) if foreign else zh_name(c)
        d.put(
            "同行人：",
            P("NAME_RELATIVE", cn),
            "（",
            c.ch(("配偶", "同事", "母亲", "女儿")) if csex == "F" else c.ch(("配偶", "同事", "父亲", "儿子")),
            "）\n",
        )
    d.put(
        f"症状：⟦fi|发热⟧ ⟦me|腋温 38.{c.ri(1, 9)}℃⟧，⟦fi|寒战⟧，⟦fi|全身肌肉酸痛⟧；旅行史：近14天自{c.ch(('尼日利亚', '泰国', '巴西', '印度尼西亚'))}返回\n"
    )
    d.put(
        "现场处置：⟦lab|疟原虫快速检测⟧阴性，⟦lab|登革病毒NS1抗原⟧阳性；采集咽拭子及血标本，标本号 ",
        P("ACCESSION", f"HG{c.digits(9)}"),
        "；予⟦dr|对乙酰氨基酚⟧ ⟦do|0.5g po⟧\n",
    )
    if c.chance(0.65):
        d.put("转运车辆：", P("VEHICLE", zh_plate(c, a)), "（负压救护车）\n")
    hn, _ = zh_name(c)
    d.put("接收医院：", P("HOSPITAL", zh_hosp(c, a)), " 感染科  接收医生：", P("NAME_CLINICIAN", hn), "\n")
    on, _ = zh_name(c)
    d.put("海关卫生检疫关员：", P("NAME_CLINICIAN", on), "   传真：", P("FAX", zh_landline(c, a)))
    if c.chance(0.3):
        d.put("   邮箱：", P("EMAIL", zh_email(c)))
    d.put("\n注：⟦ep|Tourniquet试验⟧阳性者及⟦an|皮肤⟧出血点请重点观察。\n")
    return d


def yaopin_peisong(c):
    d = Doc()
    day = rdate(c)
    a0 = zh_area(c)
    hosp = zh_hosp(c, a0)
    d.put(
        P("HOSPITAL", hosp),
        " 互联网医院 处方药配送日志  ",
        P("DATE", zh_date(c, day, "dash")),
        "  操作端 ",
        P("IP", ipv4(c)),
        "\n",
    )
    d.put(
        "| 问诊单号 | 处方号 | 收件人 | 电话 | 收货地址 | 药品 | 审方药师 | 快递单号 |\n|---|---|---|---|---|---|---|---|\n"
    )
    meds = [
        "⟦dr|恩替卡韦片⟧ ⟦do|0.5mg qd⟧",
        "⟦dr|甲巯咪唑片⟧ ⟦do|10mg tid⟧",
        "⟦dr|瑞舒伐他汀钙片⟧ ⟦do|10mg qn⟧",
        "⟦dr|利伐沙班片⟧ ⟦do|15mg bid⟧",
        "⟦dr|孟鲁司特钠片⟧ ⟦do|10mg qn⟧",
        "⟦dr|左乙拉西坦片⟧ ⟦do|0.5g bid⟧",
        "⟦dr|他克莫司胶囊⟧ ⟦do|1mg q12h⟧",
    ]
    phs = [zh_name(c)[0] for _ in range(2)]
    for _ in range(c.ri(3, 5)):
        a = zh_area(c)
        pn, _ = zh_name(c)
        d.put(
            "| ",
            P("ACCOUNT", f"WZ{day.year}{c.digits(8)}"),
            " | ",
            P("OTHER_ID", f"RX{c.digits(10)}"),
            " | ",
            P("NAME_PATIENT", pn),
            " | ",
            P("PHONE", zh_mobile(c)),
            " | ",
            zh_address(c, a, province=c.chance(0.7)),
            f" | {c.ch(meds)} | ",
            P("NAME_CLINICIAN", c.ch(phs)),
            " | ",
            P("OTHER_ID", f"SF{c.digits(12)}"),
            " |\n",
        )
    d.put(
        "\n备注：冷链药品（⟦dr|甘精胰岛素注射液⟧）需2-8℃配送；⟦lab|他克莫司血药浓度⟧ 超出 ⟦me|5-10 ng/mL⟧ 者暂停续方，联系⟦an|肾移植⟧随访门诊。\n"
    )
    if c.chance(0.5):
        d.put(
            "物流查询：",
            P("URL", f"https://yy.{c.ch(('jkwl', 'ydpsy', 'hlwyy'))}.com/track/{c.token(12)}"),
            "\n",
        )
    return d


def renzhi_shaicha(c):
    d = Doc()
    a = zh_area(c)
    day = rdate(c)
    pn, sex = zh_name(c, minority=0.15)
    age = c.pick(c.ri(65, 89), c.ri(90, 101))
    dob = dob_for(c, age, day)
    center = f"{a[2]}{c.ch(('城关', '东关', '北街', '南湖'))}社区卫生服务中心"
    d.put(f"{'老年人认知功能筛查记录':<20}", P("HOSPITAL", center), "\n")
    d.put(
        f"{'姓名':<6}",
        P("NAME_PATIENT", pn),
        f"{'':4}{'年龄':<4}",
        _age(age),
        f"{'':4}{'性别':<4}{'男' if sex == 'M' else '女'}\n",
    )
    d.put(f"{'身份证':<6}", P("ID_CARD", zh_idcard(c, a, dob, sex)), "\n")
    d.put(f"{'医保号':<6}", P("INSURANCE", f"{c.digits(10)}"), "\n")
    d.put(f"{'住址':<6}", zh_address(c, a, province=False), "\n")
    rn, _ = zh_name(c)
    d.put(f"{'知情人':<6}", P("NAME_RELATIVE", rn), f"{'':4}{'电话':<4}", P("PHONE", zh_mobile(c)), "\n")
    if c.chance(0.3):
        d.put(f"{'邮箱':<6}", P("EMAIL", zh_email(c)), "\n")
    d.put("-" * 40, "\n")
    items = [("定向力", 10), ("记忆力", 3), ("注意力和计算力", 5), ("回忆能力", 3), ("语言能力", 9)]
    tot = 0
    for name, mx in items:
        s = c.ri(max(0, mx - 4), mx)
        tot += s
        d.put(f"{name:<10}{s:>4}/{mx}\n")
    d.put(f"⟦ep|MMSE⟧总分 {tot}/30   ⟦ep|画钟试验⟧ {c.ri(1, 4)}分   ⟦me|教育年限 {c.ri(0, 12)}年⟧\n")
    d.put("-" * 40, "\n")
    d.put(
        "其他：⟦fi|近事遗忘⟧明显，⟦fi|夜间定向障碍⟧；⟦lab|维生素B12 156 pmol/L⟧偏低，⟦lab|TSH 2.1 mIU/L⟧；建议⟦pr|头颅MRI⟧了解⟦an|海马⟧萎缩。\n"
    )
    if c.chance(0.35):
        d.put("备注：⟦pr|人工耳蜗植入术⟧后，装置序列号 ", P("DEVICE", serial(c)), "，测评前已确认助听有效\n")
    d.put("建议：⟦dr|甲钴胺片⟧ ⟦do|0.5mg tid⟧，转上级医院记忆门诊。\n")
    en, _ = zh_name(c)
    d.put(f"{'评估员':<6}", P("NAME_CLINICIAN", en), f"{'':4}{'日期':<4}", P("DATE", zh_date(c, day)), "\n")
    return d


def lizi_zhiru(c):
    d = Doc()
    a = zh_area(c)
    hosp = zh_hosp(c, a)
    day = rdate(c)
    pn, sex = zh_name(c)
    age = c.ri(41, 84)
    dob = dob_for(c, age, day)
    d.put(P("HOSPITAL", hosp), " 核医学科\n放射性¹²⁵I粒子植入治疗记录\n\n")
    d.put(
        "患者：",
        P("NAME_PATIENT", pn),
        "  ",
        str(age),
        "岁  住院号：",
        P("MRN", c.digits(9)),
        "  身份证：",
        P("ID_CARD", zh_idcard(c, a, dob, sex)),
        "\n",
    )
    d.put("医保：", P("INSURANCE", c.ch((f"{a[3]}{c.digits(9)}", f"{c.digits(8)}"))), "  ")
    if c.chance(0.5):
        d.put("工作单位：", P("WORKPLACE", c.ch(ZH_EMPLOYERS)), "  ")
    d.put("手机：", P("PHONE", zh_mobile(c)), "\n")
    if c.chance(0.5):
        d.put("住址：", zh_address(c, a), "  邮编：", P("POSTCODE", zh_postcode(c, a)), "\n")
    d.put(
        "治疗日期：",
        P("DATE", zh_date(c, day)),
        "  定位CT影像号：",
        P("ACCESSION", f"{c.ch(('IM', 'CT', 'YX'))}{c.digits(9)}"),
        "\n",
    )
    dx, site = c.ch(
        (
            ("胰腺癌", "胰头"),
            ("肺腺癌术后纵隔淋巴结转移", "纵隔"),
            ("前列腺癌", "前列腺"),
            ("肝细胞癌门静脉癌栓", "门静脉主干"),
        )
    )
    d.put(f"诊断：⟦fi|{dx}⟧\n")
    d.put(
        f"方案：⟦pr|CT引导下经皮穿刺放射性粒子植入术⟧，靶区⟦an|{site}⟧；⟦me|粒子活度 0.{c.ri(5, 8)} mCi⟧，植入 {c.ri(18, 60)} 颗，粒子批号 {c.digits(8)}；⟦me|处方剂量 {c.ri(100, 145)} Gy⟧，⟦ep|TPS⟧ 计划 ⟦me|D90 {c.ri(110, 160)} Gy⟧\n"
    )
    d.put(
        "术中：⟦dr|利多卡因⟧ ⟦do|2% 5ml⟧ 局部麻醉，⟦dr|地佐辛⟧ ⟦do|5mg im⟧；术后⟦fi|少量气胸⟧未处理，⟦lab|血淀粉酶 86 U/L⟧\n"
    )
    s1, _ = zh_name(c)
    s2, _ = zh_name(c)
    nn, _ = zh_name(c)
    d.put(
        "术者：",
        P("NAME_CLINICIAN", s1),
        "（执业证书编号 ",
        P("LICENSE", f"1{c.digits(14)}"),
        "）  物理师：",
        P("NAME_CLINICIAN", s2),
        "  护士：",
        P("NAME_CLINICIAN", nn),
        "\n",
    )
    rn, _ = zh_name(c)
    d.put("辐射防护告知：已向家属", P("NAME_RELATIVE", rn), "告知，儿童及孕妇2个月内保持1米以上距离。\n")
    d.put(
        "随访：",
        P("DATE", zh_date(c, day + dt.timedelta(days=c.ri(25, 40)), "md")),
        "复查CT  科室电话 ",
        P("PHONE", zh_landline(c, a)),
        "  传真 ",
        P("FAX", zh_landline(c, a)),
        "\n",
    )
    return d


TEMPLATES = [
    ("zh28_ocr_xiaojie", ocr_xiaojie),
    ("zh28_gaowei_csv", gaowei_csv),
    ("zh28_kouan_zhuanzhen", kouan_zhuanzhen),
    ("zh28_yaopin_peisong", yaopin_peisong),
    ("zh28_renzhi_shaicha", renzhi_shaicha),
    ("zh28_lizi_zhiru", lizi_zhiru),
]
