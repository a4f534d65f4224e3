"""v17 Chinese templates, part 1 (six document types; part 2 is templates_v17_zh2.py). README.md "v17"."""

# ruff: noqa: E501  (document text)

from __future__ import annotations

import datetime as dt

from _core import Ctx, Doc, P
from _v17_kit import (
    ZH_LATIN,
    ZH_OTHER_HOSP,
    hk_permit,
    id_card,
    passport,
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
)


def _dob(c: Ctx, a0: int, a1: int, ref: dt.date) -> tuple[dt.date, int]:
    age = c.ri(a0, a1)
    return dt.date(ref.year - age, c.ri(1, 12), c.ri(1, 28)), age


def _age(age: int):
    return P("AGE_OVER_89", str(age)) if age > 89 else str(age)


def mect(c: Ctx) -> Doc:
    g = zh_geo(c)
    nm, sur = zh_person(c)
    gd, _ = zh_person(c)
    d0 = rdate(c)
    doc_n, doc_s = zh_person(c, False)
    an_n, an_s = zh_person(c, False)
    d = Doc()
    d.add("{h} 精神科\n改良电休克治疗（MECT）记录单\n\n姓名：{nm}　住院号：{mrn}　结算单号：{acct}　床号：{bed}\n监护人：{gd}（{rel}）　电话：{ph}\n",
          h=P("HOSPITAL", zh_hosp(c, g)), nm=P("NAME_PATIENT", nm), mrn=P("MRN", c.digits(8)), acct=P("ACCOUNT", f"JS{c.digits(10)}"),
          bed=str(c.ri(1, 40)), gd=P("NAME_RELATIVE", gd), rel=c.pick("母亲", "丈夫", "儿子", "姐姐"), ph=P("PHONE", zh_mobile(c)))
    d.add("诊断：{dx}。⟦me|汉密尔顿抑郁量表（HAMD）评分 31分⟧；心电图检查号 {ecg}。\n\n",
          dx=c.pick("⟦fi|重度抑郁发作⟧伴⟦fi|自杀观念⟧", "⟦fi|精神分裂症⟧（紧张型）", "⟦fi|双相情感障碍⟧，目前为躁狂发作"),
          ecg=P("ACCESSION", f"ECG{c.digits(9)}"))
    d.add("次数｜日期｜麻醉｜肌松｜电量｜发作时间｜操作者\n")
    for i in range(c.ri(3, 5)):
        d.add("{i}｜{dt}｜⟦dr|丙泊酚⟧ ⟦do|{p}mg⟧｜⟦dr|琥珀胆碱⟧ ⟦do|{s}mg⟧｜⟦me|{e}%⟧｜⟦me|{t}秒⟧｜{op}\n", i=str(i + 1),
              dt=P("DATE", zh_date(c, plus(d0, 2 * i), c.pick("md", "dash", "dot"))), p=str(c.ri(6, 12) * 10), s=str(c.ri(4, 8) * 10),
              e=str(c.ri(30, 80)), t=str(c.ri(25, 60)), op=P("NAME_CLINICIAN", c.pick(doc_n, an_n)))
    d.add("\n治疗前禁食⟦me|8小时⟧，⟦dr|阿托品⟧ ⟦do|0.5mg 静脉注射⟧。第{k}次后诉⟦fi|头痛⟧，给予⟦dr|对乙酰氨基酚⟧ ⟦do|0.5g 口服⟧。治疗后{sur}主任查房：情绪改善，⟦fi|近事记忆减退⟧轻度。\n",
          k=str(c.ri(1, 3)), sur=P("NAME_CLINICIAN", doc_s))
    d.add("主治医师：{dn}（执业证书编号 {lic}）　麻醉医师：{an}\n", dn=P("NAME_CLINICIAN", doc_n), lic=P("LICENSE", f"1{c.digits(14)}"),
          an=P("NAME_CLINICIAN", an_n))
    return d


