"""Account-type identifiers in English and Chinese: billing, guarantor, self-pay and collection
accounts, encounter/visit/FIN/HAR/CSN numbers, bank cards and bank accounts, payment transaction
ids, invoices, receipts, refunds, pharmacy and lab client accounts, and their Chinese counterparts
(结算单号, 退费单号, 预交金, 微信/支付宝交易单号, 银行卡号, 发票号码, 电子票据号, 流水号, 订单号).

Every line of ``english_accounts_cases.txt`` and ``chinese_accounts_cases.txt`` was written for
this test (none comes from an evaluation set): the values have many shapes (digits only, letters and
digits, dashes, groups of four), with the label before them, as a table column's header, or in prose.
``«value»`` marks an identifier that must go, ``‹value›`` a clinical term or code that must stay.

A masked card tail (``****7723``, "the card ending 4821", 尾号7723) names no account by itself and is
left unmarked: it may go or stay. A drug lot number is not the patient's and stays.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"a" * 32
_HERE = Path(__file__).parent


@marked_cases(_HERE / "english_accounts_cases.txt", "en")
def test_english_accounts_go_and_terms_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "chinese_accounts_cases.txt", "zh")
def test_chinese_accounts_go_and_terms_stay(zh_notes, line: str) -> None:
    zh_notes.marked(line)


def test_luhn_and_card_shapes() -> None:
    from medenclave_deid.core.text.payment_numbers import find_payment_numbers, luhn_valid

    assert luhn_valid("4557028812345676") and not luhn_valid("4557028812345677")
    found = lambda text: [text[s.start : s.end] for s in find_payment_numbers(text)]  # noqa: E731
    assert found("card 4557 0288 1234 5676 exp") == ["4557 0288 1234 5676"]
    assert found("paid 4557 0288 1234 5677 today") == []  # no check digit, no payment word
    assert found("Amex 3782 822463 10005") == ["3782 822463 10005"]
    assert found("通过6228 4801 2345 6789 012转账") == ["6228 4801 2345 6789 012"]
    assert found("IBAN GB86 LOYD 3096 1723 4567 89.") == ["GB86 LOYD 3096 1723 4567 89"]
    assert found("IBAN GB87 LOYD 3096 1723 4567 89.") == []  # the check digits do not hold
    assert found("charge ch_3PqL82AbCd91Ef44 ok") == ["ch_3PqL82AbCd91Ef44"]


def test_clinical_numbers_are_no_payment_numbers() -> None:
    from medenclave_deid.core.text.payment_numbers import find_payment_numbers

    for text in (
        "WBC 7.2 8.1 9.4 10.2 over four days",
        "Counts 1200 3400 5600 7800 per field",
        "BP 120 80 HR 72 RR 16 T 36.8",
        "Dated 2024-06-11 at 08:30",
        "Call 415 555 0123",
        "Lot X7H21-0923 exp 2026-01",
        "glucose_level 5.8",
        "电话 138 1234 5678",
        "snake_case_word here",
        "ICD-10 E11.9, CPT 99213 71046",
    ):
        assert find_payment_numbers(text) == [], text


def test_id_label_is_no_idaho(en_notes) -> None:
    en_notes.check(
        "Payment ID: 88120ABCD\nVisit ID 55120933",
        kept=["Payment ID", "Visit ID"],
        gone=["88120ABCD", "55120933"],
    )
    en_notes.check("She moved here from Boise ID last year.", gone=["Boise"])


def test_billing_words_are_no_names(zh_notes) -> None:
    zh_notes.check("金额380元，余额不足。\n全额退费，商户单号另附。", kept=["金额", "余额", "全额", "商户"])
