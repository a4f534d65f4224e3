# Longer than 450 lines: v24's templates and value pools are data (a frozen holdout's source, not edited).
# ruff: noqa: E501  (documents are written line by line as they appear)
"""v24 Chinese templates, second half (README.md "v24")."""

from __future__ import annotations

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
    zh_date,
    zh_email,
    zh_hospital,
    zh_land,
    zh_mobile,
    zh_person,
    zh_plate,
    zh_relative,
    zh_staff,
    zh_surname,
)

_CN_NUM = {
    90: "九十",
    91: "九十一",
    92: "九十二",
    93: "九十三",
    94: "九十四",
    95: "九十五",
    96: "九十六",
    97: "九十七",
    98: "九十八",
}


def zh24_wogou(c) -> Doc:
    d = Doc()
    a = zh_area(c)
    day = rday(c)
    school = c.pick(f"{a[2]}实验小学", f"{a[2]}第三小学", f"{a[2]}民族小学")
    doc_ = zh_staff(c)
    d.put(
        f"儿童口腔疾病综合干预项目 窝沟封闭登记表\n学校：{school}  年级：二年级{c.ri(1, 6)}班  检查日期：",
        P("DATE", zh_date(c, day)),
        "\n",
    )
    d.put(
        "实施机构：",
        P("HOSPITAL", zh_hospital(c, a, True) if c.chance(0.5) else zh_hospital(c, a)),
        "口腔科\n",
    )
    d.put(
        "| 学籍号 | 姓名 | 性别 | 出生日期 | 家长电话 | ⟦an|16⟧ | ⟦an|26⟧ | ⟦an|36⟧ | ⟦an|46⟧ | 龋齿 | 处理 |\n"
    )
    for _ in range(c.ri(4, 6)):
        sex = c.ch("FM")
        name, _ = zh_person(c, sex, c.pick("plain", "plain", "compound", "minority"))
        b = dob(c, c.ri(7, 8), day)
        d.put("| ", P("OTHER_ID", f"G{id_card(c, a, b, sex)}"), " | ", P("NAME_PATIENT", name))
        if c.chance(0.2):
            d.put("（", P("NAME_PATIENT", c.ch(ZH_PET)), "）")
        d.put(
            f" | {'男' if sex == 'M' else '女'} | ",
            P("DATE", zh_date(c, b, "dash")),
            " | ",
            P("PHONE", zh_mobile(c)),
            " | ",
        )
        d.put(" | ".join(c.pick("封", "封", "已萌未封", "未萌", "龋") for _ in range(4)))
        d.put(
            f" | {c.pick('无', '⟦fi|乳牙龋⟧', '⟦fi|恒牙龋⟧')} | {c.pick('⟦pr|窝沟封闭⟧', '⟦pr|窝沟封闭⟧+⟦pr|局部涂氟⟧', '转诊⟦pr|充填治疗⟧')} |\n"
        )
    d.put("材料：光固化封闭剂；涂氟：⟦dr|含氟涂料⟧（⟦do|5%氟化钠 0.25ml⟧）。⟦fi|龋失补牙数⟧统计见附表。\n")
    d.put("检查医生：", P("NAME_CLINICIAN", doc_), "  记录：", P("NAME_CLINICIAN", zh_staff(c)), "\n")
    if c.chance(0.5):
        d.put(
            "告知书（家长扫码查看）：",
            P("URL", f"https://kq.{c.pick('health-example.cn', 'wjw-example.cn')}/wg/{c.token(8)}"),
            "\n",
        )
    if c.chance(0.35):
        d.put("第", str(c.ri(1, 4)), "行家长邮箱：", P("EMAIL", zh_email(c)), "（要求发送结果）\n")
    return d


