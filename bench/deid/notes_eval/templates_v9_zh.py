# Longer than 450 lines: twelve whole document templates with their scenario pools, laid out by ruff format (one argument per line).
"""v9 Chinese templates: twelve mainland document types not used by v1-v8 (住院费用清单, 职业暴露登记,
器官捐献协调记录, 高压氧治疗记录, 翻译/陪诊服务登记, 床位协调交班, 药物临床试验SAE报告, 居家护理上门服务单,
安宁疗护哀伤随访, 120出车收费单, 疑似预防接种异常反应个案调查表, 静配中心调配记录).
"""

# ruff: noqa: E501  (document text; wrapping it would only hurt reading it)

from __future__ import annotations

from _v9_kit import (
    MINORITY,
    NICK,
    Ctx,
    Doc,
    P,
    Zh,
    age_zh,
    dob,
    dzh,
    geo,
    hm,
    idcard,
    ip,
    land,
    mobile,
    plus,
    rdate,
    zcompany,
    zhosp,
    zperson,
    zplate,
    zstreet,
)

__all__ = ["TEMPLATES"]


def N(z: Zh | str, pad: bool = False) -> P:
    v = z if isinstance(z, str) else z.full
    return P("NAME_PATIENT", f"{v[0]}  {v[1]}" if pad and len(v) == 2 else v)


def R(z: Zh | str) -> P:
    return P("NAME_RELATIVE", z if isinstance(z, str) else z.full)


def C(c: Ctx, z: Zh, form: str | None = None) -> P:
    f = form or c.pick("full", "full", "pad")
    v = z.full
    if f == "pad" and len(v) == 2:
        v = f"{v[0]}  {v[1]}"
    if f == "sur" and z.sur:
        v = z.sur
    return P("NAME_CLINICIAN", v)


def addr(c: Ctx, g, prov: bool = True) -> list:
    out = []
    if prov and g.prov:
        out.append(P("PROVINCE_STATE", g.prov))
    out += [P("CITY", g.city), P("ADDRESS_STREET", zstreet(c, g))]
    return out


def old(c: Ctx, p: float) -> int:
    return c.ri(90, 103) if c.chance(p) else c.ri(25, 88)


FEE = [
    (
        "⟦fi|社区获得性肺炎⟧",
        "呼吸内科",
        [
            ("⟦dr|注射用头孢曲松钠⟧", "⟦do|2g⟧", 7),
            ("⟦dr|盐酸氨溴索注射液⟧", "⟦do|30mg⟧", 7),
            ("⟦pr|胸部CT平扫⟧", "1次", 1),
            ("⟦lab|血常规⟧", "3次", 3),
        ],
    ),
    (
        "⟦fi|急性ST段抬高型心肌梗死⟧",
        "心血管内科",
        [
            ("⟦pr|经皮冠状动脉介入治疗⟧", "1次", 1),
            ("⟦dr|替格瑞洛片⟧", "⟦do|90mg⟧", 14),
            ("⟦dr|阿托伐他汀钙片⟧", "⟦do|20mg⟧", 14),
            ("⟦lab|肌钙蛋白I⟧", "4次", 4),
        ],
    ),
    (
        "⟦fi|2型糖尿病酮症酸中毒⟧",
        "内分泌科",
        [
            ("⟦dr|门冬胰岛素注射液⟧", "⟦do|300单位⟧", 1),
            ("⟦dr|氯化钾注射液⟧", "⟦do|10ml:1.5g⟧", 6),
            ("⟦lab|血气分析⟧", "5次", 5),
            ("⟦lab|尿酮体⟧", "2次", 2),
        ],
    ),
    (
        "⟦fi|股骨颈骨折⟧",
        "骨科",
        [
            ("⟦pr|人工股骨头置换术⟧", "1次", 1),
            ("⟦dr|依诺肝素钠注射液⟧", "⟦do|4000AxaIU⟧", 10),
            ("⟦pr|髋关节正侧位片⟧", "2次", 2),
            ("⟦lab|D-二聚体⟧", "2次", 2),
        ],
    ),
]


