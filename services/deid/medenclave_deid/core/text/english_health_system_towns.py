"""A health system's name that ends in its town: ``mercy health tacoma``, ``SAINT ALBAN HOSPITAL TACOMA``.

Two shapes the facility finders leave half done:

* **lower case, a line's whole heading**: a log or roster typed in lower case heads itself with
  the system's name, on its own line or after the title's dash (``q15 observation record — grace
  health yakima behavioral health``, ``pet visit roster`` ⏎ ``st. jude health walla walla``). A
  brand (one to three words, none clinical, none a kind of care: ``behavioral health``, ``public
  health``, ``mental health`` stay) before ``health`` and a known town right after it, then the
  line's end, a cell's gap or the unit (``behavioral health``, ``unit``, ``campus``), is a
  hospital's name.
* **capitals after a found facility**: a fax header or a scan's stamp writes the hospital and
  then its town (``MRN 12345  GRACE HOSPITAL SPOKANE``, ``MERCY MEDICAL CENTER OF SPOKANE``);
  the facility is found, the town after it is not. Capital words right after a found upper-case
  facility, maybe after ``OF`` or a dash (``MERCYHURST GENERAL - ENID``), up to the line's end or a
  wide gap, are its town when they are a known town or a place found elsewhere in the note.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_us_address import us_city_key
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_health_system_towns"]

_WORD = r"[a-z][a-z'’.]*"
_LOWER = re.compile(
    rf"(?m)(?:^|[ \t][—–-][ \t])[ \t]*(?P<brand>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+health[ \t]+"
    rf"(?P<rest>{_WORD}(?:[ \t]+{_WORD}){{0,3}})[ \t]*$"
)
#: what may follow the town on the heading line: the unit or the service
_UNIT = re.compile(
    r"(?:behaviou?ral[ \t]+health|mental[ \t]+health|psychiatry|psych|inpatient|outpatient|unit|ward|"
    r"campus|hospital|pediatrics|oncology|rehab|(?:[a-z0-9]+[ \t]+)?(?:floor|wing|tower))"
)
#: words that make "<word> health" a kind of care, not a brand
_KIND = frozenset(
    """behavioral behavioural mental public home occupational community population global student
employee women's womens men's mens child children's family allied digital oral dental sexual
reproductive environmental school rural urban primary integrated spiritual emotional physical
bone brain heart skin eye foot lung liver gut joint kidney vascular senior adolescent maternal
infant veterans the a an of and or for in at to from with our your their his her my its poor
overall general""".split()
)
_CAPS_AFTER = re.compile(
    r"(?P<of>[ \t]+OF|[ \t]+[-–])?[ \t]+(?P<v>[A-Z][A-Z'.-]+(?:[ \t][A-Z][A-Z'.-]+){0,2})"
    r"[ \t]*(?=$|\n|[ \t]{2}|,)"
)


def _town(words: str, vocab: TextVocabulary) -> bool:
    flat = re.sub(r"\s+", " ", words.lower()).strip()
    return flat in vocab.places or us_city_key(flat) in vocab.us_cities


def _brand(words: list[str], vocab: TextVocabulary) -> bool:
    return not any(
        w in _KIND
        or w in vocab.clinical
        or (w in vocab.drugs and not vocab.is_common(w, threshold=1.0))
        or is_clinical_word(w)
        for w in words
    ) and any(w not in _KIND for w in words)


def _lower_systems(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _LOWER.finditer(text):
        brand = m.group("brand").split()
        rest = list(re.finditer(r"\S+", m.group("rest")))
        if not _brand([w.lower() for w in brand], vocab):
            continue
        for n in range(min(3, len(rest)), 0, -1):
            town, tail = (" ".join(w.group() for w in ws) for ws in (rest[:n], rest[n:]))
            if _town(town, vocab) and (not tail or _UNIT.fullmatch(tail)):
                out.append(PhiSpan(m.start("brand"), m.start("rest") + rest[n - 1].end(), "hospital"))
                break
    return out


def _caps_towns(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    found = {text[s.start : s.end].upper() for s in spans if s.category in ("geo", "address")}
    out: list[PhiSpan] = []
    for s in spans:
        name = text[s.start : s.end]
        if s.category != "hospital" or not name.isupper() or len(name) < 6:
            continue
        m = _CAPS_AFTER.match(text, s.end)
        if m is None:
            continue
        town = m.group("v")
        if _town(town, vocab) or any(town in f for f in found):
            out.append(PhiSpan(m.start("v"), m.end("v"), "geo"))
    return out


def find_health_system_towns(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The lower-case health systems and the upper-case facilities' towns of ``text``.

    Args:
        text: an English note.
        spans: the spans found so far (the facilities and places).
        vocab: the word knowledge.
    """
    out = _lower_systems(text, vocab) if "health" in text else []
    return out + _caps_towns(text, spans, vocab)
