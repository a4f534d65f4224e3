# Longer than 450 lines: six whole Chinese document templates, each a literal layout with its own fields.
"""v27 Chinese templates, part 1 (6 of 12; TEMPLATES lists all 12). README.md "v27"."""

# ruff: noqa: E501  (document lines are data)

from __future__ import annotations

import _v27_kit as k
import templates_v27_zh2
from _v27_kit import Doc, P


def _age_p(age):
    return P("AGE_OVER_89", str(age)) if age > 89 else str(age)


def _surname(n):
    return next((s for s in ("欧阳", "司马", "上官") if n.startswith(s)), n[0])


def zh27_haocai(c):
    """高值医用耗材植入使用登记表 (device serials per implant)."""
    d = Doc()
    a = k.zh_area(c)
    ref = k.ddate(c)
    name, sex = k.zh_name(c)
    old = c.chance(0.2)
    age = c.ri(90, 98) if old else c.ri(35, 86)
    dob = k.dob_for_age(c, age, ref)
    hosp = k.zh_hosp(c, a, "city")
    surg, _ = k.zh_name(c)
    d.put(P("HOSPITAL", hosp), "\n高值医用耗材植入使用登记表\n\n")
    d.put(
        "住院号：",
        P("MRN", c.digits(8)),
        "    科室：",
        c.pick("骨科", "心内科", "血管外科", "神经外科"),
        "    床号：",
        c.ri(1, 60),
        "\n",
    )
    d.put(
        "姓名：",
        P("NAME_PATIENT", name),
        "  性别：",
        "男" if sex == "M" else "女",
        "  年龄：",
        _age_p(age),
        "岁\n",
    )
    foreign = c.chance(0.35)
    if foreign:
        if c.chance(0.5):
            d.put(
                "证件：护照 ",
                P(
                    "PASSPORT",
                    f"E{c.digits(8, False)}" if c.chance(0.5) else f"{c.letters(2)}{c.digits(7, False)}",
                ),
                "（外籍）\n",
            )
        else:
            d.put("证件：港澳居民来往内地通行证 ", P("PASSPORT", k.hk_permit(c)), "\n")
    else:
        d.put("身份证号：", P("ID_CARD", k.id_card(c, a[3], dob, sex)), "\n")
    d.put(
        "医保类别：",
        c.pick("职工医保", "城乡居民医保"),
        "  医保卡号：",
        P("INSURANCE", f"{a[3][:4]}{c.digits(10, False)}"),
        "\n",
    )
    d.put("联系电话：", P("PHONE", k.mobile(c)), "  住址：", k.zh_addr(c, a), "\n")
    d.put("手术日期：", P("DATE", k.zd(ref, k.zstyle(c))), "  手术名称：")
    proc = c.ch(
        (
            ("⟦pr|全髋关节置换术⟧", "⟦fi|股骨头坏死⟧", ("髋臼杯", "股骨柄", "陶瓷球头")),
            (
                "⟦pr|双腔起搏器植入术⟧",
                "⟦fi|病态窦房结综合征⟧",
                ("脉冲发生器", "心房电极导线", "心室电极导线"),
            ),
            ("⟦pr|经皮冠状动脉介入治疗⟧", "⟦fi|急性前壁心肌梗死⟧", ("药物洗脱支架", "药物洗脱支架")),
            ("⟦pr|腰椎后路椎间融合术⟧", "⟦fi|腰椎滑脱症⟧", ("椎弓根螺钉", "椎间融合器")),
        )
    )
    d.put(proc[0], "\n术前诊断：", proc[1], "\n\n")
    d.put("| 耗材名称 | 规格型号 | 批号 | 序列号 | 数量 |\n|---|---|---|---|---|\n")
    for item in proc[2]:
        d.put(
            f"| {item} | {c.letters(2)}-{c.ri(10, 99)} | {c.digits(8, False)} | ",
            P("DEVICE", k.device_serial(c)),
            " | 1 |\n",
        )
    d.put(
        "\n术前⟦ep|Harris髋关节评分⟧或⟦ep|NYHA心功能分级⟧已评估。\n术中：",
        c.pick("⟦me|出血量200ml⟧，", "⟦me|出血量50ml⟧，", "⟦me|透视时间8分钟⟧，"),
        "⟦dr|头孢唑林钠⟧⟦do|2g⟧术前预防。",
    )
    d.put("术后复查⟦lab|肌钙蛋白I 0.02ng/ml⟧。\n")
    d.put(
        "植入卡已交患者",
        c.pick("本人", "家属"),
        "，追溯查询：",
        P("URL", f"https://udi.{c.pick('hcq', 'ylhc', 'gzhc')}.cn/q/{c.token(10)}"),
        "\n",
    )
    d.put(
        "主刀医师：",
        P("NAME_CLINICIAN", surg),
        "  执业证书编号：",
        P("LICENSE", k.zh_license(c)),
        "  器械护士：",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "\n",
    )
    d.put(
        "设备科审核：",
        P("NAME_CLINICIAN", _surname(k.zh_name(c)[0])),
        "主任  登记日期：",
        P("DATE", k.zd(k.ddate(c, ref, ref.replace(day=28) if ref.day < 28 else ref), "dash")),
        "\n",
    )
    return d


