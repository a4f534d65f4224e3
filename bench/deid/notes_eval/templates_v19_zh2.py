"""v19 Chinese templates, part 2 (six document types)."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import _v19_kit as k
from _v19_kit import Doc, P

# Document text and value pools are laid out by hand:
# fmt: off

__all__ = ["TEMPLATES_B"]


def pn(c, name: str, cat: str = "NAME_PATIENT") -> P:
    return P(cat, f"{name[0]} {name[1]}" if len(name) == 2 and c.chance(0.25) else name)


def vte(c):
    """静脉血栓栓塞症（VTE）风险评估表（Caprini）"""
    d, g = Doc(), k.geo(c)
    name = k.zname(c)
    old = c.chance(0.45)
    age = c.ri(90, 99) if old else c.ri(41, 88)
    t = k.rdate(c, 2024, 2025)
    d.put(P("HOSPITAL", k.zhosp(c, g)), "\n住院患者静脉血栓栓塞症（VTE）风险评估表\n")
    d.put("姓名：", pn(c, name), "　年龄：", [P("AGE_OVER_89", str(age)), "岁"] if old else f"{age}岁", "　住院号：", P("MRN", c.digits(7)), "　床号：", c.ri(1, 60), "\n")
    d.put("评估时机：", c.pick("入院24h内", "术后", "转科"), "　评估日期：", k.zd(c, t), "\n\n")
    d.put("⟦ep|Caprini评分⟧条目：\n")
    d.put("□ 年龄≥75岁（3分）  □ ", c.pick("⟦pr|髋关节置换术⟧", "⟦pr|腹腔镜胆囊切除术⟧", "⟦pr|股骨粗隆间骨折闭合复位内固定术⟧"), "（5分）\n")
    d.put("□ ⟦fi|下肢静脉曲张⟧  □ 卧床>72h  □ ⟦fi|恶性肿瘤⟧\n")
    d.put("合计：⟦me|Caprini评分7分⟧（极高危）　⟦lab|D-二聚体 2.8mg/L⟧\n")
    d.put("出血风险：", c.pick("低", "高（⟦lab|血小板 62×10^9/L⟧）"), "\n预防措施：⟦dr|依诺肝素⟧⟦do|4000IU 皮下注射 qd⟧；间歇充气加压泵")
    if c.chance(0.4):
        d.put("（患者自带，序列号", P("DEVICE", k.serial(c)), "）")
    d.put("\n⟦pr|下肢静脉彩超⟧检查号：", P("ACCESSION", f"US{c.digits(9)}"), "\n")
    d.put("结算单号：", P("ACCOUNT", c.digits(12)), "　医保卡号：", P("INSURANCE", k.zins(c)), "\n")
    nurse = k.zname(c)
    d.put("评估护士：", P("NAME_CLINICIAN", nurse) if c.chance(0.6) else [P("NAME_CLINICIAN", k.sur(nurse)), "护士"], "　复核医师：", P("NAME_CLINICIAN", k.zname(c)), "　护士长：", P("NAME_CLINICIAN", k.sur(k.zname(c))), "护士长\n")
    if old and c.chance(0.5):
        d.put("备注：家属诉老人“", P("AGE_OVER_89", str(age)), "了还天天下楼”，已宣教防跌倒。\n")
    return d


def iud(c):
    """宫内节育器放置术记录"""
    d, g = Doc(), k.geo(c)
    name = k.zname(c, c.pick("c", "c", "m", "r"))
    born = k.zdob(c, 22, 44)
    t = k.rdate(c, 2024, 2025)
    d.put(P("HOSPITAL", k.zhosp(c, g)), "计划生育门诊\n宫内节育器放置术记录\n\n")
    d.put("姓名：", pn(c, name), "　出生日期：", k.zd(c, born), "　门诊号：", P("MRN", c.digits(9)), "\n")
    d.put("身份证号：", P("ID_CARD", k.idcard(c, born, "F")), "\n工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    d.put("现住址：", k.zaddr(c, g), "　邮编：", k.zzip(c, g), "\n丈夫：", P("NAME_RELATIVE", k.zname(c)), "　电话：", P("PHONE", k.mobile(c)), "\n\n")
    d.put("孕产史：G", c.ri(1, 4), "P", c.ri(1, 2), "，末次月经", k.zd(c, t - k.dt.timedelta(days=c.ri(3, 7)), "md"), "\n")
    d.put("术前检查：⟦lab|白带常规清洁度Ⅱ度⟧，⟦lab|尿HCG阴性⟧，⟦an|子宫⟧前位，⟦me|宫腔深7.5cm⟧\n")
    d.put("手术日期：", k.zd(c, t), "\n节育器：", c.pick("⟦dr|含铜宫内节育器⟧（TCu380A）", "⟦dr|左炔诺孕酮宫内缓释系统⟧", "⟦dr|吉妮环⟧"), "，批号", c.digits(8), "\n")
    d.put("术中⟦dr|利多卡因⟧⟦do|2% 5ml⟧宫颈旁阻滞，过程顺利，出血约⟦me|5ml⟧。\n")
    d.put("术者：", P("NAME_CLINICIAN", k.zname(c)), "　执业证书编号：", P("LICENSE", k.zlic(c)), "　助手：", P("NAME_CLINICIAN", k.sur(k.zname(c))), "护士\n")
    d.put("术后1、3、6个月复查⟦pr|盆腔超声⟧。\n")
    return d


def sanfu(c):
    """三伏天穴位贴敷登记表（导出CSV，多名患者）"""
    d, g = Doc(), k.geo(c)
    t = k.rdate(c, 2025, 2025)
    d.put("# ", P("HOSPITAL", k.zhosp(c, g)), "治未病中心 三伏贴登记导出 ", k.zd(c, t, "iso"), " 终端IP=", P("IP", k.ip(c)), "\n")
    d.put("序号,姓名,性别,年龄,就诊卡号,手机,证件,伏次,穴位,皮肤反应,登记人\n")
    for i in range(c.ri(3, 5)):
        old = c.chance(0.25)
        age = c.ri(90, 97) if old else c.ri(4, 80)
        sex = c.pick("M", "F")
        nm = P("NAME_PATIENT", k.latin(c)) if c.chance(0.15) else pn(c, k.zname(c))
        doc = (["护照 ", P("PASSPORT", k.zpassport(c)[1])] if c.chance(0.25) else ["身份证 ", P("ID_CARD", k.idcard(c, k.zdob(c, age, age), sex))])
        nurse = k.zname(c)
        d.put(i + 1, ",", nm, ",", "男" if sex == "M" else "女", ",", P("AGE_OVER_89", str(age)) if old else str(age), ",", P("ACCOUNT", c.digits(10)), ",", P("PHONE", k.mobile(c)), ",", doc, ",", c.pick("初伏", "中伏", "末伏"), ",", c.pick("⟦an|肺俞⟧", "⟦an|大椎⟧", "⟦an|膻中⟧"), ",", c.pick("无", "轻度潮红", "⟦fi|水疱⟧"), ",", [P("NAME_CLINICIAN", k.sur(nurse)), "护士"] if c.chance(0.5) else P("NAME_CLINICIAN", nurse), "\n")
    d.put("# 适应证：⟦fi|慢性支气管炎⟧、⟦fi|过敏性鼻炎⟧；药物：⟦dr|白芥子⟧、⟦dr|细辛⟧、⟦dr|延胡索⟧；敷贴⟦do|4-6小时⟧\n")
    return d


def pca(c):
    """术后镇痛随访记录"""
    d, g = Doc(), k.geo(c)
    name = k.zname(c)
    t = k.rdate(c, 2024, 2025)
    anes = k.zname(c)
    d.put(P("HOSPITAL", k.zhosp(c, g)), "麻醉科\n术后镇痛（PCA）随访记录\n\n")
    d.put("姓名：", pn(c, name), "　住院号：", P("MRN", c.digits(8)), "　科室：", c.pick("骨科", "胃肠外科", "妇科"), "\n")
    d.put("手术：", c.pick("⟦pr|全膝关节置换术⟧", "⟦pr|腹腔镜下右半结肠切除术⟧", "⟦pr|子宫全切术⟧"), "　手术日期：", k.zd(c, t), "\n")
    d.put("镇痛泵：电子镇痛泵，序列号", P("DEVICE", k.serial(c)), "\n配方：⟦dr|舒芬太尼⟧⟦do|100μg⟧+⟦dr|托烷司琼⟧⟦do|5mg⟧，背景⟦do|2ml/h⟧\n\n")
    d.put("时间 | ⟦ep|Ramsay镇静评分⟧ | VAS（静/动） | 不良反应 | 随访者\n")
    for i in range(c.ri(2, 4)):
        d.put(k.zd(c, t + k.dt.timedelta(days=i + 1), "md"), f" | {c.ri(1, 3)}分 | ⟦me|VAS {c.ri(0, 3)}/{c.ri(2, 6)}分⟧ | ", c.pick("无", "⟦fi|恶心⟧", "⟦fi|尿潴留⟧"), " | ", [P("NAME_CLINICIAN", k.sur(anes)), "医生"] if c.chance(0.5) else P("NAME_CLINICIAN", anes), "\n")
    d.put("\n陪护家属", P("NAME_RELATIVE", k.zname(c)), "反映夜间按压", c.ri(2, 9), "次。电话", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.4):
        d.put("出院接送车辆：", P("VEHICLE", k.zplate(c)), "（家属已登记）\n")
    d.put("撤泵时间：", k.zd(c, t + k.dt.timedelta(days=3), c.pick("md", "cn")), "　签名：", P("NAME_CLINICIAN", k.zname(c)), "\n")
    return d


def refill(c):
    """互联网医院复诊续方申请单"""
    d, g = Doc(), k.geo(c)
    name, sex = k.zname(c), c.pick("M", "F")
    born = k.zdob(c, 30, 86)
    t = k.rdate(c, 2025, 2025)
    d.put(P("HOSPITAL", k.zhosp(c, g)), "互联网医院\n复诊续方申请单\n问诊单号：", P("ACCOUNT", f"WZ{c.digits(14)}"), "　提交时间：", k.zd(c, t, c.pick("iso", "cn")), "\n")
    d.put("提交终端IP：", P("IP", k.ip(c)), "\n\n申请人：", pn(c, name) if c.chance(0.85) else P("NAME_PATIENT", k.latin(c)), "　证件：")
    if c.chance(0.3):
        kind, num = k.zpassport(c)
        d.put(kind, " ", P("PASSPORT", num))
    else:
        d.put("身份证 ", P("ID_CARD", k.idcard(c, born, sex)))
    d.put("\n医保个人编号：", P("INSURANCE", k.zins(c)), "　门诊号：", P("MRN", c.digits(9)), "\n")
    d.put("线下首诊：", k.zd(c, k.rdate(c, 2024, 2024)), "，诊断", c.pick("⟦fi|原发性高血压⟧", "⟦fi|2型糖尿病⟧", "⟦fi|冠状动脉粥样硬化性心脏病⟧"), "\n")
    d.put("续方药品：", c.pick("⟦dr|苯磺酸氨氯地平片⟧⟦do|5mg qd⟧", "⟦dr|二甲双胍缓释片⟧⟦do|0.5g bid⟧", "⟦dr|阿托伐他汀钙片⟧⟦do|20mg qn⟧"), " ×", c.pick(28, 30, 60), "天\n")
    d.put("近期自测：⟦me|血压132/84mmHg⟧\n处方编号：", P("OTHER_ID", f"CF{c.digits(12)}"), "　开方医师：", P("NAME_CLINICIAN", k.zname(c)), "（", P("LICENSE", k.zlic(c)), "）\n")
    d.put("审方药师：", P("NAME_CLINICIAN", k.zname(c)), "　配送药店：", P("HOSPITAL", k.zhosp(c, g, "pharm")), "　药店传真：", P("FAX", k.landline(c)), "\n")
    g2 = k.geo(c)
    d.put("收货地址：", k.zaddr(c, g2), "　邮编：", k.zzip(c, g2), "\n收货电话：", P("PHONE", k.mobile(c)), "　邮箱：", P("EMAIL", f"{c.digits(9)}@{c.pick('qq.com', '139.com', 'sina.com')}"), "\n")
    d.put("物流查询：", P("URL", f"https://wl.{c.pick('ihosp', 'hlwyy')}.cn/track/{c.token(10)}"), "\n")
    return d


def health_edu(c):
    """住院患者健康教育记录单"""
    d, g = Doc(), k.geo(c)
    name = k.zname(c, c.pick("c", "r", "cp", "m"))
    t = k.rdate(c, 2024, 2025)
    fam = k.zname(c, "c")
    old = c.chance(0.35)
    d.put(P("HOSPITAL", k.zhosp(c, g)), "\n住院患者健康教育记录单\n姓名：", pn(c, name), "　住院号：", P("MRN", c.digits(7)), "　年龄：", [P("AGE_OVER_89", str(c.ri(90, 101))), "岁"] if old else f"{c.ri(18, 88)}岁", "　入院日期：", k.zd(c, t), "\n")
    d.put("主要照护者：", c.pick([P("NAME_RELATIVE", fam)], ["老", P("NAME_RELATIVE", k.sur(fam))], ["小", P("NAME_RELATIVE", k.sur(fam))]), "（", c.pick("老伴", "儿媳", "孙子", "护工"), "）\n\n")
    d.put("日期 | 教育内容 | 方式 | 效果 | 护士\n")
    items = ["⟦dr|胰岛素⟧注射方法及⟦do|8U 餐前皮下注射⟧", "⟦fi|低血糖⟧识别与处理", "⟦pr|经外周静脉穿刺中心静脉置管⟧维护", "⟦ep|Braden评分⟧与防压疮", "⟦fi|跌倒⟧预防", "⟦lab|糖化血红蛋白 8.1%⟧的意义"]
    for i, it in enumerate(c.sample(items, 3)):
        nurse = k.zname(c)
        d.put(k.zd(c, t + k.dt.timedelta(days=i), "md"), " | ", it, " | ", c.pick("讲解", "示范", "发放手册"), " | ", c.pick("掌握", "部分掌握", "需强化"), " | ", [P("NAME_CLINICIAN", k.sur(nurse)), "护士"] if c.chance(0.5) else P("NAME_CLINICIAN", nurse), "\n")
    d.put("\n出院随访电话：", P("PHONE", k.mobile(c)), "　随访小程序：", P("URL", f"https://sf.{c.pick('hlb', 'nurse')}.cn/p/{c.token(8)}"), "\n")
    d.put("出院接送车辆车牌：", P("VEHICLE", k.zplate(c)), "　责任护士：", P("NAME_CLINICIAN", k.zname(c)), "　", P("NAME_CLINICIAN", k.sur(k.zname(c))), "主任已阅\n")
    return d


TEMPLATES_B = [("zh19_vte", vte), ("zh19_iud", iud), ("zh19_sanfu", sanfu), ("zh19_pca", pca), ("zh19_refill", refill), ("zh19_health_edu", health_edu)]
