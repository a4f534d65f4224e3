# Longer than 450 lines: six whole Chinese document templates, each a literal layout with its own fields.
"""v26 Chinese templates, part 1 (six of twelve; TEMPLATES lists all twelve)."""

# ruff: noqa: E501  (document lines are kept as they would be printed)

from __future__ import annotations

import _v26_kit as k
from _core import Doc
from _v26_kit import P

SEX = {"M": "男", "F": "女"}


def _age(c, p_old):
    old = c.chance(p_old)
    return old, (c.ri(90, 99) if old else c.ri(18, 86))


def _age_p(old, age):
    return P("AGE_OVER_89", str(age)) if old else str(age)


def _doc(c):
    return P("NAME_CLINICIAN", k.zh_name(c, minority=0.05))


def _sur_doc(c, title):
    return [P("NAME_CLINICIAN", k.zh_sur(c)), title]


# --------------------------------------------------------------------------- 烧伤面积评估及补液记录单


def zh26_shaoshang(c):
    d = Doc()
    a = k.zh_area(c, rural=False)
    sex = c.ch("MF")
    name = k.zh_name(c, sex)
    on = k.rdate(c, 2020, 2025)
    old, age = _age(c, 0.2)
    dob = k.dob_for(c, age, on)
    hosp = c.ch((f"{a[2]}第三医院烧伤整形科", f"{a[2]}第四人民医院", f"{a[2]}烧伤专科医院"))
    d.add("{h}\n烧伤患者入院评估及补液记录单\n\n", h=P("HOSPITAL", hosp))
    d.add(
        "姓名：{n}  性别：{s}  年龄：{a}岁  住院号：{mrn}\n",
        n=P("NAME_PATIENT", name),
        s=SEX[sex],
        a=_age_p(old, age),
        mrn=P("MRN", c.digits(8)),
    )
    d.add(
        "身份证号：{id}  医保卡号：{yb}\n",
        id=P("ID_CARD", k.id_card(c, a, dob, sex)),
        yb=P("INSURANCE", k.yibao(c)),
    )
    d.add(
        "住址：",
    )
    d.put(k.zh_addr(c, a, with_prov=c.chance(0.5)))
    if c.chance(0.5):
        d.add("  邮编：{pc}", pc=P("POSTCODE", a[4]))
    d.add("\n")
    if c.chance(0.7) and not old:
        d.add(
            "工作单位：{w}（工伤，{why}）\n",
            w=P(
                "WORKPLACE",
                c.ch(
                    (
                        f"{k.short_city(a)[:-1]}热电有限公司",
                        f"{k.short_city(a)[:-1]}钢铁集团炼钢车间",
                        f"{a[3]}宏达铸造厂",
                        f"{k.short_city(a)[:-1]}化工有限公司",
                        f"{a[3]}百味餐饮店",
                    )
                ),
            ),
            why=c.ch(("锅炉爆燃", "高温钢水溅伤", "燃气泄漏爆炸", "热油烫伤")),
        )
    d.add(
        "联系人：{r}（{rr}）  电话：{ph}\n",
        **k.zh_rel(c, "r", "rr", ("配偶", "儿子", "女儿", "父亲", "姐姐"), psex=sex),
        ph=P("PHONE", k.mobile(c)),
    )
    d.add(
        "受伤时间：{dt} {h}:{m:02d}  入院：{dt2}\n\n",
        dt=P("DATE", k.d_zh(on, "iso")),
        h=c.ri(0, 23),
        m=c.ri(0, 59),
        dt2=P("DATE", k.d_zh(on, "md")),
    )
    tb = c.ri(15, 65)
    d.add(
        "烧伤面积（中国新九分法）：⟦me|总面积{tb}%TBSA⟧，其中⟦me|深Ⅱ度{d2}%⟧、⟦me|Ⅲ度{d3}%⟧；部位：⟦an|头面部⟧、⟦an|双上肢⟧、⟦an|躯干前侧⟧。\n",
        tb=tb,
        d2=tb // 2,
        d3=tb // 4,
    )
    d.add(
        "合并⟦fi|吸入性损伤⟧（⟦pr|纤维支气管镜检查⟧见⟦an|声门⟧下黏膜充血），⟦me|体重{w}kg⟧。\n",
        w=c.ri(48, 92),
    )
    d.add(
        "补液：按⟦ep|Parkland公式⟧计算首个24小时晶体液约{v}ml，⟦dr|乳酸林格液⟧，前8小时输入一半。\n",
        v=4 * tb * 60,
    )
    d.add("时段 | 入量ml | ⟦me|尿量ml/h⟧ | HR | 记录护士\n")
    for i in range(c.ri(3, 5)):
        d.add(
            "第{i}小时 | {vin} | {u} | {hr} | {n}\n",
            i=(i + 1) * 2,
            vin=c.ri(600, 1800),
            u=c.ri(20, 80),
            hr=c.ri(88, 140),
            n=P("NAME_CLINICIAN", k.zh_name(c, "F")),
        )
    d.add(
        "\n检验：⟦lab|血红蛋白{hb}g/L⟧，⟦lab|白蛋白{al}g/L⟧，⟦lab|碳氧血红蛋白{co}%⟧。\n",
        hb=c.ri(120, 190),
        al=c.ri(22, 40),
        co=c.fl(1, 12),
    )
    d.add("处理：⟦pr|焦痂切开减张术⟧，创面⟦dr|磺胺嘧啶银⟧外用，⟦dr|破伤风免疫球蛋白⟧⟦do|250IU肌注⟧。\n")
    d.add(
        "主管医师：{dn}（执业证书编号：{lic}）  上级医师：", dn=_doc(c), lic=P("LICENSE", f"1{c.digits(14)}")
    )
    d.put(_sur_doc(c, "主任"))
    d.add("\n")
    return d


