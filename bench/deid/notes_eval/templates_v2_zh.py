# Longer than 450 lines: fourteen whole Chinese document templates with their clinical pools; one file keeps a version's templates together.
"""Chinese (mainland) templates of the notes evaluation set v2 (holdout only).

Written for v2 without reading the v1 templates or any de-identifier's rules: 病案首页, 医嘱单, 会诊申请单,
转科记录, 交班记录, 孕产妇保健手册, 疫苗接种记录, 体检报告总检, 医保结算单, 病危通知书, 家属谈话记录, 微信随访消息,
出院带药清单, 影像检查申请单. Only the plumbing of _core.py is shared with v1.
"""

# ruff: noqa: E501  (document templates with full-width punctuation, as Chinese forms are written)

from __future__ import annotations

import datetime as dt

from _core import (
    Ctx,
    Doc,
    K,
    P,
    PersonZH,
    addr_zh,
    age_zh,
    child_nick,
    city_zh,
    company_zh,
    dob_for,
    email_zh,
    fmt_zh,
    hhmm,
    hosp_domain_zh,
    hospital_zh,
    id_card,
    ip_addr,
    join,
    land_zh,
    mobile_zh,
    person_zh,
    pick_age,
    plate_zh,
    plus,
    postcode_zh,
    rdate,
    street_zh,
)

# --------------------------------------------------------------------------- v2's own pools

# Given names v2 adds: common two-character names of several generations, and rarer surnames.
V2_GIVEN = {"F": ["桂兰", "翠花", "春梅", "秀云", "子涵", "梓萱", "一诺", "欣怡", "雨桐", "佳琪", "思彤", "婉清"],
            "M": ["建军", "卫东", "志刚", "国庆", "宇轩", "浩宇", "子墨", "俊熙", "一鸣", "振华", "德胜", "家豪"]}
V2_SURNAMES = ["覃", "岑", "佘", "晏", "蔺", "谯", "闫", "缪", "戴", "阎", "栗", "查", "单", "仇", "区"]


def pz(c: Ctx, sex: str | None = None) -> PersonZH:
    """A Chinese person, now and then from v2's own pools."""
    sex = sex or c.pick("F", "M")
    if c.chance(0.2):
        return PersonZH(c.ch(V2_SURNAMES) if c.chance(0.5) else c.fzh.last_name()[:1], c.ch(V2_GIVEN[sex]), sex)
    return person_zh(c, sex)


def kin(c: Ctx, female: tuple, male: tuple) -> tuple[str, PersonZH]:
    """(关系, person) with the kinship word matching the person's sex."""
    p = pz(c)
    return c.ch(female if p.sex == "F" else male), p


def pad(p: PersonZH) -> str:
    """The padded form printed forms use for two-character names (王  伟)."""
    return f"{p.sur}  {p.given}" if len(p.full) == 2 and p.sur else p.full


def nm(c: Ctx, cat: str, p: PersonZH, padded: float = 0.2) -> P:
    return P(cat, pad(p) if c.chance(padded) else p.full)


def sur_title(c: Ctx, p: PersonZH, titles=("主任", "医生", "大夫", "护士长", "老师")) -> list:
    """张主任: only the surname is PHI."""
    if not p.sur:
        return [P("NAME_CLINICIAN", p.full)]
    return [P("NAME_CLINICIAN", p.sur), c.ch(titles)]


def z2(c: Ctx, d: dt.date, style: str | None = None) -> P:
    extra = {"cn_sp": f"{d.year} 年 {d.month} 月 {d.day} 日", "yy": f"{d.year % 100:02d}.{d.month:02d}.{d.day:02d}"}
    style = style or c.ch(("cn", "cn", "cn0", "iso", "iso", "dot", "slash", "slash0", "cn_sp"))
    return P("DATE", extra[style] if style in extra else fmt_zh(d, style))


def license_zh(c: Ctx) -> str:
    """医师执业证书编号 (15 digits) or 护士执业证书编号 (12 digits)."""
    return c.ch((f"1{c.digits(2)}{c.ri(11, 65)}0000{c.digits(6, False)}", f"{c.ri(2005, 2023)}{c.digits(8, False)}"))


def mrn_zh(c: Ctx) -> str:
    return c.ch((c.digits(8), c.digits(7), f"ZY{c.digits(8)}", f"{c.ri(18, 24)}{c.digits(6, False)}", c.digits(10)))


def yibao_no(c: Ctx) -> str:
    return c.ch((c.digits(10), f"{c.digits(6)}{c.digits(10, False)}", f"{c.ch('ABCDEFGH')}{c.digits(8)}", f"1{c.digits(17, False)}"[:16]))


def passport_zh(c: Ctx) -> tuple[str, str]:
    return c.ch((("护照", f"E{c.digits(8)}"), ("护照", f"E{c.ch('ABCDEFGH')}{c.digits(7)}"),
                 ("港澳居民来往内地通行证", f"H{c.digits(8)}"), ("往来港澳通行证", f"C{c.alnum(8)}"),
                 ("台湾居民来往大陆通行证", c.digits(8))))


def base(c: Ctx, p_old: float = 0.1, lo: int = 20, hi: int = 88):
    """patient, age, date, dob, place, hospital, 病案号"""
    pt = pz(c)
    age = pick_age(c, p_old, lo, hi)
    vd = rdate(c)
    dob = dob_for(c, age, vd)
    g = city_zh(c)
    return pt, age, vd, dob, g, hospital_zh(c, g), mrn_zh(c)


