"""Eponymous terms of English notes kept by their shape, whether or not the eponym is listed.

The eponym modules keep the names they list; clinicians name many more signs, fractures, tests,
instruments and operations after people (``Bennett fracture``, ``Volkmann contracture``, ``Ober
test``, ``Satinsky clamp``, ``Wood's lamp exam``, ``Morse Fall Scale``), and a label or a name rule
reads the unlisted name as a person. A capitalised name, a hyphenated pair of them, with or without
its possessive, right before the head noun of a clinical eponym (a fracture, a sign, a test, a
scale, a syndrome, a catheter, a clamp, an incision ...), with at most two describing words between
(``Murphy punch sign``, ``Rathke cleft cyst``), is the term and is kept, with an acronym in
brackets after it (``Patrick test (FABER)``).

It stays a person where the note says so:

* **a title before it** (``Dr. Wood test results``, ``Nurse Jones test-fed``), a given name
  before it (``Anna Wood test``), or a label of a person's field before it (``Surgeon: Kocher
  incision``);
* **the head read as a verb or a service** (``Jones test-fed``, ``Smith tests the``, ``Smith
  fracture clinic``);
* **the name is a person found elsewhere in the note** (``Tom Bennett`` in the header, then
  ``Bennett fracture``): the name of the note's person, whatever follows it.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_eponym_breadth_keep10 import BREADTH_EPONYMS
from medenclave_deid.core.text.english_eponym_terms import EPONYM_TERM_NAMES
from medenclave_deid.core.text.english_lone_eponyms import MORE_EPONYMS, SCALE_EPONYMS
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["keep_eponym_shapes", "person_before_heads"]

#: head nouns of clinical eponyms (matched in any case)
_HEADS = (
    r"fractures?|fracture-dislocations?|phenomenon|signs?|tests?|maneuvers?|manoeuvres?|reflex(?:es)?|"
    r"lamp|scales?|scores?|classification|criteria|syndrome|sequence|disease|palsy|paralysis|"
    r"paresis|tubes?|T-tube|catheters?|needles?|forceps|incisions?|procedure|operation|repair|"
    r"fundoplication|myotomy|pull-through|nodes?|nodules?|cysts?|contractures?|lesions?|"
    r"stain(?:ing)?|bodies|cells?|rods|spots|curves?|lines|triad|pentad|ulcers?|tumou?rs?|"
    r"lymphoma|sarcoma|neuroma|adenoma|deformity|kyphosis|traction|splint|brace|harness|"
    r"retractors?|clamps?|scissors|elevators?|speculum|dilators?|drains?|shunt|pouch|triangle|"
    r"canal|tubercles?|hernia|diverticulum|nev(?:us|i)|naev(?:us|i)|papules|striae|thyroiditis|"
    r"tenosynovitis|encephalopathy|aphasia|dystrophy|anomaly|angle|sounds|murmur|pulse|"
    r"respirations?|breathing|pupils?|smear|chart|plates|grid|ligaments?|fascia|glands?|"
    r"membrane|capsule|infraction|transformation|agammaglobulinemia|arteritis|disorder|"
    r"position|approach|technique|staging|stage|grade|formula|equation|effect|reaction|line|waves?|"
    r"valve|fistula|space|ring|loop|prep|view|projection|band|bundle|pessary|cannula|stent|filter|mask|"
    r"solution|principle|diet|inserts?|insoles?|closure|block|bag|boot|lift|protocol|regimen|"
    r"clotting[ \t]time|safety[ \t]plan|"
    # preparations named after their maker ("Lugol's iodine", "Monsel's paste", "Lassar's paste")
    r"iodine|paste|paint|ointment|cream|lotion|powder|reagent|agar|tincture|jelly"
)
#: a name written as a word: capitalised, a Mc/Mac/O'/De prefix allowed, an accent allowed
_NAME = r"(?:Mc|Mac|O'|O’|De|Di|La|Le)?[A-Z][a-zß-ÿ]+"
_PARTICLE = r"(?:(?:[dD]e|[vV]on|[vV]an|du|di|da|le|la)[ \t]+)?"
_TERM = re.compile(
    r"(?<![A-Za-z.-])(?<![A-Za-z]['’])"
    rf"(?=(?P<all>(?P<name>{_PARTICLE}{_NAME}(?:[ \t]?[-–][ \t]?{_NAME}){{0,2}})"
    r"(?P<poss>'s|’s|s'|’)?"
    r"(?P<size>[ \t]+\d{1,2}(?:\.\d)?(?:[ \t]?(?:Fr|French|mm|G))?)?"
    r"(?P<mid>(?:[ \t]+(?:[A-Za-z][a-z]+(?:-[a-z]+)?|[A-D])){0,2})"
    rf"[ \t]+(?P<head>(?i:{_HEADS}))(?![A-Za-z-])"
    r"(?:[ \t]+\([A-Z]{2,8}\))?))"
)
#: a title or a role right before the name: the person
_TITLE_BEFORE = re.compile(
    r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse|rn|np|pa|rev|sgt|officer|sister|brother|"
    r"patient|pt|surgeon|consultant|attending|resident|midwife|physio|therapist|dear|by|with|"
    r"to|cc|from|per|ask|asked|call|called|tell|told|page|paged|thank|thanks|see|saw))\.?[ \t]+$"
)
#: a preposition that takes a person, before a name: not the person when a thing's head follows
#: ("treated with Hartmann solution", "switched to Atkins diet"; "spoke with Wood test" stays his)
_WEAK_BEFORE = re.compile(r"(?i:\b(?:with|to|from|per|see|saw))\.?[ \t]+$")
_THING_HEAD = re.compile(
    r"syndrome|disease|criteria|classification|scales|formula|solution|principle|diet|inserts?|"
    r"insoles?|closure|block|protocol|regimen|clotting[ \t]time|safety[ \t]plan|catheters?|position|"
    r"maneuver|manoeuvre|triad|smear|stain|technique|splint|brace|boot|lift|bag|"
    r"iodine|paste|paint|ointment|cream|lotion|powder|reagent|agar|tincture|jelly"
)
#: a person's field label before the name on its line ("Surgeon: ", "Referred by - ")
_PERSON_LABEL = re.compile(
    r"(?im)^[ \t]*[^\n:]{0,30}\b(?:name|patient|pt|surgeon|physician|doctor|attending|nurse|"
    r"provider|resident|fellow|consultant|assistant|anaesthetist|anesthesiologist|witness|"
    r"guardian|mother|father|spouse|kin|informant|interpreter|author|signed|referr\w*|pcp|"
    r"therapist|tech\w*|rn|md|contact|by|to|from|cc|employer|sponsor|company|occupation|business)"
    r"[ \t]*[:#=-][ \t]*$"
)
#: a describing word between the name and its head may be no function word and no verb (``ENT:
#: Okafor notes tympanostomy tubes patent``: the team member's finding)
_NOT_MID = frozenset(
    """
