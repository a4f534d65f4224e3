"""Clinical specialties and roles beside clinicians' names in English notes.

A tumor board's attendee list, a consult roster and a signature write a clinician's specialty or
role right beside the name: ``Dr. A. Lindqvist (Med Onc)``, ``dr harrow (rad onc)``, ``Priya
Lindemann, RN, CIC, Infection Preventionist``. The name finders read ``(Rad Onc)`` as a second
name in brackets and ``Preventionist`` as a surname; the specialty is a term and stays. The
other way round, a lower-case word after a lower-case ``dr``/``np``/``pa`` with a specialty in
brackets after it (``dr harrow (rad onc)``) is the clinician's surname, everyday word or not.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan, add_uncovered, span_without

__all__ = ["specialty_terms"]

_SPECIALTY = (
    r"(?:(?:med(?:ical)?|rad(?:iation)?|surg(?:ical)?|gyn(?:ecologic)?|heme|hem|neuro|peds?|"
    r"pediatric)[ \t]*(?:/[ \t]*)?onc(?:ology)?|heme[ \t]*/[ \t]*onc|onc(?:ology)?|"
    r"path(?:ology)?|rads|radiology|diagnostic[ \t]+radiology|interventional[ \t]+radiology|ir|"
    r"nuc(?:lear)?[ \t]+med(?:icine)?|gen(?:eral)?[ \t]+surg(?:ery)?|neuro[ \t]*surg(?:ery)?|"
    r"ct[ \t]+surg(?:ery)?|thoracic[ \t]+surg(?:ery)?|colorectal[ \t]+surg(?:ery)?|"
    r"breast[ \t]+surg(?:ery)?|gi|pulm|cards|cardiology|genetics|genetic[ \t]+counseling|"
    r"palliative(?:[ \t]+care)?|pharm(?:acy)?|nursing|social[ \t]+work|nav(?:igator)?|"
    r"nurse[ \t]+navigator|ent|uro(?:logy)?|derm(?:atology)?|anesthesia|hospitalist|"
    r"ep|electrophysiology|id|infectious[ \t]+disease)"
)
#: a specialty in brackets of its own
_BRACKETED = re.compile(rf"\((?i:{_SPECIALTY})\)")
#: roles and departments a name finder may read as names
_ROLES = re.compile(
    r"(?<![A-Za-z])(?i:infection[ \t]+prevention(?:ist)?|employee[ \t]+health|"
    r"occupational[ \t]+health)(?![A-Za-z])"
)
_LOWER_TITLED = re.compile(
    rf"(?<![A-Za-z0-9./])(?:dr|np|pa)\.?[ \t]+(?P<v>[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?)[ \t]*"
    rf"\((?:{_SPECIALTY})\)"
)


def specialty_terms(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` less the specialties and roles above, plus the lower-case titled surnames."""
    terms = [(m.start(), m.end()) for m in _BRACKETED.finditer(text)]
    terms += [(m.start(), m.end()) for m in _ROLES.finditer(text)]
    for start, end in terms:
        kept: list[PhiSpan] = []
        for span in spans:
            overlaps = span.start < end and start < span.end and span.category in ("name", "hospital")
            kept.extend(span_without(span, start, end, text) if overlaps else [span])
        spans = kept
    extra = [PhiSpan(m.start("v"), m.end("v"), "name") for m in _LOWER_TITLED.finditer(text)]
    return add_uncovered(spans, extra, text)
