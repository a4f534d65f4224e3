"""Callback and notification logs typed in lower case: who was called, who was told, and the
patient said again; a form's labels are no one.

A laboratory's critical-value callback log, a nurse line's or a unit's call log is often typed all
in lower case, its people included, so the capitals the name rules lean on are missing. The log's
frames say who is a person instead:

* **whoever was called**: after a call's verb (``called to``, ``notified``, ``phoned``, ``paged``,
  ``spoke with``, ``read back by``, ``escalated to``, ``supervisor notified:``, ``supv:``), one to
  three words the name lists know (``amy reed``, ``reed, amy``, ``a. reed``, ``dr. reed``), then
  what says a person was reached: a credential or a role in any case (``rn``, ``charge rn``, ``np``, ``md``,
  ``(pa)``, ``(resident, 4 west)``), a call-back (``at``, ``@``, ``cb``, ``call-back``, ``x4471``, a
  phone number), or the line's end; none a clinical word, a service or a unit (``called to
  bedside``, ``notified family``, ``spoke with charge rn``, ``paged ortho at 0300``, ``called
  micu``); a page's ``call``, ``call back``, ``cb`` and ``page`` are such verbs too (``please call
  jenna at x4471``), and before a phone number any word rarer than everyday words is a name
  (``call amos 555-201-3344``);
* **the nurse at the call-back number**: a lower-case word after a call-back's number (``cb#
  (848) 415-7408 (ezra)``, ``callback: x4593 - tess``) or before a nurse's credential and a number
  (``milo RN cb 2830``, ``sage (rn) x7122``) or a call-back's ``cb``, ``@``, ``x`` (``/ ezra cb
  4157``), a name or a word rarer than everyday words; a page's sender signing off before the
  number, a role or a unit maybe between (``-- elise 4 North, 1-332-731-4366``, ``from carl on 5W
  570-858-7064``, ``- jen, charge x4471``), a listed given name only, or any word rarer than
  everyday words glued to its hyphen (``ok? -fenella +1 601 899 3912``; not a chat's ``-thx``);
* **the patient said again**: in a note whose found people are written in lower case, a found
  name's word (no everyday word, no clinical word) is that person wherever it recurs, an initial
  before it included (``k. ryan`` after ``patient: ryan``);
* **a form's label is no speaker**: a line opening with everyday words before a colon
  (``result:``, ``value:``, ``read back:``, ``log date:``), taken for a transcript's speakers
  because each recurs, names no one unless a word of it is a given name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_fields import SERVICE_WORDS
from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["called_people", "drop_label_speakers", "lower_note_echoes"]

_CRED = (
    r"(?:charge[ \t]+)?(?:rn|np|md|do|pa|pa-c|lpn|lvn|crna|aprn|fnp|cnm|resident|fellow|intern|"
    r"hospitalist|attending|pharmd|rph|nurse|mls|mlt|mt)(?:\(ascp\))?"
)
#: a name's word: never a credential or a role ("cole, tyler pa": the name ends before "pa")
_W = rf"(?!(?:{_CRED}|lead|supv|supervisor|at|cb|ext|call-?back)(?![a-z'’-]))[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?"
_NAME = rf"(?:[a-z]\.[ \t]?)?{_W}(?:,?[ \t]+(?:[a-z]\.[ \t]?)?{_W}){{0,2}}"
_CALLED = re.compile(
    r"(?:\b(?:called[ \t]+to|called|notified|phoned|paged|spoke[ \t]+(?:with|to)|read[ \t-]+back[ \t]+by|"
    r"escalated[ \t]+to|reported[ \t]+to|given[ \t]+to|relayed[ \t]+to|informed|"
    r"(?i:call)(?:[ \t-]?back)?(?:[ \t]+to)?|(?i:cb)|page)"
    r"|\b(?:supervisor|supv|supvr|lead[ \t]+tech|bench[ \t]+tech)"
    r"(?:[ \t]+(?:notified|informed|aware))?[ \t]*[:-]?)"
    r"(?:[ \t]*:)?[ \t]+(?:(?P<t>dr\.?|rn|np|pa|md|charge[ \t]+rn|resident)[ \t]+)?"
    rf"(?P<v>{_NAME})"
    rf"(?=(?P<after>,?[ \t]+(?:{_CRED}|lead|supervisor)\b|[ \t]*\((?:{_CRED}|micro|lab|lead|supv)|"
    r",?[ \t]+(?:at|@|cb|call-?back|callback|x[ \t]?\d|ext|\(?\d{3}[).\- ]|\+?1[ .-]\(?\d{3})"
    r"|[ \t]*,?[ \t]*$))",
    re.M,
)
#: a sign-off line's reviewer: the verb, one or two words, then the reviewer's role in brackets
_SIGNED = re.compile(
    r"(?im)^[ \t]*(?:reviewed|verified|checked|approved|released|audited|co-?signed|signed[ \t]+off)"
    r"(?:[ \t]+by)?[ \t]*[:-]?[ \t]+(?P<v>[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?(?:[ \t]+[a-z][a-z'’-]+)?)"
    r"[ \t]*\((?=[^)\n]{0,30}\b(?:supervisor|supv|director|lead|manager|tech|technologist|pathologist|"
    r"microbiologist|charge|resident|attending|fellow|pharmacist|coordinator|chief|md|rn|np|pa|do)\b)"
)
#: a record's patient cell written surname first: "| pt french, ada |", "patient: baker, ivo"
_PATIENT_INVERTED = re.compile(
    r"(?im)(?:^|\|)[ \t]*(?:#\d+[ \t]+)?(?:pt|patient|name)[ \t]*:?[ \t]+"
    r"(?P<v>(?P<s>[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?),[ \t]*(?P<g>[a-z][a-z'’-]+))(?=[ \t]*(?:\||;|$))"
)
#: words that open the slot without naming anyone, or close it
_SLOT_WORDS = frozenset(
    """
