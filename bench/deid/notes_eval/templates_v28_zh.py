# Longer than 450 lines: one set of six document templates; splitting it would scatter one version's Chinese document types.
"""v28 Chinese templates, part 1 (zh28_*), and the list of all twelve (part 2: templates_v28_zh2.py).

Document types none of v1-v27 used: a university-clinic record of a foreign student (bilingual),
a teaching-rounds record where names appear without cues, a research-data request e-mail thread
with a patient list, a nursing-home admission assessment form with wide gaps, a driver's medical
certificate, and a postpartum-care-centre mother-and-baby admission register."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

import datetime as dt

import templates_v28_zh2 as _zh2
from _v28_kit import (
    ZH_EMPLOYERS,
    ZH_XIAOMING,
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
    zh_surname,
)


def _age(age):
    return P("AGE_OVER_89", str(age)) if age > 89 else str(age)


def liuxuesheng(c):
    d = Doc()
    a = zh_area(c)
    day = rdate(c)
    uni = c.ch(("师范大学", "理工大学", "医科大学", "农业大学", "外国语学院"))
    nm, sex = zh_foreign(c)
    d.put(
        P("HOSPITAL", f"{a[1]}{uni}校医院"), " 门诊病历 / University Clinic Record (International Student)\n"
    )
    d.put("就诊日期 Date: ", P("DATE", zh_date(c, day)), "\n")
    d.put(
        "姓名 Name: ",
        P("NAME_PATIENT", nm),
        "    性别 Sex: ",
        "男 M" if sex == "M" else "女 F",
        "    年龄 Age: ",
        str(c.ri(18, 31)),
        "\n",
    )
    d.put(
        "护照号 Passport No.: ",
        P("PASSPORT", c.ch((f"{c.letters(2)}{c.digits(7)}", f"{c.letters(1)}{c.digits(8)}", c.digits(9)))),
        "\n",
    )
    d.put(
        "学号 Student ID: ",
        P("OTHER_ID", f"{day.year % 100}{c.digits(8)}"),
        "    宿舍 Dorm: ",
        P("ADDRESS_STREET", f"留学生公寓{c.ri(1, 6)}号楼{c.ri(1, 9)}{c.ri(0, 2)}{c.ri(1, 9)}室"),
        "\n",
    )
    d.put(
        "电话 Tel: ",
        P("PHONE", zh_mobile(c)),
        "    Email: ",
        P(
            "EMAIL",
            zh_email(c)
            if c.chance(0.5)
            else f"{nm.split()[0].lower()}{c.ri(10, 99)}@{c.ch(('gmail.com', 'outlook.com', 'proton.me'))}",
        ),
        "\n",
    )
    d.put("商业保险保单号 Policy No.: ", P("INSURANCE", f"{c.letters(3)}{c.digits(10)}"), "\n")
    if c.chance(0.5):
        cf, _ = zh_name(c)
        d.put(
            "陪同翻译(同学) Interpreter (classmate): ",
            P("NAME_RELATIVE", cf),
            "  ",
            P("PHONE", zh_mobile(c)),
            "\n",
        )
    d.put("\n主诉 Chief complaint: 发热伴咽痛3天 / fever and sore throat for 3 days.\n")
    d.put(
        f"查体 Exam: ⟦me|T 38.{c.ri(2, 9)}℃⟧, ⟦an|双侧扁桃体⟧ II度肿大，⟦fi|见脓性渗出物⟧ (tonsillar exudate). ⟦ep|Centor评分⟧ 4分.\n"
    )
    d.put(
        "辅助检查 Tests: ⟦lab|血常规 WBC 14.2×10^9/L⟧, ⟦lab|中性粒细胞 82%⟧; ⟦lab|快速链球菌抗原检测阳性⟧ (rapid strep positive).\n"
    )
    d.put("诊断 Dx: ⟦fi|急性化脓性扁桃体炎⟧ / acute suppurative tonsillitis.\n")
    d.put(
        "处理 Plan: ⟦dr|阿莫西林⟧ ⟦do|0.5g tid⟧ x10d; ⟦dr|布洛芬⟧ ⟦do|0.3g prn⟧. Penicillin allergy denied (本人确认无青霉素过敏).\n"
    )
    if c.chance(0.3):
        d.put("转诊 Referred to: ", P("HOSPITAL", zh_hosp(c, a)), " 耳鼻喉科 (if ⟦fi|扁桃体周围脓肿⟧).\n")
    if c.chance(0.5):
        d.put(
            "随访问卷 Follow-up survey: ",
            P("URL", f"https://xyy.{c.ch(('sdnu', 'hgu', 'zjmc', 'xafs'))}.edu.cn/fu?k={c.token(10)}"),
            "\n",
        )
    df, _ = zh_name(c)
    d.put(
        "\n医师 Physician: ",
        P("NAME_CLINICIAN", df),
        "   复诊 Revisit: ",
        P("DATE", zh_date(c, day + dt.timedelta(days=c.ri(3, 7)), "md")),
        "\n",
    )
    return d


def jiaoxue_chafang(c):
    d = Doc()
    a = zh_area(c)
    hosp = zh_hosp(c, a)
    day = rdate(c)
    pn, sex = zh_name(c)
    age = c.pick(c.ri(45, 86), c.ri(45, 86), c.ri(45, 86), c.ri(90, 99))
    zr, _ = zh_name(c)
    students = [zh_name(c)[0] for _ in range(c.ri(3, 5))]
    d.put(P("HOSPITAL", hosp), " 心内科 教学查房记录\n")
    d.put("时间：", P("DATE", zh_date(c, day)), "  地点：示教室\n")
    d.put("主持：", P("NAME_CLINICIAN", zh_surname(zr)), "主任\n参加人员：")
    for i, s in enumerate(students):
        d.put("、" if i else "", P("NAME_CLINICIAN", s))
    d.put("（规培医师、实习生）\n")
    d.put(
        "查房病例：",
        P("NAME_PATIENT", pn),
        "，",
        "男" if sex == "M" else "女",
        "，",
        _age(age),
        "岁，住院号 ",
        P("MRN", c.digits(8)),
        "，",
        str(c.ri(1, 40)),
        "床\n\n",
    )
    s1, s2, s3 = students[0], students[1], students[2]
    d.put(
        P("NAME_CLINICIAN", s1),
        "汇报病史：患者因“反复胸闷气促2年，加重3天”入院，入院日期",
        P("DATE", zh_date(c, day - dt.timedelta(days=c.ri(2, 9)), "md")),
        "。",
    )
    d.put(
        "既往⟦fi|高血压病⟧20年。查体⟦me|BP 96/58mmHg⟧，⟦an|双肺底⟧可闻及⟦fi|湿啰音⟧，⟦fi|双下肢凹陷性水肿⟧。\n"
    )
    d.put(
        P("NAME_CLINICIAN", s2),
        "：⟦lab|NT-proBNP 8650 pg/mL⟧，⟦lab|血钾 3.2 mmol/L⟧；⟦pr|心脏超声⟧示⟦me|LVEF 28%⟧，⟦fi|左心室扩大⟧。按⟦ep|NYHA心功能分级⟧为IV级。\n",
    )
    d.put(P("NAME_CLINICIAN", zh_surname(zr)), "主任：", P("NAME_PATIENT", pn), "这次加重要找诱因，")
    d.put("注意⟦fi|低钾血症⟧对⟦dr|地高辛⟧的影响。利尿用⟦dr|呋塞米⟧ ⟦do|20mg iv bid⟧，监测出入量；")
    d.put("血压回升后加用⟦dr|沙库巴曲缬沙坦⟧ ⟦do|25mg bid⟧，⟦dr|达格列净⟧ ⟦do|10mg qd⟧。")
    d.put(P("NAME_CLINICIAN", s3), "问能否做⟦pr|CRT-D植入术⟧，需等优化药物治疗3个月后复评。\n")
    if c.chance(0.4):
        rn, rsex = zh_name(c)
        d.put(
            "家属",
            P("NAME_RELATIVE", rn),
            "（",
            c.ch(("儿子", "老伴")) if rsex == "M" else c.ch(("女儿", "老伴")),
            "）参加了最后10分钟，电话",
            P("PHONE", zh_mobile(c)),
            "。\n",
        )
    d.put(
        "\n记录人：",
        P("NAME_CLINICIAN", students[-1]),
        "    审核：",
        P("NAME_CLINICIAN", zh_surname(zr)),
        "主任  ",
        P("DATE", zh_date(c, day, "dash")),
        "\n",
    )
    return d


def keyan_youjian(c):
    d = Doc()
    a = zh_area(c)
    hosp = zh_hosp(c, a)
    day = rdate(c)
    sn, _ = zh_name(c)
    rn, _ = zh_name(c)
    se, re_ = zh_email(c), zh_email(c)
    d.put(
        "发件人：",
        P("NAME_CLINICIAN", sn),
        " <",
        P("EMAIL", se),
        ">\n收件人：",
        P("NAME_CLINICIAN", rn),
        " <",
        P("EMAIL", re_),
        ">\n",
    )
    d.put(
        "时间：",
        P("DATE", zh_date(c, day, "dash")),
        f" {c.ri(8, 22):02d}:{c.ri(0, 59):02d}\n主题：回复：科研数据调取申请（肺结节随访队列）\n",
    )
    d.put("发送IP：", P("IP", ipv4(c)), "\n\n")
    d.put(
        P("NAME_CLINICIAN", zh_surname(rn)),
        "老师好，\n\n伦理已批，数据已从",
        P("HOSPITAL", hosp),
        "科研平台导出，下载地址：",
        P("URL", f"https://ky.{c.ch(('zxyy', 'dyrmyy', 'sryy'))}.cn/dl/{c.token(16)}"),
        "（7天有效）。\n",
    )
    d.put("按规定应脱敏，但附表里误带了身份证号和电话，请勿转发，我稍后重发脱敏版。\n\n附表（节选）：\n")
    d.put("序号 | 姓名 | 住院号 | 身份证号 | 电话 | 病理号 | 出院日期 | 病理结果\n")
    path = ["⟦fi|浸润性腺癌⟧", "⟦fi|微浸润腺癌⟧", "⟦fi|原位腺癌⟧", "⟦fi|炎性肉芽肿⟧", "⟦fi|硬化性肺细胞瘤⟧"]
    for i in range(c.ri(3, 5)):
        pn, sx = zh_name(c)
        aa = zh_area(c)
        dob = dob_for(c, c.ri(35, 78), day)
        d.put(
            f"{i + 1} | ",
            P("NAME_PATIENT", pn),
            " | ",
            P("MRN", c.digits(8)),
            " | ",
            P("ID_CARD", zh_idcard(c, aa, dob, sx)),
            " | ",
            P("PHONE", zh_mobile(c)),
            " | ",
            P("ACCESSION", f"P{day.year % 100}-{c.digits(5)}"),
            " | ",
            P("DATE", zh_date(c, day - dt.timedelta(days=c.ri(30, 900)), "dash")),
            f" | {c.ch(path)}\n",
        )
    d.put(
        "\n纳入标准：⟦pr|胸腔镜肺叶切除术⟧或⟦pr|肺段切除术⟧，术前⟦pr|薄层CT⟧示⟦an|右肺上叶⟧或⟦an|左肺下叶⟧结节⟦me|直径≤2cm⟧，⟦lab|CEA⟧ 正常；排除术前⟦dr|吉非替尼⟧靶向治疗者。\n"
    )
    d.put(
        "\n",
        P("NAME_CLINICIAN", sn),
        "\n",
        P("HOSPITAL", hosp),
        "胸外科 ",
        P("PHONE", zh_landline(c, a)),
        "\n",
    )
    return d


def yanglao_ruzhu(c):
    d = Doc()
    a = zh_area(c)
    day = rdate(c)
    pn, sex = zh_name(c)
    age = c.pick(c.ri(72, 89), c.ri(90, 102), c.ri(90, 99), c.ri(78, 89), c.ri(90, 96))
    dob = dob_for(c, age, day)
    home = c.ch(("福寿园养老院", "康乐颐养中心", "夕阳红老年公寓", "松鹤护理院"))
    d.put(P("HOSPITAL", f"{a[1]}{home}"), "  入住老年人健康评估表\n\n")
    d.put(
        "姓    名：",
        P("NAME_PATIENT", pn),
        "            性    别：",
        "男" if sex == "M" else "女",
        "            年    龄：",
        _age(age),
        "岁\n",
    )
    d.put(
        "身份证号：",
        P("ID_CARD", zh_idcard(c, a, dob, sex)),
        "          社保卡号：",
        P("INSURANCE", c.ch((f"{a[3]}{c.digits(8)}", f"{c.letters(1)}{c.digits(8)}"))),
        "\n",
    )
    d.put("户籍地址：", zh_address(c, a), "          邮    编：", P("POSTCODE", zh_postcode(c, a)), "\n")
    if c.chance(0.8):
        d.put("退休前单位：", P("WORKPLACE", c.ch(ZH_EMPLOYERS)), "\n")
    rn, rsex = zh_name(c)
    d.put(
        "联 系 人：",
        P("NAME_RELATIVE", rn),
        "（",
        c.ch(("长子", "侄子", "女婿")) if rsex == "M" else c.ch(("次女", "儿媳", "外孙女")),
        "）      电    话：",
        P("PHONE", zh_mobile(c)),
        "\n",
    )
    d.put(
        "体检机构：",
        P("HOSPITAL", zh_hosp(c, a)),
        "      体检日期：",
        P("DATE", zh_date(c, day - dt.timedelta(days=c.ri(3, 25)))),
        "\n\n",
    )
    d.put("既往史：⟦fi|2型糖尿病⟧、⟦fi|阿尔茨海默病⟧（轻度）、⟦fi|骨质疏松⟧，曾行⟦pr|左髋关节置换术⟧。\n")
    if c.chance(0.5):
        d.put(
            "植入器械：⟦pr|永久起搏器植入术⟧后，起搏器序列号 ", P("DEVICE", serial(c)), "（随身携带识别卡）\n"
        )
    d.put("用药：⟦dr|二甲双胍⟧ ⟦do|0.5g bid⟧，⟦dr|多奈哌齐⟧ ⟦do|5mg qn⟧，⟦dr|碳酸钙D3片⟧ ⟦do|600mg qd⟧\n")
    d.put(
        f"评估：⟦ep|Barthel指数⟧ {c.ri(35, 75)}分；⟦ep|Morse跌倒评估⟧ {c.ri(25, 65)}分；⟦lab|空腹血糖 {c.fl(6.1, 9.8)} mmol/L⟧；⟦me|BMI 19.6⟧；⟦an|骶尾部⟧⟦fi|皮肤完整⟧。\n"
    )
    d.put("护理等级：", c.ch(("二级", "一级", "特级")), "\n")
    en, _ = zh_name(c)
    d.put("\n评估医生：", P("NAME_CLINICIAN", en), "          评估日期：", P("DATE", zh_date(c, day)), "\n")
    if c.chance(0.5):
        d.put("机构传真：", P("FAX", zh_landline(c, a)), "\n")
    return d


def jiashi_tijian(c):
    d = Doc()
    a = zh_area(c)
    day = rdate(c)
    pn, sex = zh_name(c)
    age = c.ri(21, 72)
    dob = dob_for(c, age, day)
    hosp = zh_hosp(c, a)
    d.put(
        "机动车驾驶人身体条件证明\n",
        "体检机构：",
        P("HOSPITAL", hosp),
        "    体检编号：",
        P("ACCOUNT", f"TJ{day.year}{c.digits(7)}"),
        "\n",
    )
    d.put(
        "姓名：",
        P("NAME_PATIENT", pn),
        "  性别：",
        "男" if sex == "M" else "女",
        "  出生日期：",
        P("DATE", zh_date(c, dob, "dash")),
        "\n",
    )
    d.put("身份证明号码：", P("ID_CARD", zh_idcard(c, a, dob, sex)), "\n")
    d.put(
        "驾驶证档案编号：",
        P("LICENSE", f"{a[3][:2]}{c.digits(10)}"),
        "  申请准驾车型：",
        c.ch(("A2", "B2", "C1", "A1")),
        "\n",
    )
    if c.chance(0.7):
        d.put("工作单位：", P("WORKPLACE", c.ch(ZH_EMPLOYERS)), "\n")
    d.put("联系地址：", zh_address(c, a), "\n")
    if c.chance(0.5):
        d.put("邮政编码：", P("POSTCODE", zh_postcode(c, a)), "  ")
    d.put("联系电话：", P("PHONE", zh_mobile(c)), "\n")
    d.put("所驾车辆号牌：", P("VEHICLE", zh_plate(c, a)), "\n\n")
    d.put(
        f"身高 {c.ri(150, 188)}cm  ⟦me|裸眼视力 左4.{c.ri(6, 9)} 右4.{c.ri(6, 9)}⟧  ⟦me|矫正视力 左5.0 右5.0⟧  ⟦lab|辨色力正常⟧\n"
    )
    d.put("听力：⟦me|双耳距音叉50cm可辨声源方向⟧")
    if c.chance(0.4):
        d.put("（佩戴助听器，序列号 ", P("DEVICE", serial(c)), "）")
    d.put(
        "\n躯干和颈部：⟦fi|无运动功能障碍⟧；上肢：⟦an|双手拇指⟧健全；下肢：⟦an|右下肢⟧健全，⟦fi|双下肢等长⟧\n"
    )
    d.put(
        "既往：⟦fi|癫痫⟧否认，⟦fi|眩晕症⟧否认；长期服用⟦dr|苯磺酸氨氯地平⟧ ⟦do|5mg qd⟧，⟦me|BP 138/86mmHg⟧。⟦ep|Romberg征⟧阴性。\n"
    )
    dn, _ = zh_name(c)
    d.put(
        "\n体检结论：合格    医师签字：",
        P("NAME_CLINICIAN", dn),
        "  执业证书编号：",
        P("LICENSE", f"1{c.digits(14)}"),
        "\n",
    )
    d.put("体检日期：", P("DATE", zh_date(c, day)), "（有效期6个月）\n")
    return d


def yuezi_ruzhu(c):
    d = Doc()
    a = zh_area(c)
    day = rdate(c)
    mn, _ = zh_name(c, "F")
    hn, _ = zh_name(c, "M")
    age = c.ri(23, 41)
    dob = dob_for(c, age, day)
    center = c.ch(("悦心月子会所", "贝亲母婴护理中心", "安馨产后康复中心", "禧月坊月子中心"))
    d.put(
        P("HOSPITAL", center),
        " 母婴入住登记\n合同编号：",
        P("OTHER_ID", f"YZ{day.year}{c.digits(5)}"),
        "    入住日期：",
        P("DATE", zh_date(c, day)),
        "\n\n",
    )
    d.put("【产妇】", P("NAME_PATIENT", mn), "  ", str(age), "岁  ")
    if c.chance(0.25):
        d.put("证件：", c.ch(("护照 ", "港澳居民来往内地通行证 ")), P("PASSPORT", zh_passport(c)), "\n")
    else:
        d.put("身份证：", P("ID_CARD", zh_idcard(c, a, dob, "F")), "\n")
    d.put(
        "分娩医院：",
        P("HOSPITAL", zh_hosp(c, a)),
        "  住院号：",
        P("MRN", c.digits(7)),
        "  分娩日期：",
        P("DATE", zh_date(c, day - dt.timedelta(days=c.ri(3, 8)), "md")),
        "\n",
    )
    d.put(
        "分娩方式：",
        c.ch(("⟦pr|子宫下段剖宫产术⟧", "⟦pr|经阴道分娩⟧，⟦pr|会阴侧切缝合术⟧")),
        "；⟦lab|血红蛋白 98 g/L⟧，⟦fi|轻度贫血⟧；⟦dr|多糖铁复合物胶囊⟧ ⟦do|150mg qd⟧\n",
    )
    d.put(
        "【新生儿】小名 ",
        P("NAME_PATIENT", c.ch(ZH_XIAOMING)),
        "  ",
        c.ch(("男", "女")),
        f"  ⟦me|出生体重 {c.ri(2650, 3950)}g⟧  ⟦ep|Apgar评分⟧ 9-10分；⟦lab|经皮胆红素 {c.ri(120, 240)} μmol/L⟧\n",
    )
    d.put("  已接种⟦dr|乙肝疫苗⟧第1针、⟦dr|卡介苗⟧；⟦an|脐部⟧⟦fi|干燥无渗出⟧\n")
    d.put("【家属】丈夫 ", P("NAME_RELATIVE", hn), "  电话 ", P("PHONE", zh_mobile(c)), "\n")
    if c.chance(0.5):
        d.put("  邮箱 ", P("EMAIL", zh_email(c)), "\n")
    d.put("  家庭住址 ", zh_address(c, a, province=c.chance(0.5)), "\n")
    if c.chance(0.6):
        d.put("  停车登记车牌 ", P("VEHICLE", zh_plate(c, a)), "\n")
    nn, _ = zh_name(c)
    d.put(
        "\n责任护士：",
        P("NAME_CLINICIAN", nn),
        "   驻店儿科医生：",
        P("NAME_CLINICIAN", zh_surname(zh_name(c)[0])),
        "医生\n",
    )
    return d


TEMPLATES = [
    ("zh28_liuxuesheng", liuxuesheng),
    ("zh28_jiaoxue_chafang", jiaoxue_chafang),
    ("zh28_keyan_youjian", keyan_youjian),
    ("zh28_yanglao_ruzhu", yanglao_ruzhu),
    ("zh28_jiashi_tijian", jiashi_tijian),
    ("zh28_yuezi_ruzhu", yuezi_ruzhu),
    *_zh2.TEMPLATES,
]
