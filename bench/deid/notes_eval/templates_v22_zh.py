# ruff: noqa: E501
# fmt: off
"""v22 Chinese templates, part 1 (six document types; part 2 is templates_v22_zh2.py)."""

from __future__ import annotations

import templates_v22_zh2 as _zh2
from _v22_kit import (
    ZH_FOREIGN,
    ZH_GIVEN,
    ZH_XIAOMING,
    Doc,
    P,
    cn_num,
    id_card,
    ipv4,
    plus,
    rdate,
    zd,
    zh_birth,
    zh_hospital,
    zh_landline,
    zh_mobile,
    zh_name,
    zh_place,
    zh_postcode,
    zh_street,
    zh_surname,
)


def specimen_reject(c) -> Doc:
    """标本拒收通知单: key:value form."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    d.add("{h}检验科\n标本拒收通知单\n", h=P("HOSPITAL", zh_hospital(c, g)))
    d.add("患者姓名：{n}　　住院号：{m}　　住院流水号：{a}\n", n=P("NAME_PATIENT", zh_name(c)), m=P("MRN", f"ZY{c.digits(8)}"), a=P("ACCOUNT", f"{day.year}{c.digits(8, False)}"))
    d.add("科室：心内科　床号：{b}床\n条码号：{bc}\n", b=c.ri(1, 60), bc=P("ACCESSION", c.digits(12)))
    item = c.ch((("⟦lab|血钾 6.8 mmol/L⟧", "⟦fi|溶血⟧"), ("⟦lab|凝血酶原时间⟧", "抗凝管采血量不足"), ("⟦lab|血培养⟧", "单瓶送检、标签脱落")))
    d.add("检验项目：" + item[0] + "\n拒收原因：" + item[1] + "\n")
    d.add("采集时间：{dt} {t}　采集护士：{nurse}\n", dt=P("DATE", zd(c, day)), t=f"{c.ri(5, 9):02d}:{c.ri(0, 59):02d}", nurse=P("NAME_CLINICIAN", zh_name(c, 0)))
    d.add("通知方式：电话通知病区{s}护士，{t}已重新采集。\n", s=P("NAME_CLINICIAN", zh_surname(c)), t=P("DATE", zd(c, day, "md")))
    d.add("临床诊断：⟦fi|急性心力衰竭⟧；正在使用⟦dr|呋塞米⟧⟦do|20mg⟧静推。\n")
    d.add("接收检验师：{lab}　　检验科电话：{ph}　　传真：{fx}\n", lab=P("NAME_CLINICIAN", zh_name(c, 0)), ph=P("PHONE", zh_landline(c, g)), fx=P("FAX", zh_landline(c, g)))
    return d


def keto_followup(c) -> Doc:
    """生酮饮食门诊随访记录: 患儿 with 小名, parents, VNS serial, 随访平台."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    sur = zh_surname(c)
    kid = sur + c.ch(ZH_GIVEN)
    xm = c.ch(ZH_XIAOMING)
    mom = zh_name(c, 0)
    d.add("{h} 生酮饮食门诊随访记录\n随访日期：{dt}\n", h=P("HOSPITAL", zh_hospital(c, g)), dt=P("DATE", zd(c, day)))
    d.add("患儿：{k}（小名{x}）　门诊号：{m}　年龄：{a}岁\n", k=P("NAME_PATIENT", kid), x=P("NAME_PATIENT", xm), m=P("MRN", f"MZ{c.digits(9)}"), a=c.ri(2, 11))
    d.add("母亲：{mo}，电话{ph}；父亲：{fa}。家长邮箱：{em}\n", mo=P("NAME_RELATIVE", mom), ph=P("PHONE", zh_mobile(c)), fa=P("NAME_RELATIVE", sur + c.ch(ZH_GIVEN)),
          em=P("EMAIL", f"{c.ch(('mama', 'baobao', 'keto', 'yang'))}{c.digits(6)}@{c.ch(('163.com', 'qq.com', 'sina.com', '126.com'))}"))
    d.add("诊断：⟦fi|难治性癫痫⟧（⟦ep|Dravet综合征⟧）。\n生酮比例：⟦pr|4:1经典生酮饮食⟧，⟦lab|血β-羟丁酸 3.2 mmol/L⟧，⟦lab|血糖 3.9 mmol/L⟧。\n")
    d.add("用药：⟦dr|丙戊酸钠口服溶液⟧⟦do|5ml bid⟧，⟦dr|左乙拉西坦⟧⟦do|0.25g bid⟧。\n")
    d.add("迷走神经刺激器（序列号{sn}）已于{vd}程控，参数不变。\n", sn=P("DEVICE", f"PINS{c.digits(7)}"), vd=P("DATE", zd(c, plus(day, -c.ri(20, 90)), "md")))
    d.add("母亲诉：“{x}这个月只抽了两次，每次不到一分钟。”\n", x=P("NAME_PATIENT", xm))
    d.add("家长每日在随访平台上传酮体：{url}\n", url=P("URL", f"https://keto.yiliao-suifang.cn/u/{c.token(10)}"))
    d.add("营养师：{n1}　　主诊医生：{s}主任\n", n1=P("NAME_CLINICIAN", zh_name(c, 0)), s=P("NAME_CLINICIAN", zh_surname(c)))
    return d


