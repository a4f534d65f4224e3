"""Staff in the ``key=value`` lines of an imaging or a device export, by the key's role.

A total-body photography station, a scanner or a reader's workstation exports a session as
``key=value`` (or ``key: value``) lines, one or several pairs to a line. Who took and who read
the images is named by a key the generic readers do not list, in two shapes:

* **a log-in**: ``photographer=tkeswick``, ``captured_by: t.keswick``, ``tech_login=TKESWICK``,
  ``photo_user=keswickt2``: the value of a person's key, when it has a log-in's shape
  (:func:`~medenclave_deid.core.text.english_export_logins.login_length`: no everyday or clinical
  word, no system account), or one run of 13 to 24 letters in one case (``tmerriweather``) that is
  no word;
* **an inverted name**: ``reviewer=Juniper, Elspeth``, ``read_by = Sallow,Corwin MD``,
  ``reviewing_dermatologist: "IVERACH, N."``: ``Surname, Given`` (maybe no space after the comma,
  a given name or initials, a credential after), even where a word is an everyday word or a
  town's name: the key says it is a person.

A person's key: a staff role (photographer, technologist, sonographer, reader, reviewer,
dermatologist, operator …), maybe after a word (``reviewing_dermatologist``, ``lead_photographer``)
and before ``_login`` / ``_id`` / ``_user``; a staff verb with "by" (``captured_by``, ``imaged_by``,
``read_by``, ``signed_by``); or a word before ``_login`` / ``_user`` / ``_username``. The key
opens its line (maybe after a comment's ``#``) or follows a space, a bar, a comma or a semicolon on a line
of two or more pairs, so a sentence's "reviewed by: phone" is no key and a clinical word no name.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.delimited_columns import NO_VALUE
from medenclave_deid.core.text.english_export_logins import login_length
from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_export_staff_keys"]

_ROLE = (
    r"(?:photographer|technologist|tech|technician|sonographer|radiographer|imager|reader|reviewer|"
    r"dermatologist|clinician|physician|provider|nurse|operator|user|author|staff|assistant|scribe|"
    r"pathologist|radiologist|consultant|practitioner|signer|approver|verifier|examiner|specialist)"
)
_STAFF_VERB = (
    r"(?:captured|imaged|photographed|photo|taken|shot|acquired|scanned|read|reviewed|review|signed|"
    r"approved|verified|performed|done|seen|checked|entered|recorded|uploaded|exported|completed|"
    r"examined|assessed|interpreted|reported|dictated|mapped|reported)"
)
_SUFFIX = r"(?:login|id|user|username|userid|name|handle|account)"
_KEY = (
    rf"(?:[a-z]+[_.-])?(?:{_STAFF_VERB}[_-]?by|{_ROLE}(?:[_.-]?{_SUFFIX})?)"
    r"|[a-z]+[_.-](?:login|user|username|userid|handle)"
)
#: a key opening its line, or following a space, a bar, a comma or a semicolon (then checked: a line of pairs)
_PAIR = re.compile(
    rf"(?im)(?:^|(?<=[ \t|;,]))(?<![\w.-])(?P<k>{_KEY})"
    r"[ \t]*[=:][ \t]*(?P<q>\"?)(?P<v>[^\n\"]{1,60}?)(?P=q)"
    r"(?=[ \t]*$|[ \t]*[|;]|[ \t]*,?[ \t]+[A-Za-z][\w.-]{0,30}[ \t]*[=:](?!//))"
)
#: a line's opening before its first key (a comment's "#" maybe)
_OPENING = re.compile(r"[ \t]*(?:(?:\#+|//)[ \t]*)?")
#: any key of a pair ("lesion_count=", "site: ")
_ANY_PAIR = re.compile(r"(?<![\w.-])[A-Za-z][\w.-]{0,30}[ \t]*[=:][ \t]*\S")
#: an initial and a surname run together, in one case, longer than a handle's usual twelve letters
_LONG_LOGIN = re.compile(r"[a-z]{13,24}\d{0,3}|[A-Z]{13,24}\d{0,3}")
_WORD = r"[A-Z][A-Za-z'’-]+"
_CREDENTIAL = r"(?:,?[ ]+(?:[A-Z]{2,6}|M\.?D\.?|D\.?O\.?|Ph\.?D\.?)(?:[ ,/]+[A-Z]{2,6})*)"
#: staff credentials with a vowel, never a given name after a comma
_CREDENTIALS = frozenset(
    "CNA EMT APRN ARNP RPA PA MA CMA RDMS RVT RDCS DO OT PT RT RN LPN LVN NP ACNP".split()
)
_INVERTED = re.compile(
    rf"(?P<n>(?P<s>{_WORD}(?:[ ]{_WORD})?),[ ]?(?P<g>{_WORD}(?:[ ][A-Z]\.?)?|[A-Z]\.(?:[ ]?[A-Z]\.)?))"
    rf"{_CREDENTIAL}?"
)


def _given_part(surname: str, given: str) -> bool:
    """Whether ``given`` after ``surname``'s comma reads as a given name, not a credential
    (``Tech: Wilhelmina Crane, CCT``): in capitals only after a surname in capitals, and then
    with a vowel and no staff credential's letters."""
    if not given.isupper() or len(given.rstrip(".")) < 2:
        return True
    return surname.isupper() and bool(re.search("[AEIOUY]", given)) and given not in _CREDENTIALS


def _plain_words(words: list[str], vocab: TextVocabulary) -> bool:
    """Whether no word is a clinical word, a never-name word or a no-one cell."""
    for word in words:
        low = word.lower().strip(".")
        if len(low) < 2:
            continue
        if low in NEVER or low in NO_VALUE or is_clinical_word(low) or low in vocab.clinical:
            return False
    return True


def _long_login(value: str, vocab: TextVocabulary) -> int:
    """The length of a log-in longer than a handle's usual twelve letters ("tmerriweather"), else 0."""
    if not _LONG_LOGIN.fullmatch(value):
        return 0
    letters = value.lower().rstrip("0123456789")
    if (
        letters in NEVER
        or is_clinical_word(letters)
        or letters in vocab.clinical
        or vocab.is_common(letters, threshold=3.0)
    ):
        return 0
    return len(value)


def find_export_staff_keys(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The log-ins and the inverted names after a person's key in ``text``'s export lines.

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out: list[PhiSpan] = []
    for m in _PAIR.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        # a key inside a line: only on a line of two or more pairs
        if not _OPENING.fullmatch(text[ls : m.start("k")]):
            le = text.find("\n", m.end())
            if len(_ANY_PAIR.findall(text[ls : le if le >= 0 else len(text)])) < 2:
                continue
        value, at = m["v"], m.start("v")
        if value.lower() in NO_VALUE:
            continue
        if n := login_length(value, vocab) or _long_login(value, vocab):
            out.append(PhiSpan(at, at + n, "name"))
            continue
        inv = _INVERTED.fullmatch(value)
        if inv and _given_part(inv["s"], inv["g"]) and _plain_words(re.split(r"[ ,.]+", inv["n"]), vocab):
            out.append(PhiSpan(at + inv.start("n"), at + inv.end("n"), "name"))
    return out
