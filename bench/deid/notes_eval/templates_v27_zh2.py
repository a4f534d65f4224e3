# Longer than 450 lines: six whole Chinese document templates, each a literal layout with its own fields.
"""v27 Chinese templates, part 2 (6 of 12). README.md "v27"."""

# ruff: noqa: E501  (document lines are data)

from __future__ import annotations

import _v27_kit as k
from _v27_kit import Doc, P


def _age_p(age):
    return P("AGE_OVER_89", str(age)) if age > 89 else str(age)


def _surname(n):
    return next((s for s in ("欧阳", "司马", "上官") if n.startswith(s)), n[0])


def _later(c, ref, days):
    return ref.fromordinal(ref.toordinal() + c.ri(1, days))


def zh27_zaosheng(c):
    """职业性噪声聋诊断记录 (纯音测听复查 table)."""
    d = Doc()
    a = k.zh_area(c, False)
    ref = k.ddate(c)
    name, sex = k.zh_name(c, c.pick("M", "M", "F"))
    dob = k.dob_for_age(c, c.ri(30, 60), ref)
    emp = c.ch(
        (
            "东方纺织印染有限公司",
            "重型机械制造厂",
            "华鼎水泥有限公司",
            "飞跃钢管厂",
            "永兴木业加工厂",
            "长城铸造有限公司",
        )
    )
    inst = f"{a[1]}职业病防治院"
    d.put(
        P("HOSPITAL", inst),
        "\n职业性噪声聋诊断记录\n诊断证明书编号：",
        P("OTHER_ID", f"{a[3][:4]}ZY{ref.year}{c.digits(4, False)}"),
        "\n\n",
    )
    d.put(
        "劳动者：",
        P("NAME_PATIENT", name),
        "  性别：",
        "男" if sex == "M" else "女",
        "  出生日期：",
        P("DATE", k.zd(dob, "cn")),
        "\n",
    )
    d.put(
        "身份证号：",
        P("ID_CARD", k.id_card(c, a[3], dob, sex)),
        "  社保卡号：",
        P("INSURANCE", f"{c.letters(1)}{c.digits(8, False)}"),
        "\n",
    )
    d.put(
        "用人单位：",
        P("WORKPLACE", emp),
        f"  噪声作业工龄：{c.ri(3, 30)}年  岗位噪声：⟦me|{c.ri(88, 105)}dB(A)⟧\n",
    )
    d.put(
        "住址：", k.zh_addr(c, a), "  邮编：", P("POSTCODE", a[4]), "  电话：", P("PHONE", k.mobile(c)), "\n"
    )
    if c.chance(0.5):
        d.put(
            "邮箱：",
            P(
                "EMAIL",
                f"{c.pick('wang', 'li', 'zhang', 'liu')}{c.ri(1960, 2001)}@{c.pick('163.com', 'qq.com', 'sina.com')}",
            ),
            "\n",
        )
    d.put(
        "体检流水号：",
        P("ACCOUNT", f"TJ{c.digits(10, False)}"),
        "  测听检查号：",
        P("ACCESSION", f"TL{c.digits(7, False)}"),
        "\n\n",
    )
    d.put("纯音测听（脱离噪声48小时后，三次复查）\n")
    d.put(f"{'日期':<12}{'耳别':<4}{'500':>6}{'1k':>6}{'2k':>6}{'3k':>6}{'4k':>6}{'6k':>6}\n")
    for i in range(3):
        dd = ref.fromordinal(ref.toordinal() - 14 * (2 - i))
        for ear in ("右", "左"):
            ds = k.zd(dd, "dash")
            d.put(
                [P("DATE", ds), " " * (12 - len(ds))] if ear == "右" else " " * 12,
                f"{ear:<4}",
                "".join(f"{c.ri(20, 70):>6}" for _ in range(6)),
                "\n",
            )
    avg = c.ri(26, 60)
    d.put(
        f"\n双耳高频平均听阈 ⟦me|{avg + 10}dB HL⟧，较好耳语频平均听阈 ⟦me|{avg}dB HL⟧。⟦ep|Rinne试验⟧阳性，⟦ep|Weber试验⟧居中。⟦pr|声导抗⟧ ⟦me|A型⟧，⟦pr|耳声发射⟧未引出。\n"
    )
    d.put(
        "诊断结论：",
        c.pick(
            "⟦fi|职业性轻度噪声聋⟧",
            "⟦fi|职业性中度噪声聋⟧",
            "⟦fi|职业性重度噪声聋⟧",
            "不能诊断为职业性噪声聋（⟦fi|噪声性听力损伤⟧）",
        ),
        "\n",
    )
    d.put(
        "合并：", c.pick("⟦fi|高血压病⟧，服⟦dr|硝苯地平控释片⟧", "无", "⟦fi|耳鸣⟧，⟦dr|银杏叶提取物⟧"), "\n\n"
    )
    d.put("诊断医师（三人）：\n")
    for _ in range(3):
        d.put(
            "  ", P("NAME_CLINICIAN", k.zh_name(c)[0]), "  执业证书编号 ", P("LICENSE", k.zh_license(c)), "\n"
        )
    d.put(
        "诊断日期：",
        P("DATE", k.zd(ref, "cn")),
        "  查询：",
        P("URL", f"https://zyb.{c.pick('wjw', 'zfjg')}.gov.cn/zd?no={c.token(10)}"),
        "\n",
    )
    d.put("电话：", P("PHONE", k.landline(c, a)), "  传真：", P("FAX", k.landline(c, a)), "\n")
    return d


