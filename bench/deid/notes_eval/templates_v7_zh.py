"""The thirteen Chinese document templates of the v7 blind holdout (generate_v7.py).

Each function writes one whole document as another hospital would: 眼科白内障术前门诊, 口腔种植记录,
中医门诊辨证, 产检复诊, 化疗记录, 胃肠镜报告, ICU交接班记录, 不良事件报告, 知情同意书, 单位体检报告,
药学门诊, 医患沟通记录 (交通伤) and 介入导管室记录. PHI are ``P`` slot values, clinical terms ``⟦kind|…⟧``.
"""

# ruff: noqa: E501  (document lines are kept whole so a template reads like the document)

from __future__ import annotations

from _v7_kit import (
    CITIES_ZH,
    FOREIGN,
    ZH_NICK,
    Ctx,
    Doc,
    Note,
    P,
    addr_zh,
    after,
    age,
    age_zh,
    day,
    dob_for,
    dz,
    hosp_zh,
    id_card,
    ip4,
    landline,
    mobile,
    passport_zh,
    person_zh,
    plate_zh,
    serial,
)


def _n(p, style: str | None = None) -> str:
    return p.padded() if style == "pad" else p.name


def _dr(c: Ctx, p, title: str | None = None) -> list:
    """A clinician: full name (padded in signatures), or surname + title with only the surname labelled."""
    if title and len(p.sur) <= 2 and "·" not in p.sur:
        return [P("NAME_CLINICIAN", p.sur), title]
    return [P("NAME_CLINICIAN", c.pick(p.name, p.padded()))]


def _kin(c: Ctx, p, *words_f_m: tuple[str, ...]) -> str:
    """A relation word that fits the relative's sex."""
    f, m = words_f_m or (("女儿", "配偶", "儿媳", "侄女"), ("儿子", "配偶", "女婿", "侄子"))
    return c.ch(f if p.sex == "F" else m)


def _email_zh(c: Ctx) -> str:
    return c.pick(f"{c.digits(9)}@qq.com", f"{c.fen.user_name()}{c.digits(2)}@163.com", f"{c.fen.user_name()}@126.com", f"{c.fen.user_name()}@sina.cn")


def _mrn(c: Ctx) -> str:
    return c.pick(c.digits(8), f"ZY{c.digits(8)}", f"{c.digits(2)}{c.digits(6, False)}", f"M{c.digits(9)}")


def zh_yanke(c: Ctx) -> Doc:
    n, pt, g = Note(c), person_zh(c), c.ch(CITIES_ZH)
    a, d0 = age(c, 0.3, 58, 89), day(c)
    doc, rel = person_zh(c), person_zh(c)
    eye = c.pick("右眼", "左眼")
    n.line("{h}眼科门诊病历", h=P("HOSPITAL", hosp_zh(c, g, c.pick("univ", "city"))))
    n.line("门诊号：{m}　就诊卡号：{k}　就诊日期：{d}", m=P("MRN", c.digits(10)), k=P("ACCOUNT", c.digits(12)), d=dz(c, d0))
    n.line("姓名：{p}　性别：{s}　年龄：{a}", p=P("NAME_PATIENT", pt.name), s="女" if pt.sex == "F" else "男", a=age_zh(a))
    n.line("主诉：{e}视物模糊渐进性加重2年。", e=eye)
    n.line("现病史：患者2年前无明显诱因出现{e}视物模糊，无眼红眼痛。既往⟦fi|2型糖尿病⟧10年，口服⟦dr|二甲双胍⟧⟦do|0.5g tid⟧，⟦lab|糖化血红蛋白{h}%⟧。", e=eye, h=c.fl(6.1, 8.9))
    n.line("专科检查：⟦me|视力 右眼0.{x} 左眼0.{y}⟧，⟦me|眼压 右{r}mmHg 左{l}mmHg⟧。{e}⟦an|晶状体⟧⟦fi|皮质性混浊⟧C3N2，⟦an|眼底⟧窥不清。", x=c.ri(1, 5), y=c.ri(1, 8), r=c.ri(12, 21), l=c.ri(12, 21), e=eye)
    n.line("辅助检查：⟦pr|眼部B超⟧未见⟦fi|视网膜脱离⟧；⟦me|眼轴长度23.{z}mm⟧。", z=c.ri(10, 99))
    n.line("诊断：⟦fi|年龄相关性白内障⟧（{e}）；⟦fi|糖尿病视网膜病变⟧待排", e=eye)
    n.line("处理：1. 择期行{e}⟦pr|白内障超声乳化吸除联合人工晶状体植入术⟧；2. 术前⟦dr|左氧氟沙星滴眼液⟧⟦do|1滴 qid⟧×3天。", e=eye)
    if c.chance(0.6):
        n.line("对侧眼已于{d}在{h}植入人工晶状体，序列号{s}（患者自带植入卡）。", d=dz(c, after(d0, -c.ri(90, 700))), h=P("HOSPITAL", hosp_zh(c, g, "short")), s=P("DEVICE", serial(c)))
    n.line("患者听力差，由{r}（{rr}）陪同，联系电话{ph}。", r=P("NAME_RELATIVE", rel.name), rr=c.pick(_kin(c, rel), "老伴"), ph=P("PHONE", mobile(c)))
    n.line("医师签名：{d}", d=_dr(c, doc))
    return n.doc


