"""US towns, states and ZIP codes told by what an address is made of, not by one layout.

The other English recognisers know address lines by their shapes (``City, ST 12345`` after a
street, a ``City:`` field). A writer with other habits still puts the same three parts together,
so this module looks for the parts and lets each confirm the others:

* **a state and a ZIP code** side by side, whatever stands between them (a comma, a semicolon,
  a pipe, a wide gap, a line break, ``USA``): ``TX 78133``, ``Illinois, 60104``, ``N.H. 03431``,
  ``MO;\\n65804``; a code that is also a word (``IN``, ``OR``, ``OK``, ``ME``) only with a town
  before it or the ZIP code ending the clause (``IN 10000 units`` is a dose);
* **a town and its state**, the pair checked against the shipped gazetteer of US towns
  (``us_cities.tsv``): ``Mobile, AL``, ``Normal, IL``, ``Ardmore, OK``, ``Yuma az`` are towns in
  those states, so a town that is also a word and a code that is also a word both count there;
* **a ZIP code after its label** in any spelling (``Zip/Postal:``, ``ZIP+4 -``, ``zip is``), and
  the fields of an address in any syntax: a form, a table, JSON, XML, a query string
  (``"postalCode": "62704"``, ``<state>IL</state>``, ``Zip | 62704``, ``City.....Ames``);
* **a ZIP code after a street** on its line or the line above (``1418 Larkspur Ln, 62704``);
* **a FHIR address's lines**: each ``<line value="…"/>`` of an XML ``<address>`` element (``Apt 32``
  on a line of its own too);
* **a town after a cue** of living, coming or dying there (``drives in from``, ``died in``,
  ``by speakerphone from``), when the gazetteer knows it; a town that is also an everyday word
  (``Hope``, ``Normal``, ``Sweet Home``) only after a verb of living or moving, never after a bare
  preposition.

Lab values, doses and labelled record numbers are not ZIP codes: a unit after the number, a
decimal point, or a label other than an address's keeps the number out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from medenclave_deid.core.text.english import STREET_SUFFIXES
from medenclave_deid.core.text.english_geo import STATE_CODES, US_STATE_NAMES
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_us_addresses", "us_city_key"]


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags | re.ASCII)


def _alt(words) -> str:
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


#: the USPS code of each state name, and of the abbreviations of running text
_CODE_OF = {name.lower(): code for name, code in zip(US_STATE_NAMES, """
AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV OH OK OR PA
TN TX UT VT VA WA WI WY NH NJ NM NY NC ND RI SC SD WV DC PR""".split(), strict=True)}
_ABBREVIATIONS = {
    "ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO", "conn": "CT",
    "del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS",
    "ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS",
    "mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV", "nh": "NH", "nj": "NJ",
    "nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR", "oreg": "OR",
    "pa": "PA", "penn": "PA", "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX",
    "vt": "VT", "va": "VA", "wash": "WA", "wva": "WV", "wis": "WI", "wisc": "WI", "wyo": "WY",
    "dc": "DC",
}
_NAME = _alt(n.replace(" ", r"[ \t]+") for name in US_STATE_NAMES for n in (name, name.upper()))
_ABBREVIATION = r"(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[ ]?[A-Z]\.(?:[A-Z][a-z]{0,2}\.)?)"
_CODE = _alt(STATE_CODES)
#: codes that are also words or clinical abbreviations: a state only beside a town or a clause end
_WORD_CODES = frozenset("IN OR OK ME HI PA MD MA DE CO ID MS OH AS AL LA GA MO NE SC CT AR".split())
#: a ZIP code, not an amount ("10000 units"), a decimal or a part of a longer number
#: codes that are also credentials after a name ("Jo Ames, MD", "Lee Park, PA")
_CREDENTIALS = frozenset({"MD", "PA", "MA", "MS", "DE"})
_ZIP = r"(?P<zip>\d{5}(?:-\d{4})?)(?![\w-]|\.\d|,\d|[ \t]*(?i:units?|u\b|mg|mcg|ml|iu|cells|copies|/))"
#: what may stand between a state and its ZIP code
_COUNTRY = r"(?:USA?|United[ \t]+States(?:[ \t]+of[ \t]+America)?)"
_GAP = rf"\)?(?:[ \t]*[,;|/\u2013\u2014-]?[ \t]*(?:{_COUNTRY}[ \t]*[,;]?[ \t]*)?(?:\n[ \t]*)?|\.[ \t]*)"
#: up to three capitalised words of a town, joined by spaces, hyphens or a lower-case particle
_TOWN = r"[A-Z][A-Za-z'.-]*(?:[ \t](?:(?:of|on|la|de|du|del|the|or)[ \t])?[A-Z][A-Za-z'.-]*){0,2}"
_STATE_ZIP = _rx(rf"(?<![\w.-])(?P<st>{_NAME}|{_ABBREVIATION}|{_CODE}){_GAP}{_ZIP}")
#: ``Town, ST`` and ``Town ST`` (any case of the code), the pair to check in the gazetteer
_TOWN_STATE = _rx(rf"(?<![\w'.-])(?P<town>{_TOWN})(?P<sep>[ \t]*,[ \t]*|[ \t]+)"
                  rf"(?P<st>{_NAME}|{_ABBREVIATION}|[A-Za-z][A-Za-z])(?![\w-])")
_AFTER_PAIR = _rx(rf"{_GAP}{_ZIP}")
#: a ZIP code's label, in the spellings forms use
_ZIP_LABEL = _rx(rf"(?i:\b(?:zip|postal|post[ \t]*code)(?:[ \t]*(?:\+[ \t]*4|/[ \t]*postal|code|cd|no\.?|#))*"
                 rf"(?:[ \t]+is)?[ \t]*[:=#-]?[ \t]*){_ZIP}")
_DWELL_VERBS = (r"lives?|living|lived|resides?|residing|resided|born|raised|grew[ \t]+up|originally|"
                r"hails|home|homes|died|passed[ \t]+away|buried|native|resident|retired|settled|"
                r"stays?|staying|stayed")
_MOTION_VERBS = (r"moved|moving|relocated|relocating|comes?|came|coming|drives?|driving|drove|"
                 r"commutes?|commuting|flew|flying|travell?ed|visiting|returned|returning")


def _verb_cue(verbs: str) -> re.Pattern:
    """A verb of ``verbs``, an adverb or two, and a preposition, right before a town."""
    return _rx(rf"(?i:\b(?:{verbs})\b(?:[ \t]+(?:up|down|back|over|out|in|here|there|alone|now|"
               rf"currently|still|together|nearby))?[ \t]+(?:in|from|to|near|at|of)"
               rf"(?:[ \t]+the[ \t]+town[ \t]+of)?)[ \t]+$")


#: a verb of living or dying somewhere: any known town after it, everyday words too ("Hope")
_DWELL_CUE = _verb_cue(_DWELL_VERBS)
#: a verb of coming or going: a known town after it that is no everyday word
_STRONG_CUE = _verb_cue(f"{_DWELL_VERBS}|{_MOTION_VERBS}")
#: a bare preposition: a known town after it that is no everyday word, at a clause's end
_BARE_CUE = _rx(r"(?i:\b(?:in|from|to|near|outside(?:[ \t]+of)?|around))[ \t]+$")
_CLAUSE_END = _rx(r"[ \t]*(?:$|[\n,;:.)!?]|[ \t]+(?:and|with|for|since|until|where|who|but|area|"
                  r"last|this|on|at|by|in|to|overnight|today|yesterday|ago|\d))", re.M)
_LINE_END = _rx(r"[ \t]*(?:$|[\n,;:.)!?|]|[ \t]+(?:USA?|with|and)\b)", re.M)
#: a street line: a house number, words, a street suffix; or a post office box or rural route
_STREET = _rx(rf"(?i:\d{{1,6}}[A-Z]?[ \t]+(?:[\w.'-]+[ \t]+){{0,4}}{_alt(STREET_SUFFIXES)}\.?"
              rf"(?:,?[ \t]*(?:apt|unit|suite|ste|#)\.?[ \t]*#?[\w-]+)?"
              rf"|p\.?[ \t]?o\.?[ \t]*box[ \t]*\d+"
              rf"|(?:rr|rural[ \t]+route|route|hc)[ \t]*\d+(?:[ \t]*box[ \t]*\d+)?)"
              rf"[ \t]*[,;]?[ \t]*(?:\n[ \t]*)?$")
#: a town and a ZIP code with no state between, after a street line: "12 Oak St\nDenton 76201"
_TOWN_ZIP = _rx(rf"(?P<town>{_TOWN})[ \t]*,?[ \t]*{_ZIP}")
#: a ZIP code's label, words after it, a colon: "Zip Code (home): 62704", "zip of residence:"
_ZIP_LABEL_WORDS = _rx(rf"(?i:\b(?:zip|postal)(?:[ \t]*code)?\b[^\d\n:]{{1,24}}:[ \t]*){_ZIP}")
#: a town and a state code in brackets or before a telephone number (a contact's line):
#: "(East Amanda, IN)", "North Brianfort, IN, 317-555-0199"
_BRACKETED_TOWN_CODE = _rx(rf"(?<=\()(?P<town>{_TOWN}),[ \t]*(?P<st>{_CODE})(?=\))")
_TOWN_CODE_PHONE = _rx(rf"(?<![\w'.-])(?P<town>{_TOWN}),[ \t]*(?P<st>{_CODE})[ \t]*[,;]?[ \t]*"
                       rf"(?=\(?\d{{3}}\)?[ .-]?\d{{3}}[ .-]\d{{4}}\b)")
#: a field of an address in a form, a table, JSON, XML or a query string, its value after any
#: separator (``"postalCode": "62704"``, ``<state>IL</state>``, FHIR's ``<state value="IL"/>``,
#: ``Zip | 62704``, ``City.....Ames``);
#: the key at a field's start, so that ``Mental state: OK`` is no state
_FIELD = _rx(r"(?:^|(?<=[{,;|&<\t\"'])|(?<=[ \t]{2}))[ \t]*(?P<key>(?i:zip(?:[ _-]?code)?(?:5|\+4)?|"
             r"postal(?:[ _-]?code)?|post[ _-]?code|state(?:/province)?|province|st|city|town))"
             r"[\"']?(?:[ \t]+value(?=[ \t]*=))?[ \t]*(?:[:=|>]|\.{2,}|[ \t]-)[ \t.]*(?:\n[ \t]*)?[\"']?"
             r"(?P<v>[A-Za-z0-9][A-Za-z0-9'.-]*(?:[ ][A-Z][A-Za-z'.-]*){0,3})", re.M)
#: a FHIR resource's XML address and each of its lines
_XML_ADDRESS = _rx(r"<(?:fhir:)?address\b.*?</(?:fhir:)?address>", re.S)
_XML_LINE = _rx(r"<(?:fhir:)?line[ \t]+value=\"(?P<v>[^\"<>\n]{1,80})\"")
_BARE_ZIP = _rx(rf"(?<![\w.-]){_ZIP}")
#: a ZIP code before its label: "in the 76201 zip code"
_ZIP_BEFORE_LABEL = _rx(rf"(?<![\w-]){_ZIP}[ \t]+(?i:zip|postal)\b")
_CAP_RUN = _rx(r"(?P<v>[A-Z][A-Za-z'.-]*(?:[ \t](?:(?:of|on|la|de|du|del)[ \t])?[A-Z][A-Za-z'.-]*){0,2})")


def us_city_key(name: str) -> str:
    """A town's name as the gazetteer keys it: lower case, no dots, ``Saint``/``Fort``/``Mount``
    shortened (``St. Louis`` and ``Saint Louis`` are one key)."""
    key = re.sub(r"\s+", " ", name.lower().replace(".", " ")).strip()
    return re.sub(r"^(?:saint|fort|mount) ", lambda m: {"saint ": "st ", "fort ": "ft ",
                                                       "mount ": "mt "}[m.group()], key)


def _state_code(value: str) -> str | None:
    """The USPS code a state's name, abbreviation or code stands for."""
    flat = re.sub(r"[\s.]+", " ", value).strip().lower()
    if flat in _CODE_OF:
        return _CODE_OF[flat]
    if value.isalpha() and len(value) == 2 and value.upper() in STATE_CODES:
        return value.upper()
    return _ABBREVIATIONS.get(flat.replace(" ", ""))


