"""Travel documents, device serials, hospitals by kind or short name, Tibetan names, and Chinese
surrogate names that hold no character of the note's names; sentences written for these tests (not
taken from any evaluation set)."""

from __future__ import annotations

import re

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text.chinese_documents import find_documents_and_serials
from medenclave_deid.core.text.chinese_hospitals import find_short_hospitals
from medenclave_deid.core.text.surrogates import SurrogateMaker

SECRET = b"d" * 32


def _values(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_documents_and_serials(text)]


@pytest.mark.parametrize(("text", "number"), [
    ("证件类型：护照  证件号码：E12345678", "E12345678"),
    ("证件类型：护照\n证件号码：EA1234567", "EA1234567"),
    ("护照（中华人民共和国）：E87654321", "E87654321"),
    ("持有护照，编号G12345678，有效期至2030年", "G12345678"),
    ("护照：E 1234 5678", "E 1234 5678"),
    ("护照号：E.12345678", "E.12345678"),
    ("患者用EA1234567护照登记", "EA1234567"),
    ("E11223344（护照号）", "E11223344"),
    ("因公护照号码 14123456", "14123456"),
    ("外交护照 D1234567", "D1234567"),
    ("美国护照 548812345", "548812345"),
    ("德国护照号码 C4J7K9L2M", "C4J7K9L2M"),
    ("护照（2019年签发）号码E12345678", "E12345678"),
    ("往来港澳通行证 CA1234567", "CA1234567"),
    ("持通行证W12345678往返", "W12345678"),
    ("台胞证号码：1234567890", "1234567890"),
    ("台湾居民来往大陆通行证 12345678(B)", "12345678(B)"),
    ("回乡证号H12345678", "H12345678"),
    ("港澳居民来往内地通行证：M1234567801", "M1234567801"),
    ("外国人永久居留身份证 911234199001011234", "911234199001011234"),
    ("永居证：USA110079010101", "USA110079010101"),
    ("军官证号：1234567", "1234567"),
    ("士兵证 7654321", "7654321"),
    ("签证号码 VX1234567", "VX1234567"),
    ("入境记录：EB7654321", "EB7654321"),  # a PRC passport's shape needs no label
    ("证件号码：AB12CD", "AB12CD"),  # the field's value whatever its shape
    ("证件号：XK-7788", "XK-7788"),
    ("证件类型 | 台胞证 | 证件号码 | 87654321", "87654321"),
    ("证件类型  回乡证  证件号码  H12345678", "H12345678"),
])
def test_travel_documents_are_found(zh_notes, text: str, number: str) -> None:
    assert number in _values(text)
    assert number not in zh_notes.text(text)


@pytest.mark.parametrize("text", ["证件号码：不详", "证件号码：（无）", "护照：未带", "证件号：见复印件"])
def test_a_document_field_that_holds_no_number_stays(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(("text", "serial"), [
    ("起搏器序列号：PJN123456", "PJN123456"),
    ("植入ICD一枚（S/N: ABC12345）", "ABC12345"),
    ("人工耳蜗 SN 9A8B7C6D", "9A8B7C6D"),
    ("胰岛素泵，出厂编号 NG1234567H", "NG1234567H"),
    ("呼吸机机身号：35123456", "35123456"),
    ("动态血糖传感器编号 0M12AB34CD", "0M12AB34CD"),
    ("助听器（左）设备编号：HA-20231234", "HA-20231234"),
    ("输液港植入物编号 PT99887", "PT99887"),
    ("制氧机SN：OX20230001", "OX20230001"),
    ("ICD序列号末四位1234", "1234"),
    ("程控记录 S/N号：ABC123", "ABC123"),
    ("脉冲发生器序列码 XY12345", "XY12345"),
    ("装置编号：AB1234", "AB1234"),
    ("呼吸机主机编号 RS12345", "RS12345"),
])
def test_device_serials_are_found(zh_notes, text: str, serial: str) -> None:
    assert serial in _values(text)
    assert serial not in zh_notes.text(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("起搏器（型号 ADDR01，序列号 PWB654321S）", "ADDR01"),
    ("胰岛素泵 REF MMT-1780 LOT H12345678 序列号 NG1234567H", "REF MMT-1780 LOT H12345678"),
    ("除颤器型号DR-500，批号LOT2023A", "DR-500"),
    ("黑质（SN）信号减低", "（SN）信号减低"),  # the substantia nigra, no number after it
    ("护照办理中，CA19-9 35 U/ml", "CA19-9 35 U/ml"),  # the next clause's figures
])
def test_models_lots_and_catalogue_numbers_stay(zh_notes, text: str, kept: str) -> None:
    assert kept in zh_notes.text(text)