# (科室, 诊断, 药物与剂量, 检验, 手术/操作, 部位)
SCEN = [
    ("呼吸内科", ["社区获得性肺炎", "Ⅱ型呼吸衰竭"], [("头孢曲松钠", "2g 静滴 qd"), ("阿奇霉素", "0.5g 静滴 qd"), ("氨溴索", "30mg 静推 bid")],
     ["白细胞计数 15.6×10^9/L", "C反应蛋白 86mg/L"], "支气管镜检查", "右肺下叶"),
    ("心内科", ["急性前壁心肌梗死", "心功能Ⅲ级(NYHA)"], [("阿司匹林肠溶片", "100mg 口服 qd"), ("硫酸氢氯吡格雷片", "75mg 口服 qd"), ("阿托伐他汀钙片", "20mg 口服 qn")],
     ["肌钙蛋白I 12.4ng/mL", "NT-proBNP 3560pg/mL"], "经皮冠状动脉介入治疗", "左前降支"),
    ("神经内科", ["帕金森病", "脑梗死"], [("多巴丝肼片", "125mg 口服 tid"), ("普拉克索", "0.25mg 口服 tid"), ("丁苯酞软胶囊", "0.2g 口服 tid")],
     ["同型半胱氨酸 21.3μmol/L", "低密度脂蛋白 3.9mmol/L"], "头颅MRI检查", "右侧基底节区"),
    ("内分泌科", ["2型糖尿病", "糖尿病酮症酸中毒"], [("门冬胰岛素", "8U 皮下注射 tid"), ("甘精胰岛素", "16U 皮下注射 qn"), ("二甲双胍缓释片", "0.5g 口服 bid")],
     ["糖化血红蛋白 10.2%", "血酮 4.1mmol/L"], "胰岛素泵治疗", "双足"),
    ("血液科", ["霍奇金淋巴瘤", "贫血"], [("多柔比星", "25mg/m² 静滴"), ("长春花碱", "6mg/m² 静推"), ("达卡巴嗪", "375mg/m² 静滴")],
     ["血红蛋白 86g/L", "乳酸脱氢酶 412U/L"], "颈部淋巴结活检术", "左颈部"),
    ("肝胆外科", ["胰头癌", "梗阻性黄疸"], [("注射用头孢哌酮舒巴坦钠", "3g 静滴 q12h"), ("奥美拉唑", "40mg 静滴 qd"), ("人血白蛋白", "10g 静滴 qd")],
     ["总胆红素 186μmol/L", "CA19-9 1260U/mL"], "胰十二指肠切除术(Whipple手术)", "胰头"),
    ("消化内科", ["克罗恩病", "肠梗阻"], [("美沙拉嗪", "1g 口服 qid"), ("英夫利西单抗", "5mg/kg 静滴"), ("泮托拉唑", "40mg 静滴 qd")],
     ["血沉 48mm/h", "粪钙卫蛋白 520μg/g"], "结肠镜检查", "回盲部"),
    ("骨科", ["股骨颈骨折", "骨质疏松症"], [("依诺肝素钠", "4000IU 皮下注射 qd"), ("塞来昔布", "0.2g 口服 bid"), ("碳酸钙D3片", "600mg 口服 qd")],
     ["D-二聚体 3.2mg/L", "血红蛋白 98g/L"], "人工股骨头置换术", "左髋"),
    ("肾内科", ["慢性肾脏病5期", "肾性贫血"], [("重组人促红素", "10000IU 皮下注射 每周一次"), ("碳酸司维拉姆", "0.8g 口服 tid"), ("骨化三醇", "0.25μg 口服 qd")],
     ["血肌酐 856μmol/L", "血钾 5.9mmol/L"], "血液透析", "左前臂动静脉内瘘"),
]


ZH_EPONYMS = {"帕金森病", "霍奇金淋巴瘤", "克罗恩病", "胰十二指肠切除术(Whipple手术)"}


def fk(term: str) -> K:
    """A diagnosis or procedure as a keep span; the eponymous ones are EPONYM."""
    return K("EPONYM", term) if term in ZH_EPONYMS else K("FINDING", term)


def kdz(name: str, dose: str) -> list:
    return [K("DRUG", name), " ", K("DOSE", dose)]


def vitals(c: Ctx) -> list:
    return ["T ", K("MEASUREMENT", f"{c.fl(36.2, 39.3)}℃"), "，P ", K("MEASUREMENT", f"{c.ri(62, 124)}次/分"), "，R ",
            K("MEASUREMENT", f"{c.ri(16, 30)}次/分"), "，BP ", K("MEASUREMENT", f"{c.ri(100, 178)}/{c.ri(54, 96)}mmHg")]


def sign_zh(c: Ctx, role: str, p: PersonZH) -> list:
    return [role, "：", nm(c, "NAME_CLINICIAN", p, 0.35)]


# --------------------------------------------------------------------------- templates


def zh_shouye(c: Ctx) -> Doc:
    pt, age, vd, dob, g, hosp, mrn = base(c, 0.15)
    sc = c.ch(SCEN)
    indate = plus(vd, -c.ri(5, 25))
    birth = city_zh(c)
    contact = pz(c)
    docs = [pz(c) for _ in range(6)]
    d = Doc()
    d.put(P("HOSPITAL", hosp), "\n住 院 病 案 首 页\n医疗付费方式：", c.ch(("城镇职工基本医疗保险", "城乡居民基本医疗保险", "全自费", "商业医疗保险")),
          "    健康卡号：", P("ACCOUNT", c.digits(c.ri(10, 16))), "    第 ", str(c.ri(1, 4)), " 次住院    病案号：", P("MRN", mrn), "\n")
    d.put("姓名 ", nm(c, "NAME_PATIENT", pt, 0.4), "  性别 ", pt.xing, "  出生日期 ", z2(c, dob, c.ch(("cn", "iso"))), "  年龄 ", age_zh(age),
          "  国籍 中国\n出生地 ", [birth.prov, " "] if birth.prov else "", P("CITY", birth.city), "  籍贯 ", birth.prov or P("CITY", birth.city), "  民族 汉族\n")
    if c.chance(0.3):
        kind, no = passport_zh(c)
        d.put("证件类型 ", kind, "  证件号码 ", P("PASSPORT", no))
    else:
        d.put("身份证号 ", P("ID_CARD", id_card(c, dob, pt.sex)))
    d.put("  职业 ", c.ch(("工人", "农民", "退休人员", "职员", "个体经营者")), "  婚姻 已婚\n")
    d.put("现住址 ", addr_zh(c, True, g), "  电话 ", P("PHONE", mobile_zh(c)), "  邮编 ", P("POSTCODE", postcode_zh(c, g)), "\n")
    hk = city_zh(c)
    d.put("户口地址 ", addr_zh(c, True, hk, detail=c.chance(0.5)), "  邮编 ", P("POSTCODE", postcode_zh(c, hk)), "\n")
    d.put("工作单位及地址 ", P("WORKPLACE", company_zh(c, g)), "  单位电话 ", P("PHONE", land_zh(c, g.area)), "\n")
    rel, contact = kin(c, ("配偶", "女", "母亲", "姐妹"), ("配偶", "子", "父亲", "兄弟"))
    d.put("联系人姓名 ", nm(c, "NAME_RELATIVE", contact), "  关系 ", rel, "  电话 ", P("PHONE", mobile_zh(c)), "\n")
    d.put("入院途径 ", c.ch(("急诊", "门诊")), "  入院时间 ", z2(c, indate), " ", hhmm(c), "  入院科别 ", sc[0], "  病房 ", str(c.ri(3, 21)), "病区\n")
    d.put("出院时间 ", z2(c, vd), " ", hhmm(c), "  出院科别 ", sc[0], "  实际住院 ", str((vd - indate).days), " 天\n")
    d.put("门(急)诊诊断 ", fk(sc[1][0]), "\n出院诊断：主要诊断 ", fk(sc[1][0]), "  其他诊断 ", fk(sc[1][1]), "\n")
    d.put("手术及操作名称 ", K("EPONYM", sc[4]) if sc[4] in ZH_EPONYMS else K("PROCEDURE", sc[4]), "  手术日期 ", z2(c, plus(indate, c.ri(1, 4))), "  术者 ", nm(c, "NAME_CLINICIAN", docs[2]), "\n")
    d.put("药物过敏 ", c.ch((["无"], ["有，", K("DRUG", "青霉素")], ["有，", K("DRUG", "磺胺类药物")])), "  血型 ", c.ch(("A", "B", "O", "AB")), "  Rh 阳\n")
    d.put("科主任 ", nm(c, "NAME_CLINICIAN", docs[0], 0.5), "  主任(副主任)医师 ", nm(c, "NAME_CLINICIAN", docs[1], 0.5), "  主治医师 ",
          nm(c, "NAME_CLINICIAN", docs[2], 0.5), "  住院医师 ", nm(c, "NAME_CLINICIAN", docs[3], 0.5), "\n责任护士 ", nm(c, "NAME_CLINICIAN", docs[4], 0.5),
          "  编码员 ", nm(c, "NAME_CLINICIAN", docs[5], 0.5), "  病案质量 甲级  质控日期 ", z2(c, plus(vd, c.ri(1, 7))), "\n")
    d.put("医保个人编号 ", P("INSURANCE", yibao_no(c)), "  住院费用(元)：总费用 ", f"{c.ri(8000, 160000)}.{c.ri(10, 99)}", "\n")
    return d


