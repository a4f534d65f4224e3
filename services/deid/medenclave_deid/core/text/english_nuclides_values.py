"""Two kinds of clinical token that finders take for an age or a person, kept in the last pass.

* **a radionuclide** (``Tc-99m bone scan``, ``99mTc-MDP``, ``I-131``, ``Xe-133 ventilation``,
  ``18F-FDG``, ``Lu-177``): an element's symbol and a mass number, either order, a hyphen or
  nothing between, an ``m`` for a metastable state; a one-letter symbol only with its hyphen
  (``I-131``) or before its tracer (``18F-FDG``), never as an age's or a flat's letter (``93Y``,
  ``15B``). The number is a mass number only where it is
  one for that element (between 1.8 and 2.7 times its atomic number, plus two: every isotope
  medicine uses), so ``92F`` (a 92-year-old woman) or ``C-19`` stay what they are. An age, a date
  or a name found on such a token is released; identifiers (a bed ``C-12``) are not touched.
* **a measurement's label** (``COHb 19.7%``, ``SpO2 91%``, ``HbA1c 8.2 %``, ``pCO2 48 mmHg``):
  a word a finder took for a person that stands right before a value with a unit somewhere in
  the note is the analyte, not a person, with every other place the same word was taken (a
  column's header ``COHb``). A word the name lists know stays a name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["keep_measure_labels", "keep_radionuclides"]

_SYMBOLS = (
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se "
    "Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy "
    "Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am"
).split()
#: element symbol -> atomic number (the table's order), in its own case and in capitals
_Z = {s: z for z, s in enumerate(_SYMBOLS, start=1)} | {s.upper(): z for z, s in enumerate(_SYMBOLS, start=1)}
_SYM = "|".join(sorted(_Z, key=lambda s: (-len(s), s)))
_SYM2 = "|".join(sorted((s for s in _SYMBOLS if len(s) == 2), key=lambda s: (-len(s), s)))
_SYM1 = "".join(s for s in _SYMBOLS if len(s) == 1)
_NUCLIDE = re.compile(
    # Tc-99m, Tc99m, TC-99M, Xe-133; a one-letter symbol with its hyphen (I-131, F-18, Y-90)
    rf"(?<![A-Za-z0-9])(?:(?P<s1>{_SYM2})-?(?P<a1>\d{{1,3}})m?|(?P<c1>{_SYM2.upper()})-(?P<b1>\d{{1,3}})M?"
    rf"|(?P<o1>[{_SYM1}])[-\u2010\u2011\u2013](?P<d1>\d{{1,3}})"
    # 99mTc, 201Tl, 111In; a one-letter symbol before its tracer (18F-FDG, 131I-MIBG), never
    # an age's or a flat's letter (93Y, 15B, 26F)
    rf"|(?P<a2>\d{{1,3}})m?(?P<s2>{_SYM2})|(?P<d2>\d{{1,3}})(?P<o2>[{_SYM1}])(?=-(?!old\b|o\b|y\b)[A-Za-z]{{2}}))"
    r"(?![A-Za-z0-9])"
)
#: categories a radionuclide is taken for by mistake
_RELEASED = frozenset({"age", "name", "date"})


def _nuclides(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _NUCLIDE.finditer(text):
        symbol = next(m.group(g) for g in ("s1", "c1", "o1", "s2", "o2") if m.group(g))
        mass = int(next(m.group(g) for g in ("a1", "b1", "d1", "a2", "d2") if m.group(g)))
        z = _Z[symbol]
        if 1.8 * z <= mass <= 2.7 * z + 2 and (mass > 4 or z > 1):
            out.append((m.start(), m.end()))
    return out


def keep_radionuclides(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the ages, dates and names found on a radionuclide's notation."""
    tokens = _nuclides(text)
    if not tokens:
        return spans
    return [
        s
        for s in spans
        if s.category not in _RELEASED or not any(a < s.end and s.start < b for a, b in tokens)
    ]


_VALUE = re.compile(
    r"[ \t]*[:=]?[ \t]*\d+(?:\.\d+)?[ \t]*(?:%|(?:mm[ \t]*Hg|mg/dL|mmol/L|g/dL|mEq/L|U/L|ng/mL)\b)"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def keep_measure_labels(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """``spans`` without the one-word names that label a measured value (module docstring)."""
    labels: set[str] = set()
    for s in spans:
        word = text[s.start : s.end]
        named = vocabulary.is_name(word.lower())
        if s.category == "name" and _WORD.fullmatch(word) and _VALUE.match(text, s.end) and not named:
            labels.add(word)
    if not labels:
        return spans
    return [s for s in spans if s.category != "name" or text[s.start : s.end] not in labels]
