"""People in a pipe-separated record's label cells and its initials column.

A crisis record, a theatre log or a transfusion sheet written in pipes puts each person in the
cell after their role's label: ``Anaesthetist | Q. Marrow | NPI | …``, ``CRNA | tobin hale``,
``Surgeon | PENROSE | Circulator | KD``, ``pt | ORLEY, JUNE | DOB``, ``Mother | Ada Orley``. The
label says who the next cell is, so it goes whatever its shape: an upper-case surname alone, an
initial and a surname, ``Last, First``, a name in lower case, or two or three initials that spell
an abbreviation (``TB``, ``SB``). A value that is a word for no one (``none``, ``n/a``,
``pending``), a clinical term or a drug, a number or a long phrase stays.

The label cells themselves are no one: an earlier rule that reads ``Anaesthetist | C. Vance`` as
``Surname | Initial. Surname`` takes the label too; it is released here (the role stays).

And the initials column of a timed event table: under a header row whose cell reads ``Init``,
``initials``, ``sign`` or ``by`` (``time | EtCO2 | temp | dantrolene | action | initials``), that
column's cells in the rows below with the same count of cells are staff initials (``| SB``,
``| ml``), though they spell a test or a unit.

A person found once in such a record is the same person wherever the record repeats them: a
name of two words or more (``CRNA | tobin hale``, ``j. hale``) goes again wherever those words
stand in that order, in any case (``dantrolene given by j. hale``); an upper-case surname
(``Surgeon | PENROSE``) goes again where it is written in capitals (``per PENROSE, close``), but
a clinical word in capitals never spreads.
"""

from __future__ import annotations

import re
from itertools import pairwise

from medenclave_deid.core.text.delimited_columns import Columns, column_category
from medenclave_deid.core.text.english_words import SPECIALTY
from medenclave_deid.core.text.spans import PhiSpan, add_uncovered
from medenclave_deid.core.text.table_columns import delimited_tables
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["drop_label_lines", "pipe_role_cells"]

