"""The name a record writes right before the person's birth date, with no label.

A day-unit record, a referral or a flowsheet opens the patient's line with the name and then the
birth date: ``yvette kilpatrick (DOB 02/10/1985), MRN …``, ``Autumn Zielinski, DOB 05/08/1998``,
a pipe row's ``Pt | Meadow | DOB 07/08/2022``. The birth date says whose line it is, so the words
before it are the person's name whatever their case, even when a name is also an everyday word
("autumn", "meadow", "hope").

* At a line's start: one to three words, then ``(DOB``, ``, DOB``, ``DOB:`` or ``(born`` / ``(b.``.
* In a pipe or tab row: the cell after a patient label (``Pt``, ``Patient``, ``Name``, ``Child``,
  ``Infant``), when the next cell opens with ``DOB``.

No word may be a clinical term or a word that names a role or a kind of person (``Patient (DOB``,
``Infant girl, DOB``, ``Mother (DOB``): those lines have no name in that place.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["NOT_NAMES", "find_dob_names"]

_WORD = r"[A-Za-z][A-Za-z'’-]*[A-Za-z]"
_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<v>{_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]*"
    r"(?=\((?i:dob|d\.o\.b|born|b\.)|,[ \t]*(?i:dob|d\.o\.b)\b|[ \t](?i:dob)[ \t]*:)"
)
_ROW = re.compile(
    r"(?im)(?:^|[|\t])[ \t]*(?:pt|patient|name|child|infant|baby)[ \t]*[|\t][ \t]*"
    rf"(?P<v>{_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]*[|\t][ \t]*(?=dob\b)"
)
#: words that say who, not which one: the line names a role or a kind of person
NOT_NAMES = frozenset(
    "patient pt name the a an her his their my our this that infant baby newborn neonate child boy girl "
    "twin mother mom father dad parent guardian son daughter wife husband spouse partner sibling sister "
    "brother resident client member subscriber insured guarantor donor recipient female male woman man "
    "adult elderly gentleman lady subject case contact index visitor caller dependent student employee "
    "first last full legal given preferred maiden mrn dob sex age gender".split()
)


def _name_words(words: list[str], vocabulary: TextVocabulary) -> bool:
    lows = [w.lower() for w in words]
    return not any(w in NOT_NAMES or w in vocabulary.clinical or is_clinical_word(w) for w in lows)


def find_dob_names(text: str, vocabulary: TextVocabulary) -> list[PhiSpan]:
    """Names right before a birth date (module docstring).

    Args:
        text: an English note.
        vocabulary: the word knowledge.
    """
    if "dob" not in text.lower() and "born" not in text.lower() and "b." not in text:
        return []
    out: list[PhiSpan] = []
    for pattern in (_LINE, _ROW):
        for m in pattern.finditer(text):
            words = m.group("v").split()
            if _name_words(words, vocabulary):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
