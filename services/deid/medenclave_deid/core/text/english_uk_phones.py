"""British telephone and fax numbers, in the groupings people write them in:

* **national** - a leading 0 and ten digits more, in the usual groups: ``020 7946 0018`` (London's
  3-4-4), ``0161 496 0412`` and ``0300 123 4567`` (4-3-4), ``01632 960123`` and ``07700 900123``
  (5-6), ``01946 0 12345`` or ``016977 4567`` for the few shorter areas; a mobile or a
  freephone number written unspaced (``07700900123``, ``08001234567``) too;
* **international** - ``+44`` (or ``0044``) then the number without its 0, the 0 kept in
  brackets or not: ``+44 (0)1632 960123``, ``+44 20 7946 0018``, ``+44 7700 900123``.

The groups are those of the numbering plan, so no NHS number (3-3-4, never a leading 0), no
twelve-digit booking reference (4-4-4) and no date is read as a telephone number. A "fax" cue
just before makes it a fax.
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_uk_phones"]

_SEP = r"[ \t.-]?"
#: the ten digits after the trunk 0, in the plan's groupings
_NATIONAL_BODY = (
    rf"(?:2\d{_SEP}\d{{4}}{_SEP}\d{{4}}"  # 20 7946 0018
    rf"|[13589]\d{{2}}{_SEP}\d{{3}}{_SEP}\d{{4}}"  # 161 496 0412, 300 123 4567, 800 123 4567
    rf"|1\d{{3}}{_SEP}\d{{3}}{_SEP}?\d{{3}}"  # 1632 960123, 1632 960 123
    rf"|1\d{{3}}{_SEP}\d{_SEP}\d{{5}}|1\d{{4}}{_SEP}\d{{4,5}}"  # 1946 0 12345, 16977 4567
    rf"|7\d{{3}}{_SEP}\d{{3}}{_SEP}?\d{{3}})"  # 7700 900123, 7700 900 123
)
_UK_PHONE = re.compile(
    rf"(?<![\w/.+-])(?:(?:\+|00)44[ \t]?(?:\(0\)[ \t]?)?{_NATIONAL_BODY}"
    rf"|\(?0(?:2\d\)?{_SEP}\d{{4}}{_SEP}\d{{4}}|[13589]\d{{2}}\)?{_SEP}\d{{3}}{_SEP}\d{{4}}"
    rf"|1\d{{3}}\)?{_SEP}\d{{3}}{_SEP}?\d{{3}}|1\d{{3}}\)?{_SEP}\d{_SEP}\d{{5}}|1\d{{4}}\)?{_SEP}\d{{4,5}}"
    rf"|7\d{{3}}{_SEP}\d{{3}}{_SEP}?\d{{3}}))(?![\w-]|[.,]\d)"
)
_FAX_CUE = re.compile(r"\bfax\b[^\n\d]{0,14}$", re.IGNORECASE)


def find_uk_phones(text: str) -> list[PhiSpan]:
    """Spans of British telephone ("phone") and fax ("fax") numbers."""
    found = []
    for m in _UK_PHONE.finditer(text):
        cat = "fax" if _FAX_CUE.search(text[max(0, m.start() - 26) : m.start()]) else "phone"
        found.append(PhiSpan(m.start(), m.end(), cat))
    return found
