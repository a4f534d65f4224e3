"""The leak guard for notes: the patient's known identifiers must not survive, in any form.

The deny-list already replaces the patient's values where they occur verbatim; this check looks
again, more broadly, at what is about to leave: case-insensitively, with accents folded, with
separators ignored in identifiers (``77-QX`` = ``77 qx`` = ``77QX``) and spaces ignored between
ideographs (``王 小 东``). A note that fails is quarantined by the caller, never written.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["NOTE_LEAK", "leaked_categories"]

#: the reason code of a note the guard refused
NOTE_LEAK = "leak_guard"
_SEPARATORS = re.compile(r"[\s\-_./()（）:：#,，]+")
_CJK = re.compile(r"[\u3400-\u9fff]")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode() \
        if text.isascii() is False and not _CJK.search(text) else text


def leaked_categories(text: str, deny: list[tuple[str, str]]) -> list[str]:
    """The categories of deny-listed values still present in ``text`` (empty: nothing leaked).

    Args:
        text: the de-identified note.
        deny: (category, value) pairs, as
            :meth:`~medenclave_deid.core.text.deidentifier.PatientDemographics.deny_list` gives.
    """
    lowered = _fold(text).lower()
    compact = _SEPARATORS.sub("", lowered)
    found: list[str] = []
    for category, value in deny:
        v = _fold(value).lower().strip()
        if not v:
            continue
        if _CJK.search(v):
            hit = _SEPARATORS.sub("", v) in compact
        elif category == "name" or not any(c.isdigit() for c in v):
            hit = re.search(rf"(?<![a-z0-9]){re.escape(v)}(?![a-z0-9])", lowered) is not None
            squeezed = _SEPARATORS.sub("", v)
            if not hit and len(squeezed) >= 6 and " " in v:  # "Xiao Dong" written "XiaoDong"
                hit = re.search(rf"(?<![a-z0-9]){re.escape(squeezed)}(?![a-z0-9])", lowered) is not None
        else:
            squeezed = _SEPARATORS.sub("", v)
            hit = (len(squeezed) >= 4 and squeezed in compact) or \
                re.search(rf"(?<![a-z0-9]){re.escape(v)}(?![a-z0-9])", lowered) is not None
        if hit and category not in found:
            found.append(category)
    return found
