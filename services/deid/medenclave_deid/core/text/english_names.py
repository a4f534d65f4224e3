"""Names and places written as plain words in English notes: a word survives only if known safe.

Every word a recogniser has not already claimed is judged on what it is and where it stands:

* **cues** make the words after or before them a name whatever they are: titles (``Dr.``,
  ``Mrs``), labels (``Patient:``, ``Caller:``, ``Signed by``), kinship and role words (``her
  son, Kevin``), credentials after a name (``J. Garcia, RN``), signatures (``/s/``);
* **pairs**: a given name next to a surname (``Amanda Taylor``, ``HILL, EDWARD``), with or
  without middle initials, is a name even when each word is also an everyday word;
* a word known as a name (given name or surname, from a multicultural lexicon) is a name,
  unless it is also an everyday word (``Will``, ``Rose``, ``Young``) — then only where the
  context says so: capitalised inside a sentence, next to another name, before a verb that
  people do (``Grace called``);
* a capitalised word that is neither an everyday word nor clinical vocabulary (a drug, an
  eponym, a word built from medical parts) is a proper noun: a name, or a place when the
  gazetteer knows it or a place word introduces it;
* everything else — everyday words, clinical vocabulary, measurements — stays.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace

from medenclave_deid.core.text.pinyin import is_pinyin_word
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_english_names"]

_LATIN = "A-Za-zÀ-ÖØ-öø-ɏ"
_WORD = re.compile(rf"(?<![0-9{_LATIN}])[{_LATIN}][{_LATIN}'’]*(?:-[{_LATIN}][{_LATIN}'’]*)*"
                   rf"(?![0-9])")
_TITLES = frozenset("""
dr doctor mr mrs ms miss mx prof professor sr nurse capt sgt rev
""".split())
#: kinship and role words: the capitalised words after them are a person
_PERSON_CUES = frozenset("""
patient pt name named called daughter son wife husband spouse partner mother father mom dad
sister brother aunt uncle niece nephew grandson granddaughter grandmother grandfather grandma
grandpa cousin friend neighbor neighbour caregiver guardian fiance fiancee girlfriend boyfriend
stepson stepdaughter stepmother stepfather sibling child infant baby nok contact proxy poa
attending resident fellow intern surgeon physician pcp radiologist pathologist interpreter
translator chaplain witness caller guarantor subscriber insured employee participant traveler
student client member mother's father's boy girl
""".split())
#: words after which a capitalised word that is no everyday word is a person
_WEAK_CUES = frozenset("""
signed dictated transcribed reviewed cosigned cc referred referring seen by with per to from and
or
""".split())
#: verbs whose subject is a person (a name word at the start of a sentence before one of these)
_PERSON_VERBS = frozenset("""
called calls phoned reports reported states stated says said agrees agreed declined refused
requests requested visited visits brought accompanied denies denied notes noted confirmed asked
expressed wishes wants prefers arrived presented presents was is will has had came comes
understands verbalized consented signed is, was, who
""".split())
#: credentials written after a name
_CREDENTIALS = re.compile(
    r",?\s*(?:(?i:md|do|rn|np|pa|pa-c|phd|dds|dmd|pgy\d?)\b|MD|M\.D\.|DO|D\.O\.|RN|BSN|MSN|LPN|NP|FNP|FNP-C|FNP-BC|ANP|APRN|CNM|CRNA|PA|PA-C|"
    r"PhD|PharmD|RPh|MBBS|MBChB|DPM|DDS|DMD|OD|DC|PT|DPT|OT|OTR|SLP|RD|LCSW|LMSW|MSW|CCRP|CCRC|"
    r"RRT|RT|RDMS|RVT|CNA|EMT|MA|MPH|MS|FACP|FACS|FACC|MRCP|FRCP|FRCS|CCM|CDE|IBCLC)\b")
_CREDENTIAL_WORDS = frozenset(
    """