def zh9_zhuyuan_feiyong(c: Ctx) -> Doc:
    d, p, g = Doc(), zperson(c), geo(c)
    h = zhosp(c, g)
    adm = rdate(c)
    age = old(c, 0.12)
    dx, ks, items = c.ch(FEE)
    d.add(
        "{h}\n住院费用清单（明细）\n\n姓名：{p}    性别：{sx}    年龄：",
        h=P("HOSPITAL", h),
        p=N(p),
        sx="女" if p.sex == "F" else "男",
    ).put(age_zh(age), "\n")
    d.add(
        "住院号：{z}    医保类型：{yb}    医保卡号：{k}\n",
        z=P("MRN", c.pick("ZY", "") + c.digits(c.pick(8, 10))),
        yb=c.pick("职工医保", "城乡居民医保", "异地就医直接结算"),
        k=P("INSURANCE", c.pick(f"{g.idarea[:4]}{c.digits(12)}", f"H{c.digits(10)}")),
    )
    if c.chance(0.25):
        d.add("证件类型：护照    证件号码：{pp}\n", pp=P("PASSPORT", f"E{c.digits(8)}"))
    else:
        d.add("身份证号：{i}\n", i=P("ID_CARD", idcard(c, g, dob(c, age, adm), p.sex)))
    d.add(
        "入院日期：{a}    出院日期：{b}    科室：{ks}\n工作单位：{w}\n入院诊断：",
        a=dzh(c, adm, "iso", "cn", "slash"),
        b=dzh(c, plus(adm, c.ri(3, 16)), "iso", "cn", "slash"),
        ks=ks,
        w=P("WORKPLACE", zcompany(c, g)) if c.chance(0.5) else "无",
    )
    d.put(dx, "\n\n项目名称                      规格        数量   金额(元)\n")
    for name, spec, n in items:
        d.put(name, "    ", spec, f"    {n}    {c.ri(12, 9800)}.{c.ri(0, 99):02d}\n")
    d.add(
        "\n结算单号：{js}    收费员：{sf}\n打印时间：{pt} {t}    终端：{i}\n电子票据查询：{u}\n",
        js=P("ACCOUNT", f"JS{adm.year}{c.digits(8)}"),
        sf=C(c, zperson(c)),
        pt=dzh(c, plus(adm, 17), "iso", "slash"),
        t=hm(c),
        i=P("IP", ip(c)),
        u=P("URL", f"https://einvoice.{c.pick('czfp', 'bs-pj')}.gov.cn/q?c={c.token(12)}"),
    )
    return d


PEP_ZH = [
    ("⟦dr|比克恩丙诺片⟧ ⟦do|1片 qd⟧，连续28天", "⟦lab|抗-HIV⟧阴性"),
    ("⟦dr|乙型肝炎人免疫球蛋白⟧ ⟦do|200IU⟧ 肌注", "⟦lab|HBsAg⟧阴性、⟦lab|抗-HBs⟧ <10mIU/ml"),
    ("无需预防用药，登记随访", "⟦lab|抗-HCV⟧阴性"),
    ("⟦dr|拉替拉韦钾片⟧ ⟦do|400mg bid⟧ + ⟦dr|替诺福韦⟧ ⟦do|300mg qd⟧", "⟦lab|梅毒螺旋体抗体⟧阴性"),
]


def zh9_zhiye_baolu(c: Ctx) -> Doc:
    d, p, g, rep = Doc(), zperson(c), geo(c), zperson(c)
    h = zhosp(c, g, 0.1)
    when = rdate(c)
    pep, lab = c.ch(PEP_ZH)
    d.add(
        "{h} 医务人员职业暴露登记表\n\n暴露者：{p}    工号：{gh}    岗位：{gw}\n",
        h=P("HOSPITAL", h),
        p=N(p),
        gh=P("OTHER_ID", c.pick("", "W", "HS") + c.digits(c.pick(5, 6))),
        gw=c.pick("护士", "保洁员", "实习医生", "检验技师"),
    )
    d.add(
        "用人单位：{w}    联系电话：{ph}\n身份证号：{i}\n",
        w=P("WORKPLACE", zcompany(c, g)),
        ph=P("PHONE", mobile(c)),
        i=P("ID_CARD", idcard(c, g, dob(c, c.ri(20, 55), when), p.sex)),
    )
    d.add(
        "暴露时间：{dt} {t}    地点：{loc}\n",
        dt=dzh(c, when),
        t=hm(c),
        loc=c.pick("病区治疗室", "手术室3间", "检验科采血窗口", "污物间"),
    )
    d.put(
        "暴露方式：",
        c.pick("⟦pr|静脉留置针⟧刺伤", "⟦pr|头皮针⟧刺伤", "血液溅入", "⟦pr|缝合针⟧刺伤"),
        c.pick("⟦an|左手食指⟧", "⟦an|右手中指⟧", "⟦an|左眼结膜⟧"),
        "，即刻挤血、流水冲洗、⟦dr|碘伏⟧消毒。\n",
    )
    d.add(
        "源患者：住院号{m}，{src}；源患者血标本号{bb}。\n",
        m=P("MRN", c.digits(c.pick(7, 9))),
        src=c.pick("⟦fi|慢性乙型病毒性肝炎⟧", "⟦fi|艾滋病⟧（抗病毒治疗中）", "感染状况不明", "⟦fi|丙型肝炎⟧"),
        bb=P("ACCESSION", f"{when.year % 100}{c.digits(8)}"),
    )
    d.put("暴露者基线：", lab, "。处置：", pep, "。\n")
    d.add(
        "随访：4周、8周、12周、6个月（首次 {f}）。工伤保险个人编号：{gs}\n报告人：{r}    院感科：{gk}老师（邮箱 {em}）\n",
        f=dzh(c, plus(when, 28), "md", "iso"),
        gs=P("INSURANCE", c.digits(c.pick(10, 12))),
        r=C(c, rep),
        gk=C(c, zperson(c), "sur"),
        em=P("EMAIL", f"ygk{c.digits(3)}@{c.pick('163.com', 'qq.com', 'hospital.cn')}"),
    )
    return d


