"""Attestation words after a sign-off: ``Signed: Electronically Verified``, ``Digitally
Approved``, ``Report status: Finalized``, ``Attestation: Reviewed``.

A sign-off line says how a document was signed or what became of it with an everyday past
participle, capitalised like a name: after an adverb of manner (``Electronically``,
``Digitally``) or right after a sign-off's label (``Signed:``, ``Status:``, ``Attestation:``),
or as the label itself (``Transcribed by:``).
Such a word is the attestation, never the signer: a learned tagger that sees a capitalised word
where signers' names stand would take it for one. A known given name or surname (``Reed``,
``Ahmed``) stays the tagger's to judge.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_derived import is_derived_word
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["attestation_word", "drop_attestation_words"]

#: an adverb of manner right before the word ("Electronically ", "digitally ")
_ADVERB_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]{4,}ly)[ \t]+$")
#: a sign-off's label right before the word ("Signed: ", "Report status: ", "Attestation - ")
_LABEL_BEFORE = re.compile(
    r"(?i:sign(?:ed|ature|[ -]?off)?|co-?signed|attest(?:ed|ation)?|authenticat(?:ed|ion)|"
    r"verif(?:ied|ication)|review(?:ed)?|approv(?:ed|al)|status|finali[sz]ed|e-?signature)"
    r"(?:[ \t]+by)?[ \t]*[:\-–][ \t]*$"
)
#: the participle is a field's label itself ("Transcribed by:", "Reviewed by -")
#: or the act of an attestation line ("Notarized 09/10/2021 by", "Witnessed on 3/4/21 by")
_LABEL_AFTER = re.compile(
    r"(?:[ \t]+(?:on[ \t]+)?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4})?[ \t]+by(?:[ \t]*[:\-–]|[ \t]+[A-Z])"
)
_PARTICIPLE = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?(?:ed|en)")
_ADVERB = re.compile(r"[A-Z][a-z]{3,}ly")
_PARTICIPLE_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+(?:-[a-z]+)?(?:ed|en))(?![\w'’-])")


def attestation_word(text: str, start: int, end: int, vocab: TextVocabulary) -> bool:
    """Whether ``text[start:end]`` is an everyday past participle after a sign-off's adverb or
    label (module docstring).

    Args:
        text: an English note.
        start: the word's start.
        end: the word's end.
        vocab: the word knowledge.
    """
    word = text[start:end]
    after = _PARTICIPLE_AFTER.match(text, end)
    if _ADVERB.fullmatch(word) and after and _everyday(word, vocab) and _everyday(after.group(1), vocab):
        return True  # the adverb itself ("Digitally" of "Digitally Signed")
    if not _PARTICIPLE.fullmatch(word) or vocab.is_name(word.lower()):
        return False
    if _LABEL_AFTER.match(text, end):
        return True  # the act, however rare the word ("Notarized 09/10/2021 by")
    if not _everyday(word, vocab):
        return False
    before = text[max(0, start - 40) : start]
    adverb = _ADVERB_BEFORE.search(before)
    if adverb:
        return _everyday(adverb.group(1), vocab)
    return bool(_LABEL_BEFORE.search(before))


def _everyday(word: str, vocab: TextVocabulary) -> bool:
    """An everyday word, listed or built of one, and no known name."""
    key = word.lower()
    if vocab.is_name(key):
        return False
    return vocab.is_common(key, threshold=2.5) or is_derived_word(word, vocab.zipf)


def drop_attestation_words(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """``spans`` without a name that is one attestation word (``Notarized 09/10/2021 by``).

    Args:
        text: an English note.
        spans: the resolved spans.
        vocab: the word knowledge.
    """
    return [
        s
        for s in spans
        if s.category != "name"
        or " " in text[s.start : s.end]
        or not attestation_word(text, s.start, s.end, vocab)
    ]