def zh24_tunyan(c) -> Doc:
    d = Doc()
    a = zh_area(c)
    day = rday(c)
    old = c.chance(0.6)
    age = c.ri(90, 98) if old else c.ri(55, 89)
    name, sex = zh_person(c)
    frole = c.ch(("儿子", "女儿", "老伴", "孙子"))
    fam = zh_relative(c, frole if frole != "老伴" else ("老伴" if sex == "F" else "老伴（女）"))
    nur = zh_staff(c)
    st = zh_staff(c)
    d.put(P("HOSPITAL", zh_hospital(c, a)), " 神经内科\n卒中后吞咽障碍筛查及评估记录\n")
    age_txt = P("AGE_OVER_89", c.pick(str(age), _CN_NUM.get(age, str(age)))) if old else str(age)
    d.put(
        f"床号：{c.ri(1, 48)}  姓名：",
        P("NAME_PATIENT", name),
        f"  性别：{'男' if sex == 'M' else '女'}  年龄：",
        age_txt,
        "岁  住院号：",
        P("MRN", c.digits(c.ri(7, 9))),
        "\n",
    )
    if c.chance(0.6):
        d.put("医保卡号：", P("INSURANCE", c.pick(c.digits(10), f"{a[3]}{c.digits(8, False)}")), "\n")
    d.put(
        f"诊断：⟦fi|急性脑梗死⟧（⟦an|{c.pick('左侧基底节区', '右侧脑桥', '延髓背外侧')}⟧），⟦me|NIHSS评分{c.ri(3, 16)}分⟧；{c.pick('⟦fi|高血压病3级⟧', '⟦fi|心房颤动⟧', '⟦fi|2型糖尿病⟧')}\n"
    )
    d.put("筛查日期：", P("DATE", zh_date(c, day)), "\n")
    grade = c.ri(1, 5)
    d.put(f"1. 意识清楚，可维持坐位⟦me|15分钟⟧；⟦me|GCS {c.ri(13, 15)}分⟧\n")
    d.put(
        f"2. ⟦ep|洼田饮水试验⟧：30ml温水，⟦me|{c.pick('Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ')}级⟧（{c.pick('一饮而尽无呛咳', '分两次咽下无呛咳', '能一次咽下但有呛咳', '分两次以上咽下有呛咳', '频繁呛咳不能全部咽下')}）\n"
    )
    d.put(
        f"3. ⟦me|EAT-10评分{c.ri(3, 30)}分⟧；⟦pr|容积-黏度吞咽测试（V-VST）⟧：{c.pick('中稠度5ml安全', '低稠度出现咳嗽')}\n"
    )
    if grade >= 3:
        d.put(
            "4. ⟦pr|电视X线透视吞咽功能检查⟧：影像号 ",
            P("ACCESSION", f"DR{c.digits(8)}"),
            f"，⟦fi|误吸⟧，⟦me|PAS {c.ri(5, 8)}级⟧，⟦an|梨状窝⟧滞留\n",
        )
        d.put(
            "处理：禁经口进食，留置⟦pr|鼻胃管⟧，⟦dr|肠内营养乳剂（TPF）⟧⟦do|1000ml/d 泵入⟧；⟦dr|奥美拉唑⟧⟦do|20mg qd⟧鼻饲；言语治疗师 ",
            P("NAME_CLINICIAN", st),
            " 行⟦pr|神经肌肉电刺激⟧\n",
        )
    else:
        d.put(
            "处理：软食+增稠剂，⟦dr|阿司匹林肠溶片⟧⟦do|100mg qd⟧口服，⟦dr|阿托伐他汀钙片⟧⟦do|20mg qn⟧口服，进食时抬高床头⟦me|30°⟧\n"
        )
    d.put(
        "已向家属 ",
        P("NAME_RELATIVE", fam),
        f"（{frole}，电话",
        P("PHONE", zh_mobile(c)),
        "）交代误吸及⟦fi|吸入性肺炎⟧风险。\n",
    )
    d.put("筛查护士：", P("NAME_CLINICIAN", nur), "  复评：", P("DATE", zh_date(c, plus(day, 7), "md")), "\n")
    return d


