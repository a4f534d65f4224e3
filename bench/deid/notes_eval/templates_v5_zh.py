# Longer than 450 lines: whole Chinese documents, each written out as literal inline-annotated text.
"""v5 Chinese templates: whole documents written as literal text with ``[[CAT:value]]`` markup
(see _v5_kit.render). Document types not in v1-v3: 眼科门诊, 康复治疗记录, 医患沟通记录, 病危通知书,
微信随访消息, 体检报告总检意见, 出院随访电话, 中医住院病历, 介入手术记录, 内镜报告, 急诊留观记录, 精神科病程, 儿保门诊,
核医学报告."""

# ruff: noqa: E501  (whole notes written as literal text)
# each note stays laid out as the document it is (no formatter reflow):
# fmt: off

from __future__ import annotations

import datetime as dt

import _v5_kit as k
from _v5_kit import Ctx, PersonZH, PlaceZH, m

D = k.fdate_zh


def _doc(c: Ctx) -> str:
    return m("NAME_CLINICIAN", PersonZH(c).full)


def _sig(c: Ctx) -> str:
    return m("NAME_CLINICIAN", PersonZH(c).padded())


def _addr(c: Ctx, g: PlaceZH) -> str:
    if g.prov and c.chance(0.7):
        return f"{m('PROVINCE_STATE', g.prov)}{m('CITY', g.city)}{m('ADDRESS_STREET', k.addr_zh(c, g))}"
    return f"{m('CITY', g.city)}{m('ADDRESS_STREET', k.addr_zh(c, g))}"


def _dob(c: Ctx) -> dt.date:
    return k.rdate(c, 1930, 2000)


