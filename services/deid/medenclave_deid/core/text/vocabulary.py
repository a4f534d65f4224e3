"""What the note de-identifier knows about words: which are safe to keep, which are names or places.

The approach is the one Philter (UCSF) uses for high recall: a word survives when it is known to
be safe — a common word of the language, clinical vocabulary (drugs, anatomy, findings, eponymous
terms), a measurement — and a word that could be a name or a place is replaced otherwise. The
vocabulary is data: :func:`medenclave_deid.adapters.outbound.text_vocabulary.load_text_vocabulary`
builds it from the shipped word lists and word frequencies; tests may build small ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

__all__ = ["COMMON_WORD_NAMES", "TextVocabulary", "is_clinical_word"]

#: Names that are also everyday English words: a name only where the context says so
#: (capitalised inside a sentence, next to another name, after a title or a kinship word).
#: The last two lines: nicknames (``Chip``, ``Buck``) and nature or rank words given as names
#: (``Wren``, ``Sterling``) that the given-name lists miss or file as a drug or a town.
COMMON_WORD_NAMES = frozenset(
    """
will mark rose grace hope faith joy may june april august bill art pat sue ray rich guy jack
frank grant dean chase hunter mason carter cooper taylor baker cook bishop fisher miller young
white brown black green gray grey long short small strong king bell wood woods hill hall lane
ward wells marsh moss reed rice sharp snow spring swift wise hardy hart hood lamb moon page park
price rock stone street story summer winter west north south east love lord major master queen
power law field fields house church cross glass gun key ring wall day early fair fall good
little low real read best ball case date deep fresh job judge line lot made more miles post room
sales said seven song sun way weeks iris ivy lily ruby violet dawn eve glen holly amber crystal
daisy honey pearl robin sage sky brook brooks cliff dale forest gale heath rusty sandy wade wolf
fox bush bird close hale hay fry nash roach sparrow swan ash birch oak olive heather jasmine
autumn angel star sunny misty cash bond gold silver steel iron bean bass cole craig drew gene
jean joan lee les max neil noel norm ray rod ross roy sid stan ted tom don dick bob will penny
harmony melody mercy patience prudence charity constance destiny liberty
chip rocky buck skip butch sonny dusty bud chuck duke prince earl royal sterling ginger candy
river wren willow hazel jade laurel fern rowan
""".split()
)

#: a Gaelic "Mc" surname (``mcallister``, ``mcbride``): a name by its shape even where the surname
#: lists miss it and wordfreq counts it as a word (news text is full of them), unless an eponym
#: (``mcburney``, ``mcmurray``)
_MC_SURNAME = re.compile(r"mc[a-z]{3,}")
_MEDICAL_AFFIXES = re.compile(
    r"(?:itis|ectomy|ectomies|otomy|ostomy|plasty|scopy|graphy|aemia|emia|osis|algia|pathy|"
    r"megaly|plegia|paresis|trophy|lysis|pnea|pnoea|rrhea|rrhoea|uria|ectasis|stenosis|"
    r"sclerosis|oma|omas|penia|cytosis|ptysis|rrhage|rrhagia|desis|pexy|rrhaphy|tripsy|centesis|"
    r"plasia|ologist|iatric|pril|sartan|olol|statin|azole|floxacin|dipine|prazole|tidine|"
    # departments and their trades ("Rheumatology", "Gynaecology", "Paediatrics", "Orthopedics")
    r"ology|ologies|iatrics|paedics|pedics|"
    r"parin|oxetine|azepam|zolam|barbital|triptan|gliptin|glitazone|formin|thiazide|semide|"
    r"setron|lukast|dronate|tinib|zumab|ximab|mumab|cillin|mycin|cycline|"
    # what is done to a patient: procedures and tests ("Intubation", "Debridement",
    # "Spirometry", "Mammogram", "Venipuncture", "Cryotherapy", "Plasmapheresis")
    r"tion|tions|sion|sions|ment|ments|metry|therapy|therapies|gram|grams|graph|graphs|puncture|"
    r"pheresis|algesia|esthesia|aesthesia|"
    # spaces around the dura and co-occurring disease ("Epidural", "Subdural", "Comorbidities")
    r"dural|morbidity|morbidities|"
    # blood and its measures, British spellings too ("haemoglobin", "haematocrit", "immunoglobulin")
    r"globin|globulin|crit)$"
    r"|^(?:cardio|hepato|nephro|neuro|pneumo|pulmo|gastro|entero|arthro|osteo|dermat|hemat|"
    r"haemat|angio|thrombo|broncho|laryng|pharyng|ophthalm|cerebr|encephal|hyster|cholecyst|"
    r"esophag|oesophag|duoden|urethr|prostat|thyro|adren|tachy|brady|leuko|erythro|glyco|"
    r"athero|carcino|sarco|adeno|onco|immuno|hyper|hypo|haemo|hemo|paed|oedem|colpo|cyto|histo|"
    r"gynaec|gynec|leukaem|ischaem)\w{3,}",
    re.I,
)


def is_clinical_word(lower: str) -> bool:
    """Whether a lower-case word looks like medical vocabulary by its Greco-Latin parts.

    A weak signal, used only to keep rare words that are not in any list; never to keep a word
    that is known to be a name.
    """
    return len(lower) >= 6 and bool(_MEDICAL_AFFIXES.search(lower))


@dataclass(frozen=True)
class TextVocabulary:
    """Word knowledge for the note de-identifier (all entries lower case).

    Args:
        zipf: the word-frequency lookup of English (Zipf scale: 3 is once per million words,
            6 once per thousand); 0 for a word it does not know.
        first_names, last_names: given names and surnames (Latin script).
        places: city, county and state names (one or several words).
        us_cities: US towns (keyed by :func:`~medenclave_deid.core.text.english_us_address.
            us_city_key`) to the USPS codes of the states they are in.
        drugs: drug names, generic and brand (one word each).
        clinical: clinical words kept even when capitalised (anatomy, findings).
        eponyms: surnames that name diseases, signs, scores, devices (Parkinson, Foley).
        common_word_names: names that are also everyday words (see :data:`COMMON_WORD_NAMES`).
        more_names: given names and surnames of the name-frequency lists beyond the two above
            (known as names in mixed and lower case; an upper-case word needs the lists above).
        name_dominant: frequent words written far more often as a given name or a surname than
            as a word (``steven``, ``ruth``, ``chen``): a name even where a sentence opens with it.
    """

    zipf: Callable[[str], float]
    first_names: frozenset[str] = frozenset()
    last_names: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    us_cities: Mapping[str, frozenset[str]] = field(default_factory=dict)
    drugs: frozenset[str] = frozenset()
    clinical: frozenset[str] = frozenset()
    eponyms: frozenset[str] = frozenset()
    common_word_names: frozenset[str] = COMMON_WORD_NAMES
    more_names: frozenset[str] = frozenset()
    name_dominant: frozenset[str] = frozenset()
    _listed: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)
    _names: frozenset[str] = field(default=frozenset(), init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        listed = self.first_names | self.last_names | self.common_word_names
        object.__setattr__(self, "_listed", listed)
        object.__setattr__(self, "_names", listed | self.more_names)

    def is_name(self, lower: str) -> bool:
        """Known as a given name or surname (also the everyday words that are names); a
        double-barrelled name (``simon-wood``) when each part is one and none names a disease
        (``guillain-barre``)."""
        if lower in self._names or (_MC_SURNAME.fullmatch(lower) and lower not in self.eponyms):
            return True
        parts = lower.split("-")
        return len(parts) > 1 and all(p in self._names and p not in self.eponyms for p in parts)

    def is_listed_name(self, lower: str) -> bool:
        """Known from the given-name and surname lists proper (not only :attr:`more_names`)."""
        return lower in self._listed

    def is_name_word(self, lower: str) -> bool:
        """A name that is also an everyday word (``will``, ``rose``, ``young``, ``he``): a name
        only where the context says so."""
        return lower in self.common_word_names or len(lower) <= 2 or self.zipf(lower) >= 5.3

    def is_common(self, lower: str, *, threshold: float = 3.0) -> bool:
        """An everyday word of English (at least ``threshold`` on the Zipf scale)."""
        return self.zipf(lower) >= threshold
