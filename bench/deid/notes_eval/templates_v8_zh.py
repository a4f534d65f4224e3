# Longer than 450 lines: twelve whole documents, each template a note's full text and its slot values, one per line as the formatter lays them out.
"""v8 Chinese templates: twelve document types of imagined prefecture-level hospitals, written for
v8 alone (README.md "v8"). Same conventions as templates_v8_en.py: ⟦kind|term⟧ marks a clinical
term, ``P`` spans from ``_v8_kit`` are PHI.
"""

# ruff: noqa: E501  (documents: one template line is one line of the note)

from __future__ import annotations

from _v8_kit import (
    Ctx,
    Doc,
    P,
    after,
    age,
    age_p,
    clock,
    day,
    dob_for,
    dzh,
    id_card,
    ip,
    person,
    person_zh,
    place,
    serial,
    zaddr,
    zhospital,
    zins,
    zmrn,
    zname,
    zpassport,
    zphone,
    zplate,
)


def _doc(c: Ctx) -> list:
    return zname(c, person_zh(c), "NAME_CLINICIAN", c.pick("full", "pad", "title"))


def _acc(c: Ctx, pre: str = "") -> P:
    return P("ACCESSION", f"{pre}{c.digits(c.pick(8, 9, 10))}")


def _card(c: Ctx) -> P:
    return P("ACCOUNT", c.pick("", "JZ", "K") + c.digits(c.pick(8, 10, 12)))


def zh8_erbihou(c: Ctx) -> Doc:
    """耳鼻喉科门诊：纯音测听与助听器验配。"""
    pl, d = place(c), day(c)
    pt = person_zh(c)
    a = age(c, 0.45)
    return Doc().add(
        "{hosp}耳鼻咽喉头颈外科 门诊记录\n姓名：{pt}  性别：{sex}  年龄：{age}岁  门诊号：{mrn}  就诊卡号：{card}\n就诊日期：{d}\n"
        "主诉：双耳听力下降{yrs}年，加重伴耳鸣半年。\n现病史：患者{yrs}年前无明显诱因出现双耳听力下降，在{outside}诊断为⟦fi|感音神经性聋⟧，未治疗。家属（{relw}{rel}）诉看电视音量大。\n"
        "专科查体：双侧⟦an|外耳道⟧通畅，⟦an|鼓膜⟧完整标志清。\n⟦pr|纯音测听⟧：右耳⟦me|平均听阈65dB HL⟧，左耳⟦me|平均听阈58dB HL⟧；声导抗A型。\n"
        "诊断：⟦fi|老年性聋⟧；⟦fi|耳鸣⟧\n处理：验配双耳助听器，右耳序列号{s1}，左耳出厂编号{s2}。⟦dr|银杏叶提取物片⟧ ⟦do|40mg tid⟧。\n"
        "联系电话：{ph}  住址：{addr}\n医师：{doc}  验配师：{fit}\n",
        hosp=zhospital(c, pl, c.pick("long", "city", "short")),
        pt=zname(c, pt, "NAME_PATIENT", c.pick("full", "pad")),
        sex=c.pick("男", "女"),
        age=age_p(a),
        mrn=zmrn(c),
        card=_card(c),
        d=dzh(c, d),
        yrs=c.ri(2, 10),
        outside=zhospital(c, pl, c.pick("town", "clinic", "community")),
        relw=c.pick("女儿", "儿子", "老伴", "孙女"),
        rel=zname(c, person_zh(c), "NAME_RELATIVE", c.pick("full", "given")),
        s1=serial(c),
        s2=serial(c),
        ph=zphone(c, pl),
        addr=zaddr(c, pl),
        doc=_doc(c),
        fit=P("NAME_CLINICIAN", person_zh(c).full),
    )


