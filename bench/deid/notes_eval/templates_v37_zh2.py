"""v37 Chinese templates, part 2 (README.md "v37"): 下肢静脉曲张泡沫硬化剂注射治疗记录, 急诊鼻出血鼻腔填塞记录,
皮肤科液氮冷冻治疗登记本, 混合痔手术记录, 儿童扁桃体腺样体切除术后随访单, 嵌甲拔甲术记录.
templates_v37_zh.TEMPLATES lists all twelve."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v37_kit as k
from _v37_kit import Doc, P

# fmt: off


def jingmai_yinghua(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); pat, doc1, nurse = k.znames(c, 3); d = k.day(c); a = k.zage(c, 0.1, 35, 80)
    doc = Doc().put(P("HOSPITAL", hosp), "血管外科\n下肢静脉曲张 ⟦pr|泡沫硬化剂注射治疗⟧ 记录\n", "-" * 28, "\n")
    doc.put("患者姓名：", P("NAME_PATIENT", pat.full), "    年龄：", k.zage_p(a), "    门诊号：", P("MRN", k.mzno(c)), "\n")
    if c.chance(0.6): doc.put("职业：", c.ch(("教师", "厨师", "售货员", "纺织工")), "（久站）    工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    doc.put("医保个人编号：", P("INSURANCE", k.yibao(c, a_)), "    治疗日期：", k.zdp(c, d), "\n")
    doc.put(f"查体：⟦an|{c.ch(('左', '右'))}大隐静脉⟧属支迂曲扩张，CEAP C{c.ri(2, 4)}，", c.ch(("⟦ep|Trendelenburg试验⟧阳性", "⟦ep|Perthes试验⟧阴性")), "；⟦pr|下肢静脉彩超⟧：⟦fi|隐股静脉瓣膜功能不全⟧\n")
    doc.put(f"用药：⟦dr|聚桂醇注射液⟧ ⟦do|{c.ri(4, 10)}mL⟧ 按 1:4 制成泡沫，分{c.ri(3, 6)}点注射，弹力袜压迫\n")
    doc.put("联系电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.5): doc.put("电子邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.4): doc.put("住址：", k.zh_addr(c, a_), "  邮编：", P("POSTCODE", a_.post), "\n")
    if c.chance(0.4): doc.put("复诊提醒链接：", P("URL", k.link(c, "m.xgwk-sf.cn", "r/")), "\n")
    doc.put("医师：", P("NAME_CLINICIAN", doc1.full), "    护士：", P("NAME_CLINICIAN", nurse.full), "    复查：", k.zdp(c, k.add(d, 14), "md"), "\n")
    return doc


def bichuxue_tiansai(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); pat, doc1, nurse = k.znames(c, 3); d = k.day(c); a = k.zage(c, 0.35, 30, 89)
    rel, fam = k.zrel(c, pat, [doc1, nurse], "子女")
    doc = Doc().put(P("HOSPITAL", hosp), "  急诊耳鼻喉科  ⟦fi|鼻出血⟧处置记录\n")
    if c.chance(0.3): fn, _s, pp = k.foreign(c); doc.put("患者：", P("NAME_PATIENT", fn), "  护照号：", P("PASSPORT", pp), "  年龄：", k.zage_p(a), "\n")
    else: doc.put("患者：", P("NAME_PATIENT", pat.pad), "  年龄：", k.zage_p(a), "岁  ", "男" if pat.sex == "M" else "女", "\n")
    doc.put("急诊号：", P("MRN", f"E{c.digits(9)}"), "  结算单号：", P("ACCOUNT", f"JS{c.digits(10)}"), "  就诊时间：", k.zdp(c, d, c.ch(("iso", "slash", "cn"))), f" {c.ri(0, 23):02d}:{c.ri(0, 59):02d}\n")
    doc.put("诱因：", c.ch(("自发", "挖鼻", "⟦fi|高血压⟧控制不佳")), "；⟦me|血压⟧ ", c.ri(150, 205), "/", c.ri(88, 118), "mmHg\n")
    if c.chance(0.45): doc.put("外伤：交通事故，肇事车辆 ", P("VEHICLE", k.zh_plate(c, a_)), "\n")
    if c.chance(0.4): doc.put("长期服用⟦dr|华法林⟧（机械瓣膜置换术后，瓣膜序列号 ", P("DEVICE", k.serial(c)), "），⟦lab|INR⟧ ", c.fl(2.0, 4.8), "\n")
    doc.put("出血部位：", c.ch(("⟦an|左侧利特尔区⟧", "⟦an|右侧利特尔区⟧", "⟦an|鼻腔后部⟧")), "；处置：⟦pr|前鼻孔填塞⟧（膨胀海绵），⟦dr|羟甲唑啉⟧ 喷鼻\n")
    doc.put("陪同：", P("NAME_RELATIVE", fam.full), f"（{rel}）  电话 ", P("PHONE", k.mobile(c)), "\n")
    doc.put("医师：", P("NAME_CLINICIAN", doc1.sur), "医生   护士：", P("NAME_CLINICIAN", nurse.full), "   48小时后取出填塞物\n")
    return doc


def yedan_lengdong(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); doc1, nurse = k.znames(c, 2); d = k.day(c)
    doc = Doc().put(P("HOSPITAL", hosp), " 皮肤科治疗室    ⟦pr|液氮冷冻治疗⟧登记本    ", k.zdp(c, d, c.ch(("cn", "dot"))), "\n")
    if c.chance(0.4): doc.put("登记终端 ", P("IP", k.zh_ip(c)), "\n")
    doc.put("序号 | 姓名 | 年龄 | 门诊号 | 就诊卡 | 诊断 | 部位 | 次数 | 操作者\n")
    for i in range(c.ri(3, 4)):
        p = k.zname(c); a = k.zage(c, 0.12, 6, 89)
        nm = P("NAME_PATIENT", p.full)
        pp = None
        if c.chance(0.25): fn, _s, pp = k.foreign(c); nm = P("NAME_PATIENT", fn)
        doc.put(f"{i + 1} | ", nm, " | ", k.zage_p(a), " | ", P("MRN", k.mzno(c)), " | ", P("ACCOUNT", k.jzk(c)), " | ", c.ch(("⟦fi|寻常疣⟧", "⟦fi|跖疣⟧", "⟦fi|脂溢性角化病⟧", "⟦fi|尖锐湿疣⟧")), " | ", c.ch(("⟦an|手背⟧", "⟦an|足底⟧", "⟦an|面部⟧", "⟦an|甲周⟧")), f" | 第{c.ri(1, 4)}次 | ", P("NAME_CLINICIAN", c.ch((doc1, nurse)).full), "\n")
        if pp: doc.put("   （外籍，护照 ", P("PASSPORT", pp), "）\n")
    doc.put("\n冻融2个循环，每次10-20秒；术后⟦fi|水疱⟧勿挑破，外用⟦dr|莫匹罗星软膏⟧ ⟦do|每日2次⟧\n")
    doc.put("治疗医师：", P("NAME_CLINICIAN", doc1.full), "  护士：", P("NAME_CLINICIAN", nurse.full), "\n")
    return doc


def gangchang_shoushu(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); pat, doc1, anes = k.znames(c, 3); d = k.day(c); a = k.zage(c, 0.15, 25, 89)
    doc = Doc().put(P("HOSPITAL", hosp), "肛肠科\n手 术 记 录\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.pad), "  年龄：", k.zage_p(a), "  住院号：", P("MRN", k.zyno(c)), "  医保：", P("INSURANCE", k.yibao(c, a_)), "\n")
    if c.chance(0.4): doc.put("工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    if c.chance(0.25): doc.put("起搏器序列号：", P("DEVICE", k.serial(c)), "（术中电刀模式调整）\n")
    doc.put("手术日期：", k.zdp(c, d), "  麻醉：⟦pr|腰麻⟧，⟦dr|罗哌卡因⟧ ⟦do|12mg⟧\n")
    doc.put("术前诊断：⟦fi|混合痔⟧（⟦ep|Goligher分度⟧ ", c.ch(("III度", "IV度")), "）\n手术名称：⟦pr|外剥内扎术⟧\n")
    doc.put("经过：截石位，于⟦an|截石位3点、7点、11点⟧处行外剥内扎，⟦me|出血量⟧约", c.ri(5, 30), "mL，标本送病理（病理号 ", P("ACCESSION", f"{c.ri(21, 25)}P{c.digits(5)}"), "）\n")
    doc.put("术者：", P("NAME_CLINICIAN", doc1.full), "  麻醉：", P("NAME_CLINICIAN", anes.sur), "医生\n")
    if c.chance(0.5): doc.put("患者邮箱（出院小结）：", P("EMAIL", k.zmail(c)), "\n")
    return doc


def biantaoti_qiechu(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); kid, doc1, nurse = k.znames(c, 3); d = k.day(c); a = c.ri(3, 12); dob = k.born(c, a, d)
    rel, par = k.zrel(c, kid, [doc1, nurse], "父母")
    doc = Doc().put(P("HOSPITAL", hosp), " 耳鼻咽喉头颈外科\n儿童⟦pr|扁桃体腺样体切除术⟧术后随访单\n\n")
    doc.put("患儿：", P("NAME_PATIENT", kid.full), "  出生日期：", k.zdp(c, dob, c.ch(("cpt", "iso", "cn"))), "  住院号：", P("MRN", k.zyno(c)), "\n")
    doc.put("手术日期：", k.zdp(c, d), f"  术前⟦ep|Brodsky分度⟧ {c.ch(('III', 'IV'))}度，⟦fi|阻塞性睡眠呼吸暂停⟧，⟦me|AHI⟧ {c.ri(5, 28)}次/小时\n")
    if c.chance(0.3): doc.put("人工耳蜗植入史，序列号 ", P("DEVICE", k.serial(c)), "，术中禁用单极电刀\n")
    doc.put("\n随访日期 | 疼痛 | 进食 | 出血 | 随访人\n")
    for i in (1, 3, 7, 14):
        doc.put(k.zdp(c, k.add(d, i), c.ch(("mds", "mdd"))), f" | {c.ri(1, 7)}分 | ", c.ch(("流质", "半流质", "软食")), " | ", c.ch(("无", "无", "少量⟦fi|痰中带血⟧")), " | ", P("NAME_CLINICIAN", nurse.full), "\n")
    doc.put("\n用药：⟦dr|布洛芬混悬液⟧ ⟦do|5mL 每8小时⟧ 按需\n家长：", P("NAME_RELATIVE", par.full), f"（{rel}） 电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.5): doc.put("术后宣教视频：", P("URL", k.link(c, "ebh.kepu-yy.cn", "v/")), "\n")
    if c.chance(0.4): doc.put("执业证书编号：", P("LICENSE", k.zhiye(c)), "\n")
    doc.put("主刀：", P("NAME_CLINICIAN", doc1.sur), "主任\n")
    return doc


def jiagou_bajia(c) -> Doc:
    a_ = k.area(c); hosp = k.zh_hosp(c, a_); pat, doc1 = k.znames(c, 2); d = k.day(c); a = k.zage(c, 0.05, 14, 78)
    doc = Doc().put(P("HOSPITAL", hosp), "  外科门诊小手术记录\n")
    doc.put("姓名=", P("NAME_PATIENT", pat.full), "  年龄=", k.zage_p(a), "  门诊号=", P("MRN", k.mzno(c)), "  就诊卡=", P("ACCOUNT", k.jzk(c)), "\n")
    if c.chance(0.4): doc.put("工作单位=", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "（需开具病假条）\n")
    doc.put("日期=", k.zdp(c, d, c.ch(("iso", "dot", "cn0"))), "\n诊断：", c.ch(("⟦an|右足拇趾⟧", "⟦an|左足拇趾⟧")), "⟦fi|嵌甲⟧伴⟦fi|甲沟炎⟧\n")
    doc.put("手术：⟦pr|趾神经阻滞⟧下行⟦pr|部分拔甲术⟧ + 甲母质切除；⟦dr|利多卡因⟧ ⟦do|2% 3mL⟧\n术后：⟦dr|头孢克洛⟧ ⟦do|0.25g 每日3次⟧×3天，隔日换药\n")
    doc.put("联系电话=", P("PHONE", k.mobile(c)), "\n术者=", P("NAME_CLINICIAN", doc1.full), "\n")
    return doc


# fmt: on

TEMPLATES_PART2 = [
    ("zh37_jingmai_yinghua", jingmai_yinghua),
    ("zh37_bichuxue_tiansai", bichuxue_tiansai),
    ("zh37_yedan_lengdong", yedan_lengdong),
    ("zh37_gangchang_shoushu", gangchang_shoushu),
    ("zh37_biantaoti_qiechu", biantaoti_qiechu),
    ("zh37_jiagou_bajia", jiagou_bajia),
]
