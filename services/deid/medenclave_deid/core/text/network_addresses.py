"""Network addresses in the shapes the first IP recognisers leave (English and Chinese notes).

The first recognisers (english.py, chinese.py, english_records.py) read a dotted quad whose groups
are 0-255 without leading zeros, and IPv6 in hex groups. A hospital's logs, audit trails and
device forms write more:

* **zero-padded or out-of-range groups** (``010.001.002.033``, a typo'd ``10.300.2.1``): four
  dot-joined groups of one to three digits are an address whatever their values; no dose, date,
  version or score takes that shape (a version has at most three parts: ``10.2.3``);
* **Chinese separators** (``192。168。1。20``, ``192．168．1．20``) when a writer's input method
  put them between the groups;
* **IPv4-mapped or -embedded IPv6** (``::ffff:10.1.2.3``, ``64:ff9b::192.0.2.33``): the hex head
  and the dotted tail are one address, so the span covers both (not the tail alone).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_network_addresses"]

_DOT = r"[.。．]"
_GROUP = r"\d{1,3}"
#: four groups; not part of a longer dotted run (a fifth group, a decimal) or of a word/number
_QUAD = re.compile(rf"(?<![\w.。．])(?:{_GROUP}{_DOT}){{3}}{_GROUP}(?!\w|{_DOT}\d)", re.ASCII)
#: an IPv6 head (hex groups and colons, at least two colons) before a dotted quad
_MAPPED = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,6}(?:\d{1,3}\.){3}\d{1,3}(?![\w.])",
                     re.ASCII)


def find_network_addresses(text: str) -> list[PhiSpan]:
    """IPv4 addresses with padded, out-of-range or full-width/ideographic groups and
    IPv4-mapped IPv6 addresses."""
    out = [PhiSpan(m.start(), m.end(), "ip") for m in _MAPPED.finditer(text) if "::" in m.group()
           or m.group().count(":") >= 3]
    out += [PhiSpan(m.start(), m.end(), "ip") for m in _QUAD.finditer(text)]
    return out