DONOR = [
    ("⟦fi|自发性脑出血⟧", "⟦pr|头颅CT⟧示⟦fi|脑疝形成⟧"),
    ("⟦fi|重型颅脑损伤⟧（交通事故）", "⟦fi|硬膜下血肿⟧伴中线移位"),
    ("⟦fi|心肺复苏术后缺血缺氧性脑病⟧", "⟦pr|脑电图⟧呈电静息"),
    ("⟦fi|大面积脑梗死⟧", "⟦fi|双侧瞳孔散大固定⟧"),
]


def zh9_qiguan_juanxian(c: Ctx) -> Doc:
    d, p, g, co = Doc(), zperson(c), geo(c), zperson(c)
    h = zhosp(c, g)
    when = rdate(c)
    cornea = c.chance(0.4)
    age = old(c, 0.55 if cornea else 0.0)
    gx = c.pick("配偶", "儿子", "女儿", "父亲") if age < 60 else c.pick("配偶", "儿子", "女儿")
    rel = zperson(c, "F" if gx == "女儿" or (gx == "配偶" and p.sex == "M") else "M")
    if gx != "配偶" and p.sur and rel.sur and "·" not in p.given:
        rel = Zh(p.sur, rel.given, rel.sex)
    rel_age = age + 25 if gx == "父亲" else (c.ri(18, max(19, age - 20)) if gx in ("儿子", "女儿") else age)
    dx, img = c.ch(DONOR)
    d.add(
        "人体器官捐献协调记录（{kind}）\n编号：{no}\n\n",
        kind="角膜捐献" if cornea else "公民逝世后器官捐献",
        no=P("OTHER_ID", f"OPO-{when.year}-{c.digits(4)}"),
    )
    d.add("潜在捐献者：{p}    年龄：", p=N(p)).put(age_zh(age), "    ")
    d.add(
        "住院号：{m}\n所在医院：{h} ICU    上报时间：{dt} {t}\n",
        m=P("MRN", c.digits(8)),
        h=P("HOSPITAL", h),
        dt=dzh(c, when),
        t=hm(c),
    )
    d.put(
        "诊断：",
        dx,
        "；",
        img,
        "。⟦ep|格拉斯哥昏迷评分⟧3分，⟦me|血压 92/55mmHg⟧（⟦dr|去甲肾上腺素⟧ ⟦do|0.1μg/(kg·min)⟧），⟦lab|血肌酐 96μmol/L⟧。\n",
    )
    if "交通事故" in dx:
        d.add("事故车辆：{pl}，交警已出具事故认定书。\n", pl=P("VEHICLE", zplate(c)))
    d.add(
        "家属：{r}（{gx}），身份证 {i}，电话 {ph}，住址：",
        r=R(rel),
        gx=gx,
        i=P("ID_CARD", idcard(c, g, dob(c, rel_age, when), rel.sex)),
        ph=P("PHONE", mobile(c)),
    )
    d.put(addr(c, g), "\n")
    d.add(
        "捐献者生前工作单位：{w}\n协调员：{co}（证书编号 {lic}）    OPO传真：{fx}\n",
        w=P("WORKPLACE", zcompany(c, g)) if c.chance(0.5) else "无（退休）",
        co=C(c, co),
        lic=P("LICENSE", f"HX{c.digits(6)}"),
        fx=P("FAX", land(c, g.area)),
    )
    return d


HBO_ZH = [
    ("⟦fi|急性一氧化碳中毒⟧", "⟦lab|碳氧血红蛋白 31%⟧"),
    ("⟦fi|突发性聋⟧", "⟦pr|纯音测听⟧右耳⟦me|平均听阈 75dB⟧"),
    ("⟦fi|糖尿病足⟧", "⟦ep|Wagner分级⟧3级"),
    ("⟦fi|放射性膀胱炎⟧", "反复⟦fi|肉眼血尿⟧"),
    ("⟦fi|脑梗死恢复期⟧", "⟦me|NIHSS评分 4分⟧"),
]


