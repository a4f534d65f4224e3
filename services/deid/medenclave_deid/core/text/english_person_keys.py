"""Staff given names written in lower case where the line's shape says a person: an export's
``key,value`` row or a ``key: value`` line whose key says who ran or opened it, a log-in before
"@ address", and a lone word between "by" and a credential.

* ``exported_by,ingrid`` / ``opened_by: ingrid`` / ``| Operator | ingrid |``: a two-cell row or a
  labelled line whose key is a person's (exported, opened, run, printed, entered … by; user,
  operator, author, owner, surveyor, auditor), maybe after a comment's ``#`` or another pair of
  the line (``# surveyor: jdoe``, ``survey_date 2025-01-02, surveyor: jdoe, host …``); the whole
  value, when it has a handle's shape
  (:func:`~medenclave_deid.core.text.english_login_handles.is_handle`);
* ``Opened by: ingrid @ 10.1.2.3``: the word before "@" and an IP address after a person's key;
* ``checked by ingrid RN``: one word of a handle's shape between "by" and a nurse's or a
  physician's credential.

A handle's shape excludes everyday and clinical words, so "by mouth", "by phone RN" stay.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.english_login_handles import is_handle
from medenclave_deid.core.text.spans import PhiSpan
from medenclave_deid.core.text.vocabulary import TextVocabulary

__all__ = ["find_person_keys"]

_KEY = (
    r"(?:(?:exported|opened|closed|run|ran|requested|printed|created|modified|entered|performed|"
    r"reviewed|generated|submitted|approved|completed|assigned|updated|uploaded|downloaded|"
    r"scanned|signed|verified|checked|released|monitored|surveyed|audited|abstracted|collected)[ _-]?by|"
    r"user(?:[ _-]?(?:name|id|login))?|username|userid|operator|author|owner|analyst|requester|requestor|"
    # who took a survey or an audit ("# surveyor: jdoe", "auditor = mlee")
    r"surveyor|auditor|assessor|abstractor|data[ _-]?collector)"
)
_ROW = re.compile(
    # at a line's start (maybe after a comment's "#"), or after a comma of a header line of pairs
    rf"(?im)(?:^[ \t]*(?:(?:\#+|//)[ \t]*)?(?:\|[ \t]*)?|(?<=[,;])[ \t]*)(?:\"?){_KEY}(?:\"?)"
    r"[ \t]*(?:,|:|=|\t|\|)[ \t]*\"?(?P<v>[^\s,:\"@|=]+)\"?"
    r"(?P<tail>[ \t]*@[ \t]*(?:\d{1,3}\.){3}\d{1,3}|[ \t]*@[ \t]*[0-9a-fA-F:]{6,}|[ \t]*\|?[ \t]*$|"
    # another pair follows ("surveyor: jdoe, host 10.1.2.3", "Exported by: jdoe  Host: …")
    r"[ \t]*[,;][ \t]*(?=[a-z][a-z_ ]{1,20}(?:[:=]|[ \t]\d))|[ \t]{2,}(?=[a-z][a-z_ ]{1,20}[:=]))"
)
_AT_IP = re.compile(
    rf"(?i)\b{_KEY}[ \t]*:[ \t]*(?P<v>[a-z][\w.-]+)[ \t]*@[ \t]*(?:\d{{1,3}}\.){{3}}\d{{1,3}}"
)
_CREDENTIAL = re.compile(
    r"\bby[ \t]+(?P<v>[a-z]{3,14})[ \t]*,?[ \t]+(?:RN|LPN|LVN|CNA|NP|PA|PA-C|MD|DO|RT|CRNA|RPh|PharmD)\b"
)


def find_person_keys(text: str, vocab: TextVocabulary) -> list[PhiSpan]:
    """The staff names of the module docstring in an English note.

    Args:
        text: an English note.
        vocab: what is known about English words.
    """
    out = []
    for pattern in (_ROW, _AT_IP, _CREDENTIAL):
        for m in pattern.finditer(text):
            if is_handle(m["v"], vocab):
                out.append(PhiSpan(m.start("v"), m.end("v"), "name"))
    return out
