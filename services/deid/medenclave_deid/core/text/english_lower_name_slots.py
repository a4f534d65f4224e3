"""People written in lower case (or without a comma) in a slot that can hold nothing but a name.

Logs, worksheets and contact tables name their people in slots whose value is a person whatever
the word, so an everyday word that is also a name (``grant``, ``faith``, ``star``) goes there:

* **a speaker label** opening an indented line before a colon and a quote (``  hazel: "I was
  on break"``) when the note names that person elsewhere (``BRANDVOLD, HAZEL``), or the word is
  a name that is no everyday word;
* **a role heading's dash**: ``COUNSELOR WORKSHEET - ingeborg``: an all-capitals heading that
  holds a role noun, a dash, and one word ending the line;
* **a role noun in brackets**: ``IMPLANT LOG (circulator ottilie)``, ``(scribe bo)``;
* **a form's person slot**: ``Contact person: Eugene at front desk``, ``support person - opal``:
  its first word, of either case, a name of any commonness or a rare word;
* **a name column's cell** in a pipe table whose header says ``name`` or ``alias``
  (``| kasimir | 555-0101 |``), a lower-case word alone in the cell;
* **a surname the note proves**: a found person's word followed by a lower-case word that the
  note finds as a name elsewhere (``removed for: ignatius brook`` ... ``Patient Brook reports``),
  and an all-capitals word beside a found one in a labelled value ending the line
  (``Applicant (as on passport): HOLLENBECK DARIUS``).

Words that say no one (``present``, ``aware``, ``unknown``, a clinical word, a paper's word such
as ``draft`` or ``page``) stay.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_body_part_words import is_body_word
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["NO_ONE", "find_lower_name_slots"]

NO_ONE = NO_VALUE | frozenset(
    """
