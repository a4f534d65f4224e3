"""People named by a person's key in a machine log's ``key=value`` line.

A kiosk, an interface engine or an outbound-call system logs each event as one line of pairs
(``07:07:37 INFO ocr name="THIBODEAUX, JUNIPER" dob=07/28/1995 age=29``, ``encounter.create
fin=4931038986 dept=ORTHOPEDICS prov=HAWK, ISIDORE``). The key says the value is a person, so a
name made of everyday words (Hawk, Juniper) is a name there:

* the key: ``name``, ``pt``/``patient`` (``pt_name``, ``patient_name``), ``prov``/``provider``,
  ``attending``, ``md``, ``physician``, ``doctor``, ``nurse``, ``rn``, ``pcp``, ``surgeon``,
  ``referrer``, ``guarantor``, ``contact``, ``nok``, ``kin``, ``caller``, ``recipient``;
* the value: quoted, or the capitalised words up to the next pair or the line's end; one to four
  words (``SURNAME, GIVEN``, ``Given Surname``, ``G. Surname``), each capitalised, none a clinical
  or never-name word (a drug's word only within a full name), and no cell that says no one;
* the line: at least one other ``key=value`` pair, so a sentence's "name=" is no log.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_login_handles import KEY_VALUE
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_log_key_names"]

_WORD = r"[A-Z][A-Za-z'’-]*\.?"
_KEY = (
    r"(?:(?:pt|patient)[_.-]?name|name|pt|patient|prov|provider|attending|md|physician|doctor|"
    r"nurse|rn|pcp|surgeon|referrer|referring|guarantor|contact|nok|kin|caller|recipient)"
)
_PAIR = re.compile(
    rf"(?<![\w.-])(?i:{_KEY})=(?:\"(?P<q>[^\"\n]{{1,60}})\""
    rf"|(?P<v>{_WORD}(?:,?[ ]{_WORD}){{0,3}})(?=[ \t]+[\w.-]+=|[ \t]*$))",
    re.MULTILINE,
)


def find_log_key_names(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The names after a person's key in ``text``'s ``key=value`` log lines (module docstring).

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for m in _PAIR.finditer(text):
        group = "q" if m.group("q") is not None else "v"
        value = m.group(group).strip()
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : len(text) if line_end < 0 else line_end]
        if len(KEY_VALUE.findall(line)) < 2 or not _person(value, vocab):
            continue
        start = m.start(group) + m.group(group).index(value)
        out.append(PhiSpan(start, start + len(value), "name"))
    return out


def _person(value: str, vocab: TextVocabulary) -> bool:
    """One to four capitalised words, none clinical, a never-name word or a cell saying no one."""
    words = [w.strip(".,'’-") for w in value.replace(",", " ").split()]
    if not 1 <= len(words) <= 4 or value.lower().strip(" .") in NO_VALUE:
        return False
    for word in words:
        low = word.lower()
        if not word[:1].isupper() or (len(low) > 1 and (low in NEVER or is_clinical_word(low))):
            return False
        if low in vocab.clinical or (low in vocab.drugs and len(words) == 1):
            return False  # a drug's word alone (``name=Juniper``); in a full name it is the name
    return any(len(w) > 1 for w in words)
