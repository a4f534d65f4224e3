"""The employer written in a flowsheet's or a form's employment cell, in any case.

Flowsheets and intake forms put the patient's (or a parent's) employer in a cell whose label other
finders do not read or whose value they want capitalised: ``EMPLOYMENT<tab>BLUEWATER MARINE
SUPPLY``, ``Place of work<tab>RIVERBEND CASINO``, ``employer: eastfield public library``,
``Occupation/Employer<tab>forklift driver, GRANITE STATE TIRE``, ``Parent's employer - Summit
Packaging Corp``. After such a label and a colon, a tab, a pipe or a spaced dash, the cell's value
(to the line's end, a tab, a wide gap, a pipe, a bracket or a semicolon; after a job in lower case
and a comma, the part after the comma) is the workplace when it is one to six words, opened by no
determiner or word of prose, naming no care facility and no answer that names no workplace
("retired", "self-employed", "full time"), and either ends in a business's, a trade's or an
organisation's word, joins words with an inner ``&``, or holds a word that is no everyday English
word (after a bare ``Work`` label only the former: "Work<tab>normal saline bolus" names no workplace).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_cued_employers import (
    CARE_WORDS,
    ORG_LAST_WORDS,
    PROSE_WORDS,
    TRADE_WORDS,
)
from medenclave_deid.core.text.english_job_employers import BUSINESS_WORDS
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["NO_PLACE_WORDS", "employment_cells"]

_LABEL = re.compile(
    r"(?im)(?:^|[|\t]|(?<=\S)[ \t]{2,})[ \t]*"
    r"(?:(?:parent|parents|parent's|mother's|father's|mom's|dad's|guardian's|patient's|pt's)[ \t]+)?"
    r"(?:employment|employer|place[ \t]+of[ \t]+(?:work|employment)|work[ \t]*place|works[ \t]+at|"
    r"employed[ \t]+(?:at|by)|occupation[ \t]*/[ \t]*employer|employer[ \t]*/[ \t]*occupation|(?P<bare>work))"
    r"(?:[ \t]*:[ \t]*|[ \t]*\t[ \t]*|[ \t]*\|[ \t]*|[ \t]+[-–][ \t]+)"
    r"(?P<v>[^\n\t|;(]{2,80}?)[ \t.]*(?=$|[\t|;(]|[ \t]{3,})"
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’.-]*|&")
_JOB_COMMA = re.compile(r"[a-z][a-z '-]{1,40},[ \t]*")
#: answers of an employment cell that name no workplace
NO_PLACE_WORDS = frozenset(
    "retired none n/a na self self-employed unemployed disabled disability student homemaker unknown "
    "not employed working full time part full-time part-time on leave nil home duties pensioner "
    "declined unable to work seasonal".split()
)
_SUFFIXES = frozenset("inc inc. llc llc. corp corp. co co. ltd ltd. company".split())


def employment_cells(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The workplaces of the module docstring (overlaps not resolved).

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    lowered = text.lower()
    if "employ" not in lowered and "work" not in lowered:
        return []
    out: list[PhiSpan] = []
    for m in _LABEL.finditer(text):
        start = m.start("v")
        value = m.group("v")
        job = _JOB_COMMA.match(value)
        if job and job.end() < len(value):
            start += job.end()
            value = value[job.end() :]
        words = _WORD.findall(value)
        lows = [w.lower().strip(".'’") for w in words]
        if not words or len(words) > 6 or lows[0] in PROSE_WORDS or " ".join(lows) in NO_PLACE_WORDS:
            continue
        if any(w in NO_PLACE_WORDS and len(words) <= 2 for w in lows) or any(w in CARE_WORDS for w in lows):
            continue
        if any(is_clinical_word(w) or w in vocab.clinical for w in lows):
            continue
        last = lows[-1]
        org = last in BUSINESS_WORDS or last in TRADE_WORDS or last in ORG_LAST_WORDS or last in _SUFFIXES
        org = org or ("&" in lows[1:-1] and len(words) >= 3)  # "hollis & sons roofing": a firm's "&"
        odd = [w for w in lows if w.isalpha() and not vocab.is_common(w)]
        if not (org and len(words) >= 2) and (not odd or m.group("bare")):
            continue
        end = start + value.rstrip(" \t").__len__()
        if text[end - 1] == "." and last not in _SUFFIXES:
            end -= 1
        out.append(PhiSpan(start, end, "workplace"))
    return out
