"""A facility named by a document's title, by a patient leaving it, or by its own leading words.

* **the subject of a title**: capitalised words opening a line, before lower-case words and a
  kind of document (``Harrowgate central telemetry - monitor tech event log``, ``Pine Hollow
  pharmacy refill log``); the words are no clinical, service or department words, and a single
  word is an uncommon one (``Monitor tech event log`` stays), and none a procedure's acronym
  or product (``Citrate CRRT circuit log``);
* **after a document's kind**: ``Text reminder log - Brookvale VA (exported ...)``, ``Fax
  report - OMC``: capitalised words or an acronym after the dash, to the line's end or a bracket,
  never a status (``- Final``, ``- Page 2``) nor a clinical word;
* **a lower-case title's facility field**: ``micro lab critical value callback log -- fernhill
  valley health -- 2021-03-19``, ``blood bank issue log | st. odo's hospital easton | 4/2/21``: the
  field between the document's kind and the next separator (or the line's end), when it holds a
  facility's word (``health``, ``clinic``, ``hospital``, ``medical``) and words of its own, one of
  them uncommon, none a clinical, service or generic word (``cardiology clinic``, ``community
  hospital``, ``infectious disease clinic`` stay);
* **a heading's department, then its facility**: ``DERMATOLOGY CLINIC - Larchmont VA``;
* **an acronym before a facility's head word**: ``RMH Laboratory``, ``SJMC Pharmacy``;
* **the place a patient leaves**: ``I am leaving Ferncliff Regional against medical advice``,
  ``left Harbor View AMA``;
* **a found facility's leading words alone**: ``Copper Flats Medical Center`` found, then
  ``am leaving Copper Flats against ...`` goes too (two words, or one uncommon word).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_procedure_terms import PROCEDURE_PRODUCTS
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["facility_mentions", "find_title_facilities", "propagate_facility_leads"]

_DOC_KIND = (
    r"(?:log|logs|worksheet|manifest|report|record|records|roster|register|census|tracker|"
    r"flowsheet|sheet|list|ledger|export|printout|summary)"
)
_KIND_WORD = re.compile(rf"{_DOC_KIND}|call|calls|note|notes|form|forms|letter")
_TITLE_WORD = r"[A-Z][a-z][A-Za-z'’]*(?:-[A-Z][a-z][A-Za-z'’]*)?"
_ACRO = r"[A-Z]{2,6}"
#: capitalised words opening a line, then a lower-case word, and a document's kind on the line
_TITLE_SUBJECT = re.compile(
    rf"(?m)^[ \t]*(?P<v>{_TITLE_WORD}(?:[ \t]+(?:{_TITLE_WORD}|{_ACRO})){{0,3}})"
    rf"[ \t]+[a-z][a-z-]+\b[^\n]{{0,80}}?\b{_DOC_KIND}\b[^\n]{{0,40}}$"
)
#: a public-health document's kind after a condition's name ("Measles line list", "Mpox contact
#: tracing log", "Pertussis case report form")
_DISEASE_KIND = re.compile(
    r"[ \t]+(?:(?:case|contact|outbreak|exposure|surveillance|investigation|notification|"
    r"vaccination|immuni[sz]ation|screening|cluster)\b|line[ \t-]+list)"
)
#: a document's kind, a dash, then the facility to the line's end or a bracket
_AFTER_KIND = re.compile(
    rf"(?m)(?i:\b{_DOC_KIND})[ \t]+[-\u2013\u2014][ \t]+"
    rf"(?P<v>(?:{_TITLE_WORD}|{_ACRO})(?:[ \t]+(?:{_TITLE_WORD}|{_ACRO})){{0,3}})[ \t]*(?:\(|$)"
)
#: a document's kind, a separator, then a lower-case field to the next separator or the line's end
_SEP = r"(?:-{1,2}|\u2013|\u2014|\|)"
_LOWER_FIELD = re.compile(
    rf"(?m)\b{_DOC_KIND}[ \t]+{_SEP}[ \t]+"
    r"(?P<v>[a-z][a-z'’.&-]*(?:[ \t][a-z][a-z'’.&-]*){0,6})"
    rf"[ \t]*(?:{_SEP}[ \t]|\(|$)"
)
_FACILITY_WORDS = frozenset(
    """health healthcare hospital hosp clinic clinics medical med center centre ctr infirmary
