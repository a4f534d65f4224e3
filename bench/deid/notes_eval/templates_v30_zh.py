# Longer than 450 lines: six document templates, each one function of literal text, kept together.
"""v30 Chinese templates, part 1 (README.md "v30"); TEMPLATES lists all twelve (part 2 in
templates_v30_zh2.py).

Document types none of v1-v29 used: 腹腔穿刺术记录, 鼻胃管置入及鼻饲护理交班随记, 同步电复律治疗记录,
香港长者医疗券内地使用登记 (traditional script), 海外商业保险直付担保申请 (mixed Chinese/English) and
胰岛素泵佩戴及参数调整记录表."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

import templates_v30_zh2 as _zh2
from _v30_kit import (
    EMPLOYERS,
    ZH_EMPLOYERS,
    Doc,
    P,
    age_pair,
    cn,
    dob_for,
    email_for,
    en_name,
    hk_permit,
    id_card,
    landline,
    link,
    mobile,
    plus,
    rdate,
    relation_zh,
    timeline,
    yibao,
    zh_addr,
    zh_area,
    zh_doc,
    zh_email,
    zh_hospital,
    zh_kin,
    zh_licence,
    zh_mrn,
    zh_names,
    zh_passport,
    zh_plate,
    zh_serial,
    zh_sex,
    zh_ta,
)


def _age(age):
    return [P("AGE_OVER_89", str(age)), "岁"] if age > 89 else f"{age}岁"


def fuqiang_chuanci(c):
    d = Doc()
    a = zh_area(c)
    h = zh_hospital(c, a)
    p, doc1, doc2, rel = zh_names(c, 4)
    age = age_pair(c, 0.2, 35, 88)
    day = rdate(c)
    d.put(P("HOSPITAL", h), "\n腹腔穿刺术记录\n\n")
    d.put(
        "姓名：",
        P("NAME_PATIENT", p.name),
        "  性别：",
        zh_sex(p.sex),
        "  年龄：",
        _age(age),
        "  住院号：",
        P("MRN", zh_mrn(c)),
        "\n",
    )
    d.put("操作日期：", P("DATE", cn(day, c=c)), "\n\n")
    dx = c.ch(
        (
            "⟦fi|乙肝肝硬化失代偿期⟧",
            "⟦fi|酒精性肝硬化⟧",
            "⟦fi|结核性腹膜炎⟧",
            "⟦fi|卵巢癌腹膜转移⟧" if p.sex == "F" else "⟦fi|胃癌腹膜转移⟧",
        )
    )
    d.put("术前诊断：", dx, "，⟦fi|大量腹水⟧。\n")
    d.put(
        f"术前检查：⟦lab|血小板 {c.ri(42, 210)}×10^9/L⟧，⟦lab|凝血酶原时间 {c.fl(11.5, 17.9)}秒⟧，⟦ep|Child-Pugh分级⟧{c.ch(('B', 'C'))}级。\n"
    )
    d.put(
        "操作经过：患者取半卧位，⟦pr|B超定位⟧于⟦an|左下腹⟧反麦氏点，常规消毒铺巾，⟦dr|2%利多卡因⟧⟦do|5ml⟧逐层局部浸润麻醉，"
        f"穿刺针进入腹腔后抽出{c.ch(('淡黄色清亮', '淡红色血性', '浑浊'))}腹水，缓慢放液⟦me|{c.ch((1500, 2000, 2500, 3000))}ml⟧，"
        f"放液后输注⟦dr|人血白蛋白⟧⟦do|{c.ch((10, 20))}g⟧。\n"
    )
    d.put(
        "腹水送检⟦lab|腹水常规⟧、⟦lab|腹水生化⟧、⟦lab|腹水ADA⟧及细菌培养，标本号：",
        P("ACCESSION", f"{c.ch(('FS', 'BB', ''))}{c.digits(9)}"),
        "，条码号：",
        P("ACCESSION", c.digits(12)),
        "。\n",
    )
    d.put(
        f"术中⟦me|血压 {c.ri(96, 138)}/{c.ri(56, 86)}mmHg⟧，患者无不适，术后嘱{zh_ta(p.sex)}平卧、保持穿刺点干燥。\n\n"
    )
    rw = relation_zh(c, p.sex, age, rel.sex)
    rel = zh_kin(c, p, rw, rel)
    d.put(
        "知情同意书签字人：",
        P("NAME_RELATIVE", rel.name),
        f"（患者{rw}），联系电话：",
        P("PHONE", mobile(c)),
        "\n",
    )
    d.put("操作者：", P("NAME_CLINICIAN", doc1.name), "    上级医师：", zh_doc(doc2, "主任"), "\n")
    return d


def weiguan_zhiru(c):
    d = Doc()
    a = zh_area(c)
    h = zh_hospital(c, a)
    p, n1, n2, n3, rel = zh_names(c, 5)
    age = age_pair(c, 0.3, 55, 89)
    day = rdate(c)
    d.put(P("HOSPITAL", h), " 神经内科 护理交班随记（鼻饲）\n")
    d.put(
        f"{c.ri(1, 48)}床 ",
        P("NAME_PATIENT", p.name),
        " ",
        zh_sex(p.sex),
        " ",
        _age(age),
        " 住院号",
        P("MRN", zh_mrn(c)),
        "\n",
    )
    d.put(
        "诊断：",
        c.ch(("⟦fi|脑梗死恢复期⟧", "⟦fi|脑出血后遗症⟧", "⟦fi|帕金森病晚期⟧", "⟦fi|吞咽障碍⟧")),
        "，⟦ep|洼田饮水试验⟧",
        c.ch(("4级", "5级")),
        "\n\n",
    )
    pts = timeline(c, day, c.ri(3, 5), (4, 10))
    for i, (cur, hm) in enumerate(pts):
        nurse = c.ch((n1, n2, n3))
        d.put(P("DATE", cn(cur, c.ch(("md", "mdd")))), f" {hm} ")
        if i == 0:
            d.put(
                f"遵医嘱行⟦pr|留置胃管⟧，⟦me|{c.ch((14, 16))}号⟧胃管，插入深度⟦me|{c.ri(45, 55)}cm⟧，抽出胃液，⟦lab|pH {c.ri(2, 5)}⟧，固定好。"
            )
        elif i == 1:
            d.put(
                f"鼻饲⟦dr|{c.ch(('肠内营养混悬液(TPF)', '整蛋白型肠内营养剂', '短肽型肠内营养剂'))}⟧⟦do|{c.ch((200, 250, 300))}ml⟧，⟦me|床头抬高30°⟧，无呛咳。"
            )
        else:
            d.put(
                c.ch(
                    (
                        "回抽胃残余量⟦me|80ml⟧，暂停一次，报告医生。",
                        "⟦dr|奥美拉唑⟧⟦do|20mg⟧研碎鼻饲，温开水冲管。",
                        "患者自行拔管一次，重新置管，约束手套使用中。",
                        f"⟦lab|血糖 {c.fl(5.2, 13.6)}mmol/L⟧，继续鼻饲。",
                    )
                )
            )
        d.put(
            " ——",
            P(
                "NAME_CLINICIAN",
                c.ch(
                    (
                        nurse.name,
                        nurse.name[-2:]
                        if len(nurse.name) == 3 and nurse.surname == nurse.name[0]
                        else nurse.name,
                    )
                ),
            ),
            "\n",
        )
    rw = relation_zh(c, p.sex, age, rel.sex)
    rel = zh_kin(c, p, rw, rel)
    d.put(
        f"\n陪护：{rw}",
        P("NAME_RELATIVE", rel.name),
        "，电话",
        P("PHONE", mobile(c)),
        "，已教会鼻饲方法，告知勿自行调速。\n",
    )
    return d


def dianfulv(c):
    d = Doc()
    a = zh_area(c)
    h = zh_hospital(c, a, "big")
    p, dr, anes, rel = zh_names(c, 4)
    age = age_pair(c, 0.1, 32, 86)
    day = rdate(c)
    dob = dob_for(c, age, day)
    d.put(P("HOSPITAL", h), "\n心内科 同步电复律治疗记录\n\n")
    d.put("姓名：", P("NAME_PATIENT", p.name), "  性别：", zh_sex(p.sex), "  年龄：", _age(age), "\n")
    d.put("住院号：", P("MRN", zh_mrn(c)), "  身份证号：", P("ID_CARD", id_card(c, a, dob, p.sex)), "\n")
    d.put("现住址：", zh_addr(c, a, c.chance(0.7)), "\n")
    if c.chance(0.6):
        d.put("邮编：", P("POSTCODE", a.post), "\n")
    d.put("日期：", P("DATE", cn(day, c=c)), "\n\n")
    d.put(
        "诊断：",
        c.ch(("⟦fi|持续性心房颤动⟧", "⟦fi|心房扑动⟧", "⟦fi|阵发性室上性心动过速⟧")),
        f"，⟦lab|左房内径 {c.ri(36, 52)}mm⟧，⟦me|LVEF {c.ri(38, 66)}%⟧。术前规律服用⟦dr|利伐沙班⟧⟦do|20mg qd⟧三周，⟦pr|经食管超声心动图⟧未见⟦fi|左心耳血栓⟧。\n",
    )
    if c.chance(0.4):
        d.put("患者体内有⟦pr|永久起搏器⟧，序列号：", P("DEVICE", zh_serial(c)), "，术前程控正常。\n")
    d.put(
        f"麻醉：⟦dr|丙泊酚⟧⟦do|{c.ri(50, 110)}mg⟧静注，麻醉医师：",
        P("NAME_CLINICIAN", anes.name),
        f"。电极板前-后位，同步⟦pr|双相波电复律⟧⟦me|{c.ch((100, 150, 200))}J⟧，一次转为⟦fi|窦性心律⟧，⟦me|心率 {c.ri(56, 78)}次/分⟧。\n",
    )
    d.put(f"术后⟦lab|血钾 {c.fl(3.6, 4.8)}mmol/L⟧，予⟦dr|胺碘酮⟧⟦do|0.2g tid⟧口服，一周后减量。\n")
    rw = relation_zh(c, p.sex, age, rel.sex)
    rel = zh_kin(c, p, rw, rel)
    d.put("\n家属：", P("NAME_RELATIVE", rel.name), f"（{rw}） 电话：", P("PHONE", mobile(c)), "\n")
    d.put("术者：", zh_doc(dr, "医生"))
    if c.chance(0.5):
        d.put("  医师执业证书编号：", P("LICENSE", zh_licence(c)))
    d.put("\n")
    return d


HK_SUR_TRAD = "陳 李 黃 張 梁 林 何 吳 劉 鄭 楊 謝 郭 羅 曾 鄧 蕭 馮 葉 蔡".split()
HK_GIVEN_F = "淑芬 美玲 慧儀 秀英 鳳儀 麗珍 嘉欣 詠詩 婉華 寶珠".split()
HK_GIVEN_M = "國強 志明 偉文 家豪 錦華 振邦 耀祖 德輝 永康 樹森".split()
HK_STREETS = [
    "九龍旺角彌敦道",
    "新界沙田大圍積輝街",
    "香港島北角英皇道",
    "九龍觀塘協和街",
    "新界元朗青山公路",
    "新界屯門屯興路",
    "九龍深水埗長沙灣道",
    "香港島柴灣道",
]
HK_CLINICS = [
    "深圳市羅湖區港澳長者醫療服務中心",
    "珠海市橫琴口岸綜合醫院",
    "深圳市福田區第二人民醫院國際部",
    "中山市港澳居民醫療服務站",
]


def yiliaoquan(c):
    d = Doc()
    sex = c.ch("FM")
    sur = c.ch(HK_SUR_TRAD)
    name = sur + c.ch(HK_GIVEN_F if sex == "F" else HK_GIVEN_M)
    doc = c.ch([s for s in HK_SUR_TRAD if s != sur])
    age = c.ri(65, 101)
    day = rdate(c, 2021, 2025)
    dob = dob_for(c, age, day)
    d.put(P("HOSPITAL", c.ch(HK_CLINICS)), "\n香港長者醫療券 內地使用登記表\n\n")
    d.put(
        "姓名：",
        P("NAME_PATIENT", name),
        "    性別：",
        "男" if sex == "M" else "女",
        "    年齡：",
        _age(age),
        "\n",
    )
    d.put("出生日期：", P("DATE", f"{dob.day:02d}/{dob.month:02d}/{dob.year}"), "\n")
    d.put("香港身份證號碼：", P("OTHER_ID", f"{c.letters(1)}{c.digits(6)}({c.ri(0, 9)})"), "\n")
    d.put("港澳居民來往內地通行證：", P("PASSPORT", hk_permit(c)), "\n")
    d.put("醫療券戶口編號：", P("ACCOUNT", f"EV{c.digits(9)}"), "\n")
    d.put(
        "香港住址：",
        P("ADDRESS_STREET", f"{c.ch(HK_STREETS)}{c.ri(2, 688)}號{c.ri(2, 32)}樓{c.ch('ABCDEFGH')}室"),
        "\n",
    )
    d.put("聯絡電話：", P("PHONE", f"+852 {c.ch('569')}{c.digits(3, False)} {c.digits(4, False)}"))
    if c.chance(0.5):
        d.put("    內地電話：", P("PHONE", mobile(c)))
    d.put("\n")
    if c.chance(0.5):
        d.put("電郵：", P("EMAIL", zh_email(c)), "\n")
    d.put("就診日期：", P("DATE", cn(day, c.ch(("ymd", "dash")))), "\n\n")
    d.put(
        "診斷：",
        c.ch(("⟦fi|原發性高血壓⟧", "⟦fi|2型糖尿病⟧", "⟦fi|膝骨關節炎⟧", "⟦fi|慢性阻塞性肺疾病⟧")),
        f"；⟦me|血壓 {c.ri(118, 172)}/{c.ri(62, 98)}mmHg⟧，⟦lab|空腹血糖 {c.fl(5.1, 11.8)}mmol/L⟧\n",
    )
    d.put(
        "處方：",
        c.ch(
            (
                "⟦dr|氨氯地平⟧⟦do|5mg qd⟧",
                "⟦dr|二甲雙胍⟧⟦do|0.5g tid⟧",
                "⟦dr|塞來昔布⟧⟦do|200mg qd⟧",
                "⟦dr|噻托溴銨⟧⟦do|18μg qd⟧",
            )
        ),
        f"；本次使用醫療券 {c.ch((200, 350, 500, 800))} 港元\n",
    )
    d.put("接診醫生：", P("NAME_CLINICIAN", doc), "醫生\n")
    if c.chance(0.5):
        d.put("傳真：", P("FAX", f"0755-{c.digits(8, False)}"), "\n")
    return d


INS_CARRIERS = ["Allianz Care", "Cigna Global", "AXA Global Healthcare", "Bupa International", "GeoBlue"]


def haiwai_baoxian(c):
    d = Doc()
    a = zh_area(c)
    h = zh_hospital(c, a, "big")
    foreign = c.chance(0.55)
    if foreign:
        en = en_name(c)
        pname, sex = (f"{en.first} {en.last}" if c.chance(0.6) else f"{en.last.upper()} {en.first}"), en.sex
        cm_name, doc = zh_names(c, 2)
    else:
        p, cm_name, doc = zh_names(c, 3)
        pname, sex = p.name, p.sex
    age = age_pair(c, 0.05, 22, 79)
    day = rdate(c)
    d.put(P("HOSPITAL", h), " 国际医疗部 International Medical Services\n")
    d.put("直付担保申请 / Guarantee of Payment (GOP) Request\n\n")
    d.put("保险公司 Insurer: ", c.ch(INS_CARRIERS), "    传真 Fax: ", P("FAX", landline(c, a)), "\n")
    d.put("保单号 Policy No.: ", P("INSURANCE", f"{c.letters(3)}{c.digits(8)}"), "\n")
    d.put("理赔号 Claim Ref.: ", P("OTHER_ID", f"CLM-{c.digits(8)}"), "\n\n")
    d.put(
        "患者 Patient: ",
        P("NAME_PATIENT", pname),
        "    性别 Sex: ",
        "M" if sex == "M" else "F",
        "    年龄 Age: ",
        str(age),
        "\n",
    )
    d.put("出生日期 DOB: ", P("DATE", dob_for(c, age, day).strftime(c.ch(("%d/%m/%Y", "%Y-%m-%d")))), "\n")
    d.put(
        "护照号 Passport No.: ",
        P("PASSPORT", zh_passport(c) if not foreign else f"{c.letters(1)}{c.digits(8)}"),
        "\n",
    )
    d.put("病案号 MRN: ", P("MRN", zh_mrn(c)), "\n")
    if c.chance(0.6):
        d.put(
            "派出单位/雇主 Employer: ",
            P("WORKPLACE", c.ch(EMPLOYERS) if foreign else c.ch(ZH_EMPLOYERS)),
            "\n",
        )
    d.put("联系电话 Tel: ", P("PHONE", mobile(c)), "\n")
    d.put("入院日期 Admission: ", P("DATE", cn(day, c=c)), "\n\n")
    dx = c.ch(
        (
            ("⟦fi|急性阑尾炎⟧ acute appendicitis", "⟦pr|腹腔镜阑尾切除术⟧ laparoscopic appendectomy"),
            ("⟦fi|社区获得性肺炎⟧ community-acquired pneumonia", "⟦dr|头孢曲松⟧ ceftriaxone ⟦do|2g qd⟧ IV"),
            ("⟦fi|右桡骨远端骨折⟧ distal radius fracture", "⟦pr|切开复位内固定术⟧ ORIF"),
            ("⟦fi|急性胆囊炎⟧ acute cholecystitis", "⟦pr|腹腔镜胆囊切除术⟧ laparoscopic cholecystectomy"),
        )
    )
    d.put("诊断 Diagnosis: ", dx[0], "\n")
    d.put("拟行治疗 Planned treatment: ", dx[1], "\n")
    d.put(
        f"检查 Labs: ⟦lab|白细胞 {c.fl(9.5, 19.8)}×10^9/L⟧ WBC, ⟦lab|C反应蛋白 {c.ri(12, 186)}mg/L⟧ CRP; ⟦me|体温 {c.fl(37.3, 39.4)}℃⟧\n"
    )
    d.put(f"预估费用 Estimated cost: RMB {c.ri(18, 96)},000\n\n")
    d.put("主治医师 Attending: ", zh_doc(doc, "医生"))
    if c.chance(0.5):
        d.put("（执业证书编号 ", P("LICENSE", zh_licence(c)), "）")
    d.put("\n")
    cm_mail = email_for(
        c,
        c.ch(("lily", "grace", "kevin", "jason", "amy", "eric")),
        "imsdesk",
        c.ch(("ims-hosp.cn", "intlcare.cn")),
    )
    d.put("个案经理 Case manager: ", P("NAME_CLINICIAN", cm_name.name), "  ", P("EMAIL", cm_mail), "\n")
    if c.chance(0.6):
        d.put("病历资料上传 Secure upload: ", P("URL", link(c, "gop.intlcare.cn")), "\n")
    return d


def yidaosu_beng(c):
    d = Doc()
    a = zh_area(c)
    h = zh_hospital(c, a, "big")
    p, nurse, dr = zh_names(c, 3)
    age = age_pair(c, 0.06, 9, 78)
    day = rdate(c)
    d.put(P("HOSPITAL", h), " 内分泌科\n胰岛素泵佩戴及参数调整记录表\n\n")
    d.put("姓名\t", P("NAME_PATIENT", p.name), "\t性别\t", zh_sex(p.sex), "\t年龄\t", _age(age), "\n")
    d.put("门诊号\t", P("MRN", zh_mrn(c)), "\t医保卡号\t", P("INSURANCE", yibao(c, a)), "\n")
    d.put("电话\t", P("PHONE", mobile(c)), "\n")
    if c.chance(0.7):
        d.put("住址\t", zh_addr(c, a, False), "\n")
    d.put("泵序列号\t", P("DEVICE", zh_serial(c)), "\n")
    if c.chance(0.5):
        d.put("动态血糖仪（CGM）发射器序列号\t", P("DEVICE", zh_serial(c)), "\n")
    d.put(
        "诊断\t",
        c.ch(("⟦fi|1型糖尿病⟧", "⟦fi|2型糖尿病⟧", "⟦fi|暴发性1型糖尿病⟧")),
        f"，⟦lab|糖化血红蛋白 {c.fl(7.1, 12.9)}%⟧\n",
    )
    d.put("胰岛素\t⟦dr|门冬胰岛素⟧⟦do|100U/ml⟧\n\n")
    d.put("日期\t基础率(U/h)\t餐前大剂量\t⟦lab|空腹血糖⟧\t调整者\n")
    cur = day
    for _ in range(c.ri(3, 5)):
        d.put(
            P("DATE", cn(cur, c.ch(("md", "dash")))),
            f"\t{c.fl(0.4, 1.4, 2)}\t{c.ri(3, 9)}-{c.ri(3, 9)}-{c.ri(3, 9)}U\t{c.fl(4.6, 11.2)}\t",
            P("NAME_CLINICIAN", nurse.name),
            "\n",
        )
        cur = plus(cur, c.ri(2, 4))
    if c.chance(0.4) and age >= 22:
        d.put("\n职业：出租车司机，车牌号 ", P("VEHICLE", zh_plate(c, a)), "；驾驶前须测指尖血糖。")
    d.put("\n宣教：⟦fi|低血糖⟧处理，⟦fi|糖尿病酮症酸中毒⟧预警；⟦pr|皮下埋置针⟧每3天更换，部位为⟦an|腹部⟧。\n")
    if c.chance(0.8):
        d.put("数据上传：", P("URL", link(c, "pump.diabetescare.cn")), "\n")
    if c.chance(0.5):
        d.put("报告发送邮箱：", P("EMAIL", zh_email(c)), "\n")
    d.put(
        "主管医生：",
        zh_doc(dr, c.ch(("医生", "主任"))),
        "  糖尿病专科护士：",
        P("NAME_CLINICIAN", nurse.name),
        "\n",
    )
    return d


TEMPLATES = [
    ("zh30_fuqiang_chuanci", fuqiang_chuanci),
    ("zh30_weiguan_bisi", weiguan_zhiru),
    ("zh30_dianfulv", dianfulv),
    ("zh30_zhangzhe_yiliaoquan", yiliaoquan),
    ("zh30_haiwai_baoxian_gop", haiwai_baoxian),
    ("zh30_yidaosu_beng", yidaosu_beng),
    *_zh2.TEMPLATES,
]

__all__ = ["TEMPLATES", "id_card", "landline"]
