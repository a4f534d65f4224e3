# Longer than 450 lines: v24's templates and value pools are data (a frozen holdout's source, not edited).
# ruff: noqa: E501  (documents are written line by line as they appear)
"""v24 Chinese templates, first half; TEMPLATES lists all 12 (README.md "v24")."""

from __future__ import annotations

import templates_v24_zh2
from _v24_kit import (
    ZH_FOREIGN,
    ZH_PET,
    ZH_WORKPLACES,
    Doc,
    P,
    dob,
    id_card,
    ipv4,
    passport,
    plus,
    rday,
    zh_address,
    zh_area,
    zh_cdc,
    zh_date,
    zh_email,
    zh_hospital,
    zh_land,
    zh_mobile,
    zh_person,
    zh_relative,
    zh_staff,
    zh_surname,
)


def _age(c, d, age, old):
    return [P("AGE_OVER_89", str(age)) if old else str(age), "岁"]


def zh24_shouzukou(c) -> Doc:
    d = Doc()
    a = zh_area(c)
    rep = rday(c)
    age = c.ri(1, 5)
    sex = c.ch("FM")
    sur = zh_person(c, sex, "plain")[0][0] if c.chance(0.8) else zh_person(c, sex, "compound")[0][:2]
    name = sur + c.ch(("梓萱", "一诺", "浩宇", "沐阳", "欣怡", "子睿", "语桐", "俊熙"))
    b = dob(c, age, rep)
    prole = c.ch(("父亲", "母亲", "奶奶", "外婆"))
    par = zh_relative(c, prole)
    hosp = zh_hospital(c, a)
    d.put("手足口病重症病例个案调查表\n")
    d.put(
        "报告卡编号：",
        P("OTHER_ID", f"{a[3]}{rep.year}{c.digits(6)}"),
        "    住院号：",
        P("MRN", c.digits(c.ri(6, 8))),
        "\n",
    )
    d.put("一、基本情况\n")
    d.put("患儿姓名：", P("NAME_PATIENT", name))
    if c.chance(0.5):
        d.put("（小名", P("NAME_PATIENT", c.ch(ZH_PET)), "）")
    d.put(
        f"  性别：{'男' if sex == 'M' else '女'}  出生日期：", P("DATE", zh_date(c, b)), f"  年龄：{age}岁\n"
    )
    if c.chance(0.5):
        d.put("患儿身份证号：", P("ID_CARD", id_card(c, a, b, sex)), "\n")
    d.put("家长姓名：", P("NAME_RELATIVE", par), f"（{prole}）  联系电话：", P("PHONE", zh_mobile(c)), "\n")
    d.put("现住址：", zh_address(c, a))
    if c.chance(0.4):
        d.put("  邮编：", P("POSTCODE", a[4]))
    d.put(
        "\n人群分类：",
        c.pick("散居儿童", "幼托儿童"),
        "  所在托幼机构：",
        c.pick("无", "阳光幼儿园小二班", "金苹果幼儿园中一班"),
        "\n",
    )
    onset = plus(rep, -c.ri(2, 5))
    d.put(
        "二、发病与就诊\n发病日期：",
        P("DATE", zh_date(c, onset, c.pick("cn", "md"))),
        "  首诊日期：",
        P("DATE", zh_date(c, plus(onset, 1), "md")),
        "  首诊单位：",
        P("HOSPITAL", zh_hospital(c, a, True)),
        "\n",
    )
    d.put("入院日期：", P("DATE", zh_date(c, rep, "dash")), "  入院单位：", P("HOSPITAL", hosp), "\n")
    d.put(
        f"三、临床表现：发热（最高⟦me|{c.fl(38.6, 40.2)}℃⟧），⟦an|手⟧、⟦an|足⟧、⟦an|臀部⟧⟦fi|斑丘疹⟧，⟦an|口腔⟧⟦fi|疱疹⟧；{c.pick('⟦fi|肢体抖动⟧、易惊', '⟦fi|呕吐⟧、精神差', '⟦fi|嗜睡⟧')}；⟦me|心率{c.ri(130, 180)}次/分⟧，⟦me|呼吸{c.ri(30, 52)}次/分⟧。\n"
    )
    d.put(
        f"实验室：⟦lab|白细胞{c.fl(12, 21)}×10^9/L⟧，⟦lab|血糖{c.fl(7.2, 11.5)}mmol/L⟧；{c.pick('⟦pr|头颅MRI⟧示⟦an|脑干⟧异常信号', '⟦pr|脑脊液检查⟧细胞数轻度升高', '⟦pr|胸片⟧未见异常')}。\n"
    )
    d.put(
        f"临床诊断：⟦fi|手足口病（重症）⟧，{c.pick('⟦fi|病毒性脑炎⟧', '⟦fi|神经源性肺水肿⟧待排', '⟦fi|脑干脑炎⟧')}。\n"
    )
    d.put(
        f"治疗：⟦dr|甘露醇⟧⟦do|0.5g/kg q8h⟧，⟦dr|静脉注射用人免疫球蛋白⟧⟦do|1g/kg qd×2天⟧，{c.pick('⟦dr|甲泼尼龙⟧⟦do|2mg/kg/d⟧', '⟦dr|米力农⟧⟦do|0.5μg/(kg·min)⟧')}。\n"
    )
    d.put(
        "四、标本采集：",
        c.pick("咽拭子", "粪便", "疱疹液"),
        "  标本编号：",
        P("ACCESSION", f"{a[3][:4]}-{rep.year % 100}-{c.digits(5)}"),
        "  采样日期：",
        P("DATE", zh_date(c, plus(rep, c.ri(0, 1)), "dash")),
        "  检测结果：",
        c.pick("⟦lab|EV71核酸阳性⟧", "⟦lab|CoxA16核酸阳性⟧", "⟦lab|CoxA6核酸阳性⟧"),
        "\n",
    )
    doc_ = zh_staff(c)
    d.put(
        "调查单位：",
        zh_cdc(a),
        "  调查者：",
        P("NAME_CLINICIAN", zh_staff(c)),
        "  调查日期：",
        P("DATE", zh_date(c, plus(rep, 1))),
        "\n",
    )
    d.put("临床医生：", P("NAME_CLINICIAN", doc_))
    if c.chance(0.6):
        d.put("  医师执业证书编号：", P("LICENSE", f"1{c.digits(2)}{a[3][:2]}{c.digits(10, False)}"))
    d.put("\n回传：", zh_cdc(a), "传染病科  传真 ", P("FAX", zh_land(c, a)), "\n")
    return d