_QUALIFIER = (
    r"(?:(?:attending|relief|primary|second|first|assistant|assisting|consultant|lead|supervising)[ \t]+)?"
)
_STAFF = (
    r"anaesthetists?|anesthetists?|an(?:a)?esthesiologists?|anaesthesia|anesthesia|crnas?|srnas?|caa|"
    r"surgeons?|surgical[ \t]+assistant|circulators?|circ(?:[ \t]+(?:rn|nurse))?|"
    r"circulating(?:[ \t]+(?:rn|nurse))?|scrub(?:[ \t]+(?:rn|nurse|tech|technician))?|"
    r"perfusionist|recorder|scribe|team[ \t]+leader|runner|registrar|fellow|resident"
)
#: the roles that sign with initials and head no service
_NURSE = re.compile(
    r"(?i:circ\w*(?:[ \t]+(?:rn|nurse))?|scrub\w*(?:[ \t]+\w+)?|[cs]rnas?|recorder|scribe|runner)"
)
_PATIENT = r"pt|patient|patient[ \t]+name|name"
_KIN = r"mother|mum|mom|father|relative|next[ \t]+of[ \t]+kin|nok"
_LABEL = re.compile(
    rf"(?i:{_QUALIFIER}(?P<role>{_STAFF}|{_PATIENT}|{_KIN})(?:[ \t]*\([a-z \t/-]{{1,20}}\))?[ \t]*:?)"
)
_ROLE_WORD = rf"{_QUALIFIER}(?:{_STAFF}|anaes|anaesth|anesth)"
_VALUE = r"[A-Za-z][A-Za-z'-]*\.?(?:,?[ \t]+[A-Za-z][A-Za-z'-]*\.?){0,2}"
#: "| CRNA: j. hale |", "crna - j. hale", "surgeon PENROSE", "circ KD" (a cell's or a line's start)
_ROLE_FIRST = re.compile(
    rf"(?m)(?:^|(?<=\|))[ \t]*(?P<l>(?i:{_ROLE_WORD}))(?:[ \t]*[:\-–][ \t]*|[ \t]+)(?P<v>{_VALUE})"
    r"[ \t]*(?=$|[|,(;/])"
)
#: "/ j. hale (CRNA) /", "| PENROSE (surgeon)", "Q. Marrow (anaes, NPI 1234567890)"
_ROLE_AFTER = re.compile(
    rf"(?m)(?:^|(?<=[|/,]))[ \t]*(?P<v>{_VALUE})[ \t]*\((?P<l>(?i:{_ROLE_WORD}))\b[^)\n]*\)"
)
#: "; k. hale, CRNA; PENROSE, surgeon; KD, circulator": a team list's person, a comma, their role
_ROLE_COMMA = re.compile(
    rf"(?m)(?:^|(?<=[|/;:]))[ \t]*(?P<v>[A-Za-z][A-Za-z'-]*\.?(?:[ \t]+[A-Za-z][A-Za-z'-]*\.?){{0,2}}),"
    rf"[ \t]*(?P<l>(?i:{_ROLE_WORD}))[ \t]*(?=$|[;|/,)])"
)
#: a person's cue before a surname in capitals ("per", "by", "Dr") or after it ("notified")
_CUED_BEFORE = re.compile(r"\b(?i:by|per|dr\.?|mr\.?|mrs\.?|ms\.?|pt|patient|mother|mom)[ \t]+$")
_CUED_AFTER = re.compile(r"[ \t]+(?i:notified|informed|paged|aware|called|at[ \t]+bedside)\b")
#: "relieved by crna oduya", "by circ KD", "per surgeon TREVANION", "10:14 crna lind": a role in a sentence
_ROLE_PROSE = re.compile(
    r"(?:\b(?i:by|per|to|from|and|with)|(?<!\S)\d{1,2}:?\d{2})[ \t]+"
    r"(?P<l>(?i:crnas?|srnas?|caa|circ(?:ulator)?|scrub[ \t]+(?:rn|nurse|tech)|"
    r"an(?:a)?esthetist|an(?:a)?esthesiologist|surgeon))[ \t]+"
    r"(?P<v>[A-Za-z]\.[ \t]?[A-Za-z][A-Za-z'-]+|[A-Za-z][A-Za-z'-]+(?:[ \t]+(?P<w>[A-Za-z][A-Za-z'-]+))?)"
)
_CELL = re.compile(r"[^|\n]+")
# "Q. Marrow", "q. marrow", "PENROSE", "Penrose", "ORLEY, JUNE", "tobin hale", "hale, tobin", "KD", "kd"
_NAME = re.compile(r"[A-Za-z][A-Za-z'-]*\.?(?:,?[ \t]+[A-Za-z][A-Za-z'-]*\.?){0,2}")
#: a cell that names no one ("n/a", "same as above"); phrases are kept whole
_NO_ONE = frozenset(
    word.strip()
    for word in """none, nil, n/a, na, nk, unknown, pending, tbc, tba, tbd, yes, no, ok, same as above,
    declined, not applicable, absent, present, see below, see above, n, rn, md, crna, self""".split(",")
)
_INITIAL_SURNAME = re.compile(r"[A-Z]\.[ \t]?[A-Z][a-z'-]+(?:-[A-Z][a-z]+)?")
#: "| Surgeon | Orthopedics |", "surgeon ENT", "| CRNA | student |": a service or a grade, no one
_SERVICE = re.compile(
    rf"(?i:{SPECIALTY}|gen(?:eral)?[ \t]+surg(?:ery)?|plastics|max[ \t]?fax|omfs|hpb|spine|hand|"
    r"student|trainee|locum|agency|bank|float|relief|on[ -]call|registrar|consultant)"
)
_HEADS = frozenset(
    """dob mrn npi id dose time date route role grade site name surname address phone ward bed
    specialty speciality service signature comments notes action""".split()
)
_INIT_HEAD = re.compile(r"(?i:init(?:ial)?s?\.?|inits|sign(?:ed)?|sig|by|staff[ \t]+init(?:ial)?s?)")
_INITIALS = re.compile(r"[A-Za-z]\.?[A-Za-z]\.?(?:[A-Za-z]\.?)?")


