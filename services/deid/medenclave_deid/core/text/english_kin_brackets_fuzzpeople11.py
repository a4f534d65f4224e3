"""People named right beside a kinship word, in any case, even when their names are everyday
words ("summer", "will", "price"):

* **a name in brackets after a kinship word**: ``Accompanied by aunt (june cruz)``,
  ``mother (HOA STEIN) reports ...``;
* **a name after a cue, before a bracketed kinship word**: ``Accompanied by darius kowalski
  (girlfriend)``, ``Signed by bill jovanovic (guardian)``, ``Family notified: hunter van buren
  (partner)``;
* **a name before "pt's" and a kinship word**: ``Castle, pt's caseworker, at bedside``,
  ``SANJAY ADEYEMI is the pt's grandmother``;
* **a name after "pt's" / "patient's" and a kinship word**: ``Patient's father, chidi price, was
  updated``, ``pt's aunt will bird present``.

The slot says "person"; the words are taken only where each is a name or a rare word (never a
function word, a clinical word, a drug or a kinship word) and each is a known name or a rare word.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import KINSHIP, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_kin_bracket_names"]

_KIN = KINSHIP | frozenset("""partner parent caseworker proxy friend neighbor neighbour roommate
stepfather stepmother grandparent foster sibling child mom dad""".split())
_KIN_WORD = r"(?:(?:legal|foster|step-?|great-)[ \t]*)?(?:[A-Za-z]+(?:-in-law)?)"
_PARTICLES = frozenset("van der den de la le von da dos das del di st st. mac".split())
#: one to three name words (particles between)
_NAME = r"[A-Za-z][A-Za-z'’-]*\.?(?:[ \t]+[A-Za-z][A-Za-z'’-]*){0,3}"
_AFTER_KIN = re.compile(rf"\b(?P<k>{_KIN_WORD})[ \t]*\([ \t]*(?P<n>{_NAME})[ \t]*\)")
#: (a lookahead, so that "note: spoke with faith dlamini (wife)" is tried from each cue)
_BEFORE_KIN = re.compile(
    rf"(?=(?:^|[:;,]|\b(?i:by|to|with|from|notified|called|contacted|and))[ \t]+(?P<n>{_NAME})"
    rf"[ \t]*\([ \t]*(?P<k>{_KIN_WORD})[ \t]*\))", re.M)
_BEFORE_PTS = re.compile(
    rf"^[ \t]*(?P<n>{_NAME}?)(?:,[ \t]*|[ \t]+(?i:is|was)[ \t]+(?i:the)[ \t]+)"
    rf"(?i:pt|patient)['’]s[ \t]+(?P<k>{_KIN_WORD})\b", re.M)
_AFTER_PTS = re.compile(
    rf"\b(?i:pt|patient)['’]s[ \t]+(?P<k>{_KIN_WORD}),?[ \t]+(?P<n>{_NAME})"
    r"(?=[ \t]*(?:[,.;:]|$|[ \t](?i:present|was|is|at|here|updated|notified|aware|reports?)\b))",
    re.M)


#: staff roles that forms write right before a colleague's name, without a colon
_ROLES = frozenset("""kin trainer tech technician technologist specialist attending resident surgeon
nurse pharmacist interpreter counselor counsellor caseworker worker educator""".split())
#: a kinship or role word, then (maybe a colon) a name of two words or more
_CUE_RUN = re.compile(rf"\b(?=(?P<k>{_KIN_WORD})[ \t]*:?[ \t]+(?P<n>{_NAME}))")
#: words that open a verb phrase after a kinship word, never the name there ("nurse will page")
_MODALS = frozenset("will may can might shall must should would could did does".split())


def _cue_run(m: re.Match[str], vocabulary: TextVocabulary) -> PhiSpan | None:
    """``Next of kin linh wisniewski``, ``Pump trainer art silva``: a listed given name or a rare
    word and at least one more name or rare word after a kinship or role word."""
    if m.group("k").lower() not in _ROLES and not _kin(m.group("k")):
        return None
    first = m.group("n").split()[0]
    if not (
            vocabulary.is_listed_name(first.lower()) or _word_ok(first, vocabulary)):
        return None
    span = _name_span(m, vocabulary, whole=False, cue=_ROLES)
    return span if span is not None and " " in m.string[span.start:span.end].strip() else None


def _kin(word: str) -> bool:
    w = word.lower().replace("legal", "").replace("foster", "").replace("step-", "").strip()
    w = w.removeprefix("great-").removesuffix("-in-law").strip()
    return w in _KIN or word.lower().removeprefix("step") in _KIN


def _word_ok(word: str, vocabulary: TextVocabulary) -> bool:
    """A word of the name: a known name or a rare word; never a function or kinship word, nor a
    short acronym ("DCFS"); a drug or clinical word only when it is a known name too."""
    low = word.lower().strip(".'’")
    if not low or low in NEVER or _kin(low):
        return False
    if vocabulary.is_name(low):
        return True
    if word.isupper() and len(low) <= 5:
        return False
    if low in vocabulary.drugs or low in vocabulary.clinical or is_clinical_word(low):
        return False
    return not vocabulary.is_common(low)


def _name_span(m: re.Match[str], vocabulary: TextVocabulary, *, whole: bool,
               cue: frozenset[str] = frozenset()) -> PhiSpan | None:
    """The longest run of name words the slot opens with (all of them where ``whole``)."""
    if not _kin(m.group("k")) and m.group("k").lower() not in cue:
        return None
    if m.group("n").split()[0].lower() in _MODALS:  # "pt's husband will call back"
        return None
    kept: list[re.Match[str]] = []
    for w in re.finditer(r"\S+", m.group("n")):
        if w.group().lower() in _PARTICLES or _word_ok(w.group(), vocabulary):
            kept.append(w)
            continue
        if whole:
            return None
        break
    while kept and kept[-1].group().lower() in _PARTICLES:
        kept.pop()
    if not kept or sum(w.group().lower() not in _PARTICLES for w in kept) > 3:
        return None
    start = m.start("n")
    return PhiSpan(start, start + kept[-1].end() - kept[-1].group().endswith("."), "name")


def find_kin_bracket_names(text: str, vocabulary: TextVocabulary) -> list[PhiSpan]:
    """Name spans of the shapes above (overlaps not yet resolved).

    Args:
        text: an English note.
        vocabulary: the word knowledge.
    """
    found: list[PhiSpan] = []
    for rx in (_AFTER_KIN, _BEFORE_KIN, _BEFORE_PTS, _AFTER_PTS):
        for m in rx.finditer(text):
            span = _name_span(m, vocabulary, whole=rx is not _AFTER_PTS)
            if span is not None:
                found.append(span)
    found += [s for m in _CUE_RUN.finditer(text) if (s := _cue_run(m, vocabulary)) is not None]
    return found
