"""A found workplace said again by its first word: "EMPLOYER: HALVERSEN FEED & GRAIN" ... "the
dust at Halversen is bad".

Histories and work notes name the employer once in full, in a label or after a cue, and later by
its short form, the distinctive first word, after "at", "from", "for" or "with", in any case. That
word is the same workplace when the full name has two or more words and its first word is no
everyday word (below 4 on the Zipf scale), no clinical word or drug, and at least four letters.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["workplace_echoes"]

_FIRST = re.compile(r"[A-Za-z][a-z]{3,}|[A-Z]{4,}")


def _short_forms(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> set[str]:
    forms: set[str] = set()
    for span in spans:
        words = text[span.start : span.end].split()
        if span.category != "workplace" or len(words) < 2 or not _FIRST.fullmatch(words[0]):
            continue
        lower = words[0].lower()
        if (
            vocab.is_common(lower, threshold=4.0)
            or lower in vocab.clinical
            or lower in vocab.drugs
            or lower in NEVER
        ):
            continue
        forms.add(lower)
    return forms


def workplace_echoes(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The short forms of ``text``'s found workplaces after at/from/for/with (module docstring).

    Args:
        text: an English note.
        spans: the resolved spans so far.
        vocab: what is known about English words.
    """
    forms = _short_forms(text, spans, vocab)
    if not forms:
        return []
    words = "|".join(re.escape(f) for f in sorted(forms))
    echo = re.compile(
        rf"(?i)\b(?:at|from|for|with)[ \t]+(?:the[ \t]+)?(?P<w>{words})\b"
        r"(?!['\u2019]s[ \t]+(?:disease|syndrome|sign|test))"
    )
    return [PhiSpan(m.start("w"), m.end("w"), "workplace") for m in echo.finditer(text)]