def zh27_quexian(c):
    """出生缺陷儿登记卡 (hospital-based birth-defect surveillance)."""
    d = Doc()
    a = k.zh_area(c)
    ref = k.ddate(c)
    mom, _ = k.zh_name(c, "F")
    dad, _ = k.zh_name(c, "M")
    mdob = k.dob_for_age(c, c.ri(19, 42), ref)
    hosp = k.zh_hosp(c, a)
    d.put(
        "出生缺陷儿登记卡\n医院：",
        P("HOSPITAL", hosp),
        "  卡号：",
        P("OTHER_ID", f"{a[3]}{ref.year}{c.digits(4, False)}"),
        "\n\n",
    )
    d.put(
        "产妇姓名：",
        P("NAME_RELATIVE", mom),
        "  住院号：",
        P("MRN", c.digits(7)),
        "  年龄：",
        str(k.age_of(mdob, ref)),
        "\n",
    )
    d.put("身份证号：", P("ID_CARD", k.id_card(c, a[3], mdob, "F")), "\n")
    d.put("丈夫姓名：", P("NAME_RELATIVE", dad), "  联系电话：", P("PHONE", k.mobile(c)), "\n")
    d.put("户籍地址：", k.zh_addr(c, a, True), "  邮编：", P("POSTCODE", a[4]), "\n")
    sex = c.pick("男", "女")
    small = c.ch(k.ZH_SMALL)
    d.put(
        "缺陷儿：",
        c.pick(
            ["", P("NAME_PATIENT", _surname(dad) + c.ch(k.ZH_GIVEN))],
            ["（小名", P("NAME_PATIENT", small), "）"],
        ),
        "  性别：",
        sex,
        "  出生日期：",
        P("DATE", k.zd(ref, k.zstyle(c))),
        "\n",
    )
    d.put(
        f"胎龄：⟦me|{c.ri(30, 41)}周⟧  出生体重：⟦me|{c.ri(1500, 4100)}g⟧  胎数：单胎  转归：",
        c.pick("存活", "7天内死亡", "治疗性引产"),
        "\n",
    )
    d.put("诊断依据：临床、⟦pr|彩色多普勒超声⟧、", c.pick("⟦pr|染色体核型分析⟧", "⟦pr|CT⟧"), "\n")
    d.put(
        "⟦ep|Apgar评分⟧见产时记录\n出生缺陷诊断：",
        c.pick(
            "⟦fi|先天性心脏病⟧（⟦fi|室间隔缺损⟧）",
            "⟦fi|唇腭裂⟧",
            "⟦fi|多指（趾）⟧",
            "⟦fi|21三体综合征⟧",
            "⟦fi|先天性脑积水⟧",
            "⟦fi|马蹄内翻足⟧",
        ),
        "\n",
    )
    d.put(
        "孕早期情况：",
        c.pick(
            "⟦fi|发热⟧，服⟦dr|对乙酰氨基酚⟧",
            "服⟦dr|叶酸⟧⟦do|0.4mg qd⟧",
            "无特殊",
            "⟦fi|妊娠期糖尿病⟧，⟦dr|门冬胰岛素⟧",
        ),
        "\n",
    )
    d.put(
        "产前检查：",
        c.pick("⟦lab|唐氏筛查高风险⟧", "⟦lab|NIPT低风险⟧", "未做筛查"),
        "，B超号 ",
        P("ACCESSION", f"US{c.digits(8, False)}"),
        "\n",
    )
    if c.chance(0.5):
        d.put("家族史：外祖母", P("NAME_RELATIVE", k.zh_name(c, "F")[0]), "有类似畸形（已故）\n")
    rep, _ = k.zh_name(c)
    d.put(
        "\n填表人：",
        P("NAME_CLINICIAN", rep),
        "  审核：",
        P("NAME_CLINICIAN", _surname(k.zh_name(c)[0])),
        "主任  填表日期：",
        P("DATE", k.zd(k.ddate(c, ref, ref.replace(day=28) if ref.day < 28 else ref), "cn")),
        "\n",
    )
    d.put(
        "妇幼保健院传真：",
        P("FAX", k.landline(c, a)),
        c.pick(
            ["  邮箱：", P("EMAIL", f"csqx_{c.ri(1, 99)}@{c.pick('163.com', 'qq.com', 'fy.gov.cn')}")], ""
        ),
        "\n",
    )
    return d


