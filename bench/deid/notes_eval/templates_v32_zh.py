"""v32 Chinese templates (1 of 2): HIS-LIS 接口报文日志 (XML), 病历复印件快递面单 (OCR), 临床路径变异记录,
体温单 (fixed width), 治疗患者停车减免登记表, 授权委托书 (some in traditional script for 港澳 residents).
TEMPLATES lists all twelve (the other six are in templates_v32_zh2.py)."""

# ruff: noqa: E501  (document text: the literal lines of each note are kept whole)

from __future__ import annotations

import templates_v32_zh2 as zh2
from _v32_kit import (
    FOREIGN,
    HK_STREETS,
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
    tw_name,
    yibao,
    zd,
    zdoc,
    zh_addr,
    zh_hosp,
    zh_plate,
    zhiye,
    zkin,
    zname,
    znames,
    zyno,
)

V32_ZH_WORDLIKE = ("春花", "红梅", "秋月", "建国", "国庆", "文明", "平安")


def zage(c, p_old: float, lo: int = 35, hi: int = 88) -> int:
    return c.ri(90, 102) if c.chance(p_old) else c.ri(lo, hi)


def his_jiekou_rizhi(c) -> Doc:
    d, a = Doc(), area(c)
    p, dc, nurse = znames(c, 3)
    ag = zage(c, 0.25)
    dd = day(c)
    h = zh_hosp(c, a)
    ip1, ip2 = ipv4(c), ipv4(c)
    d.add(
        "[{t}] INFO  LisInterface - 发送检验申请 HIS({i1}) -> LIS({i2}) 消息ID {mid}\n",
        t=P("DATE", zd(dd, "iso")),
        i1=P("IP", ip1),
        i2=P("IP", ip2),
        mid=c.token(16),
    )
    d.add(
        "<LabRequest>\n  <HospitalName>{h}</HospitalName>\n  <PatientName>{n}</PatientName>\n  <Sex>{s}</Sex>\n  <Age>{ag}</Age>\n",
        h=P("HOSPITAL", h),
        n=P("NAME_PATIENT", p.full),
        s="女" if p.sex == "F" else "男",
        ag=age_p(ag),
    )
    if c.chance(0.35):
        d.add("  <EnglishName>{fn}</EnglishName>\n", fn=P("NAME_PATIENT", c.ch(FOREIGN)))
        d.add(
            "  <CertType>护照</CertType>\n  <CertNo>{pp}</CertNo>\n",
            pp=P("PASSPORT", f"E{c.digits(8, False)}" if c.chance(0.5) else passport(c)),
        )
    else:
        d.add(
            "  <CertType>居民身份证</CertType>\n  <CertNo>{idc}</CertNo>\n",
            idc=P("ID_CARD", id_card(c, area(c), born(c, ag, dd), p.sex)),
        )
    d.add(
        "  <InpatientNo>{z}</InpatientNo>\n  <VisitNo>{v}</VisitNo>\n  <BedNo>{b}</BedNo>\n  <Mobile>{m}</Mobile>\n",
        z=P("MRN", zyno(c)),
        v=P("ACCOUNT", f"V{c.digits(11, False)}"),
        b=c.ri(1, 45),
        m=P("PHONE", mobile(c)),
    )
    if c.chance(0.6):
        d.add(
            "  <Email>{e}</Email>\n",
            e=P(
                "EMAIL",
                f"{c.token(6).lower()}{c.ri(10, 99)}@{c.ch(('qq.com', '163.com', '126.com', 'sina.com'))}",
            ),
        )
    if c.chance(0.4):
        d.add(
            "  <WorkUnit>{w}</WorkUnit>\n",
            w=P(
                "WORKPLACE",
                c.ch(
                    (
                        f"{a.city}自来水公司",
                        f"{a.city[:-1]}电力设计院",
                        "华联超市",
                        f"{a.dist}实验小学",
                        "顺达物流有限公司",
                        "宏图机械制造厂",
                    )
                ),
            ),
        )
    test = c.ch(
        (
            ("血常规", "⟦lab|血红蛋白 98 g/L⟧"),
            ("肝功能", "⟦lab|谷丙转氨酶 86 U/L⟧"),
            ("凝血四项", "⟦lab|D-二聚体 2.4 mg/L⟧"),
        )
    )
    d.add(
        "  <Diagnosis>⟦fi|{dx}⟧</Diagnosis>\n  <OrderItem>"
        + test[0]
        + "</OrderItem>\n  <Barcode>{bc}</Barcode>\n  <OrderDoctor>{dc}</OrderDoctor>\n  <Collector>{nu}</Collector>\n</LabRequest>\n",
        dx=c.ch(("社区获得性肺炎", "2型糖尿病", "上消化道出血", "急性胰腺炎")),
        bc=P("ACCESSION", c.digits(12)),
        dc=P("NAME_CLINICIAN", dc.full),
        nu=P("NAME_CLINICIAN", nurse.full),
    )
    d.add(
        "[{t}] INFO  LisInterface - ACK AA 回执成功；上次结果 " + test[1] + "，", t=P("DATE", zd(dd, "iso"))
    )
    if c.chance(0.5):
        d.add("报告链接 {u}\n", u=P("URL", link(c, "lis.yy-report.example.cn/r")))
    else:
        d.add("报告已推送至 HIS\n")
    d.add(
        "[{t}] WARN  HisAdapter - 患者 {n} 的 {s} 与主索引不一致，已按身份证号合并\n",
        t=P("DATE", zd(dd, "iso")),
        n=P("NAME_PATIENT", p.full),
        s=c.ch(("联系电话", "住址", "民族")),
    )
    return d


