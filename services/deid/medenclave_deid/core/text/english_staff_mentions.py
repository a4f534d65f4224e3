"""Members of staff named by the slot they fill, whatever their case or their likeness to a word.

Logs, threads and reports name the nurse, the tech or the packer by a first name alone, often in
lower case and often a name that is also a word (``sterling``, ``Meadow``, ``justice``). The
slot says it is a person:

* **a speaker with a credential**: a word before a credential and a colon opening a line or
  following a time stamp (``[4/2 08:10] rosalyn RN: hold the dose``, ``Priya NP: seen``); a
  unit's or a shift's word there (``charge RN:``, ``night RN:``) is no one;
* **the one who did a logged act**: the last word of a line or a cell after a staff act, maybe a
  date and a time, and ``by`` (``packed 03/02/2025 11:20  by tobias``, ``labelled by Ines |``)
  when it is a known name (``by hand``, ``by mistake``, ``processed by creamatocrit`` stay);
* **a role's label**: one to three capitalised words after a staff role and a colon, ending the
  sentence, the line or the field (``Technologist: Marigold.``, ``Sonographer: Ivy Lamb``); a
  value that says no one (``Interpreter: Spanish``, ``RN: aware``) stays;
* **a name before a bracketed role**: a capitalised name, its surname any word (``Hollis Bone
  (charge)``, ``Ana-Lucia Del Valle, RN (school nurse)``);
* **a sign-off's name with a middle initial**: given name, initial, surname, then a comma and a
  credential (``Camille R. Heart, MD``): the surname is the person's even when it is a body part;
* **family and patients by the same frames**: a caller saying who they are to the patient
  (``This is Ivo Lark, Dana's son``, ``This is Ivy Cross, Ngoc Anh's daughter``), a relation's
  label with a whole name ending the line (``Aunt (legal guardian): Wren Tallis``), a whole name
  before its age after a label or at a line's start (``Patient: Ivo P. Lark, 93 years old``,
  ``Patient: Ivy al-Masri, 94 years old``: a particle joined by a space or a hyphen).

A name's words are joined by spaces only: a tab or a bar between them is a table's cell edge
(``Thakkar<TAB>K. Price, LPN`` is two people). Words of a name found this way are not spread to
the rest of the note (``Ivy R. Heart, MD`` does not make "heart" a name), so the spans join the
others after every later rule.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_person_frames import find_labelled_people
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.prefixed_matches import WORD_END, WORD_START, bounded_matches
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_staff_mentions", "spread_plain_names"]

_CREDENTIAL = r"(?:RN|LPN|LVN|NP|PA|PA-C|MD|DO|CNA|RT|RRT|CRNA|APRN|MA|CMA|PharmD|RPh|EMT|CNM|DNP)"
_CAP = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_PARTICLE = (
    r"(?:[Dd][aei]|[Dd]el|[Dd]ella|[Dd]os|[Dd]as|[Ll]a|[Ll]e|[Ll]os|[Ll]as|[Vv]an|[Vv]on|[Dd]er|"
    r"bin|ibn|al|el)"
)
#: a surname, maybe after particles joined by a space or a hyphen ("van der Berg", "al-Masri")
_SURNAME = rf"(?:(?:{_PARTICLE}(?: +|-)){{0,2}}(?:Mc|Mac|O'|O’)?{_CAP})"

#: a speaker: the line's start or its time stamp, one word, a credential and a colon
_SPEAKER = re.compile(
    rf"(?m)(?:^[ \t]*|\][ \t]*)(?P<v>[A-Za-z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?)[ \t]+{_CREDENTIAL}[ \t]*:"
)
#: a shift's, a unit's or a role's word before a credential: no one
_MODIFIERS = frozenset(
    """
