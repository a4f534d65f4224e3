# Longer than 450 lines: 24 whole-document templates and their clinical content; one file per language keeps the set's independence auditable.
"""Chinese (mainland hospital) note templates and the clinical content they are filled with."""

# ruff: noqa: E501  (note templates are prose (CJK counts double); wrapping the literals would only hurt reading them)

from __future__ import annotations

import datetime as dt

from _core import (
    Ctx,
    Doc,
    K,
    P,
    PersonZH,
    addr_zh,
    age_zh,
    child_nick,
    city_zh,
    company_zh,
    device_serial,
    dob_for,
    dzh,
    email_zh,
    hhmm,
    hosp_domain_zh,
    hospital_zh,
    id_card,
    join,
    land_zh,
    mobile_zh,
    passport_en,
    person_en,
    person_zh,
    pick_age,
    plate_zh,
    plus,
    postcode_zh,
    rdate,
    street_zh,
)

# =========================================================================== 药物

# key: (通用名, 商品名 or None, 剂量, 用法)
MEDS = {
    "atorva": ("阿托伐他汀钙片", "立普妥", ["10mg", "20mg", "40mg"], ["qn", "每晚一次"]),
    "rosu": ("瑞舒伐他汀钙片", "可定", ["5mg", "10mg"], ["qn"]),
    "metformin": ("二甲双胍", "格华止", ["0.5g", "0.85g"], ["tid", "bid", "每日三次"]),
    "asa": ("阿司匹林肠溶片", "拜阿司匹灵", ["100mg"], ["qd", "每日一次"]),
    "clopi": ("氯吡格雷", "波立维", ["75mg"], ["qd"]),
    "tica": ("替格瑞洛", "倍林达", ["90mg"], ["bid"]),
    "nifed": ("硝苯地平控释片", "拜新同", ["30mg"], ["qd"]),
    "amlo": ("苯磺酸氨氯地平片", "络活喜", ["5mg"], ["qd"]),
    "valsartan": ("缬沙坦", "代文", ["80mg", "160mg"], ["qd"]),
    "meto": ("美托洛尔缓释片", "倍他乐克", ["23.75mg", "47.5mg"], ["qd"]),
    "furo": ("呋塞米", None, ["20mg", "40mg"], ["qd", "静推"]),
    "spiro": ("螺内酯", None, ["20mg"], ["qd", "bid"]),
    "aspart": ("门冬胰岛素", "诺和锐", ["6U", "8U"], ["三餐前皮下注射", "tid"]),
    "glargine": ("甘精胰岛素", "来得时", ["10U", "14U"], ["qn 皮下注射"]),
    "ceftri": ("头孢曲松钠", None, ["2g"], ["qd 静滴"]),
    "levo": ("左氧氟沙星", None, ["0.5g"], ["qd 静滴", "qd"]),
    "moxi": ("莫西沙星", None, ["0.4g"], ["qd"]),
    "tazo": ("哌拉西林他唑巴坦", None, ["4.5g"], ["q8h 静滴"]),
    "omep": ("奥美拉唑", None, ["20mg", "40mg"], ["qd", "bid"]),
    "panto": ("泮托拉唑", None, ["40mg"], ["qd 静滴"]),
    "riva": ("利伐沙班", "拜瑞妥", ["10mg", "15mg", "20mg"], ["qd"]),
    "warfarin": ("华法林", None, ["2.5mg", "3mg"], ["qd"]),
    "lmwh": ("低分子肝素钙", None, ["4100IU", "0.4ml"], ["q12h 皮下注射"]),
    "enox": ("依诺肝素钠", "克赛", ["4000IU"], ["qd 皮下注射"]),
    "madopar": ("多巴丝肼片", "美多芭", ["125mg", "250mg"], ["tid"]),
    "prami": ("普拉克索", "森福罗", ["0.25mg"], ["tid"]),
    "mpred": ("甲泼尼龙", None, ["40mg", "80mg"], ["qd 静滴"]),
    "symb": ("布地奈德福莫特罗", "信必可", ["160/4.5μg 2吸"], ["bid"]),
    "tio": ("噻托溴铵", "思力华", ["18μg"], ["qd 吸入"]),
    "salb": ("沙丁胺醇气雾剂", "万托林", ["100μg 2喷"], ["prn"]),
    "etv": ("恩替卡韦", None, ["0.5mg"], ["qd"]),
    "dapa": ("达格列净", "安达唐", ["10mg"], ["qd"]),
    "acarbose": ("阿卡波糖", "拜唐苹", ["50mg"], ["tid 随餐嚼服"]),
    "glim": ("格列美脲", None, ["2mg"], ["qd"]),
    "lt4": ("左甲状腺素钠片", "优甲乐", ["50μg", "75μg"], ["qd 晨起空腹"]),
    "mmi": ("甲巯咪唑", "赛治", ["10mg"], ["tid"]),
    "ambroxol": ("氨溴索", None, ["30mg"], ["tid", "bid 静推"]),
    "sertraline": ("舍曲林", "左洛复", ["50mg"], ["qd"]),
    "olanz": ("奥氮平", None, ["5mg"], ["qn"]),
    "lev": ("左乙拉西坦", "开浦兰", ["0.5g"], ["bid"]),
    "mannitol": ("甘露醇", None, ["125ml"], ["q8h 静滴"]),
    "nbp": ("丁苯酞", None, ["0.2g"], ["tid"]),
    "amio": ("胺碘酮", "可达龙", ["0.2g"], ["tid"]),
    "digoxin": ("地高辛", None, ["0.125mg"], ["qd"]),
    "entresto": ("沙库巴曲缬沙坦钠片", "诺欣妥", ["50mg", "100mg"], ["bid"]),
    "oxali": ("奥沙利铂", None, ["130mg/m²"], ["d1"]),
    "cape": ("卡培他滨", "希罗达", ["1000mg/m²"], ["bid d1-14"]),
    "sinti": ("信迪利单抗", "达伯舒", ["200mg"], ["q3w"]),
    "apap": ("对乙酰氨基酚", None, ["0.5g"], ["prn"]),
    "ibu": ("布洛芬缓释胶囊", "芬必得", ["0.3g"], ["bid"]),
    "kcl": ("氯化钾缓释片", None, ["1g"], ["tid"]),
    "cad3": ("碳酸钙D3片", "钙尔奇", ["600mg"], ["qd"]),
    "calcitriol": ("骨化三醇", "罗盖全", ["0.25μg"], ["qd"]),
    "cefurox": ("头孢呋辛", None, ["1.5g"], ["q8h 静滴"]),
    "mero": ("美罗培南", None, ["1g"], ["q8h 静滴"]),
    "ntg": ("硝酸甘油", None, ["0.5mg"], ["舌下含服"]),
    "ismn": ("单硝酸异山梨酯缓释片", None, ["40mg"], ["qd"]),
    "donep": ("多奈哌齐", "安理申", ["5mg", "10mg"], ["qn"]),
    "mesal": ("美沙拉秦", "莎尔福", ["1g"], ["qid"]),
    "ifx": ("英夫利西单抗", "类克", ["5mg/kg"], ["静滴 第0、2、6周"]),
    "epo": ("重组人促红素", None, ["10000IU"], ["每周一次 皮下注射"]),
    "sevel": ("碳酸司维拉姆", None, ["0.8g"], ["tid 随餐"]),
    "terli": ("特利加压素", None, ["1mg"], ["q6h 静推"]),
    "octreo": ("生长抑素", None, ["250μg/h"], ["持续泵入"]),
    "mecob": ("甲钴胺", "弥可保", ["0.5mg"], ["tid"]),
    "celecox": ("塞来昔布", "西乐葆", ["0.2g"], ["qd"]),
}


def med(c: Ctx, key: str, style: str | None = None) -> list:
    name, brand, doses, freqs = MEDS[key]
    dose, freq = c.ch(doses), c.ch(freqs)
    style = style or c.ch(("sp", "sp", "tight", "oral", "brand", "joined"))
    if style == "brand" and brand is None:
        style = "sp"
    if style == "sp":
        return [K("DRUG", name), " ", K("DOSE", dose), " " + freq]
    if style == "tight":
        return [K("DRUG", name), K("DOSE", dose), " " + freq]
    if style == "oral":
        return [K("DRUG", name), " ", K("DOSE", dose), c.pick(" 口服 ", " po ") + freq]
    if style == "brand":
        return [K("DRUG", name), c.pick("（", "("), K("DRUG", brand), c.pick("）", ")"), K("DOSE", dose), " " + freq]
    return [K("DRUG", name), " ", K("DOSE", f"{dose} {freq}")]


def med_lines(c: Ctx, keys, prefix: str | None = None) -> list:
    out = []
    numbered = c.chance(0.6)
    for i, k in enumerate(keys):
        out += [f"{i + 1}. " if numbered else (prefix or ""), med(c, k), "\n"]
    return out


# =========================================================================== 检验

LABS = {
    "hb": (["血红蛋白", "Hb", "HGB"], 60, 165, 0, "g/L"),
    "wbc": (["白细胞计数", "WBC", "白细胞"], 1.8, 26.0, 2, "×10⁹/L"),
    "neut": (["中性粒细胞百分比", "NEUT%"], 40.0, 95.0, 1, "%"),
    "plt": (["血小板", "PLT"], 28, 460, 0, "×10⁹/L"),
    "crp": (["C反应蛋白", "CRP", "hs-CRP"], 1.0, 220.0, 1, "mg/L"),
    "pct": (["降钙素原", "PCT"], 0.05, 15.0, 2, "ng/ml"),
    "a1c": (["糖化血红蛋白", "HbA1c"], 5.5, 13.5, 1, "%"),
    "fpg": (["空腹血糖", "FPG", "随机血糖"], 3.9, 22.0, 1, "mmol/L"),
    "cr": (["肌酐", "Cr", "血肌酐"], 45, 820, 0, "μmol/L"),
    "bun": (["尿素氮", "BUN"], 2.5, 32.0, 1, "mmol/L"),
    "k": (["血钾", "K⁺", "钾"], 2.8, 6.3, 2, "mmol/L"),
    "na": (["血钠", "Na⁺"], 118, 149, 0, "mmol/L"),
    "alt": (["谷丙转氨酶", "ALT"], 8, 520, 0, "U/L"),
    "tbil": (["总胆红素", "TBIL"], 5.0, 310.0, 1, "μmol/L"),
    "alb": (["白蛋白", "ALB"], 19.0, 48.0, 1, "g/L"),
    "ctni": (["肌钙蛋白I", "cTnI", "高敏肌钙蛋白T"], 0.01, 38.0, 2, "ng/ml"),
    "bnp": (["NT-proBNP", "N末端B型利钠肽原"], 95, 26000, 0, "pg/ml"),
    "dd": (["D-二聚体", "D-Dimer"], 0.1, 20.0, 2, "mg/L"),
    "inr": (["INR", "国际标准化比值"], 0.9, 4.6, 2, ""),
    "ldl": (["低密度脂蛋白胆固醇", "LDL-C"], 1.4, 6.2, 2, "mmol/L"),
    "cea": (["癌胚抗原", "CEA"], 0.5, 86.0, 1, "ng/ml"),
    "afp": (["甲胎蛋白", "AFP"], 1.0, 1200.0, 1, "ng/ml"),
    "ca199": (["CA19-9", "糖类抗原19-9"], 3.0, 1800.0, 1, "U/ml"),
    "egfr": (["eGFR"], 5, 118, 0, "ml/min/1.73m²"),
    "tsh": (["TSH", "促甲状腺激素"], 0.01, 15.0, 2, "mIU/L"),
    "nh3": (["血氨"], 15, 140, 0, "μmol/L"),
    "lac": (["乳酸", "Lac"], 0.6, 7.2, 1, "mmol/L"),
    "pao2": (["PaO₂", "氧分压"], 42, 98, 0, "mmHg"),
    "paco2": (["PaCO₂", "二氧化碳分压"], 30, 88, 0, "mmHg"),
    "hbvdna": (["HBV-DNA"], 1.0, 9.9, 1, "×10⁵ IU/ml"),
    "esr": (["血沉", "ESR"], 3, 110, 0, "mm/h"),
}


def lab(c: Ctx, key: str) -> K:
    names, lo, hi, nd, unit = LABS[key]
    name = c.ch(names)
    val = f"{c.r.uniform(lo, hi):.{nd}f}"
    sep = c.ch(("", " ", "：", " "))
    usep = c.ch(("", " ")) if unit and not unit.startswith("×") and unit != "%" else ""
    return K("LAB", f"{name}{sep}{val}{usep}{unit}")


def labs_line(c: Ctx, keys, sep: str | None = None) -> list:
    return join([lab(c, k) for k in keys], sep or c.pick("，", "；", "，"))


def vitals(c: Ctx, sick: bool = False) -> list:
    t = c.fl(36.1, 39.6 if sick else 37.3)
    p = c.ri(56, 132 if sick else 96)
    r = c.ri(14, 30 if sick else 20)
    sbp = c.ri(92 if sick else 105, 186)
    dbp = c.ri(50, min(110, sbp - 25))
    spo2 = c.ri(85 if sick else 93, 99)
    style = c.pick("abbr", "full", "colon")
    if style == "abbr":
        items = [K("MEASUREMENT", f"T {t}℃"), K("MEASUREMENT", f"P {p}次/分"), K("MEASUREMENT", f"R {r}次/分"),
                 K("MEASUREMENT", f"BP {sbp}/{dbp}mmHg")]
        if c.chance(0.5):
            items.append(K("MEASUREMENT", f"SpO₂ {spo2}%"))
        return join(items, c.pick(" ", "，", "  "))
    if style == "full":
        return join([K("MEASUREMENT", f"体温{t}℃"), K("MEASUREMENT", f"脉搏{p}次/分"), K("MEASUREMENT", f"呼吸{r}次/分"),
                     K("MEASUREMENT", f"血压{sbp}/{dbp}mmHg")], "，")
    return join([K("MEASUREMENT", f"T：{t}℃"), K("MEASUREMENT", f"P：{p}次/分"), K("MEASUREMENT", f"R：{r}次/分"),
                 K("MEASUREMENT", f"BP：{sbp}/{dbp}mmHg")], "，")


# =========================================================================== 病种

def _z_pneumonia(c: Ctx) -> dict:
    lobe = c.pick("右肺下叶", "左肺下叶", "右肺中叶", "双肺下叶")
    return dict(
        zs=f"咳嗽、咳痰伴发热{c.ri(2, 7)}天",
        xbs=[f"患者{c.ri(2, 7)}天前受凉后出现咳嗽，咳黄脓痰，伴发热，体温最高", K("MEASUREMENT", f"{c.fl(38.5, 40.0)}℃"),
             "，伴畏寒、寒战，无咯血、胸痛。自服", K("DRUG", "头孢克洛"), "效果不佳。"],
        jws=["⟦fi|高血压病⟧病史10年", "⟦fi|2型糖尿病⟧病史5年"],
        tg=[f"⟦an|{lobe}⟧可闻及⟦fi|湿性啰音⟧，心律齐。"],
        fz=["胸部CT示：⟦an|" + lobe + "⟧⟦fi|斑片状实变影⟧，伴少量⟦fi|胸腔积液⟧。"],
        labs=["wbc", "neut", "crp", "pct"],
        zd=["⟦fi|社区获得性肺炎⟧（非重症）", "⟦fi|高血压病2级⟧", "⟦fi|2型糖尿病⟧"],
        zl=["ceftri", "moxi", "ambroxol"],
        jy=["完善痰培养及药敏，必要时调整抗生素。", "监测血糖，控制血压。"],
        ss=None,
        short="肺炎",
    )


def _z_dm(c: Ctx) -> dict:
    return dict(
        zs=f"口干、多饮、多尿{c.ri(1, 10)}年，血糖控制不佳1月",
        xbs=["患者多年前诊断为⟦fi|2型糖尿病⟧，长期口服", K("DRUG", "二甲双胍"), "，近1月自测空腹血糖", K("MEASUREMENT", f"{c.fl(9, 16)}mmol/L"),
             "左右，伴双足麻木，视物模糊。"],
        jws=["⟦fi|高脂血症⟧", "⟦fi|脂肪肝⟧"],
        tg=["双足背动脉搏动减弱，⟦fi|双下肢轻度水肿⟧，10g尼龙丝试验阳性。"],
        fz=["眼底检查示⟦fi|非增殖期糖尿病视网膜病变⟧；尿微量白蛋白/肌酐比值", K("MEASUREMENT", f"{c.ri(35, 480)}mg/g"), "。"],
        labs=["a1c", "fpg", "cr", "ldl", "egfr"],
        zd=["⟦fi|2型糖尿病⟧", "⟦fi|糖尿病肾病⟧（G3aA2期）", "⟦fi|糖尿病周围神经病变⟧"],
        zl=["metformin", "glargine", "aspart", "dapa"],
        jy=["糖尿病饮食，监测七次血糖。", "加用⟦dr|甲钴胺⟧营养神经。"],
        ss=None,
        short="糖尿病",
    )


