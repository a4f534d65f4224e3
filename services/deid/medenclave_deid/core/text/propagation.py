"""A name found once is a name everywhere in the note.

The detectors judge each occurrence of a word on its own context: ``GOODNIGHT, SUSAN`` in a
header is a name (a label and a given name beside it), but ``Susan Goodnight was brought in``
further down, or ``with Dr. Sweet`` after ``Dr. Patience Sweet``, may not be, because
``goodnight`` and ``sweet`` are everyday words. Once a word has been part of a name span, every
other occurrence of it in the same note is replaced too, unless that occurrence reads as
something else: a lower-case everyday word (``sweet`` in ``sweet taste``), clinical vocabulary,
an eponym before the thing it names; a word of a document's title (``CVVHDF Circuit Log``)
spreads nothing. Chinese names propagate the same way: the whole name and
its given name (``小凯`` after ``王小凯``), and a name of five or six characters without a
surname (``乌兰其其格``) whole.
"""

from __future__ import annotations

import bisect
import re

from medenclave_deid.core.plain_descriptions import IMAGING_WORDS
from medenclave_deid.core.text.chinese_unit_cells import inside_clinical_word
from medenclave_deid.core.text.english_scores import SIGN_RESULT
from medenclave_deid.core.text.english_titles import drop_title_words
from medenclave_deid.core.text.english_words import (
    CREDENTIAL_WORDS,
    EPONYM_NEXT,
    NEVER,
    PERSON_ONLY_VERBS,
    TITLES,
    WORD,
)
from medenclave_deid.core.text.lexicon import CN_COMPOUND_SURNAMES
from medenclave_deid.core.text.spans import PhiSpan, resolve_overlaps
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["lower_name_subjects", "propagate_names"]

_PARTICLES = frozenset("van von de del della da di du la le bin ibn al el der den ter".split())
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
#: a word this common is propagated only where it is capitalised inside a sentence
_VERY_COMMON = 5.0
_AFTER_TITLE = re.compile(r"(?i:dr|mr|mrs|ms|miss|prof|doctor)\.?\s+$")
_TITLE_USE = re.compile(r"\.?[ \t]+[A-Z]")
#: a lower-case occurrence of a word at least this common is the word, not the name
_COMMON = 3.0
_NEXT_LOWER = re.compile(r"[ \t]+([a-z]+)\b")
#: joining words among the imaging ones: "Shannon and mom agree" is the name, "Bone scan" is not
_JOINING = frozenset({"and", "with"})
_BODY_VERBS = frozenset(
    "shared shares attended attends participated participates landed fell ambulated walked slept sat "
    "stood".split()
)
#: what only people do: a capitalised word of a name before one of these is the name
#: ("Mark still works", "Bell to f/u the CT": a task's owner; "Sky is a 4-year-old", "Sky will
#: bring clothes")
_PERSON_NEXT = re.compile(
    r"[ \t]+(?:(?:still|also|now|then|later|again|never|often|usually|reportedly|recently)[ \t]+)?"
    # what a body does: takes part, falls, walks ("Star attended group", "Church landed on her side")
    r"(?:" + "|".join(sorted(PERSON_ONLY_VERBS | _BODY_VERBS))
    + r"|to[ \t]+(?:f/u|follow[ \t-]up|call|page|check|review|discuss|touch[ \t]+base)"
    # an age said of someone ("River is a 4-year-old"), an errand someone will run
    r"|(?:is|was)[ \t]+an?[ \t]+\d{1,3}[ -](?:years?|months?|weeks?|days?)[ -]old"
    r"|will[ \t]+(?:bring|call|visit|come|pick|drive|stay|sign|help)"
    # a child's or a patient's state at examination ("On examination hemi was alert and well")
    r"|(?:is|was|looked|looks|appeared|appears|seemed|seems)[ \t]+(?:alert|settled|cheerful|chatty|"
    r"playful|smiling|drowsy|tearful|withdrawn|interactive|bright)"
    # a power held, a visitor led away ("Mark holds a POA", "WEST was escorted out")
    r"|holds(?=[ \t]+(?:a|the|her|his|their)[ \t])"
    r"|(?:was|were)[ \t]+(?:escorted|trespassed|asked[ \t]+to[ \t]+leave))"
    r"(?![\w/])")


#: a found name's word in lower case, signed or witnessed with another person ("POLST signed by
#: jordan and Mary"): the person again, however common the word
_SIGNED_BY = re.compile(r"\b(?:signed|witnessed|initialed|initialled|completed|consented|accompanied)"
                        r"[ \t]+by[ \t]+$")
