"""Chinese procedure, operation and examination names survive in the contexts notes write them
in (after 行 / 拟行, 于…下行, in a table row, after a date, after a doctor's name), including names
that open with a surname character (胆囊…, 石膏…, 曲张…, 甘露醇…) and eponymous ones (Whipple手术,
毕Ⅱ式…); the patient named right before the verb still goes. The list is a test written from
general medical knowledge, not a lexicon the engine reads, and no line is taken from an evaluation
set."""

import pytest

SECRET = b"p" * 32

PROCEDURES = """
    经皮冠状动脉介入治疗 腹腔镜胆囊切除术 胃镜下黏膜剥离术 骨髓穿刺术 胆囊切除术 胆囊造瘘术
    胆总管探查术 石膏固定术 曲张静脉套扎术 柏油样便潜血试验 甘油灌肠术 Whipple手术 Hartmann手术
    毕Ⅱ式胃大部切除术 毕Ⅰ式胃大部切除术 房间隔缺损封堵术 室间隔缺损修补术 冠状动脉旁路移植术
    冠状动脉造影术 永久起搏器植入术 射频消融术 主动脉瓣置换术 二尖瓣成形术 经导管主动脉瓣置换术
    颈动脉内膜剥脱术 下肢动脉球囊扩张术 大隐静脉高位结扎剥脱术 动静脉内瘘成形术 中心静脉置管术
    经外周静脉穿刺中心静脉置管 胸腔闭式引流术 胸腔穿刺术 腹腔穿刺术 腰椎穿刺术 心包穿刺术 肝穿刺活检术
    肾穿刺活检术 经皮肺穿刺活检术 支气管镜检查 纤维支气管镜检查 电子胃镜检查 结肠镜检查 膀胱镜检查
    宫腔镜检查 喉镜检查 胶囊内镜检查 内镜下逆行胰胆管造影术 内镜下黏膜切除术 内镜黏膜下剥离术
    内镜下止血术 经皮经肝胆道引流术 经颈静脉肝内门体分流术 肝动脉化疗栓塞术 腹腔镜阑尾切除术 阑尾切除术
    腹股沟疝修补术 无张力疝修补术 甲状腺次全切除术 甲状腺全切术 乳腺癌改良根治术 保乳手术
    前哨淋巴结活检术 胃癌根治术 直肠癌根治术 结肠癌根治术 腹腔镜右半结肠切除术 肝部分切除术
    胰十二指肠切除术 脾切除术 肾切除术 腹腔镜肾部分切除术 经尿道前列腺电切术 经尿道膀胱肿瘤电切术
    输尿管镜碎石术 经皮肾镜取石术 体外冲击波碎石术 膀胱造瘘术 包皮环切术 睾丸鞘膜翻转术 全髋关节置换术
    全膝关节置换术 人工股骨头置换术 股骨颈骨折内固定术 切开复位内固定术 闭合复位髓内钉固定术
    椎间盘摘除术 腰椎融合术 椎体成形术 椎板减压术 关节镜下半月板修整术 前交叉韧带重建术 肌腱吻合术
    截肢术 开颅血肿清除术 去骨瓣减压术 脑室腹腔分流术 脑室外引流术 动脉瘤夹闭术 颅内动脉瘤栓塞术
    脑血管造影术 机械取栓术 静脉溶栓治疗 气管插管术 气管切开术 经皮气管切开术 机械通气 心肺复苏术
    电复律术 血液透析 腹膜透析 连续性肾脏替代治疗 血浆置换术 骨髓活检术 淋巴结活检术 皮肤活检术
    剖宫产术 子宫下段剖宫产术 子宫全切术 腹腔镜子宫肌瘤剔除术 宫颈锥切术 诊断性刮宫术 人工流产术
    输卵管结扎术 会阴侧切术 羊膜腔穿刺术 白内障超声乳化摘除术 人工晶体植入术 玻璃体切割术 小梁切除术
    鼻内镜鼻窦手术 扁桃体切除术 腺样体切除术 鼓膜置管术 人工耳蜗植入术 鼻中隔矫正术 唇腭裂修复术
    牙周刮治术 根管治疗术 拔牙术 清创缝合术 植皮术 皮瓣移植术 脓肿切开引流术 负压封闭引流术 清宫术
    胃造瘘术 空肠造瘘术 结肠造瘘术 回肠造口还纳术 食管支架置入术 胆道支架置入术 输尿管支架置入术
    冠脉支架植入术 主动脉覆膜支架腔内隔绝术 下腔静脉滤器置入术 骨髓移植 造血干细胞移植术 肾移植术
    肝移植术 心脏移植术 甘露醇脱水治疗 曲安奈德关节腔注射 贺普丁抗病毒治疗 石蜡疗法 钱币状湿疹封包治疗
    骨密度检查 心脏彩超检查 动态心电图检查 运动平板试验 肺功能检查 多导睡眠监测 脑电图检查 肌电图检查
    磁共振成像检查 增强CT检查 正电子发射计算机断层显像 超声引导下甲状腺细针穿刺 乳腺钼靶检查
    尿动力学检查
""".split()

CONTEXTS = (
    "患者于2023年5月6日在全麻下行{p}，术程顺利。",
    "拟行{p}。",
    "今日行{p}，过程顺利。",
    "日期        项目                结果\n2023-05-06  {p}  顺利完成\n",
    "2023.5.6 {p}，术后恢复可。",
    "由王建军主任医师行{p}。",
    "术者：李明  {p}  麻醉：全麻",
    "完善{p}，待结果回报。",
    "{p}后第3天，患者诉切口疼痛。",
    "王建国行{p}后恢复良好。",
    "手术名称：{p}",
    "| 2023-05-06 | {p} | 王建军 |",
    "2023年5月6日 {p}（主刀 王建军）",
    "主刀：王军，一助：李明，行{p}。",
    "既往史：{p}史。",
    "患者钱秀英，女，56岁，拟行{p}。",
)


@pytest.mark.parametrize("procedure", PROCEDURES)
def test_a_procedure_name_survives_in_every_context(notes, procedure: str) -> None:
    for context in CONTEXTS:
        text = context.format(p=procedure)
        start = text.index(procedure)
        end = start + len(procedure)
        hit = [text[s.start:s.end] for s in notes.find(text, lang="zh")[1] if s.start < end and s.end > start]
        assert not hit, (context, hit)


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("王建国行胆囊切除术。", "王建国"),
        ("石秀兰行石膏固定术。", "石秀兰"),
        ("钱玉梅拟行冠状动脉造影术。", "钱玉梅"),
        ("曲志刚于2023年5月6日行腰椎穿刺术。", "曲志刚"),
        ("王建国行中心静脉置管术后恢复良好。", "王建国"),
        ("术后第2天，甘立新行胸腔闭式引流术。", "甘立新"),
    ],
)
def test_the_patient_before_the_procedure_still_goes(zh_notes, note: str, name: str) -> None:
    zh_notes.gone(note, name)


def test_an_eponymous_procedure_keeps_its_name(zh_notes) -> None:
    out = zh_notes.text("患者于2022年3月行Whipple手术，2023年行Hartmann手术。")
    assert "Whipple手术" in out and "Hartmann手术" in out, out


def test_the_mask_covers_the_verb_and_the_procedure_not_the_person() -> None:
    from medenclave_deid.core.text.chinese_procedures import procedure_mask

    text = "赵丽华拟行腹腔镜胆囊切除术。"
    mask = procedure_mask(text)
    assert not any(mask[:3]) and all(mask[3:text.index("。")]), mask
