"""Forms of person names the word-by-word English name rules miss.

* **Vietnamese spellings**: a capitalised word with a letter only Vietnamese writes (``ạ ặ ồ ế
  ư ơ đ``: ``Trịnh``, ``Đoàn``, ``Hương``) is a name in an English note, and so are the
  capitalised words joined to it (``Mai Trịnh``, ``ĐOÀN, Hương``);
* **lower-case dictation**: speech recognition writes ``this is doctor ferreira-lund dictating``,
  ``copy to doctor van der zee period``, ``a clinic note on lena moss comma``;
* **surname particles**: a name span followed by ``de la``, ``da``, ``bin``, ``van der``, ``Ó`` and
  a capitalised word takes the rest of the surname (``Inés de la Fuente``, ``Omar bin Talal``);
* **initials in handoff headers**: ``From: K. Vale  To: R. Osei`` and ``Spoke w/ Dara from …``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_words import CLINICAL_HEADS, CREDENTIAL_WORDS, NEVER, TITLES
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = [
    "ABBREVIATIONS",
    "drop_clinical_names",
    "drop_lone_titles",
    "extend_given_names",
    "extend_particles",
    "find_name_forms",
    "listed_word",
]

#: letters only Vietnamese writes among the Latin scripts: ă đ ơ ư ĩ ũ and the Latin Extended
#: Additional vowels with a dot below, a hook above or a stacked mark
_VIET = "ăĂđĐơƠưƯĩĨũŨ\u1ea0-\u1ef9"
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ỹĐ][\wÀ-ỹ'’-]*"
_VIET_WORD = re.compile(
    rf"(?<![\w-])[A-ZÀ-ÖØ-ÞĐƠƯ\u1ea0-\u1ef8][\w'’-]*[{_VIET}][\w'’-]*(?![\w-])"
    rf"|(?<![\w-])[{_VIET}][\w'’-]*(?![\w-])"
)
_JOIN_AFTER = re.compile(rf"(?:,[ \t]*|[ \t]+)(?P<w>{_CAP})")
_JOIN_BEFORE = re.compile(rf"(?P<w>{_CAP})(?:,[ \t]*|[ \t]+)$")
_LOWER = r"[a-zà-ÿā-ỹ][a-zà-ÿā-ỹ'’-]*"
_PARTICLE_L = r"(?:de|da|di|du|del|della|van|von|der|den|la|le|bin|ibn|al|el|st\.|saint|ó|o'|mac|mc)"
_DICTATION_WORDS = r"(?:dictating|period|comma|speaking|here|and|for|who|new|colon|from|of|at|in|on)"
#: ``doctor st. pierre dictating``, ``copy to doctor van der zee period``
_DICTATED_DOCTOR = re.compile(
    rf"\b(?:doctor|dr)[ \t]+(?P<v>(?:{_PARTICLE_L}[ \t]+){{0,2}}{_LOWER}"
    rf"(?:[ \t]+(?!{_DICTATION_WORDS}\b){_LOWER})?)"
    rf"(?=[ \t]+(?:dictating|period|comma|speaking|here|and|for|who|new[ \t]+paragraph)\b"
    rf"|[ \t]*(?:[.,;\n]|$))"
)
#: a determiner before "doctor" makes it a noun ("your doctor before deciding")
_OWNER_BEFORE = re.compile(r"\b(?i:your|my|his|her|their|our|the|a|own|family)[ \t]+$")
_ANY_CASE = r"[A-Za-zÀ-ÖØ-öø-ỹ][\wÀ-ỹ'’-]*"
_DICTATED_PATIENT = re.compile(
    rf"\b(?:note|letter|summary|report|consult(?:ation)?)[ \t]+(?:on|for|regarding|about)[ \t]+"
    rf"(?P<v>{_ANY_CASE}[ \t]+(?:{_PARTICLE_L}[ \t]+)?{_ANY_CASE})(?=[ \t]+(?:comma|period|date|"
    rf"medical|mrn|dob|birth)\b|[ \t]*[.,\n])"
)
#: a surname's particles in any case (``de la``, ``VAN DER``, ``St.``, ``Mac``) and the word
#: after them, or a particle joined by a hyphen (``al-Rashid``, ``El-Amin``)
_PARTICLE_WORDS = (
    r"de|da|di|du|del|della|dos|das|los|las|van|von|der|den|ter|ten|la|le|bin|ibn|binti|bint|al|el|"
    r"st\.|saint|ó|ní|mac|ua"
)
#: particles written only in lower case between a given name and a surname (``ben``, ``bat``,
#: ``ould``, ``ap``): words of English text when capitalised (``Ben``, ``AP view``)
_LOWER_ONLY = r"ben|bat|ould|ap"
_PARTICLES = re.compile(
    rf"(?:(?:[ \t]+(?:(?i:{_PARTICLE_WORDS})|{_LOWER_ONLY}))+[ \t]+(?P<w>[^\W\d_][\w'’-]+)"
    rf"|[ \t]+(?P<h>(?i:al|el|ibn|bin|abu|ben)-[^\W\d_][\w'’-]+))(?![\w'’-])"
)
#: ``referred by doctor Inés de la Fuente for``: a title, a given name, particles, a surname
_DOCTOR_PARTICLE = re.compile(
    rf"\b(?i:doctor|dr\.?)[ \t]+(?P<v>{_CAP}(?:[ \t]+(?:de|da|di|du|del|della|dos|das|van|von|"
    rf"der|den|ter|la|le|bin|ibn|binti|bint|al|el|Van|Von|De|Da|Del|Della|Ó|Ní|Mac|Ua))+"
    rf"[ \t]+{_CAP})"
)
#: a handoff or census list item: ``3) OKAFOR, Dara  rm 412  MRN …``
_LIST_PATIENT = re.compile(
    r"(?m:^[ \t]*\d{1,2}[).][ \t]+)(?P<v>[A-ZÀ-ÞĐ][A-ZÀ-ÞĐƠƯ\u1ea0-\u1ef8'’-]+"
    r"(?:[ -][A-ZÀ-ÞĐ][A-ZÀ-ÞĐƠƯ\u1ea0-\u1ef8'’-]+)?,[ \t]*[A-ZÀ-ÞĐ][\w'’-]+)"
    r"(?=[ \t]+(?:rm|room|bed|MRN|DOB|age|\d{1,3}[ \t]*(?:yo|y/o|y|M|F)\b))"
)
#: a label-less header line: ``ODUYA, KEMI  DOB 04/22/1931``
_CAPS_HEADER = re.compile(
    r"(?m:^[ \t]*)(?P<v>[A-ZÀ-ÞĐ][A-ZÀ-ÞĐƠƯ\u1ea0-\u1ef8'’-]+(?:[ -][A-ZÀ-ÞĐ][A-ZÀ-ÞĐƠƯ\u1ea0-\u1ef8'’-]+)?,"
    r"[ \t]*[A-ZÀ-ÞĐ][A-ZÀ-ÞĐƠƯ\u1ea0-\u1ef8'’-]+(?:[ ][A-Z]\.?)?)"
    r"(?=[ \t]+(?:DOB|D\.O\.B\.?|MRN|Age|Sex|\(\d)|[ \t]{2,}\d)"
)
#: ``Dara by speakerphone``: someone who joined a meeting by telephone
_BY_PHONE = re.compile(
    rf"(?<![\w-])(?P<v>{_CAP})[ \t]+(?:by|via|on|over)[ \t]+(?:speaker[ -]?phone|phone|telephone|"
    rf"video|zoom|facetime)\b"
)
#: what is done by phone, not who joined by phone (``Consent by phone``, ``Interpretation via video``)
_BY_PHONE_ACTS = frozenset(
    "consent contact interview interpretation interpreter counseling counselling education teaching refill "
    "report results update visit session consult consultation assessment screening order orders "
    "notification verification appointment intake triage follow-up followup".split()
)
#: ``From: K. Vale  To: R. Osei``
_INITIAL_NAME = re.compile(
    r"\b(?:From|To|By|Cc|Handoff(?:[ \t]+to)?|Covering|Giver|Receiver)"
    r"[ \t]*:[ \t]*(?P<v>[A-Z]\.[ \t]*[A-Z][a-z][\w'’-]+)"
)
#: ``Spoke w/ Dara from Life Flight``, ``spoke with Dara at``
_SPOKE_WITH = re.compile(
    rf"(?i:\b(?:spoke|talked|discussed|met|called|updated|phoned)[ \t]+"
    rf"(?:w/|with|to)[ \t]+)(?!(?i:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse)\b)"
    rf"(?P<v>{_CAP})(?=[ \t]+(?:from|at|of|in|on|"
    rf"re|regarding|about|who)\b|[ \t]*[,.(])"
)


def listed_word(word: str) -> bool:
    """A heading, title, credential or clinical word, in any case."""
    low = word.lower().rstrip(".")
    return (
        low in TITLES
        or low in NEVER
        or low in CREDENTIAL_WORDS
        or low in CLINICAL_HEADS
        or low in CLINICAL_WORDS_EN
    )


def _plain_word(word: str) -> bool:
    return listed_word(word) or (word.isupper() and len(word) <= 3 and word.isascii())


def find_name_forms(text: str) -> list[PhiSpan]:
    """Candidate name spans of the forms above (overlaps not yet resolved).

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _VIET_WORD.finditer(text):
        start, end = m.start(), m.end()
        after = _JOIN_AFTER.match(text, end)
        if after and not _plain_word(after.group("w")):
            end = after.end()
        before = _JOIN_BEFORE.search(text, max(0, start - 40), start)
        # a comma-written surname ("ĐOÀN, Hương") or a one-syllable given name ("Chi Trịnh"), not
        # a role word before the name ("Visitor Hương")
        if (
            before
            and not _plain_word(before.group("w"))
            and (
                "," in before.group()
                or _VIET_WORD.fullmatch(before.group("w"))
                or len(before.group("w")) <= 4
            )
        ):
            start = before.start()
        out.append(PhiSpan(start, end, "name"))
    for rx in (_DICTATED_DOCTOR, _DICTATED_PATIENT):
        for m in rx.finditer(text):
            if rx is _DICTATED_DOCTOR and _OWNER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "ask your doctor before deciding": a doctor, not a title
            if not any(_plain_word(w) for w in m.group("v").split() if len(w) > 3):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _CAPS_HEADER.finditer(text):
        if not all(w in ABBREVIATIONS for w in re.split(r"[ ,]+", m.group("v")) if w):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for rx in (_INITIAL_NAME, _SPOKE_WITH, _DOCTOR_PARTICLE, _LIST_PATIENT, _BY_PHONE):
        for m in rx.finditer(text):
            words = re.split(r"[ \t,]+", m.group("v"))
            first = words[0]
            if rx is _BY_PHONE and first.lower() in _BY_PHONE_ACTS:
                continue
            if not _plain_word(words[-1]) and (len(first) <= 2 or first.isupper() or not _plain_word(first)):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


