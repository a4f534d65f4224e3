"""People that the English finders before leave, by five shapes of a note's staff and family lines:

* **initials after a staff role's word**: ``scribe DW.``, ``interpreter KL present``, ``RN JS,``:
  two or three capitals right after a staff role's word and a space (the slot with a colon is
  :mod:`english_staff_marks_fuzz22`'s), before the line's end or punctuation or a lower-case
  word; no credential and no clinical or department acronym (``tech CT``, ``interpreter ASL``).
* **a lower-case given name and surname before a credential**: ``team: clay winter np``,
  ``with rosalind eze, np``: two lower-case words after a list's or a field's cue and before a
  credential at a word's edge; each word is a known name or no everyday word, and neither is a
  clinical, department or role word (``ortho surgery pa``, ``wound care rn`` stay).
* **a name with its own log-in handle**: ``clay fox (c.fox)``, ``dusty al-masri (d.almasri)``:
  two words before a bracketed ``x.surname`` where x is the first word's initial and the surname
  the second word (case, accents and hyphens aside); the handle alone in brackets too where its
  surname is no everyday or clinical word.
* **a nickname that is the subject in quoted speech**: ``"We looked away, Bubba was by the
  steps"``: a capitalised word inside quotes after a comma (or "and", "but"), before what a
  person does; a known nickname (``Moose``, ``Tank``) counts though it is an everyday word, and
  after "we call him", "goes by", "aka" too.
* **a relative's given name that looks like a clinical word**: ``Father Ifeoma arrived``: a
  capitalised word right after a kinship word and before what only a person does (``arrived``,
  ``called``, ``said``) that the word lists do not know as a term or a drug, though its ending
  reads as one ("-oma"); "Father Adenoma noted" stays.
"""

from __future__ import annotations

import re
import unicodedata

from medenclave_deid.core.text.english_staff_marks_fuzz22 import NOT_INITIALS
from medenclave_deid.core.text.english_words import KINSHIP, NEVER, PERSON_CUES, PERSON_VERBS, TITLES
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_people_marks"]

