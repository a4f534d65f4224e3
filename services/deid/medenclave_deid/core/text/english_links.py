"""Links of every shape a hospital document carries, beyond ``english._URL``'s http(s)/ftp/www:

* **other schemes** - any ``scheme://`` (``sftp://``, ``s3://``, ``dicomweb://``), ``file:C:/…``,
  defanged ``hxxps://portal[.]example[.]org`` - and ``data:image/png;base64,…`` blobs;
* **UNC paths** - ``\\\\fs01\\radiology\\2024\\ct.dcm``;
* **a bare host** without scheme or "www." - ``bit.ly/3xYz``, ``zoom.us/j/123?pwd=…``,
  ``nhs-trust.co.uk/clinics``, ``myportal.brightpath.care``, ``localhost:8080/chart/55`` - when its
  last label is a top-level domain people use (generic, health's new ones, the common country
  codes) and its shape says "link": a path, a port, three labels, a second-level ``co.uk``, or
  a web cue before it ("visit", "portal", "website") for a domain that is also an English word.

A file's name ("report.pdf", "main.py", "node.js"), a dosing abbreviation ("q.i.d."), a unit
("mg/dL"), a version ("v2.1") or a run-together sentence ("tolerated well.No pain") is none of
them: its last label is no domain, a file type, a single letter, or capitalised like a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_links"]

#: where a link stops: white space, quotes, brackets, a table's or HL7's separators, Chinese text
_STOP = r"\s<>\"'`()\[\]{}|^,\u3000-\u303f\u4e00-\u9fff\uff00-\uffef"
#: its last character is none of a sentence's punctuation either
_BODY = rf"(?:\[\.\]|[^{_STOP}])*(?:[^{_STOP}.,;:!?*]|/)"

_SCHEME = re.compile(
    r"(?<![\w.+-])(?:(?:https?|hxxps?|h\*\*ps?|s?ftps?|ftp|file|wss?|rtsps?|smb|nfs|ssh|scp|dicom(?:web)?"
    rf"|webcal|git|ldaps?|telnet):/{{1,3}}|file:(?=[a-z]:)|[a-z][a-z0-9+.-]{{1,15}}://)(?:\[[0-9A-Fa-f:.]+\]|[^{_STOP}])"
    + _BODY,
    re.IGNORECASE | re.ASCII,
)
_DATA = re.compile(
    r"(?<![\w.+-])data:[a-z]+/[\w.+-]+(?:;[\w=.-]+)*,[A-Za-z0-9+/=%._-]+", re.IGNORECASE | re.ASCII
)
_UNC = re.compile(
    r"(?<![\w\\])\\\\[A-Za-z0-9$._-]+(?:\\[^\s\\<>\"|?*()\[\]\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+)+(?<![.,;:])",
    re.ASCII,
)

#: ``label.label.tld`` with a port, path, query or fragment after it (``[.]`` a defanged dot)
_HOST = re.compile(
    r"(?<![\w@.\\/:-])(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.|\[\.\]))+(?P<tld>[a-z]{2,24})"
    r"|localhost)(?P<port>:\d{2,5})?(?P<rest>[/?#]" + _BODY + r")?(?![\w@-])(?!\.[a-z0-9])",
    re.IGNORECASE | re.ASCII,
)

#: generic domains that are no English word, and the names reserved for examples and intranets
_GENERIC = frozenset(
    """
com org net edu gov mil info biz io ai ly gl tv me co us nhs cc eu museum aero coop med xyz
tech mobi asia cloud digital solutions
""".split()
)
#: the names reserved for examples and intranets: a link only with a path, a port or a subdomain
_RESERVED = frozenset("example test local internal intranet corp lan home".split())
#: generic domains that are also English words: a link only with more evidence around it
_WORDY = frozenset(
    """
