"""v16 Chinese templates, part 2 (six document types; templates_v16_zh.TEMPLATES lists all twelve)."""

# ruff: noqa: E501  (document text is kept on one line per printed line)

from __future__ import annotations

from _core import Ctx, Doc, P
from _v16_kit import (
    ZH_WORK,
    ZhAddr,
    day,
    dob,
    email,
    idcard,
    ip,
    later,
    old,
    url,
    zh_date,
    zh_doc,
    zh_hospital,
    zh_land,
    zh_license,
    zh_mobile,
    zh_passport,
    zh_person,
    zh_plate,
)

CN_NUM = {90: "九十", 91: "九十一", 92: "九十二", 93: "九十三", 94: "九十四", 95: "九十五", 96: "九十六", 97: "九十七", 98: "九十八", 99: "九十九"}


def zage(c: Ctx, n: int) -> list:
    b, v, a = c.pick(("", str(n), "岁"), ("", str(n), "周岁"), ("年龄：", str(n), "岁"), ("", str(n), "岁高龄"), ("", CN_NUM.get(n, str(n)), "岁"), ("", f"{n}Y", ""))
    return [b, P("AGE_OVER_89", v), a]


def addr(c: Ctx, a: ZhAddr) -> list:
    out = [] if a.muni else [P("PROVINCE_STATE", a.prov)]
    return out + [P("CITY", a.city), P("ADDRESS_STREET", a.street)]


def labor_ability(c: Ctx) -> Doc:
    """劳动能力鉴定申请表（工伤职工）及医疗机构意见."""
    d, pt, a, when = Doc(), zh_person(c), ZhAddr(c), day(c)
    b = dob(c, 24, 58)
    agent = zh_person(c)
    d.add("劳动能力鉴定申请表\n鉴定编号：{no}　受理日期：{dt}\n\n", no=P("OTHER_ID", f"LJ{when.year}{c.digits(5)}"), dt=P("DATE", zh_date(c, when, "cn")))
    d.add("| 姓名 | {n} | 性别 | {s} | 出生年月 | {bm} |\n| 身份证号 | {id} | 社保卡号 | {sb} |\n| 工伤保险个人编号 | {gs} | 联系电话 | {ph} |\n",
          n=P("NAME_PATIENT", pt.full), s="男" if pt.sex == "M" else "女", bm=f"{b.year}.{b.month:02d}", id=P("ID_CARD", idcard(c, b, pt.sex)), sb=P("INSURANCE", c.pick(c.digits(9), f"{a.code}{c.letters(1)}{c.digits(8)}")),
          gs=P("INSURANCE", c.digits(12)), ph=P("PHONE", zh_mobile(c)))
    d.add("| 用人单位 | {w} | 单位传真 | {fx} |\n| 通讯地址 | ", w=P("WORKPLACE", c.ch(ZH_WORK)), fx=P("FAX", zh_land(c, a)))
    d.add("{ad} | 邮编 | {pc} |\n\n", ad=addr(c, a), pc=P("POSTCODE", a.post))
    d.add("工伤认定：{gd}，认定书编号 {rd}。受伤经过：{how}\n", gd=P("DATE", zh_date(c, later(when, -c.ri(120, 400)), "cn")), rd=P("OTHER_ID", f"{a.city[:2]}人社工认字〔{when.year - 1}〕{c.digits(4)}号"),
          how=c.pick("驾驶厂内叉车时被挤压，⟦fi|右小腿开放性骨折⟧。", "骑电动车送货途中与货车相撞，⟦fi|腰1椎体压缩性骨折⟧。", "冲床压伤⟦an|左手示指、中指⟧，行⟦pr|截指术⟧。"))
    if c.chance(0.5):
        d.add("肇事车辆：{pl}\n", pl=P("VEHICLE", zh_plate(c, a.plate_pre)))
    d.add("\n医疗机构诊疗情况：{h}住院号 {m}，{sd}至{ed}住院。\n", h=P("HOSPITAL", zh_hospital(c, a)), m=P("MRN", c.pick(f"ZY{c.digits(8)}", c.digits(8))),
          sd=P("DATE", zh_date(c, later(when, -c.ri(100, 380)), "dot")), ed=P("DATE", zh_date(c, later(when, -c.ri(60, 99)), "dot")))
    d.add("目前情况：{now}\n", now=c.pick("⟦an|右膝关节⟧活动度⟦me|0-90°⟧，⟦fi|骨折延迟愈合⟧，持拐行走。", "⟦fi|腰部活动受限⟧，⟦me|VAS评分5分⟧，口服⟦dr|塞来昔布⟧⟦do|0.2g qd⟧。", "⟦an|左手⟧握力下降，⟦pr|肌电图⟧示⟦fi|正中神经损伤⟧。"))
    d.add("申请人签名：{sg}　　委托代理人：{ag}（身份证 {aid}）\n网上申报提交IP：{i}\n经办人：{jb}　　鉴定委员会办公室电话：{tel}\n", sg=P("NAME_PATIENT", pt.full), ag=P("NAME_RELATIVE", agent.full),
          aid=P("ID_CARD", idcard(c, dob(c, 30, 65), agent.sex)), i=P("IP", ip(c)), jb=P("NAME_CLINICIAN", zh_doc(c).full), tel=P("PHONE", zh_land(c, a)))
    if c.chance(0.4):
        d.add("邮件通知：{em}\n", em=P("EMAIL", email(c)))
    return d


