# ruff: noqa: E501
# fmt: off
"""v22 Chinese templates, part 2 (seven document types)."""

from __future__ import annotations

from _v22_kit import (
    ZH_FOREIGN,
    ZH_GIVEN,
    ZH_WORK,
    ZH_XIAOMING,
    Doc,
    P,
    cn_num,
    id_card,
    ipv4,
    plus,
    rdate,
    zd,
    zh_birth,
    zh_hospital,
    zh_landline,
    zh_mobile,
    zh_name,
    zh_place,
    zh_plate,
    zh_postcode,
    zh_street,
    zh_surname,
)


def _lic(c) -> str:
    return f"{c.ri(1, 2)}{c.digits(14, False)}"


def emg_report(c) -> Doc:
    """肌电图/神经传导检查报告: a pipe table of nerve conduction values."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    d.add("{h} 神经电生理室\n肌电图及神经传导检查报告\n", h=P("HOSPITAL", zh_hospital(c, g)))
    d.add("检查号：{acc}　姓名：{n}　门诊号：{m}　检查日期：{dt}\n", acc=P("ACCESSION", f"EMG{c.digits(7)}"), n=P("NAME_PATIENT", zh_name(c)), m=P("MRN", c.digits(8)), dt=P("DATE", zd(c, day)))
    d.add("工作单位：{w}（流水线装配，双手反复用力）\n", w=P("WORKPLACE", c.ch(ZH_WORK)))
    d.add("检查前核对：体内有心脏起搏器（序列号{sn}），已避开刺激。\n", sn=P("DEVICE", f"{c.letters(3)}{c.digits(6)}"))
    d.add("\n| 神经 | 潜伏期 | 波幅 | 传导速度 |\n|---|---|---|---|\n")
    d.add("| ⟦an|右正中神经⟧ | ⟦me|DML 6.2 ms⟧ | 4.1 mV | ⟦me|SCV 31 m/s⟧ |\n| ⟦an|右尺神经⟧ | 2.9 ms | 8.6 mV | 56 m/s |\n")
    d.add("\n结论：⟦fi|右侧腕管综合征⟧（中度），未见⟦fi|颈神经根病⟧。建议⟦pr|腕管松解术⟧评估，可试用⟦dr|甲钴胺⟧⟦do|0.5mg tid⟧。\n")
    d.add("报告医师：{dn}　医师执业证书编号：{lic}\n结果已传真至申请医院 {fx}\n", dn=P("NAME_CLINICIAN", zh_name(c, 0)), lic=P("LICENSE", _lic(c)), fx=P("FAX", zh_landline(c, g)))
    return d


def gastric_lavage(c) -> Doc:
    """急性中毒洗胃记录: 茶场 worker, pesticide, 个案编号, 结算单号."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    age = c.ri(22, 70)
    male = c.chance(0.6)
    wife = zh_name(c, 0)
    d.add("{h} 急诊科 急性中毒洗胃记录\n", h=P("HOSPITAL", zh_hospital(c, g)))
    d.add("患者：{n}　{sx}　{a}岁　急诊号：{m}　身份证：{idc}\n", n=P("NAME_PATIENT", zh_name(c)), sx="男" if male else "女", a=age, m=P("MRN", f"JZ{c.digits(8)}"),
          idc=P("ID_CARD", id_card(c, g, zh_birth(c, age, day), male)))
    d.add("工作单位：{w}　住址：{p}{ci}{st}\n", w=P("WORKPLACE", c.ch(("国营红旗茶场", "苍山林场", "七星茶场", "白沙林场"))), p=P("PROVINCE_STATE", g[0]), ci=P("CITY", g[1]), st=P("ADDRESS_STREET", zh_street(c, g)))
    d.add("陪同：妻子{w}，电话{ph}\n", w=P("NAME_RELATIVE", wife), ph=P("PHONE", zh_mobile(c)))
    d.add("{dt}自服⟦dr|敌敌畏⟧约50ml，⟦fi|急性有机磷农药中毒⟧，⟦fi|瞳孔针尖样⟧，⟦lab|胆碱酯酶活力 18%⟧。\n", dt=P("DATE", zd(c, day)))
    d.add("处理：⟦pr|洗胃⟧清水共⟦me|30000ml⟧至洗出液澄清；⟦dr|阿托品⟧⟦do|10mg⟧静推，⟦dr|碘解磷定⟧⟦do|1.0g⟧静滴。\n")
    d.add("疾控个案编号：{oid}　结算单号：{acct}\n", oid=P("OTHER_ID", f"ZD{day.year}{c.digits(6)}"), acct=P("ACCOUNT", f"JS{c.digits(11)}"))
    d.add("操作护士：{a}、{b}；医生：{s}医生\n", a=P("NAME_CLINICIAN", zh_name(c, 0)), b=P("NAME_CLINICIAN", zh_name(c, 0)), s=P("NAME_CLINICIAN", zh_surname(c)))
    return d


