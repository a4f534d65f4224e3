# Longer than 450 lines: twelve Chinese document kinds with their own scenario pools; splitting them would scatter one set's templates.
"""v12's twelve Chinese templates (document types none of v1-v11 used; README.md "v12").

Each function takes a ``Ctx`` and returns a ``Doc``: literal text carries keep terms as
⟦kind|term⟧ markup, PHI values are ``P(category, value)``.
"""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import datetime as dt

from _v12_kit import (
    XIAOMING,
    Ctx,
    Doc,
    P,
    addr_zh,
    day,
    dob,
    dzh,
    geo,
    hm,
    hosp_zh,
    idcard,
    ip,
    land,
    mobile,
    passport_zh,
    people_zh,
    plate_zh,
    pz,
    street_zh,
    unit_zh,
    zip_zh,
)


def _age(c: Ctx, p_old: float, lo: int = 60, hi: int = 88):
    a = c.ri(90, 104) if c.chance(p_old) else c.ri(lo, hi)
    return a, ([P("AGE_OVER_89", str(a)), "岁"] if a > 89 else f"{a}岁")


def _zyh(c: Ctx) -> str:
    return c.ch((c.digits(7), f"ZY{c.digits(8)}", c.digits(10), f"{c.digits(2)}{c.digits(6)}"))


def _sfz(c: Ctx, g, age: int, on: dt.date, sex: str) -> P:
    return P("ID_CARD", idcard(c, g, dob(c, age, on), sex))


# --------------------------------------------------------------------------- 1 新生儿疾病筛查召回通知


def xinshai_zhaohui(c: Ctx) -> Doc:
    d = Doc()
    g = geo(c)
    mom = pz(c, sex="F")
    dad = pz(c, sex="M")
    xm = c.ch(XIAOMING)
    born = day(c)
    blood = born + dt.timedelta(days=c.ri(2, 5))
    sent = blood + dt.timedelta(days=c.ri(5, 12))
    center = f"{g.city}新生儿疾病筛查中心"
    ill = c.ch(
        (
            ("⟦lab|促甲状腺激素（TSH）⟧", f"{c.fl(18, 60)} mIU/L", "⟦fi|先天性甲状腺功能减低症⟧"),
            ("⟦lab|苯丙氨酸⟧", f"{c.ri(180, 600)} μmol/L", "⟦fi|苯丙酮尿症⟧"),
            ("⟦lab|17-羟孕酮⟧", f"{c.fl(35, 120)} nmol/L", "⟦fi|先天性肾上腺皮质增生症⟧"),
        )
    )
    d.put(P("HOSPITAL", center), "\n新生儿疾病筛查可疑阳性召回通知单\n\n")
    d.put(
        "筛查编号：",
        P("OTHER_ID", f"XS{born.year}{c.digits(6)}"),
        "    标本号：",
        P("ACCESSION", c.digits(10)),
        "\n",
    )
    d.put(
        "母亲姓名：",
        P("NAME_RELATIVE", mom.name),
        "    母亲身份证号：",
        _sfz(c, g, c.ri(21, 40), born, "F"),
        "\n",
    )
    d.put(
        "新生儿：",
        P("NAME_PATIENT", f"{mom.name}之{c.ch(('子', '女'))}"),
        "（小名",
        P("NAME_PATIENT", xm),
        "）    出生日期：",
        dzh(c, born),
        "\n",
    )
    d.put("分娩医院：", P("HOSPITAL", hosp_zh(c, g)), "    母亲住院号：", P("MRN", _zyh(c)), "\n")
    d.put("采血日期：", dzh(c, blood), "    采血部位：⟦an|足跟⟧    ⟦pr|干血斑滤纸片⟧\n")
    d.put("家庭住址：", addr_zh(c, g, rural=0.5), "    邮编：", P("POSTCODE", zip_zh(c, g)), "\n")
    d.put("联系电话：", P("PHONE", mobile(c)), "（父亲", P("NAME_RELATIVE", dad.name), "）\n\n")
    d.put(
        P("NAME_RELATIVE", mom.name),
        "女士：\n    您的孩子初筛结果：",
        ill[0],
        " ⟦me|" + ill[1] + "⟧，高于切值，提示",
        ill[2],
        "可能。",
    )
    d.put(
        "请于接到通知后3日内携带本通知单及新生儿出生医学证明到本中心复查（",
        dzh(c, sent + dt.timedelta(days=3), "md"),
        "前）。\n",
    )
    d.put("    如确诊，需尽早口服⟦dr|左甲状腺素钠片⟧（起始⟦do|10～15 μg/kg/d⟧）或遵医嘱特殊饮食治疗。\n")
    if c.chance(0.6):
        d.put(
            "结果查询：",
            P("URL", f"https://xsr.{c.ch(('wjw', 'fybj', 'nbs'))}.gov.cn/q?code={c.token(10)}"),
            "\n",
        )
    d.put(
        "\n随访护士：",
        P("NAME_CLINICIAN", pz(c, sex="F").name),
        "    中心电话：",
        P("PHONE", land(c, g)),
        "\n通知日期：",
        dzh(c, sent),
        "\n",
    )
    return d


