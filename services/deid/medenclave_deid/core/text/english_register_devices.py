"""Numbers a registration body, a device's noun or an analyte's name tells apart:

* a health-professions register's acronym before a number is that register's licence
  (``Vaccinator, MCNZ 40217``, ``NMC 09K1234E``, ``AHPRA MED0002345678``, ``IMC reg 220417``);
* a device's noun before a serial of capitals and digits is the device's serial
  (``CGM receiver 7HQW2LX9PT``, ``transmitter 8TXW3QZ5``);
* a virus or an antigen named with its type numbers is a lab term, not a record's number
  (``Labs on file: HIV-1/2 Ag/Ab``, ``HSV-1/2 IgG``, ``HTLV-I/II``, ``HPV-16/18``, ``SARS-CoV-2``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_register_devices", "keep_analyte_codes"]

#: registers of doctors, nurses, dentists, pharmacists and allied professions (UK, Ireland,
#: New Zealand, Australia, South Africa, Canada, India, Pakistan, Nigeria, Kenya)
_BODIES = (
    r"GMC|NMC|HCPC|GPhC|GDC|GOC|IMC|NMBI|PSI|MCNZ|NCNZ|DCNZ|PCNZ|AHPRA|HPCSA|SANC|SAPC|MDCN|KMPDC|"
    r"PMDC|PMC|NMCN|CPSO|CPSA|CPSBC|CPSM|CPSS|CPSNS|CMQ|BCCNM|CNO|OIIQ|MCI"
)
_REG_WORDS = r"reg(?:istration|istered|\.)?|licen[cs]e|no\.?|num(?:ber)?|#|ref|pin"
_REGISTER = re.compile(
    rf"(?<![\w-])(?P<b>{_BODIES})(?P<w>(?:[ \t]+(?i:{_REG_WORDS}))*)[ \t]*[:#]?[ \t]*"
    r"(?P<v>(?:[A-Z]{1,4}[ -]?)?\d[\dA-Z]{3,11})(?![\w/-]|\.\d)"
)
#: a body whose acronym is a clinical word or a unit too: its number needs a register word
_AMBIGUOUS_BODIES = frozenset({"PSI", "MCI", "PMC", "CNO", "IMC"})
#: nouns of devices a patient carries or has implanted, then an optional serial label
_DEVICE_NOUN = (
    r"receiver|transmitter|pump|sensor|monitor|reader|glucometer|meter|pacemaker|defibrillator|"
    r"ICD|generator|stimulator|processor|hearing[ \t]+aid|concentrator|ventilator|CPAP|BiPAP|APAP|"
    r"nebuli[sz]er|controller|handset|tracker|pendant|recorder"
)
_DEVICE = re.compile(
    rf"(?<![\w-])(?i:{_DEVICE_NOUN})(?:[ \t]+(?i:serial|S/?N|ser\.?)(?:[ \t]+(?i:no\.?|number|#))?)?"
    r"[ \t]*[:#]?[ \t]*(?P<v>[A-Z0-9]{6,16})(?![\w/-]|\.\d)"
)
#: viruses and antigens named with their type numbers
_ANALYTE = re.compile(
    r"(?:HIV|HSV|HTLV|HPV|HHV|HBV|HCV|HAV|HEV|HDV|EBV|CMV|VZV|RSV|HMPV|HPIV|PIV|DENV|EV|"
    r"SARS-CoV|MERS-CoV|HCoV|HIV-?Ag|HLA)"
    r"-?(?:\d{1,2}|I{1,3}|IV|V)[A-Z]?(?:[/,&](?:\d{1,2}|I{1,3}|IV|V)[A-Z]?)*",
)


def find_register_devices(text: str) -> list[PhiSpan]:
    """Licences after a register's acronym and serials after a device's noun.

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for m in _REGISTER.finditer(text):
        value = m.group("v")
        digits = sum(c.isdigit() for c in value)
        if digits < 4 or (m.group("b") in _AMBIGUOUS_BODIES and not m.group("w").strip()):
            continue
        if not m.group("w").strip() and digits < 5 and re.fullmatch(r"(?:19|20)\d\d", value):
            continue  # "GMC 2019": a year
        out.append(PhiSpan(m.start("v"), m.end("v"), "licence"))
    for m in _DEVICE.finditer(text):
        value = m.group("v")
        digits = sum(c.isdigit() for c in value)
        if digits >= 2 and len(value) - digits >= 2:
            out.append(PhiSpan(m.start("v"), m.end("v"), "device"))
    return out


def keep_analyte_codes(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without an identifier span that is only an analyte's name and type numbers.

    Args:
        text: an English note.
        spans: resolved spans.
    """
    return [
        s
        for s in spans
        if s.category in ("name", "date", "age", "address", "geo", "hospital", "workplace")
        or not _ANALYTE.fullmatch(text[s.start : s.end])
    ]