def zh_yizhu(c: Ctx) -> Doc:
    pt, age, vd, dob, g, hosp, mrn = base(c, 0.2, 40, 88)
    sc = c.ch(SCEN)
    dr, dr2, ns, ns2 = pz(c), pz(c), pz(c), pz(c)
    d = Doc()
    d.put(P("HOSPITAL", hosp), "\n长 期 医 嘱 单\n姓名：", nm(c, "NAME_PATIENT", pt, 0.3), "  性别：", pt.xing, "  年龄：", age_zh(age),
          "  科别：", sc[0], "  床号：", str(c.ri(1, 60)), "  住院号：", P("MRN", mrn), "\n")
    d.put("起始日期  时间  医嘱内容  医师签名  护士签名  停止日期\n")
    start = plus(vd, -c.ri(0, 3))
    rows = [["一级护理"], ["低盐低脂饮食"], ["病危" if c.chance(0.3) else "病重"]]
    rows += [kdz(a, b) for a, b in sc[2]]
    if c.chance(0.5):
        rows.append([K("EPONYM", "Foley导尿管"), "留置导尿"])
    for r in rows:
        d.put(z2(c, start, c.ch(("md0", "iso", "slash"))), "  ", hhmm(c), "  ", r, "  ", nm(c, "NAME_CLINICIAN", dr, 0.0), "  ",
              nm(c, "NAME_CLINICIAN", ns, 0.0), "  ", z2(c, plus(vd, c.ri(3, 14)), "md0") if c.chance(0.3) else "", "\n")
    d.put("\n临 时 医 嘱 单\n")
    d.put(z2(c, vd, "iso"), "  ", hhmm(c), "  ", K("LAB", "血常规"), "、", K("LAB", "肝肾功能"), "、", K("LAB", "凝血功能"), "  ",
          nm(c, "NAME_CLINICIAN", dr2, 0.0), "  执行护士 ", nm(c, "NAME_CLINICIAN", ns2, 0.0), "\n")
    d.put(z2(c, vd, "iso"), "  ", hhmm(c), "  ", K("EPONYM", sc[4]) if sc[4] in ZH_EPONYMS else K("PROCEDURE", sc[4]), "（", K("ANATOMY", sc[5]), "）  ", nm(c, "NAME_CLINICIAN", dr2, 0.0), "\n")
    if c.chance(0.4):
        d.put(z2(c, vd, "iso"), "  ", hhmm(c), "  永久起搏器植入术后程控，脉冲发生器序列号 ", P("DEVICE", f"{c.letters(3)}{c.digits(6)}{c.letters(1)}"), "  ",
              nm(c, "NAME_CLINICIAN", dr, 0.0), "\n")
    d.put("医师执业证书编号（经治）：", P("LICENSE", license_zh(c)), "\n")
    return d


def zh_huizhen_sq(c: Ctx) -> Doc:
    pt, age, vd, dob, g, hosp, mrn = base(c, 0.15)
    sc = c.ch(SCEN)
    req, con = pz(c), pz(c)
    ext = c.ch(("心内科", "感染科", "营养科", "康复医学科", "精神心理科", "血管外科"))
    other = hospital_zh(c, city_zh(c))
    d = Doc()
    d.put(P("HOSPITAL", hosp), "\n会 诊 申 请 单\n□院内  ☑院外   紧急程度：", c.ch(("急会诊", "普通会诊")), "\n")
    d.put("患者姓名：", nm(c, "NAME_PATIENT", pt), "  性别：", pt.xing, "  年龄：", age_zh(age), "  科室：", sc[0], "  床号：", str(c.ri(1, 50)),
          "  住院号：", P("MRN", mrn), "\n")
    d.put("申请会诊单位：", P("HOSPITAL", other), " ", ext, "  ", sur_title(c, con, ("主任", "教授")), "\n")
    d.put("病情摘要：患者因“", fk(sc[1][0]), "”于", z2(c, plus(vd, -c.ri(2, 12))), "入院。查体：", vitals(c), "。辅助检查：",
          join([K("LAB", x) for x in sc[3]], "，"), "。目前诊断：", fk(sc[1][0]), "，", fk(sc[1][1]), "。\n")
    d.put("会诊目的：协助诊治，评估", K("EPONYM", sc[4]) if sc[4] in ZH_EPONYMS else K("PROCEDURE", sc[4]), "指征。\n")
    d.put("申请医师：", nm(c, "NAME_CLINICIAN", req), "  联系电话：", P("PHONE", mobile_zh(c)), "  科室电话：", P("PHONE", land_zh(c, g.area) + f"转{c.ri(1000, 8999)}"),
          "\n传真：", P("FAX", land_zh(c, g.area)), "  电子邮箱：", P("EMAIL", email_zh(c)), "\n申请时间：", z2(c, vd), " ", hhmm(c), "\n")
    rel, who = kin(c, ("女儿", "配偶"), ("儿子", "配偶"))
    d.put("患者（或家属）知情同意签字：", nm(c, "NAME_RELATIVE", who), "（", rel, "）\n")
    if c.chance(0.5):
        d.put("远程会诊平台登录地址：", P("URL", f"https://rhz.{hosp_domain_zh(c)}/room/{c.digits(8)}"), "  申请端IP：", P("IP", ip_addr(c)), "\n")
    return d