def _cells(line: str, base: int) -> list[tuple[int, int]]:
    """The stripped cells of a pipe line as (start, end) offsets into the note."""
    out = []
    for m in _CELL.finditer(line):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        if body:
            out.append((base + m.start() + lead, base + m.start() + lead + len(body)))
        else:
            out.append((base + m.start(), base + m.start()))
    return out


def _person(value: str, vocabulary: TextVocabulary, *, role: str = "") -> bool:
    """Whether a cell after a role's label holds a person rather than a word for no one (after a
    patient's ``Name`` a header's next label too: ``| Name | Ward | Bed |``; after a surgeon's a
    service: ``| Surgeon | ENT |``, though a circulator's ``PT`` is their initials)."""
    staff = not re.fullmatch(_PATIENT, role, re.I)
    if _NURSE.fullmatch(role) and _INITIALS.fullmatch(value) and value.isupper():
        return value.lower() not in _NO_ONE
    if not _NAME.fullmatch(value) or value.lower().strip() in _NO_ONE or _SERVICE.fullmatch(value):
        return False
    if _INITIALS.fullmatch(value) or (staff and _INITIAL_SURNAME.fullmatch(value)):
        return True
    if _LABEL.fullmatch(value):
        return False
    words = [w.strip(".,").lower() for w in re.split(r"[ \t,]+", value) if w.strip(".,")]
    # "| Surgeon | vascular surgery |", "| Anaesthetist | propofol |": a term, not a person
    if any(
        (w in vocabulary.clinical or w in vocabulary.drugs or is_clinical_word(w))
        and not vocabulary.is_name(w)
        for w in words
        if len(w) > 1
    ):
        return False
    if len(words) == 1:
        # "| Name | Dose |": a header row's next label; "| surgeon | general |": a word for no one
        word = words[0]
        if word in _HEADS and not (staff and value.isupper() and vocabulary.is_name(word)):
            return False
        return value.isupper() or vocabulary.is_name(word) or not vocabulary.is_common(word, threshold=4.0)
    # "General surgery", "see notes": everyday words that are no one's name
    return not all(vocabulary.is_common(w, threshold=4.0) and not vocabulary.is_name(w) for w in words)


def _label_people(text: str, vocabulary: TextVocabulary) -> tuple[list[PhiSpan], list[tuple[int, int]]]:
    """The people after a role's label cell, and every label cell (found or not)."""
    found: list[PhiSpan] = []
    labels: list[tuple[int, int]] = []
    base = 0
    for line in text.split("\n"):
        if "|" in line:
            cells = _cells(line, base)
            for (s, e), nxt in zip(cells, cells[1:] + [(0, 0)], strict=True):
                if found and found[-1].start == s:
                    continue  # "| Circulator | PT |": the person, no patient's label
                if e > s and (label := _LABEL.fullmatch(text[s:e])):
                    labels.append((s, e))
                    role = label.group("role")
                    if nxt[1] > nxt[0] and _person(text[nxt[0] : nxt[1]], vocabulary, role=role):
                        found.append(PhiSpan(nxt[0], nxt[1], "name"))
        base += len(line) + 1
    return found, labels


