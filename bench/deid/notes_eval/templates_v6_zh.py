"""Chinese templates of the v6 holdout (generate_v6.py): document types no earlier set had (肾内科门诊,
风湿免疫科复诊, 疼痛科, 营养科门诊, 脑电图报告, 血管超声, 日间手术记录, 转诊接收记录, 家庭病床记录,
互联网问诊对话, 出院带药指导, 慢病管理随访). Written for v6 with its own pools (_v6_kit.py)."""

# ruff: noqa: E501  (note prose reads better unwrapped)

from __future__ import annotations

from _core import Ctx, Doc, P
from _v6_kit import (
    ZH_PLACES,
    day,
    dzh,
    hospital_zh,
    id_card_zh,
    ip,
    kin_zh,
    later,
    mobile_zh,
    name_zh,
    place_zh,
    plate_zh,
    road_zh,
)


def _pt(c: Ctx):
    sex = c.pick("F", "M")
    return sex, name_zh(c, sex)


def _doc(c: Ctx) -> P:
    n = name_zh(c)
    return P("NAME_CLINICIAN", n)


def _land(c: Ctx, pl) -> str:
    return c.pick(f"{pl[4]}-{c.digits(8)}", f"({pl[4]}){c.digits(8)}", f"{pl[4]}{c.digits(8)}")


def _dob(c: Ctx, age: int, on):
    return later(on, -(age * 365 + c.ri(0, 360)))


def shennei(c: Ctx) -> Doc:
    sex, n = _pt(c)
    pl = place_zh(c)
    d = day(c)
    age = c.ri(30, 80)
    return Doc().add(
        "{hosp}肾内科门诊病历\n姓名：{n}  性别：{sx}  年龄：{age}岁  门诊号：{mrn}\n身份证号：{idc}  医保卡号：{ins}  联系电话：{ph}\n就诊日期：{d}\n\n"
        "主诉：发现⟦fi|蛋白尿⟧2年，双下肢水肿1周。\n现病史：患者2年前体检发现尿蛋白(++)，未规律诊治。近1周水肿加重。\n"
        "辅助检查：⟦lab|血肌酐⟧186μmol/L，⟦lab|估算肾小球滤过率⟧32ml/min，⟦lab|24小时尿蛋白定量⟧2.8g。\n"
        "处理：⟦dr|缬沙坦⟧⟦do|80mg 每日一次⟧，低盐优质低蛋白饮食，建议行⟦pr|肾穿刺活检⟧。\n医师签名：{doc}\n",
        hosp=P("HOSPITAL", hospital_zh(c, pl)),
        n=P("NAME_PATIENT", n),
        sx="女" if sex == "F" else "男",
        age=age,
        mrn=P("MRN", c.pick(f"MZ{c.digits(8)}", c.digits(10))),
        idc=P("ID_CARD", id_card_zh(c, _dob(c, age, d), sex)),
        ins=P("INSURANCE", c.pick(c.digits(12), f"{c.letters(1)}{c.digits(10)}")),
        ph=P("PHONE", mobile_zh(c)),
        d=dzh(c, d),
        doc=_doc(c),
    )


def fengmian(c: Ctx) -> Doc:
    sex, n = _pt(c)
    pl = place_zh(c)
    d = day(c)
    docn = name_zh(c)
    return Doc().add(
        "风湿免疫科复诊记录 {d}\n患者{n}，{age}岁，籍贯{prov}{city}，现于{work}从事会计工作。\n"
        "诊断：⟦fi|系统性红斑狼疮⟧，⟦ep|雷诺现象⟧。\n目前用药：⟦dr|羟氯喹⟧⟦do|0.2g 每日两次⟧，⟦dr|泼尼松⟧⟦do|10mg 每日一次⟧。\n"
        "复查：⟦lab|红细胞沉降率⟧26mm/h，⟦lab|补体C3⟧ 0.62g/L，⟦lab|抗双链DNA抗体⟧阳性。\n"
        "上次就诊{d0}由{doc0}医师调整激素剂量。今日{doc}主任查看：面部红斑消退，⟦an|双手近端指间关节⟧无肿胀。\n下次复诊：{d2}\n",
        d=dzh(c, d),
        n=P("NAME_PATIENT", n),
        age=c.ri(20, 60),
        prov=P("PROVINCE_STATE", pl[0]),
        city=P("CITY", pl[1]),
        work=P("WORKPLACE", c.fzh.company()),
        d0=dzh(c, later(d, -c.ri(30, 120)), "md"),
        doc0=P("NAME_CLINICIAN", docn),
        doc=P("NAME_CLINICIAN", name_zh(c)),
        d2=dzh(c, later(d, 28)),
    )


