"""Chinese names in forms and tables (padded, in role cells, at a row's end), carers, rare
surnames, dialysis and dispatch centres, table dates, messaging ids, and the clinical words
around them that must stay."""

from __future__ import annotations

import pytest

from medenclave_deid.core.text.chinese_forms import find_form_people

SECRET = b"f" * 32


@pytest.mark.parametrize("text,name", [
    ("助产士：韦  澜（执业证书编号300122334455667）", "韦  澜"),
    ("透析护士签名栏⏎09:20  132/80  76  150  88  蒋  玥⏎".replace("⏎", "\n"), "蒋  玥"),
    ("复核：邝  瑶  发药：冯  骁", "邝  瑶"),
    ("接班人：卓  岚（夜班护士）  交接确认：是", "卓  岚"),
    ("检查者：殷　蕾  报告时间：", "殷　蕾"),
    ("家属乔  菡（女儿，电话见上）已知情同意。", "乔  菡"),
    ("团队长柏  骞，护士汤琪；", "柏  骞"),
    ("审核医师：宁  颢 ", "宁  颢"),
])
def test_padded_names_in_forms_are_removed(zh_notes, text, name):
    zh_notes.gone(text, name, name.replace(" ", "").replace("\u3000", ""))


@pytest.mark.parametrize("text", [
    "长 期 医 嘱 单\n姓名：", "临 时 医 嘱 单", "出 院 小 结", "处 方 笺\n", "周  一  至  周  五",
    # padded labels: a colon follows
    "费  别：自费", "金  额：35.00", "国  籍：中国", "单  价：12", "时  长：3h",
])
def test_letter_spaced_titles_are_no_names(text):
    assert find_form_people(text) == [], text


@pytest.mark.parametrize("text,name", [
    ("科主任 闵昊  主任(副主任)医师 岑澜  主治医师", "闵昊"),
    ("责任护士 娜仁图雅  编码员 龚翊", "娜仁图雅"),
    ("编码员 龚翊  病案质量 甲级", "龚翊"),
    ("联系人姓名 乌日娜  关系 女儿  电话 略", "乌日娜"),
    ("营养师：甄一帆  日期：见上", "甄一帆"),
    ("调配：邵沐阳  核对发药：", "邵沐阳"),
    ("医务科审批：祝瀚文  本院传真：", "祝瀚文"),
    ("评定治疗师：来书远  康复医师：", "来书远"),
])
def test_role_cells_hold_names(zh_notes, text, name):
    zh_notes.gone(text, name)


@pytest.mark.parametrize("text", [
    "护士签名  日期\n", "医师签名  护士签名  停止日期", "家属签字：同意手术  日期", "审核意见：同意  ",
    "编码员 不详  病案质量 甲级",
])
def test_role_cells_without_names_keep_their_words(zh_notes, text):
    out = zh_notes.text(text)
    for word in ("护士签名", "停止日期", "同意手术", "审核意见", "不详", "病案质量"):
        if word in text:
            assert word in out, (word, out)


@pytest.mark.parametrize("text,name", [
    ("医方：医务部滕嘉言、科主任；", "滕嘉言"),
    ("护理部郦婉清，质控办", "郦婉清"),
    ("团队长季泊然，护士苗沁；", "季泊然"),
    ("公卫医师卜思源；团队电话", "卜思源"),
    ("站长钮雅琪、医师", "钮雅琪"),
])
def test_people_after_an_office_or_a_title_are_removed(zh_notes, text, name):
    out = zh_notes.gone(text, name)
    assert "公卫医师" in out or "公卫医师" not in text