def zh8_zhenjiu(c: Ctx) -> Doc:
    """针灸科治疗记录（疗程登记表）。"""
    pl, d = place(c), day(c)
    pt = person_zh(c)
    a = age(c, 0.4)
    dob = dob_for(c, a, d)
    return Doc().add(
        "{hosp}  针灸推拿科 治疗登记\n患者 {pt}，{sex}，{age}岁，身份证 {idc}\n医保卡号 {ins}  电话 {ph}\n"
        "诊断：⟦fi|周围性面瘫⟧（左） 病程{n}天\n取穴：⟦an|阳白⟧、⟦an|地仓⟧、⟦an|颊车⟧、⟦an|合谷⟧，⟦pr|电针⟧疏密波20min，配合⟦pr|艾灸⟧。\n"
        "第1次 {d1} 治疗师{t1}\n第2次 {d2} 治疗师{t1}\n第3次 {d3} 治疗师{t2}  患者诉眼睑闭合较前好\n"
        "口服⟦dr|甲钴胺⟧ ⟦do|0.5mg tid⟧、⟦dr|泼尼松⟧ ⟦do|30mg qd⟧（{pres}医生开具，执业证书编号{lic}）\n"
        "家属{rel}陪同，住{addr}\n",
        hosp=zhospital(c, pl, c.pick("tcm", "city", "community")),
        pt=zname(c, pt, "NAME_PATIENT", "full"),
        sex="男" if pt.sex == "M" else "女",
        age=age_p(a),
        idc=id_card(c, pl, dob, pt.sex),
        ins=zins(c),
        ph=zphone(c, pl),
        n=c.ri(3, 20),
        d1=dzh(c, d),
        d2=dzh(c, after(d, 2), c.pick("md", "dot")),
        d3=dzh(c, after(d, 4), c.pick("md", "dot")),
        t1=zname(c, person_zh(c), "NAME_CLINICIAN", c.pick("full", "given")),
        t2=P("NAME_CLINICIAN", person_zh(c).full),
        pres=P("NAME_CLINICIAN", person_zh(c).full),
        lic=P("LICENSE", f"1{c.digits(2)}{c.ri(41, 53)}{c.digits(11)}"),
        rel=zname(c, person_zh(c), "NAME_RELATIVE"),
        addr=zaddr(c, pl),
    )


def zh8_xinsheng(c: Ctx) -> Doc:
    """新生儿科病程记录（早产儿）。"""
    pl, born = place(c), day(c)
    mom, dad = person_zh(c, "F"), person_zh(c, "M")
    dol = c.ri(2, 30)
    d = after(born, dol)
    return Doc().add(
        "{hosp}新生儿科 病程记录\n{d}  {tm}\n患儿：{mom}之{bs}（小名{small}），住院号{mrn}，出生日期{born}，日龄{dol}天。\n"
        "⟦me|胎龄{ga}周⟧，⟦me|出生体重{bw}g⟧，⟦ep|Apgar评分⟧1分钟{ap}分。今日⟦me|体重{w}g⟧。\n"
        "呼吸：⟦pr|无创通气⟧ FiO2 25%，⟦dr|枸橼酸咖啡因⟧ ⟦do|5mg/kg qd⟧，无呼吸暂停。\n喂养：母乳+早产儿配方奶⟦do|每次12ml q3h⟧，母亲每日送奶。\n"
        "⟦lab|总胆红素{tb}μmol/L⟧，继续⟦pr|蓝光治疗⟧。⟦pr|头颅超声⟧未见⟦fi|脑室内出血⟧。\n"
        "母亲：{mom2}，身份证号{idc}，电话{ph}；父亲{dad}，工作单位{job}，电话{ph2}\n家庭住址：{addr}（邮编{post}）\n医师：{doc}/{sup}\n",
        hosp=zhospital(c, pl, c.pick("long", "city")),
        d=dzh(c, d),
        tm=clock(c),
        mom=P("NAME_RELATIVE", mom.full),
        bs=c.pick("子", "女"),
        small=P("NAME_PATIENT", c.pick("豆豆", "果果", "妞妞", "小宝", "团团", "壮壮", "乐乐")),
        mrn=zmrn(c),
        born=dzh(c, born),
        dol=dol,
        ga=f"{c.ri(27, 34)}+{c.ri(0, 6)}",
        bw=c.ri(900, 2200),
        ap=c.ri(4, 9),
        w=c.ri(950, 2300),
        tb=c.ri(120, 260),
        mom2=zname(c, mom, "NAME_RELATIVE", "full"),
        idc=id_card(c, pl, dob_for(c, c.ri(20, 40), born), "F"),
        ph=zphone(c, pl, 0.0),
        dad=P("NAME_RELATIVE", dad.full),
        job=P("WORKPLACE", f"{pl.city}{c.pick('自来水公司', '第三中学', '农商银行', '电业局', '纺织厂')}"),
        ph2=zphone(c, pl, 0.0),
        addr=zaddr(c, pl, True),
        post=P("POSTCODE", pl.post[:4] + c.digits(2, False)),
        doc=_doc(c),
        sup=P("NAME_CLINICIAN", person_zh(c).full),
    )


