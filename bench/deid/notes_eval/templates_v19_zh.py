"""v19 Chinese templates, part 1 (six document types); part 2 is templates_v19_zh2.py."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import _v19_kit as k
from _v19_kit import Doc, P

# Document text and value pools are laid out by hand:
# fmt: off

__all__ = ["TEMPLATES"]


def pad(name: str) -> str:
    return f"{name[0]} {name[1]}" if len(name) == 2 else name


def pn(c, name: str, cat: str = "NAME_PATIENT") -> P:
    return P(cat, pad(name) if c.chance(0.25) else name)


def restraint(c):
    """保护性约束知情同意书及观察记录"""
    d, g = Doc(), k.geo(c)
    name, sex = k.zname(c), c.pick("M", "F")
    fam, doc = k.zname(c), k.zname(c)
    t = k.rdate(c, 2023, 2025)
    d.put(P("HOSPITAL", k.zhosp(c, g)), "\n保护性约束知情同意书及观察记录\n\n")
    d.put("姓名：", pn(c, name), "　性别：", "男" if sex == "M" else "女", "　住院号：", P("MRN", c.digits(7)), "　床号：", c.ri(1, 48), "\n")
    d.put("诊断：", c.pick("⟦fi|谵妄⟧", "⟦fi|精神分裂症⟧急性发作", "⟦fi|酒精戒断综合征⟧", "⟦fi|重型颅脑损伤⟧术后躁动"), "\n")
    d.put("约束原因：患者躁动，反复拔除", c.pick("⟦pr|气管插管⟧", "⟦pr|胃管⟧", "⟦pr|中心静脉导管⟧"), "，经⟦dr|右美托咪定⟧⟦do|0.4μg/(kg·h)⟧镇静效果欠佳。\n")
    d.put("约束部位：", c.pick("⟦an|双上肢⟧", "⟦an|双腕⟧及⟦an|双踝⟧", "⟦an|胸部⟧"), "　约束工具：约束带\n\n")
    d.put("监护人意见：同意。签名：", P("NAME_RELATIVE", fam), "　与患者关系：", c.pick("配偶", "儿子", "女儿", "母亲"), "\n")
    d.put("身份证号：", P("ID_CARD", k.idcard(c, k.zdob(c), c.pick("M", "F"))), "　联系电话：", P("PHONE", k.mobile(c)), "\n")
    d.put("医师签名：", P("NAME_CLINICIAN", doc), "　执业证书编号：", P("LICENSE", k.zlic(c)), "　日期：", k.zd(c, t), "\n\n")
    d.put("观察记录（每2小时）\n时间 | 约束部位皮肤 | 末梢循环 | 是否松解 | 签名\n")
    for i in range(c.ri(3, 5)):
        nurse = k.zname(c)
        sig = [P("NAME_CLINICIAN", k.sur(nurse)), "护士"] if c.chance(0.5) else [P("NAME_CLINICIAN", nurse)]
        d.put(f"{(8 + 2 * i) % 24:02d}:00 | ", c.pick("完整", "轻度发红"), " | 良好 | ", c.pick("是", "否"), " | ", sig, "\n")
    d.put("⟦me|RASS评分-1分⟧，⟦me|血压138/82mmHg⟧。", k.zd(c, t, "md"), "解除约束，报告", P("NAME_CLINICIAN", k.sur(doc)), "主任。\n")
    return d


def ethics(c):
    """临床伦理咨询记录（高龄患者，子女意见不一）"""
    d, g = Doc(), k.geo(c)
    name = k.zname(c, c.pick("c", "r", "cp"))
    age = c.ri(90, 106)
    son, dau = k.zname(c), k.zname(c)
    t = k.rdate(c, 2024, 2025)
    d.put(P("HOSPITAL", k.zhosp(c, g)), "医学伦理委员会\n临床伦理咨询记录\n咨询日期：", k.zd(c, t), "　申请科室：", c.pick("老年医学科", "重症医学科", "肾内科"), "\n\n")
    d.put("患者", pn(c, name), "，", c.pick(["", P("AGE_OVER_89", str(age)), "岁"], ["年龄", P("AGE_OVER_89", str(age)), "周岁"]), "，住院号", P("MRN", c.digits(8)), "。\n")
    d.put("病情：", c.pick("⟦fi|慢性肾衰竭⟧（尿毒症期），⟦lab|血肌酐812μmol/L⟧", "⟦fi|重症肺炎⟧合并⟦fi|呼吸衰竭⟧，⟦lab|氧合指数126⟧", "⟦ep|阿尔茨海默病⟧晚期，⟦fi|吞咽困难⟧"), "。\n")
    d.put("伦理问题：是否为患者实施", c.pick("⟦pr|血液透析⟧", "⟦pr|气管切开⟧", "⟦pr|经皮内镜下胃造瘘⟧"), "。\n")
    d.put("家属意见：长子", P("NAME_RELATIVE", son), "（电话", P("PHONE", k.mobile(c)), "）坚持积极治疗；女儿", P("NAME_RELATIVE", dau), "称“我妈", c.pick(["", P("AGE_OVER_89", str(age - 1)), "岁那年就说过不插管”"], ["过了", P("AGE_OVER_89", str(age - 2)), "就交代过不要折腾”"]), "。\n")
    if c.chance(0.5):
        d.put("邻居", c.pick(["老", P("NAME_RELATIVE", k.sur(k.zname(c, "c")))], [P("NAME_RELATIVE", k.sur(k.zname(c, "c"))), "阿姨"]), "作为长期照护人亦到场。\n")
    d.put("参加人员：", P("NAME_CLINICIAN", k.zname(c)), "（伦理委员会）、", P("NAME_CLINICIAN", k.sur(k.zname(c))), "主任、主管医师", P("NAME_CLINICIAN", k.zname(c)), "、社工。\n")
    d.put("咨询意见：尊重患者既往明确表达的意愿，建议以舒适照护为主，⟦dr|吗啡⟧⟦do|2.5mg皮下注射⟧按需。\n记录人：", P("NAME_CLINICIAN", k.zname(c)), "\n")
    return d


def remains(c):
    """遗体交接登记单"""
    d, g = Doc(), k.geo(c)
    name, sex = k.zname(c), c.pick("M", "F")
    old = c.chance(0.6)
    age = c.ri(90, 103) if old else c.ri(40, 88)
    born = k.zdob(c, age, age)
    t = k.rdate(c, 2023, 2025)
    d.put(P("HOSPITAL", k.zhosp(c, g)), "\n遗体交接登记单　编号：", P("OTHER_ID", f"YT{t.year}{c.digits(5)}"), "\n\n")
    d.put("逝者姓名：", pn(c, name), "　性别：", "男" if sex == "M" else "女", "　年龄：", [P("AGE_OVER_89", str(age)), "岁"] if old else f"{age}岁", "\n")
    d.put("身份证号：", P("ID_CARD", k.idcard(c, born, sex)), "\n住院号：", P("MRN", c.digits(7)), "　死亡时间：", k.zd(c, t), f" {c.ri(0, 23):02d}:{c.ri(0, 59):02d}\n")
    d.put("死亡原因：", c.pick("⟦fi|急性心肌梗死⟧", "⟦fi|肺癌⟧晚期⟦fi|多器官功能衰竭⟧", "⟦fi|脑出血⟧"), "\n")
    d.put("居民死亡医学证明（推断）书编号：", P("OTHER_ID", c.letters(1) + c.digits(9)), "\n")
    d.put("户籍地址：", k.zaddr(c, g), "　邮编：", k.zzip(c, g), "\n")
    if c.chance(0.6):
        d.put("体内植入物：心脏起搏器，序列号", P("DEVICE", k.serial(c)), "，", c.pick("火化前已取出", "家属要求保留"), "\n")
    fam = k.zname(c)
    d.put("\n家属（领取人）：", P("NAME_RELATIVE", fam), "　关系：", c.pick("儿子", "女儿", "配偶", "外孙"), "　电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.4):
        kind, num = k.zpassport(c)
        d.put("证件：", kind, " ", P("PASSPORT", num), "\n")
    else:
        d.put("证件：身份证 ", P("ID_CARD", k.idcard(c, k.zdob(c), c.pick("M", "F"))), "\n")
    d.put("殡仪馆：", g[1], "殡仪馆　接运车牌：", P("VEHICLE", k.zplate(c)), "　传真：", P("FAX", k.landline(c)), "\n")
    d.put("病区交接护士：", P("NAME_CLINICIAN", k.zname(c)), "　太平间管理员：", P("NAME_CLINICIAN", k.sur(k.zname(c))), "师傅　交接日期：", k.zd(c, t, "md"), "\n")
    return d


def correction(c):
    """病历资料更正申请及处理单"""
    d, g = Doc(), k.geo(c)
    name, sex = k.zname(c), c.pick("M", "F")
    t = k.rdate(c, 2024, 2025)
    d.put(P("HOSPITAL", k.zhosp(c, g)), "医务科\n病历资料更正申请及处理单\n申请编号：", P("OTHER_ID", f"GZ-{t.year}-{c.digits(4)}"), "\n\n")
    d.put("患者姓名：", pn(c, name), "　身份证：", P("ID_CARD", k.idcard(c, k.zdob(c), sex)), "\n病案号：", P("MRN", c.digits(8)), "　就诊卡号：", P("ACCOUNT", c.digits(10)), "\n")
    d.put("联系电话：", P("PHONE", k.mobile(c)), "　邮箱：", P("EMAIL", f"{c.pick('lixq', 'zhang.wh', 'xq')}{c.digits(6)}@{c.pick('163.com', 'qq.com', '126.com')}"), "\n")
    if c.chance(0.5):
        kind, num = k.zpassport(c)
        d.put("代理人：", P("NAME_RELATIVE", k.zname(c)), "（", kind, " ", P("PASSPORT", num), "）\n")
    err, ok = c.ch([("⟦fi|乙型病毒性肝炎⟧", "⟦fi|乙肝病毒携带⟧"), ("⟦dr|青霉素⟧过敏", "⟦dr|头孢曲松⟧过敏"), ("⟦fi|2型糖尿病⟧", "⟦fi|糖耐量异常⟧")])
    d.put("申请更正内容：", k.zd(c, k.rdate(c, 2022, 2023)), "门诊病历记载", err, "，实际应为", ok, "，影响", c.pick("入职体检", "商业保险投保", "出国签证"), "。\n")
    d.put("线上提交：", P("URL", f"https://ywk.{c.pick('hosp', 'yy', 'rmyy')}.cn/gz/{c.token(8)}"), "　终端IP：", P("IP", k.ip(c)), "\n\n")
    d.put("处理意见：经核实原始记录及⟦lab|HBsAg阴性⟧等检验结果，", c.pick("同意以补充记录方式更正，原记录保留。", "不予更正，已告知申请人可提交异议说明。"), "\n")
    d.put("经治医师：", P("NAME_CLINICIAN", k.zname(c)), "　医务科：", P("NAME_CLINICIAN", k.sur(k.zname(c))), "科长　", k.zd(c, t), "\n医务科传真：", P("FAX", k.landline(c)), "\n")
    return d


def semen(c):
    """精液常规分析报告（输精管结扎术后复查）"""
    d, g = Doc(), k.geo(c)
    name = k.zname(c)
    t = k.rdate(c, 2024, 2025)
    d.put(P("HOSPITAL", k.zhosp(c, g)), "　男科实验室\n精液常规分析报告单\n\n")
    d.put("姓名：", pn(c, name), "　年龄：", c.ri(28, 52), "岁　门诊号：", P("MRN", c.digits(9)), "\n")
    d.put("标本号：", P("ACCESSION", f"JY{c.digits(8)}"), "　条码号：", P("ACCESSION", c.digits(12)), "\n")
    d.put("医保卡号：", P("INSURANCE", k.zins(c)), "　结算单号：", P("ACCOUNT", f"JS{c.digits(11)}"), "\n")
    d.put("临床诊断：⟦pr|输精管结扎术⟧后（", k.zd(c, k.rdate(c, 2023, 2024)), "）　禁欲天数：", c.ri(2, 7), "天\n")
    d.put("采集时间：", k.zd(c, t), "　送检医师：", P("NAME_CLINICIAN", k.zname(c)), "\n\n")
    d.put("项目　　　结果\n")
    d.put(f"精液量　　⟦me|{c.fl(1.2, 4.8)}ml⟧\n", f"⟦lab|pH值 {c.fl(7.2, 8.0)}⟧\n")
    d.put("离心沉淀镜检　", c.pick("⟦fi|未见精子⟧", "⟦fi|偶见不活动精子⟧", "⟦fi|可见活动精子⟧"), "\n")
    d.put("⟦lab|精浆果糖 阳性⟧\n\n检验者：", P("NAME_CLINICIAN", k.zname(c)), "　审核者：", P("NAME_CLINICIAN", k.zname(c)), "\n")
    d.put("报告日期：", k.zd(c, t, "md"), "　咨询电话：", P("PHONE", k.landline(c)), "　传真：", P("FAX", k.landline(c)), "\n")
    return d


def desens(c):
    """变应原特异性免疫治疗（脱敏）注射记录"""
    d, g = Doc(), k.geo(c)
    child = c.chance(0.4)
    name = k.zname(c)
    t = k.rdate(c, 2025, 2025)
    d.put(P("HOSPITAL", k.zhosp(c, g)), "变态反应科\n特异性免疫治疗注射记录卡\n\n")
    d.put("姓名：", pn(c, name), "　就诊卡号：", P("ACCOUNT", c.digits(10)), "　医保卡号：", P("INSURANCE", k.zins(c)), "\n")
    if child:
        d.put("小名：", P("NAME_PATIENT", c.ch(k.ZH_SMALL)), "　家长：", P("NAME_RELATIVE", k.zname(c)), "　家长工作单位：", c.ch(k.ZH_EMPLOYERS), "\n")
        d.put("本人学校：", g[1], "实验小学\n")
    d.put("工作单位：" if not child else "（成人陪同者）工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)) if not child else c.ch(k.ZH_EMPLOYERS), "\n")
    d.put("诊断：", c.pick("⟦fi|过敏性鼻炎⟧", "⟦fi|过敏性哮喘⟧"), "　变应原：", c.pick("⟦dr|粉尘螨⟧", "⟦dr|屋尘螨变应原制剂⟧", "⟦dr|蒿属花粉⟧"), "\n")
    d.put("注射前⟦lab|呼气峰流速 380L/min⟧\n\n日期 | 浓度 | 剂量 | 部位 | 局部反应 | 注射者\n")
    for i in range(c.ri(3, 5)):
        nurse = k.zname(c)
        d.put(k.zd(c, t + k.dt.timedelta(days=7 * i), c.pick("md", "dot")), f" | {c.pick('1号', '2号', '3号')} | ⟦do|{c.pick('0.1', '0.2', '0.4', '0.5')}ml 皮下注射⟧ | ", c.pick("⟦an|左上臂⟧", "⟦an|右上臂⟧"), " | ", c.pick("无", "⟦me|风团10mm⟧"), " | ", [P("NAME_CLINICIAN", k.sur(nurse)), "护士"] if c.chance(0.5) else P("NAME_CLINICIAN", nurse), "\n")
    d.put("\n注射后观察30分钟。主治医师：", P("NAME_CLINICIAN", k.zname(c)), "\n联系电话：", P("PHONE", k.mobile(c)), "　预约小程序：", P("URL", f"https://tm.{c.pick('allergy', 'bfk')}.cn/a/{c.token(9)}"), "\n")
    return d


from templates_v19_zh2 import TEMPLATES_B  # noqa: E402

TEMPLATES = [("zh19_restraint", restraint), ("zh19_ethics", ethics), ("zh19_remains", remains), ("zh19_correction", correction), ("zh19_semen", semen), ("zh19_desens", desens), *TEMPLATES_B]
