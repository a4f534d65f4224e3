"""A short month/day after a labelled day of a treatment timeline.

Cell therapy, transplant, chemotherapy and surgical flowsheets count days from an anchor and
write the anchor's calendar date beside its number: ``Day 0 (infusion): 5/5``, ``D0 (transplant)
= 3/14``, ``Day +7 (CRS onset): 6/2``, ``Cycle 2 Day 1: 9/3``, ``POD 0: 11/9``, ``Day 0 was 2/11``.
A bare ``5/5`` is read as a strength score and stays; after a day label and its separator it is
the date the timeline hangs on. A score written after the label ("Day 1: 5/5 strength
throughout", "Day 2 pain 3/10") keeps its measure's word and stays.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_day_anchor_dates"]

_DAY_LABEL = (
    r"\b(?:(?i:cycle|c)[ \t]*\d{1,2}[ \t,]*)?"
    r"(?:(?i:day|pod|post[- ]?op(?:erative)?[ \t]+day|hd|hospital[ \t]+day|study[ \t]+day)"
    r"[ \t]*[+\u2212-]?[ \t]*\d{1,3}"
    r"|D[ \t]*(?:[+\u2212-][ \t]*\d{1,3}|0)(?![\w.]))"
)
#: the event the day is counted from, in brackets: "(infusion)", "(stem cell reinfusion)"
_EVENT = r"(?:[ \t]*\([^()\n]{1,40}\))?"
_SEP = r"(?:[ \t]*[:=][ \t]*|[ \t]+(?i:was|is|on|=)[ \t]+|[ \t]*[-\u2013\u2014][ \t]+)"
_MONTH_DAY = r"(?P<v>(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\d|3[01]))(?![\d/-]|\.\d)"
#: a score's or a dose's word after the fraction
_SCORE_AFTER = re.compile(
    r"[ \t]*(?i:strength|power|motor|pain|reflex(?:es)?|in[ \t]|throughout|bilateral(?:ly)?|"
    r"tabs?\b|tablets?|of\b|dose|units?|vials?|scored?|on[ \t]+the|grip|proximal|distal|"
    r"(?:upper|lower)[ \t]+(?:extremit|limb))"
)
_ANCHOR = re.compile(rf"{_DAY_LABEL}{_EVENT}{_SEP}{_MONTH_DAY}", re.ASCII)
#: a diary's row: the day's number opening the line, then its date in the next cell (``Day 2\t3/4\tNRS
#: 5``, ``D3 3/5 - pain 4/10``, ``2 | 3/3 | 6 | slept``); a bare number only before a tab or a bar
_ROW = re.compile(
    r"(?m:^)[ \t]*(?:(?:(?i:day)[ \t]*|D)\d{1,2}(?:[ \t]*[|\t:=][ \t]*|[ \t]+[-\u2013][ \t]+|[ \t]+)"
    r"|\d{1,2}[ \t]*\|[ \t]*|\d{1,2}\t+)"
    r"(?P<v>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))(?=[ \t]*(?:[|\t]|[-\u2013][ \t]|$))",
    re.ASCII,
)
#: a device trial's closing event and its month/day ("Leads pulled<TAB>3/3", "Lead removal date: 5/23")
_LEAD_EVENT = re.compile(
    r"(?i:leads?[ \t]+(?:pulled|removed|removal|pull|explanted)(?:[ \t]+date)?|(?:trial|stimulator)[ \t]+"
    r"(?:ended|end|removed)(?:[ \t]*/[ \t]*leads[ \t]+removed)?)[ \t]*(?:[:=\t-][ \t]*|[ \t]+on[ \t]+)"
    r"(?P<v>(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01]))(?![\d/]|\.\d)",
    re.ASCII,
)
#: a pain or effort score on the line before the fraction: "NRS 7/10"
_SCORE_BEFORE = re.compile(r"(?i:pain|nrs|vas|score|rpe|borg|strength)\b[^\n]*$")


def find_day_anchor_dates(text: str) -> list[PhiSpan]:
    """Month/day dates written after a labelled treatment day (``Day 0 (infusion): 5/5``)."""
    out = [
        PhiSpan(m.start("v"), m.end("v"), "date")
        for m in _ANCHOR.finditer(text)
        if not _SCORE_AFTER.match(text, m.end())
    ]
    if "/" in text:
        for m in _ROW.finditer(text):
            line = text[text.rfind("\n", 0, m.start("v")) + 1 : m.start("v")]
            score = m.group("v").endswith("/10") and _SCORE_BEFORE.search(line)
            if score or _SCORE_AFTER.match(text, m.end()):
                continue  # "Day 2 | 7/10 pain": a score
            out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
        out += [PhiSpan(m.start("v"), m.end("v"), "date") for m in _LEAD_EVENT.finditer(text)]
    return out
