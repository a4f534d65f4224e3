"""A newborn's placeholder given name in a "Last, First" slot: "Infant: Halloran, Baby",
"Halloran, Baby Girl B".

Before a newborn is named, the record writes "Baby", "Baby Boy" or "Baby Girl" (with a twin's
letter) where the given name goes. In the "Surname, First" order the placeholder stands in the
given name's place, so the name's span runs on over it: a found name directly followed by
", Baby [Boy|Girl] [A-D]". "baby aspirin", "baby boy delivered at 03:12" and "Baby Girl Halloran"
(the placeholder before the surname) are left as they are.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["newborn_placeholders"]

#: ", Baby", ", Baby Girl B" (not ", baby 2", a count or a score after it)
_PLACEHOLDER = re.compile(
    r",[ \t]*(?:Baby|BABY)(?:[ \t]+(?:Boy|Girl|BOY|GIRL))?(?:[ \t]+[A-D])?\b"
    r"(?![ \t]*[-\u2013]?[ \t]*\d)"
)


def newborn_placeholders(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """A found name run on over the newborn placeholder after it (module docstring).

    Args:
        text: an English note.
        spans: the resolved spans so far.
    """
    out = []
    for span in spans:
        if span.category != "name":
            continue
        m = _PLACEHOLDER.match(text, span.end)
        if m is not None:
            out.append(PhiSpan(span.start, m.end(), "name"))
    return out