@pytest.mark.parametrize("text,name", [
    ("08:10  128/76  80  160  95  冼朗\n", "冼朗"),
    ("14:00  99/60  64  110  70  区静怡\n", "区静怡"),
    ("第2剂  2021-03-04  0.5ml  上臂  城关镇卫生院  栗晓帆\n", "栗晓帆"),
    ("11:45  36.8  20  98%  谯若云\n", "谯若云"),
    ("2022-01-05  10:00  口服  闭泽宇\n", "闭泽宇"),
])
def test_a_signature_at_a_rows_end_is_removed(zh_notes, text, name):
    zh_notes.gone(text, name)


@pytest.mark.parametrize("text", ["10:00  120/80  72  正常\n", "08:00  36.5  平稳\n", "12:00  5  高危\n"])
def test_a_rows_last_word_stays(zh_notes, text):
    word = text.split()[-1]
    assert word in zh_notes.text(text)


@pytest.mark.parametrize("text,name", [
    ("12床 区梓萌 女 61岁 住院号略", "区梓萌"),
    ("7床 战一鸣 男 45岁", "战一鸣"),
    ("30床 其木格 女 70岁", "其木格"),
    ("3床 冼永康 男 8岁", "冼永康"),
    ("45床 谯雨桐 女 33岁", "谯雨桐"),
])
def test_the_bed_line_of_a_handover_names_its_patient(zh_notes, text, name):
    zh_notes.gone(text, name)


@pytest.mark.parametrize("text,name", [
    ("患者由老伴司徒怀瑾照顾，联系电话略。", "司徒怀瑾"),
    ("其儿媳苏婉晴每日陪护。", "苏婉晴"),
    ("其孙子闻人若谷协助服药。", "闻人若谷"),
    ("老伴次仁央金照顾起居。", "次仁央金"),
    ("家属区嘉乐陪护，电话略。", "区嘉乐"),
    ("其护工蒙秀云日夜陪护。", "蒙秀云"),
])
def test_carers_are_removed(zh_notes, text, name):
    zh_notes.gone(text, name)


@pytest.mark.parametrize("text,word", [
    ("家属轮流陪护。", "轮流"), ("老伴悉心照顾。", "悉心"), ("家属24小时陪护。", "24小时"),
    ("其女儿每日陪护。", "每日"), ("家属在院陪护。", "在院"),
])
def test_how_carers_care_stays(zh_notes, text, word):
    assert word in zh_notes.text(text)


@pytest.mark.parametrize("text,name", [
    ("已转给栗医生，请下周复诊。", "栗"), ("请谯大夫夜间复查。", "谯"), ("[09:15] 冼护士：您好", "冼"),
    ("由楚医生会诊。", "楚"), ("，禤主任查房", "禤"),
])
def test_rare_surnames_before_titles_are_removed(zh_notes, text, name):
    out = zh_notes.text(text)
    assert name not in out, out


@pytest.mark.parametrize("text,hospital", [
    ("泉州血液透析中心\n血液透析记录单", "泉州血液透析中心"),
    ("绵阳仁和血液净化中心\n", "绵阳仁和血液净化中心"),
    ("宜宾120急救指挥中心\n院前急救病历", "宜宾120急救指挥中心"),
    ("转至邵阳透析中心继续治疗", "邵阳透析中心"),
    ("南平市医疗急救指挥中心调度", "南平市医疗急救指挥中心"),
])
def test_dialysis_and_dispatch_centres_are_hospitals(zh_notes, text, hospital):
    zh_notes.gone(text, hospital)


@pytest.mark.parametrize("text", [
    "转本院血液透析中心继续规律透析", "在我院血液净化中心行CRRT", "血液透析中心护士长", "外院透析中心",
    "联系急救指挥中心",
])
def test_generic_units_stay(zh_notes, text):
    assert zh_notes.text(text) == text


@pytest.mark.parametrize("text,date", [
    ("2023-03-01  08:00  一级护理  医甲  护乙  03-09\n", "03-09"),
    ("2020/7/2  09:00  低盐饮食  医甲  护乙  07-15  \n", "07-15"),
    ("2019年5月4日 开始\n05-12  停止\n", "05-12"),
    ("2021-11-30  10:00  病危  医甲  护乙  12-02\n", "12-02"),
    ("2022.2.1 入院\n02-14  02-20\n", "02-20"),
])
def test_month_day_cells_in_dated_tables_are_dates(zh_notes, text, date):
    out = zh_notes.text(text)
    assert date not in out, out