def zh27_jingma(c):
    """麻醉药品、第一类精神药品使用登记及空安瓿回收记录 (several patients)."""
    d = Doc()
    a = k.zh_area(c)
    ref = k.ddate(c)
    hosp = k.zh_hosp(c, a)
    d.put(
        P("HOSPITAL", hosp),
        " 药剂科\n麻醉药品、第一类精神药品专用处方登记及空安瓿回收记录\n登记日期：",
        P("DATE", k.zd(ref, c.pick("cn", "dash"))),
        "\n\n",
    )
    d.put(
        "| 处方号 | 患者 | 年龄 | 住院号/门诊号 | 身份证号 | 诊断 | 药品及剂量 | 开方医师 | 发药 | 回收 |\n|---|---|---|---|---|---|---|---|---|---|\n"
    )
    drugs = (
        "⟦dr|盐酸吗啡缓释片⟧ ⟦do|30mg q12h⟧",
        "⟦dr|芬太尼透皮贴剂⟧ ⟦do|4.2mg⟧",
        "⟦dr|盐酸哌替啶注射液⟧ ⟦do|50mg im⟧",
        "⟦dr|盐酸羟考酮缓释片⟧ ⟦do|10mg q12h⟧",
        "⟦dr|枸橼酸舒芬太尼注射液⟧ ⟦do|10μg⟧",
    )
    dx = ("⟦fi|肺癌骨转移⟧", "⟦fi|胰腺癌⟧", "⟦fi|肝癌晚期⟧", "⟦fi|术后疼痛⟧", "⟦fi|胃癌腹膜转移⟧")
    agents = []
    for _ in range(c.ri(3, 5)):
        name, sex = k.zh_name(c)
        age = c.ri(90, 97) if c.chance(0.2) else c.ri(38, 88)
        dob = k.dob_for_age(c, age, ref)
        pa = k.zh_area(c)
        d.put(
            "| ",
            P("OTHER_ID", f"MJ{c.digits(7, False)}"),
            " | ",
            P("NAME_PATIENT", name),
            " | ",
            _age_p(age),
            " | ",
            P("MRN", c.pick(f"ZY{c.digits(7, False)}", f"MZ{c.digits(8, False)}")),
            " | ",
        )
        d.put(
            P("ID_CARD", k.id_card(c, pa[3], dob, sex)),
            " | ",
            c.ch(dx),
            " | ",
            c.ch(drugs),
            " | ",
            P("NAME_CLINICIAN", k.zh_name(c)[0]),
            " | ",
            P("NAME_CLINICIAN", k.zh_name(c)[0]),
            " | ",
            c.pick("已回收", "贴剂已回收", "—"),
            " |\n",
        )
        if c.chance(0.5):
            rel = c.pick("子", "女", "配偶")
            asex = {"子": "M", "女": "F"}.get(rel, "F" if sex == "M" else "M")
            agents.append((name, rel, k.zh_name(c, asex)[0], asex, pa))
    for pname, rel, agent, asex, pa in agents:
        dob2 = k.dob_for_age(c, c.ri(25, 60), ref)
        d.put(
            "\n代办人：患者",
            P("NAME_PATIENT", pname),
            "之",
            rel,
            P("NAME_RELATIVE", agent),
            "，身份证",
            P("ID_CARD", k.id_card(c, pa[3], dob2, asex)),
            "，电话",
            P("PHONE", k.mobile(c)),
            "。",
        )
    d.put("\n\n疼痛评估：⟦me|NRS评分6分⟧以上者按WHO三阶梯止痛原则调整；⟦fi|便秘⟧者加⟦dr|乳果糖口服溶液⟧。\n")
    d.put(
        "专用处方双人核对：",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "、",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "；药剂科",
        P("NAME_CLINICIAN", _surname(k.zh_name(c)[0])),
        "主任审核。\n",
    )
    return d


