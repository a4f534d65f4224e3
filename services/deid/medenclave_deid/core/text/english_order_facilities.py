"""Hospitals named after a religious order, in any case, with the town that follows.

Catholic and other church systems name their hospitals after the order and add the town:
``Sisters of Providence Rutland``, ``SISTERS OF PROVIDENCE WAUSAU`` on an OCR'd claim form,
``sisters of providence salina neurosurgery - shunt valve check`` heading a lower-case log, ``Our
Lady of Lourdes Binghamton``, ``Daughters of Charity Kodiak``. No facility head word ends the
name, so the head-word rules miss it, and in capitals or lower case the title-case rules do too.
The order's phrase (``sisters``, ``daughters``, ``brothers``, ``servants``, ``little sisters``
... ``of`` and one word, or ``of St. Francis``; ``our lady of`` and one word) is the start; the
next one or two words are the town when each is rare in English (a town, not a department or a
clinical word: ``neurosurgery`` and ``hospital`` end it, the latter joining the name).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CLINICAL_HEADS
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_order_facilities"]

_ORDER = re.compile(
    r"(?i)(?<![\w'’-])(?:(?:little|franciscan|benedictine|felician|dominican|mercy)[ ])?"
    r"(?:sisters|daughters|brothers|servants)[ ]of[ ](?:the[ ])?(?:st\.?[ ]|saint[ ])?[a-z'’]{3,}"
    r"|(?<![\w'’-])our[ ]lady[ ]of[ ](?:the[ ])?[a-z'’]{3,}"
)
_NEXT = re.compile(r"[ ](?P<w>[A-Za-z][A-Za-z'’.-]+)")
_HEAD = re.compile(r"[ ](?i:hospital|medical[ ]cent(?:er|re)|health(?:[ ]system)?|clinic)(?![\w'’-])")


def find_order_facilities(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """The order-named hospitals of the module docstring in an English note.

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    out: list[PhiSpan] = []
    for m in _ORDER.finditer(text):
        end = m.end()
        for _ in range(2):
            nxt = _NEXT.match(text, end)
            if nxt is None:
                break
            word = nxt["w"].lower().rstrip(".")
            if (
                is_common(word)
                or is_clinical_word(word)
                or word in CLINICAL_WORDS_EN
                or word in SERVICE_WORDS
                or word in CLINICAL_HEADS
                or re.search(r"(?:ology|surgery|iatrics|iatry)$", word)
            ):
                break
            end = nxt.end()
        head = _HEAD.match(text, end)
        if head:
            end = head.end()
        out.append(PhiSpan(m.start(), end, "hospital"))
    return out