def zh27_zhongshu(c):
    """职业性中暑病例报告卡 (heat illness at work)."""
    d = Doc()
    a = k.zh_area(c)
    ref = k.ddate(c)
    ref = ref.replace(month=c.ri(6, 8), day=c.ri(1, 28))
    name, sex = k.zh_name(c, c.pick("M", "M", "F"))
    dob = k.dob_for_age(c, c.ri(19, 62), ref)
    emp = c.ch(
        (
            "宏达建筑劳务有限公司",
            "华鑫钢铁集团",
            "顺丰速运分拨中心",
            "金穗农业合作社",
            "远航造船有限公司",
            "城市道路养护中心",
            "恒通物流园",
        )
    )
    hosp = k.zh_hosp(c, a)
    d.put("职业性中暑病例报告卡\n编号：", P("OTHER_ID", f"ZS{ref.year}{c.digits(5, False)}"), "\n\n")
    d.put(
        "姓名：",
        P("NAME_PATIENT", name),
        "  性别：",
        "男" if sex == "M" else "女",
        "  出生日期：",
        P("DATE", k.zd(dob, "dash")),
        "\n",
    )
    d.put(
        "身份证号：",
        P("ID_CARD", k.id_card(c, a[3], dob, sex)),
        "  联系电话：",
        P("PHONE", k.mobile(c)),
        "\n",
    )
    d.put(
        "用人单位：",
        P("WORKPLACE", emp),
        "  工种：",
        c.pick("钢筋工", "炉前工", "快递分拣员", "环卫工", "电焊工"),
        "\n",
    )
    d.put("现住址：", k.zh_addr(c, a), "  邮编：", P("POSTCODE", a[4]), "\n")
    d.put(
        "发病日期：",
        P("DATE", k.zd(ref, k.zstyle(c))),
        "  发病时气温：⟦me|38℃⟧  诊断日期：",
        P("DATE", k.zd(ref, "md")),
        "\n",
    )
    d.put("就诊医院：", P("HOSPITAL", hosp), "  住院号：", P("MRN", c.digits(7)), "\n\n")
    d.put("诊断：", c.pick("⟦fi|热射病⟧", "⟦fi|热痉挛⟧", "⟦fi|热衰竭⟧"), "（职业性重症中暑）\n")
    d.put(
        f"入院⟦me|核心体温{c.fl(39.8, 42.1)}℃⟧，⟦me|GCS {c.ri(6, 14)}分⟧，⟦lab|肌酸激酶 {c.ri(800, 25000)}U/L⟧，⟦lab|肌酐 {c.ri(90, 420)}μmol/L⟧，"
    )
    d.put(
        c.pick("⟦fi|横纹肌溶解⟧", "⟦fi|急性肾损伤⟧", "⟦fi|弥散性血管内凝血⟧"),
        "。予⟦pr|冰毯降温⟧、⟦pr|血液净化⟧、⟦dr|乌司他丁⟧、⟦dr|复方氯化钠注射液⟧补液。\n",
    )
    d.put("转归：", c.pick("治愈", "好转", "死亡"), "\n\n")
    rp, _ = k.zh_name(c)
    d.put(
        "报告人：",
        P("NAME_CLINICIAN", rp),
        "  联系电话：",
        P("PHONE", k.landline(c, a)),
        "  传真：",
        P("FAX", k.landline(c, a)),
        "\n",
    )
    d.put(
        "邮箱：",
        P("EMAIL", f"{c.pick('zyb', 'bgk', 'fbk')}{c.ri(10, 999)}@{c.pick('163.com', '126.com', 'qq.com')}"),
        "  报告日期：",
        P("DATE", k.zd(ref, "dot")),
        "\n",
    )
    d.put("网络直报终端IP：", P("IP", k.ipv4(c)), "\n")
    return d


