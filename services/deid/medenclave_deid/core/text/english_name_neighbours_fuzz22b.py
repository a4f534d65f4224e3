"""The other half of a person whose one word was found: a given name right before a found surname.

A finder often knows only one word of a two-word name: the surname from the word lists, the slot
or a column (``seen with bertrand [ossining]``, ``RECOVERY TECHNICIAN`` over ``eliska
[marwood]``, ``Signature: ____ Tobiah [Quennell]``). The word right before that span, on the same
line and one space away, is the person's given name when

* it is a name the word lists know, in any case, and no everyday, clinical, title,
  credential or kinship word (``bertrand``, ``Ysolde``; never ``with``, ``Dr``, ``RN``, ``sister``);
* or, both words capitalised (a brand of drug that is also a name, ``Corwin``, only after a
  label, a rule or a role word) (or both in capitals), it is a rare word the lists do not know, no
  clinical word, drug, eponym or brand, and the line gives it a person's slot: it opens the line,
  or follows a label's colon, a signature's rule (``____``), or a role word (``patient``,
  ``counselor``, ``by``, ``with``).

The span found is one or two words (``[Holmgren NPI]``). After a surname in capitals and a comma
(``TREMBLAY, Corwin`` ending its line or cell), the given name is the next word when it is a known
name or a rare word, no clinical word.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, KINSHIP, NEVER, TITLES
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["PERSON_CATEGORIES", "drop_dose_words", "given_before_surnames", "role_head_people"]

#: the span categories that name a person
PERSON_CATEGORIES = frozenset({"name", "name_patient", "name_clinician", "name_relative", "person"})
_BEFORE = re.compile(r"(?<![\w'’.-])(?P<w>[A-Za-z][a-z'’]+|[A-Z][A-Z'’]+)[ ](?=$)")
#: what may stand right before a rare capitalised given name: the line's start, a label's colon,
#: a signature rule, a role word
_SLOT = re.compile(
    r"(?i)(?:^|[:|]|_{2,}|\b(?:patient|pt|counsell?or|clinician|nurse|technician|technologist|tech|"
    r"therapist|physician|provider|prescriber|dietitian|coach|by|with|per|cc|signed|witness))[ \t]*$"
)


#: the given name after a surname in capitals and a comma, ending its line or cell
_AFTER = re.compile(r", (?P<w>[A-Z][a-z'’]{2,})(?=[ \t]*$|[ \t]{2}|[ \t]*[|;()]|[.,][ \t]*$)", re.M)


def _given_after(
    lower: str, vocab: TextVocabulary, covered: list[tuple[int, int]], after: re.Match[str]
) -> bool:
    if _plain(lower, vocab) or any(a < after.end("w") and after.start("w") < b for a, b in covered):
        return False
    return (vocab.is_name(lower) and not vocab.is_name_word(lower)) or not vocab.is_common(
        lower, threshold=2.5
    )


def _plain(lower: str, vocab: TextVocabulary) -> bool:
    """A title, credential, kinship, clinical word or eponym (an eponym that is a given name,
    ``leopold``, stays a name beside a found one)."""
    if lower in vocab.eponyms and lower in vocab.first_names and lower not in vocab.clinical:
        return lower in TITLES or lower in NEVER
    return (
        lower in TITLES
        or lower in CREDENTIAL_WORDS
        or lower in KINSHIP
        or lower in NEVER
        or lower in vocab.clinical
        or lower in vocab.eponyms
        or is_clinical_word(lower)
    )


def given_before_surnames(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """Given names right before a found one-word person span (module docstring).

    Args:
        text: an English note.
        spans: the spans found so far.
        vocab: the word lists.
    """
    covered = [(s.start, s.end) for s in spans]
    found: list[PhiSpan] = []
    for span in spans:
        word = text[span.start : span.end]
        if span.category not in PERSON_CATEGORIES or not re.fullmatch(
            r"[A-Za-z][A-Za-z'’-]+(?: [A-Za-z][A-Za-z'’-]+)?", word
        ):
            continue
        after = _AFTER.match(text, span.end)
        if (
            after
            and word.isupper()
            and " " not in word
            and _given_after(after["w"].lower(), vocab, covered, after)
        ):
            found.append(PhiSpan(after.start("w"), after.end("w"), span.category))
        line_start = text.rfind("\n", 0, span.start) + 1
        before = _BEFORE.search(text[line_start : span.start])
        if not before:
            continue
        start, end = line_start + before.start("w"), line_start + before.end("w")
        if any(a < end and start < b for a, b in covered):
            continue
        given = before["w"]
        lower = given.lower()
        if len(lower) < 3 or _plain(lower, vocab):
            continue
        slot = _SLOT.search(text[line_start:start])
        drug = lower in vocab.drugs  # a brand that is also a given name (Corwin): only in a slot
        known = vocab.is_name(lower) and not vocab.is_name_word(lower) and not drug
        rare = (
            given[0].isupper()
            and word[0].isupper()
            and given.isupper() == word.isupper()
            and not vocab.is_common(lower, threshold=2.5)
            and slot is not None
            and not (drug and slot.group().strip() == "")
        )
        if known or rare:
            found.append(PhiSpan(start, end, span.category))
    return found


#: a role's heading in capitals on its own line: the person stands alone on the next line
_ROLE_HEAD = re.compile(
    r"^[ \t]*(?:[A-Z]+[ \t]+){0,3}(?:PHYSICIAN|TECHNICIAN|TECHNOLOGIST|NURSE|SURGEON|CLINICIAN|"
    r"PRESCRIBER|PROVIDER|WITNESS|COUNSEL+OR|DIETITIAN|PHARMACIST|RADIOLOGIST|ATTENDING|SCRIBE|"
    r"COORDINATOR|DONOR|NEXT OF KIN|RECOVERED BY|REVIEWED BY|VERIFIED BY|SIGNED BY)"
    r"(?:[ \t]+NAME)?[ \t]*:?[ \t]*\n[ \t]*(?P<v>[A-Za-z][A-Za-z'’-]+,?(?:[ \t][A-Za-z][A-Za-z'’-]+){1,2})"
    r"(?=,[ \t]*[A-Z]{2,5}\b|[ \t]*$)",
    re.M,
)
#: a person's label, then the person in capitals or written surname first
_LABELLED = re.compile(
    r"(?i:\b(?:physician|prescriber|provider|patient[ \t]+name|name|technician|technologist|nurse|"
    r"counsel+or|surgeon|radiologist|dietitian|pharmacist|witness|signed[ \t]+by|verified[ \t]+by))"
    r"[ \t]*:[ \t]*(?P<v>[A-Z][A-Za-z'’-]+,[ \t][A-Z][a-z'’-]+|"
    r"[A-Z][A-Z'’-]{2,}(?:[ \t][A-Z][A-Z'’-]{2,}){1,2})"
    r"(?=[ \t]{2}|[ \t]*$|[ \t]+(?:NPI|MD|DO|RN|NP|PA)\b|[ \t]*[,;|(])",
    re.M,
)


def _person_words(value: str, vocab: TextVocabulary) -> bool:
    """Every word is no clinical, title or everyday word, and one is a name or a rare word."""
    words = [w.lower().strip(",") for w in value.split()]
    if any(_plain(w, vocab) or (vocab.is_common(w, threshold=4.0) and not vocab.is_name(w)) for w in words):
        return False
    return any(vocab.is_name(w) or not vocab.is_common(w, threshold=3.0) for w in words)


def role_head_people(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """A person alone under a role's heading in capitals (``RECOVERY TECHNICIAN`` / ``eliska
    marwood``), and one in capitals or surname first after a person's label (``Prescriber:
    ODALYS PRENTKE NPI``, ``Certifying physician: QUARLES, Imre``).

    Args:
        text: an English note.
        vocab: the word lists.
    """
    found: list[PhiSpan] = []
    for rx in (_ROLE_HEAD, _LABELLED):
        for m in rx.finditer(text):
            if _person_words(m["v"], vocab):
                found.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return found


#: a dose's unit read as a name (``40 IU/kg``, ``4-6 vials``) and a count's range read as a date
_UNIT = re.compile(r"(?i)(?:vials?|units?|iu|kg|mg|mcg|ml|tabs?|caps?|puffs?|amps?|ampules?|doses?|sprays?)")
_UNIT_BEFORE = re.compile(r"(?i)(?:\d[ \t]?|\d[ \t]?(?:iu|mg|mcg|units?|ml|g|mEq)/)$")
_COUNT_AFTER = re.compile(r"(?i)[ \t]+(?:vials?|units?|tabs?|caps?|puffs?|doses?|sprays?|times)\b")


#: a chromosome's band: its number (or X, Y), its arm and the band (``22q11.2``, ``Xp21``)
_BAND = re.compile(r"(?:[1-9]|1\d|2[0-2]|X|Y)[pq][1-4]\d?(?:\.\d{1,2})?")


def drop_dose_words(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without a dose's unit taken for a name (``IU``, ``kg`` of ``40 IU/kg``; ``vials``
    of ``2 vials``), a count's range taken for a date (``4-6`` of ``4-6 vials``) and a chromosome's
    band taken for an identifier (``22q11``, ``del 22q11.2``, ``Xp21``).

    Args:
        text: an English note.
        spans: the spans found so far.
    """

    def dose(s: PhiSpan) -> bool:
        value = text[s.start : s.end]
        if s.category in PERSON_CATEGORIES and _UNIT.fullmatch(value):
            return bool(_UNIT_BEFORE.search(text[max(0, s.start - 8) : s.start]))
        if s.category == "date" and re.fullmatch(r"\d{1,2}-\d{1,2}", value):
            return bool(_COUNT_AFTER.match(text, s.end))
        return _BAND.fullmatch(value) is not None

    return [s for s in spans if not dose(s)]