def yanke(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    return k.render(f"""{m('HOSPITAL', c.pick(g.short + '眼科医院', k.hospital_zh(c, g)))}  眼科门诊病历
姓名：{m('NAME_PATIENT', p.full)}  性别：{'女' if p.sex == 'F' else '男'}  年龄：{k.age_zh(c, 0.4)}  门诊号：{m('MRN', c.digits(10))}  就诊日期：{m('DATE', D(c, k.rdate(c)))}
主诉：右眼视物模糊半年，加重1月。
现病史：患者半年前无明显诱因出现右眼[[FINDING:视物模糊]]，无眼红眼痛。既往[[FINDING:2型糖尿病]]10年，口服[[DRUG:二甲双胍]][[DOSE:0.5g tid]]。{m('DATE', D(c, k.rdate(c), 'md'))}曾在{m('HOSPITAL', k.hospital_zh(c, PlaceZH(c)))}行左眼[[PROCEDURE:白内障超声乳化吸除术]]，人工晶体序列号{m('DEVICE', c.digits(10))}。
检查：视力 右[[MEASUREMENT:0.12]] 左[[MEASUREMENT:0.6]]；眼压 右[[MEASUREMENT:18mmHg]]。右眼[[ANATOMY:晶状体]]核性混浊Ⅲ级，眼底见[[FINDING:微血管瘤]]及[[FINDING:硬性渗出]]。[[LAB:糖化血红蛋白 7.8%]]。
诊断：1.右眼[[FINDING:年龄相关性白内障]] 2.[[FINDING:糖尿病视网膜病变]]
处理：[[DRUG:普拉洛芬滴眼液]]滴右眼；择期手术。患者驾驶证档案编号{m('LICENSE', c.digits(12))}，建议暂停驾驶。家属{m('NAME_RELATIVE', PersonZH(c).full)}（{c.pick('儿子', '女儿', '老伴')}）电话{m('PHONE', k.phone_zh(c, g))}。
医师签名：{_sig(c)}
""")


def kangfu(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    return k.render(f"""康复治疗记录（第{c.ri(3, 20)}次）  {m('HOSPITAL', c.pick(g.short + '康复医院', k.hospital_zh(c, g)))}康复医学科
患者{m('NAME_PATIENT', p.full)}，住院号{m('MRN', c.digits(8))}，工作单位：{m('WORKPLACE', c.ch(k.CN_EMPLOYERS))}，工伤保险个人编号{m('INSURANCE', c.digits(12))}。
诊断：[[FINDING:脑梗死恢复期]]，[[FINDING:左侧偏瘫]]。
日期：{m('DATE', D(c, k.rdate(c)))}。今日予[[PROCEDURE:运动疗法]]、[[PROCEDURE:作业疗法]]各40分钟，[[PROCEDURE:低频电刺激]]20分钟。
评定：[[EPONYM:Brunnstrom分期]]上肢Ⅲ期、下肢Ⅳ期；[[MEASUREMENT:Barthel指数55分]]；[[EPONYM:Berg平衡量表]][[MEASUREMENT:38分]]。[[ANATOMY:左肩关节]]半脱位。
患者诉{m('NAME_RELATIVE', PersonZH(c).given)}（爱人）每日陪护，家住{_addr(c, g)}，邮编{m('POSTCODE', g.zip)}，出院后拟在社区继续训练。
用药：[[DRUG:阿司匹林]][[DOSE:100mg qd]]，[[DRUG:阿托伐他汀]][[DOSE:20mg qn]]。
治疗师：{_sig(c)}  指导医师：{m('NAME_CLINICIAN', PersonZH(c).last)}主任
""")


def goutong(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    r = PersonZH(c)
    return k.render(f"""医患沟通记录
患者：{m('NAME_PATIENT', p.full)}  住院号：{m('MRN', c.digits(7))}  床号：{c.ri(1, 48)}  沟通时间：{m('DATE', D(c, k.rdate(c)))} 15:30
沟通地点：{m('HOSPITAL', k.hospital_zh(c, g))}医生办公室
参加人员：主管医师{m('NAME_CLINICIAN', PersonZH(c).full)}、护士长{m('NAME_CLINICIAN', PersonZH(c).last)}；患者{c.pick('之子', '之女', '配偶')}{m('NAME_RELATIVE', r.full)}（身份证号{m('ID_CARD', k.id_card(c, _dob(c), r.sex))}，电话{m('PHONE', k.phone_zh(c))}）
沟通内容：患者因[[FINDING:重症肺炎]]、[[FINDING:Ⅰ型呼吸衰竭]]入院，目前[[MEASUREMENT:氧合指数150]]，[[LAB:降钙素原 8.6ng/ml]]。已予[[DRUG:美罗培南]][[DOSE:1g q8h]]抗感染，拟行[[PROCEDURE:气管插管]]及[[PROCEDURE:机械通气]]。
告知费用及风险，家属表示理解，同意治疗。家属另诉患者{m('NAME_PATIENT', p.given)}既往在{m('WORKPLACE', c.ch(k.CN_EMPLOYERS))}工作，有粉尘接触史。
家属签字：{m('NAME_RELATIVE', r.full)}   医师签字：{_sig(c)}
""")


def bingwei(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    who, rel = c.pick(("儿子", "父子" if p.sex == "M" else "母子"), ("女儿", "父女" if p.sex == "M" else "母女"), ("孙子", "祖孙"), ("外甥", "舅甥"))
    r = PersonZH(c, "F" if who == "女儿" else "M")
    adm = k.rdate(c)
    b, a, af = k.old_age_zh(c)
    return k.render(f"""{m('HOSPITAL', k.hospital_zh(c, g))}
病危（重）通知书
{m('NAME_RELATIVE', r.full)}（患者{who}）：
您的家属{m('NAME_PATIENT', p.full)}，{b}{m('AGE_OVER_89', a)}{af}，住院号{m('MRN', c.digits(8))}，因[[FINDING:急性心肌梗死]]、[[FINDING:心源性休克]]于{m('DATE', D(c, adm))}入住我院CCU。目前[[MEASUREMENT:血压78/45mmHg]]，[[LAB:肌钙蛋白I 25.3ng/ml]]，正使用[[DRUG:去甲肾上腺素]]维持，已行[[PROCEDURE:主动脉内球囊反搏]]。
病情危重，随时可能危及生命，特此通知。
家属签名：{m('NAME_RELATIVE', r.padded())}  与患者关系：{rel}  身份证号：{m('ID_CARD', k.id_card(c, _dob(c), r.sex))}  联系电话：{m('PHONE', k.phone_zh(c, g))}
医师签名：{_sig(c)}  医师执业证书编号：{m('LICENSE', c.digits(15))}
日期：{m('DATE', D(c, adm + dt.timedelta(days=c.ri(0, 3)), 'cn'))}
""")


def weixin(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    dr = PersonZH(c)
    return k.render(f"""微信随访消息记录（导出）  随访单号 {m('OTHER_ID', 'SF' + c.digits(10))}
[{m('DATE', D(c, k.rdate(c), 'iso'))} 20:11] {m('NAME_PATIENT', p.home)}妈妈：{m('NAME_CLINICIAN', dr.last)}医生您好，孩子{m('NAME_PATIENT', p.full)}吃了[[DRUG:奥司他韦]]两天，还是[[MEASUREMENT:38.5℃]]，咳嗽有痰。
[20:30] {m('NAME_CLINICIAN', dr.full)}：您好，血常规[[LAB:白细胞 13.2×10^9/L]]偏高，要警惕[[FINDING:细菌感染]]，明天来{m('HOSPITAL', k.hospital_zh(c, g))}复诊，挂号链接 {m('URL', 'https://wx.' + c.pick('hospital', 'yiyuan') + '.cn/reg?id=' + c.token(10))}
[20:32] {m('NAME_PATIENT', p.home)}妈妈：好的，我微信号 {m('OTHER_ID', 'wxid_' + c.token(10).lower())}，手机{m('PHONE', k.phone_zh(c))}
[20:40] 系统：患者满意度问卷 {m('URL', 'https://www.wjx.cn/vm/' + c.token(7) + '.aspx')}  （登录IP {m('IP', c.pick(k.ipv4(c), k.ipv6(c)))}）
[{m('DATE', D(c, k.rdate(c), 'md'))} 08:05] {m('NAME_CLINICIAN', dr.full)}：胸片[[FINDING:右下肺炎]]，加用[[DRUG:阿莫西林克拉维酸钾]][[DOSE:按体重给药]]。
""")


def zongjian(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    dob = _dob(c)
    return k.render(f"""{m('HOSPITAL', k.hospital_zh(c, g))}健康管理中心  体检报告总检意见
体检编号：{m('ACCOUNT', 'TJ' + c.digits(10))}  姓名：{m('NAME_PATIENT', p.full)}  身份证号：{m('ID_CARD', k.id_card(c, dob, p.sex))}
单位：{m('WORKPLACE', c.ch(k.CN_EMPLOYERS))}  体检日期：{m('DATE', D(c, k.rdate(c)))}  护照号：{m('PASSPORT', c.pick('E', 'EA', 'G') + c.digits(8 if c.chance(0.5) else 7))}（外派体检）
总检意见：
1.[[FINDING:脂肪肝]]（中度），[[LAB:谷丙转氨酶 68U/L]]，建议低脂饮食、减重。
2.[[FINDING:甲状腺结节]]（TI-RADS [[MEASUREMENT:3类]]），[[ANATOMY:甲状腺右叶]]见[[MEASUREMENT:0.8×0.6cm]]结节，6个月复查[[PROCEDURE:甲状腺彩超]]。
3.[[LAB:低密度脂蛋白 4.1mmol/L]]，可考虑[[DRUG:瑞舒伐他汀]][[DOSE:10mg qn]]。
报告领取：电子报告已发送至{m('EMAIL', c.fen.user_name() + '@' + c.pick('qq.com', '163.com', '126.com', 'sina.com'))}；传真{m('FAX', k.phone_zh(c, g))}。
总检医师：{_sig(c)}  审核：{m('NAME_CLINICIAN', PersonZH(c).last)}主任
""")


def suifang(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    r = PersonZH(c)
    return k.render(f"""出院随访电话记录
随访日期：{m('DATE', D(c, k.rdate(c)))}  随访护士：{_doc(c)}
患者：{m('NAME_PATIENT', p.full)}  住院号：{m('MRN', c.digits(7))}  出院日期：{m('DATE', D(c, k.rdate(c), 'md'))}  出院诊断：[[FINDING:慢性心力衰竭急性加重]]
拨打电话{m('PHONE', k.phone_zh(c, g))}，接听人：{c.pick('患者之女', '患者之子', '患者老伴')}{m('NAME_RELATIVE', r.given if c.chance(0.5) else r.home)}。
患者已回{m('CITY', g.short if c.chance(0.4) else g.city)}老家，目前[[DRUG:呋塞米]][[DOSE:20mg qd]]、[[DRUG:沙库巴曲缬沙坦]][[DOSE:50mg bid]]规律服用，体重[[MEASUREMENT:62kg]]，无[[FINDING:夜间阵发性呼吸困难]]，[[ANATOMY:双下肢]]轻度水肿。
在当地{m('HOSPITAL', k.hospital_zh(c, PlaceZH(c)))}复查[[LAB:NT-proBNP 1250pg/ml]]。
嘱两周后{m('NAME_CLINICIAN', PersonZH(c).last)}主任门诊复诊，必要时行[[PROCEDURE:心脏彩超]]。
""")


def zhongyi(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    born = PlaceZH(c)
    return k.render(f"""{m('HOSPITAL', g.city + '中医院')}  中医住院病历
姓名：{m('NAME_PATIENT', p.full)}   性别：{'女' if p.sex == 'F' else '男'}   年龄：{k.age_zh(c, 0.3)}   出生地：{m('CITY', born.city)}   籍贯：{born.prov or m('CITY', born.city)}
职业：工人   工作单位：{m('WORKPLACE', c.ch(k.CN_EMPLOYERS))}   住址：{_addr(c, g)}   邮编：{m('POSTCODE', g.zip)}
医保卡号：{m('INSURANCE', c.digits(10) + c.pick('', c.letters(1)))}   住院号：{m('MRN', c.digits(6))}   入院日期：{m('DATE', D(c, k.rdate(c)))}
病史陈述者：患者本人及其妻{m('NAME_RELATIVE', PersonZH(c, 'F').full)}
主诉：反复胃脘胀痛3年，加重1周。
四诊：望诊神疲，面色萎黄，舌淡胖边有齿痕，苔白腻；闻诊语声低微；问诊纳差便溏；切诊脉细弱。
中医诊断：胃痞病（脾胃虚弱证）。西医诊断：[[FINDING:慢性萎缩性胃炎]]，[[LAB:幽门螺杆菌阳性]]。
治法：健脾益气，和胃消痞。方药：[[DRUG:香砂六君子汤]]加减，每日一剂；配合[[PROCEDURE:针刺足三里]]。西药[[DRUG:雷贝拉唑]][[DOSE:10mg bid]]。[[PROCEDURE:胃镜]]示[[ANATOMY:胃窦]]黏膜粗糙。
住院医师：{_sig(c)}  主治医师：{m('NAME_CLINICIAN', PersonZH(c).full)}
""")


def jieru(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    return k.render(f"""介入手术记录
{m('HOSPITAL', k.hospital_zh(c, g))}心内科导管室   手术日期：{m('DATE', D(c, k.rdate(c)))}
患者：{m('NAME_PATIENT', p.full)}  {k.age_zh(c, 0.25)}  住院号：{m('MRN', c.digits(8))}  DSA检查号：{m('ACCESSION', 'DSA' + c.digits(8))}
术者：{_doc(c)}  助手：{_doc(c)}  护士：{m('NAME_CLINICIAN', PersonZH(c).full)}  技师：{m('NAME_CLINICIAN', PersonZH(c).full)}
术前诊断：[[FINDING:不稳定型心绞痛]]
手术名称：[[PROCEDURE:冠状动脉造影]]+[[PROCEDURE:经皮冠状动脉介入治疗]]
经过：[[ANATOMY:右桡动脉]]穿刺，[[DRUG:肝素]][[DOSE:6000U]]。造影示[[ANATOMY:前降支]]中段狭窄[[MEASUREMENT:90%]]，植入药物洗脱支架[[MEASUREMENT:3.0×24mm]]一枚，产品序列号{m('DEVICE', c.letters(2) + c.digits(8))}。术后[[MEASUREMENT:TIMI血流3级]]。
术后予[[DRUG:替格瑞洛]][[DOSE:90mg bid]]。影像已上传PACS（{m('IP', k.ipv4(c))}）。
""")


def neijing(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    return k.render(f"""{m('HOSPITAL', k.hospital_zh(c, g))}消化内镜中心  电子胃肠镜检查报告
姓名：{m('NAME_PATIENT', p.full)}  登记号：{m('MRN', c.digits(10))}  检查号：{m('ACCESSION', 'NJ' + c.digits(9))}  检查日期：{m('DATE', D(c, k.rdate(c)))}
送检科室：消化内科   申请医师：{_doc(c)}   麻醉医师：{_doc(c)}（[[DRUG:丙泊酚]]静脉麻醉）
镜检所见：[[ANATOMY:食管]]下段见纵行糜烂，[[FINDING:反流性食管炎]]LA-B级。[[ANATOMY:胃体]]大弯侧见[[MEASUREMENT:0.6cm]]息肉，予[[PROCEDURE:内镜下息肉切除术]]。[[ANATOMY:十二指肠球部]]未见异常。
病理号：{m('ACCESSION', c.pick('B', 'P') + c.digits(2) + '-' + c.digits(5))}   [[LAB:快速尿素酶试验阳性]]
建议：[[DRUG:艾司奥美拉唑]][[DOSE:20mg bid]]，病理结果查询电话{m('PHONE', k.phone_zh(c, g))}，或扫码 {m('URL', 'https://report.' + c.pick('hospital', 'hosp') + '.cn/p/' + c.token(12))}
报告医师：{_sig(c)}
""")


def liuguan(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    return k.render(f"""急诊留观记录
姓名：{m('NAME_PATIENT', p.full)}  急诊号：{m('MRN', c.digits(9))}  结算单号：{m('ACCOUNT', c.digits(12))}  来院方式：120（任务单号{m('OTHER_ID', c.digits(14))}）
证件：{c.pick('港澳通行证', '护照', '台湾居民来往大陆通行证')} {m('PASSPORT', c.pick('C', 'H', 'E') + c.digits(8))}
{m('DATE', D(c, k.rdate(c)))} 23:40 患者驾驶电动车与小轿车（车牌{m('VEHICLE', k.plate_zh(c))}）相撞，致[[FINDING:头部外伤]]，短暂意识丧失。[[EPONYM:格拉斯哥昏迷评分]][[MEASUREMENT:14分]]。
头颅CT（影像号{m('ACCESSION', 'CT' + c.digits(8))}）：[[FINDING:左额叶脑挫伤]]，[[FINDING:少量硬膜下血肿]]。
处理：[[DRUG:甘露醇]][[DOSE:125ml q8h]]，[[DRUG:氨甲环酸]][[DOSE:1g]]静滴；神经外科{m('NAME_CLINICIAN', PersonZH(c).last)}医生会诊，暂不手术，留观。
陪护：{m('NAME_RELATIVE', PersonZH(c).full)}（{c.pick('配偶', '哥哥', '同事')}），{m('PHONE', k.phone_zh(c))}。交警电话{m('PHONE', k.phone_zh(c, g))}。
留观医师：{_sig(c)}
""")


def jingshen(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    return k.render(f"""精神科病程记录  {m('HOSPITAL', g.short + '精神卫生中心')}
{m('DATE', D(c, k.rdate(c)))}  主治医师查房记录
患者{m('NAME_PATIENT', p.full)}，住院号{m('MRN', c.digits(6))}，今日诉睡眠改善，仍有[[FINDING:言语性幻听]]，称"{m('WORKPLACE', c.ch(k.CN_EMPLOYERS))}的同事在议论我"。[[MEASUREMENT:PANSS总分78分]]。
{m('NAME_CLINICIAN', PersonZH(c).last)}主任查房指示：[[FINDING:精神分裂症]]诊断明确，[[DRUG:利培酮]]加至[[DOSE:4mg/d]]，监测[[LAB:催乳素]]及[[MEASUREMENT:心电图QTc]]；如疗效欠佳考虑[[PROCEDURE:改良电休克治疗]]。
患者母亲{m('NAME_RELATIVE', PersonZH(c, 'F').full)}来电（{m('PHONE', k.phone_zh(c))}）询问探视时间。
医保个人编号{m('INSURANCE', c.digits(15))}。记录医师：{_sig(c)}
""")


def erbao(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    mom = PersonZH(c, "F")
    return k.render(f"""儿童保健门诊记录   {m('HOSPITAL', g.city + '妇幼保健院')}
儿童姓名：{m('NAME_PATIENT', p.full)}（小名{m('NAME_PATIENT', p.home)}）  出生日期：{m('DATE', D(c, k.rdate(c, 2020, 2024)))}  儿保卡号：{m('OTHER_ID', c.digits(11))}
母亲：{m('NAME_RELATIVE', mom.full)}  身份证：{m('ID_CARD', k.id_card(c, k.rdate(c, 1985, 2000), 'F'))}  电话：{m('PHONE', k.phone_zh(c, g))}  邮箱：{m('EMAIL', c.fen.user_name() + '@' + c.pick('qq.com', '163.com'))}
住址：{_addr(c, g)}，邮编{m('POSTCODE', g.zip)}
体检：身长[[MEASUREMENT:76cm]]，体重[[MEASUREMENT:9.8kg]]，[[ANATOMY:前囟]][[MEASUREMENT:1.0×1.0cm]]。[[LAB:血红蛋白 102g/L]]，提示[[FINDING:轻度贫血]]。
处理：补充[[DRUG:维生素D]] [[DOSE:400IU qd]]及[[DRUG:右旋糖酐铁]]；下次[[PROCEDURE:发育筛查]]时间{m('DATE', D(c, k.rdate(c), 'md'))}。
保健医生：{_sig(c)}  传真：{m('FAX', k.phone_zh(c, g))}
""")


def hexue(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    return k.render(f"""{m('HOSPITAL', k.hospital_zh(c, g))}核医学科  全身骨显像报告
姓名：{m('NAME_PATIENT', p.full)}  {k.age_zh(c, 0.3)}  住院号：{m('MRN', c.digits(8))}  检查号：{m('ACCESSION', 'NM' + c.digits(7))}  检查日期：{m('DATE', D(c, k.rdate(c)))}
临床诊断：[[FINDING:前列腺癌]]，[[LAB:PSA 46ng/ml]]
检查方法：静脉注射[[DRUG:99mTc-MDP]] [[DOSE:20mCi]]，3小时后行[[PROCEDURE:全身骨显像]]。
所见：[[ANATOMY:第3腰椎]]、[[ANATOMY:右侧髂骨]]见异常放射性浓聚。
结论：[[FINDING:多发骨转移]]可能。
报告医师：{_sig(c)}  审核医师：{_doc(c)}  医院传真{m('FAX', k.phone_zh(c, g))}  影像下载 {m('URL', 'http://' + k.ipv4(c) + '/pacs/' + c.digits(8))}  工作站{m('IP', k.ipv4(c))}
患者车辆{m('VEHICLE', k.plate_zh(c))}已登记停车减免。植入式输液港序列号{m('DEVICE', c.digits(9))}。邮箱{m('EMAIL', c.fen.user_name() + '@' + c.pick('qq.com', '163.com', '139.com'))}。工作单位{m('WORKPLACE', c.ch(k.CN_EMPLOYERS))}，医保卡号{m('INSURANCE', c.digits(12))}，医师执业证书编号{m('LICENSE', c.digits(15))}。
""")


def chanke(c: Ctx) -> k.Doc:
    p, g = PersonZH(c, "F"), PlaceZH(c)
    hus = PersonZH(c, "M")
    lmp = k.rdate(c, 2021, 2024)
    return k.render(f"""产科门诊记录  {m('HOSPITAL', g.city + '妇幼保健院')}产科
姓名：{m('NAME_PATIENT', p.full)}  {c.ri(22, 41)}岁  G2P1  门诊号：{m('MRN', c.digits(10))}  孕产妇保健手册编号：{m('OTHER_ID', c.digits(4) + '-' + c.digits(6))}
末次月经：{m('DATE', D(c, lmp))}  预产期：{m('DATE', D(c, lmp + dt.timedelta(days=280), 'md'))}  就诊日期：{m('DATE', D(c, lmp + dt.timedelta(days=c.ri(150, 200))))}
丈夫：{m('NAME_RELATIVE', hus.full)}，工作单位{m('WORKPLACE', c.ch(k.CN_EMPLOYERS))}，电话{m('PHONE', k.phone_zh(c))}
现住址：{_addr(c, g)}（户籍：{m('CITY', PlaceZH(c).city)}）
检查：[[MEASUREMENT:宫高26cm]]，[[MEASUREMENT:腹围92cm]]，胎心[[MEASUREMENT:146次/分]]，[[MEASUREMENT:血压132/84mmHg]]。
[[PROCEDURE:口服葡萄糖耐量试验]]：[[LAB:空腹血糖 5.3mmol/L]]，1小时[[LAB:10.4mmol/L]]，诊断[[FINDING:妊娠期糖尿病]]。
处理：饮食运动指导，监测血糖；[[DRUG:硫酸亚铁]][[DOSE:0.3g tid]]。上次产检在{m('HOSPITAL', c.pick('华西', '湘雅', '省妇幼'))}。
医保卡号{m('INSURANCE', c.digits(9) + c.letters(1))}。接诊医师：{_sig(c)}
""")


def chaosheng(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    return k.render(f"""{m('HOSPITAL', k.hospital_zh(c, g))}  超声检查报告单
姓名：{m('NAME_PATIENT', p.full)}  年龄：{k.age_zh(c, 0.35)}  超声号：{m('ACCESSION', 'US' + c.digits(9))}  ID号：{m('MRN', c.digits(9))}  就诊卡号：{m('ACCOUNT', c.digits(12))}
检查部位：[[ANATOMY:肝胆胰脾]]、[[ANATOMY:双肾]]   检查日期：{m('DATE', D(c, k.rdate(c)))}
超声所见：肝脏形态饱满，实质回声增粗，[[ANATOMY:肝右叶]]见[[MEASUREMENT:2.3×1.9cm]]低回声团，边界欠清。[[ANATOMY:胆囊]]壁毛糙，内见强回声伴声影，大小约[[MEASUREMENT:1.2cm]]。
超声提示：1.[[FINDING:肝右叶实性占位]]，建议[[PROCEDURE:增强CT]]进一步检查 2.[[FINDING:胆囊结石]]
[[LAB:甲胎蛋白 380ng/ml]]（{m('DATE', D(c, k.rdate(c), 'md'))}）。
检查医师：{_sig(c)}  记录员：{m('NAME_CLINICIAN', PersonZH(c).given)}  医师资格证书编号：{m('LICENSE', c.digits(4) + c.digits(2) + c.digits(9))}
报告终端 {m('IP', k.ipv4(c))}  家属{m('NAME_RELATIVE', PersonZH(c).full)}代取，车辆{m('VEHICLE', k.plate_zh(c))}
""")


def shuye(c: Ctx) -> k.Doc:
    p, g = PersonZH(c), PlaceZH(c)
    d0 = k.rdate(c)
    rows = "\n".join(f"{m('DATE', D(c, d0 + dt.timedelta(days=i), 'mdri'))} 09:{c.ri(10, 59)} 第{i + 1}天 巡视正常 {m('NAME_CLINICIAN', PersonZH(c).padded())}" for i in range(3))
    return k.render(f"""门诊输液室记录单  {m('HOSPITAL', c.pick(g.city + '中心医院', g.dist + '人民医院', g.dist + '城南社区卫生服务中心'))}
姓名：{m('NAME_PATIENT', p.full)}  {k.age_zh(c, 0.3)}  门诊号：{m('MRN', c.digits(9))}  结算单号：{m('ACCOUNT', c.digits(14))}
证件号：{c.pick('护照', '港澳居民来往内地通行证')} {m('PASSPORT', c.pick('K', 'H', 'EJ') + c.digits(8))}  联系电话：{m('PHONE', k.phone_zh(c, g))}
住址：{_addr(c, g)}
诊断：[[FINDING:急性支气管炎]]  皮试：[[DRUG:头孢呋辛]]（-）
医嘱：[[DRUG:头孢呋辛钠]][[DOSE:1.5g]] + [[DRUG:0.9%氯化钠注射液]][[DOSE:100ml]] ivgtt qd；[[DRUG:氨溴索]][[DOSE:30mg]] iv。滴速[[MEASUREMENT:40滴/分]]。
{rows}
输液港：无；陪同人：{m('NAME_RELATIVE', PersonZH(c).full)}  开单医生：{_doc(c)}
""")


TEMPLATES = [
    ("zh5_yanke_menzhen", yanke), ("zh5_kangfu_zhiliao", kangfu), ("zh5_yihuan_goutong", goutong),
    ("zh5_bingwei_tongzhi", bingwei), ("zh5_weixin_suifang", weixin), ("zh5_tijian_zongjian_yijian", zongjian),
    ("zh5_chuyuan_suifang_dianhua", suifang), ("zh5_zhongyi_zhuyuan", zhongyi), ("zh5_jieru_shoushu", jieru),
    ("zh5_neijing_baogao", neijing), ("zh5_jizhen_liuguan", liuguan), ("zh5_jingshen_bingcheng", jingshen),
    ("zh5_erbao_menzhen", erbao), ("zh5_hexue_baogao", hexue),
    ("zh5_chanke_menzhen", chanke), ("zh5_chaosheng_baogao", chaosheng), ("zh5_shuye_jilu", shuye),
]
