"""Initials of a second person in a staff field's list: a set-up sheet or a log names one of its
staff and signs the other with initials alone (``Therapists: L. Brannigan / IO``, ``Nurses:
M. Okafor, JB``, ``Scrub team: T. Hale & kd``). Nothing else on the sheet names ``IO``, so the
initials are not a found person's (:mod:`english_named_initials`); they are a person because they
stand in a list of people after a staff field's label.

A list item counts when it is two or three letters alone (``IO``, ``J.B.``, ``kd``) between the
list's joints (``/``, ``,``, ``&``, ``+``, ``and``) and:

* another item of the same list is a found name; an item that is a credential (``RN``, ``MD``,
  ``RTT``) stays (``Nurses: M. Okafor, RN``), and lower-case items must not be a small word; or
* the label is plural and every item of a list of two or more is capital initials that are not a
  credential, a service, a route or a modality (``Therapists: KH / OB``; not ``Techs: CT / MR``).

The list ends at the line's end, two spaces, ``;``, a bracket or a time.

And the initials that sign a record off at its line's end after a verb of record-keeping
(``Documented by HR``, ``Charted by ED.``): a person whatever abbreviation they spell, though
not a modality or a test that confirms a finding (``Confirmed by CT``, ``Verified by ECG``) nor
a credential or a word for no one. So are the initials a shift is handed off to (``Handoff to AG
at 1900``, ``Report given to JT.``) and those after a day's ``by`` (``Dressing changed on 10/16 by
AS.``), where they spell no service, credential or modality (``report given to ICU``, ``by PT``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_named_initials import RT_CREDENTIALS
from medenclave_deid.core.text.english_role_initials_fuzz23e import NO_ONE
from medenclave_deid.core.text.english_staff_marks_fuzz22 import NOT_INITIALS
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_staff_list_initials"]

_STAFF = (
    r"(?:therapists?|rtts?|radiographers?|nurses?|rns|techs?|technicians?|technologists?|staff|"
    r"team|crew|assistants?|scrubs?|circulators?|sonographers?|dosimetrists?|physicists?|"
    r"pharmacists?|aides?|medics?|paramedics?|residents?|fellows?|interns?|students?|"
    r"perfusionists?|anesthetists?|midwives|midwife|hcas?|cnas?|porters?|transporters?|"
    r"phlebotomists?|clinicians?|providers?|preceptors?|orientees?|witnesses|witness)"
)
_LABEL = re.compile(
    rf"(?im)(?<![\w-])(?P<label>(?:[a-z][a-z-]*[ \t]+)?{_STAFF})[ \t]*(?:[:=#]|[-–—](?=[ \t]))[ \t]*"
    r"(?P<list>[^\n;()\[\]]*?)(?=[ \t]*(?:$|;|[(\[]|[ \t]{2}|\d{1,2}:\d{2}))"
)
_JOINT = re.compile(r"[ \t]*(?:/|,|&|\+|\band\b)[ \t]*")
_INITIALS = re.compile(r"[A-Z]{2,3}|(?:[A-Z]\.){2,3}|[a-z]{2,3}")
_SMALL = frozenset(
    "on of to in at by am pm is as or an and the off per via for all any x2 x3 etc too was are see"
    " ok no yes nil n/a".split()
)
_SUFFIXES = frozenset({"ii", "iii", "iv", "jr", "sr"})
#: a record signed off by initials at its line's end
_SIGNED_OFF = re.compile(
    r"(?im)\b(?:documented|charted|recorded|entered|witnessed|completed|prepared|logged|initialled|initialed)"
    r"[ \t]+by[ \t]+(?P<v>(?-i:[A-Z]{2,3}|(?:[A-Z]\.){2,3}))[ \t]*\.?[ \t]*$"
)
#: a shift's handoff to initials, and an act on a day by initials (``Handoff to AG at 1900``,
#: ``Dressing changed on 10/16 by AS.``)
_HANDED = re.compile(
    r"(?i:\b(?:hand-?off|hand-?over|report[ \t]+given|(?:gave|give)[ \t]+report|signed[ \t]+out|sign-?out)"
    r"[ \t]+to|(?<![\w/])\d{1,2}/\d{1,2}(?:/\d{2,4})?[ \t]+by)"
    r"[ \t]+(?P<v>[A-Z]{2,3}|(?:[A-Z]\.){2,3})(?=[ \t]*(?:[.;,)]|$|[ \t]at\b|[ \t]\d))",
    re.M,
)
_TESTS = frozenset("ct mri mr us ecg ekg eeg emg xr cxr pet ir ivus tee tte echo pcr lab".split())


def _credential(item: str, joint: str) -> bool:
    """A credential, or a name's suffix after a comma (``M. Okafor, RN``; ``T. Hale, II`` but not
    ``G. Lombardi / II``)."""
    word = item.replace(".", "")
    if word.lower() in _SUFFIXES:
        return joint == ","
    return (
        word.lower() in CREDENTIAL_WORDS or word.upper() in CREDENTIAL_WORDS or word.upper() in RT_CREDENTIALS
    )


def _items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each item of the list ``text[start:end]``, blanks trimmed."""
    out: list[tuple[int, int]] = []
    at = start
    for joint in [*_JOINT.finditer(text, start, end), None]:
        stop = joint.start() if joint else end
        item = text[at:stop]
        lead = len(item) - len(item.lstrip(" \t"))
        out.append((at + lead, at + len(item.rstrip(" \t"))))
        at = joint.end() if joint else end
    return [(a, b) for a, b in out if a < b]


def find_staff_list_initials(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Name spans of initials in a staff field's list (the module docstring).

    Args:
        text: an English note.
        spans: the spans found so far.
    """
    names = [s for s in spans if s.category == "name"]
    out: list[PhiSpan] = []
    for m in _LABEL.finditer(text):
        items = _items(text, m.start("list"), m.end("list"))
        if len(items) < 2:
            continue
        named = [any(n.start < b and a < n.end for n in names) for a, b in items]
        shaped = [
            (a, b)
            for (a, b), hit in zip(items, named, strict=True)
            if not hit
            and _INITIALS.fullmatch(text[a:b])
            and not _credential(text[a:b], text[:a].rstrip(" \t")[-1:])
        ]
        if any(named):
            out += [
                PhiSpan(a, b, "name") for a, b in shaped if not text[a:b].islower() or text[a:b] not in _SMALL
            ]
        elif (
            m.group("label").lower().endswith(("s", "team", "crew", "staff", "midwives"))
            and len(shaped) == len(items)
            and all(
                text[a:b].isupper()
                and text[a:b].replace(".", "").lower() not in NO_ONE
                and text[a:b].replace(".", "") not in NOT_INITIALS
                for a, b in shaped
            )
        ):
            out += [PhiSpan(a, b, "name") for a, b in shaped]
    for m in _SIGNED_OFF.finditer(text):
        key = m["v"].replace(".", "").lower()
        if key not in _TESTS and key not in NO_ONE and not _credential(m["v"], ""):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _HANDED.finditer(text):
        key = m["v"].replace(".", "")
        if key.lower() not in NO_ONE and key not in NOT_INITIALS and not _credential(m["v"], ""):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
