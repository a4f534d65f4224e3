"""A scanned address's town with misread letters: ``OF 87 HOLLY CT, SAL3M, 0R 97301``.

An OCR'd form reads ``I`` as ``1``, ``O`` as ``0``, ``S`` as ``5`` and ``B`` as ``8`` inside words,
so the town of an upper-case address line (``<town>, <state> <zip>``) is no word the gazetteer
knows and the town finders pass it by. A capitals token with a digit in it, before a comma, a
two-character state code and five zip characters, is the town when its letters read back (the
digits as the letters they stand for) spell a known town.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_us_address import us_city_key
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["find_ocr_towns"]

_TOWN_LINE = re.compile(
    r"(?<![\w-])(?P<town>[A-Z0-9][A-Z0-9'.-]*(?:[ ][A-Z0-9][A-Z0-9'.-]*){0,2}),[ \t]*"
    r"[A-Z0-9]{2}[ \t]+[0-9OIlS]{5}(?![\w-])"
)
_READ_BACK = str.maketrans("01582", "OISBZ")


def find_ocr_towns(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The misread towns of ``text``'s upper-case address lines."""
    out: list[PhiSpan] = []
    for m in _TOWN_LINE.finditer(text):
        town = m.group("town")
        if not re.search(r"[A-Z]\d|\d[A-Z]", town) or sum(c.isalpha() for c in town) < 3:
            continue
        if us_city_key(town.translate(_READ_BACK)) in vocab.us_cities:
            out.append(PhiSpan(m.start("town"), m.end("town"), "geo"))
    return out
