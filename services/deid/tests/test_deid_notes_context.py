"""Names found by their place in the note, not by a list: a person field's value, and every
other occurrence of a word once it has been part of a name."""

from __future__ import annotations

from dataclasses import replace

import pytest

from medenclave_deid.adapters.outbound.jieba_tagger import JiebaTagger
from medenclave_deid.adapters.outbound.text_vocabulary import load_text_vocabulary
from medenclave_deid.core.text import NoteDeidentifier


@pytest.fixture(scope="module")
def listless() -> NoteDeidentifier:
    """The engine without its given-name and surname lists: what it finds, it finds by context."""
    vocab = replace(load_text_vocabulary(), first_names=frozenset(), last_names=frozenset())
    return NoteDeidentifier(secret=b"c" * 32, vocabulary=vocab, tagger=JiebaTagger())


def _found(notes: NoteDeidentifier, text: str) -> list[str]:
    return [text[s.start:s.end] for s in notes.find(text, lang="en")[1] if s.category == "name"]


@pytest.mark.parametrize("text, name", [
    ("Patient: Theresa Strickland   DOB: 11/13/1969", "Theresa Strickland"),
    ("PATIENT: WHITE, JAMES   MRN: 21128767", "WHITE, JAMES"),
    ("RE: Jeremy Stewart   DOB: 7/28/64", "Jeremy Stewart"),
    ("Pt: Nicholas Glover (73 y/o M)  MRN 64264698", "Nicholas Glover"),
    ("Participant: Quillon Brevard\nMRN: 7", "Quillon Brevard"),
])
def test_a_person_field_holds_a_name_whatever_its_words(listless, text, name):
    assert name in _found(listless, text)


@pytest.mark.parametrize("text", [
    "Patient: Alert and oriented, no distress.",   # the field goes on as a sentence
    "Contact: Mother",                             # a role, not a name
    "Patient: CT chest without contrast",
    "Patient: NT-proBNP elevated",
])
def test_a_person_field_that_reads_as_text_is_left(listless, text):
    assert _found(listless, text) == []


def test_a_name_found_once_is_removed_everywhere(listless):
    note = ("Name: GOODNIGHT, SUSAN   Age: 21\n\n"
            "HPI: Susan Goodnight was brought in by family. She ate something sweet.\n"
            "Follow-up: Dr. Patience Sweet. Appointment with Dr. Sweet on Monday.\n")
    out = listless.deidentify(note, lang="en").text
    assert "Goodnight" not in out and "GOODNIGHT" not in out and "Susan" not in out
    assert "Dr. Sweet" not in out
    assert "something sweet" in out   # the everyday word in lower case stays


def test_a_chinese_given_name_alone_follows_the_full_name(listless):
    note = "患者姓名：王小凯  性别：男\n现病史：小凯2天前受凉后出现发热。"
    out = listless.deidentify(note, lang="zh").text
    assert "王小凯" not in out and "小凯" not in out