# --------------------------------------------------------------------------- 托幼机构手足口病病例登记表（导出）


def zh26_shouzukou(c):
    d = Doc()
    a = k.zh_area(c)
    on = k.rdate(c, 2021, 2025)
    kg = c.ch((f"{a[3]}第二幼儿园", f"{a[3]}{c.ch(k.ZH_COMPOUNDS)}幼儿园", f"{a[3]}实验幼儿园"))
    d.add(
        "{kg} 手足口病病例登记表（系统导出）\n导出时间：{dt}  导出终端：{ip}\n",
        kg=kg,
        dt=P("DATE", k.d_zh(on, "sl")),
        ip=P("IP", k.ip(c)),
    )
    d.add(
        "序号,姓名,小名,性别,出生日期,班级,家长,联系电话,家庭住址,发病日期,就诊医院,门诊号,肛拭子标本号,诊断\n"
    )
    for i in range(c.ri(3, 5)):
        sex = c.ch("MF")
        sur = k.zh_sur(c)
        name = sur + c.ch(k.ZH_GIVEN_F if sex == "F" else k.ZH_GIVEN_M)
        dob = k.dob_for(c, c.ri(2, 5), on)
        onset = k.plus(on, -c.ri(1, 6))
        d.add(
            "{i},{n},{x},{s},{dob},{cl},{p},{ph},{ad},{od},{h},{mrn},{acc},{dx}\n",
            i=i + 1,
            n=P("NAME_PATIENT", name),
            x=P("NAME_PATIENT", c.ch(k.ZH_XIAOMING)) if c.chance(0.6) else "",
            s=SEX[sex],
            dob=P("DATE", k.d_zh(dob, "iso")),
            cl=c.ch(("小一班", "中二班", "大三班", "托班")),
            p=P("NAME_RELATIVE", sur + c.ch(k.ZH_GIVEN_M + k.ZH_GIVEN_F)),
            ph=P("PHONE", k.mobile(c)),
            ad=P("ADDRESS_STREET", k.zh_street(c, a)),
            od=P("DATE", k.d_zh(onset, "md")),
            h=P("HOSPITAL", k.zh_hospital(c, a)),
            mrn=P("MRN", f"MZ{c.digits(9)}"),
            acc=P("ACCESSION", f"SZK{c.digits(8)}"),
            dx=c.ch(("⟦fi|手足口病（普通型）⟧", "⟦fi|疱疹性咽峡炎⟧", "⟦fi|手足口病（重症）⟧")),
        )
    d.add(
        "\n备注：{m}月{dd}日起全园晨检加强，检出⟦an|手掌⟧、⟦an|足底⟧及⟦an|口腔⟧疱疹即劝离；⟦lab|EV71核酸阳性⟧{p}例，⟦lab|CoxA16核酸阳性⟧{q}例。\n",
        m=on.month,
        dd=on.day,
        p=c.ri(0, 2),
        q=c.ri(1, 3),
    )
    d.add(
        "重症1例⟦me|体温39.6℃⟧持续3天伴⟦fi|肢体抖动⟧，已转上级医院；予⟦dr|布洛芬混悬液⟧⟦do|5ml口服⟧，未用⟦dr|利巴韦林⟧。\n"
    )
    d.add("班级⟦pr|终末消毒⟧：含氯消毒剂⟦me|500mg/L⟧擦拭。\n")
    d.add("保健医：{y}  疾控审核：", y=P("NAME_CLINICIAN", k.zh_name(c, "F")))
    d.put(_sur_doc(c, "医生"))
    d.add(
        "  疫情回看链接：{u}\n",
        u=P("URL", f"https://ylbj.{c.ch(('gx', 'yn', 'hb', 'sd'))}wjw.gov.cn/hfmd/{c.token(10)}"),
    )
    return d


