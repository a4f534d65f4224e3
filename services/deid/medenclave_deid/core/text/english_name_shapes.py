"""Names told by the shape they are written in, not by the words: the passes that run after the
name judge's word verdicts.

* **a field holding "LAST, FIRST"** (``Candidate: ZHU, JUSTICE``, ``Pt: WASHINGTON, AMY``,
  ``|  HOVHANNISYAN, ARAM M  |``): two capitalised words joined by a comma that fill a field,
  a cell or a line are a person when one of them is clearly a name (``ZHU``), the first is a
  known surname and the second a known given name (``WASHINGTON, AMY``) or a word no commoner
  than a given name (``Kim, Ranger``), or both are rare
  upper-case words — even when the other is an everyday word (``JUSTICE``) or a short
  upper-case word that could be an abbreviation (``ARAM``);
* **an upper-case name alone on its line** (``TIMOTHY SZYMANSKI`` heading a letter's address):
  a known given name and a rare word;
* **a nickname between a given name and a surname** (``Robert 'Bobby' Tran``, ``Elizabeth (Liz)
  Harrow``): the three words are one person when one of them is a known name;
* **a given name before a surname taken for a place** (``Gerald Washington, MD``, ``Cheryl
  Bland``): a known given name, then a known surname that a recogniser or the gazetteer took for
  a town, are a person;
* **a first name before a role** (``FROM: Justice, referral coordinator``): a capitalised word
  filling a field, then a comma and a role people hold;
* **a sign-off**: a line of one or two name words right above a signature separator (``David``
  / ``--``), the writer's first name;
* **a person a list item or a call opens with** (``* dana reyes (hub …) - red alert``,
  ``calling about ROSA LINDQVIST, callback …``): two or three words in any case before a
  parenthesis, or after "calling about", are a person when the first is a known given name and
  the last a surname or a rare word, or the first a rarer word (a nickname: ``chip``) and the last
  a rare known surname, none of them clinical;
* **lower-case dictation** (``patient marcus whitfield period``): a rare lower-case word, or a
  surname or a town's name that is no everyday word (``grandson colby hill``), right after a
  lower-case name is the rest of that name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_judge import Judge
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER, PERSON_CUES, SPECIALTY, Token
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["dictated_names", "field_comma_pairs", "given_names_before_places", "lines_of_upper_case_names",
           "listed_people", "names_before_roles", "nicknames", "sign_offs"]

#: what stands before a field's value: a label's colon, a cell's bar, a wide gap, a line start
_FIELD_BEFORE = re.compile(r"(?:^|\n|[:|\t=]|[ ]{2})[ \t]*$")
#: what ends a field's value: the line's end, a cell's bar, a wide gap, a middle initial, a
#: role or credential after a comma
_FIELD_AFTER = re.compile(r"(?:[ \t]+[A-Z]\.?)?[ \t]*(?:$|\n|\||\t|[ ]{2}|;|,[ \t]*[A-Za-z]|\()")
#: the quote or parenthesis a nickname sits in
_NICK_OPEN = re.compile(r"[ \t]+[\"'\u201c\u2018(]")
_NICK_CLOSE = re.compile(r"[\"'\u201d\u2019)][ \t]+")

#: a line of one or two capitalised words, (a blank line,) then a signature separator "--"
_SIGN_OFF = re.compile(r"(?m)^[ \t]*(?P<n>[A-Z][a-z'-]+(?:[ \t]+[A-Z][a-z'-]+)?)[ \t]*\n(?:[ \t]*\n)?"
                       r"[ \t]*(?:--|\u2014|\u2013)[ \t]*$")

#: a line of two or three upper-case words
_UPPER_LINE = re.compile(r"(?m)^[ \t]*[A-Z][A-Z'-]+(?:[ \t]+[A-Z]\.?)?[ \t]+[A-Z][A-Z'-]+[ \t]*$")

#: a role after a comma: "…, referral coordinator", "…, charge nurse", "…, unit clerk"
_ROLE_AFTER = re.compile(r",[ \t]+(?:[a-z]+[ \t]+){0,2}(?:coordinator|nurse|manager|scheduler|secretary|"
                         r"clerk|technician|tech|assistant|aide|worker|navigator|receptionist|interpreter|"
                         r"pharmacist|therapist|scribe|dietitian|chaplain)\b")
_SPECIALTY = re.compile(SPECIALTY)
#: the two or three words a bulleted line opens with before a parenthesis, or that follow
#: "calling about": a person in any case
_WORDS = (r"(?P<n>[A-Za-z][A-Za-z'-]+(?:[ \t]+[A-Za-z]\.?)?"
          r"(?:[ \t]+(?:st\.[ \t]+)?[A-Za-z][A-Za-z'-]*[A-Za-z]){1,2})")
_LISTED = (re.compile(rf"(?m)^[ \t]*[*\u2022-][ \t]+{_WORDS}[ \t]*\("),
           re.compile(rf"(?i:\bcalling[ \t]+(?:about|regarding|re|for|on[ \t]+behalf[ \t]+of))[ \t]+{_WORDS}"
                      r"(?=[ \t]*[,;(]|[ \t]*\n)"))


def _plain(judge: Judge, k: int, *, taken_ok: bool = False) -> bool:
    """A capitalised word free to be a name: not claimed (unless ``taken_ok``: a surname a
    recogniser took for a town), not clinical, not a listed keeper."""
    t, vocab = judge.tokens[k], judge.vocab
    name = vocab.is_name(t.key)
    # the word itself, not its context: "SANDRA V" is no "Factor V"
    clinical = t.key in vocab.clinical or t.key in CLINICAL_HEADS or is_clinical_word(t.key) \
        or (not name and (t.key in vocab.eponyms or (t.key in vocab.drugs and not vocab.is_common(t.key))))
    return t.cap and not t.initial and len(t.key) >= 2 and t.key not in NEVER and not clinical \
        and (taken_ok or not judge.claimed(t.start, t.end)) and any(c in "aeiouy" for c in t.key)


def _named(judge: Judge, verdicts: list[str | None], k: int) -> bool:
    t = judge.tokens[k]
    return verdicts[k] == "name" or judge.known_name(t)


def _rare(judge: Judge, t: Token) -> bool:
    return not judge.vocab.is_common(t.key, threshold=3.0)


def field_comma_pairs(judge: Judge, verdicts: list[str | None]) -> None:
    """``LAST, FIRST`` filling a field, a cell or a line (both words in the same case)."""
    tokens, text, vocab = judge.tokens, judge.text, judge.vocab
    for i, t in enumerate(tokens):
        j = judge.neighbour(i, 1, comma=True)
        if t.key in PERSON_CUES and t.key not in vocab.last_names:
            continue  # "Wife, Rose, reports": the cue names the one after it, it is no surname
        if j is None or "," not in text[t.end:tokens[j].start] or t.allcaps != tokens[j].allcaps \
                or not _FIELD_BEFORE.search(text, max(0, t.start - 3), t.start) \
                or not _FIELD_AFTER.match(text, tokens[j].end) or not _plain(judge, j):
            continue
        # "WASHINGTON, AMY": a known surname and a known given name, even if the surname was
        # taken for a town
        surname_given = t.key in vocab.last_names and tokens[j].key in vocab.first_names
        # "Kim, Ranger": a known surname and a word no rarer than a given name
        surname_rare = t.key in vocab.last_names and not vocab.is_name_word(t.key) \
            and not vocab.is_common(tokens[j].key, threshold=4.0)
        if not _plain(judge, i, taken_ok=surname_given) \
                or (t.key in vocab.places and tokens[j].key in vocab.places and not surname_given):
            continue  # "Houston, Texas": a town and its state
        if surname_given or surname_rare or _named(judge, verdicts, i) or _named(judge, verdicts, j) \
                or (t.allcaps and _rare(judge, t) and _rare(judge, tokens[j])):
            verdicts[i] = verdicts[j] = "name"


def nicknames(judge: Judge, verdicts: list[str | None]) -> None:
    """``Robert 'Bobby' Tran``, ``Elizabeth (Liz) Harrow``: a given name, a nickname in quotes
    or parentheses, and a surname."""
    tokens, text = judge.tokens, judge.text
    for n in range(1, len(tokens) - 1):
        a, nick, b = tokens[n - 1], tokens[n], tokens[n + 1]
        if not _NICK_OPEN.fullmatch(text, a.end, nick.start) \
                or not _NICK_CLOSE.fullmatch(text, nick.end, b.start) \
                or not all(_plain(judge, k) for k in (n - 1, n, n + 1)):
            continue
        if any(_named(judge, verdicts, k) or judge.vocab.is_name(tokens[k].key) for k in (n - 1, n)):
            verdicts[n - 1] = verdicts[n] = verdicts[n + 1] = "name"


def dictated_names(judge: Judge, verdicts: list[str | None]) -> None:
    """``patient marcus whitfield``: a rare lower-case word after a lower-case name."""
    tokens = judge.tokens
    for i, t in enumerate(tokens):
        j = judge.neighbour(i, 1)
        if verdicts[i] != "name" or t.cap or j is None or verdicts[j] is not None:
            continue
        other = tokens[j]
        # or a surname or town name that is also a word ("colby hill", "ana bedford"), short of
        # the everyday words ("said")
        vocab = judge.vocab
        surname = (other.key in vocab.last_names and not vocab.is_common(other.key, threshold=5.0)) \
            or (other.key in vocab.places and not vocab.is_common(other.key, threshold=4.0))
        if not other.cap and len(other.key) >= 3 and (_rare(judge, other) or surname) \
                and other.key not in NEVER \
                and not judge.claimed(other.start, other.end) and not judge.clinical(j) \
                and not is_clinical_word(other.key) and other.key not in judge.vocab.drugs:
            verdicts[j] = "name"


def sign_offs(judge: Judge, verdicts: list[str | None]) -> None:
    """``David`` on its own line above ``--``: the writer's name, when every word is a known
    name or a rare word."""
    tokens, vocab = judge.tokens, judge.vocab
    for m in _SIGN_OFF.finditer(judge.text):
        inside = [k for k, t in enumerate(tokens) if m.start("n") <= t.start and t.end <= m.end("n")]
        if inside and all(_plain(judge, k) and not vocab.is_name_word(tokens[k].key)
                          and (vocab.is_name(tokens[k].key) or _rare(judge, tokens[k])) for k in inside):
            for k in inside:
                verdicts[k] = "name"


def lines_of_upper_case_names(judge: Judge, verdicts: list[str | None]) -> None:
    """``TIMOTHY SZYMANSKI`` alone on its line: a known given name, then a rare word."""
    tokens, vocab = judge.tokens, judge.vocab
    for m in _UPPER_LINE.finditer(judge.text):
        inside = [k for k, t in enumerate(tokens) if m.start() <= t.start and t.end <= m.end()]
        first, last = tokens[inside[0]], tokens[inside[-1]]
        if first.key in vocab.first_names and not vocab.is_name_word(first.key) \
                and _rare(judge, last) and all(_plain(judge, k) for k in (inside[0], inside[-1])):
            for k in inside:
                verdicts[k] = "name"


def names_before_roles(judge: Judge, verdicts: list[str | None]) -> None:
    """``FROM: Justice, referral coordinator``: one word filling a field before a role."""
    tokens, text = judge.tokens, judge.text
    for i, t in enumerate(tokens):
        if verdicts[i] is None and t.cap and not t.allcaps and _ROLE_AFTER.match(text, t.end) \
                and _FIELD_BEFORE.search(text, max(0, t.start - 3), t.start) and judge.after_label(i) \
                and _plain(judge, i) and not judge.vocab.is_common(t.key, threshold=5.3) \
                and not _SPECIALTY.fullmatch(t.text):  # "Pharmacy, unit clerk": a service's desk
            verdicts[i] = "name"


def given_names_before_places(judge: Judge, verdicts: list[str | None]) -> None:
    """``Gerald Washington``: a clear given name, then a known surname read as a place."""
    tokens, vocab = judge.tokens, judge.vocab
    for i, t in enumerate(tokens):
        j = judge.neighbour(i, 1)
        if j is None or t.allcaps or t.key not in vocab.first_names or vocab.is_name_word(t.key) \
                or vocab.is_common(t.key, threshold=4.5) or not _plain(judge, i) \
                or verdicts[i] not in (None, "name"):
            continue
        other = tokens[j]
        taken = judge.claimed(other.start, other.end)
        if (verdicts[j] == "geo" or taken) and other.key in vocab.last_names \
                and not other.allcaps and _plain(judge, j, taken_ok=True):
            verdicts[i] = verdicts[j] = "name"


def _no_term(judge: Judge, k: int) -> bool:
    t, vocab = judge.tokens[k], judge.vocab
    # a drug's name that is also an everyday word ("chip") is no term here, as in _plain
    drug = t.key in vocab.drugs and not vocab.is_common(t.key) and not vocab.is_name(t.key)
    return t.key not in vocab.clinical and t.key not in CLINICAL_HEADS and not is_clinical_word(t.key) \
        and not drug and t.key not in vocab.eponyms and t.key not in NEVER


def listed_people(judge: Judge, verdicts: list[str | None]) -> None:
    """``* dana reyes (…)``, ``calling about ROSA LINDQVIST,``: a known given name and a
    surname or rare word, in any case, opening a bulleted line before a parenthesis or after
    "calling about"."""
    tokens, vocab = judge.tokens, judge.vocab
    for m in (m for rx in _LISTED for m in rx.finditer(judge.text)):
        start, end = m.span("n")
        inside = [k for k, t in enumerate(tokens) if start <= t.start and t.end <= end]
        if len(inside) < 2:
            continue
        first, last = tokens[inside[0]], tokens[inside[-1]]
        # a double-barrelled surname ("rasmussen-ode") by its known part
        surname = last.key in vocab.last_names or any(p in vocab.last_names for p in last.key.split("-") if p)
        given = (first.key in vocab.first_names or first.key in vocab.common_word_names) \
            and (surname or not vocab.is_name_word(first.key))
        # a nickname that is also a word ("chip", "rocky"), before a known and rare surname
        nickname = not vocab.is_common(first.key, threshold=4.5) and vocab.is_name(last.key) \
            and not vocab.is_common(last.key, threshold=4.0)
        if (nickname or given) \
                and (surname or vocab.is_name(last.key) or not vocab.is_common(last.key, threshold=4.0)) \
                and all(_no_term(judge, k) and not judge.claimed(tokens[k].start, tokens[k].end)
                        for k in inside):
            for k in inside:
                verdicts[k] = "name"
