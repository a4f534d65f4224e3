"""v20 Chinese templates, part 2: 尘肺病患者随访登记, 学校因病缺课追踪登记导出, 住院预约登记单,
短信通知发送记录导出, 运动处方, 验光配镜处方."""

# ruff: noqa: E501
# fmt: off

from __future__ import annotations

import datetime as dt

import _v20_kit as k
from _core import Doc, P


def t_chenfei(c):
    d = Doc()
    g = k.zh_geo(c)
    n = k.zh_name(c, 0.08)
    old = c.chance(0.4)
    age = c.ri(90, 98) if old else c.ri(52, 86)
    vd = k.date(c)
    b = k.dob(c, age, vd)
    d.add("尘肺病患者随访登记表\n随访机构：{h}    随访日期：{vd}\n\n", h=P("HOSPITAL", c.ch(["{c}市职业病防治院", "{c}矿务局总医院"]).format(c=g["city"][:-1])), vd=P("DATE", k.zh_date(c, vd)))
    d.add("姓名：{n}   性别：男   年龄：{a}岁   身份证号：{id}\n", n=P("NAME_PATIENT", n), a=P("AGE_OVER_89", str(age)) if old else str(age), id=P("ID_CARD", k.zh_id(c, g, b, "M")))
    d.put("户籍地址：", *k.zh_addr(c, g), "   邮编：", P("POSTCODE", g["pc"]), "\n")
    d.add("联系电话：{ph}   工伤保险个人编号：{ins}\n职业病诊断证明书编号：{cert}\n", ph=P("PHONE", k.zh_mobile(c)), ins=P("INSURANCE", f"{g['area'][:4]}{c.digits(10)}"), cert=P("OTHER_ID", f"职诊字〔{vd.year - c.ri(3, 20)}〕第{c.digits(4)}号"))
    w1, w2 = k.zh_emp(c, g), c.ch(["{c}宏达石材厂", "{c}水泥厂", "{c}煤业集团第三煤矿"]).format(c=g["city"][:-1])
    d.add("职业史：1978—1996年在{w1}井下掘进，1996—2009年在{w2}从事破碎工作，接尘工龄共31年。\n", w1=P("WORKPLACE", w1), w2=P("WORKPLACE", w2))
    d.add("诊断：⟦fi|矽肺贰期⟧，合并⟦fi|慢性阻塞性肺疾病⟧。本次：⟦me|mMRC呼吸困难分级3级⟧，⟦me|SpO2 91%⟧（静息），⟦lab|FEV1 0.98 L⟧，⟦me|6分钟步行距离210米⟧。\n")
    d.add("用药：⟦dr|噻托溴铵⟧⟦do|18μg 每日1次⟧吸入，⟦dr|汉防己甲素片⟧⟦do|60mg tid⟧。\n")
    if c.chance(0.5):
        d.add("家中使用无创呼吸机（序列号{sn}）及制氧机，每日氧疗约15小时。\n", sn=P("DEVICE", k.serial(c)))
    rel = k.zh_sur(n) + c.ch(k.ZH_GIVEN) + c.ch(k.ZH_GIVEN)
    d.add("陪同家属：儿子{r}，{q}\n", r=P("NAME_RELATIVE", rel), q=["说：“我爸今年", P("AGE_OVER_89", str(age)), "了，晚上睡不平。”"] if old else "诉夜间咳嗽加重。")
    if c.chance(0.6):
        d.add("由孙子驾车接送（车牌{pl}），往返约两小时。\n", pl=P("VEHICLE", k.zh_plate(c)))
    d.add("随访医生：{dr}医生   复核：{chk}\n（随访表抄送区职防科，传真{fx}）\n", dr=P("NAME_CLINICIAN", c.ch(k.ZH_SUR)), chk=P("NAME_CLINICIAN", k.zh_name(c, 0)), fx=P("FAX", k.zh_tel(c, g)))
    return d


