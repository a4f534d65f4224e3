"""Staff named by a duty's slot in logs and incident reports, and plates near a parking word.

Ship's medical-centre logs, ski-patrol and dive-centre reports and ward-round logs are typed fast,
often in lower case, and name their staff by a duty or a rank with no title and no surname:

* **a duty's slot and a list of people**: ``Doctor on duty: david; nurses: sandra, vincent``,
  ``patrollers on scene: kristina (emr) and GC``, ``instructor: oscar / dm A.D``, ``Consultant
  gerald, reg tracey``: a staff rank (doctor, nurse, consultant, registrar, reg, SHO, FY1,
  patroller, instructor, divemaster, dm, guide, medic, EMR ...), maybe a duty's words (``on
  duty``, ``on scene``, ``in charge``) and a colon, then one or more people joined by commas,
  ``and``, ``&`` or ``/`` (another rank may open the next: ``/ dm A.D``), each maybe followed by a
  bracketed role (``(emr)``); a person is a known given name that is no everyday word, maybe with
  a surname or an initial (``chris m``), or initials (``GC``, ``A.D``, ``RW.``) that no credential,
  service or clinical acronym claims;
* **a hand-over's or a review's person**: ``Handover to robbie at 20:00``, ``reviewed HF``,
  ``report by jade ball, patrol lead``, ``seen by david.``: the same people after ``handover to``,
  ``handed over to``, ``reviewed``, ``seen by``, ``report by`` and the like;
* **the same people again**: a given name or a rare surname found so is theirs wherever the
  note writes it again, in any case (``guest sarah hughes`` ... ``Sarah c/o wrist pain``).

* **a plate near a parking word**: ``parked: ABBB 280 ontario``, ``red tacoma (DDBE 108,
  Ontario)``, ``(BC) GD9-47A``: in a sentence that speaks of a vehicle (vehicle, car, truck, parked,
  parking, a day or guest lot, rego, or a car's make; never a drug's bare ``lot`` nor a bone's
  ``plate``), a token of a plate's shape: two to four capitals and
  three or four digits (``ABC 123``, ``ABCD-123``, ``ABC1234``), three digits and three capitals
  (``123 ABC``), or the mixed shapes of Canadian and US plates (``GD9-47A``, ``7KDX221``) and the
  British one (``KT19WRX``, ``ND11NX``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_staff_marks_fuzz22 import NOT_INITIALS
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_duty_staff", "find_parked_plates"]


_RANK = (
    r"doctor|doctors|dr|nurse|nurses|consultant|consultants|reg|registrar|sho|fy1|fy2|f1|f2|ct[1-3]|"
    r"st[1-8]|patroller|patrollers|ski[ \t]+patrol|patrol|instructor|instructors|divemaster|dm|"
    r"guide|guides|medic|medics|emr|emrs|lifeguard|lifeguards|hca|physio|physios|pharmacist|"
    r"charge[ \t]+nurse|senior[ \t]+nurse|ship'?s[ \t]+doctor|staff[ \t]+nurse|"
    # the people a log is about: a guest, a passenger, a diver, a skier, whoever came with them
    r"guest|passenger|pax|diver|skier|snowboarder|boarder|companion|(?:her|his|their)[ \t]+friend"
)
_DUTY = r"(?:[ \t]+(?:on[ \t]+duty|on[ \t]+call|on[ \t]+scene|in[ \t]+charge|of[ \t]+the[ \t]+day|lead))?"
_SLOT = re.compile(rf"(?i:\b(?:{_RANK}){_DUTY})(?:[ \t]*:[ \t]*|[ \t]+)(?=\S)")
#: a plain "reviewed" before the initials or the name that end its line
_REVIEWED = re.compile(r"(?i:\breviewed)[ \t]+(?=\S)")
#: a log entry signed on its own line: ``- ashley / J.M``
_SIGNED = re.compile(r"(?m)^[ \t]*[-–—~][ \t]*(?=\S)")
_ACT = re.compile(
    r"(?i:\b(?:hand(?:ed)?[ \t-]*over[ \t]+to|handover[ \t]+to|reviewed[ \t]+by|seen[ \t]+by|"
    r"report(?:ed)?[ \t]+by|checked[ \t]+by|signed[ \t]+(?:off[ \t]+)?by|discussed[ \t]+with|d/w|"
    # the hands of a rescue or a round (``first aid by jess``, ``toboggan by K.L. and mike``)
    r"(?:first[ \t]+aid|splinted|packaged|toboggan(?:ed)?|sled)[ \t]+by))"
    r"[ \t]*:?[ \t]*(?=\S)"
)
_INIT = r"[A-Z]\.[ ]?[A-Z]\.?(?:[A-Z]\.?)?(?![\w])|[A-Z]{2,3}(?![\w])"
_LOWER = r"[a-z][a-z'’-]+"
_CAP = r"[A-Z][a-z'’-]+"
#: one person: initials, or a given name, maybe with a surname or a surname's initial
_PERSON = re.compile(
    rf"(?P<p>{_INIT}|(?P<g>{_LOWER}|{_CAP})(?:[ \t]+(?P<s>{_LOWER}|{_CAP}|[a-zA-Z]\.?(?![\w])))?)"
)
#: what may stand between two people of a list: a bracketed role, then a joining word, maybe a rank
_JOIN = re.compile(
    rf"[ \t]*(?:\([a-z/ ]{{1,20}}\)[ \t]*)?(?:,|;|&|/|\band\b)[ \t]*(?:(?i:{_RANK})[ \t]*:?[ \t]*)?"
)
#: where a person's value ends: the line, punctuation, a bracket, a time, a joining word
_END = re.compile(r"(?=[ \t]*(?:$|[,;:/&()|.]|[ \t]+(?:and|at|on|for|to|re|@)\b|[ \t]+\d))", re.M)
#: where initials end: the line, punctuation, a stop (``GC. companion ...``), a joining word or a
#: time; never a word ("reviewed CGM download")
_INIT_END = re.compile(
    r"(?m)(?=\.?(?:[,;:/&()|]|[ \t]*$)|\.*(?<=\.)[ \t]|[ \t]+(?:and|at|on|for|to|re|[-–—@])(?![\w])|[ \t]+\d)"
)
_NO_ONE = frozenset(
    """
