"""Staff named in the terse shapes of hourly flowsheets, rooming lines, copy lines and scribe lines.

* **the signer at the end of a timed row, whatever sets the cells apart**: an hourly flowsheet
  (an insulin drip, a post-procedure observation sheet) is typed one row per check, a clock time
  first, then the readings, then the nurse's initials, set off by a bar, a tab, a comma, a dash or
  a bracket, or after ``RN``, ``init`` or ``by`` (``0200 BG 312 mg/dL, gtt 6 units/hr - KT``,
  ``10:00 | BP 117/74 | 86 | dry | GG``, ``0300 … (HM RN``, ``… init DC/LD``). Two or three
  capitals (or a pair of them joined by a slash) close the row, maybe before a credential; after a
  space alone only a pair or a credential marks them (``20 ft SBA`` stays). Such a
  row needs a reading (a digit) between its time and its end; initials without a cue or a
  credential count only where two or more rows of the note end that way. Capitals that a row ends
  with as a reading, a route, a rhythm, an oxygen device, a unit or a step of the drip (``RA``,
  ``NC``, ``NSR``, ``IV``, ``KVO``, ``DC``, ``MM``) are no one's initials.
* **a rooming assistant's initials beside the credential**: ``MA | FP``, ``Intake (MA GT)``,
  ``CMA: LP``: a medical assistant's credential, then a bar, a colon or a dash (or a space inside
  a bracket), and two or three capitals closing the cell (``Worcester, MA USA`` stays);
* **a copied physician as an initial and a surname**: ``cc: N. Haverford fax …``: after a copy
  line's label the initial and the capitalised word are the recipient, even where the word is also
  a place;
* **a scribe in capitals**: ``SCRIBED BY CORWIN MBEKI IN THE PRESENCE OF …``, ``SCRIBE: JUNE
  ASHDOWN FOR DR. …``: the one to three words after the scribe's label, up to ``IN THE PRESENCE``,
  ``FOR``, a comma or the line's end, are the scribe's name even where a word is a month or an
  everyday word, unless a word is clinical or says no one (``SCRIBE: NONE``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import CREDENTIAL_WORDS, NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["ROW_NOT_INITIALS", "find_timed_row_signers"]

_INIT = r"[A-Z]{2,3}"
_CLOCK = r"(?:[01]?\d|2[0-3]):?[0-5]\d"
#: a row: a clock time opening the line (maybe after a bar or a bullet), a reading, and the signer
_ROW = re.compile(
    rf"(?m)^[ \t|*•-]*{_CLOCK}\b(?P<body>[^\n]*?\d[^\n]*?)"
    r"(?P<cue>[ \t]*(?:(?:[|\t,(]|[-–—])(?:[ \t]*[-–—(])?"
    r"|\b(?P<label>RN|RN:|init|init:|inits?:?|initials:?|Init:?)(?=[ \t])|by|BY)"
    r"[ \t]*|[ \t]+)"
    rf"(?P<i>{_INIT})(?:[ \t]*/[ \t]*(?P<j>{_INIT}))?"
    r"(?P<cred>[ \t]*,?[ \t]*\(?(?:RN|LPN|LVN|CNA|RT)\)?)?[ \t]*[)|]?[ \t]*$"
)
#: capitals that end a timed row as a reading, a route, a rhythm, a device, a unit or a drip's step
ROW_NOT_INITIALS = frozenset(
    """
