"""The words of English notes as the name judge sees them: tokens, and the word lists and
patterns that make a context (titles, kinship and role cues, credentials, labels, heading words,
eponym and dose contexts)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "ALLCAPS_KEEP",
    "CLINICAL_HEADS",
    "CREDENTIALS",
    "CREDENTIAL_WORDS",
    "DOSE_NEXT",
    "DRUG_BEFORE",
    "EPONYM_NEXT",
    "HEADING_SURNAMES",
    "INNER_CAPS_NAME",
    "INSTRUMENTS",
    "KINSHIP",
    "KIN_AFTER",
    "LABEL",
    "LAB_ELEMENTS",
    "LAB_VALUE",
    "LATIN",
    "MONTH_NAMES",
    "NAMING",
    "NEVER",
    "PERSON_CUES",
    "PERSON_ONLY_VERBS",
    "PERSON_VERBS",
    "PLACE_CUES",
    "PROCEDURE_MODIFIERS",
    "SPECIALTY",
    "SPECIALTY_AFTER",
    "SPECIALTY_BEFORE",
    "TITLES",
    "VALUE_NEXT",
    "WEAK_CUES",
    "WORD",
    "Token",
    "sentence_start",
    "tokenize",
    "word_key",
]

LATIN = "A-Za-zÀ-ÖØ-öø-ɏ"
#: a word ends before a non-letter; capitals run straight into digits after it (CoxA16, EV71)
#: make a code, of which no part is a word
WORD = re.compile(
    rf"(?<![0-9{LATIN}])[{LATIN}][{LATIN}'’]*(?:-[{LATIN}][{LATIN}'’]*)*"
    rf"(?![0-9]|[{LATIN}]*[A-Z][0-9])"
)
TITLES = frozenset(
    """
dr doctor mr mrs ms miss mx prof professor sr nurse capt sgt rev
""".split()
)
#: the cues that name what follows them, but not across a comma ("Family called, comfort care")
NAMING = frozenset(("called", "named"))
#: kinship and role words: the capitalised words after them are a person
PERSON_CUES = frozenset(
    """
patient pt name named called daughter son wife husband spouse partner mother father mom dad
sister brother aunt uncle niece nephew grandson granddaughter grandmother grandfather grandma
grandpa cousin friend neighbor neighbour caregiver guardian fiance fiancee girlfriend boyfriend
stepson stepdaughter stepmother stepfather sibling child infant baby nok contact proxy poa
attending resident fellow intern surgeon physician pcp radiologist pathologist interpreter
translator chaplain witness caller guarantor subscriber insured employee participant traveler
student client member mother's father's boy girl
roommate housemate flatmate landlord landlady coworker co-worker colleague boss supervisor teacher
coach sponsor companion stepsister stepbrother grandchild godmother godfather pharmacist therapist
aide scribe coordinator visitor
""".split()
)
#: the kinship and care words among them: the word right after one is a person, not a drug
KINSHIP = frozenset(
    """son daughter wife husband spouse partner mother father mom dad sister brother
aunt uncle niece nephew grandson granddaughter grandmother grandfather cousin caregiver guardian
fiance fiancee girlfriend boyfriend stepson stepdaughter""".split()
)
#: words after which a capitalised word that is no everyday word is a person
WEAK_CUES = frozenset(
    """
signed dictated transcribed reviewed cosigned cc referred referring seen by with per to from and
or
""".split()
)
#: verbs whose subject is a person (a name word at the start of a sentence before one of these)
PERSON_VERBS = frozenset(
    """
