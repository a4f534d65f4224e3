"""A patient named right after 患者/病人/患儿 with no colon, whose given name is an everyday word
(建华, 建国, 桂花, 海燕, 国庆) or whose surname is one too (皮, 花, 平): found from the cue, while
the findings that follow 患者 stay. Found missing by the triage scenario's generated notes
(``medenclave scenario triage``: 傅建华 and 皮桂花 survived de-identification)."""

import pytest

SECRET = b"t" * 32


@pytest.mark.parametrize(("note", "name"), [
    ("分诊：患者傅建华，62岁，胸闷半天。", "傅建华"),
    ("患者皮桂花，女，45岁，腹痛3天。", "皮桂花"),
    ("病人钱国庆，男，70岁，既往高血压。", "钱国庆"),
    ("患儿花海燕 女 6岁 发热两天。", "花海燕"),
    ("患者平建国，男，38岁。", "平建国"),
    ("患者石磊，男，51岁，头痛。", "石磊"),
    # rare surnames no list holds, in the header form (the sex or the age right after)
    ("患者闭建平，60岁，言语不清。", "闭建平"),
    ("病人母帅 男 86岁", "母帅"),
    ("患者由婷婷，23岁，晕厥。", "由婷婷"),
])
def test_a_patient_named_after_the_cue_is_replaced(zh_notes, note, name):
    out = zh_notes.text(note)
    assert name not in out
    assert name[1:] not in out   # the given name alone does not survive either


@pytest.mark.parametrize("note", [
    "患者皮疹明显，伴瘙痒。",
    "患者皮肤黄染，巩膜黄染。",
    "患者怀孕32周，胎动好。",
    "患者易怒，睡眠差。",
    "患者平卧，吸氧。",
    "患者山东人，长期吸烟。",
    "嘱向医生报告不适。",
    "患者及家属向医生表示感谢。",
    "患者于今晨突发胸痛。",
    "患者在家中跌倒。",
    "患者花粉过敏史。",
    "患者家属签字同意。",
    "患者双侧瞳孔等大等圆。",
    "患者能自行行走。",
    "患者男性，45岁，胸痛。",
    "患者老年女性，80岁。",
    "患者女，45岁。",
])
def test_what_follows_the_cue_in_clinical_text_stays(zh_notes, note):
    assert zh_notes.text(note) == note
