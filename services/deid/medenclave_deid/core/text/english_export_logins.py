"""Staff log-ins in the header and the columns of a survey's or an audit's export.

A prevalence survey, an audit or a registry export names who ran it by a log-in (``jdoe``,
``j.doe``, ``doej2``, ``JDOE``, ``jdoe@wks12``), in shapes the generic key readers miss:

* **a column**: a delimited table whose header cell says who collected the row (surveyor,
  auditor, assessor, reviewer, entered/exported/collected/recorded/completed by, login, user):
  every cell with a handle's shape, ``@workstation`` included;
* **before an address**: a handle right before ``@ 10.1.2.3`` or joined to a host
  (``jdoe@wks12``), or after "by" / "user" / "export:" on a line that gives an IP address (``survey
  2025-01-02 by jdoe from 10.1.2.3``, ``EXPORT 10.1.2.3 user=JDOE``);
* **a keyed value**: ``exported by,j.doe`` / ``# surveyor=d.smith`` / ``Surveyor: JDOE``: the
  value of a person's key alone on its line (after a comment's ``#`` or a quote), where a
  dotted or numbered handle (``k.tillman``, ``clay.vance``) counts even when a part is an
  everyday word;
* **in a sentence or a header line**: after "by" / "user" / "uploader" (``rows exported by jdoe2.``,
  ``Uploaded by jdoe on 03/04/2025``, ``uploader: j.doe | 2025-03-04``, ``Upload: jdoe2 - 2025-03-04``,
  ``Scanned by jdoe2  Date:``),
  the handle ending the clause or followed by the date or the time it did so.

A handle's shape (:func:`~medenclave_deid.core.text.english_login_handles.is_handle`) excludes
everyday and clinical words, system accounts and cells that say no one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_login_handles import is_handle
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import delimited_cells
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_export_logins", "login_length"]

_BY = (
    r"(?:exported|entered|collected|recorded|completed|survey(?:ed)?|audit(?:ed)?|assessed|reviewed|"
    r"documented|performed|run|prepared|submitted|uploaded|scanned)[ _-]?by"
)
_WHO = (
    rf"(?:{_BY}|surveyor|auditor|assessor|reviewer|abstractor|data[ _-]?collector|uploader|"
    r"(?:export|survey|audit)[ _-]?(?:user|login)|user(?:[ _-]?(?:name|id|login))?|username|"
    r"userid|log-?in|logon|operator)"
)
#: a column of the nurse who surveyed the row ("RN", "nurse_login")
_STAFF_COLUMN = r"(?:rn|nurse|staff)(?:[ _-]?(?:id|login))?"
_HEADER = re.compile(rf"(?i)[\"']?(?:{_WHO}|{_STAFF_COLUMN})[\"']?")
_HOST = r"@[A-Za-z][\w-]{0,30}(?:\.[A-Za-z][\w-]{0,30})*"
_IPV4 = r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])"
_LOGIN = re.compile(rf"(?P<h>[A-Za-z][\w.-]{{1,24}}?)(?P<host>{_HOST})?")
#: a handle right before "@ <IPv4>" ("- zeb_s @ 10.1.2.3")
_AT_IP = re.compile(rf"(?<![\w.@-])(?P<v>[A-Za-z][\w.-]{{1,24}})[ \t]*@[ \t]*{_IPV4}")
#: after "by" / "user" / a person's key on a line with an IP address ("by jdoe from 10.1.2.3")
_ON_IP_LINE = re.compile(
    rf"(?i)(?<![\w-])(?:by|{_WHO}|export)(?:[ \t]*[=:][ \t]*|[ \t]+)"
    rf"\"?(?P<v>[A-Za-z][\w.-]{{1,24}}(?:{_HOST})?)\"?"
    r"(?=[\s,;|\"]|$)"
)
_IP_LINE = re.compile(rf"{_IPV4}")
#: "rows exported by jdoe2." / "end of export, user jdoe@wks3" in a sentence, or ending an XML
#: export's comment ("<!-- exported 2024-03-18 by interface user f_castellano -->")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_BY_PROSE = re.compile(
    rf"(?i)(?<![\w-])(?:{_BY}|user|uploader|upload|login)[ \t]*:?[ \t]+"
    rf"(?P<v>[A-Za-z][\w.-]{{1,24}}?(?:{_HOST})?)"
    rf"(?=[ \t]*(?:[,;|]|-->|\.?[ \t]*$)|[ \t]+(?:(?:on|at|-)[ \t]+)?(?:\d|{_MONTH}\b)"
    r"|[ \t]{2,}(?:date|time)\b)",
    re.M,
)
#: a date on an export's banner line ("=== EXPORT 10.1.2.3 2025-01-02 jdoe")
_DATE = re.compile(
    r"(?i)\b(?:\d{1,4}[-/]\d{1,2}[-/]\d{2,4}|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|"
    r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})\b"
)
_LAST_WORD = re.compile(r"(?P<v>[A-Za-z][\w.-]{1,24}?)[ \t]*$")
#: a keyed value alone on its line ("exported by,k.tillman", "# surveyor=d.smith")
_KEYED = re.compile(
    rf"(?im)^[ \t]*(?:\#+[ \t]*)?\"?(?:{_WHO}|export)\"?[ \t]*(?:,|;|:|=|\t)[ \t]*\"?"
    rf"(?P<v>[A-Za-z][\w.-]{{1,24}}(?:{_HOST})?)\"?[ \t]*[,;]?[ \t]*$"
)


def login_length(value: str, vocab: TextVocabulary) -> int:
    """The length of ``value``'s span when it is a log-in (maybe with ``@host``), else 0."""
    m = _LOGIN.fullmatch(value)
    if not m:
        return 0
    handle = m["h"]
    if re.fullmatch(r"[A-Za-z]-[A-Za-z]+", handle):  # a prefixed word ("e-fax", "x-ray")
        return 0
    if is_handle(handle, vocab):
        return len(value)
    # a dotted or numbered handle: "k.tillman", "clay.vance", "jdoe2"
    # a hyphen joins words ("e-fax", "x-ray"): only a dot, an underscore or a number marks one
    parts = [p for p in re.split(r"[._]", handle.lower().rstrip("0123456789")) if p]
    marked = bool(re.search(r"[._]|\d$", handle)) and "-" not in handle
    if (
        marked
        and re.fullmatch(r"[a-z][a-z._-]*\d{0,3}|[A-Z][A-Z._-]*\d{0,3}", handle)
        and 1 <= len(parts) <= 2
        and sum(map(len, parts)) >= 4
        and handle.lower() not in NO_VALUE
        # a drug list's fuzzy entries take surnames ("tillman"): clinical words only, and an
        # initial's surname may be an eponym ("y.marfan")
        and (
            (len(parts) == 2 and min(map(len, parts)) == 1)
            or not any(is_clinical_word(p) or p in vocab.clinical for p in parts if len(p) > 1)
        )
    ):
        return len(value)
    return 0