def gene_test(c: Ctx) -> Doc:
    g = zh_geo(c)
    nm, _ = zh_person(c)
    d0 = rdate(c)
    dob, age = _dob(c, 28, 82, d0)
    sex = c.pick("M", "F")
    doc_n, doc_s = zh_person(c, False)
    d = Doc()
    lab = c.pick("华因康基因", "泛生子医学检验所", "世和检验")
    d.add("肿瘤基因检测送检单（{lab}）\n送检医院：{h}　送检医生：{dn}（执业证书编号 {lic}）\n\n",
          lab=P("HOSPITAL", lab), h=P("HOSPITAL", zh_hosp(c, g)), dn=P("NAME_CLINICIAN", doc_n), lic=P("LICENSE", f"2{c.digits(14)}"))
    foreign = c.chance(0.2)
    idpart = ["护照号：", P("PASSPORT", passport(c))] if foreign else ["身份证号：", P("ID_CARD", id_card(c, dob, sex))]
    d.add("受检者：{nm}　性别：{sx}　年龄：{age}岁　{idp}\n门诊号：{mz}　就诊卡号：{kh}　联系电话：{ph}　邮箱：{em}\n",
          nm=P("NAME_PATIENT", c.ch(ZH_LATIN) if foreign else nm), sx="男" if sex == "M" else "女", age=_age(age), idp=idpart,
          mz=P("MRN", f"MZ{c.digits(9)}"), kh=P("ACCOUNT", c.digits(12)), ph=P("PHONE", zh_mobile(c)),
          em=P("EMAIL", f"{c.pick('xyz', 'lan', 'qiu', 'mu')}{c.digits(5)}@{c.pick('163.com', 'qq.com', '126.com')}"))
    dx = c.ch((("⟦fi|肺腺癌⟧", "⟦an|右肺上叶⟧", "EGFR、ALK、ROS1、KRAS", "⟦dr|奥希替尼⟧ ⟦do|80mg qd⟧"),
               ("⟦fi|结直肠癌⟧", "⟦an|乙状结肠⟧", "KRAS/NRAS/BRAF、MSI", "⟦dr|西妥昔单抗⟧"),
               ("⟦fi|卵巢高级别浆液性癌⟧", "⟦an|左侧附件⟧", "BRCA1/2、HRD", "⟦dr|奥拉帕利⟧ ⟦do|300mg bid⟧")))
    d.add(f"临床诊断：{dx[0]}，原发部位{dx[1]}；⟦me|cT2aN1M0⟧。检测项目：{dx[2]}；拟用药：{dx[3]}。\n")
    d.add("标本：石蜡切片10张，病理号 {bl}（{src}）；外周血 ⟦me|10ml⟧，条码号 {bc}\n采样日期：{cy}　寄送日期：{js}\n",
          bl=P("ACCESSION", f"{d0.year % 100}-{c.ri(1000, 29999)}"), src=P("HOSPITAL", c.ch(ZH_OTHER_HOSP)) if c.chance(0.4) else "本院",
          bc=P("ACCESSION", c.digits(13)), cy=P("DATE", zh_date(c, d0)), js=P("DATE", zh_date(c, plus(d0, 1), "md")))
    d.add("⟦lab|CEA 12.6 ng/ml⟧；既往⟦ep|林奇综合征⟧家族史：{yn}。\n报告查询：{url}（LIS终端 {ip}）　结果回传传真：{fax}\n{sur}主任签字：________\n",
          yn=c.pick("无", "有（父亲）"), url=P("URL", f"https://report.{c.pick('hyk', 'gtx', 'sh')}-lab.cn/q?id={c.token(10)}"),
          ip=P("IP", zh_ip(c)), fax=P("FAX", zh_landline(c)), sur=P("NAME_CLINICIAN", doc_s))
    return d


