"""People named by a role's slot in forms, logs and audits, in lower case as often as not.

Accountability logs, audit trails, crew sheets, screening forms and team conferences name their
staff by the slot they fill, and typed or exported values are often in lower case (``Flight
paramedic: quill ferreira``, ``Epidemiologist: ysolde kaminski``) or a user id (``Dispensed by:
ktoivonen``). Other rules want a capital or a known name; the slot is enough here:

* **a role's label and its value**: a staff or a form role (maybe after up to three qualifying
  words: ``Plan medical director``, ``Level 2 MR personnel``), maybe a bracketed note, a colon,
  then one to three words or initials ending the line, the field or the sentence, or before a
  credential (``Pharmacist reviewer: a. borowski pharmd``); each word is a person's (a known
  name or a rare word, never a clinical word or one that says no one); a discipline's short
  label (``PT:``, ``OT:``) takes known names only, as its notes say ``PT: amb 150 ft``;
* **an act's ``by`` label and a user id**: ``Dispensed by: ktoivonen``, ``Verified by:
  rbalogun2``: one lower-case token, letters maybe then digits, that is no word of English;
* **a role before an initial and a surname**: ``privacy analyst s. abernethy``, ``CRC d. osei``;
* **two lower-case words before a credential** after ``by`` or a role: ``read back by gwen
  abernathy RN``.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_initial_pairs import find_initial_pairs
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, KINSHIP, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_role_slots"]

_ROLE_NOUNS = (
    r"analyst|auditor|reviewer|screener|technologist|tech|technician|nurse|paramedic|medic|emt|"
    r"pilot|physician|attending|fellow|resident|intern|pathologist|surgeon|radiologist|"
    r"anesthesiologist|physiatrist|pharmacist|coordinator|director|manager|officer|investigator|"
    r"monitor|cra|crc|epidemiologist|interviewer|phlebotomist|witness|supervisor|therapist|"
    r"psychologist|neuropsychologist|dietitian|counselor|counsellor|chaplain|social worker|"
    r"case worker|caseworker|provider|prescriber|specialist|personnel|navigator|educator|"
    r"scheduler|clerk|registrar|dispatcher|screener|assistant|asst|assist|aide|scribe|sonographer|"
    r"perfusionist|dosimetrist|deputy|detective|trooper|sergeant|agent|liaison|contact|"
    r"representative|rep|consultant|practitioner|midwife|doula|interpreter|translator|"
    r"physiologist|histotechnologist|cytotechnologist|fp-c|cfrn|rn|lpn|np|pa|md|do|rph|pharmd"
)
_ACT_BY = (
    r"(?:[a-z]{2,}(?:ed|en)|seen|read|run|done|sent|given|paged|"
    r"dispensed|verified|received|prepared|checked|counted|returned|witnessed|reviewed|"
    r"screened|cleared|approved|completed|interviewed|entered|signed|co-?signed|accessed|"
    r"performed|collected|drawn|read[ \t]+back|called|reported|released|assigned|logged|"
    r"documented|recorded|certified|requested|ordered|authorized|authorised)[ \t]+(?:by|to)"
)
_SHORT = r"pt|ot|slp|sw|st|rt|cm|ur|pcp"
#: who a form is about: a person, whatever the words of the value
_SUBJECTS = (
    r"patient|subject|member|enrollee|employee|arrestee|suspect|claimant|recipient|donor|client|"
    r"case|index[ \t]+case|case-patient|interviewee|respondent|student|child|guardian|parent"
)
_LABEL = re.compile(
    rf"(?im)(?:^|(?<=[|;])|(?<=[ \t]{{2}}))[ \t]*"
    rf"(?P<label>(?:[a-z0-9/-]+[ \t]+){{0,3}}(?:{_ROLE_NOUNS})s?|{_ACT_BY}|(?P<short>{_SHORT})|"
    rf"(?P<subject>{_SUBJECTS})(?:['’]s)?(?:[ \t]+name)?)"
    # a colon, or the bar of a two-column table's row ("assist | dgrabowski")
    r"(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*(?:[:=]|\|(?=[^|\n]*$))[ \t]*"
)
_WORD = r"[A-Za-z\u00C0-\u024F][a-z\u00DF-\u024F'’]+(?:-[A-Za-z][a-z'’]+)?"
_CAPSW = r"[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'’]+(?:-[A-Z][A-Z'’]+)?"
_INIT = r"(?:[A-Za-z]\.|[A-Za-z](?=[ \t]))"
_CRED = (
    r"(?:rn|lpn|lvn|np|pa|pa-c|md|do|cna|rt|rrt|crna|aprn|cma|pharmd|rph|emt|emt-p|fp-c|cfrn|ccrn|"
    r"dpt|otr/l|otr|cota|pta|ccc-slp|slp|lcsw|msw|lmsw|phd|psyd|mph|rd|ctrs|crc|cra|mlt|mls|cls|"
    r"pa\(ascp\)|rt\(r\)(?:\(mr\))?)"
)
_TITLE = r"(?:(?i:dr|mr|mrs|ms|capt|ofc|sgt|det)\.?[ \t]+)?"
#: the value's end: the line, a field, a credential, a dash, or a clock time or a date after it
_END = (
    r"(?=[ \t]*(?:$|[|;(]|[ \t]{2}|,?[ \t]+(?i:" + _CRED + r")\b|,[ \t]|\.(?:[ \t]|$)|[ \t]+[-–—/][ \t]"
    r"|[ \t]+(?:[0-2]?\d:[0-5]\d|[0-2]\d[0-5]\d[ \t]*(?:h|hrs)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?![\d:/])"
    # or the person's phone or address after a gap ("Rep: Ada Crane 555-201-3344 / …")
    r"|[ \t]+(?:\+?\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b|[ \t]+[\w.+-]+@))"
)
#: one to three words or initials, then the value's end: the line, a field, a credential; the
#: longest first ("cavanaugh, desmond" before "cavanaugh")
_VALUES = [
    re.compile(
        rf"{_TITLE}(?P<v>(?:{_INIT}[ \t]*)?(?:{_WORD}|{_CAPSW})"
        rf"(?:,?[ \t]+(?:{_INIT}|{_WORD}|{_CAPSW})){{{n}}}){_END}",
        re.MULTILINE,
    )
    for n in (2, 1, 0)
]
_USER_ID = re.compile(r"(?P<v>[a-z]{2,}[a-z.]*\d{0,3})(?=[ \t]*(?:$|[|;(,]|[ \t]{2}))", re.MULTILINE)
_INLINE_INIT = re.compile(
    rf"(?i:\b(?:{_ROLE_NOUNS}))[ \t]+(?P<v>[A-Za-z]\.[ \t]?[a-z][a-z'’-]{{1,}})\b(?![.'’-]\w)"
)
_LOWER_PAIR = re.compile(
    rf"(?i:\b(?:by|to|with|{_ROLE_NOUNS}))[ \t]+(?P<v>[a-z][a-z'’-]+[ \t]+[a-z][a-z'’-]+),?[ \t]+"
    r"(?:RN|LPN|MD|DO|NP|PA-C|PA|CNA|EMT|RT|RRT|PharmD|RPh|MLT|CRC)\b"
)
#: a label asking for initials, and two or three letters
_INITIALS = re.compile(r"(?im)\binitials\)?[ \t]*:[ \t]*(?P<v>[A-Za-z]{2,3})(?=[ \t]*(?:$|[|;,/]|[ \t]{2}))")
#: a crew's, a team's or a meeting's list of people on one line
_CREW = re.compile(
    r"(?im)^[ \t]*(?:[a-z]+[ \t]+){0,2}(?:crew|team|participants|attendees|present|members|"
    r"staff|personnel|coworkers|co-workers|household|family|contacts)"
    r"(?:[ \t]+(?:members|present|contacts))?[ \t]*:[ \t]*(?P<v>[^\n]+)"
)
_HEAD = re.compile(
    rf"(?i)(?:(?:{_ROLE_NOUNS}|{_SHORT}|{_CRED}|fn|fp|dr|capt|flight|med|control|charge|"
    rf"receiving|sending|wife|husband|spouse|partner|son|daughter|mother|father|mom|dad|brother|"
    rf"sister|child|children|aunt|uncle|cousin|grandmother|grandfather|friend|neighbou?r|coworker)"
    rf"\b\.?[ \t]*)+"
)
_TAIL = re.compile(rf"(?i)(?:[ \t,]+(?:{_CRED}|fn|fp)\b\.?|[ \t]*\([^)]*\))+$")


def _crew_items(text: str, start: int, end: int, vocab: TextVocabulary) -> list[PhiSpan]:
    """The people of a crew's list: each item less its roles and credentials."""
    out: list[PhiSpan] = []
    for m in re.finditer(r"(?:[^/,;|(]|\([^)\n]*\))+", text[start:end]):
        item = m.group()
        a = start + m.start() + len(item) - len(item.lstrip())
        b = start + m.start() + len(item.rstrip())
        head = _HEAD.match(text[a:b])
        if head:
            a += head.end()
        tail = _TAIL.search(text[a:b])
        if tail:
            b = a + tail.start()
        value = text[a:b].strip()
        if re.search(rf"(?i)\b(?:{_ROLE_NOUNS})\b", value):
            continue  # "house supervisor": a role, no one's name
        if value and len(value.split()) <= 3 and _value_ok(value, vocab, strict=False):
            a += len(text[a:b]) - len(text[a:b].lstrip())
            out.append(PhiSpan(a, a + len(value), "name"))
    return out


