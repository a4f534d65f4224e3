"""v31 Chinese templates, part 1 (README.md "v31"): 体外冲击波碎石治疗单 in fixed width, 超说明书用药知情
同意书 with dotted leaders, an informal 住院总值班日志, a 慢性乙肝抗病毒治疗随访 CSV export, a 小儿推拿治疗登记本
and a 澳門居民入職體檢報告 in traditional script. TEMPLATES lists all 12 Chinese v31 templates (part 2:
templates_v31_zh2.py)."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

import templates_v31_zh2 as zh2
from _v31_kit import (
    AREAS,
    ZH_EMPLOYERS,
    Doc,
    P,
    add,
    area,
    born,
    day,
    id_card,
    ipv4,
    landline,
    mobile,
    times,
    yibao,
    zdoc,
    zh_addr,
    zh_age,
    zh_date,
    zh_hosp,
    zh_plate,
    zhiye,
    zkin,
    zname,
    znames,
)


def eswl(c) -> Doc:
    a = area(c)
    pat = zname(c)
    ag, agp = zh_age(c, 0.15, 28, 88)
    d = day(c)
    op, dr = znames(c, 2)
    D = Doc()
    D.add("{h}  泌尿外科碎石中心\n体外冲击波碎石（ESWL）治疗单\n", h=P("HOSPITAL", zh_hosp(c, a)))
    D.add(
        "姓名 {n}    性别 {s}    年龄 {a}岁\n门诊号 {m}    医保卡号 {yb}\n",
        n=P("NAME_PATIENT", pat.name),
        s="女" if pat.sex == "F" else "男",
        a=agp,
        m=P("MRN", f"MZ{c.digits(8)}"),
        yb=P("INSURANCE", yibao(c)),
    )
    D.add(
        "治疗日期 {d}    CT影像号 {acc}\n",
        d=P("DATE", zh_date(d, c.pick("cn", "dash", "dot"))),
        acc=P("ACCESSION", f"CT{c.digits(9)}"),
    )
    D.add(
        "诊断：⟦fi|{side}输尿管上段结石⟧  大小 ⟦me|{sz}⟧  CT值 ⟦me|{hu}⟧\n",
        side=c.pick("左", "右"),
        sz=f"{c.ri(6, 14)}mm×{c.ri(4, 9)}mm",
        hu=f"{c.ri(600, 1300)}HU",
    )
    D.add(
        "--------------------------------------------------------\n次数  能量(kV)  冲击次数  定位     镇痛\n"
    )
    for i in range(c.ri(1, 3)):
        D.add(f"{i + 1}     {c.ri(10, 14)}        {c.ri(20, 30)}00      X线/B超  ⟦dr|地佐辛⟧ ⟦do|5mg⟧ im\n")
    D.add(
        "--------------------------------------------------------\n术前：⟦lab|尿常规 隐血2+⟧，⟦lab|血肌酐 78 μmol/L⟧，⟦lab|凝血酶原时间 11.8秒⟧\n"
    )
    D.add(
        "术后：⟦fi|肉眼血尿⟧轻度，嘱多饮水，口服⟦dr|坦索罗辛⟧⟦do|0.2mg qn⟧排石，2周后复查⟦pr|泌尿系彩超⟧。\n"
    )
    D.add(
        "操作者：{op}    审核：{dr}\n联系电话：{ph}\n",
        op=P("NAME_CLINICIAN", op.name),
        dr=zdoc(dr, c.pick("医生", "主任")),
        ph=P("PHONE", mobile(c)),
    )
    return D


def chaoshuoming(c) -> Doc:
    a = area(c)
    pat = zname(c)
    ag, agp = zh_age(c, 0.25, 30, 88)
    d = day(c)
    rel, kp = zkin(c, pat, ag)
    dr, pharm = znames(c, 2)
    D = Doc()
    D.add("{h}\n超说明书用药知情同意书\n\n", h=P("HOSPITAL", zh_hosp(c, a)))
    D.add(
        "患者姓名……………… {n}    年龄…… {a}岁\n住院号………………… {m}\n身份证号……………… {idc}\n",
        n=P("NAME_PATIENT", pat.name),
        a=agp,
        m=P("MRN", c.digits(7)),
        idc=P("ID_CARD", id_card(c, a, born(c, ag, d), pat.sex)),
    )
    D.add("现住址………………… ").put(zh_addr(c, a, c.chance(0.7)))
    if c.chance(0.8):
        D.add("    邮编 {pc}", pc=P("POSTCODE", a.post))
    D.add("\n联系电话……………… {ph}\n\n", ph=P("PHONE", mobile(c)))
    drug = c.pick(
        ("⟦dr|利妥昔单抗⟧", "⟦fi|难治性肾病综合征⟧", "⟦do|375mg/m²⟧"),
        ("⟦dr|贝伐珠单抗⟧", "⟦fi|放射性脑坏死⟧", "⟦do|5mg/kg⟧"),
        ("⟦dr|西地那非⟧", "⟦fi|肺动脉高压⟧", "⟦do|20mg tid⟧"),
        ("⟦dr|静注人免疫球蛋白⟧", "⟦fi|自身免疫性脑炎⟧", "⟦do|0.4g/kg/d⟧"),
    )
    D.add(
        "拟用药品…………… "
        + drug[0]
        + "\n用法用量…………… "
        + drug[2]
        + "\n超说明书内容……… 用于"
        + drug[1]
        + "（适应症外）\n"
    )
    D.add("依据……………………… 国内外指南及⟦ep|Micromedex⟧推荐等级IIb；术前⟦lab|血常规⟧、⟦lab|乙肝表面抗原⟧阴性\n")
    D.add("可能风险：⟦fi|输液反应⟧、⟦fi|感染⟧、⟦an|肝脏⟧损害等，已逐项告知。\n\n")
    D.add(
        "患者/授权委托人签字：{k}（{r}）    日期：{d}\n",
        k=P("NAME_RELATIVE", kp.name),
        r=rel,
        d=P("DATE", zh_date(d, c.pick("cn", "dash"))),
    )
    D.add(
        "经治医师：{dr}    执业证书编号：{lic}\n", dr=P("NAME_CLINICIAN", dr.name), lic=P("LICENSE", zhiye(c))
    )
    D.add("临床药师：{ph}", ph=P("NAME_CLINICIAN", pharm.name))
    if c.chance(0.4):
        D.add("    药学部传真：{fx}", fx=P("FAX", landline(c, a)))
    D.add("\n科主任审批：同意。{z}\n", z=zdoc(zname(c), "主任"))
    return D


def zhiban(c) -> Doc:
    a = area(c)
    d = day(c)
    tm = times(c, 5, 18)
    duty, n1, n2 = znames(c, 3)
    p1, p2 = znames(c, 2)
    g1, g1p = zh_age(c, 0.35, 50, 88)
    g2, g2p = zh_age(c, 0.35, 40, 88)
    rel, kp = zkin(c, p1, g1)
    D = Doc()
    D.add(
        "{h} 住院总值班日志  {d}  值班：{du}\n\n",
        h=P("HOSPITAL", zh_hosp(c, a)),
        d=P("DATE", zh_date(d, c.pick("cn", "md", "dot"))),
        du=P("NAME_CLINICIAN", duty.name),
    )
    D.add(
        "{t} 心内科{b}床 {n}，{a}岁，住院号{m}，诉⟦fi|胸闷⟧，⟦me|心率42次/分⟧，查⟦lab|肌钙蛋白I 0.02ng/ml⟧，",
        t=tm[0],
        b=c.ri(1, 46),
        n=P("NAME_PATIENT", p1.name),
        a=g1p,
        m=P("MRN", c.digits(8)),
    )
    if c.chance(0.5):
        D.add("起搏器序列号{sn}程控正常，", sn=P("DEVICE", f"PZ{c.digits(7)}"))
    D.add(
        "予⟦dr|阿托品⟧⟦do|0.5mg⟧静推后好转。{r}{k}在旁，电话{ph}。\n",
        r=rel,
        k=P("NAME_RELATIVE", kp.name),
        ph=P("PHONE", mobile(c)),
    )
    D.add(
        "{t} {n1}报：神外{b}床 {n}（{a}岁）⟦fi|躁动⟧，拔⟦pr|胃管⟧，已约束，⟦dr|右美托咪定⟧泵入。\n",
        t=tm[1],
        n1=P("NAME_CLINICIAN", n1.given if n1.sur and len(n1.given) > 1 else n1.name),
        b=c.ri(1, 40),
        n=P("NAME_PATIENT", p2.name),
        a=g2p,
    )
    D.add("{t} 急诊收治车祸伤1例，", t=tm[2])
    if c.chance(0.55):
        D.add("肇事车辆{v}，", v=P("VEHICLE", zh_plate(c, a)))
    D.add("⟦an|左股骨干⟧骨折，⟦pr|跟骨牵引⟧后入骨科，交警已到场。\n")
    D.add(
        "{t} 小{n2}说{p}的家属又来问出院时间，已解释。\n",
        t=tm[3],
        n2=P("NAME_CLINICIAN", n2.sur or n2.name),
        p=P("NAME_PATIENT", p1.name),
    )
    D.add(
        "{t} 巡视病区，⟦me|血氧饱和度⟧均在目标范围，{who}主任电话指导⟦pr|床旁超声⟧。无其他特殊。\n",
        t=tm[4],
        who=P("NAME_CLINICIAN", zname(c, minority=0).sur),
    )
    return D


def ganyan_csv(c) -> Doc:
    a = area(c)
    d = day(c)
    exp = zname(c, minority=0)
    D = Doc()
    D.add(
        "# {h} 肝病门诊 慢乙肝抗病毒随访导出 {d} 导出人:{e} IP:{ip}\n",
        h=P("HOSPITAL", zh_hosp(c, a)),
        d=P("DATE", zh_date(d, "dash")),
        e=P("NAME_CLINICIAN", exp.name),
        ip=P("IP", ipv4(c)),
    )
    D.add("门诊号,姓名,年龄,身份证号,电话,药物,HBV-DNA,ALT,末次随访\n")
    for z in znames(c, c.ri(3, 6)):
        g, gp = zh_age(c, 0.12, 24, 86)
        D.add("{m},{n},{a},", m=P("MRN", c.digits(9)), n=P("NAME_PATIENT", z.name), a=gp)
        if c.chance(0.55):
            D.put(P("ID_CARD", id_card(c, area(c), born(c, g, d), z.sex)))
        D.add(",{ph},", ph=P("PHONE", mobile(c)))
        D.add(
            c.pick(
                "⟦dr|恩替卡韦⟧ ⟦do|0.5mg qd⟧",
                "⟦dr|富马酸丙酚替诺福韦⟧ ⟦do|25mg qd⟧",
                "⟦dr|艾米替诺福韦⟧ ⟦do|25mg qd⟧",
                "⟦dr|聚乙二醇干扰素α-2b⟧ ⟦do|180μg qw⟧",
            )
        )
        D.add("," + c.pick("<20 IU/mL", f"{c.ri(1, 9)}.{c.ri(1, 9)}E+0{c.ri(2, 5)}") + f",{c.ri(12, 96)},")
        D.add("{ld}\n", ld=P("DATE", zh_date(add(d, -c.ri(10, 170)), "dash")))
    D.add(
        "# 注:⟦lab|HBV-DNA⟧<20 IU/mL为⟦fi|病毒学应答⟧；⟦lab|ALT⟧单位U/L；⟦pr|肝脏瞬时弹性成像⟧及⟦an|肝右叶⟧超声另表\n"
    )
    return D


def tuina(c) -> Doc:
    a = area(c)
    kid = zname(c, minority=0.04)
    home = (
        c.pick("豆豆", "果果", "乐乐", "朵朵", "糖糖", "妞妞")
        if kid.sex == "F"
        else c.pick("豆豆", "果果", "乐乐", "小宝", "壮壮", "虎子")
    )
    months = c.ri(5, 70)
    rel, kp = zkin(c, kid, 3)
    d = day(c)
    th = zname(c)
    D = Doc()
    D.add(
        "{h} 中医儿科 小儿推拿治疗登记\n",
        h=P("HOSPITAL", c.pick(zh_hosp(c, a), f"{a.city[:-1]}市妇幼保健院")),
    )
    D.add(
        "患儿：{n}（小名{hm}）  {s}  {mo}个月\n就诊卡号：{ac}\n家长：{r} {k}  电话 {ph}\n",
        n=P("NAME_PATIENT", kid.name),
        hm=P("NAME_PATIENT", home),
        s="女" if kid.sex == "F" else "男",
        mo=months,
        ac=P("ACCOUNT", f"JZ{c.digits(10)}"),
        r=rel,
        k=P("NAME_RELATIVE", kp.name),
        ph=P("PHONE", mobile(c)),
    )
    D.add(
        "主诉：⟦fi|反复咳嗽⟧1周，夜间为甚，⟦fi|纳差⟧。舌淡红，⟦fi|指纹浮红⟧。\n\n日期 | 手法 | 操作者 | 备注\n"
    )
    for i in range(c.ri(3, 5)):
        D.add("{d} | ", d=P("DATE", zh_date(add(d, i * c.ri(1, 3)), c.pick("md", "mdd"))))
        D.add(
            c.pick(
                "⟦pr|清肺经⟧300次、⟦pr|揉膻中⟧",
                "⟦pr|推三关⟧、⟦pr|摩腹⟧5分钟",
                "⟦pr|捏脊⟧6遍、⟦pr|按揉足三里⟧",
            )
            + " | "
        )
        D.add(
            "{t} | {nb}\n",
            t=P("NAME_CLINICIAN", th.given if c.chance(0.4) and th.sur else th.name),
            nb=c.pick(
                ["", P("NAME_PATIENT", home), "配合好"],
                "哭闹",
                "咳减轻",
                ["妈妈说", P("NAME_PATIENT", home), "睡得好些"],
            ),
        )
    D.add(
        "医嘱：⟦dr|小儿肺热咳喘颗粒⟧⟦do|3g tid⟧，避风寒；⟦me|体温⟧超过38.5℃及时就诊。{z}\n", z=zdoc(zname(c))
    )
    return D


TRAD_SUR = "陳 黃 梁 鄭 區 歐陽 馮 譚 蕭 盧 關 鍾 葉 蘇 趙 劉".split()
TRAD_GIV = "嘉欣 詠琪 慧雯 美玲 家豪 志偉 俊傑 國華 浩然 卓謙 麗珊 錦輝 曉彤 鳳儀 永康 德輝".split()
TRAD = str.maketrans(
    "阳门东区头庆宁兴丰汉义乡县庄龙齐尔绵宝鸡赣银长医协学属玛郸芜潍乐华业团运鞋黔筑钻矿产电厂码公司乳虹车输为",
    "陽門東區頭慶寧興豐漢義鄉縣莊龍齊爾綿寶雞贛銀長醫協學屬瑪鄲蕪濰樂華業團運鞋黔築鑽礦產電廠碼公司乳虹車輸為",
)
MACAU_ST = [
    "高士德大馬路",
    "黑沙環中街",
    "台山中街",
    "提督馬路",
    "南灣大馬路",
    "罅些喇提督大馬路",
    "俾利喇街",
    "祐漢新村第三街",
]


def aomen(c) -> Doc:
    a = c.ch([x for x in AREAS if x.prov in ("广东省", "广西壮族自治区", "福建省")])
    sur = c.ch(TRAD_SUR)
    name = sur + c.ch(TRAD_GIV)
    sex = c.pick("F", "M")
    ag = c.ri(19, 58)
    d = day(c)
    dr = c.ch([s for s in TRAD_SUR if s != sur])
    D = Doc()
    D.add(
        "{h} 健康體檢中心\n澳門居民內地入職體檢報告\n體檢編號：{ac}    體檢日期：{d}\n\n",
        h=P("HOSPITAL", zh_hosp(c, a).translate(TRAD)),
        ac=P("ACCOUNT", f"TJ{c.digits(9)}"),
        d=P("DATE", zh_date(d, c.pick("cn", "dot"))),
    )
    D.add(
        "姓名：{n}    性別：{s}    出生日期：{dob}\n",
        n=P("NAME_PATIENT", name),
        s="女" if sex == "F" else "男",
        dob=P("DATE", born(c, ag, d).strftime("%d/%m/%Y")),
    )
    D.add(
        "澳門居民身份證：{oid}\n港澳居民來往內地通行證：{pp}\n",
        oid=P("OTHER_ID", f"{c.pick('1', '5', '7')}{c.digits(6)}({c.ri(0, 9)})"),
        pp=P("PASSPORT", f"M{c.digits(8)}"),
    )
    D.add(
        "澳門住址：{st}\n內地電話：{ph1}    澳門電話：{ph2}\n",
        st=P(
            "ADDRESS_STREET",
            f"{c.ch(MACAU_ST)}{c.ri(2, 188)}號{c.pick('', '', '金豪大廈')}{c.ri(2, 24)}樓{c.letters(1)}座",
        ),
        ph1=P("PHONE", mobile(c)),
        ph2=P("PHONE", f"+853 {c.pick('62', '66', '68')}{c.digits(6, False)}"),
    )
    if c.chance(0.6):
        D.add(
            "電郵：{e}\n",
            e=P(
                "EMAIL",
                f"{c.letters(2).lower()}{c.digits(4)}@{c.pick('macau.ctm.net', 'gmail.com', 'qq.com')}",
            ),
        )
    D.add("受聘單位：{w}\n", w=P("WORKPLACE", c.ch(ZH_EMPLOYERS).translate(TRAD)))
    if c.chance(0.4):
        D.add(
            "自駕車輛：{v}\n",
            v=P(
                "VEHICLE",
                c.pick(f"粵Z·{c.letters(1)}{c.digits(3)}澳", f"M{c.letters(1)}-{c.digits(2)}-{c.digits(2)}"),
            ),
        )
    D.add(
        "\n檢查結果：⟦me|血壓 118/76mmHg⟧；⟦lab|血常規⟧正常；⟦lab|谷丙轉氨酶 22U/L⟧；⟦pr|胸部X光⟧未見異常；⟦fi|竇性心律⟧；⟦lab|乙型肝炎表面抗原⟧陰性；"
        "⟦an|甲狀腺⟧未觸及腫大。\n既往：⟦fi|過敏性鼻炎⟧，間中使用⟦dr|氯雷他定⟧⟦do|10mg⟧。⟦ep|Snellen視力表⟧ 1.0/1.0。\n"
    )
    D.add("結論：合格。\n主檢醫師：{dr}醫生", dr=P("NAME_CLINICIAN", dr))
    if c.chance(0.4):
        D.add("（執業證書編號 {lic}）", lic=P("LICENSE", zhiye(c)))
    D.add("\n")
    return D


TEMPLATES = [
    ("zh31_eswl_zhiliaodan", eswl),
    ("zh31_chaoshuoming_yongyao", chaoshuoming),
    ("zh31_zongzhiban_rizhi", zhiban),
    ("zh31_ganyan_kangbingdu_csv", ganyan_csv),
    ("zh31_xiaoer_tuina_dengji", tuina),
    ("zh31_aomen_ruzhi_tijian", aomen),
    *zh2.TEMPLATES,
]
