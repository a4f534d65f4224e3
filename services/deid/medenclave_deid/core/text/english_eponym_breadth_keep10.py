"""More eponymous terms of English notes kept whole: signs, instruments, approaches, anatomy.

:mod:`~medenclave_deid.core.text.english_eponym_terms` and
:mod:`~medenclave_deid.core.text.english_lone_eponyms` keep the eponyms they list before the thing
they name. Notes of eye clinics, dermatology, orthopaedic operating rooms, obstetrics, anatomy-heavy
operative reports and aviation or immigration medicals name many more, and a name rule reads the
name as a person (``Hohmann retractors``, ``Gerota fascia``, ``Argyll Robertson pupil``). Kept here:

* **a listed eponym before its thing**: a run of capitalised names joined by hyphens or spaces
  (``Smith-Petersen``, ``Marcus Gunn``, ``Ivor Lewis``), each part listed here, in the eponym
  modules or the vocabulary's eponyms, right before a word of what such a name names (a
  retractor, a clamp, a fascia, an approach, a pupil, a nevus, a capsule, a dystrophy ...);
* **an anatomical structure "of" an eponym** (``pouch of Douglas``, ``circle of Willis``, ``loop
  of Henle``, ``foramen of Winslow``): the structure word, ``of``, a listed name;
* **a name listed here as rare as a surname**, alone between list marks or before a grade
  (``Ortolani, Barlow``, ``Kellgren 2``, ``Vancouver B2``, ``Farnsworth D-15``, ``Jaeger J1``,
  ``Beighton 6/9``, ``Dukes B``), the grade kept with it;
* **fixed terms** whose words are common names (``Sister Mary Joseph nodule``, ``Los Angeles
  grade``, ``Denis Browne bar``, ``Taylor spatial frame``).

A courtesy or a role title right before the name still makes it a person (``Dr. Becker``,
``Nurse Charnley``); a name span reaching beyond the term stays whole.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_eponym_terms import EPONYM_TERM_NAMES
from medenclave_deid.core.text.english_words import EPONYM_NEXT
from medenclave_deid.core.text.spans import PhiSpan

__all__ = [
    "BREADTH_EPONYMS",
    "OWNER_LABEL",
    "RARE_EPONYMS",
    "THING_AFTER",
    "breadth_ranges",
    "keep_more_eponym_terms",
]

#: eponyms rare as a person's surname: kept alone in a list or before a grade as well
_RARE = frozenset(
    """
hollenhorst argyll bielschowsky krimsky schirmer meibomian descemet tenon shaffer herick schlemm
brushfield galant schonlein schönlein henoch perthes calve calvé wechsler prader willi angelman
beighton nikolsky auspitz koebner köbner wickham gottron fitzpatrick spitz langenbeck deaver hohmann
charnley weitlaner kerrison penfield metzenbaum adson debakey allis babcock pauwels schatzker lauge
gustilo galeazzi rolando maisonneuve risser outerbridge kellgren yergason jobe froment silfverskiold
silfverskiöld haglund broca semont unterberger bainbridge hering breuer bezold jarisch hamman
pancoast steell musset duroziez wellens carnett boerhaave spigelian littre hesselbach calot
gimbernat poupart scarpa denonvilliers gerota stensen eustachian waldeyer killian kiesselbach
sylvian purkinje bachmann guyon alcock batson auerbach meissner peyer brunner haversian bartholin
cowper nabothian fallopian graafian mcroberts zavanelli hegar goodell naegele kielland wrigley
kleihauer asherman meigs rokitansky kuster küster hauser quervain kallmann chaikoff basedow somogyi
zollinger ferriman gallwey friedewald quetelet chagas ghon ranke herxheimer coxsackie norwalk
farnsworth jaeger epworth glanzmann soulier blackfan fanconi henle alport bartter gitelman felty
tietze jaccoud leriche buerger guedel redivac hemovac ilizarov paprosky tonnis tönnis klisic ponseti
pirani dimeglio gowers dreifuss halmagyi pickwickian westermark löwenstein winslow sylvius vater
oddi treitz fontan willebrand widal monospot hemoccult gastroccult clinitest acetest dextrostix
hemocue quantiferon binaxnow oraquick quickvue westergren ristocetin hoffa hibbs meyerding cusco
krukenberg tullio dennie kuntscher küntscher wiltse magerl moro mitrofanoff weil
stroop osterrieth halstead reitan luria reinke morgagni twardowski fuhrman pelli addenbrooke esterman
hirano dukes merkel negri rey braxton
treacher klippel feil eschmann frova aintree airtraq fastrach shikani bonfils bullard magill goldenhar hurler
""".split()
)
#: eponyms also common as surnames or given names: kept only before their thing
_COMMON = frozenset(
    """
