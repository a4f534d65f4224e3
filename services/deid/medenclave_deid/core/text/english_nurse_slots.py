"""Nurses and other staff in slots that make any surname a person's, eponyms and plain words too.

A surname that is also an eponym (a sign, a canal, a clamp), a drug's ingredient or an everyday
word is kept by the term passes where it stands alone. Three slots say it is a person:

* **a credential, then an initial and a capitalised surname** ending the phrase: ``RRT RN
  T. Homans.``, ``Primary RN: B. Lachman``, ``scribed by RT Q. Foley``;
* **a table's staff column**: a pipe table whose header names a role (``RN 1``, ``RN 2``,
  ``nurse``, ``checked by``, ``witness``, ``pharmacist``, ``verified``), each of its cells that is
  an initial and a surname (``| P. Homans |``);
* **a lower-case sign line**: ``charge rn <given> <surname>`` (``charge nurse``, ``primary rn``,
  ``resource rn``) ending the line, two words neither of which is a clinical word or says no one
  (``charge rn notified md``, ``charge rn at bedside`` stay).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_nurse_slots"]

_INITIAL_SURNAME = r"[A-Z]\.[ \t]?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_CRED = r"(?:RN|LPN|LVN|RRT|RT|CNA|NP|PA-C|MD|DO|PharmD|RPh|CRNA|EMT|Medic|Paramedic)"
_AFTER_CRED = re.compile(
    rf"(?<![\w-]){_CRED}[ \t]*(?:\d[ \t]*)?:?[ \t]+(?P<v>{_INITIAL_SURNAME})"
    r"(?=[ \t]*(?:[.,;)|]|$|[ \t]{2})|[ \t]+(?:at|to|present|notified|paged|aware|called|here)\b)",
    re.M,
)
_CELL = re.compile(rf"[ \t]*(?P<v>{_INITIAL_SURNAME})[ \t]*")
_STAFF_HEADER = re.compile(
    r"(?i)^[ \t]*(?:(?:rn|lpn|nurse|pharmacist|rph|tech|technician|witness|checker|verifier|"
    r"second[ \t]+(?:rn|nurse|checker)|staff|provider|prescriber|attending|resident|md|cosign(?:er)?)"
    r"(?:[ \t]*#?[ \t]*\d)?|(?:checked|verified|witnessed|signed|given|administered|prepared)[ \t]+by)[ \t]*$"
)
_SIGN_LINE = re.compile(
    r"(?im)\b(?:charge|primary|resource|unit|assigned)[ \t]+(?:rn|nurse|lpn)[ \t]*:?[ \t]+"
    r"(?P<a>[a-z][a-z'’-]+)[ \t]+(?P<b>[a-z][a-z'’-]+)[ \t.]*$"
)
_STOP = frozenset(
    """notified aware paged called informed updated present absent at in on to of by for and or the a
an is was will md np rn charge bedside here there unavailable available covering oncoming
outgoing float agency staff team unit floor day night shift please today tonight now""".split()
)


def _no_one(word: str, vocab: TextVocabulary) -> bool:
    """A word of the sign line that says no one: a function or duty word, a clinical word, a
    frequent word that is no name (``phoned pharmacy``)."""
    return (
        word in _STOP
        or (not vocab.is_name(word) and vocab.is_common(word, threshold=3.5))
        or word in NO_VALUE
        or word in NEVER
        or word in vocab.clinical
        or is_clinical_word(word)
        or (word in vocab.drugs and not vocab.is_name(word) and vocab.is_common(word, threshold=4.0))
    )


def _table_cells(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    staff: list[int] = []
    last_end = -2
    for line in re.finditer(r"(?m)^[ \t]*\|.*\|[ \t]*$", text):
        row = line.group()
        if line.start() != last_end + 1:  # a new table
            staff = []
        last_end = line.end()
        cells = row.strip().strip("|").split("|")
        if all(re.fullmatch(r"[ \t]*:?-{2,}:?[ \t]*", c) for c in cells):
            continue
        if not staff or not any(_CELL.fullmatch(c) for c in cells):
            header = [i for i, c in enumerate(cells) if _STAFF_HEADER.match(c)]
            if header:
                staff = header
                continue
        pos = line.start() + row.index("|") + 1
        for i, cell in enumerate(cells):
            m = _CELL.fullmatch(cell)
            if m and i in staff:
                out.append(PhiSpan(pos + m.start("v"), pos + m.end("v"), "name"))
            pos += len(cell) + 1
    return out


def find_nurse_slots(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The staff of the module docstring's slots in ``text`` (overlaps not resolved)."""
    out = [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _AFTER_CRED.finditer(text)
        if not is_clinical_word(m.group("v")[2:].strip().lower())
        and m.group("v")[2:].strip().lower() not in vocab.clinical
    ]
    if "|" in text:
        out += _table_cells(text)
    for m in _SIGN_LINE.finditer(text):
        if not any(_no_one(m.group(g).lower(), vocab) for g in "ab"):
            out.append(PhiSpan(m.start("a"), m.end("b"), "name"))
    return out
