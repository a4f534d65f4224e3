# Longer than 450 lines: fifteen whole Chinese document templates and their value pools are data; splitting them would only scatter one set.
"""Chinese (mainland) templates of the v3 holdout (issue 11): document types that neither v1 nor v2 has.

Written from general knowledge of mainland hospital and primary-care paperwork, without reading the
de-identifier, the older notes bench, the v1/v2 templates or any frozen note. Uses _core's builder
and pools plus the v3 pools below (own surnames, cities, streets, communities and hospitals).
"""

# ruff: noqa: E501  (document layouts and value pools; wrapping them would only hurt reading them)

from __future__ import annotations

from _core import (
    CityZH,
    Ctx,
    Doc,
    P,
    PersonZH,
    addr_zh,
    age_zh,
    city_zh,
    dob_for,
    dzh,
    email_zh,
    hhmm,
    hosp_domain_zh,
    hospital_zh,
    id_card,
    ip_addr,
    land_zh,
    mobile_zh,
    person_zh,
    pick_age,
    plate_zh,
    plus,
    postcode_zh,
    rdate,
    street_zh,
)

V3_SURNAMES = ["鲍", "阎", "臧", "祁", "戚", "揭", "隗", "糜", "栾", "璩", "郜", "滕", "冼", "邝", "訾", "牟"]
V3_COMPOUND = ["第五", "呼延", "澹台", "闻人", "赫连", "钟离", "百里", "太史"]
V3_GIVEN = {"F": ["春燕", "秋菊", "海霞", "雨桐", "可馨", "思琪", "凤英", "美玲", "晓梅", "一诺"],
            "M": ["卫东", "振华", "永刚", "浩宇", "宇轩", "铁柱", "德福", "家豪", "俊熙", "跃进"]}
V3_GEO = [  # province, city, districts, zip3, area code (own pool: cities v1's pool does not have)
    ("江苏省", "徐州市", ["云龙区", "泉山区", "鼓楼区"], "221", "0516"), ("四川省", "绵阳市", ["涪城区", "游仙区"], "621", "0816"),
    ("湖北省", "襄阳市", ["襄城区", "樊城区"], "441", "0710"), ("湖南省", "株洲市", ["荷塘区", "芦淞区"], "412", "0731"),
    ("陕西省", "宝鸡市", ["渭滨区", "金台区"], "721", "0917"), ("山东省", "烟台市", ["芝罘区", "莱山区"], "264", "0535"),
    ("辽宁省", "鞍山市", ["铁东区", "立山区"], "114", "0412"), ("黑龙江省", "大庆市", ["萨尔图区", "让胡路区"], "163", "0459"),
    ("云南省", "曲靖市", ["麒麟区", "沾益区"], "655", "0874"), ("福建省", "泉州市", ["鲤城区", "丰泽区"], "362", "0595"),
    ("安徽省", "芜湖市", ["镜湖区", "鸠江区"], "241", "0553"), ("江西省", "九江市", ["浔阳区", "濂溪区"], "332", "0792"),
    ("河北省", "唐山市", ["路南区", "路北区"], "063", "0315"), ("山西省", "大同市", ["平城区", "云冈区"], "037", "0352"),
    ("广西壮族自治区", "柳州市", ["城中区", "鱼峰区"], "545", "0772"), ("贵州省", "遵义市", ["红花岗区", "汇川区"], "563", "0851"),
    ("内蒙古自治区", "包头市", ["昆都仑区", "青山区"], "014", "0472"), ("海南省", "三亚市", ["吉阳区", "天涯区"], "572", "0898"),
    ("广东省", "珠海市", ["香洲区", "金湾区"], "519", "0756"), ("浙江省", "嘉兴市", ["南湖区", "秀洲区"], "314", "0573"),
]
V3_STREETS = ["彭城路", "临江路", "跃进路", "振兴大道", "昆仑路", "凤凰路", "滨河北路", "健康路", "育英街", "文昌路", "矿山路", "红星路"]
V3_COMMUNITIES = ["金桂苑", "书香门第", "翡翠城", "康乐小区", "春晖花园", "水岸名居", "农机宿舍", "棉纺厂生活区", "怡景湾", "东方明珠小区"]
V3_NAMED_HOSP = ["徐州医科大学附属医院", "遵义医科大学附属医院", "川北医学院附属医院", "温州医科大学附属第二医院",
                 "包头医学院第一附属医院", "皖南医学院弋矶山医院", "九江学院附属医院", "鞍钢集团总医院"]


def geo3(c: Ctx) -> CityZH:
    if c.chance(0.55):
        prov, city, dists, z, a = c.ch(V3_GEO)
        return CityZH(prov, city, c.ch(dists), z, a)
    return city_zh(c)


def street3(c: Ctx, g: CityZH) -> str:
    if g.rural or c.chance(0.4):
        return street_zh(c, g)
    return (g.district + c.ch(V3_STREETS) + f"{c.ri(1, 688)}号" + c.ch(V3_COMMUNITIES)
            + c.pick(f"{c.ri(1, 30)}栋{c.ri(1, 5)}单元{c.ri(1, 18)}0{c.ri(1, 4)}室", f"{c.ri(1, 30)}号楼{c.ri(1, 18)}0{c.ri(1, 4)}室"))


def addr3(c: Ctx, g: CityZH, patient: bool = True) -> list:
    if c.chance(0.4):
        return addr_zh(c, patient=patient, g=g)
    out = [P("PROVINCE_STATE", g.prov) if patient else g.prov] if g.prov and c.chance(0.7) else []
    return out + [P("CITY", g.city), P("ADDRESS_STREET", street3(c, g))]


def hosp3(c: Ctx, g: CityZH) -> str:
    cb = g.city[:-1]
    return c.wpick((3, hospital_zh(c, g)), (2, c.ch(V3_NAMED_HOSP)),
                   (3, c.ch((f"{cb}矿务局总医院", f"{cb}市传染病医院", f"{cb}市康复医院", f"{cb}市中西医结合医院",
                             f"{g.district}妇幼保健院", f"{cb}市第{c.ch('一二三四五')}医院"))))


def person3(c: Ctx, sex: str | None = None) -> PersonZH:
    p = person_zh(c, sex=sex)
    roll = c.r.random()
    if roll < 0.12:
        return PersonZH(c.ch(V3_SURNAMES), p.given, p.sex)
    if roll < 0.18:
        return PersonZH(c.ch(V3_COMPOUND), p.given, p.sex)
    if roll < 0.3 and p.sur:
        return PersonZH(p.sur, c.ch(V3_GIVEN[p.sex]), p.sex)
    return p


def nm(c: Ctx, p: PersonZH, pad: float = 0.2) -> str:
    """The name as forms write it: plain, or with the padding space of two-character names."""
    if len(p.full) == 2 and c.chance(pad):
        return p.full[0] + "  " + p.full[1]
    return p.full


def doc_name(c: Ctx) -> str:
    return nm(c, person3(c))


def given_ok(p: PersonZH) -> bool:
    return bool(p.sur) and len(p.given) >= 2


def mrn_zh(c: Ctx) -> str:
    return c.ch((c.digits(7), c.digits(8), "ZY" + c.digits(8), c.digits(10), "00" + c.digits(8)))


