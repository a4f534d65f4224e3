"""A learned English name and place tagger beside the rules: features, labels, spans.

The rules are written form by form and miss forms a new writer uses; a sequence tagger over
general features (word shape, capitals, word frequency, lexicon membership, neighbouring words)
transfers better (the i2b2 2014 systems paired a CRF with rules). This module computes the
features and turns the tagger's per-token marginals into PHI spans; the engine that learns and
applies the weights is behind :class:`~medenclave_deid.core.ports.SequenceTagger`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from medenclave_deid.core.plain_descriptions import IMAGING_WORDS
from medenclave_deid.core.ports import SequenceTagger
from medenclave_deid.core.text.english_attestation_words import attestation_word
from medenclave_deid.core.text.english_codes import is_coded_term, is_threshold
from medenclave_deid.core.text.english_derived import is_derived_word
from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_judge import Judge
from medenclave_deid.core.text.english_words import (
    CLINICAL_HEADS,
    CREDENTIAL_WORDS,
    KINSHIP,
    NEVER,
    PERSON_CUES,
    PLACE_CUES,
    REGIMENS,
    TITLES,
    sentence_start,
    tokenize,
)
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = [
    "LABELS",
    "LABEL_OF",
    "TAGGER_CATEGORIES",
    "NoteToken",
    "find_tagged_english",
    "note_tokens",
    "token_features",
    "token_labels",
]

#: the tagger's labels (IO: a name or place of several words is several tokens of one label)
LABELS = ("O", "NAME", "PLACE", "HOSPITAL")
#: the PHI category a tagged token becomes
TAGGER_CATEGORIES = {"NAME": "name", "PLACE": "geo", "HOSPITAL": "hospital"}
#: the evaluation set's categories each label learns from
LABEL_OF = {
    "NAME_PATIENT": "NAME",
    "NAME_RELATIVE": "NAME",
    "NAME_CLINICIAN": "NAME",
    "CITY": "PLACE",
    "PROVINCE_STATE": "PLACE",
    "ADDRESS_STREET": "PLACE",
    "POSTCODE": "PLACE",
    "HOSPITAL": "HOSPITAL",
}
_NUMBER = re.compile(r"(?<![\w.,/-])\d{3,5}(?:-\d{4})?(?![\w/]|[.,]\d)")
#: what may stand between two tokens of one span ("Mary Ann", "O. Smith", "Fort-Worth")
_TOWN_BEFORE = re.compile(r"[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)*,[ \t]*$")
_MEASURE_NEXT = re.compile(r"[ \t]*\d+[/.]\d")
#: a mixed-case abbreviation closing in capitals ("MoCA", "HbA", "SpO") or capitals closing in one
#: lower-case letter ("QTc", "MDs"): a test's or a measure's short name, never a name (a Gaelic
#: "McKAY" or "MacRAE" excepted)
_MIXED_ABBREVIATION = re.compile(r"(?!Ma?c)[A-Z][a-z]{1,2}[A-Z]{2,}|[A-Z]{2,4}[a-z]|[a-z][A-Z][A-Za-z]{0,3}")
#: five or more capitals with no vowel, a listed clinical acronym ("CVVHDF"): no surname
_VOWELLESS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{5,}")
_X_ABBREVIATION = re.compile(r"[A-Za-z][xX]")
#: capitals with a one-letter part ("B-ALL", "T-ALL", "X-ALD"): a disease's or a test's short name
_LETTER_ABBREVIATION = re.compile(r"[A-Z]-[A-Z]{2,5}|[A-Z]{2,5}-[A-Z]")
#: a ward or a floor's wing after its number ("7 West", "4B North"): a unit, not a place
_WING = re.compile(r"(?i:North|South|East|West)")
_WING_NUMBER = re.compile(r"(?<![\w,/.-])\d{1,2}[A-Z]?[ \t]$")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
#: a log row's lead before its first word: a bullet, a month/day, a clock time ("- 3/4 @ 16:00 ")
_ROW_LEAD = re.compile(
    r"[ \t]*[-•*|]?[ \t]*(?:\d{1,2}/\d{1,2}[ \t@,|]*)?(?:[01]?\d|2[0-3]):?[0-5]\d[ \t:|-]*"
)
_JOIN = re.compile(r"[ \t]*[.'’-]?[ \t]*")
_STATE_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS
MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split()
)
_STREET_WORDS = frozenset(
    """street st avenue ave road rd drive dr lane ln boulevard blvd court ct
