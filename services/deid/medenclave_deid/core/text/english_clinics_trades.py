"""Clinics named in lower case and employers named by a trade's word, in English notes.

* **a clinic in lower case** (``h&p - cottonwood rural health clinic``, ``seen at tri-county
  urgent care``, ``sagebrush family clinic``): a clinic's head (``health clinic``, ``family
  clinic``, ``family medicine``, ``urgent care``, ``medical clinic``, ``walk-in clinic``) after a
  name's one or two words, maybe with a kind's word between (``rural``, ``county``). The name's
  first word is no everyday word (or a hyphenated one, ``tri-county``), none of its words a
  department's or clinical word (``pediatric urgent care``, ``wound clinic``), and it stands where
  a name starts: a line's start, a mark (``-``, ``:``, ``(``) or a preposition or verb of a
  visit before it. ``the family clinic``, ``our urgent care``, ``follow up in family medicine
  clinic``, ``needs urgent care`` stay.
* **an employer by its trade** (``in the lot behind Tamarack Timber Products where he works
  nights``, ``his shift at Kettle Creek Packing``): two to five capitalised words ending in a
  trade's or a business's word, before "where he works" or after "shift at", "job at", "works
  nights at".
* **the employer's first two words again** (``"Tamarack Timber had us on a double shift"``): a
  found workplace of three or more words is the same workplace wherever its first two words
  stand, when the first is no everyday or clinical word (a herb's name may be one: the pair is
  the firm's).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_job_employers import BUSINESS_WORDS
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["find_lower_clinics", "find_trade_employers", "workplace_pairs"]

_CLINIC_HEAD = re.compile(
    r"(?<![A-Za-z-])(?:(?:rural[ \t]+)?health[ \t]+clinic|family[ \t]+(?:clinic|medicine|practice)|"
    r"urgent[ \t]+care|medical[ \t]+clinic|walk-in[ \t]+clinic)(?![A-Za-z])"
)
_WORD_BEFORE = re.compile(r"(?<![A-Za-z'’&-])([a-z][a-z'’-]*[a-z])[ \t]+$")
#: kinds' words that may stand between the name and the head
_KIND = frozenset("rural county community city regional valley rural-health".split())
#: departments, clinical and service words: a clinic's kind, no name
_DEPT = frozenset(
    """pediatric pediatrics peds paediatric adult adults women's womens men's mens children's
childrens kids wound walk-in after-hours same-day express student employee occupational ortho
orthopedic orthopaedic sports travel dental eye vision skin allergy diabetes cardiology free
low-cost mobile virtual tele telehealth online nearby local main hospital hospital-based resident
residents continuity primary teaching university va veterans school school-based campus
in-network out-of-network affiliated associated outpatient inpatient prompt immediate emergent
emergency timely appropriate acute general internal geriatric geriatrics senior family new old
usual regular own same other closest nearest""".split()
)
#: what stands before a name's first word: function words, verbs of a visit
_BEFORE = frozenset(
    """at from to in into via by with and or of seen visited presented went transferred referred
sent admitted discharged evaluated treated called""".split()
)
_STOP = frozenset(
    """a an the our his her their my your its this that these those any some no to at from in into on
of by for with and or via was were is are be been had has have went sent""".split()
)


def find_lower_clinics(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Lower-case clinics of the module docstring.

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    out: list[PhiSpan] = []
    for m in _CLINIC_HEAD.finditer(text):
        w = _WORD_BEFORE.search(text, 0, m.start())
        if w is not None and w.group(1) in _KIND:
            w = _WORD_BEFORE.search(text, 0, w.start(1))
        # the name's one or two words ("cottonwood", "juniper flats"), the first an unusual one
        for _ in range(2):
            if w is None:
                break
            word = w.group(1)
            if word in _STOP or word in _DEPT or word in _KIND or word.endswith(("'s", "’s")):
                break
            if _name_starts(text, w.start(1)) and ("-" in word or not is_common(word)):
                out.append(PhiSpan(w.start(1), m.end(), "hospital"))
                break
            w = _WORD_BEFORE.search(text, 0, w.start(1))
    return out


def _name_starts(text: str, at: int) -> bool:
    """Whether a name may start at ``at``: a line's start, a mark, a preposition or a visit's verb."""
    before = text[text.rfind("\n", 0, at) + 1 : at].rstrip(" \t")
    if not before or re.search(r"[-–—:(\[|,;]$", before):
        return True
    return before.rsplit(None, 1)[-1].lower() in _BEFORE


#: trades' last words beside the business words
_TAILS = BUSINESS_WORDS | frozenset(
    """products timber lumber sawmill mill mills logistics farms farm foods packing builders
roofing plumbing landscaping contracting excavation paving trucking transport transportation
dairy orchards fisheries cannery""".split()
)
_CAP = r"[A-Z][A-Za-z'’-]*"
_RUN = rf"(?P<v>{_CAP}(?:[ \t]+(?:&[ \t]+)?{_CAP}){{1,4}})"
_WHERE_WORKS = re.compile(
    rf"{_RUN}[ \t]+where[ \t]+(?:he|she|they|i|we|pt|the[ \t]+patient|patient|mom|dad|mother|father)"
    r"[ \t]+(?:works|worked|work|is[ \t]+employed|was[ \t]+employed|has[ \t]+worked)\b"
)
_SHIFT_AT = re.compile(
    r"(?i:\b(?:shifts?|job|works?[ \t]+(?:nights|days|evenings|weekends|overnights)|"
    r"worked[ \t]+(?:nights|days|evenings|weekends|overnights))[ \t]+(?:at|for|with)[ \t]+)"
    rf"{_RUN}"
)
_LEAD = frozenset("The A An His Her Their My Our In At On Behind".split())


def find_trade_employers(text: str) -> list[PhiSpan]:
    """Employers by a trade's word after or before a work cue (module docstring)."""
    out: list[PhiSpan] = []
    for m in [*_WHERE_WORKS.finditer(text), *_SHIFT_AT.finditer(text)]:
        words = list(re.finditer(r"\S+", m.group("v")))
        while words and words[0].group() in _LEAD:
            words.pop(0)
        if len(words) < 2 or words[-1].group().lower() not in _TAILS:
            continue
        base = m.start("v")
        out.append(PhiSpan(base + words[0].start(), base + words[-1].end(), "workplace"))
    return out


def workplace_pairs(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """The first two words of a found workplace of three or more words, wherever they stand.

    Args:
        text: an English note.
        spans: the resolved spans so far.
        vocabulary: what is known about English words.
    """
    pairs: set[str] = set()
    for s in spans:
        words = text[s.start : s.end].split()
        if s.category != "workplace" or len(words) < 3:
            continue
        first, second = words[0], words[1]
        if not (re.fullmatch(_CAP, first) and re.fullmatch(_CAP, second)) or len(first) < 4:
            continue
        lower = first.lower()
        if vocabulary.is_common(lower, threshold=4.0) or lower in vocabulary.clinical:
            continue
        pairs.add(f"{first} {second}")
    out: list[PhiSpan] = []
    for pair in pairs:
        a, b = pair.split()
        pattern = re.compile(rf"(?<![A-Za-z0-9]){re.escape(a)}[ \t]+{re.escape(b)}(?![A-Za-z0-9])")
        out += [PhiSpan(m.start(), m.end(), "workplace") for m in pattern.finditer(text)]
    return out