def mzh(c: Ctx) -> str:
    return c.ch((c.digits(10), "MZ" + c.digits(9), c.digits(12)))


def yibao(c: Ctx) -> str:
    return c.ch((c.digits(9) + c.letters(1), c.letters(2) + c.digits(10), c.digits(12), c.digits(16)))


def card(c: Ctx) -> str:
    return c.ch((c.digits(12), "JZK" + c.digits(9), c.digits(10)))


def yszz(c: Ctx) -> str:
    return f"1{c.digits(2)}{c.digits(12, False)}"


def passport_cn(c: Ctx) -> str:
    return c.pick(f"E{c.digits(8)}", f"EA{c.digits(7)}", f"C{c.digits(8)}", f"H{c.digits(8)}")


def dev_sn(c: Ctx) -> str:
    return c.pick(f"SN{c.digits(10)}", f"{c.letters(3)}{c.digits(7)}", f"{c.digits(4)}-{c.digits(6)}")


def age_txt(c: Ctx, age: int) -> list:
    return age_zh(age)


YEAR_STYLES = ("cn", "cn0", "iso", "dot", "slash0")


# --------------------------------------------------------------------------- templates

def t_mazui(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.12, 35, 88)
    day = rdate(c)
    dx, op = c.ch((("⟦fi|胰头癌⟧", "⟦ep|Whipple手术⟧"), ("⟦fi|胆囊结石伴慢性胆囊炎⟧", "⟦pr|腹腔镜胆囊切除术⟧"), ("⟦fi|股骨头坏死⟧", "⟦pr|全髋关节置换术⟧"),
                   ("⟦fi|良性前列腺增生⟧", "⟦pr|经尿道前列腺电切术⟧"), ("⟦fi|右肺上叶腺癌⟧", "⟦pr|胸腔镜肺叶切除术⟧")))
    if "前列腺" in dx:
        pt = PersonZH(pt.sur, pt.given, "M") if pt.sur else person3(c, sex="M")
    d.add("{h}\n麻醉术前访视记录\n", h=P("HOSPITAL", hosp3(c, g)))
    d.add("姓名：{n}  性别：{x}  年龄：{a}  科室：{ks}  床号：{bed}  住院号：{m}\n", n=P("NAME_PATIENT", nm(c, pt)), x=pt.xing, a=age_zh(age),
          ks=c.ch(("普外科", "骨科", "泌尿外科", "胸外科")), bed=c.ri(1, 60), m=P("MRN", mrn_zh(c)))
    d.add("访视日期：{dt}  拟手术日期：{od}  拟行手术：" + op + "\n", dt=dzh(c, day), od=dzh(c, plus(day, c.ri(1, 3))))
    d.add("术前诊断：" + dx + "\n")
    d.add("既往史：⟦fi|高血压⟧病史{y}年，口服⟦dr|氨氯地平⟧ ⟦do|5mg qd⟧；{pm}否认药物过敏史。\n", y=c.ri(3, 20),
          pm=c.pick("⟦fi|病态窦房结综合征⟧已植入⟦pr|永久起搏器⟧，起搏器序列号：", "", "⟦ep|帕金森病⟧，服用⟦dr|多巴丝肼⟧ ⟦do|125mg tid⟧；"))
    if d.text.endswith("序列号："):
        d.put(P("DEVICE", dev_sn(c)), "，术前需程控；")
    d.add("体格检查：⟦me|BP {s}/{dd}mmHg⟧，⟦me|HR {hr}次/分⟧，⟦me|SpO2 {o}%⟧；⟦ep|Mallampati分级Ⅱ级⟧，张口度三横指。\n",
          s=c.ri(110, 170), dd=c.ri(60, 100), hr=c.ri(55, 100), o=c.ri(93, 99))
    d.add("辅助检查（检查号{jc}）：⟦lab|血红蛋白 {hb} g/L⟧，⟦lab|血小板 {plt}×10^9/L⟧，⟦lab|INR {inr}⟧；心电图：⟦fi|窦性心律⟧。\n",
          jc=P("ACCESSION", f"JC{c.digits(9)}"), hb=c.ri(85, 150), plt=c.ri(90, 320), inr=c.fl(0.9, 1.3, 2))
    d.add("ASA分级：{asa}级  麻醉方式：⟦pr|全身麻醉⟧{ex}\n", asa=c.ch(("Ⅱ", "Ⅲ")), ex=c.pick("复合⟦pr|硬膜外阻滞⟧", "", "，术后⟦pr|静脉自控镇痛⟧"))
    d.add("已向患者及其{rel}{rn}（电话：{ph}）交代麻醉风险，签署麻醉知情同意书。\n麻醉医师：{dn}  {dt}\n",
          rel=c.ch(("配偶", "儿子", "女儿", "哥哥")), rn=P("NAME_RELATIVE", nm(c, person3(c), 0)), ph=P("PHONE", mobile_zh(c)),
          dn=P("NAME_CLINICIAN", doc_name(c)), dt=dzh(c, day, "cn"))
    return d


def t_touxi(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.12, 30, 88)
    day = rdate(c)
    h = c.pick([P("HOSPITAL", hosp3(c, g)), "血液净化中心"], P("HOSPITAL", f"{g.city[:-1]}血液透析中心"))
    d.add("{h}\n血液透析记录单\n", h=h)
    d.add("姓名：{n}  性别：{x}  年龄：{a}  透析号：{tx}  医保卡号：{yb}\n", n=P("NAME_PATIENT", nm(c, pt)), x=pt.xing, a=age_zh(age),
          tx=P("MRN", f"HD{c.digits(6)}"), yb=P("INSURANCE", yibao(c)))
    d.add("诊断：⟦fi|慢性肾脏病5期⟧、⟦fi|肾性贫血⟧  血管通路：⟦an|左前臂⟧⟦pr|自体动静脉内瘘⟧  透析日期：{dt}  机号：{mh}\n",
          dt=dzh(c, day), mh=c.ri(1, 40))
    d.add("透析方式：HD  ⟦me|血流量 {qb}ml/min⟧  透析液流量500ml/min  抗凝：⟦dr|低分子肝素⟧ ⟦do|4000IU⟧\n", qb=c.ri(200, 300))
    dw, uf = c.r.uniform(45, 80), c.r.uniform(1.5, 4.0)
    d.add("干体重{dw}kg  透前体重{w1}kg  透后体重{w2}kg  超滤量{uf}L\n", dw=f"{dw:.1f}", w1=f"{dw + uf:.1f}",
          w2=f"{dw + c.r.uniform(-0.3, 0.4):.1f}", uf=f"{uf:.1f}")
    start = c.ri(7, 14)
    d.add("时间    血压(mmHg)  脉搏  静脉压  跨膜压  签名\n")
    for k in range(c.ri(3, 4)):
        d.add("{t}  {s}/{dd}  {hr}  {vp}  {tmp}  {sig}\n", t=f"{start + k:02d}:{c.ri(0, 59):02d}", s=c.ri(95, 180), dd=c.ri(50, 100), hr=c.ri(60, 110),
              vp=c.ri(80, 200), tmp=c.ri(60, 180), sig=P("NAME_CLINICIAN", doc_name(c)))
    d.add("透析中用药：⟦dr|重组人促红素⟧ ⟦do|3000IU 皮下注射⟧，⟦dr|蔗糖铁⟧ ⟦do|100mg⟧静滴。本月化验：⟦lab|血红蛋白 {hb} g/L⟧，⟦lab|血磷 {p} mmol/L⟧，"
          "⟦lab|Kt/V 1.{kt}⟧。\n", hb=c.ri(75, 125), p=c.fl(1.1, 2.6, 2), kt=c.ri(2, 6))
    d.add("联系人：{rel}{rn} {ph}；下次透析：{nd}\n责任护士：{nu}  医师：{dn}\n", rel=c.ch(("妻子", "丈夫", "女儿", "儿子")),
          rn=P("NAME_RELATIVE", nm(c, person3(c), 0)), ph=P("PHONE", mobile_zh(c)), nd=dzh(c, plus(day, 2), "md"),
          nu=P("NAME_CLINICIAN", doc_name(c)), dn=P("NAME_CLINICIAN", doc_name(c)))
    return d


