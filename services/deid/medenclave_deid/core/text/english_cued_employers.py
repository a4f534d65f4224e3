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

from medenclave_deid.core.text.english_job_employers import BUSINESS_WORDS
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_cued_employers"]

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
_CARE = frozenset(
    "hospital hospitals clinic clinics center centre medical health healthcare hospice rehab pharmacy "
    "nursing institute memorial regional".split()
)
#: trades' last words beside the business words: "… Auto Body", "… Barber Shop"
_TRADES = frozenset(
    "shop shops studio studios garage salon spa kennels landscaping paving roofing plumbing painting "
    "excavating welding masonry cleaning".split()
)
#: words that open or sit inside a phrase of prose, no business's name ("a local bakery", "night
#: as a warehouse")
_PROSE = frozenset(
    "a an the his her their my our your this that these those local same family small another various "
    "multiple different several some any as at in on to for from with by was is were part-time "
    "full-time night nights day days home self".split()
)


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
            if (last in BUSINESS_WORDS or last in _TRADES or auto_body) and k >= 2:
                best = k
                break
        if best is None:
            continue
        head = words[:best]
        lower = [w.lower() for w in head]
        if not _one_case(head) or any(w in _CARE or w in _PROSE for w in lower):
            continue
        end = cue.end()
        for w in head:
            end = text.index(w, end) + len(w)
        suffix = _SUFFIX.match(text, end)
        if suffix and _one_case([*head, suffix.group().strip(" ,.")]):
            end = suffix.end()
        out.append(PhiSpan(cue.end(), end, "workplace"))
    return out
