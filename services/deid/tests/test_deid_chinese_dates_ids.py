"""Chinese dates, labelled numbers, passports, relatives and eponyms as hospital documents write
them (入院记录, 出院小结, 检验报告单, 费用清单, 知情同意书).

The cases were written for these tests from how Chinese records look, not taken from any
evaluation set. Each case: the identifier must be gone, the named clinical words must remain."""

import pytest

SECRET = b"d" * 32


@pytest.mark.parametrize(("note", "secrets", "keeps"), [
    ("患者２０２３年３月５日入院。", ("２０２３年３月５日",), ("入院",)),
    ("签名日期：二〇二三年三月五日", ("二〇二三年三月五日", "三月五日"), ()),
    ("二零二三年三月入院", ("二零二三年三月",), ("入院",)),
    ("农历八月十五出生", ("八月十五",), ("出生",)),
    ("阴历正月初三起病", ("正月初三",), ()),
    ("本月5日起咳嗽，上月12号曾发热", ("本月5日", "上月12号"), ("咳嗽", "发热")),
    ("今年3月5日出现胸痛", ("3月5日",), ("胸痛",)),
    ("复查时间23.3.5", ("23.3.5",), ()),
    ("出生日期：56.7.12", ("56.7.12",), ()),
    ("出 生 日 期：56-7-12", ("56-7-12",), ()),
    ("于3-5日行胃镜检查", ("3-5日",), ("胃镜检查",)),
    ("3.5入院，3.12出院，1.7于急诊就诊", ("3.5入院", "3.12出院", "1.7于"), ("急诊",)),
    ("3/12出院", ("3/12",), ("出院",)),
    ("于01-07 22:10收入CCU", ("01-07",), ("CCU",)),
    ("于2023年3月5日至12日住院", ("2023年3月5日", "至12日"), ("住院",)),
    ("随访：2024年2月15日、22日门诊复查", ("15日", "22日"), ("门诊复查",)),
    ("23年3月5日入院", ("23年3月5日", "3月5日"), ("入院",)),
    ("2023年3月5-7日住院，2023.3.5-3.12输液", ("5-7日", "3.12"), ("住院", "输液")),
    ("正月初三发病", ("正月初三",), ("发病",)),
    ("出生年月：1956.07；2019.10起规律透析", ("1956.07", "2019.10"), ("规律透析",)),
    ("于5日晨出现发热，3月5日及8日复查", ("5日晨", "及8日"), ("发热", "复查")),
])
def test_chinese_date_forms_are_removed(zh_notes, note, secrets, keeps):
    zh_notes.check(note, secrets, keeps)


@pytest.mark.parametrize("note", [
    "肌力3/5级", "血钾3.5mmol/L", "症状持续3-5天", "每日2-3次", "第3-5腰椎间盘突出", "于2-3日后复查",
    "于1-2日内", "每年3月发作", "病程10年3月", "ICD编码：I25.103", "予卡托普利12.5mg", "降至3.5",
    "于3.5小时后", "3-4肋间", "病程3月余", "术后3-5日拆线", "尿量1999.5ml", "2010-2012年",
    "于5日后复查", "患者于3日前", "血钾3.5于今日复查", "空腹血糖7.8晨起测",
    "病程两年3月", "病程三年3月", "右侧肌力降至3/5", "位于3-4肋间", "介于3-5之间", "存在3-4处",
])
def test_numbers_that_are_no_dates_stay(zh_notes, note):
    assert zh_notes.text(note) == note


@pytest.mark.parametrize(("note", "secrets"), [
    ("档案号：45678", ("45678",)),
    ("预约号：1234", ("1234",)),
    ("会员号 5678", ("5678",)),
    ("门诊号（1234）", ("1234",)),
    ("健康卡号：1234 5678 9012", ("1234", "5678", "9012")),
    ("医保个人编号：32 0100 1234", ("0100", "1234")),
    ("胸片号：12345", ("12345",)),
    ("腕带号：5678", ("5678",)),
    ("档案编号：DA_2023_0456", ("DA_2023_0456", "0456")),
    ("住院号: ZY 12345", ("12345",)),
    ("微信号：wx_zhang1985", ("wx_zhang1985",)),
    ("报告单号：R2023030501", ("R2023030501",)),
    ("（检查号：CT2303050012）", ("CT2303050012",)),
    ("就诊卡：8800，社保卡 12345", ("8800", "12345")),
    ("住院ID：12345，检验条码 77889", ("12345", "77889")),
    ("住 院 号：0012，门 诊 号：8812", ("0012", "8812")),
    ("病案号：沪字第1234号；档案号：粤-2023-012", ("1234", "2023-012")),
    ("住院号/ID：12345；住院号（ID）：6789", ("12345", "6789")),
])
def test_labelled_numbers_are_removed(zh_notes, note, secrets):
    zh_notes.check(note, secrets, (note[:2],))  # the label stays