def zh_kouqiang(c: Ctx) -> Doc:
    n, pt, g = Note(c), person_zh(c), c.ch(CITIES_ZH)
    a, d0 = age(c, 0.05, 30, 82), day(c)
    doc, nurse = person_zh(c), person_zh(c, "F")
    clinic = c.pick(f"{doc.sur}氏口腔诊所", f"{g.short}贝康口腔门诊部", hosp_zh(c, g, "univ").replace("医院", "口腔医院"))
    tooth = c.pick("36", "46", "16", "26", "37")
    n.line("{h}　种植手术记录", h=P("HOSPITAL", clinic))
    n.line("病历号：{m}　医保卡号：{i}", m=P("MRN", _mrn(c)), i=P("INSURANCE", c.digits(c.pick(9, 12, 16))))
    n.line("患者：{p}，{s}，{a}　手术日期：{d}", p=P("NAME_PATIENT", pt.name), s="女" if pt.sex == "F" else "男", a=age_zh(a), d=dz(c, d0))
    n.line("牙位：⟦an|{t}⟧（FDI）　诊断：⟦fi|牙列缺损⟧", t=tooth)
    n.line("术前：⟦pr|CBCT⟧示⟦me|可用骨高度{h}mm⟧，⟦me|骨宽度{w}mm⟧；⟦lab|血糖{gl}mmol/L⟧；否认⟦dr|双膦酸盐⟧用药史。", h=c.fl(8, 14), w=c.fl(5, 9), gl=c.fl(4.6, 7.8))
    n.line("麻醉：⟦dr|阿替卡因肾上腺素⟧⟦do|1.7ml⟧局部浸润麻醉。")
    n.line("术中：翻瓣，逐级备洞，植入种植体一枚（⟦me|4.1×10mm⟧），序列号：{s}，批号{lot}，⟦me|初期稳定性35N·cm⟧，安放愈合基台。", s=P("DEVICE", serial(c)), lot=c.digits(6))
    n.line("术后医嘱：⟦dr|阿莫西林⟧⟦do|0.5g tid⟧×3天，⟦dr|氯己定含漱液⟧含漱；{d}拆线。", d=dz(c, after(d0, 10), "md"))
    n.line("术者：{d}（执业证书编号{l}）　助手：{nr}", d=_dr(c, doc), l=P("LICENSE", f"{c.digits(15)}"), nr=P("NAME_CLINICIAN", c.pick(nurse.name, nurse.given if len(nurse.given) >= 2 else nurse.name)))
    n.line("预约电话：{ph}", ph=P("PHONE", landline(c, g)))
    return n.doc


def zh_zhongyi(c: Ctx) -> Doc:
    n, pt, g = Note(c), person_zh(c), c.ch(CITIES_ZH)
    a, d0 = age(c, 0.25, 35, 89), day(c)
    doc = person_zh(c)
    n.line("{h}　中医门诊病历", h=P("HOSPITAL", hosp_zh(c, g, "tcm")))
    n.line("姓名：{p}　{a}　门诊号：{m}　{d}", p=P("NAME_PATIENT", pt.name), a=age_zh(a), m=P("MRN", c.digits(9)), d=dz(c, d0))
    n.line("住址：{ad}　邮编：{z}", ad=addr_zh(c, g), z=P("POSTCODE", g.post))
    n.line("电话：{ph}　单位：{w}", ph=P("PHONE", mobile(c)), w=P("WORKPLACE", c.pick(f"{g.short}市{c.pick('纺织厂', '第二中学', '自来水公司', '邮政局')}", c.fzh.company())) if a < 65 else "退休")
    kind = c.pick("pi", "gan", "xin")
    if kind == "pi":
        n.line("主诉：胃脘胀满、纳差3月。")
        n.line("舌脉：舌淡胖、边有齿痕，苔白腻，脉濡缓。")
        n.line("辨证：脾虚湿困证。西医诊断：⟦fi|慢性萎缩性胃炎⟧，⟦fi|幽门螺杆菌感染⟧已根除。")
        n.line("方药：参苓白术散加减——⟦dr|党参⟧⟦do|15g⟧ ⟦dr|茯苓⟧⟦do|20g⟧ ⟦dr|白术⟧⟦do|12g⟧ ⟦dr|薏苡仁⟧⟦do|30g⟧ ⟦dr|砂仁⟧⟦do|6g⟧（后下）")
    elif kind == "gan":
        n.line("主诉：头晕、口苦、急躁易怒半年。")
        n.line("舌脉：舌红苔黄，脉弦数。⟦me|血压{s}/{d}mmHg⟧。", s=c.ri(140, 172), d=c.ri(88, 104))
        n.line("辨证：肝阳上亢证。西医诊断：⟦fi|原发性高血压⟧2级。")
        n.line("方药：天麻钩藤饮加减——⟦dr|天麻⟧⟦do|10g⟧ ⟦dr|钩藤⟧⟦do|15g⟧（后下） ⟦dr|石决明⟧⟦do|30g⟧（先煎） ⟦dr|牛膝⟧⟦do|12g⟧；续服⟦dr|氨氯地平⟧⟦do|5mg qd⟧。")
    else:
        n.line("主诉：心悸、少寐、健忘。既往⟦ep|帕金森病⟧3年，服⟦dr|多巴丝肼⟧⟦do|125mg tid⟧。")
        n.line("舌脉：舌淡苔薄白，脉细弱。")
        n.line("辨证：心脾两虚证。西医诊断：⟦fi|失眠⟧，⟦ep|帕金森病⟧。")
        n.line("方药：归脾汤加减——⟦dr|黄芪⟧⟦do|30g⟧ ⟦dr|当归⟧⟦do|10g⟧ ⟦dr|酸枣仁⟧⟦do|20g⟧ ⟦dr|远志⟧⟦do|6g⟧")
    n.line("七剂，水煎服，日一剂。辅以⟦pr|针刺⟧⟦an|足三里⟧、⟦an|内关⟧。复诊：{d}。", d=dz(c, after(d0, 7), c.pick("md", "cn")))
    n.line("医师：{d}", d=_dr(c, doc, c.pick(None, "主任", "大夫")))
    return n.doc


