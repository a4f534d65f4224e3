"""The staff a blood bank's or a lab's upper-case tag names after its role labels.

A transfusion compatibility tag, a specimen label or a pharmacy's dispensing ticket prints who
ordered, issued and checked in capitals after short role labels, with a colon, a dash or only a
space: ``ORDERING DR VANTREIGHT``, ``ORD PHYS - QUILLAN``, ``ISSUED BY: R. OSTERMAN``, ``TECH - B.
HALVERSEN``, ``MLS K. DORNAN``, ``ISSUED: 03-MAY-2024 BY: W. QUILL``. The value, to the line's end
or a wide gap, is one or two upper-case words (an initial may open it) after an optional ``DR``; a
surname that is also an everyday word (``HUNT``, ``COLE``) counts, as the slot says a person stands
there. A value of headings, clinical, service or plain words that no list knows as names
(``ORDERING: STAT``, ``TECH: AUTO VERIFIED``, ``TECH: NA``) names no one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, CREDENTIAL_WORDS, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_caps_order_staff"]

_ROLE = (
    r"(?:ORDERING(?:[ ](?:MD|DR|PHYS(?:ICIAN)?|PROVIDER|PRACTITIONER))?|ORD\.?[ ]PHYS\.?|ORD\.?[ ]MD|"
    r"ORDERED[ ]BY|ISSUED[ ]BY|RELEASED[ ]BY|DISPENSED[ ]BY|CHECKED[ ]BY|VERIFIED[ ]BY|"
    r"TECH(?:NOLOGIST)?|MED[ ]TECH|MLS|MLT|ATTENDING|ATTENDING[ ]MD|PHYSICIAN|BY(?=[ \t]*:))"
)
_NAME_W = r"[A-Z][A-Z'’-]+"
_SLOT = re.compile(
    rf"(?m)(?:^|(?<=[ ]{{2}})|(?<=\t))[ \t]*{_ROLE}(?:[ \t]*[:#][ \t]*|[ \t]+-[ \t]+|[ \t]+)"
    rf"(?:DR\.?[ ]+)?(?P<v>(?:[A-Z]\.[ ]?(?:[A-Z]\.[ ]?)?)?{_NAME_W}(?:[ ]{_NAME_W})?)"
    r"(?=[ \t]*(?:$|[ \t]{2}|\t|,[ ]*(?:MD|DO|RN|MLS|MT)\b))"
)


def _no_one(word: str, vocab: TextVocabulary) -> bool:
    """A heading, credential, service or clinical word, or a plain word no list knows as a name."""
    key = word.lower().strip("'’-")
    if key in NO_VALUE or key in NEVER or key in SERVICE_WORDS:
        return True
    if key in CLINICAL_HEADS or key in CREDENTIAL_WORDS:
        return True
    return not vocab.is_name(key) and (key in vocab.clinical or is_clinical_word(key) or vocab.is_common(key))


def find_caps_order_staff(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """Upper-case staff names after a tag's role labels (module docstring).

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    out: list[PhiSpan] = []
    for m in _SLOT.finditer(text):
        words = re.findall(r"[A-Z][A-Z'’-]+", m["v"])
        if not words or any(_no_one(w, vocab) for w in words):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
