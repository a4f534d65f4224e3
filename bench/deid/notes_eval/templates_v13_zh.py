"""v13 Chinese templates: 12 document types none of v1-v12 used (README.md "v13").

Each template takes a Ctx and returns a Doc; PHI goes in as P(...), keep terms as ⟦kind|term⟧ markup.
"""

# ruff: noqa: E501  (document text reads better unwrapped)

from __future__ import annotations

# Hand-laid data and document text: the formatter would triple the length.
# fmt: off
from _v13_kit import (
    XIAO_MING,
    Ctx,
    Doc,
    P,
    addr_zh,
    an_age,
    born,
    chepai,
    danwei,
    day,
    di,
    email_zh,
    huzhao,
    ip,
    jianchahao,
    jiedao,
    kin,
    ren,
    rens,
    serial,
    sfz,
    shift,
    shouji,
    tm,
    tongxingzheng,
    url_zh,
    yibao,
    yiyuan,
    youbian,
    zh_date,
    zhiye,
    zhuyuan,
    zuoji,
)


def _age(age: int, unit: str = "岁") -> list:
    return [P("AGE_OVER_89", str(age)) if age > 89 else str(age), unit]


def t_mijie(c: Ctx) -> Doc:
    p, qi, er, lao, doc = rens(c, 5)
    g = di(c)
    d0 = day(c)
    age = c.ri(22, 63)
    old = an_age(c, 0.6, 70, 89)
    d = Doc()
    d.add("肺结核患者密切接触者筛查登记表\n报告卡编号：{card}    登记日期：{dt}\n\n", card=P("OTHER_ID", f"{c.digits(6)}{c.digits(6, False)}"), dt=zh_date(c, d0))
    d.add("指示病例：{nm}    性别：{xb}    年龄：{age}岁    身份证号：{sfz}\n现住址：{addr}\n工作单位：{dw}    联系电话：{ph}\n",
          nm=P("NAME_PATIENT", p.name), xb=p.xb, age=str(age), sfz=P("ID_CARD", sfz(c, born(c, age, d0), p.sex)), addr=addr_zh(c, g),
          dw=P("WORKPLACE", danwei(c, g)), ph=P("PHONE", shouji(c)))
    if c.chance(0.7):
        d.add("备注：患者为网约车司机，车牌{cp}，近3个月载客约600人次，乘客筛查另行通报。\n", cp=P("VEHICLE", chepai(c)))
    if c.chance(0.6):
        d.add("发病前曾赴泰国务工，护照号{hz}。\n", hz=P("PASSPORT", huzhao(c)))
    d.add("诊断：{hosp}确诊⟦fi|继发性肺结核⟧（⟦an|右上肺⟧，⟦fi|空洞形成⟧），⟦lab|痰涂片抗酸杆菌3+⟧，⟦lab|GeneXpert阳性⟧，痰标本号{bb}。"
          "予⟦dr|异烟肼⟧⟦do|0.3g qd⟧、⟦dr|利福平⟧⟦do|0.45g qd⟧、⟦dr|吡嗪酰胺⟧、⟦dr|乙胺丁醇⟧四联抗结核。\n\n",
          hosp=P("HOSPITAL", yiyuan(c, g)[0]), bb=P("ACCESSION", jianchahao(c)))
    d.add("姓名\t关系\t年龄\t联系电话\t症状\tPPD\t胸片\n")
    rows = [(P("NAME_RELATIVE", qi.name), "配偶", [str(age + c.ri(-3, 3)), "岁"], P("PHONE", shouji(c)), "无", "⟦lab|PPD硬结16mm⟧", "⟦fi|未见活动性病灶⟧"),
            (P("NAME_RELATIVE", er.name), "子女", [str(c.ri(3, 17)), "岁"], "同上", "咳嗽2周", "⟦lab|PPD硬结8mm⟧", "待查"),
            (P("NAME_RELATIVE", lao.name), kin(c, lao.sex, ["母亲", "祖母", "外婆"], ["父亲", "祖父"]), _age(old), P("PHONE", zuoji(c, g)), "无", "未做", "⟦fi|陈旧性钙化灶⟧")]
    for r in rows:
        d.put(*[x for cell in r for x in (cell, "\t")][:-1], "\n")
    d.add("\n处理：⟦lab|γ-干扰素释放试验阳性⟧者予⟦pr|预防性治疗⟧；{er2}所在学校另行通知。调查人：{doc}（疾控中心）\n",
          er2=P("NAME_RELATIVE", er.name), doc=P("NAME_CLINICIAN", doc.name))
    return d