def zh27_buluo(c):
    """布鲁氏菌病病例个案调查表 (pastoral areas)."""
    d = Doc()
    a = c.ch(k.ZH_PASTORAL)
    ref = k.ddate(c)
    mongol = a[0].startswith("内蒙古") and c.chance(0.6)
    sex = c.pick("M", "F")
    name = c.ch(k.ZH_MONGOL) if mongol else k.zh_name(c, sex)[0]
    dob = k.dob_for_age(c, c.ri(20, 72), ref)
    onset = ref.fromordinal(ref.toordinal() - c.ri(10, 60))
    d.put(
        "布鲁氏菌病病例个案调查表\n病例编号：",
        P("OTHER_ID", f"BL{a[3]}{c.digits(4, False)}"),
        "  报告单位：",
        P("HOSPITAL", c.pick(f"{a[2]}人民医院", f"{a[2]}蒙医医院", f"{a[1]}第二人民医院")),
        "\n\n",
    )
    d.put(
        "一、基本情况\n患者姓名：",
        P("NAME_PATIENT", name),
        "  性别：",
        "男" if sex == "M" else "女",
        "  出生日期：",
        P("DATE", k.zd(dob, k.zstyle(c))),
        "\n",
    )
    d.put(
        "身份证号：",
        P("ID_CARD", k.id_card(c, a[3], dob, sex)),
        "  联系电话：",
        P("PHONE", k.mobile(c)),
        "\n",
    )
    town = c.pick("宝格达乌拉苏木", "吉尔嘎郎图苏木", "巴音高勒嘎查", "阿勒泰牧场", "尼玛乡", "大水坑镇")
    d.put(
        "现住址：",
        P("PROVINCE_STATE", a[0]) if c.chance(0.5) else "",
        P("CITY", a[1]),
        P("ADDRESS_STREET", f"{a[2]}{town}{c.pick('第二牧业队', '三组', '', '新村')}".strip()),
        "  邮编：",
        P("POSTCODE", a[4]),
        "\n",
    )
    d.put(
        "职业：",
        c.pick("牧民", "兽医", "屠宰工", "皮毛加工"),
        c.pick(
            [
                "  所在单位：",
                P("WORKPLACE", c.pick("草原牧业专业合作社", "肉联厂", "乳业收奶站", "畜牧兽医工作站")),
            ],
            "",
        ),
        "\n",
    )
    if c.chance(0.5):
        d.put(
            "家属：",
            P("NAME_RELATIVE", c.ch(k.ZH_MONGOL) if mongol else k.zh_name(c)[0]),
            "（",
            c.pick("配偶", "儿子", "母亲"),
            "），电话",
            P("PHONE", k.mobile(c)),
            "\n",
        )
    if c.chance(0.45):
        d.put("交通工具：摩托车，号牌", P("VEHICLE", k.zh_plate(c, a[6])), "\n")
    d.put(
        "\n二、发病及就诊\n发病日期：",
        P("DATE", k.zd(onset, "cn")),
        "  初诊日期：",
        P("DATE", k.zd(_later(c, onset, 9), "md")),
        "  门诊号：",
        P("MRN", c.digits(8)),
        "\n",
    )
    d.put(
        "症状：⟦fi|波状热⟧、⟦fi|多汗⟧、⟦fi|乏力⟧、",
        c.pick("⟦an|膝关节⟧疼痛", "⟦fi|睾丸肿痛⟧", "⟦an|腰骶部⟧疼痛"),
        "\n",
    )
    d.put(
        f"实验室：⟦lab|虎红平板凝集试验阳性⟧，⟦lab|试管凝集试验1:{c.pick('100', '200', '400')}++⟧，血清标本号",
        P("ACCESSION", f"XQ{c.digits(8, False)}"),
        "\n",
    )
    d.put(
        "（试管凝集试验即⟦ep|Wright试验⟧）\n治疗：⟦dr|多西环素⟧⟦do|100mg bid⟧联合⟦dr|利福平⟧⟦do|600mg qd⟧，疗程6周\n"
    )
    d.put(
        "\n三、流行病学史\n发病前3个月内",
        c.pick("接羔助产", "剪毛", "屠宰病羊", "饮用生奶"),
        "，家中羊群",
        c.pick("有", "无"),
        "流产史。\n\n",
    )
    d.put(
        "调查人：",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "  审核人：",
        P("NAME_CLINICIAN", _surname(k.zh_name(c)[0])),
        "科长  调查日期：",
        P("DATE", k.zd(ref, "dash")),
        "\n",
    )
    d.put(
        "疾控传真：",
        P("FAX", f"{a[5]}-{c.ri(2, 8)}{c.digits(6, False)}"),
        c.pick(["  邮箱：", P("EMAIL", f"bl{c.ri(1, 99)}cdc@{c.pick('163.com', '126.com')}")], ""),
        "\n",
    )
    return d


