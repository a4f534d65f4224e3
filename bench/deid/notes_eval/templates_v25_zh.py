"""v25 Chinese templates, part one (six document kinds; part two in templates_v25_zh2.py).

Every function takes the note's Ctx and returns a Doc whose PHI (P) and keep (K) spans are exact.
README.md "v25" lists the document kinds and what each one plants.
"""

# ruff: noqa: E501  (document text; wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt

import _v25_kit as kt
import templates_v25_zh2
from _core import Doc, P


def zh25_yindaojing(c) -> Doc:
    """阴道镜检查报告单."""
    d = Doc()
    a = kt.zh_area(c)
    name, sex = kt.zh_person(c, "F")
    day = kt.rdate(c)
    age = c.ri(24, 62)
    hosp = kt.zh_hosp(c, a)
    d.put(P("HOSPITAL", hosp), "\n阴道镜检查报告单\n")
    d.put(
        "姓名：", P("NAME_PATIENT", name), "　年龄：", str(age), "岁　门诊号：", P("MRN", c.digits(9)), "\n"
    )
    d.put(
        "检查号：",
        P("ACCESSION", f"YDJ{day.year}{c.digits(5, False)}"),
        "　检查日期：",
        P("DATE", kt.zh_date(c, day, c.pick("cn", "dash", "dot"))),
        "\n",
    )
    if c.chance(0.4):
        d.put("身份证号：", P("ID_CARD", kt.zh_id(c, a, kt.dob_for_age(c, age, day), "F")), "\n")
    if c.chance(0.6):
        d.put("医保卡号：", P("INSURANCE", f"{a[3][:4]}{c.digits(10, False)}"), "\n")
    d.put("联系电话：", P("PHONE", kt.zh_mobile(c)), "\n")
    d.add("送检原因：⟦lab|HPV16型阳性⟧，⟦lab|TCT：LSIL⟧。\n")
    d.add(
        "镜下所见：⟦an|宫颈⟧转化区Ⅱ型，涂⟦dr|5%醋酸⟧后⟦an|宫颈前唇⟧3-5点见⟦fi|厚醋白上皮⟧，边界清，可见⟦fi|粗大镶嵌⟧；⟦dr|复方碘溶液⟧染色不着色。\n"
    )
    d.add("处理：于3点、5点行⟦pr|宫颈活检术⟧，⟦pr|宫颈管搔刮术⟧。\n")
    d.put("病理号：", P("ACCESSION", f"B{str(day.year)[2:]}-{c.digits(5, False)}"), "\n")
    d.add("阴道镜诊断：⟦fi|HSIL（CIN2）可能⟧。建议病理回报后行⟦pr|宫颈锥切术⟧。\n")
    doc = kt.zh_clin(c)
    d.put(
        "检查医师：",
        P("NAME_CLINICIAN", doc),
        "　执业证书编号：",
        P("LICENSE", f"1{c.digits(2)}{a[3][:2]}{c.digits(10, False)}"),
        "\n",
    )
    d.put(
        "报告查询：",
        P(
            "URL",
            f"https://{c.pick('report', 'his', 'wx')}.{c.ch(('fybj', 'rmyy', 'zxyy'))}.cn/r/{c.token(10)}",
        ),
        "\n",
    )
    d.put(
        "报告日期：",
        P("DATE", kt.zh_date(c, day + dt.timedelta(days=c.ri(0, 2)), "dash")),
        "　审核：",
        P("NAME_CLINICIAN", kt.zh_surname(kt.zh_clin(c))),
        "主任",
    )
    return d


