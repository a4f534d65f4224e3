"""Eponyms of clinical English in their clinical frame, and the same surnames on a person.

* **a score's eponym before its value**: a bedside score, scale or classification named after
  people or places is written with its value right after it (``Naranjo 6``, ``Alvarado 7``,
  ``Child-Pugh B``, ``MELD 18``, ``Wells score 4``); a one-word name span over such a name in
  that frame is the score, not a person. A title before it (``Dr. Wells``) or an age or a time
  after the number (``Wells 4 pm``, ``Alvarado 45 yo``) leaves the person.
* **the thing an eponym names**: the word right after an eponym that completes it (``Barthel
  Index``, ``Brugada pattern``) is no name, even where a tagger read it as one.
* **a person who carries an eponym's name**: a given name already found before a capitalised
  eponym that names nothing here (``Dr. Anna Romberg on 02/11``, ``Maria Kernig``) is the
  person's surname, and goes with the given name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import EPONYM_NEXT
from medenclave_deid.core.text.spans import PhiSpan, resolve_overlaps
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["SCORE_NAMES", "SIGN_RESULT", "drop_scale_codes", "drop_score_names", "extend_eponym_surnames"]

#: the names of bedside scores, scales and classifications written before their value (eponyms,
#: places and acronyms); a hyphenated name counts when each of its parts is listed or its last
#: part is (``Child-Pugh``, ``Hunt-Hess``, ``Glasgow-Blatchford``)
SCORE_NAMES = frozenset(
    """
naranjo alvarado ranson caprini padua braden morse norton waterlow barthel karnofsky lansky katz
lawton wells geneva apgar glasgow blatchford rockall killip rankin hunt hess fisher pugh meld
curb centor mcisaac khorana gleason breslow clark tanner mallampati bishop ballard dubowitz
spetzler forrest ramsay richmond duke borg ottawa nihss ecog gcs apache sofa qsofa timi
bisap balthazar lund browder parkland denver
pasi easi scorad dlqi bsa basdai basfi asdas sledai cdai sdai haq mmse moca hamd hama panss ymrs
""".split()
)
#: the value after a score's name: its words, then a number, a fraction or a class
_SCORE_VALUE = re.compile(
    r"[ \t]*(?:(?i:score|scale|index|class|grade|stage|criteria|category|points?|total)[ \t]*)*"
    r"(?:(?:(?i:of)[ \t]+)?[:=]?[ \t]*[-+]?\d{1,3}(?:\.\d{1,2})?(?:[ \t]*/[ \t]*\d{1,3})?(?![\d.:/-]?\d)"
    # a class in letters or Roman numerals, with no colon before it ("SBAR: S - ...")
    r"|[A-C](?![A-Za-z])|[IV]{1,4}[abc]?(?![A-Za-z]))"
)
#: what says the number was an age, a time, a count of days or a phone's start, not a score's value
_NOT_SCORE = re.compile(
    r"[ \t]*(?:-[ \t]*)?(?i:y\b|yo\b|y/o|yrs?\b|years?\b|months?\b|mos?\b|wks?\b|weeks?\b"
    r"|days?\b|d\b|am\b|pm\b|a\.m|p\.m|h\b|hrs?\b|hours?\b|min\b|minutes?\b|"
    r"[MF]\b|male|female|times\b|x\b)"
    # or the country code of a phone number ("son Forrest +1 660 978 4484")
    r"|[ \t.-]+\d{3}[ \t.-]\d{3}"
)
#: what an examined sign is found to be, right after its eponym (``Babinski upgoing``, ``Kernig
#: absent``, ``Romberg: positive``): the sign, not the person of the same name
SIGN_RESULT = re.compile(
    r"(?:[ \t]+(?i:sign))?(?:[ \t]*[:=][ \t]*|[ \t]+)"
    r"(?i:upgoing|downgoing|equivocal|flexor|extensor|present|absent|positive|negative|"
    r"mute|intact|elicited|bilaterally|(?:on[ \t]+the[ \t]+)?(?:left|right)\b|\([+-]\))"
)
_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse|rev))\.?[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+(?P<w>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![A-Za-z0-9-])")
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z][A-Za-z'’]*)[ \t-]+$")


def _score_name(word: str) -> bool:
    """A listed score's name, written with a capital (``forrest: S - ...`` is a signature)."""
    if word.islower():
        return False
    parts = word.lower().split("-")
    return parts[-1] in SCORE_NAMES or all(p in SCORE_NAMES for p in parts)


