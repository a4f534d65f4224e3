"""Function-test values and their parameter labels: what a urodynamics, uroflow, anorectal or
oesophageal manometry report measures stays, whatever a reader of names or identifiers took it for.

These reports list their results as a short Latin parameter before a number and a unit
(``Qmax 12.3ml/s``, ``Pdet.Qmax 62 cmH2O``, ``最大尿流率(Qmax) 15.2 ml/s``, ``DL 5.5s``), often in
full-width characters (``Ｑｍａｘ　１２．３ｍｌ／ｓ``). Two readers take them for what they are not:

* **a parameter read as a name**: an unknown capitalised word in brackets or before a dot reads as
  a person (``(Qmax)``, ``Pdet.``), and the name's propagation then replaces every ``Qmax`` and
  ``Pdet`` of the report. A one-word Latin name that stands, somewhere in the note, right before a
  number with a unit of measure (``Pdet 45 cmH2O``; through a sub-parameter ``Pdet.Qmax 62
  cmH2O``; through a bracket ``(Qmax) 15 ml/s``) is a parameter's label there and everywhere,
  but where a person's cue stands before it (``送检医生：``, ``Dr.``);
* **a label's head read as a Han name**: ``达峰时间 8 s`` reads as the name ``达峰`` before a word.
  A Chinese name span that starts a label — after a line's start, a space or a separator, before a
  label's last word (时间, 容量, 阈值, 尿意 …) and a number with a unit — is no person;
* **a value read as an identifier**: ``DL`` (distal latency) reads as a driver's licence and
  ``5.5s`` as its number. An identifier span that is only a number with a unit of measure
  (``5.5s``, ``120ml``), a label glued to one (``MUCP109cmH2O``) or a bare number that a unit
  follows is a measurement.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["drop_measured_labels"]

#: full-width ASCII and the ideographic space, read as their half-width forms (length kept)
_HALF = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
#: the units of a function test's values: flows, volumes, pressures, times, lengths, ratios
_UNIT = (
    r"(?:ml/s|mL/s|ml/cmH2O|mL/cmH2O|ml/mmHg|mL/mmHg|cmH2O|mmH2O|mmHg(?:[·.*]s(?:[·.*]cm)?)?|"
    r"ml|mL|cc|ms|sec|s|cm|mm|Hz|mV|uV|µV|%)(?![A-Za-z/])"  # not "s/p", "ms/…"
)
_VALUE = rf"[<>≤≥]?\d+(?:\.\d+)?[ \t]*{_UNIT}"
#: what a label's value may follow: a sub-parameter (``.Qmax``), brackets, a colon, an equals sign
_AFTER_LABEL = re.compile(rf"(?:[.·/@][A-Za-z][A-Za-z0-9]{{0,7}})?[ \t:：=()（）]*{_VALUE}")
#: a bare value after a label (``Pura 60``), counted in a Chinese note's line of measured values
_BARE_AFTER_LABEL = re.compile(r"[ \t:：=]+\d+(?:\.\d+)?(?=[ \t]*(?:[,，;；|]|$)|[ \t]{2,})", re.MULTILINE)
_CJK = re.compile(r"[\u4e00-\u9fff]")
#: a value, or a parameter's label glued to its value (``MUCP109cmH2O``, ``Qmax12.3ml/s``)
_MEASURED_ID = re.compile(rf"(?:[A-Za-z][A-Za-z0-9]{{0,6}}(?:[.@][A-Za-z]+)?[:=]?)?{_VALUE}")
_UNIT_NEXT = re.compile(rf"[ \t]*{_UNIT}")
_HAN = re.compile(r"[\u4e00-\u9fff]{2,4}")
_ONE_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]{1,7}")
#: a person's cue just before a name: a role label, a title
_PERSON_CUE = re.compile(r"(?:医生|医师|者|姓名|护士|审核|(?i:\b(?:dr|mr|mrs|ms|prof|by))\.?)[ \t:：]*$")
#: a Han label's last word, its value after it (达峰|时间 8 s, 最大|容量 450 ml)
_HAN_LABEL_TAIL = re.compile(
    rf"(?:时间|时长|容量|容积|压力|阈值|长度|比例|尿意|流率|顺应性|收缩压|静息压)"
    rf"[ \t:：=()（）A-Za-z]*{_VALUE}"
)
_LABEL_START = re.compile(r"(?:^|[\s;；,，、:：|])$")
_VALUE_IN_LINE = re.compile(rf"(?<![A-Za-z0-9.]){_VALUE}")
_RUN_CHAR = re.compile(r"[A-Za-z0-9.@/·µ%]")
#: a measured number: a decimal, or up to four digits (no record number's run of digits)
_SHORT_NUMBER = re.compile(r"\d{1,4}(?:\.\d+)?|\d+\.\d+")
_ID_CATEGORIES = frozenset({"other_id", "licence", "mrn", "accession", "device", "account", "health_plan"})


def _run(plain: str, start: int, end: int) -> str:
    """The unbroken run of Latin letters, digits and joiners that holds ``plain[start:end]``."""
    while start > 0 and _RUN_CHAR.match(plain[start - 1]):
        start -= 1
    while end < len(plain) and _RUN_CHAR.match(plain[end]):
        end += 1
    return plain[start:end]


def _bare_in_measured_line(plain: str, start: int, end: int) -> bool:
    """A word before a bare number, on a Chinese note's line that measures something else too."""
    if not _BARE_AFTER_LABEL.match(plain, end) or not _CJK.search(plain):
        return False
    line_start = plain.rfind("\n", 0, start) + 1
    line_end = plain.find("\n", end)
    line = plain[line_start : line_end if line_end >= 0 else len(plain)]
    return _VALUE_IN_LINE.search(line) is not None


def _label_words(plain: str, spans: list[PhiSpan]) -> set[str]:
    """The one-word name values that stand before a measured value somewhere in the note."""
    words = {plain[s.start : s.end] for s in spans if s.category == "name"}
    out = set()
    for word in words:
        if not _ONE_WORD.fullmatch(word):
            continue
        for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(word)}(?![A-Za-z0-9])", plain):
            if _AFTER_LABEL.match(plain, m.end()) or _bare_in_measured_line(plain, m.start(), m.end()):
                out.add(word)
                break
    return out


def drop_measured_labels(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the parameter labels read as names and the values read as identifiers
    (module docstring).

    Args:
        text: the note.
        spans: the finds so far.
    """
    if not spans:
        return spans
    plain = text.translate(_HALF)
    labels = _label_words(plain, spans)
    out: list[PhiSpan] = []
    for span in spans:
        value = plain[span.start : span.end]
        if (
            span.category == "name"
            and value in labels
            and not _PERSON_CUE.search(plain, max(0, span.start - 8), span.start)
        ):
            continue  # Qmax, Pdet: a parameter's label, no person
        if span.category == "name" and _MEASURED_ID.fullmatch(_run(plain, span.start, span.end)):
            continue  # Qma|x12.3ml/s: part of a label glued to its value
        if (
            span.category == "name"
            and _HAN.fullmatch(value)
            and _HAN_LABEL_TAIL.match(plain, span.end)
            and _LABEL_START.search(plain[max(0, span.start - 1) : span.start])
        ):
            continue  # 达峰时间 8 s: a label's head, no person
        if span.category in _ID_CATEGORIES and (
            _MEASURED_ID.fullmatch(value)
            or (_SHORT_NUMBER.fullmatch(value) and _UNIT_NEXT.match(plain, span.end))
        ):
            continue  # DL 5.5s: a latency, no licence (a record number's digits stay: "MRN 44120981 s/p")
        out.append(span)
    return out
