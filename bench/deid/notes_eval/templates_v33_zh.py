"""v33 Chinese templates, part 1 (the list of all twelve is at the end): 交叉配血报告单, 就诊卡挂失补办申请,
电子票据重开申请, 太平间遗体出入登记, 手术等候区信息屏导出日志 and 门诊分诊叫号系统日志. Values come from
_v33_kit.py only."""

# ruff: noqa: E501

from __future__ import annotations

import _v33_kit as k
import templates_v33_zh2 as zh2
from _core import Doc, P

V33_ZH_WORDLIKE = k.WORDLIKE_ZH


# fmt: off
def peixue_baogao(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    pat = k.zname(c)
    d = k.day(c)
    age = k.zage(c, 0.3, 35, 88)
    req, px, fh = k.znames(c, 3)
    dx = c.ch((("股骨颈骨折", "右侧股骨颈", "人工股骨头置换术"), ("上消化道出血", "胃窦", "胃镜下止血术"), ("子宫肌瘤", "子宫", "腹腔镜子宫肌瘤剔除术")))
    doc = Doc().put(P("HOSPITAL", hosp), "输血科\n交叉配血报告单\n")
    doc.put("姓名：", P("NAME_PATIENT", pat.full), f"  性别：{'男' if pat.sex == 'M' else '女'}  年龄：", k.age_p(age), "岁  住院号：", P("MRN", k.zyno(c)), f"  床号：{c.ri(1, 60)}\n")
    doc.put("标本号：", P("ACCESSION", f"{c.digits(2, False)}{c.digits(8)}"), "  采集时间：", k.zdp(c, d, "iso"), f" {c.ri(6, 11):02d}:{c.ri(0, 59):02d}  申请医生：", P("NAME_CLINICIAN", req.full), "\n")
    doc.put(f"临床诊断：⟦fi|{dx[0]}⟧（⟦an|{dx[1]}⟧）  拟行：⟦pr|{dx[2]}⟧\n")
    doc.put(f"受血者血型：{c.ch(('A', 'B', 'O', 'AB'))}型 RhD{c.ch(('阳性', '阳性', '阴性'))}  ⟦lab|不规则抗体筛查阴性⟧  ⟦lab|血红蛋白 {c.ri(58, 86)} g/L⟧\n")
    doc.put("配血方法：⟦pr|微柱凝胶法交叉配血⟧，⟦ep|Coombs试验⟧（直接抗人球蛋白）阴性\n")
    doc.put(f"配血结果：主侧无凝集无溶血，次侧无凝集无溶血，相合。发血：⟦dr|去白细胞悬浮红细胞⟧ ⟦do|{c.ch(('2U', '1.5U', '4U'))}⟧\n")
    doc.put(f"输注前：⟦me|体温 {c.fl(36.2, 37.3)}℃⟧，⟦me|血压 {c.ri(92, 140)}/{c.ri(55, 88)}mmHg⟧；预防用药 ⟦dr|地塞米松⟧ ⟦do|5mg⟧ 静推\n")
    doc.put("配血者：", P("NAME_CLINICIAN", px.full), "  复核者：", P("NAME_CLINICIAN", fh.full), "  报告时间：", k.zdp(c, d), "\n")
    if c.chance(0.4):
        rel, kp = k.zkin(c, pat, age > 70)
        doc.put(f"输血知情同意书已由{rel}", P("NAME_RELATIVE", kp.full), "签字。\n")
    return doc


def jiuzhenka_guashi(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    pat = k.zname(c)
    d = k.day(c)
    age = c.ri(20, 80)
    clerk = k.zname(c)
    doc = Doc().put(P("HOSPITAL", hosp), "\n就诊卡挂失/补办申请表\n申请日期：", k.zdp(c, d), "\n")
    if c.chance(0.4):
        kind, num = k.cn_pass(c)
        if kind == "护照" and c.chance(0.5):
            fn, num = k.foreign(c)
            doc.put("姓名：", P("NAME_PATIENT", fn), "  证件类型：外国人护照  证件号码：", P("PASSPORT", num), "\n")
        else:
            doc.put("姓名：", P("NAME_PATIENT", pat.full), f"  证件类型：{kind}  证件号码：", P("PASSPORT", num), "\n")
    else:
        doc.put("姓名：", P("NAME_PATIENT", pat.full), "  证件类型：居民身份证  证件号码：", P("ID_CARD", k.id_card(c, a, k.born(c, age, d), pat.sex)), "\n")
    doc.put("原就诊卡号：", P("ACCOUNT", f"{c.digits(10)}"), f"  挂失原因：{c.ch(('遗失', '损坏', '被盗'))}  新卡号：", P("ACCOUNT", c.digits(12)), "\n")
    doc.put("联系电话：", P("PHONE", k.mobile(c)))
    if c.chance(0.3):
        doc.put("  电子邮箱：", P("EMAIL", f"{c.token(7).lower()}@{c.ch(('qq.com', '163.com', '126.com'))}"))
    doc.put("\n现住址：", k.zh_addr(c, a), ["  邮编：", P("POSTCODE", a.post)] if c.chance(0.6) else "", "\n")
    if c.chance(0.5):
        rel, kp = k.zkin(c, pat)
        doc.put("代办人：", P("NAME_RELATIVE", kp.full), f"（{rel}）  代办人身份证：", P("ID_CARD", k.id_card(c, a, k.born(c, c.ri(25, 60), d), kp.sex)), "\n")
    dx = c.ch((("2型糖尿病", "二甲双胍缓释片", "0.5g bid", "糖化血红蛋白 7.6%", "眼底照相", "双眼"), ("高血压病2级", "苯磺酸氨氯地平片", "5mg qd", "血钾 3.9 mmol/L", "颈动脉彩超", "颈动脉"), ("慢性乙型病毒性肝炎", "恩替卡韦分散片", "0.5mg qd", "HBV-DNA <20 IU/mL", "肝脏瞬时弹性成像", "肝脏")))
    doc.put(f"卡内慢病档案：⟦fi|{dx[0]}⟧，长期用药 ⟦dr|{dx[1]}⟧ ⟦do|{dx[2]}⟧；最近 ⟦lab|{dx[3]}⟧；待做 ⟦pr|{dx[4]}⟧（⟦an|{dx[5]}⟧）\n")
    doc.put(f"既往 ⟦ep|{c.ch(('帕金森病', '桥本甲状腺炎', '克罗恩病'))}⟧ 随访；末次 ⟦me|血压 {c.ri(110, 160)}/{c.ri(65, 98)}mmHg⟧\n")
    doc.put("原卡余额 ", f"{c.ri(0, 900)}.{c.ri(0, 99):02d}", " 元已转入新卡。经办人：", P("NAME_CLINICIAN", clerk.full), "（挂号收费处）\n")
    return doc


def fapiao_chongda(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    pat = k.zname(c)
    d = k.day(c)
    ad = k.add(d, -c.ri(20, 90))
    od = k.add(ad, c.ri(3, 12))
    clerk = k.zname(c)
    doc = Doc().put(P("HOSPITAL", hosp), "财务处\n医疗收费电子票据重开（换开）申请单\n")
    if c.chance(0.25):
        fn, num = k.foreign(c)
        doc.put("患者姓名：", P("NAME_PATIENT", fn), "  护照号：", P("PASSPORT", num), "\n")
    else:
        doc.put("患者姓名：", P("NAME_PATIENT", pat.full), "  医保卡号：", P("INSURANCE", k.yibao(c, a)), "\n")
    doc.put("住院号：", P("MRN", k.zyno(c)), "  入院：", k.zdp(c, ad), "  出院：", k.zdp(c, od), "\n")
    doc.put("结算单号：", P("ACCOUNT", f"JS{c.digits(12)}"), "  原票据号码：", P("ACCOUNT", c.digits(10)), "\n")
    reason = c.ch(("单位报销需要抬头为单位名称", "原票据抬头姓名错误", "商业保险理赔需纸质票据"))
    doc.put(f"重开原因：{reason}\n")
    if c.chance(0.6):
        doc.put("报销单位（抬头）：", P("WORKPLACE", c.ch(("宏达建筑工程有限公司", f"{a.city}第三中学", "恒信物流集团有限公司", f"{a.city}自来水有限公司", "华润纺织厂"))), "\n")
    doc.put("电子票据接收邮箱：", P("EMAIL", f"{c.token(8).lower()}@{c.ch(('qq.com', '163.com', 'sina.com', '139.com'))}"), "  手机：", P("PHONE", k.mobile(c)), "\n")
    doc.put("票据下载：", P("URL", f"https://einvoice.{c.ch(('czfp', 'pjcy', 'ebill'))}.cn/v/{c.token(12)}"), "\n")
    if c.chance(0.5):
        doc.put("纸质票据邮寄地址：", k.zh_addr(c, a), "  邮编 ", P("POSTCODE", a.post), "\n")
    dx = c.ch((("胆囊结石伴慢性胆囊炎", "腹腔镜胆囊切除术", "胆囊", "结石直径1.8cm", "Murphy征"), ("急性阑尾炎", "腹腔镜阑尾切除术", "阑尾", "体温38.6℃", "McBurney点")))
    doc.put(f"附出院小结摘要：⟦fi|{dx[0]}⟧，行 ⟦pr|{dx[1]}⟧，⟦an|{dx[2]}⟧ 病理已回；⟦ep|{dx[4]}⟧阳性；⟦me|{dx[3]}⟧；⟦lab|白细胞 {c.fl(9.5, 16.8)}×10^9/L⟧；术后 ⟦dr|头孢呋辛钠⟧ ⟦do|1.5g q12h⟧\n")
    doc.put("经办：", P("NAME_CLINICIAN", clerk.full), "  日期：", k.zdp(c, d))
    if c.chance(0.6):
        doc.put("  财务处传真：", P("FAX", k.landline(c, a)))
    doc.put("\n")
    return doc


def taipingjian_dengji(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    d = k.day(c)
    keeper = k.zname(c)
    doc = Doc().put(P("HOSPITAL", hosp), f" 太平间遗体出入登记簿（{d.year}年{d.month}月） 管理员：", P("NAME_CLINICIAN", keeper.full), "\n")
    doc.put("入柜日期|姓名|性别|年龄|住院号|死亡原因|死亡证明编号|移交护士|家属/身份证|联系电话|出柜日期|接运车辆\n")
    causes = ("⟦fi|急性心肌梗死⟧", "⟦fi|重症肺炎⟧", "⟦ep|阿尔茨海默病⟧晚期", "⟦fi|多器官功能衰竭⟧", "⟦fi|肺癌⟧晚期", "⟦fi|脑出血⟧")
    n = c.ri(3, 5)
    d = d.replace(day=min(d.day, 12))
    dd = d
    for _ in range(n):
        p = k.zname(c)
        age = k.zage(c, 0.3, 55, 89)
        dd = k.add(dd, c.ri(0, 3))
        rn = k.zname(c)
        rel, kp = k.zkin(c, p, True)
        row = [k.zdp(c, dd, c.ch(("md", "iso"))), "|"]
        if c.chance(0.15):
            fn, num = k.foreign(c)
            rel = "配偶"
            kp = k.zname(c, "M" if fn in k.FOREIGN_F else "F")
            row += [P("NAME_PATIENT", fn), f"|{'女' if fn in k.FOREIGN_F else '男'}|", k.age_p(age), "|护照 ", P("PASSPORT", num), "|"]
        else:
            row += [P("NAME_PATIENT", p.full), f"|{'男' if p.sex == 'M' else '女'}|", k.age_p(age), "|", P("MRN", k.zyno(c)), "|"]
        row += [c.ch(causes), "|", P("OTHER_ID", f"{c.ri(1, 9)}{c.digits(9)}"), "|", P("NAME_CLINICIAN", rn.full), "|", rel, P("NAME_RELATIVE", kp.full), " ", P("ID_CARD", k.id_card(c, a, k.born(c, max(22, age - c.ri(-3, 6)) if rel == "配偶" else c.ri(24, 66), dd), kp.sex)), "|"]
        row += [P("PHONE", k.mobile(c)), "|", k.zdp(c, k.add(dd, c.ri(1, 4)), "md"), "|", P("VEHICLE", k.zh_plate(c, a)), "\n"]
        doc.put(row)
    doc.put("备注：第2行遗体 ⟦lab|HBsAg阳性⟧，按传染病遗体处理，⟦an|左手腕⟧腕带核对无误；柜温 ⟦me|4℃⟧；⟦pr|心肺复苏⟧后遗体已去除气管插管，⟦dr|肾上腺素⟧ ⟦do|1mg⟧ 记录见抢救单。\n")
    return doc


def dengdaiping_rizhi(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    d = k.day(c)
    doc = Doc().put("# 手术等候区信息屏 导出日志  screen=", P("IP", f"192.168.{c.ri(10, 250)}.{c.ri(2, 250)}"), "  ", P("HOSPITAL", hosp), " 手术麻醉中心  ", P("DATE", d.isoformat()), "\n")
    ops = (("胰头癌", "⟦ep|Whipple手术⟧（胰十二指肠切除术）", "胰头"), ("左股骨颈骨折", "⟦pr|人工全髋关节置换术⟧", "左髋关节"), ("甲状腺乳头状癌", "⟦pr|甲状腺全切术⟧", "甲状腺"), ("右肺上叶结节", "⟦pr|胸腔镜右肺上叶切除术⟧", "右肺上叶"))
    for i in range(c.ri(3, 4)):
        p = k.zname(c)
        dx, op, an = c.ch(ops) if i else ops[1]
        sur = k.zname(c)
        t0 = f"{c.ri(7, 15):02d}:{c.ri(0, 59):02d}"
        age = k.zage(c, 0.15, 60 if "置换" in op else 30, 88)
        doc.put(f"{t0} OR{c.ri(1, 18):02d} 状态=手术中 患者=", P("NAME_PATIENT", p.full), " 年龄=", k.age_p(age), " 住院号=", P("MRN", k.zyno(c)), f" 诊断=⟦fi|{dx}⟧ 手术={op} 部位=⟦an|{an}⟧ 主刀=", P("NAME_CLINICIAN", sur.sur), "主任\n")
        st = c.ch(("复苏中", "已回病房", "谈话"))
        if st == "谈话":
            rel, kp = k.zkin(c, p, age > 70)
            doc.put(f"{t0} 广播 请", P("NAME_PATIENT", p.full), f"的家属到谈话间  登记家属={rel}", P("NAME_RELATIVE", kp.full), " 电话=", P("PHONE", k.mobile(c)), "\n")
        else:
            doc.put(f"{t0} 状态={st} 患者=", P("NAME_PATIENT", p.full), f" ⟦me|出血量{c.ri(50, 600)}ml⟧ ⟦lab|乳酸 {c.fl(0.8, 3.2)} mmol/L⟧\n")
        if "置换" in op:
            doc.put(f"{t0} 植入物登记 股骨柄 序列号=", P("DEVICE", f"{c.letters(2)}{c.digits(7)}"), "\n")
    doc.put("# 麻醉：全麻，⟦dr|丙泊酚⟧ ⟦do|2mg/kg⟧ 诱导；屏幕仅在院内网络显示。\n")
    return doc


def jiaohao_rizhi(c) -> Doc:
    a = k.area(c)
    hosp = k.zh_hosp(c, a)
    d = k.day(c)
    dept = c.ch(("心血管内科", "骨科", "内分泌科", "老年医学科"))
    room = c.ri(1, 12)
    md = k.zname(c)
    doc = Doc().put(P("DATE", d.isoformat()), " 07:30:02 [INFO] queue-server start host=", P("IP", f"10.{c.ri(1, 250)}.{c.ri(1, 250)}.{c.ri(2, 250)}"), " site=", P("HOSPITAL", hosp), f" dept={dept}\n")
    doc.put(P("DATE", d.isoformat()), f" 07:55:10 [INFO] doctor.login room=诊室{room} name=", P("NAME_CLINICIAN", md.full))
    if c.chance(0.4):
        doc.put(" cert=", P("LICENSE", k.zhiye(c)))
    doc.put("\n")
    terms = {"心血管内科": ("预检 ⟦me|血压 158/96mmHg⟧ ⟦fi|高血压病⟧", "看报告 ⟦pr|冠脉CTA⟧ ⟦an|左前降支⟧ ⟦ep|Holter⟧", "开药 ⟦dr|阿托伐他汀钙片⟧ ⟦do|20mg qn⟧ ⟦lab|低密度脂蛋白 3.4 mmol/L⟧"), "骨科": ("主诉=⟦an|左膝关节⟧疼痛 ⟦fi|骨关节炎⟧", "看报告 ⟦pr|腰椎MRI⟧ ⟦ep|Schmorl结节⟧", "开药 ⟦dr|塞来昔布胶囊⟧ ⟦do|0.2g qd⟧ ⟦me|VAS 6分⟧"), "内分泌科": ("复诊 ⟦lab|随机血糖 11.2 mmol/L⟧ ⟦fi|2型糖尿病⟧", "开药 ⟦dr|二甲双胍片⟧ ⟦do|0.5g tid⟧", "主诉=⟦an|双足⟧麻木 ⟦pr|神经传导检查⟧ ⟦ep|Graves病⟧史"), "老年医学科": ("复诊 ⟦ep|帕金森病⟧ ⟦dr|多巴丝肼片⟧ ⟦do|125mg tid⟧", "预检 ⟦me|血压 150/88mmHg⟧ ⟦an|右髋⟧疼痛", "复诊 ⟦lab|血钠 131 mmol/L⟧ ⟦pr|头颅CT⟧ ⟦fi|低钠血症⟧"),}[dept]
    for i in range(c.ri(3, 4)):
        p = k.zname(c)
        shown = p.full
        no = f"{c.ch('ABC')}{c.ri(1, 80):03d}"
        t = f"{c.ri(8, 11):02d}:{c.ri(0, 59):02d}:{c.ri(10, 59)}"
        doc.put(P("DATE", d.isoformat()), f" {t} [INFO] checkin no={no} via={c.ch(('自助机', '微信', '护士站'))} patient=")
        if c.chance(0.2):
            shown, num = k.foreign(c)
            doc.put(P("NAME_PATIENT", shown), " passport=", P("PASSPORT", num))
        else:
            doc.put(P("NAME_PATIENT", p.full), " mz=", P("MRN", k.mzno(c)))
        doc.put(" tel=", P("PHONE", k.mobile(c)), f" {terms[(i + c.ri(0, 4)) % len(terms)]}\n")
        doc.put(P("DATE", d.isoformat()), f' {t[:6]}{min(59, int(t[6:]) + c.ri(5, 40))} [INFO] call no={no} text="请{no}号 ', P("NAME_PATIENT", shown), f' 到诊室{room}就诊"\n')
    if c.chance(0.4):
        doc.put(P("DATE", d.isoformat()), " 10:02:44 [WARN] sms.push fail url=", P("URL", f"https://mp.weixin.qq.com/hos/q?t={c.token(16)}"), "\n")
    return doc

# fmt: on

TEMPLATES = [
    ("zh33_peixue_baogao", peixue_baogao),
    ("zh33_jiuzhenka_guashi", jiuzhenka_guashi),
    ("zh33_fapiao_chongda", fapiao_chongda),
    ("zh33_taipingjian_dengji", taipingjian_dengji),
    ("zh33_dengdaiping_rizhi", dengdaiping_rizhi),
    ("zh33_jiaohao_rizhi", jiaohao_rizhi),
    *zh2.TEMPLATES,
]