def kuaidi_miandan_ocr(c) -> Doc:
    d, a, ha = Doc(), area(c), area(c)
    p, clerk = znames(c, 2)
    rel, k = zkin(c, p)
    to_rel = c.chance(0.4)
    h = zh_hosp(c, ha)
    sd = day(c)
    d.add(
        "【病案室邮寄登记 · 面单识别结果】识别时间 {dt}  操作员 {op}\n",
        dt=P("DATE", zd(sd, "sl")),
        op=P("NAME_CLINICIAN", clerk.full),
    )
    d.add(
        "运单弓 {w}\n寄件人：{h}病案管理科  电话 {tel}\n",
        w=P("OTHER_ID", f"SF{c.digits(12, False)}" if c.chance(0.5) else f"YT{c.digits(13, False)}"),
        h=P("HOSPITAL", h),
        tel=P("PHONE", landline(c, ha)),
    )
    d.add(
        "收仵人：{n}  手机 {m}\n收件地址：",
        n=P("NAME_RELATIVE", k.full) if to_rel else P("NAME_PATIENT", p.full),
        m=P("PHONE", mobile(c)),
    )
    d.put(zh_addr(c, a, c.chance(0.75)))
    if c.chance(0.8):
        d.add("  邮编 {z}", z=P("POSTCODE", a.post))
    d.add(
        "\n托寄物：病历复印件（{n}，住院号 {zy}，共{pg}页，含⟦pr|手术记录⟧、⟦pr|病理报告⟧）\n",
        n=P("NAME_PATIENT", p.full),
        zy=P("MRN", zyno(c)),
        pg=c.ri(12, 80),
    )
    d.add("付款方式：到付   保价：否\n")
    if to_rel:
        d.add(
            "备注：患者本人{x}，由{r}{k}代收，已核对委托书。\n",
            x=c.ch(("在外地务工", "行动不便", "长期住院")),
            r=rel,
            k=P("NAME_RELATIVE", k.giv if len(k.giv) > 1 else k.full),
        )
    if c.chance(0.5):
        d.add("物流查询：{u}\n", u=P("URL", link(c, "m.kd-track.example.cn/q")))
    d.add(
        "出院诊断：⟦fi|{dx}⟧；出院日期 {dt}\n",
        dx=c.ch(("右股骨颈骨折", "急性心肌梗死", "腰椎间盘突出症", "胆总管结石")),
        dt=P("DATE", zd(add(sd, -c.ri(10, 200)), "cn")),
    )
    return d