def zh_chanjian(c: Ctx) -> Doc:
    n, pt, g = Note(c), person_zh(c, "F"), c.ch(CITIES_ZH)
    a, d0 = c.ri(21, 43), day(c)
    hus, doc = person_zh(c, "M"), person_zh(c, "F")
    wk = c.ri(12, 36)
    n.line("{h}　产前检查记录（复诊）", h=P("HOSPITAL", hosp_zh(c, g, "women")))
    n.line("孕妇姓名：{p}　年龄：{a}岁　身份证号：{i}", p=P("NAME_PATIENT", pt.name), a=a, i=P("ID_CARD", id_card(c, g, dob_for(a, d0, c), "F")))
    n.line("母子健康手册编号：{m}　建档日期：{d}", m=P("MRN", f"{g.code6[:4]}{c.digits(8)}"), d=dz(c, after(d0, -7 * (wk - 8))))
    n.line("现住址：{ad}（邮编{z}）", ad=addr_zh(c, g), z=P("POSTCODE", g.post))
    n.line("工作单位：{w}　联系电话：{ph}", w=P("WORKPLACE", c.fzh.company()), ph=P("PHONE", mobile(c)))
    n.line("丈夫：{h}，电话{ph}", h=P("NAME_RELATIVE", hus.name), ph=P("PHONE", mobile(c)))
    n.line("检查日期：{d}　孕周：⟦me|{w}+{x}周⟧　G{gr}P{p}", d=dz(c, d0), w=wk, x=c.ri(0, 6), gr=c.ri(1, 4), p=c.ri(0, 2))
    n.line("⟦me|宫高{h}cm⟧　⟦me|腹围{ab}cm⟧　⟦me|胎心率{fh}次/分⟧　⟦me|血压{s}/{dd}mmHg⟧", h=c.ri(18, 34), ab=c.ri(82, 104), fh=c.ri(128, 158), s=c.ri(100, 138), dd=c.ri(60, 88))
    n.line("化验：⟦lab|血红蛋白{hb}g/L⟧，⟦lab|尿蛋白阴性⟧；⟦pr|OGTT⟧ ⟦lab|空腹血糖{gl}mmol/L⟧。", hb=c.ri(92, 132), gl=c.fl(4.1, 5.9))
    n.line("⟦ep|唐氏综合征⟧筛查：{r}（标本号{s}）", r=c.pick("低风险", "临界风险，建议⟦pr|无创DNA产前检测⟧"), s=P("ACCESSION", f"{c.pick('NIPT', 'DS')}{c.digits(9)}"))
    n.line("诊断：宫内孕{w}周，{dx}", w=wk, dx=c.pick("⟦fi|妊娠期糖尿病⟧", "⟦fi|妊娠合并贫血⟧", "⟦fi|瘢痕子宫⟧", "⟦fi|妊娠期高血压⟧"))
    n.line("处理：⟦dr|多糖铁复合物⟧⟦do|150mg qd⟧，⟦dr|叶酸⟧⟦do|0.4mg qd⟧；预约{d}复诊。", d=dz(c, after(d0, 14), c.pick("md", "iso", "cn")))
    n.line("检查医师：{d}", d=_dr(c, doc, c.pick(None, "医生")))
    return n.doc


