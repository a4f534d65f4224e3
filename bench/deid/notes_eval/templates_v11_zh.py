# Longer than 450 lines: twelve Chinese document kinds with their own scenario pools; splitting them would scatter one set's templates.
"""v11 Chinese templates: twelve document kinds no earlier version used (出生医学证明补办, 医联体双向转诊单,
病区物品借用登记, 护理质控查检表, 院感暴发调查, 康复辅具适配, 母乳库捐赠登记, 家属探视登记, 陪检转运交接单,
失物招领登记, 投诉接待记录, 远程心电监测报告)."""

# ruff: noqa: E501  (document text; wrapping it would change what the notes look like)

from __future__ import annotations

import datetime as dt

from _v11_kit import (
    ZH_EMPLOYERS,
    ZH_SMALL,
    Ctx,
    Doc,
    K,
    P,
    ZhPlace,
    date_zh,
    id_card,
    ip,
    landline,
    mobile,
    plate_zh,
    zh_name,
)

KINDS = ("DRUG", "DOSE", "LAB", "ANATOMY", "FINDING", "PROCEDURE", "EPONYM", "MEASUREMENT")


def scen(c: Ctx, pool) -> dict:
    return {k: K(k, v) for k, v in zip(KINDS, c.ch(pool), strict=True)}


def rdate(c: Ctx, y0: int = 2019, y1: int = 2025) -> dt.date:
    start = dt.date(y0, 1, 1)
    return start + dt.timedelta(days=c.ri(0, (dt.date(y1, 12, 31) - start).days))


def D(c: Ctx, d: dt.date) -> P:
    return P("DATE", date_zh(c, d))


def mrn(c: Ctx) -> str:
    return c.ch((c.digits(7), f"ZY{c.digits(8)}", f"{c.digits(2)}-{c.digits(6)}"))


def ins(c: Ctx) -> str:
    return c.ch((f"{c.letters(1)}{c.digits(8)}", c.digits(10), f"{c.digits(6)}{c.letters(1)}{c.digits(4)}"))


def old(c: Ctx) -> P:
    return P("AGE_OVER_89", str(c.ri(90, 103)))


def bday(c: Ctx, d: dt.date, lo: int, hi: int) -> dt.date:
    return dt.date(d.year - c.ri(lo, hi), c.ri(1, 12), c.ri(1, 28))


def email_zh(c: Ctx) -> str:
    return f"{c.ch(('lx', 'wmq', 'zhangyan', 'hz', 'dd'))}{c.digits(c.ri(3, 6))}@{c.ch(('163.com', 'qq.com', '126.com', 'sina.cn'))}"


BIRTH = [
    ("维生素K1", "1 mg", "新生儿足跟血筛查", "脐部", "新生儿黄疸", "剖宫产术", "Apgar评分", "3250 g"),
    ("乙肝疫苗", "10 μg", "TSH", "髋关节", "产瘤", "会阴侧切术", "Ortolani试验", "身长50 cm"),
    ("卡介苗", "0.1 ml", "血常规", "锁骨", "锁骨骨折", "胎头吸引术", "Moro反射", "头围34 cm"),
]