# --------------------------------------------------------------------------- 2 精神科外出请假单


def jingshen_qingjia(c: Ctx) -> Doc:
    d = Doc()
    g = geo(c)
    pt = pz(c)
    gu = pz(c, sur=pt.sur if pt.sur and c.chance(0.5) else None)
    doc_, nurse = pz(c), pz(c, sex="F")
    v = day(c)
    age, agev = _age(c, 0.2, 19)
    rel = c.ch(("儿子", "女儿", "丈夫", "妻子", "母亲", "哥哥"))
    dx = c.ch(
        (
            ("⟦fi|精神分裂症⟧", "⟦dr|奥氮平⟧", "⟦do|10mg⟧ 每晚"),
            ("⟦fi|双相情感障碍⟧", "⟦dr|碳酸锂缓释片⟧", "⟦do|0.3g⟧ 每日两次"),
            ("⟦fi|抑郁发作⟧", "⟦dr|舍曲林⟧", "⟦do|100mg⟧ 每日一次"),
            ("⟦ep|阿尔茨海默病⟧伴精神行为症状", "⟦dr|喹硫平⟧", "⟦do|25mg⟧ 每晚"),
        )
    )
    d.put(P("HOSPITAL", hosp_zh(c, g)), "  精神科病区\n住院患者外出（请假）申请单\n\n")
    d.put(
        "患者：",
        P("NAME_PATIENT", pt.name),
        "  性别：",
        "男" if pt.sex == "M" else "女",
        "  年龄：",
        agev,
        "  住院号：",
        P("MRN", _zyh(c)),
        "  床号：",
        str(c.ri(1, 48)),
        "\n",
    )
    d.put("诊断：", dx[0], "    入院方式：", c.ch(("自愿", "非自愿（监护人送入）")), "\n")
    d.put(
        "外出时间：",
        dzh(c, v),
        " ",
        hm(c, 8, 10),
        " 至 ",
        dzh(c, v + dt.timedelta(days=c.ri(0, 2))),
        " ",
        hm(c, 16, 18),
        "\n",
    )
    d.put("外出事由：", c.ch(("回家过节", "办理银行卡", "参加孙子婚礼", "回家适应（出院前评估）")), "\n")
    d.put("外出地址：", addr_zh(c, g, prov=False), "\n")
    d.put(
        "监护人/陪同人：",
        P("NAME_RELATIVE", gu.name),
        "（",
        rel,
        "）  身份证号：",
        _sfz(c, g, c.ri(25, 60), v, gu.sex),
        "  电话：",
        P("PHONE", mobile(c)),
        "\n",
    )
    if c.chance(0.6):
        d.put("接送车辆：", P("VEHICLE", plate_zh(c, g)), "\n")
    if c.chance(0.5):
        d.put("佩戴防走失定位手环，序列号：", P("DEVICE", f"{c.letters(2)}{c.digits(10)}"), "\n")
    d.put(
        "\n评估：近一周⟦fi|幻听⟧消失，无冲动、自伤行为，⟦ep|简明精神病评定量表（BPRS）⟧",
        str(c.ri(22, 35)),
        "分。⟦me|体温36.6℃⟧。\n",
    )
    d.put("带药：", dx[1], " ", dx[2], "，共", str(c.ri(1, 3)), "日量，由陪同人保管。\n")
    d.put(
        "告知：外出期间如出现病情波动、拒药或走失，监护人承担看护责任，并立即联系病区电话 ",
        P("PHONE", land(c, g)),
        "。\n\n",
    )
    d.put(
        "主治医师：",
        P("NAME_CLINICIAN", doc_.name),
        "（执业证书编号：",
        P("LICENSE", f"1{c.digits(14)}"),
        "）  责任护士：",
        P("NAME_CLINICIAN", nurse.name),
        "\n",
    )
    d.put("返院时间：____  返院时复查：⟦pr|尿液毒物筛查⟧  签名：", P("NAME_RELATIVE", gu.name), "\n")
    return d


# --------------------------------------------------------------------------- 3 采样点登记（CSV）


