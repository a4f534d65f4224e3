"""Identifiers that only the layout of a message, a fax cover or a table gives away.

* **greetings and sign-ins**: the first name or nickname a message greets or signs with
  (``Hi Pri,``, ``Dear Tomasz,``, ``its Deb again``, ``Thanks, Gus``), when it is no everyday
  or clinical word (``Hi team,``, ``Dear Colleague,`` stay);
* **fax covers**: the sender or receiver in an upper-case ``FROM:`` / ``TO:`` field, up to the
  next wide gap or telephone number (``FAX  FROM: ST. AGATHA'S   (555) …``);
* **public employers**: a county, city or state body named as someone's work (``work: the county
  highway department``, ``works for the city water district``);
* **contacts in brackets**: a name before ``at`` and a telephone number (``(Okafor at 555-…)``);
* **dates in table cells**: a bare month/day (``| 2/1 |``) under a column about dates or fills
  (``last fill``, ``date given``, ``DOS``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER, TITLES
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_message_forms"]

_NAME = r"[A-Z][a-z]{1,14}(?:-[A-Z][a-z]+)?"
#: a greeting or a sign-in: the name right after it, before a comma, "again" or the line's end
_GREETING = re.compile(
    rf"(?:\b(?:[Hh]i|[Hh]ello|[Hh]ey|Dear|[Gg]ood[ \t]+(?:morning|afternoon|evening))[ \t]+(?P<g>{_NAME})"
    rf"(?=[ \t]*(?:[,!:\n]|$))"
    rf"|\b(?:[Ii]t'?s|[Ii]t’s|[Tt]his[ \t]+is)[ \t]+(?P<s>{_NAME})[ \t]+again\b"
    rf"|(?m:^[ \t]*(?:[Tt]hanks|[Tt]hank[ \t]+you|[Cc]heers|[Bb]est|[Rr]egards),?[ \t]+(?P<t>{_NAME})"
    rf"[ \t]*[.!]?[ \t]*\"?[ \t]*$))"
)
#: words a greeting addresses that are nobody's name
_ADDRESSED = frozenset(
    """
all team everyone everybody there folks colleague colleagues doctor doc sir madam friend friends
nurse nurses staff again both you guys ladies gentlemen provider providers patient patients
family morning afternoon evening today tomorrow yesterday pharmacy clinic hospital office records
department dept lab laboratory unit floor ward desk front billing scheduling re attn fax phone
triage operator answering service poison control medicine surgery emergency nursing health human
services public safety records
""".split()
)
#: a fax cover's sender or receiver field, in capitals, up to a wide gap or a telephone number
_FAX_PARTY = re.compile(
    r"(?m)(?:^|[ \t]{2,}|\bFAX[ \t]+)[ \t]*(?:FROM|TO|ATTN)[ \t]*:[ \t]*"
    r"(?P<v>[A-Z][A-Za-z.'’&-]*(?:[ ][A-Za-z.'’&-]+){0,6}?)"
    r"(?=[ \t]{2,}|[ \t]*(?:\(\d{3}\)|\+?1?[ .-]?\d{3}[ ./-]\d{3}|\d{10})|[ \t]*$)"
)
_BODY = (
    r"(?:department|dept|district|office|authority|board|commission|garage|yard|works|"
    r"utility|utilities)"
)
_PUBLIC_EMPLOYER = re.compile(
    r"(?i:\b(?:work|employer|job|works?(?:[ \t]+(?:nights|days|evenings|weekends|shifts|"
    r"part[ -]time|full[ -]time))?[ \t]+(?:at|for|in)|employed[ \t]+(?:by|at|with)|"
    # or a few words of what or when before "at" ("works rotating shifts at", "works in the
    # paint shop at")
    r"works?(?:[ \t]+[a-z-]+){1,4}?[ \t]+at|"
    r"retired[ \t]+from)[ \t]*[:-]?[ \t]*)"
    r"(?P<v>(?:the[ \t]+)?(?:county|city|town|village|state|township|municipal|school)[ \t]+"
    # "county sheriff's office", "county Department of Public Works"
    rf"(?:(?:[a-z]+(?:['’]s)?|[A-Z][a-z]+|of)[ \t]+){{0,3}}(?i:{_BODY})"
    # or a body with its own name ("work: Ridgeway Fire Protection District")
    rf"|(?-i:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){{0,4}}?[ \t]+(?i:{_BODY})))\b"
)
#: someone to call, in brackets before their number: "(Okafor at 555-201-3344)"
_CONTACT_AT = re.compile(
    r"\((?P<v>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ \t]+(?:at|on|@)[ \t]+"
    r"(?=(?:\+?1[ .-]?)?\(?\d{3}\)?[ ./-]?\d{3}[ .-]?\d{4}\b)"
)
_MONTH_DAY = re.compile(r"^(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])$")
_DATE_COLUMN = re.compile(
    r"(?i)\b(?:date|dates|dos|fill|filled|fills|given|seen|admit\w*|discharg\w*|"
    r"dispensed|collected|drawn|visit|when|started|stopped|start|stop|due)\b"
)


def _addressable(word: str) -> bool:
    low = word.lower()
    return not (
        low in _ADDRESSED
        or low in NEVER
        or low in TITLES
        or low in CLINICAL_HEADS
        or low in CLINICAL_WORDS_EN
        or low in SERVICE_WORDS
    )


def _greetings(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _GREETING.finditer(text):
        group = next(g for g in ("g", "s", "t") if m.group(g))
        if _addressable(m.group(group)):
            out.append(PhiSpan(m.start(group), m.end(group), "name"))
    return out


def _fax_parties(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _FAX_PARTY.finditer(text):
        if "FAX" not in text[max(0, m.start() - 200) : m.start("v")]:
            continue  # only on a fax cover
        value = m.group("v").rstrip(" .-")
        words = [w.strip(".'’").lower() for w in value.split()]
        if value and any(_addressable(w) and not w.isdigit() for w in words if w):
            out.append(PhiSpan(m.start("v"), m.start("v") + len(value), "hospital"))
    return out


def _table_dates(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    header: list[str] | None = None
    pos = 0
    for line in text.split("\n"):
        cells = line.split("|")
        if len(cells) < 3:
            header = None
        elif header is None:
            header = [c.strip() for c in cells]
        else:
            offset = pos
            for k, cell in enumerate(cells):
                value = cell.strip()
                if k < len(header) and _MONTH_DAY.match(value) and _DATE_COLUMN.search(header[k]):
                    start = offset + cell.index(value)
                    out.append(PhiSpan(start, start + len(value), "date"))
                offset += len(cell) + 1
        pos += len(line) + 1
    return out


def _contacts(text: str) -> list[PhiSpan]:
    return [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _CONTACT_AT.finditer(text)
        if all(_addressable(w) for w in re.split(r"[ -]", m.group("v")))
    ]


def _public_employers(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _PUBLIC_EMPLOYER.finditer(text):
        words = m.group("v").split()
        if words[0][0].isupper() and not any(_addressable(w) for w in words[:-1]):
            continue  # "work: Medicine Department": a service, not a named body
        out.append(PhiSpan(m.start("v"), m.end("v"), "workplace"))
    return out


def find_message_forms(text: str) -> list[PhiSpan]:
    """Names in greetings, fax-cover parties, public employers and month/day dates in table
    columns about dates.

    Args:
        text: an English note.
    """
    return [
        *_greetings(text),
        *_fax_parties(text),
        *_table_dates(text),
        *_public_employers(text),
        *_contacts(text),
    ]
