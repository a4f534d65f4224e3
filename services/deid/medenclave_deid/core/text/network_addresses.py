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
  **spaced** after an IP label (``IP 10. 41. 7. 35``, ``IP：10 . 41 . 7 . 35``);
* **IPv6-like tokens whose groups are not all hex** (a mistyped, masked or obfuscated address:
  ``2400:k9zq:3b0::41``, ``fe80::q2r1%3``): colon-joined groups of one to four letters and
  digits with one ``::``, at least three groups (or a hex first group: ``fe80::…``) and two
  digits, with a zone id (``%eth0``); or six to eight such groups without ``::`` (a full address,
  a MAC address ``00:1a:2b:3c:4d:5e``), or four or five hex groups cut short after a global or
  link-local head (``2001:db8:3756:d342:21e7``, ``fe80:1c:9a2f:7`` with a hex letter). A clock
  time (``12:30:45``), a ratio or score (``3:1``, ``2:1:1``), a verse (``3:16``), an HLA allele
  (``02:01:01:02``) or a C++-like ``std::vec`` has fewer groups or no digits; a label glued
  before the address (``IPv6:2400:…``) is left out;
* **MAC addresses** with dashes or in dotted quartets (``00-1A-2B-3C-4D-5E``, ``001a.2b3c.4d5e``)
  and **defanged IPv4** (``10[.]41[.]7[.]23``, ``10(.)41(.)7(.)23``);
* **host names**: one with a digit inside a site's network (``pacs-07.ward3.local``), or a
  host's, workstation's or terminal's name after its label with letters and two digits or more
  (``Workstation: RAD-WS-014``, ``终端 NICU-PC07``); a terminal's word with no digit
  (``terminal ileum``), a room (``Workstation RR-4``) or ``terminal T2-weighted`` is no host.
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
_WORD_BEFORE = re.compile(
    r"(?:[.。．…]|[A-Za-z\u4e00-\u9fff][\w-]*|[\w-]*[A-Za-z\u4e00-\u9fff])[.。．]$", re.ASCII
)
#: an address with its last groups masked (10.41.7.x, 10.41.*.*)
_MASKED = re.compile(
    r"(?<![\w.])\d{1,3}\.\d{1,3}\.(?:\d{1,3}|[xX]{1,3}|\*)\.(?:[xX]{1,3}|\*)"
    r"(?![\w*]|\.[\w*])",
    re.ASCII,
)
#: an IPv6 head (hex groups and colons, at least two colons) before a dotted quad
_MAPPED = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,6}(?:\d{1,3}\.){3}\d{1,3}(?![\w.])", re.ASCII)


_SPOKEN = re.compile(r"(?<![\w.])\d{1,3}(?:[ \t]*(?:dot|DOT|Dot|点)[ \t]*\d{1,3}){3}(?![\w.]|点)", re.ASCII)
_SPACED = re.compile(
    r"(?<![A-Za-z])(?:IP|ip|Ip)(?:v4)?(?:[ \t]*(?:address|addr\.?|地址))?[ \t]*[:：=]?[ \t]*"
    r"(?P<v>\d{1,3}(?:[ \t]?[.。．][ \t]?\d{1,3}){3})(?![\w.])"
)


#: a group of an IPv6-like token: one to four letters or digits (not only hex: ``k9zq``)
_G6 = r"[0-9A-Za-z]{1,4}"
_LOOSE_V6 = re.compile(
    rf"(?<![\w:.%/-])(?P<v>(?:{_G6}:){{1,7}}:(?:{_G6}(?::{_G6}){{0,6}})?|::{_G6}(?::{_G6}){{1,6}}"
    rf"|{_G6}(?::{_G6}){{5,7}})(?:%[0-9A-Za-z_.-]{{1,16}})?(?![\w:]|\.\d)",
    re.ASCII,
)
#: an address cut short, four or five hex groups without "::" (``2001:db8:3756:d342:21e7``):
#: a global or link-local head (2001, 2a02, fe80, fd12) and a group with a hex letter; a clock
#: time, a timestamp (``2023:10:05:12``) or a ratio has no letter and no such head
_SHORT_V6 = re.compile(
    r"(?<![\w:.%/-])(?P<v>(?:2[0-9a-f]{3}|3ffe|fe80|f[cd][0-9a-f]{2})(?::[0-9a-f]{1,4}){3,4})"
    r"(?![\w:]|\.\d)",
    re.ASCII | re.IGNORECASE,
)
#: a label glued before an address (``IPv6:2400:…``, ``ip:fe80::…``): not part of it
_GLUED_LABEL = re.compile(r"(?i:ipv?[46]?|inet6?|addr|src|dst|gw|host|from|via|lan|wan):")
_HEX_GROUP = re.compile(r"[0-9A-Fa-f]{1,4}", re.ASCII)
#: a MAC address with dashes, or in a switch's dotted quartets
_MAC = re.compile(
    r"(?<![\w-])[0-9A-Fa-f]{2}(?:-[0-9A-Fa-f]{2}){5}(?![\w-])"
    r"|(?<![\w.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![\w.])",
    re.ASCII,
)
#: a defanged IPv4 address (``10[.]41[.]7[.]23``)
_DEFANGED = re.compile(r"(?<![\w.])\d{1,3}(?:(?:\[\.\]|\(\.\)|\{\.\}|\[dot\])\d{1,3}){3}(?![\w.])", re.ASCII)


