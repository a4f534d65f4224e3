"""The patient's name in a labelled field of a record written partly in lower case or with a name
that is also a word ("pt: joy moss", "name: REID, karen", "Pt name - Meadow Field", "sign-in:
grace", "Patient: g.r. (mrs rodriguez)"; the note's first line "iv hydration - hope marsh, 9+2
wks" when every word of the name is a name), and that name said again later in the note.

The label (pt, patient, name, pt name, sign-in, signed in … by, checked in, record) starts the line
or follows a pipe; the value is a full name, ``LAST, first``, initials or, after a sign-in label,
one given name, ending the line or followed by a pipe, a bracket, a comma or two blanks. It is
taken only when one word is a known name and none a clinical term.

Its words (three letters or more, no clinical term) are then looked for again in lower,
title or upper case; a word that is also an everyday word ("hope", "grace", "field") only where
the context makes it a person: before ``'s``, after ``mrs``/``ms``/``baby``/``with``/``by``, or
before a verb of a patient's course ("grace feels better", "Hope weaned to 6 L").
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["patient_field_echoes"]

_W = r"[A-Za-z][a-z'’-]+"
_FIELD = re.compile(
    r"(?im)(?:^|\|)[ \t]*(?P<l>pt|patient|name|pt\.? name|patient name|(?:day unit )?record|"
    r"sign(?:ed)?[- ]?in(?:[ \t]+\d{3,4})?(?:[ \t]+by)?|checked[ \t]+in(?:[ \t]+by)?)"
    r"(?:[ \t]*[:\-–][ \t]*|[ \t]+(?<=by[ \t]))"
    r"(?P<v>[a-z]\.[ \t]?[a-z]\.|[A-Z]\.[ \t]?[A-Z]\.|(?-i:[A-Z]{2,}|[a-z]{2,}|[A-Z][a-z]+),[ \t]*" + _W + "|"
    r"(?-i:[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,2}|[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}))"
    r"(?=[ \t]*(?:$|\||\(|,|;|[ \t]{2}|[ \t]+dob\b))"
)
# the note's title line ending in the patient's full name: "iv hydration - hope marsh, 9+2 wks"
_HEAD = re.compile(
    r"[ \t\n]*[A-Za-z][A-Za-z /&]{2,50}?[ \t]+[-–:][ \t]+"
    r"(?P<v>(?-i:[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){1,2}|[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+){1,2}))"
    r"(?=[ \t]*(?:$|\n|\||\(|,|;|[ \t]{2}))"
)
_VERBS = (
    r"is|was|has|had|says|said|feels|felt|reports|reported|denies|tolerat\w*|weaned|sleep\w*|slept|"
    r"managed|ate|drank|vomited|looks|remains|went|will|and[ \t]+(?:her|his)?[ \t]*(?:husband|partner|"
    r"wife|mother|father|mom|dad|parents?)"
)


def _good(words: list[str], vocab: TextVocabulary, single: bool) -> bool:
    lows = [w.lower().strip("'’-") for w in words]
    if any(w in vocab.clinical or is_clinical_word(w) for w in lows):
        return False
    if single:
        return lows[0] in vocab.first_names and not vocab.is_common(lows[0], threshold=4.5)
    return any(vocab.is_name(w) or w in vocab.first_names for w in lows)


def patient_field_echoes(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """Labelled patient names and their echoes (module docstring).

    Args:
        text: the note.
        vocab: the word knowledge.
    """
    out: list[PhiSpan] = []
    plain: set[str] = set()
    wordy: set[str] = set()
    for m in _FIELD.finditer(text):
        v = m.group("v")
        if re.fullmatch(r"[A-Za-z]\.[ \t]?[A-Za-z]\.", v):
            if m.group("l").lower() in ("pt", "patient", "name", "pt name", "pt. name", "patient name"):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
            continue
        words = re.findall(r"[A-Za-z][A-Za-z'’-]+", v)
        single = len(words) == 1
        if single and not m.group("l").lower().startswith(("sign", "checked")):
            continue
        if not _good(words, vocab, single):
            continue
        _take(m, words, vocab, out, plain, wordy)
    head = _HEAD.match(text)
    if head:
        words = head.group("v").split()
        if all(vocab.is_name(w.lower()) or w.lower() in vocab.first_names for w in words) and _good(
            words, vocab, False
        ):
            _take(head, words, vocab, out, plain, wordy)
    _echo(text, plain, wordy, out)
    return out


def _take(
    m: re.Match[str],
    words: list[str],
    vocab: TextVocabulary,
    out: list[PhiSpan],
    plain: set[str],
    wordy: set[str],
) -> None:
    """The field's value, and its words to look for again."""
    out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for w in words:
        low = w.lower()
        if len(low) < 3 or low in vocab.clinical or is_clinical_word(low):
            continue
        (wordy if vocab.is_name_word(low) or vocab.is_common(low, threshold=4.0) else plain).add(low)


def _echo(text: str, plain: set[str], wordy: set[str], out: list[PhiSpan]) -> None:
    """The words said again (module docstring)."""
    for keys, wordlike in ((plain, False), (wordy, True)):
        if not keys:
            continue
        alt = "|".join(sorted(map(re.escape, keys)))
        body = re.compile(r"(?<![A-Za-z0-9'’@./-])(?i:" + alt + r")(?![A-Za-z0-9@-]|['’](?!s\b))")
        for m in body.finditer(text):
            t = m.group()
            if not (t.islower() or t.isupper() or t.istitle()):
                continue
            if wordlike and not _person_context(text, m.start(), m.end()):
                continue
            out.append(PhiSpan(m.start(), m.end(), "name"))


_BEFORE = re.compile(r"(?i)(?:\b(?:mrs|ms|miss|mr|baby|with|by)\.?|[:|,(])[ \t]*$")
_AFTER = re.compile(r"(?i)['’]s\b|[ \t]+(?:" + _VERBS + r")\b")


def _person_context(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_BEFORE.search(text, line_start, start) or _AFTER.match(text, end))