_PARTICLE_BEFORE = re.compile(
    r"(?i:\b(?:de|da|di|du|del|della|dos|das|los|las|van|von|der|den|ter|la|le|bin|ibn|"
    r"binti|bint|al|el|ó|ní|mac|ua))[ \t]+$"
)
_PARTICLE_ONLY = re.compile(rf"(?i:{_PARTICLE_WORDS})(?:[ \t]+(?i:{_PARTICLE_WORDS}))*")
_PARTICLE_START = re.compile(rf"(?:(?i:{_PARTICLE_WORDS})[ \t]+)+[^\W\d_]")
_NAME_PARTICLES_BEFORE = re.compile(
    rf"(?<![\w.'’-])(?P<w>[A-Z][\w'’-]+)(?:[ \t]+(?i:{_PARTICLE_WORDS}))+[ \t]+$"
)
#: lower-case particles before a found surname, and an initial before them (``Officer ben |
#: David``, ``O. ben | David``): the title or label before them stays
_LOWER_PARTICLES_BEFORE = re.compile(
    rf"(?<![\w.'’-])(?:(?P<i>[A-Z]\.[ \t]+)?(?:(?:{_LOWER_ONLY}|bin|bint|binti|ibn|al|el|abu)[ \t]+)+"
    rf"|[A-Z]\.[ \t]+(?:(?i:{_PARTICLE_WORDS})[ \t]+)+)$"
)
_GIVEN_BEFORE = re.compile(r"(?<![\w.'’-])(?P<w>[A-Z][a-z][\w'’-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[^\W\d_][\w'’-]+)(?![\w'’-])")
_OF_PLACE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ỹ][\w'’-]+[ \t]+of[ \t]+")


def extend_particles(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Name spans stretched over a surname's particles and the word after them; a facility span
    that took the surname before its ``of`` (``Omar bin Talal of Alder Clinic``) gives it back.

    Args:
        text: the note.
        spans: resolved spans.
    """
    out: list[PhiSpan] = []
    for span in spans:
        if span.category == "hospital" and _PARTICLE_BEFORE.search(text, max(0, span.start - 8), span.start):
            of = _OF_PLACE.match(text, span.start)
            if of and of.end() < span.end:
                out.append(PhiSpan(span.start, span.start + len(of.group().split()[0]), "name"))
                span = PhiSpan(of.end(), span.end, span.category)
        m = _PARTICLES.match(text, span.end) if span.category == "name" else None
        if m and not listed_word(m.group("w") or m.group("h").split("-", 1)[1]):
            span = PhiSpan(span.start, m.end(), span.category)
        if span.category == "name" and not _PARTICLE_START.match(text, span.start):
            # the given name and the particles before a found surname ("Ines de la | Cruz")
            before = _NAME_PARTICLES_BEFORE.search(text, max(0, span.start - 40), span.start)
            if before and not listed_word(before.group("w")):
                span = PhiSpan(before.start("w"), span.end, span.category)
            elif low := _LOWER_PARTICLES_BEFORE.search(text, max(0, span.start - 24), span.start):
                span = PhiSpan(low.start(), span.end, span.category)
        if span.category == "name" and _PARTICLE_START.match(text, span.start):
            # a surname that opens with its particles ("Dos Santos") takes the given name before it
            before = _GIVEN_BEFORE.search(text, max(0, span.start - 24), span.start)
            if (
                before
                and not _plain_word(before.group("w"))
                and not _PARTICLE_ONLY.fullmatch(before.group("w"))
            ):
                span = PhiSpan(before.start("w"), span.end, span.category)
        if span.category == "name" and _PARTICLE_ONLY.fullmatch(text[span.start : span.end]):
            # a name span that is only the particles ("VON" of "Baby VON AHN") takes the surname
            after = _WORD_AFTER.match(text, span.end)
            if after and not listed_word(after.group("w")):  # "AHN" after "VON" is no abbreviation
                span = PhiSpan(span.start, after.end(), span.category)
        out.append(span)
    return out


#: clinical abbreviations written in capitals that a "SURNAME, GIVEN" reading can take for a
#: name (``Hx MI, CABG``): the diagnoses, procedures, tests and orders every service writes
ABBREVIATIONS = frozenset(
    """
MI CABG CVA HTN DM DM2 T2DM T1DM IDDM NIDDM CAD CHF HFREF HFPEF COPD CKD ESRD AF AFIB PE DVT GERD OSA
BPH UTI TIA PVD PAD HLD HL OA RA SLE HIV HCV HBV TB PNA CAP HCAP AKI ARF ACS NSTEMI STEMI UA ICD
PPM AICD SAH ICH SDH TBI SBO GIB UGIB LGIB DKA HHS PTSD MDD GAD ADHD BPD OCD CP SOB DOE PND LBP
BMI HR BP RR EF LVEF CT CTA MRI MRA EKG ECG CXR KUB EEG EMG TTE TEE PCI PTCA TAVR TAVI CEA EGD
ERCP TURP TKA THA TKR THR ORIF LAP CHOLE APPY DNR DNI POLST NPO PRN BID TID QID QD QHS PO IV IM
SC SQ ICU CCU MICU SICU PACU ED ER OR PT OT SLP ST RT AAA ASD VSD PFO MVP MR AS AR TR PDA HOCM
NASH NAFLD IBS IBD UC CD CLL CML AML ALL NHL HL MM MGUS ITP TTP HIT DIC CMV EBV HSV VZV MRSA VRE
""".split()
)
#: titles no one is named (Nurse, Miss and Doctor are surnames too)
_BARE_TITLES = frozenset("dr mr mrs ms mx prof rev sgt capt".split())
_HISTORY_WORDS = frozenset("hx h/o pmh psh s/p sp dx ddx".split())
#: a credential written after a name and a comma: ``, PA-C``, ``, NP-C``, ``, FNP-BC``
_TRAILING_CREDENTIAL = re.compile(r"(?:,[ \t]*[A-Za-z]{2,6}(?:-[A-Za-z]{1,2})?\.?)+$")
#: ``Hospital Day 3``, ``post-op day 2``: a day count, not a surname
_DAY_COUNT = re.compile(r"(?i:day)[ \t]*#?[ \t]*\d")
_COMPASS = re.compile(r"(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)")
_WING_BEFORE = re.compile(r"(?:\b(?:Unit|Wing|Tower|Floor|Pod|Ward|Bldg|Building)[ \t]+)?[\dA-Z]{1,3}[ \t]+$")
_WEEKDAY_DATE = re.compile(r"(?i:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?")
_DATE_NEXT = re.compile(r"\.?,?[ \t]+\d{1,2}[/:-]\d")
_NEXT_WORDS = re.compile(r"[ \t]+(?P<w>[a-z]{4,})(?:[ \t]+(?P<x>[a-z]{4,}))?")


def drop_clinical_names(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Without the lower-case "names" that begin a clinical term (``Dx: major depressive
    disorder`` after a label): a lower-case word before a clinical word (one of the next two)
    is that term's; nor ``Day`` before a number (``Hospital Day 3``), nor capitals that are all
    clinical abbreviations (``Hx MI, CABG``); a credential after the name (``, PA-C``) stays.

    Args:
        text: the note.
        spans: resolved spans.
    """
    out: list[PhiSpan] = []
    for span in spans:
        value = text[span.start : span.end]
        if span.category == "name" and value.lower() == "day" and _DAY_COUNT.match(text, span.start):
            continue
        if (
            span.category == "name"
            and _COMPASS.fullmatch(value)
            and _WING_BEFORE.search(text, max(0, span.start - 24), span.start)
        ):
            continue  # "Unit 5 North", "Tower B West": a wing, not a surname
        if span.category == "name" and _WEEKDAY_DATE.fullmatch(value) and _DATE_NEXT.match(text, span.end):
            continue  # "Tues 4/8": a weekday before its date
        if (
            span.category == "name"
            and re.match(r"[A-Z]\.[ \t]", value)
            and text[span.start - 1 : span.start] == "/"
        ):
            continue  # "CRP 144 mg/L. Comorbidities": a unit's letter ending a sentence, no initial
        if span.category == "name":
            words = [w for w in re.split(r"[ \t,;]+", value) if w and w.lower() not in _HISTORY_WORDS]
            if words and all(w in ABBREVIATIONS for w in words):
                continue  # "Hx MI, CABG": diagnoses and procedures, not "SURNAME, GIVEN"
            cred = _TRAILING_CREDENTIAL.search(value)
            if (
                cred
                and cred.start() > 0
                and all(
                    c.strip(" \t.").split("-")[0].lower() in CREDENTIAL_WORDS
                    for c in cred.group().split(",")[1:]
                )
            ):
                span = PhiSpan(span.start, span.start + cred.start(), span.category)
        if span.category == "name" and value.islower() and " " not in value:
            after = _NEXT_WORDS.match(text, span.end)
            if after and any(
                w in CLINICAL_WORDS_EN or w in CLINICAL_HEADS for w in after.group("w", "x") if w
            ):
                continue
        out.append(span)
    return out


def _not_a_title(value: str) -> bool:
    return value.lower().rstrip(".") not in _BARE_TITLES


def drop_lone_titles(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Without the name spans that are only an abbreviated title (``Dr``, ``Mr.``): what is left
    of a title when a rule found its surname on its own ("Referred by: Dr. | Church").

    Args:
        text: the note.
        spans: resolved spans.
    """
    return [s for s in spans if s.category != "name" or _not_a_title(text[s.start : s.end])]


_SURNAME_AFTER = re.compile(
    r"[ \t]+(?P<w>[A-Z][a-z][\w'’-]+)(?=[ \t]*(?:$|[|;]|[ \t]{2})"
    # or before the credentials that sign it ("Ada Friend, RD, CDCES"; "Ada Friend, OTR/L") or a
    # lower-case word in brackets ("volunteer Ada Friend (badge 4410)")
    r"|,[ \t]*(?:[A-Z]{2,6}(?:/[A-Z])?|PA-C|PharmD|PsyD|PhD)(?=[ \t]*(?:$|[,;(]|[ \t]{2}))"
    r"|[ \t]+\([a-z])",
    re.M,
)
_WORD_BEFORE = re.compile(r"(?<![\w.-])(?P<w>[A-Z][a-z]+)[ \t]+$")
#: a preposition or place word before "Given Town" makes it a place ("moved to Grace Harbor")
_PLACE_LEAD = re.compile(
    r"(?i)\b(?:in|at|from|to|near|of|via|into|toward|towards|outside|around|"
    r"city|town|county|village|lake|mount|fort|port|saint|st\.?)[ \t]+$"
)


def extend_given_names(text: str, spans: list[PhiSpan], is_given: Callable[[str], bool]) -> list[PhiSpan]:
    """A one-word name span takes the known given name written right before it (``Visitor Peace
    Okafor``: ``peace`` is an everyday word, but a given name before a surname), and so does a
    one-word town no place word leads to (``Dusty Harlan``: a person, not Harlan, Kentucky); a known given
    name alone takes the capitalised word that closes its field after it (``Ada Friend   Time:``).

    Args:
        text: the note.
        spans: resolved spans.
        is_given: whether a lower-case word is a known given name.
    """
    out: list[PhiSpan] = []
    for span in spans:
        one_word = " " not in text[span.start : span.end]
        if one_word and span.category == "geo":
            m = _WORD_BEFORE.search(text, max(0, span.start - 24), span.start)
            if (
                m
                and is_given(m.group("w").lower())
                and not _plain_word(m.group("w"))
                and not _PLACE_LEAD.search(text, max(0, m.start() - 12), m.start())
                and not any(s.end > m.start() and s.start < m.end() for s in spans)
            ):
                span = PhiSpan(m.start(), span.end, "name")
        elif span.category == "name" and one_word:
            m = _WORD_BEFORE.search(text, max(0, span.start - 24), span.start)
            if (
                m
                and is_given(m.group("w").lower())
                and not _plain_word(m.group("w"))
                and not any(s.end > m.start() and s.start < m.end() for s in spans)
            ):
                span = PhiSpan(m.start(), span.end, span.category)
            else:
                # and a known given name takes the capitalised word closing its field after it
                # ("Witness: Ada Friend   Time: …"), whatever else that word means
                after = _SURNAME_AFTER.match(text, span.end)
                if (
                    after
                    and is_given(text[span.start : span.end].lower())
                    and not _plain_word(after.group("w"))
                    and not any(s.start < after.end() and s.end > after.start("w") for s in spans)
                ):
                    span = PhiSpan(span.start, after.end("w"), span.category)
        out.append(span)
    return out
