# Longer than 450 lines: six whole Chinese document templates, each a literal layout with its own fields.
"""v26 Chinese templates, part 2 (six of twelve; templates_v26_zh.TEMPLATES lists all twelve)."""

# ruff: noqa: E501  (document lines are kept as they would be printed)

from __future__ import annotations

import _v26_kit as k
from _core import Doc
from _v26_kit import P

SEX = {"M": "男", "F": "女"}


def _age(c, p_old, lo=18, hi=86):
    old = c.chance(p_old)
    return old, (c.ri(90, 99) if old else c.ri(lo, hi))


def _age_p(old, age):
    return P("AGE_OVER_89", str(age)) if old else str(age)


def _doc(c):
    return P("NAME_CLINICIAN", k.zh_name(c, minority=0.05))


def _sur_doc(c, title):
    return [P("NAME_CLINICIAN", k.zh_sur(c)), title]


# --------------------------------------------------------------------------- 急性高原病诊疗记录（拉萨）


def zh26_gaoyuan(c):
    d = Doc()
    lhasa = c.ch(tuple(x for x in k.ZH_AREAS if x[1] == "西藏自治区"))
    home = c.ch(tuple(x for x in k.ZH_AREAS if x[1] not in ("西藏自治区", "青海省")))
    on = k.rdate(c, 2021, 2025)
    foreign = c.chance(0.25)
    sex = c.ch("MF")
    dob = k.dob_for(c, c.ri(22, 70), on)
    hosp = c.ch(
        (
            f"{lhasa[2]}人民医院",
            "西藏自治区第二人民医院",
            f"{lhasa[3]}高原病防治门诊",
            f"{lhasa[2]}市第一人民医院",
        )
    )
    d.add(
        "{h} 急诊科\n急性高原病诊疗记录\n门诊号：{mrn}   就诊日期：{dt}\n\n",
        h=P("HOSPITAL", hosp),
        mrn=P("MRN", f"JZ{c.digits(8)}"),
        dt=P("DATE", k.d_zh(on)),
    )
    if foreign:
        d.add(
            "姓名：{n}（外籍游客）  性别：{s}  护照号：{pp}\n",
            n=P("NAME_PATIENT", c.ch(k.ZH_FOREIGN)),
            s=SEX[sex],
            pp=P("PASSPORT", f"{c.letters(2)}{c.digits(7)}"),
        )
    else:
        d.add(
            "姓名：{n}  性别：{s}  年龄：{a}岁  身份证号：{id}\n常住地址：",
            n=P("NAME_PATIENT", k.zh_name(c, sex)),
            s=SEX[sex],
            a=on.year - dob.year,
            id=P("ID_CARD", k.id_card(c, home, dob, sex)),
        )
        d.put(k.zh_addr(c, home, with_prov=True))
        d.add("\n")
    d.add("电话：{ph}", ph=P("PHONE", k.mobile(c)))
    if c.chance(0.5):
        d.add("  邮箱：{e}", e=P("EMAIL", k.zh_email(c)))
    d.add("\n")
    d.add(
        "同行人：{r}（{rr}），电话：{ph}\n",
        **k.zh_rel(c, "r", "rr", ("丈夫", "妻子", "朋友", "儿子", "母亲"), psex=sex),
        ph=P("PHONE", k.mobile(c)),
    )
    if not foreign and c.chance(0.6):
        d.add(
            "进藏方式：自驾，车牌{pl}，驾驶证档案编号{dl}；{dd}由{fr}出发经318国道进藏。\n",
            pl=P("VEHICLE", k.plate_zh(c, home, ne=c.chance(0.3))),
            dl=P("LICENSE", c.digits(12)),
            dd=P("DATE", k.d_zh(k.plus(on, -c.ri(4, 9)), "md")),
            fr=P("CITY", home[2]),
        )
    elif c.chance(0.5):
        d.add("随团旅行，地接旅行社：{w}\n", w=c.ch(("拉萨圣地国旅", "雪域探索旅行社", "布达拉假期")))
    if not foreign and c.chance(0.4):
        d.add(
            "工作单位：{w}（出差）\n",
            w=P(
                "WORKPLACE",
                c.ch(
                    (
                        "中铁二十局拉林铁路项目部",
                        "国网西藏电力检修公司",
                        "青岛啤酒西藏销售分公司",
                        "洛阳一拖驻藏办事处",
                        "厦门航空拉萨营业部",
                    )
                ),
            ),
        )
    d.add(
        "\n主诉：抵达{city}（⟦me|海拔{alt}米⟧）第{n}天，⟦fi|头痛⟧、⟦fi|恶心⟧、⟦fi|气促⟧加重。\n",
        city=lhasa[2][:2],
        alt={"拉萨市": "3650", "昌都市": "3240"}.get(lhasa[2], "4200"),
        n=c.ri(1, 4),
    )
    d.add(
        "查体：⟦me|SpO2 {sp}%⟧（未吸氧），⟦me|心率{hr}次/分⟧，⟦me|呼吸{rr}次/分⟧，双肺底可闻及⟦fi|湿啰音⟧。⟦ep|路易斯湖评分⟧{ll}分。\n",
        sp=c.ri(62, 86),
        hr=c.ri(90, 130),
        rr=c.ri(20, 34),
        ll=c.ri(4, 11),
    )
    d.add(
        "⟦pr|胸部CT⟧：⟦an|双肺⟧⟦fi|斑片状磨玻璃影⟧，考虑⟦fi|高原肺水肿⟧；⟦lab|D-二聚体{dd}mg/L⟧。\n",
        dd=c.fl(0.2, 2.5, 2),
    )
    d.add(
        "处理：⟦pr|鼻导管吸氧⟧⟦do|4L/min⟧，⟦dr|硝苯地平缓释片⟧⟦do|30mg q12h⟧，⟦dr|地塞米松⟧⟦do|4mg q6h⟧，⟦dr|乙酰唑胺⟧⟦do|125mg bid⟧；必要时⟦pr|便携式加压舱治疗⟧。\n"
    )
    d.add(
        "建议尽快降低海拔。接诊医师：{dn}  护士：{nn}\n",
        dn=P("NAME_CLINICIAN", k.zh_name(c, minority=0.4)),
        nn=P("NAME_CLINICIAN", k.zh_name(c, "F", minority=0.5)),
    )
    if c.chance(0.6):
        d.add(
            "电子病历查询：{u}\n",
            u=P("URL", f"https://emr.xz-{c.ch(('rmyy', 'dermyy', 'gyb'))}.cn/q/{c.token(10)}"),
        )
    return d


