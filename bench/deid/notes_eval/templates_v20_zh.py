"""v20 Chinese templates, part 1 (and the list of all 12): 中医体质辨识报告, 普通高校招生体检表,
青霉素皮试记录, 肺功能检查报告, 留置胃管及鼻饲护理记录, PICC维护记录手册. Part 2 is templates_v20_zh2.py."""

# ruff: noqa: E501
# fmt: off

from __future__ import annotations

import datetime as dt

import _v20_kit as k
import templates_v20_zh2
from _core import Doc, P


def t_tizhi(c):
    d = Doc()
    g = k.zh_geo(c)
    n = k.zh_name(c)
    sex = c.pick("M", "F")
    vd = k.date(c)
    b = k.dob(c, c.ri(25, 75), vd)
    idl, idv = ("身份证号：", P("ID_CARD", k.zh_id(c, g, b, sex))) if c.chance(0.65) else ("台湾居民来往大陆通行证：", P("PASSPORT", c.digits(8)))
    tz = c.pick("气虚质", "阳虚质", "痰湿质", "湿热质", "血瘀质")
    d.add("中医体质辨识报告\n{h} 治未病中心\n\n姓名：{n}   性别：{sx}   出生日期：{b}\n{idl}{id}   门诊号：{m}\n工作单位：{w}   电话：{ph}\n测评日期：{vd}\n\n", h=P("HOSPITAL", k.zh_hosp(c, g)), n=P("NAME_PATIENT", n), sx="男" if sex == "M" else "女", b=P("DATE", k.zh_date(c, b, "dash")), idl=idl, id=idv, m=P("MRN", c.digits(10)), w=P("WORKPLACE", k.zh_emp(c, g)), ph=P("PHONE", k.zh_mobile(c)), vd=P("DATE", k.zh_date(c, vd)))
    d.add("体质类型      转化分   判定\n")
    for t in ("平和质", "气虚质", "阳虚质", "痰湿质", "湿热质", "血瘀质"):
        d.add(f"{t}        {c.ri(10, 70):>3}     {'是' if t == tz else c.pick('否', '倾向是')}\n")
    d.add("\n结论：⟦fi|{tz}⟧。舌淡胖边有齿痕，脉沉细。⟦me|BMI 27.3⟧，⟦me|腰围 96 cm⟧，⟦lab|空腹血糖 6.4 mmol/L⟧。\n", tz=tz)
    d.add("调养建议：⟦dr|玉屏风颗粒⟧⟦do|5g tid⟧冲服2周；⟦dr|黄芪⟧⟦do|15g⟧、⟦dr|党参⟧⟦do|10g⟧煲汤；八段锦每日1次；⟦pr|艾灸⟧足三里。\n")
    doc = k.zh_name(c, 0)
    d.add("辨识医师：{dn}（执业证书编号{lic}）  审核：{x}主任\n", dn=P("NAME_CLINICIAN", doc), lic=P("LICENSE", f"1{c.digits(2)}{g['area'][:2]}{c.digits(11)}"), x=P("NAME_CLINICIAN", c.ch(k.ZH_COMPOUND + k.ZH_SUR)))
    if c.chance(0.6):
        d.add("结算单号：{a}   报告查询：{u}\n", a=P("ACCOUNT", f"JS{c.digits(12)}"), u=P("URL", k.url(c, "wx.tcm-yy.cn", "tz")))
    return d