def lujing_bianyi(c) -> Doc:
    d, a = Doc(), area(c)
    p, dc, nurse, zr = znames(c, 4)
    ag = zage(c, 0.25, 55, 88)
    ind = day(c)
    path = c.ch(
        (
            ("人工全髋关节置换术", "⟦an|左股骨头⟧⟦fi|缺血性坏死⟧", "假体"),
            ("永久起搏器植入术", "⟦fi|病态窦房结综合征⟧，经⟦an|左锁骨下静脉⟧入路", "起搏器"),
            ("腹腔镜胆囊切除术", "⟦fi|胆囊结石伴慢性胆囊炎⟧", ""),
        )
    )
    d.add("{h}\n临床路径变异记录表\n\n", h=P("HOSPITAL", zh_hosp(c, a)))
    d.add(
        "患者姓名：{n}  性别：{s}  年龄：{ag}岁  住院号：{zy}\n路径名称：⟦pr|{pn}⟧（第一诊断 "
        + path[1]
        + "）\n入径日期：{ind}\n",
        n=P("NAME_PATIENT", p.full),
        s="女" if p.sex == "F" else "男",
        ag=age_p(ag),
        zy=P("MRN", zyno(c)),
        pn=path[0],
        ind=P("DATE", zd(ind, "cn")),
    )
    vd = add(ind, c.ri(2, 6))
    d.add("变异日期：{vd}\n变异类型：□正变异 ☑负变异\n", vd=P("DATE", zd(vd, "cn")))
    why = c.ch(
        (
            "术前发现⟦lab|血钾 2.9 mmol/L⟧，需纠正后手术",
            "术后⟦fi|肺部感染⟧，⟦me|体温 38.9℃⟧，加用⟦dr|哌拉西林他唑巴坦⟧ ⟦do|4.5g q8h⟧",
            "患者家属要求延期手术",
        )
    )
    d.add("变异原因：" + why + "。\n")
    if path[2] and c.chance(0.6):
        d.add(
            "植入物：" + path[2] + " 序列号 {sn}（条码已贴于手术记录背面）\n",
            sn=P("DEVICE", serial(c, c.ch(("PJX", "MDT", "SJM")))),
        )
    d.add(
        "处理措施：延长住院 {x} 天，⟦ep|Caprini评分⟧ 5分，予⟦dr|低分子肝素⟧ ⟦do|4000IU 皮下注射 qd⟧。\n",
        x=c.ri(2, 6),
    )
    d.add("是否退出路径：{q}\n主管医师：{dc}", q=c.ch(("否", "是")), dc=P("NAME_CLINICIAN", dc.full))
    if c.chance(0.6):
        d.add("（执业证书编号 {lic}）", lic=P("LICENSE", zhiye(c)))
    d.add("  责任护士：{nu}\n科主任审核：", nu=P("NAME_CLINICIAN", nurse.full))
    d.put(zdoc(zr, "主任"))
    d.add("  日期：{dt}\n", dt=P("DATE", zd(add(vd, c.ri(0, 3)), "dot")))
    return d


def tiwendan(c) -> Doc:
    d, a = Doc(), area(c)
    p, nurse = znames(c, 2)
    ag = zage(c, 0.3, 50, 88)
    ad = day(c)
    op_day = c.ri(1, 4)
    d.add("{h}\n                              体 温 单\n", h=P("HOSPITAL", zh_hosp(c, a)))
    k, prc, site = c.ch(
        (
            ("普外科", "腹腔镜阑尾切除术", "右下腹"),
            ("泌尿外科", "经尿道前列腺电切术", "前列腺"),
            ("骨科", "腰椎后路减压融合术", "腰背部"),
        )
    )
    d.add(
        "姓名 {n}   年龄 {ag}岁   科别 {k}   床号 {b}   住院号 {zy}   入院日期 {ad}\n",
        n=P("NAME_PATIENT", p.full),
        ag=age_p(ag),
        k=k,
        b=c.ri(1, 50),
        zy=P("MRN", zyno(c)),
        ad=P("DATE", zd(ad, "iso")),
    )
    d.add("日  期    ")
    for i in range(7):
        d.add("{x}  ", x=P("DATE", zd(add(ad, i), "mdd")))
    d.add(
        "\n住院天数  "
        + "  ".join(f"{i + 1:>5}" for i in range(7))
        + "\n手术后天数"
        + "".join(f"{(i - op_day) if i > op_day else '':>7}" for i in range(7))
        + "\n"
    )
    temps = [c.fl(36.3, 38.6) for _ in range(7)]
    d.add(
        "⟦me|体温(℃)⟧  "
        + "  ".join(f"{x:>5}" for x in temps)
        + "\n⟦me|脉搏(次/分)⟧"
        + "  ".join(f"{x:>5}" for x in [c.ri(66, 89) if ag > 89 else c.ri(66, 112) for _ in range(7)])
        + "\n"
    )
    d.add(
        "⟦me|呼吸(次/分)⟧" + "  ".join(f"{c.ri(14, 24):>5}" for _ in range(7)) + "\n⟦me|血压(mmHg)⟧  {bp}\n",
        bp=f"{c.ri(100, 160)}/{c.ri(60, 95)}",
    )
    d.add("大便次数   1      0      1/E    1      0      1      1\n⟦me|体重(kg)⟧    {w}\n", w=c.fl(45, 85))
    d.add(
        "入院第{o}日 {t}:{m} ⟦pr|{pr}⟧；术后⟦dr|{dr}⟧ ⟦do|{do}⟧ 镇痛。\n",
        o=op_day + 1,
        t=c.ri(8, 15),
        m=c.ri(10, 59),
        pr=prc,
        dr=c.ch(("氟比洛芬酯", "地佐辛")),
        do=c.ch(("50mg 静脉注射 bid", "5mg 静脉注射 q12h")),
    )
    d.add("⟦an|{s}⟧" + ("创面" if site == "前列腺" else "切口") + "情况见护理记录。\n", s=site)
    d.add(
        "护士签名：{nu}   ⟦ep|Braden评分⟧ 16分\n",
        nu=P("NAME_CLINICIAN", nurse.full if c.chance(0.6) else nurse.giv),
    )
    return d


