"""Names in the frames of clinical shorthand, in whatever case they are typed.

Quick notes, chat threads and census lines are typed fast and often all in lower case, so the
word judge, which leans on capitals, cannot see their names. The frame tells instead, and the
words may be everyday ones (a Hunter Cruz, a Jesse Christmas):

* **a name before an age** where a row or a field begins: ``leo marsh  71yo  mrn …``,
  ``pt in 6 ada o'hare 84yo``, ``KNOX, ADA 42yo``, ``dale hart, 69 y/o, MRN …``;
* **a person field's value** before the next field of a header: ``client: ivo lark  ssn …``,
  ``patient ada stone | dob …``, ``resident june hale; dob …``;
* **a name before a credential** that signs a line or follows a role: ``-- ivo lark DPM``,
  ``therapist Ada Friend LCSW``;
* **a chat line's speaker** after its time stamp: ``[10:43] kit:``, ``[0905] ada lee:``; in a
  thread or a transcript where speakers take turns, also after a bare time or none
  (``18:10 kit:``, ``ada: ok``);
* **a given name after a nurse's or an aide's credential** closing a clause: ``; RN Chance``;
* **a name before a comma and its credentials** closing a clause: ``Ada Friend-Lowe, RD, CDCES``,
  ``reviewed by ivo, RN`` (a lone word only after ``by`` or ``per``).

Every word of the name must be no heading or function word, title, credential, clinical word
or describing word (``very pleasant 45yo``); a surname's particles (``van der``, ``st.``) may
stand between.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_name_forms import listed_word
from medenclave_deid.core.text.english_people import PARTICLES
from medenclave_deid.core.text.english_words import (
    CREDENTIAL_WORDS,
    HEADING_SURNAMES,
    KINSHIP,
    PERSON_CUES,
)
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_shorthand_names"]

#: a word of a name in any case: letters of any script, inner hyphens and apostrophes; an
#: initial ("R.") or "st." with its point
_NW = r"(?:[^\W\d_][\w'’-]*[^\W\d_]\.?|[^\W\d_]\.)"
_RUN = rf"{_NW}(?:[ \t]+{_NW}){{1,4}}|{_NW}(?:[ \t]+{_NW}){{0,2}},[ \t]*{_NW}(?:[ \t]+{_NW})?"
#: an age in the shorthand of a row ("71yo", "69 y/o", "84 yrs old")
_AGE = r"[ \t]*,?[ \t]*\d{1,3}[ \t]*(?:yo|y/o|y\.o\.|yrs?(?:[ -]old)?|-?years?-old)(?![\w/])"
#: where a row's or a field's value begins: the line's start, a bar, a colon, a wide gap, or a
#: patient shorthand with its room or bed ("pt in 14", "pt rm 3B")
_ROW_START = (
    r"(?:^[ \t]*(?:[-*•>]|\d{1,2}[.)])?[ \t]*|[|:;][ \t]*|[ \t]{2,}"
    r"|\b(?i:pt|patient|client)(?:[ \t]+(?i:in|rm|room|bed)\.?)?[ \t]*#?\d{1,4}[A-Za-z]?[ \t]+)"
)
_BEFORE_AGE = re.compile(rf"(?m){_ROW_START}(?P<v>{_RUN})(?={_AGE})")
#: a person field and its value, up to the next field of the header
_NEXT_FIELD = (
    r"[ \t]*(?:[|,;]|[ \t]{2})[ \t]*(?i:dob\b|d\.o\.b\.|born\b|ssn\b|mrn\b|ph\b|phone\b|tel\b|"
    r"age\b|sex\b|gender\b|\d{1,3}[ \t]*(?:yo|y/o|[mf])\b)"
)
_FIELD = re.compile(
    rf"\b(?i:patient|client|pt|resident|member|name)[ \t]*:?[ \t]+(?P<v>{_RUN})(?={_NEXT_FIELD})"
)
#: credentials a signature ends with, in capitals (the clear ones: no "MS", "PT", "MA")
_AMBIGUOUS = frozenset("pt ot ma ms dc od rt rd do pa np ii iii iv jr sr".split())
_CRED = "|".join(
    sorted((c.upper() for c in CREDENTIAL_WORDS - _AMBIGUOUS if c.isalpha()), key=len, reverse=True)
)
_ROLES = (
    r"counselor|counsellor|therapist|nurse|aide|chaplain|interpreter|worker|coach|navigator|"
    r"pharmacist|dietitian|technician|tech|collector|provider|clinician|advocate|manager"
)
_ROLE_WORDS = frozenset(_ROLES.split("|"))
_SIGNED = re.compile(
    rf"(?m)(?:^[ \t]*(?:--?|—|–)?[ \t]*|[;:(][ \t]*|\b(?i:{_ROLES})[ \t]+)"
    rf"(?!(?i:{_ROLES})\b)(?P<v>{_NW}(?:[ \t]+{_NW}){{1,3}})[ \t]+"
    rf"(?:{_CRED}|PA-C|DO|NP|PA)(?=[ \t]*(?:$|[;,.)]))"
)
#: a name before a comma and one credential or more closing the clause ("Ada Friend-Lowe, RD,
#: CDCES", "-- Ada Friend, OTR/L  (555) ..."); a lone word only after "by" or "per" ("Call
#: completed by harmony, RN")
_CREDENTIAL = r"[A-Z][A-Za-z]{1,5}(?:/[A-Z]|-[A-Z])?"
_COMMA_SIGNED = re.compile(
    rf"(?m)(?:(?:^[ \t]*(?:--?|—|–)?[ \t]*|[;:(][ \t]*)(?P<v>{_NW}(?:[ \t]+{_NW}){{1,2}})"
    rf"|\b(?i:by|per)[ \t]+(?P<w>{_NW}(?:[ \t]+{_NW}){{0,2}}))"
    rf",[ \t]*(?P<c>{_CREDENTIAL}(?:,[ \t]*{_CREDENTIAL})*)(?=[ \t]*(?:$|[;:.)(]|[ \t]{{2}}))"
)
#: credentials this sign-off shape alone accepts beside the shared ``CREDENTIAL_WORDS`` (kept
#: apart: the shared list also steers the tagger and the name judge)
_MORE_CREDENTIALS = frozenset(
    "cdces otr/l cota mot ctrs lvn pmhnp agnp cadc lcadc ladc crc".split()
)
#: a chat line's time stamp and speaker ("[10:43] kit:", "[0905] ada lee:")
_SPEAKER = re.compile(
    r"(?m)^[ \t]*\[\d{1,2}:?\d{2}(?::\d{2})?\][ \t]*"
    r"(?P<v>[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*)?)[ \t]*:(?!\d)"
)
#: a turn of a chat or a transcript: a line opening with a speaker and a colon, after a bare
#: time stamp or none ("18:10 gerald: ...", "7:05 pm Ada Lee: ...", "jo: ok"); a speaker
#: counts only where the layout is a conversation (see ``_turns``)
_TURN = re.compile(
    r"(?m)^[ \t]*(?P<t>\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?i:am|pm))?[ \t]+(?:-[ \t]*)?)?"
    r"(?P<v>[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*)?)[ \t]*:(?![\d/])[ \t]+\S"
)
#: a nurse's or an aide's credential before a given name closing the clause ("; RN Chance")
_CRED_FIRST = re.compile(
    r"(?:^|[;,(:]|[ \t]{2})[ \t]*(?:RN|LPN|LVN|CNA|EMT|CMA|RT|RRT|NP|PA)[ \t]+"
    r"(?P<v>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)(?=[ \t]*(?:$|[;,.)]))",
    re.M,
)
#: a title before a surname with particles ("Dr al-Amin", "Dr. van der Zee", "Mrs DE LA ROSA")
_TITLE = r"\b(?:Dr|DR|Doctor|Mr|Mrs|Ms|Mx|Prof)\.?[ \t]+"
_PARTICLE_ANY = "|".join(sorted(PARTICLES - {"y", "do"}, key=len, reverse=True))
_TITLE_PARTICLE = re.compile(
    rf"{_TITLE}(?P<v>(?i:al|el|bin|ibn|abu|ben)-[^\W\d_][\w'’-]+"
    rf"|(?:(?i:{_PARTICLE_ANY}|st\.)[ \t]+)+[^\W\d_][\w'’-]+)(?![\w'’-])"
)
#: "Dr" before a capitalised word is a title, not a street's "Drive", unless a street's number
#: or name stands before it ("12 Oak Dr", "Oak Dr Suite 4"): "Dr Street", "Dr Church"
_DR_WORD = re.compile(
    r"(?:^|(?<=[^\w\s])|(?<=[a-z][ \t]))[ \t]*Dr\.?[ \t]+(?P<v>[A-Z][a-z][\w'’-]+)"
    r"(?![\w'’-]|[ \t]+[A-Z][a-z])",
    re.M,
)
#: words that describe a patient rather than name one ("very pleasant 45yo", "frail elderly"),
#: and the staff words a credential opens ("RN Staffing", "RN Triage")
_DESCRIBING = frozenset(
    """
