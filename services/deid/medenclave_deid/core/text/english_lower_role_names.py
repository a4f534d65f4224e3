"""People named in lower case after a lower-case nursing or medical role abbreviation.

Community notes typed without capitals sign off or hand over with the writer's role first:
``cns amelia hartigan, stoma nurse``, ``hv joanne rudd to review``, ``dn team: sn priya``,
``seen by rgn tomasz wilk``. After such a role (in either case: cns, sn, dn, hv, rn, rgn, rmn, rm,
hca, np, anp, ahp, ot, slt, pa, fy1/fy2, sho, spr, reg, an Australian ``CNC``/``CNM``, a flight
nurse (``FN``), a respiratory therapist (``RT``, ``RRT``) or ``coach``, "assessed/completed/seen …
by"; a treatment log's ``Tech``/``technician``: ``Tech maria noted erythema``), a lower-case word
the given-name list holds (after a tech and before a deed, any word no everyday one: ``Tech colby
checked``, ``Tech hiền noted``) begins a person's name, and the next lower-case word is the surname
unless it is an everyday word, a clinical word or a drug. A word no given name ("cns lymphoma",
"ot assessment") or an everyday word ("hv will call") after the role names no one; a given name
that is also an everyday word ("cns owen pryce") is one only with its surname after it, or alone
in the role's slot (``Coach: tony (RT)``) where it is no very common word; after a bare "by" only
there ("Intake completed 3/4 by david").
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_lower_role_names"]

_LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u1e00-\u1eff"  # with a name's diacritics ("hiền")
_WORD = rf"[{_LOW}][{_LOW}'\u2019]+(?:-[{_LOW}][{_LOW}'\u2019]+)?"
_ROLE_NAME = re.compile(
    r"(?<![A-Za-z0-9./-])(?P<r>(?i:cns|sn|dn|hv|rn|rgn|rmn|rm|hca|np|anp|ahp|ot|slt|pa|fy[12]|sho|spr|reg|tech(?:nician)?"
    r"|cnc|cnm|fn|coach|rrt|rt"
    r"|(?:(?:completed|assessed|reviewed|seen|entered|signed|documented|done)[ \t]+)?by))"
    rf"[ \t]*[:.-]?[ \t]+(?P<g>{_WORD})(?:[ \t]+(?P<s>{_WORD}))?(?![A-Za-z0-9'\u2019-])"
)

#: a lower-case person before a nursing role: "seen by karen cns", "hilary, CNS", "nia (stoma CNS)"
_NAME_ROLE = re.compile(
    rf"(?<![A-Za-z0-9'\u2019-])(?P<a>{_WORD})(?:[ \t]+(?P<b>{_WORD}))?[ \t]*[,(-]?[ \t]*"
    r"(?:stoma[ \t]+|(?i:stoma)[ \t]+)?(?i:cns|cnc|rgn|rmn|dn|hv|hca|anp)(?![A-Za-z0-9])"
)

#: a lower-case given name before a staff role in brackets: "discussed with neil (keyworker)",
#: "reviewed with richard (CNC)", "checked by grace (pharmacist)"
_NAME_BRACKET = re.compile(
    rf"(?<![A-Za-z0-9'\u2019-])(?P<g>{_WORD})[ \t]*\([ \t]*(?i:key[ \t]?worker|pharmacist|"
    r"physio(?:therapist)?|dietitian|dietician|prescriber|social[ \t]+worker|care[ \t]+coordinator|"
    r"case[ \t]+manager|midwife|"
    r"nurse|cnc|cns|cnm|rn|rgn|en|np|gp|ot|slt|sw|hca|reg|registrar|consultant)[ \t]*\)"
)

#: where a one-word name fills its slot: the line's end, a bracket, a comma, a column's gap
_SLOT_END = re.compile(r"[ \t]*(?:$|[,;(|]|[ \t]{2})", re.M)


def _term(word: str, vocab: TextVocabulary) -> bool:
    """A clinical or drug word, or a word the engine never takes for a name."""
    return word in NEVER or word in vocab.clinical or word in vocab.drugs or is_clinical_word(word)


def _slot_term(word: str, vocab: TextVocabulary) -> bool:
    """A term for a given name alone in a role's slot: the drug list's given names that are
    everyday enough (``richard``, ``amber``, ``allison``) are no drug there."""
    if word in vocab.drugs and vocab.is_common(word, threshold=3.0):
        return word in NEVER or word in vocab.clinical or is_clinical_word(word)
    return _term(word, vocab)


def _plain(word: str, vocab: TextVocabulary) -> bool:
    """A term (above) or an everyday word."""
    return _term(word, vocab) or vocab.is_common(word, threshold=4.0)


def _tech_did(m: re.Match[str], vocab: TextVocabulary) -> bool:
    """A tech's lower-case name before a deed ("Tech colby checked the lamp", "tech hiền noted"):
    any word no everyday or clinical one (a name the lists miss, a transliterated one)."""
    given, after = m["g"], m["s"] or ""
    return (
        m[0].lower().startswith("tech")
        and bool(re.fullmatch(r"[a-z]{2,}ed", after))
        and not _plain(given, vocab)
    )


def find_lower_role_names(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """Spans ("name") of the lower-case people of the module docstring."""
    out: list[PhiSpan] = []
    for m in _ROLE_NAME.finditer(text):
        given, surname = m["g"], m["s"]
        if given not in vocab.first_names and not _tech_did(m, vocab):
            continue
        full = surname is not None and len(surname) > 2 and not _plain(surname, vocab)
        # an everyday word that is also a given name ("wayne", "owen") needs its surname after it,
        # unless it fills the role's slot alone ("Coach: tony (RT)") and is no very common word
        alone = surname is None and _SLOT_END.match(text, m.end("g")) is not None
        common = vocab.is_common(given, threshold=5.3 if alone else 4.0)
        if m["r"].lower() == "by" and not alone:
            continue  # "by" alone before a name in its slot only ("Intake completed 3/4 by david")
        if (_slot_term(given, vocab) if alone else _term(given, vocab)) or (common and not full):
            continue
        out.append(PhiSpan(m.start("g"), m.end("s") if full else m.end("g"), "name"))
    for m in _NAME_ROLE.finditer(text):
        a, b = m["a"], m["b"]
        if b is not None and a in vocab.first_names and not _term(a, vocab) and not _plain(b, vocab):
            out.append(PhiSpan(m.start("a"), m.end("b"), "name"))  # "karen lowe cns"
            continue
        given, at = (b, m.start("b")) if b is not None else (a, m.start("a"))
        if given in vocab.first_names and not _term(given, vocab):
            out.append(PhiSpan(at, at + len(given), "name"))
    for m in _NAME_BRACKET.finditer(text):
        if m["g"] in vocab.first_names and not _slot_term(m["g"], vocab):
            out.append(PhiSpan(m.start("g"), m.end("g"), "name"))
    return out
