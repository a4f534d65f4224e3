"""Clinical and everyday Chinese that the name, hospital and workplace rules must leave alone,
with the identifiers beside it still removed: the act after a worker's name, shift and time words
where a worker's name could stand, what a relative does after the relation, a hospital's short name
before its department, a university's school of medicine; cases written for these tests (not taken
from any evaluation set)."""

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

_ENGINE = make_note_deidentifier(b"p" * 32)


def _out(text: str) -> str:
    return _ENGINE.deidentify(text, lang="zh").text


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        # the act after a worker's name is no part of the name, at the item's end too
        ("护士王丽执行", "执行", "王丽"),
        ("医嘱由护士王丽执行。", "执行", "王丽"),
        ("由护士张敏宣教\n", "宣教", "张敏"),
        ("配药后由护士范晓梅执行", "执行", "晓梅"),
        ("口服药由责任护士严秋菊执行。", "执行", "秋菊"),
        ("换药：护师 沈佳宁记录", "记录", "佳宁"),
        ("护士长吕春燕签字。", "签字", "春燕"),
        ("夜间由医师韦建军处理，", "处理", "建军"),
        ("药师邹文涛核对", "核对", "文涛"),
    ],
)
def test_act_after_a_worker_stays(note: str, kept: str, gone: str) -> None:
    out = _out(note)
    assert kept in out and gone not in out


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        # a role's field whose value runs on from the name into what was done
        ("主治医师：蒋雨辰记录血糖监测，", "记录血糖监测", "雨辰"),
        ("技师：孙丽娟换药医嘱", "换药医嘱", "丽娟"),
        ("今日护士长：柯美玲执行医嘱\n复查血常规。", "执行医嘱", "美玲"),
        ("麻醉医师：罗成告知患者风险。", "告知患者", "罗成"),
        ("治疗师罗成交班静脉输液。", "交班静脉输液", "罗成"),
        ("康复师：伍思琪指导训练", "指导训练", "思琪"),
    ],
)
def test_a_field_value_keeps_what_was_done_after_the_name(note: str, kept: str, gone: str) -> None:
    out = _out(note)
    assert kept in out and gone not in out


@pytest.mark.parametrize(
    ("note", "kept"),
    [
        ("经医生会诊后转入ICU", "经医生会诊"),
        ("经技师：丁浩然巡视", "经技师"),
        ("由护士执行", "由护士执行"),
        ("与护士 王丽核对", "与护士"),
    ],
)
def test_a_preposition_before_a_title_is_no_surname(note: str, kept: str) -> None:
    assert kept in _out(note)


def test_common_surnames_that_are_also_prepositions_stay_names() -> None:
    out = _out("于医师：查房记录  向主任 会诊")
    assert "于医师" not in out and "向主任" not in out


@pytest.mark.parametrize(
    "note",
    [
        "放射技师 夜班",
        "超声技师 白班  签名",
        "值班医生 上午",
        "主治医师：下午\n查房：已完成",
        "责任护士：大夜",
        "护士：节假日",
        "技师 周末",
        "康复治疗师 周三",
        "接诊医生 急诊",
        "医生 凌晨",
    ],
)
def test_shift_and_time_words_after_a_role_are_no_names(note: str) -> None:
    assert _out(note) == note


@pytest.mark.parametrize(
    "note",
    [
        "医生：上午完成宣教，",
        "责任护士：夜班观察伤口\n体温36.6℃。",
        "药师：今日调整输液速度，",
        "傍晚主治医师指导进食。",
        "技师：次日复查床旁超声",
    ],
)
def test_a_time_then_what_was_done_after_a_role_is_no_name(note: str) -> None:
    assert _out(note) == note


def test_a_name_after_a_role_is_still_removed_beside_shift_words() -> None:
    out = _out("夜班技师 祁伟东  白班技师 鲍丽君")
    assert "伟东" not in out and "丽君" not in out
    assert "夜班" in out and "白班" in out
    out = _out("护士：夜班殷海燕巡视")
    assert "海燕" not in out and "夜班" in out and "巡视" in out


