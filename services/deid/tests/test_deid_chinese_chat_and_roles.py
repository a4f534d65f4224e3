"""The mechanisms written for the document kinds of ``chinese_names_kinds_cases.txt``, each with
invented text: chat-export senders, a form's role words without a colon, a patient named by the
bed, named police stations, nurseries and one-owner shops, a work-unit column, a hospital's short
name closing a form, and ``转自`` before a short name; and what each must leave alone."""

from __future__ import annotations

from medenclave_deid.core.text.chinese_chat import find_chat_people
from medenclave_deid.core.text.chinese_workplaces import find_workplaces
from medenclave_deid.core.text.delimited_columns import column_category, find_column_values

SECRET = b"c" * 32


def _names(text: str) -> set[str]:
    return {text[s.start : s.end] for s in find_chat_people(text)}


def test_chat_senders_nicknames_and_mentions_are_names() -> None:
    chat = (
        "[2024-01-09 07:55] 雨后彩虹：今天谁接夜班\n"
        "[2024-01-09 07:56] Kelly 周：[图片]\n"
        "[2024-01-09 07:58] 雨后彩虹：@Kelly 周 收到\n"
        '"呼吸科老宋"撤回了一条消息'
    )
    assert {"雨后彩虹", "Kelly 周", "呼吸科老宋"} <= _names(chat)


def test_chat_without_a_chat_mark_is_a_form_of_labels() -> None:
    form = "主诉：咳嗽三天\n诊断：社区获得性肺炎\n处理：头孢呋辛抗感染"
    assert _names(form) == set()


def test_chat_labels_are_no_senders(zh_notes) -> None:
    chat = "晓风残月：[语音]\n诊断：肺炎，已回复\n值班医师：已看\n晓风残月：@所有人 明早查房"
    names = _names(chat)
    assert "晓风残月" in names and not names & {"诊断", "所有人", "值班医师"}
    zh_notes.check(chat, gone=["晓风残月"], kept=["诊断", "肺炎"])


def test_role_words_without_a_colon_take_any_name(zh_notes) -> None:
    zh_notes.check(
        "陪护人邬桂琴系患者之妹，随访人热依拉每月电话随访。",
        gone=["邬桂琴", "热依拉"],
        kept=["陪护人", "随访人"],
    )
    zh_notes.check("村医：木呷伍沙\n家庭医生殷红梅签约服务。", gone=["木呷伍沙", "殷红梅"])


def test_role_words_before_what_is_no_name_stay(zh_notes) -> None:
    assert _names("申请人签字：\n报告人电话：\n经办人员核对无误。\n由家庭医生服务团队，定期随访。") == set()
    zh_notes.check("申请人本人，经办人同上。", kept=["本人", "同上"])


def test_a_patient_named_by_the_bed() -> None:
    # 高峰林 opens with a shorter everyday word (高峰); 高血压 is the word whole
    assert _names("交班：7床邹海林夜间咳嗽，9床高血压，11床高峰林今晨发热。") == {"邹海林", "高峰林"}


def test_named_police_stations_nurseries_and_shops() -> None:
    text = "由江滨派出所民警送来。患儿在小海豚幼儿园上学。患者在阿强烧烤做帮工。家属报警后派出所民警到场。"
    found = {text[s.start : s.end] for s in find_workplaces(text)}
    assert {"江滨派出所", "小海豚幼儿园", "阿强烧烤"} <= found
    assert not any("报警" in f for f in found)
    generic = "由辖区派出所协助，患儿在当地幼儿园上学。"
    assert not find_workplaces(generic)


def test_work_unit_column_but_not_a_unit_of_measure() -> None:
    assert column_category("工作单位") == "workplace" and column_category("单位") == ""
    table = "姓名\t性别\t工作单位\n邬桂琴\t女\t东湖纸箱厂\n丁一\t男\t个体\n马六\t男\t无"
    cells = {table[s.start : s.end]: s.category for s in find_column_values(table)}
    assert cells.get("东湖纸箱厂") == "workplace" and "个体" not in cells
    lab = "项目\t结果\t单位\n血糖\t6.1\tmmol/L"
    assert not [s for s in find_column_values(lab) if s.category == "workplace"]


def test_short_hospital_closing_a_form_and_after_zhuanzi(zh_notes) -> None:
    zh_notes.check("出院证明\n姓名：邬桂琴\n诊断：肺炎\n市二院", gone=["市二院"], kept=["诊断"])
    zh_notes.check("患者转自市人民，带入尿管。", gone=["市人民"], kept=["尿管"])
