"""A found person's name said again in a shorter form: their initials, and a word of their name
in lower case after a self-introduction.

* **initials**: notes write the patient or a relative by their capitals once the whole name is
  given (``Patient: KAPLAN, DOV`` ... ``DK verbalized understanding``, ``Pt asks to be called
  Dov ; DK agrees with plan``). The two or three capitals of a found name (given name, middle
  initials, surname; a double surname's parts too) go wherever they stand alone, unless they
  also spell a clinical abbreviation, a credential, a state code or an everyday word (``MI``,
  ``MS``, ``ID``, ``AM``): those go only where they stand for a person, before what a person
  does (``MI agrees``, ``ID reports``, ``MS's son``) or after what is done with a person
  (``discussed with MI``), so that ``h/o MI`` and ``ID consult`` stay;
* **a self-introduction**: a word of a found name in lower case after ``I'm``, ``my name is``,
  ``this is``, ``call me`` (``Visit ... Cyrus Pellerin`` ... ``"I'm cyrus, I was born
  ..."``), or opening what a speaker says before ``here`` (``"maren here - dad's ..."``),
  however common the word, since the speaker says who they are.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_geo import STATE_CODES
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER, TITLES, WORD
from medenclave_deid.core.text.lexicon import CLINICAL_WORDS_EN
from medenclave_deid.core.text.prefixed_matches import bounded_matches
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["name_echoes"]

_PARTICLES = frozenset("van von de del della da di du la le bin ibn al el der den ter st".split())
#: two- and three-letter clinical abbreviations, units and routes: a person's initials there only
#: where the sentence says a person
_ABBREVIATIONS = frozenset("""
ab abd abg ac ad adl ae af afb ai aki al als am ama aml an ap ar as asd av avm ba bc bd be bid bm
bmp bp bph bs bsa bun bx ca cabg cad cc cf chf ci ckd cm cmp cn cns co cp cpr cr crp cs csf ct cv
cva cvc cvp cx dc dd ddx di dka dm dnr dni dr ds dt dvt dx ed eeg eg ekg em ems ent ep er es esr
et ett ex fb fe ffp fh fi fx ga gb gc gi gp gs gt gu gyn ha hb hd hf hh hi hl hm hn ho hp hr hs
ht htn hx ia ib ic icd icu id ih im in inr io ip ir is it iu iv jp jvd kg ku kub la lad lb lc ld
le lf lh li ll lle lll lm ln lo lp lr ls lt lue lul lv lvh ma mac map mc md me mg mi ml mm mo mr
ms mt mu mv nc nd ne ng ngt ni nj nk nl nm no np npo ns nt nv ob od oe og oh ok ol om op or os ot
ou pa pac pc pd pe peg pet pf pg ph pi pic pm pmh pn po pp pr prn ps pt pu pv pvc qd qh qid qs ra
rbc rca rf rh rl rle rll rlq rml rn ro rom rp rr rs rt ru rue rul ruq rv rx sa sb sbo sc sd se sg
sh si sl sle sm sn so sob sp sq sr ss st sv svt sx ta tb tc td te tf tg th ti tia tid tm tn to tp
tpn tr ts tt tv tx ua uc ue ui ul un up ur us ut uti va vc vd ve vf vl vo vp vq vs vt wa wb wbc
wc wd wf wn wnl wo ws wt xr yo
mrn dob fin ssn npi dea pcp nok poa ekg ecg gcs bmi avs ama lwbs edd lmp sw cns crna
""".split())
#: what a person does, said right after the initials that stand for them
_PERSON_AFTER = re.compile(
    r"(?:['’]s\b|[ \t]+(?:(?:also|still|now|again|then|later|fully|clearly|reportedly|repeatedly|"
    r"strongly|both)[ \t]+)?"
    r"(?:agrees|agreed|declines|declined|denies|denied|states|stated|says|said|reports|reported|"
    r"requests|requested|refuses|refused|verbali[sz]es|verbali[sz]ed|understands|understood|"
    r"consents|consented|prefers|preferred|wishes|wished|wants|wanted|asks|asked|tolerated|"
    r"tolerates|feels|felt|endorses|endorsed|complains|complained|admits|admitted|describes|"
    r"described|expresses|expressed|voices|voiced|acknowledges|acknowledged|elects|elected|"
    r"chooses|chose|lives|lived|works|worked|ambulated|ambulates|walked|slept|ate|drank|"
    r"participated|participates|demonstrated|demonstrates|signed|thanked|"
    r"(?:(?:is|was|remains|seems|appears)[ \t]+)?(?:agreeable|amenable|aware|in[ \t]+agreement)|"
    r"(?:is|was|remains|seems|appears)[ \t]+(?:agreeable|amenable|aware|alert|awake|pleasant|"
    r"oriented|in[ \t]+agreement|comfortable|tearful|anxious|calm|cooperative|happy|upset|"
    r"able|unable|willing|unwilling|motivated)|"
    r"will[ \t]+(?:bring|think[ \t]+about|let[ \t]+us[ \t]+know|decide)|"
    r"and[ \t]+(?:his|her|their)[ \t]+(?:family|wife|husband|spouse|partner|son|daughter|mother|"
    r"father|parents?|caregiver)))\b"
)
#: what is done with a person, said right before the initials that stand for them
_PERSON_BEFORE = re.compile(
    r"(?:(?:discussed|reviewed|went[ \t]+over|explained|planned)(?:[ \t]+[^\n.;]{1,30}?)?[ \t]+with|"
    r"(?:spoke|spoken|met|talked|agreed)[ \t]+with|"
    # a follow-up booked with a person ("review with BM in 6 weeks", "f/u with JT")
    r"(?:review|see|f/u|follow[ \t-]?up|handover|catch[ \t]+up|liaise|liaised|checked)[ \t]+(?:with|by)|"
    r"obtained[ \t]+from|(?:explained|spoke|talked)[ \t]+to|"
    r"told|informed|educated|counsell?ed|reassured|"
    r"updated|instructed|thanked|greeted|asked)[ \t]+$",
    re.I,
)
#: a self-introduction right before a word; the commonest words only after the surest cues
_INTRODUCED = re.compile(
    r"(?:^|[^\w'’])(?P<cue>i'?m|i’m|i[ \t]+am|it'?s|it’s|my[ \t]+name[ \t]+is|my[ \t]+name['’]s|"
    r"name['’]s|this[ \t]+is|call[ \t]+me|(?:they|everyone|people)[ \t]+call[ \t]+me)[ \t]*,?[ \t]*"
    r"(?:(?:um+|uh+|er+|erm|ah+|oh),?[ \t]+)*$",
    re.I,
)
_SURE_CUE = re.compile(r"(?i)my|name|call|this")
#: a speaker naming themself at the start of what they say: ``"agnieszka here - dad's ..."``
_HERE_BEFORE = re.compile(r"(?:^|[\"“‘(]|\b(?i:hi|hello|hey|yes|yeah|ok|okay)[ \t]*,?)[ \t]*$", re.M)
_HERE_AFTER = re.compile(r"[ \t]+here\b(?![ \t]+(?:is|are|was|in|at|on|for|to)\b)")


def _name_words(text: str, span: PhiSpan, vocab: TextVocabulary) -> list[str] | None:
    """The words of a person's name in reading order (given name first), or None when the span
    does not read as one person's name of two to four words in one case."""
    value = text[span.start:span.end]
    if "\n" in value or re.search(r"[.!?;:][ \t]+[a-z]|\d", value):
        return None
    parts = value.split(",")
    if len(parts) > 2:
        return None
    if len(parts) == 2:
        parts = [parts[1], parts[0]]  # "DESHIELDS, WENDELL": the given name first
    words = [m.group() for part in parts for m in WORD.finditer(part)]
    words = [w for w in words if w.lower() not in _PARTICLES and w.lower() not in TITLES
             and w.lower() not in CREDENTIAL_WORDS]
    if not 2 <= len(words) <= 4:
        return None
    lower = [w.islower() for w in words if len(w) > 1]
    if any(lower) and not all(lower):  # "dysgraphia. Fundi": no one's name
        return None
    for w in words:
        key = w.lower()
        if len(w) > 1 and (key in NEVER or ((key in vocab.clinical or key in vocab.drugs)
                                            and not vocab.is_name(key))):
            return None
    return words


