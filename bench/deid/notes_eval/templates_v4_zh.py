# Longer than 450 lines: v4's Chinese templates are whole hand-written documents, one function each, kept in one module as v2's and v3's are.
"""v4 Chinese templates: whole documents of types no earlier version lists (日常病程记录/上级医师查房,
交班记录, 术前讨论, 疑难病例讨论, 药学查房, 中医门诊病历, 口腔科, 眼科, 手术知情同意书, 社区老年人健康管理,
陪护登记, 病案复印申请, 传染病报告卡, 放射治疗记录单, 死亡病例讨论; README "v4" notes the overlaps). Written as literal text with ``[[CAT:value]]`` PHI markup and
``⟦kind|term⟧`` keep markup (see ``_v4_kit.render``)."""

# ruff: noqa: E501  (the notes are prose; wrapping them would change nothing but the diff)

from __future__ import annotations

from _core import Ctx, Doc
from _v4_kit import (
    ZH_NICK,
    T,
    addr_zh,
    age,
    born,
    clock,
    day,
    di,
    dz,
    email,
    hosp_zh,
    id_card_zh,
    ip,
    kin_zh,
    landline,
    mobile,
    mrn_zh,
    passport,
    plate_zh,
    postcode_zh,
    ren,
    render,
    serial,
    shift,
    url,
    who,
    workplace_zh,
    yibao,
)

ZSC = [
    dict(
        dx="社区获得性肺炎",
        an="右肺下叶",
        proc="胸部CT平扫",
        meas="体温38.9℃",
        drug="头孢曲松",
        dose="2.0g 静滴 qd",
        lab="白细胞计数14.6×10^9/L",
        ep="格拉斯哥昏迷评分",
    ),
    dict(
        dx="2型糖尿病",
        an="双足",
        proc="动态血糖监测",
        meas="BMI 27.4",
        drug="二甲双胍",
        dose="0.5g tid",
        lab="糖化血红蛋白9.1%",
        ep="库欣综合征",
    ),
    dict(
        dx="急性前壁ST段抬高型心肌梗死",
        an="左前降支",
        proc="经皮冠状动脉介入治疗",
        meas="血压92/60mmHg",
        drug="替格瑞洛",
        dose="90mg bid",
        lab="肌钙蛋白I 12.6ng/ml",
        ep="Killip分级",
    ),
    dict(
        dx="急性脑梗死",
        an="左侧基底节区",
        proc="头颅MRI+DWI",
        meas="NIHSS评分6分",
        drug="阿司匹林肠溶片",
        dose="100mg qd",
        lab="低密度脂蛋白3.9mmol/L",
        ep="巴宾斯基征",
    ),
    dict(
        dx="帕金森病",
        an="黑质",
        proc="多巴胺转运体PET显像",
        meas="Hoehn-Yahr分期3期",
        drug="多巴丝肼",
        dose="125mg tid",
        lab="同型半胱氨酸18μmol/L",
        ep="帕金森病",
    ),
    dict(
        dx="右股骨颈骨折",
        an="右髋关节",
        proc="人工股骨头置换术",
        meas="NRS评分6分",
        drug="低分子肝素钙",
        dose="4100IU 皮下注射 qd",
        lab="血红蛋白96g/L",
        ep="Foley导尿管",
    ),
    dict(
        dx="慢性阻塞性肺疾病急性加重",
        an="双肺",
        proc="动脉血气分析",
        meas="血氧饱和度88%",
        drug="布地奈德福莫特罗",
        dose="160/4.5μg 2吸 bid",
        lab="二氧化碳分压62mmHg",
        ep="文丘里面罩",
    ),
    dict(
        dx="胃窦腺癌",
        an="胃窦小弯侧",
        proc="腹腔镜下远端胃大部切除术",
        meas="肿块3.5cm×2.8cm",
        drug="奥沙利铂",
        dose="130mg/m2 静滴",
        lab="癌胚抗原8.2ng/ml",
        ep="Borrmann分型",
    ),
    dict(
        dx="克罗恩病",
        an="回肠末端",
        proc="结肠镜检查",
        meas="CDAI评分260分",
        drug="英夫利西单抗",
        dose="5mg/kg 静滴",
        lab="C反应蛋白42mg/L",
        ep="克罗恩病",
    ),
]
ZSURG = [
    dict(
        dx="胃窦腺癌",
        an="胃窦小弯侧",
        proc="腹腔镜下远端胃大部切除术",
        meas="肿块3.5cm×2.8cm",
        drug="奥沙利铂",
        dose="130mg/m2 静滴",
        lab="癌胚抗原8.2ng/ml",
        ep="Borrmann分型",
    ),
    dict(
        dx="右股骨颈骨折",
        an="右髋关节",
        proc="人工股骨头置换术",
        meas="NRS评分6分",
        drug="低分子肝素钙",
        dose="4100IU 皮下注射 qd",
        lab="血红蛋白96g/L",
        ep="Foley导尿管",
    ),
    dict(
        dx="胆囊结石伴慢性胆囊炎",
        an="胆囊颈部",
        proc="腹腔镜胆囊切除术",
        meas="结石直径1.8cm",
        drug="头孢呋辛",
        dose="1.5g 术前30分钟静滴",
        lab="总胆红素21μmol/L",
        ep="墨菲征",
    ),
    dict(
        dx="腰椎间盘突出症",
        an="L4/5椎间盘",
        proc="经皮椎间孔镜下髓核摘除术",
        meas="直腿抬高试验40°阳性",
        drug="塞来昔布",
        dose="200mg qd",
        lab="D-二聚体0.3mg/L",
        ep="Schmorl结节",
    ),
    dict(
        dx="甲状腺乳头状癌",
        an="甲状腺右叶",
        proc="甲状腺全切除术+中央区淋巴结清扫术",
        meas="结节1.2cm×0.9cm",
        drug="左甲状腺素钠",
        dose="100μg qd",
        lab="促甲状腺激素2.6mIU/L",
        ep="桥本甲状腺炎",
    ),
]
TITLES = ["主任医师", "副主任医师", "主治医师", "住院医师"]