def zh_hualiao(c: Ctx) -> Doc:
    n, pt, g = Note(c), person_zh(c), c.ch(CITIES_ZH)
    a, d0 = age(c, 0.05, 35, 80), day(c)
    doc, nurse, phar = person_zh(c), person_zh(c, "F"), person_zh(c)
    n.line("{h}肿瘤内科　化疗记录单", h=P("HOSPITAL", hosp_zh(c, g, c.pick("univ", "city"))))
    n.line("住院号：{m}　床号：{b}　姓名：{p}　{a}", m=P("MRN", _mrn(c)), b=c.ri(1, 60), p=P("NAME_PATIENT", pt.name), a=age_zh(a))
    n.line("医保个人编号：{i}　化疗日期：{d}", i=P("INSURANCE", c.digits(c.pick(10, 16))), d=dz(c, d0))
    if c.chance(0.5):
        n.line("临床试验受试者编号：{s}", s=P("OTHER_ID", f"{c.digits(2)}-{c.digits(3)}"))
    sc = c.pick("wei", "fei", "ru")
    if sc == "wei":
        n.line("诊断：⟦fi|胃窦低分化腺癌⟧ ⟦me|cT3N1M0⟧，⟦pr|根治性远端胃大部切除术⟧后。")
        n.line("方案：⟦dr|XELOX⟧ 第{k}周期：⟦dr|奥沙利铂⟧⟦do|130mg/m²⟧ d1 静滴，⟦dr|卡培他滨⟧⟦do|1000mg/m² bid⟧ d1-14。", k=c.ri(2, 8))
    elif sc == "fei":
        n.line("诊断：⟦fi|右肺下叶鳞癌⟧ ⟦me|IIIB期⟧。")
        n.line("方案：⟦dr|紫杉醇⟧⟦do|175mg/m²⟧ + ⟦dr|卡铂⟧⟦do|AUC 5⟧ + ⟦dr|替雷利珠单抗⟧⟦do|200mg⟧ q3w 第{k}周期。", k=c.ri(1, 6))
    else:
        n.line("诊断：⟦fi|左乳浸润性导管癌⟧ HER2阳性。")
        n.line("方案：⟦dr|多西他赛⟧⟦do|75mg/m²⟧ + ⟦dr|曲妥珠单抗⟧⟦do|6mg/kg⟧ + ⟦dr|帕妥珠单抗⟧⟦do|420mg⟧ 第{k}周期。", k=c.ri(2, 6))
    n.line("化疗前：⟦lab|白细胞{w}×10^9/L⟧，⟦lab|中性粒细胞{ne}×10^9/L⟧，⟦lab|血小板{pl}×10^9/L⟧，⟦lab|ALT {alt}U/L⟧。", w=c.fl(3.5, 9), ne=c.fl(1.6, 6), pl=c.ri(100, 320), alt=c.ri(8, 60))
    n.line("静脉通路：⟦pr|输液港⟧（右侧⟦an|锁骨下静脉⟧），输液港序列号{s}，回血好，⟦dr|肝素钠⟧封管。", s=P("DEVICE", serial(c)))
    n.line("预处理：⟦dr|帕洛诺司琼⟧⟦do|0.25mg iv⟧，⟦dr|地塞米松⟧⟦do|10mg iv⟧。⟦me|ECOG评分1分⟧。")
    n.line("双人核对：{a}、{b}；药师审核：{p}", a=P("NAME_CLINICIAN", nurse.padded()), b=P("NAME_CLINICIAN", person_zh(c, "F").name), p=P("NAME_CLINICIAN", phar.name))
    if c.chance(0.6):
        n.line("出院后随访小程序链接：{u}（登录IP {ip}）", u=P("URL", f"https://hz.{c.pick('zlsf', 'yunsuifang', 'ihealth')}.cn/p/{c.token(10)}"), ip=P("IP", ip4(c)))
    n.line("主管医师：{d}　下次化疗：{dd}", d=_dr(c, doc, c.pick(None, "主任", "医师")), dd=dz(c, after(d0, 21)))
    return n.doc


def zh_neijing(c: Ctx) -> Doc:
    n, pt, g = Note(c), person_zh(c), c.ch(CITIES_ZH)
    a, d0 = age(c, 0.12, 30, 89), day(c)
    doc, nurse = person_zh(c), person_zh(c, "F")
    n.line("{h}　消化内镜中心　电子胃镜检查报告", h=P("HOSPITAL", hosp_zh(c, g)))
    n.line("检查号：{j}　{k}：{m}　结算单号：{s}", j=P("ACCESSION", f"WJ{d0:%Y%m%d}{c.digits(4, False)}"), k=c.pick("门诊号", "住院号"), m=P("MRN", _mrn(c)), s=P("ACCOUNT", c.digits(14)))
    n.line("姓名：{p}　性别：{s}　年龄：{a}　检查日期：{d}", p=P("NAME_PATIENT", pt.name), s="女" if pt.sex == "F" else "男", a=age_zh(a), d=dz(c, d0, c.pick("iso", "cn", "slash")))
    n.line("麻醉方式：{m}", m=c.pick("⟦dr|丙泊酚⟧静脉麻醉", "咽部⟦dr|利多卡因胶浆⟧表麻"))
    n.line("内镜所见：⟦an|食管⟧黏膜光滑，{x}⟦an|贲门⟧开闭可；⟦an|胃底⟧黏液湖清；⟦an|胃窦⟧黏膜红白相间以白为主，见⟦me|0.{y}cm⟧浅溃疡，覆白苔；⟦an|十二指肠球部⟧未见异常。",
           x=c.pick("", "齿状线上方见橘红色舌状上皮（⟦ep|Barrett食管⟧？），"), y=c.ri(3, 9))
    n.line("活检：⟦an|胃窦⟧2块，病理号{b}；⟦pr|快速尿素酶试验⟧：{h}", b=P("ACCESSION", f"{d0.year % 100}B{c.digits(5)}"), h=c.pick("⟦lab|阳性⟧", "⟦lab|阴性⟧"))
    n.line("内镜诊断：⟦fi|慢性萎缩性胃炎⟧伴⟦fi|胃窦溃疡⟧（A2期）")
    n.line("建议：⟦dr|雷贝拉唑⟧⟦do|20mg bid⟧，根除⟦fi|幽门螺杆菌⟧后复查⟦pr|碳13呼气试验⟧。")
    n.line("检查医师：{d}（执业证书编号：{l}）　护士：{nr}", d=_dr(c, doc), l=P("LICENSE", c.digits(15)), nr=P("NAME_CLINICIAN", nurse.name))
    n.line("报告时间：{d} 10:42", d=dz(c, d0, "iso"))
    return n.doc


