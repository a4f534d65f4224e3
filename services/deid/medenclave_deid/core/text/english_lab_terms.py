"""Organisms and town-named grading systems of English notes that the name and place rules read
as people and places.

* **an organism by genus and species or serovar**: a listed genus right before its species
  (``Klebsiella pneumoniae``, ``Candida auris``, ``Candida Auris``; in a log typed in lower case,
  ``candida glabrata``, ``burkholderia cepacia``) or, for *Salmonella*, its
  serovar, which is written with a capital and is often a town's name (``Salmonella Newport``,
  ``Salmonella Heidelberg``, ``Salmonella Typhimurium``); a genus that is also a given name
  (``Candida``) is the organism only with a species of Latin form after it (``Candida Smith`` is
  a person), and a genus alone is kept only when it is no name at all.
* **a Gram stain's or a smear's morphology**: the shape words a microbiology result is written in
  (``gram-positive cocci in clusters``, ``gram negative rods``, ``GPC in chains``, ``budding yeast
  with pseudohyphae``, ``gram-variable coccobacilli``, ``diplococci``), whose plural Latin nouns
  (``cocci``, ``bacilli``) the name lists hold as surnames;
* **a grading system named after a town**: the town of the consensus meeting before the word of
  the thing (``Bethesda category III``, ``Paris category 4``, ``Milan category IVa``, ``Los
  Angeles grade C``, ``revised Atlanta classification``, ``Boston brace``, ``Ottawa ankle
  rules``); a word of place before the town (``lives in``, ``from``, ``to``) keeps it a place;
* **a lab method or unit named after its town or maker**: any capitalised word right before an
  assay, its units or a titer (``Bethesda inhibitor assay``, ``Nijmegen-Bethesda units``);
* **a factor level's timing word**: ``Trough``, ``Peak``, ``Random`` … before the factor and what
  is measured of it (``Trough FVIII activity``), which a tagger reads as a first name and surname.

A name, place or workplace span inside such a term is dropped; one reaching past it keeps only
what lies outside the term.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["keep_lab_terms", "lab_term_ranges"]

#: genera of clinical microbiology (bacteria, fungi, parasites) written before a species
_GENERA = (
    "Salmonella|Shigella|Campylobacter|Escherichia|Klebsiella|Enterobacter|Citrobacter|Serratia|"
    "Proteus|Morganella|Providencia|Pseudomonas|Acinetobacter|Stenotrophomonas|Burkholderia|"
    "Haemophilus|Moraxella|Neisseria|Legionella|Bordetella|Brucella|Francisella|Yersinia|Vibrio|"
    "Aeromonas|Plesiomonas|Helicobacter|Listeria|Staphylococcus|Streptococcus|Enterococcus|"
    "Clostridium|Clostridioides|Bacillus|Corynebacterium|Nocardia|Actinomyces|Mycobacterium|"
    "Mycoplasma|Ureaplasma|Chlamydia|Chlamydophila|Treponema|Borrelia|Leptospira|Rickettsia|"
    "Ehrlichia|Anaplasma|Bartonella|Coxiella|Cutibacterium|Bacteroides|Prevotella|Fusobacterium|"
    "Eikenella|Kingella|Pasteurella|Capnocytophaga|Gardnerella|Lactobacillus|Cronobacter|"
    "Candida|Cryptococcus|Aspergillus|Mucor|Rhizopus|Fusarium|Histoplasma|Blastomyces|"
    "Coccidioides|Pneumocystis|Trichophyton|Microsporum|Malassezia|Sporothrix|Plasmodium|"
    "Toxoplasma|Giardia|Cryptosporidium|Entamoeba|Trichomonas|Leishmania|Trypanosoma|"
    "Schistosoma|Strongyloides|Enterobius|Babesia|Cyclospora|Naegleria|Acanthamoeba|Echinococcus"
)
#: a species written in Latin, in lower case or with a capital: a Latin ending and five letters
#: at least (``auris``, ``glabrata``, ``pneumoniae``, ``jejuni``, ``coli``), never ``this``
_LATIN_END = r"(?:us|is|ae|um|ii|i|a|ens|ans|es|ica|ata|ix|ex|ei)"
_SPECIES = rf"(?:(?=[A-Za-z]{{4,}})(?!this\b|his\b|was\b)[A-Za-z][a-z]+{_LATIN_END}|coli)(?![A-Za-z])"
_ORGANISM = re.compile(
    rf"(?<![A-Za-z])(?P<genus>{_GENERA}|{_GENERA.lower()})"
    rf"(?:[ \t]+(?:(?P<species>{_SPECIES})|(?P<spp>spp?\.?|species)(?![A-Za-z])))?"
    r"(?![A-Za-z])"
)
#: a Salmonella serovar: any capitalised word after the genus (serovar, serotype written or not)
_SEROVAR = re.compile(
    r"(?<![A-Za-z])Salmonella(?:[ \t]+(?:enterica[ \t]+)?(?:(?:serovar|serotype|ser\.)[ \t]+)?)"
    r"(?P<v>[A-Z][a-z]{3,})(?![A-Za-z])"
)
#: a morphology noun of a Gram stain or a smear, with its arrangement after it
_SHAPE = (
    r"(?:diplo|strepto|staphylo)?cocc(?:i|us)|coccobacill(?:i|us)|bacill(?:i|us)|rods?|"
    r"(?:budding[ \t]+)?yeasts?|(?:pseudo)?hyphae|spirochetes?|vibrios?|filaments?"
)
_GRAM = re.compile(
    r"(?i)(?<![A-Za-z])(?:(?:gram[ \t-]*(?:positive|negative|variable|pos|neg|\+|-)|gp|gn|"
    r"acid[ \t-]*fast|branching|beaded|curved|fusiform|pleomorphic|large|small|rare|few|many|"
    r"occasional|numerous)[ \t]+)*"
    rf"(?:{_SHAPE})(?:[ \t]+in[ \t]+(?:clusters|chains|pairs|tetrads|short[ \t]+chains))?(?![A-Za-z])"
)
#: the words that make a morphology phrase a microbiology finding (a lone "rods" or "filaments" is not)
_GRAM_WORD = re.compile(r"(?i)cocc|bacil|gram|yeast|hyphae|spirochet|[ \t]in[ \t]")
#: the towns of consensus meetings whose systems carry their name
_TOWNS = (
    r"Bethesda|Paris|Milan|Los[ \t]+Angeles|Atlanta|Montreal|Vienna|Sydney|Kyoto|Lugano|Banff|"
    r"Berlin|Boston|Ottawa|San[ \t]+Francisco|Geneva|Edmonton|Denver|Milwaukee|Seattle|Oxford|"
    r"Manchester|Rotterdam|Amsterdam|Baltimore|Chicago|Toronto|Ann[ \t]+Arbor|Kampala|Tokyo"
)
#: what such a system grades or names, right after the town
_SYSTEM_THING = (
    r"categor(?:y|ies)|class(?:es|ification)?|grades?|grading|system|criteria|score|scale|staging|"
    r"stages?|guidelines?|rules?|definition|consensus|brace|model|protocol|nomenclature|reporting"
)
_TOWN_SYSTEM = re.compile(
    rf"(?<![A-Za-z])(?P<town>{_TOWNS})(?:[ \t]+(?:ankle|knee|head|syncope|bowel[ \t]+preparation|"
    rf"frailty|symptom|heart[ \t]+failure|developmental|muscle|hip))?[ \t]+(?i:{_SYSTEM_THING})(?![A-Za-z])"
)
#: a laboratory method or unit named after the town or the person who made it, written right
#: before what it measures in (``Bethesda inhibitor assay``, ``Nijmegen-Bethesda units``, ``Clauss
#: assay``, ``Oxford inhibitor titer``): any capitalised word or hyphened pair of them
_METHOD_EPONYM = re.compile(
    r"(?<![A-Za-z'’.-])(?P<town>[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})?)[ ]{1,2}"
    r"(?:(?:inhibitor|antibody)[ ]{1,2})?(?:assays?|units?|titers?|titres?|BU)(?![A-Za-z])"
)
#: a factor level's timing or kind before the factor and what is measured of it (``Trough FVIII
#: activity``, ``Peak FIX level``, ``Random anti-Xa level``), which a name tagger reads as a person
_LEVEL_TIMING = re.compile(
    r"(?<![A-Za-z])(?:Trough|Peak|Random|Baseline|Nadir|Fasting|Residual|Repeat|Recovery|Steady-state|"
    r"Pre-?dose|Post-?dose|Pre-?infusion|Post-?infusion)[ \t]+(?:anti-)?[A-Za-z]*[A-Z][A-Za-z0-9:-]*[ \t]+"
    r"(?:activity|levels?|antigen|inhibitor|titers?|titres?|assay|concentration|recovery)(?![A-Za-z])"
)
#: a word of place right before the town: the town itself (``moved to Boston grade school``)
_PLACE_BEFORE = re.compile(r"(?i:\b(?:in|to|from|at|near|visit(?:ed|ing)?|lives?|moved|of))[ \t]+$")


def lab_term_ranges(text: str, is_name: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each organism and town-named system of the module docstring.

    Args:
        text: an English note.
        is_name: whether a lower-case word is known as a given name or a surname.
    """
    ranges: list[tuple[int, int]] = []
    for m in _ORGANISM.finditer(text):
        genus = m.group("genus").lower()
        if (
            m.group("species")
            and m.group("species")[0].isupper()
            and m.group("genus") != "Salmonella"
            and is_name(m.group("species").lower())
        ):
            continue  # "Candida Moss": a given name and a surname
        if m.group("species") or m.group("spp") or not is_name(genus):
            ranges.append((m.start(), m.end()))
    ranges += [(m.start(), m.end()) for m in _SEROVAR.finditer(text)]
    if "cocc" in text or "bacil" in text or "gram" in text.lower():
        ranges += [(m.start(), m.end()) for m in _GRAM.finditer(text) if _GRAM_WORD.search(m.group())]
    ranges += [
        (m.start(), m.end())
        for rx in (_TOWN_SYSTEM, _METHOD_EPONYM)
        for m in rx.finditer(text)
        if not _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start())
    ]
    ranges += [(m.start(), m.end()) for m in _LEVEL_TIMING.finditer(text)]
    return ranges


def keep_lab_terms(text: str, spans: list[PhiSpan], is_name: Callable[[str], bool]) -> list[PhiSpan]:
    """``spans`` without the name, place and workplace spans inside an organism's name or a
    town-named system; a span reaching past one keeps what lies outside it.

    Args:
        text: an English note.
        spans: resolved spans.
        is_name: whether a lower-case word is known as a given name or a surname.
    """
    ranges = lab_term_ranges(text, is_name)
    if not ranges:
        return spans
    out: list[PhiSpan] = []
    for span in spans:
        inside = [(s, e) for s, e in ranges if s < span.end and span.start < e]
        if span.category not in ("name", "geo", "workplace", "hospital") or not inside:
            out.append(span)
            continue
        start, end = span.start, span.end
        for s, e in inside:
            if s <= start and end <= e:
                start = end
            elif s <= start < e:
                start = e
            elif s < end <= e:
                end = s
        piece = text[start:end]
        if start < end and any(c.isalpha() for c in piece):
            lead = len(piece) - len(piece.lstrip(" \t.,;"))
            trail = len(piece) - len(piece.rstrip(" \t.,;"))
            out.append(PhiSpan(start + lead, end - trail, span.category))
    return out
