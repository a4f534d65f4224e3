"""People named before their own e-mail address, the address spelling the name.

Forwarded threads and pasted headers write a sender or a recipient as a display name and an
address in angle brackets: ``From: Tamsin Oyelowo <tamsin.oyelowo@example.org>``, ``To: Brandt,
Kestrel <kbrandt2@example.org>``. Where a given name is unknown to the name lists, or is also a
drug's or a word's (``Corwin``, ``Juniper``), the name rules pass it by; the address beside it
says who it is. A word of the display name is the person's when the address's local part holds
it whole (``oyelowo`` in ``tamsin.oyelowo``), or when it is the initial the local part opens with
and another word of the name is held whole (``Kestrel`` for ``kbrandt2``). A display name of
everyday words (``Device Clinic <deviceclinic@…>``) names no one: a common English word counts
only where the name lists know it. A word so found is the person's wherever else the note writes
it the same way (``Thanks, Corwin``).

A message's paragraph may open on the name of the one it addresses, a comma and the sentence
(``Rose, the three below on our list …``, ``King, see below.``): in a message with header lines
(``From:``, ``To:``, ``Subject:`` …), a capitalised word the name lists know (no word of
address such as ``All``, ``Team``, ``Everyone``, no adverb) opening a paragraph before a comma
and a lower-case word is the person's (:func:`salutation_names`).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["mail_display_names", "salutation_names"]

_WORD = r"[A-Z][A-Za-z'’-]+"
#: a display name of one to four words (a comma after the surname allowed), then the address
_HEADER = re.compile(
    rf"(?<![\w@.])(?P<name>{_WORD}(?:,?[ \t]+(?:[A-Z]\.?|{_WORD})){{0,3}})[ \t]*"
    r"[<\[(](?:mailto:)?(?P<local>[A-Za-z0-9._+-]{3,64})@[A-Za-z0-9.-]+\.[A-Za-z]{2,}[>\])]"
)
#: titles and credentials around a display name are no part of it
_NOT_NAME = frozenset("dr mr mrs ms mx prof md do rn np pa phd msn bsn ccds fhrs facc".split())


def mail_display_names(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The display names of e-mail addresses that spell them (module docstring).

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    out: list[PhiSpan] = []
    for m in _HEADER.finditer(text):
        local = re.sub(r"[^a-z]", "", m["local"].lower())
        words = [
            w
            for w in re.finditer(r"[A-Za-z'’-]+", m["name"])
            if w.group().lower() not in _NOT_NAME and (len(w.group()) > 1)
        ]
        whole = [w for w in words if len(w.group()) >= 3 and w.group().lower().replace("'", "") in local]
        if not whole:
            continue
        for w in words:
            key = w.group().lower()
            held = w in whole or (key[0] == local[0] and any(o is not w for o in whole))
            if not held or (vocab.is_common(key, threshold=3.5) and not vocab.is_name(key)):
                continue
            start = m.start("name") + w.start()
            out.append(PhiSpan(start, start + len(w.group()), "name"))
    # the name again elsewhere, written the same way ("Thanks, Corwin", "Corwin's list")
    seen = {text[s.start : s.end] for s in out}
    for word in seen:
        for e in re.finditer(rf"(?<![\w@.]){re.escape(word)}(?![\w@])", text):
            if not any(s.start == e.start() for s in out):
                out.append(PhiSpan(e.start(), e.end(), "name"))
    return out


_MAIL_HEADER = re.compile(r"(?im)^[ \t>]*(?:from|to|cc|sent|date|subject)[ \t]*:")
#: a paragraph's first word, a comma, then the sentence in lower case
_OPENING = re.compile(r"(?:\A|\n[ \t>]*\n)[ \t>]*(?P<v>[A-Z][a-z]+(?:-[A-Z][a-z]+)?),[ \t]+(?=[a-z])")
#: words that open a paragraph and address no one
_NO_ADDRESSEE = frozenset(
    """all team everyone everybody folks colleagues guys sir madam doctor doc nurse hi hello hey dear
thanks sorry yes no ok okay great also however agreed noted update fyi well so again sure again
unfortunately fortunately actually meanwhile additionally finally first second third today tomorrow
yesterday overall anyway still then now please note regards best cheers patient family""".split()
)


def salutation_names(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The addressee opening a message's paragraph (module docstring).

    Args:
        text: an English note.
        vocab: the word knowledge.
    """
    if len(_MAIL_HEADER.findall(text)) < 2:
        return []
    out: list[PhiSpan] = []
    for m in _OPENING.finditer(text):
        key = m["v"].lower()
        if key not in _NO_ADDRESSEE and vocab.is_name(key):
            out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