def denture_order(c) -> Doc:
    """义齿加工设计单: a table of teeth, an elderly patient (age over 89), licence of the dentist."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    age = c.ri(90, 101)
    male = c.chance(0.5)
    d.add("{h}口腔科 义齿加工设计单\n", h=P("HOSPITAL", zh_hospital(c, g)))
    d.add("姓名：{n}　性别：{sx}　年龄：{a}岁　门诊号：{m}\n", n=P("NAME_PATIENT", zh_name(c)), sx="男" if male else "女", a=P("AGE_OVER_89", str(age)), m=P("MRN", c.digits(10)))
    d.add("身份证号：{idc}　医保卡号：{ins}\n", idc=P("ID_CARD", id_card(c, g, zh_birth(c, age, day), male)), ins=P("INSURANCE", f"{g[3][:2]}{c.digits(12)}"))
    d.add("{k}：{pp}（常住{city}）\n", k=c.ch(("港澳居民来往内地通行证", "护照", "往来港澳通行证")), pp=P("PASSPORT", c.ch((f"H{c.digits(8)}", f"E{c.digits(8)}", f"C{c.letters(1)}{c.digits(7)}"))),
          city=P("CITY", g[1]))
    d.add("诊断：⟦fi|上颌牙列缺损⟧，⟦fi|慢性牙周炎⟧\n\n| 牙位 | 设计 | 材料 |\n|---|---|---|\n")
    d.add("| ⟦an|右上颌第一磨牙⟧ | ⟦pr|卡环固位⟧ | 钴铬合金 |\n| ⟦an|左上颌尖牙⟧ | ⟦pr|RPI卡环组⟧ | 钴铬合金 |\n| 基托 | ⟦pr|可摘局部义齿⟧ | 树脂 |\n")
    d.add("\n取模日期：{dt}　试戴日期：{dt2}\n", dt=P("DATE", zd(c, day)), dt2=P("DATE", zd(c, plus(day, c.ri(7, 14)), "md")))
    d.add("备注：老人{a}岁高龄，⟦fi|口干症⟧，服用⟦dr|阿司匹林⟧⟦do|100mg qd⟧。\n", a=P("AGE_OVER_89", cn_num(age)))
    d.add("医师：{dn}　医师执业证书编号：{lic}　联系电话：{ph}\n", dn=P("NAME_CLINICIAN", zh_name(c, 0)), lic=P("LICENSE", f"1{c.digits(14, False)}"), ph=P("PHONE", zh_landline(c, g)))
    return d


def elopement(c) -> Doc:
    """患者擅自离院（走失）报告: prose, address, police call number, taxi plate."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    age = c.ri(90, 98)
    male = c.chance(0.5)
    pt = zh_name(c)
    son = zh_name(c, 0)
    d.add("不良事件报告——住院患者走失\n报告医院：{h}\n", h=P("HOSPITAL", zh_hospital(c, g)))
    d.add("患者{pt}，{sx}，{a}岁，住院号{m}，身份证号{idc}。\n", pt=P("NAME_PATIENT", pt), sx="男" if male else "女", a=P("AGE_OVER_89", str(age)), m=P("MRN", f"{c.digits(7)}"),
          idc=P("ID_CARD", id_card(c, g, zh_birth(c, age, day), male)))
    d.add("诊断：⟦fi|阿尔茨海默病⟧（⟦ep|Alzheimer病⟧），⟦fi|2型糖尿病⟧；⟦me|MMSE评分12分⟧。\n")
    d.add("经过：{dt} {t}夜班巡视发现患者不在床，监控显示其乘出租车（车牌{pl}）离开。\n", dt=P("DATE", zd(c, day)), t=f"{c.ri(0, 5):02d}:{c.ri(0, 59):02d}", pl=P("VEHICLE", f"{g[4]}·T{c.digits(4, False)}"))
    d.add("立即电话通知长子{son}（{ph}）并报警，接警编号{jj}。\n", son=P("NAME_RELATIVE", son), ph=P("PHONE", zh_mobile(c)), jj=P("OTHER_ID", f"JJ{day.year}{c.digits(8)}"))
    d.add("现住址：{p}{ci}{st}，邮编{pc}。次日{t2}由派出所在住址附近找到，⟦me|血糖 2.9 mmol/L⟧，予⟦dr|50%葡萄糖⟧⟦do|40ml⟧静推。\n",
          p=P("PROVINCE_STATE", g[0]), ci=P("CITY", g[1]), st=P("ADDRESS_STREET", zh_street(c, g)), pc=P("POSTCODE", zh_postcode(c, g)), t2=P("DATE", zd(c, plus(day, 1), "md")))
    d.add("整改：加装⟦ep|防走失腕带⟧。报告人：{n}护士长；值班医生：{s}医生。\n", n=P("NAME_CLINICIAN", zh_surname(c)), s=P("NAME_CLINICIAN", zh_surname(c)))
    return d