the a an and or of to for with at by on in from as is was were are be been has had have will
would could should can may might must did does do his her their its our your my him them us me
weeks week days day years year months month hours hour yo yrs mins minutes
he she they we you i it this that these those who which what when where needs need got gets
said says told asked called saw sees seen came went gave given took taken made wants wanted
no not yes per via please also then than just only still very so but if
notes reports recommends states agrees feels suggests advises confirms finds describes documents
""".split()
)
#: a head that is also a verb, then its object ("Smith tests the", "Jones scores her")
_VERB_OBJECT = re.compile(r"[ \t]+(?:the|an?|him|her|them|his|their|its|me|us|you)\b", re.I)
#: a service or a place named after the head ("Smith Fracture Clinic", "Jones test lab")
_SERVICE_AFTER = re.compile(
    r"[ \t]+(?:clinic|service|team|unit|ward|office|department|dept|centre|center|lab|room|"
    r"nurse|coordinator|booking|desk|manager|worker|supervisor)\b",
    re.I,
)
_WORD = re.compile(r"[A-Za-zß-ÿ]+")
#: heads that anyone's possessive comes before ("Ilse's test", "Brandt's procedure")
_ANYONES_HEAD = re.compile(
    r"tests?|scores?|scales?|lines?|tubes?|procedure|operation|catheters?|position|approach|technique|"
    r"stage|grade|effect|reaction|view|projection|prep|plates|chart|band|mask|space|loop|ring|drains?|"
    r"needles?|equation|formula|repair|incisions?|brace|splint|harness|staging|criteria|classification"
)
_TITLE_HEADS = re.compile(
    r"Scales?|Scores?|Tests?|Criteria|Classification|Signs?|Syndrome|Disease|Reflex|Maneuver|"
    r"Manoeuvre|Phenomenon|Fracture|Palsy|Procedure|Operation|Catheter|Tube"
)


def _mid_ok(mid: str, vocabulary: TextVocabulary, head_capital: bool) -> bool:
    """Whether the words between the name and the head describe the thing (``punch``, ``cleft``,
    ``Fall`` of ``Morse Fall Scale``), none of them a function word, a verb or a given name."""
    for word in mid.split():
        lower = word.lower()
        base = lower.split("-")[0]
        if (
            lower in _NOT_MID
            or base in _NOT_MID
            or (lower.endswith(("ed", "ing")) and lower not in vocabulary.clinical)
        ):
            return False
        if len(word) > 1 and word[0].isupper() and (not head_capital or lower in vocabulary.first_names):
            return False
    return True


def _ranges(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _TERM.finditer(text):
        name, head, mid = m.group("name"), m.group("head"), m.group("mid")
        proper = name.split()[-1]
        if name.isupper() or not proper[0].isupper() or not any(c.islower() for c in proper):
            continue
        start = m.start()
        before = text[max(0, start - 40) : start]
        thing = bool(_WEAK_BEFORE.search(before)) and bool(_THING_HEAD.fullmatch(head.lower()))
        if (_TITLE_BEFORE.search(before) and not thing) or _PERSON_LABEL.search(
            text, text.rfind("\n", 0, start) + 1, start
        ):
            continue
        # "Anna Wood test": a given name right before the name
        prev = re.search(r"([A-Z][a-zß-ÿ]+)[ \t]+$", before)
        if (
            prev
            and prev.group(1).lower() in vocabulary.first_names
            and not vocabulary.is_common(prev.group(1).lower(), threshold=5.0)
        ):
            continue
        if not _mid_ok(mid, vocabulary, head[0].isupper()):
            continue
        # "Agnieszka's test", "Kowalski's procedure": a given name, or a possessive before a head
        # that anyone has (a test, a score, a line), is the person's
        anyones = bool(_ANYONES_HEAD.fullmatch(head.lower()))
        given = name.lower() in vocabulary.first_names and name.lower() not in vocabulary.last_names
        if anyones and (m.group("poss") or given):
            continue
        # a title-case head names an instrument only ("Morse Fall Scale"; "Brady Auto Body" is a firm)
        if head[0].isupper() and not _TITLE_HEADS.fullmatch(head) and head.lower() != "t-tube":
            continue
        end = m.end("head")
        if text[end : end + 1] == "-" or _SERVICE_AFTER.match(text, end):
            continue
        if _VERB_OBJECT.match(text, end) and (head.lower().endswith("s") or m.group("size")):
            continue
        out.append((start, m.end("all"), name))
    return out


def _persons(text: str, spans: list[PhiSpan], ranges: list[tuple[int, int, str]]) -> set[str]:
    """The words of the name spans that lie in no term: the note's people."""
    words: set[str] = set()
    for span in spans:
        if span.category != "name" or any(s <= span.start and span.end <= e for s, e, _ in ranges):
            continue
        words.update(w.lower() for w in _WORD.findall(text[span.start : span.end]))
    return words


