"""The month/day that opens a bedside log's rows and the nurse who signs them off at the end.

A continuous therapy's log (a CRRT circuit and citrate log, a line-care or a drain log) is typed
one event per row, its cells set off by bars and often with no header row: the day as a month/day,
maybe a clock time, what happened, and last whoever did it, as initials or a first name
(``3/4 | 0600 | circuit change, filter clotted | JT``, ``| 1/2 | post-filter iCa 0.31 | Marisol |``).

* **the month/day opening two or more such rows** (maybe after a clock time's cell, ``0600 |
  3/14 |``, or the row's number, ``#2 | 3/14 06:00 | 3/16 | …``) is the day of the entry, and so
  is a later cell of the row that is a month/day of its own (the circuit's end, ``| 3/16 |``),
  even where it reads like a fraction (``1/4``, ``2/3``), when words follow it in the row (a row
  of nothing but fractions is a score table:
  ``5/5 | 4/5 | 5/5``; so are rows whose fractions share one denominator, ``5/5 | deltoid`` and
  ``4/5 | biceps``, ``3/10 | after ambulation``; a tablet's unit after it is a taper's dose:
  ``1/2 | tab | daily``);
* **the last cell** is the signer where most of those rows end in one: two or three capitals
  (``JT``, ``ED``), dotted initials (``J.T.``), a pair of them (``JT/MK``), or a capitalised name
  maybe with its initial (``Marisol``, ``Dee K.``), each maybe after ``RN``, ``by`` or ``init:``
  and before a credential (``Priya RN``). A name that is also an everyday word (``Hope``, ``Will``)
  and initials that spell a clinical abbreviation (``ED``, ``OR``) go only where the other rows
  end in a clear person (a medication log's routes and sites: ``IV``, ``SL``, ``RIJ`` stay); a
  cell that says no one or what happened (``clotted``, ``N/A``, ``OK``) stays;
* **a list's rows with no bars**: a month/day and its clock time opening a line, maybe after a
  bullet (``- 3/10 1130: bags changed -- MB``, ``3/4 @ 16:00 filter clotted. RN J.K.``), are the
  same log, and so is a line opening with a clock time whose day follows ``on`` (``0130 return
  line clot on 3/4 by JT``): the signer is then what follows the row's last ``--``, dash, bracket
  or ``RN``/``by`` (``(MB)``, ``- RN: Seth``, ``by JT``); initials that sign a row are the same
  nurse wherever else the note writes them (``Handoff to JM``); under a header whose last column
  is the signer's (``Date | Time | … | Initials``, ``circuit | started | … | filter RN``) rows of
  nothing but numbers count too, and initials that spell an abbreviation (``DL``) sign all the same;
* **an untimed row with no bars** (a pin-site or a wound-care record: ``6/2 ant pins clean/dry ...
  RT``, ``- 2/1 pins cleansed -- KDS``) is the same log only where its signer's initials follow a
  dotted leader, a dash or a bracket at its end, as no fraction's row is signed;
* **a month/day in the log's prose** after what was done to the circuit (``Circuit changed 3/10``,
  ``Filter clotted on 3/11``, ``last circuit change 10/10``) is a day of the same log.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_observation_rows import NO_ONE, clear_word, plain_name
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["find_dated_row_signers"]

_MD = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
_CLOCK = r"(?:[01]?\d|2[0-3]):?[0-5]\d"
#: a row that opens with a month/day (maybe a clock time after it) and goes on past a bar
_ROW = re.compile(
    rf"(?m)^[ \t]*(?:\|[ \t]*)?(?:#?\d{{1,2}}[.)]?[ \t]*\|[ \t]*)?(?:{_CLOCK}[ \t]*\|[ \t]*)?"
    rf"(?P<d>{_MD})(?![\w/.])"
    rf"(?:[ \t]*(?:[|@,][ \t]*)?{_CLOCK}(?:[ \t]*h)?(?![\w/.:]))?[ \t]*\|(?P<rest>[^\n]*)$"
)
#: a row with no bars: a bullet maybe, the month/day and a clock time, then words
_TIMED_ROW = re.compile(
    rf"(?m)^[ \t]*(?:[-•*][ \t]+)?(?P<d>{_MD})(?![\w/.])[ \t]*(?:[@,][ \t]*)?{_CLOCK}(?:[ \t]*h)?"
    rf"(?![\w/.]|:\d)[ \t]*[:\-–]?(?P<rest>[ \t][^\n|]*)$"
)
#: a row with no bars nor clock time: the month/day, then words, then a signer after a leader
_DAY_ROW = re.compile(
    rf"(?m)^[ \t]*(?:[-•*][ \t]+)?(?P<d>{_MD})(?![\w/.%])[ \t]*[:\-–.]*(?P<rest>[ \t][^\n|]*)$"
)
#: a row opening with its clock time, the day later after ``on`` (``0130 line clot on 3/4 by JT``)
_CLOCK_ROW = re.compile(
    rf"(?m)^[ \t]*(?:[-•*][ \t]+)?{_CLOCK}(?![\w/.]|:\d)[ \t]*[:\-–]?"
    rf"(?P<rest>[ \t][^\n|]*?\bon[ \t]+(?P<d>{_MD})(?![\w/.%])[^\n|]*)$"
)
#: a barless row's signer: after its last ``--``, spaced dash, bracket, or ``RN``/``by`` cue
_TAIL = re.compile(
    r"(?:--|\.{3,}|…|[ \t][-–][ \t]|\(|[.;,][ \t]*(?=(?i:rn|by|init)\b)|[ \t](?=(?i:by|rn)[ \t:]))"
    r"[ \t]*(?P<c>[^-–(|.;,]*?(?:[A-Z]\.[ ]?)*)\)?[ \t.]*$"
)
#: a month/day in the log's prose after what was done to the circuit or filter
_EVENT_DAY = re.compile(
    r"(?i:\b(?:chang(?:e|ed)|clott(?:ed|ing)|clot|primed|restarted|started|stopped|replaced|drawn)"
    rf"[ \t]+(?:on[ \t]+)?)(?P<d>{_MD})(?![\w/.%])"
)
_WORD = re.compile(r"[A-Za-z]{3,}")
#: a dose's unit in the next cell: a taper's fraction of a tablet (``1/2 | tab | daily``), no day
_DOSE_NEXT = re.compile(r"[ \t]*(?i:tabs?|tablets?|caps?|capsules?|pills?|vials?|units?|strength|dose|of)\b")
_CUE = r"(?:(?:rn|nurse|by|inits?|initials?|sig|signed)[ \t]*[:\-–]?[ \t]*)?"
_CRED = r"(?:[ \t]*,?[ \t]*(?:rn|lpn|lvn|crrt[ \t]+rn|\((?:rn|lpn|crrt)\)))?"
_INITIALS = r"[A-Z]{2,3}|[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?|[A-Z]\.[A-Z]"
#: the last cell: initials, a pair of them, or a capitalised name (maybe with its initial)
#: routes, sites, fluids and times of day that a medication's or a line's log ends its rows with
_CELL_TERMS = frozenset(
    """
