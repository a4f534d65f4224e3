"""v21 Chinese templates, part one (README.md "v21"): 生前预嘱（预立医疗照护计划）签署记录, 医务社工个案评估记录,
住院费用催缴通知单, 新生儿听力筛查复筛登记表, 压力性损伤上报表, 造口护理门诊记录. Part two is
templates_v21_zh2.py; TEMPLATES lists all twelve."""

# ruff: noqa: E501
# fmt: off

from __future__ import annotations

import _v21_kit as k
from _core import Doc, P

__all__ = ["TEMPLATES"]


def _age(c, old, lo=40, hi=89):
    return k.age90(c) if old else c.ri(lo, hi)


def _agep(c, age, cn=False):
    if age > 89:
        return P("AGE_OVER_89", k.cn_num(age) if cn else str(age))
    return k.cn_num(age) if cn else str(age)


def yuzhu(c):
    d = Doc()
    pl = k.place_zh(c)
    day = k.rday(c)
    old = c.chance(0.5)
    age = _age(c, old, 55)
    sex = c.pick("M", "F")
    name, agent = k.name_zh(c), k.name_zh(c)
    d.put(P("HOSPITAL", k.hosp_zh(c, pl)), "\n生前预嘱（预立医疗照护计划）签署记录\n\n姓名：", P("NAME_PATIENT", name), "    性别：", "男" if sex == "M" else "女", "    年龄：", _agep(c, age), "岁    住院号：", P("MRN", "ZY" + c.digits(8)), "\n")
    d.put("身份证号：", P("ID_CARD", k.id_card_zh(c, pl["code"], k.dob_for(c, age, day), sex)), "\n家庭住址：", k.addr_zh(pl), "  邮编：", P("POSTCODE", pl["zip"]), "\n\n")
    d.put("诊断：⟦ep|阿尔茨海默病⟧（中度）、⟦fi|慢性心力衰竭⟧，⟦me|NYHA Ⅲ级⟧。\n本人意愿（由本人口述、医务人员记录）：\n")
    d.put("一、病情不可逆时，不接受⟦pr|气管插管⟧及⟦pr|心肺复苏⟧；\n二、同意使用⟦dr|吗啡⟧缓解呼吸困难；\n三、希望在家中离世。\n")
    if old:
        d.put("患者原话：“我都", _agep(c, age, c.chance(0.5)), "了，不想再遭罪，让孩子们别为难。”\n")
    rel = c.pick("长子", "次女", "配偶", "侄子")
    d.put("\n委托代理人：", P("NAME_RELATIVE", agent), "（", rel, "）  ")
    if c.chance(0.45):
        kind, num = k.passport_zh(c)
        d.put(kind, "号码：", P("PASSPORT", num))
    else:
        d.put("身份证号：", P("ID_CARD", k.id_card_zh(c, pl["code"], k.dob_for(c, c.ri(30, 60), day), c.pick("M", "F"))))
    d.put("  电话：", P("PHONE", k.mobile(c)), "\n见证人：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "（主治医师）、社工", P("NAME_CLINICIAN", k.name_zh(c, "han")), "\n科主任：", P("NAME_CLINICIAN", k.surname_zh(c)), "主任（已审阅）\n签署日期：", P("DATE", k.date_zh(c, day)), "\n")
    return d


def shegong(c):
    d = Doc()
    pl = k.place_zh(c)
    day = k.rday(c)
    name, wife = k.name_zh(c), k.name_zh(c, "han")
    unit1, unit2 = k.unit_zh(c, pl), k.unit_zh(c)
    xm = c.ch(k.ZH_XIAOMING)
    d.put(P("HOSPITAL", k.hosp_zh(c, pl)), " 医务社工部\n医务社工个案评估记录\n个案编号：", P("OTHER_ID", f"SG{day.year}{c.digits(5, False)}"), "    评估日期：", P("DATE", k.date_zh(c, day)), "\n")
    d.put("服务对象：", P("NAME_PATIENT", name), "    住院号：", P("MRN", c.digits(9)), "    医保卡号：", P("INSURANCE", c.letters(1) + c.digits(10)), "\n")
    d.put("户籍/现住址：", k.addr_zh(pl), "  邮编", P("POSTCODE", pl["zip"]), "\n\n一、职业与经济状况：\n")
    d.put("患者原在", P("WORKPLACE", unit1), "从事", c.pick("搬运", "仓管", "机修", "保洁"), "工作", c.ri(8, 26), "年，", c.pick("后调至", "退休前在"), P("WORKPLACE", unit2), "。", "现无固定收入，低保证号", P("OTHER_ID", c.digits(12)), "。\n")
    d.put("二、家庭支持：配偶", P("NAME_RELATIVE", wife), "（电话", P("PHONE", k.mobile(c)), "）体弱；孙女", P("NAME_RELATIVE", xm), "（小名）在外地读书，每周视频。\n")
    d.put("三、疾病与照护：⟦ep|帕金森病⟧10年，⟦dr|多巴丝肼⟧ ⟦do|125mg tid⟧；近期⟦fi|吸入性肺炎⟧，⟦me|Barthel指数35分⟧。\n")
    d.put("四、计划：链接“暖心救助”慈善项目，申请链接", P("URL", k.url(c, "cishan.nuanxin-jz.org.cn", "apply")), "；")
    if c.chance(0.5):
        d.put("材料已发至家属邮箱", P("EMAIL", k.email_zh(c)), "；")
    d.put("协调", P("HOSPITAL", pl["city"] + "社会福利院"), "床位。\n社工：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "（中级社工师）  督导：", P("NAME_CLINICIAN", k.surname_zh(c)), "老师\n")
    return d


def cuijiao(c):
    d = Doc()
    day = k.rday(c)
    name, rel = k.name_zh(c), k.name_zh(c, "han")
    owe = c.ri(3000, 48000)
    d.put(P("HOSPITAL", k.hosp_zh(c)), "\n住院费用催缴通知单\n\n", P("NAME_PATIENT", name), " 患者（家属）：\n")
    d.put("您（", P("NAME_PATIENT", name), "，住院号", P("MRN", "Z" + c.digits(7)), "，住院流水号", P("ACCOUNT", f"{day.year}{c.digits(8, False)}"), "）自", P("DATE", k.date_zh(c, k.days(day, -c.ri(5, 30)))), "入住", c.pick("心内科", "神经外科", "呼吸科", "骨科"), "，")
    d.put("截至", P("DATE", k.date_zh(c, day)), "累计费用", owe + c.ri(10000, 30000), "元，预交金余额-", owe, "元。医保个人编号", P("INSURANCE", c.digits(2) + c.digits(14, False)), "，统筹部分待出院结算。\n")
    d.put("主要费用：⟦dr|注射用美罗培南⟧ ⟦do|1g q8h⟧，⟦pr|连续性肾脏替代治疗⟧，⟦lab|降钙素原 8.6 ng/mL⟧复查。\n")
    d.put("请于3日内补缴。可扫码或登录", P("URL", k.url(c, "pay.zyjf-hosp.cn", "bill")), "在线缴费。\n\n家属签收：", P("NAME_RELATIVE", rel), "    联系电话：", P("PHONE", k.mobile(c)), "\n")
    d.put("经办收费员：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "    主管医生：", P("NAME_CLINICIAN", k.surname_zh(c)), "医生\n打印时间：", P("DATE", k.date_zh(c, day, "iso")), f" {c.ri(8, 17)}:{c.ri(10, 59)}    终端IP：", P("IP", k.ip4(c)), "\n")
    return d


def tingli(c):
    d = Doc()
    day = k.rday(c)
    h = k.hosp_zh(c)
    d.put("# ", P("HOSPITAL", h), " 新生儿听力筛查复筛登记导出\n# 导出时间 ", P("DATE", k.date_zh(c, day, "iso")), "  导出终端 ", P("IP", k.ip4(c) if c.chance(0.6) else k.ip6(c)), "\n")
    d.put("筛查号,婴儿,母亲,母亲住院号,出生日期,初筛,复筛(OAE/AABR),家长电话\n")
    for _ in range(c.ri(3, 4)):
        mom = k.name_zh(c)
        baby = c.pick("xm", "child")
        born = k.days(day, -c.ri(30, 50))
        d.put(P("ACCESSION", f"TL{born.year}{c.digits(5, False)}"), ",")
        if baby == "xm":
            d.put(P("NAME_PATIENT", c.ch(k.ZH_XIAOMING)), ",")
        else:
            d.put(P("NAME_RELATIVE", mom), c.pick("之子", "之女"), ",")
        d.put(P("NAME_RELATIVE", mom), ",", P("MRN", c.digits(8)), ",", P("DATE", k.date_zh(c, born, c.pick("iso", "slash"))), ",", c.pick("右耳未通过", "双耳未通过", "左耳未通过"), ",", c.pick("⟦lab|OAE通过⟧", "⟦lab|AABR未通过⟧", "⟦lab|OAE未通过⟧"), ",", P("PHONE", k.mobile(c)), "\n")
    d.put("# 未通过者转诊", P("HOSPITAL", k.hosp_zh(c)), "耳鼻喉科行⟦pr|听性脑干反应⟧检查，筛查员：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "，听力师：", P("NAME_CLINICIAN", k.surname_zh(c)), "老师\n")
    return d


def yachuang(c):
    d = Doc()
    day = k.rday(c)
    old = c.chance(0.6)
    age = _age(c, old, 60)
    name, carer = k.name_zh(c), k.name_zh(c, "han")
    sur = k.surname_zh(c)
    score = c.ri(9, 14)
    d.put(P("HOSPITAL", k.hosp_zh(c)), "\n压力性损伤（压疮）上报表\n上报编号：", P("OTHER_ID", f"YC-{day.year}-{c.digits(4, False)}"), "\n")
    d.put("患者：", P("NAME_PATIENT", name), "  年龄：", _agep(c, age), "岁  住院号：", P("MRN", c.digits(10)), "  床号：", c.ri(1, 48), "床\n")
    d.put("来源：", c.pick("院外带入（", "院内发生（"), "发现日期", P("DATE", k.date_zh(c, day)), "）\n部位：⟦an|骶尾部⟧、⟦an|右足跟⟧\n分期：⟦fi|2期压力性损伤⟧；大小⟦me|3.5cm×2.0cm⟧\n")
    d.put(f"⟦ep|Braden⟧评分：⟦me|{score}分⟧（高危）；⟦lab|白蛋白 28.6 g/L⟧\n")
    if c.chance(0.6):
        d.put("患者自带气垫床，序列号", P("DEVICE", c.letters(2) + c.digits(8)), "，已检查充气正常。\n")
    d.put("措施：q2h翻身，⟦dr|泡沫敷料⟧外用，营养科会诊。\n陪护：", P("NAME_RELATIVE", carer), c.pick("（儿子）", "（护工）", "（女儿）"), "，电话", P("PHONE", k.mobile(c)), "\n")
    if old:
        d.put("家属诉：“老人", _agep(c, age), "岁了，瘦得只剩骨头。”\n")
    d.put("上报人：", P("NAME_CLINICIAN", sur), "护士    护士长：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "\n上报时间：", P("DATE", k.date_zh(c, day, "iso")), "    上报终端：", P("IP", k.ip4(c)), "\n")
    return d


def zaokou(c):
    d = Doc()
    pl = k.place_zh(c)
    day = k.rday(c)
    foreign = c.chance(0.45)
    name = c.ch(k.ZH_LATIN) if foreign else k.name_zh(c)
    d.put(P("HOSPITAL", k.hosp_zh(c, pl)), " 伤口造口护理门诊记录\n就诊日期：", P("DATE", k.date_zh(c, day)), "    门诊号：", P("MRN", "MZ" + c.digits(9)), "\n姓名：", P("NAME_PATIENT", name), "    ")
    if foreign:
        d.put("护照号：", P("PASSPORT", c.letters(2) + c.digits(7)), "\n")
    else:
        sex = c.pick("M", "F")
        d.put("身份证：", P("ID_CARD", k.id_card_zh(c, pl["code"], k.dob_for(c, c.ri(30, 80), day), sex)), "\n")
    if c.chance(0.6):
        d.put("工作单位：", P("WORKPLACE", k.unit_zh(c, pl)), "\n")
    d.put("诊断：⟦fi|直肠癌⟧ ⟦ep|Miles术⟧后；⟦pr|乙状结肠造口⟧ ", c.ri(2, 10), "周\n")
    d.put("评估：造口直径⟦me|3.0cm⟧，⟦fi|造口周围刺激性皮炎⟧，⟦an|造口周围皮肤⟧发红。\n处理：⟦dr|造口护肤粉⟧，更换两件式造口袋，⟦dr|皮肤保护膜⟧。\n")
    d.put("家属：", P("NAME_RELATIVE", k.name_zh(c, "han")), "，", P("PHONE", k.mobile(c)), "；照护视频已发至邮箱", P("EMAIL", k.email_zh(c)), "。\n")
    d.put("随访：", P("URL", k.url(c, "mp.zaokou-care.cn", "follow")), "（小程序）\n主诊：", P("NAME_CLINICIAN", k.surname_zh(c)), "医生；造口治疗师：", P("NAME_CLINICIAN", k.name_zh(c, "han")), "（执业证书编号", P("LICENSE", k.license_zh(c)), "）\n")
    return d


from templates_v21_zh2 import TEMPLATES as _PART2  # noqa: E402

TEMPLATES = [("zh21_yuzhu", yuzhu), ("zh21_shegong", shegong), ("zh21_cuijiao", cuijiao), ("zh21_tingli", tingli), ("zh21_yachuang", yachuang), ("zh21_zaokou", zaokou), *_PART2]