def wristband(c: Ctx) -> Doc:
    """住院患者腕带补打/更换登记（系统导出 CSV）."""
    d, when = Doc(), day(c)
    ward = c.pick("心内二病区", "老年病科", "骨科一病区", "呼吸与危重症医学科")
    d.add("# 腕带补打登记导出 {ward}  导出时间 {dt} {tm}  终端 {i}\n", ward=ward, dt=P("DATE", zh_date(c, when, "dash")), tm=f"{c.ri(7, 22):02d}:{c.ri(10, 59)}", i=P("IP", ip(c)))
    d.add("序号,住院号,姓名,性别,年龄,床号,补打原因,身份证号,操作员,核对护士,日期\n")
    for i in range(c.ri(3, 5)):
        p = zh_person(c, minority=0.15)
        n = old(c) if c.chance(0.35) else c.ri(19, 88)
        sex = "男" if p.sex == "M" else "女"
        d.add("{i},{m},{n},{s},{age},{bed},{why},{id},{op},{nr},{dt}\n", i=i + 1, m=P("MRN", c.pick(c.digits(8), f"Z{c.digits(7)}")), n=P("NAME_PATIENT", p.full), s=sex,
              age=P("AGE_OVER_89", str(n)) if n > 89 else str(n), bed=f"{c.ri(1, 46)}床", why=c.pick("字迹模糊", "输液时剪断", "转科", "信息更正", "过敏标识补加"),
              id=P("ID_CARD", idcard(c, dob(c, n, n), p.sex)) if c.chance(0.6) else "", op=P("NAME_CLINICIAN", zh_doc(c).full), nr=P("NAME_CLINICIAN", zh_doc(c).full),
              dt=P("DATE", zh_date(c, later(when, -c.ri(0, 6)), "dash")))
    d.add("# 备注：{ex}\n", ex=c.pick(["3床", P("NAME_CLINICIAN", zh_doc(c).sur), "护士已双人核对"], "过敏标识：⟦dr|青霉素⟧、⟦dr|碘海醇⟧", ["病区联系电话 ", P("PHONE", zh_land(c, ZhAddr(c)))]))
    d.add("# {h} 护理部\n", h=P("HOSPITAL", zh_hospital(c)))
    return d


