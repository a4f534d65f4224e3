"""A patient listed as ``SURNAME, GIVEN`` in a register, named again by the surname alone.

Registers, loan logs and work lists write each patient inverted, surname first (``TREMBLAY,
ODILE`` or ``Quist, Anselm R.`` in a film-room's loan row), and their footnotes then name one
of them by the surname alone: ``Overdue: QUIST - not returned``, ``Past due: the Tremblay films,
signed out 3/2``, ``* Quist jacket is overdue``. When the surname is an everyday word (``Case``,
``Love``, ``Film``, ``Major``, ``English``) no finder takes it alone, and in capitals none
takes a known one either.

Every surname of a found ``name`` span of the inverted shape (one or two capitalised words, a
comma, a capitalised given name and maybe an initial, found as one span or as two either side
of the comma) is a name again wherever it stands alone,
written as it was, in title case or in capitals, when:

* no capitalised word is next to it on either side (``Film Library``, ``WHITE BLOOD CELLS``,
  ``Dr A. White`` stay as found or not by others), and no given name follows its comma (the
  inverted name itself);
* no attribute's label comes just before it (``Race: Black``, ``Language: English``), and no
  term's head just after it (``Gleason score``, ``Bone scan``: the eponym, the organ).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.prefixed_matches import WORD_END, WORD_START, bounded_matches
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["register_surname_echoes"]

_SUR = r"[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?"
#: the inverted name: surname (one or two words), comma, given name, maybe an initial
_INVERTED = re.compile(rf"(?P<s>{_SUR}(?:[ ]{_SUR})?)[ \t]*,[ \t]*[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z]\.?)?\Z")
_COMMA = re.compile(r"[ \t]*,[ \t]*")
#: a capitalised word right before or after the echo
_CAP_BEFORE = re.compile(r"[A-Z][\w'’.-]*[ \t]+\Z")
_CAP_AFTER = re.compile(r"[ \t]+[A-Z]|[ \t]*,[ \t]*[A-Z]")
#: a term's head after the echo: the word is the eponym or the organ ("Gleason score", "Bone scan")
_TERM_AFTER = re.compile(
    r"[ \t]+(?:scan|score|scale|test|sign|grade|stage|criteria|index|view|fracture|disease|syndrome|"
    r"maneuver|manoeuvre|reflex|rule|ratio|biopsy|marrow|density|classification|procedure)\b",
    re.IGNORECASE,
)
#: an attribute's label before the echo, whose value is a plain word
_ATTRIBUTE_BEFORE = re.compile(
    r"(?i)\b(?:race|ethnicity|ethnic|language|lang|speaks|colou?r|hair|eyes?|religion|skin|nationality)"
    r"\b[^\n\w]{0,6}\Z"
)


def _forms(surname: str) -> set[str]:
    return {surname, surname.upper(), " ".join(w[:1] + w[1:].lower() for w in surname.split(" "))}


def register_surname_echoes(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The surname of every inverted name found, alone again (module docstring).

    Args:
        text: an English note.
        spans: the spans found so far (their ``name`` spans are read).
    """
    surnames: set[str] = set()
    names = sorted((s for s in spans if s.category == "name"), key=lambda s: s.start)
    for k, s in enumerate(names):
        # one span "QUIST, ANSELM", or two found apart: "QUIST" "," "ANSELM"
        nxt = names[k + 1] if k + 1 < len(names) else None
        glued = nxt is not None and _COMMA.fullmatch(text, s.end, nxt.start) is not None
        m = _INVERTED.match(text[s.start : nxt.end if glued and nxt else s.end])
        if m and len(m["s"]) >= 2:
            surnames |= _forms(m["s"])
    out: list[PhiSpan] = []
    for word in sorted(surnames):
        for start, end in bounded_matches(word, text, WORD_START, WORD_END):
            line = text.rfind("\n", 0, start) + 1
            if (
                _CAP_BEFORE.search(text, line, start)
                or _CAP_AFTER.match(text, end)
                or _TERM_AFTER.match(text, end)
                or _ATTRIBUTE_BEFORE.search(text, max(line, start - 30), start)
            ):
                continue
            out.append(PhiSpan(start, end, "name"))
    return out
