"""A person's initials where a distribution log, an outreach register or a dispensing record
writes the one served: after the label of the recipient (``Recipient: S.V.``, ``Client initials -
OF``, ``Participant: TR;``), and after the verb of handing out on a kit's line (``Kit 2 to I.T.,
lives in``, ``kit issued to M.L. (``, ``Kit #3: 2023-05-10 - J.D., res. Leeds``).

Upper-case letters alone (``HR``, ``BP``) are taken only after a label; elsewhere initials must
carry their dots.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_recipient_initials"]

_DOTTED = r"[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?"
_INIT = rf"(?:{_DOTTED}|[A-Z]{{2,3}}(?![\w.]))"
_LABELLED = re.compile(
    r"(?i:\b(?:recipient|client|participant|service[ \t]+user|individual|person[ \t]+trained|"
    r"trainee|kit[ \t]+(?:given|issued)[ \t]+to)(?:[ \t]+(?:initials|id))?|\binitials)"
    # not a surname before its given name ("Client: MA, JUN"): the whole name is another finder's
    rf"[ \t]*[:=#-][ \t]*(?P<v>{_INIT})(?![ \t]*,[ \t]*[A-Z]{{2}})"
    r"(?=[ \t]*(?:[,;|)(/\t]|$|[ \t]{2}|-[ \t]))",
    re.M,
)
_HANDED = re.compile(
    r"(?i:\b(?:kit|kits|naloxone|narcan|nyxoid|prenoxad)\b[^\n]{0,40}?"
    r"\b(?:to|for|given[ \t]+to|issued[ \t]+to|dispensed[ \t]+to|supplied[ \t]+to))[ \t]+"
    rf"(?P<v>{_DOTTED})(?![\w])"
)
_RES = r"(?:res\.?|resides[ \t]+in|lives[ \t]+in|from|of)"
#: a kit line's initials before the place of residence: "- J.D., res. Leeds", "- TH from Bradford",
#: "2. H.C. (Vancouver V6A 1K3)", "Kit 5 to JH, lives in"
_BEFORE_PLACE = re.compile(
    rf"(?m)(?:^[ \t]*\d{{1,3}}[.)][ \t]+|[-–—:|][ \t]+|\bto[ \t]+)(?P<v>{_INIT})"
    rf"(?=[ \t]*(?:,[ \t]*(?:{_RES}[ \t]+)?|[ \t]+{_RES}[ \t]+|[ \t]*\([ \t]*)[A-Z][a-z])"
)


#: the initials of the one who handed out or trained: "Issued by: D.O.", "Trained by: MP" (letters
#: alone only after the colon: "seen by ED", "reviewed by ENT" are departments)
_BY = re.compile(
    r"(?i:\b(?:issued|trained|given|distributed|dispensed|supplied|counsell?ed|educated|entered|logged)"
    rf"[ \t]+by)(?:[ \t]*:?[ \t]*(?P<v>{_DOTTED})(?![\w])|[ \t]*:[ \t]*(?P<w>[A-Z]{{2,3}})(?![\w.]))"
)


def find_recipient_initials(text: str) -> list[PhiSpan]:
    """Initials of a recipient after their label, a verb of handing out, or before their town."""
    out: list[PhiSpan] = []
    for rx in (_LABELLED, _HANDED, _BEFORE_PLACE):
        out += [PhiSpan(m.start("v"), m.end("v"), "name") for m in rx.finditer(text)]
    for m in _BY.finditer(text):
        g = "v" if m.group("v") else "w"
        out.append(PhiSpan(m.start(g), m.end(g), "name"))
    return out
