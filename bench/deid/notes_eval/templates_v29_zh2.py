# Longer than 450 lines: six whole document templates, laid out one value per line by the formatter.
"""v29 Chinese templates (2 of 2; README.md "v29").

Document types none of v1-v28 used: a 门诊药房调剂差错登记, a 血友病患者登记/家庭治疗随访表, a
居民健康档案 cover and personal information sheet, a 12320 卫生热线来电记录 with speaker turns, a
断指再植手术记录 of a work injury, and the OCR'd text of a handwritten 门诊病历本 page."""

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


def zh29_yaofang_chacuo(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a)
    ref = kit.rdate(c)
    p = kit.zh_name(c)
    ph1, ph2, head = kit.zh_names(c, 3)
    age, _ = kit.age_pair(c, 0.12, 2, 89)
    pair = c.ch(
        (
            ("⟦dr|格列齐特缓释片⟧", "⟦dr|格列吡嗪控释片⟧"),
            ("⟦dr|氨氯地平片⟧", "⟦dr|氨氯地平阿托伐他汀钙片⟧"),
            ("⟦dr|别嘌醇片⟧", "⟦dr|苯溴马隆片⟧"),
            ("⟦dr|地高辛片⟧", "⟦dr|地西泮片⟧"),
            ("⟦dr|甲巯咪唑片⟧", "⟦dr|丙硫氧嘧啶片⟧"),
        )
    )
    d.put(P("HOSPITAL", hosp), " 门诊药房 调剂差错登记表\n")
    d.put(
        "登记日期：",
        D(kit.cn(ref, c.ch(("cn", "iso", "dot")))),
        "   记录终端 ",
        P("IP", kit.zh_ip(c)),
        "\n\n",
    )
    d.put("处方号：", P("OTHER_ID", "CF" + c.digits(9)), "   就诊卡号：", P("ACCOUNT", c.digits(12)), "\n")
    d.put("患者：", NP(p.name), "   ", kit.age_p(age), "岁   联系电话：", P("PHONE", kit.mobile(c)), "\n")
    d.put(
        "差错内容：处方开具 ",
        pair[0],
        " ",
        K("DOSE", c.ch(("30mg qd", "5mg qd", "0.1g tid", "0.125mg qd", "10mg tid"))),
        "，调配为 ",
        pair[1],
        "，核对环节未发现，患者取药离开。\n",
    )
    d.put("发现经过：", D(kit.cn(kit.plus(ref, c.ri(0, 2)), "md")), " 患者家属来电询问药盒不同，")
    if c.chance(0.5):
        r = kit.zh_name(c)
        d.put(
            "来电人 ",
            NR(r.name),
            "（",
            (kit.relation_zh_young if age > 60 else kit.relation_zh)(r.sex, c),
            "）。",
        )
    d.put(
        "已电话追回，患者未服用/已服1次，无 ",
        K("FINDING", "低血糖"),
        " 等不良反应，复查 ",
        K("LAB", "空腹血糖"),
        " 正常。\n",
    )
    d.put(
        "调配药师：",
        NC(ph1.name),
        "   核对药师：",
        NC(ph2.name),
        "   药房组长：",
        *kit.zh_doc(c, head, "老师"),
        "\n",
    )
    d.put("整改：相似药名货位分开，加贴 “易混淆” 标识。差错分级：", c.ch(("B级", "C级")), "\n")
    return d


