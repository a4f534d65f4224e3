"""v35 Chinese templates, part 2 (README.md "v35"): 皮肤激光治疗记录单, 认知障碍患者防走失智能手环发放登记,
脑深部电刺激(DBS)术后程控记录, 肝脏瞬时弹性检测报告, 儿科门诊雾化室登记本, 下腔静脉滤器置入及取出随访登记."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v35_kit as k
from _v35_kit import Doc, P


# fmt: off
def jiguang_zhiliao(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, md, nurse = k.znames(c, 3); d = k.day(c); age = c.ri(16, 62); dob = k.born(c, age, d); foreign = c.chance(0.35)
    dx, tx = c.ch((("⟦fi|太田痣⟧（⟦an|左侧颧部⟧）", "⟦pr|Q开关Nd:YAG激光⟧ 1064nm"), ("⟦fi|鲜红斑痣⟧", "⟦pr|脉冲染料激光⟧ 595nm"), ("⟦fi|痤疮瘢痕⟧", "⟦pr|点阵CO2激光⟧"), ("⟦fi|脂溢性角化病⟧", "⟦pr|超脉冲CO2激光⟧")))
    doc = Doc().put(P("HOSPITAL", hosp), "皮肤科激光中心\n激光治疗记录单\n", "治疗日期：", k.zdp(c, d), "  第", c.ri(1, 6), "次\n")
    if foreign: nm, sx, pp = k.foreign(c); doc.put("患者：", P("NAME_PATIENT", nm), "  护照：", P("PASSPORT", pp), "  手机：", P("PHONE", k.mobile(c)), "\n")
    else: doc.put("患者：", P("NAME_PATIENT", pat.full), "  身份证号：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "\n", "手机：", P("PHONE", k.mobile(c)), "\n")
    doc.put("门诊号：", P("MRN", k.mzno(c)), "  缴费单号：", P("ACCOUNT", f"SF{c.digits(12)}"), "\n", "诊断：", dx, "\n", "治疗：", tx, f"，能量⟦me|{c.fl(2.0, 9.5)}J/cm2⟧，光斑⟦me|{c.ri(3, 10)}mm⟧，⟦pr|表面麻醉⟧用⟦dr|复方利多卡因乳膏⟧⟦do|5g⟧封包60分钟\n")
    doc.put("术后：即刻⟦fi|灰白色反应⟧，冰敷，⟦dr|重组人表皮生长因子凝胶⟧外用，⟦dr|莫匹罗星软膏⟧ ⟦do|bid⟧，严格防晒\n")
    if c.chance(0.2): doc.put("单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    if c.chance(0.4): doc.put("照片存档服务器：", P("IP", f"10.{c.ri(1, 250)}.{c.ri(0, 250)}.{c.ri(2, 250)}"), "\n")
    doc.put("操作医师：", P("NAME_CLINICIAN", md.full), "  护士：", P("NAME_CLINICIAN", nurse.full), "  复诊：", k.zdp(c, k.add(d, 56), "md"), "\n")
    return doc


def shouhuan_fafang(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, st = k.znames(c, 2); d = k.day(c); age = k.zage(c, 0.45, 60, 88); dob = k.born(c, age, d)
    dx = c.ch(("⟦ep|阿尔茨海默病⟧", "⟦fi|血管性痴呆⟧", "⟦ep|路易体痴呆⟧", "⟦fi|轻度认知障碍⟧"))
    doc = Doc().put(P("HOSPITAL", hosp), "记忆门诊\n认知障碍患者防走失智能手环发放登记\n", "发放日期：", k.zdp(c, d), "\n", "患者：", P("NAME_PATIENT", pat.full), "   年龄：", k.zage_p(age), "   门诊号：", P("MRN", k.mzno(c)), "\n")
    if c.chance(0.7): doc.put("身份证：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "\n")
    doc.put("诊断：", dx, f"，⟦me|MMSE {c.ri(10, 24)}分⟧，⟦me|MoCA {c.ri(6, 20)}分⟧；用药", c.ch(("⟦dr|多奈哌齐⟧⟦do|5mg qn⟧", "⟦dr|美金刚⟧⟦do|10mg bid⟧", "⟦dr|卡巴拉汀⟧⟦do|3mg bid⟧")), "\n")
    doc.put("居住地址：", k.zh_addr(c, a0, prov=c.chance(0.5)), ("  邮编：", P("POSTCODE", a0.post)) if c.chance(0.7) else "", "\n")
    doc.put("手环序列号：", P("DEVICE", f"86{c.digits(13)}"), "（型号不登记）\n")
    rel, kp = k.zrel(c, pat, [st], c.ch(("子女", "配偶"))); doc.put("监护人：", P("NAME_RELATIVE", kp.full), "（", rel, "）  手机：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.4): rel2, kp2 = k.zrel(c, pat, [st], "子女") if kp.sur != pat.sur else k.zrel(c, pat, [st, kp], "配偶"); doc.put("第二联系人：", P("NAME_RELATIVE", kp2.full), "（", rel2, "） ", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.6): doc.put("APP绑定链接：", P("URL", f"https://band.{c.ch(('anxin', 'huijia'))}-care.cn/b/{c.token(8)}"), "\n")
    if c.chance(0.4): doc.put("定位告警邮箱：", P("EMAIL", k.zmail(c)), "\n")
    doc.put("发放人：", P("NAME_CLINICIAN", st.full), "   告知：手环需每日充电，⟦fi|夜间谵妄⟧时加强看护\n")
    return doc


def dbs_chengkong(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, md, nr = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.15, 45, 88); dob = k.born(c, age, d)
    doc = Doc().put(P("HOSPITAL", hosp), "功能神经外科\n脑深部电刺激（DBS）术后程控记录\n", "程控日期：", k.zdp(c, d), "   住院号：", P("MRN", k.zyno(c)), "\n", "患者：", P("NAME_PATIENT", pat.full), "   年龄：", k.zage_p(age), "\n")
    doc.put("身份证：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "   医保卡号：", P("INSURANCE", k.yibao(c, a0)), "\n")
    doc.put(f"诊断：⟦ep|帕金森病⟧（⟦ep|Hoehn-Yahr分级⟧{c.ri(2, 4)}级）\n", "手术：双侧⟦an|丘脑底核⟧DBS植入术，术日", k.zdp(c, k.add(d, -c.ri(30, 400)), "dot"), "\n")
    doc.put("刺激器序列号：", P("DEVICE", f"IPG{c.digits(9)}"), ("   延伸导线：", P("DEVICE", f"EX{c.digits(8)}")) if c.chance(0.5) else "", "\n")
    doc.put(f"参数：左 ⟦me|{c.fl(1.5, 3.5)}V/60μs/130Hz⟧；右 ⟦me|{c.fl(1.5, 3.5)}V/60μs/130Hz⟧\n", f"⟦me|UPDRS-Ⅲ⟧ 关机{c.ri(30, 60)}分，开机{c.ri(10, 28)}分；⟦dr|多巴丝肼⟧⟦do|125mg tid⟧减为⟦do|62.5mg tid⟧\n")
    if c.chance(0.4): doc.put("随访地址：", k.zh_addr(c, a0), ("  邮编", P("POSTCODE", a0.post)) if c.chance(0.7) else "", "\n")
    rel, kp = k.zrel(c, pat, [md, nr], "any"); doc.put("家属：", P("NAME_RELATIVE", kp.full), "（", rel, "） ", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.6): doc.put("停车减免车牌：", P("VEHICLE", k.zh_plate(c, a0)), "\n")
    if c.chance(0.3): doc.put("程控数据发送：", P("EMAIL", k.zmail(c)), "\n")
    doc.put("程控医师：", P("NAME_CLINICIAN", md.full), "（执业证书编号 ", P("LICENSE", k.zhiye(c)), "）  护士：", P("NAME_CLINICIAN", nr.full), "\n")
    if c.chance(0.5): doc.put("科室传真：", P("FAX", k.landline(c, a0)), "\n")
    return doc


def ganzang_tanxing(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, md = k.znames(c, 2); d = k.day(c); age = c.ri(20, 80); foreign = c.chance(0.3)
    doc = Doc().put(P("HOSPITAL", hosp), "肝病中心\n肝脏瞬时弹性检测报告\n", "检查号：", P("ACCESSION", f"FS{c.digits(8)}"), "   检查日期：", k.zdp(c, d), "\n")
    if foreign: nm, sx, pp = k.foreign(c); doc.put("姓名：", P("NAME_PATIENT", nm), "   护照：", P("PASSPORT", pp), "   年龄：", age, "\n")
    else: doc.put("姓名：", P("NAME_PATIENT", pat.full), "   年龄：", age, "   电话：", P("PHONE", k.mobile(c)), "\n")
    doc.put("门诊号：", P("MRN", k.mzno(c)), "   就诊卡号：", P("ACCOUNT", k.jzk(c)), "\n", "临床诊断：", c.ch(("⟦fi|慢性乙型病毒性肝炎⟧，⟦dr|恩替卡韦⟧⟦do|0.5mg qd⟧", "⟦fi|代谢相关脂肪性肝病⟧", "⟦fi|酒精性肝病⟧", "⟦fi|原发性胆汁性胆管炎⟧，⟦dr|熊去氧胆酸⟧⟦do|250mg tid⟧")), "\n")
    doc.put(f"⟦an|右肝⟧肋间测量10次有效；⟦me|肝硬度值{c.fl(4.0, 25.0)}kPa⟧，⟦me|CAP {c.ri(220, 340)}dB/m⟧；⟦lab|谷丙转氨酶{c.ri(18, 160)}U/L⟧\n")
    doc.put("提示：", c.ch(("⟦fi|肝纤维化⟧F2", "⟦fi|肝硬化⟧可能", "⟦fi|重度脂肪肝⟧", "无明显纤维化")), "\n")
    if c.chance(0.5): doc.put("检测仪工作站：", P("IP", f"172.{c.ri(16, 31)}.{c.ri(0, 250)}.{c.ri(2, 250)}"), "\n")
    doc.put("检查医师：", P("NAME_CLINICIAN", md.full), "   报告日期：", k.zdp(c, d, "md"), "\n")
    return doc


def wuhua_dengji(c) -> Doc:
    a0 = k.area(c); hosp = c.ch((f"{a0.city}妇女儿童医院", f"{a0.city}儿童医院", k.zh_hosp(c, a0))); nurse = k.zname(c); d = k.day(c)
    doc = Doc().put(P("HOSPITAL", hosp), "儿科门诊雾化室登记本    日期：", k.zdp(c, d, "slash"), "   当班护士：", P("NAME_CLINICIAN", nurse.full), "\n")
    doc.put("| 就诊卡号 | 患儿 | 月龄/年龄 | 诊断 | 药物 | 家长 | 电话 |\n")
    used: list = [nurse]
    for _ in range(c.ri(3, 4)):
        kid = k.zname(c)
        while any(kid.sur == u.sur or kid.given == u.given for u in used): kid = k.zname(c)
        rel, par = k.zrel(c, kid, used, "父母"); used += [kid, par]
        doc.put("| ", P("ACCOUNT", k.jzk(c)), " | ", P("NAME_PATIENT", kid.full if c.chance(0.7) else kid.given), " | ", c.ch((f"{c.ri(6, 23)}月", f"{c.ri(2, 9)}岁")), " | ", c.ch(("⟦fi|急性喉气管支气管炎⟧", "⟦fi|毛细支气管炎⟧", "⟦fi|支气管哮喘急性发作⟧")), " | ")
        doc.put(c.ch(("⟦dr|布地奈德混悬液⟧⟦do|1mg⟧", "⟦dr|沙丁胺醇⟧⟦do|2.5mg⟧+⟦dr|异丙托溴铵⟧⟦do|250μg⟧", "⟦dr|布地奈德混悬液⟧⟦do|0.5mg⟧")), " | ", P("NAME_RELATIVE", par.full), "（", rel, "） | ", P("PHONE", k.mobile(c)), " |\n")
    doc.put("备注：雾化后⟦me|SpO2⟧复测，⟦me|呼吸频率⟧平稳；出现⟦fi|喘息⟧加重请⟦ep|Westley评分⟧复评\n")
    return doc


def lvqi_suifang(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, md, fu = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.15, 30, 88); dob = k.born(c, age, d); d2 = k.add(d, c.ri(14, 60))
    doc = Doc().put(P("HOSPITAL", hosp), "血管外科\n下腔静脉滤器置入及取出随访登记\n", "登记号：", P("OTHER_ID", f"IVCF-{c.digits(5)}"), "\n", "患者：", P("NAME_PATIENT", pat.full), "  年龄：", k.zage_p(age), "  住院号：", P("MRN", k.zyno(c)), "\n")
    doc.put("身份证：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "  手机：", P("PHONE", k.mobile(c)), "\n", "置入指征：", c.ch(("⟦fi|左下肢深静脉血栓形成⟧，拟行⟦pr|导管溶栓⟧", "⟦fi|肺栓塞⟧合并抗凝禁忌（⟦fi|颅内出血⟧）", "⟦fi|股骨骨折⟧术前预防")), "\n")
    doc.put("置入日期：", k.zdp(c, d), "  可回收滤器 序列号 ", P("DEVICE", f"F{c.digits(9)}"), "  位置：⟦an|肾静脉⟧开口下方\n")
    doc.put("抗凝：", c.ch(("⟦dr|利伐沙班⟧⟦do|15mg bid⟧", "⟦dr|低分子肝素钠⟧⟦do|4000IU q12h⟧", "⟦dr|华法林⟧，目标⟦lab|INR 2-3⟧")), f"；⟦lab|D-二聚体{c.fl(0.3, 4.8)}mg/L⟧\n")
    doc.put("随访：", k.zdp(c, d2, "md"), " ⟦pr|下腔静脉造影⟧示滤器内", c.ch(("无血栓", "少量血栓")), "，", c.ch(("已取出", "延期取出", "已取出，⟦fi|钩挂⟧顺利解除")), "\n")
    if c.chance(0.5): doc.put("医保：", P("INSURANCE", k.yibao(c, a0)), "\n")
    doc.put("术者：", P("NAME_CLINICIAN", md.full), "（执业证书编号 ", P("LICENSE", k.zhiye(c)), "）  随访护士：", P("NAME_CLINICIAN", fu.full), "\n")
    return doc
# fmt: on


TEMPLATES = [
    ("zh35_jiguang_zhiliao", jiguang_zhiliao),
    ("zh35_shouhuan_fafang", shouhuan_fafang),
    ("zh35_dbs_chengkong", dbs_chengkong),
    ("zh35_ganzang_tanxing", ganzang_tanxing),
    ("zh35_wuhua_dengji", wuhua_dengji),
    ("zh35_lvqi_suifang", lvqi_suifang),
]