def _in_score_frame(text: str, span: PhiSpan) -> bool:
    value = _SCORE_VALUE.match(text, span.end)
    return (
        value is not None
        and not _NOT_SCORE.match(text, value.end())
        and not _TITLE_BEFORE.search(text, max(0, span.start - 10), span.start)
    )


def _thing_of_eponym(text: str, span: PhiSpan, vocab: TextVocabulary) -> bool:
    """A word that completes the eponym right before it (``Barthel Index``)."""
    before = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
    if before is None or not before.group("w")[:1].isupper():
        return False
    key = before.group("w").lower().removesuffix("'s").removesuffix("’s")
    if key not in vocab.eponyms and not _score_name(key):
        return False
    thing = EPONYM_NEXT.match(text, before.end("w"))
    return thing is not None and thing.end() >= span.end


def drop_score_names(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """``spans`` without the one-word name or place spans that are a score's name before its value
    or the word completing an eponym (the module docstring).

    Args:
        text: the note.
        spans: resolved spans.
        vocab: what is known about English words (its eponyms).
    """
    out: list[PhiSpan] = []
    for span in spans:
        word = text[span.start : span.end]
        if (
            span.category in ("name", "geo")
            and re.fullmatch(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*", word)
            and (
                (_score_name(word) and _in_score_frame(text, span))
                or (span.category == "name" and _thing_of_eponym(text, span, vocab))
            )
        ):
            continue
        out.append(span)
    return out


def extend_eponym_surnames(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """``spans`` with each name span that ends in a word reaching over the capitalised eponym
    right after it, where that eponym names nothing (no thing it names, no score's value after it).

    Args:
        text: the note.
        spans: resolved spans.
        vocab: what is known about English words (its eponyms).
    """
    out: list[PhiSpan] = []
    starts = {s.start for s in spans}
    for span in spans:
        m = _WORD_AFTER.match(text, span.end)
        if (
            span.category == "name"
            and m is not None
            and text[span.end - 1 : span.end].isalpha()
            and m.start("w") not in starts
        ):
            word = m.group("w")
            eponym = word.lower() in vocab.eponyms or all(p in vocab.eponyms for p in word.lower().split("-"))
            if (
                eponym
                and not EPONYM_NEXT.match(text, m.end("w"))
                and not SIGN_RESULT.match(text, m.end("w"))
                and not _SCORE_VALUE.match(text, m.end("w"))
            ):
                span = PhiSpan(span.start, m.end("w"), span.category)
        out.append(span)
    return resolve_overlaps(out)


#: a questionnaire's or a scale's coded name (``SNOT-22``, ``PHQ-9``, ``KOOS-12``, ``ODI``-style
#: letters and a number) right before its score's word and value (``score 58``, ``total: 14``)
_SCALE_CODE = re.compile(r"[A-Z][A-Za-z]{1,7}-?\d{1,3}[a-z]?")
_SCALE_AFTER = re.compile(r"[ \t]*(?:\([A-Za-z ]{2,30}\)[ \t]*)?(?i:score|scale|total|index|sum)[ \t]*"
                          r"(?:(?i:of|was|is|=|:)[ \t]*)*\d{1,3}(?:\.\d)?(?![\d/.-]?\d)")


_CODE_CHAR = re.compile(r"[A-Za-z0-9-]")


def drop_scale_codes(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` without those inside a scale's coded name before ``score N`` (no device serial
    in ``SNOT-22 score 58``)."""
    out: list[PhiSpan] = []
    for span in spans:
        start, end = span.start, span.end
        while start > 0 and _CODE_CHAR.fullmatch(text[start - 1]):
            start -= 1
        while end < len(text) and _CODE_CHAR.fullmatch(text[end]):
            end += 1
        if _SCALE_CODE.fullmatch(text, start, end) and _SCALE_AFTER.match(text, end):
            continue
        if span.category in ("name", "geo") and re.fullmatch(r"[A-Z]{3,6}", text[span.start : span.end]) \
                and _score_name(text[span.start : span.end]) and _in_score_frame(text, span):
            continue  # an acronym score's value in any note: 中重度银屑病 PASI 18
        out.append(span)
    return out
