"""Staff written as initials or a log-in in the slot of a role or an act, the way session logs,
treatment records and therapy notes sign each entry (TMS session records, hand therapy notes).

* **a role's slot**: ``Operator: TF, TMS-Tech``, ``... 3000p — tech TL``, ``TMS technician: CM
  BSc``, ``Supervising MD on site: Y.N.``, ``Technician signature: E.B., MA``: a staff role
  (operator, tech, therapist, coordinator, psychiatrist, physician, MD, aide, student, clinician,
  provider, signature, a British referral's GP or referrer ...) with one slot word after it
  ("MD on site"), a colon or a dash (none
  needed after a technician's role), then two or three capitals, dotted or not, before the line's
  end, a bracket, a comma, a date's "on", or a credential (``BSc``, ``OTR/L``).
* **initials before a bracketed credential** anywhere (``by SL (MA)``, ``KT (RN)``):
  :func:`find_credited_initials`, with a shorter stop list (below).
* **a medical assistant's initials**: after ``MA``/``CMA`` with no colon, before the line's end or
  a past participle, maybe in brackets (``Irrigated by MA HJ``, ``MA KL irrigated``, ``by MA
  (JW)``), and right before an assistant's or a nurse's credential (``Irrigation: KL, CMA``, ``JT
  (MA) 1015``, ``CB/MA``).
* **an act's "by"**: ``Motor threshold determined by T.M. on 06/01/2024``, ``Orthosis fabricated
  by K.W.``, ``#1 ... 600p — by ZL``: initials after a past participle and "by", or after a "by"
  that opens an entry (after a dash, a pipe or the line's start).
* **a two-person check**: ``Bag labelled and checked MC/NT 1636``, ``verified: KR / MA at
  07:03``: two sets of initials joined by a slash after a check's act, before a clock time or the
  line's end; one of the two may spell an acronym (``checked SW/JP 1204``), not both (``checked
  BP/HR 0800`` stays).
* **a log-in**: ``Operator: y.winter``, ``Signed: e.murphy, BS``, ``determined by m.fox``: one
  initial, a dot and a surname-like word in the same slots.
* **the same initials again**: once found (``tech T.Q.``), dotted initials are that person
  wherever the note writes them again (``— T.Q.``); bare capitals (``AB``) only in an entry's
  slot again: after a dash, a pipe, "by", a check's word (``Verified JH``) or a line's start,
  before a pipe or the line's end.

Credentials, services and clinical acronyms (``RN``, ``CT``, ``PO``, ``ED``, ``GP``) are no one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_staff_marks_fuzz22 import NOT_INITIALS
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["NO_ONE", "echo_initials", "find_credited_initials", "find_role_initials"]

_ROLE = (
    r"(?:operator|tech|technician|technologist|therapist|coordinator|psychiatrist|physician|"
    r"md|doctor|nurse|rn|aide|assistant|student|clinician|provider|practitioner|treater|staff|"
    r"signature|sig|signed|co-?signed|co-?signer|cosign|supervisor|attending|consultant|registrar|"
    r"scribe|recorder|chaperone|ma|ot|initials?|inits|by|gp|referrer|referring[ \t]+gp|usual[ \t]+gp)"
)
_ACT = (
    r"(?:placed|determined|fabricated|performed|done|obtained|inserted|removed|drawn|collected|"
    r"administered|given|trained|taught|counsell?ed|fitted|measured|taken|witnessed|supervised|"
    r"screened|checked|verified|reviewed|signed|co-?signed|prepared|dispensed|issued|distributed|"
    r"completed|applied|made|entered|recorded|documented|assessed|set[ \t]+up|started|programmed|"
    r"delivered|calibrated|mapped|treated|seen|read|interpreted|approved|re-?mapped|re-?measured)"
)
_INITIALS = r"[A-Z]\.[ ]?[A-Z]\.(?:[A-Z]\.)?|[A-Z]\.[A-Z](?:\.[A-Z])?(?![\w.])|[A-Z]{2,3}(?!\w|\.\w)"
_HANDLE = r"[a-z]\.[a-z][a-z'-]{2,}\d{0,3}(?![\w.@])"
_CREDENTIAL_AFTER = (
    r"(?:BSc|BS|BA|MA|MS|MSc|RN|LPN|MD|DO|NP|PA-C|OTR/L|OTR|COTA|CHT|PT|DPT|PTA|OTS|CMA|MA-C|"
    r"CTMSC|TMS-Tech|RT|CNA|RGN|CNM|APRN|WHNP-BC|FNP-BC|MBBS|MRCPsych|FRANZCP)\b"
)
_END = rf"(?=[ \t]*(?:$|[,;:|)(/]|\.(?:[ \t]|$)|[ \t]{{2}}|[ \t]+(?:on|at|for)\b|[ \t]+{_CREDENTIAL_AFTER}))"
_ROLE_SLOT = re.compile(
    rf"(?i:\b{_ROLE}(?:[ \t]+(?:on[ \t]+site|on[ \t]+duty|initials|signature|name))?)"
    rf"[ \t]*(?:[:#=]|[-–—][ \t])[ \t]*(?P<v>{_INITIALS}|{_HANDLE}){_END}"
    # no colon after a technician's or a medical assistant's role ("3000p — tech TL", "MA KL irrigated")
    rf"|(?:(?i:\b(?:tech|technician|operator|scribe|therapist))|\b(?:MA|CMA|RMA))"
    rf"[ \t]+\(?(?P<w>{_INITIALS}|{_HANDLE})(?:{_END}|(?=[ \t]+[a-z]{{3,}}ed\b))",
    re.M,
)
_BY_SLOT = re.compile(
    rf"(?:(?i:\b{_ACT})[ \t]+by|(?:^|[—–|]|[ \t]-)[ \t]*(?i:by))[ \t]*:?[ \t]*"
    rf"(?P<v>{_INITIALS}|{_HANDLE})(?P<w>){_END}",
    re.M,
)
#: initials before an assistant's or a nurse's credential (``Irrigation: KL, CMA``, ``JT (MA) 1015``)
_BEFORE_CREDENTIAL = re.compile(
    r"(?<![\w./-])(?P<v>[A-Z]{2,3})(?:,[ \t]*|[ \t]*\(|/)(?:CMA|RMA|MA|CNA|LPN|LVN|RN|COA|COT|COMT)(?![\w/-])"
)
#: two people's initials checking together after the act, before a clock time or the line's end
#: ("Bag labelled and checked MC/NT 1636", "verified: KR / MA at 07:03")
_PAIR_CHECK = re.compile(
    r"(?i:\b(?:checked|verified|double[ \t-]?checked|co-?signed|witnessed|signed)(?:[ \t]+by)?)[ \t]*:?[ \t]*"
    rf"(?P<v>{_INITIALS})[ \t]*/[ \t]*(?P<w>{_INITIALS})"
    r"(?=[ \t]*(?:$|[,;(]|(?P<t>(?:at|@)?[ \t]*(?:[01]?\d|2[0-3]):?[0-5]\d\b)))",
    re.M,
)
#: a check's act that signs a line with the initials already found (``Tolerated well. Verified JH``)
_CHECKED = "|".join(
    rf"(?<=\b{w})" for w in ("verified", "Verified", "checked", "Checked", "initials:", "Initials:")
)
#: services, modalities, routes and teams that fill a slot without being anyone
NO_ONE = frozenset(
    """
