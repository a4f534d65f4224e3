"""People written in the forms of registries, certificates' worksheets and typed lists:

* **a caret-joined name** (HL7's person form): ``WALKER^HOLLY``, ``TEN BRINK^PAT^E``,
  ``Young-Park^Rose^M``, when a part is a known name and none is a clinical word or a coding
  system (``GLU^Glucose^LN`` stays);
* **a maiden name's slot**: ``Mother's name prior to first marriage (maiden): Power``,
  ``Maiden name: Baker``, ``Surname at birth: King`` — the value, whatever its words;
* **a patient typed in lower case, surname first**: ``Pt: da silva, maria``, ``pt: long, colm``;
  the given name after the comma is a known name;
* **initials beside the name they spell**: ``22:10 CV (Colm Van der Merwe, RN)``, ``Ada Lind (AL)``;
* **a found person's given name again, doing something**: ``Day 3: Bill performed the exchange``,
  ``Will merged late`` after ``Client: Will Moody`` — a past-tense verb or ``was``/``has`` after it;
* **staff in lower-case shorthand**: ``rn royal notified dr young-park.`` — a known name between a
  role's abbreviation and what was done, or a hyphenated surname after ``dr`` at a sentence's end;
* **a nickname in quotes after "prefers"**: ``the examinee, who prefers 'Birdie', ...`` (a drug or a
  clinical word in quotes, ``prefers 'Tylenol'``, stays);
* **a given name's surname that is an everyday word**: a found one-word given name (or a given
  name with a middle initial) and the capitalised word a space after it (a tab parts cells), in the same case
  (``Frank Swift, her neighbour``, ``OFFICER HOLLY THORNBURY``, ``Iris S. Young-Park``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER, TITLES
from medenclave_deid.core.text.prefixed_matches import WORD_END, WORD_START, bounded_matches
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["find_name_forms"]

_PART = r"[A-Za-z][A-Za-z'’.-]*(?:[ ][A-Za-z][A-Za-z'’.-]*){0,2}"
_CARET = re.compile(
    # a quoted value's closing quote is no part of it ("PN: 'DOE^JOHN'")
    rf"(?<![\w^&])(?P<v>{_PART}\^{_PART}(?:\^[A-Za-z][A-Za-z'’.-]*)?)(?<!['’])"
    r"(?=['’]?(?:[|\t\n^~,;]|[ ]{2}|$))"
)
_CODING = frozenset("ln lnc sct snm i9 i9c i10 cpt cpt4 hcpcs ndc rxnorm l hl7 icd9 icd10 loinc".split())
_MAIDEN = re.compile(
    r"(?i:\b(?:maiden(?:[ \t]+(?:name|surname))?|name[ \t]+prior[ \t]+to[ \t]+(?:first[ \t]+)?marriage|"
    r"(?:surname|last[ \t]+name)[ \t]+at[ \t]+birth|birth[ \t]+surname))"
    r"[^\n:]{0,24}?(?:[:]|[ \t](?:is|was)\b)[ \t]*(?P<v>[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2})"
    r"(?=[ \t]*(?:\n|$|[,;.(]|[ \t]{2}|\t))"
)
_ANSWERS = frozenset("same none unknown not yes no n/a na self other mother father".split())
_LOWER_LABEL = re.compile(
    r"(?im)(?:^|[ \t(])(?:pt|patient|client|examinee|member|name)[ \t]*[:：][ \t]*"
    r"(?P<v>(?:(?:van|von|de|del|della|da|di|du|la|le|dos|das|ten|ter|st\.?|mac|o['’]|d['’])[ \t]*)*"
    r"(?P<last>[a-z][a-z'’-]+),[ \t]*(?P<given>[a-z][a-z'’-]+)(?:[ \t]+[a-z]\.?)?)"
    r"(?=[ \t]*(?:\n|$|[.;,(]|[ \t]{2}|\t))"
)
_LOWER_STAFF = re.compile(
    r"(?<![\w/])(?:rn|lpn|np|pa-c|md|dr|charge[ \t]+(?:rn|nurse)|nurse)\.?[ \t]+"
    r"(?P<v>[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?)(?=[ \t]+(?:notified|paged|called|aware|updated|informed|"
    r"at[ \t]+bedside|to[ \t]+see|came|reviewed|saw)\b|[ \t]*(?P<end>[.,;]|$))",
    re.M,
)
_PREFERS = re.compile(r"\b(?:prefers|preferred|called)[ \t]+[\"“'‘](?P<v>[A-Z][a-z'’-]*[a-z])[\"”'’]")
_NEXT_WORD = re.compile(
    r"\.?(?:[ \t]+[\"“(‘'][A-Za-z][A-Za-z .'’-]{0,18}[\"”)’'])?"  # a nickname between
    r"[ ](?P<w>[A-Z][A-Za-z'’]+(?:-[A-Z][A-Za-z'’]+)?)(?![\w'’-]|\.\w)"
)
_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])(?P<w>[A-Z][A-Za-z'’]+)[ ]{1,2}$")  # not across a form's field gap
_SPAN_TAIL = re.compile(r"^(?P<given>[A-Z][A-Za-z'’-]+)(?:[ \t]+[A-Z]\.?)?$")
#: a verb of the person right after a title word: the word was a surname ("Grace Nurse was seen")
_PERSON_VERB_NEXT = re.compile(
    r"[ \t]+(?:was|is|has|had|presents|presented|reports|reported|came|arrived|says|said|denies|states)\b"
)


def _plain(word: str, vocab: TextVocabulary, *, named: bool = False) -> bool:
    """Whether a word can be no part of a person's name (a clinical word, a title, a function word);
    ``named``: a known name among the everyday words is one ("Swift")."""
    key = word.lower().strip(".")
    return (
        (key in NEVER and not (named and vocab.is_name(key)))
        or key in TITLES
        or key in CREDENTIAL_WORDS
        or key in _CODING
        or ((key in vocab.clinical or key in vocab.drugs) and not vocab.is_name(key))
    )


def _other(spans: list[PhiSpan], start: int, end: int) -> bool:
    """Whether a span of another kind (a date, a place) already holds part of ``start:end``."""
    return any(o.category != "name" and o.start < end and start < o.end for o in spans)


def _lower_staff(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _LOWER_STAFF.finditer(text):
        if m["end"] is not None and "-" not in m["v"]:
            continue  # "dr long.": a hyphenated surname only
        if vocab.is_name(m["v"]) and not any(_plain(w, vocab, named=True) for w in m["v"].split("-")):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def _nicknames(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _PREFERS.finditer(text):
        key = m["v"].lower()
        if key not in vocab.drugs and key not in vocab.clinical and not _plain(m["v"], vocab, named=True):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def _carets(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _CARET.finditer(text):
        parts = m["v"].split("^")
        words = [w for p in parts for w in re.split(r"[ .-]+", p) if w]
        if any(_plain(w, vocab) for w in words if len(w) > 1):
            continue
        if not any(vocab.is_name(w.lower()) for w in words if len(w) > 1):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def _maiden(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _MAIDEN.finditer(text):
        words = m["v"].split()
        if words[0].lower() in _ANSWERS or any(_plain(w, vocab, named=True) for w in words):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def _lower_patients(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _LOWER_LABEL.finditer(text):
        if not vocab.is_name(m["given"]) or _plain(m["given"], vocab) or _plain(m["last"], vocab):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def _surname_words(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for s in spans:
        if s.category != "name":
            continue
        tail = _SPAN_TAIL.match(text[s.start : s.end])
        if tail is None:
            continue
        key = tail["given"].lower()
        if key not in vocab.first_names and key not in vocab.common_word_names:
            continue
        m = _NEXT_WORD.match(text, s.end)
        if m is None:
            continue
        word, given = m["w"], tail["given"]
        if given.isupper() != word.isupper() or (len(word) > 1 and word[1:].isupper() != given[1:].isupper()):
            continue  # "HOLLY Thornbury": not one name's case
        titled = word.lower() in TITLES and _PERSON_VERB_NEXT.match(text, m.end())
        if not titled and any(_plain(w, vocab, named=True) for w in word.split("-")):
            continue
        if not _other(spans, m.start(), m.end()):
            out.append(PhiSpan(s.start, m.end(), "name"))
    return out


def _given_words(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """A found one-word surname's given name right before it, in the same case (``BUCK BLAND``)."""
    out: list[PhiSpan] = []
    for s in spans:
        word = text[s.start : s.end]
        if s.category != "name" or not re.fullmatch(r"[A-Z][A-Za-z'’-]+", word):
            continue
        m = _GIVEN_BEFORE.search(text, max(0, s.start - 30), s.start)
        if m is None:
            continue
        given, key = m["w"], m["w"].lower()
        if key not in vocab.first_names and key not in vocab.common_word_names:
            continue
        if given.isupper() != word.isupper() or given[1:].isupper() != word[1:].isupper():
            continue
        if not _plain(given, vocab, named=True) and not _other(spans, m.start("w"), m.end("w")):
            out.append(PhiSpan(m.start("w"), s.end, "name"))
    return out


