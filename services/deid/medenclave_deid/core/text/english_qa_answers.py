"""Names given as answers: a transcribed interview's reply to a question asking for a name, and
a lower-case name in brackets after a study subject's or a case's number.

* **an answer to a name question**: a question that asks for someone's name (``Can you confirm
  your name and date of birth?``, ``What's your full name?``, ``Name please?``, ``Who is your
  emergency contact?``, ``Who is your next of kin?``) and, on its line or the next, a speaker's
  label (``A:``, ``Caller:``, ``Pt:``); the answer's first words are the name, in any case, after
  the fillers (``yes, it's``, ``um``) and a relation (``my brother``), up to a comma, a date or
  the end of the sentence: ``A: lysander kaczmarek, 06/01/1993.``;
* **a subject's name in brackets**: ``subject 114-691 (marisol tran-nguyen) returned ...``,
  ``pt #12 (jo ann smith)``, ``Enrollee 5521 (kwame asante-boateng)``: a research or a case
  number, then one to four name words in brackets, each a known name or a rare word, none a
  clinical or everyday word (``(screen failure)``, ``(withdrawn)``, ``(placebo arm)`` stay).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import KINSHIP, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_answered_names"]

_OWNER = (r"(?:(?:your|his|her|their|the[ \t]+patient['’]?s|the[ \t]+child['’]?s|the[ \t]+baby['’]?s)"
          r"(?:[ \t]+(?:mother|father|mom|dad|wife|husband|spouse|partner|son|daughter|child|"
          r"doctor|physician|pcp|dentist|parent|guardian)['’]?s)?)")
#: a question asking for a person's name
_ASKS = (
    rf"(?:{_OWNER}[ \t]+(?:(?:full|first|last|legal|maiden|preferred|given|family|middle|whole|"
    r"complete)[ \t]+(?:and[ \t]+(?:first|last|middle)[ \t]+)?)?(?:sur)?names?\b"
    r"|\bname[ \t]*,?[ \t]*please\b"
    r"|\bwho[ \t]+(?:is|are|['’]s)[ \t]+(?:your|the|his|her|their)[ \t]+(?:emergency[ \t]+contacts?|"
    r"next[ \t]+of[ \t]+kin|contact[ \t]+person|primary[ \t]+care[ \t]+(?:doctor|physician|provider)|"
    r"pcp|family[ \t]+doctor|regular[ \t]+doctor|caregiver|guardian|(?:health[ \t]*care[ \t]+)?proxy|"
    r"poa|spouse|partner)"
    r"|\bwho[ \t]+should[ \t]+we[ \t]+(?:call|contact|notify)"
    r"|\bwhat[ \t]+(?:name[ \t]+do[ \t]+you[ \t]+go[ \t]+by|do[ \t]+(?:you|people)[ \t]+call[ \t]+you))"
)
_QA = re.compile(
    rf"(?im){_ASKS}[^\n?]*\?[ \t]*(?:\n[ \t]*)?"
    r"(?P<label>[A-Za-z][A-Za-z'’]{0,14}(?:[ \t][A-Za-z'’]{1,14})?)[ \t]*[:.)][ \t]*(?P<a>[^\n]*)"
)
_FILLER = re.compile(
    r"(?i)(?:(?:yes|yeah|yep|sure|ok|okay|um+|uh+|er+|erm|ah+|well|oh|so|of[ \t]+course|certainly|"
    r"it['’]?s|it[ \t]+is|this[ \t]+is|i['’]?m|i[ \t]+am|my[ \t]+name[ \t]+is|my[ \t]+name['’]s|"
    r"name['’]s|that['’]?s|that[ \t]+is|that[ \t]+would[ \t]+be|that['’]d[ \t]+be|"
    r"(?:my|our|his|her|their|the)[ \t]+(?:"
    + "|".join(sorted(KINSHIP | {"friend", "neighbor", "neighbour", "doctor", "pcp", "roommate",
                                 "girlfriend", "boyfriend"}))
    + r")|dr\.?|doctor|named|called)[ \t]*[,:-]?[ \t]*)+"
)
#: a name's words: letters, inner apostrophes and hyphens, an initial
_NAME_WORD = r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*\.?"
_NAME = re.compile(rf"(?P<v>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
                   r"(?=[ \t]*(?:$|[,;:(/]|\.(?:\s|$)|[ \t]-[ \t]|[ \t]+\d"
                   r"|[ \t]+(?:and|born|dob|d\.o\.b)\b))",
                   re.I)
#: words an answer holds that are no name
_NO_NAME = frozenset("""
i me my myself mine you your he him his she her hers it we us our they them their the a an and or
not no yes don't dont do does know sure unknown unsure forget forgot can't cant cannot remember
same just nobody none nothing n/a na nope maybe why what who why please thanks thank again sorry
""".split())
#: a research or a case number, the id itself
_SUBJECT = re.compile(
    r"(?i:\b(?:subject|subj|participant|patient|pt|case|enrollee|enrolee|volunteer|client|"
    r"study[ \t]+(?:id|no|number))\.?[ \t]*(?:(?:id|no|number)\.?[ \t]*)?[#:]?[ \t]*)"
    r"(?P<id>(?:[A-Za-z]{1,4}[-#]?)?\d[\w-]*)[ \t]*\([ \t]*(?P<v>[^()\n\d]{2,60}?)[ \t]*\)"
)
_SUBJECT_STATES = frozenset("""
placebo active control arm cohort withdrawn deceased discontinued ongoing completed randomized
randomised screen screening failure fail lost consent consented male female pediatric adult
eligible ineligible enrolled excluded included replaced dropout dose level
""".split())


def _words(value: str) -> list[str]:
    return [w.rstrip(".") for w in re.findall(_NAME_WORD, value)]


def _named(words: list[str], vocab: TextVocabulary, *, rare: float) -> bool:
    """One to four words, each a known name or a rare word, none a clinical or everyday word."""
    if not 1 <= len(words) <= 4:
        return False
    named = False
    for w in words:
        key = w.lower().replace("’", "'")
        if len(key) == 1:
            continue  # an initial
        if key in _NO_NAME or key in NEVER or key in _SUBJECT_STATES:
            return False
        if vocab.is_name(key) and key not in vocab.clinical:  # "fitzgerald" is a brand too
            named = True
        elif vocab.is_common(key, threshold=rare) or key in vocab.clinical or key in vocab.drugs \
                or is_clinical_word(key):
            return False
        else:
            named = named or len(key) >= 3
    return named


def _answers(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _QA.finditer(text):
        if m["label"].lower() in ("q", "question", "interviewer"):
            continue
        start = m.start("a")
        lead = _FILLER.match(text, start, m.end("a"))
        if lead:
            start = lead.end()
        name = _NAME.match(text, start, m.end("a"))
        if name is None:
            continue
        words = _words(name["v"])
        if _named(words, vocab, rare=4.0):
            out.append(PhiSpan(name.start("v"), name.end("v") - name["v"].endswith("."), "name"))
    return out


def _subjects(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _SUBJECT.finditer(text):
        value = m["v"]
        if "," in value:
            value = value.replace(",", " ")
        if not re.fullmatch(rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}", value):
            continue
        if _named(_words(value), vocab, rare=3.5):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def find_answered_names(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The names answered to a name question, and the names in brackets after a subject's number.

    Args:
        text: the note.
        vocab: what is known about English words.
    """
    return _answers(text, vocab) + _subjects(text, vocab)
