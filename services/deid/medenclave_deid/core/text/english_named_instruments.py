"""Named tests and instruments of English notes kept whole: batteries, scales, charts and their scores.

Neuropsychological, driving, laryngology and registry notes name their instruments after people
and write the name as a title (``Rey Auditory Verbal Learning Test``, ``Hooper Visual
Organization Test``, ``Wechsler Test of Adult Reading``, ``Useful Field of View``); a name rule
reads the eponym as a person, a place rule reads ``Reading`` or ``Field`` as a town. Kept here:

* **an instrument's title**: a run of capitalised words (hyphenated parts and ``of``/``and``
  between them allowed) ending in an instrument's head word (a test, a scale, an inventory, a
  battery, a figure, a pegboard, a view ...), with an everyday word in it that is no one's name
  (``Adult``, ``Complex``, ``Visual``), or two words whose first is a listed eponym or such a word
  (``Purdue Pegboard``, ``Grooved Pegboard``);
* **an eponym before its instrument's acronym** (``Benton JLO 26/30``, ``Hooper VOT``, ``Rey
  AVLT``, ``Addenbrooke's ACE-III``): a listed eponym, then capitals that are no credential;
* **an eponym's score written as a fraction** (``Beighton 6/9``, ``Bloom-Richardson 6/9``), which
  a date rule read as a month and day;
* **a voice's perceptual rating** written as its letters and grades (``G2R1B1A0S1``).

A courtesy or a role title right before the name still makes it a person (``Dr. Hooper``), and
an eponym written as a surname before a found given name and a credential is one
(``Gleason, Mark MD``): :func:`eponym_surnames` finds it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_eponym_breadth_keep10 import (
    BREADTH_EPONYMS,
    OWNER_LABEL,
    RARE_EPONYMS,
    THING_AFTER,
    breadth_ranges,
)
from medenclave_deid.core.text.english_eponym_terms import EPONYM_TERM_NAMES
from medenclave_deid.core.text.english_lone_eponyms import MORE_EPONYMS, SCALE_EPONYMS
from medenclave_deid.core.text.english_words import CREDENTIALS, EPONYM_NEXT
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["INSTRUMENT_EPONYMS", "eponym_surnames", "keep_named_instruments"]

#: eponyms of tests and instruments common as surnames: kept only before their acronym or title
INSTRUMENT_EPONYMS = frozenset(
    """
