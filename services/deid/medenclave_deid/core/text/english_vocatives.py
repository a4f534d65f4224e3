"""Names addressed in transcribed talk: a greeting before a name, a name called before a question.

Telehealth and visit transcripts write the child or the caller as they are spoken to: ``Hi
mary, hi Mom``, ``Great. jesse, do you feel different?``, ``Thanks Shannon!``. Two things go wrong
there:

* **the greeting taken for a name**: a finder that joins capitalised words reads ``Hi Shannon``
  or ``Great. Shannon`` as one name, so the greeting is replaced and surrogated. An interjection
  (``Hi``, ``Hello``, ``Great``, ``Thanks``, ``Okay`` ...) opening a name span is cut off it, and a
  name span of that word alone goes, unless a title stands before it (``Dr. Good``);
* **a found name said in lower case**: the words of the note's name spans are replaced again
  where they are lower case in a vocative slot: right after a greeting (``hi mary``, ``bye
  jesse``), or opening a sentence before a comma and a question or a clause addressed to them
  (``mary, how is school?``, ``jesse, do you``); a found name word labelling a speaker's line
  (``George: Good.``) or opening a sentence beside a parent (``George and mom agree``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_scores import SIGN_RESULT
from medenclave_deid.core.text.english_words import WORD
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["trim_greetings", "vocative_names"]

_GREETINGS = (
    r"hi|hello|hey|hiya|howdy|thanks|thank[ \t]+you|bye|goodbye|ok|okay|alright|great|awesome|"
    r"perfect|wonderful|excellent|sorry|yes|yeah|yep|nope|morning|good[ \t]+morning|"
    r"good[ \t]+afternoon|good[ \t]+evening|good[ \t]+job|well[ \t]+done|wow|oh|ah|um|uh"
)
#: a greeting opening a name span: a comma after it only for words no one is named ("Great, Emma"
#: may be a surname and its given name; "Hi, Emma" is not)
_LEADING_GREETING = re.compile(
    # (a whole word: "Hine" is no "Hi" before "ne")
    rf"(?:(?i:hi|hello|hey|hiya|thanks|okay|ok|bye)\b[ \t]*[,.!?]?|(?i:{_GREETINGS})\b[ \t]*[.!?]?)"
    r"[ \t]*(?=[A-Za-z]|$)"
)
_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse))\.?[ \t]+$")
_GREETING_BEFORE = re.compile(rf"(?:^|[^\w'’])(?i:{_GREETINGS})[ \t]*[,.!]?[ \t]+$")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?:;\n][ \t]*)$")
_ADDRESSED_AFTER = re.compile(
    r",[ \t]+(?i:how|what|do|did|does|are|were|is|can|could|would|will|have|has|tell|show|let's|"
    r"when|where|why|which|who|you|your|i|we|please|remember|try|go|come|say)\b"
)

#: a speaker's label: the word alone at a line's start, a colon and the words said
_SPEAKER = re.compile(r":[ \t]+\S")
_LINE_OPEN = re.compile(r"(?:^|\n)[ \t]*$")

#: a name opening a sentence with a parent or "I" beside it: the person, however common the word
_WITH_KIN_AFTER = re.compile(
    r"[ \t]+(?:and|&)[ \t]+(?:(?:his|her|their)[ \t]+)?(?i:mom|mum|mommy|mummy|dad|daddy|mother|father|"
    r"parents?|grandma|grandmother|grandpa|grandfather|guardian|caregiver|carer|foster[ \t]+\w+|i)\b"
)


def trim_greetings(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` with a greeting cut off the start of each name span (``Hi Shannon``)."""
    out: list[PhiSpan] = []
    for span in spans:
        m = _LEADING_GREETING.match(text, span.start, span.end) if span.category == "name" else None
        if m is None or _TITLE_BEFORE.search(text, max(0, span.start - 12), span.start):
            out.append(span)
        elif m.end() < span.end:
            out.append(PhiSpan(m.end(), span.end, span.category))
    return out


def vocative_names(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Lower-case occurrences of the note's name words where someone is spoken to, and a name
    word labelling a speaker's line (``George: Good. I finish my math now.``)."""
    keys = {
        m.group().lower()
        for s in spans
        if s.category == "name"
        for m in WORD.finditer(text, s.start, s.end)
        if len(m.group()) >= 3 and m.group()[0].isupper()
    }
    found: list[PhiSpan] = []
    if not keys:
        return found
    for m in WORD.finditer(text):
        word = m.group()
        if (
            word.lower() in keys
            and _SPEAKER.match(text, m.end())
            and not SIGN_RESULT.match(text, m.end())  # "Romberg: positive" is the sign
            and _LINE_OPEN.search(text, max(0, m.start() - 4), m.start())
        ):
            found.append(PhiSpan(m.start(), m.end(), "name"))
            continue
        if (
            word.lower() in keys
            and word[0].isupper()
            and _WITH_KIN_AFTER.match(text, m.end())
            and _SENTENCE_OPEN.search(text[max(0, m.start() - 4) : m.start()])
        ):
            found.append(PhiSpan(m.start(), m.end(), "name"))  # "George and mom agree with plan."
            continue
        if not word.islower() or word not in keys:
            continue
        before = text[max(0, m.start() - 24) : m.start()]
        if _GREETING_BEFORE.search(before) or (
            _SENTENCE_OPEN.search(before) and _ADDRESSED_AFTER.match(text, m.end())
        ):
            found.append(PhiSpan(m.start(), m.end(), "name"))
    return found
