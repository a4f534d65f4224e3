"""Brands of dressings, stoma and skin-care products, kept where the product's noun follows them.

Community and stoma-care notes name a product by its brand, then say what it is:
``Cavilon barrier film``, ``Orabase powder``, ``Stomahesive paste``, ``Adapt rings``,
``Coloplast SenSura Mio convex``, ``Dansac soft convex pouch``, ``Appeel adhesive remover``. The
brands are invented words a name rule reads as a person's name or a place. One to three
capitalised words (an inner capital allowed: "SenSura") directly before such a noun (maybe
after "soft", "flat", "drainable" ...) are the product, unless a title stands before them
("Mrs Cavilon film" is no product) or the noun starts a new line. A single capitalised word that
no name list holds, right after a verb of taking a medicine and before the sentence's or a dose's
end (``Taking Pregnacare.``, ``started Peptac 10 ml``) or an item of a "Medication:" line, is
a product too, and so are the words joined to a found product by "with", "and" or "plus" up to
the sentence's end ("Dansac convex with Eakin Cohesive.").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["keep_product_brands"]

#: a stoma-care note's label of what a patient uses ("Appliance:", "Accessories:", "Stoma products:")
_GEAR = (
    r"(?:current[ \t]+|stoma[ \t]+)?(?:appliances?|accessories|supplies|pouch|products[ \t]+used|"
    r"skin[ \t]+care|barrier[ \t]+products|ancillar(?:y|ies)(?:[ \t]+products)?)"
)
_WORD = r"[A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Z][a-z]*)?|[A-Z]{2,5}"
_NOUN = (
    r"(?:(?:soft|firm|deep|light|flat|mini|midi|maxi|drainable|closed|one-piece|two-piece|convex|"
    r"[a-z]{3,}(?:ive|able))"
    r"[ \t]+)*"
    r"(?:barrier[ \t]+(?:film|cream|spray|wipes?)|adhesive[ \t]+remover|powder|paste|rings?|seals?|"
    r"washers?|wipes?|spray|film|cream|ointment|pouch(?:es)?|bags?|flanges?|wafers?|baseplates?|"
    r"strips?|sachets|belt|convex|dressings?|foam|gel|plug|irrigation|appliance|tape|drops|"
    r"thickeners?|deodorants?|lubricants?)(?![\w-])"
)
#: the noun capitalised as part of the product's name ("Cavilon No Sting Barrier Film")
_CAP_NOUN = (
    r"(?:Barrier[ \t]+)?(?:Film|Cream|Spray|Wipes?|Paste|Powder|Rings?|Seals?|Tape|Strips?|Gel|Deodorant|"
    r"Lubricant|Thickener)"
)
_BRAND = re.compile(
    rf"(?<![\w'’.-])(?P<b>(?:{_WORD})(?:[ \t](?:{_WORD})){{0,2}})[ \t]+(?:{_NOUN}|{_CAP_NOUN}(?![\w-]))"
)
_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|nurse|sister))\.?[ \t]+$")
_TITLE = re.compile(r"(?i:(?:dr|mr|mrs|ms|miss|mx|prof|nurse|sister)\b)")
#: a brand taken as a medicine: "Taking Pregnacare.", "advised Fortisip daily", "started Peptac, 10 ml"
_TAKEN = re.compile(
    r"(?i:\b(?:taking|takes|took|started|starting|commenced|prescribed|advised|recommended|"
    r"continues?|continuing|stopped|restarted|trial[ \t]+of|uses|using|applies|applying|"
    r"changed[ \t]+to|switched[ \t]+to|consider|resumed?|restart|applied|apply|"
    # a site cleaned, a tube lubricated or flushed with a product ("cleaned with Hibiclens")
    r"(?:cleaned|cleansed|prepped|lubricated|flushed|irrigated|swabbed|rinsed|washed)[ \t]+with))[ \t]+"
    r"(?P<b>[A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Za-z]+)?(?:[ \t][A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Za-z]+)?){0,2})"
    r"(?=[ \t]*(?:[.,;)+]|\d|$|\n|[ \t](?:and|daily|od|bd|tds|qds|once|twice|"
    r"nocte|mane|prn|after|before|with|at|as|to|around)\b))"
)
#: a list of what is taken after its label: "Medication: Vitamin D, Pregnacare."
_LIST = re.compile(
    r"(?im:^[ \t]*(?:current[ \t]+)?(?:medications?|meds|drugs|supplements|products|"
    rf"{_GEAR})[ \t]*:)(?P<l>[^\n]+)"
)
_ITEM = re.compile(
    r"(?<![\w'’-])(?P<b>[A-Z][a-z]*[A-Z]?[a-z]+(?:-[A-Za-z]+)?\+?"
    r"(?:[ \t][A-Z][A-Za-z]*(?:-[A-Za-z]+)?\+?){0,3})"
    r"(?![\w'’+-])(?=[ \t]*(?:[.,;(\n]|$|\d|[a-z-]))"
)
#: a feed's formula: after its label ("Formula: Neocate, Elecare"), or before its density or rate
#: ("Kate Farms Peptide 1.5 at 55 mL/h")
_FEED_LIST = re.compile(r"(?i:\b(?:formula|(?:tube[ \t]+)?feeds?|feedings?)[ \t]*[:=][ \t]*)(?P<l>[^\n.;]+)")
_FEED_RATE = re.compile(
    r"(?<![\w'’-])(?P<b>[A-Z][a-z]*[A-Z]?[a-z]+(?:[ \t][A-Z][A-Za-z]*){0,2})"
    r"(?=(?:[ \t]+\d(?:\.\d)?)?[ \t]+(?:at[ \t]+)?\d{1,3}[ \t]*(?:mL|ml|cc)[ \t]*/[ \t]*(?:h|hr|hour)\b)"
)
#: a heading of a stoma-care list with its items on the lines below ("Accessories:\n- Brava Tape")
_HEAD = re.compile(rf"(?im:^[ \t]*(?:{_GEAR})[ \t]*:[ \t]*\n)")
_BULLET = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*|\d{1,2}[.)][ \t]*|[ \t]{2,})(?=\S)")
#: a second product joined to a first one: "Dansac convex with Eakin Cohesive."
_JOINED = re.compile(
    rf"[ \t]+(?:with|and|plus|\+)[ \t]+(?P<b>(?:{_WORD})(?:[ \t](?:{_WORD})){{0,2}})"
    r"(?=[ \t]*(?:[.,;\n]|$|(?:daily|as[ \t]+required|prn|weekly|each)\b))"
)
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CATEGORIES = frozenset({"name", "hospital", "geo", "workplace", "address"})


def keep_product_brands(text: str, spans: list[PhiSpan], is_name: Callable[[str], bool]) -> list[PhiSpan]:
    """``spans`` without the person and place spans that lie inside a brand before its noun, or
    inside a word no name list holds that is taken like a medicine (``is_name``: whether a
    lower-case word is a known given name or surname)."""
    # the verb too: "Advised Peptac" may be read as one name
    ranges = []
    for m in _TAKEN.finditer(text):
        # no person: a word of it no name ("Eakin Freeseal"; "started Anna Webb" names one)
        if not all(is_name(w.lower()) for w in m["b"].split()):
            ranges.append((m.start(), m.end("b")))
            if (joined := _JOINED.match(text, m.end("b"))) and not _TITLE.match(joined["b"]):
                ranges.append((joined.start("b"), joined.end("b")))
    for lm in _LIST.finditer(text):
        for m in _ITEM.finditer(text, lm.start("l"), lm.end("l")):
            if not is_name(m["b"].split()[0].lower()):
                ranges.append((m.start("b"), m.end("b")))
    for lm in _FEED_LIST.finditer(text):
        for m in _ITEM.finditer(text, lm.start("l"), lm.end("l")):
            if not all(is_name(w.lower()) for w in m["b"].split()) and not _TITLE.match(m["b"]):
                ranges.append((m.start("b"), m.end("b")))
    for m in _FEED_RATE.finditer(text):
        if not all(is_name(w.lower()) for w in m["b"].split()) and not _TITLE.match(m["b"]):
            ranges.append((m.start("b"), m.end("b")))
    for hm in _HEAD.finditer(text):
        pos = hm.end()
        while bm := _BULLET.match(text, pos):
            item = _ITEM.match(text, bm.end())
            if item and not _TITLE.match(item["b"]):  # a list of products holds no one
                ranges.append((item.start("b"), item.end("b")))
            pos = text.find("\n", bm.end()) + 1
            if pos == 0:
                break
    for m in _BRAND.finditer(text):
        if _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _TITLE.match(m["b"]):
            continue
        ranges.append((m.start("b"), m.end()))  # with a capitalised noun ("No Sting Barrier Film")
        joined = _JOINED.match(text, m.end())
        if joined and not _TITLE.match(joined["b"]):
            ranges.append((joined.start("b"), joined.end("b")))
    if not ranges:
        return spans
    return [s for s in spans if s.category not in _CATEGORIES or not _inside(text, s, ranges)]


def _inside(text: str, span: PhiSpan, ranges: list[tuple[int, int]]) -> bool:
    """Whether every word of ``span`` lies in one of ``ranges`` ("Pregnacare, Vitamin D" read as
    one "Surname, Given" name lies in two listed products)."""
    words = [(w.start(), w.end()) for w in _WORDS.finditer(text, span.start, span.end)]
    return bool(words) and all(any(a <= ws and we <= b for a, b in ranges) for ws, we in words)
