"""People, ages, plates and case numbers that exports, census sheets and discharge notes put in
fixed slots, in lower case or with no label beside them.

* **who printed or exported it**: ``Printed from workstation 10.4.5.6 by ottilie.``, ``Print date:
  03/02/2024 08:12 | by aquill``, ``# exported
  2021-02-02 by ottilie from 10.2.3.4``: one lower-case word (maybe ``first.last``) after "by"
  in a line that says a document was printed, exported, generated, run, uploaded or scanned,
  before "from", "at", "on", "via", a stop or the line's end;
* **a staff role's label and a lone lower-case given name**: ``Charge RN: marguerite ext 5512``,
  ``08:12   Clerk login: b.quill`` (after a line's opening, a bar or a wide gap; a log-in's word may
  follow the role, an initial and a dot open the value),
  ``Scribe: ottilie (cancer registry)``, ``Point of contact - rosamund``: the word after the
  role's colon (or a spaced dash), before an extension,
  a bracketed note or the line's end;
* **a survey's or an export's operator**: ``# survey date: 2025-07-23  surveyor: dmcgillicuddy  host:
  …``: the lower-case word after the operator's colon, before a wide gap, a mark or the line's end;
* **an age over 89 in quoted speech**: ``"Not bad for 94, huh?"``, ``"at 96 I still drive"``,
  ``"I turned 97"``: a number from 90 to 120 after for/at/turned/turning/am/I'm inside double
  quotes, never before a unit (``for 90 minutes``, ``at 90 degrees``);
* **a bare plate**: ``QRT 4471 noted at curbside``, ``parked car BZX-882``: a plate's shape before
  "noted/seen/parked … at the curb(side)/entrance/lot" or after car/vehicle/van/plate;
* **a delimited table's bare case/incident/ticket column**: each id-shaped cell
  (``QX-123456``, ``4471203``) is a record number; a procedure's name under ``case`` stays;
* **a column's shape**: where two or more cells of one column with a user id's (``first.last``)
  or a record number's (``QX-123456``) shape were found, its other cells of that shape are too;
* **a marking is no one**: ``CONFIDENTIAL`` after a name found in lower case stays;
* **"St." surname particle**: ``lives with son Mateo St. Clair``: the "St. Clair" a hospital
  finder took after a relation word and a given name is the person's surname.
"""

from __future__ import annotations

import re
from collections import defaultdict

from medenclave_deid.core.text.delimited_columns import NO_VALUE, column_category
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import delimited_tables
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_export_slots", "fix_export_slots"]