def zh24_chanhou_yiyu(c) -> Doc:
    d = Doc()
    a = zh_area(c)
    day = rday(c)
    name, _ = zh_person(c, "F")
    age = c.ri(21, 41)
    b = dob(c, age, day)
    hus, _ = zh_person(c, "M", "plain")
    score = c.ri(4, 24)
    d.put("产后抑郁筛查（EPDS）及转介记录\n")
    d.put(
        "产妇：",
        P("NAME_PATIENT", name),
        f"  年龄：{age}岁  身份证：",
        P("ID_CARD", id_card(c, a, b, "F")),
        "\n",
    )
    d.put(
        "分娩日期：",
        P("DATE", zh_date(c, plus(day, -c.ri(28, 42)))),
        "  分娩医院：",
        P("HOSPITAL", zh_hospital(c, a)),
        "\n",
    )
    d.put("现住址：", zh_address(c, a))
    if c.chance(0.5):
        d.put("  邮编：", P("POSTCODE", a[4]))
    d.put(
        "\n联系电话：",
        P("PHONE", zh_mobile(c)),
        "  丈夫：",
        P("NAME_RELATIVE", hus),
        " ",
        P("PHONE", zh_mobile(c)),
        "\n",
    )
    if c.chance(0.4):
        d.put("工作单位：", P("WORKPLACE", c.ch(ZH_WORKPLACES)), "（产假中）\n")
    if c.chance(0.7):
        d.put("邮箱：", P("EMAIL", zh_email(c)), "\n")
    d.put(
        "筛查日期：",
        P("DATE", zh_date(c, day, "dash")),
        f"（产后{c.ri(28, 42)}天，⟦pr|产后42天健康检查⟧时）\n",
    )
    d.put(
        f"⟦me|EPDS总分{score}分⟧，第10题（伤害自己的想法）：{c.pick('从不', '很少', '有时')}；⟦me|PHQ-9 {c.ri(3, 20)}分⟧；⟦me|GAD-7 {c.ri(2, 17)}分⟧\n"
    )
    d.put(
        f"相关情况：{c.pick('⟦fi|母乳喂养困难⟧', '婴儿⟦fi|早产⟧住NICU', '睡眠不足', '与婆婆同住矛盾多')}；既往{c.pick('⟦fi|抑郁症⟧病史', '无精神疾病史')}；⟦lab|TSH {c.fl(0.5, 6.8, 2)} mIU/L⟧\n"
    )
    if score >= 13:
        d.put(
            "结论：⟦fi|产后抑郁⟧高风险，转介",
            P(
                "HOSPITAL",
                c.pick(
                    f"{a[1][:-1]}精神卫生中心" if a[1].endswith("市") else f"{a[1]}精神卫生中心",
                    f"{a[1][:2]}市心理医院",
                ),
            ),
            "心理门诊；",
            f"{c.pick('建议⟦dr|舍曲林⟧⟦do|50mg qd⟧（哺乳期相对安全）', '暂行⟦pr|认知行为治疗⟧')}\n",
        )
    else:
        d.put("结论：暂无需转介，产后3个月复筛\n")
    d.put("互联网医院问诊单号：", P("ACCOUNT", f"WZ{day.year}{c.digits(9)}"), "\n")
    d.put(
        "随访问卷：",
        P("URL", f"https://fy.{c.pick('mch-example.cn', 'fybj-example.cn')}/epds?id={c.token(10)}"),
        "\n",
    )
    d.put(
        "筛查人：", P("NAME_CLINICIAN", zh_surname(zh_staff(c))), c.pick("医生", "护士"), "  心理热线已告知\n"
    )
    return d


