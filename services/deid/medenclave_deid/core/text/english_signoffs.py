"""A writer's initials after a sign-off dash, and the name parts of split name fields.

* **initials**: a handover or a message is often closed by its writer's initials after a dash,
  alone at the end of the line ("Read back and confirmed. -- KLM"). Two to four capitals there
  are a person's; an abbreviation ends a clause, it does not follow one after a dash (the few
  that do, "-- OK", "-- FYI", are named).
* **initials that sign a step**: pharmacy, lab and procedure logs have each step signed with dotted
  initials ("Prepared: R.B. CPhT", "Verified by T.W., RPh", "checked by J.K."), and so is each step
  of a specimen's way ("Collected by: A.B.", "Received by K.T."): dotted initials after a verb of
  signing a step, or before a credential, are a person's (not a dotted route, eye or time: "I.V.").
  Dotted on purpose: "BP", "PO" are no one's, and an undotted pair there stays to the sign-off rule above.
* **initials in a field**: a study subject or a patient is often named only by initials in an
  ``Initials`` field ("Subject ID 12-34   Initials KLM   Age 40Y"); two to four capitals there
  (accented ones too) are the person's, dotted or not.
* **name parts**: forms and web exports split a name into fields ("first_name: dana",
  "Last name: OKAFOR    First: ADA    MI: R"). A ``first``/``last``/``middle``/``given``/``family``
  name label holds a name whatever its case; a bare ``First:`` does only on a line that has
  already asked for the last name (elsewhere "First: check labs" is an instruction).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

#: a clause's end, a sign-off dash, then initials alone at the end of the line
_SIGNOFF = re.compile(r"[.!?)\]][ \t]+(?:--?|—|–)[ \t]*(?P<v>[A-Z]\.?(?:[A-Z]\.?){1,3})[ \t]*(?=\n|$)")
#: dotted initials (R.B., J.K.L.) after a verb of signing a step or before a credential
_DOTTED = r"(?P<v>(?<![\w.])[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?)(?![\w.])"
_SIGNED_STEP = re.compile(r"(?i:\b(?:prepared|verified|checked|compounded|dispensed|reviewed|signed|"
                          r"witnessed|performed|counted|initials|initialed|pharmacist|tech(?:nician)?|"
                          # the steps of a specimen's way: drawn, collected, packed, sent, received
                          r"collected|drawn|received|accessioned|processed|packed|packaged|shipped|"
                          r"courier|transcribed|entered|placed|read|released|witness)"
                          r"(?:[ \t]+by)?[ \t]*[:#-]?[ \t]*)" + _DOTTED)
_BEFORE_CREDENTIAL = re.compile(_DOTTED + r",?[ \t]+(?:CPhT|RPh|PharmD|RN|LPN|MD|DO|NP|PA-C|CNA|CMA|MLS|"
                                r"MT|CHT|RRT|EMT|NRP|RD|PT|OT|SLP)\b")
#: dotted abbreviations of routes, eyes, times and countries that follow such verbs ("read I.V.")
_NOT_DOTTED = frozenset("IV IM PO SC SQ PR OD OS OU AM PM US UK NA".split())
#: two to four capitals (dotted or not) filling an "Initials" field
_INITIALS_FIELD = re.compile(r"(?i:\binitials)[ \t]*[:#=]?[ \t]*"
                             r"(?P<v>(?<![\w.])(?:[A-ZÀ-ÖØ-Þ]\.?){2,4})(?![\w.])")
#: one to three name words: letters of any script, inner hyphens and apostrophes, "st." and "v."
_NAME_WORDS = r"[^\W\d_][\w'’.-]*(?:[ ][^\W\d_][\w'’.-]*){0,2}"
_NAME_PART = re.compile(r"(?im)(?<![\w])(?:first|last|middle|given|family|sur)[ _]?name[ \t]*[:=][ \t]*"
                        rf"(?P<v>{_NAME_WORDS})(?=[ \t]*(?:\n|$|[ \t]{{2}}|[,;|]))")
_BARE_FIRST = re.compile(r"(?im)\b(?:last|family|sur)[ _]?name[ \t]*:[^\n]*?[ \t](?:first|given)[ \t]*:"
                         rf"[ \t]*(?P<v>{_NAME_WORDS})(?=[ \t]*(?:\n|$|[ \t]{{2}}|[,;|]))")
#: what closes a line after a dash and is no one's initials
_NOT_INITIALS = frozenset("OK NA NB PS FYI TBD ASAP STAT NPO PRN DNR DNI AMA END".split())
#: what a name field holds when it holds no name
_NO_NAME = frozenset("n/a na none unknown not applicable same as above refused".split())


def find_signoffs_and_name_parts(text: str) -> list[PhiSpan]:
    """Initials signing a line off, and the values of first/last/middle name fields.

    Args:
        text: an English note.
    """
    out = [PhiSpan(m.start("v"), m.end("v"), "name") for m in _SIGNOFF.finditer(text)
           if m.group("v").replace(".", "") not in _NOT_INITIALS]
    out += [PhiSpan(m.start("v"), m.end("v"), "name")
            for rx in (_SIGNED_STEP, _BEFORE_CREDENTIAL, _INITIALS_FIELD) for m in rx.finditer(text)
            if rx is not _SIGNED_STEP or m.group("v").replace(".", "").replace(" ", "") not in _NOT_DOTTED]
    for rx in (_NAME_PART, _BARE_FIRST):
        for m in rx.finditer(text):
            value = m.group("v").rstrip(" .")
            if value and value.lower() not in _NO_NAME:
                out.append(PhiSpan(m.start("v"), m.start("v") + len(value), "name"))
    return out
