"""A name typed as a search key's value: ``Search: last=PEMBROKE first=DALLAS dob=...``.

A registry query (a prescription-monitoring report, a master-patient-index lookup, an HIE or
eligibility request) echoes the query it ran as ``key=value`` pairs. After a name key (``last``,
``first``, ``lname``, ``fname``, ``surname``, ``last_name``, ``pt_first_name``)
and ``=`` the value is the person's name whatever else the word means: a town (``DALLAS``), a
month, a plain word (``HOPE``). The value is one or two letters-only words (a hyphen, an
apostrophe and a trailing ``*`` wildcard allowed), up to the next key, a comma or the line's end;
a placeholder (``null``, ``none``, ``*``, ``n/a``) names no one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_search_keys"]

_NAME_KEY = (
    r"(?:(?:pt|patient|pat|member|subj(?:ect)?)[_.]?)?(?:(?:last|first|middle|given|family|maiden)[_.]?"
    r"(?:name|nm)|lname|fname|mname|surname|forename|last|first)"
)
_WORD = r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*\*?"
_PAIR = re.compile(
    rf"(?<![\w.])(?i:{_NAME_KEY})[ \t]*=[ \t]*[\"']?(?P<v>{_WORD}(?:[ \t]+(?![A-Za-z_]+[ \t]*=){_WORD})?)"
    r"(?=[\"']?(?:[ \t]*(?:$|[,;&|)\]])|[ \t]+[A-Za-z_]+[ \t]*=))",
    re.M,
)
_PLACEHOLDER = frozenset("null none nil na unknown unk blank empty any all true false yes no".split())


def find_search_keys(text: str) -> list[PhiSpan]:
    """The names given as name keys' values in ``text``."""
    if "=" not in text:
        return []
    out: list[PhiSpan] = []
    for m in _PAIR.finditer(text):
        value = m.group("v").rstrip("*")
        if len(value) < 2 or value.lower() in _PLACEHOLDER:
            continue
        out.append(PhiSpan(m.start("v"), m.start("v") + len(value), "name"))
    return out