def zh29_xueyoubing(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a)
    ref = kit.rdate(c)
    p = kit.zh_name(c, "M", minority=0.08)
    doc = kit.zh_name(c)
    child = c.chance(0.55)
    age = c.ri(3, 16) if child else c.ri(19, 60)
    dob = kit.dob_for(c, age, ref)
    typ = c.ch(
        (
            ("⟦fi|血友病A（重型）⟧", "⟦lab|FⅧ:C <1%⟧", "⟦dr|重组人凝血因子Ⅷ⟧"),
            ("⟦fi|血友病A（中型）⟧", "⟦lab|FⅧ:C 3%⟧", "⟦dr|人凝血因子Ⅷ⟧"),
            ("⟦fi|血友病B（重型）⟧", "⟦lab|FⅨ:C <1%⟧", "⟦dr|人凝血酶原复合物⟧"),
        )
    )
    d.put(P("HOSPITAL", hosp), " 血友病诊疗中心 患者登记及家庭治疗随访表\n\n")
    d.put(
        "登记号：",
        P("OTHER_ID", f"HX-{a.code[:2]}-{c.digits(5)}"),
        "   登记日期：",
        D(kit.cn(ref, c.ch(("cn", "slash")))),
        "\n",
    )
    d.put(
        "姓名：",
        NP(p.name),
        "   出生日期：",
        D(kit.cn(dob, c.ch(("cn", "iso")))),
        "   身份证：",
        P("ID_CARD", kit.id_card(c, a, dob, "M")),
        "\n",
    )
    d.put("医保卡号：", P("INSURANCE", kit.yibao(c, a)), "\n")
    d.put("住址：", *kit.zh_addr(c, a, prov=True), "   邮编：", P("POSTCODE", a.post), "\n")
    if child:
        g = kit.zh_name(c, minority=0.05)
        d.put(
            "监护人：",
            NR(g.name),
            "（",
            "母亲" if g.sex == "F" else "父亲",
            "）  电话：",
            P("PHONE", kit.mobile(c)),
            "\n",
        )
        if c.chance(0.5):
            d.put("邮箱：", P("EMAIL", kit.zh_email(c)), "\n")
    else:
        d.put(
            "工作单位：",
            P(
                "WORKPLACE",
                f"{a.city.removesuffix('市')}{c.ch(('电力公司', '第一中学', '物流园', '烟草公司', '广播电视台'))}",
            ),
            "  电话：",
            P("PHONE", kit.mobile(c)),
            "\n",
        )
    d.put("\n诊断：", typ[0], "，", typ[1], "，", K("LAB", "抑制物筛查阴性"), "\n")
    d.put(
        "家庭预防治疗：",
        typ[2],
        " ",
        K("DOSE", c.ch(("25IU/kg 每周3次", "20IU/kg 隔日", "30IU/kg 每周2次"))),
        "\n",
    )
    d.put(
        "既往关节出血：",
        K("ANATOMY", c.ch(("右膝关节", "左踝关节", "右肘关节"))),
        "，",
        K("MEASUREMENT", f"HJHS评分{c.ri(2, 18)}分"),
        "\n",
    )
    d.put(
        "本次随访：",
        D(kit.cn(kit.plus(ref, c.ri(60, 200)), "md")),
        "，近3个月出血 ",
        str(c.ri(0, 4)),
        " 次。\n",
    )
    if c.chance(0.75):
        d.put(
            "家庭注射记录上传：",
            P("URL", f"https://hemo.{c.ch(('care', 'hx', 'xyb'))}.org.cn/u/{c.token(9)}"),
            "\n",
        )
    d.put("随访医生：", NC(doc.name), "   执业证书编号：", P("LICENSE", kit.zh_licence(c)), "\n")
    return d