# --------------------------------------------------------------------------- 船员健康检查记录


def zh26_chuanyuan(c):
    d = Doc()
    a = c.ch(tuple(x for x in k.ZH_AREAS if x[1] in ("福建省", "浙江省", "山东省", "海南省")))
    sex = "M" if c.chance(0.85) else "F"
    name = k.zh_name(c, sex)
    on = k.rdate(c, 2021, 2025)
    dob = k.dob_for(c, c.ri(19, 58), on)
    hosp = c.ch((f"{a[2]}国际旅行卫生保健中心", f"{a[2]}海员医院", f"{a[2]}第一人民医院体检中心"))
    d.add(
        "{h}\n船员健康检查记录表\n体检流水号：{no}   体检日期：{dt}\n\n",
        h=P("HOSPITAL", hosp),
        no=P("ACCOUNT", f"TJ{on.year}{c.digits(7)}"),
        dt=P("DATE", k.d_zh(on, "iso")),
    )
    d.add(
        "姓名：{n}  性别：{s}  出生日期：{dob}\n身份证号：{id}\n海员证号：{hy}   船员服务簿号：{fw}\n",
        n=P("NAME_PATIENT", name),
        s=SEX[sex],
        dob=P("DATE", k.d_zh(dob, "dot")),
        id=P("ID_CARD", k.id_card(c, a, dob, sex)),
        hy=P("PASSPORT", f"{c.ch(('C', 'S'))}{c.digits(7)}"),
        fw=P("OTHER_ID", f"{c.digits(9)}"),
    )
    if c.chance(0.5):
        d.add("护照号：{pp}\n", pp=P("PASSPORT", k.zh_passport(c)))
    d.add("通讯地址：")
    d.put(k.zh_addr(c, a, with_prov=c.chance(0.5)))
    d.add(
        "  邮编：{pc}\n手机：{ph}  邮箱：{e}\n",
        pc=P("POSTCODE", a[4]),
        ph=P("PHONE", k.mobile(c)),
        e=P("EMAIL", k.zh_email(c)),
    )
    d.add(
        "所在船公司：{w}   职务：{j}   拟任船舶：{sh}\n",
        w=P(
            "WORKPLACE",
            c.ch(
                (
                    "福建平潭远洋渔业集团",
                    "舟山宁泰远洋渔业有限公司",
                    "中远海运散货运输有限公司",
                    "海南港航控股有限公司",
                    "青岛远洋船员职业学院实习",
                )
            ),
        ),
        j=c.ch(("二副", "轮机长", "水手", "厨工", "大管轮")),
        sh=c.ch(("闽平渔", "浙岱渔", "鲁荣远渔")) + c.digits(5),
    )
    d.add(
        "\n检查项目：\n⟦me|裸眼视力 右{r} 左{l}⟧，色觉：⟦fi|{cv}⟧；⟦pr|纯音测听⟧：⟦me|双耳平均听阈{h}dB⟧；⟦me|血压{bp}mmHg⟧，⟦me|BMI {bmi}⟧。\n",
        r=c.ch(("5.0", "4.9", "4.8", "5.1")),
        l=c.ch(("5.0", "4.9", "4.7")),
        cv=c.ch(("色觉正常", "红绿色弱")),
        h=c.ri(15, 35),
        bp=f"{c.ri(110, 150)}/{c.ri(70, 95)}",
        bmi=c.fl(19, 31),
    )
    d.add(
        "⟦pr|胸部X线⟧（片号{acc}）：{cx}；⟦pr|心电图⟧：⟦fi|窦性心律⟧。\n",
        acc=P("ACCESSION", f"DX{c.digits(9)}"),
        cx=c.ch(("未见异常", "⟦fi|右上肺陈旧性结核灶⟧", "⟦an|主动脉弓⟧迂曲")),
    )
    d.add(
        "检验：⟦lab|空腹血糖{g}mmol/L⟧，⟦lab|HBsAg阴性⟧，⟦lab|尿吗啡阴性⟧。既往⟦fi|高血压病⟧者口服⟦dr|氨氯地平⟧⟦do|5mg qd⟧，随船携带90天药量。\n",
        g=c.fl(4.2, 7.8),
    )
    d.add(
        "结论：适任（有效期至{ex}）。\n主检医师：{dn}（执业证书编号{lic}）  体检医师：",
        ex=P("DATE", k.d_zh(k.plus(on, 730), "iso")),
        dn=_doc(c),
        lic=P("LICENSE", f"1{c.digits(14)}"),
    )
    d.put(_sur_doc(c, "医生"))
    d.add(
        "\n证书查询：{u}  录入IP：{ip}\n",
        u=P("URL", f"https://cy.msa-health.cn/v/{c.token(12)}"),
        ip=P("IP", k.ip(c)),
    )
    return d