def zh_zhuanke(c: Ctx) -> Doc:
    pt, age, vd, dob, g, hosp, mrn = base(c, 0.2, 45, 88)
    sc = c.ch(SCEN)
    a, b, dr = pz(c), pz(c), pz(c)
    to = c.ch(("重症医学科", "心内科", "康复医学科", "普外科", "神经外科"))
    d = Doc()
    d.put(P("HOSPITAL", hosp), "\n转 科 记 录（转出）\n住院号：", P("MRN", mrn), "\n")
    d.put("患者", nm(c, "NAME_PATIENT", pt, 0.0), "，", pt.xing, "，", age_zh(age), "，因“", fk(sc[1][0]), "”于", z2(c, plus(vd, -c.ri(3, 20))),
          "收入", sc[0], "。\n")
    d.put("入院情况：", vitals(c), "。\n诊疗经过：予", join([kdz(x, y) for x, y in sc[2][:2]], "、"), "等治疗，", z2(c, plus(vd, -c.ri(1, 3)), "md"),
          "行", K("EPONYM", sc[4]) if sc[4] in ZH_EPONYMS else K("PROCEDURE", sc[4]), "。\n")
    if c.chance(0.45):
        d.put("转科前", K("PROCEDURE", "胸部CT"), "（检查号 ", P("ACCESSION", f"CT{c.digits(9)}"), "）示", K("FINDING", "双肺渗出影"), "。\n")
    d.put("目前情况：患者出现", K("FINDING", c.ch(("感染性休克", "急性左心衰", "消化道出血", "意识障碍"))), "，", K("LAB", sc[3][0]), "。\n")
    d.put("转科目的：经", sur_title(c, a, ("主任", "副主任")), "与", to, sur_title(c, b, ("主任", "医生")), "共同讨论，于", z2(c, vd), " ", hhmm(c),
          "转入", to, "进一步治疗。\n")
    if c.chance(0.45):
        d.put("患者带入胰岛素泵（序列号 ", P("DEVICE", f"NWP{c.digits(6)}{c.ch('HJK')}"), "）及动态血糖监测仪（SN ", P("DEVICE", f"{c.digits(10)}"), "）。\n")
    rel, who = kin(c, ("妻子", "女儿", "儿媳"), ("丈夫", "长子", "女婿"))
    d.put("家属", nm(c, "NAME_RELATIVE", who), "（", rel, "，", P("PHONE", mobile_zh(c)), "）已知情同意。\n")
    d.put(sign_zh(c, "医师签名", dr), "\n")
    return d


def zh_jiaoban(c: Ctx) -> Doc:
    vd = rdate(c)
    g = city_zh(c)
    hosp = hospital_zh(c, g)
    d = Doc()
    dept = c.ch(("综合内科", "老年医学科", "急诊病房", "全科医学科"))
    ns1, ns2 = pz(c), pz(c)
    d.put(P("HOSPITAL", hosp), " ", dept, "护理交班报告\n日期：", z2(c, vd), "  班次：", c.ch(("白班→小夜", "小夜→大夜", "大夜→白班")), "\n")
    d.put("原有 ", str(c.ri(30, 48)), "  入院 ", str(c.ri(1, 5)), "  出院 ", str(c.ri(0, 6)), "  死亡 0  病危 ", str(c.ri(0, 3)), "\n\n")
    for _ in range(c.ri(3, 5)):
        sc = c.ch(SCEN)
        pt = pz(c)
        age = pick_age(c, 0.15, 30, 88)
        tag = c.ch(("新入", "病危", "手术", "特殊交班"))
        d.put(str(c.ri(1, 60)), "床 ", nm(c, "NAME_PATIENT", pt, 0.0), " ", pt.xing, " ", age_zh(age), " 住院号", P("MRN", mrn_zh(c)), "【", tag, "】 ",
              fk(sc[1][0]), "。", vitals(c), "。")
        if tag == "手术":
            d.put("今日在全麻下行", K("EPONYM", sc[4]) if sc[4] in ZH_EPONYMS else K("PROCEDURE", sc[4]), "，术后留置", K("EPONYM", "Foley尿管"), "。")
        else:
            d.put("予", kdz(*c.ch(sc[2])), "。")
        if c.chance(0.4):
            d.put("家属", nm(c, "NAME_RELATIVE", pz(c), 0.0), "陪护，电话", P("PHONE", mobile_zh(c)), "。")
        if c.chance(0.35):
            d.put("请", sur_title(c, pz(c), ("医生", "大夫")), "夜间复查", K("LAB", "血气分析"), "。")
        d.put("\n")
    d.put("\n交班者：", nm(c, "NAME_CLINICIAN", ns1, 0.0), "  接班者：", nm(c, "NAME_CLINICIAN", ns2, 0.0), "\n")
    return d


def zh_yunchan(c: Ctx) -> Doc:
    vd = rdate(c)
    age = c.ri(21, 42)
    pt = pz(c, "F")
    dob = dob_for(c, age, vd)
    hb = pz(c, "M")
    g = city_zh(c)
    lmp = plus(vd, -c.ri(56, 90))
    edd = plus(lmp, 280)
    d = Doc()
    d.put(g.prov or "", "母子健康手册（孕产妇保健）\n建册单位：", P("HOSPITAL", hospital_zh(c, g, "community")),
          "  建册日期：", z2(c, vd), "  手册编号：", P("OTHER_ID", f"{g.zip3}{c.digits(9)}"), "\n\n")
    d.put("孕妇姓名：", nm(c, "NAME_PATIENT", pt, 0.3), "  出生日期：", z2(c, dob), "  年龄：", age_zh(age), "\n")
    if c.chance(0.3):
        kind, no = passport_zh(c)
        d.put("证件类型：", kind, "  号码：", P("PASSPORT", no), "\n")
    else:
        d.put("身份证号：", P("ID_CARD", id_card(c, dob, "F")), "\n")
    d.put("工作单位：", P("WORKPLACE", company_zh(c, g)), "  联系电话：", P("PHONE", mobile_zh(c)), "\n")
    d.put("现住址：", addr_zh(c, True, g), "\n")
    d.put("丈夫姓名：", nm(c, "NAME_RELATIVE", hb, 0.3), "  年龄：", str(c.ri(23, 48)), "  电话：", P("PHONE", mobile_zh(c)), "  邮箱：", P("EMAIL", email_zh(c)), "\n\n")
    d.put("末次月经：", z2(c, lmp), "  预产期：", z2(c, edd), "  孕次 G", str(c.ri(1, 4)), "P", str(c.ri(0, 2)), "\n")
    d.put("既往史：", c.ch((["无特殊"], [K("FINDING", "妊娠期糖尿病"), "史"], [K("FINDING", "甲状腺功能减退症"), "，服", kdz("左甲状腺素钠片", "50μg 口服 qd")])), "\n")
    d.put("首次产检：", K("MEASUREMENT", f"身高 {c.ri(150, 172)}cm"), "，", K("MEASUREMENT", f"体重 {c.fl(45, 80)}kg"), "，", K("MEASUREMENT", f"血压 {c.ri(96, 136)}/{c.ri(58, 88)}mmHg"),
          "，", K("LAB", f"血红蛋白 {c.ri(96, 132)}g/L"), "，", K("LAB", "HBsAg 阴性"), "，", K("LAB", "梅毒螺旋体抗体 阴性"), "。\n")
    d.put("B超：", K("FINDING", "宫内早孕"), "，", K("MEASUREMENT", f"头臀长 {c.fl(2.5, 6.5)}cm"), "，", K("MEASUREMENT", f"NT {c.fl(0.9, 2.4)}mm"), "。\n")
    d.put("高危评估：", c.ch(("绿色（低风险）", "黄色（一般风险）", "橙色（较高风险）")), "  补充", kdz("叶酸片", "0.4mg 口服 qd"), "\n")
    d.put("随访医生：", nm(c, "NAME_CLINICIAN", pz(c)), "  下次产检：", z2(c, plus(vd, 28), "md"), "\n")
    d.put("孕妇学校线上课程：", P("URL", f"https://mch.{hosp_domain_zh(c)}/course?uid={c.digits(9)}"), "\n" if c.chance(0.6) else "（已报名）\n")
    return d


