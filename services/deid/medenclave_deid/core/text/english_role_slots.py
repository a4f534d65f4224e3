"""People an English note names in a slot that says who they are, whatever the case they are
written in, and the later mentions of a labelled patient.

* **a staff role's label**: any staff role (``Fellow:``, ``Sedation RN:``, ``Perfusionist:``,
  ``Athletic trainer:``, ``Chaplain:``, ``Tissue custodian:`` ...) then an initial and a surname
  (``Fellow: Q. Brandvold``) or two or three name words in any case (``Tech: anselm quarry``),
  ending the line or the field;
* **a patient's label**: the labels forms give the person they are about (``Student-athlete:``,
  ``Juror:``, ``Diver:``, ``Claimant:``, ``Decedent:`` ...) then ``SURNAME, GIVEN`` or a whole name;
* **a letter's signature**: the name line after a valediction (``Sincerely,``, ``Regards,``,
  ``Yours truly,``, ``Thank you,`` ...) and up to two blank lines, before its credentials;
* **a signed line**: an initial and a surname opening a line before a phone (``J. Brandvold  ph
  +1 ...``) or a credential;
* **a patient's initials**: dotted initials in brackets after ``Pt``/``Patient`` (``Pt (K.B.)``);
* **a speaker's own name**: the lower-case name after ``this is``, ``my name is``, ``it's``
  (``hi this is ansel quarry um ...``) when its first word is a known given name and no word.

:func:`spread_slot_names` then finds a labelled patient's whole name again in any case
(``QUARRY, ANSEL`` ... ``ansel quarry had a headache``) and a found given name's short form
standing alone (``Bartholomew`` ... ``Bart said``, ``Maxwell`` ... ``"Well ...``: a prefix or a
suffix of it that is a known name and no everyday word).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.prefixed_matches import bounded_matches
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_slot_people", "spread_slot_names"]

#: an English word's edges, as the case-blind per-name pattern read them (compiled once)
_WORD_START_I = re.compile(r"(?<![\w'’-])", re.IGNORECASE)
_WORD_END_I = re.compile(r"(?![\w'’-])", re.IGNORECASE)

_CREDENTIAL = (
    r"(?:MD|DO|PhD|RN|BSN|MSN|LPN|NP|PA-C|PA|CRNA|APRN|DNP|PharmD|RPh|MPH|MBA|MS|MSc|FACP|FACC|"
    r"FACS|FAAP|DPT|OTR|CCC-SLP|LCSW|LICSW|MSW|ATC|RD|RRT|CNM|DDS|DMD|OD|DPM|PsyD|EdD|MBBS|FRCP)"
)
_STAFF_ROLES = (
    r"(?:(?:sedation|circulating|scrub|charge|recovery|procedure|procedural|admitting|primary|"
    r"bedside|triage|infusion|pacu|endo(?:scopy)?|cath(?:[ \t]+lab)?|float|covering|assigned|"
    r"transport|research|school|hospice|home[ \t]+health|case|wound)[ \t]+)?"
    r"(?:RN|nurse|tech|technologist|technician|LPN|CNA|manager)"
    r"|NP|MD|MA|PA-C|CHW|LCSW|community[ \t]+health[ \t]+worker|promotora|promotor"
    r"|fellow|resident|intern|sub-?intern|scribe|scrub|circulator|perfusionist|anesthesia|"
    r"anesthesiologist|anesthetist|CRNA|interpreter|translator|chaplain|coach|(?:athletic[ \t]+)?trainer|"
    r"social[ \t]+worker|SW|pharmacist|dietitian|nutritionist|(?:physical|occupational|respiratory|"
    r"speech)[ \t]+therapist|therapist|sonographer|phlebotomist|radiographer|dosimetrist|"
    r"cytotechnologist|histotechnologist|assistant|first[ \t]+assist(?:ant)?|surgical[ \t]+assistant|"
    r"proceduralist|endoscopist|proctor|preceptor|supervisor|attending|consultant|reader|"
    r"second[ \t]+reader|witness|observer|recorder|chaperone|paramedic|EMT|medic|dispatcher|"
    r"counselor|counsellor|navigator|coordinator|advocate|aide|doula|midwife|operator|surgeon|"
    r"physician|provider|clinician|examiner|inspector|investigator|monitor|sitter|volunteer|"
    r"(?:tissue[ \t]+(?:bank[ \t]+)?)?custodian"
)
_PATIENT_ROLES = (
    r"student-?athlete|athlete|player|juror|prospective[ \t]+juror|diver|swimmer|runner|client|"
    r"member|claimant|decedent|deceased|resident|employee|worker|inmate|detainee|participant|"
    r"student|pupil|child|infant|newborn|recipient|donor|applicant|beneficiary|enrollee|insured|"
    r"traveler|traveller|passenger|pilot|camper|candidate|veteran|service[ \t]+member|cadet|tenant|"
    r"guest|individual|consumer|person[ \t]+served|youth|minor|subject|examinee|injured[ \t]+worker|"
    r"victim|survivor|trainee|recruit|soldier|sailor|airman|volunteer|evacuee|refugee|student[ \t]+name"
)
_WORD = r"[A-Za-z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?"
_UPWORD = r"[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?"
_INITIAL_SURNAME = r"[A-Z]\.(?:[ ]?[A-Z]\.)?[ ]+(?:Mc|Mac|O'|O’)?[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?"
#: where a field's value ends: the line, two spaces or a tab, a bar, a sentence's punctuation, a
#: phone after its word or alone (``RN: Ada Lind cell (555) 201-3344``, ``NP: Ada Lind 555-201-3344``)
_PHONE_WORD = r"(?i:cell|mobile|ph|phone|tel|pager|pgr|work|office)"
_END = (
    rf"(?=[ \t]*(?:$|\||[.,;(]|[ \t]{{2}}|\t)|[ \t]+(?:{_PHONE_WORD}\.?[ \t]*[:#]?[ \t]*)?"
    r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b)"
)
#: a later word of a slot's name: no phone's word (``Ada Lind cell ...``)
_NEXT_WORD = rf"(?!{_PHONE_WORD}\b)[A-Za-z][a-z'’]+(?:-[A-Za-z][a-z'’]+)?"
_LEAD = r"(?:^|(?<=[.;|][ \t])|(?<=[ \t]{2})|(?<=\t))[ \t]*"

_STAFF_SLOT = re.compile(
    rf"(?im){_LEAD}(?:{_STAFF_ROLES})[ \t]*(?:\([^)\n]{{1,30}}\))?[ \t]*:[ \t]*"
    rf"(?P<v>(?-i:{_UPWORD}),[ ]*(?-i:{_UPWORD})(?=[ \t]+{_PHONE_WORD}\b)|(?-i:{_INITIAL_SURNAME})|"
    rf"{_WORD}(?:[ ]+(?:[A-Za-z]\.[ ]+)?{_NEXT_WORD}){{1,2}})(?-i:{_END})"
)
_PATIENT_SLOT = re.compile(
    rf"(?im){_LEAD}(?:{_PATIENT_ROLES})[ \t]*(?:name)?[ \t]*:[ \t]*"
    rf"(?P<v>(?-i:{_UPWORD}),[ ]*(?-i:{_UPWORD})(?:[ ]+(?-i:[A-Z]\.?))?|(?-i:{_INITIAL_SURNAME})|"
    rf"{_WORD}(?:[ ]+(?:[A-Za-z]\.[ ]+)?{_NEXT_WORD}){{1,2}})(?-i:{_END})"
)
_VALEDICTION = re.compile(
    r"(?im)^[ \t]*(?:sincerely(?:[ \t]+yours)?|yours[ \t]+(?:truly|sincerely|faithfully)|respectfully"
    r"(?:[ \t]+(?:yours|submitted))?|(?:best|kind|warm|warmest|with)[ \t]+(?:regards|wishes)|regards|"
    r"best|thank[ \t]+you|thanks|cordially|gratefully|with[ \t]+thanks)[ \t]*[,.!]?[ \t]*\n"
    rf"(?:[ \t]*\n){{0,2}}[ \t]*(?P<v>(?:Dr\.?[ ]+)?{_WORD}(?:[ ]+(?:[A-Z]\.[ ]*)?{_WORD}){{1,2}})"
    rf"[ \t]*(?=,[ \t]*{_CREDENTIAL}\b|$)"
)
_SIGNED_LINE = re.compile(
    rf"(?m)^[ \t]*(?P<v>{_INITIAL_SURNAME})(?=,?[ \t]*{_CREDENTIAL}\b|[ \t]{{2,}}(?i:ph|phone|tel|pager|"
    r"pgr|cell|mobile|ext|x)\b|[ \t]{2,}\+?\d)"
)
_PT_INITIALS = re.compile(
    r"\b(?:[Pp]t|PT|[Pp]atient|[Cc]lient|[Rr]esident|[Mm]ember)\.?[ \t]*"
    r"\((?P<v>[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)\)"
)
_SPEECH = re.compile(
    r"(?i:\b(?:this[ \t]+is|my[ \t]+name[ \t]+is|it'?s|it[ \t]+is|i[ \t]+am|i'm|name'?s)[ \t]+)"
    r"(?P<v>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)"
)
#: what a slot holds when it holds no one
_NO_ONE = frozenset(
    """