called calls phoned reports reported states stated says said agrees agreed declined refused
requests requested visited visits brought accompanied denies denied notes noted confirmed asked
expressed wishes wants prefers arrived presented presents was is will has had came comes
understands verbalized consented signed is, was, who thinks thought feels felt believes
believed tells told texted emailed wrote writes asked asks helps helped drove drives lives lived
works worked knows knew needs tolerated tolerates underwent received receives returned returns
died passed expired delivered gave gives takes took missed misses left leaves went goes got
continues continued remains remained reported complains complained endorses endorsed admits
admitted describes described explains explained would could should does did can
lacks lacked acknowledges acknowledged insists insisted disputes disputed minimises minimizes
""".split()
)
#: credentials written after a name
CREDENTIALS = re.compile(
    # lower-case "do" and "pa" are words ("Please do not …"): credentials only after a comma
    r"(?:,\s*(?i:do|pa)\b|"
    # technologists' credentials that are also clinical abbreviations ("CCT" corneal thickness):
    # credentials only after a comma
    r",[ \t]*(?:CCT|MLS|MLT)\b|"
    r",?\s*(?:(?i:md|rn|np|pa-c|phd|dds|dmd|pgy\d?)\b|MD|M\.D\.|DO|D\.O\.|RN|BSN|MSN|LPN|NP|FNP|FNP-C|FNP-BC|ANP|APRN|CNM|CRNA|PA|PA-C|"
    r"PhD|PharmD|RPh|MBBS|MBChB|DPM|DDS|DMD|OD|DC|PT|DPT|OT|OTR|SLP|RD|LCSW|LMSW|MSW|CCRP|CCRC|"
    r"RRT|RT|RDMS|RVT|CNA|EMT|EMT-P|EMT-B|AEMT|MA|MPH|MS|FACP|FACS|FACC|MRCP|FRCP|FRCS|CCM|CDE|"
    r"IBCLC|PBT|CEN|CCRN|CNL|CGC|CSPI|RPSGT|LMFT|LPC|BCBA|RCIS|RDCS|RCES|CPNP|PNP|DNP|AuD|CMA|CPhT|"
    r"LICSW|LMHC|CCLS|CMI|(?i:paramedic))\b)"
)
CREDENTIAL_WORDS = frozenset(
    """
md do rn bsn msn lpn np fnp anp aprn cnm crna pa phd pharmd rph mbbs mbchb dpm dds dmd od dc pt
dpt ot otr slp rd lcsw lmsw msw ccrp ccrc rrt rt rdms rvt cna emt ma mph ms facp facs facc mrcp
frcp frcs ccm cde ibclc jr sr ii iii iv esq emt aemt cen ccrn cnl cgc cspi rpsgt lmft lpc bcba
paramedic pgy rcis rdcs rces cpnp pnp dnp aud cma cpht licsw lmhc ccls cct mls mlt cmi
cnc cns rgn rmn nmp mrpharms pbt
""".split()
)
LABEL = re.compile(
    r"\b(?:name|patient|pt|signed|by|contact|nok|physician|provider|attending|"
    r"doctor|surgeon|radiologist|dr|mr|mrs|ms|cc|to|from|re|/s/|"
    r"[a-z]+er|[a-z]+or|[a-z]+ist|[a-z]+ian|[a-z]+ee|[a-z]+ant|[a-z]+ent|mother|"
    r"father|spouse|proxy|guardian|infant|child|student|assistant|anesthesia|"
    r"ordering|referring|attending|cosigner|witness|consulting|covering|supervising|"
    r"admitting|discharging|reading|interpreting|performing|rounding|precepting|"
    r"co-?signed|e-?signed|verified|read|dictated|transcribed|pcp|of\s+record)\.?\s*[:#]\s*$|/s/\s*$"
    # the later names of a list of copies: "cc: Brown; Green; White"
    r"|(?m:^[ \t]*b?cc[ \t]*:[^\n]*[;/][ \t]*$)",
    re.I,
)
#: a specialty in parentheses after a clinician's name: "Banks (Cardiology)", "Gray (GI)"
SPECIALTY = (
    r"(?:Cardiology|Neurology|Nephrology|Oncology|Hematology|Heme/Onc|Heme-Onc|Pulmonology|"
    r"Pulmonary|GI|Gastroenterology|Ortho|Orthopedics|Orthopaedics|Surgery|General Surgery|"
    r"ID|Infectious Disease|Psychiatry|Urology|Dermatology|Endocrinology|Endocrine|"
    r"Rheumatology|Radiology|IR|Anesthesia|Anesthesiology|ENT|OB|OB/GYN|Ob/Gyn|OBGYN|"
    r"Pediatrics|Palliative Care|Palliative|Critical Care|ICU|MICU|SICU|CCU|Renal|"
    r"Neurosurgery|CT Surgery|Cardiothoracic Surgery|Vascular Surgery|Vascular|Plastics|"
    r"Ophthalmology|Hospitalist|Hospital Medicine|Medicine|Internal Medicine|Pharmacy|"
    r"Social Work|Nutrition|Transplant|Geriatrics|Allergy|Podiatry|Wound Care|Pain|EP|"
    r"Electrophysiology|Emergency Medicine|ED|Trauma|Colorectal Surgery|Breast Surgery|"
    r"Interventional Radiology|Neuroradiology|Pathology|Physical Therapy|Speech|SLP|PT|OT|"
    # or the person's role on the team: "Brooks (attending), Sharp (resident)"
    r"(?i:attending|resident|intern|fellow|hospitalist|consultant|surgeon|pcp|covering|"
    r"on-call|moonlighter|sub-?intern|nurse practitioner|physician assistant))"
)
SPECIALTY_AFTER = re.compile(rf"[ \t]*\([ \t]*{SPECIALTY}[ \t]*\)")
SPECIALTY_BEFORE = re.compile(rf"{SPECIALTY}[ \t]*\([ \t]*$")
PLACE_CUES = frozenset(
    """