def t_quekei(c):
    d = Doc()
    g = k.zh_geo(c)
    run = k.date(c)
    d.add("学校因病缺课追踪登记（导出）\n学校：{s}   导出人：{u}   终端：{ip}   导出日期：{rd}\n\n", s=f"{g['city'][:-1]}市{c.pick('实验', '第四', '育才')}小学", u=P("NAME_CLINICIAN", k.zh_name(c, 0)), ip=P("IP", k.ip(c)), rd=P("DATE", k.zh_date(c, run, "dash")))
    d.add("学籍号,学生姓名,班级,缺课日期,症状,就诊医院,诊断,家长,家长电话\n")
    sx = [("⟦me|发热38.6℃⟧、咽痛", "⟦fi|疱疹性咽峡炎⟧"), ("呕吐、腹泻", "⟦fi|诺如病毒感染⟧"), ("皮疹、⟦me|体温37.9℃⟧", "⟦fi|水痘⟧"), ("咳嗽", "⟦fi|肺炎支原体肺炎⟧"), ("眼红", "⟦fi|急性结膜炎⟧")]
    for _ in range(c.ri(3, 5)):
        n = k.zh_name(c, 0.08)
        s, f = c.ch(sx)
        par = k.zh_sur(n) + "".join(c.sample(k.ZH_GIVEN, 2))
        d.add("{sid},{n},{cl},{dd},{s},{h},{f},{p},{ph}\n", sid=P("OTHER_ID", f"G{g['area']}{c.digits(10)}"), n=P("NAME_PATIENT", n), cl=f"{c.ri(1, 6)}年级{c.ri(1, 8)}班", dd=P("DATE", k.zh_date(c, run - dt.timedelta(days=c.ri(0, 6)), "dash")), s=s, h=P("HOSPITAL", k.zh_hosp(c, g)), f=f, p=P("NAME_RELATIVE", par), ph=P("PHONE", k.zh_mobile(c)))
    d.add("\n备注：同班出现3例以上{f}，已报{cdc}，联系人{x}老师。\n", f="⟦fi|水痘⟧", cdc=f"{g['dist']}疾控中心", x=P("NAME_CLINICIAN", c.ch(k.ZH_SUR)))
    return d


def t_yuyue(c):
    d = Doc()
    g = k.zh_geo(c)
    foreign = c.chance(0.5)
    n = k.zh_name(c, 0.06, 1.0 if foreign else 0.0)
    rd = k.date(c)
    d.add("住院预约登记单\n{h} 入院准备中心\n预约号：{y}   登记日期：{rd}   门诊号：{m}\n", h=P("HOSPITAL", k.zh_hosp(c, g)), y=P("OTHER_ID", f"YY{rd:%Y%m%d}{c.digits(4)}"), rd=P("DATE", k.zh_date(c, rd)), m=P("MRN", c.digits(10)))
    if foreign:
        d.add("姓名：{n}   证件：护照 {pp}   联系电话：{ph}   邮箱：{em}\n", n=P("NAME_PATIENT", n), pp=P("PASSPORT", k.zh_passport(c)), ph=P("PHONE", k.zh_mobile(c)), em=P("EMAIL", k.zh_email(c)))
    else:
        b = k.dob(c, c.ri(20, 80), rd)
        sex = c.pick("M", "F")
        d.add("姓名：{n}   身份证号：{id}   联系电话：{ph}\n工作单位：{w}   医保卡号：{ins}\n", n=P("NAME_PATIENT", n), id=P("ID_CARD", k.zh_id(c, g, b, sex)), ph=P("PHONE", k.zh_mobile(c)), w=P("WORKPLACE", k.zh_emp(c, g)), ins=P("INSURANCE", f"{g['area'][:2]}{c.digits(9)}"))
    d.add("拟入科室：{dep}   门诊诊断：{dx}\n拟行：{pr}\n", dep=c.pick("胸外科", "骨科", "泌尿外科"), dx=c.pick("⟦fi|右肺上叶磨玻璃结节⟧", "⟦fi|右膝骨关节炎⟧", "⟦fi|左肾结石⟧"), pr=c.pick("⟦pr|胸腔镜下肺段切除术⟧", "⟦pr|人工全膝关节置换术⟧", "⟦pr|经皮肾镜碎石取石术⟧"))
    d.add("术前检查已完成：⟦lab|血红蛋白 128 g/L⟧，⟦lab|INR 1.02⟧；停用⟦dr|阿司匹林⟧7天。\n")
    rel = k.zh_name(c, 0.05)
    d.add("紧急联系人：{r}（{rel}）{ph}\n", r=P("NAME_RELATIVE", rel), rel=c.pick("配偶", "女儿", "儿子", "朋友"), ph=P("PHONE", k.zh_mobile(c)))
    if c.chance(0.7):
        d.add("入院当日院内停车预约车牌：{pl}\n", pl=P("VEHICLE", k.zh_plate(c)))
    d.add("床位通知将通过小程序推送：{u}\n登记人：{x}护士（入院准备中心）  转诊传真：{fx}\n", u=P("URL", k.url(c, "zy.yy-hosp.cn", "bed")), x=P("NAME_CLINICIAN", c.ch(k.ZH_SUR)), fx=P("FAX", k.zh_tel(c, g)))
    return d