def A(a: int) -> str:
    return T("AGE_OVER_89", a) if a > 89 else str(a)


def _sex(p) -> str:
    return "男" if p.sex == "M" else "女"


def zh4_bingcheng_chafang(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = age(c, 0.15)
    zr, zz, zy = ren(c), ren(c), ren(c)
    s = c.ch(ZSC)
    w, kid = kin_zh(c, "之女", "之子", "女儿", "儿子", "侄子", xing=p.xing, avoid=p)
    who_rel = (
        f"患者{w}{T('NAME_RELATIVE', kid.ming if len(kid.ming) > 1 else kid.full)}"
        if w.startswith("之")
        else f"家属（{w}）{T('NAME_RELATIVE', kid.full)}"
    )
    return render(f"""{T("HOSPITAL", hosp_zh(c, g, "big"))}
日常病程记录
姓名：{T("NAME_PATIENT", p.full)}  性别：{_sex(p)}  年龄：{A(a)}岁  科室：老年医学科  床号：{c.ri(1, 48)}  住院号：{T("MRN", mrn_zh(c))}

{T("DATE", dz(c, d, "iso"))} {clock(c, 7, 11)}  {T("NAME_CLINICIAN", zr.xing)}主任医师查房记录
今日随{T("NAME_CLINICIAN", zr.full)}主任查房，患者诉夜间咳嗽减轻，纳差。查体：⟦me|{s["meas"]}⟧，⟦an|{s["an"]}⟧ 未见明显异常体征变化。复查⟦lab|{s["lab"]}⟧。{T("NAME_CLINICIAN", zr.xing)}主任查房后分析：患者⟦fi|{s["dx"]}⟧诊断明确，{c.pick("高龄", "基础病多")}，需警惕病情反复；同意继续⟦dr|{s["drug"]}⟧ ⟦do|{s["dose"]}⟧，择期行⟦pr|{s["proc"]}⟧。{who_rel}已知情，联系电话{T("PHONE", mobile(c))}。

{T("DATE", dz(c, shift(d, 1), "md"))} {clock(c, 8, 17)}  {T("NAME_CLINICIAN", zz.xing)}主治医师查房
患者病情平稳，⟦ep|{s["ep"]}⟧相关评估已完成。嘱{T("NAME_PATIENT", p.ming if len(p.ming) > 1 else p.full)}{c.pick("老人", "阿姨" if p.sex == "F" else "大爷", "")}多饮水，继续目前治疗。

                                                  记录医师：{T("NAME_CLINICIAN", zy.padded)}
""")


def zh4_jiaoban(c: Ctx) -> Doc:
    g, d = di(c), day(c)
    out, into = ren(c), ren(c)
    rows = []
    for _ in range(c.ri(2, 4)):
        p, s = ren(c), c.ch(ZSC)
        a = age(c, 0.12)
        k = kin_zh(c, "其妻" if p.sex == "M" else "其夫", "其女", "其子", "护工")
        rows.append(
            f"{c.ri(1, 52)}床 {T('NAME_PATIENT', p.full)}，{_sex(p)}，{A(a)}岁，住院号{T('MRN', mrn_zh(c))}。诊断：⟦fi|{s['dx']}⟧。"
            f"今日⟦lab|{s['lab']}⟧，予⟦dr|{s['drug']}⟧ ⟦do|{s['dose']}⟧。夜班注意{c.pick('血压', '尿量', '血氧', '意识')}变化，"
            f"{k[0]}{T('NAME_RELATIVE', k[1].full)}陪护。"
        )
    return render(
        f"""{T("HOSPITAL", hosp_zh(c, g))}  {c.pick("呼吸内科", "心内科", "神经内科", "普外科")}  医师交班记录
交班日期：{T("DATE", dz(c, d))}  {c.pick("白班→夜班", "夜班→白班")}
原有患者{c.ri(30, 50)}人，新入{c.ri(1, 6)}人，出院{c.ri(0, 5)}人，病危{c.ri(0, 3)}人。

重点交班：
"""
        + "\n".join(rows)
        + f"""

交班医师：{T("NAME_CLINICIAN", out.padded)}    接班医师：{T("NAME_CLINICIAN", into.padded)}    二线：{T("NAME_CLINICIAN", ren(c).xing)}医生（{T("PHONE", mobile(c))}）
"""
    )


def zh4_shuqian_taolun(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = age(c, 0.08)
    host = ren(c)
    s = c.ch(ZSURG)
    staff = [ren(c) for _ in range(c.ri(3, 5))]
    people = "、".join(f"{T('NAME_CLINICIAN', x.full)}{c.ch(TITLES)}" for x in staff)
    relw, rel = kin_zh(c, "之子", "之女", xing=p.xing, avoid=p)
    return render(f"""术前讨论记录
讨论日期：{T("DATE", dz(c, d, "cn"))}  {clock(c, 14, 17)}        地点：{T("HOSPITAL", hosp_zh(c, g, "big"))}外科示教室
主持人：{T("NAME_CLINICIAN", host.full)}（主任医师）
参加人员：{people}、护士长{T("NAME_CLINICIAN", ren(c).full)}
患者：{T("NAME_PATIENT", p.full)}，{_sex(p)}，{A(a)}岁，住院号：{T("MRN", mrn_zh(c))}，入院日期：{T("DATE", dz(c, shift(d, -c.ri(2, 6)), "iso"))}

术前诊断：⟦fi|{s["dx"]}⟧
手术指征：{T("NAME_CLINICIAN", staff[0].xing)}医生汇报病史，⟦pr|{s["proc"]}⟧指征明确；⟦me|{s["meas"]}⟧，⟦lab|{s["lab"]}⟧。
拟施手术：⟦pr|{s["proc"]}⟧，拟于{T("DATE", dz(c, shift(d, c.ri(1, 3)), "md"))}在全麻下进行。
讨论意见：{T("NAME_CLINICIAN", staff[1].full)}：术前继续⟦dr|{s["drug"]}⟧ ⟦do|{s["dose"]}⟧，注意⟦ep|{s["ep"]}⟧。{T("NAME_CLINICIAN", host.xing)}主任总结：手术风险已向患者{relw}{T("NAME_RELATIVE", rel.full)}（电话{T("PHONE", mobile(c))}）详细交代，家属表示理解并签字。
麻醉会诊：{T("NAME_CLINICIAN", ren(c).full)}，ASA Ⅱ级。
                                                记录者：{T("NAME_CLINICIAN", staff[-1].padded)}
""")


def zh4_yinan_taolun(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = age(c, 0.05)
    s = c.ch(ZSC)
    host, ext = ren(c), ren(c)
    other = di(c)
    crash = c.chance(0.8)
    story = (
        f"患者于{T('DATE', dz(c, shift(d, -c.ri(20, 90)), 'md'))}骑电动车与一辆小型轿车（车牌{T('VEHICLE', plate_zh(c, g))}）相撞，后出现上述症状。"
        if crash
        else "患者无明确诱因出现上述症状。"
    )
    return render(f"""疑难病例讨论记录
{T("HOSPITAL", hosp_zh(c, g, "big"))}
讨论时间：{T("DATE", dz(c, d))}   主持人：{T("NAME_CLINICIAN", host.full)}
患者{T("NAME_PATIENT", p.full)}，{_sex(p)}，{A(a)}岁，{T("CITY", other.city)}人，工作单位：{T("WORKPLACE", workplace_zh(c, g))}，病案号{T("MRN", mrn_zh(c))}。
病史简介：{story}曾就诊于{T("HOSPITAL", hosp_zh(c, other, "abbr"))}及{T("HOSPITAL", hosp_zh(c, other, "big"))}，诊断不明。本院⟦pr|{s["proc"]}⟧（影像号{T("ACCESSION", c.digits(9))}），病理号{T("ACCESSION", c.pick("B", "P") + str(d.year) + c.digits(5))}。⟦lab|{s["lab"]}⟧，⟦me|{s["meas"]}⟧。
讨论：
{T("NAME_CLINICIAN", ren(c).full)}副主任医师：考虑⟦fi|{s["dx"]}⟧可能，建议完善⟦ep|{s["ep"]}⟧相关评估。
外院专家{T("NAME_CLINICIAN", ext.full)}教授（{T("HOSPITAL", hosp_zh(c, other, "big"))}，远程参会，会议链接{T("URL", url(c, "mdt.yixuehui.cn", "room"))}）：建议加用⟦dr|{s["drug"]}⟧ ⟦do|{s["dose"]}⟧，资料请发送至{T("EMAIL", c.fzh.user_name() + "@" + c.pick("163.com", "qq.com", "hospital.org.cn"))}，或传真{T("FAX", landline(c, other))}。
{T("NAME_CLINICIAN", host.xing)}主任总结：同意以上意见，{T("DATE", dz(c, shift(d, 7), "md"))}复查后再议。
""")


def zh4_yaoxue_chafang(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = age(c, 0.12)
    s = c.ch(ZSC)
    ph = ren(c)
    k = kin_zh(c, "老伴", "女儿", "儿子")
    return render(f"""临床药师药学查房记录
{T("HOSPITAL", hosp_zh(c, g, "big"))} 临床药学室
日期：{T("DATE", dz(c, d, c.pick("iso", "slash")))}   患者：{T("NAME_PATIENT", p.full)}   {_sex(p)}   {A(a)}岁   住院号：{T("MRN", mrn_zh(c))}
医保类型：城镇职工  医保卡号：{T("INSURANCE", yibao(c))}   结算单号：{T("ACCOUNT", "JS" + c.digits(12))}

诊断：⟦fi|{s["dx"]}⟧
当前用药：⟦dr|{s["drug"]}⟧ ⟦do|{s["dose"]}⟧；⟦dr|奥美拉唑⟧ ⟦do|20mg qd⟧；⟦dr|阿托伐他汀钙⟧ ⟦do|20mg qn⟧。
用药评估：⟦lab|{s["lab"]}⟧，⟦lab|肌酐清除率48ml/min⟧，建议⟦dr|{s["drug"]}⟧剂量维持；万古霉素谷浓度采血条码号{T("ACCESSION", c.digits(12))}。
用药教育：向患者及{k[0]}{T("NAME_RELATIVE", k[1].full)}讲解服药时间，留药师咨询电话{T("PHONE", landline(c, g))}。
医嘱系统终端：{T("IP", ip(c))}
临床药师：{T("NAME_CLINICIAN", ph.padded)}   执业药师注册证号：{T("LICENSE", c.digits(2) + c.digits(8))}
""")


def zh4_zhongyi(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = age(c, 0.08)
    dr = ren(c)
    born_g = di(c)
    prov = g.prov
    addr = (
        f"{T('PROVINCE_STATE', prov)}" if prov else ""
    ) + f"{T('CITY', g.city)}{T('ADDRESS_STREET', addr_zh(c, g))}"
    zheng = c.ch(
        [
            ("胃脘痛", "肝胃不和证", "舌淡红，苔薄黄", "脉弦", "柴胡疏肝散加减"),
            ("眩晕", "肝阳上亢证", "舌红，苔薄黄", "脉弦细", "天麻钩藤饮加减"),
            ("咳嗽", "风热犯肺证", "舌尖红，苔薄白", "脉浮数", "桑菊饮加减"),
            ("不寐", "心脾两虚证", "舌淡，苔薄白", "脉细弱", "归脾汤加减"),
        ]
    )
    return render(f"""{T("HOSPITAL", hosp_zh(c, g, "tcm"))} 中医门诊病历
门诊号：{T("MRN", mrn_zh(c))}   就诊卡号：{T("ACCOUNT", c.digits(10))}   医保个人编号：{T("INSURANCE", yibao(c))}
姓名：{T("NAME_PATIENT", p.full)}  性别：{_sex(p)}  年龄：{A(a)}岁  籍贯：{T("CITY", born_g.city)}  职业：{c.pick("教师", "工人", "职员", "退休")}
工作单位：{T("WORKPLACE", workplace_zh(c, g))}
住址：{addr}  邮编：{T("POSTCODE", postcode_zh(c, g))}  电话：{T("PHONE", mobile(c))}
就诊日期：{T("DATE", dz(c, d))}

主诉：{zheng[0]}反复发作{c.ri(1, 12)}月。
望诊：神清，面色少华。闻诊：语声清。问诊：纳少，眠差，二便调。切诊：{zheng[3]}。
舌象：⟦fi|{zheng[2]}⟧。
中医诊断：{zheng[0]}（{zheng[1]}）  西医诊断：⟦fi|慢性胃炎⟧？待排
治法方药：{zheng[4]}：⟦dr|柴胡⟧ ⟦do|10g⟧，⟦dr|白芍⟧ ⟦do|15g⟧，⟦dr|黄芪⟧ ⟦do|30g⟧，⟦dr|甘草⟧ ⟦do|6g⟧。7剂，水煎服，日一剂。
配合⟦pr|针刺⟧⟦an|足三里⟧、⟦an|内关⟧。⟦me|血压128/78mmHg⟧。
医师：{T("NAME_CLINICIAN", dr.padded)}
""")


def zh4_kouqiang(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = age(c, 0.05)
    dr, nurse = ren(c), ren(c, "F")
    tooth = c.ch(
        [("36", "左下第一磨牙"), ("46", "右下第一磨牙"), ("26", "左上第一磨牙"), ("11", "右上中切牙")]
    )
    return render(f"""{T("HOSPITAL", hosp_zh(c, g, "dental"))} 口腔科门诊病历
就诊日期：{T("DATE", dz(c, d))}  就诊卡号：{T("ACCOUNT", c.digits(12))}  病历号：{T("MRN", mrn_zh(c))}
姓名：{T("NAME_PATIENT", p.full)}  {_sex(p)}  {A(a)}岁  电话：{T("PHONE", mobile(c))}

主诉：{tooth[0]}牙缺失{c.ri(3, 24)}月，要求种植修复。
检查：⟦an|{tooth[1]}⟧缺失，牙槽嵴丰满，⟦me|探诊深度3mm⟧；邻牙⟦fi|慢性牙周炎⟧。
CBCT（检查号{T("ACCESSION", "CB" + c.digits(8))}）：⟦me|可用骨高度11.2mm⟧。
处置：局麻下行⟦pr|牙种植体植入术⟧，植入种植体一枚，序列号{T("DEVICE", serial(c))}，愈合基台。术后⟦dr|阿莫西林胶囊⟧ ⟦do|0.5g tid⟧，⟦dr|甲硝唑⟧ ⟦do|0.2g tid⟧，⟦dr|复方氯己定含漱液⟧漱口。
医保卡号：{T("INSURANCE", yibao(c))}（种植项目自费）
预约{T("DATE", dz(c, shift(d, 90), "md"))}复诊取模。
医师：{T("NAME_CLINICIAN", dr.full)}    护士：{T("NAME_CLINICIAN", nurse.ming)}
""")


def zh4_yanke(c: Ctx) -> Doc:
    g, d = di(c), day(c)
    a = age(c, 0.15)
    foreigner = c.chance(0.75)
    if foreigner:
        f = who(c)
        name = T("NAME_PATIENT", f.full)
        ident = f"国籍：{c.pick('美国', '加拿大', '英国', '澳大利亚', '德国')}  护照号：{T('PASSPORT', passport(c))}  邮箱：{T('EMAIL', email(c, f))}"
    else:
        p = ren(c)
        name = T("NAME_PATIENT", p.full)
        ident = f"身份证号：{T('ID_CARD', id_card_zh(c, g, born(c, a, d), p.sex))}"
    eye = c.pick("右眼", "左眼")
    dr = ren(c)
    return render(f"""{T("HOSPITAL", hosp_zh(c, g, "eye"))} 眼科手术记录
姓名：{name}   年龄：{A(a)}岁   住院号：{T("MRN", mrn_zh(c))}
{ident}
手术日期：{T("DATE", dz(c, d))}
术前诊断：⟦fi|年龄相关性白内障⟧（{eye}）  ⟦me|视力0.15⟧，⟦me|眼压16mmHg⟧
术前检查：⟦lab|角膜内皮细胞计数2450个/mm²⟧；OCT检查号{T("ACCESSION", "OCT" + c.digits(7))}；⟦ep|Schirmer试验⟧正常。
手术名称：⟦pr|超声乳化白内障吸除联合人工晶体植入术⟧
手术经过：表麻下于⟦an|颞侧透明角膜⟧做切口，连续环形撕囊，超声乳化吸除晶体核，植入人工晶体（+{c.ri(180, 240) / 10}D，序列号{T("DEVICE", serial(c))}）。
术后：⟦dr|妥布霉素地塞米松滴眼液⟧ ⟦do|1滴 qid⟧。
术者：{T("NAME_CLINICIAN", dr.padded)}   助手：{T("NAME_CLINICIAN", ren(c).full)}   {T("DATE", dz(c, d, "iso"))}
""")


def zh4_zhiqing(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = age(c, 0.12)
    s = c.ch(ZSURG)
    rel, ag = kin_zh(c, "儿子", "女儿", "配偶", "侄子")
    dr = ren(c)
    ag_dob = born(c, c.ri(25, 65), d)
    if c.chance(0.25):
        ag_id = f"港澳居民来往内地通行证：{T('PASSPORT', c.ch('HM') + c.digits(8))}"
    else:
        ag_id = f"身份证号：{T('ID_CARD', id_card_zh(c, g, ag_dob, ag.sex))}"
    return render(f"""{T("HOSPITAL", hosp_zh(c, g, "big"))}
手术知情同意书                       编号：{T("OTHER_ID", "ZQ" + str(d.year) + c.digits(6))}
患者姓名：{T("NAME_PATIENT", p.full)}  性别：{_sex(p)}  年龄：{A(a)}岁  住院号：{T("MRN", mrn_zh(c))}
身份证号：{T("ID_CARD", id_card_zh(c, g, born(c, a, d), p.sex))}
术前诊断：⟦fi|{s["dx"]}⟧
拟行手术：⟦pr|{s["proc"]}⟧
手术风险：麻醉意外；出血；感染；⟦fi|深静脉血栓形成⟧；术后需继续⟦dr|{s["drug"]}⟧治疗等。
医师声明：我已向患者/家属告知上述内容。
谈话医师：{T("NAME_CLINICIAN", dr.padded)}  医师执业证书编号：{T("LICENSE", "1" + c.digits(14))}  日期：{T("DATE", dz(c, d, "cn"))}
患者意见：同意手术。
委托代理人：{T("NAME_RELATIVE", ag.full)}  与患者关系：{rel}  {ag_id}  联系电话：{T("PHONE", mobile(c))}
签字日期：{T("DATE", dz(c, d, "iso"))} {clock(c)}
""")


def zh4_shequ(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = age(c, 0.6)
    s = c.ch(ZSC[:5])
    doc_ = ren(c)
    kw, kid = kin_zh(c, "之女", "之子", xing=p.xing, avoid=p)
    return render(f"""{T("HOSPITAL", hosp_zh(c, g, "community"))}
老年人健康管理随访记录（家庭医生签约服务）
健康档案编号：{T("OTHER_ID", g.idarea + c.digits(11))}   随访日期：{T("DATE", dz(c, d))}
姓名：{T("NAME_PATIENT", p.full)}   {_sex(p)}   {A(a)}岁   身份证：{T("ID_CARD", id_card_zh(c, g, born(c, a, d), p.sex))}
现住址：{T("ADDRESS_STREET", addr_zh(c, g))}（邮编{T("POSTCODE", postcode_zh(c, g))}）  医保卡号：{T("INSURANCE", yibao(c))}
联系人：{kw}{T("NAME_RELATIVE", kid.full if c.chance(0.6) else kid.ming)}  {T("PHONE", mobile(c))}

{A(a)}岁{c.pick("高龄", "")}老人，{c.pick("独居", "与子女同住", "与老伴同住")}。既往⟦fi|{s["dx"]}⟧、⟦fi|原发性高血压⟧。
本次：⟦me|血压146/82mmHg⟧，⟦me|心率76次/分⟧，⟦lab|{s["lab"]}⟧。服用⟦dr|{s["drug"]}⟧ ⟦do|{s["dose"]}⟧、⟦dr|苯磺酸氨氯地平⟧ ⟦do|5mg qd⟧。
家用电子血压计（序列号{T("DEVICE", serial(c))}）数据已通过“家医签约”APP上传：{T("URL", url(c, "jkapp.wsjk.gov.cn", "fu"))}，登录IP {T("IP", ip(c))}。
指导：低盐饮食，防跌倒；{T("DATE", dz(c, shift(d, 90), "md"))}再随访。
家庭医生：{T("NAME_CLINICIAN", doc_.full)}（{T("PHONE", landline(c, g))}）
""")


def zh4_peihu(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = age(c, 0.2)
    rel, ph = kin_zh(c, "儿子", "女儿", "妻子", "丈夫", "护工")
    nurse = ren(c, "F")
    pdob = born(c, c.ri(22, 70), d)
    return render(f"""{T("HOSPITAL", hosp_zh(c, g, "big"))}  住院患者陪护人员登记表
病区：{c.pick("骨科二病区", "神经内科", "老年病科", "ICU过渡病房")}   床号：{c.ri(1, 50)}
患者姓名：{T("NAME_PATIENT", p.full)}   年龄：{A(a)}岁   住院号：{T("MRN", mrn_zh(c))}
陪护人：{T("NAME_RELATIVE", ph.full)}   与患者关系：{rel}   身份证号：{T("ID_CARD", id_card_zh(c, g, pdob, ph.sex))}
联系电话：{T("PHONE", mobile(c))}   陪护证号：{T("OTHER_ID", "PH" + c.digits(6))}
家庭住址：{(T("PROVINCE_STATE", g.prov) if g.prov else "")}{T("CITY", g.city)}{T("ADDRESS_STREET", addr_zh(c, g))}
停车登记车牌：{T("VEHICLE", plate_zh(c, g))}
陪护期间：{T("DATE", dz(c, d, "md"))}至{T("DATE", dz(c, shift(d, c.ri(3, 14)), "md"))}

陪护须知已告知：患者{c.pick("⟦fi|右股骨颈骨折⟧术后", "⟦fi|脑出血⟧恢复期", "⟦fi|重症肺炎⟧")}，留置⟦ep|Foley导尿管⟧，⟦me|Braden评分12分⟧，需每2小时翻身；⟦dr|低分子肝素钙⟧注射部位勿按揉。
{T("NAME_PATIENT", p.xing)}{c.pick("大爷", "叔叔") if p.sex == "M" else c.pick("奶奶", "阿姨")}{c.pick("夜间易躁动", "进食呛咳", "需协助如厕")}，陪护人已知晓。
登记护士：{T("NAME_CLINICIAN", nurse.full)}   {T("DATE", dz(c, d))}
""")


def zh4_fuyin(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = age(c, 0.08)
    agw, ag = kin_zh(c, "之子", "之女", "配偶")
    clerk = ren(c)
    out = shift(d, -c.ri(20, 300))
    doc_kind = c.pick("护照", "港澳居民来往内地通行证", "护照")
    ident = passport(c) if doc_kind == "护照" else c.ch("HM") + c.digits(8)
    return render(f"""病案复印申请登记单                  申请单号：{T("OTHER_ID", "FY" + c.digits(8))}
{T("HOSPITAL", hosp_zh(c, g, "big"))} 病案管理科
患者姓名：{T("NAME_PATIENT", p.full)}  身份证号：{T("ID_CARD", id_card_zh(c, g, born(c, a, d), p.sex))}  住院号：{T("MRN", mrn_zh(c))}
出院日期：{T("DATE", dz(c, out))}  出院诊断：⟦fi|{c.ch(ZSC)["dx"]}⟧
申请人：{c.pick("本人", "代理人")} {T("NAME_RELATIVE", ag.full)}（患者{agw}）  证件：{doc_kind} {T("PASSPORT", ident)}
复印用途：商业保险理赔（{c.pick("平安人寿", "中国人寿", "太平洋保险")}）
复印内容：出院记录、⟦pr|手术记录⟧、病理报告、费用清单
邮寄地址：{(T("PROVINCE_STATE", g.prov) if g.prov else "")}{T("CITY", g.city)}{T("ADDRESS_STREET", addr_zh(c, g))}  邮编：{T("POSTCODE", postcode_zh(c, g))}
联系电话：{T("PHONE", mobile(c))}  邮箱：{T("EMAIL", c.pick(c.fzh.user_name(), c.digits(9)) + "@" + c.pick("qq.com", "163.com", "126.com"))}
电子病历下载：{T("URL", url(c, "bafy." + c.pick("yy", "rmyy") + ".cn", "dl"))}（申请IP：{T("IP", ip(c))}）
收费：{c.ri(20, 120)}元  结算单号：{T("ACCOUNT", c.digits(14))}   病案科传真：{T("FAX", landline(c, g))}
经办人：{T("NAME_CLINICIAN", clerk.full)}  {T("DATE", dz(c, d, "iso"))}
""")


def zh4_chuanranbing(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    child = c.chance(0.35)
    a = c.ri(1, 12) if child else age(c, 0.1)
    dr = ren(c)
    dis = c.ch(
        [
            ("肺结核", "痰涂片抗酸杆菌阳性", "异烟肼", "0.3g qd"),
            ("手足口病", "肠道病毒71型核酸阳性", "利巴韦林", "10mg/kg qd"),
            ("流行性感冒", "甲型流感病毒抗原阳性", "奥司他韦", "75mg bid"),
            ("细菌性痢疾", "粪便志贺菌培养阳性", "左氧氟沙星", "0.5g qd"),
            ("布鲁氏菌病", "布鲁氏菌虎红平板凝集试验阳性", "多西环素", "100mg bid"),
        ]
    )
    parent = kin_zh(c, "丈夫" if c.chance(0.4) else "妻子", xing=p.xing, avoid=p)[1]
    who_line = (
        f"患儿家长姓名：{T('NAME_RELATIVE', parent.full)}"
        if child
        else f"工作单位：{T('WORKPLACE', workplace_zh(c, g))}"
    )
    nick = f"（小名{T('NAME_PATIENT', c.ch(ZH_NICK))}）" if child and c.chance(0.5) else ""
    return render(f"""中华人民共和国传染病报告卡
卡片编号：{T("OTHER_ID", g.idarea + str(d.year) + c.digits(6))}   报卡类别：初次报告
患者姓名：{T("NAME_PATIENT", p.full)}{nick}  有效证件号：{T("ID_CARD", id_card_zh(c, g, born(c, a, d), p.sex))}  性别：{_sex(p)}  年龄：{A(a)}岁
{who_line}   联系电话：{T("PHONE", mobile(c))}
病人属于：本县区   现住址：{(T("PROVINCE_STATE", g.prov) if g.prov else "")}{T("CITY", g.city)}{T("ADDRESS_STREET", addr_zh(c, g))}
发病日期：{T("DATE", dz(c, shift(d, -c.ri(2, 10)), "iso"))}   诊断日期：{T("DATE", dz(c, d, "iso"))} {clock(c)}
疾病名称：⟦fi|{dis[0]}⟧（实验室确诊）   ⟦lab|{dis[1]}⟧，标本号{T("ACCESSION", c.digits(10))}
治疗：⟦dr|{dis[2]}⟧ ⟦do|{dis[3]}⟧   ⟦me|体温38.{c.ri(1, 9)}℃⟧
报告单位：{T("HOSPITAL", hosp_zh(c, g))}   联系电话：{T("PHONE", landline(c, g))}   区疾控中心传真：{T("FAX", landline(c, g))}
报告医生：{T("NAME_CLINICIAN", dr.full)}   填卡日期：{T("DATE", dz(c, d, "cn"))}   网络直报终端：{T("IP", ip(c))}
""")


def zh4_fangliao(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = age(c, 0.05)
    dr, phys, tech = ren(c), ren(c), ren(c)
    rows = "\n".join(
        f"第{i}次  {T('DATE', dz(c, shift(d, i + i // 5 * 2), 'mdd'))}  2.12Gy  技师：{T('NAME_CLINICIAN', c.ch([tech, ren(c)]).full)}"
        for i in range(1, c.ri(3, 6))
    )
    return render(f"""{T("HOSPITAL", hosp_zh(c, g, "big"))} 放疗科
放射治疗记录单
放疗号：{T("MRN", "RT" + c.digits(6))}   住院号：{T("MRN", mrn_zh(c))}   医保卡号：{T("INSURANCE", yibao(c))}
姓名：{T("NAME_PATIENT", p.full)}  性别：{_sex(p)}  年龄：{A(a)}岁
诊断：⟦fi|鼻咽癌⟧（⟦me|T3N2M0⟧ ⟦me|Ⅲ期⟧）  ⟦lab|EB病毒DNA 2.3×10^3拷贝/ml⟧  ⟦ep|Karnofsky评分⟧80分
定位：{T("DATE", dz(c, shift(d, -7), "iso"))} 行CT模拟定位，定位CT号{T("ACCESSION", "CTSIM" + c.digits(6))}，热塑面罩固定。
计划：⟦pr|调强放射治疗⟧，⟦an|鼻咽⟧及颈部淋巴引流区，⟦me|DT 69.96Gy/33F⟧；同步⟦dr|顺铂⟧ ⟦do|100mg/m2⟧ 每3周。
计划系统工作站：{T("IP", ip(c))}   物理师：{T("NAME_CLINICIAN", phys.full)}   主管医师：{T("NAME_CLINICIAN", dr.padded)}
执行记录：
{rows}
第{c.ri(10, 20)}次治疗时出现⟦fi|放射性口腔黏膜炎⟧2级，予⟦dr|康复新液⟧ ⟦do|10ml tid⟧含漱。{T("NAME_CLINICIAN", dr.xing)}医生嘱家属{T("NAME_RELATIVE", ren(c).full)}加强营养。
""")


def zh4_siwang_taolun(c: Ctx) -> Doc:
    g, p, d = di(c), ren(c), day(c)
    a = c.ri(90, 101) if c.chance(0.5) else c.ri(62, 89)
    s = c.ch(ZSC)
    host, rep = ren(c), ren(c)
    staff = "、".join(f"{T('NAME_CLINICIAN', x.full)}" for x in [ren(c) for _ in range(c.ri(2, 4))])
    w, kid = kin_zh(c, "之子", "之女", xing=p.xing, avoid=p)
    died = shift(d, -c.ri(2, 6))
    return render(f"""死亡病例讨论记录
{T("HOSPITAL", hosp_zh(c, g, "big"))}  {c.pick("老年医学科", "重症医学科", "呼吸与危重症医学科")}
讨论日期：{T("DATE", dz(c, d))}   主持人：{T("NAME_CLINICIAN", host.full)}主任医师
参加人员：{staff}及科室全体医护人员
患者{T("NAME_PATIENT", p.full)}，{_sex(p)}，{A(a)}岁，住院号{T("MRN", mrn_zh(c))}，于{T("DATE", dz(c, shift(died, -c.ri(3, 20)), "md"))}入院，{T("DATE", dz(c, died, "cn"))} {clock(c)}经抢救无效临床死亡。
死亡诊断：⟦fi|{s["dx"]}⟧；⟦fi|多器官功能障碍综合征⟧。
病情汇报（{T("NAME_CLINICIAN", rep.full)}住院医师）：入院后予⟦dr|{s["drug"]}⟧ ⟦do|{s["dose"]}⟧，⟦lab|{s["lab"]}⟧，后病情进行性加重，⟦me|血压78/45mmHg⟧，予⟦dr|去甲肾上腺素⟧维持。
讨论：{A(a)}岁高龄，基础疾病多，死亡原因考虑⟦fi|{s["dx"]}⟧进展。患者{w}{T("NAME_RELATIVE", kid.full)}拒绝尸检，已签字。死亡医学证明书编号：{T("OTHER_ID", c.letters(1) + c.digits(9))}。
{T("NAME_CLINICIAN", host.xing)}主任总结：抢救及时，程序规范；今后对此类患者应更早关注⟦ep|{s["ep"]}⟧相关表现。
记录人：{T("NAME_CLINICIAN", rep.padded)}
""")


TEMPLATES = [
    ("zh4_bingcheng_chafang", zh4_bingcheng_chafang),
    ("zh4_jiaoban", zh4_jiaoban),
    ("zh4_shuqian_taolun", zh4_shuqian_taolun),
    ("zh4_yinan_taolun", zh4_yinan_taolun),
    ("zh4_yaoxue_chafang", zh4_yaoxue_chafang),
    ("zh4_zhongyi", zh4_zhongyi),
    ("zh4_kouqiang", zh4_kouqiang),
    ("zh4_yanke", zh4_yanke),
    ("zh4_zhiqing", zh4_zhiqing),
    ("zh4_shequ", zh4_shequ),
    ("zh4_peihu", zh4_peihu),
    ("zh4_fuyin", zh4_fuyin),
    ("zh4_chuanranbing", zh4_chuanranbing),
    ("zh4_fangliao", zh4_fangliao),
    ("zh4_siwang_taolun", zh4_siwang_taolun),
]