def heatstroke_card(c) -> Doc:
    """高温中暑病例报告卡: form with checkbox marks."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    age = c.ri(28, 63)
    male = c.chance(0.8)
    d.add("高温中暑病例报告卡\n报告编号：{no}\n", no=P("OTHER_ID", f"{g[3]}{day.year}{c.digits(5)}"))
    d.add("姓名：{n}　性别：{sx}　年龄：{a}　身份证号：{idc}\n", n=P("NAME_PATIENT", zh_name(c, 0.15)), sx="男" if male else "女", a=age, idc=P("ID_CARD", id_card(c, g, zh_birth(c, age, day), male)))
    d.add("用人单位：{w}　联系电话：{ph}\n", w=P("WORKPLACE", c.ch(ZH_WORK)), ph=P("PHONE", zh_mobile(c)))
    d.add("现住址：{p}{ci}{st}　邮编：{pc}\n", p=P("PROVINCE_STATE", g[0]), ci=P("CITY", g[1]), st=P("ADDRESS_STREET", zh_street(c, g)), pc=P("POSTCODE", zh_postcode(c, g)))
    d.add("发病日期：{dt}　诊断：☑⟦fi|热射病⟧ □⟦fi|热痉挛⟧ □⟦fi|热衰竭⟧\n", dt=P("DATE", zd(c, day)))
    d.add("工地车辆{pl}送至急诊，⟦me|肛温 41.2℃⟧，⟦lab|肌酸激酶 5620 U/L⟧，⟦fi|横纹肌溶解⟧。予⟦pr|冰水浸浴⟧、⟦dr|乳酸林格液⟧⟦do|2000ml⟧。\n", pl=P("VEHICLE", zh_plate(c, g)))
    d.add("报告单位：{h}　报告医生：{dn}（执业证书编号{lic}）　报告日期：{rd}\n", h=P("HOSPITAL", zh_hospital(c, g)), dn=P("NAME_CLINICIAN", zh_name(c, 0)), lic=P("LICENSE", _lic(c)), rd=P("DATE", zd(c, plus(day, 1))))
    return d


def dressing_log(c) -> Doc:
    """门诊换药登记 (pipe table of visits), a workplace injury."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    d.add("{h} 外科换药室登记\n", h=P("HOSPITAL", zh_hospital(c, g)))
    d.add("姓名：{n}　就诊卡号：{a}　工伤保险个人编号：{ins}\n", n=P("NAME_PATIENT", zh_name(c)), a=P("ACCOUNT", c.digits(12)), ins=P("INSURANCE", f"GS{c.digits(10)}"))
    d.add("工作单位：{w}　工伤认定书编号：{oid}\n", w=P("WORKPLACE", c.ch(ZH_WORK)), oid=P("OTHER_ID", f"{g[1][:2]}人社工伤认字〔{day.year}〕{c.ri(100, 9999)}号"))
    d.add("诊断：⟦fi|左手背皮肤撕脱伤⟧术后，⟦pr|清创缝合术⟧后第3天\n\n| 日期 | 伤口 | 处理 | 护士 |\n|---|---|---|---|\n")
    for k in range(c.ri(3, 4)):
        d.add("| {dt} | {w} | {tx} | {s}护士 |\n", dt=P("DATE", zd(c, plus(day, 2 * k), "md")), w=c.ch(("⟦fi|少量渗液⟧", "干燥", "⟦fi|红肿⟧")),
              tx=c.ch(("⟦dr|碘伏⟧消毒", "⟦dr|莫匹罗星软膏⟧外涂", "⟦pr|拆线⟧")), s=P("NAME_CLINICIAN", zh_surname(c)))
    d.add("\n⟦me|伤口 4.5 cm×2.0 cm⟧，口服⟦dr|头孢呋辛酯⟧⟦do|0.25g bid⟧。复诊电话：{ph}\n", ph=P("PHONE", zh_mobile(c)))
    return d


