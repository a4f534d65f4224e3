"""Staff named beside their discipline or role word, in any case, and a slot-found person's
given name again in lower case.

Therapy and team notes list each discipline with the one who saw the patient in brackets, often
by a first name alone and in lower case; operating-room, imaging and ward records put the name
right after the role word:

* **a discipline, then the person in brackets**: ``- SLP (ottoline):``, ``OT (G. Pemberton):``,
  ``PT (Jo):``, ``RD (m. okafor)``: the bracket follows a discipline's abbreviation or word and
  holds one or two words (an initial first maybe), then a colon, a dash, a comma or the line's
  end; ``PT (INR):``, ``PT (sec)``, ``OT (inpatient)`` stay;
* **a role word, then the person**: ``circulating RN bellamy.``, ``scrub tech fitzroy and``,
  ``charge nurse tamsin at``, ``MR personnel R. Ashcombe.``: one word, or an initial and a
  surname, ending the clause; ``RN aware``, ``nurse notified``, ``tech present`` stay.

A word is a person's when it is no clinical word, no word that says no one, and either a known
name that is no everyday word or (capitalised, or after an initial) a rare word.

A found whole name's given name written again in lower case in a quote (``Seen with his niece
Philippa Wexcombe`` ... ``"philippa here"``) is that person when it is a listed name and no
everyday word (:func:`spread_lower_names`): the rules that find people by their slot late in
the pipeline do not spread their finds (``english_staff_mentions``), and the name propagation
takes a lower-case word for the everyday word from a lower commonness on (a given name that is
also a flower, a month or a virtue).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.prefixed_matches import WORD_END, WORD_START, bounded_matches
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_discipline_names", "spread_lower_names"]

_DISCIPLINES = (
    r"SLP|OT|OTR|OTR/L|COTA|PT|DPT|PTA|RD|RDN|RT|RRT|ST|SW|MSW|LCSW|CM|RN|LPN|NP|PA|CNA|PharmD|RPh|"
    r"Speech|Dietitian|Dietician|Nutrition|Social[ ]work|Case[ ]management|Chaplain|Pharmacy|"
    r"Psychology|Audiology|Child[ ]life|Music[ ]therapy|Recreation(?:al)?[ ]therapy|Wound[ ]care|WOCN|"
    # a team conference's disciplines ("Genetics (Snow):", "Orthodontics (M. Ruiz):")
    r"Genetics|Surgery|Plastics|Plastic[ ]surgery|ENT|Otolaryngology|Orthodontics|Dental|Dentistry|"
    r"Nursing|Feeding|Psychiatry|Neurology|Neurosurgery"
)
_WORD = r"[A-Za-z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?"
_NAME = rf"(?:[A-Za-z]\.[ ]?)?{_WORD}(?:[ ]{_WORD})?"
_BRACKETED = re.compile(
    rf"(?m)(?:^|(?<=[\s•*;-]))(?:{_DISCIPLINES})[ \t]*\((?P<v>{_NAME})\)(?=[ \t]*(?:[:,–-]|$))"
)
_ROLE_WORDS = (
    r"RN|LPN|LVN|nurse|tech|technician|technologist|CNA|aide|sitter|personnel|scribe|circulator|"
    r"perfusionist|CRNA|anesthetist|paramedic|EMT|midwife|pharmacist|therapist|interpreter|"
    r"chaplain|radiographer|sonographer|phlebotomist"
)
_ROLE_LEAD = r"circulating|scrub|charge|primary|bedside|float|night|day|travel|floor|recovery|MR|OR"
_ROLE_NAME = re.compile(
    rf"(?i:\b(?:{_ROLE_LEAD})[ \t]+(?:[A-Za-z]+[ \t]+)?(?:{_ROLE_WORDS}))[ \t]+"
    rf"(?P<v>[A-Za-z]\.[ ]?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?|{_WORD})"
    r"(?=[ \t]*(?:[.,;:)]|$)|[ \t]+(?:and|at|who|to|on|was|is|has|for|with)\b)",
    re.MULTILINE,
)
_NO_ONE = NO_VALUE | frozenset(
    """