def zh9_gaoyayang(c: Ctx) -> Doc:
    d, p, g, op, md = Doc(), zperson(c), geo(c), zperson(c), zperson(c)
    h = zhosp(c, g)
    start = rdate(c)
    dx, ex = c.ch(HBO_ZH)
    d.add(
        "{h} 高压氧科治疗记录单\n姓名：{p}  门诊号：{mz}  电话：{ph}\n",
        h=P("HOSPITAL", h),
        p=N(p, c.chance(0.3)),
        mz=P("MRN", c.digits(c.pick(8, 10))),
        ph=P("PHONE", mobile(c)),
    )
    d.put(
        "诊断：",
        dx,
        "；",
        ex,
        "。方案：⟦me|0.2MPa⟧，吸氧60分钟，中间休息10分钟，每日1次，⟦me|10次⟧为1疗程。\n",
    )
    dev = c.pick("心脏起搏器", "人工耳蜗", "胰岛素泵", "脑深部电刺激器")
    d.add(
        "入舱安全检查：植入{dev}（序列号 {sn}），经厂家确认可入舱；⟦ep|咽鼓管⟧通气{tq}。\n",
        dev=dev,
        sn=P("DEVICE", f"{c.letters(3)}{c.digits(6)}"),
        tq=c.pick("良好", "差，已予⟦dr|呋麻滴鼻液⟧"),
    )
    d.put("舱次  日期        操舱员    血压          备注\n")
    for i in range(c.ri(3, 5)):
        d.add(
            "{n}    {dt}  {o}    ⟦me|{s}/{dd}mmHg⟧    {bz}\n",
            n=i + 1,
            dt=dzh(c, plus(start, i), "iso", "dot", "slash"),
            o=C(c, op, c.pick("full", "pad")),
            s=c.ri(110, 150),
            dd=c.ri(60, 90),
            bz=c.pick("无不适", "耳痛，减压后缓解", "⟦fi|鼓膜充血⟧"),
        )
    if c.chance(0.5):
        d.add("患者自驾，车辆 {pl} 停放于地下车库。\n", pl=P("VEHICLE", zplate(c)))
    d.add("主治医师：{m}\n", m=C(c, md))
    return d


SVC = [
    ("⟦pr|胃镜检查⟧", "⟦fi|慢性萎缩性胃炎⟧"),
    ("⟦pr|甲状腺细针穿刺⟧", "⟦fi|甲状腺结节⟧"),
    ("产检", "⟦fi|妊娠期糖尿病⟧"),
    ("⟦pr|冠脉CTA⟧", "⟦fi|冠状动脉粥样硬化⟧"),
    ("复诊取药 ⟦dr|二甲双胍⟧ ⟦do|0.5g tid⟧", "⟦fi|2型糖尿病⟧"),
]
LATIN = [
    ("Olga Petrova", "俄语"),
    ("Ahmed Al-Farsi", "阿拉伯语"),
    ("Kim Min-jun", "韩语"),
    ("Nguyen Thi Lan", "越南语"),
    ("John Whitaker", "英语"),
    ("Fatima Zahra Benali", "法语"),
    ("Ivan Sokolov", "俄语"),
    ("Amara Okafor", "英语"),
    ("Bolat Serikbayev", "哈萨克语"),
]


def zh9_peizhen(c: Ctx) -> Doc:
    d, g = Doc(), geo(c)
    h = zhosp(c, g)
    day = rdate(c)
    d.add(
        "{h} 国际及少数民族患者翻译陪诊服务登记\n日期：{dt}    调度：{dd}（{em}）\n\n",
        h=P("HOSPITAL", h),
        dt=dzh(c, day, "cn", "iso"),
        dd=C(c, zperson(c)),
        em=P(
            "EMAIL",
            f"{c.pick('fanyi', 'pz', 'intl')}{c.digits(2)}@{c.pick('163.com', 'yeah.net', 'hosp.org.cn')}",
        ),
    )
    d.put("序号  患者              语种      证件号            陪诊员(工号)     服务内容\n")
    foreign = c.sample(LATIN, 4)
    for i in range(c.ri(3, 4)):
        if c.chance(0.5):
            pn, lang = foreign[i]
            pid = P("PASSPORT", c.pick(f"{c.letters(2)}{c.digits(7)}", c.digits(9)))
        else:
            z = zperson(c)
            if "·" not in z.given and c.chance(0.6):
                z = Zh("", c.ch(MINORITY)[0], z.sex)
            pn, lang = z.full, c.pick("维吾尔语", "藏语", "蒙古语", "手语")
            pid = P("ID_CARD", idcard(c, g, dob(c, c.ri(20, 80), day), z.sex))
        svc, dx = c.ch(SVC)
        d.add(
            "{i}    {p}    {lg}    {pid}    {pz}({gh})    " + svc + "（" + dx + "）\n",
            i=i + 1,
            p=N(pn),
            lg=lang,
            pid=pid,
            pz=C(c, zperson(c)),
            gh=P("OTHER_ID", f"PZ{c.digits(4)}"),
        )
    d.add(
        "\n远程视频翻译链接：{u}（终端 {i}）\n",
        u=P("URL", f"https://meeting.{c.pick('tencent', 'dingtalk')}.com/j/{c.digits(9)}"),
        i=P("IP", ip(c)),
    )
    d.add(
        "订单号：{o}    患者联系电话：{ph}\n",
        o=P("ACCOUNT", f"PZ{day.year}{c.digits(6)}"),
        ph=P("PHONE", mobile(c)),
    )
    return d