VACCINES = [("乙肝疫苗", "10μg"), ("卡介苗", "0.1ml"), ("脊灰灭活疫苗", "0.5ml"), ("百白破疫苗", "0.5ml"), ("麻腮风疫苗", "0.5ml"),
            ("乙脑减毒活疫苗", "0.5ml"), ("A群流脑多糖疫苗", "0.5ml"), ("甲肝减毒活疫苗", "1.0ml"), ("13价肺炎球菌多糖结合疫苗", "0.5ml")]


def zh_yimiao(c: Ctx) -> Doc:
    vd = rdate(c)
    kid = pz(c)
    dob = plus(vd, -c.ri(30, 2000))
    g = city_zh(c)
    mo = pz(c, "F")
    fa = person_zh(c, "M", sur=kid.sur) if kid.sur else pz(c, "M")
    d = Doc()
    d.put("预防接种证\n儿童编码：", P("OTHER_ID", f"{g.zip3}{c.digits(3)}{dob.year}{c.digits(5)}"), "\n")
    d.put("儿童姓名：", nm(c, "NAME_PATIENT", kid, 0.2), "  小名：", P("NAME_PATIENT", child_nick(c, kid)), "  性别：", kid.xing, "  出生日期：", z2(c, dob), "\n")
    d.put("出生体重：", K("MEASUREMENT", f"{c.fl(2.5, 4.2)}kg"), "  出生医院：", P("HOSPITAL", hospital_zh(c, g)), "\n")
    d.put("母亲姓名：", nm(c, "NAME_RELATIVE", mo), "  身份证号：", P("ID_CARD", id_card(c, dob_for(c, c.ri(22, 40), dob), "F")), "\n")
    d.put("父亲姓名：", nm(c, "NAME_RELATIVE", fa), "  联系电话：", P("PHONE", mobile_zh(c)), "\n家庭住址：", addr_zh(c, True, g), "\n\n")
    d.put("疫苗名称  剂次  接种日期  剂量  接种部位  疫苗批号  接种单位  接种者\n")
    t = dob
    unit = hospital_zh(c, g, "community")
    nurse = pz(c, "F")
    for vac, dose in c.sample(VACCINES, c.ri(3, 6)):
        t = plus(t, c.ri(20, 120))
        if t > vd:
            break
        d.put(K("DRUG", vac), "  第", str(c.ri(1, 3)), "剂  ", z2(c, t, c.ch(("iso", "slash0", "dot"))), "  ", K("DOSE", dose), "  ",
              K("ANATOMY", c.ch(("左上臂三角肌", "右上臂三角肌", "大腿前外侧"))), "  ", f"{c.ri(2018, 2024)}{c.digits(6, False)}", "  ",
              P("HOSPITAL", unit), "  ", nm(c, "NAME_CLINICIAN", nurse, 0.0), "\n")
    d.put("\n接种后反应：", c.ch(("无", "局部红肿", "低热")), "  禁忌：", c.ch(("无", "对鸡蛋过敏")), "\n")
    if c.chance(0.5):
        d.put("出国留学接种证明：护照号 ", P("PASSPORT", f"E{c.digits(8)}"), "，国际预防接种证书编号 ", P("OTHER_ID", f"ICVP{c.digits(9)}"), "\n")
    d.put("预约查询：", P("URL", f"https://ym.{hosp_domain_zh(c)}/child/{c.digits(10)}") if c.chance(0.5) else "请关注社区公众号", "\n")
    return d


