"""The patient's name in a record's slot when it is written in lower case or with everyday words.

A sloppy visit note or a pasted header writes the patient's line without a label, in lower case,
and a name can be an everyday word ("juniper", "meadow"): ``acute visit | juniper whitcombe | dob
03/25/1992``, ``silas marchetti  dob …``, ``fm visit - juniper whitcombe (dob …``. Two slots say
whose words these are whatever they are:

* **the cell before a birth date**: one to three words (or ``Surname, Given``) standing alone in a
  pipe, tab or wide-gap cell, or after a dash, right before ``DOB`` / ``D.O.B.`` (or ``(dob``);
  at least one word is a known name or no everyday word, and none is a clinical term or a word
  for a role or kind of person ("Patient | DOB", "acute visit | dob" have no name there);
* **a labelled name**: after a patient's label (``patient:``, ``pt``, ``name``, ``child``), two
  words in ``surname, given`` or ``given surname`` ending its line or cell or followed by a birth
  date or an age ("34 yo f"): when one word is already a found person, the other is the rest of
  the name even when it is an everyday word; when neither is, both are the name if neither is a
  clinical or role word and one is a known name or no everyday word.

The words so found are then looked for again, in any case, as whole words elsewhere in the note,
when such a word is no frequent English word, no clinical term and no name-like word of prose
(``juniper's wife removed the tick``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_dob_names import NOT_NAMES
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["patient_slot_cells"]

_PEOPLE = frozenset({"name", "name_patient", "name_relative", "name_clinician", "person"})
_W = r"[A-Za-z][A-Za-z'’-]*[A-Za-z]"
_CELL = re.compile(
    r"(?im)(?:^|[|\t]|(?<=\S)[ \t]{2,}|[ \t][-–][ \t])[ \t]*"
    rf"(?P<v>{_W}(?:,?[ \t]{_W}){{0,2}})"
    r"[ \t]*(?:[|\t][ \t]*|[ \t]{2,}|[ \t]*\([ \t]*|,[ \t]*)(?=(?:dob|d\.o\.b)\b)"
)
_LABELLED = re.compile(
    r"(?im)(?:^|[|\t]|[ \t]{2,})[ \t]*(?:patient|pt|name|child|patient[ \t]+name)[ \t]*[:|\t-]?[ \t]*"
    rf"(?P<a>{_W})(?P<sep>,[ \t]*|[ \t])(?P<b>{_W})"
    r"(?=[ \t]*(?:$|[|\t]|[ \t]{2,}|,|\(|[ \t](?:dob|d\.o\.b|mrn)\b"
    r"|[ \t]\d{1,3}[ \t]*(?:yo|y/o|y\.o\.?|yrs?|years?|[mf])\b))"
)


#: a word written as a name is: capitalised, lower case or capitals, never mixed like a lab's
#: ``NT-proBNP`` or ``HbA1c`` ("Patient: NT-proBNP elevated" names no one)
_NAME_SHAPE = re.compile(
    r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*|[a-z'’]+(?:-[a-z'’]+)*|[A-Z'’-]+"
)


def _shaped(words: list[str]) -> bool:
    return all(_NAME_SHAPE.fullmatch(w) for w in words)


def _plain(lower: str, vocab: TextVocabulary) -> bool:
    """No clinical term, eponym, role word or never-a-name word (a herb's or a brand's word may be a
    name: "juniper")."""
    return not (
        lower in NOT_NAMES
        or lower in NEVER
        or lower in vocab.clinical
        or lower in vocab.eponyms
        or is_clinical_word(lower)
    )


def _covered(spans: list[PhiSpan], start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end and s.category in _PEOPLE for s in spans)


def patient_slot_cells(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The names of the module docstring and their echoes (overlaps not resolved).

    Args:
        text: an English note.
        spans: the spans found so far.
        vocab: the word knowledge.
    """
    lowered = text.lower()
    if not any(cue in lowered for cue in ("dob", "d.o.b", "pt", "patient", "name", "child")):
        return []
    out: list[PhiSpan] = []
    for m in _CELL.finditer(text):
        words = re.findall(_W, m.group("v"))
        lows = [w.lower() for w in words]
        if not _shaped(words) or not all(_plain(w, vocab) for w in lows):
            continue
        if len(words) == 1 and not vocab.is_name(lows[0]):
            continue
        if not any(vocab.is_name(w) or not vocab.is_common(w) for w in lows):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _LABELLED.finditer(text):
        if not _shaped([m.group("a"), m.group("b")]):
            continue
        pair = [m.group("a").lower(), m.group("b").lower()]
        if (
            not any(_covered(spans, m.start(g), m.end(g)) for g in ("a", "b"))
            and all(_plain(w, vocab) for w in pair)
            and any(vocab.is_name(w) or not vocab.is_common(w) for w in pair)
        ):
            out.append(PhiSpan(m.start("a"), m.end("b"), "name"))  # "pt juniper whitcombe 34 yo"
            continue
        for known, other in (("a", "b"), ("b", "a")):
            if (
                _covered(spans, m.start(known), m.end(known))
                and not _covered(spans, m.start(other), m.end(other))
                and _plain(m.group(other).lower(), vocab)
            ):
                out.append(PhiSpan(m.start(other), m.end(other), "name"))
    seen: set[str] = set()
    for s in out:
        seen.update(w.lower() for w in re.findall(_W, text[s.start : s.end]))
    echo = {w for w in seen if len(w) >= 3 and not vocab.is_name_word(w) and _plain(w, vocab)}
    if echo:
        pattern = re.compile(r"(?i)(?<![\w'’-])(" + "|".join(map(re.escape, sorted(echo))) + r")(?![\w-])")
        out += [PhiSpan(m.start(), m.end(), "name") for m in pattern.finditer(text)]
    return out