#: a lower-case letter, with the Latin diacritics of a transliterated name ("aphạm", "jnúñez")
_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u1e00-\u1eff"
_WORD = rf"[{_LOW}][{_LOW}'’-]{{2,15}}(?:\.[{_LOW}][{_LOW}'’-]{{1,20}})?"
_BY_SOURCE = re.compile(
    rf"(?im)\b(?:(?:re)?print(?:ed)?|exported|generated|run|pulled|downloaded|extracted|produced|"
    rf"uploaded|scanned|submitted|saved|captured|photographed|logged|filed)\b"
    rf"[^\n]{{0,70}}?"
    rf"\bby[ \t]+(?P<v>{_WORD})(?=[ \t]+(?:from|at|on|via)\b|[ \t]*[.,;)]|[ \t]*$)"
)
_ROLE = (
    r"(?:charge|resource|primary|float|relief|night|day|admitting|unit|house)?[ \t]*"
    r"(?:rn|lpn|lvn|nurse|scribe|recorder|note[ -]?taker|registrar|clerk|secretary|supervisor|"
    r"preceptor|coordinator|tech|technician|aide|cna|navigator|"
    r"point[ \t]+of[ \t]+contact|contact[ \t]+person|poc)"
)
_ROLE_SLOT = re.compile(
    # a register's clerk and log-in after a print stamp's wide gap ("08:12   Clerk login: b.quill")
    rf"(?im)(?:^|[;|][ \t]*|(?<=[ ]{{2}})|(?<=\t))[ \t]*{_ROLE}(?:[ \t]+(?:log-?in|user(?:name)?|id))?"
    rf"(?:[ \t]*:|[ \t]+[-–])[ \t]*(?P<v>(?:[{_LOW}]\.)?[{_LOW}][{_LOW}'’-]{{2,15}})"
    r"(?=[ \t]+(?:ext\.?|x|pgr|pager|phone|#)[ \t]*\d|[ \t]*\([^()\n]{1,40}\)[ \t]*$|[ \t]*$)"
)
#: a survey's or an export's operator in a header line's slot (``surveyor: dmcgillicuddy  host: …``)
_OPERATOR_SLOT = re.compile(
    r"(?im)(?:^|(?<=[ \t]{2})|(?<=\t)|(?<=#)|(?<=[;|]))[ \t]*(?:surveyor|auditor|exporter|operator|"
    r"abstractor|assessor|data[ \t]+collector|collector|reviewer|observer)[ \t]*:[ \t]*"
    rf"(?P<v>{_WORD})(?=[ \t]{{2,}}|\t|[ \t]*[,;|]|[ \t]*$)"
)
#: a slot's value that names no one
_NO_ONE = frozenset(
    "vacant float agency open tbd none pending self same covering unassigned unknown staff nurse "
    "charge registry system admin auto batch scheduler interface".split()
)
_QUOTE = re.compile(r'"[^"\n]{1,160}"|“[^”\n]{1,160}”')
_SPOKEN_AGE = re.compile(
    r"(?i)\b(?:for|at|turned|turning|turn|i'm|i’m|im|i am|am|be|reached|reach)[ \t]+"
    r"(?P<v>9\d|1[01]\d|120)\b(?![ \t]*(?:%|mg|mcg|ml|kg|lb|lbs|min|mins|minutes|sec|seconds|hours|"
    r"hrs|h|days|weeks|months|mmhg|bpm|degrees|deg|°|/|\.\d|percent|pounds|feet|ft|meters|m\b|"
    r"miles|dollars|bucks|units|cc|am|pm|o'clock))"
)
_PLATE = r"(?<![\w-])(?:[A-Z]{2,3}[ -]?\d{3,4}|\d[A-Z]{3}\d{3}|[A-Z]{1,3}\d{1,4}[A-Z]{1,3})(?![\w-])"
_PLATE_CUED = re.compile(
    rf"\b(?P<v>{_PLATE})(?=[ \t]+(?:was[ \t]+)?(?:noted|seen|parked|waiting|idling|double-parked)[ \t]+"
    r"(?:at|in|by|near|outside)[ \t]+(?:the[ \t]+)?(?:curbside|curb|entrance|lot|garage|driveway|"
    r"front door|ambulance bay|bay))"
    rf"|(?i:\b(?:car|vehicle|van|truck|suv|sedan|pickup)[ \t]+(?:plate[ \t]+|tag[ \t]+)?)(?P<w>{_PLATE})\b"
)
_CASE_HEADER = re.compile(r"(?i)case|incident|ticket|discrepancy|occurrence|complaint|event id")
_ID_CELL = re.compile(r"[A-Z]{1,5}[-#]?\d{3,}(?:-\d+)*|\d{5,}")
_SHAPES = (re.compile(r"[a-z][a-z'’-]+[._][a-z][a-z'’-]+"), re.compile(r"[A-Z]{1,5}-\d{4,}"))
_RELATION = (
    r"(?:daughter|son|wife|husband|mother|father|mom|dad|sister|brother|niece|nephew|aunt|uncle|"
    r"grandson|granddaughter|partner|spouse|friend|neighbou?r|cousin|guardian|caregiver)"
)
_ST_NAME = re.compile(
    rf"\b{_RELATION}[ \t]+(?:is[ \t]+)?(?P<v>[A-Z][a-z'’-]+[ \t]+(?:St|Ste)\.?[ \t]+[A-Z][a-z'’-]+)"
    r"(?![ \t]*(?:'s|’s)?[ \t]+(?:Hospital|Medical|Clinic|Health|Regional|Center|Centre|Church|School))"
)

