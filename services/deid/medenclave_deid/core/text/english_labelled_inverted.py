"""A person's "SURNAME, GIVEN" right after a person's label, even when the surname is a word.

A blood bank's tag, a donor form or an insurer's card prints the person inverted after a label
and a colon or a dash: ``RECIPIENT - WARD, JULIE``, ``PATIENT: BISHOP, MAE``, ``Insured: Early,
Nadia``. The name finders refuse a surname that is also a ward, a rank or a time of day, but here
the label says a person follows and the word after the comma is a listed given name, so the
surname is listed too and both are the name. Only where the label opens the line or follows a
wide gap, and only a surname that a surname list knows.

Likewise a contact's label, a kinship word and a listed given name (``EMERGENCY CONTACT: HUSBAND
JOY 555-…``, ``NOK: daughter Faith``): the given name, even when it is an everyday word.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import KINSHIP
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["find_labelled_inverted"]

_LABEL = (
    r"(?i:recipient|patient|pt|name|donor|insured|subscriber|guarantor|member|resident|client|"
    r"guardian|mother|father|contact|emergency[ ]contact|next[ ]of[ ]kin|nok)"
)
_INVERTED = re.compile(
    rf"(?m)(?:^|(?<=[ \t]{{2}})|(?<=\t)|(?<=\|))[ \t]*{_LABEL}(?:[ ]name)?[ \t]*(?::|-|–)[ \t]*"
    r"(?P<s>[A-Z][A-Za-z'’-]+),[ ](?P<g>[A-Z][A-Za-z'’-]+)(?![\w'’-])"
)

_KIN_CONTACT = re.compile(
    r"(?m)\b(?i:emergency[ ]contact|contact|next[ ]of[ ]kin|nok|ec)[ \t]*(?::|-|–)[ \t]*"
    r"(?P<k>[A-Za-z]+)[ ]+(?P<g>[A-Z][A-Za-z'’-]+)(?![\w'’-])"
)


def find_labelled_inverted(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The inverted names after a person's label (module docstring).

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    out: list[PhiSpan] = []
    for m in _INVERTED.finditer(text):
        surname, given = m["s"].lower(), m["g"].lower()
        same_case = m["s"].isupper() == m["g"].isupper()
        if same_case and given in vocab.first_names and surname in vocab.last_names and len(given) > 2:
            out.append(PhiSpan(m.start("s"), m.end("g"), "name"))
    for m in _KIN_CONTACT.finditer(text):
        if m["k"].lower() in KINSHIP and m["g"].lower() in vocab.first_names and len(m["g"]) > 2:
            out.append(PhiSpan(m.start("g"), m.end("g"), "name"))
    return out