def pd_home(c: Ctx) -> Doc:
    g = zh_geo(c)
    nm, sur = zh_person(c)
    fam, _ = zh_person(c, False)
    d0 = rdate(c)
    dob, age = _dob(c, 45, 96, d0)
    if age <= 89 and c.chance(0.3):
        dob, age = _dob(c, 90, 95, d0)
    nurse, ns = zh_person(c, False)
    d = Doc()
    d.add("腹膜透析居家随访记录\n{h} 腹透中心　随访日期：{dt}\n\n", h=P("HOSPITAL", zh_hosp(c, g)), dt=P("DATE", zh_date(c, d0)))
    d.add("患者：{nm}　年龄：{age}岁　病案号：{mrn}　医保卡号：{yb}\n住址：", nm=P("NAME_PATIENT", nm), age=_age(age), mrn=P("MRN", c.digits(7)),
          yb=P("INSURANCE", f"{c.letters(1)}{c.digits(9)}"))
    d.put(*zh_addr(c, g))
    d.add("（邮编 {yb}）\n照护人：{fam}（{rel}），{ph}\n", yb=P("POSTCODE", g[3]), fam=P("NAME_RELATIVE", fam), rel=c.pick("老伴", "女儿", "儿媳"), ph=P("PHONE", zh_mobile(c)))
    d.add("自动腹透机序列号：{sn}；⟦ep|Tenckhoff导管⟧出口处：无红肿、无渗液。\n", sn=P("DEVICE", f"{c.pick('APD', 'HP')}{c.digits(8)}"))
    d.add("透析方案：⟦dr|1.5%葡萄糖腹膜透析液⟧ ⟦do|2000ml×4次/日⟧，夜间加⟦dr|艾考糊精⟧ ⟦do|2000ml⟧。超滤量⟦me|650ml/日⟧，尿量⟦me|300ml/日⟧。\n")
    d.add("检验：⟦lab|血红蛋白 98 g/L⟧，⟦lab|血白蛋白 31 g/L⟧，⟦lab|血钾 3.2 mmol/L⟧。⟦me|血压 152/90 mmHg⟧，⟦me|体重 58.5 kg⟧。\n")
    d.add("问题：{q}\n家属原话：“{call}这几天胃口不好，{agephr}的人了，换液都是我做。”\n",
          q=c.pick("⟦fi|低钾血症⟧，加⟦dr|氯化钾缓释片⟧ ⟦do|1g bid⟧", "透出液浑浊，考虑⟦fi|腹膜炎⟧，留取透出液培养", "⟦fi|水肿⟧，改用⟦dr|2.5%葡萄糖腹膜透析液⟧"),
          call=["老", P("NAME_PATIENT", sur)] if len(sur) == 1 else P("NAME_PATIENT", nm),
          agephr=[P("AGE_OVER_89", str(age)), "岁"] if age > 89 else "上了年纪")
    d.add("下次随访：{nx}　随访护士：{nn}　（{ns}护士长审核）\n", nx=P("DATE", zh_date(c, plus(d0, 30), "md")), nn=P("NAME_CLINICIAN", nurse),
          ns=P("NAME_CLINICIAN", ns))
    return d


