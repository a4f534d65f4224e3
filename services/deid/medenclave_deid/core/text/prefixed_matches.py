"""Matches of a pattern behind a fixed zero-width test, without building one pattern of both.

A finder that builds a pattern per note from what it found (the surnames of the names found,
say) pays for compiling it each time; where that pattern opens with a costly zero-width test
(a lookbehind over every Han character), the test is compiled once here and the per-note
pattern keeps only the cheap rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["WORD_END", "WORD_START", "bounded_matches", "matches_after"]


def matches_after(before: re.Pattern[str], body: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What ``re.finditer`` of ``before`` then ``body`` in one pattern finds, as ``body``'s matches.

    The leftmost place where both hold, then on from the end of that match: the same places as
    the one pattern, since ``before`` consumes nothing and does not depend on what ``body``
    matches there.

    Args:
        before: a zero-width test of a place (lookbehinds, which see the text before it).
        body: the rest of the pattern; it never matches the empty string.
        text: the text searched.
    """
    pos = 0
    while (m := body.search(text, pos)) is not None:
        if before.match(text, m.start()):
            yield m
            pos = m.end()
        else:
            pos = m.start() + 1


#: no word character, apostrophe or hyphen before / after a place (an English word's edges)
WORD_START = re.compile(r"(?<![\w'’-])")
WORD_END = re.compile(r"(?![\w'’-])")


def bounded_matches(
    body: str | re.Pattern[str], text: str, before: re.Pattern[str], after: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """The (start, end) of what ``re.finditer`` of ``before``, ``body`` and ``after`` in one
    pattern finds, where ``before`` and ``after`` consume nothing (lookarounds) and ``body`` is a
    literal string, or a pattern that matches in at most one way where it starts (so no other
    length of it could satisfy ``after``) and never matches the empty string.

    Args:
        body: the literal found (with ``str.find``) or the pattern.
        text: the text searched.
        before: a zero-width test of the place before the body.
        after: a zero-width test of the place after it.
    """
    pos = 0
    while True:
        if isinstance(body, str):
            start = text.find(body, pos)
            if start < 0:
                return
            end = start + len(body)
        else:
            m = body.search(text, pos)
            if m is None:
                return
            start, end = m.span()
        if before.match(text, start) and after.match(text, end):
            yield start, end
            pos = end
        else:
            pos = start + 1
