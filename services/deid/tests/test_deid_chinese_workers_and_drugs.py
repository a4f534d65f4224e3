"""Workers who are not clinicians (保安员, 民警, 社工, 司机) are named after their role; a drug's
generic name that opens with a surname character (吉西他滨, 吉非替尼) stays a drug. Lines written for
these tests (not taken from any evaluation set)."""

import pytest

SECRET = b"w" * 32


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("由保安员卓立新护送至急诊。", "卓立新"),
        ("民警单晓峰到场处置。", "单晓峰"),
        ("社工葛丽联系家属。", "葛丽"),
        ("司机：裘建国，车辆已停靠。", "裘建国"),
    ],
)
def test_a_worker_is_named_after_the_role(zh_notes, note: str, name: str) -> None:
    zh_notes.gone(note, name)


@pytest.mark.parametrize(
    "note",
    [
        "周四化疗：吉西他滨1000mg/m2 d1,8",
        "予吉非替尼250mg口服，贝伐珠单抗治疗",
        "保安巡逻发现患者跌倒。",
        "志愿者服务时长2小时。",
    ],
)
def test_drugs_and_role_words_alone_stay(zh_notes, note: str) -> None:
    assert zh_notes.text(note) == note


def test_a_drug_beside_a_name_in_a_schedule_stays(zh_notes) -> None:
    out = zh_notes.text("化疗排班：周二 靳美玲 奥沙利铂；周四 钮志豪 吉西他滨")
    assert "吉西他滨" in out and "奥沙利铂" in out and "钮志豪" not in out, out


@pytest.mark.parametrize(
    ("note", "name"),
    [("患儿家长称孩子叫乐乐，母亲在场。", "乐乐"), ("小名叫豆豆，今日发热。", "豆豆"),
     ("孩子乳名“壮壮”，足月顺产。", "壮壮"), ("患儿叫小宝，今日发热。", "小宝")],
)
def test_a_home_name_said_without_a_colon_goes(zh_notes, note: str, name: str) -> None:
    zh_notes.gone(note, name)


@pytest.mark.parametrize("note", ["孩子叫醒困难。", "患儿叫唤不止。", "小名不详。"])
def test_calling_out_is_no_home_name(zh_notes, note: str) -> None:
    assert zh_notes.text(note) == note


def test_a_relation_in_brackets_stays(zh_notes) -> None:
    out = zh_notes.text("委托人：闵国栋（其兄）")
    assert "（其兄）" in out and "闵国栋" not in out, out
