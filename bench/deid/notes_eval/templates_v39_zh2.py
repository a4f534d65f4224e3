"""v39 Chinese templates, part 2 (README.md "v39"): 肺动脉CTA检查报告, 慢性心力衰竭随访登记表, 慢阻肺急性加重
入院记录, 社区获得性肺炎CURB-65评估单, 类风湿关节炎DAS28评估记录, 肾病综合征激素治疗随访单."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v39_kit as k
from _v39_kit import Doc, K, P

# fmt: off


def sexw(p) -> str: return "男" if p.sex == "M" else "女"
def addr_line(c, a: k.Area, label: str = "现住址：") -> list: return [label, k.zh_addr(c, a, c.chance(0.9)), ["  邮编 ", P("POSTCODE", a.post)] if c.chance(0.9) else "", "\n"]
def tw_pass(c) -> str: return c.digits(8)


def feishuan_cta(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, ys, sh = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.3, 35, 88)
    doc = Doc().put(P("HOSPITAL", hosp), "\n医学影像科  CT检查报告单\n")
    if c.chance(0.3):
        n, s, pp = k.foreign(c); doc.put("姓名：", P("NAME_PATIENT", n), "   性别：", "男" if s == "M" else "女", "   护照号：", P("PASSPORT", pp), "\n")
    else: doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "   性别：", sexw(pat), "   年龄：", k.zage_p(age), "岁\n")
    doc.put(c.ch(("住院号：", "急诊号：")), P("MRN", c.ch((k.zyno(c), f"JZ{c.digits(8)}"))), "   检查号：", P("ACCESSION", f"CT{d.year}{c.digits(6)}"), "   检查日期：", k.zdp(c, d), "\n")
    doc.put(f"检查项目：⟦pr|肺动脉CTA⟧   对比剂：⟦dr|碘克沙醇⟧ ⟦do|{c.ri(50, 80)}ml⟧ 高压注射\n临床：⟦fi|下肢深静脉血栓形成⟧后突发胸闷，⟦ep|Wells评分⟧{c.ri(3, 8)}分，", K("LAB", f"D-二聚体 {c.ri(15, 90) / 10:.1f} mg/L"), "\n")
    doc.put("所见：", c.ch(("⟦an|右肺下叶⟧后基底段", "⟦an|左肺动脉主干⟧", "⟦an|双肺下叶动脉⟧")), "见充盈缺损，⟦fi|肺动脉栓塞⟧；⟦me|右心室/左心室直径比1.1⟧。\n")
    if c.chance(0.3): doc.put("⟦an|下腔静脉⟧内见滤器影（滤器序列号 ", P("DEVICE", k.serial(c)), "）。\n")
    doc.put("建议：⟦dr|低分子肝素⟧ ⟦do|1mg/kg q12h⟧ 抗凝，复查。\n")
    if c.chance(0.3): doc.put("就诊卡号：", P("ACCOUNT", k.jzk(c)), "\n")
    if c.chance(0.6): doc.put("PACS：", P("IP", k.zh_ip(c)), "\n")
    if c.chance(0.5): doc.put("报告医师执业证书编号：", P("LICENSE", k.zhiye(c)), "\n")
    if c.chance(0.4): doc.put("危急值已电话通知临床，科室传真 ", P("FAX", k.landline(c, a0)), "\n")
    doc.put("报告医师：", P("NAME_CLINICIAN", ys.pad), "   审核医师：", [P("NAME_CLINICIAN", sh.sur), "主任"] if c.chance(0.4) else P("NAME_CLINICIAN", sh.full), "   报告时间：", k.zdp(c, d, "iso"), f" {c.ri(0, 23):02d}:{c.ri(0, 59):02d}\n")
    return doc


def xinshuai_suifang(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, ys, hs = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.35, 50, 89)
    doc = Doc().put("慢性心力衰竭患者随访登记表\n随访单位：", P("HOSPITAL", hosp), "心内科心衰门诊\n")
    doc.put("姓    名：", P("NAME_PATIENT", pat.pad), "    年    龄：", k.zage_p(age), "\n门 诊 号：", P("MRN", k.mzno(c)), "\n")
    if c.chance(0.5): doc.put("医保个人编号：", P("INSURANCE", k.yibao(c, a0)), "\n")
    if c.chance(0.6): doc.put(addr_line(c, a0, "家庭住址："))
    doc.put("诊    断：⟦fi|射血分数降低的心力衰竭⟧，⟦fi|扩张型心肌病⟧，⟦ep|NYHA心功能分级⟧Ⅲ级\n")
    if c.chance(0.6): doc.put("植入装置：", c.ch(("⟦pr|CRT-D⟧", "⟦pr|ICD⟧")), "  序列号 ", P("DEVICE", k.serial(c)), "\n")
    doc.put("随访日期 | 体重 | 血压 | NT-proBNP | 用药调整\n")
    w0 = c.ri(52, 86)
    for i in range(c.ri(3, 4)):
        doc.put(k.zdp(c, k.add(d, 30 * i), c.ch(("iso", "slash"))), " | ", K("MEASUREMENT", f"{w0 + c.ri(-2, 2)}kg"), " | ", K("MEASUREMENT", f"{c.ri(96, 132)}/{c.ri(58, 82)}mmHg"), " | ", K("LAB", f"NT-proBNP {c.ri(800, 6800)} pg/ml"), " | ", c.ch(("⟦dr|沙库巴曲缬沙坦⟧ ⟦do|50mg bid⟧", "⟦dr|达格列净⟧ ⟦do|10mg qd⟧", "⟦dr|螺内酯⟧ ⟦do|20mg qd⟧", "⟦dr|美托洛尔缓释片⟧ ⟦do|47.5mg qd⟧")), "\n")
    doc.put("超声：", K("MEASUREMENT", f"LVEF {c.ri(22, 38)}%"), "（⟦ep|Simpson双平面法⟧）\n")
    if c.chance(0.5):
        rel, rp = k.zrel(c, pat, [ys, hs]); doc.put("照护人：", rel, P("NAME_RELATIVE", rp.full), "  电话 ", P("PHONE", k.mobile(c)), "\n")
    else: doc.put("本人电话：", P("PHONE", k.landline(c, a0)), "\n")
    if c.chance(0.4): doc.put("自驾复诊，车牌：", P("VEHICLE", k.zh_plate(c, a0)), "\n")
    if c.chance(0.4): doc.put("心衰中心传真：", P("FAX", k.landline(c, a0)), "\n")
    doc.put("随访医生：", P("NAME_CLINICIAN", ys.full), "    随访护士：", P("NAME_CLINICIAN", hs.pad), "\n")
    return doc


def manzufei_jixing(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, zy, zz = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.3, 55, 89); dob = k.born(c, age, d)
    doc = Doc().put(P("HOSPITAL", hosp), "\n呼吸与危重症医学科  入 院 记 录\n")
    doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "  性别：", sexw(pat), "  年龄：", k.zage_p(age), "岁  住院号：", P("MRN", k.zyno(c)), "\n")
    if c.chance(0.4): doc.put("身份证号：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "\n")
    doc.put("入院日期：", k.zdp(c, d), "   病史陈述者：", "本人" if c.chance(0.2) else "")
    if doc.text.endswith("："):
        rel, rp = k.zrel(c, pat, [zy, zz]); doc.put(rel, P("NAME_RELATIVE", c.ch((rp.full, rp.pad))), "（", P("PHONE", k.mobile(c)), "）")
    doc.put("\n主诉：反复咳嗽咳痰", c.ri(10, 30), "年，加重伴气促", c.ri(2, 7), "天。\n")
    doc.put("查体：", K("MEASUREMENT", f"SpO2 {c.ri(84, 92)}%"), "，桶状胸，双肺呼吸音低，可闻及哮鸣音。\n")
    doc.put("辅助检查：", K("LAB", f"PaCO2 {c.ri(50, 78)} mmHg"), "，", K("LAB", f"pH {c.ri(728, 738) / 100:.2f}"), "；", K("LAB", f"FEV1/FVC {c.ri(38, 62)}%"), "（既往）\n")
    if c.chance(0.4): doc.put("血气分析仪：", P("IP", k.zh_ip(c)), "\n")
    doc.put("诊断：⟦fi|慢性阻塞性肺疾病急性加重⟧，⟦fi|Ⅱ型呼吸衰竭⟧，⟦fi|慢性肺源性心脏病⟧\n")
    doc.put("诊疗计划：⟦pr|无创正压通气⟧；⟦dr|甲泼尼龙⟧ ⟦do|40mg qd⟧，⟦dr|布地奈德混悬液⟧ ⟦do|2mg bid⟧ 雾化，⟦dr|哌拉西林他唑巴坦⟧ ⟦do|4.5g q8h⟧\n")
    if c.chance(0.5): doc.put("家用无创呼吸机序列号：", P("DEVICE", k.serial(c)), "\n")
    if c.chance(0.25): doc.put("病案室传真：", P("FAX", k.landline(c, a0)), "\n")
    doc.put("住院医师：", P("NAME_CLINICIAN", zy.pad), "   主治医师：", P("NAME_CLINICIAN", zz.sur), "医生\n")
    return doc


def feiyan_curb65(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, ys = k.znames(c, 2); d = k.day(c); age = k.zage(c, 0.4, 20, 88)
    doc = Doc().put(P("HOSPITAL", hosp), "  急诊科\n社区获得性肺炎病情评估单\n")
    if c.chance(0.3):
        n, s, pp = k.foreign(c); doc.put("患者：", P("NAME_PATIENT", n), "（外籍，护照 ", P("PASSPORT", pp), "）  年龄：", k.zage_p(age), "\n")
    else:
        doc.put("患者：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "  年龄：", k.zage_p(age), "  ", sexw(pat), "\n")
        if c.chance(0.3): doc.put("身份证号：", P("ID_CARD", k.id_card(c, a0, k.born(c, age, d), pat.sex)), "\n")
    doc.put("急诊号：", P("MRN", f"JZ{c.digits(9)}"), "  评估时间：", k.zdp(c, d, c.ch(("cn", "iso"))), "\n")
    doc.put("项目                         结果\n")
    doc.put("意识障碍(C)                  ", c.ch(("否", "是")), "\n")
    doc.put("尿素氮(U)                    ", K("LAB", f"尿素氮 {c.ri(40, 140) / 10:.1f} mmol/L"), "\n")
    doc.put("呼吸频率(R)                  ", K("MEASUREMENT", f"R {c.ri(18, 34)}次/分"), "\n")
    doc.put("血压(B)                      ", K("MEASUREMENT", f"BP {c.ri(82, 140)}/{c.ri(48, 88)}mmHg"), "\n")
    doc.put("年龄≥65岁                    ", "是" if age >= 65 else "否", "\n")
    doc.put(f"⟦me|CURB-65评分{c.ri(1, 4)}分⟧；", K("LAB", f"降钙素原 {c.ri(1, 60) / 10:.1f} ng/ml"), "；⟦pr|胸部CT⟧示⟦an|右肺中叶⟧⟦fi|大叶性实变⟧；痰标本号 ", P("ACCESSION", f"S{c.digits(9)}"), "\n")
    doc.put("处置：收入病房，⟦dr|头孢曲松⟧ ⟦do|2g qd⟧ 联合⟦dr|阿奇霉素⟧ ⟦do|0.5g qd⟧；⟦lab|嗜肺军团菌尿抗原阴性⟧\n")
    if c.chance(0.4): doc.put(addr_line(c, a0))
    if c.chance(0.5):
        rel, rp = k.zrel(c, pat, [ys]); doc.put("陪同：", rel, P("NAME_RELATIVE", rp.full), "，电话", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.4): doc.put("住院停车登记：", P("VEHICLE", k.zh_plate(c, a0)), "\n")
    if c.chance(0.3): doc.put("已开具诊断证明书，编号：", P("OTHER_ID", f"ZM{d.year}{c.digits(6)}"), "\n")
    if c.chance(0.3): doc.put("评估终端：", P("IP", k.zh_ip(c)), "\n")
    doc.put("评估医生：", P("NAME_CLINICIAN", c.ch((ys.full, ys.pad))), "\n")
    return doc


def leifengshi_das28(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); p0, ys = k.znames(c, 2); pat = p0 if c.chance(0.3) else k.zname(c, "F", p0.sur); d = k.day(c); age = c.ri(28, 79)
    doc = Doc().put(P("HOSPITAL", hosp), "风湿免疫科\n类风湿关节炎病情活动度评估（DAS28）\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.pad), "  年龄：", age, "  门诊号：", P("MRN", k.mzno(c)), "  日期：", k.zdp(c, d), "\n")
    if c.chance(0.3): doc.put("台湾居民来往大陆通行证：", P("PASSPORT", tw_pass(c)), "\n")
    if c.chance(0.6): doc.put("医保卡：", P("INSURANCE", k.yibao(c, a0)), "\n")
    if c.chance(0.5): doc.put("结算单号：", P("ACCOUNT", f"JS{d.year}{c.digits(8)}"), "\n")
    doc.put("压痛关节数 ", c.ri(2, 14), "  肿胀关节数 ", c.ri(1, 10), "  受累：⟦an|双手近端指间关节⟧、⟦an|双腕关节⟧\n")
    doc.put(K("LAB", f"血沉 {c.ri(18, 80)} mm/h"), "  ", K("LAB", f"C反应蛋白 {c.ri(5, 60)} mg/L"), "  ⟦lab|抗CCP抗体阳性⟧  ⟦lab|类风湿因子阳性⟧\n")
    doc.put(K("MEASUREMENT", f"DAS28-ESR {c.ri(28, 62) / 10:.1f}"), "（", c.ch(("中度活动", "高度活动", "低度活动")), "）；未见⟦ep|Felty综合征⟧表现，⟦ep|Sjögren综合征⟧待排\n")
    doc.put("治疗：⟦dr|甲氨蝶呤⟧ ⟦do|15mg 每周一次⟧ + ⟦dr|叶酸⟧ ⟦do|5mg 每周一次⟧；", c.ch(("加用⟦dr|托法替布⟧ ⟦do|5mg bid⟧", "加用⟦dr|来氟米特⟧ ⟦do|10mg qd⟧", "⟦dr|羟氯喹⟧ ⟦do|0.2g bid⟧")), "\n")
    if c.chance(0.3): doc.put("临床试验受试者编号：", P("OTHER_ID", f"RA-{c.digits(3)}-{c.digits(3)}"), "\n")
    if c.chance(0.5): doc.put("患者自评问卷：", P("URL", k.link(c, "fsmy.example.cn", "pro/")), "\n")
    if c.chance(0.4): doc.put("报告邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.3): doc.put("车牌：", P("VEHICLE", k.zh_plate(c, a0)), "\n")
    doc.put("联系电话：", P("PHONE", k.mobile(c)), "  评估医师：", P("NAME_CLINICIAN", ys.full), "  下次评估：", k.zdp(c, k.add(d, 84), "md"), "\n")
    return doc


def shenbing_zonghezheng(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, ys, bl = k.znames(c, 3); d = k.day(c); age = c.ri(16, 70); dob = k.born(c, age, d)
    doc = Doc().put(P("HOSPITAL", hosp), "  肾内科\n肾病综合征激素治疗随访单\n")
    if c.chance(0.25): doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "  港澳通行证：", P("PASSPORT", k.hk_pass(c)), "\n")
    else:
        doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "  性别：", sexw(pat), "  出生日期：", k.zdp(c, dob, c.ch(("cn", "iso", "cpt"))), "\n")
        if c.chance(0.45): doc.put("身份证号：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "\n")
    doc.put("门诊号：", P("MRN", k.mzno(c)), "  肾活检病理号：", P("ACCESSION", f"RP{c.digits(7)}"), "（", P("NAME_CLINICIAN", bl.full), "阅片）\n")
    if c.chance(0.4): doc.put("工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    doc.put("病理：⟦fi|微小病变肾病⟧；起病 ", k.zdp(c, k.add(d, -c.ri(20, 90)), "md"), "，", K("LAB", f"24小时尿蛋白 {c.ri(35, 120) / 10:.1f} g"), "，", K("LAB", f"血白蛋白 {c.ri(15, 29)} g/L"), "\n")
    doc.put("日期         泼尼松剂量      尿蛋白\n")
    for i in range(c.ri(3, 5)):
        doc.put(k.zdp(c, k.add(d, 14 * i), c.ch(("iso", "mdd"))), "   ", c.ch(("⟦dr|泼尼松⟧ ⟦do|60mg qd⟧", "⟦dr|泼尼松⟧ ⟦do|50mg qd⟧", "⟦dr|泼尼松⟧ ⟦do|40mg qd⟧")), "   ", c.ch(("⟦lab|尿蛋白3+⟧", "⟦lab|尿蛋白2+⟧", "⟦lab|尿蛋白±⟧")), "\n")
    doc.put("辅助：⟦dr|碳酸钙D3⟧ ⟦do|600mg qd⟧，⟦dr|阿托伐他汀⟧ ⟦do|20mg qn⟧；注意⟦fi|类固醇性糖尿病⟧，", K("MEASUREMENT", f"血压{c.ri(110, 150)}/{c.ri(70, 96)}mmHg"), "\n")
    if c.chance(0.3): doc.put("诊断证明书编号：", P("OTHER_ID", f"{d.year}SZ{c.digits(5)}"), "\n")
    if c.chance(0.3): doc.put("线上随访：", P("URL", k.link(c, "sbsf.example.cn", "f/")), "\n")
    if c.chance(0.2): doc.put("邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.3): doc.put("肾内科传真：", P("FAX", k.landline(c, a0)), "\n")
    doc.put("手机：", P("PHONE", k.mobile(c)), "\n主诊医师：", P("NAME_CLINICIAN", ys.pad), [" 执业证书编号 ", P("LICENSE", k.zhiye(c))] if c.chance(0.4) else "", "\n")
    return doc


# fmt: on

PART2 = [
    feishuan_cta,
    xinshuai_suifang,
    manzufei_jixing,
    feiyan_curb65,
    leifengshi_das28,
    shenbing_zonghezheng,
]