BED = [
    "⟦fi|重症肺炎⟧",
    "⟦fi|急性心力衰竭⟧",
    "⟦fi|上消化道出血⟧",
    "⟦fi|脑梗死⟧",
    "⟦fi|慢阻肺急性加重⟧",
    "⟦fi|股骨粗隆间骨折⟧",
    "⟦fi|急性胰腺炎⟧",
    "⟦fi|肺部感染⟧",
]


def zh9_chuangwei(c: Ctx) -> Doc:
    d, g = Doc(), geo(c)
    h = zhosp(c, g)
    day = rdate(c)
    d.add(
        "{h} 床位管理中心 早交班（{dt}）\n主持：{zc}    记录：{jl}\n\n",
        h=P("HOSPITAL", h),
        dt=dzh(c, day, "md", "cn", "iso"),
        zc=C(c, zperson(c)),
        jl=C(c, zperson(c), "pad"),
    )
    d.put("急诊待入院：\n床位  姓名      年龄  ID号        诊断                去向\n")
    for _ in range(c.ri(3, 5)):
        z = zperson(c)
        age = old(c, 0.25)
        d.add("加{b}  {p}  ", b=c.ri(1, 40), p=N(z, c.chance(0.4))).put(
            age_zh(age, "岁" if c.chance(0.5) else ""), "  "
        )
        d.add(
            "{m}  {dx}  {q}\n",
            m=P("MRN", c.digits(c.pick(7, 8, 10))),
            dx=c.ch(BED),
            q=c.pick("呼吸科", "心内科", "待ICU", "骨科借床"),
        )
    d.add(
        "\n外院转入：{wy}拟转入1例（{dx}），联系人{lx}医生，电话 {ph}；",
        wy=P("HOSPITAL", zhosp(c, None, 0.7)),
        dx=c.ch(BED),
        lx=C(c, zperson(c), "sur"),
        ph=P("PHONE", land(c, g.area)),
    )
    d.add("本院{sur}主任同意接收。\n", sur=C(c, zperson(c), "sur"))
    return d


SAE_ZH = [
    ("⟦fi|免疫相关性肺炎⟧3级", "⟦dr|信迪利单抗⟧ ⟦do|200mg 静滴 q3w⟧", "⟦dr|甲泼尼龙⟧ ⟦do|2mg/kg⟧"),
    ("⟦fi|Ⅳ度骨髓抑制⟧", "⟦dr|注射用紫杉醇⟧ ⟦do|175mg/m2⟧", "⟦dr|重组人粒细胞刺激因子⟧ ⟦do|300μg⟧"),
    ("⟦fi|药物性肝损伤⟧", "试验药物 ⟦do|100mg qd⟧", "⟦dr|异甘草酸镁⟧"),
    ("⟦ep|史蒂文斯-约翰逊综合征⟧", "⟦dr|卡马西平⟧ ⟦do|0.1g bid⟧", "⟦dr|静注人免疫球蛋白⟧"),
]


def zh9_sae(c: Ctx) -> Doc:
    d, g, pi = Doc(), geo(c), zperson(c)
    h = zhosp(c, g, 0.1)
    on = rdate(c)
    ev, drug, tx = c.ch(SAE_ZH)
    ini = c.pick("", "-").join(c.ch("BCDFGHJLMNPQSTWXYZ") for _ in range(c.pick(3, 3, 4)))
    d.add(
        "药物临床试验严重不良事件（SAE）报告表\n方案编号：{fa}    研究中心：{h}\n",
        fa=f"{c.letters(3)}-{c.digits(3)}-III",
        h=P("HOSPITAL", h),
    )
    d.add(
        "受试者编号：{sid}    姓名缩写：{ini}    ",
        sid=P("OTHER_ID", f"{c.digits(2)}{c.digits(3)}"),
        ini=N(ini),
    )
    d.add(
        "病案号：{m}\n发生日期：{o}    获知日期：{k}    报告类型：{lx}\n",
        m=P("MRN", c.digits(8)),
        o=dzh(c, on),
        k=dzh(c, plus(on, 1)),
        lx=c.pick("首次报告", "随访报告"),
    )
    d.put(
        "SAE名称：",
        ev,
        "。试验用药：",
        drug,
        "。处理：",
        tx,
        "，⟦lab|ALT 312U/L⟧，⟦lab|中性粒细胞计数 0.3×10^9/L⟧。\n",
    )
    d.add(
        "中心实验室样本号：{yb}\n研究者：{pi}（{em}）    联系电话：{ph}\n伦理委员会传真：{fx}\n",
        yb=P("ACCESSION", f"{c.letters(2)}{c.digits(8)}"),
        pi=C(c, pi),
        em=P("EMAIL", f"{c.pick('gcp', 'pi', 'yxcs')}{c.digits(3)}@{c.pick('126.com', 'qq.com')}"),
        ph=P("PHONE", mobile(c)),
        fx=P("FAX", land(c, g.area)),
    )
    d.add(
        "EDC 录入：{u}    录入终端：{i}\n",
        u=P("URL", f"https://edc.{c.pick('taimei', 'clinflash')}.com/s/{c.token(8)}"),
        i=P("IP", ip(c)),
    )
    return d