very pleasant elderly young old male female man woman boy girl infant baby child toddler teen
obese thin frail healthy previously otherwise known chronic active retired married single
widowed divorced pregnant gravida term preterm former current new established sick well
unresponsive alert ambulatory bedbound homeless incarcerated transgender nonbinary
staffing pool float triage supervisor educator coordinator team station protocol line call desk
""".split()
)


def _stop(word: str, *, first: bool) -> bool:
    """Not a word of a name; a cue or a kinship only opening it (a surname may be "Friend")."""
    key = word.lower().rstrip(".")
    return (
        listed_word(key)
        or key in _DESCRIBING
        or key in SERVICE_WORDS
        or is_clinical_word(key)
        or (first and (key in PERSON_CUES or key in KINSHIP or key in _ROLE_WORDS))
    )


def _name_words(value: str) -> bool:
    """Whether every word may be a name's (particles between) and one is more than an initial."""
    words = [w for w in re.split(r"[ \t,]+", value) if w]
    own = [w for w in words if w.lower().rstrip(".") not in PARTICLES and w.lower() != "st."]
    # a surname first ("FRIEND, ADA") or after the given name may be a heading word ("ada ward")
    inverted = "," in value
    return (
        bool(own)
        and not any(
            _stop(w, first=w is own[0] and not inverted)
            and not (w is not own[0] and w.lower() in HEADING_SURNAMES)
            for w in own
        )
        and any(len(w.rstrip(".")) > 1 for w in own)
    )