def zh8_fangliao(c: Ctx) -> Doc:
    """放疗科：放射治疗记录单（定位、计划、每日执行）。"""
    pl, d = place(c), day(c)
    pt = person_zh(c)
    a = age(c, 0.12)
    return Doc().add(
        "{hosp} 放疗科\n放射治疗记录单   放疗号：{rt}   住院号：{mrn}\n姓名 {pt}  年龄 {age}  诊断 ⟦fi|鼻咽癌⟧ ⟦me|T3N2M0⟧\n"
        "定位：{dl} ⟦pr|CT模拟定位⟧ 检查号{acc}，⟦an|头颈肩⟧热塑膜固定\n计划：⟦pr|调强放疗⟧ ⟦me|PGTVnx 70Gy/33F⟧，同步⟦dr|顺铂⟧ ⟦do|100mg/m2 q3w⟧\n"
        "执行：\n  第1次 {d1} 技师 {tech} 核对\n  第10次 {d10} 技师 {tech2}\n  第20次 {d20}：⟦fi|放射性口腔黏膜炎⟧2级，予⟦dr|康复新液⟧含漱\n"
        "⟦lab|白细胞3.1×10^9/L⟧\n主管医师 {doc}（执业证书编号{lic}）  物理师 {phy}\n外院病理会诊传真：{fax}\n",
        hosp=zhospital(c, pl, c.pick("long", "city", "short")),
        rt=P("MRN", f"RT{c.digits(6)}"),
        mrn=zmrn(c),
        pt=zname(c, pt, "NAME_PATIENT", c.pick("full", "pad")),
        age=age_p(a),
        dl=dzh(c, d),
        acc=_acc(c, c.pick("", "CT")),
        d1=dzh(c, after(d, 7), "md"),
        tech=P("NAME_CLINICIAN", person_zh(c).full),
        d10=dzh(c, after(d, 21), "md"),
        tech2=P("NAME_CLINICIAN", person_zh(c).full),
        d20=dzh(c, after(d, 35)),
        doc=_doc(c),
        phy=P("NAME_CLINICIAN", person_zh(c).full),
        lic=P("LICENSE", f"1{c.digits(2)}{c.ri(41, 53)}{c.digits(11)}"),
        fax=zphone(c, pl, cat="FAX"),
    )