def tingche_jianmian(c) -> Doc:
    d, a = Doc(), area(c)
    h = zh_hosp(c, a)
    mo = day(c).replace(day=1)
    clerk = zname(c)
    d.add(
        "{h} 门诊治疗患者停车费减免登记表（{m}）\n登记窗口：门诊一楼服务台  经办：{cl}\n\n",
        h=P("HOSPITAL", h),
        m=f"{mo.year}年{mo.month}月",
        cl=P("NAME_CLINICIAN", clerk.full),
    )
    d.add("日期 | 患者 | 门诊号/住院号 | 治疗项目 | 车牌号 | 驾驶人 | 联系电话\n")
    for _ in range(c.ri(4, 6)):
        p = zname(c)
        rel, k = zkin(c, p)
        tr = c.ch(("⟦pr|血液透析⟧", "⟦pr|调强放疗⟧", "⟦pr|化疗⟧（⟦dr|奥沙利铂⟧）", "⟦pr|高压氧治疗⟧"))
        own = c.chance(0.3)
        d.add(
            "{dt} | {n} | {no} | " + tr + " | {pl} | {dr} | {ph}\n",
            dt=P("DATE", zd(add(mo, c.ri(0, 27)), c.pick("md", "iso"))),
            n=P("NAME_PATIENT", p.full),
            no=P("MRN", zyno(c)),
            pl=P("VEHICLE", zh_plate(c, a if c.chance(0.8) else area(c))),
            dr="本人" if own else [rel, P("NAME_RELATIVE", k.full)],
            ph=P("PHONE", mobile(c)),
        )
    d.add(
        "\n说明：透析、放疗、化疗患者凭治疗单每次减免 ⟦me|4 小时⟧，每月不超过 ⟦me|20 次⟧；车辆信息由保卫科核对。\n"
    )
    return d