def caiyang_dengji(c: Ctx) -> Doc:
    d = Doc()
    g = geo(c)
    v = day(c, dt.date(2020, 2, 1), dt.date(2022, 12, 6))
    staff = people_zh(c, 2)
    d.put("# ", P("HOSPITAL", hosp_zh(c, g)), " 便民采样点（发热门诊外）登记导出\n")
    d.put("# 导出终端 ", P("IP", ip(c)), " 导出时间 ", dzh(c, v, "iso"), " ", hm(c, 18, 22), "\n")
    d.put("序号,姓名,证件类型,证件号码,手机,现住址,工作单位,采样方式,条码号,采样员\n")
    rows = people_zh(c, c.ri(4, 6), minority=0.12)
    foreign = c.ri(0, len(rows) - 1)
    for k, p in enumerate(rows):
        d.put(f"{k + 1},")
        if k == foreign:
            lat = c.ch(
                ("SMITH JOHN", "NGUYEN THI HOA", "KIM MINJUN", "CHAN TAI MAN", "IVANOVA OLGA", "LIN CHIA-HAO")
            )
            kind, num = passport_zh(c)
            if kind == "护照" and c.chance(0.5):
                d.put(P("NAME_PATIENT", lat), ",", kind, ",", P("PASSPORT", num), ",")
            else:
                d.put(P("NAME_PATIENT", p.name), ",", kind, ",", P("PASSPORT", num), ",")
        else:
            d.put(P("NAME_PATIENT", p.name), ",身份证,", _sfz(c, g, c.ri(3, 85), v, p.sex), ",")
        d.put(P("PHONE", mobile(c).replace(" ", "")), ",", P("ADDRESS_STREET", street_zh(c, g, 0.4)), ",")
        d.put(P("WORKPLACE", unit_zh(c, g)) if c.chance(0.6) else c.ch(("学生", "无", "退休")), ",")
        d.put(
            c.ch(("⟦pr|鼻咽拭子⟧", "⟦pr|口咽拭子⟧", "⟦pr|鼻咽拭子⟧")),
            ",",
            c.ch(("单采", "10混1", "5混1")),
            " ",
            P("ACCESSION", c.digits(12)),
            ",",
        )
        d.put(P("NAME_CLINICIAN", staff[k % 2].name), "\n")
    d.put("# 检测项目：⟦lab|新型冠状病毒核酸（ORF1ab/N基因）⟧；⟦lab|Ct值⟧<40判阳性。混采阳性者单管复核。\n")
    d.put(
        "# 备注：",
        c.ch(("第3行受检者⟦fi|发热⟧⟦me|38.2℃⟧，已引导至发热门诊", "无异常", "1人拒采，已登记")),
        "\n",
    )
    return d


# --------------------------------------------------------------------------- 4 医保异地就医备案表


def yidi_beian(c: Ctx) -> Doc:
    d = Doc()
    g, g2 = geo(c), geo(c)
    while g2.city == g.city:
        g2 = geo(c)
    pt = pz(c)
    agent = pz(c)
    v = day(c)
    age, agev = _age(c, 0.35, 55)
    d.put(
        "基本医疗保险跨省异地就医备案登记表\n备案编号：", P("OTHER_ID", f"YD{v.year}{c.digits(10)}"), "\n\n"
    )
    d.put(
        "参保人姓名：",
        P("NAME_PATIENT", pt.name),
        "  年龄：",
        agev,
        "  公民身份号码：",
        _sfz(c, g, min(age, 99), v, pt.sex),
        "\n",
    )
    d.put(
        "医保个人编号：",
        P("INSURANCE", f"{c.digits(2)}{c.digits(8)}{c.digits(4)}"),
        "  社保卡号：",
        P("INSURANCE", f"{c.letters(1)}{c.digits(8)}"),
        "\n",
    )
    d.put(
        "参保地：",
        P("CITY", g.city),
        "  参保类型：",
        c.ch(("城乡居民", "职工（退休）", "职工（在职）")),
        "\n",
    )
    if c.chance(0.5):
        d.put("原工作单位：", P("WORKPLACE", unit_zh(c, g)), "\n")
    d.put("备案类别：", c.ch(("异地长期居住（随子女）", "常驻异地工作", "异地转诊")), "\n")
    d.put(
        "就医地：",
        P("CITY", g2.city),
        "  居住地址：",
        addr_zh(c, g2, prov=True),
        "  邮编：",
        P("POSTCODE", zip_zh(c, g2)),
        "\n",
    )
    d.put("就医地定点医疗机构：", P("HOSPITAL", hosp_zh(c, g2)), "\n")
    d.put(
        "疾病诊断：",
        c.ch(
            (
                "⟦fi|慢性肾脏病5期⟧，维持性⟦pr|血液透析⟧",
                "⟦fi|2型糖尿病⟧伴⟦fi|糖尿病肾病⟧",
                "⟦ep|帕金森病⟧",
                "⟦fi|肺癌⟧术后靶向治疗（⟦dr|奥希替尼⟧ ⟦do|80mg⟧ 每日一次）",
            )
        ),
        "\n",
    )
    d.put(
        "联系电话：",
        P("PHONE", mobile(c)),
        "  电子邮箱：",
        P(
            "EMAIL",
            f"{c.ch(('lbh', 'wangyi', 'xiaoyu', 'zhm'))}{c.digits(4)}@{c.ch(('163.com', 'qq.com', '126.com'))}",
        ),
        "\n",
    )
    if c.chance(0.55):
        kind, num = passport_zh(c)
        d.put(
            "代办人：",
            P("NAME_RELATIVE", agent.name),
            "（子女）  证件：",
            kind,
            " ",
            P("PASSPORT", num),
            "  电话：",
            P("PHONE", mobile(c)),
            "\n",
        )
    else:
        d.put(
            "代办人：",
            P("NAME_RELATIVE", agent.name),
            "  身份证：",
            _sfz(c, g, c.ri(28, 55), v, agent.sex),
            "\n",
        )
    d.put("备案有效期：", dzh(c, v), "起  经办机构传真：", P("FAX", land(c, g)), "\n")
    d.put(
        "办理渠道：国家医保服务平台App  回执链接：",
        P("URL", f"https://fuwu.nhsa.gov.cn/ydba/r/{c.token(14)}"),
        "\n",
    )
    d.put(
        "经办人：",
        P("NAME_CLINICIAN", pz(c).name),
        "  申请日期：",
        dzh(c, v - dt.timedelta(days=c.ri(1, 10))),
        "\n",
    )
    return d


