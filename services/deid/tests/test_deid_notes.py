"""Clinical notes, English and Chinese: detection per category on the seeded synthetic corpora,
surrogates, date shifts, the deny-list, clinical terms left intact, and the CLI."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from medenclave_cli.main import main as cli_main
from medenclave_deid.adapters.inbound.notes_api import PseudonymNoteFacts
from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.pseudonyms import PatientPseudonyms
from medenclave_deid.core.text import (
    CATEGORIES,
    NoteError,
    PatientDemographics,
    detect_language,
)
from medenclave_deid.core.text.chinese import valid_resident_id
from medenclave_deid.core.text.corpus import chinese_corpus, english_corpus
from medenclave_deid.core.text.evaluation import evaluate
from medenclave_deid.core.text.lexicon import CLINICAL_TERMS_EN, CLINICAL_TERMS_ZH

SECRET = b"n" * 32


@pytest.mark.parametrize("make_corpus, lang", [(english_corpus, "en"), (chinese_corpus, "zh")])
def test_recall_per_category_on_seeded_corpus(notes, make_corpus, lang):
    corpus = make_corpus(300)
    found = [notes.find(n.text, lang="auto") for n in corpus]
    assert {f[0] for f in found} == {lang}
    ev = evaluate(corpus, [spans for _, spans in found])
    assert set(ev.gold) <= set(CATEGORIES)
    assert len(ev.gold) >= 14                      # the corpus exercises most categories
    for category, recall in ev.recall().items():
        assert recall >= 0.99, (category, recall)
    for category, precision in ev.precision().items():
        assert precision >= 0.9, (category, precision)
    assert ev.clinical_survival() == 1.0
    for note, (_, spans) in zip(corpus[:50], found[:50]):
        out = notes.deidentify(note.text, lang=lang).text
        for g in note.phi:
            value = note.text[g.start:g.end]
            if g.category not in ("age",) and len(value) >= 4:
                assert value not in out, g.category
        for c in note.clinical:
            assert note.text[c.start:c.end] in out


def test_corpora_are_seeded():
    assert english_corpus(5, seed=1) == english_corpus(5, seed=1)
    assert english_corpus(5, seed=1) != english_corpus(5, seed=2)
    assert chinese_corpus(5) == chinese_corpus(5)


def test_english_note(notes):
    text = ("Patient: John Smith, 93-year-old male, MRN: A1234567, seen by Dr. Claire Moreau on "
            "03/05/2024. Lives at 42 Sycamore Lane, Springfield, IL 62704. Phone (217) 555-0134, "
            "fax 217-555-0199. Email jsmith@mail.example.com, https://portal.example.com/p/123 "
            "from 10.0.0.12. SSN 123-45-6789. Member ID: HP99887766. VIN 1HGCM82633A004352. "
            "Dx pneumonia, on metformin 500 mg, Parkinson disease. Follow up March 20, 2024.")
    note = notes.deidentify(text, date_offset_days=-10)
    for value in ("John", "Smith", "A1234567", "Claire", "Moreau", "03/05/2024", "Sycamore",
                  "Springfield", "62704", "555-0134", "555-0199", "jsmith", "portal.example.com",
                  "10.0.0.12", "123-45-6789", "HP99887766", "1HGCM82633A004352", "93-year",
                  "March 20"):
        assert value not in note.text, value
    assert "Dr. " in note.text                      # the title stays, with a surrogate name
    assert "02/24/2024" in note.text and "March 10, 2024" in note.text
    assert "over 89-year-old" in note.text  # the aggregate, without the age
    for term in ("pneumonia", "metformin 500 mg", "Parkinson disease"):
        assert term in note.text
    assert note.lang == "en"
    assert note.counts["name"] >= 2 and note.counts["fax"] == 1 and note.counts["phone"] == 1


def test_chinese_note(notes):
    text = ("患者王小东，男，93岁，身份证号11010519491231002X，住院号ZY2024001234，联系电话13812345678，"
            "家住浙江省杭州市西湖区文三路100号3栋201室。2024年3月5日于北京协和医院呼吸内科就诊，"
            "胸部CT示右肺上叶肺结节，既往高血压、王氏综合征。主治医师：李建国。医保卡号1234567890。"
            "固话010-87654321。")
    note = notes.deidentify(text, date_offset_days=-4)
    for value in ("王小东", "11010519491231002X", "ZY2024001234", "13812345678", "浙江省", "文三路",
                  "2024年3月5日", "北京协和医院", "李建国", "1234567890", "87654321"):
        assert value not in note.text, value
    assert "2024年3月1日" in note.text
    # a department names no one: every hospital has one
    for term in ("胸部CT", "右肺上叶肺结节", "高血压", "王氏综合征", "呼吸内科"):
        assert term in note.text
    assert note.lang == "zh"
    assert note.counts["id_card"] == 1 and note.counts["hospital"] == 1


def test_resident_id_check_digit():
    assert valid_resident_id("11010519491231002X")
    assert not valid_resident_id("110105194912310021")
    assert not valid_resident_id("1101051949123100")


def test_shipped_word_frequencies_load_without_wordfreq():
    """The English Zipf table ships in the package (wordfreq is a maintainer's tool only): the
    commonest words score high, rare ones low or absent, and the note engine loads without
    importing wordfreq or the Chinese rules for an English text."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from medenclave_deid.adapters.outbound.text_vocabulary import (load_text_vocabulary,\n"
        "    make_note_deidentifier)\n"
        "v = load_text_vocabulary()\n"
        "assert v.zipf('the') > 7 and v.zipf('patient') > 4 and v.zipf('xqzvw') == 0.0\n"
        "make_note_deidentifier(b'k' * 32).deidentify('CT CHEST W/O CONTRAST', lang='en')\n"
        "assert 'wordfreq' not in sys.modules and 'jieba' not in sys.modules\n"
        "assert 'medenclave_deid.core.text.chinese' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", probe], check=True, timeout=120)