def _role_pairs(text: str, vocabulary: TextVocabulary) -> tuple[list[PhiSpan], list[tuple[int, int]]]:
    """The people a role names inside a cell or a line (``CRNA: j. hale``, ``surgeon PENROSE``,
    ``circ KD``, ``q. marrow (anaes, NPI …)``), with the role words' spans."""
    found, roles = [], []
    for m in [*_ROLE_FIRST.finditer(text), *_ROLE_AFTER.finditer(text), *_ROLE_COMMA.finditer(text)]:
        if _person(m.group("v"), vocabulary, role=m.group("l")):
            found.append(PhiSpan(m.start("v"), m.end("v"), "name"))
            roles.append(m.span("l"))
    for m in _ROLE_PROSE.finditer(text):
        words = m.group("v").split()
        # "crna oduya arrived": the second word only where it is no everyday word
        if m.group("w") and vocabulary.is_common(m.group("w").lower(), threshold=3.0):
            words = words[:1]
        value = " ".join(words)
        if len(words) == 1 and "." not in value:
            low = value.lower()  # "called to surgeon for review": a word, no one; "by circ KD": initials
            initials = _NURSE.fullmatch(m.group("l")) and value.isupper() and _INITIALS.fullmatch(value)
            if not initials and (
                len(low) < 3
                or low in vocabulary.clinical
                or is_clinical_word(low)
                or (vocabulary.is_common(low, threshold=3.0) and not vocabulary.is_name(low))
            ):
                continue
        elif not _person(value, vocabulary, role=m.group("l")):
            continue
        start = m.start("v")
        found.append(
            PhiSpan(start, start + len(m.group("v").split()[0]) if len(words) == 1 else m.end("v"), "name")
        )
    return found, roles


def _initials_column(text: str) -> list[PhiSpan]:
    """The initials under an event table's ``Init``/``Sign``/``By`` header (module docstring)."""
    found = []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    col, width = -1, 0
    for i, line in enumerate(lines):
        if "|" not in line:
            col = -1
            continue
        cells = _cells(line, starts[i])
        heads = [k for k, (s, e) in enumerate(cells) if _INIT_HEAD.fullmatch(text[s:e])]
        if heads and len(cells) >= 3:
            col, width = heads[-1], len(cells)
            continue
        # a row that splits its date and time ("| 08-APR-2024 | 06:00 |") or leaves out a blank cell
        # keeps the last column last
        last = col == width - 1 and width - 1 <= len(cells) <= width + 2
        if col < 0 or (len(cells) != width and not last):
            col = -1
            continue
        s, e = cells[-1] if last else cells[col]
        value = text[s:e]
        if _INITIALS.fullmatch(value) and value.replace(".", "").lower() not in _NO_ONE:
            found.append(PhiSpan(s, e, "name"))
    return found


