"""v18 Chinese templates (part 1 of 2): 病历封存记录, 膏方定制加工单, 治疗膳食订餐单, 双通道药品处方
流转单, 医疗美容注射治疗记录, 应征公民体格检查表; TEMPLATES lists all twelve."""

# ruff: noqa: E501  (document text lines)

from __future__ import annotations

import _v18_kit as k
from _core import Ctx, Doc, P

FOREIGN = (
    "MARTINEZ LUCIA",
    "Kim Soo-ah",
    "NGUYEN THI HOA",
    "Oliveira, Ana Paula",
    "TANAKA YUI",
    "Petrova Anastasia",
)


def sealing(c: Ctx) -> Doc:
    pl = k.zh_place(c)
    name = k.zh_name(c)
    agent = k.zh_name(c)
    h = k.zh_hosp(c, pl)
    d = Doc()
    d.add(
        "病历资料封存记录\n封存编号：{no}    医疗机构：{h}\n患者姓名：{n}  住院号：{m}  身份证号：{idc}\n",
        no=P("OTHER_ID", f"FC{c.ri(2019, 2025)}-{c.digits(4)}"),
        h=P("HOSPITAL", h),
        n=P("NAME_PATIENT", name),
        m=P("MRN", c.digits(7)),
        idc=P("ID_CARD", k.id_card(c, k.dob(c, c.ri(30, 85)), c.pick("M", "F"))),
    )
    d.add(
        "入院日期：{a}  出院/死亡日期：{b}\n诊疗经过摘要：⟦pr|腹腔镜胆囊切除术⟧后第2天出现⟦fi|胆漏⟧，⟦pr|经内镜逆行胰胆管造影⟧放置支架，⟦lab|总胆红素68μmol/L⟧。\n",
        a=P("DATE", k.zh_date(c, k.rdate(c))),
        b=P("DATE", k.zh_date(c, k.rdate(c))),
    )
    d.add(
        "封存内容：病程记录、手术记录、麻醉记录、护理记录（⟦ep|Morse跌倒评分⟧表）复印件各一份，原件封存于医务科。\n\n患方代理人：{ag}（患者之{rel}）  ",
        ag=P("NAME_RELATIVE", agent),
        rel=c.ch(("妻子", "丈夫", "长子", "女儿", "弟弟")),
    )
    if c.chance(0.5):
        d.add(
            "证件：{t} {pp}",
            t=c.ch(("港澳居民来往内地通行证", "护照", "台湾居民来往大陆通行证")),
            pp=P("PASSPORT", k.zh_passport(c)),
        )
    else:
        d.add("身份证号：{i}", i=P("ID_CARD", k.id_card(c, k.dob(c, c.ri(25, 70)), c.pick("M", "F"))))
    d.add(
        "  电话：{t}\n医方经办：医务科{a}、{b}科长    见证：{w}\n封存日期：{dt}\n",
        t=P("PHONE", k.zh_phone(c)),
        a=P("NAME_CLINICIAN", k.zh_name(c)),
        b=P("NAME_CLINICIAN", k.zh_sur(k.zh_name(c))),
        w=P("NAME_CLINICIAN", k.zh_name(c)),
        dt=P("DATE", k.zh_date(c, k.rdate(c))),
    )
    return d


