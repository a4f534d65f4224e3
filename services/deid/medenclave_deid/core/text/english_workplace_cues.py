"""Workplaces in occupational histories after cues the verb finders do not read.

Occupational-medicine notes, case reports and return-to-work letters name the workplace after
what happened there rather than after "works at": "occupational exposure at Kessler Battery
Recycling", "laid off from Kingsford Glass Works", "coworkers at Prairie Wind Ethanol have similar
symptoms", "employer - Vantage Cold Storage", "Employer / school: Larkin Feed Mill", "on leave from
Harbor Point Marina since May", or after what the person does with a business: "he
owns Castillo Auto Repair", "she runs Bluebird Florist".

After such a cue, a capitalised run of up to six words (``english_job_employers``' organisation
shape) is the workplace when its last word is a business's or a trade's (Recycling, Repair,
Florist …), or, after a cue that can only be followed by a workplace (an exposure at work, a
lay-off, a leave of absence from work, coworkers, an employer's label, also with a slash alternative
as in "Employer / program:"), when one of its words is no everyday English word. A
run that names a care facility is left to the hospital finders; "owns a home", "runs Lasix" and
"manages Type 2 diabetes" name no business and stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_job_employers import BUSINESS_WORDS, ORG_RUN, trim_org, workplace_run
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_workplace_cues"]

#: cues after which only a workplace follows: an exposure at work, losing a job, coworkers, a label
#: with a dash
_STRONG = (
    r"(?:occupational|workplace|work|job|industrial)[ \t]+exposures?[ \t]+(?:at|while[ \t]+"
    r"(?:working|employed)[ \t]+(?:at|for|by))"
    r"|(?:laid[ \t]+off|fired|let[ \t]+go|resigned|furloughed)[ \t]+from"
    r"|quit[ \t]+(?:(?:his|her|their|a|the)[ \t]+)?job[ \t]+(?:at|with)"
    r"|co-?workers?[ \t]+at|colleagues?[ \t]+at"
    r"|(?:employer|company|workplace|place[ \t]+of[ \t]+employment)[ \t]*[-\u2013\u2014]"
    r"|(?:employer|workplace)[ \t]*/[ \t]*[a-z]{3,12}(?:[ \t]+[a-z]{2,12})?[ \t]*:"
    r"|(?P<leave>on[ \t]+(?:(?:medical|sick|disability|unpaid|extended|maternity|paternity|family)[ \t]+)?"
    r"leave[ \t]+(?:of[ \t]+absence[ \t]+)?from(?:[ \t]+(?:(?:his|her|their)[ \t]+)?job[ \t]+at)?)"
)
#: cues after which a business is one reading among others (owns a home, runs a fever)
_WEAK = r"(?:co-?)?(?:owns|owned|runs|ran|operates|operated|manages|managed)"
_CUE = re.compile(
    rf"\b(?i:(?P<strong>{_STRONG})|(?P<weak>{_WEAK}))[ \t]+"
    rf"(?:(?i:the|a|an|his|her|their)[ \t]+)?"
    rf"(?:(?i:family|local|small)[ \t]+(?:business|company|firm|shop)[ \t]*[,(:-]?[ \t]*)?",
    re.ASCII,
)
_ORG = re.compile(ORG_RUN, re.ASCII)
#: trades' and shops' last words beside the business words ("Castillo Auto Repair")
_TRADES = frozenset(
    "repair repairs florist florists shop studio garage salon spa kennels landscaping paving roofing "
    "plumbing painting excavating welding masonry cleaning boutique bakery barbershop hauling "
    "transport electric contracting remodeling auto".split()
)


def _never_common(_word: str) -> bool:
    return False


def find_workplace_cues(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """The workplaces of the module docstring in an English note (overlaps not resolved).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    out: list[PhiSpan] = []
    for cue in _CUE.finditer(text):
        m = _ORG.match(text, cue.end())
        if m is None:
            continue
        # a form's wide gap ends the value ("Employer / program: Acme Mill    Phone:")
        value = trim_org(re.split(r"[ ]{2,}|\t", m.group())[0])
        last = value.split()[-1].lower().strip("'\u2019")
        business = last in BUSINESS_WORDS or last in _TRADES
        strong = cue.group("strong") is not None
        if (not business and not strong) or (cue.group("leave") and len(value.split()) < 2):
            continue
        # a trade's last word after two or more words is a business's name ("Bluebird Florist")
        trade = last in _TRADES and len(value.split()) >= 2
        if not trade and not workplace_run(value, is_common, cued=strong):
            continue
        if trade and not workplace_run(value, _never_common, cued=strong):
            continue
        out.append(PhiSpan(m.start(), m.start() + len(value), "workplace"))
    return out
