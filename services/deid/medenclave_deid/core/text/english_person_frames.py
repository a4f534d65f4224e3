"""Names that are everyday or clinical words, told by a frame only a person stands in.

Given names and surnames such as River, Free, Bone, Head or Major are words first, so the name
judge rightly hesitates over them in running text. Some frames leave no doubt, whatever the words:

* a name and a credential or a staff role after a comma ("Rowan Field, RN", "Marsh, Ivo, MD",
  "Ode Hill, chaplain"), or in brackets ("Heart, Lane (MLS)");
* a name and a kinship in brackets right after it ("Sky Meadow (daughter)");
* a name and the date of birth after it, as in a header ("Re: Dale Hart, DOB ...",
  "Hart, Dale   DOB ...");
* an inverted name opening a header's line or cell before the age cell or the date of birth, or
  signed before a date ("Hart, Dale | 71Y", "signed HART, DALE 03/02/2024"), whatever its words;
* a header's inverted name in capitals with a middle initial ("HART, DALE M   DOB"), and a name in
  any case opening a row or a patient field before the record number or the age
  ("dale hart | MRN ...", "Patient: dale hart (67-year-old)");
* an inverted name after a person's label and a colon, dot leaders or a wide gap, ending its line
  or cell ("Patient ........ QUARTERMAINE, ROWAN", "Applicant:  BONE, HOPE M."), or in capitals after
  a person's word inside a sentence ("for applicant CROSS, IVY M. ..."): every word, be it a
  drug's, a body part's or an everyday word;
* an initial and a surname written with inner capitals or a hyphen before a credential
  ("T. MacGillivray-Oduya, MD", "K. O'Neill-Baptiste, RN").

Two or three capitalised words are needed (one word before a credential may be a unit's or a
team's); a heading word or a title is never one of them, a clinical head noun never the first.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import (
    CLINICAL_HEADS,
    CREDENTIAL_WORDS,
    KINSHIP,
    NEVER,
    PERSON_CUES,
    TITLES,
)
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_labelled_people", "find_person_frames"]

#: a capitalised word of a name, in any Latin script ("Letícia", "Hồng", "O'Neil", "Simon-Wood")
_W = r"[A-Z\u00C0-\u00DE][a-z\u00DF-\u00FF\u0100-\u024F\u1E00-\u1EFF'’-]+"
_ROLES = (
    r"chaplain|physicist|pharmacist|dietitian|dietician|interpreter|social[ \t]+worker|"
    r"case[ \t]+manager|unit[ \t]+clerk|scribe|doula|midwife|technologist"
)
#: credentials that are also abbreviations of clinical English ("Right knee, PT to follow",
#: "MS", "DC"): a credential only where the clause ends after them or a registry's modality
#: follows in brackets ("RT(R)", "RT(CT)")
_AMBIGUOUS = frozenset("pt ot ma ms dc od rt rd do pa np ii iii iv jr sr".split())
_CLEAR = "|".join(sorted(CREDENTIAL_WORDS - _AMBIGUOUS, key=len, reverse=True))
_UNCLEAR = "|".join(sorted(_AMBIGUOUS & CREDENTIAL_WORDS, key=len, reverse=True))
_CREDENTIAL = (
    rf"(?:(?=[A-Z])(?i:{_CLEAR})|PA-C|{_ROLES}|(?=[A-Z])(?i:{_UNCLEAR})"
    r"(?=[ \t]*(?:$|[\n;,.)]|[ \t]{2,})|\((?:R|N|M|CT|MR|ASCP|ARRT)\)))"
)
#: people's roles that open a mention ("Visitor Ada Stone (niece)", "Interpreter Ode Vale, CMI")
_ROLE_WORDS = frozenset("visitor interpreter witness caller contact caregiver reporter surrogate".split())
_KIN = "|".join(sorted(KINSHIP, key=len, reverse=True))
_FRAMES = (
    # "Rowan Field, RN", "Marsh, Ivo, MD" (a surname first, then the given name)
    re.compile(rf"(?<![\w.-])(?P<v>{_W}(?:[ ]{_W}){{1,2}}|{_W},[ ]{_W}),[ \t]*{_CREDENTIAL}(?![\w-])"),
    # "Sky Meadow (daughter)"
    re.compile(rf"(?<![\w.-])(?P<v>{_W}(?:[ ]{_W}){{1,2}})[ \t]*\((?i:{_KIN})\)"),
    # "Re: Dale Hart, DOB", "Hart, Dale   DOB"
    re.compile(rf"(?<![\w.-])(?P<v>{_W}(?:,?[ ]{_W}){{1,2}})(?:,[ \t]*|[ \t]{{2,}})(?:DOB|D\.O\.B\.)\b"),
)


#: a header's inverted name in capitals with a middle initial ("OKAFOR-BELL, ADA R   DOB",
#: "| VAN DER BERG, JOOST K |"): all its words, given names too
_CAPS_W = r"[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'’-]+"
_CAPS_INVERTED = re.compile(
    rf"(?<![\w.-])(?P<v>{_CAPS_W}(?:[ ]{_CAPS_W}){{0,3}},[ ]{_CAPS_W}"
    rf"(?:[ ]{_CAPS_W})?[ ][A-Z])(?=[ \t]*(?:\||[ \t]{{2}}|$|\n))"
)
#: an inverted name of any words opening a line or a table cell before the age cell or the date of
#: birth ("Stone, Ada | 71Y F", "Stone, Ada   DOB"), or signed before a date ("signed STONE, ADA
#: 03/02/2024"): the frame of a record's header or a signature, whatever the words
_ANY_W = r"[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’-]+"
_INVERTED_ROW = re.compile(
    rf"(?m)(?:^|\|[ \t]*)(?P<v>{_ANY_W},[ ]{_ANY_W})"
    r"(?=[ \t]*\|[ \t]*\d{1,3}[ ]?(?:Y|y|yo|yrs?)\b|[ \t]{2,}DOB\b)"
)
_SIGNED = re.compile(rf"\bsigned[ \t]+(?P<v>{_ANY_W},[ ]{_ANY_W})(?=[ \t]+\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b)")
#: a patient's name in any case opening a row or a field, before the record number or the age
#: ("dana o'hare | MRN ...", "Patient: lin zhao (67-year-old)")
_ROW_NAME = re.compile(
    r"(?im)(?:^|\b(?:patient|pt)[ \t]*:[ \t]*)"
    r"(?P<v>[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){1,3})"
    r"(?=[ \t]*(?:[|,][ \t]*MRN\b|\([ \t]*\d{1,3}[- ]?(?:years?|yrs?|y)\b))"
)

#: a person's label: who the record is about or who signs, refers or examines
_PERSON_LABEL = (
    r"(?:patient|pt|name|patient[ \t]+name|full[ \t]+name|applicant|parent/guardian|caregiver|"
    r"diver|member|subject|client|"
    r"resident|decedent|deceased|insured|guarantor|student|athlete|employee|juror|donor|recipient|"
    r"mother|father|infant|parent|guardian|caller|contact|referring(?:[ \t]+(?:physician|provider|md))?|"
    r"provider|physician|examiner|examining[ \t]+physician|attending|ordering(?:[ \t]+provider)?|"
    r"prescriber|pcp|re|to|attn|from)"
)
#: a surname's particle in lower case ("van der Meer, Johanna")
_LOW_PARTICLE = r"(?:van|von|der|den|de|del|della|da|di|du|la|le|al|el|bin|ibn|ter|ten)"
_LABELLED_INVERTED = re.compile(
    rf"(?m)(?:^|\||\t|[ ]{{2}})[ \t]*(?i:{_PERSON_LABEL})[ \t]*(?::|\.{{2,}}|[ \t]{{2,}}|=|\t)[ \t.:]*"
    rf"(?P<v>{_ANY_W}(?:[ ](?:{_ANY_W}|{_LOW_PARTICLE})){{0,3}},[ ]{_ANY_W}(?:[ ]{_ANY_W})?(?:[ ][A-Z]\.?)?)"
    r"(?=[ \t]*(?:$|\||;|\(|\t|[ \t]{2})|[ \t]+(?:DOB|MRN|Age|Sex)\b)"
)
_PERSON_WORD = (
    r"patient|applicant|diver|juror|decedent|member|student|athlete|employee|resident|"
    r"recipient|donor|client|insured"
)
_CAPS_IN_SENTENCE = re.compile(
    rf"\b(?i:{_PERSON_WORD})[ \t]+(?P<v>{_CAPS_W},[ ]{_CAPS_W}(?:[ ]{_CAPS_W})?)"
    r"(?:(?=[ ][A-Z]\.?(?![\w]))|(?=[ \t]*(?:$|[,;(]|DOB\b|MRN\b)))"
)
#: a name and a credential in brackets ("Heart, Lane (MLS)", "Ode Bone (RN)"), one word after "by"
#: ("found by Meadow (RN)")
_BRACKET_CREDENTIAL = re.compile(
    rf"(?<![\w.-])(?P<v>{_W}(?:[ ]{_W}){{1,2}}|{_W},[ ]{_W}|(?<=\b[Bb]y[ ]){_W})[ \t]*\((?:{_CREDENTIAL})\)"
)
_INNER = r"(?:Mc|Mac|O['’]|D['’])?[A-Z][a-z'’]+"
_INITIAL_SURNAME = re.compile(
    rf"(?<![\w.'’-])(?P<v>(?:{_W}[ ])?[A-Z]\.(?:[ ]?[A-Z]\.)?[ ]{_INNER}(?:-{_INNER})?),[ \t]*"
    rf"{_CREDENTIAL}(?![\w-])"
)


def _stop(word: str, *, first: bool) -> bool:
    """Whether a word cannot be part of the name: a heading word, a title or a credential; a
    clinical head noun, a cue or a role word only opening it (a surname may be one: "Ode Bone,
    RN"; "Visitor Ada Stone (niece)" is Ada Stone)."""
    key = word.lower()
    return (
        key in NEVER
        or key in TITLES
        or key in CREDENTIAL_WORDS
        or (first and (key in CLINICAL_HEADS or key in PERSON_CUES or key in KINSHIP or key in _ROLE_WORDS))
    )


def find_person_frames(text: str) -> list[PhiSpan]:
    """The names standing in the frames of the module docstring.

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for rx in _FRAMES:
        for m in rx.finditer(text):
            start, value = m.start("v"), m.group("v")
            words = re.findall(r"[^\s,]+", value)
            while words and _stop(words[0], first=True):  # "Team River Ode, RN": not the heading word
                start = text.index(words[1], start) if len(words) > 1 else m.end("v")
                words = words[1:]
            if len(words) >= 2 and not any(_stop(w, first=False) for w in words):
                out.append(PhiSpan(start, m.end("v"), "name"))
    for rx in (_CAPS_INVERTED, _ROW_NAME, _INVERTED_ROW, _SIGNED):
        for m in rx.finditer(text):
            words = re.findall(r"[^\s,]+", m.group("v"))
            if not any(_stop(w, first=False) for w in words):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def find_labelled_people(text: str) -> list[PhiSpan]:
    """The names in a person's labelled field, before a credential in brackets, or an initial and
    a surname before a credential (the last four frames of the module docstring). Their words may
    be body parts or drugs ("BONE, HOPE", "Heart, Lane (MLS)"), so they are not spread to the rest
    of the note ("Bone scan" stays): the caller adds them after every rule that spreads names.

    Args:
        text: an English note.
    """
    out: list[PhiSpan] = []
    for rx in (_BRACKET_CREDENTIAL, _LABELLED_INVERTED, _CAPS_IN_SENTENCE, _INITIAL_SURNAME):
        for m in rx.finditer(text):
            value = m.group("v")
            words = re.findall(r"[^\s,]+", value)
            # a clinical head noun may be an inverted name's surname ("Bone, Summer (RN)"), never
            # the first word of a name in its order ("Bone Marrow (MD)")
            if not _stop(words[0], first="," not in value) and not any(_stop(w, first=False) for w in words):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
