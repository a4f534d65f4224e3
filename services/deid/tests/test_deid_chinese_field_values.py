"""Chinese field values whose shape the pattern rules do not read: a labelled address held
whole, ages over 89 in Chinese numerals, account handles, and phone numbers with other dashes.
The cases were written for these tests, not taken from the frozen evaluation set."""

import pytest

SECRET = b"f" * 32


@pytest.mark.parametrize(
    ("note", "secrets"),
    [
        ("家庭住址：朝阳区望京西园三区312号楼，电话略", ("望京西园", "312号楼")),
        ("现居：海淀区学院路38号院", ("学院路38号院",)),
        ("通讯地址：滨江区丹枫苑7幢2单元501", ("丹枫苑", "501")),
        ("户籍地址：城关镇东风村四组", ("东风村",)),
        ("联系地址：金水区纬五路21号附3号", ("纬五路",)),
    ],
)
def test_a_labelled_address_goes_whole(zh_notes, note: str, secrets: tuple[str, ...]) -> None:
    zh_notes.check(note, secrets)


@pytest.mark.parametrize("note", ["住址：同上", "地址：不详", "地址：本院门诊楼三楼", "现住址：无"])
def test_an_address_field_without_an_address_stays(zh_notes, note: str) -> None:
    assert zh_notes.text(note) == note


@pytest.mark.parametrize(
    ("note", "age"),
    [
        ("年龄：九十二岁", "九十二"),
        ("一百零一周岁", "一百零一"),
        ("享年九十岁", "九十"),
        ("患者九十七岁高龄", "九十七"),
    ],
)
def test_ages_over_89_in_numerals_are_aggregated(zh_notes, note: str, age: str) -> None:
    assert age not in zh_notes.text(note)


@pytest.mark.parametrize(
    ("note", "age"),
    [
        ("性别/年龄：女/93", "93"),
        ("年龄/性别：95岁/男", "95"),
        ("患者女，93，因发热就诊。", "93"),
        ("姓名 略 | 性别 女 | 年龄 94 | 床号 12", "94"),
        ("年龄(岁)：96", "96"),
        ("岁数：92", "92"),
        ("老人今年92了，独居。", "92"),
    ],
)
def test_ages_over_89_in_figures_beside_a_label_or_the_sex_are_aggregated(
        zh_notes, note: str, age: str) -> None:
    out = zh_notes.text(note)
    assert age not in out and "89岁以上" in out


@pytest.mark.parametrize("note", ["患者男，93 次/分", "患者女，95分", "年龄 3个月", "年龄：92天",
                                  "患者女，45，因发热就诊。", "性别/年龄：女/45"])
def test_figures_beside_the_sex_that_are_no_age_over_89_stay(zh_notes, note: str) -> None:
    assert zh_notes.text(note) == note


@pytest.mark.parametrize("note", ["十九岁", "三十九岁", "六十九周岁"])
def test_ages_under_90_in_numerals_stay(zh_notes, note: str) -> None:
    assert zh_notes.text(note) == note


@pytest.mark.parametrize(
    ("note", "handle"),
    [
        ("微信号：wxid_abc123", "wxid_abc123"),
        ("QQ：12345678", "12345678"),
        ("抖音号：dy_9981x", "dy_9981x"),
        ("微信: lihua.1990", "lihua.1990"),
        ("家属WeChat：zhang-san88", "zhang-san88"),
    ],
)
def test_account_handles_are_removed(zh_notes, note: str, handle: str) -> None:
    assert handle not in zh_notes.text(note)


@pytest.mark.parametrize(
    ("note", "number"),
    [
        ("电话：0755–8888 6666", "8888 6666"),
        ("手机：139‐1234‐5678", "1234‐5678"),
        ("传真 021‒6543 2100", "6543"),
    ],
)
def test_phone_numbers_with_other_dashes_are_removed(zh_notes, note: str, number: str) -> None:
    assert number not in zh_notes.text(note)


@pytest.mark.parametrize(
    ("note", "number"),
    [
        ("联系人：略 电话：6651-2234", "2234"),
        ("传真号：0571.8723.6651", "8723"),
        ("电话：0086 571 8723 6651", "6651"),
        ("科室电话87236651转602", "87236651"),
        ("本科Fax：0571 8723 6652", "6652"),
    ],
)
def test_a_labelled_phone_or_fax_goes_whole_in_any_grouping(zh_notes, note: str, number: str) -> None:
    assert number not in zh_notes.text(note)


@pytest.mark.parametrize("note", ["电话：120", "手机：139****2234", "电话随访3次，患者诉好转。", "手机 2 部"])
def test_short_or_masked_numbers_after_a_phone_word_stay(zh_notes, note: str) -> None:
    assert zh_notes.text(note) == note


def test_ages_over_89_in_a_tables_age_column_are_aggregated(zh_notes) -> None:
    table = ("床位  姓名  年龄  诊断          去向\n"
             "3床  略  94  股骨颈骨折  骨科\n"
             "5床  略  73岁  脑梗死  神经内科\n"
             "加2  略  101岁  慢阻肺急性加重  呼吸科\n\n"
             "交班时间 08:00，血压 96/60。")
    out = zh_notes.text(table)
    assert "94" not in out and "101" not in out and "73岁" in out and "96/60" in out


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("受试者编号：10021    姓名缩写：L-J-H    病案号：略", "L-J-H"),
        ("姓名缩写：WXM", "WXM"),
        ("患儿姓名：略（小名：豆豆）", "豆豆"),
        ("乳名：安安", "安安"),
    ],
)
def test_a_names_initials_and_a_home_name_by_their_label_go(zh_notes, note: str, name: str) -> None:
    assert name not in zh_notes.text(note)


def test_the_cells_of_a_tables_name_column_go(zh_notes) -> None:
    table = ("序号    服务对象    语种    服务内容\n"
             "1    乌兰图雅    蒙古语    胃镜检查（慢性胃炎）\n"
             "2    钭  琳    手语    复诊取药 二甲双胍 0.5g")
    out = zh_notes.text(table)
    assert "乌兰图雅" not in out and "钭" not in out and "二甲双胍 0.5g" in out and "慢性胃炎" in out


@pytest.mark.parametrize("note", ["小名：无", "姓名缩写：不详"])
def test_an_empty_name_label_stays(zh_notes, note: str) -> None:
    assert zh_notes.text(note) == note
