"""v33 Chinese templates, part 2: 抢救记录, 住院退药申请单, 处方点评工作表, 家庭暴力受害人诊疗记录（验伤）,
残疾评定表 and 医保刷脸（人脸识别）核验日志. Values come from _v33_kit.py only."""

# ruff: noqa: E501

from __future__ import annotations

import _v33_kit as k
from _core import Doc, P

EMPLOYERS_ZH = (
    "宏达建筑工程有限公司",
    "恒信物流集团有限公司",
    "华润纺织厂",
    "金鹰百货",
    "顺丰速运营业部",
    "第三中学",
    "鑫源机械制造有限公司",
    "社区居委会",
)


# fmt: off
def _sex(z: k.ZN) -> str:
    return "男" if z.sex == "M" else "女"


def qiangjiu_jilu(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    pat = k.zname(c)
    d = k.day(c)
    age = k.zage(c, 0.3, 45, 88)
    boss, doc1, rn1, rn2 = k.znames(c, 4)
    rel, kp = k.zkin(c, pat, age > 70)
    t0 = c.ri(0, 20)
    doc = Doc().put(P("HOSPITAL", hosp), "\n抢救记录\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), f"  性别：{_sex(pat)}  年龄：", k.age_p(age), "岁  住院号：", P("MRN", k.zyno(c)), f"  床号：{c.ri(1, 45)}\n")
    doc.put("抢救时间：", k.zdp(c, d), f" {t0:02d}:{c.ri(10, 59)} 至 {t0 + c.ri(1, 3):02d}:{c.ri(10, 59)}\n")
    doc.put(f"病情变化：患者突发意识丧失，心电监护示 ⟦fi|心室颤动⟧，⟦me|血压测不出⟧，⟦me|SpO2 {c.ri(60, 82)}%⟧。\n")
    doc.put(f"抢救经过：立即行 ⟦pr|胸外心脏按压⟧，⟦pr|电除颤⟧ ⟦me|200J⟧ {c.ri(1, 3)}次，⟦pr|气管插管⟧接呼吸机；⟦dr|肾上腺素⟧ ⟦do|1mg⟧ 静推 q3-5min，⟦dr|胺碘酮⟧ ⟦do|300mg⟧ 静推；")
    doc.put(f"⟦an|右侧股静脉⟧置管。⟦lab|血钾 {c.fl(2.6, 6.9)} mmol/L⟧，⟦lab|pH {c.fl(6.95, 7.25, 2)}⟧。\n")
    if c.chance(0.5):
        doc.put("血气条码：", P("ACCESSION", f"{c.digits(12)}"), "\n")
    if c.chance(0.6):
        doc.put("既往 ⟦ep|Adams-Stokes综合征⟧ 行永久起搏器植入，起搏器序列号 ", P("DEVICE", f"{c.letters(3)}{c.digits(6)}{c.letters(1)}"), "，程控示电池正常。\n")
    else:
        doc.put("既往 ⟦ep|Adams-Stokes综合征⟧ 病史，未植入起搏器。\n")
    doc.put(f"结果：{c.ri(6, 35)}分钟后恢复自主心律，⟦me|心率 {c.ri(80, 130)}次/分⟧，转ICU继续治疗。\n")
    doc.put("参加抢救人员：", P("NAME_CLINICIAN", boss.sur), "主任、", P("NAME_CLINICIAN", doc1.full), "医师、护士", P("NAME_CLINICIAN", rn1.full), "、", P("NAME_CLINICIAN", rn2.full), "\n")
    doc.put(f"已向患者{rel}", P("NAME_RELATIVE", kp.full), "（电话 ", P("PHONE", k.mobile(c)), "）交代病情并签署病危通知书，时间 ", k.zdp(c, d, "md"), "。\n")
    doc.put("记录者：", P("NAME_CLINICIAN", doc1.full), "  ", k.zdp(c, d), "（抢救结束后6小时内补记）\n")
    return doc


def tuiyao_shenqing(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    pat = k.zname(c)
    d = k.day(c)
    md, ph = k.znames(c, 2)
    drug = c.ch((("注射用头孢曲松钠", "2g qd", "⟦fi|药物性皮疹⟧", "⟦pr|皮肤过敏试验⟧"), ("注射用哌拉西林钠他唑巴坦钠", "4.5g q8h", "⟦fi|药物过敏⟧", "⟦pr|皮肤过敏试验⟧"), ("左氧氟沙星氯化钠注射液", "0.5g qd", "⟦fi|药疹⟧", "⟦pr|心电图⟧")))
    doc = Doc().put(P("HOSPITAL", hosp), " 住院药房\n住院患者退药申请单\n")
    doc.put("患者：", P("NAME_PATIENT", pat.full), f"  {_sex(pat)}  ", str(c.ri(18, 85)), "岁  住院号：", P("MRN", k.zyno(c)), "  结算单号：", P("ACCOUNT", f"{c.digits(14)}"), "\n")
    doc.put("处方号：", P("OTHER_ID", f"CF{c.digits(10)}"), "  开具日期：", k.zdp(c, k.add(d, -c.ri(1, 3))), "\n")
    doc.put(f"退药品种：⟦dr|{drug[0]}⟧ ⟦do|{drug[1]}⟧，已领 {c.ri(3, 9)} 支，已用 {c.ri(1, 2)} 支，申请退回剩余未开封药品\n")
    doc.put(f"退药原因：用药后出现 {drug[2]}，⟦an|{c.ch(('胸背部', '双上肢', '颈部'))}⟧ 散在红斑，⟦me|体温 {c.fl(37.2, 38.9)}℃⟧，⟦lab|嗜酸性粒细胞 {c.fl(0.5, 1.6)}×10^9/L⟧；复查 {drug[3]}；警惕 ⟦ep|Stevens-Johnson综合征⟧\n")
    doc.put("申请医师：", P("NAME_CLINICIAN", md.full))
    if c.chance(0.5):
        doc.put("  执业证书编号：", P("LICENSE", k.zhiye(c)))
    doc.put("  申请日期：", k.zdp(c, d), "\n药师审核：", P("NAME_CLINICIAN", ph.full))
    doc.put("  药品外观完好、批号一致，同意退药，审核日期 ", k.zdp(c, d, "md"), "\n")
    if c.chance(0.4):
        doc.put("药剂科传真：", P("FAX", k.landline(c, a)), "\n")
    return doc


def chufang_dianping(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    d = k.day(c)
    p1, p2 = k.znames(c, 2)
    doc = Doc().put(P("HOSPITAL", hosp), " 药学部 门诊处方点评工作表\n点评日期：", k.zdp(c, d), "  点评药师：", P("NAME_CLINICIAN", p1.full), "、", P("NAME_CLINICIAN", p2.full), "\n")
    doc.put("序号|处方号|门诊号|患者|年龄|诊断|药品及用法|开方医师|点评结果\n")
    cases = (("⟦fi|慢性肾脏病4期⟧", "⟦dr|二甲双胍片⟧ ⟦do|0.5g tid⟧", "不适宜：⟦lab|肌酐清除率 {v} ml/min⟧，禁用"), ("⟦ep|帕金森病⟧", "⟦dr|多巴丝肼片⟧ ⟦do|125mg tid⟧ + ⟦dr|甲氧氯普胺片⟧ ⟦do|10mg tid⟧", "不适宜：联用拮抗多巴胺"), ("⟦fi|细菌性结膜炎⟧", "⟦dr|左氧氟沙星滴眼液⟧ ⟦do|1滴 qid⟧ ⟦an|左眼⟧", "合理"), ("维持性⟦pr|血液透析⟧", "⟦dr|碳酸司维拉姆片⟧ ⟦do|0.8g tid⟧", "合理：⟦lab|血磷 {p} mmol/L⟧"), ("⟦fi|上呼吸道感染⟧", "⟦dr|阿奇霉素片⟧ ⟦do|0.5g qd⟧ ⟦me|体重 {w}kg⟧", "超常规：无适应证使用抗菌药"))
    picked = c.sample(cases, c.ri(3, 5))
    for i in range(len(picked)):
        p = k.zname(c)
        age = k.zage(c, 0.12, 3, 88)
        dx, drug, res = picked[i]
        res = res.format(v=c.ri(15, 29), p=c.fl(1.8, 2.6), w=c.ri(40, 80))
        drug = drug.format(v=0, p=0, w=c.ri(40, 80))
        md = k.zname(c)
        doc.put(f"{i + 1}|", P("OTHER_ID", f"{d:%Y%m%d}{c.digits(5)}"), "|", P("MRN", k.mzno(c)), "|", P("NAME_PATIENT", p.full), "|", k.age_p(age), f"|{dx}|{drug}|", P("NAME_CLINICIAN", md.full), f"|{res}\n")
    doc.put(f"本次抽查处方 {c.ri(40, 60)} 张，不合理处方 ", str(c.ri(3, 9)), " 张，反馈至医务处。\n")
    return doc


def jiabao_yanshang(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    pat = k.zname(c, "F") if c.chance(0.8) else k.zname(c, "M")
    d = k.day(c)
    age = c.ri(19, 78)
    md = k.zname(c)
    sp = k.zname(c, "M" if pat.sex == "F" else "F")
    doc = Doc().put(P("HOSPITAL", hosp), " 急诊科\n家庭暴力受害人诊疗记录（验伤）\n")
    doc.put("就诊日期：", k.zdp(c, d), f" {c.ri(0, 23):02d}:{c.ri(10, 59)}  门诊号：", P("MRN", k.mzno(c)), "\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), f"  {_sex(pat)}  {age}岁  身份证：", P("ID_CARD", k.id_card(c, a, k.born(c, age, d), pat.sex)), "\n")
    doc.put("住址：", k.zh_addr(c, a), ["  邮编 ", P("POSTCODE", a.post)] if c.chance(0.5) else "", "  电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.6):
        doc.put("工作单位：", P("WORKPLACE", c.ch(EMPLOYERS_ZH) if c.chance(0.5) else f"{a.city}{c.ch(EMPLOYERS_ZH)}"), "\n")
    if c.chance(0.2):
        doc.put("邮箱：", P("EMAIL", f"{c.token(6).lower()}{c.ri(10, 99)}@{c.ch(('qq.com', '163.com'))}"), "\n")
    doc.put("自述：", k.zdp(c, d, "md"), "晚在家中被配偶", P("NAME_RELATIVE", sp.full), "拳打脚踢，以往有类似情况。陪同人：", P("NAME_RELATIVE", k.zname(c).full), "（朋友）\n")
    inj = c.ch((("左侧眼眶", "左眼眶周围软组织挫伤", "眼眶CT"), ("右前臂", "右尺骨骨折", "右前臂X线"), ("头部", "头皮血肿", "头颅CT"), ("胸部", "右侧第6肋骨骨折", "胸部CT")))
    doc.put(f"查体：⟦an|{inj[0]}⟧ 见 ⟦me|{c.fl(2.0, 6.5)}cm×{c.fl(1.0, 4.0)}cm⟧ 瘀斑；诊断 ⟦fi|{inj[1]}⟧；⟦pr|{inj[2]}⟧ 影像号 ", P("ACCESSION", f"CT{c.digits(9)}") if c.chance(0.6) else "待出", "\n")
    doc.put(f"处理：⟦dr|破伤风抗毒素⟧ ⟦do|1500IU⟧ 肌注；⟦lab|血红蛋白 {c.ri(98, 138)} g/L⟧；伤处拍照 {c.ri(4, 12)} 张存档；⟦ep|Glasgow评分⟧15分\n")
    doc.put("报警回执/告诫书编号：", P("OTHER_ID", f"{a.code[:4]}{d.year}{c.digits(6)}"), "；已告知可申请人身安全保护令，转介妇联", ["（传真 ", P("FAX", k.landline(c, a)), "）"] if c.chance(0.6) else "", "。\n")
    doc.put("接诊医师：", P("NAME_CLINICIAN", md.full), "  执业证书编号：", P("LICENSE", k.zhiye(c)), "\n")
    return doc


def canji_pingding(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    pat = k.zname(c)
    d = k.day(c)
    age = c.ri(6, 80)
    dob = k.born(c, age, d)
    idc = k.id_card(c, a, dob, pat.sex)
    md = k.zname(c)
    kind = c.ch(("肢体", "听力", "视力"))
    doc = Doc().put("残疾评定表（", kind, "）\n评定机构：", P("HOSPITAL", hosp), "  评定日期：", k.zdp(c, d), "\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), f"  性别：{_sex(pat)}  出生日期：", k.zdp(c, dob), "  身份证号：", P("ID_CARD", idc), "\n")
    doc.put("户籍地址：", k.zh_addr(c, a), "  邮编：", P("POSTCODE", a.post), "\n")
    if age < 18 or c.chance(0.3):
        rel, kp = k.zkin(c, pat, age > 70)
        if age < 18:
            rel = c.ch(("父亲", "母亲"))
            kp = k.zname(c, "M" if rel == "父亲" else "F")
            kp = k.ZN(pat.sur, kp.given, kp.sex) if rel == "父亲" and kp.given != pat.given else kp
        doc.put("监护人/联系人：", P("NAME_RELATIVE", kp.full), f"（{rel}）  电话：", P("PHONE", k.mobile(c)), "\n")
    else:
        doc.put("联系电话：", P("PHONE", k.mobile(c)), "\n")
    if age >= 18 and c.chance(0.5):
        doc.put("就业单位：", P("WORKPLACE", c.ch(EMPLOYERS_ZH)), "\n")
    if c.chance(0.3):
        doc.put("电子邮箱：", P("EMAIL", f"{c.token(8).lower()}@{c.ch(('qq.com', '126.com'))}"), "\n")
    if kind == "肢体":
        doc.put(f"评定所见：⟦fi|脑梗死后遗症⟧，⟦an|右侧上下肢⟧ ⟦ep|Brunnstrom分期⟧III期，⟦me|肌力3级⟧；长期服用 ⟦dr|阿司匹林肠溶片⟧ ⟦do|100mg qd⟧；⟦lab|低密度脂蛋白 {c.fl(1.6, 3.9)} mmol/L⟧；⟦pr|头颅MRI⟧ 示陈旧梗死灶\n")
    elif kind == "听力":
        doc.put(f"评定所见：⟦fi|双侧极重度感音神经性聋⟧，⟦an|右耳⟧ ⟦me|平均听阈 {c.ri(91, 110)}dB HL⟧，⟦pr|人工耳蜗植入术⟧后；⟦ep|Mondini畸形⟧；曾用 ⟦dr|甲泼尼龙⟧ ⟦do|40mg qd⟧；⟦lab|TSH {c.fl(0.8, 4.2)} mIU/L⟧\n")
        if c.chance(0.7):
            doc.put("人工耳蜗植入体序列号：", P("DEVICE", f"{c.digits(3)}{c.letters(1)}{c.digits(5)}"), "\n")
    else:
        doc.put(f"评定所见：⟦fi|视网膜色素变性⟧，⟦an|双眼⟧ ⟦me|最佳矫正视力 0.0{c.ri(2, 5)}⟧，⟦pr|视野检查⟧ 管状视野；⟦ep|Usher综合征⟧待排；⟦dr|维生素A⟧ ⟦do|1.5万IU qd⟧；⟦lab|空腹血糖 {c.fl(4.5, 6.8)} mmol/L⟧\n")
    lvl = c.ri(1, 4)
    doc.put(f"评定结论：{kind}残疾 {'一二三四'[lvl - 1]}级\n")
    doc.put("评定医师：", P("NAME_CLINICIAN", md.full), "  执业证书编号：", P("LICENSE", k.zhiye(c)), "\n")
    doc.put("残疾人证号（办证后填写）：", P("OTHER_ID", f"{idc}{ {'视力': 1, '听力': 2, '肢体': 4}[kind]}{lvl}"), "\n")
    doc.put("区残联 传真：", P("FAX", k.landline(c, a)), "\n")
    return doc


def shualian_rizhi(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    pat = k.zname(c)
    d = k.day(c)
    age = c.ri(18, 88)
    ip = f"10.{c.ri(1, 250)}.{c.ri(1, 250)}.{c.ri(2, 250)}"
    ts = f"{d.isoformat()}T{c.ri(8, 16):02d}:{c.ri(10, 59)}:{c.ri(10, 59)}"
    doc = Doc().put("[", P("DATE", d.isoformat()), f" {ts[11:]}] face-terminal FT-{c.digits(4)} ip=", P("IP", ip), " org=", P("HOSPITAL", hosp), "\n")
    doc.put("event=医保刷脸核验 psn_name=", P("NAME_PATIENT", pat.full), " certno=", P("ID_CARD", k.id_card(c, a, k.born(c, age, d), pat.sex)))
    doc.put(" psn_no=", P("INSURANCE", f"{a.code[:6]}{c.digits(14, False)}"), " insutype=310 liveness=0.9", c.digits(2, False), " result=通过\n")
    if c.chance(0.5):
        doc.put("event=face_img url=", P("URL", f"https://ybfacepay.{c.ch(('hsa', 'ybj'))}.gov.cn/img/{c.token(20)}"), "\n")
    dx = c.ch((("高血压病3级", "硝苯地平控释片", "30mg qd", "血钾 3.6 mmol/L", "颈动脉"), ("2型糖尿病", "门冬胰岛素注射液", "8U tid", "糖化血红蛋白 8.3%", "双足"), ("慢性阻塞性肺疾病", "噻托溴铵粉吸入剂", "18μg qd", "血氧分压 62 mmHg", "双肺")))
    doc.put("event=门诊慢特病结算 mdtrt_id=", P("ACCOUNT", f"{a.code[:4]}{c.digits(14)}"), " mz=", P("MRN", k.mzno(c)), f" diag=⟦fi|{dx[0]}⟧ drug=⟦dr|{dx[1]}⟧ ⟦do|{dx[2]}⟧ lab=⟦lab|{dx[3]}⟧\n")
    doc.put(f"备注：慢特病备案另含 ⟦ep|帕金森病⟧，⟦pr|血液透析⟧ 不在本次结算；查体 ⟦an|{dx[4]}⟧ 无异常，⟦me|血压 {c.ri(120, 170)}/{c.ri(70, 100)}mmHg⟧\n")
    doc.put("[", P("DATE", d.isoformat()), "] 手机号 ", P("PHONE", k.mobile(c)), " 已推送电子结算单；操作员 ", P("NAME_CLINICIAN", k.zname(c).full), "\n")
    return doc

# fmt: on

TEMPLATES = [
    ("zh33_qiangjiu_jilu", qiangjiu_jilu),
    ("zh33_tuiyao_shenqing", tuiyao_shenqing),
    ("zh33_chufang_dianping", chufang_dianping),
    ("zh33_jiabao_yanshang", jiabao_yanshang),
    ("zh33_canji_pingding", canji_pingding),
    ("zh33_shualian_rizhi", shualian_rizhi),
]