def keep_eponym_shapes(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """``spans`` without the name, place and workplace spans that lie inside an eponymous term of
    the module docstring.

    Args:
        text: the note.
        spans: resolved spans.
        vocabulary: the word knowledge.
    """
    if not spans:
        return spans
    ranges = _ranges(text, spans, vocabulary)
    if not ranges:
        return spans
    people = _persons(text, spans, ranges)
    terms = [(s, e) for s, e, name in ranges if not any(w.lower() in people for w in _WORD.findall(name))]

    def covered(span: PhiSpan) -> bool:
        inside = [(s, e) for s, e in terms if s < span.end and span.start < e]
        return bool(inside) and all(
            any(s <= i < e for s, e in inside) for i in range(span.start, span.end) if text[i].isalpha()
        )

    return [s for s in spans if not (s.category in ("name", "geo") and covered(s))]


def person_before_heads(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """The note's person's name written again before an eponym's head (``Tobin Arkwright`` in the
    header, then ``Arkwright test results``), when no eponym list holds it: the person, not a term.

    Args:
        text: the note.
        spans: resolved spans.
        vocabulary: the word knowledge.
    """
    people = _persons(text, spans, [])
    if not people:
        return []
    listed = EPONYM_TERM_NAMES | BREADTH_EPONYMS | MORE_EPONYMS | SCALE_EPONYMS | vocabulary.eponyms
    out: list[PhiSpan] = []
    for m in _TERM.finditer(text):
        name = m.group("name")
        words = [w.lower() for w in _WORD.findall(name)]
        if name[0].isupper() and words and all(w in people and w not in listed for w in words):
            out.append(PhiSpan(m.start("name"), m.end("name"), "name"))
    return out
