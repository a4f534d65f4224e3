"""Chinese PHI told by a field's label, a worker's signed cell, a relation or a letterhead, and
surrogate addresses that do not spell a name of the note again; cases written for these tests
(not taken from any evaluation set)."""

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text.chinese_hospitals import find_short_hospitals
from medenclave_deid.core.text.chinese_short_names import find_short_names
from medenclave_deid.core.text.surrogates import SurrogateMaker

_ENGINE = make_note_deidentifier(b"q" * 32)


def _out(text: str) -> str:
    return _ENGINE.deidentify(text, lang="zh").text


def _hospitals(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_short_hospitals(text)]


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_short_names(text)]


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        # another name of the patient: the label says it is one, whatever its characters
        ("姓名：某某  曾用名：仉二柱  性别：男", "二柱"),
        ("姓名：某某  曾用名：阿福  性别：男", "阿福"),
        ("登记表\n原名：笪小满，民族：汉", "小满"),
        ("曾用名：WANG ERZHU  性别：男", "ERZHU"),
        # a Latin name in any person's field, a label ending in 人 or 者
        ("参保人：TOBIAS WRENFIELD  证件类型：护照", "WRENFIELD"),
        ("委托人：MARGOT QUILLAN\n联系电话：略", "QUILLAN"),
        ("户名：ELSPETH VARNEY  开户行：某银行", "VARNEY"),
        # a name field padded to the form's width, the surname on no list
        ("姓名：仉  钧  年龄：45岁  门诊号：略", "仉  钧"),
        ("姓名：宓  岚\n性别：女", "宓  岚"),
        ("姓名：冮 莹 出生日期：略", "冮 莹"),
        ("申请人：宓  岚  电话：略", "宓  岚"),
    ],
)
def test_a_labelled_name_is_removed(note: str, gone: str) -> None:
    assert gone not in _out(note)


@pytest.mark.parametrize(
    "note",
    [
        "姓名：不  详  年龄：45岁",
        "曾用名：无  性别：男",
        "曾用名：不详  性别：女",
        "负责人：不  详\n",
        "检查者：CT室",
    ],
)
def test_a_label_that_names_no_one_is_left(note: str) -> None:
    assert _out(note) == note


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("第1次 11月3日 治疗师晓峰\n第2次 11月5日 治疗师晓峰", "晓峰"),
        ("第4次 3月9日 技师 俊杰 核对", "俊杰"),
        ("执行：2月1日 康复治疗师丽娜  患者耐受可", "丽娜"),
        ("  第5次 1月2日 技师 保建军 核对", "保建军"),
        ("第1次 治疗师晓峰签字", "晓峰"),
        ("第2次 8月3日 康复师 子涵 签名", "子涵"),
    ],
)
def test_a_name_closing_a_workers_signed_cell_is_a_name(note: str, name: str) -> None:
    assert name in _names(note)
    assert name not in _out(note)


@pytest.mark.parametrize(
    "note",
    [
        "第1次 治疗师 核对\n第2次 技师 值班",
        "随访护士 吕医生  医师 万主任",
        "，护士巡视。患者安静入睡",
        "技师 夜班 交接",
        "康复治疗师指导下行步态训练",
    ],
)
def test_a_workers_cell_without_a_name_is_left(note: str) -> None:
    assert _names(note) == []


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        ("会谈要点：与父亲建军关系疏远；否认自伤想法。", "建军"),
        ("与丈夫丽华争吵后情绪低落。", "丽华"),
        ("与女儿欣怡同住，生活可自理。", "欣怡"),
        ("与其母淑贞感情不和。", "淑贞"),
        ("与丈夫国栋离婚后独居。", "国栋"),
        ("丈夫振宇今日来院探视。", "振宇"),
        ("其女婉清每日陪护。", "婉清"),
    ],
)
def test_a_given_name_after_a_relation_before_how_they_get_on_is_removed(note: str, gone: str) -> None:
    assert gone not in _out(note)


@pytest.mark.parametrize(
    "note",
    [
        "与母亲关系紧张，睡眠差。",
        "与丈夫婚姻关系破裂。",
        "与母亲之间关系紧张。",
        "与父亲一直关系不好。",
        "其母年迈，行动不便。",
        "与丈夫离婚后独居。",
        "与父亲争执后情绪激动。",
        "丈夫今日来院探视。",
        "其女每日陪护。",
    ],
)
def test_a_relation_without_a_name_is_left(note: str) -> None:
    assert _out(note) == note


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("患儿：娜仁图雅之女（小名豆豆），住院号略", "娜仁图雅"),
        ("新生儿科 病程记录\n患儿：阿依努尔之子，日龄3天", "阿依努尔"),
        ("患儿（乌云其木格之子）今日出生", "乌云其木格"),
    ],
)
def test_a_parent_named_in_a_newborns_name_is_a_name(note: str, name: str) -> None:
    assert name in _names(note)


@pytest.mark.parametrize("note", ["患儿：患者之女，出生体重3000g", "患儿：产妇之子，Apgar评分9分"])
def test_a_newborn_named_by_the_patient_word_is_left(note: str) -> None:
    assert _names(note) == []


def test_a_second_signer_after_a_slash_is_a_name() -> None:
    out = _out("医师：王大夫/仉志远\n")
    assert "仉志远" not in out and "志远" not in out


