"""The observer at the end of each timed row of a constant-observation log.

A psychiatric unit's q15-minute (or 1:1, line-of-sight) observation sheet is typed as one row per
check: a clock time, where the patient was, what they were doing, and who looked, the last cell
separated by a tab, a run of spaces, a bar or a dash (``0815 | dayroom | pacing | mireille c.``,
``10:30  bathroom  on phone  obs: hart, mht``). The observer is written as a first name alone, a
surname alone or a first name and an initial, often in lower case and with no title, so no other
finder sees a person there. In a note that says it is such a log (``q15``, ``observation``,
``1:1``, ``line of sight``, ``safety check``), the last cell of a row that opens with a clock time
is the observer's name when it is one or two words (or a word and an initial), maybe after
``by``, ``obs:``, ``observer:`` or ``initials:`` and before a credential (``, rn``, ``mht``,
``(tech)``, ``psych tech``), and:

* a cue stands beside it (the label before, the credential after, the initial): any word that no
  clinical or no-one word claims (``obs: pending`` stays);
* no cue: a known name that is no everyday word, or a word unknown to English; a name that is also
  an everyday word (``king``, ``sage``, ``lake``) only where most rows of the log end in a person.

A ventilator weaning log (``sbt``, ``rsbi``, ``weaning``) is read the same way: its rows end in the
respiratory therapist, as a name, after ``rt``, ``by`` or a dash, or as a log-in (``kmoss2``,
``ana.reyes``), maybe with a remark after it (``rt dana tolerated well``, ``kmoss2 rr 30``). A
surname that is also an eponym or a plain word (``wolff``, ``swift``) counts where most rows end
in a person.

A behaviour cell that ends the row (``0800  room  sleeping``, ``0815 | dayroom | calm``) names no
one and stays. Where the behaviour is a number from the sheet's legend (``06:15  2  hart``), the
cell after the code is the observer even when the word is listed as a drug's name. A last cell
``visitor ada quill (daughter)`` names the visitor (no kin word alone: ``visitor mother``), and
the cell before it is the observer's.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_login_handles import is_handle
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["NO_ONE", "clear_word", "find_observation_rows", "plain_name"]

#: last cells that say no one or say what the patient did
NO_ONE = NO_VALUE | frozenset(
    """
