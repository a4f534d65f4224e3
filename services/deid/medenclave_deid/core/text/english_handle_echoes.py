"""A found person's name written again as a log-in handle, and the given name after a found
surname in capitals.

* **handles**: systems make a staff member's log-in from their name (``Wren Banks`` →
  ``wbanks``, ``wren.banks``, ``banksw``, ``wbanks2``; ``Genevieve Sørensen`` → ``gsrensen`` or
  ``gsorensen``; ``Marigold Ben-David`` → ``mbendavid``), and notes sign with it (``Wren Banks,
  OTR/L, CHT (wbanks)``, ``exported by wbanks``). Every found name of a given name and a surname
  gives the handles such systems make; a lower-case word of the note that is one of them (a
  short number after it allowed) is the same person. A handle of fewer than five letters, or one
  that is an everyday word, goes only inside brackets or after ``by``;
* **a capitals given name after a found surname** (``Donor: Ó DÁLAIGH, DELPHINE``, ``MEDIC:
  ACHTERBERG, MARIGOLD``): the record's SURNAME, GIVEN form, where the surname was found and the
  word after its comma is in capitals and ends the field (a line's end, a wide gap, a middle
  initial); a credential, a state's code or a suffix there (``SMITH, MD``) is no name;
* **one word and a credential after an assisting role's label** (``assisted: marigold, MA``,
  ``chaperone: Anders, CMA``): the label says a person stands there, the credential says who.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_geo import STATE_CODES
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER, TITLES, word_key
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["handle_echoes"]

_PARTICLES = frozenset("van von de del della da di du la le st ter den der al el bin ibn mac".split())
_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")
_LOWER_TOKEN = re.compile(r"(?<![\w.@/-])(?P<h>[a-z][a-z._]{2,30}[a-z])(?P<n>\d{0,3})(?![\w@-]|\.\w)")
_BY = re.compile(r"(?i)\bby[ \t]+$")
#: a found surname in capitals, its comma, a given name in capitals that ends the field
_CAPS_GIVEN = re.compile(
    r",[ \t]*(?P<g>[^\W\d_a-z][^\W\d_a-z'’-]{1,20})(?=[ \t]*$|[ \t]{2,}|\t|[ \t]+[A-Z]\.?(?:[ \t]|$))",
    re.MULTILINE,
)
_NO_ONE = frozenset(("self", "none", "family", "staff", "nobody"))
_SUFFIXES = frozenset("JR SR II III IV V ESQ".split())
#: an assisting role's label, one word, a credential
_ASSIST = re.compile(
    r"(?i:\b(?:assisted|assist|assistant|chaperone|chaperoned|scribe|scribed|witness|witnessed|"
    r"observer|circulator|scrub|present)(?:[ \t]+by)?[ \t]*[:\-–][ \t]*)"
    r"(?P<v>[A-Za-z][a-z'’-]{1,20}),[ \t]*(?P<c>[A-Z][A-Za-z/-]{1,7})\b"
)


def _fold(word: str) -> tuple[str, str]:
    """The word's letters as a handle writes them (``word_key``: lower case, accents off), with
    ``ø``/``ł`` read as ``o``/``l`` and with every other non-ASCII letter dropped (``Sørensen`` →
    ``sorensen``, ``srensen``)."""
    folded = word.casefold()
    return _letters(word_key(folded.replace("ø", "o").replace("ł", "l"))), _letters(word_key(folded))


def _letters(key: str) -> str:
    return "".join(c for c in key if c.isalpha())


def _handles(given: str, surname: str) -> set[str]:
    out: set[str] = set()
    for g in _fold(given):
        for s in _fold(surname):
            if len(g) < 2 or len(s) < 2:
                continue
            for h in (g[0] + s, f"{g}.{s}", f"{g}_{s}", f"{g[0]}.{s}", s + g[0], g + s[0], f"{s}.{g}"):
                out.update({h, h[:8]})
    return {h for h in out if len(h) >= 4}


def _people(text: str, spans: list[PhiSpan]) -> list[tuple[str, str]]:
    merged: list[list[int]] = []  # "Ingrid" "Søndergaard" found apart: one name
    for s in sorted((s for s in spans if s.category == "name"), key=lambda s: s.start):
        if merged and s.start >= merged[-1][1] and not text[merged[-1][1] : s.start].strip(" \t"):
            merged[-1][1] = max(merged[-1][1], s.end)
        else:
            merged.append([s.start, s.end])
    out = []
    for start, end in merged:
        value = text[start:end]
        if "," in value:
            last, _, first = value.partition(",")
            words = _WORDS.findall(first)[:1] + _WORDS.findall(last)
        else:
            words = _WORDS.findall(value)
        words = [w.strip(".") for w in words if w.strip(".") and w.strip(".").lower() not in TITLES]
        if len(words) < 2 or len(words[0]) < 2:
            continue
        rest = [w for w in words[1:] if w.lower() not in _PARTICLES and len(w) > 1]
        if rest:
            out.append((words[0], "".join(w for w in words[1:] if len(w) > 1)))
            out.append((words[0], rest[-1]))
    return out


def _handle_spans(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    handles: set[str] = set()
    for given, surname in _people(text, spans):
        handles |= _handles(given, surname)
    out: list[PhiSpan] = []
    for m in _LOWER_TOKEN.finditer(text) if handles else ():
        h = m.group("h")
        if h not in handles:
            continue
        bracketed = text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")"
        plain_word = vocab.is_common(h, threshold=3.0) or is_clinical_word(h) or h in NEVER
        after_by = _BY.search(text[max(0, m.start() - 6) : m.start()])
        if (len(h) < 5 or plain_word) and not (bracketed or after_by):
            continue
        out.append(PhiSpan(m.start(), m.end(), "name"))
    return out


def _caps_given(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    out = []
    for s in spans:
        value = text[s.start : s.end]
        if s.category != "name" or not value.isupper() or "," in value:
            continue
        m = _CAPS_GIVEN.match(text, s.end)
        if not m:
            continue
        g = m.group("g")
        if g.lower() in CREDENTIAL_WORDS or g in STATE_CODES or g in _SUFFIXES or len(g) < 3:
            continue
        out.append(PhiSpan(m.start("g"), m.end("g"), "name"))
    return out


def _assistants(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out = []
    for m in _ASSIST.finditer(text):
        word, cred = m.group("v"), m.group("c")
        key = word.lower()
        if cred.lower() not in CREDENTIAL_WORDS or is_clinical_word(key) or key in NEVER or key in _NO_ONE:
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def handle_echoes(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """Handles made from found names, capitals given names after found surnames and assistants'
    one-word names before a credential (module docstring).

    Args:
        text: an English note.
        spans: the spans found so far (their ``name`` spans are read).
        vocab: the shipped vocabulary.
    """
    return _handle_spans(text, spans, vocab) + _caps_given(text, spans) + _assistants(text, vocab)
