"""Matches of a pattern behind a fixed zero-width test, without building one pattern of both.

A finder that builds a pattern per note from what it found (the surnames of the names found,
say) pays for compiling it each time; where that pattern opens with a costly zero-width test
(a lookbehind over every Han character), the test is compiled once here and the per-note
pattern keeps only the cheap rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["matches_after"]


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
