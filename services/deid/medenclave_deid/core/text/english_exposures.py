"""Employers named in an occupational or noise exposure history.

A history of exposure dates the years a patient spent at each place: "Hx noise-induced hearing
loss (Harbor Lumber & Mill x 12 yrs)", "asbestos exposure; Vance-Okoro x 8 years". The name
beside the duration is the workplace when it has a business's shape (a "X & Y" business, two
surnames joined by a hyphen, a town and a trade: two words or more), on a line that speaks of
exposure, noise or work. One plain word ("(Marlboro x 20 yrs)") and a name with a clinical word
are not taken.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_exposure_employers"]

#: what makes a line an occupational history
_CUE = re.compile(
    r"(?i)\b(?:noise|exposures?|exposed|occupational|occupation|worked|works|"
    r"employ(?:ed|er|ment)|job|trade|industry|factory|plant|mill|shift[ \t]+work)"
)
_W = r"[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*)*"
#: a name and its duration after an opening bracket or a list's separator
_PLACE_YEARS = re.compile(
    rf"(?:[(;:]|,[ \t])[ \t]*(?P<v>{_W}(?:[ \t]+(?:&|and|of|the|{_W})){{0,5}})"
    r"[ \t]+(?:x|×|for)[ \t]*~?\d{1,2}(?:\.\d)?[ \t]*\+?[ \t]*"
    r"(?:yrs?|years?|y|mos?|months?)\b"
)

#: a business's shape: two words or more, or two names joined by a hyphen ("Vance-Okoro")
_SHAPE = re.compile(r"[ \t]|[A-Z][a-z]+-[A-Z][a-z]+")


def find_exposure_employers(text: str) -> list[PhiSpan]:
    """The workplaces a line of exposure history names with their duration.

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for m in _PLACE_YEARS.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        if not _CUE.search(text, start, len(text) if end < 0 else end):
            continue
        value = m.group("v")
        if not _SHAPE.search(value):
            continue  # one plain word: a drug's or a brand's as often as a workplace's
        words = [w.lower() for w in re.findall(r"[A-Za-z']+", value) if w.lower() not in ("and", "of", "the")]
        if any(
            w in CLINICAL_WORDS_EN
            or w in CLINICAL_HEADS
            or w in NEVER
            or w in SERVICE_WORDS
            or is_clinical_word(w)
            for w in words
        ):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "workplace"))
    return out
