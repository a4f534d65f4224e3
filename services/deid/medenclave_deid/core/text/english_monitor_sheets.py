"""An ambulatory monitor's hookup sheet: the cardiology site's heading and the sheet's month/days.

A Holter, event-monitor, patch, loop-recorder or ambulatory blood-pressure sheet is printed or faxed
by a cardiology site and often scanned, so its heading reads ``RIVERSIDE HEART INSTITUTE``,
``0AK H0LL0W CARDl0L0GY ASS0ClATES`` or ``Westbrook Vascular Associates``, and its dates are bare
month/days that other finders leave as fractions (``Due back 03/02``, ``uploaded 5/1``):

* **a cardiology site on a heading's or a routing label's line**: at a line's start (or after
  ``cc:``, ``Site:``, ``Report faxed to`` ...), capitalised or capitals words ending in a cardiac
  site's head (``HEART INSTITUTE``, ``HEART & VASCULAR CENTER``, ``CARDIOLOGY ASSOCIATES``,
  ``CARDIOVASCULAR CLINIC``, ``HEART RHYTHM CLINIC``, ``MEDICAL CENTER [CARDIOLOGY]`` ...) and
  closing the line or set off by a dash or a bar. OCR's ``0``, ``1`` and ``l`` in a capitals word
  are read back as ``O`` and ``I`` to know the head; one word before it must name a place (no
  kind-of-care or department word: ``CARDIOLOGY CLINIC`` or ``Pacemaker Clinic`` alone name none);
* **a month/day after a monitor's step** (on a sheet that says Holter, monitor, loop or event
  recorder, ambulatory, hookup, diary, Zio, cardiology, rhythm or ECG): ``Hookup 1/13``,
  ``Hook-up: 02/04``, ``Return date: 9/8``, ``Due back 03/02``, ``Remove on 6/1``, ``uploaded
  5/1``, ``Transmitted 7/2``, ``read 3/12``: the step's word, then the month/day (never a dose or a
  fraction of something after it);
* **a diary row's month/day beside its clock time**: ``06/05 @ 4:47p``, ``12/15 1:47 am``,
  ``10:47p 06/05 - skipped beat``, a table's ``3/2 | 14:20 |``, and a day's bracket ``Day 2
  (3/4)``: a month/day next to a clock time or a wear day's number is a day, not a ratio.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["MONITOR_SHEET", "find_monitor_sheet_phi"]

_MD = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
_NOT_AFTER = (
    r"(?![\w/-]|\.\d|[ \t]*(?i:tabs?|tablets?|of\b|strength|pain|power|dose|units?|vials?|bottles?|attempts?|"
    r"sets?|cultures?|mg\b|ml\b|patch|inch|strip|caps?\b|pills?|drops?|sprays?|puffs?))"
)
#: a monitor's sheet: only there are a step's and a diary row's month/days dates
MONITOR_SHEET = re.compile(
    r"(?i:h[o0]lter|m[o0]nit[o0]r|loop[ \t]+recorder|event[ \t]+recorder|ambulatory|hook[ \t-]?up|diary|zio|"
    r"cardi[o0]l[o0]gy|rhythm|ecg|ekg)"
)
_STEP = re.compile(
    r"(?i:\b(?:hook[ \t-]?up(?:[ \t]+date)?|hooked[ \t]+up|applied|placed|start(?:ed)?(?:[ \t]+date)?|"
    r"returned|return(?:[ \t]+date)?|due[ \t]+back|remove[ds]?(?:[ \t]+on)?|upload(?:ed)?|"
    r"transmit(?:ted)?|transmission|received|rec'?d|mailed|shipped|enrolled|read|interpreted|scanned)"
    r"(?:[ \t]+back)?)"
    rf"(?:[ \t]+on)?[ \t]*[:#-]?[ \t]*(?P<v>{_MD}){_NOT_AFTER}"
)
_CLOCK = r"(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]*(?i:[ap]\.?m?\.?)(?![A-Za-z]))?"
_DIARY = re.compile(
    rf"(?<![\w./-])(?P<v>{_MD})[ \t]+(?:@[ \t]*|at[ \t]+)?{_CLOCK}|"
    # a diary table's cells ("3/2 | 14:20 | palpitations",
    # "3/3 | 0230 |") and its day's bracket ("Day 2 (3/4)")
    rf"(?<![\w./-])(?P<c>{_MD})[ \t]*\|[ \t]*(?:{_CLOCK}|(?:[01]\d|2[0-3])[0-5]\d)[ \t]*\||"
    rf"(?i:\bday)[ \t]*\d{{1,2}}[ \t]*\([ \t]*(?P<d>{_MD})[ \t]*\)|"
    rf"(?<![\w.:/-]){_CLOCK}[ \t]+(?:on[ \t]+)?(?P<w>{_MD})(?=[ \t]*(?:[-–,;|]|$))",
    re.M,
)
# a capitals or capitalised word, OCR's glyphs allowed inside a capitals one ("MEAD0WLARK", "CLlNlC")
_WORD = r"(?:St\.|ST\.|[A-Z0-9][A-Z0-9l'’-]*[A-Z0-9]|[A-Z][a-z'’-]+)"
_JOIN = r"(?:[ ](?:and|AND|&|of|OF|0F)[ ]|[ ])"
_HEAD = re.compile(
    r"(?:HEART(?: (?:AND|&) VASCULAR)?(?: RHYTHM)? (?:CENTER|CENTRE|INSTITUTE|CLINIC|ASSOCIATES)|"
    r"(?:CARDIOLOGY|CARDIOVASCULAR|CARDIAC|VASCULAR)(?: [A-Z]+)? "
    r"(?:ASSOCIATES|CLINIC|CENTER|CENTRE|INSTITUTE|DIAGNOSTICS|GROUP|SPECIALISTS)|"
    r"(?:REGIONAL )?MEDICAL (?:CENTER|CENTRE)(?: CARDIOLOGY)?|HOSPITAL(?: CARDIOLOGY)?)$"
)
_LINE = re.compile(
    r"(?im)^[ \t]*(?P<label>(?:cc|site|facility|lab|clinic|location|copy[ \t]+to|"
    r"report[ \t]+(?:faxed|sent)[ \t]+to)"
    rf"[ \t]*:?[ \t]*)?(?P<v>{_WORD}(?:{_JOIN}{_WORD}){{1,7}})(?=[ \t]*(?:$|[-–|]|--))"
)
_GENERIC = frozenset(
    """cardiology cardiac heart vascular cardiovascular rhythm medical center centre clinic institute
