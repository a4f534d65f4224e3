"""Descriptions kept without the note engine (:mod:`medenclave_deid.core.plain_descriptions`).

The shortcut must change nothing: every description it accepts is one the note engine keeps as
it is, and none that names a value of the record, in any form, is accepted.
"""

from __future__ import annotations

import random

import pytest

from medenclave_deid.adapters.outbound.text_vocabulary import LEXICONS, make_note_deidentifier
from medenclave_deid.core.plain_descriptions import IMAGING_WORDS, is_plain_description
from medenclave_deid.core.text import PatientDemographics
from medenclave_deid.core.text.lexicon import EN_CITIES, EN_FIRST_NAMES, EN_LAST_NAMES, EPONYMS
from medenclave_deid.core.text_descriptors import TextDescriptorCleaner

_PATIENT = PatientDemographics(names=("Doe^Jane",), identifiers=("P00001",))


@pytest.fixture(scope="module")
def engine():
    return make_note_deidentifier(b"k" * 32)


def _kept(engine, text: str) -> bool:
    return engine.deidentify(text, date_offset_days=-10, demographics=_PATIENT).text == text


def test_the_vocabulary_holds_no_listed_name_or_place():
    listed = {w.lower() for w in EN_FIRST_NAMES | EN_LAST_NAMES | EPONYMS | EN_CITIES}
    for name in ("first_names.txt", "last_names.txt", "places.txt"):
        listed |= {w.lower() for w in (LEXICONS / name).read_text(encoding="utf-8").split("\n")}
    assert not IMAGING_WORDS & listed


def test_the_engine_keeps_every_word_alone(engine):
    changed = [form for word in sorted(IMAGING_WORDS)
               for form in (word, word.upper(), word.capitalize())
               if not _kept(engine, form)]
    assert not changed


def test_the_engine_keeps_every_accepted_description_of_a_sample(engine):
    rng, words = random.Random(11), sorted(IMAGING_WORDS)
    styles = (str, str.lower, str.upper, str.capitalize, str.title)
    accepted, changed = 0, []
    for _ in range(1500):
        parts = rng.sample(words, rng.randint(1, 5))
        if rng.random() < 0.4:
            parts.insert(rng.randint(0, len(parts)),
                         rng.choice(["1mm", "2.5mm", "5 mm", "0.625MM", "3 MM"]))
        text = rng.choice(styles)(rng.choice([" ", "/", " - ", "_", "+", " ("]).join(parts))
        if is_plain_description(text, ()):
            accepted += 1
            if not _kept(engine, text):
                changed.append(text)
    assert accepted > 500 and not changed


@pytest.mark.parametrize("text", ["CT chest", "Axial 1mm", "CT CHEST WO CONTRAST",
                                  "Abdomen/Pelvis 2.5 MM", "T2 FLAIR axial"])
def test_scanner_descriptions_are_plain(text):
    assert is_plain_description(text, {"DOE", "JANE", "P00001"})


@pytest.mark.parametrize("text", [
    "", "5", "Chest 5", "1mm chest", "Chest 5 MM bone CT",  # numbers that could be anything
    "Knee, PA", "Head: CT", "CT chest.", "Chest 2.5Mm",  # punctuation and forms left to rules
    "CT chest Smith", "Dr chest", "Mr chest", "Study 2.5mm", "CT 胸部", "Ct chést",
])
def test_anything_else_is_left_to_the_engine(text):
    assert not is_plain_description(text, ())


@pytest.mark.parametrize(("text", "deny"), [
    ("CT Head", {"HEAD"}), ("CT head", {"Héad"}), ("Axial 1mm", {"1"}),
    ("Chest bone", {"STBO"}),  # across words and case, as the note leak check reads values
])
def test_a_description_naming_a_value_of_the_record_is_left_to_the_engine(text, deny):
    assert is_plain_description(text, ())
    assert not is_plain_description(text, deny)


def test_the_descriptor_cleaner_loads_the_engine_only_when_a_value_needs_it(engine):
    made = []

    def notes():
        made.append(1)
        return engine

    cleaner = TextDescriptorCleaner(notes)
    for text in ("CT chest", "Axial 1mm", "CT CHEST WO CONTRAST"):
        assert cleaner.clean(text=text, deny=frozenset({"DOE", "JANE"})) == text
    assert not made
    assert cleaner.clean(text="CT head", deny=frozenset({"HEAD"})) != "CT head"
    assert made == [1]
    assert "Jane" not in cleaner.clean(text="Chest for Jane Doe", deny=frozenset({"JANE", "DOE"}))
