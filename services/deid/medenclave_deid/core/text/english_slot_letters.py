"""Late English passes for names and places that words and letters hid.

* **a staff slot's lone value**: a person-role label and its one- or two-word value, alone on the
  field ("Flight nurse: Ifeoma", "Technologist: Gardener", "Continence nurse: ifeoma CNC"); the
  value is a name however clinical its ending (``-oma``) or however ordinary the word (``Gardener``)
  unless it is a clinical word, a drug or one of the everyday answers of a form ("Nurse: Present").
* **an initialled signature**: "K. Gardener" alone on its line after a sign-off or above a role line
  ("Consultant Colposcopist").
* **letters outside Latin-1**: a capitalised word with a Latin Extended letter (Vietnamese ``Đặng``,
  Māori ``Whangārei``, Polish ``Łukasz``, Turkish ``Şahin``) is no English clinical word: beside a
  found person, place or hospital it is part of it, and after a name label or a title it is a name
  ("Last name: Đặng", "Dr Rangi Đặng", "Whangārei Base Hospital").
* **a state before a postcode**: an Australian state or territory or a Canadian province between a
  found place and a postcode ("Broken Hill NSW 2880") goes with the address.
* **a rating scale named by its eponym**: "Teacher's Vanderbilt came back better", "Conners parent
  form": the instrument, kept.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import KINSHIP
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["drop_scale_eponyms", "find_slot_letters"]

#: a letter of the Latin Extended blocks (never in an English clinical word)
_EXT = "\u0100-\u024f\u1e00-\u1eff"
_LETTER = rf"A-Za-zÀ-ÖØ-öø-ÿ{_EXT}"
_CAP_WORD = rf"[A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff][{_LETTER}'’-]*"
_EXT_WORD = re.compile(rf"(?<![{_LETTER}])[{_LETTER}'’-]*[{_EXT}][{_LETTER}'’-]*(?![{_LETTER}])")

_ROLES = (
    r"nurse|adviser|advisor|technologist|technician|therapist|physician|doctor|midwife|sonographer|"
    r"radiographer|scribe|paramedic|counsell?or|social[ \t]+worker|support[ \t]+worker|key[ \t]+worker|"
    r"coordinator|co-ordinator|pharmacist|dietitian|dietician|physiotherapist|psychologist|"
    r"audiologist|optometrist|chaplain|navigator|educator|clinician|hygienist|assistant|"
    r"phlebotomist|orthoptist|podiatrist|perfusionist|anaesthetist|anesthetist|surgeon|registrar|"
    r"consultant|practitioner|specialist|case[ \t]+manager|care[ \t]+manager|reviewer|assessor|"
    r"reporter|typist|transcriptionist|observer|witness|chaperone"
)
_CREDENTIALS = r"(?:CNC|CNS|RN|RM|EN|NP|MD|DO|PA|CNM|RGN|MLS|RT|RDMS)"
#: "Flight nurse: Ifeoma", "Technologist: Gardener", "Continence nurse: ifeoma CNC"
_ROLE_SLOT = re.compile(
    rf"(?im)(?<![\w-])(?:{_ROLES})[ \t]*:[ \t]*"
    rf"(?P<v>[{_LETTER}][{_LETTER}'’-]+(?:[ \t](?!{_CREDENTIALS}\b)[{_LETTER}][{_LETTER}'’-]+)?)"
    rf"(?=[ \t]*$|[ \t]{{2,}}|[ \t]*[,;(|]|[ \t]+{_CREDENTIALS}\b)"
)
#: "Yours sincerely,⏎⏎K. Gardener" or "K. Gardener⏎Consultant Colposcopist"
_INITIAL_SIGN = re.compile(rf"(?m)^[ \t]*(?P<v>[A-Z]\.(?:[ \t]?[A-Z]\.)?[ \t]?{_CAP_WORD})[ \t]*$")
_SIGN_OFF = re.compile(
    r"(?i)(?:sincerely|regards|wishes|thanks|mihi|faithfully|cheers|signed)[,.!]?[ \t]*\n\s*$"
)
_ROLE_LINE = re.compile(
    rf"\n[ \t]*(?:[A-Z][a-z]+[ \t]+)?(?:{_ROLES}|fellow|director|head|lead|manager|officer)\b", re.I
)
#: a name label or a title before a Latin Extended word ("Last name: Đặng", "Dr Đỗ")
_NAME_CUE = re.compile(
    r"(?i:(?:(?:last|first|family|given|middle|maiden|preferred|sur|fore)[ \t]*names?|surname|"
    r"forenames?|name|patient|client|contact|nok|kin|mother|father|partner|spouse)[ \t]*[:|=][ \t]*"
    r"|\b(?:dr|mr|mrs|ms|miss|mx|prof|sr|nurse)\.?[ \t]+)$"
)
#: "1. Ifeoma Trần - ...": a rare word opening a list line before a found surname
_LINE_GIVEN = re.compile(
    rf"(?m)^[ \t]*(?:\d{{1,2}}[.)]|[-*•])?[ \t]*(?P<g>[A-Z][a-z]{{2,}})[ \t](?P<s>{_CAP_WORD})"
)
_TOWN_GAP = re.compile(r"[ \t,]*(?:[A-Z][a-z]+[ \t]+){0,2}[ \t,]*")
_STATE = re.compile(
    r"(?<![\w-])(?:(?P<v>NSW|VIC|QLD|TAS|WA|SA|NT|ACT|Vic|Qld|Tas)[ \t]*,?[ \t]+\d{4}"
    r"|(?P<ca>AB|BC|MB|NB|NL|NS|NU|ON|PE|PEI|QC|SK|YT|NT)[ \t]*,?[ \t]+[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\w-])"
)
#: a discipline or a role, not a person ("Physician: Hospitalist", "Specialist: Endocrinology")
_ROLE_ENDING = re.compile(r"(?:ist|ists|ian|ians|ology|ics|ery|ing|ment|tion|ward|unit|team)$")
_ANSWERS = frozenset(
    """yes no none nil n/a na unknown pending present absent aware notified declined required
    attending resident on call tbc tba tbd self same see above below other various multiple agency
    locum duty staff team all any not applicable vacant unfilled unassigned unallocated nobody
    awaiting leave sick off bank rostered covering cover tbc""".split()
)


def find_slot_letters(text: str, spans: list[PhiSpan], vocabulary: TextVocabulary) -> list[PhiSpan]:
    """New name, place and hospital spans of the module docstring's shapes (the caller adds the
    ones no span covers yet).

    Args:
        text: the note.
        spans: the resolved spans so far.
        vocabulary: the word knowledge.
    """
    out: list[PhiSpan] = []

    def plain(word: str) -> bool:
        key = word.lower()
        return (
            key in _ANSWERS
            or key in vocabulary.clinical
            or key in vocabulary.drugs
            or key.endswith(("ed", "'s", "’s"))
            or key in KINSHIP
            or (_ROLE_ENDING.search(key) is not None and not vocabulary.is_name(key))
            or (vocabulary.is_common(key, threshold=4.6) and not vocabulary.is_name(key))
        )

    for m in _ROLE_SLOT.finditer(text):
        words = m["v"].split()
        if any(plain(w) for w in words) or (m["v"].islower() and len(words) > 1):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _INITIAL_SIGN.finditer(text):
        surname = m["v"].split(".")[-1].strip()
        if plain(surname):
            continue
        if _SIGN_OFF.search(text[max(0, m.start() - 40) : m.start()]) or _ROLE_LINE.match(text, m.end()):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    covered = sorted((s.start, s.end, s.category) for s in spans)
    for m in _EXT_WORD.finditer(text):
        if not m.group()[0].isupper():
            continue
        category = _beside(text, m.start(), m.end(), covered)
        if category is None and _NAME_CUE.search(text[max(0, m.start() - 30) : m.start()]):
            category = "name"
        if category is not None:
            out.append(PhiSpan(m.start(), m.end(), category))
    for m in _LINE_GIVEN.finditer(text):
        key = m["g"].lower()
        if plain(m["g"]) or key in vocabulary.eponyms or vocabulary.is_common(key, threshold=3.0):
            continue
        if any(c[0] == m.start("s") and c[2] == "name" for c in covered):
            out.append(PhiSpan(m.start("g"), m.end("g"), "name"))
        elif not m["s"].isascii() and not plain(m["s"]):  # "1. Naeoma Võ - ...": a foreign surname
            out.append(PhiSpan(m.start("g"), m.end("s"), "name"))
    for m in _STATE.finditer(text):
        g = "v" if m["v"] else "ca"
        # the found town (or street) before it on the line, with only capitalised words between
        # ("Broken⏎Hill": the town's last word too); a found postcode or none after it
        before = [c for c in covered if c[1] <= m.start(g) and c[2] in ("geo", "address")]
        gap = text[before[-1][1] : m.start(g)] if before else "\n"
        if "\n" in gap or not _TOWN_GAP.fullmatch(gap):
            continue
        if gap.strip(" \t,"):
            out.append(
                PhiSpan(
                    before[-1][1] + len(gap) - len(gap.lstrip(" \t,")),
                    m.start(g) - (len(gap) - len(gap.rstrip(" \t,"))),
                    "geo",
                )
            )
        out.append(PhiSpan(m.start(g), m.end(g), "geo"))
    return out


def _beside(text: str, start: int, end: int, covered: list[tuple[int, int, str]]) -> str | None:
    """The category of a person, place or hospital span one space from the word, if any."""
    for s, e, category in covered:
        if category not in ("name", "geo", "hospital", "address", "workplace"):
            continue
        if s < end and start < e:
            return None  # already inside a span
        if (0 <= s - end <= 1 and text[end:s] in ("", " ")) or (
            0 <= start - e <= 1 and text[e:start] in ("", " ")
        ):
            return "geo" if category == "address" else category
    return None


#: rating instruments named by their eponym alone ("Teacher's Vanderbilt", "Conners parent form")
_SCALE_NAMES = (
    r"Vanderbilt|Conners|Epworth|Braden|Morse|Waterlow|Glasgow|Beighton|Wells|Norton|Barthel|Snaith|"
    r"Hamilton|Edinburgh|Achenbach|Rutter|Kessler|Zung|Beck|Ramsay|Tinetti|Lawton|Katz|Berg|Cornell"
)
_INFORMANT = (
    r"(?i:teachers?|parents?|school|self|carers?|caregivers?|mum|mom|father|mother)(?:'s|’s|s'|s’|'|’)?"
)
_SCALE_USE = re.compile(
    rf"(?:(?<![\w'’-]){_INFORMANT}[ \t]+(?P<a>{_SCALE_NAMES})(?![\w-])"
    rf"|(?<![\w'’-])(?P<b>{_SCALE_NAMES})(?:'s|’s)?[ \t]+(?:(?i:teacher|parent|self|school)[ \t-]*)?"
    r"(?i:scores?|scales?|ratings?|rating[ \t]+scales?|forms?|questionnaires?|totals?|subscales?|"
    r"checklists?|inventory|screen|screening)(?![\w-]))"
)


def drop_scale_eponyms(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without the name spans that are only a rating scale's eponym in its use.

    Args:
        text: the note.
        spans: resolved spans.
    """
    uses = []
    for m in _SCALE_USE.finditer(text):
        g = "a" if m["a"] else "b"
        uses.append((m.start(g), m.end(g), m.start(), m.end()))
    if not uses:
        return spans
    return [
        s
        for s in spans
        if not (
            s.category in ("name", "geo")
            and any(
                s.start < b
                and a < s.end
                and all(ma <= i < mb or not text[i].isalpha() for i in range(s.start, s.end))
                for a, b, ma, mb in uses
            )
        )
    ]
