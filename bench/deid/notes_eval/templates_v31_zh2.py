"""v31 Chinese templates, part 2 (README.md "v31"): a 意外险理赔病历摘录 in mixed Chinese/English, a
少数民族双语门诊记录 with an interpreter, a 病历调阅/远程会诊邮件往来 thread, a 糖尿病足换药记录 (TSV), an
OCR'd 住院收费票据 and a 免疫治疗不良反应（irAE）随访表."""

# ruff: noqa: E501  (template text)

from __future__ import annotations

from _v31_kit import (
    AREAS,
    MIN_NAMES,
    ZH_EMPLOYERS,
    ZN,
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


def _mail(c, z: ZN, dom: str) -> str:
    return f"{c.pick('dr', 'doc', 'yx', '')}{c.letters(c.ri(2, 4)).lower()}{c.digits(c.ri(2, 4))}@{dom}"


def lipei(c) -> Doc:
    a = area(c)
    pat = zname(c)
    ag, agp = zh_age(c, 0.05, 22, 80)
    d = day(c)
    adm = add(d, -c.ri(20, 60))
    dr, adj = znames(c, 2)
    foreign = c.chance(0.25)
    D = Doc()
    D.add(
        "意外伤害保险理赔 病历摘录 / Medical Records Abstract for Accident Claim\n理赔案号 Claim No.: {cl}    保单号 Policy No.: {po}\n",
        cl=P("OTHER_ID", f"CLM{c.digits(12)}"),
        po=P("INSURANCE", f"P{c.digits(2)}{c.letters(2)}{c.digits(8)}"),
    )
    if foreign:
        nm = c.pick("Lukas Brandtner", "Sophie Marchetti", "Daniel Okafor", "Ivana Petrovic", "Mateo Quiroga")
        D.add(
            "被保险人 Insured: {n}    护照 Passport: {pp}\n",
            n=P("NAME_PATIENT", nm),
            pp=P("PASSPORT", f"{c.letters(2)}{c.digits(7)}"),
        )
    else:
        D.add(
            "被保险人 Insured: {n}    身份证 ID: {idc}\n",
            n=P("NAME_PATIENT", pat.name),
            idc=P("ID_CARD", id_card(c, a, born(c, ag, d), pat.sex)),
        )
    if c.chance(0.7):
        D.add("工作单位 Employer: {w}\n", w=P("WORKPLACE", c.ch(ZH_EMPLOYERS)))
    D.add("住址 Address: ")
    D.put(zh_addr(c, a, c.chance(0.5)))
    D.add(
        "\n就诊医院 Hospital: {h}    住院号 Inpatient No.: {m}\n入院 Admission: {ad}    出院 Discharge: {dc}\n",
        h=P("HOSPITAL", zh_hosp(c, a)),
        m=P("MRN", c.digits(8)),
        ad=P("DATE", zh_date(adm, "dash")),
        dc=P("DATE", zh_date(add(adm, c.ri(5, 18)), c.pick("dash", "cn"))),
    )
    D.add(
        "事故经过 Accident: {ad}骑电动车与小客车{v}相撞",
        ad=P("DATE", zh_date(adm, "md")),
        v=P("VEHICLE", zh_plate(c, a)),
    )
    if c.chance(0.3):
        D.add("，本人车辆{v}", v=P("VEHICLE", zh_plate(c, a)))
    D.add(
        "。\n诊断 Diagnosis: ⟦fi|右胫腓骨开放性骨折⟧ (⟦fi|Gustilo IIIA⟧)；⟦fi|多处软组织挫伤⟧\n手术 Surgery: ⟦pr|清创术⟧ + ⟦pr|外固定架固定术⟧；"
        "⟦dr|头孢呋辛⟧ ⟦do|1.5g q8h⟧，⟦dr|破伤风抗毒素⟧ ⟦do|1500IU⟧ im\n检验 Labs: ⟦lab|血红蛋白 96 g/L⟧，⟦lab|CRP 48 mg/L⟧；⟦an|右小腿中段⟧ ⟦me|VAS 6分⟧\n"
    )
    D.add("主治医师 Attending: {dr}\n", dr=zdoc(dr))
    D.add(
        "理赔专员 Adjuster: {aj}  Tel {ph}  Fax {fx}  Email {e}\n",
        aj=P("NAME_CLINICIAN", adj.name),
        ph=P("PHONE", mobile(c)),
        fx=P("FAX", landline(c, a)),
        e=P("EMAIL", _mail(c, adj, c.pick("pingan-claims.cn", "cpic-lp.com.cn"))),
    )
    return D


def minzu(c) -> Doc:
    n, s, t = c.ch(MIN_NAMES)
    pat = ZN(n, s, "", t)
    a = c.ch([x for x in AREAS if x.prov.startswith("新疆")]) if t in ("uy", "kz") else area(c)
    ag, agp = zh_age(c, 0.25, 30, 88)
    rel, kp = zkin(c, pat, ag)
    d = day(c)
    interp, dr = znames(c, 2)
    D = Doc()
    D.add(
        "{h} 门诊病历（双语就诊，翻译在场）\n就诊日期：{d}    门诊号：{m}\n",
        h=P("HOSPITAL", zh_hosp(c, a)),
        d=P("DATE", zh_date(d, c.pick("cn", "slash"))),
        m=P("MRN", f"{c.digits(10)}"),
    )
    D.add("姓名：{n}    年龄：{a}岁    ", n=P("NAME_PATIENT", pat.name), a=agp)
    if c.chance(0.8):
        D.add("身份证：{idc}", idc=P("ID_CARD", id_card(c, a, born(c, ag, d), pat.sex)))
    D.add("\n住址：")
    D.put(zh_addr(c, a, c.chance(0.8)))
    if c.chance(0.5):
        D.add("  邮编{pc}", pc=P("POSTCODE", a.post))
    D.add(
        "\n陪同：{r}{k}（电话{ph}）；翻译：{i}（医院志愿者）\n\n",
        r=rel,
        k=P("NAME_RELATIVE", kp.name),
        ph=P("PHONE", mobile(c)),
        i=P("NAME_CLINICIAN", interp.name),
    )
    D.add(
        "主诉（经翻译）：⟦fi|多饮多尿⟧3月，⟦fi|体重下降⟧5kg。\n现病史：{p}述近来口干，夜尿4-5次，未规律就医。\n",
        p=P("NAME_PATIENT", pat.name.split("·")[0]),
    )
    D.add(
        "查体：⟦me|BMI 27.4⟧，⟦me|血压 146/92mmHg⟧，⟦an|双足背动脉⟧搏动可。\n辅助检查：⟦lab|空腹血糖 11.2mmol/L⟧，⟦lab|糖化血红蛋白 9.1%⟧，⟦lab|尿酮体阴性⟧。\n"
    )
    D.add(
        "诊断：⟦fi|2型糖尿病⟧；⟦fi|高血压2级⟧\n处理：⟦dr|二甲双胍⟧⟦do|0.5g tid⟧，⟦dr|氨氯地平⟧⟦do|5mg qd⟧；⟦pr|糖尿病教育⟧（翻译复述，患者理解）。"
        + ("斋月期间用药已另行交代。" if t in ("uy", "kz") else "")
        + "\n"
    )
    D.add("医师：{dr}\n", dr=zdoc(dr))
    return D


def youjian(c) -> Doc:
    a, b = area(c), area(c)
    pat = zname(c)
    ag, agp = zh_age(c, 0.1, 20, 88)
    d = day(c)
    d1, d2, clerk = znames(c, 3)
    h1, h2 = zh_hosp(c, a), zh_hosp(c, b)
    e1, e2 = _mail(c, d1, "yy-mail.cn"), _mail(c, d2, c.pick("163.com", "hospital.org.cn"))
    D = Doc()
    D.add(
        "发件人：{e1}\n收件人：{e2}\n时间：{d} {t}\n主题：回复：{h}患者病历调阅及远程会诊\n\n",
        e1=P("EMAIL", e1),
        e2=P("EMAIL", e2),
        d=P("DATE", zh_date(d, "dash")),
        t=times(c, 1, 9)[0],
        h=P("HOSPITAL", h1),
    )
    D.add(
        "{g}老师好：\n影像已上传，患者{n}，{a}岁，住院号{m}，",
        g=P("NAME_CLINICIAN", d2.sur or d2.name),
        n=P("NAME_PATIENT", pat.name),
        a=agp,
        m=P("MRN", c.digits(9)),
    )
    D.add("⟦pr|增强MRI⟧检查号{acc}，⟦fi|右颞叶占位⟧伴⟦fi|周围水肿⟧，", acc=P("ACCESSION", f"MR{c.digits(8)}"))
    if c.chance(0.4):
        D.add("（外籍，护照号{pp}）", pp=P("PASSPORT", f"E{c.digits(8)}"))
    D.add(
        "调阅链接：{u}", u=P("URL", f"https://pacs.{c.pick('ydyy', 'slyy', 'zxyy')}.cn/share/{c.token(12)}")
    )
    if c.chance(0.6):
        D.add("（仅限院内地址{ip}访问）", ip=P("IP", ipv4(c)))
    D.add(
        "。目前⟦dr|甘露醇⟧⟦do|125ml q8h⟧、⟦dr|地塞米松⟧⟦do|5mg qd⟧，⟦me|GCS 14分⟧。病案室{ck}已盖章，",
        ck=P("NAME_CLINICIAN", clerk.name),
    )
    if c.chance(0.5):
        D.add("纸质复印件另传真至{fx}，", fx=P("FAX", landline(c, a)))
    D.add("家属电话{ph}。\n{s}\n\n", ph=P("PHONE", mobile(c)), s=P("NAME_CLINICIAN", d1.name))
    D.add(
        "-------- 原始邮件 --------\n发件人：{e2}\n时间：{dd}\n请把{n}的⟦pr|病理切片⟧（病理号{pa}）和出院小结一并发来，我们{h}神经外科周四讨论。\n{s}\n",
        e2=P("EMAIL", e2),
        dd=P("DATE", zh_date(add(d, -1), c.pick("md", "dash"))),
        n=P("NAME_PATIENT", pat.name),
        pa=P("ACCESSION", f"{c.digits(2)}-{c.digits(5)}"),
        h=P("HOSPITAL", h2),
        s=P("NAME_CLINICIAN", d2.name),
    )
    return D


def tangzu(c) -> Doc:
    a = area(c)
    pat = zname(c)
    ag, agp = zh_age(c, 0.3, 45, 88)
    d = day(c)
    nurses = znames(c, 2)
    D = Doc()
    D.add(
        "{h}\t内分泌科 糖尿病足换药记录\n姓名\t{n}\t年龄\t{a}\t住院号\t{m}\n医保卡号\t{yb}\t电话\t{ph}\n",
        h=P("HOSPITAL", zh_hosp(c, a)),
        n=P("NAME_PATIENT", pat.name),
        a=agp,
        m=P("MRN", c.digits(8)),
        yb=P("INSURANCE", yibao(c)),
        ph=P("PHONE", c.pick(mobile(c), landline(c, a))),
    )
    if c.chance(0.6):
        D.add("住址\t").put(zh_addr(c, a, c.chance(0.7)))
        if c.chance(0.7):
            D.add("\t邮编\t{pc}", pc=P("POSTCODE", a.post))
        D.add("\n")
    if c.chance(0.6):
        D.add("CGM探头序列号\t{sn}\n", sn=P("DEVICE", f"{c.pick('G7', 'FS')}{c.alnum(8)}"))
    D.add(
        "诊断\t⟦fi|糖尿病足溃疡⟧ ⟦ep|Wagner分级⟧3级，⟦an|右足第一跖骨头⟧\n\n日期\t创面(cm)\t渗液\t处理\t换药护士\n"
    )
    for i in range(c.ri(3, 5)):
        D.add("{d}\t", d=P("DATE", zh_date(add(d, i * c.ri(2, 4)), c.pick("dash", "mdd"))))
        D.add(f"{c.ri(15, 35) / 10}×{c.ri(10, 25) / 10}\t" + c.pick("少量", "中等", "多") + "\t")
        D.add(
            c.pick("⟦pr|清创⟧+⟦dr|藻酸盐银敷料⟧", "⟦pr|负压引流⟧", "⟦dr|重组人表皮生长因子⟧外用") + "\t{n}\n",
            n=P("NAME_CLINICIAN", c.ch(nurses).name),
        )
    D.add("\n⟦lab|糖化血红蛋白 8.6%⟧，⟦lab|降钙素原 0.12ng/ml⟧；⟦dr|门冬胰岛素⟧⟦do|8U tid⟧。")
    if c.chance(0.5):
        D.add("创面照片上传：{u}", u=P("URL", f"https://wound.{c.pick('tnbz', 'nfmk')}.cn/p/{c.token(9)}"))
    D.add("\n{z}查房：继续减压鞋，⟦me|ABI 0.82⟧。\n", z=zdoc(zname(c), "主任"))
    return D


def ocr_piaoju(c) -> Doc:
    a = area(c)
    pat = zname(c)
    ag = c.ri(20, 88)
    d = day(c)
    adm = add(d, -c.ri(3, 20))
    clerk = zname(c)

    def o(s: str) -> str:  # OCR noise in labels only
        return s.replace("号", c.pick("号", "弓", "号")).replace("院", c.pick("院", "阮", "院"))

    D = Doc()
    D.add(
        "[OCR 扫描件 第1页]\n{h}  住院收费票据（电子）\n"
        + o("票据号码")
        + "：{pj}    "
        + o("结算单号")
        + "：{js}\n",
        h=P("HOSPITAL", zh_hosp(c, a)),
        pj=P("OTHER_ID", f"{c.digits(4)}{c.digits(6)}"),
        js=P("ACCOUNT", f"JS{c.digits(12)}"),
    )
    D.add(
        o("姓名") + "：{n}  " + o("住院号") + "：{m}  " + o("住院时间") + "：{d1}至{d2}\n",
        n=P("NAME_PATIENT", pat.name),
        m=P("MRN", c.digits(8)),
        d1=P("DATE", zh_date(adm, "dot")),
        d2=P("DATE", zh_date(d, "dot")),
    )
    if c.chance(0.7):
        D.add(o("身份证号") + "：{idc}  ", idc=P("ID_CARD", id_card(c, a, born(c, ag, d), pat.sex)))
    D.add(o("社保卡号") + "：{yb}\n", yb=P("INSURANCE", yibao(c)))
    D.add(
        "项目 金额\n西药费 {x}  含⟦dr|头孢曲松⟧⟦do|2g qd⟧、⟦dr|低分子肝素⟧⟦do|4000IU⟧\n检查费 {y}  ⟦pr|冠状动脉CTA⟧\n化验费 {z}  ⟦lab|心肌酶谱⟧、⟦lab|D-二聚体⟧\n",
        x=c.ri(800, 9000),
        y=c.ri(300, 2500),
        z=c.ri(200, 1800),
    )
    D.add(
        "出院诊断：⟦fi|不稳定型心绞痛⟧；⟦an|左前降支⟧中段狭窄\n统筹支付…… 个人自付……\n"
        + o("收款员")
        + "：{ck}    {d}\n",
        ck=P("NAME_CLINICIAN", clerk.name),
        d=P("DATE", zh_date(d, "cn")),
    )
    return D


def irae(c) -> Doc:
    a = area(c)
    pat = zname(c)
    ag, agp = zh_age(c, 0.15, 40, 86)
    rel, kp = zkin(c, pat, ag)
    d = day(c)
    dr, nurse = znames(c, 2)
    D = Doc()
    D.add("{h} 肿瘤内科\n免疫检查点抑制剂不良反应（irAE）随访表\n", h=P("HOSPITAL", zh_hosp(c, a)))
    D.add(
        "姓名 {n}  年龄 {a}  住院号 {m}  病理号 {pa}\n",
        n=P("NAME_PATIENT", pat.name),
        a=agp,
        m=P("MRN", c.digits(8)),
        pa=P("ACCESSION", f"P{c.digits(2)}-{c.digits(5)}"),
    )
    if c.chance(0.6):
        D.add("身份证 {idc}\n", idc=P("ID_CARD", id_card(c, a, born(c, ag, d), pat.sex)))
    if c.chance(0.8):
        D.add("输液港序列号 {sn}\n", sn=P("DEVICE", f"PT{c.digits(8)}"))
    D.add(
        "诊断：⟦fi|肺腺癌⟧ IV期；方案 ⟦dr|帕博利珠单抗⟧⟦do|200mg q3w⟧，首剂 {f}\n",
        f=P("DATE", zh_date(add(d, -c.ri(60, 300)), c.pick("cn", "dash"))),
    )
    D.add(
        "随访日期 {d}（电话随访，{r}{k}代答，{ph}）\n",
        d=P("DATE", zh_date(d, c.pick("cn", "md"))),
        r=rel,
        k=P("NAME_RELATIVE", kp.name),
        ph=P("PHONE", mobile(c)),
    )
    D.add(
        "症状：⟦fi|乏力⟧ 1级；⟦fi|皮疹⟧ 1级；腹泻 无\n检验：⟦lab|TSH 8.9 mIU/L⟧，⟦lab|游离T4 9.2 pmol/L⟧ → ⟦fi|免疫相关甲状腺功能减退⟧ 2级（⟦ep|CTCAE 5.0⟧）\n"
    )
    D.add(
        "处理：⟦dr|左甲状腺素钠⟧⟦do|50μg qd⟧；⟦an|甲状腺⟧超声预约\n随访护士 {nu}",
        nu=P("NAME_CLINICIAN", nurse.name),
    )
    if c.chance(0.4):
        D.add("  邮箱 {e}", e=P("EMAIL", _mail(c, nurse, "zlnk-follow.cn")))
    if c.chance(0.7):
        D.add("\n症状自评问卷：{u}", u=P("URL", f"https://wj.{c.pick('zlsf', 'irae')}.cn/s/{c.token(8)}"))
    D.add("\n主管医生 {dr}", dr=zdoc(dr))
    if c.chance(0.5):
        D.add("  执业证书编号 {lic}", lic=P("LICENSE", zhiye(c)))
    D.add("\n")
    return D


TEMPLATES = [
    ("zh31_yiwaixian_lipei_zhailu", lipei),
    ("zh31_minzu_shuangyu_menzhen", minzu),
    ("zh31_bingli_diaoyue_youjian", youjian),
    ("zh31_tangzu_huanyao_tsv", tangzu),
    ("zh31_ocr_zhuyuan_piaoju", ocr_piaoju),
    ("zh31_mianyi_irae_suifang", irae),
]