def _column(cells: list[str]) -> list[bool] | None:
    wanted = [bool(_HEADER.fullmatch(c.strip())) for c in cells]
    return wanted if any(wanted) else None


def find_export_logins(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The staff log-ins of an export's header and columns (module docstring).

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for at, cell, _ in delimited_cells(text, _column):
        value = cell.strip().strip("\"'")
        start = at + cell.index(value) if value else at
        if value and (n := login_length(value, vocab)):
            out.append(PhiSpan(start, start + n, "name"))
    for pattern in (_AT_IP, _KEYED, _BY_PROSE):
        for m in pattern.finditer(text):
            if n := login_length(m["v"], vocab):
                out.append(PhiSpan(m.start("v"), m.start("v") + n, "name"))
    offset = 0
    for line in text.splitlines(keepends=True):
        if _IP_LINE.search(line):
            for m in _ON_IP_LINE.finditer(line):
                if n := login_length(m["v"], vocab):
                    out.append(PhiSpan(offset + m.start("v"), offset + m.start("v") + n, "name"))
            last = _LAST_WORD.search(line.rstrip("\r\n"))
            # a banner's last word after its date: the log-in that ran the export
            if (
                last
                and _DATE.search(line[: last.start()])
                and len(line.split()) <= 12
                and is_handle(last["v"], vocab)
            ):
                out.append(PhiSpan(offset + last.start("v"), offset + last.end("v"), "name"))
        offset += len(line)
    return out