benton hooper bender bloom robson dukes thompson kaplan delis purdue halstead reitan luria rey
osterrieth stroop reinke twardowski fuhrman pelli addenbrooke esterman hirano morgagni folstein
kaufman woodcock johnson peabody vineland conners bayley raven ravens wisconsin boston trail
""".split()
)
_HEADS = (
    r"Tests?|Scales?|Inventory|Battery|Figure|Pegboard|Assessment|Tasks?|Questionnaire|"
    r"Examination|Exam|Screen(?:ing)?|Index|Profile|Orientation|Reading|Naming|Sorting|View|"
    r"Plates|Interview|Measure|Checklist|Fluency|Span|Perimetry|Field|Gestalt"
)
_WORD = r"[A-Z][A-Za-zß-ÿ'’]*(?:-[A-Z0-9][A-Za-z0-9ß-ÿ]*)*"
_RUN = re.compile(rf"(?<![\w'’-]){_WORD}(?:[ ](?:(?:of|and|for|the|in|&)[ ])?{_WORD})*")
_STRONG_HEAD = re.compile(r"(?:Pegboard|Battery|Inventory)(?:-[A-Z0-9]+)?")
_HEAD = re.compile(rf"(?:{_HEADS})(?:-[A-Z0-9]+)?")
_TITLE_BEFORE = re.compile(
    r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse|rev|sgt|officer|sister|patient|pt|"
    r"surgeon|consultant|physio|midwife|by|with|from|to|per))\.?[ \t]+$"
)
_TITLES = frozenset("dr mr mrs ms miss mx prof doctor nurse rev sgt officer sister patient pt".split())
_POSSESSIVE = re.compile(r"(?:'s|’s|s'|'|’)$")
#: an instrument's acronym after its eponym (``JLO``, ``VOT``, ``ACE-III``, ``BDI-II``)
_ACRONYM = re.compile(r"(?:'s|’s)?[ \t]+(?P<a>[A-Z]{2,6}(?:-[A-Z0-9]{1,4})?)(?![\w/])")
_SCORE_NEXT = re.compile(r"[ \t]*[:=]?[ \t]*\d")
_COMPANIES = frozenset("LLC LLP PLLC INC LTD PLC CO CORP PC PA MD DO RN NP II III IV".split())
_NAME = r"[A-Z][a-zß-ÿ]+(?:'s|’s)?"
_EPONYM_RUN = re.compile(rf"(?<![\w'’-]){_NAME}(?:[ \t]?-[ \t]?{_NAME})*")
_FRACTION = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})$")
#: the scale's name right before the score on its line (``\Z``: a name ending the line above is no scale's)
_FRACTION_BEFORE = re.compile(rf"(?P<w>{_NAME}(?:-{_NAME})*)(?:[ \t]+[A-Z]{{2,6}})?[ \t]*:?[ \t]*\Z")
#: a voice's perceptual rating: grade, roughness, breathiness, asthenia, strain, each 0 to 3
_CAPS_WORD = re.compile(r"(?<![\w'’])[A-Z][A-Z'’]{2,}(?![\w'’])")
#: two names joined by a hyphen ("Pelli-Robson", "Killian-Jamieson")
_PAIR = re.compile(r"(?<![\w'’-])(?P<a>[A-Z][a-zß-ÿ]+)-(?P<b>[A-Z][a-zß-ÿ]+)(?:'s|’s)?(?![\w-])")
#: a capitalised surname, a comma, then a given name (found) and a credential
_SURNAME_COMMA = re.compile(r"(?<![\w'’-])[A-Z][a-zß-ÿ]+(?:-[A-Z][a-zß-ÿ]+)?,[ \t]+$")
_GRBAS = re.compile(r"(?<![\w-])G[0-3][ \t]?R[0-3][ \t]?B[0-3][ \t]?A[0-3][ \t]?S[0-3](?![\w-])")


def _key(word: str) -> str:
    return _POSSESSIVE.sub("", word.lower())


def _listed(word: str, eponyms: frozenset[str]) -> bool:
    key = _key(word)
    return any(
        key in s
        for s in (
            eponyms,
            INSTRUMENT_EPONYMS,
            BREADTH_EPONYMS,
            EPONYM_TERM_NAMES,
            MORE_EPONYMS,
            SCALE_EPONYMS,
        )
    )


def _caps_ranges(
    text: str, eponyms: frozenset[str], is_plain: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """The terms of this module and the eponym breadth module written in capitals (``REINKE'S
    EDEMA``, ``BENDER GESTALT``): found in the text with each capital word capitalised."""
    if not _CAPS_WORD.search(text):
        return []
    titled = _CAPS_WORD.sub(lambda m: m.group().capitalize(), text)
    # an eponym capitalised, its thing in lower case ("Reinke's edema")
    named = _CAPS_WORD.sub(
        lambda m: m.group().capitalize() if _listed(m.group(), eponyms) else m.group().lower(), text
    )
    # an eponym capitalised, its acronym in capitals ("Benton JLO")
    acronyms = _CAPS_WORD.sub(
        lambda m: m.group().capitalize() if _listed(m.group(), eponyms) else m.group(), text
    )
    found = (
        breadth_ranges(named, eponyms)
        + _title_ranges(titled, eponyms, is_plain)
        + _acronym_ranges(acronyms, eponyms)
    )
    return [(s, e) for s, e in found if not any(c.islower() for c in text[s:e])]


def _titled(text: str, start: int) -> bool:
    return bool(_TITLE_BEFORE.search(text, max(0, start - 14), start))


def _title_ranges(
    text: str, eponyms: frozenset[str], is_plain: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Instruments' titles: a capitalised run ending in a head word (module docstring)."""
    ranges: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        words = list(re.finditer(_WORD, m.group()))
        # the last head word of the run ends the title ("... Test A and B" ends at "Test")
        last = max((i for i, w in enumerate(words) if _HEAD.fullmatch(w.group())), default=-1)
        if last < 1:
            continue
        body = [w.group() for w in words[:last]]
        if body[0].lower().rstrip(".") in _TITLES or _titled(text, m.start()):
            continue
        parts = [p for w in body for p in w.split("-") if p]
        plain = [p for p in parts if not _listed(p, eponyms) and is_plain(_key(p))]
        # a pegboard, a battery or an inventory is named by any one word ("Grooved Pegboard")
        strong = _STRONG_HEAD.fullmatch(words[last].group())
        if len(body) == 1 and not (plain or strong or _listed(body[0].split("-")[0], eponyms)):
            continue
        if len(body) > 1 and not plain:
            continue
        ranges.append((m.start(), m.start() + words[last].end()))
    return ranges


