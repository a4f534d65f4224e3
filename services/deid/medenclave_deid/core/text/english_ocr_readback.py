"""A scanned form's capitals labels read back: ``EMPL0YER:``, ``L0CAT10N:``, ``NAME 0F 1NJURED W0RKER:``.

An OCR'd upper-case form (a faxed first report of injury, a claim sheet) reads ``O`` as ``0``,
``I`` as ``1`` and ``S`` as ``5`` in its labels, so the finders that know ``EMPLOYER:`` or
``LOCATION:`` pass ``EMPL0YER: RED FERN PACKING CO`` or ``L0CAT10N: ALDER CREEK, WA`` by. The
note is read a second time with every such token spelt back (``EMPL0YER`` -> ``EMPLOYER``,
``0F`` -> ``OF``), letter for glyph so that every offset stays, and the finders' finds there
stand for the note's own.

A token is spelt back only when it is written in capitals and digits, holds a ``0``, ``1`` or
``5`` and at least one letter, and its read-back is an everyday word (or a form's abbreviation,
``SSN``, ``NPI``, ``VIN``); a value (``WC00-307666``, ``KEV8497``, ``1FD3CJ439P9CX7XHA``, ``E 5TH
ST``) spells no word and stays as written. A note with fewer than three such labels is no scan.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_read_back", "read_back_labels"]

_TOKEN = re.compile(r"(?<![\w'’-])[A-Z0-9]*[015][A-Z0-9]*(?:['’][A-Z0-9]{1,2})?(?![\w-])")
_GLYPHS = str.maketrans("015", "OIS")
#: a form's abbreviations that are no everyday word
_ABBREVIATIONS = frozenset("ssn npi dob doi dl id no pob fein ein mi vin lic apt po dept".split())
_MIN_LABELS = 3


def read_back_labels(text: str, is_common: Callable[[str], bool]) -> str | None:
    """``text`` with its misread capitals labels spelt back, or None when it has too few.

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday word.
    """
    out = list(text)
    n = 0
    for m in _TOKEN.finditer(text):
        token = m.group()
        if not any(c.isalpha() for c in token):
            continue
        word = token.translate(_GLYPHS)
        core = re.sub(r"['’][A-Z]{1,2}$", "", word)
        if not core.isalpha() or len(core) < 2:
            continue
        lower = core.lower()
        if lower in _ABBREVIATIONS or (len(lower) >= 3 and is_common(lower)) or lower in ("of", "or", "is"):
            out[m.start() : m.end()] = word
            n += 1
    return "".join(out) if n >= _MIN_LABELS else None


def find_read_back(
    text: str, is_common: Callable[[str], bool], finders: Callable[[str], list[PhiSpan]]
) -> list[PhiSpan]:
    """What ``finders`` find in ``text`` read with its misread labels spelt back (module docstring).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday word.
        finders: the finders to run on the read-back copy (its offsets are the note's).
    """
    copy = read_back_labels(text, is_common)
    return finders(copy) if copy is not None else []
