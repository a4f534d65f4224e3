# Longer than 450 lines: twelve whole document templates with their scenario pools; the formatter
# spreads each document over many lines, and splitting would scatter one set's layouts.
"""v10 Chinese templates: twelve document kinds no earlier version used (门诊预约挂号明细, 日间化疗排班表,
司法鉴定委托书, 精神卫生非自愿住院告知书, 献血登记表, 辅助生殖周期记录, 儿童生长发育门诊记录, 抗凝门诊INR随访表,
睡眠呼吸监测报告, 安全保卫处警情记录, 长期护理保险评估表, 医疗器械不良事件报告)."""

# ruff: noqa: E501  (document text with full-width punctuation)

from __future__ import annotations

import datetime as dt

from _core import Doc, P
from _v10_kit import (
    ZH_NICK,
    Ctx,
    dob,
    emp_zh,
    fz,
    geo_zh,
    hosp_zh,
    id_card,
    ip,
    landline,
    mobile,
    pad,
    person_zh,
    plate_zh,
    qq_mail,
    rdate,
    street_zh,
)

__all__ = ["TEMPLATES"]


def D(c: Ctx, d, style=None) -> P:
    return P("DATE", fz(c, d, style))


def nian(a: int) -> list:
    return [P("AGE_OVER_89", str(a)) if a > 89 else str(a), "岁"]


def addr(c: Ctx, g=None) -> list:
    g = g or geo_zh(c)
    out = []
    if g.prov and c.chance(0.8):
        out.append(P("PROVINCE_STATE", g.prov))
    return out + [P("CITY", g.city), P("ADDRESS_STREET", street_zh(c, g))]


def doc_name(c: Ctx, cat: str = "NAME_CLINICIAN") -> P:
    return P(cat, person_zh(c).full)


# --------------------------------------------------------------------------- 1 门诊预约挂号明细

DEPTS = [
    ("心内科", "⟦fi|阵发性房颤⟧"),
    ("内分泌科", "⟦fi|甲状腺结节⟧"),
    ("消化内科", "⟦fi|反流性食管炎⟧"),
    ("神经内科", "⟦fi|偏头痛⟧"),
    ("风湿免疫科", "⟦fi|类风湿关节炎⟧"),
    ("呼吸科", "⟦fi|支气管哮喘⟧"),
]


