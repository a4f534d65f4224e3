"""Identifiers of the machines a note's events ran on, and the catalogue numbers that are none.

* **a dispensing cabinet's name**: a pharmacy's discrepancy report or an audit trail names the
  automated dispensing cabinet an event happened at (``Cabinet: PX-4W-MED1``, ``Omnicell
  cabinet OC-ICU-03``, ``ADC 3N-MED2``). The name singles out a place and a time as surely as a
  case number does; a value holding a digit after such a label goes. A reading room's
  ``Workstation RR-4`` names no one and stays.
* **an implant log's catalogue and lot numbers**: an operative report lists each implant's
  catalogue (``REF``) and lot (``LOT``) numbers beside its serial number. Only the serial names
  one device (and so one patient); a catalogue number names a product and a lot a batch of
  thousands. Where a line or a table holds both a catalogue label and a serial label, the
  values of its ``REF``/``Cat.``/``LOT`` labels and columns stay; the serial is left to the rules
  that remove it. A lot number on its own (a vaccine's ``Lot #``) is left to the other rules.
* **immigration numbers by shape**: a USCIS receipt number (a service centre's letters and ten
  digits, ``IOE 0914 4772 18``) and an alien number in groups (``A 123 456 789``).
* **a found hospital's acronym**: ``St. Mary's Medical Center (SMMC)`` ... ``SMMC``; ``Good
  Shepherd`` ... ``GSMC``: where the initials stand alone, they name the same hospital.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan, add_uncovered
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["agency_ids", "find_immigration_numbers", "find_station_ids", "hospital_acronyms",
           "keep_catalogue_numbers"]

#: a machine's label: a dispensing cabinet (by kind or by make), a station, a terminal
_STATION = re.compile(
    r"\b(?:(?:automated[ \t]+)?dispensing[ \t]+cabinet|(?:ADC|Pyxis|Omnicell|MedStation|AcuDose)"
    r"(?:[ \t]+(?:cabinet|station|tower|unit))?|cabinet|med(?:ication)?[ \t]+station)"
    r"(?:[ \t]+(?:id|name|number|no\.|#))?"
    r"(?:[ \t]*[:#=][ \t]*|[ \t]+)"
    r"(?P<v>(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*)(?![\w-])",
    re.IGNORECASE | re.ASCII)
#: what such a label may be followed by instead: a count, a unit, an IP address's label
_NOT_STATION = re.compile(r"\d+(?:[a-z]{1,3})?$|(?i:ip|v\d+|\d+(?:st|nd|rd|th)|\d+[ap]m?)$", re.ASCII)

#: a catalogue label and a lot label; a serial label
_CATALOGUE = (r"REF|Ref\.?|Cat(?:alog(?:ue)?)?\.?(?:[ \t]*(?:#|No\.?|number))?|Catalog(?:ue)?|"
              r"Part[ \t]*(?:#|No\.?)")
_LOT = r"LOT|Lot(?:[ \t]*(?:#|No\.?|number))?"
_SERIAL = re.compile(r"\b(?:SN|S/N|SER|(?i:serial))\b", re.ASCII)
_CATALOGUE_LABEL = re.compile(rf"(?<![\w/])(?:{_CATALOGUE})(?![\w])", re.ASCII)
_LABEL_WORD = re.compile(r"(?<![\w/])(?:REF|LOT)(?![\w])", re.ASCII)
_LOT_LABEL = re.compile(r"(?<![\w/])LOT(?![\w])", re.ASCII)
_VALUE_AFTER = re.compile(
    rf"(?<![\w/])(?:{_CATALOGUE}|{_LOT})[ \t]*[:#]?[ \t]*"
    r"(?P<v>(?=[A-Za-z0-9.-]*\d)[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*)",
    re.ASCII)
#: a table header's column names
_HEADER_CELL = re.compile(rf"^(?:{_CATALOGUE}|{_LOT}|Lot[ \t]+number|Catalog(?:ue)?[ \t]+number)$", re.ASCII)
_SERIAL_CELL = re.compile(r"^(?:SN|S/N|Serial(?:[ \t]*(?:#|No\.?|number))?)$", re.IGNORECASE | re.ASCII)


def find_station_ids(text: str) -> list[PhiSpan]:
    """The names of the cabinets and stations (module docstring) in an English note."""
    out: list[PhiSpan] = []
    for m in _STATION.finditer(text):
        value = m.group("v")
        if len(value) < 4 or _NOT_STATION.match(value):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    return out


def _cells(line: str) -> list[tuple[int, int, str]]:
    """A table line's cells: (start, end, text); a piped line's every cell (empty ones too),
    another line's runs of text between tabs and wide gaps."""
    cells: list[tuple[int, int, str]] = []
    if "|" in line:
        inner = line.rstrip()
        first = inner.find("|") + 1 if inner.lstrip().startswith("|") else 0
        last = len(inner) - 1 if inner.endswith("|") else len(inner)
        start = first
        for piece in inner[first:last].split("|"):
            lead = len(piece) - len(piece.lstrip())
            cells.append((start + lead, start + len(piece.rstrip()), piece.strip()))
            start += len(piece) + 1
        return cells
    for m in re.finditer(r"[^\t]+", line):
        for c in re.finditer(r"\S+(?: \S+)*", m.group()):
            cells.append((m.start() + c.start(), m.start() + c.end(), c.group()))
    return cells