def zh_jiaoban(c: Ctx) -> Doc:
    n, g = Note(c), c.ch(CITIES_ZH)
    d0 = day(c)
    off, on = person_zh(c), person_zh(c)
    n.line("{h}　重症医学科　医师交接班记录　{d}", h=P("HOSPITAL", hosp_zh(c, g, c.pick("univ", "city", "short"))), d=dz(c, d0))
    n.line("交班：{a}　接班：{b}", a=_dr(c, off), b=_dr(c, on))
    k = c.ri(2, 3)
    for bed, sc in zip(sorted(c.sample(range(1, 20), k)), c.sample(["hx", "nao", "xs"], k), strict=True):
        pt, rel = person_zh(c), person_zh(c)
        a = age(c, 0.35, 45, 89)
        n.line("{b}床 {p}，{s}，{a}，住院号{m}", b=bed, p=P("NAME_PATIENT", pt.name), s="女" if pt.sex == "F" else "男", a=age_zh(a), m=P("MRN", _mrn(c)))
        if sc == "hx":
            n.line("  ⟦fi|重症肺炎⟧、⟦fi|I型呼吸衰竭⟧，⟦pr|经口气管插管⟧接呼吸机，⟦me|FiO2 50%⟧，⟦me|PEEP 8cmH2O⟧；⟦dr|美罗培南⟧⟦do|1g q8h⟧。⟦lab|PCT {p}ng/ml⟧。", p=c.fl(0.3, 12))
        elif sc == "nao":
            n.line("  ⟦fi|脑出血⟧术后，⟦ep|格拉斯哥昏迷评分⟧⟦me|{gcs}分⟧，⟦an|左侧瞳孔⟧⟦me|3mm⟧；⟦dr|甘露醇⟧⟦do|125ml q8h⟧。", gcs=c.ri(5, 12))
        else:
            n.line("  ⟦fi|感染性休克⟧，⟦dr|去甲肾上腺素⟧⟦do|0.{x}μg/kg/min⟧维持，⟦lab|乳酸{l}mmol/L⟧，⟦ep|Foley导尿管⟧⟦me|尿量{u}ml/h⟧。", x=c.ri(1, 9), l=c.fl(1.2, 6), u=c.ri(20, 90))
        n.line("  家属{r}（{rr}）{ph}，今日已沟通病情{x}。", r=P("NAME_RELATIVE", rel.name), rr=_kin(c, rel, ("女儿", "配偶", "孙女"), ("儿子", "配偶", "孙子")), ph=P("PHONE", mobile(c)), x=c.pick("，签署病危通知", "", "，要求积极抢救"))
    n.line("夜班重点：{a}床复查血气；如有变化请示{t}。", a=c.ri(1, 19), t=_dr(c, person_zh(c), "主任"))
    return n.doc


def zh_buliang(c: Ctx) -> Doc:
    n, pt, g = Note(c), person_zh(c), c.ch(CITIES_ZH)
    a, d0 = age(c, 0.3, 50, 89), day(c)
    rep, wit, mgr = person_zh(c, "F"), person_zh(c), person_zh(c)
    n.line("医疗安全（不良）事件报告表")
    n.line("事件编号：{i}　上报时间：{d} 09:17", i=P("OTHER_ID", f"BL{d0:%Y}{c.digits(6)}"), d=dz(c, after(d0, 1), "iso"))
    n.line("上报系统：{u}　终端IP：{ip}", u=P("URL", f"http://aqsj.{c.pick('hosp', 'yy', 'rmyy')}{c.digits(3)}.cn/report/{c.token(8)}"), ip=P("IP", ip4(c)))
    n.line("上报科室：{k}　上报人：{r}（工号{gh}）　电话：{ph}　邮箱：{e}", k=c.pick("骨科病区", "神经内科", "老年病科"), r=P("NAME_CLINICIAN", rep.name), gh=c.digits(4), ph=P("PHONE", landline(c, g)), e=P("EMAIL", _email_zh(c)))
    n.line("患者：{p}　{a}　住院号：{m}　医院：{h}", p=P("NAME_PATIENT", pt.name), a=age_zh(a), m=P("MRN", _mrn(c)), h=P("HOSPITAL", hosp_zh(c, g)))
    fall = c.chance(0.55)
    n.line("事件类别：{t}　发生时间：{d} 凌晨3时许", t="跌倒/坠床" if fall else "用药错误", d=dz(c, d0))
    if fall:
        n.line("经过：患者夜间自行如厕时跌倒，护士{w}发现后立即报告值班医生{y}。患者诉⟦an|右髋部⟧疼痛，急查⟦pr|髋关节X线⟧示⟦fi|股骨粗隆间骨折⟧。⟦ep|Morse跌倒评估⟧入院时⟦me|55分⟧，已落实防跌措施。", w=P("NAME_CLINICIAN", wit.name), y=P("NAME_CLINICIAN", person_zh(c).name))
    else:
        n.line("经过：遵医嘱应予⟦dr|胰岛素⟧⟦do|4U⟧皮下注射，实际注射⟦do|40U⟧，1小时后患者出汗、心慌，⟦lab|末梢血糖2.{x}mmol/L⟧，予⟦dr|50%葡萄糖⟧⟦do|40ml⟧静推后好转。发现人：{w}。", x=c.ri(1, 9), w=P("NAME_CLINICIAN", wit.name))
    n.line("家属{r}已知情，联系电话{ph}。", r=P("NAME_RELATIVE", person_zh(c).name), ph=P("PHONE", mobile(c)))
    n.line("科室处理意见：组织⟦pr|根本原因分析⟧；护士长{m}签字。", m=P("NAME_CLINICIAN", mgr.padded()))
    n.line("医务部传真：{f}", f=P("FAX", landline(c, g)))
    return n.doc


