"""Staff of procedure records, reports and logs that the finders before leave: a name right before
a credential in a slot, initials after an act's "by", a typist's "by f.white", and a found full
name said again in lower case.

* **a name before its credential in a slot**: ``Adequacy assessed by dale porter, HTL(ASCP)``,
  ``Airway: glen sharp FRCPC``, ``- Pharmacist | pearl segersun-barrett, PharmD, BCACP``: after
  a line's start, a label's colon, a pipe, a dash, a slash, a semicolon or "by", one to three
  name words (any case, initials, hyphens and apostrophes allowed) right before a credential of a
  clinician, a technologist, a therapist or a counsellor (``OTR/L``, ``CHT``, ``CT(ASCP)``,
  ``CGC``, ``FRCPC``, ``RGN``, ``NP-C``, ``MBChB`` ...). A word of a role, a service or ordering
  ("charge", "ortho", "with") or a clinical word is no name, so "f/u with PT" names no one.
* **initials after an act's "by"**: ``Motor threshold 62% determined by AC on ...``, ``IV placed
  by CC at 13:24``, ``Orthosis fabricated by KB.``, ``phoned to Dr. Ames at 14:18 by GB``: two or
  three capitals after a past participle (or a clock time) and "by", before the clause's end, a
  time's "at"/"on" or a bracket; no credential, no clinical acronym ("confirmed by CT", "seen by
  PT"). Initials before a long credential in a slot go too (``Screened by: TB, HTL(ASCP)``).
* **a typist's log-in**: ``/ typed by f.white``, ``transcribed by b.dillon``: one initial, a dot
  and a surname after an act's "by" (the surname may be an everyday word); no clinical word.
* **a found full name in lower case**: ``Therapist: Grace Cook-Mcgrath`` ... ``fabricated by
  grace cook-mcgrath``: the same two or three words anywhere, in any case.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_credential_chains import NOT_NAME_WORDS
from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS
from medenclave_deid.core.text.prefixed_matches import bounded_matches
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_credentialed_staff"]

#: credentials written after a name, as they are written (case matters: "do", "pa", "ot" are words)
_CRED = (
    r"(?:MD|DO|MBBS|MBChB|MB[ ]?BCh|MB[ ]?ChB|BM[ ]?BCh|FRCPC|FRCP|FRCS|FRACP|FRACS|FRCPath|MRCP|MRCS|"
    r"MRCGP|FRCA|FANZCA|FCAP|FACMG|DABCC|FACC|FACP|FACS|PhD|RN|RGN|RMN|BSN|MSN|LPN|LVN|NP|NP-C|FNP|"
    r"FNP-BC|FNP-C|WHNP-BC|ANP|ANP-BC|AGNP|AGACNP|APRN|CNM|CRNA|SRNA|CNS|CEN|CCRN|PA|PA-C|PharmD|RPh|"
    r"MPharm|BCPS|CGC|LCGC|MGC|OTR/L|OTR|OTD|COTA|COTA/L|CHT|DPT|MSPT|PTA|CCC-SLP|SLP|RDN|LCSW|LICSW|"
    r"LMSW|MSW|CADC|CPRS|CHW|RCVT|RCS|RDCS|RDMS|RVT|RPSGT|CNMT|RRT|RT\(R\)(?:\(CT\))?|CPhT|EMT-P|CMA|"
    r"CNA|AA-C|CMRA|CCMA|CNIM|R\.EEG[ ]T\.|REEGT|[A-Z]{1,4}\(ASCP\)(?:CM)?|ScM|MPAS|MMSc)"
)
_WORD = r"(?:[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]+)*|[A-Za-z]\.(?:[A-Za-z]\.)?)"
_SLOT_NAME = re.compile(
    r"(?:^|(?<=[:|/;\t])|(?<=[ \t][-–—])|(?<=\bby))[ \t]*"
    # a degree ("MS", "MPH": also a disease's or a word's letters) only before a credential
    rf"(?P<v>{_WORD}(?:[ ]{_WORD}){{0,2}}),?[ \t]+(?:(?:MS|MA|MSc|MPH|MHS|MMS|BSc|MBA|MEd),?[ ]+)?"
    rf"(?P<c>{_CRED})(?=$|[\s,;|)(]|\.(?:\s|$))",
    re.M,
)
_ACT_INITIALS = re.compile(
    r"(?i:\b(?:placed|determined|fabricated|performed|done|obtained|inserted|removed|drawn|collected|"
    r"administered|given|trained|taught|counsell?ed|fitted|measured|taken|witnessed|supervised|"
    r"screened|checked|verified|reviewed|signed|prepared|dispensed|issued|distributed|completed|"
    r"applied|made|entered|recorded|documented|assessed|set[ \t]+up|called|paged|started|hung|"
    r"programmed|delivered|calibrated|mapped)[ \t]+by|"
    # a call's or a step's time, then who ("phoned to Dr. Ames at 14:18 by GB")
    r"\b(?P<clock>(?:at[ \t]+)?[0-2]?\d:[0-5]\d)[ \t]+by)[ \t]+(?P<v>[A-Z]{2,3})"
    r"(?=[ \t]*(?:$|[,;)(]|\.(?:[ \t]|$)|[ \t]+(?:at|on)\b))",
    re.M,
)
_TYPIST = re.compile(
    r"(?i:\b(?:typed|transcribed|dictated|prepared|entered|documented|signed|recorded|edited|keyed)"
    r"[ \t]+by)[ \t]*:?[ \t]*(?P<v>[a-z]\.[a-z][a-z'-]{2,})(?![\w.@])"
)
#: words that open a slot without naming anyone ("Dx: chest pain MD" is no shape this reads)
_NOT_NAME = (
    NOT_NAME_WORDS
    | SERVICE_WORDS
    | frozenset(
        """