HOME = [
    ("⟦pr|PICC维护⟧", "⟦fi|导管周围皮肤发红⟧"),
    ("⟦pr|更换胃管⟧", "⟦fi|脑梗死后吞咽障碍⟧"),
    ("⟦pr|压疮换药⟧", "⟦fi|骶尾部2期压力性损伤⟧"),
    ("⟦pr|留置导尿管更换⟧", "⟦fi|神经源性膀胱⟧"),
    ("⟦pr|造口护理⟧", "⟦fi|直肠癌术后⟧"),
]


def zh9_jujia_huli(c: Ctx) -> Doc:
    d, p, g, nurse, fam = Doc(), zperson(c), geo(c), zperson(c, "F"), zperson(c)
    day = rdate(c)
    age = old(c, 0.3)
    svc, dx = c.ch(HOME)
    d.add(
        "“互联网+护理服务”上门服务记录单    订单号：{o}\n服务对象：{p}    年龄：",
        o=P("ACCOUNT", f"HL{c.digits(12)}"),
        p=N(p),
    ).put(age_zh(age), "\n")
    d.add(
        "身份证号：{i}\n长护险编号：{lh}\n",
        i=P("ID_CARD", idcard(c, g, dob(c, age, day), p.sex)),
        lh=P("INSURANCE", f"CH{c.digits(10)}"),
    )
    d.put("服务地址：", addr(c, g))
    d.add(
        "    邮编 {z}\n联系人：{f}（{gx}），{ph}；座机 {ll}\n",
        z=P("POSTCODE", g.zip3 + c.digits(3, False)),
        f=R(fam),
        gx=c.pick("儿子", "女儿", "儿媳", "老伴"),
        ph=P("PHONE", mobile(c)),
        ll=P("PHONE", land(c, g.area)),
    )
    d.put("服务项目：", svc, "；诊断：", dx, "。\n")
    d.add(
        "上门时间：{dt} {t}    ⟦me|T 36.{tt}℃⟧ ⟦me|P {pp}次/分⟧ ⟦me|BP {s}/{dd}mmHg⟧\n",
        dt=dzh(c, day),
        t=hm(c),
        tt=c.ri(2, 9),
        pp=c.ri(60, 100),
        s=c.ri(100, 160),
        dd=c.ri(60, 95),
    )
    d.add("家用制氧机序列号：{sn}，⟦me|氧流量 2L/min⟧。\n", sn=P("DEVICE", f"{c.letters(2)}{c.digits(8)}"))
    d.add(
        "护士：{n}（执业证书编号 {lic}）    派单医院：{h}\n",
        n=C(c, nurse),
        lic=P("LICENSE", f"{c.digits(12)}"),
        h=P("HOSPITAL", zhosp(c, g)),
    )
    return d


def zh9_anning(c: Ctx) -> Doc:
    d, p, g, sw = Doc(), zperson(c), geo(c), zperson(c)
    death = rdate(c)
    age = c.ri(90, 103) if c.chance(0.55) else c.ri(58, 89)
    gx = c.pick("老伴", "长女", "儿子", "孙女")
    sp = zperson(c, "M" if gx == "儿子" else ("F" if gx != "老伴" else ("M" if p.sex == "F" else "F")))
    dx = c.pick(
        "⟦fi|肺腺癌多发骨转移⟧",
        "⟦fi|胰腺癌晚期⟧",
        "⟦fi|血管性痴呆⟧",
        "⟦fi|慢性心力衰竭终末期⟧",
        "⟦fi|肝癌破裂出血⟧",
    )
    nick = c.ch(NICK)
    d.add("{h} 安宁疗护病区 哀伤辅导随访记录\n逝者：{p}    享年", h=P("HOSPITAL", zhosp(c, g)), p=N(p)).put(
        age_zh(age, "岁" if c.chance(0.6) else "周岁"), "    "
    )
    d.add("离世日期：{dt}\n", dt=dzh(c, death))
    d.put("诊断：", dx, "。临终前予⟦dr|吗啡⟧ ⟦do|10mg⟧ 皮下泵入控制⟦fi|呼吸困难⟧。\n")
    d.add("主要哀伤者：{sp}（{gx}），电话 {ph}\n邮寄地址：", sp=R(sp), gx=gx, ph=P("PHONE", mobile(c)))
    d.put(addr(c, g))
    d.add("  邮编{z}\n\n", z=P("POSTCODE", g.zip3 + c.digits(3, False)))
    d.add(
        "{d1} 第1次电话随访（社工{sw}）：家属情绪低落，失眠，⟦me|PHQ-9评分 11分⟧；孙子{nk}常来陪伴。\n",
        d1=dzh(c, plus(death, 30), "md", "iso"),
        sw=C(c, sw),
        nk=R(nick),
    )
    d.add("{d2} 第2次：参加哀伤支持小组，⟦me|延长哀伤量表 22分⟧。\n", d2=dzh(c, plus(death, 90), "md", "iso"))
    return d