# --------------------------------------------------------------------------- 包虫病患者随访管理卡


def zh26_baochong(c):
    d = Doc()
    a = c.ch(tuple(x for x in k.ZH_AREAS if x[1] in ("西藏自治区", "青海省", "四川省") and x[7]))
    sex = c.ch("MF")
    name = (
        c.ch(k.ZH_MINORITY_F[:3] if sex == "F" else k.ZH_MINORITY_M[:3])
        if c.chance(0.6)
        else k.zh_name(c, sex)
    )
    on = k.rdate(c, 2021, 2025)
    old, age = _age(c, 0.15)
    dob = k.dob_for(c, age, on)
    d.add(
        "包虫病患者随访管理卡\n管理卡编号：{no}    建卡日期：{dt}\n",
        no=P("OTHER_ID", f"{a[0]}-BC-{c.digits(5)}"),
        dt=P("DATE", k.d_zh(k.plus(on, -c.ri(200, 900)), "dot")),
    )
    d.add(
        "姓名：{n}   性别：{s}   年龄：{a}   民族：{mz}\n",
        n=P("NAME_PATIENT", name),
        s=SEX[sex],
        a=_age_p(old, age),
        mz=c.ch(("藏族", "藏族", "汉族", "彝族")),
    )
    d.add(
        "身份证号：{id}   医保/新农合：{yb}\n现住址：",
        id=P("ID_CARD", k.id_card(c, a, dob, sex)),
        yb=P("INSURANCE", k.yibao(c)),
    )
    d.put(k.zh_addr(c, a, with_prov=c.chance(0.6)))
    d.add("\n联系电话：{ph}", ph=P("PHONE", k.mobile(c)))
    if c.chance(0.5):
        d.add("   邮编：{pc}", pc=P("POSTCODE", a[4]))
    d.add("\n职业：牧民   家中犬只：{dog}只（已驱虫）\n", dog=c.ri(1, 6))
    if c.chance(0.5):
        d.add(
            "家属：{r}（{rr}），电话{ph}\n",
            **k.zh_rel(c, "r", "rr", ("丈夫", "妻子", "儿子", "女儿"), psex=sex),
            ph=P("PHONE", k.mobile(c)),
        )
    if c.chance(0.4):
        d.add("交通工具：摩托车 {pl}\n", pl=P("VEHICLE", k.plate_zh(c, a)))
    d.add(
        "诊断：⟦fi|肝囊型包虫病⟧，WHO分型⟦me|CE{t}型⟧，最大囊肿⟦me|{s}cm×{s2}cm⟧，位于⟦an|肝右叶⟧。\n",
        t=c.ri(1, 4),
        s=c.fl(3, 12),
        s2=c.fl(2, 9),
    )
    d.add(
        "治疗：⟦dr|阿苯达唑⟧⟦do|{dose}mg bid⟧，连服28天停14天为一疗程。\n", dose=c.ch(("400", "200", "300"))
    )
    d.add("随访记录：\n日期 | B超检查号 | 囊肿变化 | ⟦lab|ALT⟧ | 随访医生\n")
    dd = k.plus(on, -c.ri(120, 300))
    for _ in range(c.ri(2, 4)):
        dd = k.plus(dd, c.ri(60, 120))
        d.add(
            "{dt} | {acc} | {ch} | {alt} | {doc}\n",
            dt=P("DATE", k.d_zh(dd, "iso")),
            acc=P("ACCESSION", f"US{c.digits(9)}"),
            ch=c.ch(("缩小", "稳定", "囊壁钙化", "内囊分离")),
            alt=f"{c.ri(18, 88)}U/L",
            doc=P("NAME_CLINICIAN", k.zh_name(c, minority=0.3)),
        )
    d.add("⟦lab|包虫IgG抗体阳性⟧；必要时转上级医院行⟦pr|腹腔镜肝包虫内囊摘除术⟧。\n")
    d.add(
        "管理单位：{h}  电话：{t}  传真：{fx}\n",
        h=P("HOSPITAL", k.zh_hospital(c, a, "county")),
        t=P("PHONE", k.landline(c, a)),
        fx=P("FAX", k.landline(c, a)),
    )
    d.add("乡村医生：{v}\n", v=P("NAME_CLINICIAN", k.zh_name(c, minority=0.4)))
    return d