def _not_a_town(words: str, cued: bool = False) -> bool:
    """Whether a run holds a clinical word, or is one word that never names a place unless a
    verb of living says so (``grew up in Mobile``); a heading word inside a longer gazetteer
    name is the town's (``Sweet Home``, ``Tell City``)."""
    found = re.findall(r"[A-Za-z]{2,}", words)
    return any(w.lower() in CLINICAL_HEADS or w.lower() in CLINICAL_WORDS_EN
               or (len(found) == 1 and not cued and w.lower() in NEVER) for w in found)


def _towns_in(cities: Mapping[str, frozenset[str]], run: str) -> tuple[str, frozenset[str]] | None:
    """The longest tail of ``run`` (its last 1-3 words) the gazetteer knows, and its states."""
    words = run.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        states = cities.get(us_city_key(tail))
        if states:
            return tail, states
    return None


def _fields(text: str, add: Callable[[PhiSpan], None]) -> None:
    for m in _FIELD.finditer(text):
        key, value = m.group("key").lower(), m.group("v").rstrip(".'")
        if key.startswith(("zip", "post")):
            ok = bool(re.fullmatch(r"\d{5}(?:-\d{4})?", value))
        elif key in ("city", "town"):
            ok = value[0].isupper() and not value.isdigit() and not _not_a_town(value)
        else:  # a state: its name, abbreviation or code, and nothing else
            ok = _state_code(value) is not None and (len(value) > 2 or value.isupper())
        if ok:
            add(PhiSpan(m.start("v"), m.start("v") + len(value), "geo"))


