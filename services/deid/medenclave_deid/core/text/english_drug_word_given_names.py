"""Given names that a drug list holds too, beside a surname already found.

The drug lists carry brands and herbal products that are also given names (an invented
``Corwin``, ``Juniper``); the name rules keep such a word as a drug unless a dose or a prescribing
verb says otherwise, so ``Kowalczyk, Corwin, MRN 14762159`` loses only the surname. A
capitalised drug-list word that is no everyday English word is the person's given name when it
stands right beside a one-word person span the rules found:

* **after it and a comma**, closing the name (``Tremaine, Corwin DO``, ``HALE, JUNIPER (MRN``);
* **before it** (``Juniper Fairweather (MRN …``),

and nothing on its line is a dose (``Corwin 20 mg``, ``Tylenol Jones 500 mg`` stay as written).
The given name so found, or one inside a name of two or more words the rules found whole, is the
person's wherever else the note writes it the same way (``Thanks, Corwin``, ``Dear Juniper -``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["drug_word_given_names"]

_PERSON = ("name",)
_WORD = r"(?:[A-Z][a-z]{2,}|[A-Z]{3,})"
_AFTER = re.compile(rf",[ \t]+(?P<w>{_WORD})(?=[ \t]*(?:$|[,;(|/]|[ \t]{{2}}|[ \t]+[A-Z]{{2,5}}\b))", re.M)
_BEFORE = re.compile(rf"(?<![\w'’.-])(?P<w>{_WORD})[ \t]$")
_DOSE = re.compile(r"(?i)\b\d+(?:\.\d+)?[ \t]*(?:mg|mcg|µg|g|ml|units?|u|iu|tabs?|caps?|puffs?|drops?)\b")


def _given(word: str, vocab: TextVocabulary) -> bool:
    key = word.lower()
    return (
        key in vocab.drugs
        and not vocab.is_common(key, threshold=3.5)
        and key not in vocab.clinical
        and key not in vocab.eponyms
        and not vocab.is_name(key)
    )


def _line(text: str, at: int) -> str:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return text[start : len(text) if end < 0 else end]


def drug_word_given_names(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """Drug-list given names beside a found surname, and their echoes (module docstring).

    Args:
        text: an English note.
        spans: the spans found so far.
        vocab: the word knowledge.
    """
    found: list[PhiSpan] = []
    for span in spans:
        if span.category not in _PERSON or " " in text[span.start : span.end].strip():
            continue
        after = _AFTER.match(text, span.end)
        if after and _given(after["w"], vocab) and not _DOSE.search(_line(text, span.start)):
            found.append(PhiSpan(after.start("w"), after.end("w"), span.category))
        line_start = text.rfind("\n", 0, span.start) + 1
        before = _BEFORE.search(text, line_start, span.start)
        if before and _given(before["w"], vocab) and not _DOSE.search(_line(text, span.start)):
            found.append(PhiSpan(before.start("w"), before.end("w"), span.category))
    # and a drug-list word inside a found name of two or more words ("Hale, Corwin" … "Corwin to return")
    words = {text[s.start : s.end] for s in found}
    for span in spans:
        parts = re.findall(_WORD, text[span.start : span.end])
        if span.category in _PERSON and len(parts) >= 2:
            words.update(w for w in parts if _given(w, vocab))
    covered = {(s.start, s.end) for s in spans}
    for word in words:
        for e in re.finditer(rf"(?<![\w@.]){re.escape(word)}(?![\w@])", text):
            if (e.start(), e.end()) not in covered and not _DOSE.match(text, e.end() + 1):
                found.append(PhiSpan(e.start(), e.end(), "name"))
    return found
