"""v32 Chinese templates (2 of 2): 自助机身份证识读日志, 住院预交金催缴通知单, 医疗纠纷人民调解申请书,
医保基金监管病历抽查表, 钉钉特殊用药审批流, 住房公积金大病提取医疗证明."""

# ruff: noqa: E501  (document text: the literal lines of each note are kept whole)

from __future__ import annotations

from _v32_kit import (
    FOREIGN,
    Doc,
    P,
    add,
    age_p,
    area,
    born,
    day,
    id_card,
    ipv4,
    landline,
    link,
    mobile,
    passport,
    serial,
    yibao,
    zd,
    zdoc,
    zh_addr,
    zh_hosp,
    zhiye,
    zkin,
    zname,
    znames,
    zyno,
)


def _age(c, p_old: float, lo: int = 35, hi: int = 88) -> int:
    return c.ri(90, 102) if c.chance(p_old) else c.ri(lo, hi)


WORK = (
    "市第二建筑工程公司",
    "城投物业服务有限公司",
    "第十四中学",
    "恒源纺织有限公司",
    "国网供电公司营销部",
    "新华书店",
    "长运客运集团",
    "鑫盛食品厂",
    "农商银行营业部",
)


def shenfenzheng_ocr(c) -> Doc:
    d, a = Doc(), area(c)
    p = zname(c)
    ag = c.ri(18, 88)
    rd = day(c)
    dob = born(c, ag, rd)
    h = zh_hosp(c, a)
    d.add(
        "自助挂号机 读卡/识别日志  终端 ZZJ-{n}  IP {ip}\n所属：{h} 门诊大厅\n时间：{t}\n",
        n=c.ri(1, 40),
        ip=P("IP", ipv4(c)),
        h=P("HOSPITAL", h),
        t=P("DATE", zd(rd, "iso")),
    )
    if c.chance(0.3):
        d.add(
            "证件类型：港澳居民来往内地通行证（OCR）\n姓名：{n}\n证件号：{pp}\n出生：{b}\n",
            n=P("NAME_PATIENT", p.full),
            pp=P("PASSPORT", f"C{c.digits(8, False)}"),
            b=P("DATE", zd(dob, "dot")),
        )
    else:
        d.add(
            "证件类型：居民身份证（读卡器）\n姓  名 {n}\n性  别 {s}   民  族 {mz}\n出  生 {b}\n住  址 ",
            n=P("NAME_PATIENT", p.full),
            s="女" if p.sex == "F" else "男",
            mz=c.ch(("汉", "汉", "回", "满", "土家")),
            b=P("DATE", zd(dob, "cn")),
        )
        d.put(zh_addr(c, a, True))
        d.add(
            "\n公民身份号码 {idc}\n签发机关 {ci}公安局\n有效期限 {v1}-{v2}\n",
            idc=P("ID_CARD", id_card(c, a, dob, p.sex)),
            ci=P("CITY", a.city),
            v1=P("DATE", zd(add(rd, -c.ri(300, 3000)), "dot")),
            v2=c.ch(("长期",)) if ag > 45 else P("DATE", zd(add(rd, c.ri(300, 3000)), "dot")),
        )
    d.add(
        "------\n建档结果：成功  就诊卡号 {jz}\n患者录入手机号 {m}\n",
        jz=P("ACCOUNT", c.digits(10)),
        m=P("PHONE", mobile(c)),
    )
    if c.chance(0.4):
        d.add(
            "电子邮箱（用于接收电子发票）{e}\n",
            e=P("EMAIL", f"{c.token(6).lower()}@{c.ch(('163.com', 'qq.com', 'foxmail.com'))}"),
        )
    k, cc = c.ch((("呼吸内科", "咳嗽咳痰一周"), ("消化内科", "上腹痛三天"), ("皮肤科", "双手湿疹反复发作")))
    d.add("挂号：{k} 普通号  主诉（自助问诊）：⟦fi|{cc}⟧\n", k=k, cc=cc)
    if c.chance(0.3):
        d.add("WARN 读卡芯片照片与人脸比对 ⟦me|相似度 0.71⟧ 低于阈值，转人工窗口。\n")
    return d