def weightloss_followup(c) -> Doc:
    """减重门诊随访: CGM serial, 打卡链接, IP, 邮箱, 外院传真."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    d.add("{h} 减重与代谢门诊随访\n日期：{dt}\n", h=P("HOSPITAL", zh_hospital(c, g)), dt=P("DATE", zd(c, day)))
    d.add("患者：{n}　医保个人编号：{ins}　门诊号：{m}\n", n=P("NAME_PATIENT", zh_name(c)), ins=P("INSURANCE", f"{g[3]}{c.digits(10)}"), m=P("MRN", c.digits(10)))
    d.add("诊断：⟦fi|肥胖症⟧，⟦fi|阻塞性睡眠呼吸暂停⟧；⟦me|体重 112.4 kg⟧，⟦me|BMI 38.6⟧，⟦me|腰围 118 cm⟧。\n")
    d.add("用药：⟦dr|司美格鲁肽⟧⟦do|1.0mg 每周一次⟧皮下注射；⟦lab|糖化血红蛋白 6.4%⟧。\n")
    d.add("佩戴动态血糖仪（序列号{sn}），数据经打卡链接 {url} 上传，最近上传IP {ip}。\n", sn=P("DEVICE", f"{c.digits(2)}{c.letters(4)}{c.digits(6)}"),
          url=P("URL", f"https://jianzhong.hosp-app.cn/check/{c.token(8)}"), ip=P("IP", ipv4(c)))
    d.add("饮食日记发送至{em}。外院睡眠中心报告传真：{fx}\n", em=P("EMAIL", f"{c.token(6).lower()}{c.digits(3)}@{c.ch(('163.com', 'qq.com', 'foxmail.com'))}"), fx=P("FAX", zh_landline(c, g)))
    d.add("评估：可考虑⟦pr|腹腔镜袖状胃切除术⟧。医生：{s}主任　营养师：{n2}\n", s=P("NAME_CLINICIAN", zh_surname(c)), n2=P("NAME_CLINICIAN", zh_name(c, 0)))
    return d


def drowning_er(c) -> Doc:
    """溺水急诊记录: a child, foreign tourist family sometimes, 送医车辆车牌."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    foreign = c.chance(0.4)
    if foreign:
        kid, dad = c.sample(ZH_FOREIGN, 2)
    else:
        sur = zh_surname(c)
        kid, dad = sur + c.ch(ZH_GIVEN), sur + c.ch(ZH_GIVEN)
    d.add("{h} 急诊病历（溺水）\n就诊日期：{dt}\n", h=P("HOSPITAL", zh_hospital(c, g)), dt=P("DATE", zd(c, day)))
    d.add("患儿：{k}　年龄：{a}岁　急诊号：{m}\n", k=P("NAME_PATIENT", kid), a=c.ri(3, 13), m=P("MRN", c.digits(9)))
    d.add("监护人：父亲{fa}，{k2}{pp}，电话{ph}\n", fa=P("NAME_RELATIVE", dad), k2="护照号" if foreign else "往来港澳通行证", pp=P("PASSPORT", f"{c.letters(2)}{c.digits(7)}" if foreign else f"C{c.digits(8)}"), ph=P("PHONE", zh_mobile(c)))
    if not foreign and c.chance(0.5):
        d.add("家人称其小名“{x}”。\n", x=P("NAME_PATIENT", c.ch(ZH_XIAOMING)))
    d.add("现病史：于{ci}{st}附近水库游泳时溺水，约3分钟后被救起，⟦pr|心肺复苏⟧后恢复自主呼吸，由路人私家车（{pl}）送来。\n",
          ci=P("CITY", g[1]), st=P("ADDRESS_STREET", f"{g[2]}{c.ch(('石门镇', '柳林镇', '白沙镇'))}"), pl=P("VEHICLE", zh_plate(c, g)))
    d.add("查体：⟦me|SpO2 89%⟧，⟦an|双肺⟧可闻及⟦fi|湿啰音⟧；⟦pr|胸部CT⟧示⟦fi|双肺渗出影⟧。\n")
    d.add("处理：⟦pr|无创正压通气⟧，⟦dr|甲泼尼龙⟧⟦do|1mg/kg⟧静滴，收住PICU。接诊医生：{dn}\n", dn=P("NAME_CLINICIAN", zh_name(c, 0)))
    return d


