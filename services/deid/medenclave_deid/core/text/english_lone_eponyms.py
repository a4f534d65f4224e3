"""Eponymous terms of English notes written without the thing they name, and lists of them.

:mod:`~medenclave_deid.core.text.english_eponym_terms` keeps an eponym before its thing
(``Auer rods``); notes also write the eponym alone, and a name rule then reads it as a person:

* **a possessive eponym** (``Sjögren's``, ``Raynaud's.``, ``Hashimoto's,``): a rare eponym with
  its possessive, the disease named by its owner;
* **a rare eponym alone in a list** (``Hurler.``, ``Grocott,``): a name of this module's or the
  eponym module's rare list between list marks;
* **a scale, a stain or a device named by a name rare as a surname** (``Kessler 10``, ``Yasargil
  clip``, ``Scheltens 2``), a scale's eponym common as a surname before its score or class
  (``Wagner 2``, ``Weber B``, ``Fontaine IIb``), and fixed terms whose names are common (``Berg 41/56``,
  ``Bernard-Soulier``, ``Lund and Browder``, ``MR Conditional``, ``Duffy null``);
* **a list of such terms with stain or scale acronyms** (``PAS-D, Verhoeff-Van Gieson``,
  ``Lund-Browder TBSA``): a name span whose letters are all in terms or in capital acronyms, with at
  least one term among them.

* **a clinical word by its ending** (``Orthostasis``, ``Spasticity``, ``Intubated``) found alone as a
  name, unless it is a listed name.

A title before the term still makes it a person (``Dr. Kessler``, ``Mrs. Sjögren's chart``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_eponym_terms import EPONYM_TERM_NAMES, eponym_term_ranges
from medenclave_deid.core.text.english_words import KINSHIP
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["keep_lone_eponyms"]

#: eponyms rare as a surname that the eponym module does not list (lower case)
MORE_EPONYMS = frozenset(
    """
yasargil spetzler fazekas scheltens koedam grocott fite bechterew kleihauer betke soulier churg
takayasu kikuchi hurthle lhermitte tinel trousseau chvostek kernig brudzinski valsalva hallpike
thessaly ommaya mallampati cormack lehane raynaud coombs
""".split()
)
#: eponyms common as a surname, kept only before their score or class (``Weber B``, ``Wagner 2``)
SCALE_EPONYMS = frozenset(
    """