def t_tuifei(c: Ctx) -> Doc:
    p, dai, clerk = rens(c, 3)
    g = di(c)
    d0 = day(c)
    age = an_age(c, 0.2, 25, 88)
    d = Doc()
    d.add("{h}\n住院患者退费申请单\n\n患者姓名：{nm}    住院号：{zy}\n身份证号：{sfz}\n医保卡号：{yb}\n出院日期：{dt}    结算单号：{js}\n",
          h=P("HOSPITAL", yiyuan(c, g)[0]), nm=P("NAME_PATIENT", p.name), zy=P("MRN", zhuyuan(c)), sfz=P("ID_CARD", sfz(c, born(c, age, d0), p.sex)),
          yb=P("INSURANCE", yibao(c)), dt=zh_date(c, d0), js=P("ACCOUNT", f"JS{c.digits(12)}"))
    d.add("出院诊断：⟦fi|社区获得性肺炎⟧；⟦fi|2型糖尿病⟧\n退费原因：预交金余额退还（⟦dr|莫西沙星⟧ ⟦do|0.4g qd⟧ 3天医嘱作废，药品已退回药房）\n"
          "退费金额：¥{amt}\n收款账户：{bank} {acct}（户名 {hm}）\n\n",
          amt=f"{c.ri(300, 9000)}.{c.ri(0, 99):02d}", bank=c.ch(["中国建设银行", "中国农业银行", "邮政储蓄银行"]), acct=P("ACCOUNT", f"6217 {c.digits(4, False)} {c.digits(4, False)} {c.digits(4, False)} {c.digits(3, False)}"),
          hm=P("NAME_PATIENT", p.name))
    d.add("代办人：{dai}（与患者关系：{gx}）    证件：{zj}\n联系电话：{ph}\n邮寄地址：{addr}    邮编：{yb}\n",
          dai=P("NAME_RELATIVE", dai.name), gx=kin(c, dai.sex, ["女儿", "外孙女", "侄女"], ["儿子", "侄子", "外孙"]),
          zj=c.pick(["港澳居民来往内地通行证 ", P("PASSPORT", tongxingzheng(c))], ["护照 ", P("PASSPORT", huzhao(c))], ["台湾居民来往大陆通行证 ", P("PASSPORT", tongxingzheng(c))]),
          ph=P("PHONE", shouji(c)), addr=addr_zh(c, g), yb=P("POSTCODE", youbian(c, g)))
    if c.chance(0.5):
        d.add("电子发票发送至：{em}\n", em=P("EMAIL", email_zh(c)))
    d.add("\n患者年龄：{age}    经办（收费处）：{clerk}    审核日期：{dt2}\n", age=_age(age), clerk=P("NAME_CLINICIAN", clerk.name), dt2=zh_date(c, shift(d0, c.ri(1, 9))))
    return d


def t_hecha(c: Ctx) -> Doc:
    p, zd, mz, xh = rens(c, 4)
    d0 = day(c)
    age = an_age(c, 0.1, 30, 86)
    op = c.ch([("⟦pr|腹腔镜胆囊切除术⟧", "⟦fi|胆囊结石伴慢性胆囊炎⟧", "无", "普外科", "胆囊"), ("⟦pr|人工全髋关节置换术⟧", "⟦fi|股骨头缺血性坏死⟧", "髋臼杯、股骨柄", "骨科", "股骨头"),
               ("⟦pr|腰椎后路减压融合内固定术⟧", "⟦fi|腰椎管狭窄症⟧", "椎弓根螺钉", "脊柱外科", ""), ("⟦pr|永久起搏器植入术⟧", "⟦fi|病态窦房结综合征⟧", "起搏器脉冲发生器", "心内科", "")])
    d = Doc()
    d.add("手术安全核查表\n科别：{ke}  患者姓名：{nm}  性别：{xb}  年龄：{age}\n住院号：{zy}  麻醉方式：{mzfs}\n手术方式：{op}\n术前诊断：{dx}\n手术日期：{dt}\n\n",
          ke=op[3], nm=P("NAME_PATIENT", p.name), xb=p.xb, age=_age(age), zy=P("MRN", zhuyuan(c)),
          mzfs=c.pick("全身麻醉", "腰硬联合麻醉", "局部麻醉"), op=op[0], dx=op[1], dt=zh_date(c, d0))
    d.add("【麻醉实施前】患者身份核对 ☑  手术部位标识 ☑  知情同意 ☑  ⟦me|ASA分级 II级⟧  过敏史：⟦dr|头孢呋辛⟧ 皮试阴性\n"
          "【手术开始前】预防性抗菌药物 ⟦dr|头孢唑林⟧ ⟦do|2g 静滴⟧ 于切皮前30分钟给予  预计失血量 ⟦me|200ml⟧\n"
          "【患者离室前】实际手术方式确认 ☑  器械敷料清点正确 ☑  标本：{bb}\n", bb=[op[4] + "，病理号 ", P("ACCESSION", jianchahao(c))] if op[4] else "无")
    if op[2] != "无":
        d.add("植入物：{zr}  序列号 {sn}（条码贴于背面）\n", zr=op[2], sn=P("DEVICE", serial(c)))
    d.add("\n手术医师：{zd}（执业证书编号 {zs}）   麻醉医师：{mz}   巡回护士：{xh}\n备注：{xing}主任术中会诊，患者由{xhs}护士送返病房。\n",
          zd=P("NAME_CLINICIAN", zd.name), zs=P("LICENSE", zhiye(c)), mz=P("NAME_CLINICIAN", mz.name), xh=P("NAME_CLINICIAN", xh.name),
          xing=P("NAME_CLINICIAN", ren(c, minzu=0).sur), xhs=P("NAME_CLINICIAN", xh.sur or xh.name))
    return d


