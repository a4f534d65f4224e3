"""The workplace where a worker was hurt, on a workers' compensation line.

A claim's line says where the injury happened: "Work comp: injured at Larkspur Bistro Group;
claim # …", "WC claim — hurt at Copperline Freight Terminal 3/2/21". The name after "injured at"
is the employer whatever its last word (a restaurant group, a wind farm, a call centre: words no
list of businesses holds), so the slot is enough where the line speaks of a work injury: a run of
one to six capitalised words (with ``&``, ``of``, ``and``, hyphens between) up to a stop (a
semicolon, a comma, a bracket, a date, a lower-case word). One everyday word alone ("injured at
Home", "at Work") and a run of clinical words stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_injury_employers"]

#: what makes a line a work injury's: a workers' compensation claim, an occupational injury
_WORK_LINE = re.compile(
    r"(?i)\b(?:work(?:er|man|men)?['’]?s?[ \t]*comp(?:ensation)?\b|w/?c[ \t]+(?:claim|case)|"
    r"occupational[ \t]+injur|work[ \t-]*related[ \t]+injur|work[ \t]+injur|on[ \t]+the[ \t]+job|"
    r"employer|claim[ \t]*(?:#|no\b|number))|\bWC\b"
)
_W = r"[A-Z][A-Za-z0-9'’.]*(?:-[A-Za-z0-9][A-Za-z0-9'’]*)*"
#: the injury's verb and "at", then the capitalised run
_INJURED_AT = re.compile(
    r"(?i:\b(?:injured|hurt|injury|accident|fell|fall|fractured|strained|lacerated)[ \t]+"
    r"(?:(?:while[ \t]+)?(?:working|employed)[ \t]+)?(?:at|for)[ \t]+(?:the[ \t]+)?)"
    rf"(?P<v>{_W}(?:[ \t]+(?:&|and|of|{_W})){{0,5}})"
)
#: words that end a run before what follows it ("… on 3/2", "… while lifting")
_TAIL_WORDS = frozenset("and of on while in at the".split())


def find_injury_employers(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """The workplaces of the module docstring in an English note.

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    out: list[PhiSpan] = []
    for m in _INJURED_AT.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        if not _WORK_LINE.search(text, line_start, len(text) if line_end < 0 else line_end):
            continue
        words = list(re.finditer(r"\S+", m.group("v")))
        while words and words[-1].group().lower() in _TAIL_WORDS | {"&"}:
            words.pop()
        if not words:
            continue
        lower = [w.group().lower().strip("'’.") for w in words]
        if any(w in NEVER for w in lower[:1]) or all(w in CLINICAL_WORDS_EN for w in lower):
            continue
        if len(words) == 1 and (is_common(lower[0]) or lower[0] in ("work", "home", "job")):
            continue  # "injured at Home", "hurt at Work": no employer named
        start = m.start("v")
        out.append(PhiSpan(start + words[0].start(), start + words[-1].end(), "workplace"))
    return out
