"""Cues the name judge reads in narrative text where no title or label stands before a name.

Letters to families, incident and forensic narratives, handover notes and waitlists name people
bare: "Steven spoke with the family.", "Kendrick's mother was notified", "Officer Burris #412",
"per jenna, pt refused". Each cue here is a frame only a person stands in:

* a verb only a person does after the word: a past form that is never a passive participle
  ("spoke", "saw", "met"), or one that may be passive ("Labs reviewed.") only when its object
  follows ("Mark reviewed the chart");
* a possessive before a close relative ("Kendrick's mother");
* a badge or staff number after a word that a person cue opens ("Officer Burris #412");
* a title written out in lower case is a noun before an everyday word ("your doctor before
  deciding"), no cue;
* a given name in lower case after a word that takes a person ("told crystal", "per jenna",
  "handed off to brittany") or before a verb people do ("juanita brought her meds"): only a given
  name that is no everyday word, no clinical word, drug or place, of four letters or more;
* a word opening a sentence or after a word that takes a person, before the service or agency the
  person works in ("Joy from social work visited", "kendra from case mgmt called", "call back
  Shonda in scheduling") or before "and his wife" ("met with Bashir and his wife"): only a word
  that is a name or no everyday word, and no clinical one ("Discharge from PT", "Notes from SW").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from medenclave_deid.core.text.english_words import (
    EPONYM_NEXT,
    INNER_CAPS_NAME,
    KINSHIP,
    LAB_ELEMENTS,
    LAB_VALUE,
    MONTH_NAMES,
    NEVER,
    PERSON_CUES,
    PERSON_VERBS,
    TITLES,
)
from medenclave_deid.core.text.vocabulary import is_clinical_word

if TYPE_CHECKING:
    from medenclave_deid.core.text.english_judge import Judge

__all__ = [
    "active_person_verb",
    "badge_after_person",
    "caps_after_given_name",
    "cued_lowercase",
    "eponym_before_its_thing",
    "genus",
    "kin_or_service_after",
    "lowercase_given_name",
    "patient_after_room",
    "person_after",
    "possessive_of_kin",
    "works_in_service",
]

#: past forms only a person's active verb takes: never a passive participle
_ACTIVE = frozenset(
    "spoke speaks saw sees met meets drew ate sat slept wept walked talked yelled "
    "shouted screamed cried apologized apologised stayed attends works stays sleeps eats walks talks "
    "cries yells screams".split()
)
#: past forms that may be passive ("Labs reviewed", "Family updated"): active only before an object
_TRANSITIVE = frozenset(
    "discussed reviewed updated paged examined evaluated assessed contacted "
    "notified informed messaged escorted witnessed interpreted translated "
    "handed attended reassured educated instructed counseled counselled "
    "phoned emailed grabbed pushed struck held threatened".split()
)
_OBJECT = frozenset(
    "the a an his her their this that these those him them me us our my your patient pt family".split()
)
#: close relatives after a possessive ("Kendrick's mother")
_POSSESSIVE_KIN = re.compile(
    r"(?:'s|’s)[ \t]+(?:mother|father|mom|dad|son|daughter|wife|husband|"
    r"sister|brother|aunt|uncle|niece|nephew|grandmother|grandfather|"
    r"grandson|granddaughter|cousin|girlfriend|boyfriend|fianc[eé]e?|"
    r"children|kids|parents)\b",
    re.I,
)
#: what only a person wears or owns, after a possessive ("Sunny's armband")
_POSSESSIVE_OWN = re.compile(
    r"(?:'s|’s)[ \t]+(?:arm[ \t-]?band|wrist[ \t-]?band|(?:id|name)[ \t-]?band|bracelet|"
    r"belongings|wallet|dentures|hearing[ \t]+aids?)\b",
    re.I,
)
#: a badge or staff number after the name ("Officer Burris #412")
_BADGE = re.compile(r"[ \t]*#[ \t]?\d")
_BADGE_CUES = frozenset("officer guard deputy detective sergeant sgt trooper agent security".split())
#: words that take a person after them, where a given name is written in lower case
_TAKES_PERSON = frozenset(
    "with w per ask asked told tell called call paged page texted text to by wants thank thanks "
    "updated notified messaged emailed met".split()
)
#: "spoke w/ tanisha": the shorthand "w/" before the name
_WITH_SLASH = re.compile(r"(?i:\bw/)[ \t]*$")
#: titles that are common nouns when written out in lower case
_NOUN_TITLES = frozenset("doctor nurse professor miss".split())
#: words that may follow a person's name where its phrase ends ("told jenna she ...")
_PHRASE_END = frozenset(
    "to at in on for from about and or but she he they her his him who that re "
    "said says is was will has had would".split()
)


#: a service, department or agency a person works in, after "from", "in", "at", "with", "w/", "of"
_SERVICE_AFTER = re.compile(
    r"[ \t]+(?:from|in|at|with|w/|of)[ \t]+(?:the[ \t]+)?(?:"
    r"(?i:social[ \t]+work|case[ \t]+(?:management|mgmt|mgt)|pharmacy|nutrition|dietary|chaplaincy|"
    r"spiritual[ \t]+care|lab|billing|registration|admitting|scheduling|front[ \t]+desk|transport|"
    r"security|hospice|home[ \t]+health|agency|infusion|wound[ \t]+care|floor|nights|days|"
    r"insurance|county|shelter|physical[ \t]+therapy|occupational[ \t]+therapy|speech[ \t]+therapy|"
    r"patient[ \t]+relations|interpreter[ \t]+services|financial[ \t]+counseling)"
    r"|SW|CM|PT|OT|ST|SLP|IT|DME|ED|CPS|APS)(?![\w/-])"
)
#: "and his wife": the person's own relative after the name
_AND_KIN_AFTER = re.compile(
    r"[ \t]+and[ \t]+(?:his|her|their)[ \t]+(?:wife|husband|spouse|partner|mother|father|mom|dad|"
    r"son|daughter|sister|brother|girlfriend|boyfriend|fianc[eé]e?|children|kids|parents)\b",
    re.I,
)
_NEXT_WORD = re.compile(r"[ \t)]*,?[ \t]*([A-Za-z]+)")
#: what a person does after the service named ("Joy from SW called"): no verb a thing takes
_SPEAKS = frozenset(
    "called calls phoned visited visits spoke speaks said says stated states reported reports "
    "present came stopped agreed asked requested confirmed recommended recommends left".split()
)
#: words before a person's name as the object ("spoke with", "call back", "left VM for")
_BEFORE_OBJECT = _TAKES_PERSON | frozenset("for back visited saw spoke".split())


def _service_frame(judge: Judge, i: int, *, acts: bool = False) -> bool:
    """Whether the word at ``i`` opens a sentence or follows a word that takes a person, and stands
    before the service or agency a person works in, or before "and his wife". ``acts``: opening a
    sentence, a verb people do must follow the service ("Bashir from pharmacy called"; not
    "Callback from pharmacy re dosing")."""
    t = judge.tokens[i]
    kin = _AND_KIN_AFTER.match(judge.text, t.end)
    service = _SERVICE_AFTER.match(judge.text, t.end)
    if not (kin or service):
        return False
    j = judge.neighbour(i, -1)
    if (j is not None and judge.tokens[j].key in _BEFORE_OBJECT) or _WITH_SLASH.search(
        judge.text, max(0, t.start - 8), t.start
    ):
        return True
    if not (t.sentence_start or j is None):
        return False
    verb = _NEXT_WORD.match(judge.text, service.end()) if service else None
    return kin is not None or not acts or (verb is not None and verb.group(1).lower() in _SPEAKS)


def works_in_service(judge: Judge, i: int) -> bool:
    """Whether the capitalised word at ``i`` is a person by the service frame above: a name or a
    word no list calls everyday, never a clinical one ("Discharge from PT", "Notes from SW"); a
    word that is not only a name acts after the service ("Joy from SW called", not "Walker from
    DME delivered")."""
    t = judge.tokens[i]
    vocab = judge.vocab
    name = vocab.is_name(t.key)
    return (
        t.cap
        and not t.allcaps
        and t.key not in NEVER
        and t.key not in PERSON_CUES
        and t.key not in vocab.clinical
        and t.key not in vocab.drugs
        and t.key not in vocab.eponyms
        and not is_clinical_word(t.key)
        and (name or not vocab.is_common(t.key, threshold=3.5))
        and _service_frame(judge, i, acts=not name or judge.everyday(t))
        and not judge.clinical(i, in_name=True)
    )


def kin_or_service_after(judge: Judge, i: int) -> bool:
    """Whether what follows the word at ``i`` makes it a person: a possessive before a close
    relative ("Kendrick's mother") or the service it works in ("Joy from social work")."""
    return possessive_of_kin(judge, i) or works_in_service(judge, i)


def person_after(judge: Judge, i: int) -> bool:
    """Whether what follows the capitalised word at ``i`` makes it a person: a verb people do;
    or, for a word no list calls everyday or clinical, a household after a surname
    ("Jean-Baptiste family declined"), another name joined by "and" ("Wilner and Marie-Carmelle
    are siblings"), or a name's shape ("DeAndre no show")."""
    t = judge.tokens[i]
    j = judge.neighbour(i, 1)
    nxt = judge.tokens[j] if j is not None else None
    if nxt is not None and j is not None and (nxt.key in PERSON_VERBS or active_person_verb(judge, j)):
        return True
    vocab = judge.vocab
    if any(vocab.is_common(p.lower()) and not vocab.is_name(p.lower()) for p in t.text.split("-")):
        return False  # an everyday word or one of everyday parts ("Walk-in and ...", "Walk-in family")
    if t.key in vocab.drugs or t.key in vocab.eponyms or t.key in vocab.clinical:
        return False  # "Keflex family of antibiotics", "Foley family of catheters"
    if INNER_CAPS_NAME.match(t.text):
        return True
    if nxt is None or j is None:
        return False
    if not nxt.cap and nxt.key in ("family", "household", "twins"):
        f = judge.neighbour(j, 1)  # a known name's household, or one that acts: not "Keflex family of"
        acts = f is not None and (judge.tokens[f].key in PERSON_VERBS or active_person_verb(judge, f))
        kind = f is not None and judge.tokens[f].key == "of"  # "Weiss family of catheters": a kind
        return acts or (not kind and all(vocab.is_name(p.lower()) for p in t.text.split("-")))
    k = judge.neighbour(j, 1) if nxt.key == "and" and not nxt.cap else None
    if k is None:
        return False
    other = judge.tokens[k]
    return (
        other.cap
        and not other.allcaps
        and other.key not in NEVER
        and (judge.known_name(other) or judge.is_proper(k))
    )


#: a computed measure, or the word formula, before "by" and the eponym of its formula
#: (``QTc by Bazett``, ``Kt/V by Daugirdas``, ``CrCl by Cockcroft-Gault``, ``equation by Hodges``)
_MEASURE_BY = re.compile(
    r"(?:\b(?:formula|equation|method|criteria)|(?<![A-Za-z])(?-i:Kt/V|QTc|QTc?F|e?GFR|CrCl|BSA|"
    r"LDL(?:-C)?|LVEF|EF|IBW|MELD))[ \t]+(?:by|per)[ \t]+$", re.I)


def eponym_before_its_thing(judge: Judge, i: int) -> bool:
    """Whether the capitalised word at ``i`` is an eponym before the thing it names
    (``Phalen's test``, ``Foley catheter``) or after the measure its formula computes
    (``QTc by Bazett``): not a word known only as a given name, never as a surname, an eponym or
    a clinical word ("Agnieszka's test results"); or one of :func:`eponym_compound`."""
    t = judge.tokens[i]
    if eponym_compound(judge, i):
        return True
    if not t.cap or not (EPONYM_NEXT.match(judge.text, t.end)
                         or _MEASURE_BY.search(judge.text, max(0, t.start - 24), t.start)):
        return False
    vocab, key = judge.vocab, t.key
    return not (
        key in vocab.first_names
        and key not in vocab.last_names
        and key not in vocab.eponyms
        and key not in vocab.clinical
        and key not in vocab.drugs
    )


#: what joins two eponyms naming one examination ("Ortolani and Barlow", "Weber/Rinne")
_EPONYM_JOIN = re.compile(r"[ \t]*(?:and|&|/|or)[ \t]*")
#: the findings an examination's eponym is written before, besides its thing ("Ortolani findings")
_EPONYM_FINDINGS = re.compile(r"(?:'s|’s)?[ \t]+(?:findings?|manoeuvres?|maneuvers?)\b")


def eponym_compound(judge: Judge, i: int) -> bool:
    """Whether the capitalised word at ``i`` is an eponym written as one with another: a pair
    joined by a hyphen ("Dix-Hallpike", "Guillain-Barre": a part an eponym and no name, no part a
    given name only), a pair joined by "and" or a slash before its thing or its findings
    ("Ortolani and Barlow findings", "Weber/Rinne tests": both eponyms), or alone before its
    findings ("Ortolani findings"). A title before the word still makes it a person."""
    t = judge.tokens[i]
    vocab = judge.vocab
    if not t.cap or t.allcaps:
        return False
    if "-" in t.text:
        parts = [p.lower() for p in t.text.split("-")]
        return any(p in vocab.eponyms and not vocab.is_name(p) for p in parts) and not any(
            p in vocab.first_names and p not in vocab.last_names for p in parts)
    if t.key not in vocab.eponyms:
        return False
    if _EPONYM_FINDINGS.match(judge.text, t.end):
        return True
    tokens = judge.tokens
    for j in (i - 2, i - 1, i + 1, i + 2):
        if not 0 <= j < len(tokens):
            continue
        u = tokens[j]
        gap = judge.text[t.end:u.start] if j > i else judge.text[u.end:t.start]
        if u.cap and u.key in vocab.eponyms and _EPONYM_JOIN.fullmatch(gap):
            last = u if j > i else t
            if EPONYM_NEXT.match(judge.text, last.end) or _EPONYM_FINDINGS.match(judge.text, last.end):
                return True
    return False


#: the endings of Latin genus names of microbes and parasites (``Strongyloides``,
#: ``Enterococcus``, ``Acinetobacter``, ``Pseudomonas``, ``Streptomyces``, ``Paenibacillus``)
_GENUS = re.compile(
    r"[a-z]{3,}(?:oides|coccus|cocci|bacter|bacterium|monas|myces|bacillus|plasma|sporium|"
    r"spora|ascus|sporidium|filaria|schistosoma|trichuris|onchocerca)"
)


def genus(key: str) -> bool:
    """Whether a lower-cased word is shaped as a Latin genus name: a clinical word."""
    return bool(_GENUS.fullmatch(key))


def caps_after_given_name(judge: Judge, i: int) -> bool:
    """Whether the word at ``i``, in capitals, follows a given name in capitals that is no
    everyday word ("BERNARD KOWALCZYK")."""
    j = judge.neighbour(i, -1)
    if j is None:
        return False
    prev = judge.tokens[j]
    return (
        prev.allcaps
        and len(prev.key) >= 3
        and prev.key in judge.vocab.first_names
        and not judge.vocab.is_name_word(prev.key)
        and not judge.clinical(j)
    )


def active_person_verb(judge: Judge, j: int) -> bool:
    """Whether the word at ``j`` is a verb of the word before it as a person's active verb."""
    key = judge.tokens[j].key
    if key in _ACTIVE:
        return True
    if key not in _TRANSITIVE:
        return False
    k = judge.neighbour(j, 1)
    return k is not None and judge.tokens[k].key in _OBJECT


def possessive_of_kin(judge: Judge, i: int) -> bool:
    """Whether the capitalised word at ``i`` is a possessive before a close relative, or before
    what only a person wears or owns (``Kendrick's mother``, ``Sunny's armband``). An everyday
    word counts only inside a sentence: a nickname ("fix Sunny's armband"), not a heading."""
    t = judge.tokens[i]
    vocab = judge.vocab
    if not t.cap or t.allcaps or t.key in vocab.eponyms or t.key in PERSON_CUES or t.key in NEVER \
            or t.key in KINSHIP or t.key in vocab.clinical:
        return False  # "Patient's mother", "Resident's daughter": a role's, not a name's
    kin = _POSSESSIVE_KIN.match(judge.text, t.end) or _POSSESSIVE_OWN.match(judge.text, t.end)
    everyday = vocab.is_common(t.key, threshold=3.5) and not vocab.is_name(t.key)
    return bool(kin) and (not everyday or not t.sentence_start)


def after_title(judge: Judge, i: int) -> bool:
    """Whether a title stands right before the word at ``i``, up to two initials between
    (``Ms. Ugwu:``, ``Dr. D. Booth:``, ``Dr. J. R. Pike:``): a person's name, not a label."""
    j = judge.neighbour(i, -1)
    for _ in range(2):
        if j is None or not judge.tokens[j].initial:
            break
        j = judge.neighbour(j, -1)
    return j is not None and judge.tokens[j].key in TITLES


def badge_after_person(judge: Judge, i: int) -> bool:
    """Whether a badge number follows the word at ``i``, itself after a person cue."""
    t = judge.tokens[i]
    if not t.cap or not _BADGE.match(judge.text, t.end):
        return False
    j = judge.neighbour(i, -1)
    return j is not None and (judge.tokens[j].key in _BADGE_CUES or judge.tokens[j].key in PERSON_CUES)


def lowercase_given_name(judge: Judge, i: int) -> bool:
    """Whether the lower-case word at ``i`` is a given name by its place in the sentence."""
    t = judge.tokens[i]
    vocab = judge.vocab
    if (
        len(t.key) < 4
        or not (t.key in vocab.first_names or t.key in vocab.more_names)
        or vocab.is_name_word(t.key)
        or t.key in NEVER
        or t.key in MONTH_NAMES
        or t.key in vocab.drugs
        or t.key in vocab.places
        or t.key in vocab.clinical
        or t.key in vocab.eponyms
        or is_clinical_word(t.key)
        or judge.clinical(i)
        or (vocab.is_common(t.key, threshold=3.5) and t.key not in vocab.name_dominant)
    ):
        return False  # (a frequent word only where it is far more often a name: not "comfort", "pastor")
    j = judge.neighbour(i, -1)
    k = judge.neighbour(i, 1)
    nxt = judge.tokens[k] if k is not None else None
    if (nxt is not None and not nxt.cap and nxt.key in PERSON_VERBS) or _service_frame(judge, i):
        return True
    # after a word that takes a person, and where a name's phrase ends: no noun after it
    # ("told jenna she", "per jenna, pt refused"; not "agree with comfort care")
    takes = (j is not None and not judge.tokens[j].allcaps and judge.tokens[j].key in _TAKES_PERSON) or bool(
        _WITH_SLASH.search(judge.text, max(0, t.start - 8), t.start)
    )
    return takes and (nxt is None or (nxt.cap and not nxt.allcaps) or nxt.key in _PHRASE_END)


#: a room or a bed and its number right before the word ("rm 12 hale has", "bed 4B: ada is")
_ROOM_BEFORE = re.compile(r"\b(?i:rm|room|bed)\.?[ \t]*#?\d{1,4}[A-Za-z]?[ \t]*[:-]?[ \t]*$")
#: what a patient named after the room does or has ("rm 12 hale has a fever", "is agitated")
_PATIENT_NEXT = re.compile(
    r"[ \t]+(?:has|had|is|was|c/o|needs|wants|refus\w*|denies|reports|states|complains|"
    r"pulled|fell|asking|asked|called|got|received|spiked|desatt?ing|desatted)\b", re.I
)


def patient_after_room(judge: Judge, i: int) -> bool:
    """Whether the lower-case word at ``i`` is a patient's surname after a room or bed number,
    typed fast ("rm 12 hale has a fever"): a name no list calls clinical or an eponym, and either
    no everyday word or drug or one before what a patient does or has (not "bed 4 alarm")."""
    t = judge.tokens[i]
    vocab = judge.vocab
    if (
        t.cap
        or len(t.key) < 3
        or not _ROOM_BEFORE.search(judge.text, max(0, t.start - 16), t.start)
        or not vocab.is_name(t.key)
        or t.key in NEVER
        or t.key in vocab.clinical
        or t.key in vocab.eponyms
        or is_clinical_word(t.key)
    ):
        return False
    # the drug lists hold surnames too ("evans"): a drug-listed word only before what a patient does
    return bool(_PATIENT_NEXT.match(judge.text, t.end)) or not (
        vocab.is_common(t.key, threshold=3.5) or t.key in vocab.drugs)


def cued_lowercase(judge: Judge, i: int) -> bool:
    """Whether a cue stands before the lower-case word at ``i``; a title written out in lower case
    is a common noun before an everyday word ("your doctor before deciding")."""
    if not judge.after_cue(i):
        return False
    j = judge.neighbour(i, -1)
    prev = judge.tokens[j] if j is not None else None
    return not (
        prev is not None
        and not prev.cap
        and prev.key in _NOUN_TITLES
        and judge.vocab.is_name_word(judge.tokens[i].key)
    )


def lab_element(judge: Judge, i: int) -> bool:
    """An element's symbol before its level (``Li 0.6``, ``serum Li 1 mmol/L``), no surname."""
    t = judge.tokens[i]
    return t.key in LAB_ELEMENTS and LAB_VALUE.match(judge.text, t.end) is not None
