"""Identifiers told by their field rather than by their digits: a travel document's code of letters
alone, an instrument field's serial, a session or account token of mixed letters; and the models,
makers and empty words those fields also hold, which stay. Cases written for these tests (not taken
from any evaluation set)."""

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

_ENGINE = make_note_deidentifier(b"c" * 32)


def _out(text: str) -> str:
    return _ENGINE.deidentify(text, lang="zh").text


@pytest.mark.parametrize(
    ("note", "code"),
    [
        ("入院登记  往来港澳通行证：CKQWZTRM  联系电话：略", "CKQWZTRM"),
        ("台胞证号：TPXNQLAMZ\n职业：商人", "TPXNQLAMZ"),
        ("护照号码：PXKWTLMQZ，有效期至2031年", "PXKWTLMQZ"),
        ("回乡证：HRTWQ2LNB", "HRTWQ2LNB"),
        ("超声工作站  仪器：VIVID-T84512  科室：心功能室", "VIVID-T84512"),
        ("设备：QXZWRTLMPKD\n检查所见：", "QXZWRTLMPKD"),
        ("主机：ACUSON-77319", "ACUSON-77319"),
        ("线上复诊  会话ID TqWmzRkXpLs\n主诉：", "TqWmzRkXpLs"),
        ("支付流水号 aBcKqPzWmR 金额：略", "aBcKqPzWmR"),
    ],
)
def test_a_code_told_by_its_field_is_removed(note: str, code: str) -> None:
    assert code not in _out(note)


@pytest.mark.parametrize(
    "note",
    [
        "护照：UNKNOWN",
        "仪器：LOGIQ-E9  探头：C1-5",
        "设备：SONOSCAPE",
        "仪器：GE",
        "检查设备：PHILIPS",
        "患者ID：略",
    ],
)
def test_a_model_a_maker_or_no_value_stays(note: str) -> None:
    assert _out(note) == note