# --------------------------------------------------------------------------- 食源性疾病病例信息表（野生菌中毒）


def zh26_shiyuan(c):
    d = Doc()
    a = c.ch(tuple(x for x in k.ZH_AREAS if x[1] in ("云南省", "贵州省", "四川省")))
    sex = c.ch("MF")
    on = k.rdate(c, 2021, 2025)
    foreign = c.chance(0.25)
    old, age = _age(c, 0.3)
    dob = k.dob_for(c, age, on)
    d.add(
        "食源性疾病病例信息表\n病例编号：{no}   报告单位：{h}\n\n",
        no=P("OTHER_ID", f"FBD{a[0]}{on.year}{c.digits(5)}"),
        h=P("HOSPITAL", k.zh_hospital(c, a)),
    )
    if foreign:
        d.add(
            "患者姓名：{n}（外籍）  护照：{pp}  年龄：{a}\n",
            n=P("NAME_PATIENT", c.ch(k.ZH_FOREIGN)),
            pp=P("PASSPORT", f"{c.letters(1)}{c.digits(8)}"),
            a=_age_p(old, age),
        )
    else:
        d.add(
            "患者姓名：{n}  性别：{s}  年龄：{a}岁\n身份证号：{id}\n",
            n=P("NAME_PATIENT", k.zh_name(c, sex, minority=0.25)),
            s=SEX[sex],
            a=_age_p(old, age),
            id=P("ID_CARD", k.id_card(c, a, dob, sex)),
        )
    d.add("现住址：")
    d.put(k.zh_addr(c, a, with_prov=c.chance(0.5)))
    if c.chance(0.5):
        d.add("  邮编：{pc}", pc=P("POSTCODE", a[4]))
    d.add("\n联系电话：{ph}\n", ph=P("PHONE", c.pick(k.mobile(c), k.landline(c, a))))
    onset = k.plus(on, -c.ri(0, 2))
    d.add(
        "发病时间：{o} {h}时   就诊时间：{v}   住院号：{mrn}\n",
        o=P("DATE", k.d_zh(onset)),
        h=c.ri(0, 23),
        v=P("DATE", k.d_zh(on, "md")),
        mrn=P("MRN", f"{c.digits(7)}"),
    )
    food = c.ch(("见手青（牛肝菌）", "自采野生菌（品种不明）", "灰花纹鹅膏", "青头菌炒肉"))
    d.add(
        "可疑食品：{f}，{where}加工，进食后{l}小时发病。\n",
        f=food,
        where=c.ch(("家庭自行", "农家乐", "菌子火锅店")),
        l=c.ri(1, 14),
    )
    d.add("主要症状：⟦fi|恶心呕吐⟧、⟦fi|腹泻⟧、⟦fi|视物变小（小人国幻视）⟧。\n")
    d.add(
        "检验：⟦lab|ALT {alt}U/L⟧，⟦lab|总胆红素{tb}μmol/L⟧，⟦lab|凝血酶原活动度{pta}%⟧；血标本编号{acc}，剩余菌样送州疾控做⟦lab|鹅膏毒肽检测⟧。\n",
        alt=c.ri(20, 3800),
        tb=c.ri(8, 160),
        pta=c.ri(18, 100),
        acc=P("ACCESSION", f"XB{c.digits(8)}"),
    )
    d.add(
        "治疗：⟦pr|洗胃⟧，⟦dr|活性炭⟧⟦do|50g口服⟧，⟦dr|水飞蓟宾⟧，⟦dr|青霉素G⟧ ⟦do|30万U/kg/d⟧；⟦pr|血液灌流⟧{n}次。\n",
        n=c.ri(0, 3),
    )
    d.add("同餐人员：")
    for i in range(c.ri(1, 3)):
        d.add(
            "{sep}{r}（{rr}，{sx}）",
            sep="、" if i else "",
            **k.zh_rel(c, "r", "rr", ("配偶", "女儿", "邻居", "儿子", "婆婆"), psex=sex),
            sx=c.ch(("同样发病", "未发病")),
        )
    d.add("\n填报人：{f}  审核：", f=_doc(c))
    d.put(_sur_doc(c, "主任"))
    d.add(
        "  报告时间：{dt}  传真：{fx}  直报IP：{ip}\n",
        dt=P("DATE", k.d_zh(on, "sl")),
        fx=P("FAX", k.landline(c, a)),
        ip=P("IP", k.ip(c)),
    )
    return d