@pytest.mark.parametrize(
    "note",
    [
        "其子专程来院",
        "其子专程来院。",
        "其女专程来院\n体温平稳，饮食可",
        "其女儿居家照顾\n嘱低盐饮食。",
        "其子居家照顾，患者情绪稳定。",
        "其女日夜陪护\n夜间睡眠可",
        "其女儿日夜陪护。",
        "其子同住\n血压控制可",
        "老伴每日陪护，子女轮流照顾。",
        "儿媳在家照料",
    ],
)
def test_what_a_relative_does_is_no_name(note: str) -> None:
    assert _out(note) == note


def test_a_relative_named_before_what_they_do_is_still_removed() -> None:
    out = _out("其女邵雨桐专程来院，丈夫芮志鹏每日陪护。")
    assert "雨桐" not in out and "志鹏" not in out
    assert "专程来院" in out and "每日陪护" in out


@pytest.mark.parametrize(
    ("note", "given", "kept"),
    [
        ("家属建华专程来院。", "建华", "专程来院"),
        ("其女慧敏定期探视", "慧敏", "定期探视"),
        ("老伴桂芝在家照料\n饮食可", "桂芝", "在家照料"),
    ],
)
def test_a_relatives_given_name_before_what_they_do_is_removed(note: str, given: str, kept: str) -> None:
    out = _out(note)
    assert given not in out and kept in out


@pytest.mark.parametrize(
    ("note", "hospital"),
    [
        ("报告：华西超声医学科 检查者签名", "华西"),
        ("审核：湘雅放射科", "湘雅"),
        ("报告：协和超声医学科", "协和"),
        # a surname's character opening the short name (齐鲁): the tagger's person is the hospital
        ("会诊：齐鲁影像科", "齐鲁"),
        # placed by a transfer
        ("次日转入华西心内科继续治疗", "华西"),
        ("患者来自湘雅放射科", "湘雅"),
        ("转诊至瑞金神经内科", "瑞金"),
        # or one of its studies
        ("报告：华西超声", "华西"),
        ("齐鲁超声提示脂肪肝", "齐鲁"),
        ("在协和病理会诊", "协和"),
    ],
)
def test_a_short_hospital_name_before_its_department(note: str, hospital: str) -> None:
    _, spans = _ENGINE.find(note, lang="zh")
    assert hospital not in _out(note)
    # the hospital's name running into its department (华西超) is no person
    assert [note[s.start : s.end] for s in spans if s.category == "name"] == []


@pytest.mark.parametrize(
    ("note", "gone"),
    [
        # one named organisation, replaced whole like a named hospital
        ("患者毕业于同济大学医学院。", "同济"),
        ("工作单位：同济大学医学院", "同济"),
        ("其女就读于复旦大学上海医学院", "复旦"),
        ("北京大学医学部\n教授", "北京大学"),
        ("于同济大学医学院进修一年", "同济"),
    ],
)
def test_a_universitys_medical_school_is_one_organisation(note: str, gone: str) -> None:
    out = _out(note)
    assert gone not in out
    assert "医院" not in out  # never read as a hospital of its own (某单位某医院)


@pytest.mark.parametrize(
    "note",
    [
        "其子在医学院读书",
        "其女在读医学院",
        "医学院毕业后从事护理工作",
        "其女考入医科大学读书",
        "就读于医学院",
        "曾在医学院。",
        "其子在护理学院读书",
        "孙子在读医科大学读书",
        "其女考入护理学院学习",
    ],
)
def test_a_kind_of_school_alone_is_no_organisation(note: str) -> None:
    assert _out(note) == note


@pytest.mark.parametrize(("note", "gone"), [("其子在育才中学读书", "育才"), ("就读于浙江大学医学院", "浙江")])
def test_a_named_school_is_still_removed(note: str, gone: str) -> None:
    assert gone not in _out(note)
