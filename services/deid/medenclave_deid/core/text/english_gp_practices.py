"""British general practices and community services, named the way the NHS names them:

* **a practice called a "Surgery"** - ``The Old Forge Surgery``, ``Beacon Hill Surgery``,
  ``Dr Okafor's Surgery``: one to three capitalised words before ``Surgery``. A specialty or an
  operation is written the same way ("General Surgery", "Vascular Surgery", "Cataract Surgery",
  "Day Surgery"), so the words must read as a place or an owner: led by "The" or a doctor, or no
  word of them clinical, adjectival (-al, -ic, -ive, -ary ...) or a body part, and either one of
  them uncommon in English or a practice cue before ("registered with", "GP:", "Practice:").
* **a community service or team** - ``Eastvale Community Stoma Service``, ``Westmoor District
  Nursing Team``, ``Ravensworth Health Visiting Service``: a place's name (a word no everyday
  English, service or clinical word) before ``Community``/``District``/``Health``/``Specialist``
  and up to three words more, ending in ``Service`` or ``Team``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_gp_practices", "is_operation_word"]

_CAPW = r"[A-Z][a-z'’]+(?:-[A-Z][a-z]+)?"
_SURGERY = re.compile(
    rf"(?<![\w-])(?:(?P<the>The)[ ]|(?P<dr>Drs?\.?)[ ])?"
    rf"(?P<own>{_CAPW}(?:[ ]{_CAPW}){{0,2}})[ ]Surgery(?![\w-])"
)
_SERVICE = re.compile(
    rf"(?<![\w-])(?P<own>{_CAPW}(?:[ ]{_CAPW})?)[ ](?:Community|District|Health|Specialist|Integrated)"
    rf"(?:[ ]{_CAPW}){{0,3}}[ ](?:Service|Team)(?![\w-])"
)
_CUE = re.compile(
    r"(?i:(?:registered|reg\.?)[ \t]+(?:with|at)|\bGP(?:[ \t]+practice)?|\bpractice|"
    r"\bsurgery)[ \t]*[:=-]?[ \t]*$"
)
#: adjectives and the like that name a kind of operation ("Robotic", "Elective", "Plastic")
_ADJECTIVE = re.compile(r"(?i:.*(?:al|ic|ive|ary|ory|ous|ed|ing|ar|tomy|plasty|scopy))$")
#: operations and the parts of the body they are named for
_OPERATION = frozenset(
    """day minor major keyhole laser same hand foot eye heart breast knee hip spine
weight loss cataract bowel skin nose ear ears throat mouth face jaw chest lung liver kidney brain
back bone joint shoulder ankle wrist elbow neck head thyroid hernia gum tooth teeth sinus womb colon
transplant trauma cancer tumour tumor wound burns burn children's child adult paediatric pediatric
baby fetal foetal lid lids mohs key mini open closed upper lower general day-case
""".split()
)


def is_operation_word(word: str) -> bool:
    """A clinical, service or operation word: what a "... Surgery" is of ("Minor Surgery", "Eye
    Surgery"), not whose practice it is."""
    w = word.lower()
    return (
        w in NEVER
        or w in SERVICE_WORDS
        or w in CLINICAL_HEADS
        or w in CLINICAL_WORDS_EN
        or w in _OPERATION
        or bool(_ADJECTIVE.match(w))
    )


def find_gp_practices(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Spans ("hospital") of practices named "... Surgery" and of named community services."""
    found = []
    for m in _SURGERY.finditer(text):
        words = m["own"].split()
        if m["dr"] is None and any(is_operation_word(w) for w in words):
            continue  # "General Surgery", "Cataract Surgery", "Robotic Surgery"
        cued = _CUE.search(text, max(0, m.start() - 30), m.start()) is not None
        if m["the"] or m["dr"] or cued or any(not is_common(w.lower()) for w in words):
            found.append(PhiSpan(m.start(), m.end(), "hospital"))
    for m in _SERVICE.finditer(text):
        words = m["own"].split()
        if any(not is_operation_word(w) and not is_common(w.lower()) for w in words):
            found.append(PhiSpan(m.start(), m.end(), "hospital"))
    return found