def zh_yuyue_guahao(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    d = Doc()
    d.add(
        "{h} 门诊预约挂号明细（导出时间 {dt} 07:30，终端 {ip}）\n",
        h=P("HOSPITAL", hosp_zh(c, g, 0)),
        dt=D(c, d0, "iso"),
        ip=P("IP", ip(c)),
    )
    d.add("序号|姓名|性别|就诊卡号|医保卡号|手机|预约日期|科室|医生|初诊印象\n")
    for i in range(c.ri(4, 6)):
        p, dep = person_zh(c), c.ch(DEPTS)
        d.add(
            "{i}|{nm}|{x}|{card}|{yb}|{ph}|{rq}|{ks}|{ys}|{fi}\n",
            i=str(i + 1),
            nm=P("NAME_PATIENT", p.full),
            x=p.xing,
            card=P("ACCOUNT", f"JZK{c.digits(9)}"),
            yb=P("INSURANCE", c.ch((c.digits(10), f"{c.letters(1)}{c.digits(8)}"))),
            ph=P("PHONE", mobile(c)),
            rq=D(c, rdate(c), "iso"),
            ks=dep[0],
            ys=P("NAME_CLINICIAN", person_zh(c).full),
            fi=dep[1],
        )
    d.add(
        "备注：第2行患者由其女儿{r}代挂号，App查询链接 {url}\n",
        r=doc_name(c, "NAME_RELATIVE"),
        url=P("URL", f"https://yy.{c.ch(('jkyc-health.cn', 'hos-app.com.cn'))}/q?o={c.token(12)}"),
    )
    return d


# --------------------------------------------------------------------------- 2 日间化疗排班表

REG = [
    ("FOLFOX", "⟦dr|奥沙利铂⟧", "⟦do|85mg/m²⟧", "⟦fi|结肠癌术后⟧"),
    ("AC", "⟦dr|多柔比星⟧", "⟦do|60mg/m²⟧", "⟦fi|乳腺浸润性导管癌⟧"),
    ("GP", "⟦dr|吉西他滨⟧", "⟦do|1000mg/m²⟧", "⟦fi|肺鳞癌⟧"),
    ("R-CHOP", "⟦dr|利妥昔单抗⟧", "⟦do|375mg/m²⟧", "⟦fi|弥漫大B细胞淋巴瘤⟧"),
]


def zh_rijian_paiban(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    nurse = person_zh(c, "F")
    d = Doc()
    d.add(
        "{h}日间化疗中心 排班表  {dt}（周{w}）\n责任护士：{n}    值班医生：{doc}\n\n",
        h=P("HOSPITAL", hosp_zh(c, g, 5)),
        dt=D(c, d0, "cn"),
        w=c.ch("一二三四五"),
        n=P("NAME_CLINICIAN", nurse.full),
        doc=doc_name(c),
    )
    d.add("椅位  姓名      住院号      方案    主药                剂量        诊断\n")
    pts = []
    for i in range(c.ri(4, 6)):
        p, r = person_zh(c), c.ch(REG)
        pts.append(p)
        d.add(
            "{i:>2}    {nm}    {mrn}    {rg}    {dr}    {do}    {fi}\n",
            i=str(i + 1),
            nm=P("NAME_PATIENT", pad(p.full) if c.chance(0.3) else p.full),
            mrn=P("MRN", c.digits(8)),
            rg=r[0],
            dr=r[1],
            do=r[2],
            fi=r[3],
        )
    p = c.ch(pts)
    d.add(
        "\n交班：{g}经⟦an|右上肢⟧⟦pr|PICC⟧化疗中出现⟦fi|输液反应⟧，予⟦dr|地塞米松⟧⟦do|5mg静推⟧后缓解，⟦me|血压 102/64mmHg⟧；其家属{h2}电话{ph}已告知。{n}  {t}\n",
        g=P("NAME_PATIENT", p.given if len(p.given) >= 2 else p.full),
        h2=doc_name(c, "NAME_RELATIVE"),
        ph=P("PHONE", mobile(c)),
        n=P("NAME_CLINICIAN", nurse.full),
        t=D(c, d0, "md"),
    )
    return d


# --------------------------------------------------------------------------- 3 司法鉴定委托书

SIFA = [
    ("⟦fi|左侧第5、6肋骨骨折⟧", "⟦pr|胸部CT三维重建⟧"),
    ("⟦fi|右侧桡骨远端骨折⟧", "⟦pr|腕关节X线⟧"),
    ("⟦fi|左眼眶内侧壁骨折⟧", "⟦pr|眼眶CT⟧"),
    ("⟦fi|创伤性鼓膜穿孔⟧", "⟦pr|纯音测听⟧"),
]


def zh_sifa_jianding(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    p, sc = person_zh(c), c.ch(SIFA)
    a = c.ri(18, 75)
    e1, e2 = person_zh(c), person_zh(c)
    d = Doc()
    d.add(
        "司法鉴定委托书\n鉴定机构：{org}    委托编号：{no}\n委托日期：{dt}\n\n",
        org=P("HOSPITAL", hosp_zh(c, g, 7)),
        no=P("OTHER_ID", f"{d0.year}司鉴委字第{c.digits(4)}号"),
        dt=D(c, d0),
    )
    d.add(
        "被鉴定人：{nm}，{x}，{a}，身份证号{id}，住{ad}，邮编{pc}，工作单位：{emp}，联系电话{ph}。\n",
        nm=P("NAME_PATIENT", p.full),
        x=p.xing,
        a=nian(a),
        id=P("ID_CARD", id_card(c, dob(c, a, d0), p.sex)),
        ad=addr(c, g),
        pc=P("POSTCODE", g.zip3 + c.digits(3, False)),
        emp=P("WORKPLACE", emp_zh(c, g)),
        ph=P("PHONE", mobile(c)),
    )
    d.add(
        "案情摘要：{md}晚被他人殴打致伤，于{h}急诊就诊（门诊号{mz}），诊断{fi}，经{pr}证实，⟦ep|Glasgow昏迷评分⟧15分。现委托对其损伤程度进行鉴定。\n",
        md=D(c, rdate(c), "md"),
        h=P("HOSPITAL", hosp_zh(c, g, 0)),
        mz=P("MRN", c.digits(10)),
        fi=sc[0],
        pr=sc[1],
    )
    d.add(
        "鉴定人：{e1}（执业证号{l1}）、{e2}（执业证号{l2}）\n送检材料：病历复印件、影像片{n}张。委托方传真{fx}\n",
        e1=P("NAME_CLINICIAN", e1.full),
        l1=P("LICENSE", c.digits(14)),
        e2=P("NAME_CLINICIAN", e2.full),
        l2=P("LICENSE", c.digits(14)),
        n=str(c.ri(2, 9)),
        fx=P("FAX", landline(c, g)),
    )
    return d


# --------------------------------------------------------------------------- 4 精神卫生非自愿住院告知书

PSY = [
    ("⟦fi|精神分裂症⟧", "⟦dr|奥氮平⟧", "⟦do|10mg qn⟧"),
    ("⟦fi|双相情感障碍，目前为躁狂发作⟧", "⟦dr|碳酸锂⟧", "⟦do|0.25g tid⟧"),
    ("⟦fi|重度抑郁发作伴精神病性症状⟧", "⟦dr|舍曲林⟧", "⟦do|50mg qd⟧"),
    ("⟦fi|酒精所致精神障碍⟧", "⟦dr|地西泮⟧", "⟦do|10mg tid⟧"),
]


def zh_jingshen_qiangzhi(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    p, sc = person_zh(c), c.ch(PSY)
    a = c.ri(90, 96) if c.chance(0.25) else c.ri(19, 70)
    gd = person_zh(c, sur=p.sur if p.sur else None)
    dr = person_zh(c)
    d = Doc()
    d.add(
        "{h}\n非自愿住院医疗告知书\n\n住院号：{mrn}    患者：{nm}    性别：{x}    年龄：{a}\n身份证：{id}\n",
        h=P("HOSPITAL", hosp_zh(c, g, 3)),
        mrn=P("MRN", f"ZY{c.digits(7)}"),
        nm=P("NAME_PATIENT", p.full),
        x=p.xing,
        a=nian(a),
        id=P("ID_CARD", id_card(c, dob(c, a, d0), p.sex)),
    )
    d.add(
        "{gd}（监护人，与患者关系：{rel}）：\n经我院{dr1}、{dr2}两名精神科执业医师评估，患者{nm}诊断为{fi}，{dt}曾有伤害他人行为，符合《精神卫生法》第三十条第二款第（二）项规定，需住院治疗。"
        "拟予{drug}{do}口服，必要时⟦pr|改良电休克治疗⟧。\n\n",
        gd=P("NAME_RELATIVE", gd.full),
        rel=c.ch(("父亲", "母亲", "配偶", "儿子")),
        dr1=P("NAME_CLINICIAN", dr.full),
        dr2=doc_name(c),
        nm=P("NAME_PATIENT", p.given if len(p.given) >= 2 else p.full),
        fi=sc[0],
        dt=D(c, d0, "md"),
        drug=sc[1],
        do=sc[2],
    )
    d.add(
        "监护人住址：{ad}，邮编{pc}；电话{ph}。如对诊断有异议，可自收到本告知书之日起三日内要求再次诊断，联系医务科（传真{fx}）。\n\n"
        "医师签名：{sig}    执业证书编号：{lic}\n监护人签名：{gs}    日期：{dd}\n",
        ad=addr(c, g),
        pc=P("POSTCODE", g.zip3 + c.digits(3, False)),
        ph=P("PHONE", mobile(c)),
        fx=P("FAX", landline(c, g)),
        sig=P("NAME_CLINICIAN", pad(dr.full)),
        lic=P("LICENSE", c.digits(15)),
        gs=P("NAME_RELATIVE", gd.full),
        dd=D(c, d0),
    )
    return d


# --------------------------------------------------------------------------- 5 献血登记表


def zh_xianxue(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    p = person_zh(c)
    a = c.ri(18, 58)
    d = Doc()
    d.add(
        "{h} 无偿献血登记表\n献血码：{bc}    采血日期：{dt}    采血点：献血车 {pl}\n",
        h=P("HOSPITAL", hosp_zh(c, g, 2)),
        bc=P("ACCESSION", f"{c.digits(5)}{c.letters(1)}{c.digits(6)}"),
        dt=D(c, d0),
        pl=P("VEHICLE", plate_zh(c)),
    )
    d.add(
        "姓名：{nm}  性别：{x}  年龄：{a}  {id}\n工作单位：{emp}\n手机：{ph}  邮箱：{em}\n",
        nm=P("NAME_PATIENT", p.full),
        x=p.xing,
        a=nian(a),
        id=c.ch(
            (
                ["身份证：", P("ID_CARD", id_card(c, dob(c, a, d0), p.sex))],
                ["身份证：", P("ID_CARD", id_card(c, dob(c, a, d0), p.sex))],
                ["护照：", P("PASSPORT", f"E{c.digits(8)}")],
                ["台胞证：", P("PASSPORT", c.digits(8))],
                ["港澳通行证：", P("PASSPORT", f"H{c.digits(8)}")],
            )
        ),
        emp=P("WORKPLACE", emp_zh(c, g)),
        ph=P("PHONE", mobile(c)),
        em=P("EMAIL", qq_mail(c)),
    )
    d.add(
        "体检：⟦me|体重 {w}kg⟧，⟦me|血压 {bp}/76mmHg⟧，⟦lab|血红蛋白 {hb}g/L⟧，⟦lab|ALT {alt}U/L⟧，⟦lab|HBsAg快速检测阴性⟧。\n"
        "献血类型：全血 {ml}ml。献血后⟦fi|轻度血管迷走反应⟧，平卧休息、口服糖水后好转。\n采血护士：{n}    体检医生：{dr}\n",
        w=str(c.ri(50, 90)),
        bp=str(c.ri(105, 135)),
        hb=str(c.ri(125, 165)),
        alt=str(c.ri(9, 38)),
        ml=str(c.ch((200, 300, 400))),
        n=doc_name(c),
        dr=doc_name(c),
    )
    return d


# --------------------------------------------------------------------------- 6 辅助生殖周期记录


def zh_fuzhu_shengzhi(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    w, h = person_zh(c, "F"), person_zh(c, "M")
    aw, ah = c.ri(26, 43), c.ri(27, 50)
    d = Doc()
    d.add(
        "{hosp}  IVF-ET周期记录\n周期号：{cy}    病历号：{mrn}\n女方：{w}  {aw}  身份证 {wid}\n男方：{h}  {ah}  {hid}\n",
        hosp=P("HOSPITAL", hosp_zh(c, g, 4)),
        cy=P("OTHER_ID", f"IVF{d0.year}{c.digits(4)}"),
        mrn=P("MRN", c.digits(9)),
        w=P("NAME_PATIENT", w.full),
        aw=nian(aw),
        wid=P("ID_CARD", id_card(c, dob(c, aw, d0), "F")),
        h=P("NAME_RELATIVE", h.full),
        ah=nian(ah),
        hid=c.ch(
            (
                ["身份证 ", P("ID_CARD", id_card(c, dob(c, ah, d0), "M"))],
                ["港澳通行证 ", P("PASSPORT", f"C{c.digits(8)}")],
                ["护照 ", P("PASSPORT", f"E{c.digits(8)}")],
            )
        ),
    )
    d.add(
        "结婚证号：{jh}{pp}    女方单位：{emp}    联系邮箱：{em}\n住址：{ad}\n\n",
        jh=P("OTHER_ID", f"J{c.digits(6)}-{d0.year}-{c.digits(6)}"),
        pp=["    女方护照（境外胚胎转运备案）：", P("PASSPORT", f"E{c.digits(8)}")] if c.chance(0.5) else "",
        emp=P("WORKPLACE", emp_zh(c, g)),
        em=P("EMAIL", qq_mail(c)),
        ad=addr(c, g),
    )
    d.add(
        "基础：⟦lab|AMH {amh}ng/ml⟧，⟦lab|FSH {fsh}IU/L⟧，⟦an|双侧卵巢⟧⟦me|AFC 左{l}右{r}⟧。方案：拮抗剂方案，⟦dr|重组人促卵泡激素⟧⟦do|225IU qd⟧，第6天加⟦dr|西曲瑞克⟧⟦do|0.25mg qd⟧。\n"
        "{t1}扳机，{t2}⟦pr|经阴道超声引导下取卵术⟧，获卵{n}枚；男方精液标本号{acc}，行⟦pr|ICSI⟧。\n实验室：{lab}    临床医生：{dr}\n",
        amh=c.fl(0.6, 5.5),
        fsh=c.fl(4, 12),
        l=str(c.ri(2, 9)),
        r=str(c.ri(2, 9)),
        t1=D(c, d0, "md"),
        t2=D(c, rdate(c), "cn"),
        n=str(c.ri(3, 18)),
        acc=P("ACCESSION", f"SP{c.digits(8)}"),
        lab=doc_name(c),
        dr=doc_name(c),
    )
    return d


# --------------------------------------------------------------------------- 7 儿童生长发育门诊


def zh_ertong_shengzhang(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    mom = person_zh(c, "F")
    kid = person_zh(c, sur=person_zh(c).sur or "王")
    nick = c.ch(ZH_NICK)
    d = Doc()
    d.add(
        "{h} 儿童生长发育门诊记录\n门诊号：{mz}    就诊日期：{dt}\n",
        h=P("HOSPITAL", hosp_zh(c, g, 8)),
        mz=P("MRN", c.digits(10)),
        dt=D(c, d0),
    )
    d.add(
        "患儿：{nm}（小名{nk}），{x}，出生日期{bd}，出生医学证明编号{cert}\n母亲：{mom}，电话{ph}；父亲：{dad}\n",
        nm=P("NAME_PATIENT", kid.full),
        nk=P("NAME_PATIENT", nick),
        x=kid.xing,
        bd=D(c, dob(c, c.ri(3, 11), d0)),
        cert=P("OTHER_ID", f"{c.letters(1)}{c.digits(9)}"),
        mom=P("NAME_RELATIVE", mom.full),
        ph=P("PHONE", mobile(c)),
        dad=P("NAME_RELATIVE", person_zh(c, "M", sur=kid.sur).full),
    )
    d.add(
        "主诉：身高增长慢2年。{nk}平素挑食，妈妈诉每年长高不足5cm。\n查体：⟦me|身高 {ht}cm⟧（<P3），⟦me|体重 {wt}kg⟧，⟦ep|Tanner I期⟧。\n"
        "辅检：⟦pr|左手腕骨X线⟧示⟦fi|骨龄落后约2岁⟧；⟦lab|IGF-1 {igf}ng/ml⟧，⟦lab|游离T4 {t4}pmol/L⟧。\n"
        "初步诊断：⟦fi|矮小症⟧待查。建议⟦pr|生长激素激发试验⟧，必要时⟦dr|重组人生长激素⟧⟦do|0.1IU/kg qn⟧。\n医生：{dr}\n",
        nk=P("NAME_PATIENT", nick),
        ht=c.fl(95, 130),
        wt=c.fl(13, 26),
        igf=str(c.ri(60, 180)),
        t4=c.fl(10, 20),
        dr=doc_name(c),
    )
    return d


# --------------------------------------------------------------------------- 8 抗凝门诊INR随访表


def zh_kangning_inr(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    p = person_zh(c)
    a = c.ri(90, 98) if c.chance(0.4) else c.ri(45, 85)
    ind = c.ch(("⟦fi|机械二尖瓣置换术后⟧", "⟦fi|非瓣膜性房颤⟧", "⟦fi|左下肢深静脉血栓⟧"))
    d = Doc()
    d.add(
        "抗凝门诊 华法林随访表   {h}\n姓名 {nm}   {a}   ID号 {mrn}   医保卡 {yb}\n指征：{ind}   目标⟦lab|INR 2.0-3.0⟧   家用INR仪序列号 {sn}\n",
        h=P("HOSPITAL", hosp_zh(c, g, 1 if c.chance(0.5) else 5)),
        nm=P("NAME_PATIENT", p.full),
        a=nian(a),
        mrn=P("MRN", c.digits(9)),
        yb=P("INSURANCE", c.digits(12)),
        ind=ind,
        sn=P("DEVICE", f"{c.letters(2)}{c.digits(8)}"),
    )
    d.add("日期        INR    华法林剂量          随访人\n")
    for k in range(c.ri(3, 5), 0, -1):
        d.add(
            "{dt}  ⟦lab|INR {v}⟧  ⟦dr|华法林⟧⟦do|{mg}mg qd⟧  {who}\n",
            dt=D(c, d0 - dt.timedelta(days=14 * k), "iso"),
            v=c.fl(1.4, 3.8),
            mg=c.ch(("1.5", "2.25", "2.5", "3")),
            who=P("NAME_CLINICIAN", person_zh(c).full),
        )
    d.add(
        "备注：{a}，" + ("高龄，" if a > 89 else "") + "跌倒风险高；女儿{r}每周电话报告数值（{ph}）。\n",
        a=nian(a),
        r=P("NAME_RELATIVE", person_zh(c, "F").full),
        ph=P("PHONE", mobile(c)),
    )
    return d


# --------------------------------------------------------------------------- 9 睡眠呼吸监测报告


def zh_shuimian(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    p = person_zh(c, "M")
    a = c.ri(90, 95) if c.chance(0.2) else c.ri(30, 80)
    d = Doc()
    d.add(
        "{h}\n多导睡眠监测（PSG）报告\n监测号：{no}   监测日期：{dt}\n",
        h=P("HOSPITAL", hosp_zh(c, g, 9)),
        no=P("ACCESSION", f"PSG-{c.digits(6)}"),
        dt=D(c, d0),
    )
    d.add(
        "姓名：{nm}  年龄：{a}  单位：{emp}\n",
        nm=P("NAME_PATIENT", p.full),
        a=nian(a),
        emp=P("WORKPLACE", emp_zh(c, g)),
    )
    d.add(
        "结果：⟦me|AHI {ahi}次/h⟧，⟦me|最低血氧饱和度 {sp}%⟧，⟦me|ODI {odi}次/h⟧；以⟦fi|阻塞性呼吸暂停⟧为主，仰卧位加重。\n诊断：⟦fi|重度阻塞性睡眠呼吸暂停低通气综合征⟧。⟦ep|Epworth嗜睡量表⟧评分{ep}分，⟦pr|鼻咽镜⟧示⟦an|软腭⟧低垂。\n"
        "建议：⟦pr|CPAP压力滴定⟧，⟦me|压力 {cm}cmH2O⟧。呼吸机序列号 {sn}，数据经 {ip} 上传云平台，患者可在 {url} 查看。\n报告医师：{dr}    审核：{dr2}主任\n",
        ahi=c.fl(30, 80),
        ep=str(c.ri(9, 21)),
        sp=str(c.ri(62, 84)),
        odi=c.fl(25, 70),
        cm=str(c.ri(8, 14)),
        sn=P("DEVICE", f"{c.digits(11)}"),
        ip=P("IP", ip(c)),
        url=P("URL", f"https://sleep.{c.ch(('resmed-cloud.cn', 'yuwell-care.com'))}/r/{c.token(9)}"),
        dr=doc_name(c),
        dr2=P("NAME_CLINICIAN", person_zh(c).sur or "马"),
    )
    return d


# --------------------------------------------------------------------------- 10 安全保卫处警情记录


def zh_baowei(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    p, r = person_zh(c), person_zh(c, "M")
    a = c.ri(25, 65)
    d = Doc()
    d.add(
        "{h}保卫处 警情处置记录\n警情编号：{no}   接警：{dt} 22:16   地点：急诊抢救室门口\n",
        h=P("HOSPITAL", hosp_zh(c, g, 0)),
        no=P("OTHER_ID", f"BW{d0.year}{c.digits(5)}"),
        dt=D(c, d0),
    )
    d.add(
        "经过：患者{pt}（病案号{mrn}）因⟦fi|急性心肌梗死⟧行⟦pr|急诊PCI⟧，家属{rr}情绪激动，推搡护士{nu}。当事人{id}，电话{ph}。其驾驶车辆{pl}停于消防通道，另一辆{pl2}为其同行亲属所有。\n",
        pt=P("NAME_PATIENT", p.full),
        mrn=P("MRN", c.digits(9)),
        rr=P("NAME_RELATIVE", r.full),
        nu=P("NAME_CLINICIAN", person_zh(c, "F").given),
        id=c.ch(
            (
                ["身份证", P("ID_CARD", id_card(c, dob(c, a, d0), "M"))],
                ["身份证号", P("ID_CARD", id_card(c, dob(c, a, d0), "M"))],
                ["护照号", P("PASSPORT", f"E{c.digits(8)}")],
            )
        ),
        ph=P("PHONE", mobile(c)),
        pl=P("VEHICLE", plate_zh(c)),
        pl2=P("VEHICLE", plate_zh(c)),
    )
    d.add(
        "处置：保安{ba}、{bb}到场劝离，110出警（派出所接警单号{jj}）。护士⟦an|左前臂⟧⟦fi|皮肤擦伤⟧，⟦me|血压 150/95mmHg⟧，建议观察。\n记录人：{jl}    保卫处电话 {tel}\n",
        ba=doc_name(c),
        bb=doc_name(c),
        jj=P("OTHER_ID", c.digits(12)),
        jl=P("NAME_CLINICIAN", pad(person_zh(c).full)),
        tel=P("PHONE", landline(c, g)),
    )
    return d


# --------------------------------------------------------------------------- 11 长期护理保险评估表


def zh_changhu(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    p = person_zh(c)
    a = c.ri(90, 101) if c.chance(0.7) else c.ri(70, 89)
    ag = person_zh(c)
    d = Doc()
    d.add(
        "长期护理保险失能等级评估表\n评估机构：{h}    评估日期：{dt}\n",
        h=P("HOSPITAL", hosp_zh(c, g, 6)),
        dt=D(c, d0),
    )
    d.add(
        "参保人：{nm}    性别：{x}    年龄：{a}    社保卡号：{yb}\n身份证号：{id}\n居住地址：{ad}    邮编：{pc}\n委托代理人：{ag}（{rel}）  电话 {ph}\n\n",
        nm=P("NAME_PATIENT", p.full),
        x=p.xing,
        a=nian(a),
        yb=P("INSURANCE", c.ch((c.digits(9), f"{c.letters(1)}{c.digits(8)}"))),
        id=P("ID_CARD", id_card(c, dob(c, a, d0), p.sex)),
        ad=addr(c, g),
        pc=P("POSTCODE", g.zip3 + c.digits(3, False)),
        ag=P("NAME_RELATIVE", ag.full),
        rel=c.ch(("长子", "儿媳", "女儿", "孙女")),
        ph=P("PHONE", mobile(c)),
    )
    d.add(
        "疾病：⟦fi|脑梗死后遗症⟧、⟦fi|阿尔茨海默病⟧、⟦ep|帕金森病⟧、⟦an|骶尾部⟧⟦fi|压力性损伤2期⟧。⟦me|Barthel指数 {b}分⟧，⟦me|MMSE {m}分⟧。\n"
        "用药：⟦dr|多奈哌齐⟧⟦do|5mg qn⟧，⟦dr|阿司匹林⟧⟦do|100mg qd⟧。评估意见：重度失能（三级），"
        + ("老人{a}高龄，" if a > 89 else "老人{a}，独居，")
        + "建议居家上门护理。\n评估员：{e1}、{e2}\n",
        b=str(c.ri(0, 40)),
        m=str(c.ri(4, 17)),
        a=nian(a),
        e1=doc_name(c),
        e2=doc_name(c),
    )
    return d


# --------------------------------------------------------------------------- 12 医疗器械不良事件报告

QX = [
    ("⟦pr|胰岛素泵⟧", "⟦fi|输注管路堵塞报警⟧", "⟦fi|高血糖⟧"),
    ("⟦pr|植入式心律转复除颤器⟧", "⟦fi|不恰当放电⟧", "⟦fi|心悸⟧"),
    ("⟦pr|输液泵⟧", "⟦fi|流速异常⟧", "⟦fi|低血压⟧"),
    ("⟦pr|人工髋关节置换⟧", "⟦fi|股骨柄松动⟧", "⟦fi|髋部疼痛⟧"),
]


def zh_qixie_buliang(c: Ctx) -> Doc:
    g, d0 = geo_zh(c), rdate(c)
    p, sc = person_zh(c), c.ch(QX)
    a = c.ri(90, 97) if c.chance(0.3) else c.ri(20, 85)
    rep = person_zh(c)
    d = Doc()
    d.add(
        "可疑医疗器械不良事件报告表\n报告编号：{no}    报告日期：{dt}\n报告单位：{h}    联系电话：{tel}    传真：{fx}\n\n",
        no=P("OTHER_ID", f"{c.digits(6)}{d0.year}{c.digits(5)}"),
        dt=D(c, d0),
        h=P("HOSPITAL", hosp_zh(c, g, c.ri(0, 1))),
        tel=P("PHONE", landline(c, g)),
        fx=P("FAX", landline(c, g)),
    )
    d.add(
        "患者：{nm}  {x}  {a}  住院号：{mrn}  结算单号：{acct}\n器械：{dev}，注册证号国械注准20173120456，序列号{sn}\n",
        nm=P("NAME_PATIENT", p.full),
        x=p.xing,
        a=nian(a),
        mrn=P("MRN", c.digits(8)),
        acct=P("ACCOUNT", f"JS{c.digits(10)}"),
        dev=sc[0],
        sn=P("DEVICE", f"{c.letters(3)}{c.digits(7)}"),
    )
    d.add(
        "事件经过：{t}发现{ev}，患者出现{sx}，予对症处理后缓解，⟦lab|血糖 {glu}mmol/L⟧。已封存器械，厂家工程师{eng}到场。\n"
        "报告人：{rp}（{em}）   上报终端 {ip}\n",
        t=D(c, rdate(c), "md"),
        ev=sc[1],
        sx=sc[2],
        glu=c.fl(4, 22),
        eng=P("NAME_CLINICIAN", person_zh(c).full),
        rp=P("NAME_CLINICIAN", rep.full),
        em=P("EMAIL", qq_mail(c)),
        ip=P("IP", ip(c)),
    )
    return d


TEMPLATES = [
    ("zh10_yuyue_guahao", zh_yuyue_guahao),
    ("zh10_rijian_paiban", zh_rijian_paiban),
    ("zh10_sifa_jianding", zh_sifa_jianding),
    ("zh10_jingshen_qiangzhi", zh_jingshen_qiangzhi),
    ("zh10_xianxue_dengji", zh_xianxue),
    ("zh10_fuzhu_shengzhi", zh_fuzhu_shengzhi),
    ("zh10_ertong_shengzhang", zh_ertong_shengzhang),
    ("zh10_kangning_inr", zh_kangning_inr),
    ("zh10_shuimian_jiance", zh_shuimian),
    ("zh10_baowei_jingqing", zh_baowei),
    ("zh10_changhu_pinggu", zh_changhu),
    ("zh10_qixie_buliang", zh_qixie_buliang),
]
