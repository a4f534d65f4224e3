"""People in the rows and asides of census lists, rounds logs and registry exports, whatever
their case, where the layout says a person stands:

* **a census row**: a bed, room or patient number opening the line, then a surname, a comma and a
  given name, then an age, an MRN or the row's end (``bed 15: fletcher, maeve (71), MRN ...``,
  ``Rm 12 - DA COSTA, LORCAN``, ``pt 3) o'brien, tess``); the surname may be an everyday word
  (``baker``, ``winter``) and carry particles (``van der berg``), the given name is a known name;
* **a given name after a discussion cue**: ``camera check with orla:``, ``d/w piet, agrees``,
  ``discussed with saoirse re: plan``: a lower-case known name that is no everyday word, or any
  known name before a colon;
* **a contact in brackets before a phone**: ``family (Dermot, 555-201-3344) updated``;
* **a contact called at a phone**: ``Emergency contact called for bib 123: Ivy at 555-...``;
* **a registry's name key**: ``NAME|OBI, MAPLE``, ``PT_NAME=ada lind``: the value, whatever its
  words, unless it says no one;
* **a name particle before a found surname**: ``-- da Costa``, ``seen by van Dyke`` (the
  particle is part of the name when the surname after it is found and is no eponym).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, KINSHIP, NEVER, PERSON_VERBS, TITLES
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_census_people"]

_PARTICLES = r"(?:van|von|de|del|della|der|den|da|di|du|dos|das|la|le|ten|ter|st\.?|mac|o['’]|d['’])"
_WORD = r"[A-Za-z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]+)?"
_SLOT = r"(?:bed|bay|room|rm|cubicle|cube|pod|stretcher|slot|pt|patient|resident|#)"
_ROW = re.compile(
    rf"(?im)^[ \t]*(?:[-*•][ \t]*)?{_SLOT}\.?[ \t]*#?[ \t]*[A-Z]?\d{{1,3}}[A-Z]?[ \t]*[:.)\-–—][ \t]*"
    rf"(?P<v>(?P<last>(?:{_PARTICLES}[ \t]*)*{_WORD}(?:[ \t]+{_WORD})?)[ \t]*,[ \t]*"
    rf"(?P<given>{_WORD})(?:[ \t]+[A-Za-z]\.?)?)"
    r"(?=[ \t]*(?:\([ \t]*\d{1,3}[ \t]*(?:y|yo|y/o|yrs?|[mf])?[ \t]*\)|[,;|]|[ \t]+\d{1,3}[ \t]*"
    r"(?:y|yo|y/o|yrs?|[mf])\b|[ \t]+(?:mrn|dob|age)\b|$))"
)
_CUE_WORDS = (
    r"(?:(?:check(?:ed)?|discuss(?:ed)?|review(?:ed)?|spoke|speak|talked|conferred|huddled?|"
    r"confirmed|verified|rounded|handed[ \t]+off|signed[ \t]+out|plan(?:ned)?|agreed)[ \t]+with|"
    r"d/w|s/w|w/|per|paged|called)"
)
_CUE = re.compile(
    rf"(?<![\w/])(?i:{_CUE_WORDS})[ \t]+(?P<v>[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?)"
    r"(?P<after>[ \t]*:|[ \t]*[,;.)](?![\w])|[ \t]*$|[ \t]+(?:re|about|regarding|who|at|and|that)\b)",
    re.M,
)
_GIVEN = r"[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?"
#: a given name before a phone or fax number the engine found: "(Dermot, 555-…)", "Dermot at 555-…"
_BRACKET_BEFORE = re.compile(rf"\([ \t]*(?P<v>{_GIVEN})[ \t]*,[ \t]*$")
_BRACKET_AFTER = re.compile(r"[ \t]*\)")
_CALL_BEFORE = re.compile(rf"(?<![\w'’-])(?P<v>{_GIVEN})[ \t]+(?:at|on|@|via)[ \t]+$")
_CALL_CUE = re.compile(r"(?i)(?:contact|call|calling|phoned?|reach|notif|text|page)")
_NAME_KEY = re.compile(
    r"(?m)^[ \t]*(?P<key>(?:[A-Z][A-Z_ ]{0,24})?NAME|NOK|NEXT_OF_KIN|GUARDIAN|EMERG(?:ENCY)?_CONTACT)"
    r"[ \t]*[|=][ \t]*(?P<v>[A-Za-z][A-Za-z'’.-]*(?:,?[ \t]+[A-Za-z][A-Za-z'’.-]*){0,3},?)[ \t]*(?=[|\n]|$)"
)
#: "la"/"le" before a found word are as often French ("la belle indifférence"): not taken
_LEAD = r"(?:van|von|de|del|della|der|den|da|di|du|dos|das|ten|ter)"
_PARTICLE_BEFORE = re.compile(rf"(?<![\w'’-])(?P<p>{_LEAD}(?:[ \t]+{_LEAD})?)[ \t]+$")
#: consulting services written short after "per" or "d/w" ("per nsgy:", "d/w cards:")
_SERVICES = frozenset(
    """
ortho neuro cards nephro nsgy neurosurg gi ir ent id heme onc hemeonc pulm gyn obgyn uro urology
ctsurg cts vasc plastics psych derm endo rheum renal tox picc wound nutrition dietary ot pt slp
rt sw cm pallcare palliative hospice geri peds nicu picu micu sicu cvicu ccu pacu anesthesia
""".split()
)
_PHONE_LABELS = frozenset(
    "home cell mobile work office fax pager main landline day night daytime evening direct desk".split()
)
_NO_ONE = NO_VALUE | frozenset(
    """