EMS = [
    ("⟦fi|胸痛⟧", "⟦pr|心电图⟧示⟦fi|Ⅱ、Ⅲ、aVF导联ST段抬高⟧", "⟦dr|阿司匹林⟧ ⟦do|300mg⟧ 嚼服"),
    ("车祸伤", "⟦fi|左小腿开放性骨折⟧", "⟦pr|夹板固定⟧"),
    ("⟦fi|意识障碍⟧", "⟦lab|末梢血糖 1.9mmol/L⟧", "⟦dr|50%葡萄糖注射液⟧ ⟦do|40ml⟧ 静推"),
    ("⟦fi|呼吸困难⟧", "⟦fi|双肺哮鸣音⟧", "⟦dr|沙丁胺醇⟧ ⟦do|5mg⟧ 雾化"),
]


def zh9_120_shoufei(c: Ctx) -> Doc:
    d, p, g, doc, drv = Doc(), zperson(c), geo(c), zperson(c), zperson(c)
    day = rdate(c)
    age = old(c, 0.2)
    cc, fi, tx = c.ch(EMS)
    d.add(
        "{s} 院前急救出车收费单\n任务单号：{rw}    票据号：{pj}\n",
        s=P("HOSPITAL", g.city.removesuffix("地区") + "急救中心"),
        rw=P("OTHER_ID", f"{fzh_num(day)}{c.digits(4)}"),
        pj=P("ACCOUNT", c.digits(10)),
    )
    d.add("患者：{p}    年龄：", p=N(p)).put(age_zh(age), "    ")
    d.add("联系电话：{ph}\n接车地址：", ph=P("PHONE", mobile(c)))
    d.put(addr(c, g, prov=False), "\n")
    d.add(
        "送达医院：{h}    出车日期：{dt}  {t}\n主诉：", h=P("HOSPITAL", zhosp(c, g)), dt=dzh(c, day), t=hm(c)
    )
    d.put(cc, "；查体：", fi, "；处置：", tx, "，⟦pr|心电监护⟧，⟦pr|吸氧⟧。\n")
    if cc == "车祸伤":
        d.add("肇事车辆：{a}；伤者所驾车辆：{b}\n", a=P("VEHICLE", zplate(c)), b=P("VEHICLE", zplate(c)))
    d.add(
        "身份证：{i}    医保个人编号：{yb}\n",
        i=P("ID_CARD", idcard(c, g, dob(c, age, day), p.sex)),
        yb=P("INSURANCE", c.digits(c.pick(10, 16))),
    )
    d.add(
        "费用：起步费 ⟦me|里程 12公里⟧ 心电监护 吸氧 合计{m}元\n出诊医师：{dc}（执业证书 {lic}）    驾驶员：{dv}\n",
        m=c.ri(150, 800),
        dc=C(c, doc),
        lic=P("LICENSE", c.digits(15)),
        dv=C(c, drv, c.pick("full", "pad")),
    )
    return d


def fzh_num(day) -> str:
    return f"{day.year}{day.month:02d}{day.day:02d}"


VAC_ZH = [
    ("⟦dr|百白破疫苗⟧", "⟦do|0.5ml⟧ ⟦an|右上臂三角肌⟧肌注", "⟦fi|热性惊厥⟧"),
    ("⟦dr|麻腮风疫苗⟧", "⟦do|0.5ml⟧ ⟦an|左上臂外侧⟧皮下", "⟦fi|血小板减少性紫癜⟧"),
    ("⟦dr|乙肝疫苗⟧", "⟦do|10μg⟧ ⟦an|右上臂三角肌⟧肌注", "⟦fi|过敏性皮疹⟧"),
    ("⟦dr|13价肺炎球菌多糖结合疫苗⟧", "⟦do|0.5ml⟧ ⟦an|左大腿前外侧⟧肌注", "⟦fi|局部红肿硬结⟧直径3cm"),
]