# --------------------------------------------------------------------------- 麻风病密切接触者检查登记表


def zh26_mafeng(c):
    d = Doc()
    a = c.ch(
        tuple(x for x in k.ZH_AREAS if x[1] in ("云南省", "贵州省", "四川省", "广西壮族自治区") and x[7])
    )
    sex = c.ch("MF")
    name = k.zh_name(c, sex, minority=0.2)
    on = k.rdate(c, 2020, 2025)
    old, age = _age(c, 0.3)
    dob = k.dob_for(c, age, on)
    d.add(
        "麻风病密切接触者检查登记表\n登记号：{no}   检查日期：{dt}\n\n",
        no=P("OTHER_ID", f"MF{on.year}{c.digits(4)}"),
        dt=P("DATE", k.d_zh(on)),
    )
    d.add(
        "指示病例：{ix}（{rel}），{yr}年确诊⟦fi|多菌型麻风⟧，⟦pr|联合化疗⟧已完成。\n",
        **k.zh_rel(c, "ix", "rel", ("父亲", "母亲", "祖父", "兄长", "配偶"), minority=0.2, psex=sex),
        yr=on.year - c.ri(1, 5),
    )
    d.add(
        "接触者：{n}   性别：{s}   年龄：{a}岁\n身份证号：{id}\n住址：",
        n=P("NAME_PATIENT", name),
        s=SEX[sex],
        a=_age_p(old, age),
        id=P("ID_CARD", k.id_card(c, a, dob, sex)),
    )
    d.put(k.zh_addr(c, a, with_prov=c.chance(0.4)))
    d.add(
        "\n联系电话：{ph}   接触方式：同住 {y}年\n\n",
        ph=P("PHONE", c.pick(k.mobile(c), k.landline(c, a))),
        y=c.ri(2, 30),
    )
    d.add("皮肤检查：")
    if c.chance(0.3):
        d.add(
            "⟦an|左前臂⟧见⟦fi|浅色斑⟧⟦me|{s}cm×{s2}cm⟧，⟦fi|浅感觉减退⟧；⟦an|尺神经⟧粗大。",
            s=c.fl(1, 5),
            s2=c.fl(1, 4),
        )
    else:
        d.add("未见皮损，⟦an|尺神经⟧、⟦an|腓总神经⟧未触及粗大。")
    d.add(
        "\n⟦pr|皮肤组织液涂片⟧：标本号{acc}，⟦lab|抗酸杆菌阴性⟧。\n", acc=P("ACCESSION", f"TP{c.digits(7)}")
    )
    d.add("预防服药：⟦dr|利福平⟧⟦do|600mg单剂顿服⟧（{dt}），告知尿液变红。\n", dt=P("DATE", k.d_zh(on, "md")))
    if old:
        d.add(
            "备注：接触者年高{a}岁，由孙辈{g}代为签字。\n",
            a=P("AGE_OVER_89", str(age)),
            g=P("NAME_RELATIVE", k.zh_name(c)),
        )
    d.add(
        "检查单位：{h}  电话：{t}  传真：{fx}\n",
        h=P(
            "HOSPITAL", c.ch((f"{a[3]}皮肤病防治站", f"{k.short_city(a)}皮肤病医院", f"{a[3]}人民医院皮肤科"))
        ),
        t=P("PHONE", k.landline(c, a)),
        fx=P("FAX", k.landline(c, a)),
    )
    d.add("检查医生：{d1}  复核：", d1=_doc(c))
    d.put(_sur_doc(c, "医生"))
    d.add("\n")
    return d