_AND_NAME = re.compile(r"[ \t]+(?:and|&)[ \t]+[A-Z][a-z]")
#: a Chinese name's characters read on into a transliterated eponym (巴宾 in 巴宾斯基征, 霍夫 in
#: 霍夫曼征): the characters of transliteration, then the word the eponym names
_HAN_EPONYM_TAIL = re.compile(r"[斯基尔德克特森逊姆夫顿尼曼格里罗洛莫伯布普赫卡兹茨奇维沃"
                              r"耶娅丝西亚拉纳因恩索霍哈瑟希金]{1,3}"
                              r"(?:氏)?(?:综合征|综合症|征|病(?![房区历人情史程床友假危重号])|试验|反射|评分|"
                              r"分级|量表|指数|现象|淋巴瘤|肉瘤|手法|方案)")

#: compound surnames that are also words (第五 "the fifth", 东方 "the east", 百里): alone, only
#: before a title do they stand for the person again (第五主任, never 第五次, 第五腰椎)
_WORDY_SURNAMES = frozenset("第五 东方 百里 长孙 司空 西门 东门 南宫 公羊 东郭 南郭".split())
_HAN_TITLE = re.compile(r"老师|主任|医生|医师|大夫|教授|护士|院长|科长|处长|所长|药师|技师|治疗师|先生|女士")


def _latin_keys(text: str, spans: list[PhiSpan]) -> tuple[set[str], set[str]]:
    """The words of the name spans, and the title words among them that stood as a surname
    (``NURSE, CHRISTIAN``, ``Christian Nurse``)."""
    keys: set[str] = set()
    titles: set[str] = set()
    for span in spans:
        words = list(WORD.finditer(text, span.start, span.end))
        for n, m in enumerate(words):
            key = m.group().lower().replace("’", "'")
            if key in TITLES and (text[m.end():m.end() + 1] == "," or (n and n == len(words) - 1)):
                titles.add(key)
            elif len(key) >= 2 and key not in _PARTICLES and key not in CREDENTIAL_WORDS \
                    and key not in TITLES and key not in NEVER:
                keys.add(key)
    return keys, titles


def _han_names(text: str, spans: list[PhiSpan]) -> set[str]:
    names: set[str] = set()
    for span in spans:
        for m in _HAN.finditer(text, span.start, span.end):
            name = m.group()
            if 2 <= len(name) <= 6:  # a Mongolian name without a surname runs to five or six
                names.add(name)
                surname = 2 if name[:2] in CN_COMPOUND_SURNAMES else 1
                if len(name) <= 4 and len(name) - surname >= 2:
                    names.add(name[surname:])
    return names


