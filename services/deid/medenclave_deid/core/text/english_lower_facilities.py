"""Hospitals named in lower case in English notes.

A note typed all in lower case (an after-hours call note, a chat, a quick handoff, a lab's
callback log) writes a hospital's name as ``st. brendan's regional medical center``, ``mercy
general hospital`` or ``alder creek health system``: the capitalised finders miss it. A
facility's head word (``hospital``, ``hosp``, ``medical center``, ``med ctr``, ``health center``,
``health system``, ``nursing home``, ``infirmary``) with the words right before it, read leftwards up to a
preposition, an article, a pronoun or a verb of transfer, is the hospital's name when one of
those words is more than a kind of hospital (``the county hospital``, ``a psych hospital``,
``discharged from hospital``, ``the local medical center`` stay). A name cut short to its
``memorial`` or ``regional`` (``came from brackwell memorial.``, ``st. odo's regional``) is one too
where that word ends the phrase (a stop, a comma, the line's end, a capitalised word after it) and a
word before it is no kind and no clinical adjective (``regional nodes``, ``cervical regional.``
stay). A psychiatric house's heads count too (``cedar hollow psychiatric pavilion``, ``riverside
mental health institute``), and so does a bare ``health`` that ends a facility label's value
(``hospital: greenfield valley health``; ``facility: behavioral health`` names no one's).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["FACILITY_STOP", "find_lower_facilities"]

_HEAD = re.compile(
    r"(?<![A-Za-z])(?:(?:medical|health|surgical|cancer|rehab(?:ilitation)?|health[ \t]+care)"
    r"[ \t]+(?:cent(?:er|re)|ctr\.?)|med\.?[ \t]+(?:cent(?:er|re)|ctr\.?)|health[ \t]+system|"
    r"hospital|hosp\.?|nursing[ \t]+home|infirmary|"
    # a psychiatric house's own heads: "cedar psychiatric pavilion", "elm mental health institute"
    r"(?:psychiatric|behaviou?ral[ \t]+health|mental[ \t]+health)[ \t]+(?:pavilion|institute|cent(?:er|re))|"
    r"(?:medical|cancer|heart)[ \t]+institute)(?![A-Za-z])"
)
_WORD_BEFORE = re.compile(r"(?<![A-Za-z/])([a-z][a-z'’.-]+)[ \t]+$")
#: a name cut short to its last kind word, ending the phrase
_SHORT_HEAD = re.compile(r"(?<![A-Za-z])(?:memorial|regional)(?=[ \t]*(?:[.,;:)\]|]|$)|[ \t]+[A-Z])", re.M)
#: adjectives that make "regional" a body region's
_REGION = frozenset(
    "cervical axillary inguinal pelvic thoracic lumbar nodal lymph para-aortic periportal".split()
)
#: a facility label's lower-case value ending in "health": "hospital: greenfield valley health"
_LABELLED_HEALTH = re.compile(
    r"(?im)^[ \t]*(?:hospital|facility|site|location|institution)[ \t]*:[ \t]*[a-z][a-z'’. \t-]*?"
    r"(?<![A-Za-z])(?P<h>health)[ \t]*$"
)
#: where the name ends on the left: function words and the verbs of a transfer
FACILITY_STOP = frozenset(
    """a an the to at from in into on of by for with and or via our his her their my your its this
that these those any some same other another nearest closest nearby previous prior referring
receiving local outside was were is are be been being had has have went sent go going come came
admitted discharged transferred transfer taken brought seen followed evaluated eval treated
called call stayed stay left leaving visit visited while during after before when since then
ed er pt patient she he they we i you""".split()
)
#: words that only say what kind of hospital it is
_KIND = frozenset(
    """general regional memorial community county city state university district teaching psych
psychiatric mental children's childrens women's womens veterans va private public rural small
big large new old main tertiary academic acute care behavioral specialty long-term day field
partial inpatient outpatient st. st saint animal military army naval""".split()
)


def find_lower_facilities(text: str) -> list[PhiSpan]:
    """Lower-case hospital names of ``text`` ending in a facility's head word."""
    out: list[PhiSpan] = []
    heads = [(m.start(), m.end()) for rx in (_HEAD, _SHORT_HEAD) for m in rx.finditer(text)]
    if "health" in text:
        heads += [(m.start("h"), m.end("h")) for m in _LABELLED_HEALTH.finditer(text)]
    for head, end in heads:
        start = head
        named = False
        for _ in range(4):
            w = _WORD_BEFORE.search(text, 0, start)
            if w is None:
                break
            word = w.group(1).lower()
            if word in FACILITY_STOP or (word[-1] == "." and word != "st."):
                break
            if word in _REGION:
                named = False
                break
            named = named or word.removesuffix("'s").removesuffix("’s") not in _KIND
            start = w.start(1)
        if named and start < head:
            out.append(PhiSpan(start, end, "hospital"))
    return out
