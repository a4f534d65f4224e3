"""Employers written in lower case or in capitals after a cue that says "where this person works".

Dictations typed in lower case, forms printed in capitals and exports name the employer with the
same cues as any history ("works at", "employed by", "employer:", "injured at work (…)",
"occupational exposure at", "occupation/employer: nurse / …"), but the other finders want a
capitalised run. After such a cue, a run of up to six words in one case (all lower or all
capitals: ``stonebridge poultry processing``, ``NORTHGATE TOOL & DIE, INC.``) is the workplace
when it ends in a business's word (:data:`~medenclave_deid.core.text.english_job_employers.
BUSINESS_WORDS`) or a company suffix (``inc``, ``llc``, ``corp``); a run of other words ("works
at home", "employer: self") stays, as does a care facility's run, the hospital finders'.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_job_employers import BUSINESS_WORDS
from medenclave_deid.core.text.spans import PhiSpan

__all__ = [
    "CARE_WORDS",
    "ORG_LAST_WORDS",
    "PROSE_WORDS",
    "TRADE_WORDS",
    "find_cued_employers",
    "find_labelled_jobs",
]

_CUE = re.compile(
    r"(?i)\b(?:works?|working|worked|employed|employment)[ \t]+(?:at|for|by|with)[ \t]+(?:the[ \t]+)?"
    r"|\b(?:employer|place[ \t]+of[ \t]+employment|work[ \t]*place|company)[ \t]*(?:is|was|[:=-])[ \t]*"
    r"|\b(?:employer)[ \t]*:[ \t]*[a-z][a-z -]{1,30}?[ \t]*/[ \t]*"
    r"|\b(?:occupation|job)[ \t]*/[ \t]*employer[ \t]*:[ \t]*[a-z][a-z -]{1,30}?[ \t]*/[ \t]*"
    r"|\b(?:injured|hurt|fell|accident|injury)[ \t]+(?:at|on)[ \t]+(?:work|the[ \t]+job)[ \t]*[(,-][ \t]*"
    r"|\boccupational[ \t]+exposure[ \t]+(?:at|with)[ \t]+"
)
_WORD = r"[A-Za-z0-9][A-Za-z0-9'’-]*"
_RUN = re.compile(rf"{_WORD}(?:[ \t]+(?:&[ \t]+)?{_WORD}){{0,5}}")
_SUFFIX = re.compile(r"(?i),?[ \t]+(?:inc|llc|corp|co|ltd|l\.l\.c|company)\b\.?")
CARE_WORDS = frozenset(
    "hospital hospitals clinic clinics center centre medical health healthcare hospice rehab pharmacy "
    "nursing institute memorial regional".split()
)
#: trades' last words beside the business words: "… Auto Body", "… Barber Shop"
TRADE_WORDS = frozenset(
    "shop shops studio studios garage salon spa kennels landscaping paving roofing plumbing painting "
    "excavating welding masonry cleaning siding pumping hauling drilling framing fencing flooring "
    "roofers installers contractors lines".split()
)
#: words that open or sit inside a phrase of prose, no business's name ("a local bakery", "night
#: as a warehouse")
PROSE_WORDS = frozenset(
    "a an the his her their my our your this that these those local same family small another various "
    "multiple different several some any as at in on to for from with by was is were part-time "
    "full-time night nights day days home self".split()
)


_DETERMINERS = frozenset("a an the his her their my our your this that these those".split())


def _one_case(words: list[str]) -> bool:
    letters = "".join(w for w in words if w != "&")
    return letters.islower() or letters.isupper()


def find_cued_employers(text: str) -> list[PhiSpan]:
    """The workplaces of the module docstring in an English note (overlaps not resolved).

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for cue in _CUE.finditer(text):
        run = _RUN.match(text, cue.end())
        if run is None:
            continue
        words = run.group().split()
        # the longest prefix of the run that ends in a business's word, then maybe a suffix
        best = None
        for k in range(len(words), 0, -1):
            last = words[k - 1].lower().strip("'’")
            auto_body = last == "body" and words[k - 2].lower() == "auto" if k >= 2 else False
            if (last in BUSINESS_WORDS or last in TRADE_WORDS or auto_body) and k >= 2:
                best = k
                break
        if best is None:
            continue
        head = words[:best]
        lower = [w.lower() for w in head]
        if not _one_case(head) or any(w in CARE_WORDS or w in PROSE_WORDS for w in lower):
            continue
        end = cue.end()
        for w in head:
            end = text.index(w, end) + len(w)
        suffix = _SUFFIX.match(text, end)
        if suffix and _one_case([*head, suffix.group().strip(" ,.")]):
            end = suffix.end()
        out.append(PhiSpan(cue.end(), end, "workplace"))
    return out


