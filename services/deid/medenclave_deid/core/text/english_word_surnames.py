"""Surnames that are everyday words (``Swift``, ``Page``, ``Stone``, ``Noble``), in a person's slot
and said again alone.

* **in a person's field**: ``Patient: Lark Swift``, ``Mother: Ember Swift  (MRN ...)``,
  ``Name: Ngozi Page   DOB:``, ``Signed: E. Swift  10/11``, ``PT: DAGNY NOBLE   MRN``: after a
  label that holds a person, a given name the other finders took (or an initial) and one
  capitalised word in the same case, up to the field's end (the line's end, a wide gap, a comma
  or a bracket). The label says a person is written there, so a known surname goes with the
  given name however everyday the word (a clinical word, a title or a credential stays); a given
  name no finder took goes too when it is a known name or a rare word.
* **the surname alone again**: once such a surname is found in a name, ``Swift is under my
  care``, ``Page was seen today``, ``Stone has been my patient since ...``: the capitalised word
  before what is said of a patient, however common the word.
* **the surname before its given name**: ``Lark Swift`` found, then ``SWIFT, LARK`` or
  ``Swift, Lark A.``: the pair of the found name's words, inverted around a comma, says whose
  surname it is, however everyday the word.
* **the real name after an alias**: ``Trauma Kilo 40 -> Vandermeer, Pepper``: once the surname
  after the alias's arrow (or ``identified as``) is found, the given name after its comma goes
  too, however everyday the word.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER, TITLES
from medenclave_deid.core.text.prefixed_matches import WORD_END, WORD_START, bounded_matches
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["find_slot_word_surnames", "inverted_surnames", "word_surname_echoes"]

#: the labels of a field that holds one person
_PERSON_LABEL = (
    r"(?i:patient|pt|name|client|member|resident|decedent|mother|father|parent|guardian|spouse|"
    r"husband|wife|partner|son|daughter|brother|sister|sibling|caregiver|witness|interpreter|"
    r"(?:emergency[ \t]+)?contact|next[ \t]+of[ \t]+kin|nok|signed(?:[ \t]+by)?|"
    r"(?:electronically[ \t]+)?signed[ \t]+by|signature|attending|provider|physician|nurse|"
    r"(?:patient|member|client|mother's|father's)[ \t]+name|donor(?:[ \t]+name)?|recipient|"
    r"collector|der|employer[ \t]+contact|technologist|therapist|pharmacist|operator|cc|copy[ \t]+to|"
    r"surgeon|radiologist|anaesthetist|anesthesiologist|consultant|registrar|resident|fellow|"
    r"circulator|chaperone|recorder|leader|re)"
)
_SLOT = re.compile(
    # a role's qualifier before its noun ("Supervising physician: L. Swift")
    rf"(?:^|(?<=[ \t]{{2}})|(?<=[\t|/(]))[ \t]*(?:[A-Za-z][a-z-]+[ \t]+|[A-Z]+[ \t]+)?"
    rf"{_PERSON_LABEL}[ \t]*(?::|[ \t]-|\|)[ \t]*"
    # a middle initial between ("Patient: Sandy E. Swift")
    r"(?P<g>[A-Z]\.|[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)(?:[ \t]+[A-Z]\.)?[ \t]+"
    r"(?P<s>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]{2,}(?:-[A-Z]{2,})?)"
    r"(?=[ \t]*(?:$|[,;(]|[ \t]{2}|\t))",
    re.M,
)
#: a surname, a comma and a space, its given name (not a column's cell and the full name after it:
#: "Foley,Ann Foley")
_INVERTED = re.compile(
    r"(?<![\w'’-])([A-Za-z][A-Za-z'’-]+),[ \t]+([A-Za-z][A-Za-z'’-]+)(?![\w'’-])"
    r"(?![ \t]+\1(?![\w'’-]))"
)
#: a trauma or unknown-patient alias resolved to the real name, surname first ("Trauma Kilo 40 ->
#: Vandermeer, Pepper", "Doe, Unknown 7 identified as Ruiz, Saffron"): the given name after the
#: found surname's comma, however everyday or herbal the word
_ALIAS_REAL = re.compile(
    r"(?:->|→|=>|⇒|\b(?i:identified[ \t]+as|now[ \t]+known[ \t]+as|real[ \t]+name:?|true[ \t]+name:?))"
    r"[ \t]*(?P<s>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?),[ \t]*"
    r"(?P<g>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|[A-Z]{2,})(?=[ \t]*(?:$|\t|[ \t]{2}|[,;(|]|[ \t][A-Z]\.))",
    re.M,
)
#: the alias itself on the line before the arrow ("Trauma Kilo 40", "Unknown male 7", "Doe, Delta")
_ALIAS_WORD = re.compile(r"(?i:\b(?:trauma|unknown|unidentified|doe|alias|john|jane)\b)[^\n]*$")
#: what is said of a patient, right after their surname alone
_PATIENT_PHRASE = re.compile(
    r"[ \t]+(?:(?:is|was|has[ \t]+been|remains|continues[ \t]+to[ \t]+be)[ \t]+"
    r"(?:under[ \t]+(?:my|our|the)[ \t]+care|(?:seen|followed|treated|known)[ \t]+(?:by|in|at|here|"
    r"today|to[ \t]+me|for)|my[ \t]+patient|a[ \t]+patient[ \t]+of|currently[ \t]+(?:under|receiving|"
    r"being)|an?[ \t]+\d{1,3}[ -](?:years?|months?)[ -]old)"
    r"|has[ \t]+been[ \t]+(?:my|our)[ \t]+patient"
    r"|presents|presented|reports|reported|denies|denied|tolerated|completed|underwent)\b"
)


def _plain(word: str, vocab: TextVocabulary) -> bool:
    key = word.lower()
    return (
        not vocab.is_name(key)
        or key in TITLES
        or key in CREDENTIAL_WORDS
        or ((key in vocab.clinical or key in vocab.drugs) and not vocab.is_listed_name(key))
    )


def _given_shape(word: str, vocab: TextVocabulary) -> bool:
    """Whether an unfound word can be a given name in a person's field: a known name or a rare
    word, never a heading's, a clinical word, a title or a credential."""
    key = word.lower()
    if (
        key in NEVER
        or key in TITLES
        or key in CREDENTIAL_WORDS
        or key in vocab.clinical
        or key in vocab.drugs
    ):
        return False
    return vocab.is_name(key) or not vocab.is_common(key, threshold=3.5)


