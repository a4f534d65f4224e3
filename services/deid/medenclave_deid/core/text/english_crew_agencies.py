"""Crews and agencies of responders' logs: a firefighter's or a rescuer's workplace.

A wildland-fire medical unit, a search-and-rescue team or an incident base logs each patient with
the crew or agency they work for, under a label (``Crew: …``, ``Home unit<TAB>…``, ``Crew /
agency: …``, ``crew_or_agency<TAB>…``) or in the remarks
("pt from Kern Ranger District", "assigned to Tonto Interagency Hotshot Crew"). Such a crew is named
by its home place and what kind of crew or agency it is:

* **a labelled line**: the value after an agency or home unit label, up to the end of the line,
  a wide gap or a ``;``; after a crew or resource label only a crew's name (its last words below:
  "Crew: Ada Roe, RN" names the crew's members); a cell that says nothing (``n/a``) stays;
* **a kind of crew or agency** anywhere: capitalised words before a crew's or an agency's last words
  (Hotshots, IHC, Helitack, Smokejumpers, Handcrew, Crew 7, Type 2 IA Crew, Conservation Camp,
  Ranger District, National Forest, Fire Protection District, Fire Brigade, Fire Zone, Fire Centre,
  Forestry, Fire Services LLC, Wildfire Service …), or an agency's initials before its unit's
  place (CAL FIRE, BLM, USFS, NSW RFS …: "BLM Boise District", "USFS Lolo NF"). A bare crew
  (Crew, District) needs a word that is no everyday English word ("Night Crew" stays).

Medic and air units (``Medic 12``, ``Engine 3``) and the fire's own name stay.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_crew_agencies"]

_CREW_WORD = r"(?:(?:assigned|home|contract)[ _]+)?(?:(?P<g>agency|home[ _]+unit)|crew|resource)"
_LABEL = re.compile(
    rf"(?im)(?:^|(?<=[:;(]))[ \t]*{_CREW_WORD}"
    rf"(?:[ _]*(?:/|[ _]or[ _]|[ _]and[ _])[ _]*(?:crew|(?P<g2>agency)|unit|employer))*"
    r"(?:[ _]+name)?(?:[ \t]*:[ \t]*|\t[ \t]*)"
    r"(?P<v>[A-Za-z0-9](?:(?![ ]{2})[^\t\n;,():]){1,60}?)(?=[ \t]*(?:$|[;,():]|\.(?:\s|$)))"
)
_WORD = r"(?:[A-Z][A-Za-z'\u2019-]*\.?|[A-Z]{2,}|\d{1,4})"
_AGENCY = r"(?:CAL[ ]FIRE|CALFIRE|USFS|BLM|BIA|NPS|USFWS|FWS|DNR|ODF|NSW[ ]RFS|RFS|CFA|QFES|DFES|BCWS|MNRF)"
#: last words that say a crew or an agency whatever the words before them
_STRONG = (
    r"(?:Interagency[ ])?Hotshots?(?:[ ]Crew)?|IHC|Hand[ ]?[Cc]rew|Helitack(?:[ ]Crew)?|Smoke[ ]?[Jj]umpers"
    r"|Rappell?ers|Rappel[ ]Crew|(?:Type[ ]\d[A-Z]?[ ])?(?:IA|Initial[ ]Attack)[ ]Crew"
    r"|(?:Unit|Veterans)[ ]Crew|Crew[ ]\d{1,3}|Conservation[ ]Camp|Ranger[ ]District|National[ ]Forest"
    r"|Forest[ ]Service|Fire[ ]Protection[ ]District|Fire[ ]District|(?:Rural[ ])?Fire[ ]Brigade"
    r"|Fire[ ]Zone|Fire[ ]Cent(?:re|er)|(?:Volunteer[ ])?Fire[ ]Department|Fire[ ]Dept\.?"
    r"|Fire[ ](?:&|and)[ ]Rescue|County[ ]Fire|Tribal[ ]Fire"
    r"|Wildland[ ](?:Fire[ ])?Module|Wildfire(?:[ ]Service)?|(?:Rural[ ])?Fire[ ]Service"
    r"|(?:Forestry|Wildland[ ]Fire|Fire[ ]Services|Fire[ ]Management)(?:[ ](?:Inc\.?|LLC|Ltd\.?|Co\.?))?"
)
#: last words that say a crew only beside a place's name
_WEAK = r"Crew|District|NF|Field[ ]Office|Brigade"
_RUN = re.compile(
    rf"\b(?:(?P<a>{_AGENCY})[ ](?:{_WORD}[ ]){{0,3}}(?:{_STRONG}|{_WEAK}|{_WORD})"
    rf"|(?P<w>(?:{_WORD}[ ]){{1,3}})(?:{_STRONG}|{_WEAK}))(?![\w-])"
)
#: a crew in lower case after "assigned to", "from", "(": "from kern ranger district"
_LOWER = re.compile(
    rf"(?:\b(?:assigned[ ]to|from|with|member[ ]of)[ ]+|\()"
    rf"(?P<v>(?:[a-z][a-z'\u2019-]*[ ]){{1,3}}(?i:{_STRONG}))(?![\w-])"
)
#: a crew's or an agency's last words in any case ("salmon ranger district", "kern ihc")
_TAIL = re.compile(rf"(?i)[ ](?:{_STRONG}|{_WEAK})(?:[ ]\d{{1,3}})?$")
_STRONG_END = re.compile(rf"(?:^|[ ])(?:{_STRONG})$")
#: capitalised words that open a sentence or say whose crew, no place's name
_NOT_NAME = frozenset(
    "the a an our his her their this that each every pt patient per from to at by with and or of "
    "night day ground flight air engine medic medical transport ems ambulance fire line camp base "
    "incident staging relief hand strike task same other new his".split()
)


def find_crew_agencies(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """The crews and agencies of the module docstring in an English note (overlaps not resolved).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    out: list[PhiSpan] = []
    for m in _LABEL.finditer(text):
        value = m["v"].strip()
        tail = _TAIL.search(value)
        named = value != value.lower() or not all(is_common(w) for w in re.findall(r"[a-z]+", value))
        if not tail and not (named and (m["g"] or m["g2"])):
            continue  # "Resource: interpreter", "Crew: Ada Roe, RN": no crew's name
        if value.lower().strip(" .") not in NO_VALUE and value.lower() not in ("self", "self-employed"):
            out.append(PhiSpan(m.start("v"), m.start("v") + len(m["v"].rstrip()), "workplace"))
    for m in _RUN.finditer(text):
        start = m.start()
        if not m["a"]:
            words = m["w"].split()
            while words and words[0].lower().strip(".") in _NOT_NAME:
                start += len(words[0]) + 1
                words = words[1:]
            places = [w for w in words if not w.isdigit()]
            if not places:
                continue
            if not _STRONG_END.search(m.group()) and all(is_common(w.lower().strip(".")) for w in places):
                continue  # "Night Crew", "Blue Unit": no place named
        out.append(PhiSpan(start, m.end(), "workplace"))
    for m in _LOWER.finditer(text):
        words = m["v"].split()
        lead = 0
        while lead < len(words) - 1 and words[lead] in _NOT_NAME:
            lead += 1
        if lead < len(words) - 1 and not _STRONG_END.fullmatch(" ".join(words[lead:]).title()):
            start = m.start("v") + len(" ".join(words[:lead])) + (1 if lead else 0)
            out.append(PhiSpan(start, m.end("v"), "workplace"))
    return out