def zh24_shiyuan(c) -> Doc:
    d = Doc()
    a = zh_area(c, False)
    vis = rday(c)
    foreign = c.chance(0.35)
    if foreign:
        name, sex = c.ch(ZH_FOREIGN)
    else:
        name, sex = zh_person(c)
    age = c.ri(16, 78)
    b = dob(c, age, vis)
    hosp = zh_hospital(c, a)
    d.put("食源性疾病病例监测信息表\n")
    d.put("监测医院：", P("HOSPITAL", hosp), "    门诊号：", P("MRN", c.digits(c.ri(8, 10))))
    if c.chance(0.5):
        d.put("    就诊卡号：", P("ACCOUNT", c.digits(12)))
    d.put("\n患者姓名：", P("NAME_PATIENT", name), f"  性别：{'男' if sex == 'M' else '女'}  年龄：{age}岁  ")
    if foreign:
        d.put("证件类型：护照  证件号码：", P("PASSPORT", passport(c, "intl")), "\n")
    else:
        d.put("身份证号：", P("ID_CARD", id_card(c, a, b, sex)), "\n")
    d.put("联系电话：", P("PHONE", zh_mobile(c)), "  ")
    if not foreign and c.chance(0.7):
        d.put("工作单位：", P("WORKPLACE", c.ch(ZH_WORKPLACES)), "\n")
    else:
        d.put("职业：", c.pick("游客", "学生", "离退休人员"), "\n")
        if foreign and c.chance(0.6):
            d.put(
                "邮箱（随访用）：",
                P(
                    "EMAIL",
                    c.pick(
                        f"{name.split()[0].lower()}.{c.digits(4)}@gmail.com",
                        f"{name.split()[-1].lower()}{c.digits(2)}@outlook.com",
                    ),
                ),
                "\n",
            )
    d.put(
        "现住址：",
        zh_address(c, a)
        if not foreign
        else [
            P("CITY", a[1]),
            P("ADDRESS_STREET", f"{a[2]}{c.ch(('锦江', '如家', '华住'))}酒店{c.ri(2, 18)}0{c.ri(1, 9)}房"),
        ],
        "\n",
    )
    eat = plus(vis, -c.ri(0, 2))
    d.put(
        "发病时间：",
        P("DATE", zh_date(c, eat, "dash")),
        f" {c.ri(0, 23):02d}时  就诊时间：",
        P("DATE", zh_date(c, vis, "dash")),
        "\n",
    )
    food = c.ch(
        (
            ("凉拌木耳", "⟦fi|米酵菌酸中毒⟧待排"),
            ("生食醉虾", "⟦fi|副溶血性弧菌感染⟧"),
            ("自采野生菌", "⟦fi|毒蘑菇中毒⟧"),
            ("隔夜米粉", "⟦fi|蜡样芽胞杆菌食物中毒⟧"),
            ("卤肉", "⟦fi|沙门菌感染⟧"),
        )
    )
    d.put(
        f"可疑食品：{food[0]}  进食场所：{c.pick('家庭', '餐馆', '单位食堂', '街头摊点')}  同餐人数：{(n_eat := c.ri(1, 8))}，发病人数：{c.ri(1, n_eat)}\n"
    )
    d.put(
        f"主要症状：⟦fi|腹泻⟧{c.ri(3, 15)}次/日（{c.pick('水样便', '黏液便', '血便')}），⟦fi|呕吐⟧{c.ri(1, 8)}次，⟦an|脐周⟧⟦fi|腹痛⟧，体温⟦me|{c.fl(36.8, 39.5)}℃⟧\n"
    )
    d.put(
        f"初步诊断：{food[1]}；⟦fi|急性胃肠炎⟧。⟦lab|大便常规白细胞{c.ri(5, 30)}/HP⟧，⟦lab|血钾{c.fl(2.9, 3.8)}mmol/L⟧\n"
    )
    d.put(
        f"处理：⟦dr|口服补液盐Ⅲ⟧⟦do|250ml 少量多次⟧，⟦dr|蒙脱石散⟧⟦do|3g tid⟧，{c.pick('⟦dr|左氧氟沙星片⟧⟦do|0.5g qd⟧', '⟦dr|氯化钾缓释片⟧⟦do|1g tid⟧', '⟦pr|洗胃⟧后留观')}\n"
    )
    d.put(
        "生物标本：",
        c.pick("粪便", "肛拭子", "呕吐物"),
        "  标本编号：",
        P("ACCESSION", f"SY{vis.year}{c.digits(6)}"),
        "  采样日期：",
        P("DATE", zh_date(c, vis, "md")),
        "\n",
    )
    d.put("填报医生：", P("NAME_CLINICIAN", zh_staff(c)), "  填报日期：", P("DATE", zh_date(c, vis)), "\n")
    d.put("【系统】已上报至食源性疾病监测报告系统  终端IP：", P("IP", ipv4(c)), "  接收单位：", zh_cdc(a))
    if c.chance(0.5):
        d.put("  传真：", P("FAX", zh_land(c, a)))
    d.put("\n")
    return d