def pipe_role_cells(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """``spans`` without the names read into a role's label cell, with the people in the cells
    after those labels and in an initials column added.

    Args:
        text: an English note.
        spans: the spans found so far.
        vocabulary: the word knowledge.
    """
    found, labels = _label_people(text, vocabulary)
    more, roles = _role_pairs(text, vocabulary)
    # a label cell read as a name goes; a name that swallowed a role word goes for the person alone
    kept = [
        s
        for s in spans
        if not (s.category == "name" and any(a <= s.start and s.end <= b for a, b in labels))
        and not (s.category == "name" and any(a < s.end and s.start < b for a, b in roles))
    ]
    spans = add_uncovered(kept, found + more + _initials_column(text), text)
    return add_uncovered(spans, _echoes(text, spans, vocabulary), text)


def _echoes(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """The other occurrences of a found person's several words or capitals surname (module docstring)."""
    out: list[PhiSpan] = []
    phrases: set[str] = set()
    capitals: set[str] = set()
    for span in spans:
        if span.category != "name":
            continue
        value = text[span.start : span.end]
        words = re.findall(r"[A-Za-z][A-Za-z'-]*", value)
        if len(words) >= 2 and len(max(words, key=len)) >= 3:
            phrases.add(value)
        if "".join(words).isupper() and re.fullmatch(r"[A-Z][A-Z'-]*(?:,?[ \t]+[A-Z][A-Z'-]*)*", value):
            capitals |= {w for w in words if len(w) >= 4}
    folded = text.lower()
    for value in phrases:
        words = [w for w in re.split(r"[^A-Za-z'-]+", value) if w]
        if folded.count(words[0].lower()) < 2:
            continue  # said once: only the found span itself would match (no pattern compiled per note)
        parts = [re.escape(w) for w in words]
        pattern = re.compile(r"(?i)(?<![\w.])" + r"[\s.,]+".join(parts) + r"(?![\w'])")
        out += [PhiSpan(m.start(), m.end(), "name") for m in pattern.finditer(text)]
    for word in capitals:
        if text.count(word) < 2:
            continue  # written once: the found span itself
        low = word.lower()
        term = low in vocabulary.clinical or low in vocabulary.drugs or is_clinical_word(low)
        term = term or (vocabulary.is_common(low, threshold=4.0) and not vocabulary.is_name(low))
        # "Surgeon | THOMAS" ... "per THOMAS, close": a term's word only where a person's cue says so
        out += [
            PhiSpan(m.start(), m.end(), "name")
            for m in re.finditer(rf"(?<![\w.-]){re.escape(word)}(?![\w-])", text)
            if not term
            or _CUED_BEFORE.search(text, max(0, m.start() - 12), m.start())
            or _CUED_AFTER.match(text, m.end())
        ]
    return out


#: a would-be header field that no header writes: an initial and a surname, "Last, First", a
#: long number, a date
_VALUE_FIELD = re.compile(
    r"[A-Za-z]\.[ \t]?[A-Za-z][A-Za-z'-]+|[A-Za-z][A-Za-z'-]+,[ \t]*[A-Za-z][A-Za-z'-]+\.?|.*\d{5,}.*"
    r"|\d{1,2}[-/ ][A-Za-z]{3}[-/ ]\d{2,4}"
)
_TWO_CAPS = re.compile(r"[A-Z]{2}")  # "PT": initials, though a patient's label
_CAPS_FIELD = re.compile(r"[A-Z][A-Z'-]+|[a-z]{2,3}")
_TWO_WORDS = re.compile(r"[A-Za-z][a-z'-]+[ \t]+[A-Za-z][a-z'-]+")
_CAPS_NAME = re.compile(r"[A-Z][A-Z'-]+(?:[ \t]+[A-Z][A-Z'-]+){1,2}")


def _label_line(head: list[tuple[int, str]]) -> bool:
    """Whether a pipe line read as a table's header is a line of labels and their values
    (``Surgeon | PENROSE | Circulator | KD``, ``Anaesthetist | Q. Marrow | NPI | 1234567890``)."""
    names = [name.strip() for _, name in head]
    pairs = [
        (label, value)
        for label, value in pairwise(names)
        if _LABEL.fullmatch(label)
        and value
        and not (_LABEL.fullmatch(value) and not _TWO_CAPS.fullmatch(value))
    ]
    # "Patient | BANKS JOHN | Sex | M": a person's label and a name in capitals, no header words
    if any(
        _CAPS_NAME.fullmatch(value) and not {w.lower() for w in value.split()} & _HEADS
        for label, value in pairs
        if (role := _LABEL.fullmatch(label)) and re.fullmatch(_PATIENT + "|" + _KIN, role.group("role"), re.I)
    ):
        return True
    # "CRNA | tobin hale | Surgeon | PENROSE": two roles, each with a person's name (no header words)
    return any(_VALUE_FIELD.fullmatch(value) for _, value in pairs) or (
        len(pairs) >= 2
        and all(
            _CAPS_FIELD.fullmatch(value)
            or (_TWO_WORDS.fullmatch(value) and not {w.lower() for w in value.split()} & _HEADS)
            for _, value in pairs
        )
    )


def drop_label_lines(text: str, columns: Columns) -> Columns:
    """``columns`` without the pipe "tables" whose header is a line of labels and values: the
    label cells of the line below are no one's names and the values above are no header."""
    lines: set[int] = set()
    for head, rows in delimited_tables(text, None, lambda f: bool(column_category(f))):
        if "|" in text[head[0][0] : head[-1][0] + len(head[-1][1]) + 1] and _label_line(head):
            lines |= {text.count("\n", 0, head[0][0])} | {text.count("\n", 0, row[0][0]) for row in rows}
    if not lines:
        return columns
    cells = [c for c in columns.cells if text.count("\n", 0, c.start) not in lines]
    return Columns(cells, [h for h in columns.headers if text.count("\n", 0, h[0]) not in lines])
