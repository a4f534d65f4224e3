"""v34 Chinese templates, part 2 (README.md "v34"): 老年人能力评估表, 尿动力学检查报告,
家庭自测血压记录上传, 肾穿刺活检术前评估单, 胶囊内镜检查登记及报告, 手术标本送检交接登记."""

# ruff: noqa: E501, E702  (template lines kept whole; several draws per line)

from __future__ import annotations

import _v34_kit as k
from _v34_kit import Doc, P


# fmt: off
def nengli_pinggu(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat = k.zname(c); e1, e2 = k.znames(c, 2); d = k.day(c); age = k.zage(c, 0.4, 65, 89); dob = k.born(c, age, d)
    rel, kz = k.zkin(c, pat, [e1, e2], old=True)
    doc = Doc().put("老年人能力评估表\n评估机构：", P("HOSPITAL", hosp), "老年医学科   评估编号：", P("OTHER_ID", f"NL{d.year}{c.digits(6)}"), "\n")
    doc.put("评估日期：", k.zdp(c, d), "   评估原因：", c.ch(("首次评估", "常规复评", "状况变化后即时评估")), "\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), "  性别：", "男" if pat.sex == "M" else "女", "  年龄：", k.zage_p(age), "岁  出生日期：", k.zdp(c, dob, "iso"), "\n")
    doc.put("身份证号：", P("ID_CARD", k.id_card(c, a, dob, pat.sex)), "\n社保卡号：", P("INSURANCE", k.yibao(c, a)), "\n")
    doc.put("居住地址：", k.zh_addr(c, a), ["  邮编 ", P("POSTCODE", a.post)] if c.chance(0.6) else "", "\n")
    doc.put("信息提供者：", P("NAME_RELATIVE", kz.full), "（", rel, "） 电话：", P("PHONE", k.mobile(c)), "\n\n")
    doc.put("疾病诊断：⟦fi|", c.ch(("阿尔茨海默病", "脑梗死后遗症", "帕金森病", "慢性阻塞性肺疾病")), "⟧、⟦fi|高血压⟧3级；用药 ", c.ch(("⟦dr|多奈哌齐⟧ ⟦do|5mg qn⟧", "⟦dr|氯吡格雷⟧ ⟦do|75mg qd⟧", "⟦dr|多巴丝肼⟧ ⟦do|125mg tid⟧", "⟦dr|噻托溴铵⟧ ⟦do|18μg qd⟧")), "\n")
    doc.put("一、日常生活活动：⟦me|Barthel指数 ", c.ri(20, 90), "分⟧\n二、精神状态：⟦me|MMSE ", c.ri(9, 27), "分⟧\n三、感知觉与沟通：", c.ch(("⟦fi|老年性白内障⟧（⟦an|双眼⟧）", "⟦fi|感音神经性聋⟧", "视力尚可")), "\n")
    doc.put("四、社会参与：", c.ri(3, 15), "分；近30天跌倒 ", c.ri(0, 2), " 次；⟦fi|压力性损伤⟧：", c.ch(("无", "⟦an|骶尾部⟧Ⅱ期")), "\n")
    doc.put("能力等级：", c.ch(("轻度失能", "中度失能", "重度失能")), "\n评估员：", P("NAME_CLINICIAN", e1.full), "、", P("NAME_CLINICIAN", e2.full), "   复核：", P("NAME_CLINICIAN", e1.sur), "主任\n")
    return doc


def niaodongli_baogao(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat = k.zname(c); md, op = k.znames(c, 2); d = k.day(c); age = k.zage(c, 0.1, 20, 88)
    doc = Doc().put(P("HOSPITAL", hosp), "泌尿外科 尿动力学检查报告\n检查号：", P("ACCESSION", f"UDS{c.digits(7)}"), "   检查日期：", k.zdp(c, d), "\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), "  性别：", "男" if pat.sex == "M" else "女", "  年龄：", k.zage_p(age), "  ")
    doc.put(["住院号：", P("MRN", k.zyno(c))] if c.chance(0.5) else ["门诊号：", P("MRN", k.mzno(c))], "\n送检医生：", P("NAME_CLINICIAN", md.full))
    doc.put(["（执业证书编号 ", P("LICENSE", k.zhiye(c)), "）"] if c.chance(0.5) else "", "\n临床诊断：⟦fi|", c.ch(("良性前列腺增生", "神经源性膀胱", "混合性尿失禁", "膀胱过度活动症")), "⟧\n\n")
    doc.put("自由尿流率：⟦me|最大尿流率 ", c.fl(4.5, 18.0), " ml/s⟧，⟦me|排尿量 ", c.ri(120, 380), " ml⟧，⟦me|残余尿 ", c.ri(10, 220), " ml⟧\n")
    doc.put("⟦pr|充盈期膀胱压力容积测定⟧：初感觉 ", c.ri(90, 200), " ml，⟦me|最大膀胱测压容量 ", c.ri(220, 520), " ml⟧，", c.ch(("可见⟦fi|逼尿肌过度活动⟧", "未见逼尿肌无抑制收缩", "⟦fi|膀胱顺应性降低⟧")), "\n")
    doc.put("⟦pr|压力-流率测定⟧：⟦me|Pdet.Qmax ", c.ri(25, 110), " cmH2O⟧，⟦ep|Schafer⟧分级 ", c.ri(0, 5), " 级；⟦an|膀胱颈⟧开放", c.ch(("良好", "延迟")), "\n")
    doc.put("结论：", c.ch(("⟦fi|膀胱出口梗阻⟧", "⟦fi|逼尿肌收缩力减弱⟧", "⟦fi|压力性尿失禁⟧")), "。建议：", c.ch(("⟦dr|坦索罗辛⟧ ⟦do|0.2mg qn⟧", "⟦dr|索利那新⟧ ⟦do|5mg qd⟧", "⟦pr|经尿道前列腺电切术⟧评估")), "\n")
    doc.put("检查者：", P("NAME_CLINICIAN", op.full), "   报告日期：", k.zdp(c, k.add(d, c.ri(0, 2)), "md"), "\n")
    return doc


def xueya_ziche(c) -> Doc:
    a = k.area(c); pat = k.zname(c); md = k.zname(c); d = k.day(c); age = k.zage(c, 0.08, 40, 88); dob = k.born(c, age, d)
    center = c.ch((f"{a.dist}{c.ch(('东', '南', '西', '北'))}街道社区卫生服务中心", f"{a.city}{a.dist}妇幼保健院", f"{a.dist}人民医院"))
    doc = Doc().put("【家庭医生签约服务平台】居家血压监测数据导出\n导出时间：", k.zdp(c, d, "iso"), "  来源IP：", P("IP", k.ipv4(c)), "\n")
    doc.put("签约机构：", P("HOSPITAL", center), "   家庭医生：", P("NAME_CLINICIAN", md.full), "\n")
    doc.put("居民：", P("NAME_PATIENT", pat.full), "  年龄：", k.zage_p(age), "  身份证：", P("ID_CARD", k.id_card(c, a, dob, pat.sex)), "  手机：", P("PHONE", k.mobile(c)), "\n")
    if c.chance(0.5):
        doc.put("住址：", k.zh_addr(c, a), "\n")
    doc.put("血压计型号：YE-680B  序列号：", P("DEVICE", f"BP{c.digits(10)}"), "\n")
    if c.chance(0.4):
        doc.put("绑定邮箱：", P("EMAIL", f"{c.letters(3).lower()}{c.digits(5)}@{c.ch(('qq.com', '163.com', '139.com'))}"), "\n")
    doc.put("\n日期 | 时段 | 收缩压/舒张压 | 心率\n")
    for i in range(c.ri(3, 5)):
        doc.put(k.zdp(c, k.add(d, -c.ri(1, 3) - 3 * i), "md"), " | ", c.ch(("晨起", "睡前")), " | ⟦me|", c.ri(122, 172), "/", c.ri(72, 104), " mmHg⟧ | ", c.ri(58, 96), "\n")
    doc.put("\n当前用药：", c.ch(("⟦dr|氨氯地平⟧ ⟦do|5mg qd⟧", "⟦dr|缬沙坦⟧ ⟦do|80mg qd⟧", "⟦dr|硝苯地平控释片⟧ ⟦do|30mg qd⟧", "⟦dr|培哚普利⟧ ⟦do|4mg qd⟧")), "\n")
    doc.put("医生回复：", c.ch(("晨峰血压偏高，", "控制尚可，")), "建议复查⟦lab|血钾 ", c.fl(3.4, 5.2), " mmol/L⟧及⟦pr|动态血压监测⟧，排查⟦fi|原发性醛固酮增多症⟧。\n")
    if c.chance(0.7):
        doc.put("随访问卷：", P("URL", k.link(c, "jtys.example.cn/f")), "\n")
    return doc


def shenchuan_shuqian(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); pat = k.zname(c); md, boss = k.znames(c, 2); d = k.day(c); age = k.zage(c, 0.05, 16, 80)
    rel, kz = k.zkin(c, pat, [md, boss], old=age > 65)
    doc = Doc().put(P("HOSPITAL", hosp), "肾内科\n经皮肾穿刺活检术术前评估单\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), "  年龄：", k.zage_p(age), "岁  住院号：", P("MRN", k.zyno(c)), "  床号：", c.ri(1, 40), "\n入院日期：", k.zdp(c, k.add(d, -c.ri(2, 6))), "  拟手术日期：", k.zdp(c, d), "\n")
    doc.put("临床诊断：⟦fi|", c.ch(("肾病综合征", "IgA肾病？", "急进性肾小球肾炎", "狼疮性肾炎")), "⟧；⟦lab|24小时尿蛋白 ", c.fl(1.2, 9.8), " g⟧\n")
    doc.put("凝血及血常规：⟦lab|血小板 ", c.ri(110, 320), "×10^9/L⟧，⟦lab|PT ", c.fl(10.5, 13.5), "秒⟧，⟦lab|APTT ", c.fl(24, 38), "秒⟧，⟦lab|血红蛋白 ", c.ri(88, 142), " g/L⟧\n")
    doc.put("停用药物：⟦dr|阿司匹林⟧已停 ", c.ri(5, 10), " 天；⟦dr|低分子肝素⟧术前24h停用\n⟦pr|肾脏彩超⟧：⟦an|右肾下极⟧皮质厚度 ", c.fl(1.0, 1.8), " cm，穿刺路径无血管\n")
    doc.put("⟦me|血压 ", c.ri(118, 148), "/", c.ri(70, 92), "mmHg⟧（控制目标 <160/100）\n预留病理号：", P("ACCESSION", f"R{c.digits(2)}-{c.digits(5, False)}"), "\n")
    doc.put("知情同意：已签署，签字人 ", P("NAME_RELATIVE", kz.full), "（", rel, "），电话 ", P("PHONE", k.mobile(c)), "\n")
    doc.put("评估医师：", P("NAME_CLINICIAN", md.full))
    doc.put(["（执业证书编号 ", P("LICENSE", k.zhiye(c)), "）"] if c.chance(0.5) else "", "   上级医师：", P("NAME_CLINICIAN", boss.sur), "主任\n")
    doc.put("术后：平卧6h，观察⟦fi|肉眼血尿⟧、⟦fi|肾周血肿⟧\n")
    if c.chance(0.5):
        doc.put("病理科传真：", P("FAX", k.landline(c, a)), "\n")
    return doc


def jiaonang_neijing(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); md, nur = k.znames(c, 2); d = k.day(c); age = k.zage(c, 0.05, 18, 85)
    doc = Doc().put(P("HOSPITAL", hosp), "消化内镜中心  胶囊内镜检查登记及报告\n检查号：", P("ACCESSION", f"CE{c.digits(8)}"), "  检查日期：", k.zdp(c, d), "\n")
    if c.chance(0.3):
        fn, sx, pp = k.foreign(c); doc.put("姓名：", P("NAME_PATIENT", fn), "  护照：", P("PASSPORT", pp))
    else:
        pat = k.zname(c); doc.put("姓名：", P("NAME_PATIENT", pat.full))
    doc.put("  年龄：", k.zage_p(age), "  门诊号：", P("MRN", k.mzno(c)), "  手机：", P("PHONE", k.mobile(c)), "\n")
    doc.put("缴费单号：", P("ACCOUNT", f"{c.digits(16)}"), "\n胶囊序列号：", P("DEVICE", f"OMOM{c.digits(8)}"), "   记录仪编号：", P("DEVICE", f"JR{c.digits(7)}"), "\n")
    doc.put("肠道准备：前晚 ⟦dr|聚乙二醇电解质散⟧ ⟦do|2L⟧，吞服前30min ⟦dr|西甲硅油⟧ ⟦do|30ml⟧\n检查指征：⟦fi|不明原因消化道出血⟧，⟦lab|血红蛋白 ", c.ri(68, 105), " g/L⟧，⟦pr|胃镜⟧及⟦pr|结肠镜⟧阴性\n")
    doc.put("胃通过时间 ", c.ri(15, 90), " min，小肠通过时间 ", c.ri(180, 420), " min\n")
    doc.put("所见：", c.ch(("⟦an|空肠上段⟧见⟦fi|血管发育不良⟧2处", "⟦an|回肠末段⟧多发⟦fi|溃疡⟧，考虑⟦ep|克罗恩病⟧", "⟦an|空肠⟧见⟦fi|隆起性病变⟧，建议⟦pr|双气囊小肠镜⟧", "小肠黏膜未见明显异常")), "\n")
    doc.put("阅片医生：", P("NAME_CLINICIAN", md.full), "   护士：", P("NAME_CLINICIAN", nur.full))
    doc.put(["   工作站 ", P("IP", k.ipv4(c))] if c.chance(0.5) else "", "\n记录仪归还日期：", k.zdp(c, k.add(d, 1), "md"), "\n")
    return doc


def biaoben_songjian(c) -> Doc:
    a = k.area(c); hosp = k.zh_hosp(c, a); d = k.day(c); nurses = k.znames(c, 2); recv = k.zname(c)
    ops = (("⟦pr|腹腔镜胆囊切除术⟧", "⟦an|胆囊⟧"), ("⟦pr|甲状腺右叶切除术⟧", "⟦an|甲状腺右叶⟧"), ("⟦pr|腹腔镜右半结肠切除术⟧", "⟦an|右半结肠⟧"), ("⟦pr|乳腺肿物切除术⟧", "⟦an|左乳⟧肿物"),
           ("⟦pr|胃镜下黏膜剥离术⟧", "⟦an|胃窦⟧黏膜"), ("⟦pr|宫腔镜子宫内膜息肉切除术⟧", "⟦an|子宫内膜⟧"))
    doc = Doc().put(P("HOSPITAL", hosp), "手术室  手术标本送检交接登记本\n日期：", k.zdp(c, d, c.ch(("cn", "iso"))), "\n")
    doc.put("住院号 | 姓名 | 年龄 | 手术 | 标本 | 固定液 | 病理号 | 主刀 | 送检护士 | 接收 | 时间\n")
    for _ in range(c.ri(3, 5)):
        z = k.zname(c); age = k.zage(c, 0.08, 18, 88); op, sp = c.ch(ops if z.sex == "F" else ops[:3] + ops[4:5]); boss = k.zname(c)
        doc.put(P("MRN", k.zyno(c)), " | ", P("NAME_PATIENT", z.full), " | ", k.zage_p(age), " | ", op, " | ", sp, " | ⟦dr|10%中性甲醛⟧ | ", P("ACCESSION", f"{d.year % 100}B{c.digits(5, False)}"), " | ", P("NAME_CLINICIAN", boss.sur), "主任 | ", P("NAME_CLINICIAN", c.ch(nurses).full), " | ", P("NAME_CLINICIAN", recv.full), " | ", c.ri(8, 18), ":", c.ri(10, 59), "\n")
    doc.put("\n冰冻：", c.ch(("⟦fi|乳腺纤维腺瘤⟧", "⟦fi|甲状腺乳头状癌⟧", "无")), "；离体至固定 <30min，固定液量为标本体积10倍\n")
    return doc
# fmt: on

TEMPLATES = [
    ("zh34_nengli_pinggu", nengli_pinggu),
    ("zh34_niaodongli_baogao", niaodongli_baogao),
    ("zh34_xueya_ziche", xueya_ziche),
    ("zh34_shenchuan_shuqian", shenchuan_shuqian),
    ("zh34_jiaonang_neijing", jiaonang_neijing),
    ("zh34_biaoben_songjian", biaoben_songjian),
]