charge float primary triage night day evening eve days nights travel traveler agency staff
bedside unit floor icu ed er or pacu home school clinic lead student new covering assigned your
the my our their his her on call oncall admitting discharging receiving sending transport
infusion dialysis wound hospice onc oncology peds ob l&d nicu picu ccu cvicu sicu micu psych
circulating scrub pre post preop postop intake resource
""".split()
)
_ACTS = (
    r"packed|entered|verified|signed|co-?signed|collected|drawn|received|shipped|labell?ed|"
    r"prepared|checked|double-checked|sealed|dispensed|counted|logged|scanned|picked|bagged|"
    r"boxed|delivered|witnessed|released|documented|recorded|charted|printed|completed|"
    r"performed|reviewed|initiated|hung|administered|obtained|accessioned|processed|handed"
)
_STAMP = (
    r"(?:[ \t]+(?:\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp][Mm])?|"
    r"\d{4}h?|at|on))"
)
#: a logged act, maybe its date and time, ``by`` and one word ending the line or the cell
_BY_LAST = re.compile(
    rf"(?m)(?i:\b(?:{_ACTS}){_STAMP}{{0,4}}[ \t]+by)[ \t]+(?P<v>[A-Za-z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?)"
    r"(?=[ \t]*(?:$|\|))"
)
_ROLES = (
    r"Technologist|Tech|Technician|Sonographer|Phlebotomist|Perfusionist|Radiographer|Dosimetrist|"
    r"Scribe|Scrub|Circulator|Circulating(?:[ \t]+RN)?|Charge(?:[ \t]+(?:RN|nurse))?|Nurse|RN|LPN|CNA|"
    r"Therapist|RT|Respiratory[ \t]+therapist|Courier|Driver|Packer|Collector|Sitter|Aide|Preceptor|"
    r"Runner|Recorder|Timekeeper|Witness|Cosigner|Verifier|Observer|Chaperone|Escort"
)
#: a role's label, then one to three capitalised words ending the sentence, line or field
_ROLE_VALUE = re.compile(
    rf"(?m)(?:^|(?<=[.;|][ \t])|(?<=[ \t]{{2}}))[ \t]*(?:{_ROLES})[ \t]*:[ \t]*"
    rf"(?P<v>{_CAP}(?: +(?:[A-Z]\.|{_SURNAME})){{0,2}})(?=[ \t]*(?:[.,;|(]|$|[ \t]{{2}}))"
)
_BRACKET_ROLES = (
    r"charge|charge[ \t]+(?:RN|nurse)|attending|resident|fellow|intern|preceptor|supervisor|"
    r"[a-z ]{0,30}nurse|[a-z ]{0,20}tech(?:nician|nologist)?|[a-z ]{0,20}therapist|"
    r"RN|LPN|NP|PA|MD|DO|CNA|RT|house[ \t]+supervisor|nursing[ \t]+supervisor|on[ \t-]call|covering"
)
#: a capitalised name, maybe a credential after a comma, then a role in brackets
_BRACKETED = re.compile(
    rf"\b(?P<v>{_CAP}(?: +[A-Z]\.)?(?: +{_SURNAME}){{1,2}})(?:,[ \t]*{_CREDENTIAL}\.?)?[ \t]*"
    rf"\((?:{_BRACKET_ROLES})\)"
)
#: given name, middle initial, surname, a comma and a credential
_INITIALLED = re.compile(rf"\b(?P<v>{_CAP} +[A-Z]\. +{_SURNAME}),[ \t]*(?:{_CREDENTIAL}|PhD|FACP|FACC|MPH)\b")
_KIN = (
    r"(?:step|grand|great-grand)?(?:daughter|son|wife|husband|mother|father|sister|brother|niece|nephew|"
    r"aunt|uncle|cousin|partner|boyfriend|girlfriend|fianc[eé]e?|spouse|friend|neighbou?r|caregiver|"
    r"carer|guardian|parent|child|grandmother|grandfather|grandma|grandpa)(?:-in-law)?"
)
#: a caller who says who they are to the patient ("This is Ivo Lark, Dana's son")
_SELF_KIN = re.compile(
    rf"\b(?i:this[ \t]+is|it'?s|i[ \t]+am|i'm)[ \t]+(?P<v>{_CAP}(?: +{_SURNAME}){{0,2}}),[ \t]+"
    rf"(?:[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){{0,2}}['’]s|(?i:the[ \t]+patient's|his|her|their|pt's))"
    rf"[ \t]+(?i:{_KIN})\b"
)
#: a relation's label, maybe a bracketed note, a colon and a whole name ending the line
_KIN_LABEL = re.compile(
    rf"(?m)\b(?i:{_KIN})(?:[ \t]*\([^)\n]{{1,40}}\))?[ \t]*:[ \t]*"
    rf"(?P<v>{_CAP}(?: +[A-Z]\.)?(?: +{_SURNAME}){{1,2}})[ \t]*$"
)
#: a whole name before its age ("Ivo P. Lark, 93 years old")
_NAME_AGE = re.compile(
    rf"(?m)(?:^|:)[ \t]*(?P<v>{_CAP}(?: +[A-Z]\.)?(?: +{_SURNAME}){{1,2}}),[ \t]*"
    r"\d{1,3}(?:[ \t-]+(?:years?|yrs?)[ \t-]+old|[ \t]*(?:y/?o|yo)\b)"
)
_NO_ONE = NO_VALUE | frozenset(
    """