# --------------------------------------------------------------------------- 5 护工保洁排班表


def hugong_paiban(c: Ctx) -> Doc:
    d = Doc()
    g = geo(c)
    v = day(c)
    workers = people_zh(c, 4)
    pts = people_zh(c, 3)
    head = pz(c, sex="F")
    d.put(
        P("HOSPITAL", hosp_zh(c, g)),
        " 老年医学科二病区  护工/保洁排班表（",
        dzh(c, v, "md"),
        "—",
        dzh(c, v + dt.timedelta(days=6), "md"),
        "）\n",
    )
    d.put(
        "物业公司驻点：",
        c.ch(("安康物业", "万家洁后勤服务", "康宁护理服务")),
        "  护士长：",
        P("NAME_CLINICIAN", head.name),
        "\n\n",
    )
    d.put("岗位        姓名      班次          负责床位/区域\n")
    roles = ["护工", "护工", "保洁", "夜班护工"]
    for k, (w, r) in enumerate(zip(workers, roles)):
        nm = w.name if c.chance(0.6) else f"{w.sur or w.name[:2]}{c.ch(('姐', '阿姨', '师傅', '叔'))}"
        shift = c.ch(("07:00-19:00", "08:00-16:00", "19:00-07:00", "06:30-14:30"))
        area = f"{3 * k + 1}-{3 * k + 3}床" if r != "保洁" else "走廊、污物间、开水间"
        d.put(f"{r:<10}", P("NAME_CLINICIAN", nm), " " * max(1, 10 - 2 * len(nm)), f"{shift:<14}{area}\n")
    d.put("\n重点照护交接：\n")
    for p in pts:
        age, agev = _age(c, 0.55, 78)
        d.put(
            f"  {c.ri(1, 12)}床 ",
            P("NAME_PATIENT", p.name),
            " ",
            agev,
            "，",
            c.ch(
                (
                    "⟦pr|鼻饲⟧每日6次，每次⟦me|200ml⟧",
                    "骶尾部⟦fi|2期压力性损伤⟧，每2小时⟦pr|翻身⟧",
                    "⟦fi|跌倒高风险⟧（⟦ep|Morse跌倒评分⟧55分），下床需陪同",
                    "留置⟦ep|Foley导尿管⟧，记录尿量",
                )
            ),
            "。",
        )
        if c.chance(0.5):
            d.put(
                "家属",
                P("NAME_RELATIVE", pz(c, sur=p.sur or None).name),
                "白天陪护，电话",
                P("PHONE", mobile(c)),
                "。",
            )
        d.put("\n")
    d.put(
        "\n注意：⟦dr|氯己定⟧擦浴后记录；⟦dr|含氯消毒剂⟧⟦do|500mg/L⟧擦拭床单位。保洁",
        P("NAME_CLINICIAN", workers[2].name),
        "负责医疗废物暂存点交接。\n",
    )
    return d


# --------------------------------------------------------------------------- 6 病理会诊借片登记


