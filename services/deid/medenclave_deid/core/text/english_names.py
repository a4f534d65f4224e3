"""Names and places written as plain words in English notes: a word survives only if known safe.

Every word a recogniser has not already claimed is judged on what it is and where it stands:

* a word known as a name (given name or surname, from a multicultural lexicon) is a name,
  unless it is also an everyday word (``Will``, ``Rose``, ``Young``) — then it is a name only
  where the context says so: capitalised inside a sentence, next to another name, after a title
  or a kinship word, before a verb that people do (``Grace called``);
* a capitalised word that is neither an everyday word nor clinical vocabulary (a drug, an
  eponym, a word built from medical parts) is a proper noun: a name, or a place when the
  gazetteer knows it or a place word introduces it;
* a place the gazetteer knows, capitalised, is a place;
* everything else — everyday words, clinical vocabulary, measurements — stays.

Titles (``Dr.``, ``Mrs``), cue words (``patient:``, ``daughter``, ``signed by``) and signatures
(``Smith, MD``) mark the words after or before them as a name whatever they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_english_names"]

_WORD = re.compile(r"(?<![0-9A-Za-z])[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*(?![0-9])", re.ASCII)
_TITLES = frozenset("dr dr. doctor mr mr. mrs mrs. ms ms. miss mx prof prof. professor sr sr. "
                    "nurse rn np pa capt sgt rev father sister brother".split())
#: words after which the next capitalised word(s) are a person
_PERSON_CUES = frozenset("""
patient pt name named called daughter son wife husband spouse partner mother father mom dad
sister brother aunt uncle niece nephew grandson granddaughter grandmother grandfather cousin
friend neighbor neighbour caregiver guardian fiance fiancee girlfriend boyfriend nok contact
attending resident fellow intern surgeon physician pcp radiologist pathologist interpreter
translator chaplain witness mrs mr ms dr
""".split())
#: words after which a capitalised word that is no everyday word is a person
_WEAK_CUES = frozenset("signed dictated transcribed reviewed cosigned cc referred referring seen "
                       "by with per to from and".split())
#: verbs whose subject is a person (a name word at the start of a sentence before one of these
#: is a name)
_PERSON_VERBS = frozenset("""
called calls phoned reports reported states stated says said agrees agreed declined refused
requests requested visited visits brought accompanied denies denied notes noted confirmed asked
expressed wishes wants prefers arrived presented presents was is will has had came comes
understands verbalized consented signed
""".split())
_PLACE_CUES = frozenset("in from at near to lives living moved resident city town of".split())
#: capitalised words that are never names or places in a note (headings, weekdays, languages)
_NEVER = frozenset("""
i a an the and or but of in on at to for with by from as is was are be this that these those
he she they we you it his her their our your my its him them us me who whom which what when
where why how no not yes none all any some each every both either neither other another such
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
english spanish chinese mandarin cantonese french german russian arabic korean japanese
vietnamese portuguese italian hindi american african asian european hispanic latino caucasian
medicare medicaid tricare cobra hipaa
chief complaint history present illness past medical surgical family social review systems
physical exam examination assessment plan impression findings recommendation recommendations
diagnosis diagnoses discharge admission summary note notes report reports procedure indication
technique comparison conclusion signature signed electronically addendum attestation follow up
medications medication allergies allergy vitals vital signs labs lab results imaging course
hospital clinic department unit service team floor ward room bed emergency urgent care center
pager phone fax email tel mobile cell home work office
""".split())
_EPONYM_NEXT = re.compile(
    r"(?:'s|’s|s)?[ -](?:disease|syndrome|sign|test|score|scale|catheter|classification|"
    r"criteria|lymphoma|sarcoma|tumou?r|procedure|operation|fracture|maneuver|manoeuvre|reflex|"
    r"tube|index|phenomenon|palsy|lamp|stain|stage|grade|ulcer|node|nodes|cyst|neuroma|"
    r"triad|murmur|point|line|method|position|incision|repair|technique|type|level|class|"
    r"monitor|drain|pouch|esophagus|oesophagus|encephalopathy|aphasia|area|law|effect|"
    r"examination|exam|counter|valve|shunt|society|guidelines?|protocol|view|projection|units?|"
    r"segment|segments|ring|body|bodies|cells?|space|spaces|bundle|canal|duct|gland|glands|"
    r"trial|equation|formula|rule|rules|hypothesis|angle|plane)\b", re.I)
_DOSE_NEXT = re.compile(r"\s*(?:\d|XR|ER|SR|CR|DR|tablet|tab|cap|inhaler|injection|drops)", re.I)
_DRUG_BEFORE = re.compile(r"\b(?:start(?:ed)?|take|taking|took|on|continue|stop(?:ped)?|prescribed|"
                          r"given|dose|increase|decrease|resume|hold|mg|rx)\s+$", re.I)
_LABEL = re.compile(r"(?:name|patient|pt|signed|by|contact|nok|physician|provider|attending|"
                    r"doctor|surgeon|radiologist|md|dr|mr|mrs|ms|cc|to|from|re)\.?\s*[:#]\s*$", re.I)
_ALLCAPS_KEEP = re.compile(r"^(?:[A-Z]{1,5}\d*|[A-Z]+s)$")


@dataclass(frozen=True)
class _Token:
    start: int
    end: int
    text: str
    lower: str
    cap: bool
    allcaps: bool
    sentence_start: bool


def _tokens(text: str) -> list[_Token]:
    out = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        end = m.end()
        if word.endswith(("'s", "’s")):  # the possessive is not part of the name
            word, end = word[:-2], end - 2
        word = word.rstrip("'’")
        end = m.start() + len(word)
        if not word:
            continue
        before = text[max(0, m.start() - 3):m.start()].rstrip(" \t")
        sentence_start = not before or before[-1] in ".!?:;\n•*-–—(\"[" or before.endswith("\n")
        out.append(_Token(m.start(), end, word, word.lower(), word[0].isupper(),
                          len(word) > 1 and word.isupper(), sentence_start))
    return out


class _Judge:
    """Decides, word by word, which words are names or places."""

    def __init__(self, text: str, vocab: TextVocabulary, claimed: Callable[[int, int], bool]):
        self.text = text
        self.vocab = vocab
        self.tokens = _tokens(text)
        self.claimed = claimed

    def known_name(self, t: _Token) -> bool:
        return self.vocab.is_name(t.lower) and not self.vocab.is_name_word(t.lower) \
            and not self.vocab.is_common(t.lower, threshold=3.5)

    def clinical(self, i: int) -> bool:
        """Clinical vocabulary here: a drug, an eponym naming its thing, a medical word.

        A word that is also a name is clinical only in a clinical context: a drug before a
        dose or after a verb of prescribing (``Allegra 180 mg``), an eponym before the thing it
        names (``Parkinson's disease``, ``Foley catheter``).
        """
        t = self.tokens[i]
        name = self.vocab.is_name(t.lower)
        if t.lower in self.vocab.clinical or t.cap and _EPONYM_NEXT.match(self.text, t.end):
            return True
        if t.lower in self.vocab.eponyms:
            return not name or bool(_EPONYM_NEXT.match(self.text, t.end))
        if t.lower in self.vocab.drugs:
            if not name and t.lower not in self.vocab.places:
                return True
            before = self.text[max(0, t.start - 24):t.start]
            return bool(_DOSE_NEXT.match(self.text, t.end) or _DRUG_BEFORE.search(before))
        return is_clinical_word(t.lower) and not name

    def adjacent(self, i: int, step: int) -> _Token | None:
        """The next (``step`` 1) or previous (-1) word when only spaces stand between them (or
        the period of an initial or a title: ``J. Smith``, ``Dr. Li``)."""
        j = i + step
        if not 0 <= j < len(self.tokens):
            return None
        a, b = (self.tokens[i], self.tokens[j]) if step > 0 else (self.tokens[j], self.tokens[i])
        gap = self.text[a.end:b.start]
        if gap.strip(" \t") == "" and 0 < len(gap) <= 3:
            return self.tokens[j]
        if gap.strip(" \t") == "." and len(gap) <= 3 and (len(a.text) == 1 or a.lower in _TITLES):
            return self.tokens[j]
        return None

    def comma_neighbour(self, i: int, step: int) -> _Token | None:
        """The word on the other side of ``, `` (``Smith, John``)."""
        j = i + step
        if not 0 <= j < len(self.tokens):
            return None
        a, b = (self.tokens[i], self.tokens[j]) if step > 0 else (self.tokens[j], self.tokens[i])
        return self.tokens[j] if self.text[a.end:b.start] in (", ", ",") else None

    def after_cue(self, i: int) -> bool:
        """After a title, a kinship or role word, or a ``Name:`` label."""
        prev = self.adjacent(i, -1)
        if prev is None:
            before = self.text[max(0, self.tokens[i].start - 16):self.tokens[i].start]
            return bool(_LABEL.search(before))
        return prev.lower.rstrip(".") in _TITLES or prev.lower in _PERSON_CUES

    def after_weak_cue(self, i: int) -> bool:
        prev = self.adjacent(i, -1)
        return prev is not None and prev.lower in _WEAK_CUES

    def is_proper(self, i: int) -> bool:
        """A capitalised word that is no everyday word and no clinical word."""
        t = self.tokens[i]
        if not t.cap or t.lower in _NEVER or self.clinical(i):
            return False
        if t.allcaps and (_ALLCAPS_KEEP.match(t.text) or self.vocab.is_common(t.lower, threshold=2.5)):
            return False
        return not self.vocab.is_common(t.lower)

    def person_context(self, i: int) -> bool:
        """Next to another name or a proper noun, or before a verb people do."""
        if self.after_cue(i):
            return True
        for step in (-1, 1):
            other = self.adjacent(i, step)
            if other is not None and other.cap and not other.allcaps and other.lower not in _NEVER \
                    and (self.known_name(other) or self.is_proper(i + step)):
                return True
        for step in (-1, 1):
            other = self.comma_neighbour(i, step)
            if other is not None and other.cap and other.lower in self.vocab.first_names \
                    and not self.vocab.is_common(other.lower, threshold=4.8) and step > 0:
                return True  # Surname, Given
        nxt = self.adjacent(i, 1)
        return nxt is not None and nxt.lower in _PERSON_VERBS

    def verdict(self, i: int) -> str | None:
        t = self.tokens[i]
        if self.claimed(t.start, t.end) or t.lower in _NEVER and not self.after_cue(i):
            return None
        if t.allcaps:
            return self._allcaps(i)
        if not t.cap:
            return self._lowercase(i)
        if self.vocab.is_name(t.lower):
            return self._name_word(i)
        if (self.after_cue(i) or self.after_weak_cue(i) and self.is_proper(i)) \
                and not self.clinical(i):
            return "name"
        if t.lower in self.vocab.places and not self.clinical(i):
            prev = self.adjacent(i, -1)
            return "geo" if not self.vocab.is_common(t.lower, threshold=4.5) \
                or not t.sentence_start or prev is not None and prev.lower in _PLACE_CUES else None
        if self.is_proper(i):
            prev = self.adjacent(i, -1)
            return "geo" if prev is not None and prev.lower in _PLACE_CUES else "name"
        return None

    def _name_word(self, i: int) -> str | None:
        """A capitalised word the name lexicon knows."""
        t = self.tokens[i]
        if self.clinical(i) and not self.after_cue(i):
            return None
        if self.after_cue(i):
            return "name"
        everyday = self.vocab.is_name_word(t.lower) or self.vocab.is_common(t.lower, threshold=3.5)
        if not everyday:
            return "name"
        if t.sentence_start:
            return "name" if self.person_context(i) else None
        return "name"  # capitalised inside a sentence

    def _lowercase(self, i: int) -> str | None:
        """A lower-case word is a name only after a title or a kinship/role word, or as a
        given name and surname pair (``john smith``)."""
        t = self.tokens[i]
        if not self.vocab.is_name(t.lower) or self.clinical(i) or self.vocab.is_name_word(t.lower):
            return None
        if self.after_cue(i):
            return "name"
        for step in (-1, 1):
            other = self.adjacent(i, step)
            if other is not None and not other.cap and self.vocab.is_name(other.lower) \
                    and not self.vocab.is_name_word(other.lower):
                first, last = (other, t) if step < 0 else (t, other)
                if first.lower in self.vocab.first_names and last.lower in self.vocab.last_names:
                    return "name"
        return None

    def _allcaps(self, i: int) -> str | None:
        t = self.tokens[i]
        if _ALLCAPS_KEEP.match(t.text) and len(t.text) <= 3 or self.clinical(i):
            return None
        if self.known_name(t) or self.vocab.is_name(t.lower) and self.after_cue(i):
            return "name"
        for step in (-1, 1):
            other = self.adjacent(i, step)
            if other is not None and other.allcaps and self.known_name(other):
                return "name" if self.vocab.is_name(t.lower) or not self.vocab.is_common(t.lower) \
                    else None
        return None


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
    _spread_names(judge, verdicts)
    # a middle initial or a particle between two name words belongs to the name
    out: list[PhiSpan] = []
    for i, category in enumerate(verdicts):
        if category is None:
            continue
        t = judge.tokens[i]
        out.append(PhiSpan(t.start, t.end, category))
    return _join(text, out)


def _spread_names(judge: _Judge, verdicts: list[str | None]) -> None:
    """A capitalised word next to a name (``Emily Rahul``, ``Butler, Rahul``) is part of it,
    unless it is clinical, a heading word or a very common word."""
    changed = True
    while changed:
        changed = False
        for i, t in enumerate(judge.tokens):
            if verdicts[i] is not None or not t.cap or t.lower in _NEVER \
                    or judge.claimed(t.start, t.end) or judge.clinical(i):
                continue
            if judge.vocab.is_common(t.lower, threshold=4.5) and not judge.vocab.is_name(t.lower):
                continue
            for step in (-1, 1):
                j = i + step
                near = judge.adjacent(i, step) or (judge.comma_neighbour(i, step) if step < 0 else None)
                if near is not None and verdicts[j] == "name":
                    verdicts[i] = "name"
                    changed = True
                    break


_JOINER = re.compile(r"^(?:\s+[A-Z]\.?\s+|\s+(?:van|von|de|del|della|da|di|du|la|le|bin|ibn|al|el)\s+|"
                     r"\s*-\s*|\s+|,\s+)$")


def _join(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Adjacent name spans (``John A. Smith``, ``van der Berg``) become one span."""
    if not spans:
        return spans
    joined = [spans[0]]
    for span in spans[1:]:
        last = joined[-1]
        gap = text[last.end:span.start]
        if last.category == span.category == "name" and len(gap) <= 6 and _JOINER.match(gap) \
                and "\n" not in gap:
            joined[-1] = PhiSpan(last.start, span.end, "name")
        else:
            joined.append(span)
    return joined
