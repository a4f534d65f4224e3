"""Everyday words the English tagger or the name judge took for a person or a place, kept.

Run after :func:`~medenclave_deid.core.text.english_plain_words_prec12.drop_plain_words`; each
shape below names no one, and a word in a person's slot (after a title or a name's label, beside
another found name, before a credential, or a log-in the note gives in brackets after its owner's
name: ``Carla (coneal)`` ... ``by coneal``) is never released:

* a word that no list knows as a name built of an everyday or clinical one (``Exhaled``,
  ``Counseled``, ``Categorical``, ``adjuster``, ``Sincerely``); an everyday word alone is left to
  the finders (``Journey``, ``Kindred`` are given names);
* the answer after a kin or role speaker's label, a one-word sentence (``Mom: Good. Fine.``);
* the first word of a field's label whose rest is lower case (``Best time:``, ``Hosp no:``), or a
  word of a title-case label of everyday words (``Reason Medicare May Not Pay:``);
* an acronym spelled out just before it (``Resident Review (PASRR)``), wherever it recurs.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_derived import is_derived_word
from medenclave_deid.core.text.english_draw_log_logins import log_logins
from medenclave_deid.core.text.english_words import KINSHIP, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["keep_everyday_words"]

_WORD = re.compile(r"[A-Za-z]+\Z")
#: derivations with what they stand for in the word they come from, beyond ``is_derived_word``'s
_SUFFIXES = (
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("ally", ""),
    ("ical", "y"),
    ("ical", "ic"),
    ("al", ""),
    ("er", ""),
    ("ers", ""),
    ("ment", ""),
)
_TITLE_BEFORE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof|Sr|Fr|Rev)\.?[ \t]*\Z", re.IGNORECASE)
_NAME_LABEL = re.compile(
    r"\b(?:name|surname|forename|patient|pt|by|signed|attending|contact|kin|surveyor|auditor|assessor|"
    r"clerk|log-?in|username)\b"
    r"[^\n:|]{0,24}:[ \t]*\Z",
    re.IGNORECASE,
)
_CREDENTIAL_AFTER = re.compile(r"[ \t]*,[ \t]*[A-Z]{2,}\b")
#: kin and roles who speak in a transcript ("Mom: Better. He eats more.")
_SPEAKER = re.compile(
    r"^[ \t]*(?:mom|mum|dad|mother|father|parent|son|daughter|wife|husband|partner|sister|brother|"
    r"grandma|grandmother|grandpa|grandfather|aunt|uncle|spouse|carer|caregiver|guardian|child|"
    r"pt|patient|nurse|rn|md|dr|clinician|interpreter|staff|provider)[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)
_SENTENCE_BEFORE = re.compile(r"(?::|[.!?])[ \t]+\Z")
_SENTENCE_AFTER = re.compile(r"[.!?]")
_CELL_START = re.compile(r"(?:^|\||\t| {2})[ \t]*\Z", re.MULTILINE)
#: "time:" after "Best", "no K268496" after "Hosp": the label's lower-case rest, then a colon or a code
_LOWER_LABEL = re.compile(r" ([a-z]{2,})(?: ([a-z]{2,}))?(?:[ \t]*:| (?=[A-Z]{0,3}\d{4,}))")
#: single-spaced: a field gap before the label's words ends the value before it ("Brennan   Fed ID:")
_TITLE_LABEL = re.compile(r"(?:[A-Z][A-Za-z']*[ \t](?![ \t])){2,}[A-Z][A-Za-z']*[ \t]*:")
_ACRONYM = re.compile(r"\(([A-Z]{3,8})\)")
_GAP = re.compile(r"[ \t]?[,.]?[ \t]?")
_QUOTES = frozenset("\"'\u201c\u2018(")
_GAP_TAIL = re.compile(r"[ \t]{2,}([A-Za-z]+)\Z")
_VERB_AFTER = re.compile(r"[ \t]+[a-z]+(?:ed|s)\b")
_SMALL = frozenset({"and", "of", "the", "for", "in", "on", "to", "&"})


def _built(word: str, vocabulary: TextVocabulary) -> bool:
    """An everyday or clinical word inflected or derived (``Exhaled``, ``Categorical``)."""
    lower = word.lower()
    if len(lower) < 5:
        return False
    if is_derived_word(word, vocabulary.zipf):
        return True
    for suffix, restore in _SUFFIXES:
        base = lower[: -len(suffix)] + restore
        if (
            lower.endswith(suffix)
            and len(base) >= 4
            and (vocabulary.zipf(base) >= 3.0 or base in vocabulary.clinical)
        ):
            return True
    return False


def _everyday(word: str, vocabulary: TextVocabulary) -> bool:
    lower = word.lower()
    if vocabulary.is_name(lower) or lower in vocabulary.places or (word.isupper() and len(word) > 1):
        return False
    return _built(word, vocabulary)


def _person_slot(text: str, span: PhiSpan, names: list[PhiSpan]) -> bool:
    line = text.rfind("\n", 0, span.start) + 1
    return bool(
        text[span.start - 1 : span.start] in _QUOTES  # 'Clay "Pip" Brannigan', '(goes by "Cricket")'
        or _TITLE_BEFORE.search(text, max(line, span.start - 8), span.start)
        or _NAME_LABEL.search(text, max(line, span.start - 40), span.start)
        or _CREDENTIAL_AFTER.match(text, span.end)
        or _bracketed_login(text, text[span.start : span.end])
        or any(
            o is not span
            and (_GAP.fullmatch(text, span.end, o.start) or _GAP.fullmatch(text, o.end, span.start))
            for o in names
        )
    )


def _bracketed_login(text: str, value: str) -> bool:
    """Whether the lower-case ``value`` is a log-in the note gives in brackets after a name
    (``Carla (coneal)``, ``Ivo [login coneal]``)."""
    if not value.islower() or value in KINSHIP or value in NEVER:
        return False  # "Emeka Pham (partner)": a relation, no log-in
    login = rf"(?P<n>[A-Z])[\w'-]+[ ]?(?:\(|\[(?:log-?in|user|id)?:?[ ]?){re.escape(value)}[)\]]"
    paired = any(m["n"].lower() == value[0] for m in re.finditer(login, text))  # its name's initial
    return paired or value in log_logins(text)  # "Ivo / coneal", "user=coneal"


def _speaker_answer(text: str, span: PhiSpan, vocabulary: TextVocabulary) -> bool:
    """A one-word sentence in a kin or role speaker's turn (``Mom: Good. Fine.``)."""
    line = text.rfind("\n", 0, span.start) + 1
    lower = text[span.start : span.end].lower()
    return bool(
        _SPEAKER.match(text, line, span.start)
        and _SENTENCE_BEFORE.search(text, line, span.start)
        and _SENTENCE_AFTER.match(text, span.end)
        and vocabulary.is_common(lower, threshold=4.5 if vocabulary.is_name(lower) else 3.0)
        and lower not in vocabulary.name_dominant
        # "Husband: Andrew.": a given name that is no everyday word answers no one
        and not (lower in vocabulary.first_names and not vocabulary.is_name_word(lower))
    )