def zh_zhiqing(c: Ctx) -> Doc:
    n, g = Note(c), c.ch(CITIES_ZH)
    foreign = c.chance(0.25)
    a, d0 = age(c, 0.15, 45, 89), day(c)
    doc, agent = person_zh(c), person_zh(c)
    n.line("{h}", h=P("HOSPITAL", hosp_zh(c, g, c.pick("univ", "city"))))
    n.line("{t}知情同意书", t=c.pick("经皮冠状动脉介入治疗", "冠状动脉介入诊疗"))
    if foreign:
        nm, sx, ctry = c.ch(FOREIGN)
        n.line("患者姓名：{p}　国籍：{k}　护照号码：{pp}", p=P("NAME_PATIENT", nm), k=ctry, pp=P("PASSPORT", f"{c.letters(1)}{c.digits(7)}"))
    else:
        pt = person_zh(c)
        n.line("患者姓名：{p}　性别：{s}　年龄：{a}　身份证号：{i}", p=P("NAME_PATIENT", pt.name), s="女" if pt.sex == "F" else "男", a=age_zh(a), i=P("ID_CARD", id_card(c, g, dob_for(a, d0, c), pt.sex)))
    n.line("住院号：{m}　住址：{ad}　邮编：{z}", m=P("MRN", _mrn(c)), ad=addr_zh(c, g), z=P("POSTCODE", g.post))
    n.line("拟行：⟦pr|冠状动脉造影⟧及⟦pr|支架植入术⟧；术前诊断：⟦fi|不稳定型心绞痛⟧。")
    n.line("可能的风险：⟦fi|穿刺部位血肿⟧、⟦fi|造影剂肾病⟧、⟦fi|支架内血栓⟧、恶性心律失常等。术后需服用⟦dr|阿司匹林⟧⟦do|100mg qd⟧及⟦dr|氯吡格雷⟧⟦do|75mg qd⟧至少12个月。")
    n.line("患者（或委托代理人）意见：同意。")
    kind = c.pick("身份证", "身份证", "港澳通行证", "台胞证", "回乡证", "护照")
    idv = P("ID_CARD", id_card(c, g, dob_for(c.ri(28, 60), d0, c), agent.sex)) if kind == "身份证" else P("PASSPORT", passport_zh(c, kind))
    n.line("委托代理人：{r}　与患者关系：{rr}　证件（{k}）：{i}　电话：{ph}", r=P("NAME_RELATIVE", agent.name), rr=_kin(c, agent), k=kind, i=idv, ph=P("PHONE", mobile(c)))
    n.line("谈话医师：{d}　签字日期：{dd}", d=_dr(c, doc), dd=dz(c, d0, c.pick("upper", "cn", "upper")))
    return n.doc


def zh_tijian(c: Ctx) -> Doc:
    n, pt, g = Note(c), person_zh(c), c.ch(CITIES_ZH)
    a, d0 = c.ri(22, 59), day(c)
    doc = person_zh(c)
    born = c.ch(CITIES_ZH)
    unit = c.pick(f"{g.short}{c.pick('港务集团', '烟草公司', '农商银行', '供电公司')}", c.fzh.company())
    n.line("{h}健康管理中心　{y}年度单位职工体检报告", h=P("HOSPITAL", hosp_zh(c, g, c.pick("city", "univ"))), y=d0.year)
    n.line("体检编号：{k}　单位：{w}　工号：{gh}", k=P("ACCOUNT", f"TJ{c.digits(10)}"), w=P("WORKPLACE", unit), gh=P("OTHER_ID", c.digits(6)))
    n.line("姓名：{p}　性别：{s}　年龄：{a}岁　出生地：{b}", p=P("NAME_PATIENT", pt.name), s="女" if pt.sex == "F" else "男", a=a, b=P("CITY", born.city))
    n.line("身份证号：{i}　手机：{ph}　邮箱：{e}", i=P("ID_CARD", id_card(c, born, dob_for(a, d0, c), pt.sex)), ph=P("PHONE", mobile(c)), e=P("EMAIL", _email_zh(c)))
    if c.chance(0.4):
        n.line("通讯地址：{ad}（{z}）", ad=addr_zh(c, g, True), z=P("POSTCODE", g.post))
    if c.chance(0.6):
        n.line("单位停车证车牌：{v}", v=P("VEHICLE", plate_zh(c, g)))
    if c.chance(0.3):
        n.line("外派人员：护照号{p}，拟赴{k}", p=P("PASSPORT", passport_zh(c, "护照")), k=c.pick("印尼", "沙特", "巴基斯坦"))
    n.line("体检日期：{d}", d=dz(c, d0))
    n.line("一般检查：⟦me|身高{h}cm⟧ ⟦me|体重{w}kg⟧ ⟦me|BMI {b}⟧ ⟦me|血压{s}/{dd}mmHg⟧", h=c.ri(152, 186), w=c.ri(46, 98), b=c.fl(18.5, 31), s=c.ri(102, 152), dd=c.ri(62, 98))
    n.line("实验室：⟦lab|总胆固醇{tc}mmol/L⟧，⟦lab|甘油三酯{tg}mmol/L⟧，⟦lab|尿酸{ua}μmol/L⟧，⟦lab|谷丙转氨酶{alt}U/L⟧", tc=c.fl(3.5, 7.2), tg=c.fl(0.6, 4.5), ua=c.ri(220, 560), alt=c.ri(9, 88))
    n.line("影像：⟦pr|腹部彩超⟧示{x}；⟦pr|胸部低剂量CT⟧示{y}。", x=c.pick("⟦fi|脂肪肝⟧（中度）", "⟦fi|胆囊息肉⟧ ⟦me|0.4cm⟧", "未见明显异常"), y=c.pick("⟦an|右肺上叶⟧⟦fi|磨玻璃结节⟧ ⟦me|6mm⟧", "⟦fi|肺气肿⟧", "未见异常"))
    n.line("甲状腺：{t}", t=c.pick("⟦ep|桥本甲状腺炎⟧可能，建议查⟦lab|TPOAb⟧", "⟦fi|甲状腺结节⟧ ⟦me|TI-RADS 3类⟧"))
    n.line("主检医师：{d}　报告日期：{dd}", d=_dr(c, doc), dd=dz(c, after(d0, 5), "iso"))
    n.line("电子报告查询：{u}（最近登录 {ip}）", u=P("URL", f"https://tj.{c.pick('jkgl', 'health')}{c.digits(2)}.cn/r?k={c.token(12)}"), ip=P("IP", ip4(c)))
    return n.doc