#: a host's name inside a site's network (``pacs-07.ward3.local``, ``ws12.radiology.internal``)
_HOST_FQDN = re.compile(
    r"(?<![\w.-])(?=[\w.-]*\d)[A-Za-z][\w-]*(?:\.[A-Za-z0-9][\w-]*)*"
    r"\.(?:local|lan|internal|intranet|intra|corp|localdomain|home\.arpa)(?![\w-]|\.\w)",
    re.ASCII,
)
#: a host, workstation or terminal named after its label (``Workstation: RAD-WS-014``,
#: ``终端 NICU-PC07``): two digits or more and letters, not the head of an address (``终端 ab12:…``)
_HOST_CUE = re.compile(
    r"(?:(?i:\b(?:host(?:[ -]?name)?|workstation|computer(?:[ -]name)?|device[ -]name|terminal|"
    r"pc[ -]name)\b)|终端|主机名?|工作站|计算机名)[ \t]*(?:[:#=：][ \t]*)?"
    r"(?P<v>(?=[\w.-]*\d)(?=[\w.-]*[A-Za-z])[A-Za-z0-9][\w.-]{2,40}[A-Za-z0-9])(?![\w:-])",
    re.ASCII,
)


def _hosts(text: str) -> list[PhiSpan]:
    out = [PhiSpan(m.start(), m.end(), "device") for m in _HOST_FQDN.finditer(text)]
    for m in _HOST_CUE.finditer(text):
        v = m.group("v")
        if sum(c.isdigit() for c in v) < 2:
            continue  # a room (Workstation RR-4), a word with a number (terminal T2-weighted)
        if re.search(r"[-_.]", v) or sum(c.isalpha() for c in v) >= 2:
            out.append(PhiSpan(m.start("v"), m.end("v"), "device"))
    return out


def _loose_v6(text: str) -> list[PhiSpan]:
    out: list[PhiSpan] = []
    for m in _LOOSE_V6.finditer(text):
        start, value = m.start(), m.group("v")
        glued = _GLUED_LABEL.match(value)
        if glued and value.count(":") > 2:
            start, value = start + glued.end(), value[glued.end() :]
        groups = [g for g in value.split(":") if g]
        if sum(c.isdigit() for c in value) < 2 or value.count("::") > 1:
            continue
        if "::" in value:
            if len(groups) < 3 and not (groups and _HEX_GROUP.fullmatch(groups[0]) and value[0] != ":"):
                continue  # fe80::q2r1 is an address; Ab::2, ns::v2 need a third group
        elif (
            len(groups) == 6
            and not all(len(g) == 2 for g in groups)
            and not any(len(g) > 2 or g.isalpha() for g in groups)
        ):
            continue  # six short numbers (1:1:2:1:1:3): a ratio, no address
        mac = len(groups) == 6 and all(_HEX_GROUP.fullmatch(g) and len(g) == 2 for g in groups)
        out.append(PhiSpan(start, m.end(), "device" if mac else "ip"))
    return out


def find_network_addresses(text: str) -> list[PhiSpan]:
    """IPv4 addresses with padded, out-of-range or full-width/ideographic groups, after a dot
    that ends a word, with masked groups, and IPv4-mapped IPv6 addresses."""
    out = [
        PhiSpan(m.start(), m.end(), "ip")
        for m in _MAPPED.finditer(text)
        if "::" in m.group() or m.group().count(":") >= 3
    ]
    out += [PhiSpan(m.start(), m.end(), "ip") for m in _QUAD.finditer(text)]
    out += [
        PhiSpan(m.start(), m.end(), "ip")
        for m in _DOTTED_QUAD.finditer(text)
        if _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ]
    out += [PhiSpan(m.start(), m.end(), "ip") for m in _MASKED.finditer(text)]
    out += [PhiSpan(m.start(), m.end(), "ip") for m in _SPOKEN.finditer(text)]
    out += [PhiSpan(m.start("v"), m.end("v"), "ip") for m in _SPACED.finditer(text)]
    out += [PhiSpan(m.start(), m.end(), "device") for m in _MAC.finditer(text)]
    out += [PhiSpan(m.start(), m.end(), "ip") for m in _DEFANGED.finditer(text)]
    out += [
        PhiSpan(m.start(), m.end(), "ip")
        for m in _SHORT_V6.finditer(text)
        if any(c.isalpha() for c in m.group("v")[4:])
    ]
    return out + _loose_v6(text) + _hosts(text)
