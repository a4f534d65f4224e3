"""Staff log-in handles in the columns of access-audit tables and exports.

Access audits, session logs and device logs list who did what as a table: a time, a user's
log-in, a role, a workstation or an IP address, an action. The log-in is a person's handle, made
from the name and cut to the system's length (``rbrackne``, ``tmacquar``, ``smith.j``,
``j_okafor``, ``MCALLISTJ``, ``hbrenner1``), so no surname list knows it. Two readings find it:

* **by its column**: a delimited (pipe, CSV, tab) or space-aligned table whose header cell says
  user, user id, username, login, account or operator; every cell of that column with a handle's
  shape is a person's handle;
* **by its row**: a delimited row with no header above it whose other cells show a log (a date
  or a time and an IP address, a role word or an action): the one cell with a handle's shape;
* **by its key**: an export's or a log's header line of ``key=value`` pairs (``# export.csv
  generated 2025-03-02 user=marta host=10.1.2.3``): the value of a user, login, operator or
  exported-by key, when the line has another ``key=value`` pair.

A handle's shape: one word of letters, maybe with one ``.``, ``_`` or ``-`` inside and up to
three digits at its end, all in lower case or all in capitals; no everyday or clinical word,
no system account (``system``, ``interface``, ``admin``) and no cell that says no one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_columns import delimited_cells, table_cells
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["KEY_VALUE", "find_login_handles", "is_handle"]

#: a header cell that names an account's log-in
_ACCOUNT_HEADER = re.compile(
    r"(?i)(?:(?:ehr|emr|system|staff|employee|network|user)[ _-]?)?"
    r"(?:user(?:[ _-]?(?:id|name|login|account))?|username|userid|uid|log-?in(?:[ _-]?(?:id|name))?|"
    r"account(?:[ _-]?(?:id|name))?|operator(?:[ _-]?id)?|accessed[ _]by|logged[ _]in[ _]as)"
    r"[ ]?#?"
)
#: a handle's shape: lower case or capitals, one inner separator at most, a short number last
_HANDLE = re.compile(  # lower-case letters with a transliterated name's diacritics too ("aphạm")
    "(?:[a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u1e00-\u1eff]{1,12}"
    "(?:[._-][a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u1e00-\u1eff]{1,12})?"
    "|[A-Z]{1,12}(?:[._-][A-Z]{1,12})?)\\d{0,3}"
)
#: system and interface accounts, no person's handle
_SYSTEM = frozenset(
    """admin administrator system sys epic cerner meditech interface batch auto automated test
    job svc service bot root guest scheduler integration hl7 unknown anonymous""".split()
)
#: a log's other cells: a date, a time, an IP address
_STAMP = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}:\d{2}")
_IP = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}|[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{0,4}){2,7}")
_ROLE_CELL = re.compile(
    r"(?i)(?:RN|LPN|LVN|CNA|MD|DO|NP|PA|RT|CRNA|PharmD|RPh|MA|pharmacist|physician|resident|"
    r"attending|fellow|nurse|scribe|student|therapist|(?:lab|rad|pharmacy|unit|ward|reg|ed|x-ray|"
    r"ct|mri|echo|surgical|or)?[ ]?(?:tech|technician|technologist|clerk|coordinator|secretary|"
    r"registrar|scheduler|coder|biller|aide))"
)
_ACTION_CELL = re.compile(
    r"(?i)(?:view|viewed|open|opened|print|printed|edit|edited|access|accessed|sign|signed|export|"
    r"exported|log[ -]?in|log[ -]?out|search|searched|modify|modified|update|updated)\b.*"
)
_ROW_DELIMITERS = ("|", ",", "\t", ";")
#: a machine header's key for who ran it: "user=", "exported_by=", "operator=" (key=value form)
_USER_KEY = re.compile(
    r"(?<![\w-])(?i:(?:(?:exported|generated|run|requested|printed|created|modified)[_-]?by|by|"
    r"user(?:[_-]?(?:name|id|login))?|username|userid|uid|login|logon|operator|author|owner)=)"
    r"(?P<v>[^\s=,;|\"']+)"
)
#: a ``key=value`` pair of a machine line (two or more on a line: a log or an export header)
KEY_VALUE = re.compile(r"(?<![\w-])[A-Za-z][\w.-]{0,24}=[^\s=]")


def is_handle(cell: str, vocab: TextVocabulary) -> bool:
    """Whether ``cell`` has a staff log-in's shape and is no everyday or clinical word."""
    if not _HANDLE.fullmatch(cell):
        return False
    key = cell.lower()
    letters = key.rstrip("0123456789")
    words = re.split(r"[._-]", letters)
    if (
        len(re.sub(r"[._-]", "", letters)) < 4
        or key in NO_VALUE
        or letters in NO_VALUE
        or letters in _SYSTEM
        or letters in NEVER
    ):
        return False
    if any(is_clinical_word(w) or w in vocab.clinical or w in vocab.drugs for w in words if len(w) > 1):
        return False
    # one everyday word is a value of the table (``view``, ``nurse``); a name or a rare word a
    # handle (``dvarga``, ``rbrackne``, ``smith.j``)
    return not any(
        len(w) > 2 and vocab.is_common(w, threshold=3.5) and not vocab.is_name(w) for w in words
    ) and not (len(words) == 1 and vocab.is_common(letters, threshold=3.0) and not vocab.is_name(letters))


def _account_header(cells: list[str]) -> list[bool] | None:
    wanted = [bool(_ACCOUNT_HEADER.fullmatch(c.strip())) for c in cells]
    return wanted if any(wanted) else None


def _row_cells(line: str) -> list[tuple[int, str]]:
    """The cells of a delimited log row (the delimiter that splits it into the most cells, at
    least four), each as ``(offset in line, cell)``."""
    best: list[tuple[int, str]] = []
    for delimiter in _ROW_DELIMITERS:
        if line.count(delimiter) < 3:
            continue
        cells, pos = [], 0
        for part in line.split(delimiter):
            stripped = part.strip()
            if stripped:
                cells.append((pos + part.index(stripped), stripped))
            pos += len(part) + 1
        if len(cells) > len(best):
            best = cells
    return best


def _log_row_handles(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        cells = _row_cells(line.rstrip("\r\n"))
        if len(cells) >= 4:
            stamp = any(_STAMP.match(c) and not _IP.fullmatch(c) for _, c in cells)  # a date, a time
            ip = any(_IP.fullmatch(c) for _, c in cells)
            role = any(_ROLE_CELL.fullmatch(c) for _, c in cells)
            action = any(_ACTION_CELL.match(c) for _, c in cells)
            handles = [(at, c) for at, c in cells if is_handle(c, vocab)]
            if stamp and (ip + role + action) >= 2 and len(handles) == 1:
                at, cell = handles[0]
                out.append(PhiSpan(offset + at, offset + at + len(cell), "name"))
        offset += len(line)
    return out


def find_login_handles(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The staff log-in handles of ``text``'s audit tables and log rows (module docstring).

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out = [
        PhiSpan(at, at + len(cell), "name")
        for reader in (delimited_cells, table_cells)
        for at, cell, _ in reader(text, _account_header)
        if is_handle(cell, vocab)
    ]
    return out + _log_row_handles(text, vocab) + _key_handles(text, vocab)


def _key_handles(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The handle after a user's key on a ``key=value`` header line (module docstring)."""
    out: list[PhiSpan] = []
    for m in _USER_KEY.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if len(KEY_VALUE.findall(line)) >= 2 and is_handle(m["v"], vocab):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