def test_surrogates_are_consistent_and_keyed():
    a, b = make_note_deidentifier(SECRET), make_note_deidentifier(b"m" * 32)
    text = "Seen by Dr. Claire Moreau. Dr. Claire Moreau agrees."
    out = a.deidentify(text).text
    first, second = out.split(". Dr. ")[0], out.split(". Dr. ")[1]
    assert first.removeprefix("Seen by Dr. ") == second.removesuffix(" agrees.")
    assert out == a.deidentify(text).text != b.deidentify(text).text


def test_deny_list_catches_what_rules_miss(notes):
    text = "the zork family visited. Contact via ward list 77-QX."
    plain = notes.deidentify(text).text
    assert "zork" in plain  # a lower-case word nobody knows is kept by the rules
    demo = PatientDemographics(names=("Zork^Ilse",), identifiers=("77-QX",))
    out = notes.deidentify(text, demographics=demo)
    assert "zork" not in out.text.lower() and "77-QX" not in out.text
    zh = notes.deidentify("家属小东陪同。",
                          demographics=PatientDemographics(names=("Wang^XiaoDong=王^小东=",)))
    assert "小东" not in zh.text


def test_language_detection_and_errors(notes):
    assert detect_language("患者男，65岁，CT示肺结节。") == "zh"
    assert detect_language("CT chest: pulmonary nodule 6 mm.") == "en"
    assert detect_language("Impression: 肺结节 in RUL, follow-up CT in 12 months.") == "en"
    with pytest.raises(NoteError, match="unknown_language"):
        notes.deidentify("x", lang="fr")


def test_default_offset_without_patient_offset(notes):
    out = notes.deidentify("Admitted 2024-03-05.").text
    assert "2024-03-05" not in out
    assert -365 <= notes.default_offset_days <= -1


def test_clinical_vocabulary_alone_is_untouched(notes):
    for term in CLINICAL_TERMS_EN:
        assert notes.deidentify(f"Impression: {term}.", lang="en").text == f"Impression: {term}."
    for term in CLINICAL_TERMS_ZH:
        assert notes.deidentify(f"诊断：{term}。", lang="zh").text == f"诊断：{term}。"


def test_cli_text_folder(tmp_path, capsys):
    src, dst, state = tmp_path / "src", tmp_path / "dst", tmp_path / "state"
    (src / "ward").mkdir(parents=True)
    (src / "a.txt").write_text("Patient: John Smith, seen 03/05/2024. Phone 217-555-0134.\n")
    (src / "ward" / "b.txt").write_text("患者王小东，男，93岁，电话13812345678。\n", encoding="utf-8")
    (src / "bad.txt").write_bytes("患者王小东".encode("gb18030"))
    (src / "skip.csv").write_text("not a note")
    assert cli_main(["deid", "text", str(src), str(dst), "--state-dir", str(state), "--json"]) == 0
    captured = capsys.readouterr()
    summary, err = json.loads(captured.out), captured.err
    assert (summary["processed"], summary["failed"]) == (2, 1)
    assert "refused " in err
    report = json.loads((dst / "deid-text-report.json").read_text())
    assert report["failed"][0]["reason"] == "not_utf8"
    sources = json.loads((state / "last-text-sources.json").read_text())
    assert {sources[p["source_id"]]: p["lang"] for p in report["processed"]} == \
        {"a.txt": "en", "ward/b.txt": "zh"}
    assert sources[report["failed"][0]["source_id"]] == "bad.txt"
    for name in ("a.txt", "b.txt", "bad.txt", "ward"):  # no source names in the report or stderr
        assert name not in json.dumps(report) and name not in err
    assert not (dst / "bad.txt").exists() and not (dst / "skip.csv").exists()
    a = (dst / "a.txt").read_text()
    assert "Smith" not in a and "03/05/2024" not in a and "555-0134" not in a
    assert "王小东" not in (dst / "ward" / "b.txt").read_text(encoding="utf-8")
    # same state dir, same surrogates
    dst2 = tmp_path / "dst2"
    assert cli_main(["deid", "text", str(src), str(dst2), "--state-dir", str(state)]) == 0
    assert (dst2 / "a.txt").read_text() == a