def birth_cert(c: Ctx) -> Doc:
    """出生医学证明补办申请: form with labels."""
    mom, dad, baby, g, s = zh_name(c), zh_name(c), zh_name(c), ZhPlace(c), scen(c, BIRTH)
    d = rdate(c, 2015, 2023)
    doc = Doc().put(
        "《出生医学证明》补发申请表\n原证编号：",
        P("OTHER_ID", f"{c.letters(1)}{c.digits(9)}"),
        "\n新生儿姓名：",
        P("NAME_PATIENT", baby),
        "（小名",
        P("NAME_PATIENT", c.ch(ZH_SMALL)),
        "）  出生日期：",
        D(c, d),
        "\n出生地点：",
        P("HOSPITAL", g.hospital),
        "\n",
    )
    doc.put(
        "母亲：",
        P("NAME_RELATIVE", mom),
        "  身份证号：",
        P("ID_CARD", id_card(c, bday(c, d, 20, 40), "F")),
        "\n父亲：",
        P("NAME_RELATIVE", dad),
        "  身份证号：",
        P("ID_CARD", id_card(c, bday(c, d, 22, 45), "M")),
        "\n",
    )
    doc.put(
        "家庭住址：",
        P("PROVINCE_STATE", g.prov),
        P("CITY", g.city),
        P("ADDRESS_STREET", g.dist + g.street),
        "  邮编 ",
        P("POSTCODE", g.post),
        "\n联系电话：",
        P("PHONE", mobile(c)),
        "\n",
    )
    doc.put(
        "出生记录摘要：经",
        s["PROCEDURE"],
        "娩出，",
        s["EPONYM"],
        "9分，体重",
        s["MEASUREMENT"],
        "；",
        s["ANATOMY"],
        "未见异常，生后出现",
        s["FINDING"],
        "。已注射",
        s["DRUG"],
        " ",
        s["DOSE"],
        "，",
        s["LAB"],
        "已采。\n",
    )
    return doc.put(
        "补发原因：原件遗失（已登报声明）。经办人：",
        P("NAME_CLINICIAN", zh_name(c)),
        "  ",
        D(c, d + dt.timedelta(days=c.ri(400, 1800))),
        "\n",
    )


REFERRAL = [
    (
        "阿托伐他汀",
        "20 mg qn",
        "低密度脂蛋白",
        "冠状动脉",
        "不稳定型心绞痛",
        "冠脉造影",
        "Killip分级",
        "LVEF 45%",
    ),
    ("二甲双胍", "0.5 g tid", "糖化血红蛋白", "足背", "糖尿病足溃疡", "清创术", "Wagner分级", "溃疡2×3 cm"),
    (
        "硝苯地平控释片",
        "30 mg qd",
        "尿微量白蛋白",
        "肾脏",
        "高血压肾病",
        "肾穿刺活检",
        "Cockcroft-Gault公式",
        "血压178/102 mmHg",
    ),
]


def referral_slip(c: Ctx) -> Doc:
    """医联体双向转诊单 (上转/下转), a table of labelled cells."""
    p, md, md2, g, s = zh_name(c), zh_name(c), zh_name(c), ZhPlace(c), scen(c, REFERRAL)
    d = rdate(c)
    doc = Doc().put(
        "医联体双向转诊单（",
        c.pick("上转", "下转"),
        "）  编号 ",
        P("OTHER_ID", f"YLT{d.year}{c.digits(6)}"),
        "\n转出单位：",
        P("HOSPITAL", f"{g.dist}{c.ch(('社区卫生服务中心', '中心卫生院'))}"),
        "  转入单位：",
        P("HOSPITAL", g.hospital),
        "\n",
    )
    doc.put(
        "姓名 ",
        P("NAME_PATIENT", p),
        " | 年龄 ",
        old(c) if c.chance(0.4) else str(c.ri(40, 89)),
        "岁 | 医保卡号 ",
        P("INSURANCE", ins(c)),
        " | 病案号 ",
        P("MRN", mrn(c)),
        "\n",
    )
    doc.put(
        "住址：", P("CITY", g.city), P("ADDRESS_STREET", g.street), "  电话：", P("PHONE", mobile(c)), "\n"
    )
    doc.put(
        "初步诊断：",
        s["FINDING"],
        "（",
        s["EPONYM"],
        " II级）；",
        s["LAB"],
        "升高，",
        s["MEASUREMENT"],
        "。目前用药：",
        s["DRUG"],
        " ",
        s["DOSE"],
        "。转诊目的：",
        s["PROCEDURE"],
        "，评估",
        s["ANATOMY"],
        "。\n",
    )
    return doc.put(
        "转出医师：",
        P("NAME_CLINICIAN", md),
        "  联系电话 ",
        P("PHONE", landline(c, g.area)),
        "  传真 ",
        P("FAX", landline(c, g.area)),
        "\n接诊医师：",
        P("NAME_CLINICIAN", md2),
        "  ",
        D(c, d),
        "\n",
    )