def zh24_yesuan(c) -> Doc:
    d = Doc()
    a = zh_area(c, True)
    mo = rday(c)
    doc_ = zh_staff(c)
    d.put(f"增补叶酸预防神经管缺陷项目 叶酸发放登记表（{a[2]}）\n")
    d.put(
        "发放单位：",
        P("HOSPITAL", zh_hospital(c, a, True)),
        "  导出日期：",
        P("DATE", zh_date(c, plus(mo, 30), "dash")),
        "\n",
    )
    d.put("序号,姓名,身份证号,年龄,丈夫姓名,联系电话,住址,末次月经,发放日期,发放数量,发放人\n")
    for i in range(c.ri(4, 6)):
        name, sex = zh_person(c, "F", c.pick("plain", "plain", "minority"))
        age = c.ri(20, 41)
        b = dob(c, age, mo)
        hus, _ = zh_person(c, "M", "plain")
        d.put(f"{i + 1},", P("NAME_PATIENT", name), ",")
        if c.chance(0.12):
            d.put("港澳通行证", P("PASSPORT", passport(c, "gangao")))
        else:
            d.put(P("ID_CARD", id_card(c, a, b, "F")))
        town = (
            a[2]
            + c.ch(("城关镇", "龙潭镇", "三合镇"))
            + c.ch(("李家村", "大坪村", "团山村"))
            + f"{c.ri(1, 9)}组"
        )
        gd = plus(mo, c.ri(0, 28))
        d.put(
            f",{age},",
            P("NAME_RELATIVE", hus),
            ",",
            P("PHONE", zh_mobile(c)),
            ",",
            P("ADDRESS_STREET", town),
            ",",
            P("DATE", zh_date(c, plus(gd, -c.ri(10, 60)), c.pick("dash", "slash"))),
            ",",
            P("DATE", zh_date(c, gd, "dash")),
            f",{c.pick('⟦dr|叶酸片⟧⟦do|0.4mg×31片⟧×3瓶', '⟦dr|叶酸片⟧⟦do|0.4mg×31片⟧×2瓶', '⟦dr|叶酸片⟧⟦do|0.4mg×93片⟧')},",
            P("NAME_CLINICIAN", doc_ if c.chance(0.7) else zh_staff(c)),
            "\n",
        )
    d.put(
        f"备注：第{c.ri(1, 3)}行 既往生育⟦fi|神经管缺陷⟧儿（⟦fi|无脑儿⟧），改服⟦dr|叶酸片⟧⟦do|4mg qd⟧，转诊",
        P("HOSPITAL", zh_hospital(c, a)),
        "遗传咨询；第",
        str(c.ri(1, 3)),
        f"行 服用⟦dr|丙戊酸钠⟧，已建议⟦pr|孕前咨询⟧；⟦lab|血红蛋白{c.ri(92, 108)}g/L⟧，加服⟦dr|多糖铁复合物胶囊⟧⟦do|150mg qd⟧。\n",
    )
    d.put("导出终端：", P("IP", ipv4(c)), "  操作员：", P("NAME_CLINICIAN", zh_staff(c)), "\n")
    return d