def zh_yaoxue(c: Ctx) -> Doc:
    n, pt, g = Note(c), person_zh(c), c.ch(CITIES_ZH)
    a, d0 = age(c, 0.3, 60, 89), day(c)
    phar, rel, dr = person_zh(c), person_zh(c), person_zh(c)
    n.line("{h}　药学门诊记录（多重用药评估）", h=P("HOSPITAL", hosp_zh(c, g, c.pick("univ", "city", "chs"))))
    n.line("患者：{p}　{a}　就诊卡号：{k}　医保卡号：{i}　日期：{d}", p=P("NAME_PATIENT", pt.name), a=age_zh(a), k=P("ACCOUNT", c.digits(10)), i=P("INSURANCE", c.digits(c.pick(12, 16))), d=dz(c, d0))
    n.line("陪同：{r}（{rr}），电话{ph}，邮箱{e}", r=P("NAME_RELATIVE", rel.name), rr=c.pick(_kin(c, rel), "保姆"), ph=P("PHONE", mobile(c)), e=P("EMAIL", _email_zh(c)))
    n.line("诊断：⟦fi|冠心病⟧、⟦fi|心房颤动⟧、⟦fi|慢性肾脏病3期⟧、⟦ep|阿尔茨海默病⟧")
    n.line("在用药物（共{k}种）：⟦dr|华法林⟧⟦do|2.5mg qd⟧、⟦dr|阿托伐他汀⟧⟦do|20mg qn⟧、⟦dr|多奈哌齐⟧⟦do|5mg qn⟧、⟦dr|奥美拉唑⟧⟦do|20mg qd⟧、⟦dr|地高辛⟧⟦do|0.125mg qd⟧", k=c.ri(8, 14))
    n.line("⟦lab|INR {i}⟧，⟦lab|肌酐{cr}μmol/L⟧，⟦lab|地高辛血药浓度{dg}ng/ml⟧。", i=c.fl(1.4, 3.6), cr=c.ri(98, 190), dg=c.fl(0.5, 2.4))
    n.line("问题：1. ⟦dr|奥美拉唑⟧与⟦dr|华法林⟧相互作用；2. 院外自购⟦dr|银杏叶片⟧（{s}），增加出血风险。", s=P("HOSPITAL", c.pick(f"老百姓大药房（{c.ch(['中州路', '人民路', '滨江'])}店）", f"{g.short}大参林药店", "益丰大药房")))
    n.line("建议：停用银杏叶片，⟦dr|奥美拉唑⟧改为⟦dr|泮托拉唑⟧⟦do|40mg qd⟧；两周后复查⟦lab|INR⟧。已与处方医师{d}电话沟通。", d=_dr(c, dr, c.pick("医生", "主任", None)))
    n.line("处方号：{r}　药店传真：{f}", r=P("OTHER_ID", f"CF{c.digits(10)}"), f=P("FAX", landline(c, g)))
    n.line("临床药师：{p}　{d}", p=_dr(c, phar), d=dz(c, d0, "iso"))
    return n.doc


def zh_goutong(c: Ctx) -> Doc:
    n, pt, g = Note(c), person_zh(c), c.ch(CITIES_ZH)
    a, d0 = age(c, 0.06, 18, 80), day(c)
    rel, doc = person_zh(c), person_zh(c)
    kind = c.pick("回乡证", "台胞证", "护照", "港澳通行证")
    n.line("医患沟通记录")
    n.line("{h}　创伤骨科", h=P("HOSPITAL", hosp_zh(c, g, c.pick("univ", "city", "short"))))
    n.line("患者：{p}　{a}　住院号：{m}　{nick}", p=P("NAME_PATIENT", pt.name), a=age_zh(a), m=P("MRN", _mrn(c)), nick=["小名", P("NAME_PATIENT", c.ch(ZH_NICK))] if a < 18 else "")
    n.line("身份证号：{i}　住址：{ad}", i=P("ID_CARD", id_card(c, g, dob_for(a, d0, c), pt.sex)), ad=addr_zh(c, g))
    n.line("沟通时间：{d} 16:30　地点：医生办公室", d=dz(c, d0))
    n.line("参加人员：{d}、责任护士{nr}，家属{r}（{rr}，{k} {pp}）", d=_dr(c, doc, "主任"), nr=P("NAME_CLINICIAN", person_zh(c, "F").name), r=P("NAME_RELATIVE", rel.name), rr=_kin(c, rel, ("母亲", "配偶", "姐姐"), ("父亲", "配偶", "哥哥")), k=kind, pp=P("PASSPORT", passport_zh(c, kind)))
    n.line("病情：患者{d}驾驶电动车（牌照{v}）与小型客车（{v2}）相撞，致⟦fi|左胫腓骨开放性骨折⟧、⟦fi|创伤性湿肺⟧。", d=dz(c, after(d0, -c.ri(1, 4)), "md"), v=P("VEHICLE", plate_zh(c, g)), v2=P("VEHICLE", plate_zh(c, g)))
    n.line("已行⟦pr|清创外固定架固定术⟧，⟦an|左小腿⟧⟦fi|骨筋膜室综合征⟧风险已告知；⟦dr|头孢唑林⟧⟦do|2g q8h⟧抗感染，⟦dr|低分子肝素⟧⟦do|4000IU qd⟧预防⟦fi|深静脉血栓⟧。")
    n.line("家属诉求：对方车主（电话{ph}）垫付费用；交警事故认定书编号{s}。", ph=P("PHONE", mobile(c)), s=P("OTHER_ID", f"{g.code6}{d0:%Y}{c.digits(6)}"))
    n.line("保险公司理赔传真：{f}。患者工作单位：{w}。", f=P("FAX", landline(c, g)), w=P("WORKPLACE", c.fzh.company()))
    n.line("家属签字：{r}　医师签字：{d}", r=P("NAME_RELATIVE", rel.padded() if len(rel.name) == 2 else rel.name), d=P("NAME_CLINICIAN", doc.padded()))
    return n.doc


