"""The respiratory therapist anywhere in the timed rows of a ventilator weaning log.

A weaning log is typed one row per trial or setting change: a clock time (``0800``, ``08:00``,
``8a``, ``8:15p``, maybe after a date ``6/3``), the mode and settings (``ps 10/5``, ``cpap 5/5``,
``fio2 40``, ``rsbi 62``, ``rr 24 vt 380``; no day after ``on``) and the therapist, whose name
may stand in any cell: first after the time, between the settings, last, in brackets
(``(carver)``), after ``rt:``, ``by``, ``per`` or ``--``, as a first name, a surname or a log-in
(``jdoe4``, ``ana.reyes``, ``mo_hunt``), cells split by bars, tabs, runs of spaces, dashes, commas
or single spaces. Where at
least three timed rows carry ventilator settings, a word of a row that is no setting, number or
clinical word is the therapist's name when:

* a cue stands before it (``rt``, ``by``, ``per``, ``--``, an opening bracket) or it has a log-in's
  shape: any such word;
* it stands alone in its cell: a name with no everyday sense or a word unknown to English; a name
  that is an everyday word only where most rows name a person.

The intensivist in the log's prose (``attending hurst agrees``, ``per lamb aware``) is read by the
same test after a physician's role word.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_login_handles import is_handle
from medenclave_deid.core.text.english_observation_rows import NO_ONE, clear_word, plain_name
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["find_weaning_rows"]

_TIME = r"(?:(?:[01]?\d|2[0-3]):?[0-5]\d(?:[ \t]?[ap]m?)?|(?:1[0-2]|0?[1-9])[ \t]?[ap]m?)"
_ROW = re.compile(
    rf"(?im)^[ \t]*\[?(?:\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?[ \t,]+)?{_TIME}\]?(?P<rest>[ \t,|:-].*)$"
)
#: a row's ventilator setting
_SETTING = re.compile(
    r"(?i)\b(?:fio2|peep|cpap|bipap|psv?|prvc|simv|ac|vc|rsbi|sbt|t-?piece|trach[ \t]+collar|"
    r"hfnc|vt|rr|mv|pip|spo2|sat)\b|\d+[ \t]*%|(?<![\d/])(?<!on )(?<!since )\d{1,2}/\d{1,2}(?![\d/])"
)  # no date's "06/25/1967", nor the day a row's event was on ("clotted on 3/4")
#: words of the settings and remarks that name no one
_VENT = frozenset(
    """ac vc prvc ps psv cpap bipap peep fio fio2 rsbi rr vt mv pip sbt simv tpiece piece trach collar
hfnc nc min mins hr hrs pass passed fail failed back to on off tol tolerated well desat sat spo2 rt
by per dr md sec trial wean weaning vent mode settings setting cont continue ok pt min x and w with
rest restarted stopped increased decreased placed resumed extubated extubate abg vbg suction
suctioned secretions thick thin cough strong weak rsb rate set at of the a in for tv tidal""".split()
)
_TOKEN = re.compile(r"(?<![\w./-])[A-Za-z][A-Za-z'’]*(?:[._][A-Za-z]+)?\d{0,3}(?![\w/-])")
_CUE = re.compile(r"(?i)(?:\b(?:r?rt|by|per|done[ \t]+by|therapist)[ \t]*:?[ \t]*|--[ \t]*|\([ \t]*)$")
_CELL_EDGE_BEFORE = re.compile(r"(?:^|\||\t| {2}|,|[ \t][-–][ \t]?)[ \t]*$")
_CELL_EDGE_AFTER = re.compile(
    r"(?i)^[ \t]*(?:$|\||\t| {2}|,|[ \t]?[-–][ \t]|\)|(?<=[ \t])(?:pass(?:ed)?|fail(?:ed)?|tol(?:erated)?|"
    r"desat|ok|stopped|back)\b)"
)
#: a row typed with single spaces only: each word its own cell
_SPACED = re.compile(r"\||\t| {2}|,|[ \t][-–][ \t]")
#: a row's author first after its time, a colon after the name (``0145 yazzie:``, ``hshields:``)
_AUTHOR = re.compile(r"[ \t]+(?P<a>[A-Za-z][A-Za-z'’]+(?:[-._][A-Za-z]+)?\d{0,3})[ \t]*:(?!\d)")
#: the intensivist by a role word in the log's prose
_MD = re.compile(
    r"(?im)(?:^|[.;,][ \t]*)(?:icu[ \t]+)?(?:attending|attg|intensivist|per|md|plan[ \t]+per)[ \t]*:?[ \t]+"
    r"(?P<v>[A-Za-z][A-Za-z'’-]+)(?=[ \t]*(?:$|[,.;]|[ \t]-[ \t]|[ \t]+(?:aware|agrees|ok|notified|updated)))"
)


def _word(word: str, vocab: TextVocabulary) -> bool:
    key = word.lower()
    return key not in _VENT and key not in NO_ONE and key not in NEVER and clear_word(key, vocab)


def _handle_parts(word: str, vocab: TextVocabulary) -> bool:
    """A log-in's letters (``carver4``, ``d.penn``, ``mo_hunt``): no part a setting or clinical word."""
    parts = [p for p in re.split(r"[._]", word.rstrip("0123456789")) if len(p) > 1]
    return sum(map(len, parts)) >= 3 and all(_word(p, vocab) for p in parts)


