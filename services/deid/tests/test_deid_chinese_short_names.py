"""One-character and pet names in Chinese notes, placed by a role, a relation or a speaker; cases
written for these tests (not taken from any evaluation set)."""

import pytest

from medenclave_deid.core.text.chinese_short_names import find_short_names

SECRET = b"r" * 32


def _names(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_short_names(text)]


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("参加人员：主治医师某某、护士长宋；家属一人", "宋"),
        ("值班护士：芸  交班时间：夜班", "芸"),
        ("书写者：倩\n审核者：某某", "倩"),
        ("核对人：黎，执行人：某某", "黎"),
        ("记录员：翔  医师资格证书编号：略", "翔"),
    ],
)
def test_one_character_after_a_title_is_a_name(note: str, name: str) -> None:
    assert name in _names(note)


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("电话随访，接听人：患者老伴芬。", "芬"),
        ("联系人：患者之子锋，电话已留。", "锋"),
        ("陪诊者为其女薇。", "薇"),
        ("患者丈夫彬  签字确认", "彬"),
        ("告知患者女儿璐。", "璐"),
    ],
)
def test_one_character_after_a_relation_is_a_name(note: str, name: str) -> None:
    assert name in _names(note)


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("患者诉秀芝（爱人）夜间陪护。", "秀芝"),
        ("患者称鹏（儿子）在外地工作。", "鹏"),
        ("自述春燕（女儿）负责送饭。", "春燕"),
        ("患者诉 桂香（老伴）身体欠佳。", "桂香"),
        ("家属诉文（患者之子）明日来院。", "文"),
    ],
)
def test_a_name_before_its_relation_in_brackets_is_a_name(note: str, name: str) -> None:
    assert name in _names(note)


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("[08:15] 乐乐妈妈：孩子还在咳嗽。", "乐乐"),
        ("[21:02]  小雨爸爸：体温38度。", "小雨"),
        ("【留言】贝贝奶奶：今天吃药了。", "贝贝"),
        ("朵朵妈妈：好的谢谢医生", "朵朵"),
        ("10:30 阿福爷爷：明天复诊。", "阿福"),
    ],
)
def test_a_pet_name_before_the_speaking_parent_is_a_name(note: str, name: str) -> None:
    assert name in _names(note)


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("家属另诉患者琴既往体健。", "琴"),
        ("其子代诉患者坤平素嗜酒。", "坤"),
        ("病人鑫既往有哮喘病史。", "鑫"),
        ("家属补充患者娥早年务农。", "娥"),
        ("据述患者峰自幼体弱。", "峰"),
    ],
)
def test_a_one_character_patient_before_the_past_is_a_name(note: str, name: str) -> None:
    assert name in _names(note)


@pytest.mark.parametrize(
    "note",
    [
        "护士：无  医师：略",
        "联系人：其女儿，电话见上。",
        "宝宝妈妈：好的。",
        "患儿爸爸：收到。",
        "患者既往体健，否认高血压病史。",
        "患者本人既往史无特殊。",
        "参加人员：护士长等。",
        "患者诉头痛（左侧）明显。",
        "告知患者家属。",
    ],
)
def test_words_in_those_places_are_no_names(note: str) -> None:
    assert _names(note) == []


def test_a_one_character_name_is_replaced_in_the_note(zh_notes) -> None:
    out = zh_notes.text("参加人员：主管医师某某、护士长粟；患者之女蕾。")
    assert "粟" not in out and "蕾" not in out
