"""v37 Chinese templates, part 1 (README.md "v37"): 经直肠超声引导前列腺穿刺活检术记录, 麻醉药品及第一类精神药品
空安瓿回收登记本, 破伤风被动免疫注射登记, 超声引导肝穿刺活检术记录, 孕产妇梅毒感染随访登记, 新生儿游泳抚触登记.
TEMPLATES lists all twelve (part 2: templates_v37_zh2.py)."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v37_kit as k
import templates_v37_zh2 as zh2
from _v37_kit import Doc, P

V37_ZH_WORDLIKE = k.ZH_WORDLIKE

# fmt: off


def qianliexian_chuanci(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); pat, doc1, nurse = k.znames(c, 3); pat = k.ZN(pat.sur, pat.given if pat.sex == "M" else c.ch(k.ZH_M2), "M"); d = k.day(c); a = k.zage(c, 0.15, 52, 88)
    doc = Doc().put(P("HOSPITAL", hosp), "泌尿外科\n", "经直肠超声引导下⟦pr|前列腺穿刺活检术⟧记录\n\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), "    年龄：", k.zage_p(a), "岁    住院号：", P("MRN", k.zyno(c)), "\n医保卡号：", P("INSURANCE", k.yibao(c, a_)), "    手术日期：", k.zdp(c, d), "\n")
    if c.chance(0.3): doc.put("既往：⟦fi|病态窦房结综合征⟧，起搏器植入术后，起搏器序列号 ", P("DEVICE", k.serial(c)), "，术前程控\n")
    doc.put(f"术前：⟦lab|总PSA⟧ {c.fl(4.5, 68, 1)} ng/mL，⟦lab|游离PSA⟧/总PSA {c.fl(0.05, 0.25, 2)}；MRI PI-RADS {c.ri(3, 5)}分；⟦dr|左氧氟沙星⟧ ⟦do|0.5g 口服 每日1次⟧×3天\n")
    doc.put(f"经过：⟦dr|利多卡因⟧局部浸润，系统穿刺{c.ch((10, 12))}针+靶向{c.ri(2, 4)}针，⟦an|前列腺左侧外周带⟧见低回声结节，⟦me|前列腺体积 {c.ri(28, 96)} mL⟧\n")
    doc.put("病理号：", P("ACCESSION", f"B{c.ri(21, 25)}-{c.digits(5)}"), "    结果：", c.ch(("⟦fi|前列腺腺泡腺癌⟧，⟦ep|Gleason评分⟧ 3+4=7", "⟦fi|前列腺腺泡腺癌⟧，⟦ep|Gleason评分⟧ 4+4=8", "⟦fi|良性前列腺增生⟧，⟦ep|Gleason评分⟧ 不适用")), "\n")
    if c.chance(0.4): doc.put("超声工作站：", P("IP", k.zh_ip(c)), "\n")
    if c.chance(0.45): doc.put("停车登记车牌：", P("VEHICLE", k.zh_plate(c, a_)), "\n")
    doc.put("术者：", P("NAME_CLINICIAN", doc1.full))
    doc.put(["（执业证书编号 ", P("LICENSE", k.zhiye(c)), "）"] if c.chance(0.5) else "", "    护士：", P("NAME_CLINICIAN", nurse.pad), "\n")
    if c.chance(0.6): doc.put("病理结果传真至转诊医院：", P("FAX", k.landline(c, a_)), "\n")
    return doc


def mamayao_huishou(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); ph, ph2, presc = k.znames(c, 3); d = k.day(c)
    doc = Doc().put(P("HOSPITAL", hosp), " 药学部\n麻醉药品、第一类精神药品 空安瓿/废贴 回收登记本\n")
    if c.chance(0.6): doc.put("智能药柜：", P("IP", k.zh_ip(c)), "    ")
    if c.chance(0.6): doc.put("药学部传真：", P("FAX", k.landline(c, a_)))
    doc.put("\n\n日期/患者/年龄/病案号/身份证号/药品/处方编号/回收数量/代办人/回收人\n")
    for _ in range(c.ri(2, 4)):
        p = k.zname(c); a = k.zage(c, 0.2, 45, 89); dob = k.born(c, a, d); drug = c.ch(("⟦dr|芬太尼透皮贴⟧ ⟦do|4.2mg⟧", "⟦dr|盐酸吗啡注射液⟧ ⟦do|10mg⟧", "⟦dr|盐酸羟考酮缓释片⟧ ⟦do|10mg⟧", "⟦dr|盐酸哌替啶注射液⟧ ⟦do|50mg⟧"))
        _, ag = k.zrel(c, p, [], "子女")
        doc.put(k.zdp(c, k.add(d, c.ri(0, 3)), c.ch(("mdd", "md", "iso"))), "/", P("NAME_PATIENT", p.full), "/", k.zage_p(a), "/", P("MRN", k.zyno(c)), "/", P("ID_CARD", k.id_card(c, a_, dob, p.sex)), "/", drug, "/", P("OTHER_ID", f"MJ{c.digits(8)}"), f"/{c.ri(1, 6)}/", P("NAME_RELATIVE", ag.full), "/", P("NAME_CLINICIAN", ph.full), "\n")
    doc.put("\n诊断：⟦fi|癌性疼痛⟧（⟦me|NRS评分⟧ ", c.ri(4, 8), "分）；\n")
    if c.chance(0.35): doc.put("第1位患者：鞘内药物输注泵序列号 ", P("DEVICE", k.serial(c)), "\n")
    if c.chance(0.4): doc.put("第1位患者住址：", k.zh_addr(c, a_), "，邮编 ", P("POSTCODE", a_.post), "\n")
    doc.put("处方医师：", P("NAME_CLINICIAN", presc.full))
    doc.put(["（执业证书编号 ", P("LICENSE", k.zhiye(c)), "）"] if c.chance(0.6) else "", "  复核：", P("NAME_CLINICIAN", ph2.full), "\n")
    return doc


def poshangfeng_zhushe(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); pat, nurse, doc1 = k.znames(c, 3); d = k.day(c); a = k.zage(c, 0.05, 16, 80); dob = k.born(c, a, d)
    doc = Doc().put(P("HOSPITAL", hosp), "  急诊外科  ⟦dr|破伤风⟧被动免疫注射登记\n", "=" * 30, "\n")
    if c.chance(0.3): fn, _s, pp = k.foreign(c); doc.put("姓名：", P("NAME_PATIENT", fn), "（外籍）  护照号：", P("PASSPORT", pp), "\n")
    else:
        doc.put("姓名：", P("NAME_PATIENT", pat.pad if c.chance(0.5) else pat.full), "  性别：", "男" if pat.sex == "M" else "女", "  年龄：", k.zage_p(a), "\n")
        if c.chance(0.7): doc.put("身份证号：", P("ID_CARD", k.id_card(c, a_, dob, pat.sex)), "\n")
    doc.put("急诊号：", P("MRN", f"JZ{c.digits(8)}"), "  就诊卡号：", P("ACCOUNT", k.jzk(c)), "  电话：", P("PHONE", k.mobile(c)), "\n")
    doc.put("受伤时间：", k.zdp(c, d, c.ch(("cn", "slash"))), f" {c.ri(0, 23)}时，", c.ch(("⟦fi|锈钉刺伤⟧", "⟦fi|手部切割伤⟧", "⟦fi|犬咬伤⟧合并污染伤口", "⟦fi|擦伤⟧伴泥土污染")), "，", c.ch(("⟦an|右足底⟧", "⟦an|左手掌⟧", "⟦an|右前臂⟧", "⟦an|左小腿⟧")), "\n")
    if c.chance(0.7): doc.put("致伤经过：交通事故，对方车辆号牌 ", P("VEHICLE", k.zh_plate(c, a_)), "\n")
    if c.chance(0.5): doc.put("工伤：是   用人单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    doc.put("处置：⟦pr|清创缝合术⟧；", c.ch(("⟦dr|破伤风人免疫球蛋白⟧ ⟦do|250IU 肌注⟧", "⟦dr|破伤风抗毒素⟧ ⟦do|1500IU 肌注⟧（⟦lab|皮试⟧阴性）")), "\n")
    doc.put("注射护士：", P("NAME_CLINICIAN", nurse.full), "  接诊医师：", P("NAME_CLINICIAN", doc1.sur), "医生\n")
    return doc


def ganchuan_jilu(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); pat, doc1, helper = k.znames(c, 3); d = k.day(c); a = k.zage(c, 0.05, 25, 80)
    doc = Doc().put(P("HOSPITAL", hosp), " 感染科\n超声引导下经皮⟦pr|肝穿刺活检术⟧记录\n")
    doc.put("患者 ", P("NAME_PATIENT", pat.full), "，", "男" if pat.sex == "M" else "女", "，", k.zage_p(a), "岁，住院号 ", P("MRN", k.zyno(c)), "，医保 ", P("INSURANCE", k.yibao(c, a_)), "\n")
    if c.chance(0.2): doc.put("港澳居民来往内地通行证：", P("PASSPORT", k.hk_pass(c)), "\n")
    doc.put("手术日期：", k.zdp(c, d), "\n术前：⟦lab|血小板⟧ ", c.ri(80, 260), "×10^9/L，⟦lab|凝血酶原时间⟧ ", c.fl(11, 14.5), "s；⟦fi|慢性乙型病毒性肝炎⟧，⟦dr|恩替卡韦⟧ ⟦do|0.5mg 每日1次⟧\n")
    doc.put("经过：于⟦an|右侧腋中线第8肋间⟧进针，16G 活检针取材2条，长约", c.ri(12, 22), "mm，标本送病理，病理号 ", P("ACCESSION", f"P{c.digits(7)}"), "\n")
    doc.put("术后：⟦me|血压⟧ ", c.ri(105, 140), "/", c.ri(62, 88), "mmHg，沙袋压迫4小时，⟦fi|无腹腔出血⟧\n")
    doc.put("术者：", P("NAME_CLINICIAN", doc1.full), "；助手：", P("NAME_CLINICIAN", helper.sur), "主任\n")
    if c.chance(0.5): doc.put("执业证书编号：", P("LICENSE", k.zhiye(c)), "\n")
    if c.chance(0.6): doc.put("结果传真：", P("FAX", k.landline(c, a_)), "\n")
    if c.chance(0.35): doc.put("陪护车辆：", P("VEHICLE", k.zh_plate(c, a_)), "（停车减免）\n")
    if c.chance(0.5): doc.put("患者邮箱：", P("EMAIL", k.zmail(c)), "\n")
    return doc


def meidu_suifang(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); pat, doc1 = k.znames(c, 2); pat = k.ZN(pat.sur, pat.given if pat.sex == "F" else c.ch(k.ZH_F2), "F"); d = k.day(c); a = c.ri(19, 42); dob = k.born(c, a, d)
    rel, sp = k.zrel(c, pat, [doc1], "配偶")
    doc = Doc().put(P("HOSPITAL", hosp), "  产科 / 预防艾滋病、梅毒和乙肝母婴传播\n孕产妇梅毒感染随访登记表\n")
    doc.put("个案编号：", P("OTHER_ID", f"{a_.code}{c.digits(6)}"), "\n")
    fn, fs, pp = k.foreign(c)
    if fs == "F" and c.chance(0.3): doc.put("姓    名：", P("NAME_PATIENT", fn), "    护照：", P("PASSPORT", pp), "\n")
    else: doc.put("姓    名：", P("NAME_PATIENT", pat.pad), "    身份证号：", P("ID_CARD", k.id_card(c, a_, dob, "F")), "\n")
    doc.put("年    龄：", a, "    孕周：", c.ri(8, 38), "周    门诊号：", P("MRN", k.mzno(c)), "\n")
    doc.put("现 住 址：", k.zh_addr(c, a_), ["    邮编：", P("POSTCODE", a_.post)] if c.chance(0.6) else "", "\n联系电话：", P("PHONE", k.mobile(c)), "\n")
    doc.put("检测：⟦lab|TPPA⟧ 阳性，⟦lab|RPR⟧ 1:", c.ch((2, 4, 8, 16, 32)), "，标本号 ", P("ACCESSION", f"S{c.digits(9)}"), "，检测日期 ", k.zdp(c, d, "iso"), "\n")
    doc.put("治疗：⟦dr|苄星青霉素⟧ ⟦do|240万U 肌注 每周1次⟧×3次；注意⟦ep|吉海反应⟧\n")
    doc.put("配偶：", P("NAME_RELATIVE", sp.full), "，已告知并动员检测\n")
    if c.chance(0.5): doc.put("随访问卷：", P("URL", k.link(c, "fybj.health.cn", "sf/")), "\n")
    if c.chance(0.4): doc.put("上报终端：", P("IP", k.zh_ip(c)), "\n")
    if c.chance(0.6): doc.put("妇幼保健所传真：", P("FAX", k.landline(c, a_)), "\n")
    doc.put("登记人：", P("NAME_CLINICIAN", doc1.full), "    登记日期：", k.zdp(c, k.add(d, 2), "dot"), "\n")
    return doc


def xinshenger_youyong(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); mom, nurse = k.znames(c, 2); mom = k.ZN(mom.sur, mom.given if mom.sex == "F" else c.ch(k.ZH_F2), "F"); d = k.day(c)
    rel, dad = k.zrel(c, mom, [nurse], "配偶"); baby = k.zname(c, sur=dad.sur)
    doc = Doc().put(P("HOSPITAL", hosp), " 新生儿科\n新生儿游泳/抚触登记\n")
    doc.put("宝宝：", P("NAME_PATIENT", baby.full if c.chance(0.6) else baby.given), "    性别：", "男" if baby.sex == "M" else "女", "\n")
    doc.put("出生日期：", k.zdp(c, d), "    住院号：", P("MRN", k.zyno(c)), "    出生医学证明编号：", P("OTHER_ID", f"{c.letters(1)}{c.digits(9)}"), "\n")
    doc.put(f"⟦ep|Apgar评分⟧ {c.ri(8, 10)}分，⟦me|出生体重⟧ {c.ri(2600, 4100)}g，⟦fi|脐带未脱落⟧，防水脐贴保护\n")
    doc.put("母亲：", P("NAME_RELATIVE", mom.full), "    父亲：", P("NAME_RELATIVE", dad.full), "    电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.5): doc.put("家庭住址：", k.zh_addr(c, a_), "    邮编 ", P("POSTCODE", a_.post), "\n")
    if c.chance(0.6): doc.put("家长邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.5): doc.put("预约链接：", P("URL", k.link(c, "baby.yy-app.cn", "swim/")), "\n")
    doc.put("\n日期\t项目\t时长\t⟦me|体温⟧\t操作者\n")
    for i in range(c.ri(2, 4)):
        doc.put(k.zdp(c, k.add(d, i + 1), "mdd"), "\t", c.ch(("游泳", "抚触", "游泳+抚触")), f"\t{c.ri(8, 15)}分钟\t{c.fl(36.4, 37.2)}\t", P("NAME_CLINICIAN", nurse.full), "\n")
    return doc


# fmt: on

_ZH = [
    ("zh37_qianliexian_chuanci", qianliexian_chuanci),
    ("zh37_mamayao_huishou", mamayao_huishou),
    ("zh37_poshangfeng_zhushe", poshangfeng_zhushe),
    ("zh37_ganchuan_jilu", ganchuan_jilu),
    ("zh37_meidu_suifang", meidu_suifang),
    ("zh37_xinshenger_youyong", xinshenger_youyong),
]
TEMPLATES = [(tid, k.checked(fn, frozenset(V37_ZH_WORDLIKE))) for tid, fn in [*_ZH, *zh2.TEMPLATES_PART2]]
