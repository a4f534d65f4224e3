"""Procedure and test names that the name and facility rules read as people or places.

Three shapes of a procedure note's terms are no one:

* **an acronym defined in brackets** after the words it shortens (``rapid on-site evaluation
  (ROSE)``, ``resuscitative endovascular balloon occlusion of the aorta (REBOA)``): the upper-case
  word whose letters are the initials of the words before it, written in lower case (a facility's
  capitalised name and its short form stay identifiers), is the term's short form, there and
  wherever else the note writes it;
* **a listed product or method of a test or procedure** (cytology preparations and thyroid
  classifiers, genotyping platforms, contraceptive implants and devices, TMS coils and systems,
  apheresis and renal replacement systems and their fluids, splinting materials, naloxone products,
  procedure acronyms such as ``FNA``, ``REBOA`` and ``CVVHDF``), alone or with its model's
  letters (``Afirma GSC``, ``ThyroSeq v3``), unless a title stands before it;
* **a score, criteria or scale named after a body**: a facility span followed by ``score``,
  ``criteria``, ``scale``, ``classification`` or ``calculator`` (``Dutch Lipid Clinic Network
  score``) is the instrument.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["keep_procedure_terms"]

#: products and methods of tests and procedures (lower case), and procedure acronyms
PROCEDURE_PRODUCTS = frozenset(
    """
afirma thyroseq thygenext thinprep surepath cellient diff-quik taqman illumina infinium ti-rads tirads acr
nexplanon implanon jadelle norplant sino-implant mirena kyleena liletta skyla paragard nuvaring
neurostar brainsway magventure magstim nexstim
spectra optia amicus narcan kloxxado zimhi evzio orfit aquaplast polyform coban jamar broselow
dlpfc fna fnab fnac reboa efast ebus eus tavi tavr rtms itbs ctbs dtms tdcs ect mri dexa
crrt cvvh cvvhd cvvhdf scuf sled pirrt prismaflex prismax prismasol prismasate phoxillum accusol multibic
""".split()
)
_PRODUCT = re.compile(
    r"(?<![\w-])(?P<w>[A-Za-z][A-Za-z-]*[A-Za-z])"
    r"(?P<model>(?:[ \t]+(?:[A-Z]{2,5}\d?|v\d+(?:\.\d+)?|\d))?)(?![\w-])"
)
_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse|rev))\.?[ \t]+$")
_DEFINED = re.compile(r"(?P<words>(?:[A-Za-z][\w'/-]*[ \t]+){1,9})\((?P<ac>[A-Z][A-Za-z]{1,7})\)")
_SMALL = frozenset("of the and for in to with by a an on at".split())
_INSTRUMENT_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][a-z]+[ \t]+)?"
    r"(?i:score|scores|criteria|scale|classification|calculator|risk[ \t]+score|tool)\b"
)
_PEOPLE = ("name", "hospital", "geo", "workplace")


def _initials(words: list[str]) -> list[str]:
    out = []
    for w in words:
        for part in re.split(r"[-/]", w):
            if part:
                out.append(part[0].upper())
    return out


def _defined_acronyms(text: str) -> set[str]:
    """Upper-case short forms whose letters are the initials of the words before their bracket."""
    found = set()
    for m in _DEFINED.finditer(text):
        ac = m.group("ac")
        if not ac.isupper():
            continue
        words = m.group("words").split()
        if not any(w[0].islower() and w.lower() not in _SMALL for w in words[-len(ac) :]):
            continue  # "Lakeside Regional Medical Center (LRMC)": a place's short form, no term
        full = _initials(words)
        content = _initials([w for w in words if w.lower() not in _SMALL])
        for inits in (full, content):
            if len(inits) >= len(ac) and "".join(inits[-len(ac) :]) == ac:
                found.add(ac)
    return found


def _product_ranges(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PRODUCT.finditer(text):
        if m.group("w").lower() not in PROCEDURE_PRODUCTS or _TITLE_BEFORE.search(text, 0, m.start()):
            continue
        out.append((m.start(), m.end()))
    return out


def keep_procedure_terms(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the person, place and facility spans that are a procedure's term."""
    acronyms = _defined_acronyms(text)
    ranges = _product_ranges(text)
    if acronyms:
        rx = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(acronyms)) + r")(?![\w-])")
        ranges += [(m.start(), m.end()) for m in rx.finditer(text)]
    out = []
    for s in spans:
        if s.category in _PEOPLE:
            inside = [r for r in ranges if r[0] < s.end and s.start < r[1]]
            # the span is nothing but terms (and the punctuation between them)
            if inside:
                rest = text[s.start : s.end]
                for a, b in sorted(inside, reverse=True):
                    rest = rest[: max(0, a - s.start)] + rest[b - s.start :]
                if not re.search(r"[A-Za-z0-9]", rest):
                    continue
            if s.category == "hospital" and _INSTRUMENT_AFTER.match(text, s.end):
                continue
        out.append(s)
    return out