_INITIALS_FIRST = re.compile(r"(?<![\w&.-])(?P<i>[A-Z]{2,3})[ \t]*\([ \t]*(?=[A-Z])")
_BRACKETED = re.compile(r"[A-Z][\w'’]*(?:[ \t]+[A-Za-z][\w'’.-]*){1,3}(?=[ \t]*[,)])")
_INITIALS_AFTER = re.compile(r"[ \t]*\([ \t]*(?P<i>[A-Z]{2,3})[ \t]*\)")
_DOING = re.compile(
    r"[ \t]+(?:[a-z]{3,}ed|was|is|has|had|did|does|says|said|states|reports|denies|verbali[sz]es)\b"
)


def _spelled(initials: str, name: str) -> bool:
    words = name.split()
    return (
        len(words) >= 2 and words[0][0] == initials[0] and initials[-1] in {w[0].upper() for w in words[1:]}
    )


def _bracket_initials(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    names = {s.start: s for s in spans if s.category == "name"}
    ends = {s.end: s for s in spans if s.category == "name"}
    out: list[PhiSpan] = []
    for m in _INITIALS_FIRST.finditer(text):
        inside = _BRACKETED.match(text, m.end())  # "(Ngozi Hale)": one of its words found as a name
        if inside and _spelled(m["i"], inside[0]) and any(m.end() <= k < inside.end() for k in names):
            out.append(PhiSpan(m.start("i"), m.end("i"), "name"))
    for end, s in ends.items():
        after = _INITIALS_AFTER.match(text, end)
        if after is not None and _spelled(after["i"], text[s.start : s.end]):
            out.append(PhiSpan(after.start("i"), after.end("i"), "name"))
    return out


def _given_again(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    given: set[str] = set()
    for s in spans:
        value = text[s.start : s.end]
        words = value.split()
        if s.category != "name" or not 2 <= len(words) <= 4 or value.count(",") > 1:
            continue
        first = value.split(",")[1].split() if "," in value else words  # "Hale, Destiny"
        if first and re.fullmatch(r"[A-Z][a-z'’-]+", first[0]):
            given.add(first[0])
    out: list[PhiSpan] = []
    for word in given:
        for start, end in bounded_matches(word, text, WORD_START, WORD_END):
            if _DOING.match(text, end):
                out.append(PhiSpan(start, end, "name"))
    return out


def find_name_forms(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The people of the forms above.

    Args:
        text: an English note.
        spans: the spans resolved so far (their one-word given names are read).
        vocab: the word knowledge.
    """
    return (
        _carets(text, vocab)
        + _maiden(text, vocab)
        + _lower_patients(text, vocab)
        + _lower_staff(text, vocab)
        + _nicknames(text, vocab)
        + _surname_words(text, spans, vocab)
        + _given_words(text, spans, vocab)
        + _bracket_initials(text, spans)
        + _given_again(text, spans)
    )