def disability(c: Ctx) -> Doc:
    """残疾人证申请评定表（肢体/视力残疾）."""
    d, pt, a, when = Doc(), zh_person(c), ZhAddr(c, rural=0.5), day(c)
    elderly = c.chance(0.5)
    n = old(c) if elderly else c.ri(8, 75)
    b = dob(c, n, n)
    g = zh_person(c)
    d.add("中华人民共和国残疾人证申请评定表\n评定机构：{h}\n\n", h=P("HOSPITAL", zh_hospital(c, a)))
    d.add("申请人姓名 {nm}　性别 {s}　年龄 ", nm=P("NAME_PATIENT", pt.padded(c)), s="男" if pt.sex == "M" else "女")
    d.add("{age}\n身份证号 {id}　病案号 {m}\n户籍地址 ", age=zage(c, n) if n > 89 else f"{n}岁", id=P("ID_CARD", idcard(c, b, pt.sex)), m=P("MRN", c.digits(8)))
    d.add("{ad}\n邮编 {pc}　监护人/代办人 {g}（{rel}）电话 {ph}\n\n", ad=addr(c, a), pc=P("POSTCODE", a.post), g=P("NAME_RELATIVE", g.full),
          rel=c.pick("儿子", "孙子", "侄子") if g.sex == "M" else c.pick("女儿", "儿媳", "母亲", "侄女"), ph=P("PHONE", zh_mobile(c)))
    kind = c.pick("肢", "视")
    if kind == "肢":
        d.add("残疾类别：肢体\n致残原因：{why}\n检查：⟦an|右侧肢体⟧肌力⟦me|3级⟧，⟦me|改良Rankin量表4分⟧，⟦ep|Brunnstrom分期⟧Ⅲ期。\n", why=c.pick("⟦fi|脑梗死后遗症⟧", "⟦fi|脊髓损伤⟧", "⟦fi|类风湿关节炎⟧"))
    else:
        d.add("残疾类别：视力\n致残原因：{why}\n检查：最佳矫正视力 右⟦me|0.05⟧ 左⟦me|0.08⟧，⟦pr|视野检查⟧半径⟦me|<10°⟧。\n", why=c.pick("⟦fi|青光眼⟧", "⟦fi|年龄相关性黄斑变性⟧", "⟦fi|糖尿病视网膜病变⟧"))
    d.add("评定结论：{lv}\n", lv=c.pick("肢体二级", "肢体三级", "视力一级", "视力二级"))
    d.add("评定医师：{dn}（执业证书编号 {l}）　评定日期：{dt}\n", dn=P("NAME_CLINICIAN", zh_doc(c).full), l=P("LICENSE", zh_license(c)), dt=P("DATE", zh_date(c, when, c.pick("cn", "dash"))))
    d.add("残联审核：残疾人证号 {no}（{iss}发证）\n", no=P("OTHER_ID", idcard(c, b, pt.sex) + c.pick("11", "21", "12", "42")), iss=P("DATE", zh_date(c, later(when, c.ri(15, 40)), "cn")))
    if elderly:
        d.add("备注：申请人{nick}由{who}陪同，行动不便，上门评定。\n", nick=c.pick(["“老", P("NAME_PATIENT", pt.sur), "”"], "老人") if pt.sur else "老人", who=P("NAME_RELATIVE", g.full))
    return d