def t_yachuang(c: Ctx) -> Doc:
    p, jia, hs = rens(c, 3)
    g = di(c)
    d0 = day(c)
    age = an_age(c, 0.6, 68, 89)
    d = Doc()
    d.add("压力性损伤上报表（护理部）\n上报科室：{ke}    上报时间：{dt} {t}\n上报终端：{ip}\n\n", ke=c.pick("老年医学科", "神经内科", "ICU"), dt=zh_date(c, d0), t=tm(c), ip=P("IP", ip(c)))
    d.add("患者：{nm}  {xb}  {age}  住院号 {zy}  床号 {bed}\n来源：{src}\n", nm=P("NAME_PATIENT", p.name), xb=p.xb, age=_age(age), zy=P("MRN", zhuyuan(c)), bed=f"{c.ri(1, 48)}床",
          src=c.pick(["院外带入（自", P("HOSPITAL", c.pick("福寿康养老院", "夕阳红护理院", f"{g.qu}社区卫生服务中心")), "转入）"], "院内发生"))
    d.add("入院诊断：⟦fi|脑梗死⟧后遗症，⟦fi|2型糖尿病⟧，⟦fi|低蛋白血症⟧（⟦lab|白蛋白 26.4g/L⟧）\n"
          "⟦ep|Braden评分⟧ ⟦me|10分⟧（高危）；⟦ep|Barthel指数⟧ ⟦me|15分⟧\n"
          "部位：⟦an|骶尾部⟧  分期：⟦fi|3期压力性损伤⟧  面积 ⟦me|4.5cm×3.0cm⟧，⟦fi|基底红色肉芽⟧，少量渗液\n"
          "处理：⟦pr|清创⟧后⟦dr|藻酸盐敷料⟧覆盖，⟦pr|翻身⟧q2h，气垫床，营养科会诊加⟦dr|肠内营养粉⟧。\n\n")
    d.add("已告知家属{jia}（{gx}，电话{ph}），家属表示理解。\n上报人：{hs}    护士长：{hsz}\n",
          jia=P("NAME_RELATIVE", jia.name), gx=kin(c, jia.sex, ["女儿", "儿媳", "老伴"], ["儿子", "女婿", "老伴"]), ph=P("PHONE", shouji(c)), hs=P("NAME_CLINICIAN", hs.name),
          hsz=[P("NAME_CLINICIAN", ren(c, minzu=0).sur), "护士长"])
    return d