aware present absent none same unknown pending staff team unit floor day night charge float agency
desk station room dayroom hallway bathroom dining group asleep sleeping awake calm pacing resting
eating talking lying sitting standing walking quiet tearful anxious agitated cooperative visible
seen checked ok okay fine safe unchanged refused declined off on phone tv bed shower yes no
reading snack lunch dinner breakfast nap napping showering dressed dressing grooming toileting
outside visiting visit meds call group groups therapy activity activities watching playing
desat desats desatted tol tolerated tolerating pass passed fail failed rsbi fio2 peep cpap sbt
""".split()
)

_LOG = re.compile(
    r"\bq[ \t-]?(?:15|30)\b|observation|\bobs\b|\b1:1\b|one[ -]to[ -]one|line[ \t]+of[ \t]+sight|"
    r"safety[ \t]+(?:check|round)|\bobserver\b|"
    # a ventilator weaning log: one row per trial or setting change, the therapist last
    r"\bsbt\b|\brsbi\b|\bwean(?:ing)?\b|\bventilator[ \t]+(?:log|flowsheet|export)",
    re.I,
)
_ROW = re.compile(
    r"(?m)^[ \t]*\[?(?:[01]?\d|2[0-3]):?[0-5]\d(?:[ \t]*h(?:rs)?)?\]?(?=[ \t]*(?:\||\t| {2}| [-–] ))(.*)$"
)
#: a staff log-in as the last cell, maybe after a cue
_HANDLE_CELL = re.compile(
    r"(?:(?:by|r?rt|obs|observer|initials?|user)[ \t]*[:\-–]?[ \t]*)?"
    r"(?P<v>[A-Za-z]+(?:[._][A-Za-z]+)?\d{0,3})",
    re.I,
)
#: a cue, a name or a log-in, and a remark after it ("rt dana tolerated", "by kmoss1 ok")
_CUED_HEAD = re.compile(
    r"(?:by|r?rt|obs|observer|initials?|[-–])[ \t]*:?[ \t]+"
    r"(?P<v>[A-Za-z][A-Za-z'’]+(?:[._][A-Za-z]+)?\d{0,3})(?=[ \t]+[A-Za-z0-9])",
    re.I,
)
#: a lower-case name or log-in opening the last cell, a remark after it
_BARE_HEAD = re.compile(r"(?P<v>[a-z][a-z'’]+(?:[._][a-z]+)?\d{0,3})(?=[ \t]+[a-z0-9])")
_SEP = re.compile(r"[ \t]*\|[ \t]*|\t+[ \t]*| {2,}|[ \t]+[-–][ \t]+")
_CELL = re.compile(
    r"(?P<cue>(?:(?:obs(?:erved)?|observer|by|observed[ \t]+by|checked[ \t]+by|seen[ \t]+by|staff|"
    r"initials?(?:[ \t]*/[ \t]*name)?|inits?|sig|name|r?rt|therapist|[-–](?=[ \t]))[ \t]*[:\-–]?[ \t]*)+)?"
    r"(?P<v>(?P<a>[A-Za-z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]+)?)"
    r"(?:[ \t]+(?:(?P<i>[A-Za-z])\.?|(?P<b>[A-Za-z][A-Za-z'’]+(?:-[A-Za-z][A-Za-z'’]+)?)))?)"
    r"(?P<cred>(?:,?[ \t]*(?:rn|lpn|lvn|cna|mht|bht|pct|r?rt|crt|psych[ \t]+tech|tech|sitter|nurse|"
    r"\([^)\n]{1,20}\)))+)?[ \t.]*$",
    re.I,
)

#: a row's last cell naming who visited: "visitor ada quill (daughter)", "visited by: ida"
_VISITOR = re.compile(
    r"(?i)(?:visitors?|visited[ \t]+by|visit(?:ing)?[ \t]+(?:from|by|w/?))[ \t]*:?[ \t]*"
    r"(?P<v>[A-Za-z][A-Za-z'’-]+(?:[ \t]+[A-Za-z][A-Za-z'’-]+){0,2})[ \t]*(?:\([^)\n]{1,25}\))?[ \t.]*"
)
_KIN = frozenset(
    """mother father mom dad mum son daughter wife husband partner brother sister sibling aunt uncle