def tengtong(c: Ctx) -> Doc:
    sex, n = _pt(c)
    pl = place_zh(c)
    d = day(c)
    rel = c.pick("儿子", "女儿", "孙女", "儿媳")
    return Doc().add(
        "疼痛科门诊记录\n患者：{n}  年龄：{age}岁  就诊日期：{d}\n住址：{prov}{city}{addr}  邮编：{zip}\n陪同：{rel}{rn}，电话{ph}\n\n"
        "主诉：⟦an|右侧胸背部⟧烧灼样疼痛3月。3月前患⟦fi|带状疱疹⟧，皮疹愈合后遗留疼痛，夜间加重，NRS评分7分。\n"
        "诊断：⟦fi|带状疱疹后神经痛⟧。\n处理：⟦dr|普瑞巴林⟧⟦do|75mg 每晚一次⟧，⟦dr|利多卡因贴剂⟧外用；必要时行⟦pr|肋间神经阻滞⟧。"
        "高龄，注意头晕跌倒。\n接诊医师：{doc}\n",
        n=P("NAME_PATIENT", n),
        age=P("AGE_OVER_89", str(c.ri(90, 101))),
        d=dzh(c, d),
        prov=P("PROVINCE_STATE", pl[0]),
        city=P("CITY", pl[1]),
        addr=P("ADDRESS_STREET", road_zh(c, pl)),
        zip=P("POSTCODE", pl[2] + c.digits(3, False)),
        rel=rel,
        rn=P("NAME_RELATIVE", kin_zh(c, rel, n)),
        ph=P("PHONE", mobile_zh(c)),
        doc=_doc(c),
    )


def yingyang(c: Ctx) -> Doc:
    sex, n = _pt(c)
    d = day(c)
    return Doc().add(
        "营养科门诊\n{d}  {n}  {age}岁\n职业：{work}职员，久坐，三餐不规律。\n"
        "测量：身高165cm，体重82kg，⟦me|体重指数30.1⟧，腰围96cm。⟦lab|空腹血糖⟧6.4mmol/L，⟦lab|甘油三酯⟧3.2mmol/L。\n"
        "诊断：⟦fi|肥胖症⟧，⟦fi|高甘油三酯血症⟧。\n方案：每日能量1500kcal，蛋白质⟦me|1.2g/kg⟧。食谱已发送至邮箱{email}，"
        "并添加微信{wx}随访；打卡小程序链接{url}。\n营养师：{rd}\n",
        d=dzh(c, d),
        n=P("NAME_PATIENT", n),
        age=c.ri(25, 60),
        work=P("WORKPLACE", c.fzh.company()),
        email=P(
            "EMAIL",
            c.pick(
                f"{c.digits(c.ri(8, 10))}@qq.com",
                f"{c.fzh.user_name()}@163.com",
                f"{c.fzh.user_name()}@126.com",
            ),
        ),
        wx=P("OTHER_ID", c.pick(f"wxid_{c.token(10).lower()}", f"{c.fzh.user_name()}{c.digits(3)}")),
        url=P(
            "URL",
            c.pick(
                f"https://yy.{c.fzh.domain_word()}.cn/daka/{c.digits(5)}",
                f"www.{c.fzh.domain_word()}.com.cn/nutri",
            ),
        ),
        rd=P("NAME_CLINICIAN", name_zh(c)),
    )


def naodian(c: Ctx) -> Doc:
    sex, n = _pt(c)
    pl = place_zh(c)
    d = day(c)
    return Doc().add(
        "{hosp} 脑电图报告单\n检查号：{acc}  住院号：{mrn}  姓名：{n}  性别：{sx}\n检查日期：{d}  仪器编号：{dev}  工作站：{ipa}\n\n"
        "临床诊断：⟦fi|癫痫⟧？ 目前服用⟦dr|丙戊酸钠⟧⟦do|0.5g 每日两次⟧。\n"
        "脑电图所见：清醒闭目时枕区α节律⟦me|9-10Hz⟧，调节调幅可；睡眠期⟦an|左侧颞区⟧可见散发尖波、尖慢复合波。"
        "⟦pr|闪光刺激⟧未见异常反应。\n结论：异常脑电图。\n报告医师：{doc}（执业证书编码{lic}）  审核：{doc2}\n",
        hosp=P("HOSPITAL", hospital_zh(c, pl)),
        acc=P("ACCESSION", c.pick(f"EEG{c.digits(7)}", f"{d.year}{c.digits(5)}")),
        mrn=P("MRN", c.pick(f"ZY{c.digits(7)}", c.digits(8))),
        n=P("NAME_PATIENT", n),
        sx="女" if sex == "F" else "男",
        d=dzh(c, d),
        dev=P("DEVICE", c.pick(f"NK-{c.digits(6)}", f"{c.letters(2)}{c.digits(8)}")),
        ipa=P("IP", ip(c)),
        doc=_doc(c),
        lic=P("LICENSE", c.digits(15)),
        doc2=_doc(c),
    )