def _state_zips(text: str, add: Callable[[PhiSpan], None]) -> None:
    for m in _STATE_ZIP.finditer(text):
        st, code = m.group("st"), _state_code(m.group("st"))
        if code is None:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[line_start:m.start()]
        towned = bool(re.search(r"[A-Z][A-Za-z'.]*[ \t]*[,;|/(-]?[ \t]*$", before)) or not before.strip()
        if (len(st) == 2 and not towned) or (st in _WORD_CODES and not _LINE_END.match(text, m.end())):
            continue  # "markers: CA 12500", "CO 45123 on ABG": an abbreviation before a value
        add(PhiSpan(m.start("st"), m.end("st"), "geo"))
        add(PhiSpan(m.start("zip"), m.end("zip"), "geo"))


def _town_states(text: str, cities: Mapping[str, frozenset[str]],
                 add: Callable[[PhiSpan], None]) -> None:
    for m in _TOWN_STATE.finditer(text):
        code = _state_code(m.group("st"))
        if code is None:
            continue
        found = _towns_in(cities, m.group("town"))
        if found is None or code not in found[1]:
            continue
        st, start = m.group("st"), m.end("town") - len(found[0])
        zip_code = _AFTER_PAIR.match(text, m.end())
        cued = bool(_STRONG_CUE.search(text, max(0, start - 60), start)
                    or _BARE_CUE.search(text, max(0, start - 60), start))
        if len(st) == 2 and not st.isupper() and not zip_code:
            continue  # "Hope in": a lower-case code only before a ZIP code
        if not (zip_code or cued or "," in m.group("sep") or _CLAUSE_END.match(text, m.end())):
            continue  # "Normal IL levels": no ZIP code, cue, comma or clause's end, no address
        if st.upper() in _CREDENTIALS and not zip_code and not cued:
            continue  # "Holly Arnold, MD": a doctor (Arnold is a town in Maryland too)
        add(PhiSpan(start, m.end("town"), "geo"))
        add(PhiSpan(m.start("st"), m.end("st"), "geo"))
        if zip_code:  # "Yuma az 85364": the ZIP code of a pair in any case
            add(PhiSpan(zip_code.start("zip"), zip_code.end("zip"), "geo"))


