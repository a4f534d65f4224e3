"""Urodynamics, uroflow and manometry reports: a parameter's label read as a name (``(Qmax)``,
``Pdet.Qmax``, ``达峰时间``), a value read as an identifier (``DL 5.5s``, ``MUCP109cmH2O``) stay;
the report's own identifiers (检查号, 住院号, 执业证书编号, dates, staff) still go.

Every line of ``function_test_values_zh_cases.txt`` was written for this test (none comes from an
evaluation set): ``«identifier»`` must go, ``‹clinical words›`` must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import case_suite

SECRET = b"u" * 32
test_zh_identifier_goes_and_clinical_words_stay, test_zh_cases_are_many_and_marked = case_suite(
    Path(__file__).parent / "function_test_values_zh_cases.txt", "zh", minimum=8
)


def test_names_and_identifiers_near_measurements_still_go():
    """Over-redaction guards the other way: a person's cue before a Latin name keeps it a name even
    where the same word labels a value, a patient's Han name before a volume stays a name, and a
    licence or record number with no unit after it stays found."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    engine = make_note_deidentifier(SECRET)
    zh = (
        "送检医生：Marsh\n患者冼秋生尿量 300ml，记录者：Marsh\n"
        "执业证号：110440000123987\n住院号：50913377\nDL# 44556677\n排尿量 260 ml"
    )
    out = engine.deidentify(zh, lang="zh").text
    for gone in ("Marsh", "冼秋生", "110440000123987", "50913377", "44556677"):
        assert gone not in out, (gone, out)
    assert "排尿量 260 ml" in out, out


def test_a_label_before_a_unit_in_an_english_note_stays():
    """The same shapes in an English note: ``(Qmax)`` and ``DL 5.5s`` are measurements."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    engine = make_note_deidentifier(SECRET)
    text = (
        "Uroflow: peak flow (Qmax) 12.3 ml/s, voided 280 ml.\nHRM: IRP 12 mmHg, DL 5.5s.\nSeen by Dr. Hawk."
    )
    out = engine.deidentify(text, lang="en").text
    assert "(Qmax) 12.3 ml/s" in out and "DL 5.5s" in out and "Hawk" not in out, out


def test_a_record_number_before_s_p_or_a_unit_like_word_is_still_a_record_number():
    """``s/p`` after a record number is "status post", no unit of seconds: the number goes."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    engine = make_note_deidentifier(SECRET)
    out = engine.deidentify("MRN 44120981 s/p appendectomy. Acct 99812345 ms pending.", lang="en").text
    assert "44120981" not in out and "99812345" not in out and "s/p appendectomy" in out, out


def test_a_chinese_record_number_stops_before_s_p():
    """住院号 12345678 s/p …: the number goes, "s/p" (status post) stays."""
    from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier

    out = make_note_deidentifier(SECRET).deidentify("住院号 12345678 s/p 手术后复查。", lang="zh").text
    assert "12345678" not in out and "s/p 手术后复查" in out, out
