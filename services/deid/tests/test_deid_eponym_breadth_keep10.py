"""A broad sweep of eponymous clinical terms kept in English notes (eye, paediatric, dermatology,
orthopaedic operative, obstetric, anatomy, endocrine, infectious disease, aviation and immigration
medicals: ``Hohmann retractors``, ``Gerota fascia``, ``pouch of Douglas``, ``Argyll Robertson
pupil``), laboratory names with organisms and eponyms (``Candida albicans``, ``Widal``,
``Bence Jones protein``), and Chinese measurements next to identifiers (噪声 92 dB(A), IPAP 14
cmH2O, 视力 4.9/5.0); the people who share such names after a title still go.

Every line of the three case files was invented for this test (none comes from an evaluation
set). ``«value»`` marks an identifier, ``‹value›`` a term that must stay.
"""

from __future__ import annotations

from pathlib import Path

from medenclave_testing.marked_notes import marked_cases

SECRET = b"k" * 32
_HERE = Path(__file__).parent


@marked_cases(_HERE / "english_eponym_breadth_keep10_cases.txt", "ep")
def test_english_eponyms_stay_and_people_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "english_lab_names_keep10_cases.txt", "lab")
def test_english_lab_names_stay(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "chinese_measures_keep10_cases.txt", "zh")
def test_chinese_measurements_stay_beside_identifiers(zh_notes, line: str) -> None:
    zh_notes.marked(line)
