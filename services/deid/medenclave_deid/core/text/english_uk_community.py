"""British and Irish community and primary-care documents: the shapes their notes take that the
general rules miss or misread.

Finders (run beside the other English finders):

* **a practice on a street** - ``Station Lane Surgery``, ``Market Square Surgery``: a street word
  (Lane, Road, Square ...) before ``Surgery`` reads as a place, never as an operation; and any
  "<Words> Surgery" in a GP's or a doctor's address line ("Doctor's address: ...", "Referring GP:
  Dr X, ...") whose words are no operation's.
* **an appliance contractor** - ``SecuriCare Direct``: a CamelCase company before Direct,
  Healthcare, Medical, Dispensing, Homecare or Supplies.
* **a street of a British word** - ``48 Chapel Brow, Hexham``: a house number, capitalised words
  and a street word the American list lacks (Brow, Wynd, Loan, Vennel, Garth ...), then a comma and
  a town, a postcode or the line's end.

Trims (run last on the resolved spans):

* a form's own labels: ``Doctor's signature:``, ``Doctor's address:`` hold no one;
* a registration body after a name's gap (``Dr W Fisher    GMC no.``) is no part of the name;
* a benefit's name (``FOR SOCIAL SECURITY OR STATUTORY SICK PAY``) is no employer;
* a saint's product (``St Mark's electrolyte mix``, ``St John's wort``) is no hospital;
* a role said in words (``district nurse``) is no one;
* a lone lower-case word of a process's ending (``diuresis``, ``nephrolithiasis``) is no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_gp_practices import is_operation_word
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["find_uk_community", "find_uk_staff", "trim_uk_forms"]

_CAPW = r"[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?"
_PLACE = (
    r"Lane|Road|Street|Square|Avenue|Green|Hill|Park|Way|Row|Place|Court|House|Mill|Bridge|"
    r"Cross|Gate|Brow|Wynd|Close|Crescent|Terrace|Parade|Walk|Drive|Gardens|Grove|Field|Fields|"
    r"Brook|Wharf|Quay|Yard|Croft|Mews|Bank|Vale|Common|Corner|Market"
)
_STREET_PRACTICE = re.compile(
    rf"(?<![\w-])(?:{_CAPW}[ ]){{0,2}}(?:{_PLACE})[ ](?:Surgery|Medical[ ]Practice|Health[ ]Centre)(?![\w-])"
)
_ANY_PRACTICE = re.compile(rf"(?<![\w-])(?P<own>{_CAPW}(?:[ ]{_CAPW}){{0,2}})[ ]Surgery(?![\w-])")
#: a line whose label says a practice follows: "Doctor's address:", "Referring GP: Dr X, "
_PRACTICE_LINE = re.compile(r"(?i:\b(?:GP|practice|address|surgery)\b)[^\n]*$")
_CONTRACTOR = re.compile(
    r"(?<![\w-])[A-Z][a-z]+[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?[ ]"
    r"(?:Direct|Healthcare|Medical|Dispensing|Homecare|Supplies)(?:[ ](?:Dispensing|Services|Ltd))?(?![\w-])"
)
#: ... or any capitalised company after a word of ordering or supplying: "Supplies via Salts Direct"
_SUPPLIED = re.compile(
    rf"(?i:\b(?:request|requested|sent|order(?:ed)?|supplies|supplied|delivered|dispensed|repeat)[ ]"
    rf"(?:to|via|by|from|with)[ ])(?P<v>{_CAPW}(?:[ ]{_CAPW})?[ ]"
    r"(?:Direct|Healthcare|Medical|Dispensing|Homecare|Supplies|Pharmacy|Chemists?))(?![\w-])"
)
#: an Irish personal public service number after its label: "PPSN 1234567TA"
_PPSN = re.compile(r"\b(?:PPSN?|PPS[ ](?i:no\.?|number))[ \t]*[:#.]?[ \t]*(?P<v>\d{7}[A-W][A-IW]?)(?![\w-])")
_UK_STREET_WORD = (
    r"Brow|Wynd|Loan|Vennel|Gate|Rigg|Garth|Croft|Fold|Rise|Chase|Close|Brae|Dene|"
    r"Nook|Yard|Wharf|Parade|Quay|Crescent|Gait|Causeway|Pend|Twitten|Ginnel|Lonning|"
    r"Holme|Shaw|Butts|Steps|Garth|Rigg|Ley|Leys|Hey|Loke|Chare|Wend"
)
_UK_STREET = re.compile(
    rf"(?<![\w/.,-])\d{{1,4}}[A-Za-z]?[ ](?:{_CAPW}[ ]){{1,3}}(?:{_UK_STREET_WORD})"
    r"(?=,[ \t]*[A-Z]|[ \t]*$|[ \t]+[A-Z]{1,2}\d)",
    re.M,
)


def find_uk_community(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Practices, appliance contractors and British streets (module docstring)."""
    del is_common  # the shapes carry their own evidence
    out = [PhiSpan(m.start(), m.end(), "hospital") for m in _STREET_PRACTICE.finditer(text)]
    for m in _ANY_PRACTICE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _PRACTICE_LINE.search(text, line_start, m.start()) and not any(
            is_operation_word(w) for w in m["own"].split()
        ):
            out.append(PhiSpan(m.start(), m.end(), "hospital"))
    out += [PhiSpan(m.start(), m.end(), "hospital") for m in _CONTRACTOR.finditer(text)]
    out += [PhiSpan(m.start("v"), m.end("v"), "hospital") for m in _SUPPLIED.finditer(text)]
    out += [PhiSpan(m.start("v"), m.end("v"), "other_id") for m in _PPSN.finditer(text)]
    out += [PhiSpan(m.start(), m.end(), "address") for m in _UK_STREET.finditer(text)]
    return out


