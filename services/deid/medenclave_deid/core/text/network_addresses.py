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
  and the dotted tail are one address, so the span covers both (not the tail alone);
* **after a dot that ends no number**: a form's leader dots (``IP address.........10.41.7.23``,
  ``IP地址.....10.41.7.23``), an abbreviated label (``IP no.10.41.7.24``) or a host's name
  (``pacs01.10.41.7.26``); a dot after a bare number (``1.10.41.7.23``) is a longer dotted run;
* **masked groups** (``10.41.7.x``, ``10.41.*.*``, ``10.41.xx.xxx``): the subnet of a
  patient's monitor is still the writer's address of it;
* **read out** (a voicemail's transcript: ``10 dot 41 dot 7 dot 23``, ``10点41点7点23``) or
  **spaced** after an IP label (``IP 10. 41. 7. 35``, ``IP：10 . 41 . 7 . 35``).
"""

from __future__ import annotations

import re

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_network_addresses"]

_DOT = r"[.。．]"
_GROUP = r"\d{1,3}"
#: four groups; not part of a longer dotted run (a fifth group, a decimal) or of a word/number
_QUAD = re.compile(rf"(?<![\w.。．])(?:{_GROUP}{_DOT}){{3}}{_GROUP}(?!\w|{_DOT}\d)", re.ASCII)
#: the same after a dot: kept where the word before the dot has a letter or is more dots
_DOTTED_QUAD = re.compile(rf"(?<=[.。．])(?:{_GROUP}{_DOT}){{3}}{_GROUP}(?!\w|{_DOT}\d)", re.ASCII)
_WORD_BEFORE = re.compile(r"(?:[.。．…]|[A-Za-z\u4e00-\u9fff][\w-]*|[\w-]*[A-Za-z\u4e00-\u9fff])[.。．]$",
                          re.ASCII)
#: an address with its last groups masked (10.41.7.x, 10.41.*.*)
_MASKED = re.compile(r"(?<![\w.])\d{1,3}\.\d{1,3}\.(?:\d{1,3}|[xX]{1,3}|\*)\.(?:[xX]{1,3}|\*)"
                     r"(?![\w*]|\.[\w*])", re.ASCII)
#: an IPv6 head (hex groups and colons, at least two colons) before a dotted quad
_MAPPED = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,6}(?:\d{1,3}\.){3}\d{1,3}(?![\w.])",
                     re.ASCII)


_SPOKEN = re.compile(r"(?<![\w.])\d{1,3}(?:[ \t]*(?:dot|DOT|Dot|点)[ \t]*\d{1,3}){3}(?![\w.]|点)", re.ASCII)
_SPACED = re.compile(r"(?<![A-Za-z])(?:IP|ip|Ip)(?:v4)?(?:[ \t]*(?:address|addr\.?|地址))?[ \t]*[:：=]?[ \t]*"
                     r"(?P<v>\d{1,3}(?:[ \t]?[.。．][ \t]?\d{1,3}){3})(?![\w.])")


def find_network_addresses(text: str) -> list[PhiSpan]:
    """IPv4 addresses with padded, out-of-range or full-width/ideographic groups, after a dot
    that ends a word, with masked groups, and IPv4-mapped IPv6 addresses."""
    out = [PhiSpan(m.start(), m.end(), "ip") for m in _MAPPED.finditer(text) if "::" in m.group()
           or m.group().count(":") >= 3]
    out += [PhiSpan(m.start(), m.end(), "ip") for m in _QUAD.finditer(text)]
    out += [PhiSpan(m.start(), m.end(), "ip") for m in _DOTTED_QUAD.finditer(text)
            if _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())]
    out += [PhiSpan(m.start(), m.end(), "ip") for m in _MASKED.finditer(text)]
    out += [PhiSpan(m.start(), m.end(), "ip") for m in _SPOKEN.finditer(text)]
    out += [PhiSpan(m.start("v"), m.end("v"), "ip") for m in _SPACED.finditer(text)]
    return out
