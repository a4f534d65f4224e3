"""v23 Chinese templates, part 1 (6 types), and the list of all 12 (README.md "v23")."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import datetime as dt

from _v23_kit import ZH_EMPLOYERS, ZH_FOREIGN, ZH_HOSPITALS, Doc, P, Zh


def _age(z, d, age, old, cn=None):
    """Put an age: over 89 labelled (digits or Chinese numerals), else plain."""
    if old:
        if cn if cn is not None else z.c.chance(0.4):
            d.add("{a}岁", a=P("AGE_OVER_89", z.age_cn(age)))
        else:
            d.add("{a}岁", a=P("AGE_OVER_89", str(age)))
    else:
        d.add(f"{age}岁")


def zh23_dongtai_xindian(c):
    """24小时动态心电图（Holter）报告."""
    z, d = Zh(c), Doc()
    name, sex = z.name()
    day = z.date()
    old = c.chance(0.4)
    age = c.ri(90, 102) if old else c.ri(35, 86)
    d.add("{h}  心电图室\n24小时动态心电图报告\n\n", h=P("HOSPITAL", c.ch(ZH_HOSPITALS)))
    d.add("姓名：{n}　性别：" + ("男" if sex == "M" else "女") + "　年龄：", n=P("NAME_PATIENT", name))
    _age(z, d, age, old)
    d.add("\n门诊号：{mz}　检查号：{jc}\n", mz=P("MRN", c.digits(10)), jc=P("ACCESSION", "DT" + c.digits(8)))
    if c.chance(0.5):
        d.add("就诊卡号：{k}\n", k=P("ACCOUNT", c.digits(12)))
    d.add(
        "记录时间：{a} 08:40 至次日 08:35，有效记录 ⟦me|23小时46分⟧\n申请科室：心内科　申请医生：{s}\n\n",
        a=P("DATE", z.d(day)),
        s=P("NAME_CLINICIAN", z.name(plain=True)[0]),
    )
    d.add(
        "分析结果：\n1. 基础心律为⟦fi|窦性心律⟧，⟦me|平均心率72次/分⟧，⟦me|最慢心率41次/分⟧，⟦me|最快心率128次/分⟧。\n"
    )
    d.add(
        "2. "
        + c.ch(
            (
                "⟦fi|频发室性早搏⟧（⟦me|共8,215次⟧，占总心搏⟦me|7.9%⟧），部分呈⟦fi|二联律⟧。",
                "⟦fi|阵发性心房颤动⟧，最长持续⟦me|3小时12分⟧。",
                "夜间见⟦fi|二度Ⅱ型房室传导阻滞⟧（⟦ep|Mobitz Ⅱ型⟧），最长RR间期⟦me|2.8秒⟧。",
            )
        )
        + "\n"
    )
    d.add("3. ST-T未见动态改变。心率变异性：⟦me|SDNN 96ms⟧。\n")
    if c.chance(0.6):
        d.add(
            "4. 患者已植入永久起搏器（序列号{sn}），起搏功能及感知功能未见异常。\n",
            sn=P("DEVICE", c.letters(3) + c.digits(6)),
        )
    d.add("\n建议：结合临床，必要时调整⟦dr|美托洛尔缓释片⟧⟦do|47.5mg qd⟧，复查⟦ep|动态心电图（Holter）⟧。\n")
    d.add(
        "报告医生：{r}医生　审核：{s}\n报告日期：{rd}　上传工作站：{ip}\n",
        r=P("NAME_CLINICIAN", z.surname()),
        s=P("NAME_CLINICIAN", z.name(plain=True)[0]),
        rd=P("DATE", z.d(day + dt.timedelta(days=1))),
        ip=P("IP", z.ip()),
    )
    return d


def zh23_roudu_zhiliao(c):
    """A型肉毒毒素注射治疗记录（表格）."""
    z, d = Zh(c), Doc()
    day = z.date()
    foreign = c.chance(0.2)
    if foreign:
        name, sex, _nat = c.ch(ZH_FOREIGN)
    else:
        name, sex = z.name()
    age = c.ri(28, 72)
    born = z.dob_for(day, age)
    d.add("{h}　神经内科肉毒毒素注射门诊\nA型肉毒毒素注射治疗记录\n\n", h=P("HOSPITAL", c.ch(ZH_HOSPITALS)))
    d.add(
        "| 姓名 | {n} | 性别 | " + ("男" if sex == "M" else "女") + " | 年龄 | " + str(age) + "岁 |\n",
        n=P("NAME_PATIENT", name),
    )
    if foreign or c.chance(0.25):
        pp, kind = z.passport("foreign" if foreign else c.ch(("hk", "tw")))
        d.add(
            "| 证件 | "
            + {
                "foreign": "护照",
                "hk": "港澳居民来往内地通行证",
                "tw": "台湾居民来往大陆通行证",
                "cn": "护照",
            }[kind]
            + " {pp} |\n",
            pp=P("PASSPORT", pp),
        )
    else:
        d.add("| 身份证号 | {id} |\n", id=P("ID_CARD", z.id_card(born, sex)))
    d.add("| 就诊卡号 | {k} | 联系电话 | {ph} |\n", k=P("ACCOUNT", c.digits(11)), ph=P("PHONE", z.mobile()))
    if c.chance(0.5):
        d.add("| 工作单位 | {w} |\n", w=P("WORKPLACE", c.ch(ZH_EMPLOYERS)))
    if c.chance(0.4):
        d.add("| 医保卡号 | {yb} |\n", yb=P("INSURANCE", c.digits(10) + c.letters(1)))
    dx = c.ch(
        (
            ("⟦fi|左侧面肌痉挛⟧", "⟦an|眼轮匝肌⟧", "⟦do|2.5U/点⟧", "⟦me|Cohen分级3级⟧"),
            ("⟦fi|脑卒中后上肢痉挛⟧", "⟦an|肱二头肌⟧", "⟦do|50U⟧", "⟦ep|改良Ashworth量表⟧⟦me|2级⟧"),
            ("⟦fi|慢性偏头痛⟧", "⟦an|额肌⟧", "⟦do|5U/点⟧", "⟦me|头痛日每月18天⟧"),
        )
    )
    d.add("\n诊断：" + dx[0] + "\n评估：" + dx[3] + "\n")
    d.add(
        "药物：⟦dr|注射用A型肉毒毒素⟧　总量⟦do|100U⟧（批号见药品登记）\n注射部位及剂量："
        + dx[1]
        + " "
        + dx[2]
        + "，⟦pr|肌电图引导下注射⟧\n"
    )
    d.add("注射日期：{dt}\n不良反应：无⟦fi|眼睑下垂⟧，无吞咽困难。\n\n", dt=P("DATE", z.d(day)))
    rel, relw = z.relative("配偶", "女儿", "儿子")
    d.add("知情同意：本人已知悉。签名：{n}　", n=P("NAME_PATIENT", name))
    if c.chance(0.5):
        d.add("陪同家属：{r}（" + relw + "）", r=P("NAME_RELATIVE", rel))
    d.add(
        "\n注射医生：{doc}　执行护士：{nu}护士\n复诊：{f}（约3个月后）",
        doc=P("NAME_CLINICIAN", z.name(plain=True)[0]),
        nu=P("NAME_CLINICIAN", z.surname()),
        f=P("DATE", z.d(day + dt.timedelta(days=c.ri(84, 100)), "md")),
    )
    if c.chance(0.3):
        d.add("，复诊提醒发至{em}", em=P("EMAIL", z.email()))
    d.add("\n")
    return d


def zh23_dipin_shaicha(c):
    """地中海贫血夫妇双方基因筛查报告."""
    z, d = Zh(c), Doc()
    wife, _ = z.name("F")
    day = z.date()
    wage = c.ri(22, 39)
    wborn = z.dob_for(day, wage)
    pl = z.place()
    d.add(
        "{h}　产前诊断中心\n地中海贫血筛查及基因检测报告（夫妇双方）\n\n", h=P("HOSPITAL", c.ch(ZH_HOSPITALS))
    )
    d.add(
        "女方：{n}　" + str(wage) + "岁　孕⟦me|12+3周⟧\n身份证：{id}\n",
        n=P("NAME_PATIENT", wife),
        id=P("ID_CARD", z.id_card(wborn, "F", pl)),
    )
    if c.chance(0.35):
        hname, _s, _n = c.ch([f for f in ZH_FOREIGN if f[1] == "M"])
        pp, _k = z.passport("foreign")
        d.add("男方：{h}（外籍）　护照：{pp}\n", h=P("NAME_RELATIVE", hname), pp=P("PASSPORT", pp))
    else:
        hname, _ = z.name("M")
        hage = wage + c.ri(0, 6)
        d.add(
            "男方：{h}　" + str(hage) + "岁　身份证：{id}\n",
            h=P("NAME_RELATIVE", hname),
            id=P("ID_CARD", z.id_card(z.dob_for(day, hage), "M")),
        )
    d.add(
        "现住址：{p}{ci}{s}　邮编：{pc}\n联系电话：{ph}\n",
        p=P("PROVINCE_STATE", pl[0]),
        ci=P("CITY", pl[1]),
        s=P("ADDRESS_STREET", z.street(pl)),
        pc=P("POSTCODE", pl[4]),
        ph=P("PHONE", z.mobile()),
    )
    d.add(
        "标本号：女{a}／男{b}　采样日期：{sd}\n\n",
        a=P("ACCESSION", "XS" + c.digits(8)),
        b=P("ACCESSION", "XS" + c.digits(8)),
        sd=P("DATE", z.d(day)),
    )
    d.add(
        "血常规：女方⟦lab|Hb 102g/L⟧，⟦lab|MCV 68.2fL⟧，⟦lab|MCH 21.4pg⟧；男方⟦lab|MCV 79.6fL⟧\n血红蛋白电泳：女方⟦lab|HbA2 2.1%⟧\n"
    )
    d.add(
        "⟦pr|地中海贫血基因检测⟧（⟦pr|Gap-PCR⟧＋⟦pr|反向点杂交⟧）：\n女方："
        + c.ch(("⟦fi|--SEA/αα⟧ 东南亚缺失型⟦fi|α地中海贫血携带者⟧", "⟦fi|-α3.7/αα⟧ ⟦fi|静止型α地中海贫血⟧"))
        + "\n男方："
        + c.ch(("⟦fi|βCD41-42/βN⟧ ⟦fi|β地中海贫血携带者⟧", "未检出常见突变", "⟦fi|--SEA/αα⟧"))
        + "\n\n"
    )
    d.add(
        "遗传咨询：建议⟦pr|绒毛穿刺⟧或⟦pr|羊膜腔穿刺⟧行胎儿基因诊断；可补充⟦dr|叶酸⟧⟦do|0.4mg qd⟧，勿盲目补铁。\n"
    )
    d.add(
        "检验者：{a}　审核者：{b}主任\n报告查询：{u}\n",
        a=P("NAME_CLINICIAN", z.name(plain=True)[0]),
        b=P("NAME_CLINICIAN", z.surname()),
        u=P("URL", f"https://pnd.{c.ch(('zsyy', 'fybj', 'cqzx'))}.cn/r?k={c.token(12)}"),
    )
    if c.chance(0.5):
        d.add("中心传真：{fx}", fx=P("FAX", z.landline()))
    if c.chance(0.5):
        d.add("　电子报告已发送至{em}", em=P("EMAIL", z.email()))
    d.add("\n")
    return d


def zh23_cvc_zhiguan(c):
    """中心静脉导管（CVC）置管操作记录及核查表（勾选）."""
    z, d = Zh(c), Doc()
    name, sex = z.name()
    day = z.date()
    old = c.chance(0.4)
    age = c.ri(90, 100) if old else c.ri(30, 88)
    d.add("{h}　重症医学科\n中心静脉置管操作记录及核查表\n\n", h=P("HOSPITAL", c.ch(ZH_HOSPITALS)))
    d.add("患者：{n}　" + ("男" if sex == "M" else "女") + "　", n=P("NAME_PATIENT", name))
    _age(z, d, age, old)
    d.add(
        "　住院号：{z}　床号：" + str(c.ri(1, 24)) + "床\n置管日期：{dt}\n",
        z=P("MRN", c.digits(8)),
        dt=P("DATE", z.d(day)),
    )
    d.add(
        "诊断："
        + c.ch(("⟦fi|感染性休克⟧", "⟦fi|重症急性胰腺炎⟧", "⟦fi|急性肾损伤⟧需⟦pr|连续性肾脏替代治疗⟧"))
        + "\n\n"
    )
    rel, relw = z.relative("儿子", "女儿", "配偶", "侄子")
    d.add(
        "置管前核查：\n☑ 知情同意书已签署（家属：{r}，" + relw + "，电话{ph}）\n",
        r=P("NAME_RELATIVE", rel),
        ph=P("PHONE", z.mobile()),
    )
    d.add(
        "☑ 凝血功能：⟦lab|PLT 86×10⁹/L⟧，⟦lab|INR 1.4⟧\n☑ 手卫生　☑ 最大无菌屏障　☐ 导丝已取出（术后勾选）\n\n"
    )
    d.add(
        "操作经过：⟦pr|超声引导下⟧⟦an|右侧颈内静脉⟧穿刺，⟦dr|利多卡因⟧⟦do|2% 5ml⟧局麻，⟦ep|Seldinger技术⟧置入三腔导管，置入深度⟦me|13cm⟧，回抽通畅。\n"
    )
    d.add(
        "术后胸片（检查号{jc}）：导管尖端位于⟦an|上腔静脉⟧下段，未见⟦fi|气胸⟧。\n\n",
        jc=P("ACCESSION", c.digits(9)),
    )
    d.add("术者：{a}", a=P("NAME_CLINICIAN", z.name(plain=True)[0]))
    if c.chance(0.5):
        d.add("（医师执业证书编号{lic}）", lic=P("LICENSE", "1" + c.digits(14, False)))
    d.add(
        "　助手：{b}　核查护士：{n}护士\n",
        b=P("NAME_CLINICIAN", z.name(plain=True)[0]),
        n=P("NAME_CLINICIAN", z.surname()),
    )
    return d


def zh23_peg_suifang(c):
    """经皮内镜下胃造瘘（PEG）术后居家随访：微信消息与随访记录."""
    z, d = Zh(c), Doc()
    name, sex = z.name()
    day = z.date()
    old = c.chance(0.6)
    age = c.ri(90, 104) if old else c.ri(60, 89)
    pl = z.place()
    dau, _ = z.name("F")
    nurse = z.surname()
    d.add("{h}　居家护理随访记录（PEG术后）\n\n", h=P("HOSPITAL", c.ch(ZH_HOSPITALS)))
    d.add("患者：{n}　", n=P("NAME_PATIENT", name))
    _age(z, d, age, old)
    d.add(
        "　住院号：{zy}　医保卡号：{yb}\n",
        zy=P("MRN", c.digits(9)),
        yb=P("INSURANCE", c.digits(9) + c.letters(1)),
    )
    d.add(
        "家庭住址：{p}{ci}{s}",
        p=P("PROVINCE_STATE", pl[0]),
        ci=P("CITY", pl[1]),
        s=P("ADDRESS_STREET", z.street(pl)),
    )
    if c.chance(0.5):
        d.add("　邮编{pc}", pc=P("POSTCODE", pl[4]))
    d.add("\n主要照护者：女儿{d}　{ph}\n", d=P("NAME_RELATIVE", dau), ph=P("PHONE", z.mobile()))
    d.add(
        "诊断：⟦fi|脑梗死后遗症⟧，⟦fi|吞咽障碍⟧；{pd}行⟦pr|经皮内镜下胃造瘘术⟧。\n家用肠内营养泵序列号：{sn}\n\n",
        pd=P("DATE", z.d(day)),
        sn=P("DEVICE", "NP" + c.digits(8)),
    )
    d.add("——微信随访记录——\n")
    d.add(
        "[{a} 09:12] 家属：{d}说，造瘘口周围有点红，营养液还按⟦do|500ml⟧每天打吗？\n",
        a=P("DATE", z.d(day + dt.timedelta(days=7), "md")),
        d=P("NAME_RELATIVE", dau),
    )
    d.add(
        "[09:30] {n}护士：红肿范围多大？请拍照。⟦dr|肠内营养混悬液（TPF）⟧维持⟦do|1500ml/d⟧，泵速⟦me|80ml/h⟧。\n",
        n=P("NAME_CLINICIAN", nurse),
    )
    d.add(
        "[09:41] 家属：约硬币大小，无渗液。\n[09:50] {n}护士：考虑⟦fi|造瘘口周围皮肤炎⟧，用⟦dr|生理盐水⟧清洁后涂⟦dr|氧化锌软膏⟧，每日转动⟦an|胃造瘘管⟧一次。\n",
        n=P("NAME_CLINICIAN", nurse),
    )
    d.add(
        "\n随访小结（{b}）：⟦lab|白蛋白 33g/L⟧，⟦me|体重48kg⟧；下次随访{n}。随访护士：{nn}\n",
        b=P("DATE", z.d(day + dt.timedelta(days=14))),
        n=P("DATE", z.d(day + dt.timedelta(days=44), "md")),
        nn=P("NAME_CLINICIAN", z.name(plain=True)[0]),
    )
    if c.chance(0.5):
        d.add("复诊接送车辆：{pl}\n", pl=P("VEHICLE", z.plate()))
    return d


def zh23_ershi_fuwei(c):
    """眩晕门诊耳石复位治疗记录."""
    z, d = Zh(c), Doc()
    name, sex = z.name()
    day = z.date()
    age = c.ri(26, 70)
    born = z.dob_for(day, age)
    d.add("{h}　眩晕专病门诊\n耳石症复位治疗记录\n\n", h=P("HOSPITAL", c.ch(ZH_HOSPITALS)))
    d.add(
        "姓名：{n}　" + ("男" if sex == "M" else "女") + "　" + str(age) + "岁　门诊号：{mz}\n",
        n=P("NAME_PATIENT", name),
        mz=P("MRN", c.digits(10)),
    )
    if c.chance(0.4):
        d.add("身份证号：{id}\n", id=P("ID_CARD", z.id_card(born, sex)))
    d.add(
        "职业：网约车司机　单位：{w}　营运车辆车牌：{pl}\n",
        w=P("WORKPLACE", c.ch(ZH_EMPLOYERS)),
        pl=P("VEHICLE", z.plate()),
    )
    if c.chance(0.5):
        d.add("驾驶证档案编号：{dl}\n", dl=P("LICENSE", c.digits(12)))
    d.add("联系电话：{ph}　就诊日期：{dt}\n\n", ph=P("PHONE", z.mobile()), dt=P("DATE", z.d(day)))
    side = c.ch(("右", "左"))
    d.add("主诉：翻身时⟦fi|眩晕⟧反复发作" + str(c.ri(2, 14)) + "天，每次持续⟦me|数十秒⟧。\n")
    d.add(
        "检查：⟦ep|Dix-Hallpike试验⟧"
        + side
        + "侧阳性，见垂直扭转性⟦fi|眼震⟧；⟦pr|滚转试验⟧阴性。⟦pr|视频眼震图⟧检查号{j}。\n",
        j=P("ACCESSION", "VNG" + c.digits(7)),
    )
    d.add(
        "诊断：⟦fi|良性阵发性位置性眩晕⟧（"
        + side
        + "侧⟦an|后半规管⟧）\n处理：行⟦ep|Epley手法⟧复位2次，复位后症状消失。\n"
    )
    d.add("医嘱：⟦dr|甲磺酸倍他司汀片⟧⟦do|12mg tid⟧×7天；复位后48小时内避免驾驶营运车辆。\n\n")
    d.add(
        "医师：{doc}（执业证书编号{lic}）\n",
        doc=P("NAME_CLINICIAN", z.name(plain=True)[0]),
        lic=P("LICENSE", "1" + c.digits(14, False)),
    )
    if c.chance(0.4):
        d.add("复诊：{f}\n", f=P("DATE", z.d(day + dt.timedelta(days=c.ri(5, 14)), "md")))
    return d


def _all():
    from templates_v23_zh2 import TEMPLATES as T2

    return [
        ("zh23_dongtai_xindian", zh23_dongtai_xindian),
        ("zh23_roudu_zhiliao", zh23_roudu_zhiliao),
        ("zh23_dipin_shaicha", zh23_dipin_shaicha),
        ("zh23_cvc_zhiguan", zh23_cvc_zhiguan),
        ("zh23_peg_suifang", zh23_peg_suifang),
        ("zh23_ershi_fuwei", zh23_ershi_fuwei),
        *T2,
    ]


TEMPLATES = _all()