def t_gaokao(c):
    d = Doc()
    g = k.zh_geo(c)
    n = k.zh_name(c, 0.2)
    sex = c.pick("M", "F")
    ed = k.date(c)
    b = dt.date(ed.year - 18, 1, 1) + dt.timedelta(days=c.ri(0, 500))
    d.add("普通高等学校招生全国统一考试考生体检表\n考生号：{ks}   体检条码：{tm}\n姓名：{n}   性别：{sx}   出生日期：{b}\n", ks=P("OTHER_ID", f"{ed.year % 100}{g['area'][:4]}{c.digits(8)}"), tm=P("ACCESSION", c.digits(12)), n=P("NAME_PATIENT", n), sx="男" if sex == "M" else "女", b=P("DATE", k.zh_date(c, b)))
    if c.chance(0.3):
        d.add("证件：港澳居民来往内地通行证 {pp}\n", pp=P("PASSPORT", f"H{c.digits(8)}"))
    else:
        d.add("身份证号：{id}\n", id=P("ID_CARD", k.zh_id(c, g, b, sex)))
    d.put("户籍地址：", *k.zh_addr(c, g), "  邮编：", P("POSTCODE", g["pc"]), "\n联系电话：", P("PHONE", k.zh_mobile(c)), "  电子邮箱：", P("EMAIL", k.zh_email(c)), "\n\n")
    d.add("既往病史：{h}\n眼科：裸眼视力 右⟦me|4.6⟧ 左⟦me|4.7⟧；色觉检查（⟦ep|石原色盲检查图⟧）：{cv}\n内科：⟦me|血压 118/72 mmHg⟧，心肺未见异常；⟦lab|ALT 23 U/L⟧\n外科：⟦me|身高 172 cm⟧\n胸部：⟦pr|胸部X线⟧未见异常\n", h=c.pick("无", "⟦fi|支气管哮喘⟧，现用⟦dr|布地奈德福莫特罗⟧⟦do|160/4.5μg 1吸 bid⟧", "⟦fi|癫痫⟧，服⟦dr|左乙拉西坦⟧"), cv=c.pick("正常", "色弱（红）"))
    d.add("主检医师：{x}   体检医院：{h}   日期：{ed}\n", x=P("NAME_CLINICIAN", k.zh_name(c, 0)), h=P("HOSPITAL", k.zh_hosp(c, g)), ed=P("DATE", k.zh_date(c, ed, "dot")))
    return d


def t_pishi(c):
    d = Doc()
    g = k.zh_geo(c)
    foreign = c.chance(0.3)
    n = k.zh_name(c, 0.06, 1.0 if foreign else 0.0)
    old = c.chance(0.3)
    age = c.ri(90, 99) if old else c.ri(18, 80)
    vd = k.date(c)
    nurse = k.zh_name(c, 0)
    d.add("青霉素类药物皮肤试验记录\n科室：{dep}   就诊卡号：{card}   门诊号：{m}\n姓名：{n}   年龄：{a}岁   ", dep=c.pick("急诊输液室", "呼吸内科门诊", "泌尿外科病区"), card=P("ACCOUNT", c.digits(12)), m=P("MRN", c.digits(10)), n=P("NAME_PATIENT", n), a=P("AGE_OVER_89", str(age)) if old else str(age))
    if foreign:
        d.put("护照号：", P("PASSPORT", k.zh_passport(c)), "\n")
    else:
        d.put("医保卡号：", P("INSURANCE", f"{g['area'][:2]}{c.digits(9)}"), "\n")
    d.add("过敏史：{al}   拟用药：⟦dr|注射用青霉素钠⟧⟦do|480万U ivgtt bid⟧（⟦fi|急性扁桃体炎⟧）\n\n", al=c.pick("否认", "⟦dr|磺胺⟧过敏", "家族中母亲⟦dr|青霉素⟧过敏"))
    t0 = k.date(c, vd, vd)
    d.add("皮试日期：{td}  时间 09:12  皮试液⟦do|500U/ml⟧，⟦an|左前臂掌侧⟧皮内注射⟦do|0.1ml⟧\n", td=P("DATE", k.zh_date(c, t0)))
    pos = c.chance(0.2)
    d.add("20分钟观察：{r}   判读护士：{x}护士  双人核对：{n2}\n", r="⟦me|皮丘 1.2 cm⟧伴伪足，阳性（+）" if pos else "⟦me|皮丘 0.6 cm⟧，无红晕，阴性（-）", x=P("NAME_CLINICIAN", k.zh_sur(nurse)), n2=P("NAME_CLINICIAN", k.zh_name(c, 0)))
    if pos:
        d.add("处理：改用⟦dr|阿奇霉素⟧⟦do|0.5g qd⟧；在病历首页及腕带标注青霉素过敏，已告知家属{r}{q}\n", r=P("NAME_RELATIVE", k.zh_name(c, 0.05)), q=["（“我奶奶都", P("AGE_OVER_89", str(age)), "了，以前没过敏过”）。"] if old else "。")
    else:
        d.add("处理：可执行，首剂输注后观察30分钟。{x}护士电话通知医师 {ph}。\n", x=P("NAME_CLINICIAN", k.zh_sur(nurse)), ph=P("PHONE", k.zh_tel(c, g)))
    d.add("{h}\n", h=P("HOSPITAL", k.zh_hosp(c, g)))
    return d


