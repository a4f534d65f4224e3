"""A facility's name in a letterhead in capitals, and facility names whose last words say what
they do rather than that they are a clinic.

* **a letterhead in capitals**: a letter, a recall notice or a worksheet opens with the
  practice's name in capitals on a line of its own (``ASHFORD PEDIATRICS``, ``ST. BRIGID
  WOMEN'S IMAGING``, ``SANDPOINT COUNTY DEPARTMENT OF CHILDREN AND FAMILY SERVICES``), often
  over a department's or an address's line. Such a line, the note's first or one over a
  ``Department of``/``Division of``/``Office of`` line or a street address, whose last word is
  a facility's (``PRACTICE``, ``PEDIATRICS``, ``HEALTH``, ``REGIONAL``, ``SERVICES`` ...) and
  one of whose words is neither a clinical nor a service word, is the facility's name.
* **a facility over its unit on one header line**: ``PINE HOLLOW MEMORIAL  BEHAVIORAL HEALTH
  UNIT``, ``MESA VERDE REGIONAL - EMERGENCY DEPARTMENT``: a name in capitals ending in a
  facility's word, then a wide gap or a dash and a unit, ward or department in capitals, on any
  line of the note.
* **a facility named for its service**: ``Dunmore Immigration Medical Exams``, ``Harbor View
  Donor Network``, ``Pine Ridge Asthma & Allergy``, ``Wexford Bone and Joint``: capitalised
  place words before a service phrase that ends a practice's name.
* **a place after a facility**: ``Breast Center at Copper Basin``, ``civil surgeon office
  Oakmont``: the capitalised words after ``Center at``/``Clinic at``/``surgeon office``.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_facility_letterheads"]

_UPPER_HEADS = frozenset("""PRACTICE PEDIATRICS IMAGING CHILDREN'S REGIONAL GROUP HEALTH SPECIALISTS
INSTITUTE NETWORK SERVICES MEMORIAL HOSPITAL ALLERGY JOINT EXAMS MEDICINE CLINIC CENTER SYSTEM
HOSPICE ASSOCIATES PARTNERS PHYSICIANS ORTHOPAEDICS ORTHOPEDICS CARDIOLOGY DERMATOLOGY OBSTETRICS
GYNECOLOGY UROLOGY ONCOLOGY RADIOLOGY WOMEN'S CLINICS""".split())
_SMALL = frozenset("OF AND & AT THE FOR".split())
_LINE = re.compile(r"^[ \t]*(?P<v>[A-Z][A-Z'’.&-]*(?:[ \t]+[A-Z&][A-Z'’.&-]*){1,9})[ \t]*$", re.M)
_UNIT_TAIL = (r"(?:UNIT|WARD|DEPARTMENT|DEPT\.?|SERVICES?|PROGRAM|DIVISION|CLINIC|CENTER|CENTRE|"
              r"DEPARTMENT[ \t]+OF[ \t]+[A-Z][A-Z &'’-]*[A-Z])")
_HEAD_OVER_UNIT = re.compile(
    r"^[ \t]*(?P<v>[A-Z][A-Z'’.&-]*(?:[ \t][A-Z&][A-Z'’.&-]*){1,6})(?:[ \t]{2,}|[ \t]+[-–—|/:][ \t]+)"
    rf"(?P<u>[A-Z][A-Z'’&/-]*(?:[ \t][A-Z&/][A-Z'’&/-]*){{0,5}}[ \t]+{_UNIT_TAIL}|{_UNIT_TAIL})[ \t]*$",
    re.M,
)
_UNDER = re.compile(r"[ \t]*(?:(?:Department|Division|Office|Section|Program|Service)s?[ \t]+of\b|"
                    r"\d+[ \t]+[A-Z][a-z]+)")
_SERVICE_TAIL = (r"(?:Immigration[ \t]+)?Medical[ \t]+Exam(?:s|inations)|Donor[ \t]+Network|"
                 r"Asthma[ \t]+(?:&|and)[ \t]+Allergy|Allergy[ \t]+(?:&|and)[ \t]+Asthma|"
                 r"Bone[ \t]+(?:&|and)[ \t]+Joint|Surgical[ \t]+Specialists|Orthopa?edic[ \t]+Institute")
_CAPW = r"(?:St\.|Mt\.|[A-Z][a-z'’]+)"
_PLACE = rf"{_CAPW}(?:[ \t]+{_CAPW}){{0,2}}"
_SERVICE_NAMED = re.compile(
    rf"(?<![\w'-])(?P<v>(?!(?:The|At|Per|From)\b){_PLACE})[ \t]+(?:{_SERVICE_TAIL})\b")
_AFTER = re.compile(rf"\b(?:Center|Centre|Clinic|Imaging)[ \t]+at[ \t]+(?P<v>(?!The\b){_PLACE})"
                    rf"|\bsurgeon(?:'s)?[ \t]+office[ \t]+(?P<w>{_PLACE})")


#: a campus's parts: "Center at Main Campus" names no place
_SITE_WORDS = frozenset("campus building tower pavilion floor wing suite level main north south east "
                        "west annex plaza mall hall lobby".split())


def _generic(word: str) -> bool:
    low = word.lower().strip(".'’")
    return (word.upper() in _SMALL or word.upper() in _UPPER_HEADS or len(low) < 3
            or low in SERVICE_WORDS or low in CLINICAL_WORDS_EN or low in NEVER or low in CLINICAL_HEADS)


def _named(words: list[str]) -> bool:
    return any(not _generic(w) for w in words)


def find_facility_letterheads(text: str) -> list[PhiSpan]:
    """The facility names (module docstring) in an English note."""
    out: list[PhiSpan] = []
    first = len(text) - len(text.lstrip())
    for m in _LINE.finditer(text):
        words = m.group("v").split()
        if words[-1].strip(".") not in _UPPER_HEADS or not _named(words):
            continue
        if m.start() > first and not _UNDER.match(text, m.end() + 1):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    for m in _HEAD_OVER_UNIT.finditer(text):
        words = m.group("v").split()
        if words[-1].strip(".") in _UPPER_HEADS and _named(words):
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    for m in _SERVICE_NAMED.finditer(text):
        if _named(m.group("v").split()):
            out.append(PhiSpan(m.start(), m.end(), "hospital"))
    for m in _AFTER.finditer(text):
        g = "v" if m.group("v") else "w"
        if _named(m.group(g).split()) and not any(
                w.lower() in _SITE_WORDS for w in m.group(g).split()):
            out.append(PhiSpan(m.start(g), m.end(g), "hospital"))
    return out
