"""A found person's given name said again in lower case, a person an ID is held for, and the employer after
an occupation's job title.

* **Given-name repeats.** A header names the person in full (``BRANNIGAN, Rowan``, ``Grant
  Fairweather``); sloppy narrative later says the given name alone in lower case (``rowan awake``,
  ``grant ate a popsicle``). The found full name's given name is looked for again in lower case: a word
  that is a name and never an everyday word goes wherever it stands; any other word the found name
  proves a name (``grant``, ``summer``, ``forest``, ``clay``; a drug's word too) goes only as a clause's
  subject: opening a line, a sentence, a cell or a labelled value, or after a reporting verb (``mom
  states ivy put``), and followed by a verb or state word (``awake``, ``was``, ``tolerated``) or a
  possessive.
* **The holder of an ID.** ``Medicaid ID for Corwin: 544459809``: an identifier's label, ``for``,
  capitalised words, a colon and a number: the words name the person who holds it unless they name a
  kind of holder or cover (``ID for Mother:``, ``number for Dental:``).
* **Occupation then employer.** ``Occupation: bus driver, hollis & sons roofing`` / ``Occupation:
  welder - ARDMORE TOOL & DIE``: a job title, a comma, dash, ``@``, ``at``, ``for`` or ``with``, then the rest
  of the line names the employer when it is written in capitals, holds an ``&``, a business's last word,
  or a word that is no everyday word.
* **A surname before a comma** and a found given name opening a header's or a cell's value.
* **Initials that spell a found name** after a slash, a dash or a bracket (``C. Imbert / CI``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_job_employers import BUSINESS_WORDS
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = [
    "find_comma_surnames",
    "find_given_name_repeats",
    "find_id_holders",
    "find_occupation_employers",
    "find_spelled_initials",
]

_NAME_WORD = r"[A-Za-z][A-Za-z'’-]+"
#: "Grant Fairweather", "BRANNIGAN, Rowan", "Ostrander, Brook": which word is the given name
_FIRST_LAST = re.compile(rf"(?P<g>{_NAME_WORD})[ \t]+(?:[A-Z]\.?[ \t]+)?(?:{_NAME_WORD})")
_LAST_FIRST = re.compile(rf"(?:{_NAME_WORD}),[ \t]*(?P<g>{_NAME_WORD})(?:[ \t]+[A-Z]\.?)?")

_SURNAME_COMMA = re.compile(r"(?:^|(?<=[\n\t|:-])|(?<=[:-] ))[ \t]*(?P<s>[A-Z][A-Za-z'’-]+),[ \t]*$")
#: what follows a given name that is a clause's subject
_PREDICATES = frozenset(
    """
is was has had awake asleep alert sleepy sleeping drowsy calm crying playful fussy tolerated
tolerating tolerates ate eating drank drinking swallowed vomited denies denied resting seen doing
remains remained went returned discharged back now still woke arousable smiling walking talking
appears appeared looks looked states stated reports reported says said did does will got became
put took found bit chewed choked coughed gagged
""".split()
)
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?;:][ \t]+|[\n\t|]|\b(?i:states|stated|says|said|reports|reported|thinks|believes|that)[ \t]+)"
    r"[ \t]*$"
)


def _given_words(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> set[str]:
    out: set[str] = set()
    for s in spans:
        if s.category != "name":
            continue
        value = text[s.start : s.end]
        m = _LAST_FIRST.fullmatch(value) or _FIRST_LAST.fullmatch(value)
        if m is None and _SURNAME_COMMA.search(text, max(0, s.start - 40), s.start):
            m = re.fullmatch(rf"(?P<g>{_NAME_WORD})", value)  # "FAIRWEATHER, [RIVER]": the given part
        if m is None:
            continue
        g = m.group("g").lower()
        if (
            len(g) >= 3
            and g not in NEVER
            and g not in CREDENTIAL_WORDS
            and g not in vocab.clinical
            and not is_clinical_word(g)
        ):
            out.add(g)
    return out


def find_given_name_repeats(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """Lower-case repeats of a found full name's given name (module docstring)."""
    words = _given_words(text, spans, vocab)
    if not words:
        return []
    body = re.compile(
        r"(?<![A-Za-z0-9'’@./-])(?P<w>" + "|".join(sorted(map(re.escape, words))) + r")(?![A-Za-z0-9@-])"
    )
    out = []
    for m in body.finditer(text):
        w = m.group("w")
        if (
            vocab.is_name(w)
            and not vocab.is_name_word(w)
            and not vocab.is_common(w, threshold=3.0)
            and w not in vocab.drugs
        ):
            out.append(PhiSpan(m.start(), m.end(), "name"))
            continue
        after = re.match(r"(?:'s\b|’s\b|[ \t]+(?P<n>[a-z]+)\b)", text[m.end() : m.end() + 20])
        if after is None or (after.group("n") and after.group("n") not in _PREDICATES):
            continue
        if _SUBJECT_BEFORE.search(text, 0, m.start()) is None:
            continue
        out.append(PhiSpan(m.start(), m.end(), "name"))
    return out