def zh29_jiankang_dangan(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a, c.ch(("community", "township")))
    ref = kit.rdate(c)
    p = kit.zh_name(c, minority=0.3)
    age, _ = kit.age_pair(c, 0.4, 40, 89)
    dob = kit.dob_for(c, age, ref)
    maker, doc = kit.zh_names(c, 2)
    d.put("居 民 健 康 档 案\n\n")
    d.put("档案编号：", P("OTHER_ID", a.code + c.digits(3) + c.digits(3) + c.digits(5)), "\n")
    d.put("姓    名：", NP(p.name), "\n")
    d.put("现 住 址：", *kit.zh_addr(c, a, prov=c.chance(0.6)), "\n")
    d.put("户籍地址：", "同上\n" if c.chance(0.6) else "")
    d.put("联系电话：", P("PHONE", c.ch((kit.mobile(c), kit.landline(c, a)))), "\n")
    d.put(
        "乡镇（街道）名称：",
        P("ADDRESS_STREET", a.dist),
        "\n建档单位：",
        P("HOSPITAL", hosp),
        "\n建 档 人：",
        NC(maker.name),
        "      责任医生：",
        NC(doc.name),
        "\n",
    )
    d.put("建档日期：", D(kit.cn(ref, c.ch(("cn0", "ymd")))), "\n\n")
    d.put("个人基本信息表\n")
    d.put(
        "性别：",
        "女" if p.sex == "F" else "男",
        "   出生日期：",
        D(kit.cn(dob, c.ch(("ymd", "cn")))),
        "   年龄：",
        kit.age_p(age),
        "\n",
    )
    d.put("身份证号：", P("ID_CARD", kit.id_card(c, a, dob, p.sex)), "   邮编：", P("POSTCODE", a.post), "\n")
    if age < 65 and c.chance(0.8):
        d.put(
            "工作单位：",
            P("WORKPLACE", f"{a.dist}{c.ch(('供销社', '中心小学', '粮站', '水务站', '农机合作社'))}"),
            "\n",
        )
    else:
        d.put("工作单位：无（退休）\n")
    r = kit.zh_name(c, minority=0.2)
    d.put("联系人姓名：", NR(r.name), "   联系人电话：", P("PHONE", kit.mobile(c)), "\n")
    d.put("医疗费用支付方式：城乡居民基本医疗保险  卡号 ", P("INSURANCE", kit.yibao(c, a)), "\n")
    d.put(
        "既往史：",
        K("FINDING", c.ch(("高血压", "2型糖尿病", "慢性阻塞性肺疾病", "脑卒中"))),
        "（",
        D(kit.cn(kit.plus(dob, 365 * c.ri(40, 60)), "cn")),
        "确诊）；药物过敏史：",
        K("DRUG", c.ch(("青霉素", "磺胺类", "头孢类"))),
        "\n",
    )
    d.put(
        "自理能力：",
        K("EPONYM", "Barthel指数"),
        " ",
        K("MEASUREMENT", f"{c.ri(40, 100)}分"),
        "；体检：",
        K("MEASUREMENT", f"血压{c.ri(128, 176)}/{c.ri(72, 100)}mmHg"),
        "，",
        K("MEASUREMENT", f"BMI {c.fl(19, 31)}"),
        "\n",
    )
    if c.chance(0.35):
        d.put("残疾情况：听力残疾，佩戴助听器（序列号 ", P("DEVICE", kit.zh_serial(c)), "）\n")
    if c.chance(0.35):
        d.put(
            "家庭医生签约：",
            P("URL", f"https://jtys.{c.ch(('wjw', 'jk', 'sq'))}.gov.cn/qy/{c.token(10)}"),
            "\n",
        )
    return d


def zh29_rexian_laidian(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a)
    ref = kit.rdate(c)
    op = kit.zh_name(c)
    caller = kit.zh_name(c)
    self_call = c.chance(0.5)
    pt = caller if self_call else kit.zh_name(c, minority=0.1)
    d.put("12320卫生健康热线 来电记录\n")
    d.put(
        "工单号：",
        P("OTHER_ID", f"{ref.year}{ref.month:02d}{c.digits(6)}"),
        "  来电时间：",
        D(kit.cn(ref, c.ch(("iso", "cn")))),
        f" {c.ri(8, 21):02d}:{c.ri(0, 59):02d}  来电号码：",
        P("PHONE", kit.mobile(c)),
        "\n",
    )
    d.put("话务员：", NC(op.name), "（工号 ", c.digits(4), "）\n\n")
    d.put("【通话转写】\n")
    d.put("话务员：您好，12320，请问有什么可以帮您？\n")
    intro = "我叫" if self_call else "我是病人家属，我叫"
    d.put(
        "来电人：",
        intro,
        NP(caller.name) if self_call else NR(caller.name),
        "。",
        "" if self_call else ["我", c.ch(("父亲", "母亲", "爱人")), NP(pt.name), "在"],
        "",
    )
    d.put(
        "" if not self_call else "我在",
        P("HOSPITAL", hosp),
        "看病，",
        D(kit.cn(kit.plus(ref, -c.ri(1, 10)), "md")),
        "住的院，住院号 ",
        P("MRN", kit.zh_mrn(c)),
        "。\n",
    )
    topic = c.ch(("park", "fee", "wait"))
    if topic == "park":
        d.put(
            "来电人：医院停车场把我车（",
            P("VEHICLE", kit.zh_plate(c, a)),
            "）锁了，说欠费，我是送病人做 ",
            K("PROCEDURE", "急诊PCI"),
            " 的！\n",
        )
    elif topic == "fee":
        d.put("来电人：出院结算多收了 ", K("LAB", "降钙素原"), " 检测费，我都没做过。\n")
    else:
        d.put(
            "来电人：",
            K("PROCEDURE", "胃镜"),
            " 预约排到下个月，医生说怀疑 ",
            K("FINDING", "胃溃疡"),
            "，能不能快点？\n",
        )
    d.put("话务员：请提供一下患者身份证号。\n")
    dob = kit.dob_for(c, c.ri(30, 80), ref)
    d.put("来电人：", P("ID_CARD", kit.id_card(c, a, dob, pt.sex)), "。\n")
    if c.chance(0.45):
        d.put("话务员：处理结果会发您邮箱吗？\n来电人：发 ", P("EMAIL", kit.zh_email(c)), " 就行。\n")
    d.put("话务员：已记录，转", P("HOSPITAL", hosp), "医务科，3个工作日内回复。\n\n")
    d.put(
        "【处理】转办；医务科联系人 ",
        NC(kit.zh_name(c).name),
        "，电话 ",
        P("PHONE", kit.landline(c, a)),
        "。",
    )
    if c.chance(0.5):
        d.put("传真转办单至 ", P("FAX", kit.landline(c, a)), "。")
    d.put("\n")
    if c.chance(0.35):
        d.put("回访评价链接：", P("URL", f"https://12320.{c.ch(('wjw', 'hc'))}.gov.cn/pj/{c.token(8)}"), "\n")
    return d