def _same_case(given: str, surname: str) -> bool:
    if given.endswith("."):  # an initial: "E. Swift", "E. SWIFT"
        return True
    return given.isupper() == surname.isupper()


def find_slot_word_surnames(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """A person's field's given name (found, or an initial) and its everyday-word surname.

    Args:
        text: an English note.
        spans: the spans resolved so far (the given name must be a found name or an initial).
        vocab: the word knowledge.
    """
    names = [s for s in spans if s.category == "name"]
    out: list[PhiSpan] = []
    for m in _SLOT.finditer(text):
        given, surname = m["g"], m["s"]
        if not _same_case(given, surname) or _plain(surname, vocab):
            continue
        found = any(s.start <= m.start("g") and m.end("g") <= s.end for s in names)
        if not found and not given.endswith(".") and not _given_shape(given, vocab):
            continue
        if any(s.category != "name" and s.start < m.end("s") and m.start("s") < s.end for s in spans):
            continue
        out.append(PhiSpan(m.start("g"), m.end("s"), "name"))
    return out


def word_surname_echoes(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The capitalised surname of a found two- or three-word name alone again before what is said
    of a patient (module docstring).

    Args:
        text: an English note.
        spans: the spans found so far (their ``name`` spans are read).
        vocab: the word knowledge.
    """
    surnames: set[str] = set()
    for s in spans:
        words = text[s.start : s.end].split()
        if s.category == "name" and 2 <= len(words) <= 3 and "," not in text[s.start : s.end]:
            last = words[-1]
            if re.fullmatch(r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?", last) and not _plain(last, vocab):
                surnames.add(last)
    out: list[PhiSpan] = []
    for word in sorted(surnames):
        for start, end in bounded_matches(word, text, WORD_START, WORD_END):
            if _PATIENT_PHRASE.match(text, end):
                out.append(PhiSpan(start, end, "name"))
    return out


def inverted_surnames(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The surname of a found full name again before a comma and its given name (module
    docstring), and the given name after an alias's arrow and a found surname.

    Args:
        text: an English note.
        spans: the spans found so far (their ``name`` spans are read).
    """
    names = [s for s in spans if s.category == "name"]
    alias: list[PhiSpan] = []
    for m in _ALIAS_REAL.finditer(text):
        if m["g"].lower() in NEVER or m["s"].lower() in NEVER:
            continue
        if _ALIAS_WORD.search(text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            alias.append(PhiSpan(m.start("s"), m.end("g"), "name"))  # the alias says a name follows
        elif any(s.start <= m.end("s") - 1 < s.end for s in names):
            alias.append(PhiSpan(m.start("g"), m.end("g"), "name"))
    pairs: set[tuple[str, str]] = set()
    for s in spans:
        words = text[s.start : s.end].split()
        if s.category == "name" and 2 <= len(words) <= 3 and "," not in text[s.start : s.end]:
            pairs.add((words[-1].lower(), words[0].lower()))
    if not pairs:
        return alias
    return alias + [
        PhiSpan(m.start(1), m.end(1), "name")
        for m in _INVERTED.finditer(text)
        if (m.group(1).lower(), m.group(2).lower()) in pairs
    ]