BORROW = [
    ("肝素钠封管液", "10 U/ml", "指尖血糖", "上肢", "静脉炎", "PICC维护", "Seldinger技术", "臂围26 cm"),
    ("氧气", "2 L/min", "血氧饱和度", "下肢", "压力性损伤", "气垫床使用", "Braden评分", "SpO2 92%"),
    ("甘露醇", "125 ml", "电解质", "颈部", "痰液黏稠", "负压吸引", "Glasgow评分", "体温38.6℃"),
]


def borrow_log(c: Ctx) -> Doc:
    """病区物品借用登记, aligned columns."""
    g, s = ZhPlace(c), scen(c, BORROW)
    doc = Doc().put(
        P("HOSPITAL", g.hospital),
        " 神经内科二病区 物品借用登记本\n日期        床号  患者        物品          设备编号            借用人  归还\n",
    )
    for _ in range(c.ri(2, 3)):
        doc.put(
            D(c, rdate(c)),
            "  ",
            c.ri(1, 48),
            "床  ",
            P("NAME_PATIENT", zh_name(c)),
            "  ",
            c.pick("输液泵", "心电监护仪", "轮椅", "气垫床"),
            "  ",
            P("DEVICE", f"{c.letters(2)}-{c.digits(7)}"),
            "  ",
            P("NAME_CLINICIAN", zh_name(c)),
            "  ",
            c.pick("已还", "未还"),
            "\n",
        )
    doc.put(
        "备注：",
        s["PROCEDURE"],
        "用",
        s["DRUG"],
        " ",
        s["DOSE"],
        "；",
        s["ANATOMY"],
        "出现",
        s["FINDING"],
        "者优先；",
        s["EPONYM"],
        "≤12分，",
        s["LAB"],
        "每班记录，",
        s["MEASUREMENT"],
        "。\n",
    )
    return doc.put(
        "陪护家属 ",
        P("NAME_RELATIVE", zh_name(c)),
        " 押身份证 ",
        P("ID_CARD", id_card(c, bday(c, rdate(c), 25, 60), c.pick("M", "F"))),
        "（已退）\n",
    )


QC = [
    ("头孢曲松", "2 g ivgtt", "降钙素原", "骶尾部", "2期压力性损伤", "翻身拍背", "Morse跌倒评分", "3×2 cm"),
    ("胰岛素", "8 U", "末梢血糖", "腹部", "皮下硬结", "注射部位轮换", "Caprini评分", "血糖3.6 mmol/L"),
    ("华法林", "3 mg", "INR", "前臂", "穿刺点渗血", "压迫止血", "Allen试验", "INR 3.8"),
]


def nursing_qc(c: Ctx) -> Doc:
    """护理质控查检表: checklist with ticks, auditor and nurse in charge."""
    p, rn, qc, g, s = zh_name(c), zh_name(c), zh_name(c), ZhPlace(c), scen(c, QC)
    d = rdate(c)
    doc = Doc().put(
        "护理质量查检表（",
        c.pick("高危患者", "给药安全", "管道护理"),
        "）  检查日期：",
        D(c, d),
        "\n受检病区：心内科  责任护士：",
        P("NAME_CLINICIAN", rn),
        "  督查员：",
        P("NAME_CLINICIAN", qc),
        "\n抽查患者：",
        P("NAME_PATIENT", p),
        "，",
        old(c),
        "岁，住院号",
        P("MRN", mrn(c)),
        "\n",
    )
    doc.put(
        "□√ 腕带信息与病历一致\n□× ",
        s["EPONYM"],
        "未按时复评\n□√ ",
        s["PROCEDURE"],
        "到位\n□× ",
        s["ANATOMY"],
        "见",
        s["FINDING"],
        "（",
        s["MEASUREMENT"],
        "）未上报\n",
    )
    doc.put(
        "□√ ",
        s["DRUG"],
        " ",
        s["DOSE"],
        "双人核对；",
        s["LAB"],
        "已复查\n整改意见：",
        P("NAME_CLINICIAN", rn[-2:] if len(rn) == 3 and "·" not in rn else rn),
        "护士于",
        D(c, d + dt.timedelta(days=3)),
        "前完成整改。\n",
    )
    return doc.put(
        "质控办电话 ", P("PHONE", landline(c, g.area)), "  传真 ", P("FAX", landline(c, g.area)), "\n"
    )