md do rn bsn msn lpn np fnp anp aprn cnm crna pa phd pharmd rph mbbs mbchb dpm dds dmd od dc pt
dpt ot otr slp rd lcsw lmsw msw ccrp ccrc rrt rt rdms rvt cna emt ma mph ms facp facs facc mrcp
frcp frcs ccm cde ibclc jr sr ii iii iv esq
""".split())
_LABEL = re.compile(r"(?:name|patient|pt|signed|by|contact|nok|physician|provider|attending|"
                    r"doctor|surgeon|radiologist|dr|mr|mrs|ms|cc|to|from|re|/s/|"
                    r"[a-z]+er|[a-z]+or|[a-z]+ist|[a-z]+ian|[a-z]+ee|[a-z]+ant|[a-z]+ent|mother|"
                    r"father|spouse|proxy|guardian|infant|child|student|assistant|anesthesia|"
                    r"ordering|referring|attending|cosigner|witness)\.?\s*[:#]\s*$|/s/\s*$", re.I)
_PLACE_CUES = frozenset("""
in from at near to lives living moved resident city town of
""".split())
#: capitalised words that are never names or places in a note (headings, weekdays, languages)
_NEVER = frozenset("""
i a an the and or but of in on at to for with by from as is was are be this that these those he
she they we you it his her their our your my its him them us me who whom which what when where
why how no not yes none all any some each every both either neither other another such monday
tuesday wednesday thursday friday saturday sunday january february march july september october
november december jan feb mar apr jun jul aug sep sept oct nov dec english spanish chinese
mandarin cantonese french german russian arabic korean japanese vietnamese portuguese italian
hindi american african asian european hispanic latino caucasian medicare medicaid tricare cobra
hipaa chief complaint history present illness past medical surgical family social review systems
physical exam examination assessment plan impression findings recommendation recommendations
diagnosis diagnoses discharge admission summary note notes report reports procedure indication
technique comparison conclusion signature signed electronically addendum attestation follow up
medications medication allergies allergy vitals vital signs labs lab results imaging course
hospital clinic department unit service team floor ward room bed emergency urgent care center
pager phone fax email tel mobile cell home work office dob mrn age sex pt name date time type
status gender relationship address city state zip county country language religion race
ethnicity occupation employer insurance guarantor subscriber policy group plan account visit
hospitalist attending resident consultant baby physician surgeon provider practitioner
radiologist pathologist anesthesiologist cardiologist oncologist neurologist psychiatrist
intensivist nephrologist pulmonologist gastroenterologist dermatologist
""".split())
#: month names that are also given names: a name only next to a surname
_MONTH_NAMES = frozenset(["may", "april", "june", "august", "jun"])
_EPONYM_NEXT = re.compile(
    r"(?:'s|’s|s)?[ -](?:disease|syndrome|sign|test|score|scale|catheter|classification|"
    r"criteria|lymphoma|sarcoma|tumou?r|procedure|operation|fracture|maneuver|manoeuvre|reflex|"
    r"tube|index|phenomenon|palsy|lamp|stain|stage|grade|ulcer|node|nodes|cyst|neuroma|"
    r"triad|murmur|point|line|method|position|incision|repair|technique|type|level|class|"
    r"monitor|drain|pouch|esophagus|oesophagus|encephalopathy|aphasia|area|law|effect|"
    r"examination|exam|counter|valve|shunt|society|guidelines?|protocol|view|projection|units?|"
    r"segment|segments|ring|body|bodies|cells?|space|spaces|bundle|canal|duct|gland|glands|"
    r"trial|equation|formula|rule|rules|hypothesis|angle|plane|maneuvers|signs|tests|scores|"
    r"respirations?|breathing|pulse|nodules?|lines|ratio|pill|catheters?)\b"
    r"|(?:'s|’s)?\s*[\u4e00-\u9fa5]{0,4}(?:评分|分级|分期|征|病|综合征|试验|量表|导尿管|手术|骨折|指数|"
    r"评估|分型|标准|导管|引流|氏)"
    r"|\s+(?:stage\s+)?[IV]{1,4}[A-E]?(?:期|\b)"
    r"|\s+(?:and|or|&|/)\s+[A-Z][a-z]+(?:'s|’s)?\s+(?:maneuvers|signs|tests|criteria|scores|"
    r"syndromes|diseases)\b", re.I)
_DOSE_NEXT = re.compile(r"\s*(?:\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ug|g|ml|mL|units?|iu|%|mEq|puffs?|tabs?|"
                        r"tablets?|caps?|drops?)\b|XR|ER|SR|CR|DR\b|tablet|tab|cap|inhaler|"
                        r"injection|drops)", re.I)
_DRUG_BEFORE = re.compile(r"\b(?:start(?:ed)?|take|taking|took|on|continue|stop(?:ped)?|prescribed|"
                          r"given|dose|increase|decrease|resume|hold|mg|rx)\s+$", re.I)
#: the head nouns of clinical terms: a capitalised word right before one of these is part of a
#: term ("Femoral neck fracture", "Legionella urine antigen"), not a person
_CLINICAL_HEADS = frozenset("""
neck head body tail lobe lobes segment artery arteries vein veins nerve nerves muscle muscles
bone bones joint joints duct ducts valve valves node nodes gland glands fracture fractures
pneumonia embolism infection infections disease diseases disorder disorders syndrome
syndromes deficiency failure injury injuries tumor tumour tumors carcinoma cancer lesion
lesions mass masses nodule nodules cyst cysts effusion edema stenosis occlusion thrombosis
urine blood serum plasma antigen antibody antibodies culture cultures titer titers test tests
panel screen scan vaccine vaccines polysaccharide toxoid virus bacteria species infection
pacemaker implantation resection repair replacement biopsy transplant catheterization
cholecystectomy appendectomy colectomy arthroplasty angioplasty stenting ablation
insufficiency hypertension pressure rhythm rate tone reflex reflexes sign signs score scale
""".split())
_INSTRUMENTS = frozenset("scale score criteria index classification questionnaire inventory "
                         "test protocol rule staging grading system assessment survey".split())
_VALUE_NEXT = re.compile(r"\s*[:：=]?\s*[<>≤≥~]?\s*\d(?!\d*[/-]\d)")
#: a kinship word in parentheses after a name: ``kevin (nephew)``
_KIN_AFTER = re.compile(r"\s*\((?:son|daughter|wife|husband|spouse|partner|mother|father|mom|dad|"
                        r"sister|brother|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|"
                        r"grandfather|cousin|friend|neighbou?r|caregiver|guardian|proxy|poa|"
                        r"fianc[eé]e?|girlfriend|boyfriend|step\w+|sibling|child)\)", re.I)
#: names written with inner capitals (McDonald, O'Brien, DeShawn); others (BiPAP, MoCA,
#: NT-proBNP, D-dimer) are abbreviations
_INNER_CAPS_NAME = re.compile(r"^(?:Mc|Mac|O'|O’|D'|D’|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z][a-z]+$")
_ALLCAPS_KEEP = re.compile(r"^(?:[A-Z]{1,4}\d*|[A-Z]+s)$")


def _key(word: str) -> str:
    """Lower case, accents folded (the lexicons are stored that way)."""
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    key: str
    cap: bool
    allcaps: bool
    initial: bool          # a single capital letter (a middle or first initial)
    sentence_start: bool


def _sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence, a line or a list item."""
    line = text[text.rfind("\n", 0, start) + 1:start]
    before = line.rstrip(" \t")
    if not before or before[-1] in "!?:;•*–—(\"[":
        return True
    if before[-1] == ".":
        word = re.search(rf"([{_LATIN}]+)\.$", before)
        if word and (len(word.group(1)) == 1 or word.group(1).lower() in _TITLES):
            # an initial or a title goes on; a list label alone on its line ("A. Sigmoid") starts
            ahead = before[:word.start()].rstrip()
            return len(word.group(1)) == 1 and (not ahead or ahead[-1] in ":-•*")
        return True
    if before[-1] == ")" and re.fullmatch(r"\s*[\w]{1,2}\)", before):
        return True
    return before in ("-", "–", "•", "*") or bool(re.fullmatch(r"\s*\d{1,2}[.)]", before))


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word.endswith(("'s", "’s")):  # the possessive is not part of the name
            word = word[:-2]
        word = word.rstrip("'’")
        if not word:
            continue
        end = m.start() + len(word)
        cap = word[0].isupper()
        label = len(word) == 1 and cap and _sentence_start(text, m.start()) \
            and text[end:end + 1] in (".", ")") and text[end + 1:end + 2] in (" ", "\t")
        out.append(_Token(m.start(), end, word, _key(word), cap, len(word) > 1 and word.isupper(),
                          len(word) == 1 and cap and not label, _sentence_start(text, m.start())))
    return out