def zh_zongjian(c: Ctx) -> Doc:
    pt, age, vd, dob, g, hosp, mrn = base(c, 0.08, 22, 75)
    chief = pz(c)
    emp = company_zh(c, g)
    d = Doc()
    d.put(P("HOSPITAL", hosp), " 健康管理中心\n体 检 报 告 · 总 检 结 论\n体检编号：", P("ACCOUNT", f"TJ{vd.year}{c.digits(7)}"), "  体检日期：", z2(c, vd), "\n")
    d.put("姓名：", nm(c, "NAME_PATIENT", pt, 0.3), "  性别：", pt.xing, "  年龄：", age_zh(age), "  单位：", P("WORKPLACE", emp), "  套餐：", c.ch(("入职体检", "年度职工体检", "驾驶员体检", "出国体检")), "\n")
    d.put("身份证号：", P("ID_CARD", id_card(c, dob, pt.sex)), "  手机：", P("PHONE", mobile_zh(c)), "\n\n一、主要阳性发现及异常情况\n")
    items = c.sample([
        ["1. ", K("FINDING", "甲状腺结节"), "（", K("MEASUREMENT", "TI-RADS 3类"), "），", K("ANATOMY", "甲状腺右叶"), "见", K("MEASUREMENT", f"{c.fl(0.4, 1.8)}cm×{c.fl(0.3, 1.2)}cm"), "低回声结节"],
        ["2. ", K("FINDING", "脂肪肝"), "（中度），", K("LAB", f"丙氨酸氨基转移酶 {c.ri(45, 120)}U/L")],
        ["3. ", K("FINDING", "高脂血症"), "：", K("LAB", f"总胆固醇 {c.fl(5.3, 7.9)}mmol/L"), "，", K("LAB", f"甘油三酯 {c.fl(1.8, 5.6)}mmol/L")],
        ["4. ", K("FINDING", "肺结节"), "：", K("ANATOMY", "左肺上叶"), K("FINDING", "磨玻璃结节"), K("MEASUREMENT", f"{c.ri(4, 9)}mm"), "（", K("MEASUREMENT", "Lung-RADS 2类"), "）"],
        ["5. ", K("FINDING", "幽门螺杆菌感染"), "：", K("LAB", f"C13呼气试验 DOB值 {c.fl(4.5, 30)}")],
        ["6. ", K("FINDING", "血压偏高"), "：", K("MEASUREMENT", f"血压 {c.ri(140, 168)}/{c.ri(90, 104)}mmHg")],
    ], c.ri(3, 5))
    for it in items:
        d.put(it, "\n")
    d.put("\n二、健康建议\n低脂饮食，规律运动，", c.ch(("3个月后复查甲状腺彩超", "12个月后复查胸部低剂量CT", "消化内科就诊，予四联疗法")), "。\n")
    if c.chance(0.5):
        d.put("出国体检：护照号码 ", P("PASSPORT", passport_zh(c)[1]), "，", K("LAB", "胸部X线 未见异常"), "。\n")
    if c.chance(0.5):
        d.put("驾驶员体检：准驾车型C1，驾驶证档案编号 ", P("LICENSE", c.digits(12)), "，车牌 ", P("VEHICLE", plate_zh(c, g)), "。\n")
    d.put("电子报告已发送至：", P("EMAIL", email_zh(c)), "\n总检医师：", nm(c, "NAME_CLINICIAN", chief, 0.4), "  审核：", sur_title(c, pz(c), ("主任",)),
          "  报告日期：", z2(c, plus(vd, c.ri(2, 7))), "\n")
    return d


def zh_yibao(c: Ctx) -> Doc:
    pt, age, vd, dob, g, hosp, mrn = base(c, 0.2)
    sc = c.ch(SCEN)
    indate = plus(vd, -c.ri(3, 20))
    total = c.ri(6000, 120000)
    d = Doc()
    d.put(P("CITY", g.city), "医疗保障基金结算清单\n定点医疗机构：", P("HOSPITAL", hosp), "  机构编码：H", c.digits(11), "\n")
    d.put("清单流水号：", P("ACCOUNT", c.digits(16)), "  结算单号：", P("ACCOUNT", f"JS{c.digits(14)}"), "  病案号：", P("MRN", mrn), "\n")
    d.put("姓名：", nm(c, "NAME_PATIENT", pt, 0.2), "  性别：", pt.xing, "  出生日期：", z2(c, dob, "iso"), "  年龄：", age_zh(age), "\n")
    if c.chance(0.4):
        kind, no = passport_zh(c)
        d.put("证件类型：", kind, "  证件号码：", P("PASSPORT", no), "\n")
    else:
        d.put("证件类型：居民身份证  证件号码：", P("ID_CARD", id_card(c, dob, pt.sex)), "\n")
    d.put("医保编号：", P("INSURANCE", yibao_no(c)), "  社会保障卡号：", P("INSURANCE", f"{c.ch('ABCDEFGH')}{c.digits(8)}"), "  参保地：", P("CITY", city_zh(c).city),
          "  险种：", c.ch(("职工基本医疗保险", "城乡居民基本医疗保险")), "\n")
    d.put("工作单位：", P("WORKPLACE", company_zh(c, g)), "\n入院日期：", z2(c, indate, "iso"), "  出院日期：", z2(c, vd, "iso"), "  结算日期：", z2(c, vd, "iso"), "\n")
    d.put("主要诊断：", fk(sc[1][0]), "  其他诊断：", fk(sc[1][1]), "\n主要手术及操作：", K("EPONYM", sc[4]) if sc[4] in ZH_EPONYMS else K("PROCEDURE", sc[4]), "\n")
    d.put("医疗费用总额：", f"{total}.{c.ri(10, 99)}", "  统筹基金支付：", f"{int(total * 0.62)}.00", "  个人自付：", f"{int(total * 0.38)}.{c.ri(10, 99)}", "\n")
    d.put("医保经办人：", nm(c, "NAME_CLINICIAN", pz(c), 0.0), "  医疗机构经办人：", nm(c, "NAME_CLINICIAN", pz(c), 0.0), "\n")
    d.put("医保经办机构电话：", P("PHONE", land_zh(c, g.area)), "  传真：", P("FAX", land_zh(c, g.area)), "\n")
    d.put("打印终端：", P("IP", ip_addr(c)), "  打印时间：", z2(c, vd, "iso"), " ", hhmm(c), "\n")
    return d


def zh_bingwei(c: Ctx) -> Doc:
    pt, age, vd, dob, g, hosp, mrn = base(c, 0.3, 50, 88)
    sc = c.ch(SCEN)
    rel, fam = kin(c, ("配偶", "女儿", "姐姐", "侄女"), ("配偶", "儿子", "兄弟", "侄子"))
    dr = pz(c)
    trauma = c.chance(0.5)
    d = Doc()
    d.put(P("HOSPITAL", hosp), "\n病 危（重）通 知 书\n")
    d.put("患者姓名：", nm(c, "NAME_PATIENT", pt), "  性别：", pt.xing, "  年龄：", age_zh(age), "  科室：", "重症医学科" if trauma else sc[0], "  住院号：", P("MRN", mrn), "\n\n")
    d.put(nm(c, "NAME_RELATIVE", fam, 0.0), "（患者家属）：\n")
    if trauma:
        d.put("患者于", z2(c, vd, c.ch(("md", "cn"))), "驾驶小型轿车（号牌 ", P("VEHICLE", plate_zh(c, g)), "）发生交通事故，经120送入我院，诊断为", K("FINDING", "重型颅脑损伤"),
              "、", K("FINDING", "创伤性失血性休克"), "，", K("MEASUREMENT", f"GCS评分{c.ri(4, 8)}分"), "。")
    else:
        d.put("患者因", fk(sc[1][0]), "入院，目前并发", K("FINDING", c.ch(("多器官功能障碍综合征", "感染性休克", "呼吸衰竭"))), "，", K("LAB", sc[3][0]), "。")
    d.put("病情危重，随时可能出现心跳呼吸骤停等危及生命的情况，我们将积极抢救。特此通知。\n\n")
    d.put("主管医师签名：", nm(c, "NAME_CLINICIAN", dr, 0.3), "  ", z2(c, vd), " ", hhmm(c), "\n")
    d.put("家属签名：", nm(c, "NAME_RELATIVE", fam, 0.0), "  与患者关系：", rel, "  身份证号：",
          P("ID_CARD", id_card(c, dob_for(c, c.ri(25, 65), vd), fam.sex)), "\n联系电话：", P("PHONE", mobile_zh(c)), "  现住址：", addr_zh(c, False, g, detail=c.chance(0.5)), "\n")
    return d