def _z_stemi(c: Ctx) -> dict:
    v = c.pick("左前降支近段", "右冠状动脉中段", "左回旋支")
    return dict(
        zs=f"突发胸痛{c.ri(2, 10)}小时",
        xbs=["患者于今日晨起活动时突发胸骨后压榨样疼痛，向左肩部放射，伴大汗，含服", K("DRUG", "硝酸甘油"), "不缓解。"],
        jws=["⟦fi|高血压病⟧病史8年", "吸烟30年，每日20支"],
        tg=["神清，痛苦面容，双肺底少许湿啰音，心率", K("MEASUREMENT", f"{c.ri(70, 112)}次/分"), "，律齐。⟦ep|Killip分级⟧I级。"],
        fz=["心电图示：⟦an|V1-V5导联⟧⟦fi|ST段抬高⟧0.3-0.5mV。"],
        labs=["ctni", "bnp", "ldl", "k"],
        zd=["⟦fi|冠状动脉粥样硬化性心脏病⟧", "⟦fi|急性前壁ST段抬高型心肌梗死⟧", "⟦fi|高血压病3级（很高危）⟧"],
        zl=["asa", "tica", "atorva", "meto"],
        jy=["急诊行⟦pr|冠状动脉造影⟧示⟦an|" + v + "⟧⟦fi|狭窄95%⟧，于该处植入⟦pr|药物洗脱支架⟧1枚。", "双联抗血小板治疗12个月。"],
        ss=["⟦pr|经皮冠状动脉介入治疗⟧（PCI）"],
        short="急性心肌梗死",
    )


def _z_stroke(c: Ctx) -> dict:
    side = c.pick("左", "右")
    other = "右" if side == "左" else "左"
    return dict(
        zs=f"突发{other}侧肢体无力伴言语不清{c.ri(2, 6)}小时",
        xbs=[f"患者于今日{hhmm(c, 6, 20)}左右无明显诱因出现{other}侧肢体无力，持物不稳，伴言语含糊，无头痛、呕吐。"],
        jws=["⟦fi|心房颤动⟧病史3年，未规律抗凝", "⟦fi|高血压病⟧"],
        tg=[f"神志清楚，⟦fi|运动性失语⟧，{other}侧肢体肌力", K("MEASUREMENT", "3级"), f"，{other}侧⟦ep|巴宾斯基征⟧阳性。",
            K("MEASUREMENT", f"NIHSS评分{c.ri(4, 16)}分"), "。"],
        fz=[f"头颅CT未见⟦fi|出血⟧；头颅MRI DWI示⟦an|{side}侧基底节区⟧及⟦an|{side}侧额叶⟧⟦fi|急性脑梗死⟧。"],
        labs=["fpg", "ldl", "inr", "plt"],
        zd=["⟦fi|急性脑梗死⟧（心源性栓塞型）", "⟦fi|心房颤动⟧", "⟦fi|高血压病3级⟧"],
        zl=["asa", "atorva", "nbp"],
        jy=["发病4.5小时内予⟦dr|阿替普酶⟧⟦do|0.9mg/kg⟧⟦pr|静脉溶栓⟧。", "吞咽功能评估，早期康复。"],
        ss=["⟦pr|静脉溶栓⟧"],
        short="脑梗死",
    )


def _z_copd(c: Ctx) -> dict:
    return dict(
        zs=f"反复咳嗽、咳痰{c.ri(10, 30)}年，气喘加重1周",
        xbs=["患者每年冬春季反复咳嗽咳痰，1周前受凉后气喘加重，不能平卧，伴嗜睡。"],
        jws=["吸烟40年", "⟦fi|慢性肺源性心脏病⟧"],
        tg=["⟦fi|桶状胸⟧，双肺可闻及⟦fi|哮鸣音⟧，⟦fi|双下肢凹陷性水肿⟧。"],
        fz=["胸部CT示⟦fi|慢性支气管炎⟧、⟦fi|肺气肿⟧征象，⟦an|双肺下叶⟧少许炎症。"],
        labs=["pao2", "paco2", "wbc", "crp"],
        zd=["⟦fi|慢性阻塞性肺疾病急性加重⟧", "⟦fi|II型呼吸衰竭⟧", "⟦fi|慢性肺源性心脏病⟧"],
        zl=["mpred", "levo", "symb", "tio"],
        jy=["⟦pr|无创呼吸机辅助通气⟧（BiPAP模式）。", "⟦pr|雾化吸入⟧，低流量吸氧⟦me|1-2L/min⟧。"],
        ss=None,
        short="慢阻肺",
    )


def _z_nodule(c: Ctx) -> dict:
    lobe = c.pick("右肺上叶", "左肺上叶", "右肺下叶", "左肺下叶尖后段", "右肺上叶尖段")
    mm = c.ri(6, 22)
    return dict(
        zs="体检发现肺部结节" + c.pick("3月", "半年", "1年"),
        xbs=[f"患者体检行胸部低剂量CT发现⟦an|{lobe}⟧", K("MEASUREMENT", f"{mm}mm×{c.ri(5, mm)}mm"), "⟦fi|磨玻璃结节⟧，复查无明显吸收。"],
        jws=["否认高血压、糖尿病病史"],
        tg=["双肺呼吸音清，未闻及干湿啰音。"],
        fz=[f"胸部薄层CT：⟦an|{lobe}⟧见⟦fi|混合磨玻璃结节⟧，实性成分约", K("MEASUREMENT", f"{c.ri(2, 8)}mm"), "，可见⟦fi|分叶征⟧及⟦fi|胸膜牵拉⟧，",
            K("MEASUREMENT", c.pick("Lung-RADS 4A类", "Lung-RADS 3类", "Lung-RADS 4B类")), "。"],
        labs=["cea"],
        zd=[f"⟦an|{lobe}⟧⟦fi|磨玻璃结节⟧（性质待定）"],
        zl=[],
        jy=[f"限期行⟦pr|胸腔镜下{lobe}楔形切除术⟧，术中冰冻决定切除范围。"],
        ss=[f"⟦pr|胸腔镜下{lobe}切除术⟧"],
        short="肺结节",
    )


def _z_parkinson(c: Ctx) -> dict:
    return dict(
        zs=f"肢体抖动{c.ri(3, 12)}年，行走困难加重半年",
        xbs=["患者多年前出现右手静止性震颤，逐渐累及左侧，诊断为⟦ep|帕金森病⟧，服用", K("DRUG", "多巴丝肼片"), "，近半年出现⟦fi|剂末现象⟧及⟦fi|冻结步态⟧，跌倒2次。"],
        jws=["⟦fi|便秘⟧多年", "⟦fi|体位性低血压⟧"],
        tg=["⟦fi|面具脸⟧，四肢⟦fi|齿轮样肌张力增高⟧，⟦fi|慌张步态⟧，后拉试验阳性。", K("MEASUREMENT", "Hoehn-Yahr分级3期"), "。"],
        fz=["头颅MRI示⟦fi|脑白质变性⟧，未见明显梗死灶。"],
        labs=["hb", "na"],
        zd=["⟦ep|帕金森病⟧", "⟦fi|体位性低血压⟧"],
        zl=["madopar", "prami"],
        jy=["调整⟦dr|多巴丝肼片⟧服药时间，加用⟦dr|恩他卡朋⟧。", "防跌倒宣教，康复科会诊。"],
        ss=None,
        short="帕金森病",
    )


def _z_cirrhosis(c: Ctx) -> dict:
    return dict(
        zs=f"呕血、黑便{c.ri(1, 3)}天",
        xbs=["患者有⟦fi|慢性乙型病毒性肝炎⟧病史10余年，未规律抗病毒，1天前进食硬物后呕吐暗红色血液约", K("MEASUREMENT", f"{c.ri(200, 800)}ml"), "，伴头晕、乏力。"],
        jws=["⟦fi|乙肝肝硬化⟧", "饮酒20年"],
        tg=["贫血貌，⟦fi|肝掌⟧，⟦fi|蜘蛛痣⟧，⟦fi|移动性浊音⟧阳性，⟦fi|脾肋下3cm⟧。"],
        fz=["腹部CT示⟦fi|肝硬化⟧、⟦fi|脾大⟧、⟦fi|门静脉高压⟧、少量⟦fi|腹水⟧。", K("MEASUREMENT", "Child-Pugh B级"), "。"],
        labs=["hb", "plt", "alb", "tbil", "inr", "hbvdna"],
        zd=["⟦fi|上消化道出血⟧", "⟦fi|食管胃底静脉曲张破裂出血⟧", "⟦fi|乙肝肝硬化失代偿期⟧"],
        zl=["octreo", "panto", "etv", "terli"],
        jy=["急诊⟦pr|胃镜下食管静脉曲张套扎术⟧。", "继续⟦dr|恩替卡韦⟧抗病毒。"],
        ss=["⟦pr|内镜下食管静脉曲张套扎术⟧（EVL）"],
        short="消化道出血",
    )


def _z_gastric(c: Ctx) -> dict:
    return dict(
        zs=f"上腹部隐痛{c.ri(2, 6)}月，黑便1周",
        xbs=["患者2月前无明显诱因出现上腹部隐痛，进食后加重，伴体重下降", K("MEASUREMENT", f"{c.ri(3, 9)}kg"), "。"],
        jws=["⟦fi|幽门螺杆菌感染⟧史"],
        tg=["上腹部轻压痛，未触及包块，⟦an|左锁骨上淋巴结⟧未触及肿大。"],
        fz=["胃镜示⟦an|胃窦⟧小弯侧可见一大小约", K("MEASUREMENT", f"{c.fl(2, 4.5)}cm×{c.fl(1.5, 3.5)}cm"), "⟦fi|溃疡型肿物⟧；活检病理：⟦fi|低分化腺癌⟧。"],
        labs=["hb", "cea", "ca199", "alb"],
        zd=["⟦fi|胃窦癌⟧（⟦fi|低分化腺癌⟧）", K("MEASUREMENT", c.pick("cT3N1M0", "cT2N0M0", "cT4aN2M0"))],
        zl=["oxali", "cape", "omep"],
        jy=["行⟦pr|腹腔镜根治性远端胃大部切除术⟧＋⟦pr|D2淋巴结清扫⟧。", "术后病理分期确定辅助化疗方案（⟦dr|XELOX⟧）。"],
        ss=["⟦pr|腹腔镜根治性远端胃大部切除术⟧"],
        short="胃癌",
    )


def _z_hodgkin(c: Ctx) -> dict:
    return dict(
        zs="发现颈部包块2月，发热、盗汗1月",
        xbs=["患者2月前无意中发现⟦an|右颈部⟧无痛性包块，进行性增大，伴⟦fi|发热⟧、⟦fi|盗汗⟧及体重下降。"],
        jws=["否认结核病史"],
        tg=["⟦an|右颈部⟧及⟦an|锁骨上⟧可触及多个肿大淋巴结，最大约", K("MEASUREMENT", f"{c.fl(2, 4)}cm×{c.fl(1.5, 3)}cm"), "，质韧，无压痛。"],
        fz=["淋巴结活检病理：⟦ep|经典型霍奇金淋巴瘤⟧（结节硬化型），⟦lab|CD30+⟧，⟦lab|CD15+⟧。PET-CT示⟦fi|纵隔淋巴结肿大⟧，",
            K("MEASUREMENT", c.pick("Ann Arbor IIB期", "Ann Arbor IIIB期")), "。"],
        labs=["hb", "wbc", "esr"],
        zd=["⟦ep|经典型霍奇金淋巴瘤⟧"],
        zl=[],
        jy=["行⟦dr|ABVD⟧方案化疗（⟦dr|多柔比星⟧＋⟦dr|博来霉素⟧＋⟦dr|长春碱⟧＋⟦dr|达卡巴嗪⟧）。", "化疗前行⟦pr|PICC置管⟧。"],
        ss=["⟦pr|PICC置管术⟧"],
        short="霍奇金淋巴瘤",
    )


def _z_hip(c: Ctx) -> dict:
    side = c.pick("左", "右")
    return dict(
        zs=f"跌倒致{side}髋部疼痛、活动受限{c.ri(1, 3)}天",
        xbs=[f"患者在家中不慎滑倒，{side}髋部着地，当即疼痛，不能站立行走。"],
        jws=["⟦fi|骨质疏松症⟧", "⟦fi|高血压病⟧"],
        tg=[f"{side}下肢⟦fi|外旋短缩畸形⟧，{side}髋部压痛，轴向叩击痛阳性。"],
        fz=[f"骨盆X线示：⟦an|{side}侧股骨颈⟧⟦fi|骨折⟧，断端移位（Garden IV型）。骨密度 ", K("MEASUREMENT", f"T值-{c.fl(2.6, 4.2)}"), "。"],
        labs=["hb", "dd", "alb"],
        zd=[f"⟦an|{side}股骨颈⟧⟦fi|骨折⟧", "⟦fi|骨质疏松症⟧"],
        zl=["enox", "cad3", "calcitriol", "celecox"],
        jy=[f"限期行⟦pr|{side}侧人工股骨头置换术⟧。", "术后早期下地，预防⟦fi|深静脉血栓⟧。"],
        ss=[f"⟦pr|{side}侧人工髋关节置换术⟧"],
        short="股骨颈骨折",
    )


def _z_lumbar(c: Ctx) -> dict:
    lvl = c.pick("L4-5", "L5/S1", "L4/5")
    return dict(
        zs=f"腰痛伴{c.pick('左', '右')}下肢放射痛{c.ri(1, 12)}月",
        xbs=["患者弯腰搬重物后出现腰痛，伴下肢放射痛、麻木，休息后稍缓解，反复发作。"],
        jws=["否认外伤史"],
        tg=["腰椎生理曲度变直，⟦an|" + lvl + "⟧棘突旁压痛，直腿抬高试验阳性（40°），拇背伸肌力", K("MEASUREMENT", "4级"), "。"],
        fz=["腰椎MRI示：⟦an|" + lvl + "⟧⟦fi|椎间盘突出⟧（中央偏左型），⟦fi|椎管狭窄⟧；⟦an|T12⟧椎体陈旧性⟦fi|压缩性骨折⟧。"],
        labs=["esr", "crp"],
        zd=[f"⟦fi|腰椎间盘突出症⟧（⟦an|{lvl}⟧）", "⟦fi|腰椎管狭窄症⟧"],
        zl=["celecox", "mecob"],
        jy=["保守治疗无效，拟行⟦pr|椎间孔镜下髓核摘除术⟧。"],
        ss=["⟦pr|经皮椎间孔镜下髓核摘除术⟧"],
        short="腰椎间盘突出",
    )


def _z_af_hf(c: Ctx) -> dict:
    return dict(
        zs=f"反复心悸、气促{c.ri(1, 5)}年，加重伴双下肢水肿1周",
        xbs=["患者活动后气促，夜间阵发性呼吸困难，近1周不能平卧，尿量减少。"],
        jws=["⟦fi|心房颤动⟧", "⟦fi|高血压病⟧", "⟦fi|慢性肾脏病3期⟧"],
        tg=["端坐位，⟦fi|颈静脉怒张⟧，双肺底湿啰音，心律绝对不齐，⟦fi|双下肢重度水肿⟧。"],
        fz=["心脏彩超：⟦fi|全心扩大⟧，", K("MEASUREMENT", f"LVEF {c.ri(22, 40)}%"), "，⟦fi|二尖瓣中度反流⟧。"],
        labs=["bnp", "cr", "k", "na"],
        zd=["⟦fi|慢性心力衰竭急性加重⟧（NYHA IV级）", "⟦fi|持续性心房颤动⟧", K("MEASUREMENT", f"CHA₂DS₂-VASc评分{c.ri(3, 6)}分")],
        zl=["furo", "spiro", "entresto", "riva", "digoxin"],
        jy=["利尿、控制心室率、抗凝，记24小时出入量。"],
        ss=None,
        short="心衰",
    )


