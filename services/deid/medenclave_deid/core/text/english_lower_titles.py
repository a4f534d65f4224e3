"""Surnames written in lower case after a courtesy title written in lower case.

Hurried progress notes and dictations typed without capitals name the patient and the people
spoken to with a title: ``pt is mrs. goldberg, 78 y/o``, ``called mr. yoon, no answer``, ``d/w
dr. feldman``. The name judge takes such a word when a name list holds it; a surname no list holds
(``goldberg``, ``zbigniewski``) stays. After a lower-case title (mr, mrs, mx, with or without the
full stop; ms and dr only with it, since bare ``ms`` is multiple sclerosis and ``dr`` a drive),
the next lower-case word is a surname unless it is an everyday English word (``dr. will return``), a
clinical word or a drug (``hx of ms. afebrile``, ``ms. lasix``), a word the engine never takes for
a name, a word built like medical vocabulary, a short abbreviation, or one with a verb's or a plural's
ending (``hx of ms. denies …``: a sentence's end, then its next verb; listed surnames with such
endings, ``jones``, ``williams``, are the judge's).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_lower_titled_names"]

_TITLED = re.compile(
    r"(?<![A-Za-z0-9./])(?P<t>(?:mr|mrs|mx)\.?|(?:ms|dr)\.)[ \t]+"
    r"(?P<v>[a-z][a-z'\u2019]+(?:-[a-z][a-z'\u2019]+)?)(?![A-Za-z0-9'\u2019-])"
)

#: a verb's or a plural's ending: denies, reported, taking, slowly, function
_INFLECTED = re.compile(r"(?:[^s]s|ed|ing|ly|tion|ment)$")

#: words before "ms." that make it multiple sclerosis ("hx of ms.", "relapsing ms.", "pmh: ms.")
_DISEASE_BEFORE = re.compile(
    r"(?i:\b(?:of|h/o|hx|dx|pmh|r/o|known|relapsing|remitting|progressive|diagnosed|with|for|"
    r"and|or|w)[ \t]*[:,]?|[:,;])[ \t]*$"
)


def _no_surname(word: str, vocab: TextVocabulary) -> bool:
    return (
        len(word) < 3
        or word in NEVER
        or word in vocab.clinical
        or word in vocab.drugs
        or is_clinical_word(word)
        or vocab.is_common(word, threshold=4.0)
        or not re.search(r"[aeiouy]", word)
    )


def find_lower_titled_names(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The surnames of the module docstring in an English note that ``spans`` leave uncovered.

    Args:
        text: an English note.
        spans: the resolved spans so far.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for m in _TITLED.finditer(text):
        value = m.group("v")
        if any(s.start < m.end("v") and m.start("v") < s.end for s in spans):
            continue
        parts = [p.strip("'\u2019") for p in value.split("-")]
        if any(_no_surname(p, vocab) for p in parts) or _INFLECTED.search(parts[-1]):
            continue
        if m.group("t") in ("ms.", "dr."):
            # "hx of ms. nad": the disease ending a sentence, then an abbreviation
            if m.group("t") == "ms." and _DISEASE_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue
            if len(value) < 5 and not vocab.is_name(value):
                continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