health healthcare care clinic clinics hospital doctor doctors dental dentist surgery pharmacy
app dev page link site online web website help life center centre services network support
team today news plus group family community email chat live study science institute foundation
""".split()
)
#: a log line's level right before a word: what follows is the event's dotted name
_LOG_LEVEL = re.compile(r"\b(?:INFO|DEBUG|WARN|WARNING|ERROR|TRACE)[ \t]+$")
#: common country codes (a file type that is also one - py, md, sh, pl, rs, so, ps - is left out)
_COUNTRY = frozenset(
    """
uk ca au nz ie in de fr nl ch at se no dk fi es it be jp cn hk sg za mx br ar cl kr tw il ae sa
ph my th vn id pk ng ke gh eg tr gr pt cz hu ro ru ua is lu si
""".split()
)
#: a country's second level (nhs-trust.co.uk, stvincents.com.au)
_SECOND = frozenset("co com org net gov ac nhs edu med health or ne go".split())
#: a link read out ("riverbend dot org slash portal", "www dot lakeview health dot com")
_SPOKEN = re.compile(
    r"(?<![\w.])(?:www\s+dot\s+)?[a-z0-9-]+(?:\s+dot\s+[a-z0-9-]+)*\s+dot\s+(?:com|org|net|edu|gov)"
    r"(?:\s+slash\s+[a-z0-9-]+)*\b",
    re.IGNORECASE | re.ASCII,
)
#: country codes that are also English words: a two-label host needs a path then ("well.no")
_WORD_COUNTRIES = frozenset("no is it at be in id my am to me us so do go".split())
#: a link said as one ("visit", "portal:", "website", "go to")
_CUE = re.compile(
    r"(?:visit|website|web\s?site|site|portal|online|link|url|web|browse|go\s+to|log\s?in(?:\s+(?:to|at))?"
    r"|sign\s?up|download|scan|qr|found\s+(?:it\s+)?on|see|check|follow|at|via|on|\]\()\W{0,4}$",
    re.IGNORECASE,
)


def find_links(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """The links in ``text`` that the shapes above name.

    Args:
        text: an English note (or the Latin-script part of a mixed one).
        is_common: whether a lower-case word is an everyday English word ("home.care" is none).
    """
    rxs = (_SCHEME, _DATA, _UNC, _SPOKEN)
    spans = [PhiSpan(m.start(), m.end(), "url") for rx in rxs for m in rx.finditer(text)]
    for m in _HOST.finditer(text):
        if _is_link(text, m, is_common):
            spans.append(PhiSpan(m.start(), m.end(), "url"))
    return spans


def _is_link(text: str, m: re.Match[str], is_common: Callable[[str], bool]) -> bool:
    host, tld = m.group("host"), m.group("tld")
    extra = bool(m.group("port") or m.group("rest"))
    if tld is None:  # localhost
        return extra
    if not (tld.islower() or host.isupper()):  # "well.No pain", "Dr.Smith"
        return False
    labels = host.lower().replace("[.]", ".").split(".")
    tld = labels[-1]
    if not any(c.isalpha() for c in "".join(labels[:-1])):  # "10.am"
        return False
    if tld in _GENERIC:  # "bit.ly/3xYz", "calendly.me" - not "Rx.us"
        return len(tld) > 2 or extra or len(labels) > 2 or (host.islower() and len(labels[-2]) > 2)
    if tld in _RESERVED:
        return extra or len(labels) > 2
    if tld in _WORDY:
        if _LOG_LEVEL.search(text, max(0, m.start() - 8), m.start()) and not extra:
            return False  # "INFO previsit.link sent=…": a log's event name, no host
        return (
            extra
            or len(labels) > 2
            or any(c in labels[-2] for c in "-0123456789")
            or (len(labels[-2]) > 4 and not is_common(labels[-2]))
            or bool(_CUE.search(text[max(0, m.start() - 24) : m.start()]))
        )
    if tld in _COUNTRY:
        if len(labels) > 2 and labels[-2] in _SECOND:
            return True
        if min(map(len, labels)) < 2 or max(map(len, labels[:-1])) < 3:
            return False
        # "uniklinik-bonn.de", not "report.de" nor "well.no"
        return extra or len(labels) > 2 or (tld not in _WORD_COUNTRIES and not is_common(labels[-2]))
    return False
