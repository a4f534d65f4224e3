"""v15 Chinese templates, part 1 of 2 (templates_v15_zh2.py holds the rest): six document types
none of v1-v14 used. Written blind: the writer never read the de-identifier nor earlier templates."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import _v15_kit as k
from _v15_kit import Ctx, Doc, P
from templates_v15_zh2 import TEMPLATES as PART2


def _addr(c: Ctx, pl) -> list:
    """省 + 市 + 区/县以下 as separate spans (a municipality has no province)."""
    out = [P("PROVINCE_STATE", pl[0])] if pl[0] else []
    return [*out, P("CITY", pl[1]), P("ADDRESS_STREET", k.zh_street(c, pl))]


def dog_bite(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    name = k.zh_name(c, sex)
    dob = k.rday(c, 1948, 2016)
    dd = k.rday(c, 2021)
    pl = k.zh_place(c)
    doc = k.zh_name(c)
    foreign = c.chance(0.3)
    d.add(
        "{h}狂犬病暴露预防处置门诊登记表\n登记编号：{no}    门诊号：{mz}\n",
        h=P("HOSPITAL", k.zh_hosp(c, pl)),
        no=P("OTHER_ID", f"KQ{dd.year}{c.digits(5, False)}"),
        mz=P("MRN", c.digits(10)),
    )
    d.add(
        "姓名：{n}    性别：{s}    出生日期：{dob}\n",
        n=P("NAME_PATIENT", k.zh_pad(name) if c.chance(0.4) else name),
        s="女" if sex == "F" else "男",
        dob=P("DATE", k.dzh(c, dob, "iso")),
    )
    if foreign:
        d.add(
            "证件：{t}  {pp}\n",
            t=c.pick("护照", "港澳居民来往内地通行证"),
            pp=P("PASSPORT", k.passport_zh(c)),
        )
    else:
        d.add("身份证号：{idc}\n", idc=P("ID_CARD", k.id_card(c, dob, sex)))
    d.add("现住址：").put(_addr(c, pl)).add("    联系电话：{ph}\n", ph=P("PHONE", k.mobile(c)))
    if dd.year - dob.year < 14:
        d.add(
            "监护人：{g}（{r}），电话 {gp}\n",
            g=P("NAME_RELATIVE", k.zh_name(c)),
            r=c.pick("父亲", "母亲", "奶奶"),
            gp=P("PHONE", k.mobile(c)),
        )
    site = c.ch(("左小腿", "右手示指", "右前臂", "左手背", "面部"))
    grade = "Ⅲ级" if site in ("面部", "右手示指") else c.pick("Ⅱ级", "Ⅲ级")
    d.add(
        "\n暴露时间：{t}  暴露地点：小区楼下（{st}附近）\n致伤动物：{a}，{own}\n",
        t=P("DATE", k.dzh(c, dd)),
        st=P("ADDRESS_STREET", c.ch(k.ZH_ROADS)),
        a=c.pick("犬", "猫", "犬（流浪）"),
        own=c.pick("家养，已免疫", "流浪，未观察", "邻居饲养，免疫史不详"),
    )
    d.add(
        "暴露部位：⟦an|{site}⟧；⟦fi|{grade}暴露⟧，伤口 ⟦me|{cm} cm⟧，有出血。\n",
        site=site,
        grade=grade,
        cm=c.fl(0.5, 3.5),
    )
    d.add("处置：⟦pr|伤口冲洗⟧15分钟（⟦dr|肥皂水⟧），⟦dr|碘伏⟧消毒，未缝合。")
    if grade == "Ⅲ级":
        d.add("⟦dr|人狂犬病免疫球蛋白⟧ ⟦do|20 IU/kg⟧ 伤口周围浸润注射。")
    d.add(
        "\n疫苗：⟦dr|冻干人用狂犬病疫苗（Vero细胞）⟧ ⟦do|0.5ml 肌内注射⟧，“5针法”，批号 B187-03（不属个人信息）。\n"
    )
    d.put("针次 | 日期 | 部位 | 接种护士\n")
    nurse = k.zh_name(c, "F")
    for i, dday in enumerate((0, 3, 7, 14, 28)[: c.ri(2, 5)]):
        d.add(
            "第{i}针 | {dt} | ⟦an|{arm}⟧ | {ns}\n",
            i=str(i + 1),
            dt=P("DATE", k.dzh(c, k.plus(dd, dday), c.pick("md", "slash"))),
            arm=c.pick("左上臂三角肌", "右上臂三角肌"),
            ns=c.pick(P("NAME_CLINICIAN", nurse), [P("NAME_CLINICIAN", k.zh_sur(nurse)), "护士"]),
        )
    d.add(
        "\n接诊医师：{doc}（执业证书编号 {lic}）  破伤风：⟦dr|破伤风抗毒素⟧ ⟦do|1500 IU⟧ ⟦pr|皮试⟧阴性后肌注。\n",
        doc=P("NAME_CLINICIAN", doc),
        lic=P("LICENSE", f"1{c.digits(2)}{pl[3][:2]}{c.digits(10)}"),
    )
    return d


def decoction(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    name = k.zh_name(c, sex, 0.15)
    pl = k.zh_place(c)
    dd = k.rday(c, 2021)
    doc = k.zh_name(c)
    hosp = k.zh_hosp(c, pl)
    d.add(
        "{h} 中药代煎配送单\n处方号：{rx}    就诊卡号：{card}    医保卡号：{ins}\n开方日期：{dd}    开方医师：{doc}\n",
        h=P("HOSPITAL", hosp),
        rx=P("OTHER_ID", f"ZY{c.digits(10)}"),
        card=P("ACCOUNT", c.digits(12)),
        ins=P("INSURANCE", c.ch((f"{pl[3][:2]}{c.digits(8)}", f"{c.letters(1)}{c.digits(8)}", c.digits(12)))),
        dd=P("DATE", k.dzh(c, dd)),
        doc=P("NAME_CLINICIAN", doc),
    )
    d.add("患者：{n}  {s}  ", n=P("NAME_PATIENT", name), s="女" if sex == "F" else "男")
    d.add(
        "诊断：⟦fi|{dx}⟧（{zx}）\n",
        dx=c.pick("失眠", "慢性胃炎", "2型糖尿病", "月经不调"),
        zx=c.pick("心脾两虚证", "肝胃不和证", "气阴两虚证", "气滞血瘀证"),
    )
    herbs = c.sample(
        ("黄芪", "党参", "白术", "茯苓", "当归", "酸枣仁", "柴胡", "白芍", "陈皮", "炙甘草", "丹参", "麦冬"),
        6,
    )
    d.put("处方：")
    d.put(*[[("、" if i else ""), f"⟦dr|{h}⟧⟦do|{c.ri(6, 30)}g⟧"] for i, h in enumerate(herbs)])
    d.add("\n共⟦do|7剂⟧，每日1剂，代煎，每剂分2袋（⟦do|每袋200ml⟧），早晚温服。\n\n")
    who = c.pick("本人", "家属")
    rcv = name if who == "本人" else k.zh_name(c)
    d.add(
        "收货人：{r}（{w}）  手机：{m}\n收货地址：",
        r=P("NAME_PATIENT" if who == "本人" else "NAME_RELATIVE", rcv),
        w=who,
        m=P("PHONE", k.mobile(c)),
    )
    d.put(_addr(c, pl))
    d.add(
        "  邮编：{pc}\n配送方式：冷链快递  运单号：{wb}\n物流查询：{url}\n",
        pc=P("POSTCODE", k.zh_postcode(c, pl)),
        wb=P("OTHER_ID", f"SF{c.digits(12)}"),
        url=P(
            "URL", f"https://jy.{c.pick('zhongyaoyun', 'tcmdelivery', 'daijian')}.cn/track?o={c.token(12)}"
        ),
    )
    d.add(
        "预计送达：{ad}。煎药室：{jy}（药师），复核：{fh}。\n备注：孕妇慎用；服药期间忌生冷。如有⟦fi|腹泻⟧请联系药房 {tel}。\n",
        ad=P("DATE", k.dzh(c, k.plus(dd, c.ri(1, 3)), "md")),
        jy=P("NAME_CLINICIAN", k.zh_name(c)),
        fh=P("NAME_CLINICIAN", k.zh_name(c)),
        tel=P("PHONE", k.tel_zh(c, pl)),
    )
    return d


def centenarian(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "F", "M")
    name = k.zh_name(c, sex, 0.15)
    age = c.ri(95, 106)
    dd = k.rday(c, 2022)
    dob = k.plus(dd, -age * 365 - c.ri(10, 300))
    pl = k.zh_place(c)
    child = k.zh_name(c)
    gp = k.zh_name(c)
    d.add(
        "{org} 高龄（百岁）老人健康档案登记表\n档案编号：{no}\n",
        org=P(
            "HOSPITAL", c.pick(c.ch(pl[2]) + c.ch(k.ZH_TOWNS) + "卫生院", pl[1][:2] + "同心社区卫生服务中心")
        ),
        no=P("OTHER_ID", f"{pl[3]}{c.digits(9)}"),
    )
    d.add(
        "姓名：{n}   性别：{s}   年龄：{a}岁   出生日期：{dob}\n",
        n=P("NAME_PATIENT", k.zh_pad(name) if len(name) == 2 else name),
        s="女" if sex == "F" else "男",
        a=P("AGE_OVER_89", str(age)),
        dob=P("DATE", k.dzh(c, dob, c.pick("cn", "cn0"))),
    )
    d.add(
        "身份证号：{idc}   社保卡号：{sb}\n户籍/现住址：",
        idc=P("ID_CARD", k.id_card(c, dob, sex)),
        sb=P("INSURANCE", c.ch((f"{c.letters(1)}{c.digits(8)}", c.digits(9)))),
    )
    d.put(_addr(c, pl))
    d.add("（邮编 {pc}）\n", pc=P("POSTCODE", k.zh_postcode(c, pl)))
    d.add(
        "主要照护人：{ch}（{r}），手机 {m}\n签约家庭医生：{gp}  团队电话 {tel}\n\n",
        ch=P("NAME_RELATIVE", child),
        r=c.pick("长子", "次女", "孙媳", "侄子"),
        m=P("PHONE", k.mobile(c)),
        gp=P("NAME_CLINICIAN", gp),
        tel=P("PHONE", k.tel_zh(c, pl)),
    )
    d.add(
        "既往史：⟦fi|高血压⟧40余年，⟦fi|完全性房室传导阻滞⟧行⟦pr|永久起搏器植入术⟧（{py}，{ph}），起搏器序列号 {sn}；⟦fi|老年性耳聋⟧，佩戴助听器（序列号 {ha}）。\n",
        py=P("DATE", k.dzh(c, k.rday(c, 2015, 2020), "cn")),
        ph=P("HOSPITAL", k.zh_hosp(c)),
        sn=P("DEVICE", f"{c.letters(3)}{c.digits(6)}"),
        ha=P("DEVICE", f"{c.digits(2)}{c.letters(1)}{c.digits(7)}"),
    )
    d.add(
        "本次随访（{vd}）：老人自述“我今年{a2}了，吃得下睡得着”。⟦me|血压 {bp} mmHg⟧，⟦me|心率 {hr}次/分⟧，⟦lab|空腹血糖 {glu} mmol/L⟧，⟦me|Barthel指数 {bi}分⟧。",
        vd=P("DATE", k.dzh(c, dd, c.pick("iso", "dot", "cn"))),
        a2=P("AGE_OVER_89", str(age)),
        bp=f"{c.ri(118, 168)}/{c.ri(58, 88)}",
        hr=str(c.ri(60, 72)),
        glu=c.fl(4.6, 7.8),
        bi=str(c.ri(35, 90)),
    )
    d.add(
        "认知：⟦fi|轻度认知障碍⟧，无⟦ep|帕金森病⟧表现。用药：⟦dr|氨氯地平⟧ ⟦do|5mg qd⟧，⟦dr|阿司匹林⟧ ⟦do|100mg qd⟧。\n"
    )
    d.add(
        "长寿补贴发放至老人账户（由{ch2}代领）。下次随访：{nx}。随访人：{gp2}医生。\n",
        ch2=P("NAME_RELATIVE", child),
        nx=P("DATE", k.dzh(c, k.plus(dd, 90), "md")),
        gp2=P("NAME_CLINICIAN", k.zh_sur(gp)),
    )
    return d


def cart_zh(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    name = k.zh_name(c, sex)
    dd = k.rday(c, 2021)
    hosp = c.pick("明德血液病医院", k.zh_hosp(c))
    att = k.zh_name(c)
    d.add(
        "{h} 血液科\nCAR-T细胞治疗不良反应监测记录\n姓名：{n}   住院号：{zy}   床号：12床\n细胞制备编号：{cp}   回输日期（D0）：{d0}\n",
        h=P("HOSPITAL", hosp),
        n=P("NAME_PATIENT", name),
        zy=P("MRN", c.digits(8)),
        cp=P("OTHER_ID", f"CT{dd.year % 100}{c.letters(2)}{c.digits(5)}"),
        d0=P("DATE", k.dzh(c, dd)),
    )
    d.add(
        "诊断：⟦fi|{dx}⟧，既往⟦dr|R-CHOP⟧方案6周期。清淋方案：⟦dr|氟达拉滨⟧ ⟦do|30mg/m2⟧ + ⟦dr|环磷酰胺⟧ ⟦do|500mg/m2⟧ ×3天。\n\n",
        dx=c.pick("复发/难治性弥漫大B细胞淋巴瘤", "多发性骨髓瘤（复发）", "B细胞急性淋巴细胞白血病"),
    )
    d.put("日期      | T(℃) | 血压(mmHg) | SpO2 | CRS分级 | ICANS | 处理 | 记录护士\n")
    ns = [k.zh_name(c, "F") for _ in range(2)]
    for day in range(c.ri(3, 5)):
        act = c.ch(
            (
                "观察",
                "⟦dr|对乙酰氨基酚⟧ ⟦do|0.5g口服⟧",
                "⟦dr|托珠单抗⟧ ⟦do|8mg/kg静滴⟧",
                "⟦dr|地塞米松⟧ ⟦do|10mg静推⟧",
            )
        )
        d.add(
            "{dt} | {t} | {bp} | {sp}% | {g}级 | {ic}级 | " + act + " | {n}\n",
            dt=P("DATE", k.dzh(c, k.plus(dd, day), "md")),
            t=c.fl(36.5, 40.1),
            bp=f"{c.ri(82, 136)}/{c.ri(45, 85)}",
            sp=str(c.ri(90, 99)),
            g=str(c.ri(0, 2)),
            ic=str(c.ri(0, 1)),
            n=P("NAME_CLINICIAN", c.ch(ns)),
        )
    d.add(
        "\n检验（D+{x}）：⟦lab|铁蛋白 {fer} ng/ml⟧，⟦lab|IL-6 {il6} pg/ml⟧，⟦lab|C反应蛋白 {crp} mg/L⟧；外周血CAR-T拷贝数送检，标本条码 {bc}。\n",
        x=str(c.ri(3, 7)),
        fer=str(c.ri(900, 12000)),
        il6=str(c.ri(20, 900)),
        crp=c.fl(8, 160),
        bc=P("ACCESSION", c.digits(12)),
    )
    d.add("神经系统：⟦me|ICE评分 {ice}分⟧，⟦ep|巴宾斯基征⟧阴性。\n", ice=str(c.ri(6, 10)))
    d.add(
        "细胞制备中心：{lab}，联系人{lp}，电话 {tel}，传真 {fx}。\n主治医师：{att}；上级医师：{sr}主任。陪护家属：{rel}（{r}），{rp}。\n",
        lab=P("HOSPITAL", c.pick("华协肿瘤医院细胞治疗中心", "明德血液病医院GMP实验室")),
        lp=P("NAME_CLINICIAN", k.zh_name(c)),
        tel=P("PHONE", k.tel_zh(c, k.zh_place(c))),
        fx=P("FAX", k.tel_zh(c, k.zh_place(c))),
        att=P("NAME_CLINICIAN", att),
        sr=P("NAME_CLINICIAN", k.zh_sur(k.zh_name(c))),
        rel=P("NAME_RELATIVE", k.zh_name(c)),
        r=c.pick("丈夫", "妻子", "女儿", "儿子"),
        rp=P("PHONE", k.mobile(c)),
    )
    return d


def bone_marrow(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    name = k.zh_name(c, sex)
    dd = k.rday(c)
    doc = k.zh_name(c)
    hosp = k.zh_hosp(c)
    bl = f"{dd.year % 100}{c.digits(6)}"
    d.add(
        "骨髓穿刺及活检术记录\n{h}    住院号：{zy}\n患者：{n}，{s}，{age}岁   操作日期：{dd}\n",
        h=P("HOSPITAL", hosp),
        zy=P("MRN", c.digits(c.ri(6, 9))),
        n=P("NAME_PATIENT", name),
        s="女" if sex == "F" else "男",
        age=str(c.ri(18, 86)),
        dd=P("DATE", k.dzh(c, dd, c.pick("cn", "iso"))),
    )
    d.add(
        "术前诊断：⟦fi|{dx}⟧。⟦lab|血小板 {plt}×10^9/L⟧，⟦lab|PT {pt} s⟧。\n",
        dx=c.pick("全血细胞减少原因待查", "骨髓增生异常综合征？", "霍奇金淋巴瘤分期"),
        plt=str(c.ri(18, 260)),
        pt=c.fl(10.5, 14.5),
    )
    d.add(
        "操作：患者取左侧卧位，选⟦an|右髂后上棘⟧，常规消毒铺巾，⟦dr|2%利多卡因⟧ ⟦do|5ml⟧局部麻醉，抽取骨髓液⟦me|0.2ml⟧涂片8张，再抽⟦me|4ml⟧送流式、染色体及基因检测；更换活检针取骨髓组织⟦me|1.5 cm⟧，10%甲醛固定。术中患者无不适。\n"
    )
    d.add(
        "标本：\n  骨髓涂片（⟦ep|瑞氏-吉姆萨染色⟧） 标本号 {s1}\n  流式免疫分型 条码号 {s2}\n  骨髓活检 病理号 {s3}\n",
        s1=P("ACCESSION", f"GS{bl}"),
        s2=P("ACCESSION", c.digits(11)),
        s3=P("ACCESSION", f"B{dd.year}-{c.digits(5)}"),
    )
    d.add(
        "外送：染色体核型送{lab}（传真 {fx}）。\n",
        lab=P("HOSPITAL", c.pick("仁济康复医院检验中心", "华协肿瘤医院遗传实验室")),
        fx=P("FAX", k.tel_zh(c, k.zh_place(c))),
    )
    rel = k.zh_name(c)
    d.add(
        "\n告知：术前已向患者及{r}{rel}说明风险，{rel2}签字同意，联系电话 {rp}。\n",
        r=c.pick("丈夫", "妻子", "儿子", "女儿", "父亲"),
        rel=P("NAME_RELATIVE", rel),
        rel2=P("NAME_RELATIVE", rel),
        rp=P("PHONE", k.mobile(c)),
    )
    d.add(
        "术者：{doc}（医师执业证书编号 {lic}）  助手：{asst}\n术后按压⟦me|10分钟⟧，嘱24小时内穿刺点勿沾水。{sur}医生 {dd2} 记录。\n",
        doc=P("NAME_CLINICIAN", doc),
        lic=P("LICENSE", f"1{c.digits(14)}"),
        asst=P("NAME_CLINICIAN", k.zh_name(c)),
        sur=P("NAME_CLINICIAN", k.zh_sur(doc)),
        dd2=P("DATE", k.dzh(c, dd, "md")),
    )
    return d


def donor_registry(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    name = k.zh_name(c, sex, 0.2)
    dob = k.rday(c, 1980, 2002)
    dd = k.rday(c, 2022)
    pl = k.zh_place(c)
    coord = k.zh_name(c, "F")
    d.add(
        "中华骨髓库（{prov}分库）造血干细胞捐献者再动员及高分辨确认登记\n供者编号：{dn}   登记日期：{dd}\n",
        prov=pl[0][:2] if pl[0] else pl[1][:2],
        dn=P("OTHER_ID", f"{c.digits(2)}{c.letters(1)}{c.digits(7)}"),
        dd=P("DATE", k.dzh(c, dd)),
    )
    d.add(
        "姓名：{n}   性别：{s}   出生日期：{dob}\n身份证：{idc}\n",
        n=P("NAME_PATIENT", name),
        s="女" if sex == "F" else "男",
        dob=P("DATE", k.dzh(c, dob, "cn")),
        idc=P("ID_CARD", k.id_card(c, dob, sex)),
    )
    d.add(
        "护照：{pp}   港澳通行证：{hk}（近期有出境计划，需避开采集期）\n",
        pp=P("PASSPORT", f"E{c.digits(8)}"),
        hk=P("PASSPORT", f"C{c.letters(1)}{c.digits(7)}"),
    )
    d.add(
        "工作单位：{wp}   手机：{m}   邮箱：{em}\n紧急联系人：{ec}（{r}） {ep}\n\n",
        wp=P("WORKPLACE", c.ch(k.ZH_WORK)),
        m=P("PHONE", k.mobile(c)),
        em=P("EMAIL", k.pinyin_email(c)),
        ec=P("NAME_RELATIVE", k.zh_name(c)),
        r=c.pick("母亲", "配偶", "哥哥"),
        ep=P("PHONE", k.mobile(c)),
    )
    d.add(
        "初筛HLA与患者（{hosp}，患者信息保密）相合 ⟦me|10/10⟧。体检：⟦me|体重 {w} kg⟧，⟦lab|血红蛋白 {hb} g/L⟧，⟦lab|乙肝表面抗原阴性⟧，⟦lab|抗-HIV阴性⟧。\n",
        hosp=P("HOSPITAL", c.pick("明德血液病医院", "华协肿瘤医院", k.zh_hosp(c))),
        w=str(c.ri(48, 92)),
        hb=str(c.ri(118, 168)),
    )
    d.add(
        "动员方案：⟦dr|重组人粒细胞刺激因子⟧ ⟦do|5μg/kg 皮下注射 q12h⟧ ×4天，拟于{cd}行⟦pr|外周血造血干细胞采集⟧；高分辨血样条码 {bc}。\n",
        cd=P("DATE", k.dzh(c, k.plus(dd, c.ri(20, 50)), "md")),
        bc=P("ACCESSION", f"HLA{c.digits(9)}"),
    )
    d.add(
        "供者意愿：同意。单位需出具假条（抬头：{wp2}人事部）。协调员：{co}，电话 {tel}。\n",
        wp2=P("WORKPLACE", c.ch(k.ZH_WORK)),
        co=P("NAME_CLINICIAN", coord),
        tel=P("PHONE", k.tel_zh(c, pl)),
    )
    return d


TEMPLATES = [
    ("zh15_rabies_exposure_register", dog_bite),
    ("zh15_herbal_decoction_delivery", decoction),
    ("zh15_centenarian_health_file", centenarian),
    ("zh15_cart_monitoring", cart_zh),
    ("zh15_bone_marrow_biopsy", bone_marrow),
    ("zh15_marrow_donor_workup", donor_registry),
    *PART2,
]