#: an occupation's label or "works as", a job of one to four words, then "at"/"for"/"with"
#: ("OCCUPATION: DENTAL ASSISTANT AT …", "Job: welder for …", "works as a machinist at …")
_JOB_LABEL = re.compile(
    r"(?im)(?:^[ \t]*(?:(?:usual|current|main)[ \t]+)?"  # "Usual occupation / employer:"
    r"(?:occupation|(?:day[ \t]+)?job(?:[ \t]+title)?|employment|work|position)"
    r"(?:[ \t]*/[ \t]*(?:employer|industry|business|company))?"
    r"(?:[ \t]*\([a-z /-]{1,20}\))?[ \t]*[:=-][ \t]*"  # "Occupation (day job): …"
    r"|\bworks?[ \t]+as[ \t]+(?:an?[ \t]+)?)"
    r"(?P<job>[a-z][a-z'-]*(?:[ \t]+[a-z][a-z'-]*){0,3}?)(?:[ \t]+(?:at|for|with)[ \t]+(?:the[ \t]+)?"
    r"|(?P<comma>,)[ \t]+(?=[A-Z]))"  # or a comma, then a capitalised name ("forklift operator, UPS")
)
#: words a workplace's run stops before ("… since 2019", "… for 20 years", "… x 10 yrs")
_STOP = frozenset("since for x until from in during when where while as per and but who which".split())
#: the last words of organisations besides businesses' (a district, a daycare, a facility)
ORG_LAST_WORDS = frozenset(
    "district daycare facility school schools academy university college department agency church "
    "bank office firm plant factory station authority council library museum prison jail body".split()
)
_RUN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&-]*|&")
_BREAK = re.compile(r"[,;.()\[\]|]|[ \t]{3,}|[ \t]-[ \t]")


def find_labelled_jobs(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """The workplace after an occupation's label and a job, in any case (``OCCUPATION: DENTAL
    ASSISTANT AT TRI-COUNTY SCHOOL DISTRICT``, ``occupation: cook at juniper street bistro``): up to
    six words to the line's end or a stop word, with an unlisted word or ending in an organisation's
    word; a run of everyday words ("at the time of injury", "at school"), of prose ("at home", "a
    local bakery") or a care facility's run stays. The label may carry a note in brackets
    (``Occupation (day job): …``) and a comma may stand for "at" before a capitalised name
    (``forklift operator, UPS``); a capitalised run after a job in lower case is the workplace
    whatever its words (``trainer at Home Depot``).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    out: list[PhiSpan] = []
    for cue in _JOB_LABEL.finditer(text):
        if cue.group("job").split()[0].lower() in PROSE_WORDS:
            continue
        line_end = text.find("\n", cue.end())
        line = text[cue.end() : len(text) if line_end < 0 else line_end]
        head = _BREAK.split(line, maxsplit=1)[0]
        words: list[re.Match[str]] = []
        for w in _RUN_WORD.finditer(head):
            if w.group().lower() in _STOP or w.group().isdigit() or len(words) == 6:
                break
            words.append(w)
        while words and words[-1].group().lower() in ("&", "and", "of", "the"):
            words.pop()
        lower = [w.group().lower().strip("'’") for w in words]
        # a capitalised run after a job in lower case ("trainer at Home Depot", "… at UPS")
        named = (
            bool(words)
            and cue.group("job").islower()
            and all(w.group()[0].isupper() or w.group() == "&" for w in words)
        )
        # its words may be everyday ones ("Home Depot"), not opened by a determiner ("at The Home")
        prose = [] if named and len(words) > 1 and lower[0] not in _DETERMINERS else lower
        if not words or any(w in CARE_WORDS for w in lower) or any(w in PROSE_WORDS for w in prose):
            continue
        odd = [w for w in lower if not is_common(w) and not w.isdigit() and w != "&"]
        org = lower[-1] in BUSINESS_WORDS or lower[-1] in TRADE_WORDS or lower[-1] in ORG_LAST_WORDS
        if cue.group("comma") and not (
            named and (odd or org or len(words) > 1 or words[0].group().isupper())
        ):
            continue  # "student, Year": no employer after the comma
        if not odd and not (org and len(words) >= 2) and not named:
            continue  # "at the time of injury", "at school": everyday words, no workplace
        out.append(PhiSpan(cue.end() + words[0].start(), cue.end() + words[-1].end(), "workplace"))
    return out