def _cued_towns(text: str, cities: Mapping[str, frozenset[str]], common: Callable[[str], bool],
                add: Callable[[PhiSpan], None]) -> None:
    for m in _CAP_RUN.finditer(text):
        run = m.group("v").rstrip(".")
        key = us_city_key(run)
        if key not in cities or not _CLAUSE_END.match(text, m.start() + len(run)):
            continue
        before = text[max(0, m.start() - 60):m.start()]
        dwell = bool(_DWELL_CUE.search(before))
        if (not dwell and not _STRONG_CUE.search(before) and not _BARE_CUE.search(before)) \
                or _not_a_town(run, dwell):
            continue
        if " " not in run and common(key) and not dwell:
            continue  # "sent to Hope", "came in from Home": a word; "from Sweet Home" a town
        add(PhiSpan(m.start(), m.start() + len(run), "geo"))


def find_us_addresses(text: str, cities: Mapping[str, frozenset[str]],
                      common: Callable[[str], bool]) -> list[PhiSpan]:
    """Towns, states and ZIP codes of US addresses, whatever their layout.

    Args:
        text: the note.
        cities: the gazetteer: a town's key (:func:`us_city_key`) to the codes of its states.
        common: whether a lower-case word is an everyday English word.
    """
    out: list[PhiSpan] = []
    _state_zips(text, out.append)
    for rx in (_ZIP_LABEL, _ZIP_LABEL_WORDS, _ZIP_BEFORE_LABEL):
        for m in rx.finditer(text):
            out.append(PhiSpan(m.start("zip"), m.end("zip"), "geo"))
    _fields(text, out.append)
    for block in _XML_ADDRESS.finditer(text):
        out.extend(PhiSpan(m.start("v"), m.end("v"), "address")
                   for m in _XML_LINE.finditer(text, block.start(), block.end()))
    for m in _BARE_ZIP.finditer(text):  # "1418 Larkspur Ln, 62704": a ZIP code after a street
        if _LINE_END.match(text, m.end()) and _STREET.search(text, max(0, m.start() - 80), m.start()):
            out.append(PhiSpan(m.start("zip"), m.end("zip"), "geo"))
    for m in _TOWN_ZIP.finditer(text):
        before = text[max(0, m.start() - 80):m.start()]
        last = m.group("town").split()[-1]
        if (last.isupper() and _state_code(last)) or last.lower() in _CODE_OF:
            continue  # "Hope AR 71801": the state's pair, found above
        if _STREET.search(before) and _LINE_END.match(text, m.end()) and not _not_a_town(m.group("town")):
            out.append(PhiSpan(m.start("town"), m.end("town"), "geo"))
            out.append(PhiSpan(m.start("zip"), m.end("zip"), "geo"))
    for m in (*_BRACKETED_TOWN_CODE.finditer(text), *_TOWN_CODE_PHONE.finditer(text)):
        if m.group("st") not in _CREDENTIALS and not _not_a_town(m.group("town")):
            out.append(PhiSpan(m.start("town"), m.end("town"), "geo"))
            out.append(PhiSpan(m.start("st"), m.end("st"), "geo"))
    if cities:
        for m in _TOWN_ZIP.finditer(text):  # "Lives in Springfield 62704.": a known town's ZIP
            found = _towns_in(cities, m.group("town"))
            if found and m.group("town").endswith(found[0]) and _LINE_END.match(text, m.end()) \
                    and not _not_a_town(found[0]):
                out.append(PhiSpan(m.end("town") - len(found[0]), m.end("town"), "geo"))
                out.append(PhiSpan(m.start("zip"), m.end("zip"), "geo"))
        _town_states(text, cities, out.append)
        _cued_towns(text, cities, common, out.append)
    return out