#: a name, then a user id in brackets
_ID_AFTER_NAME = re.compile(
    r"(?P<name>[A-Za-z][A-Za-z'’-]+(?:,?[ \t]+[A-Za-z][A-Za-z'’.-]*){0,2})[ \t]*\("
    r"(?P<v>[A-Za-z][A-Za-z._-]{2,20}\d{0,4})\)"
)
#: words that say no one, or a place, a unit or a time instead of a person
_NO_ONE = frozenset(
    """
aware present absent notified paged informed called yes no none na n/a same unavailable available
pending unknown declined refused self patient pt family staff team unit system interface auto
nurse physician provider pharmacy lab on call oncall covering see above below note per via
phone radio fax email in person bedside ed er icu ccu micu sicu picu nicu or ot pacu floor home
day night days nights shift clinic hospital center centre health medical service services
department dept office program ward desk am pm dr doctor mr mrs ms the a an and or of to by for with at
spanish english french mandarin cantonese arabic russian portuguese vietnamese korean sign asl
""".split()
)


#: relations to the patient besides the kinship words
_RELATIONS = frozenset(
    "sibling siblings friend neighbor neighbour roommate housemate parent parents child children self "
    "grandparent stepmother stepfather stepbrother stepsister sponsor landlord employer coworker".split()
)


