"""v34 Chinese templates, part 1 (README.md "v34"): 体检报告领取登记簿, 医疗救助申请审批表,
住院患者外出请假单, 静脉用药调配中心输液标签, 临床试验受试者交通补贴签收表, 药物过敏警示卡.
TEMPLATES lists all twelve (part 2: templates_v34_zh2.py)."""

# ruff: noqa: E501, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v34_kit as k
from _v34_kit import Doc, P

V34_ZH_WORDLIKE = k.ZH_WORDLIKE

# fmt: off
ABN = ("⟦fi|甲状腺结节⟧（⟦me|TI-RADS 3类⟧）", "⟦lab|谷丙转氨酶 68 U/L⟧", "⟦fi|脂肪肝⟧", "⟦lab|空腹血糖 7.4 mmol/L⟧", "⟦fi|肺结节⟧（⟦an|右肺上叶⟧ 6mm）", "⟦lab|尿酸 512 μmol/L⟧", "⟦fi|窦性心动过缓⟧", "未见明显异常")
# fmt: on


# fmt: off
def tijian_lingqu(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); d = k.day(c); clerk = k.zname(c)
    doc = Doc().put(P("HOSPITAL", hosp), "健康管理中心  体检报告领取登记簿\n登记日期：", k.zdp(c, d), "  发放人：", P("NAME_CLINICIAN", clerk.full), "\n")
    doc.put("体检号 | 姓名 | 性别 | 年龄 | 单位 | 主要异常 | 领取方式 | 联系电话 | 领取日期\n")
    for _ in range(c.ri(3, 5)):
        age = c.ri(22, 70)
        if c.chance(0.15):
            fn, sx, pp = k.foreign(c)
            who = [P("NAME_PATIENT", fn), "（护照 ", P("PASSPORT", pp), "）"]; sex = "男" if sx == "M" else "女"; z = None
        else:
            z = k.zname(c); who = [P("NAME_PATIENT", z.full)]; sex = "男" if z.sex == "M" else "女"
        way = "本人"
        if z and c.chance(0.3):
            rel, kz = k.zkin(c, z, [clerk])
            way = ["代领：", P("NAME_RELATIVE", kz.full), "（", rel, "，身份证 ", P("ID_CARD", k.id_card(c, a, k.born(c, c.ri(25, 60), d), kz.sex)), "）"]
        elif c.chance(0.25):
            way = "邮寄"
        doc.put(P("MRN", f"TJ{c.digits(9)}"), " | ", who, " | ", sex, " | ", age, " | ", P("WORKPLACE", c.ch(k.ZEMPLOYERS)), " | ", c.ch(ABN), " | ", way, " | ", P("PHONE", k.mobile(c)), " | ", k.zdp(c, k.add(d, c.ri(0, 6)), "md"), "\n")
    if c.chance(0.5):
        doc.put("\n电子报告已推送：", P("URL", k.link(c, "tj.health.example.cn/r")), "（凭手机号后四位查看）\n")
    if c.chance(0.3):
        doc.put("团检联系人邮箱：", P("EMAIL", f"hr{c.digits(4)}@{c.ch(('qq.com', '163.com', '126.com'))}"), "\n")
    doc.put("备注：异常结果已电话通知，建议复查⟦pr|甲状腺彩超⟧及⟦pr|胸部CT⟧。\n")
    return doc