def t_adr(c: Ctx) -> Doc:
    p, rep = rens(c, 2)
    d0 = day(c)
    age = an_age(c, 0.15, 18, 88)
    h = yiyuan(c)
    drug = c.ch([("⟦dr|Ceftriaxone⟧（⟦dr|头孢曲松⟧）", "⟦do|2g ivgtt qd⟧", "⟦fi|过敏性休克⟧", "⟦me|BP 72/40mmHg⟧"),
                 ("⟦dr|Iohexol⟧（⟦dr|碘海醇⟧）", "⟦do|80ml 静注⟧", "⟦fi|全身荨麻疹⟧", "⟦me|SpO2 93%⟧"),
                 ("⟦dr|Vancomycin⟧（⟦dr|万古霉素⟧）", "⟦do|1g q12h⟧", "⟦fi|红人综合征⟧", "⟦me|HR 128次/分⟧"),
                 ("⟦dr|Oxaliplatin⟧（⟦dr|奥沙利铂⟧）", "⟦do|130mg/m2⟧", "⟦fi|喉痉挛⟧", "⟦me|RR 28次/分⟧")])
    d = Doc()
    d.add("药品不良反应/事件报告表\n报告编号：{no}    首次报告 ☑    报告日期：{dt}\n报告单位：{h}\n\n", no=P("OTHER_ID", f"ADR{c.digits(4)}{c.digits(6, False)}"), dt=zh_date(c, d0), h=P("HOSPITAL", h[0]))
    d.add("患者姓名：{nm}  性别：{xb}  出生日期：{dob}  年龄：{age}  民族：{mz}  体重：⟦me|{kg}kg⟧\n病历号：{mrn}  联系方式：{ph}\n"
          "原患疾病：{dx}\n既往药品不良反应：无    家族药品不良反应：不详\n\n",
          nm=P("NAME_PATIENT", p.name), xb=p.xb, dob=zh_date(c, born(c, age, d0)), age=_age(age), mz=c.pick("汉族", "回族", "彝族", "维吾尔族"), kg=str(c.ri(42, 88)),
          mrn=P("MRN", zhuyuan(c)), ph=P("PHONE", shouji(c)), dx=c.pick("⟦fi|急性胆管炎⟧", "⟦fi|结肠癌⟧术后", "⟦fi|肺部感染⟧"))
    d.add("怀疑药品：{dr}  批号 {ph}  用法用量 {do}\n不良反应名称：{fi}\n发生时间：{dt} {t}\n"
          "过程描述：输注约5分钟后患者诉胸闷、皮肤瘙痒，查体{me}，立即停药，予⟦dr|肾上腺素⟧⟦do|0.5mg 肌注⟧、⟦dr|地塞米松⟧⟦do|10mg 静注⟧，30分钟后症状缓解。\n"
          "转归：好转    关联性评价：很可能\n\n",
          dr=drug[0], ph=f"{c.digits(8)}", do=drug[1], fi=drug[2], dt=zh_date(c, shift(d0, -1)), t=tm(c), me=drug[3])
    d.add("报告人：{rep}（{zc}）  电话：{tel}  传真：{fax}  电子邮箱：{em}\n上报系统：{url}（终端 {ip}）\n",
          rep=P("NAME_CLINICIAN", rep.name), zc=c.pick("临床药师", "主治医师", "主管护师"), tel=P("PHONE", shouji(c)), fax=P("FAX", zuoji(c, di(c))),
          em=P("EMAIL", email_zh(c)), url=P("URL", url_zh(c, "adr.yjj-report.cn")), ip=P("IP", ip(c)))
    return d


def t_xuetang(c: Ctx) -> Doc:
    p, *nurses = rens(c, 4)
    d0 = day(c)
    age = an_age(c, 0.2, 35, 88)
    d = Doc()
    d.add("{h}  内分泌科\n住院患者血糖监测记录单\n姓名 {nm}   {xb}   {age}   住院号 {zy}   床号 {bed}\n",
          h=P("HOSPITAL", yiyuan(c)[0]), nm=P("NAME_PATIENT", p.name), xb=p.xb, age=_age(age), zy=P("MRN", zhuyuan(c)), bed=f"{c.ri(1, 40)}")
    d.add("诊断：⟦fi|2型糖尿病⟧ ⟦fi|糖尿病酮症⟧（入院⟦lab|HbA1c 10.2%⟧，⟦lab|β-羟丁酸 2.1mmol/L⟧）\n"
          "胰岛素方案：⟦dr|NovoRapid⟧（⟦dr|门冬胰岛素⟧）三餐前 ⟦do|6-8-6U⟧ + ⟦dr|甘精胰岛素⟧ ⟦do|14U qn⟧\n"
          "动态血糖探头序列号：{sn}    佩戴日期：{dt}\n\n", sn=P("DEVICE", serial(c)), dt=zh_date(c, d0, "md"))
    d.add("日期        空腹   早餐后2h  午餐前  午餐后2h  晚餐前  睡前   签名\n")
    sty = c.pick("b", "mdd", "md")
    for i in range(c.ri(3, 5)):
        vals = "  ".join(f"{c.ri(48, 170) / 10:<5}" for _ in range(6))
        d.add("{dt}  {v}  {sg}\n", dt=zh_date(c, shift(d0, i), sty), v=vals, sg=P("NAME_CLINICIAN", c.ch(nurses).name))
    d.add("\n说明：{d2}凌晨出现⟦fi|低血糖⟧（⟦lab|指尖血糖 3.1mmol/L⟧），予⟦dr|50%葡萄糖⟧⟦do|20ml 静推⟧，已报告{doc}医生，甘精胰岛素减至⟦do|12U⟧。\n",
          d2=zh_date(c, shift(d0, 1), "md"), doc=P("NAME_CLINICIAN", ren(c, minzu=0).sur))
    return d


