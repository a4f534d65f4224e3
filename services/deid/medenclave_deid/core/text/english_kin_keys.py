"""A relative written as a ``key=value`` pair whose key is the kinship word.

Flowsheets exported from a monitor or a bedside device print their header as lower-case
``key=value`` pairs, and a family contact goes in the same way: ``wife=Maren Oakhurst
cell=555-0142``, ``daughter=Tobias Lindqvist``, ``son = Ravi Pell; cell=...``. The name finders
read a kinship word before a colon or a space, not before ``=``. After a kinship key (a word of
:data:`~medenclave_deid.core.text.english_words.KINSHIP`, opening the line or after a gap, a
comma or a semicolon) and ``=``, one to three capitalised words (or an initial and a surname)
up to the next ``key=``, a separator or the line's end are the relative's name.

A clinical word or a value that is no name (``mother=unknown``, ``spouse=Present``, ``son=N/A``,
``mother=G2P2``) stays.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_lower_name_slots import NO_ONE
from medenclave_deid.core.text.english_words import KINSHIP
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_kin_keys"]

_KIN = "|".join(sorted((re.escape(k) for k in KINSHIP if k.isalpha()), key=len, reverse=True))
_WORD = r"[A-Z](?:[a-z'’-]+|\.)"
_PAIR = re.compile(
    rf"(?im)(?:^|(?<=[,;])|(?<=[ \t]{{2}})|(?<=\t))[ \t]*(?:{_KIN})[ \t]*=[ \t]*"
    rf"(?-i:(?P<v>{_WORD}(?:[ \t]{_WORD}){{0,2}}))"
    r"(?=[ \t]*(?:$|[,;|(]|[ \t][a-z_]+[ \t]*=))"
)


def find_kin_keys(text: str) -> list[PhiSpan]:
    """The relatives of ``kinship=Name`` pairs (module docstring).

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for m in _PAIR.finditer(text):
        words = [w.strip(".").lower() for w in m["v"].split()]
        if any(is_clinical_word(w) or w in NO_ONE for w in words if len(w) > 1):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