def jiepian_dengji(c: Ctx) -> Doc:
    d = Doc()
    g, g2 = geo(c), geo(c)
    pt = pz(c)
    bor = pz(c)
    path1, clerk = pz(c), pz(c)
    v = day(c)
    h1, h2 = (
        hosp_zh(c, g),
        c.ch(("复旦大学附属肿瘤医院", "中山大学肿瘤防治中心", "北京协和医院", "四川大学华西医院")),
    )
    dx = c.ch(
        (
            ("⟦fi|弥漫大B细胞淋巴瘤⟧", "⟦lab|CD20⟧、⟦lab|Ki-67⟧"),
            ("⟦fi|乳腺浸润性导管癌⟧", "⟦lab|ER⟧、⟦lab|PR⟧、⟦lab|HER2⟧"),
            ("⟦fi|胃印戒细胞癌⟧", "⟦lab|CK⟧、⟦lab|Ki-67⟧"),
            ("⟦ep|霍奇金淋巴瘤⟧", "⟦lab|CD30⟧、⟦lab|CD15⟧"),
        )
    )
    d.put(P("HOSPITAL", h1), " 病理科\n病理切片/蜡块外借会诊登记\n\n")
    d.put("借片单号：", P("OTHER_ID", f"JP{c.digits(8)}"), "    登记日期：", dzh(c, v), "\n")
    d.put(
        "患者：",
        P("NAME_PATIENT", pt.name),
        "  病理号：",
        P("ACCESSION", f"{v.year % 100}-{c.digits(5)}"),
        "  住院号：",
        P("MRN", _zyh(c)),
        "\n",
    )
    d.put("原诊断：", dx[0], "（⟦pr|免疫组化⟧：", dx[1], "）\n")
    d.put(
        "外借材料：⟦pr|HE染色⟧切片",
        str(c.ri(2, 8)),
        "张，白片",
        str(c.ri(5, 15)),
        "张，蜡块",
        str(c.ri(1, 3)),
        "个（⟦an|胃窦⟧/⟦an|淋巴结⟧）\n",
    )
    d.put("会诊医院：", P("HOSPITAL", h2), "\n")
    d.put("借片人：", P("NAME_RELATIVE", bor.name), "（", c.ch(("配偶", "儿子", "女儿", "兄弟")), "）  ")
    if c.chance(0.45):
        kind, num = passport_zh(c)
        d.put(kind, "：", P("PASSPORT", num), "\n")
    else:
        d.put("身份证：", _sfz(c, g, c.ri(25, 60), v, bor.sex), "\n")
    d.put(
        "联系电话：",
        P("PHONE", mobile(c)),
        "  邮箱：",
        P(
            "EMAIL",
            f"{c.ch(('hx', 'chen', 'liwei', 'ouyang'))}_{c.digits(5)}@{c.ch(('qq.com', '163.com', 'foxmail.com'))}",
        ),
        "\n",
    )
    d.put("押金：", str(c.ch((200, 500, 1000))), "元  收据号：", P("ACCOUNT", c.digits(10)), "\n")
    d.put("快递归还地址：", addr_zh(c, g2), "  邮编：", P("POSTCODE", zip_zh(c, g2)), "\n")
    d.put(
        "会诊意见请传真至 ",
        P("FAX", land(c, g)),
        "，或由会诊医师",
        P("NAME_CLINICIAN", pz(c).name),
        "签章后寄回。\n",
    )
    d.put(
        "经办病理医师：",
        P("NAME_CLINICIAN", path1.name),
        "（执业证书编号",
        P("LICENSE", f"1{c.digits(14)}"),
        "）  登记员：",
        P("NAME_CLINICIAN", clerk.name),
        "\n",
    )
    d.put("归还日期：", dzh(c, v + dt.timedelta(days=c.ri(14, 40))), "  核对：切片完整，无破损。\n")
    return d


# --------------------------------------------------------------------------- 7 手术器械清点及植入物登记


def qixie_qingdian(c: Ctx) -> Doc:
    d = Doc()
    g = geo(c)
    pt = pz(c)
    surg, scrub, circ = people_zh(c, 3)
    v = day(c)
    age, agev = _age(c, 0.25, 55)
    op = c.ch(
        (
            ("⟦pr|人工全髋关节置换术⟧", "⟦an|右侧股骨头⟧", ["髋臼杯", "股骨柄", "陶瓷球头"]),
            ("⟦pr|股骨近端髓内钉内固定术⟧", "⟦an|左侧股骨转子间⟧", ["髓内钉主钉", "螺旋刀片"]),
            ("⟦pr|腰椎后路椎弓根螺钉内固定术⟧", "⟦an|L4-L5椎体⟧", ["椎弓根螺钉", "连接棒", "椎间融合器"]),
        )
    )
    d.put(P("HOSPITAL", hosp_zh(c, g)), " 手术室\n手术器械清点记录单（附植入物登记）\n\n")
    d.put(
        "患者：",
        P("NAME_PATIENT", pt.name),
        "  ",
        "男" if pt.sex == "M" else "女",
        "  ",
        agev,
        "  住院号：",
        P("MRN", _zyh(c)),
        "  手术间：",
        str(c.ri(1, 22)),
        "\n",
    )
    d.put("手术日期：", dzh(c, v), "  手术名称：", op[0], "  部位：", op[1], "\n")
    d.put(
        "术前诊断：",
        c.ch(("⟦fi|股骨头坏死⟧", "⟦fi|股骨颈骨折⟧", "⟦fi|腰椎管狭窄症⟧", "⟦fi|骨质疏松性骨折⟧")),
        "\n\n",
    )
    d.put("器械名称        术前  关前  关后\n")
    for it in ("纱布", "纱垫", "缝针", "刀片", "电刀头", "咬骨钳"):
        n = c.ri(1, 20)
        d.put(f"{it:<12}  {n:>4}  {n:>4}  {n:>4}\n")
    d.put("\n植入物（条码粘贴处）：\n")
    for part in op[2]:
        d.put(
            "  ",
            part,
            "  序列号 ",
            P("DEVICE", f"{c.letters(2)}{c.digits(7)}"),
            "  批号 ",
            f"LOT{c.digits(6)}",
            "\n",
        )
    d.put(
        "\n术中用药：⟦dr|头孢唑林⟧ ⟦do|2g⟧ 切皮前30分钟静滴，⟦dr|氨甲环酸⟧ ⟦do|1g⟧ 静滴。出血量⟦me|"
        + f"{c.ri(150, 800)}ml"
        + "⟧。\n"
    )
    d.put(
        "主刀：",
        P("NAME_CLINICIAN", surg.name),
        "  洗手护士：",
        P("NAME_CLINICIAN", scrub.name),
        "  巡回护士：",
        P("NAME_CLINICIAN", circ.name),
        "\n",
    )
    d.put("清点无误，双人核对签名。植入物信息已录入追溯系统。\n")
    return d


# --------------------------------------------------------------------------- 8 胎盘及病理性废物交接登记