def zh24_zhongdu(c) -> Doc:
    d = Doc()
    a = zh_area(c, True) if c.chance(0.7) else zh_area(c)
    day = rday(c)
    name, sex = zh_person(c)
    age = c.ri(16, 86)
    b = dob(c, age, day)
    fam, _ = zh_person(c, None, "plain")
    hosp = zh_hospital(c, a)
    agent = c.ch(
        (
            ("敌敌畏", "有机磷"),
            ("百草枯", "除草剂"),
            ("毒鼠强", "杀鼠剂"),
            ("草甘膦", "除草剂"),
            ("溴氰菊酯", "拟除虫菊酯"),
        )
    )
    d.put("农药中毒报告卡\n")
    d.put(
        "卡片编号：",
        P("OTHER_ID", f"NY{a[3]}{day.year}{c.digits(4)}"),
        "  报告单位：",
        P("HOSPITAL", hosp),
        "  住院号：",
        P("MRN", c.digits(c.ri(6, 8))),
        "\n",
    )
    d.put(
        "姓名：",
        P("NAME_PATIENT", name),
        f"  性别：{'男' if sex == 'M' else '女'}  年龄：{age}岁  身份证号：",
        P("ID_CARD", id_card(c, a, b, sex)),
        "\n",
    )
    d.put("住址：", zh_address(c, a), "\n")
    if c.chance(0.5):
        d.put("新农合证号：", P("INSURANCE", f"{a[3]}{c.digits(8, False)}"), "  ")
    if c.chance(0.3):
        d.put(
            "工作单位：", P("WORKPLACE", c.ch(("兴旺农业专业合作社", "金穗食品厂", "绿源果蔬种植基地"))), "  "
        )
    d.put("联系电话：", P("PHONE", zh_mobile(c)), "\n")
    d.put(
        f"中毒农药名称：{agent[0]}（{agent[1]}）  中毒类型：{c.pick('生产性', '非生产性（误服）', '非生产性（自服）')}\n"
    )
    d.put("中毒日期：", P("DATE", zh_date(c, day)), "  送医方式：", c.pick("120救护车", "家属自驾"))
    if c.chance(0.5):
        d.put("（车牌", P("VEHICLE", zh_plate(c, a)), "）")
    d.put("\n陪同家属：", P("NAME_RELATIVE", fam), " ", P("PHONE", zh_mobile(c)), "\n")
    if agent[1] == "有机磷":
        d.put(
            f"临床：⟦fi|瞳孔缩小⟧，⟦fi|肌颤⟧，⟦an|双肺⟧湿啰音；⟦lab|胆碱酯酶活力{c.ri(18, 45)}%⟧。⟦pr|洗胃⟧，⟦dr|阿托品⟧⟦do|5mg iv⟧至阿托品化，⟦dr|碘解磷定⟧⟦do|1.0g im⟧\n"
        )
    elif agent[0] == "百草枯":
        d.put(
            f"临床：⟦an|口咽部⟧⟦fi|溃疡⟧，⟦lab|尿百草枯定性阳性⟧，⟦lab|血肌酐{c.ri(90, 300)}μmol/L⟧；⟦pr|血液灌流⟧2次，⟦dr|甲泼尼龙⟧⟦do|15mg/kg⟧\n"
        )
    else:
        d.put(
            f"临床：{c.pick('⟦fi|抽搐⟧反复发作', '⟦fi|恶心⟧、⟦fi|头晕⟧')}，⟦me|GCS {c.ri(8, 15)}分⟧；⟦dr|地西泮⟧⟦do|10mg iv⟧，⟦pr|洗胃⟧，⟦dr|苯巴比妥钠⟧⟦do|0.1g im q8h⟧\n"
        )
    d.put(
        f"转归：{c.pick('治愈', '好转', '死亡', '未愈')}  报告医生：",
        P("NAME_CLINICIAN", zh_staff(c)),
        "  医师执业证书编号：",
        P("LICENSE", f"1{c.digits(2)}{a[3][:2]}{c.digits(10, False)}"),
        "\n",
    )
    d.put(
        "填卡日期：",
        P("DATE", zh_date(c, plus(day, c.ri(0, 3)), "dash")),
        "  传真至疾控：",
        P("FAX", zh_land(c, a)),
        "\n",
    )
    return d