aware present absent notified paged informed called yes no none same unavailable available
unknown unk tbd pending draft final page copy continued summary addendum revised updated update
amended note notes staff team unit floor day night primary charge student new signed on off
""".split()
)
_ROLE_NOUNS = (
    r"counsell?or|nurse|worker|navigator|chaplain|therapist|pharmacist|coordinator|advocate|"
    r"manager|interpreter|technician|tech|circulator|scribe|aide|sitter|scrub|perfusionist|"
    r"anesthetist|midwife|paramedic|dietitian|educator|liaison|reviewer|witness|auditor|"
    r"sonographer|phlebotomist|volunteer|clerk|registrar"
)
_WORDCHARS = r"[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?"
_SPEAKER = re.compile(rf"(?m)^[ \t]*(?P<v>{_WORDCHARS}):[ \t]*[\"“]")
_HEADING_DASH = re.compile(
    rf"(?m)^(?P<head>(?:[A-Z][A-Z/&']*[ \t]+)*?(?i:(?:{_ROLE_NOUNS})S?\b)[A-Z/&' ]*?)[ \t]+[-–—][ \t]+"
    rf"(?P<v>{_WORDCHARS})[ \t]*$"
)
#: a form's person slot, the first word its person (``Contact person: Eugene at front desk``)
_PERSON_SLOT = re.compile(
    r"(?im)\b(?:contact|support|liaison)[ \t]+person[ \t]*[:\-–][ \t]*(?P<v>[A-Za-z][a-z'’]+)(?![\w'’-])"
)
_ROLE_BRACKET = re.compile(rf"\((?:[A-Za-z]+[ \t]+)?(?i:{_ROLE_NOUNS})[ \t]+(?P<v>{_WORDCHARS})\)")
#: a lower-case given name and surname as a labelled value: ``removed for: ignatius brook (MRN``
_LOWER_PAIR = re.compile(rf"(?m):[ \t]*(?P<a>{_WORDCHARS})[ \t]+(?P<b>{_WORDCHARS})(?=[ \t]*(?:[(,;]|$))")
#: a labelled value of two or three words in capitals, one space between them (a tab starts a slip's
#: next field: "SON: MATTHEW<tab>UPPER DENTURES")
_CAPS_VALUE = re.compile(r"(?m):[ \t]*(?P<v>[A-Z][A-Z'’-]+(?:[ ][A-Z][A-Z'’-]+){1,2})[ \t]*$")


def _no_one(key: str, vocab: TextVocabulary) -> bool:
    return (
        len(key) < 2
        or key in NO_ONE
        or key in NEVER
        or is_clinical_word(key)
        or key in vocab.clinical
        or (key in vocab.drugs and not vocab.is_listed_name(key))
    )


def _slot_person(key: str, vocab: TextVocabulary) -> bool:
    """A word that a name slot holds as a person: a name of any commonness or a rare word."""
    return not _no_one(key, vocab) and (vocab.is_name(key) or vocab.zipf(key) < 2.5)


def _found_words(text: str, spans: list[PhiSpan]) -> set[str]:
    return {
        w.lower()
        for s in spans
        if s.category == "name"
        for w in re.findall(r"[A-Za-z][A-Za-z'’-]{1,}", text[s.start : s.end])
    }


def _speakers(text: str, found: set[str], vocab: TextVocabulary) -> list[PhiSpan]:
    out = []
    for m in _SPEAKER.finditer(text):
        key = m["v"]
        if _no_one(key, vocab):
            continue
        if (
            key in found
            or (vocab.is_name(key) and not vocab.is_common(key, threshold=3.5))
            or vocab.zipf(key) == 0
        ):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def _slots(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    return [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for rx in (_HEADING_DASH, _ROLE_BRACKET, _PERSON_SLOT)
        for m in rx.finditer(text)
        if _slot_person(m["v"].lower(), vocab)
        # a form's person slot holds a person even in a word of middling commonness (``Myrtle``)
        or (rx is _PERSON_SLOT and not _no_one(m["v"].lower(), vocab) and vocab.zipf(m["v"].lower()) < 4.0)
    ]


def _name_columns(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    column: int | None = None
    offset = 0
    for line in text.split("\n"):
        cells = line.split("|")
        if len(cells) < 3:
            column = None
        elif not re.search(r"\d", line) and any(re.search(r"(?i)\b(?:name|alias)\b", c) for c in cells):
            column = next(i for i, c in enumerate(cells) if re.search(r"(?i)\b(?:name|alias)\b", c))
        elif column is not None and column < len(cells):
            cell = cells[column]
            m = re.fullmatch(rf"[ \t]*({_WORDCHARS})[ \t]*", cell)
            if m and _slot_person(m[1], vocab):
                start = offset + sum(len(c) + 1 for c in cells[:column]) + m.start(1)
                out.append(PhiSpan(start, start + len(m[1]), "name"))
        offset += len(line) + 1
    return out


def _proven_surnames(
    text: str, spans: list[PhiSpan], found: set[str], vocab: TextVocabulary
) -> list[PhiSpan]:
    out = []
    for s in spans:
        if s.category != "name":
            continue
        m = re.match(rf"[ \t](?P<v>{_WORDCHARS})\b", text[s.end : s.end + 40])
        if m and m["v"] in found and not _no_one(m["v"], vocab) and text[s.start : s.end].islower():
            out.append(PhiSpan(s.end + m.start("v"), s.end + m.end("v"), "name"))
    for m in _LOWER_PAIR.finditer(text):
        given, surname = m["a"], m["b"]
        if (
            surname in found
            and not _no_one(surname, vocab)
            and not _no_one(given, vocab)
            and (vocab.zipf(given) == 0 or (vocab.is_name(given) and vocab.zipf(given) < 3.0))
        ):
            out.append(PhiSpan(m.start("a"), m.end("b"), "name"))
    for m in _CAPS_VALUE.finditer(text):
        words = list(re.finditer(r"[A-Z][A-Z'’-]+", m["v"]))
        covered = [
            any(s.start <= m.start("v") + w.start() < s.end for s in spans if s.category == "name")
            for w in words
        ]
        if (
            any(covered)
            and not all(covered)
            and all(len(w.group()) >= 3 and not _no_one(w.group().lower(), vocab) for w in words)
            and not any(is_body_word(w.group()) for w in words)  # "NOTE: JAW WIRED"
        ):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def find_lower_name_slots(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The people of the slots above that ``spans`` leave uncovered (overlaps not resolved).

    Args:
        text: an English note.
        spans: the resolved spans so far (their ``name`` spans are read).
        vocab: what is known about English words.
    """
    found = _found_words(text, spans)
    return (
        _speakers(text, found, vocab)
        + _slots(text, vocab)
        + _name_columns(text, vocab)
        + _proven_surnames(text, spans, found, vocab)
    )