def zh8_yizhi(c: Ctx) -> Doc:
    """肾移植随访门诊记录（港澳台或海外回国患者）。"""
    pl, d = place(c), day(c)
    pt = person_zh(c)
    a = c.ri(20, 68)
    return Doc().add(
        "{hosp}器官移植中心 肾移植术后随访\n随访日期 {d}\n姓名：{pt}  年龄：{a}岁  登记号：{mrn}  证件：{idk} {pp}\n"
        "移植日期：{tx}（{txh}）  供者：{donor}（{dw}，活体）\n"
        "目前用药：⟦dr|他克莫司⟧ ⟦do|2mg bid⟧，⟦dr|吗替麦考酚酯⟧ ⟦do|0.75g bid⟧，⟦dr|泼尼松⟧ ⟦do|5mg qd⟧\n"
        "⟦lab|他克莫司谷浓度{fk}ng/ml⟧，⟦lab|血肌酐{cr}μmol/L⟧，⟦lab|BK病毒阴性⟧。\n评估：移植肾功能稳定，无⟦fi|排斥反应⟧。\n"
        "患者常住{addr}，随访电话{ph}，邮箱{em}。检验结果可通过{url}查询，报告传真{fax}。\n随访护士 {nurse}  医师 {doc}\n",
        hosp=zhospital(c, pl, c.pick("long", "city")),
        d=dzh(c, d),
        pt=zname(c, pt, "NAME_PATIENT", c.pick("full", "pad")),
        a=a,
        mrn=zmrn(c),
        idk=c.pick("港澳居民来往内地通行证", "台湾居民来往大陆通行证", "护照", "回乡证"),
        pp=zpassport(c),
        tx=dzh(c, after(d, -c.ri(100, 2000))),
        txh=zhospital(c, place(c), "long"),
        donor=P("NAME_RELATIVE", person_zh(c).full),
        dw=c.pick("母亲", "父亲", "姐姐", "丈夫"),
        fk=c.fl(4.5, 9.5),
        cr=c.ri(78, 150),
        addr=zaddr(c, pl),
        ph=zphone(c, pl),
        em=P(
            "EMAIL",
            f"{c.pick('zh', 'lx', 'wy', 'chen')}{c.digits(c.pick(5, 6, 9))}@{c.pick('qq.com', '163.com', 'gmail.com', '126.com')}",
        ),
        url=P("URL", f"https://lis.{c.pick('yfy', 'zxyy', 'rmyy')}.cn/r?id={c.token(10)}"),
        fax=zphone(c, pl, cat="FAX"),
        nurse=zname(c, person_zh(c), "NAME_CLINICIAN", c.pick("full", "title")),
        doc=_doc(c),
    )


def zh8_xinli(c: Ctx) -> Doc:
    """心理咨询记录（线上预约，附微信/邮箱）。"""
    pl, d = place(c), day(c)
    pt = person_zh(c)
    a = c.ri(16, 60)
    return Doc().add(
        "心理咨询记录  第{n}次\n来访者：{pt}  {sex}  {a}岁  档案号{mrn}\n单位/学校：{job}\n预约方式：线上（{url}，登录IP {ipaddr}）\n咨询日期：{d} {tm}\n"
        "主诉：近两月情绪低落，失眠，工作效率下降。PHQ-9 {phq}分，GAD-7 {gad}分。\n"
        "会谈要点：与{relw}{rel}关系紧张；否认自伤想法。使用⟦pr|认知行为疗法⟧，布置睡眠日记。\n"
        "印象：⟦fi|抑郁状态⟧，⟦fi|睡眠障碍⟧。建议至{hosp}精神心理科就诊评估是否需⟦dr|舍曲林⟧。\n"
        "紧急联系人：{ec} {ecph}  来访者邮箱 {em}\n咨询师：{coun}（{cert}）\n",
        n=c.ri(1, 8),
        pt=zname(c, pt, "NAME_PATIENT", c.pick("full", "given")),
        sex="男" if pt.sex == "M" else "女",
        a=a,
        mrn=P("MRN", f"XL{c.digits(6)}"),
        job=P(
            "WORKPLACE",
            c.pick(
                f"{pl.city}第{c.pick('一', '七', '十二')}中学",
                f"{c.pick('华信', '宏远', '金桥')}{c.pick('科技有限公司', '物流有限公司', '建材厂')}",
                f"{pl.city.removesuffix('市')}师范学院",
            ),
        ),
        url=P("URL", f"https://xinli.{c.pick('kangning', 'anxin', 'yixin')}.cn/appt/{c.digits(8)}"),
        ipaddr=ip(c),
        d=dzh(c, d),
        tm=clock(c),
        phq=c.ri(10, 22),
        gad=c.ri(6, 18),
        relw=c.pick("丈夫", "母亲", "父亲", "妻子"),
        rel=zname(c, person_zh(c), "NAME_RELATIVE", c.pick("full", "given")),
        hosp=zhospital(c, pl, c.pick("city", "long", "short")),
        ec=P("NAME_RELATIVE", person_zh(c).full),
        ecph=zphone(c, pl, 0.0),
        em=P(
            "EMAIL",
            f"{c.pick('xiao', 'mm', 'a', 'sunny')}{c.digits(6)}@{c.pick('qq.com', '163.com', 'sina.com')}",
        ),
        coun=P("NAME_CLINICIAN", person_zh(c).full),
        cert=c.pick("国家二级心理咨询师", "心理治疗师"),
    )


