"""A nickname in quotes and parentheses right after a found full name.

Intake and residential notes give the name a patient goes by after the legal one:
``Resident: Ada Marlow ("Dee")``, ``Theodore K. ('Teddy')``, ``Margaret Ode (“Peg”)``, or in
double quotes alone before a field's end (``Client: SMITH, Ian "Smudge"  DOB …``) or between the
first name and the surname (``Contestant: Scott "The Hammer" Wilson``). The
nickname is the same person's name whatever word it is, and it is written that way again in the
note (``Dee attended group``), so it joins the names that propagation spreads.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["quoted_nicknames"]

#: after a name (an initial's point allowed): an opening bracket, a quote, one or two
#: capitalised words, the closing quote and bracket
_V = r"(?P<v>[A-Z][a-z'’]*[a-z](?:[ -][A-Z][a-z'’]*[a-z])?)"
_NICKNAME = re.compile(rf"\.?[ \t]*\([ \t]*[\"'“‘«]{_V}[\"'”’»][ \t]*\)")
#: or in double quotes alone, then the line's end, a gap or a field's comma ('SMITH, Ian "Smudge"')
_QUOTED = re.compile(rf"[ \t]+[\"“]{_V}[\"”](?=[ \t]*(?:$|[,;|]|[ \t]{{2}}))", re.M)
#: or in double quotes between the first name and the surname, a fighter's or a performer's way
#: ('Scott "The Hammer" Wilson', 'Ray "Smokin\'" Dale'): up to three words, then the surname
_BETWEEN = re.compile(
    r"[ \t]+[\"“](?P<v>[A-Z][A-Za-z'’-]*(?:[ ][A-Z][A-Za-z'’-]*){0,2})[\"”][ \t]+"
    r"(?P<s>(?:Mc|Mac|O'|O’)?[A-Z][a-z][A-Za-z'’-]*)\b"
)


def quoted_nicknames(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with the quoted nickname after each name span (module docstring).

    Args:
        text: an English note.
        spans: the spans found so far.
    """
    out = list(spans)
    for span in spans:
        if span.category != "name":
            continue
        m = _NICKNAME.match(text, span.end) or _QUOTED.match(text, span.end) or _BETWEEN.match(text, span.end)
        if m:
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
            if m.re is _BETWEEN:  # the surname after it is the same person's
                out.append(PhiSpan(m.start("s"), m.end("s"), "name"))
    return out