def xueguan(c: Ctx) -> Doc:
    sex, n = _pt(c)
    pl = place_zh(c)
    d = day(c)
    return Doc().add(
        "血管超声检查报告\n{hosp}超声医学科  传真：{fax}\n超声号：{acc}  病案号：{mrn}\n{n}，{sx}，{age}岁  仪器：{dev}  终端{ipa}\n\n"
        "检查部位：⟦an|双侧颈动脉⟧\n超声所见：右侧⟦an|颈总动脉⟧⟦me|内中膜厚度1.2mm⟧，分叉处见⟦fi|低回声斑块⟧，大小约12×3mm；"
        "左侧⟦an|颈内动脉⟧流速正常。\n超声提示：⟦fi|右侧颈动脉粥样硬化斑块形成⟧。\n检查医师：{doc}  执业编号{lic}  {d}\n",
        hosp=P("HOSPITAL", hospital_zh(c, pl)),
        fax=P("FAX", _land(c, pl)),
        acc=P("ACCESSION", c.pick(f"US{c.digits(8)}", f"CS-{c.digits(6)}")),
        mrn=P("MRN", c.digits(c.pick(7, 9))),
        n=P("NAME_PATIENT", n),
        sx="女" if sex == "F" else "男",
        age=c.ri(45, 85),
        dev=P("DEVICE", c.pick(f"LOGIQ-E{c.digits(5)}", f"SN{c.alnum(9)}")),
        ipa=P("IP", ip(c)),
        doc=_doc(c),
        lic=P("LICENSE", c.digits(15)),
        d=dzh(c, d),
    )


def rijian(c: Ctx) -> Doc:
    sex, n = _pt(c)
    d = day(c)
    age = c.ri(25, 75)
    foreign = c.chance(0.5)
    ident = (
        ["护照号：", P("PASSPORT", c.pick(f"E{c.digits(8)}", f"{c.letters(2)}{c.digits(7)}"))]
        if foreign
        else ["港澳通行证：", P("PASSPORT", f"C{c.alnum(8)}")]
    )
    rel = c.pick("妻子" if sex == "M" else "丈夫", "女儿", "儿子")
    return Doc().add(
        "日间手术记录\n姓名：{n}  身份证：{idc}  {ident}\n医保号：{ins}  住院结算号：{acct}\n手术日期：{d}  病理号：{path}\n"
        "术前诊断：⟦fi|胆囊结石伴慢性胆囊炎⟧\n手术名称：⟦pr|腹腔镜胆囊切除术⟧  麻醉方式：⟦pr|全身麻醉⟧\n"
        "手术经过：顺利，⟦an|胆囊三角⟧解剖清楚，出血约10ml。术前⟦ep|Murphy征⟧阳性。术后予⟦dr|帕瑞昔布⟧⟦do|40mg⟧静推镇痛。\n"
        "术者：{s1}  助手：{s2}  麻醉：{an}\n知情同意由{rel}{rn}签字。术后当日18时评估出院。\n",
        n=P("NAME_PATIENT", n),
        idc=P("ID_CARD", id_card_zh(c, _dob(c, age, d), sex)),
        ident=ident,
        ins=P("INSURANCE", c.pick(c.digits(12), c.digits(10))),
        acct=P("ACCOUNT", c.pick(f"JS{c.digits(9)}", c.digits(11))),
        d=dzh(c, d),
        path=P("ACCESSION", c.pick(f"{d.year % 100}P{c.digits(5)}", f"B{c.digits(7)}")),
        s1=_doc(c),
        s2=_doc(c),
        an=_doc(c),
        rel=rel,
        rn=P("NAME_RELATIVE", kin_zh(c, rel, n)),
    )