def zh8_pifu(c: Ctx) -> Doc:
    """皮肤科门诊（皮损照片上传，活检病理号），夹杂英文缩写的快速书写。"""
    pl, d = place(c), day(c)
    pt = person_zh(c)
    a = age(c, 0.2)
    return Doc().add(
        "皮肤科门诊 {hosp}\n{d} {pt} {sex}/{age}岁 ID号{mrn} tel {ph}\n"
        "主诉：躯干红斑鳞屑反复3年 加重1月\n查体：⟦an|躯干⟧、⟦an|四肢伸侧⟧散在⟦fi|银白色鳞屑性斑块⟧，⟦ep|Auspitz征⟧阳性，PASI {pasi}\n"
        "dx：⟦fi|寻常型银屑病⟧\n⟦pr|皮肤活检⟧ 病理号{acc}；皮损照片已上传 {url}（上传终端{ipaddr}）\n"
        "rx：⟦dr|卡泊三醇软膏⟧ ⟦do|bid外用⟧，⟦dr|阿达木单抗⟧ ⟦do|40mg q2w皮下注射⟧（需先查⟦lab|T-SPOT阴性⟧）\n"
        "医保：{ins}  工作单位：{job}\n医生 {doc}\n",
        hosp=zhospital(c, pl, c.pick("long", "city", "clinic", "short")),
        d=dzh(c, d),
        pt=zname(c, pt, "NAME_PATIENT", c.pick("full", "pad")),
        sex="M" if pt.sex == "M" else "F",
        age=age_p(a),
        mrn=zmrn(c),
        ph=zphone(c, pl, 0.1),
        pasi=c.fl(8, 28),
        acc=_acc(c, c.pick("P", "B", "")),
        url=P("URL", f"https://derm.{c.pick('rmyy', 'fy1', 'sdyy')}.com.cn/img/{c.token(12)}"),
        ipaddr=ip(c),
        ins=zins(c),
        job=P("WORKPLACE", f"{pl.city}{c.pick('钢铁集团', '人民法院', '第二小学', '公交公司', '烟草公司')}"),
        doc=_doc(c),
    )