class _Judge:
    """Decides, word by word, which words are names or places."""

    def __init__(self, text: str, vocab: TextVocabulary, claimed: Callable[[int, int], bool]):
        self.text = text
        self.vocab = vocab
        self.tokens = _tokens(text)
        self.claimed = claimed
        self._initials_before_names()

    def _initials_before_names(self) -> None:
        """A letter and a period at the start of a line is a list label (``A. Sigmoid colon``)
        unless a name follows it (``M. Hall, LPN``)."""
        for i, t in enumerate(self.tokens):
            if len(t.text) == 1 and t.cap and not t.initial and i + 1 < len(self.tokens):
                nxt = self.tokens[i + 1]
                if self.text[t.end:nxt.start] in (". ", ".") and (
                        self.vocab.is_name(nxt.key) or _CREDENTIALS.match(self.text, nxt.end)):
                    self.tokens[i] = replace(t, initial=True)
                    self.tokens[i + 1] = replace(nxt, sentence_start=False)

    # what a word is ---------------------------------------------------------------------------
    def everyday(self, t: _Token) -> bool:
        """A name that is also an everyday word, or any common word."""
        return self.vocab.is_name_word(t.key) or self.vocab.is_common(t.key, threshold=3.5)

    def known_name(self, t: _Token) -> bool:
        return self.vocab.is_name(t.key) and not self.everyday(t)

    def clinical(self, i: int, *, in_name: bool = False) -> bool:
        """Clinical vocabulary here: a drug, an eponym naming its thing, a medical word.

        A word that is also a name is clinical only in a clinical context: a drug before a
        dose or after a verb of prescribing (``Allegra 180 mg``), an eponym before the thing it
        names (``Parkinson's disease``, ``Foley catheter``). ``in_name``: the word stands in a
        name already begun (``Dr. Patience Sweet``), so a drug name counts only before a dose.
        """
        t = self.tokens[i]
        name = self.vocab.is_name(t.key)
        if t.key in self.vocab.clinical or (t.cap and _EPONYM_NEXT.match(self.text, t.end)):
            return True
        if t.cap and not in_name and not self.after_person_word(i) and self.in_clinical_term(i):
            return True
        if t.key in self.vocab.eponyms:
            return not name
        if t.key in self.vocab.drugs:
            if not name and t.key not in self.vocab.places and not in_name:
                return True
            before = self.text[max(0, t.start - 24):t.start]
            return bool(_DOSE_NEXT.match(self.text, t.end) or _DRUG_BEFORE.search(before))
        return is_clinical_word(t.key) and not name

    def abbreviation(self, i: int) -> bool:
        """Written like an abbreviation or a measurement, not like a name: inner capitals
        (``BiPAP``, ``NT-proBNP``), a one-letter part (``D-dimer``), a value right after it
        (``Na 130``, ``Resp: 17``)."""
        t = self.tokens[i]
        if not t.allcaps and any(c.isupper() for c in t.text[1:]) \
                and not _INNER_CAPS_NAME.match(t.text) and "-" not in t.text:
            return True
        if "-" in t.text and any(len(part) <= 1 or (len(part) > 1 and part.isupper())
                                 or any(c.isdigit() for c in part) for part in t.text.split("-")):
            return True
        return bool(_VALUE_NEXT.match(self.text, t.end)) and not self.vocab.is_name(t.key) \
            and not self.after_person_word(i)

    def in_clinical_term(self, i: int) -> bool:
        """Right before a clinical head noun (``Femoral neck fracture``), inside a hyphenated
        word of everyday or clinical parts (``Dual-chamber``, ``Budesonide-formoterol``), or
        in the name of an instrument (``Columbia Suicide Severity Rating Scale``)."""
        t = self.tokens[i]
        if "-" in t.text:
            parts = [_key(p) for p in t.text.split("-")]
            if all(len(p) >= 4 and (self.vocab.is_common(p) or p in self.vocab.drugs
                                    or is_clinical_word(p)) for p in parts):
                return True
        j = self.neighbour(i, 1)
        if j is not None and not self.tokens[j].cap and (
                self.tokens[j].key in _CLINICAL_HEADS or is_clinical_word(self.tokens[j].key)):
            return True
        k, steps = i, 0
        while steps < 5 and (k := self.neighbour(k, 1)) is not None and self.tokens[k].cap:
            if self.tokens[k].key in _INSTRUMENTS:
                return True
            steps += 1
        return False

    def is_proper(self, i: int) -> bool:
        """A capitalised word that is no everyday word and no clinical word."""
        t = self.tokens[i]
        if not t.cap or t.initial or t.key in _NEVER or self.clinical(i) or self.abbreviation(i):
            return False
        if t.allcaps and (_ALLCAPS_KEEP.match(t.text) or self.vocab.is_common(t.key, threshold=2.5)):
            return False
        return not self.vocab.is_common(t.key)

    # where it stands --------------------------------------------------------------------------
    def neighbour(self, i: int, step: int, *, comma: bool = False) -> int | None:
        """The index of the next (``step`` 1) or previous (-1) word when only spaces stand
        between them, or the period of an initial or a title, or (``comma``) a comma."""
        j = i + step
        if not 0 <= j < len(self.tokens):
            return None
        a, b = (self.tokens[i], self.tokens[j]) if step > 0 else (self.tokens[j], self.tokens[i])
        gap = self.text[a.end:b.start]
        if len(gap) > 4 or "\n" in gap:
            return None
        bare = gap.strip(" \t")
        if bare == "" and gap:
            return j
        if bare == "." and (a.initial or a.key in _TITLES or a.key in ("st", "mt", "ft")):
            return j
        if comma and bare == ",":
            return j
        return None

    def after_cue(self, i: int) -> bool:
        """After a title, a kinship or role word (also across a comma), or a ``Label:``."""
        return self.after_person_word(i) or self.after_label(i)

    def after_person_word(self, i: int) -> bool:
        """After a title (``Dr.``) or a kinship or role word (``her son, Kevin``), initials
        between allowed (``Dr. K. Ward``); or before a kinship word in parentheses."""
        if _KIN_AFTER.match(self.text, self.tokens[i].end):
            return True
        j = self.neighbour(i, -1, comma=True)
        while j is not None and self.tokens[j].initial:
            j = self.neighbour(j, -1)
        if j is None:
            return False
        prev = self.tokens[j]
        comma = "," in self.text[prev.end:self.tokens[i].start]
        return prev.key in _PERSON_CUES or (not comma and prev.key in _TITLES)

    def after_label(self, i: int) -> bool:
        before = self.text[max(0, self.tokens[i].start - 24):self.tokens[i].start]
        return bool(_LABEL.search(before))

    def after_weak_cue(self, i: int) -> bool:
        j = self.neighbour(i, -1)
        return j is not None and self.tokens[j].key in _WEAK_CUES

    def before_credential(self, i: int) -> bool:
        return bool(_CREDENTIALS.match(self.text, self.tokens[i].end))

    def person_context(self, i: int) -> bool:
        """Next to another name or a proper noun, or before a verb people do."""
        if self.after_cue(i) or self.before_credential(i):
            return True
        for step in (-1, 1):
            j = self.neighbour(i, step)
            if j is not None:
                other = self.tokens[j]
                if other.cap and not other.allcaps and other.key not in _NEVER \
                        and (self.known_name(other) or self.is_proper(j)):
                    return True
        j = self.neighbour(i, 1)
        return j is not None and self.tokens[j].key in _PERSON_VERBS

    # verdicts ----------------------------------------------------------------------------------
    def verdict(self, i: int) -> str | None:
        t = self.tokens[i]
        if self.claimed(t.start, t.end) or t.initial \
                or (t.key in _CREDENTIAL_WORDS and t.allcaps and not self.after_label(i)):
            return None
        if self.abbreviation(i):
            return None
        j = self.neighbour(i, 1)
        if j is not None and self.tokens[j].key in _TITLES \
                and self.text[self.tokens[j].end:self.tokens[j].end + 1] == ".":
            return None  # "Hospitalist Dr. Hanson": a title starts the name
        if t.key in _NEVER and not (t.cap and self.vocab.is_name(t.key)
                                    and (self.after_cue(i) or self.before_credential(i))):
            return None
        if t.allcaps:
            return self._allcaps(i)
        if not t.cap:
            return self._lowercase(i)
        if self.vocab.is_name(t.key):
            return self._name_word(i)
        if (self.after_person_word(i) or self.before_credential(i)
                or ((self.after_label(i) or self.after_weak_cue(i)) and self.is_proper(i))) \
                and not self.clinical(i):
            return "name"
        if t.key in self.vocab.places and not self.clinical(i):
            j = self.neighbour(i, -1)
            cued = j is not None and self.tokens[j].key in _PLACE_CUES
            return "geo" if not self.vocab.is_common(t.key, threshold=4.5) \
                or not t.sentence_start or cued else None
        if self.is_proper(i):
            j = self.neighbour(i, -1)
            if j is not None and self.tokens[j].key in _PLACE_CUES:
                return "geo"
            if t.sentence_start and not self.person_context(i) and self._starts_a_sentence(i):
                return None  # "Submassive pulmonary embolism": the first word of a sentence
            return "name"
        return None

    def _starts_a_sentence(self, i: int) -> bool:
        """The word opens a sentence or a heading line that goes on in lower case."""
        j = self.neighbour(i, 1)
        return j is not None and not self.tokens[j].cap

    def _name_word(self, i: int) -> str | None:
        """A capitalised word the name lexicon knows."""
        t = self.tokens[i]
        cued = self.after_cue(i) or self.before_credential(i)
        if self.clinical(i) and not cued:
            return None
        if cued or not self.everyday(t):
            return "name"
        if t.sentence_start:
            return "name" if self.person_context(i) else None
        return "name"  # capitalised inside a sentence

    def _lowercase(self, i: int) -> str | None:
        """A lower-case word is a name only after a title or a kinship/role word, or as a
        given name and surname pair (``john smith``)."""
        t = self.tokens[i]
        if not self.vocab.is_name(t.key):
            return None
        if self.vocab.is_name_word(t.key) and not self.after_cue(i):
            j = self.neighbour(i, -1)  # "david hunter": a surname word after a clear given name
            prev = self.tokens[j] if j is not None else None
            if not (prev is not None and not prev.cap and prev.key in self.vocab.first_names
                    and not self.vocab.is_name_word(prev.key)):
                return None
        if self.after_cue(i):
            before = self.text[max(0, t.start - 24):t.start]
            dose = _DOSE_NEXT.match(self.text, t.end) or _DRUG_BEFORE.search(before)
            return None if dose or t.key in self.vocab.clinical else "name"
        if self.clinical(i):
            return None
        for step in (-1, 1):
            j = self.neighbour(i, step)
            if j is None:
                continue
            other = self.tokens[j]
            if not other.cap and self.vocab.is_name(other.key):
                first, last = (other, t) if step < 0 else (t, other)
                if first.key in self.vocab.first_names and not self.vocab.is_name_word(first.key) \
                        and (last.key in self.vocab.last_names
                             or last.key in self.vocab.common_word_names):
                    return "name"
        return None

    def _allcaps(self, i: int) -> str | None:
        t = self.tokens[i]
        if self.vocab.is_name(t.key) and self.after_label(i) and not self.clinical(i):
            return "name"
        if (_ALLCAPS_KEEP.match(t.text) and len(t.text) <= 3) or self.clinical(i):
            return None
        if not self.vocab.is_name(t.key):
            return "name" if self.after_cue(i) and self.is_proper(i) else None
        if self.after_cue(i) or self.before_credential(i) or self.known_name(t):
            return "name"
        for step in (-1, 1):
            j = self.neighbour(i, step, comma=True)
            if j is not None and self.tokens[j].allcaps and self.vocab.is_name(self.tokens[j].key) \
                    and not self.clinical(j):
                return "name"
        return None


