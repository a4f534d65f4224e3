"""Diagnoses a note names after a label or at a line's start (``Dx: Alopecia areata``,
``Assessment: Psoriasis, Rosacea``) stay, while the names beside them still go: the vocabulary's
clinical words include the ICD-10-CM description words of ``lexicons/clinical_words.txt``
(``scripts/build_text_lexicons.py``; source and licence in ``reference_data/README.md``).

Every line of ``english_diagnoses_cases.txt`` was written for this test from general clinical
knowledge (none comes from an evaluation set); ``«value»`` marks an identifier, ``‹value›`` a
clinical term that must stay.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import (
    LEXICONS,
    load_text_vocabulary,
)
from medenclave_testing.marked_notes import marked_cases

SECRET = b"c" * 32
_BUILD = Path(__file__).resolve().parents[3] / "scripts" / "build_text_lexicons.py"


@marked_cases(Path(__file__).parent / "english_diagnoses_cases.txt", "case", digits=2)
def test_diagnoses_stay_and_names_beside_them_go(en_notes, line: str) -> None:
    en_notes.marked(line)


def test_the_icd_words_are_clinical_and_never_a_shipped_name_or_place() -> None:
    words = (LEXICONS / "clinical_words.txt").read_text(encoding="utf-8").splitlines()
    assert words == sorted(set(words)) and all(re.fullmatch(r"[a-z]{4,}", w) for w in words)
    vocab = load_text_vocabulary()
    assert {"alopecia", "rosacea", "chalazion", "oligohydramnios"} <= vocab.clinical
    towns = set(vocab.us_cities)
    assert not [w for w in words if vocab.is_name(w) or w in vocab.places or w in towns]


def test_the_icd_words_regenerate_from_the_pinned_source() -> None:
    pytest.importorskip("simple_icd_10_cm", reason="the lexicons extra rebuilds the list")
    spec = importlib.util.spec_from_file_location("build_text_lexicons", _BUILD)
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    shipped = (LEXICONS / "clinical_words.txt").read_text(encoding="utf-8").split()
    assert sorted(build.clinical_words()) == shipped
