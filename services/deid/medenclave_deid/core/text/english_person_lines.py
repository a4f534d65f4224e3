"""Names in frames where only a person stands, whatever their words (``Clover``, ``Merry``,
``Honor`` and ``Sunshine`` are given names too), and three small forms of the same notes.

* a person named in lower case at a line's end after an export's or a form's verb ("exported by
  ada stone", "entered by li wei ng");
* a patient's name opening a sentence before the age ("Ada Stone is a 92 yo", "... 70 y/o",
  "... 81-year-old"), or a line before the age and sex ("Ada O'Neil, 66M, ..."); a line opened
  by an inverted name in capitals before what the person did ("LEE, Ada Mae attended ...");
* a letter to a family ("To the family of Ada Stone", "Dear Ada and family");
* a person named after a role only a person has ("advocate Ada", "Embryologist Ada S.");
* an examiner's name before a credential and the role ("Ada Stone, PsyD/MD - examiner");
* a relative identified or met at the bedside ("identified as Ada Stone (wife of patient ...)",
  "her son Ada Stone at bedside");
* a name in capitals after a person label ("Resident: ADA STONE", "Veteran: STONE, ADA");
* a month and day right before the time of an event ("Reported assault: 1/5 approx 23:00");
* a code to quote after "use code" or a promo or access code ("use code FAM-QWERTY");
* the doctor of a dictation's sign-off or copy line in a transcript's lower case, whatever the
  word ("dictated by doctor rose not read", "copy to doctor sterling").
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_name_forms import listed_word
from medenclave_deid.core.text.english_words import KINSHIP
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_person_lines"]

_W = r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF\u0100-\u024F'’]+(?:-[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF'’]+)?"
_LOW = r"[a-z\u00DF-\u00FF\u0100-\u024F][a-z\u00DF-\u00FF\u0100-\u024F'’]+(?:-[a-z]+)?"
_CAPS = r"[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'’]+(?:-[A-Z\u00C0-\u00DE'’]+)?"
_PART = r"(?:ben|bat|bin|bint|ibn|al|el|van|von|de|da|del|la|le|st\.)"
#: words that name a system, a desk or a team, never a person, after "exported by"
_KIN = "|".join(sorted(KINSHIP, key=len, reverse=True))
_NOT_PEOPLE = frozenset(
    "system admin administrator user staff desk front office team unit auto interface batch "
    "service scheduler epic cerner script job process server robot bot nurse clinic the a an "
    "pharmacy lab laboratory registration billing records department dept night day shift".split()
)
_LOWER_BY = re.compile(
    rf"(?m)\b(?:exported|entered|printed|prepared|signed|compiled|generated|completed|recorded|"
    rf"transcribed|uploaded|run|pulled|created|reviewed)[ \t]+by[ \t]+"
    rf"(?P<v>{_LOW}(?:[ \t]+{_PART})?[ \t]+{_LOW})[ \t]*$"
)
#: a name word that may carry an apostrophe's capital ("O'Neil", "D'Souza")
_NW = r"[A-Z](?:['’][A-Z])?[a-z\u00DF-\u00FF\u0100-\u024F'’]+(?:-[A-Z][a-z]+)?"
_FRAMES = (
    # a line opened by a name and the age and sex ("Ada O'Neil, 66M, s/p CABG")
    re.compile(rf"(?m)^(?P<v>{_NW}(?:[ ]{_NW}){{1,2}}),[ \t]*\d{{1,3}}[ ]?(?:[MF]|yo|y/o|y\.o\.)(?!\w)"),
    # a line opened by a surname in capitals and the given names before what they did
    # ("LEE, Ada Mae attended with daughter.")
    re.compile(rf"(?m)^(?P<v>{_CAPS},[ ]{_W}(?:[ ]{_W}){{0,2}})(?=[ \t]+[a-z]{{3,}}\b)"),
    re.compile(
        rf"(?<![\w.-])(?P<v>{_W}(?:[ ](?:{_PART}[ ])?{_W}){{1,2}})[ ]is[ ]an?[ ]\d{{1,3}}[ -]?"
        r"(?:yo|y/o|y\.o\.|year-old|year old|yr old|-year-old)\b"
    ),
    re.compile(rf"\b[Tt]o the family of[ \t]+(?P<v>{_W}(?:[ ](?:{_PART}[ ])?{_W}){{0,2}})"),
    re.compile(rf"\bDear[ \t]+(?P<v>{_W})(?=[ \t]+and[ \t]+(?:family|familia)\b)"),
    re.compile(
        rf"\b(?i:advocate|embryologist|andrologist|doula|chaperone)[ \t]+"
        rf"(?P<v>{_W}(?:[ ](?:{_W}|[A-Z]\.))?)(?=[ \t]*[(;,.]|[ \t]*$|[ \t]+\()",
        re.M,
    ),
    re.compile(
        rf"(?<![\w.-])(?P<v>{_W}(?:[ ](?:{_PART}|{_W})){{1,3}}),"
        r"[ \t]*[A-Za-z]{2,6}(?:/[A-Za-z]{2,6})*"
        r"[ \t]+[-–][ \t]+(?i:examiner|evaluator|reviewer|consultant)\b"
    ),
    # "identified as Ada Stone (daughter of patient ...)", "her son Ada Stone at bedside"
    re.compile(
        rf"\bidentified as[ \t]+(?P<v>{_W}(?:[ ](?:{_PART}[ ])?{_W}){{1,2}})"
        rf"[ \t]*\((?i:{_KIN})[ \t]+of\b"
    ),
    re.compile(
        rf"\b(?:his|her|their)[ \t]+(?i:{_KIN})[ \t]+(?P<v>{_W}(?:[ ](?:{_PART}[ ])?{_W}){{1,2}})"
        r"(?=[ \t]+(?:at|by)[ \t]+(?:the[ \t]+)?bedside\b)"
    ),
    re.compile(
        rf"(?m)\b(?:Resident|Veteran|Client|Member|Claimant|Beneficiary|Donor|Inmate|Student)"
        rf"[ \t]*:[ \t]*(?P<v>{_CAPS}(?:[ ]{_CAPS}){{1,2}}"
        rf"|{_CAPS}(?:[ ]{_CAPS})?,[ ]{_CAPS}(?:[ ]{_CAPS})?)"
        r"(?=[ \t]{2,}|[ \t]*$)"
    ),
)
_EVENT_DATE = re.compile(
    r"(?i:\b(?:assault|incident|event|injury|fall|exposure|occurred|happened|onset|last seen|"
    r"last known well)\b)[^\n\d]{0,14}(?<![\d/])(?P<v>(?:1[0-2]|0?[1-9])/(?:3[01]|[12]\d|0?[1-9]))"
    r"(?=[ \t]+(?:(?:approx\.?|approximately|about|around|at|@|~)[ \t]*)?\d{1,2}:\d{2}\b)"
)
#: a transcript's sign-off or copy line: the word after "doctor" is the doctor's name
_DICTATED_BY = re.compile(
    r"\b(?i:(?:dictated|transcribed|signed|cosigned|reviewed|read)(?:[ \t]+but[ \t]+not[ \t]+read)?"
    r"[ \t]+by|(?:copy|copies|cc)[ \t]+to)[ \t]+(?i:doctor|dr\.?)[ \t]+"
    rf"(?P<v>{_LOW}(?:[ \t]+{_PART}[ \t]+{_LOW})?)(?![\w'’-])"
)
#: words after "by doctor" in a transcript that are no name
_NOT_DOCTORS = frozenset("today tomorrow yesterday now later period comma office please phone".split())
_CODE = re.compile(
    r"\b(?i:use|enter|apply|quote)[ \t]+"
    r"(?i:(?:promo|access|discount|coupon|voucher|invitation|family)[ \t]+)?"
    r"(?i:code)[ \t]+(?P<v>[A-Z]{2,}-[A-Z0-9]{4,12})\b"
    r"|\b(?i:promo|access|discount|coupon|voucher|invitation)[ \t]+(?i:code)[ \t]*:?[ \t]*"
    r"(?P<w>[A-Z0-9]{2,}-[A-Z0-9]{4,12})\b"
)


def _stop(word: str) -> bool:
    """A listed word (title, heading, credential, clinical word) or a system's, never a person's."""
    return listed_word(word) or word.lower().rstrip(".") in _NOT_PEOPLE


def find_person_lines(text: str) -> list[PhiSpan]:
    """The names, dates and codes of the module docstring.

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for m in _LOWER_BY.finditer(text):
        if not any(_stop(w) for w in m.group("v").split()):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for rx in _FRAMES:
        for m in rx.finditer(text):
            if not any(_stop(w) for w in m.group("v").replace(",", " ").split()):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _DICTATED_BY.finditer(text):
        words = m.group("v").split()
        if not _stop(words[0]) and words[0] not in _NOT_DOCTORS:
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    out += [PhiSpan(m.start("v"), m.end("v"), "date") for m in _EVENT_DATE.finditer(text)]
    for m in _CODE.finditer(text):
        group = "v" if m.group("v") else "w"
        out.append(PhiSpan(m.start(group), m.end(group), "other_id"))
    return out