bp hr rr map cvp icu ccu picu nicu ed er or pacu na ok ns lr iv io po pr sl sc sq im ng og ett et mm cm ml
mg kg hg gi gu bm uo uop npo dnr ama abg vbg ecg ekg eeg ct mri us prn stat on off yes no ra la nc nrb hfnc
fm nsr sr st sb af vf vt svt pvc pac aflutter afib kvo tko dc hold held wnl nad cdi pt ua qs bg fs poc am pm
hob oob brp bsc gcs loc aox ao ax tm ox amb rom cms nv pain d5 d10 dw hs ac pc bid tid qid qd pca ld rue lue
rle lle rll rul rml lll lul iu gtt min hr hrs sec neg pos tr mod sm lg cap ref wd md do sba cga max jp
peg ngt abx cam ivf tpn ppn cbg prbc ffp plt bmp cmp cbc lfts inr ptt ice sat abd ext neuro resp
""".split()
)
#: a medical assistant's credential, then the initials closing the cell
_MA = re.compile(
    r"(?m)(?:\b(?:C?MA|RMA|CCMA)[ \t]*[:|–—-][ \t]*|\((?:C?MA|RMA|CCMA)[ \t]+)"
    r"(?P<v>[A-Z]{2,3})(?=[ \t]*(?:[|\t,;)]|$))"
)
#: a copy line's recipient as an initial and a surname
_CC = re.compile(
    r"(?m)^[ \t]*(?:cc|CC|Cc|copy to|Copy to|Copies to)[ \t]*:[ \t]*(?:Dr\.?[ \t]+)?"
    r"(?P<v>[A-Z]\.[ \t]?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?=[ \t]*(?:[,;(]|\b(?:fax|MD|DO|PCP)\b|$))"
)
_SCRIBE = re.compile(
    r"\b(?:SCRIBED BY|Scribed by|SCRIBE(?:[ \t]*[:–—-])|Scribe[ \t]*[:–—-])[ \t]*"
    r"(?P<v>[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z]\.?)?(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2}?)"
    r"(?=[ \t]*(?:[,;(]|$|\bIN THE PRESENCE\b|\bin the presence\b|\bFOR\b|\bfor\b|\bAS\b))",
    re.M,
)
_NO_ONE = frozenset("none n/a na unknown pending self not applicable nobody".split())


def _person(initials: str, vocab: TextVocabulary, labelled: bool = False) -> bool:
    """Initials that are no reading, route or unit; after a signer's label (``init SM``) only a
    credential, a function word or a clinical word is none."""
    w = initials.lower()
    if w in CREDENTIAL_WORDS or w in NEVER or w in vocab.clinical:
        return False
    return labelled or w not in ROW_NOT_INITIALS


def _row_signers(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    cued: list[PhiSpan] = []
    bare: list[PhiSpan] = []
    for m in _ROW.finditer(text):
        labelled = bool(m["label"] or m["cred"])
        if not m["cue"].strip() and not (m["cred"] or m["j"]):
            continue  # "0800 ambulated 20 ft SBA": a space alone sets off no signer
        names = [g for g in ("i", "j") if m[g] and _person(m[g], vocab, labelled)]
        if not names:
            continue
        if m["j"]:  # a pair of initials (``DC/LD``): both sign, unless one is a credential or a word
            names = [g for g in ("i", "j") if m[g].lower() not in CREDENTIAL_WORDS | NEVER]
        found = [PhiSpan(m.start(g), m.end(g), "name") for g in names]
        explicit = m["cred"] or m["j"] or m["cue"].strip() not in ("", ",", "-", "–", "—")
        (cued if explicit else bare).extend(found)
    rows = len(cued) + len(bare)
    return cued + bare if rows >= 2 else cued


def _scribe(value: str, vocab: TextVocabulary) -> bool:
    words = [w.lower() for w in re.findall(r"[A-Za-z'’]+", value)]
    return bool(words) and not any(
        w in _NO_ONE or w in vocab.clinical or w in CREDENTIAL_WORDS for w in words
    )


def find_timed_row_signers(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """Row signers, rooming assistants, copied physicians and scribes (module docstring).

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    spans = _row_signers(text, vocab)
    spans += [PhiSpan(m.start("v"), m.end("v"), "name") for m in _MA.finditer(text) if _person(m["v"], vocab)]
    spans += [PhiSpan(m.start("v"), m.end("v"), "name") for m in _CC.finditer(text)]
    spans += [
        PhiSpan(m.start("v"), m.end("v"), "name") for m in _SCRIBE.finditer(text) if _scribe(m["v"], vocab)
    ]
    return spans