def zh9_yimiao_yichang(c: Ctx) -> Doc:
    d, g, kid, mom, inv = Doc(), geo(c), zperson(c), zperson(c, "F"), zperson(c)
    vx = rdate(c)
    vac, route, ae = c.ch(VAC_ZH)
    born = plus(vx, -c.ri(60, 700))
    d.add(
        "疑似预防接种异常反应（AEFI）个案调查表\n编码：{bm}\n\n",
        bm=P("OTHER_ID", f"{g.idarea}{vx.year}{c.digits(5)}"),
    )
    d.add("患者姓名：{k}（小名：{nk}）    出生日期：{b}\n", k=N(kid), nk=N(c.ch(NICK)), b=dzh(c, born))
    d.add(
        "监护人：{m}（母亲）    身份证：{i}    电话：{ph}\n现住址：",
        m=R(mom),
        i=P("ID_CARD", idcard(c, g, dob(c, c.ri(22, 40), vx), "F")),
        ph=P("PHONE", mobile(c)),
    )
    d.put(addr(c, g))
    d.add(
        "    邮编：{z}\n接种单位：{h}    接种日期：{v}\n疫苗：",
        z=P("POSTCODE", g.zip3 + c.digits(3, False)),
        h=P("HOSPITAL", f"{g.district}{c.pick('社区卫生服务中心', '妇幼保健院', '卫生院')}预防接种门诊"),
        v=dzh(c, vx),
    )
    d.put(vac, "，", route, "。\n反应：接种后", str(c.ri(1, 48)), "小时出现", ae, "，⟦me|体温 39.2℃⟧，")
    d.add(
        "于{h2}就诊，病历号{m}，⟦lab|血小板 32×10^9/L⟧。血标本编号{yb}。\n",
        h2=P("HOSPITAL", zhosp(c, g)),
        m=P("MRN", c.digits(9)),
        yb=P("ACCESSION", f"AEFI{c.digits(6)}"),
    )
    d.add(
        "调查人：{iv}    调查日期：{dd}    县疾控传真：{fx}    邮箱：{em}\n",
        iv=C(c, inv),
        dd=dzh(c, plus(vx, c.ri(2, 6))),
        fx=P("FAX", land(c, g.area)),
        em=P("EMAIL", f"{c.pick('mianyi', 'jbk', 'aefi')}{c.digits(3)}@{c.pick('163.com', 'sina.com')}"),
    )
    return d


PIVAS = [
    ("⟦dr|注射用奥美拉唑钠⟧", "⟦do|40mg⟧", "⟦dr|0.9%氯化钠注射液⟧ ⟦do|100ml⟧"),
    ("⟦dr|注射用哌拉西林钠他唑巴坦钠⟧", "⟦do|4.5g⟧", "⟦dr|0.9%氯化钠注射液⟧ ⟦do|100ml⟧"),
    ("⟦dr|奥沙利铂注射液⟧", "⟦do|130mg/m2⟧", "⟦dr|5%葡萄糖注射液⟧ ⟦do|250ml⟧"),
    ("⟦dr|脂肪乳氨基酸葡萄糖注射液⟧", "⟦do|1440ml⟧", "⟦dr|水溶性维生素⟧ ⟦do|1支⟧"),
]


def zh9_jingpei(c: Ctx) -> Doc:
    d, g = Doc(), geo(c)
    h = zhosp(c, g)
    day = rdate(c)
    d.add(
        "{h} 静脉用药调配中心（PIVAS）调配记录\n批次：{dt} 第{pc}批    审方药师：{sf}（执业药师注册证 {zc}）\n\n",
        h=P("HOSPITAL", h),
        dt=dzh(c, day, "iso", "num"),
        pc=c.ri(1, 4),
        sf=C(c, zperson(c)),
        zc=P("LICENSE", f"{c.digits(4)}{c.letters(2)}{c.digits(5)}"),
    )
    d.put(
        "病区    床号  姓名      住院号      药品/剂量                       溶媒                  标签条码\n"
    )
    for _ in range(c.ri(3, 5)):
        z = zperson(c)
        drug, dose, solv = c.ch(PIVAS)
        d.add(
            "{bq}  {bed}  {p}  {m}  " + drug + " " + dose + "  " + solv + "  {bc}\n",
            bq=c.pick("肿瘤科", "消化内科", "ICU", "普外科"),
            bed=c.ri(1, 60),
            p=N(z, c.chance(0.5)),
            m=P("MRN", c.digits(c.pick(8, 10))),
            bc=P("ACCESSION", c.digits(13)),
        )
    d.add(
        "\n调配人：{tp}    核对人：{hd}    扫码终端：{i}\n⟦fi|配伍禁忌⟧拦截1单，已电话通知{ys}医生。\n",
        tp=C(c, zperson(c), "pad"),
        hd=C(c, zperson(c)),
        i=P("IP", ip(c)),
        ys=C(c, zperson(c), "sur"),
    )
    return d


TEMPLATES = [
    ("zh9_zhuyuan_feiyong", zh9_zhuyuan_feiyong),
    ("zh9_zhiye_baolu", zh9_zhiye_baolu),
    ("zh9_qiguan_juanxian", zh9_qiguan_juanxian),
    ("zh9_gaoyayang", zh9_gaoyayang),
    ("zh9_peizhen", zh9_peizhen),
    ("zh9_chuangwei", zh9_chuangwei),
    ("zh9_sae", zh9_sae),
    ("zh9_jujia_huli", zh9_jujia_huli),
    ("zh9_anning", zh9_anning),
    ("zh9_120_shoufei", zh9_120_shoufei),
    ("zh9_yimiao_yichang", zh9_yimiao_yichang),
    ("zh9_jingpei", zh9_jingpei),
]
