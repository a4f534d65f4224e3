"""The name judge: word by word, whether an English word is a name, a place, or safe."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from medenclave_deid.core.text import english_judge_cues as cues
from medenclave_deid.core.text.english_derived import is_derived_word
from medenclave_deid.core.text.english_words import (
    ALLCAPS_KEEP,
    CLINICAL_HEADS,
    CREDENTIAL_WORDS,
    CREDENTIALS,
    DOSE_NEXT,
    DRUG_BEFORE,
    EPONYM_NEXT,
    HEADING_SURNAMES,
    INNER_CAPS_NAME,
    INSTRUMENTS,
    KIN_AFTER,
    KINSHIP,
    LABEL,
    NAMING,
    NEVER,
    PERSON_CUES,
    PERSON_ONLY_VERBS,
    PERSON_VERBS,
    PLACE_CUES,
    PROCEDURE_MODIFIERS,
    SPECIALTY,
    SPECIALTY_AFTER,
    SPECIALTY_BEFORE,
    TITLES,
    VALUE_NEXT,
    WEAK_CUES,
    Token,
    tokenize,
    word_key,
)
from medenclave_deid.core.text.judge_memo import per_judge
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["Judge"]

#: credentials only a person holds (not PT, OT, MA or MS, which are also clinical abbreviations)
_STRONG_CREDENTIAL = re.compile(r",?[ \t]*(?:MD|M\.D\.|RN|NP|CRNA|CNM|APRN|FNP(?:-[A-Z]{1,2})?|PA-C|"
                                r"PhD|PharmD|DDS|DMD|DPM|MBBS|LCSW|LPN|PGY-?\d)(?![\w-])|,[ \t]*DO\b")
_SPECIALTY_WORD = re.compile(SPECIALTY)
#: units written like short names after a number (radiation dose, activity, energy, frequency)
_UNITS = frozenset("gy cgy mgy sv msv usv bq mbq gbq ci mci uci kev mev kv kvp hz khz mhz kda da".split())
_ATTACHED_QUALIFIER = re.compile(r"\([A-Za-z0-9]{1,3}\)|[ \t]+\((?:m?V|ms|ohms?|Ω|%|mm|bpm|mmHg|mA|J)\)")
_NUMBER_BEFORE = re.compile(r"(?:\d[ \t]?|/)$")  # a count ("15 min") or a unit's denominator ("L/min")
_LABEL_AFTER = re.compile(r"[ \t]*(?:#|No\.)?[ \t]*[:：]|[ \t]*#")
_SPEAKER = re.compile(r"[ \t]*:[ \t]*([a-z]+)\b")


class Judge:
    """Decides, word by word, which words are names or places."""

    def __init__(self, text: str, vocab: TextVocabulary, claimed: Callable[[int, int], bool]):
        self.text = text
        self.vocab = vocab
        self.tokens = tokenize(text)
        self.claimed = claimed
        self._initials_before_names()

    def _initials_before_names(self) -> None:
        """A letter and a period opening a line: a list label (``A. Sigmoid``) unless a name follows."""
        for i, t in enumerate(self.tokens):
            if len(t.text) == 1 and t.cap and not t.initial and i + 1 < len(self.tokens):
                nxt = self.tokens[i + 1]
                if self.text[t.end:nxt.start] in (". ", ".") and (
                        self.vocab.is_name(nxt.key) or CREDENTIALS.match(self.text, nxt.end)):
                    self.tokens[i] = replace(t, initial=True)
                    self.tokens[i + 1] = replace(nxt, sentence_start=False)

    # what a word is ---------------------------------------------------------------------------
    def everyday(self, t: Token) -> bool:
        """A name that is also an everyday word, or any common word."""
        return self.vocab.is_name_word(t.key) or (self.vocab.is_common(t.key, threshold=3.5)
                                                   and t.key not in self.vocab.name_dominant)

    def known_name(self, t: Token) -> bool:
        return self.vocab.is_name(t.key) and not self.everyday(t)

    @per_judge
    def clinical(self, i: int, *, in_name: bool = False) -> bool:
        """Clinical vocabulary here: a drug, an eponym naming its thing, a medical word.

        A word that is also a name is clinical only in a clinical context: a drug before a
        dose or after a verb of prescribing (``Allegra 180 mg``), an eponym before the thing it
        names (``Parkinson's disease``, ``Foley catheter``). ``in_name``: the word stands in a
        name already begun (``Dr. Patience Sweet``), so a drug name counts only before a dose.
        """
        t = self.tokens[i]
        name = self.vocab.is_name(t.key)
        if t.key in self.vocab.clinical or cues.eponym_before_its_thing(self, i) or cues.genus(t.key):
            return True
        if len(t.key) > 4 and t.key.endswith("s") and (t.key[:-1] in self.vocab.clinical or (
                t.key[:-1] in self.vocab.eponyms and not name and not self.vocab.is_name(t.key[:-1]))):
            return True  # the plural of a clinical word or an eponym ("Apgars 8/9")
        if t.cap and not in_name and not self.after_person_word(i):
            j = self.neighbour(i, 1)  # the first word of a two-word eponym: "Ann Arbor stage III"
            after = EPONYM_NEXT.match(self.text, self.tokens[j].end) if j is not None else None
            if j is not None and after and self.tokens[j].cap \
                    and "-" not in self.text[t.end:self.tokens[j].start] \
                    and not after.group().lstrip("'’s ").startswith(("negative", "positive")):
                return True
            if DOSE_NEXT.match(self.text, t.end) and any(c.isdigit() for c in self.text[t.end:t.end + 4]):
                return True  # a word right before a dose is a drug: "Sinemet 25/100 mg"
        if t.cap and not in_name and not self.after_person_word(i) and self.in_clinical_term(i):
            return True
        if t.key in self.vocab.eponyms:
            return not name
        if t.cap and not name and not self.vocab.is_common(t.key) and self._among_drugs(i) \
                and not self.after_person_word(i):  # "Mother Wislande, colorectal cancer"
            return True
        if t.key in self.vocab.drugs:
            # the drug lists hold everyday words too ("Royal", "Meadow", "Mother"): such a word
            # after a person cue, or any word right after a kinship word ("wife Marigold"), is a
            # drug only before a dose or after a verb of prescribing
            if not name and t.key not in self.vocab.places and not in_name \
                    and not ((self.vocab.is_common(t.key) or self._after_kin(i))
                             and self.after_person_word(i)):
                return True
            before = self.text[max(0, t.start - 24):t.start]
            return bool(DOSE_NEXT.match(self.text, t.end) or DRUG_BEFORE.search(before))
        # the shape alone is weak: a name or a place it does not make clinical ("Tacoma")
        return is_clinical_word(t.key) and not name and t.key not in self.vocab.places

    def _after_kin(self, i: int) -> bool:
        j = self.neighbour(i, -1, comma=True)
        return j is not None and self.tokens[j].key in KINSHIP

    def _among_drugs(self, i: int) -> bool:
        """An item of a list of drugs (``Meds: Xarelto, Hemabate, Lipitor``): a word no list
        knows between known drugs, joined to them by commas."""
        for step in (-1, 1):
            j = self.neighbour(i, step, comma=True)
            if j is not None and "," in self.text[min(self.tokens[i].end, self.tokens[j].end):
                                                  max(self.tokens[i].start, self.tokens[j].start)]:
                other = self.tokens[j].key
                if other in self.vocab.drugs and not self.vocab.is_name(other) \
                        and not self.vocab.is_common(other):  # the list has everyday words too
                    return True
        return False

    def abbreviation(self, i: int) -> bool:
        """Written like an abbreviation or a measurement, not like a name: inner capitals
        (``BiPAP``, ``NT-proBNP``), a one-letter part (``D-dimer``), a value right after it
        (``Na 130``, ``Resp: 17``)."""
        t = self.tokens[i]
        if _ATTACHED_QUALIFIER.match(self.text, t.end) or cues.lab_element(self, i):
            return True  # a qualifier or unit after the word ("Rho(D)", "Thr (V)"); a level ("Li 0.6")
        if t.key in _UNITS and _NUMBER_BEFORE.search(self.text, max(0, t.start - 12), t.start):
            return True  # a unit after its number ("54 Gy", "2.1 mSv", "140 kVp")
        if not t.allcaps and any(c.isupper() for c in t.text[1:]) \
                and not INNER_CAPS_NAME.match(t.text) and "-" not in t.text:
            return True
        if "-" in t.text and any(len(part) <= 1 or (len(part) > 1 and part.isupper())
                                 or any(c.isdigit() for c in part) for part in t.text.split("-")):
            return True
        return bool(VALUE_NEXT.match(self.text, t.end)) and not self.vocab.is_name(t.key) \
            and not self.after_person_word(i)

    def in_clinical_term(self, i: int) -> bool:
        """Right before a clinical head noun (``Femoral neck fracture``), inside a hyphenated word of
        everyday or clinical parts (``Dual-chamber``), or in an instrument's name (``Columbia ... Scale``)."""
        t = self.tokens[i]
        if "-" in t.text:
            parts = [word_key(p) for p in t.text.split("-")]
            if all(self.vocab.is_name(p) for p in parts):
                return False  # a double-barrelled name: Abbott-Williams
            if all(len(p) >= 4 and (self.vocab.is_common(p) or p in self.vocab.drugs
                                    or is_clinical_word(p)) for p in parts):
                return True
        # a clinical head right after it, or after a modifier of one ("Lexiscan stress test",
        # "Foley bulb induction"; not "Okonkwo regarding colonoscopy")
        j = self.neighbour(i, 1)
        for hop in (0, 1):
            if j is None or self.tokens[j].cap:
                break
            key = self.tokens[j].key
            if key in CLINICAL_HEADS or is_clinical_word(key):
                return True
            if hop or self.vocab.is_name(t.key) \
                    or not (key in PROCEDURE_MODIFIERS or key.endswith(("-guided", "-assisted"))):
                break  # (a known name is one only with the head right after it)
            j = self.neighbour(j, 1)
        # a run of capitals that ends in a clinical head names a test or an operation, written
        # in title case ("Transthoracic Echocardiogram", "Lumbar Epidural Steroid Injection")
        k, steps = i, 0
        while steps < 5 and (nxt := self.neighbour(k, 1)) is not None and self.tokens[nxt].cap:
            k = nxt
            key = self.tokens[k].key
            if self.tokens[k].initial:  # "Marisela K. Obi": an initial is in a name, not a term
                return False
            if key in INSTRUMENTS or (len(key) >= 3 and (key in CLINICAL_HEADS or key in self.vocab.clinical
                                       or is_clinical_word(key)) and not self.vocab.is_name(key)
                                      and key not in self.vocab.places):
                return True
            steps += 1
        return False

    def is_proper(self, i: int) -> bool:
        """A capitalised word that is no everyday word (nor a form of one: ``Drips``) or clinical word."""
        t = self.tokens[i]
        if not t.cap or t.initial or t.key in NEVER or self.clinical(i) or self.abbreviation(i):
            return False
        if t.allcaps and (ALLCAPS_KEEP.match(t.text) or self.vocab.is_common(t.key, threshold=2.5)):
            return False
        return not self.vocab.is_common(t.key) and not is_derived_word(t.text, self.vocab.zipf)
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
        if bare == "." and (a.initial or a.key in ("st", "mt", "ft") or (
                a.key in TITLES and not self.text[max(0, a.start - 2):a.start].strip()[-1:].isdigit())):
            # a title, but not a unit after a number ("0.4 ms. Battery voltage")
            return j
        if comma and bare == ",":
            return j
        return None

    def after_cue(self, i: int) -> bool:
        """After a title, a kinship or role word (also across a comma), or a ``Label:``."""
        return self.after_person_word(i) or self.after_label(i)

    @per_judge
    def after_person_word(self, i: int) -> bool:
        """After a title (``Dr.``) or a kinship or role word (``her son, Kevin``), initials
        between allowed (``Dr. K. Ward``); or before a kinship word in parentheses."""
        if KIN_AFTER.match(self.text, self.tokens[i].end) or cues.kin_or_service_after(self, i):
            return True
        j = self.neighbour(i, -1, comma=True)
        while j is not None and self.tokens[j].initial:
            j = self.neighbour(j, -1)
        if j is None:
            return False
        prev = self.tokens[j]
        comma = "," in self.text[prev.end:self.tokens[i].start]
        cued = PERSON_CUES - NAMING if comma else PERSON_CUES  # "Family called, comfort care": no naming
        return prev.key in cued or (not comma and prev.key in TITLES)

    def after_label(self, i: int) -> bool:
        before = self.text[max(0, self.tokens[i].start - 24):self.tokens[i].start]
        return bool(LABEL.search(before))

    def after_weak_cue(self, i: int) -> bool:
        j = self.neighbour(i, -1)
        return j is not None and self.tokens[j].key in WEAK_CUES

    def before_credential(self, i: int) -> bool:
        """Before a credential (``Ward, RN``) or a specialty in parentheses (``Banks
        (Cardiology)``); or alone in parentheses after a specialty (``Ortho (Chase)``)."""
        t = self.tokens[i]
        if CREDENTIALS.match(self.text, t.end):
            return True
        if not t.cap or t.key in CLINICAL_HEADS or t.key in NEVER or self.clinical(i, in_name=True) \
                or not (self.vocab.is_name(t.key) or not self.vocab.is_common(t.key)):
            return False  # "Stress Test (Cardiology)", "Echo (Cardiology)", "Agree (attending)"
        if SPECIALTY_AFTER.match(self.text, t.end):
            return True
        return self.text[t.end:t.end + 1] == ")" \
            and bool(SPECIALTY_BEFORE.search(self.text, max(0, t.start - 40), t.start))

    def person_context(self, i: int) -> bool:
        """Next to another name or a proper noun, or before a verb people do."""
        if self.after_cue(i) or self.before_credential(i):
            return True
        for step in (-1, 1):
            j = self.neighbour(i, step)
            if j is not None:
                other = self.tokens[j]
                if other.cap and not other.allcaps and other.key not in NEVER \
                        and (self.known_name(other) or self.is_proper(j)):
                    return True
        t = self.tokens[i]
        if self._speaker(i):
            return True
        if self.text[t.end:t.end + 2] in ("'s", "’s") and self.vocab.is_name(t.key):
            return True  # "Hope's sugars": a name's possessive (eponyms are clinical before)
        return cues.person_after(self, i)

    # verdicts ----------------------------------------------------------------------------------
    def verdict(self, i: int) -> str | None:
        t = self.tokens[i]
        if self.claimed(t.start, t.end) or t.initial \
                or (t.key in CREDENTIAL_WORDS and t.allcaps and not self.after_label(i)):
            return None
        if self.abbreviation(i) or (_LABEL_AFTER.match(self.text, t.end) and not self._after_title(i)
                                    and not self._speaker(i) and not self._kin_before_colon(i)):
            return None  # an abbreviation or a measurement; or a label ("Randomization #:")
        j = self.neighbour(i, 1)
        if j is not None and self.tokens[j].key in TITLES \
                and self.text[self.tokens[j].end:self.tokens[j].end + 1] == ".":
            return None  # "Hospitalist Dr. Hanson": a title starts the name
        if t.key in NEVER and not (t.cap and self.vocab.is_name(t.key)
                                    and (self.after_cue(i) or self.before_credential(i))) \
                and not (t.cap and t.key in HEADING_SURNAMES and self._before_person_verb(i)):
            return None
        if t.allcaps:
            return self._allcaps(i)
        if self._signed_by_credential(i):
            return "name"
        if not t.cap:
            return self._lowercase(i)
        if self.vocab.is_name(t.key) and self.vocab.zipf(t.key) < 7.0:  # "The", "For": no names
            return self._name_word(i)
        if (self.after_person_word(i) or self.before_credential(i)
                or ((self.after_label(i) or self.after_weak_cue(i)) and self.is_proper(i))) \
                and not self.clinical(i):
            return "name"
        if t.key in self.vocab.places and not self.clinical(i):
            j = self.neighbour(i, -1)
            cued = j is not None and self.tokens[j].key in PLACE_CUES
            return None if t.sentence_start and not cued and (self.vocab.is_common(t.key, threshold=4.5) or (
                self.vocab.is_common(t.key, threshold=3.5) and self._starts_a_sentence(i))) else "geo"
        if self.is_proper(i):
            j = self.neighbour(i, -1)
            if j is not None and self.tokens[j].key in PLACE_CUES:
                return "geo"
            if t.sentence_start and not self.person_context(i) and self._starts_a_sentence(i):
                return None  # "Submassive pulmonary embolism": the first word of a sentence
            return "name"
        return None

    def _before_person_verb(self, i: int) -> bool:
        """Right before what only a person does (``Ward tolerated the procedure``)."""
        j = self.neighbour(i, 1)
        return j is not None and self.tokens[j].key in PERSON_ONLY_VERBS

    def _speaker(self, i: int) -> bool:
        """A name before a colon and a verb people do (``Hope: reports no side effects``)."""
        t = self.tokens[i]
        m = _SPEAKER.match(self.text, t.end)
        return m is not None and t.cap and self.vocab.is_name(t.key) and m.group(1).lower() in PERSON_VERBS

    def _signed_by_credential(self, i: int) -> bool:
        """A rare capitalised word right before a licensed clinician's credential (``Mwangi,
        CRNA``, ``-- Oyelaran MD``) is the person even when a word list or the word's shape calls
        it clinical; no drug, finding or department is written that way. A word of the drug
        lists as common as everyday English (``Rosenthal MD``) is a surname there."""
        t = self.tokens[i]
        if not t.cap or not _STRONG_CREDENTIAL.match(self.text, t.end) or t.key in NEVER \
                or t.key in CLINICAL_HEADS or t.key in self.vocab.clinical \
                or t.key in self.vocab.eponyms or "-" in t.text \
                or (t.key in self.vocab.drugs and not self.vocab.is_name(t.key)
                    and not self.vocab.is_common(t.key)) \
                or (is_clinical_word(t.key) and self.vocab.is_common(t.key, threshold=1.5)) \
                or _SPECIALTY_WORD.fullmatch(t.text):
            return False
        return self.vocab.is_name(t.key) or not self.vocab.is_common(t.key, threshold=3.5)

    def _kin_before_colon(self, i: int) -> bool:
        """A relative's name heading a list item (``- aunt Rosalind: lupus``): a capitalised word
        right after a kinship word is the person, not a label."""
        t = self.tokens[i]
        return t.cap and not t.allcaps and self._after_kin(i) and not self.clinical(i) \
            and (self.vocab.is_name(t.key) or not self.vocab.is_common(t.key))

    def _after_title(self, i: int) -> bool:
        """Right after a title (``Ms. Ugwu:`` opens a message, not a label), or ``Officer Burris #412``."""
        return cues.after_title(self, i) or cues.badge_after_person(self, i)  # "Dr. D. Booth:" too

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
        j = self.neighbour(i, -1)
        if j is not None and not cued and self.tokens[j].cap and not self.tokens[j].allcaps \
                and self.abbreviation(j) and self.tokens[j].key[:-1] not in CREDENTIAL_WORDS:  # not RNs
            return None  # the rest of a product's name: "QuantiFERON-TB Gold Plus"
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
        if cues.lowercase_given_name(self, i) or cues.patient_after_room(self, i):
            return "name"
        if self.vocab.is_name_word(t.key) and not cues.cued_lowercase(self, i):
            j = self.neighbour(i, -1)  # "david hunter": a surname word after a clear given name
            prev = self.tokens[j] if j is not None else None
            if not (prev is not None and not prev.cap and prev.key in self.vocab.first_names
                    and not self.vocab.is_name_word(prev.key)):
                return None
        if cues.cued_lowercase(self, i):
            before = self.text[max(0, t.start - 24):t.start]
            dose = DOSE_NEXT.match(self.text, t.end) or DRUG_BEFORE.search(before)
            return None if dose or t.key in self.vocab.clinical else "name"
        if self.clinical(i):
            return None
        for step in (-1, 1):
            j = self.neighbour(i, step)
            other = self.tokens[j] if j is not None else None
            if other is None or other.cap or not self.vocab.is_name(other.key):
                continue
            first, last = (other, t) if step < 0 else (t, other)
            if first.key in self.vocab.first_names and not self.vocab.is_name_word(first.key) \
                    and not _NUMBER_BEFORE.search(self.text, max(0, first.start - 2), first.start) \
                    and (last.key in self.vocab.last_names or last.key in self.vocab.common_word_names):
                return "name"  # not a count's unit ("15 min each side")
        return None

    def _allcaps(self, i: int) -> str | None:
        t = self.tokens[i]
        if self.vocab.is_listed_name(t.key) and self.after_label(i) and not self.clinical(i):
            return "name"
        if (ALLCAPS_KEEP.match(t.text) and len(t.text) <= 3) or self.clinical(i):
            return None
        if not self.vocab.is_listed_name(t.key):  # "SINGH, HARPREET, EMT": a rare word before a credential
            return "name" if (self.after_cue(i) or CREDENTIALS.match(self.text, t.end)
                              or cues.caps_after_given_name(self, i)) and self.is_proper(i) else None
        if self.after_cue(i) or self.before_credential(i) or self.known_name(t):
            return "name"
        for step in (-1, 1):
            j = self.neighbour(i, step, comma=True)
            if j is not None and self.tokens[j].allcaps and not self.clinical(j) \
                    and (self.vocab.is_listed_name(self.tokens[j].key)
                         or (CREDENTIALS.match(self.text, self.tokens[j].end) and self.is_proper(j))):
                return "name"
        return None


