"""A named person's initials written again in a sign-off's slot: set-up sheets, procedure logs and
checklists name their staff once (``Therapists: K. Hartwell, O. Blakemore``, ``Physician: Dr.
Juno Vance``) and then sign each check with the initials (``Set-up checked: KH / ob``, ``Shifts
verified KH 09:40``, ``-- OB``, ``photos taken (kh).``, ``Therapist sign-off ob``).

The initials are the first letters of a found name's given name (or initial) and surname (``O.
Blakemore``, ``Blakemore, Olive``, ``Olive M. Blakemore``: ``OB``, ``OMB``), in capitals or in
lower case. Only a found person's initials count, and only in a slot that signs:

* in brackets right after a name (``Olive Blakemore (ob)``) or alone in brackets (``(OB).``);
* after a signing word (checked, verified, initials, sign-off, signed, by, reviewed, approved,
  witness, second check, therapist, RTT ...) and its colon, equals sign or dash, alone or in a
  list of such initials and names joined by ``/``, ``,``, ``&`` or ``+``, before the line's end,
  a list's joint, a bracket or a time;
* after a dash that opens the line (``-- OB``), or in a table's cell (``| OB |``).

Services, routes and credentials (``IV``, ``RT``, ``MD``) are no one in brackets or a cell alone; in a
signing slot they are the person the note named.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medenclave_deid.core.text.english_role_initials_fuzz23e import NO_ONE
from medenclave_deid.core.text.english_staff_marks_fuzz22 import NOT_INITIALS
from medenclave_deid.core.text.english_staff_roster_names import find_field_initials
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["RT_CREDENTIALS", "find_named_initials"]

RT_CREDENTIALS = frozenset({"RTT", "RT", "CMD", "DABR", "RGN", "SRN", "MBBS", "FRCR", "FRCP", "MRCP"})
_TITLE = re.compile(r"(?i)^(?:dr|mr|mrs|ms|miss|prof|sr|rev)\.?$")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*\.?")
_SIGN = (
    r"(?:checked|check|checks|initials?|inits|sign-?off|signed|signature|sig|verified|verify|"
    r"reviewed|approved|witness(?:ed)?|co-?sign(?:ed)?|by|done|taken|performed|completed|"
    r"therapists?|rtts?|radiographers?|techs?|technologists?|staff|second[ _-]?check|"
    r"double[ _-]?check|independent[ _-]?check|time[ _-]?out)"
)
_JOINT = r"[ \t]*(?:/|,|&|\+|and)[ \t]*"
_AFTER = r"(?=[ \t]*(?:$|[/,;|)(&+]|and\b|\d{1,2}:\d{2}|\.[ \t]*$|[ \t]{2}))"


def _initials(name: str) -> set[str]:
    """The initials a name's person signs with: given then surname, with a middle initial too."""
    cred = re.search(r",?[ \t]+(?P<c>[A-Z]{2,5}|PA-C|Ph\.?D\.?)$", name.strip())  # "…, MD"
    if cred and (
        _credential(cred.group("c")) or cred.group("c") in RT_CREDENTIALS or not cred.group("c").isalpha()
    ):  # not "T. ROWE"
        name = name.strip()[: cred.start()]
    if "," in name:  # "Blakemore, Olive M"
        surname, _, given = name.partition(",")
        words = given.split() + surname.split()
    else:
        words = name.split()
    words = [w for w in words if _WORD.fullmatch(w) and not _TITLE.match(w)]
    if len(words) < 2 or len(words) > 4:
        return set()
    if len(words) == 2 and "," not in name and re.fullmatch(r"[A-Z]\.?", words[1]) and words[0][1:].islower():
        return {words[1][0] + words[0][0].upper()}  # "Barley O": Olive Barley
    letters = [w[0] for w in words]
    if not all(c.isalpha() for c in letters) or not words[-1].rstrip(".")[1:]:
        return set()  # the surname is a word, not an initial
    # "Sim therapists Q. Haverstock": a label's words may lead the name
    out = {letters[0] + letters[-1], letters[-2] + letters[-1]}
    if len(words) == 3:
        out.add("".join(letters))
    return {v.upper() for v in out}


