"""A therapist's or a nurse's initials beside the credential in a flowsheet's row: "| RT KR |",
"| RT: NB |", "RT-NB", "- KR, RT", "| KR (RT) |".

Only on a row's line (one with a pipe or a tab, or one that opens with a month/day or a clock
time), and never a unit's, a credential's or a clinical abbreviation ("ICU, RN", "ED RN", "PRN").
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["row_credential_initials"]

_CRED = r"(?:RT|RRT|RCP|RN|LPN)"
_AFTER_CRED = re.compile(
    rf"\b{_CRED}[ \t]*[:/-]?[ \t]*(?<=[ \t:/-])(?P<v>[A-Z]{{2,3}})(?=[ \t]*(?:[|\t,;)]|$))"
)
_BEFORE_CRED = re.compile(rf"(?<![\w/.-])(?P<v>[A-Z]{{2,3}})[ \t]*(?:,[ \t]*|\([ \t]*){_CRED}\b")
_ROW = re.compile(r"[|\t]|^[ \t]*(?:\d{1,2}/\d{1,2}|(?:[01]?\d|2[0-3]):?[0-5]\d)\b")
#: units, services and short clinical words that stand beside a credential
_NOT_INITIALS = frozenset(
    "icu ed er or ent gi ob ccu hs ng sob prn ew ir cv ct mri ekg ecg abg npo vs io pca ld".split()
)


def row_credential_initials(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """Initials beside a credential on a flowsheet's row (module docstring).

    Args:
        text: the note.
        vocab: the word knowledge.
    """
    out: list[PhiSpan] = []
    pos = 0
    for line in text.split("\n"):
        if _ROW.search(line):
            for rx in (_AFTER_CRED, _BEFORE_CRED):
                for m in rx.finditer(line):
                    w = m.group("v").lower()
                    if w in CREDENTIAL_WORDS or w in NEVER or w in _NOT_INITIALS or w in vocab.clinical:
                        continue
                    out.append(PhiSpan(pos + m.start("v"), pos + m.end("v"), "name"))
        pos += len(line) + 1
    return out
