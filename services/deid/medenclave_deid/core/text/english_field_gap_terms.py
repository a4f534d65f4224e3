"""A form's next field is no part of the name before it: ``Ringside physician: Dr Ward   Hepatitis
B surface antigen: non-reactive``, ``Nickname: Moose<TAB>Urine drug screen``.

Forms set their fields apart by a wide gap (three spaces or more, or a tab). A name rule that reads
the capitalised word after such a gap on with the name (or alone, as a name of its own) takes the
next field's clinical term with it, and the term is lost. A name span is cut at the first gap after
which a clinical word opens the next field (a word of the clinical or drug lists, or one built of
medical word parts, ``Hepatitis``, ``Ophthalmology``); the name before the gap stays. A facility's
span that a title opens, read over such a gap (``Dr Ann Kerr<TAB>Ophthalmology: cleared``), is the
person's, cut the same way.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["trim_field_gap_terms"]

_GAP = re.compile(r"[ ]{3,}|\t")
_FIRST_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_GAP_BEFORE = re.compile(r"(?:[ ]{3,}|\t)$")
_PLACES = frozenset({"hospital", "workplace"})
_TITLE = re.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?[ \t]+[A-Z]")


def _clinical(word: str, vocabulary: TextVocabulary) -> bool:
    lower = word.lower()  # a word, not an initial or an abbreviation ("K. Price" is someone)
    if len(lower) < 4 or vocabulary.is_name(lower):
        return False
    return lower in vocabulary.clinical or lower in vocabulary.drugs or is_clinical_word(lower)


def _cut_place(text: str, s: PhiSpan, vocabulary: TextVocabulary) -> PhiSpan:
    """A facility span that a title opens, over a field gap and a clinical field's first word: the
    person's, cut before the gap ("Dr Ann Kerr<TAB>Ophthalmology: cleared")."""
    for gap in _GAP.finditer(text, s.start, s.end):
        after = _FIRST_WORD.match(text, gap.end())
        if after and after.end() <= s.end and _clinical(after.group(), vocabulary):
            return PhiSpan(s.start, gap.start(), "name")
    return s


def trim_field_gap_terms(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """``spans`` with each name span cut before a wide gap that opens a clinical field (module
    docstring), and without a name span that is such a field's first word.

    Args:
        text: an English note.
        spans: the resolved spans.
        vocabulary: the word knowledge.
    """
    out: list[PhiSpan] = []
    for s in spans:
        if s.category in _PLACES and _TITLE.match(text, s.start) and _GAP.search(text, s.start, s.end):
            s = _cut_place(text, s, vocabulary)
        if s.category != "name":
            out.append(s)
            continue
        start, end = s.start, s.end
        word = _FIRST_WORD.match(text, start)
        if (
            word
            and word.end() == end
            and _GAP_BEFORE.search(text, max(0, start - 4), start)
            and _clinical(word.group(), vocabulary)
        ):
            continue  # "…   Hepatitis" alone: the next field's term, no one
        for gap in _GAP.finditer(text, start, end):
            after = _FIRST_WORD.match(text, gap.end())
            inverted = text.startswith(",", after.end()) if after else False  # "…   BONE, HOPE"
            if after and after.end() <= end and not inverted and _clinical(after.group(), vocabulary):
                end = gap.start()
                break
        if end > start:
            out.append(PhiSpan(start, end, s.category) if end != s.end else s)
    return out