def _pairs(judge: _Judge, verdicts: list[str | None]) -> None:
    """A given name and a surname side by side (initials between allowed; ``Surname, Given``
    too) are a name, whatever else each word is."""
    tokens, vocab = judge.tokens, judge.vocab
    for i, t in enumerate(tokens):
        if not t.cap or t.initial or judge.claimed(t.start, t.end) or judge.clinical(i, in_name=True):
            continue
        j = judge.neighbour(i, 1)
        while j is not None and tokens[j].initial:       # John A. Smith
            j = judge.neighbour(j, 1)
        comma = judge.neighbour(i, 1, comma=True)
        for k, first, last in ((j, t, tokens[j] if j is not None else None),
                               (comma, tokens[comma] if comma is not None else None, t)):
            if k is None or first is None or last is None or not tokens[k].cap \
                    or tokens[k].initial or judge.clinical(k):
                continue
            clear_first = first.key in vocab.first_names and not vocab.is_name_word(first.key)
            if last is t and clear_first and k == comma and t.cap and not judge.clinical(i) \
                    and (judge.after_label(i) or t.sentence_start) \
                    and (t.key not in _TITLES or t.allcaps):
                verdicts[i] = verdicts[k] = "name"  # "GOODNIGHT, SUSAN" in a header
                continue
            if first.key in vocab.first_names and last.key in vocab.last_names \
                    and first.key not in _NEVER - _MONTH_NAMES \
                    and (last.key not in _NEVER or (clear_first and last is tokens[k])):
                verdicts[i] = verdicts[k] = "name"


