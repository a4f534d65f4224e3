"""People that flowsheets, registers and line lists name in terse shapes the other finders miss.

* **a specialty or a specialist's title, then ``Surname, F.``**: ``Urology: May, J.``,
  ``Urologist: Walker, T., MD``, ``Radiology: Hope, R.``: a capitalised word, a comma and one
  initial with its full stop is how an order sheet names the consultant, even where the surname
  is a month or an everyday word (``May``, ``Walker``) that the name finders pass over;
* **a timed tab row signed by initials**: ``0800<TAB>36.3<TAB>bladder<TAB>water 34<TAB>MH`` in a
  temperature-management or a drip flowsheet: a row opening with a clock time, cells split by
  tabs, and two or three capitals alone in the last cell, in a note with at least two such rows.
  The capitals are the nurse's initials; a clinical abbreviation (``BP``, ``ICU``) or a unit
  (``MM``) there stays.
* **initials after a doer's label**: ``Injector: KC``, ``Applied by - MO`` in an injection
  register or a varnish roster (a clinical abbreviation there, ``Injector: ED``, stays);
* **an index case named after its label**: ``index case - brannock quill, 34 yo``,
  ``Index case: PELL, Winnifred``, ``Index: rue tamberlane``, ``Index case (IC): kell, ona``,
  ``| Index | ona kell |``, ``index<TAB>ona kell``: a contact-tracing line list names
  the index case right after the label (``IC:``, ``Case name:`` too), in any case, after a colon,
  a dash or a tab; two or three words (or ``Surname, Given``) up to a comma, a bracket, a pipe or
  the line's end, none of them a clinical word and the surname no everyday word unless an age
  follows (``index<TAB>jasmine smith (54 y)``); ``index case: pertussis infant`` stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_words import SPECIALTY
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_flowsheet_signers"]

_TITLE = r"(?i:[a-z]+ologist|surgeon|physician|attending|consultant|intensivist|radiologist|provider)"
_SPECIALIST = re.compile(
    rf"(?m)^[ \t]*(?:{SPECIALTY}|{_TITLE})[ \t]*:[ \t]*"
    r"(?P<v>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?,[ \t]?[A-Z]\.)(?=[ \t]*(?:,|;|$|\(|MD\b|DO\b))"
)
_W = r"[A-Za-z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]+)?"
_INDEX_CASE = re.compile(
    r"(?im)^[ \t|]*(?:index(?:[ \t]+(?:case|patient|pt))?|ic|(?:name[ \t]+of[ \t]+)?case)(?:[ \t]+name)?"
    r"(?:[ \t]*\((?:ic|ix)\))?"
    r"(?:[ \t]*(?:[:=–—|-]|:[ \t]*-)|\t)[ \t]*"
    rf"(?P<v>{_W},[ \t]?{_W}|{_W}[ \t]{_W}(?:[ \t]{_W})?)(?=[ \t]*(?:[,;(|]|$))"
)
#: the initials of the one who injected, applied or scanned, after their label ("Injector: KC")
_DOER = re.compile(
    r"(?m)^[ \t]*(?i:injector|injected[ \t]+by|applied[ \t]+by|scanned[ \t]+by|inserted[ \t]+by)"
    r"[ \t]*[:-][ \t]*(?P<v>[A-Z]{2,3})(?=[ \t]*(?:[,;(|]|$))"
)
#: an age or a date after the name ("jasmine smith (54 y)", "mark smith, 7 mo")
_AGED = re.compile(r"[ \t]*(?:[,(|][ \t]*)+\(?\d")
_TIMED_ROW = re.compile(r"(?m)^[ \t]*(?:[01]?\d|2[0-3]):?[0-5]\d\t[^\n]*\t[ \t]*(?P<v>[A-Z]{2,3})[ \t]*$")
#: capitals that a row's last cell holds as a reading or a place, not as a signature
_NOT_INITIALS = frozenset(
    """
BP HR RR MAP CVP ICU CCU PICU NICU ED OR PACU NA OK NS LR IV IO PO PR SL SC IM NG OG ETT ET
MM CM ML MG KG HG GI GU BM UO NPO DNR AMA ABG VBG ECG EKG EEG CT MRI US PRN STAT ON OFF YES NO
""".split()
)


#: who an index case is when the list does not name them ("index case: pertussis infant")
_DESCRIPTORS = frozenset(
    """
infant newborn neonate baby child toddler teen teenager adolescent sibling student adult male female
man woman boy girl unknown pending unnamed same household contact traveller traveler resident
""".split()
)


def _index_name(value: str, is_common: Callable[[str], bool], aged: bool) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z'’-]+", value)]
    surname = words[0] if "," in value else words[-1]
    if any(is_clinical_word(w) or w in _DESCRIPTORS for w in words):
        return False
    return aged or not is_common(surname)


def find_flowsheet_signers(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """The consultants, signers and index cases of the shapes above (module docstring).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    spans = [PhiSpan(m.start("v"), m.end("v"), "name") for m in _SPECIALIST.finditer(text)]
    spans += [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _INDEX_CASE.finditer(text)
        if _index_name(m["v"], is_common, _AGED.match(text, m.end()) is not None)
    ]
    spans += [
        PhiSpan(m.start("v"), m.end("v"), "name") for m in _DOER.finditer(text) if m["v"] not in _NOT_INITIALS
    ]
    rows = [
        m
        for m in _TIMED_ROW.finditer(text)
        if m["v"] not in _NOT_INITIALS and not is_clinical_word(m["v"].lower())
    ]
    if len(rows) >= 2:
        spans += [PhiSpan(m.start("v"), m.end("v"), "name") for m in rows]
    return spans