def _person_word(word: str, vocab: TextVocabulary, *, strict: bool, surname: bool = False) -> bool:
    key = word.lower().strip("'’")
    if len(key) < 2 or key in _NO_ONE or key in NEVER or is_clinical_word(key) or key in vocab.clinical:
        return False
    if word.isupper() and key in CREDENTIAL_WORDS:
        return False  # "Tech: Ada Crane, CCT": the credential after the name
    if word.islower() and (key in KINSHIP or key in _RELATIONS):
        return False  # "Contact: Priya, sibling": who the person is to the patient, no surname
    if (
        surname
        and not strict
        and word[:1].isupper()
        and not word.isupper()
        and (key in vocab.drugs or key in vocab.eponyms)
        and vocab.zipf(key) < 4.0
    ):
        return True  # "Rep: Ada Hodgkin 555-…": an eponym's or a drug's word as a surname, the field ending
    if key in vocab.drugs or key in vocab.eponyms:
        return vocab.is_name(key) and not strict
    if strict:
        return vocab.is_name(key) and not vocab.is_name_word(key)
    if "-" in key and not vocab.is_name(key):  # "full-time", "follow-up": words, not a name
        return all(vocab.is_name(p) or vocab.zipf(p) < 4.0 for p in key.split("-") if p)
    return vocab.is_name(key) or vocab.zipf(key) < 4.0


