"""The month/day that opens a bedside log's rows and the nurse who signs them off at the end.

A continuous therapy's log (a CRRT circuit and citrate log, a line-care or a drain log) is typed
one event per row, its cells set off by bars and often with no header row: the day as a month/day,
maybe a clock time, what happened, and last whoever did it, as initials or a first name
(``3/4 | 0600 | circuit change, filter clotted | JT``, ``| 1/2 | post-filter iCa 0.31 | Marisol |``).

* **the month/day opening two or more such rows** is the day of the entry, even where it reads like
  a fraction (``1/4``, ``2/3``), when words follow it in the row (a row of nothing but fractions is
  a score table: ``5/5 | 4/5 | 5/5``; so are rows whose fractions share one denominator, ``5/5 |
  deltoid`` and ``4/5 | biceps``, ``3/10 | after ambulation``; a tablet's unit after it is a
  taper's dose: ``1/2 | tab | daily``);
* **the last cell** is the signer where most of those rows end in one: two or three capitals
  (``JT``, ``ED``), dotted initials (``J.T.``), a pair of them (``JT/MK``), or a capitalised name
  maybe with its initial (``Marisol``, ``Dee K.``), each maybe after ``RN``, ``by`` or ``init:``
  and before a credential (``Priya RN``). A name that is also an everyday word (``Hope``, ``Will``)
  and initials that spell a clinical abbreviation (``ED``, ``OR``) go only where the other rows
  end in a clear person (a medication log's routes and sites: ``IV``, ``SL``, ``RIJ`` stay); a
  cell that says no one or what happened (``clotted``, ``N/A``, ``OK``) stays.
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
    rf"(?m)^[ \t]*(?:\|[ \t]*)?(?P<d>{_MD})(?![\w/.])"
    rf"(?:[ \t]*(?:[|@,][ \t]*)?{_CLOCK}(?:[ \t]*h)?(?![\w/.:]))?[ \t]*\|(?P<rest>[^\n]*)$"
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


def _scores(rows: list[re.Match[str]]) -> bool:
    """Whether the rows' fractions share one denominator under changing numerators (``5/5``,
    ``4/5``; ``3/10``, ``7/10``) or are all full marks (``5/5``, ``10/10``): a strength's or a
    pain score's table, no days (a log's days change under one month: ``3/14``, ``3/15``)."""
    parts = [m["d"].split("/") for m in rows]
    months, days = {int(a) for a, _ in parts}, {int(b) for _, b in parts}
    return len(days) == 1 and (len(months) > 1 or (months == days and days <= {5, 10}))


def find_dated_row_signers(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The month/days opening a log's bar-separated rows and the signers that end them.

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    rows = [m for m in _ROW.finditer(text) if _WORD.search(m["rest"]) and not _DOSE_NEXT.match(m["rest"])]
    if len(rows) < 2 or _scores(rows):
        return []
    out = [PhiSpan(m.start("d"), m.end("d"), "date") for m in rows]
    strong: list[PhiSpan] = []
    weak: list[PhiSpan] = []
    for m in rows:
        rest = m["rest"].rstrip().rstrip("|")
        bar = rest.rfind("|")
        if bar < 0:
            continue
        cell = rest[bar + 1 :]
        at = m.start("rest") + bar + 1 + len(cell) - len(cell.lstrip())
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
        clinical = any(
            k in NEVER or k in _CELL_TERMS or k in vocab.clinical or vocab.is_common(k, threshold=4.5)
            for k in keys
        )
        (weak if clinical else strong).extend(found)
    if strong and 2 * (len(strong) + len(weak)) >= len(rows):
        out += strong + weak
    return out