def _author(m: re.Match, vocab: TextVocabulary) -> tuple[PhiSpan, bool] | None:
    """The row's author written first after its time, before a colon (``0145 yazzie: sat passed``):
    (span, sure) where no part is a setting or clinical word; sure unless an everyday name."""
    a = _AUTHOR.match(m["rest"])
    if a is None:
        return None
    w = a["a"]
    parts = [p for p in re.split(r"[-._]", w.rstrip("0123456789")) if p]
    if not parts or not all(_word(p, vocab) for p in parts):
        return None
    span = PhiSpan(m.start("rest") + a.start("a"), m.start("rest") + a.end("a"), "name")
    if is_handle(w, vocab) or len(parts) > 1 or plain_name(w, vocab) or plain_name(w.lower(), vocab):
        return span, True
    return (span, False) if vocab.is_name(w.lower()) or vocab.is_name(w) else None


def find_weaning_rows(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The therapists named in the timed rows of a ventilator weaning log in ``text``."""
    timed = list(_ROW.finditer(text))
    rows = [m for m in timed if len(_SETTING.findall(m["rest"])) >= 1]
    if len(rows) < 3 and (len(timed) < 3 or not rows):
        return []
    strong: list[PhiSpan] = []
    weak: list[PhiSpan] = []
    authors = [a for a in (_author(m, vocab) for m in timed) if a is not None]
    # most rows opening with their author make it the log's convention: an everyday name too
    convention = 2 * len(authors) >= len(timed)
    strong += [span for span, sure in authors if sure or convention]
    if len(rows) < 3:
        rows = []  # too few settings for a name in any other cell
    named_rows = 0
    for m in rows:
        rest, base = m["rest"], m.start("rest")
        named = False
        spaced = not _SPACED.search(rest.strip(" \t,|:-"))
        for t in _TOKEN.finditer(rest):
            w = t.group()
            span = PhiSpan(base + t.start(), base + t.end(), "name")
            before, after = rest[: t.start()], rest[t.end() :]
            alone = spaced or bool(_CELL_EDGE_BEFORE.search(before) and _CELL_EDGE_AFTER.search(after))
            if re.search(r"[\d._]", w):
                if is_handle(w, vocab) or ((alone or _CUE.search(before)) and _handle_parts(w, vocab)):
                    strong.append(span)
                    named = True
                continue
            if not _word(w, vocab):
                continue
            if _CUE.search(before):
                strong.append(span)
                named = True
            elif alone:
                if plain_name(w, vocab) or plain_name(w.lower(), vocab):
                    strong.append(span)
                    named = True
                elif vocab.is_name(w.lower()) or vocab.is_name(w):
                    weak.append(span)
                    named = True
        named_rows += named
    found = strong + (weak if 2 * named_rows >= len(rows) else [])
    if not found:
        return []
    for md in _MD.finditer(text):
        if _word(md["v"], vocab):
            found.append(PhiSpan(md.start("v"), md.end("v"), "name"))
    return found
