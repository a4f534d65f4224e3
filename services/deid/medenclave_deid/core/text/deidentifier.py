"""The note de-identifier: find PHI in an English or Chinese note and put surrogates in its place."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections import Counter
from dataclasses import dataclass, field

from medenclave_deid.core.ports import ChineseTagger, SequenceTagger
from medenclave_deid.core.text.column_content import fill_columns
from medenclave_deid.core.text.dates import DATE_PATTERN, note_offset, shift_date
from medenclave_deid.core.text.english import find_english_phi
from medenclave_deid.core.text.english_chat import find_chat_people
from medenclave_deid.core.text.english_dotted_leaders import colon_leaders
from medenclave_deid.core.text.english_eponym_terms import keep_eponym_terms
from medenclave_deid.core.text.english_facility_titles import find_title_facilities, propagate_facility_leads
from medenclave_deid.core.text.english_finishing import finish_english
from medenclave_deid.core.text.english_more_finders import find_more_english
from medenclave_deid.core.text.english_name_forms import (
    drop_clinical_names,
    drop_lone_titles,
    extend_given_names,
    extend_particles,
)
from medenclave_deid.core.text.english_names import find_english_names
from medenclave_deid.core.text.english_nicknames import quoted_nicknames
from medenclave_deid.core.text.english_payers import drop_payer_names
from medenclave_deid.core.text.english_qa_answers import find_answered_names
from medenclave_deid.core.text.english_records import (
    drop_field_labels,
    drop_identifier_labels,
    drop_words_and_scores,
    extend_facilities,
)
from medenclave_deid.core.text.english_scores import (
    drop_scale_codes,
    drop_score_names,
    extend_eponym_surnames,
)
from medenclave_deid.core.text.english_staff_handles import find_staff_handles
from medenclave_deid.core.text.english_staff_mentions import find_staff_mentions
from medenclave_deid.core.text.english_staff_passes import add_staff
from medenclave_deid.core.text.english_titles import drop_title_words, trim_role_words
from medenclave_deid.core.text.english_us_address import find_us_addresses
from medenclave_deid.core.text.english_vehicles import keep_vehicle_models
from medenclave_deid.core.text.leak_check import leaked_categories
from medenclave_deid.core.text.measure_columns import drop_device_eponyms, drop_measure_cells
from medenclave_deid.core.text.propagation import propagate_names
from medenclave_deid.core.text.spans import PhiSpan, add_uncovered, resolve_overlaps
from medenclave_deid.core.text.surrogates import NoteNames, SurrogateMaker
from medenclave_deid.core.text.town_propagation import propagate_towns
from medenclave_deid.core.text.typing_table_heads import Columns, read_columns
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["LANGUAGES", "TAGGER_THRESHOLD", "ZH_TAGGER_THRESHOLD", "DeidentifiedNote", "NoteDeidentifier",
           "NoteError", "PatientDemographics", "detect_language", "note_key"]

LANGUAGES = ("auto", "en", "zh")
#: the least probability of PHI at which the English tagger's token becomes PHI (chosen by
#: leave-one-writer-out cross-validation on the development sets: docs/benchmarks.md)
TAGGER_THRESHOLD = 0.3
#: the same for the Chinese tagger's character (0.2 recalled no more on v7 held out, and took
#: 宫高 of 宫高31cm in the regression cases: docs/benchmarks.md)
ZH_TAGGER_THRESHOLD = 0.3
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LETTER = re.compile(r"[A-Za-z]")
_SPLIT = re.compile(r"[\^=\s,;]+")
_DIGITS = re.compile(r"\d")  # an IP or a date in short groups (10.1.2.3, 3/4/24) has no run of three
_WORDS = re.compile(r"[A-Za-z]{2,}")
_NUMBER = re.compile(r"(?<!\d)\d{2,}(?!\d)")
#: full-width digits and letters (２０２３, ＥＡ１２３４５６７) read as ASCII by the recognisers: one
#: character for one, so the offsets stay
_HALF_WIDTH = str.maketrans({chr(0xFF10 + i): chr(0x30 + i) for i in range(10)}
                            | {chr(0xFF21 + i): chr(0x41 + i) for i in range(26)}
                            | {chr(0xFF41 + i): chr(0x61 + i) for i in range(26)}
                            | {"－": "-", "／": "/", "．": ".", "＠": "@"}
                            # the other hyphens and the en dash (0755–8888 6666)
                            | {"‐": "-", "‑": "-", "‒": "-", "–": "-"})

#: the no-break, figure, thin and other fixed-width spaces, one for one (offsets stay)
_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f",
                                      " "))


def note_key(uid_secret: bytes) -> bytes:
    """The note surrogate key derived from deid's UID key (the service, the CLI and the DICOM
    descriptor cleaner derive it the same way, so the same state gives the same surrogates).

    Args:
        uid_secret: deid's UID key.
    """
    return hmac.new(uid_secret, b"medenclave.deid.note-surrogates", hashlib.sha256).digest()


class NoteError(ValueError):
    """The note cannot be de-identified; the message is a code (``unknown_language``), never text."""


@dataclass(frozen=True)
class PatientDemographics:
    """The patient's own identifying values, matched verbatim wherever they occur (a deny-list).

    Names may be DICOM person names (``Wang^XiaoDong=王^小东``): each component of two or more
    characters is matched as well as the whole.
    """

    names: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()
    addresses: tuple[str, ...] = ()
    places: tuple[str, ...] = ()

    def deny_list(self) -> list[tuple[str, str]]:
        """(category, value) pairs, longest first."""
        pairs: set[tuple[str, str]] = set()
        for name in self.names:
            for part in [name.replace("^", " ").split("=")[0], *name.split("=")[1:2], *_SPLIT.split(name)]:
                part = part.strip().replace("^", "")
                if len(part) >= 2 or (len(part) == 1 and _CJK.match(part) and len(name) <= 1):
                    pairs.add(("name", part))
        pairs.update(("mrn", v.strip()) for v in self.identifiers if len(v.strip()) >= 3)
        pairs.update(("address", v.strip()) for v in self.addresses if len(v.strip()) >= 3)
        pairs.update(("geo", v.strip()) for v in self.places if len(v.strip()) >= 2)
        return sorted(pairs, key=lambda p: (-len(p[1]), p))


@dataclass(frozen=True)
class DeidentifiedNote:
    """A note with its PHI replaced; ``counts`` says how many spans of each category went;
    ``leaks`` names the categories of the patient's known values the leak guard still found
    (never write a note with leaks: quarantine it)."""

    text: str
    lang: str
    counts: dict[str, int] = field(default_factory=dict)
    spans: tuple[PhiSpan, ...] = ()
    leaks: tuple[str, ...] = ()


def detect_language(text: str) -> str:
    """``zh`` when ideographs make up at least a fifth of the letters, else ``en``.

    Args:
        text: the note.
    """
    cjk = len(_CJK.findall(text))
    latin = len(_LETTER.findall(text))
    return "zh" if cjk and cjk * 5 >= cjk + latin else "en"


class NoteDeidentifier:
    """Finds PHI in notes by recognisers, word knowledge and the patient's deny-list, and
    replaces it.

    Args:
        secret: the surrogate key (32 random bytes): the same key gives the same surrogates, and
            the date offset when no patient offset is given.
        vocabulary: what is known about English words (names, places, clinical vocabulary).
        tagger: a Chinese part-of-speech tagger (person names, places, organisations), used
            when the text has Chinese in it; None: the Chinese rules alone.
        english_tagger: a trained name and place tagger of English notes, whose finds the rules
            did not make are added to theirs; None: the English rules alone.
        tagger_threshold: the least probability of PHI at which its token becomes PHI.
        chinese_tagger: a trained character tagger of Chinese text (names, places, hospitals,
            workplaces) over ``tagger``'s segmentation, added to the rules the same way; None:
            the Chinese rules alone.
        zh_tagger_threshold: the least probability of PHI at which its character becomes PHI.
    """

    def __init__(self, *, secret: bytes, vocabulary: TextVocabulary,
                 tagger: ChineseTagger | None = None, english_tagger: SequenceTagger | None = None,
                 tagger_threshold: float = TAGGER_THRESHOLD,
                 chinese_tagger: SequenceTagger | None = None,
                 zh_tagger_threshold: float = ZH_TAGGER_THRESHOLD) -> None:
        self._vocabulary = vocabulary
        self._tagger = tagger
        self._english_tagger = english_tagger
        self._tagger_threshold = tagger_threshold
        self._chinese_tagger = chinese_tagger
        self._zh_tagger_threshold = zh_tagger_threshold
        self._surrogates = SurrogateMaker(secret)
        digest = hmac.new(secret, b"default-date-offset", hashlib.sha256).digest()
        #: The offset used when the caller has none: -1 to -365 days, fixed per key.
        self.default_offset_days = -(int.from_bytes(digest[:4], "big") % 365 + 1)

    def find(self, text: str, *, lang: str = "auto",
             demographics: PatientDemographics | None = None) -> tuple[str, list[PhiSpan]]:
        """The language and the resolved PHI spans of a note.

        Raises:
            NoteError: ``unknown_language``.
        """
        if lang not in LANGUAGES:
            raise NoteError("unknown_language")
        if lang == "auto":
            lang = detect_language(text)
        text = text.translate(_SPACES)  # "93\u00a0yo": a no-break space is a space to every rule
        text = colon_leaders(text)  # "Group ....... 7289-46L" is read as "Group:        7289-46L"
        # mixed notes are common (English drug names and doctors in Chinese notes, a Chinese
        # name in an English one): each script's rules run wherever that script occurs
        # an export's identifying columns (MRN, insurance_id, 姓名 ...): every cell, whatever its
        # shape; they win over every other find and keep it to their cells
        columns = read_columns(text)
        spans: list[PhiSpan] = list(columns.cells)
        if _CJK.search(text):
            # the Chinese rules load with the first Chinese text (~60 ms of patterns), so a
            # DICOM run over English descriptions never pays for them
            from medenclave_deid.core.text.chinese import find_chinese_phi
            from medenclave_deid.core.text.chinese_local_addresses import find_local_addresses
            from medenclave_deid.core.text.chinese_tags import find_tagged_phi

            plain = text.translate(_HALF_WIDTH)
            spans.extend(find_chinese_phi(plain))
            spans.extend(find_local_addresses(plain))  # 白沙村五组, 锦绣华庭3号楼1单元602
            from medenclave_deid.core.text.chinese_mentions_zh9 import find_mentions

            spans.extend(find_mentions(plain))  # 自称“豆豆”, （春晖路附近）, 挂靠某厂, 督导某老师
            words = self._tagger.tag(text) if self._tagger is not None else []
            # a hospital's short name the rules placed (会诊：齐鲁影像科) is no person the tagger saw
            hospital_starts = {s.start for s in spans if s.category == "hospital"}
            spans.extend(s for s in find_tagged_phi(text, words)
                         if not (s.category == "name" and s.start in hospital_starts))
        else:
            plain = text
        if _LETTER.search(plain) or _DIGITS.search(plain):  # numbers need no letters around them
            spans.extend(find_english_phi(plain))
            spans.extend(find_more_english(plain, self._is_common))  # "that makes me ... 101?"
            spans.extend(find_us_addresses(plain, self._vocabulary.us_cities,
                                           lambda w: self._vocabulary.is_common(w, threshold=4.0)))
            spans.extend(propagate_towns(plain, spans))  # "..., Hazard, KY 41701" ... "Hazard"
            # "Fernhill central telemetry - event log", "am leaving Fernhill against advice"
            spans.extend(find_title_facilities(plain, self._is_common))
        if _LETTER.search(text):
            recognised = resolve_overlaps(spans)
            spans.extend(find_english_names(text, self._vocabulary,
                                            claimed=_claimed_by(recognised)))
            spans.extend(find_chat_people(text, self._vocabulary))  # "[06:33] kit: rm 4 - ortega, M12"
            spans.extend(find_staff_handles(text, self._vocabulary))  # "cosigned by hliu"
            # "Q: Your name?⏎A: ada lind, 1/2/60", "subject 114-69 (ada lind)"
            spans.extend(find_answered_names(text, self._vocabulary))
        if demographics is not None:
            spans.extend(_deny(text, demographics.deny_list()))
        if _CJK.search(text):  # a name's other writing in brackets after it (Müller Hans（汉斯）)
            from medenclave_deid.core.text.chinese_fields import name_aliases

            spans.extend(name_aliases(text, resolve_overlaps(spans)))
            if self._chinese_tagger is not None:
                # the learned tagger's finds beside the rules' (loaded with the first Chinese note)
                from medenclave_deid.core.text.zh_note_tagger import find_tagged_chinese

                spans = resolve_overlaps(spans)
                spans += find_tagged_chinese(text, words, self._chinese_tagger,
                                             claimed=_claimed_by(spans), threshold=self._zh_tagger_threshold)
            from medenclave_deid.core.text.chinese_keep import drop_not_phi
            from medenclave_deid.core.text.chinese_subject_names import extend_double_surnames

            spans += extend_double_surnames(text, spans)  # 陈李建国 found from 李: the 陈 too

            # eponyms (Whipple术, 霍夫曼征) and product numbers (批号, 国药准字) are no PHI
            # and a scale's coded name before its score ("SNOT-22 score 58") in a mixed note too
            from medenclave_deid.core.text.chinese_unit_cells import drop_role_words

            spans = drop_role_words(text, drop_not_phi(text, resolve_overlaps(spans)))  # 乡村医生, 班主任
            spans = drop_scale_codes(text, spans)
            spans = drop_measure_cells(text, propagate_names(text, spans, self._vocabulary))
            from medenclave_deid.core.text.chinese_contact_names import surname_address_forms

            spans = resolve_overlaps(spans + surname_address_forms(text, spans))  # 老某 after 某建国
            from medenclave_deid.core.text.chinese_mentions_zh9 import propagate_mentions

            spans = resolve_overlaps(spans + propagate_mentions(text, spans))  # 某海棠 … 某主任
            if lang == "en":  # the staff of an English note with Chinese in it
                spans = add_uncovered(spans, find_staff_mentions(text, self._vocabulary), text)
            from medenclave_deid.core.text.chinese_eponym_terms import keep_zh_eponym_terms
            from medenclave_deid.core.text.chinese_fused_terms import keep_fused_terms

            # 费氏尼古丁依赖量表, 米勒-费舍尔综合征, Jamshidi穿刺针, Braxton Hicks宫缩, English eponyms
            spans = keep_eponym_terms(text, keep_zh_eponym_terms(text, spans), self._vocabulary.eponyms)
            spans = keep_fused_terms(text, spans, self._vocabulary.eponyms)  # 如有腹泻请联系药房: advice
            return lang, _with_columns(self._filled(text, spans), columns)
        # a surname's particles and the word after them ("Inés de la Fuente"), a hospital's town;
        # no facility span for a field's label ("NP. Pharmacy:")
        spans = drop_field_labels(text, resolve_overlaps(spans))
        spans = resolve_overlaps(extend_facilities(text, extend_particles(text, spans)))
        # "Copper Flats Medical Center" ... "leaving Copper Flats": the facility's leading words
        spans = resolve_overlaps(spans + propagate_facility_leads(text, spans, self._is_common))
        # a given name before a found surname ("Visitor Peace Okafor"); no "major depressive"
        spans = drop_clinical_names(text, extend_given_names(text, spans, self._vocabulary.is_name))
        if self._english_tagger is not None and _LETTER.search(text):
            # the learned tagger's finds beside the rules' (loaded with the first English note)
            from medenclave_deid.core.text.note_tagger import find_tagged_english

            spans = resolve_overlaps(spans + find_tagged_english(
                text, self._vocabulary, self._english_tagger, claimed=_claimed_by(spans),
                threshold=self._tagger_threshold))
        # the tagger's and the propagated names take their surnames' particles too ("Ada ter Horst")
        # and a title left alone beside its found surname is no one's name
        # and a nickname in quotes after a found name is the same person's ("Ada Marlow ('Dee')");
        # a given name's eponym surname goes with it ("Dr. Anna Romberg"), before it propagates
        spans = extend_eponym_surnames(text, spans, self._vocabulary)
        spans = extend_particles(text, propagate_names(text, quoted_nicknames(text, spans), self._vocabulary))
        # a field's label is no name ("Acct V916506740", "Charge RN:"), nor an auxiliary or a
        # score's acronym ("neighbor will collect", "PASI 23.1")
        spans = drop_lone_titles(text, resolve_overlaps(spans))
        spans = drop_identifier_labels(text, spans, self._vocabulary)
        spans = drop_words_and_scores(text, spans, self._vocabulary)
        spans = drop_score_names(text, spans, self._vocabulary)  # "Naranjo 6", "Barthel Index"
        spans = drop_scale_codes(text, spans)  # "SNOT-22 score 58": no serial number
        spans = trim_role_words(text, spans)  # "Chaplain Ruth Omar": the chaplain stays
        # "Insurance: Aetna HMO": who pays, not who is treated
        spans = drop_payer_names(text, spans, self._vocabulary.first_names)
        spans = drop_title_words(text, spans, self._vocabulary)  # "NICU Progress Note"
        spans = keep_vehicle_models(text, spans)  # "silver Toyota Camry": no town, no surname
        # a flowsheet's, a log's or a lab table's measurements ("0815  SR  66", "Lac  1.8")
        # and a device's eponym among a cell's abbreviations ("NS / Foley")
        spans = drop_measure_cells(text, spans)
        spans = drop_device_eponyms(text, spans, self._vocabulary.eponyms.__contains__)
        # staff named by their slot ("jo RN:", "packed … by jo", "Ivy R. Heart, MD"), user ids, couples
        if _LETTER.search(text):
            spans = add_staff(text, spans, self._vocabulary)
        spans = finish_english(text, spans, self._vocabulary)  # terms kept; echoes, agency ids go
        return lang, _with_columns(self._filled(text, spans), columns)

    def _is_common(self, lower: str) -> bool:
        return self._vocabulary.is_common(lower, threshold=4.0)

    def _filled(self, text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
        """``spans`` with the other cells of a table column most of whose cells they found as
        one identifier (:mod:`~medenclave_deid.core.text.column_content`)."""
        vocabulary = self._vocabulary

        def kept(word: str) -> bool:
            return (word in vocabulary.drugs or word in vocabulary.clinical or word in vocabulary.eponyms
                    or is_clinical_word(word)
                    or (vocabulary.is_common(word, threshold=3.0) and not vocabulary.is_name(word)))
        spans = resolve_overlaps(spans)
        more = fill_columns(text, spans, kept)
        return resolve_overlaps(spans + more) if more else spans

    def deidentify(self, text: str, *, lang: str = "auto", date_offset_days: int | None = None,
                   demographics: PatientDemographics | None = None) -> DeidentifiedNote:
        """The note with surrogates in place of its PHI.

        Args:
            text: the note.
            lang: ``auto`` (decided per note), ``en`` or ``zh``.
            date_offset_days: the patient's date offset (the images' offset, so notes and images
                agree); the key's default offset when None.
            demographics: the patient's own values, removed wherever they occur.

        Raises:
            NoteError: ``unknown_language``.
        """
        lang, spans = self.find(text, lang=lang, demographics=demographics)
        offset = note_offset(text, self.default_offset_days if date_offset_days is None else date_offset_days)
        numbers = frozenset(_NUMBER.findall(text))
        words = frozenset(w.lower() for w in _WORDS.findall(text))
        # a Chinese surrogate name holds no character of any name in the note (丁主任's 丁), nor
        # of a short place (安顺, 华西) it could spell again
        names = NoteNames.of(text, spans)  # and a part of a name alone takes the full name's parts
        pieces: list[str] = []
        last = 0
        for span in spans:
            pieces.append(text[last:span.start])
            # a full-width value (２０２３年３月５日) gets its surrogate as the ASCII one would
            pieces.append(self._replacement(text[span.start:span.end].translate(_HALF_WIDTH),
                                            span.category, lang, offset, numbers, words,
                                            names))
            last = span.end
        pieces.append(text[last:])
        counts = Counter(s.category for s in spans)
        out = "".join(pieces)
        leaks = tuple(leaked_categories(out, demographics.deny_list())) if demographics else ()
        return DeidentifiedNote(text=out, lang=lang, counts=dict(sorted(counts.items())),
                                spans=tuple(spans), leaks=leaks)

    def _replacement(self, value: str, category: str, lang: str, offset: int,
                     numbers: frozenset[str] = frozenset(),
                     words: frozenset[str] = frozenset(),
                     names: NoteNames | None = None) -> str:
        if category == "date":
            match = DATE_PATTERN.fullmatch(value)
            shifted = shift_date(match, offset) if match else None
            return shifted if shifted is not None else ("[日期]" if lang == "zh" else "[DATE]")
        if category == "age":  # Safe Harbor's aggregate, written without the age itself
            return "89岁以上" if lang == "zh" else "over 89"
        # the surrogate is written in the value's script (an English name in a Chinese note stays
        # an English name); its numbers never repeat a number of the note (a surrogate record
        # number must not read as the patient's age or a date)
        script = "zh" if _CJK.search(value) else "en"  # "José Núñez" is written in Latin
        surrogate = self._surrogates.make(category, value, lang=script, avoid=words, names=names)
        for salt in range(1, 8):
            if not set(_NUMBER.findall(surrogate)) & numbers:
                break
            surrogate = self._surrogates.make(category, value, lang=script, salt=salt, avoid=words,
                                              names=names)
        return surrogate


def _with_columns(spans: list[PhiSpan], columns: Columns) -> list[PhiSpan]:
    """``spans`` with the exports' cells in place of every find that overlaps one, and no find in
    their header fields (labels: ``操作者``, ``Surgeon``)."""
    if not columns.headers:
        return spans
    taken = columns.cells + [PhiSpan(start, end, "") for start, end in columns.headers]
    claimed = _claimed_by(resolve_overlaps(taken))
    return resolve_overlaps([s for s in spans if not claimed(s.start, s.end)] + columns.cells)


def _claimed_by(spans: list[PhiSpan]):
    """Whether ``[start, end)`` overlaps one of the (sorted, non-overlapping) spans."""
    import bisect

    starts = [s.start for s in spans]

    def claimed(start: int, end: int) -> bool:
        i = bisect.bisect_right(starts, start) - 1
        return any(span.start < end and start < span.end for span in spans[max(i, 0):i + 2])
    return claimed


def _deny(text: str, pairs: list[tuple[str, str]]) -> list[PhiSpan]:
    spans: list[PhiSpan] = []
    for category, value in pairs:
        pattern = re.escape(value)
        if value[0].isascii() and value[0].isalnum():
            pattern = r"(?<![A-Za-z0-9])" + pattern
        if value[-1].isascii() and value[-1].isalnum():
            pattern += r"(?![A-Za-z0-9])"
        flags = re.IGNORECASE if value.isascii() else 0
        spans.extend(PhiSpan(m.start(), m.end(), category) for m in re.finditer(pattern, text, flags))
    return spans
