"""v38 Chinese templates, part 1 (README.md "v38"): 24小时食管pH-阻抗监测报告, 腹腔镜胆囊切除术记录,
孕中期唐氏综合征血清学筛查报告, 羊膜腔穿刺术记录, 带状疱疹后神经痛疼痛科门诊病历, 水痘传染病报告卡.
TEMPLATES lists all twelve (part 2: templates_v38_zh2.py)."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v38_kit as k
import templates_v38_zh2 as zh2
from _v38_kit import Doc, K, P

V38_ZH_WORDLIKE = k.ZH_WORDLIKE

# fmt: off


def fem(c, p: k.ZN) -> k.ZN: return p if p.sex == "F" else k.zname(c, "F", p.sur)


def shiguan_ph_jiance(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, ys, js = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.15, 25, 86)
    doc = Doc().put(P("HOSPITAL", hosp), "\n消化内科功能检查室  24小时食管pH-阻抗监测报告\n")
    doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "  性别：", "男" if pat.sex == "M" else "女", "  年龄：", k.zage_p(age), "岁  ", c.ch(("门诊号：", "住院号：")), P("MRN", c.ch((k.mzno(c), k.zyno(c)))), "\n")
    doc.put("检查号：", P("ACCESSION", f"PH{c.digits(8)}"), "  检查日期：", k.zdp(c, d), "\n")
    if c.chance(0.6): doc.put("医保卡号：", P("INSURANCE", k.yibao(c, a0)), "\n")
    if c.chance(0.35): doc.put("备注：患者装有心脏起搏器（序列号 ", P("DEVICE", k.serial(c)), "），阻抗导管已告知。\n")
    doc.put("检查前停用⟦dr|奥美拉唑⟧ ⟦do|20mg bid⟧ 7天。导管经鼻置入，pH电极位于⟦an|食管下括约肌⟧上缘上方5cm。\n")
    doc.put("结果：", K("MEASUREMENT", f"酸暴露时间 {c.fl(1.0, 14.0)}%"), "，反流事件", c.ri(30, 140), "次，⟦ep|DeMeester评分⟧ ", c.fl(5.0, 60.0), "，症状相关概率 ", c.ri(40, 99), "%。\n")
    doc.put("⟦lab|幽门螺杆菌抗体阴性⟧。\n诊断：", c.ch(("⟦fi|胃食管反流病⟧", "⟦fi|非糜烂性反流病⟧", "⟦fi|功能性烧心⟧")), "\n")
    if c.chance(0.6): doc.put("数据工作站：", P("IP", k.zh_ip(c)), "\n")
    doc.put("检查医师：", P("NAME_CLINICIAN", ys.full), "  技师：", P("NAME_CLINICIAN", js.pad), "  报告日期：", k.zdp(c, k.add(d, 1)), "\n")
    return doc


def danang_qiechu(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, zd, yz, mz = k.znames(c, 4); d = k.day(c); age = c.ri(28, 80); dob = k.born(c, age, d)
    doc = Doc().put(P("HOSPITAL", hosp), "\n手 术 记 录\n")
    doc.put("姓名 ", P("NAME_PATIENT", pat.pad), "   年龄 ", age, "岁   住院号 ", P("MRN", k.zyno(c)), "\n")
    if c.chance(0.4): doc.put("身份证号 ", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "\n")
    if c.chance(0.3): doc.put("医保卡号 ", P("INSURANCE", k.yibao(c, a0)), "\n")
    if c.chance(0.5): doc.put("工作单位 ", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    doc.put("手术日期 ", k.zdp(c, d), "\n术前诊断 ⟦fi|胆囊结石伴慢性胆囊炎⟧\n手术名称 ⟦pr|腹腔镜胆囊切除术⟧\n")
    doc.put("术者 ", P("NAME_CLINICIAN", zd.full), "  助手 ", P("NAME_CLINICIAN", yz.full), "  麻醉 ", P("NAME_CLINICIAN", mz.sur), "医生\n")
    doc.put("经过：气腹压12mmHg，解剖⟦ep|Calot三角⟧，夹闭⟦an|胆囊管⟧及⟦an|胆囊动脉⟧后切除胆囊，", K("MEASUREMENT", f"出血量约{c.ri(5, 30)}ml"), "。术前⟦dr|头孢呋辛⟧ ⟦do|1.5g ivgtt⟧。\n")
    doc.put("术前", K("LAB", f"总胆红素 {c.fl(8.0, 24.0)} μmol/L"), "。标本送病理，病理号 ", P("ACCESSION", f"{c.ch(('P', 'BL'))}{d.year % 100}-{c.digits(5, False)}"), "\n")
    if c.chance(0.4): doc.put("患者装有永久起搏器（序列号 ", P("DEVICE", k.serial(c)), "），术中使用双极电凝。\n")
    if c.chance(0.3): doc.put("家属邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.4): doc.put("科室传真：", P("FAX", k.landline(c, a0)), "\n")
    doc.put("术者签名：", P("NAME_CLINICIAN", zd.full))
    doc.put(["  执业证书编号：", P("LICENSE", k.zhiye(c))] if c.chance(0.5) else "", "\n")
    return doc


def tangshi_shaicha(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); p0, ys, hs = k.znames(c, 3); pat = fem(c, p0); d = k.day(c); age = c.ri(21, 41); dob = k.born(c, age, d)
    _, hb = k.zrel(c, pat, [ys, hs], "配偶")
    doc = Doc().put(P("HOSPITAL", hosp), " 产前筛查中心\n孕中期唐氏综合征血清学筛查报告单\n")
    doc.put("孕妇姓名：", P("NAME_PATIENT", c.ch((pat.pad, pat.full))), "　出生日期：", k.zdp(c, dob, c.ch(("cn", "iso", "cpt"))), "　门诊号：", P("MRN", k.mzno(c)), "\n")
    if c.chance(0.7): doc.put("身份证号：", P("ID_CARD", k.id_card(c, a0, dob, "F")), "\n")
    doc.put("丈夫：", P("NAME_RELATIVE", hb.full), "　联系电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.7): doc.put("现住址：", k.zh_addr(c, a0), "　邮编：", P("POSTCODE", a0.post), "\n")
    doc.put("采血日期：", k.zdp(c, d), f"　孕周：{c.ri(15, 20)}+{c.ri(0, 6)}周　条码号：", P("ACCESSION", c.digits(12)), "\n")
    doc.put("检测项目　结果\n", K("LAB", f"AFP {c.fl(0.6, 1.8, 2)} MoM"), "\n", K("LAB", f"游离β-hCG {c.fl(0.5, 2.6, 2)} MoM"), "\n", K("LAB", f"uE3 {c.fl(0.6, 1.5, 2)} MoM"), "\n")
    risk = c.ri(150, 50000)
    doc.put("⟦ep|唐氏综合征⟧（21-三体）风险：", K("MEASUREMENT", f"1/{risk}"), "，", "⟦fi|高风险⟧" if risk < 270 else "⟦fi|低风险⟧", "\n")
    doc.put("建议：" if risk < 270 else "说明：", "⟦pr|无创产前基因检测⟧或⟦pr|羊膜腔穿刺⟧咨询；继续⟦dr|叶酸⟧ ⟦do|0.4mg qd⟧。\n" if risk < 270 else "低风险不排除全部异常，按期产检；继续⟦dr|叶酸⟧ ⟦do|0.4mg qd⟧。\n")
    if c.chance(0.7): doc.put("电子报告查询：", P("URL", k.link(c, "cq.example.cn", "r/")), "\n")
    if c.chance(0.6): doc.put("报告推送邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.5): doc.put("中心传真：", P("FAX", k.landline(c, a0)), "\n")
    doc.put("检验者：", P("NAME_CLINICIAN", hs.pad), "　审核者：", P("NAME_CLINICIAN", ys.sur), "主任\n")
    return doc


def yangmo_chuanci(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); p0, zd, hs = k.znames(c, 3); pat = fem(c, p0); d = k.day(c); age = c.ri(24, 44); dob = k.born(c, age, d)
    fr = c.chance(0.3)
    doc = Doc().put(P("HOSPITAL", hosp), "\n羊膜腔穿刺术记录\n")
    if fr:
        nm, _, pp = k.foreign(c)
        while _ != "F": nm, _, pp = k.foreign(c)
        doc.put("患者：", P("NAME_PATIENT", nm), "（外籍）  护照号：", P("PASSPORT", pp), "\n")
    else:
        doc.put("患者：", P("NAME_PATIENT", pat.full), "  年龄：", age, "岁\n")
        if c.chance(0.5): doc.put("身份证：", P("ID_CARD", k.id_card(c, a0, dob, "F")), "\n")
    doc.put("住院号：", P("MRN", k.zyno(c)), "  手术日期：", k.zdp(c, d), "\n")
    if c.chance(0.5): doc.put("医保卡号：", P("INSURANCE", k.yibao(c, a0)), "\n")
    doc.put(f"指征：血清学筛查⟦fi|高风险⟧，孕{c.ri(17, 22)}周\n")
    doc.put("经过：B超定位⟦an|子宫前壁⟧羊水池，⟦dr|利多卡因⟧ ⟦do|2ml⟧局麻，22G穿刺针一次进针成功，抽取", K("MEASUREMENT", f"羊水{c.ri(15, 30)}ml"), "，色清。术后", K("MEASUREMENT", f"胎心率{c.ri(128, 160)}次/分"), "。\n")
    doc.put("标本号：", P("ACCESSION", f"AF{c.digits(7)}"), "（染色体核型分析）\n")
    if not fr:
        _, hb = k.zrel(c, pat, [zd, hs], "配偶"); doc.put("家属（丈夫）：", P("NAME_RELATIVE", hb.full), "  电话：", P("PHONE", k.mobile(c)), "\n")
    doc.put("⟦lab|Rh阴性⟧者术后注射抗D免疫球蛋白；本例⟦lab|Rh阳性⟧。\n")
    doc.put("术者：", P("NAME_CLINICIAN", zd.full))
    doc.put(["（执业证书编号 ", P("LICENSE", k.zhiye(c)), "）"] if c.chance(0.5) else "", "  护士：", P("NAME_CLINICIAN", hs.pad), "\n")
    if c.chance(0.5): doc.put("产前诊断中心传真：", P("FAX", k.landline(c, a0)), "\n")
    return doc


def daizhuang_paozhen(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, ys = k.znames(c, 2); d = k.day(c); age = k.zage(c, 0.35, 58, 89)
    rel, zn = k.zrel(c, pat, [ys], "子女")
    doc = Doc().put(P("HOSPITAL", hosp), " 疼痛科门诊病历\n")
    doc.put("就诊日期：", k.zdp(c, d), "  姓名：", P("NAME_PATIENT", pat.pad), "  年龄：", k.zage_p(age), "岁  门诊号：", P("MRN", k.mzno(c)), "  就诊卡：", P("ACCOUNT", k.jzk(c)), "\n")
    doc.put(f"主诉：左胸背部疱疹后疼痛{c.ri(1, 6)}月。\n现病史：", k.zdp(c, k.add(d, -c.ri(40, 170)), "md"), "出现⟦an|左侧T6-T8⟧皮节簇集水疱，外院予⟦dr|伐昔洛韦⟧ ⟦do|0.3g bid⟧。\n")
    doc.put("查体：皮损已结痂，触诱发痛阳性，", K("MEASUREMENT", f"NRS评分{c.ri(4, 9)}分"), "。\n诊断：⟦fi|带状疱疹后神经痛⟧\n")
    doc.put("处理：⟦dr|普瑞巴林⟧ ⟦do|75mg bid⟧，⟦dr|利多卡因凝胶贴膏⟧外用；必要时⟦pr|肋间神经阻滞⟧。\n")
    if c.chance(0.25): doc.put("既往：起搏器植入术后（序列号 ", P("DEVICE", k.serial(c)), "）。\n")
    doc.put("陪同：", rel, P("NAME_RELATIVE", zn.full), "，电话 ", P("PHONE", k.mobile(c)))
    doc.put(["，车牌 ", P("VEHICLE", k.zh_plate(c, a0))] if c.chance(0.4) else "", "\n")
    if c.chance(0.4): doc.put("住址：", k.zh_addr(c, a0), ["，邮编 ", P("POSTCODE", a0.post)] if c.chance(0.6) else "", "\n")
    if c.chance(0.4): doc.put("分诊终端：", P("IP", k.zh_ip(c)), "\n")
    doc.put("医师：", P("NAME_CLINICIAN", ys.sur), "医生\n")
    return doc


def shuidou_baogao(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); kid, ys = k.znames(c, 2); d = k.day(c); age = c.ri(3, 12); dob = k.born(c, age, d)
    rel, pa = k.zrel(c, kid, [ys], "父母")
    doc = Doc().put("中华人民共和国传染病报告卡\n卡片编号：", P("OTHER_ID", f"{a0.code}{d.year}{c.digits(6, False)}"), "\n")
    doc.put("患者姓名：", P("NAME_PATIENT", kid.full), "　家长姓名：", P("NAME_RELATIVE", pa.full), "（", rel, "）\n")
    if c.chance(0.6): doc.put("有效证件号：", P("ID_CARD", k.id_card(c, a0, dob, kid.sex)), "\n")
    doc.put("出生日期：", k.zdp(c, dob), "　人群分类：", c.ch(("学生", "幼托儿童")), "\n联系电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.8): doc.put("现住址：", k.zh_addr(c, a0, prov=c.chance(0.7)), ["　邮编：", P("POSTCODE", a0.post)] if c.chance(0.6) else "", "\n")
    if c.chance(0.3): doc.put("家长工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    doc.put("发病日期：", k.zdp(c, k.add(d, -2), "md"), "　诊断日期：", k.zdp(c, d), "\n病例分类：临床诊断病例　疾病名称：⟦fi|水痘⟧\n")
    doc.put("临床：", K("MEASUREMENT", f"体温{c.ri(375, 395) / 10:.1f}℃"), "，⟦an|躯干⟧及头面部斑丘疹、疱疹；", c.ch(("⟦lab|水痘-带状疱疹病毒IgM阳性⟧", "未采样")), "\n")
    doc.put("处理：居家隔离至全部结痂，⟦dr|炉甘石洗剂⟧外用，⟦dr|阿昔洛韦⟧ ⟦do|20mg/kg qid⟧。\n")
    if c.chance(0.5): doc.put("随访问卷：", P("URL", k.link(c, "jk.example.cn", "q/")), "\n")
    doc.put("报告单位：", P("HOSPITAL", hosp), "　填卡医生：", P("NAME_CLINICIAN", ys.full), "　填卡日期：", k.zdp(c, d, "iso"), "\n")
    return doc


# fmt: on

_PART1 = [
    shiguan_ph_jiance,
    danang_qiechu,
    tangshi_shaicha,
    yangmo_chuanci,
    daizhuang_paozhen,
    shuidou_baogao,
]
TEMPLATES = [(f"zh38_{f.__name__}", k.checked(f, frozenset(V38_ZH_WORDLIKE))) for f in [*_PART1, *zh2.PART2]]
