"""Clinical words misread as people or places: prose acronyms, dosed products, role titles.

* **an acronym in running prose** (``cytology showing ASC-US``, ``A LLETZ was performed``,
  ``proceeded to LEEP``): a name span of one upper-case word of three to six capitals (and a
  hyphenated tail of one or two, ``ASC-H``) after a lower-case word or an article, with no title,
  no person's preposition (``with``, ``by``, ``to`` ...) and no label's colon before it, and no
  name span elsewhere in the note that has the same word beside another word (``SMITH, JOHN``);
* **a product with its dose** (``(Citanest Dental 2.2 ml)``, ``Bioxtra Gel 5 ml``): a hospital or
  workplace span right before a number and a unit of dose is the product, not a clinic;
* **a role title after a grade** (``Consultant Colposcopist``, ``Senior Audiologist``): a one-word
  name span ending like a practitioner (``-ist``, ``-ician``, ``-grapher``) of nine letters or more
  after ``Consultant``, ``Senior``, ``Specialist``, ``Clinical``, ``Lead`` or ``Principal``.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["drop_prose_misreads"]

_ACRONYM = re.compile(r"[A-Z]{3,6}(?:-[A-Z]{1,2})?")
_PROSE_BEFORE = re.compile(r"(?:\b[a-z][a-z-]*|\b(?:A|An|The))[ \t]+$")
_PERSON_WORD_BEFORE = re.compile(
    r"\b(?:with|by|to|from|per|for|cc|dr|mr|mrs|ms|miss|called|told|asked|paged|named|and|or|"
    r"patient|pt|son|daughter|wife|husband|mother|father|sister|brother|sibling|sib|twin|donor)[ \t]+$"
)
_PROSE_AFTER = re.compile(r"[ \t]*(?:[.,;)]|[ \t][a-z])")
_DOSE_AFTER = re.compile(r"[ \t]*\d+(?:\.\d+)?[ \t]*(?:mg|mcg|µg|g|ml|mL|ML|units?|IU|%|mmol)\b")
_ROLE_WORD = re.compile(r"[A-Z][a-z]{5,}(?:ist|ician|grapher)")
_GRADE_BEFORE = re.compile(r"\b(?:Consultant|Senior|Specialist|Clinical|Lead|Principal)[ \t]+$")


def drop_prose_misreads(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without prose acronyms, dosed products and role titles read as names or places."""
    paired = {
        w
        for s in spans
        if s.category == "name" and len(text[s.start : s.end].split()) > 1
        for w in re.findall(r"[A-Za-z-]+", text[s.start : s.end].upper())
    }
    out: list[PhiSpan] = []
    for span in spans:
        value = text[span.start : span.end]
        before = text[max(0, span.start - 30) : span.start]
        if (
            span.category == "name"
            and _ACRONYM.fullmatch(value)
            and value not in paired
            and _PROSE_BEFORE.search(before)
            and not _PERSON_WORD_BEFORE.search(before.lower())
            and _PROSE_AFTER.match(text, span.end)
        ):
            continue
        if span.category in ("hospital", "workplace") and _DOSE_AFTER.match(text, span.end):
            continue
        if span.category == "name" and _ROLE_WORD.fullmatch(value) and _GRADE_BEFORE.search(before):
            continue
        out.append(span)
    return out
