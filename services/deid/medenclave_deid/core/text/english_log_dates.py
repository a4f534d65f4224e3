"""Month/days, plates and ages of field logs and e-mail threads (an OCR'd form's misread labels:
:mod:`~medenclave_deid.core.text.english_ocr_labels`).

* **a month/day after an event's word**: ``callout: 9/1 1909``, ``debrief 11/3``, ``tattooed
  8/2``, ``got the tattoo 4/2``, ``paged 6/5``, ``placement=8/2``: a mission's, a visit's, a
  procedure's or a drain's placement word, then the month/day (never a fraction or a dose after
  it: ``1/2 tab``, ``4/5 strength``); and a month/day with a four-digit clock time after it that
  ends its clause (``4/3 1328``);
* **a month/day on a safety event's line**: ``Near miss: Esterhaus, 3/2 - wrong label``, ``NEAR
  MISS 03/02``, ``good catch (armband) 2/19``: a near miss, an incident or a mislabelling, then
  within fifty characters of its line a month/day (not a pain score or a strength);
* **a month/day right after a found name** (``Esterhaus 3/2: armband mismatch``,
  ``Esterhaus (3/2)``): :func:`dates_after_names`, run with the spans in hand;
* **a month/day closing a comparison with an earlier result**: ``prior isolate K20-113 same
  organism, 1/2``, ``previous culture (same organism) 10/4``, ``last positive blood cx 6/1.``: a
  microbiology log's earlier isolate, culture or specimen, then on the same line a month/day that
  ends it (``prior culture grew in 2/2 bottles`` is a count);
* **a month/day before the interval that brings it round** (``next | 11/10 (12 wk)``) **or in
  brackets after a past procedure** (``s/p cheiloplasty (8/2)``);
* **a plate near a vehicle's or a licence's word**: ``Truck: UT-737ZEL``, ``lic MT-141GML``,
  ``license plate: CO-580EEY``, ``Ram 2500 WY 4-12345A``: a state's two capitals before a plate's
  mixed letters and digits, in a line that names a vehicle or a plate; a VIN right after such a
  word, however few digits it holds (``vehicle CKVW0LAK30HSMWDGT``);
* **an age over 89 after the person in a subject's slot** (``subject: beaulieu, oscar, 96``, ``missing
  person: ana lund, 93 yo``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["dates_after_names", "find_log_dates"]

_MD = r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
_EVENT = re.compile(
    r"(?i:\b(?:debrief(?:ed|ing)?|call-?out|called[ \t]+out|paged|toned(?:[ \t]+out)?|dispatched|"
    r"activated|mission|tattoo(?:ed|ing|s)?|inked|pierced|piercing|(?:got|had|get)[ \t]+(?:the|a|her|his|"
    r"their|it|them)?[ \t]*(?:tattoo|piercing|ink)s?|visited|went[ \t]+in|inspect(?:ed|ion)|complaint|"
    r"interview(?:ed)?|emailed|texted|phoned|spoke[ \t]+(?:with|to)|rescued|evacuated|extracted|"
    r"located|found|search(?:ed)?|hunted|shot|debrief[ \t]+held|posted|posting(?:[ \t]+date)?|"
    # a drain's or a line's day on a flowsheet's header ("placement=8/2", "inserted 4/11")
    # ("placed on 8/2", "inserted: 4/11"; never "Placed 1/2 strip of nitro paste")
    r"placement|(?:placed|inserted|insertion)(?=[ \t]*(?:on\b|[:=]))))"
    rf"(?:[ \t]+on)?[ \t]*[:(=-]?[ \t]*(?P<v>{_MD})(?![\w/-]|\.\d)"
)
_PRIOR = re.compile(
    r"(?i:\b(?:prior|previous|earlier|last|same)[ \t]+(?:positive[ \t]+)?(?:isolates?|cultures?|cx|"
    r"specimens?|samples?|organism|smears?|positives?|collections?|results?)\b)"
    rf"[^\n;]{{0,60}}?(?<!\bin)(?<!\bof)(?<!pain)(?<!score)(?<!grade)(?<!power)(?<!strength)"
    rf"[ \t,:(](?:on[ \t]+)?(?P<v>{_MD})(?=[ \t]*[.;)]?[ \t]*$)",
    re.M,
)
#: a safety event and, further on its line, the month/day it happened ("Near miss: Esterhaus, 3/2 -
#: wrong label", "NEAR MISS 03/02 ESTERHAUS", "good catch (armband) 2/19")
_INCIDENT = re.compile(
    r"(?i:\b(?:near[ \t-]?miss(?:es)?|good[ \t]+catch|safety[ \t]+(?:event|report)|incident|occurrence|"
    r"mislabel(?:l?ed|ing)?|wrong[ \t-]patient)\b)"
    rf"[^\n;]{{0,50}}?(?<!pain)(?<!score)(?<!grade)(?<!power)(?<!strength)(?<!\bin)(?<!\bof)"
    rf"(?:[ \t,:(-]|^)(?:on[ \t]+)?(?P<v>{_MD})(?![\w/-]|\.\d)",
    re.M,
)
#: a month/day set right after a found name ("Esterhaus 3/2: armband mismatch", "Esterhaus (3/2)")
_AFTER_NAME = re.compile(rf"[ \t]*(?:[,:(-][ \t]*)?(?:on[ \t]+)?(?P<v>{_MD})(?![\w/-]|\.\d)")
_CLOCK = re.compile(
    rf"(?<![\w./-])(?P<v>{_MD})[ \t]+(?:[01]\d|2[0-3])[0-5]\d(?:[ \t]*h(?:rs?)?)?(?=[ \t]*(?:$|[,;.)]))",
    re.M,
)
#: a month/day before the interval that brings it ("next | 11/10 (12 wk)", "recheck 2/3 (6 weeks)"),
#: or closing a past procedure in brackets ("s/p cheiloplasty (8/2)")
_DUE = re.compile(
    rf"(?<![\w./-])(?P<v>{_MD})[ \t]*\((?:in[ \t]+|~[ \t]*)?\d{{1,2}}[ \t]*(?i:wks?|weeks?|mos?|months?)\)"
)
_SP = re.compile(rf"(?i:\bs/p|\bstatus[ \t]+post)[ \t]+[^\n();]{{2,50}}?\((?:on[ \t]+)?(?P<v>{_MD})\)")
_NOT_DATE_AFTER = re.compile(
    r"[ \t]*(?i:tabs?|tablets?|of|strength|pain|power|dose|units?|vials?|murmur|in[ \t]+the)\b"
)
_PLATE_CUE = re.compile(
    r"(?i:\b(?:vehicle|truck|car|suv|van|pickup|jeep|trailer|camper|rv|sedan|plate|plates|tag|"
    r"lic(?:en[cs]e)?[ \t]*(?:plate|#|no\.?)?|reg(?:istration)?|ford|chevy|chevrolet|ram|dodge|gmc|"
    r"toyota|tacoma|tundra|silverado|subaru|outback|f-?[1-3]50|jeep|honda|nissan|parked))(?![\w-])"
)
_STATE_PLATE = re.compile(
    r"(?<![\w-])(?P<v>[A-Z]{2}[ -](?:\d-?\d{4,5}[A-Z]?|\d{1,4}[A-Z]{2,3}|[A-Z]{2,3}\d{2,4}|\d[A-Z]{3}\d{2,3}|"
    r"[A-Z]{3}[ -]\d{3,4})|\d{1,3}[A-Z]{3}\d{0,3}|(?P<w>[A-Z]{3}[ -]?\d{3,4}))(?![\w-])"
    # no dose, volume or measure ("IVF 1000 mL", "LDL 103 mg/dL")
    r"(?![ \t]*(?:[A-Za-z\u00b5]{1,4}/|%|/|"
    r"(?i:ml|mg|mcg|g|kg|l|cc|units?|iu|mmol|meq|mm|cm|min|hrs?|u)(?![A-Za-z])))"
)
#: a vehicle's word right before a plate written like a word and a number ("lic FSZ 8447"); a
#: vital's or a lab's acronym further on in the line is no plate ("pickup 1AMC 256; SBP 104")
_CUE_RIGHT_BEFORE = re.compile(_PLATE_CUE.pattern + r"[ \t]*[:#(]?[ \t]*$|\($")
#: a VIN however few its digits (``vehicle CKVW0LAK30HSMWDGT``): 17 of its letters (no I, O, Q) and digits
_VIN = re.compile(r"(?<![\w-])(?P<v>(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){3})[A-HJ-NPR-Z0-9]{17})(?![\w-])")
#: a subject's slot, the person, then an age that ends the line or has a unit or a sex after it
_SUBJECT_AGE = re.compile(
    r"(?im)^[ \t]*(?:subject|missing[ \t]+(?:person|party|subject)|mp|lost[ \t]+party|victim|patient|pt)"
    r"[ \t]*:[ \t]*[A-Za-z][A-Za-z.,' \t-]{2,40}?,[ \t]*(?:age[ \t]+|aged[ \t]+)?(?P<v>9\d|1[01]\d)"
    r"(?=[ \t]*(?:y/?o|yrs?|years?(?:[ \t]+old)?|[MF])?[ \t]*(?:[,;.]|$))"
)


def find_log_dates(text: str) -> list[PhiSpan]:
    """Month/days, plates and ages of the shapes above (module docstring).

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for rx in (_EVENT, _INCIDENT, _CLOCK, _PRIOR, _DUE, _SP):
        for m in rx.finditer(text):
            if not _NOT_DATE_AFTER.match(text, m.end("v")):
                out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
    for m in _STATE_PLATE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        window = text[max(line_start, m.start() - 40) : m.start()]
        if m["w"] and not _CUE_RIGHT_BEFORE.search(window):
            continue
        if _PLATE_CUE.search(window):
            out.append(PhiSpan(m.start("v"), m.end("v"), "vehicle"))
    out += [
        PhiSpan(m.start("v"), m.end("v"), "vehicle")
        for m in _VIN.finditer(text)
        if _CUE_RIGHT_BEFORE.search(text, max(0, m.start() - 24), m.start())
    ]
    out += [PhiSpan(m.start("v"), m.end("v"), "age") for m in _SUBJECT_AGE.finditer(text)]
    return out


def dates_after_names(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Month/days written right after a found person's name, set off by a space, a comma, a colon,
    a dash or a bracket (a log's or an alert's "surname and date": ``Esterhaus 3/2: armband
    mismatch``); never a dose or a strength after it (``1/2 tab``)."""
    out: list[PhiSpan] = []
    for s in spans:
        if s.category != "name":
            continue
        m = _AFTER_NAME.match(text, s.end)
        if m and "\n" not in m.group() and not _NOT_DATE_AFTER.match(text, m.end("v")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "date"))
    return out