#: the common Chinese surnames in pinyin (a pinyin word next to one of these is a name)
_PINYIN_SURNAMES = frozenset("""
wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu jiang cai du ye cheng su
wei lu ding ren shen yao jiang cui zhong tan fan jin shi liao jia xia wei fu fang bai zou meng
xiong qin qiu hou yin xue yan lei long shi tao he gu mao hao gong shao wan qian yan tan wen kang
shi niu fan ge xing an qi yi qiao wu pang ni zhuang nie zhang lu yue zhai yin zhan shen ou geng
guan lan jiao yu zhu bao ning shang fu ruan ke ji mei tong ling bi dan ji pei huo tu cheng miao
gu sheng qu weng ran luo lan lu you xin jin hua sima ouyang zhuge shangguan
""".split())


def _pinyin_names(judge: _Judge, verdicts: list[str | None]) -> None:
    """A pinyin given name next to a Chinese surname (``MA, XIN``, ``Li Haoran``, ``Xin Ma``)."""
    tokens = judge.tokens
    for i, t in enumerate(tokens):
        if t.key not in _PINYIN_SURNAMES or not t.cap or judge.claimed(t.start, t.end):
            continue
        for step in (1, -1):
            j = judge.neighbour(i, step, comma=True)
            while j is not None and tokens[j].initial:
                j = judge.neighbour(j, step)
            if j is None or not tokens[j].cap or judge.claimed(tokens[j].start, tokens[j].end):
                continue
            other = tokens[j]
            if other.key in _NEVER or judge.clinical(j) or not is_pinyin_word(other.text):
                continue
            if judge.vocab.is_common(other.key, threshold=4.0) and not judge.vocab.is_name(other.key):
                continue
            verdicts[i] = verdicts[j] = "name"


