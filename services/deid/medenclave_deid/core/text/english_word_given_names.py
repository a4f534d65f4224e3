"""Given names no list knows (or that are everyday words) beside a found person, after a title
or a companion's role, and a role's qualifier taken for a person:

* a title, then a capitalised word, then a found surname: the word is the given name
  (``Dr Primrose Okafor``), whatever else it means;
* a capitalised word no list knows as an everyday word right before a found surname, in a run
  of capitals (``released to Primrose Halvorsen (friend, …)``);
* a companion's role, then a capitalised word alone or in brackets: the companion
  (``interpreter Primrose (Amharic)``, ``medical escort (Hope)``, ``escort (Ji-woo)``);
* a line's first word before a role and a colon is the role's qualifier (``Ringside physician:``),
  unless lists know it as a name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_name_forms import listed_word
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["keep_role_qualifiers", "word_given_names"]

_CAP = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-Za-zß-öø-ÿ'’]+)?"
_TITLE_WORD_BEFORE = re.compile(
    rf"(?<![\w.])(?:Dr|Doctor|Prof|Professor|Mr|Mrs|Ms|Mx|Miss)\.?[ \t]+(?P<w>{_CAP})[ \t]+$"
)
_WORD_BEFORE = re.compile(rf"(?<![\w.'’-])(?P<w>{_CAP})[ \t]$")
_ROLES = (
    r"interpreter|translator|escort|chaperone|chaperon|advocate|caseworker|key[ -]?worker|carer|"
    r"caregiver|doula|companion|sitter|attendant|support[ \t]+worker"
)
_ROLE_NAME = re.compile(
    rf"(?<![\w-])(?i:{_ROLES})[ \t]+(?:(?P<w>{_CAP})(?=[ \t]*[(,.;]|[ \t]*$)|\((?P<b>{_CAP})\))",
    re.M,
)
#: a qualifier right before its role (``Triage Nurse:``), never a title's name before a field's gap
#: (``Surgeon: Dr. Langford   Nurse:``)
_QUALIFIED_ROLE = re.compile(
    r"(?m:^|(?<=\.[ \t])(?<!Dr\.[ \t])(?<!Mr\.[ \t])(?<!Ms\.[ \t]))[ \t]*(?P<w>[A-Z][a-z]+)[ \t]"
    r"(?i:physician|doctor|nurse|medic|surgeon|paramedic|officer|inspector|referee|steward|judge)"
    r"[ \t]*:"
)


def _names_no_one_else(word: str, vocabulary: TextVocabulary) -> bool:
    low = word.lower()
    return not listed_word(word) and (vocabulary.is_name(low) or not vocabulary.is_common(low))


def word_given_names(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """The given names and companions of the shapes above, each with the surname found after it.

    Args:
        text: an English note.
        spans: resolved spans.
        vocabulary: the word knowledge.
    """
    out: list[PhiSpan] = []
    for span in spans:
        if span.category != "name" or not text[span.start : span.start + 1].isupper():
            continue
        titled = _TITLE_WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
        if titled and not listed_word(titled.group("w")):
            out.append(PhiSpan(titled.start("w"), span.end, "name"))
            continue
        before = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
        if (
            before
            and " " not in text[span.start : span.end]
            and not listed_word(before.group("w"))
            and not vocabulary.is_common(before.group("w").lower())
            and before.group("w").lower() not in vocabulary.places
            and not any(s.start < before.end() and before.start() < s.end for s in spans)
        ):
            out.append(PhiSpan(before.start("w"), span.end, "name"))
    for m in _ROLE_NAME.finditer(text):
        group = "w" if m.group("w") else "b"
        if _names_no_one_else(m.group(group), vocabulary):
            out.append(PhiSpan(m.start(group), m.end(group), "name"))
    return out


def keep_role_qualifiers(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """``spans`` without a role's qualifier word taken for a person.

    Args:
        text: an English note.
        spans: resolved spans.
        vocabulary: the word knowledge.
    """
    words = {
        (m.start("w"), m.end("w"))
        for m in _QUALIFIED_ROLE.finditer(text)
        if not vocabulary.is_name(m.group("w").lower())
    }
    return [s for s in spans if s.category != "name" or (s.start, s.end) not in words]