def _initials(words: list[str]) -> set[str]:
    """Given name and surname, with the middle initials and a double surname's parts or without."""
    first, middle, last = words[0], words[1:-1], words[-1]
    out = {first[0] + last[0]}
    caps = first[0] + "".join(w[0] for w in middle) + last[0]
    out.add(caps)
    barrels = last.split("-")
    if len(barrels) == 2:
        out.add(first[0] + barrels[0][0] + barrels[1][0])
    return {i.upper() for i in out if 2 <= len(i) <= 3 and i.isalpha()}


def _ambiguous(initials: str, vocab: TextVocabulary) -> bool:
    """Whether the capitals also spell a clinical abbreviation, a unit, a credential, a state
    code or an everyday word."""
    key = initials.lower()
    return key in _ABBREVIATIONS or key in CLINICAL_WORDS_EN or key in vocab.clinical \
        or key in vocab.drugs or key in CREDENTIAL_WORDS or initials in STATE_CODES \
        or key in NEVER or vocab.is_common(key, threshold=4.5)


#: the edges of initials standing alone (not in a word, an abbreviation or a dotted code)
_INITIALS_START = re.compile(r"(?<![\w&.-])")
_INITIALS_END = re.compile(r"(?![\w&]|[.-]\w)")


def _initial_spans(text: str, names: list[list[str]], vocab: TextVocabulary) -> list[PhiSpan]:
    found: set[str] = set()
    for words in names:
        found |= _initials(words)
    out: list[PhiSpan] = []
    for initials in sorted(found):
        ambiguous = _ambiguous(initials, vocab)
        for start, end in bounded_matches(initials, text, _INITIALS_START, _INITIALS_END):
            if ambiguous and not (_PERSON_AFTER.match(text, end)
                                  or _PERSON_BEFORE.search(text, max(0, start - 40), start)):
                continue
            out.append(PhiSpan(start, end, "name"))
    return out