@pytest.mark.parametrize("note", [
    "床号：12床", "疫苗批号：202301A05", "药品批号 H20230101", "国药准字H20044712", "型号：ABC-1234",
    "房间号 1203", "批 号：20230101", "床 号：1234",
])
def test_product_bed_and_protocol_numbers_stay(zh_notes, note):
    # a vaccine's or a drug's lot, its approval number and a model name a product, not a person
    assert zh_notes.text(note) == note


@pytest.mark.parametrize(("note", "secrets"), [
    ("护照号 E12345678", ("E12345678",)),
    ("护照号码：EA1234567", ("EA1234567",)),
    ("港澳通行证 C12345678", ("C12345678",)),
    ("台湾居民来往大陆通行证号码：12345678", ("12345678",)),
    ("外国人永久居留身份证：USA110012345678", ("USA110012345678",)),
    ("持韩国护照M12345678就诊", ("M12345678",)),
])
def test_passports_and_travel_permits_are_removed(zh_notes, note, secrets):
    zh_notes.check(note, secrets)


@pytest.mark.parametrize(("note", "secrets", "keeps"), [
    ("兄王建华，姐：王秀梅，妹王秀芳体健", ("王建华", "王秀梅", "王秀芳"), ("体健",)),
    ("其兄王大勇体健", ("王大勇",), ("体健",)),
    ("孙子赵天宇陪护", ("赵天宇",), ("陪护",)),
    ("老伴李桂兰陪同", ("李桂兰",), ("陪同",)),
    ("配偶刘志强体健", ("刘志强",), ("体健",)),
    ("委托代理人：郑海涛", ("郑海涛",), ()),
    ("家属刘建平签字：同意手术", ("刘建平",), ("同意手术",)),
    ("紧急联系人 女婿 周强。联系人：儿子 王明", ("周强", "王明"), ("女婿", "儿子")),
    ("规律透析（周二、周四）", (), ("周二", "周四")),
    ("兄弟姐妹4人，均体健", (), ("兄弟姐妹",)),
])
def test_relatives_are_removed_and_relations_stay(zh_notes, note, secrets, keeps):
    zh_notes.check(note, secrets, keeps)


@pytest.mark.parametrize(("note", "keeps"), [
    ("诊断：帕金森病、霍奇金淋巴瘤、桥本甲状腺炎", ("帕金森", "霍奇金", "桥本")),
    ("霍夫曼征阳性，患者贝尔面瘫", ("霍夫曼", "贝尔")),
    ("行Whipple术，留置Foley导尿管及Swan-Ganz导管", ("Whipple", "Foley", "Swan-Ganz")),
    ("Killip分级II级，NYHA分级III级，Child-Pugh分级A级", ("Killip", "NYHA", "Child-Pugh")),
    ("诊断：Hashimoto甲状腺炎，Borrmann III型，DeBakey I型", ("Hashimoto", "Borrmann", "DeBakey")),
    ("Cheyne-Stokes呼吸，Austin Flint杂音", ("Cheyne-Stokes", "Austin Flint")),
    ("de Quervain腱鞘炎，Kocher切口", ("de Quervain", "Kocher")),
    ("Hunt-Hess II级，Ramsay 3分，Clavien-Dindo II级", ("Hunt-Hess", "Ramsay", "Clavien-Dindo")),
    ("予Foley尿管留置，Calot三角解剖清楚", ("Foley", "Calot")),
])
def test_eponyms_in_chinese_text_stay(zh_notes, note, keeps):
    zh_notes.check(note, (), keeps)


@pytest.mark.parametrize(("note", "secrets"), [
    ("患者John Smith术后第3天", ("John", "Smith")),
    ("Dr. Li手术顺利", ("Li手术",)),
    ("由Peter Wang管床", ("Peter", "Wang")),
    ("患者Anna Schmidt反应迟钝", ("Anna", "Schmidt")),
    ("由Peter Wang 2分钟后到场", ("Peter", "Wang")),
])
def test_a_person_before_an_eponym_word_is_still_a_name(zh_notes, note, secrets):
    zh_notes.check(note, secrets)


@pytest.mark.parametrize(("note", "secrets"), [
    ("住院号：００１２３４５", ("００１２３４５",)),
    ("电话：１３８１２３４５６７８", ("１３８１２３４５６７８",)),
    ("护照号：ＥＡ１２３４５６７", ("ＥＡ１２３４５６７", "１２３４５６７")),
])
def test_full_width_identifiers_are_removed(zh_notes, note, secrets):
    zh_notes.check(note, secrets, (note[:2],))


def test_a_full_width_date_is_shifted_like_an_ascii_one(zh_notes):
    out = zh_notes.text("患者２０２３年３月５日入院")
    assert "２０２３年３月５日" not in out and out.endswith("日入院") and out[2:6].isdigit()