aware present absent notified paged informed called yes no none same unavailable available pending
spanish english french mandarin cantonese arabic russian portuguese vietnamese korean tagalog
hand phone fax mail email staff nurse patient pt family self system team unit on call not
needed required declined refused deferred requested used via in person video remote general local
moderate deep conscious sedation mac anesthesia room air see above below note tbd unknown other
the and or of for to with by at from per as is was will
""".split()
)


def _ok(word: str, vocab: TextVocabulary, *, rare: float) -> bool:
    """A person's word: no clinical word or word that says no one; a known name (a drug's too:
    "Fitzgerald") or a rare word that is no drug."""
    key = word.lower().strip(".")
    if key in _NO_ONE or key in NEVER or is_clinical_word(key) or key in vocab.clinical:
        return False
    return vocab.is_name(key) or (vocab.zipf(key) < rare and key not in vocab.drugs)


def _person(value: str, vocab: TextVocabulary) -> bool:
    """Every word of ``value`` may be a person's, and an initial stands before it, or one word at
    least is a known name that is no everyday word, or two words are rare and one is unknown."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", value) if w.lower() != "dr"]
    if not words or not all(_ok(w, vocab, rare=3.5) for w in words):
        return False
    if re.match(r"(?:Dr\.?[ ]+)?[A-Z]\.", value):  # "Q. Marchetti"
        return True
    keys = [w.lower() for w in words]
    if any(vocab.is_name(k) and not vocab.is_name_word(k) for k in keys):
        return True
    return len(keys) >= 2 and any(vocab.zipf(k) < 1.0 for k in keys)