def zh24_changjing(c) -> Doc:
    d = Doc()
    a = zh_area(c)
    ex = rday(c)
    old = c.chance(0.3)
    age = c.ri(90, 98) if old else c.ri(38, 89)
    foreign = c.chance(0.2)
    name, sex = c.ch(ZH_FOREIGN) if foreign else zh_person(c)
    hosp = zh_hospital(c, a)
    doc_, nur = zh_staff(c), zh_staff(c)
    d.put(P("HOSPITAL", hosp), " 消化内镜中心\n结肠镜检查报告\n")
    d.put(
        "姓名：",
        P("NAME_PATIENT", name),
        f"  性别：{'男' if sex == 'M' else '女'}  年龄：",
        _age(c, d, age, old),
        "  ",
    )
    d.put(
        c.pick("门诊号：", "住院号："),
        P("MRN", c.digits(c.ri(7, 10))),
        "  检查号：",
        P("ACCESSION", f"CJ{ex.year % 100}{c.digits(6)}"),
        "\n",
    )
    if foreign:
        d.put("护照号：", P("PASSPORT", passport(c, "intl")), "  ")
    if c.chance(0.6):
        d.put(
            "医保卡号：",
            P(
                "INSURANCE",
                c.pick(f"{a[3]}{c.digits(9, False)}", f"{c.letters(1)}{c.digits(9)}", c.digits(10)),
            ),
            "  ",
        )
    if c.chance(0.6):
        d.put("就诊卡号：", P("ACCOUNT", c.digits(10)), "  ")
    d.put("检查日期：", P("DATE", zh_date(c, ex)), "\n")
    d.put(
        f"肠道准备：⟦dr|复方聚乙二醇电解质散⟧⟦do|3L 分次服用⟧，⟦me|波士顿肠道准备评分{c.ri(5, 9)}分⟧  麻醉：{c.pick('⟦dr|丙泊酚⟧静脉麻醉', '无痛（⟦dr|丙泊酚⟧+⟦dr|芬太尼⟧）', '清醒')}\n"
    )
    d.put(f"进镜至⟦an|回肠末端⟧，退镜时间{c.ri(6, 14)}分钟。\n")
    f = c.ch(
        (
            ("⟦an|乙状结肠⟧", "⟦fi|绒毛状管状腺瘤⟧", "⟦pr|EMR⟧"),
            ("⟦an|升结肠⟧", "⟦fi|无蒂锯齿状病变⟧", "⟦pr|冷圈套切除⟧"),
            ("⟦an|直肠⟧", "⟦fi|直肠癌⟧", "⟦pr|活检⟧"),
            ("⟦an|横结肠⟧", "⟦fi|管状腺瘤⟧", "⟦pr|EMR⟧"),
        )
    )
    d.put(
        f"所见：{f[0]}见一大小约⟦me|{c.ri(4, 35)}mm⟧的{c.pick('Ⅰsp型', 'Ⅱa型', 'LST-G型')}隆起，⟦me|JNET 2A型⟧，行{f[2]}，⟦pr|钛夹夹闭⟧{c.ri(1, 4)}枚；余⟦an|结肠⟧散在⟦fi|憩室⟧。\n"
    )
    d.put(f"诊断：{f[0]}{f[1]}（待病理）；⟦fi|结肠憩室⟧\n")
    d.put(
        "病理号：",
        P("ACCESSION", f"B{ex.year}-{c.digits(5)}"),
        "  建议：",
        c.pick("3年后复查", "1年后复查", "⟦pr|胸腹盆增强CT⟧、⟦lab|CEA⟧，转胃肠外科"),
        "；术后禁食24小时，⟦dr|阿司匹林⟧停用7天\n",
    )
    d.put(
        "检查医生：",
        P("NAME_CLINICIAN", doc_),
        "  医师执业证书编号：",
        P("LICENSE", f"1{c.digits(2)}{a[3][:2]}{c.digits(10, False)}"),
        "  护士：",
        P("NAME_CLINICIAN", zh_surname(nur)),
        "护士\n",
    )
    if c.chance(0.7):
        d.put(
            "电子报告查询：",
            P("URL", f"https://endo.{c.pick('hos-report.example.cn', 'ydyy.example.cn')}/r/{c.token(10)}"),
            "\n",
        )
    return d