def test_a_month_day_with_no_year_in_the_note_is_left_to_other_rules(zh_notes):
    assert "10-12" in zh_notes.text("白细胞  10-12  个/HP\n")


@pytest.mark.parametrize("text,value", [
    ("微信号：wxid_k2m9qpz7ab", "wxid_k2m9qpz7ab"), ("微信：lanshan_cloud88", "lanshan_cloud88"),
    ("QQ：4839201", "4839201"), ("家属微信 zhouyiming-1990", "zhouyiming-1990"),
    ("护照号码 EK8PQ2VZ1", "EK8PQ2VZ1"), ("护照号：G1K9Z2X7", "G1K9Z2X7"),
])
def test_messaging_ids_and_passports_are_removed(zh_notes, text, value):
    zh_notes.gone(text, value)


@pytest.mark.parametrize("text,term", [
    ("三、家族史：父亲肺癌，母亲糖尿病。", "肺癌"), ("家族史：母亲乳癌。", "乳癌"),
    ("标本名称：（左乳）空芯针穿刺组织", "左乳"), ("人工全髋关节置换术（左髋）  医甲", "左髋"),
    ("（左膝）关节镜下清理术", "左膝"), ("NRS2002评分 4分", "NRS2002评分"), ("PHQ9量表 11分", "PHQ9量表"),
    ("MNA-SF筛查 9分", "MNA-SF筛查"), ("责任护士 许诺  编码员", "责任护士"), ("公卫医师：韩冰", "公卫医师"),
    ("患方 林薇（长女）、林蕾（次女）", "（长女）"), ("医患沟通（家属谈话）记录", "家属谈话"),
])
def test_clinical_words_next_to_people_stay(zh_notes, text, term):
    out = zh_notes.text(text)
    assert term in out, out


@pytest.mark.parametrize("text,hospital", [
    ("由市一院转入。", "市一院"), ("外院（省人医）CT提示", "省人医"),
    ("于县第二人民医院复查", "县第二人民医院"),
    ("曾在华西行手术", "华西"), ("转至湘雅二院就诊", "湘雅二院"), ("于市三院住院", "市三院"),
])
def test_hospitals_by_short_name_are_removed(zh_notes, text, hospital):
    zh_notes.gone(text, hospital)


@pytest.mark.parametrize("text", ["本市一院区", "华西地区", "协和音", "县医院", "在省内就诊"])
def test_short_name_lookalikes_stay(zh_notes, text):
    assert zh_notes.text(text) == text


@pytest.mark.parametrize("text,name", [
    ("患儿父亲：伏建成", "伏建成"), ("患者母亲：阴秀兰", "阴秀兰"), ("紧急联系人妻子：干佳琪", "干佳琪"),
    ("家属：扶昊天", "扶昊天"), ("女婿：宿承宇", "宿承宇"),
])
def test_kin_fields_hold_names(zh_notes, text, name):
    zh_notes.gone(text, name)


@pytest.mark.parametrize("text,word", [
    ("责任护士：已宣教", "已宣教"), ("医师签名：未签", "未签"), ("护士：已核对", "已核对"),
    ("家属：已告知", "已告知"), ("签名：已确认", "已确认"),
])
def test_role_fields_that_say_what_was_done_stay(zh_notes, text, word):
    assert word in zh_notes.text(text)


@pytest.mark.parametrize("text,name", [
    ("2023-05-04 10:00  苗建国主治医师查房记录", "苗建国"), ("今日冯卫东副主任医师查房：", "冯卫东"),
    ("应梦洁住院医师首次病程记录", "应梦洁"), ("参加人员：甘主任、阎晓波主治医师", "阎晓波"),
    ("由钭文杰主任医师主刀", "钭文杰"),
])
def test_doctors_before_their_rank_are_removed(zh_notes, text, name):
    zh_notes.gone(text, name)