def find_slot_people(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The people named by their slot (module docstring) in an English note.

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for rx in (_STAFF_SLOT, _PATIENT_SLOT, _VALEDICTION, _SIGNED_LINE):
        for m in rx.finditer(text):
            if _person(m["v"], vocab):
                start = m.start("v") + (len(m["v"]) - len(re.sub(r"^Dr\.?[ ]+", "", m["v"])))
                out.append(PhiSpan(start, m.end("v"), "name"))
    out.extend(PhiSpan(m.start("v"), m.end("v"), "name") for m in _PT_INITIALS.finditer(text))
    for m in _SPEECH.finditer(text):
        words = m["v"].split()
        keys = [w.lower() for w in words]
        ceiling = 4.5 if keys[0] in vocab.first_names else 3.0  # "this is john", "this is cordelia"
        given = (
            vocab.is_name(keys[0])
            and not vocab.is_name_word(keys[0])
            and _ok(keys[0], vocab, rare=0.0)
            and vocab.zipf(keys[0]) < ceiling
        )
        surname = (
            len(keys) == 2
            and vocab.is_name(keys[1])
            and not vocab.is_name_word(keys[1])
            and _ok(keys[1], vocab, rare=3.0)
        )
        if not given and not (surname and _ok(keys[0], vocab, rare=2.5)):
            continue
        if not surname:
            words = words[:1]
        end = m.start("v") + len(" ".join(words)) if len(words) == 1 else m.end("v")
        out.append(PhiSpan(m.start("v"), end, "name"))
    return out


def spread_slot_names(
    text: str, found: list[PhiSpan], names: list[PhiSpan], vocab: TextVocabulary
) -> list[PhiSpan]:
    """Later mentions (module docstring): a slot-found whole name in any case and word order, and
    the short forms of any found given name.

    Args:
        text: an English note.
        found: the spans :func:`find_slot_people` found.
        names: every name span found in the note.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for span in found:
        words = re.findall(r"[A-Za-z][A-Za-z'’-]{1,}", text[span.start : span.end])
        if len(words) < 2:
            continue
        for order in (words, words[::-1]):
            rx = re.compile(r",?[ \t]+".join(re.escape(w) for w in order), re.IGNORECASE)
            found_again = bounded_matches(rx, text, _WORD_START_I, _WORD_END_I)
            out.extend(PhiSpan(start, end, "name") for start, end in found_again)
    given: set[str] = set()
    for span in names:
        if span.category == "name":
            given.update(w.lower() for w in re.findall(r"[A-Za-z]{5,}", text[span.start : span.end]))
    given = {g for g in given if vocab.is_name(g) and g not in vocab.eponyms and _ok(g, vocab, rare=0.0)}
    for m in re.finditer(r"(?<![\w'’-])[A-Z][a-z]{2,}(?![\w'’-])", text) if given else ():
        key = m.group().lower()
        if key in given or vocab.is_name_word(key) or vocab.zipf(key) >= 4.0 or not _ok(key, vocab, rare=4.0):
            continue
        if (vocab.is_name(key) or vocab.zipf(key) < 3.2) and any(
            len(g) >= len(key) + 2 and (g.startswith(key) or g.endswith(key)) for g in given
        ):
            out.append(PhiSpan(m.start(), m.end(), "name"))
    return out