def zh27_nishui(c):
    """淹溺患者急救及抢救记录."""
    d = Doc()
    a = k.zh_area(c)
    ref = k.ddate(c)
    child = c.chance(0.45)
    old = not child and c.chance(0.3)
    age = c.ri(3, 13) if child else (c.ri(90, 96) if old else c.ri(18, 75))
    name, sex = k.zh_name(c)
    dob = k.dob_for_age(c, age, ref)
    hosp = k.zh_hosp(c, a)
    d.put(
        P("HOSPITAL", hosp),
        " 急诊科\n淹溺患者抢救记录\n急诊号：",
        P("MRN", c.digits(9)),
        "  就诊卡号：",
        P("ACCOUNT", c.digits(10)),
        "\n\n",
    )
    d.put("患者：", P("NAME_PATIENT", name), "，", "男" if sex == "M" else "女", "，", _age_p(age), "岁。")
    tourist = c.chance(0.4)
    if tourist:
        if c.chance(0.5):
            d.put(
                "外籍游客，护照号",
                P("PASSPORT", f"{c.letters(1)}{c.digits(8, False)}"),
                "，英文名",
                P("NAME_PATIENT", c.ch(k.ZH_FOREIGN)),
                "。",
            )
        else:
            d.put("来内地旅游，港澳通行证", P("PASSPORT", k.hk_permit(c)), "。")
    else:
        d.put("身份证号", P("ID_CARD", k.id_card(c, a[3], dob, sex)), "，住", k.zh_addr(c, a, False), "。")
    rel, _ = k.zh_name(c)
    d.put(
        "\n陪同人：",
        c.pick("其父", "其母") if child else c.pick("其子", "其女", "其配偶", "其兄"),
        P("NAME_RELATIVE", rel),
        "，电话",
        P("PHONE", k.mobile(c)),
        "。\n",
    )
    d.put(
        "来院时间：",
        P("DATE", k.zd(ref, k.zstyle(c))),
        f" {c.ri(8, 20)}:{c.ri(0, 59):02d}，由",
        c.pick(
            ["家属私家车（", P("VEHICLE", k.zh_plate(c, a[6])), "）送入"],
            ["120送入，车牌", P("VEHICLE", k.zh_plate(c, a[6]))],
            "路人送入",
        ),
        "。\n",
    )
    d.put(
        "现病史：于",
        c.pick("水库", "鱼塘", "河道", "游泳馆", "海滩"),
        f"落水约{c.ri(2, 15)}分钟后被救起，现场⟦pr|心肺复苏⟧约{c.ri(2, 20)}分钟。\n",
    )
    d.put(
        f"查体：⟦me|T {c.fl(34.0, 37.5)}℃⟧ ⟦me|P {c.ri(40, 150)}次/分⟧ ⟦me|SpO2 {c.ri(70, 96)}%⟧，⟦an|双肺⟧可闻及湿啰音，⟦me|GCS {c.ri(3, 15)}分⟧。\n"
    )
    d.put(
        "辅助检查：⟦lab|动脉血pH 7.21⟧，⟦lab|乳酸 6.4mmol/L⟧，胸部CT（检查号",
        P("ACCESSION", f"CT{c.digits(9, False)}"),
        "）示⟦fi|双肺弥漫渗出⟧。\n",
    )
    d.put(
        "淹溺分级：⟦ep|Szpilman分级⟧评估。\n诊断：⟦fi|淹溺⟧，⟦fi|吸入性肺炎⟧，",
        c.pick("⟦fi|急性呼吸窘迫综合征⟧", "⟦fi|缺氧缺血性脑病⟧", "⟦fi|低体温⟧"),
        "\n",
    )
    d.put(
        "处理：⟦pr|气管插管⟧、⟦pr|机械通气⟧（⟦me|PEEP 10cmH2O⟧），⟦dr|甲泼尼龙⟧⟦do|40mg静滴⟧，⟦dr|哌拉西林他唑巴坦⟧，收入ICU。\n\n"
    )
    d.put(
        "抢救医师：",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "  护士：",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "  上级医师：",
        P("NAME_CLINICIAN", _surname(k.zh_name(c)[0])),
        "主任\n",
    )
    return d


