"""Charting verbs written with an apostrophe, taken for a person's name.

Nurses' and therapists' logs shorten a verb with an apostrophe: ``rn bishop ok'd dc``, ``d/c'd
foley``, ``cx'd appt``, ``tx'd w/ abx``, ``OK'd by pharmacy``. No word list knows ``ok'd``, so a
role's slot or a name's neighbour takes it for the surname after a log-in (``rn kkowalczuk
ok'd``). A word ending in ``'d`` or ``'ed`` after two letters or more is a verb, never a name
(names keep their apostrophe near the front: ``O'Dell``, ``D'Angelo``): such a word is cut from
the end of a person's span, and a span that is only such words is dropped.

The same verb, or a charting verb of assent (``aware``, ``notified``, ``agrees``), right after a
role's abbreviation and one word says that word is the colleague's log-in or surname: ``rn
tabercromby ok'd dc``, ``rn bishop ok'd dc``, ``np quill aware`` (a word said once in a thousand
words of English or rarer, no clinical word, none that says no one: ``rn also aware``, ``rn staff
notified`` stay).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_name_neighbours_fuzz22b import PERSON_CATEGORIES
from medenclave_deid.core.text.english_observation_rows import NO_ONE
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_assenting_staff", "trim_contracted_verbs"]

#: the verb at a span's end, and the space before it
_VERB_END = re.compile(r"(?:^|[ \t]+)[A-Za-z/]{2,}['\u2019](?:d|ed)$")


def trim_contracted_verbs(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with the apostrophe verbs (module docstring) cut from the end of people's spans.

    Args:
        text: an English note.
        spans: the spans found so far.
    """
    out: list[PhiSpan] = []
    for s in spans:
        end = s.end
        if s.category in PERSON_CATEGORIES:
            while (verb := _VERB_END.search(text[s.start : end])) is not None:
                end = s.start + verb.start()
        if end > s.start:
            out.append(s if end == s.end else PhiSpan(s.start, end, s.category))
    return out


_ASSENT = re.compile(
    r"(?<![\w/])(?i:rn|lpn|np|pa|md|do|cna|rt|rrt|pt|ot|slp|sw|cm|charge)[ \t]+(?P<v>[a-z][a-z'’-]{2,})"
    r"[ \t]+(?:[a-z/]{2,}['\u2019](?:d|ed)|aware|notified|updated|agrees|agreed|verified|co-?signed)\b"
)


def find_assenting_staff(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The colleague between a role and a verb of assent (module docstring).

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for m in _ASSENT.finditer(text):
        word = m["v"].lower()
        if word in NO_ONE or word in NEVER or is_clinical_word(word) or word in vocab.clinical:
            continue
        if vocab.zipf(word) < 5.0 and word not in vocab.drugs:
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
