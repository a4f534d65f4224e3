"""Callers in transcribed voicemail and phone messages (self-introductions, names said twice or
spelled out, lower case, fillers), people in letters and certifications (jury excusal, parking
placard, diver, lactation, return-to-learn, hospice, drug recall), ages over 89 said aloud, and
Latin-script names in Chinese notes, rosters and registers (``core/text/english_spoken_names.py``,
``english_ages.py``, ``chinese_fields.py``, ``delimited_columns.py``).

Every line of ``english_spoken_letters_cases.txt`` and ``chinese_foreign_names_cases.txt`` was
written for this test from general knowledge of such documents (none comes from an evaluation
set); ``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text.english_ages import find_ages
from medenclave_testing.marked_notes import marked_cases

SECRET = b"s" * 32
_HERE = Path(__file__).parent


@marked_cases(_HERE / "english_spoken_letters_cases.txt", "en", digits=2)
def test_spoken_and_letter_names_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@marked_cases(_HERE / "chinese_foreign_names_cases.txt", "zh", digits=2)
def test_foreign_names_in_chinese_notes_go(zh_notes, line: str) -> None:
    zh_notes.marked(line)


@pytest.mark.parametrize(
    "text",
    [
        "she's 92% on room air",
        "he's 95 kg today",
        "Patient Temp is 98.6",
        "pt sat is 92 on 2L",
        "she's ninety percent sure",
        "Pt Weight is 92 lbs",
    ],
)
def test_measures_after_a_person_are_no_age(text: str) -> None:
    assert find_ages(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("患者 Kowalczyk Anna（波兰籍）来诊", "（波兰籍）"),
        ("患者王某（蒙古族）来诊", "（蒙古族）"),
        ("外宾Lee Min（韩国）复诊", "（韩国）"),
        ("Holter的结果正常", "Holter"),
        ("Crohn病的家族史", "Crohn"),
        ("项目,结果,单位\n血红蛋白,120,g/L\n尿酸,410,μmol/L", "g/L"),
    ],
)
def test_nationality_and_clinical_words_stay_in_chinese(text: str, kept: str) -> None:
    out = make_note_deidentifier(SECRET).deidentify(text, lang="zh").text
    assert kept in out, out


@pytest.mark.parametrize(
    "text",
    [
        "this is about the ‹MRI› order",
        "it's going better, will call back",
        "calling about the refill, thanks",
        "hi this is the pharmacy calling about the recall",
    ],
)
def test_speech_without_names_stays(text: str) -> None:
    out = make_note_deidentifier(SECRET).deidentify(text.replace("‹", "").replace("›", ""),
                                                    lang="en").text
    assert out == text.replace("‹", "").replace("›", ""), out