associates department dept of the and noninvasive non-invasive diagnostics diagnostic ambulatory outpatient
monitoring monitor holter event lab laboratory services hospital regional group specialists pacemaker
device electrophysiology ep echo ecg ekg sheet log diary hookup patient""".split()
)
#: a score or a strength before the fraction ("pain 3/10 at 14:00", "motor strength 4/5 at 10:30")
_SCORE_BEFORE = re.compile(r"(?i:pain|score|strength|power|grade|rated|motor|gcs|murmur|level)[^\n]{0,12}$")
_GLYPHS = str.maketrans("01l", "OII")


def _plain(words: str) -> str:
    """The words with OCR's glyphs inside capitals words read back, in capitals."""
    out = []
    for w in words.split(" "):
        if any(c.isupper() for c in w) and not any(c.islower() for c in w.replace("l", "")):
            w = w.translate(_GLYPHS)
        out.append(w.upper())
    return " ".join(out)


def find_monitor_sheet_phi(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Cardiology sites and month/days of the shapes above (module docstring).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday word (an everyday word names the site
            only on the note's first two lines or after a routing label: ``VALLEY HEART INSTITUTE``,
            never ``Follow Up Cardiology Clinic`` in the body).
    """
    top = text.find("\n", text.find("\n") + 1) % (len(text) + 1)
    sheet = MONITOR_SHEET.search(text) is not None
    out = [
        PhiSpan(m.start("v"), m.end("v"), "date")
        for m in (_STEP.finditer(text) if sheet else ())
        if not _SCORE_BEFORE.search(text, max(0, m.start() - 24), m.start())
    ]
    for m in _DIARY.finditer(text) if sheet else ():
        g = next(k for k in ("v", "c", "d", "w") if m.group(k))
        if not _SCORE_BEFORE.search(text, max(0, m.start() - 24), m.start(g)):
            out.append(PhiSpan(m.start(g), m.end(g), "date"))
    for m in _LINE.finditer(text):
        plain = _plain(m.group("v"))
        head = _HEAD.search(plain)
        if head is None:
            continue
        own = [w.lower().strip("'’") for w in plain[: head.start()].split()]
        if any(
            w not in _GENERIC
            and w not in SERVICE_WORDS
            and w not in CLINICAL_HEADS
            and w not in NEVER
            and w not in CLINICAL_WORDS_EN
            and w not in ("and", "&", "of", "st.")
            and (not is_common(w) or m.start() <= top or m.group("label"))
            for w in own
        ):
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    return out
