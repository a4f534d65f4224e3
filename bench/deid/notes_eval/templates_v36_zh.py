"""v36 Chinese templates, part 1 (README.md "v36"): 拒收红包登记及退还回执, 内镜清洗消毒追溯记录, 产后盆底康复治疗记录,
更年期门诊病历 (Kupperman 评分), 儿童孤独症筛查记录 (M-CHAT), 血透动静脉内瘘监测记录.
TEMPLATES lists all twelve (part 2: templates_v36_zh2.py)."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v36_kit as k
import templates_v36_zh2 as zh2
from _v36_kit import Doc, P

V36_ZH_WORDLIKE = k.ZH_WORDLIKE
_W = frozenset(k.ZH_WORDLIKE) | frozenset(k.EN_WORDLIKE)

# fmt: off


def hongbao_jushou(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat, doc1, jw = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.1, 30, 85)
    rel, kp = k.zrel(c, pat, [doc1, jw])
    doc = Doc().put(P("HOSPITAL", hosp), "\n拒收“红包”登记表及退还回执\n", "登记编号：", P("OTHER_ID", f"JW{d.year}-{c.digits(4)}"), "　　登记日期：", k.zdp(c, d), "\n\n")
    doc.put("患者姓名：", P("NAME_PATIENT", pat.full), "　性别：", "男" if pat.sex == "M" else "女", "　年龄：", k.zage_p(age), "岁　住院号：", P("MRN", k.zyno(c)), "\n", "科室：", c.ch(("普外科：⟦fi|急性阑尾炎⟧，已行⟦pr|腹腔镜阑尾切除术⟧", "骨科：⟦fi|股骨颈骨折⟧，已行⟦pr|人工股骨头置换术⟧", "心血管内科：⟦fi|不稳定型心绞痛⟧，已行⟦pr|冠状动脉造影⟧", "妇科：⟦fi|子宫肌瘤⟧，已行⟦pr|腹腔镜子宫肌瘤剔除术⟧")), "\n")
    doc.put("送红包人：", P("NAME_RELATIVE", kp.full), "（患者", rel, "）　联系电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.5): doc.put("送红包人身份证号：", P("ID_CARD", k.id_card(c, k.area(c), k.born(c, c.ri(25, 60), d), kp.sex)), "\n")
    if c.chance(0.35): doc.put("患者工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    doc.put("收受医务人员：", P("NAME_CLINICIAN", doc1.full), c.ch(("主治医师", "副主任医师", "护士长")), "　金额：人民币", str(c.ri(2, 20) * 500), "元\n")
    doc.put("处理方式：", c.ch(("当面退还", "术后存入患者住院预交金账户")))
    if c.chance(0.6): doc.put("，预交金收据号 ", P("ACCOUNT", f"YJ{c.digits(10)}"))
    doc.put("\n备注：术后⟦dr|头孢呋辛⟧⟦do|1.5g ivgtt bid⟧，⟦lab|血红蛋白⟧", str(c.ri(96, 138)), "g/L，恢复顺利。\n")
    if c.chance(0.45): doc.put("执业证书编号：", P("LICENSE", k.zhiye(c)), "\n")
    doc.put("纪检监察室经办人：", P("NAME_CLINICIAN", jw.full), "　", k.zdp(c, k.add(d, c.ri(0, 3)), "md"), "\n")
    return doc


def neijing_xiaodu(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); d = k.day(c); ppl = k.znames(c, 6); wash, doc1 = ppl[4], ppl[5]
    doc = Doc().put(P("HOSPITAL", hosp), " 消化内镜中心\n内镜清洗消毒及使用追溯记录　日期：", k.zdp(c, d, c.ch(("cn", "iso"))), "\n")
    doc.put("序号\t内镜编号\t患者姓名\t门诊/住院号\t检查号\t检查项目\t测漏\t酶洗\t消毒(⟦dr|邻苯二甲醛⟧)min\t清洗人\n")
    for i, p in enumerate(ppl[:c.ri(2, 4)]):
        no = P("MRN", c.ch((k.mzno(c), k.zyno(c))))
        doc.put(f"{i + 1}\t{c.ch(('GIF', 'CF', 'TJF'))}-{c.ch('ABCDEF')}{c.ri(1, 9)}\t", P("NAME_PATIENT", p.full), "\t", no, "\t", P("ACCESSION", f"NJ{c.digits(8)}"), "\t", c.ch(("⟦pr|胃镜⟧", "⟦pr|结肠镜⟧", "⟦pr|ERCP⟧", "⟦pr|超声内镜⟧")), "\t合格\t是\t", str(c.ri(5, 12)), "\t", P("NAME_CLINICIAN", wash.full), "\n")
    doc.put("\n本班异常：", c.ch(("无", "1条结肠镜测漏不合格，已送修", "⟦fi|乙肝表面抗原阳性⟧患者安排末台，⟦lab|HBsAg⟧阳性已标注")), "\n", "操作医师：", P("NAME_CLINICIAN", doc1.full), "　签名确认\n")
    if c.chance(0.8): doc.put("追溯系统终端 IP：", P("IP", k.zh_ip(c)), "\n")
    doc.put("⟦lab|微生物监测⟧：菌落数 <", str(c.ri(5, 20)), " CFU/件（合格）\n")
    return doc


def pendi_kangfu(c) -> Doc:
    a = k.area(c); hosp = k.zh_fuyou(c, a); pat, th = k.znames(c, 2); pat = k.zname(c, "F", pat.sur); d = k.day(c); age = c.ri(23, 41); birth = k.add(d, -c.ri(42, 200))
    doc = Doc().put(P("HOSPITAL", hosp), " 妇女保健科 盆底康复中心\n产后盆底功能障碍康复治疗记录\n\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), "　年龄：", str(age), "岁　门诊号：", P("MRN", k.mzno(c)), "　就诊卡号：", P("ACCOUNT", k.jzk(c)), "\n")
    if c.chance(0.3): doc.put("（港澳台居民）通行证号：", P("PASSPORT", k.hk_pass(c)), "\n")
    doc.put("分娩日期：", k.zdp(c, birth), "　分娩方式：", c.ch(("⟦pr|阴道分娩⟧", "⟦pr|产钳助产⟧", "⟦pr|剖宫产⟧")), "　新生儿体重", str(c.ri(2800, 4200)), "g\n", "手机：", P("PHONE", k.mobile(c)), "　医保卡号：", P("INSURANCE", k.yibao(c, a)), "\n")
    if c.chance(0.5): doc.put("邮箱：", P("EMAIL", k.zmail(c)), "\n")
    doc.put("\n主诉：产后", c.ch(("咳嗽、大笑时漏尿", "阴道口松弛感", "⟦fi|盆腔器官脱垂⟧感")), "\n", "评估：⟦me|盆底肌力⟧ ", c.ch(("Ⅰ", "Ⅱ", "Ⅲ")), "级（⟦ep|改良牛津肌力分级⟧）；⟦me|Ⅰ类肌纤维疲劳度⟧ -", str(c.ri(1, 30)), "%；⟦ep|POP-Q分期⟧ ", c.ch(("Ⅰ度", "Ⅱ度")), "；", c.ch(("⟦fi|压力性尿失禁⟧", "⟦fi|腹直肌分离⟧ 2.5指")), "\n")
    doc.put("治疗：⟦pr|盆底电刺激联合生物反馈⟧，每周2次×10次；居家⟦ep|Kegel训练⟧\n")
    if c.chance(0.6): doc.put("居家训练APP链接：", P("URL", k.link(c, "pf.mamahealth.cn", "u/")), "\n")
    doc.put("第", str(c.ri(1, 10)), "次治疗 ", k.zdp(c, d, "md"), "：⟦an|会阴⟧无不适，", c.ch(("恶露已净", "⟦fi|会阴侧切伤口⟧愈合良好")), "\n", "治疗师：", P("NAME_CLINICIAN", th.full), "\n")
    return doc


def gengnianqi_menzhen(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat, doc1 = k.znames(c, 2); pat = k.zname(c, "F", pat.sur); d = k.day(c); age = c.ri(44, 58)
    doc = Doc().put(P("HOSPITAL", hosp), "　更年期保健门诊病历\n", "姓名 ", P("NAME_PATIENT", pat.full), "　", str(age), "岁　门诊号 ", P("MRN", k.mzno(c)), "　", k.zdp(c, d), "\n")
    if c.chance(0.6): doc.put("工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "　")
    doc.put("电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.45): doc.put("住址：", k.zh_addr(c, a), "\n")
    if c.chance(0.5): doc.put("电子邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.3): doc.put("护照号：", P("PASSPORT", k.passport(c)), "（外籍家属医保）\n")
    doc.put("医保个人编号：", P("INSURANCE", k.yibao(c, a)), "\n\n", "主诉：月经紊乱", str(c.ri(6, 24)), "月，潮热出汗、失眠\n", "末次月经：", k.zdp(c, k.add(d, -c.ri(40, 200)), "md"), "\n")
    doc.put("⟦ep|Kupperman评分⟧：", str(c.ri(15, 38)), "分（", c.ch(("中度", "重度")), "）；⟦me|血压⟧ ", f"{c.ri(110, 150)}/{c.ri(70, 95)}", " mmHg；⟦me|BMI⟧ ", c.fl(19.5, 29.0), "\n", "⟦lab|FSH⟧ ", c.fl(25, 110), " IU/L，⟦lab|雌二醇⟧ ", str(c.ri(10, 80)), " pg/mL（条码号 ", P("ACCESSION", f"{c.digits(12)}"), "）\n", "⟦pr|盆腔超声⟧：⟦an|子宫内膜⟧厚", c.fl(3, 9), "mm\n")
    doc.put("诊断：⟦fi|围绝经期综合征⟧", c.ch(("", "，⟦fi|骨量减少⟧")), "\n", "处理：", c.ch(("⟦dr|雌二醇/雌二醇地屈孕酮片⟧ ⟦do|1mg/10mg 每日1片⟧", "⟦dr|替勃龙⟧ ⟦do|1.25mg qd⟧", "⟦dr|黑升麻提取物⟧ ⟦do|1片 bid⟧")), "；补钙⟦dr|碳酸钙D3⟧\n")
    if c.chance(0.4): doc.put("三个月随访问卷：", P("URL", k.link(c, "fu.menopause-care.cn", "q/")), "\n")
    doc.put("医师：", P("NAME_CLINICIAN", doc1.full), "\n")
    return doc


def guduzheng_shaicha(c) -> Doc:
    a = k.area(c); hosp = k.zh_fuyou(c, a); kid, doc1 = k.znames(c, 2); d = k.day(c); mon = c.ri(16, 30); dob = k.add(d, -mon * 30 - c.ri(0, 20))
    rel, par = k.zrel(c, kid, [doc1], "父母")
    pet = c.ch(("小宝", "豆豆", "乐乐", "果果"))
    doc = Doc().put(P("HOSPITAL", hosp), " 儿童保健科\n儿童孤独症谱系障碍筛查记录（⟦ep|M-CHAT-R/F⟧）\n")
    doc.put("儿童姓名：", P("NAME_PATIENT", kid.full), "（乳名“", pet, "”）　性别：", "男" if kid.sex == "M" else "女", "　出生日期：", k.zdp(c, dob), "　月龄：", str(mon), "月\n")
    doc.put("儿保手册号：", P("OTHER_ID", f"EB{c.digits(9)}"), "　门诊号：", P("MRN", k.mzno(c)), "\n", "监护人：", P("NAME_RELATIVE", par.full), "（", rel, "）　电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.8): doc.put("家庭住址：", k.zh_addr(c, a), ("　邮编 ", P("POSTCODE", a.post)) if c.chance(0.7) else "", "\n")
    if c.chance(0.6): doc.put("家长邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.7): doc.put("线上问卷链接（家长填写）：", P("URL", k.link(c, "ms.ertongbaojian.cn", "mchat/")), "\n")
    sc = c.ri(0, 12)
    doc.put("\nM-CHAT-R 得分：", str(sc), "分（", "低风险" if sc <= 2 else ("中风险，需后续访谈" if sc <= 7 else "高风险"), "）\n", "阳性条目：", c.ch(("叫名无反应、无⟦fi|共同注意⟧", "不会用手指指物", "无假想游戏", "无")), "\n")
    doc.put("体格检查：⟦me|头围⟧ ", c.fl(45.0, 49.5), " cm，⟦fi|语言发育迟缓⟧", c.ch(("", "（仅会叫“妈妈”）")), "；⟦pr|听力筛查⟧通过；⟦lab|血铅⟧ ", str(c.ri(20, 90)), " μg/L\n", "建议：", c.ch(("转诊发育行为儿科行⟦ep|ADOS-2⟧评估", "3个月后复筛", "⟦pr|早期干预训练⟧")), "\n")
    doc.put("筛查医师：", P("NAME_CLINICIAN", doc1.full), "　", k.zdp(c, d, "slash"), "\n")
    return doc


def neilou_jiance(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat, n1, n2, vs = k.znames(c, 4); d = k.day(c); age = k.zage(c, 0.3, 40, 88)
    doc = Doc().put(P("HOSPITAL", hosp), " 血液净化中心\n动静脉内瘘功能监测记录\n")
    if c.chance(0.7): doc.put("中心电话/传真：", P("FAX", k.landline(c, a)), "\n")
    doc.put("患者：", P("NAME_PATIENT", pat.full), "　", k.zage_p(age), "岁　透析登记号：", P("MRN", f"HD{c.digits(6)}"), "　医保：", P("INSURANCE", k.yibao(c, a)), "\n")
    doc.put("原发病：", c.ch(("⟦fi|糖尿病肾病⟧", "⟦fi|慢性肾小球肾炎⟧", "⟦fi|高血压肾损害⟧", "⟦fi|多囊肾⟧")), "　⟦pr|维持性血液透析⟧每周3次\n", "内瘘：", c.ch(("左前臂⟦an|桡动脉⟧-⟦an|头静脉⟧端侧吻合", "右上臂⟦an|肱动脉⟧-⟦an|贵要静脉⟧转位")), "，", k.zdp(c, k.add(d, -c.ri(200, 2000))), "于", P("HOSPITAL", k.zh_hosp(c, k.area(c))), "由", P("NAME_CLINICIAN", vs.sur), "医生手术\n")
    if c.chance(0.65): doc.put("人工血管（⟦pr|移植物内瘘⟧）序列号：", P("DEVICE", f"{c.letters(2)}{c.digits(7)}"), "\n")
    doc.put("\n日期\t震颤\t杂音\t⟦me|血流量⟧ml/min\t静脉压\t护士\n")
    for i in range(c.ri(3, 4)):
        doc.put(k.zdp(c, k.add(d, 2 * i), "mdd"), "\t", c.ch(("强", "强", "减弱")), "\t连续\t", str(c.ri(180, 300)), "\t", str(c.ri(90, 190)), "\t", P("NAME_CLINICIAN", (n1 if i % 2 == 0 else n2).full), "\n")
    doc.put("\n⟦pr|内瘘彩超⟧（检查号 ", P("ACCESSION", f"US{c.digits(8)}"), "）：⟦me|自然血流量⟧ ", str(c.ri(400, 1500)), " ml/min，", c.ch(("吻合口未见狭窄", "⟦fi|吻合口狭窄⟧约55%，建议⟦pr|经皮腔内血管成形术⟧")), "\n", "⟦lab|血钾⟧ ", c.fl(3.8, 6.2), " mmol/L；⟦dr|促红细胞生成素⟧⟦do|10000 IU 每周1次⟧\n")
    if c.chance(0.5): doc.put("接送车辆：", P("VEHICLE", k.zh_plate(c, a)), "\n")
    doc.put("紧急联系：", P("PHONE", k.mobile(c)), "\n")
    return doc


# fmt: on

TEMPLATES = [
    ("zh36_hongbao_jushou", k.checked(hongbao_jushou, _W)),
    ("zh36_neijing_xiaodu_zhuisu", k.checked(neijing_xiaodu, _W)),
    ("zh36_pendi_kangfu", k.checked(pendi_kangfu, _W)),
    ("zh36_gengnianqi_menzhen", k.checked(gengnianqi_menzhen, _W)),
    ("zh36_guduzheng_shaicha", k.checked(guduzheng_shaicha, _W)),
    ("zh36_neilou_jiance", k.checked(neilou_jiance, _W)),
    *zh2.TEMPLATES,
]