@pytest.mark.parametrize(("text", "hospital"), [
    ("到华大基因检测中心送检", "华大基因检测中心"),
    ("来自长青疗养院", "长青疗养院"),
    ("转至大理精神卫生中心", "大理精神卫生中心"),
    ("就诊于杏林中医馆", "杏林中医馆"),
    ("患者来自湘雅，", "湘雅"),
    ("转诊至协和继续治疗", "协和"),
    ("于省人民住院治疗", "省人民"),
    ("转入同济后行PCI", "同济"),
    ("转至区中医院", "区中医院"),
    ("曾在北医三院住院", "北医三院"),
    ("由县医院转入我科", "县医院"),
    ("在从化区中医院住院", "从化"),
    ("即墨区人民医院出院记录", "即墨"),
    ("曾在于都县人民医院治疗", "于都"),
    ("诊断：肺炎（行唐县医院）", "行唐"),
])
def test_hospitals_by_kind_or_short_name_are_removed(zh_notes, text: str, hospital: str) -> None:
    assert hospital not in zh_notes.text(text)


@pytest.mark.parametrize("text", [
    "转至上级医院", "建议去社区卫生服务中心", "同济大学毕业", "协和音", "在中山大学读书", "于市内就诊",
])
def test_generic_places_and_lookalikes_are_no_hospitals(text: str) -> None:
    assert find_short_hospitals(text) == []


def test_a_surrogate_name_holds_no_character_of_the_notes_names(zh_notes) -> None:
    # one-character names are whole values: a surrogate that reused 丁 or 康 would put them back
    names = "丁主任 康医生 宁护士 安医师".split()
    for lead in "陈李张王刘杨赵黄周":
        text = f"患者{lead}思远，由丁主任、康医生、宁护士、安医师诊治。{lead}思远签字。"
        out = zh_notes.text(text)
        original = set("丁康宁安") | set(f"{lead}思远")
        surrogates = re.findall(r"患者(\w{3})，", out)
        assert surrogates and not set(surrogates[0]) & original, out
        assert out.count(surrogates[0]) == 2, out  # the same surrogate each time
        assert all(name not in out for name in names), out


def test_surrogate_names_are_the_same_across_notes_with_the_same_key(zh_notes) -> None:
    one = zh_notes.text("患者陈建国，男。")
    other = make_note_deidentifier(SECRET).deidentify("随访：患者陈建国，男，", lang="zh").text
    assert re.search(r"患者(\w{3})", one).group(1) == re.search(r"患者(\w{3})", other).group(1)


def test_a_surrogate_name_avoids_the_characters_it_is_told_to() -> None:
    maker = SurrogateMaker(b"d" * 32)
    banned = frozenset("甲乙丙丁戊安和平康宁瑞祥")  # most of the first choices taken
    for value in ("陈思远", "李建国", "王秀英", "张伟", "刘洋", "赵敏", "周杰", "吴磊", "丁", "康"):
        surrogate = maker.make("name", value, lang="zh", avoid_chars=banned)
        assert not set(surrogate) & (banned | set(value)), (value, surrogate)
        assert len(set(surrogate)) == len(surrogate)  # no character twice
        assert surrogate == maker.make("name", value, lang="zh", avoid_chars=banned)


@pytest.mark.parametrize(("text", "name"), [
    ("经陈主任与神经外科扎西多吉共同讨论后转科", "扎西多吉"),
    ("次仁卓玛护士已宣教", "次仁卓玛"),
    ("会诊医师：格桑拉姆", "格桑拉姆"),
])
def test_tibetan_names_without_a_surname_are_removed(zh_notes, text: str, name: str) -> None:
    assert name not in zh_notes.text(text)