def gaofang(c: Ctx) -> Doc:
    pl = k.zh_place(c)
    name = k.zh_name(c)
    dr = k.zh_name(c)
    d = Doc()
    d.add(
        "{h} 膏方定制加工单\n处方号：{rx}  就诊卡号：{card}  医保卡号：{ins}\n姓名：{n}  年龄：",
        h=P("HOSPITAL", k.zh_hosp(c, pl)),
        rx=P("OTHER_ID", f"GF{c.digits(9)}"),
        card=P("ACCOUNT", c.digits(10)),
        ins=P("INSURANCE", k.zh_insur(c)),
        n=P("NAME_PATIENT", name),
    )
    if c.chance(0.3):
        d.put(P("AGE_OVER_89", str(c.ri(90, 97))), "岁")
    else:
        d.put(str(c.ri(40, 85)), "岁")
    d.add(
        "\n辨证：⟦fi|气阴两虚证⟧；西医诊断：⟦fi|慢性阻塞性肺疾病⟧稳定期，⟦me|mMRC 2级⟧\n处方：⟦dr|黄芪⟧⟦do|300g⟧ ⟦dr|西洋参⟧⟦do|100g⟧ ⟦dr|麦冬⟧⟦do|150g⟧ ⟦dr|阿胶⟧⟦do|250g⟧（烊化收膏）\n"
    )
    d.add(
        "服法：每日早晚各一匙，开水冲服。感冒发热暂停。\n开方医师：{s}主任（执业证书编号：{lic}）  制膏师傅：{m}\n",
        s=P("NAME_CLINICIAN", k.zh_sur(dr)),
        lic=P("LICENSE", f"1{c.digits(2)}{c.ri(330, 530)}{c.digits(9)}"),
        m=P("NAME_CLINICIAN", k.zh_name(c)),
    )
    d.add(
        "配送：{pv}{ct}{st}  邮编 {pc}  收件电话 {t}\n运单号：{wb}  物流查询：{u}\n下单日期：{dt}\n",
        pv=P("PROVINCE_STATE", pl[0]),
        ct=P("CITY", pl[1]),
        st=P("ADDRESS_STREET", k.zh_street(c, pl)),
        pc=P("POSTCODE", k.zh_post(c, pl)),
        t=P("PHONE", k.zh_phone(c)),
        wb=P("OTHER_ID", f"SF{c.digits(12)}"),
        u=P("URL", f"https://wx.example-tcm.cn/track?no={c.token(12)}"),
        dt=P("DATE", k.zh_date(c, k.rdate(c))),
    )
    return d


def diet(c: Ctx) -> Doc:
    name = k.zh_name(c)
    rel = k.zh_name(c)
    d = Doc()
    scen = c.ch(
        (
            ("⟦fi|2型糖尿病⟧", "⟦lab|空腹血糖9.6mmol/L⟧", "糖尿病膳食 ⟦me|1600kcal/d⟧"),
            ("⟦fi|慢性肾脏病4期⟧", "⟦lab|血钾5.4mmol/L⟧", "低蛋白低钾膳食 ⟦me|蛋白0.6g/kg/d⟧"),
            ("⟦ep|克罗恩病⟧活动期", "⟦lab|白蛋白29g/L⟧", "低渣半流质 + ⟦dr|肠内营养粉⟧ ⟦do|200ml tid⟧"),
        )
    )
    d.add(
        "治疗膳食医嘱及订餐单（营养科）\n日期：{dt}   病区：消化内科二病区 18床\n住院号：{m}  姓名：{n}\n",
        dt=P("DATE", k.zh_date(c, k.rdate(c))),
        m=P("MRN", f"{c.digits(2)}-{c.digits(6)}"),
        n=P("NAME_PATIENT", name),
    )
    d.add("诊断：" + scen[0] + "；" + scen[1] + "\n膳食医嘱：" + scen[2] + "；⟦pr|吞咽功能评估⟧通过。\n")
    d.add(
        "营养师：{dn}  主管医生：{doc}\n家属订餐：{r}（{rr}）通过小程序下单，电话{t}\n订单链接：{u}\n下单终端IP：{ip}\n",
        dn=P("NAME_CLINICIAN", k.zh_name(c)),
        doc=P("NAME_CLINICIAN", k.zh_name(c)),
        r=P("NAME_RELATIVE", rel),
        rr=c.ch(("儿子", "老伴", "侄女")),
        t=P("PHONE", k.zh_phone(c)),
        u=P("URL", f"https://canteen.example-hosp.cn/o/{c.token(11)}"),
        ip=P("IP", k.ip_any(c)),
    )
    d.add(
        "早餐 | 午餐 | 晚餐\n杂粮粥 | 清蒸鱼 ⟦me|100g⟧ | 冬瓜汤\n备注：{r}说患者不吃葱姜。\n",
        r=P("NAME_RELATIVE", rel),
    )
    return d