OUTBREAK = [
    (
        "万古霉素",
        "1 g q12h",
        "血培养",
        "中心静脉导管",
        "导管相关血流感染",
        "主动筛查",
        "Gram染色",
        "罹患率8.3%",
    ),
    (
        "奥司他韦",
        "75 mg bid",
        "甲型流感抗原",
        "上呼吸道",
        "聚集性发热",
        "咽拭子采样",
        "Kaplan-Meier曲线",
        "罹患率12%",
    ),
    (
        "美罗培南",
        "1 g q8h",
        "耐碳青霉烯肺炎克雷伯菌",
        "下呼吸道",
        "呼吸机相关肺炎",
        "环境采样",
        "Ziehl-Neelsen染色",
        "检出4株",
    ),
]


def outbreak(c: Ctx) -> Doc:
    """院感暴发调查报告, prose with a case line list."""
    g, s, inv = ZhPlace(c), scen(c, OUTBREAK), zh_name(c)
    d = rdate(c)
    doc = Doc().put(
        P("HOSPITAL", g.hospital),
        "医院感染暴发调查报告\n",
        D(c, d),
        "起，ICU相继出现",
        s["FINDING"],
        "病例，病原学",
        s["LAB"],
        "阳性，",
        s["MEASUREMENT"],
        "。\n病例一览：\n",
    )
    for _ in range(c.ri(2, 3)):
        doc.put(
            "- ",
            P("NAME_PATIENT", zh_name(c)),
            "，",
            c.pick("男", "女"),
            "，床",
            c.ri(1, 20),
            "，标本号",
            P("ACCESSION", f"{d.year % 100}{c.digits(2)}W{c.digits(5)}"),
            "，送检",
            D(c, d + dt.timedelta(days=c.ri(0, 9))),
            "\n",
        )
    doc.put(
        "暴露因素：",
        s["ANATOMY"],
        "相关操作；已行",
        s["PROCEDURE"],
        "及",
        s["EPONYM"],
        "分析；治疗用",
        s["DRUG"],
        " ",
        s["DOSE"],
        "。\n",
    )
    doc.put(
        "疑似传播环节：护工",
        P("NAME_CLINICIAN", zh_name(c)),
        "（外包公司",
        P("WORKPLACE", c.ch(("金牌护工服务公司", "安康物业", "惠民保洁公司"))),
        "）已调岗。\n",
    )
    return doc.put(
        "调查人：",
        P("NAME_CLINICIAN", inv),
        "  院感科邮箱 ",
        P("EMAIL", email_zh(c)),
        "  数据平台 ",
        P("URL", f"http://gkxt.{c.ch(('zyey', 'tsszx', 'gzzy'))}.cn/case/{c.digits(5)}"),
        "（内网 ",
        P("IP", ip(c)),
        "）\n",
    )


AIDS = [
    ("巴氯芬", "10 mg tid", "肌酸激酶", "踝关节", "足下垂", "踝足矫形器取模", "Brunnstrom分期", "踝背屈0°"),
    ("塞来昔布", "200 mg qd", "骨密度", "膝关节", "膝内翻", "助行器适配", "Barthel指数", "Barthel 45分"),
    ("甲钴胺", "0.5 mg tid", "神经传导速度", "脊柱", "脊柱侧弯", "支具调整", "Cobb角", "Cobb角28°"),
]