def _turns(text: str) -> list[PhiSpan]:
    """The speakers of a chat or a transcript: two speakers or more opening lines, one of them
    twice after time stamps, each twice without; a heading that repeats ("Plan:", "Note:") is no
    conversation alone, and no speaker is a heading or a clinical word."""
    found = [m for m in _TURN.finditer(text) if _name_words(m.group("v"))]
    turns: dict[tuple[str, bool], list[re.Match[str]]] = {}
    for m in found:
        turns.setdefault((m.group("v").lower(), m.group("t") is not None), []).append(m)
    out: list[PhiSpan] = []
    for timed in (True, False):
        speakers = [ms for (_, t), ms in turns.items() if t is timed]
        repeated = sum(len(ms) >= 2 for ms in speakers)
        # time stamps: two speakers, one of them twice; bare turns: two speakers twice each
        if len(speakers) < 2 or repeated < (1 if timed else 2):
            continue
        out.extend(PhiSpan(m.start("v"), m.end("v"), "name") for ms in speakers for m in ms)
    return out


def find_shorthand_names(text: str) -> list[PhiSpan]:
    """The names standing in the frames of the module docstring.

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for rx in (_BEFORE_AGE, _FIELD, _SIGNED, _SPEAKER, _CRED_FIRST, _TITLE_PARTICLE, _DR_WORD):
        for m in rx.finditer(text):
            value = m.group("v")
            if _name_words(value):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _COMMA_SIGNED.finditer(text):
        group = "v" if m.group("v") else "w"
        credentials = [c.strip().lower() for c in m.group("c").split(",")]
        if all(c in CREDENTIAL_WORDS or c in _MORE_CREDENTIALS for c in credentials) and _name_words(
            m.group(group)
        ):
            out.append(PhiSpan(m.start(group), m.end(group), "name"))
    out.extend(_turns(text))
    return out