def zh_tanhua(c: Ctx) -> Doc:
    pt, age, vd, dob, g, hosp, mrn = base(c, 0.3, 55, 88)
    sc = c.ch(SCEN)
    rel, fam = kin(c, ("长女", "配偶"), ("长子", "配偶"))
    rel2, fam2 = kin(c, ("次女", "孙女"), ("次子", "孙子"))
    dr, dr2 = pz(c), pz(c)
    d = Doc()
    d.put(P("HOSPITAL", hosp), "\n医患沟通（家属谈话）记录\n谈话时间：", z2(c, vd), " ", hhmm(c), "  谈话地点：", sc[0], "医生办公室\n")
    d.put("患者：", nm(c, "NAME_PATIENT", pt), "  ", pt.xing, "  ", age_zh(age), "  住院号：", P("MRN", mrn), "\n")
    d.put("参加人员：医方 ", nm(c, "NAME_CLINICIAN", dr), "（主治医师）、", sur_title(c, dr2, ("主任",)), "；患方 ", nm(c, "NAME_RELATIVE", fam), "（",
          rel, "）、", nm(c, "NAME_RELATIVE", fam2), "（", rel2, "）\n\n")
    d.put("谈话内容：\n1. 病情：患者目前诊断", fk(sc[1][0]), "、", fk(sc[1][1]), "，", K("LAB", sc[3][0]), "，高龄，" if age > 79 else "，", "预后差。\n")
    d.put("2. 治疗方案：拟行", K("EPONYM", sc[4]) if sc[4] in ZH_EPONYMS else K("PROCEDURE", sc[4]), "，可能出现", K("FINDING", "出血"), "、", K("FINDING", "感染"), "、", K("FINDING", "心脑血管意外"), "等风险。\n")
    d.put("3. 替代方案：保守治疗，继续", kdz(*sc[2][0]), "。\n4. 费用：预计", str(c.ri(3, 20)), "万元，医保类别", c.ch(("职工医保", "居民医保", "新农合")), "，新农合证号 ", P("INSURANCE", c.digits(14)), "。\n")
    if c.chance(0.5):
        d.put("5. 家属", nm(c, "NAME_RELATIVE", fam2, 0.0), "提出转至", P("HOSPITAL", hospital_zh(c)), "，自驾车辆", P("VEHICLE", plate_zh(c)), "转运，已告知途中风险。\n")
    if c.chance(0.3):
        d.put("6. 患者永久起搏器（序列号 ", P("DEVICE", f"PJN{c.digits(6)}"), "）术前需程控。\n")
    if c.chance(0.3):
        kind, no = passport_zh(c)
        d.put("（", rel, nm(c, "NAME_RELATIVE", fam, 0.0), "常住境外，出示", kind, "：", P("PASSPORT", no), "）\n")
    d.put("\n家属意见：同意", "手术" if c.chance(0.7) else "保守治疗", "。\n家属签名：", nm(c, "NAME_RELATIVE", fam, 0.0), "  电话：", P("PHONE", mobile_zh(c)),
          "\n医师签名：", nm(c, "NAME_CLINICIAN", dr, 0.0), "  记录时间：", z2(c, vd), "\n")
    return d


def zh_weixin(c: Ctx) -> Doc:
    pt, age, vd, dob, g, hosp, mrn = base(c, 0.15, 25, 85)
    sc = c.ch(SCEN)
    ns = pz(c, "F")
    son = pz(c)
    d = Doc()
    d.put(P("HOSPITAL", hosp), sc[0], "出院患者随访群（微信）导出记录\n随访对象：", nm(c, "NAME_PATIENT", pt, 0.0), "  病案号：", P("MRN", mrn), "  微信号：", P("OTHER_ID", f"wxid_{c.token(12).lower()}"), "\n\n")
    t = vd
    oral = next((x for x in sc[2] if "口服" in x[1]), ("阿托伐他汀钙片", "20mg 口服 qn"))
    d.put("[", z2(c, t, "iso"), " ", hhmm(c, 8, 11), "] ", sur_title(c, ns, ("护士", "老师")), "：", P("NAME_PATIENT", pt.given if len(pt.given) >= 2 else pt.full),
          "您好，出院一周了，", K("DRUG", oral[0]), "按时吃了吗？\n")
    d.put("[", z2(c, t, "iso"), " ", hhmm(c, 12, 20), "] ", nm(c, "NAME_RELATIVE", son, 0.0), "（家属）：谢谢", P("NAME_CLINICIAN", ns.sur) if ns.sur else P("NAME_CLINICIAN", ns.full), "老师，在吃的，", K("DOSE", oral[1]),
          "。今天量了", K("MEASUREMENT", f"血压{c.ri(118, 162)}/{c.ri(70, 96)}"), "，有点", K("FINDING", c.ch(("头晕", "乏力", "咳嗽", "脚肿"))), "。\n")
    d.put("[", z2(c, plus(t, 1), "md"), " ", hhmm(c, 7, 9), "] ", nm(c, "NAME_RELATIVE", son, 0.0), "：[图片] 这是在", P("HOSPITAL", hospital_zh(c, g, "community")), "抽血的结果，",
          K("LAB", sc[3][0]), "，要紧吗？\n")
    d.put("[", z2(c, plus(t, 1), "md"), " ", hhmm(c, 10, 17), "] ", sur_title(c, ns, ("护士", "老师")), "：已转给", sur_title(c, pz(c), ("主任", "医生")), "，请", z2(c, plus(t, c.ri(3, 10)), "md"),
          "上午来门诊复查。填一下随访问卷：", P("URL", f"https://wj.qq.com/s2/{c.digits(8)}/{c.token(4).lower()}"), "\n")
    if c.chance(0.6):
        d.put("[", z2(c, plus(t, 2), "md"), " ", hhmm(c), "] ", nm(c, "NAME_RELATIVE", son, 0.0), "：好的，我开车送他，车牌", P("VEHICLE", plate_zh(c, g)), "能进院停车吗？我电话", P("PHONE", mobile_zh(c)), "\n")
    if age > 89 or c.chance(0.3):
        d.put("[", z2(c, plus(t, 2), "md"), " ", hhmm(c), "] ", sur_title(c, ns, ("护士", "老师")), "：", "老人家" if age >= 70 else "患者", age_zh(age), "了，", "可以走绿色通道" if age >= 70 else "按普通号预约", "。登记邮箱", P("EMAIL", email_zh(c)), "\n")
    return d