def zh25_liuchan(c) -> Doc:
    """人工流产手术告知书."""
    d = Doc()
    a = kt.zh_area(c)
    day = kt.rdate(c)
    foreign = c.chance(0.15)
    if foreign:
        name = c.ch([n for n, s in kt.ZH_FOREIGN if s == "F"])
    else:
        name, _ = kt.zh_person(c, "F")
    age = c.ri(19, 44)
    d.put(P("HOSPITAL", kt.zh_hosp(c, a)), "\n人工流产手术告知书\n\n")
    d.put(
        "患者姓名：",
        P("NAME_PATIENT", name),
        "　年龄：",
        str(age),
        "岁　门诊号：",
        P("MRN", c.digits(10)),
        "　就诊卡号：",
        P("ACCOUNT", c.digits(12)),
        "\n",
    )
    if foreign:
        d.put("证件：护照 ", P("PASSPORT", kt.passport(c)), "\n")
    else:
        d.put("身份证号：", P("ID_CARD", kt.zh_id(c, a, kt.dob_for_age(c, age, day), "F")), "\n")
    d.put("现住址：")
    if c.chance(0.5):
        d.put(P("PROVINCE_STATE", a[0]))
    d.put(P("CITY", a[1]), P("ADDRESS_STREET", kt.zh_addr(c, a)))
    if c.chance(0.3):
        d.put("　邮编：", P("POSTCODE", a[4]))
    d.put("\n")
    if c.chance(0.7):
        d.put("工作单位：", P("WORKPLACE", c.ch(kt.ZH_WORK)), "\n")
    d.add("\n诊断：⟦fi|宫内早孕⟧（停经⟦me|7+3周⟧，⟦pr|B超⟧示⟦an|宫腔⟧内孕囊⟦me|2.1×1.5cm⟧）。\n")
    d.add(
        "拟行手术：⟦pr|无痛人工流产术（负压吸引术）⟧，麻醉药物：⟦dr|丙泊酚⟧。术前⟦dr|米索前列醇⟧⟦do|0.4mg⟧阴道给药软化宫颈。\n"
    )
    d.add(
        "手术可能出现的风险：⟦fi|人工流产综合反应⟧、⟦fi|子宫穿孔⟧、⟦fi|宫腔粘连⟧、⟦fi|感染⟧、吸宫不全需再次清宫等。术后⟦dr|头孢呋辛酯片⟧⟦do|0.25g bid⟧预防感染。\n\n"
    )
    d.put("本人已知晓上述风险，同意手术。\n患者签字：", P("NAME_PATIENT", name), "\n")
    rel, _ = kt.zh_person(c, "M")
    d.put(
        c.ch(("丈夫", "陪同人", "男友")),
        "签字：",
        P("NAME_RELATIVE", rel),
        "　联系电话：",
        P("PHONE", kt.zh_mobile(c)),
        "\n",
    )
    d.put(
        "谈话医师：",
        P("NAME_CLINICIAN", kt.zh_clin(c)),
        "　日期：",
        P("DATE", kt.zh_date(c, day, c.pick("cn", "dash"))),
    )
    return d


