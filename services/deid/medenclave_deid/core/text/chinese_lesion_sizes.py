"""A skin test's or a lesion's size that a name rule or the tagger reads as a person.

A skin test's reading (``20分钟观察：皮丘 1.2 cm伴伪足``, ``风团 0.8 cm，红晕 1.5 cm``,
``硬结 12 mm``) and an examination's lesion (``结节 2.0×1.5 cm``) name what was measured, then its
size. Words such as 皮丘 open with a surname (皮) and stand after a label's colon, where a name
would; the tagger reads them so. A name span that lies inside such a word, the word followed by a
size (a number, maybe after 直径, 大小 or 约), is the finding, not a person.
"""

from __future__ import annotations

import re

__all__ = ["lesion_before_size"]

#: what a skin test or an examination measures
_LESION = re.compile(
    r"(?:皮丘|风团|红晕|硬结|丘疹|红斑|水疱|水泡|结节|肿块|包块|溃疡|瘀斑|紫癜|斑块|皮疹|疱疹|红肿|肿胀|"
    r"浸润|伪足|创面|伤口)"
    r"(?=[ \t\u3000]*(?:直径|大小|范围|面积)?[ \t\u3000]*(?:约|达|为)?[ \t\u3000]*\d)"
)


def lesion_before_size(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a skin test's or a lesion's word before its size
    (``皮丘 1.2 cm``)."""
    for at in range(max(0, start - 3), start + 1):
        m = _LESION.match(text, at)
        if m is not None and end <= m.end():
            return True
    return False