def zh29_duanzhi_zaizhi(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a)
    ref = kit.rdate(c)
    p = kit.zh_name(c, "M" if c.chance(0.8) else "F", minority=0.1)
    sur, ass = kit.zh_names(c, 2)
    age = c.ri(19, 62)
    dob = kit.dob_for(c, age, ref)
    fac = f"{a.city.removesuffix('市').removesuffix('地区').removesuffix('白族自治州')}{c.ch(('精密机械厂', '五金制品有限公司', '家具厂', '汽车配件有限公司', '冲压件厂'))}"
    d.put(P("HOSPITAL", hosp), " 手足显微外科\n手术记录（断指再植）\n\n")
    d.put(
        "姓名：",
        NP(p.name),
        "  性别：",
        "女" if p.sex == "F" else "男",
        f"  年龄：{age}岁  住院号：",
        P("MRN", kit.zh_mrn(c)),
        "\n",
    )
    d.put("身份证号：", P("ID_CARD", kit.id_card(c, a, dob, p.sex)), "\n")
    d.put(
        "用人单位：",
        P("WORKPLACE", fac),
        "  工伤保险个人编号：",
        P("INSURANCE", a.code[:4] + c.digits(8)),
        "\n",
    )
    d.put("住址：", *kit.zh_addr(c, a, prov=c.chance(0.5)), "")
    if c.chance(0.5):
        d.put("  邮编 ", P("POSTCODE", a.post))
    d.put("  电话：", P("PHONE", kit.mobile(c)), "\n")
    d.put(
        "手术日期：",
        D(kit.cn(ref, c.ch(("cn", "iso")))),
        "  术前X线影像号：",
        P("ACCESSION", "DR" + c.digits(8)),
        "\n",
    )
    fingers = c.ch(
        (("右手示指", "近节"), ("右手中指", "中节"), ("左手拇指", "指间关节"), ("左手环指", "近节"))
    )
    d.put("术前诊断：", K("FINDING", f"{fingers[0]}完全离断伤"), "（冲床压伤，离断平面 ", fingers[1], "）\n")
    d.put(
        "手术名称：",
        K("PROCEDURE", f"{fingers[0]}断指再植术"),
        "\n麻醉：",
        K("PROCEDURE", "臂丛神经阻滞麻醉"),
        "\n",
    )
    d.put(
        "术前 ",
        K("EPONYM", "Allen试验"),
        " 阴性。手术经过：显微镜下清创，",
        K("PROCEDURE", "克氏针内固定"),
        "，吻合 ",
        K("ANATOMY", "指固有动脉"),
        " 2条、",
        K("ANATOMY", "指背静脉"),
        " 3条及 ",
        K("ANATOMY", "指神经"),
        "。",
    )
    d.put(
        "术后 ",
        K("DRUG", "罂粟碱"),
        " ",
        K("DOSE", "30mg q6h"),
        " 肌注，",
        K("DRUG", "低分子右旋糖酐"),
        " 静滴，烤灯保温。\n",
    )
    d.put(
        "术者：",
        NC(sur.name),
        "（执业证书编号 ",
        P("LICENSE", kit.zh_licence(c)),
        "）  助手：",
        NC(ass.name),
        "\n",
    )
    if c.chance(0.6):
        r = kit.zh_name(c)
        d.put(
            "工友 ",
            NR(r.name),
            " 陪同送医，",
            c.ch(("厂车", "私家车")),
            "车牌 ",
            P("VEHICLE", kit.zh_plate(c, a)),
            "，离断指体干燥冷藏保存 ",
            K("MEASUREMENT", f"{c.ri(2, 6)}小时"),
            "。\n",
        )
    return d


