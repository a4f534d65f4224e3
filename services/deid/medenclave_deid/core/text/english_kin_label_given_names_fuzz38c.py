"""A relative's given name right after a kin label, when the name is also a place's
("Husband: Andrew at bedside", "Partner George present", "Mom: Joseph's wife Nicole"): the
general finders leave a lone word that names a town (St Andrew, George) alone.

The word must be a known given name that is no everyday word, written with a capital, and the
label a kinship word with a colon or a blank before the name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["kin_label_given_names"]

_KIN_NAME = re.compile(
    r"(?i:\b(?:husband|wife|spouse|partner|boyfriend|girlfriend|fianc[eé]e?|mother|father|mom|mum|dad|"
    r"son|daughter|parent|guardian|brother|sister|grandmother|grandfather))"
    r"(?:[ \t]*[:\-][ \t]*|[ \t]+)(?P<v>[A-Z][a-z]{2,})(?![\w'’-]|[ \t]+[A-Z])"
)


def kin_label_given_names(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """A given name right after a kinship label (module docstring).

    Args:
        text: the note.
        vocab: the word knowledge.
    """
    out: list[PhiSpan] = []
    for m in _KIN_NAME.finditer(text):
        lower = m.group("v").lower()
        if lower in vocab.first_names and not vocab.is_name_word(lower) and lower not in vocab.clinical:
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