def zh25_nueji(c) -> Doc:
    """疟疾病例流行病学个案调查表 (境外输入)."""
    d = Doc()
    a = kt.zh_area(c)
    name, sex = kt.zh_person(c, "M" if c.chance(0.8) else "F")
    onset = kt.rdate(c)
    age = c.ri(22, 60)
    d.put("疟疾病例流行病学个案调查表\n卡片编号：", P("OTHER_ID", f"{a[3]}{onset.year}{c.digits(5)}"), "\n")
    d.put(
        "一、基本情况\n姓名：",
        P("NAME_PATIENT", name),
        "　性别：",
        "男" if sex == "M" else "女",
        "　年龄：",
        str(age),
        "\n",
    )
    d.put("身份证号：", P("ID_CARD", kt.zh_id(c, a, kt.dob_for_age(c, age, onset), sex)), "\n")
    d.put("护照号：", P("PASSPORT", c.pick(f"E{c.digits(8)}", f"EA{c.digits(7)}", f"G{c.digits(8)}")), "\n")
    d.put(
        "现住址：",
        P("PROVINCE_STATE", a[0]),
        P("CITY", a[1]),
        P("ADDRESS_STREET", kt.zh_addr(c, a)),
        "　邮编：",
        P("POSTCODE", a[4]),
        "\n",
    )
    d.put("联系电话：", P("PHONE", kt.zh_mobile(c)), "\n")
    if c.chance(0.6):
        d.put("电子邮箱：", P("EMAIL", kt.zh_email(c)), "\n")
    d.put(
        "派出单位：",
        P("WORKPLACE", c.ch(("中铁某局项目部", "援外医疗队", "鑫源矿业有限公司", "长江航运公司"))),
        "\n",
    )
    country = c.ch(("尼日利亚", "安哥拉", "刚果（金）", "喀麦隆", "莫桑比克", "几内亚"))
    back = onset - dt.timedelta(days=c.ri(3, 20))
    d.put(
        "二、旅行史\n出境地：",
        country,
        "　回国日期：",
        P("DATE", kt.zh_date(c, back, c.pick("cn", "dash"))),
        "　航班：",
        c.ch(("ET684", "CA868", "EK308", "QR870")),
        "\n",
    )
    d.put(
        "发病日期：",
        P("DATE", kt.zh_date(c, onset, c.pick("cn", "dash", "slash"))),
        "　就诊单位：",
        P("HOSPITAL", kt.zh_hosp(c, a)),
        "\n",
    )
    d.add(
        "三、临床及实验室\n⟦fi|发热⟧⟦me|39.6℃⟧，⟦fi|寒战⟧；⟦lab|血涂片镜检恶性疟原虫阳性⟧，⟦lab|原虫密度 12000/μl⟧，⟦lab|疟原虫抗原快速检测阳性⟧。⟦an|脾脏⟧肋下⟦me|2cm⟧。\n"
    )
    d.put("血涂片编号：", P("ACCESSION", f"NJ-{c.digits(6)}"), "\n")
    d.add("治疗：⟦dr|青蒿琥酯⟧⟦do|2.4mg/kg⟧静脉注射，后改⟦dr|双氢青蒿素哌喹片⟧口服3天。\n")
    d.put(
        "调查人：",
        P("NAME_CLINICIAN", kt.zh_clin(c)),
        "　调查单位：",
        a[1],
        "疾病预防控制中心　传真：",
        P("FAX", kt.zh_land(c, a)),
        "\n",
    )
    if c.chance(0.6):
        d.put("直报终端IP：", P("IP", kt.ip4(c)), "\n")
    d.put("调查日期：", P("DATE", kt.zh_date(c, onset + dt.timedelta(days=c.ri(1, 3)), "dash")))
    return d


def zh25_bubing(c) -> Doc:
    """布鲁氏菌病病例个案调查表."""
    d = Doc()
    a = c.ch([x for x in kt.ZH_AREAS if x[3] in ("152502", "623027", "653129", "140213", "130203", "411625")])
    name, sex = kt.zh_person(c, "M" if c.chance(0.75) else "F")
    day = kt.rdate(c)
    age = c.ri(25, 72)
    d.put(
        a[1],
        "疾病预防控制中心\n布鲁氏菌病病例个案调查表\n编号：",
        P("OTHER_ID", f"BR{day.year}{c.digits(4)}"),
        "\n",
    )
    d.put(
        "患者姓名：",
        P("NAME_PATIENT", name),
        "　性别：",
        "男" if sex == "M" else "女",
        "　年龄：",
        str(age),
        "　职业：",
        c.ch(("牧民", "农民", "屠宰工", "兽医", "皮毛加工")),
        "\n",
    )
    d.put("身份证号：", P("ID_CARD", kt.zh_id(c, a, kt.dob_for_age(c, age, day), sex)), "\n")
    d.put("住址：", P("PROVINCE_STATE", a[0]), P("CITY", a[1]), P("ADDRESS_STREET", kt.zh_addr(c, a)))
    if c.chance(0.6):
        d.put("（邮编", P("POSTCODE", a[4]), "）")
    d.put("\n联系电话：", P("PHONE", kt.zh_mobile(c)), "\n")
    if c.chance(0.6):
        d.put("医保卡号：", P("INSURANCE", c.digits(16)), "\n")
    d.put(
        "发病日期：",
        P("DATE", kt.zh_date(c, day - dt.timedelta(days=c.ri(7, 40)), "cn")),
        "　诊断日期：",
        P("DATE", kt.zh_date(c, day, "cn")),
        "\n",
    )
    d.put("诊断单位：", P("HOSPITAL", kt.zh_hosp(c, a)), "\n")
    d.add("\n暴露史：家中饲养羊⟦me|60余只⟧，3月接羔时未戴手套。\n")
    if c.chance(0.7):
        d.put("近期曾用自家车辆（车牌", P("VEHICLE", kt.zh_plate(c, a)), "）运送病死羊。\n")
    d.add("临床表现：⟦fi|波状热⟧、⟦fi|多汗⟧、⟦fi|乏力⟧，⟦an|膝关节⟧疼痛，⟦fi|睾丸炎⟧。\n")
    d.add("实验室：⟦lab|虎红平板凝集试验阳性⟧，⟦lab|试管凝集试验 1:400（++）⟧，⟦lab|血培养布鲁氏菌生长⟧。\n")
    d.put("血清标本编号：", P("ACCESSION", f"XQ{c.digits(7)}"), "\n")
    d.add("治疗：⟦dr|多西环素⟧⟦do|100mg bid⟧联合⟦dr|利福平⟧⟦do|600mg qd⟧，疗程⟦do|6周⟧。\n")
    rel, _ = kt.zh_person(c)
    d.put(
        "同住家属：",
        P("NAME_RELATIVE", rel),
        "（",
        c.ch(("妻子", "丈夫", "儿子", "父亲")),
        "），已采血筛查。\n",
    )
    d.put(
        "调查人：",
        P("NAME_CLINICIAN", kt.zh_clin(c)),
        "、",
        P("NAME_CLINICIAN", kt.zh_clin(c)),
        "　疾控传真：",
        P("FAX", kt.zh_land(c, a)),
    )
    return d