def test_mixed_language_notes(notes):
    zh = notes.deidentify("患者由Dr. John Smith会诊，2024年3月5日复查胸部CT，服用Metformin 500 mg。")
    assert zh.lang == "zh"
    assert "John" not in zh.text and "Smith" not in zh.text and "Dr. " in zh.text
    assert zh.text.split("Dr. ")[1][:1].isascii()          # an English surrogate for an English name
    assert "胸部CT" in zh.text and "Metformin 500 mg" in zh.text
    en = notes.deidentify("Patient 王小东 was seen on 2024-03-05 at 北京协和医院 for community-acquired "
                          "pneumonia; chest radiograph shows right lower lobe consolidation.")
    assert en.lang == "en"
    assert "王小东" not in en.text and "北京协和医院" not in en.text and "pneumonia" in en.text


def test_clinical_words_after_patient_cue_are_not_names(notes):
    for phrase in ("患者高血压病史10年", "患者明显消瘦", "患者白细胞升高", "患者常规复查"):
        assert notes.deidentify(phrase + "。").text == phrase + "。"
    out = notes.deidentify("Bell palsy resolved; Wood lamp examination negative; seen by Dr. Bell.").text
    assert out.startswith("Bell palsy resolved; Wood lamp examination negative") and "Dr. Bell" not in out


def test_a_heading_that_ends_in_a_label_word_is_not_a_name_cue(notes):
    # "PROCEDURE:" ends in "re:", "INDICATIONS FOR THE PROCEDURE:" in "re:" too; only whole
    # label words ("Re:", "Surgeon:") cue a name on the next line
    text = "DESCRIPTION OF PROCEDURE:\nThe patient was identified in the preoperative area."
    assert notes.deidentify(text).text == text
    assert "Hanson" not in notes.deidentify("Surgeon:\nHanson, Kelly").text


def test_lower_case_do_is_a_verb_not_a_credential(notes):
    text = "Call with questions. Please do not hesitate to contact the clinic."
    assert notes.deidentify(text).text == text
    assert "Okafor" not in notes.deidentify("Seen by Chidi Okafor, DO, today.").text


REPORT_EN = """CT CHEST WITH CONTRAST
Clinical history: 64-year-old male smoker with cough. Comparison: prior study 6 months ago.
Findings: There is a 7 mm solid pulmonary nodule in the right upper lobe (series 3, image 45). No
pleural effusion. Mild emphysema.
Impression: 1. Right upper lobe nodule, Lung-RADS 3; follow-up low-dose CT in 6 months per
Fleischner Society guidelines. 2. Mild centrilobular emphysema.
Medications: Metformin 500 mg BID, Lisinopril 10 mg daily, Aspirin 81 mg. Labs: Na 139, K 4.2,
Cr 1.1, WBC 11.2, Hb 13.5 g/dL, PSA 4.5 ng/mL. Gleason 3+4=7. BP 132/84, HR 78, SpO2 96%.
Plan: Jackson-Pratt drain removed; Whipple procedure discussed; Glasgow Coma Scale 15; Hodgkin
lymphoma excluded; Graves disease stable. Follow up in Oncology clinic. May consider PET-CT."""
REPORT_ZH = """胸部CT平扫+增强：双肺纹理增粗，右肺上叶尖段见一实性结节，大小约7mm×6mm，可见毛刺征。
诊断意见：1.右肺上叶结节，建议3个月后复查；2.慢性支气管炎、肺气肿。
既往史：高血压病史10年，口服硝苯地平控释片30mg qd；2型糖尿病5年，二甲双胍0.5g tid。
查体：T 36.8℃，P 78次/分，BP 132/84mmHg。双肺呼吸音粗，未闻及干湿性啰音。
实验室检查：白细胞11.2×10^9/L，血红蛋白135g/L，肌酐85μmol/L，CRP 12mg/L。
治疗：予头孢曲松2g静滴qd抗感染，患者症状明显好转。建议门诊随访，戒烟。王氏综合征待排。"""


@pytest.mark.parametrize("report", [REPORT_EN, REPORT_ZH])
def test_report_without_phi_is_unchanged(notes, report):
    out = notes.deidentify(report)
    assert out.text == report and out.counts == {}


def test_pseudonym_facts_give_the_images_offset(pseudonym_index, notes):
    pseudonyms = PatientPseudonyms(secret=b"p" * 32, index=pseudonym_index)
    demographics, offset = PseudonymNoteFacts(pseudonyms).note_facts(patient_id="MRN55501234",
                                                                     issuer="SEMH")
    assert offset == pseudonyms.offset_for(issuer="SEMH", patient_id="MRN55501234")
    out = notes.deidentify("Ref MRN55501234, seen 2024-03-05.", date_offset_days=offset,
                           demographics=demographics).text
    assert "MRN55501234" not in out
    assert (date(2024, 3, 5) + timedelta(days=offset)).isoformat() in out
