"""People in the messages of a chat or huddle thread, typed in lower case.

A thread's line opens with a time stamp and its speaker (``[06:33] kit: ...``); the speaker
itself is :mod:`~medenclave_deid.core.text.english_shorthand`'s business. Inside the message,
two slots name people whatever their case or their likeness to a word:

* **a patient list's slot**: the word after a place in the department and a dash, before a
  comma (``hall 3 - ortega, M1234567, CHF``, ``rm 12 - finch, sepsis``). Before an identifier
  (a number of five digits or more) a known name is the patient's whatever word it also is (a
  Winter, a Price), and so is a rare word, short of clinical, heading and function words;
  before a plain comma only a rare word or a known name that is no everyday word is;
* **a message's subject**: the word after ``fyi`` or ``re`` opening the message (``fyi ortega
  k 3.1``, ``re: ortega - labs``), when it is a known name and no everyday word;
* **a mention**: ``@kit``, ``@winter``: any word but a group's (``@all``, ``@charge``) or a
  clinical or heading word.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_name_forms import listed_word
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_chat_people"]

#: a thread's line: its time stamp in brackets, the speaker and a colon, then the message
_LINE = re.compile(
    r"(?m)^[ \t]*\[\d{1,2}:?\d{2}(?::\d{2})?(?:[ \t]*(?i:am|pm))?\][ \t]*"
    r"[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*)?[ \t]*:[ \t]*(?P<body>[^\n]*)"
)
_LOWER = r"[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?"
#: a place of the department with its number, a dash, a lower-case name, then a comma and
#: maybe an identifier
_SLOT = re.compile(
    r"(?i:\b(?:hall(?:way)?|bed|rm|room|bay|pod|stretcher|chair|cubicle|cube|trauma|resus|"
    r"triage|obs|fast[ -]?track)[ \t]*#?\d{1,3}[A-Za-z]?)[ \t]*[-–—:][ \t]*"
    rf"(?P<v>{_LOWER}(?:[ \t]+{_LOWER})?)[ \t]*,"
    r"(?P<id>[ \t]*[A-Za-z]{0,3}\d[\d-]{3,}\d(?![\w-]))?"
)
#: the word after "fyi", "re" or "@" opening a message
_OPENING = re.compile(
    rf"(?i:fyi|re)\b[ \t]*:?[ \t]*(?P<v>{_LOWER})(?![\w@.])(?:[ \t]+(?P<n>[A-Za-z0-9][\w.%/-]*))?"
)
#: what a message says of a patient right after the name: a lab or a vital sign's shorthand
_RESULT_WORDS = frozenset("k na mg inr hgb hb wbc plt trop troponin lactate bp hr spo2 sat sats temp".split())
_MENTION = re.compile(rf"(?:^|(?<=[ \t(]))@(?P<v>{_LOWER})(?![\w@.])")

#: whom a mention addresses that is no one person
_GROUPS = frozenset(
    """
all here channel everyone everybody team teams group charge oncall on-call attending attendings
residents nurses nursing pharmacy rt lab admin admins unit floor staff docs hospitalist
hospitalists intensivist ed icu triage desk bedflow flow house sup supervisor
""".split()
)


def _word(vocab: TextVocabulary, word: str, *, eponyms: bool = True) -> bool:
    """A heading, function, service or clinical word (or an eponym): nobody's name."""
    key = word.lower()
    return (
        len(key) < 3
        or listed_word(key)
        or key in NEVER
        or key in SERVICE_WORDS
        or key in vocab.clinical
        or key in vocab.drugs
        or (eponyms and key in vocab.eponyms)
        or is_clinical_word(key)
    )


def _clear_name(vocab: TextVocabulary, word: str, *, rare: bool) -> bool:
    """A known name and no everyday word, or (``rare``) any word English rarely uses."""
    key = word.lower()
    if _word(vocab, key):
        return False
    if vocab.is_name(key) and not vocab.is_common(key, threshold=4.0):
        return True
    return rare and not vocab.is_common(key)


def _subject(vocab: TextVocabulary, word: str, after: str | None) -> bool:
    """The word after "fyi" or "re" is a patient's name: a known name and no everyday word, or
    any known name, or an eponym, before a result: a number, a lab's or a vital sign's shorthand,
    a drug or an electrolyte (``fyi rose k 3.1``, ``re leopold potassium``)."""
    key = word.lower()
    result = after is not None and (
        after[0].isdigit()
        or after.lower() in _RESULT_WORDS
        or (after.lower() in vocab.drugs and not vocab.is_common(after.lower(), threshold=4.0))
    )
    if result:  # an eponym too is a name here ("re leopold potassium")
        return vocab.is_name(key) and not _word(vocab, key, eponyms=False)
    return _clear_name(vocab, key, rare=False)


def find_chat_people(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The people in the slots of the module docstring.

    Args:
        text: an English note.
        vocab: what is known about words.
    """
    out: list[PhiSpan] = []
    for line in _LINE.finditer(text):
        body, at = line.group("body"), line.start("body")
        for m in _SLOT.finditer(body):
            words = m.group("v").split()
            if m.group("id"):  # a name, or no everyday word ("pending", "stable")
                ok = all(not _word(vocab, w) and (vocab.is_name(w) or not vocab.is_common(w)) for w in words)
            else:
                ok = all(_clear_name(vocab, w, rare=True) for w in words)
            if ok:
                out.append(PhiSpan(at + m.start("v"), at + m.end("v"), "name"))
        opening = _OPENING.match(body)
        if opening and _subject(vocab, opening.group("v"), opening.group("n")):
            out.append(PhiSpan(at + opening.start("v"), at + opening.end("v"), "name"))
        for m in _MENTION.finditer(body):
            if m.group("v") not in _GROUPS and not _word(vocab, m.group("v")):
                out.append(PhiSpan(at + m.start("v"), at + m.end("v"), "name"))
    return out