def zh25_xuexichong(c) -> Doc:
    """晚期血吸虫病病人救治登记表."""
    d = Doc()
    a = c.ch([x for x in kt.ZH_AREAS if x[3] in ("361127", "421022", "430624", "532528")])
    name, sex = kt.zh_person(c)
    day = kt.rdate(c)
    age, age_v, over = kt.zh_age(c, 0.45)
    d.put(a[2], "晚期血吸虫病病人救治登记表\n登记号：", P("OTHER_ID", f"WX{a[3]}-{c.digits(4)}"), "\n")
    d.put(
        "姓名：", P("NAME_PATIENT", name), "　性别：", "男" if sex == "M" else "女", "　年龄：", age_v, "岁\n"
    )
    d.put("身份证号：", P("ID_CARD", kt.zh_id(c, a, kt.dob_for_age(c, age, day), sex)), "\n")
    d.put("新农合（城乡居民医保）证号：", P("INSURANCE", f"{a[3]}{c.digits(8)}"), "\n")
    d.put(
        "家庭住址：",
        P("PROVINCE_STATE", a[0]),
        P("CITY", a[1]),
        P("ADDRESS_STREET", kt.zh_addr(c, a)),
        "　邮编：",
        P("POSTCODE", a[4]),
        "\n",
    )
    rel, _ = kt.zh_person(c)
    d.put(
        "联系人：",
        P("NAME_RELATIVE", rel),
        "（",
        c.ch(("儿子", "女儿", "儿媳", "老伴")),
        "）　电话：",
        P("PHONE", kt.zh_mobile(c)),
        "\n",
    )
    d.put("救治医院：", P("HOSPITAL", kt.zh_hosp(c, a)), "　住院号：", P("MRN", c.digits(7)), "\n")
    d.put(
        "入院日期：",
        P("DATE", kt.zh_date(c, day, c.pick("cn", "dot"))),
        "　出院日期：",
        P("DATE", kt.zh_date(c, day + dt.timedelta(days=c.ri(6, 20)), c.pick("cn", "dot"))),
        "\n",
    )
    d.add("临床分型：⟦fi|腹水型⟧／⟦fi|巨脾型⟧\n")
    d.add(
        "检查：⟦lab|环卵沉淀试验阳性⟧，⟦lab|白蛋白 28g/L⟧，⟦pr|腹部彩超⟧示⟦fi|肝纤维化⟧（网格状改变），⟦an|门静脉⟧内径⟦me|1.5cm⟧。\n"
    )
    d.add(
        "治疗：⟦dr|吡喹酮⟧⟦do|60mg/kg⟧分次口服；⟦dr|螺内酯⟧⟦do|40mg tid⟧利尿；拟择期⟦pr|脾切除加贲门周围血管离断术⟧。\n"
    )
    d.put("结算单号：", P("ACCOUNT", f"JS{c.digits(12)}"), "　救治补助：", str(c.ri(3, 9) * 1000), "元\n")
    d.put(
        "经办人：",
        P("NAME_CLINICIAN", kt.zh_clin(c)),
        "　填表日期：",
        P("DATE", kt.zh_date(c, day + dt.timedelta(days=c.ri(21, 40)), "dash")),
    )
    return d