def _sentence_start(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in " \t\"'(":
        i -= 1
    return i < 0 or text[i] in ".!?:;\n-–—#*"


#: what follows a sentence's subject in a line list's remark ("... azithromycin). david excluded
#: from work x5 days", "jordan to remain home", "mark was counselled", "rue and family given a fact
#: sheet"): a participle, an auxiliary, or the person's household beside them
_SUBJECT_NEXT = re.compile(
    r"[ \t]+(?:[a-z]{3,}ed(?![\w/])|(?:is|was|has|had|will|should|must|to|remains|returns|declines|agrees|"
    r"denies|reports|states|lives|attends|works)[ \t]+[a-z]"
    r"|and[ \t]+(?:family|mother|mom|father|dad|parents|household|partner|spouse)\b)")


#: a contact reached by the writer ("spoke with mark by phone", "LM for hope"), the index case of a
#: line list ("index mark attends daycare"): the person again
_REACHED = re.compile(r"(?i:\b(?:(?:spoke|talked|met)[ \t]+(?:with|to)|called|phoned|reached|interviewed"
                      r"|index|(?:left[ \t]+(?:a[ \t]+)?(?:message|vm|voicemail)|lm)[ \t]+(?:for|with))"
                      r"[ \t]+)$")


#: a call-back's label right before a word ("Call-back: John at home", "Phone callback - John")
_CALLBACK = re.compile(r"(?i:\bcall[ \t-]?back(?:[ \t]+(?:to|with))?)[ \t]*[:\-–—][ \t]*$")


_OWNER = re.compile(r"['’]s[ \t]+[a-z]")


def lower_name_subjects(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """A word of a name the note writes in lower case (``patient | mark ostrander``), said again in
    lower case as the subject of what only people do (``note | mark denies new partners``), or
    opening a sentence before a participle or an auxiliary (``. dana excluded from work``), or
    after a call's cue (``spoke with mark by phone``), or owning something (``mark's teacher``): the
    person, however common the word; the finders of lower-case slots run after the propagation."""
    lower = {m.group() for s in spans if s.category == "name" for m in WORD.finditer(text, s.start, s.end)
             if m.group().islower() and len(m.group()) >= 2 and m.group() not in NEVER}
    if not lower:
        return []
    words = "|".join(map(re.escape, sorted(lower)))
    rx = re.compile(r"(?<![\w'’-])(?:" + words + r")(?![\w-])(?!['’](?!s\b))")
    return [PhiSpan(m.start(), m.end(), "name") for m in rx.finditer(text)
            if _PERSON_NEXT.match(text, m.end()) or _OWNER.match(text, m.end())
            or _REACHED.search(text, max(0, m.start() - 30), m.start())
            or (_sentence_start(text, m.start()) and _SUBJECT_NEXT.match(text, m.end()))]


def propagate_names(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """``spans`` plus a name span for every other occurrence of a word of a name span.

    Args:
        text: the note.
        spans: the resolved spans of every detector.
        vocab: what is known about English words.
    """
    # no word of a document's title ("CVVHDF Circuit Log"): it is dropped later, so spreads no name
    named = [s for s in drop_title_words(text, spans, vocab) if s.category == "name"]
    if not named:
        return spans
    taken = sorted((s.start, s.end) for s in spans)  # resolved: no two overlap

    def free(start: int, end: int) -> bool:
        k = bisect.bisect_left(taken, (start, start))
        return (k == len(taken) or taken[k][0] >= end) and (k == 0 or taken[k - 1][1] <= start)

    extra: list[PhiSpan] = []
    keys, titles = _latin_keys(text, named)
    if keys or titles:
        for m in WORD.finditer(text):
            key = m.group().lower().replace("’", "'")
            if key[-2:] == "'s" and key[:-2] in keys and m.group()[0].isupper() and free(m.start(), m.end()) \
                    and key[:-2] not in vocab.clinical and not EPONYM_NEXT.match(text, m.end()):
                extra.append(PhiSpan(m.start(), m.end() - 2, "name"))  # "Ng's genetic test"
                continue
            if (key not in keys and key not in titles) or not free(m.start(), m.end()):
                continue
            word = m.group()
            if word.islower() and _SIGNED_BY.search(text, max(0, m.start() - 24), m.start()) \
                    and _AND_NAME.match(text, m.end()):
                extra.append(PhiSpan(m.start(), m.end(), "name"))  # "signed by jordan and Mary"
                continue
            if key in titles:  # the surname, not the title before a name ("Nurse Ward said")
                if word[0].isupper() and not _TITLE_USE.match(text, m.end()):
                    extra.append(PhiSpan(m.start(), m.end(), "name"))
                continue
            if word[0].isupper() and _AFTER_TITLE.search(text, max(0, m.start() - 8), m.start()):
                extra.append(PhiSpan(m.start(), m.end(), "name"))  # "Dr. Sweet"
                continue
            # "Hunter shared that …"; in lower-case dictation too ("glen drives in") unless the
            # word is among the commonest ("will")
            if (word[0].isupper() or not vocab.is_common(key, threshold=_VERY_COMMON)) \
                    and _PERSON_NEXT.match(text, m.end()):
                extra.append(PhiSpan(m.start(), m.end(), "name"))
                continue
            # (a word of the drug lists as common as everyday English is a surname there:
            # "Rosenthal MD" ... "staffed by Rosenthal")
            if key in vocab.clinical or (key in vocab.drugs and not vocab.is_common(key)) \
                    or EPONYM_NEXT.match(text, m.end()) \
                    or (key in vocab.eponyms and SIGN_RESULT.match(text, m.end())):  # "Babinski upgoing"
                continue
            if word.islower() and vocab.is_common(key, threshold=_COMMON):
                continue
            # an everyday word opening a sentence before a clinical one ("BONE, HOPE" ... "Bone scan")
            nxt = _NEXT_LOWER.match(text, m.end())
            if nxt and vocab.is_common(key, threshold=_COMMON) and _sentence_start(text, m.start()) \
                    and nxt.group(1) not in _JOINING \
                    and (nxt.group(1) in vocab.clinical or nxt.group(1) in IMAGING_WORDS
                         or is_clinical_word(nxt.group(1))):
                continue
            # "Call-back: John at home": a found name opening a call-back's line is the person called
            if vocab.is_common(key, threshold=_VERY_COMMON) \
                    and (word.islower() or _sentence_start(text, m.start())) \
                    and not (word[0].isupper() and _CALLBACK.search(text, max(0, m.start() - 30), m.start())):
                continue
            extra.append(PhiSpan(m.start(), m.end(), "name"))
    for name in sorted(_han_names(text, named), key=len, reverse=True):
        for m in re.finditer(re.escape(name), text):
            if free(m.start(), m.end()) and not _HAN_EPONYM_TAIL.match(text, m.end()) \
                    and not inside_clinical_word(text, m.start(), m.end()) \
                    and not (name in _WORDY_SURNAMES and not _HAN_TITLE.match(text, m.end())):
                extra.append(PhiSpan(m.start(), m.end(), "name"))
                bisect.insort(taken, (m.start(), m.end()))
    return resolve_overlaps(spans + extra) if extra else spans