def t_qun(c: Ctx) -> Doc:
    p, a, b, zr, jia = rens(c, 5)
    d0 = day(c)
    g = di(c)
    h = yiyuan(c, g)
    bed = f"{c.ri(1, 46)}床"
    dt = zh_date(c, d0, c.pick("b", "d"))
    ts = sorted(tm(c) for _ in range(7))
    d = Doc()
    d.add("【微信群聊天记录导出】消化内科医护工作群    导出人：{a}    {dt}\n\n", a=P("NAME_CLINICIAN", a.name), dt=dt)
    d.add("{t1} 小{a}：{bed}{nm}，住院号{zy}，今早⟦lab|血红蛋白 68g/L⟧，比昨天降了20，黑便两次，⟦me|BP 92/56⟧\n",
          t1=ts[0], a=P("NAME_CLINICIAN", a.sur or a.name), bed=bed, nm=P("NAME_PATIENT", p.name), zy=P("MRN", zhuyuan(c)))
    d.add("{t2} {zr}主任：先⟦pr|输红细胞悬液⟧2U，⟦dr|艾司奥美拉唑⟧⟦do|80mg 静推⟧后⟦do|8mg/h⟧泵入，约今天下午⟦pr|急诊胃镜⟧\n",
          t2=ts[1], zr=P("NAME_CLINICIAN", zr.sur or zr.name))
    d.add("{t3} {b}：家属{jia}在护士站，电话{ph}，问能不能转{hs}\n", t3=ts[2], b=P("NAME_CLINICIAN", b.name), jia=P("NAME_RELATIVE", jia.name),
          ph=P("PHONE", shouji(c)), hs=P("HOSPITAL", h[1]))
    d.add("{t4} {zr}主任：生命体征不稳先别转。@小{a} 把⟦pr|腹部增强CT⟧约上，检查号发群里\n", t4=ts[3], zr=P("NAME_CLINICIAN", zr.sur or zr.name), a=P("NAME_CLINICIAN", a.sur or a.name))
    d.add("{t5} 小{a}：检查号{jc}，云影像 {url}\n", t5=ts[4], a=P("NAME_CLINICIAN", a.sur or a.name), jc=P("ACCESSION", jianchahao(c)), url=P("URL", url_zh(c, "yun.pacs-cloud.cn")))
    d.add("{t6} {b}：{xing}阿姨问能不能吃⟦dr|Tylenol⟧，她说自己胃不好。我说先禁食。\n", t6=ts[5], b=P("NAME_CLINICIAN", b.name), xing=P("NAME_PATIENT", p.sur or p.name))
    d.add("{t7} {zr}主任：禁食，⟦dr|奥美拉唑⟧不用加了。胃镜示⟦fi|十二指肠球部溃疡伴活动性出血⟧（⟦ep|Forrest Ia⟧），已⟦pr|内镜下钛夹止血⟧\n",
          t7=ts[6], zr=P("NAME_CLINICIAN", zr.sur or zr.name))
    return d


def t_yaochuan(c: Ctx) -> Doc:
    p, jia, sz, zs = rens(c, 4)
    d0 = day(c)
    age = an_age(c, 0.1, 16, 84)
    d = Doc()
    d.add("腰椎穿刺术操作记录\n\n姓名：{nm}  性别：{xb}  年龄：{age}  住院号：{zy}  科室：神经内科\n操作日期：{dt} {t}\n\n",
          nm=P("NAME_PATIENT", p.name), xb=p.xb, age=_age(age), zy=P("MRN", zhuyuan(c)), dt=zh_date(c, d0), t=tm(c))
    d.add("操作指征：发热、头痛3天，查体⟦fi|颈项强直⟧，⟦ep|Kernig征⟧阳性，⟦ep|Brudzinski征⟧阳性，拟诊⟦fi|化脓性脑膜炎⟧。头颅CT未见⟦fi|占位性病变⟧。\n"
          "术前已向患者{gx}{jia}交代病情及⟦fi|脑疝⟧等风险，{jia2}签署知情同意书。\n\n",
          gx=kin(c, jia.sex, ["之妻", "之母", "之女"], ["之夫", "之父", "之子"]), jia=P("NAME_RELATIVE", jia.name), jia2=P("NAME_RELATIVE", jia.name))
    d.add("操作过程：患者左侧卧位，取⟦an|L3-4椎间隙⟧为穿刺点，⟦dr|2%利多卡因⟧⟦do|5ml⟧局部浸润麻醉，一次穿刺成功。⟦me|初压 280mmH2O⟧，"
          "脑脊液微浑，留取标本送检（标本号 {bb}），⟦me|终压 180mmH2O⟧。⟦ep|Queckenstedt试验⟧未做。术后去枕平卧6小时。\n\n", bb=P("ACCESSION", jianchahao(c)))
    d.add("结果回报：⟦lab|脑脊液白细胞 1850×10^6/L⟧，⟦lab|脑脊液蛋白 1.56g/L⟧，⟦lab|脑脊液糖 1.2mmol/L⟧，⟦lab|革兰染色见革兰阳性双球菌⟧。"
          "予⟦dr|Ceftriaxone⟧ ⟦do|2g q12h⟧联合⟦dr|Vancomycin⟧抗感染，⟦dr|甘露醇⟧⟦do|125ml q8h⟧降颅压。\n\n"
          "术者：{sz}    助手：{zs}    记录：{zs2}医生\n",
          sz=P("NAME_CLINICIAN", sz.name), zs=P("NAME_CLINICIAN", zs.name), zs2=P("NAME_CLINICIAN", zs.sur or zs.name))
    return d