def _places(judge: _Judge, verdicts: list[str | None]) -> None:
    """Places of two or three words the gazetteer knows (``El Paso``, ``St. Louis``,
    ``Des Moines``), capitalised."""
    tokens, places = judge.tokens, judge.vocab.places
    for i in range(len(tokens)):
        for width in (3, 2):
            run = [i]
            while len(run) < width:
                j = judge.neighbour(run[-1], 1)
                if j is None:
                    break
                run.append(j)
            if len(run) < width or not all(tokens[k].cap for k in run) \
                    or any(judge.claimed(tokens[k].start, tokens[k].end) for k in run):
                continue
            key = " ".join(tokens[k].key for k in run)
            variants = (key, key.replace("st ", "saint ", 1), key.replace("st ", "st. ", 1),
                        key.replace("mt ", "mount ", 1), key.replace("ft ", "fort ", 1))
            if any(v in places for v in variants):
                for k in run:
                    verdicts[k] = verdicts[k] or "geo"
                break


def _runs_after_titles(judge: _Judge, verdicts: list[str | None]) -> None:
    """After a title or a kinship/role word, the capitalised words that follow (up to four,
    initials included) are the person's name: ``Dr. Patience Sweet``, ``son, Kevin J. Long``."""
    tokens = judge.tokens
    for i, t in enumerate(tokens):
        if verdicts[i] != "name" or not judge.after_person_word(i):
            continue
        j, taken = judge.neighbour(i, 1), 0
        while j is not None and taken < 4:
            nxt = tokens[j]
            if not nxt.cap or nxt.key in _NEVER or nxt.key in _CREDENTIAL_WORDS \
                    or judge.claimed(nxt.start, nxt.end) or judge.clinical(j, in_name=True):
                break
            if not nxt.initial:
                verdicts[j] = "name"
                taken += 1
            j = judge.neighbour(j, 1)