_INFLECTED = re.compile(r"(?:ed|ing|ly|tion|ment|ness|ble)$")
#: a document's marking in capitals
_MARKINGS = frozenset(
    "CONFIDENTIAL PRIVILEGED RESTRICTED SENSITIVE DRAFT COPY INTERNAL PROTECTED PRIVATE SECRET".split()
)


def _person(word: str, vocab: TextVocabulary) -> bool:
    low = word.lower()
    parts = re.split(r"[.]", low)
    # an initial and a dot before a never-name word is a log-in ("b.french")
    if low in NO_VALUE or low in _NO_ONE or any(p in NEVER for p in parts if len(parts[0]) > 1):
        return False
    if any(_INFLECTED.search(p) and vocab.is_common(p, threshold=2.5) for p in parts):
        return False  # "Supervisor: notified", "Charge RN: covering": a state, no one
    # a known given name with a clinical word's ending (``paloma``: -oma) is still the name
    if any(
        (is_clinical_word(p) and not vocab.is_name(p) and not vocab.is_name(p[1:]))  # "athomas"
        or p in vocab.clinical
        or p in vocab.drugs
        for p in parts
    ):
        return False
    # a name, or a word too rare to be the line's plain English ("by hand", "by mouth" stay)
    return all(vocab.is_name(p) or not vocab.is_common(p, threshold=4.0) for p in parts if len(p) > 1)


def find_export_slots(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The names, ages, plates and case numbers of the module docstring (not yet resolved).

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out = [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for rx in (_BY_SOURCE, _ROLE_SLOT, _OPERATOR_SLOT)
        for m in rx.finditer(text)
        if _person(m["v"], vocab)
    ]
    for q in _QUOTE.finditer(text):
        out += [
            PhiSpan(q.start() + m.start("v"), q.start() + m.end("v"), "age")
            for m in _SPOKEN_AGE.finditer(q[0])
        ]
    for m in _PLATE_CUED.finditer(text):
        key = "v" if m["v"] else "w"
        out.append(PhiSpan(m.start(key), m.end(key), "vehicle"))
    for head, rows in delimited_tables(text):
        for k, (_, name) in enumerate(head):
            if _CASE_HEADER.fullmatch(name.strip()) and not column_category(name):
                out += [
                    PhiSpan(at, at + len(cell), "other_id")
                    for row in rows
                    if k < len(row)
                    and _ID_CELL.fullmatch((cell := row[k][1]).strip())
                    and (at := row[k][0]) >= 0
                ]
    return out


def fix_export_slots(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with a relation's "St." surname made a name and a column's shape filled in.

    Args:
        text: an English note.
        spans: the resolved spans, sorted and without overlaps.
    """
    # "by quillon. CONFIDENTIAL": a document's marking, no one's surname
    spans = [
        s for s in spans if not (s.category == "name" and text[s.start : s.end].strip(" .") in _MARKINGS)
    ]
    for m in _ST_NAME.finditer(text):
        start, end = m.start("v"), m.end("v")
        inside = [s for s in spans if s.start < end and start < s.end]
        if any(s.category == "hospital" for s in inside) and all(
            start <= s.start and s.end <= end for s in inside
        ):
            spans = sorted([s for s in spans if s not in inside] + [PhiSpan(start, end, "name")], key=_start)
    extra: list[PhiSpan] = []
    for head, rows in delimited_tables(text):
        for k in range(len(head)):
            cells = [row[k] for row in rows if k < len(row)]
            for shape in _SHAPES:
                found: dict[str, int] = defaultdict(int)
                bare = []
                for at, cell in cells:
                    if not shape.fullmatch(cell):
                        continue
                    cover = [s for s in spans if s.start <= at and at + len(cell) <= s.end]
                    if cover:
                        found[cover[0].category] += 1
                    elif not any(s.start < at + len(cell) and at < s.end for s in spans):
                        bare.append((at, cell))
                if bare and found and max(found.values()) >= 2:
                    category = max(found, key=lambda c: found[c])
                    extra += [PhiSpan(at, at + len(cell), category) for at, cell in bare]
    return sorted(spans + extra, key=_start)


def _start(span: PhiSpan) -> int:
    return span.start
