"""Hospitals written in capitals, and specialty practices named for an organ and a field.

* **capitals**: letterheads and headers write the hospital in capitals ("ASHGROVE VALLEY MEMORIAL
  HOSPITAL -- OPERATIVE REPORT"), where the title-case rules do not look. One to four capitalised
  words before ``HOSPITAL``, ``MEDICAL CENTER``, ``MEDICAL GROUP``, ``SURGERY CENTER`` (and
  such; a label printer's ``MED CTR``, ``MEDICAL CTR`` and a line's ``HOSP`` after the name
  opening it) are its name when one of them is no heading, service or clinical word ("GENERAL
  HOSPITAL" alone names no one), or when they name a devotion ("HOLY CROSS HOSP").
* **organ and field**: practices are named "<town or owner> <organ> & <field>" ("Fernley Heart &
  Vascular", "Kettle Bone & Joint", "Dunmore Eye and Ear"), without a facility word after them.
  The words before the organ name the practice when one of them is no heading or service word,
  and no lower-case word follows (an examination's "Normal Heart and Lung sounds").
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_caps_facility_heads import DEVOTION_CAPS
from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_practices"]

_CAPS = r"[A-Z][A-Z'’.-]+"
_CAPS_FACILITY = re.compile(rf"(?<![\w-])(?P<own>{_CAPS}(?:[ ]{_CAPS}){{0,3}})[ ]"
                            r"(?:HOSPITAL|MEDICAL[ ]CENT(?:ER|RE)|HEALTH[ ]CENT(?:ER|RE)|MEDICAL[ ]GROUP|"
                            # a label printer's short heads (LAKE EAST MED CTR, CEDAR BLUFF HOSP)
                            r"MED(?:ICAL|\.)?[ ]CTR\b\.?|(?P<short>HOSP\.?(?=[ \t]*(?:\n|$|[-–(]|[ \t]{2})))|"
                            r"HEALTH[ ]SYSTEM|(?:BREAST[ ])?IMAGING[ ]CENT(?:ER|RE)|"
                            r"SURG(?:ERY|ICAL)[ ]CENT(?:ER|RE))(?![\w-])")
_ORGANS = r"Heart|Bone|Eye|Ear|Skin|Spine|Vein|Sleep|Cancer|Kidney|Lung|Foot|Hand|Joint|Brain"
_PRACTICE = re.compile(rf"(?<![\w-])(?P<own>[A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){{0,2}})[ ]"
                       rf"(?:{_ORGANS})[ ](?:&|and)[ ][A-Z][a-z]+(?![\w-])(?![ \t]+[a-z])")
#: words that name a kind of hospital, not one hospital
_GENERIC = frozenset("""general community regional memorial university state county city veterans
children's childrens women's womens teaching district municipal public private main central
""".split())


def _names_one(words: str) -> bool:
    """Whether a word of ``words`` is no heading, service, clinical or generic word."""
    return any(w.lower() not in NEVER and w.lower() not in SERVICE_WORDS and w.lower() not in CLINICAL_HEADS
               and w.lower() not in _GENERIC for w in words.split())


def _heads_its_line(text: str, m: re.Match[str]) -> bool:
    """Whether a name before a short ``HOSP`` opens its line and is no phrase (``ADMIT TO HOSP``)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not text[line_start : m.start()].strip() and not re.search(
        r"\b(?:TO|AT|IN|FROM|THE|OF|FOR|BY|NO|NOT|LEFT|LEAVE|SENT|ADMIT\w*|TRANSFER\w*)\b", m.group("own")
    )


def find_practices(text: str) -> list[PhiSpan]:
    """Hospitals in capitals and organ-and-field practices (module docstring).

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for rx in (_CAPS_FACILITY, _PRACTICE):
        for m in rx.finditer(text):
            if rx is _CAPS_FACILITY and m.group("short") and not _heads_its_line(text, m):
                continue
            if _names_one(m.group("own")) or DEVOTION_CAPS.search(m.group("own")):
                out.append(PhiSpan(m.start("own"), m.end(), "hospital"))
    return out