def zh24_zhongshu(c) -> Doc:
    d = Doc()
    a = zh_area(c, False)
    day = rday(c)
    kind = c.ch(("work", "work", "work", "elder"))
    foreign = kind == "work" and c.chance(0.75)
    if kind == "elder":
        name, sex = zh_person(c)
        old = c.chance(0.8)
        age = c.ri(90, 97) if old else c.ri(75, 89)
    else:
        name, sex = c.ch(ZH_FOREIGN) if foreign else zh_person(c, "M")
        old, age = False, c.ri(19, 58)
    b = dob(c, age, day)
    d.put("高温中暑病例报告卡\n")
    d.put(
        "报告单位：",
        P("HOSPITAL", zh_hospital(c, a)),
        " 急诊科  急诊号：",
        P("MRN", c.digits(c.ri(8, 10))),
        "\n",
    )
    d.put(
        "姓名：",
        P("NAME_PATIENT", name),
        f"  性别：{'男' if sex == 'M' else '女'}  年龄：",
        P("AGE_OVER_89", str(age)) if old else str(age),
        "岁  ",
    )
    if foreign:
        d.put("证件：", c.pick("护照", "外国人永久居留身份证"), " ", P("PASSPORT", passport(c, "intl")), "\n")
    else:
        d.put("身份证号：", P("ID_CARD", id_card(c, a, b, sex)), "\n")
    d.put("现住址：", zh_address(c, a), "  电话：", P("PHONE", zh_mobile(c)), "\n")
    if kind == "work":
        d.put(
            "用人单位：",
            P("WORKPLACE", c.ch(ZH_WORKPLACES)),
            f"  工种：{c.pick('钢筋工', '外卖骑手', '快递分拣', '环卫工')}  工伤保险个人编号：",
            P("INSURANCE", f"GS{c.digits(10)}"),
            "\n",
        )
        if c.chance(0.5):
            d.put("驾驶证号：", P("LICENSE", c.digits(12)), "  车牌：", P("VEHICLE", zh_plate(c, a)), "\n")
        d.put(
            f"发病地点：{c.pick('工地露天作业', '配送途中', '仓库（无空调）')}，当日最高气温⟦me|{c.ri(36, 41)}℃⟧，连续作业{c.ri(4, 10)}小时\n"
        )
    else:
        d.put("发病地点：家中（独居，未开空调），邻居发现；⟦fi|高血压病⟧，服⟦dr|氢氯噻嗪⟧⟦do|25mg qd⟧\n")
    d.put("发病日期：", P("DATE", zh_date(c, day)), "\n")
    sev = c.ch(("⟦fi|热射病⟧", "⟦fi|热痉挛⟧", "⟦fi|热衰竭⟧"))
    d.put(
        f"临床：⟦me|核心体温{c.fl(38.5, 42.1)}℃⟧，{c.pick('⟦fi|意识障碍⟧', '⟦fi|肌肉痉挛⟧', '大汗、乏力')}；⟦lab|肌酸激酶{c.ri(400, 28000)}U/L⟧，⟦lab|血钠{c.ri(126, 140)}mmol/L⟧，⟦lab|ALT {c.ri(30, 900)}U/L⟧\n"
    )
    d.put(
        f"诊断：{sev}（{c.pick('重症', '轻症')}）  处理：⟦pr|冰水浸浴⟧降温，⟦dr|0.9%氯化钠注射液⟧⟦do|1000ml ivgtt⟧，{c.pick('⟦pr|气管插管⟧', '⟦pr|连续性肾脏替代治疗⟧', '留观')}\n"
    )
    d.put(
        "报告人：",
        P("NAME_CLINICIAN", zh_staff(c)),
        "  报告时间：",
        P("DATE", zh_date(c, day, "dash")),
        f" {c.ri(10, 23)}:{c.ri(10, 59)}\n",
    )
    d.put("网络直报 IP：", P("IP", ipv4(c)), "\n")
    return d