memorial regional system systems group associates practice sanatorium hospice""".split()
)
#: a clinic's department, no name ("infectious disease clinic", "walk-in clinic")
_DEPARTMENT = frozenset(
    """infectious disease diseases internal travel wound anticoagulation coumadin fertility allergy
diabetes sleep pain vein dialysis transplant walk-in urgent employee student occupational""".split()
)
#: words of a sentence, not of a name ("log - pt seen in clinic", "report -- sent to health dept")
_PROSE = frozenset(
    """a an the to at from in into on of by for with and or via was were is are be been sent seen
called faxed pt patient per see re no not our my your his her their this that all any""".split()
)
#: an upper-case department heading, a dash, then the facility to the line's end
_AFTER_DEPARTMENT = re.compile(
    rf"(?m)^[ \t]*[A-Z][A-Z &/-]*[ \t](?:CLINIC|DEPARTMENT|SERVICE|SERVICES|UNIT|CENTER|CENTRE|"
    rf"LABORATORY|PHARMACY|DIVISION)[ \t]+[-\u2013\u2014|][ \t]+"
    rf"(?P<v>(?:{_TITLE_WORD}|{_ACRO})(?:[ \t]+(?:{_TITLE_WORD}|{_ACRO})){{0,3}})[ \t]*$"
)
#: an acronym before a facility's head word
_ACRONYM_FACILITY = re.compile(
    r"(?<![\w'-])(?P<v>[A-Z]{3,6}[ \t]+(?:Laboratory|Laboratories|Lab|Labs|Pharmacy|Hospital|"
    r"Medical[ \t]+Center|Clinic|Health))(?![\w'-])"
)
#: the place a patient leaves against advice
_LEAVING = re.compile(
    rf"\b(?:leav(?:e|es|ing)|left)[ \t]+(?P<v>{_TITLE_WORD}(?:[ \t]+(?:{_TITLE_WORD}|{_ACRO})){{0,3}})"
    rf"[ \t]+(?:against\b|AMA\b)"
)
#: a title's status or part, no facility ("- Final", "- Page 2")
_STATUS = frozenset(
    """
final preliminary prelim draft amended addendum corrected updated revised signed unsigned pending
copy page part continued summary new old day night shift week month year today daily weekly am pm
""".split()
)
_ACRONYMS_KEPT = frozenset(
    """
ICU NICU PICU CCU MICU SICU CVICU ED ER OR PACU IR GI ENT OB GYN ICD CPT EMS EMR EHR MRN SMS
PDF CSV HIPAA AMA MAR PRN STAT CBC BMP CMP ECG EKG EEG EMG CT MRI CXR TB HIV COVID RN MD DO NP PA
CVS UPS FAX
""".split()
)
_GENERIC_LEADS = frozenset(
    """
