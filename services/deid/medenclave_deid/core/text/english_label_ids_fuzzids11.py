"""A record number after a record label, whatever its shape: the last word of an agency's, a
clinic's or a program's number label, and the whole value after it.

Forms and letters give a case, a claim, a voucher or a certificate its number after a label
that ends in a number word (``Appeal no.``, ``Confirmation #``, ``Household ID``, ``Letter
ref.``, ``Incident nbr``) or that is itself a record's name (``Docket``, ``Accession``,
``Badge``, ``Ticket``, ``Requisition``, ``Alien no.``, ``FAA MID``; a tribunal's or a court's
``matter``, ``proceeding``, ``petition``, an ``exemption``'s certificate). The value is written in
every shape: digits grouped by dots, spaces or slashes (``808.125.559``, ``0278 6838``,
``0329/907083``), a year before a serial (``2024-5531``), letters before the digits (``GK
335141``, ``FY25-52467``, ``TGM-08768``, up to two letter groups and a slash: ``MH24/90682``,
``UP/14914/2021``, ``S ECI 2020 86023``) or a check letter after them (``3745791G``), or
letters and digits mixed in groups (``AQ61-P6TL``). Such a value is found after the label with
a colon, a dash, a ``No.``/``nbr``/``#``, a dotted leader, a tab or a table's cell border
between them, and in prose right after the label ("referred under referral 2024-118833").

The value must hold five digits or more (a mixed group of letters and digits: at least two
digits, or a digit in two groups of four), so a room (``Room no. 412``), a count or a score
after a label stays. Catalogue, lot, reference, code and measure labels (``REF``, ``Lot #``,
``Cat. no.``, ``NDC``, ``CPT``, ``ICD``, ``Dose``, ``Phone``) are none of these labels. A value
another finder already took in part (``335141`` of ``GK 335141``) is taken whole, under that
finder's category; one another finder took as a date, a phone number or a measure is left to it.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan, add_uncovered

__all__ = ["find_label_ids", "label_ids"]

#: a record's own name: the label may be that word alone ("Docket 136 864 314")
_RECORD = (r"case|docket|accession|requisition|badge|ticket|voucher|invoice|receipt|referral|"
           r"intake|claim|appeal|grant|permit|certificate|cert|donor|member|enrollment|"
           r"application|confirmation|incident|report|statement|attestation|inventory|"
           r"registration|file|control|tracking|transaction|specimen|kit|batch|cabinet|station|"
           r"MID|AME|DEA|NPI|SN|serial|barcode|matter|proceeding|petition|inquest|exemption")
#: the number word that closes a label ("Household ID", "Letter ref.", "Examiner no.")
_NUMBER_WORD = r"no\.?|nbr\.?|num\.?|number|#|ID|ref\.?|reference"
#: labels that are never a record number's: catalogue, lot, codes, measures, contacts, rooms
_NOT_LABEL = re.compile(
    r"(?i:\b(?:lot|cat(?:alog(?:ue)?)?|part|model|ndc|cpt|icd|hcpcs|loinc|snomed|dose|phone|fax|"
    r"tel|pager|cell|room|bed|bay|suite|apt|zip|version|rx|page|step|item|line|question|"
    r"rev|exhibit|figure|table|trial|study)\b)|\bREF\b")
_WORD = r"[A-Za-z][A-Za-z'’]*\.?"
_LABEL = re.compile(
    rf"(?<![\w#/.-])(?P<label>(?:{_WORD}[ \t]+){{0,3}}?"
    rf"(?:(?i:{_RECORD})(?:[ \t]+(?i:{_NUMBER_WORD})|[ \t]*#)?"
    rf"|A(?:[ \t]*#|[ \t]+(?i:no\.|number))|{_WORD}[ \t]+(?i:{_NUMBER_WORD})))(?![\w])"
    r"(?P<sep>[ \t]*(?:\.{2,}[ \t]*|[:=][ \t]*|-[ \t]+|\|[ \t]*|\t[ \t]*|(?i:no\.|nbr|#)[ \t]*|\(|[ \t]+))",
    re.ASCII)
#: a value: letters before, digit groups, a check letter after; or mixed letter/digit groups
_VALUE = re.compile(
    r"#?(?P<v>(?:[A-Z]{1,4}[0-9]{0,2}(?:[ /-]|(?=[0-9]))){0,2}[0-9]+(?:[ ./-][0-9]+){0,3}(?:-?[A-Z])?"
    r"|(?=[A-Z0-9-]*[0-9][A-Z0-9-]*[0-9])(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{4,}(?:-[A-Z0-9]{3,}){0,2})"
    r"(?![\w/-]|\.\w)",
    re.ASCII)
#: a measure's or time's ending: the value is none ("12.5 mg", "2024-03-14", "0340-0600")
_MEASURE_AFTER = re.compile(r"[ \t]*(?:%|[a-zA-Zµμ]{1,5}/|(?i:mg|mcg|g|kg|ml|l|units?|u|mmol|"
                            r"meq|iu|cm|mm|hours?|hrs?|min|days?|weeks?|years?|yrs?)\b)")
_DATE_LIKE = re.compile(r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?!\d)|^\d{1,2}/\d{1,2}$")
_ID_CATEGORIES = frozenset({"mrn", "accession", "account", "health_plan", "licence", "device",
                            "other_id", "passport", "ssn", "id_card"})
_KEEP_CATEGORIES = frozenset({"date", "phone", "fax", "age", "email", "url", "ip", "address"})


def find_label_ids(text: str) -> list[PhiSpan]:
    """The values after record labels (module docstring) in an English note."""
    out: list[PhiSpan] = []
    for m in _LABEL.finditer(text):
        if _NOT_LABEL.search(m.group("label")):
            continue
        v = _VALUE.match(text, m.end())
        if v is None:
            continue
        value = v.group("v")
        digits = sum(c.isdigit() for c in value)
        mixed = any(c.isalpha() for c in value)
        grouped = re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}", value) is not None  # "VWFQ-CL6N"
        if digits < 5 and not (mixed and (digits >= 2 or grouped) and len(value) >= 8):
            continue
        if _DATE_LIKE.match(value) or _MEASURE_AFTER.match(text, v.end()):
            continue
        out.append(PhiSpan(v.start("v"), v.end("v"), "other_id"))
    return out


def label_ids(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with every record value (module docstring) covered whole: a value no finder took
    is added; one that identifier finds took in part is widened to the whole value."""
    found = find_label_ids(text)
    if not found:
        return spans
    extra: list[PhiSpan] = []
    drop: set[PhiSpan] = set()
    for f in found:
        inside = [s for s in spans if s.start < f.end and s.end > f.start]
        if any(s.category in _KEEP_CATEGORIES for s in inside):
            continue
        if any(s.start < f.start or s.end > f.end for s in inside):
            continue  # a longer find holds it, or cuts across it
        category = next((s.category for s in inside if s.category in _ID_CATEGORIES), "other_id")
        drop.update(inside)
        extra.append(PhiSpan(f.start, f.end, category))
    if not extra:
        return spans
    return add_uncovered([s for s in spans if s not in drop], extra, text)