def t_zhuyuanzheng(c: Ctx) -> Doc:
    p, lx, ys = rens(c, 3)
    g = di(c)
    d0 = day(c)
    age = an_age(c, 0.2, 20, 88)
    h = yiyuan(c, g)
    d = Doc()
    d.add("{h}\n住 院 证\n\n门诊号：{mz}    就诊卡号：{jz}\n姓名：{nm}    性别：{xb}    年龄：{age}\n",
          h=P("HOSPITAL", h[0]), mz=P("MRN", c.digits(10)), jz=P("ACCOUNT", f"{c.digits(4)}{c.digits(8, False)}"), nm=P("NAME_PATIENT", p.name), xb=p.xb, age=_age(age))
    if c.chance(0.3):
        d.add("证件类型：护照    证件号码：{zj}\n", zj=P("PASSPORT", huzhao(c)))
    else:
        d.add("证件类型：居民身份证    证件号码：{zj}\n", zj=P("ID_CARD", sfz(c, born(c, age, d0), p.sex)))
    d.add("现住址：{addr}    邮编：{yb}\n工作单位：{dw}\n费别：{fb}    卡号：{yb2}\n",
          addr=addr_zh(c, g), yb=P("POSTCODE", youbian(c, g)), dw=P("WORKPLACE", danwei(c, g)), fb=c.pick("城镇职工医保", "城乡居民医保", "新农合"), yb2=P("INSURANCE", yibao(c)))
    d.add("联系人：{lx}（{gx}）    电话：{ph}\n", lx=P("NAME_RELATIVE", lx.name), gx=kin(c, lx.sex, ["配偶", "女儿", "母亲"], ["配偶", "儿子", "父亲"]), ph=P("PHONE", shouji(c)))
    if c.chance(0.5):
        d.add("陪护车辆登记：{cp}（地下车库B2）\n", cp=P("VEHICLE", chepai(c)))
    dx = c.ch([("⟦fi|右侧腹股沟斜疝⟧", "⟦pr|腹腔镜腹股沟疝修补术（TAPP）⟧"), ("⟦fi|甲状腺乳头状癌⟧", "⟦pr|甲状腺全切除术+中央区淋巴结清扫术⟧"),
               ("⟦fi|子宫平滑肌瘤⟧", "⟦pr|腹腔镜子宫肌瘤剔除术⟧"), ("⟦fi|冠状动脉粥样硬化性心脏病⟧", "⟦pr|冠状动脉造影术⟧")])
    d.add("\n入院诊断：{dx}\n拟行：{op}\n入院科室：{ke}    预约床位日期：{dt}\n"
          "入院须知：请携带本证、身份证及医保卡，于8:00前空腹至住院部办理手续；长期服用⟦dr|阿司匹林⟧⟦do|100mg qd⟧者请术前停药7天。\n\n开证医师：{ys}    开证日期：{dt2}\n",
          dx=dx[0], op=dx[1], ke=c.pick("普外二科", "甲乳外科", "妇科", "心内科"), dt=zh_date(c, shift(d0, c.ri(2, 14))), ys=P("NAME_CLINICIAN", ys.name), dt2=zh_date(c, d0))
    return d