_ROLE_SPACE_INITIALS = re.compile(
    r"(?<![\w/-])(?:(?i:scribe|tech|technician|technologist|interpreter|transcriptionist|chaperone|"
    r"witness|preceptor|student|sonographer|phlebotomist|observer)|RN|LPN|LVN|CNA|EMT)"
    r"[ \t]+(?P<v>[A-Z]{2,3})"
    r"(?=[ \t]*(?:$|[,;|)(/]|\.(?:[ \t]|$)|[ \t]+[a-z]))",
    re.M,
)
#: more than the credentials and acronyms of a colon's slot: languages of interpreting, nurses'
#: credentials after "RN", imaging and units after "tech"
_MORE_NOT_INITIALS = frozenset(
    """
ASL VRI OPI BSN MSN CEN CCRN CNL CPN DNP APRN FNP ANP PNP CNM CNS OCN RNC PHN CPAN CAPA AAS ADN
PCA PCU CCU MA CMA EMS NM PET DXA ECHO CVT RVT RDMS ARRT RCS RCIS CST OK ID US UK ENG SPA VIA
LPC MSW SLP OTR PTA COTA PHD MPH BS BA MS CM CN CCM DON ADON UM IP CNO CDI QI NE CE
""".split()
)
#: imaging words that a technician's slot means but a scribe's or a witness's does not
_IMAGING = frozenset({"MR", "NM", "IT", "LN"})
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_TECH = re.compile(r"(?i:tech|sono)")
_CRED = r"(?:pa-c|aprn|crna|lcsw|dnp|cnm|lpn|msw|slp|np|rn|md|do|pa|rd|rt|pt|ot)"
_WORD = r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"
_PAIR_CRED = re.compile(
    rf"(?:^|[:;,/&][ \t]*|\b(?:team|with|by|and)[ \t]+)"
    rf"(?P<a>{_WORD})[ \t]+(?P<b>{_WORD})(?:[ \t]*,)?[ \t]+(?i:{_CRED})(?![\w-])",
    re.M,
)
#: department, unit and role words that make the word before a credential no one's name
_NOT_PAIR = frozenset(
    """
ortho peds neuro cardio psych surgery surgical medicine medical care team nurse health home hospice
palliative wound charge night day evening floor unit staff clinic office triage float travel
agency student new senior lead attending resident fellow covering primary call shift bedside ward
case manager family social work burn rehab icu er ed or pacu er float pool infusion dialysis
oncology cardiology renal transplant trauma acute chronic school public private research study
admitting discharging consulting consult rapid response on off per via see seen spoke discussed
""".split()
)
_HANDLE_AFTER = re.compile(rf"[ \t]*\((?P<h>[^\W\d_]\.{_WORD})\)")
_LONE_HANDLE = re.compile(r"(?<=\()(?P<h>[a-z]\.[a-z][a-z'-]{2,})(?=\))")
_TWO_WORDS = re.compile(rf"(?<![\w.@-])(?P<a>{_WORD})[ \t]+(?P<b>{_WORD})(?=[ \t]*\()")
_QUOTED = re.compile(r"[\"“](?P<q>[^\"“”\n]{3,400})[\"”]")
_NAME = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
_IN_QUOTE_SUBJECT = re.compile(
    rf"(?:[,;—–][ \t]*|\b(?:and|but|then|so|when|while)[ \t]+)(?P<v>{_NAME})[ \t]+"
    r"(?P<verb>[a-z]+(?:['’][a-z]+)?)\b"
)
_CALLED = re.compile(
    rf"(?i:\b(?:we|they|everyone|family)[ \t]+calls?[ \t]+(?:him|her|them)|\bgoes[ \t]+by|\baka|"
    rf"\ba\.k\.a\.|\bnicknamed)[ \t]*[\"“'‘]?(?P<v>{_NAME})\b"
)
_SPEECH_VERBS = PERSON_VERBS | frozenset(
    """
was is has had went fell got gets says said loves loved likes liked wanted wants won't can't didn't
doesn't wasn't isn't just still kept keeps ran runs jumped slipped wandered climbed sat stood
was, looked cried woke slept ate started stopped seemed
""".split()
)
#: pet names and family nicknames: a name in a nickname's slot though most are everyday words
NICKNAMES = frozenset(
    """
bubba sissy sis pip moose bud buddy junior peanut bean boo tank peaches junebug squirt bug punkin
pumpkin sweetpea lulu coco gigi bubby sonny skip skipper chip bitsy button kiddo tiny bear cubby
doodle dolly pookie princess munchkin nugget pebbles scooter sunny tater bitty mimi jojo bebe
""".split()
)
_NOT_SUBJECTS = frozenset(
    """
god mom mum dad nana papa granny gran grandma grandpa auntie doc baby honey everyone everybody
nobody somebody someone anyone anybody nothing something everything patient family staff mommy
daddy mama i
""".split()
)
_KIN = sorted(KINSHIP | {"grandma", "grandpa", "stepfather", "stepmother"}, key=len, reverse=True)
#: a relative's word, a capitalised word, and what only a person does ("Father Ifeoma arrived")
_KIN_WORD = re.compile(
    r"(?<![\w-])(?i:" + "|".join(_KIN) + rf")[ \t]+(?P<v>{_NAME})[ \t]+"
    r"(?:arrived|arrives|came|comes|called|calls|phoned|visited|visits|said|says|stated|states|brought|"
    r"drove|left|stayed|stays|accompanied|accompanies|texted|asked|asks|agreed|agrees|declined|signed|"
    r"consented|reports|reported|confirmed|answered|helped|helps|picked|wants|wanted)\b"
)


def _fold(word: str) -> str:
    """The word's letters, lower case, without accents."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if c.isalpha() and not unicodedata.combining(c))


def _term(key: str, vocab: TextVocabulary) -> bool:
    return key in vocab.clinical or key in vocab.drugs or (is_clinical_word(key) and not vocab.is_name(key))


def _pair_kind(word: str, vocab: TextVocabulary) -> str:
    """The word's kind: a listed "name", a "rare" word of no list, a rare "place", or "" (none)."""
    key = word.lower()
    if key in _NOT_PAIR or key in NEVER or key in PERSON_CUES or key in TITLES or len(key) < 2:
        return ""
    if vocab.is_name(key):  # "clay", "bell": the term and drug lists hold them too
        return "name"
    if _term(key, vocab) or vocab.is_common(key):
        return ""
    return "place" if key in vocab.places else "rare"