niece nephew cousin grandson granddaughter grandmother grandfather grandma grandpa friend family
guardian spouse parents parent children child kids pastor chaplain clergy neighbor neighbour""".split()
)
#: a coded behaviour cell: the code says what the patient did, the next cell who looked
_CODE = re.compile(r"\d{1,2}[a-z]?")


def clear_word(word: str, vocab: TextVocabulary, coded: bool = False) -> bool:
    """A word no clinical or no-one sense claims (in a coded row a drug-listed word is a surname
    too: the row's code says what the patient did, the cell after it who looked)."""
    return not (
        word in NO_ONE
        or word in NEVER
        # an everyday word listed among drugs as an ingredient ("lake", "stone") can be a surname
        or (
            not coded
            and word in vocab.drugs
            and not vocab.is_name(word)
            and not vocab.is_common(word, threshold=4.0)
        )
        or word in vocab.clinical
        or (is_clinical_word(word) and not vocab.is_name(word))
    )


def _visitor_word(word: str, vocab: TextVocabulary) -> bool:
    """A word of a visitor's name: no kin word, no clinical word, none that says no one."""
    return not (
        word in NO_ONE
        or word in _KIN
        or word in NEVER
        or word in vocab.clinical
        or (is_clinical_word(word) and not vocab.is_name(word))
    )


def plain_name(word: str, vocab: TextVocabulary) -> bool:
    """A name with no everyday sense, or a word English does not know."""
    if vocab.is_name(word):
        return not vocab.is_name_word(word) and not vocab.is_common(word)
    # an act's unlisted form ("fatigued") is no name
    return vocab.zipf(word) == 0 and len(word) > 2 and not word.lower().endswith(("ed", "ly"))


def _rare_plain_word(word: str, vocab: TextVocabulary) -> bool:
    """A word that may be a surname in a log of people: no very frequent word and no act's form
    (``voided``, ``ambulating``)."""
    return not vocab.is_common(word, threshold=5.0) and not word.endswith(("ed", "ing", "ly"))


def _surname_like(word: str, vocab: TextVocabulary) -> bool:
    return (vocab.is_name(word) or word in vocab.eponyms) and word not in NO_ONE and word not in NEVER


def find_observation_rows(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The observers named at the ends of the timed rows of an observation log in ``text``."""
    if not _LOG.search(text):
        return []
    rows: list[tuple[re.Match[str], int, bool] | None] = []
    visitors: list[PhiSpan] = []
    handles: list[PhiSpan] = []  # a log-in in the last cell ("pkowal28", "ana.reyes")
    for m in _ROW.finditer(text):
        cells = [c for c in _SEP.split(m.group(1)) if c.strip()]
        vm = _VISITOR.fullmatch(cells[-1].strip()) if len(cells) > 2 else None
        if vm is not None:  # "0815  8  hart  visitor ada quill (daughter)": the observer before it
            at = m.start(1) + m.group(1).rfind(cells[-1]) + len(cells[-1]) - len(cells[-1].lstrip())
            if all(_visitor_word(w.lower(), vocab) for w in vm.group("v").split()):
                visitors.append(PhiSpan(at + vm.start("v"), at + vm.end("v"), "name"))
            cells = cells[:-1]
        if len(cells) < 2:
            continue
        last = cells[-1]
        cm = _CELL.fullmatch(last.strip())
        offset = m.start(1) + m.group(1).rfind(last) + (len(last) - len(last.lstrip()))
        if cm is not None and cm["b"] and cm["cue"] and not clear_word(cm["b"].lower(), vocab):
            cm = None  # "by cole ok": a name and a remark
        if cm is None:
            hm = _HANDLE_CELL.fullmatch(last.strip())
            head = _CUED_HEAD.match(last.strip())
            if hm and re.search(r"[\d._]", hm.group("v")) and is_handle(hm.group("v"), vocab):
                handles.append(PhiSpan(offset + hm.start("v"), offset + hm.end("v"), "name"))
            elif head and (clear_word(head["v"].lower(), vocab) or is_handle(head["v"], vocab)):
                handles.append(PhiSpan(offset + head.start("v"), offset + head.end("v"), "name"))
            elif (bare := _BARE_HEAD.match(last.strip())) and (
                (bare["v"][-1].isdigit() and is_handle(bare["v"], vocab))
                or (plain_name(bare["v"], vocab) and clear_word(bare["v"], vocab))
            ):  # "hsando29 rr 30 stopped", "delphine rr 28 stopped"
                handles.append(PhiSpan(offset + bare.start("v"), offset + bare.end("v"), "name"))
            rows.append(None)
            continue
        rows.append((cm, offset, all(_CODE.fullmatch(c.strip()) for c in cells[:-1])))
    if len(rows) < 3:
        return []
    strong: list[tuple[re.Match[str], int, bool]] = []
    weak: list[tuple[re.Match[str], int, bool]] = []
    for row in rows:
        if row is None:
            continue
        cm, _, coded = row
        words = [w.lower() for w in (cm.group("a"), cm.group("b")) if w]
        if not all(clear_word(w, vocab, coded) for w in words):
            # a surname that is also an eponym or a plain word ("wolff", "swift") where most rows
            # end in a person
            if all(_surname_like(w, vocab) for w in words):
                weak.append(row)
            continue
        cued = bool(cm.group("cue") or cm.group("cred") or cm.group("i"))
        if cued or any(plain_name(w, vocab) for w in words):
            strong.append(row)
        elif all(vocab.is_name(w) or _rare_plain_word(w, vocab) for w in words):
            weak.append(row)
    people = len(strong) + len(handles)
    chosen = strong + (weak if 2 * (people + len(weak)) >= len(rows) and people else [])
    found = handles + [PhiSpan(off + cm.start("v"), off + cm.end("v"), "name") for cm, off, _ in chosen]
    return found + visitors if found else []