in from at near to lives living moved resident city town of
""".split()
)
#: capitalised words that are never names or places in a note (headings, weekdays, languages); not
#: "swift", a surname before it is a bank code's label (english_records drops "SWIFT: NWBKGB2L")
NEVER = frozenset(
    """
i a an the and or but of in on at to for with by from as is was are be this that these those he
she they we you it his her their our your my its him them us me who whom which what when where
why how no not yes none all any some each every both either neither other another such monday
tuesday wednesday thursday friday saturday sunday january february march july september october
november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed weds thu thur
thurs fri sat english spanish chinese
mandarin cantonese french german russian arabic korean japanese vietnamese portuguese italian
hindi american african asian european hispanic latino caucasian medicare medicaid tricare cobra nhi cpso
ahpra mcnz flight
hipaa chief complaint history present illness past medical surgical family social review systems
physical exam examination assessment plan impression findings recommendation recommendations
diagnosis diagnoses discharge admission summary note notes report reports procedure indication
technique comparison conclusion signature signed electronically addendum attestation follow up
medications medication allergies allergy vitals vital signs labs lab results imaging course
hospital clinic department unit service team floor ward room bed emergency urgent care center
pager phone fax email tel mobile cell home work office dob mrn age sex pt name date time type
status gender relationship address city state zip county country language religion race
ethnicity occupation employer insurance guarantor subscriber policy group plan account visit
hospitalist attending resident consultant baby physician surgeon provider practitioner
radiologist pathologist anesthesiologist cardiologist oncologist neurologist psychiatrist
intensivist nephrologist pulmonologist gastroenterologist dermatologist lic license licence
acct acc balance amt pmt pymt txn iban csn inv
""".split()
)
#: heading, title and language words that are also surnames (``Ward``, ``Nurse``, ``English``):
#: a surname where a name is already begun beside them, or before what only people do
HEADING_SURNAMES = frozenset("ward nurse doctor english french date room flight".split())
#: what only a person does (a heading word before one of these is a surname: "Ward tolerated")
PERSON_ONLY_VERBS = PERSON_VERBS - frozenset(
    "is was has had will is, was, who remains remained would could should does did can continues "
    "continued came comes went goes got left leaves needs".split()
)
#: month names that are also given names: a name only next to a surname
MONTH_NAMES = frozenset(["may", "april", "june", "august", "jun"])
EPONYM_NEXT = re.compile(
    r"(?:'s|’s|'|’|s)?[ -](?:disease|syndrome|sign|test|score|scale|catheter|classification|"
    r"criteria|lymphoma|sarcoma|tumou?r|procedure|operation|fracture|maneuver|manoeuvre|reflex|"
    r"tube|index|phenomenon|palsy|lamp|stain|stage|grade|ulcer|node|nodes|cyst|neuroma|"
    r"triad|murmur|point|line|method|position|incision|repair|technique|type|level|class|"
    r"monitor|drain|pouch|esophagus|oesophagus|encephalopathy|aphasia|area|law|effect|"
    # the inflammations and contractures named after people ("Riedel thyroiditis")
    r"thyroiditis|arteritis|contracture|contractions?|neuralgia|"
    # a tendon named after a hero and its ailments ("Achilles tendinopathy", "de Quervain
    # tenosynovitis")
    r"tendons?|tendin(?:opathy|itis|osis)|tendonitis|tenosynovitis|bursitis|enthesitis|apophysitis|"
    r"examination|exam|counter|valve|shunt|society|guidelines?|protocol|view|projection|units?|"
    r"segment|segments|ring|body|bodies|cells?|space|spaces|bundle|canal|duct|gland|glands|"
    r"trial|equation|formula|rule|rules|hypothesis|angle|plane|maneuvers|signs|tests|scores|"
    r"respirations?|breathing|pulse|nodules?|lines|ratio|pill|catheters?|wort|negative|positive|pattern|"
    # the operations, instruments and devices named after people ("Ivor Lewis esophagectomy")
    r"fundoplication|esophagectomy|gastrectomy|pancreaticoduodenectomy|myotomy|cerclage|ligation|"
    r"airway|gastrostomy|jejunostomy|osteotomy|bypass|anastomosis|reconstruction|localization|"
    r"needle|forceps|sutures?|balloon|splint|traction|blade|laryngoscope|reservoir|pump|hernia|"
    r"masks?|nebuli[sz]er|cannula|mattress|boot|boots|collar|brace|frame|retractor|harness|lift|"
    # the curves, waves and findings named after people ("Frank-Starling curve", "Osborn
    # wave", "Roth spots", "Duret hemorrhages")
    r"curves?|waves?|spots?|h(?:a)?emorrhages?|pearls|membranes?|ligaments?|plexus|loops?|"
    # the infections named after a place ("Colorado tick fever", "Powassan virus")
    r"virus|encephalitis|(?:tick|spotted|hemorrhagic|haemorrhagic|equine|valley|river|tick-borne)"
    r"[ -](?:fever|virus|encephalitis))\b"
    r"|(?:'s|’s)?\s*[\u4e00-\u9fa5]{0,4}(?:评分|分级|分期|征|病|综合征|试验|量表|导尿管|手术|骨折|指数|"
    r"评估|分型|标准|导管|引流|氏|波|曲线|吸引管)"
    # a stage in Roman numerals, written in capitals ("via", "ice", "id" are words, "V." an initial)
    r"|\s+(?:stage\s+)?(?-i:[IV]{2,4}[A-E]?|[IV][A-E]?(?!\.))(?:期|\b)"
    r"|\s+(?-i:[A-D])(?:级|期|型)|\s+class\s+(?-i:[A-D])\b"  # Child-Pugh B级, Killip class C
    r"|\s+(?:and|or|&|/)\s+[A-Z][a-z]+(?:'s|’s)?\s+(?:maneuvers|signs|tests|criteria|scores|"
    r"syndromes|diseases|negative|positive)\b",
    re.I,
)
DOSE_NEXT = re.compile(
    r"\s*(?:\d+(?:\.\d+)?(?:/\d+(?:\.\d+)?)?\s*(?:mg|mcg|µg|ug|g|ml|mL|units?|iu|%|"
    r"mEq|puffs?|tabs?|tablets?|caps?|drops?)\b|XR|ER|SR|CR|DR\b|tablet|tab|cap|inhaler|"
    r"injection|drops)",
    re.I,
)
DRUG_BEFORE = re.compile(
    r"\b(?:start(?:ed)?|take|taking|took|on|continue|stop(?:ped)?|prescribed|"
    r"given|dose|increase|decrease|resume|hold|mg|rx)\s+$",
    re.I,
)
#: chemotherapy regimens written as acronyms of five letters or more ("will start FOLFOX", "R-CHOP x6"):
#: treatments, never a name however a tagger reads an upper-case word after "start"
REGIMENS = frozenset(
    """