ct mr mri us xr pet cxr eeg ekg ecg tee tte emg abg ir gi pt ot st sw rt rn md np pa do ed er or icu
ccu hdu nicu picu pacu ems als bls ent ob id mdt iv po im sq sc sl pr ng gp hca pcp sho reg emr emt
dm nhs am pm na no yes tbd unk pos neg mg ml kg tx rx dx hx fx sx bp hr rr ok nad fbc ue lft tft crp
inr aki ckd uti ppm ugi cpr aed loc gcs january february march april may june july august september
october november december monday tuesday wednesday thursday friday saturday sunday
""".split()
)


def _initials_ok(value: str) -> bool:
    if re.match(r"[A-Z]\.[ ]?[A-Z]", value):
        return True  # dotted initials (``D.C``, ``R.T.``) are someone's, never a service's
    key = value.replace(".", "").replace(" ", "").lower()
    return key not in _NO_ONE and key not in CREDENTIAL_WORDS and key.upper() not in NOT_INITIALS


def _given_ok(word: str, vocab: TextVocabulary) -> bool:
    key = word.lower()
    return (
        key in vocab.first_names
        and (not vocab.is_name_word(key) or key in vocab.name_dominant)
        and key not in NEVER
        and key not in _NO_ONE
        and key not in vocab.clinical
    )


def _surname_ok(word: str, vocab: TextVocabulary) -> bool:
    key = word.lower().rstrip(".")
    if len(key) == 1:
        return True
    return (
        (vocab.is_name(key) or not vocab.is_common(key, threshold=3.0))
        and key not in NEVER
        and key not in _NO_ONE
        and not is_clinical_word(key)
        and key not in vocab.clinical
    )


#: a bracketed credential after a word: ``dale (emr)``, ``jo (RN)``
_CREDITED = re.compile(r"[ \t]*\((?P<c>[A-Za-z-]{2,6})\)")
_MORE_CREDENTIALS = frozenset("emr emt ofa pcp acp medic rgn en hca".split())


def _credited(text: str, end: int, word: str, vocab: TextVocabulary) -> bool:
    """A word that is someone's, as a credential in brackets follows it."""
    m = _CREDITED.match(text, end)
    key = word.lower()
    if m is None or not (m["c"].lower() in CREDENTIAL_WORDS or m["c"].lower() in _MORE_CREDENTIALS):
        return False
    return vocab.is_name(key) and key not in NEVER and key not in _NO_ONE and key not in vocab.clinical


