"""v18 Chinese templates (part 2 of 2): 患者表扬信登记, 住院患者自备药品登记, 骨密度检测报告,
口腔正畸治疗记录, 孕前优生健康检查家庭档案, 动态血压监测报告."""

# ruff: noqa: E501  (document text lines)

from __future__ import annotations

import _v18_kit as k
from _core import Ctx, Doc, P


def praise_letter(c: Ctx) -> Doc:
    pl = k.zh_place(c)
    name = k.zh_name(c, c.pick("han", "rare", "compound"))
    sur = k.zh_sur(name)
    age = c.ri(90, 101)
    rel = k.zh_name(c)
    n1, n2, dr = k.zh_name(c), k.zh_name(c), k.zh_name(c)
    h = k.zh_hosp(c, pl)
    d = Doc()
    d.add(
        "患者及家属表扬信登记表\n登记日期：{dt}    收信科室：老年医学科    住院号：{m}\n来信人：{r}（患者之{rr}）  电话：{ph}\n\n来信摘录：\n",
        dt=P("DATE", k.zh_date(c, k.rdate(c))),
        m=P("MRN", c.digits(8)),
        r=P("NAME_RELATIVE", rel),
        rr=c.ch(("女儿", "儿子", "孙女", "儿媳")),
        ph=P("PHONE", k.zh_phone(c)),
    )
    d.add(
        "“我父亲{p}今年{a}岁了，{ad}因⟦fi|吸入性肺炎⟧住进{h}。病房里大家都叫他老{s}。{s2}主任每天查房，耐心解释⟦lab|血氧饱和度93%⟧的意义，调整⟦dr|哌拉西林他唑巴坦⟧ ⟦do|4.5g q8h⟧。",
        p=P("NAME_PATIENT", name),
        a=P("AGE_OVER_89", str(age)),
        ad=P("DATE", k.zh_date(c, k.rdate(c))),
        h=P("HOSPITAL", h),
        s=P("NAME_PATIENT", sur),
        s2=P("NAME_CLINICIAN", k.zh_sur(dr)),
    )
    d.add(
        "护士{n1}和{n2s}帮他翻身、做⟦pr|鼻饲管置入⟧后的护理，老人家有⟦ep|帕金森病⟧，手抖得厉害，她们一勺一勺喂饭。{a2}岁的人了，出院时还能扶着走几步。”\n",
        n1=P("NAME_CLINICIAN", n1),
        n2s=[P("NAME_CLINICIAN", k.zh_sur(n2)), "护士"]
        if c.chance(0.5)
        else ["小", P("NAME_CLINICIAN", k.zh_sur(n2))],
        a2=P("AGE_OVER_89", str(age)),
    )
    if c.chance(0.5):
        d.add(
            "随信送锦旗一面，落款“{r}全家敬赠”。家庭住址：{c1}{st}\n",
            r=P("NAME_RELATIVE", rel),
            c1=P("CITY", pl[1]),
            st=P("ADDRESS_STREET", k.zh_street(c, pl)),
        )
    d.add(
        "处理：已转护理部，{n1}、{n2}计入季度表扬。登记人：{reg}\n",
        n1=P("NAME_CLINICIAN", n1),
        n2=P("NAME_CLINICIAN", n2),
        reg=P("NAME_CLINICIAN", k.zh_name(c)),
    )
    return d


def own_meds(c: Ctx) -> Doc:
    pl = k.zh_place(c)
    name = k.zh_name(c)
    d = Doc()
    d.add(
        "住院患者自备药品使用登记及知情同意书\n科室：内分泌科  床号：12  住院号：{m}\n患者：{n}  性别：{s}  年龄：",
        m=P("MRN", f"ZY{c.digits(8)}"),
        n=P("NAME_PATIENT", name),
        s=c.ch(("男", "女")),
    )
    if c.chance(0.35):
        d.put(P("AGE_OVER_89", str(c.ri(90, 98))), "岁\n")
    else:
        d.put(str(c.ri(35, 86)), "岁\n")
    d.add(
        "诊断：⟦fi|2型糖尿病⟧，⟦fi|糖尿病周围神经病变⟧，⟦lab|糖化血红蛋白9.1%⟧\n\n| 药品 | 规格/用法 | 来源 | 购药日期 |\n"
    )
    d.add(
        "| ⟦dr|司美格鲁肽注射液⟧ | ⟦do|0.5mg 每周一次皮下注射⟧ | {ph} | {d1} |\n| ⟦dr|依帕司他片⟧ | ⟦do|50mg tid⟧ | 外院带入：{h} | {d2} |\n",
        ph=P("HOSPITAL", k.zh_pharm(c, pl)),
        d1=P("DATE", k.zh_date(c, k.rdate(c))),
        h=P("HOSPITAL", k.zh_hosp(c, pl)),
        d2=P("DATE", k.zh_date(c, k.rdate(c))),
    )
    if c.chance(0.45):
        d.add("自备胰岛素泵一台，序列号：{sn}，由家属负责更换耗材。\n", sn=P("DEVICE", f"PUMP-{c.alnum(8)}"))
    d.add(
        "药师{ph}核对：外观、批号、效期合格（批号不作登记）。医师：{dr}（执业证书编号：{lic}）\n",
        ph=P("NAME_CLINICIAN", k.zh_name(c)),
        dr=P("NAME_CLINICIAN", k.zh_name(c)),
        lic=P("LICENSE", f"{c.digits(3)}{c.ri(330, 530)}{c.digits(9)}"),
    )
    rel = k.zh_name(c)
    d.add(
        "本人/家属知晓自备药品的风险。家属签字：{r}（{rr}）  联系电话：{t}  日期：{dt}\n",
        r=P("NAME_RELATIVE", rel),
        rr=c.ch(("配偶", "女儿", "儿子")),
        t=P("PHONE", k.zh_phone(c)),
        dt=P("DATE", k.zh_date(c, k.rdate(c))),
    )
    return d