def zh27_yizhen(c):
    """社区义诊登记表导出 (CSV)."""
    d = Doc()
    a = k.zh_area(c, False)
    ref = k.ddate(c)
    user = k.zh_name(c)[0]
    d.put(
        "# ",
        a[2],
        c.pick("重阳节", "全国高血压日", "联合国糖尿病日", "学雷锋日"),
        "义诊登记导出，",
        P("DATE", k.zd(ref, "dash")),
        "，导出人",
        P("NAME_CLINICIAN", user),
        "，IP ",
        P("IP", k.ipv4(c)),
        "\n",
    )
    d.put("序号,姓名,性别,年龄,证件号,手机,住址,血压,血糖,医生,备注\n")
    for i in range(c.ri(4, 6)):
        name, sex = k.zh_name(c)
        age = c.ri(90, 99) if c.chance(0.15) else c.ri(45, 88)
        dob = k.dob_for_age(c, age, ref)
        d.put(f"{i + 1},", P("NAME_PATIENT", name), ",", "男" if sex == "M" else "女", ",", _age_p(age), ",")
        r = c.r.random()
        if r < 0.12:
            d.put(P("PASSPORT", k.hk_permit(c)), ",")
        elif r < 0.2:
            d.put("", ",")
        else:
            d.put(P("ID_CARD", k.id_card(c, a[3], dob, sex)), ",")
        d.put(P("PHONE", k.mobile(c)), ",", P("ADDRESS_STREET", k.zh_street(c, a)), ",")
        d.put(
            f"⟦me|{c.ri(110, 185)}/{c.ri(60, 105)}mmHg⟧,⟦lab|空腹血糖{c.fl(4.5, 13.9)}mmol/L⟧,",
            P("NAME_CLINICIAN", k.zh_name(c)[0]),
            ",",
        )
        d.put(
            c.pick(
                "建议⟦dr|氨氯地平⟧⟦do|5mg qd⟧",
                "⟦fi|2型糖尿病⟧随访",
                ["女儿", P("NAME_RELATIVE", k.zh_name(c, "F")[0]), "代填"],
                "⟦pr|心电图⟧未见异常",
                "⟦fi|颈动脉斑块⟧待查",
                "",
            ),
            "\n",
        )
    d.put("# 合计", "\n")
    return d