def _person_at(text: str, at: int, vocab: TextVocabulary) -> tuple[int, int] | None:
    """The span of the person written at ``at``, or None."""
    m = _PERSON.match(text, at)
    if m is None:
        return None
    if m.group("g") is None:
        ok = _INIT_END.match(text, m.end()) and _initials_ok(m.group())
        return (m.start(), m.end()) if ok else None
    given = _given_ok(m.group("g"), vocab)
    if not given and not _credited(text, m.end("g"), m.group("g"), vocab):
        return None
    if m.group("s") and _END.match(text, m.end()) and _surname_ok(m.group("s"), vocab):
        return m.start(), m.end()
    end = m.end("g")
    # a known given name right after the slot is someone's whatever follows ("patroller jan assessed")
    return (m.start(), end) if given or _END.match(text, end) else None


#: a list's next person written fast: lower-case dotted initials (``t.m``, ``k.l.``) or a short
#: lower-case name, maybe with a surname's initial (``jess``, ``bree h``)
_LIST_PERSON = re.compile(
    r"(?P<i>[a-z]\.[ ]?[a-z]\.?)(?![\w.])|(?P<w>[a-z][a-z'’-]{1,11})(?:[ \t]+[a-z]\.?(?![\w]))?"
)
#: Latin and dosing shorthand written like dotted initials (``p.o``, ``i.v``, ``q.d``)
_DOTTED_SHORTHAND = frozenset("po iv im sc sq sl pr qd bd od td qh hs ac pc ie eg nb ps am pm".split())


def _list_person(text: str, at: int, vocab: TextVocabulary) -> tuple[int, int] | None:
    """A person in a list that already named one: the list vouches for what the word alone does not."""
    m = _LIST_PERSON.match(text, at)
    if m is None or (not _END.match(text, m.end()) and not _INIT_END.match(text, m.end())):
        return None
    if m["i"]:
        key = m["i"].replace(".", "").replace(" ", "")
        return (m.start(), m.end()) if key not in _DOTTED_SHORTHAND and _initials_ok(key.upper()) else None
    key = m["w"]
    named = key in vocab.first_names or vocab.is_name(key)
    if not named or key in NEVER or key in _NO_ONE or key in CREDENTIAL_WORDS or key in vocab.clinical:
        return None
    return None if is_clinical_word(key) else (m.start(), m.end())