def zhuanzhen(c: Ctx) -> Doc:
    sex, n = _pt(c)
    p1, p2 = c.sample(ZH_PLACES, 2)
    d = day(c)
    return Doc().add(
        "转诊接收记录\n接收日期：{d} {t}\n转出单位：{h1}（{prov}{city}），转出医师{doc1}，联系电话{ph}，传真{fax}\n"
        "患者：{n}，{sx}，{age}岁，原住院号{mrn}。\n转诊原因：⟦fi|急性ST段抬高型心肌梗死⟧，当地已予⟦dr|阿替普酶⟧溶栓，仍胸痛。\n"
        "转运：救护车{plate}，随车医师{doc2}（执业证书编码{lic}）。途中⟦me|血压⟧100/60mmHg。\n"
        "接收科室：{h2}心内科，值班医师{doc3}，拟急诊行⟦pr|冠状动脉造影⟧。\n",
        d=dzh(c, d),
        t=f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d}",
        h1=P("HOSPITAL", hospital_zh(c, p1)),
        prov=P("PROVINCE_STATE", p1[0]),
        city=P("CITY", p1[1]),
        doc1=_doc(c),
        ph=P("PHONE", _land(c, p1)),
        fax=P("FAX", _land(c, p1)),
        n=P("NAME_PATIENT", n),
        sx="女" if sex == "F" else "男",
        age=c.ri(40, 85),
        mrn=P("MRN", c.digits(c.pick(6, 8))),
        plate=P("VEHICLE", plate_zh(c)),
        doc2=_doc(c),
        lic=P("LICENSE", c.digits(15)),
        h2=P("HOSPITAL", hospital_zh(c, p2)),
        doc3=_doc(c),
    )


def jiating(c: Ctx) -> Doc:
    sex, n = _pt(c)
    pl = place_zh(c)
    d = day(c)
    rel, rn = c.pick(
        ("患者之女", "小" + c.fzh.first_name_female()[-1]),
        ("妻子", kin_zh(c, "妻子", n)) if sex == "M" else ("丈夫", kin_zh(c, "丈夫", n)),
        ("儿子", kin_zh(c, "儿子", n)),
    )
    return Doc().add(
        "家庭病床记录\n建床患者：{n}，{age}岁\n地址：{addr}（邮编{zip}）\n主要照护人：{rel}{rn}，手机{ph}\n查床日期：{d}\n\n"
        "患者⟦fi|慢性阻塞性肺疾病⟧多年，长期家庭氧疗，制氧机编号{dev}。今日⟦me|指脉氧⟧93%，双肺可闻及少许⟦fi|干啰音⟧，⟦ep|Babinski征⟧阴性。\n"
        "继续⟦dr|噻托溴铵⟧⟦do|18μg 每日一次⟧吸入。家属自驾车（{plate}）接送复查。\n社区医生：{doc}\n",
        n=P("NAME_PATIENT", n),
        age=P("AGE_OVER_89", str(c.ri(90, 99))),
        addr=P("ADDRESS_STREET", road_zh(c, pl)),
        zip=P("POSTCODE", pl[2] + c.digits(3, False)),
        rel=rel,
        rn=P("NAME_RELATIVE", rn),
        ph=P("PHONE", mobile_zh(c)),
        d=dzh(c, d),
        dev=P("DEVICE", c.pick(f"YU{c.digits(7)}", f"{c.alnum(4)}{c.digits(6)}")),
        plate=P("VEHICLE", plate_zh(c)),
        doc=_doc(c),
    )


def hulianwang(c: Ctx) -> Doc:
    sex, n = _pt(c)
    d = day(c)
    doc = name_zh(c)
    return Doc().add(
        "互联网医院问诊记录  订单号{order}  会话ID {sid}\n问诊时间：{d} {t}  来源IP：{ipa}  入口：{url}\n"
        "患者实名：{n}（证件：护照 {pp}）  邮箱：{email}\n\n"
        "患者：{doc}医生您好，我吃了⟦dr|阿莫西林⟧后身上起红疹，痒。\n{doc_s}医生：请问有没有⟦fi|呼吸困难⟧或嘴唇肿？\n"
        "患者：没有，就是痒。\n{doc_s}医生：考虑⟦fi|药物性皮疹⟧，先停药，口服⟦dr|氯雷他定⟧⟦do|10mg⟧每日一次，如出现气促立即线下就诊。\n",
        order=P("ACCOUNT", c.pick(f"{d.year}{c.digits(12)}", f"HL{c.digits(10)}")),
        sid=P("OTHER_ID", c.token(12)),
        d=dzh(c, d, c.pick("iso", "slash")),
        t=f"{c.ri(0, 23):02d}:{c.ri(0, 59):02d}",
        ipa=P("IP", ip(c)),
        url=P("URL", f"https://{c.fzh.domain_word()}.{c.pick('cn', 'com')}/zx/{c.digits(6)}"),
        n=P("NAME_PATIENT", n),
        pp=P("PASSPORT", c.pick(f"E{c.digits(8)}", f"EA{c.digits(7)}")),
        email=P("EMAIL", f"{c.fzh.user_name()}@{c.pick('qq.com', '163.com', 'sina.com')}"),
        doc=P("NAME_CLINICIAN", doc),
        doc_s=P("NAME_CLINICIAN", doc),
    )


