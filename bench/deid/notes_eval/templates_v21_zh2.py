"""v21 Chinese templates, part two (README.md "v21"): 气管切开居家护理指导记录, 发热门诊就诊登记,
糖尿病视网膜病变眼底照相筛查报告, 急性缺血性脑卒中静脉溶栓记录, 石膏固定护理记录, 毒蛇咬伤救治记录."""

# ruff: noqa: E501
# fmt: off

from __future__ import annotations

import _v21_kit as k
from _core import Doc, P

__all__ = ["TEMPLATES"]


def _agep(age, cn=False):
    v = k.cn_num(age) if cn else str(age)
    return P("AGE_OVER_89", v) if age > 89 else v


def qiqie(c):
    d = Doc()
    pl = k.place_zh(c)
    day = k.rday(c)
    old = c.chance(0.5)
    age = k.age90(c) if old else c.ri(35, 89)
    name, son = k.name_zh(c), k.name_zh(c, "han")
    d.put(P("HOSPITAL", k.hosp_zh(c, pl)), " 呼吸与危重症医学科\n气管切开患者居家护理指导记录\n")
    d.put("姓名：", P("NAME_PATIENT", name), "  年龄：", _agep(age), "岁  住院号：", P("MRN", c.digits(8)), "  医保卡号：", P("INSURANCE", c.digits(4) + c.letters(1) + c.digits(7)), "\n")
    d.put("居家地址：", k.addr_zh(pl), "（邮编", P("POSTCODE", pl["zip"]), "）\n出院日期：", P("DATE", k.date_zh(c, day)), "\n")
    d.put("诊断：⟦fi|缺氧缺血性脑病⟧，⟦pr|气管切开术⟧后；⟦fi|肺部感染⟧恢复期。\n")
    d.put("居家无创呼吸机序列号：", P("DEVICE", c.letters(3) + c.digits(7)), "；")
    if c.chance(0.5):
        d.put("电动吸痰器序列号：", P("DEVICE", c.digits(4) + c.letters(2) + c.digits(4)), "；")
    d.put("参数：⟦me|吸氧 2L/min⟧，⟦me|SpO2 95%⟧。\n")
    d.put("指导内容：1.⟦an|气管套管⟧内套管每日清洗消毒；2.吸痰负压⟦me|-150mmHg⟧；3.雾化⟦dr|乙酰半胱氨酸⟧ ⟦do|3ml bid⟧。\n")
    d.put("主要照护者：", P("NAME_RELATIVE", son), "（儿子），", P("PHONE", k.mobile(c)), "，已完成回示教。\n")
    if old:
        d.put("照护者说：“我爸", _agep(age, c.chance(0.5)), "了，只要他舒服就行。”\n")
    d.put("转介：", P("HOSPITAL", pl["street"][:3] + c.pick("社区卫生服务中心", "卫生院")), "（传真", P("FAX", k.landline(c)), "）\n责任护士：", P("NAME_CLINICIAN", k.surname_zh(c)), "护士    护士长：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "\n")
    return d


def fare(c):
    d = Doc()
    pl = k.place_zh(c)
    day = k.rday(c)
    name, comp = k.name_zh(c), k.name_zh(c, "han")
    d.put(P("HOSPITAL", k.hosp_zh(c, pl)), " 发热门诊就诊登记\n流调编号：", P("OTHER_ID", f"FR{c.digits(10)}"), "    门诊号：", P("MRN", c.digits(10)), "\n")
    d.put("姓名：", P("NAME_PATIENT", name), "    ")
    if c.chance(0.4):
        kind, num = k.passport_zh(c)
        d.put(kind, "：", P("PASSPORT", num))
    else:
        d.put("身份证：", P("ID_CARD", k.id_card_zh(c, pl["code"], k.dob_for(c, c.ri(18, 80), day), c.pick("M", "F"))))
    d.put("\n手机：", P("PHONE", k.mobile(c)), "    工作单位：", P("WORKPLACE", k.unit_zh(c, pl)), "\n现住址：", P("CITY", pl["city"]), P("ADDRESS_STREET", pl["street"]), "\n")
    d.put("就诊时间：", P("DATE", k.date_zh(c, day)), f" {c.ri(0, 23)}:{c.ri(10, 59)}\n主诉：发热2天，⟦me|体温 39.1℃⟧，咽痛。\n")
    d.put("检查：⟦lab|白细胞 12.4×10^9/L⟧，⟦lab|C反应蛋白 46 mg/L⟧，血常规条码", P("ACCESSION", "B" + c.digits(11)), "；⟦lab|甲型流感病毒抗原阳性⟧。\n")
    d.put("诊断：⟦fi|甲型流行性感冒⟧。处理：⟦dr|奥司他韦⟧ ⟦do|75mg bid⟧×5天。结算单号：", P("ACCOUNT", c.digits(14)), "\n")
    d.put("陪同人：", P("NAME_RELATIVE", comp), "（同事）")
    if c.chance(0.6):
        d.put("，自驾车牌", P("VEHICLE", k.plate_zh(c, pl)))
    d.put("。\n接诊医生：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "    复核：", P("NAME_CLINICIAN", k.surname_zh(c)), "主任\n")
    return d


def yandi(c):
    d = Doc()
    pl = k.place_zh(c)
    day = k.rday(c)
    old = c.chance(0.3)
    age = k.age90(c) if old else c.ri(38, 86)
    d.put(P("HOSPITAL", k.hosp_zh(c, pl)), " 眼科\n糖尿病视网膜病变（眼底照相）筛查报告\n检查号：", P("ACCESSION", "FP" + c.digits(9)), "    门诊号：", P("MRN", c.digits(9)), "\n")
    d.put("姓名：", P("NAME_PATIENT", k.name_zh(c)), "  年龄：", _agep(age), "岁  送检单位：", P("HOSPITAL", pl["street"][:3] + "社区卫生服务中心"), "（传真", P("FAX", k.landline(c)), "）\n")
    d.put("拍摄日期：", P("DATE", k.date_zh(c, day)), "  上传终端：", P("IP", k.ip4(c)), "\n病史：⟦fi|2型糖尿病⟧", c.ri(3, 20), "年，⟦lab|糖化血红蛋白 8.4%⟧，⟦dr|二甲双胍⟧ ⟦do|0.5g tid⟧。\n")
    d.put("所见：⟦an|右眼⟧后极部见⟦fi|微血管瘤⟧及⟦fi|硬性渗出⟧；⟦an|左眼⟧未见明显异常。\n")
    d.put("分级：右眼⟦me|R2⟧（中度非增殖期），左眼⟦me|R0⟧；⟦me|视力 0.6⟧。\n建议：转眼底病专科行⟦pr|光学相干断层扫描⟧。\n")
    d.put("报告查询：", P("URL", k.url(c, "tnyd.eyescreen.cn", "report")))
    if c.chance(0.5):
        d.put("；已发送至", P("EMAIL", k.email_zh(c)))
    d.put("\n阅片医师：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "（执业证书编号", P("LICENSE", k.license_zh(c)), "）    审核：", P("NAME_CLINICIAN", k.surname_zh(c)), "主任\n")
    return d


def rongshuan(c):
    d = Doc()
    pl = k.place_zh(c)
    day = k.rday(c)
    old = c.chance(0.5)
    age = k.age90(c) if old else c.ri(48, 89)
    name, rel = k.name_zh(c), k.name_zh(c, "han")
    w = c.ri(48, 82)
    d.put(P("HOSPITAL", k.hosp_zh(c, pl)), " 卒中中心\n急性缺血性脑卒中静脉溶栓记录\n")
    d.put("患者：", P("NAME_PATIENT", name), "  年龄：", _agep(age), "岁  急诊号：", P("MRN", "JZ" + c.digits(8)), "  住院号：", P("MRN", c.digits(8)), "\n")
    d.put("发病时间：", P("DATE", k.date_zh(c, day)), f" {c.ri(5, 20)}:{c.ri(10, 59)}；由家属驾车送达（车牌", P("VEHICLE", k.plate_zh(c, pl)), "）\n")
    d.put("头颅CT（检查号", P("ACCESSION", "CT" + c.digits(10)), f"）：未见出血。⟦me|NIHSS评分{c.ri(5, 18)}分⟧，⟦me|血压 168/94 mmHg⟧，⟦lab|血糖 7.8 mmol/L⟧。\n")
    d.put(f"溶栓：⟦dr|阿替普酶⟧ ⟦do|{w * 0.9:.1f}mg⟧（体重", w, "kg），10%静推，余量1小时泵入。DNT ", c.ri(28, 59), "分钟。\n")
    d.put("知情同意：", c.pick("儿子", "女儿", "老伴"), P("NAME_RELATIVE", rel), "签字，身份证", P("ID_CARD", k.id_card_zh(c, pl["code"], k.dob_for(c, c.ri(30, 60), day), c.pick("M", "F"))), "，电话", P("PHONE", k.mobile(c)), "。")
    if old:
        d.put("家属表示：“老人家", _agep(age, c.chance(0.4)), "岁了，出血风险我们理解。”")
    d.put("\n医保：", P("INSURANCE", c.digits(16)) if c.chance(0.6) else "自费", "\n溶栓医师：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "；二线：", P("NAME_CLINICIAN", k.surname_zh(c)), "主任\n")
    return d


def shigao(c):
    d = Doc()
    pl = k.place_zh(c)
    day = k.rday(c)
    child = c.chance(0.4)
    name = k.name_zh(c)
    d.put(P("HOSPITAL", k.hosp_zh(c, pl)), " 骨科门诊\n石膏固定护理记录\n姓名：", P("NAME_PATIENT", name), "    门诊号：", P("MRN", c.digits(10)), "    日期：", P("DATE", k.date_zh(c, day)), "\n")
    if child:
        xm, par = c.ch(k.ZH_XIAOMING), k.name_zh(c, "han")
        d.put("小名：", P("NAME_PATIENT", xm), "；家长：", P("NAME_RELATIVE", par), "（", P("PHONE", k.mobile(c)), "）\n诊断：⟦fi|桡骨远端骨折⟧（⟦ep|Colles骨折⟧），⟦pr|手法复位⟧后⟦pr|石膏托固定⟧。\n")
        d.put("护士对家长说：“", P("NAME_PATIENT", xm), "这两周别让手臂沾水。”\n")
    else:
        d.put("工作单位：", P("WORKPLACE", k.unit_zh(c, pl)), "（工伤）  工伤保险个人编号：", P("INSURANCE", c.digits(12)), "\n工伤认定书编号：", P("OTHER_ID", f"{pl['city'][:2]}人社工认字〔{day.year}〕{c.ri(100, 2999)}号"), "\n")
        d.put("诊断：⟦fi|胫腓骨骨折⟧，⟦pr|长腿石膏固定⟧。\n")
    d.put("观察：⟦an|足背动脉⟧搏动可及，⟦me|毛细血管充盈时间<2秒⟧，肢端无青紫；⟦dr|布洛芬缓释胶囊⟧ ⟦do|0.3g bid⟧。\n")
    if c.chance(0.5):
        d.put("接送车辆：", P("VEHICLE", k.plate_zh(c, pl)), "（家属）\n")
    d.put("复诊提醒及石膏护理视频发送至：", P("EMAIL", k.email_zh(c)), "\n医生：", P("NAME_CLINICIAN", k.surname_zh(c)), "医生    护士：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "\n")
    return d


def shechong(c):
    d = Doc()
    pl = k.place_zh(c)
    day = k.rday(c)
    foreign = c.chance(0.45)
    name = c.ch(k.ZH_LATIN) if foreign else k.name_zh(c)
    snake = c.pick(("银环蛇", "⟦dr|抗银环蛇毒血清⟧"), ("五步蛇", "⟦dr|抗五步蛇毒血清⟧"), ("竹叶青", "⟦dr|抗蝮蛇毒血清⟧"))
    d.put(P("HOSPITAL", k.hosp_zh(c, pl)), " 急诊科\n毒蛇咬伤救治记录\n姓名：", P("NAME_PATIENT", name), "  住院号：", P("MRN", c.digits(9)), "  结算单号：", P("ACCOUNT", "JS" + c.digits(12)), "\n")
    if foreign:
        d.put("证件：护照 ", P("PASSPORT", c.letters(1) + c.digits(8)), "（外籍务工人员）\n")
    else:
        d.put("身份证：", P("ID_CARD", k.id_card_zh(c, pl["code"], k.dob_for(c, c.ri(20, 75), day), c.pick("M", "F"))), "\n")
    d.put("户籍地址：", k.addr_zh(pl), "，邮编", P("POSTCODE", pl["zip"]), "\n工作单位：", P("WORKPLACE", pl["city"][:-1] + c.pick("云雾茶场", "林场", "果业合作社")), "\n")
    d.put("咬伤时间：", P("DATE", k.date_zh(c, day)), f" {c.ri(5, 20)}:{c.ri(10, 59)}，在茶园被", snake[0], "咬伤⟦an|左足背⟧。\n")
    d.put("查体：⟦fi|局部肿胀⟧至⟦an|踝关节⟧，⟦lab|凝血酶原时间 18.2秒⟧，⟦lab|血小板 86×10^9/L⟧。\n处理：", snake[1], " ⟦do|8000U静滴⟧，⟦dr|破伤风抗毒素⟧ ⟦do|1500IU肌注⟧。\n")
    d.put("家属：", P("NAME_RELATIVE", k.name_zh(c, "han")), "，", P("PHONE", k.mobile(c)), "。")
    if c.chance(0.4):
        d.put("工友驾车送医，车牌", P("VEHICLE", k.plate_zh(c, pl)), "。")
    d.put("\n远程会诊：", P("HOSPITAL", k.hosp_zh(c)), "蛇伤专科（传真", P("FAX", k.landline(c)), "）\n医师：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "（执业证书编号", P("LICENSE", k.license_zh(c)), "）\n")
    return d


TEMPLATES = [("zh21_qiqie", qiqie), ("zh21_fare", fare), ("zh21_yandi", yandi), ("zh21_rongshuan", rongshuan), ("zh21_shigao", shigao), ("zh21_shechong", shechong)]