def t_gongshang(c: Ctx) -> Doc:
    p, ys = rens(c, 2)
    g = di(c)
    d0 = day(c)
    age = c.ri(19, 59)
    d = Doc()
    d.add("工伤职工就医情况证明（供工伤认定使用）\n\n职工姓名：{nm}    性别：{xb}    出生日期：{dob}\n身份证号：{sfz}\n",
          nm=P("NAME_PATIENT", p.name), xb=p.xb, dob=zh_date(c, born(c, age, d0)), sfz=P("ID_CARD", sfz(c, born(c, age, d0), p.sex)))
    d.add("用人单位：{dw}    工伤保险个人编号：{gs}\n家庭住址：{addr}\n联系电话：{ph}\n\n",
          dw=P("WORKPLACE", danwei(c, g)), gs=P("INSURANCE", f"GS{c.digits(10)}"), addr=addr_zh(c, g, room=c.chance(0.5)), ph=P("PHONE", shouji(c)))
    if c.chance(0.6):
        d.add("受伤经过：{dt} {t}下班途中骑电动车行至{lu}与一辆小型新能源汽车（{cp}）相撞，交警出具道路交通事故认定书（编号 {rd}），本人负次要责任。\n",
              dt=zh_date(c, d0), t=tm(c), lu=P("ADDRESS_STREET", jiedao(c, di(c, 0), room=False)), cp=P("VEHICLE", chepai(c)), rd=P("OTHER_ID", f"{c.digits(6)}{c.digits(4)}{c.digits(6, False)}"))
    else:
        d.add("受伤经过：{dt} {t}在车间操作冲床时右手被压伤，车间主任报120送{h}急诊。事故内部编号 {rd}。\n",
              dt=zh_date(c, d0), t=tm(c), h=P("HOSPITAL", yiyuan(c, g)[1]), rd=P("OTHER_ID", f"SG-{c.digits(4)}-{c.digits(3)}"))
    dx = c.ch([("⟦fi|右桡骨远端骨折⟧", "⟦pr|切开复位钢板内固定术⟧", "⟦ep|Colles骨折⟧"), ("⟦fi|右手示指、中指离断伤⟧", "⟦pr|断指再植术⟧", "⟦ep|Allen试验⟧阴性"),
               ("⟦fi|左胫腓骨开放性骨折⟧", "⟦pr|清创+外固定支架固定术⟧", "⟦ep|Gustilo分型⟧II型"), ("⟦fi|腰1椎体压缩性骨折⟧", "⟦pr|经皮椎体后凸成形术⟧", "⟦ep|Frankel分级⟧E级")])
    d.add("\n诊断：{dx}（{ep}）\n治疗：{dt}行{op}，术后⟦dr|头孢呋辛⟧⟦do|1.5g bid⟧预防感染，⟦dr|塞来昔布⟧⟦do|200mg qd⟧止痛。\n"
          "⟦pr|X线⟧复查：⟦fi|骨折对位对线良好⟧。建议休息⟦me|3个月⟧。\n\n",
          dx=dx[0], ep=dx[2], dt=zh_date(c, shift(d0, 1), "md"), op=dx[1])
    d.add("经治医师：{ys}    执业证书编号：{zs}\n医疗机构：{h}（盖章）    出具日期：{dt}\n人社局工伤科传真：{fax}\n",
          ys=P("NAME_CLINICIAN", ys.name), zs=P("LICENSE", zhiye(c)), h=P("HOSPITAL", yiyuan(c, g)[0]), dt=zh_date(c, shift(d0, c.ri(10, 40))), fax=P("FAX", zuoji(c, g)))
    return d


def t_jingshen(c: Ctx) -> Doc:
    p, jh, ys = rens(c, 3)
    g = di(c, 0.6)
    d0 = day(c)
    age = c.ri(19, 70)
    xm = c.ch(XIAO_MING)
    d = Doc()
    d.add("严重精神障碍患者随访服务记录表\n患者编号：{bh}\n姓名：{nm}（家人叫{ta}“{xm}”）    身份证号：{sfz}\n现住址：{addr}    邮编：{yb}\n",
          bh=P("OTHER_ID", f"{g.zip3}{c.digits(9)}"), nm=P("NAME_PATIENT", p.name), ta=p.ta, xm=P("NAME_PATIENT", xm), sfz=P("ID_CARD", sfz(c, born(c, age, d0), p.sex)),
          addr=addr_zh(c, g), yb=P("POSTCODE", youbian(c, g)))
    d.add("监护人：{jh}（{gx}）  电话：{ph}\n", jh=P("NAME_RELATIVE", jh.name), gx=kin(c, jh.sex, ["母亲", "配偶", "姐姐"], ["父亲", "配偶", "哥哥"]), ph=P("PHONE", shouji(c)))
    if c.chance(0.6):
        d.add("监护人邮箱：{em}\n", em=P("EMAIL", email_zh(c)))
    d.add("\n随访日期：{dt}    随访方式：入户    随访医生：{ys}（乡村医生）\n", dt=zh_date(c, d0), ys=P("NAME_CLINICIAN", ys.name))
    d.add("诊断：⟦fi|精神分裂症⟧（2016年起病），危险性评估0级。目前症状：{xm2}近一月睡眠可，⟦fi|幻听⟧减少，无冲动行为。\n"
          "用药：⟦dr|利培酮⟧⟦do|2mg bid⟧，⟦dr|Clozapine⟧已停用；服药依从性：规律。⟦me|BPRS评分 28分⟧。\n"
          "辅助检查：⟦lab|空腹血糖 6.4mmol/L⟧，⟦lab|催乳素 58ng/ml⟧，⟦pr|心电图⟧示⟦fi|窦性心动过速⟧。\n",
          xm2=P("NAME_PATIENT", xm))
    d.add("康复措施：{xm3}病情稳定后回{dw}上班，做些辅助性工作；社区{zz}民警已知晓。\n",
          xm3=P("NAME_PATIENT", p.name), dw=P("WORKPLACE", danwei(c, g)), zz=c.pick("网格员和", "综治中心和", "派出所"))
    d.add("下次随访：{nd}    随访APP：{url}（登录IP {ip}）\n", nd=zh_date(c, shift(d0, 90), "md"), url=P("URL", url_zh(c, "jsws.jkda.gov.cn")), ip=P("IP", ip(c)))
    return d


