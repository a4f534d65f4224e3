"""The last English shapes of staff and vehicles that the finders before leave: a scribe's or a
technician's initials in a role's slot, a ``f.last`` log-in after a user cue, a lower-case name
joined to a found person by "and", a given name left outside a labelled person's span, and a
plate in brackets after the car it belongs to; and a number read as an identifier that is a dose.

* **initials in a role's slot**: ``Scribe: TK for ...``, ``RECOVERY TECHNICIAN: RW``,
  ``scribe: T.K.``: two or three capitals (dotted or not) right after a staff role's label and
  before the line's end, a gap, a bracket, a comma or "for"; no credential (``RN``, ``MD``) and
  no clinical acronym (``CT``, ``ED``).
* **a log-in after a user cue**: ``(user k.moss)``, ``login: amorrow``, ``entered by r.vale``:
  one lower-case initial, a dot and a surname-like word (or the reverse), right after "user",
  "username", "login", "entered/documented/signed by".
* **a lower-case name joined to a found person**: ``Seen by Dr. Ames and tobias brenner``: a
  found name, then "and" (or "&", ","), then a lower-case given name the word lists know and a
  second word that is no everyday or clinical word; the same two words after a lower-case cue of a
  person (``d/w oren hale``, ``peer coach ivo mott``, ``sister ada lusk``, ``pt: ivo mott``).
* **the given name outside its labelled span**: ``Patient: Corwin Okonkwo. Seen today.`` where
  only the surname was found: the capitalised word between a person's label and the name span.
* **a street in lower case after a cue**: ``last stable address 12 larch hollow rd``, ``lives
  at 40 quince way apt 2``: a number, one to three lower-case words and a street's word.
* **a plate in brackets after its car**: ``slept in car (YM 57983)``, ``truck [QP 20417]``,
  ``truck (plate 4KJ 221)``: letters and digits mixed, in brackets right after a vehicle's noun;
  also when the car's VIN follows in the same brackets (``a car (FV 47788, VIN …)``, ``(7KQX214; VIN …)``).
* **a product before its model code**: ``Dexcom G7``: the maker's word is no one.
* **a dose read as an identifier**: ``Initial control: 125 mg IV``: a number span right before a
  dose unit is the dose, not a record number.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["NOT_INITIALS", "find_staff_marks", "keep_model_codes", "release_doses"]

_ROLE_INITIALS = re.compile(
    r"(?i:\b(?:scribe[ds]?(?:[ \t]+by)?|tech(?:nician|nologist)?|recorder|recorded[ \t]+by|"
    r"documented[ \t]+by|entered[ \t]+by|witness(?:ed[ \t]+by)?|verified[ \t]+by|reviewed[ \t]+by|"
    r"checked[ \t]+by|co-?signed[ \t]+by|prepared[ \t]+by|initials?))"
    r"(?:[ \t]*[:#=-][ \t]*|(?<=[bB][yY])[ \t]+|(?<=[sS][cC][rR][iI][bB][eE])[ \t]+(?=[A-Z.]{2,6}[ \t]*$))"
    r"(?P<v>[A-Z]\.?[ \t]?[A-Z]\.?(?:[A-Z]\.?)?)"
    r"(?=[ \t]*(?:$|[,;|)(/]|\.(?:[ \t]|$)|[ \t]{2}|[ \t]+for\b|[ \t]+at\b|[ \t]+on\b))",
    re.M,
)
#: credentials and acronyms that fill a role's slot without being anyone's initials
_NOT_INITIALS = frozenset(
    """