def _z_ckd(c: Ctx) -> dict:
    return dict(
        zs="发现肌酐升高5年，乏力、恶心1月",
        xbs=["患者5年前体检发现血肌酐升高，诊断为⟦fi|慢性肾脏病⟧，近1月乏力、纳差、恶心，尿量减少。"],
        jws=["⟦fi|IgA肾病⟧（肾穿刺证实）", "⟦fi|肾性高血压⟧"],
        tg=["⟦fi|贫血貌⟧，眼睑水肿，双下肢轻度凹陷性水肿。"],
        fz=["双肾彩超：⟦fi|双肾缩小⟧，皮质变薄。"],
        labs=["cr", "bun", "k", "hb", "egfr"],
        zd=["⟦fi|慢性肾脏病5期⟧", "⟦fi|肾性贫血⟧", "⟦fi|高钾血症⟧"],
        zl=["epo", "sevel", "nifed"],
        jy=["行⟦pr|左前臂动静脉内瘘成形术⟧，过渡期经⟦pr|右颈内静脉临时透析导管⟧行⟦pr|血液透析⟧。"],
        ss=["⟦pr|动静脉内瘘成形术⟧"],
        short="尿毒症",
    )


def _z_crohn(c: Ctx) -> dict:
    return dict(
        zs="反复腹痛、腹泻2年，加重1月",
        xbs=["患者2年前出现右下腹痛，伴腹泻每日4-6次，⟦fi|肛周脓肿⟧手术史，体重下降。"],
        jws=["⟦fi|肛瘘⟧术后"],
        tg=["⟦an|右下腹⟧压痛，可触及包块。"],
        fz=["结肠镜示⟦an|回肠末段⟧⟦fi|纵行溃疡⟧、⟦fi|铺路石样改变⟧；病理示⟦fi|非干酪样肉芽肿⟧。"],
        labs=["crp", "esr", "hb", "alb"],
        zd=["⟦ep|克罗恩病⟧（A2L3B1p型，活动期）"],
        zl=["mesal", "ifx"],
        jy=["排除结核后启动⟦dr|英夫利西单抗⟧诱导治疗。"],
        ss=["⟦pr|结肠镜检查⟧"],
        short="克罗恩病",
    )


def _z_dementia(c: Ctx) -> dict:
    return dict(
        zs="记忆力下降3年，发热、咳嗽3天",
        xbs=["患者近3年记忆力进行性下降，诊断为⟦ep|阿尔茨海默病⟧，生活部分不能自理；3天前出现发热、咳嗽，进食呛咳。"],
        jws=["⟦ep|阿尔茨海默病⟧", "⟦fi|高血压病⟧", "⟦fi|陈旧性脑梗死⟧"],
        tg=["嗜睡，定向力差，⟦an|右肺底⟧闻及湿啰音，骶尾部⟦fi|2期压力性损伤⟧。"],
        fz=["胸部CT示⟦fi|吸入性肺炎⟧，⟦an|右肺下叶⟧为主。", K("MEASUREMENT", f"MMSE评分{c.ri(6, 18)}分"), "。"],
        labs=["wbc", "crp", "alb", "na"],
        zd=["⟦fi|吸入性肺炎⟧", "⟦ep|阿尔茨海默病⟧", "⟦fi|压力性损伤⟧"],
        zl=["tazo", "donep", "ambroxol"],
        jy=["留置胃管鼻饲，床头抬高30°。", "⟦ep|Braden评分⟧动态评估，定时翻身。"],
        ss=["⟦pr|留置胃管⟧"],
        short="吸入性肺炎",
    )


SCENARIOS = [_z_pneumonia, _z_dm, _z_stemi, _z_stroke, _z_copd, _z_nodule, _z_parkinson, _z_cirrhosis, _z_gastric,
             _z_hodgkin, _z_hip, _z_lumbar, _z_af_hf, _z_ckd, _z_crohn, _z_dementia]
ELDERLY = [_z_pneumonia, _z_copd, _z_stroke, _z_hip, _z_af_hf, _z_dementia, _z_parkinson, _z_stemi]


MIN_AGE = {"_z_parkinson": 55, "_z_dementia": 68, "_z_stroke": 45, "_z_stemi": 40, "_z_af_hf": 45, "_z_copd": 50,
           "_z_nodule": 35, "_z_gastric": 40, "_z_hip": 60, "_z_cirrhosis": 35, "_z_dm": 30, "_z_pneumonia": 20}


def fit_age(c: Ctx, e, lo: int) -> None:
    """Make the patient old enough for the scenario (keeps DOB and 身份证号 consistent)."""
    if e.age < lo:
        e.age = c.ri(lo, max(lo, 88))
        e.dob = dob_for(c, e.age, e.adm)
        e.idc = id_card(c, e.dob, e.pt.sex)


def scenario(c: Ctx, pool=None, e=None) -> dict:
    fn = c.ch(pool or SCENARIOS)
    if e is not None:
        fit_age(c, e, MIN_AGE.get(fn.__name__, 0))
    return fn(c)


def numbered(items) -> list:
    out = []
    for i, it in enumerate(items):
        out += [f"{i + 1}. ", it, "\n"]
    return out


DEPT = {"肺炎": "呼吸与危重症医学科", "糖尿病": "内分泌科", "急性心肌梗死": "心血管内科", "脑梗死": "神经内科",
        "慢阻肺": "呼吸与危重症医学科", "肺结节": "胸外科", "帕金森病": "神经内科", "消化道出血": "消化内科",
        "胃癌": "胃肠外科", "霍奇金淋巴瘤": "血液内科", "股骨颈骨折": "骨科", "腰椎间盘突出": "脊柱外科",
        "心衰": "心血管内科", "尿毒症": "肾内科", "克罗恩病": "消化内科", "吸入性肺炎": "老年医学科"}


# =========================================================================== PHI helpers

class EncZ:
    """The people, places and numbers one Chinese note is about."""

    def __init__(self, c: Ctx, p_old: float = 0.08, sex: str | None = None, lo: int = 18, hi: int = 88):
        self.pt = person_zh(c, sex)
        self.age = pick_age(c, p_old, lo, hi)
        self.g = city_zh(c)
        self.adm = rdate(c)
        self.dob = dob_for(c, self.age, self.adm)
        self.idc = id_card(c, self.dob, self.pt.sex)
        self.hosp = hospital_zh(c, self.g if c.chance(0.7) else None)
        self.zhuzhi = person_zh(c)
        self.zhuyuan = person_zh(c)
        self.zhuren = person_zh(c)


def pz(c: Ctx, e: EncZ, *styles) -> P:
    return P("NAME_PATIENT", zname(c, e.pt, c.ch(styles or ("full",))))


def zname(c: Ctx, p: PersonZH, style: str) -> str:
    if style == "spaced" and len(p.full) == 2:
        return p.full[0] + c.pick("  ", " ", "　") + p.full[1]
    if style == "given" and len(p.given) >= 2 and p.sur:
        return p.given
    return p.full


def docz(c: Ctx, p: PersonZH, styles=("full", "full", "full", "title")) -> list:
    """A clinician: full name, or surname + title (张主任)."""
    st = c.ch(styles)
    if st == "title" and p.sur:
        return [P("NAME_CLINICIAN", p.sur), c.pick("主任", "医生", "教授", "主任医师")]
    if st == "spaced":
        return P("NAME_CLINICIAN", zname(c, p, "spaced"))
    return P("NAME_CLINICIAN", p.full)


REL_M = ["儿子", "丈夫", "父亲", "哥哥", "弟弟", "孙子", "侄子", "女婿"]
REL_F = ["女儿", "妻子", "母亲", "姐姐", "妹妹", "孙女", "儿媳", "侄女"]


def relz(c: Ctx, e: EncZ, sex: str | None = None):
    sex = sex or c.pick("F", "M")
    rels = REL_F if sex == "F" else REL_M
    if e.age < 45:
        rels = [x for x in rels if x not in ("女儿", "儿子", "孙女", "孙子", "儿媳", "女婿", "侄子", "侄女")]
    elif e.age > 70:
        rels = [x for x in rels if x not in ("母亲", "父亲")]
    own_spouse = "丈夫" if e.pt.sex == "M" else "妻子"
    rels = [x for x in rels if x != own_spouse]
    rel = c.ch(rels)
    same = rel in ("儿子", "女儿", "父亲", "哥哥", "弟弟", "孙子", "孙女", "姐姐", "妹妹", "侄子", "侄女") and e.pt.sex == "M"
    if e.pt.sex == "F" and rel in ("父亲", "哥哥", "弟弟", "姐姐", "妹妹"):
        same = True
    r = person_zh(c, sex, sur=e.pt.sur if (same and e.pt.sur and c.chance(0.85)) else None, minority=0.0)
    return r, rel


def relp(c: Ctx, r: PersonZH, styles=("full",)) -> P:
    return P("NAME_RELATIVE", zname(c, r, c.ch(styles)))


def age_field(age: int) -> list:
    return age_zh(age)


def mrn_zh(c: Ctx, kind: str = "zy") -> str:
    y = c.ri(2018, 2024)
    if kind == "zy":
        return c.ch((c.digits(7), c.digits(8), f"ZY{y}{c.digits(5, False)}", c.digits(6), f"{y % 100:02d}{c.digits(6, False)}"))
    if kind == "mz":
        return c.ch((f"MZ{y}{c.digits(8, False)}", c.digits(10), c.digits(12), f"{c.digits(9)}"))
    if kind == "ba":
        return c.ch((c.digits(6), c.digits(7), c.digits(8), "00" + c.digits(6)))
    return c.digits(10)  # HIS 患者ID / 登记号


def acct_zh(c: Ctx) -> str:
    return c.ch((c.digits(12), f"JZ{c.digits(10)}", c.digits(16), f"{c.digits(4)}{c.digits(8, False)}", f"NO.{c.digits(10)}"))


def accession_zh(c: Ctx, mod: str = "CT", d: dt.date | None = None) -> str:
    ds = d.strftime("%Y%m%d") if d else f"{c.ri(2018, 2024)}{c.ri(1, 12):02d}{c.ri(1, 28):02d}"
    return c.ch((f"{mod}{ds}{c.digits(4, False)}", c.digits(8), f"{mod}{c.digits(7)}", f"{ds[2:]}{c.digits(5, False)}", c.digits(10)))


def path_no(c: Ctx) -> str:
    y = c.ri(2018, 2024)
    return c.ch((f"{y}-{c.digits(5, False)}", f"B{y}{c.digits(5, False)}", f"{y % 100:02d}-{c.digits(5, False)}",
                 f"P{y % 100:02d}{c.digits(6, False)}", f"F{y}{c.digits(4, False)}"))


def ins_zh(c: Ctx) -> tuple[str, str]:
    k = c.ri(0, 4)
    if k == 0:
        return "医保卡号", c.letters(1) + c.digits(8, False)
    if k == 1:
        return "社保卡号", c.digits(9)
    if k == 2:
        return "医保个人编号", c.digits(6) + c.digits(10, False)
    if k == 3:
        return c.pick("新农合证号", "城乡居民医保号"), c.digits(16)
    return "商业保险保单号", c.pick("P", "8", "GZ") + c.digits(15)


def lic_zh(c: Ctx) -> str:
    return c.ch((c.pick("1", "2") + c.digits(14, False), "1" + c.digits(14, False), c.digits(12), c.pick("1", "2") + c.digits(14, False)))


def sign_zh(c: Ctx, p: PersonZH, d: dt.date | None = None, role: str | None = None) -> list:
    role = role or c.pick("主治医师", "住院医师", "医师签名", "记录者", "经治医师")
    out = [role, c.pick("：", ":", " "), P("NAME_CLINICIAN", zname(c, p, c.pick("full", "full", "spaced")))]
    if d is not None:
        out += [c.pick("  ", "\n", "    "), dzh(c, d), c.pick("", " " + hhmm(c, 7, 22))]
    return out


# =========================================================================== 模板：dev

def z_ruyuan(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.15)
    s = scenario(c, e=e)
    d = Doc()
    car = c.chance(0.22)
    foreign = c.chance(0.06)
    d.add("{h}\n入 院 记 录\n\n", h=P("HOSPITAL", e.hosp))
    d.add("姓名：{n}\t\t出生地：{bp}\n", n=pz(c, e, "full", "spaced"), bp=[c.pick("", (e.g.prov or "")), P("CITY", e.g.city)])
    d.add("性别：{x}\t\t职业：{j}\n", x=e.pt.xing, j=c.pick("退休工人", "农民", "教师", "个体", "公司职员", "无业", "司机"))
    d.add("年龄：{a}\t\t工作单位：{w}\n", a=age_field(e.age), w=P("WORKPLACE", company_zh(c, e.g)) if c.chance(0.5) and e.age < 65 else "无")
    d.add("民族：{mz}\t\t住址：{ad}\n", mz=c.pick("汉族", "汉族", "汉族", "回族", "满族", "壮族"), ad=addr_zh(c, True, e.g))
    d.add("婚姻：{hy}\t\t联系电话：{ph}\n", hy=c.pick("已婚", "已婚", "未婚", "丧偶"), ph=P("PHONE", mobile_zh(c)))
    d.add("入院日期：{a} {t}\t病史陈述者：", a=dzh(c, e.adm), t=hhmm(c))
    if c.chance(0.55):
        r, rel = relz(c, e)
        d.add("患者本人及其{rel}{rn}（可靠）\n", rel=rel, rn=relp(c, r))
    else:
        d.add("患者本人（可靠）\n")
    d.add("记录日期：{a} {t}\t住院号：{m}\n", a=dzh(c, e.adm), t=hhmm(c, 12, 22), m=P("MRN", mrn_zh(c, "zy")))
    if foreign:
        d.add("护照号：{pp}\n", pp=P("PASSPORT", c.pick("E", "EA", "G") + c.digits(7 if c.chance(0.5) else 8, False)))
    else:
        d.add("身份证号：{i}\n", i=P("ID_CARD", e.idc))
    if c.chance(0.4):
        lbl, no = ins_zh(c)
        d.add("{l}：{n}\n", l=lbl, n=P("INSURANCE", no))
    d.add("\n主诉：{zs}。\n", zs=s["zs"])
    d.add("现病史：")
    if car:
        d.add("患者于{dd}驾驶电动车与一辆小型轿车（车牌号{pl}）相撞，", dd=dzh(c, plus(e.adm, -c.ri(0, 2)), c.pick("md", "cn")), pl=P("VEHICLE", plate_zh(c)))
        if c.chance(0.5):
            d.add("对方车辆{pl}驾驶员已由交警控制。", pl=P("VEHICLE", plate_zh(c)))
        d.add("伤后即感头痛、胸痛，由交警及120送入我院。")
    d.put(s["xbs"])
    d.add("今为进一步诊治来我院，门诊以“{w}”收入{dp}。\n", w=s["short"], dp=DEPT[s["short"]])
    d.add("既往史：{j}。否认肝炎、结核等传染病史，否认手术、外伤史，预防接种史随当地。\n", j=join(s["jws"], "，"))
    d.add("个人史：生于{bp}，久居本地，无疫区居留史。{sm}\n", bp=P("CITY", e.g.city[:-1] if c.chance(0.5) else e.g.city),
          sm=c.pick("吸烟20余年，约10支/日。", "否认烟酒嗜好。", "饮酒30年，约2两/日。"))
    d.add("婚育史：{x}\n", x=c.pick("适龄结婚，配偶体健，育有1子1女。", "未婚未育。", "配偶已故，育有2子。"))
    d.add("家族史：{x}\n\n", x=c.pick("父母已故，否认家族遗传病史。", "父亲患⟦fi|高血压病⟧。", "母亲患⟦fi|2型糖尿病⟧。"))
    d.add("体格检查：{v}\n{tg}\n", v=vitals(c, sick=True), tg=s["tg"])
    d.add("辅助检查：{fz}{l}。", fz=s["fz"], l=labs_line(c, s["labs"][:3]))
    if c.chance(0.25):
        d.add("（外院影像检查号：{a}）", a=P("ACCESSION", accession_zh(c, c.pick("CT", "MR", "DR"))))
    d.add("\n\n初步诊断：\n{zd}\n", zd=numbered(s["zd"]))
    d.add("\n{a}\n{b}\n", a=sign_zh(c, e.zhuyuan, None, "住院医师"), b=sign_zh(c, e.zhuzhi, e.adm, "主治医师"))
    return d