def t_duanxin(c):
    d = Doc()
    g = k.zh_geo(c)
    hosp = k.zh_hosp(c, g)
    run = k.date(c)
    d.add("短信平台发送记录导出\n账号：{u}   登录IP：{ip}   导出时间：{rd} 17:40\n\n", u=P("NAME_CLINICIAN", c.ch(k.ZH_GIVEN) + c.ch(k.ZH_GIVEN)), ip=P("IP", k.ip(c)), rd=P("DATE", k.zh_date(c, run, "dash")))
    d.add("序号|接收号码|患者|短信内容|状态\n")
    for i in range(c.ri(3, 5)):
        n = k.zh_name(c, 0.06)
        ex = k.date(c)
        kind = c.ri(0, 2)
        d.add("{i}|{ph}|{n}|【{h}】", i=i + 1, ph=P("PHONE", k.zh_mobile(c)), n=P("NAME_PATIENT", n), h=P("HOSPITAL", hosp))
        if kind == 0:
            d.add("{s}，您预约的⟦pr|增强CT⟧（检查号{acc}）定于{dt} 08:30，请空腹，携带⟦lab|肌酐⟧报告。|成功\n", s=[P("NAME_PATIENT", k.zh_sur(n)), c.pick("先生", "女士")] if c.chance(0.5) else P("NAME_PATIENT", n), acc=P("ACCESSION", f"CT{c.digits(9)}"), dt=P("DATE", k.zh_date(c, ex, "md")))
        elif kind == 1:
            d.add("您的⟦pr|胃镜⟧病理报告已出，查询：{u} ，如有疑问联系{x}医生。|成功\n", u=P("URL", k.url(c, "rpt.example-yy.cn", "p")), x=P("NAME_CLINICIAN", c.ch(k.ZH_SUR)))
        else:
            d.add("家属{r}您好，患者⟦lab|血钾 2.9 mmol/L⟧已处理，请于{dt}前来补缴押金。|失败(空号)\n", r=P("NAME_RELATIVE", k.zh_name(c, 0)), dt=P("DATE", k.zh_date(c, ex, "md")))
    return d


def t_yundong(c):
    d = Doc()
    g = k.zh_geo(c)
    n = k.zh_name(c, 0.06)
    old = c.chance(0.3)
    age = c.ri(90, 96) if old else c.ri(35, 79)
    vd = k.date(c)
    d.add("运动处方\n{h} 心脏康复门诊\n姓名：{n}   年龄：{a}岁   门诊号：{m}   日期：{vd}\n", h=P("HOSPITAL", k.zh_hosp(c, g)), n=P("NAME_PATIENT", n), a=P("AGE_OVER_89", str(age)) if old else str(age), m=P("MRN", c.digits(9)), vd=P("DATE", k.zh_date(c, vd)))
    if not old:
        d.add("职业：{w}职工，久坐办公。\n", w=P("WORKPLACE", k.zh_emp(c, g)))
    else:
        d.add("患者自述：“我{a}岁了，每天还在公园打太极。”\n", a=P("AGE_OVER_89", str(age)))
    if c.chance(0.4):
        d.add("自驾来院，停车减免车牌：{pl}\n", pl=P("VEHICLE", k.zh_plate(c)))
    d.add("诊断：⟦fi|冠心病⟧ ⟦pr|PCI术后⟧3月，⟦fi|高血压病2级⟧。⟦pr|心肺运动试验⟧：⟦me|峰值摄氧量 18.6 ml/kg/min⟧，⟦me|无氧阈心率 108次/分⟧。\n")
    d.add("处方：快走/功率车，每周5次，每次30分钟，⟦me|靶心率 100~112次/分⟧，⟦ep|Borg评分⟧ ⟦me|11~13⟧；抗阻训练每周2次。\n服药：⟦dr|美托洛尔缓释片⟧⟦do|47.5mg qd⟧，⟦dr|阿托伐他汀⟧⟦do|20mg qn⟧。\n")
    d.add("监测：佩戴心电贴（序列号{sn}），数据上传康复APP：{u}（最近登录IP {ip}）；周报发送至{em}。\n", sn=P("DEVICE", k.serial(c)), u=P("URL", k.url(c, "kf.heart-rehab.cn", "u")), ip=P("IP", k.ip(c)), em=P("EMAIL", k.zh_email(c)))
    doc = k.zh_name(c, 0)
    d.add("处方医师：{dn}（执业证书编号{lic}）   康复治疗师：{t}\n", dn=P("NAME_CLINICIAN", doc), lic=P("LICENSE", f"1{c.digits(2)}{g['area'][:2]}{c.digits(11)}"), t=P("NAME_CLINICIAN", k.zh_name(c, 0)))
    return d


