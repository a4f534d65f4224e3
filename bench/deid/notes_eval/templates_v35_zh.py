"""v35 Chinese templates, part 1 (README.md "v35"): 家用无创呼吸机租赁及随访单, 胎心监护(NST)报告,
13C尿素呼气试验报告单, 心理测评报告, 中药熏蒸治疗单, 临床输血申请单.
TEMPLATES lists all twelve (part 2: templates_v35_zh2.py)."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v35_kit as k
import templates_v35_zh2 as zh2
from _v35_kit import Doc, P

V35_ZH_WORDLIKE = k.ZH_WORDLIKE


# fmt: off
def huxiji_zulin(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, doc_, eng = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.3, 45, 88); dob = k.born(c, age, d)
    dx = c.ch(("⟦fi|慢性阻塞性肺疾病⟧伴⟦fi|Ⅱ型呼吸衰竭⟧", "⟦fi|阻塞性睡眠呼吸暂停低通气综合征⟧（重度，⟦me|AHI 46次/小时⟧）", "⟦fi|肌萎缩侧索硬化⟧", "⟦fi|肥胖低通气综合征⟧"))
    doc = Doc().put(c.ch(("康宁医疗器械租赁有限公司", "安诺家用呼吸设备服务中心", "佳禾医疗设备租赁部")), "\n家用无创呼吸机租赁及随访单\n", "租赁日期：", k.zdp(c, d), "    处方医院：", P("HOSPITAL", hosp), "\n")
    doc.put("患者姓名：", P("NAME_PATIENT", pat.full), "  性别：", "男" if pat.sex == "M" else "女", "  年龄：", k.zage_p(age), "岁\n", "身份证号：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "\n")
    doc.put("住院号：", P("MRN", k.zyno(c)), "  医保卡号：", P("INSURANCE", k.yibao(c, a0)), "\n", "安装地址：", k.zh_addr(c, a0), ("  邮编：", P("POSTCODE", a0.post)) if c.chance(0.6) else "", "\n")
    doc.put("联系电话：", P("PHONE", k.mobile(c)), "\n", "诊断：", dx, "\n", "设备：双水平无创呼吸机  机身序列号 ", P("DEVICE", f"{c.ch(('BM', 'YH', 'RS'))}{c.digits(10)}"), "（型号不登记）\n")
    doc.put(f"参数：⟦me|S/T模式⟧，⟦me|IPAP {c.ri(14, 24)}cmH2O⟧，⟦me|EPAP {c.ri(4, 8)}cmH2O⟧，⟦me|备用频率{c.ri(10, 16)}次/分⟧，⟦dr|氧气⟧⟦do|{c.ri(1, 3)}L/min⟧\n")
    doc.put(f"随访：⟦lab|动脉血二氧化碳分压{c.ri(45, 60)}mmHg⟧，⟦me|夜间使用{c.fl(4.0, 8.5)}小时⟧，面罩漏气可。\n")
    rel, cg = k.zrel(c, pat, [doc_, eng], "any"); doc.put("照护人：", P("NAME_RELATIVE", cg.full), "（", rel, "） 手机 ", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.5): doc.put("设备数据推送邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.6): doc.put("送货车辆：", P("VEHICLE", k.zh_plate(c, a0)), "\n")
    if c.chance(0.5): doc.put("远程监测APP绑定链接：", P("URL", f"https://rt.anno-care.cn/bind/{c.token(8)}"), "\n")
    doc.put("处方医生：", P("NAME_CLINICIAN", doc_.full), "   上门工程师：", P("NAME_CLINICIAN", eng.full), "   下次随访：", k.zdp(c, k.add(d, 30), "md"), "\n")
    return doc


def _fem_foreign(c) -> tuple[str, str]:
    while True:
        nm, sx, pp = k.foreign(c)
        if sx == "F": return nm, pp


def taixin_jianhu(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat = k.zname(c, "F"); md, mw = k.znames(c, 2); d = k.day(c); age = c.ri(21, 42); dob = k.born(c, age, d); foreign = c.chance(0.3)
    doc = Doc().put(P("HOSPITAL", hosp), "产科\n胎心监护（NST）报告\n", "监护编号：", P("ACCESSION", f"NST{c.digits(8)}"), "   日期：", k.zdp(c, d), "\n")
    if foreign: nm, pp = _fem_foreign(c); doc.put("孕妇：", P("NAME_PATIENT", nm), "   护照：", P("PASSPORT", pp), "   年龄：", age, "\n")
    else: doc.put("孕妇：", P("NAME_PATIENT", pat.full), "   年龄：", age, "   门诊号：", P("MRN", k.mzno(c)), "\n", "身份证：", P("ID_CARD", k.id_card(c, a0, dob, "F")), "\n" if c.chance(0.5) else "（见建档）\n")
    doc.put(f"孕周：{c.ri(32, 40)}+{c.ri(0, 6)}周  G{c.ri(1, 3)}P{c.ri(0, 1)}   指征：", c.ch(("⟦fi|妊娠期糖尿病⟧，⟦dr|门冬胰岛素⟧⟦do|4U tid⟧", "⟦fi|妊娠期高血压⟧，⟦dr|拉贝洛尔⟧⟦do|100mg bid⟧", "⟦fi|胎动减少⟧", "⟦fi|羊水过少⟧，⟦me|AFI 6.2cm⟧")), "\n")
    doc.put(f"胎心基线⟦me|{c.ri(120, 155)}次/分⟧，⟦me|变异幅度{c.ri(6, 20)}次/分⟧，加速{c.ri(2, 5)}次，无减速；⟦ep|改良Krebs评分⟧{c.ri(8, 10)}分，NST反应型\n")
    doc.put(f"宫缩：无规律宫缩，⟦an|宫底⟧脐上{c.ri(2, 4)}指；⟦me|血压{c.ri(106, 148)}/{c.ri(62, 88)}mmHg⟧\n")
    if c.chance(0.6): doc.put("中央监护站：", P("IP", f"192.168.{c.ri(1, 250)}.{c.ri(2, 250)}"), "\n")
    rel, hb = k.zrel(c, pat, [md, mw], "配偶"); doc.put("丈夫：", P("NAME_RELATIVE", hb.full), "  手机：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.6): doc.put("家属车辆（产科绿色通道）：", P("VEHICLE", k.zh_plate(c, a0)), "\n")
    if c.chance(0.25): doc.put("工作单位（产假证明用）：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    if c.chance(0.4): doc.put("转诊医院传真：", P("FAX", k.landline(c, a0)), "\n")
    doc.put("监护助产士：", P("NAME_CLINICIAN", mw.full), "   判读医生：", P("NAME_CLINICIAN", md.sur), "医生\n")
    return doc


def huqi_shiyan(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, lab, chk = k.znames(c, 3); d = k.day(c); age = c.ri(18, 80); foreign = c.chance(0.3); val = float(c.fl(0.3, 28.0))
    doc = Doc().put(P("HOSPITAL", hosp), "检验科\n13C尿素呼气试验报告单\n", "检验号：", P("ACCESSION", f"UBT{c.digits(8)}"), "   送检日期：", k.zdp(c, d, c.ch(("iso", "slash", "cn"))), "\n")
    if foreign: nm, sx, pp = k.foreign(c); doc.put("姓名：", P("NAME_PATIENT", nm), "（", P("PASSPORT", pp), "）  年龄：", age, "\n")
    else: doc.put("姓名：", P("NAME_PATIENT", pat.full), "   年龄：", age, "   电话：", P("PHONE", k.mobile(c)), "\n")
    doc.put("门诊号：", P("MRN", k.mzno(c)), "   就诊卡号：", P("ACCOUNT", k.jzk(c)), "\n", "临床诊断：", c.ch(("⟦fi|慢性非萎缩性胃炎⟧", "⟦fi|十二指肠球部溃疡⟧", "⟦pr|根除治疗⟧后复查", "⟦fi|功能性消化不良⟧")), "，⟦an|胃窦⟧黏膜充血\n")
    doc.put(f"结果：⟦lab|DOB值{val:.1f}‰⟧（临界值4.0‰），", "⟦lab|幽门螺杆菌阳性⟧\n" if val >= 4 else "⟦lab|幽门螺杆菌阴性⟧\n", "检查前已停用⟦dr|质子泵抑制剂⟧2周、抗生素4周\n")
    if val >= 4: doc.put("建议⟦dr|铋剂四联疗法⟧：⟦dr|艾司奥美拉唑⟧⟦do|20mg bid⟧ + ⟦dr|阿莫西林⟧⟦do|1g bid⟧ + ⟦dr|克拉霉素⟧⟦do|0.5g bid⟧ + ⟦dr|枸橼酸铋钾⟧⟦do|220mg bid⟧，疗程14天\n")
    if c.chance(0.6): doc.put("分析仪工作站：", P("IP", f"10.{c.ri(1, 250)}.{c.ri(0, 250)}.{c.ri(2, 250)}"), "\n")
    if c.chance(0.3): doc.put("报告已传真至：", P("FAX", k.landline(c, a0)), "\n")
    doc.put("检验者：", P("NAME_CLINICIAN", lab.full), "   审核者：", P("NAME_CLINICIAN", chk.full), "   报告日期：", k.zdp(c, d, "md"), "\n")
    return doc


def xinli_ceping(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, ev, md = k.znames(c, 3); d = k.day(c); age = c.ri(16, 68); foreign = c.chance(0.3)
    imp, rx = c.ch((("⟦fi|中度抑郁发作⟧", "⟦dr|舍曲林⟧⟦do|50mg qd⟧"), ("⟦fi|广泛性焦虑障碍⟧", "⟦dr|艾司西酞普兰⟧⟦do|10mg qd⟧"), ("⟦fi|适应障碍⟧", "⟦pr|认知行为治疗⟧8次"), ("⟦fi|失眠障碍⟧", "⟦dr|右佐匹克隆⟧⟦do|1mg qn⟧")))
    doc = Doc().put(P("HOSPITAL", hosp), "心理测评室\n心理测评报告\n", "测评编号：", P("OTHER_ID", f"XL{c.digits(8)}"), "   测评日期：", k.zdp(c, d), "\n")
    if foreign: nm, sx, pp = k.foreign(c); doc.put("姓名：", P("NAME_PATIENT", nm), "   护照号：", P("PASSPORT", pp), "   年龄：", age, "\n")
    else: doc.put("姓名：", P("NAME_PATIENT", pat.full), "   性别：", "男" if pat.sex == "M" else "女", "   年龄：", age, "   门诊号：", P("MRN", k.mzno(c)), "\n")
    doc.put("单位/学校：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "   手机：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.4): doc.put("报告发送邮箱：", P("EMAIL", k.zmail(c)), "\n")
    doc.put(f"⟦me|SCL-90总分{c.ri(120, 260)}分⟧，阳性项目数{c.ri(20, 70)}；⟦ep|汉密尔顿抑郁量表⟧（⟦me|HAMD-17⟧）{c.ri(8, 30)}分；⟦ep|汉密尔顿焦虑量表⟧{c.ri(6, 28)}分\n")
    doc.put("印象：", imp, "\n", "建议：", rx, "，两周后复诊", "；陪同家属" if c.chance(0.3) else "", "\n")
    if c.chance(0.5): doc.put("线上复测链接：", P("URL", f"https://xl.{c.ch(('mindcare', 'xinqing'))}.cn/s/{c.token(9)}"), "\n")
    doc.put("测评师：", P("NAME_CLINICIAN", ev.full), "   审核医师：", P("NAME_CLINICIAN", md.sur), "主任   执业证书编号 ", P("LICENSE", k.zhiye(c)), "\n")
    return doc


def xunzheng_zhiliao(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, md, th = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.35, 40, 88); dob = k.born(c, age, d); foreign = c.chance(0.25)
    dx, ep = c.ch((("⟦fi|膝骨关节炎⟧（⟦an|双膝⟧）", ""), ("⟦fi|腰椎间盘突出症⟧（⟦an|L4-5⟧）", "，⟦ep|Lasègue征⟧阳性"), ("⟦fi|类风湿关节炎⟧（⟦an|双手近端指间关节⟧）", ""), ("⟦fi|强直性脊柱炎⟧", "，⟦ep|Schober试验⟧3cm")))
    doc = Doc().put(P("HOSPITAL", hosp), "中医科\n中药熏蒸治疗单\n", "治疗单号：", P("OTHER_ID", f"XZ{c.digits(9)}"), "   开单日期：", k.zdp(c, d), "\n")
    if foreign: nm, sx, pp = k.foreign(c); doc.put("患者：", P("NAME_PATIENT", nm), "   护照：", P("PASSPORT", pp), "   年龄：", k.zage_p(age), "\n")
    else: doc.put("患者：", P("NAME_PATIENT", pat.full), "   年龄：", k.zage_p(age), "   身份证：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "\n")
    doc.put("住院号：", P("MRN", k.zyno(c)), ("   就诊卡：", P("ACCOUNT", k.jzk(c))) if c.chance(0.5) else "", "\n", "诊断：", dx, ep, "；辨证：⟦fi|寒湿痹阻证⟧\n")
    doc.put("熏蒸方：⟦dr|伸筋草⟧⟦do|30g⟧、⟦dr|透骨草⟧⟦do|30g⟧、⟦dr|红花⟧⟦do|15g⟧、⟦dr|艾叶⟧⟦do|20g⟧\n", f"温度⟦me|{c.ri(38, 45)}℃⟧，每次30分钟，每日1次\n")
    for i in range(c.ri(2, 4)): doc.put(f"  第{i + 1}次 ", k.zdp(c, k.add(d, i), "md"), "  皮肤", c.ch(("正常", "微红", "正常")), "  治疗师 ", P("NAME_CLINICIAN", th.full if i == 0 else th.sur), "\n")
    doc.put("禁忌：皮肤破损、⟦fi|深静脉血栓⟧、⟦fi|心功能不全⟧\n")
    if c.chance(0.5): rel, kp = k.zrel(c, pat, [md, th], "子女"); doc.put("家属：", P("NAME_RELATIVE", kp.full), "（", rel, "） ", P("PHONE", k.mobile(c)), "\n")
    doc.put("开单医师：", P("NAME_CLINICIAN", md.full), "\n")
    return doc


def yongxue_shenqing(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, md, sup = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.15, 25, 88); dob = k.born(c, age, d)
    why, comp, amt = c.ch((("⟦fi|上消化道出血⟧", "⟦dr|悬浮红细胞⟧", "⟦do|2U⟧"), ("⟦pr|全髋关节置换术⟧术中备血", "⟦dr|悬浮红细胞⟧", "⟦do|4U⟧"), ("⟦fi|弥散性血管内凝血⟧", "⟦dr|新鲜冰冻血浆⟧", "⟦do|400ml⟧"), ("⟦fi|再生障碍性贫血⟧", "⟦dr|单采血小板⟧", "⟦do|1治疗量⟧")))
    doc = Doc().put(P("HOSPITAL", hosp), "\n临床输血申请单\n", "申请日期：", k.zdp(c, d), "  预定输血日期：", k.zdp(c, k.add(d, c.ri(0, 2)), "md"), "\n")
    doc.put("受血者姓名：", P("NAME_PATIENT", pat.full), "  性别：", "男" if pat.sex == "M" else "女", "  年龄：", k.zage_p(age), "  住院号：", P("MRN", k.zyno(c)), "\n", "身份证：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "\n")
    doc.put("医保：", P("INSURANCE", k.yibao(c, a0)), "\n" if c.chance(0.6) else "（自费）\n")
    doc.put("输血目的：", why, "\n", "申请成分：", comp, amt, "\n", f"⟦lab|血红蛋白{c.ri(52, 86)}g/L⟧  ⟦lab|血小板{c.ri(12, 180)}×10^9/L⟧  ⟦lab|ABO血型{c.ch('ABO')}型⟧  ⟦lab|RhD阳性⟧\n")
    doc.put("输血史：", c.ch(("无", "有，无⟦fi|输血反应⟧")), "  孕产史：", "—" if pat.sex == "M" else f"孕{c.ri(0, 4)}产{c.ri(0, 2)}", "\n", "血样条码：", P("ACCESSION", f"BX{c.digits(10)}"), "\n")
    rel, kp = k.zrel(c, pat, [md, sup], "any"); doc.put("《输血治疗知情同意书》已签署，签字人：", P("NAME_RELATIVE", kp.full), "（", rel, "）\n")
    doc.put("申请医师：", P("NAME_CLINICIAN", md.full), "  上级医师：", P("NAME_CLINICIAN", sup.sur), "主任", ("  执业证书编号 ", P("LICENSE", k.zhiye(c))) if c.chance(0.5) else "", "\n")
    if c.chance(0.6): doc.put("输血科传真：", P("FAX", k.landline(c, a0)), "\n")
    return doc


# fmt: on


WORDLIKE = frozenset(k.ZH_WORDLIKE)
_OWN = [
    ("zh35_huxiji_zulin", huxiji_zulin),
    ("zh35_taixin_jianhu", taixin_jianhu),
    ("zh35_huqi_shiyan", huqi_shiyan),
    ("zh35_xinli_ceping", xinli_ceping),
    ("zh35_xunzheng_zhiliao", xunzheng_zhiliao),
    ("zh35_yongxue_shenqing", yongxue_shenqing),
]
RAW = _OWN + zh2.TEMPLATES
#: all twelve Chinese types, each drawn until the shared validator accepts it (_v35_kit.checked)
TEMPLATES = [(tid, k.checked(fn, WORDLIKE)) for tid, fn in RAW]
