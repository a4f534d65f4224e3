"""A newborn's whole placeholder name in a nursery log ("Baby Boy Okafor", "OKAFOR, BABY BOY",
"BB Okafor"), and the circumcision devices such logs name ("Gomco 1.3", "Mogen", "Plastibell").

Before a newborn is named, the record calls him by the mother's surname with a placeholder:
"Baby Boy", "Baby Girl" (a twin's letter after it), or the short "BB" / "BG", before the surname
or after it in the "SURNAME, BABY BOY" order. The placeholder and the surname together are the
child's name, so the whole run is one name: a placeholder is no clinical word to keep, and left
alone it still points at the child. The surname slot must hold a capitalised word that is no
clinical word, drug or plain word of the note's prose ("Baby Boy Delivered", "BABY BOY
CIRCUMCISION LOG", "BB ordered", "BB Metoprolol" stay); a word that is also an everyday word
("Young", "Rivers") or one written in lower case ("bb wolfe") is taken only where a found name in
the same note carries it (the mother, "Wolfe, Hope"). The short "BB" / "BG" forms need a listed
name or that echo too, since "BB" is also a blood bank's or a beta blocker's abbreviation.

Circumcision clamps and bells are makers' names (Gomco, Mogen, Plastibell, AccuCirc) and read as
surnames in a log's columns; a name or place span made only of such a device word, or of the
penile block's abbreviation (DPNB) or the procedure's short "Circ", is released so the
procedure's record survives.

A log's charge nurse or reviewer signs with initials after the role ("Charge RN: FQ", "Log reviewed
by: MT"): two or three capitals alone after that label are the nurse, not a credential or an
answer ("Charge RN: N/A", "reviewed: YES").
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["CIRCUMCISION_DEVICES", "find_charge_initials", "infant_placeholders", "keep_circumcision_devices"]

#: circumcision clamps, bells and the block's abbreviations (lower case, without inner hyphens)
CIRCUMCISION_DEVICES = frozenset(
    "gomco mogen plastibell accucirc smartklamp shangring dpnb scrb tecnoklamp circ circs".split()
)
_LETTER = r"[A-Za-z\u00c0-\u024f]"
_SURNAME = rf"{_LETTER}[A-Za-z\u00c0-\u024f'\u2019]*(?:-{_LETTER}[A-Za-z\u00c0-\u024f'\u2019]*)?"
_TWIN = r"(?:[ \t]+(?:[A-D]|#?[1-4])(?![\w/.:]))?"
_FULL = r"(?:Baby|BABY|baby)[ \t]+(?:Boy|Girl|BOY|GIRL|boy|girl)"
_SHORT = r"(?:BB|BG|bb|bg)"
#: placeholder first: "Baby Boy Okafor", "Baby Girl B Okafor", "BB Okafor"
_BEFORE = re.compile(
    rf"(?<![\w/-])(?:(?P<full>{_FULL})|(?P<short>{_SHORT})){_TWIN}[ \t]+(?:\(\s*)?(?P<w>{_SURNAME})"
)
#: surname first: "OKAFOR, BABY BOY", "Okafor, Baby Girl A", "Okafor BB"
_AFTER = re.compile(rf"(?<![\w'\u2019-])(?P<w>{_SURNAME})[ \t]*,[ \t]*(?P<full>{_FULL}){_TWIN}(?![\w-])")
_DEVICE_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def _name_words(text: str, spans: list[PhiSpan], start: int, end: int) -> set[str]:
    """Lower-case words of the found names outside ``text[start:end]``."""
    out: set[str] = set()
    for span in spans:
        if span.category == "name" and (span.end <= start or span.start >= end):
            out.update(w.lower() for w in re.findall(r"[^\W\d_]+", text[span.start : span.end]))
    return out


def _surname_ok(text: str, m: re.Match[str], spans: list[PhiSpan], vocabulary: TextVocabulary) -> bool:
    """Whether the match's word may stand in a newborn placeholder's surname slot (module docstring)."""
    word, strong = m.group("w"), m.group("full") is not None
    low = word.lower()
    if low in _name_words(text, spans, m.start(), m.end()):
        return True
    if not word[0].isupper() or low in CIRCUMCISION_DEVICES:
        return False
    if low in vocabulary.clinical or low in vocabulary.drugs or low in vocabulary.eponyms or len(low) < 2:
        return False
    plain = vocabulary.is_common(low)
    if strong:
        return not plain
    return vocabulary.is_name(low) and not plain


def infant_placeholders(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """The newborn's placeholder and surname as one name span each (module docstring).

    Args:
        text: an English note.
        spans: the resolved spans so far (their names vouch for an everyday-word surname).
        vocabulary: the word knowledge.
    """
    matches = [*_BEFORE.finditer(text), *_AFTER.finditer(text)]
    return [PhiSpan(m.start(), m.end(), "name") for m in matches if _surname_ok(text, m, spans, vocabulary)]


_SIGNER = re.compile(
    r"(?i:\bcharge[ \t]+(?:RN|nurse)|\b(?:log[ \t]+)?(?:reviewed|verified|checked)(?:[ \t]+by)?)"
    r"[ \t]*[:#-][ \t]*(?P<i>[A-Z]{2,3})(?![\w/.-])"
)
_NOT_INITIALS = frozenset("RN LPN MD DO NP PA CNM CNA NA TBD YES NO OK NONE RT MA".split())


def find_charge_initials(text: str) -> list[PhiSpan]:
    """The initials a charge nurse or a log's reviewer signs with (module docstring).

    Args:
        text: an English note.
    """
    return [
        PhiSpan(m.start("i"), m.end("i"), "name")
        for m in _SIGNER.finditer(text)
        if m.group("i") not in _NOT_INITIALS
    ]


def keep_circumcision_devices(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the name and place spans made only of circumcision devices' words.

    Args:
        text: an English note.
        spans: the resolved spans.
    """
    out = []
    for span in spans:
        if span.category in ("name", "geo", "hospital"):
            words = _DEVICE_TOKEN.findall(text[span.start : span.end])
            if words and all(w.replace("-", "").lower() in CIRCUMCISION_DEVICES for w in words):
                continue
        out.append(span)
    return out