def allergen_report(c) -> Doc:
    """过敏原检测报告 (sIgE table) of a foreign patient with a passport."""
    d = Doc()
    g = zh_place(c)
    day = rdate(c)
    foreign = c.chance(0.5)
    name = c.ch(ZH_FOREIGN) if foreign else zh_name(c)
    d.add("{h}　过敏原特异性IgE检测报告\n", h=P("HOSPITAL", zh_hospital(c, g)))
    d.add("姓名：{n}　门诊号：{m}　标本号：{s}\n", n=P("NAME_PATIENT", name), m=P("MRN", c.digits(9)), s=P("ACCESSION", f"{day.strftime('%y%m%d')}{c.digits(4, False)}"))
    d.add("证件：{k} {pp}\n", k="护照" if foreign else c.ch(("台湾居民来往大陆通行证", "护照")), pp=P("PASSPORT", c.ch((f"{c.letters(2)}{c.digits(7)}", f"{c.digits(8)}", f"E{c.digits(8)}"))))
    d.add("采样日期：{dt}　报告日期：{rd}\n\n项目　结果(kUA/L)　分级\n", dt=P("DATE", zd(c, day)), rd=P("DATE", zd(c, plus(day, 2))))
    d.add("⟦lab|屋尘螨 sIgE 17.5⟧　3级\n⟦lab|猫毛皮屑 sIgE 0.12⟧　0级\n⟦lab|总IgE 486 IU/mL⟧　↑\n")
    d.add("\n临床提示：⟦fi|过敏性鼻炎⟧伴⟦fi|支气管哮喘⟧，建议⟦pr|尘螨皮下免疫治疗⟧；可用⟦dr|布地奈德鼻喷雾剂⟧⟦do|64μg 每鼻孔 bid⟧。\n")
    d.add("电子报告已发送至{em}；查询记录IP {ip}。\n", em=P("EMAIL", f"{c.token(7).lower()}@{c.ch(('gmail.com', 'qq.com', 'outlook.com'))}"), ip=P("IP", ipv4(c)))
    d.add("检验者：{a}　审核者：{b}\n", a=P("NAME_CLINICIAN", zh_name(c, 0)), b=P("NAME_CLINICIAN", zh_name(c, 0)))
    return d


TEMPLATES = [
    ("zh22_specimen_reject", specimen_reject),
    ("zh22_keto_followup", keto_followup),
    ("zh22_denture_order", denture_order),
    ("zh22_elopement_report", elopement),
    ("zh22_allergen_sige", allergen_report),
    *_zh2.TEMPLATES,
]
