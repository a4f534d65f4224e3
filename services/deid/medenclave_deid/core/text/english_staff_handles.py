"""Staff log-in handles in audit lines, e-signatures and charting stamps.

Electronic records name the member of staff who entered, viewed or co-signed something by their
system handle: ``user: jsmith2``, ``RN: ktran``, ``cosigned by hliu``, ``Author: xzhang3``,
``viewed by pwang``. A handle names a person as surely as their name does. A lower-case word is
such a handle only where both hold:

* **an audit or role label stands right before it**: ``user``, ``user id``, ``login``,
  ``author``, a role with a colon (``RN:``, ``MD:``, ``scribe:``) or a charting verb with ``by``
  (``entered by``, ``cosigned by``, ``viewed by``);
* **the word has a handle's shape**: one or two initials and a known surname (``ktran``,
  ``hliu``, ``jsmith``) or a surname and an initial (``smithj``), perhaps with a short number at
  the end (``jsmith2``), and is no everyday word, inflected or not, nor clinical vocabulary
  (``entered by mistake``, ``cosigned by attending``, ``RN: paged`` and ``RN: nad`` stay).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_words import NEVER
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary, is_clinical_word

__all__ = ["find_staff_handles"]

_VERBS = (
    r"entered|edited|modified|updated|viewed|accessed|opened|printed|co-?signed|signed|"
    r"approved|verified|read[ ]back|released|acknowledged|documented|charted|scanned|created|"
    r"closed|reviewed|authenticated|performed|administered|witnessed|ordered|filed|amended|"
    r"completed|transcribed|dictated|locked|unlocked|logged"
)
_ROLES = (
    r"RN|LPN|LVN|MD|DO|NP|PA|RT|CNA|RPh|PharmD|CRNA|tech|technician|scribe|nurse|provider|"
    r"attending|resident|fellow|cosigner|co-signer|witness|pharmacist|author|operator|clerk|"
    r"verifier|reviewer|performer"
)
_HANDLE = re.compile(
    rf"(?i:\b(?P<user>user(?:[ _-]?(?:id|name))?|username|userid|login(?:[ _-]?id)?|log-in|uid)\b|\b(?:"
    rf"by[ _]user|(?:{_VERBS})[ \t]+by(?:[ \t]+user)?|(?:{_ROLES})[ \t]*(?:id[ \t]*)?:))"
    r"[ \t]*[:#=]?[ \t]*(?P<v>[a-z][a-z0-9._]{2,19}?)(?![\w@-]|\.\w)"
)
_NUMBERED = re.compile(r"[a-z]{2,12}[._]?\d{1,4}")
_LETTERS = re.compile(r"[a-z]{3,16}")


#: system and interface accounts, no person's handle (``user: epic1``, ``by interface2``)
_SYSTEM = frozenset("admin system epic cerner interface batch auto test sys job svc service bot".split())


def _surname_shaped(word: str, vocab: TextVocabulary) -> bool:
    """One or two initials before a known surname of three letters or more, or such a surname
    before one initial (``ktran``, ``hliu``, ``smithj``)."""
    return any(len(rest) >= 3 and rest in vocab.last_names for rest in (word[1:], word[2:], word[:-1]))


def _inflected(word: str, vocab: TextVocabulary) -> bool:
    """An everyday word with an ending (``paged``, ``reviews``, ``charting``)."""
    return any(
        word.endswith(end) and len(word) - len(end) >= 3 and vocab.is_common(word[: -len(end)])
        for end in ("s", "d", "ed", "ing", "er", "ly")
    )


def _is_handle(word: str, vocab: TextVocabulary, *, account: bool = False) -> bool:
    """A handle's shape (module docstring); after an account's own label (``User ID:``) an
    unknown word of six letters or more too (``tquarrington``: a surname the lists lack)."""
    letters = word.rstrip("0123456789._")
    if (
        letters in NEVER
        or letters in _SYSTEM
        or is_clinical_word(letters)
        or letters in vocab.clinical
        or not _LETTERS.fullmatch(letters)
        or vocab.is_common(letters, threshold=2.5)
        or _inflected(letters, vocab)
    ):
        return False
    if not (letters == word or _NUMBERED.fullmatch(word) is not None):
        return False
    return _surname_shaped(letters, vocab) or (account and len(letters) >= 6 and vocab.zipf(letters) == 0)


def find_staff_handles(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """Spans of the staff handles after an audit or role label in ``text``."""
    return [
        PhiSpan(m.start("v"), m.end("v"), "name")
        for m in _HANDLE.finditer(text)
        if _is_handle(m.group("v"), vocab, account=m.group("user") is not None)
    ]