_ID_HOLDER = re.compile(
    r"\b(?:ID|Id|id|#|[Nn]umber|[Nn]o\.|[Nn]um)[ \t]+for[ \t]+"
    r"(?P<n>[A-Z][a-z'’-]+(?:[ \t]+[A-Z][a-z'’-]+)?)[ \t]*[:=-][ \t]*[A-Z]{0,4}\d"
)


#: words naming a kind of holder or of cover, no one
_NO_HOLDER = frozenset(
    """
mother father mom dad baby infant newborn patient pt child parent guardian spouse sibling member
subscriber primary secondary tertiary dental vision medical medicare medicaid pharmacy chip plan
group policy account claim billing the this each all
""".split()
)


def find_id_holders(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The person an identifier is held for (module docstring)."""
    out = []
    for m in _ID_HOLDER.finditer(text):
        words = m.group("n").split()
        low = [w.lower() for w in words]
        if any(w in NEVER or w in _NO_HOLDER or w in vocab.clinical or is_clinical_word(w) for w in low):
            continue
        out.append(PhiSpan(m.start("n"), m.end("n"), "name"))
    return out


_OCCUPATION = re.compile(
    r"(?im)^[ \t]*(?:occupation|job|job title|work)[ \t]*[:=][ \t]*"
    r"[A-Za-z/-]+(?:[ \t]+[A-Za-z/-]+){0,3}?(?:,|[ \t]+(?:[-–—@]|at|for|with)[ \t]+)[ \t]*"
    r"(?P<org>[A-Za-z0-9][A-Za-z0-9&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Za-z0-9&][A-Za-z0-9&'’.-]*){0,6})[ \t]*$"
)
_NOT_ORG = frozenset(
    """
retired unemployed disabled disability self-employed self full part time since years yrs
student homemaker none unknown n/a na currently previously formerly on leave
""".split()
)


def find_occupation_employers(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The employer after an occupation's job title (module docstring)."""
    out = []
    for m in _OCCUPATION.finditer(text):
        org = m.group("org").rstrip(".")
        low = [w.lower() for w in org.replace("&", " & ").split()]
        if any(w in _NOT_ORG for w in low) or low[0].isdigit():
            continue
        if not (
            (org.isupper() and len(org) >= 5 and not any(w in vocab.clinical for w in low))
            or "&" in low
            or low[-1] in BUSINESS_WORDS
            or any(w.isalpha() and not vocab.is_common(w, threshold=3.0) for w in low)
        ):
            continue
        out.append(PhiSpan(m.start("org"), m.start("org") + len(org), "workplace"))
    return out


_SLASHED = re.compile(r"[ \t]*(?:/|\(|-)[ \t]*(?P<i>[A-Z]{2,3})\b(?![/.-])")


def find_spelled_initials(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Initials after a found name that spell it (``C. Imbert / CI``, ``Priya Vance (PV)``): the
    person's sign-off mark, the same person."""
    out = []
    for s in spans:
        if s.category != "name":
            continue
        m = _SLASHED.match(text, s.end)
        if m is None:
            continue
        letters = [w[0].upper() for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", text[s.start : s.end])]
        if len(letters) >= 2 and m.group("i") in {"".join(letters), letters[0] + letters[-1]}:
            out.append(PhiSpan(m.start("i"), m.end("i"), "name"))
    return out


def find_comma_surnames(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The surname before a comma and a found given name opening a header's or a cell's value
    (``SEDATION RECORD - FAIRWEATHER, [RIVER]``) when it is a name or no everyday word."""
    out = []
    for s in spans:
        if s.category != "name":
            continue
        m = _SURNAME_COMMA.search(text, max(0, s.start - 40), s.start)
        if m is None:
            continue
        w = m.group("s").lower()
        if w in NEVER or w in vocab.clinical or is_clinical_word(w) or w in CREDENTIAL_WORDS:
            continue
        if vocab.is_name(w) or not vocab.is_common(w, threshold=3.0):
            out.append(PhiSpan(m.start("s"), m.end("s"), "name"))
    return out