def _spread_names(judge: _Judge, verdicts: list[str | None]) -> None:
    """A capitalised word next to a name (``Emily Rahul``, ``Butler, Rahul``, across initials)
    is part of it, unless it is clinical, a heading word or a very common word."""
    changed = True
    while changed:
        changed = False
        for i, t in enumerate(judge.tokens):
            if verdicts[i] is not None or not t.cap or t.initial \
                    or judge.claimed(t.start, t.end) or judge.clinical(i):
                continue
            if (t.key in _NEVER and t.key not in _MONTH_NAMES) or t.key in _CREDENTIAL_WORDS:
                continue
            if judge.vocab.is_common(t.key, threshold=4.5) and not judge.vocab.is_name(t.key):
                continue
            for step in (-1, 1):
                j = judge.neighbour(i, step, comma=step < 0)
                while j is not None and judge.tokens[j].initial:
                    j = judge.neighbour(j, step)
                if j is not None and verdicts[j] == "name" \
                        and (t.key not in _MONTH_NAMES or step > 0):
                    verdicts[i] = "name"
                    changed = True
                    break


def find_english_names(text: str, vocab: TextVocabulary, *,
                       claimed: Callable[[int, int], bool] = lambda s, e: False) -> list[PhiSpan]:
    """Name and place spans among the words of an English note.

    Args:
        text: the note.
        vocab: what is known about words.
        claimed: whether a recogniser already took ``text[start:end]`` (a date, an address…).
    """
    judge = _Judge(text, vocab, claimed)
    verdicts = [judge.verdict(i) for i in range(len(judge.tokens))]
    _pairs(judge, verdicts)
    _places(judge, verdicts)
    _pinyin_names(judge, verdicts)
    _runs_after_titles(judge, verdicts)
    _spread_names(judge, verdicts)
    for i, t in enumerate(judge.tokens):  # an initial between or before name words
        if t.initial and verdicts[i] is None:
            j = judge.neighbour(i, 1)
            if j is not None and verdicts[j] == "name":
                verdicts[i] = "name"
    spans = [PhiSpan(t.start, t.end, v) for t, v in zip(judge.tokens, verdicts, strict=True) if v]
    return _join(text, spans)


_JOINER = re.compile(r"^(?:\.?\s+|\s+(?:van|von|de|del|della|da|di|du|la|le|bin|ibn|al|el)\s+|"
                     r"\s*-\s*|,\s+)$")


def _join(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Adjacent name spans (``John A. Smith``, ``van der Berg``) become one span."""
    if not spans:
        return spans
    joined = [spans[0]]
    for span in spans[1:]:
        last = joined[-1]
        gap = text[last.end:span.start]
        if last.category == span.category and span.category in ("name", "geo") and len(gap) <= 6 \
                and _JOINER.match(gap) and "\n" not in gap \
                and (span.category == "name" or "," not in gap):
            joined[-1] = PhiSpan(last.start, span.end, span.category)
        else:
            joined.append(span)
    return joined
