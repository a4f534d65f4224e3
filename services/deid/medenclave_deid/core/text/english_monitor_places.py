"""A Holter sheet's hospital in running text and its month/days in a diary's or a scan's shapes.

The first monitor-sheet finder (``english_monitor_sheets``) knows a cardiac site's heading
(``RIVERSIDE HEART INSTITUTE``) and ``Hookup 3/4``; a hospital's own Holter sheet instead names a
hospital with no cardiac word, anywhere in the text and in any case, and writes its days as a
diary's headings or with a scan's letter ``O`` for a zero:

* **a hospital before its department**: one to three name words and a hospital's head
  (``General``, ``Memorial``, ``Community``, ``Infirmary``, ``Health``, ``Hospital``, ``Medical
  Center`` ...), then a cardiac department (``Cardiology``, ``Holter lab``, ``Heart Station``,
  ``ECG``, ``EKG``, ``Noninvasive``) — ``call Ashford General Heart Station at``, ``return the
  recorder to st. agnes memorial cardiology`` — or after a ``Hospital:`` label, or alone on a line
  set off by dashes. OCR's ``1`` for ``l``, ``0`` for ``O`` and ``rn`` for ``m`` are read back to
  know the head (``genera1``, ``Hea1th``). Leading sentence or everyday words (``call``, ``the``,
  ``drop off at``) are not the name; a lower-case name needs one word that is not an everyday one;
* **a month/day with a scan's letter O**: ``O3/O4``, ``1O/22``, ``12/O6`` (a valid month/day once
  ``O`` is read as ``0``);
* **a diary's day heading**: a line of ``DAY 1 3/4``, ``Day 2 - 3-5:``, ``Tue 4/22`` or a bare
  ``4-22`` / ``4/22:``; and a dashed month/day after a monitor's step (``due 7-2``, ``Date off:
  5-18``, ``return 3-5``), both only on a sheet that names a monitor (``MONITOR_SHEET``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_monitor_sheets import MONITOR_SHEET
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_monitor_places"]

_MD = r"(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01])"
_OCR_MD = re.compile(r"(?<![\w/.:-])(?P<v>[0-9O]{1,2}/[0-9O]{1,2}(?:/(?:\d\d|\d{4}))?)(?![\w/]|\.\d)")
_VALID = re.compile(r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])(?:/\d+)?")
_DAY_LINE = re.compile(
    r"(?im)^[ \t]*(?:day[ \t]*\d{1,2}[ \t]*[-:–]?[ \t]*|"
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?[ \t]+)?"
    rf"(?P<v>{_MD})(?![\w/-])[ \t]*:?[ \t]*(?:\([ \t]*day[ \t]*\d{{1,2}}[ \t]*\))?[ \t]*$"
)
_STEP_DASH = re.compile(
    r"(?i:\b(?:hook[ \t-]?up|return(?:ed)?|due(?:[ \t]+back)?|start(?:ed)?|date[ \t]+(?:on|off)|"
    r"remove[ds]?|upload(?:ed)?|read))"
    r"[ \t]*:?[ \t]*(?P<v>(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01]))"
    r"(?![\w/-]|\.\d|[ \t]*(?i:mg|mcg|ml|l\b|lpm|liters?|units?|tabs?|pills?|puffs?|drops?|times|x\b|%|per\b|"
    r"days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|min))"
)
_OCR_WORD = r"[A-Za-z0-9][A-Za-z0-9'’.-]*"
_HEADS = (
    "general hospital|memorial hospital|community hospital|regional hospital|regional medical center|"
    "medical center|health system|health|general|memorial|community|infirmary|hospital|regional"
)
_HOSP = re.compile(
    rf"(?P<pre>(?i:hospital|facility|site|location)[ \t]*:[ \t]*)?"
    rf"(?P<v>(?:{_OCR_WORD}[ \t]){{1,3}}?(?P<head>{_OCR_WORD}(?:[ \t]{_OCR_WORD}){{0,1}}))"
    r"(?P<post>[ \t]+(?i:cardiology|holter|heart[ \t]+station|ecg|ekg|noninvasive|non-invasive|cardiac)\b|"
    r"[ \t]*(?:--|$|[ \t]{2,}|\.|,))",
    re.M,
)
_HEAD_RE = re.compile(rf"(?i)(?:^|\s)(?P<h>{_HEADS})$")
_LEAD = frozenset(
    """call the a an at to of in from drop off return please recorder box desk front and or for by with
    back bring send mail take our your this that lobby main questions contact""".split()
)
_GENERIC = frozenset(
    """cardiology cardiac heart vascular holter ecg ekg lab station noninvasive department dept clinic
    center centre medical general memorial community health hospital regional system infirmary behavioral
    behavioural mental public family women's children's student occupational home primary urgent""".split()
)


def _read_back(word: str) -> str:
    """A word with OCR's digits and ``rn`` read back as letters, in lower case."""
    w = word.lower()
    if any(c.isalpha() for c in w):
        w = w.translate(str.maketrans("10", "lo"))
    return w.replace("rn", "m")


def _hospitals(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    out = []
    for m in _HOSP.finditer(text):
        words = m.group("v").split()
        plain = [_read_back(w) for w in words]
        head = _HEAD_RE.search(" ".join(plain))
        if head is None:
            continue
        n_head = len(head.group("h").split())
        name_w, name_p = words[: len(words) - n_head], plain[: len(plain) - n_head]
        post = m.group("post")
        if not m.group("pre") and not post.strip(" \t")[:1].isalpha():
            # no department and no label: only a line's own hospital ("-- Ashford General --")
            line_start = text.rfind("\n", 0, m.start()) + 1
            if text[line_start : m.start("v")].strip(" \t-") or post.strip(" \t") not in ("", "--"):
                continue
        while name_w and name_p[0] in _LEAD:
            name_w, name_p = name_w[1:], name_p[1:]
        kinds = (_GENERIC, SERVICE_WORDS, NEVER, CLINICAL_HEADS, CLINICAL_WORDS_EN)
        if not name_w or any(p in k for p in name_p for k in kinds):
            continue
        lower = all(w.islower() or not w.isalpha() for w in name_w)
        if lower and all(is_common(p.strip(".")) for p in name_p if p not in ("st.", "saint")):
            continue
        if not lower and any(w[0].islower() for w in name_w):
            continue
        start = m.start("v") + m.group("v").find(name_w[0])
        out.append(PhiSpan(start, m.start("head") + len(m.group("head")), "hospital"))
    return out


def find_monitor_places(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Hospitals and month/days of the shapes above (module docstring).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday word.
    """
    out = [
        PhiSpan(m.start("v"), m.end("v"), "date")
        for m in _OCR_MD.finditer(text)
        if "O" in m.group("v") and _VALID.fullmatch(m.group("v").replace("O", "0"))
    ]
    if MONITOR_SHEET.search(text):  # a diary's day line, a step's dashed month/day: on a monitor's sheet only
        out += [PhiSpan(m.start("v"), m.end("v"), "date") for m in _DAY_LINE.finditer(text)]
        out += [PhiSpan(m.start("v"), m.end("v"), "date") for m in _STEP_DASH.finditer(text)]
    return out + _hospitals(text, is_common)
