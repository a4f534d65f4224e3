"""Employers named after a job title and "at", and in the answer to "Where do you work?".

Histories and interviews name the workplace after what the person does there: "Line lead at
Harbor Point Seafood Processing", "forklift operator at Great Plains Cold Storage", "welder at
Ironbridge Fabricators", or answer a question about work ("Q: Where do you work? / A: I'm a line
cook at Juniper Street Bistro"). The verb cues of ``english.py`` ("works at", "employed by") miss
a bare job title, and the organisation-suffix finder does not know many trades' last words
(Processing, Components, Aerospace, Packaging, Plastics, Storage …), whose words are often
everyday ones (Maple, Leaf, Poultry) that no name list holds.

A capitalised run after a job title and "at"/"for"/"with" is a workplace when its last word is a
business's (:data:`BUSINESS_WORDS` or ``english.py``'s suffixes), or when one of its words is no
everyday English word; a run of everyday words alone ("Resident at Morning Report", "Lead at
Baseline") stays. A run that ends in a care facility's word is left to the hospital finders.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["BUSINESS_WORDS", "ORG_RUN", "find_job_employers", "trim_org", "workplace_run"]

#: the last words of businesses' names (besides english.py's Inc, Corp, Foods, Logistics …)
BUSINESS_WORDS = frozenset(
    """
processing processors components aerospace packaging packing packers plastics metals steel
electric electronics energy chemicals chemical textiles lumber poultry dairy creamery meats
seafood distributors distributing wholesale machining tooling fabricators fabricating works
brewing brewery winery distillery mining outfitters printing robotics assembly castings forge
foundry mill mfg cannery growers nursery storage movers express couriers dynamics bistro
catering pizzeria tavern pub inn suites hotel resort casino elevator cooperative coop co-op die
precision industrial controls instruments pharmaceuticals recycling salvage towing dealership
apparel garments furniture cabinets paper container containers concrete asphalt quarry cleaners
laundry janitorial staffing depot outlet mart grocery grocers packaging creamery orchards ranch
ranches vineyards feedlot hatchery greenhouses millwork ironworks plating coatings finishing
polymers composites fasteners hydraulics pumps valves bearings tire tires trucking logistics
corp inc llc ltd co company group industries enterprises foods farms mills services systems
technologies manufacturing construction motors supply hardware market markets warehouse
freight shipping distribution restaurant grill bakery cafe diner salon airlines
""".split()
)
#: care facilities' words: such a run is the hospital finders'
_CARE_WORDS = frozenset(
    """