def zh8_miniao(c: Ctx) -> Doc:
    """泌尿外科：体外冲击波碎石治疗单。"""
    pl, d = place(c), day(c)
    pt = person_zh(c)
    a = age(c, 0.2)
    dob = dob_for(c, a, d)
    return Doc().add(
        "{hosp} 泌尿外科 ⟦pr|体外冲击波碎石⟧（ESWL）治疗单\n姓名：{pt}  出生日期：{dob}  年龄：{age}  门诊号：{mrn}\n身份证号：{idc}\n"
        "CT（检查号{acc}，{ctd}）：⟦an|左输尿管上段⟧结石 ⟦me|8×6mm⟧，⟦fi|左肾积水⟧轻度。\n⟦lab|尿常规：潜血3+⟧，⟦lab|肌酐{cr}μmol/L⟧。\n"
        "术前核对：体内有心脏起搏器（出厂编号 {sn}），已请心内科程控为VOO模式。\n治疗：⟦me|冲击2500次⟧，能量4级。术后⟦dr|坦索罗辛⟧ ⟦do|0.2mg qn⟧，多饮水。\n"
        "复查{fu}。联系人{rel} {ph}，地址{addr}\n术者：{doc}\n",
        hosp=zhospital(c, pl, c.pick("long", "city", "short")),
        pt=zname(c, pt, "NAME_PATIENT", c.pick("full", "pad")),
        dob=dzh(c, dob),
        age=age_p(a),
        mrn=zmrn(c),
        idc=id_card(c, pl, dob, pt.sex),
        acc=_acc(c),
        ctd=dzh(c, after(d, -c.ri(1, 10)), c.pick("md", "iso")),
        sn=serial(c),
        cr=c.ri(60, 140),
        fu=dzh(c, after(d, 14)),
        rel=P("NAME_RELATIVE", person_zh(c).full),
        ph=zphone(c, pl),
        addr=zaddr(c, pl),
        doc=_doc(c),
    )


def zh8_guke(c: Ctx) -> Doc:
    """骨科门诊：交通事故后复查（内固定物序列号、事故车辆、用人单位）。"""
    pl, d = place(c), day(c)
    pt = person_zh(c)
    a = c.ri(19, 70)
    return Doc().add(
        "骨科门诊病历（复诊）\n{hosp}\n姓名 {pt}  {a}岁  就诊卡 {card}  手机 {ph}\n单位：{job}\n"
        "{dinj}骑电动车与小轿车（车牌{car}）相撞，致⟦fi|右胫骨平台骨折⟧，于{ophosp}行⟦pr|切开复位内固定术⟧，钢板序列号{sn1}，螺钉批号不详。\n"
        "⟦ep|Schatzker分型⟧Ⅴ型。今复查X线：骨折线模糊，⟦fi|内固定位置良好⟧。⟦me|膝关节屈曲100°⟧。\n处理：继续⟦pr|康复训练⟧，⟦dr|塞来昔布⟧ ⟦do|200mg qd⟧ prn。\n"
        "交警事故认定书编号 {case}；工伤认定中，社保编号{ins}。\n医师 {doc}   {d}\n",
        hosp=zhospital(c, pl, c.pick("city", "short", "long")),
        pt=zname(c, pt, "NAME_PATIENT"),
        a=a,
        card=_card(c),
        ph=zphone(c, pl, 0.0),
        job=P(
            "WORKPLACE",
            c.pick(
                f"{pl.city}{c.pick('顺丰速运', '美团配送站', '建筑安装公司', '第一中学')}",
                f"{c.pick('宏达', '永兴', '鑫源')}机械制造有限公司",
            ),
        ),
        dinj=dzh(c, after(d, -c.ri(30, 120))),
        car=zplate(c, pl),
        ophosp=zhospital(c, pl, c.pick("city", "long")),
        sn1=serial(c),
        case=P("OTHER_ID", f"{pl.short[0]}公交认字[{after(d, -c.ri(20, 29)).year}]第{c.digits(5)}号"),
        ins=zins(c),
        doc=_doc(c),
        d=dzh(c, d),
    )