def claim_auth(c: Ctx) -> Doc:
    g = zh_geo(c)
    nm, _ = zh_person(c)
    ag, _ = zh_person(c, False)
    d0 = rdate(c)
    dob, age = _dob(c, 30, 88, d0)
    if c.chance(0.35):
        dob, age = _dob(c, 90, 99, d0)
    sex = c.pick("M", "F")
    co = c.pick("平安人寿", "太平洋保险", "泰康人寿", "中国人寿")
    d = Doc()
    d.add("授 权 书\n（商业保险理赔病历资料调取）\n\n致：{h} 病案管理科\n", h=P("HOSPITAL", zh_hosp(c, g)))
    d.add("本人{nm}（身份证号 {idc}，年龄 {age} 岁），住院号 {mrn}，于{d1}至{d2}在贵院住院治疗。",
          nm=P("NAME_PATIENT", nm), idc=P("ID_CARD", id_card(c, dob, sex)), age=_age(age), mrn=P("MRN", c.digits(9)),
          d1=P("DATE", zh_date(c, d0)), d2=P("DATE", zh_date(c, plus(d0, c.ri(5, 20)), c.pick("cn", "md"))))
    d.add("现授权{co}调取本人病历资料，保单号 {bd}，理赔案件号 {aj}。\n", co=co, bd=P("INSURANCE", f"P{c.digits(15)}"),
          aj=P("OTHER_ID", f"LP{d0.year}{c.digits(8)}"))
    d.add("住院诊断：{dx}\n", dx=c.pick("⟦fi|川崎病⟧（⟦ep|Kawasaki病⟧）恢复期", "⟦fi|急性胆囊炎⟧，行⟦pr|腹腔镜胆囊切除术⟧", "⟦fi|2型糖尿病⟧伴⟦fi|糖尿病足⟧，⟦dr|胰岛素⟧ ⟦do|12U 皮下注射⟧",
                                          "⟦fi|左股骨粗隆间骨折⟧，行⟦pr|PFNA内固定术⟧"))
    agent_doc = c.pick("id", "pp", "hk")
    agent_num = {"id": P("ID_CARD", id_card(c, _dob(c, 25, 60, d0)[0], c.pick("M", "F"))), "pp": P("PASSPORT", passport(c)), "hk": P("PASSPORT", hk_permit(c))}[agent_doc]
    d.add("代办人：{ag}（{rel}），证件：{dk} {an}\n", ag=P("NAME_RELATIVE", ag), rel=c.pick("女儿", "儿子", "孙子", "配偶"),
          dk={"id": "身份证", "pp": "护照", "hk": "港澳居民来往内地通行证"}[agent_doc], an=agent_num)
    d.add("被保险人工作单位：{wu}\n通讯地址：", wu=P("WORKPLACE", zh_employer(c, g)))
    d.put(*zh_addr(c, g))
    d.add("　邮编：{yb}\n联系电话：{ph}　电子邮箱：{em}\n保险公司理赔部传真：{fax}\n\n授权人签字：{nm2}　　{dt}\n",
          yb=P("POSTCODE", g[3]), ph=P("PHONE", zh_mobile(c)), em=P("EMAIL", f"{c.pick('lipei', 'kf', 'claim')}{c.digits(4)}@{c.pick('pingan.com.cn', 'cpic.com.cn', 'taikang.com')}"),
          fax=P("FAX", zh_landline(c)), nm2=P("NAME_PATIENT", nm),
          dt=P("DATE", zh_date(c, plus(d0, c.ri(30, 90)))))
    return d


def marathon_zh(c: Ctx) -> Doc:
    g = zh_geo(c)
    d0 = rdate(c)
    lead, ls = zh_person(c, False)
    d = Doc()
    d.add("{city}马拉松 医疗站（{km}公里）救治登记导出.csv\n导出时间 {dt} 19:40　导出终端 {ip}　站长：{ld}　值班电话 {tel}\n",
          city=P("CITY", g[1]), km=c.pick("30", "35", "40"), dt=P("DATE", zh_date(c, d0, c.pick("dash", "slash"))), ip=P("IP", zh_ip(c)),
          ld=P("NAME_CLINICIAN", lead), tel=P("PHONE", zh_landline(c)))
    d.add("号码布,姓名,证件号,年龄,到站,主诉及处置,紧急联系人,联系电话,去向\n")
    for _ in range(c.ri(3, 4)):
        foreign = c.chance(0.35)
        dob, age = _dob(c, 20, 70, d0)
        sex = c.pick("M", "F")
        nm = c.ch(ZH_LATIN) if foreign else zh_person(c)[0]
        care = c.ch(("⟦fi|运动相关性低钠血症⟧ ⟦lab|血钠 129 mmol/L⟧ ⟦dr|3%氯化钠⟧ ⟦do|100ml 静滴⟧", "⟦fi|热射病⟧ ⟦me|肛温 40.6℃⟧ ⟦pr|冰水浸泡降温⟧",
                      "⟦an|右小腿⟧⟦fi|肌肉痉挛⟧ 口服补液盐", "⟦fi|低血糖⟧ ⟦lab|指尖血糖 2.9 mmol/L⟧ ⟦dr|50%葡萄糖⟧ ⟦do|40ml⟧",
                      "⟦ep|Osgood-Schlatter病⟧旧伤 ⟦an|左膝⟧疼痛 冰敷"))
        d.add("{bib},{nm},{idn},{age},{t},{care},{ec},{ph},{go}\n", bib=P("OTHER_ID", f"{c.pick('A', 'B', 'C')}{c.digits(5)}"),
              nm=P("NAME_PATIENT", nm), idn=P("PASSPORT", passport(c)) if foreign else P("ID_CARD", id_card(c, dob, sex)), age=str(age),
              t=f"{c.ri(9, 12)}:{c.ri(10, 59)}", care=care, ec=P("NAME_RELATIVE", zh_person(c)[0]), ph=P("PHONE", zh_mobile(c)),
              go=c.pick("返回赛道", "120转运", "自行离开", "退赛"))
    d.add("\n备注：120转运者送{h}急诊，交接人{sur}医生。\n", h=P("HOSPITAL", zh_hosp(c, g)), sur=P("NAME_CLINICIAN", ls))
    return d


