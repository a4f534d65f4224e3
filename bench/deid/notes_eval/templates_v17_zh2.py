"""v17 Chinese templates, part 2 (six document types). README.md "v17"."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import datetime as dt

from _core import Ctx, Doc, P
from _v17_kit import (
    ZH_OTHER_HOSP,
    ZH_XIAOMING,
    id_card,
    plus,
    rdate,
    zh_addr,
    zh_date,
    zh_employer,
    zh_geo,
    zh_hosp,
    zh_ip,
    zh_landline,
    zh_mobile,
    zh_person,
    zh_plate,
)


def _dob(c: Ctx, a0: int, a1: int, ref: dt.date) -> tuple[dt.date, int]:
    age = c.ri(a0, a1)
    return dt.date(ref.year - age, c.ri(1, 12), c.ri(1, 28)), age


def _age(age: int):
    return P("AGE_OVER_89", str(age)) if age > 89 else str(age)


def tb_card(c: Ctx) -> Doc:
    g = zh_geo(c)
    nm, sur = zh_person(c)
    d0 = rdate(c)
    old = c.chance(0.6)
    dob, age = _dob(c, 90, 98, d0) if old else _dob(c, 18, 85, d0)
    sex = c.pick("M", "F")
    vd, vs = zh_person(c, False)
    d = Doc()
    d.add("肺结核患者服药管理卡\n登记号：{dj}　管理单位：{h}\n\n", dj=P("OTHER_ID", f"{c.digits(6)}{d0.year}{c.digits(5)}"),
          h=P("HOSPITAL", f"{g[2][0]}{c.pick('青山镇', '白沙镇')}卫生院"))
    d.add("姓名：{nm}　性别：{sx}　年龄：{age}　身份证号：{idc}\n新农合证号：{xnh}　电话：{ph}\n现住址：", nm=P("NAME_PATIENT", nm), sx="男" if sex == "M" else "女",
          age=_age(age), idc=P("ID_CARD", id_card(c, dob, sex)), xnh=P("INSURANCE", f"{c.digits(6)}{c.digits(8, False)}"), ph=P("PHONE", zh_mobile(c)))
    d.put(*zh_addr(c, g)[1:])
    d.add("\n诊断：{dx}；确诊医院：{h2}，{qz}确诊。\n", dx=c.pick("⟦fi|利福平敏感肺结核⟧（初治）", "⟦fi|继发性肺结核⟧ ⟦an|右上肺⟧ 涂阳", "⟦fi|结核性胸膜炎⟧"),
          h2=P("HOSPITAL", f"{g[1]}结核病防治所"), qz=P("DATE", zh_date(c, d0)))
    d.add("方案：⟦dr|HRZE⟧（⟦dr|异烟肼⟧ ⟦do|0.3g qd⟧、⟦dr|利福平⟧ ⟦do|0.45g qd⟧、⟦dr|吡嗪酰胺⟧ ⟦do|1.5g qd⟧、⟦dr|乙胺丁醇⟧ ⟦do|0.75g qd⟧）2个月，后⟦dr|HR⟧ 4个月。\n")
    d.add("服药方式：{fs}；智能药盒序列号 {sn}；随访小程序：{url}\n", fs=c.pick("医务人员督导", "家庭成员督导", "智能工具辅助"),
          sn=P("DEVICE", f"YH{c.digits(9)}"), url=P("URL", f"https://tb.{c.pick('jkgl', 'fjb')}.gov.cn/m/{c.token(8)}"))
    d.add("月份｜访视日期｜漏服次数｜不良反应｜督导医生\n")
    for m in range(c.ri(2, 4)):
        d.add("{m}｜{dt}｜{lf}｜{adr}｜{vd}\n", m=str(m + 1), dt=P("DATE", zh_date(c, plus(d0, 30 * (m + 1)), c.pick("md", "dot"))), lf=str(c.ri(0, 2)),
              adr=c.pick("无", "⟦fi|关节痛⟧，⟦lab|尿酸 512 μmol/L⟧", "⟦fi|胃肠道反应⟧", "⟦lab|ALT 86 U/L⟧"), vd=P("NAME_CLINICIAN", vd))
    if old:
        d.add("家属说：“我家{call}今年{a}岁了，药是我看着吃的。”\n", call=["老", P("NAME_PATIENT", sur)] if len(sur) == 1 else P("NAME_PATIENT", nm), a=P("AGE_OVER_89", str(age)))
    d.add("⟦lab|痰涂片 阴性⟧（第2月末）；⟦pr|胸部CT⟧：病灶吸收。村医{vs}医生负责督导。\n", vs=P("NAME_CLINICIAN", vs))
    return d


def epidural(c: Ctx) -> Doc:
    g = zh_geo(c)
    nm, _ = zh_person(c)
    hb, _ = zh_person(c, False)
    d0 = rdate(c)
    dob, age = _dob(c, 21, 42, d0)
    an_n, an_s = zh_person(c, False)
    d = Doc()
    d.add("{h}\n分娩镇痛知情同意书\n\n产妇姓名：{nm}　年龄：{age}岁　住院号：{mrn}　就诊卡号：{kh}\n身份证号：{idc}\n",
          h=P("HOSPITAL", zh_hosp(c, g)), nm=P("NAME_PATIENT", nm), age=str(age), mrn=P("MRN", c.digits(8)), kh=P("ACCOUNT", c.digits(10)),
          idc=P("ID_CARD", id_card(c, dob, "F")))
    d.add("孕产史：G{g}P{p}，孕⟦me|39+2周⟧，⟦ep|Bishop评分⟧ ⟦me|7分⟧，⟦me|宫口开大2cm⟧。⟦lab|血小板 186×10⁹/L⟧，⟦lab|PT 11.2秒⟧。\n",
          g=str(c.ri(1, 3)), p=str(c.ri(0, 1)))
    d.add("拟行：⟦pr|硬膜外分娩镇痛⟧，穿刺间隙⟦an|L2-3⟧，⟦dr|罗哌卡因⟧ ⟦do|0.1%⟧ 复合⟦dr|舒芬太尼⟧ ⟦do|0.5μg/ml⟧，患者自控镇痛泵（序列号 {sn}）。\n",
          sn=P("DEVICE", f"PCA{c.digits(8)}"))
    d.add("可能风险：⟦fi|低血压⟧、⟦fi|硬脊膜穿破后头痛⟧、⟦fi|局麻药中毒⟧、产程延长等。\n\n")
    d.add("产妇意见：同意。签名：{nm2}　{dt}\n丈夫：{hb}（身份证 {hid}），电话：{ph}\n麻醉医师：{an}（医师执业证书编号 {lic}）　上级医师：{as_}主任\n",
          nm2=P("NAME_PATIENT", nm), dt=P("DATE", zh_date(c, d0, c.pick("cn", "dash"))), hb=P("NAME_RELATIVE", hb),
          hid=P("ID_CARD", id_card(c, _dob(c, 23, 45, d0)[0], "M")), ph=P("PHONE", zh_mobile(c)), an=P("NAME_CLINICIAN", an_n),
          lic=P("LICENSE", f"1{c.digits(14)}"), as_=P("NAME_CLINICIAN", an_s))
    return d


def myopia(c: Ctx) -> Doc:
    g = zh_geo(c)
    kid, sur = zh_person(c)
    par, _ = zh_person(c, False)
    d0 = rdate(c)
    d = Doc()
    d.add("{city}儿童青少年近视筛查结果告知书\n筛查机构：{h}　筛查日期：{dt}\n\n", city=P("CITY", g[1]), h=P("HOSPITAL", zh_hosp(c, g)),
          dt=P("DATE", zh_date(c, d0)))
    d.add("尊敬的{par}家长：\n您的孩子{kid}（小名{xm}，学籍号 {xj}，{cls}）本次筛查结果如下：\n", par=P("NAME_RELATIVE", par), kid=P("NAME_PATIENT", kid),
          xm=P("NAME_PATIENT", c.ch(ZH_XIAOMING)), xj=P("OTHER_ID", f"G{c.digits(18)}"), cls=c.pick("三年级2班", "五年级1班", "初一(4)班"))
    d.add("裸眼视力：右眼⟦me|4.7⟧，左眼⟦me|4.8⟧；非睫状肌麻痹电脑验光：右眼⟦me|-1.25DS⟧，左眼⟦me|-0.75DS⟧；眼轴⟦me|24.1mm⟧。\n")
    d.add("结论：{jl}\n", jl=c.pick("⟦fi|近视⟧，建议到医院行⟦pr|睫状肌麻痹验光⟧（⟦dr|1%环喷托酯滴眼液⟧）", "⟦fi|远视储备不足⟧，建议每日户外活动⟦me|2小时⟧",
                                  "疑似⟦fi|屈光参差⟧，建议验配⟦pr|角膜塑形镜⟧前复查；可考虑⟦dr|0.01%阿托品滴眼液⟧ ⟦do|每晚1滴⟧"))
    d.add("查询电子报告：{url}（登录终端 {ip}）\n校医：{y}　家长回执电话：{ph}\n",
          url=P("URL", f"https://jsh.{c.pick('edu', 'wjw')}-{c.pick('hn', 'jx', 'fj')}.cn/r/{c.token(10)}"), ip=P("IP", zh_ip(c)),
          y=P("NAME_CLINICIAN", zh_person(c, False)[0]), ph=P("PHONE", zh_mobile(c)))
    return d


def charity_drug(c: Ctx) -> Doc:
    g = zh_geo(c)
    nm, _ = zh_person(c)
    d0 = rdate(c)
    dob, age = _dob(c, 18, 80, d0)
    sex = c.pick("M", "F")
    doc_n, doc_s = zh_person(c, False)
    drug = c.pick(("⟦fi|慢性髓系白血病⟧，⟦ep|费城染色体⟧阳性", "⟦dr|伊马替尼⟧ ⟦do|400mg qd⟧"),
                  ("⟦fi|HER2阳性乳腺癌⟧", "⟦dr|曲妥珠单抗⟧ ⟦do|6mg/kg q3w⟧"),
                  ("⟦ep|伯基特淋巴瘤⟧化疗后", "⟦dr|利妥昔单抗⟧ ⟦do|375mg/m²⟧"))
    d = Doc()
    d.add("靶向药物慈善援助项目 患者申请表\n申请编号：{sq}　提交时间：{dt}　提交IP：{ip}\n\n", sq=P("OTHER_ID", f"CF{d0.year}{c.digits(6)}"),
          dt=P("DATE", zh_date(c, d0, "dash")), ip=P("IP", zh_ip(c)))
    d.add("申请人：{nm}　身份证号：{idc}　医保个人编号：{yb}\n工作单位：{wu}（{zt}）\n家庭住址：", nm=P("NAME_PATIENT", nm),
          idc=P("ID_CARD", id_card(c, dob, sex)), yb=P("INSURANCE", f"{c.digits(4)}{c.digits(10, False)}"), wu=P("WORKPLACE", zh_employer(c, g)),
          zt=c.pick("在职", "病休", "已退休"))
    d.put(*zh_addr(c, g))
    d.add("　邮编：{yb}\n手机：{ph}　邮箱：{em}\n", yb=P("POSTCODE", g[3]), ph=P("PHONE", zh_mobile(c)), em=P("EMAIL", f"{c.pick('hope', 'ywy', 'lin')}{c.digits(6)}@{c.pick('qq.com', '163.com', 'sina.com')}"))
    d.add(f"诊断：{drug[0]}；用药：{drug[1]}。⟦lab|BCR-ABL(IS) 0.8%⟧；⟦lab|白细胞 5.6×10⁹/L⟧。\n")
    d.add("自费购药凭证：结算单号 {js}（{h}）；指定发药药房：{yf}\n材料上传：{url}\n", js=P("ACCOUNT", f"{c.digits(14)}"), h=P("HOSPITAL", zh_hosp(c, g)),
          yf=P("HOSPITAL", f"{g[1]}{c.pick('国大药房', '老百姓大药房')}{c.pick('', '人民路店')}"), url=P("URL", f"https://cf.{c.pick('cpaf', 'ccf')}.org.cn/apply/{c.token(9)}"))
    d.add("医生意见：符合援助条件。注册医生：{dn}（{zj}主任）　医院：{h2}\n", dn=P("NAME_CLINICIAN", doc_n), zj=P("NAME_CLINICIAN", doc_s),
          h2=P("HOSPITAL", c.ch(ZH_OTHER_HOSP)))
    return d


def traffic(c: Ctx) -> Doc:
    g = zh_geo(c)
    nm, _ = zh_person(c)
    fam, _ = zh_person(c, False)
    d0 = rdate(c)
    dob, age = _dob(c, 18, 75, d0)
    sex = c.pick("M", "F")
    d = Doc()
    d.add("道路交通事故受伤人员抢救费用垫付申请表\n（{city}道路交通事故社会救助基金）\n\n", city=P("CITY", g[1]))
    d.add("伤者：{nm}　身份证：{idc}　驾驶证档案编号：{jz}\n工作单位：{wu}　电话：{ph}\n", nm=P("NAME_PATIENT", nm), idc=P("ID_CARD", id_card(c, dob, sex)),
          jz=P("LICENSE", c.digits(12)) if c.chance(0.6) else "无", wu=P("WORKPLACE", zh_employer(c, g)), ph=P("PHONE", zh_mobile(c)))
    d.add("事故时间：{dt}　地点：{loc}\n伤者车辆：{p1}（电动自行车/小型轿车）；肇事车辆：{p2}，肇事方逃逸\n交强险保单号：{bd}　事故认定书编号：{rd}\n",
          dt=P("DATE", zh_date(c, d0)), loc=P("ADDRESS_STREET", g[2][1] + c.pick("与", "近") + c.pick("建设路", "人民路") + "交叉口"),
          p1=P("VEHICLE", zh_plate(c)), p2=P("VEHICLE", zh_plate(c)), bd=P("INSURANCE", f"PDZA{d0.year}{c.digits(14)}"),
          rd=P("OTHER_ID", f"{c.pick('湘', '赣', '闽', '浙')}公交认字[{d0.year}]第{c.digits(6)}号"))
    d.add("救治医院：{h}　急诊号：{jz}　CT检查号：{ct}\n", h=P("HOSPITAL", zh_hosp(c, g)), jz=P("MRN", f"JZ{c.digits(8)}"), ct=P("ACCESSION", f"CT{c.digits(9)}"))
    d.add("诊断：{dx}\n", dx=c.pick("⟦fi|创伤性硬膜下血肿⟧，⟦me|GCS 11分⟧，行⟦pr|钻孔引流术⟧", "⟦ep|Monteggia骨折⟧（⟦an|左尺骨近端⟧）", "⟦fi|多发肋骨骨折⟧伴⟦fi|血气胸⟧，⟦pr|胸腔闭式引流术⟧",
                                    "⟦fi|脾破裂⟧，⟦lab|血红蛋白 72 g/L⟧，输⟦dr|悬浮红细胞⟧ ⟦do|4U⟧"))
    d.add("已发生费用⟦me|38,620元⟧，申请垫付。\n家属：{fam}，{ph2}　医院经办人：{jb}　医院传真：{fax}\n", fam=P("NAME_RELATIVE", fam), ph2=P("PHONE", zh_mobile(c)),
          jb=P("NAME_CLINICIAN", zh_person(c, False)[0]), fax=P("FAX", zh_landline(c)))
    return d


def cbti(c: Ctx) -> Doc:
    g = zh_geo(c)
    nm, sur = zh_person(c)
    d0 = rdate(c)
    th, ts = zh_person(c, False)
    d = Doc()
    d.add("失眠认知行为治疗（CBT-I）睡眠日记　第{w}周\n{h} 睡眠医学中心　门诊号：{mz}\n患者：{nm}　治疗师：{th}　线上平台：{url}（最近登录 {ip}）\n\n",
          w=str(c.ri(1, 6)), h=P("HOSPITAL", zh_hosp(c, g)), mz=P("MRN", c.digits(10)), nm=P("NAME_PATIENT", nm), th=P("NAME_CLINICIAN", th),
          url=P("URL", f"https://sleep.{c.pick('hosp', 'smc')}.cn/u/{c.token(8)}"), ip=P("IP", zh_ip(c)))
    d.add("日期　｜上床　｜入睡潜伏期｜夜醒｜起床　｜睡眠效率\n")
    for i in range(c.ri(4, 6)):
        d.add("{dt}｜23:{a}｜⟦me|{lat}分钟⟧｜{n}次｜06:{b}｜⟦me|{se}%⟧\n", dt=P("DATE", zh_date(c, plus(d0, i), c.pick("md", "slash"))), a=f"{c.ri(0, 5)}0",
              lat=str(c.ri(10, 90)), n=str(c.ri(0, 4)), b=f"{c.ri(0, 5)}0", se=str(c.ri(62, 92)))
    d.add("诊断：⟦fi|慢性失眠障碍⟧，⟦me|PSQI 14分⟧，⟦me|ISI 19分⟧；合并⟦fi|广泛性焦虑⟧。\n")
    d.add("用药：⟦dr|右佐匹克隆⟧ ⟦do|1mg qn⟧ 逐步减停；⟦dr|曲唑酮⟧ ⟦do|25mg qn⟧。\n")
    d.add("患者留言：“{ts}老师，单位（{wu}）这周倒夜班，睡眠窗口能不能调？”——如需联系：{em} / {ph}\n",
          ts=P("NAME_CLINICIAN", ts), wu=P("WORKPLACE", zh_employer(c, g)), em=P("EMAIL", f"{c.pick('shuimian', 'zz', 'wy')}{c.digits(5)}@{c.pick('qq.com', '163.com')}"),
          ph=P("PHONE", zh_mobile(c)))
    return d


TEMPLATES_2 = [
    ("zh17_tb_dot_card", tb_card),
    ("zh17_labour_epidural_consent", epidural),
    ("zh17_myopia_screen_notice", myopia),
    ("zh17_targeted_drug_charity", charity_drug),
    ("zh17_rta_fund_advance", traffic),
    ("zh17_cbti_sleep_diary", cbti),
]
