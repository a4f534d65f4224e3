"""A month/day written with "the" before it, as a day is said in prose: ``placed on the 6/5 at a
shop``, ``sutures out on the 3/4, healing well``, ``off work from the 2/1 until …``.

"On the 6/5" names a day; a fraction after "the" is followed by what it is a fraction of (``on the
3/4 mark``, ``by the 1/2 tab``). So the month/day counts only after a preposition of time (``on``,
``from``, ``since``, ``until``, ``till``, ``by``, ``before``, ``after``) and "the", and only where
the clause goes on with no noun after it: a stop, a comma, a bracket, the line's end, a clock time
or a preposition (``at``, ``in``, ``when``, ``and``, ``around``, ``with``, ``to``, ``for`` …).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_article_dates"]

_MD = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
_NEXT = (
    r"[ \t]*(?:$|[,.;:)(\u2013\u2014-](?!\d)|"
    r"(?i:at|in|when|while|and|or|around|about|after|before|with|without|to|for|from|until|till|"
    r"during|per|then|but|so|which|where|as|via|@)\b|(?:[01]?\d|2[0-3]):?[0-5]\d\b)"
)
_ARTICLE_DATE = re.compile(
    rf"(?i:\b(?:on|from|since|until|till|by|before|after)[ \t]+the)[ \t]+(?P<v>{_MD})(?![\w/]|\.\d)"
    rf"(?={_NEXT})",
    re.ASCII | re.MULTILINE,
)


def find_article_dates(text: str) -> list[PhiSpan]:
    """Month/days after a preposition of time and "the" (module docstring).

    Args:
        text: an English note.
    """
    return [PhiSpan(m.start("v"), m.end("v"), "date") for m in _ARTICLE_DATE.finditer(text)]