hospital hospitals clinic clinics center centre medical health healthcare infirmary hospice rehab
rehabilitation pharmacy nursing care institute physicians associates practice memorial regional
""".split()
)
#: what people are at work: the word before "at"
_JOBS = (
    r"lead|supervisor|manager|operator|worker|clerk|associate|tech|technician|assistant|foreman|"
    r"forewoman|inspector|mechanic|machinist|welder|driver|cashier|cook|chef|server|bartender|"
    r"barista|waiter|waitress|hostess|teacher|engineer|analyst|accountant|electrician|plumber|"
    r"carpenter|laborer|labourer|packer|picker|loader|handler|sorter|butcher|baker|janitor|"
    r"custodian|housekeeper|receptionist|secretary|administrator|coordinator|specialist|"
    r"representative|rep|agent|guard|director|owner|intern|apprentice|trainee|employee|"
    r"aide|attendant|dispatcher|planner|scheduler|buyer|designer|developer|programmer|scientist|"
    r"researcher|instructor|librarian|stocker|courier|trucker|miner|landscaper|painter|roofer|"
    r"installer|assembler|fabricator|tester|estimator|superintendent|dishwasher|cleaner|teller|"
    r"banker|broker|paralegal|consultant|contractor|auditor|controller|bookkeeper|merchandiser|"
    r"salesman|saleswoman|salesperson|stylist|barber|groomer|caregiver|millwright|lineman|"
    r"pipefitter|boilermaker|ironworker|mason|framer|deboner|trimmer|meatcutter|crew|staff"
)
#: a capitalised word of an organisation's name (no sentence's full stop in it)
_ORG_WORD = r"[A-Z][A-Za-z0-9'\u2019&-]*"
_ORG = rf"{_ORG_WORD}(?:[ \t]+(?:(?:&|and|of|de|on|the)[ \t]+)?{_ORG_WORD}){{0,5}}"
#: the organisation's run for other cues' finders
ORG_RUN = _ORG
_JOB_AT = re.compile(
    rf"\b(?P<job>(?i:{_JOBS}))s?[ \t]+(?:at|for|with)[ \t]+(?:(?i:the)[ \t]+)?(?P<v>{_ORG})", re.ASCII
)
#: a question about work, then the next line's answer
_WORK_QUESTION = re.compile(
    r"(?im)(?:where|who|what)[^\n?]{0,30}\b(?:work|employed|employer|job)\b[^\n?]{0,20}\?[ \t]*\n"
    r"(?:[ \t]*\n)?(?P<a>[^\n]+)"
)
_ANSWER_AT = re.compile(rf"\b(?:at|for|with|by)[ \t]+(?:(?i:the)[ \t]+)?(?P<v>{_ORG})", re.ASCII)
_ANSWER_LEAD = re.compile(rf"^[ \t]*(?:(?i:a|answer|pt|patient)[ \t]*[:.-][ \t]*)?(?P<v>{_ORG})", re.ASCII)
#: a title a word or two before a capitalised job word makes it a surname ("Dr. Ann Baker for")
_NAME_BEFORE = re.compile(r"\b(?i:dr|mr|mrs|ms|mx|prof)\.?(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2}[ \t]+$")
_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday i".split())


#: lower-case connectors a run may not end in ("Tool and Die", not "Acme and")
_TRAILING = re.compile(r"(?:[ \t]+(?:&|and|of|de|on|the))+$")


def _is_workplace(value: str, is_common: Callable[[str], bool], *, cued: bool) -> bool:
    words = value.split()
    lower = [w.lower().strip("'\u2019") for w in words]
    if any(w in _CARE_WORDS for w in lower) or lower[0] in _DAYS:
        return False
    if lower[-1] in BUSINESS_WORDS and len(words) >= 2:
        return True
    names = [w for w, lo in zip(words, lower, strict=True) if lo not in ("and", "of", "de", "on", "the", "&")]
    odd = [w for w in names if not is_common(w.lower()) and not w.isdigit()]
    return bool(odd) and (len(names) >= 2 or cued)


def workplace_run(value: str, is_common: Callable[[str], bool], *, cued: bool) -> bool:
    """Whether a capitalised run is a workplace's name (see the module docstring)."""
    return _is_workplace(value, is_common, cued=cued)


def trim_org(value: str) -> str:
    """The run without the connectors it may not end in ("Tool and", "Acme of")."""
    return _TRAILING.sub("", value)


def _span(m: re.Match, offset: int, is_common: Callable[[str], bool], cued: bool) -> PhiSpan | None:
    value = _TRAILING.sub("", m.group("v"))
    if not _is_workplace(value, is_common, cued=cued):
        return None
    start = offset + m.start("v")
    return PhiSpan(start, start + len(value), "workplace")


def find_job_employers(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Workplaces after a job title and "at", and in the answer to a question about work.

    Args:
        text: the note.
        is_common: whether a lower-case word is an everyday English word.
    """
    out: list[PhiSpan] = []
    for m in _JOB_AT.finditer(text):
        if m.group("job")[0].isupper() and _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "Dr. Sarah Baker for ...": a surname, not a baker
        span = _span(m, 0, is_common, False)
        if span:
            out.append(span)
    for q in _WORK_QUESTION.finditer(text):
        answer, at = q.group("a"), q.start("a")
        found = _ANSWER_AT.search(answer) or _ANSWER_LEAD.match(answer)
        if found:
            span = _span(found, at, is_common, True)
            if span:
                out.append(span)
    return out
