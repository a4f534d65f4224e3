"""Two people's initials after one role's or act's label: the dual sign-off of dispensing,
accountability and transfusion logs (``Verified by: KT/RB``, ``RN check: AW / JL``, ``Checked
(initials): BH/DO 14:05``).

Each side is two or three capitals after a staff role, an act's ``by`` label or ``initials``; a
credential, a route or a yes-no word (``RN/LPN``, ``IV/PO``, ``Y/N``) is no one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_initial_pairs"]

_LABEL = (
    r"(?:[a-z]+[ \t]+){0,3}(?:"
    # a letter's reference of the dictating doctor and the typist ("Dictated/typed: AR/JW"): two
    # people whatever their letters ("RD/CM")
    r"(?P<typed>dictated|typed|transcribed|dictated[ \t]*/[ \t]*typed|dict[ \t]*/[ \t]*typed|"
    r"(?:typed|transcribed)[ \t]+by|our[ \t]+ref|ref)|"
    r"[a-z]+ed[ \t]+by|[a-z]+[ \t]+by|initials|nurse|rn|tech|technician|technologist|pharmacist|"
    r"witness|reader|screener|reviewer|verifier|checker|crew|medic|"
    r"paramedic|officer|dispenser|co-?signer|co-?signed|signed|check|double[ -]check|"
    r"second[ \t]+check|dual[ \t]+sign-?off|sign-?off|staff)"
)
_PAIR = re.compile(
    rf"(?im)(?:^|(?<=[|;\t])|(?<=[ \t]{{2}}))[ \t]*{_LABEL}(?:[ \t]*\([^)\n]{{1,30}}\))?[ \t]*[:=]?"
    r"[ \t]*(?-i:(?P<a>[A-Z]{2,3})[ \t]*/[ \t]*(?P<b>[A-Z]{2,3}))"
    r"(?=[ \t]*(?:$|[|;,(]|[ \t]{2}|[0-2]?\d:?[0-5]\d\b))"
)
#: routes, answers, places and credentials written as pairs (``IV/PO``, ``Y/N``, ``RN/LPN``)
_NO_ONE = frozenset(
    """
iv po im sq sc sl pr od os ou am pm ed er or icu ccu nicu picu pacu yes no na unk pos neg ok
n a y nd tbd pt ot rt st slp sw cm md do np pa rn lpn cna emt bid tid qid prn stat hs
hr bp rr gcs bg ecg ekg cbc bmp cmp abg vbg vs io ct mr mri us xr pet ir cv gi gu ent obs
""".split()
)


def _someone(initials: str) -> bool:
    key = initials.lower()
    return key not in _NO_ONE and key not in CREDENTIAL_WORDS


def find_initial_pairs(text: str) -> list[PhiSpan]:
    """Both people's initials of a dual sign-off after a role's label."""
    out: list[PhiSpan] = []
    for m in _PAIR.finditer(text):
        if m["typed"] or (_someone(m["a"]) and _someone(m["b"])):
            out += [PhiSpan(m.start(g), m.end(g), "name") for g in ("a", "b")]
    return out