ct mr mri us xr pet cxr eeg ekg ecg tee tte emg ncs abg ir gi pt ot st sw rt rn md np pa do ed er
or icu ccu nicu picu pacu ems als bls ent ob gyn id dme cm mdt tms ect iv po im sq sc sl pr ng og
gp hca pcp app cns anp slp ota pta ma cma cna pca pct hha va nhs am pm na no yes tbd unk pos neg
mg ml kg hz mt rmt mso tx rx dx hx fx sx ac hs bid tid qid prn dob lmp usa
""".split()
)


def _someone(value: str, vocabulary: TextVocabulary) -> bool:
    if "." in value and value[0].islower():  # a log-in: its surname is no clinical word
        word = value.split(".", 1)[1].rstrip("0123456789")
        return word not in vocabulary.clinical and not is_clinical_word(word)
    key = value.replace(".", "").replace(" ", "").lower()
    # dotted initials (``S.T.``, ``X.R.``) are someone's; bare capitals may be a service's
    return key not in CREDENTIAL_WORDS and (
        "." in value or (key not in NO_ONE and key.upper() not in NOT_INITIALS)
    )


def find_role_initials(text: str, vocabulary: TextVocabulary) -> list[PhiSpan]:
    """Candidate name spans of the shapes of the module docstring.

    Args:
        text: an English note.
        vocabulary: the word knowledge.
    """
    out: list[PhiSpan] = []
    for rx in (_ROLE_SLOT, _BY_SLOT, _BEFORE_CREDENTIAL):
        for m in rx.finditer(text):
            group = "v" if m.group("v") else "w"
            if _someone(m.group(group), vocabulary):
                out.append(PhiSpan(m.start(group), m.end(group), "name"))
    for m in _PAIR_CHECK.finditer(text):
        # the pair's shape says two people: one set may spell an acronym ("JP", "SR") but not both
        keys = [m[g].replace(".", "").replace(" ", "").lower() for g in ("v", "w")]
        acronyms = sum(k in NO_ONE or k.upper() in NOT_INITIALS or k in vocabulary.clinical for k in keys)
        if m["t"] is None and acronyms:
            continue  # "verified ID/DOB" ending its line: a clock time must follow an acronym
        if acronyms < 2 and not any(k in CREDENTIAL_WORDS or is_clinical_word(k) for k in keys):
            out += [PhiSpan(m.start(g), m.end(g), "name") for g in ("v", "w")]
    return out


def echo_initials(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The found initials written again (the module docstring).

    Args:
        text: an English note.
        spans: the names found so far.
    """
    found = {text[s.start : s.end] for s in spans if s.category == "name"}
    out: list[PhiSpan] = []
    for value in found:
        if re.fullmatch(r"[A-Z]\.[ ]?[A-Z]\.(?:[A-Z]\.)?", value):
            rx = rf"(?<![\w.])(?P<v>{re.escape(value)})"
        elif re.fullmatch(r"[A-Z]{2,3}", value) and value.lower() not in NO_ONE and value not in NOT_INITIALS:
            rx = rf"(?m)(?:(?<=[—–|])|(?<=\bby)|{_CHECKED}|^)[ \t]*(?P<v>{value})(?=[ \t]*(?:$|\|))"
        else:
            continue
        out += [PhiSpan(m.start("v"), m.end("v"), "name") for m in re.finditer(rx, text)]
    return out


