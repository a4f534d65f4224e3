"""A log's staff by their log-in: a given name paired with its log-in, and a log-in under a log label.

A draw-station (or any workstation) log names its people by the account they print or draw
under, in shapes no roster label introduces:

* **a name paired with its log-in**: ``Basil / babernathy``, ``HOPE [HDAVILA]``, ``Dennis
  (DBOONE)``, ``Hope - hdavila``, ``hdavila (Hope)``, ``Hope/hdavila`` -- a capitalised (or
  capitals) given name and, in brackets, after a slash or dash or in the next cell (``| Dagny |
  dsantiago |``: there only an initial and a name, or a number at its end), a one-word log-in of
  one case that begins with the name's initial and is no everyday or clinical word (in capitals,
  five letters or more: not ``FEV1/FVC``; no kin word: not ``Pham (partner)``): the pair vouches
  for both, so the name may be an everyday word (Hope, Basil, Blue);
* **a log-in under a log's label**: ``user=jhawk``, ``USER: JHAWK``, ``Logged in: jhawk``,
  ``printed 03/04/2024 14:02 by jhawk @ 10.2.3.4``, ``Station 3 (jhawk)``, ``on 10.2.3.4
  [jhawk]``, ``Signed off: jhawk``, ``Opened by jhawk 06:58``, a sign-off line ``-- jhawk`` --
  a lower-case (or capitals) word with no everyday or clinical reading.

:func:`find_draw_log_staff` takes both as found staff, so their other mentions (``hemolyzed;
asheppard redrew``, ``RUBY NOTIFIED``) are echoed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_words import KINSHIP, NEVER
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_log_logins", "log_logins"]

_LOGIN = r"[a-z][a-z]{2,19}\d{0,3}|[A-Z][A-Z]{2,19}\d{0,3}"
_GIVEN = r"[A-Z][a-z'\u00e0-\u00ff-]+|[A-Z][A-Z'-]+"
#: a given name then its log-in in brackets, after a slash or dash or in the next cell, or a
#: lower-case log-in then its name
_PAIRED = re.compile(
    rf"(?<![\w.@/-])(?:(?P<n1>{_GIVEN})(?:[ ]?\((?P<l1>{_LOGIN})\)|[ ]?\[(?P<l2>{_LOGIN})\]"
    rf"|[ ]?/[ ]?(?P<l3>{_LOGIN})|[ ][-\u2013][ ](?P<l4>{_LOGIN})"
    rf"|[ \t]*[|\t][ \t]*(?P<l6>[a-z]{{3,20}}\d{{0,3}}))"
    rf"|(?P<l5>[a-z]{{3,20}}\d{{0,3}})[ ]?(?:\((?P<n2>{_GIVEN})\)|/[ ]?(?P<n3>{_GIVEN})))(?![\w@/-])"
)
#: a log-in after a log's label: user=, logged in:, printed/opened/closed/signed by, a sign-off
_LABELLED = re.compile(
    rf"(?im)(?:\b(?:user(?:[ _]?(?:name|id))?|log(?:ged)?[ -]?in(?:[ ]as)?|operator|signed[ ]off)"
    rf"[ \t]*(?:[:=]|[ ]by)?[ \t]*|\b(?:printed|opened|closed|run|generated|signed)[ ]+"
    rf"(?:[^\n]{{0,30}}?[ ])?by[ ]+|^[ \t]*(?:--|\u2014)[ ]*|\bstation[ ]\w{{1,3}}[ ]\(|"
    rf"(?:\d{{1,3}}\.){{3}}\d{{1,3}}[ ]+\[|\bpage[ ]\d+[ ]of[ ]\d+[ \t]+)"
    rf"(?-i:(?P<login>{_LOGIN}))(?![\w@-]|\.\w)"
)
_NOT_LOGIN = frozenset("admin system root guest auto interface sys user lab staff self".split())


def _is_login(value: str, vocab: TextVocabulary) -> bool:
    lower = value.lower()
    word = lower.rstrip("0123456789")
    return not (
        lower in NO_VALUE | NEVER | _NOT_LOGIN
        or ((word in vocab.clinical or is_clinical_word(word)) and not vocab.is_name(word[1:]))
        or (word == lower and vocab.is_common(word))
    )


def _is_given(value: str, login: str, vocab: TextVocabulary) -> bool:
    """No clinical word but a name's (Iris, Sage) or one before an initial-and-surname log-in
    (``Blue - blee``); an everyday word (Blue, Hope) only beside
    a log-in of 5+ letters or of an initial and a name (``blee``)."""
    lower = value.lower()
    clinical = lower in vocab.clinical or lower in vocab.drugs or is_clinical_word(lower)
    named = vocab.is_name(lower) or vocab.is_name(login[1:].lower())
    return not (lower in NEVER | _NOT_LOGIN or (clinical and not named)) and (
        len(login) >= 5
        or vocab.is_name(login[1:].lower())
        or vocab.is_name(lower)
        or not vocab.is_common(lower)
    )


def find_log_logins(text: str, vocab: TextVocabulary) -> list[tuple[int, str]]:
    """``(offset, value)`` of each paired name and log-in and each labelled log-in (docstring)."""
    out: list[tuple[int, str]] = []
    for m in _PAIRED.finditer(text):
        name_g = next(g for g in ("n1", "n2", "n3") if m.group(g))
        login_g = next(g for g in ("l1", "l2", "l3", "l4", "l5", "l6") if m.group(g))
        name, login = m.group(name_g), m.group(login_g)
        if login_g == "l6" and not (vocab.is_name(login[1:].rstrip("0123456789")) or login[-1].isdigit()):
            continue  # "R. Dragomir | demineralized bone": a next cell's log-in is an initial and a name
        if (
            name[0] == login[0].upper()
            and name.lower() != login.lower()
            and len(login) >= 4
            and (login.islower() or len(login.rstrip("0123456789")) >= 5)  # not "FEV1 (FVC)"
            and (
                _is_login(login, vocab)
                or (vocab.is_name(login[1:].lower()) and login.lower() not in KINSHIP)  # not "Pham (partner)"
            )
            and _is_given(name, login, vocab)
        ):
            out += [(m.start(name_g), name), (m.start(login_g), login)]
    for m in _LABELLED.finditer(text):
        if _is_login(m["login"], vocab) and len(m["login"]) >= 4:
            out.append((m.start("login"), m["login"]))
    return out


@lru_cache(maxsize=8)
def log_logins(text: str) -> frozenset[str]:
    """Every log-in the note pairs with a name of its initial or writes under a log's label, by
    shape alone: a finder's log-in that an everyday-word filter must leave (``diyer``, not
    "DIY-er"). Read once per note: the filter asks for each span it weighs."""
    out = {m["login"] for m in _LABELLED.finditer(text)}
    for m in _PAIRED.finditer(text):
        name = next(m.group(g) for g in ("n1", "n2", "n3") if m.group(g))
        login = next(m.group(g) for g in ("l1", "l2", "l3", "l4", "l5", "l6") if m.group(g))
        paired = name[0] == login[0].upper() and name.lower() != login.lower()
        out.update({login} if paired and login.lower() not in KINSHIP | NEVER else ())  # not "Pham (partner)"
    return frozenset(out)