def zh8_jiedu(c: Ctx) -> Doc:
    """美沙酮维持治疗门诊：入组登记。"""
    pl, d = place(c), day(c)
    pt = person_zh(c, "M")
    a = c.ri(22, 62)
    dob = dob_for(c, a, d)
    return Doc().add(
        "{hosp} 美沙酮维持治疗门诊 入组登记表\n编号：{no}   登记日期：{d}\n姓名：{pt}  曾用名：{alias}  性别：{sex}  身份证：{idc}\n"
        "户籍地址：{addr}\n现住址：{addr2}\n联系电话：{ph}  工作单位：{job}  机动车号牌：{car}\n"
        "吸毒史：⟦dr|海洛因⟧静脉使用{yrs}年，⟦lab|尿吗啡检测阳性⟧，⟦lab|HIV抗体阴性⟧，⟦lab|丙肝抗体阳性⟧。\n"
        "强制隔离戒毒决定书编号：{jd}\n首剂⟦dr|美沙酮口服液⟧ ⟦do|20ml⟧，观察无⟦fi|过度镇静⟧。\n家属：{rel}（{relw}）{relph}\n医师：{doc}  护士：{nur}\n",
        hosp=zhospital(c, pl, c.pick("city", "short")),
        no=P("OTHER_ID", f"MMT{c.digits(7)}"),
        d=dzh(c, d),
        pt=P("NAME_PATIENT", pt.full),
        alias=P("NAME_PATIENT", (pt.sur or pt.given[:1]) + c.pick("二狗", "小兵", "老三", "建设")),
        sex="男",
        idc=id_card(c, pl, dob, "M"),
        addr=zaddr(c, pl, True),
        addr2=zaddr(c, pl),
        ph=zphone(c, pl, 0.0),
        job=P("WORKPLACE", f"{pl.city}{c.pick('物流园', '汽修厂', '砖瓦厂', '夜市管理处')}"),
        car=zplate(c, pl),
        yrs=c.ri(2, 20),
        jd=P("OTHER_ID", f"{pl.short[0]}公(禁)决字〔{c.ri(2015, 2024)}〕{c.digits(4)}号"),
        rel=P("NAME_RELATIVE", person_zh(c).full),
        relw=c.pick("母亲", "妻子", "姐姐"),
        relph=zphone(c, pl),
        doc=_doc(c),
        nur=P("NAME_CLINICIAN", person_zh(c, "F").full),
    )


def zh8_baoxiao(c: Ctx) -> Doc:
    """异地就医医保报销申请表（手工报销），外籍或港澳台患者可用护照/通行证。"""
    pl, d = place(c), day(c)
    pt = person_zh(c)
    a = age(c, 0.15)
    foreign = c.chance(0.25)
    fp = person(c)
    return Doc().add(
        "{city}医疗保障局  异地就医零星报销申请表\n申请日期：{d}\n参保人：{pt}  证件类型：{idk}  证件号码：{idno}\n医保个人编号：{ins}  联系电话：{ph}\n"
        "就医医院：{hosp}  住院号：{mrn}\n入院{din} 出院{dout}  诊断：⟦fi|急性ST段抬高型心肌梗死⟧，行⟦pr|经皮冠状动脉介入治疗⟧\n"
        "结算单号：{js}  发票号：{fp}\n费用合计{fee}元（含⟦dr|替格瑞洛⟧、⟦dr|阿托伐他汀钙片⟧）\n"
        "银行账户：{bank}  开户人：{holder}\n邮寄地址邮编：{post}\n代办人：{agent}  关系：{aw}  电话：{aph}\n经办人：{clerk}  打印终端IP：{ipaddr}\n",
        city=P("CITY", pl.city),
        d=dzh(c, d),
        pt=P("NAME_PATIENT", f"{fp.first} {fp.last}".upper())
        if foreign
        else zname(c, pt, "NAME_PATIENT", c.pick("full", "pad")),
        idk="护照" if foreign else c.pick("居民身份证", "居民身份证", "港澳居民来往内地通行证"),
        idno=zpassport(c) if foreign else id_card(c, pl, dob_for(c, a, d), pt.sex),
        ins=zins(c),
        ph=zphone(c, pl),
        hosp=zhospital(c, place(c), c.pick("long", "city")),
        mrn=zmrn(c),
        din=dzh(c, after(d, -c.ri(20, 60))),
        dout=dzh(c, after(d, -c.ri(5, 19))),
        js=P("ACCOUNT", f"JS{c.digits(12)}"),
        fp=P("OTHER_ID", c.digits(8)),
        fee=f"{c.ri(18000, 65000)}.{c.ri(10, 99)}",
        bank=P("ACCOUNT", f"62{c.digits(2)} {c.digits(4)} {c.digits(4)} {c.digits(4)}"),
        post=P("POSTCODE", pl.post[:3] + c.digits(3, False)),
        holder=zname(c, pt, "NAME_PATIENT", "full")
        if not foreign
        else P("NAME_PATIENT", f"{fp.first} {fp.last}".upper()),
        agent=P("NAME_RELATIVE", person_zh(c).full),
        aw=c.pick("配偶", "子女", "父母"),
        aph=zphone(c, pl, 0.0),
        clerk=P("NAME_CLINICIAN", person_zh(c).full),
        ipaddr=ip(c),
    )