def zh27_chuxuere(c):
    """肾综合征出血热住院病例随访记录."""
    d = Doc()
    a = k.zh_area(c)
    ref = k.ddate(c)
    name, sex = k.zh_name(c, c.pick("M", "M", "F"))
    dob = k.dob_for_age(c, c.ri(18, 75), ref)
    hosp = k.zh_hosp(c, a)
    d.put(P("HOSPITAL", hosp), " 感染科\n肾综合征出血热病例随访记录\n\n")
    d.put(
        "姓名：",
        P("NAME_PATIENT", name),
        "  住院号：",
        P("MRN", c.digits(7)),
        "  身份证号：",
        P("ID_CARD", k.id_card(c, a[3], dob, sex)),
        "\n",
    )
    d.put("医保/新农合号：", P("INSURANCE", c.digits(12)), "  电话：", P("PHONE", k.mobile(c)), "\n")
    d.put("住址：", k.zh_addr(c, a), "\n")
    if c.chance(0.55):
        d.put(
            "工作单位：",
            P("WORKPLACE", c.pick("国家粮食储备库", "红星砖瓦厂", "林场", "养殖场", "建筑工地项目部")),
            "（宿舍有鼠迹）\n",
        )
    fam, _ = k.zh_name(c)
    d.put(
        "联系人：",
        P("NAME_RELATIVE", fam),
        "（",
        c.pick("妻", "夫", "子", "女"),
        "）",
        P("PHONE", k.mobile(c)),
        "\n",
    )
    adm = ref.fromordinal(ref.toordinal() - c.ri(20, 90))
    d.put(
        "入院日期：",
        P("DATE", k.zd(adm, "cn")),
        "  出院日期：",
        P("DATE", k.zd(_later(c, adm, 18), "cn")),
        "\n",
    )
    d.put(
        "诊断：⟦fi|肾综合征出血热⟧（",
        c.pick("⟦fi|少尿期⟧", "⟦fi|多尿期⟧", "⟦fi|低血压休克期⟧"),
        "），⟦lab|汉坦病毒IgM抗体阳性⟧，标本号",
        P("ACCESSION", f"{c.digits(10, False)}"),
        "\n",
    )
    d.put(
        f"住院经过：⟦lab|血小板 {c.ri(12, 80)}×10^9/L⟧，⟦lab|肌酐 {c.ri(200, 780)}μmol/L⟧，行⟦pr|连续性肾脏替代治疗⟧{c.ri(1, 6)}次，⟦dr|利巴韦林⟧抗病毒。\n\n"
    )
    d.put("随访：\n")
    for i in range(c.ri(2, 3)):
        fd = ref.fromordinal(ref.toordinal() + 30 * i)
        d.put(
            "  ",
            P("DATE", k.zd(fd, c.pick("dash", "md"))),
            f"  ⟦lab|尿蛋白{c.pick('阴性', '+', '±')}⟧，⟦lab|肌酐 {c.ri(60, 140)}μmol/L⟧，⟦me|血压{c.ri(110, 150)}/{c.ri(60, 95)}mmHg⟧  随访医师：",
            P("NAME_CLINICIAN", k.zh_name(c)[0]),
            "\n",
        )
    d.put(
        "疫苗：家属",
        c.pick("已", "未"),
        "接种⟦dr|双价肾综合征出血热灭活疫苗⟧",
        c.pick(["（首针", P("DATE", k.zd(_later(c, ref, 20), "md")), "）"], ""),
        "\n",
    )
    if c.chance(0.4):
        d.put(
            "如需转上级医院：", P("HOSPITAL", f"{a[1]}传染病医院"), "，传真", P("FAX", k.landline(c, a)), "\n"
        )
    d.put(
        "管床医师：",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "  科主任：",
        P("NAME_CLINICIAN", _surname(k.zh_name(c)[0])),
        "主任\n",
    )
    return d


