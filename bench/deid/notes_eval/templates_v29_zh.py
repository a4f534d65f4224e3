# Longer than 450 lines: six whole document templates, laid out one value per line by the formatter.
"""v29 Chinese templates (1 of 2) and the list of all twelve (README.md "v29").

Document types none of v1-v28 used: a 传染病门诊日志 pipe table, a 台胞就医 record with traditional-
script snippets, a 无名氏 (三无人员) rescue register, a 手术排台表 in fixed width, a 医院感染病例报告卡
and a 特殊使用级抗菌药物会诊审批单."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

import _v29_kit as kit
from _core import Doc
from _v29_kit import K, P


def NP(v):
    return P("NAME_PATIENT", v)


def NR(v):
    return P("NAME_RELATIVE", v)


def NC(v):
    return P("NAME_CLINICIAN", v)


def D(v):
    return P("DATE", v)


JOBS = ["农民", "退休", "学生", "工人", "个体", "教师", "司机", "家务"]
WORKS = [
    "{c}钢铁集团",
    "{c}纺织厂",
    "{c}第三中学",
    "{c}公交公司",
    "{c}自来水公司",
    "{c}农商银行",
    "{c}顺丰速运网点",
    "{c}建筑工程有限公司",
    "{c}食品有限公司",
    "{c}物业管理有限公司",
]


def work(c, a) -> str:
    return c.ch(WORKS).format(c=a.city.removesuffix("市").removesuffix("地区").removesuffix("白族自治州"))


def zh29_menzhen_rizhi(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a)
    ref = kit.rdate(c)
    doc = kit.zh_name(c)
    d.put(P("HOSPITAL", hosp), " 发热/肠道门诊 传染病门诊日志\n")
    d.put(
        "日期：",
        D(kit.cn(ref, c.ch(("cn", "iso", "slash")))),
        "  接诊医生：",
        NC(doc.name),
        "  导出终端：",
        P("IP", kit.zh_ip(c)),
        "\n\n",
    )
    d.put("门诊号|姓名|性别|年龄|职业/工作单位|现住址|联系电话|发病日期|初步诊断\n")
    dx = [
        "⟦fi|流行性感冒⟧",
        "⟦fi|细菌性痢疾⟧",
        "⟦fi|手足口病⟧",
        "⟦fi|水痘⟧",
        "⟦fi|其他感染性腹泻⟧",
        "⟦fi|肺结核⟧（疑似）",
        "⟦fi|猩红热⟧",
        "⟦fi|登革热⟧（疑似）",
    ]
    for _ in range(c.ri(3, 5)):
        p = kit.zh_name(c, minority=0.12)
        age, _ = kit.age_pair(c, 0.2, 3, 89)
        d.put(
            P("MRN", kit.zh_mrn(c)),
            "|",
            NP(p.name),
            "|",
            "女" if p.sex == "F" else "男",
            "|",
            kit.age_p(age),
            "岁|",
        )
        if age < 18 or age > 70 or c.chance(0.4):
            d.put(c.ch(JOBS) if age >= 18 else "学生")
        else:
            d.put(P("WORKPLACE", work(c, a)))
        d.put("|")
        if c.chance(0.3):
            d.put(P("CITY", a.city))
        d.put(
            P("ADDRESS_STREET", kit.zh_street(c, a)),
            "|",
            P("PHONE", kit.mobile(c)),
            "|",
            D(kit.cn(kit.plus(ref, -c.ri(0, 5)), c.ch(("mdd", "md", "iso")))),
            "|",
            c.ch(dx),
            "\n",
        )
    d.put(
        "\n备注：已网络直报；腹泻病例采便送 ",
        K("LAB", "诺如病毒核酸检测"),
        "；发热病例查 ",
        K("LAB", "血常规"),
        "。\n",
    )
    return d


def zh29_taibao_jiuyi(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a)
    sex, sur, name = c.ch(kit.TW_NAMES)
    ref = kit.rdate(c)
    age = c.ri(26, 82)
    doc = kit.zh_name(c)
    twc = c.ch(kit.TW_CITIES)
    d.put(P("HOSPITAL", hosp), " 国际医疗部 台湾同胞就诊登记\n\n")
    d.put("姓名（繁體）：", NP(name), "    性别：", "女" if sex == "F" else "男", f"    年龄：{age}岁\n")
    d.put("台湾居民来往大陆通行证：", P("PASSPORT", kit.tw_permit(c)), "\n")
    if c.chance(0.5):
        d.put("護照號碼：", P("PASSPORT", c.digits(9)), "\n")
    d.put(
        "台湾住址：",
        P("CITY", twc),
        P("ADDRESS_STREET", f"{c.ch(kit.TW_ROADS)}{c.ri(1, 3)}段{c.ri(1, 400)}號{c.ri(2, 15)}樓"),
        "\n",
    )
    d.put("大陆暂住：", P("CITY", a.city), P("ADDRESS_STREET", kit.zh_street(c, a)), "\n")
    d.put(
        "聯絡電話：",
        P("PHONE", f"+886 9{c.digits(2, False)}-{c.digits(3, False)}-{c.digits(3, False)}"),
        "  大陆手机：",
        P("PHONE", kit.mobile(c)),
        "\n",
    )
    d.put(
        "电子邮箱：",
        P(
            "EMAIL",
            f"{c.ch(('tw', 'kh', 'tc', 'tn'))}{c.ri(70, 99)}{c.ch(('chen', 'lin', 'huang', 'yeh'))}@{c.ch(('gmail.com', 'yahoo.com.tw', 'hinet.net'))}",
        ),
        "\n",
    )
    d.put(
        "商业保险保单号：",
        P("INSURANCE", c.letters(2) + c.digits(10)),
        "  门诊号：",
        P("MRN", kit.zh_mrn(c)),
        "\n",
    )
    if c.chance(0.6):
        rs = "M" if sex == "F" else "F"
        rel = c.ch([n for s, _, n in kit.TW_NAMES if s == rs])
        d.put(
            "緊急聯絡人：",
            NR(rel),
            "（",
            "配偶",
            "）",
            P("PHONE", f"+886 9{c.digits(2, False)}-{c.digits(6, False)}"),
            "\n",
        )
    d.put("\n就诊日期：", D(kit.cn(ref, c.ch(("cn", "iso")))), "\n")
    dx = c.ch(
        (
            ("⟦fi|不稳定型心绞痛⟧", "⟦dr|阿司匹林肠溶片⟧ ⟦do|100mg qd⟧", "胸口悶痛三天"),
            ("⟦fi|2型糖尿病⟧", "⟦dr|二甲双胍⟧ ⟦do|0.5g tid⟧", "血糖控制不好"),
            ("⟦fi|腰椎间盘突出症⟧", "⟦dr|塞来昔布⟧ ⟦do|200mg qd⟧", "腰痛走路不方便"),
            ("⟦fi|社区获得性肺炎⟧", "⟦dr|左氧氟沙星⟧ ⟦do|0.5g qd⟧", "咳嗽有痰一週"),
        )
    )
    d.put("主诉：患者自述「", dx[2], "」。\n")
    d.put(
        "查体：",
        K("MEASUREMENT", f"BP {c.ri(118, 168)}/{c.ri(70, 98)}mmHg"),
        "，",
        K("MEASUREMENT", f"HR {c.ri(62, 104)}次/分"),
        "。\n",
    )
    d.put("诊断：", dx[0], "\n处理：", dx[1], "；台湾健保可持收据及诊断证明返台申请核退。\n")
    d.put("医师：", NC(doc.name), "\n")
    if c.chance(0.5):
        d.put(
            "复诊预约链接：", P("URL", f"https://ihc.{c.ch(('hosp', 'yy', 'med'))}.cn/tw/{c.token(10)}"), "\n"
        )
    if c.chance(0.5):
        d.put("国际医疗部传真：", P("FAX", kit.landline(c, a)), "\n")
    return d


def zh29_sanwu_huanzhe(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a)
    ref = kit.rdate(c)
    p = kit.zh_name(c, minority=0.1)
    age, _ = kit.age_pair(c, 0.3, 35, 89)
    sw, doc = kit.zh_names(c, 2)
    alias = f"无名氏{c.ch(('男', '女'))}{c.digits(4)}"
    d.put(P("HOSPITAL", hosp), " 急诊科 “三无”患者救治登记表\n\n")
    d.put("临时登记名：", alias, "    急诊号：", P("MRN", kit.zh_mrn(c)), "\n")
    d.put(
        "来院时间：",
        D(kit.cn(ref, c.ch(("cn", "iso")))),
        f" {c.ri(0, 23):02d}:{c.ri(0, 59):02d}    来院方式：120（车牌 ",
        P("VEHICLE", kit.zh_plate(c, a)),
        "）\n",
    )
    d.put(
        "发现地点：",
        P("CITY", a.city),
        P("ADDRESS_STREET", f"{a.dist}{c.ch(kit.ROADS)}与{c.ch(kit.ROADS)}交叉口"),
        "附近，路人报警\n",
    )
    d.put(
        "入院情况：意识 ",
        K("MEASUREMENT", f"GCS {c.ri(6, 13)}分"),
        "，",
        K("MEASUREMENT", f"T {c.fl(34.0, 35.8)}℃"),
        "，",
        K("FINDING", c.ch(("低体温", "低血糖昏迷", "脑梗死", "酒精中毒"))),
        "可能，",
        K("EPONYM", "Babinski征"),
        c.ch(("阳性", "阴性")),
        "。\n",
    )
    d.put(
        "处理：",
        K("LAB", "快速血糖"),
        "、",
        K("PROCEDURE", "头颅CT平扫"),
        "，予 ",
        K("DRUG", "50%葡萄糖注射液"),
        " ",
        K("DOSE", "40ml"),
        " 静推。\n\n",
    )
    d.put("身份核实（", D(kit.cn(kit.plus(ref, c.ri(1, 6)), "md")), "，经派出所指纹比对）：\n")
    d.put("  姓名 ", NP(p.name), "，", "女" if p.sex == "F" else "男", "，", kit.age_p(age), "岁\n")
    if c.chance(0.85):
        d.put("  身份证号 ", P("ID_CARD", kit.id_card(c, a, kit.dob_for(c, age, ref), p.sex)), "\n")
    else:
        d.put("  港澳居民来往内地通行证 ", P("PASSPORT", kit.hk_permit(c)), "\n")
    d.put("  户籍地 ", P("CITY", a.city), P("ADDRESS_STREET", kit.zh_street(c, a)), "\n")
    if c.chance(0.7):
        r = kit.zh_name(c, minority=0.05)
        d.put(
            "  联系到家属：",
            NR(r.name),
            "（",
            (kit.relation_zh_young if age > 65 else kit.relation_zh)(r.sex, c),
            "），电话 ",
            P("PHONE", kit.mobile(c)),
            "，已到院签字。\n",
        )
    else:
        d.put("  暂未联系到家属，已报民政救助站。\n")
    d.put("社工：", NC(sw.name), "    首诊医生：", *kit.zh_doc(c, doc), "\n")
    return d


def zh29_shoushu_paitai(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a)
    ref = kit.rdate(c)
    d.put(
        P("HOSPITAL", hosp),
        "  手术室  次日手术排台表  手术日期：",
        D(kit.cn(ref, c.ch(("cn", "slash", "dot")))),
        "\n",
    )
    d.put(
        "台次 间  住院号        姓名      年龄  诊断                    拟行手术                    主刀      麻醉      植入物SN\n"
    )
    ops = [
        ("⟦fi|右股骨颈骨折⟧", "⟦pr|右髋关节置换术⟧", "SN"),
        ("⟦fi|病态窦房结综合征⟧", "⟦pr|永久起搏器植入术⟧", "SN"),
        ("⟦fi|胆囊结石伴胆囊炎⟧", "⟦pr|腹腔镜胆囊切除术⟧", ""),
        ("⟦fi|左肺上叶腺癌⟧", "⟦pr|胸腔镜左肺上叶切除术⟧", ""),
        ("⟦fi|白内障⟧", "⟦pr|超声乳化白内障吸除术⟧", ""),
        ("⟦fi|双侧重度感音神经性聋⟧", "⟦pr|人工耳蜗植入术⟧", "SN"),
        ("⟦fi|腰椎管狭窄症⟧", "⟦pr|腰椎后路减压融合术⟧", ""),
        ("⟦fi|三度房室传导阻滞⟧", "⟦pr|双腔起搏器植入术⟧", "SN"),
    ]
    for i in range(c.ri(3, 5)):
        p = kit.zh_name(c, minority=0.1)
        s1, s2 = kit.zh_names(c, 2)
        age, _ = kit.age_pair(c, 0.18, 18, 89)
        op = c.ch(ops)
        d.put(
            f"{i + 1:<4} {c.ri(1, 12):02d}  ",
            P("MRN", kit.zh_mrn(c)),
            "  ",
            NP(p.name),
            "  ",
            kit.age_p(age),
            "岁  ",
            op[0],
            "  ",
            op[1],
            "  ",
            NC(s1.surname),
            "主任  ",
            NC(s2.name),
            "  ",
        )
        if op[2] and c.chance(0.75):
            d.put(P("DEVICE", kit.zh_serial(c)))
        else:
            d.put("—")
        d.put("\n")
    d.put(
        "\n注：起搏器/耳蜗植入物序列号术前由器械护士核对；高龄患者术前 ",
        K("LAB", "NT-proBNP"),
        "、",
        K("LAB", "凝血功能"),
        " 复查。\n",
    )
    d.put("排台：", NC(kit.zh_name(c).name), "（护士长）\n")
    return d


def zh29_yuangan_baogao(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a)
    ref = kit.rdate(c)
    p = kit.zh_name(c)
    rep = kit.zh_name(c)
    age, _ = kit.age_pair(c, 0.15, 18, 89)
    adm = kit.plus(ref, -c.ri(5, 20))
    d.put(P("HOSPITAL", hosp), "\n医院感染病例报告卡\n\n")
    d.put(
        "患者姓名：",
        NP(p.name),
        "  性别：",
        "女" if p.sex == "F" else "男",
        "  年龄：",
        kit.age_p(age),
        "岁  住院号：",
        P("MRN", kit.zh_mrn(c)),
        "\n",
    )
    d.put("身份证号：", P("ID_CARD", kit.id_card(c, a, kit.dob_for(c, age, ref), p.sex)), "\n")
    d.put(
        "科室：",
        c.ch(("ICU", "神经外科", "呼吸内科", "骨科")),
        "  入院日期：",
        D(kit.cn(adm, c.ch(("cn", "iso")))),
        "  感染日期：",
        D(kit.cn(ref, c.ch(("cn", "iso")))),
        "\n",
    )
    site = c.ch(
        (
            ("⟦fi|呼吸机相关性肺炎⟧", "痰"),
            ("⟦fi|导管相关血流感染⟧", "血"),
            ("⟦fi|导尿管相关尿路感染⟧", "尿"),
            ("⟦fi|手术部位感染⟧", "切口分泌物"),
        )
    )
    bug = c.ch(
        (
            "⟦lab|耐碳青霉烯类肺炎克雷伯菌⟧",
            "⟦lab|耐甲氧西林金黄色葡萄球菌⟧",
            "⟦lab|鲍曼不动杆菌⟧",
            "⟦lab|铜绿假单胞菌⟧",
        )
    )
    d.put(
        "感染诊断：",
        site[0],
        "\n送检标本：",
        site[1],
        "  标本号：",
        P("ACCESSION", c.digits(10)),
        "  病原体：",
        bug,
        "\n",
    )
    d.put(
        "侵入性操作：",
        K("PROCEDURE", c.ch(("气管插管", "中心静脉置管", "留置导尿"))),
        "、",
        K("EPONYM", "Foley导尿管"),
        "；抗菌药物：",
        K("DRUG", c.ch(("美罗培南", "替加环素", "万古霉素", "多粘菌素B"))),
        "\n",
    )
    d.put(
        "报告人：",
        NC(rep.name),
        "  联系电话：",
        P("PHONE", c.ch((kit.mobile(c), kit.landline(c, a)))),
        "  报告日期：",
        D(kit.cn(kit.plus(ref, c.ri(0, 2)), "cn")),
        "\n",
    )
    d.put("院感科传真：", P("FAX", kit.landline(c, a)), "\n")
    if c.chance(0.4):
        d.put("抄送邮箱：", P("EMAIL", kit.zh_email(c, "ygk")), "\n")
    return d


def zh29_kangjun_shenpi(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a)
    ref = kit.rdate(c)
    p = kit.zh_name(c)
    app, exp, ph = kit.zh_names(c, 3)
    age, _ = kit.age_pair(c, 0.12, 20, 89)
    d.put(P("HOSPITAL", hosp), " 特殊使用级抗菌药物会诊审批单\n")
    d.put(
        "审批编号：",
        P("OTHER_ID", f"KJ{ref.year}{c.digits(5)}"),
        "  系统终端 ",
        P("IP", kit.zh_ip(c)),
        "\n\n",
    )
    d.put(
        "患者：",
        NP(p.name),
        "  ",
        kit.age_p(age),
        "岁  住院号：",
        P("MRN", kit.zh_mrn(c)),
        "  医保卡号：",
        P("INSURANCE", kit.yibao(c, a)),
        "\n",
    )
    if c.chance(0.5):
        d.put("住院结算号：", P("ACCOUNT", "JS" + c.digits(10)), "\n")
    d.put("诊断：", K("FINDING", c.ch(("重症肺炎", "脓毒症休克", "粒细胞缺乏伴发热", "化脓性脑膜炎"))), "\n")
    d.put(
        "病原学：",
        K(
            "LAB",
            c.ch(("痰培养：耐碳青霉烯鲍曼不动杆菌", "血培养：屎肠球菌", "G试验阳性", "降钙素原 12.6ng/ml")),
        ),
        "\n",
    )
    drug = c.ch(
        (
            ("替加环素", "首剂100mg，后50mg q12h"),
            ("多粘菌素B", "2.5万U/kg/d"),
            ("利奈唑胺", "600mg q12h"),
            ("伏立康唑", "200mg q12h"),
            ("达托霉素", "6mg/kg qd"),
        )
    )
    d.put("申请药物：", K("DRUG", drug[0]), " ", K("DOSE", drug[1]), "\n")
    d.put("申请医生：", NC(app.name), "  申请日期：", D(kit.cn(ref, c.ch(("cn", "iso")))), "\n")
    d.put(
        "会诊意见：同意使用，疗程7-14天，监测 ",
        K("LAB", "肝肾功能"),
        "。会诊专家：",
        *kit.zh_doc(c, exp, "主任"),
        "\n",
    )
    d.put("临床药师：", NC(ph.name), "  审批日期：", D(kit.cn(kit.plus(ref, c.ri(0, 1)), "md")), "\n")
    return d


import templates_v29_zh2  # noqa: E402  (the other six)

TEMPLATES = [
    ("zh29_menzhen_rizhi", zh29_menzhen_rizhi),
    ("zh29_taibao_jiuyi", zh29_taibao_jiuyi),
    ("zh29_sanwu_huanzhe", zh29_sanwu_huanzhe),
    ("zh29_shoushu_paitai", zh29_shoushu_paitai),
    ("zh29_yuangan_baogao", zh29_yuangan_baogao),
    ("zh29_kangjun_shenpi", zh29_kangjun_shenpi),
    *templates_v29_zh2.TEMPLATES,
]