_FORM_LABEL = re.compile(r"(?:Doctor|Nurse|Clinician|Practitioner|Patient|Employer)(?:'s|’s)?")
_LABEL_AFTER = re.compile(r"(?:'s|’s)?[ ][a-z]+(?:[ ][a-z]+)?[ \t]*:")
_BODY_TAIL = re.compile(r"[ \t]+(?:GMC|NMC|HCPC|GPhC|IMC|NMBI|PSI|GDC|GOC|PIN)$")
_BENEFIT_WORDS = frozenset(
    "for social security or statutory sick pay maternity allowance employment and support benefit "
    "benefits universal credit insurance national".split()
)
_SAINT_PRODUCT = re.compile(
    r"St\.?[ ][A-Z][a-z]+(?:'s|’s)(?=[ ](?:electrolyte|solution|mix|mixture|wort|regime|regimen|formula|"
    r"fluid|drink|sachets?|oral|rehydration)\b)"
)
#: a role said in lower-case words, no one's name: "Seen by district nurse, RN" (a "Nurse" may be a surname)
_ROLE_WORDS = frozenset(
    "district practice staff community charge specialist school nurse nurses visitor health midwife "
    "pharmacist therapist carer carers".split()
)
_PROCESS = re.compile(r"[a-z]+(?:esis|iasis|itis|ectomy|otomy|ostomy|plasty|uria|aemia|emia)")