def yajin_cuijiao(c) -> Doc:
    d, a = Doc(), area(c)
    p, nurse = znames(c, 2)
    rel, k = zkin(c, p)
    ag = _age(c, 0.25, 50, 88)
    nd = day(c)
    h = zh_hosp(c, a)
    d.add("{h}\n住院预交金催缴通知单\n\n", h=P("HOSPITAL", h))
    fo = c.chance(0.25)
    pn = c.ch(FOREIGN) if fo else p.full
    d.add(
        "尊敬的{n}（{ag}岁，住院号 {zy}，{k}{b}床）家属{kn}：\n",
        n=P("NAME_PATIENT", pn),
        ag=age_p(ag),
        zy=P("MRN", zyno(c)),
        k=c.ch(("心内科", "神经内科", "呼吸与危重症医学科")),
        b=c.ri(1, 48),
        kn=P("NAME_RELATIVE", k.full),
    )
    paid = c.ri(5, 30) * 1000
    used = paid + c.ri(-2, 12) * 1000 + c.ri(1, 999)
    d.add(
        "截至{dt}，患者已交预交金 {p}.00 元，已发生费用 {u}.00 元，余额 {b}.00 元（低于 3000 元）。",
        dt=P("DATE", zd(nd, "cn")),
        p=paid,
        u=used,
        b=paid - used,
    )
    d.add(
        "患者目前仍在⟦pr|{tr}⟧，⟦dr|{dr}⟧等治疗持续进行（每日约 {x} 元）。请于{dd}前到住院收费处续交预交金 {y} 元。\n",
        tr=c.ch(("持续床旁血滤", "呼吸机辅助通气", "静脉溶栓后监护")),
        dr=c.ch(("人血白蛋白", "美罗培南", "丙泊酚")),
        x=c.ri(800, 4000),
        dd=P("DATE", zd(add(nd, 2), "md")),
        y=c.ri(5, 20) * 1000,
    )
    if not fo and c.chance(0.6):
        d.add("医保类型：职工医保  医保卡号 {yb}（医保报销部分出院时结算）\n", yb=P("INSURANCE", yibao(c)))
    if fo:
        d.add("证件：外籍患者，护照 {pp}，费用按自费结算。\n", pp=P("PASSPORT", passport(c)))
    d.add("家属联系电话：{ph}   收费处电话：{t}\n", ph=P("PHONE", mobile(c)), t=P("PHONE", landline(c, a)))
    d.add(
        "最近检验：⟦lab|血肌酐 256 μmol/L⟧，⟦lab|降钙素原 4.2 ng/ml⟧。\n通知护士：{nu}   通知方式：{w}   家属签收：________\n",
        nu=P("NAME_CLINICIAN", nurse.full),
        w=c.ch(("当面", "电话", "短信")),
    )
    return d