def chudaiyao(c: Ctx) -> Doc:
    sex, n = _pt(c)
    pl = place_zh(c)
    d = day(c)
    age = c.ri(40, 85)
    return Doc().add(
        "出院带药指导单\n{hosp} 药学部  咨询电话：{ph}  传真：{fax}\n患者：{n}  身份证号：{idc}  出院日期：{d}\n\n"
        "1. ⟦dr|阿托伐他汀钙片⟧ ⟦do|20mg⟧ 每晚一次，注意肌肉酸痛，1月后复查⟦lab|肝功能⟧及⟦lab|肌酸激酶⟧。\n"
        "2. ⟦dr|阿司匹林肠溶片⟧ ⟦do|100mg⟧ 每日一次，餐前服。\n3. ⟦dr|美托洛尔缓释片⟧ ⟦do|47.5mg⟧ 每日一次，心率低于55次/分停服。\n"
        "用药问题可发邮件至{email}或扫码访问{url}。\n药师：{ph1}  {d2}\n",
        hosp=P("HOSPITAL", hospital_zh(c, pl)),
        ph=P("PHONE", _land(c, pl)),
        fax=P("FAX", _land(c, pl)),
        n=P("NAME_PATIENT", n),
        idc=P("ID_CARD", id_card_zh(c, _dob(c, age, d), sex)),
        d=dzh(c, d),
        email=P("EMAIL", f"yaoxue{c.digits(2)}@{c.fzh.domain_word()}.com.cn"),
        url=P("URL", f"http://{c.fzh.domain_word()}.cn/yy/{c.digits(4)}"),
        ph1=_doc(c),
        d2=dzh(c, d, "md"),
    )


def manbing(c: Ctx) -> Doc:
    sex, n = _pt(c)
    pl = place_zh(c)
    d = day(c)
    return Doc().add(
        "慢病管理随访记录（{comm}社区卫生服务站）\n随访日期：{d}  随访方式：{how}\n姓名：{n}  健康档案号：{hid}\n"
        "现住址：{city}{addr}  邮编：{zip}\n工作单位：{work}（已退休返聘）  医保：{ins}  电话：{ph}\n\n"
        "⟦fi|2型糖尿病⟧病史8年，服⟦dr|二甲双胍⟧⟦do|0.5g 每日三次⟧。⟦lab|糖化血红蛋白⟧7.6%，⟦lab|空腹血糖⟧8.1mmol/L。"
        "⟦pr|足背动脉触诊⟧搏动可。由儿子驾驶{plate}送来站点。\n随访医生：{doc}\n",
        comm=c.pick("城南", "东湖", "滨江", "新华"),
        d=dzh(c, d),
        how=c.pick("门诊", "电话", "家庭"),
        n=P("NAME_PATIENT", n),
        hid=P("OTHER_ID", f"{c.digits(9)}{c.digits(8)}"),
        city=P("CITY", pl[1]),
        addr=P("ADDRESS_STREET", road_zh(c, pl)),
        zip=P("POSTCODE", pl[2] + c.digits(3, False)),
        work=P("WORKPLACE", c.fzh.company()),
        ins=P("INSURANCE", c.digits(c.pick(10, 12))),
        ph=P("PHONE", mobile_zh(c)),
        plate=P("VEHICLE", plate_zh(c)),
        doc=_doc(c),
    )


TEMPLATES = [
    ("zh6_shennei_clinic", shennei),
    ("zh6_rheum_followup", fengmian),
    ("zh6_pain_clinic", tengtong),
    ("zh6_nutrition_clinic", yingyang),
    ("zh6_eeg_report", naodian),
    ("zh6_vascular_us", xueguan),
    ("zh6_day_surgery", rijian),
    ("zh6_referral_receipt", zhuanzhen),
    ("zh6_home_bed", jiating),
    ("zh6_online_consult", hulianwang),
    ("zh6_discharge_meds", chudaiyao),
    ("zh6_chronic_followup", manbing),
]