def bone_density(c: Ctx) -> Doc:
    pl = k.zh_place(c)
    name = k.zh_name(c)
    old = c.chance(0.55)
    age = c.ri(90, 99) if old else c.ri(52, 86)
    d = Doc()
    d.add(
        "{h}\n双能X线骨密度（DXA）检测报告\n检查号：{a}    门诊号：{m}\n姓名：{n}  性别：女  年龄：",
        h=P("HOSPITAL", k.zh_hosp(c, pl)),
        a=P("ACCESSION", f"BMD{c.digits(8)}"),
        m=P("MRN", c.digits(9)),
        n=P("NAME_PATIENT", name),
    )
    d.put(
        P("AGE_OVER_89", f"{age}") if old else str(age),
        "岁  检查日期：",
        P("DATE", k.zh_date(c, k.rdate(c))),
        "\n\n",
    )
    d.add(
        "部位            BMD(g/cm²)   T值     Z值\n⟦an|腰椎L1-L4⟧     0.742      ⟦me|T值-3.1⟧   -1.2\n⟦an|左侧股骨颈⟧     0.561      ⟦me|T值-2.8⟧   -0.6\n\n"
    )
    d.add(
        "结论：⟦fi|骨质疏松症⟧；既往⟦ep|Colles骨折⟧病史，⟦lab|25-羟维生素D 14ng/ml⟧。建议⟦dr|阿仑膦酸钠⟧ ⟦do|70mg 每周一次⟧，排除⟦ep|Paget骨病⟧。\n"
    )
    if old:
        d.add("备注：患者自述“我{a}岁了，还能自己下楼买菜”，跌倒风险高。\n", a=P("AGE_OVER_89", str(age)))
    d.add(
        "申请医师：{r}    报告医师：{w}    审核：{s}主任\n",
        r=P("NAME_CLINICIAN", k.zh_name(c)),
        w=P("NAME_CLINICIAN", k.zh_name(c)),
        s=P("NAME_CLINICIAN", k.zh_sur(k.zh_name(c))),
    )
    return d


def ortho(c: Ctx) -> Doc:
    pl = k.zh_place(c)
    name = k.zh_name(c, c.pick("han", "compound", "rare"))
    xm = c.ch(k.ZH_XIAOMING)
    par = k.zh_name(c)
    d = Doc()
    d.add(
        "{h} 口腔正畸治疗记录\n患者：{n}（小名{x}） 年龄：{a}岁  就诊卡号：{cd}\n家长：{p}  电话：{t}  邮箱：{e}\n",
        h=P("HOSPITAL", k.zh_hosp(c, pl)),
        n=P("NAME_PATIENT", name),
        x=P("NAME_PATIENT", xm),
        a=c.ri(9, 16),
        cd=P("ACCOUNT", f"{c.digits(12)}"),
        p=P("NAME_RELATIVE", par),
        t=P("PHONE", k.zh_phone(c)),
        e=P(
            "EMAIL",
            f"{c.ch(('mama', 'baba', 'jia', 'happy'))}{c.digits(6)}@{c.ch(('qq.com', '163.com', '126.com', 'sina.com'))}",
        ),
    )
    d.add(
        "诊断：⟦ep|安氏Ⅱ类错𬌗⟧，⟦fi|上前牙拥挤⟧，⟦me|覆盖6mm⟧，⟦ep|Spee曲线⟧过深。\n治疗：⟦pr|隐形矫治⟧，矫治器序列号 {sn}；口扫数据已上传 {u}（上传终端IP {ip}）。\n",
        sn=P("DEVICE", f"CA{c.digits(9)}"),
        u=P("URL", f"https://ortho-cloud.example.cn/case/{c.token(10)}"),
        ip=P("IP", k.ip4(c)),
    )
    d.add("复诊记录：\n")
    for _ in range(c.ri(2, 3)):
        d.add(
            "  {dt}  更换第{i}副，⟦an|下颌第一磨牙⟧附件完好，⟦dr|氟化钠⟧凝胶涂布。医师：{dr}\n",
            dt=P("DATE", k.zh_date(c, k.rdate(c))),
            i=c.ri(3, 30),
            dr=P("NAME_CLINICIAN", k.zh_name(c)),
        )
    d.add("{x}妈妈反映孩子佩戴时间不足每天22小时。\n", x=P("NAME_PATIENT", xm))
    return d