aware present absent notified paged informed called yes no same unavailable available unknown
team unit floor day night primary charge student new family patient pt pharmacy pharmacist
attending resident fellow intern nurse nursing rn md np staff provider surgery radiology lab
""".split()
)


def _plain(word: str, vocab: TextVocabulary) -> bool:
    """Whether a word names no one: a function or record word, a title, a clinical word or drug
    that is no known name."""
    key = word.lower().strip(".")
    return (
        key in _NO_ONE
        or key in TITLES
        or key in CREDENTIAL_WORDS
        or key in KINSHIP
        or (key in NEVER and not vocab.is_listed_name(key))
        or (
            (key in vocab.clinical or key in vocab.drugs or is_clinical_word(key))
            and not vocab.is_listed_name(key)
        )
    )


def _census_rows(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _ROW.finditer(text):
        given = m["given"].lower()
        last_words = [w for w in re.split(r"[ \t-]+", m["last"].lower()) if w]
        if not (vocab.is_name(given) or vocab.zipf(given) == 0) or _plain(given, vocab):
            continue
        if any(_plain(w, vocab) for w in last_words if not re.fullmatch(_PARTICLES, w)):
            continue
        out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def _cue_given(text: str, found: set[str], vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _CUE.finditer(text):
        key = m["v"]
        colon = m["after"].strip() == ":"
        rare = colon and vocab.zipf(key) == 0 and len(key) > 3 and key not in _SERVICES
        rare = rare and re.search(r"[aeiou][^aeiou]+[aeiou]", key) is not None  # no "nsgy", "ctsx"
        if _plain(key, vocab) or not (vocab.is_name(key) or rare):
            continue
        if colon or key in found or vocab.zipf(key) < 3.0:
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def _contacts(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for p in spans:
        if p.category not in ("phone", "fax"):
            continue
        head = text[max(0, p.start - 40) : p.start]
        offset = p.start - len(head)
        bracket = _BRACKET_BEFORE.search(head)
        if bracket and _BRACKET_AFTER.match(text, p.end):
            key = bracket["v"].lower()
            if vocab.is_name(key) and key not in _PHONE_LABELS and not _plain(key, vocab):
                out.append(PhiSpan(offset + bracket.start("v"), offset + bracket.end("v"), "name"))
            continue
        call = _CALL_BEFORE.search(head)
        if call is None:
            continue
        start = offset + call.start()
        pre = text[text.rfind("\n", 0, start) + 1 : start]
        if not (pre.rstrip().endswith(":") or _CALL_CUE.search(pre)):
            continue
        key = call["v"].lower()
        if vocab.is_name(key) and key not in _PHONE_LABELS and not _plain(key, vocab):
            out.append(PhiSpan(offset + call.start("v"), offset + call.end("v"), "name"))
    return out


def _name_keys(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _NAME_KEY.finditer(text):
        key = m["key"].upper()
        if re.search(r"(?:FACILITY|HOSPITAL|DRUG|MED|TEST|FILE|USER|PAYER|PLAN|PRODUCT|SITE|PLACE)", key):
            continue
        value = m["v"].rstrip(",")
        words = [w for w in re.split(r"[ \t,]+", value) if w]
        keys = [w.lower() for w in words]
        if value.lower() in NO_VALUE or any(
            k in _NO_ONE or (k in NEVER and not vocab.is_listed_name(k)) for k in keys
        ):
            continue
        out.append(PhiSpan(m.start("v"), m.start("v") + len(value), "name"))
    return out


def _particles(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for s in spans:
        word = text[s.start : s.end]
        if s.category != "name" or not re.match(r"[A-Z][a-z'’]+", word):
            continue
        if word.split()[0].lower() in vocab.eponyms:
            continue
        m = _PARTICLE_BEFORE.search(text, max(0, s.start - 16), s.start)
        if m is None:
            continue
        before = text[max(0, m.start() - 8) : m.start()]
        # the particle opens the name: after a line start, a dash, a colon, "by", a bracket
        if re.search(r"(?:^|\n|[-–—:(,;]|\bby|\bwith|\bto|\bDr\.?)[ \t]*$", before) or m.start() == 0:
            out.append(PhiSpan(m.start("p"), s.end, "name"))
    return out


def _echoes(text: str, found: list[PhiSpan]) -> list[PhiSpan]:
    """A word of a name found above, capitalised elsewhere before what people do (``NAME|OBI,
    MAPLE`` ... ``Maple prefers calls``)."""
    words = {
        w.lower()
        for s in found
        for w in re.findall(r"[A-Za-z][A-Za-z'’-]{2,}", text[s.start : s.end])
        if not re.fullmatch(_PARTICLES, w.lower())
    }
    out: list[PhiSpan] = []
    for key in words:
        for m in re.finditer(rf"(?<![\w'’-]){key.capitalize()}(?![\w'’-])[ \t]+(?P<verb>[a-z]+)", text):
            if m["verb"] in PERSON_VERBS and key not in _NO_ONE and key not in NEVER:
                out.append(PhiSpan(m.start(), m.start() + len(key), "name"))
    return out


def find_census_people(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The people of the layouts above (overlaps not resolved).

    Args:
        text: an English note.
        spans: the resolved spans so far (their ``name`` words are read).
        vocab: the word knowledge.
    """
    found = {
        w.lower()
        for s in spans
        if s.category == "name"
        for w in re.findall(r"[A-Za-z][A-Za-z'’-]+", text[s.start : s.end])
    }
    people = _census_rows(text, vocab) + _name_keys(text, vocab)
    people += _cue_given(text, found, vocab) + _contacts(text, spans, vocab) + _particles(text, spans, vocab)
    return people + _echoes(text, people)
