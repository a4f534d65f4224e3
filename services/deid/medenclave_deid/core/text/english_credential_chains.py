"""People signed in front of their credentials, in dictated lower case or after a verb of reading.

* **a lower-case credential chain**: a dictated note closes with the team that saw the patient,
  each person's name right before their credential and the two joined by a slash, all in lower
  case ("return in 2 weeks. kealoha pa-c / le blanc md", "ivo np / w. de la cruz do"). Between a
  clause's end (or the line's start, or the slash) and a credential, one to four name words
  (initials, particles, hyphens and apostrophes allowed) are the person, everyday words that are
  names included ("rich md", "major pa-c"): a chain of two credentials joined by a slash is a
  signature, whatever its words. A word of ordering or routing ("see", "by", "per", "with", "and",
  "f/u") or a credential itself is no name, so "f/u with pt / ot" names no one.
* **a reader before a credential**: "read by dawn, RN / T. Gold, MD", "seen by cash RN",
  "applied by royal, LPN": one or two name words after a verb of doing a step and "by", right before
  a credential, are the person who did it, lower case or not.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["NOT_NAME_WORDS", "find_credential_chains"]

#: credentials a dictated sign-off writes after a name, in lower case
_CREDS = (
    r"pa-c|pa|md|do|np|rn|lpn|lvn|pt|dpt|ot|otr(?:/l)?|rph|pharmd|lcsw|licsw|msw|cnm|crna|dds|dmd|"
    r"od|rd|slp|ccc-slp|rrt|aprn|fnp(?:-c)?|dnp|phd|psyd|cma|cna|atc|lmft|lpc|np-c|anp|acnp|mbbs"
)
#: one name word: letters with inner hyphens or apostrophes, or an initial ("w.")
_WORD = r"(?:[a-z][a-z'’]*(?:-[a-z][a-z'’]+)*|[a-z]\.)"
_NAME = rf"{_WORD}(?:[ ]{_WORD}){{0,3}}"
_LINK = rf"(?P<nIDX>{_NAME})[ ](?:{_CREDS})\b"
#: two or three lower-case "name credential" pairs joined by slashes, after a clause's end
_CHAIN = re.compile(
    r"(?m)(?:^|(?<=[.;:!?])[ \t]+|(?<=\n))[ \t]*"
    + _LINK.replace("IDX", "0")
    + r"[ \t]*/[ \t]*"
    + _LINK.replace("IDX", "1")
    + r"(?:[ \t]*/[ \t]*"
    + _LINK.replace("IDX", "2")
    + r")?(?![\w-])"
)
#: a verb of doing a step, "by", one or two name words, then a credential
_READER = re.compile(
    r"(?i:\b(?:read|seen|applied|checked|examined|placed|removed|reviewed|verified|performed|"
    r"administered|given|drawn|collected|witnessed|done|assessed|evaluated|triaged|measured|"
    r"fitted|dispensed|counseled|counselled|educated|taught|interpreted)[ \t]+by[ \t]+)"
    r"(?P<v>[A-Za-z][A-Za-z'’-]+(?:[ ][A-Za-z][A-Za-z'’-]+)?),?[ \t]+"
    r"(?:RN|LPN|LVN|NP|PA-C|PA|MD|DO|CNA|CMA|MA|RPh|PharmD|PT|DPT|OT|OTR|RT|RRT|CRNA|APRN|FNP|"
    r"rn|lpn|lvn|np|pa-c|md|cna|rph|dpt|rrt|crna|aprn|fnp)\b"
)
#: words of ordering, routing and joining that stand before a credential without naming anyone
_NOT_NAME = frozenset(
    """
see seen by per with and or to for from the a an of f/u fu follow up call page consult consults
refer referred ref rtc return weeks week days day months month prn via w/ cc dr dr. nurse team
attending resident fellow on pt ot np pa md do rn ortho peds gi ent cards neuro surgery er ed clinic
office covering hospitalist triage pharmacy nursing radiology wound case social
charge two second another other first third oncoming assigned float agency
travel night day staff primary bedside
""".split()
)
NOT_NAME_WORDS = _NOT_NAME


def _person(words: list[str], vocabulary: TextVocabulary) -> bool:
    """Whether the name words of a chain link can be a person's name."""
    if not words or any(w in _NOT_NAME or w in SERVICE_WORDS for w in words):
        return False
    # a clinical word is no one's ("ortho pa-c"), unless it is a name too (drug lists hold "dawn")
    return not any(w in vocabulary.clinical and not vocabulary.is_name(w) for w in words if len(w) > 2)


def find_credential_chains(text: str, vocabulary: TextVocabulary) -> list[PhiSpan]:
    """The people of lower-case credential chains and of "read by NAME, RN".

    Args:
        text: an English note.
        vocabulary: the word knowledge.
    """
    out: list[PhiSpan] = []
    for m in _CHAIN.finditer(text):
        links = [i for i in range(3) if m.group(f"n{i}") is not None]
        if all(_person(m.group(f"n{i}").split(" "), vocabulary) for i in links):
            out += [PhiSpan(m.start(f"n{i}"), m.end(f"n{i}"), "name") for i in links]
    for m in _READER.finditer(text):
        words = m.group("v").lower().split(" ")
        if _person(words, vocabulary):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