def _credential(value: str) -> bool:
    return value.lower() in CREDENTIAL_WORDS or value.upper() in CREDENTIAL_WORDS


def _names(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Name spans, with two found pieces of one name joined (``O.`` ``Blakemore``)."""
    names = sorted((s for s in spans if s.category == "name"), key=lambda s: s.start)
    out: list[PhiSpan] = []
    for span in names:
        if out and re.fullmatch(r"[ \t]", text[out[-1].end : span.start]):
            out[-1] = PhiSpan(out[-1].start, span.end, "name")
        else:
            out.append(span)
    return out


@lru_cache(maxsize=256)
def _patterns(alt: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The signing-slot, lone-initials, in-a-list and bracketed-after-a-name patterns for an
    alternation of initials (compiled once per set of initials: a ward's staff sign note after
    note)."""
    one = rf"(?:{alt})(?![\w'-]|\.[ \t]?\w)"  # "checked by KW." but not "K.W"
    item = rf"(?:{one}|[A-Z]\.[ \t]?[A-Z](?:[a-z'-]+|[A-Z'-]+)|[A-Z][a-z'-]+(?:[ \t][A-Z][a-z'-]+)?)"
    slot = re.compile(
        rf"(?i:\b{_SIGN})[ \t]*(?:[:=#]|[-–—](?=[ \t]))?[ \t]*"
        rf"(?P<list>(?:{item}{_JOINT})*)(?P<v>{one}){_AFTER}",
        re.M,
    )
    lone = re.compile(
        rf"(?m)(?:\((?P<a>{one})\)(?=[ \t]*[.;,]?[ \t]*$)|^[ \t]*(?:--?|[–—~])[ \t]*(?P<b>{one})[ \t]*$"
        + (rf"|(?<=\|)[ \t]*(?P<c>{one})[ \t]*(?=\||$))")
    )
    return slot, lone, re.compile(rf"(?<![\w.])(?:{one})"), re.compile(rf"[ \t]*\((?P<v>{one})\)")


def find_named_initials(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Name spans of a found person's initials in a signing slot (the module docstring).

    Args:
        text: an English note.
        spans: the spans found so far.
    """
    names = _names(text, spans)
    found: set[str] = set()
    for span in names:
        found |= _initials(text[span.start : span.end])
    if not found:
        return []
    # an initial the text does not hold matches nowhere: only those it holds join the patterns
    forms = {f for v in found for f in (v, v.lower()) if f in text}
    if not forms:
        return find_field_initials(text, spans, found)
    alt = "|".join(sorted(forms, key=lambda f: (-len(f), f)))
    slot, lone, listed, bracketed = _patterns(alt)
    out: list[PhiSpan] = []
    for m in slot.finditer(text):
        if _credential(m.group("v")) and text[: m.start("v")].rstrip(" \t").endswith(","):
            continue  # "Signed: M. Stavely, MS": her degree
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
        for sub in listed.finditer(m.group("list")):
            out.append(PhiSpan(m.start("list") + sub.start(), m.start("list") + sub.end(), "name"))
    for span in names:  # "Olive Blakemore (ob)"
        after = bracketed.match(text, span.end)
        if after:
            out.append(PhiSpan(after.start("v"), after.end("v"), "name"))
    for m in lone.finditer(text):
        group = next(g for g in "abc" if m.group(g))
        value = m.group(group)
        if group in "ac" and (value.lower() in NO_ONE or value.upper() in NOT_INITIALS):
            row = (text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end()) % (len(text) + 1))
            if (
                group == "a"
                or not any(  # "| E. Reading | ER |": the row's person; "| PO |" a route
                    row[0] <= n.start
                    and n.end <= row[1]
                    and value.upper() in _initials(text[n.start : n.end])
                    for n in names
                )
            ):
                continue
        out.append(PhiSpan(m.start(group), m.end(group), "name"))
    return out + find_field_initials(text, spans, found)  # "MD review: OF"
