"""People in slots that hold nothing but a person, written in lower case or as an everyday word.

Incident reports, commission forms, camp health forms and exports name their people in slots whose
value is a person whatever the word (``rocky``, ``crystal``, ``dawn`` are given names too):

* **a staff list after a plural rank's colon**: ``patrollers: sunny (lead), Prudence; first aid
  room: ...``: every one- or two-word item of the list up to the semicolon or the line's end, an
  initial and a surname (``O. Okafor``) included, when its first item carries a bracketed duty
  (``(lead)``, ``(emr)``) or is a name;
* **a single person's role label**: ``Inspector: evander.``, ``Paramedic: winifred``: one word
  ending its line or its field;
* **a reviewer's sign-off with a credential and a short date**: ``Camp nurse review: ottoline RN,
  6/3.``: the word before the credential, and the month/day after it;
* **an export's author**: ``generated 2023-05-06 by sunny at 10.20.30.40``: ``by`` a user ``at``
  an IP address or a host;
* **a nicknamed name after a person's label**: ``Contestant: Dolores "Lucky" Farquharson``: the
  given name, the quoted or bracketed nickname and the surname (its particles too) are one person;
* **a person's label and a lower-case name before a birth date**: ``Injured guest: wendell okafor
  DOB ...``: two or three lower-case words between the label's colon and a field gap that opens
  ``DOB``, ``date of birth``, ``born`` or ``age``.

Words that say no one (``none``, ``unknown``, ``aware``, a clinical word, a drug) stay; so do
``first aid by splint`` and ``reviewed by ED``, which are no such slots.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_people_slots"]

_W = r"[^\W\d_][^\W\d_'’]*(?:['’-][^\W\d_]+)*"
_NO_ONE = NO_VALUE | frozenset(
    """
