"""The organisation a note's first line names when its name does not end in a hospital's or a
clinic's word.

A programme's or a mobile service's record opens with who runs it: ``Laramie Microbiome Donor
Program``, ``Smile Mobile of Grand Junction / school-based fluoride varnish program``. On the
note's first line, a part (between slashes, dashes, bars or wide gaps) written in capitalised
words is the organisation's name when

* it ends in an organisation's word (``Program``, ``Network``, ``Foundation``, ``Initiative``,
  ``Outreach`` …) and opens with a known place (one to three words), a word already found as a
  place or an employer, or a word no list knows; or
* it ends in ``of`` and a known place (``Smile Mobile of Grand Junction``) and what comes
  before names no section or department (``History of``, ``Department of``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_first_line_orgs"]

_HEADS = frozenset(
    "program programme programs project initiative network collaborative foundation outreach "
    "coalition alliance partnership trust mobile".split()
)
_SMALL = frozenset("of and & the for at".split())
_PART = re.compile(r"[^/|–—\t]+?(?=[ \t]*(?:$|[/|–—\t]|[ \t]-[ \t]|[ \t]{2,}))")
_WORD = re.compile(r"[A-Za-z&][A-Za-z'’.&-]*")
#: what a section's, a form's or a department's heading says before "of"
_NOT_NAMES = frozenset(
    "history review summary record report department division office section certificate notice "
    "statement letter transfer consent assessment plan note university state county city".split()
)


def _first_line(text: str) -> tuple[int, str]:
    at = 0
    for line in text.split("\n"):
        if line.strip():
            return at, line
        at += len(line) + 1
    return 0, ""


def _org(words: list[str], vocabulary: TextVocabulary, found_first: bool) -> bool:
    lower = [w.lower() for w in words]
    if len(words) < 2 or any(not (w[0].isupper() or w.lower() in _SMALL) for w in words):
        return False
    if lower[-1] in _HEADS:
        first = lower[0]
        if found_first or any(" ".join(lower[:n]) in vocabulary.places for n in (1, 2, 3) if n < len(lower)):
            return True  # "Laramie …", "Kettle Falls … Network"
        return not (vocabulary.is_common(first) or is_clinical_word(first) or first in vocabulary.clinical)
    if "of" not in lower:
        return False
    k = len(lower) - 1 - lower[::-1].index("of")
    before, place = lower[:k], " ".join(lower[k + 1 :])
    return (
        bool(before)
        and before[0] not in _NOT_NAMES
        and place in vocabulary.places
        and not any(is_clinical_word(w) for w in before)
    )


def find_first_line_orgs(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """The organisations of the shape above (module docstring); ``spans``: what was found, a
    place or an employer over the part's first word among them."""
    at, line = _first_line(text)
    out = []
    for m in _PART.finditer(line):
        part = m.group()
        lead = len(part) - len(part.lstrip(" -"))
        words = list(_WORD.finditer(part))
        begin = at + m.start() + (words[0].start() if words else 0)
        found_first = any(s.start <= begin < s.end for s in spans)
        if words and _org([w.group() for w in words], vocabulary, found_first):
            out.append(PhiSpan(at + m.start() + lead, at + m.end(), "hospital"))
    return out
