"""Everyday English words the frequency list does not hold, recognised by how they are built.

The word-frequency list knows ``drip``, ``adjust``, ``anticipated`` and ``health`` but not
``Drips``, ``Adjuster``, ``Unanticipated`` or ``Telehealth``; a capitalised word it does not know
would otherwise pass for a proper noun (a name) at a line's start or after a field's label.
A word is derived here when it is an everyday word with an inflection (``-s``, ``-ed``,
``-ing``, ``-er``) or a common prefix (``un-``, ``pre-``, ``tele-``, ``tri-``), or hyphenated
parts of which only the first is capitalised (``Pre-op``). Two words run together are not
enough (``Northside`` is a clinic's name), nor hyphenated capitalised parts (``Tri-County``,
``Joseph-Jones``). The caller asks only about words that no name list knows, so a surname
built the same way (``Walker``) stays a name.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["is_derived_word"]

#: prefixes that make a new everyday or clinical word of a known one
_PREFIXES = ("un", "non", "pre", "post", "re", "tri", "bi", "tele", "sub", "inter", "over",
             "under", "anti", "multi", "semi", "mis", "dis", "self", "co", "peri", "intra")
#: inflections and derivations, with what they may stand for in the word they come from
_SUFFIXES = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
             ("ing", "e"), ("er", ""), ("er", "e"), ("ers", ""), ("ly", ""), ("ness", ""),
             ("ized", "y"), ("ised", "y"), ("ized", ""), ("ised", ""), ("ize", ""), ("ise", ""))
_BASE = 3.5  # how common the word under an inflection must be


def is_derived_word(word: str, zipf: Callable[[str], float]) -> bool:
    """Whether ``word`` (as written; one the frequency list does not know) is built of
    everyday words: an inflected or prefixed one, or hyphenated ones in lower case after the
    first."""
    lower = word.lower()
    if "-" in word:
        parts = [p for p in word.split("-") if p]
        return len(parts) > 1 and all(p.islower() for p in parts[1:]) \
            and all(p in _PREFIXES or zipf(p) >= _BASE or _built(p, zipf) for p in (q.lower() for q in parts))
    return _built(lower, zipf)


def _built(lower: str, zipf: Callable[[str], float]) -> bool:
    if len(lower) < 5 or not lower.isalpha():
        return False
    for suffix, restore in _SUFFIXES:
        base = lower[:-len(suffix)] + restore
        if lower.endswith(suffix) and len(base) >= 3 and zipf(base) >= _BASE:
            return True
    if lower.endswith("ed") and zipf(lower[:-2] + "ion") >= 3.0:
        return True  # a verb of a known clinical noun: "Irradiated", "Transfused"
    for prefix in _PREFIXES:
        rest = lower[len(prefix):]
        if lower.startswith(prefix) and len(rest) >= 4 and (zipf(rest) >= 3.0 or _inflected(rest, zipf)):
            return True
    return False


def _inflected(lower: str, zipf: Callable[[str], float]) -> bool:
    return any(lower.endswith(s) and zipf(lower[:-len(s)] + r) >= _BASE for s, r in _SUFFIXES)
