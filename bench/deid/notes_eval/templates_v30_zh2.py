# Longer than 450 lines: six document templates, each one function of literal text, kept together.
"""v30 Chinese templates, part 2 (README.md "v30"): 住院患者跌倒/坠床不良事件报告表, 脑死亡判定记录,
血浆置换治疗记录 (TSV), 玻璃体腔注药排程表 (fixed width), 负压封闭引流(VSD)换药记录 of a work injury and
多重耐药菌感染/定植患者接触隔离登记 CSV export."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

from _v30_kit import (
    ZH_EMPLOYERS,
    Doc,
    P,
    age_pair,
    cn,
    dob_for,
    id_card,
    landline,
    mobile,
    plus,
    rdate,
    relation_zh,
    yibao,
    zh_addr,
    zh_area,
    zh_doc,
    zh_hospital,
    zh_kin,
    zh_licence,
    zh_mrn,
    zh_names,
    zh_plate,
    zh_serial,
    zh_sex,
)


def _age(age):
    return [P("AGE_OVER_89", str(age)), "岁"] if age > 89 else f"{age}岁"


def _ip(c) -> str:
    return c.ch(
        (f"10.{c.ri(1, 254)}.{c.ri(0, 254)}.{c.ri(2, 254)}", f"192.168.{c.ri(0, 254)}.{c.ri(2, 254)}")
    )


def diedao_shijian(c):
    d = Doc()
    a = zh_area(c)
    h = zh_hospital(c, a)
    p, rn, hn, dr, rel = zh_names(c, 5)
    age = age_pair(c, 0.5, 62, 89)
    day = rdate(c)
    rw = relation_zh(c, p.sex, age, rel.sex)
    rel = zh_kin(c, p, rw, rel)
    d.put(P("HOSPITAL", h), "\n住院患者跌倒/坠床不良事件报告表\n")
    d.put(
        "事件编号：", P("OTHER_ID", f"BL{day.year}{c.digits(5)}"), "    上报终端：", P("IP", _ip(c)), "\n\n"
    )
    d.put("一、患者信息\n")
    d.put(
        "  姓名：",
        P("NAME_PATIENT", p.name),
        "  性别：",
        zh_sex(p.sex),
        "  年龄：",
        _age(age),
        "  住院号：",
        P("MRN", zh_mrn(c)),
        "\n",
    )
    d.put(
        "  诊断：",
        c.ch(
            ("⟦fi|股骨颈骨折术后⟧", "⟦fi|慢性心力衰竭⟧", "⟦fi|脑梗死⟧", "⟦fi|2型糖尿病⟧伴⟦fi|周围神经病变⟧")
        ),
        "\n",
    )
    d.put(
        f"  ⟦ep|Morse跌倒风险评估量表⟧：⟦me|{c.ch((45, 55, 65, 75))}分⟧（高危），⟦ep|Barthel指数⟧⟦me|{c.ch((35, 45, 55, 60))}分⟧\n\n"
    )
    d.put("二、事件经过\n  发生时间：", P("DATE", cn(day, c=c)), f" {c.ri(0, 23):02d}:{c.ri(0, 59):02d}\n")
    d.put(
        f"  发生地点：{c.ch(('病房卫生间', '床旁', '走廊', '病房门口'))}。患者夜间如厕时自行下床，",
        c.ch(("服用⟦dr|艾司唑仑⟧⟦do|1mg⟧后", "使用⟦dr|呋塞米⟧后尿频", "⟦fi|体位性低血压⟧")),
        f"，跌坐于地。陪护{rw}",
        P("NAME_RELATIVE", rel.name),
        "当时在旁。\n",
    )
    d.put("  发现人：护士", P("NAME_CLINICIAN", rn.name), "，立即通知值班医生", zh_doc(dr, "医生"), "。\n")
    d.put(
        "  伤情：",
        c.ch(
            (
                "无明显损伤",
                "⟦an|右前额⟧⟦fi|皮肤挫伤⟧",
                "⟦an|左腕⟧肿痛，⟦pr|腕关节X线⟧未见骨折",
                "⟦fi|头皮血肿⟧，⟦pr|头颅CT⟧未见出血",
            )
        ),
        f"；⟦me|血压 {c.ri(96, 168)}/{c.ri(52, 92)}mmHg⟧，⟦lab|末梢血糖 {c.fl(4.2, 12.8)}mmol/L⟧。\n\n",
    )
    d.put("三、整改措施：床栏双侧拉起，⟦pr|防跌倒宣教⟧，夜间留灯，床头悬挂警示标识。\n")
    d.put("已告知家属，联系电话：", P("PHONE", mobile(c)), "\n")
    d.put(
        "上报人：",
        P("NAME_CLINICIAN", rn.name),
        "    护士长：",
        P("NAME_CLINICIAN", hn.name),
        "    上报日期：",
        P("DATE", cn(plus(day, c.ri(0, 1)), c=c)),
        "\n",
    )
    if c.chance(0.5):
        d.put("护理部传真：", P("FAX", landline(c, a)), "\n")
    return d


def xuejiang_zhihuan(c):
    d = Doc()
    a = zh_area(c)
    h = zh_hospital(c, a, "big")
    ppl = zh_names(c, 4)
    p, dr, nurses = ppl[0], ppl[1], ppl[2:]
    age = age_pair(c, 0.05, 16, 78)
    day = rdate(c)
    dob = dob_for(c, age, day)
    d.put(P("HOSPITAL", h), "\t血液净化中心\t血浆置换治疗记录\n")
    d.put("姓名\t", P("NAME_PATIENT", p.name), "\t性别\t", zh_sex(p.sex), "\t年龄\t", _age(age), "\n")
    d.put("住院号\t", P("MRN", zh_mrn(c)), "\t身份证号\t", P("ID_CARD", id_card(c, a, dob, p.sex)), "\n")
    d.put("医保卡号\t", P("INSURANCE", yibao(c, a)), "\n")
    if c.chance(0.5):
        d.put("结算号\t", P("ACCOUNT", f"JS{c.digits(10)}"), "\n")
    prov = c.chance(0.5)
    d.put("住址\t", zh_addr(c, a, prov), "\n")
    if c.chance(0.5):
        d.put("邮编\t", P("POSTCODE", a.post), "\n")
    if c.chance(0.5):
        d.put("工作单位\t", P("WORKPLACE", c.ch(ZH_EMPLOYERS)), "\n")
    d.put(
        "诊断\t",
        c.ch(
            (
                "⟦ep|吉兰-巴雷综合征⟧",
                "⟦fi|重症肌无力危象⟧",
                "⟦fi|血栓性血小板减少性紫癜⟧",
                "⟦fi|高脂血症性胰腺炎⟧",
                "⟦fi|抗GBM病⟧",
            )
        ),
        "\n血管通路\t",
        c.ch(("⟦an|右股静脉⟧", "⟦an|右颈内静脉⟧")),
        "双腔导管\n\n",
    )
    d.put("次数\t日期\t置换液\t置换量\t抗凝\t不良反应\t护士\n")
    cur = day
    for i in range(c.ri(3, 5)):
        rn = c.ch(nurses)
        d.put(
            f"{i + 1}\t",
            P("DATE", cn(cur, c.ch(("dash", "md")))),
            f"\t{c.ch(('⟦dr|新鲜冰冻血浆⟧', '⟦dr|5%人血白蛋白⟧'))}\t⟦me|{c.ch((2000, 2500, 3000))}ml⟧\t⟦dr|枸橼酸钠⟧\t",
            c.ch(
                (
                    "无",
                    "口周麻木，予⟦dr|10%葡萄糖酸钙⟧⟦do|10ml⟧静推",
                    "⟦fi|荨麻疹⟧，予⟦dr|地塞米松⟧⟦do|5mg⟧",
                    "无",
                )
            ),
            "\t",
            P("NAME_CLINICIAN", rn.name),
            "\n",
        )
        cur = plus(cur, c.ch((1, 2, 2)))
    d.put(f"\n治疗前后⟦lab|血浆纤维蛋白原 {c.fl(1.1, 3.9)}g/L⟧，⟦lab|血钙 {c.fl(1.9, 2.5, 2)}mmol/L⟧。\n")
    if c.chance(0.4):
        d.put("随访问卷\t", P("URL", f"https://sf.xuejing-care.cn/q/{c.token(10)}"), "\n")
    d.put("主管医生\t", zh_doc(dr, c.ch(("主任", "医生"))), "\n")
    return d


def boli_zhusha(c):
    d = Doc()
    a = zh_area(c)
    h = zh_hospital(c, a, "big")
    ppl = zh_names(c, 9)
    drs = ppl[:2]
    day = rdate(c)
    d.put(P("HOSPITAL", h), " 眼科日间手术室  玻璃体腔注药排程表\n")
    d.put("日期：", P("DATE", cn(day, c=c)), "    导出终端：", P("IP", _ip(c)), "\n")
    d.put("-" * 72 + "\n")
    d.put(
        f"{'序号':<4}{'门诊号':<12}{'姓名':<8}{'年龄':<6}{'眼别':<4}{'诊断':<16}{'药物':<10}{'术者':<6}电话\n"
    )
    for i, p in enumerate(ppl[2 : 2 + c.ri(3, 6)]):
        age = age_pair(c, 0.2, 48, 89)
        eye = c.ch(("OD", "OS"))
        dx = c.ch(
            (
                "⟦fi|湿性年龄相关性黄斑变性⟧",
                "⟦fi|糖尿病性黄斑水肿⟧",
                "⟦fi|视网膜静脉阻塞⟧",
                "⟦fi|病理性近视脉络膜新生血管⟧",
            )
        )
        drug = c.ch(("⟦dr|雷珠单抗⟧", "⟦dr|阿柏西普⟧", "⟦dr|康柏西普⟧", "⟦dr|法瑞西单抗⟧"))
        m = zh_mrn(c)
        dr = c.ch(drs)
        d.put(
            f"{i + 1:<6}",
            P("MRN", m),
            " " * max(1, 14 - len(m)),
            P("NAME_PATIENT", p.name),
            " " * max(1, 8 - len(p.name)),
        )
        d.put(
            _age(age),
            "   ",
            eye,
            "  ",
            dx,
            "  ",
            drug,
            "  ",
            P("NAME_CLINICIAN", dr.name),
            "  ",
            P("PHONE", mobile(c)),
            "\n",
        )
        if c.chance(0.4):
            d.put(
                "      就诊卡号 ",
                P("ACCOUNT", c.digits(10)),
                f"  ⟦me|视力 {c.ch(('0.1', '0.2', '0.3', '0.05', '0.4'))}⟧  ⟦lab|眼压 {c.ri(11, 21)}mmHg⟧\n",
            )
    d.put("-" * 72 + "\n")
    d.put("注：⟦pr|玻璃体腔注射⟧前三天⟦dr|左氧氟沙星滴眼液⟧点眼，术前⟦pr|OCT⟧复查⟦an|黄斑中心凹⟧厚度。\n")
    d.put("排程护士：", P("NAME_CLINICIAN", ppl[8].name), "\n")
    return d


def fuya_yinliu(c):
    d = Doc()
    a = zh_area(c)
    h = zh_hospital(c, a)
    p, dr, asst = zh_names(c, 3)
    age = age_pair(c, 0.02, 19, 62)
    day = rdate(c)
    dob = dob_for(c, age, day)
    d.put(P("HOSPITAL", h), " 创伤骨科\n负压封闭引流（VSD）换药记录\n\n")
    d.put(
        "姓名：",
        P("NAME_PATIENT", p.name),
        "  性别：",
        zh_sex(p.sex),
        "  年龄：",
        _age(age),
        "  住院号：",
        P("MRN", zh_mrn(c)),
        "\n",
    )
    if c.chance(0.8):
        d.put("身份证号：", P("ID_CARD", id_card(c, a, dob, p.sex)), "\n")
    d.put("用人单位：", P("WORKPLACE", c.ch(ZH_EMPLOYERS)), "\n")
    d.put("工伤保险个人编号：", P("INSURANCE", f"GS{c.digits(11)}"), "\n")
    d.put("家庭住址：", zh_addr(c, a, c.chance(0.8)), "  邮编：", P("POSTCODE", a.post), "\n")
    d.put("联系电话：", P("PHONE", mobile(c)), "\n")
    if c.chance(0.5):
        d.put(
            "受伤经过：上班途中驾驶电动车被小型轿车撞伤，肇事车辆号牌 ",
            P("VEHICLE", zh_plate(c, a)),
            "，交警事故认定书编号 ",
            P("OTHER_ID", f"{a.code[:4]}{day.year}{c.digits(6)}"),
            "。\n",
        )
    else:
        d.put(
            f"受伤经过：工作中被{c.ch(('机器卷入', '重物砸伤', '钢板割伤'))}，事故编号 ",
            P("OTHER_ID", f"SG-{c.digits(8)}"),
            "。\n",
        )
    side = c.ch(("左", "右"))
    d.put(
        "诊断：",
        c.ch(
            (
                f"⟦fi|{side}小腿开放性骨折⟧伴⟦fi|软组织缺损⟧",
                f"⟦fi|{side}足背皮肤撕脱伤⟧",
                f"⟦fi|{side}前臂毁损伤⟧",
            )
        ),
        "\n",
    )
    d.put("换药日期：", P("DATE", cn(day, c=c)), "\n")
    d.put(
        f"操作：拆除原⟦pr|VSD敷料⟧，创面约⟦me|{c.ri(6, 18)}cm×{c.ri(4, 10)}cm⟧，肉芽组织新鲜，⟦fi|骨外露⟧{c.ch(('已覆盖', '约1cm', '无'))}，"
        f"⟦dr|0.9%氯化钠注射液⟧冲洗，重新覆盖VSD，⟦me|负压 -{c.ch((125, 150, 200))}mmHg⟧持续吸引。\n"
    )
    if c.chance(0.6):
        d.put("负压吸引机序列号：", P("DEVICE", zh_serial(c)), "\n")
    d.put(
        f"⟦lab|C反应蛋白 {c.ri(4, 86)}mg/L⟧，创面分泌物培养：⟦lab|{c.ch(('阴性', '铜绿假单胞菌', '金黄色葡萄球菌'))}⟧。\n"
    )
    d.put(
        "下次换药：",
        P("DATE", cn(plus(day, c.ri(5, 7)), "md")),
        "，拟行",
        c.ch(("⟦pr|游离皮片移植术⟧", "⟦pr|腓肠肌皮瓣转移术⟧")),
        "。\n\n",
    )
    d.put(
        "主刀：",
        zh_doc(dr, "主任"),
        "  医师执业证书编号：",
        P("LICENSE", zh_licence(c)),
        "  助手：",
        P("NAME_CLINICIAN", asst.name),
        "\n",
    )
    return d


def naosiwang_panding(c):
    d = Doc()
    a = zh_area(c)
    h = zh_hospital(c, a, "big")
    p, j1, j2, rel, tech = zh_names(c, 5)
    age = age_pair(c, 0.05, 17, 76)
    day = rdate(c)
    dob = dob_for(c, age, day)
    d.put(P("HOSPITAL", h), " 重症医学科\n脑死亡判定记录\n\n")
    d.put(
        "姓名：",
        P("NAME_PATIENT", p.name),
        "  性别：",
        zh_sex(p.sex),
        "  年龄：",
        _age(age),
        "  住院号：",
        P("MRN", zh_mrn(c)),
        "\n",
    )
    if c.chance(0.7):
        d.put("身份证号：", P("ID_CARD", id_card(c, a, dob, p.sex)), "\n")
    if c.chance(0.7):
        d.put(
            "致病原因：驾驶小型轿车（号牌 ",
            P("VEHICLE", zh_plate(c, a)),
            "）与货车相撞，致⟦fi|重型颅脑损伤⟧、⟦fi|弥漫性轴索损伤⟧。\n",
        )
    else:
        d.put(
            "致病原因：",
            c.ch(("⟦fi|大面积脑梗死⟧", "⟦fi|自发性脑出血⟧破入脑室", "⟦fi|心肺复苏后缺血缺氧性脑病⟧")),
            "。\n",
        )
    d.put(
        f"判定前提：⟦fi|深昏迷⟧，⟦ep|Glasgow昏迷评分⟧⟦me|3分⟧；已排除⟦dr|咪达唑仑⟧、⟦dr|丙泊酚⟧等药物影响，⟦me|体温 {c.fl(36.0, 37.2)}℃⟧。\n\n"
    )
    first = day
    second = plus(day, 1)
    d.put("第一次判定：", P("DATE", cn(first, c=c)), f" {c.ri(8, 11)}:{c.ri(10, 59)}\n")
    d.put(
        "  临床判定：⟦an|瞳孔⟧散大固定，对光反射、角膜反射、⟦ep|头眼反射⟧、前庭眼反射、咳嗽反射均消失；"
        f"⟦pr|自主呼吸激发试验⟧：⟦lab|PaCO2 {c.ri(62, 84)}mmHg⟧，无自主呼吸。\n"
    )
    d.put(
        "  确认试验：⟦pr|脑电图⟧示电静息，检查号 ",
        P("ACCESSION", f"EEG{c.digits(8)}"),
        "；⟦pr|经颅多普勒超声⟧示振荡波，检查号 ",
        P("ACCESSION", f"TCD{c.digits(7)}"),
        "；⟦pr|正中神经短潜伏期体感诱发电位⟧ N9存在、P14/N18/N20消失。\n",
    )
    d.put("  脑电图技师：", P("NAME_CLINICIAN", tech.name), "\n")
    d.put("第二次判定：", P("DATE", cn(second, c.ch(("md", "ymd")))), "，结果同前，确认脑死亡。\n\n")
    d.put(
        "判定医师：",
        P("NAME_CLINICIAN", j1.name),
        "（执业证书编号 ",
        P("LICENSE", zh_licence(c)),
        "）、",
        zh_doc(j2, "主任"),
        "\n",
    )
    rw = relation_zh(c, p.sex, age, rel.sex)
    rel = zh_kin(c, p, rw, rel)
    d.put(
        "已向患者",
        rw,
        P("NAME_RELATIVE", rel.name),
        "告知判定结果，家属联系电话 ",
        P("PHONE", mobile(c)),
        "。\n",
    )
    return d


def naiyaojun_geli(c):
    d = Doc()
    a = zh_area(c)
    h = zh_hospital(c, a)
    ppl = zh_names(c, 8)
    exporter = ppl[0]
    day = rdate(c)
    d.put("# ", P("HOSPITAL", h), " 感染管理科 多重耐药菌感染/定植患者接触隔离登记\n")
    d.put(
        "# 导出日期,",
        P("DATE", cn(day, "dash")),
        ",导出人,",
        P("NAME_CLINICIAN", exporter.name),
        ",终端,",
        P("IP", _ip(c)),
        "\n",
    )
    d.put("病区,床号,住院号,姓名,年龄,菌种,标本,标本号,检出日期,措施\n")
    for p in ppl[1 : 1 + c.ri(3, 6)]:
        age = age_pair(c, 0.22, 30, 89)
        bug = c.ch(
            (
                "⟦fi|耐碳青霉烯类肺炎克雷伯菌⟧",
                "⟦fi|耐甲氧西林金黄色葡萄球菌⟧",
                "⟦fi|耐碳青霉烯类鲍曼不动杆菌⟧",
                "⟦fi|耐万古霉素肠球菌⟧",
                "⟦fi|产超广谱β-内酰胺酶大肠埃希菌⟧",
            )
        )
        spec = c.ch(("痰", "尿", "血", "伤口分泌物", "肛拭子"))
        d.put(
            f"{c.ch(('ICU', '神经外科', '呼吸内科', '老年科', '烧伤科'))},{c.ri(1, 46)},",
            P("MRN", zh_mrn(c)),
            ",",
            P("NAME_PATIENT", p.name),
            ",",
            _age(age),
            ",",
            bug,
            f",{spec},",
            P("ACCESSION", c.digits(10)),
            ",",
            P("DATE", cn(plus(day, -c.ri(0, 9)), c.ch(("dash", "mdd")))),
            f",{c.ch(('单间隔离', '床边隔离', '同种病原体集中安置'))}\n",
        )
    d.put("# 措施：⟦pr|手卫生⟧，⟦pr|接触隔离⟧，专用听诊器和血压计，⟦dr|含氯消毒剂⟧⟦do|500mg/L⟧擦拭物表；")
    d.put("治疗参考⟦dr|头孢他啶阿维巴坦⟧、⟦dr|替加环素⟧、⟦dr|利奈唑胺⟧（⟦lab|药敏试验⟧）\n")
    return d


TEMPLATES = [
    ("zh30_diedao_shijian", diedao_shijian),
    ("zh30_naosiwang_panding", naosiwang_panding),
    ("zh30_xuejiang_zhihuan", xuejiang_zhihuan),
    ("zh30_boli_zhusha", boli_zhusha),
    ("zh30_fuya_yinliu", fuya_yinliu),
    ("zh30_naiyaojun_geli", naiyaojun_geli),
]

__all__ = ["TEMPLATES", "zh_licence", "zh_serial"]