weber frankel fontaine wagner rutherford silverman beck garden schatzker gustilo killip forrester
mallampati ramsay karnofsky lansky rankin zung yesavage hamilton centor caprini padua rockall
blatchford ranson alvarado ballard dubowitz borg berg tanner katz barthel brunnstrom tinetti
kessler lawton cornell allen wells hunt hess fisher parkland hoffman hoffmann dix adson spurling
lachman epley mcmurray phalen finkelstein
""".split()
)
_RARE = EPONYM_TERM_NAMES | MORE_EPONYMS
_FOLD = str.maketrans("äëïöüéèàáíóúçñ", "aeiouee" + "aaiou" + "cn")
_NAME = r"[A-Z][a-zß-ÿ]+"
#: a listed eponym with its possessive, no thing after it
_POSSESSIVE = re.compile(
    rf"(?<![A-Za-z-])(?<![A-Za-z]['’])(?P<w>{_NAME}(?:[ \t]?-[ \t]?{_NAME})*)(?:'s|’s|s'|’)(?![A-Za-z])"
)
#: a rare eponym alone between list marks ("Hurler.", "; Grocott,")
_ALONE = re.compile(
    rf"(?:^|(?<=[,;:/(])|(?<=[,;:/(][ \t])|(?<=\. ))(?P<w>{_NAME}(?:[ \t]?-[ \t]?{_NAME})*)"
    r"(?=[ \t]*(?:[.;)]|,[ \t]*(?![A-Z][a-z]+[ \t]*(?:$|[,\n])|[A-Z]{2}\b|\d)|$))",
    re.M,
)
#: this module's eponym before a score, a grade or a thing (``Kessler 10``, ``Yasargil clip``)
_SCORED = re.compile(
    r"(?<![A-Za-z-])(?<![A-Za-z]['’])"
    rf"(?P<w>{_NAME})(?:'s|’s)?(?:[ \t]+(?:clips?|sign|test|maneuver|manoeuvre|score|"
    r"scale|grade|stage|index|criteria|classification|stain|reservoir|formula|view)(?![A-Za-z])"
    r"|(?:[ \t]+[A-Z]{2,5})?[ \t]*(?:[:=][ \t]*)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3}|\+)?(?![\d/:]|\.\d)"
    r"(?![ \t]*(?i:y\b|yo\b|years?\b|yrs?\b|months?\b|mo\b|weeks?\b|wks?\b|days?\b|d\b|hours?\b|hrs?\b|h\b|"
    r"min\b|am\b|pm\b|st\b|nd\b|rd\b|th\b)))"
)
#: a scale's eponym before its class: a Roman numeral or a grade letter, never an initial
_CLASSED = re.compile(
    r"(?<![A-Za-z-])(?<![A-Za-z]['’])"
    rf"(?P<w>{_NAME})(?:[ \t]+(?:class|grade|stage|type)\b)?[ \t]*(?:[:=][ \t]*)?"
    r"(?:(?:I{1,3}|IV|VI{0,3})[AaBbCc]?(?![A-Za-z'’])|[A-D](?![A-Za-z.'’]))"
)
#: eponymous terms whose names are common surnames or words: only the whole term
_FIXED = re.compile(
    r"(?<![A-Za-z])(?:Berg(?:[ \t]*[:=]?[ \t]*\d{1,2}(?:[ \t]*/[ \t]*56)?(?![\d/.])|[ \t]+score)|"
    r"Bernard[ \t]?[-–][ \t]?Soulier|Churg[ \t]?[-–][ \t]?Strauss|Spetzler[ \t]?[-–][ \t]?Martin|"
    r"Lund[ \t]+(?:and|&)[ \t]+Browder|Duffy[ \t]+(?:null|antigens?|negative|positive|a|b)(?![A-Za-z])|"
    r"MR[ \t]+(?:Conditional|Safe|Unsafe)|Factor[ \t]+V[ \t]+Leiden|Boston[ \t]+Naming(?:[ \t]+Test)?|"
    r"Walk[ \t]?-[ \t]?and[ \t]?-[ \t]?Turn|Hare[ \t]+traction|Sager[ \t]+splint|King[ \t]+LT|"
    r"Steiner[ \t]+(?:stain|silver)|Lawton[ \t]+IADL|Cornell[ \t]+Scale|Hunt[ \t]+and[ \t]+Hess|"
    r"Doppler(?![A-Za-z])|(?:Legion|Salmon|Shig|Bordet|Klebsi|Morax|Bruc|Francis|Barton|Gardner|Pasteur|"
    r"Prevot|King|Rub|Coxi)ella(?![A-Za-z])|"
    r"Coombs(?:'|’)?[ \t]+(?:\((?:DAT|IAT)\)|test|direct|indirect|positive|negative)|"
    r"Cormack[ \t]?[-–][ \t]?Lehane|Dix[ \t]?[-–][ \t]?Hallpike|Philadelphia[ \t]+chromosome|"
    # a patient's position on the table: "semi-Fowler", "Position: Fowler", "prone on Jackson table"
    r"(?i:semi|high|low)[ \t]?-?[ \t]?Fowler(?:'s|’s)?|"
    r"(?:(?<=osition:[ ])|(?<=osition[ ])|(?<=ositioned in[ ]))Fowler(?:'s|’s)?(?![A-Za-z])|"
    r"Jackson[ \t]+(?:spinal[ \t]+|flat[ \t]+)?(?:table|frame))"
)
#: a stain's or a scale's acronym beside the terms of a list (PAS-D, GMS, TBSA, MTA, AVM)
_ACRONYM = re.compile(r"(?<![A-Za-z])[A-Z][A-Z0-9]{1,5}(?:-[A-Z0-9]{1,3})?(?![A-Za-z])")
#: a clinical word by an ending the eponym module does not read (Orthostasis, Mitoses, Spasticity,
#: Rubeola, Intubated), never a listed name
_CLINICAL_WORD = re.compile(
    r"[A-Z][a-z]{2,}(?:[ae]sis|oses|esis|ticity|bility|pathy|plegia|paresis|algia|phobia|rrh?o?ea|"
    r"uria|emesis|ectasis|eola|enarians?|ensed|ubated|ulated|ilated|ented|opsy|oma|omas|omata)"
)
_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse|rev|sgt|officer))\.?[ \t]+$")


def _listed(word: str, eponyms: frozenset[str]) -> bool:
    """Whether each part of ``word`` is a rare eponym (``eponyms``, the vocabulary's, may hold
    common surnames, and is not used for a lone name)."""
    del eponyms
    parts = [p.strip().lower() for p in word.split("-")]
    return all(p in _RARE or p.translate(_FOLD) in _RARE for p in parts)


def _ranges(text: str, eponyms: frozenset[str]) -> list[tuple[int, int]]:
    out = [(m.start(), m.end()) for m in _FIXED.finditer(text)]
    for rx in (_POSSESSIVE, _ALONE):
        out += [(m.start("w"), m.end()) for m in rx.finditer(text) if _listed(m.group("w"), eponyms)]
    scales = MORE_EPONYMS | SCALE_EPONYMS
    out += [
        (m.start(), m.end())
        for rx in (_SCORED, _CLASSED)
        for m in rx.finditer(text)
        if m.group("w").lower() in scales
    ]
    return [(s, e) for s, e in out if not _TITLE_BEFORE.search(text, max(0, s - 12), s)]


def _kept(text: str, span: PhiSpan, terms: list[tuple[int, int]]) -> bool:
    inside = [(s, e) for s, e in terms if s < span.end and span.start < e]
    if not inside:
        return False
    acronyms = [(m.start(), m.end()) for m in _ACRONYM.finditer(text, span.start, span.end)]
    parts = inside + acronyms
    letters = [i for i in range(span.start, span.end) if text[i].isalpha()]
    return all(any(s <= i < e for s, e in parts) for i in letters)


#: a lab's or a unit's acronym beside a clinical word ("Rubeola IgM", "Spasticity RUE")
_SHORT = re.compile(r"(?=[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z])[A-Za-z0-9]{2,6}")


def _clinical_word(text: str, span: PhiSpan, is_name: Callable[[str], bool]) -> bool:
    """Whether each word of the span is a clinical word by its ending (and no listed name) or an
    acronym, and one at least is a clinical word."""
    words = re.findall(r"[A-Za-z0-9]+", text[span.start : span.end])
    clinical = [w for w in words if _CLINICAL_WORD.fullmatch(w) and not is_name(w.lower())]
    return (
        bool(clinical)
        and all(w in clinical or _SHORT.fullmatch(w) for w in words)
        and not _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start)
        and not _KIN_AFTER.match(text, span.end)
    )


#: a kinship word said of the word before it ("Obioma (daughter)", "Chioma, his wife"): a person
_KIN_WORDS = "|".join(sorted(KINSHIP, key=len, reverse=True))
_KIN_AFTER = re.compile(
    rf"[ \t]*(?:\([ \t]*|,[ \t]*(?:(?:his|her|their|the|pt's|patient's)[ \t]+)?)(?i:{_KIN_WORDS})\b"
)


def keep_lone_eponyms(
    text: str,
    spans: list[PhiSpan],
    eponyms: frozenset[str],
    is_name: Callable[[str], bool],
    common: Callable[[str], bool] | None = None,
) -> list[PhiSpan]:
    """``spans`` without the name, place and workplace spans that lie in the terms of the module
    docstring (with the acronyms listed beside them).

    Args:
        text: the note.
        spans: resolved spans.
        eponyms: the vocabulary's eponyms (lower case).
        is_name: whether a lower-case word is a listed name (such a word is never a clinical word).
        common: whether a lower-case word is an everyday one (never a found full name's given name).
    """
    if not spans:
        return spans
    terms = _ranges(text, eponyms) + eponym_term_ranges(text, eponyms)
    known = _full_name_words(text, spans, common or (lambda w: False))

    def named(word: str) -> bool:
        return is_name(word) or word in known

    return [
        span
        for span in spans
        if not (
            span.category in ("name", "geo", "workplace", "hospital")
            and (_kept(text, span, terms) or (span.category == "name" and _clinical_word(text, span, named)))
        )
    ]


def _full_name_words(text: str, spans: list[PhiSpan], common: Callable[[str], bool]) -> frozenset[str]:
    """The words of the note's found full names ("Re: Ifeoma Wise"): a name with a word that no
    ending makes clinical says its other words (``Ifeoma``: ``-oma``) are names wherever they stand,
    unless they are common words ("Melanoma") or written in lower case elsewhere ("meningioma")."""
    out: set[str] = set()
    for span in spans:
        if span.category != "name":
            continue
        words = re.findall(r"[A-Za-z]+", text[span.start : span.end])
        if len(words) >= 2 and any(
            len(w) >= 3 and w[0].isupper() and w[1:].islower() and not _CLINICAL_WORD.fullmatch(w)
            for w in words
        ):
            out.update(w.lower() for w in words)
    return frozenset(
        w
        for w in out
        if not common(w) and not (w in text and re.search(rf"(?<![A-Za-z]){w}(?![A-Za-z])", text))
    )