def zh24_fuju(c) -> Doc:
    d = Doc()
    a = zh_area(c)
    ev = rday(c)
    old = c.chance(0.35)
    age = c.ri(90, 99) if old else c.ri(8, 89)
    name, sex = zh_person(c)
    b = dob(c, age, ev)
    guard, _ = zh_person(c, None, "plain")
    kind = c.ch(("肢体", "听力", "肢体", "视力"))
    d.put("残疾人辅助器具适配评估表\n")
    d.put(
        "申请人：",
        P("NAME_PATIENT", name),
        f"  性别：{'男' if sex == 'M' else '女'}  年龄：",
        _age(c, d, age, old),
        "  出生日期：",
        P("DATE", zh_date(c, b, "dash")),
        "\n",
    )
    idn = id_card(c, a, b, sex)
    d.put(
        "残疾人证号：",
        P("OTHER_ID", f"{idn}{c.pick('4', '2', '3')}{c.ri(1, 4)}"),
        f"  残疾类别/等级：{kind}{c.pick('一', '二', '三')}级\n",
    )
    d.put("户籍地址：", zh_address(c, a))
    if c.chance(0.6):
        d.put("  邮编：", P("POSTCODE", a[4]))
    d.put(
        "\n监护人/联系人：",
        P("NAME_RELATIVE", guard),
        "（",
        c.pick("女儿", "儿子", "配偶", "母亲"),
        "） 电话：",
        P("PHONE", zh_mobile(c)),
        "\n",
    )
    if kind == "肢体":
        d.put(
            f"评估：{c.pick('⟦fi|脑梗死后遗症⟧，⟦an|右侧肢体⟧⟦fi|偏瘫⟧', '⟦fi|脊髓损伤⟧（⟦an|T10⟧）', '⟦fi|双下肢截肢⟧术后', '⟦fi|脑性瘫痪⟧（痉挛型）')}，⟦ep|Brunnstrom分期⟧Ⅲ期，⟦ep|Barthel指数⟧⟦me|{c.ri(15, 60)}分⟧，坐位平衡{c.pick('1级', '2级')}；⟦fi|压疮⟧风险⟦me|Braden评分{c.ri(10, 16)}分⟧。\n"
        )
        d.put("适配：手动轮椅（座宽⟦me|42cm⟧）序列号 ", P("DEVICE", f"WC{c.digits(9)}"))
        if c.chance(0.7):
            d.put("；防压疮坐垫 序列号 ", P("DEVICE", f"{c.letters(2)}{c.digits(8)}"))
        d.put("\n")
    elif kind == "听力":
        d.put(
            f"评估：⟦fi|感音神经性聋⟧，⟦me|右耳平均听阈{c.ri(55, 85)}dB HL⟧，⟦me|左耳{c.ri(55, 85)}dB HL⟧，⟦pr|纯音测听⟧+⟦pr|言语识别率测试⟧。\n"
        )
        d.put(
            "适配：耳背式助听器 右耳序列号 ",
            P("DEVICE", f"{c.digits(4)}{c.letters(1)}{c.digits(5)}"),
            "，左耳序列号 ",
            P("DEVICE", f"{c.digits(4)}{c.letters(1)}{c.digits(5)}"),
            "\n",
        )
    else:
        d.put(
            "评估：⟦fi|病理性近视⟧、⟦fi|黄斑变性⟧，⟦me|最佳矫正视力右0.08⟧，⟦me|左0.05⟧。\n适配：便携式电子助视器 序列号 ",
            P("DEVICE", f"EV{c.digits(8)}"),
            "，盲杖1根\n",
        )
    d.put(f"用药：{c.pick('⟦dr|巴氯芬片⟧⟦do|10mg tid⟧', '⟦dr|阿托伐他汀钙片⟧⟦do|20mg qn⟧', '无')}\n")
    d.put(
        "评估机构：",
        P("HOSPITAL", zh_hospital(c, a)),
        "康复医学科  评估人：",
        P("NAME_CLINICIAN", zh_staff(c)),
        c.pick("治疗师", "（康复治疗师）"),
        "  评估日期：",
        P("DATE", zh_date(c, ev)),
        "\n",
    )
    d.put(
        "审核：",
        a[2],
        "残联辅具中心  ",
        P("DATE", zh_date(c, plus(ev, c.ri(3, 15)), "md")),
        "  联系电话：",
        P("PHONE", zh_land(c, a)),
        "\n",
    )
    return d


