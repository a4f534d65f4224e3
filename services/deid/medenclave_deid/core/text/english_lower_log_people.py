"""People of a lower-case bedside log: staff by login or first name beside a nursing credential,
the patient after a lower-case name label, and a facility heading in lower case.

A device check typed on a tablet (a shunt reprogramming log, a pump check, a wound round) is all
lower case, so the capitalised finders miss its people:

* **staff beside a credential**: ``np jvantassel at bedside with rn odile``, ``rn: pkorhonen2``,
  ``reprogrammed by wendeline np, witnessed ttrask (rn)``, ``cosign: mara.quist (rn)``: the word
  right after a credential (``np``, ``rn``, ``arnp``, ``cpnp``, ``lpn``), or right before one after
  a verb of signing (``by``, ``witnessed``, ``cosign:``, ``user:``); a login (letters with a digit,
  a dot or an underscore inside) is always a person, a plain word only when it is a name or a
  rare word that is an initial and a surname (``tvarga``), and no clinical or everyday word
  (``np aware``, ``rn present``, ``rn handoff`` stay);
* **the patient after a name label**: ``pt name: v. drummond``, ``patient - ottilie frame /
  mrn …``, ``name ferreira anouk``, a pipe table's ``patient | mark ostrander | dob …``: two
  lower-case words (or an initial and a word) ending the value before its separator, each a name
  or a rare word;
* **a lower-case facility heading**: ``site: wrenfield children's clinic``, ``loc - quarry hill
  pediatric neurosurgery clinic``, ``hosp: tamsworth health``, ``marrow bay health | valve log``:
  a place's words before a children's or paediatric clinic or a bare ``health``, in a facility
  label's value or opening a heading line before its separator (a department's word or two may
  come first: ``… clinic neurosurgery / shunt log``), the first word no kind of clinic
  (``pediatric neurosurgery clinic`` alone, ``behavioral health`` stay).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_lower_facilities import FACILITY_STOP
from medenclave_deid.core.text.english_lower_name_slots import NO_ONE
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["CLINIC_KIND", "LOGIN", "LOG_WORD", "find_lower_log_people", "log_person"]

_CRED = r"(?:np|rn|arnp|cpnp|aprn|pnp|lpn|crnp|fnp|bsn)"
LOG_WORD = r"[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?"
#: a login: letters with digits after them, or two runs of letters joined by a dot or an underscore
LOGIN = r"[a-z]{2,}\d{1,3}|[a-z]+[._][a-z]+\d{0,3}"
_TOKEN = rf"(?:{LOGIN}|{LOG_WORD})"
_AFTER_CRED = re.compile(
    rf"(?<![\w.-]){_CRED}[ \t]*(?::[ \t]*|-[ \t]+|[ \t])(?P<v>{_TOKEN})"
    rf"(?=[ \t]*(?:$|[/,;|)(]|\b(?:at|with|and|to|@|in|on|rn|np)\b))",
    re.M,
)
_BEFORE_CRED = re.compile(
    rf"\b(?:by|witnessed|witness|cosign(?:ed)?|co-sign(?:ed)?|user|entered by|verified by|with|and)"
    rf"[ \t]*:?[ \t]*(?P<v>{_TOKEN})[ \t]*,?[ \t]*\(?{_CRED}\b"
)
_SEP = r"(?=[ \t]*(?:$|/|\||;|\(|[ \t]{2}|,[ \t]*(?:mrn|mr|med|age|dob|\d)|[ \t]+(?:mrn|mr#|age)\b))"
_PATIENT = re.compile(
    rf"(?m)(?:^|(?<=[ \t/|;]))(?:pt|patient|pt name|patient name|name)[ \t]*(?:[:\-–|][ \t]*|[ \t])"
    rf"(?P<v>(?P<i>[a-z]\.)[ \t]?(?P<a>{LOG_WORD})|(?P<b>{LOG_WORD}),?[ \t]+(?P<c>{LOG_WORD})){_SEP}"
)
_FACILITY_LABEL = r"(?:site|location|loc|facility|hosp|hospital|institution|clinic)[ \t]*(?::|-|–)?[ \t]*"
_FACILITY = re.compile(
    rf"(?m)^[ \t]*(?P<label>{_FACILITY_LABEL})?"
    rf"(?P<v>(?P<first>[a-z][a-z'’.]+)(?:[ \t]+[a-z][a-z'’.]+){{0,5}}?"
    r"[ \t]+(?:(?:children'?s|childrens|pediatric|paediatric|kids)(?:[ \t]+[a-z]+){0,2}[ \t]+clinic|health))"
    r"(?P<end>[ \t]*$|(?:[ \t]+[a-z]+){0,2}[ \t]+(?:\||--?|–|—|/)[ \t])"
)
#: words that only say what kind of clinic or service it is
CLINIC_KIND = frozenset(
    """children's childrens pediatric paediatric kids general community county university regional
specialty the our their behavioral behavioural mental public occupational employee home student
women's womens men's sexual oral dental population global digital primary family school""".split()
)


def _no_one(word: str, vocab: TextVocabulary) -> bool:
    return (
        len(word) < 2
        or word in NO_ONE
        or word in NEVER
        or is_clinical_word(word)
        or word in vocab.clinical
        or (word in vocab.drugs and not vocab.is_listed_name(word))
    )


def log_person(word: str, vocab: TextVocabulary, *, zipf: float = 2.5, patient: bool = False) -> bool:
    if re.fullmatch(LOGIN, word):
        return not _no_one(re.sub(r"[\d._]", "", word), vocab) or "." in word or "_" in word
    if _no_one(word, vocab):
        return False
    if vocab.is_name(word):
        return True
    # a login with no digit: an initial and a surname, or a surname and an initial (``tvarga``, ``vargat``)
    if patient:
        return vocab.zipf(word) < zipf  # after a patient's name label: a rare word too
    return vocab.zipf(word) < zipf and any(vocab.is_name(w) for w in (word[1:], word[:-1], word[1:-1]))


def find_lower_log_people(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """Staff, patients and facility headings of lower-case logs (module docstring).

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for rx in (_AFTER_CRED, _BEFORE_CRED):
        for m in rx.finditer(text):
            word = m["v"]
            if word == word.lower() and log_person(word, vocab) and not vocab.is_common(word, threshold=4.0):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _PATIENT.finditer(text):
        words = [m["a"]] if m["i"] else [m["b"], m["c"]]
        if all(
            log_person(w, vocab, zipf=3.0, patient=True) for w in words
        ):  # each word: one may be found already
            out += [PhiSpan(m.start(g), m.end(g), "name") for g in ("i", "a", "b", "c") if m[g]]
    for m in _FACILITY.finditer(text):
        first = m["first"]
        if not m["label"] and not m["end"].strip():
            continue  # a line ending in "health" with no label and no heading's separator
        if first in CLINIC_KIND or is_clinical_word(first) or first in vocab.clinical:
            continue
        if any(w in FACILITY_STOP for w in m["v"].split()):
            continue  # "seen in pediatric neurosurgery clinic / f/u": a sentence, no heading
        out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    return out
