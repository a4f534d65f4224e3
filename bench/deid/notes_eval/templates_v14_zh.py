"""v14 Chinese templates: twelve document types none of v1-v13 used (README.md "v14").

Each template takes a Ctx and returns a Doc; PHI goes in as P(category, value), keep terms as
⟦kind|term⟧ markup. Values come from _v14_kit (v14's own pools)."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import datetime as dt

from _v14_kit import (
    FIRST_F,
    FIRST_M,
    SMALL_ZH,
    SURNAMES,
    Ctx,
    Doc,
    P,
    addr_zh,
    day,
    dob,
    doc_zh,
    dzh,
    geo_zh,
    hosp_zh,
    id_card_zh,
    ip,
    landline,
    mobile,
    passport_zh,
    people_zh,
    plate_zh,
    serial,
    unit_zh,
    url,
)


def _age(age: int) -> list:
    return [P("AGE_OVER_89", str(age)) if age > 89 else str(age), "岁"]


def _mrn(c: Ctx) -> str:
    return c.pick(c.digits(8), f"ZY{c.digits(7)}", f"{c.digits(2)}-{c.digits(6, False)}", c.digits(10))


def _sex(p) -> str:
    return "男" if p.sex == "M" else "女"


def death_cert(c: Ctx) -> Doc:
    """居民死亡医学证明（推断）书 (第四联 存根)."""
    pt, rel, doc = people_zh(c, 3)
    g = geo_zh(c)
    age = c.ri(90, 103) if c.chance(0.7) else c.ri(58, 89)
    b, dd = dob(c, age), day(c, -30, 0)
    d = Doc()
    d.add("居民死亡医学证明（推断）书\n编号：{no}\n\n死者姓名：{n}    性别：{sx}    民族：汉族\n身份证号码：{idc}\n出生日期：{bd}    实足年龄：{ag}\n"
          "工作单位：{w}\n常住户口地址：{adr}    邮编：{zp}\n死亡日期：{dd}    死亡地点：{pl}\n\n",
          no=P("OTHER_ID", f"{c.ch(('C', 'D'))}{c.digits(9)}"), n=P("NAME_PATIENT", pt.full), sx=_sex(pt),
          idc=P("ID_CARD", id_card_zh(c, b, pt.sex)), bd=P("DATE", dzh(c, b, "cn")), ag=_age(age),
          w=P("WORKPLACE", unit_zh(c, g)) if age < 70 else "退休", adr=addr_zh(c, g), zp=P("POSTCODE", g.zip),
          dd=P("DATE", dzh(c, dd, c.ch(("cn", "dash")))), pl=c.ch(("医疗卫生机构", "家中", "养老服务机构")))
    d.add(c.ch(("致死的主要疾病诊断：\n（a）直接死亡原因：⟦fi|心源性休克⟧    发病至死亡间隔：6小时\n（b）引起（a）的疾病：⟦fi|急性前壁心肌梗死⟧    1天\n"
                "（c）引起（b）的疾病：⟦fi|冠状动脉粥样硬化性心脏病⟧    10年\nⅡ.其他疾病诊断：⟦fi|高血压病3级⟧\n生前主要诊断依据：⟦pr|心电图⟧示⟦an|V1-V5导联⟧ST段抬高；⟦lab|肌钙蛋白I 38.6 ng/ml⟧\n\n",
                "致死的主要疾病诊断：\n（a）直接死亡原因：⟦fi|脑疝⟧    发病至死亡间隔：2天\n（b）引起（a）的疾病：⟦fi|大面积脑梗死⟧    5天\n"
                "（c）引起（b）的疾病：⟦fi|心房颤动⟧    8年\nⅡ.其他疾病诊断：⟦ep|帕金森病⟧\n生前主要诊断依据：⟦pr|头颅CT⟧示⟦an|左侧大脑半球⟧大面积低密度影；⟦me|GCS 4分⟧\n\n",
                "致死的主要疾病诊断：\n（a）直接死亡原因：⟦fi|急性呼吸衰竭⟧    发病至死亡间隔：3天\n（b）引起（a）的疾病：⟦fi|重症肺炎⟧    2周\n"
                "（c）引起（b）的疾病：⟦ep|阿尔茨海默病⟧    6年\nⅡ.其他疾病诊断：⟦fi|2型糖尿病⟧、⟦fi|慢性心力衰竭⟧（⟦me|NYHA Ⅳ级⟧）\n"
                "生前主要诊断依据：⟦pr|胸部CT⟧示⟦an|双肺下叶⟧实变；⟦lab|血氧分压52 mmHg⟧；⟦lab|BNP 2860 pg/ml⟧\n\n")))
    d.add("死者家属姓名：{r}    联系电话：{ph}    家庭住址：同上\n医师签名：{ds}    执业证书编号：{lic}\n医疗卫生机构（盖章）：{h}    填表日期：{fd}\n",
          r=P("NAME_RELATIVE", rel.full), ph=P("PHONE", mobile(c)), ds=P("NAME_CLINICIAN", doc.full),
          lic=P("LICENSE", f"1{c.digits(2)}{c.digits(12, False)}"), h=P("HOSPITAL", hosp_zh(c, g)), fd=P("DATE", dzh(c, dd, "dot")))
    if age >= 70 and c.chance(0.6):
        d.add("备注：{rk}{rs}称老人生前在{h2}长期随访，随访电话{tel}。\n", rk=c.ch(("儿子", "孙子")) if rel.sex == "M" else c.ch(("女儿", "孙女")), rs=P("NAME_RELATIVE", rel.full),
              h2=P("HOSPITAL", hosp_zh(c, g)), tel=P("PHONE", landline(c, g)))
    return d


def chronic_claim(c: Ctx) -> Doc:
    """门诊慢特病待遇认定申请表."""
    pt, doc, agent = people_zh(c, 3)
    g = geo_zh(c)
    age = c.ri(45, 97)
    b = dob(c, age)
    d = Doc()
    d.add("{city}医疗保障局\n门诊慢特病待遇认定申请表\n申请编号：{no}    线上申请：{u}（提交终端 {ip}）\n\n"
          "参保人姓名：{n}  性别：{sx}  年龄：{ag}\n公民身份号码：{idc}\n医保个人编号：{ins}    社保卡号：{sb}\n"
          "单位名称：{w}\n联系地址：{adr}  邮编 {zp}\n联系电话：{ph}\n\n",
          city=P("CITY", g.city), no=P("OTHER_ID", f"MTB{c.digits(10)}"), u=P("URL", url(c, "ybj.example.gov.cn", "mtb/apply")), ip=P("IP", ip(c)),
          n=P("NAME_PATIENT", pt.full), sx=_sex(pt), ag=_age(age), idc=P("ID_CARD", id_card_zh(c, b, pt.sex)),
          ins=P("INSURANCE", c.digits(2) + c.digits(10, False)), sb=P("INSURANCE", f"{c.letters(1)}{c.digits(8)}"),
          w=P("WORKPLACE", unit_zh(c, g)) if age < 65 else "城乡居民（无单位）", adr=addr_zh(c, g), zp=P("POSTCODE", g.zip), ph=P("PHONE", mobile(c)))
    d.add(c.ch((
        f"申请病种：⟦fi|慢性肾脏病5期⟧（⟦pr|血液透析⟧）\n诊断依据：⟦lab|血肌酐 {c.ri(620, 980)} μmol/L⟧，⟦lab|eGFR {c.ri(4, 9)} ml/min/1.73m²⟧，⟦lab|血红蛋白 {c.ri(72, 98)} g/L⟧；"
        "⟦pr|双肾彩超⟧示⟦fi|双肾萎缩⟧；规律透析每周3次，⟦dr|促红细胞生成素⟧⟦do|10000 IU 皮下注射 每周1次⟧，⟦dr|骨化三醇⟧⟦do|0.25μg qd⟧。\n首次透析日期：",
        f"申请病种：⟦ep|帕金森病⟧\n诊断依据：静止性震颤、运动迟缓，⟦ep|Hoehn-Yahr分期⟧{c.ri(2, 4)}期；⟦pr|头颅MRI⟧未见⟦fi|脑梗死⟧；"
        "⟦dr|多巴丝肼⟧⟦do|125 mg tid⟧，⟦dr|普拉克索⟧⟦do|0.25 mg tid⟧。\n首次确诊日期：",
    ) + ((
            f"申请病种：⟦fi|恶性肿瘤门诊放化疗⟧（⟦fi|乳腺浸润性导管癌⟧）\n诊断依据：⟦pr|空芯针穿刺活检⟧，⟦lab|HER2 3+⟧，⟦lab|Ki-67 {c.ri(20, 60)}%⟧；"
            "⟦dr|曲妥珠单抗⟧⟦do|6 mg/kg 每3周1次⟧。\n病理确诊日期：",
    ) if pt.sex == "F" else ())))
    d.add("{fd}    病案号：{m}\n\n",
          fd=P("DATE", dzh(c, day(c, -700, -60), c.ch(("cn", "dash", "slash")))), m=P("MRN", _mrn(c)))
    d.add("诊断医院：{h}（经办机构传真 {fx}）    认定医师：", h=P("HOSPITAL", hosp_zh(c, g)), fx=P("FAX", landline(c, g)))
    d.put(doc_zh(c, doc))
    if age > 75:
        d.add("\n代办人：{a}（{rk}）  电话 {ap}", a=P("NAME_RELATIVE", agent.full), rk="儿子" if agent.sex == "M" else c.ch(("女儿", "儿媳")), ap=P("PHONE", mobile(c)))
    d.add("\n申请日期：{sd}\n", sd=P("DATE", dzh(c, day(c, -5, 0))))
    return d


def occ_health(c: Ctx) -> Doc:
    """职业健康检查表（在岗期间，噪声/粉尘）."""
    pt, doc, nurse = people_zh(c, 3)
    g = geo_zh(c)
    age = c.ri(24, 58)
    b, t = dob(c, age), day(c)
    d = Doc()
    d.add("职业健康检查表\n体检编号：{no}    检查日期：{t}\n姓名：{n}  性别：{sx}  年龄：{ag}  身份证号：{idc}\n用人单位：{w}    工号：{wn}\n"
          "单位联系人传真：{fx}    本人手机：{ph}    邮箱：{em}\n检查类别：在岗期间    接触危害因素：噪声、矽尘    接害工龄：{yr}年\n\n",
          no=P("OTHER_ID", f"ZJ{c.digits(10)}"), t=P("DATE", dzh(c, t, c.ch(("cn", "dash")))), n=P("NAME_PATIENT", pt.full), sx=_sex(pt),
          ag=_age(age), idc=P("ID_CARD", id_card_zh(c, b, pt.sex)), w=P("WORKPLACE", unit_zh(c, g)), wn=P("OTHER_ID", f"GH{c.digits(5)}"),
          fx=P("FAX", landline(c, g)), ph=P("PHONE", mobile(c)), em=P("EMAIL", f"{c.ch(('zhang', 'li', 'wang', 'work', 'hr'))}{c.digits(6)}@{c.ch(('163.com', 'qq.com', '126.com'))}"),
          yr=str(c.ri(2, 20)))
    d.add("症状询问：{nn}诉近半年耳鸣，偶有⟦fi|咳嗽⟧。\n体格检查：⟦me|血压 138/88 mmHg⟧，⟦me|心率 76次/分⟧；⟦an|双侧鼓膜⟧完整。\n"
          "实验室及辅助检查：⟦lab|谷丙转氨酶 32 U/L⟧；⟦pr|纯音测听⟧：⟦an|右耳⟧高频平均听阈⟦me|42 dB HL⟧，⟦an|左耳⟧⟦me|38 dB HL⟧；"
          "⟦pr|高千伏胸片⟧：⟦an|双肺⟧未见⟦fi|小阴影⟧；⟦lab|FEV1/FVC 78%⟧；⟦pr|心电图⟧示⟦fi|窦性心律⟧。\n"
          "检查结论：⟦fi|噪声聋⟧待排，建议复查纯音测听；暂不宜从事噪声作业。\n",
          nn=P("NAME_PATIENT", pt.full) if c.chance(0.5) else c.ch((["小", P("NAME_PATIENT", pt.sur)], ["老", P("NAME_PATIENT", pt.sur)])))
    if c.chance(0.4):
        d.add("职业史：驾驶厂内运输车，车牌{pl}，驾驶证档案编号{dl}。\n", pl=P("VEHICLE", plate_zh(c)), dl=P("LICENSE", c.digits(12)))
    d.add("主检医师：{md}（执业证书编号 {lic}）    护士：{ns}\n体检机构：{h}\n",
          md=doc_zh(c, doc), lic=P("LICENSE", f"2{c.digits(14, False)}"), ns=P("NAME_CLINICIAN", nurse.full), h=P("HOSPITAL", hosp_zh(c, g)))
    return d


def ems_record(c: Ctx) -> Doc:
    """120院前急救病历（出车记录）."""
    pt, caller, doc, drv = people_zh(c, 4)
    g = geo_zh(c)
    age = c.ri(91, 99) if c.chance(0.3) else c.ri(30, 88)
    t = day(c)
    d = Doc()
    d.add("{ems} 院前急救病历\n任务单号：{no}    日期：{t}\n呼救电话：{cp}    呼救人：{cl}（{rk}）\n接车地址：{adr}\n"
          "车辆：{pl}    随车医生：{dr}    驾驶员：{dv}\n\n",
          ems=P("HOSPITAL", g.city + "急救中心"), no=P("OTHER_ID", f"{c.digits(8)}{c.digits(4, False)}"), t=P("DATE", dzh(c, t, c.ch(("cn", "dash", "dot")))),
          cp=P("PHONE", mobile(c)), cl=P("NAME_RELATIVE", caller.full), rk=c.ch(("儿子", "邻居", "老伴")) if caller.sex == "M" else c.ch(("女儿", "邻居", "老伴")),
          adr=addr_zh(c, g, prov=False), pl=P("VEHICLE", plate_zh(c)), dr=doc_zh(c, doc),
          dv=c.pick([P("NAME_CLINICIAN", drv.full)], [P("NAME_CLINICIAN", drv.sur), "师傅"]))
    d.add("患者：{n}  {sx}  {ag}    医保卡号：{ins}\n{sc}"
          "（数据上传 {ip}）。\n", sc=c.ch((
              "主诉：突发⟦fi|胸痛⟧2小时。\n查体：⟦me|BP 86/52 mmHg⟧，⟦me|P 48次/分⟧，⟦me|SpO2 91%⟧，⟦me|GCS 15分⟧；⟦pr|心电图⟧示⟦an|Ⅱ、Ⅲ、aVF导联⟧ST段抬高，"
              "⟦fi|三度房室传导阻滞⟧。\n处置：⟦dr|阿司匹林⟧⟦do|300 mg 嚼服⟧，⟦dr|替格瑞洛⟧⟦do|180 mg口服⟧，⟦dr|阿托品⟧⟦do|0.5 mg静推⟧；⟦pr|远程心电传输⟧至胸痛中心",
              "主诉：言语不清伴⟦fi|右侧肢体无力⟧1小时。\n查体：⟦me|BP 182/104 mmHg⟧，⟦lab|指尖血糖 7.8 mmol/L⟧，⟦me|GCS 14分⟧，⟦me|FAST评分阳性⟧，"
              "⟦ep|巴宾斯基征⟧右侧阳性。\n处置：吸氧，建立静脉通路，⟦dr|甘露醇⟧未用；预警卒中中心",
              "主诉：⟦fi|呼吸困难⟧加重半天，不能平卧。\n查体：⟦me|SpO2 84%⟧，⟦me|R 32次/分⟧，⟦an|双肺⟧满布湿啰音。\n处置：⟦dr|呋塞米⟧⟦do|20 mg静推⟧，"
              "⟦dr|硝酸甘油⟧⟦do|0.5 mg舌下含服⟧；⟦pr|无创通气⟧；通知接收医院",
          )),
          n=c.pick([P("NAME_PATIENT", pt.full)], [P("NAME_PATIENT", pt.full)], ["老", P("NAME_PATIENT", pt.sur)]), sx=_sex(pt), ag=_age(age),
          ins=P("INSURANCE", f"{g.area[1:]}{c.digits(9)}"), ip=P("IP", ip(c)))
    d.add("送达医院：{h}    交接护士：{ns}    病案号：{m}\n家属签字：{cl2}\n",
          h=P("HOSPITAL", hosp_zh(c, g, ward=True)), ns=P("NAME_CLINICIAN", people_zh(c, 1)[0].full), m=P("MRN", _mrn(c)), cl2=P("NAME_RELATIVE", caller.full))
    return d


def port_care(c: Ctx) -> Doc:
    """植入式输液港（PORT）维护手册 — aligned maintenance table."""
    pt, n1, n2 = people_zh(c, 3)
    g = geo_zh(c)
    t0 = day(c, -300, -120)
    d = Doc()
    d.add("植入式静脉输液港维护手册\n{h}  静脉治疗专科门诊\n\n姓名：{n}  住院号：{m}  医保卡号：{ins}\n联系电话：{ph}\n植入日期：{t0}   "
          "植入部位：⟦an|右侧颈内静脉⟧   导管尖端：⟦an|上腔静脉与右心房交界处⟧\n港体序列号：{sn}（型号/批号不记录）\n"
          "维护提醒小程序：{u}\n\n", h=P("HOSPITAL", hosp_zh(c, g)), n=P("NAME_PATIENT", pt.full), m=P("MRN", _mrn(c)),
          ins=P("INSURANCE", f"{c.letters(1)}{c.digits(10)}"), ph=P("PHONE", mobile(c)), t0=P("DATE", dzh(c, t0, "cn")),
          sn=P("DEVICE", serial(c)), u=P("URL", url(c, "m.port-care.example.cn", "remind")))
    d.add("日期          回抽    冲管                    评估            签名\n")
    for i in range(c.ri(3, 5)):
        nn = c.ch((n1, n2))
        d.add("{dt}    通畅    ⟦dr|生理盐水⟧⟦do|20 ml⟧脉冲式    局部无红肿    {sg}\n",
              dt=P("DATE", dzh(c, t0 + dt.timedelta(days=28 * (i + 1)), c.ch(("dash", "dot", "md")))),
              sg=c.pick([P("NAME_CLINICIAN", nn.full)], [P("NAME_CLINICIAN", nn.sur), "护士"]))
    d.add("\n备注：化疗方案 ⟦dr|FOLFOX⟧，⟦dr|奥沙利铂⟧⟦do|85 mg/m²⟧；末次⟦lab|白细胞 3.6×10⁹/L⟧。"
          "因⟦fi|导管相关血栓⟧行⟦pr|血管超声⟧，予⟦dr|利伐沙班⟧⟦do|15 mg bid⟧。⟦ep|Seldinger技术⟧置入。\n")
    if c.chance(0.5):
        d.add("外地维护：患者家住{adr}，可在{h2}维护，联系{rn}（{rp}）。\n", adr=addr_zh(c, g), h2=P("HOSPITAL", hosp_zh(c, g)),
              rn=P("NAME_RELATIVE", people_zh(c, 1)[0].full), rp=P("PHONE", mobile(c)))
    return d


def path_request(c: Ctx) -> Doc:
    """病理检查申请单（含冰冻）."""
    pt, doc, rel = people_zh(c, 3)
    g = geo_zh(c)
    age = c.ri(38, 92)
    t = day(c)
    d = Doc()
    d.add("{h}  病理检查申请单\n病理号：{pn}    标本号：{sp}    条码：{bc}\n姓名：{n}  性别：{sx}  年龄：{ag}  住院号：{m}  就诊卡号：{card}\n"
          "科室：胃肠外科  床号：23    送检日期：{t}\n", h=P("HOSPITAL", hosp_zh(c, g, ward=True)), pn=P("ACCESSION", f"{t.year % 100}P{c.digits(5)}"),
          sp=P("ACCESSION", f"BB{c.digits(8)}"), bc=P("ACCESSION", c.digits(13)), n=P("NAME_PATIENT", pt.full), sx=_sex(pt), ag=_age(age),
          m=P("MRN", _mrn(c)), card=P("ACCOUNT", f"{c.digits(12)}"), t=P("DATE", dzh(c, t, c.ch(("cn", "slash", "dash")))))
    d.add("临床摘要：⟦pr|胃镜⟧示⟦an|胃窦小弯侧⟧溃疡型肿物，⟦me|3.5 cm×2.8 cm⟧，⟦ep|Borrmann Ⅲ型⟧；⟦lab|CEA 12.6 ng/ml⟧；"
          "外院活检示⟦fi|低分化腺癌⟧（外院病理号{op}，借片传真 {fx}）。\n手术名称：⟦pr|腹腔镜根治性远端胃切除术⟧\n标本：①⟦an|远端胃⟧；②第⟦an|6组淋巴结⟧；③⟦an|切缘⟧（冰冻）\n"
          "临床诊断：⟦fi|胃癌⟧ cT3N1M0\n送检医生：", op=P("ACCESSION", f"W{c.digits(2)}-{c.digits(4)}"), fx=P("FAX", landline(c, g)))
    d.put(doc_zh(c, doc))
    d.add("  联系电话：{tel}  LIS终端：{ip}\n", tel=P("PHONE", landline(c, g)), ip=P("IP", ip(c)))
    if c.chance(0.5):
        d.add("报告寄送：{r}（家属）收，{adr}，邮编{zp}。\n", r=P("NAME_RELATIVE", rel.full), adr=addr_zh(c, g), zp=P("POSTCODE", g.zip))
    return d


def contrast_consent(c: Ctx) -> Doc:
    """CT增强检查碘对比剂使用知情同意书."""
    pt, rel, doc = people_zh(c, 3)
    g = geo_zh(c)
    age = c.ri(30, 95)
    b = dob(c, age)
    d = Doc()
    d.add("碘对比剂使用患者知情同意书\n{h} 影像科\n检查号：{ac}    门诊号：{m}\n患者：{n}  {sx}  {ag}  身份证号：{idc}\n检查项目：⟦pr|上腹部CT增强扫描⟧\n"
          "对比剂：⟦dr|碘克沙醇⟧⟦do|80 ml 静脉团注⟧\n\n", h=P("HOSPITAL", hosp_zh(c, g)), ac=P("ACCESSION", f"CT{c.digits(9)}"), m=P("MRN", _mrn(c)),
          n=P("NAME_PATIENT", pt.full), sx=_sex(pt), ag=_age(age), idc=P("ID_CARD", id_card_zh(c, b, pt.sex)))
    d.add("风险评估：⟦lab|肌酐 98 μmol/L⟧，⟦lab|eGFR 72 ml/min⟧；⟦fi|甲状腺功能亢进⟧：无；服用⟦dr|二甲双胍⟧：有，检查后停用48小时。\n"
          "可能的不良反应：⟦fi|过敏样反应⟧、⟦fi|对比剂肾病⟧、⟦fi|对比剂外渗⟧等。\n")
    if c.chance(0.6):
        d.add("体内植入物：心脏起搏器（序列号 {sn}），CT检查不受影响。\n", sn=P("DEVICE", serial(c)))
    d.add("患者/家属意见：同意。\n患者签名：{ns}    家属签名：{r}（与患者关系：{rk}）  电话：{ph}\n谈话医生：",
          ns=P("NAME_PATIENT", pt.full), r=P("NAME_RELATIVE", rel.full), rk=c.ch(("配偶", "儿子", "兄弟")) if rel.sex == "M" else c.ch(("配偶", "女儿", "姐妹")), ph=P("PHONE", mobile(c)))
    d.put(doc_zh(c, doc))
    d.add("    日期：{t}\n电子签名终端：{ip}\n", t=P("DATE", dzh(c, day(c), c.ch(("cn", "dash", "dot")))), ip=P("IP", ip(c)))
    return d


def foreign_opd(c: Ctx) -> Doc:
    """涉外患者（国际医疗部）门诊病历, Chinese with English."""
    g = geo_zh(c)
    sex = c.ch("MF")
    first, last = c.ch(FIRST_M if sex == "M" else FIRST_F), c.ch(SURNAMES)
    doc, interp = people_zh(c, 2)
    kind, no = passport_zh(c) if c.chance(0.3) else ("护照", f"{c.letters(2)}{c.digits(7)}")
    age = c.ri(22, 70)
    d = Doc()
    d.add("{h} 国际医疗部 门诊病历 / Outpatient Record\n姓名 Name：{nm}    性别：{sx}    年龄：{ag}岁\n{kd}号码：{no}    国籍：{nat}\n"
          "门诊号：{m}    结算单号：{acc}    商业保险保单号：{pol}\n邮箱：{em}    电话：{ph}\n现住址：{adr}\n就诊日期：{t}\n\n",
          h=P("HOSPITAL", hosp_zh(c, g)), nm=P("NAME_PATIENT", c.ch((f"{last.upper()} {first.upper()}", f"{first} {last}", f"{last}, {first}"))),
          sx="男" if sex == "M" else "女", ag=str(age), kd=kind, no=P("PASSPORT", no), nat=c.ch(("美国", "英国", "加拿大", "澳大利亚", "德国")),
          m=P("MRN", _mrn(c)), acc=P("ACCOUNT", f"JS{c.digits(12)}"), pol=P("INSURANCE", f"{c.letters(3)}-{c.digits(8)}"),
          em=P("EMAIL", f"{first.lower()}.{last.lower().replace(chr(39), '')}@{c.ch(('gmail.com', 'outlook.com', 'icloud.com'))}"),
          ph=P("PHONE", mobile(c)), adr=addr_zh(c, g, prov=False), t=P("DATE", dzh(c, day(c), c.ch(("cn", "dash")))))
    d.add("主诉 CC：腹泻3天 diarrhea x3d，近期赴云南旅行。\n现病史：每日水样便6-8次，伴⟦fi|发热⟧⟦me|T 38.4℃⟧。既往⟦fi|乳糜泻⟧ celiac disease。\n"
          "查体：⟦me|BP 108/66 mmHg⟧，⟦an|脐周⟧轻压痛。\n辅助检查：⟦lab|白细胞 12.8×10⁹/L⟧，⟦lab|CRP 46 mg/L⟧；粪便检验条码 {bc}。\n"
          "诊断：⟦fi|感染性腹泻⟧，⟦fi|轻度脱水⟧\n处理：⟦dr|阿奇霉素⟧⟦do|500 mg qd×3天⟧；⟦dr|口服补液盐⟧。报告查询：{u}\n",
          bc=P("ACCESSION", c.digits(12)), u=P("URL", url(c, "intl.example-hospital.cn", "report")))
    d.add("医生：")
    d.put(doc_zh(c, doc))
    d.add("    翻译：{it}\n", it=c.pick([P("NAME_CLINICIAN", interp.full)], [P("NAME_CLINICIAN", interp.sur), "老师"]))
    return d


def postpartum_visit(c: Ctx) -> Doc:
    """产后访视记录（社区上门）."""
    mom, doc = people_zh(c, 2)
    mom = type(mom)(mom.sur, mom.giv if mom.sex == "F" else "慧琳", "F")
    husb = people_zh(c, 1)[0]
    husb = type(husb)(husb.sur, husb.giv if husb.sex == "M" else "立新", "M")
    g = geo_zh(c)
    age = c.ri(22, 40)
    b = dob(c, age)
    bd = day(c, -20, -3)
    small = c.ch(SMALL_ZH)
    d = Doc()
    d.add("产后访视记录表\n编号：{no}\n产妇姓名：{n}    年龄：{age}岁    身份证号：{idc}\n丈夫：{h}    电话：{ph}\n"
          "现住址：{adr}    邮编：{zp}\n分娩日期：{bd}    分娩医院：{hp}    分娩方式：⟦pr|剖宫产⟧\n访视日期：{vd}\n\n",
          no=P("OTHER_ID", f"CH{c.digits(9)}"), n=P("NAME_PATIENT", mom.full), age=str(age), idc=P("ID_CARD", id_card_zh(c, b, "F")),
          h=P("NAME_RELATIVE", husb.full), ph=P("PHONE", mobile(c)), adr=addr_zh(c, g), zp=P("POSTCODE", g.zip),
          bd=P("DATE", dzh(c, bd, c.ch(("cn", "dash")))), hp=P("HOSPITAL", hosp_zh(c, g)), vd=P("DATE", dzh(c, day(c, -2, 0), "md")))
    d.add("产妇：⟦me|体温 36.7℃⟧，⟦me|血压 126/82 mmHg⟧；⟦an|乳房⟧无硬结，乳汁充足；⟦an|子宫⟧脐下两指；恶露血性量少；⟦an|腹部切口⟧愈合好。"
          "孕期⟦fi|妊娠期糖尿病⟧，今⟦lab|空腹血糖 5.2 mmol/L⟧。服用⟦dr|多糖铁复合物⟧⟦do|150 mg qd⟧。⟦me|EPDS评分 8分⟧。\n"
          "新生儿：小名“{sm}”，{sex}，⟦me|出生体重 3250 g⟧，今⟦me|体重 3480 g⟧；⟦fi|生理性黄疸⟧消退，⟦lab|经皮胆红素 8.6 mg/dl⟧；"
          "⟦an|脐部⟧干燥；⟦ep|Apgar评分⟧出生时9-10分。\n", sm=P("NAME_RELATIVE", small), sex=c.ch(("男", "女")))
    d.add("指导：母乳喂养，42天后到{hp2}复查。{ss}奶奶（{gm}）同住协助照护。\n访视人：", hp2=P("HOSPITAL", hosp_zh(c, g)),
          ss=P("NAME_RELATIVE", small), gm=P("NAME_RELATIVE", people_zh(c, 1)[0].full))
    d.put(doc_zh(c, doc))
    d.add("\n")
    return d


def cancer_followup(c: Ctx) -> Doc:
    """肿瘤患者随访登记表."""
    pt, rel, doc = people_zh(c, 3)
    g = geo_zh(c)
    age = c.ri(90, 96) if c.chance(0.3) else c.ri(45, 85)
    d = Doc()
    d.add("{h} 肿瘤随访登记表\n随访编号：{no}    病案号：{m}    病理号：{pn}\n姓名：{n}  年龄：{ag}  电话：{ph}  邮箱：{em}\n"
          "联系人：{r}（{rk}）{rp}\n随访问卷链接：{u}\n\n", h=P("HOSPITAL", hosp_zh(c, g)), no=P("OTHER_ID", f"SF{c.digits(8)}"),
          m=P("MRN", _mrn(c)), pn=P("ACCESSION", f"{c.digits(2)}-{c.digits(5, False)}"), n=P("NAME_PATIENT", pt.full), ag=_age(age),
          ph=P("PHONE", mobile(c)), em=P("EMAIL", f"{c.ch(('sunny', 'happy', 'lucky', 'blue'))}{c.digits(4)}@{c.ch(('163.com', 'qq.com', 'sina.com'))}"),
          r=P("NAME_RELATIVE", rel.full), rk=c.ch(("儿子", "配偶")) if rel.sex == "M" else c.ch(("女儿", "配偶")), rp=P("PHONE", mobile(c)), u=P("URL", url(c, "sf.example-onc.cn", "q")))
    dx0, dx1 = c.ch((
        ("诊断：⟦fi|右肺上叶腺癌⟧ pT1cN0M0 IA3期，⟦lab|EGFR 19外显子缺失⟧\n手术：", "行⟦pr|胸腔镜右肺上叶切除术⟧\n术后用药：⟦dr|奥希替尼⟧⟦do|80 mg qd⟧\n\n"),
        ("诊断：⟦fi|乙状结肠腺癌⟧ pT3N1aM0 ⅢB期，⟦lab|MSS⟧\n手术：", "行⟦pr|腹腔镜乙状结肠切除术⟧\n术后：⟦dr|CAPEOX⟧方案8周期\n\n"),
        ("诊断：⟦fi|左乳浸润性导管癌⟧ pT2N0M0，⟦lab|ER 90%⟧\n手术：", "行⟦pr|保乳手术⟧\n术后用药：⟦dr|他莫昔芬⟧⟦do|10 mg bid⟧\n\n"),
    ))
    d.add("{dx0}{sd}{dx1}随访记录：\n", dx0=dx0, dx1=dx1, sd=P("DATE", dzh(c, day(c, -500, -300), "cn")))
    for i in range(c.ri(2, 3)):
        d.add("{dt}  电话随访 {who}：⟦pr|复查增强CT⟧未见复发，⟦lab|CEA {cea} ng/ml⟧，⟦me|ECOG {ec}分⟧。\n", cea=c.fl(0.8, 4.9), ec=str(c.ri(0, 2)),
              dt=P("DATE", dzh(c, day(c, -280 + i * 90, -200 + i * 90), c.ch(("dash", "dot", "slash")))),
              who=c.pick([P("NAME_PATIENT", pt.full), "本人接听"], [P("NAME_RELATIVE", rel.full), "代答"], ["本人接听"]))
    d.add("随访人：")
    d.put(doc_zh(c, doc))
    d.add("\n")
    return d


def escort_register(c: Ctx) -> Doc:
    """病区陪护人员登记表 (CSV export of several patients)."""
    g = geo_zh(c)
    d = Doc()
    d.add("{h} 神经内科二病区 陪护人员登记表（导出：{t}，终端 {ip}）\n床号,患者姓名,年龄,住院号,陪护人,关系,陪护人证件号,手机,车牌\n",
          h=P("HOSPITAL", hosp_zh(c, g, ward=True)), t=P("DATE", dzh(c, day(c), "dash")), ip=P("IP", ip(c)))
    n = c.ri(3, 5)
    ps = people_zh(c, 2 * n)
    for i in range(n):
        pt, es = ps[2 * i], ps[2 * i + 1]
        age = c.ri(90, 99) if c.chance(0.25) else c.ri(40, 89)
        if c.chance(0.8):
            idv = P("ID_CARD", id_card_zh(c, dob(c, c.ri(25, 65)), es.sex))
        else:
            idv = P("PASSPORT", passport_zh(c)[1])
        d.add("{bed},{n},{ag},{m},{e},{rk},{idv},{ph},{pl}\n", bed=str(c.ri(1, 40)), n=P("NAME_PATIENT", pt.full),
              ag=P("AGE_OVER_89", str(age)) if age > 89 else str(age), m=P("MRN", _mrn(c)),
              e=c.pick([P("NAME_RELATIVE", es.full)], [P("NAME_RELATIVE", es.full)], [P("NAME_RELATIVE", es.sur), c.ch(("师傅", "叔")) if es.sex == "M" else c.ch(("姐", "阿姨"))]),
              rk=c.ch(("配偶", "儿子", "护工", "孙子")) if es.sex == "M" else c.ch(("配偶", "女儿", "护工", "孙女")), idv=idv, ph=P("PHONE", mobile(c)), pl=P("VEHICLE", plate_zh(c)) if c.chance(0.5) else "无")
    d.add("\n备注：⟦fi|脑梗死⟧患者陪护须掌握⟦pr|鼻饲⟧及防⟦fi|压力性损伤⟧翻身；⟦ep|Braden评分⟧≤12分者每2小时翻身；"
          "⟦dr|阿替普酶⟧溶栓后24小时内绝对卧床；⟦me|NIHSS评分6分⟧以上限一人陪护。\n护士长：{hn}\n", hn=P("NAME_CLINICIAN", people_zh(c, 1)[0].full))
    return d


def food_health_cert(c: Ctx) -> Doc:
    """从业人员预防性健康检查登记及健康证发放表."""
    pt, doc = people_zh(c, 2)
    g = geo_zh(c)
    age = c.ri(18, 60)
    b = dob(c, age)
    t = day(c)
    d = Doc()
    if c.chance(0.8):
        cid = ["身份证号：", P("ID_CARD", id_card_zh(c, b, pt.sex))]
    else:
        k, no = passport_zh(c)
        cid = [f"{k}：", P("PASSPORT", no)]
    d.add("从业人员预防性健康检查登记表\n体检机构：{h}    体检日期：{t}\n姓名：{n}  性别：{sx}  年龄：{ag}岁  ", h=P("HOSPITAL", hosp_zh(c, g)),
          t=P("DATE", dzh(c, t, c.ch(("cn", "dash", "slash")))), n=P("NAME_PATIENT", pt.full), sx=_sex(pt), ag=str(age))
    d.put(cid)
    d.add("\n从业单位：{w}（食品/公共场所）\n手机：{ph}    邮箱：{em}\n收费单号：{acc}    打印终端：{ip}\n\n", w=P("WORKPLACE", unit_zh(c, g)),
          ph=P("PHONE", mobile(c)), em=P("EMAIL", f"{c.ch(('xm', 'jj', 'ly', 'zq'))}{c.digits(7)}@{c.ch(('163.com', 'qq.com', '139.com'))}"),
          acc=P("ACCOUNT", f"SF{c.digits(11)}"), ip=P("IP", ip(c)))
    d.add("检查项目：\n  ⟦pr|胸部X线⟧：⟦an|双肺⟧未见⟦fi|活动性肺结核⟧\n  ⟦lab|粪便沙门氏菌培养 阴性⟧    ⟦lab|粪便志贺氏菌培养 阴性⟧\n"
          "  ⟦lab|谷丙转氨酶 28 U/L⟧    ⟦lab|甲肝IgM 阴性⟧    ⟦lab|戊肝IgM 阴性⟧\n  皮肤：⟦an|双手⟧未见⟦fi|化脓性皮肤病⟧、⟦fi|银屑病⟧\n"
          "  ⟦me|身高 168 cm⟧  ⟦me|体重 61 kg⟧\n结论：合格。健康证号：{hz}，有效期至{ex}。\n主检医师：", hz=P("OTHER_ID", f"{t.year}{c.digits(8)}"),
          ex=P("DATE", dzh(c, t.replace(year=t.year + 1) if not (t.month == 2 and t.day == 29) else t, "cn")))
    d.put(doc_zh(c, doc))
    d.add("（执业证书编号：{lic}）\n领证人签名：{sg}\n", lic=P("LICENSE", f"1{c.digits(14, False)}"), sg=P("NAME_PATIENT", pt.full))
    return d


TEMPLATES = [
    ("zh14_death_certificate_stub", death_cert),
    ("zh14_chronic_disease_benefit_application", chronic_claim),
    ("zh14_occupational_health_exam", occ_health),
    ("zh14_ems_prehospital_record", ems_record),
    ("zh14_port_maintenance_booklet", port_care),
    ("zh14_pathology_request", path_request),
    ("zh14_contrast_consent", contrast_consent),
    ("zh14_international_outpatient", foreign_opd),
    ("zh14_postpartum_home_visit", postpartum_visit),
    ("zh14_cancer_followup_register", cancer_followup),
    ("zh14_escort_register_csv", escort_register),
    ("zh14_food_worker_health_cert", food_health_cert),
]