def yifei_jiaojie(c: Ctx) -> Doc:
    d = Doc()
    g = geo(c)
    mom = pz(c, sex="F")
    fam = pz(c, sex="M")
    cleaner, driver, mid = people_zh(c, 3)
    v = day(c)
    d.put(P("HOSPITAL", hosp_zh(c, g)), " 产房\n胎盘处置及病理性医疗废物交接登记\n\n")
    d.put(
        "产妇：",
        P("NAME_PATIENT", mom.name),
        "  住院号：",
        P("MRN", _zyh(c)),
        "  分娩日期：",
        dzh(c, v),
        "\n",
    )
    d.put(
        "分娩方式：",
        c.ch(("⟦pr|自然分娩⟧", "⟦pr|剖宫产术⟧", "⟦pr|产钳助产⟧")),
        "  ⟦an|胎盘⟧重⟦me|" + f"{c.ri(420, 680)}g" + "⟧，脐带长⟦me|" + f"{c.ri(40, 70)}cm" + "⟧\n",
    )
    d.put(
        "产妇检验：⟦lab|乙肝表面抗原⟧",
        c.ch(("阴性", "阳性", "阴性")),
        "，⟦lab|梅毒抗体⟧阴性，⟦lab|HIV抗体⟧阴性\n",
    )
    d.put("处置方式：", "")
    if c.chance(0.4):
        d.put(
            "家属自行带回。领取人：",
            P("NAME_RELATIVE", fam.name),
            "（丈夫）  身份证号：",
            _sfz(c, g, c.ri(24, 45), v, "M"),
            "  电话：",
            P("PHONE", mobile(c)),
            "\n",
        )
    else:
        d.put("交由医院按病理性废物处置（家属", P("NAME_RELATIVE", fam.name), "签字同意）\n")
    d.put("助产士：", P("NAME_CLINICIAN", mid.name), "\n\n")
    d.put("— 医疗废物暂存点交接 —\n")
    d.put("日期：", dzh(c, v + dt.timedelta(days=c.ri(0, 1))), "  重量：" + f"{c.fl(2, 18)}" + "kg（病理性）")
    d.put(
        "  保洁员：",
        P("NAME_CLINICIAN", cleaner.name if c.chance(0.6) else f"{cleaner.sur or cleaner.name[:2]}阿姨"),
        "\n",
    )
    d.put(
        "转运单位：",
        c.ch(("环卫医疗废物处置中心", "医废集中处置有限公司")),
        "  司机：",
        P("NAME_CLINICIAN", driver.name if c.chance(0.5) else f"{driver.sur or driver.name[:2]}师傅"),
        "  车牌：",
        P("VEHICLE", plate_zh(c, g)),
        "\n",
    )
    d.put("备注：⟦fi|胎盘植入⟧者送病理，病理号另附；⟦dr|缩宫素⟧ ⟦do|10U⟧ 已用。\n")
    return d


# --------------------------------------------------------------------------- 9 急诊预检分诊登记


def yujian_fenzhen(c: Ctx) -> Doc:
    d = Doc()
    g = geo(c)
    v = day(c)
    nurse = pz(c, sex="F")
    rows = people_zh(c, c.ri(4, 5), minority=0.15)
    d.put(
        P("HOSPITAL", hosp_zh(c, g)),
        " 急诊预检分诊登记本  ",
        dzh(c, v),
        "  分诊护士：",
        P("NAME_CLINICIAN", nurse.name),
        "\n\n",
    )
    d.put("时间   姓名          年龄  主诉                      生命体征                     级别  去向\n")
    complaints = [
        ("⟦fi|胸痛⟧2小时", "⟦me|SpO2 94%⟧", "Ⅱ级", "抢救室"),
        ("⟦fi|腹痛⟧伴呕吐", "⟦me|T 38.5℃⟧", "Ⅲ级", "急诊内科"),
        ("⟦fi|意识模糊⟧", "⟦ep|格拉斯哥昏迷评分⟧9分", "Ⅰ级", "抢救室"),
        ("⟦fi|头晕⟧", "⟦me|BP 186/102mmHg⟧", "Ⅲ级", "急诊内科"),
        ("⟦an|左前臂⟧⟦fi|割伤⟧", "⟦me|P 96次/分⟧", "Ⅳ级", "清创室"),
        ("⟦fi|呼吸困难⟧", "⟦me|R 28次/分⟧", "Ⅱ级", "抢救室"),
    ]
    for p in rows:
        age, agev = _age(c, 0.3, 1)
        cp = c.ch(complaints)
        d.put(
            hm(c),
            "  ",
            P("NAME_PATIENT", p.name),
            "  ",
            agev,
            "  ",
            cp[0],
            "  ",
            cp[1],
            "  ",
            cp[2],
            "  ",
            cp[3],
            "\n",
        )
        if c.chance(0.45):
            d.put(
                "       陪同：",
                P("NAME_RELATIVE", pz(c).name),
                " ",
                P("PHONE", mobile(c)),
                c.ch(("", "；120送入", "；私家车送入")),
                "\n",
            )
    if c.chance(0.6):
        d.put("\n交通事故患者一名，肇事车辆", P("VEHICLE", plate_zh(c, g)), "，交警已到场。\n")
    d.put(
        "\n三无人员：无。⟦pr|快速血糖⟧测定",
        str(c.ri(1, 4)),
        "人次，⟦pr|心电图⟧",
        str(c.ri(2, 6)),
        "人次（10分钟内完成）。\n",
    )
    return d