def _people_from(text: str, at: int, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    while len(out) < 6:
        found = _person_at(text, at, vocab) or (_list_person(text, at, vocab) if out else None)
        if found is None:
            break
        out.append(PhiSpan(found[0], found[1], "name"))
        join = _JOIN.match(text, found[1])
        if join is None or join.end() == found[1]:
            break
        at = join.end()
    return out


def find_duty_staff(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The people of a duty's slot and of a hand-over or a review (module docstring).

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    out: list[PhiSpan] = []
    for rx in (_SLOT, _ACT):
        for m in rx.finditer(text):
            out += _people_from(text, m.end(), vocab)
    for m in _REVIEWED.finditer(text):  # "reviewed HF" ending the line; "Reviewed CBC, BMP" stays
        found = _person_at(text, m.end(), vocab)
        if found and re.match(r"\.?[ \t]*(?:\n|$)", text[found[1] :]):
            out.append(PhiSpan(found[0], found[1], "name"))
    for m in _SIGNED.finditer(text):  # only a line that holds nothing but its people
        people = _people_from(text, m.end(), vocab)
        if people and re.match(r"\.?[ \t]*(?:\n|$)", text[people[-1].end :]):
            out += people
    return out + _spread(text, out, vocab)


def _spread(text: str, found: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The found people's given names and rare surnames written in lower case, four letters or
    more, written again in any case (``guest sarah hughes`` ... ``Sarah c/o wrist pain``)."""
    keys: set[str] = set()
    for span in found:
        # a lower-case note's names only ("Pharmacist: Min Qureshi" leaves "15 min" alone)
        for word in re.findall(r"(?<![A-Za-z])[a-z][a-z'’-]{3,}", text[span.start : span.end]):
            key = word
            rare = vocab.is_name(key) and not vocab.is_common(key, threshold=3.0)
            if _given_ok(key, vocab) or (rare and _surname_ok(key, vocab)):
                keys.add(key)
    return [
        PhiSpan(m.start(), m.end(), "name")
        for key in sorted(keys)
        for m in re.finditer(rf"(?i)(?<![\w'’-]){re.escape(key)}(?![\w'’-])", text)
    ]


_VEHICLE_CUE = re.compile(
    r"(?i)\b(?:vehicle|vehicles|car|cars|truck|suv|van|minivan|pickup|sedan|jeep|camper|parked|"
    r"parking|car[ \t]?park|(?:day|upper|lower|guest|visitor|staff)[ \t]+lot|rego|"
    r"registration|licen[cs]e[ \t]+plate|toyota|honda|subaru|"
    r"ford|chevrolet|chevy|nissan|hyundai|kia|mazda|tesla|volkswagen|vw|dodge|gmc|jeep|rav4|tacoma|"
    r"outback|civic|corolla|camry|f-150)\b"
)
_PLATE = re.compile(
    r"(?<![\w-])(?P<v>[A-Z]{2,4}[ -]?\d{3,4}|\d{3}[ -]?[A-Z]{3}|[A-Z]{2}\d[ -]?\d{2}[A-Z]|"
    r"\d[A-Z]{3}\d{3}|[A-Z]{3}[ -]?\d[A-Z]\d|\d{3}[ -]?[A-Z]{2}\d|[A-Z]{2}\d{2}[ ]?[A-Z]{2,3})(?![\w-])"
    # no dose, volume or measure ("IVF 1000 mL", "NS 500 ml/hr")
    r"(?![ \t]*(?:[A-Za-zµ]{1,4}/|%|/|"
    r"(?i:ml|mg|mcg|g|kg|l|cc|units?|iu|mmol|meq|mm|cm|min|hrs?|mj|j)(?![A-Za-z])))"
)
_NOT_HEAD = frozenset(
    "ETA ETD AM PM ID NO HR HRS MIN ED ER ICU OR BP SBP DBP MAP HGB WBC PLT BUN INR ALT AST CRP ESR GCS "
    "RM ROOM BED LOT BAY APT UNIT PO BOX RTE HWY SR CR US ISO ICD CPT PIN GMC NPI DEA".split()
)


def find_parked_plates(text: str) -> list[PhiSpan]:
    """Plate-shaped tokens in a sentence that speaks of a vehicle (module docstring).

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for m in _PLATE.finditer(text):
        head = re.split(r"[ -]|(?<=[A-Z])(?=\d)|(?<=\d)(?=[A-Z])", m["v"])[0]
        if head in _NOT_HEAD or (head.isalpha() and is_clinical_word(head.lower())):
            continue
        start = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start()), m.start() - 80)
        end = min(x for x in (text.find("\n", m.end()), text.find(". ", m.end()), m.end() + 60) if x >= 0)
        if _VEHICLE_CUE.search(text[start + 1 : m.start()]) or _VEHICLE_CUE.search(text[m.end() : end]):
            out.append(PhiSpan(m.start("v"), m.end("v"), "vehicle"))
    return out
