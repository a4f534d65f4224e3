"""Facilities named after a person or a town, the town beside a facility's name, and a few
place and identifier shapes the other English recognisers miss.

* **named facilities**: a run of capitalised words ending in a facility word (``Fresno Sleep
  Disorders Center``, ``Okafor Family Dentistry``, ``Lindgren Drug``, ``Tacoma Physical
  Therapy``), taken when a word before the facility word says who or where: one that is not a
  service, department or clinical word (``Sleep Lab``, ``Outpatient Physical Therapy``,
  ``Comfort Care`` stay); letterheads in capitals count too (``YAKIMA SLEEP DISORDERS
  CENTER``, not ``POISON CONTROL CENTER``), a nursing task does not (``Foley Care``);
* **the town beside a facility**: ``<facility> of Bangor``, ``<facility> at Lakewood``, a
  title-case word between a facility and an upper-case heading (``Mercy Health Fairhope
  EMERGENCY DEPARTMENT``), a town after a dash (``Essentia Health-Fargo``), never a paperwork
  heading (``- Pharmacy Prior Authorization``);
* **where a patient lives or goes**: ``lives with her son in Paxton.``, ``camped near Moab 2
  weeks ago``, ``drove up from Sweet Home overnight``, the town at the clause's end; a contact's
  town after their bracketed age or kinship (``sister Ana Ruiz (age 39), Liberty;``); a place
  before a word for a site (``the Plainview location``, ``our Linwood office``);
* **a hospital's short name**: ``born at Regional,``, ``a second opinion at the U`` (the name
  alone after "at", "from" or "to", then the clause's end or a lower-case word that is no clinical
  one: not ``Regional anesthesia``);
* **where prescriptions go**: ``prescriptions were sent to Harbor Mail Order Pharmacy``;
* **a dispensing pharmacy on a bottle's label**: a line opening with a name that ends in a
  pharmacy's word in any case (``BAYVIEW RX``, ``Lakeside Discount Drugs``, ``CORNER DRUG OF
  FENWICK``, ``KINGSPORT DRUG CO.``, ``LAKEMONT DRUGSTORE``), perhaps after ``Filled at`` or
  ``PHARMACY:``, then its telephone number on that line, the next, or after an address's one or
  two lines (a store number, ``Ph:``, ``(P)``, a comma, bar or star between), or after the
  telephone, ending the line (``PH: (328) 365-5821   HARTSVILLE RX``); a name of service
  words alone (``STUDY DRUG``) is none; on a label that names its Rx number, fill or discard date,
  a store's name with no pharmacy word counts when its store number and then a telephone number
  follow (``RITE AID #3310`` / ``Ph: …``, ``CVS/pharmacy #08812 (251) …``);
* **streets without a suffix**: ``4410 N Broadway``, ``12 Boardwalk``;
* **grouped keys**: activation codes and product keys in three or more dash-joined groups
  (``7QKD2-MMXPT-44RZA``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CLINICAL_HEADS, NEVER
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import is_clinical_word

__all__ = ["find_english_places", "places_beside_facilities"]


def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags | re.ASCII)


_CAP = r"[A-Z][A-Za-z'.-]*"
#: what a facility's name ends in
_FACILITY_HEAD = (r"(?:Center|Centre|Centers|Lab|Labs|Laboratory|Laboratories|Diagnostics|Dentistry|"
                  r"Orthodontics|Drugs?[ \t]+(?:&|and)[ \t]+Compounding|Drug|Drugs|Pharmacy|Apothecary|"
                  r"Care|Therapy|Therapies|Rehab|"
                  # a nursing home named by its care ("Sunrise Skilled Nursing Facility")
                  r"Skilled[ \t]+Nursing(?:[ \t]+Facility)?|Nursing[ \t]+Facility|"
                  r"Dialysis|Infusion|Imaging|Radiology|Associates|Wellness|Optical|Audiology|"
                  r"Podiatry|Chiropractic|Clinic|Clinics|Mail[ \t]+Order(?:[ \t]+Pharmacy)?|"
                  # a treatment programme is a facility too ("Joliet Opioid Treatment Program")
                  r"Treatment[ \t]+Programs?)")
_NAMED_FACILITY = _rx(rf"(?<![\w'-])(?P<v>{_CAP}(?:[ \t]+(?:{_CAP}|&|and|of)){{0,4}}?[ \t]+"
                      rf"{_FACILITY_HEAD}(?:[ \t]+{_FACILITY_HEAD})*)(?![\w'-])")
_HEAD_WORD = _rx(rf"{_FACILITY_HEAD}|Mail|Order|Treatment|Programs?|Skilled|Nursing|Facility", re.I)
#: a letterhead in capitals ("YAKIMA SLEEP DISORDERS CENTER"); not the heads that are also
#: nursing tasks or drug words in capitals ("TRACH CARE", "STUDY DRUG")
_UPPER_HEAD = (r"(?:CENTER|CENTRE|LAB|LABS|LABORATORY|LABORATORIES|DENTISTRY|ORTHODONTICS|PHARMACY|"
               r"APOTHECARY|DIAGNOSTICS|ASSOCIATES|AUDIOLOGY|PODIATRY|CHIROPRACTIC|CLINIC)")
_UPPER_FACILITY = _rx(rf"(?<![\w'-])(?P<v>[A-Z][A-Z'.-]+(?:[ \t]+(?:[A-Z][A-Z'.-]*|&)){{0,4}}?[ \t]+"
                      rf"{_UPPER_HEAD}(?:[ \t]+{_UPPER_HEAD})*)(?![\w'-])")
#: the words of what a facility does or whom it serves, besides the service words
_WHAT_WORDS = frozenset("""
sleep disorders disorder wound wounds hyperbaric renal kidney heart lung lungs vein vascular infusion
cath catheterization echo echocardiography stress function pulmonary endoscopy motility
anticoagulation coumadin diabetes diabetic lipid allergy asthma burn trauma stroke cancer breast
women's men's children's kids pediatric senior seniors adult family physical occupational speech
respiratory skilled nursing intensive critical comfort supportive respite personal self foot skin
oral eye dental vision hearing bone joint spine sports hand urgent primary specialty specialized
advanced comprehensive integrated total complete level regional community general clinical
outpatient inpatient ambulatory day surgery surgical infusion dialysis transplant fertility
newborn neonatal maternity birth birthing labor delivery study street illicit generic brand
investigational recreational over counter retail compounding specialty central main north south
east west satellite mobile patient patients home health healthcare medical mental behavioral
psychiatric recovery addiction detox hospice palliative memory dementia rehab rehabilitation
imaging radiology diagnostic diagnostics lab laboratory pathology blood draw collection testing
test screening wellness prevention preventive nutrition weight bariatric pain headache epilepsy
seizure neuro neurology cardiology oncology orthopedic orthopaedic spine sleep sinus ent
authorization authorizations request requests form forms prior referral referrals order orders
letter records billing claims benefits appeals intake scheduling registration admissions
foley trach tracheostomy peri perineal ostomy stoma colostomy catheter line port picc mouth denture
incontinence pin cast ear nail hair cord umbilical kangaroo pressure ulcer decubitus drain tube
device devices pacemaker defibrillator icd poison control toxicology coagulation vaccine vaccines
immunization immunizations lactation genetics genetic cystic fibrosis sickle cell hemophilia hiv
std sti tuberculosis smoking cessation tobacco obesity concussion balance falls continence gender
refugee veterans veteran student students employee employees occupational travelers international
transfusion apheresis plasma donor donation organ tissue poison sexual assault crisis suicide
prevention hotline call information nurse nurses triage access transfer command operations
opioid opioids opiate methadone buprenorphine substance substances alcohol drug chemical
dependency abuse use misuse outpatient residential intensive partial
continuous intermittent slow automated replacement peritoneal venovenous hemodialysis hemofiltration
hemodiafiltration ultrafiltration citrate heparin anticoagulation oxygen electroconvulsive cognitive
behavioral dialectical negative exchange enzyme hormone nicotine
""".split())
#: what stands before a facility's name and is not part of it
_LEAD_WORDS = frozenset("the at to from per via by with and of in on a an see seen call called "
                        "contact fax send sent refer referred".split())


def _name_word(word: str) -> bool:
    """Whether ``word`` (before a facility word) says who or where, not what is done."""
    low = word.lower().strip(".'")
    if word in ("&",) or low in ("and", "of") or (word.isupper() and len(word) <= 4):
        return False
    return not (low in SERVICE_WORDS or low in _WHAT_WORDS or low in NEVER or low in CLINICAL_HEADS
                or low in CLINICAL_WORDS_EN)


#: the short words whose period ends no sentence: titles, saints, mounts, forts
_ABBREVIATED = frozenset("st mt ft ste dr mr mrs ms".split())


def _sentence_end(word: str) -> bool:
    """Whether ``word`` ends a sentence: a period after a word of two letters or more that is no
    title or abbreviation of a place's name ("Ashworth.", not "St." or "J.")."""
    stem = word[:-1]
    return word.endswith(".") and len(stem) >= 2 and stem.isalpha() and stem.lower() not in _ABBREVIATED