aware present absent notified paged informed called yes no none same unavailable available
inpatient outpatient acute home rehab eval evaluation consult consulted ordered pending sec
seconds ratio staff team unit floor day night primary charge student new prn am pm signed
""".split()
)


def _no_one(key: str, vocab: TextVocabulary) -> bool:
    """A word that names no one here: a clinical word, or a drug's that no name list holds (the
    drug lists hold some surnames)."""
    return (
        len(key) < 2
        or key in _NO_ONE
        or key in NEVER
        or is_clinical_word(key)
        or key in vocab.clinical
        or (key in vocab.drugs and not vocab.is_listed_name(key))
    )


def _person_word(word: str, vocab: TextVocabulary, *, initialled: bool = False) -> bool:
    key = word.lower()
    if _no_one(key, vocab):
        return False
    if vocab.is_name(key) and not vocab.is_common(key, threshold=4.0):
        return True
    # after an initial a capitalised surname that is also a word or a place ("S. Sutherland")
    if initialled and word[0].isupper():
        return not vocab.is_common(key, threshold=4.0)
    return (word[0].isupper() or initialled) and vocab.zipf(key) < 2.5


def _person(value: str, vocab: TextVocabulary) -> bool:
    initialled = bool(re.match(r"[A-Za-z]\.", value))
    words = re.findall(r"[A-Za-z][A-Za-z'’-]+", value)
    if not words:
        return False
    if not initialled and len(words) == 1 and words[0].islower():
        # a lower-case word alone: a name that is no everyday word, or a word no list knows
        key = words[0]
        if _no_one(key, vocab) or vocab.is_name_word(key):
            return False
        if vocab.is_name(key):
            return not vocab.is_common(key, threshold=4.0)
        return len(key) >= 4 and vocab.zipf(key) == 0
    return all(_person_word(w, vocab, initialled=initialled) for w in words)


def find_discipline_names(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The staff named beside their discipline or role word (module docstring).

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    return [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for rx in (_BRACKETED, _ROLE_NAME)
        for m in rx.finditer(text)
        if _person(m["v"], vocab) or (rx is _BRACKETED and _reporting(text, m, vocab))
    ]


def _reporting(text: str, m: re.Match, vocab: TextVocabulary) -> bool:
    """A conference's reporter: one capitalised word the name lists know, however everyday, in
    the discipline's bracket right before the colon of its report (``Audiology (Young): type B``)."""
    word = m["v"]
    return (
        re.fullmatch(r"[A-Z][a-z'’]+", word) is not None
        and text.startswith(":", m.end())
        and vocab.is_name(word.lower())
        and not _no_one(word.lower(), vocab)
    )


def spread_lower_names(text: str, found: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The lower-case mentions of the given names of the whole names in ``found`` (two words or
    more, capitalised) that are listed names and no everyday, clinical or place word.

    Args:
        text: an English note.
        found: the spans found so far (the name spans are read).
        vocab: what is known about English words.
    """
    keys: set[str] = set()
    for span in found:
        if span.category != "name":
            continue
        words = re.findall(r"[A-Z][a-z]{2,}", text[span.start : span.end])
        if len(words) < 2:
            continue
        key = words[0].lower()
        if (
            vocab.is_listed_name(key)
            and not vocab.is_common(key, threshold=3.5)
            and key not in vocab.drugs
            and key not in vocab.eponyms
            and key not in vocab.clinical
            and not is_clinical_word(key)
            and key not in NEVER
            and key not in _NO_ONE
            and (key not in vocab.places or key in vocab.first_names)
        ):
            keys.add(key)
    return [
        PhiSpan(a, b, "name")
        for key in sorted(keys)
        for a, b in bounded_matches(key, text, WORD_START, WORD_END)
    ]
