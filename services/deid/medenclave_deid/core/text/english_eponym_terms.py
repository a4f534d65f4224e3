"""Eponymous clinical terms of English notes that the name rules and the taggers read as people.

A stain, an inclusion, an implant, a bedside scale or a disease named after a person is written
as the person's name before the thing it names: ``Auer rods``, ``Döhle bodies``, ``Greenfield
filter``, ``Harrington rods``, ``Kirschner wires``, ``Tinetti POMA``, ``Koplik spots``,
``Parkinson features``, ``Cockcroft-Gault``, ``Homer Wright rosettes``; a microbe's genus is
written with a capital too (``Norovirus``, ``Acinetobacter``), and so is a clinical word at the
head of a list (``Schistocytes``, ``Pancytopenia``). The name found inside such a term
is the term, and is kept:

* **an eponym before its thing**: a listed eponym (the vocabulary's or this module's, which holds
  names rare as a person's surname), alone or hyphenated with another, right before a word of the
  thing it names (an implant, an inclusion, a stain, a scale, a disease);
* **an eponym of this module before its score** (``Ashworth 2``, ``Fugl-Meyer 42/66``);
* **a hyphenated pair of eponyms** (``Niemann-Pick``, ``Epstein-Barr``): each part listed here;
* **the fixed terms** whose names are also common surnames or given names, kept only in their
  whole form (``Howell-Jolly``, ``Reed-Sternberg``, ``Berg Balance``, ``Beck Depression
  Inventory``, ``Functional Independence Measure``).

A title before the term still makes it a person (``Dr. Greenfield filter`` is never written, and
``Dr. Parkinson`` has no thing after it), and a name span reaching past the term stays whole. A
courtesy title right before an eponym with no thing after it (``Mrs. Barthel informed``, ``Mr.
Romberg called``) is the person of that name, whichever rule kept the eponym.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import EPONYM_NEXT
from medenclave_deid.core.text.spans import PhiSpan, resolve_overlaps

__all__ = ["EPONYM_TERM_NAMES", "keep_eponym_terms"]

#: eponyms rare as a person's surname (lower case; accents as written and folded)
EPONYM_TERM_NAMES = frozenset(
    """