def z_chuyuan(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.15)
    s = scenario(c, e=e)
    d = Doc()
    los = c.ri(3, 18)
    dc = plus(e.adm, los)
    st = c.ch(("cn", "iso", "dot", "cn0"))
    d.add("{h}\n出院小结\n\n", h=P("HOSPITAL", e.hosp))
    d.add("姓名：{n}  性别：{x}  年龄：{a}  科室：{dp}  床号：{bed}  住院号：{m}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age),
          dp=DEPT[s["short"]], bed=c.ri(1, 60), m=P("MRN", mrn_zh(c, "zy")))
    if c.chance(0.4):
        d.add("病案号：{m}\n", m=P("MRN", mrn_zh(c, "ba")))
    d.add("入院日期：{a}  出院日期：{b}  住院天数：{n}天\n", a=dzh(c, e.adm, st), b=dzh(c, dc, st), n=los)
    d.add("入院诊断：{zd}\n出院诊断：\n{zd2}", zd=join(s["zd"], "；"), zd2=numbered(s["zd"]))
    d.add("\n入院情况：患者{x}，{a}，因“{zs}”入院。", x=e.pt.xing, a=age_field(e.age), zs=s["zs"])
    d.put(s["xbs"])
    d.add("\n诊疗经过：入院后完善相关检查，{l}。{fz}", l=labs_line(c, s["labs"]), fz=s["fz"])
    if s["zl"]:
        d.add("予{m}等治疗。", m=join([med(c, k, "sp") for k in s["zl"][:3]], "、"))
    d.put(join(s["jy"], ""))
    if s["ss"]:
        d.add("于{dd}行{ss}，", dd=dzh(c, plus(e.adm, c.ri(1, max(1, los - 2))), c.pick("md", st)), ss=s["ss"])
        d.add("术程顺利。")
        if c.chance(0.3):
            d.add("术后病理（病理号：{p}）回报如上。", p=P("ACCESSION", path_no(c)))
        if c.chance(0.25):
            d.add("植入物条码/序列号：{sn}。", sn=P("DEVICE", device_serial(c)))
    d.add("\n出院情况：患者一般情况可，{v}，病情稳定，准予出院。\n", v=vitals(c))
    d.add("出院医嘱：\n{m}", m=med_lines(c, (s["zl"] or ["apap"])[:4]))
    d.add("{n}. 出院后{w}周于{dp}门诊复诊，复查{x}。\n", n=len((s["zl"] or ["apap"])[:4]) + 1, w=c.ri(1, 4), dp=DEPT[s["short"]],
          x=c.pick("血常规、肝肾功能", "胸部CT", "血糖", "心脏彩超"))
    if c.chance(0.5):
        d.add("如有不适请联系病房电话{ph}。\n", ph=P("PHONE", land_zh(c, e.g.area)))
    if c.chance(0.2):
        d.add("出院随访问卷：{u}\n", u=P("URL", f"https://{c.pick('sf', 'followup', 'hzgl')}.{hosp_domain_zh(c)}/q/{c.token(8)}"))
    if c.chance(0.3):
        d.add("住院结算单号：{a}\n", a=P("ACCOUNT", acct_zh(c)))
    if c.chance(0.2):
        lbl, no = ins_zh(c)
        d.add("费用类别：医保  {l}：{n}\n", l=lbl, n=P("INSURANCE", no))
    d.add("\n{a}  {b}\n", a=sign_zh(c, e.zhuyuan, None, "住院医师"), b=sign_zh(c, e.zhuzhi, dc, "主治医师"))
    return d


def z_ct(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.14, lo=30)
    s = scenario(c, [_z_nodule], e=e) if c.chance(0.6) else scenario(c, [_z_pneumonia, _z_copd, _z_dementia], e=e)
    d = Doc()
    exam = e.adm
    d.add("{h}\nCT检查报告单\n\n", h=P("HOSPITAL", e.hosp))
    d.add("姓名：{n}   性别：{x}   年龄：{a}   检查号：{acc}\n", n=pz(c, e, "full", "spaced"), x=e.pt.xing, a=age_field(e.age),
          acc=P("ACCESSION", accession_zh(c, "CT", exam)))
    src = c.pick("住院", "门诊")
    d.add("{src}号：{m}   科别：{dp}   床号：{bed}\n", src=src, m=P("MRN", mrn_zh(c, "zy" if src == "住院" else "mz")),
          dp=c.pick("呼吸与危重症医学科", "胸外科", "体检中心", "老年医学科"), bed=c.ri(1, 50) if src == "住院" else "—")
    if c.chance(0.3):
        d.add("就诊卡号：{a}\n", a=P("ACCOUNT", acct_zh(c)))
    if c.chance(0.5):
        d.add("影像号：{a}\n", a=P("ACCESSION", accession_zh(c, "IMG")))
    d.add("检查部位：胸部{k}\n检查日期：{dd}   申请医师：{doc}\n\n", k=c.pick("平扫", "增强", "低剂量平扫"), dd=dzh(c, exam), doc=docz(c, person_zh(c), ("full",)))
    d.add("影像所见：\n{fz}\n", fz=s["fz"])
    d.add("纵隔内未见明显肿大淋巴结，⟦fi|主动脉及冠状动脉钙化⟧。双侧胸膜{x}。所扫⟦an|肝脏⟧{y}。\n\n",
          x=c.pick("未见增厚", "局限性增厚"), y=c.pick("密度减低，提示⟦fi|脂肪肝⟧", "未见异常", "见⟦fi|囊肿⟧，大小约⟦me|1.2cm⟧"))
    d.add("影像诊断：\n{zd}", zd=numbered(s["zd"][:2]))
    d.add("建议：{x}\n\n", x=c.pick("3个月后复查薄层CT。", "结合临床，必要时穿刺活检。", "抗感染治疗后复查。"))
    d.add("报告医师：{a}   审核医师：{b}\n报告日期：{dd} {t}\n", a=docz(c, e.zhuyuan, ("full", "spaced")), b=docz(c, e.zhuzhi, ("full", "spaced")),
          dd=dzh(c, exam), t=hhmm(c, 8, 21))
    d.add("（本报告仅供临床参考）\n")
    return d


def _make_child(c: Ctx, e: EncZ) -> str:
    """Turn the patient into a child; returns the home name (小明) the family uses."""
    e.age = c.ri(2, 12)
    e.dob = dob_for(c, e.age, e.adm)
    e.idc = id_card(c, e.dob, e.pt.sex)
    return child_nick(c, e.pt)