def assistive(c: Ctx) -> Doc:
    """康复辅具适配记录 with a subsidy and a delivery van."""
    p, th, fam, g, s = zh_name(c), zh_name(c), zh_name(c), ZhPlace(c), scen(c, AIDS)
    d = rdate(c)
    doc = Doc().put(
        "康复辅具适配评估与交付记录\n服务对象：",
        P("NAME_PATIENT", p),
        "  残疾证号 ",
        P("OTHER_ID", id_card(c, bday(c, d, 30, 70), "M") + f"{c.ri(1, 7)}{c.ri(1, 4)}"),
        "\n监护人：",
        P("NAME_RELATIVE", fam),
        "  电话 ",
        P("PHONE", mobile(c)),
        "\n",
    )
    doc.put(
        "评估：",
        s["ANATOMY"],
        s["FINDING"],
        "，",
        s["EPONYM"],
        "，",
        s["MEASUREMENT"],
        "；",
        s["LAB"],
        "正常。口服",
        s["DRUG"],
        " ",
        s["DOSE"],
        "。方案：",
        s["PROCEDURE"],
        "。\n",
    )
    doc.put(
        "辅具：",
        c.pick("电动轮椅", "踝足矫形器", "助行器"),
        " 出厂编号 ",
        P("DEVICE", f"{c.letters(2)}{d.year}{c.digits(6)}"),
        "\n送货车辆 ",
        P("VEHICLE", plate_zh(c)),
        "，送至",
        P("CITY", g.city),
        P("ADDRESS_STREET", g.dist + g.street),
        "\n",
    )
    return doc.put(
        "适配师：",
        P("NAME_CLINICIAN", th),
        "（执业证号 ",
        P("LICENSE", f"{c.digits(15)}"),
        "）  ",
        D(c, d),
        "\n",
    )


MILK = [
    ("多潘立酮", "10 mg tid", "HIV抗体", "乳房", "乳腺炎", "巴氏消毒", "Montgomery腺", "捐乳量850 ml"),
    ("头孢呋辛", "0.25 g bid", "乙肝表面抗原", "乳头", "乳头皲裂", "细菌培养", "Cooper韧带", "捐乳量1200 ml"),
    ("甲硝唑", "0.2 g tid", "梅毒螺旋体抗体", "腋下", "乳汁淤积", "冷冻储存", "Raynaud现象", "捐乳量600 ml"),
]


def milk_bank(c: Ctx) -> Doc:
    """母乳库捐赠登记."""
    p, baby, rn, g, s = zh_name(c), zh_name(c), zh_name(c), ZhPlace(c), scen(c, MILK)
    d = rdate(c)
    doc = Doc().put(
        "母乳库捐赠者登记表  编号 ",
        P("OTHER_ID", f"MRK-{c.digits(5)}"),
        "\n捐赠者：",
        P("NAME_PATIENT", p),
        "  身份证 ",
        P("ID_CARD", id_card(c, bday(c, d, 21, 40), "F")),
        "\n工作单位：",
        P("WORKPLACE", c.ch(ZH_EMPLOYERS)),
        "  微信/手机 ",
        P("PHONE", mobile(c)),
        "\n邮箱 ",
        P("EMAIL", email_zh(c)),
        "\n",
    )
    doc.put(
        "宝宝",
        P("NAME_RELATIVE", baby),
        "于",
        D(c, d),
        "在本院出生。筛查：",
        s["LAB"],
        "阴性；曾患",
        s["FINDING"],
        "（",
        s["ANATOMY"],
        "），用",
        s["DRUG"],
        " ",
        s["DOSE"],
        "已停药。处理：",
        s["PROCEDURE"],
        "。",
        s["EPONYM"],
        "无异常。",
        s["MEASUREMENT"],
        "。\n",
    )
    return doc.put(
        "审核：",
        P("NAME_CLINICIAN", rn),
        "  地址 ",
        P("PROVINCE_STATE", g.prov),
        P("CITY", g.city),
        P("ADDRESS_STREET", g.dist + g.street),
        " ",
        P("POSTCODE", g.post),
        "\n",
    )


VISIT = [
    ("丙泊酚", "50 mg", "血气分析", "气管", "气管插管状态", "俯卧位通气", "Ramsay镇静评分", "FiO2 60%"),
    (
        "去甲肾上腺素",
        "0.2 μg/kg/min",
        "乳酸",
        "腹腔",
        "感染性休克",
        "床旁血滤",
        "APACHE II评分",
        "乳酸4.2 mmol/L",
    ),
    ("尼莫地平", "10 mg/h", "颅内压", "脑室", "蛛网膜下腔出血", "脑室外引流", "Hunt-Hess分级", "ICP 22 mmHg"),
]