def zh25_dianxian(c) -> Doc:
    """癫痫患者随访记录单."""
    d = Doc()
    a = kt.zh_area(c)
    child = c.chance(0.45)
    name, sex = kt.zh_person(c)
    day = kt.rdate(c)
    age = c.ri(5, 14) if child else c.ri(18, 66)
    d.put(P("HOSPITAL", kt.zh_hosp(c, a)), "神经内科\n癫痫患者随访记录单\n")
    d.put("姓名：", P("NAME_PATIENT", name))
    if child and c.chance(0.7):
        d.put("（小名：", P("NAME_PATIENT", c.ch(kt.ZH_PET)), "）")
    d.put("　年龄：", str(age), "岁　病案号：", P("MRN", c.digits(8)), "\n")
    if child:
        rel, _ = kt.zh_person(c)
        d.put("监护人：", P("NAME_RELATIVE", rel), "（", c.ch(("母亲", "父亲", "奶奶")), "）　")
    d.put("联系电话：", P("PHONE", kt.zh_mobile(c)), "\n")
    d.put(
        "随访日期：",
        P("DATE", kt.zh_date(c, day)),
        "　末次发作：",
        P("DATE", kt.zh_date(c, day - dt.timedelta(days=c.ri(3, 90)), "md")),
        "\n",
    )
    d.add("发作类型：⟦fi|局灶性发作继发全面性强直-阵挛发作⟧，本月发作⟦me|2次⟧。\n")
    d.add(
        "用药：⟦dr|丙戊酸钠缓释片⟧⟦do|500mg bid⟧，⟦dr|左乙拉西坦⟧⟦do|0.5g bid⟧；⟦lab|丙戊酸血药浓度 72μg/ml⟧，⟦lab|谷丙转氨酶 35U/L⟧。\n"
    )
    d.put("视频脑电图检查号：", P("ACCESSION", f"EEG{c.digits(7)}"), "　")
    d.add("结果：⟦an|右侧颞区⟧⟦fi|尖慢波⟧。\n")
    if c.chance(0.4):
        d.put("迷走神经刺激器（VNS）脉冲发生器序列号：", P("DEVICE", f"{c.digits(5)}"), "，")
        d.add("参数⟦me|1.5mA⟧。\n")
    if not child and c.chance(0.5):
        d.put(
            "驾驶证号：",
            P("LICENSE", kt.zh_id(c, a, kt.dob_for_age(c, age, day), sex)),
            "（已告知发作控制前禁止驾驶）\n",
        )
    if c.chance(0.7):
        d.put(
            "发作日记小程序：",
            P("URL", f"https://epi.{c.ch(('hxyy', 'sdfy', 'xyyy'))}.cn/diary?u={c.token(8)}"),
            "　上次登录IP：",
            P("IP", kt.ip4(c)),
            "\n",
        )
    d.put(
        "随访医生：",
        P("NAME_CLINICIAN", kt.zh_clin(c)),
        "　下次随访：",
        P("DATE", kt.zh_date(c, day + dt.timedelta(days=c.ri(28, 90)), "dash")),
    )
    return d


ZH25_PART1 = [
    ("zh25_yindaojing", zh25_yindaojing),
    ("zh25_liuchan", zh25_liuchan),
    ("zh25_nueji", zh25_nueji),
    ("zh25_bubing", zh25_bubing),
    ("zh25_xuexichong", zh25_xuexichong),
    ("zh25_dianxian", zh25_dianxian),
]

#: all twelve Chinese templates of v25
TEMPLATES = ZH25_PART1 + templates_v25_zh2.ZH25_PART2
