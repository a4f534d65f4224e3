"""Ages over 89 said or written without "years", and the year of birth beside them.

People state an age by a verb of reckoning or becoming rather than by a unit: "I was born in 1924,
that makes me ... 99?", "which makes her 93", "that'd make me 101", "he's turning 100 in May",
"I'll be 96 on Sunday", "she's going on 97", "I'm 94", "Q: How old are you? / A: 92". Spoken
words come between the verb and the number (an ellipsis, a dash, "uh", "almost"), and the
number may end in "?" or "!". Safe Harbor folds every age above 89 into one group, so the number
goes whenever a person stands before the verb (``me``, ``her``, ``I'm``, ``she'll``); a unit or
a count after it (``90 degrees``, ``100%``, ``95 minutes``, ``100 mg``) says it is no age.

The year of birth said with it ("born in 1922", ``YOB 1931``, "Year of birth: 1925") is a date
element that tells the same age, so it is a date (written ``[DATE]``: a bare year has no day to
shift), never the postcode the word tagger took a number after "born in" for.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_birth_years", "find_spoken_ages"]

_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
#: an age over 89, in figures or in words
_AGE = (rf"(?:(?P<a>9\d|1[0-2]\d)(?![\d,.]\d)|(?P<w>(?i:ninety(?:[- ]{_UNITS})?"
        rf"|(?:a|one)[ -]hundred(?:[ -](?:and[ -])?(?:{_UNITS}|ten|eleven|twelve))?))\b)")
#: what says the number is a measure or a count, not an age
_NOT_AN_AGE = (
    r"(?![ \t]*(?:%|\u00b0|[-/][ \t]*\d|(?i:percent|per\b|degrees?|deg\b|times|x\b|mg|mcg|g\b|kg|lbs?|"
    r"pounds|ml|cc|units?|tabs?|tablets|pills|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|"
    r"mos?\b|seconds?|secs?|miles|feet|ft\b|steps|meters|metres|points?|pts\b|beats|bpm|mm|cm|"
    r"dollars|bucks|cents|calories|cals?|floors?|laps|reps|sets|yards|blocks|words|"
    r"out[ \t]+of|of[ \t]+(?:them|us|the)|[a-z]*[ \t]*(?:over|to)[ \t]+\d)))"
)
#: spoken fillers between the verb and the number: "... ", "-- ", ", uh, ", "almost"
_FILLER = (r"(?:[ \t]*(?:\.{2,}|\u2026|-{1,2}|[\u2013\u2014]|,|(?i:uh+|um+|er+m?|hmm+|oh|like|well|"
           r"now|almost|nearly|about|around|just|only|actually|probably|maybe|what|pushing|"
           r"going[ \t]+on|gonna[ \t]+be|going[ \t]+to[ \t]+be)\b)[ \t]*){0,4}")
_ONE = (r"(?i:me|her|him|them|you|mom|mum|dad|mother|father|grandma|grandpa|the[ \t]+patient|"
        r"the[ \t]+pt)")
#: who says or is said to be of an age: a pronoun, a kin word, the patient
_WHO = (r"(?i:I|she|he|you|we|who|mom|mum|dad|grandma|grandpa|nana|mother|father|husband|wife|"
        r"the[ \t]+patient|patient|pt)")
#: or a capitalised name before "is going on" or "is turning" ("Rose's going on 97"); not "It" or
#: "That" ("it's going on 100 outside" is the weather)
_NAMED = r"(?!(?:It|That|This|There|What|Which|Temp|Today)\b)[A-Z][a-z]+"
_ABOUT = r"(?:[ \t]+(?i:now|today|then|already|soon|still))?"
_FRAMES = (
    # "that makes me ... 101?", "which makes her 93", "that'd make him", "making her 92"
    rf"\b(?i:makes?|making|made|make|would[ \t]+make|will[ \t]+make|['\u2019]d[ \t]+make)[ \t]+{_ONE}\b",
    # "I'll be 96", "she'd be 90", "he will be", "I would be", "I'm gonna be"
    rf"\b{_WHO}(?i:['\u2019](?:ll|d)|[ \t]+(?:will|would|shall)|['\u2019]?m[ \t]+gonna|"
    rf"[ \t]+(?:is|am|are)[ \t]+(?:gonna|going[ \t]+to))[ \t]+be{_ABOUT}\b",
    # "I'm 94", "I am 101", "I was 92 when", "I turned 95"
    r"\b(?i:I(?:['\u2019]m|[ \t]+am|[ \t]+was|[ \t]+turned|[ \t]+turn))(?i:[ \t]+now)?\b",
    # "he's going on 98", "she is turning 100", "Rose's pushing 95", "you're nearly 91"
    rf"\b{_WHO}(?i:['\u2019](?:s|m|re)|[ \t]+(?:is|am|are|was|were))[ \t]+"
    r"(?i:going[ \t]+on|turning|pushing|nearly|almost)\b",
    rf"\b{_NAMED}(?:['\u2019]s|[ \t]+(?:is|was))[ \t]+(?i:going[ \t]+on|turning)\b",
)
_FRAME = re.compile(rf"(?:{'|'.join(_FRAMES)}){_FILLER}(?:[ \t]+)?{_AGE}{_NOT_AN_AGE}", re.ASCII)
#: "turning 100 in June", "turns 95 next week": a time of the birthday after the number
_TURNING = re.compile(
    rf"\b(?i:turning|turns)[ \t]+{_AGE}(?=[ \t]*(?:[!?]|(?i:in|on|this|next|soon|tomorrow|today|come|"
    r"later|at[ \t]+the[ \t]+end)\b))", re.ASCII)
#: "How old are you?" and its answer: "A: 96", "Patient: I'm, uh, 92"; a raw transcript's
#: question may end without "?" and its answer carry a bracketed tag: "[patient]: ninety-four in june"
_HOW_OLD = re.compile(
    rf"(?i:\bhow[ \t]+old\b[^\n?]{{0,30}}(?:\?|\.?(?=[ \t]*\n)))[ \t\"'\u201c\u201d]*(?:\n[ \t]*)?"
    rf"(?:(?i:a|answer|pt|patient|response)[ \t]*[:.-][ \t]*"
    rf"|\[[ \t]*[A-Za-z][\w \t-]{{0,20}}\][ \t]*:?[ \t]*)?"
    rf"[\"'\u201c]?"
    rf"(?:(?:I['\u2019]m|I[ \t]+am|(?i:she|he)['\u2019]s|(?i:she|he)[ \t]+is){_FILLER}[ \t]*)?"
    rf"{_AGE}{_NOT_AN_AGE}",
    re.ASCII)

#: a year of birth: "born in 1922", "born back in '31"-free four digits, "b. 1925", "YOB 1931",
#: "Year of birth: 1928", "birth year 1930", "DOB: 1932" (a year alone)
_BIRTH_YEAR = re.compile(
    r"(?:\b(?i:born|b\.)(?:[ \t]+(?:back|way[ \t]+back|sometime))?(?:[ \t]+(?:in|during))?"
    r"(?:[ \t]+the[ \t]+year(?:[ \t]+of)?)?"
    r"|\b(?i:yob|year[ \t]+of[ \t]+birth|birth[ \t]*year|dob|d\.o\.b\.|date[ \t]+of[ \t]+birth)"
    r"(?:[ \t]*\((?i:year|yyyy)\))?[ \t]*[:=#-]?)"
    r"[ \t]*(?P<y>(?:18[89]\d|19\d\d|20[0-2]\d))(?![\d/.-]\d|[-/]\d|\d|['\u2019]?s\b)", re.ASCII)


def find_spoken_ages(text: str) -> list[PhiSpan]:
    """Ages over 89 after a verb of reckoning or becoming, a spoken "I'm", or "How old"."""
    out: list[PhiSpan] = []
    for rx in (_FRAME, _TURNING, _HOW_OLD):
        for m in rx.finditer(text):
            g = "a" if m.group("a") else "w"
            out.append(PhiSpan(m.start(g), m.end(g), "age"))
    return out


def find_birth_years(text: str) -> list[PhiSpan]:
    """Years of birth written alone after "born", ``YOB``, "Year of birth" or ``DOB``."""
    return [PhiSpan(m.start("y"), m.end("y"), "date") for m in _BIRTH_YEAR.finditer(text)]