def _kept_ranges(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where catalogue and lot numbers stand in the implant lines and tables of ``text``, and
    where their labels do."""
    kept: list[tuple[int, int]] = []
    labels: list[tuple[int, int]] = []
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    # a line naming a catalogue number and a serial number: its REF and LOT values
    for line, off in zip(lines, offsets, strict=True):
        if (_CATALOGUE_LABEL.search(line) or _LOT_LABEL.search(line)) and _SERIAL.search(line):
            kept += [(off + m.start("v"), off + m.end("v")) for m in _VALUE_AFTER.finditer(line)]
            labels += [(off + m.start(), off + m.end()) for m in _LABEL_WORD.finditer(line)]
    # a table whose header has a catalogue or lot column and a serial column: those columns
    for i, line in enumerate(lines):
        cells = _cells(line)
        names = [c[2] for c in cells]
        keep_idx = [k for k, n in enumerate(names) if _HEADER_CELL.match(n)]
        if not keep_idx or not any(_SERIAL_CELL.match(n) for n in names):
            continue
        piped = "|" in line
        for j in range(i + 1, len(lines)):
            row = lines[j]
            if not row.strip() or (piped and "|" not in row):
                break
            if set(row.strip()) <= set("|-:+= "):
                continue
            row_cells = _cells(row)
            for k in keep_idx:
                if piped:
                    if len(row_cells) == len(cells):
                        s, e, _ = row_cells[k]
                        kept.append((offsets[j] + s, offsets[j] + e))
                    continue
                # aligned columns: the cell that starts within two characters of the header's
                hs, he, _ = cells[k]
                for s, e, _ in row_cells:
                    if abs(s - hs) <= 2 or (s < he and hs < e):
                        kept.append((offsets[j] + s, offsets[j] + e))
    return kept, labels


def _trim(text: str, span: PhiSpan, labels: list[tuple[int, int]]) -> PhiSpan | None:
    """``span`` cut before the first catalogue label in it ("Triathlon, REF"), None if that leaves
    nothing."""
    for a, b in labels:
        if span.start < b and a < span.end:
            end = a
            while end > span.start and text[end - 1] in " \t,;:/(-":
                end -= 1
            return PhiSpan(span.start, end, span.category) if end > span.start else None
    return span


def keep_catalogue_numbers(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the catalogue and lot numbers of an implant log (module docstring)."""
    if "REF" not in text and "Cat" not in text and "Ref" not in text and "LOT" not in text:
        return spans
    kept, labels = _kept_ranges(text)
    if not kept:
        return spans
    out: list[PhiSpan] = []
    for s in spans:
        if s.category != "date" and any(a <= s.start and s.end <= b for a, b in kept):
            continue
        trimmed = _trim(text, s, labels) if labels else s
        if trimmed is not None:
            out.append(trimmed)
    return out


#: words no acronym takes a letter from
_SKIP = frozenset("of the and at for in on & de la".split())
#: a facility's head word: a name without one may take one in its acronym ("Good Shepherd": GSMC)
_HEADS = frozenset("hospital hospitals center centre clinic clinics health healthcare medical system "
                   "institute infirmary group".split())
_HEAD_LETTERS = ("H", "MC", "MH", "RMC", "HC", "HS", "RH", "CH", "CMC")
_ACRONYM = re.compile(r"(?<![\w/-])[A-Z]{3,6}(?![\w/-])", re.ASCII)
_PAREN_ACRONYM = re.compile(r"[ \t]*\([ \t]*(?P<v>[A-Z]{2,6})[ \t]*\)", re.ASCII)


def _acronyms(name: str) -> set[str]:
    """The acronyms a facility's name is written as: its words' initials, and those with a head
    word's letters when the name has no head word."""
    words = [w for w in re.findall(r"[A-Za-z]+", name.replace("'s", "").replace("’s", ""))
             if w.lower() not in _SKIP]
    if len(words) < 2:
        return set()
    initials = "".join(w[0].upper() for w in words)
    out = {initials}
    if words[-1].lower() not in _HEADS:
        out |= {initials + tail for tail in _HEAD_LETTERS}
    return {a for a in out if 3 <= len(a) <= 6}


def hospital_acronyms(text: str, spans: list[PhiSpan], is_clinical: Callable[[str], bool]) -> list[PhiSpan]:
    """Acronyms of the note's found hospitals: the one in brackets right after the name
    ("St. Mary's Medical Center (SMMC)") and the name's initials, with or without a head word's
    letters ("Good Shepherd" ... "GSMC"), wherever they stand alone; never a clinical word."""
    names: set[str] = set()
    for s in spans:
        if s.category != "hospital":
            continue
        names |= _acronyms(text[s.start:s.end])
        m = _PAREN_ACRONYM.match(text, s.end)
        if m:
            names.add(m.group("v"))
    if not names:
        return []
    out: list[PhiSpan] = []
    for m in _ACRONYM.finditer(text):
        if m.group() in names and not is_clinical(m.group().lower()):
            out.append(PhiSpan(m.start(), m.end(), "hospital"))
    for s in spans:  # a two-letter acronym in brackets right after its name
        m = _PAREN_ACRONYM.match(text, s.end) if s.category == "hospital" else None
        if m and len(m.group("v")) == 2:
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    return out


#: a USCIS receipt number: a service centre's three letters and ten digits, in groups or not
#: ("IOE0912345678", "MSC 2190 4477 21", "EAC-21-044-77218")
_RECEIPT = re.compile(r"(?<![\w-])(?:IOE|MSC|EAC|WAC|LIN|SRC|NBC|YSC|NSC|CSC|TSC|VSC)[ -]?"
                      r"(?P<d>\d(?:[ -]?\d){9})(?![\w-]|\.\d)", re.ASCII)
#: an alien registration number in spaced or dashed groups after "A" ("A 123 456 789", "A-212-448-903")
_A_NUMBER = re.compile(r"(?<![\w-])A[ -]?\d{3}[ -]\d{3}[ -]\d{3}(?![\w-]|\.\d)"
                       r"|(?<![\w-])A0?\d{8}(?![\w-]|\.\d)", re.ASCII)


def find_immigration_numbers(text: str) -> list[PhiSpan]:
    """USCIS receipt numbers and alien registration numbers, by their shapes alone."""
    out = [PhiSpan(m.start(), m.end(), "other_id") for m in _RECEIPT.finditer(text)]
    out += [PhiSpan(m.start(), m.end(), "other_id") for m in _A_NUMBER.finditer(text)]
    return out


def agency_ids(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """``spans`` with the cabinets' and stations' names, the immigration numbers and the found
    hospitals' acronyms added, and an implant log's catalogue and lot numbers taken out."""
    def clinical(lower: str) -> bool:
        return lower in vocabulary.clinical or lower in vocabulary.drugs or is_clinical_word(lower)

    spans = keep_catalogue_numbers(text, add_uncovered(
        spans, find_station_ids(text) + find_immigration_numbers(text), text))
    return add_uncovered(spans, hospital_acronyms(text, spans, clinical), text)