def visitor_log(c: Ctx) -> Doc:
    """ICU 家属探视登记: one row per visitor, with ID, plate and relationship."""
    p, _g, s = zh_name(c), ZhPlace(c), scen(c, VISIT)
    d = rdate(c)
    doc = Doc().put(
        "重症医学科家属探视登记  ",
        D(c, d),
        "\n患者：",
        P("NAME_PATIENT", p),
        "  ",
        old(c),
        "岁  住院号 ",
        P("MRN", mrn(c)),
        "\n",
    )
    for _ in range(c.ri(2, 3)):
        doc.put(
            "探视人 ",
            P("NAME_RELATIVE", zh_name(c)),
            "｜",
            c.pick("儿子", "女儿", "孙子", "侄女"),
            "｜证件 ",
            P("ID_CARD", id_card(c, bday(c, d, 25, 65), c.pick("M", "F"))),
            "｜电话 ",
            P("PHONE", mobile(c)),
            "｜车牌 ",
            P("VEHICLE", plate_zh(c)),
            "\n",
        )
    doc.put(
        "病情告知：目前",
        s["FINDING"],
        "，",
        s["ANATOMY"],
        "情况稳定，",
        s["PROCEDURE"],
        "中，使用",
        s["DRUG"],
        " ",
        s["DOSE"],
        "，",
        s["LAB"],
        "复查，",
        s["MEASUREMENT"],
        "，",
        s["EPONYM"],
        "较前好转。\n",
    )
    return doc.put(
        "告知医师：", P("NAME_CLINICIAN", zh_name(c)), "  护士：", P("NAME_CLINICIAN", zh_name(c)), "\n"
    )


ESCORT = [
    ("咪达唑仑", "2 mg", "凝血功能", "头颅", "硬膜下血肿", "头颅CT平扫", "GCS评分", "GCS 9分"),
    ("肝素", "5000 U", "D-二聚体", "肺动脉", "肺栓塞", "CT肺动脉造影", "Wells评分", "SpO2 89%"),
    ("胺碘酮", "150 mg", "肌钙蛋白", "心脏", "室性心动过速", "床旁超声心动图", "Holter监测", "HR 168次/分"),
]


def escort(c: Ctx) -> Doc:
    """陪检转运交接单: outgoing ward → CT → back, with device and timestamps."""
    p, a, b, _g, s = zh_name(c), zh_name(c), zh_name(c), ZhPlace(c), scen(c, ESCORT)
    d = rdate(c)
    doc = Doc().put(
        "危重患者陪检转运交接单\n",
        P("NAME_PATIENT", p),
        "  ",
        c.pick("男", "女"),
        "  ",
        old(c) if c.chance(0.5) else str(c.ri(50, 89)),
        "岁  病案号 ",
        P("MRN", mrn(c)),
        "  检查单号 ",
        P("ACCESSION", f"CT{d.strftime('%y%m%d')}{c.digits(4)}"),
        "\n",
    )
    doc.put(
        "日期 ",
        D(c, d),
        "  转运目的：",
        s["PROCEDURE"],
        "\n携带设备：转运呼吸机 资产号 ",
        P("DEVICE", f"ZC-{c.digits(8)}"),
        "\n",
    )
    doc.put(
        "病情：",
        s["ANATOMY"],
        s["FINDING"],
        "，",
        s["EPONYM"],
        "，",
        s["MEASUREMENT"],
        "；途中推注",
        s["DRUG"],
        " ",
        s["DOSE"],
        "，",
        s["LAB"],
        "待回报。\n",
    )
    return doc.put(
        "交班：",
        P("NAME_CLINICIAN", a),
        "    接班：",
        P("NAME_CLINICIAN", b),
        "    陪检员工号 ",
        P("OTHER_ID", f"PJ{c.digits(4)}"),
        "\n家属",
        P("NAME_RELATIVE", zh_name(c)),
        "已签字，联系电话 ",
        P("PHONE", mobile(c)),
        "\n",
    )