po iv im sc sq sl pr ng og gt pej ivp ivpb td top inh neb rij lij rsc lsc rfv lfv picc cvc ns lr hs ac pc
qd bid tid qid prn od os ou au ad as rll rul rml lll lul rue lue rle lle
""".split()
)
_CELL = re.compile(
    rf"(?i:{_CUE})(?:(?P<i>{_INITIALS})(?:[ \t]*/[ \t]*(?P<j>{_INITIALS}))?"
    rf"|(?P<n>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?:[ ]+[A-Z]\.?)?))(?i:{_CRED})[ \t.]*"
)


#: a header row whose last column is the signer's
_SIGNER_HEADER = re.compile(
    r"(?im)^[^\n]*\b(?:date|day|started|start|began)\b[^\n]*\|[ \t]*(?:[a-z]+[ \t]+)?"
    r"(?:initials?|inits?|rn|nurse|signed|signature|by)[ \t]*\|?[ \t]*$"
)
#: a later cell of a dated row that is a month/day of its own (``| 11/18 |``, ``| 11/20 06:00 |``)
_DAY_CELL = re.compile(rf"(?<=\|)[ \t]*(?P<d>{_MD})(?:[ \t]+{_CLOCK})?[ \t]*(?=\|)")
#: a person's cue before a signer's initials written again
_PERSON_CUE = "(?:" + "|".join(rf"(?<=\b{w}[ \t])" for w in "to by per with RN rn RN: init:".split()) + ")"


def _scores(rows: list[re.Match[str]]) -> bool:
    """Whether the rows' fractions share one denominator under changing numerators (``5/5``,
    ``4/5``; ``3/10``, ``7/10``) or are all full marks (``5/5``, ``10/10``): a strength's or a
    pain score's table, no days (a log's days change under one month: ``3/14``, ``3/15``)."""
    parts = [m["d"].split("/") for m in rows]
    months, days = {int(a) for a, _ in parts}, {int(b) for _, b in parts}
    return len(days) == 1 and (len(months) > 1 or (months == days and days <= {5, 10}))


def _signed_row(rest: str) -> bool:
    """Whether an untimed row's words end in a signer after a dotted leader or a dash (``3/4 pins
    clean ... JT``): with no clock time, only its signer tells a day's row from a fraction."""
    tail = _TAIL.search(rest.rstrip())
    return bool(
        _WORD.search(rest)
        and tail is not None
        and tail["c"].strip()
        and re.fullmatch(_INITIALS, tail["c"].strip())
    )