def dual_channel(c: Ctx) -> Doc:
    pl = k.zh_place(c)
    name = k.zh_name(c)
    d = Doc()
    drug = c.ch(
        (
            ("⟦dr|奥希替尼⟧", "⟦do|80mg qd⟧", "⟦fi|肺腺癌⟧ ⟦lab|EGFR 19外显子缺失⟧"),
            ("⟦dr|司库奇尤单抗⟧", "⟦do|300mg 皮下注射 每4周⟧", "⟦fi|中重度斑块状银屑病⟧ ⟦me|PASI 18⟧"),
            ("⟦dr|恩格列净⟧", "⟦do|10mg qd⟧", "⟦fi|射血分数降低的心衰⟧ ⟦me|LVEF 32%⟧"),
        )
    )
    d.add(
        "“双通道”药品处方流转单\n处方编号：{rx}  门诊号：{m}  结算单号：{js}\n患者：{n}  身份证号：{i}  医保个人编号：{ins}\n",
        rx=P("OTHER_ID", f"CF{c.digits(14)}"),
        m=P("MRN", c.digits(9)),
        js=P("ACCOUNT", f"JS{c.digits(12)}"),
        n=P("NAME_PATIENT", name),
        i=P("ID_CARD", k.id_card(c, k.dob(c, c.ri(30, 80)), c.pick("M", "F"))),
        ins=P("INSURANCE", f"{pl[4][:2]}{c.digits(12)}"),
    )
    d.add(
        "诊断："
        + drug[2]
        + "\n药品："
        + drug[0]
        + " "
        + drug[1]
        + " ×1月\n开具医院：{h}  医师：{dr}（执业证书编号：{lic}）\n",
        h=P("HOSPITAL", k.zh_hosp(c, pl)),
        dr=P("NAME_CLINICIAN", k.zh_name(c)),
        lic=P("LICENSE", f"{c.digits(15)}"),
    )
    d.add(
        "定点药店：{ph}  药店传真：{fx}\n流转平台推送终端：{ip}  推送时间：{dt} 10:42\n",
        ph=P("HOSPITAL", k.zh_pharm(c, pl)),
        fx=P("FAX", k.zh_fax(c)),
        ip=P("IP", k.ip4(c)),
        dt=P("DATE", k.zh_date(c, k.rdate(c))),
    )
    if c.chance(0.5):
        d.add(
            "代取人：{r}（{t} {pp}），电话{ph2}\n",
            r=P("NAME_RELATIVE", k.zh_name(c)),
            t=c.ch(("护照", "港澳通行证", "台胞证")),
            pp=P("PASSPORT", k.zh_passport(c)),
            ph2=P("PHONE", k.zh_phone(c)),
        )
    d.add("药师审核：{a}  ⟦an|肝肾功能⟧已核对。\n", a=P("NAME_CLINICIAN", k.zh_name(c)))
    return d


def aesthetic(c: Ctx) -> Doc:
    pl = k.zh_place(c)
    foreign = c.chance(0.4)
    name = c.ch(FOREIGN) if foreign else k.zh_name(c)
    d = Doc()
    d.add(
        "医疗美容注射治疗记录\n客户档案号：{m}   机构：{h}\n姓名：{n}  ",
        m=P("MRN", f"YM{c.digits(7)}"),
        h=P("HOSPITAL", c.ch(("美立方医疗美容门诊部", f"{pl[1]}艺星医疗美容医院", "皮肤科激光美容中心"))),
        n=P("NAME_PATIENT", name),
    )
    d.add(
        "证件：{t} {pp}\n工作单位：{w}  电话：{ph}  邮箱：{em}\n",
        t=c.ch(("护照", "港澳通行证", "台湾居民来往大陆通行证")),
        pp=P("PASSPORT", k.zh_passport(c)),
        w=P("WORKPLACE", k.zh_work(c, pl)),
        ph=P("PHONE", k.zh_phone(c)),
        em=P(
            "EMAIL",
            f"{c.ch(('lily', 'yuki', 'anna', 'xiaoyu', 'mei'))}.{c.digits(4)}@{c.ch(('gmail.com', 'qq.com', 'foxmail.com'))}",
        ),
    )
    d.add(
        "治疗日期：{dt}\n项目：⟦dr|A型肉毒毒素⟧ ⟦do|20U⟧ 注射于⟦an|眉间纹⟧；⟦dr|透明质酸钠凝胶⟧ ⟦do|1ml⟧ 填充⟦an|鼻唇沟⟧（产品批号另存，不登记）\n",
        dt=P("DATE", k.zh_date(c, k.rdate(c))),
    )
    d.add("术前评估：⟦fi|中度动态皱纹⟧，无⟦fi|重症肌无力⟧，⟦me|Glogau分级Ⅱ型⟧；术后冷敷20分钟。\n")
    d.add(
        "术前照片：{u}\n注射医师：{dr}（执业证书编号：{lic}）  护士：{n1}\n停车减免：车牌{v}\n",
        u=P("URL", f"https://photo.example-med.cn/p/{c.token(12)}"),
        dr=P("NAME_CLINICIAN", k.zh_name(c)),
        lic=P("LICENSE", f"{c.digits(15)}"),
        n1=P("NAME_CLINICIAN", k.zh_name(c)),
        v=P("VEHICLE", k.zh_plate(c)),
    )
    return d


