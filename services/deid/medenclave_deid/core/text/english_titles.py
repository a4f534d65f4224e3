"""Document titles and departments, which name what a note is, not who or where.

A department is a facility's word after clinical words only (``Nephrology Clinic``,
``Transfusion Medicine``).

A note's heading says what kind of document it is: ``NICU Progress Note``, ``I-PASS HANDOFF``,
``Patient Portal Message Thread``, ``CIVIL SURGEON WORKSHEET``, ``Transfusion Medicine / Blood
Bank Consult``. Such a heading is one segment of a line (separated from the facility's name by a
dash, a bar or a wide gap), every word of it capitalised (but ``and``, ``of``, ``for``), and one of
its words names a kind of document; so is the note's first line of a few words, one segment, that
ends in such a word, in any case (``Citrate CRRT circuit log``). The words before that one are no
name and no place, unless a word list knows the word as one (an acronym among capitalised words, ``NICU``,
is one whatever the lists say); the word of the document's kind itself (``Log``) is never one.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["drop_title_words", "trim_role_words"]

#: words that name a kind of document
_DOCUMENT_WORDS = frozenset(
    """
note notes progress handoff hand-off handover sign-out signout worksheet thread message messages
consult consultation follow-up followup report summary assessment evaluation letter form record
sheet flowsheet log checklist addendum update h&p intake screening
""".split()
)
#: a segment of a line: between the line's ends, dashes, bars, slashes with spaces, wide gaps
_SEP = r"[ \t]+(?:--?|—|–)[ \t]+|[ \t]*[|—–][ \t]*|[ \t]{2,}"
_SEGMENT = re.compile(rf"(?:{_SEP})?(?P<s>[^\n|—–]+?)(?={_SEP}|\n|$)")
_ACRONYM = re.compile(r"[A-Z]{2,5}")
_TITLE_WORD = re.compile(r"(?:[A-Z&][\w&'’-]*|/|\d+|and|of|for)")
#: the note's first line when it ends in a word of a document's kind ("Citrate CRRT circuit log")
_FIRST_LINE = re.compile(r"\s*(?P<s>[^\n]{3,80}?)[ \t]*(?:\n|$)")


def drop_title_words(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """Without the name and place spans inside a document's title (see the module's text), and
    the facility spans that name a department (clinical words before ``Clinic``, ``Medicine``);
    a facility's span and a word known as a name or a place stay.

    Args:
        text: the note.
        spans: resolved spans.
        vocab: what is known about words.
    """
    titles: list[tuple[int, int, bool]] = []
    for line in re.finditer(r"[^\n]+", text):
        for seg in _SEGMENT.finditer(text, line.start(), line.end()):
            words = list(re.finditer(r"\S+", seg.group("s")))
            kinds = [w for w in words if w.group().lower() in _DOCUMENT_WORDS]
            if words and kinds and all(_TITLE_WORD.fullmatch(w.group()) for w in words):
                # the words before its last word of a document's kind ("Consult Note Okonkwo":
                # a name after it stays)
                mixed = any(c.islower() for c in seg.group("s"))
                titles.append((seg.start("s"), seg.start("s") + kinds[-1].end(), mixed))
    first = _FIRST_LINE.match(text)
    heading = first["s"].split() if first else []
    if (  # one segment: "Country Health Port Hedland - Continence Nurse Assessment" names its facility
        first
        and 0 < len(heading) <= 8
        and heading[-1].lower().strip(":") in _DOCUMENT_WORDS
        and not re.search(_SEP, first["s"])
    ):
        titles.append((first.start("s"), first.end("s"), True))
    out: list[PhiSpan] = []
    for span in spans:
        if span.category == "hospital" and _department(text[span.start : span.end], vocab):
            continue
        title = next((t for t in titles if t[0] <= span.start and span.end <= t[1]), None)
        if span.category in ("name", "geo", "workplace") and title is not None:
            value = text[span.start : span.end]
            if title[2] and _ACRONYM.fullmatch(value):
                continue  # "NICU Progress Note": capitals among capitalised words, an acronym
            # the word of the document's kind is no one ("Citrate Log")
            letters = [w for w in re.findall(r"[A-Za-z]+", value) if w.lower() not in _DOCUMENT_WORDS]
            if span.category == "workplace" or not any(
                vocab.is_name(w.lower()) or w.lower() in vocab.places for w in letters
            ):
                continue
        out.append(span)
    return out


#: a specialty's name by its shape: Nephrology, Ophthalmology, Pediatrics, Psychiatry
_SPECIALTY = re.compile(r"[a-z]+(?:ology|iatry|iatrics|ics|ery)")
_DEPARTMENT_HEADS = frozenset({"clinic", "clinics", "medicine", "service", "services", "unit"})


def _department(value: str, vocab: TextVocabulary) -> bool:
    """A facility's word after clinical words only: ``Nephrology Clinic``, ``Transfusion
    Medicine``, ``OPHTHALMOLOGY CLINIC`` name a department, not a place."""
    words = [w.lower() for w in re.findall(r"[A-Za-z']+", value)]
    return (
        len(words) >= 2
        and words[-1] in _DEPARTMENT_HEADS
        and all(
            (w in vocab.clinical or is_clinical_word(w) or _SPECIALTY.fullmatch(w))
            and not vocab.is_name(w)
            and w not in vocab.places
            for w in words[:-1]
        )
    )


#: words of a role, never a given name when a name follows them (``Chaplain Ruth Omar``)
_ROLE_WORDS = frozenset(
    """
chaplain patient pt interpreter translator attending resident fellow intern surgeon physician
pcp radiologist pathologist witness caller guarantor subscriber employee participant student
client member pharmacist therapist aide scribe coordinator medic paramedic sw crc pi rn np visitor
driver courier victim suspect officer guard deputy claimant veteran proband
""".split()
)
_GAP = re.compile(r"[ \t]+")
_LEAD_ROLE = re.compile(r"(?P<w>[A-Za-z]+)\.?[ \t]+(?=[A-Z])")


def trim_role_words(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """Name spans without the role's word they start with: ``Chaplain Ruth Omar``, ``SW Dana
    Kell``, ``Patient Ruth Omar`` keep their role and lose their name.

    Args:
        text: the note.
        spans: resolved spans.
    """
    out: list[PhiSpan] = []
    starts = {s.start for s in spans if s.category == "name"}
    for span in spans:
        value = text[span.start:span.end]
        gap = _GAP.match(text, span.end)
        if span.category == "name" and value.lower() in _ROLE_WORDS and gap and gap.end() in starts:
            continue  # the role word alone before the name's own span ("Driver" + "Dmitri Volkov")
        lead = _LEAD_ROLE.match(text, span.start, span.end) if span.category == "name" else None
        word = lead.group("w") if lead else ""
        # an abbreviation is one in capitals only ("Pi Nguyen" is a name)
        if lead and word.lower() in _ROLE_WORDS and (len(word) > 3 or word.isupper()):
            span = PhiSpan(lead.end(), span.end, span.category)
        out.append(span)
    return out