def _label_head(text: str, span: PhiSpan, vocabulary: TextVocabulary) -> bool:
    """``Best time:``, ``Hosp no:``: a field's label opening a line or a cell."""
    tail = _LOWER_LABEL.match(text, span.end)
    if not tail or not _CELL_START.search(text, max(0, span.start - 3), span.start):
        return False
    words = [w for w in tail.groups() if w]
    return all(vocabulary.is_common(w) and not vocabulary.is_name(w) for w in words)


def _title_label(text: str, span: PhiSpan, vocabulary: TextVocabulary) -> bool:
    """A word of ``Reason Medicare May Not Pay:``: a run of capitalised words ending in a colon, two
    of them everyday words known as no name, none of the span's neighbours a name."""
    line = text.rfind("\n", 0, span.start) + 1
    end = text.find("\n", span.end)
    for m in _TITLE_LABEL.finditer(text, line, len(text) if end < 0 else end):
        if not m.start() <= span.start < span.end <= m.end():
            continue
        words = list(re.finditer(r"[A-Za-z']+", m.group()))
        plain = [
            w
            for w in words
            if not vocabulary.is_name(w.group().lower())
            and vocabulary.is_common(w.group().lower(), threshold=4.0)
        ]
        at = [i for i, w in enumerate(words) if m.start() + w.start() == span.start]
        if len(plain) < 2 or not at:
            return False
        near = [words[j].group().lower() for j in (at[0] - 1, at[0] + 1) if 0 <= j < len(words)]
        return not any(vocabulary.is_name(w) for w in near)
    return False


def _spelled_acronyms(text: str) -> set[str]:
    """Acronyms in parentheses whose words just before spell them (``Resident Review (RR)``)."""
    found: set[str] = set()
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        before = re.findall(r"[A-Za-z]+", text[max(0, m.start() - 120) : m.start()])
        for words in (before, [w for w in before if w.lower() not in _SMALL]):
            if (
                len(words) >= len(acronym)
                and "".join(w[0] for w in words[-len(acronym) :]).upper() == acronym
            ):
                found.add(acronym)
    return found


def keep_everyday_words(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """``spans`` less the one-word names and places above that name no one.

    Args:
        text: the note.
        spans: the resolved English spans.
        vocabulary: the word knowledge.
    """
    names = [s for s in spans if s.category == "name"]
    acronyms = _spelled_acronyms(text)
    kept: list[PhiSpan] = []
    for span in spans:
        value = text[span.start : span.end]
        tail = _GAP_TAIL.search(value) if span.category == "name" else None
        if tail and (
            (_everyday(tail.group(1), vocabulary) and _built(tail.group(1), vocabulary))
            or _label_head(text, PhiSpan(span.start + tail.start(1), span.end, span.category), vocabulary)
        ):
            kept.append(PhiSpan(span.start, span.start + tail.start(), span.category))  # "Ann Roe   Callback"
            continue
        if span.category not in ("name", "geo") or not _WORD.match(value):
            kept.append(span)
            continue
        if value in acronyms:
            continue
        if _person_slot(text, span, names):
            kept.append(span)
            continue
        if span.category == "name" and (
            _speaker_answer(text, span, vocabulary)
            or _label_head(text, span, vocabulary)
            or _title_label(text, span, vocabulary)
        ):
            continue
        # a place is left alone ("died in Homer"), and so is a sentence's subject ("Lively placed")
        if span.category == "name" and _everyday(value, vocabulary) and not _VERB_AFTER.match(text, span.end):
            continue
        kept.append(span)
    return kept
