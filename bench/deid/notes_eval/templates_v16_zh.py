"""v16 Chinese templates, part 1 (six document types; part 2 is templates_v16_zh2.py). TEMPLATES
lists all twelve. Written for v16 without reading any earlier version's templates or notes."""

# ruff: noqa: E501  (document text is kept on one line per printed line)

from __future__ import annotations

import templates_v16_zh2 as zh2
from _core import Ctx, Doc, P
from _v16_kit import (
    ZH_SMALL,
    ZH_WORK,
    ZhAddr,
    day,
    dob,
    email,
    hk_permit,
    idcard,
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
    """An age over 89 in one of the ways Chinese notes write it."""
    b, v, a = c.pick(("", str(n), "岁"), ("", str(n), "岁"), ("", str(n), "周岁"), ("年龄", str(n), "岁"), ("", str(n), "岁高龄"),
                     ("", CN_NUM.get(n, str(n)), "岁"), ("", f"{n}Y", ""), ("", str(n), "岁老人"))
    return [b, P("AGE_OVER_89", v), a]


def addr(c: Ctx, a: ZhAddr) -> list:
    out = [] if a.muni else [P("PROVINCE_STATE", a.prov)]
    return out + [P("CITY", a.city), P("ADDRESS_STREET", a.street)]


def occ_dx(c: Ctx) -> Doc:
    """职业病诊断证明书 (三联, 诊断机构存根)."""
    d, pt, a, when = Doc(), zh_person(c), ZhAddr(c), day(c)
    docs = [zh_doc(c) for _ in range(3)]
    kind = c.pick("尘", "噪", "振")
    pb = dob(c, 32, 62)
    d.add("{h}\n职业病诊断证明书\n编号：{no}\n\n", h=P("HOSPITAL", c.pick("省职业病防治院", f"{a.city.replace('市', '')}市职业病防治所", "市疾控中心职业病门诊")),
          no=P("OTHER_ID", f"职诊〔{when.year}〕第{c.digits(4)}号" if c.chance(0.5) else f"ZYB{when.year}{c.digits(5)}"))
    d.add("劳动者姓名：{n}　性别：{s}　出生日期：{b}\n身份证号：{id}\n用人单位：{w}\n单位联系电话：{tel}　传真：{fx}\n现住址：", n=P("NAME_PATIENT", pt.padded(c)), s="男" if pt.sex == "M" else "女",
          b=P("DATE", zh_date(c, pb, "cn")), id=P("ID_CARD", idcard(c, pb, pt.sex)), w=P("WORKPLACE", c.ch(ZH_WORK)), tel=P("PHONE", zh_land(c, a)), fx=P("FAX", zh_land(c, a)))
    d.add("{ad}　邮编 {pc}\n医保个人编号：{ins}\n\n", ad=addr(c, a), pc=P("POSTCODE", a.post), ins=P("INSURANCE", c.digits(12)))
    if kind == "尘":
        d.add("职业史：{y}年起从事石材切割，接触矽尘约{n}年。\n诊断结论：⟦fi|职业性矽肺壹期⟧。\n依据：⟦pr|高千伏胸片⟧示⟦an|双肺中下区⟧⟦fi|小阴影⟧，密集度⟦me|1级⟧；⟦lab|FEV1/FVC 68%⟧。\n",
              y=when.year - c.ri(8, 20), n=c.ri(8, 20))
    elif kind == "噪":
        d.add("职业史：冲压车间操作工，噪声强度⟦me|92 dB(A)⟧。\n诊断结论：⟦fi|职业性噪声聋⟧（轻度）。\n依据：⟦pr|纯音测听⟧双耳高频平均听阈⟦me|48 dBHL⟧，⟦an|双耳⟧语频平均听阈⟦me|31 dBHL⟧。\n")
    else:
        d.add("职业史：手持凿岩机作业{n}年。\n诊断结论：⟦fi|职业性手臂振动病⟧。\n依据：反复发作⟦ep|雷诺现象⟧（白指），⟦pr|冷水复温试验⟧阳性，⟦an|双手⟧⟦fi|指端感觉减退⟧。\n", n=c.ri(6, 18))
    d.add("处理意见：脱离原作业岗位，{tx}，定期复查。\n\n", tx=c.pick("⟦dr|乙酰半胱氨酸⟧⟦do|0.6g tid⟧", "⟦dr|甲钴胺⟧⟦do|0.5mg tid⟧", "⟦dr|银杏叶提取物片⟧⟦do|40mg tid⟧"))
    d.add("诊断医师：{a}（执业证书编号 {l1}）　{b}　{cc}\n", a=P("NAME_CLINICIAN", docs[0].full), l1=P("LICENSE", zh_license(c)), b=P("NAME_CLINICIAN", docs[1].full), cc=P("NAME_CLINICIAN", docs[2].full))
    d.add("诊断日期：{dt}　　送达劳动者签收：{sg}　{sd}\n", dt=P("DATE", zh_date(c, when, "cn")), sg=P("NAME_PATIENT", pt.full), sd=P("DATE", zh_date(c, later(when, c.ri(1, 9)), c.pick("cn", "dot"))))
    return d


def dx_cert(c: Ctx) -> Doc:
    """门诊疾病诊断证明书（病假证明）."""
    d, pt, a, when = Doc(), zh_person(c), ZhAddr(c), day(c)
    doc = zh_doc(c)
    elderly = c.chance(0.3)
    h = zh_hospital(c, a)
    d.add("{h}\n疾 病 诊 断 证 明 书\nNo. {no}\n\n", h=P("HOSPITAL", h), no=P("OTHER_ID", c.pick(f"ZM{c.digits(8)}", c.digits(10))))
    d.add("姓名 {n}　性别 {s}　年龄 ", n=P("NAME_PATIENT", pt.padded(c)), s="男" if pt.sex == "M" else "女")
    d.add("{age}\n", age=zage(c, old(c)) if elderly else f"{c.ri(18, 65)}岁")
    d.add("门诊号 {m}　就诊卡号 {card}　医保卡号 {ins}\n身份证号 {id}\n", m=P("MRN", c.pick(c.digits(10), f"MZ{c.digits(8)}")), card=P("ACCOUNT", c.digits(12)), ins=P("INSURANCE", c.pick(f"{a.code}{c.digits(9)}", f"H{c.digits(11)}")),
          id=P("ID_CARD", idcard(c, dob(c, 91, 99) if elderly else dob(c, 18, 65), pt.sex)))
    if not elderly:
        d.add("工作单位 {w}\n", w=P("WORKPLACE", c.ch(ZH_WORK)))
    d.add("\n诊断：{dx}\n\n", dx=c.pick("⟦fi|右桡骨远端骨折⟧（⟦ep|Colles骨折⟧）", "⟦fi|急性阑尾炎⟧术后", "⟦fi|腰椎间盘突出症⟧（⟦an|L4/5⟧）", "⟦ep|贝尔面瘫⟧（⟦an|左侧⟧）", "⟦fi|带状疱疹⟧"))
    da, db = P("DATE", zh_date(c, when, c.pick("md", "cn"))), P("DATE", zh_date(c, later(when, c.ri(7, 30)), c.pick("md", "cn")))
    d.add(c.pick("建议：休息两周（{a}至{b}），避免负重。\n", "建议：全休一个月，{a}起，{b}复诊。\n", "建议：继续口服⟦dr|泼尼松⟧⟦do|30mg qd⟧及⟦dr|伐昔洛韦⟧⟦do|0.3g bid⟧，休息（{a}—{b}）。\n"), a=da, b=db)
    d.add("备注：{rem}\n\n", rem=c.pick("本证明仅供请假用。", "需复印件请至门诊部盖章。", ["家属", P("NAME_RELATIVE", zh_person(c).full), "代领。"]))
    d.add("医师签名：{dn}（执业证书编号 {l}）　　日期：{dd}\n", dn=P("NAME_CLINICIAN", doc.full), l=P("LICENSE", zh_license(c)), dd=P("DATE", zh_date(c, when, c.pick("dash", "cn", "slash"))))
    d.add("门诊部审核：{au}　　（盖章）\n", au=P("NAME_CLINICIAN", zh_doc(c).full))
    return d


def kindergarten(c: Ctx) -> Doc:
    """儿童入园（所）健康检查表."""
    d, kid, a, when = Doc(), zh_person(c, minority=0.15), ZhAddr(c), day(c)
    ma, fa = zh_person(c, "F"), zh_person(c, "M")
    yrs = c.ri(2, 5)
    small = c.ch(ZH_SMALL)
    d.add("儿童入园（所）健康检查表\n\n姓名：{n}　小名：{sm}　性别：{s}　出生日期：{b}\n", n=P("NAME_PATIENT", kid.padded(c)), sm=P("NAME_PATIENT", small), s="男" if kid.sex == "M" else "女",
          b=P("DATE", zh_date(c, later(when, -365 * yrs - c.ri(20, 330)), c.pick("cn", "dash"))))
    d.add("父亲姓名：{f}　工作单位：{fw}　电话：{fp}\n母亲姓名：{m}　电话：{mp}\n家庭住址：", f=P("NAME_RELATIVE", fa.full), fw=c.ch(ZH_WORK), fp=P("PHONE", zh_mobile(c)), m=P("NAME_RELATIVE", ma.full), mp=P("PHONE", zh_mobile(c)))
    d.add("{ad}\n拟入园所：{k}\n\n", ad=addr(c, a), k=c.pick("实验幼儿园", "阳光宝贝幼儿园", "机关第二幼儿园", "童心托育中心"))
    d.add("既往病史：{hx}　过敏史：{al}\n预防接种：按程序完成，接种证已查验。\n", hx=c.pick("无", "⟦ep|川崎病⟧（2岁时，已愈，⟦pr|心脏超声⟧复查无⟦fi|冠状动脉扩张⟧）", "⟦fi|热性惊厥⟧1次", "⟦fi|支气管肺炎⟧住院1次"),
          al=c.pick("无", "鸡蛋", "⟦dr|头孢克洛⟧"))
    d.add("体格检查：身高⟦me|{h} cm⟧　体重⟦me|{w} kg⟧　视力 左⟦me|4.9⟧ 右⟦me|4.9⟧　龋齿 {car}颗\n", h=c.ri(85, 112), w=c.ri(11, 21), car=c.ri(0, 4))
    d.add("实验室检查：⟦lab|血红蛋白 {hb} g/L⟧　⟦lab|ALT 14 U/L⟧（条码 {bc}）\n", hb=c.ri(98, 132), bc=P("ACCESSION", c.digits(12)))
    d.add("检查结果：{res}\n\n", res=c.pick("合格，可以入园。", "⟦fi|轻度贫血⟧，建议补充⟦dr|蛋白琥珀酸铁口服液⟧⟦do|15ml bid⟧后复查，可以入园。", "合格。"))
    d.add("检查医生：{dn}　检查单位：{h}（盖章）\n检查日期：{dt}\n", dn=P("NAME_CLINICIAN", zh_doc(c).full), h=P("HOSPITAL", c.pick(f"{a.district}妇幼保健院", zh_hospital(c, a))),
          dt=P("DATE", zh_date(c, when, "cn")))
    d.add("备注：家长{who}现场签字，电话回访号码同上。\n", who=P("NAME_RELATIVE", c.pick(ma.full, fa.full, ma.given)))
    return d


def premarital(c: Ctx) -> Doc:
    """婚前医学检查表（女方）及婚前医学检查证明."""
    d, w, m, a, when = Doc(), zh_person(c, "F"), zh_person(c, "M"), ZhAddr(c), day(c)
    wb = dob(c, 22, 36)
    d.add("婚前医学检查表（女）\n编号：{no}\n\n", no=P("OTHER_ID", f"HJ{when.year}{c.digits(6)}"))
    d.add("姓名 {n}　出生日期 {b}　民族 {eth}\n", n=P("NAME_PATIENT", w.full), b=P("DATE", zh_date(c, wb, "cn")), eth=c.pick("汉", "汉", "回", "壮", "维吾尔", "土家"))
    if c.chance(0.75):
        d.add("身份证号 {id}\n", id=P("ID_CARD", idcard(c, wb, "F")))
    else:
        d.add("证件：港澳居民来往内地通行证（回乡证）{pp}\n", pp=P("PASSPORT", hk_permit(c)))
    d.add("职业 {job}　工作单位 {wk}\n现住址 ", job=c.pick("教师", "会计", "护士", "个体", "公务员"), wk=P("WORKPLACE", c.ch(ZH_WORK)))
    d.add("{ad}　邮编 {pc}\n联系电话 {ph}　电子邮箱 {em}\n对方姓名 {m}　对方电话 {mp}\n\n", ad=addr(c, a), pc=P("POSTCODE", a.post), ph=P("PHONE", zh_mobile(c)), em=P("EMAIL", email(c)),
          m=P("NAME_RELATIVE", m.full), mp=P("PHONE", zh_mobile(c)))
    d.add("血缘关系：无　既往史：{hx}\n月经史：13岁初潮，⟦me|5/28⟧天\n家族史：外祖母", hx=c.pick("无", "⟦ep|格雷夫斯病⟧，口服⟦dr|甲巯咪唑⟧⟦do|5mg qd⟧", "⟦fi|地中海贫血⟧（轻型）"))
    d.add("{age}，健在。\n", age=zage(c, old(c)))
    d.add("\n检查：⟦me|血压 112/70 mmHg⟧，⟦an|甲状腺⟧{thy}；妇科检查未见异常。\n检验：⟦lab|HBsAg 阴性⟧，⟦lab|梅毒螺旋体抗体 阴性⟧，⟦lab|HIV抗体 阴性⟧，⟦lab|血红蛋白 {hb} g/L⟧，⟦lab|MCV {mcv} fL⟧（标本号 {sp}）\n",
          thy=c.pick("不大", "⟦fi|Ⅰ度肿大⟧"), hb=c.ri(104, 138), mcv=c.ri(64, 92), sp=P("ACCESSION", c.pick(f"H{c.digits(9)}", c.digits(10))))
    d.add("医学意见：{op}\n\n", op=c.pick("未发现医学上不宜结婚的情形。", "建议男方行⟦pr|地中海贫血基因检测⟧后再行生育咨询。"))
    d.add("主检医师：{dn}　　检查日期：{dt}\n{h}婚检门诊（咨询电话 {tel}）\n", dn=P("NAME_CLINICIAN", zh_doc(c).full), dt=P("DATE", zh_date(c, when, c.pick("cn", "dot"))), h=P("HOSPITAL", zh_hospital(c, a)), tel=P("PHONE", zh_land(c, a)))
    return d


PINYIN = (("张伟", "ZHANG WEI", "M"), ("李秀英", "LI XIUYING", "F"), ("王建国", "WANG JIANGUO", "M"), ("陈静怡", "CHEN JINGYI", "F"),
          ("刘海波", "LIU HAIBO", "M"), ("欧阳振华", "OUYANG ZHENHUA", "M"), ("黄美玲", "HUANG MEILING", "F"), ("吕铁柱", "LYU TIEZHU", "M"),
          ("司马晓燕", "SIMA XIAOYAN", "F"), ("曾德明", "ZENG DEMING", "M"), ("郑红霞", "ZHENG HONGXIA", "F"), ("骆家豪", "LUO JIAHAO", "M"))


def travel_health(c: Ctx) -> Doc:
    """国际旅行健康检查记录（出境劳务人员）及证明书存根."""
    d, a, when = Doc(), ZhAddr(c), day(c)
    zh, py, sex = c.ch(PINYIN)
    pb = dob(c, 22, 55)
    d.add("{h}\n国际旅行健康检查记录表\n\n证书编号：{no}\n", h=P("HOSPITAL", c.pick("国际旅行卫生保健中心", "海关国际旅行卫生保健中心(泉州分中心)", "国际旅行卫生保健中心口岸门诊部")),
          no=P("OTHER_ID", f"{c.digits(4)}{when.year}{c.digits(6)}"))
    d.add("姓名 {n}　NAME {py}　性别 {s}\n护照号 {pp}　出生日期 {b}\n", n=P("NAME_PATIENT", zh), py=P("NAME_PATIENT", py), s="男" if sex == "M" else "女",
          pp=P("PASSPORT", zh_passport(c)), b=P("DATE", zh_date(c, pb, "dash")))
    d.add("前往国家/地区：{ct}　出境事由：{why}\n派出单位：{w}　联系人电话：{ph}\n单位传真：{fx}　电子邮箱：{em}\n\n", ct=c.pick("沙特阿拉伯", "安哥拉", "印度尼西亚", "阿联酋", "巴基斯坦"),
          why=c.pick("劳务", "工程承包", "留学"), w=P("WORKPLACE", c.pick("中铁十一局三公司", "中国电建海外工程部", "潍柴动力股份有限公司", "比亚迪汽车工业有限公司")), ph=P("PHONE", zh_mobile(c)),
          fx=P("FAX", zh_land(c, a)), em=P("EMAIL", email(c)))
    d.add("既往史：{hx}\n体检：⟦me|血压 {bp}⟧，心肺未见异常，⟦pr|胸部X线⟧：{cx}\n", hx=c.pick("无", "⟦fi|高血压⟧，服⟦dr|氨氯地平⟧⟦do|5mg qd⟧", "⟦fi|乙肝病毒携带⟧"),
          bp=c.pick("128/82 mmHg", "146/94 mmHg"), cx=c.pick("未见异常", "⟦an|右上肺⟧⟦fi|陈旧性结核灶⟧"))
    d.add("检验（标本号 {sp}）：⟦lab|HIV抗体 阴性⟧　⟦lab|梅毒TRUST 阴性⟧　⟦lab|疟原虫 未检出⟧　⟦lab|ALT 22 U/L⟧\n", sp=P("ACCESSION", f"GJ{c.digits(9)}"))
    d.add("预防接种：⟦dr|黄热病疫苗⟧⟦do|0.5ml 皮下注射⟧（{d1}），⟦dr|口服霍乱疫苗⟧；预防用药：⟦dr|阿托伐醌氯胍⟧⟦do|1片 qd⟧。\n",
          d1=P("DATE", zh_date(c, later(when, c.ri(0, 3)), c.pick("cn", "dot"))))
    d.add("结论：{r}\n主检医师：{dn}　签发日期：{dt}\n报告查询：{u}\n", r=c.pick("未发现检疫传染病及禁止出境疾病。", "建议治疗后复查。"), dn=P("NAME_CLINICIAN", zh_doc(c).full),
          dt=P("DATE", zh_date(c, later(when, c.ri(1, 4)), "cn")), u=P("URL", url(c, "ithc.customs-health.cn", "report")))
    return d


def rescue(c: Ctx) -> Doc:
    """急诊抢救记录 (time-stamped, by the rescue team)."""
    d, pt, when = Doc(), zh_person(c), day(c)
    fam = zh_person(c)
    lead, nurse = zh_doc(c), zh_doc(c)
    n = old(c) if c.chance(0.55) else c.ri(40, 85)
    d.add("{h} 急诊科\n抢 救 记 录\n\n姓名：{n}　性别：{s}　年龄：", h=P("HOSPITAL", zh_hospital(c)), n=P("NAME_PATIENT", pt.padded(c)), s="男" if pt.sex == "M" else "女")
    d.add("{age}　急诊号：{m}　床号：抢救3床\n", age=zage(c, n) if n > 89 else f"{n}岁", m=P("MRN", c.pick(f"JZ{c.digits(9)}", c.digits(10))))
    d.add("抢救日期：{dt}\n\n", dt=P("DATE", zh_date(c, when, c.pick("cn", "dash"))))
    h0 = c.ri(0, 19)
    t = [f"{h0:02d}:{m:02d}" for m in (c.ri(0, 5), c.ri(6, 9), c.ri(12, 19), c.ri(25, 39))] + [f"{h0 + 1:02d}:{c.ri(0, 40):02d}"]
    d.add("{t0} 患者由120送入（车牌 {pl}），家属{f}陪同，诉“{cc}”。\n", t0=t[0], pl=P("VEHICLE", zh_plate(c, c.pick("京A", "浙E", "川B", "豫C", "湘D"))), f=P("NAME_RELATIVE", fam.full),
          cc=c.pick("突发胸痛2小时", "在家中跌倒后呼之不应", "呕血约500ml"))
    d.add("{t1} ⟦me|心电监护示室颤⟧，立即⟦pr|胸外心脏按压⟧，⟦pr|电除颤⟧⟦me|200J⟧一次，⟦dr|肾上腺素⟧⟦do|1mg iv⟧。\n{t2} 恢复窦性心律，⟦me|BP 86/50mmHg⟧，⟦me|SpO2 88%⟧，⟦pr|经口气管插管⟧接呼吸机。\n", t1=t[1], t2=t[2])
    d.add("{t3} ⟦pr|床旁心电图⟧：⟦fi|急性下壁心肌梗死⟧；⟦lab|肌钙蛋白I 12.6 ng/ml⟧；⟦pr|头颅CT⟧检查号 {ac} 未见出血。出现⟦ep|潮式呼吸（Cheyne-Stokes呼吸）⟧。\n", t3=t[3], ac=P("ACCESSION", f"CT{c.digits(9)}"))
    if c.chance(0.35):
        d.add("　　胸壁可及起搏器，程控仪读取序列号 {sn}。\n", sn=P("DEVICE", f"{c.letters(3)}{c.digits(6)}"))
    d.add("{t4} 向家属{f2}（电话 {ph}）交代病情危重，家属要求继续抢救，签字为证。联系{dr}主任会诊，拟转导管室。\n", t4=t[4], f2=P("NAME_RELATIVE", c.pick(fam.full, fam.given if len(fam.given) >= 2 and fam.sur else fam.full)),
          ph=P("PHONE", zh_mobile(c)), dr=P("NAME_CLINICIAN", zh_doc(c).sur))
    d.add("\n参加抢救人员：{a}、{b}护士、{cn}\n记录者：{r}　　补记时间：{rt}\n", a=P("NAME_CLINICIAN", lead.full), b=P("NAME_CLINICIAN", nurse.sur), cn=P("NAME_CLINICIAN", zh_doc(c).full),
          r=P("NAME_CLINICIAN", lead.full), rt=P("DATE", zh_date(c, when, "md")))
    return d


TEMPLATES = [
    ("zh16_occ_dx", occ_dx),
    ("zh16_dx_cert", dx_cert),
    ("zh16_kindergarten", kindergarten),
    ("zh16_premarital", premarital),
    ("zh16_travel_health", travel_health),
    ("zh16_rescue", rescue),
    *zh2.TEMPLATES,
]