@pytest.mark.parametrize("text,name", [
    ("护士刁晓雯、武思彤执行", "武思彤"), ("医师鲍一鸣、柳青阳核对", "柳青阳"),
    ("家属郑海波、郑海涛签字", "郑海涛"),
    ("其外孙女叶可馨陪同复诊", "叶可馨"), ("其女儿童书瑶协助用药", "童书瑶"),
])
def test_listed_and_cued_names_with_word_characters_are_removed(zh_notes, text, name):
    zh_notes.gone(text, name)


@pytest.mark.parametrize("text,name", [
    ("谢谢栗老师，在吃的", "栗"), ("感谢冼医生", "冼"), ("麻烦谯护士再看看", "谯"),
    ("0.5ml  上臂  2023001122  城南卫生院  晏翠花\n", "晏翠花"), ("10:00  120/80  72  邢书瑶\n", "邢书瑶"),
])
def test_rare_surnames_after_thanks_and_row_end_names_with_word_characters(zh_notes, text, name):
    zh_notes.gone(text, name)


@pytest.mark.parametrize("text,name", [
    ("前妻邓美玲陪同", "邓美玲"), ("表哥冯浩然陪同", "冯浩然"), ("堂妹韩雨欣签字", "韩雨欣"),
    ("岳母吕桂芝在场", "吕桂芝"),
    ("患者女儿（汪梓轩，电话略）", "汪梓轩"), ("丈夫（巫建军）已知情", "巫建军"),
])
def test_more_relatives_are_removed(zh_notes, text, name):
    zh_notes.gone(text, name)


@pytest.mark.parametrize("text,word", [
    ("其女儿居家照顾", "居家"), ("表哥陪同", "表哥"), ("岳母健在", "岳母"),
])
def test_relatives_without_names_keep_their_words(zh_notes, text, word):
    assert word in zh_notes.text(text)


@pytest.mark.parametrize("text", [
    "患者：神志清楚，", "家属：表示理解，", "护士：情绪稳定\n", "记录者：继续观察  日期", "监护人：良好\n",
    "陪护人：配合治疗，",
])
def test_role_fields_holding_a_state_are_no_names(text):
    assert find_form_people(text) == [], text


@pytest.mark.parametrize("text", [
    "护士：神志清楚，", "家属：表示理解\n", "记录者：继续观察，", "监护人：良好\n", "执行者：安静入睡，",
    "医师：配合治疗，",
])
def test_a_state_in_a_role_field_stays(zh_notes, text):
    assert zh_notes.text(text) == text


@pytest.mark.parametrize("text", [
    "10:00  120/80  72  管路通畅\n", "10:00  36.5  皮肤  干燥\n", "10:00  120/80  面色  苍白\n",
    "12床 新入 女 61岁\n", "12床 病危 男 70岁\n", "12床 转入 女 45岁\n",
])
def test_table_words_at_a_rows_end_or_a_bed_line_stay(text):
    assert find_form_people(text) == [], text


@pytest.mark.parametrize("text", [
    "家属要求陪护。", "老伴自行照顾。", "护工积极协助。", "其女儿经常照顾。", "家属常常陪护。",
    "家属能够照顾。", "护工经常协助。",
])
def test_how_often_or_how_willingly_carers_care_stays(zh_notes, text):
    assert zh_notes.text(text) == text


@pytest.mark.parametrize("text", [
    "记录者：同前", "治疗师：训练配合", "药师：用药合理", "接收人：值班医师", "审核者：质控科", "调配：药房",
])
def test_role_fields_holding_a_unit_or_an_action_stay(zh_notes, text):
    assert zh_notes.text(text) == text
