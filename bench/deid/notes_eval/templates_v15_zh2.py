"""v15 Chinese templates, part 2 of 2: six more document types none of v1-v14 used."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import _v15_kit as k
from _v15_kit import Ctx, Doc, P


def smoking_clinic(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("M", "M", "F")
    name = k.zh_name(c, sex, 0.15)
    dd = k.rday(c, 2021)
    doc = k.zh_name(c)
    hosp = k.zh_hosp(c)
    d.add(
        "{h} 戒烟门诊首诊登记表\n门诊号：{mz}   就诊日期：{dd}   医生：{doc}\n",
        h=P("HOSPITAL", hosp),
        mz=P("MRN", c.digits(9)),
        dd=P("DATE", k.dzh(c, dd, c.pick("iso", "cn", "dot"))),
        doc=P("NAME_CLINICIAN", doc),
    )
    d.add(
        "姓名：{n}   年龄：{a}   职业：网约车司机（挂靠{wp}）\n车牌号：{pl}（常在车内吸烟）   手机/微信同号：{m}\n",
        n=P("NAME_PATIENT", name),
        a=str(c.ri(24, 66)),
        wp=P("WORKPLACE", c.ch(k.ZH_WORK)),
        pl=P("VEHICLE", k.plate_zh(c)),
        m=P("PHONE", k.mobile(c)),
    )
    pk = c.ri(10, 60)
    d.add(
        "\n吸烟史：{y}岁开始吸烟，⟦me|每日{n}支⟧，⟦me|{pk}包年⟧；曾尝试戒烟{t}次，最长坚持{dd2}天。\n",
        y=str(c.ri(14, 25)),
        n=str(c.ri(10, 40)),
        pk=str(pk),
        t=str(c.ri(0, 4)),
        dd2=str(c.ri(2, 90)),
    )
    d.add(
        "评估：⟦ep|Fagerström尼古丁依赖量表⟧ {f}分（{lv}），⟦me|呼出气CO {co} ppm⟧，⟦lab|尿可替宁阳性⟧。\n",
        f=str(c.ri(3, 10)),
        lv=c.pick("中度依赖", "重度依赖"),
        co=str(c.ri(8, 45)),
    )
    d.add(
        "合并症：⟦fi|慢性阻塞性肺疾病⟧（⟦lab|FEV1/FVC {r}%⟧），⟦fi|高脂血症⟧。胸部CT示⟦an|右肺上叶⟧⟦fi|磨玻璃结节⟧ ⟦me|6 mm⟧。\n",
        r=str(c.ri(52, 69)),
    )
    d.add(
        "处方：⟦dr|伐尼克兰⟧ ⟦do|0.5mg qd⟧ ×3天 → ⟦do|0.5mg bid⟧ ×4天 → ⟦do|1mg bid⟧；辅以⟦dr|尼古丁贴片⟧ ⟦do|21mg/24h⟧。\n"
    )
    d.add(
        "戒烟日定于{qd}。家人支持：{rel}（{r}）愿监督，电话 {rp}。\n",
        qd=P("DATE", k.dzh(c, k.plus(dd, 7), "md")),
        rel=P("NAME_RELATIVE", k.zh_name(c)),
        r=c.pick("妻子", "女儿", "母亲", "丈夫"),
        rp=P("PHONE", k.mobile(c)),
    )
    d.add(
        "随访：已绑定戒烟小程序 {url}，第1、2、4、12周电话随访（{ns}护士）。\n",
        url=P("URL", f"https://jieyan.{c.pick('healthcn', 'quitapp', 'wsjk')}.cn/u/{c.token(10)}"),
        ns=P("NAME_CLINICIAN", k.zh_sur(k.zh_name(c, "F"))),
    )
    return d


def voice_summary(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    name = k.zh_name(c, sex)
    ad = k.rday(c)
    od = k.plus(ad, c.ri(5, 15))
    doc = k.zh_name(c)
    hosp = k.zh_hosp(c)
    old = c.chance(0.4)
    age = c.ri(90, 99) if old else c.ri(45, 88)
    d.add("【语音录入·未校对】出院小结  {h}\n", h=P("HOSPITAL", hosp))
    d.add("患者{n}逗号{s}逗号", n=P("NAME_PATIENT", name), s="女" if sex == "F" else "男")
    d.add("{a}岁逗号", a=P("AGE_OVER_89", str(age)) if old else str(age))
    d.add(
        "住院号{zy}逗号因反复胸闷气短三年加重一周于{ad}入院句号\n",
        zy=P("MRN", " ".join(c.digits(8)) if c.chance(0.3) else c.digits(8)),
        ad=P("DATE", k.dzh(c, ad, c.pick("cn", "md"))),
    )
    d.add(
        "入院诊断冒号⟦fi|慢性心力衰竭急性加重⟧逗号⟦fi|扩张型心肌病⟧逗号心功能四级句号入院时⟦lab|NT-proBNP {bnp} pg/ml⟧逗号⟦me|左室射血分数{ef}%⟧句号\n",
        bnp=str(c.ri(2800, 19000)),
        ef=str(c.ri(18, 34)),
    )
    d.add(
        "住院期间予⟦dr|呋塞米⟧⟦do|20mg静推bid⟧逗号⟦dr|沙库巴曲缬沙坦⟧⟦do|50mg bid⟧逗号⟦dr|达格列净⟧⟦do|10mg qd⟧句号{od2}行⟦pr|ICD植入术⟧逗号序列号{sn}句号\n",
        od2=P("DATE", k.dzh(c, k.plus(ad, 3), "md")),
        sn=P("DEVICE", f"{c.letters(3)}{c.digits(6)}{c.letters(1)}"),
    )
    d.add(
        "复查胸部CT检查号{ct}逗号示⟦an|双肺下叶⟧⟦fi|少量胸腔积液⟧句号\n",
        ct=P("ACCESSION", f"CT{c.digits(9)}"),
    )
    rel = k.zh_name(c, "M")
    d.add(
        "出院时情况好转逗号于{od}出院句号家属{rel}逗号电话{rp}句号{sur}先生交代按时复诊句号\n",
        od=P("DATE", k.dzh(c, od, c.pick("cn", "iso"))),
        rel=P("NAME_RELATIVE", rel),
        rp=P("PHONE", k.mobile(c)),
        sur=P("NAME_RELATIVE", k.zh_sur(rel)),
    )
    d.add(
        "出院医嘱冒号限盐限水逗号每日称重逗号体重增加超过⟦me|2公斤⟧立即就诊句号心内科{doc}主任门诊随访句号\n",
        doc=P("NAME_CLINICIAN", k.zh_sur(doc)),
    )
    d.add("录入医师：{doc2}    审核：未审核\n", doc2=P("NAME_CLINICIAN", doc))
    return d


def prenatal_class(c: Ctx) -> Doc:
    d = Doc()
    dd = k.rday(c, 2021)
    hosp = c.pick(k.zh_hosp(c), "博爱儿童医院", "湖州市妇幼保健院")
    teacher = k.zh_name(c, "F")
    d.add(
        "{h} 孕妇学校签到表（导出）\n课程：{topic}   日期：{dd}   授课：{t}助产士\n导出终端：{ip}\n\n",
        h=P("HOSPITAL", hosp),
        topic=c.pick("分娩镇痛与⟦pr|拉玛泽呼吸法⟧", "母乳喂养与新生儿护理", "孕期营养与⟦fi|妊娠期糖尿病⟧"),
        dd=P("DATE", k.dzh(c, dd)),
        t=P("NAME_CLINICIAN", k.zh_sur(teacher)),
        ip=P("IP", k.ip4(c, True)),
    )
    d.put("序号,孕妇姓名,就诊卡号,孕周,陪同家属,手机号,备注\n")
    for i in range(c.ri(3, 5)):
        nm = k.zh_name(c, "F", 0.15)
        d.add(
            "{i},{n},{card},⟦me|孕{w}周⟧,{h},{m},{note}\n",
            i=str(i + 1),
            n=P("NAME_PATIENT", nm),
            card=P("ACCOUNT", c.digits(12)),
            w=f"{c.ri(20, 38)}+{c.ri(0, 6)}",
            h=P("NAME_RELATIVE", k.zh_name(c, "M")) if c.chance(0.7) else "无",
            m=P("PHONE", k.mobile(c)),
            note=c.pick("", "⟦fi|妊娠期高血压⟧", "⟦lab|OGTT异常⟧", "双胎", "瘢痕子宫"),
        )
    d.add(
        "\n课后答疑：一位孕妇（{n}）问能否使用⟦dr|地屈孕酮⟧，已建议至产科门诊；产科{doc}医生，电话 {tel}。\n",
        n=P("NAME_PATIENT", k.zh_name(c, "F")),
        doc=P("NAME_CLINICIAN", k.zh_sur(k.zh_name(c))),
        tel=P("PHONE", k.tel_zh(c, k.zh_place(c))),
    )
    d.add(
        "课程回看链接：{url}（仅限本期学员）。讲授内容含⟦me|Apgar评分⟧、⟦ep|Braxton Hicks宫缩⟧与真临产的区别。\n",
        url=P("URL", f"https://mama.{c.pick('yunchan', 'fybj', 'mchclass')}.cn/live/{c.token(8)}"),
    )
    return d


def charity_aid(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    child = k.zh_name(c, sex, 0.15)
    nick = c.ch(k.ZH_NICK)
    dob = k.rday(c, 2012, 2022)
    pl = k.zh_place(c)
    par_sex = c.pick("F", "M")
    par = k.zh_name(c, par_sex)
    pdob = k.rday(c, 1978, 1995)
    hosp = k.zh_hosp(c)
    dd = k.rday(c, 2023)
    d.add(
        "大病儿童慈善救助申请表（{fund}）\n申请编号：{no}   申请日期：{dd}\n",
        fund="星光公益基金",
        no=P("OTHER_ID", f"XG{dd.year}{c.digits(6)}"),
        dd=P("DATE", k.dzh(c, dd)),
    )
    d.add(
        "一、患儿信息\n姓名：{n}（小名“{nk}”）  性别：{s}  出生日期：{dob}\n身份证号：{idc}   医保个人编号：{ins}\n户籍地址：",
        n=P("NAME_PATIENT", child),
        nk=P("NAME_PATIENT", nick),
        s="女" if sex == "F" else "男",
        dob=P("DATE", k.dzh(c, dob, "cn")),
        idc=P("ID_CARD", k.id_card(c, dob, sex)),
        ins=P("INSURANCE", f"{pl[3]}{c.digits(9)}"),
    )
    d.put(
        [P("PROVINCE_STATE", pl[0])] if pl[0] else [],
        P("CITY", pl[1]),
        P("ADDRESS_STREET", k.zh_street(c, pl)),
    )
    d.add(
        "  邮编：{pc}\n\n二、监护人\n{p}（{r}） 身份证 {pidc}\n手机 {m}  邮箱 {em}\n收款账户：{bank} {acct}（户名同监护人）\n\n",
        pc=P("POSTCODE", k.zh_postcode(c, pl)),
        p=P("NAME_RELATIVE", par),
        r="母亲" if par_sex == "F" else "父亲",
        pidc=P("ID_CARD", k.id_card(c, pdob, par_sex)),
        m=P("PHONE", k.mobile(c)),
        em=P("EMAIL", k.pinyin_email(c)),
        bank=c.pick("农业银行", "邮储银行", "农商银行"),
        acct=P("ACCOUNT", f"62{c.digits(17, False)}"),
    )
    dx = c.ch(
        (
            ("急性淋巴细胞白血病", "⟦dr|长春新碱⟧ ⟦do|1.5mg/m2⟧ 每周一次"),
            ("法洛四联症", "⟦pr|法洛四联症根治术⟧"),
            ("重型β地中海贫血", "⟦pr|造血干细胞移植⟧"),
        )
    )
    d.add(
        "三、疾病及治疗\n就诊医院：{h}   住院号：{zy}\n诊断：⟦fi|{dx}⟧；治疗："
        + dx[1]
        + "。⟦lab|血红蛋白 {hb} g/L⟧。\n",
        h=P("HOSPITAL", hosp),
        zy=P("MRN", c.digits(7)),
        dx=dx[0],
        hb=str(c.ri(56, 118)),
    )
    d.add(
        "已发生费用 {fee} 元（结算单号 {js}），医保报销后自付 {own} 元。\n",
        fee=str(c.ri(60000, 400000)),
        js=P("ACCOUNT", f"JS{dd.year}{c.digits(8)}"),
        own=str(c.ri(20000, 160000)),
    )
    d.add(
        "网络筹款页面：{url}（提交IP {ip}）\n\n四、医院意见\n主治医师：{doc}（执业证书编号 {lic}）  科室电话 {tel}  传真 {fx}\n",
        url=P(
            "URL", f"https://www.{c.pick('qingsongchou', 'aixinchou', 'xingguang-gy')}.org/p/{c.digits(8)}"
        ),
        ip=P("IP", k.ip4(c, False)),
        doc=P("NAME_CLINICIAN", k.zh_name(c)),
        lic=P("LICENSE", f"2{c.digits(14)}"),
        tel=P("PHONE", k.tel_zh(c, pl)),
        fx=P("FAX", k.tel_zh(c, pl)),
    )
    d.add(
        "情况属实，{nk2}目前病情稳定，需继续治疗。    {dd2}\n",
        nk2=P("NAME_PATIENT", nick),
        dd2=P("DATE", k.dzh(c, k.plus(dd, 2), "slash")),
    )
    return d


def emr_audit(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    name = k.zh_name(c, sex)
    dd = k.rday(c, 2021)
    zy = c.digits(10)
    hosp = k.zh_hosp(c)
    d.add(
        "{h} 信息中心\n电子病历调阅审计记录（投诉核查）   核查单号：{no}\n被调阅患者：{n}   住院号：{zy}   工作单位：{wp}\n投诉日期：{cd}（患者反映同事知晓其⟦fi|乙型病毒性肝炎⟧病情）\n\n",
        h=P("HOSPITAL", hosp),
        no=P("OTHER_ID", f"SJ-{dd.year}-{c.digits(4)}"),
        n=P("NAME_PATIENT", name),
        zy=P("MRN", zy),
        wp=P("WORKPLACE", c.ch(k.ZH_WORK)),
        cd=P("DATE", k.dzh(c, dd)),
    )
    d.put("时间                | 工号/姓名        | 科室     | 终端IP          | 操作\n")
    staff = [k.zh_name(c) for _ in range(3)]
    for _ in range(c.ri(4, 6)):
        s = c.ch(staff)
        d.add(
            "{t} {h}:{m} | {gh}/{nm} | {dept} | {ip} | {op}\n",
            t=P("DATE", k.dzh(c, k.plus(dd, -c.ri(1, 20)), c.pick("iso", "dot"))),
            h=f"{c.ri(8, 22):02d}",
            m=f"{c.ri(0, 59):02d}",
            gh=str(c.ri(10000, 39999)),
            nm=P("NAME_CLINICIAN", s),
            dept=c.pick("体检中心", "检验科", "消化内科", "门诊收费"),
            ip=P("IP", k.ip4(c, True)),
            op=c.pick("查看病程记录", "查看检验报告", "打印病历首页", "查看医嘱"),
        )
    d.add(
        "\n核查所见：体检中心{s}于非工作时间查看⟦lab|HBV-DNA {v} IU/ml⟧及⟦lab|乙肝表面抗原阳性⟧报告，与诊疗无关；用药记录含⟦dr|恩替卡韦⟧ ⟦do|0.5mg qd⟧。\n",
        s=P("NAME_CLINICIAN", staff[0]),
        v=c.pick("<20", f"{c.ri(2, 9)}.{c.ri(1, 9)}×10^3"),
    )
    d.add(
        "患者本人手机APP亦于{pd}自 {pip} 登录查询，属正常访问。\n",
        pd=P("DATE", k.dzh(c, k.plus(dd, -1), "md")),
        pip=P("IP", k.ip4(c, False)),
    )
    d.add(
        "处理：通报{dept}，约谈当事人；书面回复寄至患者（电话 {m}）。核查人：{v1}、{v2}。\n",
        dept="体检中心",
        m=P("PHONE", k.mobile(c)),
        v1=P("NAME_CLINICIAN", k.zh_name(c)),
        v2=P("NAME_CLINICIAN", k.zh_name(c)),
    )
    return d


def hotline(c: Ctx) -> Doc:
    d = Doc()
    sex = c.pick("F", "M")
    name = k.zh_name(c, sex)
    nick = c.ch(k.ZH_NICK)
    dd = k.rday(c, 2021)
    pl = k.zh_place(c)
    vol = k.zh_name(c, "F")
    d.add(
        "心理援助热线来电记录\n来电编号：{no}   日期：{dd} 23:{mm}   接线员：{v}（工号 0{gh}）\n来电号码：{ph}\n\n",
        no=P("OTHER_ID", f"RX{k.dzh(c, dd, 'compact')[2:]}{c.digits(3)}"),
        dd=P("DATE", k.dzh(c, dd, c.pick("iso", "cn"))),
        mm=f"{c.ri(0, 59):02d}",
        v=P("NAME_CLINICIAN", vol),
        gh=str(c.ri(100, 999)),
        ph=P("PHONE", k.mobile(c)),
    )
    d.add(
        "来电者自称“{nk}”，后告知真名{n}，{s}，就读/工作于{wp}。\n",
        nk=P("NAME_PATIENT", nick),
        n=P("NAME_PATIENT", name),
        s="女" if sex == "F" else "男",
        wp=P("WORKPLACE", c.ch(k.ZH_WORK)),
    )
    d.add(
        "通话摘要：\n来电者：“我现在在车里，车停在{road}边上……我把{drug}都带着。”\n",
        road=P("ADDRESS_STREET", c.ch(k.ZH_ROADS)),
        drug="⟦dr|艾司唑仑⟧",
    )
    d.add(
        "接线员：“{nk2}，你愿意告诉我车牌号吗？我想确保你安全。”\n来电者：“{pl}……你别报警。”\n",
        nk2=P("NAME_PATIENT", nick),
        pl=P("VEHICLE", k.plate_zh(c)),
    )
    d.add(
        "评估：⟦fi|抑郁发作⟧伴⟦fi|自杀意念⟧，有具体计划和工具，风险高；自述⟦fi|失眠⟧两月，正服⟦dr|舍曲林⟧ ⟦do|50mg qd⟧（{h}开具）。\n",
        h=P("HOSPITAL", c.pick("康宁精神卫生中心", k.zh_hosp(c, pl))),
    )
    d.add(
        "处置：按高危流程报告督导{sv}老师，经同意联系其{r}{rel}（{rp}），并由{city}110协助，约{m2}分钟后家属到场。\n",
        sv=P("NAME_CLINICIAN", k.zh_sur(k.zh_name(c))),
        r=c.pick("姐姐", "母亲", "室友", "丈夫"),
        rel=P("NAME_RELATIVE", k.zh_name(c)),
        rp=P("PHONE", k.mobile(c)),
        city=P("CITY", pl[1]),
        m2=str(c.ri(12, 40)),
    )
    d.add(
        "转介：次日{fd}至{h2}心理门诊，预约号已发至邮箱 {em}；在线转介平台提交IP {ip}。\n",
        fd=P("DATE", k.dzh(c, k.plus(dd, 1), "md")),
        h2=P("HOSPITAL", c.pick("康宁精神卫生中心", k.zh_hosp(c, pl))),
        em=P("EMAIL", k.pinyin_email(c)),
        ip=P("IP", k.ip4(c, False)),
    )
    return d


TEMPLATES = [
    ("zh15_smoking_cessation_intake", smoking_clinic),
    ("zh15_voice_dictated_summary", voice_summary),
    ("zh15_prenatal_class_signin", prenatal_class),
    ("zh15_charity_aid_application", charity_aid),
    ("zh15_emr_access_audit", emr_audit),
    ("zh15_crisis_hotline_call", hotline),
]