way place pl circle cir terrace parkway pkwy highway hwy suite apt unit""".split()
)
_CLINICAL_NEXT = re.compile(r"['’]?s?[ \t]*(?:\d|[a-z])")
#: a facility's kind: a tagged hospital is one only with such a word in it or right after it
_FACILITY = re.compile(
    r"\b(?:Hospitals?|Cent(?:er|re)s?|Clinics?|Medical|Health|Healthcare|Infirmary|"
    r"Institute|Memorial|Rehab(?:ilitation)?|Hospice|Care|Home|Manor|Gardens|"
    r"Village|Ctr|Pharmacy|Practice|Associates)\b"
)


@dataclass(frozen=True)
class NoteToken:
    """A word or a short number of a note (``text[start:end]``)."""

    start: int
    end: int
    word: str
    sentence_start: bool


def note_tokens(text: str) -> list[NoteToken]:
    """The words and the 3-5 digit numbers (postcodes, street numbers) of ``text``, in order.

    Args:
        text: an English note.
    """
    tokens = [NoteToken(t.start, t.end, t.text, t.sentence_start) for t in tokenize(text)]
    tokens += [NoteToken(m.start(), m.end(), m.group(), False) for m in _NUMBER.finditer(text)]
    return sorted(tokens, key=lambda t: t.start)


def _shape(word: str) -> str:
    if word[0].isdigit():
        return f"d{sum(c.isdigit() for c in word)}"
    if word.isupper():
        return "X" if len(word) == 1 else "XX"
    if word[0].isupper():
        return "Xx-" if "-" in word else ("X.x" if any(c.isupper() for c in word[1:]) else "Xx")
    return "x"


def _word_features(word: str, vocab: TextVocabulary) -> list[str]:
    """What is known about one word, wherever it stands (also used for its neighbours)."""
    key = word.lower().rstrip("'’")
    zipf = vocab.zipf(key)
    flags = [
        f"s={_shape(word)}",
        f"z={int(zipf)}",
        f"w={key}" if zipf >= 3.5 or key in TITLES or key in KINSHIP else "w=?",
    ]
    for flag, known in (
        ("fn", key in vocab.first_names),
        ("ln", key in vocab.last_names),
        ("pl", key in vocab.places),
        ("dr", key in vocab.drugs),
        ("cl", key in vocab.clinical),
        ("ep", key in vocab.eponyms),
        ("cw", key in vocab.common_word_names),
        ("med", is_clinical_word(key)),
        ("st", word in _STATE_CODES),
        ("sx", key in _STREET_WORDS),
        ("ti", key in TITLES),
        ("kin", key in KINSHIP),
        ("cue", key in PERSON_CUES),
        ("pcue", key in PLACE_CUES),
        ("cred", key in CREDENTIAL_WORDS),
    ):
        if known:
            flags.append(flag)
    return flags


def _edge(text: str, start: int, step: int) -> str:
    """The punctuation next to a token: the first non-blank character before or after it on
    its line ("nl" at the line's edge)."""
    i = start
    while 0 <= i < len(text) and text[i] in " \t":
        i += step
    if i < 0 or i >= len(text) or text[i] == "\n":
        return "nl"
    return text[i] if not text[i].isalnum() else "a"


def token_features(text: str, tokens: Sequence[NoteToken], vocab: TextVocabulary) -> list[list[str]]:
    """The features of each token: its own, its edges, and its two neighbours on each side.

    Args:
        text: the note.
        tokens: its tokens (:func:`note_tokens`).
        vocab: the word knowledge (Zipf frequencies, name, place, drug and clinical lists).
    """
    known: dict[str, list[str]] = {}  # a word's own features, worked out once per note (read only)
    own = [
        known[t.word] if t.word in known else known.setdefault(t.word, _word_features(t.word, vocab))
        for t in tokens
    ]
    out: list[list[str]] = []
    for i, t in enumerate(tokens):
        key = t.word.lower()
        feats = [
            "b",
            *own[i],
            f"pre={_edge(text, t.start - 1, -1)}",
            f"post={_edge(text, t.end, 1)}",
            f"len={min(len(t.word), 8)}",
            f"suf={key[-3:]}",
        ]
        if t.sentence_start:
            feats.append("ss")
        for step in (-2, -1, 1, 2):
            j = i + step
            if 0 <= j < len(tokens):
                feats.extend(f"{step:+d}{f}" for f in own[j] if not f.startswith("z="))
            else:
                feats.append(f"{step:+d}edge")
        out.append(feats)
    return out


def token_labels(tokens: Sequence[NoteToken], phi: Sequence[dict]) -> list[str]:
    """The label of each token from annotated PHI spans (``start``, ``end``, ``category``):
    the label of a span it overlaps, else ``O``.

    Args:
        tokens: the note's tokens.
        phi: its annotated spans (the evaluation set's format).
    """
    labels = ["O"] * len(tokens)
    for span in phi:
        label = LABEL_OF.get(span["category"])
        if label is None:
            continue
        for i, t in enumerate(tokens):
            if t.start < span["end"] and span["start"] < t.end:
                labels[i] = label
    return labels


def find_tagged_english(
    text: str,
    vocab: TextVocabulary,
    tagger: SequenceTagger,
    *,
    claimed: Callable[[int, int], bool],
    threshold: float,
) -> list[PhiSpan]:
    """Names and places the tagger finds that the rules did not claim.

    A token becomes PHI when the tagger gives its labels other than ``O`` at least
    ``threshold`` of probability. Never a listed clinical or imaging word, heading, service word or
    credential, an everyday word written in lower case, a word the name judge holds for clinical
    vocabulary here (a drug before a dose, an eponym before what it names), or a drug- or
    eponym-listed word that is not also a surname or a town; a hospital only with a facility's
    word in it or after it ("Wound Care" of "Wound Care Center" is a service, "Baptist" a
    religion).

    Args:
        text: an English note.
        vocab: the word knowledge.
        tagger: the trained tagger.
        claimed: whether the rules already found PHI over ``[start, end)``.
        threshold: the least probability of PHI that makes a token PHI.
    """
    tokens = note_tokens(text)
    if not tokens:
        return []
    marginals = tagger.marginals(token_features(text, tokens, vocab))
    judge: Judge | None = None
    index: dict[int, int] = {}
    spans: list[PhiSpan] = []
    for i, (t, probs) in enumerate(zip(tokens, marginals, strict=True)):
        if 1.0 - probs.get("O", 0.0) < threshold or claimed(t.start, t.end):
            continue
        if t.word[0].isdigit() and (is_coded_term(text, t.start, t.end) or is_threshold(text, t.start)):
            continue  # "CPT 99285": a service's code, not a ZIP code; "TMP > 250": a limit
        if t.word[0] == "0" and len(t.word) < 5:
            continue  # "0900": a clock time; no street number starts with 0, a ZIP has five digits
        if not t.word[0].isdigit():
            if not _may_be_phi(text, t, vocab) or _caps_heading(text, tokens, i, vocab):
                continue
            if judge is None:
                judge = Judge(text, vocab, lambda _s, _e: False)
                index = {w.start: k for k, w in enumerate(judge.tokens)}
            # the two tokenizers agree on words; a word the judge has not is left alone
            if t.start not in index or judge.clinical(index[t.start]):
                continue
        label = max((lb for lb in LABELS if lb != "O"), key=lambda lb: probs.get(lb, 0.0))
        category = TAGGER_CATEGORIES[label]
        if category == "name" and t.word.isdigit():
            continue  # "3/16 | 1100 |": a clock time, no one's name
        last = spans[-1] if spans else None
        if last and last.category == category and _JOIN.fullmatch(text, last.end, t.start):
            spans[-1] = PhiSpan(last.start, t.end, category)
        else:
            spans.append(PhiSpan(t.start, t.end, category))
    return [
        s
        for s in spans
        if s.category != "hospital"
        or (
            _FACILITY.search(text, s.start, min(len(text), s.end + 14))
            and not _everyday_facility(text, s, vocab)
        )
    ]


#: a list's separator right before a word (``SULFA; SHELLFISH``, ``|VOICEMAIL|``), not "Baby CHRISTMAS"
_LISTED = re.compile(r"[;|,][ \t]?$")
#: the rest of a printed label in capitals, to its colon (" AFTER:", ":")
_CAPS_LABEL = re.compile(r"(?:[ ][A-Z]{2,}){0,3}[ \t]*:")


def _may_be_phi(text: str, t: NoteToken, vocab: TextVocabulary) -> bool:
    """Whether a word may be a name or a place at all, by itself and the word after it."""
    key = t.word.lower()
    if t.word in _STATE_CODES:  # "OR", "ME", "CA": a state only after a town ("Dayton, OH"),
        # never alone ("Mental state: OK", "(AK)", "VA 20/40")
        return bool(_TOWN_BEFORE.search(text, max(0, t.start - 40), t.start)) and not _MEASURE_NEXT.match(
            text, t.end
        )  # "Home, VA 20/40": visual acuity
    if t.word.isupper() and len(t.word) <= 4 and not vocab.is_listed_name(key):
        return False  # "WRS < 50%", "SAAG": an abbreviation (initials are the rules' to judge)
    listed = _LISTED.search(text[max(0, t.start - 3) : t.start]) and vocab.is_common(key)
    if t.word.isupper() and len(key) >= 6 and listed and not (vocab.is_name(key) or key in vocab.places):
        return False  # "ALLERGY: SULFA; SHELLFISH", "|VOICEMAIL|": an everyday word in capitals in a list
    if _compound_abbreviation(t.word, vocab):
        return False  # "MALDI-TOF", "HPLC-MS": a method's short name, not a double-barrelled surname
    if _WING.fullmatch(t.word) and _WING_NUMBER.search(text, max(0, t.start - 5), t.start):
        return False  # "Moved to 7 West": a ward
    if (
        _X_ABBREVIATION.fullmatch(t.word)
        or _MIXED_ABBREVIATION.fullmatch(t.word)
        or _LETTER_ABBREVIATION.fullmatch(t.word)
        or (_VOWELLESS.fullmatch(t.word) and t.word.lower() in vocab.clinical)
    ):
        return False  # Hx, Dx, Tx, Rx, Sx, Fx: history, diagnosis, treatment …; "iCa", "eGFR", "CVVHDF"
    if (
        key in NEVER
        or key in SERVICE_WORDS
        or key in IMAGING_WORDS
        or key in CLINICAL_HEADS
        or key in REGIMENS
        or is_clinical_word(key)
        or key in vocab.clinical
        or (t.word.isupper() and key.split("-")[0] in CREDENTIAL_WORDS)
    ):
        return False  # "FNP-BC", "RN": a credential
    if "-" in key and all(p in vocab.drugs and not vocab.is_name(p) for p in key.split("-")):
        return False  # "piperacillin-tazobactam": a combination of listed drugs, none also a surname
    if key in vocab.drugs or key in vocab.eponyms:
        # the lists hold surnames and towns too ("Jones", "Foley", "Yakima"): a name unless a
        # number or a lower-case word follows, as after a drug or an eponym ("Foley 16 Fr"); never an
        # everyday word in lower case ("I'm young")
        return (
            (vocab.is_name(key) or key in vocab.places)
            and not _CLINICAL_NEXT.match(text, t.end)
            and not (t.word.islower() and vocab.is_common(key))
        )
    if (
        t.word[0].isupper()
        and sentence_start(text, t.start)
        and vocab.is_common(key, threshold=3.5)
        and _LOWER_NEXT.match(text, t.end)
    ):
        return False  # "Hope for recovery is reasonable": an everyday word opening a sentence
    lead = _ROW_LEAD.fullmatch(text, text.rfind("\n", 0, t.start) + 1, t.start)
    if lead and t.word[0].isupper() and vocab.is_common(key, threshold=3.5) and _LOWER_NEXT.match(
        text, t.end
    ):
        return vocab.is_name(key)  # "3/4 @ 16:00 Circuit changed": an everyday word opening a log's row
    if t.word.islower() and re.search(r"(?:ed|ing)$", key) and not vocab.is_name(key):
        stem = re.sub(r"(?:ed|ing)$", "", key)  # "clotted", "primed": a known word's -ed or -ing
        if any(vocab.is_common(w) for w in (stem, stem + "e", stem[:-1] if stem[-2:-1] == stem[-1:] else "")):
            return False
    if (
        t.word[0].isupper()
        and not vocab.is_name(key)
        and key not in vocab.places
        and not text[text.rfind("\n", 0, t.start) + 1 : t.start].strip()
        and text[t.end : t.end + 1] in ("/", ":")
        and is_derived_word(t.word, vocab.zipf)
    ):
        return False  # "Rechecks/labs:": an everyday word built of known ones heading a line
    upper_label = t.word.isupper() and _CAPS_LABEL.match(text, t.end)
    if upper_label and not vocab.is_name(key) and vocab.is_common(key):
        return False  # "DISCARD AFTER: 08/25/2026", "REFILLS: 2": a printed label's everyday words
    if attestation_word(text, t.start, t.end, vocab):
        return False  # "Signed: Electronically Verified": how it was signed, not by whom
    parts = key.split("-")  # "post-filter", "pre-dilution": everyday words joined, no one's name
    if (  # not a given name of short syllables ("seo-jun")
        t.word.islower()
        and len(parts) > 1
        and max(map(len, parts)) >= 5
        and all(map(vocab.is_common, parts))
        and not all(map(vocab.is_name, parts))
    ):
        return False
    return not (t.word.islower() and (vocab.is_common(key) or _plural_term(key, vocab)))


def _compound_abbreviation(word: str, vocab: TextVocabulary) -> bool:
    """Capitals joined by a hyphen (or capitals and a lower-case word: ``HLA-identical``), one part of
    2-4 letters, no part a listed name or a place (``MALDI-TOF``, ``LC-MS``): an abbreviation."""
    parts = word.split("-")
    return (
        len(parts) == 2
        and (word.isupper() or (parts[0].isupper() and parts[1].islower()))
        and all(p.isalpha() for p in parts)
        and any(2 <= len(p) <= 4 for p in parts)
        and not any(vocab.is_listed_name(p.lower()) or p.lower() in vocab.places for p in parts)
    )


def _plural_term(key: str, vocab: TextVocabulary) -> bool:
    """A lower-case plural of an everyday or clinical word that no list knows as a name
    (``shins``, ``forearms`` in a treatment log's site column): no one's name."""
    one = key[:-1]
    return (
        key.endswith("s")
        and len(one) >= 3
        and not vocab.is_name(key)
        and not vocab.is_name(one)
        and (vocab.is_common(one) or one in vocab.clinical or is_clinical_word(one))
    )


def _caps_heading(text: str, tokens: Sequence[NoteToken], i: int, vocab: TextVocabulary) -> bool:
    """An upper-case word beside an upper-case clinical or everyday word that is no name, on the
    same line (``MARK ANTERIOR``, ``GRACE PERIOD``): a heading, not a person."""
    if not tokens[i].word.isupper() or len(tokens[i].word) < 2:
        return False
    for j in (i - 1, i + 1):
        if not 0 <= j < len(tokens) or not tokens[j].word.isupper():
            continue
        a, b = sorted((tokens[i], tokens[j]), key=lambda tok: tok.start)
        if (
            text[a.end : b.start] != " "
            or len(tokens[j].word) < 4
            or text[tokens[j].end : tokens[j].end + 1] == ":"
        ):
            continue  # "First: MICHAEL    MI:": a field's label beside it, not a heading's word
        key = tokens[j].word.lower()
        if not vocab.is_name(key) and (
            key in vocab.clinical
            or key in CLINICAL_HEADS
            or is_clinical_word(key)
            or vocab.is_common(key, threshold=3.5)
        ):
            return True
    return False


def _everyday_facility(text: str, span: PhiSpan, vocab: TextVocabulary) -> bool:
    """A tagged facility of everyday and service words only (``Home Health``): a kind of care."""
    return all(
        w.lower() in SERVICE_WORDS or vocab.is_common(w.lower(), threshold=3.5)
        for w in re.findall(r"[A-Za-z]+", text[span.start : span.end])
    )