def arthroplasty(c: Ctx) -> Doc:
    """人工全膝/全髋关节置换手术记录（含植入物登记）."""
    d, pt, when = Doc(), zh_person(c), day(c)
    sur, a1, an = zh_doc(c), zh_doc(c), zh_doc(c)
    n = old(c) if c.chance(0.2) else c.ri(58, 86)
    knee = c.chance(0.55)
    d.add("{h}\n手 术 记 录\n\n姓名：{nm}　性别：{s}　年龄：", h=P("HOSPITAL", zh_hospital(c)), nm=P("NAME_PATIENT", pt.padded(c)), s="男" if pt.sex == "M" else "女")
    d.add("{age}　住院号：{m}　医保：{ins}\n手术日期：{dt}\n", age=zage(c, n) if n > 89 else f"{n}岁", m=P("MRN", c.digits(c.pick(7, 8, 10))), ins=P("INSURANCE", c.digits(c.pick(10, 16))),
          dt=P("DATE", zh_date(c, when, c.pick("cn", "dash"))))
    d.add("术者：{s}　一助：{a}　麻醉：{an}（{how}）\n", s=P("NAME_CLINICIAN", sur.full), a=P("NAME_CLINICIAN", a1.full), an=P("NAME_CLINICIAN", an.full), how=c.pick("腰硬联合麻醉", "全身麻醉"))
    if knee:
        d.add("术前诊断：⟦fi|{side}膝骨关节炎⟧（⟦ep|Kellgren-Lawrence分级⟧Ⅳ级）\n手术名称：⟦pr|{side}全膝关节置换术⟧\n", side=c.pick("左", "右"))
        d.add("手术经过：上止血带⟦me|280mmHg⟧，髌旁内侧入路，截骨后安放假体，⟦an|内侧副韧带⟧平衡良好，术中⟦dr|氨甲环酸⟧⟦do|1g⟧关节腔注射，⟦dr|罗哌卡因⟧⟦do|200mg⟧局部浸润。\n")
    else:
        d.add("术前诊断：⟦fi|股骨头坏死⟧（ARCO Ⅳ期），术前⟦ep|Harris髋关节评分⟧⟦me|42分⟧\n手术名称：⟦pr|人工全髋关节置换术⟧\n")
        d.add("手术经过：后外侧入路，切除⟦an|股骨头⟧送病理（病理号 {pa}），髋臼磨锉至⟦me|52mm⟧，安放臼杯及股骨柄，⟦dr|头孢唑林⟧⟦do|2g⟧术前半小时静滴。\n", pa=P("ACCESSION", f"P{when.year % 100}-{c.digits(5)}"))
    d.add("出血约⟦me|200ml⟧，未输血，术后安返病房。\n\n植入物登记（条码粘贴处）：\n")
    for part in (("股骨髁假体", "胫骨平台", "聚乙烯垫片") if knee else ("髋臼杯", "股骨柄", "陶瓷球头")):
        d.add("　{p}　型号 {ref}　批号 {lot}　序列号 {sn}\n", p=part, ref=f"{c.letters(2)}-{c.digits(4)}", lot=c.alnum(8), sn=P("DEVICE", c.pick(f"{c.letters(2)}{c.digits(8)}", c.digits(12), f"SN{c.alnum(9)}")))
    d.add("费用结算单号：{acc}\n记录者：{r}　{rd}\n", acc=P("ACCOUNT", f"JS{c.digits(12)}"), r=P("NAME_CLINICIAN", a1.full), rd=P("DATE", zh_date(c, when, "md")))
    d.add("术者签名：{s}（医师执业证书编号 {l}）\n", s=P("NAME_CLINICIAN", sur.full), l=P("LICENSE", zh_license(c)))
    return d


def vct(c: Ctx) -> Doc:
    """艾滋病自愿咨询检测（VCT）登记表."""
    d, pt, when = Doc(), zh_person(c), day(c)
    doc = zh_doc(c)
    partner = zh_person(c)
    d.add("自愿咨询检测（VCT）个案登记表\n咨询编号：{no}　门诊：{h}\n\n", no=P("OTHER_ID", f"VCT-{when.year}-{c.digits(4)}"), h=P("HOSPITAL", c.pick("市疾控中心VCT门诊", "第三人民医院（感染病院区）皮肤性病科", zh_hospital(c))))
    d.add("求询者：{n}　年龄 {age}岁　联系电话 {ph}\n", n=P("NAME_PATIENT", c.pick(pt.full, pt.given) if pt.sur else pt.full), age=c.ri(17, 60), ph=P("PHONE", zh_mobile(c)))
    if c.chance(0.3):
        d.add("证件：护照 {pp}\n", pp=P("PASSPORT", zh_passport(c)))
    d.add("预约方式：线上 {u}（登录IP {i}）　邮箱 {em}\n咨询日期：{dt}\n\n", u=P("URL", url(c, "vct.cdc-online.cn", "booking")), i=P("IP", ip(c)), em=P("EMAIL", email(c)),
          dt=P("DATE", zh_date(c, when, c.pick("cn", "dash", "slash"))))
    d.add("危险行为：{r}\n性伴：{p}（{rel}），微信号 {wx}。\n", r=c.pick("近3个月无保护性行为", "共用注射器", "配偶确诊后检测"), p=P("NAME_RELATIVE", c.pick(partner.full, partner.given if partner.sur else partner.full)),
          rel=c.pick("男友", "配偶", "临时性伴"), wx=c.pick("未提供", "已加咨询员"))
    d.add("检测：⟦lab|HIV抗体快检 {r1}⟧，⟦lab|梅毒TPPA {r2}⟧，标本条码 {bc}。\n", r1=c.pick("阴性", "阳性"), r2=c.pick("阴性", "阳性"), bc=P("ACCESSION", c.digits(13)))
    d.add("处理：{tx}\n", tx=c.pick("告知窗口期，建议⟦me|4周⟧后复检；发放⟦dr|替诺福韦/恩曲他滨⟧⟦do|1片 qd⟧暴露前预防（PrEP）。", "送确证实验室⟦pr|免疫印迹试验⟧；已转介抗病毒治疗门诊；警惕⟦ep|卡波西肉瘤⟧及⟦ep|卡氏肺孢子菌肺炎⟧。", "⟦dr|苄星青霉素⟧⟦do|240万U 肌注⟧，每周1次共3次。"))
    d.add("咨询员：{cn}　督导：{sv}老师　复诊预约 {fd}\n", cn=P("NAME_CLINICIAN", doc.full), sv=P("NAME_CLINICIAN", zh_doc(c).sur), fd=P("DATE", zh_date(c, later(when, 28), "md")))
    return d


