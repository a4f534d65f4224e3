"""Everyday words that English finders took for a person or a place, given back to the note.

The last English step; each shape below is a word that identifies no one:

* an everyday compound of a role or a paper written in lower or upper case and known as no name
  (``pt's caseworker``, ``CIVIL SURGEON WORKSHEET``): a title-case unknown word is left alone;
* a hyphenated pair of very frequent words, none of them a given name (``Read-back
  confirmed``, ``Sign-out given``), also where it opens a sentence after a found name;
* a role's noun alone or before the name (``Designee:``, ``Nurse Kim Bray``, ``HCP Mark Lane``);
* an assist level (``contact guard assist``), a hospital's care unit (``NICU``, ``PICU``) and
  a preposition in lower case (``per protocol``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

_CATEGORIES = frozenset({"name", "geo", "hospital", "workplace"})
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*\Z")
_ASSIST_BEFORE = re.compile(r"\b(?:contact|close|standby|stand-by)[ \t]+\Z", re.IGNORECASE)
_CARE_UNIT = re.compile(r"(?:(?:[NPSMCT]|CV|CT|BU|Neuro)?ICU|CCU|PACU|SCN|SCBU|NNU)\Z")
#: a role's noun, never a given name: alone, or opening a name's span ("Nurse Kim Bray")
_ROLE_NOUNS = frozenset({"nurse", "caseworker", "designee", "interpreter", "alternate", "hcp", "hcpoa",
                         "poa", "advocate", "sitter", "doula", "midwife", "proxy", "surrogate", "keyworker",
                         "physio", "prescriber"})
_LEAD_NOUN = re.compile(r"(?P<w>[A-Za-z]+)[ \t]+(?=[A-Z][a-z])")
_INNER_NOUN = re.compile(r"\.[ \t]+(?P<w>[A-Za-z]+)[ \t]+(?=[A-Z][a-z])")
_COMMA_NAME = re.compile(r",[ \t]*[A-Z]")
_PREPOSITIONS = frozenset({"per", "via", "versus", "vs"})
#: (not after a middle initial: "Iris S. Young-Park" is one name)
_SENTENCE_TAIL = re.compile(r"(?<!\b[A-Z])\.[ \t]+([A-Za-z]+(?:-[A-Za-z]+)+)\Z")
_LABEL_TAIL = re.compile(r",[ \t]+([A-Z][a-z]+)\Z")
_COLON_AFTER = re.compile(r"[ \t]*:")


#: the head nouns of everyday compounds naming a role or a paper (``caseworker``, ``worksheet``)
_HEADS = ("worker", "keeper", "teacher", "giver", "taker", "maker", "sheet", "card", "book", "list")


def _compound(word: str, vocabulary: TextVocabulary) -> bool:
    """``caseworker``, ``WORKSHEET``: an everyday word of three letters or more before a head noun
    of a role or a paper (a surname that is a word, ``rosenthal``, ``journey``, is no such pair)."""
    head = next((h for h in _HEADS if word.endswith(h)), "")
    return bool(head) and len(word) - len(head) >= 3 and vocabulary.zipf(word[:-len(head)]) >= 4.0


def _hyphened_words(word: str, vocabulary: TextVocabulary) -> bool:
    """``read-back``: every part a very frequent word, none a given name."""
    parts = word.split("-")
    return len(parts) > 1 and all(
        len(p) >= 2 and vocabulary.zipf(p) >= 5.0 and p not in vocabulary.first_names for p in parts)


def _plain(text: str, span: PhiSpan, vocabulary: TextVocabulary, near: bool) -> bool:
    value = text[span.start:span.end]
    if not _WORD.match(value):
        return False
    lower = value.lower()
    if _hyphened_words(lower, vocabulary):
        return True
    if span.category != "name":
        return False
    if lower == "guard" and _ASSIST_BEFORE.search(text, 0, span.start):
        return True
    if _CARE_UNIT.match(value):
        return True
    # not "NURSE, CHRISTIAN A" nor "Christian Nurse": a capitalised surname beside its given name
    surname = not value.islower() and (near or _COMMA_NAME.match(text, span.end))
    if value in _PREPOSITIONS or (lower in _ROLE_NOUNS and not surname):
        return True
    if near or "-" in lower or vocabulary.is_name(lower) or not (value.islower() or value.isupper()):
        return False
    return _compound(lower, vocabulary)


def drop_plain_words(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """``spans`` less the everyday words above, and a found name less a hyphenated pair of words
    that opens the next sentence (``Dr. Ada Lind. Read-back``) or a field's label that follows
    it (``Ada Lind, Alternate: Ben Ortiz``).

    Args:
        text: the note.
        spans: the resolved English spans.
        vocabulary: the word knowledge.
    """
    names = [s for s in spans if s.category == "name"]
    kept: list[PhiSpan] = []
    for span in spans:
        if span.category not in _CATEGORIES:
            kept.append(span)
            continue
        # beside another name ("PERSON, RANDY G"): a surname that is also a word
        near = any(o is not span and (0 <= o.start - span.end <= 3 or 0 <= span.start - o.end <= 3)
                   for o in names)
        if _plain(text, span, vocabulary, near):
            continue
        tail = _SENTENCE_TAIL.search(text, span.start, span.end)
        if span.category == "name" and tail and _hyphened_words(tail.group(1).lower(), vocabulary):
            span = PhiSpan(span.start, tail.start(), span.category)
        lead = _LEAD_NOUN.match(text, span.start, span.end) if span.category == "name" else None
        if lead and lead.group("w").lower() in _ROLE_NOUNS:
            span = PhiSpan(lead.end(), span.end, span.category)  # "Nurse Kim Bray", "HCP Mark Lane"
        inner = _INNER_NOUN.search(text, span.start, span.end) if span.category == "name" else None
        if inner and inner.group("w").lower() in _ROLE_NOUNS:  # "Mark Lane. Designee Ann Roe"
            kept.append(PhiSpan(span.start, inner.start(), span.category))
            span = PhiSpan(inner.end(), span.end, span.category)
        label = _LABEL_TAIL.search(text, span.start, span.end)
        word = label.group(1).lower() if label else ""
        if (span.category == "name" and label and label.start() > span.start
                and _COLON_AFTER.match(text, span.end) and vocabulary.is_common(word, threshold=4.0)
                and not vocabulary.is_name(word)):
            span = PhiSpan(span.start, label.start(), span.category)  # "Ada Lind, Alternate:"
        kept.append(span)
    return kept