def zh27_dianji(c):
    """电击伤急诊病历 (电力作业, 工伤)."""
    d = Doc()
    a = k.zh_area(c)
    ref = k.ddate(c)
    old = c.chance(0.15)
    age = c.ri(90, 94) if old else c.ri(19, 66)
    name, sex = k.zh_name(c, "M")
    dob = k.dob_for_age(c, age, ref)
    hosp = k.zh_hosp(c, a)
    d.put(
        P("HOSPITAL", hosp),
        "\n急诊病历（电击伤）\n急诊号：",
        P("MRN", c.digits(8)),
        "  就诊卡号：",
        P("ACCOUNT", c.digits(12)),
        "\n",
    )
    d.put(
        "姓名：",
        P("NAME_PATIENT", name),
        "  年龄：",
        _age_p(age),
        "岁  身份证：",
        P("ID_CARD", k.id_card(c, a[3], dob, sex)),
        "\n",
    )
    d.put("就诊日期：", P("DATE", k.zd(ref, k.zstyle(c))), "  电话：", P("PHONE", k.mobile(c)), "\n")
    if old:
        d.put(
            "现病史：患者在家中",
            c.pick("修理电饭煲", "拔插头"),
            "时触电，家属",
            P("NAME_RELATIVE", k.zh_name(c)[0]),
            "发现后拉断电闸。既往⟦fi|病态窦房结综合征⟧，起搏器序列号",
            P("DEVICE", k.device_serial(c)),
            "。\n",
        )
    else:
        emp = c.pick("国网供电公司运维班", "电力安装工程有限公司", "光伏电站", "铁路供电段", "装修公司")
        d.put("工作单位：", P("WORKPLACE", emp), "  工伤保险个人编号：", P("INSURANCE", c.digits(10)), "\n")
        if c.chance(0.6):
            d.put(
                "现病史：患者于",
                c.pick("检修10kV线路", "更换配电箱", "高空作业"),
                "时触电，同班工友送来，工程车",
                P("VEHICLE", k.zh_plate(c, a[6])),
                "。\n",
            )
        else:
            d.put("现病史：患者作业时触电，家属", P("NAME_RELATIVE", k.zh_name(c)[0]), "陪同就诊。\n")
        if c.chance(0.2):
            d.put("既往植入起搏器，序列号", P("DEVICE", k.device_serial(c)), "，程控待查。\n")
    d.put("家庭住址：", k.zh_addr(c, a), "\n")
    d.put(
        f"查体：⟦me|P {c.ri(55, 130)}次/分⟧，⟦me|BP {c.ri(90, 160)}/{c.ri(55, 100)}mmHg⟧，⟦an|右手掌⟧入口、⟦an|左足底⟧出口，⟦me|烧伤面积{c.ri(1, 12)}%TBSA⟧（⟦ep|Lund-Browder法⟧）。\n"
    )
    d.put(
        "辅助检查：心电图（检查号",
        P("ACCESSION", f"ECG{c.digits(8, False)}"),
        "）",
        c.pick("示⟦fi|室性早搏⟧", "示⟦fi|窦性心动过速⟧", "未见异常"),
        f"，⟦lab|肌酸激酶同工酶 {c.ri(10, 90)}U/L⟧，⟦lab|肌红蛋白 {c.ri(50, 900)}ng/ml⟧，⟦lab|尿潜血阳性⟧。\n",
    )
    d.put(
        "诊断：⟦fi|电击伤⟧，",
        c.pick("⟦fi|骨筋膜室综合征⟧", "⟦fi|横纹肌溶解⟧", "⟦fi|心律失常⟧"),
        "\n处理：⟦pr|心电监护⟧、⟦dr|碳酸氢钠⟧碱化尿液，",
        c.pick("⟦pr|前臂切开减压术⟧", "⟦pr|清创术⟧", "留观24小时"),
        "。\n",
    )
    d.put(
        "医师：",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "  护士：",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "  会诊：烧伤科",
        P("NAME_CLINICIAN", _surname(k.zh_name(c)[0])),
        "主任\n",
    )
    return d


