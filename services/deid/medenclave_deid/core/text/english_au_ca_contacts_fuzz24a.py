"""Australian telephone numbers, Canadian health cards, Australian regos and police ranks.

* **Australian numbers by their shape alone**: a bracketed or bare two-digit area code before
  two groups of four (``(02) 9876 5432``, ``03 8257-7356``, ``(08) 2979-2622``), the country code
  before an area or a mobile (``+61 (3) 7636 6036``, ``+61 412 345 678``), a mobile in groups
  (``0412 345 678``, ``(0412) 345 678``, ``0412-345-678``) and the national 1300 / 1800 numbers
  (``1300 742 078``);
* **short numbers after a telephone's label**: a local eight-digit number (``Ph 9843 5084``),
  a 13 number (``T: 13 21 30``) or any of the shapes above after ``Ph``, ``T:``, ``Tel``, ``P:``,
  ``Mob``, ``M:``, ``(w)``, ``(h)``, ``(m)``, ``cb``, ``Fax``, ``F``, ``Fx``, ``(f)``,
  ``Facsimile``; the label (the nearest before the number, in its line) says phone or fax, and
  a fax's label makes a North American number a fax too (``F (416) 555-0199``);
* **Canadian health cards after their label**: ``HC``, ``HCN``, ``PHN``, ``OHIP``, ``RAMQ``,
  ``MSP``, ``health card`` with a number of grouped digits, perhaps four letters first (RAMQ
  ``BOUC 7535 1239``) or a version code after (OHIP ``1234-567-890-AB``);
* **regos**: a plate after ``rego`` (``Vehicle rego 1AB 2CD``, ``Rego: 914 GGA``), three to
  eight letters and digits, both, in one to three groups;
* **a town after a street with no comma**, before an Australian state and its postcode
  (``24 Moorabool Street Geelong VIC 3220``): the town, the state and the code;
* **police officers by rank**: ``Sen Const``, ``Const``, ``Snr Cst``, ``Det Sgt``, ``A/Sgt``,
  ``Insp`` before one or two capitalised words (``Sen Const Shane Stojanovic``), an everyday
  word after the name left out (``… Stojanovic Station ph``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from medenclave_deid.core.text.spans import PhiSpan

__all__ = ["find_au_ca_contacts"]

_SEP = r"[ \t-]?"
#: Australian numbers whose shape says telephone without a label
_AU_STRONG = (
    r"\(0[2378]\)[ \t]?\d{4}[ \t.-]?\d{4}"
    r"|0[2378][ \t.-]\d{4}[ \t.-]\d{4}"
    r"|\+61[ \t]?(?:\(0?[2378]\)|0?[2378])[ \t.-]?\d{4}[ \t.-]?\d{4}"
    r"|\+61[ \t]?\(?0?4\d{2}\)?[ \t.-]?\d{3}[ \t.-]?\d{3}"
    r"|\(04\d{2}\)[ \t]?\d{3}[ \t.-]?\d{3}"
    r"|04\d{2}[ \t.-]\d{3}[ \t.-]\d{3}"
    r"|1[38]00[ \t-]?\d{3}[ \t-]?\d{3}"
)
#: numbers that read as a telephone's only after its label
_AU_WEAK = r"[2-9]\d{3}[ \t-]\d{4}|13[ \t]?\d{2}[ \t]?\d{2}|[2-9]\d{7}"
_NANP = r"(?:\+?1[ \t.-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ \t.-])\d{3}[ \t.-]\d{4}"
_END = r"(?![\w-]|[ \t]?\d)"
_STRONG_RX = re.compile(rf"(?<![\w/.+-])(?:{_AU_STRONG}){_END}", re.ASCII)
_LABEL = (
    r"(?i:ph|phone|tel|telephone|mob|mobile|cb|call[ \t]?back|contact|fax|fx|facsimile|"
    r"pager|after[ \t]hours|ah|bh)(?:[ \t]*(?:no|number|#))?\.?|(?i:\((?:w|h|m|f|b|ah|bh|mob|fax)\))"
    r"|[TPMF]"
)
_LABELLED_RX = re.compile(
    rf"(?<![\w/])(?P<l>{_LABEL})[ \t]*(?P<c>[:.]?)[ \t]*(?P<v>(?:{_AU_STRONG}|{_NANP}|{_AU_WEAK})){_END}",
    re.ASCII,
)
#: the nearest label before a number in its line, for the numbers found by shape alone
_LABEL_BEFORE = re.compile(rf"(?<![\w/])(?P<l>{_LABEL})[ \t]*[:.]?[^\n\d]{{0,16}}$", re.ASCII)

_CARD_RX = re.compile(
    r"(?<![\w/])(?i:HCN?|PHN|OHIP|RAMQ|MSP|health[ \t]+card|health[ \t]+(?:no|number|#))"
    r"(?i:[ \t]*(?:no|number|#|version))?\.?[ \t]*[:#=]?[ \t]*"
    r"(?P<v>(?:[A-Z]{4}[ \t-]?)?\d{3,5}(?:[ \t-]?\d{3,5}){1,3}(?:[ \t-]?[A-Z]{2}\b)?)(?![\w-])",
    re.ASCII,
)
_REGO_RX = re.compile(
    r"(?<![\w/])(?i:rego|vehicle[ \t]+rego|registration[ \t]+plate)(?i:[ \t]*(?:no|number|#))?\.?"
    r"[ \t]*[:#]?[ \t]*(?P<v>[A-Z0-9]{1,4}(?:[ -][A-Z0-9]{1,4}){1,2}|[A-Z0-9]{3,8})(?![\w-])",
    re.ASCII,
)
_RANK_RX = re.compile(
    r"\b(?:(?:Sen(?:ior)?|Snr|Sr|Leading|L/|Det(?:ective)?|Acting|A/|First|Probationary|Prob)\.?[ \t]*)?"
    r"(?:Const(?:able)?|Cst|Sgt|Sergeant|Insp(?:ector)?|Supt|Cpl|Corporal)\.?[ \t]+"
    r"(?P<v>[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][^\W\d_]+)?)"
)
_WORD = re.compile(r"\S+")
#: a town between a street's last word and an Australian state and postcode, with no comma
#: ("24 Moorabool Street Geelong VIC 3220", "9 Kent Rd MOUNT LAWLEY WA 6050")
_STREET_TOWN = re.compile(
    r"\b(?:Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Crescent|Cres|Circuit|Cct|Highway|Hwy|Parade|Pde|"
    r"Close|Cl|Way|Court|Ct|Place|Pl|Lane|Ln|Terrace|Tce|Grove|Gr|Boulevard|Bvd|Esplanade|Esp)\.?,?"
    r"[ \t]+(?P<town>[A-Z][A-Za-z'-]+(?:[ \t]+[A-Z][A-Za-z'-]+){0,2})[ \t]*,?[ \t]+"
    r"(?P<reg>NSW|VIC|QLD|TAS|WA|SA|NT|ACT|Vic|Qld|Tas)[ \t]*,?[ \t]+(?P<pc>\d{4})(?![\w-])"
)
#: two years, not a telephone's two groups ("2019-2021")
_YEARS = re.compile(r"(?:19|20)\d\d[ \t-](?:19|20)\d\d")


def _faxed(label: str) -> bool:
    """Whether a telephone's label is a fax's (``Fax``, ``F``, ``Fx``, ``(f)``, ``Facsimile``)."""
    return label.lstrip("(").lower().startswith("f")


def _plate(value: str) -> bool:
    chars = value.replace(" ", "").replace("-", "")
    return 3 <= len(chars) <= 8 and any(c.isdigit() for c in chars) and any(c.isalpha() for c in chars)


def find_au_ca_contacts(text: str, is_common: Callable[[str], bool]) -> list[PhiSpan]:
    """Candidate spans of the shapes above (overlaps not yet resolved).

    Args:
        text: an English note.
        is_common: whether a lower-case word is an everyday English word.
    """
    out: list[PhiSpan] = []
    for m in _LABELLED_RX.finditer(text):
        if (_YEARS.fullmatch(m.group("v")) and not m.group("c")) or (
            len(m.group("l")) == 1 and not m.group("c") and m.group("v").isdigit() and len(m.group("v")) < 10
        ):
            continue  # "contact 2019-2021" (not "T: 2065 2007"); "T 20240105", "M 132030": no number
        fax = _faxed(m.group("l"))
        out.append(PhiSpan(m.start("v"), m.end("v"), "fax" if fax else "phone"))
    for m in _STRONG_RX.finditer(text):
        label = _LABEL_BEFORE.search(text, max(0, m.start() - 30), m.start())
        fax = label is not None and _faxed(label.group("l"))
        out.append(PhiSpan(m.start(), m.end(), "fax" if fax else "phone"))
    out.extend(PhiSpan(m.start("v"), m.end("v"), "health_plan") for m in _CARD_RX.finditer(text))
    out.extend(
        PhiSpan(m.start("v"), m.end("v"), "vehicle") for m in _REGO_RX.finditer(text) if _plate(m.group("v"))
    )
    for m in _STREET_TOWN.finditer(text):
        out.extend(PhiSpan(m.start(g), m.end(g), "geo") for g in ("town", "reg", "pc"))
    for m in _RANK_RX.finditer(text):
        words = list(_WORD.finditer(m.group("v")))
        while words and is_common(words[-1].group().lower()):
            words.pop()
        if words:
            out.append(PhiSpan(m.start("v"), m.start("v") + words[-1].end(), "name"))
    return out