def _acronym_ranges(text: str, eponyms: frozenset[str]) -> list[tuple[int, int]]:
    """A listed eponym right before its instrument's acronym (``Benton JLO``)."""
    ranges: list[tuple[int, int]] = []
    for m in _EPONYM_RUN.finditer(text):
        parts = re.findall(r"[A-Za-zß-ÿ]+", _POSSESSIVE.sub("", m.group()))
        if not parts or not all(_listed(p, eponyms) for p in parts) or _titled(text, m.start()):
            continue
        after = _ACRONYM.match(text, m.end())
        # a name common as a surname only before its acronym's score ("Benton JLO 24", no "Miller LLC")
        rare = all(_key(p) in RARE_EPONYMS or _key(p) in MORE_EPONYMS for p in parts)
        if after and not rare and not _SCORE_NEXT.match(text, after.end()):
            continue
        if not after or CREDENTIALS.match(text, m.end()) or after.group("a") in _COMPANIES:
            continue
        ranges.append((m.start(), after.end()))
    return ranges


def _pair_ranges(text: str, eponyms: frozenset[str]) -> list[tuple[int, int]]:
    """Two names joined by a hyphen, one of them an eponym rare as a surname, before what such a
    name names (``Pelli-Robson contrast``, ``Killian-Jamieson diverticulum``) or both listed."""
    ranges: list[tuple[int, int]] = []
    for m in _PAIR.finditer(text):
        keys = (m.group("a").lower(), m.group("b").lower())
        if not any(k in RARE_EPONYMS or k in MORE_EPONYMS for k in keys) or _titled(text, m.start()):
            continue
        after = THING_AFTER.match(text, m.end()) or EPONYM_NEXT.match(text, m.end())
        if after:
            ranges.append((m.start(), after.end()))
        elif all(_listed(k, eponyms) for k in keys) and not OWNER_LABEL.search(
            text, max(0, m.start() - 40), m.start()
        ):
            # ("Employer: Shaffer-Moore" is a firm's name)
            # two listed eponyms are a term by themselves ("Braxton-Hicks", "Halstead-Reitan")
            ranges.append((m.start(), m.end()))
    return ranges


def _covered(text: str, span: PhiSpan, ranges: list[tuple[int, int]]) -> bool:
    inside = [(s, e) for s, e in ranges if s < span.end and span.start < e]
    return bool(inside) and all(
        any(s <= i < e for s, e in inside) for i in range(span.start, span.end) if text[i].isalpha()
    )


def _eponym_score(text: str, span: PhiSpan, eponyms: frozenset[str]) -> bool:
    """A month/day span that is an eponymous scale's score (``Beighton 6/9``)."""
    m = _FRACTION.fullmatch(text[span.start : span.end])
    if span.category != "date" or not m or int(m.group("a")) > int(m.group("b")):
        return False
    before = _FRACTION_BEFORE.search(text, max(0, span.start - 40), span.start)
    if not before or _titled(text, before.start()):
        return False
    return all(
        _listed(p, eponyms) for p in re.findall(r"[A-Za-zß-ÿ]+", _POSSESSIVE.sub("", before.group("w")))
    )


def keep_named_instruments(
    text: str, spans: list[PhiSpan], eponyms: frozenset[str], is_plain: Callable[[str], bool]
) -> list[PhiSpan]:
    """``spans`` without the name and place spans inside a named instrument, its acronym or its
    score (module docstring).

    Args:
        text: the note.
        spans: resolved spans.
        eponyms: the vocabulary's eponyms (lower case).
        is_plain: whether a lower-case word is an everyday English word and no listed name.
    """
    if not spans:
        return spans
    ranges = _title_ranges(text, eponyms, is_plain) + _acronym_ranges(text, eponyms)
    ranges += _caps_ranges(text, eponyms, is_plain) + _pair_ranges(text, eponyms)
    ratings = [(m.start(), m.end()) for m in _GRBAS.finditer(text)]
    people = ("name", "geo", "workplace", "hospital")
    return [
        s
        for s in spans
        if not (s.category in people and _covered(text, s, ranges))
        and not _eponym_score(text, s, eponyms)
        and not any(a <= s.start and s.end <= b for a, b in ratings)
    ]


def eponym_surnames(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Surnames left before a found given name and a credential (``Signed: Gleason, Mark MD``):
    an eponym in a person's ``Surname, Given`` slot is that person's surname.

    Args:
        text: the note.
        spans: resolved spans.
    """
    found = []
    for s in spans:
        if s.category != "name" or " " in text[s.start : s.end] or not CREDENTIALS.match(text, s.end):
            continue
        before = _SURNAME_COMMA.search(text, max(0, s.start - 40), s.start)
        if before and not any(o.start < before.end() and before.start() < o.end for o in spans):
            end = before.start() + text[before.start() : before.end()].index(",")
            found.append(PhiSpan(before.start(), end, "name"))
    return found