# --------------------------------------------------------------------------- 大骨节病X线筛查登记表


def zh26_dagujie(c):
    d = Doc()
    a = c.ch(
        tuple(
            x
            for x in k.ZH_AREAS
            if x[1] in ("西藏自治区", "青海省", "四川省", "陕西省", "吉林省", "内蒙古自治区") and x[7]
        )
    )
    on = k.rdate(c, 2020, 2025)
    hosp = k.zh_hospital(c, a, "county")
    d.add(
        "大骨节病X线筛查登记表（{h}）\n筛查日期：{dt}   传真回报：{fx}\n\n",
        h=P("HOSPITAL", hosp),
        dt=P("DATE", k.d_zh(on, "dot")),
        fx=P("FAX", k.landline(c, a)),
    )
    d.add("编号 | 姓名 | 性别 | 出生日期 | 身份证号 | 监护人/电话 | X线片号 | 右手正位片所见 | 结论\n")
    for i in range(c.ri(3, 4)):
        sex = c.ch("MF")
        name = k.zh_name(c, sex, minority=0.4)
        dob = k.dob_for(c, c.ri(7, 15), on)
        res = c.ch(
            (
                "⟦fi|干骺端骨端型⟧，⟦an|桡骨远端⟧干骺端凹陷",
                "⟦an|指骨⟧干骺端硬化带中断",
                "未见异常",
                "⟦fi|骨端型⟧，⟦an|中节指骨⟧骨端变形",
            )
        )
        d.add(
            "{i} | {n} | {s} | {dob} | {id} | {g} {ph} | {acc} | {r} | {c}\n",
            i=i + 1,
            n=P("NAME_PATIENT", name),
            s=SEX[sex],
            dob=P("DATE", k.d_zh(dob, "iso")),
            id=P("ID_CARD", k.id_card(c, a, dob, sex)),
            g=P("NAME_RELATIVE", k.zh_name(c, minority=0.3)),
            ph=P("PHONE", k.mobile(c)),
            acc=P("ACCESSION", f"DR{c.digits(8)}"),
            r=res,
            c="正常" if "未见" in res else "⟦fi|大骨节病Ⅰ度⟧",
        )
    d.add("\n村址：")
    d.put(k.zh_addr(c, a, with_prov=False))
    d.add(
        "\n病区处置：阳性儿童补服⟦dr|亚硒酸钠片⟧⟦do|1mg每周一次⟧，⟦dr|维生素E⟧ ⟦do|10mg每日一次⟧，复查⟦lab|血硒⟧及⟦lab|尿硒⟧；成人患者建议⟦pr|关节腔注射⟧。\n"
    )
    d.add("⟦me|关节活动度⟧评估：肘关节屈伸受限者另行登记。\n读片医师：{r1}  审核：", r1=_doc(c))
    d.put(_sur_doc(c, "主任"))
    d.add("  村医：{v}\n", v=P("NAME_CLINICIAN", k.zh_name(c, minority=0.5)))
    return d


# --------------------------------------------------------------------------- 单采血浆站献浆员健康检查记录