def zh27_diaodu(c):
    """120急救调度受理记录."""
    d = Doc()
    a = k.zh_area(c)
    ref = k.ddate(c)
    name, sex = k.zh_name(c)
    old = c.chance(0.3)
    age = c.ri(90, 99) if old else c.ri(1, 85)
    caller, _ = k.zh_name(c)
    d.put(
        P("HOSPITAL", f"{a[1]}急救指挥调度中心"),
        "  受理记录\n受理号：",
        P("OTHER_ID", f"{ref.year}{ref.month:02d}{ref.day:02d}{c.digits(4, False)}"),
        "\n",
    )
    d.put(
        "受理日期：",
        P("DATE", k.zd(ref, c.pick("dash", "cn"))),
        f"  来电时间：{c.ri(0, 23):02d}:{c.ri(0, 59):02d}:{c.ri(0, 59):02d}\n",
    )
    d.put(
        "主叫号码：",
        P("PHONE", k.mobile(c)),
        "  呼救人：",
        P("NAME_RELATIVE", caller),
        "（",
        c.pick("患者之子", "患者之女", "患者配偶", "邻居"),
        "）\n",
    )
    d.put(
        "患者姓名：",
        P("NAME_PATIENT", name),
        "  性别：",
        "男" if sex == "M" else "女",
        "  年龄：",
        _age_p(age),
        "\n",
    )
    if c.chance(0.3):
        d.put("备注：外籍，护照", P("PASSPORT", f"{c.letters(2)}{c.digits(7, False)}"), "，需英语沟通\n")
    d.put(
        "呼救地址：",
        k.zh_addr(c, a, False),
        "（",
        c.pick("小区东门", "菜市场旁", "加油站对面", "村委会北侧"),
        "）\n",
    )
    cc = c.ch(
        (
            ("⟦fi|胸痛⟧2小时", "⟦fi|急性冠脉综合征⟧"),
            ("突发⟦fi|意识障碍⟧", "⟦fi|脑卒中⟧"),
            ("⟦fi|呼吸困难⟧", "⟦fi|慢性阻塞性肺疾病急性加重⟧"),
            ("摔倒后⟦an|髋部⟧疼痛", "⟦fi|股骨颈骨折⟧"),
            ("⟦fi|抽搐⟧", "⟦fi|癫痫持续状态⟧"),
        )
    )
    d.put("主诉：", cc[0], "；预判：", cc[1], "\n")
    d.put("电话指导：", c.pick("⟦dr|阿司匹林⟧⟦do|300mg嚼服⟧", "保持侧卧位", "⟦pr|心肺复苏⟧指导"), "\n\n")
    d.put(
        "派车：",
        P("VEHICLE", k.zh_plate(c, a[6])),
        "  分站：",
        c.pick("城东", "城西", "开发区", "中心"),
        "分站\n",
    )
    doc, _ = k.zh_name(c)
    d.put(
        "随车医生：",
        P("NAME_CLINICIAN", doc),
        "  护士：",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "  驾驶员：",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "\n",
    )
    d.put("送达医院：", P("HOSPITAL", k.zh_hosp(c, a)), f"  到达现场用时{c.ri(6, 25)}分钟\n")
    d.put(
        f"现场：⟦me|BP {c.ri(80, 190)}/{c.ri(40, 110)}mmHg⟧，⟦me|SpO2 {c.ri(82, 99)}%⟧，⟦pr|十二导联心电图⟧",
        c.pick("示⟦fi|ST段抬高⟧", "未见明显异常"),
        "\n",
    )
    d.put(
        "调度员：",
        P("NAME_CLINICIAN", k.zh_name(c)[0]),
        "（工号",
        c.ri(1000, 9999),
        "）  录音：",
        P("URL", f"http://{c.pick('ddrec', 'cc120')}.{c.pick('jj', 'ems')}.local/rec/{c.token(12)}"),
        "  坐席IP：",
        P("IP", k.ipv4(c)),
        "\n",
    )
    return d


TEMPLATES = [
    ("zh27_haocai", zh27_haocai),
    ("zh27_quexian", zh27_quexian),
    ("zh27_zhongshu", zh27_zhongshu),
    ("zh27_nishui", zh27_nishui),
    ("zh27_yizhen", zh27_yizhen),
    ("zh27_diaodu", zh27_diaodu),
    *templates_v27_zh2.TEMPLATES,
]