def conscript(c: Ctx) -> Doc:
    pl = k.zh_place(c)
    name = k.zh_name(c, c.pick("han", "rare", "min", "compound"))
    age = c.ri(18, 22)
    d = Doc()
    d.add(
        "应征公民体格检查表\n兵役登记编号：{no}   体检条码：{bc}\n姓名：{n}  性别：男  出生日期：{b}\n公民身份号码：{i}\n",
        no=P("OTHER_ID", f"BY{c.digits(11)}"),
        bc=P("ACCESSION", c.digits(10)),
        n=P("NAME_PATIENT", name),
        b=P("DATE", k.zh_date(c, k.dob(c, age))),
        i=P("ID_CARD", k.id_card(c, k.dob(c, age), "M")),
    )
    d.add(
        "户籍所在地：{pv}{ct}{st}  邮编：{pc}\n文化程度：大专   工作单位：{w}\n联系电话：{t}\n\n",
        pv=P("PROVINCE_STATE", pl[0]),
        ct=P("CITY", pl[1]),
        st=P("ADDRESS_STREET", k.zh_street(c, pl)),
        pc=P("POSTCODE", k.zh_post(c, pl)),
        w=P("WORKPLACE", k.zh_work(c, pl)),
        t=P("PHONE", k.zh_phone(c)),
    )
    d.add(
        "外科：⟦me|身高176cm⟧ ⟦me|体重68kg⟧，⟦fi|轻度扁平足⟧，⟦an|脊柱⟧无侧弯。\n眼科：⟦me|裸眼视力右4.8 左4.9⟧，色觉正常。\n内科：⟦me|血压126/78mmHg⟧，心肺无异常，无⟦ep|马凡综合征⟧体征。\n"
    )
    d.add(
        "检验：⟦lab|血红蛋白152g/L⟧，⟦lab|尿常规阴性⟧，⟦pr|胸部X线检查⟧未见异常。\n结论：合格。  主检医师：{a}   体检站：{h}   日期：{dt}\n",
        a=P("NAME_CLINICIAN", k.zh_name(c)),
        h=P("HOSPITAL", k.zh_hosp(c, pl)),
        dt=P("DATE", k.zh_date(c, k.rdate(c))),
    )
    return d


from templates_v18_zh2 import abpm, bone_density, ortho, own_meds, praise_letter, prepreg  # noqa: E402

TEMPLATES = [
    ("zh18_record_sealing", sealing),
    ("zh18_gaofang_order", gaofang),
    ("zh18_diet_order", diet),
    ("zh18_dual_channel_rx", dual_channel),
    ("zh18_aesthetic_injection", aesthetic),
    ("zh18_conscript_exam", conscript),
    ("zh18_praise_letter_log", praise_letter),
    ("zh18_own_meds_consent", own_meds),
    ("zh18_bone_density_report", bone_density),
    ("zh18_ortho_record", ortho),
    ("zh18_prepregnancy_file", prepreg),
    ("zh18_abpm_report", abpm),
]