by per with and or the a an of for to from at in on is was will be see seen call called team lead
leader unit day night coordinator nurse tech technician technologist therapist pharmacist
physician doctor surgeon resident fellow attending consultant registrar airway recorder primary
procedure supervising performing ordering referring prescribing treating screening signed
signature reviewed verified reported dictated typed director laboratory lab clinic program site
signed-out electronically assessed adequacy cc copy dear mother father wife husband son daughter
family sister brother partner friend parent parents
""".split()
    )
)

#: services, modalities, teams and credentials that do an act without being anyone's initials
_NOT_INITIALS = frozenset(
    """
ct mr mri us xr pet cxr eeg ekg ecg tee tte emg ncs abg ir gi pt ot st sw rt rn md np pa do ed er
or icu ccu nicu picu pacu ems ems als bls ent obs ob gyn id ptl dme cm mft ems hh pcp lab vna usg
fna ebus eus ercp mdt ctr tms ect iv po im sq bcbs cms va hhs fda who cdc cap acr aha who tbd na
""".split()
)


def _name_words(words: list[str], vocabulary: TextVocabulary) -> bool:
    lowers = [w.lower().strip(".'’") for w in words]
    if any(w in _NOT_NAME or w in CREDENTIAL_WORDS for w in lowers):
        return False
    if any(
        len(w) > 2 and (w in vocabulary.clinical or is_clinical_word(w)) and not vocabulary.is_name(w)
        for w in lowers
    ):
        return False
    # an everyday word that is no name is no one's ("Wound: healing well NP to review")
    if any(vocabulary.is_common(w) and not vocabulary.is_name(w) for w in lowers if len(w) > 1):
        return False
    # one word alone must be a name the lists know ("Airway MD" is no one)
    return len(words) > 1 or vocabulary.is_name(lowers[0])


def find_credentialed_staff(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """Candidate name spans of the shapes of the module docstring.

    Args:
        text: an English note.
        spans: the resolved spans so far (the found names said again in lower case).
        vocabulary: the word knowledge.
    """
    out: list[PhiSpan] = []
    for m in _SLOT_NAME.finditer(text):
        value = m.group("v")
        # initials before a long credential ("Screened by: TB, HTL(ASCP)"), no acronym before "MD"
        initials = re.fullmatch(r"[A-Z]{2,3}", value) and len(m.group("c")) >= 4
        if (initials and value.lower() not in _NOT_INITIALS) or _name_words(value.split(" "), vocabulary):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _ACT_INITIALS.finditer(text):
        key = m.group("v").lower()
        # a unit is never who did it at a clock time ("at 17:09 by MM")
        clinical = key in vocabulary.clinical and not m.group("clock")
        if key not in _NOT_INITIALS and key not in CREDENTIAL_WORDS and not clinical:
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _TYPIST.finditer(text):
        word = m.group("v")[2:]
        if word not in vocabulary.clinical and not is_clinical_word(word):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    out += _lower_echoes(text, spans)
    return out


#: the edges of a name said again (compiled once; the per-note pattern keeps only the words)
_ECHO_BEFORE = re.compile(r"(?<![\w'’.-])", re.I)
_ECHO_AFTER = re.compile(r"(?![\w'’-])", re.I)


def _lower_echoes(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """A found name of two or three words said again in another case."""
    values: set[str] = set()
    for s in spans:
        words = text[s.start : s.end].replace(",", " ").split()
        if s.category != "name" or not 2 <= len(words) <= 3:
            continue
        if "," in text[s.start : s.end]:  # "Mangal, Amber" ... "amber mangal"
            words = words[1:] + words[:1]
        values.add(" ".join(words))
        if len(words) == 3 and re.fullmatch(r"[A-Za-z]\.?", words[1]):  # "Amber F. Mangal" ... "amber mangal"
            values.add(f"{words[0]} {words[2]}")
    out: list[PhiSpan] = []
    lower = text.lower()
    for value in values:
        if len(value) < 7 or any(len(w.strip(".")) < 2 for w in value.split()):
            continue
        if value.isascii() and any(w.lower() not in lower for w in value.split()):
            continue  # a word the note does not hold: no echo (and no pattern to compile)
        body = re.compile(r"[ \t]+".join(re.escape(w) for w in value.split()), re.I)
        out += [PhiSpan(a, b, "name") for a, b in bounded_matches(body, text, _ECHO_BEFORE, _ECHO_AFTER)]
    return out