def t_yanguang(c):
    d = Doc()
    g = k.zh_geo(c)
    n = k.zh_name(c, 0.05)
    pet = c.ch(k.ZH_PETNAME)
    vd = k.date(c)
    par = k.zh_sur(n) + "".join(c.sample(k.ZH_GIVEN, 2))
    d.add("{h} 眼视光中心\n验光配镜处方\n\n姓名：{n}（小名：{pet}）   出生日期：{b}   门诊号：{m}\n家长：{p}   电话：{ph}\n", h=P("HOSPITAL", k.zh_hosp(c, g)), n=P("NAME_PATIENT", n), pet=P("NAME_PATIENT", pet), b=P("DATE", k.zh_date(c, k.dob(c, c.ri(7, 14), vd), "dash")), m=P("MRN", c.digits(8)), p=P("NAME_RELATIVE", par), ph=P("PHONE", k.zh_mobile(c)))
    d.add("主诉：看黑板模糊半年，{pet}妈妈说“他趴着写作业”。\n\n", pet=P("NAME_PATIENT", pet))
    d.add("     球镜      柱镜     轴位   矫正视力\n右眼 ⟦me|-2.75D⟧   ⟦me|-0.50D⟧   175    ⟦me|1.0⟧\n左眼 ⟦me|-3.00D⟧   ⟦me|-0.25D⟧   5      ⟦me|1.0⟧\n")
    d.add("⟦pr|睫状肌麻痹验光⟧（⟦dr|复方托吡卡胺滴眼液⟧），⟦me|眼轴 24.62 mm⟧，诊断：⟦fi|近视⟧、⟦fi|散光⟧。\n")
    if c.chance(0.6):
        d.add("验配角膜塑形镜，镜片序列号 右{s1} 左{s2}；夜戴，次日复查⟦pr|角膜地形图⟧。\n", s1=P("DEVICE", k.serial(c)), s2=P("DEVICE", k.serial(c)))
    else:
        d.add("配框架眼镜（离焦设计），⟦dr|阿托品滴眼液⟧⟦do|0.01% 每晚1滴⟧。\n")
    d.add("订单号：{o}   取镜日期：{dd}\n验光师：{v}   医师：{x}医生\n", o=P("ACCOUNT", f"PJ{c.digits(10)}"), dd=P("DATE", k.zh_date(c, vd + dt.timedelta(days=7), "md")), v=P("NAME_CLINICIAN", k.zh_name(c, 0)), x=P("NAME_CLINICIAN", c.ch(k.ZH_SUR)))
    return d


TEMPLATES = [
    ("zh20_chenfei_suifang", t_chenfei),
    ("zh20_quekei_zhuizong_csv", t_quekei),
    ("zh20_zhuyuan_yuyue", t_yuyue),
    ("zh20_duanxin_fasong_export", t_duanxin),
    ("zh20_yundong_chufang", t_yundong),
    ("zh20_yanguang_peijing", t_yanguang),
]