def tiaojie_shenqing(c) -> Doc:
    d, a = Doc(), area(c)
    p, d1, d2 = znames(c, 3)
    rel, k = zkin(c, p)
    ag = _age(c, 0.25, 45, 88)
    ad = day(c)
    h = zh_hosp(c, a)
    d.add(
        "医疗纠纷人民调解申请书\n\n案号：{cn}\n",
        cn=P("OTHER_ID", f"（{ad.year}）{a.city[:-1][:1]}医调字第{c.ri(10, 999)}号"),
    )
    kg = c.ri(25, 65)
    d.add(
        "申请人：{k}，{s}，{kg}岁，身份证号 {idc}，系患者{n}之{r}。\n住址：",
        k=P("NAME_RELATIVE", k.full),
        s="女" if k.sex == "F" else "男",
        kg=kg,
        idc=P("ID_CARD", id_card(c, a, born(c, kg, ad), k.sex)),
        n=P("NAME_PATIENT", p.full),
        r=rel,
    )
    d.put(zh_addr(c, a, c.chance(0.7)))
    if c.chance(0.6):
        d.add("  邮编 {z}", z=P("POSTCODE", a.post))
    d.add("\n联系电话：{ph}", ph=P("PHONE", mobile(c)))
    if c.chance(0.4):
        d.add(
            "  电子邮箱：{e}", e=P("EMAIL", f"{c.token(8).lower()}@{c.ch(('163.com', '126.com', 'qq.com'))}")
        )
    if c.chance(0.4):
        d.add("\n工作单位：{w}", w=P("WORKPLACE", c.ch(WORK)))
    d.add(
        "\n被申请人：{h}\n\n调解请求：请求依法调解，由被申请人赔偿医疗费、护理费等各项损失。\n\n事实与理由：\n",
        h=P("HOSPITAL", h),
    )
    case = c.ch(
        (
            ("右侧股骨粗隆间骨折", "股骨近端髓内钉内固定术", "肺栓塞", "未规范使用⟦dr|低分子肝素⟧预防血栓"),
            ("急性胆囊炎", "腹腔镜胆囊切除术", "胆漏", "术中未及时发现⟦an|胆囊管⟧残端渗漏"),
            ("慢性阻塞性肺疾病急性加重", "纤维支气管镜检查", "气胸", "术后未及时复查⟦pr|胸部X线⟧"),
        )
    )
    d.add(
        "患者{n}（{ag}岁）于{ad}因⟦fi|{dx}⟧入住被申请人处（住院号 {zy}），",
        n=P("NAME_PATIENT", p.full),
        ag=age_p(ag),
        ad=P("DATE", zd(ad, "cn")),
        dx=case[0],
        zy=P("MRN", zyno(c)),
    )
    od = add(ad, c.ri(1, 5))
    d.add("{od}由", od=P("DATE", zd(od, "md")))
    d.put(zdoc(d1, "医生"))
    d.add(
        "行⟦pr|{pr}⟧。术后第{x}天患者出现⟦fi|{cx}⟧，⟦me|血氧饱和度 82%⟧，值班医生{d2}未及时处理，后转入ICU，",
        pr=case[1],
        x=c.ri(1, 4),
        cx=case[2],
        d2=P("NAME_CLINICIAN", d2.full),
    )
    d.add(
        "于{dd}"
        + c.ch(("抢救无效死亡。", "遗留⟦fi|缺血缺氧性脑病⟧。"))
        + "申请人认为被申请人"
        + case[3]
        + "，存在过错。\n",
        dd=P("DATE", zd(add(od, c.ri(2, 10)), "cn")),
    )
    d.add(
        "\n此致\n{ci}医疗纠纷人民调解委员会（传真 {fx}）\n\n申请人（签名）：__________\n{dt}\n",
        ci=P("CITY", a.city),
        fx=P("FAX", landline(c, a)) if c.chance(0.7) else "——",
        dt=P("DATE", zd(add(od, c.ri(20, 90)), "cn")),
    )
    return d


def yibao_choucha(c) -> Doc:
    d, a = Doc(), area(c)
    h = zh_hosp(c, a)
    cd = day(c)
    d.add(
        "{ci}医疗保障基金监督检查 病历抽查记录表\n被检查单位：{h}   检查日期：{dt}\n",
        ci=P("CITY", a.city),
        h=P("HOSPITAL", h),
        dt=P("DATE", zd(cd, "cn")),
    )
    if c.chance(0.6):
        d.add("医保科联系电话：{t}   传真：{fx}\n", t=P("PHONE", landline(c, a)), fx=P("FAX", landline(c, a)))
    d.add("序号 | 住院号 | 姓名 | 医保个人编号 | 入院—出院 | 主要诊断 | 问题描述 | 主管医师\n")
    issues = (
        ("⟦pr|血液灌流⟧ 计费 6 次，治疗记录仅 4 次", ""),
        ("⟦lab|糖化血红蛋白⟧重复收费", ""),
        ("高值耗材与手术记录不符，序列号 {sn}", "dev"),
        ("⟦dr|注射用胸腺法新⟧超限定支付范围", ""),
        ("分解住院", ""),
    )
    for i in range(c.ri(3, 5)):
        p, dc = zname(c), zname(c)
        ad = add(cd, -c.ri(30, 300))
        iss = c.ch(issues)
        extra = {"sn": P("DEVICE", serial(c, c.ch(("GK", "WL", "AK"))))} if iss[1] else {}
        d.add(
            "{i} | {zy} | {n} | {yb} | {a}—{b} | ⟦fi|{dx}⟧ | " + iss[0] + " | {dc}\n",
            i=i + 1,
            zy=P("MRN", zyno(c)),
            n=P("NAME_PATIENT", p.full),
            yb=P("INSURANCE", yibao(c)),
            a=P("DATE", zd(ad, "iso")),
            b=P("DATE", zd(add(ad, c.ri(4, 20)), "iso")),
            dx=c.ch(("脑梗死", "慢性肾脏病5期", "冠心病", "膝关节骨性关节炎")),
            dc=P("NAME_CLINICIAN", dc.full),
            **extra,
        )
    d.add(
        "\n初步认定涉及违规金额 {x} 元，请被检查单位于 10 个工作日内书面说明。\n被检查单位签字：________（医保科）  检查组：第{g}组\n",
        x=c.ri(3000, 90000),
        g=c.ri(1, 6),
    )
    return d