def prepreg(c: Ctx) -> Doc:
    pl = k.zh_place(c)
    wife, hus = k.zh_name(c), k.zh_name(c)
    aw, ah = c.ri(22, 38), c.ri(23, 42)
    d = Doc()
    d.add(
        "国家免费孕前优生健康检查 家庭档案\n档案建立日期：{dt}   检验条码：{bc}\n",
        dt=P("DATE", k.zh_date(c, k.rdate(c))),
        bc=P("ACCESSION", c.digits(12)),
    )
    d.add(
        "女方：{w}  身份证号：{wi}  工作单位：{wk}\n男方：{h}  身份证号：{hi}\n",
        w=P("NAME_PATIENT", wife),
        wi=P("ID_CARD", k.id_card(c, k.dob(c, aw), "F")),
        wk=P("WORKPLACE", k.zh_work(c, pl)),
        h=P("NAME_RELATIVE", hus),
        hi=P("ID_CARD", k.id_card(c, k.dob(c, ah), "M")),
    )
    d.add(
        "户籍地址：{pv}{ct}{st}  邮编：{pc}\n新农合/医保证号：{ins}   联系电话：{t}\n\n",
        pv=P("PROVINCE_STATE", pl[0]),
        ct=P("CITY", pl[1]),
        st=P("ADDRESS_STREET", k.zh_street(c, pl)),
        pc=P("POSTCODE", k.zh_post(c, pl)),
        ins=P("INSURANCE", k.zh_insur(c)),
        t=P("PHONE", k.zh_phone(c)),
    )
    d.add(
        "家族史：女方外祖母{g}岁，患⟦ep|阿尔茨海默病⟧；男方父亲有⟦fi|地中海贫血⟧携带。\n",
        g=P("AGE_OVER_89", str(c.ri(90, 99))),
    )
    d.add(
        "检查：女方⟦lab|风疹病毒IgG阳性⟧，⟦lab|TSH 5.8mIU/L⟧，提示⟦ep|桥本甲状腺炎⟧可能；⟦pr|妇科超声⟧示⟦an|子宫⟧大小正常。\n建议：⟦dr|叶酸⟧ ⟦do|0.4mg qd⟧，孕前3个月开始服用。\n"
    )
    d.add(
        "评估医师：{dr}  随访：{dt}\n",
        dr=P("NAME_CLINICIAN", k.zh_name(c)),
        dt=P("DATE", k.zh_date(c, k.rdate(c))),
    )
    return d


def abpm(c: Ctx) -> Doc:
    pl = k.zh_place(c)
    name = k.zh_name(c)
    old = c.chance(0.4)
    d = Doc()
    d.add(
        "24小时动态血压监测报告\n监测号：{a}  {mt}：{m}\n姓名：{n}  年龄：",
        a=P("ACCESSION", f"ABPM-{c.digits(7)}"),
        mt=c.ch(("门诊号", "住院号")),
        m=P("MRN", c.digits(10)),
        n=P("NAME_PATIENT", name),
    )
    d.put(
        P("AGE_OVER_89", str(c.ri(90, 96))) if old else str(c.ri(30, 85)),
        "岁  佩戴时间：",
        P("DATE", k.zh_date(c, k.rdate(c))),
        " 09:12\n",
    )
    d.add("职业与活动：患者为网约车司机，佩戴期间照常驾驶，车牌{v}。\n", v=P("VEHICLE", k.zh_plate(c)))
    d.add(
        "结果：全天⟦me|平均血压148/92mmHg⟧，夜间⟦me|平均血压139/88mmHg⟧，非杓型；⟦me|血压负荷62%⟧。\n提示：⟦fi|高血压病2级⟧，⟦fi|左心室肥厚⟧待排。\n"
    )
    d.add(
        "建议：加用⟦dr|氨氯地平⟧ ⟦do|5mg qd⟧；完善⟦pr|超声心动图⟧，复查⟦lab|血肌酐88μmol/L⟧。测量方法参照⟦ep|Korotkoff音⟧听诊校准。\n"
    )
    if c.chance(0.6):
        d.add(
            "既往起搏器植入（序列号{sn}），⟦an|左胸⟧囊袋无红肿。\n",
            sn=P("DEVICE", f"{c.letters(3)}{c.digits(6)}"),
        )
    d.add(
        "报告医师：{r}  申请科室：{h}心内科（传真{fx}）\n",
        r=P("NAME_CLINICIAN", k.zh_name(c)),
        h=P("HOSPITAL", k.zh_hosp(c, pl)),
        fx=P("FAX", k.zh_fax(c)),
    )
    return d
