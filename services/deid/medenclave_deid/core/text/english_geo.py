"""US states and ZIP codes in English notes, in the positions documents put them, and the other
shapes of address and identifier lines the general recognisers miss.

A state is taken as part of a place (stricter than Safe Harbor, which keeps states): a state name
spelled out wherever it stands alone (``moved from Ohio``, ``a Texas resident``), and a two-letter
code only where its context says it is a state, for many codes are also words, credentials and
clinical abbreviations (``OH`` hydroxyl, ``IN`` the preposition, ``MD``, ``PA``, ``CO``, ``ME``):

* **fields**: ``State: Ohio``, ``ST: TX``, ``Home state: Indiana``;
* **after a town**: ``Dayton OH`` on a short line or after a place cue; a code that is also a
  word or a credential (``Baltimore, MD``) only after a place cue (``lives in``, ``from``) or on
  an address line;
* **tables**: a code alone in a pipe- or tab-delimited cell with a ZIP code in the next cell;
* **identity documents**: the issuing state before or after a licence or ID label (``CA DL
  B1234567``, ``Drivers license: NY 123 456 789``), and the spaced number after it.

ZIP+4 codes (``45402-1234``) are taken wherever they stand; five-digit ZIP codes after a state,
in any separator. HL7-like person fields (``|12345^SMITH^JOHN^A^^^MD|``) give a provider number
and a name; the initials of a transcriptionist after ``Transcribed by:`` are a name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, EPONYM_NEXT, NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["STATE_CODES", "US_STATE_NAMES", "find_english_geo"]


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags | re.ASCII)


US_STATE_NAMES = tuple("""
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
""".split()) + ("New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
                "North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia",
                "District of Columbia", "Puerto Rico")
STATE_CODES = tuple("""
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY
NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR GU VI AS MP AA AE AP
""".split())
#: codes that are also credentials: a state only after a clear place cue or on an address line
_CREDENTIAL_CODES = frozenset({"MD", "PA", "MA", "MS", "DE", "NP"})
#: codes that are everyday words: never a state on a short line alone ("Vitals OK")
_SHORT_WORDS = frozenset({"OK", "OR", "IN", "ME", "AS", "HI"})
#: codes that are also English words or clinical abbreviations
_WORD_CODES = frozenset("""
OH IN ME OK OR CO MI CA AS AR CT SC NE HI AL ID GA VA DC PR MO VT NC SD GU NM AE AP MP UT ND NV AK
VI TN LA
""".split()) | _CREDENTIAL_CODES


def _alt(words) -> str:
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


_NAME = _alt(w.replace(" ", r"[ \t]+") for name in US_STATE_NAMES for w in (name, name.upper()))
#: the abbreviations of the state names in running text and old addresses ("Bozeman, Mont.")
_ABBREVIATION = _alt(re.escape(w) for w in """
Ala. Ariz. Ark. Calif. Cal. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich.
Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Mex. N.Y. N.C. N.D. Okla. Ore. Oreg. Pa.
Penn. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wisc. Wyo. D.C.
""".split())
_CODE = _alt(STATE_CODES)
_ZIP = r"\d{5}(?:-\d{4})?(?![ \t]*(?:units?|u|mg|mcg|ml|mL|IU|cells|copies)\b)"
_TOWN = r"[A-Z][a-z][A-Za-z'.-]*(?:[ ](?!(?:State|Zip|County|Phone)\b)[A-Z][a-z][A-Za-z'.-]*){0,2}"

#: ``State: Ohio``, ``ST: TX``, ``Home state - Indiana``, ``State of residence: California``
_STATE_FIELD = _rx(rf"(?i:\b(?:(?:home|issuing|birth|resident|residence)[ \t]+)?(?:state|st|province)"
                   rf"(?:[ \t]+of[ \t]+(?:residence|birth|issue))?[ \t]*[:=-][ \t]*)"
                   rf"(?P<v>{_NAME}|{_ABBREVIATION}|{_CODE})(?![\w-])")
#: ``City: Helena``, ``County: Hudson``
_CITY_FIELD = _rx(rf"(?i:\b(?:(?:residence[ \t]+)?city|town|city/town|hometown|county|parish|borough|"
                  rf"resides|lives|place[ \t]+of[ \t]+birth|birthplace)[ \t]*(?:[:=]|[ \t]-[ \t]?)[ \t]*)"
                  rf"(?P<v>{_TOWN})(?![\w-])")
#: what may stand before a field of a form: nothing, a wide gap, a delimiter
_FIELD_START = _rx(r"(?:^|[ \t]{2}|[|;\t])[ \t]*$", re.M)
#: the other fields of an address on its line
_OTHER_FIELDS = _rx(r"(?i:\b(?:city|zip|town|county|address)\b)|\b\d{5}\b")
#: a state name written out, alone (not the first word of a longer name: "New York Heart
#: Association", "Indiana University", "Virginia Woolf")
_STATE_NAME = _rx(rf"(?<![\w-])(?P<v>{_NAME})(?![\w-])(?![ \t]+[A-Z])")
#: "Bozeman, Mont.", "Springfield, Mass. 01103"
_TOWN_ABBREVIATION = _rx(rf"(?P<town>[A-Z][a-z][A-Za-z'.-]*(?:[ ][A-Z][a-z][A-Za-z'-]*){{0,2}}),[ \t]*"
                         rf"(?P<st>{_ABBREVIATION})(?=[ \t]*(?:$|[\n,;:)]|\d{{5}}|[ \t]+[a-z])|[ \t]+[A-Z])",
                         re.M)
#: a town in capitals before its state: "HELENA MT 59601", "DAYTON, OHIO"
_UPPER_TOWN = _rx(rf"(?<![\w-])(?P<town>[A-Z][A-Z'.-]+(?:[ ][A-Z][A-Z'.-]+){{0,2}})(?:,?[ \t]+(?P<st>{_CODE})"
                  rf"[ \t]+\d{{5}}|,[ \t]*(?:{_NAME})(?![\w-])|,?[ \t]+(?:{_NAME})[ \t]+\d{{5}})")
#: codes after a verb of moving or living: "Moved from KY to TN", "lives in AZ part of the year"
_MOVE_CUE = _rx(r"(?i:\b(?:moved|moving|relocated|relocating|lives?|living|lived|resides?|residing|born|"
                r"raised|grew[ \t]+up|originally|visiting|visited|travel(?:l?ed|s)?|trip|vacation|"
                r"drove|flew|snowbird)\b)")
#: "a NJ resident", "NY native", "CA plates"
_CODE_BEFORE_NOUN = _rx(rf"(?<![\w-])(?P<st>{_CODE})[ \t]+(?:resident|native|residents|plates?|tags?)\b")
_CODE_AFTER_PREPOSITION = _rx(rf"\b(?:from|to|in|and|through)[ \t]+(?P<st>{_CODE})(?![\w-])"
                              rf"(?![ \t]*[:#])")
_TITLE_BEFORE = _rx(r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof)\.?[ \t]*)$")
#: a state's name in a disease's or an instrument's name ("Colorado tick fever")
_TERM_AFTER = _rx(r"[ \t]+(?:[a-z]+[ \t]+)?(?:fever|virus|encephalitis|disease|syndrome|strain|"
                  r"criteria|score|scale|classification|protocol|questionnaire|inventory)\b")
#: a town and a state code: ``Dayton OH``, ``Baltimore, MD.``
_TOWN_CODE = _rx(rf"(?P<town>{_TOWN})(?P<sep>,[ \t]*|[ \t]+|[ \t]*\()(?P<st>{_CODE})(?![\w-])"
                 rf"(?=[ \t]*(?:$|[\n.,;:)|]|[ \t]\d{{5}}|[ \t]+[a-z]))", re.M)
#: what says the words after it are a place: a verb of living or moving and its preposition
_VERB_CUE = _rx(r"(?i:\b(?:resident[ \t]+of|native[ \t]+of|"
                r"(?:lives?|living|lived|resides?|residing|moved|relocated|born|raised|located|"
                r"based|grew[ \t]+up|originally|visiting|traveled|travelled)[ \t]+(?:\w+[ \t]+)?"
                r"(?:in|to|from|near|at)))[ \t]+$")
#: a bare preposition: enough for a clear code, for another only before the clause's end
_BARE_CUE = _rx(r"(?i:\b(?:in|from|near|outside(?:[ \t]+of)?|around|to|at|of))[ \t]+$")
_IN_CUE = _rx(r"(?i:\b(?:in|near|outside(?:[ \t]+of)?))[ \t]+$")
_JOINING_WORD = _rx(r"[ \t]+(?:with|and|who|since|for|where|until|but|area)\b")
_CLAUSE_END = _rx(r"[ \t]*(?:$|[\n,;.|)]|\d{5})", re.M)
#: a line that holds an address: an address-like label at its start
_ADDRESS_LINE = _rx(r"(?im)^[ \t]*(?:[\w ]{0,20}(?:address|residence|city|town|mailing|"
                    r"location|hometown)[\w /]{0,20}[:=-])")
#: a street line: a house number and a word, or a post office box
_STREET_LINE = _rx(r"[ \t]*(?:\d{1,6}[A-Za-z]?[ \t]+[A-Z0-9][\w.'-]*[ \t]+[A-Z]|"
                   r"(?i:p\.?[ \t]?o\.?[ \t]*box)\b)")
#: a code alone in a delimited cell, a ZIP code in the next cell
_CELL_CODE = _rx(rf"(?:(?<=[|\t])|^)[ \t]*(?P<st>{_CODE})[ \t]*[|\t][ \t]*(?P<zip>{_ZIP})[ \t]*(?=[|\t]|$)",
                 re.M)
#: a code before a ZIP code: "OH 45402" (not a dose: "IN 10000 units")
_CODE_ZIP = _rx(rf"(?<![\w-])(?P<st>{_CODE})[ \t]+{_ZIP}(?![\w-]|\.\d)")
#: what follows "ID" as a label: its colon or hash, or a value with digits that is no ZIP code
_ID_LABELS_VALUE = _rx(r"[ \t]*(?:[:#=]|(?!\d{5}(?:-\d{4})?(?![\w-]))[A-Za-z0-9_-]*\d)")
_LINE_END = _rx(r"[ \t]*(?:$|[\n,;.|)])", re.M)
_ZIP_PLUS4 = _rx(r"(?<![\w-])\d{5}-\d{4}(?![\w-])")
#: a ZIP code after a state, with a comma or a pipe between
_ZIP_AFTER = _rx(rf"(?<![\w-])(?:(?:{_NAME}|{_CODE})[ \t]*[,|]|(?:{_NAME})[ \t])[ \t]*(?P<zip>{_ZIP})"
                 rf"(?![\w-])")
#: identity documents: the issuing state around the label, and the number after
_ID_LABEL = (r"(?:D/L|DL|DLN|CDL|ID|(?:driver'?s?|drivers|operator'?s?)[ \t]+(?:licen[cs]e|lic\.?)"
             r"(?:[ \t]+(?:no\.?|number|#))?|(?:state[ \t]+)?ID[ \t]+card|state[ \t]+ID|"
             r"licen[cs]e|lic\.?)")
_ID_VALUE = (r"(?P<v>(?:[A-Z]{1,3}(?:[ -]|\.(?=\d)))?[A-Z0-9]*\d[A-Z0-9]*(?:[ -][A-Z0-9]*\d[A-Z0-9]*){0,4})"
             r"(?![\w-])")
_CODE_ID = _rx(rf"(?<![\w-])(?P<st>{_CODE}|{_NAME})[ \t]+(?:(?i:state|medical|nursing|RN|LPN|NP|pharmacy|"
               rf"pharmacist|dental|professional)[ \t]+){{0,2}}(?P<label>(?i:{_ID_LABEL}))[ \t]*[:#]?"
               rf"[ \t]*#?[ \t]*{_ID_VALUE}")
#: "Licensed in Ohio (35.123456)"
_LICENSED_IN = _rx(rf"(?i:\blicen[cs]ed[ \t]+in)[ \t]+(?P<st>{_NAME}|{_CODE})[ \t]*[(,:]?[ \t]*(?i:lic\.?|"
                   rf"licen[cs]e|no\.?)?[ \t]*#?[ \t]*(?P<v>[A-Z0-9]*\d[\w.-]*\d)(?![\w-])")
_ID_CODE = _rx(rf"(?i:\b{_ID_LABEL}[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*)\(?(?P<st>{_CODE})\)?[ \t]+"
               rf"{_ID_VALUE}")
_ID_THEN_CODE = _rx(rf"(?i:\b{_ID_LABEL}[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*#?[ \t]*)"
                    rf"{_ID_VALUE}[ \t]*\(?(?P<st>(?-i:{_CODE}))\)?(?=[ \t]*(?:$|[\n,;.]))", re.M)
#: any label in lower case ending in #, no., number or id, then a value of 4+ digits
#: ("ref # 4481", "conf number 99310455"); not a measurement ("size # 8", "7.5 ID")
_LOWER_NUMBERED = _rx(r"\b[a-z]{2,}\.?(?:[ \t]*#|[ \t]+(?:no\.|num(?:ber)?|id)\b)[ \t]*[:=]?[ \t]*#?[ \t]*"
                      r"(?P<v>[A-Za-z0-9]*\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![\w/-]|\.\d)"
                      r"(?![ \t]*(?:%|mg|mcg|g|kg|ml|mL|L|cm|mm|Fr|units?|cc)\b)")
#: two identifiers joined by a slash under a double label: "MRN/FIN: 0044812/3302918847"
_SLASHED_IDS = _rx(r"(?<![\w/.-])(?P<a>\d{6,})/(?P<b>\d{6,})(?![\w/-])")
#: a number in spaced groups after "#", "No.", "Number" or "ID", a letter prefix allowed
#: ("Control #: DCN 4481 2290 3341")
_LABEL_SPACED = _rx(r"(?:#|\b(?i:no\.|number|id))[ \t]*[:=]?[ \t]*"
                    r"(?P<v>(?:[A-Z]{1,4}[ -]?)?\d{2,5}(?:[ ]\d{2,6}){1,4})(?![\w/-]|\.\d)")
#: HL7 extended person name: number^FAMILY^GIVEN^more
_HL7_PERSON = _rx(r"(?<![\w^])(?P<id>\d{3,})\^(?P<last>[A-Za-z][A-Za-z'-]+)\^(?P<first>[A-Za-z][A-Za-z'-]+)"
                  r"\^(?P<mid>[A-Za-z'-]*)(?=\^|\||$)", re.M)
#: the dictation line's initials: "MD APS/jk" (dictating doctor / transcriptionist)
_INITIALS = _rx(r"(?<![\w/])(?P<a>[A-Z]{2,4})/(?P<b>[a-z]{2,4})(?![\w/])")
_DICTATION = _rx(r"(?i:\b(?:dictated|transcribed)\b|\b(?:dd|dt|d|t)[ \t]*:)|,[ \t]*(?:MD|DO|NP|PA-C)\b")
#: HL7 person and address fields without a number or with one: "|OAKES^WENDELL^J|",
#: "|1675230076^MILES^GINA" (PV1's attending doctor) in a segment that names
#: people (not OBR/OBX, whose code^text pairs "GLU^Glucose" look alike), "^Hamilton^MT^59840"
_HL7_PEOPLE_SEGMENT = _rx(r"(?m)^(?:PID|NK1|GT1|IN1|IN2|MRG|PD1|PV1|PV2|ROL|STF|PRD|AIP|CTD)\|")
_HL7_NAME = _rx(r"(?:(?<=\|)|(?<=\|\d{3}\^)|(?<=\d{4}\^))"
                r"(?P<last>[A-Za-z][A-Za-z'-]+)\^(?P<first>[A-Za-z][A-Za-z'-]+)"
                r"(?:\^(?P<mid>[A-Za-z'-]*))?(?:\^[A-Za-z.]*)*(?=\||$)", re.M)
_HL7_PLACE = _rx(rf"\^(?P<town>[A-Za-z][A-Za-z .'-]*)\^(?P<st>{_CODE}|{_NAME})\^(?P<zip>{_ZIP})(?![\w-])")
_TRANSCRIBER = _rx(r"(?i:\b(?:transcribed|typed|scribed|entered)[ \t]+by[ \t]*[:-]?[ \t]*)"
                   r"(?P<v>[A-Za-z]{2,4})(?![\w-])(?=[ \t]*(?:$|[\n,;/(]|on\b|at\b|\d))", re.M)


def _clinical(words: str) -> bool:
    return any(w.lower() in CLINICAL_HEADS or w.lower() in CLINICAL_WORDS_EN
               for w in re.findall(r"[A-Za-z]{3,}", words))


def _digits(value: str) -> int:
    return sum(c.isdigit() for c in value)


def _town_code(text: str, m: re.Match) -> bool:
    """Whether ``Town[,] CODE`` names a place."""
    code, town, comma = m.group("st"), m.group("town"), "," in m.group("sep")
    if _clinical(town) or any(w.lower() in NEVER or w.lower() in SERVICE_WORDS for w in town.split()):
        return False
    if code == "ID" and not comma and _ID_LABELS_VALUE.match(text, m.end()):
        return False  # "Payment ID: pi_3KX…", "Encounter ID 7712…": a label and its value
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = text[max(line_start, m.start() - 40):m.start()]
    address = bool(_ADDRESS_LINE.match(text, line_start)) and \
        _ADDRESS_LINE.match(text, line_start).end() <= m.start()  # type: ignore[union-attr]
    if line_start and not address:  # the line under a street line ("600 N Wolfe St")
        above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start]
        address = bool(_STREET_LINE.match(above))
    if address or _VERB_CUE.search(before):
        return True
    clause_end = bool(_CLAUSE_END.match(text, m.end()))  # "Patient in Afib, NE started": no place
    if clause_end and code not in _WORD_CODES and before.rstrip().endswith(","):
        return True  # "Lab: Quest Diagnostics, Secaucus NJ": a town after a comma, then its state
    if code in _CREDENTIAL_CODES:
        return clause_end and bool(_IN_CUE.search(before))
    if _BARE_CUE.search(before):  # "from Toledo OH with", "from Sioux Falls, SD by air"
        return clause_end or code not in _WORD_CODES or " " in town \
            or (not comma and bool(_JOINING_WORD.match(text, m.end())))
    if code in _WORD_CODES and (comma or code in _SHORT_WORDS):
        return False
    if comma:
        return True
    line_end = text.find("\n", m.end())
    line = text[line_start:len(text) if line_end < 0 else line_end]
    # "Dayton OH" alone on its line; not "Reviewed CT abdomen." (a word after the code: no place)
    return len(line.split()) <= 4 and clause_end


def find_english_geo(text: str) -> list[PhiSpan]:
    """State names and codes, ZIP codes, issuing states of licences and HL7 person fields.

    Args:
        text: the note.
    """
    out: list[PhiSpan] = []
    add = out.append
    for m in _STATE_FIELD.finditer(text):
        if m.group("v") in _WORD_CODES and not _FIELD_START.search(
                text, text.rfind("\n", 0, m.start()) + 1, m.start()):
            line_end = text.find("\n", m.end())
            line = text[text.rfind("\n", 0, m.start()) + 1:len(text) if line_end < 0 else line_end]
            if not _OTHER_FIELDS.search(line):
                continue  # "Mental state: OK"
        add(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _CITY_FIELD.finditer(text):
        if not _clinical(m.group("v")) and m.group("v").split()[0].lower() not in NEVER:
            add(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _STATE_NAME.finditer(text):
        if _TITLE_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                or _TERM_AFTER.match(text, m.end()) or EPONYM_NEXT.match(text, m.end()):
            continue
        add(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _TOWN_CODE.finditer(text):
        if _town_code(text, m):
            add(PhiSpan(m.start("town"), m.end("town"), "geo"))
            add(PhiSpan(m.start("st"), m.end("st"), "geo"))
    for m in _CELL_CODE.finditer(text):
        add(PhiSpan(m.start("st"), m.end("st"), "geo"))
        add(PhiSpan(m.start("zip"), m.end("zip"), "geo"))
    for rx in (_ZIP_PLUS4,):
        for m in rx.finditer(text):
            add(PhiSpan(m.start(), m.end(), "geo"))
    for m in _CODE_ZIP.finditer(text):
        if m.group("st") in _WORD_CODES and not _LINE_END.match(text, m.end()):
            continue  # "CA 12500 noted": a tumour marker's value
        add(PhiSpan(m.start("st"), m.end("st"), "geo"))
    for m in _ZIP_AFTER.finditer(text):
        add(PhiSpan(m.start("zip"), m.end("zip"), "geo"))
    for rx in (_TOWN_ABBREVIATION, _UPPER_TOWN):
        for m in rx.finditer(text):
            if not _clinical(m.group("town")):
                add(PhiSpan(m.start("town"), m.end("town"), "geo"))
                if m.group("st"):
                    add(PhiSpan(m.start("st"), m.end("st"), "geo"))
    for cue in _MOVE_CUE.finditer(text):
        end = min(len(text), cue.end() + 60)
        stop = re.search(r"[.;\n]", text[cue.end():end])
        for m in _CODE_AFTER_PREPOSITION.finditer(text, cue.end(), cue.end() + stop.start() if stop else end):
            if m.group("st") not in _SHORT_WORDS | _CREDENTIAL_CODES:
                add(PhiSpan(m.start("st"), m.end("st"), "geo"))
    for m in _CODE_BEFORE_NOUN.finditer(text):
        if m.group("st") not in _WORD_CODES:  # "MI resident", "PA resident": a doctor
            add(PhiSpan(m.start("st"), m.end("st"), "geo"))
    for rx in (_CODE_ID, _ID_CODE, _ID_THEN_CODE, _LICENSED_IN):
        for m in rx.finditer(text):
            if m.group("st") in _CREDENTIAL_CODES and rx is not _ID_CODE and rx is not _LICENSED_IN \
                    and (rx is _ID_THEN_CODE or m.group("label").lower().startswith("lic")):
                continue  # "MD license 12345": the doctor's licence, no state
            if _digits(m.group("v")) >= 4:
                add(PhiSpan(m.start("st"), m.end("st"), "geo"))
                add(PhiSpan(m.start("v"), m.end("v"), "licence"))
    for m in _LOWER_NUMBERED.finditer(text):
        if _digits(m.group("v")) >= 4:
            add(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    for m in _LABEL_SPACED.finditer(text):
        if _digits(m.group("v")) >= 6:
            add(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    for m in _SLASHED_IDS.finditer(text):
        add(PhiSpan(m.start("a"), m.end("a"), "other_id"))
        add(PhiSpan(m.start("b"), m.end("b"), "other_id"))
    for m in _HL7_PERSON.finditer(text):
        add(PhiSpan(m.start("id"), m.end("id"), "other_id"))
        for group in ("last", "first", "mid"):
            if len(m.group(group) or "") >= 2:
                add(PhiSpan(m.start(group), m.end(group), "name"))
    for m in _INITIALS.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _DICTATION.search(text, line_start, m.start()):
            add(PhiSpan(m.start("a"), m.end("a"), "name"))
            add(PhiSpan(m.start("b"), m.end("b"), "name"))
    for segment in _HL7_PEOPLE_SEGMENT.finditer(text):
        end = text.find("\n", segment.end())
        for m in _HL7_NAME.finditer(text, segment.end() - 1, len(text) if end < 0 else end):
            for group in ("last", "first", "mid"):
                if len(m.group(group) or "") >= 2:
                    add(PhiSpan(m.start(group), m.end(group), "name"))
    for m in _HL7_PLACE.finditer(text):
        for group in ("town", "st", "zip"):
            add(PhiSpan(m.start(group), m.end(group), "geo"))
    for m in _TRANSCRIBER.finditer(text):
        add(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