def _named_facilities(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in (*_NAMED_FACILITY.finditer(text), *_UPPER_FACILITY.finditer(text)):
        words = m.group("v").split()
        start = m.start("v")
        cut = max((k + 1 for k, w in enumerate(words) if w.lower() in _LEAD_WORDS - {"and", "of"}
                   or _sentence_end(w)),  # "Dr. Ashworth. Labs drawn": a sentence ends first
                  default=0)  # "WAS SEEN AT YAKIMA SLEEP CENTER": the name begins after "AT"
        for w in words[:cut]:
            start = text.index(w, start) + len(w)
        words = words[cut:]
        while words and (words[0].lower() in _LEAD_WORDS or words[0].lower() in NEVER
                         or (words[0].isupper() and len(words[0]) > 1 and not words[-1].isupper())):
            # a heading in capitals before a title-case name is no part of it
            start = text.index(words[0], start) + len(words[0])
            words = words[1:]
        head = len(words)
        while head and _HEAD_WORD.fullmatch(words[head - 1]):
            head -= 1
        if head < 1 or not any(_name_word(w) for w in words[:head]):
            continue
        if head == 1 and words[-1].lower() == "care":
            continue  # "Foley Care", "Peri Care": a nursing task; "Hughes Renal Care" a facility
        start = text.index(words[0], start)
        out.append(PhiSpan(start, m.end("v"), "hospital"))
    return out


#: "<facility> of Bangor", "<facility> at Lakewood": the town after it, to the clause's end
_TOWN_AFTER = _rx(rf"[ \t]+(?:of|at|in)[ \t]+(?P<v>{_CAP}(?:[ \t]+{_CAP}){{0,2}})"
                  r"(?=[ \t]*(?:$|[\n,;:|()]|\.(?:\s|$)|[ \t]+[-\u2014\u2013]))", re.M)
#: "<facility> Fairhope EMERGENCY DEPARTMENT": a title-case town before an upper-case heading
_TOWN_BEFORE_HEADING = _rx(r"[ \t]+(?P<v>[A-Z][a-z][A-Za-z'-]*(?:[ \t]+[A-Z][a-z][A-Za-z'-]*)?)"
                           r"(?=[ \t]+[A-Z]{3,}\b|[ \t]*[\u2014\u2013]|[ \t]+-[ \t])")


#: "Essentia Health-Fargo", "Baylor Health – Temple": a town after a dash, to the clause's end
_TOWN_AFTER_DASH = _rx(rf"[ \t]*[-\u2013\u2014][ \t]*(?P<v>{_CAP}(?:[ \t]+{_CAP}){{0,2}})"
                       r"(?=[ \t]*(?:$|[\n,;:|()]|\.(?:\s|$)|[ \t]+(?:for|to|on|in|with|and|since|"
                       r"until|at|via|by)\b))", re.M)


def places_beside_facilities(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """The towns written right after the facilities found (``of Bangor``, ``Fairhope EMERGENCY``).

    Args:
        text: the note.
        spans: the spans found so far; those of category ``hospital`` are looked beside.
    """
    out: list[PhiSpan] = []
    for span in spans:
        if span.category != "hospital":
            continue
        for rx in (_TOWN_AFTER, _TOWN_BEFORE_HEADING, _TOWN_AFTER_DASH):
            m = rx.match(text, span.end)
            if m and all(_name_word(w) and not _HEAD_WORD.fullmatch(w) for w in m.group("v").split()):
                out.append(PhiSpan(m.start("v"), m.end("v"), "geo"))
    return out


#: "lives with her son in Paxton.", "resides alone in Red Oak, near her sister", "camped near
#: Moab 2 weeks ago": the town after a verb of living or going, at the clause's end
_LIVES_IN = _rx(r"(?i:\b(?:lives?|living|lived|resides?|residing|stays?|staying|stayed|moved|moving|"
                r"relocated|relocating|commutes?|commuting|"
                r"camped|camping|hiked|hiking|hunting|fishing|travell?ed|travell?ing|visited|visiting|"
                r"vacationed|vacationing|trip|drove|flew|born|raised|grew[ \t]+up)\b)"
                r"[^.;:\n]{0,40}?(?i:\b(?:in|at|near|outside(?:[ \t]+of)?|around|to|from)\b)[ \t]+"
                r"(?:the[ \t]+)?"
                r"(?P<v>[A-Z][a-z][A-Za-z'-]*(?:[ \t]+[A-Z][a-z][A-Za-z'-]*){0,2})"
                r"(?=[ \t]*(?:$|[\n.,;:)]|[ \t]+(?:with|and|since|for|until|where|near|last|this|"
                r"when|while|before|after|during|over|in|on|ago|to|from|by|via|overnight|today|yesterday|"
                r"recently|because|but|so|or|area|region)\b|[ \t]+\d+[ \t]*(?:days?|"
                r"weeks?|wks?|months?|mos?|years?|yrs?)\b))", re.M)
#: a person's town after their bracketed age or kinship: "brother Lee Park (age 41), Liberty;"
_TOWN_AFTER_PERSON = _rx(r"\((?i:[^()\n]{0,20}\b(?:age[ \t]*\d{1,3}|\d{1,3}[ \t]*(?:yo|y/o|years?)|"
                         r"son|daughter|wife|husband|brother|sister|mother|father|friend|spouse|partner|"
                         r"cousin|niece|nephew|aunt|uncle|grandson|granddaughter|neighbou?r)\b[^()\n]{0,12})"
                         r"\)[ \t]*,[ \t]*(?P<v>[A-Z][a-z][A-Za-z'-]*(?:[ \t]+[A-Z][a-z][A-Za-z'-]*)?)"
                         r"(?=[ \t]*(?:[;.,\n]|$))", re.M)
#: "the Plainview location", "our Westfield office": a place before a word for a site
_BEFORE_SITE = _rx(r"\b(?:the|our|their|its|his|her)[ \t]+"
                   r"(?P<v>[A-Z][a-z][A-Za-z'-]*(?:[ \t]+[A-Z][a-z][A-Za-z'-]*)?)"
                   r"[ \t]+(?:campus|location|site|office|branch)\b")
#: "prescriptions were sent to Harbor Mail Order", "Rx faxed to Okafor Drug"
_SENT_TO = _rx(rf"(?i:\b(?:prescriptions?|rx|scripts?|refills?|medications?|meds|orders?)\b[^.\n]{{0,20}}?"
               rf"\b(?:sent|faxed|called[ \t]+in|transmitted|e-?prescribed|routed)[ \t]+to[ \t]+"
               rf"(?:the[ \t]+)?)(?P<v>{_CAP}(?:[ \t]+(?:&[ \t]+)?{_CAP}){{0,4}})")
#: a pharmacy's name opening a label's line, its telephone number right after it
_PHARMACY_HEAD = (r"(?i:drug[ \t]*store|drug[ \t]+co(?:mpany|\.)?|pharmacy[ \t]+services|drugs?|rx|pharmacy|"
                  r"apothecary|chemists?|health[ \t]+mart|prescription[ \t]+(?:center|shop))")
#: what may open a label's line before the pharmacy: "Filled at", "PHARMACY:", "Dispensed by:"
_LABEL_LEAD = r"(?:(?i:filled[ \t]+at|dispensed[ \t]+(?:at|by)|pharmacy|store)[ \t]*:?[ \t]*)?"
#: a store's number, then the telephone: on the line, the next, or after an address's lines
_STORE_NO = r"(?:[ \t]*(?:(?i:store|no\.?)?[ \t]*#[ \t]*\d+|(?i:store)[ \t]+\d+|\(\d{2,6}\)))"
_TO_PHONE = (r"[ \t]*[,|*-]?[ \t]*(?:(?:\n|(?<=[|*])|[ \t]{2,})[ \t]*"
             r"(?:[^\n|*]{0,60}\d[^\n|*]{0,60}?(?:\n|[ \t]{2,}|[ \t]*[|,*])[ \t]*){1,2}|\n[ \t]*)?"
             r"(?:(?i:ph(?:one)?|tel|t|p|\(p\))\.?[ \t]*[:#]?[ \t]*)?"
             r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}(?!\d)")
_PHARMACY_NAME = (rf"(?:{_CAP}(?:[ \t]+(?:{_CAP}|&|and)){{0,4}}?[ \t]+{_PHARMACY_HEAD}|"
                  rf"(?i:pharmacy|drug[ \t]*store|apothecary))"
                  rf"(?:[ \t]+(?i:of)[ \t]+{_CAP}(?:[ \t]+{_CAP})?)?")
_LABEL_PHARMACY = _rx(rf"(?m)^[ \t]*{_LABEL_LEAD}(?P<v>{_PHARMACY_NAME})(?![\w'-])"
                      rf"(?={_STORE_NO}?{_TO_PHONE})")
#: the pharmacy after its telephone, ending the line ("PH: (502) 280-9512   Filled at ROE'S DRUG STORE")
_PHONE_THEN_PHARMACY = _rx(rf"(?m)\d{{3}}[ .-]\d{{4}}[ \t]*[,|*-]?[ \t]+{_LABEL_LEAD}(?P<v>{_PHARMACY_NAME})"
                           rf"(?![\w'-])(?={_STORE_NO}?[ \t]*$)")
#: a store's name without a pharmacy word, its store number and then its telephone
_NUMBERED_STORE = _rx(rf"(?m)^[ \t]*{_LABEL_LEAD}(?P<v>{_CAP}(?:[ \t]+(?:{_CAP}|&)){{0,2}}(?:/[A-Za-z]+)?)"
                      rf"[ \t]+(?=(?:(?i:store|no\.?)[ \t]*)?#[ \t]*\d{{2,6}}{_TO_PHONE})")
#: what says that a note holds a prescription's label
_LABEL_CUE = re.compile(
    r"(?i)\brx[ \t]*(?:#|no\b|number|:)|\bdiscard\b|\bdate[ \t]+filled\b|\bfill[ \t]+date\b")
#: a street whose name needs no suffix: "4410 N Broadway", "12 Boardwalk Unit 3"
_SUFFIXLESS_STREET = _rx(r"(?<![\w-])\d{1,6}[A-Za-z]?[ \t]+(?:[NSEW]\.?[ \t]+|(?:North|South|East|West)"
                         r"[ \t]+)?(?:Broadway|Boardwalk|Bowery|Embarcadero|Esplanade|Promenade|Alameda|"
                         r"Kingsway|Strand)(?![\w-])(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|Rm|"
                         r"Fl|Floor|Bldg|#)\.?[ \t]*#?[ \t]*[\w-]+)?")
#: a hospital called by its short name where a patient goes or comes from ("born at Regional,",
#: "transferred from Memorial for cath", "a second opinion at the U"): the name alone, then the
#: clause's end or a lower-case word
_SHORT_NAME = _rx(r"\b(?:at|from|to)[ \t]+(?:(?P<v>Regional|Memorial)|the[ \t]+(?P<u>U))"
                  r"(?=[ \t]*(?:$|[\n,;:)]|\.(?:\s|$))|[ \t]+(?P<next>[a-z]+)\b)", re.M)
#: three or more dash-joined groups of four to six capitals and digits (a product key)
_GROUPED_KEY = _rx(r"(?<![\w-])(?P<v>[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){2,5})(?![\w-])")


def find_english_places(text: str) -> list[PhiSpan]:
    """Named facilities, towns where patients live, pharmacies sent to, suffix-less streets, keys.

    Args:
        text: the note.
    """
    out = _named_facilities(text)
    for m in _LIVES_IN.finditer(text):
        first, *rest = m.group("v").split()  # "Sweet Home", "Red Oak": a town's later words
        if _name_word(first) and not any(w.lower() in CLINICAL_HEADS or w.lower() in CLINICAL_WORDS_EN
                                         for w in rest):
            out.append(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _TOWN_AFTER_PERSON.finditer(text):
        if _name_word(m.group("v").split()[0]):
            out.append(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _BEFORE_SITE.finditer(text):
        if all(_name_word(w) for w in m.group("v").split()):
            out.append(PhiSpan(m.start("v"), m.end("v"), "geo"))
    for m in _SENT_TO.finditer(text):
        if any(_name_word(w) and not _HEAD_WORD.fullmatch(w) for w in m.group("v").split()):
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    # "BAYVIEW RX #412  Ph: (925) 785-2158", "PH: (925) 785-2158   BAYVIEW RX"
    for m in [*_LABEL_PHARMACY.finditer(text), *_PHONE_THEN_PHARMACY.finditer(text)]:
        if any(_name_word(w) and not re.fullmatch(_PHARMACY_HEAD, w) for w in m.group("v").split()):
            out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    if _LABEL_CUE.search(text):  # "RITE AID #3310" / "Ph: 251-928-4410"
        for m in _NUMBERED_STORE.finditer(text):
            words = re.split(r"[ \t/]+", m.group("v"))
            if any(len(w) >= 3 and (_name_word(w) or w.isupper()) for w in words) and not any(
                    w.lower().strip(".") in NEVER or w.lower() in CLINICAL_HEADS for w in words):
                out.append(PhiSpan(m.start("v"), m.end("v"), "hospital"))
    for m in _SHORT_NAME.finditer(text):
        after = (m.group("next") or "").lower()  # "at Regional anesthesia", "from the U wave"
        if not (after in CLINICAL_HEADS or after in CLINICAL_WORDS_EN or is_clinical_word(after)
                or (m.group("u") and after not in ("for", "in", "on", "and", "last", "since", ""))):
            group = "v" if m.group("v") else "u"
            out.append(PhiSpan(m.start(group), m.end(group), "hospital"))
    for m in _SUFFIXLESS_STREET.finditer(text):
        out.append(PhiSpan(m.start(), m.end(), "address"))
    for m in _GROUPED_KEY.finditer(text):
        groups = m.group("v").split("-")
        if any(c.isdigit() for c in m.group("v")) or len({len(g) for g in groups}) == 1:
            out.append(PhiSpan(m.start("v"), m.end("v"), "other_id"))
    return out
