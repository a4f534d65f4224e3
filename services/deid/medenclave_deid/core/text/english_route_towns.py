"""The town an outreach route, a street team or a mobile unit works, named in the title of its roster.

A street-medicine roster, a mobile clinic's run sheet or an outreach team's contact list is titled
by the town its route covers, in any case and at either end of the title: ``STREET MEDICINE
OUTREACH - TULARE ROUTE``, ``Outreach Roster: MERCED``, ``ROUTE 4 (Hanford)``, ``Kalamazoo Street
Team — Weekly Contact Roster``. Such a title (one of the note's first two lines, or any line that
says ``route``) with a word of outreach in it names a town wherever one to three of its capitalised
or upper-case words are a town of the shipped gazetteer of US towns. A town that is also an
everyday word (``Mobile``, ``Normal``, ``Union``) and the title's own words (``Street``, ``Valley``
of a programme's name before ``Clinic``) are left.
"""

from __future__ import annotations

import re
from itertools import pairwise

from medenclave_deid.core.text.english_us_address import us_city_key
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_route_towns"]

#: a word saying the line titles an outreach route's roster
_ROUTE_CUE = re.compile(
    r"(?i)\b(?:route|outreach|street[ \t]+(?:medicine|team|outreach|health|nursing)|mobile[ \t]+"
    r"(?:unit|clinic|van|team)|van[ \t]+run|night[ \t]+run|encampment|roster)\b"
)
#: a capitalised or upper-case word of a title
_CAP = re.compile(r"[A-Z][A-Za-z'’.]*(?:-[A-Z][A-Za-z'’]*)?")
#: the words a route's title is made of besides its town
_TITLE_WORDS = frozenset(
    """
route routes outreach roster street medicine team night day run van mobile unit clinic program
programme weekly daily contact contacts list log sheet health community encampment north south
east west downtown central valley center centre shelter mission county city staff shift loop
""".split()
)


def _title_lines(text: str) -> list[tuple[int, str]]:
    """``(offset, line)`` of the note's first two non-blank lines and of every line saying route."""
    out, seen, pos = [], 0, 0
    for line in text.split("\n"):
        if line.strip():
            seen += 1
            if (seen <= 2 or re.search(r"(?i)\broute\b", line)) and len(line) <= 120:
                out.append((pos, line))
        pos += len(line) + 1
    return out


def _town_words(run: list[re.Match], vocab: TextVocabulary) -> bool:
    """No clinical word, and no title's word opening the run (``Yuba City`` is a town)."""
    keys = [w.group().lower().strip(".") for w in run]
    return keys[0] not in _TITLE_WORDS and not any(is_clinical_word(k) or k in vocab.clinical for k in keys)


def find_route_towns(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The towns of the outreach titles in an English note (module docstring).

    Args:
        text: an English note.
        vocab: what is known about English words and US towns.
    """
    out: list[PhiSpan] = []
    for at, line in _title_lines(text):
        if not _ROUTE_CUE.search(line):
            continue
        words = list(_CAP.finditer(line))
        k = 0
        while k < len(words):
            found = 0
            for n in (3, 2, 1):
                run = words[k : k + n]
                if len(run) < n or any(line[a.end() : b.start()] != " " for a, b in pairwise(run)):
                    continue
                value = line[run[0].start() : run[-1].end()].rstrip(".")
                key = us_city_key(value)
                if key not in vocab.us_cities or not _town_words(run, vocab):
                    continue
                if n == 1 and vocab.zipf(key) >= 4.5:
                    continue  # "Mobile", "Normal", "Union": a word
                out.append(PhiSpan(at + run[0].start(), at + run[0].start() + len(value), "geo"))
                found = n
                break
            k += found or 1
    return out