def t_shuxue(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.1, 20, 88)
    day = rdate(c)
    d.add("{h}\n输血记录单\n", h=P("HOSPITAL", hosp3(c, g)))
    d.add("患者姓名：{n}  性别：{x}  年龄：{a}  住院号：{m}  输血申请单号：{sq}\n", n=P("NAME_PATIENT", nm(c, pt)), x=pt.xing, a=age_zh(age),
          m=P("MRN", mrn_zh(c)), sq=P("OTHER_ID", f"SX{c.digits(10)}"))
    d.add("临床诊断：{dx}\n", dx=c.ch(("⟦fi|上消化道出血⟧", "⟦fi|重度贫血⟧", "⟦fi|骨髓增生异常综合征⟧", "⟦ep|霍奇金淋巴瘤⟧化疗后骨髓抑制", "⟦fi|失血性休克⟧")))
    d.add("血型：{bt}型 Rh(D)阳性  配血标本号：{bb}  交叉配血：主侧、次侧均无凝集\n", bt=c.ch(("A", "B", "O", "AB")),
          bb=P("ACCESSION", f"{c.digits(12)}"))
    d.add("输血前：⟦lab|血红蛋白 {hb} g/L⟧，⟦lab|血小板 {plt}×10^9/L⟧，⟦me|T 36.{t}℃⟧，⟦me|BP {s}/{dd}mmHg⟧\n", hb=c.ri(45, 70),
          plt=c.ri(8, 80), t=c.ri(2, 9), s=c.ri(85, 140), dd=c.ri(50, 90))
    d.add("输注成分：{comp}，开始时间{dt} {tm}，前15分钟速度⟦me|20滴/分⟧，无⟦fi|输血反应⟧。\n",
          comp=c.ch(("⟦dr|悬浮红细胞⟧ ⟦do|2U⟧", "⟦dr|单采血小板⟧ ⟦do|1治疗量⟧", "⟦dr|新鲜冰冻血浆⟧ ⟦do|400ml⟧")), dt=dzh(c, day), tm=hhmm(c))
    d.add("核对者：{a1}、{a2}（双人床旁核对）  执行护士：{nu}\n", a1=P("NAME_CLINICIAN", doc_name(c)), a2=P("NAME_CLINICIAN", doc_name(c)),
          nu=P("NAME_CLINICIAN", doc_name(c)))
    d.add("输血后24小时复查⟦lab|血红蛋白 {hb2} g/L⟧。输血治疗同意书由{rel}{rn}签字，联系电话{ph}。\n主管医师：{dn}  日期：{d2}\n",
          hb2=c.ri(70, 95), rel=c.ch(("患者本人及其丈夫", "患者之子", "患者之女", "患者配偶")), rn=P("NAME_RELATIVE", nm(c, person3(c), 0)),
          ph=P("PHONE", mobile_zh(c)), dn=P("NAME_CLINICIAN", doc_name(c)), d2=dzh(c, plus(day, 1)))
    return d


def t_kangfu(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.2, 40, 88)
    day = rdate(c)
    d.add("{h}康复医学科\n康复评定记录\n", h=P("HOSPITAL", hosp3(c, g)))
    d.add("姓名：{n}  性别：{x}  年龄：{a}  病案号：{m}  评定日期：{dt}\n", n=P("NAME_PATIENT", nm(c, pt)), x=pt.xing, a=age_zh(age),
          m=P("MRN", mrn_zh(c)), dt=dzh(c, day))
    dx = c.ch(("⟦fi|脑梗死⟧恢复期（⟦an|左侧基底节区⟧）", "⟦ep|帕金森病⟧（Hoehn-Yahr 3级）", "⟦fi|脊髓损伤⟧（⟦an|T10⟧平面）", "⟦fi|全膝关节置换术后⟧"))
    d.add("诊断：" + dx + "  发病日期：{od}\n", od=dzh(c, plus(day, -c.ri(14, 200))))
    d.add("评定结果：⟦me|Brunnstrom分期 上肢Ⅲ期⟧，⟦me|改良Barthel指数 {bi}分⟧，⟦me|Berg平衡量表 {bb}分⟧，⟦me|MMSE {mm}分⟧，"
          "⟦ep|改良Ashworth分级1+级⟧。\n", bi=c.ri(20, 85), bb=c.ri(10, 50), mm=c.ri(15, 29))
    if c.chance(0.5):
        d.add("听力：双耳⟦fi|感音神经性聋⟧，佩戴助听器（序列号{sn}）。\n", sn=P("DEVICE", dev_sn(c)))
    d.add("康复计划：⟦pr|运动疗法⟧、⟦pr|作业疗法⟧、⟦pr|吞咽功能训练⟧，每日{k}次；⟦dr|巴氯芬⟧ ⟦do|5mg tid⟧。\n", k=c.ri(1, 2))
    d.add("{gn}训练配合，其{rel}{rn}每日陪护（{ph}）。\n", gn=P("NAME_PATIENT", pt.given if given_ok(pt) else pt.full),
          rel=c.ch(("老伴", "女儿", "儿媳", "护工")), rn=P("NAME_RELATIVE", nm(c, person3(c), 0)), ph=P("PHONE", mobile_zh(c)))
    d.add("评定治疗师：{t1}  康复医师：{t2}（{sur}主任审核）\n", t1=P("NAME_CLINICIAN", doc_name(c)), t2=P("NAME_CLINICIAN", doc_name(c)),
          sur=P("NAME_CLINICIAN", person3(c).sur or "马"))
    return d