# --------------------------------------------------------------------------- 10 胸痛中心时间节点记录表


def xiongtong_shijian(c: Ctx) -> Doc:
    d = Doc()
    g = geo(c)
    pt = pz(c, sex="M" if c.chance(0.7) else "F")
    fam = pz(c)
    op, ecg = pz(c), pz(c)
    v = day(c)
    age, agev = _age(c, 0.15, 38)
    t = sorted(hm(c) for _ in range(6))
    d.put(P("HOSPITAL", hosp_zh(c, g)), " 胸痛中心\nSTEMI患者时间节点记录表\n\n")
    d.put(
        "姓名：",
        P("NAME_PATIENT", pt.name),
        "  ",
        agev,
        "  身份证：",
        _sfz(c, g, min(age, 99), v, pt.sex),
        "  住院号：",
        P("MRN", _zyh(c)),
        "\n",
    )
    d.put(
        "工作单位：",
        P("WORKPLACE", unit_zh(c, g)) if c.chance(0.6) else "无",
        "  家属：",
        P("NAME_RELATIVE", fam.name),
        " ",
        P("PHONE", mobile(c)),
        "\n",
    )
    d.put(
        "来院方式：",
        c.ch(("呼叫120", "自行来院", "外院转诊")),
        "  120车牌：",
        P("VEHICLE", plate_zh(c, g)),
        "\n",
    )
    d.put(
        "发病时间  ",
        dzh(c, v),
        " ",
        t[0],
        "\n首次医疗接触  ",
        t[1],
        "\n首份心电图  ",
        t[2],
        "（远程传输，终端",
        P("IP", ip(c)),
        "）\n",
    )
    d.put("⟦pr|双联抗血小板⟧负荷  ", t[3], "  ⟦dr|阿司匹林⟧ ⟦do|300mg⟧ + ⟦dr|替格瑞洛⟧ ⟦do|180mg⟧\n")
    d.put("导管室激活  ", t[4], "\n导丝通过  ", t[5], "\n\n")
    d.put(
        "⟦pr|冠状动脉造影⟧（造影号",
        P("ACCESSION", f"DSA{c.digits(8)}"),
        "）：",
        c.ch(("⟦an|前降支⟧近段", "⟦an|右冠状动脉⟧中段", "⟦an|回旋支⟧")),
        "⟦fi|完全闭塞⟧，TIMI 0级；",
        "植入支架1枚，序列号",
        P("DEVICE", f"{c.digits(3)}{c.letters(2)}{c.digits(6)}"),
        "。\n",
    )
    d.put(
        "术中⟦dr|普通肝素⟧ ⟦do|100U/kg⟧。⟦ep|Killip分级⟧Ⅰ级。⟦lab|肌钙蛋白I⟧ ⟦me|"
        + f"{c.fl(0.5, 40)}ng/ml"
        + "⟧。\n"
    )
    d.put(
        "术者：",
        P("NAME_CLINICIAN", op.name),
        "（执业证书编号",
        P("LICENSE", f"1{c.digits(14)}"),
        "）  心电图判读：",
        P("NAME_CLINICIAN", ecg.name),
        "\n",
    )
    if c.chance(0.5):
        d.put("网络医院转诊单传真：", P("FAX", land(c, g)), "\n")
    return d


# --------------------------------------------------------------------------- 11 住院预交金收据