def trim_uk_forms(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` less the form labels, benefits, saints' products and process words, with names
    cut before a registration body (module docstring; a facility read from inside a word is
    :func:`~medenclave_deid.core.text.english_span_edges.trim_glued_starts`'s)."""
    out: list[PhiSpan] = []
    for s in spans:
        value = text[s.start : s.end]
        label = _FORM_LABEL.fullmatch(value) and _LABEL_AFTER.match(text, s.end)
        role = value.islower() and all(w in _ROLE_WORDS for w in value.split())
        if s.category == "name" and (label or role or _PROCESS.fullmatch(value)):
            continue
        if s.category == "workplace" and all(w in _BENEFIT_WORDS for w in value.lower().split()):
            continue
        if s.category == "hospital" and _SAINT_PRODUCT.match(text, s.start):
            continue
        if s.category == "name" and (tail := _BODY_TAIL.search(value)):
            s = PhiSpan(s.start, s.start + tail.start(), s.category)
        out.append(s)
    return out


_ROLE = (
    r"(?:Stoma[ ]CNS|CNS|RGN|RN|RMN|HV|DN|SCPHN|NP|ANP|HCA|SN|Community[ ](?:Staff[ ])?Nurse|"
    r"District[ ]Nurse|Health[ ]Visitor|Practice[ ]Nurse|Midwife|Pharmacist)"
)
#: a lower-case name before its role at a sign-off: "Next visit 2/3.  gurpreet, Stoma CNS  bleep 4875"
_LOWER_SIGNOFF = re.compile(
    rf"(?:^|(?<=[.;][ ])|(?<=[.;][ ]{{2}})|(?<=[ ]{{2}}))[ \t]*(?P<n>[a-z][a-z'’-]{{2,}})"
    rf"(?:,[ ]*|[ ]+){_ROLE}\b"
    r"(?=[^\n]{0,30}?\b(?:bleep|ext|tel|pager|mob(?:ile)?)\b|[ \t]*$|[ ][a-z]+[ ][a-z]+[ \t]+bleep)",
    re.M,
)
#: ... or after a word that introduces a person: "Follow-up with kirra, ANP in 2 weeks", "Signed: kirra DN"
_LOWER_WITH = re.compile(
    rf"\b(?i:with|by|from|contact|see|ask[ ]for|per|signed[ \t]*:|author[ \t]*:)[ \t]*"
    rf"(?P<n>[a-z][a-z'’-]{{2,}})(?:,[ ]*|[ ]+|[ ]?\()(?-i:{_ROLE})\b"
)
#: a role's label and a lower-case name or two capitals: "Stoma CNS: amanda", "GP: MS",
#: "Care coordinator: rajinder"
_ROLE_LABEL = re.compile(
    rf"\b(?:{_ROLE}|GP|(?:[A-Z][a-z]+[ ])?(?i:key[ ]?worker|named[ ]nurse|care[ ]co-?ordinator|"
    r"social[ ]worker|link[ ]worker|case[ ]manager))[ \t]*:[ \t]*(?P<n>[a-z][a-z'’-]{2,}|[A-Z]{2})"
    r"(?=[ \t]*(?:$|[,;(]|[ ]{2}))",
    re.M,
)
#: initials closing a sentence of what was done: "Safety-netting discussed with patient on 2 Mar 2025 by LF."
_DONE_BY = re.compile(
    r"\b(?P<verb>discussed|explained|reviewed|seen|agreed|documented|given|checked|witnessed|completed|"
    r"signed|taken|counselled|advised|issued|recorded|verified|confirmed|provided)\b[^\n.]{0,70}?[ ]by[ ]"
    r"(?P<n>[A-Z]{2,3})\.(?=[ \t]*$)",
    re.M,
)
#: services and roles, not initials: "reviewed by GP.", "seen by OT."
_SERVICES = frozenset("GP OT PT SLT MDT ENT ED AE DN HV CNS RN HCA SHO SPR NP ANP PA MO".split())
#: tests that confirm or show, though they discuss nothing: "confirmed by CT."
_TESTS = frozenset("CT MRI ECG EEG USS IV PET CXR ABG FBC LFT".split())
_HUMAN_ACTS = frozenset("discussed explained agreed witnessed signed counselled advised".split())


def find_uk_staff(text: str, vocabulary: TextVocabulary) -> list[PhiSpan]:
    """Lower-case names at a role's sign-off or label, and a sentence's closing initials."""
    out = []
    for rx in (_LOWER_SIGNOFF, _LOWER_WITH, _ROLE_LABEL):
        for m in rx.finditer(text):
            word = m["n"]
            named = word.isupper() or vocabulary.is_name(word) or not vocabulary.is_common(word)
            if named and word.lower() not in vocabulary.clinical:
                out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    for m in _DONE_BY.finditer(text):
        if m["n"] not in _SERVICES and (m["n"] not in _TESTS or m["verb"] in _HUMAN_ACTS):
            out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out
