"""The eponyms of clinical English in their clinical frame and on a person
(:mod:`~medenclave_deid.core.text.english_scores`): a score's name before its value is the score
(``Naranjo 6``, ``Child-Pugh B``), the word completing an eponym is no name (``Barthel Index``),
and a given name before an eponym that names nothing takes it as its surname (``Dr. Anna
Romberg``). All text is invented for this test.
"""

from __future__ import annotations

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import make_note_deidentifier
from medenclave_deid.core.text.english_scores import drop_score_names, extend_eponym_surnames
from medenclave_deid.core.text.spans import PhiSpan


@pytest.fixture(scope="module")
def vocab():
    return make_note_deidentifier(b"e" * 32)._vocabulary


def _span(text: str, value: str, category: str = "name") -> PhiSpan:
    start = text.index(value)
    return PhiSpan(start, start + len(value), category)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ADR: Naranjo 6 (probable).", "Naranjo"),
        ("Cirrhosis Child-Pugh B, MELD 18.", "Child-Pugh"),
        ("Cirrhosis Child-Pugh B, MELD 18.", "MELD"),
        ("Appendicitis: Alvarado score of 7.", "Alvarado"),
        ("Barthel 60/100 on admission.", "Barthel"),
        ("Seen by Karen Barthel, RN; Barthel Index 85.", "Index"),
    ],
)
def test_a_score_in_its_frame_is_no_name(vocab, text: str, value: str) -> None:
    assert drop_score_names(text, [_span(text, value)], vocab) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Called Dr. Wells 4 times.", "Wells"),
        ("Alvarado 45 yo F with chest pain.", "Alvarado"),
        ("Spoke with Naranjo at 3 pm.", "Naranjo"),
        ("Alvarado, 7 Elm Court.", "Alvarado"),
        ("Seen by Karen Barthel, RN.", "Karen Barthel"),
        ("05:40 forrest: B - hx of CHF", "forrest"),
        ("Forrest: A - looks unwell", "Forrest"),
    ],
)
def test_a_person_with_a_score_name_stays_a_name(vocab, text: str, value: str) -> None:
    span = _span(text, value)
    assert drop_score_names(text, [span], vocab) == [span]


@pytest.mark.parametrize(
    ("text", "given", "whole"),
    [
        ("Seen by Dr. Anna Romberg on 02/11.", "Anna", "Anna Romberg"),
        ("Referred to Dr. Julia Crohn for review.", "Julia", "Julia Crohn"),
        ("Spoke with Maria Kernig today.", "Maria", "Maria Kernig"),
    ],
)
def test_a_given_name_takes_its_eponym_surname(vocab, text: str, given: str, whole: str) -> None:
    assert extend_eponym_surnames(text, [_span(text, given)], vocab) == [_span(text, whole)]


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("Pt Anna Foley catheter in place.", "Anna"),
        ("Mother Maria Apgar 8 at birth.", "Maria"),
        ("Seen by Anna, Romberg negative.", "Anna"),
        ("Spoke with Maria Kernig sign negative.", "Maria"),
    ],
)
def test_an_eponym_naming_its_thing_stays_clinical(vocab, text: str, given: str) -> None:
    span = _span(text, given)
    assert extend_eponym_surnames(text, [span], vocab) == [span]