def zh_jieru(c: Ctx) -> Doc:
    n, pt, g = Note(c), person_zh(c), c.ch(CITIES_ZH)
    sc = c.pick("asd", "pda", "tace")
    a, d0 = (c.ri(6, 52) if sc != "tace" else age(c, 0.2, 45, 89)), day(c)
    op, asst, tech = person_zh(c), person_zh(c), person_zh(c)
    n.line("{h}　介入导管室手术记录", h=P("HOSPITAL", hosp_zh(c, g, c.pick("univ", "city", "short"))))
    n.line("姓名：{p}　年龄：{a}　住院号：{m}　DSA影像号：{x}", p=P("NAME_PATIENT", pt.name), a=age_zh(a), m=P("MRN", _mrn(c)), x=P("ACCESSION", f"DSA{c.digits(9)}"))
    n.line("手术日期：{d}　术者：{o}（医师执业证书编号{l}）　助手：{s}　技师：{t}", d=dz(c, d0), o=_dr(c, op), l=P("LICENSE", c.digits(15)), s=P("NAME_CLINICIAN", asst.name), t=P("NAME_CLINICIAN", tech.name))
    if sc == "asd":
        n.line("术前诊断：⟦fi|房间隔缺损⟧（继发孔型），⟦pr|经胸超声心动图⟧示缺损⟦me|{x}mm⟧。", x=c.ri(10, 26))
        n.line("经⟦an|右股静脉⟧⟦ep|Seldinger技术⟧穿刺，⟦dr|肝素⟧⟦do|100U/kg⟧，植入房间隔缺损封堵器一枚（出厂编号{s}），⟦pr|推拉试验⟧稳定。", s=P("DEVICE", serial(c)))
    elif sc == "pda":
        n.line("术前诊断：⟦fi|动脉导管未闭⟧，⟦me|最窄处{x}mm⟧。", x=c.ri(2, 8))
        n.line("经⟦an|右股动脉⟧及⟦an|右股静脉⟧穿刺，⟦pr|主动脉弓降部造影⟧，植入动脉导管封堵器（序列号：{s}），⟦fi|残余分流⟧消失。", s=P("DEVICE", serial(c)))
    else:
        n.line("术前诊断：⟦fi|原发性肝癌⟧（⟦ep|Child-Pugh分级⟧A级），⟦lab|甲胎蛋白{x}ng/ml⟧。", x=c.ri(20, 2400))
        n.line("经⟦an|右股动脉⟧入路，超选至⟦an|肝右动脉⟧，⟦pr|经导管动脉化疗栓塞术⟧：⟦dr|表柔比星⟧⟦do|40mg⟧+⟦dr|碘化油⟧⟦do|10ml⟧；术前⟦ep|Allen试验⟧阴性备桡动脉。")
        n.line("输液港序列号{s}（既往植入）通畅。", s=P("DEVICE", serial(c)))
    n.line("术中⟦me|透视时间{t}分钟⟧，⟦me|造影剂{v}ml⟧，生命体征平稳。", t=c.ri(3, 25), v=c.ri(30, 180))
    n.line("术后：穿刺处加压包扎，平卧{h}小时，观察⟦an|足背动脉⟧搏动。", h=c.pick(6, 12, 24))
    n.line("记录者：{r}　{d}", r=P("NAME_CLINICIAN", asst.padded()), d=dz(c, d0, "iso"))
    return n.doc


TEMPLATES = [
    ("zh7_yanke_menzhen", zh_yanke),
    ("zh7_kouqiang_zhongzhi", zh_kouqiang),
    ("zh7_zhongyi_bianzheng", zh_zhongyi),
    ("zh7_chanjian_fuzhen", zh_chanjian),
    ("zh7_hualiao_jilu", zh_hualiao),
    ("zh7_weijing_baogao", zh_neijing),
    ("zh7_icu_jiaoban", zh_jiaoban),
    ("zh7_buliang_shijian", zh_buliang),
    ("zh7_zhiqing_tongyi", zh_zhiqing),
    ("zh7_danwei_tijian", zh_tijian),
    ("zh7_yaoxue_menzhen", zh_yaoxue),
    ("zh7_yihuan_goutong", zh_goutong),
    ("zh7_jieru_daoguan", zh_jieru),
]