def t_fgn(c):
    d = Doc()
    g = k.zh_geo(c)
    n = k.zh_name(c, 0.06)
    old = c.chance(0.35)
    age = c.ri(90, 96) if old else c.ri(30, 82)
    vd = k.date(c)
    d.add("{h}\n肺功能检查报告\n检查号：{acc}   住院号：{m}   检查日期：{vd}\n姓名：{n}  年龄：{a}  身高 ⟦me|165 cm⟧  体重 ⟦me|58 kg⟧\n", h=P("HOSPITAL", k.zh_hosp(c, g)), acc=P("ACCESSION", f"PF{c.digits(8)}"), m=P("MRN", c.digits(8)), vd=P("DATE", k.zh_date(c, vd, "slash")), n=P("NAME_PATIENT", n), a=[P("AGE_OVER_89", str(age)), "岁"] if old else f"{age}岁")
    if not old:
        d.add("职业：{w} 电焊工20年\n", w=P("WORKPLACE", k.zh_emp(c, g)))
    d.add("\n项目        实测    预计%   舒张后\n⟦lab|FVC 2.31 L⟧   78%   2.45 L\n⟦lab|FEV1 1.42 L⟧   61%   1.60 L\n⟦lab|FEV1/FVC 61%⟧   —     65%\n⟦lab|DLCO 68%⟧\n\n")
    d.add("⟦pr|支气管舒张试验⟧：吸入⟦dr|沙丁胺醇⟧⟦do|400μg⟧后 ⟦lab|FEV1改善率 12.7%⟧，改善绝对值 180 ml，{r}。\n", r=c.pick("阳性", "阴性"))
    d.add("结论：⟦fi|中度阻塞性通气功能障碍⟧，弥散功能轻度下降。\n")
    if old:
        d.add("备注：患者{a}岁高龄，配合欠佳，家属{r}协助完成；{q}\n", a=P("AGE_OVER_89", str(age)), r=P("NAME_RELATIVE", k.zh_name(c, 0.05)), q=["老", P("NAME_PATIENT", k.zh_sur(n)), "自述“吹不动了”。"])
    d.add("操作技师：{t}   报告医师：{x}医生   审核：{y}主任\n", t=P("NAME_CLINICIAN", k.zh_name(c, 0)), x=P("NAME_CLINICIAN", c.ch(k.ZH_SUR)), y=P("NAME_CLINICIAN", c.ch(k.ZH_COMPOUND + k.ZH_SUR)))
    return d


def t_biwei(c):
    d = Doc()
    g = k.zh_geo(c)
    n = k.zh_name(c, 0.06)
    age = c.ri(90, 103)
    vd = k.date(c)
    sur = k.zh_sur(n)
    d.add("留置胃管及鼻饲护理记录\n{h} 老年医学科   床号：{bed}   住院号：{m}\n姓名：{n}   年龄：{a}岁   入院日期：{ad}\n", h=P("HOSPITAL", k.zh_hosp(c, g)), bed=c.ri(1, 46), m=P("MRN", c.digits(9)), n=P("NAME_PATIENT", n), a=P("AGE_OVER_89", str(age)), ad=P("DATE", k.zh_date(c, vd - dt.timedelta(days=c.ri(3, 20)))))
    d.add("诊断：⟦fi|脑梗死后遗症⟧、⟦fi|吞咽障碍⟧（⟦ep|洼田饮水试验⟧⟦me|5级⟧），⟦fi|吸入性肺炎⟧恢复期。\n\n")
    d.add("置管：{pd} ⟦pr|经鼻胃管置入⟧（⟦me|F14⟧），插入深度 ⟦me|55 cm⟧，回抽胃液 ⟦lab|pH 4⟧，⟦pr|床旁X线⟧确认位置。\n", pd=P("DATE", k.zh_date(c, vd, "md")))
    d.add("日期     时间   鼻饲内容                  量      胃残余量   护士\n")
    for i in range(3):
        dd = vd + dt.timedelta(days=i)
        nu = k.zh_name(c, 0)
        d.add("{dd}   {t}   ⟦dr|肠内营养混悬液（TPF）⟧   ⟦do|250ml⟧   ⟦me|{r}ml⟧     {who}\n", dd=P("DATE", k.zh_date(c, dd, "md")), t=c.pick("07:00", "11:00", "17:00"), r=str(c.ri(20, 90)), who=c.pick(P("NAME_CLINICIAN", nu), [P("NAME_CLINICIAN", k.zh_sur(nu)), "护士"]))
    rel = sur + "".join(c.sample(k.ZH_GIVEN, 2))
    d.add("\n家属沟通：女儿{r}表示“我妈{a}岁了，就怕她拔管”，同意使用约束手套。陪护工老{w}夜班。\n", r=P("NAME_RELATIVE", rel), a=P("AGE_OVER_89", str(age)), w=P("NAME_CLINICIAN", c.ch(k.ZH_SUR)))
    if c.chance(0.5):
        d.add("出院带家用肠内营养泵（序列号{sn}），联系电话{ph}，社区护士上门换管。\n", sn=P("DEVICE", k.serial(c)), ph=P("PHONE", k.zh_mobile(c)))
    d.add("责任护士：{x}护士   护士长：{y}\n", x=P("NAME_CLINICIAN", c.ch(k.ZH_SUR)), y=P("NAME_CLINICIAN", k.zh_name(c, 0)))
    return d


