"""Words that identify no one though a finder took them for a name, given back to the note.

A late English step (after the people finders); each shape below is a word of no person:

* a table's header row names its columns, not people: ``Slot,Attendee,Ref`` over ``1,Morris,44``,
  ``Item | REF | Lot`` over ``plate | 22-104 | L339``. A header is a delimited line (``,`` with
  no space after it, ``|``, a tab or ``;``) of short fields with no digit and no person's cue
  (``Seen by Hale, Morris``), followed by rows of the same count; it is read as a header where a
  row below holds a digit or a field names a kind of term (``Exam | Finding``). The header opens
  its block (no line of cells above it), and only a name that is a whole one-word field after no
  person's label is released (``Patient | QUARRIE TOBIAS | Sex | M`` is a line of labels and
  values, ``Ilse/mother`` a person's column); a word found as a name outside the header too
  stays found, and so do initials and known names that are no everyday word (``Shift | Okafor |
  Lindqvist``, ``Date | KT | LM``: people heading their columns).
* the cells of a two-column term table set apart by a bare ``|`` or a tab (``Exam | Finding``
  over ``Lung | Clear``, ``Abd | Soft``): the rule of :mod:`.english_term_columns` for tables
  its parsers see only with three columns or more; a cell with a person's cue keeps its name.
* an ID label swallowed at a name's end: ``Dr V. Lopez NPI# 1234567893``, ``V. Lopez, DEA
  AB1234563``: the label (``NPI``, ``DEA``, ``UPIN``, ``Lic``, ``GMC`` …) before ``#``, ``:``,
  ``no.`` or a code with a digit stays, the name before it goes.
* a service after a role's word (``surgeon ENT aware``): a span that opens with a specialty's
  abbreviation and goes on only in lower case is no one (``surgeon STONE;`` is someone).
* an upper-case heading that ends in a paper's noun (``MEASLES LINE LIST``, ``PROPHYLAXIS
  CONTACT LIST``, ``CLINIC SIGN IN SHEET``): its everyday words ending in that noun or right
  before it are no one, unless a title or a label's colon stands before them (``DR. LINE``,
  ``CALL LIST: STONE``); a word further off is left alone (``HALE FAMILY CONTACT LIST``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_term_columns import TERM_HEADER, person_said
from medenclave_deid.core.text.english_words import SPECIALTY
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["keep_no_ones_words"]

_DELIMITERS = ("|", "\t", ";", ",")
_FIELD = re.compile(r"[A-Za-z][A-Za-z/#&().'-]*(?:[ ][A-Za-z/#&().'-]+){0,2}")
#: a person's cue inside a would-be header field: prose, no header
_CUE = re.compile(r"(?i)\b(?:by|per|with|to|from|seen|called|paged|saw|dr|mr|mrs|ms|and)\b")
#: a field that labels the person in the next field (``Patient | QUARRIE TOBIAS | Sex | M``)
_PERSON_LABEL = re.compile(
    r"(?i)(?:patient|pt|(?:patient[ ])?name|surgeon|nurse|rn|md|dr|doctor|physician|provider|attending|"
    r"an(?:a)?esthetist|an(?:a)?esthesiologist|crna|circulator|scrub|witness|guardian|mother|father|"
    r"spouse|kin|contact|consultant|resident|tech|therapist)"
)
#: an identifier's label that ends a name span, with the code that follows it
_ID_LABEL = re.compile(
    r"(?P<gap>[ \t]*,?[ \t]+)(?:NPI|DEA|UPIN|Lic|LIC|License|Licence|GMC|NMC|AHPRA|CPSO|TIN|PIN|Reg|REG)\Z"
)
_CODE_AFTER = re.compile(r"[ \t]*(?:#|no\.|No\.|:|[ \t][A-Z]{0,3}\d)")
_SERVICE_LEAD = re.compile(rf"(?:{SPECIALTY})(?:[ \t]+[a-z][a-z'-]*)+")
#: a paper's noun that ends an upper-case heading
_PAPER = r"(?:LIST|LISTS|SHEET|SHEETS|LOG|ROSTER|REGISTER|REGISTRY|FORM|REPORT|TRACKER|CENSUS|BOARD)"
_HEADING_TAIL = re.compile(rf"[ \t]+{_PAPER}\b[^A-Za-z\n]*\Z")
_BEFORE_CUE = re.compile(r"(?:\b(?:DR|MR|MRS|MS|MISS|PROF|DOCTOR)\.?|:)[ \t]*\Z", re.IGNORECASE)


def keep_no_ones_words(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """``spans`` without the words of no one of the module docstring's shapes.

    Args:
        text: an English note.
        spans: the resolved spans.
        vocabulary: the word knowledge.
    """
    if not any(s.category == "name" for s in spans):
        return spans
    headers, terms = _table_fields(text)
    outside = {
        text[s.start : s.end].casefold()
        for s in spans
        if s.category == "name" and not any(a <= s.start and s.end <= b for a, b in headers)
    }
    out = []
    for span in spans:
        if span.category not in ("name", "geo"):
            out.append(span)
            continue
        value = text[span.start : span.end]
        header = span.category == "name" and (span.start, span.end) in headers
        if header and value.casefold() not in outside and _column_word(value, vocabulary):
            continue
        cell = next(((a, b) for a, b in terms if a <= span.start and span.end <= b), None)
        if cell and not (span.category == "name" and person_said(text, span, cell, set())):
            continue
        if span.category == "name":
            if _SERVICE_LEAD.fullmatch(value) or _heading_words(text, span, vocabulary):
                continue
            trimmed = _without_id_label(text, span)
            if trimmed is None:
                continue
            span = trimmed
        out.append(span)
    return out


def _column_word(value: str, vocabulary: TextVocabulary) -> bool:
    """A header word that names a column, not a person heading one (``Shift | Okafor | Lindqvist``,
    ``Date | KT | LM``): no initials, and no known name unless an everyday word (``Lot``)."""
    lower = value.lower()
    if value.isupper() and len(value) <= 3:
        return False
    return not vocabulary.is_name(lower) or vocabulary.is_common(lower, threshold=4.5)


def _without_id_label(text: str, span: PhiSpan) -> PhiSpan | None:
    m = _ID_LABEL.search(text, span.start, span.end)
    if m is None or not _CODE_AFTER.match(text, span.end):
        return span
    end = m.start()
    if not re.search(r"[A-Za-z]{2}", text[span.start : end]):
        return None
    return PhiSpan(span.start, end, span.category)


def _heading_words(text: str, span: PhiSpan, vocabulary: TextVocabulary) -> bool:
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if re.search(r"[a-z]", line) or len(re.findall(r"[A-Z]{2,}", line)) < 2:
        return False
    value = text[span.start : span.end]
    words = re.findall(r"[A-Za-z]+", value)
    if not words or not re.fullmatch(r"[A-Z]+(?:[ \t]+[A-Z]+)*", value):
        return False
    if not all(vocabulary.is_common(w.lower(), threshold=3.0) for w in words):
        return False
    if _BEFORE_CUE.search(text, line_start, span.start):
        return False
    rest = text[span.end : line_end]
    return bool(re.fullmatch(rf"{_PAPER}", words[-1]) and re.fullmatch(r"[^a-zA-Z]*", rest)) or bool(
        _HEADING_TAIL.match(rest)
    )


def _split(line: str, delimiter: str) -> list[tuple[int, str]] | None:
    body = line
    lead = 0
    if delimiter == "|":
        stripped = body.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            lead = body.index("|") + 1
            body = stripped[1:-1]
    if delimiter not in body:
        return None
    out, at = [], lead
    for part in body.split(delimiter):
        inner = len(part) - len(part.lstrip())
        out.append((at + inner, part.strip()))
        at += len(part) + 1
    return out


def _table_fields(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The header fields of the note's delimited tables, and the cells under a term header of its
    two-column tables, as ``(start, end)``."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    headers: list[tuple[int, int]] = []
    terms: list[tuple[int, int]] = []
    k = 0
    while k < len(lines) - 1:
        # a header opens its block: a line of cells above it makes it a row of label and value
        # ("injector | Okafor, Adaeze MD" over "assist | lmarchetti")
        above = lines[k - 1] if k else ""
        table = None if any(d in above for d in _DELIMITERS) else _table_at(lines, k)
        if table is None:
            k += 1
            continue
        head, rows, delimiter = table
        kinds = [bool(TERM_HEADER.match(name)) for _, name in head]
        digits = any(re.search(r"\d", cell) for _, row in rows for _, cell in row)
        if digits or any(kinds):
            # a one-word field, not after a person's label: "Patient | QUARRIE TOBIAS" is no header
            headers += [
                (starts[k] + at, starts[k] + at + len(name))
                for j, (at, name) in enumerate(head)
                if " " not in name and not (j and _PERSON_LABEL.fullmatch(head[j - 1][1]))
            ]
        if len(head) == 2 and delimiter in "|\t":
            for row_index, row in rows:
                terms += [
                    (starts[row_index] + at, starts[row_index] + at + len(cell))
                    for (at, cell), kind in zip(row, kinds, strict=True)
                    if kind
                ]
        k = rows[-1][0] + 1
    return headers, terms


def _table_at(
    lines: list[str], k: int
) -> tuple[list[tuple[int, str]], list[tuple[int, list[tuple[int, str]]]], str] | None:
    for delimiter in _DELIMITERS:
        head = _split(lines[k], delimiter)
        if head is None or (delimiter == "," and ", " in lines[k]):
            continue
        if not all(_FIELD.fullmatch(name) and not _CUE.search(name) for _, name in head):
            continue
        rows = []
        for index in range(k + 1, len(lines)):
            line = lines[index]
            if index == k + 1 and delimiter == "|" and re.fullmatch(r"[ \t:|-]*-[ \t:|-]*", line):
                continue  # a markdown rule row under the header
            row = _split(line, delimiter)
            if row is None or len(row) != len(head) or not any(cell for _, cell in row):
                break
            rows.append((index, row))
        if rows:
            return head, rows, delimiter
    return None
