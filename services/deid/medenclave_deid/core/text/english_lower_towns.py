"""Towns written in lower case where a raw transcript or its draft says where a person lives.

An ambient scribe's raw transcript, and the draft line written from it, keep speech's lower case:
``[patient]: i still live out in larchmont bay.``, ``it's a long drive from port ainsley``,
``79 y/o man from cedar bluff with hypertension``. The place recognisers read a town by its
capital, so these slip. A lower-case town is taken only where both hold:

* **a cue of living or coming from stands right before it**: a verb of living (``live in``,
  ``lives out in``, ``resides in``, ``living up in``), a drive from (``drive from``, ``drove in
  from``; not ``coming from``, which pain and drainage do too), ``resident of``, a move (``since
  we moved to``), being out somewhere (``we're out in``, ``i'm over in``), or a person described
  by age or sex (``79 y/o man from``, ``93-year-old woman from``, ``76 y/o m of``, ``pt from``);
* **the words read as a place's name**: one to three lower-case words up to the clause's end
  (punctuation, ``with``, ``and``, ``so``, ``presenting``); none is an everyday function word,
  a clinical word or a word of home and care (``home``, ``rehab``, ``the er``, ``assisted
  living``), and either a word is no everyday English word (``millbrook``, ``ainsley``) or the
  last one is a place's head word after a name-like first word (``cedar bluff``, ``harrow
  falls``; ``cedar city``: a head word that alone is no town, ``the city``, ``a big city``, is one
  after a name-like word).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_lower_towns"]

_ADVERB = r"(?:[ \t]+(?:out|over|up|down|back|still|now|way[ \t]+out))*"
_CUE = (
    # "i still live out in larchmont bay", "she lives alone in millbrook", "we're living up in"
    r"\b(?:live|lives|living|lived|reside|resides|residing|resided|stay|stays|staying)"
    r"(?:[ \t]+(?:alone|together|by[ \t]+(?:my|him|her)self))?" + _ADVERB + r"[ \t]+(?:in|near|outside)"
    # "a long drive from", "drove in from", "commutes from"
    r"|\b(?:drive|drives|driving|drove|ride|rides|rode|commute|commutes|commuting)"
    + _ADVERB
    + r"[ \t]+(?:in[ \t]+)?from"
    r"|\bresident[ \t]+of"
    # "since we moved to", "we're out in", "i'm over in" (one of out/over/up/down is needed)
    r"|\b(?:move|moves|moved|moving|relocated)(?:[ \t]+(?:back|out|over|up|down))?[ \t]+to"
    r"|\b(?:i['\u2019]m|we['\u2019]re|i[ \t]+am|we[ \t]+are|they['\u2019]re|she['\u2019]s|he['\u2019]s)"
    r"(?:[ \t]+still)?[ \t]+(?:out|over|up|down)(?:[ \t]+there)?[ \t]+in"
    # "79 y/o man from", "93-year-old woman from", "94f from", "pt from"
    r"|(?:\b(?:y/o|yo|y\.o\.|years?[ \t-]old|year[ \t-]old|\d{2,3}[mf])"
    r"(?:[ \t]+(?:white|black|retired|widowed|married|single|elderly))?"
    r"(?:[ \t]+(?:man|woman|male|female|gentleman|lady|patient|pt|veteran|farmer|m|f))?"
    r"|\b(?:man|woman|gentleman|lady|patient|pt))[ \t]+(?:who[ \t]+is[ \t]+)?(?:from|of)"
)
#: the words that end the clause after a town
_AFTER = (
    r"(?:with|and|so|but|who|which|where|since|for|presenting|seen|here|today|now|you|because|"
    r"area|to|on|in|at|is|was|has|had|accompanied|alone|by|until|every|each|about)"
)
_WORD = rf"(?!{_AFTER}\b)[a-z][a-z'-]*[a-z]"
_TOWN = re.compile(
    rf"(?i:{_CUE})[ \t]+(?P<v>(?-i:{_WORD}(?:[ \t]+{_WORD}){{0,2}}))"
    rf"(?=[ \t]*(?:$|[\n.,;:)!?\u2013\u2014-]|[ \t]+{_AFTER}\b))",
    re.M | re.ASCII,
)
#: a place's last word after a name-like first one ("cedar bluff", "harrow falls")
_PLACE_HEADS = frozenset(
    """falls bay springs spring ridge hollow creek city heights park valley
grove hills hill harbor harbour lake lakes point junction mills mill crossing landing beach
bluff bluffs ford port haven glen vale village township center centre corners station
""".split()
)
#: words of home, care and travel that follow "from" or "live in" and are no town
_NOT_TOWN = frozenset(
    """home house here there work school church town the a an my our his her
their your this that these those rehab hospice hospital clinic er ed icu floor bed bedroom
apartment apt condo trailer shelter facility assisted independent senior nursing memory group
care living unit skilled snf alf ltc jail prison outside inside upstairs downstairs abroad
housing homes residence quarters dorm dormitory community complex building camp tent car vehicle
motel hotel parents subsidized supportive transitional public low-income section
overseas out over up down back still now way far near nearby around across same different
county country city state north south east west northern southern eastern western""".split()
)

#: what a head word's place is like, not which ("a big city", "the inner city", "a small town")
_SIZE = frozenset("big small large little inner outer old new nice quiet busy major capital".split())


def find_lower_towns(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Lower-case towns after a cue of living or coming from (module docstring).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    out: list[PhiSpan] = []
    for m in _TOWN.finditer(text):
        if not _refused(m.group("v").split(), is_common):
            out.append(PhiSpan(m.start("v"), m.end("v"), "geo"))
    return out


def _refused(words: list[str], is_common: Callable[[str], bool]) -> bool:
    """Whether the words are no town's name (a function word, care or clinical word, or all plain
    English without a place's head word)."""
    headed = len(words) >= 2 and words[-1] in _PLACE_HEADS  # "cedar city": a head word, no "city" alone
    for w in words[:-1] if headed else words:
        if w in NEVER or w in _NOT_TOWN or w in CLINICAL_WORDS_EN or is_clinical_word(w) or w in _SIZE:
            return True
    if any(not is_common(w) for w in words):
        return False
    return not headed