def zh_daiyao(c: Ctx) -> Doc:
    pt, age, vd, dob, g, hosp, mrn = base(c, 0.2, 40, 88)
    sc = c.ch(SCEN)
    ph = pz(c)
    dr = pz(c)
    d = Doc()
    d.put(P("HOSPITAL", hosp), "\n出 院 带 药 清 单\n姓名：", nm(c, "NAME_PATIENT", pt, 0.3), "  性别：", pt.xing, "  年龄：", age_zh(age), "  住院号：", P("MRN", mrn),
          "  出院日期：", z2(c, vd), "\n出院诊断：", fk(sc[1][0]), "；", fk(sc[1][1]), "\n\n序号  药品名称  规格  用法用量  数量\n")
    extra = c.sample([("奥美拉唑肠溶胶囊", "20mg 口服 qd"), ("呋塞米片", "20mg 口服 qd"), ("螺内酯片", "20mg 口服 qd"), ("苯磺酸氨氯地平片", "5mg 口服 qd"),
                      ("琥珀酸美托洛尔缓释片", "47.5mg 口服 qd"), ("瑞舒伐他汀钙片", "10mg 口服 qn"), ("利伐沙班片", "15mg 口服 qd")], 2)
    for i, (drug, dose) in enumerate([*sc[2], *extra], 1):
        d.put(str(i), "  ", K("DRUG", drug), "  ", c.ch(("10片/盒", "7片/盒", "14粒/盒", "20片/瓶", "28片/盒")), "  ", K("DOSE", dose), "  ", str(c.ri(1, 4)), "盒", "\n")
    d.put("\n注意事项：服用", K("DRUG", "利伐沙班片") if any(x[0] == "利伐沙班片" for x in extra) else K("DRUG", sc[2][0][0]), "期间如有", K("FINDING", "黑便"), "或", K("FINDING", "牙龈出血"), "及时就诊。\n")
    d.put("复诊：", z2(c, plus(vd, c.ri(7, 30)), "md"), "至", sur_title(c, dr, ("主任", "医生")), "专家门诊（门诊号 ", P("MRN", f"MZ{c.digits(9)}"), "）。\n")
    d.put("用药咨询电话：", P("PHONE", land_zh(c, g.area)), ["  药学部传真：", P("FAX", land_zh(c, g.area))] if c.chance(0.5) else "", "\n审核药师：", nm(c, "NAME_CLINICIAN", ph), "  发药药师：", nm(c, "NAME_CLINICIAN", pz(c)), "\n")
    if c.chance(0.4):
        d.put("患者持商业保险，保单号 ", P("INSURANCE", f"P{c.digits(15)}"), "，票据已寄至 ", P("CITY", g.city), P("ADDRESS_STREET", street_zh(c, g)), "\n")
    return d


EXAMS = [("CT", "胸部CT平扫", "胸部", "肺部阴影待查"), ("MR", "头颅MRI平扫+增强", "头颅", "头痛待查"), ("DR", "腰椎正侧位片", "腰椎", "腰痛"),
         ("US", "甲状腺及颈部淋巴结彩超", "甲状腺", "甲状腺结节"), ("CT", "上腹部CT增强", "上腹部", "胰头占位"), ("MR", "左膝关节MRI", "左膝关节", "半月板损伤")]


def zh_yingxiang_sq(c: Ctx) -> Doc:
    pt, age, vd, dob, g, hosp, mrn = base(c, 0.15)
    sc = c.ch(SCEN)
    ex = c.ch(EXAMS)
    dr = pz(c)
    d = Doc()
    d.put(P("HOSPITAL", hosp), "\n影 像 检 查 申 请 单（", ex[0], "）\n申请单号：", P("OTHER_ID", c.digits(12)), "  检查号：", P("ACCESSION", f"{ex[0]}{vd.year}{c.digits(6)}"),
          "  影像号：", P("ACCESSION", c.digits(9)), "\n")
    d.put("姓名：", nm(c, "NAME_PATIENT", pt, 0.3), "  性别：", pt.xing, "  年龄：", age_zh(age), "  ", c.ch(("门诊号", "住院号")), "：", P("MRN", mrn), "  就诊卡号：", P("ACCOUNT", c.digits(12)), "\n")
    d.put("联系电话：", P("PHONE", mobile_zh(c)), "  住址：", addr_zh(c, True, g, detail=c.chance(0.5)), "\n\n")
    d.put("检查项目：", K("PROCEDURE", ex[1]), "  检查部位：", K("ANATOMY", ex[2]), "\n临床诊断：", K("FINDING", ex[3]), "；", fk(sc[1][0]), "\n")
    d.put("病史摘要：", vitals(c), "。", K("LAB", sc[3][0]), "。", c.ch((["体内有金属植入物：无。"], ["体内有心脏起搏器，序列号 ", P("DEVICE", f"{c.letters(3)}{c.digits(6)}"), "，已确认为MRI兼容型。"],
                                                                        ["对比剂过敏史：无。", K("LAB", f"血肌酐 {c.ri(48, 130)}μmol/L"), "。"])), "\n")
    d.put("申请医师：", nm(c, "NAME_CLINICIAN", dr), "  执业证书编号：", P("LICENSE", license_zh(c)), "  申请时间：", z2(c, vd), " ", hhmm(c), "\n")
    d.put("预约：", z2(c, plus(vd, c.ri(0, 5)), "md"), " ", hhmm(c, 8, 17), "  登记员：", nm(c, "NAME_CLINICIAN", pz(c), 0.0), "\n")
    if c.chance(0.6):
        d.put("云胶片：", P("URL", f"https://film.{hosp_domain_zh(c)}/v/{c.token(10)}"), "（提取码", c.digits(4), "）  PACS工作站：", P("IP", ip_addr(c)), "\n")
    return d


TEMPLATES = [
    ("zh2_bingan_shouye", zh_shouye),
    ("zh2_yizhu", zh_yizhu),
    ("zh2_huizhen_shenqing", zh_huizhen_sq),
    ("zh2_zhuanke", zh_zhuanke),
    ("zh2_jiaoban", zh_jiaoban),
    ("zh2_yunchan", zh_yunchan),
    ("zh2_yimiao", zh_yimiao),
    ("zh2_tijian_zongjian", zh_zongjian),
    ("zh2_yibao_jiesuan", zh_yibao),
    ("zh2_bingwei", zh_bingwei),
    ("zh2_tanhua", zh_tanhua),
    ("zh2_weixin", zh_weixin),
    ("zh2_daiyao", zh_daiyao),
    ("zh2_yingxiang_shenqing", zh_yingxiang_sq),
]
