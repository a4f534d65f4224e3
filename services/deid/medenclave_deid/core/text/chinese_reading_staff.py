"""Names of the clinician who read, issued or confirmed a report, written in the report's narrative.

A pathology or imaging report often says who read the slides or the films in a clause rather
than in a labelled field: ``病理由某某医师阅片``, ``，某 某读片。``, ``经某某会诊确认``,
``（某某副主任医师签发）``. The name is a surname (a single one or a compound one such as 令狐 or
单于), perhaps padded from its given name by one to three spaces, and one or two given-name
characters. What places it:

* after 由, 经 or 请 and before a title and an act, or before a reading act alone (阅片, 读片,
  会诊确认/会诊证实, 复阅) with no title: ``经公孙 岚会诊确认``;
* at a clause's start (after a comma, a full stop, a semicolon, an opening bracket or the line's
  start) before a reading act (阅片, 读片, 复阅), with or without a title.

A title alone does not do it, nor a general act such as 诊断 without 由/经: those are the readings
of a finding (由高血压诊断 has no title and no reading act). Given-name characters that do not stand
in names (病, 血, 压, 性, …) end the match, so words of findings are not taken.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.chinese_names import CN_NON_GIVEN_CHARS
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES, CN_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_reading_staff"]

_HAN = "\u4e00-\u9fa5"
_COMPOUND = "|".join(sorted(CN_COMPOUND_SURNAMES, key=lambda w: (-len(w), w)))
_SINGLE = "[" + "".join(sorted(s for s in CN_SURNAMES if len(s) == 1)) + "]"
_NAME = rf"(?:{_COMPOUND}|{_SINGLE})[ \u3000]{{0,5}}[{_HAN}]{{1,2}}?"
_TITLE = r"(?:副主任医师|主任医师|主治医师|住院医师|医师|医生|主任|教授|副教授)"
#: reading a report's slides or films, or confirming it at a consultation
_READ = r"(?:阅片|读片|复阅|会诊确认|会诊证实|会诊|审阅)"
#: what a titled reader does to the report
_ACT = rf"(?:{_READ}|签发|审核|复核|确认|出具|诊断|报告)"
_PATTERN = re.compile(
    rf"(?:由|经|请)(?P<a>{_NAME})(?:{_TITLE}{_ACT}|{_READ})"
    rf"|(?:^|(?<=[，,。；;（(]))[ \u3000]*(?P<b>{_NAME})(?:{_TITLE})?(?:阅片|读片|复阅)",
    re.M,
)


def find_reading_staff(text: str) -> list[PhiSpan]:
    """Names of a report's readers placed as the module docstring says.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    for m in _PATTERN.finditer(text):
        key = "a" if m.group("a") else "b"
        start, end = m.start(key), m.end(key)
        value = text[start:end]
        cut = 2 if value[:2] in CN_COMPOUND_SURNAMES else 1
        if any(ch in CN_NON_GIVEN_CHARS for ch in value[cut:].strip(" \u3000")):
            continue
        out.append(PhiSpan(start, end, "name"))
    return out