def t_picc(c):
    d = Doc()
    g = k.zh_geo(c)
    n = k.zh_name(c, 0.06)
    sex = c.pick("M", "F")
    pd = k.date(c)
    b = k.dob(c, c.ri(30, 78), pd)
    d.add("PICC导管维护记录手册\n置管医院：{h}\n姓名：{n}   身份证号：{id}   住院号：{m}\n", h=P("HOSPITAL", k.zh_hosp(c, g)), n=P("NAME_PATIENT", n), id=P("ID_CARD", k.zh_id(c, g, b, sex)), m=P("MRN", c.digits(8)))
    d.put("家庭住址：", *k.zh_addr(c, g), "  邮编：", P("POSTCODE", g["pc"]), "\n")
    d.add("联系电话：{ph}   医保卡号：{ins}\n\n", ph=P("PHONE", k.zh_mobile(c)), ins=P("INSURANCE", f"{g['area'][:2]}{c.digits(9)}"))
    d.add("置管日期：{pd}  适应证：⟦fi|乳腺癌⟧术后化疗（⟦dr|表柔比星⟧+⟦dr|环磷酰胺⟧）\n导管：改良⟦ep|Seldinger技术⟧置入，⟦me|4Fr⟧ 三向瓣膜式，⟦an|右上臂贵要静脉⟧，体内长度 ⟦me|43 cm⟧，外露 ⟦me|2 cm⟧，⟦me|臂围 26 cm⟧，⟦pr|腔内心电图定位⟧尖端位于⟦an|上腔静脉下段⟧。\n\n", pd=P("DATE", k.zh_date(c, pd)))
    d.add("维护日期   外露长度   臂围    冲封管                       维护者/单位\n")
    for i in range(c.ri(2, 4)):
        dd = pd + dt.timedelta(days=7 * (i + 1))
        where = c.pick([P("NAME_CLINICIAN", k.zh_name(c, 0)), "/本院"], [P("NAME_CLINICIAN", k.zh_name(c, 0)), "/", P("HOSPITAL", c.pick(f"{g['dist']}人民医院", f"{g['dist']}{c.ch(k.ZH_TOWNS)}卫生院"))])
        d.add("{dd}     2 cm      26 cm   ⟦dr|0.9%氯化钠⟧⟦do|10ml⟧脉冲冲管   {w}\n", dd=P("DATE", k.zh_date(c, dd, "dot")), w=where)
    d.add("\n注意：如出现⟦fi|静脉血栓⟧征象（手臂肿胀）请速就诊。PICC门诊电话 {t}，传真 {fx}。\n", t=P("PHONE", k.zh_tel(c, g)), fx=P("FAX", k.zh_tel(c, g)))
    return d


TEMPLATES = [
    ("zh20_tizhi_bianshi", t_tizhi),
    ("zh20_gaokao_tijian", t_gaokao),
    ("zh20_qingmeisu_pishi", t_pishi),
    ("zh20_feigongneng_baogao", t_fgn),
    ("zh20_biwei_huli", t_biwei),
    ("zh20_picc_weihu", t_picc),
    *templates_v20_zh2.TEMPLATES,
]
