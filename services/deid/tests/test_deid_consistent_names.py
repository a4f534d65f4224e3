"""One pseudonym per person in a note: a surname or given name said alone, or inverted
(``SWIFT, LARK``), takes the corresponding part of the full name's surrogate (English and Chinese);
sign-off attestation words (``Electronically Verified``) are no names; Chinese words that border
a name (长孙今日, 通知向主任, 在即墨区打工) are read as words.

Every line of the ``*_cases.txt`` files read here was invented for this test from general
knowledge of clinical notes (none comes from an evaluation set). ``«value»`` marks an identifier,
``‹value›`` a term that must stay. The consistency tests assert only that parts agree, never
which surrogate a name gets.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_testing.marked_notes import read_cases

SECRET = b"c" * 32
_HERE = Path(__file__).parent
_EN = read_cases(_HERE / "english_consistent_names_cases.txt") + read_cases(
    _HERE / "english_attestation_words_cases.txt"
)
_ZH = read_cases(_HERE / "chinese_consistent_names_cases.txt") + read_cases(
    _HERE / "chinese_word_bounds_cases.txt"
)


@pytest.mark.parametrize("line", _EN, ids=[f"en{i:03d}" for i in range(len(_EN))])
def test_english_cases(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.mark.parametrize("line", _ZH, ids=[f"zh{i:03d}" for i in range(len(_ZH))])
def test_chinese_cases(zh_notes, line: str) -> None:
    zh_notes.marked(line)


def test_a_surname_alone_takes_the_full_names_surname(en_notes) -> None:
    out = en_notes.text(
        "Patient: Lark Swift, 54 years old.\nSwift is under my care. Mr. Swift reports pain.\n"
        "SWIFT, LARK seen today. Lark says she sleeps better."
    )
    m = re.fullmatch(
        r"Patient: (\w+) (\w+), 54 years old\.\n(\w+) is under my care\. Mr\. (\w+) reports pain\.\n"
        r"(\w+), (\w+) seen today\. (\w+) says she sleeps better\.",
        out,
    )
    assert m, out
    given, surname = m.group(1), m.group(2)
    assert "Swift" not in out and "Lark" not in out.replace("Larchmont", "")
    assert m.group(3) == m.group(4) == m.group(5) == surname, out
    assert m.group(6) == m.group(7) == given, out


def test_a_word_of_two_full_names_stays_a_surname(en_notes) -> None:
    out = en_notes.text("Patient: Robin Lee.\nDaughter: Lee Hartigan.\nLee is under my care.")
    m = re.fullmatch(r"Patient: (\w+) (\w+)\.\nDaughter: (\w+) (\w+)\.\n(\w+) is under my care\.", out)
    assert m, out
    assert m.group(5) == m.group(2), out  # ambiguous between a given name and a surname: a surname


def test_chinese_parts_take_the_full_names_parts(zh_notes) -> None:
    out = zh_notes.text("患者王丽华，女，45岁。王女士今日复诊，丽华自述头痛好转。老王说。")
    m = re.fullmatch(r"患者(\w)(\w\w)，女，45岁。(\w)\w*今日复诊，(\w\w)自述头痛好转。老(\w)说。", out)
    assert m, out
    assert m.group(1) == m.group(3) == m.group(5), out
    assert m.group(2) == m.group(4), out
    assert not set("王丽华") & set(m.group(1) + m.group(2)), out


def test_same_note_same_key_same_pseudonyms() -> None:
    note = "Patient: Lark Swift.\nSwift is under my care.\n患者王丽华。王女士复诊。"
    first = make_note_deidentifier(SECRET).deidentify(note, lang="en").text
    again = make_note_deidentifier(SECRET).deidentify(note, lang="en").text
    assert first == again


def test_attestation_words_only_after_a_sign_off() -> None:
    from medenclave_deid.adapters.outbound.text_vocabulary import load_text_vocabulary
    from medenclave_deid.core.text.english_attestation_words import attestation_word

    vocab = load_text_vocabulary()

    def at(text: str, word: str) -> bool:
        i = text.index(word)
        return attestation_word(text, i, i + len(word), vocab)

    assert at("Signed: Electronically Verified", "Verified")
    assert at("Signed: Digitally Approved", "Digitally")
    assert at("Report status: Finalized", "Finalized")
    assert not at("Signed: Electronically Reed", "Reed")  # a surname
    assert not at("Seen with Mrs. Verified", "Verified")  # no sign-off