def t_yingyang(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.4, 55, 89)
    day = rdate(c)
    d.add("{h}\n营养会诊记录\n", h=P("HOSPITAL", hosp3(c, g)))
    d.add("患者：{n}，{x}，{a}，住院号{m}，{ks}{bed}床。会诊时间：{dt} {tm}\n", n=P("NAME_PATIENT", nm(c, pt)), x=pt.xing, a=age_zh(age),
          m=P("MRN", mrn_zh(c)), ks=c.ch(("老年病科", "神经内科", "胃肠外科", "呼吸科")), bed=c.ri(1, 50), dt=dzh(c, day), tm=hhmm(c))
    d.add("申请医师：{sq}。会诊目的：{why}。\n", sq=P("NAME_CLINICIAN", doc_name(c)),
          why=c.ch(("⟦fi|吞咽障碍⟧，评估肠内营养", "⟦fi|胃癌⟧术后营养支持", "⟦fi|压力性损伤⟧合并⟦fi|低蛋白血症⟧")))
    d.add("评估：身高{ht}cm，体重{wt}kg，⟦me|BMI {bmi}kg/m²⟧，近3个月体重下降{wl}kg；⟦me|NRS2002评分 {nrs}分⟧；⟦lab|白蛋白 {alb} g/L⟧，"
          "⟦lab|前白蛋白 {pa} mg/L⟧。\n", ht=c.ri(150, 178), wt=c.fl(38, 65), bmi=c.fl(15, 22), wl=c.ri(2, 8), nrs=c.ri(3, 6), alb=c.fl(24, 34),
          pa=c.ri(90, 180))
    d.add("建议：经⟦pr|鼻胃管⟧给予⟦dr|肠内营养混悬液（TPF）⟧ ⟦do|1000ml/d⟧，目标能量⟦me|25kcal/kg/d⟧；补充⟦dr|维生素D⟧；监测⟦lab|血糖⟧。\n")
    d.add("{age2}岁高龄，家属（{rel}{rn}，{ph}）已了解营养方案。", age2=age_zh(age)[0], rel=c.ch(("女儿", "儿子", "侄女")),
          rn=P("NAME_RELATIVE", nm(c, person3(c), 0)), ph=P("PHONE", mobile_zh(c)))
    if c.chance(0.5):
        d.add("出院后饮食随访问卷：{u}", u=P("URL", f"https://wj.{hosp_domain_zh(c)}/s/{c.token(8)}"))
    d.add("\n营养师：{dn}  日期：{d2}\n", dn=P("NAME_CLINICIAN", doc_name(c)), d2=dzh(c, day, "cn"))
    return d


def t_chanqian(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c, sex="F")
    age = c.ri(22, 41)
    day = rdate(c)
    dob = dob_for(c, age, day)
    d.add("{h}产前诊断中心\n孕中期唐氏综合征血清学产前筛查报告\n", h=P("HOSPITAL", hosp3(c, g)))
    d.add("姓名：{n}  年龄：{a}岁  出生日期：{dob}  身份证号：{idc}\n", n=P("NAME_PATIENT", nm(c, pt)), a=age, dob=dzh(c, dob, "iso"),
          idc=P("ID_CARD", id_card(c, dob, "F")))
    d.add("门诊号：{mz}  标本编号：{bb}  采血日期：{cx}  报告日期：{bg}\n", mz=P("MRN", mzh(c)), bb=P("ACCESSION", f"{day.year}{c.digits(6)}"),
          cx=dzh(c, day), bg=dzh(c, plus(day, c.ri(5, 10))))
    d.add("末次月经：{lmp}  孕周：{gw}周+{gd}天（B超核对）  体重{wt}kg  单胎\n", lmp=dzh(c, plus(day, -7 * c.ri(15, 20))),
          gw=c.ri(15, 20), gd=c.ri(0, 6), wt=c.ri(48, 80))
    d.add("检测项目：⟦lab|AFP {afp} MoM⟧，⟦lab|游离β-hCG {hcg} MoM⟧，⟦lab|uE3 {ue} MoM⟧\n", afp=c.fl(0.5, 2.2, 2), hcg=c.fl(0.4, 3.5, 2), ue=c.fl(0.5, 1.6, 2))
    risk = c.ri(150, 50000)
    d.add("风险评估：⟦fi|21-三体综合征⟧风险 1/{r}（截断值1/270）；⟦fi|18-三体综合征⟧风险 1/{r2}；⟦fi|开放性神经管缺陷⟧低风险。\n", r=risk, r2=c.ri(1000, 90000))
    d.add("结论：{cc}\n", cc="高风险，建议⟦pr|羊膜腔穿刺⟧⟦pr|染色体核型分析⟧或⟦pr|无创产前基因检测⟧。" if risk < 270 else "低风险。")
    d.add("现住址：{ad}  手机：{ph}  丈夫：{hb}（{hph}）\n", ad=addr3(c, g), ph=P("PHONE", mobile_zh(c)), hb=P("NAME_RELATIVE", nm(c, person3(c, sex="M"), 0)),
          hph=P("PHONE", mobile_zh(c)))
    d.add("报告查询：{u}  邮箱：{em}  中心传真：{fx}\n", u=P("URL", f"https://pd.{hosp_domain_zh(c)}/report?no={c.digits(10)}"), em=P("EMAIL", email_zh(c)),
          fx=P("FAX", land_zh(c, g.area)))
    d.add("检验者：{a1}  审核者：{a2}\n", a1=P("NAME_CLINICIAN", doc_name(c)), a2=P("NAME_CLINICIAN", doc_name(c)))
    return d


