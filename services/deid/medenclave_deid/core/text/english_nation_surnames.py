"""Surnames that are a language's or a nation's word (French, English, German) and surnames in
capitals after a courtesy title, which the name finders leave as words.

* **after a found given name**: ``Dr Bea French``, ``Case name: Colby English  DOB``: a language's
  or a nation's word that is also a surname, right after a found name and not before a lower-case
  word or a hyphen ("Marie French-speaking", "Ada French interpreter" stay);
* **after an initial**: ``reported by T. French, infection preventionist``;
* **before a relative in apposition**: ``Discussed with French, her father``: such a word after a
  verb's preposition and before ", her/his/their <relative>";
* **in capitals after a courtesy title**: ``Mr LAW``, ``Mrs YOUNG-BEST``: a word of capitals after
  Mr/Mrs/Ms/Miss/Mx (a clinical acronym, "Mr CT", stays).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["nation_surnames"]

#: a language's or a nation's word that the name finders never take
_NATION = (
    r"(?:English|French|German|Spanish|Italian|Dutch|Irish|Welsh|Scott|Russian|Portuguese|"
    r"Hindi|American|African|European|Hispanic|Latino|Chinese|Korean|Japanese|Arabic)"
)
_AFTER_NAME = re.compile(rf"[ \t]+(?P<v>{_NATION})(?![\w'’-]|[ \t]+[a-z])")
#: an initial before such a word ("reported by T. French, infection preventionist")
_INITIAL = re.compile(rf"(?<![\w.])(?P<v>[A-Z]\.[ \t]?{_NATION})(?![\w'’-]|[ \t]+[a-z])")
_RELATIVE = (
    r"(?:father|mother|son|daughter|husband|wife|partner|brother|sister|guardian|grandson|"
    r"granddaughter|grandmother|grandfather|aunt|uncle|niece|nephew|stepfather|stepmother|caregiver)"
)
_APPOSITION = re.compile(
    rf"\b(?:with|to|by|from|called|informed|told|and)[ \t]+(?P<v>{_NATION}),[ \t]+"
    rf"(?:her|his|their|the[ \t]+patient's|pt's)[ \t]+{_RELATIVE}\b"
)
_CAPS_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+(?P<v>[A-Z]{3,}(?:-[A-Z]{2,})?)(?![\w'’-])")


def nation_surnames(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The surnames of the module docstring (each a "name" span).

    Args:
        text: an English note.
        spans: the spans found so far.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for span in spans:
        m = _AFTER_NAME.match(text, span.end) if span.category == "name" else None
        if m and vocab.is_name(m["v"].lower()):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    out += [
        PhiSpan(m.start("v"), m.end("v"), "name") for rx in (_APPOSITION, _INITIAL) for m in rx.finditer(text)
    ]
    for m in _CAPS_TITLE.finditer(text):
        low = m["v"].lower()
        if not (low in vocab.clinical or low in vocab.drugs or is_clinical_word(low)):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