def yiliao_jiuzhu(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat = k.zname(c); d = k.day(c); age = k.zage(c, 0.1, 8, 88); dob = k.born(c, age, d)
    rel, kz = k.zkin(c, pat, [], old=age > 65); off = k.zname(c)
    dx = c.ch((("⟦fi|急性淋巴细胞白血病⟧", "⟦pr|诱导化疗⟧（⟦dr|长春新碱⟧ ⟦do|1.5mg/m²⟧）"), ("⟦fi|尿毒症⟧", "⟦pr|维持性血液透析⟧ 每周3次"), ("⟦fi|股骨干骨折⟧", "⟦pr|髓内钉内固定术⟧"), ("⟦fi|2型糖尿病⟧伴⟦fi|糖尿病足⟧", "⟦pr|清创术⟧、⟦dr|胰岛素⟧治疗")))
    doc = Doc().put("城乡医疗救助申请审批表\n申请日期：", k.zdp(c, d), "   编号：", P("OTHER_ID", f"JZ{c.digits(10)}"), "\n")
    doc.put("申请人：", P("NAME_PATIENT", pat.full), "  性别：", "男" if pat.sex == "M" else "女", "  年龄：", k.zage_p(age), "岁\n身份证号：", P("ID_CARD", k.id_card(c, a, dob, pat.sex)), "\n")
    doc.put("户籍地址：", k.zh_addr(c, a), "  邮编：", P("POSTCODE", a.post), "\n")
    doc.put("医保卡号：", P("INSURANCE", k.yibao(c, a)), "  低保证号：", P("OTHER_ID", f"DB{c.digits(8)}"), "\n")
    if c.chance(0.3):
        doc.put("工作单位：", P("WORKPLACE", c.ch(k.ZEMPLOYERS)), "（已停薪）\n")
    doc.put("就诊医院：", P("HOSPITAL", hosp), "  住院号：", P("MRN", k.zyno(c)), "  结算单号：", P("ACCOUNT", f"JS{c.digits(12)}"), "\n")
    doc.put("住院时间：", k.zdp(c, k.add(d, -c.ri(20, 60)), "iso"), " 至 ", k.zdp(c, k.add(d, -c.ri(1, 10)), "iso"), "\n诊断：", dx[0], "；治疗：", dx[1], "\n")
    doc.put("总费用 ", f"{c.ri(18000, 160000):,}.{c.ri(10, 99)}", " 元，统筹支付后个人自付 ", f"{c.ri(5000, 40000):,}.{c.ri(10, 99)}", " 元。\n")
    doc.put("代理人：", P("NAME_RELATIVE", kz.full), "（", rel, "） 电话：", P("PHONE", k.mobile(c)))
    doc.put(["  邮箱：", P("EMAIL", f"{c.letters(2).lower()}{c.digits(6)}@{c.ch(('qq.com', '163.com', 'sina.com'))}")] if c.chance(0.5) else "", "\n")
    doc.put("医院医保办审核：", P("NAME_CLINICIAN", off.full), "  ", k.zdp(c, k.add(d, c.ri(1, 5)), "cn"))
    doc.put(["  民政局传真：", P("FAX", k.landline(c, a))] if c.chance(0.6) else "", "\n")
    return doc


def waichu_qingjia(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat = k.zname(c); doc_, nurse = k.znames(c, 2); d = k.day(c); age = k.zage(c, 0.2, 30, 88)
    rel, kz = k.zkin(c, pat, [doc_, nurse], old=age > 65)
    dx = c.ch(("⟦fi|社区获得性肺炎⟧，⟦dr|头孢曲松钠⟧ ⟦do|2g qd⟧ 静滴", "⟦fi|腰椎间盘突出症⟧（⟦an|L4-5⟧），⟦dr|甲钴胺⟧ ⟦do|0.5mg tid⟧", "⟦fi|慢性心力衰竭⟧，⟦dr|呋塞米⟧ ⟦do|20mg qd⟧", "⟦fi|带状疱疹⟧，⟦dr|伐昔洛韦⟧ ⟦do|0.3g bid⟧"))
    doc = Doc().put(P("HOSPITAL", hosp), "\n住院患者外出请假单\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), "  年龄：", k.zage_p(age), "  科室：", c.ch(("呼吸内科", "骨科", "心内科", "皮肤科")), "  床号：", c.ri(1, 48), "  住院号：", P("MRN", k.zyno(c)), "\n")
    if c.chance(0.4):
        doc.put("医保卡号：", P("INSURANCE", k.yibao(c, a)), "\n")
    doc.put("目前诊疗：", dx, "；⟦me|体温 ", c.fl(36.2, 37.1), "℃⟧，⟦me|血压 ", c.ri(110, 145), "/", c.ri(65, 90), "mmHg⟧\n")
    doc.put("请假事由：", c.ch(("回家取换洗衣物", "办理医保转诊手续", "参加子女婚礼", "处理家中急事")), "\n请假时间：", k.zdp(c, d, "cn"), " ", c.ri(8, 14), "时 至 ", k.zdp(c, d, "md"), " ", c.ri(16, 20), "时\n")
    if c.chance(0.7):
        doc.put("去向：", k.zh_addr(c, a, prov=False), "\n")
    doc.put("陪同人：", P("NAME_RELATIVE", kz.full), "（", rel, "） 身份证号：", P("ID_CARD", k.id_card(c, a, k.born(c, c.ri(25, 60), d), kz.sex)), "  电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.7):
        doc.put("交通方式：自驾，车牌 ", P("VEHICLE", k.zh_plate(c, a)), "\n")
    doc.put("告知：外出期间停用静脉药物一次，如出现⟦fi|胸闷⟧、⟦fi|发热⟧立即返院；外出期间发生意外由患者及家属自行负责。\n")
    doc.put("主管医生：", P("NAME_CLINICIAN", doc_.full), "   护士长：", P("NAME_CLINICIAN", nurse.sur), "护士长   患者/家属签字：", P("NAME_PATIENT", pat.full), "\n")
    doc.put("返院登记：", k.zdp(c, d, "md"), " 按时返院，⟦me|SpO2 ", c.ri(95, 99), "%⟧\n")
    return doc


def pivas_peizhi(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat = k.zname(c); md, rph, mix, chk = k.znames(c, 4); d = k.day(c); age = k.zage(c, 0.15, 18, 88)
    rx = c.ch((("⟦dr|注射用头孢他啶⟧", "⟦do|2g⟧", "⟦dr|0.9%氯化钠注射液⟧", "⟦do|100ml⟧", "⟦fi|医院获得性肺炎⟧"),
               ("⟦dr|注射用奥美拉唑钠⟧", "⟦do|40mg⟧", "⟦dr|0.9%氯化钠注射液⟧", "⟦do|100ml⟧", "⟦fi|上消化道出血⟧"),
               ("⟦dr|紫杉醇注射液⟧", "⟦do|240mg⟧", "⟦dr|0.9%氯化钠注射液⟧", "⟦do|500ml⟧", "⟦fi|非小细胞肺癌⟧"),
               ("⟦dr|注射用美罗培南⟧", "⟦do|1g⟧", "⟦dr|0.9%氯化钠注射液⟧", "⟦do|100ml⟧", "⟦fi|脓毒症⟧"),
               ("⟦dr|门冬氨酸钾镁注射液⟧", "⟦do|20ml⟧", "⟦dr|5%葡萄糖注射液⟧", "⟦do|250ml⟧", "⟦fi|低钾血症⟧")))
    doc = Doc().put(P("HOSPITAL", hosp), " 静脉用药调配中心（PIVAS）输液标签\n")
    doc.put("批次：第", c.ri(1, 5), "批   病区：", c.ch(("肿瘤科一病区", "消化内科", "ICU", "呼吸内科二病区")), "  床号：", c.ri(1, 40), "\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), "  ", "男" if pat.sex == "M" else "女", "  ", k.zage_p(age), "岁  住院号：", P("MRN", k.zyno(c)), "\n")
    doc.put("标签条码：", P("ACCESSION", f"{c.digits(14)}"), "\n诊断：", rx[4], "\n")
    doc.put(rx[0], "  ", rx[1], "\n", rx[2], "  ", rx[3], "\n用法：静脉滴注 ", c.ch(("q8h", "qd", "q12h")), "  滴速 ", c.ri(40, 80), "滴/分\n")
    if "紫杉醇" in rx[0]:
        doc.put("预处理：⟦dr|地塞米松⟧ ⟦do|20mg⟧ 口服，⟦dr|苯海拉明⟧ ⟦do|50mg⟧ 肌注；⟦lab|中性粒细胞 2.1×10^9/L⟧\n")
    else:
        doc.put("⟦lab|肌酐 ", c.ri(55, 160), " μmol/L⟧，按⟦ep|Cockcroft-Gault⟧公式核对剂量\n")
    doc.put("医嘱医生：", P("NAME_CLINICIAN", md.full), "  审方药师：", P("NAME_CLINICIAN", rph.full), "  调配：", P("NAME_CLINICIAN", mix.full), "  核对：", P("NAME_CLINICIAN", chk.full), "\n")
    doc.put("配置日期：", k.zdp(c, d, c.ch(("iso", "slash"))), " ", c.ri(6, 14), ":", c.ri(10, 59), "  有效期至当日 ", c.ri(16, 22), ":00")
    doc.put(["  终端 ", P("IP", k.ipv4(c))] if c.chance(0.6) else "", "\n")
    return doc


def shouzhe_butie(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); crc, pi = k.znames(c, 2); d = k.day(c)
    drug = c.ch(("⟦dr|替雷利珠单抗⟧ ⟦do|200mg⟧ q3w", "⟦dr|司美格鲁肽⟧ ⟦do|1mg⟧ 每周皮下注射", "⟦dr|达格列净⟧ ⟦do|10mg⟧ qd", "⟦dr|安罗替尼⟧ ⟦do|12mg⟧ qd"))
    doc = Doc().put(P("HOSPITAL", hosp), " 国家药物临床试验机构\n受试者交通/营养补贴发放签收表\n方案编号：", c.ch(("ABC-301", "HRS-2207", "QL1604-III")), "  研究药物：", drug, "\n")
    doc.put("主要研究者：", P("NAME_CLINICIAN", pi.sur), "主任   CRC：", P("NAME_CLINICIAN", crc.full), "  发放日期：", k.zdp(c, d), "\n\n")
    doc.put("受试者编号 | 姓名 | 证件号 | 访视 | 访视日期 | 交通方式 | 金额 | 联系电话\n")
    for _ in range(c.ri(3, 4)):
        if c.chance(0.15):
            fn, sx, pp = k.foreign(c); who = P("NAME_PATIENT", fn); cid = P("PASSPORT", pp)
        else:
            z = k.zname(c); who = P("NAME_PATIENT", z.full); cid = P("ID_CARD", k.id_card(c, a, k.born(c, c.ri(25, 75), d), z.sex))
        vis = c.ch(("C2D1 ⟦pr|肿瘤评估CT⟧", "C4D1 ⟦lab|血红蛋白 118 g/L⟧", "V5 ⟦lab|糖化血红蛋白 6.9%⟧", "筛选期 ⟦pr|心电图⟧ ⟦me|QTc 428ms⟧", "V3 ⟦fi|1级皮疹⟧"))
        way = ["自驾 ", P("VEHICLE", k.zh_plate(c, a))] if c.chance(0.5) else c.ch(("地铁", "公交", "高铁"))
        doc.put(P("OTHER_ID", f"S{c.digits(2, False)}-{c.digits(3, False)}"), " | ", who, " | ", cid, " | ", vis, " | ", k.zdp(c, k.add(d, -c.ri(0, 20)), "iso"), " | ", way, " | ", c.ch((100, 200, 300)), "元 | ", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.5):
        doc.put("\n补贴发放问卷：", P("URL", k.link(c, "gcp.trial.example.cn/q")), "\n")
    if c.chance(0.5):
        doc.put("如有疑问请邮件 ", P("EMAIL", f"gcp{c.digits(3)}@{c.ch(('163.com', 'qq.com'))}"), "\n")
    doc.put("本表不含⟦fi|不良事件⟧记录，AE 见 CRF。\n")
    return doc


def guomin_ka(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); md = k.zname(c); d = k.day(c); age = k.zage(c, 0.2, 6, 88)
    alg = c.ch((("⟦dr|头孢曲松⟧", "⟦fi|过敏性休克⟧", "⟦pr|皮试⟧阴性仍发生"), ("⟦dr|青霉素⟧", "⟦fi|荨麻疹⟧伴⟦fi|喉头水肿⟧", "⟦pr|青霉素皮试⟧阳性"),
                ("⟦dr|碘海醇⟧", "⟦fi|全身皮疹⟧、⟦fi|支气管痉挛⟧", "⟦pr|增强CT⟧时发生"), ("⟦dr|卡马西平⟧", "⟦fi|Stevens-Johnson综合征⟧", "⟦lab|HLA-B*1502 阳性⟧")))
    doc = Doc().put("【药物过敏警示卡】请随身携带，就诊时出示\n发卡单位：", P("HOSPITAL", hosp), "药学部  电话 ", P("PHONE", k.landline(c, a)))
    doc.put(["  传真 ", P("FAX", k.landline(c, a))] if c.chance(0.5) else "", "\n")
    if c.chance(0.3):
        fn, sx, pp = k.foreign(c); pat = None
        doc.put("姓名：", P("NAME_PATIENT", fn), "  护照号：", P("PASSPORT", pp), "\n")
    else:
        pat = k.zname(c)
        doc.put("姓名：", P("NAME_PATIENT", pat.full), "  性别：", "男" if pat.sex == "M" else "女", "  年龄：", k.zage_p(age), "岁\n")
    doc.put("门诊号：", P("MRN", k.mzno(c)), "  就诊卡号：", P("ACCOUNT", f"{c.digits(12)}"), "\n")
    doc.put("过敏药物：", alg[0], "\n过敏表现：", alg[1], "（", alg[2], "）\n发生日期：", k.zdp(c, k.add(d, -c.ri(3, 200))), "\n")
    doc.put("抢救用药：⟦dr|肾上腺素⟧ ⟦do|0.5mg 肌注⟧，⟦dr|甲泼尼龙⟧ ⟦do|40mg 静推⟧；⟦an|大腿前外侧⟧注射\n")
    if pat:
        rel, kz = k.zkin(c, pat, [md], old=age > 65)
        doc.put("紧急联系人：", P("NAME_RELATIVE", kz.full), "（", rel, "） ", P("PHONE", k.mobile(c)), "\n")
    doc.put("发卡医生：", P("NAME_CLINICIAN", md.full))
    doc.put(["  执业证书编号：", P("LICENSE", k.zhiye(c))] if c.chance(0.6) else "", "  发卡日期：", k.zdp(c, d, "dot"), "\n")
    return doc
# fmt: on

import templates_v34_zh2 as _zh2  # noqa: E402

TEMPLATES = [
    ("zh34_tijian_lingqu", tijian_lingqu),
    ("zh34_yiliao_jiuzhu", yiliao_jiuzhu),
    ("zh34_waichu_qingjia", waichu_qingjia),
    ("zh34_pivas_peizhi", pivas_peizhi),
    ("zh34_shouzhe_butie", shouzhe_butie),
    ("zh34_guomin_ka", guomin_ka),
    *_zh2.TEMPLATES,
]