def zh24_xinfei(c) -> Doc:
    d = Doc()
    a = zh_area(c, False)
    day = rday(c)
    old = c.chance(0.35)
    age = c.ri(90, 96) if old else c.ri(35, 89)
    foreign = c.chance(0.35)
    name, sex = c.ch(ZH_FOREIGN) if foreign else zh_person(c)
    b = dob(c, age, day)
    fam, _ = zh_person(c, None, "plain")
    hosp = zh_hospital(c, a)
    d.put("院外心脏骤停（OHCA）登记表（⟦ep|乌斯坦因⟧模式）\n")
    d.put(
        "任务单号：",
        P("OTHER_ID", f"{day.year}{day.month:02d}{c.digits(7)}"),
        "  出车日期：",
        P("DATE", zh_date(c, day)),
        "  急救车：",
        P("VEHICLE", zh_plate(c, a)),
        "\n",
    )
    d.put(
        "调度员：",
        P("NAME_CLINICIAN", zh_staff(c)),
        "  随车医生：",
        P("NAME_CLINICIAN", zh_staff(c)),
        "  护士：",
        P("NAME_CLINICIAN", zh_surname(zh_staff(c))),
        "护士\n",
    )
    d.put(
        "事发地址：",
        P("CITY", a[1]),
        P(
            "ADDRESS_STREET",
            f"{a[2]}{c.pick('人民中路', '文昌路', '青年路')}{c.ri(1, 300)}号{c.pick('菜市场门口', '小区内', '地铁站B口', '家中')}",
        ),
        "\n",
    )
    d.put("患者：", P("NAME_PATIENT", name), f"  性别：{'男' if sex == 'M' else '女'}  年龄：")
    d.put(P("AGE_OVER_89", str(age)) if old else str(age), "岁  ")
    if foreign:
        d.put("护照号：", P("PASSPORT", passport(c, "intl")), "\n")
    elif c.chance(0.6):
        d.put("身份证号：", P("ID_CARD", id_card(c, a, b, sex)), "\n")
    else:
        d.put("身份不明（后由家属确认）\n")
    d.put(
        "报告人/目击者：",
        P("NAME_RELATIVE", zh_relative(c, (wrole := c.ch(("路人", "妻子", "儿子", "保安"))))),
        f"（{wrole}） 电话：",
        P("PHONE", zh_mobile(c)),
        "\n",
    )
    d.put(
        f"目击倒地：是  旁观者⟦pr|心肺复苏⟧：{c.pick('是', '否')}  公共⟦pr|AED⟧使用：{c.pick('是（电击1次）', '否')}\n"
    )
    d.put(
        f"首次心律：{c.pick('⟦fi|心室颤动⟧', '⟦fi|心搏停止⟧', '⟦fi|无脉性电活动⟧')}  ⟦pr|电除颤⟧{c.ri(0, 5)}次（⟦do|200J⟧）  ⟦dr|肾上腺素⟧⟦do|1mg iv q3-5min⟧ ×{c.ri(1, 6)}  ⟦dr|胺碘酮⟧⟦do|300mg iv⟧\n"
    )
    d.put(
        f"⟦me|ROSC⟧：{c.pick('有（现场）', '无', '有（途中）')}  呼救至到达：{c.ri(6, 22)}分钟  ⟦lab|血乳酸{c.fl(4, 15)}mmol/L⟧（到院）\n"
    )
    if c.chance(0.3):
        d.put(
            "既往⟦fi|扩张型心肌病⟧，植入ICD，序列号 ",
            P("DEVICE", f"{c.letters(3)}{c.digits(6)}"),
            "（家属提供卡片）\n",
        )
    d.put(
        "送达医院：",
        P("HOSPITAL", hosp),
        "  急诊号：",
        P("MRN", c.digits(c.ri(8, 10))),
        "  家属：",
        P("NAME_RELATIVE", fam),
        " ",
        P("PHONE", zh_mobile(c)),
        "\n",
    )
    if c.chance(0.6):
        d.put(
            "数据上报：OHCA登记平台 终端IP ",
            P("IP", ipv4(c)),
            "  上报日期：",
            P("DATE", zh_date(c, plus(day, c.ri(1, 7)), "dash")),
            "\n",
        )
    return d


TEMPLATES = [
    ("zh24_wogou", zh24_wogou),
    ("zh24_tunyan", zh24_tunyan),
    ("zh24_chanhou_yiyu", zh24_chanhou_yiyu),
    ("zh24_zhongdu", zh24_zhongdu),
    ("zh24_zhongshu", zh24_zhongshu),
    ("zh24_xinfei", zh24_xinfei),
]