LOSTZ = [
    ("硝酸甘油", "0.5 mg", "血糖仪", "假牙", "走失风险", "安全巡查", "Holter", "14片"),
    ("阿普唑仑", "0.4 mg", "血压计", "助听器", "物品遗失", "监控调阅", "Foley导尿管", "9粒"),
    ("氨氯地平", "5 mg", "尿糖试纸", "眼镜", "意识模糊", "清点登记", "Yankauer吸引管", "21片"),
]


def lost_found(c: Ctx) -> Doc:
    """失物招领登记 (保卫科), CSV-like rows plus a note on medicines found."""
    g, s = ZhPlace(c), scen(c, LOSTZ)
    doc = Doc().put("编号,拾得日期,物品,失主,联系方式,证件号码,经手人\n")
    for _ in range(c.ri(2, 3)):
        kind = c.pick("护照", "身份证", "驾驶证")
        if kind == "护照":
            idv = P("PASSPORT", f"{c.ch('EG')}{c.digits(8)}")
        elif kind == "身份证":
            idv = P("ID_CARD", id_card(c, bday(c, rdate(c), 20, 70), c.pick("M", "F")))
        else:
            idv = P("LICENSE", c.digits(12))
        doc.put(
            P("OTHER_ID", f"SW{c.digits(6)}"),
            ",",
            D(c, rdate(c)),
            ",",
            kind,
            "钱包,",
            P("NAME_PATIENT", zh_name(c)),
            ",",
            P("PHONE", mobile(c)),
            ",",
            idv,
            ",",
            P("NAME_CLINICIAN", zh_name(c)),
            "\n",
        )
    doc.put(
        "备注：一钱包内有",
        s["DRUG"],
        " ",
        s["DOSE"],
        "（",
        s["MEASUREMENT"],
        "）及",
        s["LAB"],
        "；另拾得",
        s["ANATOMY"],
        "一副。病区反映患者",
        s["FINDING"],
        "，已",
        s["PROCEDURE"],
        "；走廊另有",
        s["EPONYM"],
        "一根。\n",
    )
    return doc.put("保卫科 ", P("PHONE", landline(c, g.area)), "  ", P("HOSPITAL", g.hospital), "\n")


COMPL = [
    (
        "头孢哌酮舒巴坦",
        "3 g q12h",
        "肝功能",
        "胆囊",
        "急性胆囊炎",
        "腹腔镜胆囊切除术",
        "Murphy征",
        "住院11天",
    ),
    ("布洛芬", "0.3 g", "血常规", "阑尾", "阑尾穿孔", "阑尾切除术", "McBurney点", "等候4小时"),
    (
        "氯吡格雷",
        "75 mg qd",
        "肌钙蛋白",
        "冠状动脉",
        "急性心肌梗死",
        "经皮冠状动脉介入治疗",
        "TIMI血流",
        "门球时间150分钟",
    ),
]


def complaint(c: Ctx) -> Doc:
    """投诉接待记录: 患者服务中心 prose, complainant speaks for an elderly parent."""
    p, w, md, _g, s = zh_name(c), zh_name(c), zh_name(c), ZhPlace(c), scen(c, COMPL)
    d = rdate(c)
    doc = Doc().put(
        "投诉接待记录  受理号 ",
        P("OTHER_ID", f"TS{d.year}{c.digits(5)}"),
        "\n接待时间：",
        D(c, d),
        "  接待人：",
        P("NAME_CLINICIAN", zh_name(c)),
        "\n",
    )
    doc.put(
        "投诉人",
        P("NAME_RELATIVE", w),
        "（患者之",
        c.pick("子", "女", "孙"),
        "，",
        P("WORKPLACE", c.ch(ZH_EMPLOYERS)),
        "职工，护照号",
        P("PASSPORT", f"E{c.digits(8)}"),
        "，手机",
        P("PHONE", mobile(c)),
        "，邮箱",
        P("EMAIL", email_zh(c)),
        "）反映：其父",
        P("NAME_PATIENT", p),
        "今年",
        old(c),
        "岁，因",
        s["FINDING"],
        "入院，",
        s["EPONYM"],
        "阳性，",
    )
    doc.put(
        P("NAME_CLINICIAN", md),
        "医生未及时安排",
        s["PROCEDURE"],
        "，",
        s["MEASUREMENT"],
        "；期间仅用",
        s["DRUG"],
        " ",
        s["DOSE"],
        "，",
        s["LAB"],
        "未复查，",
        s["ANATOMY"],
        "情况未告知家属。\n",
    )
    doc.put(
        "诉求：退还费用（住院账号 ",
        P("ACCOUNT", c.digits(10)),
        "，医保卡 ",
        P("INSURANCE", ins(c)),
        "）。\n处理：已转医务科，",
        D(c, d + dt.timedelta(days=7)),
        "前答复。\n",
    )
    return doc


