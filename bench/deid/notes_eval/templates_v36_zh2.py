"""v36 Chinese templates, part 2 (README.md "v36"): 强制隔离戒毒人员入所体检表, 检验危急值报告登记本,
自费项目知情同意书, 腰椎穿刺术记录, 中医外治（拔罐/艾灸/刮痧）治疗登记本, 骨牵引护理记录单."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v36_kit as k
from _v36_kit import Doc, P

_W = frozenset(k.ZH_WORDLIKE) | frozenset(k.EN_WORDLIKE)

# fmt: off


def jiedu_ruzhi_tijian(c) -> Doc:
    a = k.area(c); pat, doc1 = k.znames(c, 2); d = k.day(c); age = c.ri(19, 58); dob = k.born(c, age, d)
    rel, kp = k.zrel(c, pat, [doc1], c.ch(("父母", "配偶")))
    doc = Doc().put("强制隔离戒毒人员入所健康检查表\n", "体检单位：", P("HOSPITAL", c.ch((f"{a.city}强制隔离戒毒所医院", f"{a.city}戒毒康复医院", f"{a.city}安康医院"))), "　电话：", P("PHONE", k.landline(c, a)))
    if c.chance(0.65): doc.put("　传真：", P("FAX", k.landline(c, a)))
    doc.put("\n决定书编号：", P("OTHER_ID", f"{a.city[:-1]}公(禁)决字〔{d.year}〕{c.ri(100, 9999)}号"), "　入所日期：", k.zdp(c, d), "\n\n")
    if c.chance(0.15): fn, sx, pno = k.foreign(c); doc.put("姓名：", P("NAME_PATIENT", fn), "　护照号：", P("PASSPORT", pno), "\n")
    else: doc.put("姓名：", P("NAME_PATIENT", pat.full), "　性别：", "男" if pat.sex == "M" else "女", "　出生日期：", k.zdp(c, dob, "cpt"), "\n", "身份证号：", P("ID_CARD", k.id_card(c, a, dob, pat.sex)), "\n")
    doc.put("户籍地址：", k.zh_addr(c, a), ("　邮编：", P("POSTCODE", a.post)) if c.chance(0.6) else "", "\n", "家属：", P("NAME_RELATIVE", kp.full), "（", rel, "）", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.9): doc.put("押送车辆号牌：", P("VEHICLE", k.zh_plate(c, a)), "\n")
    doc.put("\n吸毒史：", c.ch(("⟦dr|甲基苯丙胺⟧（冰毒）", "⟦dr|海洛因⟧静脉注射", "⟦dr|氯胺酮⟧")), str(c.ri(1, 12)), "年\n", "查体：⟦me|血压⟧ ", f"{c.ri(100, 160)}/{c.ri(60, 100)}", "mmHg，⟦me|心率⟧ ", str(c.ri(60, 118)), "次/分，", c.ch(("双上肢⟦an|肘静脉⟧见陈旧针眼", "⟦fi|龋齿⟧多发", "无异常")), "\n")
    doc.put("尿检：⟦lab|甲基安非他明⟧", c.ch(("阳性", "阴性")), "；⟦lab|抗-HIV⟧、⟦lab|梅毒螺旋体抗体⟧、⟦lab|抗-HCV⟧ 送检（条码 ", P("ACCESSION", c.digits(11)), "）\n", "⟦pr|胸部X线片⟧：", c.ch(("未见异常", "⟦fi|右上肺继发性肺结核⟧待排")), "\n", "结论：", c.ch(("可以收治", "暂缓收治，转定点医院")), "\n")
    doc.put("体检医师：", P("NAME_CLINICIAN", doc1.full))
    if c.chance(0.6): doc.put("　执业证书编号：", P("LICENSE", k.zhiye(c)))
    doc.put("\n")
    return doc


def weijizhi_dengji(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); d = k.day(c); ppl = k.znames(c, 7); lab1, lab2, rn = ppl[4], ppl[5], ppl[6]
    doc = Doc().put(P("HOSPITAL", hosp), "　检验科\n危急值报告登记本　", k.zdp(c, d, c.ch(("cn", "slash"))), "\n")
    doc.put("时间 | 病区/床号 | 患者 | 年龄 | 住院号 | 标本号 | 项目及结果 | 报告人 | 接收人 | 处理\n")
    items = ["⟦lab|血钾⟧ 6.8 mmol/L", "⟦lab|血钾⟧ 2.6 mmol/L", "⟦lab|血小板⟧ 12×10^9/L", "⟦lab|血糖⟧ 1.9 mmol/L", "⟦lab|血钠⟧ 118 mmol/L", "⟦lab|肌钙蛋白I⟧ 8.3 ng/mL", "⟦lab|血培养⟧ 革兰阴性杆菌", "⟦lab|INR⟧ 6.2"]
    for i, p in enumerate(ppl[:c.ri(2, 4)]):
        age = k.zage(c, 0.2, 18, 88)
        doc.put(f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d} | ", c.ch(("心内", "肾内", "ICU", "血液科", "老年科")), f"{c.ri(1, 48)}床 | ", P("NAME_PATIENT", p.full), " | ", k.zage_p(age), " | ", P("MRN", k.zyno(c)), " | ", P("ACCESSION", c.ch((f"{d.year % 100:02d}{c.digits(8)}", f"L{c.digits(9)}"))), " | ", c.ch(items), " | ", P("NAME_CLINICIAN", (lab1 if i % 2 == 0 else lab2).full), " | ", P("NAME_CLINICIAN", rn.full), " | ", c.ch(("已通知医生", "复查", "⟦dr|葡萄糖酸钙⟧⟦do|10ml iv⟧")), "\n")
    doc.put("\n注：电话报告后10分钟内由接收人在HIS确认；", c.ch(("⟦pr|床旁血气分析⟧复核", "标本无⟦fi|溶血⟧")), "。\n")
    if c.chance(0.7): doc.put("LIS推送日志：来源 ", P("IP", k.zh_ip(c)), " 已回执\n")
    return doc


def zifei_tongyi(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat, doc1 = k.znames(c, 2); d = k.day(c); age = k.zage(c, 0.2, 35, 88); dob = k.born(c, age, d)
    rel, kp = k.zrel(c, pat, [doc1])
    doc = Doc().put(P("HOSPITAL", hosp), "\n医保外自费项目知情同意书\n")
    if c.chance(0.55): doc.put("医保办电话：", P("PHONE", k.landline(c, a)), "　传真：", P("FAX", k.landline(c, a)), "\n")
    doc.put("\n患者姓名：", P("NAME_PATIENT", pat.full), "　年龄：", k.zage_p(age), "岁　住院号：", P("MRN", k.zyno(c)), "　结算号：", P("ACCOUNT", f"JS{c.digits(10)}"), "\n")
    if c.chance(0.35): doc.put("港澳居民来往内地通行证：", P("PASSPORT", k.hk_pass(c)), "\n")
    else: doc.put("身份证号：", P("ID_CARD", k.id_card(c, a, dob, pat.sex)), "\n")
    doc.put("参保类别：", c.ch(("城镇职工", "城乡居民")), "　医保卡号：", P("INSURANCE", k.yibao(c, a)), "\n")
    if c.chance(0.45): doc.put("联系地址：", k.zh_addr(c, a), ("　", P("POSTCODE", a.post)) if c.chance(0.6) else "", "\n")
    item = c.ch((("⟦pr|双腔起搏器植入术⟧", "起搏器"), ("⟦pr|经皮椎体后凸成形术⟧", "椎体成形球囊"), ("⟦pr|人工全膝关节置换术⟧", "膝关节假体")))
    doc.put("\n因病情需要（", c.ch(("⟦fi|病态窦房结综合征⟧", "⟦fi|骨质疏松性椎体压缩骨折⟧", "⟦fi|膝骨关节炎⟧")), "），拟行", item[0], "，需使用下列医保目录外项目：\n")
    doc.put("1. ", item[1], "（自费部分约", str(c.ri(8, 60)), "千元）\n2. ⟦dr|人血白蛋白⟧ ⟦do|10g qd⟧ ×3天\n3. ⟦lab|降钙素原⟧检测\n")
    if c.chance(0.7): doc.put("术后补录：植入", item[1], "序列号 ", P("DEVICE", k.serial(c)), "\n")
    doc.put("\n本人已知晓上述项目费用不属医保报销范围，同意使用。\n患者/代理人签字：", P("NAME_RELATIVE", kp.full), "（", rel, "）　电话：", P("PHONE", k.mobile(c)), "\n", "谈话医师：", P("NAME_CLINICIAN", doc1.full))
    if c.chance(0.5): doc.put("（执业证书编号 ", P("LICENSE", k.zhiye(c)), "）")
    doc.put("　", k.zdp(c, d), "\n")
    if c.chance(0.4): doc.put("电子签名终端：", P("IP", k.zh_ip(c)), "\n")
    return doc


def yaochuan_jilu(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat, doc1, doc2 = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.15, 16, 86)
    doc = Doc().put(P("HOSPITAL", hosp), " 神经内科\n腰椎穿刺术记录\n", "姓名：", P("NAME_PATIENT", pat.full), "　年龄：", k.zage_p(age), "　住院号：", P("MRN", k.zyno(c)), "　", c.ri(1, 40), "床\n", "操作时间：", k.zdp(c, d), " ", f"{c.ri(8, 17)}:{c.ch(('05', '30', '45'))}", "\n")
    doc.put("适应证：", c.ch(("疑诊⟦fi|病毒性脑炎⟧", "⟦fi|吉兰-巴雷综合征⟧待排", "⟦fi|蛛网膜下腔出血⟧CT阴性", "⟦fi|特发性颅内高压⟧")), "\n")
    if c.chance(0.5): doc.put("既往：⟦pr|脑室腹腔分流术⟧，可调压分流阀 SN ", P("DEVICE", k.serial(c)), "（REF 82-3800）\n")
    doc.put("操作：患者左侧卧位，取⟦an|L3-4⟧间隙，⟦dr|利多卡因⟧⟦do|2% 5ml⟧局麻，一次穿刺成功。\n", "⟦me|初压⟧ ", str(c.ri(80, 330)), " mmH2O，⟦me|终压⟧ ", str(c.ri(60, 180)), " mmH2O；脑脊液", c.ch(("无色透明", "微黄", "血性")), "，留取", str(c.ri(6, 12)), "ml\n")
    doc.put("送检：⟦lab|脑脊液常规⟧、⟦lab|脑脊液生化⟧、", c.ch(("⟦lab|寡克隆区带⟧", "⟦lab|GM1抗体⟧", "⟦lab|脑脊液宏基因组测序⟧")), "（标本条码 ", P("ACCESSION", c.digits(12)), "）\n", "术后去枕平卧6小时，", c.ch(("无⟦fi|低颅压头痛⟧", "诉轻度头痛，予补液")), "。\n")
    doc.put("术者：", P("NAME_CLINICIAN", doc1.full))
    if c.chance(0.55): doc.put("（执业证书编号 ", P("LICENSE", k.zhiye(c)), "）")
    doc.put("　助手：", P("NAME_CLINICIAN", doc2.sur), "医生\n")
    if c.chance(0.5): rel, kp = k.zrel(c, pat, [doc1, doc2]); doc.put("术前已向", rel, P("NAME_RELATIVE", kp.full), "交代风险并签字。\n")
    return doc


def baguan_aijiu(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); d = k.day(c); ppl = k.znames(c, 5); th = ppl[4]
    doc = Doc().put(P("HOSPITAL", hosp), "　中医科治疗室\n中医外治（拔罐/艾灸/刮痧）治疗登记本　", k.zdp(c, d, "iso"), "\n")
    doc.put("姓名 / 年龄 / 门诊号 / 就诊卡 / 联系电话 / 证型 / 治疗 / 部位 / 治疗师\n")
    for p in ppl[:c.ri(2, 4)]:
        age = k.zage(c, 0.12, 22, 88)
        if c.chance(0.25): fn, _sx, pno = k.foreign(c); who = [P("NAME_PATIENT", fn), "（护照 ", P("PASSPORT", pno), "）"]
        else: who = [P("NAME_PATIENT", p.full)]
        doc.put(who, " / ", k.zage_p(age), " / ", P("MRN", k.mzno(c)), " / ", P("ACCOUNT", k.jzk(c)), " / ", P("PHONE", k.mobile(c)), " / ", c.ch(("⟦fi|寒湿痹阻证⟧", "⟦fi|气滞血瘀证⟧", "⟦fi|风寒束表证⟧", "⟦fi|脾肾阳虚证⟧")), " / ", c.ch(("⟦pr|留罐⟧10min", "⟦pr|温和灸⟧20min", "⟦pr|刮痧⟧", "⟦pr|走罐⟧")), " / ", c.ch(("⟦an|大椎⟧", "⟦an|肾俞⟧", "⟦an|足三里⟧", "⟦an|肩井⟧", "⟦an|神阙⟧")), " / ", P("NAME_CLINICIAN", th.full), "\n")
    doc.put("\n注意：", c.ch(("⟦fi|皮肤破溃⟧者禁拔罐", "服用⟦dr|华法林⟧者慎刮痧", "艾灸后4小时内勿洗澡")), "；⟦ep|晕罐⟧处理预案见墙上流程。\n")
    if c.chance(0.5): doc.put("备注：第1位患者单位 ", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), " 要求开具工会报销凭证。\n")
    if c.chance(0.3): doc.put("预约回访邮箱：", P("EMAIL", k.zmail(c)), "\n")
    doc.put("配合内服：⟦dr|独活寄生汤⟧⟦do|每日1剂⟧\n")
    return doc


def qianyin_huli(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat, n1, n2, md = k.znames(c, 4); d = k.day(c); age = k.zage(c, 0.4, 18, 88); dob = k.born(c, age, d)
    rel, kp = k.zrel(c, pat, [n1, n2, md], c.ch(("子女", "配偶")))
    doc = Doc().put(P("HOSPITAL", hosp), " 骨科病区\n骨牵引护理记录单\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), "　年龄：", k.zage_p(age), "岁　住院号：", P("MRN", k.zyno(c)), "　", c.ri(1, 50), "床\n")
    if c.chance(0.4): doc.put("身份证：", P("ID_CARD", k.id_card(c, a, dob, pat.sex)), "\n")
    if c.chance(0.5): doc.put("住址：", k.zh_addr(c, a), ("　邮编", P("POSTCODE", a.post)) if c.chance(0.6) else "", "\n")
    cause = c.ch(("tr", "work", "fall"))
    if cause == "tr": doc.put("受伤原因：交通事故，肇事车辆 ", P("VEHICLE", k.zh_plate(c, a)), "，事故认定书编号 ", P("OTHER_ID", f"{a.code}{d.year}{c.digits(7)}"), "\n")
    elif cause == "work": doc.put("受伤原因：工伤，用人单位 ", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    else: doc.put("受伤原因：家中跌倒\n")
    doc.put("诊断：", c.ch(("⟦fi|股骨干骨折⟧", "⟦fi|股骨粗隆间骨折⟧", "⟦fi|髋臼骨折⟧", "⟦fi|胫骨平台骨折⟧")), "，行", c.ch(("⟦pr|胫骨结节骨牵引⟧", "⟦pr|股骨髁上骨牵引⟧", "⟦pr|跟骨牵引⟧")), "，重量", str(c.ri(3, 8)), "kg，", k.zdp(c, k.add(d, -c.ri(1, 4)), "md"), "由", P("NAME_CLINICIAN", md.sur), "主任置钉\n\n")
    doc.put("日期 时间 | 牵引重量 | 针道 | ⟦an|足背动脉⟧ | 末梢血运 | ⟦ep|Braden评分⟧ | 签名\n")
    for i in range(c.ri(3, 5)):
        doc.put(k.zdp(c, k.add(d, i // 2), "mdd"), f" {c.ch(('08', '14', '20'))}:00 | {c.ri(3, 8)}kg | ", c.ch(("干燥", "少量渗液，⟦dr|碘伏⟧消毒")), " | 可触及 | 良好 | ", str(c.ri(11, 18)), " | ", P("NAME_CLINICIAN", (n1 if i % 2 == 0 else n2).full), "\n")
    doc.put("\n⟦dr|低分子肝素钙⟧⟦do|4100IU 皮下注射 qd⟧预防⟦fi|深静脉血栓⟧；⟦lab|D-二聚体⟧ ", c.fl(0.3, 6.0), " mg/L\n", "陪护：", P("NAME_RELATIVE", kp.full), "（", rel, "）", P("PHONE", k.mobile(c)), "\n")
    return doc


# fmt: on

TEMPLATES = [
    ("zh36_jiedu_ruzhi_tijian", k.checked(jiedu_ruzhi_tijian, _W)),
    ("zh36_weijizhi_dengji", k.checked(weijizhi_dengji, _W)),
    ("zh36_zifei_tongyi", k.checked(zifei_tongyi, _W)),
    ("zh36_yaochuan_jilu", k.checked(yaochuan_jilu, _W)),
    ("zh36_baguan_aijiu", k.checked(baguan_aijiu, _W)),
    ("zh36_qianyin_huli", k.checked(qianyin_huli, _W)),
]