def callback_survey(c) -> Doc:
    """出院患者电话回访记录 with quoted speech; an elderly patient (age over 89)."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    age = c.ri(90, 104)
    dau = zh_name(c, 0)
    d.add("出院患者电话回访记录\n回访日期：{dt}　回访护士：{n}\n", dt=P("DATE", zd(c, day)), n=P("NAME_CLINICIAN", zh_name(c, 0)))
    d.add("患者：{p}，{a}岁，住院号{m}，出院日期{od}，出院医院：{h}\n", p=P("NAME_PATIENT", zh_name(c)), a=P("AGE_OVER_89", cn_num(age) if c.chance(0.4) else str(age)),
          m=P("MRN", c.digits(8)), od=P("DATE", zd(c, plus(day, -c.ri(3, 10)), "md")), h=P("HOSPITAL", zh_hospital(c, g)))
    d.add("出院诊断：⟦fi|社区获得性肺炎⟧，⟦fi|慢性心力衰竭⟧；带药⟦dr|托拉塞米⟧⟦do|10mg qd⟧。\n")
    d.add("接听人：女儿{d}（{ph}）\n", d=P("NAME_RELATIVE", dau), ph=P("PHONE", zh_mobile(c)))
    d.add("女儿说：“老人家{a}岁了，回家后⟦me|血压 128/70 mmHg⟧，就是晚上还有点喘。”\n", a=P("AGE_OVER_89", str(age)))
    d.add("已发送满意度问卷链接：{url}（提交IP {ip}）。\n", url=P("URL", f"https://my.hospital-survey.cn/q/{c.token(9)}"), ip=P("IP", ipv4(c)))
    d.add("复查资料邮寄地址：{p}{ci}{st}，邮编{pc}。\n", p=P("PROVINCE_STATE", g[0]), ci=P("CITY", g[1]), st=P("ADDRESS_STREET", zh_street(c, g)), pc=P("POSTCODE", zh_postcode(c, g)))
    return d


TEMPLATES = [
    ("zh22_emg_ncs_report", emg_report),
    ("zh22_gastric_lavage", gastric_lavage),
    ("zh22_heatstroke_card", heatstroke_card),
    ("zh22_dressing_log", dressing_log),
    ("zh22_weightloss_followup", weightloss_followup),
    ("zh22_drowning_er", drowning_er),
    ("zh22_discharge_callback", callback_survey),
]