OCR_NOISE = {
    "姓名": ["姓各", "娃名", "姓名"],
    "性别": ["性另刂", "牲别", "性别"],
    "年龄": ["年令", "车龄", "年龄"],
    "电话": ["电诂", "电活", "电话"],
    "日期": ["曰期", "日朝", "日期"],
    "住址": ["佳址", "住扯", "住址"],
    "医师": ["医帅", "医师", "医狮"],
    "卡号": ["卡吕", "卞号", "卡号"],
}


def zh29_ocr_bingliben(c) -> Doc:
    d = Doc()
    a = c.ch(kit.AREAS)
    hosp = kit.zh_hospital(c, a)
    ref = kit.rdate(c)
    p = kit.zh_name(c, minority=0.12)
    doc = kit.zh_name(c)
    age, _ = kit.age_pair(c, 0.22, 20, 89)

    def L(w):
        return c.ch(OCR_NOISE[w])

    d.put("[OCR 识别结果 · 门诊病历本 第", str(c.ri(3, 20)), "页 · 置信度 ", c.fl(0.61, 0.88, 2), "]\n")
    d.put(P("HOSPITAL", hosp), " 门 诊 病 历\n")
    d.put(
        L("姓名"),
        "：",
        NP(p.name),
        "  ",
        L("性别"),
        "：",
        "女" if p.sex == "F" else "男",
        "  ",
        L("年龄"),
        "：",
        kit.age_p(age),
        "岁\n",
    )
    d.put(
        "就诊",
        L("卡号"),
        "：",
        P("ACCOUNT", c.digits(10)),
        "  医保",
        L("卡号"),
        "：",
        P("INSURANCE", kit.yibao(c, a)),
        "\n",
    )
    d.put(
        L("住址"),
        "：",
        P("ADDRESS_STREET", kit.zh_street(c, a)),
        "  ",
        L("电话"),
        "：",
        P("PHONE", kit.mobile(c, "bare")),
        "\n",
    )
    d.put("就诊", L("日期"), "：", D(kit.cn(ref, c.ch(("dot", "cn", "slash")))), "\n\n")
    d.put("主诉：", c.ch(("心慌、头晕1周", "活动后气短半月", "双下肢水肿10天")), "\n")
    d.put(
        "现病史：既往 ",
        K("PROCEDURE", "永久起搏器植入术"),
        "后",
        " （起搏器序列号 " if c.chance(0.5) else "",
        "",
    )
    if d.text.endswith("序列号 "):
        d.put(P("DEVICE", kit.zh_serial(c)), "）")
    d.put("，", K("EPONYM", "NYHA心功能分级"), K("MEASUREMENT", f"{c.ch(('Ⅱ', 'Ⅲ'))}级"), "。\n")
    d.put(
        "查体：",
        K("MEASUREMENT", f"BP {c.ri(100, 170)}/{c.ri(60, 100)}mmHg"),
        "，双肺底可闻及 ",
        K("FINDING", "湿啰音"),
        "。\n",
    )
    d.put(
        "辅检：",
        K("LAB", f"NT-proBNP {c.ri(800, 9800)}pg/ml"),
        "；心脏彩超 检查号 ",
        P("ACCESSION", "US" + c.digits(9)),
        "，",
        K("MEASUREMENT", f"LVEF {c.ri(28, 48)}%"),
        "\n",
    )
    d.put(
        "处理：",
        K("DRUG", "呋塞米片"),
        " ",
        K("DOSE", "20mg qd"),
        "；",
        K("DRUG", "螺内酯片"),
        " ",
        K("DOSE", "20mg qd"),
        "；",
        D(kit.cn(kit.plus(ref, 14), "md")),
        " 复诊。\n",
    )
    d.put(L("医师"), "签名：", NC(doc.name), "\n")
    return d


TEMPLATES = [
    ("zh29_yaofang_chacuo", zh29_yaofang_chacuo),
    ("zh29_xueyoubing", zh29_xueyoubing),
    ("zh29_jiankang_dangan", zh29_jiankang_dangan),
    ("zh29_rexian_laidian", zh29_rexian_laidian),
    ("zh29_duanzhi_zaizhi", zh29_duanzhi_zaizhi),
    ("zh29_ocr_bingliben", zh29_ocr_bingliben),
]