def zh26_xianjiang(c):
    d = Doc()
    a = c.ch(
        tuple(x for x in k.ZH_AREAS if x[1] in ("广西壮族自治区", "湖南省", "云南省", "贵州省", "湖北省"))
    )
    sex = c.ch("MF")
    name = k.zh_name(c, sex)
    on = k.rdate(c, 2021, 2025)
    dob = k.dob_for(c, c.ri(18, 55), on)
    st = c.ch(
        (
            f"{a[3]}单采血浆站",
            f"华兰生物{a[3]}单采血浆站",
            f"{a[3]}{c.ch(('泰邦', '卫光', '博雅'))}单采血浆站",
        )
    )
    d.add("{st}\n献浆员健康检查记录\n\n", st=P("HOSPITAL", st))
    d.add(
        "献浆员卡号：{no}   条码：{bc}\n姓名：{n}  性别：{s}  出生日期：{dob}\n身份证号：{id}\n",
        no=P("OTHER_ID", f"{a[0]}{c.digits(6)}"),
        bc=P("ACCESSION", f"{c.digits(12)}"),
        n=P("NAME_PATIENT", name),
        s=SEX[sex],
        dob=P("DATE", k.d_zh(dob)),
        id=P("ID_CARD", k.id_card(c, a, dob, sex)),
    )
    d.add("户籍地址：")
    d.put(k.zh_addr(c, a, with_prov=c.chance(0.5)))
    d.add("\n电话：{ph}", ph=P("PHONE", k.mobile(c)))
    if c.chance(0.4):
        d.add("   邮箱：{e}", e=P("EMAIL", k.zh_email(c)))
    if c.chance(0.5):
        d.add(
            "   工作单位：{w}",
            w=P(
                "WORKPLACE",
                c.ch(
                    (
                        "博白县编织厂",
                        "柳州螺蛳粉产业园某厂",
                        "南宁糖业股份有限公司",
                        "房县黄酒厂",
                        "十堰东风配件厂",
                    )
                ),
            ),
        )
    d.add(
        "\n\n本次采浆日期：{dt}，距上次采浆{n}天（不少于14天）。\n",
        dt=P("DATE", k.d_zh(on, "iso")),
        n=c.ri(14, 40),
    )
    d.add(
        "体检：⟦me|体重{w}kg⟧，⟦me|血压{bp}mmHg⟧，⟦me|脉搏{p}次/分⟧，⟦me|体温36.{t}℃⟧；⟦an|肘静脉⟧穿刺部位无⟦fi|瘢痕⟧。\n",
        w=c.ri(50, 85),
        bp=f"{c.ri(100, 138)}/{c.ri(62, 88)}",
        p=c.ri(60, 96),
        t=c.ri(1, 9),
    )
    d.add(
        "快检：⟦lab|血红蛋白{hb}g/L⟧，⟦lab|血清总蛋白{tp}g/L⟧，⟦lab|ALT {alt}U/L⟧，⟦lab|HBsAg阴性⟧，⟦lab|抗-HCV阴性⟧，⟦lab|梅毒抗体阴性⟧。\n",
        hb=c.ri(115, 160),
        tp=c.ri(58, 78),
        alt=c.ri(8, 45),
    )
    d.add(
        "本次采集血浆⟦me|{v}ml⟧，回输时加⟦dr|枸橼酸钠抗凝剂⟧；献浆后⟦fi|枸橼酸盐反应⟧{r}。\n",
        v=c.ch(("580", "600")),
        r=c.ch(("无", "轻度口唇麻木，口服⟦dr|葡萄糖酸钙⟧⟦do|1g⟧后缓解")),
    )
    d.add(
        "体检医师：{dn}（执业证书编号{lic}）  采浆护士：{nn}\n",
        dn=_doc(c),
        lic=P("LICENSE", f"2{c.digits(14)}"),
        nn=P("NAME_CLINICIAN", k.zh_name(c, "F")),
    )
    d.add(
        "登记终端IP：{ip}  下次预约：{u}\n",
        ip=P("IP", k.ip(c)),
        u=P("URL", f"https://xj.plasma-{c.ch(('hl', 'tb', 'wg'))}.cn/yy/{c.token(9)}"),
    )
    return d


from templates_v26_zh2 import TEMPLATES as _ZH2  # noqa: E402  (the second half lists its own six)

TEMPLATES = [
    ("zh26_shaoshang", zh26_shaoshang),
    ("zh26_shouzukou", zh26_shouzukou),
    ("zh26_baochong", zh26_baochong),
    ("zh26_mafeng", zh26_mafeng),
    ("zh26_dagujie", zh26_dagujie),
    ("zh26_xianjiang", zh26_xianjiang),
    *_ZH2,
]