def oxygen_rent(c: Ctx) -> Doc:
    """家用制氧机/无创呼吸机租赁登记单（出院带机）."""
    d, pt, a, when = Doc(), zh_person(c), ZhAddr(c), day(c)
    fam = zh_person(c)
    n = old(c) if c.chance(0.6) else c.ri(55, 88)
    d.add("{h} 呼吸与危重症医学科\n家用医疗设备租赁登记单　单号 {no}\n\n", h=P("HOSPITAL", zh_hospital(c, a)), no=P("ACCOUNT", f"ZL{c.digits(10)}"))
    d.add("患者：{nm}　年龄：", nm=P("NAME_PATIENT", pt.padded(c)))
    d.add("{age}　住院号：{m}　身份证：{id}\n", age=zage(c, n) if n > 89 else f"{n}岁", m=P("MRN", c.digits(9)), id=P("ID_CARD", idcard(c, dob(c, n, n), pt.sex)))
    d.add("诊断：⟦fi|慢性阻塞性肺疾病急性加重⟧，⟦fi|Ⅱ型呼吸衰竭⟧；出院⟦lab|PaCO2 58 mmHg⟧，⟦lab|PaO2 62 mmHg⟧。\n医嘱：⟦pr|家庭氧疗⟧⟦me|2L/min⟧，每日≥15小时；⟦pr|无创通气⟧ ⟦me|IPAP 18 cmH2O⟧/⟦me|EPAP 5 cmH2O⟧。\n")
    d.add("设备：{dev}　序列号 {sn}\n押金收据号 {rc}　医保个人编号 {ins}\n", dev=c.pick("家用制氧机 5L", "双水平无创呼吸机 ST30", "指夹式血氧仪"), sn=P("DEVICE", c.pick(f"{c.letters(2)}{c.digits(9)}", f"{c.digits(4)}{c.letters(1)}{c.digits(6)}")),
          rc=P("ACCOUNT", f"YJ{c.digits(8)}"), ins=P("INSURANCE", c.digits(c.pick(10, 12))))
    d.add("租用人（家属）：{f}　电话：{ph}　送机地址：", f=P("NAME_RELATIVE", fam.full), ph=P("PHONE", zh_mobile(c)))
    d.add("{ad}　邮编 {pc}\n", ad=addr(c, a), pc=P("POSTCODE", a.post))
    d.add("送机车辆：{pl}　司机：{drv}师傅　送机日期：{dt}\n", pl=P("VEHICLE", zh_plate(c, a.plate_pre)), drv=P("NAME_CLINICIAN", zh_doc(c).sur), dt=P("DATE", zh_date(c, later(when, c.ri(0, 2)), c.pick("cn", "md", "dash"))))
    d.add("使用培训：{rt}呼吸治疗师　复诊：{fu}\n设备报修/续租小程序：{u}\n", rt=P("NAME_CLINICIAN", zh_doc(c).full), fu=P("DATE", zh_date(c, later(when, 30), "cn")), u=P("URL", url(c, "m.yl-rent.cn", "order")))
    d.add("备注：{rem}\n", rem=c.pick(["老人说“我", P("AGE_OVER_89", str(n)) if n > 89 else f"{n}", "了，机器声音别太大”。"], "已告知远离明火。", ["家属", P("NAME_RELATIVE", fam.sur or fam.given), "女士已签字。" if fam.sex == "F" else "先生已签字。"]))
    return d


TEMPLATES = [
    ("zh16_labor_ability", labor_ability),
    ("zh16_wristband", wristband),
    ("zh16_disability", disability),
    ("zh16_arthroplasty", arthroplasty),
    ("zh16_vct", vct),
    ("zh16_oxygen_rent", oxygen_rent),
]
