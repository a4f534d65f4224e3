"""v39 Chinese templates, part 1 (README.md "v39"): 痛风门诊随访表, 子宫输卵管造影检查报告, 腕管松解术记录,
腹腔镜阑尾切除术记录, 小儿急性腹泻补液观察记录, 急性胰腺炎病程记录. TEMPLATES lists all twelve (part 2:
templates_v39_zh2.py)."""

# ruff: noqa: E501, E701, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v39_kit as k
import templates_v39_zh2 as zh2
from _v39_kit import Doc, K, P

V39_ZH_WORDLIKE = k.ZH_WORDLIKE

# fmt: off


def fem(c, p: k.ZN) -> k.ZN: return p if p.sex == "F" else k.zname(c, "F", p.sur)
def sexw(p) -> str: return "男" if p.sex == "M" else "女"
def addr_line(c, a: k.Area, label: str = "现住址：") -> list: return [label, k.zh_addr(c, a, c.chance(0.9)), ["  邮编 ", P("POSTCODE", a.post)] if c.chance(0.9) else "", "\n"]


def tongfeng_suifang(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, ys, hs = k.znames(c, 3); d = k.day(c); age = k.zage(c, 0.2, 28, 86); dob = k.born(c, age, d)
    doc = Doc().put(P("HOSPITAL", hosp), "  风湿免疫科\n痛风门诊随访表\n")
    if c.chance(0.3):
        n, s, pp = k.foreign(c); doc.put("姓名：", P("NAME_PATIENT", n), "  国籍：外籍  护照号：", P("PASSPORT", pp), "  年龄：", k.zage_p(age), "岁\n")
    else:
        doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "   性别：", sexw(pat), "   年龄：", k.zage_p(age), "岁\n")
        if c.chance(0.4): doc.put("身份证号：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "\n")
    doc.put("门诊号：", P("MRN", k.mzno(c)), [" 就诊卡号：", P("ACCOUNT", k.jzk(c))] if c.chance(0.6) else "", "\n")
    if c.chance(0.5): doc.put("医保卡号：", P("INSURANCE", k.yibao(c, a0)), "\n")
    if c.chance(0.4): doc.put("工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "（厨师，长期饮酒）\n")
    if c.chance(0.5): doc.put(addr_line(c, a0))
    doc.put("手机：", P("PHONE", k.mobile(c)), "\n诊断：⟦fi|痛风性关节炎⟧，⟦fi|高尿酸血症⟧；首发部位⟦an|右侧第一跖趾关节⟧；⟦lab|HLA-B*5801阴性⟧\n")
    doc.put("随访日期      血尿酸            发作  用药\n")
    for i in range(c.ri(3, 5)):
        doc.put(k.zdp(c, k.add(d, 60 * i), c.ch(("iso", "dot"))), "    ", K("LAB", f"血尿酸 {c.ri(300, 620)} μmol/L"), f"   {c.ri(0, 3)}次  ", c.ch(("⟦dr|非布司他⟧ ⟦do|20mg qd⟧", "⟦dr|非布司他⟧ ⟦do|40mg qd⟧", "⟦dr|别嘌醇⟧ ⟦do|0.1g tid⟧")), "\n")
    doc.put("急性发作期：⟦dr|秋水仙碱⟧ ⟦do|0.5mg bid⟧，", K("MEASUREMENT", f"VAS评分{c.ri(3, 9)}分"), "；⟦pr|双能CT⟧示⟦fi|痛风石⟧沉积。\n")
    if c.chance(0.4): doc.put("互联网医院复诊：", P("URL", k.link(c, "hlwyy.example.cn", "fz/")), "\n")
    if c.chance(0.3): doc.put("化验单推送邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.4): doc.put("停车登记：", P("VEHICLE", k.zh_plate(c, a0)), "\n")
    doc.put("随访医生：", P("NAME_CLINICIAN", c.ch((ys.full, ys.pad))), "   护士：", P("NAME_CLINICIAN", hs.full), "   下次随访：", k.zdp(c, k.add(d, 90), "md"), "\n")
    return doc


def shuluanguan_zaoying(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); p0, ys, js, hb = k.znames(c, 4); pat = fem(c, p0); d = k.day(c); age = c.ri(24, 41); dob = k.born(c, age, d)
    rel, hus = k.zrel(c, pat, [ys, js], "配偶")
    doc = Doc().put(P("HOSPITAL", hosp), "\n放射科  子宫输卵管造影检查报告\n")
    if c.chance(0.35):
        n, s, pp = k.foreign(c)
        while s != "F": n, s, pp = k.foreign(c)
        doc.put("姓名：", P("NAME_PATIENT", n), "  护照：", P("PASSPORT", pp), "  年龄：", age, "岁\n")
    else:
        doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "  年龄：", age, "岁\n")
        if c.chance(0.5): doc.put("身份证：", P("ID_CARD", k.id_card(c, a0, dob, "F")), "\n")
    doc.put("门诊号：", P("MRN", k.mzno(c)), "  影像号：", P("ACCESSION", f"DR{c.digits(9)}"), "  检查日期：", k.zdp(c, d), "\n")
    doc.put("末次月经：", k.zdp(c, k.add(d, -c.ri(5, 9)), "md"), "（月经干净后第", c.ri(3, 7), "天）\n")
    doc.put("临床诊断：⟦fi|继发性不孕⟧\n")
    doc.put(f"检查方法：⟦pr|子宫输卵管造影⟧，经宫颈注入⟦dr|碘海醇⟧ ⟦do|{c.ri(8, 20)}ml⟧，术前⟦dr|阿托品⟧ ⟦do|0.5mg⟧肌注。\n")
    doc.put("所见：⟦an|宫腔⟧形态正常；", c.ch(("⟦an|左侧输卵管⟧通畅，⟦an|右侧输卵管⟧⟦fi|伞端积水⟧", "双侧输卵管通畅，弥散均匀", "⟦an|右侧输卵管⟧⟦fi|近端梗阻⟧")), "。\n")
    doc.put("丈夫：", P("NAME_RELATIVE", c.ch((hus.full, hus.pad))), "  联系电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.5): doc.put("DSA工作站：", P("IP", k.zh_ip(c)), "\n")
    if c.chance(0.4): doc.put("报告推送邮箱：", P("EMAIL", k.zmail(c)), "\n")
    if c.chance(0.4): doc.put("生殖中心传真：", P("FAX", k.landline(c, a0)), "\n")
    doc.put("检查医师：", P("NAME_CLINICIAN", ys.pad), "   技师：", P("NAME_CLINICIAN", js.full), "   审核：", P("NAME_CLINICIAN", hb.sur), "主任\n")
    return doc


def wanguan_songjie(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, sz, zs, mz = k.znames(c, 4); d = k.day(c); age = k.zage(c, 0.2, 32, 86); k.born(c, age, d)  # the draw is kept (a birth date the record leaves out)
    doc = Doc().put(P("HOSPITAL", hosp), "\n手  术  记  录\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.pad), "    性别：", sexw(pat), "    年龄：", k.zage_p(age), "岁    住院号：", P("MRN", k.zyno(c)), "\n")
    doc.put("手术日期：", k.zdp(c, d), "\n")
    if age < 60 and c.chance(0.75):
        doc.put("职业史：流水线装配工，用人单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
        if c.chance(0.55): doc.put("工伤保险个人编号：", P("INSURANCE", f"GS{c.digits(10)}"), "\n")
        if c.chance(0.45): doc.put("工伤认定决定书编号：", P("OTHER_ID", f"{a0.city[:-1]}人社工认〔{d.year}〕{c.ri(100, 999)}号"), "\n")
    doc.put("术前诊断：⟦fi|右侧腕管综合征⟧（⟦ep|Tinel征⟧阳性，⟦ep|Phalen试验⟧阳性）；⟦pr|肌电图⟧示正中神经腕部传导减慢。\n")
    doc.put(f"手术名称：⟦pr|腕横韧带切开松解术⟧\n麻醉：局部浸润，⟦dr|利多卡因⟧ ⟦do|{c.ri(5, 10)}ml⟧ 加⟦dr|肾上腺素⟧\n")
    doc.put("经过：于⟦an|右腕掌侧⟧作纵切口约", K("MEASUREMENT", f"{c.ri(2, 4)}.{c.ri(0, 9)}cm"), "，切开⟦an|腕横韧带⟧，见⟦an|正中神经⟧受压变扁，松解彻底。出血约", K("MEASUREMENT", f"{c.ri(3, 15)}ml"), "。\n")
    if c.chance(0.4): doc.put("术者执业证书编号：", P("LICENSE", k.zhiye(c)), "\n")
    doc.put("术者：", P("NAME_CLINICIAN", sz.full), "   助手：", P("NAME_CLINICIAN", zs.pad), "   记录：", P("NAME_CLINICIAN", mz.sur), "医生\n")
    if c.chance(0.4): doc.put(addr_line(c, a0, "联系地址："))
    return doc


def lanwei_qiechu(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, sz, zs, mz = k.znames(c, 4); d = k.day(c); age = c.ri(16, 72); dob = k.born(c, age, d)
    doc = Doc().put(P("HOSPITAL", hosp), "  普外科\n腹腔镜阑尾切除术记录\n")
    if c.chance(0.3):
        doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "  港澳居民来往内地通行证：", P("PASSPORT", k.hk_pass(c)), "\n")
    else:
        doc.put("姓名：", P("NAME_PATIENT", c.ch((pat.full, pat.pad))), "  ", sexw(pat), "  ", age, "岁\n")
        if c.chance(0.5): doc.put("身份证号：", P("ID_CARD", k.id_card(c, a0, dob, pat.sex)), "\n")
    doc.put("住院号：", P("MRN", k.zyno(c)), "  手术日期：", k.zdp(c, d), "\n")
    doc.put("术前：转移性右下腹痛", c.ri(8, 30), "小时，⟦ep|麦氏点⟧压痛、反跳痛；", K("LAB", f"白细胞 {c.ri(110, 190) / 10:.1f}×10^9/L"), "，", K("LAB", f"中性粒细胞 {c.ri(78, 93)}%"), "\n")
    doc.put("术中：⟦an|阑尾⟧位于盲肠后位，长约", K("MEASUREMENT", f"{c.ri(6, 10)}cm"), "，", c.ch(("⟦fi|急性化脓性阑尾炎⟧", "⟦fi|坏疽性阑尾炎⟧伴局限性穿孔", "⟦fi|急性单纯性阑尾炎⟧")), "；⟦pr|阑尾系膜⟧结扎后切除。\n")
    doc.put("术后：⟦dr|头孢曲松⟧ ⟦do|2g ivgtt qd⟧ + ⟦dr|甲硝唑⟧ ⟦do|0.5g ivgtt q12h⟧。标本送病理，病理号：", P("ACCESSION", f"P{d.year % 100}-{c.digits(5)}"), "\n")
    if c.chance(0.4): doc.put("工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    if c.chance(0.6):
        rel, rp = k.zrel(c, pat, [sz, zs, mz]); doc.put("家属（", rel, "）", P("NAME_RELATIVE", rp.full), "签字，电话 ", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.4): doc.put("陪护车辆：", P("VEHICLE", k.zh_plate(c, a0)), "\n")
    if c.chance(0.5): doc.put("主刀医师执业证书编号：", P("LICENSE", k.zhiye(c)), "\n")
    if c.chance(0.4): doc.put("科室传真：", P("FAX", k.landline(c, a0)), "\n")
    doc.put("主刀：", P("NAME_CLINICIAN", sz.pad), "  一助：", P("NAME_CLINICIAN", zs.full), "  麻醉：", P("NAME_CLINICIAN", mz.sur), "医生\n")
    return doc


def xiaoer_fuxie(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); kid, hs1, hs2, ys = k.znames(c, 4); d = k.day(c); mon = c.ri(7, 60)
    rel, par = k.zrel(c, kid, [hs1, hs2, ys], "父母")
    doc = Doc().put(P("HOSPITAL", hosp), " 儿科急诊\n小儿急性腹泻补液观察记录\n")
    nick = c.chance(0.3)
    doc.put("患儿：", P("NAME_PATIENT", c.ch((kid.full, kid.pad))), ["（小名", P("NAME_PATIENT", "小" + kid.given[-1]), "）"] if nick else "", "  月龄：", mon, "个月  急诊号：", P("MRN", f"JZ{c.digits(8)}"), "\n")
    doc.put(["就诊卡号：", P("ACCOUNT", k.jzk(c)), "  "] if c.chance(0.7) else "", "就诊日期：", k.zdp(c, d), "\n")
    doc.put("家长：", rel, " ", P("NAME_RELATIVE", c.ch((par.full, par.pad))), "  电话：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.3): doc.put("家长工作单位：", P("WORKPLACE", c.ch(k.ZH_EMPLOYERS)), "\n")
    if c.chance(0.6): doc.put(addr_line(c, a0, "家庭住址："))
    doc.put("主诉：腹泻", c.ri(1, 4), "天，每日", c.ri(5, 12), "次蛋花汤样便；⟦lab|轮状病毒抗原阳性⟧，", K("LAB", f"血钠 {c.ri(128, 148)} mmol/L"), "\n")
    doc.put("评估：⟦fi|轻中度脱水⟧，⟦ep|Vesikari评分⟧", c.ri(7, 15), "分；", K("MEASUREMENT", f"体重{c.ri(70, 180) / 10:.1f}kg"), "\n")
    doc.put("处理：⟦dr|口服补液盐Ⅲ⟧ ⟦do|50ml/kg 4小时内⟧，⟦dr|蒙脱石散⟧ ⟦do|1g tid⟧，⟦dr|葡萄糖酸锌⟧ 补锌10-14天\n")
    doc.put("时间   口服量   尿量   签名\n"); h0 = c.ri(8, 14)
    for i in range(c.ri(3, 5)):
        doc.put(f"{h0 + i}:{c.ch(('00', '30'))}  ", K("MEASUREMENT", f"{c.ri(40, 150)}ml"), "   ", c.ch(("有", "少", "有")), "   ", P("NAME_CLINICIAN", (hs1 if i % 2 else hs2).full), "\n")
    if c.chance(0.4): doc.put("其他感染性腹泻报告卡编号：", P("OTHER_ID", f"{a0.code}{d.year}{c.digits(5)}"), "\n")
    if c.chance(0.5): doc.put("线上复诊：", P("URL", k.link(c, "ek.example.cn", "r/")), "\n")
    if c.chance(0.3): doc.put("家长邮箱：", P("EMAIL", k.zmail(c)), "\n")
    doc.put("医生：", P("NAME_CLINICIAN", ys.sur), "医生  复诊：", k.zdp(c, k.add(d, 2), "md"), "\n")
    return doc


def yixianyan_bingcheng(c) -> Doc:
    a0 = k.area(c); hosp = k.zh_hosp(c, a0); pat, zz, zy, sj = k.znames(c, 4); d = k.day(c); age = k.zage(c, 0.15, 30, 86)
    doc = Doc().put(P("HOSPITAL", hosp), "\n消化内科  病程记录\n")
    doc.put("姓名 ", P("NAME_PATIENT", pat.pad), "  年龄 ", k.zage_p(age), "岁  住院号 ", P("MRN", k.zyno(c)), "  床号 ", c.ri(1, 40), "\n\n")
    doc.put(k.zdp(c, d, c.ch(("iso", "cn"))), f" {c.ri(8, 11)}:{c.ch(('00', '20', '40'))}  首次病程记录\n")
    doc.put("患者", P("NAME_PATIENT", pat.full) if c.chance(0.5) else [P("NAME_PATIENT", pat.sur), "先生" if pat.sex == "M" else "女士"], "饱餐后上腹痛", c.ri(6, 30), "小时，向⟦an|腰背部⟧放射；", K("LAB", f"血淀粉酶 {c.ri(600, 2400)} U/L"), "，", K("LAB", f"脂肪酶 {c.ri(900, 5000)} U/L"), "，", K("LAB", f"甘油三酯 {c.ri(20, 140) / 10:.1f} mmol/L"), "。\n")
    doc.put("⟦pr|腹部增强CT⟧（检查号 ", P("ACCESSION", f"CT{c.digits(8)}"), "）：⟦an|胰腺⟧肿大，周围渗出，⟦me|CT严重指数4分⟧。\n")
    doc.put("诊断：⟦fi|急性胰腺炎⟧（", c.ch(("轻症", "中度重症")), "），⟦fi|高甘油三酯血症⟧。⟦ep|Ranson评分⟧", c.ri(1, 4), "分，未见⟦ep|Grey-Turner征⟧。\n")
    doc.put(f"处理：禁食，⟦dr|乳酸林格液⟧ ⟦do|{c.ri(2, 4)}00ml/h⟧ 早期液体复苏，⟦dr|奥曲肽⟧ ⟦do|0.1mg q8h⟧，⟦dr|艾司奥美拉唑⟧ ⟦do|40mg qd⟧。\n")
    if c.chance(0.15): doc.put("港澳居民来往内地通行证：", P("PASSPORT", k.hk_pass(c)), "\n")
    if c.chance(0.2): doc.put("既往植入心脏起搏器，序列号：", P("DEVICE", k.serial(c)), "\n")
    doc.put("\n", k.zdp(c, k.add(d, 1), "md"), "  主任查房：", P("NAME_CLINICIAN", zz.sur), "主任指示监测腹内压，必要时⟦pr|血浆置换⟧。\n")
    doc.put(k.zdp(c, k.add(d, 3), "md"), "  腹痛缓解，", K("LAB", f"血淀粉酶 {c.ri(80, 300)} U/L"), "，开始流质饮食。\n")
    if c.chance(0.4):
        rel, rp = k.zrel(c, pat, [zz, zy, sj]); doc.put("已向", rel, P("NAME_RELATIVE", rp.full), "交代病情（", P("PHONE", k.mobile(c)), "）。\n")
    doc.put("住院医师：", P("NAME_CLINICIAN", zy.full), "   上级医师：", P("NAME_CLINICIAN", sj.pad), "\n")
    return doc


# fmt: on

_PART1 = [
    tongfeng_suifang,
    shuluanguan_zaoying,
    wanguan_songjie,
    lanwei_qiechu,
    xiaoer_fuxie,
    yixianyan_bingcheng,
]
TEMPLATES = [(f"zh39_{f.__name__}", k.checked(f, frozenset(V39_ZH_WORDLIKE))) for f in [*_PART1, *zh2.PART2]]