def t_xinshenger(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    mom = person3(c, sex="F")
    dad = person3(c, sex="M")
    day = rdate(c)
    mage = c.ri(21, 42)
    mdob = dob_for(c, mage, day)
    sex = c.pick("M", "F")
    baby = PersonZH(dad.sur, c.ch(V3_GIVEN[sex]), sex) if dad.sur else PersonZH("", "", sex)
    d.add("{h}产科\n新生儿出生记录\n", h=P("HOSPITAL", hosp3(c, g)))
    d.add("母亲姓名：{mn}  年龄：{ma}岁  住院号：{m}  身份证号：{idc}\n", mn=P("NAME_RELATIVE", nm(c, mom)), ma=mage, m=P("MRN", mrn_zh(c)),
          idc=P("ID_CARD", id_card(c, mdob, "F")))
    d.add("父亲姓名：{dn}  联系电话：{ph}\n", dn=P("NAME_RELATIVE", nm(c, dad, 0)), ph=P("PHONE", mobile_zh(c)))
    d.add("分娩时间：{dt} {tm}  孕周：{gw}+{gd}周  分娩方式：{how}\n", dt=dzh(c, day), tm=hhmm(c), gw=c.ri(36, 41), gd=c.ri(0, 6),
          how=c.ch(("⟦pr|自然分娩⟧", "⟦pr|子宫下段剖宫产术⟧", "⟦pr|产钳助产⟧")))
    d.add("新生儿：{sx}，⟦me|体重 {bw}g⟧，⟦me|身长 {bl}cm⟧，⟦me|头围 {hc}cm⟧，⟦ep|Apgar评分 1分钟{a1}分、5分钟{a5}分⟧。\n",
          sx="男" if sex == "M" else "女", bw=c.ri(2400, 4200), bl=c.ri(46, 53), hc=c.fl(32, 36), a1=c.ri(7, 10), a5=c.ri(8, 10))
    d.add("处理：⟦pr|断脐⟧，⟦dr|维生素K1⟧ ⟦do|1mg 肌注⟧，⟦dr|乙肝疫苗⟧ ⟦do|10μg⟧，⟦dr|卡介苗⟧ 已接种；早接触早吸吮。\n")
    if baby.given:
        d.add("拟取名：{bn}（{bg}）。", bn=P("NAME_PATIENT", baby.full), bg=P("NAME_PATIENT", baby.given))
    d.add("新生儿病案号：{bm}  出生医学证明编号：{cz}\n", bm=P("MRN", mrn_zh(c)), cz=P("OTHER_ID", f"{c.letters(1)}{c.digits(9)}"))
    d.add("户籍地址：{ad}\n接生者：{js}（执业证书编号{zs}）  儿科医师：{ek}\n", ad=addr3(c, g), js=P("NAME_CLINICIAN", doc_name(c)),
          zs=P("LICENSE", yszz(c)), ek=P("NAME_CLINICIAN", doc_name(c)))
    return d


def t_tijian_wenjuan(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = c.ri(20, 65)
    day = rdate(c)
    dob = dob_for(c, age, day)
    d.add("{h}健康管理中心\n健康体检问卷（入职/驾驶员/出国人员）\n", h=P("HOSPITAL", hosp3(c, g)))
    d.add("体检编号：{tj}  体检日期：{dt}\n一、基本信息\n姓名：{n}  性别：{x}  出生日期：{dob}  身份证号：{idc}\n", tj=P("MRN", f"TJ{c.digits(9)}"),
          dt=dzh(c, day), n=P("NAME_PATIENT", nm(c, pt)), x=pt.xing, dob=dzh(c, dob), idc=P("ID_CARD", id_card(c, dob, pt.sex)))
    d.add("护照号码：{pp}  工作单位：{w}  联系电话：{ph}\n", pp=P("PASSPORT", passport_cn(c)), w=P("WORKPLACE", c.fzh.company()),
          ph=P("PHONE", mobile_zh(c)))
    d.add("通讯地址：{ad}  邮编：{pc}  电子邮箱：{em}\n", ad=addr3(c, g), pc=P("POSTCODE", postcode_zh(c, g)), em=P("EMAIL", email_zh(c)))
    d.add("准驾车型：C1  驾驶证档案编号：{da}  常用车辆号牌：{pl}\n", da=P("LICENSE", c.digits(12)), pl=P("VEHICLE", plate_zh(c)))
    d.add("二、既往史（请勾选）\n[{a}] ⟦fi|高血压⟧  [{b}] ⟦fi|2型糖尿病⟧  [ ] ⟦fi|癫痫⟧  [ ] ⟦fi|冠心病⟧  [{e}] ⟦fi|乙型病毒性肝炎⟧\n",
          a=c.pick("√", " "), b=c.pick("√", " "), e=c.pick("√", " "))
    d.add("目前用药：{med}\n", med=c.ch(("⟦dr|缬沙坦⟧ ⟦do|80mg qd⟧", "⟦dr|二甲双胍⟧ ⟦do|0.5g bid⟧", "无", "⟦dr|恩替卡韦⟧ ⟦do|0.5mg qd⟧")))
    d.add("三、家族史：父亲{fa}，母亲{mo}。\n四、生活方式：吸烟{sm}支/日，饮酒{dr}。\n", fa=c.ch(("⟦fi|脑出血⟧", "健在", "⟦fi|肺癌⟧")),
          mo=c.ch(("⟦fi|乳腺癌⟧", "健在", "⟦fi|高血压⟧")), sm=c.ri(0, 20), dr=c.ch(("偶尔", "从不", "每周3次")))
    d.add("五、紧急联系人：{rn}（{rel}）{rph}\n本人签字：{sig}  {d2}\n", rn=P("NAME_RELATIVE", nm(c, person3(c), 0)), rel=c.ch(("配偶", "父亲", "母亲", "朋友")),
          rph=P("PHONE", mobile_zh(c)), sig=P("NAME_PATIENT", pt.full), d2=dzh(c, day, "md"))
    d.add("问卷核对：{dn}\n", dn=P("NAME_CLINICIAN", doc_name(c)))
    return d


def t_manbing(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.4, 50, 89)
    day = rdate(c)
    clinic = hospital_zh(c, g, "community")
    d.add("{h}\n高血压/2型糖尿病患者随访服务记录表\n", h=P("HOSPITAL", clinic))
    d.add("姓名：{n}  编号：{bh}  年龄：{a}  医保卡号：{yb}\n", n=P("NAME_PATIENT", nm(c, pt)), bh=P("MRN", f"{g.zip3}{c.digits(9)}"),
          a=age_zh(age), yb=P("INSURANCE", yibao(c)))
    d.add("住址：{ad}  邮编：{pc}\n", ad=addr3(c, g), pc=P("POSTCODE", postcode_zh(c, g)))
    d.add("原工作单位：{w}（已退休）\n随访日期：{dt}  随访方式：{how}\n", w=P("WORKPLACE", c.fzh.company()), dt=dzh(c, day),
          how=c.ch(("门诊", "家庭", "电话")))
    d.add("症状：{sy}\n体征：⟦me|血压 {s}/{dd}mmHg⟧，⟦me|体重 {wt}kg⟧，⟦me|心率 {hr}次/分⟧，⟦fi|足背动脉搏动减弱⟧\n",
          sy=c.ch(("无症状", "头晕头痛", "多饮多尿", "手脚麻木")), s=c.ri(120, 175), dd=c.ri(70, 100), wt=c.ri(50, 90), hr=c.ri(60, 95))
    d.add("辅助检查：⟦lab|空腹血糖 {fbg} mmol/L⟧，⟦lab|糖化血红蛋白 {a1c}%⟧。家用血糖仪序列号{sn}，本月测量{k}次。\n", fbg=c.fl(5.2, 12.5),
          a1c=c.fl(5.8, 10.5), sn=P("DEVICE", dev_sn(c)), k=c.ri(4, 30))
    d.add("用药：⟦dr|硝苯地平控释片⟧ ⟦do|30mg qd⟧；⟦dr|二甲双胍⟧ ⟦do|0.5g tid⟧；{ins}\n服药依从性：{yc}  此次随访分类：{fl}\n",
          ins=c.pick("⟦dr|甘精胰岛素⟧ ⟦do|12U 睡前皮下注射⟧", "无胰岛素"), yc=c.ch(("规律", "间断")), fl=c.ch(("控制满意", "控制不满意", "不良反应")))
    d.add("{nick}老人由{rel}{rn}照顾，联系电话：{ph}。{older}\n", nick=P("NAME_PATIENT", pt.full), rel=c.ch(("女儿", "儿子", "老伴")),
          rn=P("NAME_RELATIVE", nm(c, person3(c), 0)), ph=P("PHONE", c.pick(mobile_zh(c), land_zh(c, g.area))),
          older=["患者", age_zh(age), "高龄，注意跌倒风险。"] if age > 89 else "")
    d.add("下次随访日期：{nd}  随访医生签名：{dn}\n", nd=dzh(c, plus(day, 90)), dn=P("NAME_CLINICIAN", doc_name(c)))
    return d


def t_qianyue(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.4, 60, 89)
    day = rdate(c)
    dob = dob_for(c, age, day)
    clinic = hospital_zh(c, g, "community")
    doc_ = person3(c)
    d.add("{h}\n家庭医生签约服务协议书及服务记录\n协议编号：{xy}\n", h=P("HOSPITAL", clinic), xy=P("OTHER_ID", f"QY{day.year}{c.digits(8)}"))
    d.add("甲方（签约居民）：{n}  性别：{x}  年龄：{a}  身份证号：{idc}\n医保卡号：{yb}  联系电话：{ph}\n", n=P("NAME_PATIENT", nm(c, pt)), x=pt.xing,
          a=age_zh(age), idc=P("ID_CARD", id_card(c, dob, pt.sex)), yb=P("INSURANCE", yibao(c)), ph=P("PHONE", mobile_zh(c)))
    d.add("居住地址：{ad}  邮编：{pc}\n", ad=addr3(c, g), pc=P("POSTCODE", postcode_zh(c, g)))
    d.add("乙方（家庭医生团队）：团队长{dn}，护士{nu}，公卫医师{gw}；团队电话{tph}\n签约日期：{dt}  服务期限：一年\n",
          dn=P("NAME_CLINICIAN", nm(c, doc_)), nu=P("NAME_CLINICIAN", doc_name(c)), gw=P("NAME_CLINICIAN", doc_name(c)), tph=P("PHONE", land_zh(c, g.area)),
          dt=dzh(c, day))
    d.add("服务包：老年人健康管理包（含⟦pr|心电图⟧、⟦pr|腹部B超⟧、⟦lab|血常规⟧、⟦lab|肝功能⟧）\n")
    d.add("服务记录：\n{d1} 上门随访：⟦me|血压 {s}/{dd}mmHg⟧，⟦fi|慢性阻塞性肺疾病⟧稳定期，继续⟦dr|噻托溴铵⟧ ⟦do|18μg qd⟧吸入。"
          "{sur}医生嘱其{rel}{rn}协助用药。\n", d1=dzh(c, plus(day, 30), "md"), s=c.ri(120, 168), dd=c.ri(65, 95),
          sur=P("NAME_CLINICIAN", doc_.sur or doc_.full), rel=c.ch(("女儿", "儿子", "老伴", "孙女")), rn=P("NAME_RELATIVE", nm(c, person3(c), 0)))
    d.add("{d2} 电话随访：{gn}诉夜间咳嗽减轻。家庭医生APP随访链接：{u}（登录IP {ip}）\n", d2=dzh(c, plus(day, 75), "md"),
          gn=P("NAME_PATIENT", pt.given if given_ok(pt) else pt.full), u=P("URL", f"https://jtys.{hosp_domain_zh(c)}/follow/{c.token(10)}"),
          ip=P("IP", ip_addr(c)))
    d.add("甲方签字：{sig}  邮箱：{em}\n", sig=P("NAME_PATIENT", pt.full), em=P("EMAIL", email_zh(c)))
    return d


RX_CASES = [
    ("心内科门诊", "⟦fi|冠状动脉粥样硬化性心脏病⟧", [("⟦dr|阿司匹林肠溶片⟧", "⟦do|100mg qd⟧", "口服"), ("⟦dr|阿托伐他汀钙片⟧", "⟦do|20mg qn⟧", "口服"),
                                                ("⟦dr|美托洛尔缓释片⟧", "⟦do|47.5mg qd⟧", "口服")]),
    ("内分泌科门诊", "⟦fi|2型糖尿病⟧", [("⟦dr|二甲双胍缓释片⟧", "⟦do|0.5g bid⟧", "口服"), ("⟦dr|达格列净片⟧", "⟦do|10mg qd⟧", "口服"),
                                   ("⟦dr|门冬胰岛素注射液⟧", "⟦do|6U tid⟧", "餐前皮下注射")]),
    ("神经内科门诊", "⟦ep|帕金森病⟧", [("⟦dr|多巴丝肼片⟧", "⟦do|125mg tid⟧", "口服"), ("⟦dr|普拉克索⟧", "⟦do|0.25mg tid⟧", "口服")]),
    ("呼吸科门诊", "⟦fi|支气管哮喘⟧", [("⟦dr|布地奈德福莫特罗⟧", "⟦do|160/4.5μg 1吸 bid⟧", "吸入"), ("⟦dr|孟鲁司特钠片⟧", "⟦do|10mg qn⟧", "口服")]),
]


def t_chufang(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.06, 18, 88)
    day = rdate(c)
    case = c.ch(RX_CASES)
    d.add("{h}\n处 方 笺\n{kind}\n", h=P("HOSPITAL", hosp3(c, g)), kind=c.ch(("普通", "医保", "急诊", "慢病长处方")))
    d.add("处方编号：{cf}  费别：{fb}  医保卡号：{yb}\n", cf=P("OTHER_ID", f"{c.digits(14)}"), fb=c.ch(("职工医保", "居民医保", "自费")),
          yb=P("INSURANCE", yibao(c)))
    d.add("姓名：{n}  性别：{x}  年龄：{a}  门诊号：{mz}  就诊卡号：{jz}\n科别：{ks}  开具日期：{dt}\n", n=P("NAME_PATIENT", nm(c, pt)), x=pt.xing,
          a=age_zh(age), mz=P("MRN", mzh(c)), jz=P("ACCOUNT", card(c)), ks=case[0], dt=dzh(c, day))
    d.add("临床诊断：" + case[1] + "\nRp.\n")
    for drug, dose, route in case[2]:
        d.add(drug + " × {k}盒  用法：" + dose + " " + route + "\n", k=c.ri(1, 4))
    d.add("医师：{dn}（医师执业证书编号：{zs}）  审核药师：{ys}  调配：{tp}  核对发药：{fy}\n", dn=P("NAME_CLINICIAN", doc_name(c)), zs=P("LICENSE", yszz(c)),
          ys=P("NAME_CLINICIAN", doc_name(c)), tp=P("NAME_CLINICIAN", doc_name(c)), fy=P("NAME_CLINICIAN", doc_name(c)))
    d.add("金额：{je}元  电子处方流转终端IP：{ip}  患者手机：{ph}\n", je=c.fl(30, 800, 2), ip=P("IP", ip_addr(c)), ph=P("PHONE", mobile_zh(c)))
    return d


def t_weiji(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.12, 20, 88)
    day = rdate(c)
    item = c.ch((("⟦lab|血钾 {v} mmol/L⟧", lambda: c.fl(6.5, 7.9), "肾内科 12床",
                  "予⟦dr|葡萄糖酸钙⟧ ⟦do|10ml⟧静推、⟦dr|胰岛素⟧加葡萄糖静滴，复查电解质"),
                 ("⟦lab|血钾 {v} mmol/L⟧", lambda: c.fl(2.0, 2.7), "消化内科 20床", "予⟦dr|氯化钾⟧ ⟦do|1.5g⟧口服并静脉补钾"),
                 ("⟦lab|血糖 {v} mmol/L⟧", lambda: c.fl(1.6, 2.4), "内分泌科 5床", "予⟦dr|50%葡萄糖⟧ ⟦do|40ml⟧静推"),
                 ("⟦lab|血小板 {v}×10^9/L⟧", lambda: c.ri(5, 19), "血液科 8床", "申请输注⟦dr|单采血小板⟧"),
                 ("⟦lab|血红蛋白 {v} g/L⟧", lambda: c.ri(38, 49), "急诊内科", "申请输注⟦dr|悬浮红细胞⟧，查找出血原因"),
                 ("⟦lab|肌钙蛋白I {v} ng/ml⟧", lambda: c.fl(1.5, 40), "心内科CCU 3床", "启动⟦fi|急性冠脉综合征⟧流程")))
    d.add("{h}检验科\n检验危急值报告登记\n", h=P("HOSPITAL", hosp3(c, g)))
    d.add("患者：{n}  {x}  {a}  {loc}  ID号：{m}  就诊卡号：{jz}\n", n=P("NAME_PATIENT", nm(c, pt)), x=pt.xing, a=age_zh(age),
          loc=item[2], m=P("MRN", mrn_zh(c)), jz=P("ACCOUNT", card(c)))
    d.add("标本号：{bb}  条码号：{tm}  标本类型：{lx}  采集时间：{dt} {t1}\n", bb=P("ACCESSION", f"{c.digits(8)}"), tm=P("ACCESSION", c.digits(12)),
          lx=c.ch(("静脉血", "血清", "EDTA抗凝全血")), dt=dzh(c, day), t1=f"{(t1h := c.ri(0, 21)):02d}:{c.ri(0, 59):02d}")
    d.add("危急值项目：" + item[0] + "（已复核，排除标本溶血）\n", v=item[1]())
    d.add("报告时间：{t2}  报告人：{bg}  通知方式：电话（{ph}）\n接收人：{js}（{role}）  复述确认：是\n", t2=f"{t1h + 1:02d}:{c.ri(0, 59):02d}", bg=P("NAME_CLINICIAN", doc_name(c)),
          ph=P("PHONE", land_zh(c, g.area)), js=P("NAME_CLINICIAN", doc_name(c)),
          role=c.ch(("护士", "值班医师")))
    d.add("临床处理：" + item[3] + "。主管医师{sur}医生已查看患者。\n", sur=P("NAME_CLINICIAN", person3(c).sur or "杨"))
    d.add("LIS终端：{ip}  登记日期：{d2}\n", ip=P("IP", ip_addr(c)), d2=dzh(c, day, c.ch(YEAR_STYLES)))
    return d


def t_jiaojie(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.5, 60, 89)
    day = rdate(c)
    ward = c.ch(("神经内科", "老年医学科", "心内科", "ICU"))
    d.add("{h} {ks}\n护理交接单（{sh}）  日期：{dt}\n", h=P("HOSPITAL", hosp3(c, g)), ks=ward,
          sh=c.ch(("白班→小夜班", "小夜班→大夜班", "大夜班→白班")), dt=dzh(c, day))
    d.add("床号：{bed}  姓名：{n}  年龄：{a}  住院号：{m}  护理级别：{lv}\n", bed=c.ri(1, 45), n=P("NAME_PATIENT", nm(c, pt)), a=age_zh(age),
          m=P("MRN", mrn_zh(c)), lv="特级" if "ICU" in ward else c.ch(("一级", "二级")))
    d.add("诊断：{dx}\n", dx=c.ch(("⟦fi|脑梗死⟧", "⟦ep|帕金森病⟧伴⟦fi|吸入性肺炎⟧", "⟦fi|急性心力衰竭⟧", "⟦fi|股骨颈骨折⟧术后")))
    d.add("S：{who}诉{sy}。\nB：{a2}岁，{hist}。\n", who=P("NAME_PATIENT", pt.given if given_ok(pt) else pt.full),
          sy=c.ch(("胸闷较前缓解", "夜间入睡困难", "伤口疼痛评分3分")), a2=age_zh(age)[0], hist=c.ch(("⟦fi|高血压⟧20年", "⟦fi|糖尿病⟧10年", "长期卧床")))
    d.add("A：⟦me|T 36.{t}℃⟧，⟦me|P {p}次/分⟧，⟦me|BP {s}/{dd}mmHg⟧，⟦me|SpO2 {o}%⟧；⟦ep|Braden评分 {bd}分⟧，⟦me|Morse跌倒评分 {mf}分⟧；"
          "⟦ep|Foley导尿管⟧通畅，尿量{ur}ml。\n", t=c.ri(3, 9), p=c.ri(60, 110), s=c.ri(100, 170), dd=c.ri(55, 95), o=c.ri(90, 99),
          bd=c.ri(10, 16), mf=c.ri(25, 70), ur=c.ri(600, 2000))
    if c.chance(0.6):
        d.add("管路/设备：{dev}（序列号{sn}），", dev=c.ch(("胰岛素泵", "动态心电记录仪", "输液港", "鼻饲营养泵")), sn=P("DEVICE", dev_sn(c)))
    d.add("⟦pr|PICC置管⟧⟦an|右上臂⟧，外露{cm}cm。\nR：继续⟦dr|呋塞米⟧ ⟦do|20mg iv⟧，夜间注意翻身；家属{rn}（{rel}，{ph}）留陪。\n",
          cm=c.ri(0, 3), rn=P("NAME_RELATIVE", nm(c, person3(c), 0)), rel=c.ch(("儿子", "女儿", "护工", "老伴")), ph=P("PHONE", mobile_zh(c)))
    d.add("交班护士：{a1}  接班护士：{a2}  护士长：{hz}\n", a1=P("NAME_CLINICIAN", doc_name(c)), a2=P("NAME_CLINICIAN", doc_name(c)),
          hz=P("NAME_CLINICIAN", doc_name(c)))
    return d


def t_zhuanyuan(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    g2 = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.1, 18, 88)
    day = rdate(c)
    dob = dob_for(c, age, day)
    h1 = hosp3(c, g)
    h2 = c.ch((f"{g2.city[:-1]}医科大学附属第一医院", f"{g2.city}第一人民医院", f"{g2.city}中心医院", f"{g2.city[:-1]}大学附属医院"))
    d.add("{h1}\n转院申请单\n", h1=P("HOSPITAL", h1))
    d.add("患者姓名：{n}  性别：{x}  年龄：{a}  身份证号：{idc}\n住院号：{m}  医保类型：{yt}  医保个人编号：{yb}\n", n=P("NAME_PATIENT", nm(c, pt)), x=pt.xing,
          a=age_zh(age), idc=P("ID_CARD", id_card(c, dob, pt.sex)), m=P("MRN", mrn_zh(c)), yt=c.ch(("职工医保", "城乡居民医保")), yb=P("INSURANCE", yibao(c)))
    d.add("家庭住址：{ad}  邮编：{pc}\n", ad=addr3(c, g), pc=P("POSTCODE", postcode_zh(c, g)))
    dx, tx, need = c.ch((
        ("⟦fi|主动脉夹层（Stanford A型）⟧", "⟦dr|乌拉地尔⟧ ⟦do|10mg/h⟧泵入控制血压", "⟦pr|主动脉弓置换术⟧"),
        ("⟦fi|重症急性胰腺炎⟧", "禁食、⟦dr|奥曲肽⟧ ⟦do|0.1mg q8h⟧", "⟦pr|ECMO⟧及⟦pr|连续性肾脏替代治疗⟧"),
        ("⟦ep|霍奇金淋巴瘤⟧（Ⅲ期）复发", "⟦pr|骨髓穿刺⟧及⟦pr|淋巴结活检⟧", "⟦pr|自体造血干细胞移植⟧"),
        ("⟦fi|颅内动脉瘤破裂⟧伴⟦fi|蛛网膜下腔出血⟧", "⟦dr|尼莫地平⟧ ⟦do|1mg/h⟧泵入", "⟦pr|介入栓塞术⟧")))
    d.add("入院日期：{d1}  申请日期：{d2}\n目前诊断：" + dx + "\n", d1=dzh(c, plus(day, -c.ri(3, 20))), d2=dzh(c, day))
    d.add("病情摘要：入院后予" + tx + "，⟦lab|血红蛋白 {hb} g/L⟧，⟦me|GCS {gcs}分⟧。因本院不具备" + need + "条件，经家属同意申请转院。\n",
          hb=c.ri(70, 140), gcs=c.ri(9, 15))
    d.add("拟转入医院：{h2}（{c2}）  联系医师：{dn2}  电话：{ph2}  传真：{fx2}\n", h2=P("HOSPITAL", h2), c2=P("CITY", g2.city),
          dn2=P("NAME_CLINICIAN", doc_name(c)), ph2=P("PHONE", land_zh(c, g2.area)), fx2=P("FAX", land_zh(c, g2.area)))
    d.add("转运方式：{how}，车牌号{pl}，随行医护：{sx}\n", how=c.ch(("救护车", "家属自驾车", "120急救车")), pl=P("VEHICLE", plate_zh(c)),
          sx=P("NAME_CLINICIAN", doc_name(c)))
    if c.chance(0.3):
        d.add("患者持港澳居民来往内地通行证：{pp}\n", pp=P("PASSPORT", f"H{c.digits(8)}"))
    d.add("家属意见：同意转院，风险已知晓。签字：{rn}（{rel}）  电话：{ph}\n", rn=P("NAME_RELATIVE", nm(c, person3(c), 0)), rel=c.ch(("配偶", "儿子", "女儿", "父亲")),
          ph=P("PHONE", mobile_zh(c)))
    d.add("申请医师：{dn}（执业证书编号{zs}）  科主任：{kz}  医务科审批：{yw}  本院传真：{fx}\n", dn=P("NAME_CLINICIAN", doc_name(c)), zs=P("LICENSE", yszz(c)),
          kz=P("NAME_CLINICIAN", doc_name(c)), yw=P("NAME_CLINICIAN", doc_name(c)), fx=P("FAX", land_zh(c, g.area)))
    return d


def t_jiufen(c: Ctx) -> Doc:
    d = Doc()
    g = geo3(c)
    pt = person3(c)
    age = pick_age(c, 0.15, 30, 88)
    day = rdate(c)
    rel = person3(c)
    rdob = dob_for(c, c.ri(25, 60), day)
    h = hosp3(c, g)
    d.add("{h}医务部（患者服务中心）\n医疗纠纷沟通记录\n登记号：{dj}\n", h=P("HOSPITAL", h), dj=P("OTHER_ID", f"YJ-{day.year}-{c.digits(5)}"))
    d.add("时间：{dt} {tm}  地点：医患沟通室（全程录音录像）\n", dt=dzh(c, day), tm=hhmm(c, 8, 17))
    d.add("患者：{n}，{x}，{a}，病案号{m}，{ks}出院。\n", n=P("NAME_PATIENT", nm(c, pt)), x=pt.xing, a=age_zh(age), m=P("MRN", mrn_zh(c)),
          ks=c.ch(("骨科", "普外科", "心内科", "妇科")))
    d.add("来访人：{rn}（患者{rl}），身份证号{idc}；委托代理人{dl}，{doc}：{pp}，工作单位：{w}，电话{ph}，邮箱{em}。\n",
          rn=P("NAME_RELATIVE", nm(c, rel, 0)), rl=c.ch(("之子", "配偶", "之兄", "之弟") if rel.sex == "M" else ("之女", "配偶", "之姐", "之妹")), idc=P("ID_CARD", id_card(c, rdob, rel.sex)),
          dl=P("NAME_RELATIVE", nm(c, person3(c), 0)), doc=c.ch(("护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证")),
          pp=P("PASSPORT", c.pick(passport_cn(c), f"H{c.digits(8)}", c.digits(8))), w=P("WORKPLACE", c.fzh.company()), ph=P("PHONE", mobile_zh(c)),
          em=P("EMAIL", email_zh(c)))
    d.add("医方：医务部{yw}、科主任{kz}、主管医师{zg}（执业证书编号{zs}）。\n", yw=P("NAME_CLINICIAN", doc_name(c)), kz=P("NAME_CLINICIAN", doc_name(c)),
          zg=P("NAME_CLINICIAN", doc_name(c)), zs=P("LICENSE", yszz(c)))
    d.add("家属诉求：患者于{od}行{op}后出现{cx}，认为术前告知不充分。\n", od=dzh(c, plus(day, -c.ri(10, 60))),
          op=c.ch(("⟦pr|腰椎后路减压融合术⟧", "⟦ep|Whipple手术⟧", "⟦pr|冠状动脉支架植入术⟧", "⟦pr|腹腔镜子宫肌瘤剔除术⟧")),
          cx=c.ch(("⟦fi|切口感染⟧", "⟦fi|吻合口瘘⟧", "⟦fi|穿刺部位血肿⟧", "⟦fi|深静脉血栓⟧")))
    d.add("医方说明：术前已签署知情同意书，围术期予⟦dr|头孢呋辛⟧ ⟦do|1.5g⟧预防感染，⟦dr|低分子肝素⟧预防血栓；并发症属已告知风险。\n")
    d.add("处理意见：建议通过{city}医疗纠纷人民调解委员会调解，或申请医疗损害鉴定；病历已复印封存（{fd}）。\n", city=P("CITY", g.city),
          fd=dzh(c, plus(day, 1), "md"))
    d.add("医务部传真：{fx}  联系电话：{lph}\n记录人：{jl}  家属签字：{sig}\n", fx=P("FAX", land_zh(c, g.area)), lph=P("PHONE", land_zh(c, g.area)),
          jl=P("NAME_CLINICIAN", doc_name(c)), sig=P("NAME_RELATIVE", rel.full))
    return d


TEMPLATES = [
    ("zh3_mazui_fangshi", t_mazui),
    ("zh3_touxi_jilu", t_touxi),
    ("zh3_shuxue_jilu", t_shuxue),
    ("zh3_kangfu_pingding", t_kangfu),
    ("zh3_yingyang_huizhen", t_yingyang),
    ("zh3_chanqian_shaicha", t_chanqian),
    ("zh3_xinshenger_chusheng", t_xinshenger),
    ("zh3_tijian_wenjuan", t_tijian_wenjuan),
    ("zh3_manbing_suifang", t_manbing),
    ("zh3_jiating_qianyue", t_qianyue),
    ("zh3_menzhen_chufang", t_chufang),
    ("zh3_weijizhi_baogao", t_weiji),
    ("zh3_huli_jiaojie", t_jiaojie),
    ("zh3_zhuanyuan_shenqing", t_zhuanyuan),
    ("zh3_jiufen_goutong", t_jiufen),
]
