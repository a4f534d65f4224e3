"""A name's parts, and the note's names, so one person keeps one pseudonym all through a note.

A note names its patient in full once (``Patient: Lark Swift``, ``患者王丽华``) and then by a part
(``Swift is under my care``, ``Mr. Swift``, ``SWIFT, LARK``, ``Lark``; ``丽华``, ``王女士``). The
surrogate of a name is made part by part (a given name's from the given name, a surname's from the
surname), so a surname said alone gets the surname of the full name's surrogate. A single word is
taken as a given name only where the note's full names hold it as a given name and never as a
surname; a single Chinese character as a surname alone only where a full name of the note has it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["ZH_ADDRESS_TERMS", "NoteNames", "en_parts", "zh_bare_surname", "zh_parts"]

_TITLES = frozenset("dr mr mrs ms miss mx prof doctor".split())
_CJK = re.compile(r"[\u3400-\u9fff]")
#: how a Chinese note addresses someone by surname (王女士, 李主任): the surname is the name
ZH_ADDRESS_TERMS = (
    "女士",
    "先生",
    "小姐",
    "医生",
    "医师",
    "大夫",
    "主任",
    "老师",
    "护士",
    "护师",
    "师傅",
    "阿姨",
    "教授",
    "院长",
    "同志",
    "老人",
    "奶奶",
    "爷爷",
)
#: generational suffixes and credentials written after a surname (``Swift Jr.``, ``Swift MD``)
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv md do rn np pa phd".split())


def en_parts(value: str) -> tuple[str, str]:
    """(given name, surname) of a Latin-script name; either may be empty (a single word is a
    surname: ``("", "Swift")``). ``SWIFT, LARK`` and ``Lark A. Swift Jr.`` both give
    ``("lark", "swift")`` (lower-cased)."""
    if "," in value:
        last, _, rest = value.partition(",")
        tokens = [t for t in rest.split() if t.lower() not in _SUFFIXES]
        return (tokens[0].lower() if tokens else ""), last.strip().lower()
    tokens = [t for t in value.split() if t.lower() not in _SUFFIXES]
    while len(tokens) > 1 and tokens[0].lower().rstrip(".") in _TITLES:
        tokens = tokens[1:]  # "Dr. Lark Swift": Lark's surrogate, whatever the title
    tokens = tokens or value.split()
    if len(tokens) == 1:
        return "", tokens[0].lower()
    return tokens[0].lower(), tokens[-1].lower()


def zh_parts(value: str) -> tuple[str, str]:
    """(surname, given name) of a Chinese name (``王丽华`` → ``王``, ``丽华``; ``欧阳娜娜`` →
    ``欧阳``, ``娜娜``); a single character is a surname with no given name."""
    if len(value) <= 1:
        return value, ""
    cut = 2 if value[:2] in CN_COMPOUND_SURNAMES and len(value) >= 3 else 1
    return value[:cut], value[cut:]


def zh_bare_surname(value: str) -> str:
    """The surname of a surname said with a form of address (王女士 → 王, 老王 → 王, 欧阳医生 →
    欧阳), or ``""``."""
    prefix = 1 if len(value) > 1 and value[0] in "老小" else 0
    term = next((t for t in ZH_ADDRESS_TERMS if value.endswith(t) and len(value) > len(t)), "")
    if not prefix and not term:
        return ""
    surname = value[prefix : len(value) - len(term)]
    return surname if len(surname) == 1 or surname in CN_COMPOUND_SURNAMES else ""


@dataclass(frozen=True)
class NoteNames:
    """The note's names as the surrogate maker needs them.

    Attributes:
        chars: Chinese characters no surrogate name may hold (every name's, and a short place's).
        en_given: lower-case given names of the note's full Latin names that are no surname there.
        zh_given: given names of the note's full Chinese names (the surname each goes with).
        zh_surnames: surnames of the note's full Chinese names.
    """

    chars: frozenset[str] = frozenset()
    en_given: frozenset[str] = frozenset()
    zh_given: dict[str, str] = field(default_factory=dict)
    zh_surnames: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, spans: list[PhiSpan]) -> NoteNames:
        """The names of ``text`` found as ``spans``."""
        chars = frozenset(
            c
            for s in spans
            if s.category == "name" or s.end - s.start <= 3
            for c in text[s.start : s.end]
            if _CJK.match(c)
        )
        values = [text[s.start : s.end] for s in spans if s.category == "name"]
        given: set[str] = set()
        surnames: set[str] = set()
        zh_given: dict[str, str] = {}
        zh_surnames: set[str] = set()
        # a full Chinese name (three or four characters, then two not the given name of one)
        for value in sorted(values, key=len, reverse=True):
            if _CJK.search(value):
                bare = zh_bare_surname(value)
                if bare:  # 王女士, 老王: a surname said with a form of address
                    zh_surnames.add(bare)
                elif (
                    2 <= len(value) <= 4
                    and all(_CJK.match(c) for c in value)
                    and (len(value) > 2 or value not in zh_given)
                ):
                    surname, rest = zh_parts(value)
                    zh_surnames.add(surname)
                    if len(rest) == 2:  # a one-character given name alone is no name
                        zh_given.setdefault(rest, surname)
                continue
            first, last = en_parts(value)
            if first:  # a full name: a word alone is ambiguous only between full names
                surnames.add(last)
                if len(first.rstrip(".")) > 1:
                    given.add(first)
        return cls(
            chars=chars,
            en_given=frozenset(given - surnames),
            zh_given=zh_given,
            zh_surnames=frozenset(zh_surnames),
        )