the a an and or to by with at on in of for from bedside family floor unit team charge nurse
provider physician doctor attending resident fellow intern covering on-call oncall service pharmacy
lab micro supervisor patient pt caller staff desk station same again back result results value
values critical verbal read call callback aware via per md np rn pa do house ortho nephro neuro
peds surg onc heme cards psych gyn obgyn hospitalist anesthesia security dispatch transport
""".split()
)
_NO_ONE = NEVER | CREDENTIAL_WORDS | _SLOT_WORDS
#: a unit's or a service's abbreviation ("micu", "sicu", "nsgy", "ctsurg")
_UNIT = re.compile(r"icu$|^(?:ns|ct|gen|vasc|plast|neuro|ortho|trauma)(?:gy|surg)$|surg$")
_NUMBER = (
    r"(?:(?:\+?1[ .-])?(?:\(\d{3}\)[ ]?|\d{3}[.-])\d{3}[.-]\d{4}|\+\d{1,2}[ ]\d{3}[ ]\d{3}[ ]\d{4}|"
    r"x[ ]?\d{3,5}|ext\.?[ ]?\d{3,5})"
)
#: a lower-case name after the call-back number ("cb# (848) 415-7408 (ezra)", "callback: x4593 -
#: tess", "cb 830.919.7420 rex rn")
_AFTER_NUMBER = re.compile(
    rf"\b(?i:cb|call[ \t-]?back|call)[ \t]*[:#]?[ \t]*(?:{_NUMBER})[ \t]*(?:[-(/][ \t]*)?"
    r"(?P<v>[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?)"
    r"(?=[ \t]*(?:[),;|]|$|\.(?:[ \t]|$)|[ \t]+(?i:rn|lpn|lvn|np)\b))",
    re.M,
)
#: a lower-case name, maybe a nurse's credential, then the extension ("milo RN cb 2830", "sage (rn)
#: x7122", "- will, RN, ext 5762", "/ ezra cb 4157", "- kurt x4391")
_BEFORE_NUMBER = re.compile(
    r"(?:^|[.;,|/][ \t]*|[ \t]-[ \t]+)(?P<v>[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?),?[ \t]*"
    r"(?:(?:\((?i:rn|lpn|lvn|np)\)|(?i:rn|lpn|lvn|np)\b),?[ \t]*(?:(?:at|@|cb|ext\.?)[ \t]*)?"
    r"|[ \t]+(?:(?:at|@|cb|ext\.?)[ \t]*|(?=x\d)))(?=(?:\+?1[ .-])?\(?\d{3}[).\- ]|x?\d{4}\b)",
    re.M,
)
#: a page's sender signing off before the call-back number, maybe with a credential, a role and a unit
#: between ("-- elise 4 North, 1-332-731-4366", "From carl on 5W 570-858-7064", "; jen, charge x4471")
_SENDER = re.compile(
    r"(?:^|[.;,|/][ \t]*|[ \t]-[ \t]*|--[ \t]*|\b(?i:from)[ \t]+)(?P<v>[a-z][a-z'’]+(?:-[a-z][a-z'’]+)?)"
    r"(?:,?[ \t]+\(?(?i:rn|lpn|lvn|np|charge(?:[ \t]+rn)?)\)?)?,?"
    r"(?:[ \t]+(?:on[ \t]+)?"
    r"(?:\d{1,2}[ \t]?(?i:north|south|east|west|[nsew])|\d[A-Za-z]{1,3}|[A-Z]{2,5})\b,?)?"
    rf"[ \t]+(?:(?:at|@|cb)[ \t]+)?(?={_NUMBER}\b)",
    re.M,
)
#: the words a page signs off with that name no one ("-thx 555-201-3344")
_CHAT = frozenset("thx thanks ty tia pls plz asap fyi btw cb ok okay stat call page".split())
#: a phone number or an extension right after the name ("amos at x7544", "amos (555) 201-3344")
_PHONE_NEXT = re.compile(
    r",?[ \t]+(?:(?:at|@|cb)[ \t]*)?(?:(?:\+?1[ .-])?\(?\d{3}[).\- ][ ]?\d{3}|x[ \t]?\d{3,5}\b|ext)"
)
_TURN = re.compile(r"(?m)^[ \t]*(?:\d{1,2}:?\d{2}[ \t]+)?$")
_COLON = re.compile(r"[ \t]*:")
_INITIAL = re.compile(r"(?<![A-Za-z0-9.])[a-z]\.[ \t]?$")


def _person_words(
    words: list[str], vocab: TextVocabulary, *, titled: bool, sure: bool = False, phoned: bool = False
) -> bool:
    rare_ok = titled or any(vocab.is_name(w.strip(".,'’")) for w in words if len(w.strip(".,'’")) > 1)
    # "called to: ada castle pa": after a known name, before a role, any word is the surname
    given_first = (
        sure
        and len(words) == 2
        and vocab.is_name(words[0])
        and not vocab.is_name_word(words[0])
        and not vocab.is_common(words[0], threshold=4.5)
    )
    for i, raw in enumerate(words):
        w = raw.strip(".,'’")
        if len(w) < 2:
            continue
        # a service or a unit is called too ("paged ortho", "called micu @ 0300", "house supervisor")
        if (
            w in _NO_ONE
            or w in SERVICE_WORDS
            or w in vocab.clinical
            or is_clinical_word(w)
            or _UNIT.search(w)
        ):
            return False
        # a rare word (an unlisted surname) beside a listed name or after "dr."
        # "call amos at x7544": before a phone number, any word rarer than everyday words, but
        # no adjective or verb form ("reachable at (614) …", "texting at")
        rare = vocab.zipf(w) < (4.0 if phoned else 2.5) and not re.search(r"(?:able|ible|ing|ed|ly)$", w)
        if not vocab.is_name(w) and not ((rare_ok or phoned) and rare) and not (given_first and i == 1):
            return False
    return True


def called_people(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The people reached in a call log (module docstring), as name spans."""
    out: list[PhiSpan] = []
    for m in _CALLED.finditer(text):
        value = m.group("v")
        words = [w for w in re.split(r"[ \t,]+", value) if w]
        # a bare surname needs a title, a credential or a supervisor's slot
        alone = len([w for w in words if len(w.strip(".")) > 1]) == 1
        slot = text[m.start() : m.start("v")]
        if alone and not (
            m.group("t")
            or m.group("after").strip(" \t,(")
            or "sup" in slot
            or "lead" in slot
            or "escalated" in slot
        ):
            continue
        # an everyday word that is a name ("stone", "hart") only where the slot or a role says so
        sure = bool(m.group("t") or m.group("after").strip(" \t,") or "sup" in slot or "escalated" in slot)
        phoned = bool(_PHONE_NEXT.match(text, m.end("v")))
        if _person_words(words, vocab, titled=bool(m.group("t")), sure=sure, phoned=phoned) and (
            sure or not all(vocab.is_name_word(w.strip(".")) for w in words if len(w.strip(".")) > 1)
        ):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    for rx in (_AFTER_NUMBER, _BEFORE_NUMBER):
        for m in rx.finditer(text):
            if _person_words([m.group("v")], vocab, titled=False, sure=True, phoned=True):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    # a sender with no credential: a listed given name only
    for m in _SENDER.finditer(text):
        word = m.group("v")
        # "; will 555-201-3344" in prose: no word as everyday as "will" or "may"
        # "ok? -fenella +1 601 899 3912": a sign-off glued to its hyphen, any word rarer than
        # everyday words but a chat's own ("-thx", "-pls")
        glued = text[m.start("v") - 2 : m.start("v")] == " -" and word not in _CHAT
        if (
            vocab.is_name(word)
            and not vocab.is_common(word, threshold=5.5)
            and _person_words([word], vocab, titled=False, sure=True)
        ) or (glued and _person_words([word], vocab, titled=False, sure=True, phoned=True)):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    # "reviewed: okafor (micro supervisor)": any word is the reviewer's name, a body part's too
    for m in _SIGNED.finditer(text):
        words = m.group("v").lower().split()
        if not any(w in _NO_ONE or w in SERVICE_WORDS or _UNIT.search(w) for w in words):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    # "pt french, ada": after a listed given name, the word before its comma is the surname
    for m in _PATIENT_INVERTED.finditer(text):
        given, surname = m.group("g").lower(), m.group("s").lower()
        if (
            given in vocab.first_names
            and not vocab.is_name_word(given)
            and surname not in _SLOT_WORDS
            and surname not in CREDENTIAL_WORDS
            and not vocab.is_common(surname, threshold=6.0)  # "the", "and": no "french", "english"
            and not is_clinical_word(surname)
            and surname not in vocab.clinical
        ):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out


