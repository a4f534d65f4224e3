"""Parts of the body that a ticket's or a label's free lines name, kept whatever their case.

A food-service tray ticket, a bedside card or a wristband's notes print short clinical asides in
capitals or title case (``NOTE: SORES IN MOUTH``, ``WEAKNESS R SIDE``, ``HAS UPPER DENTURES``,
``No BP Left Arm``, ``feeds via G-Tube``), where the name tagger reads an unknown capitalised word
as a person or a town. A found name or place whose every word is a part of the body, a mouth's
appliance or a feeding tube (with a side or a level: ``R``, ``LEFT``, ``UPPER``, ``BILATERAL``) is
no one and nowhere. Parts that are also surnames (``Side``, ``Back``, ``Foot``, ``Chin``, ``Hand``,
``Lips``, ``Colon``, ``Kidney``, ``Peg``) are kept only with a side or a level in the span or just
before it (``R SIDE``, ``left Hand``, ``L FOOT``), or a symptom's word beside them
(``PAIN IN HAND``, ``HAND CONTRACTURE``): ``Dr. Chin`` and ``Ada Hand`` stay names. An everyday
word before the part (``HAS``, ``NEEDS``) or after it (``JAW WIRED``) is no name either.

A name that ran on into the next field of the slip gives the part back from where the part begins
(``DAUGHTER MAUREEN  RIGHT HAND WEAK``, ``HUSBAND LEONARD  UPPER DENTURES``, ``SON KEVIN MOUTH
CARE``): a side or a level followed by a part, or a part itself, after the name's first word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["is_body_word", "keep_body_parts"]

#: parts of the body, a mouth's appliances and feeding or airway tubes; no list knows them as names
_PARTS = frozenset(
    """mouth mouths lip gums gum throat feet hands thumb thumbs fingers finger palate dentures denture
partials teeth tooth trach tracheostomy g-tube j-tube peg-tube ng-tube gt jaw jaws heel heels
lungs kidneys eye eyes eyelid arm arms forearm leg legs knee knees hip hips neck face nose ear
ears wrist wrists elbow elbows shoulder shoulders chest belly abdomen stomach tongue toes toe
ankle ankles shin calf thigh buttock buttocks groin sacrum coccyx esophagus oesophagus""".split()
)
#: parts of the body that are also surnames: kept only beside a side or a level
_NAMED_PARTS = frozenset("side sides back foot chin hand lips colon kidney peg".split())
#: a side or a level that makes the word after it a part of the body
_SIDES = frozenset("r l rt lt left right upper lower bilateral both bil".split())
_SIDE_BEFORE = re.compile(
    r"(?:\b(?:r|l|rt|lt|left|right|upper|lower|bilateral|both|bil)|"
    # or a symptom of the part ("PAIN IN HAND", "NO USE OF HAND", "weak hand")
    r"\b(?:pain|sores?|weak|weakness|numb|numbness|swollen|swelling|injured|use)"
    r"(?:[ \t]+(?:in|of|to))?)[ \t]+$",
    re.I,
)

#: a symptom after the part ("HAND CONTRACTURE", "Foot wound")
_SYMPTOM_AFTER = re.compile(
    r"[ \t]+(?i:contractures?|weakness|weak|pain|sores?|wounds?|fracture|amputation|ulcers?|swelling)\b"
)
_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[A-Za-z][A-Za-z-]*)")


def _is_body(text: str, span: PhiSpan, is_plain: Callable[[str], bool]) -> bool:
    raw = re.findall(r"[A-Za-z][A-Za-z.-]*", text[span.start : span.end])
    if raw and re.fullmatch(r"[A-Za-z]\.", raw[0]):
        return False  # "L. COLON": an initial and a surname, not the left colon
    words = [w.lower().rstrip(".") for w in raw]
    words = [w for w in words if w]
    # an everyday verb before the part ("HAS UPPER DENTURES", "NEEDS L HAND ASSIST") names no one
    lead = ""
    while len(words) > 1 and words[0] not in _SIDES and words[0] not in _PARTS and is_plain(words[0]):
        lead, words = f"{lead}{words[0]} ", words[1:]
    # an everyday word after the part ("NOTE: JAW WIRED", "TONGUE SWOLLEN") names no one either
    while len(words) > 1 and words[-1] not in _SIDES | _PARTS | _NAMED_PARTS and is_plain(words[-1]):
        words = words[:-1]
    if not words:
        return False
    if all(w in _SIDES for w in words):  # "PAIN IN UPPER LIP": the level, not a town named Upper
        nxt = _WORD_AFTER.match(text, span.end)
        return nxt is not None and nxt["w"].lower() in _PARTS | _NAMED_PARTS
    sided = (
        words[0] in _SIDES
        or bool(_SIDE_BEFORE.search(text[max(0, span.start - 16) : span.start] + " " + lead))
        or bool(_SYMPTOM_AFTER.match(text, span.end))
    )
    parts = [w for w in words if w not in _SIDES]
    if not parts or len(parts) > 2:
        return False
    return all(w in _PARTS or (sided and w in _NAMED_PARTS) for w in parts)


def is_body_word(word: str) -> bool:
    """A part of the body that no list knows as a name (``JAW``, ``Teeth``, ``mouth``)."""
    return word.lower() in _PARTS


def keep_body_parts(text: str, spans: list[PhiSpan], is_plain: Callable[[str], bool]) -> list[PhiSpan]:
    """``spans`` without the names and places that are parts of the body (module docstring).

    Args:
        text: an English note.
        spans: the spans found so far.
        is_plain: whether a lower-case word is an everyday word and no known name.
    """
    kept = [_trim_body_tail(text, s) for s in spans]
    return [s for s in kept if s.category not in ("name", "geo") or not _is_body(text, s, is_plain)]


_SPAN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")


def _trim_body_tail(text: str, span: PhiSpan) -> PhiSpan:
    """``MAUREEN  RIGHT HAND``: the name without the part of the body it ran on into."""
    if span.category != "name":
        return span
    found = list(_SPAN_WORD.finditer(text, span.start, span.end))
    for k in range(1, len(found)):
        word = found[k].group().lower()
        if k + 1 < len(found):
            nxt = found[k + 1].group().lower()
        else:
            after = _WORD_AFTER.match(text, span.end)
            nxt = after["w"].lower() if after else ""
        if word in _PARTS or (word in _SIDES and len(word) > 1 and nxt in _PARTS | _NAMED_PARTS):
            end = found[k - 1].end()
            return PhiSpan(span.start, end, span.category) if end > span.start else span
    return span