folstein tinetti hachinski frazier greenfield harrington auer dohle döhle pelger huet huët perls
romanowsky leishman giemsa verocay hurthle hürthle koplik lewy creutzfeldt jakob korsakoff
ashworth brunnstrom brunnström hoyer jamshidi essure shellock meier sternberg exner duval
fagerstrom fagerström luque kirschner steinmann codman hakim cockcroft gault bazett fridericia
hurler sjogren sjögren behcet behçet gaucher fabry pompe niemann duchenne castleman waldenstrom
waldenström broselow negri dutcher councilman auspitz nikolsky gottron darier reye barr barre barré
guillain kussmaul cheyne legionnaires wernicke alzheimer parkinson hodgkin babinski
charcot bouchard heberden kaposi kawasaki crohn graves hashimoto raynaud tourette meniere ménière
asperger addison cushing wilms ewing burkitt gleason breslow glasgow apgar barthel romberg
papanicolaou ziehl neelsen wolff mobitz wenckebach brugada korotkoff swan ganz hickman broviac
foley holter seldinger whipple nissen bankart mantoux kluver klüver bucy fugl zubrod masson
grocott warthin starry fontana gomori verhoeff gieson cabot chediak higashi browder pappenheimer
heinz hegglin reilly alder lund jebsen binswanger capgras gerstmann sengstaken blakemore yankauer magill
aldrete tinel phalen perkins zeiss sussman hruby koeppe goldmann posner humphrey spaeth
""".split()
)
#: hyphen or slash between two eponyms of one term
_JOIN = r"[ \t]?[-–/][ \t]?"
_NAME = r"[A-Z][a-zß-ÿ]+"  # written as a word, never in capitals (a field's WILLIS-JONES is a name)
#: what an eponym names, written right after it (with or without its possessive)
_THING = (
    r"features|filters?|IVC[ \t]+filter|rods?|spots|needles?|chromosome|anomaly|coils?|lift|rosettes?|"
    r"bod(?:y|ies)|cells?|stain(?:s|ing|ed)?|inclusions?|pins?|wires?|nails?|tongs|frame|collar|tape|"
    r"blade|pump|shunt|valve|reservoir|dementia|disease|syndrome|triad|sign|reflex|phenomenon|"
    r"palsy|thyroiditis|granulomatosis|macroglobulinemia|dystrophy|sarcoma|lymphoma|tumou?r|"
    r"criteria|score|scale|index|inventory|questionnaire|test|assessment|staging|grade|level|"
    r"classification|type|profile|formula|equation|correction|clearance|CrCl|QTcF?|MMSE|POMA|"
    r"respirations?|breathing|catheter|line|monitor|technique|maneuver|manoeuvre|procedure|"
    r"fundoplication|lesion|anomaly|granules|encephalopathy|psychosis|virus|infection|pneumonia|"
    r"law|units?|pattern|block|contractions?|aphasia|area|cyst|node|nodes|ulcer|fracture|"
    r"Prussian[ \t]+blue|(?:free[ \t]+water[ \t]+)?protocol|trichrome|silver|chart|rings?|curves?|"
    r"forceps|suction|circuit|delusion|methenamine|"
    # the instruments and structures of an eye clinic (``Perkins tonometer``, ``Koeppe lens``)
    r"tonometers?|tonometry|applanation|lens(?:es)?|gonioscopy|gonioprism|perimetry|perimeter|implant|"
    r"tube|spindle|(?:\d-)?mirror|membrane|capsule|hemorrhage|haemorrhage|visual[ \t]+fields?"
)
_EPONYM_RUN = re.compile(rf"(?<![A-Za-z-])(?<![A-Za-z]['’]){_NAME}(?:{_JOIN}{_NAME})*")
_AFTER = re.compile(rf"(?:'s|’s|s'|'|’)?(?:[ \t]+\([A-Z]{{2,5}}\))?(?:[ \t]+|-)(?:{_THING})(?![A-Za-z])")
#: eponymous terms whose names are also common names: only the whole term is kept
_FIXED = re.compile(
    r"(?<![A-Za-z])(?:Mini-?Cog|Functional[ \t]+Independence[ \t]+Measure|Homer[ \t-]+Wright|"
    r"Grade[ \t]+Group|Fugl[ \t]?-[ \t]?Meyer|Verhoeff[ \t-]+Van[ \t-]+Gieson|Rule[ \t]+of[ \t]+Nines|"
    r"Nine-Hole[ \t]+Peg|"
    r"Prussian[ \t]+blue|Berg[ \t]+Balance|Katz[ \t]+(?:ADL|Index)|Rancho[ \t]+Los[ \t]+Amigos|"
    r"Timed[ \t]+Up[ \t]+and[ \t]+Go|Beck(?:'s|’s)?[ \t]+(?:Depression|Anxiety|Hopelessness|triad)|"
    r"Hamilton[ \t]+(?:Depression|Anxiety|Rating)|Edinburgh[ \t]+Postnatal|Pittsburgh[ \t]+Sleep|"
    r"Richmond[ \t]+Agitation|Howell[ \t]?[-–][ \t]?Jolly|Reed[ \t]?[-–][ \t]?Sternberg|"
    r"Call[ \t]?[-–][ \t]?Exner|Schiller[ \t]?[-–][ \t]?Duval|Starr[ \t]?[-–][ \t]?Edwards|"
    r"Bloom[ \t]?[-–][ \t]?Richardson|Kaplan[ \t]?[-–][ \t]?Meier|May[ \t]?[-–][ \t]?Gr[üu]nwald|"
    r"Wright[ \t]?[-–][ \t]?Giemsa|Gr[ae]y[ \t]?[-–][ \t]?tops?|Grey[ \t]+Turner|Miller[ \t]+blade|"
    r"Pick(?:'s|’s)?[ \t]+(?:disease|bodies|cells)|Antoni[ \t]+(?:A|B)(?![A-Za-z])|"
    r"Harvey[ \t]?[-–][ \t]?Bradshaw|Cairo[ \t]?[-–][ \t]?Bishop|Lee[ \t]+criteria|Mayo[ \t]+score|"
    r"Montreal[ \t]+classification|Nottingham[ \t]+grade|Clark[ \t]+level|Hy(?:'s|’s)[ \t]+law|"
    # a stain named alone, a shunt's maker and model, a bacterium's serovar
    r"Giemsa(?![A-Za-z])|Codman[ \t]+Hakim|serovar[ \t]+[A-Z][a-z]+|"
    # a visual field's strategy and a gonioscopy grade (``SITA Standard``, ``Van Herick``)
    r"(?:Humphrey[ \t]+)?SITA[ \t]+(?:Standard|Fast(?:er)?)|[Vv]an[ \t]+Herick)"
)
#: a microbe's genus by the ending of its kind (Norovirus, Enterococcus, Acinetobacter, Pseudomonas)
#: a listed eponym's score or stage right after it (``Ashworth 2``, ``Fugl-Meyer 42/66``), no age or time
_SCORED = re.compile(
    r"[ \t]*(?:[:=][ \t]*)?\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?(?![\d/]|[.:]\d)"
    r"(?![ \t]*(?i:y\b|yo\b|years?\b|yrs?\b|months?\b|am\b|pm\b|h\b|min\b))"
)
#: a clinical word by its Greco-Latin ending, written with a capital (Schistocytes, Pancytopenia)
_CLINICAL_END = re.compile(
    r"(?<![A-Za-z])[A-Z][a-z]{3,}(?:cytes|cytosis|blasts|penia|philia|[ae]mia|plasia|"
    r"trophy|itis|osis|ectomy|otomy|ostomy|ography|oscopy)(?![A-Za-z])"
)
_ORGANISM = re.compile(
    r"(?<![A-Za-z])[A-Z][a-z]{2,}(?:virus|viruses|viridae|coccus|cocci|bacter|bacterium|"
    r"bacteria|bacillus|monas|sporidium|plasma|mycetes)(?![A-Za-z])"
)
#: a title or a courtesy before the term: the person of that name
_TITLE_BEFORE = re.compile(r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse|rev|sgt|officer))\.?[ \t]+$")
#: a courtesy title, then the capitalised word after it
_TITLED = re.compile(
    r"(?<![A-Za-z])(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?[ \t]+"
    r"(?P<w>[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)(?![A-Za-z0-9])"
)
_FOLD = str.maketrans("äëïöüéèàáíóúçñ", "aeiouee" + "aaiou" + "cn")


def _listed(word: str, eponyms: frozenset[str]) -> bool:
    key = word.lower().removesuffix("'s").removesuffix("’s")
    return key in EPONYM_TERM_NAMES or key in eponyms or key.translate(_FOLD) in EPONYM_TERM_NAMES


def eponym_term_ranges(text: str, eponyms: frozenset[str]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each eponymous term of the module docstring in ``text``.

    Args:
        text: the note.
        eponyms: the vocabulary's eponyms (lower case).
    """
    ranges = [(m.start(), m.end()) for rx in (_FIXED, _ORGANISM, _CLINICAL_END) for m in rx.finditer(text)]
    for m in _EPONYM_RUN.finditer(text):
        parts = re.split(_JOIN, m.group())
        if not all(_listed(p, eponyms) for p in parts):
            continue
        rare = all(p.lower() in EPONYM_TERM_NAMES for p in parts)
        after = _AFTER.match(text, m.end()) or (_SCORED.match(text, m.end()) if rare else None)
        if (len(parts) > 1 and rare) or after:
            ranges.append((m.start(), after.end() if after else m.end()))
    return [(s, e) for s, e in ranges if not _TITLE_BEFORE.search(text, max(0, s - 12), s)]