def yujiaojin(c: Ctx) -> Doc:
    d = Doc()
    g = geo(c)
    pt = pz(c)
    payer = pz(c)
    cashier = pz(c)
    v = day(c)
    amt = c.ch((2000, 3000, 5000, 10000, 20000))
    d.put(P("HOSPITAL", hosp_zh(c, g)), "\n住院预交金收据（电子）\n\n")
    d.put("收据号：", P("ACCOUNT", f"YJ{c.digits(10)}"), "    日期：", dzh(c, v), " ", hm(c), "\n")
    d.put(
        "患者姓名：",
        P("NAME_PATIENT", pt.name),
        "  住院号：",
        P("MRN", _zyh(c)),
        "  科室：",
        c.ch(("心内科", "肿瘤科", "骨科", "产科", "神经内科")),
        "\n",
    )
    d.put(
        "医保类别：",
        c.ch(("职工医保", "城乡居民医保", "异地医保", "自费")),
        "  医保卡号：",
        P("INSURANCE", f"{c.digits(3)}{c.letters(1)}{c.digits(6)}"),
        "\n",
    )
    d.put(
        "入院诊断：",
        c.ch(
            (
                "⟦fi|急性脑梗死⟧",
                "⟦fi|社区获得性肺炎⟧",
                "⟦fi|股骨颈骨折⟧",
                "⟦fi|结肠癌⟧（拟⟦dr|奥沙利铂⟧ ⟦do|130mg/m²⟧化疗）",
                "⟦fi|妊娠期高血压⟧",
            )
        ),
        "\n",
    )
    d.put(
        "缴款人：",
        P("NAME_RELATIVE", payer.name),
        "（",
        c.ch(("配偶", "子女", "父亲", "母亲")),
        "）  金额：",
        f"{amt:,}.00元",
        "\n",
    )
    d.put("支付方式：", c.ch(("微信", "支付宝", "银行卡")), "  交易流水：", P("ACCOUNT", c.digits(16)), "\n")
    if c.chance(0.35):
        kind, num = passport_zh(c)
        d.put("患者证件：", kind, " ", P("PASSPORT", num), "\n")
    d.put(
        "收款员：", P("NAME_CLINICIAN", cashier.name), "  工号", c.digits(4), "  终端：", P("IP", ip(c)), "\n"
    )
    d.put(
        "电子票据查询：",
        P("URL", f"https://einvoice.{c.ch(('czt', 'pjcx', 'ebill'))}.gov.cn/check/{c.token(16)}"),
        "\n",
    )
    if c.chance(0.6):
        d.put(
            "票据已发送至：",
            P(
                "EMAIL",
                f"{c.ch(('zhang', 'liu', 'momo', 'sun'))}{c.digits(6)}@{c.ch(('qq.com', '163.com', 'sina.com'))}",
            ),
            "\n",
        )
    d.put("提示：出院结算时凭此收据退补；⟦lab|血常规⟧、⟦pr|胸部CT⟧等检查费用从预交金中扣除。\n")
    return d


# --------------------------------------------------------------------------- 12 巡回医疗（下乡义诊）登记表


def xunhui_yiliao(c: Ctx) -> Doc:
    d = Doc()
    g = geo(c)
    v = day(c)
    team = people_zh(c, 2)
    rows = people_zh(c, c.ri(4, 5), minority=0.35)
    d.put(
        P("HOSPITAL", hosp_zh(c, g)),
        "医疗队 巡回医疗登记表\n地点：",
        P("ADDRESS_STREET", street_zh(c, g, 1.0).split("组")[0].rstrip("0123456789") + "村委会"),
        "  日期：",
        dzh(c, v),
        "\n",
    )
    d.put("医生：", P("NAME_CLINICIAN", team[0].name), "  护士：", P("NAME_CLINICIAN", team[1].name), "\n\n")
    d.put("| 姓名 | 年龄 | 住址 | 新农合证号 | 电话 | 血压 | 诊断/处理 |\n|---|---|---|---|---|---|---|\n")
    items = [
        ("⟦fi|高血压⟧", "⟦dr|氨氯地平⟧ ⟦do|5mg⟧ qd"),
        ("⟦fi|2型糖尿病⟧", "⟦lab|空腹血糖⟧ ⟦me|9.8mmol/L⟧，⟦dr|二甲双胍⟧ ⟦do|0.5g⟧ tid"),
        ("⟦fi|膝骨关节炎⟧", "⟦an|双膝⟧疼痛，⟦dr|双氯芬酸钠⟧外用"),
        ("⟦fi|慢性阻塞性肺疾病⟧", "⟦dr|噻托溴铵⟧ ⟦do|18μg⟧ qd"),
        ("⟦fi|包虫病⟧史", "建议⟦pr|腹部B超⟧复查"),
        ("⟦fi|白内障⟧", "转诊⟦pr|白内障超声乳化术⟧"),
    ]
    for p in rows:
        age, agev = _age(c, 0.3, 50)
        it = c.ch(items)
        d.put(
            "| ",
            P("NAME_PATIENT", p.name),
            " | ",
            agev,
            " | ",
            P("ADDRESS_STREET", street_zh(c, g, 1.0)),
            " | ",
            P("INSURANCE", c.digits(c.ch((12, 14)))),
            " | ",
        )
        d.put(
            P("PHONE", mobile(c)) if c.chance(0.6) else "无",
            " | ⟦me|" + f"{c.ri(118, 190)}/{c.ri(68, 110)}mmHg" + "⟧ | ",
            it[0],
            "，",
            it[1],
            " |\n",
        )
    d.put("\n共诊治", str(len(rows)), "人。行动不便者由村医", P("NAME_CLINICIAN", pz(c).name), "陪同入户。\n")
    return d


TEMPLATES = [
    ("zh12_xinshai_zhaohui", xinshai_zhaohui),
    ("zh12_jingshen_qingjia", jingshen_qingjia),
    ("zh12_caiyang_dengji", caiyang_dengji),
    ("zh12_yidi_beian", yidi_beian),
    ("zh12_hugong_paiban", hugong_paiban),
    ("zh12_jiepian_dengji", jiepian_dengji),
    ("zh12_qixie_qingdian", qixie_qingdian),
    ("zh12_yifei_jiaojie", yifei_jiaojie),
    ("zh12_yujian_fenzhen", yujian_fenzhen),
    ("zh12_xiongtong_shijian", xiongtong_shijian),
    ("zh12_yujiaojin", yujiaojin),
    ("zh12_xunhui_yiliao", xunhui_yiliao),
]
