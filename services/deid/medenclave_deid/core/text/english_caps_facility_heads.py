"""Facilities written in capitals whose last words are not ``HOSPITAL`` or ``MEDICAL CENTER``.

Device printouts (an ECG cart's, a monitor's, a fax cover) print the site in capitals: ``DURANGO
VALLEY HEALTH``, ``PRESQUE ISLE HEART INSTITUTE``, ``ALTOONA HEART AND VASCULAR CLINIC``, ``SAINT
ODILIA CARDIOLOGY CLINIC``. The capitals rules know ``HOSPITAL``, ``MEDICAL CENTER`` and ``HEALTH
SYSTEM``; here the other facility heads (``HEALTH``, ``INSTITUTE``, ``CLINIC``, ``HEART CENTER``,
``INFIRMARY``, ``HOSPICE``, ``PHARMACY``, a drugstore's ``DRUG & COMPOUNDING`` ...; ``GENERAL``
closing its line or before a dash and the town: ``MERCYHURST GENERAL - ENID``). One to four words
in capitals, single-spaced, before the head are the facility's name when one of them is no everyday
word, no clinical, service or heading word and no word of a kind of facility (``MENTAL HEALTH``,
``PUBLIC HEALTH``, ``CARDIOLOGY CLINIC`` alone name no one), or when two name a devotion as
church-founded hospitals do (``HOLY CROSS HEALTHCARE``, ``GOOD SAMARITAN MED CTR``); OCR's 0
and 1 in a printed label beside it (``CARD1OLOGY``) make no word of the name, as a word with a
digit never is one.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_caps_facilities"]

_CAPS = r"(?:ST\.|[A-Z][A-Z'’-]*[A-Z])"
_JOINER = r"(?:[ ](?:AND|&|OF)[ ](?:THE[ ])?|[ ])"
_HEAD = (
    r"(?:HEART(?:[ ](?:AND|&)[ ]VASCULAR)?[ ](?:CENT(?:ER|RE)|INSTITUTE|CLINIC)|"
    r"(?:CANCER|CARDIAC|CARDIOVASCULAR|VASCULAR|DIALYSIS|REHABILITATION|KIDNEY)"
    r"[ ](?:CENT(?:ER|RE)|INSTITUTE)|"
    r"HEALTH(?:CARE|[ ]CARE|[ ]SERVICES)?|INSTITUTE|CLINICS?|INFIRMARY|HOSPICE|PHARMACY|"
    # a drugstore's label or letterhead ("TUPELO DRUG & COMPOUNDING", "HALE DRUG STORE")
    r"DRUGS?[ ](?:&|AND)[ ]COMPOUNDING|DRUG[ ]?STORE|"
    r"NURSING[ ]HOME|MEDICAL[ ]ASSOCIATES|PHYSICIANS|"
    # a general hospital by its short name, alone on its line or before its town (MERCYHURST GENERAL - ENID)
    r"GENERAL(?=[ ]+[-–][ ]+[A-Z]|[ \t]*(?:\n|$)))"
)
_FACILITY = re.compile(
    rf"(?<![\w'’.-])(?P<own>{_CAPS}(?:{_JOINER}{_CAPS}){{0,4}})[ ](?P<head>{_HEAD})(?![\w'’-])"
    # a heading's phrase (CONFIDENTIAL HEALTH INFORMATION, SCHOOL HEALTH RECORD) names no place
    r"(?![ ](?:INFORMATION|INFO|RECORDS?|DATA|PLAN|INSURANCE|HISTORY|SCREENING|STATUS|FORM|NOTICE)\b)"
)
#: words that say what kind of place it is, not which one
_KIND = frozenset(
    """general community regional memorial university state county city veterans children's
women's teaching district municipal public private main central valley medical heart cardiology
cardiac vascular family rural urgent primary care behavioral mental occupational home men's
student employee national american international the and of st. saint our lady
confidential protected private privileged personal school-based school""".split()
)
#: a devotion that church-founded hospitals are named for (HOLY CROSS HEALTHCARE, GOOD SAMARITAN
#: MED CTR, MERCY HEALTH): its everyday words name one place before a facility's head
DEVOTION_CAPS = re.compile(
    r"\b(?:SACRED[ ]HEART|GOOD[ ](?:SAMARITAN|SHEPHERD)|HOLY[ ](?:CROSS|FAMILY|NAME|REDEEMER|SPIRIT|"
    r"TRINITY|ROSARY|INNOCENTS)|OUR[ ]LADY|PRECIOUS[ ]BLOOD|DIVINE[ ](?:SAVIOU?R|PROVIDENCE|MERCY)|"
    r"^MERCY$)\b"
)


def _names_one(words: list[str], is_common: Callable[[str], bool]) -> bool:
    """Whether one of ``words`` (lower case) names a place or a person, not a kind of care."""
    return any(
        w not in _KIND
        and w not in NEVER
        and w not in SERVICE_WORDS
        and w not in CLINICAL_HEADS
        and w not in CLINICAL_WORDS_EN
        and not is_common(w)
        for w in words
    )


def find_caps_facilities(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Facilities in capitals ending in one of the heads above (module docstring).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    out: list[PhiSpan] = []
    for m in _FACILITY.finditer(text):
        own = m.group("own")
        words = [w.lower() for w in re.findall(r"[A-Z][A-Z'’.-]*", own)]
        if not DEVOTION_CAPS.search(own) and not _names_one(
            [w.removesuffix("'s").removesuffix("’s") for w in words], is_common
        ):
            continue
        out.append(PhiSpan(m.start("own"), m.end(), "hospital"))
    return out
