"""Staff written in lower case or with dotted initials, where the shape of the line marks them.

* **a signer closing a timed row in lower case or with dots**: an hourly flowsheet row opens with a
  clock time, carries a reading (a digit), and its last cell (after a bar, a broken bar or a tab)
  is the nurse's mark: dotted initials (``G.J.``, ``h.e.``) sign at once unless they spell a route
  (``p.o.``, ``i.v.``); two or three bare letters (``| ze``, or capitals after a broken bar) sign
  only where two or more rows of the note end that way and the letters are no reading, route, unit
  or word (``| ok``, ``| no`` stay).
* **a rooming assistant's lower-case or dotted initials**: ``room by MA lj |``, ``MA: p.b.``: the
  assistant's credential in capitals, then initials that close the cell.
* **a lower-case name before a lower-case credential**: sloppy notes type ``amber banks msn, rn`` or
  ``sterling stone do`` after a role's label, a bar or ``by``: the two or three lower-case words
  before the credential are the person, unless one is clinical, a function word or a credential.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_timed_row_signers_fuzz39d import ROW_NOT_INITIALS
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["find_sloppy_signers"]

_CLOCK = r"(?:[01]?\d|2[0-3]):?[0-5]\d"
_DOTTED = r"(?:[A-Za-z]\.){2,3}"
_ROW = re.compile(
    rf"(?m)^[ \t|¦*•-]*{_CLOCK}\b[^\n]*?\d[^\n]*?[ \t]*[|¦\t][ \t]*"
    rf"(?P<i>{_DOTTED}|[a-z]{{2,3}}|[A-Z]{{2,3}})[ \t]*[|¦]?[ \t]*$"
)
_MA = re.compile(
    rf"\b(?:C?MA|RMA|CCMA)[ \t]*[:|¦–—-]?[ \t]*(?P<v>{_DOTTED}|[a-z]{{2,3}})(?=[ \t]*(?:[|¦\t,;)]|$))",
    re.M,
)
_CREDS = r"md|do|rn|aprn|np|np-c|pa|pa-c|cdces|cde|cnp|crna|lpn|msn|bsn|fasn|rd|ma|cma|phd|mph"
_LOWER = re.compile(
    rf"(?:^|[|¦:\t]|[-–—][ \t]|\bby[ \t])[ \t]*(?:dr\.?[ \t]+)?"
    rf"(?P<v>[a-z][a-z'’]+(?:-[a-z]+)?(?:[ \t]+[a-z]\.?)?(?:[ \t]+[a-z][a-z'’]+(?:-[a-z]+)?){{1,2}}?)"
    rf",?[ \t]+(?:{_CREDS})\b(?![-/][a-z])",
    re.M,
)


def _initials(mark: str, vocab: TextVocabulary) -> bool:
    w = mark.lower().replace(".", "")
    return not (w in ROW_NOT_INITIALS or w in CREDENTIAL_WORDS or w in NEVER or w in vocab.clinical)


def _lower_person(value: str, vocab: TextVocabulary) -> bool:
    words = re.findall(r"[a-z'’]{2,}", value)
    return len(words) >= 2 and not any(
        w in vocab.clinical or w in NEVER or w in CREDENTIAL_WORDS or w in ROW_NOT_INITIALS for w in words
    )


def find_sloppy_signers(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """Lower-case and dotted signers in rows, rooming assistants and lower-case credentialed names.

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    dotted: list[PhiSpan] = []
    bare: list[PhiSpan] = []
    for m in _ROW.finditer(text):
        mark = m["i"]
        if not _initials(mark, vocab):
            continue
        if "." in mark:
            dotted.append(PhiSpan(m.start("i"), m.end("i"), "name"))
        else:
            bare.append(PhiSpan(m.start("i"), m.end("i"), "name"))
    spans = dotted + (bare if len(bare) >= 2 else [])
    spans += [
        PhiSpan(m.start("v"), m.end("v"), "name") for m in _MA.finditer(text) if _initials(m["v"], vocab)
    ]
    spans += [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _LOWER.finditer(text)
        if _lower_person(m["v"], vocab)
    ]
    return spans
