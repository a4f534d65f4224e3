"""The people of a field team's slot in lower-case logs: search-and-rescue, fire and incident
notes typed fast, where the team is written as a list of names with no title.

* **a team's slot and its list**: ``team: kowalski, ana r., dmitri``, ``hasty team 2 (marisol,
  j. okafor)``, ``assigned: greta sandoval / rafael + bodhi``, ``ic: ines k.``, ``ic esme
  mcallister`` at a line's start: a team's or a crew's word (maybe a kind before it, ``hasty``,
  ``k9``, ``litter``, and a number or a letter after it), or a role of an incident's command
  (``ic``, ``ops``, ``scribe``, ``log``, ``team lead``), then a colon, a dash or a bracket, then one
  or more people joined by commas, ``/``, ``+``, ``&`` or ``and``, each maybe followed by a
  bracketed role (``(lead)``, ``(k9)``);
* **who found, logged or wrote**: ``found by keiko mcallister near creek``, ``notes by lena h.``,
  ``located by oscar``, ``debriefed by w. strand``, a log's sign-off ``log by ines.``.

A person is one or two words (a given name, a surname, an initial with a dot) each of which is a
known name that is no everyday word, or a word too rare to be an everyday one; no clinical word,
credential or service's acronym is anyone.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_field_teams"]

_KIND = (
    r"hasty|field|search|ground|grid|litter|carry|rope|tech|swift-?water|k-?9|dog|medical|med|recon|"
    r"rescue|evac|sweep|containment|trail|ridge|river"
)
_TEAM = rf"(?:(?:{_KIND})[ \t]+)?(?:team|teams|crew|squad|searchers|members|assigned|responders)"
_TEAM_NO = r"(?:[ \t]+(?:\d{1,2}[a-z]?|[a-z]|alpha|bravo|charlie|delta|echo|one|two|three|four))?"
_COMMAND = (
    r"ic|i/c|incident[ \t]+commander|ops|ops[ \t]+chief|scribe|log|team[ \t]+lead(?:er)?|field[ \t]+lead"
)
#: the slot at a line's start (or after a bullet, a time or a semicolon), then its separator
_SLOT = re.compile(
    rf"(?im)(?:^|[;,])[ \t]*(?:[-*\u2022>][ \t]*)?(?:\d{{3,4}}h?[ \t]+)?"
    rf"(?:(?:{_TEAM}){_TEAM_NO}[ \t]*(?::|-|\u2013|=|\()"
    rf"|(?:{_COMMAND})[ \t]*(?::|-|\u2013|[ \t](?=[a-z])))[ \t]*"
)
_BY = re.compile(
    r"(?i:\b(?:found|located|reached|contacted|notes?|logs?|logged|written|debriefed|scribed|assessed|"
    r"packaged|carried|hauled|extracted|relieved)[ \t]+by)[ \t]*:?[ \t]*(?=[a-z])"
)
_WORD = r"[A-Za-z][a-z'\u2019-]+"
#: a sentence's stop may end a person ("log by ines."), a dot before a letter may not ("j.okafor")
_PERSON = re.compile(
    rf"(?P<i>[a-z]\.)[ \t]*(?P<a>{_WORD})(?!\w|\.\w)"
    rf"|(?P<g>{_WORD})(?!\w|\.\w)(?:[ \t]+(?P<s>{_WORD}|[a-z]\.(?![\w])))?"
)
_JOIN = re.compile(r"[ \t]*(?:\([a-z0-9/ -]{1,12}\)[ \t]*)?(?:,|/|\+|&|;|\band\b)[ \t]*")
_NO_ONE = frozenset(
    """
ct mr us pt ot st sw rt rn md np pa do ed er or icu ems als bls iv po im gp emr emt sar ic ops lz
pls ipp lkp k9 na no yes tbd unk none all ok self pending staging base crew team
""".split()
)


def _word_ok(word: str, vocab: TextVocabulary, *, loose: bool = False) -> bool:
    """A name that is no everyday word (``loose``: a name that is a rare word too, ``rowan``), or
    a word too rare to be an everyday one."""
    key = word.lower()
    if (
        key in NEVER
        or key in _NO_ONE
        or key in CREDENTIAL_WORDS
        or key in vocab.clinical
        or is_clinical_word(key)
    ):
        return False
    if vocab.is_name(key) and (not vocab.is_name_word(key) or key in vocab.name_dominant):
        return True
    if loose and vocab.is_name(key) and not vocab.is_common(key, threshold=4.5):
        return True
    return len(key) >= 4 and key.isalpha() and not vocab.is_common(key, threshold=3.5)


def _person_at(text: str, at: int, vocab: TextVocabulary, *, listed: bool) -> tuple[int, int] | None:
    """The person written at ``at``; ``listed``: a list has named someone already."""
    m = _PERSON.match(text, at)
    if m is None:
        return None
    if m["i"]:
        return (m.start(), m.end()) if _word_ok(m["a"], vocab, loose=listed) else None
    s = m["s"]
    if not _word_ok(m["g"], vocab, loose=listed):
        # a given name that is a rare word too, before a surname (``rowan okafor``)
        pair = s and len(s) > 2 and _word_ok(s, vocab) and _word_ok(m["g"], vocab, loose=True)
        return (m.start(), m.end()) if pair else None
    if s and (len(s) == 2 or _word_ok(s, vocab)):
        return m.start(), m.end()
    return m.start(), m.end("g")


def _people_from(text: str, at: int, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    while len(out) < 8:
        found = _person_at(text, at, vocab, listed=bool(out))
        if found is None:
            break
        out.append(PhiSpan(found[0], found[1], "name"))
        join = _JOIN.match(text, found[1])
        if join is None:
            break
        at = join.end()
    return out


def find_field_teams(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The people of a team's slot and of a finding or a writing (module docstring).

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    out: list[PhiSpan] = []
    for rx in (_SLOT, _BY):
        for m in rx.finditer(text):
            out += _people_from(text, m.end(), vocab)
    return out