aware present absent notified paged informed called yes no none nil same unavailable available
unknown unk tbd pending declined refused requested waived deferred staff team unit lead all
self other others see below above n/a na tba various multiple several
""".split()
)
_PLURAL_RANK = (
    r"patrollers|nurses|medics|paramedics|emts|emrs|instructors|lifeguards|guides|marshals|"
    r"stewards|inspectors|cornermen|seconds|trainers|helpers|volunteers|rescuers"
)
#: ``patrollers: a (lead), B; first aid room: ...``
_LIST = re.compile(rf"(?im)\b(?:{_PLURAL_RANK})(?:[ \t]+on[ \t]+scene)?[ \t]*:[ \t]*(?P<v>[^;\n]+)")
_ITEM = re.compile(
    rf"[ \t]*(?P<p>(?:[A-Z]\.[ \t]?)?{_W}(?:[ \t]+{_W})?)[ \t]*(?P<b>\([^()\n]{{1,20}}\))?"
    r"[ \t]*(?:,|\band\b|&|$)"
)
_ROLE = (
    r"inspector|paramedic|medic|patroller|lifeguard|referee|cutman|timekeeper|steward|marshal|"
    r"first[ \t]+aider|emt|emr"
)
#: ``Inspector: evander.``: the one word of the value, then the line's or the field's end
_SINGLE = re.compile(rf"(?im)\b(?:{_ROLE})[ \t]*:[ \t]*(?P<v>{_W})\.?(?=[ \t]*$|[ \t]{{2,}}|[ \t]*[;|])")
_CRED = r"RN|LPN|RPN|NP|EMT|EMR|MD|DO|PA-C|CNA|MA"
#: ``... review: ottoline RN, 6/3.``
_SIGNOFF = re.compile(
    rf"(?i:\b(?:review|reviewed|checked|signed|verified|approved)(?:[ \t]+by)?)[ \t]*:[ \t]*"
    rf"(?P<v>{_W})[ \t]+(?:{_CRED})\b"
)
_CRED_DATE = re.compile(
    rf"\b(?:{_CRED})[ \t]*,[ \t]*(?P<d>(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9]))(?![\d/])"
)
_SIGNOFF_LABEL = re.compile(r"(?i)\b(?:review|reviewed|checked|signed|verified|approved)(?:[ \t]+by)?[ \t]*:")
_IPV4 = r"\d{1,3}(?:\.\d{1,3}){3}\b"
_IPV6 = r"[0-9A-Fa-f]{1,4}(?:::?[0-9A-Fa-f]{1,4})*::?[0-9A-Fa-f]{0,4}(?:::?[0-9A-Fa-f]{1,4})*"
_HOST = r"[a-z0-9-]+(?:\.[a-z0-9-]+)+\.[a-z]{2,}\b"
#: ``generated … by sunny at 10.20.30.40``
_EXPORT_BY = re.compile(
    rf"\bby[ \t]+(?P<v>[a-z][\w'’.-]*[a-z0-9])[ \t]+at[ \t]+(?P<at>{_IPV4}|{_IPV6}|{_HOST})"
)
_PERSON_LABEL = (
    r"guest|patient|pt|client|contestant|athlete|skier|passenger|traveller|traveler|camper|"
    r"resident|member|participant|student|child|name"
)
_LOWER = r"[a-z\u00df-\u00ff][a-z\u00df-\u00ff'’]*(?:-[a-z\u00df-\u00ff'’]+)?"
#: ``Injured guest: wendell okafor   DOB``
_LOWER_PERSON = re.compile(
    rf"(?i:\b(?:{_PERSON_LABEL}))[ \t]*:[ \t]*(?P<v>{_LOWER}(?:[ \t]{_LOWER}){{1,3}})"
    r"(?=[ \t]{2,}(?i:dob|d\.o\.b|date[ \t]+of[ \t]+birth|born|age)\b|[ \t]*,[ \t]*(?i:dob|born)\b)"
)


_PARTICLE = r"(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]el|[Dd]a|[Dd]u|[Ll]a|[Ll]e|Mac|Mc|St\.?|[Tt]e|bin|ibn)"
#: ``Contestant: Dolores "Lucky" Farquharson``: a given name, a quoted nickname, a surname (its
#: particles too), one person after a person's label
_NICKNAMED = re.compile(
    rf"(?i:\b(?:{_PERSON_LABEL}|fighter|boxer|competitor))[ \t]*:[ \t]*"
    r"(?P<v>[A-Z][^\W\d_]+[ \t]+[\"“'‘\[(][A-Z][^\"”’\])\n]{0,24}[\"”'’\])][ \t]+"
    rf"(?:{_PARTICLE}[ \t]+){{0,2}}"
    r"[A-Z][^\W\d_]+(?:['’-][^\W\d_]+)*)"
)


def _no_one(word: str, vocab: TextVocabulary) -> bool:
    key = word.lower()
    return (
        len(key) < 2
        or key in _NO_ONE
        or key in NEVER
        or key in CREDENTIAL_WORDS
        or is_clinical_word(key)
        or key in vocab.clinical
    )


def _named(word: str, vocab: TextVocabulary) -> bool:
    key = word.lower()
    return vocab.is_name(key) or key in vocab.first_names or not vocab.is_common(key, threshold=3.0)


def _lists(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _LIST.finditer(text):
        at, end, found = m.start("v"), m.end("v"), []
        while at < end:
            item = _ITEM.match(text, at, end)
            if item is None:
                break
            words = re.findall(_W, item["p"])
            long_words = [w for w in words if len(w) > 1]
            if not words or any(_no_one(w, vocab) or not _named(w, vocab) for w in long_words):
                break
            found.append(item)
            at = item.end()
        # the list vouches for its people: its first item a name, or bracketed with a duty
        if found and (found[0]["b"] or all(vocab.is_name(w.lower()) for w in re.findall(_W, found[0]["p"]))):
            out += [PhiSpan(i.start("p"), i.end("p"), "name") for i in found]
    return out


def _is_ip_like(value: str) -> bool:
    return "." in value or "::" in value or value.count(":") >= 3


def find_people_slots(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The people and the sign-off dates of the slots above (module docstring).

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    out = _lists(text, vocab)
    out += [PhiSpan(m.start("v"), m.end("v"), "name") for m in _NICKNAMED.finditer(text)]
    for rx in (_SINGLE, _SIGNOFF, _LOWER_PERSON):
        for m in rx.finditer(text):
            words = re.findall(_W, m["v"])
            if any(_no_one(w, vocab) for w in words):
                continue
            # each long word a name or a rare word ("pain free", "Paramedic: attended" stay)
            if not all(_named(w, vocab) for w in words if len(w) > 3 or rx is not _LOWER_PERSON):
                continue
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for d in _CRED_DATE.finditer(text):
        if _SIGNOFF_LABEL.search(text, text.rfind("\n", 0, d.start()) + 1, d.start()):
            out.append(PhiSpan(d.start("d"), d.end("d"), "date"))
    for m in _EXPORT_BY.finditer(text):
        user = m["v"]
        handle = bool(re.search(r"[\d._]", user))  # "j.smith", "nurse_2": a login, someone's
        if _is_ip_like(m["at"]) and not _no_one(user, vocab) and (handle or _named(user, vocab)):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