def _noise(c, s):
    for a, b in (("日", "曰"), ("口", "囗"), ("号", "吕"), ("：", ":"), ("白", "自")):
        if c.chance(0.3):
            s = s.replace(a, b, 1)
    return s


def zh27_ocr_huayan(c):
    """外院化验单拍照上传 OCR 识别结果 (noise in printed labels)."""
    d = Doc()
    a = k.zh_area(c)
    ref = k.ddate(c)
    name, sex = k.zh_name(c)
    old = c.chance(0.2)
    age = c.ri(90, 98) if old else c.ri(3, 86)
    d.put(
        "【OCR识别结果，仅供参考，以原件为准】上传：",
        P("DATE", k.zd(_later(c, ref, 6), "dash")),
        "  来源IP ",
        P("IP", k.ipv4(c)),
        "\n原图：",
        P(
            "URL",
            f"https://{c.pick('hlwyy', 'ehos', 'yun')}.{c.pick('cnhis', 'jkzx')}.com/img/{c.token(14)}.jpg",
        ),
        "\n\n",
    )
    d.put(P("HOSPITAL", k.zh_hosp(c, a)), _noise(c, " 检验报告单"), "\n")
    d.put(
        _noise(c, "姓名："),
        P("NAME_PATIENT", name),
        "  ",
        _noise(c, "性别："),
        "男" if sex == "M" else "女",
        "  ",
        _noise(c, "年龄："),
        _age_p(age),
        "岁  ",
        _noise(c, "病历号："),
        P("MRN", c.digits(8)),
        "\n",
    )
    if c.chance(0.3):
        d.put(_noise(c, "证件号："), P("PASSPORT", k.hk_permit(c)), "\n")
    d.put(
        _noise(c, "条码号："),
        P("ACCESSION", c.digits(12)),
        "  ",
        _noise(c, "就诊卡号："),
        P("ACCOUNT", c.digits(10)),
        "  ",
        _noise(c, "科室："),
        c.pick("内分泌科门诊", "肾内科", "体检中心"),
        "\n",
    )
    d.put(
        _noise(c, "送检医生："),
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "  ",
        _noise(c, "采样时间："),
        P("DATE", k.zd(ref, c.pick("dash", "slash", "dot"))),
        f" {c.ri(7, 11):02d}:{c.ri(0, 59):02d}\n",
    )
    d.put("-" * 40, "\n")
    rows = (
        ("⟦lab|谷丙转氨酶 {v}U/L⟧", 8, 120),
        ("⟦lab|肌酐 {v}μmol/L⟧", 45, 600),
        ("⟦lab|尿素 {v}mmol/L⟧", 3, 30),
        ("⟦lab|糖化血红蛋白 {v}%⟧", 5, 12),
        ("⟦lab|血红蛋白 {v}g/L⟧", 70, 160),
        ("⟦lab|促甲状腺激素 {v}mIU/L⟧", 1, 15),
    )
    for tpl, lo, hi in c.sample(rows, 4):
        d.put(tpl.format(v=c.ri(lo, hi)), "\n")
    d.put(
        "-" * 40,
        "\n",
        _noise(c, "检验者："),
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "  ",
        _noise(c, "审核者："),
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "  ",
        _noise(c, "报告日期："),
        P("DATE", k.zd(ref, "cn")),
        "\n\n",
    )
    d.put(
        "医生回复：",
        c.pick(
            "⟦fi|肾功能不全⟧，建议复查并⟦pr|肾脏超声⟧",
            "⟦fi|2型糖尿病⟧控制欠佳，⟦dr|二甲双胍⟧⟦do|0.5g tid⟧",
            "⟦fi|甲状腺功能减退⟧，⟦dr|左甲状腺素钠片⟧⟦do|50μg qd⟧",
        ),
        "。患者手机",
        P("PHONE", k.mobile(c)),
        "已短信通知。\n",
    )
    return d


TEMPLATES = [
    ("zh27_zaosheng", zh27_zaosheng),
    ("zh27_jingma", zh27_jingma),
    ("zh27_buluo", zh27_buluo),
    ("zh27_chuxuere", zh27_chuxuere),
    ("zh27_dianji", zh27_dianji),
    ("zh27_ocr_huayan", zh27_ocr_huayan),
]