_BRACKET_CRED = "|".join(sorted((w.upper() for w in CREDENTIAL_WORDS if w.isalpha()), key=len, reverse=True))
_BRACKETED_INITIALS = re.compile(
    rf"(?<![\w/.&'’-])(?P<v>[A-Z]{{2,3}})[ \t]*\([ \t]*(?:{_BRACKET_CRED})[ \t]*\)"
)
#: initials before any bracketed credential in any line (``irrigation … by SL (MA)``, ``KT (RN)``): a
#: credential in brackets qualifies the person just named, so only a unit's, a service's or a
#: credential's capitals stand there for no one (a shorter list than NOT_INITIALS: ``SL``, ``DC``,
#: ``MR``, ``MS`` are someone's here), units, services, clinical and credential abbreviations
_BRACKET_NO_ONE = frozenset(
    """
ICU ED ER OR ENT GI OB CCU PACU NICU PICU SICU MICU CVICU ICN SCN NP PA RN MD DO MA LPN RT EMT CNA CMA
IR CT MRI EKG ECG IV PO NPO PRN HS AM PM CC US USA VA EMS OT PT SLP LD LDR MFM
""".split()
)


def find_credited_initials(text: str) -> list[PhiSpan]:
    """The name spans of initials before a bracketed credential (``by SL (MA)``).

    Args:
        text: an English note.
    """
    if "(" not in text:
        return []
    return [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _BRACKETED_INITIALS.finditer(text)
        if m.group("v") not in _BRACKET_NO_ONE
    ]