ECG = [
    (
        "美托洛尔",
        "47.5 mg qd",
        "血钾",
        "左心室",
        "阵发性心房颤动",
        "射频消融术",
        "Brugada波",
        "最快心室率156次/分",
    ),
    (
        "普罗帕酮",
        "150 mg tid",
        "甲状腺功能",
        "窦房结",
        "窦性停搏",
        "起搏器植入术",
        "Wenckebach现象",
        "最长RR间期3.2秒",
    ),
    (
        "达比加群",
        "110 mg bid",
        "肌酐清除率",
        "房室结",
        "二度房室传导阻滞",
        "动态心电图复查",
        "Mobitz II型",
        "平均心率48次/分",
    ),
]


def remote_ecg(c: Ctx) -> Doc:
    """远程心电监测报告 from a patch uploaded over the network."""
    p, md, g, s = zh_name(c), zh_name(c), ZhPlace(c), scen(c, ECG)
    d = rdate(c)
    doc = Doc().put(
        P("HOSPITAL", g.hospital),
        " 远程心电监测中心\n报告编号 ",
        P("ACCESSION", f"ECG-{d.strftime('%Y%m%d')}-{c.digits(4)}"),
        "\n姓名 ",
        P("NAME_PATIENT", p),
        "  ",
        c.pick("男", "女"),
        "  出生日期 ",
        D(c, bday(c, d, 40, 85)),
        "  医保卡号 ",
        P("INSURANCE", ins(c)),
        "\n贴片序列号 ",
        P("DEVICE", f"{c.letters(3)}{c.digits(9)}"),
        "  上传地址 ",
        P("IP", ip(c)),
        "\n监测时段 ",
        D(c, d),
        " 至 ",
        D(c, d + dt.timedelta(days=c.ri(1, 14))),
        "\n",
    )
    doc.put(
        "结论：",
        s["FINDING"],
        "，",
        s["MEASUREMENT"],
        "，可见",
        s["EPONYM"],
        "；提示",
        s["ANATOMY"],
        "病变。\n建议：复查",
        s["LAB"],
        "，继续",
        s["DRUG"],
        " ",
        s["DOSE"],
        "，必要时",
        s["PROCEDURE"],
        "。\n",
    )
    doc.put(
        "查看报告：",
        P("URL", f"https://ecg.{c.ch(('xdjk', 'yxcloud', 'hxyc'))}.com/r/{c.token(8)}"),
        "\n缴费账号 ",
        P("ACCOUNT", f"{c.digits(4)} {c.digits(4)} {c.digits(4)} {c.digits(4)}"),
        "\n",
    )
    return doc.put(
        "审核医师：",
        P("NAME_CLINICIAN", md),
        "（医师执业证 ",
        P("LICENSE", c.digits(15)),
        "）  联系 ",
        P("FAX", landline(c, g.area)),
        "（传真）\n",
    )


TEMPLATES = [
    ("zh11_birth_cert_reissue", birth_cert),
    ("zh11_ylt_referral_slip", referral_slip),
    ("zh11_ward_borrow_log", borrow_log),
    ("zh11_nursing_qc_checklist", nursing_qc),
    ("zh11_infection_outbreak", outbreak),
    ("zh11_assistive_device_fitting", assistive),
    ("zh11_milk_bank_donor", milk_bank),
    ("zh11_icu_visitor_log", visitor_log),
    ("zh11_escort_transfer_handover", escort),
    ("zh11_lost_and_found", lost_found),
    ("zh11_complaint_reception", complaint),
    ("zh11_remote_ecg_report", remote_ecg),
]