def z_menzhen(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.06)
    if c.chance(0.15):
        return _z_menzhen_child(c, e)
    s = scenario(c, e=e)
    d = Doc()
    doc = e.zhuzhi
    d.add("{h}  门诊病历\n", h=P("HOSPITAL", e.hosp))
    d.add("科别：{dp}   就诊日期：{dd}\n", dp=DEPT[s["short"]], dd=dzh(c, e.adm))
    d.add("姓名：{n}  性别：{x}  年龄：{a}  门诊号：{m}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age), m=P("MRN", mrn_zh(c, "mz")))
    if c.chance(0.7):
        d.add("就诊卡号：{a}   ", a=P("ACCOUNT", acct_zh(c)))
    if c.chance(0.5):
        lbl, no = ins_zh(c)
        d.add("{l}：{n}", l=lbl, n=P("INSURANCE", no))
    d.add("\n")
    if c.chance(0.5):
        d.add("联系电话：{ph}\n", ph=P("PHONE", mobile_zh(c)))
    if c.chance(0.1):
        d.add("国籍：{ct}  护照号：{pp}\n", ct=c.pick("韩国", "美国", "俄罗斯", "日本"), pp=P("PASSPORT", passport_en(c)))
    d.add("\n主诉：{zs}。\n现病史：", zs=s["zs"])
    d.put(s["xbs"])
    if c.chance(0.2) and e.age < 60:
        d.add("患者系{w}员工，本次为工作中受伤/发病，要求开具工伤相关证明。", w=P("WORKPLACE", company_zh(c, e.g)))
    d.add("\n既往史：{j}。过敏史：{gm}。\n", j=join(s["jws"], "，"), gm=c.pick("否认", "⟦dr|青霉素⟧过敏", "⟦dr|磺胺类⟧过敏"))
    d.add("查体：{v}。{tg}\n", v=vitals(c), tg=s["tg"])
    d.add("辅助检查：{l}\n", l=labs_line(c, s["labs"][:2]))
    d.add("诊断：{zd}\n", zd=join(s["zd"][:2], "；"))
    d.add("处理：\n{m}", m=med_lines(c, (s["zl"] or ["apap"])[:3]))
    d.add("{x}\n", x=c.pick("2周后复诊。", "不适随诊。", "建议住院治疗，患者及家属表示考虑。", "完善相关检查后复诊。"))
    d.add("\n医师签名：{doc}", doc=docz(c, doc, ("full",)))
    if c.chance(0.4):
        d.add("  执业证书编号：{l}", l=P("LICENSE", lic_zh(c)))
    d.add("\n")
    return d


def _z_menzhen_child(c: Ctx, e: EncZ) -> Doc:
    nick = _make_child(c, e)
    d = Doc()
    mom, rel = person_zh(c, "F", minority=0.0), "母亲"
    d.add("{h}  儿科门诊病历\n就诊日期：{dd}\n", h=P("HOSPITAL", e.hosp), dd=dzh(c, e.adm))
    d.add("姓名：{n}  性别：{x}  年龄：{a}岁  门诊号：{m}\n", n=pz(c, e), x=e.pt.xing, a=e.age, m=P("MRN", mrn_zh(c, "mz")))
    d.add("监护人：{mn}（{rel}）  联系电话：{ph}\n\n", mn=relp(c, mom), rel=rel, ph=P("PHONE", mobile_zh(c)))
    d.add("主诉：发热、咳嗽{n}天。\n", n=c.ri(1, 5))
    d.add("现病史：患儿{nk}{n}天前受凉后出现发热，体温最高{t}，伴阵发性咳嗽，有痰不易咳出，无抽搐。{mother}诉{nk}精神食欲稍差。"
          "自服{m}后体温可降至正常。\n", nk=P("NAME_PATIENT", nick), n=c.ri(1, 5), t=K("MEASUREMENT", f"{c.fl(38.3, 40.0)}℃"),
          mother=rel, m=K("DRUG", "布洛芬混悬液"))
    d.add("既往史：{x}。预防接种按计划完成。\n", x=c.pick("体健", "曾患⟦ep|川崎病⟧，已治愈", "⟦fi|支气管哮喘⟧"))
    d.add("查体：{t}，{r}。咽部充血，双侧扁桃体Ⅱ度肿大，⟦an|双肺⟧呼吸音粗，可闻及少许⟦fi|湿啰音⟧。\n",
          t=K("MEASUREMENT", f"T {c.fl(37.5, 39.5)}℃"), r=K("MEASUREMENT", f"R {c.ri(24, 40)}次/分"))
    d.add("辅助检查：{a}，{b}，{cc}；胸片示⟦fi|支气管肺炎⟧。\n", a=lab(c, "wbc"), b=lab(c, "crp"), cc=K("LAB", c.pick("肺炎支原体IgM阳性", "肺炎支原体IgM阴性")))
    d.add("诊断：⟦fi|支气管肺炎⟧\n处理：\n1. {m1}\n2. {m2}\n", m1=[K("DRUG", "阿奇霉素干混悬剂"), " ", K("DOSE", f"{c.ri(80, 200)}mg"), " qd"],
          m2=[K("DRUG", "布洛芬混悬液"), " ", K("DOSE", f"{c.ri(3, 8)}ml"), " prn（体温>38.5℃）"])
    d.add("嘱{nk}多饮水，3天后复诊。\n\n医师签名：{doc}\n", nk=P("NAME_PATIENT", nick), doc=docz(c, e.zhuzhi, ("full",)))
    return d


def z_huizhen(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.15)
    s = scenario(c, e=e)
    d = Doc()
    req_doc = e.zhuzhi
    cons = person_zh(c)
    outside = c.chance(0.45)
    d.add("会诊记录\n{h}\n\n", h=P("HOSPITAL", e.hosp))
    d.add("患者姓名：{n}  性别：{x}  年龄：{a}  科室：{dp}  床号：{bed}  住院号：{m}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age),
          dp=DEPT[s["short"]], bed=c.ri(1, 60), m=P("MRN", mrn_zh(c, "zy")))
    d.add("\n会诊申请：患者因“{zs}”入院，诊断{zd}。", zs=s["zs"], zd=s["zd"][0])
    d.add("{x}，请{dp}会诊协助诊治。\n", x=c.pick("现出现血糖控制不佳", "今日出现胸闷、心悸", "术前评估心功能", "出现意识障碍"),
          dp=c.pick("内分泌科", "心血管内科", "神经内科", "麻醉科"))
    d.add("申请医师：{a}   申请时间：{dd} {t}\n", a=docz(c, req_doc, ("full",)), dd=dzh(c, e.adm), t=hhmm(c))
    if outside:
        oh = hospital_zh(c)
        d.add("\n外院会诊：邀请{oh}{cons}前来会诊。", oh=P("HOSPITAL", oh), cons=docz(c, cons, ("full", "title")))
        d.add("邀请函已传真至对方医务处（传真：{fx}，电话：{ph}）。\n", fx=P("FAX", land_zh(c, c.ch(["010", "021", "020", "025", "028"]))),
              ph=P("PHONE", land_zh(c, c.ch(["010", "021", "020", "025", "028"]))))
    d.add("\n会诊意见：（{dd} {t}）\n患者病史及查体如上，", dd=dzh(c, plus(e.adm, c.ri(0, 2)), c.pick("md", "iso")), t=hhmm(c, 8, 20))
    d.add("{l}。{tg}\n建议：\n", l=labs_line(c, s["labs"][:3]), tg=s["tg"])
    d.put(numbered(s["jy"] + [[c.pick("加用", "调整为"), med(c, c.ch(s["zl"] or ["apap"]))]]))
    d.add("谢邀！\n\n会诊医师：{cons}{t}\n", cons=docz(c, cons, ("full", "spaced")), t=c.pick("（主任医师）", "（副主任医师）", ""))
    if c.chance(0.4):
        d.add("已向{dp}{zr}汇报。\n", dp=c.pick("本科", "上级医师"), zr=docz(c, e.zhuren, ("title",)))
    return d


def z_huli(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.4, lo=55)
    s = scenario(c, ELDERLY, e=e)
    d = Doc()
    d.add("{h}\n一般护理记录单\n", h=P("HOSPITAL", e.hosp))
    d.add("科室：{dp}  床号：{bed}  姓名：{n}  性别：{x}  年龄：{a}  住院号：{m}  诊断：{zd}\n\n", dp=DEPT[s["short"]], bed=c.ri(1, 60),
          n=pz(c, e, "full", "spaced"), x=e.pt.xing, a=age_field(e.age), m=P("MRN", mrn_zh(c, "zy")), zd=s["zd"][0])
    day = e.adm
    nurses = [person_zh(c, "F"), person_zh(c, "F")]
    d.add("{dd}\n", dd=dzh(c, day, c.pick("iso", "cn", "slash")))
    d.add("{t}  患者神志清，精神差，{v}。", t=hhmm(c, 7, 9), v=vitals(c))
    d.add("⟦ep|Braden评分⟧{b}分，⟦ep|Morse跌倒评分⟧{m}分，为高危患者，已悬挂警示标识，告知家属防跌倒注意事项。",
          b=c.ri(9, 18), m=c.ri(45, 95))
    d.add("签名：{n}\n", n=P("NAME_CLINICIAN", nurses[0].full))
    d.add("{t}  遵医嘱予{m}。", t=hhmm(c, 9, 12), m=med(c, c.ch(s["zl"] or ["apap"]), "sp"))
    d.add("{x}签名：{n}\n", x=c.pick("留置⟦ep|Foley导尿管⟧通畅，尿色淡黄。", "⟦pr|PICC⟧穿刺点无渗血渗液。", "予⟦pr|雾化吸入⟧，咳出少量白黏痰。", "鼻饲流质⟦me|200ml⟧。"),
          n=P("NAME_CLINICIAN", nurses[0].full))
    if c.chance(0.8):
        r, rel = relz(c, e)
        d.add("{t}  患者{rel}{rn}探视，", t=hhmm(c, 14, 18), rel=rel, rn=relp(c, r, ("full", "given")))
        d.add("询问病情，已做好解释。留陪护电话：{ph}。签名：{n}\n", ph=P("PHONE", mobile_zh(c)), n=P("NAME_CLINICIAN", nurses[1].full))
    d.add("{t}  患者诉{x}，测{v}，报告值班医生{doc}，", t=hhmm(c, 18, 23), x=c.pick("胸闷", "腹胀", "入睡困难", "伤口疼痛"),
          v=K("MEASUREMENT", f"BP {c.ri(100, 180)}/{c.ri(60, 100)}mmHg"), doc=docz(c, e.zhuyuan, ("full", "title")))
    d.add("遵医嘱予{m}，继续观察。签名：{n}\n", m=med(c, c.pick("ntg", "apap", "olanz", "furo"), "tight"), n=P("NAME_CLINICIAN", nurses[1].full))
    d.add("\n24小时出入量：入量⟦me|{i}ml⟧，出量⟦me|{o}ml⟧。\n".replace("{i}", str(c.ri(1200, 2800))).replace("{o}", str(c.ri(900, 2600))))
    return d


IMPLANTS_ZH = [
    ("⟦pr|右侧全膝关节置换术⟧", "⟦fi|右膝骨关节炎⟧", ["股骨髁假体", "胫骨平台假体", "聚乙烯衬垫"]),
    ("⟦pr|双腔永久起搏器植入术⟧", "⟦fi|病态窦房结综合征⟧", ["脉冲发生器", "心房电极导线", "心室电极导线"]),
    ("⟦pr|左侧人工全髋关节置换术⟧", "⟦fi|左股骨头坏死⟧", ["髋臼杯", "股骨柄", "陶瓷球头"]),
    ("⟦pr|腰椎后路减压椎间融合内固定术⟧", "⟦fi|腰椎滑脱症⟧（⟦an|L4-5⟧）", ["椎弓根螺钉", "椎间融合器"]),
    ("⟦pr|腹腔镜胆囊切除术⟧", "⟦fi|胆囊结石伴慢性胆囊炎⟧", []),
    ("⟦pr|人工耳蜗植入术⟧", "⟦fi|双侧极重度感音神经性聋⟧", ["人工耳蜗植入体"]),
    ("⟦pr|胸腔镜下右肺上叶切除术⟧＋⟦pr|纵隔淋巴结清扫术⟧", "⟦an|右肺上叶⟧⟦fi|磨玻璃结节⟧", []),
]


def z_shoushu(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.05, lo=20, hi=85)
    d = Doc()
    proc, dx, implants = c.ch(IMPLANTS_ZH)
    surg, a1, a2, anes = e.zhuren, e.zhuzhi, e.zhuyuan, person_zh(c)
    d.add("{h}\n手 术 记 录\n\n", h=P("HOSPITAL", e.hosp))
    d.add("姓名：{n}  性别：{x}  年龄：{a}  住院号：{m}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age), m=P("MRN", mrn_zh(c, "zy")))
    d.add("手术日期：{dd}  开始时间：{t1}  结束时间：{t2}\n", dd=dzh(c, e.adm), t1=hhmm(c, 8, 11), t2=hhmm(c, 12, 16))
    d.add("术前诊断：{dx}\n术后诊断：同术前\n手术名称：{p}\n", dx=dx, p=proc)
    d.add("术者：{s}  一助：{a}  二助：{b}\n麻醉方式：{m}  麻醉医师：{an}\n", s=docz(c, surg, ("full",)), a=docz(c, a1, ("full",)),
          b=docz(c, a2, ("full",)), m=c.pick("全身麻醉", "腰硬联合麻醉", "局部麻醉"), an=docz(c, anes, ("full",)))
    d.add("\n手术经过：\n1. 患者取{pos}位，麻醉成功后常规消毒铺巾，核对患者姓名、住院号无误。\n", pos=c.pick("仰卧", "俯卧", "左侧卧"))
    d.add("2. {x}\n", x=c.pick("逐层切开皮肤、皮下组织，显露术野，见关节软骨广泛磨损。", "建立气腹，置入Trocar，分离胆囊三角，夹闭胆囊管及胆囊动脉。",
                               "经左锁骨下静脉穿刺，送入电极导线至右心耳及右心室，测试参数满意。", "显露椎板，置入椎弓根螺钉，减压后植入融合器。"))
    if "起搏器" in proc:
        d.add("   测试：心房⟦me|P波3.2mV⟧，阈值⟦me|0.7V⟧；心室⟦me|R波12.5mV⟧，阈值⟦me|0.5V⟧，阻抗⟦me|620Ω⟧。\n")
    if implants:
        d.add("3. 植入物：\n")
        for it in implants:
            d.add("   {it}  型号{mdl}  批号{lot}  序列号：{sn}\n", it=it, mdl=c.alnum(6), lot=c.digits(8), sn=P("DEVICE", device_serial(c)))
    d.add("4. 清点器械、纱布无误，逐层缝合。术中出血约{b}，{tx}。\n", b=K("MEASUREMENT", f"{c.ri(10, 600)}ml"), tx=c.pick("未输血", "输注悬浮红细胞2U"))
    if "肺" in proc or "胆囊" in proc:
        d.add("5. 标本送病理（{no}），术中冰冻示：{f}。\n", no=P("ACCESSION", path_no(c)) if c.chance(0.6) else "常规",
              f=c.pick("⟦fi|浸润性腺癌⟧", "⟦fi|微浸润性腺癌⟧", "⟦fi|慢性胆囊炎⟧"))
    d.add("术后安返病房，予{m}预防感染。\n\n", m=med(c, c.pick("cefurox", "ceftri"), "sp"))
    d.add("{sig}\n", sig=sign_zh(c, e.zhuzhi, e.adm, "记录者"))
    return d


def z_zhuanzhen(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.1)
    s = scenario(c, e=e)
    d = Doc()
    to_g = city_zh(c)
    to_h = hospital_zh(c, to_g)
    doc = e.zhuzhi
    d.add("双向转诊（转出）单\n\n")
    d.add("转出单位：{h}\n地址：{ad}  邮编：{pc}\n联系电话：{ph}  传真：{fx}\n", h=P("HOSPITAL", e.hosp),
          ad=addr_zh(c, False, e.g, detail=False), pc=P("POSTCODE", postcode_zh(c, e.g)), ph=P("PHONE", land_zh(c, e.g.area)),
          fx=P("FAX", land_zh(c, e.g.area)))
    d.add("转入单位：{h}  {dp}\n", h=P("HOSPITAL", to_h), dp=DEPT[s["short"]])
    if c.chance(0.6):
        d.add("转入单位传真：{fx}\n", fx=P("FAX", land_zh(c, to_g.area)))
    d.add("\n患者姓名：{n}  性别：{x}  年龄：{a}\n", n=pz(c, e, "full", "spaced"), x=e.pt.xing, a=age_field(e.age))
    d.add("身份证号：{i}\n", i=P("ID_CARD", e.idc))
    if c.chance(0.6):
        lbl, no = ins_zh(c)
        d.add("{l}：{n}\n", l=lbl, n=P("INSURANCE", no))
    d.add("家庭住址：{ad}", ad=addr_zh(c, True, e.g))
    if c.chance(0.5):
        d.add("  邮编：{pc}", pc=P("POSTCODE", postcode_zh(c, e.g)))
    d.add("\n联系电话：{ph}\n", ph=P("PHONE", mobile_zh(c)))
    if c.chance(0.4):
        d.add("电子邮箱：{em}\n", em=P("EMAIL", email_zh(c)))
    d.add("\n初步诊断：{zd}\n", zd=join(s["zd"], "；"))
    d.add("主要病史及检查结果：{x}", x=s["xbs"])
    d.add("{fz}{l}。\n", fz=s["fz"], l=labs_line(c, s["labs"][:3]))
    d.add("已行治疗：{m}。\n", m=join([med(c, k) for k in (s["zl"] or ["apap"])[:2]], "，"))
    d.add("转诊原因：{x}\n\n", x=c.pick("病情复杂，需上级医院进一步诊治。", "需行手术治疗，本院条件有限。", "需行⟦pr|冠状动脉造影⟧。"))
    d.add("转诊医师：{doc}  执业证书编号：{l}\n", doc=docz(c, doc, ("full",)), l=P("LICENSE", lic_zh(c)) if c.chance(0.55) else "（略）")
    if c.chance(0.35):
        d.add("医师邮箱：{em}\n", em=P("EMAIL", c.fzh.user_name() + "@" + hosp_domain_zh(c)))
    d.add("转诊日期：{dd}\n", dd=dzh(c, e.adm))
    return d


def z_jizhen(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.04, lo=16, hi=80)
    d = Doc()
    arr = hhmm(c)
    d.add("{h}  急诊病历\n", h=P("HOSPITAL", e.hosp))
    d.add("姓名：{n}  性别：{x}  年龄：{a}  急诊号：{m}\n就诊时间：{dd} {t}  来院方式：{how}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age),
          m=P("MRN", mrn_zh(c, "mz")), dd=dzh(c, e.adm), t=arr, how=c.pick("120送入", "家属陪同", "交警护送"))
    if c.chance(0.6):
        d.add("身份证号：{i}\n", i=P("ID_CARD", e.idc))
    d.add("\n主诉：车祸伤后{x}{h}小时。\n", x=c.pick("头痛、胸痛", "左下肢疼痛、活动受限", "腹痛"), h=c.ri(1, 6))
    role = c.ri(0, 2)
    d.add("现病史：患者约{t}", t=hhmm(c))
    if role == 0:
        d.add("驾驶小型轿车（{pl}）在{rd}与一辆重型货车（{pl2}）发生碰撞，", pl=P("VEHICLE", plate_zh(c)),
              rd=[P("CITY", e.g.city) if c.chance(0.5) else "", P("ADDRESS_STREET", c.ch(["中山路", "绕城高速", "国道G312", "人民路", "解放路与建设路交叉口"]))],
              pl2=P("VEHICLE", plate_zh(c)))
    elif role == 1:
        d.add("骑电动自行车{own}时被一辆{car}（车牌号：{pl}）撞倒，", own=["（车牌", P("VEHICLE", plate_zh(c)), "）"] if c.chance(0.5) else "",
              car=c.pick("白色SUV", "出租车", "网约车"), pl=P("VEHICLE", plate_zh(c)))
    else:
        d.add("乘坐{rel}驾驶的汽车（{pl}）时与前车{pl2}发生追尾，", rel=c.pick("丈夫", "儿子", "朋友"), pl=P("VEHICLE", plate_zh(c)),
              pl2=P("VEHICLE", plate_zh(c)) if c.chance(0.6) else "")
    d.add("{x}，伤后无昏迷，无恶心呕吐。交警已到场处理，事故认定书编号{no}。\n", x=c.pick("头部撞击方向盘", "左下肢被卡压", "胸部撞击安全带"),
          no=P("OTHER_ID", f"{c.digits(12)}") if c.chance(0.4) else "待出具")
    d.add("既往史：{x}。\n", x=c.pick("体健", "⟦fi|高血压病⟧", "⟦fi|癫痫⟧，服用⟦dr|丙戊酸钠⟧"))
    d.add("查体：{v}。⟦ep|格拉斯哥昏迷评分⟧{gcs}分。", v=vitals(c, sick=True), gcs=c.ri(12, 15))
    inj = c.ri(0, 2)
    if inj == 0:
        d.add("⟦an|左胸壁⟧压痛，胸廓挤压征阳性，⟦an|左肺⟧呼吸音减弱。\n辅助检查：胸部CT示⟦an|左侧第4-6肋⟧⟦fi|骨折⟧，⟦fi|左侧少量气胸⟧（肺压缩约⟦me|15%⟧）。\n")
        zd = ["⟦fi|多发肋骨骨折⟧（左4-6）", "⟦fi|左侧气胸⟧"]
    elif inj == 1:
        d.add("⟦an|左小腿⟧畸形、反常活动，足背动脉搏动可及。\n辅助检查：X线示⟦an|左胫腓骨⟧中段⟦fi|粉碎性骨折⟧。\n")
        zd = ["⟦fi|左胫腓骨开放性骨折⟧（Gustilo II型）"]
    else:
        d.add("⟦an|左上腹⟧压痛、反跳痛。\n辅助检查：腹部CT示⟦fi|脾破裂⟧、⟦fi|腹腔积血⟧；床旁超声FAST阳性。\n")
        zd = ["⟦fi|脾破裂⟧", "⟦fi|失血性休克⟧"]
    d.add("{l}\n", l=labs_line(c, ["hb", "wbc", "inr"]))
    d.add("诊断：{zd}\n", zd=join(zd, "；"))
    d.add("处理：{m}；{x}\n", m=med(c, c.pick("apap", "ibu")), x=c.pick("请胸外科会诊，收住院。", "骨科会诊，急诊手术。", "急诊行⟦pr|剖腹探查术⟧。"))
    if c.chance(0.7):
        r, rel = relz(c, e)
        d.add("陪同人：{rn}（{rel}），电话{ph}。\n", rn=relp(c, r), rel=rel, ph=P("PHONE", mobile_zh(c)))
    d.add("\n接诊医师：{doc}\n", doc=docz(c, e.zhuzhi, ("full", "spaced")))
    return d


def z_hulianwang(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.03, lo=18, hi=78)
    s = scenario(c, [_z_dm, _z_af_hf, _z_crohn, _z_lumbar, _z_parkinson, _z_ckd], e=e)
    d = Doc()
    doc = e.zhuzhi
    d.add("{h} 互联网医院\n复诊记录（图文/视频问诊）\n\n", h=P("HOSPITAL", e.hosp))
    d.add("问诊单号：{o}\n", o=P("ACCOUNT", f"{e.adm.strftime('%Y%m%d')}{c.digits(10)}") if c.chance(0.6) else "—")
    d.add("患者：{n}  {x}  {a}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age))
    if c.chance(0.2):
        d.add("实名认证：港澳居民来往内地通行证/护照 {pp}\n", pp=P("PASSPORT", c.pick("H", "M") + c.digits(8, False) if c.chance(0.5) else passport_en(c)))
    else:
        d.add("实名认证：居民身份证 {i}\n", i=P("ID_CARD", e.idc))
    d.add("手机号：{ph}\n", ph=P("PHONE", mobile_zh(c)))
    if c.chance(0.5):
        d.add("邮箱：{em}\n", em=P("EMAIL", email_zh(c)))
    d.add("问诊时间：{dd} {t}  登录IP：{ip}", dd=dzh(c, e.adm, c.pick("iso", "slash0")), t=hhmm(c), ip=P("IP", c.fzh.ipv4_public() if c.chance(0.8) else c.fzh.ipv4_private()))
    if c.chance(0.5):
        d.add("（视频中断后重连IP：{ip}）", ip=P("IP", c.fzh.ipv4_public()))
    d.add("\n视频链接：{u}\n\n", u=P("URL", f"https://{c.pick('hlwyy', 'ih', 'zxwz')}.{hosp_domain_zh(c)}/video/room?id={c.digits(12)}&sig={c.token(12)}"))
    d.add("线下就诊记录：{dd}于我院{dp}诊断为{zd}。\n", dd=dzh(c, plus(e.adm, -c.ri(30, 300))), dp=DEPT[s["short"]], zd=s["zd"][0])
    d.add("患者自述：{x}\n", x=c.pick("近期病情平稳，要求续方。", "服药后偶有胃部不适。", "近一周症状有所加重。"))
    d.add("上传检查：{l}\n", l=labs_line(c, s["labs"][:3]))
    d.add("医生意见：{x}\n", x=c.pick("病情稳定，继续原方案。", "建议线下就诊。", "调整用药如下。"))
    d.add("电子处方：\n{m}", m=med_lines(c, (s["zl"] or ["apap"])[:3]))
    d.add("处方医师：{doc}  审方药师：{ph}\n", doc=docz(c, doc, ("full",)), ph=P("NAME_CLINICIAN", person_zh(c).full))
    d.add("药品配送至：{ad}\n", ad=addr_zh(c, True, e.g))
    return d


def z_zhiyebing(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.0, lo=25, hi=64, sex=c.wpick((8, "M"), (2, "F")))
    d = Doc()
    w = company_zh(c, e.g)
    kind = c.ri(0, 2)
    d.add("{h}\n{t}\n\n", h=P("HOSPITAL", e.hosp), t=c.pick("职业病诊断证明书", "职业健康检查及诊断记录", "工伤入院记录（职业史）"))
    d.add("编号：{no}\n", no=P("OTHER_ID", c.pick(f"{e.g.city[:-1]}职诊字〔{e.adm.year}〕第{c.digits(4, False)}号", f"ZYB{e.adm.year}{c.digits(5, False)}")))
    d.add("劳动者姓名：{n}  性别：{x}  年龄：{a}\n身份证号：{i}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age), i=P("ID_CARD", e.idc))
    d.add("用人单位：{w}\n单位地址：{ad}", w=P("WORKPLACE", w), ad=addr_zh(c, False, e.g, detail=False))
    if c.chance(0.5):
        d.add("  邮编：{pc}", pc=P("POSTCODE", postcode_zh(c, e.g)))
    d.add("\n单位联系电话：{ph}", ph=P("PHONE", land_zh(c, e.g.area)))
    if c.chance(0.4):
        d.add("  传真：{fx}", fx=P("FAX", land_zh(c, e.g.area)))
    d.add("\n")
    if c.chance(0.5):
        d.add("劳动者住址：{ad}\n", ad=addr_zh(c, True, e.g))
    if c.chance(0.3):
        d.add("工伤保险个人编号：{n}\n", n=P("INSURANCE", c.digits(12)))
    if kind == 0:
        d.add("\n职业史：{y}年起在该单位从事井下掘进工作，接触粉尘作业工龄{n}年，未规范佩戴防尘口罩。\n", y=c.ri(1995, 2012), n=c.ri(8, 25))
        d.add("临床表现：活动后气促3年，咳嗽、咳少量白痰。\n")
        d.add("检查：高千伏胸片示⟦an|双肺⟧⟦fi|弥漫性小阴影⟧，总体密集度2级，分布范围超过4个肺区。肺功能：", )
        d.add("{a}，{b}。\n", a=K("MEASUREMENT", f"FEV1/FVC {c.ri(55, 72)}%"), b=K("MEASUREMENT", f"FEV1占预计值{c.ri(50, 78)}%"))
        dx = "⟦fi|职业性煤工尘肺贰期⟧"
    elif kind == 1:
        d.add("\n职业史：在该单位冲压车间工作{n}年，车间噪声强度约⟦me|95dB(A)⟧。\n", n=c.ri(6, 20))
        d.add("检查：纯音测听双耳高频平均听阈{a}，语频平均听阈{b}。\n", a=K("MEASUREMENT", f"{c.ri(45, 70)}dB HL"), b=K("MEASUREMENT", f"{c.ri(30, 50)}dB HL"))
        dx = "⟦fi|职业性中度噪声聋⟧"
    else:
        d.add("\n受伤经过：患者于{dd}在单位驾驶叉车搬运货物时，被倒车的货车（车牌{pl}）挤压致伤。\n", dd=dzh(c, plus(e.adm, -c.ri(0, 3))),
              pl=P("VEHICLE", plate_zh(c)) if c.chance(0.8) else "不详")
        d.add("检查：骨盆CT示⟦fi|骨盆骨折⟧（Tile B型），⟦an|耻骨上下支⟧骨折。{l}\n", l=labs_line(c, ["hb", "cr"]))
        dx = "⟦fi|骨盆骨折⟧（工伤）"
    d.add("\n诊断结论：{dx}\n处理意见：{x}\n", dx=dx, x=c.pick("调离粉尘作业岗位，定期复查。", "脱离噪声作业，佩戴助听器。", "住院手术治疗，按工伤程序处理。"))
    doc = e.zhuzhi
    d.add("\n诊断医师：{a}、{b}", a=docz(c, doc, ("full",)), b=docz(c, e.zhuren, ("full",)))
    if c.chance(0.5):
        d.add("（执业证书编号：{l}）", l=P("LICENSE", lic_zh(c)))
    d.add("\n诊断日期：{dd}\n", dd=dzh(c, e.adm))
    return d


def z_linchuang(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.0, lo=18, hi=75)
    s = scenario(c, [_z_dm, _z_nodule, _z_gastric, _z_af_hf, _z_crohn, _z_ckd], e=e)
    d = Doc()
    inv = e.zhuzhi
    crc = person_zh(c, "F")
    d.add("临床试验受试者知情同意及入组记录\n{h} 国家药物临床试验机构\n\n", h=P("HOSPITAL", e.hosp))
    d.add("试验名称：一项评价XX在{w}患者中有效性和安全性的多中心、随机、双盲、安慰剂对照III期临床研究\n方案编号：{pn}\n", w=s["short"],
          pn=f"{c.letters(3)}-{c.ri(100, 999)}-III")
    d.add("受试者姓名：{n}  性别：{x}  年龄：{a}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age))
    d.add("筛选号：{s}  受试者编号：{sid}\n", s=P("OTHER_ID", f"S{c.digits(3)}-{c.digits(3, False)}"), sid=P("OTHER_ID", f"{c.digits(2)}{c.digits(3, False)}"))
    if c.chance(0.5):
        d.add("随机号：{r}\n", r=P("OTHER_ID", f"R{c.digits(4)}"))
    if c.chance(0.1):
        d.add("证件：台湾居民来往大陆通行证 {pp}\n", pp=P("PASSPORT", c.digits(8)))
    else:
        d.add("身份证号：{i}\n", i=P("ID_CARD", e.idc))
    d.add("联系电话：{ph}\n", ph=P("PHONE", mobile_zh(c)))
    if c.chance(0.8):
        d.add("电子邮箱：{em}\n", em=P("EMAIL", email_zh(c)))
    if c.chance(0.5):
        d.add("通讯地址：{ad}  邮编：{pc}\n", ad=addr_zh(c, True, e.g), pc=P("POSTCODE", postcode_zh(c, e.g)))
    d.add("\n知情同意过程：研究者{inv}于{dd} {t}向受试者详细介绍了试验目的、流程、可能的风险与获益，", inv=docz(c, inv, ("full",)),
          dd=dzh(c, e.adm), t=hhmm(c, 8, 17))
    d.add("受试者充分理解后自愿签署知情同意书（版本号V{v}）。", v=c.pick("2.0", "3.1", "1.2"))
    if c.chance(0.6):
        d.add("采用电子知情同意，签署终端IP：{ip}。", ip=P("IP", c.fzh.ipv4_public()))
    if c.chance(0.4):
        r, rel = relz(c, e)
        d.add("受试者{rel}{rn}在场见证。", rel=rel, rn=relp(c, r))
    d.add("\n入选/排除标准核查：{zd}；{l}；符合全部入选标准，不符合任何排除标准。\n", zd=s["zd"][0], l=labs_line(c, s["labs"][:2]))
    d.add("合并用药：{m}\n", m=join([med(c, k) for k in (s["zl"] or ["apap"])[:2]], "；"))
    if c.chance(0.5):
        d.add("每周症状日记填写链接：{u}\n", u=P("URL", f"https://{c.pick('epro', 'ecrf', 'edc')}.{c.pick('clinflash.cn', 'taimei.com', 'medbanks.cn')}/s/{c.token(10)}"))
    d.add("\n研究者签名：{a}  CRC：{b}  日期：{dd}\n", a=docz(c, inv, ("full", "spaced")), b=P("NAME_CLINICIAN", crc.full), dd=dzh(c, e.adm))
    return d


def z_bingcheng(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.7, lo=60)
    s = scenario(c, ELDERLY, e=e)
    d = Doc()
    day = c.ri(2, 9)
    when = plus(e.adm, day - 1)
    d.add("{dd} {t}  {k}\n", dd=dzh(c, when, c.pick("iso", "cn", "slash0")), t=hhmm(c, 7, 11), k=c.pick("主任医师查房记录", "主治医师查房记录", "日常病程记录"))
    d.add("患者{n}，{x}，{a}，因“{zs}”入院第{day}天。", n=pz(c, e), x=e.pt.xing, a=age_field(e.age), zs=s["zs"], day=day)
    d.add("今日{zr}查房，", zr=docz(c, e.zhuren, ("title", "title", "full")))
    d.add("患者诉{x}。查体：{v}，{tg}\n", x=c.pick("咳嗽较前减轻", "夜间睡眠差", "仍有胸闷", "食欲好转"), v=vitals(c), tg=s["tg"])
    d.add("复查{l}。\n", l=labs_line(c, s["labs"]))
    d.add("{zr}指示：{a}高龄患者，合并症多，", zr=docz(c, e.zhuren, ("title",)), a=age_field(e.age))
    d.add("{x}", x=c.pick("注意⟦fi|电解质紊乱⟧及⟦fi|谵妄⟧，", "警惕⟦fi|深静脉血栓⟧，", "加强营养支持，"))
    d.put(s["jy"])
    if s["zl"]:
        d.add("继续{m}。", m=med(c, c.ch(s["zl"])))
    if c.chance(0.2):
        d.add("患者既往起搏器植入术后（起搏器序列号{sn}），MRI检查前需程控。", sn=P("DEVICE", device_serial(c)))
    if c.chance(0.6):
        r, rel = relz(c, e)
        d.add("已向患者{rel}{rn}交代病情，{x}表示理解。", rel=rel, rn=relp(c, r, ("full", "given")), x=c.pick("家属", "其"))
    d.add("\n{sig}\n", sig=sign_zh(c, e.zhuyuan, None, c.pick("记录者", "住院医师", "医师签名")))
    return d


def z_dianhua(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.2, lo=30)
    s = scenario(c, e=e)
    d = Doc()
    dc = e.adm
    fu = plus(dc, c.ri(7, 60))
    nurse = person_zh(c, "F")
    d.add("出院患者电话随访记录\n{h} {dp}\n\n", h=P("HOSPITAL", e.hosp), dp=DEPT[s["short"]])
    d.add("患者姓名：{n}  性别：{x}  年龄：{a}  住院号：{m}\n出院日期：{dc}  随访日期：{fu}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age),
          m=P("MRN", mrn_zh(c, "zy")), dc=dzh(c, dc), fu=dzh(c, fu))
    who = c.ri(0, 1)
    if who == 0:
        d.add("随访对象：患者本人  联系电话：{ph}\n", ph=P("PHONE", mobile_zh(c)))
    else:
        r, rel = relz(c, e)
        d.add("随访对象：{rel}{rn}  联系电话：{ph}\n", rel=rel, rn=relp(c, r), ph=P("PHONE", mobile_zh(c)))
    d.add("出院诊断：{zd}\n\n随访内容：\n", zd=join(s["zd"][:2], "；"))
    d.add("1. 目前症状：{x}\n", x=c.pick("无明显不适。", "偶有头晕。", "活动后仍有气促。", "伤口愈合良好。"))
    d.add("2. 用药情况：规律服用{m}。\n", m=join([med(c, k) for k in (s["zl"] or ["apap"])[:2]], "、"))
    d.add("3. 自测指标：{x}\n", x=c.pick([K("MEASUREMENT", f"血压{c.ri(110, 160)}/{c.ri(60, 95)}mmHg")], [K("MEASUREMENT", f"空腹血糖{c.fl(5, 11)}mmol/L")],
                                         [K("MEASUREMENT", f"体重{c.ri(45, 90)}kg")]))
    d.add("4. 健康指导：低盐低脂饮食，按时复诊。{x}\n", x=c.pick("已预约专家门诊。", "提醒复查血常规。", ""))
    if c.chance(0.4):
        d.add("5. 已发送满意度调查问卷链接：{u}\n", u=P("URL", f"https://www.wjx.cn/vm/{c.token(7)}.aspx?pid={c.digits(8)}"))
    d.add("\n随访人：{n}  {t}\n", n=P("NAME_CLINICIAN", nurse.full), t=hhmm(c, 9, 17))
    return d


def z_tijian(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.0, lo=18, hi=70)
    d = Doc()
    pp = c.pick("E", "EA", "EB") + c.digits(8 if c.chance(0.6) else 7, False)
    pp = pp[:9]
    dest = c.pick("美国", "澳大利亚", "沙特阿拉伯", "安哥拉", "德国", "日本", "加拿大")
    center = c.pick(f"{e.g.city[:-1]}国际旅行卫生保健中心", f"{e.g.city[:-1]}海关国际旅行卫生保健中心")
    d.add("{ctr}\n出入境人员健康体检记录\n\n", ctr=P("HOSPITAL", center))
    d.add("姓名：{n}  性别：{x}  出生日期：{dob}\n护照号码：{pp}  身份证号：{i}\n", n=pz(c, e), x=e.pt.xing, dob=dzh(c, e.dob), pp=P("PASSPORT", pp),
          i=P("ID_CARD", e.idc))
    d.add("前往国家/地区：{dest}  出境事由：{why}\n", dest=dest, why=c.pick("劳务", "留学", "探亲", "工作"))
    if c.chance(0.55):
        d.add("派出单位：{w}\n", w=P("WORKPLACE", company_zh(c, e.g)))
    d.add("联系电话：{ph}", ph=P("PHONE", mobile_zh(c)))
    if c.chance(0.5):
        d.add("  邮箱：{em}", em=P("EMAIL", email_zh(c)))
    d.add("\n")
    if c.chance(0.5):
        d.add("通讯地址：{ad}  邮编：{pc}\n", ad=addr_zh(c, True, e.g), pc=P("POSTCODE", postcode_zh(c, e.g)))
    d.add("体检日期：{dd}\n\n", dd=dzh(c, e.adm))
    d.add("一般检查：{h}，{w}，{v}\n", h=K("MEASUREMENT", f"身高{c.ri(150, 188)}cm"), w=K("MEASUREMENT", f"体重{c.ri(45, 95)}kg"), v=vitals(c))
    d.add("胸部X线：{x}\n", x=c.pick("心肺膈未见异常。", "⟦an|右肺上叶⟧⟦fi|陈旧性结核灶⟧，建议查T-SPOT。", "⟦fi|主动脉硬化⟧。"))
    d.add("实验室检查：{a}，{b}，{cc}，⟦lab|HIV抗体阴性⟧，⟦lab|梅毒螺旋体抗体阴性⟧，{hb}\n", a=lab(c, "hb"), b=lab(c, "alt"), cc=lab(c, "cr"),
          hb=c.pick("⟦lab|HBsAg阴性⟧", "⟦lab|HBsAg阳性⟧", "⟦lab|HBsAg阴性⟧"))
    d.add("预防接种：⟦dr|黄热病疫苗⟧ ⟦do|0.5ml 皮下注射⟧，{x}\n", x=c.pick("⟦dr|流脑疫苗⟧", "⟦dr|霍乱疫苗⟧（口服）", "⟦dr|甲肝疫苗⟧"))
    d.add("\n结论：{x}\n", x=c.pick("未发现禁止出境的疾病。", "建议进一步检查后出具证明。"))
    d.add("《国际旅行健康检查证明书》编号：{no}（护照号{pp}）\n", no=P("OTHER_ID", f"{c.digits(6)}{e.adm.year}{c.digits(6, False)}"),
          pp=P("PASSPORT", pp) if c.chance(0.7) else "同上")
    d.add("主检医师：{doc}", doc=docz(c, e.zhuzhi, ("full",)))
    if c.chance(0.5):
        d.add("  执业证书编号：{l}", l=P("LICENSE", lic_zh(c)))
    d.add("\n")
    return d


# =========================================================================== 模板：holdout

def z_mri(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.2, lo=25)
    d = Doc()
    kind = c.ri(0, 1)
    exam = e.adm
    d.add("{h}  医学影像科\nMR检查诊断报告\n\n", h=P("HOSPITAL", e.hosp))
    d.add("影像号：{acc}    登记号：{reg}\n", acc=P("ACCESSION", accession_zh(c, "MR", exam)), reg=P("MRN", mrn_zh(c, "his")))
    d.add("姓  名：{n}    性  别：{x}    年  龄：{a}\n", n=pz(c, e, "full", "spaced"), x=e.pt.xing, a=age_field(e.age))
    if c.chance(0.4):
        d.add("就诊卡号：{a}    ", a=P("ACCOUNT", acct_zh(c)))
    d.add("申请科室：{dp}    申请医生：{doc}\n", dp=c.pick("脊柱外科", "神经内科", "疼痛科", "急诊科"), doc=docz(c, person_zh(c), ("full", "spaced")))
    d.add("检查项目：{k}\n检查时间：{dd} {t}\n\n", k="腰椎MRI平扫" if kind == 0 else "头颅MRI平扫+DWI+MRA", dd=dzh(c, exam, c.pick("iso", "slash0", "cn")), t=hhmm(c))
    if kind == 0:
        lvl = c.pick("L4/5", "L5/S1", "L3/4")
        d.add("检查所见：\n腰椎生理曲度变直，序列整齐。⟦an|L3-S1⟧椎间盘T2WI信号减低，⟦an|{l}⟧椎间盘向后方突出，约{mm}，相应硬膜囊受压，",
              l=lvl, mm=K("MEASUREMENT", f"{c.fl(4, 9)}mm"))
        d.add("⟦an|左侧神经根⟧受压。⟦an|T12⟧椎体呈楔形变，{x}。⟦an|脊髓圆锥⟧位置正常。\n\n", x=c.pick("信号未见异常", "T2WI及STIR呈高信号，提示新鲜⟦fi|压缩性骨折⟧"))
        d.add("诊断意见：\n1. ⟦an|{l}⟧⟦fi|椎间盘突出⟧（中央偏左型）。\n2. ⟦fi|腰椎退行性变⟧。\n3. ⟦an|T12⟧椎体⟦fi|压缩性骨折⟧。\n", l=lvl)
    else:
        side = c.pick("左", "右")
        d.add("检查所见：\n⟦an|{s}侧基底节区⟧及⟦an|放射冠⟧见斑片状DWI高信号，ADC值减低，范围约{sz}。双侧脑室旁白质见多发斑点状T2 FLAIR高信号。"
              "MRA示⟦an|{s}侧大脑中动脉M1段⟧{x}。\n\n", s=side, sz=K("MEASUREMENT", f"{c.fl(1.2, 3.8)}cm×{c.fl(0.8, 2.6)}cm"),
              x=c.pick("⟦fi|重度狭窄⟧", "⟦fi|闭塞⟧", "管腔不规则"))
        d.add("诊断意见：\n1. ⟦an|{s}侧基底节区⟧⟦fi|急性脑梗死⟧。\n2. ⟦fi|脑白质高信号⟧（Fazekas 2级）。\n3. ⟦an|{s}侧大脑中动脉⟧病变，建议DSA。\n", s=side)
    d.add("\n报告医师：{a}    审核医师：{b}\n报告时间：{dd}\n", a=docz(c, e.zhuyuan, ("full", "spaced")), b=docz(c, e.zhuzhi, ("full", "spaced")),
          dd=dzh(c, exam))
    return d


def z_bingli(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.05, lo=30)
    d = Doc()
    kind = c.ri(0, 2)
    outside = c.chance(0.45)
    got = e.adm
    rep = plus(got, c.ri(2, 7))
    d.add("{h}\n病理诊断报告书\n\n", h=P("HOSPITAL", e.hosp))
    d.add("病理号：{p}    住院号：{m}\n", p=P("ACCESSION", path_no(c)), m=P("MRN", mrn_zh(c, "zy")))
    d.add("姓名：{n}  性别：{x}  年龄：{a}  送检科室：{dp}  床号：{bed}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age),
          dp=c.pick("胃肠外科", "胸外科", "乳腺外科", "会诊"), bed=c.ri(1, 60))
    if outside:
        og = city_zh(c)
        d.add("外院会诊：原单位{oh}（原病理号{op}）", oh=P("HOSPITAL", hospital_zh(c, og)), op=P("ACCESSION", path_no(c)))
        d.add("，地址：{ad}，邮编：{pc}", ad=addr_zh(c, False, og, detail=False), pc=P("POSTCODE", postcode_zh(c, og))) if c.chance(0.8) else None
        if c.chance(0.45):
            d.add("，传真：{fx}", fx=P("FAX", land_zh(c, og.area)))
        if c.chance(0.35):
            d.add("，联系邮箱：{em}", em=P("EMAIL", c.fzh.user_name() + "@" + hosp_domain_zh(c)))
        d.add("\n")
    d.add("送检日期：{a}  报告日期：{b}\n\n", a=dzh(c, got), b=dzh(c, rep))
    if kind == 0:
        d.add("标本名称：远端胃切除标本\n肉眼所见：胃小弯侧见一溃疡型肿物，大小{sz}，切面灰白，浸润至浆膜下。\n", sz=K("MEASUREMENT", f"{c.fl(2, 5)}cm×{c.fl(1.5, 4)}cm×{c.fl(0.5, 1.5)}cm"))
        d.add("病理诊断：\n（⟦an|胃窦⟧）⟦fi|溃疡型低分化腺癌⟧（Lauren分型：弥漫型），侵及⟦an|浆膜下层⟧，可见⟦fi|脉管内癌栓⟧及⟦fi|神经侵犯⟧；"
              "上、下切缘未见癌；⟦an|小弯侧淋巴结⟧{n}/{t}枚见癌转移。\n", n=c.ri(0, 6), t=c.ri(18, 32))
        d.add("病理分期：{tnm}\n免疫组化：{a}，{b}，⟦lab|MLH1（+）⟧，⟦lab|PMS2（+）⟧。\n", tnm=K("MEASUREMENT", c.pick("pT3N1M0", "pT3N2M0", "pT2N0M0", "pT4aN1M0")),
              a=K("LAB", f"HER-2（{c.pick('0', '1+', '2+', '3+')}）"), b=K("LAB", f"Ki-67（约{c.ri(30, 90)}%+）"))
    elif kind == 1:
        lobe = c.pick("右肺上叶", "左肺上叶", "右肺下叶")
        d.add("标本名称：（{l}）楔形切除标本\n肉眼所见：距胸膜{d}处见一灰白结节，直径{sz}。\n", l=lobe, d=K("MEASUREMENT", f"{c.fl(0.3, 1.5)}cm"),
              sz=K("MEASUREMENT", f"{c.fl(0.6, 2.2)}cm"))
        d.add("病理诊断：（⟦an|{l}⟧）⟦fi|浸润性腺癌⟧（腺泡型为主，伴贴壁型），未累及胸膜；支气管切缘阴性。\n免疫组化：⟦lab|TTF-1（+）⟧，⟦lab|NapsinA（+）⟧，{k}。\n"
              "分子检测：{eg}。\n", l=lobe, k=K("LAB", f"Ki-67（约{c.ri(5, 40)}%+）"), eg=K("LAB", c.pick("EGFR 19外显子缺失突变", "EGFR L858R突变", "ALK融合阴性")))
    else:
        d.add("标本名称：（⟦an|左乳⟧）空芯针穿刺组织\n病理诊断：（⟦an|左乳⟧）⟦fi|浸润性导管癌⟧，组织学II级；{x}\n",
              x=c.pick("可见⟦fi|导管原位癌⟧成分。", "未见脉管侵犯。"))
        d.add("免疫组化：{a}，{b}，{h}，{k}。\n", a=K("LAB", f"ER（约{c.ri(60, 95)}%，强+）"), b=K("LAB", f"PR（约{c.ri(0, 80)}%+）"),
              h=K("LAB", f"HER-2（{c.pick('0', '1+', '2+', '3+')}）"), k=K("LAB", f"Ki-67（约{c.ri(10, 60)}%+）"))
    d.add("\n取材医师：{a}  诊断医师：{b}  复核医师：{r}\n", a=docz(c, e.zhuyuan, ("full",)), b=docz(c, e.zhuzhi, ("full", "spaced")), r=docz(c, e.zhuren, ("full",)))
    return d


def z_qibo(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.3, lo=55)
    d = Doc()
    imp = plus(e.adm, -c.ri(180, 3000))
    remote = c.chance(0.5)
    d.add("{h}  心血管内科\n{k}\n\n", h=P("HOSPITAL", e.hosp), k="起搏器远程监测随访报告" if remote else "永久起搏器程控随访记录")
    d.add("患者：{n}  性别：{x}  年龄：{a}  ID号：{m}\n随访日期：{dd}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age), m=P("MRN", mrn_zh(c, "his")), dd=dzh(c, e.adm))
    dv = c.pick("美敦力 Astra XT DR MRI", "雅培 Endurity", "百多力 Enitra 8 DR-T", "创领心律医疗 Qinming 8631 DR", "波科 Essentio DR")
    d.add("起搏器型号：{dv}  序列号：{sn}\n植入日期：{idd}  植入医院：{ih}  术者：{doc}\n", dv=dv, sn=P("DEVICE", device_serial(c)), idd=dzh(c, imp),
          ih=P("HOSPITAL", hospital_zh(c)), doc=docz(c, person_zh(c), ("full", "title")))
    d.add("心房电极：序列号{a}；心室电极：序列号{b}\n", a=P("DEVICE", device_serial(c)), b=P("DEVICE", device_serial(c)))
    d.add("植入适应证：{x}\n\n", x=c.pick("⟦fi|三度房室传导阻滞⟧", "⟦fi|病态窦房结综合征⟧", "⟦fi|二度II型房室传导阻滞⟧", "⟦fi|慢快综合征⟧"))
    d.add("程控参数：模式DDD，低限频率60次/分。\n电池：{v}，预计剩余寿命{y}。\n", v=K("MEASUREMENT", f"电压{c.fl(2.85, 3.1, 2)}V"), y=K("MEASUREMENT", f"{c.fl(2, 11)}年"))
    d.add("心房：{p}，阈值{t}，阻抗{i}\n", p=K("MEASUREMENT", f"P波{c.fl(1.0, 5.0)}mV"), t=K("MEASUREMENT", f"{c.fl(0.5, 1.5, 2)}V/0.4ms"), i=K("MEASUREMENT", f"{c.ri(380, 750)}Ω"))
    d.add("心室：{r}，阈值{t}，阻抗{i}\n", r=K("MEASUREMENT", f"R波{c.fl(5, 20)}mV"), t=K("MEASUREMENT", f"{c.fl(0.5, 1.5, 2)}V/0.4ms"), i=K("MEASUREMENT", f"{c.ri(400, 950)}Ω"))
    d.add("起搏比例：{a}，{v}\n", a=K("MEASUREMENT", f"AP {c.ri(1, 90)}%"), v=K("MEASUREMENT", f"VP {c.ri(1, 99)}%"))
    d.add("事件：记录到{n}次⟦fi|房性高频事件⟧，最长{dur}（{dd}）。\n", n=c.ri(0, 20), dur=K("MEASUREMENT", f"{c.ri(1, 23)}小时{c.ri(1, 59)}分"),
          dd=dzh(c, plus(e.adm, -c.ri(3, 60)), c.pick("md", "iso")))
    if remote:
        d.add("\n远程监测：患者家用监护仪（序列号{ms}）", ms=P("DEVICE", device_serial(c)))
        if c.chance(0.6):
            d.add("，上传IP {ip}", ip=P("IP", c.fzh.ipv4_public()))
        d.add("。")
        if c.chance(0.5):
            d.add("患者监测页面：{u}", u=P("URL", f"https://{c.pick('rm', 'remote', 'carelink')}.{hosp_domain_zh(c)}/pt/{c.digits(9)}"))
        d.add("\n")
        if c.chance(0.5):
            d.add("报告已发送至患者家属邮箱{em}。\n", em=P("EMAIL", email_zh(c)))
    d.add("\n结论：起搏器功能正常。")
    if c.chance(0.4):
        d.add("⟦fi|阵发性心房颤动⟧负荷增加（{b}），建议加用{m}。\n", b=K("MEASUREMENT", f"{c.ri(5, 40)}%"), m=med(c, c.pick("riva", "warfarin")))
    else:
        d.add("{x}\n", x=c.pick("无需调整。", "下调输出电压以延长电池寿命。", "电池接近择期更换指征，择期更换脉冲发生器。"))
    if c.chance(0.4):
        r, rel = relz(c, e)
        d.add("{rel}{rn}陪同随访，联系电话{ph}。\n", rel=rel, rn=relp(c, r), ph=P("PHONE", mobile_zh(c)))
    d.add("下次随访：{n}个月后。\n程控医师：{doc}\n", n=c.pick(3, 6, 12), doc=docz(c, e.zhuzhi, ("full", "spaced")))
    return d


def z_waiji(c: Ctx) -> Doc:
    """International department visit of a foreign patient: Latin-script names inside a Chinese note."""
    e = EncZ(c, p_old=0.03, lo=20, hi=80)
    s = scenario(c, [_z_pneumonia, _z_dm, _z_lumbar, _z_crohn, _z_af_hf, _z_nodule], e=e)
    d = Doc()
    e.g = city_zh(c, rural=0.0)
    fp = person_en(c, e.pt.sex, other=0.0)
    nat = c.pick("美国", "英国", "加拿大", "澳大利亚", "新西兰", "爱尔兰")
    pp = passport_en(c)
    d.add("{h}  国际医疗部\n外籍患者门诊病历\n\n", h=P("HOSPITAL", e.hosp))
    d.add("姓名：{n}  性别：{x}  年龄：{a}  国籍：{nat}\n", n=P("NAME_PATIENT", fp.v(c.ch(("full", "FULLUP", "LF")))), x=e.pt.xing, a=age_field(e.age), nat=nat)
    d.add("护照号：{pp}  门诊号：{m}\n", pp=P("PASSPORT", pp), m=P("MRN", mrn_zh(c, "mz")))
    d.add("在华住址：{ad}", ad=addr_zh(c, True, e.g))
    if c.chance(0.5):
        d.add("  邮编：{pc}", pc=P("POSTCODE", postcode_zh(c, e.g)))
    d.add("\n手机：{ph}  邮箱：{em}\n", ph=P("PHONE", mobile_zh(c)), em=P("EMAIL", email_en_like(c, fp)) if c.chance(0.85) else "—")
    if c.chance(0.5):
        d.add("工作单位：{w}\n", w=P("WORKPLACE", c.pick(company_zh(c, e.g), c.fen.company() + " (China) Co., Ltd.")))
    ins = c.chance(0.85)
    if ins:
        d.add("商业保险：{co}  保单号：{pol}\n", co=c.pick("MSH International", "Cigna Global", "Allianz Care", "Bupa Global", "平安健康"),
              pol=P("INSURANCE", c.pick(c.letters(3) + c.digits(8), c.digits(12), "P" + c.digits(14))))
    d.add("就诊日期：{dd}  翻译：{tr}\n\n", dd=dzh(c, e.adm), tr=P("NAME_CLINICIAN", person_zh(c).full) if c.chance(0.5) else "无需（患者中文流利）")
    d.add("主诉：{zs}。\n现病史：", zs=s["zs"])
    d.put(s["xbs"])
    if c.chance(0.4):
        sp = person_en(c, "M" if fp.sex == "F" else "F", last=fp.last)
        d.add("由{rel}{sn}陪同就诊。", rel="丈夫" if sp.sex == "M" else "妻子", sn=P("NAME_RELATIVE", sp.v(c.ch(("full", "first")))))
    d.add("\n既往史：{j}。\n查体：{v}，{tg}\n辅助检查：{l}\n", j=join(s["jws"], "，"), v=vitals(c), tg=s["tg"], l=labs_line(c, s["labs"][:3]))
    d.add("诊断：{zd}\n处理：\n{m}", zd=join(s["zd"][:2], "；"), m=med_lines(c, (s["zl"] or ["apap"])[:3]))
    if ins:
        d.add("已向保险公司申请直付担保，担保函传真至{fx}", fx=P("FAX", land_zh(c, e.g.area) if c.chance(0.6) else "+852 " + c.digits(4) + " " + c.digits(4)))
        if c.chance(0.5):
            d.add("，理赔表附护照复印件（{pp}）", pp=P("PASSPORT", pp))
        d.add("。\n")
    if c.chance(0.3):
        d.add("费用结算单号：{a}\n", a=P("ACCOUNT", acct_zh(c)))
    d.add("\n医师：{doc}\n", doc=docz(c, e.zhuzhi, ("full",)))
    return d


def email_en_like(c: Ctx, p) -> str:
    import re as _re
    f = _re.sub(r"[^a-z]", "", p.first.lower()) or "user"
    last = _re.sub(r"[^a-z]", "", p.last.lower()) or "mail"
    return c.pick(f"{f}.{last}", f"{f[0]}{last}", f"{f}{c.ri(1, 99)}") + "@" + c.pick("gmail.com", "outlook.com", "yahoo.com", "gmx.de", "naver.com", "mail.ru")


def z_120(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.08, lo=16)
    d = Doc()
    dr_ = person_zh(c)
    nurse = person_zh(c, "F")
    t0 = c.ri(0, 22)
    d.add("{ctr}\n院前医疗急救病历\n\n", ctr=P("HOSPITAL", c.pick(f"{e.g.city}急救中心", f"{e.g.city[:-1]}120急救指挥中心", f"{e.g.district}急救站")))
    d.add("任务单号：{no}  呼救时间：{dd} {t:02d}:{m:02d}\n", no=P("OTHER_ID", f"{e.adm.strftime('%Y%m%d')}{c.digits(4, False)}"), dd=dzh(c, e.adm), t=t0, m=c.ri(0, 20))
    d.add("呼救电话：{ph}  呼救人：{who}\n", ph=P("PHONE", mobile_zh(c)), who=c.pick("路人", "家属", "交警", "工友"))
    d.add("现场地址：{ad}\n", ad=[P("CITY", e.g.city) if c.chance(0.6) else "", P("ADDRESS_STREET", street_zh(c, e.g, detail=False) + c.pick("路口", "附近", "东侧", ""))])
    d.add("出车时间：{a:02d}:{b:02d}  到达现场：{a:02d}:{cc:02d}  送达医院：{a2:02d}:{dd:02d}\n", a=t0, b=c.ri(21, 25), cc=c.ri(30, 40), a2=t0 + 1, dd=c.ri(0, 30))
    named = c.chance(0.85)
    nick = _make_child(c, e) if c.chance(0.1) else None
    d.add("\n患者姓名：{n}  性别：{x}  年龄：{a}\n", n=pz(c, e) if named else "不详（无名氏）", x=e.pt.xing, a=age_field(e.age))
    if nick:
        r, rel = person_zh(c, "F", minority=0.0), "母亲"
        d.add("患儿（小名{nk}）由{rel}{rn}陪同。\n", nk=P("NAME_PATIENT", nick), rel=rel, rn=relp(c, r))
    if named and c.chance(0.6):
        d.add("身份证号：{i}\n", i=P("ID_CARD", e.idc))
    elif c.chance(0.2):
        d.add("外籍游客，护照号：{pp}\n", pp=P("PASSPORT", passport_en(c)))
    if c.chance(0.5):
        d.add("住址：{ad}\n", ad=addr_zh(c, True, e.g))
    d.add("\n病情摘要：")
    kind = c.ri(0, 3) if not nick and e.age < 65 else c.ri(0, 2)
    if kind <= 2:
        d.add("患者{x}，", x=c.pick("步行横穿马路时", "乘坐家人驾驶的汽车时") if nick else c.pick("驾驶摩托车", "驾驶小型轿车", "步行横穿马路时", "骑电动车"))
        d.add("与{car}（车牌号{pl}）发生碰撞", car=c.pick("重型半挂货车", "小型轿车", "公交车", "面包车"), pl=P("VEHICLE", plate_zh(c)))
        if c.chance(0.6):
            d.add("，患者所驾车辆车牌{pl}", pl=P("VEHICLE", plate_zh(c)))
        d.add("。现场见患者{x}，{gcs}分。", x=c.pick("意识模糊，头部出血", "左下肢畸形", "呼吸急促，胸部塌陷"),
              gcs=[K("EPONYM", "GCS评分"), str(c.ri(6, 15))])
        zd = c.pick("⟦fi|颅脑损伤⟧", "⟦fi|左股骨干骨折⟧", "⟦fi|多发肋骨骨折⟧伴⟦fi|连枷胸⟧")
    else:
        d.add("患者在{w}工地作业时从约{h}米高处坠落，", w=P("WORKPLACE", company_zh(c, e.g)), h=c.ri(3, 8))
        d.add("现场意识清楚，诉腰背部剧痛，双下肢麻木。")
        zd = "⟦fi|胸腰段脊柱骨折⟧（⟦an|L1⟧）伴⟦fi|脊髓损伤⟧"
    d.add("\n生命体征：{v}\n", v=vitals(c, sick=True))
    d.add("初步诊断：{zd}\n", zd=zd)
    d.add("处置：⟦pr|颈托固定⟧，⟦pr|脊柱板搬运⟧，建立静脉通道，{m}，吸氧⟦me|5L/min⟧，心电监护。\n", m=[K("DRUG", "0.9%氯化钠注射液"), " ", K("DOSE", "500ml"), " 静滴"])
    if c.chance(0.6):
        r, rel = relz(c, e)
        d.add("已电话通知家属（{rel}{rn}，{ph}）。\n", rel=rel, rn=relp(c, r), ph=P("PHONE", mobile_zh(c)))
    d.add("送往：{h}急诊科，与接诊护士{n}交接。\n", h=P("HOSPITAL", e.hosp), n=P("NAME_CLINICIAN", person_zh(c, "F").full))
    d.add("随车医生：{a}  随车护士：{b}\n", a=docz(c, dr_, ("full",)), b=P("NAME_CLINICIAN", nurse.full))
    return d


def z_siwang(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.5, lo=40)
    s = scenario(c, ELDERLY + [_z_cirrhosis, _z_gastric, _z_ckd], e=e)
    d = Doc()
    dod = plus(e.adm, c.ri(1, 20))
    car = c.chance(0.2)
    d.add("{h}\n死 亡 记 录\n\n", h=P("HOSPITAL", e.hosp))
    d.add("姓名：{n}  性别：{x}  年龄：{a}  科室：{dp}  床号：{bed}  住院号：{m}\n", n=pz(c, e, "full", "spaced"), x=e.pt.xing, a=age_field(e.age),
          dp=DEPT[s["short"]], bed=c.ri(1, 60), m=P("MRN", mrn_zh(c, "zy")))
    d.add("身份证号：{i}\n", i=P("ID_CARD", e.idc))
    d.add("入院时间：{a}  死亡时间：{b} {t}\n", a=dzh(c, e.adm), b=dzh(c, dod), t=hhmm(c))
    if c.chance(0.8):
        d.add("户籍住址：{ad}\n", ad=addr_zh(c, True, e.g))
    if c.chance(0.3) and e.age < 75:
        d.add("工作单位：{w}\n", w=P("WORKPLACE", company_zh(c, e.g)))
    d.add("\n入院情况：患者{x}，{a}，因“{zs}”入院。", x=e.pt.xing, a=age_field(e.age), zs=s["zs"] if not car else "车祸致多处外伤2小时")
    if car:
        d.add("患者乘坐的车辆（{pl}）与货车（{pl2}）相撞。", pl=P("VEHICLE", plate_zh(c)), pl2=P("VEHICLE", plate_zh(c)))
    d.add("入院诊断：{zd}。\n", zd=join(s["zd"][:2], "；"))
    d.add("诊疗经过：入院后予{m}等治疗。", m=join([med(c, k, "sp") for k in (s["zl"] or ["apap"])[:2]], "、"))
    d.add("{dd}{t}患者突发{x}，", dd=dzh(c, dod, c.pick("md", "cn")), t=hhmm(c), x=c.pick("意识丧失、呼吸心跳骤停", "血压进行性下降", "大量呕血"))
    d.add("立即予⟦pr|胸外心脏按压⟧、⟦pr|气管插管⟧、{m}等抢救，", m=[K("DRUG", "肾上腺素"), " ", K("DOSE", "1mg"), " 静推"])
    d.add("抢救{n}分钟无效，心电图呈一直线，于{t}宣布临床死亡。\n", n=c.ri(30, 60), t=hhmm(c))
    d.add("死亡原因：{x}\n死亡诊断：{zd}\n", x=c.pick("⟦fi|呼吸循环衰竭⟧", "⟦fi|多器官功能障碍综合征⟧", "⟦fi|失血性休克⟧"), zd=join(s["zd"], "；"))
    r, rel = relz(c, e)
    d.add("\n家属{rel}{rn}（电话：{ph}）在场，", rel=rel, rn=relp(c, r), ph=P("PHONE", mobile_zh(c)))
    d.add("对抢救过程表示理解，{x}尸检。\n", x=c.pick("拒绝", "同意", "暂不考虑"))
    if c.chance(0.4):
        r2, rel2 = relz(c, e)
        d.add("另已电话通知患者{rel}{rn}。\n", rel=rel2, rn=relp(c, r2, ("full", "given")))
    d.add("《居民死亡医学证明（推断）书》编号：{no}\n", no=P("OTHER_ID", c.pick("", "D", "Y") + c.digits(9)))
    d.add("\n{a}", a=sign_zh(c, e.zhuzhi, dod, "医师签名"))
    if c.chance(0.6):
        d.add("  医师执业证书编号：{l}", l=P("LICENSE", lic_zh(c)))
    d.add("\n")
    return d


PANEL_ZH = [("白细胞计数", 1.5, 25, 2, "×10⁹/L", "3.5-9.5"), ("血红蛋白", 55, 170, 0, "g/L", "130-175"),
            ("血小板计数", 20, 480, 0, "×10⁹/L", "125-350"), ("钾", 2.6, 6.8, 2, "mmol/L", "3.5-5.3"),
            ("钠", 118, 150, 0, "mmol/L", "137-147"), ("肌酐", 40, 900, 0, "μmol/L", "57-111"),
            ("葡萄糖", 2.2, 25, 2, "mmol/L", "3.9-6.1"), ("谷丙转氨酶", 5, 600, 0, "U/L", "9-50"),
            ("总胆红素", 3, 320, 1, "μmol/L", "0-23"), ("肌钙蛋白I", 0.001, 35, 3, "ng/ml", "<0.04"),
            ("降钙素原", 0.02, 20, 2, "ng/ml", "<0.05"), ("糖化血红蛋白", 4.5, 13, 1, "%", "4.0-6.0"),
            ("凝血酶原时间", 10, 35, 1, "s", "9.4-12.5"), ("D-二聚体", 0.05, 25, 2, "mg/L FEU", "<0.55")]


def z_jianyan(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.2, lo=18)
    d = Doc()
    coll = e.adm
    d.add("{h}  检验科\n检验报告单\n\n", h=P("HOSPITAL", e.hosp))
    src = c.pick("门诊", "住院", "急诊")
    d.add("姓名：{n}  性别：{x}  年龄：{a}  {src}号：{m}\n", n=pz(c, e, "full", "spaced"), x=e.pt.xing, a=age_field(e.age), src=src,
          m=P("MRN", mrn_zh(c, "zy" if src == "住院" else "mz")))
    if c.chance(0.7):
        d.add("就诊卡号：{a}  ", a=P("ACCOUNT", acct_zh(c)))
    d.add("标本号：{s}  条码号：{b}\n", s=P("ACCESSION", f"{coll.strftime('%Y%m%d')}{c.digits(4, False)}"), b=P("ACCESSION", c.digits(10)))
    if c.chance(0.4):
        lbl, no = ins_zh(c)
        d.add("费别：医保  {l}：{no}\n", l=lbl, no=P("INSURANCE", no))
    d.add("标本类型：{t}  送检科室：{dp}  送检医生：{doc}\n", t=c.pick("静脉血", "血清", "全血"), dp=c.pick("急诊内科", "心内科", "内分泌科", "老年科"),
          doc=docz(c, person_zh(c), ("full",)))
    d.add("采集时间：{a} {t1}  接收时间：{b} {t2}  报告时间：{cc} {t3}\n\n", a=dzh(c, coll, "iso"), t1=hhmm(c, 6, 9), b=dzh(c, coll, "iso"), t2=hhmm(c, 9, 10),
          cc=dzh(c, coll, "iso"), t3=hhmm(c, 10, 17))
    d.add("项目名称        结果        参考区间\n")
    crit = False
    for name, lo, hi, nd, unit, ref in c.sample(PANEL_ZH, c.ri(5, 8)):
        v = c.r.uniform(lo, hi)
        flag = ""
        if name == "钾" and (v > 6.0 or v < 2.8):
            crit, flag = True, " ↑↑" if v > 6 else " ↓↓"
        d.add("{k}{f}    {ref}\n", k=K("LAB", f"{name} {v:.{nd}f} {unit}"), f=flag, ref=ref)
    if crit or c.chance(0.35):
        d.add("\n危急值已于{t}电话通知{dp}护士{n}，复述无误。报告者：{r}\n", t=hhmm(c), dp=c.pick("病区", "门诊", "急诊"), n=P("NAME_CLINICIAN", person_zh(c, "F").full),
              r=P("NAME_CLINICIAN", person_zh(c).full))
    d.add("\n检验者：{a}  审核者：{b}\n*本结果仅对所检标本负责*\n", a=P("NAME_CLINICIAN", person_zh(c).full), b=P("NAME_CLINICIAN", zname(c, person_zh(c), c.pick("full", "spaced"))))
    return d


def z_zhengming(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.1, lo=18)
    s = scenario(c, e=e)
    d = Doc()
    car = c.chance(0.3)
    d.add("{h}\n诊 断 证 明 书\n\n", h=P("HOSPITAL", e.hosp))
    d.add("No.{no}\n", no=P("OTHER_ID", f"{e.adm.year}{c.digits(6, False)}"))
    d.add("姓名：{n}  性别：{x}  年龄：{a}  门诊/住院号：{m}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age), m=P("MRN", mrn_zh(c, c.pick("zy", "mz"))))
    d.add("身份证号：{i}\n", i=P("ID_CARD", e.idc))
    if c.chance(0.6):
        d.add("工作单位：{w}\n", w=P("WORKPLACE", company_zh(c, e.g)))
    if c.chance(0.6):
        d.add("住址：{ad}\n", ad=addr_zh(c, True, e.g))
    if c.chance(0.5):
        lbl, no = ins_zh(c)
        d.add("{l}：{no}\n", l=lbl, no=P("INSURANCE", no))
    d.add("\n诊断：\n{zd}", zd=numbered(s["zd"][:2] if not car else ["⟦fi|右侧锁骨骨折⟧", "⟦fi|头皮挫裂伤⟧"]))
    if car:
        d.add("\n说明：患者于{dd}因交通事故受伤（对方车辆{pl}），", dd=dzh(c, e.adm), pl=P("VEHICLE", plate_zh(c)))
        d.add("行⟦pr|锁骨骨折切开复位内固定术⟧，", )
    else:
        d.add("\n说明：患者于{a}至{b}在我院住院治疗，", a=dzh(c, e.adm), b=dzh(c, plus(e.adm, c.ri(4, 20))))
        if s["ss"]:
            d.add("行{ss}，", ss=s["ss"])
    d.add("建议休息{n}天{x}。\n", n=c.pick(7, 14, 30, 60, 90), x=c.pick("", "，避免重体力劳动", "，定期复查"))
    d.add("\n医师：{doc}", doc=docz(c, e.zhuzhi, ("full", "spaced")))
    if c.chance(0.8):
        d.add("  执业证书编号：{l}", l=P("LICENSE", lic_zh(c)))
    d.add("\n开具日期：{dd}\n（加盖医院诊断证明专用章有效）\n", dd=dzh(c, plus(e.adm, c.ri(0, 20))))
    return d


def z_yuancheng(c: Ctx) -> Doc:
    e = EncZ(c, p_old=0.15)
    s = scenario(c, e=e)
    d = Doc()
    g_req = e.g if c.chance(0.5) else city_zh(c, rural=0.5)
    req_h = hospital_zh(c, g_req)
    expert = person_zh(c)
    exp_g = city_zh(c, rural=0.0)
    exp_h = hospital_zh(c, exp_g)
    d.add("远程会诊记录\n\n")
    d.add("申请医院：{h}\n", h=P("HOSPITAL", req_h))
    if c.chance(0.7):
        d.add("地址：{ad}  邮编：{pc}\n", ad=addr_zh(c, False, g_req, detail=False), pc=P("POSTCODE", postcode_zh(c, g_req)))
    d.add("联系人：{doc}  电话：{ph}", doc=docz(c, e.zhuyuan, ("full",)), ph=P("PHONE", mobile_zh(c) if c.chance(0.5) else land_zh(c, g_req.area)))
    if c.chance(0.4):
        d.add("  传真：{fx}", fx=P("FAX", land_zh(c, g_req.area)))
    if c.chance(0.5):
        d.add("  邮箱：{em}", em=P("EMAIL", email_zh(c)))
    d.add("\n会诊专家：{ex}（{eh} {dp}）\n", ex=docz(c, expert, ("full", "title")), eh=P("HOSPITAL", exp_h), dp=DEPT[s["short"]])
    d.add("会诊时间：{dd} {t}\n会诊平台：{u}\n", dd=dzh(c, e.adm), t=hhmm(c, 8, 20),
          u=P("URL", f"https://{c.pick('ycyl', 'telemed', 'yczx')}.{hosp_domain_zh(c)}/consult/{c.digits(10)}"))
    d.add("连接信息：申请端IP {a}，专家端IP {b}\n\n", a=P("IP", c.fzh.ipv4_public()), b=P("IP", c.fzh.ipv4_public() if c.chance(0.6) else c.fzh.ipv4_private()))
    d.add("患者：{n}  {x}  {a}  住院号：{m}\n", n=pz(c, e), x=e.pt.xing, a=age_field(e.age), m=P("MRN", mrn_zh(c, "zy")))
    d.add("病史摘要：因“{zs}”入院。", zs=s["zs"])
    d.put(s["xbs"])
    d.add("{fz}{l}。\n当地诊断：{zd}\n", fz=s["fz"], l=labs_line(c, s["labs"][:3]), zd=join(s["zd"][:2], "；"))
    d.add("\n会诊意见：\n")
    d.put(numbered(s["jy"] + [["建议", med(c, c.ch(s["zl"] or ["apap"]))], "必要时转上级医院进一步治疗。"]))
    d.add("\n会诊专家签名：{ex}\n", ex=docz(c, expert, ("full", "spaced")))
    return d


# =========================================================================== registry

TEMPLATES_DEV = [
    ("zh_ruyuan", z_ruyuan), ("zh_chuyuan", z_chuyuan), ("zh_ct", z_ct), ("zh_menzhen", z_menzhen),
    ("zh_huizhen", z_huizhen), ("zh_huli", z_huli), ("zh_shoushu", z_shoushu), ("zh_zhuanzhen", z_zhuanzhen),
    ("zh_jizhen", z_jizhen), ("zh_hulianwang", z_hulianwang), ("zh_zhiyebing", z_zhiyebing),
    ("zh_linchuang", z_linchuang), ("zh_bingcheng", z_bingcheng), ("zh_dianhua", z_dianhua), ("zh_tijian", z_tijian),
]
TEMPLATES_HOLDOUT = [
    ("zh_mri", z_mri), ("zh_bingli", z_bingli), ("zh_qibo", z_qibo), ("zh_waiji", z_waiji), ("zh_120", z_120),
    ("zh_siwang", z_siwang), ("zh_jianyan", z_jianyan), ("zh_zhengming", z_zhengming), ("zh_yuancheng", z_yuancheng),
]