RN LPN MD DO NP PA CNA EMT RT PT OT ST SW CT MR MRI US ED ER OR ICU IR NA NO YES NP RD DC
IV IM PO SQ SC HR BP NM XR IT QA QC LN HCT PCT ECG EKG EEG CRNA RRT NICU PICU ALS BLS UA OB
""".split()
)
#: the same, for the role's initials without a colon (:mod:`english_people_marks_en22a`)
NOT_INITIALS = _NOT_INITIALS
_HANDLE_CUE = re.compile(
    r"(?i:\b(?:user(?:[ \t]?name|[ \t]?id)?|log-?in|account|handle|(?:entered|documented|signed|"
    r"recorded|charted|edited)[ \t]+by))[ \t]*[:#=]?[ \t]*"
    r"(?P<v>[a-z]\.[a-z][a-z'-]{2,}\d{0,3}|[a-z][a-z'-]{2,}\.[a-z]\d{0,3})(?![\w.@])"
)
_JOINED_LOWER = re.compile(r"[ \t]*(?:and|&|,)[ \t]+(?P<f>[a-z]{3,})[ \t]+(?P<l>[a-z][a-z'-]{2,})\b")
#: a lower-case cue of a person right before a lower-case name ("d/w oren hale", "pt: ivo mott")
_LOWER_CUE = re.compile(
    r"(?<![\w/])(?:d/w|discussed[ \t]+with|spoke[ \t]+(?:with|to)|paged|called|seen[ \t]+(?:by|with)|per|"
    r"reviewed[ \t]+with|staffed[ \t]+with|cc|"
    r"coach|navigator|sister|brother|wife|husband|spouse|daughter|son|friend|pt|patient|name)"
    r"(?P<colon>[ \t]*:)?[ \t]+(?P<f>[a-z]{3,})[ \t]+(?P<l>[a-z][a-z'-]{2,})\b"
)
_PERSON_LABEL = re.compile(
    r"(?i:\b(?:patient|pt|name|donor|beneficiary|client|member|spouse|wife|husband|mother|father|"
    r"sister|brother|daughter|son|guardian|parent|contact|kin|visitor|companion|caregiver|"
    r"technologist|technician|tech|scribe|coach|navigator|(?:reviewed|seen|verified|entered)[ \t]+by)"
    r"(?:[ \t]+name)?[ \t]*[:#=-][ \t]*|\b(?:d/w|coach|sister|brother)[ \t]+)"
    r"(?P<g>[A-Za-z][a-z][a-z'-]+)[ \t]+(?:[\"“][A-Za-z .'-]{1,20}[\"”][ \t]+)?$"
)
_CAR_PLATE = re.compile(
    r"(?i:\b(?:car|truck|van|pickup|suv|sedan|vehicle|jeep|minivan|motorcycle)\b)[ \t]*[(\[]"
    r"(?:(?i:plate|tag|lic(?:ense|ence)?)[ \t]*[:#]?[ \t]*)?"
    r"(?P<v>(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,5})"
    r"(?:[)\]]|[ \t]*[,;][ \t]*(?i:VIN)\b)"
)
#: a plate in brackets right before the same car's VIN, no vehicle's noun before it: ``(FV 47788,
#: VIN …)``, ``[7KQX214; VIN …]``: one to three letters and three to five digits, or two to eight
#: letters and digits mixed
_PLATE_BEFORE_VIN = re.compile(
    r"[(\[][ \t]*(?P<v>[A-Z]{1,3}[ -]\d{3,5}|(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{2,8})"
    r"[ \t]*[,;][ \t]*VIN\b"
)
#: a street written in lower case after a cue of where someone lives or stays
_LOWER_STREET = re.compile(
    r"(?i:\b(?:address(?:es)?|lives[ \t]+at|living[ \t]+at|resides[ \t]+at|staying[ \t]+at|"
    r"stays[ \t]+at|camps?[ \t]+(?:at|on|by)|home[ \t]+at|shelter[ \t]+at))[ \t]*[:=-]?[ \t]*"
    r"(?P<v>\d{1,5}[ \t]+[a-z][a-z'-]+(?:[ \t]+[a-z][a-z'-]+){0,2}[ \t]+"
    r"(?:road|rd|street|st|avenue|ave|lane|ln|drive|dr|court|ct|terrace|ter|pike|boulevard|blvd|"
    r"way|place|pl|circle|cir|trail|trl|highway|hwy|parkway|pkwy|loop|row)\b"
    r"(?:[ \t]*,?[ \t]*(?:apt|unit|#|lot|ste)\.?[ \t]*#?[ \t]*[0-9a-z]{1,5}\b)?)"
)
_DOSE_AFTER = re.compile(r"[ \t]?(?i:mg|mcg|g|ml|units?|iu|meq|mmol|vials?|tabs?|caps?)\b")
_NUMBER = re.compile(r"\d{1,4}(?:\.\d+)?")


#: a maker's or a product's capitalised word before its model code ("Dexcom G7", "Medtronic X3")
_MODEL_CODE = re.compile(r"(?<![\w.'-])[A-Z][a-z]{2,}(?=[ \t-][A-Z]{1,2}\d{1,2}(?![\w/:.-]|\.\d))")

_ABBREVIATION = re.compile(r"[A-Z]{2,5}[ \t]+")


def keep_model_codes(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the name spans that are a product's word before its model code."""
    words = [(m.start(), m.end()) for m in _MODEL_CODE.finditer(text)]
    if not words:
        return spans
    return [
        s
        for s in spans
        if not (s.category == "name" and any(a <= s.start and s.end <= b + 4 for a, b in words))
        # or a device's abbreviation, then the maker ("CGM Dexcom G6", "ICD Medtronic X3")
        and not (
            s.category == "name"
            and any(
                s.start < a and s.end == b and _ABBREVIATION.fullmatch(text[s.start : a]) for a, b in words
            )
        )
    ]


