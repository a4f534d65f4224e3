"""v38 Chinese templates, part 2 (README.md "v38"): 登革热病例个案流行病学调查表, 桡骨远端骨折手法复位
小夹板外固定记录, 膝关节腔注射登记本, 睑板腺功能障碍治疗登记, 支撑喉镜下声带息肉切除术记录,
经颅多普勒超声检查报告."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v38_kit as k
from _v38_kit import Doc, K, P

# fmt: off


def dengge_liudiao(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, dc1, dc2 = k.znames(c, 3); d = k.day(c); age = c.ri(18, 75); dob = k.born(c, age, d)
    doc = Doc().put("登革热病例个案流行病学调查表\n个案编号：", P("OTHER_ID", f"DF{d.year}{c.digits(5)}"), "\n一、基本情况\n")
    if c.chance(0.45):
        nm, sx, pp = k.foreign(c); doc.put("姓名：", P("NAME_PATIENT", nm), "  性别：", "男" if sx == "M" else "女", "  国籍：外籍  护照号码：", P("PASSPORT", pp), "\n")
    else:
        doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "  年龄：", age, "岁\n")
        if c.chance(0.6): doc.put("身份证号：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "\n")
    doc.put("联系电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.7): doc.put("工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    if c.chance(0.7): doc.put("现住址：", k.zh_addr(c, a0), ["  邮编：", P("POSTCODE", a0.post)] if c.chance(0.7) else "", "\n")
    doc.put("二、发病及就诊\n发病日期：", k.zdp(c, k.add(d, -c.ri(2, 5))), "  就诊医院：", P("HOSPITAL", hosp), "\n")
    doc.put("症状：发热（最高", K("MEASUREMENT", f"体温{c.ri(385, 405) / 10:.1f}℃"), "）、⟦fi|皮疹⟧（⟦an|双下肢⟧）、肌肉痛；⟦ep|Rumpel-Leede试验⟧阳性\n")
    doc.put("实验室：⟦lab|NS1抗原阳性⟧，", K("LAB", f"血小板 {c.ri(28, 120)}×10⁹/L"), "\n诊断：⟦fi|登革热⟧（", c.ch(("输入病例", "本地病例")), "）\n")
    doc.put("治疗：⟦dr|对乙酰氨基酚⟧ ⟦do|0.5g prn⟧，避免使用⟦dr|阿司匹林⟧\n三、流行病学史\n发病前14天", c.ch(("曾赴东南亚旅行", "无外出史，居所周边有积水")), "\n")
    if c.chance(0.4): doc.put("电子问卷：", P("URL", k.link(c, "cdc.example.cn", "ls/")), "\n")
    if c.chance(0.3): doc.put("调查员邮箱：", P("EMAIL", k.zmail(c)), "\n")
    doc.put("调查员：", P("NAME_CLINICIAN", dc1.full), "、", P("NAME_CLINICIAN", dc2.pad), "  调查日期：", k.zdp(c, d), "\n")
    if c.chance(0.5): doc.put("疾控中心传真：", P("FAX", k.landline(c, a0)), "\n")
    return doc


def jiaban_guding(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, ys = k.znames(c, 2); d = k.day(c); age = k.zage(c, 0.15, 20, 88)
    doc = Doc().put(P("HOSPITAL", hosp), " 骨伤科\n手法复位小夹板外固定记录\n")
    if c.chance(0.25):
        nm, _, pp = k.foreign(c); doc.put("患者：", P("NAME_PATIENT", nm), "  护照：", P("PASSPORT", pp), "\n")
    else: doc.put("患者：", P("NAME_PATIENT", pat.pad), "  年龄：", k.zage_p(age), "岁\n")
    doc.put("门诊号：", P("MRN", k.mzno(c)), "  就诊卡：", P("ACCOUNT", k.jzk(c)), "  日期：", k.zdp(c, d), "\n")
    cause = c.ch(("work", "road", "road", "home"))
    if cause == "work": doc.put("受伤经过：工作中跌倒（用人单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "），工伤保险个人编号 ", P("INSURANCE", f"GS{c.digits(10)}"), "\n")
    elif cause == "road": doc.put("受伤经过：电动车与小汽车（", P("VEHICLE", k.zh_plate(c, a0)), "）相撞，事故认定书编号 ", P("OTHER_ID", f"{a0.code[:4]}{d.year}{c.digits(6, False)}"), "\n")
    else: doc.put("受伤经过：在家滑倒，手掌撑地\n")
    doc.put("X线（影像号 ", P("ACCESSION", f"DR{c.digits(8)}"), "）：⟦fi|桡骨远端骨折⟧，远端向背侧移位，呈⟦ep|Colles骨折⟧表现\n")
    doc.put("处理：血肿内麻醉后⟦pr|手法复位⟧，⟦an|左腕关节⟧掌屈尺偏位小夹板固定，复查对位良好。\n⟦dr|洛索洛芬钠⟧ ⟦do|60mg tid⟧ 口服3天。\n")
    doc.put("复诊：", k.zdp(c, k.add(d, 3), "md"), "、", k.zdp(c, k.add(d, 7), "md"), "调整夹板松紧；⟦fi|手指末梢血运良好⟧\n")
    doc.put("医师：", P("NAME_CLINICIAN", ys.sur), "医生\n")
    return doc


def guanjieqiang_zhushe(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); n = c.ri(3, 4); ps = k.znames(c, n + 1); zr = ps[-1]; d = k.day(c)
    doc = Doc().put(P("HOSPITAL", hosp), " 骨关节门诊 关节腔注射登记本\n日期 | 姓名 | 年龄 | 门诊号 | 医保号 | 部位 | 药物 | 注射者\n")
    for p in ps[:n]:
        age = k.zage(c, 0.2, 52, 89)
        doc.put(k.zdp(c, d, c.ch(("mdd", "iso", "md"))), " | ", P("NAME_PATIENT", c.ch((p.full, p.pad))), " | ", k.zage_p(age), " | ", P("MRN", k.mzno(c)), " | ")
        doc.put(P("INSURANCE", k.yibao(c, a0)) if c.chance(0.5) else "自费", " | ", c.ch(("⟦an|右膝关节⟧", "⟦an|左膝关节⟧")), " | ⟦dr|玻璃酸钠注射液⟧ ⟦do|2ml⟧ | ", P("NAME_CLINICIAN", zr.sur), "主任\n")
    doc.put("\n诊断均为⟦fi|膝骨关节炎⟧（⟦ep|Kellgren-Lawrence分级⟧Ⅱ-Ⅲ级），⟦pr|关节腔穿刺注射⟧每周1次共5次；注射前抽出积液者记录", K("MEASUREMENT", f"积液{c.ri(5, 40)}ml"), "\n")
    if c.chance(0.4): doc.put("登记终端：", P("IP", k.zh_ip(c)), "\n")
    doc.put("核对人：", P("NAME_CLINICIAN", zr.full), "\n")
    return doc


def jianbanxian_anmo(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, ys, js = k.znames(c, 3); d = k.day(c); age = c.ri(22, 70)
    doc = Doc().put(P("HOSPITAL", hosp), " 眼科干眼门诊\n睑板腺功能障碍治疗登记\n")
    if c.chance(0.35):
        nm, _, pp = k.foreign(c); doc.put("姓名：", P("NAME_PATIENT", nm), "　护照号：", P("PASSPORT", pp), "\n")
    else: doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "　年龄：", age, "\n")
    doc.put("门诊号：", P("MRN", k.mzno(c)), "　就诊卡：", P("ACCOUNT", k.jzk(c)), "\n手机：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.4): doc.put("工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "（每日视屏8小时以上）\n")
    doc.put("检查：", K("MEASUREMENT", f"泪膜破裂时间{c.ri(2, 8)}秒"), "，⟦ep|Schirmer试验⟧ ", c.ri(3, 12), "mm/5min，⟦an|下睑⟧睑板腺开口堵塞\n诊断：⟦fi|睑板腺功能障碍⟧\n")
    doc.put("疗程：\n")
    for i in range(c.ri(2, 4)):
        doc.put(f"第{i + 1}次　", k.zdp(c, k.add(d, 14 * i), c.ch(("mdd", "md", "iso"))), "　⟦pr|强脉冲光治疗⟧＋睑板腺按摩　操作：", P("NAME_CLINICIAN", js.full), "\n")
    doc.put("用药：⟦dr|玻璃酸钠滴眼液⟧ ⟦do|1滴 qid⟧\n")
    if c.chance(0.6): doc.put("复查提醒邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.5): doc.put("预约链接：", P("URL", k.link(c, "yy.example.cn", "eye/")), "\n")
    doc.put("医师：", P("NAME_CLINICIAN", ys.sur), "医生\n")
    return doc


def shengdai_xirou(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, zd, mz = k.znames(c, 3); d = k.day(c); age = c.ri(24, 72)
    doc = Doc().put(P("HOSPITAL", hosp), " 耳鼻咽喉头颈外科\n手术记录\n")
    doc.put("患者 ", P("NAME_PATIENT", pat.pad), "，", "男" if pat.sex == "M" else "女", "，", age, "岁，住院号 ", P("MRN", k.zyno(c)), "\n")
    if c.chance(0.6): doc.put("工作单位 ", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    if c.chance(0.5): doc.put("医保卡号 ", P("INSURANCE", k.yibao(c, a0)), "\n")
    if c.chance(0.35): doc.put("港澳通行证 ", P("PASSPORT", k.hk_pass(c)), "\n")
    doc.put("手术日期 ", k.zdp(c, d), "\n手术名称 ⟦pr|支撑喉镜下声带息肉切除术⟧\n")
    doc.put("所见：⟦an|右侧声带前中1/3⟧处广基息肉，⟦ep|Reinke间隙⟧未见水肿。\n经过：全麻插管，显微器械完整切除，", K("MEASUREMENT", f"出血量约{c.ri(1, 5)}ml"), "。\n诊断 ⟦fi|声带息肉⟧，标本病理号 ", P("ACCESSION", f"BL{c.digits(7)}"), "\n")
    doc.put("术后 ⟦dr|布地奈德混悬液⟧ ⟦do|1mg 雾化 bid⟧，禁声2周。\n")
    if c.chance(0.35): doc.put("注意：患者有起搏器（序列号 ", P("DEVICE", k.serial(c)), "）\n")
    if c.chance(0.5): doc.put("陪护车辆 ", P("VEHICLE", k.zh_plate(c, a0)), "\n")
    doc.put("术者 ", P("NAME_CLINICIAN", zd.full))
    doc.put(["（执业证书编号 ", P("LICENSE", k.zhiye(c)), "）"] if c.chance(0.5) else "", "　麻醉 ", P("NAME_CLINICIAN", mz.sur), "医生\n")
    return doc


def jinglu_duopule(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, ys = k.znames(c, 2); d = k.day(c); age = k.zage(c, 0.3, 45, 89)
    doc = Doc().put(P("HOSPITAL", hosp), "\n⟦pr|经颅多普勒超声⟧检查报告\n")
    if c.chance(0.2):
        nm, _, pp = k.foreign(c); doc.put("姓名：", P("NAME_PATIENT", nm), "  护照：", P("PASSPORT", pp), "  ")
    else: doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "  ")
    doc.put("年龄：", k.zage_p(age), "岁  ", c.ch(("门诊号：", "住院号：")), P("MRN", c.ch((k.mzno(c), k.zyno(c)))), "\n检查号：", P("ACCESSION", f"TCD{c.digits(7)}"), "  检查日期：", k.zdp(c, d), "\n")
    if c.chance(0.4): doc.put("备注：心脏起搏器（序列号 ", P("DEVICE", k.serial(c)), "）\n")
    doc.put("血管    Vm(cm/s)\n")
    for v in ("⟦an|左侧大脑中动脉⟧", "⟦an|右侧大脑中动脉⟧", "⟦an|基底动脉⟧"):
        doc.put(v, "  ", K("MEASUREMENT", f"Vm {c.ri(40, 160)} cm/s"), "\n")
    doc.put("提示：", c.ch(("⟦fi|大脑中动脉狭窄⟧（轻度）", "⟦fi|脑动脉硬化⟧频谱改变")), "；⟦ep|Willis环⟧侧支开放不明显。\n")
    doc.put(K("LAB", f"低密度脂蛋白胆固醇 {c.fl(2.0, 4.9)} mmol/L"), "，继续⟦dr|阿司匹林⟧ ⟦do|100mg qd⟧。\n")
    if c.chance(0.5): doc.put("工作站：", P("IP", k.zh_ip(c)), "\n")
    if c.chance(0.4): doc.put("患者自驾，车牌 ", P("VEHICLE", k.zh_plate(c, a0)), "\n")
    doc.put("检查医师：", P("NAME_CLINICIAN", ys.full))
    doc.put(["  执业证书编号：", P("LICENSE", k.zhiye(c))] if c.chance(0.4) else "", "\n")
    if c.chance(0.5): doc.put("科室传真：", P("FAX", k.landline(c, a0)), "\n")
    return doc


# fmt: on

PART2 = [dengge_liudiao, jiaban_guding, guanjieqiang_zhushe, jianbanxian_anmo, shengdai_xirou, jinglu_duopule]