def dingding_shenpi(c) -> Doc:
    d, a = Doc(), area(c)
    p, dc, zr, yx, yw = znames(c, 5)
    ag = _age(c, 0.25, 40, 88)
    sd = day(c)
    h = zh_hosp(c, a)
    kind = c.ch(
        (
            (
                "特殊使用级抗菌药物",
                "⟦dr|替加环素⟧ ⟦do|50mg q12h ivgtt⟧",
                "⟦fi|耐碳青霉烯类肺炎克雷伯菌感染⟧",
                "",
                "⟦lab|降钙素原 12.6 ng/ml⟧，已用⟦dr|美罗培南⟧无效",
            ),
            (
                "高值耗材",
                "人工耳蜗一套",
                "⟦fi|双侧极重度感音神经性聋⟧",
                "dev",
                "⟦pr|言语测听⟧示言语识别率 0%，助听无效",
            ),
            (
                "超说明书用药",
                "⟦dr|利妥昔单抗⟧ ⟦do|375mg/m2⟧",
                "⟦fi|难治性视神经脊髓炎⟧",
                "",
                "⟦lab|AQP4抗体⟧阳性，一年复发3次",
            ),
        )
    )
    d.add(
        "【钉钉·审批】{k}使用申请\n审批编号 {no}\n发起人：{dc}（{h}）  {dt}\n",
        k=kind[0],
        no=P("OTHER_ID", f"{sd:%Y%m%d}{c.digits(9, False)}"),
        dc=P("NAME_CLINICIAN", dc.full),
        h=P("HOSPITAL", h),
        dt=P("DATE", zd(sd, "iso")),
    )
    fo = c.chance(0.25)
    d.add(
        "患者：{n}  {ag}岁  住院号 {zy}\n",
        n=P("NAME_PATIENT", c.ch(FOREIGN) if fo else p.full),
        ag=age_p(ag),
        zy=P("MRN", zyno(c)),
    )
    if fo:
        d.add("外籍患者，护照号 {pp}\n", pp=P("PASSPORT", passport(c)))
    d.add("诊断：" + kind[2] + "\n申请内容：" + kind[1] + "\n")
    if kind[3] and c.chance(0.85):
        d.add("产品序列号：{sn}（厂家备货）\n", sn=P("DEVICE", serial(c, c.ch(("CI", "NUC", "MED")))))
    if c.chance(0.7):
        d.add(
            "病理号/药敏：{x}\n", x=P("ACCESSION", f"{c.ch(('B', 'M'))}{sd.year % 100}-{c.digits(5, False)}")
        )
    d.add("理由：" + kind[4] + "\n")
    if c.chance(0.5):
        d.add("附件：{u}\n", u=P("URL", link(c, "aflow.dingtalk.example.com/att")))
    d.add(
        '\n审批流程\n○ 科主任 {zr} · 同意 · {t1}  "同意，注意监测⟦lab|血小板⟧"\n',
        zr=P("NAME_CLINICIAN", zr.full),
        t1=P("DATE", zd(sd, "mdd")),
    )
    d.add(
        '○ 药学部 {yx} · 同意 · {t2}  "已核对，{dcs}老师记得填用药评估表"\n',
        yx=P("NAME_CLINICIAN", yx.full),
        t2=P("DATE", zd(add(sd, c.ri(0, 1)), "mdd")),
        dcs=P("NAME_CLINICIAN", dc.sur),
    )
    d.add(
        "○ 医务科 {yw} · {st}\n",
        yw=P("NAME_CLINICIAN", yw.full),
        st=c.ch(("同意", "审批中", "同意（已抄送家属签知情同意）")),
    )
    d.add(
        "评论 {dcg}：好的 谢谢各位老师🙏 家属电话 {ph} 已通知\n",
        dcg=P("NAME_CLINICIAN", dc.giv if len(dc.giv) > 1 else dc.full),
        ph=P("PHONE", mobile(c)),
    )
    return d