@pytest.mark.parametrize("note", ["医师：王大夫/主治医师\n", "医师：王强/夜班\n"])
def test_a_rank_or_a_shift_after_a_slash_is_left(note: str) -> None:
    assert note.split("/")[1] in _out(note)


@pytest.mark.parametrize(
    ("note", "hospital"),
    [
        ("县医院眼科 门诊记录\n姓名：某某", "县医院"),
        ("县医院 麻醉科\n麻醉记录单", "县医院"),
        ("区人民病案统计室\n病历复印申请", "区人民"),
        ("心内科门诊病历\n市人民\n姓名 某某", "市人民"),
        ("市三院 戒毒康复门诊 随访登记表", "市三院"),
        ("县医院出院记录\n姓名：某某", "县医院"),
        ("妇幼 产前筛查门诊 登记表", "妇幼"),
        ("市四院\n检验报告单", "市四院"),
        ("省医 心血管内科\n出院小结", "省医"),
        ("市妇保院 产科\n产检记录", "市妇保院"),
        ("省立\n门诊病历", "省立"),
        ("县医院-放射科\n检查报告", "县医院"),
        ("【区医院】超声科 检查报告单", "区医院"),
    ],
)
def test_a_hospitals_short_name_in_its_letterhead_is_a_hospital(note: str, hospital: str) -> None:
    assert hospital in _hospitals(note)
    assert hospital not in _out(note)


@pytest.mark.parametrize(
    "note",
    [
        "省人民政府办公室\n关于某事的通知",
        "妇幼保健科 门诊记录",
        "妇幼保健知识宣教单",
        "既往在县医院就诊后好转",
        "市中医药管理局办公室\n通知",
        "市医学会办公室\n会议纪要",
        "省医保局 办公室",
    ],
)
def test_no_letterhead_is_read_where_none_is_printed(note: str) -> None:
    assert not [h for h in _hospitals(note) if note.startswith(h)]


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        ("来访者：某某  男  54岁\n单位/学校：兴旺五金厂\n预约方式：线上", "兴旺五金厂"),
        ("单位/学校：青禾外语培训\n年级：初二", "青禾外语培训"),
        ("学校/单位：晨光实验小学  班级：三班", "晨光实验小学"),
        ("工作单位（学校）：北辰物流\n", "北辰物流"),
        ("就读学校：育才中学", "育才中学"),
        ("学校：晨光实验小学  年级：三年级", "晨光实验小学"),
        ("工作/学习单位：启明软件\n", "启明软件"),
        ("来访者单位：红星机械厂  职业：工人", "红星机械厂"),
    ],
)
def test_a_work_or_school_field_is_a_workplace(note: str, gone: str) -> None:
    assert gone not in _out(note)


@pytest.mark.parametrize(
    "note", ["工作单位/学校：无", "单位或学校：待业", "工作单位：退休", "单位：mg/L", "学校：无"]
)
def test_a_work_field_that_names_no_place_is_left(note: str) -> None:
    assert _out(note) == note


def test_a_surrogate_address_does_not_spell_a_given_name_of_the_note() -> None:
    maker = SurrogateMaker(b"k" * 32)
    for value in ("某省某市某区幸福路1号", "某省某市某区光明路2号", "某市某区团结路3号", "某县胜利路4号"):
        for name_chars in ("和平建设", "建设人民", "人民和平"):
            address = maker.make("address", value, lang="zh", avoid_chars=frozenset(name_chars))
            for road in ("和平路", "建设街", "人民路"):
                assert not (road in address and set(road[:2]) <= set(name_chars))


def test_a_street_named_like_the_patient_is_not_written_back() -> None:
    note = "姓名：某某  曾用名：仉建设  性别：男\n户籍地址：某省某市某区幸福路12号\n现住址：某县光明路7号"
    assert "建设" not in _out(note)


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("第2次 5月6日 治疗师韦嘉  患者诉好转", "治疗师"),
        ("执行：技师邵宁  核对无误", "技师"),
        ("药师郑岚审核，发药。", "审核"),
        ("护士长冯倩核对医嘱", "核对"),
    ],
)
def test_a_title_or_an_act_next_to_a_name_is_not_taken_with_it(note: str, kept: str) -> None:
    assert kept in _out(note)


def test_a_date_field_ending_its_line_keeps_the_line_break_and_is_shifted() -> None:
    out = _out("申请日期：2021-08-17\n参保人：某某")
    assert "\n参保人" in out and "2021-08-17" not in out and "[日期]" not in out


@pytest.mark.parametrize(
    ("note", "hospital"),
    [
        ("血管超声检查报告\n协和超声医学科  传真：略", "协和"),
        ("转出单位：瑞金（上海市），转出医师某某", "瑞金"),
        ("接收科室：同济心内科，值班医师某某", "同济"),
    ],
)
def test_a_large_hospitals_short_name_before_its_unit_is_a_hospital(note: str, hospital: str) -> None:
    assert hospital in _hospitals(note)


@pytest.mark.parametrize("note", ["协和音明显", "新华书店购书", "朝阳区卫生局", "鼓楼广场附近"])
def test_a_large_hospitals_short_name_elsewhere_is_left(note: str) -> None:
    assert _hospitals(note) == []
