"""Ages over 89, every form the English recognisers know, in one place: the usual ones ("age: 92",
"92-year-old", "92 F"), record layouts (``Pt: Jo Ames (93)``, ``ninety-two-year-old``, ``Ames, 93
F``), and the ways forms and sentences write an age beyond those.

Safe Harbor folds every age above 89 into one group, so such a number is an identifier wherever
it stands for a person's age. What says so is not one layout but a few kinds of neighbour: an age
field (``Age (yrs): 92``, ``Age/Sex: 95/F``, ``Sex/Age: M/92``, ``Ages: patient 91, spouse 94``),
a sex letter beside the number (``F, 93,``, ``93 M``), a form's person and the age set off
(``(beneficiary 90, low vision)``), a person and a verb of age (``she is 92``,
``he turned 93``, ``at 96, she``), or a birthday (``her 100th birthday``). A number with a unit
or a vital sign's label (``SpO2 is 92%``, ``HR 92``) is none of these.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.table_continuations import resumes_after

__all__ = ["find_ages"]

_N = r"(?P<a>9\d|1[0-2]\d)"
#: what may follow an age: not a unit, a decimal or a range
_NOT_A_MEASURE = r"(?!\.\d|\s*(?:%|kg|lbs?|mg|mcg|ml|mmhg|bpm|cm|mm|°|deg|/min|-\d|/\d{2,}))"
_PEOPLE = (r"she|he|patient|pt|the\s+patient|resident|client|mother|father|mom|dad|wife|husband|"
           r"spouse|grandmother|grandfather|grandma|grandpa|granny|nana|aunt|uncle|sister|brother|who|"
           r"decedent|member|beneficiary|enrollee|applicant")
#: a person and a verb of age, a kin word's given name allowed between ("her mother Rose is"), or
#: the spoken contraction ("she's", "he’s now")
_KIN_NAMED = (r"(?:mother|father|mom|dad|wife|husband|spouse|grandmother|grandfather|grandma|"
              r"grandpa|granny|nana|aunt|uncle|sister|brother)(?-i:\s+[A-Z][a-z]+)")
_PERSON_IS = (rf"(?:(?:{_PEOPLE}|{_KIN_NAMED})\s+(?:is|was|turned|turns|turning|will\s+be|"
              rf"had\s+just\s+turned|is\s+now|died\s+at|passed\s+away\s+at)"
              r"|(?:she|he|who|mom|dad|grandma|grandpa)['’]s(?:\s+now|\s+just\s+turned)?"
              # the reader of a letter or the one spoken to: "you are 91", "you're now 93"
              r"|you\s+(?:are|were|turned|turn|will\s+be|are\s+now|have\s+turned|just\s+turned)"
              r"|you['’]re(?:\s+now|\s+turning)?)")
_AGE_FIELD = re.compile(
    rf"\b(?:age|ages)\b(?:[ \t]+(?:at|on)[ \t]+(?:time[ \t]+of[ \t]+)?\w+)?"  # Age at death: 97
    rf"(?:[ \t]*\((?:yrs?|years?|y)\))?(?:[ \t]*(?:/|&|and)[ \t]*(?:sex|gender))?[ \t]*[:=][ \t]*"
    rf"(?:at[ \t]+death[ \t]*[:=]?[ \t]*)?{_N}\b{_NOT_A_MEASURE}",
    re.IGNORECASE | re.ASCII)
_SEX_AGE_FIELD = re.compile(
    rf"\b(?:(?:race|ethnicity)[ \t]*/[ \t]*)?(?:sex|gender)[ \t]*(?:/|&|and)[ \t]*age[ \t]*[:=][ \t]*"
    rf"(?:[A-Za-z]+[ \t]*/[ \t]*)?(?:M|F|male|female)[ \t]*[/, ][ \t]*{_N}\b",
    re.IGNORECASE | re.ASCII)
#: later ages in an "Ages:" list: "Ages: patient 91, spouse 94"
_AGES_LIST = re.compile(r"\bages[ \t]*:[^\n]*", re.IGNORECASE | re.ASCII)
_LIST_ITEM = re.compile(rf"(?<![\d.])\b{_N}\b{_NOT_A_MEASURE}", re.ASCII)
_SEX_BESIDE = re.compile(
    rf"(?<![\w/.-])(?:(?:M|F)[ \t]*[,/][ \t]*{_N}(?=[ \t]*[,;)]|[ \t]+(?:y|yo|yrs?|with|w/|presents|"
    rf"presenting|who|s/p|h/o|admitted)\b)|{_N.replace('?P<a>', '?P<b>')}[ \t]*/[ \t]*(?:M|F)\b"
    rf"|{_N.replace('?P<a>', '?P<c>')}[ \t]+(?:M|F)(?=[ \t]+(?:with|w/|presents|presenting|s/p|h/o|"
    rf"who|admitted|here|c/o)\b))", re.ASCII)
_PERSON_VERB = re.compile(
    rf"\b{_PERSON_IS}\s+(?:age\s+)?{_N}\b{_NOT_A_MEASURE}"
    r"(?!\s*(?:times|days|hours|weeks|minutes|pounds|lbs?|kilos|percent|points|miles|steps|degrees))",
    re.IGNORECASE | re.ASCII)
_AT_AGE = re.compile(rf"\bat\s+(?:age\s+)?{_N}\s*,?\s*(?:{_PEOPLE})\b", re.IGNORECASE | re.ASCII)
_AT_THE_AGE = re.compile(rf"\bat\s+the\s+age\s+of\s+{_N}\b{_NOT_A_MEASURE}", re.IGNORECASE | re.ASCII)
_DASH = "[-\u2010-\u2015\u2212]"
#: other dashes and shorthand: "92–year–old", "92-y-o", "92 yoF", "92 yr. old"
_AGE_SHORTHAND = re.compile(
    rf"(?<![\w.]){_N}[ \t]*{_DASH}?[ \t]*(?:years?|yrs?\.?|y{_DASH}o|y\.o\.?|y/o|yo)"
    rf"(?:[ \t]*{_DASH}?[ \t]*old)?(?:[MF]\b|(?![A-Za-z]))", re.ASCII)
#: an age field without a colon after its unit (``Age (yrs) 92``) or an age in words after "age"
_AGE_UNIT_FIELD = re.compile(
    rf"\bage[ \t]*\((?:yrs?|years?|y)\)[ \t]*[:=]?[ \t]*{_N}\b{_NOT_A_MEASURE}"
    r"|\b(?:age|aged)[ \t]*:?[ \t]+(?P<w>ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|(?:a|one)[ -]hundred)\b",
    re.IGNORECASE | re.ASCII)
#: a person, then the age alone: "she's 92", "just turned 93", "her husband, 93, is"
_PERSON_AGE_MORE = [re.compile(rx, re.IGNORECASE | re.ASCII) for rx in (
    rf"\b(?:she|he)['\u2019]s[ \t]+{_N}\b{_NOT_A_MEASURE}(?![ \t]*(?:times|days|hours|weeks|percent))",
    rf"(?:\b(?:just|recently|has|had|having)[ \t]+|(?m:^)[ \t]*)turned[ \t]+{_N}\b(?![ \t]*(?:degrees|°|%))",
    rf"\b(?:{_PEOPLE}|son|daughter|partner|friend|neighbou?r)[ \t]*,[ \t]*{_N}[ \t]*,",
    # a form's person and the age, set off ("(beneficiary 90, low vision)", "bene 92 and her son")
    rf"\b(?:beneficiary|bene|enrollee|applicant|patient|pt|resident)[ \t]+(?:aged?[ \t]+)?{_N}"
    r"(?=[ \t]*(?:[,;)]|and\b|with\b))",
    # an age set off after a name ("Mrs. Ames, now 94, lives") and a birthday's number ("Rose
    # turned 90 in May"; "in her 90s" is Safe Harbor's own group and stays)
    rf"(?:\b(?:{_PEOPLE}|son|daughter|partner|friend)|(?-i:\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+[A-Z][\w'’-]+"
    r"|\b[A-Z][a-z'’-]+[ \t]+[A-Z][a-z'’-]+))"
    rf"[ \t]*,[ \t]*now[ \t]+(?:aged[ \t]+)?{_N}[ \t]*(?:,|and\b|(?:years|yrs)\b)",
    rf"\bturned[ \t]+{_N}\b(?![ \t]*(?:degrees|deg|°|%|percent|mg|ml|kg|lbs?|pounds|to|toward|left|right|"
    r"clockwise|counter|anti|off|around|away|back|up|down)\b|[ \t]*°|%)")]
#: "92y3m", an age field with dot leaders or a table bar ("Age....... 94", "Age | 96"), an age
#: after "nonagenarian" ("nonagenarian (92)")
_AGE_MORE_LAYOUTS = [re.compile(rx, re.IGNORECASE | re.ASCII) for rx in (
    rf"(?<![\w.]){_N}[ \t]*y[ \t]*\d{{1,2}}[ \t]*m\b",
    rf"\bage\b[ \t]*(?:\.{{2,}}|[|][ \t]*|_{{2,}})[ \t]*{_N}\b{_NOT_A_MEASURE}",
    rf"\b(?:nonagenarian|centenarian)\b[ \t]*[(,][ \t]*(?:aged?[ \t]*)?{_N}\b{_NOT_A_MEASURE}")]
#: a sex letter and the age closing a line or a record: "M/91", "Jo Ames, F, 96"
_SEX_AGE_END = re.compile(
    rf"(?<![\w/.-])(?:M|F)[ \t]*[,/][ \t]*{_N}(?=[ \t]*(?:$|\.(?!\d)))", re.ASCII | re.MULTILINE)
_PLACE_BEFORE = re.compile(r"\b(?:room|rm|bed|unit|suite|apt|ward)\.?[ \t]*$", re.IGNORECASE | re.ASCII)
_BIRTHDAY = re.compile(rf"\b{_N}(?:st|nd|rd|th)\s+birthday\b", re.IGNORECASE | re.ASCII)


#: the usual forms: "age: 92", "92 years", "92-year-old", "92 F" (english.py's first recogniser)
_AGE = re.compile(
    r"(?:\b(?:age[ds]?|aged)\s*:?\s*(?P<a1>9\d|1[0-4]\d)\b)"
    r"|(?:\b(?P<a2>9\d|1[0-4]\d)\s*(?:-|\s)?(?:years?|yrs?|y/?o|yo|y\.o\.)(?![a-z])(?:[- ]old)?)"
    r"|(?:\b(?P<a3>9\d|1[0-4]\d)\s*(?:-|\s)?(?:year|yr)-old)"
    r"|(?:\b(?P<a4>9\d|1[0-4]\d)\s*(?:M|F|y)\b)", re.IGNORECASE | re.ASCII)
#: a distance walked, run or covered before "140 m": metres, not a 140-year-old man
_DISTANCE = re.compile(r"(?i:\b(?:walk\w*|distance|ambulat\w*|\dMW[TD]|ISWT|ESWT|shuttle|gait|ran|run|"
                       r"swam|swim\w*|corridor|hallway|treadmill|covered|cycled|rowed)\b)"
                       r"[^.;\n]{0,24}$", re.ASCII)
_TEMPERATURE = re.compile(r"(?i:\b(?:temp\w*|t|tmax|tm|fever\w*|febrile|afebrile|oral|rectal|axillary|"
                          r"vitals?|vs|tympanic)\b)[ \t:=]*(?:of[ \t]+)?(?:[<>~]|to)?[ \t]*$|,[ \t]*$",
                          re.ASCII)
#: the forms of record layouts (a name, then the age)
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ỹ][\w'’.-]*"
_AGE_N = r"(?P<a>9\d|1[0-4]\d)"
_AGE_B = _AGE_N.replace("?P<a>", "?P<b>")
#: ``Pt: Jo Ames (93)``, ``patient - Jo Ames, 101, MRN``
_AGE_BESIDE_NAME = re.compile(
    rf"(?i:\b(?:pt|patient|name|resident|client|person|member|decedent|beneficiary|mr|mrs|ms|miss|mx)\b)"
    rf"[^\n\d]{{0,24}}?(?-i:{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})"
    rf"(?:[ \t]*\({_AGE_N}(?:[ \t]*(?:y|yo|yrs?|M|F))?\)|[ \t]*,[ \t]*{_AGE_B}[ \t]*"
    rf"(?=[,;)]|\.(?!\d)|$|(?i:MRN|DOB|M|F|male|female|sex|rm|room|bed)\b))"
)
#: the age in brackets after a birth date or year ("DOB 1931 (95)", "born 3/4/1930 (96 yo)")
_AGE_AFTER_BIRTH = re.compile(
    rf"(?i:\b(?:dob|d\.o\.b\.?|born|yob|date[ \t]+of[ \t]+birth)\b)[ \t:#-]*"
    rf"[^\n()]{{0,20}}?\d\d[ \t]*\({_AGE_N}(?i:[ \t]*(?:y|yo|yrs?|years?))?\)")
#: a "Surname, Given (NN)" cell of a roster or a table row: ``| Ashgrove, Li-Wen (101) |``
_AGE_AFTER_ROW_NAME = re.compile(
    rf"(?m)(?:^|[|\t])[ \t]*[A-Z][A-Za-z'’-]+,[ \t]*[A-Z][A-Za-z'’.-]*(?:[ \t]+[A-Z][A-Za-z'’.-]*){{0,2}}"
    rf"[ \t]*\({_AGE_N}\)[ \t]*(?=[|\t]|$)")
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
#: an age over 89 in words: ``ninety-two-year-old``, ``one hundred and one years old``
_AGE_WORDS = re.compile(
    rf"(?i:\b(?P<w>ninety(?:[- ]{_UNITS})?|(?:a|one)[ -]hundred(?:[ -](?:and[ -])?"
    rf"(?:{_UNITS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    rf"twenty|thirty|forty))?)(?=[- ](?:years?|yrs?)[- ]old|[ -]years?[ -]of[ -]age|-year-old)"
    rf"|\baged[ \t]+(?P<x>ninety(?:[- ]{_UNITS})?)\b"
    rf"|(?<=, )(?P<y>ninety(?:[- ]{_UNITS})?)(?=,))"
)
_WORDS_N = (rf"(?P<a>ninety(?:[- ]{_UNITS})?|(?:a|one)[ -]hundred(?:[ -](?:and[ -])?"
            rf"(?:{_UNITS}|ten|eleven|twelve))?)")
#: a person of an age, in figures or words: "a woman of 92 with", "a man of ninety-four"
_PERSON_OF = re.compile(
    r"\b(?:man|woman|gentleman|lady|male|female|widow|widower|person|patient|veteran|resident)"
    rf"[ \t]+of[ \t]+(?:age[ \t]+)?(?:{_N}\b{_NOT_A_MEASURE}|{_WORDS_N.replace('?P<a>', '?P<w>')}\b)"
    r"(?![ \t]*(?:percent|times|days|hours|minutes|pounds|kilos|kg|lbs?|mg|%|-|/))",
    re.IGNORECASE | re.ASCII)
#: a person, a verb of age and the age in words: "he is ninety-one and", "she turned a hundred"
_PERSON_VERB_WORDS = re.compile(
    rf"\b{_PERSON_IS}\s+{_WORDS_N}\b"
    r"(?=[ \t]*(?:[.,;:)!\n]|$|(?:and|but|with|years?|yrs?|today|now|this|last|next)\b))",
    re.IGNORECASE | re.ASCII)
#: ``Ames, 93 F, presents``: an age and sex after a name (not a temperature after vitals)
_AGE_SEX = re.compile(
    r"(?<![\w.-])(?!(?:Temp|Tmax|Tm|T|Vitals|VS|Fever)\b)[A-Z][a-z][\w'’-]*,[ \t]*"
    r"(?P<a>9\d|1[0-4]\d)[ \t]*(?:M|F|yo|y/o)\b(?![ \t]*(?:°|deg|degrees|temp))"
)

_AGE_HEAD = re.compile(r"(?i)(?:pt |patient )?age(?: ?\((?:yrs?|years?|y)\)| (?:yrs?|years?))?")
_CELL_AGE = re.compile(rf"[ \t]*{_N}(?:[ \t]*(?:y|yo|yrs?|years))?[ \t]*", re.ASCII)


def _age_column(text: str) -> list[PhiSpan]:
    """Ages over 89 under an ``Age`` header of a small delimited table (two columns too:
    ``Age | Sex`` / ``93 | F``), row by row until a line with another count of cells."""
    out: list[PhiSpan] = []
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    for k, head in enumerate(lines):
        for sep in ("|", "\t", ","):
            names = [c.strip() for c in head.rstrip("\r\n").split(sep)]
            if len(names) < 2 or not any(_AGE_HEAD.fullmatch(n) for n in names):
                continue
            col = next(i for i, n in enumerate(names) if _AGE_HEAD.fullmatch(n))
            row = k
            while (row := row + 1) < len(lines):
                if row > k + 1 and (resumed := resumes_after(lines, row, sep)) is not None:
                    row = resumed  # an indented remark under the row above: the table goes on
                cells = lines[row].rstrip("\r\n").split(sep)
                if len(cells) != len(names):
                    break
                m = _CELL_AGE.fullmatch(cells[col])
                if m:
                    at = starts[row] + sum(len(c) + 1 for c in cells[:col])
                    out.append(PhiSpan(at + m.start("a"), at + m.end("a"), "age"))
            break
    return out


def find_ages(text: str) -> list[PhiSpan]:
    """Ages above 89 in an age field, beside a sex letter, after a person and a verb of age, or
    before "birthday"."""
    out = _age_column(text)
    for m in _AGE.finditer(text):
        g = next(k for k in ("a1", "a2", "a3", "a4") if m.group(k))
        if g == "a4" and m.group().rstrip()[-1] in "Ff" \
                and _TEMPERATURE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "Temp 98 F": degrees Fahrenheit, not a 98-year-old woman
        if g == "a4" and m.group().rstrip()[-1] in "Mm" \
                and _DISTANCE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "6-minute walk 140 m": metres walked, not a 140-year-old man
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for rx in (_AGE_AFTER_BIRTH, _AGE_AFTER_ROW_NAME):
        out += [PhiSpan(m.start("a"), m.end("a"), "age") for m in rx.finditer(text)]
    for m in _AGE_BESIDE_NAME.finditer(text):
        g = "a" if m.group("a") else "b"
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for m in _AGE_WORDS.finditer(text):
        g = next(k for k in ("w", "x", "y") if m.group(k))
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for m in _AGE_SEX.finditer(text):
        out.append(PhiSpan(m.start("a"), m.end("a"), "age"))
    for m in _PERSON_OF.finditer(text):
        g = "a" if m.group("a") else "w"
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for rx in (_AGE_FIELD, _SEX_AGE_FIELD, _PERSON_VERB, _PERSON_VERB_WORDS, _AT_AGE, _BIRTHDAY,
               _AT_THE_AGE, _AGE_SHORTHAND, *_PERSON_AGE_MORE, _SEX_AGE_END, *_AGE_MORE_LAYOUTS):
        out += [PhiSpan(m.start("a"), m.end("a"), "age") for m in rx.finditer(text)]
    for m in _AGE_UNIT_FIELD.finditer(text):
        g = "a" if m.group("a") else "w"
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for m in _SEX_BESIDE.finditer(text):
        g = next(k for k in ("a", "b", "c") if m.group(k))
        if _PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "Room 95/F": a room, not a 95-year-old woman
        out.append(PhiSpan(m.start(g), m.end(g), "age"))
    for line in _AGES_LIST.finditer(text):
        out += [PhiSpan(line.start() + m.start("a"), line.start() + m.end("a"), "age")
                for m in _LIST_ITEM.finditer(line.group())]
    return out