def t_hulipinggu(c: Ctx) -> Doc:
    p, pei, hs = rens(c, 3)
    g = di(c)
    d0 = day(c)
    age = an_age(c, 0.6, 60, 89)
    d = Doc()
    d.add("入院护理评估单\n{h}  {ke}\n\n姓名 {nm}  性别 {xb}  年龄 {age}  住院号 {zy}  入院时间 {dt} {t}\n",
          h=P("HOSPITAL", yiyuan(c, g)[0]), ke=c.pick("老年科", "心内科", "呼吸内科"), nm=P("NAME_PATIENT", p.name), xb=p.xb, age=_age(age), zy=P("MRN", zhuyuan(c)), dt=zh_date(c, d0), t=tm(c))
    d.add("入院方式：□步行 ☑轮椅 □平车    陪护：{pei}（{gx}） 电话 {ph}\n入院诊断：⟦fi|慢性阻塞性肺疾病急性加重⟧，⟦fi|II型呼吸衰竭⟧\n",
          pei=P("NAME_RELATIVE", pei.name), gx=kin(c, pei.sex, ["女儿", "孙女", "老伴"], ["儿子", "孙子", "老伴"]), ph=P("PHONE", shouji(c)))
    d.add("过敏史：☑有 ⟦dr|青霉素⟧（皮疹）  ⟦dr|磺胺类⟧\n生命体征：⟦me|T 37.8℃⟧ ⟦me|P 104次/分⟧ ⟦me|R 26次/分⟧ ⟦me|BP 146/88mmHg⟧ ⟦me|SpO2 86%⟧（未吸氧）\n"
          "专科评估：⟦an|双肺⟧可闻及⟦fi|哮鸣音⟧，⟦fi|桶状胸⟧；⟦lab|PaCO2 62mmHg⟧\n"
          "风险评估：⟦ep|Morse跌倒评分⟧ ⟦me|55分⟧（高危）  ⟦ep|Braden评分⟧ ⟦me|14分⟧  ⟦ep|Barthel指数⟧ ⟦me|40分⟧  ⟦me|NRS疼痛评分 2分⟧\n")
    if c.chance(0.6):
        d.add("体内植入物：心脏起搏器（{yy}植入，序列号 {sn}）\n", yy=P("HOSPITAL", yiyuan(c)[1]), sn=P("DEVICE", serial(c)))
    d.add("家用设备：家庭氧疗，⟦do|2L/min⟧，每日15小时；吸入⟦dr|Symbicort⟧（⟦dr|布地奈德福莫特罗⟧）⟦do|160/4.5μg 2吸 bid⟧\n"
          "护理措施：⟦pr|低流量吸氧⟧，床栏保护，防跌倒标识，告知陪护{pei2}夜间勿离开。\n\n评估护士：{hs}    审核：{hsz}护士长\n",
          pei2=P("NAME_RELATIVE", pei.name), hs=P("NAME_CLINICIAN", hs.name), hsz=P("NAME_CLINICIAN", ren(c, minzu=0).sur))
    return d


TEMPLATES = [
    ("zh13_mijie_shaicha", t_mijie), ("zh13_tuifei_shenqing", t_tuifei), ("zh13_shoushu_hecha", t_hecha),
    ("zh13_yali_sunshang", t_yachuang), ("zh13_adr_baogao", t_adr), ("zh13_xuetang_jiance", t_xuetang),
    ("zh13_weixin_gongzuoqun", t_qun), ("zh13_yaochuan_jilu", t_yaochuan), ("zh13_zhuyuanzheng", t_zhuyuanzheng),
    ("zh13_gongshang_zhengming", t_gongshang), ("zh13_jingshen_suifang", t_jingshen), ("zh13_huli_pinggu", t_hulipinggu),
]