def zh24_shengyu(c) -> Doc:
    d = Doc()
    a = zh_area(c, False)
    dl = rday(c)
    name, _ = zh_person(c, "F")
    age = c.ri(23, 42)
    b = dob(c, age, dl)
    sp, _ = zh_person(c, "M", "plain")
    hosp = zh_hospital(c, a)
    d.put("生育医疗费用及生育津贴申领审核表\n")
    d.put("申请人：", P("NAME_PATIENT", name), "  身份证号：", P("ID_CARD", id_card(c, a, b, "F")), "\n")
    d.put(
        "社会保障卡号：",
        P("INSURANCE", c.pick(f"{c.letters(1)}{c.digits(8)}", c.digits(9))),
        "  医保个人编号：",
        P("INSURANCE", f"{a[3]}{c.digits(10, False)}"),
        "\n",
    )
    d.put(
        "参保单位（用人单位）：",
        P("WORKPLACE", c.ch(ZH_WORKPLACES)),
        "  联系电话：",
        P("PHONE", zh_mobile(c)),
        "\n",
    )
    if c.chance(0.6):
        d.put("电子邮箱：", P("EMAIL", zh_email(c)), "\n")
    d.put("配偶姓名：", P("NAME_RELATIVE", sp), "\n")
    d.put(
        "分娩医院：",
        P("HOSPITAL", hosp),
        "  住院号：",
        P("MRN", c.digits(c.ri(6, 9))),
        "  入院：",
        P("DATE", zh_date(c, plus(dl, -c.ri(0, 2)), "dash")),
        "  出院：",
        P("DATE", zh_date(c, plus(dl, c.ri(2, 6)), "dash")),
        "\n",
    )
    mode = c.ch(("⟦pr|剖宫产术⟧", "⟦pr|阴道分娩⟧", "⟦pr|阴道分娩⟧+⟦pr|会阴侧切术⟧"))
    d.put(
        "分娩日期：",
        P("DATE", zh_date(c, dl)),
        f"  分娩方式：{mode}  孕周：{c.ri(35, 41)}+{c.ri(0, 6)}周  胎数：{c.pick('单胎', '单胎', '双胎')}\n",
    )
    d.put(
        f"并发症：{c.pick('⟦fi|妊娠期糖尿病⟧（⟦dr|门冬胰岛素⟧⟦do|4U 三餐前⟧）', '⟦fi|子痫前期⟧（⟦dr|硫酸镁⟧⟦do|1g/h⟧泵入）', '⟦fi|产后出血⟧⟦me|1200ml⟧，⟦dr|缩宫素⟧⟦do|10U⟧', '无')}\n"
    )
    d.put("出生医学证明编号：", P("OTHER_ID", f"{c.letters(1)}{c.digits(9)}"), "\n")
    d.put(
        "结算单号：",
        P("ACCOUNT", f"JS{dl.year}{c.digits(10)}"),
        f"  医疗总费用：{c.ri(3000, 21000)}.{c.digits(2, False)}元  统筹支付：{c.ri(2000, 9000)}元\n",
    )
    d.put("津贴邮寄地址：", zh_address(c, a), "  邮编：", P("POSTCODE", a[4]), "\n")
    d.put(
        f"产假天数：{c.pick('158', '188', '128')}天  经办人：",
        P("NAME_CLINICIAN", zh_staff(c)),
        "  受理日期：",
        P("DATE", zh_date(c, plus(dl, c.ri(20, 80)), "dot")),
        "\n",
    )
    if c.chance(0.5):
        d.put(
            "线上申领链接：",
            P("URL", f"https://ybj.{c.pick('gov-example.cn', 'rsj-example.cn')}/sy/{c.token(9)}"),
            "\n",
        )
    return d


TEMPLATES = [
    ("zh24_shouzukou", zh24_shouzukou),
    ("zh24_shiyuan", zh24_shiyuan),
    ("zh24_yesuan", zh24_yesuan),
    ("zh24_changjing", zh24_changjing),
    ("zh24_fuju", zh24_fuju),
    ("zh24_shengyu", zh24_shengyu),
    *templates_v24_zh2.TEMPLATES,
]
