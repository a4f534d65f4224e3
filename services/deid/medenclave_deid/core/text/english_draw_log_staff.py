"""The staff of a draw-station, specimen-collection, outreach-draw or courier pick-up log.

Such a log names its phlebotomists three ways, none of which a name list or a title reads:

* **a roster line**: ``Phlebotomists on shift: Joy (jwong2), Dale Fox, PBT / kmarsh`` -- a
  staff, team, shift, drawers, collectors or couriers label, then people cut by ``,`` ``;`` ``/``
  ``&`` or ``and``, each a given name (maybe with a surname and a credential), a log-in in
  brackets (``(jwong2)``, ``[login kmarsh]``), or a bare log-in;
* **a staff column**: a delimited table's drawer, collected-by, drawn-by, phleb, collector,
  courier or tech column, whose cells hold a first name, initials (``DF``), ``D. Fox`` or a log-in;
* **their echoes**: a rostered or column name, surname or log-in (or the log-in spelled from a
  rostered given name and surname: ``dfox``, ``dale.fox``, ``foxd``, maybe with a number) written
  again in the log's notes (``redraw by Joy``, ``hemolyzed - Dale notified``, ``Signed: D. Fox``), and a staff
  member's initials after ``by``, ``per`` or ``-``.

The given names are often everyday words (Joy, Hope, Dawn, Iris), so the echo only takes the
capitalised form (or capitals, an upper-case row's ``RUBY NOTIFIED``), only in a log with a roster,
a staff column or a log-in (:mod:`english_draw_log_logins`), and never a clinical word's lower-case
use ("iris", "hope").

A tab parts a table's cells, so a name found across one (``redraw by Joy<TAB>Joy``, read as a
given name and a surname) is split into its cells' names: an export's column claims its own cell
and would otherwise drop the whole find, the note's half with it.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_draw_log_logins import find_log_logins
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import delimited_cells
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_draw_log_staff", "split_cell_names"]

_NAME = "name"
#: a roster line's label, up to its colon or dash
_ROSTER = re.compile(
    r"(?im)^[ \t]*(?:(?:phlebotomy|lab|draw(?:[ -]station)?|collection|courier|outreach)[ ]+)?"
    r"(?:phlebotomists?|phlebs?|staff|team|drawers?|collectors?|couriers?|techs?|"
    r"on[ ]shift|staff[ ]on[ ]shift|working)"
    r"(?:[ ]+(?:on[ ]shift|today|on[ ]duty|this[ ]shift|on|present|rostered))?"
    r"[ \t]*(?:[:=]|[ ][-\u2013\u2014][ ])[ \t]*(?P<rest>[^\n]+)$"
)
_PARTS = re.compile(r"[ \t]*(?:[,;/&]|\band\b)[ \t]*")
#: one rostered person: a name (maybe ", CRED"), then maybe a log-in in brackets; or a log-in
_PERSON = re.compile(
    r"(?P<name>[A-Z][a-z'\u00e0-\u00ff-]+(?:[ ][A-Z][a-z'\u00e0-\u00ff-]+)?)"
    r"(?:[ ]*(?:\((?P<b1>[a-z][a-z._-]*\d{0,3})\)"
    r"|\[(?:log-?in|user|id)?:?[ ]*(?P<b2>[a-z][a-z._-]*\d{0,3})\]))?"
    r"|(?P<bare>[a-z][a-z._-]{2,20}\d{0,3})"
)
_CREDENTIAL = re.compile(r"(?:[ ]*,?[ ]*(?:PBT|CPT|MLT|MT|MLS|RN|LPN|MA|CMA|CNA|EMT|ASCP|\(ASCP\)))+$")
#: a staff column's header
_STAFF_HEADER = re.compile(
    r"(?i)(?:drawer|drawn[ ]by|collected[ ]by|collector|phleb(?:otomist)?|courier|picked[ ]up[ ]by|"
    r"tech|initials|coll(?:ected)?[ ]by|draw[ ]by|by|drew|user|log-?in|staff|phleb[ ]id|user[ ]id)"
)
#: a staff cell: a name, ``D. Fox``, initials or a log-in (either maybe in capitals)
_CELL = re.compile(
    r"(?:[A-Z]\.?[ ]?)?[A-Z][a-z'-]+|[A-Z]{2,3}|[A-Z]\.[A-Z]\.?|[a-z][a-z._-]{2,20}\d{0,3}"
    r"|[A-Z][A-Z'-]{3,20}\d{0,3}"  # a capitals name or log-in: "ERIC", "DBOONE"
)
_NOT_STAFF = frozenset(
    "rn lpn md np pa nurse lab self pt patient unit staff see note other system interface admin auto".split()
)


def _person(value: str, named: bool, sure: bool, vocab: TextVocabulary) -> bool:
    """A roster's name or log-in: no clinical word; a name with a known name or a word no one uses
    every day (not ``Team: Cardiology``, ``Palliative Care``); and, unless the line shows its people
    by their shape (``sure``: a log-in in brackets, a credential, a given name and a surname), a
    log-in with a digit or a dot or no everyday word (not ``Staff: aware``)."""
    words = value.lower().split()
    if value.lower() in NO_VALUE | _NOT_STAFF | NEVER or any(
        w in vocab.clinical or is_clinical_word(w) for w in words
    ):
        return False
    if named and not any(vocab.is_name(w) or not vocab.is_common(w) for w in words):
        return False  # "Team: …, Palliative Care": everyday words only, even in a name's shape
    if sure or named:
        return True
    return bool(re.search(r"[\d._]", value)) or not vocab.is_common(value)


def _roster(text: str, vocab: TextVocabulary) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for m in _ROSTER.finditer(text):
        at, rest = m.start("rest"), m.group("rest")
        people: list[tuple[int, re.Match[str]]] = []
        sure = False
        pos = 0
        for cut in [*_PARTS.finditer(rest), None]:
            end = cut.start() if cut else len(rest)
            part = rest[pos:end]
            bare = _CREDENTIAL.sub("", part.rstrip())
            p = _PERSON.fullmatch(bare.strip())
            if p and bare.strip():
                people.append((at + pos + len(bare) - len(bare.lstrip()), p))
                sure = sure or bare != part.rstrip() or bool(p["b1"] or p["b2"] or " " in (p["name"] or ""))
            pos = cut.end() if cut else end
        for start, p in people:
            for g in ("name", "b1", "b2", "bare"):
                if p.group(g) and _person(p.group(g), g == "name", sure, vocab):
                    out.append((start + p.start(g), p.group(g)))
    return out


def _column(text: str) -> list[tuple[int, str]]:
    def header(names: list[str]) -> list[bool] | None:
        wanted = [bool(_STAFF_HEADER.fullmatch(n.strip())) for n in names]
        return wanted if any(wanted) else None

    out: list[tuple[int, str]] = []
    for at, cell, _ in delimited_cells(text, header):
        value = cell.strip()
        if value.lower() in NO_VALUE | _NOT_STAFF or not _CELL.fullmatch(value):
            continue
        out.append((at + cell.index(value), value))
    return out


def _words(found: list[tuple[int, str]], vocab: TextVocabulary) -> set[str]:
    """The capitalised names and the whole log-ins of what was found, to echo; each also in
    capitals (an upper-case row: ``RUBY NOTIFIED``), and a capitals name or log-in (``DBOONE``)
    also capitalised and, when no everyday word, in lower case."""
    words: set[str] = set()
    for _, value in found:
        if value[0].islower():
            words.update({value, value.upper()})
            continue
        if value.isupper() and len(value) > 3 and value.lower() not in _NOT_STAFF:
            words.update({value, value.capitalize()})
            words.update({value.lower()} if not vocab.is_common(value.lower()) else ())
            continue
        caps = [w for w in re.findall(r"[A-Z][a-z'-]{2,}", value) if w.lower() not in _NOT_STAFF]
        words.update(caps + [w.upper() for w in caps if not is_clinical_word(w.lower())])
    return words


def find_draw_log_staff(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The roster's and the staff column's people of a draw log, and their echoes (docstring)."""
    found = _roster(text, vocab) + _column(text) + find_log_logins(text, vocab)
    if not found:
        return []
    spans = [PhiSpan(at, at + len(value), _NAME) for at, value in found]
    names = _words(found, vocab)
    initials = {v for _, v in found if re.fullmatch(r"[A-Z]{2,3}", v)}
    for _, value in found:  # "Dale Fox" -> "DF", and the log-ins "dfox", "dale.fox", "foxd" (maybe "dfox2")
        parts = value.split()
        if len(parts) == 2 and parts[0][0].isupper() and parts[1][0].isupper() and parts[1][1:].islower():
            given, last = parts[0].lower(), parts[1].lower()
            initials.add(parts[0][0] + parts[1][0])
            names.update({given[0] + last, f"{given}.{last}", last + given[0]})
    if names:
        alts = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
        echo = re.compile(r"(?<![\w.@/-])(?:" + alts + r")(?:(?<=[a-z])\d{1,3})?(?![\w@/-]|\.\w)")
        spans += [PhiSpan(m.start(), m.end(), _NAME) for m in echo.finditer(text)]
    if initials:  # "redraw by DF", "relabeled per DF", "hemolyzed - DF"
        alts = "|".join(sorted(initials))
        by = re.compile(r"(?:\b(?:by|per)|[-\u2014]) (?P<i>" + alts + r")\b")
        spans += [PhiSpan(m.start("i"), m.end("i"), _NAME) for m in by.finditer(text)]
    return spans


def split_cell_names(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with each name that runs across a tab split into the names of its cells."""
    out: list[PhiSpan] = []
    for span in spans:
        value = text[span.start : span.end]
        if span.category != _NAME or "\t" not in value:
            out.append(span)
            continue
        at = span.start
        for piece in value.split("\t"):
            word = piece.strip(" ,;")
            if any(c.isalpha() for c in word):
                start = at + piece.index(word)
                out.append(PhiSpan(start, start + len(word), _NAME))
            at += len(piece) + 1
    return out