def i131(c: Ctx) -> Doc:
    g = zh_geo(c)
    nm, sur = zh_person(c)
    fam, _ = zh_person(c, False)
    d0 = rdate(c)
    dob, age = _dob(c, 25, 80, d0)
    if c.chance(0.2):
        dob, age = _dob(c, 90, 93, d0)
    doc_n, doc_s = zh_person(c, False)
    d = Doc()
    d.add("{h} 核医学科\n碘-131治疗出院辐射防护告知单\n\n患者：{nm}　年龄：{age}　住院号：{mrn}　检查号：{jc}\n",
          h=P("HOSPITAL", zh_hosp(c, g)), nm=P("NAME_PATIENT", nm), age=_age(age), mrn=P("MRN", c.digits(8)), jc=P("ACCESSION", f"NM{c.digits(8)}"))
    dx = c.pick(("⟦fi|甲状腺乳头状癌⟧术后", "⟦dr|碘[131I]化钠口服溶液⟧ ⟦do|100mCi⟧", "⟦lab|刺激性Tg 3.2 ng/ml⟧"),
                ("⟦ep|Graves病⟧（⟦fi|甲状腺功能亢进症⟧）", "⟦dr|碘[131I]化钠口服溶液⟧ ⟦do|8mCi⟧", "⟦lab|FT4 48.6 pmol/L⟧"))
    d.add(f"诊断：{dx[0]}；治疗：{dx[1]}，{dx[2]}。\n")
    d.add("服药日期：{fy}；出院时距体表1米剂量率 ⟦me|18 μSv/h⟧。\n", fy=P("DATE", zh_date(c, d0)))
    d.add("居住地址：")
    d.put(*zh_addr(c, g))
    d.add("（邮编 {yb}）\n工作单位：{wu}，建议休假至{xj}。\n", yb=P("POSTCODE", g[3]), wu=P("WORKPLACE", zh_employer(c, g)),
          xj=P("DATE", zh_date(c, plus(d0, 21), "md")))
    d.add("注意：1周内与孕妇、儿童保持⟦me|2米⟧以上距离，单独睡；多饮水；⟦dr|左甲状腺素钠片⟧ ⟦do|100μg qd⟧ 于{rs}开始服用。\n",
          rs=P("DATE", zh_date(c, plus(d0, 2), c.pick("md", "cn"))))
    d.add("接出院家属：{fam}，电话 {ph}，车辆 {pl}（请勿同车超过⟦me|1小时⟧，坐后排对角）。\n", fam=P("NAME_RELATIVE", fam), ph=P("PHONE", zh_mobile(c)),
          pl=P("VEHICLE", c.pick("湘F", "赣B", "闽C", "浙D") + c.pick("", "·") + c.alnum(5)))
    d.add("复查：{fc}行⟦pr|全身碘扫描⟧。经治医师：{dn}　告知人：{sur}主任\n", fc=P("DATE", zh_date(c, plus(d0, 180))), dn=P("NAME_CLINICIAN", doc_n),
          sur=P("NAME_CLINICIAN", doc_s))
    return d


TEMPLATES_1 = [
    ("zh17_mect_record", mect),
    ("zh17_tumour_gene_request", gene_test),
    ("zh17_pd_home_followup", pd_home),
    ("zh17_insurance_records_auth", claim_auth),
    ("zh17_marathon_station_csv", marathon_zh),
    ("zh17_i131_discharge_notice", i131),
]

from templates_v17_zh2 import TEMPLATES_2  # noqa: E402

TEMPLATES = TEMPLATES_1 + TEMPLATES_2
