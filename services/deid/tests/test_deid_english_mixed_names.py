"""East and South-East Asian people in English notes (pinyin in both orders, characters, Cantonese,
Hokkien, Vietnamese, Korean and Japanese romanisations, two-letter surnames after titles),
clinicians' sign-offs and e-signatures, and staff log-in handles in audit lines go; pronouns and
clinical abbreviations that spell the same stay (``core/text/english_pinyin_names.py``,
``english_staff_handles.py``, ``english_person_lines.py``).

Every line of ``english_mixed_names_cases.txt`` was written for this test from general knowledge of
ENT, clinic, ED, pharmacy and social-work notes and of EHR audit stamps (none comes from an
evaluation set); ``«value»`` marks an identifier, ``‹value›`` a clinical term that must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text.english_person_lines import find_person_lines
from medenclave_deid.core.text.english_staff_handles import find_staff_handles
from medenclave_testing.marked_notes import marked_cases

SECRET = b"m" * 32


@marked_cases(Path(__file__).parent / "english_mixed_names_cases.txt", "case", digits=2)
def test_mixed_names_and_signoffs_go(en_notes, line: str) -> None:
    en_notes.marked(line)


@pytest.fixture(scope="module")
def vocab(notes):
    return notes._vocabulary


@pytest.mark.parametrize(
    "text",
    [
        "Entered by mistake on the wrong chart.",
        "Cosigned by attending.",
        "RN: pending",
        "Administered by mouth.",
        "user: admin",
        "Viewed by family today.",
        "Signed by patient and witness.",
        "user: epic1",
        "Performed by radiology.",
        "MD: see above",
        "RN: paged",
        "RN: nad",
        "user: resp2",
        "Reviewed by pharmacy; author: unknown",
    ],
)
def test_words_and_system_accounts_are_no_handles(vocab, text: str) -> None:
    assert find_staff_handles(text, vocab) == []


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("user id: mgarcia4 (read only)", "mgarcia4"),
        ("Last viewed by smithj at 10:02", "smithj"),
        ("Scribe: dnguyen", "dnguyen"),
        ("login: kpatel.", "kpatel"),
    ],
)
def test_handles_after_audit_labels(vocab, text: str, handle: str) -> None:
    assert [text[s.start : s.end] for s in find_staff_handles(text, vocab)] == [handle]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Na 138, K 4.1, Cl 101", "Na 138"),
        ("He Ran to the bathroom unaided.", "He Ran"),
        ("Wife Li, Na 140 this morning", "Na 140"),
        ("Lithium: serum Li 0.7 mmol/L, Na 139", "Li 0.7"),
    ],
)
def test_abbreviations_and_pronouns_next_to_surnames_stay(text: str, kept: str) -> None:
    out = make_note_deidentifier(SECRET).deidentify(text, lang="en").text
    assert kept in out, out


@pytest.mark.parametrize(
    "text",
    [
        "Labs reviewed by doctor on call.",
        "Signed by Dr. the attending.",
        "dictated by doctor period",
        "copy to doctor please",
    ],
)
def test_a_dictation_frame_needs_a_name_word(text: str) -> None:
    assert find_person_lines(text) == []