def _value_ok(value: str, vocab: TextVocabulary, *, strict: bool) -> bool:
    """Every word a person's, and one at least a known name or a rare word."""
    words = re.findall(r"[A-Za-z\u00C0-\u024F'’-]{2,}", value)
    if not words or (len(words) == 1 and not re.search(r"[A-Za-z]\.", value) and strict):
        return False
    if not all(_person_word(w, vocab, strict=strict, surname=k > 0) for k, w in enumerate(words)):
        return False
    if len(words) == 1 and words[0].islower() and not re.search(r"[A-Za-z]\.", value):
        return vocab.is_name(words[0]) or _user_id(words[0], vocab)  # "pyxis" is a cabinet
    return any(vocab.is_name(w.lower()) or vocab.zipf(w.lower()) < 2.5 for w in words)


def _user_id(token: str, vocab: TextVocabulary) -> bool:
    """``ktoivonen``, ``rbalogun2``, ``okaforj``: a name inside, or letters and digits; no word of
    English, nor a clinical one (``pyxis`` is a cabinet)."""
    letters = re.sub(r"[\d.]", "", token)
    if len(letters) < 4 or letters in _NO_ONE or letters in NEVER or is_clinical_word(letters):
        return False
    if letters in vocab.clinical or letters in vocab.drugs or vocab.zipf(letters) >= 2.0:
        return False
    if any(c.isdigit() for c in token):
        return True
    return any(vocab.is_name(p) and len(p) >= 4 for p in (letters, letters[1:], letters[2:], letters[:-1]))


def _login(token: str, vocab: TextVocabulary) -> bool:
    """``omarchetti`` in a staff role's slot: five letters or more that no English word list knows
    (nor a clinical or a drug list), the slot saying it is someone's login."""
    letters = re.sub(r"[\d.]", "", token)
    return (
        len(letters) >= 5
        and vocab.zipf(letters) == 0
        and letters not in _NO_ONE
        and letters not in NEVER
        and not is_clinical_word(letters)
        and letters not in vocab.clinical
        and letters not in vocab.drugs
    )


def find_role_slots(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The people named by a role's slot (module docstring) in an English note.

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for m in _LABEL.finditer(text):
        short = m.group("short") is not None
        found = False
        for rx in _VALUES:
            v = rx.match(text, m.end())
            if v and _value_ok(v["v"], vocab, strict=short):
                out.append(PhiSpan(v.start("v"), v.end("v"), "name"))
                found = True
                break
        if found:
            continue
        # an act's "by" label, or a staff role's (``Assistant: omarchetti``): a user id
        if not short:
            u = _USER_ID.match(text, m.end())
            if u and (_user_id(u["v"], vocab) or (m["subject"] is None and _login(u["v"], vocab))):
                out.append(PhiSpan(u.start("v"), u.end("v"), "name"))
    for m in _INITIALS.finditer(text):  # "Verified by (initials): hb"
        if m["v"].lower() not in _NO_ONE:
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for m in _CREW.finditer(text):  # "Flight crew: tobias wexler rn / sunniva hartley fp-c"
        out.extend(_crew_items(text, m.start("v"), m.end("v"), vocab))
    for m in _ID_AFTER_NAME.finditer(text):  # "Nwosu, Tobenna (tnwosu3)": the id holds the name
        words = re.findall(r"[a-z]{4,}", m["name"].lower())
        if any(w in m["v"].lower() for w in words) and not is_clinical_word(m["v"].lower()):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for rx in (_INLINE_INIT, _LOWER_PAIR):
        for m in rx.finditer(text):
            if _value_ok(m["v"], vocab, strict=False):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    out.extend(find_initial_pairs(text))  # "Verified by: KT/RB"
    return out