medical health healthcare regional community general memorial reference university county city
state national central main north south east west the of and at st saint mount mt children's
women's veterans affairs
""".split()
)


def _plain(words: list[str], is_common: Callable[[str], bool], *, single_uncommon: bool) -> bool:
    """Whether ``words`` can be a facility's name: none clinical, a service or a status word, no
    kept acronym; a single word uncommon when ``single_uncommon``."""
    for w in words:
        low = w.lower()
        if w in _ACRONYMS_KEPT or low in _STATUS or low in SERVICE_WORDS or _KIND_WORD.fullmatch(low):
            return False
        if low in PROCEDURE_PRODUCTS:
            return False  # "Citrate CRRT circuit log": a therapy's log, no facility's
        if not w.isupper() and (low in CLINICAL_WORDS_EN or is_clinical_word(low)):
            return False
    if single_uncommon and len(words) == 1 and not words[0].isupper():
        return not is_common(words[0].lower())
    return True


def find_title_facilities(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Facilities named by titles, headings and leaving frames (the module docstring).

    Args:
        text: the note.
        is_common: whether a lower-case word is a common English word.
    """
    out: list[PhiSpan] = []
    for rx, single_uncommon in (
        (_TITLE_SUBJECT, True),
        (_AFTER_KIND, False),
        (_AFTER_DEPARTMENT, False),
        (_LEAVING, True),
    ):
        for m in rx.finditer(text):
            words = m.group("v").split()
            if rx is _TITLE_SUBJECT and len(words) == 1 and _DISEASE_KIND.match(text, m.end("v")):
                continue  # "Measles line list", "Pertussis case report form": a condition's
            if _plain(words, is_common, single_uncommon=single_uncommon):
                out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    for m in _LOWER_FIELD.finditer(text):
        words = [w.strip(".,") for w in m.group("v").split()]
        own = [w for w in words if w not in _FACILITY_WORDS and w not in _GENERIC_LEADS]
        if (
            own
            and len(own) < len(words)
            and not any(w in _PROSE or w in _DEPARTMENT for w in words)
            and any(not is_common(w.removesuffix("'s").removesuffix("’s")) for w in own)
            and _plain(own, is_common, single_uncommon=False)
        ):
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    for m in _ACRONYM_FACILITY.finditer(text):
        if m.group("v").split()[0] not in _ACRONYMS_KEPT:
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    return out


_HEAD = re.compile(
    r"[ \t]+(?:Medical[ \t]+Center|Medical[ \t]+Centre|Hospital|Reference[ \t]+Laboratory|"
    r"Laboratory|Regional[ \t]+Medical[ \t]+Center|Health[ \t]+System|Clinic|"
    r"Community[ \t]+Hospital|Health[ \t]+Center|Medical[ \t]+Group)$"
)


def propagate_facility_leads(
    text: str, spans: list[PhiSpan], is_common: Callable[[str], bool]
) -> list[PhiSpan]:
    """Spans for the other places a found facility's leading words stand alone (the module
    docstring): two or more non-generic title-case words, or one uncommon word."""
    leads: set[str] = set()
    for s in spans:
        if s.category != "hospital":
            continue
        value = text[s.start : s.end]
        head = _HEAD.search(value)
        whole = value.split()
        if head is None:
            # a facility named alone ("Text reminder log - Brookvale VA" ... "this is Brookvale VA")
            if (
                1 <= len(whole) <= 4
                and all(re.fullmatch(rf"{_TITLE_WORD}|{_ACRO}", w) for w in whole)
                and (len(whole) > 1 or whole[0].isupper() or not is_common(whole[0].lower()))
                and _plain(whole, is_common, single_uncommon=False)
            ):
                leads.add(" ".join(whole))
            continue
        words = value[: head.start()].split()
        while words and words[-1].lower() in _GENERIC_LEADS:
            words.pop()
        if not words or any(not re.fullmatch(_TITLE_WORD, w) or w.lower() in _GENERIC_LEADS for w in words):
            continue
        if len(words) == 1 and is_common(words[0].lower()):
            continue
        if _plain(words, is_common, single_uncommon=False):
            leads.add(" ".join(words))
    return facility_mentions(text, leads, edge="\\w'-")


def facility_mentions(text: str, names: set[str], edge: str) -> list[PhiSpan]:
    """Every whole mention of each facility name in ``names`` (its words any spaces apart), no
    character of ``edge`` (a regex class body) right before or after it."""
    out: list[PhiSpan] = []
    for name in names:
        pattern = r"[ \t]+".join(re.escape(w) for w in name.split())
        for m in re.finditer(rf"(?<![{edge}]){pattern}(?![{edge}])", text):
            out.append(PhiSpan(m.start(), m.end(), "hospital"))
    return out