folfox folfiri folfirinox folfoxiri folfox4 folfox6 mfolfox6 capox capeox xelox xeliri gemox
r-chop r-cvp r-epoch da-epoch beacopp escbeacopp mvac ddmvac cybord r-benda r-ice r-dhap
r-gemox ichop bv-avd
""".split()
)
#: the head nouns of clinical terms: a capitalised word right before one of these is part of a
#: term ("Femoral neck fracture", "Legionella urine antigen"), not a person
CLINICAL_HEADS = frozenset(
    """
neck head body tail lobe lobes segment artery arteries vein veins nerve nerves muscle muscles
bone bones joint joints duct ducts valve valves node nodes gland glands fracture fractures
pneumonia embolism infection infections disease diseases disorder disorders syndrome
syndromes deficiency failure injury injuries tumor tumour tumors carcinoma cancer lesion
lesions mass masses nodule nodules cyst cysts effusion edema stenosis occlusion thrombosis
urine blood serum plasma antigen antibody antibodies culture cultures titer titers test tests
panel screen scan vaccine vaccines polysaccharide toxoid virus bacteria species infection
pacemaker implantation resection repair replacement biopsy transplant catheterization
cholecystectomy appendectomy colectomy arthroplasty angioplasty stenting ablation
insufficiency hypertension pressure rhythm rate tone reflex reflexes sign signs score scale
ultrasound ultrasonography sonography smear section fundoplication bypass graft grafts surgery
procedure procedures study studies imaging screening anastomosis implant stent shunt flap block
injection angiography echocardiogram echocardiography ablation osteotomy reconstruction
fixation maneuver maneuvers technique view views ef waveform waveforms flow velocities
release recorder radiograph radiography collection clamping analgesia anesthesia anaesthesia
section laceration delivery fusion placement insertion removal exchange revision trial titration
stimulator generator interrogation counseling rehabilitation assay exam examination compressions
mammography mammogram echocardiography echocardiogram ultrasound biopsies vessel vessels
chamber chambers patch pacing profile
""".split()
)
#: the words between an eponym or a device's name and the clinical head it names ("Lexiscan
#: stress test", "Foley bulb induction", "Pomeroy tubal ligation")
PROCEDURE_MODIFIERS = frozenset(
    "stress bulb tubal core wire skin lymph marrow cord needle balloon "
    "vacuum dual single chamber lead leads".split()
)
INSTRUMENTS = frozenset(
    "scale score criteria index classification questionnaire inventory "
    "test protocol rule staging grading system assessment survey".split()
)
#: a value right after a word (on its line, or after its colon): "Na 130", "Resp:\n17"
VALUE_NEXT = re.compile(r"[ \t]*(?:[:：=]\s*)?[<>≤≥~]?[ \t]*\d(?!\d*[/-]\d)")
#: chemical symbols of the electrolytes and trace elements a lab reports, some of them surnames too
LAB_ELEMENTS = frozenset("li na k ca mg fe cu zn".split())
#: a lab value after a symbol: a decimal (``Li 0.6``) or a concentration unit (``Li 1 mmol/L``)
LAB_VALUE = re.compile(
    r"[ \t]*(?:[:=][ \t]*)?[<>]?[ \t]*(?:\d*\.\d|\d+[ \t]*(?:mmol|meq|umol|µmol|mg/dl))", re.I
)
#: a kinship word in parentheses after a name: ``kevin (nephew)``
KIN_AFTER = re.compile(
    r"\s*\((?:son|daughter|wife|husband|spouse|partner|mother|father|mom|dad|"
    r"sister|brother|aunt|uncle|niece|nephew|grandson|granddaughter|grandmother|"
    r"grandfather|cousin|friend|neighbou?r|caregiver|guardian|proxy|poa|"
    r"fianc[eé]e?|girlfriend|boyfriend|step\w+|sibling|child|FOB|MOB|father[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?baby)\)",
    re.I,
)
#: names written with inner capitals (McDonald, O'Brien, DeShawn, Tre'Von); others (BiPAP, MoCA,
#: NT-proBNP, D-dimer) are abbreviations
INNER_CAPS_NAME = re.compile(r"^(?:Mc|Mac|[A-Z][a-z]{0,3}['’]|De|Di|Da|Du|La|Le|Van|Von|St)[A-Z][a-z]+$")
ALLCAPS_KEEP = re.compile(r"^(?:[A-Z]{1,4}\d*|[A-Z]+s)$")


def word_key(word: str) -> str:
    """Lower case, accents folded (the lexicons are stored that way)."""
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    key: str
    cap: bool
    allcaps: bool
    initial: bool  # a single capital letter (a middle or first initial)
    sentence_start: bool


#: the word and period that end the text before a word; a list label or number alone before it
_WORD_DOT_END = re.compile(rf"(?<![0-9{LATIN}])([{LATIN}]+)\.$")
_ITEM_PAREN = re.compile(r"\s*[\w]{1,2}\)")
_ITEM_NUMBER = re.compile(r"\s*\d{1,2}[.)]")


def sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence, a line or a list item."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    before = line.rstrip(" \t")
    if not before or before[-1] in '!?:;•*–—("[':
        return True
    if before[-1] == ".":
        word = _WORD_DOT_END.search(before)
        # an initial (a capital: "J. Smith") or a title goes on; a unit ("3420 g.") ends
        unit = before[: word.start()].rstrip()[-1:].isdigit() if word else False  # "0.4 ms."
        if (
            word
            and not unit
            and ((len(word.group(1)) == 1 and word.group(1).isupper()) or word.group(1).lower() in TITLES)
        ):
            # an initial or a title goes on; a list label alone on its line ("A. Sigmoid") starts
            ahead = before[: word.start()].rstrip()
            return len(word.group(1)) == 1 and (not ahead or ahead[-1] in ":-•*")
        return True
    if before[-1] == ")" and _ITEM_PAREN.fullmatch(before):
        return True
    return before in ("-", "–", "•", "*") or bool(_ITEM_NUMBER.fullmatch(before))


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` (a new list each call; nothing of a note is kept once it returns)."""
    return list(_tokens(text))


def _tokens(text: str) -> tuple[Token, ...]:
    out = []
    for m in WORD.finditer(text):
        word = m.group(0)
        if word.endswith(("'s", "’s")):  # the possessive is not part of the name
            word = word[:-2]
        word = word.rstrip("'’")
        if not word:
            continue
        end = m.start() + len(word)
        cap = word[0].isupper()
        starts = sentence_start(text, m.start())
        label = (
            len(word) == 1
            and cap
            and starts
            and text[end : end + 1] in (".", ")")
            and text[end + 1 : end + 2] in (" ", "\t")
        )
        out.append(
            Token(
                m.start(),
                end,
                word,
                word_key(word),
                cap,
                len(word) > 1 and word.isupper(),
                len(word) == 1 and cap and not label,
                starts,
            )
        )
    return tuple(out)