aware present absent notified paged informed called yes no none same unavailable available
spanish english french mandarin cantonese arabic russian portuguese vietnamese korean
hand mouth phone fax mail email courier pharmacy lab staff nurse patient pt family self system
interface mistake protocol team unit machine robot tube hospital clinic provider physician
pharmacist technician tech phlebotomy phlebotomist resident attending security transport ems
paramedic ambulance fedex ups usps dhl dispatch dispatcher radiology nursing
""".split()
)


def _word_ok(word: str, vocab: TextVocabulary, *, rare: float) -> bool:
    """A person's word: no clinical word, no word that says no one, and a known name or rarer
    than ``rare`` on the Zipf scale."""
    key = word.lower()
    if key in _NO_ONE or key in NEVER or key in _MODIFIERS or is_clinical_word(key) or key in vocab.clinical:
        return False
    return vocab.is_name(key) or vocab.zipf(key) < rare


def find_staff_mentions(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The staff named by their slot (module docstring) in an English note.

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for m in _SPEAKER.finditer(text):
        if _word_ok(m["v"], vocab, rare=3.5):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _BY_LAST.finditer(text):  # a known name only ("processed by creamatocrit")
        if _word_ok(m["v"], vocab, rare=0.0):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _ROLE_VALUE.finditer(text):
        if _word_ok(m["v"].split()[0], vocab, rare=4.5):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for rx in (_BRACKETED, _INITIALLED, _SELF_KIN, _KIN_LABEL, _NAME_AGE):
        for m in rx.finditer(text):
            if _word_ok(m["v"].split()[0], vocab, rare=4.0):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    # "Patient ........ BONE, HOPE", "Heart, Lane (MLS)"; not "Re: Warfarin, Bridging"
    out.extend(s for s in find_labelled_people(text) if _a_person(text[s.start : s.end], vocab))
    return out


def _a_person(value: str, vocab: TextVocabulary) -> bool:
    """A labelled name's words: none says no one or is clinical, and one at least is a known name
    or a rare word no drug list holds ("QUARTERMAINE, ROWAN", "T. MacGillivray-Oduya"; not "Pharmacy,
    Outpatient", "Stable, Improving")."""
    keys = [
        w.lower()
        for w in re.findall(r"[A-Za-z\u00C0-\u024F'’-]{2,}", value)
        if not re.fullmatch(_PARTICLE, w, re.IGNORECASE)
    ]  # "DIAZ DE LA VEGA"
    if any(k in _NO_ONE or k in NEVER or is_clinical_word(k) or k in vocab.clinical for k in keys):
        return False
    if len(keys) == 1:
        # a word alone was found by "by" and a credential ("by Meadow (RN)"): a drug list's
        # ingredient that is an everyday word (meadow) names the one who acted
        return vocab.is_name(keys[0]) or vocab.zipf(keys[0]) < 4.0
    return any(vocab.is_name(k) or (vocab.zipf(k) < 3.5 and k not in vocab.drugs) for k in keys)


def spread_plain_names(text: str, found: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The other mentions of a slot-found name's words that can be nothing but a name: a known
    name, capitalised as there, that is no everyday word, drug, eponym or clinical word
    (``Boyfriend: David Zepeda`` ... ``David not to visit``; "Heart", "Cross" and "Bone" are not
    spread).

    Args:
        text: an English note.
        found: the spans :func:`find_staff_mentions` found.
        vocab: what is known about English words.
    """
    words: set[str] = set()
    for span in found:
        for w in re.findall(r"[A-Z][a-z]{2,}", text[span.start : span.end]):
            key = w.lower()
            if (
                vocab.is_name(key)
                and not vocab.is_name_word(key)
                and key not in vocab.drugs
                and key not in vocab.eponyms
                and key not in vocab.clinical
                and not is_clinical_word(key)
                and key not in NEVER
                and key not in _NO_ONE
                and (key not in vocab.places or key in vocab.first_names)
            ):  # "David", not "Tacoma"
                words.add(w)
    out: list[PhiSpan] = []
    for w in sorted(words):
        out.extend(PhiSpan(a, b, "name") for a, b in bounded_matches(w, text, WORD_START, WORD_END))
    return out