# --------------------------------------------------------------------------- 残疾人辅助器具适配评估表


def zh26_fuju(c):
    d = Doc()
    a = c.ch(
        tuple(x for x in k.ZH_AREAS if x[1] in ("黑龙江省", "吉林省", "内蒙古自治区", "河北省", "山东省"))
    )
    sex = c.ch("MF")
    name = k.zh_name(c, sex, minority=0.15)
    on = k.rdate(c, 2021, 2025)
    old, age = _age(c, 0.6, 30, 88)
    dob = k.dob_for(c, age, on)
    center = c.ch((f"{a[2]}残疾人康复中心", f"{a[2]}辅助器具资源中心", f"{a[3]}康复医院"))
    idc = k.id_card(c, a, dob, sex)
    d.add(
        "残疾人辅助器具适配评估表\n评估机构：{h}   评估日期：{dt}\n\n",
        h=P("HOSPITAL", center),
        dt=P("DATE", k.d_zh(on)),
    )
    d.add(
        "姓名：{n}   性别：{s}   年龄：{a}\n残疾人证号：{cz}   残疾类别：肢体{lv}级\n",
        n=P("NAME_PATIENT", name),
        s=SEX[sex],
        a=_age_p(old, age),
        cz=P("OTHER_ID", idc + f"4{c.ri(1, 4)}"),
        lv=c.ch(("一", "二", "三")),
    )
    d.add("医保卡号：{yb}\n住址：", yb=P("INSURANCE", k.yibao(c)))
    d.put(k.zh_addr(c, a, with_prov=c.chance(0.6)))
    d.add("  邮编：{pc}\n", pc=P("POSTCODE", a[4]))
    d.add(
        "监护人/联系人：{g}（{rr}）  电话：{ph}\n\n",
        **k.zh_rel(c, "g", "rr", ("女儿", "儿子", "老伴", "侄子"), psex=sex),
        ph=P("PHONE", c.pick(k.mobile(c), k.landline(c, a))),
    )
    dx = c.ch(
        (
            ("脑梗死后遗症", "左侧偏瘫"),
            ("脊髓损伤", "T12平面完全性截瘫"),
            ("双膝骨关节炎", "行走耐力下降"),
            ("帕金森病", "步态冻结"),
        )
    )
    d.add("诊断：⟦fi|{a}⟧，⟦fi|{b}⟧。", a=dx[0], b=dx[1])
    if old:
        d.add("老人{a}岁高龄，居家以坐为主。", a=P("AGE_OVER_89", str(age)))
    d.add(
        "\n评估：⟦me|Barthel指数{bi}分⟧，⟦me|坐位臀宽{w}cm⟧，⟦me|坐深{sd}cm⟧，⟦an|骶尾部⟧⟦fi|1期压力性损伤⟧{pr}。\n",
        bi=c.ri(15, 70),
        w=c.ri(34, 46),
        sd=c.ri(38, 48),
        pr=c.ch(("", "已愈合")),
    )
    d.add("用药：⟦dr|阿司匹林肠溶片⟧⟦do|100mg qd⟧，⟦dr|巴氯芬⟧⟦do|10mg tid⟧。\n")
    d.add(
        "适配：手动轮椅（⟦me|座宽{sw}cm⟧，可拆扶手），序列号{sn}；",
        sw=c.ri(40, 46),
        sn=P("DEVICE", f"WC{on.year}{c.digits(6)}"),
    )
    if c.chance(0.5):
        d.add("另配助听器（右耳）序列号{hs}；", hs=P("DEVICE", f"{c.letters(2)}{c.digits(8)}"))
    d.add("建议家中⟦pr|无障碍改造⟧，指导⟦pr|轮椅转移训练⟧。\n")
    d.add(
        "评估师：{p1}、{p2}   康复医师：",
        p1=P("NAME_CLINICIAN", k.zh_name(c)),
        p2=P("NAME_CLINICIAN", k.zh_name(c)),
    )
    d.put(_sur_doc(c, "医生"))
    if c.chance(0.4):
        d.add("\n家属邮箱：{e}", e=P("EMAIL", k.zh_email(c)))
    if c.chance(0.5):
        d.add(
            "\n评估报告链接：{u}",
            u=P("URL", f"https://fj.cdpf-{c.ch(('hlj', 'jl', 'nmg', 'heb', 'sd'))}.org.cn/r/{c.token(10)}"),
        )
    d.add("\n")
    return d