def shouquan_weituoshu(c) -> Doc:
    d, a = Doc(), area(c)
    tw = c.chance(0.45)
    p = zname(c)
    rel, k = zkin(c, p)
    dc = zname(c)
    sd = day(c)
    ag = zage(c, 0.1, 30, 85)
    h = zh_hosp(c, a)
    if tw:
        pn = tw_name(c)
        rel = c.ch(("配偶", "兒媳", "女婿", "外甥"))
        k = zname(c, "F" if rel == "兒媳" else ("M" if rel != "配偶" else None))
        d.add(
            "授權委託書\n\n委託人（患者）：{n}  性別：{s}  年齡：{ag}歲\n證件：港澳居民來往內地通行證 {pp}\n",
            n=P("NAME_PATIENT", pn),
            s="女" if pn[-2:] in ("嘉欣", "麗華", "詠詩", "美玲", "曉彤") else "男",
            ag=age_p(ag),
            pp=P("PASSPORT", f"H{c.digits(8, False)}"),
        )
        d.add(
            "香港住址：{st}\n聯繫電話：{ph}",
            st=P("ADDRESS_STREET", f"{c.ch(HK_STREETS)}{c.ri(1, 600)}號{c.ri(2, 30)}樓{c.ch('ABCDEFG')}室"),
            ph=P("PHONE", f"+852 {c.ri(5, 9)}{c.digits(3, False)} {c.digits(4, False)}"),
        )
        if c.chance(0.5):
            d.add(
                "  電郵：{e}",
                e=P("EMAIL", f"{c.token(7).lower()}@{c.ch(('netvigator.com', 'yahoo.com.hk', 'gmail.com'))}"),
            )
        d.add(
            "\n受託人：{k}  與患者關係：{r}\n身份證號：{idc}\n內地住址：",
            k=P("NAME_RELATIVE", k.full),
            r=rel,
            idc=P("ID_CARD", id_card(c, a, born(c, c.ri(25, 60), sd), k.sex)),
        )
        d.put(zh_addr(c, a, c.chance(0.6)))
        d.add(
            "\n本人因⟦fi|{dx}⟧在{h}住院治療，現委託上述受託人代為簽署⟦pr|{pr}⟧知情同意書、辦理出入院及費用結算等事宜。\n",
            dx=c.ch(("冠狀動脈粥樣硬化性心臟病", "右側腎結石")),
            h=P("HOSPITAL", h),
            pr=c.ch(("冠狀動脈造影", "經皮腎鏡取石術")),
        )
        d.add(
            "委託人簽名：__________  受託人簽名：__________\n日期：{dt}   經辦醫師：",
            dt=P("DATE", zd(sd, "cn")),
        )
        d.put(zdoc(dc, "醫師"))
        d.add("\n")
        return d
    d.add(
        "授权委托书\n\n委托人（患者）：{n}  性别：{s}  年龄：{ag}岁  住院号：{zy}\n身份证号：{idc}\n",
        n=P("NAME_PATIENT", p.full),
        s="女" if p.sex == "F" else "男",
        ag=age_p(ag),
        zy=P("MRN", zyno(c)),
        idc=P("ID_CARD", id_card(c, a, born(c, ag, sd), p.sex)),
    )
    d.add(
        "受托人：{k}  与患者关系：{r}  身份证号：{idc}\n联系电话：{ph}\n住址：",
        k=P("NAME_RELATIVE", k.full),
        r=rel,
        idc=P("ID_CARD", id_card(c, area(c), born(c, c.ri(22, 60), sd), k.sex)),
        ph=P("PHONE", mobile(c)),
    )
    d.put(zh_addr(c, a, c.chance(0.6)))
    if c.chance(0.5):
        d.add("  邮编：{z}", z=P("POSTCODE", a.post))
    d.add(
        "\n\n本人因⟦fi|{dx}⟧在{h}住院治疗，现委托{k}为本人的代理人，代为签署⟦pr|{pr}⟧、⟦pr|输血治疗⟧等知情同意书，并代为办理医保结算（医保卡号 {yb}）。",
        dx=c.ch(("肺恶性肿瘤", "急性脑梗死", "帕金森病伴吞咽困难")),
        h=P("HOSPITAL", h),
        k=P("NAME_RELATIVE", k.full),
        pr=c.ch(("胸腔镜肺叶切除术", "脑血管造影术", "经皮内镜下胃造瘘术")),
        yb=P("INSURANCE", yibao(c)),
    )
    d.add(
        "委托期限自 {a} 至出院之日止。\n\n委托人签名（手印）：________  受托人签名：________\n见证医师：",
        a=P("DATE", zd(sd, "cn")),
    )
    d.put(zdoc(dc, "医生"))
    d.add("   日期：{dt}\n", dt=P("DATE", zd(sd, "iso")))
    return d


TEMPLATES = [
    ("zh32_his_jiekou_rizhi", his_jiekou_rizhi),
    ("zh32_kuaidi_miandan_ocr", kuaidi_miandan_ocr),
    ("zh32_lujing_bianyi", lujing_bianyi),
    ("zh32_tiwendan", tiwendan),
    ("zh32_tingche_jianmian", tingche_jianmian),
    ("zh32_shouquan_weituoshu", shouquan_weituoshu),
    *zh2.TEMPLATES,
]