def _introduced_spans(text: str, names: list[list[str]], vocab: TextVocabulary) -> list[PhiSpan]:
    keys = {w.lower() for words in names for w in words if len(w) >= 3}
    keys = {k for k in keys if k not in vocab.clinical and k not in vocab.drugs}
    out: list[PhiSpan] = []
    for m in WORD.finditer(text):
        key = m.group().lower()
        if key not in keys:
            continue
        if _HERE_AFTER.match(text, m.end()) and _HERE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            out.append(PhiSpan(m.start(), m.end(), "name"))
            continue
        cue = _INTRODUCED.search(text, max(0, m.start() - 40), m.start())
        if cue is None:
            continue
        if vocab.is_common(key, threshold=5.0) and not _SURE_CUE.match(cue["cue"]):
            continue  # "I'm young", "it's will": the word, unless the name is said as one
        out.append(PhiSpan(m.start(), m.end(), "name"))
    return out


def name_echoes(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """The initials and the self-introduced lower-case words of the persons ``spans`` name.

    Args:
        text: the note.
        spans: the spans found so far (their ``name`` spans are read).
        vocab: what is known about English words.
    """
    names = [w for s in spans if s.category == "name" and (w := _name_words(text, s, vocab))]
    if not names:
        return []
    return _initial_spans(text, names, vocab) + _introduced_spans(text, names, vocab)