def find_dated_row_signers(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The month/days opening a log's bar-separated rows and the signers that end them.

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    signed = bool(_SIGNER_HEADER.search(text))  # "… | Systemic iCa | Initials": rows of numbers too
    rows = [
        m
        for m in _ROW.finditer(text)
        if (signed or _WORD.search(m["rest"])) and not _DOSE_NEXT.match(m["rest"])
    ]
    barred = {m.start("d") for m in rows}
    for rx in (_TIMED_ROW, _CLOCK_ROW):
        rows += [m for m in rx.finditer(text) if m.start("d") not in barred and _WORD.search(m["rest"])]
    barred |= {m.start("d") for m in rows}
    rows += [m for m in _DAY_ROW.finditer(text) if m.start("d") not in barred and _signed_row(m["rest"])]
    if len(rows) < 2 or _scores(rows):
        return []
    out = [PhiSpan(m.start("d"), m.end("d"), "date") for m in rows]
    out += [
        PhiSpan(c.start("d"), c.end("d"), "date")
        for m in rows
        if m.re is _ROW
        for c in _DAY_CELL.finditer(text, m.start("rest"), m.end("rest"))
    ]
    out += [PhiSpan(m.start("d"), m.end("d"), "date") for m in _EVENT_DAY.finditer(text)]
    strong: list[PhiSpan] = []
    weak: list[PhiSpan] = []
    for m in rows:
        rest = m["rest"].rstrip().rstrip("|")
        bar = rest.rfind("|")
        if bar >= 0:
            cell = rest[bar + 1 :]
            at = m.start("rest") + bar + 1 + len(cell) - len(cell.lstrip())
        elif (tail := _TAIL.search(rest)) is not None and tail["c"].strip():
            cell = tail["c"]
            at = m.start("rest") + tail.start("c") + len(cell) - len(cell.lstrip())
        else:
            continue
        cm = _CELL.fullmatch(cell.strip())
        if cm is None:
            continue
        found = [PhiSpan(at + cm.start(g), at + cm.end(g), "name") for g in "ijn" if cm[g]]
        if cm["n"]:
            word = cm["n"].split()[0].lower()
            if not clear_word(word, vocab):
                continue
            clear = plain_name(word, vocab) or (
                vocab.is_name(word) and not vocab.is_common(word, threshold=4.5)
            )
            (strong if clear else weak).append(found[0])
            continue
        keys = [re.sub(r"[^a-z]", "", cm[g].lower()) for g in "ij" if cm[g]]
        if any(k in NO_ONE for k in keys):
            continue  # "OK", "NA": no one signed
        clinical = not signed and any(
            k in NEVER or k in _CELL_TERMS or k in vocab.clinical or vocab.is_common(k, threshold=4.5)
            for k in keys
        )
        (weak if clinical else strong).extend(found)
    if strong and 2 * (len(strong) + len(weak)) >= len(rows):
        out += strong + weak
        # the same initials signing elsewhere in the note ("Handoff to JM", "Primary RN: JM"); those
        # that spell a clinical abbreviation ("TB", "CM") only after a person's cue ("to TB")
        for group, cue in ((strong, ""), (weak, _PERSON_CUE)):
            for value in {text[x.start : x.end] for x in group}:
                if not re.fullmatch(_INITIALS, value):
                    continue  # a first name spreads by the name rules
                echo = rf"(?<![\w/.-]){cue}(?P<v>{re.escape(value)})(?![\w/-])"
                out += [PhiSpan(m.start("v"), m.end("v"), "name") for m in re.finditer(echo, text)]
    return out