def _covered(text: str, span: PhiSpan, ranges: list[tuple[int, int]]) -> bool:
    """Whether each letter of the span is in a term (``Warthin-Starry, Fontana-Masson`` read as one
    surname and given name is two terms)."""
    inside = [(s, e) for s, e in ranges if s < span.end and span.start < e]
    return bool(inside) and all(
        any(s <= i < e for s, e in inside) for i in range(span.start, span.end) if text[i].isalpha()
    )


def keep_eponym_terms(text: str, spans: list[PhiSpan], eponyms: frozenset[str]) -> list[PhiSpan]:
    """``spans`` without the name, place and workplace spans that lie inside an eponymous term.

    Args:
        text: the note.
        spans: resolved spans.
        eponyms: the vocabulary's eponyms (lower case).
    """
    ranges = eponym_term_ranges(text, eponyms)
    out = [
        span
        for span in spans
        if not (span.category in ("name", "geo", "workplace", "hospital") and _covered(text, span, ranges))
    ]
    covered = [(s.start, s.end) for s in out]
    titled = [
        PhiSpan(m.start("w"), m.end("w"), "name")
        for m in _TITLED.finditer(text)
        if all(_listed(p, eponyms) for p in m.group("w").split("-"))
        and not _AFTER.match(text, m.end("w"))
        and not EPONYM_NEXT.match(text, m.end("w"))
        and not any(s < m.end("w") and m.start("w") < e for s, e in covered)
    ]
    return resolve_overlaps(out + titled) if titled else out