def drop_label_speakers(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """``spans`` without a lower-case line-opening label of everyday words (module docstring), nor
    that label said again in the log's lines (``read back by``)."""
    labels: set[str] = set()
    for s in spans:
        value = text[s.start : s.end]
        if s.category == "name" and value.islower() and _COLON.match(text, s.end):
            line_start = text.rfind("\n", 0, s.start) + 1
            words = value.split()
            if (
                _TURN.match(text[line_start : s.start])
                and all(
                    vocab.zipf(w) >= 4.0 and w not in vocab.first_names and w not in vocab.name_dominant
                    for w in words
                )
                and (len(words) > 1 or not vocab.is_name(words[0]))
            ):
                labels.add(value)
    if not labels:
        return spans
    return [s for s in spans if s.category != "name" or text[s.start : s.end] not in labels]


def _lower_note(text: str, spans: list[PhiSpan]) -> bool:
    names = [text[s.start : s.end] for s in spans if s.category == "name"]
    lower = [n for n in names if n.islower()]
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(lower) >= 2 and len(lower) * 2 >= len(names) and upper * 20 <= len(letters)


def lower_note_echoes(text: str, spans: list[PhiSpan], vocab: TextVocabulary) -> list[PhiSpan]:
    """Found people's words said again in a lower-case note (module docstring)."""
    if not _lower_note(text, spans):
        return []
    keys: set[str] = set()
    for s in spans:
        if s.category != "name":
            continue
        for w in re.findall(r"[a-z][a-z'’-]+", text[s.start : s.end]):
            if (
                len(w) >= 3
                and vocab.is_name(w)
                and not vocab.is_name_word(w)
                and w not in _NO_ONE
                and w not in vocab.clinical
                and w not in vocab.drugs
                and not is_clinical_word(w)
            ):
                keys.add(w)
    out: list[PhiSpan] = []
    if not keys:
        return out
    body = re.compile(
        r"(?<![A-Za-z0-9'’-])(?:" + "|".join(sorted(map(re.escape, keys))) + r")(?![A-Za-z0-9'’-])"
    )
    for m in body.finditer(text):
        init = _INITIAL.search(text, max(0, m.start() - 4), m.start())
        out.append(PhiSpan(init.start() if init else m.start(), m.end(), "name"))
    return out
