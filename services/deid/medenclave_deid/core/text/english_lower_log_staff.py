"""Staff and clinics of a lower-case device log in the slots the credential finders leave.

A shunt or pump check typed on a tablet names its nurse practitioner and nurse by login or
first name in more places than right beside ``np``/``rn``:

* **a credential, then a slash, "on shift" or a verb**: ``aprn/wynsome``, ``rn on shift kdalby``,
  ``aprn ottoline reprogrammed valve``, ``per aprn meadow,``, ``nurse practitioner j.ferrand``;
* **a name, then a bracketed credential after a clock time or a dash**: ``16:59 fenna (np)``,
  ``-- pquill3 nurse practitioner``, ``read by wilma cpnp``, ``signed hdrover, nurse``;
* **a table cell under a credential**: ``| charge rn | mdavenport | witnessed``.

The word is a person only as in :mod:`english_lower_log_people` (a login, or a name or a rare
initial-and-surname word, never a clinical or everyday word: ``np aware``, ``rn on shift today``
stay). A lower-case children's or paediatric clinic named after ``@``/``at``/``(`` or ``of`` its
place (``shunt check @ brookmere kids clinic``, ``children's clinic of tallow creek``) is a
hospital; the place's first word must be no kind of clinic and no clinical word.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_lower_facilities import FACILITY_STOP
from medenclave_deid.core.text.english_lower_log_people import CLINIC_KIND, LOG_WORD, LOGIN, log_person
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_lower_log_staff"]

_CRED = (
    r"(?:np|rn|arnp|cpnp|aprn|pnp|lpn|crnp|fnp|nurse[ \t]+practitioner|charge[ \t]+rn|bsn[ \t]+rn|"
    r"nurse|cns|pa-c)"
)
_TOKEN = rf"(?:{LOGIN}|{LOG_WORD})"
_AFTER = re.compile(
    rf"(?m)(?:^|(?<=[ \t(|]))(?:per[ \t]+)?{_CRED}(?:[ \t]*/[ \t]*|[ \t]+on[ \t]+shift[ \t]+|[ \t]+)"
    rf"(?P<v>{_TOKEN})(?=[ \t]*(?:$|[,;|)/]|[ \t][a-z]))"
)
_BEFORE = re.compile(
    rf"(?m)(?:^[ \t]*(?:\[?\d{{1,2}}:\d{{2}}\]?[ \t]+|--?[ \t]*)|\b(?:read[ \t]+by|signed|per)[ \t]+)"
    rf"(?P<v>{_TOKEN})[ \t]*(?:,[ \t]*|\()?{_CRED}\b"
)
_CELL = re.compile(rf"\|[ \t]*{_CRED}[ \t]*\|[ \t]*(?P<v>{_TOKEN})[ \t]*\|")
_PLACE = r"[a-z][a-z'’.]+(?:[ \t]+[a-z][a-z'’.]+){0,2}"
_KIDS = r"(?:children'?s|childrens|kids|pediatric|paediatric)(?:[ \t]+(?:clinic|health|hospital))?"
_CLINIC_AFTER_CUE = re.compile(
    rf"(?:(?:@|\bat)[ \t]+|\([ \t]*)"
    rf"(?P<v>(?P<first>[a-z][a-z'’.]+)(?:[ \t]+[a-z][a-z'’.]+){{0,2}}?[ \t]+{_KIDS})"
    r"(?=[ \t]*(?:$|[.,;:)]|[ \t](?:today|neurosurg|for|on)\b))",
    re.M,
)
_CLINIC_OF = re.compile(
    rf"(?:^|(?<=[ \t(@]))(?P<v>{_KIDS}[ \t]+of[ \t]+(?P<first>{_PLACE}))(?=[ \t]*(?:$|[.,;:)]|[ \t]today\b))",
    re.M,
)


def find_lower_log_staff(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """Staff by login or first name and children's clinics of lower-case logs (module docstring)."""
    out: list[PhiSpan] = []
    for rx in (_AFTER, _BEFORE, _CELL):
        for m in rx.finditer(text):
            word = m["v"]
            if word == word.lower() and log_person(word, vocab) and not vocab.is_common(word, threshold=4.0):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for rx in (_CLINIC_AFTER_CUE, _CLINIC_OF):
        for m in rx.finditer(text):
            first = m["first"].split()[0] if rx is _CLINIC_OF else m["first"]
            words = m["first"].split() if rx is _CLINIC_OF else m["v"].split()
            if first in CLINIC_KIND or is_clinical_word(first) or first in vocab.clinical:
                continue
            if any(w in FACILITY_STOP for w in words):
                continue
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    return out