def gongjijin_tiqu(c) -> Doc:
    d, a = Doc(), area(c)
    p, dc = znames(c, 2)
    self_ = c.chance(0.5)
    rel, emp = zkin(c, p)
    while rel not in ("配偶", "儿子", "女儿"):
        rel, emp = zkin(c, p)
    sd = day(c)
    ad = add(sd, -c.ri(20, 200))
    h = zh_hosp(c, a)
    ag = c.ri(28, 55) if self_ or rel == "配偶" else c.ri(52, 80)
    eag = min(ag - c.ri(22, 30), 58) if rel != "配偶" else ag - c.ri(-3, 3)
    d.add(
        "住房公积金提取（重大疾病）医疗证明\n\n缴存职工：{n}  身份证号 {idc}\n公积金账号：{acc}\n工作单位：{w}\n",
        n=P("NAME_PATIENT", p.full) if self_ else P("NAME_RELATIVE", emp.full),
        idc=P("ID_CARD", id_card(c, area(c), born(c, ag if self_ else eag, sd), p.sex if self_ else emp.sex)),
        acc=P("OTHER_ID", c.digits(12)),
        w=P("WORKPLACE", c.ch(WORK)),
    )
    if not self_:
        d.add(
            "患者：{n}（缴存职工系患者之{r}），身份证号 {idc}\n",
            n=P("NAME_PATIENT", p.full),
            r=rel,
            idc=P("ID_CARD", id_card(c, a, born(c, ag, sd), p.sex)),
        )
    dx = c.ch(
        (
            ("⟦fi|尿毒症⟧", "⟦pr|规律血液透析⟧ 每周3次"),
            ("⟦fi|乳腺恶性肿瘤⟧", "⟦pr|乳腺癌改良根治术⟧后⟦dr|表柔比星⟧+⟦dr|环磷酰胺⟧化疗"),
            ("⟦fi|急性髓系白血病⟧", "⟦pr|诱导化疗⟧，⟦lab|白细胞 0.8×10^9/L⟧"),
        )
    )
    d.add(
        "\n兹证明患者于{ad}至{dd}在我院住院治疗（住院号 {zy}），诊断："
        + dx[0]
        + "，治疗："
        + dx[1]
        + "。属重大疾病，住院期间个人负担医疗费用 {x} 元（以票据为准）。\n",
        ad=P("DATE", zd(ad, "cn")),
        dd=P("DATE", zd(add(ad, c.ri(7, 40)), "cn")),
        zy=P("MRN", zyno(c)),
        x=c.ri(12000, 280000),
    )
    d.add("\n经治医师：")
    d.add(
        "{dc}  执业证书编号 {lic}\n联系电话：{t}",
        dc=P("NAME_CLINICIAN", dc.full),
        lic=P("LICENSE", zhiye(c)),
        t=P("PHONE", landline(c, a)),
    )
    if c.chance(0.6):
        d.add("  医务科传真：{fx}", fx=P("FAX", landline(c, a)))
    d.add(
        "\n{h}（医务科盖章）\n开具日期：{dt}\n注：本证明仅供住房公积金提取使用，复印无效。\n",
        h=P("HOSPITAL", h),
        dt=P("DATE", zd(sd, "sl")),
    )
    return d


TEMPLATES = [
    ("zh32_shenfenzheng_ocr", shenfenzheng_ocr),
    ("zh32_yajin_cuijiao", yajin_cuijiao),
    ("zh32_tiaojie_shenqing", tiaojie_shenqing),
    ("zh32_yibao_choucha", yibao_choucha),
    ("zh32_dingding_shenpi", dingding_shenpi),
    ("zh32_gongjijin_tiqu", gongjijin_tiqu),
]
