"""Staff named by one lower-case word right after their role: ``rn: duchamp``, ``Tech: corwin``,
``handed to lab tech ezekiel at 14:20``, ``court officer dwayne present``, ``closed by holloway``.

Logs, work orders, inventories and dictations typed in lower case name the nurse, the technician,
the officer or the clerk by a bare first name or surname. The other role finders want a capital,
two words, or a credential after the name; here the role is enough for one word that is a person's:

* **after a role's label and a colon** (``Records clerk: ravensworth``, ``sec: rupert``): a known
  name that is no everyday word, or a word unknown to English (``petrosyan``), never a clinical
  word or one that says no one (``pending``, ``aware``);
* **straight after a role noun or an act's "by"** in running text (``optician ezekiel``,
  ``closed by holloway``): a known name only, no everyday word (``tech will``, ``nurse may``),
  and the word ends the phrase (a stop, a comma, the line, or ``at``/``present``/``to`` …).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_role_word_names"]

#: words in a role's slot that say no one
_NO_ONE = NO_VALUE | frozenset(
    """
aware present absent notified paged informed called yes no none same unavailable available unknown
unk tbd pending draft final page copy continued signed on off staff team unit floor day night charge
student new primary covering oncoming outgoing float agency house desk station office lobby
""".split()
)

_ROLES = (
    r"rn|lpn|lvn|cna|rph|pharmd|pharmacist|tech|technician|technologist|officer|ofc|clerk|optician|"
    r"optometrist|physiologist|therapist|sec|security|courier|notary|screener|custodian|aide|nurse|"
    r"scribe|guard|deputy|bailiff|phlebotomist|dietitian|coach|trainer|medic|paramedic|emt|"
    r"sonographer|fitter|orthotist|prosthetist|receptionist|registrar|dispatcher|attendant|"
    r"transporter|escort|volunteer|chaplain|interpreter|witness|reviewer|preparer|counselor|biomed|"
    # a physician named by a specialty alone in a lower-case log ("intensivist okafor aware")
    r"intensivist|hospitalist|anesthesiologist|anaesthetist|cardiologist|pulmonologist|nephrologist|"
    r"neurologist|surgeon|proceduralist"
)
#: a physician's role, whose labelled slot may hold an eponym's surname ("intensivist: cushing")
_PHYSICIAN = re.compile(r"(?i)^(?:intensivist|hospitalist|[a-z]+ologist|anaesthetist|surgeon|proceduralist)")
_ACTS = (
    r"closed|signed(?:[ \t]+off)?|handed|received|fitted|witnessed|checked|verified|collected|applied|"
    r"removed|done|entered|logged|inventoried|packed|bagged|sealed|released|prepared|reviewed|"
    r"screened|serviced|repaired|delivered|picked[ \t]+up|returned|counted|filled|dispensed|read"
)
_VALUE = r"(?P<v>[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?)"
_END = (
    r"(?=[ \t]*(?:$|[|;,.)!?]|[ \t]{2}|[ \t]+(?:at|on|present|aware|to|and|was|is|from|with|for|in|"
    r"\d{1,2}:\d\d|\d{3,4}h?)\b))"
)
_LABELLED = re.compile(
    rf"(?im)\b(?P<role>{_ROLES})s?\.?(?:[ \t]*\([^)\n]{{1,30}}\))?[ \t]*(?:[:=]|[ \t]-)[ \t]*{_VALUE}{_END}"
)
_INLINE = re.compile(
    rf"(?im)\b(?:(?P<role>{_ROLES})|(?:{_ACTS})[ \t]+(?:by|to))[ \t]+(?:(?:{_ROLES})[ \t]+)?{_VALUE}{_END}"
)


def _no_one(key: str, vocab: TextVocabulary) -> bool:
    return (
        len(key) < 3
        or key in _NO_ONE
        or key in NEVER
        or is_clinical_word(key)
        or key in vocab.clinical
        or key in vocab.drugs
        or key in vocab.eponyms
        or bool(re.fullmatch(_ROLES, key))
    )


def _known(key: str, vocab: TextVocabulary) -> bool:
    # a popular given name is frequent in print too (marcus, owen): a name word alone says otherwise
    return vocab.is_name(key) and not vocab.is_name_word(key) and not vocab.is_common(key, threshold=4.3)


def find_role_word_names(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The people of the module docstring's slots in an English note (overlaps not resolved).

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for m in _LABELLED.finditer(text):
        key = m["v"].lower()
        eponym = key in vocab.eponyms and bool(_PHYSICIAN.match(m["role"]))
        if eponym or (
            not _no_one(key, vocab) and (_known(key, vocab) or (vocab.zipf(key) == 0 and len(key) >= 5))
        ):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _INLINE.finditer(text):
        key = m["v"]
        # a physician's specialty before a word unknown to English ("intensivist okafor aware")
        unknown = (
            bool(m["role"]) and bool(_PHYSICIAN.match(m["role"])) and vocab.zipf(key) == 0 and len(key) >= 5
        )
        if m["v"].islower() and not _no_one(key, vocab) and (_known(key, vocab) or unknown):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