# --------------------------------------------------------------------------- 一氧化碳中毒急诊抢救记录


def zh26_yiyanghuatan(c):
    d = Doc()
    a = c.ch(
        tuple(
            x
            for x in k.ZH_AREAS
            if x[1] in ("吉林省", "黑龙江省", "内蒙古自治区", "河北省", "陕西省", "河南省")
        )
    )
    sex = c.ch("MF")
    name = k.zh_name(c, sex, minority=0.1)
    on = k.rdate(c, 2020, 2025)
    old, age = _age(c, 0.4, 30, 88)
    dob = k.dob_for(c, age, on)
    hosp = k.zh_hospital(c, a)
    d.add(
        "{h} 急诊抢救记录\n急诊号：{jz}   就诊卡号：{card}   日期：{dt}\n\n",
        h=P("HOSPITAL", hosp),
        jz=P("MRN", f"{on.year % 100}{c.digits(7)}"),
        card=P("ACCOUNT", c.digits(12)),
        dt=P("DATE", k.d_zh(on, "dot")),
    )
    d.add(
        "患者{n}，{s}，{a}岁，身份证{id}，社保卡号{sb}。\n",
        n=P("NAME_PATIENT", name),
        s=SEX[sex],
        a=_age_p(old, age),
        id=P("ID_CARD", k.id_card(c, a, dob, sex)),
        sb=P("INSURANCE", k.yibao(c)),
    )
    d.add("住址：")
    d.put(k.zh_addr(c, a, with_prov=c.chance(0.4)))
    d.add(
        "\n家属{r}（{rr}）代述：晨起发现患者卧室内燃煤炉取暖、门窗紧闭，呼之不应。家属电话{ph}。\n",
        **k.zh_rel(c, "r", "rr", ("儿子", "女儿", "邻居", "老伴"), psex=sex),
        ph=P("PHONE", k.mobile(c)),
    )
    d.add(
        "120急救车（车牌{pl}）送入，随车医生{em}。\n",
        pl=P("VEHICLE", k.plate_zh(c, a)),
        em=P("NAME_CLINICIAN", k.zh_name(c)),
    )
    d.add(
        "查体：⟦me|GCS {g}分⟧（⟦ep|格拉斯哥昏迷评分⟧），⟦fi|口唇樱桃红色⟧，⟦me|血压{bp}mmHg⟧，⟦me|SpO2 {sp}%⟧。\n",
        g=c.ri(5, 14),
        bp=f"{c.ri(90, 170)}/{c.ri(50, 100)}",
        sp=c.ri(88, 99),
    )
    d.add(
        "检验：⟦lab|碳氧血红蛋白{co}%⟧，⟦lab|乳酸{la}mmol/L⟧，⟦lab|肌钙蛋白I {tn}ng/mL⟧，⟦lab|肌酸激酶{ck}U/L⟧。\n",
        co=c.ri(12, 48),
        la=c.fl(1.2, 8.5),
        tn=c.fl(0.01, 1.8, 2),
        ck=c.ri(90, 9000),
    )
    if c.chance(0.4):
        d.add(
            "既往⟦fi|病态窦房结综合征⟧，已植入起搏器（序列号{sn}），⟦pr|程控⟧正常。\n",
            sn=P("DEVICE", f"{c.letters(3)}{c.digits(6)}"),
        )
    d.add(
        "处理：⟦pr|面罩高流量吸氧⟧，⟦dr|甘露醇⟧⟦do|125ml ivgtt q8h⟧，⟦dr|依达拉奉⟧⟦do|30mg bid⟧，病情稳定后行⟦pr|高压氧治疗⟧（⟦me|0.2MPa⟧，每日1次）。\n"
    )
    d.add("告知家属警惕⟦fi|迟发性脑病⟧，2个月内复查⟦pr|头颅MRI⟧。\n")
    d.add(
        "抢救医师：{dn}（执业证书编号{lic}）  护士：{nn}  上级：",
        dn=_doc(c),
        lic=P("LICENSE", f"1{c.digits(14)}"),
        nn=P("NAME_CLINICIAN", k.zh_name(c, "F")),
    )
    d.put(_sur_doc(c, "主任"))
    d.add("\n")
    return d


