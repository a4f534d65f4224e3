"""A nickname or short name that is the subject of reported speech, written nowhere else in full:

* **opening the quoted words**: ``Spouse Merry said "Bax has been driving since twenty."``,
  ``she says "Dodie won't sleep"`` — a capitalised word right after the opening quote, before
  what a person does (``has``, ``won't``, ``keeps``);
* **before the quoted words**: ``Aunt Rosa picks up the packs; Tad "won't take it from anyone
  else".`` — a capitalised word opening a clause, right before a quote that opens in lower case.

The word must be no everyday word of English (or be a known name) and name no kin, role, title,
clinical term or drug: ``"Mom has been ..."``, ``"Nobody has ..."``, ``"Tylenol helps"`` stay.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import NEVER, PERSON_CUES, PERSON_VERBS, TITLES
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_speech_subjects"]

_NAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_MORE_VERBS = frozenset(
    """
won't can't doesn't didn't isn't wasn't hasn't hadn't wouldn't couldn't shouldn't never always
still just keeps kept loves loved hates hated gets been refuses tries tried eats ate sleeps slept
wakes woke cries cried likes liked hides hid runs ran falls fell forgets forgot
""".split()
)
_OPENING = re.compile(rf"[\"“](?P<v>{_NAME})[ \t]+(?P<verb>[a-z]+(?:['’][a-z]+)?)\b")
_BEFORE_QUOTE = re.compile(
    rf"(?:^|[;:.!?][ \t]+|\b(?:and|but|while)[ \t]+)(?P<v>{_NAME})[ \t]+[\"“](?=[a-z])", re.M
)
_NOT_NAMES = frozenset(
    """
god mom mum dad nana papa granny gran grandma grandpa auntie sis bro doc baby buddy honey everyone
everybody nobody somebody someone anyone anybody nothing something everything patient family staff
mommy daddy mama sonny kiddo
""".split()
)


def _nameable(word: str, vocab: TextVocabulary) -> bool:
    key = word.lower()
    if key in _NOT_NAMES or key in NEVER or key in PERSON_CUES or key in TITLES:
        return False
    term = key in vocab.clinical or key in vocab.drugs or is_clinical_word(key)
    if term and not vocab.is_listed_name(key):
        return False
    return vocab.is_name(key) or vocab.zipf(key) < 3.5


def find_speech_subjects(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The speech subjects of the shapes above (overlaps not resolved).

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    out: list[PhiSpan] = []
    for m in _OPENING.finditer(text):
        verb = m["verb"].replace("’", "'")
        if (verb in PERSON_VERBS or verb in _MORE_VERBS) and _nameable(m["v"], vocab):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _BEFORE_QUOTE.finditer(text):
        if _nameable(m["v"], vocab):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