def zh8_fuyin(c: Ctx) -> Doc:
    """病历复印申请登记（委托代理人，附护照/通行证）。"""
    pl, d = place(c), day(c)
    pt = person_zh(c)
    a = age(c, 0.4)
    return Doc().add(
        "{hosp}病案管理科\n病历复印/邮寄申请登记表   申请编号 {no}\n\n患者姓名：{pt}   病案号：{mrn}   出院日期：{dout}\n患者身份证：{idc}   年龄：{age}\n"
        "申请人：{app}（□本人 ☑委托代理人，与患者关系：{rel}）\n申请人证件：{idk} {pp}\n申请人电话：{ph}  邮箱：{em}\n"
        "复印内容：出院记录、⟦pr|冠状动脉造影⟧报告、检验单（⟦lab|肌钙蛋白I⟧）\n用途：商业保险理赔（保单号 {pol}）\n"
        "邮寄地址：{addr}  邮编 {post}\n病案室传真 {fax}\n受理人：{clerk}  {d}\n",
        hosp=zhospital(c, pl, c.pick("long", "city", "short")),
        no=P("OTHER_ID", f"FY{c.digits(8)}"),
        pt=zname(c, pt, "NAME_PATIENT", c.pick("full", "pad")),
        mrn=zmrn(c),
        dout=dzh(c, after(d, -c.ri(10, 300))),
        idc=id_card(c, pl, dob_for(c, a, d), pt.sex),
        age=age_p(a),
        app=P("NAME_RELATIVE", person_zh(c).full),
        rel=c.pick("子女", "配偶", "孙子"),
        idk=c.pick("护照", "港澳通行证", "台胞证", "往来港澳通行证"),
        pp=zpassport(c),
        ph=zphone(c, pl),
        em=P(
            "EMAIL",
            f"{c.pick('li', 'wang', 'hk', 'tw')}{c.digits(7)}@{c.pick('qq.com', '163.com', 'yahoo.com.hk', 'gmail.com')}",
        ),
        pol=P("INSURANCE", f"P{c.digits(14)}"),
        addr=zaddr(c, pl, True),
        post=P("POSTCODE", pl.post[:4] + c.digits(2, False)),
        fax=zphone(c, pl, cat="FAX"),
        clerk=zname(c, person_zh(c), "NAME_CLINICIAN", "full"),
        d=dzh(c, d),
    )


TEMPLATES = [
    ("zh8_erbihou_tingli", zh8_erbihou),
    ("zh8_zhenjiu_dengji", zh8_zhenjiu),
    ("zh8_xinshenger_bingcheng", zh8_xinsheng),
    ("zh8_fangliao_jilu", zh8_fangliao),
    ("zh8_yizhi_suifang", zh8_yizhi),
    ("zh8_xinli_zixun", zh8_xinli),
    ("zh8_pifu_menzhen", zh8_pifu),
    ("zh8_miniao_suishi", zh8_miniao),
    ("zh8_guke_fuzhen", zh8_guke),
    ("zh8_mmt_ruzu", zh8_jiedu),
    ("zh8_yibao_baoxiao", zh8_baoxiao),
    ("zh8_bingli_fuyin", zh8_fuyin),
]