# --------------------------------------------------------------------------- 胡蜂蜇伤诊疗记录


def zh26_fengzhe(c):
    d = Doc()
    a = c.ch(tuple(x for x in k.ZH_AREAS if x[1] in ("陕西省", "湖北省", "湖南省", "云南省", "贵州省")))
    sex = c.ch("MF")
    name = k.zh_name(c, sex)
    on = k.rdate(c, 2020, 2025)
    old, age = _age(c, 0.3, 25, 88)
    dob = k.dob_for(c, age, on)
    hosp = k.zh_hospital(c, a)
    d.add(
        "{h} 胡蜂蜇伤诊疗记录\n住院号：{mrn}   就诊卡号：{card}   入院日期：{dt}\n\n",
        h=P("HOSPITAL", hosp),
        mrn=P("MRN", c.digits(8)),
        card=P("ACCOUNT", f"{c.digits(4)}{c.digits(8)}"),
        dt=P("DATE", k.d_zh(on)),
    )
    d.add(
        "姓名：{n}  性别：{s}  年龄：{a}岁  新农合/医保号：{yb}\n身份证号：{id}\n住址：",
        n=P("NAME_PATIENT", name),
        s=SEX[sex],
        a=_age_p(old, age),
        yb=P("INSURANCE", k.yibao(c)),
        id=P("ID_CARD", k.id_card(c, a, dob, sex)),
    )
    d.put(k.zh_addr(c, a, with_prov=c.chance(0.4)))
    if c.chance(0.4):
        d.add("  邮编：{pc}", pc=P("POSTCODE", a[4]))
    d.add("\n")
    if not old and c.chance(0.6):
        d.add(
            "工作单位：{w}（采茶/巡山时被蜇）\n",
            w=P(
                "WORKPLACE",
                c.ch(
                    (
                        f"{a[3]}国有林场",
                        f"{a[3]}{c.ch(('云雾', '秦巴', '高山'))}茶业有限公司",
                        f"{k.short_city(a)[:-1]}林业管护站",
                        f"{a[3]}{c.ch(('八宝', '金穗'))}种植专业合作社",
                    )
                ),
            ),
        )
    d.add(
        "联系人：{r}（{rr}）  电话：{ph}\n",
        **k.zh_rel(c, "r", "rr", ("丈夫", "妻子", "儿子", "女儿"), psex=sex),
        ph=P("PHONE", k.mobile(c)),
    )
    if c.chance(0.3):
        d.add("自驾摩托车来院，车牌{pl}。\n", pl=P("VEHICLE", k.plate_zh(c, a)))
    n = c.ri(8, 60)
    d.add(
        "\n现病史：{dd}在山上被胡蜂群蜇伤⟦an|头面部⟧及⟦an|双上肢⟧约{n}处，随后出现⟦fi|茶色尿⟧、⟦fi|少尿⟧。\n",
        dd=P("DATE", k.d_zh(k.plus(on, -c.ri(0, 1)), "md")),
        n=n,
    )
    d.add(
        "检验：⟦lab|肌酐{cr}μmol/L⟧，⟦lab|肌酸激酶{ck}U/L⟧，⟦lab|肌红蛋白>{mb}ng/mL⟧，⟦lab|血小板{pl}×10^9/L⟧。\n",
        cr=c.ri(90, 780),
        ck=c.ri(500, 60000),
        mb=c.ch(("1000", "3000")),
        pl=c.ri(40, 260),
    )
    d.add("诊断：⟦fi|胡蜂蜇伤⟧，⟦fi|横纹肌溶解综合征⟧，⟦fi|急性肾损伤⟧{k}期。\n", k=c.ri(1, 3))
    d.add(
        "治疗：⟦dr|甲泼尼龙⟧⟦do|80mg ivgtt qd⟧，⟦dr|碳酸氢钠⟧碱化尿液，⟦pr|血液灌流联合血液透析⟧{t}次；蜇伤处⟦dr|季德胜蛇药片⟧外敷。\n",
        t=c.ri(1, 5),
    )
    d.add("管床医师：{dn}  上级医师：", dn=_doc(c))
    d.put(_sur_doc(c, "主任"))
    if c.chance(0.4):
        d.add(
            "\n病情加重拟转{rh}，已联系该院肾内科，传真{fx}。",
            rh=P("HOSPITAL", f"{a[2]}中心医院"),
            fx=P("FAX", k.landline(c, a)),
        )
    d.add("\n")
    return d


TEMPLATES = [
    ("zh26_gaoyuan", zh26_gaoyuan),
    ("zh26_chuanyuan", zh26_chuanyuan),
    ("zh26_shiyuan", zh26_shiyuan),
    ("zh26_fuju", zh26_fuju),
    ("zh26_yiyanghuatan", zh26_yiyanghuatan),
    ("zh26_fengzhe", zh26_fengzhe),
]
