"""v23 Chinese templates, part 2 (6 types; README.md "v23")."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import datetime as dt

from _v23_kit import ZH_EMPLOYERS, ZH_FOREIGN, ZH_HOSPITALS, ZH_MINORITY, ZH_XIAOMING, Doc, P, Zh


def zh23_chusheng_quexian(c):
    """出生缺陷儿登记卡（表格）."""
    z, d = Zh(c), Doc()
    mom, _ = z.name("F")
    dad, _ = z.name("M", plain=True)
    day = z.date()
    mage = c.ri(19, 42)
    pl = z.place()
    d.add(
        "出生缺陷儿登记卡　　报告卡编号：{no}\n医院：{h}\n\n",
        no=P("OTHER_ID", pl[3] + str(day.year) + c.digits(5, False)),
        h=P("HOSPITAL", c.ch(ZH_HOSPITALS)),
    )
    d.add(
        "母亲姓名：{m}　年龄：" + str(mage) + "岁　住院号：{zy}\n母亲身份证号：{id}\n",
        m=P("NAME_RELATIVE", mom),
        zy=P("MRN", c.digits(8)),
        id=P("ID_CARD", z.id_card(z.dob_for(day, mage), "F", pl)),
    )
    d.add("父亲姓名：{f}　联系电话：{ph}\n", f=P("NAME_RELATIVE", dad), ph=P("PHONE", z.mobile()))
    d.add(
        "户籍地址：{p}{ci}{s}",
        p=P("PROVINCE_STATE", pl[0]),
        ci=P("CITY", pl[1]),
        s=P("ADDRESS_STREET", z.street(pl)),
    )
    if c.chance(0.8):
        d.add("　邮编：{pc}", pc=P("POSTCODE", pl[4]))
    d.add("\n\n")
    if c.chance(0.5):
        d.add("缺陷儿：{x}（小名）", x=P("NAME_PATIENT", c.ch(ZH_XIAOMING)))
    else:
        d.add("缺陷儿：{m}之" + c.ch(("子", "女")), m=P("NAME_PATIENT", mom))
    d.add("　出生日期：{b}　孕周：⟦me|38+2周⟧　出生体重：⟦me|3150g⟧\n", b=P("DATE", z.d(day)))
    d.add(
        "☑ 活产　☐ 死胎　☐ 死产　胎数：单胎\n诊断："
        + c.ch(
            (
                "⟦fi|完全性唇腭裂⟧（左侧）",
                "⟦fi|先天性心脏病⟧：⟦ep|法洛四联症⟧",
                "⟦fi|多指（趾）畸形⟧",
                "⟦fi|先天性马蹄内翻足⟧",
            )
        )
        + "\n"
    )
    d.add(
        "诊断依据：☑ 临床　☑ ⟦pr|超声心动图⟧　☐ 染色体\n孕早期服药："
        + c.ch(("⟦dr|叶酸⟧⟦do|0.4mg qd⟧", "⟦dr|左甲状腺素钠⟧⟦do|50μg qd⟧", "⟦dr|阿莫西林⟧（孕8周）"))
        + "\n\n"
    )
    d.add("填表人：{t}　", t=P("NAME_CLINICIAN", z.name(plain=True)[0]))
    if c.chance(0.6):
        d.add("接生者执业证书编号：{lic}　", lic=P("LICENSE", "2" + c.digits(14, False)))
    d.add(
        "填表日期：{fd}\n区妇幼保健院收卡传真：{fx}\n",
        fd=P("DATE", z.d(day + dt.timedelta(days=c.ri(1, 6)))),
        fx=P("FAX", z.landline()),
    )
    return d


def zh23_shaoshang_ruyuan(c):
    """烧伤患者入院评估单."""
    z, d = Zh(c), Doc()
    foreign = c.chance(0.25)
    if foreign:
        name, sex, nat = c.ch(ZH_FOREIGN)
    else:
        name, sex = z.name()
    day = z.date()
    old = c.chance(0.2)
    age = c.ri(90, 95) if old else c.ri(19, 60)
    d.add("{h}　烧伤整形科\n烧伤患者入院评估单\n\n", h=P("HOSPITAL", c.ch(ZH_HOSPITALS)))
    d.add("姓名：{n}　" + ("男" if sex == "M" else "女") + "　", n=P("NAME_PATIENT", name))
    if old:
        d.add("{a}岁", a=P("AGE_OVER_89", str(age) if c.chance(0.5) else z.age_cn(age)))
    else:
        d.add(f"{age}岁")
    d.add("　住院号：{zy}\n", zy=P("MRN", c.digits(8)))
    if foreign:
        pp, _k = z.passport("foreign")
        d.add("国籍：" + nat + "　护照号：{pp}\n", pp=P("PASSPORT", pp))
    else:
        d.add("身份证：{id}\n", id=P("ID_CARD", z.id_card(z.dob_for(day, age), sex)))
    if not old:
        d.add(
            "用人单位：{w}　工伤保险个人编号：{gs}\n",
            w=P("WORKPLACE", c.ch(ZH_EMPLOYERS)),
            gs=P("INSURANCE", c.digits(12)),
        )
    d.add(
        "受伤时间：{dt} 14:20　入院：当日16:05，由{e}转入\n",
        dt=P("DATE", z.d(day)),
        e=P("HOSPITAL", c.ch(ZH_HOSPITALS)),
    )
    cause = c.ch(("车间蒸汽管道破裂致热液烫伤", "电动车充电起火致火焰烧伤", "交通事故车辆起火致火焰烧伤"))
    d.add("致伤原因：" + cause + "。")
    if "交通" in cause or c.chance(0.3):
        d.add("涉事车辆：{pl}。", pl=P("VEHICLE", z.plate()))
    d.add(
        "\n\n评估：\n烧伤面积：⟦me|18%TBSA⟧，其中⟦fi|深Ⅱ度⟧⟦me|10%⟧、⟦fi|浅Ⅱ度⟧⟦me|8%⟧；部位：⟦an|双下肢⟧、⟦an|会阴部⟧\n"
    )
    d.add(
        "⟦fi|吸入性损伤⟧："
        + c.ch(("无", "可疑，⟦pr|纤维支气管镜检查⟧见声门下黏膜充血"))
        + "\n生命体征：⟦me|T 37.8℃⟧，⟦me|HR 112次/分⟧，⟦me|BP 104/66mmHg⟧\n"
    )
    d.add(
        "补液：按⟦ep|Parkland公式⟧，首个24小时⟦dr|乳酸钠林格注射液⟧约⟦do|5800ml⟧；⟦dr|破伤风抗毒素⟧⟦do|1500IU im⟧。\n"
    )
    d.add("⟦lab|血红蛋白 168g/L⟧，⟦lab|血钾 4.9mmol/L⟧\n\n")
    rel, relw = z.relative("妻子", "丈夫", "母亲", "哥哥")
    d.add(
        "家属：{r}（" + relw + "）　电话：{ph}\n评估护士：{n}护士　主管医生：{m}\n",
        r=P("NAME_RELATIVE", rel),
        ph=P("PHONE", z.mobile()),
        n=P("NAME_CLINICIAN", z.surname()),
        m=P("NAME_CLINICIAN", z.name(plain=True)[0]),
    )
    if c.chance(0.5):
        d.add("转诊资料传真：{fx}\n", fx=P("FAX", z.landline()))
    return d


def zh23_liangai_shaicha(c):
    """农村妇女“两癌”筛查个案登记导出（CSV）."""
    z, d = Zh(c), Doc()
    day = z.date()
    pl = z.place(rural=True)
    d.add(
        "# {h} 两癌筛查个案登记 导出：{dt} 终端{ip}\n",
        h=P("HOSPITAL", pl[2] + "妇幼保健院"),
        dt=P("DATE", z.d(day, "dash")),
        ip=P("IP", z.ip()),
    )
    d.add("序号,姓名,年龄,证件号,住址,电话,新农合证号,条码号,HPV,TCT,乳腺超声,检查医生\n")
    doc = z.name(plain=True)[0]
    for i in range(c.ri(3, 5)):
        if c.chance(0.25):
            name = c.ch([m for m in ZH_MINORITY if m[1] == "F"])[0]
        else:
            name, _ = z.name("F", plain=True)
        age = c.ri(35, 64)
        d.add(str(i + 1) + ",{n}," + str(age) + ",", n=P("NAME_PATIENT", name))
        if c.chance(0.2):
            pp, _k = z.passport(c.ch(("hk", "tw", "cn")))
            d.add("{pp},", pp=P("PASSPORT", pp))
        else:
            d.add("{id},", id=P("ID_CARD", z.id_card(z.dob_for(day, age), "F", pl)))
        d.add(
            "{a},{ph},{x},{tm},",
            a=P("ADDRESS_STREET", z.street(pl)),
            ph=P("PHONE", z.mobile()),
            x=P("INSURANCE", pl[3] + c.digits(8)),
            tm=P("ACCESSION", "LA" + c.digits(9)),
        )
        d.add(
            c.ch(
                (
                    "⟦lab|HPV16阳性⟧,⟦fi|ASC-US⟧,⟦me|BI-RADS 3类⟧",
                    "⟦lab|HPV阴性⟧,⟦fi|NILM⟧,⟦me|BI-RADS 2类⟧",
                    "⟦lab|HPV52阳性⟧,⟦fi|LSIL⟧,⟦me|BI-RADS 4A类⟧",
                )
            )
            + ",{dc}\n",
            dc=P("NAME_CLINICIAN", doc),
        )
    d.add("# 备注：阳性者转⟦pr|阴道镜检查⟧及⟦pr|宫颈活检⟧；⟦me|BI-RADS 4A类⟧者行⟦pr|乳腺X线摄影⟧。\n")
    return d


def zh23_jizhu_cewan(c):
    """中小学生脊柱侧弯筛查阳性复查记录."""
    z, d = Zh(c), Doc()
    name, sex = z.name(plain=True)
    day = z.date()
    age = c.ri(10, 15)
    born = z.dob_for(day, age)
    d.add("{h}　儿童骨科\n中小学生脊柱侧弯筛查阳性复查记录\n\n", h=P("HOSPITAL", c.ch(ZH_HOSPITALS)))
    d.add("学生：{n}", n=P("NAME_PATIENT", name))
    if c.chance(0.4):
        d.add("（小名{x}）", x=P("NAME_PATIENT", c.ch(ZH_XIAOMING)))
    d.add(
        "　"
        + ("男" if sex == "M" else "女")
        + "　"
        + str(age)
        + "岁　初"
        + c.ch("一二三")
        + "（"
        + str(c.ri(1, 12))
        + "）班\n"
    )
    d.add(
        "学籍号：{xj}\n身份证号：{id}\n",
        xj=P("OTHER_ID", "G" + c.digits(17, False)),
        id=P("ID_CARD", z.id_card(born, sex)),
    )
    rel, relw = z.relative("父亲", "母亲", "外婆")
    d.add("监护人：{r}（" + relw + "）　电话：{ph}\n", r=P("NAME_RELATIVE", rel), ph=P("PHONE", z.mobile()))
    if c.chance(0.6):
        d.add("监护人邮箱：{em}\n", em=P("EMAIL", z.email()))
    d.add("复查日期：{dt}　门诊号：{mz}\n\n", dt=P("DATE", z.d(day)), mz=P("MRN", c.digits(10)))
    d.add(
        "学校初筛：⟦ep|Adams前屈试验⟧阳性，躯干旋转角⟦me|ATR 7°⟧\n复查：⟦pr|全脊柱正侧位X线⟧（影像号{yx}）\n",
        yx=P("ACCESSION", c.digits(10)),
    )
    d.add(
        "⟦an|胸腰段⟧右凸，⟦ep|Cobb角⟧⟦me|"
        + str(c.ri(12, 38))
        + "°⟧，⟦ep|Risser征⟧"
        + str(c.ri(0, 4))
        + "级\n"
    )
    d.add(
        "诊断：⟦fi|青少年特发性脊柱侧凸⟧\n处理："
        + c.ch(
            (
                "观察，⟦pr|脊柱侧弯矫正体操⟧，6个月复查",
                "⟦pr|支具治疗⟧（⟦ep|Boston支具⟧），每日佩戴⟦me|20小时⟧",
                "建议⟦pr|脊柱矫形手术⟧评估",
            )
        )
        + "\n"
    )
    d.add("医生：{doc}\n", doc=P("NAME_CLINICIAN", z.name(plain=True)[0]))
    if c.chance(0.5):
        d.add("复查预约：{u}\n", u=P("URL", f"https://yy.{c.ch(('etyy', 'gkzx', 'ssy'))}.cn/b/{c.token(10)}"))
    return d


def zh23_pac_suifang(c):
    """人工流产术后关爱（PAC）服务随访登记."""
    z, d = Zh(c), Doc()
    foreign = c.chance(0.3)
    day = z.date()
    age = c.ri(18, 40)
    if foreign:
        name, _s, nat = c.ch([f for f in ZH_FOREIGN if f[1] == "F"])
    else:
        name, _ = z.name("F")
    d.add("{h}　计划生育门诊\n人工流产术后关爱（PAC）服务随访登记\n\n", h=P("HOSPITAL", c.ch(ZH_HOSPITALS)))
    d.add(
        "姓名：{n}　" + str(age) + "岁　门诊号：{mz}\n", n=P("NAME_PATIENT", name), mz=P("MRN", c.digits(10))
    )
    if foreign:
        pp, _k = z.passport("foreign")
        d.add("国籍：" + nat + "　护照：{pp}\n", pp=P("PASSPORT", pp))
    elif c.chance(0.5):
        pl = z.place()
        d.add(
            "身份证：{id}\n户籍地址：{p}{ci}{s}\n",
            id=P("ID_CARD", z.id_card(z.dob_for(day, age), "F", pl)),
            p=P("PROVINCE_STATE", pl[0]),
            ci=P("CITY", pl[1]),
            s=P("ADDRESS_STREET", z.street(pl)),
        )
    d.add("电话：{ph}　结算单号：{js}\n", ph=P("PHONE", z.mobile()), js=P("ACCOUNT", "JS" + c.digits(12)))
    if c.chance(0.5):
        d.add("工作单位：{w}\n", w=P("WORKPLACE", c.ch(ZH_EMPLOYERS)))
    d.add(
        "\n手术日期：{dt}　术式："
        + c.ch(("⟦pr|负压吸引术⟧", "⟦pr|药物流产⟧（⟦dr|米非司酮⟧⟦do|150mg⟧分服＋⟦dr|米索前列醇⟧⟦do|600μg⟧）"))
        + "\n",
        dt=P("DATE", z.d(day)),
    )
    d.add("术前：⟦lab|β-hCG 32,410 IU/L⟧，⟦pr|经阴道超声⟧示⟦an|宫腔⟧内孕囊⟦me|2.1×1.6cm⟧\n")
    d.add(
        "宣教：☑ 即时落实避孕　☑ 重复流产危害　☐ 心理支持转介\n落实方法："
        + c.ch(("⟦dr|左炔诺孕酮宫内缓释系统⟧", "⟦dr|屈螺酮炔雌醇片⟧⟦do|1片 qd⟧", "避孕套"))
        + "\n"
    )
    rel, _ = z.name("M")
    if c.chance(0.5):
        d.add("陪同人：{r}（" + c.ch(("丈夫", "男友")) + "）\n", r=P("NAME_RELATIVE", rel))
    d.add(
        "\n随访：术后{a}电话随访，⟦fi|阴道流血⟧已净，⟦lab|尿hCG阴性⟧。随访人：{n}护士\n",
        a=P("DATE", z.d(day + dt.timedelta(days=c.ri(14, 30)), "md")),
        n=P("NAME_CLINICIAN", z.surname()),
    )
    d.add("满意度问卷：{u}", u=P("URL", f"https://pac.{c.ch(('fybj', 'jsmz', 'fcyy'))}.cn/q/{c.token(8)}"))
    if c.chance(0.7):
        d.add("（已发至{em}）", em=P("EMAIL", z.email()))
    d.add("\n")
    return d


def zh23_xiongqiang_yinliu(c):
    """胸腔闭式引流置管记录."""
    z, d = Zh(c), Doc()
    name, sex = z.name()
    day = z.date()
    old = c.chance(0.4)
    age = c.ri(90, 99) if old else c.ri(18, 85)
    d.add("{h}　胸外科\n胸腔闭式引流术记录\n\n", h=P("HOSPITAL", c.ch(ZH_HOSPITALS)))
    d.add("患者：{n}　" + ("男" if sex == "M" else "女") + "　", n=P("NAME_PATIENT", name))
    if old:
        d.add("{a}岁", a=P("AGE_OVER_89", z.age_cn(age) if c.chance(0.5) else str(age)))
    else:
        d.add(f"{age}岁")
    d.add("　住院号：{zy}\n手术日期：{dt}\n", zy=P("MRN", c.digits(8)), dt=P("DATE", z.d(day)))
    dx = c.ch(
        (
            ("⟦fi|右侧自发性气胸⟧", "⟦an|右锁骨中线第2肋间⟧", "⟦me|肺压缩约60%⟧"),
            ("⟦fi|左侧大量胸腔积液⟧", "⟦an|左腋中线第7肋间⟧", "⟦me|液深8.5cm⟧"),
        )
    )
    d.add("术前诊断：" + dx[0] + "（" + dx[2] + "，胸片检查号{j}）\n", j=P("ACCESSION", "X" + c.digits(9)))
    rel, _ = z.name()
    rborn = z.dob_for(day, c.ri(30, 60))
    d.add(
        "授权委托人：{r}　身份证：{id}　电话：{ph}\n\n",
        r=P("NAME_RELATIVE", rel),
        id=P("ID_CARD", z.id_card(rborn, c.ch("MF"))),
        ph=P("PHONE", z.mobile()),
    )
    d.add(
        "经过：取"
        + dx[1]
        + "为穿刺点，⟦dr|利多卡因⟧⟦do|2% 5ml⟧局麻，切开皮肤约⟦me|2cm⟧，钝性分离进入胸腔，置入⟦me|28F⟧引流管，接水封瓶。\n"
    )
    d.add(
        "引流："
        + c.ch(
            (
                "即见大量气体逸出，⟦fi|水柱波动⟧良好。",
                "引出淡黄色液体⟦me|800ml⟧，送⟦lab|胸水常规⟧、⟦lab|胸水ADA 52U/L⟧及⟦pr|胸水细胞学⟧。",
            )
        )
        + "\n"
    )
    d.add(
        "术后：⟦me|SpO2 96%⟧，予⟦dr|头孢呋辛⟧⟦do|1.5g ivgtt q12h⟧。\n\n术者：{a}　助手：{b}医生　记录日期：{r}\n",
        a=P("NAME_CLINICIAN", z.name(plain=True)[0]),
        b=P("NAME_CLINICIAN", z.surname()),
        r=P("DATE", z.d(day)),
    )
    return d


TEMPLATES = [
    ("zh23_chusheng_quexian", zh23_chusheng_quexian),
    ("zh23_shaoshang_ruyuan", zh23_shaoshang_ruyuan),
    ("zh23_liangai_shaicha", zh23_liangai_shaicha),
    ("zh23_jizhu_cewan", zh23_jizhu_cewan),
    ("zh23_pac_suifang", zh23_pac_suifang),
    ("zh23_xiongqiang_yinliu", zh23_xiongqiang_yinliu),
]