def release_doses(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the number spans that are a dose ("control: 125 mg IV")."""
    return [s for s in spans if not _is_dose(text, s)]


def _is_dose(text: str, span: PhiSpan) -> bool:
    return (
        span.category in ("other_id", "id", "account")
        and bool(_NUMBER.fullmatch(text[span.start : span.end]))
        and bool(_DOSE_AFTER.match(text, span.end))
    )


def _plain(word: str, vocabulary: TextVocabulary) -> bool:
    lower = word.lower()
    return (
        vocabulary.is_common(lower)
        or is_clinical_word(lower)
        or lower in vocabulary.clinical
        or lower in vocabulary.drugs
    )


def _given(word: str, vocabulary: TextVocabulary, labelled: bool) -> bool:
    """A lower-case given name: one the lists know that is no everyday word (a frequent listed
    given name, ``harold``, is one unless it is an everyday word, ``will``); after a label's colon
    or before a listed surname, any rare word that is no clinical word."""
    listed = word in vocabulary.first_names and not vocabulary.is_name_word(word)
    if (
        (vocabulary.is_common(word, threshold=4.0) and not listed)
        or word in vocabulary.clinical
        or is_clinical_word(word)
    ):
        return False
    return vocabulary.is_name(word) or (labelled and not vocabulary.is_common(word))


def _surname(word: str, vocabulary: TextVocabulary) -> bool:
    return (not vocabulary.is_common(word, threshold=3.5) and not _plain(word, vocabulary)) or (
        word in vocabulary.last_names and not vocabulary.is_common(word, threshold=4.0)
    )


def find_staff_marks(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """Candidate spans of the staff and vehicle shapes of the module docstring.

    Args:
        text: the note.
        spans: resolved English spans (the found names that a lower-case name is joined to).
        vocabulary: the word knowledge.
    """
    out: list[PhiSpan] = []
    for m in _ROLE_INITIALS.finditer(text):
        letters = re.sub(r"[ .\t]", "", m.group("v"))
        # after "initials:" any two or three capitals are someone's ("Nurse initials: ED")
        if letters not in _NOT_INITIALS or re.search(
            r"(?i)initials?[ \t]*[:#=-][ \t]*$", text[: m.start("v")]
        ):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _HANDLE_CUE.finditer(text):
        word = max(m.group("v").split("."), key=len).rstrip("0123456789")
        if not vocabulary.is_common(word, threshold=4.0) and word not in vocabulary.clinical:
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _LOWER_STREET.finditer(text):
        if not any(c.isupper() for c in m.group("v")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "address"))
    for m in [*_CAR_PLATE.finditer(text), *_PLATE_BEFORE_VIN.finditer(text)]:
        out.append(PhiSpan(m.start("v"), m.end("v"), "vehicle"))
    for m in _LOWER_CUE.finditer(text):
        given, last = m.group("f"), m.group("l")
        if _given(given, vocabulary, bool(m.group("colon")) or last in vocabulary.last_names) and _surname(
            last, vocabulary
        ):
            out.append(PhiSpan(m.start("f"), m.end("l"), "name"))
    for span in spans:
        if span.category != "name":
            continue
        joined = _JOINED_LOWER.match(text, span.end)
        if joined:
            given, last = joined.group("f"), joined.group("l")
            if _given(given, vocabulary, last in vocabulary.last_names) and _surname(last, vocabulary):
                out.append(PhiSpan(joined.start("f"), joined.end("l"), "name"))
        line_start = text.rfind("\n", 0, span.start) + 1
        label = _PERSON_LABEL.search(text, line_start, span.start)
        # a drug's brand may be a given name ("Corwin"): the label says a person
        given = label.group("g").lower() if label else ""
        if label and not vocabulary.is_common(given) and given not in vocabulary.clinical:
            # to the surname's gap, not over it: "Minji Son" stays two words
            gap = text[label.start("g") : span.start]
            out.append(PhiSpan(label.start("g"), label.start("g") + len(gap.rstrip(" \t")), "name"))
    return out