marcus gunn robertson bowman humphrey becker smith petersen henry kelly thomas taylor woods reynolds
framingham gail berlin friedman joel cohen cullen vincent ludwig montgomery sister mary joseph los
angeles prague vancouver denis browne lewis ivor charcot marie tooth austin flint graham carey
stokes still diamond christmas light hampton battle angle black miller kennedy leopold achilles cobb
mayer bence jones harrington morton colles wilson adie hill mason jensen douglas willis monro
wallace glenn bernard berger hutchinson mallory weiss curling parkland fontaine ellison sachs
pemberton wharton skene balfour bayley peabody noonan todd coombs ewart quinton jewett pavlik fukuda
lowenstein rasmussen sheehan liddle frankel mulder army navy senn richardson freer key sims terry
lindsay campbell morgan beau mees bricker enders moore rush robinson indiana exeter felix
collins pierre robin mcgrath fox
""".split()
)
BREADTH_EPONYMS = _RARE | _COMMON
#: what the names of this module name, right after them
_THING = (
    r"pupils?|plaques?|layer|membrane|visual[ \t]+fields?|purpura|striae|papules|nev(?:us|i)|"
    r"naev(?:us|i)|retractors?|elevators?|dissectors?|scissors|clamps?|rongeurs?|stems?|"
    r"approach(?:es)?|deformity|tendons?|pentad|fascia|dehiscence|fissure|patches|tubercles|"
    r"follicles?|screw|manoeuvres|maneuvres|angina|complex|aneurysm|thrombasthenia|capsule|"
    r"spatial[ \t]+frame|splint|bar|(?:muscular[ \t]+)?dystrophy|stepping[ \t]+test|"
    r"questionnaire|tongue[ \t]+position|incisors|model|risk(?:[ \t]+score)?|grade|rule|"
    r"anaemia|anemia|culture|medium|agar|diverticulum|triangle|gait|era|instrumentation|hump|"
    r"lesions?|nodes?|nodules?|tear|focus|reaction|phenomenon|effect|pouch|tube|ligaments?|"
    r"criteria|arthropathy|joint|glands?|cysts?|canals?|plexus|bundle|fibres|fibers|area|"
    r"station|cast(?:ing)?|click|fat[ \t]+pad|dilators?|specula|speculums?|spindle|folds|"
    r"nails?|prosthes[ie]s|rods?|ileal[ \t]+conduit|screws|osteotomes?|hemiarthroplasty|fusion|"
    r"edema|oedema|interference|contrast|gestalt|motor[ \t]+sequences|ventricle|nuclear[ \t]+grade|"
    r"skin[ \t]+(?:photo)?types?|phototypes?|"
    # an airway's devices and the syndromes that make it difficult ("Miller 2 blade", "Pierre Robin sequence")
    r"(?:\d(?:\.\d)?[ \t]+)?blades?|bougie|introducer|stylet|(?:video)?laryngoscop(?:e|y)|airway|sequence|"
    r"anomaly|forceps|mask|lens(?:es)?|shields?|"  # an eye's irrigating lens, its shield ("Morgan Lens")
    r"jaw-winking|proteins?|o?esophagectomy|gastrectomy|incision|procedure|operation|repair|myotomy|harness|brace|collar|drain|catheter|sign|test|triad|syndrome|disease"
)
#: a capitalised name, not the thing a name before it names ("Morgan Lens", "Stroop Test")
_NAME = rf"(?!(?i:{_THING})(?![A-Za-z]))[A-Z][a-zß-ÿ]+(?:'s|’s|s'|'|’)?"
_RUN = re.compile(
    rf"(?<![A-Za-z-])(?<![A-Za-z]['’]){_NAME}"
    rf"(?:(?:[ \t]?[-–][ \t]?|[ \t]+(?:(?:and|de|von|van|du|da|di|la|le)[ \t]+)?){_NAME})*"
)
_PARTICLES = frozenset("and de von van du da di la le".split())
_AFTER = re.compile(rf"(?:[ \t]+|-)(?:{_THING})(?![A-Za-z])", re.I)
#: what the eponyms name, right after them, and the names rare as a surname (for other modules)
THING_AFTER = _AFTER
RARE_EPONYMS = _RARE
#: what a person's name comes before as well ("Mary Joseph test results", "Henry Taylor score")
_GENERIC = re.compile(
    r"(?:'s|’s|s'|'|’)?[ \t-]+(?:tests?|signs?|syndrome|disease|criteria|grade|level|type|class|lines?|"
    r"point|view|units?|scores?|scale|index|area|model|risk|results?|effect|reaction|tube|rule)\b",
    re.I,
)
#: an anatomical structure named "of" a person
_OF = re.compile(
    r"(?i:\b(?:pouch|foramen|circle|loop|ligament|sphincter|ampulla|canal|duct|space|organ|"
    r"island|islets?|crypts?|column|node|triangle|angle|tubercle|bursa|fossa|ring|line|"
    r"aqueduct|gland|glands|cells?|bundle|ventricle|sinus|appendix|hydatid)[ \t]+of[ \t]+)"
    r"(?P<w>[A-Z][a-zß-ÿ]+)(?![A-Za-z])"
)
#: a rare name between list marks, or before its grade or chart's letter and number
_LIST_BEFORE = re.compile(r"(?:[,;:(/|]|\band|\bor|^)[ \t]*$", re.M)
_LIST_AFTER = re.compile(r"[ \t]*(?:[,;.)/|]|and\b|or\b|$)", re.M)
#: a label whose value is a firm or a person, never a grade ("Employer: Shaffer", "Works at: Spitz")
OWNER_LABEL = re.compile(
    r"(?i:\b(?:employer|company|works?[ \t]+(?:at|for)|workplace|employed[ \t]+by))"
    r"(?:[ \t]*\([^()\n]{0,20}\))?[ \t]*:?[ \t]*$"
)
_GRADED = re.compile(
    r"(?:[ \t]*:)?[ \t]+(?:[A-Z]{1,2}-?\d{1,2}|\d{1,2}[A-C]?|[IV]{1,4}[a-c]?|\d{1,2}/\d{1,2})(?![\w/:]|\.\d)"
    # a stage's letter ("Dukes C", "Dukes B2.")
    r"|[ \t]+[A-D][12]?(?=[ \t]*(?:[.,;)]|$))",
    re.M,
)
_TITLE_BEFORE = re.compile(
    r"(?i:\b(?:dr|mr|mrs|ms|miss|mx|prof|doctor|nurse|rev|sgt|officer|sister|patient|pt|"
    r"surgeon|consultant|physio|midwife))\.?[ \t]+$"
)
#: a microbe's genus written before its species (``Candida albicans``, ``Chlamydia trachomatis``)
_GENUS = re.compile(
    r"(?<![A-Za-z])(?:Candida|Chlamydia|Chlamydophila|Neisseria|Klebsiella|Proteus|Serratia|"
    r"Enterobacter|Citrobacter|Morganella|Providencia|Escherichia|Salmonella|Shigella|Yersinia|"
    r"Vibrio|Campylobacter|Helicobacter|Haemophilus|Bordetella|Brucella|Francisella|Pasteurella|"
    r"Legionella|Listeria|Nocardia|Actinomyces|Corynebacterium|Clostridium|Clostridioides|"
    r"Bacteroides|Prevotella|Fusobacterium|Peptostreptococcus|Moraxella|Stenotrophomonas|"
    r"Burkholderia|Treponema|Borrelia|Leptospira|Rickettsia|Coxiella|Ehrlichia|Anaplasma|"
    r"Bartonella|Mycoplasma|Ureaplasma|Gardnerella|Trichomonas|Giardia|Entamoeba|Plasmodium|"
    r"Toxoplasma|Leishmania|Trypanosoma|Schistosoma|Strongyloides|Ascaris|Enterobius|Taenia|"
    r"Echinococcus|Aspergillus|Cryptococcus|Histoplasma|Coccidioides|Blastomyces|Pneumocystis|"
    r"Mucor|Rhizopus|Trichophyton|Microsporum|Malassezia|Sporothrix|Acinetobacter|Pseudomonas|"
    r"Mycobacterium|Streptococcus|Staphylococcus|Enterococcus|Cutibacterium|Propionibacterium|"
    r"Kingella|Eikenella|Cardiobacterium|Aggregatibacter|Capnocytophaga|Raoultella|Hafnia|Aeromonas|"
    r"Plesiomonas|Cyclospora|Cryptosporidium|Babesia|Wuchereria|Onchocerca|Loa|Necator|Ancylostoma|"
    r"Trichuris|Sarcoptes|Pediculus|Tinea)"
    r"(?:[ \t]+(?:[a-z]{3,}(?:[ \t]+(?:subsp\.|var\.|serovar|complex))?|spp?\.?|species))?(?![A-Za-z])"
)
#: syndromes named by two people and airway tools, kept alone ("features of Treacher Collins",
#: "intubated over a Bougie")
_FIXED = re.compile(
    r"(?<![A-Za-z])(?:Pierre[ \t]+Robin|Treacher[ \t-]+Collins|Klippel[ \t-]+Feil|Ehlers[ \t-]+Danlos|"
    r"Prader[ \t-]+Willi|Beckwith[ \t-]+Wiedemann|Bougie|Airtraq|Fastrach|Eschmann|Frova|"
    r"McGrath(?=[ \t]*(?:video|laryngo|mac\b)))(?![A-Za-z])",
    re.I,
)
_FOLD = str.maketrans("äëïöüéèàáíóúçñ", "aeiouee" + "aaiou" + "cn")


def _key(word: str) -> str:
    return re.sub(r"(?:'s|’s|s'|'|’)$", "", word).lower()


def _listed(word: str, eponyms: frozenset[str], *, common: bool = True) -> bool:
    """Whether ``word`` is a listed eponym (with ``common=False``: one rare as a surname)."""
    key = _key(word)
    ours = BREADTH_EPONYMS if common else _RARE
    return any(k in ours or k in EPONYM_TERM_NAMES or k in eponyms for k in (key, key.translate(_FOLD)))


def _titled(text: str, start: int) -> bool:
    return bool(_TITLE_BEFORE.search(text, max(0, start - 14), start))


def breadth_ranges(text: str, eponyms: frozenset[str]) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each eponymous term of the module docstring in ``text``."""
    ranges: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        # the longest tail of the run whose every name is listed, then its thing
        for w in re.finditer(r"[A-Za-zß-ÿ'’]+", m.group()):
            start = m.start() + w.start()
            parts = [p for p in re.findall(r"[A-Za-zß-ÿ'’]+", text[start : m.end()]) if p not in _PARTICLES]
            if not parts or not all(_listed(p, eponyms) for p in parts):
                continue
            rare = [_listed(p, eponyms - _COMMON, common=False) for p in parts]
            # "John Smith test", "Dr. Kelly": a person's name, whatever follows
            if _titled(text, start) or (w.start() and not rare[0]):
                break
            after = _AFTER.match(text, m.end()) or EPONYM_NEXT.match(text, m.end())
            # "Mary Joseph test results": two common names before a common word are a person
            if after and len(parts) > 1 and not any(rare) and _GENERIC.match(text, m.end()):
                break
            if after:
                ranges.append((start, after.end()))
            elif (
                (len(parts) == 1 or "-" in m.group())
                and len(parts) <= 2
                and _key(parts[0]) in _RARE
                # "Employer: Shaffer-Moore": a hyphenated pair with a part not rare is a firm's name
                and (len(parts) == 1 or all(rare))
                and not OWNER_LABEL.search(text, max(0, start - 30), start)
                and (
                    (graded := _GRADED.match(text, m.end()))
                    or (
                        _LIST_BEFORE.search(text, max(0, start - 6), start)
                        and _LIST_AFTER.match(text, m.end())
                    )
                )
            ):
                # the grade with it ("Dukes B. Fuhrman 2" is no "B. Fuhrman")
                ranges.append((start, graded.end() if graded else m.end()))
            break
    ranges += [(m.start(), m.end()) for m in _GENUS.finditer(text)]
    ranges += [(m.start(), m.end()) for m in _FIXED.finditer(text) if not _titled(text, m.start())]
    for m in _OF.finditer(text):
        if _listed(m.group("w"), eponyms):
            ranges.append((m.start(), m.end()))
    return ranges


def keep_more_eponym_terms(text: str, spans: list[PhiSpan], eponyms: frozenset[str]) -> list[PhiSpan]:
    """``spans`` without the name, place and workplace spans that lie inside an eponymous term of
    the module docstring.

    Args:
        text: the note.
        spans: resolved spans.
        eponyms: the vocabulary's eponyms (lower case).
    """
    if not spans:
        return spans
    ranges = breadth_ranges(text, eponyms)
    if not ranges:
        return spans

    def covered(span: PhiSpan) -> bool:
        inside = [(s, e) for s, e in ranges if s < span.end and span.start < e]
        return bool(inside) and all(
            any(s <= i < e for s, e in inside) for i in range(span.start, span.end) if text[i].isalpha()
        )

    return [s for s in spans if not (s.category in ("name", "geo", "workplace", "hospital") and covered(s))]
