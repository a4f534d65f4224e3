"""The people of a team roster said again anywhere in the note, and a person's given name and
initial opening a timed log entry.

* **a roster's names again**: a team, crew or staff table lists each member on a row, the name
  then a wide gap and a credential or a role (``  Ada Lind   RN   555-0142``, ``  Tomas Grey |
  peer navigator | ...``). A row counts under a roster's heading (``TEAM``, ``Staff on duty``)
  or beside another such row. Its name was found by the other finders; its words are that
  person wherever the same capitalised word comes again in the note, however everyday the word
  (``Grey``, ``Hope``): an entry's author (``... - HMIS 1234567 - Grey: naloxone kit``), ``per
  Grey``, ``Hope will call``. Not where the word opens a phrase of its own: before another
  capitalised word (``Grey Street``) or before a lower-case word that is no person's doing
  (``Grey matter``).
* **a given name and an initial opening a timed entry**: an outreach or a shift log's line
  starts with a clock time and the person met, ``1415  Juniper T. - behind the library``,
  ``09:40 Sorrel K., tent by the creek``: a capitalised word and an initial with its full stop
  before the entry's dash or comma is a person, however everyday the word.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER, TITLES
from medenclave_deid.core.text.prefixed_matches import WORD_END, WORD_START, bounded_matches
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["log_entry_initials", "roster_echoes"]

#: the role nouns of a roster's second cell (a credential is one too)
_ROLES = frozenset(
    """
    navigator worker manager nurse physician doctor medic driver chaplain scribe interpreter
    volunteer coordinator counselor counsellor therapist pharmacist technician tech outreach peer
    chw lead supervisor aide assistant student resident fellow attending advocate specialist
    dietitian psychiatrist psychologist dentist hygienist midwife paramedic clinician caseworker
    social case community harm recovery mental street intern trainee liaison officer
    """.split()
)
_NAME_WORD = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
#: a roster's row: a given name (an initial maybe), a surname, a wide gap or a cell's bar, a role
_ROW = re.compile(
    rf"^[ \t]*(?:[-*•][ \t]+)?(?P<n>{_NAME_WORD}(?:[ \t]+[A-Z]\.)?[ \t]+{_NAME_WORD})"
    r"(?:[ \t]*,[ \t]*|[ \t]{2,}|\t|[ \t]*\|[ \t]*)(?P<r>[A-Za-z][A-Za-z-]*)(?![\w])",
    re.M,
)
#: a roster's heading line
_HEADING = re.compile(
    r"(?i)^[ \t]*(?:(?:care|outreach|field|medical|clinical|response|shift)[ \t]+)?"
    r"(?:team|teams|team[ \t]+members|staff(?:[ \t]+on[ \t]+duty)?|crew|roster|personnel|on[ \t-]+duty|"
    r"providers|clinicians)\b[^\n]{0,40}$"
)
#: what may follow the member's word said again: a cell's or a clause's end, an entry's colon,
#: a credential, or what a person does
_AFTER = re.compile(
    r"(?:[ \t]*(?:[:;,)\]/]|$|'s\b|’s\b)|[ \t]{2,}|\t|[ \t]+[-–—][ \t]"
    r"|[ \t]+(?:and|&|will|to|called|calls|said|says|reports|reported|notes|noted|saw|sees|met|"
    r"spoke|texted|is|was|has|had|agrees|agreed|gave|gives|handed|drove|paged|left|took|brought|"
    r"arranged|referred|(?-i:[A-Z]{2,5})(?![\w-]))\b)",
    re.M,
)

#: a timed entry's opening person: a clock time, a capitalised word, an initial, then the
#: entry's dash or comma
_ENTRY = re.compile(
    r"^[ \t]*(?:[01]\d|2[0-3]):?[0-5]\d[ \t]+(?:[-–—|][ \t]*)?"
    rf"(?P<g>{_NAME_WORD})[ \t]+(?P<i>[A-Z])\.(?=[ \t]*(?:,|[-–—][ \t]|\|))",
    re.M,
)


def _is_row(match: re.Match[str]) -> bool:
    role = match["r"].lower()
    return role in CREDENTIAL_WORDS or role in _ROLES


def _row_lines(text: str) -> list[re.Match[str]]:
    """The roster rows of ``text``: under a roster's heading, or beside another row."""
    rows = [m for m in _ROW.finditer(text) if _is_row(m)]
    if not rows:
        return []
    line_of = {text.count("\n", 0, m.start()): m for m in rows}
    lines = text.split("\n")
    out = []
    for n, m in line_of.items():
        heading = any(_HEADING.match(lines[k]) for k in range(max(0, n - 8), n))
        if heading or n - 1 in line_of or n + 1 in line_of:
            out.append(m)
    return out


def roster_echoes(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """A roster member's name word again anywhere in the note (module docstring).

    Args:
        text: an English note.
        spans: the spans found so far (a row's name must lie in a ``name`` span).
    """
    if "\n" not in text or ("  " not in text and "\t" not in text and "|" not in text):
        return []
    names = [s for s in spans if s.category == "name"]
    words: set[str] = set()
    for m in _row_lines(text):
        if not any(s.start <= m.start("n") and m.end("n") <= s.end for s in names):
            continue
        for word in m["n"].split():
            key = word.lower()
            if (
                not word.endswith(".")
                and key not in NEVER
                and key not in TITLES
                and key not in CREDENTIAL_WORDS
            ):
                words.add(word)
    out: list[PhiSpan] = []
    taken = [(s.start, s.end) for s in spans]
    for word in sorted(words):
        for start, end in bounded_matches(word, text, WORD_START, WORD_END):
            if any(a < end and start < b for a, b in taken) or not _AFTER.match(text, end):
                continue
            out.append(PhiSpan(start, end, "name"))
    return out


def log_entry_initials(text: str) -> list[PhiSpan]:
    """A timed log entry's opening given name and initial (module docstring).

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for m in _ENTRY.finditer(text):
        key = m["g"].lower()
        if key in NEVER or key in TITLES or key in CREDENTIAL_WORDS:
            continue
        out.append(PhiSpan(m.start("g"), m.end("i") + 1, "name"))
    return out
