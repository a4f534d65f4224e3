"""Pests, parasites and their signs in environmental, pest-sighting and infection-prevention reports.

A bed bug incident report, a pest sighting form or a dermatology note on bites names the insect by
its Latin binomial (``Species: Cimex lectularius``, ``Crab lice (Pthirus pubis)``, ``SPECIES: CIMEX
LECTULARIUS``), by its common name with a qualifier that is also a surname or a place (``Brown
recluse``, ``German cockroach``, ``Norway rat droppings``, ``Bird mites``, ``Lone star tick``), and
lists the signs found (``Exuviae``, ``Headboard``, ``Bedbug sighting``, ``Pest sighting``,
``Papulovesicular``, ``Hemorrhagic puncta``). The name and place finders read these as people and
towns. Three shapes stay:

* **a binomial**: a genus of the arthropods, mites and lice that bite people, alone or with up to
  two epithets (lower case or capitalised; all capitals after an all-capital genus);
* **a common name**: a qualifier of a known pest's common name right before the pest's head noun
  (``recluse``, ``cockroach``, ``mites``, ``tick`` ...); a span that holds a name word before the
  qualifier (``Mary Brown tick ...``) or follows a title is a person and keeps its words;
* **a pest word**: the signs and words of a pest report and the bites' lesions (``bedbug``,
  ``exuviae``, ``chiggers``, ``Nymph``, ``Bullae``, ``Wheals``, ``Excoriated``).

A span is cut to what lies outside such a term; name, place, hospital and workplace spans only.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan, span_without

__all__ = ["keep_pest_terms"]

_GENERA = (
    r"cimex|oeciacus|haematosiphon|pediculus|pthirus|phthirus|sarcoptes|demodex|ixodes|dermacentor|"
    r"amblyomma|rhipicephalus|ornithodoros|trombicula|eutrombicula|triatoma|rhodnius|ornithonyssus|"
    r"dermanyssus|liponyssoides|cheyletiella|pyemotes|loxosceles|latrodectus|ctenocephalides|xenopsylla|"
    r"tunga|blattella|periplaneta|blatta|supella|monomorium|solenopsis|linepithema|cimicidae|"
    r"aedes|anopheles|culex|phlebotomus|lutzomyia|simulium|dermatobia|cordylobia|cochliomyia|"
    r"dermatophagoides|anthrenus|attagenus|halyomorpha|centruroides|rattus"
)
#: a genus and its epithets (lower case or capitalised, or all capitals after an all-capital genus)
_NOT_EPITHET = r"(?!(?i:and|or|on|in|of|the|with|was|were|is|are|seen|found|noted|identified|species|spp)\b)"
_BINOMIAL = re.compile(
    rf"(?<![A-Za-z])(?:(?:{_GENERA.upper()})(?:[ \t]+{_NOT_EPITHET}[A-Z]{{4,}}){{0,2}}|"
    rf"(?i:{_GENERA})(?:[ \t]+{_NOT_EPITHET}[A-Za-z][a-z]{{3,}}){{0,2}})(?![A-Za-z])"
)
_QUALIFIERS = (
    r"brown|black|german|oriental|american|norway|norwegian|roof|pharaoh|argentine|asian|lone[ \t]+star|"
    r"deer|dog|brown[ \t]+dog|bird|rat|tropical[ \t]+rat|bat|swallow|poultry|chicken|northern[ \t]+fowl|"
    r"kissing|assassin|fire|red[ \t]+imported[ \t]+fire|carpet|yellow|bald-faced|house|sand|stable|"
    r"horse|dust|harvest|straw[ \t]+itch|hobo|wolf|camel|stink|brown[ \t]+marmorated|black-legged|"
    r"western|gulf[ \t]+coast|rocky[ \t]+mountain[ \t]+wood|smokybrown|australian|turkestan|"
    r"cat|human|body|head|crab|pubic|itch|mange|cluster|fruit|drain|lady|asian[ \t]+lady|bed|booklice"
)
_HEADS = (
    r"recluses?|widows?|cockroach(?:es)?|roach(?:es)?|rats?|mice|mouse|mites?|ants?|ticks?|spiders?|"
    r"beetles?|bugs?|lice|louse|fleas?|fl(?:y|ies)|mosquito(?:e?s)?|wasps?|hornets?|bees?|"
    r"scorpions?|chiggers?|larvae|nymphs?"
)
_COMMON = re.compile(rf"(?<![A-Za-z])(?P<q>(?i:{_QUALIFIERS}))[ \t]+(?i:{_HEADS})(?![A-Za-z])")
_WORDS = re.compile(
    r"(?<![A-Za-z])(?i:bed-?bugs?|pests?|exuvi(?:a|ae|um)|chiggers?|cimicids?|cimicosis|"
    r"papulovesicular|headboards?|baseboards?|footboards?|box[ \t]+springs?|frass|"
    r"punct(?:um|a|ae)|nymphs?|larvae?|bullae?|wheals?|welts?|excoriat(?:ed|ions?)|"
    r"delusional[ \t]+parasitosis|ectoparasites?|infestations?|trombiculosis|tungiasis|"
    r"myiasis)"
    r"(?![A-Za-z])"
)
_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse|rn)\.?[ \t]+)$")
_CUT = frozenset({"name", "geo", "hospital", "workplace", "department"})


def _terms(text: str) -> list[tuple[int, int]]:
    """Where the pest terms of the module docstring lie."""
    terms = [(m.start(), m.end()) for m in _BINOMIAL.finditer(text)]
    terms += [(m.start(), m.end()) for m in _WORDS.finditer(text)]
    for m in _COMMON.finditer(text):
        if not _TITLE_BEFORE.search(text, 0, m.start()):
            terms.append((m.start(), m.end()))
    return terms


def keep_pest_terms(text: str, spans: list[PhiSpan]) -> list[PhiSpan]:
    """``spans`` less the pest terms of the module docstring."""
    terms = _terms(text)
    if not terms:
        return spans
    out: list[PhiSpan] = []
    for span in spans:
        pieces = [span]
        if span.category in _CUT:
            for start, end in terms:
                if start >= span.end or end <= span.start:
                    continue
                # "Mary Brown tick": a name word before a common name's qualifier is a person's
                if (
                    start > span.start
                    and any(c.isalpha() for c in text[span.start : start])
                    and not _BINOMIAL.match(text, start)
                    and not _WORDS.match(text, start)
                ):
                    continue
                pieces = [q for p in pieces for q in span_without(p, start, end, text)]
        out.extend(pieces)
    return out