def _pair_ok(first: str, second: str, vocab: TextVocabulary) -> bool:
    kinds = {_pair_kind(first, vocab), _pair_kind(second, vocab)}
    return "" not in kinds and (kinds <= {"name", "rare"} or kinds == {"name", "place"})


def _role_initials(text: str) -> list[PhiSpan]:
    out = []
    for m in _ROLE_SPACE_INITIALS.finditer(text):
        letters = m.group("v")
        # "scribe MR": an imaging word only in a technician's slot
        imaging_elsewhere = letters in _IMAGING and not _TECH.match(m.group(0))
        if letters in ("AM", "PM") and _LOWER_NEXT.match(text, m.end()):
            continue  # "RN AM shift", "tech PM coverage": the time of day
        if imaging_elsewhere or (letters not in NOT_INITIALS and letters not in _MORE_NOT_INITIALS):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def _credential_pairs(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out = []
    for m in _PAIR_CRED.finditer(text):
        a, b = m.group("a"), m.group("b")
        if not (a.islower() and b.islower()):
            continue
        if _pair_ok(a, b, vocab):
            out.append(PhiSpan(m.start("a"), m.end("b"), "name"))
    return out


def _handles(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out = []
    for m in _TWO_WORDS.finditer(text):
        h = _HANDLE_AFTER.match(text, m.end())
        if not h:
            continue
        initial, _, surname = h.group("h").partition(".")
        a, b = m.group("a"), m.group("b")
        if _fold(initial) == _fold(a)[:1] and _fold(surname) == _fold(b) and len(_fold(b)) >= 2:
            out.append(PhiSpan(m.start("a"), m.end("b"), "name"))
            out.append(PhiSpan(h.start("h"), h.end("h"), "name"))
    for m in _LONE_HANDLE.finditer(text):
        surname = m.group("h").split(".", 1)[1]
        if not vocab.is_common(surname, threshold=3.5) and not _term(surname, vocab):
            out.append(PhiSpan(m.start("h"), m.end("h"), "name"))
    return out


def _nickname_ok(word: str, vocab: TextVocabulary) -> bool:
    key = word.lower()
    if key in NICKNAMES:
        return True
    if key in _NOT_SUBJECTS or key in NEVER or key in PERSON_CUES or key in TITLES:
        return False
    if _term(key, vocab) or key in vocab.places:
        return False
    return vocab.is_name(key) or vocab.zipf(key) < 3.5


def _speech_subjects(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out = []
    for q in _QUOTED.finditer(text):
        for m in _IN_QUOTE_SUBJECT.finditer(text, q.start("q"), q.end("q")):
            verb = m.group("verb").replace("’", "'")
            if verb in _SPEECH_VERBS and _nickname_ok(m.group("v"), vocab):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _CALLED.finditer(text):
        if _nickname_ok(m.group("v"), vocab):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def _kin_names(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out = []
    for m in _KIN_WORD.finditer(text):
        key = m.group("v").lower()
        if key in vocab.clinical or key in vocab.drugs or key in vocab.eponyms or key in vocab.places:
            continue
        if key in NEVER or key in PERSON_CUES or key in TITLES or vocab.is_common(key):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def find_people_marks(text: str, vocabulary: TextVocabulary) -> list[PhiSpan]:
    """Candidate name spans of the five shapes of the module docstring (overlaps not resolved).

    Args:
        text: an English note.
        vocabulary: the word knowledge.
    """
    return (
        _role_initials(text)
        + _credential_pairs(text, vocabulary)
        + _handles(text, vocabulary)
        + _speech_subjects(text, vocabulary)
        + _kin_names(text, vocabulary)
    )
